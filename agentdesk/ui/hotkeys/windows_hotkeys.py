"""Global shortcuts on Windows: RegisterHotKey, with WM_HOTKEY read by a native event filter.

The hot keys are registered to a hidden native window of our own rather than to the thread:
Windows drops thread messages while a modal loop runs (a window being dragged, a native
menu open), but still dispatches window messages. RegisterHotKey fails with
ERROR_HOTKEY_ALREADY_REGISTERED when another application holds the chord: that is "taken".

Import this module on Windows only (the selection does); the key translation it relies on
is :func:`agentdesk.ui.hotkeys.key_chords.windows_hotkey`, tested everywhere.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Mapping
from ctypes import wintypes
from typing import Final

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject
from PySide6.QtGui import QWindow

from agentdesk.ui.hotkeys.global_shortcuts import GlobalShortcuts
from agentdesk.ui.hotkeys.key_chords import UnsupportedChordError, parse_chord, windows_hotkey

# Also tells mypy that what follows is Windows code (checked with `mypy --platform win32`).
assert sys.platform == "win32"

log = logging.getLogger(__name__)

WM_HOTKEY: Final = 0x0312
MOD_NOREPEAT: Final = 0x4000  # one WM_HOTKEY per press, however long the key is held
ERROR_HOTKEY_ALREADY_REGISTERED: Final = 1409
# Qt's names for a native message: from the event dispatcher, and from a window's procedure.
_MESSAGE_TYPES: Final = (b"windows_dispatcher_MSG", b"windows_generic_MSG")

_user32 = ctypes.WinDLL("user32", use_last_error=True)
_user32.RegisterHotKey.argtypes = (wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT)
_user32.RegisterHotKey.restype = wintypes.BOOL
_user32.UnregisterHotKey.argtypes = (wintypes.HWND, ctypes.c_int)
_user32.UnregisterHotKey.restype = wintypes.BOOL


class _HotkeyFilter(QAbstractNativeEventFilter):
    def __init__(self, owner: WindowsHotkeys) -> None:
        super().__init__()
        self._owner = owner

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        if QByteArray(event_type).data() in _MESSAGE_TYPES and message:
            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_HOTKEY and msg.hWnd == self._owner.hwnd:
                self._owner.hotkey_pressed(int(msg.wParam))
                return True, 0
        return False, 0


class WindowsHotkeys(GlobalShortcuts):
    """Global shortcuts through RegisterHotKey (see the module docstring).

    Raises ``OSError`` from the constructor when user32 is unusable.
    """

    mechanism = "windows"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = QWindow()
        self._window.create()
        self.hwnd = int(self._window.winId())
        self._ids: dict[int, str] = {}  # hot key id -> action id
        self._filter = _HotkeyFilter(self)
        application = QCoreApplication.instance()
        if application is None:
            raise OSError("no QApplication to receive WM_HOTKEY")
        application.installNativeEventFilter(self._filter)
        self._closed = False

    def bind(self, shortcuts: Mapping[str, str]) -> None:
        if self._closed:
            return
        self._unregister_all()
        bound: dict[str, str] = {}
        taken: dict[str, str] = {}
        chords: dict[tuple[int, int], str] = {}
        for action, text in shortcuts.items():
            try:
                chord = parse_chord(text)
            except UnsupportedChordError as refused:
                taken[action] = str(refused)
                continue
            if chord is None:
                continue
            modifiers, vk = windows_hotkey(chord)
            if (modifiers, vk) in chords:
                taken[action] = f"{text} is already the shortcut for {chords[modifiers, vk]}"
                continue
            hotkey_id = len(self._ids) + 1  # 0x0000-0xBFFF belong to applications
            if _user32.RegisterHotKey(self.hwnd, hotkey_id, modifiers | MOD_NOREPEAT, vk):
                self._ids[hotkey_id] = action
                chords[modifiers, vk] = action
                bound[action] = text
                continue
            code = ctypes.get_last_error()
            if code == ERROR_HOTKEY_ALREADY_REGISTERED:
                taken[action] = f"Another application already uses {text}"
            else:
                log.warning("RegisterHotKey(%s) failed: %s", text, ctypes.FormatError(code))
                taken[action] = f"Windows refused {text}: {ctypes.FormatError(code)}"
        self._settle(bound, taken)

    def hotkey_pressed(self, hotkey_id: int) -> None:
        action = self._ids.get(hotkey_id)
        if action is not None:
            self.activated.emit(action)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._unregister_all()
        application = QCoreApplication.instance()
        if application is not None:
            application.removeNativeEventFilter(self._filter)
        self._window.destroy()

    def _unregister_all(self) -> None:
        for hotkey_id in self._ids:
            _user32.UnregisterHotKey(self.hwnd, hotkey_id)
        self._ids.clear()
