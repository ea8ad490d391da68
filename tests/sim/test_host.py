"""A simulator in a child process (agentdesk.sim.host): control calls, their failures, the
process's end; and the same controls for one in this process."""

from __future__ import annotations

import os

import httpx
import pytest

from agentdesk.sim.host import LocalSim, SimHost, SimHostError, make_simulator


async def test_a_child_simulator_serves_and_answers_control_calls() -> None:
    async with SimHost("daktela", seed_history=False) as sim:
        assert sim.pid is not None and sim.pid != os.getpid()
        url = await sim.get("url")
        assert url.startswith("http://127.0.0.1:")
        await sim.call("faults.fail", 503)
        async with httpx.AsyncClient() as client:
            answer = await client.get(f"{url}/api/v6/whoim.json")
        assert answer.status_code == 503
        assert [f.fault for f in await sim.get("faults.injected")] == ["status 503"]
        await sim.set("faults.latency", 0.25)
        assert await sim.get("faults.latency") == 0.25
        call_id = await sim.call("ring", "+420777123456")
        assert await sim.call("call_state", call_id) == "Ringing"
    assert sim.pid is not None
    with pytest.raises(ProcessLookupError):
        os.kill(sim.pid, 0)  # stopped: the process is gone


async def test_a_failing_control_call_says_what_failed_and_the_child_goes_on() -> None:
    async with SimHost("megapbx", seed_history=False) as sim:
        with pytest.raises(SimHostError, match=r"no_such_thing: AttributeError"):
            await sim.call("no_such_thing")
        with pytest.raises(SimHostError, match=r"pick_up: LookupError"):
            await sim.call("pick_up")
        with pytest.raises(SimHostError, match="does not pickle"):
            await sim.get("_server")
        assert (await sim.get("url")).startswith("http://127.0.0.1:")


async def test_a_simulator_in_this_process_has_the_same_controls() -> None:
    sim = make_simulator("okitoki", seed_history=False)
    await sim.start()
    try:
        controls = LocalSim(sim)
        session_id = await controls.call("ring", "+380501234567")
        assert sim.call_state(session_id) == "ringing"
        with pytest.raises(SimHostError, match=r"ring: RuntimeError"):
            await controls.call("ring", "+380501234568")
    finally:
        await sim.stop()


def test_only_known_vendors_are_hosted() -> None:
    with pytest.raises(ValueError, match="no simulator for 'acme'"):
        SimHost("acme")
