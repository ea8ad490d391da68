"""One profile's live session: runs the backend's event stream, reconnects, and decides
what the agent may do now.

Listeners are plain callables called in the event loop's thread with every
:data:`SessionEvent`; the GUI's bridge turns them into Qt signals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from agentdesk.core import (
    OFFLINE,
    AgentDeskError,
    AgentState,
    AgentStatus,
    AuthenticationError,
    Backend,
    CallDirection,
    CallEnded,
    CallerInfo,
    CallPhase,
    CallRecord,
    Capability,
    Colleague,
    ConfigurationError,
    ConnectionChanged,
    ConnectionState,
    DialResult,
    Disposition,
    DispositionForm,
    Event,
    NotSupportedError,
    Pause,
    QueueFigures,
    QueueMembership,
    Recording,
    RelayLink,
    StatusChanged,
    TransferQueue,
    TransferTarget,
    TransientError,
    Unavailable,
    WebhookFigures,
)
from agentdesk.core.day import MyDay
from agentdesk.core.flags import CallerFlags
from agentdesk.core.sms import SmsLimits, SmsSent
from agentdesk.core.tasks import cancel_and_wait
from agentdesk.outbox_delivery import Delivery, OutboxChanged, OutboxDelivery, OutboxEvent
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.store.outbox import Entry, Outbox
from agentdesk.store.set_aside import SetAside

log = logging.getLogger(__name__)
_T = TypeVar("_T")


class Refusal(StrEnum):
    """Why an action is not possible now; the GUI words these in the agent's language."""

    NOT_OFFERED = "not_offered"  # the vendor documents no way to do it
    NEEDS_OPTION = "needs_option"  # the vendor does, but the profile lacks an option for it
    NOT_CONNECTED = "not_connected"
    NOTHING_RINGING = "nothing_ringing"
    NO_CALL = "no_call"
    IN_CALL = "in_call"
    OFFLINE = "offline"
    ALREADY_READY = "already_ready"


class Action(StrEnum):
    PAUSE = "pause"
    READY = "ready"
    DIAL = "dial"
    ANSWER = "answer"
    HANGUP = "hangup"
    TRANSFER = "transfer"


_ACTION_CAPABILITY = {
    Action.PAUSE: Capability.PAUSE,
    Action.READY: Capability.PAUSE,
    Action.DIAL: Capability.DIAL,
    Action.ANSWER: Capability.ANSWER,
    Action.HANGUP: Capability.HANGUP,
    Action.TRANSFER: Capability.TRANSFER,
}

# States from which the agent may dial out or change pause: signed in and not in a call.
_IDLE_STATES = {AgentState.READY, AgentState.PAUSED, AgentState.LOGGED_IN, AgentState.WRAP_UP}


@dataclass(frozen=True, slots=True)
class PausesLoaded:
    pauses: tuple[Pause, ...]


SessionEvent = Event | PausesLoaded | OutboxEvent

# While in these states a write is only stored: trying it would only wait for a timeout.
_UNREACHABLE = {ConnectionState.RECONNECTING, ConnectionState.AUTH_FAILED}
Listener = Callable[[SessionEvent], None]


