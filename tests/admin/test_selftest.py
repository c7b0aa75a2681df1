"""``copilot self-test``: every check passes on a machine that can run the panel, and each failure says
what is wrong and what to do. The Qt part runs in a child process, as it does for IT."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from copilot import __version__
from copilot.admin import selftest
from copilot.admin.selftest import FAILED, OK, SKIPPED, WARNING, Check
from copilot.config import paths
from copilot.config.settings import Settings

TESTS = Path(__file__).resolve().parents[1]  # tests/, where memory_keyring.py lives
NAMES = ["Qt platform", "fonts", "SVG icons", "window modules", "app modules", "SQLite FTS5", "data folder",
         "settings", "databases", "policy file", "keychain", "local API port", "resources", "AI endpoint"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def api_settings(port: int, **changes) -> dict:
    return {"api_enabled": True, "api_bind": "127.0.0.1", "api_port": port, "ai_enabled": False,
            "ai_base_url": "", **changes}


@pytest.mark.slow
def test_every_check_passes_on_this_machine():
    Settings().set("api_port", free_port())  # the developer's own panel may hold the default port
    checks = selftest.run_checks()
    assert [c.name for c in checks] == NAMES
    assert [(c.name, c.detail) for c in checks if not c.ok] == []
    by_name = {c.name: c for c in checks}
    assert by_name["Qt platform"].detail == "'offscreen' platform plugin loaded"
    assert "Hebrew drawn with" in by_name["fonts"].detail
    assert "MemoryKeyring stores and returns secrets" in by_name["keychain"].detail
    assert by_name["AI endpoint"].status == SKIPPED


@pytest.mark.slow
def test_the_self_test_process_never_loads_qt():
    probe = ("import sys\nfrom copilot.admin import selftest\nselftest.check_modules(); selftest.check_sqlite()\n"
             "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_a_platform_qt_cannot_load_fails_with_what_qt_said(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    platform_check, *rest = selftest.check_qt()
    assert platform_check.status == FAILED
    assert "QT_QPA_PLATFORM=no-such-platform" in platform_check.detail
    assert "no-such-platform" in platform_check.detail.split("): ", 1)[1]  # then what Qt itself said
    assert "QT_DEBUG_PLUGINS=1" in platform_check.fix
    assert [c.status for c in rest] == [FAILED, FAILED, FAILED]


def test_a_data_folder_that_cannot_be_created_fails(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("COPILOT_DATA_DIR", str(blocker / "data"))
    check = selftest.check_data_dir()
    assert check.status == FAILED
    assert f"cannot write in {blocker / 'data'}" in check.detail
    assert "COPILOT_DATA_DIR" in check.fix


def test_a_writable_data_folder_passes_and_leaves_nothing_behind():
    check = selftest.check_data_dir()
    assert check.status == OK and str(paths.data_dir()) in check.detail
    assert not list(paths.data_dir().rglob(".self-test-*"))


def test_a_port_another_program_holds_fails_and_names_it():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        check = selftest.check_port(api_settings(port))
    assert check.status == FAILED
    assert f"127.0.0.1:{port} is" in check.detail
    if sys.platform.startswith("linux"):
        assert f"(pid {os.getpid()})" in check.detail
    assert "api_port" in check.fix


def test_a_port_served_by_a_running_panel_is_no_conflict():
    from copilot.sources.api import LocalApi

    api = LocalApi(lambda message: None, "token", port=0)
    api.start()
    try:
        check = selftest.check_port(api_settings(api.port))
    finally:
        api.stop()
    assert check.status == OK and "running Agent Copilot panel" in check.detail


def test_a_free_port_passes_and_a_disabled_api_is_skipped():
    assert selftest.check_port(api_settings(free_port())).status == OK
    assert selftest.check_port(api_settings(free_port(), api_enabled=False)).status == SKIPPED


@pytest.mark.parametrize(("damage", "said"), [
    (lambda root: (root / "icons" / "close.svg").unlink(), "icon close.svg missing"),
    (lambda root: (root / "playbooks" / "default.toml").unlink(), "default playbook:"),
    (lambda root: (root / "scorecards" / "default.toml").write_text("[[criteria", encoding="utf-8"),
     "scorecard template:"),
    (lambda root: (root / "style" / "panel.qss").unlink(), "style sheet:"),
    (lambda root: (root / "demo" / "01-en-broadband.json").write_text("{}", encoding="utf-8"),
     "demo 01-en-broadband.json is not a demo conversation"),
    (lambda root: shutil.rmtree(root / "demo"), "no demo conversations"),
])
def test_a_missing_or_broken_resource_fails(tmp_path, damage, said):
    root = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), root)
    assert selftest.check_resources(root).status == OK
    damage(root)
    check = selftest.check_resources(root)
    assert check.status == FAILED
    assert said in check.detail and str(root) in check.detail


def test_no_keychain_fails_unless_allowed():
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse fixture puts the memory one back
    strict, lenient = selftest.check_keyring(), selftest.check_keyring(allow_missing=True)
    assert strict.status == FAILED and not strict.ok
    assert lenient.status == WARNING and lenient.ok
    assert "no OS keychain" in strict.detail and "Secret Service" in strict.fix


def test_the_keychain_round_trip_leaves_no_secret_behind():
    backend = keyring.get_keyring()
    assert selftest.check_keyring().status == OK
    assert backend.secrets == {}


def test_an_invalid_policy_file_fails_and_a_valid_one_is_described(tmp_path, monkeypatch):
    policy = tmp_path / "policy.toml"
    monkeypatch.setenv("COPILOT_POLICY", str(policy))
    assert selftest.check_policy().detail.startswith("none at")
    policy.write_text('version = 1\n[settings]\nai_enabled = "maybe"\n', encoding="utf-8")
    broken = selftest.check_policy()
    assert broken.status == FAILED and "ai_enabled" in broken.detail and "safest mode" in broken.fix
    policy.write_text("version = 1\n[settings]\nai_enabled = false\n[defaults]\ntheme = \"dark\"\n", encoding="utf-8")
    assert selftest.check_policy().detail == f"{policy}: 1 settings locked, 1 defaults"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions; Windows keeps them in ACLs")
def test_a_policy_file_others_may_edit_is_a_warning(tmp_path, monkeypatch):
    """A policy file everyone could write (or in a folder everyone could write) passed as "ok": any agent could
    lift IT's locks by editing it. The self-test now says which, and how to fix it."""
    folder = tmp_path / "agent-copilot"
    folder.mkdir(mode=0o755)
    policy = folder / "policy.toml"
    policy.write_text("version = 1\n[settings]\nai_enabled = false\n", encoding="utf-8")
    monkeypatch.setenv("COPILOT_POLICY", str(policy))
    policy.chmod(0o666)
    check = selftest.check_policy()
    assert check.status == WARNING and str(policy) in check.fix and "administrators only" in check.fix
    assert check.detail == f"{policy}: 1 settings locked, 0 defaults"
    policy.chmod(0o644)
    folder.chmod(0o777)
    assert selftest.check_policy().status == WARNING and str(folder) in selftest.check_policy().fix
    folder.chmod(0o755)
    if os.geteuid() == 0:  # owned by root, writable by root alone: as IT installs it
        assert selftest.check_policy().status == OK
    else:  # owned by the user running the test, who could edit it
        assert selftest.check_policy().status == WARNING


