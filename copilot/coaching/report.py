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

from copilot.model import KIND_LABELS, kind_label
from copilot.record.session_record import Card, SessionRecord, clock
from copilot.text.i18n import QT_TRANSLATE_NOOP, translate
from copilot.text.words import is_rtl

ACTION_LABELS = {"inserted": QT_TRANSLATE_NOOP("Report", "Inserted"), "edited": QT_TRANSLATE_NOOP("Report", "Edited"),
                 "discarded": QT_TRANSLATE_NOOP("Report", "Discarded"),
                 "expired": QT_TRANSLATE_NOOP("Report", "Expired")}
REASONS = {"wrong": QT_TRANSLATE_NOOP("Report", "wrong"), "irrelevant": QT_TRANSLATE_NOOP("Report", "not relevant"),
           "tone": QT_TRANSLATE_NOOP("Report", "wrong tone"), "done": QT_TRANSLATE_NOOP("Report", "already done")}
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
        return "<i>" + _e(translate("Report", "no decision recorded")) + "</i>"
    action = _e(_label(ACTION_LABELS, d.action))
    if d.time_to_decision_ms is not None:
        head = translate("Report", "{action} at {time} after {seconds} s").format(
            action=f"<b>{action}</b>", time=clock(d.offset), seconds=f"{d.time_to_decision_ms / 1000:.1f}")
    else:
        head = translate("Report", "{action} at {time}").format(action=f"<b>{action}</b>", time=clock(d.offset))
    if d.action == "edited":
        changes = translate("Report", "({count} changes)").format(count=d.edit_distance)
        return f"{head} {changes}: {word_diff(card.text, d.final_text or '')}"
    if d.action == "discarded":
        reason = _label(REASONS, d.reason) if d.reason else translate("Report", "no reason given")
        return f"{head}: {_e(reason)}"
    if d.action == "expired" and d.reason == "done":
        return f"{head} " + _e(translate("Report", "(the agent had already done it)"))
    return head


def _label(labels: Mapping[str, str], key: str | None) -> str:
    """A marked label in the reader's language; a value the table does not know, as it is."""
    if key is None or key not in labels:
        return str(key)
    return translate("Report", labels[key])  # not translated: marked above


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
    for kind in KIND_LABELS:
        cards = [c for c in record.cards.values() if c.kind == kind and c.offset is not None]
        if cards:
            used = sum(1 for c in cards if c.decision and c.decision.action in ("inserted", "edited"))
            rows.append((kind_label(kind), len(cards), used))
    return rows


