"""SIGTERM and SIGINT quit AgentDesk as the Quit menu does: the session stops (uContact logs
the agent off), the outbox keeps what is not delivered, the window places are saved.

The desktop's logout, ``systemctl --user stop``, ``kill`` and Ctrl+C in a terminal send these.
Python runs a signal handler only between bytecodes, and Qt's loop may sit in C++ for a long
time, so the handler's wake-up goes through a socket that a QSocketNotifier watches (Qt's
documented pattern for Unix signals). On Windows, which has no such signals from a logout,
nothing is installed.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignal(QObject):
    def __init__(self, quit_app: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit_app = quit_app
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous = {number: signal.getsignal(number) for number in SIGNALS}
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno())
        for number in SIGNALS:
            # The handler itself does nothing: the wake-up byte is the message.
            signal.signal(number, lambda *_: None)
        self.notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            data = self._reader.recv(64)
            names = ", ".join(signal.Signals(b).name for b in data if b in {*SIGNALS})
            if names:
                log.info("quitting on %s", names)
                self._quit_app()

    def remove(self) -> None:
        self.notifier.setEnabled(False)
        signal.set_wakeup_fd(self._old_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()


def quit_on_signals(quit_app: Callable[[], None]) -> QuitOnSignal | None:
    if sys.platform == "win32":
        return None
    try:
        return QuitOnSignal(quit_app)
    except (OSError, ValueError) as failure:  # not the main thread, or no sockets
        log.info("no quit on SIGTERM: %s", failure)
        return None
