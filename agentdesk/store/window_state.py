"""Where the windows were, and what the agent has been told once: ``window-state.json`` in
the user state directory.

Not settings: nothing here is chosen on the settings page, and losing the file costs only a
window at its default place. So anything in its place that cannot be read (not JSON, nested
too deep, bigger than any state this writes, a folder, a pipe, not ours to read) is ignored
with a log line, and every value is checked before use: the start must never fail here.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Final

import platformdirs

from agentdesk.store.profiles import write_atomically
from agentdesk.store.small_files import read_small_text

log = logging.getLogger(__name__)

# What this module writes is a few hundred bytes; anything much bigger is not its file.
MAX_STATE_BYTES: Final = 64 * 1024


@dataclass(frozen=True)
class CardPlace:
    """The caller card's top-left corner, relative to its screen's available area."""

    screen: str
    x: int
    y: int


@dataclass(frozen=True)
class WindowState:
    main_geometry: bytes = b""
    """``QWidget.saveGeometry()``: size, position and the screen it was on."""
    card: CardPlace | None = None
    tray_close_explained: bool = False


def state_path() -> Path:
    return Path(platformdirs.user_state_dir("agentdesk")) / "window-state.json"


def load_window_state(path: Path | None = None) -> WindowState:
    """The state in ``path`` (default :func:`state_path`); the defaults, and a warning, for
    anything that cannot be read. Never raises."""
    path = path or state_path()
    try:
        text = read_small_text(path, MAX_STATE_BYTES)
    except FileNotFoundError:
        return WindowState()
    except (OSError, ValueError) as exc:  # a folder, a pipe, too big, not UTF-8
        log.warning("window state: cannot read %s (%s); windows start at their defaults", path, exc)
        return WindowState()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, huge ints, deep nesting
        log.warning("window state: %s is not JSON (%s); windows start at their defaults", path, exc)
        return WindowState()
    if not isinstance(data, dict):
        return WindowState()
    return WindowState(
        main_geometry=_geometry(data.get("main_geometry")),
        card=_card(data.get("card")),
        tray_close_explained=data.get("tray_close_explained") is True,
    )


def save_window_state(state: WindowState, path: Path | None = None) -> None:
    path = path or state_path()
    data = {
        "main_geometry": base64.b64encode(state.main_geometry).decode("ascii"),
        "card": asdict(state.card) if state.card else None,
        "tray_close_explained": state.tray_close_explained,
    }
    try:
        write_atomically(path, json.dumps(data, indent=1) + "\n")
    except OSError as exc:
        log.warning("window state: cannot write %s (%s)", path, exc)


def _geometry(value: object) -> bytes:
    if not isinstance(value, str):
        return b""
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return b""


def _card(value: object) -> CardPlace | None:
    if not isinstance(value, dict):
        return None
    screen, x, y = value.get("screen"), value.get("x"), value.get("y")
    if not isinstance(screen, str) or type(x) is not int or type(y) is not int:
        return None
    return CardPlace(screen, x, y)
