"""What the agent may do now: one table of ``Session.why_not`` over the real session.

Each row sets the agent's state, the live call (if any), the connection and a capability the
vendor does not offer (if any; with the profile option it lacks, when that is why), and
names the answer for one action: None (allowed) or the :class:`Refusal` the GUI words for the
agent. The session is given its status and connection directly, as its event stream would
leave them; the backend is the GUI tests' hand-written fake. Last, the vendor facts the window
reads from the session rather than from its backend.
"""

from __future__ import annotations

import pytest

from agentdesk.core import (
    AgentState,
    AgentStatus,
    Call,
    CallDirection,
    CallPhase,
    Capability,
    ConnectionChanged,
    ConnectionState,
    Unavailable,
)
from agentdesk.session import Action, Refusal, Session
from tests.ui.fake_backend import FakeBackend

A, S, C, R, Cap = Action, AgentState, ConnectionState, Refusal, Capability
UP = C.CONNECTED
RING_IN = (CallPhase.RINGING, CallDirection.INBOUND)
RING_OUT = (CallPhase.RINGING, CallDirection.OUTBOUND)
TALK_IN = (CallPhase.TALKING, CallDirection.INBOUND)
HELD_OUT = (CallPhase.ON_HOLD, CallDirection.OUTBOUND)

# action, agent state, live call (phase, direction), connection, capability not offered, answer
Row = tuple[
    Action,
    AgentState,
    tuple[CallPhase, CallDirection] | None,
    ConnectionState,
    Capability | tuple[Capability, str] | None,
    Refusal | None,
]

# fmt: off
TABLE: list[Row] = [
    # action   agent state   live call  connection      not offered  expected
    # The vendor does not offer it: said first, connected or not.
    (A.PAUSE,  S.READY,      None,      UP,             Cap.PAUSE,   R.NOT_OFFERED),
    (A.READY,  S.PAUSED,     None,      UP,             Cap.PAUSE,   R.NOT_OFFERED),
    (A.DIAL,   S.READY,      None,      UP,             Cap.DIAL,    R.NOT_OFFERED),
    (A.DIAL,   S.READY,      None,      C.RECONNECTING, Cap.DIAL,    R.NOT_OFFERED),
    (A.ANSWER, S.RINGING,    RING_IN,   UP,             Cap.ANSWER,  R.NOT_OFFERED),
    (A.HANGUP, S.TALKING,    TALK_IN,   UP,             Cap.HANGUP,  R.NOT_OFFERED),
    (A.DIAL,   S.READY,      None,      UP,             Cap.PAUSE,   None),
    (A.ANSWER, S.RINGING,    RING_IN,   UP,             Cap.DIAL,    None),
    # The vendor offers it, the profile lacks its option: said first too.
    (A.PAUSE,  S.READY,      None,      UP,   (Cap.PAUSE, "statuses"),  R.NEEDS_OPTION),
    (A.DIAL,   S.READY,      None,      C.CONNECTING, (Cap.DIAL, "x"),  R.NEEDS_OPTION),
    # Not connected: nothing is allowed, whatever the state shown last.
    (A.DIAL,   S.READY,      None,      C.CONNECTING,   None,        R.NOT_CONNECTED),
    (A.PAUSE,  S.READY,      None,      C.RECONNECTING, None,        R.NOT_CONNECTED),
    (A.READY,  S.PAUSED,     None,      C.AUTH_FAILED,  None,        R.NOT_CONNECTED),
    (A.ANSWER, S.RINGING,    RING_IN,   C.FAILED,       None,        R.NOT_CONNECTED),
    (A.HANGUP, S.TALKING,    TALK_IN,   C.STOPPED,      None,        R.NOT_CONNECTED),
    # Answer: only an inbound call that rings.
    (A.ANSWER, S.RINGING,    RING_IN,   UP,             None,        None),
    (A.ANSWER, S.RINGING,    RING_OUT,  UP,             None,        R.NOTHING_RINGING),
    (A.ANSWER, S.TALKING,    TALK_IN,   UP,             None,        R.NOTHING_RINGING),
    (A.ANSWER, S.RINGING,    None,      UP,             None,        R.NOTHING_RINGING),
    (A.ANSWER, S.READY,      None,      UP,             None,        R.NOTHING_RINGING),
    # Hang up: a live call, or a call state whose call the vendor did not describe.
    (A.HANGUP, S.RINGING,    RING_IN,   UP,             None,        None),
    (A.HANGUP, S.RINGING,    RING_OUT,  UP,             None,        None),
    (A.HANGUP, S.ON_HOLD,    HELD_OUT,  UP,             None,        None),
    (A.HANGUP, S.WRAP_UP,    TALK_IN,   UP,             None,        None),
    (A.HANGUP, S.TALKING,    None,      UP,             None,        None),
    (A.HANGUP, S.ON_HOLD,    None,      UP,             None,        None),
    (A.HANGUP, S.READY,      None,      UP,             None,        R.NO_CALL),
    (A.HANGUP, S.PAUSED,     None,      UP,             None,        R.NO_CALL),
    (A.HANGUP, S.OFFLINE,    None,      UP,             None,        R.NO_CALL),
    # Dial and pause: signed in and not in a call.
    (A.DIAL,   S.READY,      None,      UP,             None,        None),
    (A.DIAL,   S.PAUSED,     None,      UP,             None,        None),
    (A.DIAL,   S.LOGGED_IN,  None,      UP,             None,        None),
    (A.DIAL,   S.WRAP_UP,    None,      UP,             None,        None),
    (A.DIAL,   S.OFFLINE,    None,      UP,             None,        R.OFFLINE),
    (A.DIAL,   S.RINGING,    RING_IN,   UP,             None,        R.IN_CALL),
    (A.DIAL,   S.TALKING,    TALK_IN,   UP,             None,        R.IN_CALL),
    (A.DIAL,   S.ON_HOLD,    HELD_OUT,  UP,             None,        R.IN_CALL),
    (A.PAUSE,  S.READY,      None,      UP,             None,        None),
    (A.PAUSE,  S.PAUSED,     None,      UP,             None,        None),
    (A.PAUSE,  S.LOGGED_IN,  None,      UP,             None,        None),
    (A.PAUSE,  S.WRAP_UP,    None,      UP,             None,        None),
    (A.PAUSE,  S.OFFLINE,    None,      UP,             None,        R.OFFLINE),
    (A.PAUSE,  S.RINGING,    RING_IN,   UP,             None,        R.IN_CALL),
    (A.PAUSE,  S.TALKING,    TALK_IN,   UP,             None,        R.IN_CALL),
    # Ready: from a pause, wrap-up or "logged in" (where vendors without a live feed start).
    (A.READY,  S.PAUSED,     None,      UP,             None,        None),
    (A.READY,  S.WRAP_UP,    None,      UP,             None,        None),
    (A.READY,  S.LOGGED_IN,  None,      UP,             None,        None),
    (A.READY,  S.READY,      None,      UP,             None,        R.ALREADY_READY),
    (A.READY,  S.TALKING,    TALK_IN,   UP,             None,        R.ALREADY_READY),
    (A.READY,  S.RINGING,    RING_IN,   UP,             None,        R.ALREADY_READY),
    (A.READY,  S.OFFLINE,    None,      UP,             None,        R.OFFLINE),
    # Transfer: an answered call, talking or held; never one still ringing.
    (A.TRANSFER, S.TALKING,  TALK_IN,   UP,             None,        None),
    (A.TRANSFER, S.ON_HOLD,  HELD_OUT,  UP,             None,        None),
    (A.TRANSFER, S.RINGING,  RING_IN,   UP,             None,        R.NO_CALL),
    (A.TRANSFER, S.READY,    None,      UP,             None,        R.NO_CALL),
    (A.TRANSFER, S.TALKING,  TALK_IN,   UP,             Cap.TRANSFER, R.NOT_OFFERED),
]
# fmt: on


