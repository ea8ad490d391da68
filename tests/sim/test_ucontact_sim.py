"""The uContact simulator over real loopback HTTP, checked against the vendor's texts."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import httpx

from agentdesk.sim.ucontact.data import DISPOSITION_TREE, DISPOSITIONS_OPTION, dispositions_option
from agentdesk.sim.ucontact.scenario import UContactScenario
from agentdesk.sim.ucontact.simulator import API, UContactSimulator


def fast_sim(**kwargs: Any) -> UContactSimulator:
    return UContactSimulator(outbound_answer_after=0.05, **kwargs)


async def post(
    client: httpx.AsyncClient, sim: UContactSimulator, path: str, key: str | None, **form: str
) -> httpx.Response:
    headers = {"Authorization": key} if key else {}
    return await client.post(sim.url + API + path, data=form, headers=headers)


async def login(client: httpx.AsyncClient, sim: UContactSimulator) -> str:
    answer = await post(
        client, sim, "auth/AgentLogin", None, agent=sim.agent, password=sim.password
    )
    key: str = answer.json()["md5secret"]
    return "Basic " + key


def records_filter(**values: str) -> str:
    base = {"calldatei": "", "calldatef": "", "agent": "", "type": "record"}
    return json.dumps(base | values)


async def test_agent_login_answers_the_sip_record_or_0() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        good = await post(
            client, sim, "auth/AgentLogin", None, agent="jperez", password=sim.password
        )
        bad = await post(client, sim, "auth/AgentLogin", None, agent="jperez", password="x")
        token = await post(
            client, sim, "auth/getUserToken", None, user="jperez", password=sim.password
        )
    record = good.json()
    assert (record["accountcode"], record["callerid"], record["context"]) == (
        "jperez",
        "1001",
        "agentes",
    )
    assert record["fullname"] == "Juan Pérez" and record["md5secret"]
    assert (bad.status_code, bad.text, bad.headers["Content-Type"].split(";")[0]) == (
        200,
        "0",
        "text/plain",
    )
    assert isinstance(token.json(), list) and token.json()[-1] in sim.keys
    assert sim.logged_in


async def test_keys_basic_md5secret_or_bearer_token_else_401() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        key = await login(client, sim)
        basic = await post(client, sim, "Supervisor/queuesummary", key)
        bearer = await post(client, sim, "Supervisor/queuesummary", f"Bearer {sim.token}")
        missing = await post(client, sim, "Supervisor/queuesummary", None)
        wrong = await post(client, sim, "Supervisor/queuesummary", "Bearer nope")
        logoff = await post(client, sim, "api/AgentLogoff", key, agent="jperez", interface="1001")
        after = await post(client, sim, "Supervisor/queuesummary", key)
        unknown = await post(client, sim, "Agents/Dance", key)
    assert (basic.status_code, bearer.status_code) == (200, 200)
    assert (missing.status_code, missing.text) == (401, "Unauthorized")
    assert wrong.status_code == 401
    assert logoff.text == "1" and after.status_code == 401
    assert unknown.status_code == 404
    summary = basic.json()
    assert [q["queue"] for q in summary[:-1]] == ["Soporte<-", "Ventas<-", "Ventas->"]
    assert set(summary[-1]) == {"internalActionId", "dateReceived"}


async def test_breaks_calls_and_their_zero_answers() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        key = await login(client, sim)
        agent = {"agent": "jperez", "interface": "1001"}
        unknown = await post(client, sim, "api/AgentBreak", key, **agent, motive="Siesta")
        lunch = await post(client, sim, "api/AgentBreak", key, **agent, motive="Almuerzo")
        on_break = sim.on_break
        back = await post(client, sim, "api/AgentUnBreak", key, **agent, motive="Almuerzo")
        again = await post(client, sim, "api/AgentUnBreak", key, **agent, motive="Almuerzo")
        call_form = {
            "callerid": "29001234",
            "agent": "jperez",
            "phone": "1001",
            "tech": "SIP",
            "context": "agentes",
            "outqueue": "Ventas->",
            "destination": "099124484",
        }
        missing = await post(client, sim, "Agents/AgentCall", key, **(call_form | {"tech": ""}))
        wrong_phone = await post(
            client, sim, "Agents/AgentCall", key, **(call_form | {"phone": "9"})
        )
        call = await post(client, sim, "Agents/AgentCall", key, **call_form)
        busy = await post(client, sim, "Agents/AgentCall", key, **call_form)
        await sim.wait_until(lambda: sim.call_state(call.text) == "talking", 2)
        hangup = await post(client, sim, "Agents/HungupPhone", key, phone="1001")
        nothing = await post(client, sim, "Agents/HungupPhone", key, phone="1001")
    assert (unknown.text, lunch.text, on_break, back.text, again.text) == (
        "0",
        "1",
        "Almuerzo",
        "1",
        "0",
    )
    assert (missing.text, wrong_phone.text, busy.text) == ("0", "0", "0")
    assert len(call.text) == 36 and call.headers["Content-Type"].startswith("text/plain")
    assert (hangup.text, nothing.text) == ("1", "0")
    row = sim.records.find(call.text)
    assert row is not None and (row.source, row.destination) == ("1001", "099124484")
    assert sim.store.where(call.text)


async def test_disposition_call_checks_the_call_and_the_tree() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        key = await login(client, sim)
        guid = sim.records.rows[0].guid
        form = {"campaign": "Soporte<-", "agent": "jperez", "callerid": "098", "guid": guid}
        good = await post(client, sim, "api/DispositionCall", key, **form, l1="Venta", l2="Tarjeta")
        deep = await post(
            client,
            sim,
            "api/DispositionCall",
            key,
            **form,
            l1="No venta",
            l2="Precio",
            l3="Muy caro",
        )
        not_in_tree = await post(
            client, sim, "api/DispositionCall", key, **form, l1="Venta", l2="Cheque"
        )
        unknown_call = await post(
            client, sim, "api/DispositionCall", key, **(form | {"guid": "x"}), l1="Venta"
        )
        bad_schedule = await post(
            client, sim, "api/DispositionCall", key, **form, l1="Venta", schedule="mañana"
        )
        tag = await post(client, sim, "Agents/TagRecord", key, phone="098", guid=guid, data="vip")
    assert (good.text, deep.text) == ("1", "1")
    assert (not_in_tree.text, unknown_call.text, bad_schedule.text) == ("0", "0", "0")
    assert (tag.status_code, tag.text) == (200, "")
    assert sim.records.rows[0].data == "vip"
    assert len(sim.dispositions) == 2


async def test_getrecords_pages_fifty_rows_with_lastrow_and_filters() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        key = await login(client, sim)
        pages = []
        for lastrow in ("0", "50", "100"):
            answer = await post(
                client,
                sim,
                "Cdr/getrecords",
                key,
                lastrow=lastrow,
                filter=records_filter(),
                Random="1",
            )
            pages.append(answer.json())
        since = (datetime.now() - timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
        recent = await post(
            client,
            sim,
            "Cdr/getrecords",
            key,
            lastrow="0",
            filter=records_filter(calldatei=since, agent="jperez"),
            Random="1",
        )
        bad = await post(
            client, sim, "Cdr/getrecords", key, lastrow="0", filter="{nope", Random="1"
        )
        wrong_type = await post(
            client, sim, "Cdr/getrecords", key, lastrow="0", filter=records_filter(type="x")
        )
    assert [len(p) for p in pages] == [50, 30, 0]
    every = [row["guid"] for page in pages for row in page]
    assert len(set(every)) == 80
    dates = [row["calldate"] for page in pages for row in page]
    assert dates == sorted(dates, reverse=True)
    assert set(pages[0][0]) == {
        "guid",
        "calldate",
        "agent",
        "campaign",
        "source",
        "destination",
        "duration",
        "data",
        "rating",
    }
    rows = recent.json()
    assert rows and all(r["agent"] == "jperez" and r["calldate"] >= since for r in rows)
    assert (bad.text, wrong_type.text) == ("0", "0")


async def test_recordings_lie_in_four_places_and_gsm_converts() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        key = await login(client, sim)
        places = {host for row in sim.records.rows for host, _path in sim.store.where(row.guid)}
        suffixes = {
            path.rsplit(".", 1)[1]
            for row in sim.records.rows
            for _host, path in sim.store.where(row.guid)
        }
        gsm_only = next(
            row
            for row in sim.records.rows
            if all(p.endswith(".gsm") for _h, p in sim.store.where(row.guid))
        )
        (host, path) = sim.store.where(gsm_only.guid)[0]
        base = sim.url if host == "telephony" else sim.backup_url
        mp3 = path.replace(".gsm", ".mp3")
        before = await client.get(f"{base}/records/{mp3}")
        gsm = await client.get(f"{base}/records/{path}")
        converted = await post(
            client, sim, "Supervisor/convert", key, guid=gsm_only.guid, folder=gsm_only.folder
        )
        nothing = await post(client, sim, "Supervisor/convert", key, guid="x", folder="20160118")
        after = await client.get(f"{base}/records/{mp3}")
    assert places == {"telephony", "backup"} and suffixes == {"mp3", "gsm"}
    assert before.status_code == 404
    assert gsm.status_code == 200 and gsm.content[:4] == b"RIFF"
    assert (converted.text, nothing.text) == ("1", "0")
    assert after.status_code == 200 and after.headers["Content-Type"] == "audio/wav"


async def test_campaignstatus_answers_the_campaign_asked_or_all() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        key = await login(client, sim)
        one = await post(client, sim, "Supervisor/campaignstatus", key, queue="Soporte<-")
        every = await post(client, sim, "Supervisor/campaignstatus", key, queue="")
    assert list(one.json()) == ["Soporte<-"]
    assert one.json()["Soporte<-"]["strategy"] == "leastrecent"
    assert set(every.json()) == {"Soporte<-", "Ventas<-", "Ventas->"}


async def test_failures_on_demand() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        key = await login(client, sim)
        sim.fail_next(503, "down", path="Supervisor/queuesummary")
        sim.answer_zero_next("Supervisor/campaignstatus")
        failed = await post(client, sim, "Supervisor/queuesummary", key)
        zero = await post(client, sim, "Supervisor/campaignstatus", key, queue="Soporte<-")
    assert (failed.status_code, failed.text) == (503, "down")
    assert zero.text == "0"


async def test_the_scenario_rings_the_free_agent_and_records_the_call() -> None:
    async with fast_sim(seed_history=False) as sim:
        scenario = UContactScenario(sim, gap=0.01, answer_after=0.01, talk_time=0.05, seed=7)
        sim.set_logged_in(True)
        scenario.start()
        assert await sim.wait_until(lambda: len(sim.records.rows) >= 2, 5)
        sim.on_break = "Almuerzo"
        await scenario.stop()
    row = sim.records.rows[0]
    assert row.campaign.endswith("<-") and row.destination == "29001234"
    assert sim.store.where(row.guid)


def test_the_profile_form_of_the_tree_lists_every_leaf() -> None:
    assert dispositions_option(DISPOSITION_TREE) == DISPOSITIONS_OPTION
    assert DISPOSITIONS_OPTION == (
        "Venta>Tarjeta|Efectivo,No venta>Precio>Muy caro|Sin presupuesto,"
        "No venta>Competencia,Volver a llamar,Número equivocado"
    )
