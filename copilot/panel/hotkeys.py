"""Global hotkeys (Ctrl+Alt+1..4 by default): insert a card while the CRM keeps the focus.

A hotkey must be taken, not just heard: if the CRM also received Ctrl+Alt+1 it would type "1"
into the customer's reply. So on X11 the keys are grabbed with XGrabKey (python-xlib) and on
Windows registered with RegisterHotKey; both keep the keystroke from the focused window. The card
is inserted when the key is released, once the grab is over, so the paste that follows reaches
the CRM. Elsewhere (macOS) pynput listens, and the keystroke also reaches the focused app.
Callbacks run on the hotkeys' own thread; the panel passes a queued Qt signal. Qt-free.
"""

from __future__ import annotations

import logging
import os
import select
import sys
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger("copilot.hotkeys")
MODIFIER_NAMES = {"ctrl": "control", "control": "control", "alt": "alt", "shift": "shift", "cmd": "super",
                  "super": "super", "win": "super"}


def parse(template: str, number: int) -> tuple[set[str], str]:
    """``"<ctrl>+<alt>+{n}"`` for card 2 -> ({"control", "alt"}, "2")."""
    parts = [part.strip().strip("<>").lower() for part in template.format(n=number).split("+")]
    *modifiers, key = parts
    unknown = [m for m in modifiers if m not in MODIFIER_NAMES]
    if unknown or len(key) != 1:
        raise ValueError(f"hotkey {template!r}: use modifiers such as <ctrl>, <alt>, <shift> and one key")
    return {MODIFIER_NAMES[m] for m in modifiers}, key


class GlobalHotkeys:
    def __init__(self, template: str, on_number: Callable[[int], None]) -> None:
        self.template = template
        self.on_number = on_number
        self.reason = ""
        self._backend: Any = None

    def start(self) -> bool:
        try:
            bindings = {n: parse(self.template, n) for n in range(1, 5)}
        except ValueError as exc:
            self.reason = str(exc)
            return False
        if sys.platform.startswith("linux"):
            if not os.environ.get("DISPLAY"):
                self.reason = "no X11 display (Wayland does not allow global hotkeys for applications)"
                return False
            backend: Any = X11Grabber(bindings, self.on_number)
        elif sys.platform == "win32":
            backend = WindowsHotkeys(bindings, self.on_number)
        else:
            backend = PynputHotkeys(self.template, self.on_number)
        try:
            backend.start()
        except Exception as exc:  # a desktop that refuses: say so, keep the panel running
            self.reason = f"global hotkeys could not start ({exc.__class__.__name__}: {exc})"
            return False
        self._backend = backend
        return True

    def stop(self) -> None:
        if self._backend is not None:
            self._backend.stop()
            self._backend = None


class X11Grabber:
    def __init__(self, bindings: dict[int, tuple[set[str], str]], on_number: Callable[[int], None]) -> None:
        self.bindings = bindings
        self.on_number = on_number
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        from Xlib import XK, X, error
        from Xlib.display import Display

        self.display = Display()
        self.root = self.display.screen().root
        masks = {"control": X.ControlMask, "alt": X.Mod1Mask, "shift": X.ShiftMask, "super": X.Mod4Mask}
        self.keys: dict[int, int] = {}
        catch = error.CatchError(error.BadAccess)
        for number, (modifiers, key) in self.bindings.items():
            keycode = self.display.keysym_to_keycode(XK.string_to_keysym(key))
            mask = 0
            for modifier in modifiers:
                mask |= masks[modifier]
            self.keys[keycode] = number
            # The same keys with Caps Lock and Num Lock on (Lock, Mod2) must work too.
            for extra in (0, X.LockMask, X.Mod2Mask, X.LockMask | X.Mod2Mask):
                self.root.grab_key(keycode, mask | extra, True, X.GrabModeAsync, X.GrabModeAsync, onerror=catch)
        self.display.sync()
        if catch.get_error():
            self.display.close()
            raise RuntimeError("another program already holds these keys")
        self._thread = threading.Thread(target=self._run, name="copilot-hotkeys", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from Xlib import X

        while not self._stop.is_set():
            readable, _, _ = select.select([self.display], [], [], 0.2)
            if not readable and not self.display.pending_events():
                continue
            while self.display.pending_events():
                event = self.display.next_event()
                if event.type == X.KeyRelease and event.detail in self.keys:
                    try:
                        self.on_number(self.keys[event.detail])
                    except Exception:
                        log.exception("hotkey handler failed")

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2)
        try:
            for keycode in self.keys:
                self.root.ungrab_key(keycode, 0xFF)  # AnyModifier
            self.display.close()
        except Exception:
            log.debug("closing the X11 hotkey connection failed", exc_info=True)


class WindowsHotkeys:
    """RegisterHotKey on a thread with its own message loop; the keystroke is not passed on."""

    def __init__(self, bindings: dict[int, tuple[set[str], str]], on_number: Callable[[int], None]) -> None:
        self.bindings = bindings
        self.on_number = on_number
        self._thread: threading.Thread | None = None
        self._thread_id = 0
        self._ready = threading.Event()
        self._error: str | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="copilot-hotkeys", daemon=True)
        self._thread.start()
        self._ready.wait(5)
        if self._error:
            raise RuntimeError(self._error)

    def _run(self) -> None:
        import ctypes
        from ctypes import wintypes

        user32: Any = ctypes.windll.user32  # type: ignore[attr-defined]
        kernel32: Any = ctypes.windll.kernel32  # type: ignore[attr-defined]
        self._thread_id = kernel32.GetCurrentThreadId()
        flags = {"alt": 0x1, "control": 0x2, "shift": 0x4, "super": 0x8}
        for number, (modifiers, key) in self.bindings.items():
            mask = 0x4000  # MOD_NOREPEAT
            for modifier in modifiers:
                mask |= flags[modifier]
            if not user32.RegisterHotKey(None, number, mask, ord(key.upper())):
                self._error = "another program already holds these keys"
        self._ready.set()
        message = wintypes.MSG()
        while user32.GetMessageW(ctypes.byref(message), None, 0, 0) > 0:
            if message.message == 0x0312:  # WM_HOTKEY
                self.on_number(int(message.wParam))
        for number in self.bindings:
            user32.UnregisterHotKey(None, number)

    def stop(self) -> None:
        if self._thread is not None and self._thread_id:
            import ctypes

            ctypes.windll.user32.PostThreadMessageW(self._thread_id, 0x0012, 0, 0)  # type: ignore[attr-defined]
            self._thread.join(2)


class PynputHotkeys:
    def __init__(self, template: str, on_number: Callable[[int], None]) -> None:
        self.template = template
        self.on_number = on_number
        self.listener: Any = None

    def start(self) -> None:
        from pynput import keyboard

        bindings = {self.template.format(n=n): (lambda n=n: self.on_number(n)) for n in range(1, 5)}
        self.listener = keyboard.GlobalHotKeys(bindings)
        self.listener.start()

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
