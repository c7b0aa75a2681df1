"""The coaching report of one session as HTML: transcript, decisions, notes, scorecard and charts.

The HTML keeps to what both a browser and Qt's rich-text engine render (tables, inline styles), so the
same document becomes the .html file and, through ``QTextDocument``, the PDF. Charts are images whose
``src`` the caller provides: data URIs for the file, resource names for the PDF. No Qt here.
"""

from __future__ import annotations

import difflib
import html
import statistics
import time
from collections.abc import Mapping
from typing import Any

from copilot.model import KIND_LABELS
from copilot.record.session_record import Card, SessionRecord, clock
from copilot.text.words import is_rtl

ACTION_LABELS = {"inserted": "Inserted", "edited": "Edited", "discarded": "Discarded", "expired": "Expired"}
REASONS = {"wrong": "wrong", "irrelevant": "not relevant", "tone": "wrong tone", "done": "already done"}
MUTED = "#5f6b7a"


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _dir(text: str) -> str:
    return ' dir="rtl" align="right"' if is_rtl(text) else ""


def word_diff(before: str, after: str) -> str:
    """An edit as HTML: removed words struck through in red, added words underlined in green."""
    a, b = before.split(), after.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            out.append(f"<s style='color:#b91c1c'>{_e(' '.join(a[i1:i2]))}</s>")
        if op in ("insert", "replace"):
            out.append(f"<u style='color:#15803d'>{_e(' '.join(b[j1:j2]))}</u>")
        if op == "equal":
            out.append(_e(" ".join(a[i1:i2])))
    return " ".join(out)


def fate(card: Card) -> str:
    """What the agent did with a card, in words, as HTML."""
    d = card.decision
    if d is None:
        return "<i>no decision recorded</i>"
    waited = f" after {d.time_to_decision_ms / 1000:.1f} s" if d.time_to_decision_ms is not None else ""
    head = f"<b>{ACTION_LABELS.get(d.action, _e(d.action))}</b> at {clock(d.offset)}{waited}"
    if d.action == "edited":
        return f"{head} ({d.edit_distance} changes): {word_diff(card.text, d.final_text or '')}"
    if d.action == "discarded":
        return f"{head}: {_e(REASONS.get(d.reason or '', d.reason or 'no reason given'))}"
    if d.action == "expired" and d.reason == "done":
        return f"{head} (the agent had already done it)"
    return head


def summary(record: SessionRecord) -> dict[str, Any]:
    """The figures at the top of the report."""
    cards = [c for c in record.cards.values() if c.offset is not None]
    actions = [c.decision.action for c in cards if c.decision is not None]
    accepted = sum(a in ("inserted", "edited") for a in actions)
    decided = sum(a in ("inserted", "edited", "discarded") for a in actions)
    waits = [c.decision.time_to_decision_ms for c in cards if c.decision and c.decision.action != "expired"
             and c.decision.time_to_decision_ms is not None]
    latencies = [x for c in cards if (x := c.card_ms if c.card_ms is not None else c.latency_ms) is not None]
    return {
        "lines": len(record.turns), "customer_lines": sum(t.speaker == "customer" for t in record.turns),
        "cards": len(cards), **{a: actions.count(a) for a in ACTION_LABELS},
        "acceptance": accepted / decided if decided else None,
        "median_decision_s": statistics.median(waits) / 1000 if waits else None,
        "median_latency_ms": statistics.median(latencies) if latencies else None,
    }


def by_kind(record: SessionRecord) -> list[tuple[str, int, int]]:
    """(kind label, cards shown, cards used) per kind, for the chart."""
    rows = []
    for kind, label in KIND_LABELS.items():
        cards = [c for c in record.cards.values() if c.kind == kind and c.offset is not None]
        if cards:
            used = sum(1 for c in cards if c.decision and c.decision.action in ("inserted", "edited"))
            rows.append((label, len(cards), used))
    return rows


