"""A desk without an OS keychain: the notice keeps to its own line, the cards stay in sight, Ctrl+N acts on the
card the agent sees, and the local API still runs with its token in a file only the user can read (unless IT
forbids it). The keychain is a real keyring backend that fails, as on a Linux desk without a Secret Service."""

from __future__ import annotations

import json
import logging
import os
import stat
import urllib.request

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from copilot.config import keychain

# Four cards from one line, with texts as long as the default playbook's.
FOUR_CARDS = '''
[playbook]
name = "Four at once"
default_language = "en"

[[entry]]
id = "escalation.human"
kind = "escalation"
title.en = "Customer asks for a person"
text.en = "Offer to bring in a supervisor, and tell the customer how long it will take before they call back."
triggers.en = ["manager"]

[[entry]]
id = "compliance.identity"
kind = "compliance"
title.en = "Check the customer's identity"
text.en = "Before you change anything, ask for the date of birth and the postcode on the account."
triggers.en = ["change my plan"]

[[entry]]
id = "objection.price"
kind = "objection"
title.en = "Price too high"
text.en = "I hear you. Let's look at what you really use each month, so you only pay for that."
triggers.en = ["too expensive"]

[[entry]]
id = "upsell.fibre"
kind = "upsell"
title.en = "Faster internet for the same money"
text.en = "Since you mention the internet is slow: Fibre 1000 costs the same as your plan today."
triggers.en = ["slow"]
'''
LINE = "It is too expensive and slow, I want to change my plan or talk to a manager"


@pytest.fixture
def no_keychain():
    keyring.set_keyring(keyring.backends.fail.Keyring())  # conftest puts the memory keychain back


def say(qtbot, app, text):
    with qtbot.waitSignal(app.controller.suggestions_applied, timeout=3000):
        app.window.input.line.setText(text)
        qtbot.keyClick(app.window.input.line, Qt.Key.Key_Return)


def test_with_a_notice_cards_one_to_three_are_in_sight_and_ctrl_3_inserts_the_third(
        qtbot, playbook_file, make_panel, policy, no_keychain):
    policy.write_text("version = 1\n[settings]\napi_token_file = false\n", encoding="utf-8")
    app = make_panel("--playbook", playbook_file(FOUR_CARDS))
    app.start_api()
    app.window.notices.set_notices(app.notices)
    assert app.api is None and app.window.notices.isVisible()
    say(qtbot, app, LINE)
    cards = app.window.cards.cards
    assert len(cards) == 4
    qtbot.waitUntil(lambda: cards[3].visibleRegion().boundingRect().height() < cards[3].height())
    assert all(app.window.card_in_view(card) for card in cards[:3])
    qtbot.keyClick(app.window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == cards[2].suggestion.text


def test_the_notice_is_one_line_in_plain_words_with_the_whole_text_in_its_tooltip(
        qtbot, playbook_file, make_panel, policy, no_keychain):
    policy.write_text("version = 1\n[settings]\napi_token_file = false\n", encoding="utf-8")
    app = make_panel("--playbook", playbook_file(FOUR_CARDS))
    app.start_api()
    app.notices.append("A second thing to know")
    app.window.notices.set_notices(app.notices)
    bar = app.window.notices
    assert bar.height() <= 2 * bar.fontMetrics().height()
    assert "Local API off" in bar.text() and "(+1 more)" in bar.text()
    assert "keychain" in bar.toolTip() and "does not allow" in bar.toolTip() and "A second" in bar.toolTip()
    assert "Error" not in bar.toolTip()  # no exception class names such as NoKeyringError


def test_a_card_out_of_sight_is_brought_into_view_before_a_shortcut_uses_it(qtbot, playbook_file, make_panel):
    app = make_panel("--playbook", playbook_file(FOUR_CARDS))
    app.window.resize(400, 520)  # a short panel: not every card fits
    say(qtbot, app, LINE)
    fourth = app.window.cards.cards[3]
    qtbot.waitUntil(lambda: not app.window.card_in_view(fourth))  # once laid out, as the agent sees it
    QGuiApplication.clipboard().setText("")
    qtbot.keyClick(app.window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == ""  # nothing used the agent has not seen
    assert app.window.card_in_view(fourth) and "out of sight" in app.window.toast.text()
    qtbot.keyClick(app.window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == fourth.suggestion.text


def test_without_a_keychain_the_local_api_runs_with_a_token_file_only_the_user_can_read(
        qtbot, make_panel, no_keychain):
    app = make_panel(api=True)
    path = keychain.token_file()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    token = path.read_text(encoding="utf-8").strip()
    request = urllib.request.Request(f"{app.api.url}/v1/health", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 (loopback)
        assert response.status == 200 and json.loads(response.read())["api"]
    assert not app.window.notices.isVisible()


def test_the_settings_say_calmly_where_the_token_is_kept(qtbot, make_panel, no_keychain):
    from copilot.admin.qt.settings_dialog import SettingsDialog

    app = make_panel(api=True)
    dialog = SettingsDialog(app.settings, app.api)
    qtbot.addWidget(dialog)
    assert dialog.token.text() == keychain.token_file().read_text(encoding="utf-8").strip()
    assert dialog.token_place.text().startswith("This computer has no keychain, so the token is kept in")
    assert "only you can read" in dialog.token_place.text()


def test_a_loosened_token_file_is_made_private_again(no_keychain):
    token = keychain.api_token(file_allowed=True)
    os.chmod(keychain.token_file(), 0o644)
    assert keychain.api_token(file_allowed=True) == token
    assert stat.S_IMODE(os.stat(keychain.token_file()).st_mode) == 0o600


def test_a_working_keychain_takes_the_token_back_from_the_file(no_keychain):
    from memory_keyring import MemoryKeyring

    keychain.api_token(file_allowed=True)
    keyring.set_keyring(MemoryKeyring())
    token = keychain.rotate_api_token(file_allowed=True)
    assert keychain.api_token() == token and not keychain.token_file().exists()


def test_a_missing_keychain_is_logged_once_not_for_every_secret_asked_for(no_keychain, caplog):
    caplog.set_level(logging.DEBUG, logger="copilot.keychain")
    keychain.api_token(file_allowed=True)  # the token goes to its file; the model's key and the password have no place
    for ask in (keychain.has_model_key, keychain.central_password, keychain.has_model_key):
        with pytest.raises(keychain.KeychainError):
            ask()
    warned = [r for r in caplog.records if r.levelno == logging.WARNING and "keychain unavailable" in r.getMessage()]
    assert len(warned) == 1 and "Keyring" in warned[0].getMessage()