def test_the_ai_endpoint_is_reached_only_when_configured():
    assert selftest.check_ai(api_settings(0, ai_enabled=True, ai_base_url="")).status == SKIPPED
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        url = f"http://127.0.0.1:{server.getsockname()[1]}/v1"
        assert selftest.check_ai(api_settings(0, ai_enabled=True, ai_base_url=url)).status == OK
    closed = selftest.check_ai(api_settings(0, ai_enabled=True, ai_base_url=f"http://127.0.0.1:{free_port()}/v1"))
    assert closed.status == FAILED and "cannot reach 127.0.0.1" in closed.detail


def test_the_plain_report_has_one_line_per_check_and_the_fix_under_a_failure():
    checks = [Check("fonts", OK, "9 families"), Check("keychain", WARNING, "none here", "run one"),
              Check("resources", FAILED, "icon close.svg missing", "reinstall"), Check("AI endpoint", SKIPPED, "off")]
    lines = selftest.format_text(checks).splitlines()
    assert lines[0].startswith(f"Agent Copilot {__version__} self-test")
    assert lines[1:] == ["✓ fonts        9 families", "! keychain     none here", "               → run one",
                         "✗ resources    icon close.svg missing", "               → reinstall",
                         "– AI endpoint  off", "FAILED: resources"]
    ascii_lines = selftest.format_text(checks, "cp1252").splitlines()
    assert "FAIL resources    icon close.svg missing" in ascii_lines and "ok   fonts        9 families" in ascii_lines


