"""The Daktela simulator's contacts, call log, recordings, call scripts and queue figures,
over real loopback HTTP, in the document's shapes."""

from __future__ import annotations

import io
import wave
from datetime import datetime, timedelta

from agentdesk.sim.audio import beeps_wav, recording_seconds
from agentdesk.sim.daktela.scenario import DEMO_CALLERS
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.sim.test_daktela_sim import call_api, new_client

STAMP = "%Y-%m-%d %H:%M:%S"


def quiet_sim() -> DaktelaSimulator:
    return DaktelaSimulator(seed_history=False, wrapup_seconds=30.0)


def answered_call(sim: DaktelaSimulator, number: str = "601234567") -> str:
    call_id = sim.ring(number)
    sim.pick_up()
    sim.customer_hangup()
    return call_id


def test_the_scenarios_named_callers_are_in_the_directory() -> None:
    sim = DaktelaSimulator(seed_history=False)
    directory = {c.number[-9:]: f"{c.first_name} {c.last_name}" for c in sim.contacts}
    for caller in DEMO_CALLERS:
        if caller.clid_name:
            assert directory[caller.clid[-9:]] == caller.clid_name


def test_recordings_are_short_deterministic_telephone_wavs() -> None:
    first, again, other = beeps_wav("1.1"), beeps_wav("1.1"), beeps_wav("1.2")
    assert first == again and first != other
    with wave.open(io.BytesIO(first)) as audio:
        assert (audio.getnchannels(), audio.getsampwidth(), audio.getframerate()) == (1, 2, 8000)
        assert audio.getnframes() == recording_seconds("1.1") * 8000
    assert {recording_seconds(str(n)) for n in range(50)} <= {1, 2, 3, 4}


def test_seeding_is_a_week_of_calls_and_the_same_every_time() -> None:
    one, two = DaktelaSimulator(), DaktelaSimulator()
    assert len(one.call_log.records) == 40
    assert [r.clid for r in one.call_log.records] == [r.clid for r in two.call_log.records]
    week_ago = datetime.now() - timedelta(days=8)
    assert all(week_ago < r.entered < datetime.now() for r in one.call_log.records)
    assert DaktelaSimulator(seed_history=False).call_log.records == []


async def test_simple_search_contact_has_the_documented_shape() -> None:
    async with quiet_sim() as sim, new_client() as client:
        found = await call_api(client, sim, "SimpleSearchContact", phonenumber="+420777123456")
        [contact] = found["result"]
        assert contact["number_campaign"] == "1000"
        struct = contact["array_struct"]
        assert struct["label_field"][:3] == ["Jméno", "Příjmení", "Firma"]
        assert struct["value_data"][:2] == ["Jana", "Dvořáková"]
        assert set(contact["sysdata_struct"]) >= {"id", "number", "callstatus", "agent_id"}
        nobody = await call_api(client, sim, "SimpleSearchContact", phonenumber="999888777")
        assert nobody["result"] == []
        other_campaign = await client.get(
            f"{sim.url}/api/3.2/SimpleSearchContact/json",
            params=[
                ("access_token", sim.token),
                ("phonenumber", "777123456"),
                ("queues[]", "1002"),
            ],
        )
        assert other_campaign.json()["result"] == []
        missing = await call_api(client, sim, "SimpleSearchContact")
        assert missing == {"error": "Chybí povinný parametr phonenumber", "status": 0}


async def test_last_call_number_and_last_call() -> None:
    async with quiet_sim() as sim, new_client() as client:
        assert (await call_api(client, sim, "LastCallNumber", phonenumber="601234567"))[
            "result"
        ] is None
        call_id = answered_call(sim)
        last = (
            await call_api(
                client, sim, "LastCallNumber", phonenumber="00420601234567", answered="yes"
            )
        )["result"]
        assert (last["call"], last["answered"], last["user_login"]) == (call_id, True, "agent")
        assert (last["queue_title"], last["queue_number"], last["orig_posision"]) == (
            "Support",
            "2000",
            1,
        )
        unanswered = await call_api(
            client, sim, "LastCallNumber", phonenumber="601234567", answered="false"
        )
        assert unanswered["result"] is None
        agent_last = (await call_api(client, sim, "LastCall", user="agent"))["result"]
        assert (agent_last["id_call"], agent_last["_is_realtime"]) == (call_id, False)