def report_html(record: SessionRecord, *, images: Mapping[str, str] | None = None,
                scorecard: Mapping[str, Any] | None = None) -> str:
    """The whole report. ``images`` maps "mood" and "kinds" to an image src; ``scorecard`` is
    {"criteria": [{"id", "label"}], "answers": {id: {"value", "prefilled", "evidence"}}, "score": float}."""
    images = images or {}
    started = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.started_at))
    figures = summary(record)
    parts = [f"<html><head><meta charset='utf-8'><title>Coaching report · {_e(record.agent or record.id)} · "
             f"{started}</title></head><body style='font-family: sans-serif; color:#1d2430'>",
             "<h1 style='font-size:18pt'>Coaching report</h1>",
             "<table cellpadding='3' cellspacing='0'>"]
    meta = [("Agent", record.agent), ("Team", record.team), ("Started", started), ("Duration", clock(record.duration)),
            ("Channel", record.channel), ("Language", (record.language or "").upper()), ("Outcome", record.outcome),
            ("Tags", ", ".join(record.tags)), ("Session", record.id), ("CRM id", record.external_id)]
    parts += [f"<tr><td style='color:{MUTED}'>{k}</td><td>{_e(v)}</td></tr>" for k, v in meta if v]
    parts.append("</table>")
    acceptance = f"{figures['acceptance']:.0%}" if figures["acceptance"] is not None else "—"
    decision = f"{figures['median_decision_s']:.1f} s" if figures["median_decision_s"] is not None else "—"
    parts += ["<h2 style='font-size:14pt'>Summary</h2><table cellpadding='4' cellspacing='0' border='1' "
              "style='border-collapse:collapse; border-color:#d9dde3'><tr>",
              *(f"<th>{h}</th>" for h in ("Lines", "Cards shown", "Inserted", "Edited", "Discarded", "Expired",
                                          "Accepted", "Median time to decide")),
              "</tr><tr>",
              *(f"<td align='center'>{v}</td>" for v in (figures["lines"], figures["cards"], figures["inserted"],
                                                          figures["edited"], figures["discarded"], figures["expired"],
                                                          acceptance, decision)),
              "</tr></table>"]
    if "mood" in images:
        parts.append("<h2 style='font-size:14pt'>The customer's mood (−1 upset … +1 pleased)</h2>"
                     f"<p><img src='{_e(images['mood'])}' width='640'></p>")
    if "kinds" in images:
        parts.append("<h2 style='font-size:14pt'>Share of cards the agent used, by kind</h2>"
                     f"<p><img src='{_e(images['kinds'])}' width='640'></p>")
    parts += wrapup_html(record) + _scorecard(scorecard) + _notes(record) + _transcript(record)
    parts.append("</body></html>")
    return "\n".join(parts)


def wrapup_html(record: SessionRecord) -> list[str]:
    """The call's wrap-up: who drafted it, what the agent approved and how long that took, the codes and the
    agent's changes to the draft. Shared by the report and the replay's Wrap-up tab."""
    wrapup = record.wrapup
    if wrapup is None:
        return []
    by = "an AI model (redacted transcript)" if wrapup.drafted_by == "ai" else "the local engine"
    out = ["<h2 style='font-size:14pt'>Wrap-up</h2>", f"<p style='color:{MUTED}'>Drafted by {by}"]
    if wrapup.note:
        out.append(f"; the AI draft was not used ({_e(wrapup.note)})")
    if wrapup.approved:
        after = f" {wrapup.after_call_ms / 1000:.0f} s after the call ended" if wrapup.after_call_ms is not None else ""
        where = {"crm": "pasted into the CRM", "clipboard": "copied"}.get(wrapup.delivered or "", "approved")
        out.append(f"; approved{after}, {where}, {wrapup.edit_distance or 0} characters changed.</p>")
    else:
        out.append("; not approved.</p>")
    codes = ", ".join(wrapup.dispositions) or "none"
    out.append(f"<p><b>Disposition:</b> {_e(codes)}</p>")
    final = wrapup.final_text if wrapup.approved else wrapup.draft_text
    body = word_diff(wrapup.draft_text, final or "") if wrapup.approved and final != wrapup.draft_text else _e(final)
    text = final or ""
    out.append(f"<p{_dir(text)} style='white-space:pre-wrap'>{body}</p>")
    return out


