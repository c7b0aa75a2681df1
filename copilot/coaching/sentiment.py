"""The customer's mood over a recorded call, for the line a trainer sees under a replay.

The scoring itself (lexicons per language, negation, intensifiers) lives in copilot.text.sentiment,
so the live panel and the wrap-up use the same scale as the replay.
"""

from __future__ import annotations

from copilot.record.session_record import SessionRecord
from copilot.text.sentiment import SMOOTHING, score

__all__ = ["SMOOTHING", "curve", "score"]


def curve(record: SessionRecord, smoothing: float = SMOOTHING) -> list[tuple[float, float]]:
    """(seconds into the call, smoothed mood) for each customer turn, to plot under the timeline.

    Exponential smoothing keeps one sharp line from looking like a change of heart, while a call
    that really turns still shows the turn within a couple of lines.
    """
    points: list[tuple[float, float]] = []
    level: float | None = None
    for turn in record.turns:
        if turn.speaker != "customer":
            continue
        value = score(turn.text, turn.lang or record.language)
        level = value if level is None else smoothing * value + (1 - smoothing) * level
        points.append((turn.offset, level))
    return points
