"""The Daktela simulator over real loopback HTTP, checked against the vendor document."""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any

import httpx

from agentdesk.sim.daktela.scenario import Caller, DaktelaScenario
from agentdesk.sim.daktela.simulator import DaktelaSimulator


def fast_sim(*, outbound_logged: bool = True) -> DaktelaSimulator:
    """Short hold, wrap-up and outbound answer so tests wait for events, not for seconds."""
    return DaktelaSimulator(
        hold_seconds=0.5,
        wrapup_seconds=0.2,
        outbound_answer_after=0.05,
        outbound_logged=outbound_logged,
    )


async def call_api(
    client: httpx.AsyncClient,
    sim: DaktelaSimulator,
    action: str,
    *,
    version: str = "4.0",
    item: str | None = None,
    token: str | None = None,
    **params: str,
) -> dict[str, Any]:
    path = f"/api/{version}/{action}/{item}/json" if item else f"/api/{version}/{action}/json"
    query = {"access_token": sim.token if token is None else token, **params}
    response = await client.get(sim.url + path, params=query)
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def new_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=httpx.Timeout(5, read=10))


async def test_wrong_or_missing_token_is_an_unknown_user() -> None:
    async with DaktelaSimulator() as sim, new_client() as client:
        wrong = await call_api(client, sim, "GetUser", token="0" * 40)
        assert wrong == {"error": "Uživatel neexistuje", "status": 0}
        response = await client.get(f"{sim.url}/api/4.0/GetUser/json")
        assert response.json() == {"error": "Uživatel neexistuje", "status": 0}


async def test_sha1_of_login_and_password_and_cookie_are_accepted() -> None:
    async with DaktelaSimulator(login="hajek", password="heslo") as sim, new_client() as client:
        sha1 = hashlib.sha1(b"hajekheslo").hexdigest()
        body = await call_api(client, sim, "GetUser", token=sha1)
        assert body["status"] == 1
        assert body["error"] is None
        assert body["result"]["name"] == "hajek"
        client.cookies.set("access_token", sim.token)
        response = await client.get(f"{sim.url}/api/4.0/GetUser/json")
        assert response.json()["status"] == 1


async def test_user_must_name_the_agent_and_is_mandatory() -> None:
    async with DaktelaSimulator() as sim, new_client() as client:
        assert await call_api(client, sim, "RTUserState", user="someone") == {
            "error": "Uživatel neexistuje",
            "status": 0,
        }
        assert await call_api(client, sim, "RTUserState") == {
            "error": "Chybí povinný parametr user",
            "status": 0,
        }
        by_extension = await call_api(client, sim, "RTUserState", extension="201")
        assert by_extension["result"]["agent_name"] == "agent"


async def test_unknown_action_and_non_json_format_are_refused() -> None:
    async with DaktelaSimulator() as sim, new_client() as client:
        unknown = await call_api(client, sim, "NoSuchThing")
        assert unknown["status"] == 0
        assert "NoSuchThing" in unknown["error"]
        xml = await client.get(f"{sim.url}/api/4.0/GetUser/xml", params={"access_token": sim.token})
        assert xml.json()["status"] == 0


async def test_get_pauses_has_the_33_shape_from_33_on() -> None:
    async with DaktelaSimulator() as sim, new_client() as client:
        result = (await call_api(client, sim, "GetPauses", version="4.0"))["result"]
        assert result["7"] == {
            "pause": "7",
            "name": "10",
            "title": "Oběd",
            "type": "",
            "paid": "0",
            "deleted": "0",
        }
        assert [p["title"] for p in result.values() if p["type"] == "wrap"] == ["Wrap"]
        assert [p["deleted"] for p in result.values()].count("1") == 1
        one = await call_api(client, sim, "GetPauses", version="3.3", item="6")
        assert list(one["result"]) == ["6"]
        assert one["result"]["6"]["title"] == "Přestávka"


async def test_get_pauses_has_the_30_shape_before_33() -> None:
    async with DaktelaSimulator() as sim, new_client() as client:
        result = (await call_api(client, sim, "GetPauses", version="3.0"))["result"]
        assert result["2"]["pcode_desc"] == "Wrap"
        assert result["2"]["pauseType"] == "w"
        assert result["7"]["pcode_id"] == "7"
        assert result["7"]["pcode"] == "10"
        assert all("pause" not in p for p in result.values())
        assert "9" not in result  # the deleted pause has no place in a shape without "deleted"


