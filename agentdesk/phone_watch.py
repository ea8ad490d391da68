"""Whether the agent's desk phone can ring: the commonest reason an agent sits Ready and gets
no calls is a phone that dropped its registration.

Checked when the session connects (at start and after every reconnection), when the agent
logs in to the call centre, and every :data:`CHECK_SECONDS` while connected and logged in;
never while logged out, never in a tight loop: one request each time (Daktela's
DeviceStates), 12 an hour at the default.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from agentdesk.core import (
    AgentDeskError,
    AgentState,
    Capability,
    ConnectionChanged,
    ConnectionState,
    PhoneStatus,
    StatusChanged,
)
from agentdesk.core.tasks import cancel_and_wait
from agentdesk.session import Session, SessionEvent

log = logging.getLogger(__name__)

CHECK_SECONDS = 300.0


class PhoneWatch:
    """Follows ``session`` and calls ``on_change`` with the phone that cannot ring while the
    agent is logged in (a :class:`PhoneStatus` that is not reachable), or None once it can
    again or the agent logs out. Does nothing where the vendor has no phone status."""

    def __init__(
        self,
        session: Session,
        on_change: Callable[[PhoneStatus | None], None],
        *,
        interval: float = CHECK_SECONDS,
    ) -> None:
        self._session = session
        self._on_change = on_change
        self.interval = interval
        self.phone: PhoneStatus | None = None
        """What the vendor said last; None before the first answer."""
        self.warning: PhoneStatus | None = None
        """The unreachable phone the agent is being warned of, or None."""
        self.checks = 0
        self._check: asyncio.Task[None] | None = None
        self._ticker: asyncio.Task[None] | None = None
        self._logged_in = False
        if session.supports(Capability.PHONE_STATUS):
            session.add_listener(self._on_event)

    def start(self) -> None:
        """Begin with what the session knows now (it may be connected already)."""
        if not self._session.supports(Capability.PHONE_STATUS):
            return
        self._logged_in = self._session.status.state is not AgentState.OFFLINE
        if self._session.connection.state is ConnectionState.CONNECTED:
            self.check_soon()
        if self._ticker is None:
            self._ticker = asyncio.get_running_loop().create_task(self._tick(), name="phone")

    async def stop(self) -> None:
        for task in (self._ticker, self._check):
            if task is not None and not task.done():
                await cancel_and_wait(task)
        self._ticker = self._check = None

    @property
    def current_check(self) -> asyncio.Task[None] | None:
        """The check under way or last made (for tests and the quit path to await)."""
        return self._check

    def check_soon(self) -> asyncio.Task[None] | None:
        """Ask the vendor now, unless a check is under way or the agent is logged out."""
        if self._check is not None and not self._check.done():
            return self._check
        if not self._logged_in or self._session.connection.state is not ConnectionState.CONNECTED:
            return None
        self._check = asyncio.get_running_loop().create_task(self._ask(), name="phone check")
        return self._check

    def _on_event(self, event: SessionEvent) -> None:
        if isinstance(event, ConnectionChanged) and event.state is ConnectionState.CONNECTED:
            self.check_soon()
        elif isinstance(event, StatusChanged):
            logged_in = event.status.state is not AgentState.OFFLINE
            was, self._logged_in = self._logged_in, logged_in
            if logged_in and not was:
                self.check_soon()
            elif not logged_in:
                self._warn(None)  # logged out: no call is expected to ring

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            check = self.check_soon()
            if check is not None:
                await asyncio.shield(check)

    async def _ask(self) -> None:
        try:
            phone = await self._session.backend.phone_status()
        except AgentDeskError as exc:
            log.info("phone status not read: %r", exc)
            return
        finally:
            self.checks += 1
        self.phone = phone
        unreachable = phone is not None and not phone.reachable and self._logged_in
        self._warn(phone if unreachable else None)

    def _warn(self, phone: PhoneStatus | None) -> None:
        if phone != self.warning:
            self.warning = phone
            self._on_change(phone)
