"""``copilot self-test``: can this computer run Agent Copilot? One line per thing the panel needs.

IT runs it after deploying (``agent-copilot-console self-test``), and CI runs it inside the frozen
bundle, so a missing hidden import, Qt plugin or resource fails there rather than on an agent's desk.
It needs only the app's own dependencies. Qt is loaded in a child process and never in this one: a
platform plugin that cannot load aborts the process that tried, and the report must still come out.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.machinery
import importlib.util
import json
import multiprocessing
import os
import platform
import re
import secrets
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from copilot import __version__
from copilot.admin.modules import import_all, is_qt_module
from copilot.config import paths
from copilot.config.options import is_public_suffix
from copilot.errors import KnownError
from copilot.text.i18n import QT_TRANSLATE_NOOP, translate

OK, FAILED, SKIPPED, WARNING = "ok", "failed", "skipped", "warning"  # skipped and warning count as passes
QT_TIMEOUT_S, AI_TIMEOUT_S = 60.0, 3.0
# Chosen at run time by the libraries themselves, so a bundler cannot see them: present or not?
RUNTIME_MODULES = {"linux": ["keyring.backends.SecretService", "secretstorage", "pynput.keyboard._xorg",
                             "Xlib.display"],
                   "win32": ["keyring.backends.Windows", "pynput.keyboard._win32"],
                   "darwin": ["keyring.backends.macOS", "pynput.keyboard._darwin"]}
REINSTALL = QT_TRANSLATE_NOOP("SelfTest", "Reinstall Agent Copilot: the bundle is incomplete (for whoever builds it: "
                                          "see build.spec).")
# The checks' names: the JSON report's, in English; the text report shows them translated.
NAMES = (QT_TRANSLATE_NOOP("SelfTest", "Qt platform"), QT_TRANSLATE_NOOP("SelfTest", "fonts"),
         QT_TRANSLATE_NOOP("SelfTest", "SVG icons"), QT_TRANSLATE_NOOP("SelfTest", "window modules"),
         QT_TRANSLATE_NOOP("SelfTest", "app modules"), QT_TRANSLATE_NOOP("SelfTest", "SQLite FTS5"),
         QT_TRANSLATE_NOOP("SelfTest", "data folder"), QT_TRANSLATE_NOOP("SelfTest", "settings"),
         QT_TRANSLATE_NOOP("SelfTest", "databases"), QT_TRANSLATE_NOOP("SelfTest", "policy file"),
         QT_TRANSLATE_NOOP("SelfTest", "keychain"), QT_TRANSLATE_NOOP("SelfTest", "local API port"),
         QT_TRANSLATE_NOOP("SelfTest", "resources"), QT_TRANSLATE_NOOP("SelfTest", "AI endpoint"))


def _reinstall() -> str:
    return translate("SelfTest", REINSTALL)  # not translated: marked above


@dataclass(slots=True)
class Check:
    name: str
    status: str  # OK, FAILED, SKIPPED or WARNING
    detail: str
    fix: str = ""  # what to do about it, when not OK

    @property
    def ok(self) -> bool:
        return self.status != FAILED

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "status": self.status, "detail": self.detail, "fix": self.fix}


# -- Qt, in a child process: platform plugin, fonts, SVG icons, the window's modules -------------------------


def check_qt(timeout: float = QT_TIMEOUT_S) -> list[Check]:
    names = ("Qt platform", "fonts", "SVG icons", "window modules")
    with tempfile.TemporaryDirectory(prefix="copilot-selftest-") as folder:
        stderr_path = os.path.join(folder, "qt-stderr.txt")
        context = multiprocessing.get_context("spawn")
        here, there = context.Pipe(duplex=False)
        # The child imports Qt; this process never does. The probe module itself imports no Qt at load.
        from copilot.admin.qt.selftest_probe import qt_probe

        child = context.Process(target=qt_probe, args=(there, stderr_path), name="copilot-selftest-qt", daemon=True)
        child.start()
        there.close()
        try:
            result = here.recv() if here.poll(timeout) else None
        except (EOFError, OSError):
            result = None
        child.join(5)
        child.kill()  # only if it hangs: it has ended by now otherwise
        child.join(5)
        here.close()
        said = Path(stderr_path).read_text("utf-8", "replace") if os.path.exists(stderr_path) else ""
    if result is None:
        why = (translate("SelfTest", "exit status {code}").format(code=child.exitcode) if child.exitcode is not None
               else translate("SelfTest", "no answer in {seconds} s").format(seconds=f"{timeout:.0f}"))
        lines = [line.strip() for line in said.splitlines() if line.strip()]
        told = " | ".join([line for line in lines if line.startswith("qt.")] or lines[-2:]) \
            or translate("SelfTest", "Qt said nothing")
        fix = translate("SelfTest", "Run it in the desktop session (QT_QPA_PLATFORM=offscreen checks the rest without "
                                    "a screen). On Linux install the libraries Qt needs (libxkbcommon-x11-0, "
                                    "libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libegl1); QT_DEBUG_PLUGINS=1 "
                                    "shows which plugin fails to load.")
        platform_name = os.environ.get("QT_QPA_PLATFORM", "default")
        return [Check(names[0], FAILED, translate("SelfTest", "Qt could not start ({why}, QT_QPA_PLATFORM={platform}): "
                                                              "{told}").format(why=why, platform=platform_name,
                                                                               told=told), fix),
                *(Check(name, FAILED, translate("SelfTest", "not checked: Qt did not start")) for name in names[1:])]
    fonts = Check(names[1], OK, translate("SelfTest", "{n} families; default '{default}', Hebrew drawn with "
                                                      "'{hebrew}'").format(n=result["families"],
                                                                           default=result["default"],
                                                                           hebrew=result["hebrew"])) \
        if result["hebrew"] else Check(
        names[1], FAILED,
        translate("SelfTest", "{n} font families, none can draw Hebrew").format(n=result["families"]),
        translate("SelfTest", "Install a font with Hebrew letters (DejaVu Sans, Noto Sans Hebrew, Arial)."))
    svg = Check(names[2], OK, translate("SelfTest", "SVG image plugin loaded")) if "svg" in result["formats"] \
        else Check(names[2], FAILED,
                   translate("SelfTest", "Qt has no SVG image plugin: the panel's icons would not show"),
        _reinstall())
    return [Check(names[0], OK, translate("SelfTest", "'{platform}' platform plugin loaded").format(
                platform=result["platform"])), fonts, svg,
            _modules_check(names[3], result["missing"])]


# -- modules: the app's own (some imported lazily) and those libraries pick at run time --------------------------


def _modules_check(name: str, missing: list[str]) -> Check:
    return Check(name, FAILED, "; ".join(missing), _reinstall()) if missing else Check(
        name, OK, translate("SelfTest", "all present"))


def _present(module: str) -> bool:
    """Whether ``module`` is there, found without running its packages' code (pynput's needs a display)."""
    parts = module.split(".")
    spec = importlib.util.find_spec(parts[0])
    for depth in range(2, len(parts) + 1):
        if spec is None or not spec.submodule_search_locations:
            return False
        spec = importlib.machinery.PathFinder.find_spec(".".join(parts[:depth]), list(spec.submodule_search_locations))
    return spec is not None


def check_modules() -> Check:
    missing = import_all(lambda name: not is_qt_module(name))
    missing += [translate("SelfTest", "{module}: not found").format(module=module)
                for module in RUNTIME_MODULES.get(sys.platform, []) if not _present(module)]
    try:
        import openai  # its resources load on first use, as the AI drafts' first request would

        openai.OpenAI(api_key="self-test", base_url="http://127.0.0.1:9/v1").chat.completions.create  # noqa: B018
    except Exception as exc:
        missing.append(f"openai: {exc.__class__.__name__}: {exc}")
    try:  # its data file, read on first use, as the AI link check would when ai_allowed_domains is set
        if not is_public_suffix("co.uk"):
            missing.append("publicsuffixlist: the list does not know co.uk")
    except Exception as exc:
        missing.append(f"publicsuffixlist: {exc.__class__.__name__}: {exc}")
    return _modules_check("app modules", missing)


# -- storage, settings, keychain, policy -----------------------------------------------------------------------


def check_sqlite() -> Check:
    """The knowledge base and the session search need FTS5 with the tokenizer the app uses."""
    try:
        with closing(sqlite3.connect(":memory:")) as db:
            db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
            db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
            db.execute("INSERT INTO t VALUES ('Café ouvert'), ('החשבונית שלי')")
            hits = db.execute("SELECT count(*) FROM t WHERE t MATCH 'cafe OR החשבונית'").fetchone()[0]
        problem = "" if hits == 2 else translate("SelfTest", "full-text search found {hits} of 2 rows").format(
            hits=hits)
    except sqlite3.Error as exc:
        problem = str(exc)
    if problem:
        return Check("SQLite FTS5", FAILED, f"SQLite {sqlite3.sqlite_version}: {problem}",
                     translate("SelfTest", "Use a Python whose sqlite3 has FTS5 (SQLite 3.27 or later; python.org "
                                           "builds and the bundle do)."))
    return Check("SQLite FTS5", OK, translate("SelfTest", "SQLite {version} with FTS5").format(
        version=sqlite3.sqlite_version))


def check_data_dir() -> Check:
    """Data, settings and logs must all be writable, or sessions and preferences are lost."""
    folder: Path | str = os.environ.get("COPILOT_DATA_DIR") or translate("SelfTest", "the data folder")
    try:
        for make in (paths.data_dir, paths.config_dir, paths.log_dir):
            folder = make()
            handle, name = tempfile.mkstemp(prefix=".self-test-", dir=folder)
            os.close(handle)
            os.remove(name)
        free_gb = shutil.disk_usage(paths.data_dir()).free / 1e9
    except OSError as exc:
        return Check("data folder", FAILED, translate("SelfTest", "cannot write in {folder}: {reason}").format(
            folder=exc.filename or folder, reason=exc.strerror or exc),
                     translate("SelfTest", "Give this user write access there, or point COPILOT_DATA_DIR at a "
                                           "writable folder."))
    return Check("data folder", OK, translate("SelfTest", "{folder} is writable ({gb} GB free)").format(
        folder=paths.data_dir(), gb=f"{free_gb:.1f}"))


def check_databases(settings: Mapping[str, Any]) -> Check:
    """The session record and the knowledge base, read-only: a damaged file is named, never "all passed"."""
    from copilot.record.storage import damage

    problems, sound = [], []
    for what, path in ((translate("SelfTest", "session database"), paths.database_path()),
                       (translate("SelfTest", "knowledge base"), paths.knowledge_path(settings["knowledge_path"]))):
        if not path.exists():
            continue
        try:
            found = damage(path)
        except KnownError as exc:
            problems.append(f"{what}: {exc}")
            continue
        if found:
            problems.append(translate("SelfTest", "{what} {path} is damaged ({found})").format(
                what=what, path=path, found=found))
        else:
            sound.append(f"{what} {path}")
    if problems:
        return Check("databases", FAILED, "; ".join(problems),
                     translate("SelfTest", "The panel sets a damaged session database aside at its next start and "
                                           "begins a new one; re-import the articles for a damaged knowledge base "
                                           "('copilot kb import')."))
    return Check("databases", OK, ", ".join(translate("SelfTest", "{database}: sound").format(database=s)
                                            for s in sound) or translate("SelfTest", "none yet"))


def load_settings() -> tuple[Mapping[str, Any], Check]:
    """The settings the panel would run with (the defaults when they cannot be read), and what reading found."""
    from copilot.config.options import OPTIONS
    from copilot.config.settings import Settings

    try:
        settings = Settings()
    except OSError as exc:
        defaults = {name: option.default for name, option in OPTIONS.items()}
        return defaults, Check("settings", WARNING, translate("SelfTest", "not read ({reason}); the checks below use "
                                                                          "the defaults").format(reason=exc))
    if settings.problems:
        return settings.values, Check("settings", WARNING, "; ".join(settings.problems),
                                      translate("SelfTest", "Correct or remove those values (settings.json, or IT's "
                                                            "policy file)."))
    if not settings.path.parent.is_dir():
        return settings.values, Check("settings", WARNING, translate(
            "SelfTest", "the settings folder {folder} cannot be made: the defaults apply and changes cannot be "
                        "saved").format(folder=settings.path.parent),
                                      translate("SelfTest", "Give this user write access there, or point "
                                                            "COPILOT_DATA_DIR elsewhere."))
    return settings.values, Check("settings", OK, str(settings.path) if settings.path.exists()
                                  else translate("SelfTest", "defaults"))


def check_policy() -> Check:
    from copilot.config.policy import PolicyError, policy_path, read_policy

    path = policy_path()
    try:
        policy = read_policy(path)
    except PolicyError as exc:
        return Check("policy file", FAILED, str(exc), translate("SelfTest", "Correct the policy file; until then the "
                                                                            "panel runs in its safest mode (no AI "
                                                                            "drafts, local API, clipboard capture, "
                                                                            "hotkeys or pasting)."))
    if not policy.exists:
        return Check("policy file", OK, translate("SelfTest", "none at {path}: the user's settings apply").format(
            path=path))
    detail = translate("SelfTest", "{path}: {locked} settings locked, {defaults} defaults").format(
        path=path, locked=len(policy.locked), defaults=len(policy.defaults))
    editable = _editable_by_others(path)
    if editable:
        return Check("policy file", WARNING, detail, translate(
            "SelfTest", "{what} can be changed by users other than an administrator, who could lift its locks: "
                        "make it writable by administrators only (chmod go-w, owner root).").format(what=editable))
    return Check("policy file", OK, detail)


def _editable_by_others(path: Path) -> str | None:
    """The policy file or its folder, if someone other than an administrator may change it (POSIX: owned by
    another user than root, or writable by its group or everyone; a writable folder lets anyone replace the
    file). Windows keeps this in ACLs, which the installer sets: not checked there."""
    if os.name != "posix":
        return None
    for place in (path, path.parent):
        try:
            info = place.stat()
        except OSError:
            continue
        if info.st_uid != 0 or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not info.st_mode & stat.S_ISVTX:
            return str(place)
    return None


def check_keyring(allow_missing: bool = False) -> Check:
    """A round trip under a throwaway name. ``allow_missing``: "no keychain here" is a warning (CI, servers)."""
    status = WARNING if allow_missing else FAILED
    fix = translate("SelfTest", "Features that need a secret (local API token, model key) stay off. Windows and "
                                "macOS have a keychain; on Linux run a Secret Service (GNOME Keyring or KWallet) in "
                                "the desktop session.")
    try:
        import keyring
        import keyring.backends.fail

        backend = keyring.get_keyring()
    except Exception as exc:  # a keyringrc.cfg or PYTHON_KEYRING_BACKEND naming a backend that cannot load
        return Check("keychain", FAILED, translate("SelfTest", "the configured keyring backend cannot be loaded "
                                                               "({error})").format(
            error=f"{exc.__class__.__name__}: {exc}"),
                     translate("SelfTest", "Correct or remove the backend named in keyringrc.cfg or "
                                           "PYTHON_KEYRING_BACKEND."))
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    if isinstance(backend, keyring.backends.fail.Keyring):
        return Check("keychain", status, translate("SelfTest", "no OS keychain ({why})").format(why=_unusable()), fix)
    service, user, value = "AgentCopilot-self-test", f"probe-{secrets.token_hex(4)}", secrets.token_urlsafe(12)
    try:
        keyring.set_password(service, user, value)
        back = keyring.get_password(service, user)
        keyring.delete_password(service, user)
    except Exception as exc:  # KeyringError, or a backend's own (D-Bus, Security framework) exception types
        return Check("keychain", status, translate("SelfTest", "{backend} refused a test secret ({error})").format(
            backend=name, error=f"{exc.__class__.__name__}: {exc}"), fix)
    if back != value:
        return Check("keychain", FAILED, translate("SelfTest", "{backend} did not return the test secret it "
                                                               "stored").format(backend=name), fix)
    return Check("keychain", OK, translate("SelfTest", "{backend} stores and returns secrets").format(backend=name))


def _unusable() -> str:
    """Why this OS's backend was passed over: asking for its ``priority`` raises with the reason."""
    module_name = RUNTIME_MODULES.get(sys.platform, ["keyring has no backend for this OS"])[0]
    try:
        priority = importlib.import_module(module_name).Keyring.priority
    except Exception as exc:  # each backend says why in an exception type of its own
        return f"{module_name}: {exc}"
    return f"{module_name} has priority {priority}, too low to be chosen"


