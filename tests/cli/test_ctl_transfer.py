"""``agentdesk ctl transfer``, ``transfer-queues`` and ``team`` as subprocesses against the
Daktela simulator, with the exit codes of :mod:`agentdesk.ctl`; and ``agentdesk sim daktela``
taking the transfer readings."""

from __future__ import annotations

import json

import httpx

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.cli.test_ctl import _agentdesk, _target, standalone_sim


def quiet_sim(**kwargs: object) -> DaktelaSimulator:
    options: dict[str, object] = {"seed_history": False, "transfer_answer_after": None}
    options.update(kwargs)
    return DaktelaSimulator(**options)  # type: ignore[arg-type]


async def test_ctl_transfer_to_a_colleague_is_attended_by_default() -> None:
    async with quiet_sim() as sim:
        call_id = sim.ring("601234567")
        sim.pick_up()
        result = await _agentdesk(*_target(sim), "transfer", "--user", "dvorak", secret=sim.token)
        held = sim.call_state(call_id)
    assert result.code == 0, result.err
    assert result.out.strip() == (
        "asking dvorak (attended): the call stays yours until they answer"
    )
    assert held == "On Hold"
    assert sim.transfers[-1].target == "7" and sim.transfers[-1].type == "attended"


async def test_ctl_blind_transfer_to_a_queue_and_a_number() -> None:
    async with quiet_sim() as sim:
        sim.ring("601234567")
        sim.pick_up()
        queue = await _agentdesk(
            *_target(sim), "transfer", "--queue", "3", "--blind", "--json", secret=sim.token
        )
        sim.ring("601234567")
        sim.pick_up()
        number = await _agentdesk(
            *_target(sim), "transfer", "--number", "800 123 456", "--blind", secret=sim.token
        )
    assert queue.code == 0, queue.err
    assert json.loads(queue.out) == {
        "ok": True,
        "to": {"kind": "queue", "value": "3"},
        "type": "blind",
    }
    assert number.code == 0, number.err
    assert number.out.strip() == "transferred to +420800123456 (blind): the call has left you"
    assert [(t.kind, t.target, t.outcome) for t in sim.transfers] == [
        ("dst_queue", "3", "blind"),
        ("number", "+420800123456", "blind"),
    ]


async def test_ctl_transfer_refusals() -> None:
    async with quiet_sim() as sim:
        no_call = await _agentdesk(*_target(sim), "transfer", "--user", "dvorak", secret=sim.token)
        sim.ring("601234567")
        sim.pick_up()
        unknown = await _agentdesk(*_target(sim), "transfer", "--user", "nobody", secret=sim.token)
        bad_number = await _agentdesk(
            *_target(sim), "transfer", "--number", "call me", secret=sim.token
        )
        two = await _agentdesk(
            *_target(sim), "transfer", "--user", "dvorak", "--queue", "3", secret=sim.token
        )
        none = await _agentdesk(*_target(sim), "transfer", secret=sim.token)
        state = sim.state
    assert no_call.code == 1
    assert no_call.err.strip() == "agentdesk ctl: the vendor refused: Žádný probíhající hovor"
    assert unknown.code == 1  # not 3: the secret is fine, the colleague is not known
    assert unknown.err.strip() == "agentdesk ctl: the vendor refused: Uživatel neexistuje"
    assert bad_number.code == 2 and "cannot dial" in bad_number.err
    assert two.code == 2 and "not allowed with argument" in two.err
    assert none.code == 2 and "one of the arguments --user --queue --number" in none.err
    assert state == "Speaking" and not sim.transfers


async def test_ctl_team_lists_the_colleagues_and_transfer_queues_the_queues() -> None:
    async with quiet_sim() as sim:
        team = await _agentdesk(*_target(sim), "team", "--json", secret=sim.token)
        text = await _agentdesk(*_target(sim), "team", secret=sim.token)
        queues = await _agentdesk(*_target(sim), "transfer-queues", secret=sim.token)
    assert team.code == 0, team.err
    colleagues = {c["login"]: c for c in json.loads(team.out)["colleagues"]}
    assert colleagues["novotna"]["state"] == "paused"
    assert colleagues["novotna"]["pause"] == {"id": "7", "title": "Oběd"}
    assert colleagues["kralova"]["state"] == "offline"
    assert colleagues["dvorak"]["extension"] == "207"
    assert text.code == 0, text.err
    first = text.out.splitlines()[0].split("\t")
    assert first[:4] == ["novotna", "Eva Novotná", "paused (Oběd)", "208"]
    assert queues.out.splitlines() == ["3\tSales", "1\tSupport"]


async def test_ctl_team_names_the_version_it_needs() -> None:
    async with quiet_sim(api_version="4.0") as sim:
        result = await _agentdesk(
            *_target(sim), "--set", "api_version=4.0", "team", secret=sim.token
        )
    assert result.code == 1
    assert result.err.strip() == (
        "agentdesk ctl: Daktela offers RTUsersState from API version 4.1 on; "
        "this profile's api_version is 4.0."
    )


def test_sim_daktela_takes_the_transfer_readings() -> None:
    options = ("--set", "dst_user=login", "--set", "users_state=list")
    with standalone_sim("daktela", *options, banner_lines=5) as shown:
        token = shown["access token"]
        with httpx.Client(base_url=shown["url"], timeout=5) as client:
            users = client.get("/api/4.1/RTUsersState/json", params={"access_token": token})
    assert isinstance(users.json()["result"], list)