async def test_pause_on_and_off() -> None:
    async with DaktelaSimulator() as sim, new_client() as client:
        for bad in ("100", "9"):  # unknown, deleted
            refused = await call_api(client, sim, "PauseOn", user="agent", pause=bad)
            assert refused == {"error": "Tato pauza nebyla nalezena", "status": 0}
        ok = await call_api(client, sim, "PauseOn", user="agent", pause="7")
        assert ok == {"error": None, "status": 1}
        state = (await call_api(client, sim, "RTUserState", user="agent"))["result"]
        assert (state["agent_state"], state["id_pause"]) == ("Paused", "7")
        assert state["onpause"] == state["state_time"]
        assert await call_api(client, sim, "PauseOff", extension="201") == {
            "error": None,
            "status": 1,
        }
        assert sim.state == "Idle"
        assert sim.id_pause is None


async def test_pause_on_during_a_call_needs_force() -> None:
    async with fast_sim() as sim, new_client() as client:
        sim.ring("601234567")
        refused = await call_api(client, sim, "PauseOn", user="agent", pause="4")
        assert refused["status"] == 0
        assert refused["error"] == "Nelze nastavit pauzu během hovoru"
        forced = await call_api(client, sim, "PauseOn", user="agent", pause="4", force="yes")
        assert forced["status"] == 1
        sim.abandon()
        assert (sim.state, sim.id_pause) == ("Paused", "4")


async def test_long_poll_is_held_until_a_change() -> None:
    async with fast_sim() as sim, new_client() as client:
        first = (await call_api(client, sim, "RTUserState", user="agent"))["result"]
        assert first["agent_state"] == "Idle"
        assert len(first["hash"]) == 40
        held = asyncio.create_task(
            call_api(client, sim, "RTUserState", user="agent", hash=first["hash"])
        )
        await sim.wait_for_waiters(1)
        assert not held.done()
        call_id = sim.ring("601234567", name="Petr Svoboda")
        state = (await held)["result"]
        assert state["agent_state"] == "Ringing"
        assert state["hash"] != first["hash"]
        [call] = state["calls"]
        assert call["id_call"] == call_id
        assert (call["direction"], call["clid"], call["clid_name"]) == (
            "in",
            "601234567",
            "Petr Svoboda",
        )
        assert (call["call_state"], call["answered"]) == ("Ringing", None)
        assert call["oqueue"]["title"] == "Support"


async def test_long_poll_answers_with_the_same_hash_after_the_hold() -> None:
    async with fast_sim() as sim, new_client() as client:
        first = (await call_api(client, sim, "RTUserState", user="agent"))["result"]
        again = await call_api(client, sim, "RTUserState", user="agent", hash=first["hash"])
        assert again["result"]["hash"] == first["hash"]
        assert sim.requests[-1] == ("RTUserState", {"user": "agent", "hash": first["hash"]})


async def test_rtuserstate_39_has_no_hash_and_no_queues() -> None:
    async with DaktelaSimulator() as sim, new_client() as client:
        result = (await call_api(client, sim, "RTUserState", version="3.9", user="agent"))["result"]
        assert "hash" not in result
        assert "login_oqueues" not in result
        assert result["agent_title"] == "Jana Nováková"


async def test_logged_out_agent_has_null_state() -> None:
    async with DaktelaSimulator() as sim, new_client() as client:
        sim.log_out()
        result = (await call_api(client, sim, "RTUserState", user="agent"))["result"]
        assert (result["agent_state"], result["logintime"], result["calls"]) == (None, None, [])
        assert not any(q["rt_logged"] for q in result["login_oqueues"])
        sim.log_in()
        assert sim.state == "Idle"


async def test_create_call_needs_an_outgoing_queue() -> None:
    async with fast_sim(outbound_logged=False) as sim, new_client() as client:
        refused = await call_api(client, sim, "CreateCall", user="agent", number="800123456")
        assert refused == {
            "error": "Agent není přihlášen do odchozí kampaně/fronty",
            "status": 0,
        }
        sim.set_queue_logged("2", True)
        created = await call_api(client, sim, "CreateCall", user="agent", number="800123456")
        call_id = created["result"]["id_call"]
        assert sim.call_state(call_id) == "Ringing"
        again = await call_api(client, sim, "CreateCall", user="agent", number="800123456")
        assert again["status"] == 0
        assert await sim.wait_until(lambda: sim.state == "Speaking", timeout=5)
        state = (await call_api(client, sim, "RTUserState", user="agent"))["result"]
        assert state["calls"][0]["direction"] == "out"
        assert state["calls"][0]["answered"] is not None


