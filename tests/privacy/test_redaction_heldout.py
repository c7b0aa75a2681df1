"""Redaction measured on held-out utterances (``tests/privacy/redaction_heldout.py``), not on the generator the
detectors were tuned with: figures closer to what a privacy officer should quote. Batch 1 first measured the redactor
and then drove fixes, so it now guards them; batch 2 was written after those fixes, as a check that they carry over.

Run with ``-s`` to see precision and recall per entity type and language. A span counts only when kind and
surface are exactly right, so a half-redacted IBAN is both a miss and a false positive.

Both batches were annotated for the nine kinds of their time; streets (ADDRESS, added later) are measured on
``tests/redaction_conversations_tuning.py``. Here a street is neither credited nor charged, but it still may
not swallow an annotated value or a look-alike.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest
from redaction_heldout import ITEMS, LANGS, TODAY, Item, bsn_ok, iban_ok, luhn_ok

from copilot.privacy.redaction import KINDS, Redacted, RedactionSession, Redactor, names_from_context

REDACTOR = Redactor(today=TODAY)
ANNOTATED = tuple(kind for kind in KINDS if kind != "ADDRESS")
CHECKSUMMED = ("IBAN", "CARD", "BSN", "IL_ID")
# Look-alikes that may be lost: a surname that is also an everyday word ("bos", "אור" = light). The
# redactor cannot tell the two apart without a dictionary, and hiding one word costs the suggestion little;
# leaving a name in costs privacy. Anything beyond these two is a regression.
ALLOWED_LOSSES = 2


def _names(item: Item) -> tuple[str, ...]:
    return names_from_context({"customer": item.customer})


@cache
def _redacted(index: int) -> Redacted:
    item = ITEMS[index]
    return RedactionSession(_names(item), redactor=REDACTOR).redact(item.text)


def _score(batch: int | None = None) -> tuple[dict[tuple[str, str], Counter], list[str]]:
    """Exact (kind, surface) true positives, false positives and misses per (kind, lang), and what went wrong."""
    counts: dict[tuple[str, str], Counter] = {(k, lang): Counter() for k in ANNOTATED for lang in LANGS}
    errors = []
    for index, item in enumerate(ITEMS):
        if batch is not None and item.batch != batch:
            continue
        found = Counter((f.kind, f.text) for f in _redacted(index).findings if f.kind in ANNOTATED)
        expected = Counter(item.spans)
        for outcome, spans in (("tp", found & expected), ("fp", found - expected), ("fn", expected - found)):
            for (kind, surface), n in spans.items():
                counts[kind, item.lang][outcome] += n
                if outcome != "tp":
                    errors.append(f"{outcome} {kind:<13} {surface!r:<34} in {item.text!r}")
    return counts, errors


def _pr(counter: Counter) -> tuple[float, float]:
    tp, fp, fn = counter["tp"], counter["fp"], counter["fn"]
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def _total(counts: dict[tuple[str, str], Counter], kinds=ANNOTATED, langs=LANGS) -> Counter:
    return sum((counts[k, lang] for k in kinds for lang in langs), Counter())


def _table(counts: dict[tuple[str, str], Counter]) -> str:
    def cell(counter: Counter) -> str:
        p, r = _pr(counter)
        return f"{p:.2f} / {r:.2f} ({counter['tp'] + counter['fn']:>2})".rjust(19)

    lines = [f"{'type':<14}" + "".join(f"{lang:>19}" for lang in (*LANGS, "all")),
             f"{'':<14}" + f"{'P / R (n)':>19}" * (len(LANGS) + 1)]
    for kind in ANNOTATED:
        lines.append(f"{kind:<14}" + "".join(cell(counts[kind, lang]) for lang in LANGS) + cell(_total(counts, [kind])))
    lines.append(f"{'all':<14}" + "".join(cell(_total(counts, langs=[lang])) for lang in LANGS) + cell(_total(counts)))
    return "\n".join(lines)


def test_the_held_out_data_is_what_it_claims():
    """Every gold number passes its checksum and every look-alike card number fails it, so a miss is the
    redactor's and not the annotator's; and there is enough of every language to measure."""
    checks = {"IBAN": iban_ok, "CARD": luhn_ok, "BSN": bsn_ok, "IL_ID": lambda d: luhn_ok(d) and not bsn_ok(d.zfill(9))}
    assert all(sum(item.lang == lang for item in ITEMS) >= 25 for lang in LANGS)
    for item in ITEMS:
        for kind, surface in item.spans:
            assert surface in item.text
            if kind in checks:
                assert checks[kind](surface if kind == "IBAN" else re.sub(r"[^0-9]", "", surface)), surface
        for look_alike in item.keep:
            digits = re.sub(r"[^0-9]", "", look_alike)
            assert look_alike in item.text
            assert not (len(digits) == 16 and re.fullmatch(r"[0-9 -]+", look_alike) and luhn_ok(digits)), look_alike


def test_precision_and_recall_on_held_out_utterances():
    counts, errors = _score()
    batches = [f"batch {b}: P {p:.3f} / R {r:.3f}" for b in (1, 2) for p, r in [_pr(_total(_score(b)[0]))]]
    report = ["held-out redaction, exact spans", _table(counts), *batches, *errors]
    print("\n" + "\n".join(report))  # noqa: T201 - the table is what `pytest -s` is run for
    recall = {kind: _pr(_total(counts, [kind]))[1] for kind in ANNOTATED}
    assert _pr(_total(counts, CHECKSUMMED))[1] >= 0.95 and recall["EMAIL"] >= 0.95, recall
    assert min(recall[kind] for kind in CHECKSUMMED) >= 0.90, recall  # n is about 12 each: one miss is 0.92
    assert recall["PHONE"] >= 0.90, recall
    assert min(recall.values()) >= 0.85, recall  # postcodes, dates of birth and names: no detector may collapse
    assert _pr(_total(counts))[0] >= 0.95
    assert all(_pr(_total(counts, langs=[lang]))[0] >= 0.90 for lang in LANGS)


def test_look_alikes_reach_the_model_unchanged():
    lost = [(look_alike, item.text) for index, item in enumerate(ITEMS) for look_alike in item.keep
            if look_alike not in _redacted(index).text]
    assert len(lost) <= ALLOWED_LOSSES, lost


@pytest.mark.parametrize("lang", LANGS)
def test_restoring_the_placeholders_gives_back_every_original_utterance(lang):
    """One session per language, as if it were one long conversation: a turn restores to exactly what the
    customer wrote, and model output restored by the session carries the same values (in the spelling the
    conversation first used, which the session redacts back to the same placeholders)."""
    session = RedactionSession(redactor=REDACTOR)
    for item in (item for item in ITEMS if item.lang == lang):
        session.add_names(_names(item))
        redacted = session.redact(item.text)
        assert redacted.restore(redacted.text) == item.text
        assert session.redact(session.restore(redacted.text)).text == redacted.text