def _scorecard(scorecard: Mapping[str, Any] | None) -> list[str]:
    if not scorecard:
        return []
    answers = scorecard.get("answers", {})
    out = [f"<h2 style='font-size:14pt'>Scorecard · {scorecard.get('score', 0):.0%}</h2>",
           "<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse; border-color:#d9dde3'>",
           "<tr><th align='left'>Criterion</th><th>Answer</th><th align='left'>Evidence</th></tr>"]
    for criterion in scorecard.get("criteria", []):
        answer = answers.get(criterion["id"], {})
        value = {True: "Yes", False: "No"}.get(answer.get("value"), "—")
        state = "" if scorecard.get("confirmed") else " <i style='color:#5f6b7a'>(suggested)</i>"
        out.append(f"<tr><td>{_e(criterion['label'])}</td><td align='center'>{value}{state if value != '—' else ''}"
                   f"</td><td style='color:{MUTED}'>{_e(answer.get('evidence', ''))}</td></tr>")
    out.append("</table>")
    return out


def _notes(record: SessionRecord) -> list[str]:
    if not record.notes:
        return []
    out = ["<h2 style='font-size:14pt'>Trainer's notes</h2><table cellpadding='3' cellspacing='0'>"]
    for note in record.notes:
        tags = f" <span style='color:{MUTED}'>[{_e(', '.join(note.tags))}]</span>" if note.tags else ""
        out.append(f"<tr><td valign='top' style='color:{MUTED}'>{clock(note.offset)}</td>"
                   f"<td{_dir(note.text)}>{_e(note.text)}{tags}</td></tr>")
    out.append("</table>")
    return out


def _transcript(record: SessionRecord) -> list[str]:
    cards_by_line: dict[int, list[Card]] = {}
    for card in sorted(record.cards.values(), key=lambda c: (c.offset or 0.0)):
        if card.offset is not None:
            cards_by_line.setdefault(card.utterance_idx, []).append(card)
    notes_by_line: dict[int | None, list[Any]] = {}
    for note in record.notes:
        notes_by_line.setdefault(note.utterance_idx, []).append(note)
    out = ["<h2 style='font-size:14pt'>Transcript and decisions</h2>",
           "<table cellpadding='3' cellspacing='0' width='100%'>"]
    for card in cards_by_line.get(-1, []):
        out.append(_card_row(card))
    for turn in record.turns:
        who = "Customer" if turn.speaker == "customer" else "Agent"
        colour = "#2f6fd6" if turn.speaker == "customer" else "#15803d"
        out.append(f"<tr><td valign='top' width='48' style='color:{MUTED}'>{clock(turn.offset)}</td>"
                   f"<td valign='top' width='70' style='color:{colour}'><b>{who}</b></td>"
                   f"<td{_dir(turn.text)}>{_e(turn.text)}</td></tr>")
        out += [_card_row(card) for card in cards_by_line.get(turn.index, [])]
        for note in notes_by_line.get(turn.index, []):
            out.append(f"<tr><td></td><td valign='top' style='color:#2f6fd6'>Note</td>"
                       f"<td{_dir(note.text)}><i>{_e(note.text)}</i></td></tr>")
    out.append("</table>")
    return out


def _card_row(card: Card) -> str:
    label = KIND_LABELS.get(card.kind, card.kind)
    source = " · AI draft" if card.ai_generated else ""
    return (f"<tr><td></td><td valign='top' style='color:{MUTED}'>{_e(label)}{source}</td>"
            f"<td style='color:#3b4a5e'><b{_dir(card.title)}>{_e(card.title)}</b>: "
            f"<span{_dir(card.text)}>{_e(card.text)}</span><br>{fate(card)}</td></tr>")
