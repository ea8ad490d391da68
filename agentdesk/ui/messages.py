"""The one path for messages to the agent: errors, warnings and notices.

Anything that wants to tell the agent something calls :meth:`MessageBus.post`; the main
window's banner shows it. Messages posted before any receiver is attached are kept and
replayed when the first one arrives, so nothing said during start-up is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Level(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class MessageAction:
    """A button offered with a message: its label, and what clicking it does."""

    label: str
    run: Callable[[], None]


@dataclass(frozen=True, slots=True)
class Message:
    """One thing the agent is told, and perhaps what they can do about it."""

    level: Level
    text: str
    action: MessageAction | None = None


class MessageBus(QObject):
    """Carries :class:`Message` objects to whoever shows them.

    Signals:
        posted(Message): a message for the agent, emitted once a receiver is attached.
    """

    posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[Message] | None = []

    def post(self, level: Level, text: str, action: MessageAction | None = None) -> Message:
        """Tell the agent ``text`` (offering ``action``); kept until a receiver is attached."""
        message = Message(Level(level), text, action)
        if self._pending is not None:
            self._pending.append(message)
        else:
            self.posted.emit(message)
        return message

    def info(self, text: str) -> Message:
        return self.post(Level.INFO, text)

    def warning(self, text: str) -> Message:
        return self.post(Level.WARNING, text)

    def error(self, text: str, action: MessageAction | None = None) -> Message:
        return self.post(Level.ERROR, text, action)

    def attach_receiver(self, receiver: Callable[[Message], None]) -> None:
        """Connect ``receiver`` to :attr:`posted` and replay what was posted before."""
        self.posted.connect(receiver)
        pending, self._pending = self._pending, None
        for message in pending or ():
            self.posted.emit(message)
