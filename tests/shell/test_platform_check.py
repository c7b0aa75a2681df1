"""A new Linux user's first start: with no display, or without a library Qt's platform plugin needs, the command
says what is missing and how to install it, and exits 1, never with Qt's abort (134). One package list serves the
README, .ci/run and that message."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from copilot.shell import platform_check

ROOT = Path(__file__).resolve().parents[2]


def test_without_any_display_the_panel_says_so_and_exits_1(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "copilot", "--quit-after", "0.5"], capture_output=True,
                            text=True, timeout=60, env={**env, "PYTHONPATH": str(ROOT)}, cwd=tmp_path)
    assert result.returncode == 1
    assert "no display" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "xvfb-run" in result.stderr


def test_missing_libraries_are_named_with_the_apt_line_that_installs_them():
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    why = platform_check.problem({"DISPLAY": ":0"}, platform_name="linux", missing=lambda _platform: missing)
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in why
    assert why.endswith("Install them with: sudo apt-get install libxcb-icccm4 libxcb-keysyms1")


def test_a_library_of_no_known_package_is_still_named():
    why = platform_check.problem({"DISPLAY": ":0"}, platform_name="linux",
                                 missing=lambda _platform: ["libxcb-cursor.so.0", "libweird.so.9"])
    assert "sudo apt-get install libxcb-cursor0" in why and "libweird.so.9" in why


def test_offscreen_and_other_systems_need_no_display():
    assert platform_check.problem({"QT_QPA_PLATFORM": "offscreen"}, platform_name="linux") is None
    assert platform_check.problem({}, platform_name="win32") is None


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd reads the plugin's libraries")
def test_every_library_qts_x11_plugin_loads_from_the_system_is_in_the_package_list():
    """What ``ldd`` lists for the xcb plugin on this machine, outside the C runtime, has a package in the list."""
    known = {lib for libs in platform_check.package_list().values() for lib in libs}
    qt = Path(__import__("PySide6").__file__).parent / "Qt"
    files = [qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))[:1]]
    direct: set[str] = set()
    for file in files:
        out = subprocess.run(["ldd", str(file)], capture_output=True, text=True).stdout
        direct |= {line.split()[0] for line in out.splitlines() if "=>" in line}
    wanted = {lib for lib in direct if re.match(r"lib(xcb|X11|xkbcommon|EGL|GL|fontconfig|dbus|glib|gthread)", lib)}
    assert wanted and wanted <= known, sorted(wanted - known)


def test_the_readme_and_ci_install_the_same_list():
    packages = list(platform_check.package_list())
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [line] = re.findall(r"^sudo apt-get install (.+)$", readme, re.M)
    assert line.split() == packages
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= set(packages)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "resources/linux-packages.txt" in ci
