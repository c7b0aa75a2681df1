"""The customer's mood beside the cards' heading: a small dot and a word or two, and nothing when unsure.

It draws the ``Mood`` the desk hands over (``copilot.live.mood``) and decides nothing itself. Quiet on
purpose: the dot takes a card kind's muted colour, never the error red, and the words say "upset" rather
than "angry", because it is an estimate from the customer's words that the agent glances at, not an alarm.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from copilot.live.mood import Mood, Tone, Trend
from copilot.text.i18n import QT_TRANSLATE_NOOP

TOOLTIP = QT_TRANSLATE_NOOP("MoodIndicator", "The customer's mood, estimated from the words they use. An estimate, "
                            "not a verdict: it shows only when their recent lines agree, and says nothing otherwise.")
_TREND_SENTENCE = {
    Trend.WORSENING: QT_TRANSLATE_NOOP("MoodIndicator", "getting worse over the last lines"),
    Trend.IMPROVING: QT_TRANSLATE_NOOP("MoodIndicator", "getting better over the last lines"),
    Trend.STEADY: QT_TRANSLATE_NOOP("MoodIndicator", "steady over the last lines"),
}
_WORDS = {
    Tone.UPSET: QT_TRANSLATE_NOOP("MoodIndicator", "upset"),
    Tone.PLEASED: QT_TRANSLATE_NOOP("MoodIndicator", "pleased"),
    Trend.WORSENING: QT_TRANSLATE_NOOP("MoodIndicator", "worsening"),
    Trend.IMPROVING: QT_TRANSLATE_NOOP("MoodIndicator", "improving"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MoodIndicator", text)  # not translated: marked above


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
        tone_word = _tr(_WORDS[mood.tone])
        words = tone_word if mood.trend is Trend.STEADY else f"{tone_word}, {_tr(_WORDS[mood.trend])}"
        self.words.setText(words)
        tone = str(mood.tone)
        for label in (self.dot, self.words):
            if label.property("tone") != tone:
                label.setProperty("tone", tone)
                label.style().unpolish(label)
                label.style().polish(label)
        sentence = self.tr("Customer seems {mood}").format(mood=tone_word) + (
            "" if mood.tone is Tone.PLEASED and mood.trend is Trend.STEADY else f", {_tr(_TREND_SENTENCE[mood.trend])}")
        self.setToolTip(f"{sentence}.\n{_tr(TOOLTIP)}")
        self.setAccessibleName(self.tr("Customer mood: {mood}").format(mood=words))
        self.setAccessibleDescription(_tr(TOOLTIP))
        self.setVisible(True)
