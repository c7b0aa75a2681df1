"""The wrap-up of a call, drafted while the call runs: reason, actions, follow-ups, disposition codes, mood.

After a call an agent labels it, summarises it and notes the customer's mood. The draft builds up turn by
turn so it is ready the moment the call ends; the agent edits and approves it. Qt-free: the panel, the
``copilot wrapup`` command and the tests share it. The public API::

    dispositions = load_dispositions(path=None)        # the team's codes (CSV, docs/wrapup.md); DispositionError
    builder = WrapupBuilder(dispositions, call_date=date)  # one per call
    builder.add("customer", "text", lang=None, ts=None)    # or builder.add(utterance: copilot.model.Utterance)
    builder.note_ai_text_reached_customer()                # an AI-drafted card was inserted
    draft = builder.draft()                                # WrapupDraft, local and instant (frozen)
    draft.as_text(lang=None)                               # the note to paste into the CRM
    draft.as_fields()                                      # JSON-able fields for a CRM, an event, the record
    draft = ai_draft(builder, client)                      # the same, written by a configured model; falls back
                                                           # to builder.draft() with draft.fallback_reason set
"""

from copilot.wrapup.builder import WrapupBuilder
from copilot.wrapup.choose import DispositionIndex
from copilot.wrapup.dispositions import Disposition, DispositionError, Dispositions, load_dispositions
from copilot.wrapup.draft import DispositionChoice, FollowUp, WrapupDraft


def __getattr__(name: str) -> object:
    """``ai_draft`` loads the draft guard and the redaction patterns: only when a model is configured and asked."""
    if name == "ai_draft":
        from copilot.wrapup.generative import ai_draft

        return ai_draft
    raise AttributeError(name)


__all__ = ["Disposition", "DispositionChoice", "DispositionError", "DispositionIndex", "Dispositions", "FollowUp",
           "WrapupBuilder", "WrapupDraft", "ai_draft", "load_dispositions"]