class Session:
    """Owns one backend: its event stream, its reconnections and the agent's current status."""

    def __init__(
        self,
        backend: Backend,
        *,
        policy: ReconnectPolicy | None = None,
        outbox: Outbox | None = None,
        profile_key: str = "default",
        profile_user: str = "",
        profile_options: Mapping[str, str] | None = None,
    ) -> None:
        self.backend = backend
        self.profile_user = profile_user
        self.profile_options: Mapping[str, str] = dict(profile_options or {})
        """The profile's options, for what acts on them beside the backend (the screen pop)."""
        self.policy = policy or ReconnectPolicy()
        self.status: AgentStatus = OFFLINE
        self.connection = ConnectionChanged(ConnectionState.STOPPED)
        self.pauses: tuple[Pause, ...] = ()
        self.window_visible = True
        """What :meth:`set_window_visible` said last (a window starts visible)."""
        self._listeners: list[Listener] = []
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._asked: dict[Action, float] = {}
        self._delivery: OutboxDelivery | None = None
        if outbox is not None:
            self.use_outbox(outbox, profile_key)

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def supports(self, capability: Capability) -> bool:
        return self.backend.supports(capability)

    @property
    def vendor_name(self) -> str:
        """The vendor as the agent knows it ("Daktela")."""
        return self.backend.display_name

    @property
    def capabilities(self) -> frozenset[Capability]:
        """What the vendor offers with this profile (the tray and the window hide the rest)."""
        return self.backend.capabilities

    @property
    def unavailable(self) -> Mapping[Capability, Unavailable]:
        """What the vendor documents but this profile cannot have, and why (an API version
        too old, an option not set): what the window says of a hidden capability."""
        return self.backend.unavailable

    @property
    def dial_note(self) -> str:
        """How this vendor places a call, when agents would not expect it (English, for the
        GUI to translate in context "VendorText"); "" when dialling is plain."""
        return self.backend.dial_note

    def use_contacts(self, lookup: Callable[[str], CallerInfo | None]) -> None:
        """Hand the agent's local contacts to a vendor that asks the desktop who is calling
        (MegaFon's ``contact``); ``lookup`` takes an E.164 number. Others ignore them."""
        self.backend.use_contacts(lookup)

    @property
    def webhook_figures(self) -> WebhookFigures | None:
        """What the backend's webhook receiver has accepted, refused and lost so far; None
        when the backend has no receiver."""
        return self.backend.webhook_figures()

    @property
    def relay_link(self) -> RelayLink | None:
        """The company relay's stream the backend reads its webhooks from, as it is now; None
        when the profile has no relay_url."""
        return self.backend.relay_link()

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="session")

    async def stop(self) -> None:
        if self._delivery is not None:
            await self._delivery.stop()
        task, self._task = self._task, None
        await cancel_and_wait(task)
        await self.backend.aclose()
        self._set_connection(ConnectionChanged(ConnectionState.STOPPED))

    def reconnect_now(self, *, renew: bool = False) -> None:
        """Skip the current backoff wait (network back, resume from sleep, agent's request).

        With ``renew``, a stream that looks connected is started afresh too: after a sleep a
        held long-poll may sit on a dead connection until its read timeout.
        """
        self.policy.reset()
        self._wake.set()
        task = self._task
        running = task is not None and not task.done()
        if running and renew and self.connection.state is ConnectionState.CONNECTED:
            assert task is not None
            task.cancel()
            self._task = None
            self.start()
            return
        if not running:
            self.start()

    def set_window_visible(self, visible: bool) -> None:
        """The agent's window was shown (True) or hidden: the backend's polling, where it
        polls, slows down while the window is hidden and no call is live
        (:meth:`Backend.set_attention <agentdesk.core.backend.Backend.set_attention>`)."""
        self.window_visible = visible
        self.backend.set_attention(visible)

    async def _run(self) -> None:
        self._set_connection(ConnectionChanged(ConnectionState.CONNECTING))
        while True:
            try:
                await self._follow()
            except AuthenticationError as exc:
                self._set_connection(
                    ConnectionChanged(ConnectionState.AUTH_FAILED, detail=_message(exc))
                )
                return
            except (ConfigurationError, NotSupportedError) as exc:
                # Retrying cannot mend a wrong profile; the agent must.
                self._set_connection(
                    ConnectionChanged(ConnectionState.FAILED, detail=_message(exc))
                )
                return
            except AgentDeskError as exc:
                retry_after = exc.retry_after if isinstance(exc, TransientError) else None
                log.info("connection lost (%s)", exc)
                await self._back_off(_message(exc), retry_after)
            except Exception:
                # A bug in a backend must not leave the agent looking at a frozen "Connected":
                # log it for us, and keep trying as for any other failure.
                log.exception("the %s event stream failed", self.backend.vendor)
                await self._back_off("unexpected error (details are in the log)", None)

    async def _back_off(self, reason: str, retry_after: float | None) -> None:
        delay = self.policy.next_delay(retry_after)
        self._set_connection(ConnectionChanged(ConnectionState.RECONNECTING, delay, reason))
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), delay)

    async def _follow(self) -> None:
        if self.supports(Capability.PAUSE) and not self.pauses:
            self.pauses = tuple(await self.backend.pauses())
            self._emit(PausesLoaded(self.pauses))
        first_status = True
        async for event in self.backend.watch():
            if self.connection.state is not ConnectionState.CONNECTED:
                self.policy.reset()
                self._set_connection(ConnectionChanged(ConnectionState.CONNECTED))
            if not isinstance(event, StatusChanged):
                self._emit(event)
                continue
            # A new stream starts from nothing, so calls that ended while the connection was
            # down would never end for the listeners: end them against what we showed last.
            vanished = []
            if first_status:
                now = {call.id for call in event.status.calls}
                vanished = [call for call in self.status.calls if call.id not in now]
                first_status = False
            self.status = event.status
            self._emit(event)
            for call in vanished:
                self._emit(CallEnded(call))

    def _set_connection(self, change: ConnectionChanged) -> None:
        self.connection = change
        self._emit(change)

    def _emit(self, event: SessionEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # one broken listener must not stop the stream for the others
                log.exception("session listener failed on %r", event)

    # -- what the agent may do ---------------------------------------------------------------

    def can(self, action: Action) -> bool:
        return self.why_not(action) is None

    def why_not(self, action: Action) -> Refusal | None:
        """None when the agent may do ``action`` now, else the reason."""
        capability = _ACTION_CAPABILITY[action]
        if not self.supports(capability):
            reason = self.unavailable.get(capability)
            return Refusal.NEEDS_OPTION if reason and reason.option else Refusal.NOT_OFFERED
        if self.connection.state is not ConnectionState.CONNECTED:
            return Refusal.NOT_CONNECTED
        state = self.status.state
        call = self.status.current_call
        if action is Action.ANSWER:
            ringing_in = call is not None and (
                call.phase is CallPhase.RINGING and call.direction is CallDirection.INBOUND
            )
            return None if ringing_in else Refusal.NOTHING_RINGING
        if action is Action.HANGUP:
            return None if call is not None or state.in_call else Refusal.NO_CALL
        if action is Action.TRANSFER:  # an answered call only: a ringing one is not yet theirs
            answered = call is not None and call.phase is not CallPhase.RINGING
            return None if answered else Refusal.NO_CALL
        if action in (Action.DIAL, Action.PAUSE):
            if state in _IDLE_STATES:
                return None
            return Refusal.OFFLINE if state is AgentState.OFFLINE else Refusal.IN_CALL
        # From "logged in" too: vendors without a live state feed (Oki-Toki) start there.
        if state in (AgentState.PAUSED, AgentState.WRAP_UP, AgentState.LOGGED_IN):
            return None
        return Refusal.OFFLINE if state is AgentState.OFFLINE else Refusal.ALREADY_READY

    def why_not_offered(self, action: Action) -> Unavailable | None:
        """When :meth:`why_not` is NOT_OFFERED or NEEDS_OPTION: why this profile lacks
        ``action``, if the backend says (an API version too old, an option not set)."""
        return self.unavailable.get(_ACTION_CAPABILITY[action])

    # -- commands --------------------------------------------------------------------------

    def asked_at(self, action: Action) -> float | None:
        """When (``time.monotonic()``) the agent last asked for ``action`` through this
        session, whatever the vendor answered; None if never. Tells a change the agent made
        (a pause they chose, a call they hung up) from one the call centre made."""
        return self._asked.get(action)

    async def pause(self, pause_id: str) -> None:
        await self._command(Action.PAUSE, lambda: self.backend.pause(pause_id))

    async def ready(self) -> None:
        await self._command(Action.READY, self.backend.unpause)

    async def dial(self, number: str) -> DialResult:
        return await self._command(Action.DIAL, lambda: self.backend.dial(number))

    async def cancel_dial(self, dial_id: str) -> None:
        self._require(Capability.CANCEL_DIAL)
        await self.backend.cancel_dial(dial_id)

    async def answer(self) -> None:
        await self._command(Action.ANSWER, self.backend.answer)

    async def hangup(self) -> None:
        await self._command(Action.HANGUP, self.backend.hangup)

    async def transfer(self, target: TransferTarget) -> None:
        await self._command(Action.TRANSFER, lambda: self.backend.transfer(target))

    async def transfer_queues(self) -> list[TransferQueue]:
        self._require(Capability.TRANSFER)
        return await self.backend.transfer_queues()

    async def colleagues(self) -> list[Colleague]:
        self._require(Capability.TEAM)
        return await self.backend.colleagues()

    # -- what the vendor knows (no state rules: the capability alone decides) --------------

    async def caller_info(self, number: str) -> CallerInfo | None:
        if not self.supports(Capability.CALLER_LOOKUP):
            return None
        return await self.backend.caller_info(number)

    async def disposition_form(self, call_id: str) -> DispositionForm | None:
        if not self.supports(Capability.DISPOSITION):
            return None
        return await self.backend.disposition_form(call_id)

    async def dispose(self, disposition: Disposition) -> Delivery:
        """Save the agent's wrap-up.

        With an outbox (:meth:`use_outbox`) it is stored on disk first and then sent, after
        anything stored before it; :attr:`Delivery.QUEUED` means the vendor could not be
        reached and it goes out later by itself (see :mod:`agentdesk.outbox_delivery`).
        Raises the vendor's refusal (nothing is left to send then) and
        :class:`SavedWithProblemError` (saved, but a later step failed).
        """
        self._require(Capability.DISPOSITION)
        if disposition.then_pause:
            self._asked[Action.PAUSE] = time.monotonic()
        if self._delivery is None:
            await self.backend.dispose(disposition)
            return Delivery.SENT
        return await self._delivery.dispose(disposition)

    # -- the outbox --

    def use_outbox(self, outbox: Outbox, profile_key: str) -> None:
        """Keep wrap-ups in ``outbox`` under ``profile_key`` until the vendor has them; what
        an earlier run left there goes out once the session connects."""
        self._delivery = OutboxDelivery(
            outbox,
            profile_key,
            self.backend.dispose,
            self._emit,
            reachable=lambda: self.connection.state not in _UNREACHABLE,
        )
        self.add_listener(self._on_connection_for_outbox)

    @property
    def outbox_counts(self) -> OutboxChanged:
        """Writes waiting for the vendor and writes it refused, as last announced."""
        return self._delivery.counts if self._delivery else OutboxChanged(0, 0)

    @property
    def outbox_set_aside(self) -> SetAside | None:
        """The damaged outbox file the session's outbox replaced when it was opened, if any:
        the wrap-ups waiting in it were not sent, and the agent should hear where it is."""
        return self._delivery.outbox.set_aside if self._delivery else None

    async def refused_writes(self) -> list[Entry]:
        """Stored wrap-ups the vendor refused for good, oldest first, with its words."""
        return await self._delivery.refused() if self._delivery else []

    async def discard_refused(self, entry_id: int) -> None:
        """The agent gave up on a refused wrap-up."""
        if self._delivery is not None:
            await self._delivery.discard(entry_id)

    def _on_connection_for_outbox(self, event: SessionEvent) -> None:
        delivery = self._delivery
        if delivery is None or not isinstance(event, ConnectionChanged):
            return
        if event.state is ConnectionState.CONNECTED:
            delivery.connected()
        elif event.state is ConnectionState.CONNECTING:
            # The first sign of a run: show what an earlier run left, and try to send it
            # even before the event stream answers (sending does not need it).
            delivery.flush_soon()

    async def history(
        self, since: datetime, until: datetime | None = None, *, limit: int = 1000
    ) -> list[CallRecord]:
        self._require(Capability.HISTORY)
        return await self.backend.history(since, until, limit=limit)

    async def recording(self, call_id: str) -> Recording:
        self._require(Capability.RECORDINGS)
        return await self.backend.recording(call_id)

    async def queue_figures(self) -> list[QueueFigures]:
        self._require(Capability.QUEUE_STATS)
        return await self.backend.queue_figures()

    async def queues(self) -> list[QueueMembership]:
        self._require(Capability.QUEUE_LOGIN)
        return await self.backend.queues()

    async def queue_login(self, queue_id: str) -> None:
        self._require(Capability.QUEUE_LOGIN)
        await self.backend.queue_login(queue_id)

    async def queue_logout(self, queue_id: str) -> None:
        self._require(Capability.QUEUE_LOGIN)
        await self.backend.queue_logout(queue_id)

    # -- my day, the caller's flags, SMS (the capability alone decides) --

    async def today(self) -> MyDay:
        self._require(Capability.MY_DAY)
        return await self.backend.today()

    async def caller_flags(self, number: str) -> CallerFlags | None:
        """What the vendor's lists say of ``number``; None where it keeps no such lists."""
        if not self.supports(Capability.CALLER_FLAGS):
            return None
        return await self.backend.caller_flags(number)

    async def block(self, number: str) -> None:
        self._require(Capability.BLOCKING)
        await self.backend.block(number)

    async def unblock(self, number: str) -> None:
        self._require(Capability.BLOCKING)
        await self.backend.unblock(number)

    @property
    def sms_limits(self) -> SmsLimits | None:
        """What the vendor's document says of the texts it sends (its longest, its alphabet)."""
        return self.backend.sms_limits

    async def send_sms(self, number: str, text: str) -> SmsSent:
        self._require(Capability.SMS)
        return await self.backend.send_sms(number, text)

    def _require(self, capability: Capability) -> None:
        if not self.supports(capability):
            if capability in self.unavailable:
                raise self.backend.unavailable_error(capability)
            raise NotSupportedError(f"{self.vendor_name}: {capability.value} is not available")

    async def _command(self, action: Action, run: Callable[[], Awaitable[_T]]) -> _T:
        """Run a command; the vendor, not our cached state, has the last word on whether it may.

        Only the capability is checked here: the status shown may be a moment old, and a
        refusal from the vendor carries its own reason.
        """
        self._require(_ACTION_CAPABILITY[action])
        self._asked[action] = time.monotonic()
        return await run()


def _message(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
