from agentdesk.core import (
    AgentState,
    AgentStatus,
    Call,
    CallAnswered,
    CallDirection,
    CallEnded,
    CallPhase,
    CallRinging,
    call_events,
)


def _call(phase: CallPhase, call_id: str = "1") -> Call:
    return Call(id=call_id, direction=CallDirection.INBOUND, number="601234567", phase=phase)


def _status(*calls: Call) -> AgentStatus:
    return AgentStatus(state=AgentState.READY, calls=calls)


def test_a_call_that_rings_is_answered_and_ends_gives_three_events() -> None:
    ringing, talking = _call(CallPhase.RINGING), _call(CallPhase.TALKING)
    assert call_events(_status(), _status(ringing)) == [CallRinging(ringing)]
    assert call_events(_status(ringing), _status(talking)) == [CallAnswered(talking)]
    assert call_events(_status(talking), _status()) == [CallEnded(talking)]


def test_a_call_that_rings_and_vanishes_still_ends() -> None:
    ringing = _call(CallPhase.RINGING)
    assert call_events(_status(ringing), _status()) == [CallEnded(ringing)]


def test_a_call_first_seen_talking_counts_as_answered() -> None:
    talking = _call(CallPhase.TALKING)
    assert call_events(None, _status(talking)) == [CallAnswered(talking)]


def test_hold_and_unhold_are_not_new_answers() -> None:
    talking, held = _call(CallPhase.TALKING), _call(CallPhase.ON_HOLD)
    assert call_events(_status(talking), _status(held)) == []
    assert call_events(_status(held), _status(talking)) == []


def test_a_second_call_replacing_the_first() -> None:
    first, second = _call(CallPhase.TALKING, "1"), _call(CallPhase.RINGING, "2")
    assert call_events(_status(first), _status(second)) == [
        CallRinging(second),
        CallEnded(first),
    ]
