"""The customer's mood beside the cards' heading: a small dot and a word or two, and nothing when unsure.

It draws the ``Mood`` the desk hands over (``copilot.live.mood``) and decides nothing itself. Quiet on
purpose: the dot takes a card kind's muted colour, never the error red, and the words say "upset" rather
than "angry", because it is an estimate from the customer's words that the agent glances at, not an alarm.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from copilot.live.mood import Mood, Tone, Trend

TOOLTIP = ("The customer's mood, estimated from the words they use. An estimate, not a verdict: it shows only "
           "when their recent lines agree, and says nothing otherwise.")
_TREND_SENTENCE = {
    Trend.WORSENING: "getting worse over the last lines",
    Trend.IMPROVING: "getting better over the last lines",
    Trend.STEADY: "steady over the last lines",
}


class MoodIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mood")
        self.dot = QLabel("●", objectName="moodDot")
        self.words = QLabel(objectName="moodWords")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.dot)
        layout.addWidget(self.words)
        self.mood: Mood | None = None
        self.show_mood(None)

    def show_mood(self, mood: Mood | None) -> None:
        """Show the shown conversation's mood; hide when there is none or it is not clear."""
        if mood == self.mood and mood is not None:
            return
        self.mood = mood
        if mood is None or mood.tone is None:
            self.setVisible(False)
            self.words.clear()
            self.setAccessibleName("")
            return
        self.words.setText(mood.words)
        tone = str(mood.tone)
        for label in (self.dot, self.words):
            if label.property("tone") != tone:
                label.setProperty("tone", tone)
                label.style().unpolish(label)
                label.style().polish(label)
        sentence = f"Customer seems {mood.tone}" + ("" if mood.tone is Tone.PLEASED and mood.trend is Trend.STEADY
                                                     else f", {_TREND_SENTENCE[mood.trend]}")
        self.setToolTip(f"{sentence}.\n{TOOLTIP}")
        self.setAccessibleName(f"Customer mood: {mood.words}")
        self.setAccessibleDescription(TOOLTIP)
        self.setVisible(True)
