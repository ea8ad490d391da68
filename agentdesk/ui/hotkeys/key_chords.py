"""One key chord (modifiers + one key) read from portable QKeySequence text, and its spelling
for each mechanism: an X11 grab (modifier mask, keysym), the desktop portal's
``preferred_trigger`` (the XDG shortcuts spec's "CTRL+ALT+a") and Windows' RegisterHotKey
(modifier flags, virtual-key code).

Only keys with the same meaning on every layout's unshifted level are offered: letters,
digits, F-keys, navigation keys and the US punctuation keys. A shifted symbol ("!") would
name a different physical key per layout, so it is refused rather than bound to a surprise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, NamedTuple

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

CTRL: Final = "ctrl"
ALT: Final = "alt"
SHIFT: Final = "shift"
META: Final = "meta"  # Qt's Meta: the Super / Windows / logo key

_QT_MODIFIERS: Final = (
    (Qt.KeyboardModifier.ControlModifier, CTRL),
    (Qt.KeyboardModifier.AltModifier, ALT),
    (Qt.KeyboardModifier.ShiftModifier, SHIFT),
    (Qt.KeyboardModifier.MetaModifier, META),
)

# X11 core protocol masks (X.h): Shift, Control, Mod1 (Alt), Mod4 (Super) on every
# keymap a desktop ships today.
X11_MASKS: Final = {SHIFT: 1 << 0, CTRL: 1 << 2, ALT: 1 << 3, META: 1 << 6}
# The XDG shortcuts spec's modifier names, in the order the portal's examples use.
PORTAL_MODIFIERS: Final = ((CTRL, "CTRL"), (ALT, "ALT"), (SHIFT, "SHIFT"), (META, "LOGO"))
# winuser.h MOD_* flags.
WINDOWS_MODIFIERS: Final = {ALT: 0x0001, CTRL: 0x0002, SHIFT: 0x0004, META: 0x0008}


class KeyNames(NamedTuple):
    """One key's name in each mechanism's vocabulary."""

    x11_keysym: int
    xkb_name: str  # keysym name, as the XDG shortcuts spec wants it
    windows_vk: int


def _key_table() -> dict[int, KeyNames]:
    table: dict[int, KeyNames] = {}
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        # Qt names letters by their capital; X11 and xkb by the unshifted (small) one.
        table[ord(letter)] = KeyNames(ord(letter.lower()), letter.lower(), ord(letter))
    for digit in "0123456789":
        table[ord(digit)] = KeyNames(ord(digit), digit, ord(digit))
    for number in range(1, 25):
        table[Qt.Key.Key_F1.value + number - 1] = KeyNames(
            0xFFBE + number - 1, f"F{number}", 0x70 + number - 1
        )
    # Latin-1 punctuation: Qt key == keysym == code point; VK_OEM_* are the US positions.
    for char, name, vk in (
        (" ", "space", 0x20),
        (",", "comma", 0xBC),
        ("-", "minus", 0xBD),
        (".", "period", 0xBE),
        ("/", "slash", 0xBF),
        (";", "semicolon", 0xBA),
        ("=", "equal", 0xBB),
        ("[", "bracketleft", 0xDB),
        ("\\", "backslash", 0xDC),
        ("]", "bracketright", 0xDD),
        ("`", "grave", 0xC0),
        ("'", "apostrophe", 0xDE),
    ):
        table[ord(char)] = KeyNames(ord(char), name, vk)
    for key, keysym, name, vk in (
        (Qt.Key.Key_Escape, 0xFF1B, "Escape", 0x1B),
        (Qt.Key.Key_Tab, 0xFF09, "Tab", 0x09),
        (Qt.Key.Key_Backspace, 0xFF08, "BackSpace", 0x08),
        (Qt.Key.Key_Return, 0xFF0D, "Return", 0x0D),
        (Qt.Key.Key_Enter, 0xFF8D, "KP_Enter", 0x0D),
        (Qt.Key.Key_Insert, 0xFF63, "Insert", 0x2D),
        (Qt.Key.Key_Delete, 0xFFFF, "Delete", 0x2E),
        (Qt.Key.Key_Pause, 0xFF13, "Pause", 0x13),
        (Qt.Key.Key_Print, 0xFF61, "Print", 0x2C),
        (Qt.Key.Key_Home, 0xFF50, "Home", 0x24),
        (Qt.Key.Key_End, 0xFF57, "End", 0x23),
        (Qt.Key.Key_Left, 0xFF51, "Left", 0x25),
        (Qt.Key.Key_Up, 0xFF52, "Up", 0x26),
        (Qt.Key.Key_Right, 0xFF53, "Right", 0x27),
        (Qt.Key.Key_Down, 0xFF54, "Down", 0x28),
        (Qt.Key.Key_PageUp, 0xFF55, "Prior", 0x21),
        (Qt.Key.Key_PageDown, 0xFF56, "Next", 0x22),
        (Qt.Key.Key_Menu, 0xFF67, "Menu", 0x5D),
    ):
        table[key.value] = KeyNames(keysym, name, vk)
    return table


KEYS: Final = _key_table()

# Keys that type nothing, so grabbing them bare does not steal anyone's typing.
_BARE_KEYS: Final = frozenset(
    [Qt.Key.Key_F1.value + n for n in range(24)] + [Qt.Key.Key_Pause.value, Qt.Key.Key_Print.value]
)


class UnsupportedChordError(ValueError):
    """The text is not one chord that a global shortcut can use; the message says why."""


@dataclass(frozen=True)
class KeyChord:
    """Modifiers held plus one key, as Qt names the key (``Qt.Key`` value)."""

    modifiers: frozenset[str]
    key: int

    @property
    def names(self) -> KeyNames:
        return KEYS[self.key]


def parse_chord(text: str) -> KeyChord | None:
    """The chord in portable QKeySequence ``text``; None when ``text`` is empty (unbound).

    Raises :class:`UnsupportedChordError` for text Qt cannot read, for more than one chord, for a
    modifier alone, for keys outside :data:`KEYS`, and for a typing key with no modifier
    other than Shift (which would take that key from every other application).
    """
    if not text.strip():
        return None
    sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
    if sequence.count() != 1:
        raise UnsupportedChordError(f"{text!r} is not a single key combination")
    combination: QKeyCombination = sequence[0]  # type: ignore[index]  # stubs lack []
    key = combination.key().value
    if key == Qt.Key.Key_unknown.value:
        raise UnsupportedChordError(f"{text!r} is not a key combination")
    if key not in KEYS:
        raise UnsupportedChordError(f"{text!r} uses a key global shortcuts cannot use")
    flags = combination.keyboardModifiers()
    modifiers = frozenset(name for flag, name in _QT_MODIFIERS if flags & flag)
    if not modifiers - {SHIFT} and key not in _BARE_KEYS:
        raise UnsupportedChordError(f"{text!r} needs Ctrl, Alt or Meta")
    return KeyChord(modifiers, key)


def chord_text(chord: KeyChord) -> str:
    """Portable QKeySequence text of ``chord`` (the inverse of :func:`parse_chord`)."""
    flags = Qt.KeyboardModifier.NoModifier
    for flag, name in _QT_MODIFIERS:
        if name in chord.modifiers:
            flags |= flag
    sequence = QKeySequence(QKeyCombination(flags, Qt.Key(chord.key)))
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def x11_grab(chord: KeyChord) -> tuple[int, int]:
    """``(modifier mask, keysym)`` for XGrabKey; the keysym still needs the keyboard's
    keycode, which only the X server knows."""
    mask = 0
    for name in chord.modifiers:
        mask |= X11_MASKS[name]
    return mask, chord.names.x11_keysym


def portal_trigger(chord: KeyChord) -> str:
    """The ``preferred_trigger`` text for the desktop portal, e.g. ``"CTRL+ALT+a"``."""
    parts = [spelled for name, spelled in PORTAL_MODIFIERS if name in chord.modifiers]
    return "+".join([*parts, chord.names.xkb_name])


def windows_hotkey(chord: KeyChord) -> tuple[int, int]:
    """``(fsModifiers, vk)`` for RegisterHotKey, without MOD_NOREPEAT (the caller adds it)."""
    flags = 0
    for name in chord.modifiers:
        flags |= WINDOWS_MODIFIERS[name]
    return flags, chord.names.windows_vk
