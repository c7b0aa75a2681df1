"""Benchmark: redaction precision and recall per entity type and language, and the time it adds per utterance.

The utterances come from the same seeded generator the tests use (``tests/test_redaction.py``): valid
IBANs, Luhn-valid cards, 11-test BSNs, Israeli IDs, phones, e-mails, postcodes, dates of birth beside a
birth word and the customer's name, in Dutch, English, French and Hebrew template sentences, plus
negative sentences with look-alikes (wrong checksums, labelled order numbers, prices, appointments).
A span counts only when it is exactly right: a half-redacted IBAN is a miss and a false positive.

Then the conversations of ``tests/redaction_conversations_tuning.py`` (tuning data: the figures flatter the
redactor), scored as ``tests/test_redaction_conversations.py`` scores them, and what redaction costs on the live
path: every AI request redacts the whole call so far through the conversation's ``Vault`` (each turn once per
context, remembered), so the figure that matters is the time per request late in a long call.

    python tests/bench/bench_redaction.py [--quick] [--per-template N] [--seed S]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))
sys.path.insert(2, str(Path(__file__).resolve().parents[1] / "privacy"))  # the conversation scorer lives there

import bench_common as bc  # noqa: E402
import test_redaction as generated  # noqa: E402
import test_redaction_conversations as conversations  # noqa: E402
from redaction_conversations_tuning import DIALOGUES  # noqa: E402

from copilot.live.protocol import MAX_TEXT  # noqa: E402
from copilot.privacy.redaction import RedactionSession, Redactor, Turn, Vault  # noqa: E402


def _table(counts: dict[tuple[str, str], Any]) -> list[str]:
    langs = generated.LANGS
    lines = [f"{'type':<14}" + "".join(f"{lang:>22}" for lang in langs) + f"{'all':>22}",
             f"{'':<14}" + f"{'P / R (n)':>22}" * (len(langs) + 1)]
    for kind in generated.KINDS:
        cells = [counts[kind, lang] for lang in langs]
        total = sum(cells, start=type(cells[0])())
        row = "".join(_cell(c) for c in [*cells, total])
        lines.append(f"{kind:<14}{row}")
    return lines


def _cell(counter: Any) -> str:
    precision, recall = generated.precision_recall(counter)
    return f"{precision:.3f} / {recall:.3f} ({counter['tp'] + counter['fn']})".rjust(22)


def run(quick: bool = False, per_template: int | None = None, seed: int = 20240611) -> list[dict[str, Any]]:
    redactor = Redactor(today=generated.TODAY)
    samples = generated.generate(per_template or (6 if quick else 20), seed)
    counts = generated.score(samples, redactor)
    worst = min((min(generated.precision_recall(c)), f"{kind}/{lang}") for (kind, lang), c in counts.items())

    clock = time.perf_counter_ns
    per_utterance: list[float] = []
    session = RedactionSession(redactor=redactor)
    for _lang, text, names, _gold in samples:
        session.add_names(names)
        t0 = clock()
        session.redact(text)
        per_utterance.append((clock() - t0) / 1e6)
    long_text = " ".join(text for _lang, text, _names, _gold in samples)[:MAX_TEXT]
    long_ms = []
    for _ in range(3 if quick else 10):
        t0 = clock()
        redactor.find(long_text, ("Sanne", "de Vries", "Sanne de Vries", "נועה", "כהן"))
        long_ms.append((clock() - t0) / 1e6)

    scored = conversations.score(DIALOGUES, conversations.conversation_aware(lookahead=False))
    crm, _ = conversations.crm_score(DIALOGUES)
    first_request, per_request, long_call = _live_path(redactor, quick)
    return [
        {"name": "precision / recall per type and language (exact spans)", "type": "text", "lines": _table(counts)},
        {"name": "tuning conversations, live (recall: gold spans hidden under their kind)", "type": "text",
         "lines": conversations.table(scored, crm).splitlines()[:5]},
        bc.dist("Vault.redact_turns, the request after each new turn of a tuning call", first_request, "ms"),
        bc.dist(f"Vault.redact_turns per request late in a {long_call}-turn call", per_request, "ms"),
        bc.value("utterances", len(samples), note=f"{sum(len(g) for *_, g in samples)} entities, seed {seed}"),
        bc.value("lowest precision or recall in any cell", worst[0], note=worst[1] if worst[0] < 1 else "every cell"),
        bc.dist("RedactionSession.redact per utterance", per_utterance, "ms"),
        bc.dist(f"Redactor.find on one {len(long_text):,}-character text (the protocol maximum)", long_ms, "ms"),
    ]


def _live_path(redactor: Redactor, quick: bool) -> tuple[list[float], list[float], int]:
    """Per AI request: the whole call so far through its vault (which knows the CRM context), as ``build_prompt``
    does."""
    clock = time.perf_counter_ns
    after_each_turn: list[float] = []
    for dialogue in DIALOGUES[: 60 if quick else None]:
        vault = Vault(redactor=redactor)
        vault.add_context(dialogue.crm)  # the call's CRM context, as the conversation's vault knows it
        said = [Turn(speaker, text) for speaker, text in dialogue.turns]
        for upto in range(1, len(said) + 1):
            t0 = clock()
            vault.redact_turns(said[:upto])
            after_each_turn.append((clock() - t0) / 1e6)
    long_call = [Turn(speaker, text) for dialogue in DIALOGUES[:80] for speaker, text in dialogue.turns]
    vault, late = Vault(redactor=redactor), []
    for upto in range(1, len(long_call) + 1):
        t0 = clock()
        vault.redact_turns(long_call[:upto])
        if upto > len(long_call) - (20 if quick else 60):
            late.append((clock() - t0) / 1e6)
    return after_each_turn, late, len(long_call)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer utterances")
    parser.add_argument("--per-template", type=int, help="utterances per template (negatives get twice as many)")
    parser.add_argument("--seed", type=int, default=20240611)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    figures = run(args.quick, args.per_template, args.seed)
    bc.print_figures(f"redaction ({time.perf_counter() - started:.1f} s, today fixed at "
                     f"{generated.TODAY.isoformat()}, run {date.today().isoformat()})", figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
