"""window-state.json: anything unreadable in its place costs only the default window places,
never the start."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from agentdesk.store.window_state import (
    CardPlace,
    WindowState,
    load_window_state,
    save_window_state,
)
from tests.unprivileged import as_unprivileged

GOOD = WindowState(main_geometry=b"\x01\xd9\xd0\xcb", card=CardPlace("HDMI-1", 40, 60))


def _nested(depth: int) -> str:
    return '{"card": ' + "[" * depth + "]" * depth + "}"


DAMAGED: dict[str, Callable[[Path], None]] = {
    "nested deeper than the recursion limit": lambda p: p.write_text(_nested(100_000)),
    "a card nested deep": lambda p: p.write_text('{"card": {"screen": ' + "[" * 5000 + "}"),
    "big": lambda p: p.write_text('{"main_geometry": "' + "A" * 20_000_000 + '"}'),
    "a huge number": lambda p: p.write_text('{"card": {"screen": "x", "x": ' + "9" * 5000 + "}}"),
    "not UTF-8": lambda p: p.write_bytes(b'{"main_geometry": "\xff\xfe"}'),
    "UTF-16": lambda p: p.write_text('{"tray_close_explained": true}', encoding="utf-16"),
    "a folder": lambda p: p.mkdir(),
    "a list": lambda p: p.write_text("[1, 2, 3]"),
    "null": lambda p: p.write_text("null"),
    "empty": lambda p: p.write_bytes(b""),
    "NaN": lambda p: p.write_text('{"card": {"screen": "x", "x": NaN, "y": Infinity}}'),
    "wrong types inside": lambda p: p.write_text(
        json.dumps(
            {
                "main_geometry": ["AQ=="],
                "card": {"screen": {"name": "HDMI-1"}, "x": [40], "y": {"y": 60}},
                "tray_close_explained": "yes",
            }
        )
    ),
    "a card of booleans": lambda p: p.write_text(
        json.dumps({"card": {"screen": "HDMI-1", "x": True, "y": False}})
    ),
}


@pytest.mark.parametrize("spoil", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_state_file_gives_the_defaults(
    tmp_path: Path, spoil: Callable[[Path], None]
) -> None:
    path = tmp_path / "window-state.json"
    spoil(path)
    assert load_window_state(path) == WindowState()


def test_a_state_file_that_may_not_be_read_gives_the_defaults() -> None:
    def check(folder: Path) -> None:
        path = folder / "window-state.json"
        save_window_state(GOOD, path)
        path.chmod(0)
        assert load_window_state(path) == WindowState()

    as_unprivileged(check)


def test_a_fifo_in_its_place_does_not_hang_the_start(tmp_path: Path) -> None:
    path = tmp_path / "window-state.json"
    os.mkfifo(path)  # opening it for reading would wait for a writer for ever
    assert load_window_state(path) == WindowState()


def test_the_good_parts_of_a_partly_wrong_file_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "window-state.json"
    path.write_text(json.dumps({"main_geometry": "AdnQyw==", "card": {"screen": 7}}))
    assert load_window_state(path) == WindowState(main_geometry=GOOD.main_geometry)


def test_a_byte_order_mark_is_read_past(tmp_path: Path) -> None:
    path = tmp_path / "window-state.json"
    save_window_state(GOOD, path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_window_state(path) == GOOD


def test_what_is_saved_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "window-state.json"
    save_window_state(GOOD, path)
    assert load_window_state(path) == GOOD