# -- network -------------------------------------------------------------------------------------------------


def check_port(settings: Mapping[str, Any]) -> Check:
    """The local API's port on its bind address: free, or already served by a running panel."""
    if not settings["api_enabled"]:
        return Check("local API port", SKIPPED, translate("SelfTest", "the local API is off (api_enabled is false)"))
    host, port = settings["api_bind"] or "127.0.0.1", settings["api_port"]
    if port == 0:
        return Check("local API port", SKIPPED, translate("SelfTest", "api_port is 0: the API takes any free port"))
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            if os.name != "nt":  # as the API's server does; on Windows the flag would let two share a port
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        if _serves_copilot(host, port):
            return Check("local API port", OK, translate("SelfTest", "{address} is served by a running Agent Copilot "
                                                                     "panel").format(address=f"{host}:{port}"))
        owner = _port_owner(port)
        return Check("local API port", FAILED,
                     translate("SelfTest", "{address} is taken by {owner}").format(address=f"{host}:{port}",
                                                                                  owner=owner) if owner
                     else translate("SelfTest", "{address} cannot be used ({reason})").format(
                         address=f"{host}:{port}", reason=exc),
                     translate("SelfTest", "Close that program, or set api_port to a free port (and tell the CRM "
                                           "integration)."))
    return Check("local API port", OK, translate("SelfTest", "{address} is free").format(address=f"{host}:{port}"))


