"""A last-resort handler: log the traceback, tell the agent calmly, keep running."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from agentdesk.redaction import redact
from agentdesk.ui.messages import MessageBus

log = logging.getLogger("agentdesk.crash")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def calm_error_text() -> str:
    return QCoreApplication.translate("ExceptHook", "Something went wrong; details are in the log.")


def make_excepthook(bus: MessageBus) -> ExceptHook:
    """A ``sys.excepthook`` that logs the traceback and posts a calm error to ``bus``."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        # Redacted here, not only by the log's handlers: an exception's text may carry a URL
        # with a token, and any handler (a test's, an embedding app's) must not see it.
        details = "".join(traceback.format_exception(kind, exc, tb)).rstrip("\n")
        log.error("unhandled exception\n%s", redact(details))
        bus.error(calm_error_text())

    return hook


def install_excepthook(bus: MessageBus) -> Callable[[], None]:
    """Install the hook; returns a function that puts the previous one back."""
    previous = sys.excepthook
    sys.excepthook = make_excepthook(bus)

    def restore() -> None:
        sys.excepthook = previous

    return restore
