"""Putting an inserted text where the agent types: the window used before the panel.

Pasting needs a way to bring that window back and press the paste keys there (X11: xdotool;
Windows: the Win32 API; macOS: System Events, which the user must allow under Accessibility). It is
detected at start; where it is unavailable it stays off and says why. The clipboard always works.
Qt-free: the panel calls ``paste`` from a worker thread, never from the UI thread.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from typing import Any

log = logging.getLogger("copilot.desktop")
POLL_INTERVAL = 0.4


class Paster:
    """Remembers the last window that was not the panel, and pastes into it on request."""

    available = False
    reason = "not supported on this desktop"

    def __init__(self) -> None:
        self.own_window: str | None = None
        self.last_target: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start_tracking(self, own_window: str | None) -> None:
        self.own_window = own_window
        if self.available and self._thread is None:
            self._thread = threading.Thread(target=self._track, name="copilot-foreground", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2)
            self._thread = None

    def _track(self) -> None:
        while not self._stop.wait(POLL_INTERVAL):
            try:
                window = self.foreground()
            except Exception:  # a desktop hiccup must not end the tracking
                log.debug("foreground window not readable", exc_info=True)
                continue
            if window and window != self.own_window and not self.is_own(window):
                self.last_target = window

    def is_own(self, window: str) -> bool:
        """A window of the panel's own process (its settings dialog, say) is never a paste target."""
        return False

    def foreground(self) -> str | None:
        return None

    def paste(self, refocus: bool) -> bool:
        """Paste the clipboard into the remembered window (``refocus``) or the focused one."""
        return False


class X11Paster(Paster):
    available = True
    reason = ""

    def __init__(self, xdotool: str) -> None:
        super().__init__()
        self.xdotool = xdotool

    def _run(self, *args: str) -> str:
        result = subprocess.run([self.xdotool, *args], capture_output=True, text=True, timeout=3, check=False)
        return (result.stdout.strip() or "ok") if result.returncode == 0 else ""

    def foreground(self) -> str | None:
        # getactivewindow needs a window manager that publishes _NET_ACTIVE_WINDOW; focus always works.
        window = self._run("getactivewindow") or self._run("getwindowfocus")
        return window if window and window != "ok" else None

    def is_own(self, window: str) -> bool:
        return self._run("getwindowpid", window) == str(os.getpid())

    def paste(self, refocus: bool) -> bool:
        target = self.last_target if refocus else None
        if refocus and not target:
            return False
        if target and not (self._run("windowactivate", "--sync", target)
                           or self._run("windowfocus", "--sync", target)):
            self.last_target = None  # the window is gone: never paste into whatever has focus instead
            return False
        result = subprocess.run([self.xdotool, "key", "--clearmodifiers", "ctrl+v"], capture_output=True,
                                timeout=3, check=False)
        return result.returncode == 0


class WindowsPaster(Paster):
    available = True
    reason = ""

    def __init__(self) -> None:
        super().__init__()
        import ctypes

        self.user32: Any = ctypes.windll.user32  # type: ignore[attr-defined]

    def foreground(self) -> str | None:
        handle = self.user32.GetForegroundWindow()
        return str(handle) if handle else None

    def is_own(self, window: str) -> bool:
        import ctypes

        pid = ctypes.c_ulong()
        self.user32.GetWindowThreadProcessId(int(window), ctypes.byref(pid))
        return pid.value == os.getpid()

    def paste(self, refocus: bool) -> bool:
        if refocus:
            if not self.last_target or not self.user32.SetForegroundWindow(int(self.last_target)):
                self.last_target = None
                return False
            time.sleep(0.05)
        control, key_v, key_up = 0x11, 0x56, 0x0002
        for key, flags in ((control, 0), (key_v, 0), (key_v, key_up), (control, key_up)):
            self.user32.keybd_event(key, 0, flags, 0)
        return True


class MacPaster(Paster):
    available = True
    reason = ""

    def _osascript(self, script: str) -> str:
        result = subprocess.run(["osascript", "-e", script], capture_output=True, text=True, timeout=3, check=False)
        return result.stdout.strip() if result.returncode == 0 else ""

    def foreground(self) -> str | None:
        return self._osascript('tell application "System Events" to get name of first application process '
                               "whose frontmost is true") or None

    def is_own(self, window: str) -> bool:
        pid = self._osascript(f'tell application "System Events" to get unix id of application process "{window}"')
        return pid == str(os.getpid())

    def paste(self, refocus: bool) -> bool:
        if refocus:
            if not self.last_target:
                return False
            self._osascript(f'tell application "{self.last_target}" to activate')
        return bool(self._osascript('tell application "System Events" to keystroke "v" using command down') or True)


def detect_paster() -> Paster:
    """The way to paste on this desktop, or one that says why there is none."""
    if sys.platform == "win32":
        return WindowsPaster()
    if sys.platform == "darwin":
        return MacPaster() if shutil.which("osascript") else _unavailable("osascript was not found")
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return _unavailable("Wayland does not let applications type into other windows")
    if not os.environ.get("DISPLAY"):
        return _unavailable("no X11 display")
    xdotool = shutil.which("xdotool")
    return X11Paster(xdotool) if xdotool else _unavailable("xdotool is not installed")


def _unavailable(reason: str) -> Paster:
    paster = Paster()
    paster.reason = reason
    return paster