async def test_stats_calls_filters_and_limits() -> None:
    async with DaktelaSimulator() as sim, new_client() as client:
        now = datetime.now()
        window = {
            "datetime_from": (now - timedelta(days=8)).strftime(STAMP),
            "datetime_to": now.strftime(STAMP),
        }
        stats = {"version": "4.1", **window}  # StatsCalls: "Requirement version: 4.1"
        everyone = (await call_api(client, sim, "StatsCalls", **stats))["result"]
        assert everyone["total"] == "40" and len(everyone["data"]) == 40
        row = everyone["data"][0]
        assert set(row) >= {"call", "name", "call_time", "answered", "queue", "user", "clid"}
        times = [r["call_time"] for r in everyone["data"]]
        assert times == sorted(times, reverse=True)
        page = await client.get(
            f"{sim.url}/api/4.1/StatsCalls/json",
            params={"access_token": sim.token, **window, "users[]": "7", "take": "3"},
        )
        mine = page.json()["result"]
        assert len(mine["data"]) <= 3 and all(r["user"] == "7" for r in mine["data"])
        assert int(mine["total"]) < 40
        too_many = await call_api(client, sim, "StatsCalls", **stats, take="1001")
        assert too_many["status"] == 0
        assert (await call_api(client, sim, "StatsCalls", version="4.1"))["error"] == (
            "Chybí povinný parametr datetime_from"
        )


async def test_about_call_and_get_recording() -> None:
    async with quiet_sim() as sim, new_client() as client:
        call_id = answered_call(sim)
        [cdr] = (await call_api(client, sim, "AboutCall", id_call=call_id))["result"]
        assert cdr["disposition"] == "ANSWERED" and cdr["id_call"] == call_id
        assert cdr["recording_hash"].endswith(call_id) and len(cdr["recording_hash"]) > 40
        assert cdr["userfield"].endswith(f"{call_id}.wav")
        url = f"{sim.url}/api/3.0/GetRecording/json"
        # The document's example sends no access_token: the hash is the key.
        response = await client.get(url, params={"recording_hash": cdr["recording_hash"]})
        assert response.headers["Content-Type"] == "audio/x-wav"
        assert response.content == beeps_wav(call_id)
        octets = await client.get(
            url, params={"recording_hash": cdr["recording_hash"], "octetstream": "true"}
        )
        assert octets.headers["Content-Type"] == "application/octet-stream"
        unknown = await client.get(url, params={"recording_hash": "0" * 40})
        assert unknown.json() == {"error": "Nahrávka nebyla nalezena", "status": 0}
        wrong_token = await client.get(
            url, params={"recording_hash": cdr["recording_hash"], "access_token": "0" * 40}
        )
        assert wrong_token.json() == {"error": "Uživatel neexistuje", "status": 0}
        missing = await call_api(client, sim, "AboutCall", id_call="1.999")
        assert missing == {"error": "Hovor nebyl nalezen", "status": 0}
        missed = sim.ring("731555010")
        sim.abandon()
        [no_answer] = (await call_api(client, sim, "AboutCall", id_call=missed))["result"]
        assert (no_answer["recording_hash"], no_answer["userfield"]) == (None, "")


