"""Daktela's requirement versions from the command line: ``agentdesk ctl`` says which version
an operation needs, dials from the extension under API 3.0, and ``agentdesk sim daktela``
serves the version it is told, refusing newer actions as it is told."""

from __future__ import annotations

import httpx

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.cli.test_ctl import _agentdesk, standalone_sim


def _target(sim: DaktelaSimulator, version: str, *more: str) -> list[str]:
    return [
        "ctl",
        "--vendor",
        "daktela",
        "--url",
        sim.url,
        "--user",
        sim.login,
        "--set",
        f"api_version={version}",
        *more,
    ]


async def test_ctl_names_the_version_an_operation_needs() -> None:
    async with DaktelaSimulator(api_version="3.6", seed_history=False) as sim:
        sim.ring("601234567")
        answer = await _agentdesk(*_target(sim, "3.6"), "answer", secret=sim.token)
        history = await _agentdesk(*_target(sim, "3.6"), "history", secret=sim.token)
        state = await _agentdesk(*_target(sim, "3.6"), "state", secret=sim.token)
        assert sim.state == "Ringing"  # nothing answered it
    assert answer.code == 1
    assert answer.err.strip() == (
        "agentdesk ctl: Daktela offers Answer from API version 3.7 on; "
        "this profile's api_version is 3.6."
    )
    assert history.code == 1
    assert "StatsCalls from API version 4.1" in history.err
    assert state.code == 0, state.err  # the live state from RTStatsSessions (3.5)
    assert state.out.splitlines()[:2] == ["ringing", "in ringing 601234567 [1]"]
    assert not {"Answer", "StatsCalls", "RTUserState"} & {a for a, _ in sim.requests}


async def test_ctl_dials_from_the_extension_under_30() -> None:
    async with DaktelaSimulator(api_version="3.0", seed_history=False) as sim:
        without = await _agentdesk(*_target(sim, "3.0"), "dial", "777123456", secret=sim.token)
        given = await _agentdesk(
            *_target(sim, "3.0", "--extension", sim.extension),
            "dial",
            "777123456",
            secret=sim.token,
        )
    assert without.code == 1
    assert without.err.strip() == (
        "agentdesk ctl: Daktela's CreateCall for an agent needs API version 3.1; at 3.0 it "
        "dials from an extension: set the extension in the profile."
    )
    assert given.code == 0, given.err
    assert given.out.startswith("dialling, call id ")
    dialled = {"extension": sim.extension, "number": "+420777123456"}  # as the dial bar writes it
    assert ("CreateCall", dialled) in sim.requests


def test_sim_daktela_serves_the_version_it_is_told() -> None:
    options = ("--api-version", "3.7", "--set", "unknown_action=404")
    with standalone_sim("daktela", *options, banner_lines=6) as shown:
        token = shown["access token"]
        with httpx.Client(base_url=shown["url"], timeout=5) as client:
            newer_action = client.get("/api/3.7/RTUserState/json", params={"access_token": token})
            newer_version = client.get("/api/4.0/GetPauses/json", params={"access_token": token})
            served = client.get("/api/3.7/RTStatsSessions/json", params={"access_token": token})
    assert shown["unknown_action"] == "404"
    assert "--set api_version=3.7 state" in shown["try"]
    assert newer_action.status_code == newer_version.status_code == 404
    assert served.status_code == 200 and served.json()["status"] == 1
