"""The ``watch()`` of a backend that is told of some changes as they happen and looks at its
vendor for the rest: MegaFon's and Oki-Toki's (told by the vendor's webhooks at their
receiver and by their own commands; a look on the adaptive schedule of
:mod:`~agentdesk.backends.polling`) and uContact's (told by its own commands; a look only
while a call it placed lasts).

What the backend is told it passes to :meth:`PollingBackend._queue`, which wakes the loop.
The loop yields the agent's status as the backend tracks it
(:class:`~agentdesk.backends.tracked_status.TrackedStatus`) first, then every event queued,
and looks at the vendor whenever its :class:`Looks` say a look is due; between looks it
sleeps until woken.
"""

from __future__ import annotations

import abc
import asyncio
import collections
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Final, Protocol

from agentdesk.backends.polling import PollDeadline, PollSchedule, Regime
from agentdesk.backends.tracked_status import TrackedStatus
from agentdesk.core import (
    Backend,
    ConfigurationError,
    Event,
    RelayChanged,
    RelayLink,
    StatusChanged,
    WebhookFigures,
    call_events,
)

if TYPE_CHECKING:
    import httpx

    # Only MegaFon's and Oki-Toki's backends make a receiver; importing it (and aiohttp's
    # server with it) here would cost uContact's backend about 10 MB for nothing.
    from agentdesk.backends.relay_stream import RelayStream
    from agentdesk.receivers import WebhookReceiver

PENDING_LIMIT: Final = 200
"""Events kept for the loop at most: past that, while nobody reads ``watch()``, the oldest go."""


class Looks(Protocol):
    """When a ``watch()`` loop looks at its vendor next."""

    def seconds_left(self) -> float | None:
        """Seconds until the next look (0 or less: now); None: no look until woken."""

    def looked(self) -> None:
        """A look just ended."""


class AdaptiveLooks:
    """A look at the pace of the regime of the moment (:class:`PollDeadline`)."""

    def __init__(
        self, schedule: PollSchedule, regime: Callable[[], Regime], clock: Callable[[], float]
    ) -> None:
        self._regime = regime
        self._deadline = PollDeadline(schedule, regime(), clock=clock)

    def seconds_left(self) -> float:
        return self._deadline.seconds_left(self._regime())

    def looked(self) -> None:
        self._deadline.polled(self._regime())


class InCallLooks:
    """Looks only while a call is live, at the in-call pace, the first one a wait after the
    call began: between calls there is nothing to look for."""

    def __init__(
        self, schedule: PollSchedule, call_live: Callable[[], bool], clock: Callable[[], float]
    ) -> None:
        self._schedule = schedule
        self._call_live = call_live
        self._clock = clock
        self._deadline: PollDeadline | None = None

    def seconds_left(self) -> float | None:
        if not self._call_live():
            self._deadline = None
            return None
        if self._deadline is None:
            self._deadline = PollDeadline(self._schedule, Regime.ACTIVE, clock=self._clock)
        return self._deadline.seconds_left(Regime.ACTIVE)

    def looked(self) -> None:
        if self._deadline is not None:
            self._deadline.polled(Regime.ACTIVE)


class PollingBackend(Backend):
    """A backend whose ``watch()`` yields what it is told and looks at its vendor when due.

    A subclass says how the watch opens (:meth:`_open`), what it knows of its agent
    (:attr:`_tracked`), what one look does (:meth:`_look`) and, unless the adaptive pace suits
    it, when looks are due (:meth:`_looks`).
    """

    receiver: WebhookReceiver | None = None
    relay: RelayStream | None = None
    """The company relay's stream, when the webhooks come from it (``relay_url``)."""

    def __init__(self, poll_schedule: PollSchedule) -> None:
        self.poll_schedule = poll_schedule
        self._visible = True
        self._pending: collections.deque[Event] = collections.deque(maxlen=PENDING_LIMIT)
        self._wake = asyncio.Event()

    @abc.abstractmethod
    async def _open(self) -> None:
        """What ``watch()`` does before the agent's first status: listen, sign in, look."""

    @property
    @abc.abstractmethod
    def _tracked(self) -> TrackedStatus:
        """What the backend knows of its agent now."""

    @abc.abstractmethod
    async def _look(self) -> None:
        """One look at the vendor; what it finds goes to :meth:`_queue`."""

    def _looks(self, clock: Callable[[], float]) -> Looks:
        """When the loop looks: at the adaptive pace of :mod:`~agentdesk.backends.polling`."""
        return AdaptiveLooks(self.poll_schedule, self._regime, clock)

    def set_attention(self, visible: bool) -> None:
        self._visible = visible
        self._wake.set()  # the next look moves now, not after the wait under way

    def webhook_figures(self) -> WebhookFigures | None:
        return self.receiver.figures() if self.receiver is not None else None

    def relay_link(self) -> RelayLink | None:
        return self.relay.link() if self.relay is not None else None

    def _use_relay(
        self,
        url: str,
        token: str | None,
        ca_file: str | None,
        on_payload: Callable[[dict[str, str]], object],
        transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        """Read the webhooks from the company relay's stream at ``url`` (no receiver)."""
        from agentdesk.backends.relay_stream import RelayStream

        if not token:
            raise ConfigurationError("a relay_url needs the agent's relay_token")
        self.relay = RelayStream(
            url,
            token,
            on_payload,
            on_change=self._relay_changed,
            ca_file=ca_file,
            transport=transport,
        )

    def _relay_changed(self, link: RelayLink) -> None:
        """The relay stream's ``on_change``: its state goes out with the backend's events."""
        self._queue([RelayChanged(link)])

    async def watch(self) -> AsyncIterator[Event]:
        await self._open()
        self._pending.clear()
        if self.relay is not None:  # how the relay's stream stands after what was cleared
            self._pending.append(RelayChanged(self.relay.link()))
        status = self._tracked.status
        yield StatusChanged(status)
        for event in call_events(None, status):
            yield event
        looks = self._looks(asyncio.get_running_loop().time)
        while True:
            while self._pending:
                yield self._pending.popleft()
            wait = looks.seconds_left()
            if wait is not None and wait <= 0:
                await self._look()
                looks.looked()
                continue
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait):
                    await self._wake.wait()

    def _queue(self, events: list[Event]) -> None:
        if events:
            self._pending.extend(events)
            self._wake.set()

    def _call_live(self) -> bool:
        return bool(self._tracked.calls)

    def _regime(self) -> Regime:
        return Regime.of(call_active=self._call_live(), visible=self._visible)

    async def _listen(self, *, option: str, whose: str) -> WebhookReceiver:
        """The receiver, started unless it runs. ConfigurationError without one (the profile
        ``option`` makes one) or when its address is taken (``whose`` webhooks it receives,
        in the vendor's words)."""
        if self.receiver is None:
            raise ConfigurationError(f"no webhook receiver: set the profile option {option}")
        if not self.receiver.running:
            try:
                await self.receiver.start()
            except OSError as exc:
                raise ConfigurationError(
                    f"cannot receive {whose} on {self.receiver.host}:"
                    f"{self.receiver.port}: {exc.strerror or exc}"
                ) from None
        return self.receiver