def row_id(row: Row) -> str:
    action, state, call, connection, missing, expected = row
    parts = [action.value, state.value, "-".join(call) if call else "no call", connection.value]
    if isinstance(missing, tuple):
        parts.append(f"no {missing[0].value} without {missing[1]}")
    elif missing is not None:
        parts.append(f"no {missing.value}")
    return " / ".join(parts) + f" -> {expected.value if expected else 'allowed'}"


def session_in(row: Row) -> Session:
    _action, state, call, connection, missing, _expected = row
    lacking = missing[0] if isinstance(missing, tuple) else missing
    backend = FakeBackend(capabilities=set(Capability) - {lacking})
    if isinstance(missing, tuple):
        backend.unavailable = {missing[0]: Unavailable.needs_option(missing[1])}
    calls = () if call is None else (Call("call-1", call[1], "+420601123456", call[0]),)
    session = Session(backend)
    session.status = AgentStatus(state, calls=calls, agent_login="jnovak")
    session.connection = ConnectionChanged(connection)
    return session


@pytest.mark.parametrize("row", TABLE, ids=row_id)
def test_why_not_answers_from_state_call_capabilities_and_connection(row: Row) -> None:
    action, expected = row[0], row[-1]
    session = session_in(row)
    assert session.why_not(action) is expected
    assert session.can(action) is (expected is None)


def test_the_table_allows_and_refuses_every_action_and_uses_every_refusal() -> None:
    for action in Action:
        answers = {row[-1] for row in TABLE if row[0] is action}
        assert None in answers and answers - {None}, action
    assert {row[-1] for row in TABLE} - {None} == set(Refusal)
    assert len({row_id(row) for row in TABLE}) == len(TABLE)


def test_the_window_reads_vendor_facts_from_the_session_not_the_backend() -> None:
    backend = FakeBackend(capabilities={Capability.DIAL, Capability.HISTORY})
    backend.dial_note = "Calls placed from here ring your phone first."
    session = Session(backend)
    assert session.capabilities == frozenset({Capability.DIAL, Capability.HISTORY})
    assert session.dial_note == backend.dial_note
    session.use_contacts(lambda number: None)
    assert backend.contacts_lookup is not None
