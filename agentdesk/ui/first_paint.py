"""An opt-in report of a window's first paint, for the start-up benchmark (bench/startup.py).

Nothing happens unless ``AGENTDESK_FIRST_PAINT_FILE`` names a file: then the first Paint
event the watched widget receives writes ``time.time()`` there (one line, written to a
temporary name and renamed, so that a reader never sees half of it), and with
``AGENTDESK_EXIT_AFTER_PAINT=1`` the app is asked to quit :data:`QUIT_DELAY_SECONDS` later.
The wall clock is used because the reader is another process, which compares it with its own
``time.time()`` from before it started this one. With ``AGENTDESK_FIRST_PAINT_MODULES``
naming a file, the names of the modules imported by then are written there too, one a line
(what the start-up test and the benchmark check: only what the first paint needs).

:func:`painted` is what the app awaits before it starts everything that can come after the
first paint (the session, the demo's simulator, the watchers): work that shares the first
turns of the event loop with the paint would delay it.

This module imports only PySide6 and light modules of the standard library at its top, so
that a bare window can use it too (the benchmark's baseline loads it by its path, without the
rest of AgentDesk, and must stay a bare window).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    import asyncio

FILE_VARIABLE: Final = "AGENTDESK_FIRST_PAINT_FILE"
EXIT_VARIABLE: Final = "AGENTDESK_EXIT_AFTER_PAINT"
MODULES_VARIABLE: Final = "AGENTDESK_FIRST_PAINT_MODULES"
NOT_NEEDED_BY_THE_FIRST_PAINT: Final = (
    "PySide6.QtMultimedia",
    "aiohttp",
    "httpx",
    "httpcore",
    "keyring",
    "phonenumbers",
    "jeepney",
    "importlib.metadata",
    "agentdesk.sim.daktela.simulator",
    "agentdesk.ui.settings_window",
    "agentdesk.ui.caller_card_window",
    "agentdesk.ui.wrap_up_panel",
    "agentdesk.ui.transfer_picker",
    "agentdesk.ui.history_view",
    "agentdesk.ui.recording_player",
    "agentdesk.diagnostics",
    "agentdesk.store.contacts",
    "agentdesk.ctl",
    "agentdesk.backends.daktela.backend",
)
"""Packages and modules that AgentDesk's first paint does without, demo or not (issue 19):
the recording player's QtMultimedia, the HTTP clients and servers, the keyring, phone-number
metadata, D-Bus, the entry-point scan, a simulator, the settings window, what only a session
shows (the caller cards' window, the wrap-up, the transfer picker), the Recent calls tab
with its recording player, the diagnostics, the contacts' readers, the
headless tools and a backend. They come after the paint (tests/cli/test_first_paint_imports.py,
bench/startup.py)."""
QUIT_DELAY_SECONDS: Final = 2.0
"""Long enough for the benchmark to read the process's resident memory 1 s after the paint."""


class FirstPaintReport(QObject):
    """Writes the time of the watched widget's first Paint event to ``path``, once."""

    def __init__(
        self, widget: QWidget, path: Path, quit_app: Callable[[], None] | None = None
    ) -> None:
        super().__init__(widget)
        self.path = path
        self.quit_app = quit_app
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            painted_at = time.time()
            self.done = True
            watched.removeEventFilter(self)
            if modules := os.environ.get(MODULES_VARIABLE):
                _write_whole(Path(modules), "".join(f"{name}\n" for name in sorted(sys.modules)))
            _write_whole(self.path, f"{painted_at!r}\n")
            if self.quit_app is not None:
                QTimer.singleShot(int(QUIT_DELAY_SECONDS * 1000), self.quit_app)
        return False


def _write_whole(path: Path, text: str) -> None:
    """Write to a temporary name and rename, so that a reader never sees half of it."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def report_first_paint(
    widget: QWidget, quit_app: Callable[[], None] | None = None
) -> FirstPaintReport | None:
    """Report ``widget``'s first paint when the environment asks for it (see the module
    docstring); ``quit_app`` is how this app quits cleanly (default: ``QCoreApplication.quit``).
    Returns None, and costs nothing, when it is not asked for."""
    target = os.environ.get(FILE_VARIABLE)
    if not target:
        return None
    exit_after = os.environ.get(EXIT_VARIABLE) == "1"
    quitter = (quit_app or QCoreApplication.quit) if exit_after else None
    return FirstPaintReport(widget, Path(target), quitter)


class _PaintWatch(QObject):
    def __init__(self, widget: QWidget, done: asyncio.Event) -> None:
        super().__init__(widget)
        self.done = done
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.done.set()
            watched.removeEventFilter(self)
        return False


async def painted(widget: QWidget, limit: float = 1.0) -> None:
    """Return once ``widget`` (shown) has had its first Paint event, or after ``limit``
    seconds if none comes (a platform that does not paint hidden or covered windows)."""
    # Imported here: the bare window of the benchmark loads this module, and asyncio (with
    # ssl) would add 10 MB and 15 ms to the floor AgentDesk is measured against.
    import asyncio
    import contextlib

    done = asyncio.Event()
    watch = _PaintWatch(widget, done)
    try:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), limit)
    finally:
        widget.removeEventFilter(watch)
        watch.deleteLater()


def loaded_too_early(modules: list[str]) -> list[str]:
    """Those of :data:`NOT_NEEDED_BY_THE_FIRST_PAINT` that ``modules`` holds (or a submodule of)."""
    loaded = set(modules)
    return [
        name
        for name in NOT_NEEDED_BY_THE_FIRST_PAINT
        if name in loaded or any(m.startswith(name + ".") for m in loaded)
    ]
