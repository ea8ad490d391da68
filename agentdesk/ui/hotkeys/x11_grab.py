"""Global shortcuts on X11: passive key grabs on the root window (XGrabKey).

A grab matches the modifier state exactly, so each chord is grabbed four times, with and
without CapsLock and NumLock, or it would stop working whenever either lock is on. The X
server refuses a grab another client holds with BadAccess; that is how we learn a key is taken.

Events are read when the display connection's socket is readable (a QSocketNotifier): no
thread, and nothing blocks the Qt loop except the short round trip that collects the grabs'
errors when shortcuts are bound.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier
from Xlib import XK, X, error
from Xlib.display import Display

from agentdesk.ui.hotkeys.global_shortcuts import GlobalShortcuts
from agentdesk.ui.hotkeys.key_chords import X11_MASKS, UnsupportedChordError, parse_chord, x11_grab

log = logging.getLogger(__name__)

_LOST = "The X display connection was lost"
_CHORD_MASK = 0
for _mask in X11_MASKS.values():
    _CHORD_MASK |= _mask


class X11KeyGrab(GlobalShortcuts):
    """Global shortcuts through key grabs on an X display (see the module docstring).

    Raises ``Xlib.error.DisplayError`` (or ``OSError``) from the constructor when the display
    cannot be opened; :func:`create_global_shortcuts` then tries the next mechanism.
    """

    mechanism = "x11"

    def __init__(self, display_name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._display: Any = Display(display_name)
        self._root: Any = self._display.screen().root
        self._lock_masks = self._lock_variants()
        self._grabs: dict[tuple[int, int], str] = {}  # (keycode, chord mask) -> action id
        self._requested: dict[str, str] = {}
        # X repeats a held key as release + press with the same timestamp; one press of a
        # shortcut must act once, however long the agent holds it.
        self._last_release: dict[int, int] = {}
        self._closed = False
        self._notifier = QSocketNotifier(self._display.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read_events)

    def bind(self, shortcuts: Mapping[str, str]) -> None:
        self._requested = dict(shortcuts)
        if self._closed:
            self._settle({}, {action: _LOST for action, text in shortcuts.items() if text})
            return
        bound: dict[str, str] = {}
        taken: dict[str, str] = {}
        by_chord: dict[tuple[int, int], str] = {}
        try:
            self._ungrab_all()
            for action, text in shortcuts.items():
                reason = self._grab_one(action, text, by_chord)
                if reason:
                    taken[action] = reason
                elif text.strip():
                    bound[action] = text
        except error.ConnectionClosedError:
            log.warning("the X display closed while binding shortcuts")
            self._lost_display()
            return
        self._settle(bound, taken)
        # The round trips above may have read events into Xlib's queue, which the socket
        # notifier will not announce again.
        self._read_events()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._notifier.setEnabled(False)
        try:
            self._ungrab_all()
            self._display.close()
        except (error.ConnectionClosedError, OSError):
            pass

    def _grab_one(self, action: str, text: str, by_chord: dict[tuple[int, int], str]) -> str:
        """Grab ``text`` for ``action``; an empty string, or why the key is not ours."""
        try:
            chord = parse_chord(text)
        except UnsupportedChordError as refused:
            return str(refused)
        if chord is None:
            return ""
        mask, keysym = x11_grab(chord)
        keycode = self._display.keysym_to_keycode(keysym)
        if not keycode:
            return f"This keyboard has no key for {text}"
        if (keycode, mask) in by_chord:
            return f"{text} is already the shortcut for {by_chord[keycode, mask]}"
        catcher = error.CatchError(error.BadAccess)
        for locks in self._lock_masks:
            self._root.grab_key(
                keycode, mask | locks, False, X.GrabModeAsync, X.GrabModeAsync, onerror=catcher
            )
        self._display.sync()
        if catcher.get_error() is not None:
            self._ungrab(keycode, mask)
            log.info("X11: %s is grabbed by another application", text)
            return f"Another application already uses {text}"
        by_chord[keycode, mask] = action
        self._grabs[keycode, mask] = action
        return ""

    def _ungrab(self, keycode: int, mask: int) -> None:
        # Ungrabbing only ever releases our own grabs, so this is safe for a key another
        # client holds in some of the lock variants.
        catcher = error.CatchError()
        for locks in self._lock_masks:
            self._root.ungrab_key(keycode, mask | locks, onerror=catcher)

    def _ungrab_all(self) -> None:
        for keycode, mask in self._grabs:
            self._ungrab(keycode, mask)
        self._grabs.clear()
        self._display.sync()

    def _lock_variants(self) -> tuple[int, ...]:
        num_lock = 0
        num_lock_keycode = self._display.keysym_to_keycode(XK.string_to_keysym("Num_Lock"))
        if num_lock_keycode:
            for index, keycodes in enumerate(self._display.get_modifier_mapping()):
                if num_lock_keycode in keycodes:
                    num_lock = 1 << index
        variants = {0, X.LockMask, num_lock, X.LockMask | num_lock}
        return tuple(sorted(variants))

    def _read_events(self) -> None:
        if self._closed:
            return
        try:
            while self._display.pending_events():
                self._handle(self._display.next_event())
        except error.ConnectionClosedError:
            log.warning("the X display closed; global shortcuts stopped")
            self._lost_display()

    def _handle(self, event: Any) -> None:
        if event.type == X.KeyRelease:
            self._last_release[event.detail] = event.time
        elif event.type == X.KeyPress:
            if self._last_release.get(event.detail) == event.time:
                return
            action = self._grabs.get((event.detail, event.state & _CHORD_MASK))
            if action is not None:
                self.activated.emit(action)
        elif event.type == X.MappingNotify:
            # Another layout means other keycodes (and maybe another NumLock): grab again.
            self._display.refresh_keyboard_mapping(event)
            if event.request in (X.MappingKeyboard, X.MappingModifier):
                self._ungrab_all()
                self._lock_masks = self._lock_variants()
                self.bind(self._requested)

    def _lost_display(self) -> None:
        self._closed = True
        self._notifier.setEnabled(False)
        self._grabs.clear()
        self._settle({}, {action: _LOST for action, text in self._requested.items() if text})