def _serves_copilot(host: str, port: int) -> bool:
    import urllib.request

    address = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)
    url = f"http://[{address}]:{port}/v1/health" if ":" in address else f"http://{address}:{port}/v1/health"
    try:
        with urllib.request.urlopen(url, timeout=1) as response:  # a loopback URL built here
            return bool(json.loads(response.read(4096)).get("status") == "ok")
    except (OSError, ValueError, AttributeError):
        return False


def _port_owner(port: int) -> str | None:
    """Which program listens on ``port``, where the OS tells without special rights; else None."""
    if sys.platform.startswith("linux"):
        return _linux_port_owner(port)
    windows = os.name == "nt"
    command = ["netstat", "-ano", "-p", "TCP"] if windows else ["lsof", "-nP", f"-iTCP:{port}", "-sTCP:LISTEN", "-Fpc"]
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    if windows:
        pids = [row.split()[-1] for row in out.splitlines() if "LISTENING" in row and f":{port} " in row]
        return f"process {pids[0]} (see Task Manager, Details)" if pids else None
    fields = {row[0]: row[1:] for row in out.splitlines() if row}  # lsof -F: p<pid>, c<command>
    return f"{fields.get('c', 'a program')} (pid {fields['p']})" if "p" in fields else None


def _linux_port_owner(port: int) -> str | None:
    sockets = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = [row.split() for row in Path(table).read_text().splitlines()[1:]]
        except OSError:
            continue
        sockets |= {f"socket:[{row[9]}]" for row in rows if row[3] == "0A" and int(row[1].split(":")[-1], 16) == port}
    for proc in Path("/proc").iterdir() if sockets else ():
        try:
            if proc.name.isdigit() and any(os.readlink(fd) in sockets for fd in (proc / "fd").iterdir()):
                return f"{(proc / 'comm').read_text().strip()} (pid {proc.name})"
        except OSError:
            continue  # another user's process, or gone
    return "a process of another user" if sockets else None


