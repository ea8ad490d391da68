"""The Daktela simulator's colleagues and transfers keep the document's rules: one target,
the documented types, RTUsersState in both shapes, colleagues who change state."""

from __future__ import annotations

import httpx
import pytest

from agentdesk.sim.daktela.scenario import DaktelaScenario
from agentdesk.sim.daktela.simulator import DaktelaSimulator


async def ask(sim: DaktelaSimulator, action: str, **params: str) -> dict[str, object]:
    async with httpx.AsyncClient(base_url=sim.url) as client:
        answer = await client.get(
            f"/api/4.1/{action}/json", params={"access_token": sim.token, **params}
        )
    body: dict[str, object] = answer.json()
    return body


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({}, "Zadejte právě jeden z parametrů number, dst_queue, dst_user"),
        (
            {"number": "800", "dst_user": "7"},
            "Zadejte právě jeden z parametrů number, dst_queue, dst_user",
        ),
        ({"number": "800", "type": "warm"}, "Neplatný typ přepojení, povoleno attended nebo blind"),
    ],
)
async def test_transfer_takes_one_target_and_the_documented_types(
    params: dict[str, str], error: str
) -> None:
    async with DaktelaSimulator(seed_history=False) as sim:
        sim.ring("601234567")
        sim.pick_up()
        answer = await ask(sim, "Transfer", user=sim.login, **params)
    assert answer == {"error": error, "status": 0}


async def test_the_documented_answer_and_a_second_transfer_while_one_is_pending() -> None:
    async with DaktelaSimulator(seed_history=False, transfer_answer_after=None) as sim:
        sim.ring("601234567")
        sim.pick_up()
        first = await ask(sim, "Transfer", user=sim.login, number="800123456")
        second = await ask(sim, "Transfer", user=sim.login, number="800123456")
    assert first == {"error": None, "status": 1}  # the document's Output
    assert second == {"error": "Přepojení hovoru již probíhá", "status": 0}


async def test_a_transfer_rings_out_by_itself_after_the_time_set() -> None:
    async with DaktelaSimulator(seed_history=False, transfer_answer_after=0.05) as sim:
        call_id = sim.ring("601234567")
        sim.pick_up()
        await ask(sim, "Transfer", user=sim.login, dst_user="11")
        assert await sim.wait_until(lambda: sim.call_state(call_id) is None, 2)
    assert sim.transfers[0].outcome == "answered"
    assert sim.colleagues["benes"].state == "Speaking"


async def test_rt_users_state_has_the_documents_fields() -> None:
    async with DaktelaSimulator(seed_history=False) as sim:
        answer = await ask(sim, "RTUsersState")
    result = answer["result"]
    assert isinstance(result, dict)
    assert set(result) == {"4", "7", "8", "9", "10", "11"}
    row = result["8"]
    assert row["agent_name"] == "novotna" and row["agent_state"] == "Paused"
    assert row["id_pause"] == "7" and row["exten"] == "208"
    assert result["10"]["agent_state"] is None and result["10"]["logintime"] is None
    assert result["4"]["agent_name"] == sim.login and "hash" not in result["4"]


async def test_the_demo_moves_colleagues_on_with_every_call() -> None:
    async with DaktelaSimulator(seed_history=False) as sim:
        before = {c.login: (c.state, c.pause) for c in sim.colleagues.values()}
        scenario = DaktelaScenario(sim, gap=0.01, ring_timeout=0.05, talk_time=0.05)
        scenario.start()
        assert await sim.wait_until(
            lambda: {c.login: (c.state, c.pause) for c in sim.colleagues.values()} != before, 3
        )
        await scenario.stop()
