"""Runs the agent's commands as tasks on the loop and turns their failures into messages."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from agentdesk.core import (
    AgentDeskError,
    AuthenticationError,
    NotSupportedError,
    OptionNeededError,
    TransientError,
    UnknownObjectError,
    VendorError,
)
from agentdesk.redaction import redact
from agentdesk.ui.capability_text import unavailable_text
from agentdesk.ui.messages import MessageBus
from agentdesk.ui.missing_option import missing_option_text
from agentdesk.ui.tasks import TaskOwner
from agentdesk.ui.text import fill

log = logging.getLogger(__name__)


def describe_error(exc: AgentDeskError, vendor: str) -> str:
    """What the agent is told when a command fails: the vendor's own words when it gave any
    (redacted: a vendor may echo a token back)."""
    return redact(_describe(exc, vendor))


def _describe(exc: AgentDeskError, vendor: str) -> str:
    who = vendor or QCoreApplication.translate("Errors", "the call centre")
    first = who[:1].upper() + who[1:]  # where the name opens the sentence
    if isinstance(exc, UnknownObjectError):  # our own sentence, the vendor's words inside
        return exc.vendor_message
    if isinstance(exc, OptionNeededError):
        return missing_option_text(exc.capability, exc.option)
    if isinstance(exc, VendorError):
        return fill(QCoreApplication.translate("Errors", "%1 said: %2"), first, exc.vendor_message)
    if isinstance(exc, AuthenticationError):
        text = QCoreApplication.translate(
            "Errors", "%1 refused the sign-in; check the secret in your profile."
        )
        return text.replace("%1", first)
    if isinstance(exc, NotSupportedError):
        if exc.reason is not None:
            return unavailable_text(exc.reason)
        return QCoreApplication.translate("Errors", "Not available with %1.").replace("%1", who)
    if isinstance(exc, TransientError):
        text = QCoreApplication.translate(
            "Errors", "Could not reach %1; please try again in a moment."
        )
        return text.replace("%1", who)
    return str(exc) or type(exc).__name__


class CommandRunner:
    """Starts commands without blocking Qt and never lets an AgentDeskError reach the agent.

    Failures the code expects (:class:`AgentDeskError`) become an error message on the bus;
    anything else goes to ``sys.excepthook``, which logs it and shows a calm notice.
    """

    def __init__(self, bus: MessageBus, vendor: Callable[[], str]) -> None:
        self._bus = bus
        self._vendor = vendor
        self._tasks = TaskOwner()

    @property
    def pending(self) -> int:
        return self._tasks.pending

    def run(
        self, command: Callable[[], Awaitable[Any]], *, after: Callable[[], None] | None = None
    ) -> asyncio.Task[None]:
        """Start ``command()`` on the loop; ``after`` runs when it is over, success or not."""
        return self._tasks.start(self._guarded(command, after))

    async def _guarded(
        self, command: Callable[[], Awaitable[Any]], after: Callable[[], None] | None
    ) -> None:
        try:
            await command()
        except AgentDeskError as exc:
            log.info("command failed: %r", exc)
            self._bus.error(describe_error(exc, self._vendor()))
        finally:
            if after is not None:
                after()

    async def cancel_all(self) -> None:
        self._tasks.cancel_all()
        await self._tasks.wait_all()
