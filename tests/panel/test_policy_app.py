"""The running panel under an IT policy: locked switches are greyed, an invalid policy means safest mode."""

from __future__ import annotations

from copilot.config.settings import Settings


def start(make_panel, policy, text):
    """The panel as it starts on a machine where IT wrote ``text`` into the policy file."""
    policy.write_text(text, encoding="utf-8")
    return make_panel(show=False)


def test_locked_switches_are_greyed_and_say_who_manages_them(make_panel, policy):
    app = start(make_panel, policy,
                'version = 1\n[settings]\nclipboard_capture = false\nstay_on_top = true\napi_enabled = false\n')
    assert not app.window.clip.isEnabled() and "managed by your organisation" in app.window.clip.toolTip()
    assert not app.window.pin.isEnabled()
    app._on_window_stay_on_top_toggled(False)  # e.g. a keyboard shortcut: nothing is saved
    assert Settings()["stay_on_top"] is True


def test_an_invalid_policy_starts_the_panel_in_its_safest_mode_and_says_why(make_panel, policy):
    app = start(make_panel, policy, 'version = 1\n[settings]\nai_enabled = "yes"\n')
    assert any("policy.toml" in notice and "ai_enabled" in notice for notice in app.notices)
    assert app.settings["ai_enabled"] is False and app.settings["api_enabled"] is False
    assert app.settings["clipboard_capture"] is False and app.ai is None


def test_the_panel_purges_sessions_past_retention_when_it_starts(qtbot, make_panel, policy):
    import time

    from recorded import record_call

    from copilot.config import paths
    from copilot.record import privacy
    from copilot.record.recorder import BackgroundRecorder
    from copilot.record.storage import Store

    recorder = BackgroundRecorder(paths.database_path())
    old = record_call(recorder, start=time.time() - 40 * 86400).id
    recent = record_call(recorder, start=time.time() - 86400).id
    recorder.flush()
    recorder.close()
    app = start(make_panel, policy, "version = 1\n[settings]\nretention_days = 30\n")
    app.start_retention()
    qtbot.waitUntil(lambda: app.maintenance.pending == 0, timeout=10000)
    panel_session = app.controller.session.id  # the panel's own, opened at start
    make_panel.close(app)
    store = Store(paths.database_path())
    left = {r["id"] for r in store.rows("sessions")}
    store.close()
    assert left - {panel_session} == {recent} and old not in left
    assert [a["operation"] for a in privacy.audit_log(paths.database_path())] == ["purge"]
