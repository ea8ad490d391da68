"""What `agentdesk ctl --vendor ucontact` alone does, as subprocesses on loopback (what every
vendor does alike: test_ctl_every_vendor.py)."""

from __future__ import annotations

import json

from agentdesk.sim.ucontact.simulator import UContactSimulator
from agentdesk.store.settings import AppSettings, save_settings
from tests.cli.test_ctl import _agentdesk
from tests.simulated_vendors import ucontact_target as _target


def _finished_call(sim: UContactSimulator, phone: str = "098344484") -> str:
    sim.set_logged_in(True)
    guid = sim.ring(phone)
    sim.pick_up()
    sim.customer_hangup()
    return guid


async def test_ctl_never_signs_the_agent_out_of_the_session_their_desktop_holds() -> None:
    async with UContactSimulator() as sim:
        paused = await _agentdesk(*_target(sim), "pause", "Almuerzo", secret=sim.password)
        unpaused = await _agentdesk(*_target(sim), "unpause", secret=sim.password)
        logoffs = sim.paths("api/AgentLogoff")
    assert (paused.code, unpaused.code) == (0, 0), paused.err + unpaused.err
    assert logoffs == []


async def test_dial_and_hangup() -> None:
    # A desk in Uruguay: national numbers are read there, as the dial bar reads them.
    save_settings(AppSettings(default_region="UY"))
    async with UContactSimulator(outbound_answer_after=30) as sim:
        dialled = await _agentdesk(*_target(sim), "dial", "099 124 484", secret=sim.password)
        live = sim.live_call
        hung = await _agentdesk(*_target(sim), "hangup", secret=sim.password)
        after = sim.live_call
        nothing = await _agentdesk(*_target(sim), "hangup", secret=sim.password)
    assert dialled.code == 0, dialled.err
    assert live is not None and dialled.out.strip() == f"dialling, call id {live.guid}"
    assert live.customer == "+59899124484"
    assert (hung.code, after) == (0, None)
    assert nothing.code == 1
    assert "no call to hang up" in nothing.err


async def test_history_across_pages() -> None:
    async with UContactSimulator() as sim:
        guid = _finished_call(sim)
        history = await _agentdesk(*_target(sim), "history", "--json", secret=sim.password)
        pages = [p["lastrow"] for p in sim.paths("Cdr/getrecords")]
        mine = len([r for r in sim.records.rows if r.agent == sim.agent])
    assert history.code == 0, history.err
    calls = json.loads(history.out)["calls"]
    assert len(calls) == mine > 50
    assert pages[:2] == ["0", "50"]
    assert (calls[0]["id"], calls[0]["number"], calls[0]["direction"]) == (guid, "098344484", "in")


async def test_dispositions_and_dispose() -> None:
    async with UContactSimulator() as sim:
        guid = _finished_call(sim)
        options = ("--set", "data_fields=d1:Pedido", "--set", "tag_title=Etiqueta")
        form = await _agentdesk(
            *_target(sim, *options), "dispositions", "--json", secret=sim.password
        )
        saved = await _agentdesk(
            *_target(sim, *options, "--set", "logoff=no"),
            "dispose",
            guid,
            "--status",
            "Venta>Tarjeta",
            "--field",
            "d1=A-17",
            "--field",
            "tag=vip",
            "--note",
            "Quiere el plan grande",
            "--callback",
            "2026-12-01 10:00",
            "--then-pause",
            "Postllamada",
            secret=sim.password,
        )
        on_break = sim.on_break
        refused = await _agentdesk(
            *_target(sim), "dispose", guid, "--status", "Venta>Cheque", secret=sim.password
        )
        disposed = list(sim.dispositions)
        tags = list(sim.tags)
    assert form.code == 0, form.err
    shown = json.loads(form.out)
    assert shown["call_id"] == guid
    assert shown["form"]["statuses"][0] == {"id": "Venta>Tarjeta", "title": "Venta › Tarjeta"}  # noqa: RUF001
    assert [f["name"] for f in shown["form"]["fields"]] == ["d1", "tag"]
    assert saved.code == 0, saved.err
    assert disposed == [
        {
            "campaign": "Soporte<-",
            "agent": "jperez",
            "callerid": "098344484",
            "guid": guid,
            "l1": "Venta",
            "l2": "Tarjeta",
            "l3": "",
            "d1": "A-17",
            "d2": "",
            "comment": "Quiere el plan grande",
            "schedule": "2026-12-01 10:00:00",
        }
    ]
    assert tags == [{"phone": "098344484", "guid": guid, "data": "vip"}]
    assert on_break == "Postllamada"
    assert refused.code == 1 and "refused the disposition" in refused.err


async def test_refusals_exit_with_their_codes() -> None:
    async with UContactSimulator() as sim:
        bad_option = await _agentdesk(
            *_target(sim, "--set", "dispositions=a>b>c>d"), "state", secret=sim.password
        )
        token = await _agentdesk(
            *_target(sim, "--set", "auth=token", "--set", f"phone={sim.phone}"),
            "pause",
            "Baño",
            secret=sim.token,
        )
    assert bad_option.code == 2 and "levels" in bad_option.err
    assert token.code == 0, token.err