def check_ai(settings: Mapping[str, Any], timeout: float = AI_TIMEOUT_S) -> Check:
    """Only a TCP connect: enough to tell "server down or blocked" from "key or model wrong"."""
    url = settings["ai_base_url"]
    if not settings["ai_enabled"] or not url:
        return Check("AI endpoint", SKIPPED, translate("SelfTest", "AI drafts are off"))
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:  # a port that is no number
        host = None
    if not host:
        return Check("AI endpoint", FAILED,
                     translate("SelfTest", "ai_base_url '{url}' names no server").format(url=url),
                     translate("SelfTest", "Correct ai_base_url."))
    started = time.perf_counter()
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:
        return Check("AI endpoint", FAILED, translate("SelfTest", "cannot reach {address} ({reason})").format(
            address=f"{host}:{port}", reason=exc.strerror or exc),
                     translate("SelfTest", "Start the model server, or check ai_base_url, the firewall and the proxy."))
    return Check("AI endpoint", OK, translate("SelfTest", "{address} answers in {ms} ms ('copilot ai test' checks the "
                                                          "key and model)").format(
        address=f"{host}:{port}", ms=f"{(time.perf_counter() - started) * 1000:.0f}"))


# -- resources --------------------------------------------------------------------------------------------------


def check_resources(root: Path | None = None) -> Check:
    """Everything the app reads from resources/: playbook, scorecard, style sheet and its icons, demos."""
    from copilot.coaching.scorecard import load_template
    from copilot.playbook.file import load_playbook

    root = root or paths.resources_dir()
    problems: list[str] = []
    found: list[str] = []
    try:
        found.append(f"playbook '{load_playbook(root / 'playbooks' / 'default.toml').name}'")
    except KnownError as exc:
        problems.append(f"default playbook: {exc}")
    try:
        found.append(f"scorecard ({len(load_template(root / 'scorecards' / 'default.toml').criteria)} criteria)")
    except KnownError as exc:
        problems.append(f"scorecard template: {exc}")
    try:
        icons = sorted(set(re.findall(r"@icons/([\w.-]+)", (root / "style" / "panel.qss").read_text("utf-8"))))
        problems.extend(f"icon {name} missing" for name in icons if not (root / "icons" / name).is_file())
        found.append(f"style sheet with {len(icons)} icons")
    except OSError as exc:
        problems.append(f"style sheet: {exc.strerror or exc} ({exc.filename})")
    demos = sorted((root / "demo").glob("*.json"))
    for demo in demos:
        try:
            if not all(isinstance(u["speaker"], str) and isinstance(u["text"], str)
                       for u in json.loads(demo.read_text("utf-8"))["utterances"]):
                raise TypeError(demo.name)
        except (OSError, ValueError, KeyError, TypeError):
            problems.append(translate("SelfTest", "demo {name} is not a demo conversation").format(name=demo.name))
    found.append(translate("SelfTest", "{n} demo conversations").format(n=len(demos)))
    if not demos:
        problems.append(translate("SelfTest", "no demo conversations"))
    if problems:
        return Check("resources", FAILED, f"{root}: " + "; ".join(problems),
                     _reinstall() if getattr(sys, "frozen", False)
                     else translate("SelfTest", "Restore the checkout's resources/ folder."))
    return Check("resources", OK, f"{root}: " + ", ".join(found))


