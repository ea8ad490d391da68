"""A hand-written backend for GUI tests: the real Backend interface, driven by the test."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import UTC, datetime

from agentdesk.core import (
    AgentDeskError,
    AgentState,
    AgentStatus,
    Backend,
    Call,
    CallAnswered,
    CallDirection,
    CallEnded,
    CallerInfo,
    CallPhase,
    CallRinging,
    Capability,
    DialResult,
    Disposition,
    DispositionField,
    DispositionForm,
    DispositionStatus,
    Event,
    FieldKind,
    Pause,
    QueueFigures,
    QueueMembership,
    StatusChanged,
    WebhookFigures,
)

LUNCH = Pause("lunch", "Lunch")
TRAINING = Pause("training", "Training")
AFTER_CALL = Pause("acw", "After-call work", is_wrap_up=True)
PAUSES = (LUNCH, TRAINING, AFTER_CALL)

READY = AgentStatus(AgentState.READY, agent_login="jnovak", agent_name="Jana Nováková")


def inbound_call(phase: CallPhase = CallPhase.RINGING, *, call_id: str = "call-1") -> Call:
    return Call(
        id=call_id,
        direction=CallDirection.INBOUND,
        number="+420601123456",
        phase=phase,
        name="Petr Svoboda",
        queue="Support",
    )


PETR = CallerInfo(
    "+420601123456",
    name="Petr Svoboda",
    company="Svoboda a syn s.r.o.",
    last_agent="Eva Malá",
    last_queue="Sales",
    last_call_at=datetime(2026, 11, 12, 9, 30, tzinfo=UTC),
)

ORDER = DispositionStatus("order", "Order placed")
CALL_BACK = DispositionStatus("callback", "Call back later")
SUPPORT_FORM = DispositionForm(
    call_id="call-1",
    statuses=(ORDER, CALL_BACK),
    fields=(
        DispositionField("product", "Product", FieldKind.CHOICE, True, ("Router", "Modem")),
        DispositionField("ticket", "Ticket number", FieldKind.TEXT),
    ),
    number="+420601123456",
)

FIGURES = [
    QueueFigures("Support", waiting=3, agents_ready=2, longest_wait_seconds=102),
    QueueFigures("Sales", waiting=0, agents_ready=1),
]


class FakeBackend(Backend):
    """Yields what the test pushes; commands are recorded and change the fake's status.

    Set ``fail_next`` to an :class:`AgentDeskError` to make the next command raise it.
    Reads (caller_info, disposition_form, queue_figures) answer from ``callers``, ``forms``
    and ``figures``; ``fail_read[name]`` makes the next read of that name raise, and a
    ``gates[name]`` event makes reads (and "dispose") wait until the test sets it. Reads are
    logged in ``reads``, not in ``requests``, so that a window which looks callers up does
    not change what command tests see. Saved dispositions are kept in ``dispositions``.
    """

    vendor = "daktela"
    display_name = "Daktela"

    def __init__(
        self,
        *,
        capabilities: Iterable[Capability] = tuple(Capability),
        pauses: Iterable[Pause] = PAUSES,
        status: AgentStatus = READY,
    ) -> None:
        self.capabilities = frozenset(capabilities)
        self.pause_list = list(pauses)
        self.current = status
        self.requests: list[tuple[str, ...]] = []
        self.contacts_lookup: Callable[[str], CallerInfo | None] | None = None
        self.memberships = [
            QueueMembership("support", "Support", logged_in=True),
            QueueMembership("sales", "Sales", logged_in=False),
        ]
        self.fail_next: AgentDeskError | None = None
        self.closed = False
        self.webhooks: WebhookFigures | None = None
        """What :meth:`webhook_figures` answers (None: no receiver, as most vendors)."""
        self.callers: dict[str, CallerInfo] = {}
        self.forms: dict[str, DispositionForm] = {}
        self.figures: list[QueueFigures] = []
        self.dispositions: list[Disposition] = []
        self.reads: list[tuple[str, ...]] = []
        self.fail_read: dict[str, BaseException] = {}
        self.gates: dict[str, asyncio.Event] = {}
        self._events: asyncio.Queue[Event | BaseException] = asyncio.Queue()

    # -- the test's side --

    def push(self, item: Event | BaseException) -> None:
        """Yield ``item`` from the stream (an exception ends the stream by raising)."""
        self._events.put_nowait(item)

    def set_status(self, status: AgentStatus) -> None:
        self.current = status
        self.push(StatusChanged(status))

    def ring(self, call: Call | None = None) -> Call:
        call = call or inbound_call()
        self.push(CallRinging(call))
        self.set_status(self._with(AgentState.RINGING, calls=(call,)))
        return call

    def end(self, call: Call | None = None) -> Call:
        """The call is gone (answered or not): back to Ready, with its ``CallEnded``."""
        call = call or self.current.current_call or inbound_call()
        self.set_status(self._with(AgentState.READY))
        self.push(CallEnded(call))
        return call

    def _with(
        self, state: AgentState, *, pause: Pause | None = None, calls: tuple[Call, ...] = ()
    ) -> AgentStatus:
        return AgentStatus(
            state,
            since=datetime.now(UTC),
            pause=pause,
            calls=calls,
            agent_login=self.current.agent_login,
            agent_name=self.current.agent_name,
        )

    def _record(self, *request: str) -> None:
        self.requests.append(request)
        error, self.fail_next = self.fail_next, None
        if error is not None:
            raise error

    async def _read(self, *request: str) -> None:
        self.reads.append(request)
        gate = self.gates.get(request[0])
        if gate is not None:
            await gate.wait()
        error = self.fail_read.pop(request[0], None)
        if error is not None:
            raise error

    # -- the Backend interface --

    def webhook_figures(self) -> WebhookFigures | None:
        return self.webhooks

    async def status(self) -> AgentStatus:
        return self.current

    async def watch(self) -> AsyncIterator[Event]:
        yield StatusChanged(self.current)
        while True:
            item = await self._events.get()
            if isinstance(item, BaseException):
                raise item
            yield item

    async def pauses(self) -> list[Pause]:
        self._require(Capability.PAUSE)
        return list(self.pause_list)

    async def pause(self, pause_id: str) -> None:
        self._require(Capability.PAUSE)
        self._record("pause", pause_id)
        pause = next(p for p in self.pause_list if p.id == pause_id)
        self.set_status(self._with(AgentState.PAUSED, pause=pause))

    async def unpause(self) -> None:
        self._require(Capability.PAUSE)
        self._record("unpause")
        self.set_status(self._with(AgentState.READY))

    def use_contacts(self, lookup: Callable[[str], CallerInfo | None]) -> None:
        self.contacts_lookup = lookup

    async def queues(self) -> list[QueueMembership]:
        self._require(Capability.QUEUE_LOGIN)
        return list(self.memberships)

    async def queue_login(self, queue_id: str) -> None:
        self._require(Capability.QUEUE_LOGIN)
        self._record("queue_login", queue_id)
        self._set_membership(queue_id, True)

    async def queue_logout(self, queue_id: str) -> None:
        self._require(Capability.QUEUE_LOGIN)
        self._record("queue_logout", queue_id)
        self._set_membership(queue_id, False)

    def _set_membership(self, queue_id: str, logged_in: bool) -> None:
        self.memberships = [
            QueueMembership(m.id, m.title, logged_in) if m.id == queue_id else m
            for m in self.memberships
        ]

    async def dial(self, number: str) -> DialResult:
        self._require(Capability.DIAL)
        self._record("dial", number)
        call = Call("call-out", CallDirection.OUTBOUND, number, CallPhase.RINGING)
        self.set_status(self._with(AgentState.RINGING, calls=(call,)))
        return DialResult(call_id=call.id)

    async def answer(self) -> None:
        self._require(Capability.ANSWER)
        self._record("answer")
        call = self.current.current_call or inbound_call()
        talking = Call(
            call.id, call.direction, call.number, CallPhase.TALKING, call.name, call.queue
        )
        self.set_status(self._with(AgentState.TALKING, calls=(talking,)))
        self.push(CallAnswered(talking))

    async def hangup(self) -> None:
        self._require(Capability.HANGUP)
        self._record("hangup")
        call = self.current.current_call
        self.set_status(self._with(AgentState.READY))
        if call is not None:
            self.push(CallEnded(call))

    async def caller_info(self, number: str) -> CallerInfo | None:
        self._require(Capability.CALLER_LOOKUP)
        await self._read("caller_info", number)
        return self.callers.get(number)

    async def disposition_form(self, call_id: str) -> DispositionForm | None:
        self._require(Capability.DISPOSITION)
        await self._read("disposition_form", call_id)
        return self.forms.get(call_id)

    async def dispose(self, disposition: Disposition) -> None:
        self._require(Capability.DISPOSITION)
        gate = self.gates.get("dispose")
        if gate is not None:
            await gate.wait()
        self._record("dispose", disposition.call_id)
        self.dispositions.append(disposition)

    async def queue_figures(self) -> list[QueueFigures]:
        self._require(Capability.QUEUE_STATS)
        await self._read("queue_figures")
        return list(self.figures)

    async def aclose(self) -> None:
        self.closed = True
