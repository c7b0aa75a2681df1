"""Light and dark looks for the panel, following the system unless the user picked one.

Colours are tokens here; ``resources/style/panel.qss`` uses them by name. Quiet neutrals, one
accent, and a muted colour per card kind so the kind reads at a glance without shouting.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from copilot.config import paths

LIGHT = {
    "window": "#f5f6f8", "surface": "#ffffff", "freshSurface": "#f3f8ff", "border": "#d9dde3",
    "text": "#1d2430", "muted": "#5f6b7a", "chip": "#e8ebf0", "button": "#ffffff",
    "buttonHover": "#eef1f5", "input": "#ffffff", "accent": "#2f6fd6", "accentHover": "#275fba",
    "accentSoft": "#cfe0fb", "onAccent": "#ffffff", "escalation": "#c2410c", "compliance": "#7c3aed",
    "objection": "#b45309", "upsell": "#15803d", "knowledge": "#0e7490", "reply": "#475569",
    "ai": "#9333ea", "kindColor": "#94a3b8", "error": "#dc2626", "errorSurface": "#fdecec",
    "toast": "#1f2937", "onToast": "#f9fafb", "customerText": "#1d2430", "agentText": "#3b4a5e",
    "customerName": "#2f6fd6", "agentName": "#15803d",
}
DARK = {
    "window": "#1b1e23", "surface": "#23272e", "freshSurface": "#25303f", "border": "#363c45",
    "text": "#e6e9ee", "muted": "#9aa4b2", "chip": "#323843", "button": "#2b3038",
    "buttonHover": "#343a44", "input": "#1f2329", "accent": "#5b8def", "accentHover": "#7099f0",
    "accentSoft": "#2e4a78", "onAccent": "#0d1320", "escalation": "#fb923c", "compliance": "#a78bfa",
    "objection": "#fbbf24", "upsell": "#4ade80", "knowledge": "#22d3ee", "reply": "#94a3b8",
    "ai": "#d8b4fe", "kindColor": "#64748b", "error": "#f87171", "errorSurface": "#3a2326",
    "toast": "#e5e7eb", "onToast": "#111827", "customerText": "#e6e9ee", "agentText": "#c3cad5",
    "customerName": "#7aa7f5", "agentName": "#6ee7a0",
}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None:
        return hints.colorScheme() == Qt.ColorScheme.Dark
    return QGuiApplication.palette().window().color().lightness() < 128


def tokens(choice: str) -> dict[str, str]:
    dark = choice == "dark" or (choice == "system" and system_prefers_dark())
    return DARK if dark else LIGHT


def stylesheet(palette: dict[str, str]) -> str:
    template = (paths.resources_dir() / "style" / "panel.qss").read_text(encoding="utf-8")
    # Longest names first, so @accentSoft is not read as @accent + "Soft".
    names = sorted(palette, key=len, reverse=True)
    pattern = re.compile("@(" + "|".join(names) + ")")
    icons = (paths.resources_dir() / "icons").as_posix()
    return pattern.sub(lambda m: palette[m.group(1)], template.replace("@icons", icons))


def qpalette(tokens: dict[str, str]) -> QPalette:
    """The tokens as a Qt palette, for the standard widgets the style sheet does not name (tables,
    combo boxes, tabs, date fields) in the trainer's windows."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, token in ((roles.Window, "window"), (roles.WindowText, "text"), (roles.Base, "surface"),
                        (roles.AlternateBase, "window"), (roles.Text, "text"), (roles.Button, "button"),
                        (roles.ButtonText, "text"), (roles.Highlight, "accentSoft"), (roles.HighlightedText, "text"),
                        (roles.ToolTipBase, "surface"), (roles.ToolTipText, "text"), (roles.PlaceholderText, "muted"),
                        (roles.Mid, "border"), (roles.Light, "surface"), (roles.Dark, "border")):
        palette.setColor(role, QColor(tokens[token]))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor(tokens["muted"]))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor(tokens["muted"]))
    return palette


def dress(window: QWidget, tokens: dict[str, str]) -> None:
    """Give a top-level window (library, replay, statistics) the panel's look in light or dark."""
    window.setPalette(qpalette(tokens))
    window.setAutoFillBackground(True)
    window.setStyleSheet(stylesheet(tokens))