def test_the_subcommand_parses_its_options():
    parser = argparse.ArgumentParser(prog="copilot")
    selftest.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["self-test", "--json", "--allow-no-keyring"])
    assert (args.command, args.json, args.allow_no_keyring) == ("self-test", True, True)
    assert parser.parse_args(["self-test"]).json is False


def run_main(tmp_path: Path, data_dir: Path, code: str) -> subprocess.CompletedProcess:
    """The self-test in a process of its own, with a keychain that lives in memory and a free port."""
    env = dict(os.environ, COPILOT_DATA_DIR=str(data_dir), COPILOT_POLICY=str(tmp_path / "no-policy.toml"),
               QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="memory_keyring.MemoryKeyring",
               PYTHONPATH=os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180, env=env)


@pytest.mark.slow
def test_json_report_and_exit_status_zero_when_all_pass(tmp_path):
    data = tmp_path / "data"
    (data / "config").mkdir(parents=True)
    (data / "config" / "settings.json").write_text(json.dumps({"version": 1, "api_port": free_port()}))
    result = run_main(tmp_path, data, "from copilot.admin.selftest import main; raise SystemExit(main(['--json']))")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["version"] == __version__ and report["frozen"] is False
    assert [c["name"] for c in report["checks"]] == NAMES
    assert all(set(c) == {"name", "ok", "status", "detail", "fix"} for c in report["checks"])


@pytest.mark.slow
def test_exit_status_one_and_the_failure_in_the_report_when_a_check_fails(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run_main(tmp_path, blocker / "data", "from copilot.admin.selftest import main; raise SystemExit(main([]))")
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"✗ data folder     cannot write in {blocker / 'data'}" in result.stdout
    assert "! settings" in result.stdout  # the rest is still checked, with the defaults
    assert result.stdout.rstrip().splitlines()[-1].startswith("FAILED: data folder")  # 8765 may be taken too


def test_a_damaged_session_database_fails_and_is_named_never_all_passed(tmp_path):
    from copilot.config import paths
    from copilot.record.storage import Store

    with Store(paths.database_path()) as store:
        for number in range(200):
            store.session_started(f"s{number}", {"started_at": 1.0, "context": {"note": "x" * 300}})
    assert selftest.check_databases({"knowledge_path": ""}).status == "ok"
    data = bytearray(paths.database_path().read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = bytes(range(256)) * 32  # garbage in the middle of the file
    paths.database_path().write_bytes(bytes(data))
    before = paths.database_path().read_bytes()
    check = selftest.check_databases({"knowledge_path": ""})
    assert check.status == "failed" and str(paths.database_path()) in check.detail and "damaged" in check.detail
    assert paths.database_path().read_bytes() == before  # looked at, never written to


@pytest.mark.slow
def test_a_keyring_backend_that_cannot_load_is_a_failed_check_not_a_traceback(tmp_path):
    data = tmp_path / "data"
    env_code = ("import os; os.environ['PYTHON_KEYRING_BACKEND'] = 'no_such_module.Keyring'\n"
                "from copilot.admin.selftest import main; raise SystemExit(main([]))")
    result = run_main(tmp_path, data, env_code)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "✗ keychain" in result.stdout and "cannot be loaded" in result.stdout
    assert "Traceback" not in result.stderr + result.stdout
