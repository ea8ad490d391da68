"""Portable key-sequence text -> one chord -> each mechanism's spelling of it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.ui.hotkeys import DEFAULT_SHORTCUTS
from agentdesk.ui.hotkeys.key_chords import (
    ALT,
    CTRL,
    KEYS,
    META,
    SHIFT,
    KeyChord,
    UnsupportedChordError,
    chord_text,
    parse_chord,
    portal_trigger,
    windows_hotkey,
    x11_grab,
)


def test_the_defaults_in_every_spelling() -> None:
    chord = parse_chord(DEFAULT_SHORTCUTS["answer"])
    assert chord == KeyChord(frozenset({CTRL, ALT}), ord("A"))
    assert x11_grab(chord) == (0x4 | 0x8, ord("a"))  # ControlMask | Mod1Mask, XK_a
    assert portal_trigger(chord) == "CTRL+ALT+a"
    assert windows_hotkey(chord) == (0x2 | 0x1, 0x41)  # MOD_CONTROL | MOD_ALT, 'A'
    for text in DEFAULT_SHORTCUTS.values():
        assert parse_chord(text) is not None


@pytest.mark.parametrize(
    ("text", "trigger", "grab", "hotkey"),
    [
        ("Meta+Shift+F5", "SHIFT+LOGO+F5", (0x1 | 0x40, 0xFFC2), (0x4 | 0x8, 0x74)),
        ("Ctrl+Alt+Del", "CTRL+ALT+Delete", (0xC, 0xFFFF), (0x3, 0x2E)),
        ("Alt+Space", "ALT+space", (0x8, 0x20), (0x1, 0x20)),
        ("Ctrl+,", "CTRL+comma", (0x4, ord(",")), (0x2, 0xBC)),
        ("Ctrl+PgDown", "CTRL+Next", (0x4, 0xFF56), (0x2, 0x22)),
        ("Pause", "Pause", (0, 0xFF13), (0, 0x13)),
        ("F12", "F12", (0, 0xFFC9), (0, 0x7B)),
        ("ctrl+alt+7", "CTRL+ALT+7", (0xC, ord("7")), (0x3, ord("7"))),
    ],
)
def test_named_keys(
    text: str, trigger: str, grab: tuple[int, int], hotkey: tuple[int, int]
) -> None:
    chord = parse_chord(text)
    assert chord is not None
    assert portal_trigger(chord) == trigger
    assert x11_grab(chord) == grab
    assert windows_hotkey(chord) == hotkey


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_text_means_unbound(text: str) -> None:
    assert parse_chord(text) is None


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Ctrl+Alt+Foo", "not a key combination"),
        ("Ctrl+Alt+A, Ctrl+B", "not a single key combination"),
        ("Ctrl+Alt", "cannot use"),  # a modifier alone
        ("Ctrl+!", "cannot use"),  # a shifted symbol: a different key on every layout
        ("A", "needs Ctrl, Alt or Meta"),
        ("Shift+Return", "needs Ctrl, Alt or Meta"),
    ],
)
def test_chords_that_cannot_be_global_say_why(text: str, why: str) -> None:
    with pytest.raises(UnsupportedChordError, match=why):
        parse_chord(text)


modifier_sets = st.frozensets(st.sampled_from([CTRL, ALT, SHIFT, META]))
chords = st.builds(
    KeyChord, modifier_sets.filter(lambda m: bool(m - {SHIFT})), st.sampled_from(sorted(KEYS))
)


@given(chords)
def test_a_chord_survives_the_round_trip_through_portable_text(chord: KeyChord) -> None:
    assert parse_chord(chord_text(chord)) == chord


@given(chords)
def test_every_spelling_carries_each_modifier_once(chord: KeyChord) -> None:
    trigger = portal_trigger(chord).split("+")
    assert len(trigger) == len(chord.modifiers) + 1
    assert trigger[-1] == KEYS[chord.key].xkb_name
    mask, keysym = x11_grab(chord)
    assert bin(mask).count("1") == len(chord.modifiers)
    assert keysym == KEYS[chord.key].x11_keysym
    flags, vk = windows_hotkey(chord)
    assert bin(flags).count("1") == len(chord.modifiers)
    assert vk == KEYS[chord.key].windows_vk


@given(st.text(max_size=30))
def test_any_text_is_a_chord_none_or_a_refusal(text: str) -> None:
    try:
        chord = parse_chord(text)
    except UnsupportedChordError:
        return
    assert chord is None or chord.key in KEYS
