"""Which calls count as missed, and the unseen count."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from agentdesk.core import Call, CallAnswered, CallDirection, CallEnded, CallPhase, CallRinging
from agentdesk.missed_calls import MissedCalls

RANG = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def call(call_id: str, direction: CallDirection = CallDirection.INBOUND) -> Call:
    return Call(
        call_id, direction, "+420777123456", CallPhase.RINGING, name="Jana", ringing_at=RANG
    )


def test_a_call_that_rang_and_ended_unanswered_is_missed_until_seen() -> None:
    changes: list[int] = []
    missed = MissedCalls()
    missed = MissedCalls(on_change=lambda: changes.append(missed.unseen))
    missed.observe(CallRinging(call("a")))
    missed.observe(CallEnded(call("a")))
    assert [(m.call_id, m.number, m.name, m.rang_at) for m in missed.calls] == [
        ("a", "+420777123456", "Jana", RANG)
    ]
    assert missed.unseen == 1 and changes == [1]
    missed.mark_seen()
    assert missed.unseen == 0 and changes == [1, 0]
    assert len(missed.calls) == 1  # seen, still listed until called back or cleared
    missed.remove("a")
    assert missed.calls == [] and changes == [1, 0, 0]


def test_answered_outbound_and_unknown_calls_are_not_missed() -> None:
    missed = MissedCalls()
    answered = call("answered")
    missed.observe(CallRinging(answered))
    missed.observe(CallAnswered(replace(answered, phase=CallPhase.TALKING)))
    missed.observe(CallEnded(replace(answered, phase=CallPhase.TALKING)))
    # Answered elsewhere: the ended call carries its answer time though "answered" never came.
    elsewhere = call("elsewhere")
    missed.observe(CallRinging(elsewhere))
    missed.observe(CallEnded(replace(elsewhere, answered_at=RANG)))
    outbound = call("out", CallDirection.OUTBOUND)
    missed.observe(CallRinging(outbound))
    missed.observe(CallEnded(outbound))
    missed.observe(CallEnded(call("never-rang")))  # e.g. attached mid-call
    assert missed.calls == [] and missed.unseen == 0


def test_newest_first_bounded_and_cleared() -> None:
    missed = MissedCalls(kept=3)
    for n in range(5):
        missed.observe(CallRinging(call(str(n))))
        missed.observe(CallEnded(call(str(n))))
    assert [m.call_id for m in missed.calls] == ["4", "3", "2"]
    assert missed.unseen == 3
    missed.clear()
    assert missed.calls == [] and missed.unseen == 0
