"""The panel in the agent's language: Dutch words on the buttons, Hebrew mirrored right to left, IT's choice kept.

Real panels built as ``copilot.app.run`` builds them; the language comes from the ``ui_language`` setting (the
tests' system locale is US English, see conftest.py), and goes again when the panel closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication


def _first_card(qtbot, app):
    with qtbot.waitSignal(app.controller.suggestions_applied, timeout=3000):
        app.controller.add_utterance("customer", "That is too expensive for me")
    card = app.window.cards.card(1)
    assert card is not None
    return card


def test_dutch_panel_reads_dutch(qtbot, make_panel, playbook_file):
    app = make_panel("--playbook", playbook_file(), settings={"ui_language": "nl"})
    card = _first_card(qtbot, app)
    assert [card.insert_button.text(), card.edit_button.text(), card.discard_button.text()] == \
        ["Invoegen", "Bewerken", "Negeren"]
    assert card.kind.text() == "Bezwaar"
    assert card.why.text().replace("\u2068", "").replace("\u2069", "").startswith("Waarom: Klant zei “too expensive”")
    assert app.window.input.line.placeholderText() == "Typ of plak wat er gezegd is, Enter voegt toe"
    assert app.window.stats.text().startswith("1 getoond · 0 gebruikt · 0 genegeerd")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_hebrew_mirrors_the_whole_panel(qtbot, make_panel, playbook_file):
    app = make_panel("--playbook", playbook_file(), settings={"ui_language": "he"})
    card = _first_card(qtbot, app)
    assert app.window.isRightToLeft() and card.isRightToLeft()
    assert card.insert_button.text() == "הכנסה"
    # Mirrored: the first action (Insert) sits at the card's right edge, Discard at its left.
    insert_x = card.insert_button.mapTo(card, card.insert_button.rect().center()).x()
    discard_x = card.discard_button.mapTo(card, card.discard_button.rect().center()).x()
    assert insert_x > card.width() / 2 > discard_x
    assert QLocale().language() == QLocale.Language.Hebrew


def test_closing_the_panel_puts_english_back(make_panel):
    app = make_panel(settings={"ui_language": "fr"})
    assert QCoreApplication.translate("Kind", "Upsell") == "Vente additionnelle"
    make_panel.close(app)
    assert QCoreApplication.translate("Kind", "Upsell") == "Upsell"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_language_it_locks_wins_over_the_users(qtbot, make_panel, policy):
    from copilot.admin.qt.settings_dialog import SettingsDialog
    from copilot.config.settings import Settings

    Settings().set("ui_language", "fr")  # the agent chose French before IT locked the language
    policy.write_text('version = 1\n[settings]\nui_language = "nl"\n', encoding="utf-8")
    app = make_panel(show=False)
    assert app.settings.locked("ui_language") and app.settings["ui_language"] == "nl"
    assert app.window.input.speaker.itemText(0) == "Klant"
    dialog = SettingsDialog(app.settings, None)
    qtbot.addWidget(dialog)
    assert not dialog.ui_language.isEnabled() and dialog.ui_language.currentData() == "nl"
    assert "beheerd door je organisatie" in dialog.ui_language.toolTip().lower() or \
        "beheerd door je organisatie" in dialog.ui_language.parentWidget().findChild(type(dialog.save_problem),
                                                                                     "managedNote").text()


def test_a_team_leads_statistics_read_in_french_with_french_numbers(qtbot, make_panel, playbook_file):
    from copilot.coaching.qt.stats_view import figures
    from copilot.coaching.stats import Stats
    from copilot.record.stats_queries import Filters

    make_panel("--playbook", playbook_file(), settings={"ui_language": "fr"})  # installs the French translators
    stats = Stats(Filters(), sessions=12_345)
    stats.wrapups.drafted, stats.wrapups.approved = 8, 6
    rows = {label: value for label, value, _ in figures(stats)}
    assert rows["Sessions"] == "12\u202f345" or rows["Sessions"].replace("\xa0", "\u202f") == "12\u202f345"
    assert rows["Synthèses approuvées"] == "6 sur 8 (75%)"
    assert "Travail après l’appel" in rows and "Cards used" not in rows
