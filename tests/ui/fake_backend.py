"""A hand-written backend for GUI tests: the real Backend interface, driven by the test."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime

from agentdesk.core import (
    AgentDeskError,
    AgentState,
    AgentStatus,
    Backend,
    Call,
    CallDirection,
    CallPhase,
    CallRinging,
    Capability,
    DialResult,
    Event,
    Pause,
    StatusChanged,
)

LUNCH = Pause("lunch", "Lunch")
TRAINING = Pause("training", "Training")
AFTER_CALL = Pause("acw", "After-call work", is_wrap_up=True)
PAUSES = (LUNCH, TRAINING, AFTER_CALL)

READY = AgentStatus(AgentState.READY, agent_login="jnovak", agent_name="Jana Nováková")


def inbound_call(phase: CallPhase = CallPhase.RINGING) -> Call:
    return Call(
        id="call-1",
        direction=CallDirection.INBOUND,
        number="+420601123456",
        phase=phase,
        name="Petr Svoboda",
        queue="Support",
    )


class FakeBackend(Backend):
    """Yields what the test pushes; commands are recorded and change the fake's status.

    Set ``fail_next`` to an :class:`AgentDeskError` to make the next command raise it.
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
        self.fail_next: AgentDeskError | None = None
        self.closed = False
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

    # -- the Backend interface --

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

    async def hangup(self) -> None:
        self._require(Capability.HANGUP)
        self._record("hangup")
        self.set_status(self._with(AgentState.READY))

    async def aclose(self) -> None:
        self.closed = True
