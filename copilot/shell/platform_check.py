"""Before Qt starts on Linux: is there a display, and can Qt's platform plugin load?

Without either, Qt prints a line that blames the wrong library ("xcb-cursor0 ... is needed") and aborts the
process (exit 134) before Python can say anything. Here the plugin's libraries are looked up with ``ldd`` first,
each missing one is named with the Debian/Ubuntu package that provides it (``resources/linux-packages.txt``, the
list the README and .ci/run use too), and the command exits 1 with the apt-get line to run. Qt is not imported:
the plugin is found on disk.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from copilot.config import paths
from copilot.errors import KnownError


class NoPlatform(KnownError):
    """Qt could not show a window here; the message says what is missing and how to get it."""


def package_list() -> dict[str, list[str]]:
    """Each package of ``resources/linux-packages.txt`` with the libraries it provides."""
    packages: dict[str, list[str]] = {}
    for line in (paths.resources_dir() / "linux-packages.txt").read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            packages[words[0]] = words[1:]
    return packages


def _qt_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def missing_libraries(platform: str = "xcb") -> list[str]:
    """The libraries ``ldd`` cannot find for Qt's ``platform`` plugin and its Qt library (empty when it cannot
    tell: no ``ldd``, or no plugin on disk, as in some bundles)."""
    qt = _qt_dir()
    ldd = shutil.which("ldd")
    if qt is None or ldd is None:
        return []
    files = [qt / "plugins" / "platforms" / f"libq{platform}.so"]
    files += sorted((qt / "lib").glob("libQt6XcbQpa.so*"))[:1] if platform == "xcb" else []
    missing: list[str] = []
    for file in files:
        if not file.exists():
            continue
        try:
            out = subprocess.run([ldd, str(file)], capture_output=True, text=True, timeout=20).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        for line in out.splitlines():
            if "=> not found" in line:
                soname = line.split("=>")[0].strip()
                if soname not in missing:
                    missing.append(soname)
    return missing


def problem(environ: Mapping[str, str] | None = None, *, platform_name: str = sys.platform,
            missing: Callable[[str], list[str]] = missing_libraries) -> str | None:
    """Why Qt would not start here, in words and with the command that fixes it; None when it should start."""
    environ = os.environ if environ is None else environ
    if not platform_name.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if chosen and chosen not in ("xcb", "wayland"):
        return None  # offscreen, vnc, minimal...: no display needed, nothing to check
    if not chosen:
        if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
            return ("there is no display to show the panel on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                    "Run it from a desktop session; on a server, use xvfb-run (xvfb-run copilot ...) or "
                    "QT_QPA_PLATFORM=offscreen for a screenshot or a report without a window.")
        chosen = "xcb" if environ.get("DISPLAY") else "wayland"
    lacking = missing(chosen)
    if not lacking:
        return _unreachable_display(environ) if chosen == "xcb" else None
    by_library = {library: package for package, libraries in package_list().items() for library in libraries}
    packages = list(dict.fromkeys(by_library[name] for name in lacking if name in by_library))
    unknown = [name for name in lacking if name not in by_library]
    fix = f" Install them with: sudo apt-get install {' '.join(packages)}" if packages else ""
    if unknown:
        fix += f"{';' if fix else ''} find the package{'s' if len(unknown) > 1 else ''} for {', '.join(unknown)} " \
               "with your distribution's package search."
    return (f"Qt cannot load its {chosen} platform: this computer lacks {', '.join(lacking)}.{fix}")


def _unreachable_display(environ: Mapping[str, str]) -> str | None:
    """Qt aborts when DISPLAY names an X server it cannot reach (none running, or not this user's); libxcb, which
    the check above found, answers that in a millisecond."""
    display = environ.get("DISPLAY", "")
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode() or None, None)
    try:
        failed = xcb.xcb_connection_has_error(connection)
    finally:
        xcb.xcb_disconnect(connection)
    if not failed:
        return None
    return (f"the display DISPLAY={display} cannot be reached (no X server there, or this user may not use it). "
            "Run it from a desktop session; on a server, use xvfb-run (xvfb-run copilot ...) or "
            "QT_QPA_PLATFORM=offscreen for a screenshot or a report without a window.")


def require_platform() -> None:
    """``NoPlatform`` when Qt would abort on start; called before the first QApplication."""
    why = problem()
    if why:
        raise NoPlatform(why)