async def test_outbound_call_made_while_paused_returns_to_the_pause() -> None:
    async with fast_sim() as sim, new_client() as client:
        sim.set_pause("4")
        await call_api(client, sim, "CreateCall", user="agent", number="800123456")
        assert await sim.wait_until(lambda: sim.state == "Speaking", timeout=5)
        assert await call_api(client, sim, "Hangup", user="agent") == {"error": None, "status": 1}
        assert (sim.state, sim.id_pause) == ("Paused", "4")


async def test_answer_hangup_and_wrap_up() -> None:
    async with fast_sim() as sim, new_client() as client:
        nothing = await call_api(client, sim, "Answer", user="agent")
        assert nothing["status"] == 0
        call_id = sim.ring("00420777123456", queue_id="3")
        answered = await call_api(client, sim, "Answer", user="agent")
        assert answered["result"] == {
            "calling_number": "00420777123456",
            "calling_queue": "2001",
            "calling_queue_name": "Sales",
            "id_call": call_id,
        }
        assert sim.state == "Speaking"
        assert (await call_api(client, sim, "Hangup", user="agent"))["status"] == 1
        assert (sim.state, sim.id_pause) == ("Paused", "2")
        assert await sim.wait_until(lambda: sim.state == "Idle", timeout=5)
        assert (await call_api(client, sim, "Hangup", user="agent"))["status"] == 0
        assert sim.finished_calls[-1]["ended_by"] == "agent"


async def test_abandoned_call_has_no_wrap_up() -> None:
    async with fast_sim() as sim:
        sim.ring("601234567")
        sim.abandon()
        assert sim.state == "Idle"


async def test_post_form_params_are_merged() -> None:
    async with DaktelaSimulator() as sim, new_client() as client:
        response = await client.post(
            f"{sim.url}/api/4.0/PauseOn/json",
            params={"access_token": sim.token},
            data={"user": "agent", "pause": "6"},
        )
        assert response.json() == {"error": None, "status": 1}
        assert sim.requests == [("PauseOn", {"user": "agent", "pause": "6"})]


async def test_scenario_rings_and_abandons() -> None:
    async with fast_sim() as sim:
        scenario = DaktelaScenario(
            sim,
            gap=0.01,
            ring_timeout=0.05,
            talk_time=0.05,
            callers=(Caller("601234567", "Petr Svoboda", "1"),),
        )
        scenario.start()
        assert await sim.wait_until(lambda: sim.state == "Ringing", timeout=5)
        assert await sim.wait_until(lambda: bool(sim.finished_calls), timeout=5)
        await scenario.stop()
        [call] = sim.finished_calls
        assert (call["clid"], call["answered"], call["ended_by"]) == (
            "601234567",
            None,
            "customer",
        )
        assert sim.state == "Idle"


async def test_scenario_customer_hangs_up_after_talking() -> None:
    async with fast_sim() as sim:
        DaktelaScenario(sim, gap=0.01, ring_timeout=5, talk_time=0.05).start()
        assert await sim.wait_until(lambda: sim.state == "Ringing", timeout=5)
        sim.pick_up()
        assert await sim.wait_until(lambda: bool(sim.finished_calls), timeout=5)
        assert sim.finished_calls[0]["answered"] is not None
        assert sim.state == "Paused"  # wrap-up; the simulator's stop() ends the scenario


async def test_stop_releases_a_held_long_poll_at_once() -> None:
    async with DaktelaSimulator() as sim, new_client() as client:  # the documented 60 s hold
        first = (await call_api(client, sim, "RTUserState", user="agent"))["result"]
        held = asyncio.create_task(
            call_api(client, sim, "RTUserState", user="agent", hash=first["hash"])
        )
        await sim.wait_for_waiters(1)
        loop = asyncio.get_running_loop()
        started = loop.time()
        await sim.stop()
        assert (await held)["result"]["hash"] == first["hash"]
        assert loop.time() - started < 0.5


async def test_scenario_lets_every_third_caller_wait_in_the_queue_until_picked_up() -> None:
    async with fast_sim() as sim:
        DaktelaScenario(sim, gap=0.01, ring_timeout=5, talk_time=0.05, waiting_every=1).start()
        assert await sim.wait_until(lambda: bool(sim.waiting), timeout=5)
        assert sim.state == "Idle"  # waiting for anyone: nothing rings at the agent
        (call_id,) = sim.waiting
        response = await _pickup(sim, call_id)
        assert response == {"status": 1, "error": None, "result": []}
        assert await sim.wait_until(lambda: bool(sim.finished_calls), timeout=5)
        assert sim.finished_calls[0]["id_call"] == call_id


async def _pickup(sim: DaktelaSimulator, call_id: str) -> object:
    async with new_client() as client:
        return await call_api(client, sim, "PickupFromQueue", call_id=call_id, user="agent")