async def test_get_statuses_38_and_40_are_different_actions() -> None:
    async with quiet_sim() as sim, new_client() as client:
        statuses = (await call_api(client, sim, "GetStatuses", version="3.8"))["result"]
        assert statuses["4"] == {
            "code": "objednavka",
            "id": "4",
            "description": "Objednávka",
            "deleted": "0",
        }
        assert statuses["5"]["description"] == "Nemá zájem"
        checks = (await call_api(client, sim, "GetStatuses", version="4.0"))["result"]
        assert checks[0] == {
            "status": "1",
            "name": "Volany ucastnik je docasne nedostupny",
            "code": "2",
        }


async def test_a_call_script_opens_on_answer_and_closes_with_a_status() -> None:
    async with quiet_sim() as sim, new_client() as client:
        nothing = await call_api(client, sim, "CallScriptOpened", user="agent")
        assert nothing == {"status": 1, "error": None, "result": {"record": None}}
        call_id = sim.ring("601234567")
        sim.pick_up()
        state = (await call_api(client, sim, "RTUserState", user="agent"))["result"]
        opened = (await call_api(client, sim, "CallScriptOpened", user="agent"))["result"]
        assert state["callscript_opened"] == opened["record"]["record"]
        assert opened["record"]["call_id"] == call_id
        fields = {f["name"]: f for f in opened["fields"].values()}
        assert fields["field_poznamka"]["type"] == "text"
        assert fields["field_produkt"]["options"][0] == "Internet"
        sim.customer_hangup()
        assert sim.id_pause == "2"  # wrap-up
        refused = await call_api(client, sim, "CallScriptClose", call_id=call_id, status="nevim")
        assert refused == {"error": "Stav neexistuje", "status": 0}
        closed = await call_api(
            client,
            sim,
            "CallScriptClose",
            call_id=call_id,
            status="objednavka",
            **{"fields[field_poznamka]": "Nabidku slysel"},
        )
        assert closed["result"]["cc"] == {"result": True, "error": None}
        assert closed["result"]["record"]["status"] == "4"
        assert closed["result"]["record"]["action"] == 5
        assert sim.state == "Idle"
        again = await call_api(client, sim, "CallScriptOpened", user="agent")
        assert again["result"] == {"record": None}


async def test_call_script_close_switches_to_the_named_pause_or_says_why_not() -> None:
    async with quiet_sim() as sim, new_client() as client:
        first = answered_call(sim)
        bad = await call_api(
            client, sim, "CallScriptClose", call_id=first, status="nezajem", pause="nic"
        )
        assert bad["result"]["cc"] == {"result": False, "error": "Tato pauza nebyla nalezena"}
        second = answered_call(sim, "777123456")
        good = await call_api(
            client, sim, "CallScriptClose", call_id=second, status="nezajem", pause="10"
        )
        assert good["result"]["cc"]["result"] is True
        assert (sim.state, sim.id_pause) == ("Paused", "7")


async def test_queue_figures_follow_the_simulated_state() -> None:
    async with quiet_sim() as sim, new_client() as client:
        idle = (await call_api(client, sim, "RTStatsQueuesSummary"))["result"]
        assert (idle["users_total"], idle["users_ready"], idle["calls_wait"]) == (1, 1, 0)
        sim.ring("601234567", queue_id="3")
        ringing = await client.get(
            f"{sim.url}/api/3.5/RTStatsQueuesSummary/json",
            params={"access_token": sim.token, "queues[0]": "3"},
        )
        summary = ringing.json()["result"]
        assert (summary["calls_wait"], summary["calls_in"], summary["users_ready"]) == (1, 1, 0)
        per_queue = (await call_api(client, sim, "RTStatsQueues"))["result"]
        assert per_queue["3"]["calls_wait"] == 1 and per_queue["1"]["calls_wait"] == 0
        assert per_queue["5"]["users_total"] == 0  # the outbounder queue is not logged
        sim.pick_up()
        busy = (await call_api(client, sim, "RTStatsQueues"))["result"]
        assert (busy["3"]["users_busy"], busy["3"]["calls_wait"]) == (1, 0)