def report_html(record: SessionRecord, *, images: Mapping[str, str] | None = None,
                scorecard: Mapping[str, Any] | None = None) -> str:
    """The whole report. ``images`` maps "mood" and "kinds" to an image src; ``scorecard`` is
    {"criteria": [{"id", "label"}], "answers": {id: {"value", "prefilled", "evidence"}}, "score": float}."""
    images = images or {}
    started = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.started_at))
    figures = summary(record)
    title = _e(translate("Report", "Coaching report"))
    parts = [f"<html><head><meta charset='utf-8'><title>{title} · {_e(record.agent or record.id)} · "
             f"{started}</title></head><body style='font-family: sans-serif; color:#1d2430'>",
             f"<h1 style='font-size:18pt'>{title}</h1>",
             "<table cellpadding='3' cellspacing='0'>"]
    meta = [(translate("Report", "Agent"), record.agent), (translate("Report", "Team"), record.team),
            (translate("Report", "Started"), started), (translate("Report", "Duration"), clock(record.duration)),
            (translate("Report", "Channel"), record.channel),
            (translate("Report", "Language"), (record.language or "").upper()),
            (translate("Report", "Outcome"), record.outcome), (translate("Report", "Tags"), ", ".join(record.tags)),
            (translate("Report", "Session"), record.id), (translate("Report", "CRM id"), record.external_id)]
    parts += [f"<tr><td style='color:{MUTED}'>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in meta if v]
    parts.append("</table>")
    acceptance = f"{figures['acceptance']:.0%}" if figures["acceptance"] is not None else "—"
    decision = f"{figures['median_decision_s']:.1f} s" if figures["median_decision_s"] is not None else "—"
    headings = (translate("Report", "Lines"), translate("Report", "Cards shown"), translate("Report", "Inserted"),
                translate("Report", "Edited"), translate("Report", "Discarded"), translate("Report", "Expired"),
                translate("Report", "Accepted"), translate("Report", "Median time to decide"))
    summary_title = _e(translate("Report", "Summary"))
    parts += [f"<h2 style='font-size:14pt'>{summary_title}</h2><table cellpadding='4' "
              "cellspacing='0' border='1' style='border-collapse:collapse; border-color:#d9dde3'><tr>",
              *(f"<th>{_e(h)}</th>" for h in headings),
              "</tr><tr>",
              *(f"<td align='center'>{v}</td>" for v in (figures["lines"], figures["cards"], figures["inserted"],
                                                          figures["edited"], figures["discarded"], figures["expired"],
                                                          acceptance, decision)),
              "</tr></table>"]
    if "mood" in images:
        mood_title = _e(translate("Report", "The customer’s mood (−1 upset … +1 pleased)"))
        parts.append(f"<h2 style='font-size:14pt'>"
                     f"{mood_title}</h2>"
                     f"<p><img src='{_e(images['mood'])}' width='640'></p>")
    if "kinds" in images:
        heading = _e(translate("Report", "Share of cards the agent used, by kind"))
        parts.append(f"<h2 style='font-size:14pt'>{heading}</h2>"
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
    by = (translate("Report", "Drafted by an AI model (redacted transcript)") if wrapup.drafted_by == "ai"
          else translate("Report", "Drafted by the local engine"))
    title = _e(translate("Report", "Wrap-up"))
    out = [f"<h2 style='font-size:14pt'>{title}</h2>",
           f"<p style='color:{MUTED}'>{_e(by)}"]
    if wrapup.note:
        out.append(_e(translate("Report", "; the AI draft was not used ({why})").format(why=wrapup.note)))
    if wrapup.approved:
        where = {"crm": translate("Report", "pasted into the CRM"),
                 "clipboard": translate("Report", "copied")}.get(wrapup.delivered or "", translate("Report", "kept"))
        if wrapup.after_call_ms is not None:
            done = translate("Report", "; approved {seconds} s after the call ended, {where}, {count} characters "
                                       "changed.").format(seconds=f"{wrapup.after_call_ms / 1000:.0f}", where=where,
                                                          count=wrapup.edit_distance or 0)
        else:
            done = translate("Report", "; approved, {where}, {count} characters changed.").format(
                where=where, count=wrapup.edit_distance or 0)
        out.append(_e(done) + "</p>")
    else:
        out.append(_e(translate("Report", "; not approved.")) + "</p>")
    codes = ", ".join(wrapup.dispositions) or translate("Report", "none")
    disposition = _e(translate("Report", "Disposition:"))
    out.append(f"<p><b>{disposition}</b> {_e(codes)}</p>")
    final = wrapup.final_text if wrapup.approved else wrapup.draft_text
    body = word_diff(wrapup.draft_text, final or "") if wrapup.approved and final != wrapup.draft_text else _e(final)
    text = final or ""
    out.append(f"<p{_dir(text)} style='white-space:pre-wrap'>{body}</p>")
    return out


def _scorecard(scorecard: Mapping[str, Any] | None) -> list[str]:
    if not scorecard:
        return []
    answers = scorecard.get("answers", {})
    heading = _e(translate("Report", "Scorecard"))
    criterion_title = _e(translate("Report", "Criterion"))
    answer_word = _e(translate("Report", "Answer"))
    evidence = _e(translate("Report", "Evidence"))
    # One table per criterion, the columns the same width in each: a row is then a unit the PDF can move whole to
    # the next page (Qt's rich text splits a table row across pages and knows no page-break-inside).
    table = ("<table width='100%' cellpadding='4' cellspacing='0' border='1' "
             "style='border-collapse:collapse; border-color:#d9dde3'>")
    widths = ("width='34%'", "width='14%'", "width='52%'")
    out = [f"<h2 style='font-size:14pt'>{heading} · {scorecard.get('score', 0):.0%}</h2>", table,
           f"<tr><th align='left' {widths[0]}>{criterion_title}</th>"
           f"<th {widths[1]}>{answer_word}</th>"
           f"<th align='left' {widths[2]}>{evidence}</th></tr>", "</table>"]
    suggested = _e(translate("Report", "(suggested)"))
    for criterion in scorecard.get("criteria", []):
        answer = answers.get(criterion["id"], {})
        yes_no = {True: _e(translate("Report", "Yes")), False: _e(translate("Report", "No"))}
        value = yes_no.get(answer.get("value"), "—")
        state = "" if scorecard.get("confirmed") else f" <i style='color:#5f6b7a'>{suggested}</i>"
        out.append(f"{table}<tr><td {widths[0]}>{_e(criterion['label'])}</td>"
                   f"<td align='center' {widths[1]}>{value}{state if value != '—' else ''}</td>"
                   f"<td style='color:{MUTED}' {widths[2]}>{_e(answer.get('evidence', ''))}</td></tr></table>")
    return out


def _notes(record: SessionRecord) -> list[str]:
    if not record.notes:
        return []
    notes_title = _e(translate("Report", "Trainer’s notes"))
    out = [f"<h2 style='font-size:14pt'>{notes_title}</h2>"
           "<table cellpadding='3' cellspacing='0'>"]
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
    transcript_title = _e(translate("Report", "Transcript and decisions"))
    out = [f"<h2 style='font-size:14pt'>{transcript_title}</h2>",
           "<table cellpadding='3' cellspacing='0' width='100%'>"]
    for card in cards_by_line.get(-1, []):
        out.append(_card_row(card))
    for turn in record.turns:
        who = _e(translate("Report", "Customer") if turn.speaker == "customer" else translate("Report", "Agent"))
        colour = "#2f6fd6" if turn.speaker == "customer" else "#15803d"
        out.append(f"<tr><td valign='top' width='48' style='color:{MUTED}'>{clock(turn.offset)}</td>"
                   f"<td valign='top' width='70' style='color:{colour}'><b>{who}</b></td>"
                   f"<td{_dir(turn.text)}>{_e(turn.text)}</td></tr>")
        out += [_card_row(card) for card in cards_by_line.get(turn.index, [])]
        for note in notes_by_line.get(turn.index, []):
            note_word = _e(translate("Report", "Note"))
            out.append(f"<tr><td></td><td valign='top' style='color:#2f6fd6'>{note_word}</td>"
                       f"<td{_dir(note.text)}><i>{_e(note.text)}</i></td></tr>")
    out.append("</table>")
    return out


def _card_row(card: Card) -> str:
    label = kind_label(card.kind) if card.kind in KIND_LABELS else card.kind
    source = " · " + translate("Report", "AI draft") if card.ai_generated else ""
    return (f"<tr><td></td><td valign='top' style='color:{MUTED}'>{_e(label)}{source}</td>"
            f"<td style='color:#3b4a5e'><b{_dir(card.title)}>{_e(card.title)}</b>: "
            f"<span{_dir(card.text)}>{_e(card.text)}</span><br>{fate(card)}</td></tr>")
