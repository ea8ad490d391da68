"""The bridge re-emits every session event as a Qt signal."""

from __future__ import annotations

import asyncio
from typing import Any

from agentdesk.core import AgentState, CallAnswered, CallEnded, ConnectionState
from agentdesk.session import Session
from agentdesk.ui.bridge import SessionBridge
from tests.ui.conftest import wait_until
from tests.ui.fake_backend import PAUSES, FakeBackend, inbound_call


def test_every_session_event_becomes_a_signal(
    qloop: asyncio.AbstractEventLoop, session: Session, backend: FakeBackend, qtbot: Any
) -> None:
    bridge = SessionBridge(session)
    seen: list[tuple[str, Any]] = []
    for name in (
        "status_changed",
        "call_ringing",
        "call_answered",
        "call_ended",
        "connection_changed",
        "pauses_loaded",
    ):
        getattr(bridge, name).connect(lambda value, name=name: seen.append((name, value)))

    async def go() -> None:
        session.start()

    qloop.run_until_complete(go())
    wait_until(qloop, lambda: session.status.agent_login is not None)
    call = backend.ring()
    talking = inbound_call()
    backend.push(CallAnswered(talking))
    backend.push(CallEnded(talking))
    wait_until(qloop, lambda: ("call_ended", talking) in seen)

    names = [name for name, _ in seen]
    assert names[:2] == ["connection_changed", "pauses_loaded"]
    assert ("pauses_loaded", PAUSES) in seen
    assert ("call_ringing", call) in seen
    assert ("call_answered", talking) in seen
    connected = [v for n, v in seen if n == "connection_changed"]
    assert [c.state for c in connected] == [ConnectionState.CONNECTING, ConnectionState.CONNECTED]
    states = [v.state for n, v in seen if n == "status_changed"]
    assert states == [AgentState.READY, AgentState.RINGING]
