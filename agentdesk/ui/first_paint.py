"""An opt-in report of a window's first paint, for the start-up benchmark (bench/startup.py).

Nothing happens unless ``AGENTDESK_FIRST_PAINT_FILE`` names a file: then the first Paint
event the watched widget receives writes ``time.time()`` there (one line, written to a
temporary name and renamed, so that a reader never sees half of it), and with
``AGENTDESK_EXIT_AFTER_PAINT=1`` the app is asked to quit :data:`QUIT_DELAY_SECONDS` later.
The wall clock is used because the reader is another process, which compares it with its own
``time.time()`` from before it started this one.

This module imports only PySide6, so that a bare window can use it too (the benchmark's
baseline loads it by its path, without the rest of AgentDesk).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FILE_VARIABLE: Final = "AGENTDESK_FIRST_PAINT_FILE"
EXIT_VARIABLE: Final = "AGENTDESK_EXIT_AFTER_PAINT"
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
            partial = self.path.with_name(self.path.name + ".partial")
            partial.write_text(f"{painted_at!r}\n", encoding="utf-8")
            partial.replace(self.path)
            if self.quit_app is not None:
                QTimer.singleShot(int(QUIT_DELAY_SECONDS * 1000), self.quit_app)
        return False


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
