"""uContact's agent log-off and log-in again, against its simulator over loopback: the
backend shows the agent logged off and signs nobody in behind their back until they log in."""

from __future__ import annotations

import pytest

from agentdesk.core import AgentState, Capability, NotSupportedError, VendorError
from tests.backends.daktela_helpers import EventTap
from tests.backends.test_ucontact import backend_for, fast_sim


async def test_log_off_ends_the_session_and_log_in_starts_another() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        tap = EventTap(backend.watch())
        try:
            assert (await tap.next_status()).status.state is AgentState.LOGGED_IN
            await backend.shift_logout()
            assert (await tap.next_status()).status.state is AgentState.OFFLINE
            assert not sim.logged_in
            assert (await backend.status()).state is AgentState.OFFLINE
            with pytest.raises(VendorError, match="logged off from uContact"):
                await backend.pause("Almuerzo")
            assert len(sim.paths("auth/AgentLogin")) == 1  # nobody signed in again
            await backend.shift_login()
            assert (await tap.next_status()).status.state is AgentState.LOGGED_IN
            assert sim.logged_in
        finally:
            await tap.close()
            await backend.aclose()
    assert sim.paths("api/AgentLogoff")[0] == {
        "agent": "jperez",
        "interface": "1001",
        "message": "Logged off in AgentDesk",
    }
    assert len(sim.paths("auth/AgentLogin")) == 2


async def test_a_token_profile_logs_off_but_cannot_log_in_and_says_why() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, auth="token", secret=sim.token, phone="1001")
        try:
            assert Capability.SHIFT_LOGOUT in backend.capabilities
            assert Capability.SHIFT_LOGIN not in backend.capabilities
            with pytest.raises(NotSupportedError, match="portal token"):
                await backend.shift_login()
            await backend.shift_logout()
            assert (await backend.status()).state is AgentState.OFFLINE
        finally:
            await backend.aclose()
    assert [p["agent"] for p in sim.paths("api/AgentLogoff")] == ["jperez"]