# -- the whole run, and its report --------------------------------------------------------------------------------


def run_checks(*, resources: Path | None = None, allow_no_keyring: bool = False) -> list[Check]:
    """Every check, each on its own: a check that breaks is reported as a failed check, never a traceback."""
    checks = [*_guarded("Qt platform", lambda: check_qt())]
    for name, check in (("app modules", check_modules), ("SQLite FTS5", check_sqlite), ("data folder", check_data_dir)):
        checks += _guarded(name, lambda check=check: [check()])
    try:
        settings, settings_check = load_settings()
    except Exception as exc:  # not even the defaults: every check below is told so
        from copilot.config.options import OPTIONS

        settings = {name: option.default for name, option in OPTIONS.items()}
        settings_check = _broken("settings", exc)
    checks.append(settings_check)
    for name, later in (("databases", lambda: check_databases(settings)), ("policy file", check_policy),
                        ("keychain", lambda: check_keyring(allow_no_keyring)), ("local API port",
                        lambda: check_port(settings)), ("resources", lambda: check_resources(resources)),
                        ("AI endpoint", lambda: check_ai(settings))):
        checks += _guarded(name, lambda later=later: [later()])
    return checks


def _guarded(name: str, run: Any) -> list[Check]:
    try:
        return list(run())
    except Exception as exc:  # a keyring backend that cannot load, a broken file, a library's own error
        return [_broken(name, exc)]


