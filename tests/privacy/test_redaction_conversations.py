"""Redaction measured on whole conversations (``tests/redaction_conversations_tuning.py``), as a call sounds:
bare answers to the agent's questions, numbers dictated over several segments or in words, misheard digits,
street addresses, names introduced by a cue, and the CRM context beside the transcript.

A gold span counts as hidden when placeholders of its kind cover every character of it. "Live" redacts each
turn with only the turns before it, as it first leaves in a request (the figure that matters); "export"
also sees the turns after it, as ``copilot sessions export --redact`` does. A finding that touches no gold
span is spurious; a look-alike (order number, price, delivery date, product code) must come through verbatim.

Thresholds: recall at least 0.98 per kind (streets 0.90), per category (streets and cue names 0.90), no CRM
value out of its whitelist, spurious findings and changed look-alikes at most 1%. The data module's docstring
holds the figures before this work, after it, and on each later batch the first time it ran (the honest ones:
tuning figures flatter). Run with ``-s`` to print the tables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pytest
from redaction_conversations_tuning import CATEGORIES, DIALOGUES, LANGS, TODAY, Dialogue

from copilot.privacy.redaction import CRM_KINDS, KINDS, Redacted, RedactionSession, Redactor, Turn

REDACTOR = Redactor(today=TODAY)
RedactDialogue = Callable[[Dialogue], Sequence[Redacted]]


def conversation_aware(lookahead: bool) -> RedactDialogue:
    def redact(dialogue: Dialogue) -> Sequence[Redacted]:
        session = RedactionSession(redactor=REDACTOR)
        session.add_context(dialogue.crm)  # the CRM's names and the customer's own values said in the call
        return session.redact_conversation([Turn(speaker, text) for speaker, text in dialogue.turns],
                                           lookahead=lookahead)
    return redact


@dataclass
class Score:
    kinds: dict[str, Counter] = field(default_factory=lambda: {k: Counter() for k in (*KINDS, *CRM_KINDS)})
    categories: dict[str, Counter] = field(default_factory=lambda: {c: Counter() for c in CATEGORIES})
    langs: dict[str, Counter] = field(default_factory=lambda: {lang: Counter() for lang in LANGS})
    spurious: list[str] = field(default_factory=list)
    findings: int = 0
    lost: list[str] = field(default_factory=list)
    keeps: int = 0
    misses: list[str] = field(default_factory=list)


def recall(counter: Counter) -> float:
    total = counter["hit"] + counter["miss"]
    return counter["hit"] / total if total else 1.0


def score(dialogues: Sequence[Dialogue], redact: RedactDialogue) -> Score:
    result = Score()
    for dialogue in dialogues:
        redacted = redact(dialogue)
        for index, (_speaker, text) in enumerate(dialogue.turns):
            findings = redacted[index].findings
            gold = [g for g in dialogue.gold if g.turn == index]
            for span in gold:
                covered = set().union(*(range(f.start, f.end) for f in findings if f.kind == span.kind))
                outcome = "hit" if covered >= set(range(span.start, span.end)) else "miss"
                result.kinds[span.kind][outcome] += 1
                result.langs[dialogue.lang][outcome] += 1
                for category in span.categories:
                    result.categories[category][outcome] += 1
                if outcome == "miss":
                    result.misses.append(f"{dialogue.name}: {span.kind} {span.surface!r} in {text!r} -> "
                                         f"{redacted[index].text!r}")
            for finding in findings:
                if finding.kind == "TEXT":
                    continue  # typed placeholder-shaped text, escaped: not a finding about a person
                result.findings += 1
                if not any(g.start < finding.end and finding.start < g.end for g in gold):
                    result.spurious.append(f"{dialogue.name}: {finding.kind} {finding.text!r} in {text!r}")
            for turn, look_alike in dialogue.keep:
                if turn == index:
                    result.keeps += 1
                    if look_alike not in redacted[index].text:
                        result.lost.append(f"{dialogue.name}: {look_alike!r} in {redacted[index].text!r}")
    return result


def crm_score(dialogues: Sequence[Dialogue]) -> tuple[Counter, list[str]]:
    """CRM values kept out of the prompt the generative engine builds, and whitelisted ones sent."""
    from copilot.config.options import OPTIONS
    from copilot.engines.prompt import GenerativeConfig, build_prompt
    from copilot.model import Conversation, Speaker, Utterance
    from copilot.privacy.redaction import Vault

    counts, problems = Counter(), []
    config = GenerativeConfig(context_fields=tuple(OPTIONS["ai_context_fields"].default))
    for dialogue in (d for d in dialogues if d.crm):
        conversation = Conversation(context=dialogue.crm)
        for speaker, text in dialogue.turns:
            conversation.add(Utterance(Speaker(speaker), text, lang=dialogue.lang))
        vault = Vault(redactor=REDACTOR)
        vault.add_context(dialogue.crm)
        prompt = build_prompt(conversation, conversation.utterances[-1], config=config, channel="chat",
                              passages=(), guidance="", redact=vault.redact, vault=vault)
        sent = "\n".join(message["content"] for message in prompt.messages)
        for value in dialogue.secret:
            counts["hit" if value not in sent else "miss"] += 1
            if value in sent:
                problems.append(f"{dialogue.name}: CRM value {value!r} reached the model")
        for value in dialogue.shown:
            counts["shown" if value in sent else "withheld"] += 1
            if value not in sent:
                problems.append(f"{dialogue.name}: whitelisted {value!r} did not reach the model")
    return counts, problems


def table(result: Score, crm: Counter) -> str:
    def cell(counter: Counter) -> str:
        return f"{recall(counter):.2f} ({counter['hit'] + counter['miss']})"

    lines = ["recall per kind: " + ", ".join(f"{k} {cell(c)}" for k, c in result.kinds.items() if sum(c.values())),
             "recall per category: " + ", ".join(f"{k} {cell(c)}" for k, c in result.categories.items()
                                                 if sum(c.values())),
             "recall per language: " + ", ".join(f"{k} {cell(c)}" for k, c in result.langs.items()),
             f"crm: {crm['hit']} of {crm['hit'] + crm['miss']} CRM values kept out, "
             f"{crm['shown']} of {crm['shown'] + crm['withheld']} whitelisted values sent",
             f"spurious findings: {len(result.spurious)} of {result.findings}; "
             f"look-alikes changed: {len(result.lost)} of {result.keeps}"]
    return "\n".join(lines + result.misses + result.spurious + result.lost)


@pytest.fixture(scope="module")
def live() -> Score:
    return score(DIALOGUES, conversation_aware(lookahead=False))


def test_the_tuning_data_is_what_it_claims():
    """Checksummed values pass their check, except the misheard ones, which fail every check (so only
    the agent's question can say what they are); there is enough of every case in every language."""
    import re

    from redaction_heldout import bsn_ok, iban_ok, luhn_ok

    for dialogue in DIALOGUES:
        for span in dialogue.gold:
            assert dialogue.turns[span.turn][1][span.start:span.end] == span.surface
            digits = re.sub(r"[^0-9]", "", span.surface)
            if span.surface != digits and not re.fullmatch(r"[0-9A-Za-z -]+", span.surface):
                continue  # words: "nul zes ..." is checked by hand
            checks = {"IBAN": iban_ok(span.surface) if len(span.surface) > 14 else None,
                      "CARD": luhn_ok(digits), "BSN": bsn_ok(digits), "IL_ID": luhn_ok(digits.zfill(9))}
            whole = span.kind != "IBAN" or len(re.sub(r"\s", "", span.surface)) > 14
            if span.kind in checks and whole and "split" not in span.categories:
                if "transposed" in span.categories:  # and no other nine-digit check holds by chance
                    ids = ("BSN", "IL_ID") if span.kind in ("BSN", "IL_ID") else (span.kind,)
                    assert not any(checks[kind] for kind in ids), span
                else:
                    assert checks[span.kind], span
    for lang in LANGS:
        mine = [d for d in DIALOGUES if d.lang == lang]
        assert {d.category for d in mine} == set(CATEGORIES), lang


def test_recall_per_kind_and_category_and_precision_on_the_tuning_conversations(live):
    crm, crm_problems = crm_score(DIALOGUES)
    print("\nconversation redaction, live\n" + table(live, crm) + "\n" + "\n".join(crm_problems))  # noqa: T201
    for kind, counter in live.kinds.items():
        if sum(counter.values()):
            assert recall(counter) >= (0.90 if kind == "ADDRESS" else 0.98), (kind, live.misses)
    for category, counter in live.categories.items():
        if category != "crm":
            assert recall(counter) >= (0.90 if category in ("address", "cue-name") else 0.98), (category, live.misses)
    assert crm["miss"] == 0 and crm["withheld"] == 0, crm_problems
    assert len(live.spurious) <= 0.01 * live.findings, live.spurious
    assert len(live.lost) <= 0.01 * live.keeps, live.lost


def test_the_export_sees_at_least_what_the_live_path_sees():
    export = score(DIALOGUES, conversation_aware(lookahead=True))
    live_hits = sum(c["hit"] for c in score(DIALOGUES, conversation_aware(lookahead=False)).kinds.values())
    assert sum(c["hit"] for c in export.kinds.values()) >= live_hits
    assert len(export.lost) <= 0.01 * export.keeps, export.lost


@pytest.mark.parametrize("lookahead", [False, True])
def test_every_turn_restores_to_exactly_what_was_said(lookahead):
    for dialogue in DIALOGUES:
        for (_speaker, text), redacted in zip(dialogue.turns, conversation_aware(lookahead)(dialogue), strict=True):
            assert redacted.restore(redacted.text) == text
