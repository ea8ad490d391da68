"""The live-call bookkeeping the MegaFon, Oki-Toki and uContact backends share
(agentdesk/backends/live_calls.py), on a clock the test moves, and MegaFon's reading of its
event types through it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.backends.live_calls import (
    ENDED_KEPT,
    LIVE_LIMIT,
    RINGING_LIMIT,
    TALKING_LIMIT,
    Ending,
    LiveCalls,
    LiveLimits,
)
from agentdesk.backends.megapbx.live import Identity, LiveState
from agentdesk.core import Call, CallAnswered, CallDirection, CallEnded, CallPhase, CallRinging


class Clock:
    """Wall-clock time that moves only when the test says."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def call(call_id: str, phase: CallPhase = CallPhase.RINGING) -> Call:
    return Call(id=call_id, direction=CallDirection.INBOUND, number="+79101234567", phase=phase)


def event(kind: str, callid: str, **more: str) -> dict[str, str]:
    return {"type": kind, "callid": callid, "phone": "79101234567", "direction": "in"} | more


def megapbx_state(clock: Clock) -> LiveState:
    identity = Identity("ivanova")
    identity.extension = "702"
    return LiveState(identity, clock=clock)


def test_the_bounds_are_minutes_for_a_ring_hours_for_a_talk_and_ten_calls() -> None:
    assert timedelta(minutes=5) == RINGING_LIMIT
    assert timedelta(hours=4) == TALKING_LIMIT
    assert (LIVE_LIMIT, ENDED_KEPT) == (10, 1000)
    with pytest.raises(ValueError, match="above zero"):
        LiveLimits(count=0)


def test_a_call_ringing_past_its_bound_with_no_word_of_it_is_overdue() -> None:
    clock = Clock()
    calls = LiveCalls(clock=clock)
    calls.put(call("A"))
    clock.advance(RINGING_LIMIT - timedelta(seconds=1))
    calls.put(call("A"))  # a word of it: the bound counts from here
    clock.advance(RINGING_LIMIT)
    assert calls.overdue() == []
    clock.advance(timedelta(seconds=2))
    assert calls.overdue() == ["A"]
    calls.expire()
    assert calls.calls == () and calls.ended("A") is Ending.LEFT


def test_an_answered_call_has_hours() -> None:
    clock = Clock()
    calls = LiveCalls(clock=clock)
    calls.put(call("A", CallPhase.TALKING))
    clock.advance(TALKING_LIMIT - timedelta(minutes=1))
    assert calls.overdue() == []
    clock.advance(timedelta(minutes=2))
    assert calls.overdue() == ["A"]


def test_past_the_count_the_call_heard_of_longest_ago_leaves() -> None:
    clock = Clock()
    calls = LiveCalls(clock=clock)
    for n in range(LIVE_LIMIT):
        calls.put(call(str(n)))
        clock.advance(timedelta(seconds=1))
    calls.put(call("0"))  # heard of again: now the newest
    calls.put(call("new"))
    assert len(calls) == LIVE_LIMIT
    assert calls.get("1") is None and calls.ended("1") is Ending.LEFT
    assert calls.get("0") is not None and calls.get("new") is not None


def test_the_ended_memory_keeps_the_last_calls_and_never_weakens_an_end() -> None:
    calls = LiveCalls(clock=Clock(), limits=LiveLimits(ended_kept=3))
    calls.end(["A"])
    calls.end(["A"], Ending.LEFT)  # a TRANSFERRED posted again after COMPLETED
    assert calls.ended("A") is Ending.FOR_GOOD
    assert not calls.accepts("A", ringing=True)
    calls.end(["B", "C", "D"])
    assert calls.ended("A") is None and calls.accepts("A", ringing=True)  # forgotten
    calls.end(["E"], Ending.LEFT)
    assert calls.accepts("E", ringing=True) and not calls.accepts("E", ringing=False)


def test_megapbx_live_calls_stay_bounded_whatever_the_pbx_posts() -> None:
    clock = Clock()
    state = megapbx_state(clock)
    ended = []
    for n in range(1000):  # calls whose end never comes
        clock.advance(timedelta(seconds=1))
        events = state.apply_event(event("INCOMING", f"C{n}", user="ivanova"))
        ended += [e.call.id for e in events if isinstance(e, CallEnded)]
    assert len(state.calls) == LIVE_LIMIT
    assert [c.id for c in state.calls] == [f"C{n}" for n in range(990, 1000)]
    assert ended == [f"C{n}" for n in range(990)]  # each one that left said so
    for n in range(10_000):
        state.apply_event(event("COMPLETED", f"D{n}"))
    assert len(state._calls._ended) == ENDED_KEPT


def test_megapbx_a_completed_call_never_comes_back_but_a_transferred_one_may() -> None:
    state = megapbx_state(Clock())
    for kind in ("INCOMING", "ACCEPTED", "COMPLETED", "INCOMING", "ACCEPTED"):
        state.apply_event(event(kind, "DONE"))
    assert state.calls == ()
    state.apply_event(event("INCOMING", "BACK"))
    state.apply_event(event("TRANSFERRED", "BACK"))
    assert state.apply_event(event("ACCEPTED", "BACK")) == []  # an answer it never rang for
    again = state.apply_event(event("INCOMING", "BACK"))  # a colleague passes it back
    answered = state.apply_event(event("ACCEPTED", "BACK"))
    assert [type(e) for e in again[1:]] == [CallRinging]
    assert [type(e) for e in answered[1:]] == [CallAnswered]
    state.apply_event(event("CANCELLED", "HUNT"))  # rung elsewhere by a hunt group...
    assert [type(e) for e in state.apply_event(event("INCOMING", "HUNT"))[1:]] == [CallRinging]


def test_megapbx_overdue_calls_end_with_their_events() -> None:
    clock = Clock()
    state = megapbx_state(clock)
    state.apply_event(event("INCOMING", "RING"))
    state.apply_event(event("INCOMING", "TALK"))
    state.apply_event(event("ACCEPTED", "TALK"))
    clock.advance(RINGING_LIMIT + timedelta(seconds=1))
    first = state.end_overdue()
    clock.advance(TALKING_LIMIT)
    second = state.end_overdue()
    assert [e.call.id for e in first if isinstance(e, CallEnded)] == ["RING"]
    assert [e.call.id for e in second if isinstance(e, CallEnded)] == ["TALK"]
    assert state.end_overdue() == []


def test_megapbx_the_login_decides_and_the_extension_only_without_one() -> None:
    identity = Identity("ivanova")
    identity.extension = "702"
    assert identity.is_me({"user": "ivanova", "ext": "702"})
    assert identity.is_me({"user": "ivanova", "ext": "799"})
    assert not identity.is_me({"user": "petrov", "ext": "702"})
    assert identity.is_me({"ext": "702"})
    assert identity.is_me({"user": " ", "ext": "702"})
    assert not identity.is_me({"ext": "799"})
    assert not identity.is_me({})
    by_extension = Identity("702")  # before users/702 has answered
    assert by_extension.is_me({"ext": "702"}) and not by_extension.is_me({"user": "ivanova"})
