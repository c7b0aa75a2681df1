"""Text from outside shown as it was written. Qt reads a tooltip, and a label left to guess, as rich text when it
looks like HTML: a customer's "<b>" would turn bold, a link in a knowledge article's title would become clickable
and an ``<img>`` would be loaded. Labels that show such text are set to plain text; tooltips go through here."""

from __future__ import annotations

import html

from PySide6.QtGui import Qt


def plain_tip(text: str) -> str:
    """``text`` for ``setToolTip`` (or a tooltip role), shown as written even when it looks like markup."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