def _broken(name: str, exc: Exception) -> Check:
    return Check(name, FAILED, translate("SelfTest", "the check could not run: {error}").format(
        error=f"{exc.__class__.__name__}: {exc}"), _reinstall() if getattr(sys, "frozen", False)
                 else translate("SelfTest", "Report this message with the self-test's output."))


def format_json(checks: list[Check]) -> str:
    return json.dumps({
        "ok": all(c.ok for c in checks), "version": __version__, "frozen": bool(getattr(sys, "frozen", False)),
        "python": platform.python_version(), "platform": platform.platform(), "checks": [c.as_dict() for c in checks],
    }, ensure_ascii=False, indent=2)


def format_text(checks: list[Check], encoding: str | None = "utf-8") -> str:
    """One line per check, with what to do under a failure; ASCII marks where the console lacks ✓ and ✗."""
    try:
        "✓✗–→".encode(encoding or "ascii")
        marks, arrow = {OK: "✓", FAILED: "✗", SKIPPED: "–", WARNING: "!"}, "→"
    except (UnicodeEncodeError, LookupError):
        marks, arrow = {OK: "ok  ", FAILED: "FAIL", SKIPPED: "skip", WARNING: "warn"}, "->"
    where = translate("SelfTest", "bundle") if getattr(sys, "frozen", False) else translate("SelfTest", "source")
    lines = [translate("SelfTest", "Agent Copilot {version} self-test ({where}, Python {python}, {system})").format(
        version=__version__, where=where, python=platform.python_version(),
        system=f"{platform.system()} {platform.release()}")]
    names = {c.name: translate("SelfTest", c.name) for c in checks}  # not translated: marked in NAMES
    width = max(len(name) for name in names.values())
    for check in checks:
        lines.append(f"{marks[check.status]} {names[check.name].ljust(width)}  {check.detail}")
        if check.status in (FAILED, WARNING) and check.fix:
            lines.append(f"{' ' * len(marks[OK])} {' ' * width}  {arrow} {check.fix}")
    failed = [names[c.name] for c in checks if not c.ok]
    lines.append(translate("SelfTest", "FAILED: {checks}").format(checks=", ".join(failed)) if failed
                 else translate("SelfTest", "All checks passed."))
    return "\n".join(lines)


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("CliHelp", "print the report as JSON, for "
                                                                                 "scripts"))
    parser.add_argument("--allow-no-keyring", action="store_true",
                        help=translate("CliHelp", "report a missing OS keychain as a warning, not a failure (CI, "
                                                  "headless servers)"))


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        "self-test", help=translate("CliHelp", "check that this computer can run Agent Copilot"),
        description=translate("CliHelp", "Check Qt, fonts, the app's modules, SQLite, the data folder, settings and "
                                         "policy, the keychain, the local API port, the bundled resources and the "
                                         "AI endpoint. Exit status 0 when every check passes (skipped ones pass)."))
    _add_arguments(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    checks = run_checks(allow_no_keyring=args.allow_no_keyring)
    if sys.stdout is None:  # the windowed program on Windows has no console: leave the report where IT looks
        text = format_json(checks) if args.json else format_text(checks)
        (paths.log_dir() / "self-test.txt").write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write((format_json(checks) if args.json else format_text(checks, sys.stdout.encoding)) + "\n")
        sys.stdout.flush()
    return 0 if all(c.ok for c in checks) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="copilot self-test")
    _add_arguments(parser)
    return run(parser.parse_args(argv))
