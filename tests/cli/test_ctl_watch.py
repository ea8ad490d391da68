"""``agentdesk ctl watch`` as a subprocess against each vendor's simulator: a call rung in the
simulator comes out as JSON lines (or readable ones), a signal ends it with 0, a lost
connection is said on stderr while it keeps trying, refused credentials end it with 3."""

from __future__ import annotations

import asyncio
import json
import re
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agentdesk.backends.relay_stream import MAX_BACKOFF
from agentdesk.relay.agents import AgentBook
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from tests.cli.test_ctl import _env
from tests.cli.watching import relay_process, watching
from tests.simulated_vendors import Vendor, daktela_target, megapbx_target

OKITOKI_SECRET = "watch-secret-7"

# What each vendor needs so that this process sees live calls: the webhook vendors run a
# receiver on a free port, and the simulator is pointed at it once watch says where it is.
EXTRA: dict[str, tuple[str, ...]] = {
    "megapbx": ("--set", "listen=127.0.0.1:0"),
    "okitoki": ("--set", "webhook_port=0", "--set", f"webhook_secret={OKITOKI_SECRET}"),
}
POINT: dict[str, Callable[[Any, str], None]] = {
    "megapbx": lambda sim, url: setattr(sim, "webhook_url", url),
    "okitoki": lambda sim, url: setattr(sim, "webhook_url", f"{url}?secret={OKITOKI_SECRET}"),
}


def _digits(text: str | None) -> str:
    return re.sub(r"\D", "", text or "")


@pytest.mark.parametrize("vendor", ["daktela", "okitoki", "megapbx"], indirect=True)
async def test_a_call_rung_in_the_simulator_comes_out_as_json_lines(vendor: Vendor) -> None:
    async with vendor.simulator() as sim:
        ctl = vendor.target(sim, *EXTRA.get(vendor.key, ()))
        async with watching(*ctl, "watch", "--json", secret=vendor.secret(sim)) as watch:
            if vendor.key in POINT:
                receiving = await watch.next("receiving")
                assert receiving["url"].startswith("http://127.0.0.1:")
                assert "secret" not in receiving["url"]
                POINT[vendor.key](sim, receiving["url"])
            await watch.next("connection", state="connected")
            call_id = sim.ring("79101234567")
            ringing = await watch.next("ringing")
            code, _, err = await watch.end(signal.SIGINT)
    assert code == 0, err
    assert ringing["direction"] == "in" and ringing["phase"] == "ringing"
    assert _digits(ringing["number"]).endswith("9101234567")
    assert ringing["call_id"] and (vendor.key == "daktela" or ringing["call_id"] == call_id)
    assert set(ringing) >= {"type", "at", "call_id", "direction", "number", "name", "queue"}
    assert "Traceback" not in err


@pytest.mark.parametrize("vendor", ["ucontact"], indirect=True)
async def test_ucontact_shows_the_connection_and_the_agents_status(vendor: Vendor) -> None:
    """uContact documents no live feed of calls that ring: watch shows what the window does,
    the connection and the status."""
    async with vendor.simulator() as sim:
        ctl = vendor.target(sim)
        async with watching(*ctl, "watch", "--json", secret=vendor.secret(sim)) as watch:
            await watch.next("connection", state="connected")
            status = await watch.next("status")
            code, _, err = await watch.end(signal.SIGINT)
    assert code == 0, err
    assert status["state"] == "logged_in" and status["agent"]["login"] == "jperez"


async def test_text_lines_and_sigterm_end_it_with_0() -> None:
    async with (
        DaktelaSimulator() as sim,
        watching(*daktela_target(sim), "watch", secret=sim.token) as watch,
    ):
        while "connected" not in await watch.line():
            pass
        sim.ring("601234567", name="Petr Svoboda")
        while "ringing" not in (line := await watch.line()).split()[1]:
            pass
        code, _, err = await watch.end(signal.SIGTERM)
    assert code == 0, err
    assert re.fullmatch(
        r"\d\d:\d\d:\d\d ringing +in ringing 601234567 Petr Svoboda \[Support\] \S+\n", line
    )


async def test_a_lost_connection_is_said_on_stderr_and_watch_keeps_trying() -> None:
    async with DaktelaSimulator() as sim:
        ctl, token = daktela_target(sim), sim.token
        async with watching(*ctl, "watch", "--json", secret=token) as watch:
            await watch.next("connection", state="connected")
            await sim.stop()
            lost = await watch.next("connection", state="reconnecting")
            assert watch.process.returncode is None
            code, _, err = await watch.end(signal.SIGINT)
    assert lost["retry_in"] > 0 and lost["detail"]
    assert code == 0
    assert "agentdesk ctl watch: connection lost (" in err and "reconnecting in" in err
    assert "Traceback" not in err


async def test_refused_credentials_end_it_with_3() -> None:
    async with (
        DaktelaSimulator() as sim,
        watching(*daktela_target(sim), "watch", "--json", secret="wrong") as watch,
    ):
        refused = await watch.next("connection", state="auth_failed")
        code, _, err = await watch.end(None)
    assert code == 3
    assert refused["detail"] and "agentdesk ctl watch: refused:" in err


def test_help_says_what_the_lines_hold_and_the_exit_status() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "agentdesk", "ctl", "watch", "--help"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=30,
        check=False,
    )
    assert shown.returncode == 0
    for words in ("call_id", "direction", '"at"', "reconnecting", "Exit status: 0 after SIGINT"):
        assert words in shown.stdout


async def test_through_a_relay_then_refused_once_its_token_is_revoked(tmp_path: Path) -> None:
    """The MegaFon simulator posts every user's events to ``agentdesk relay`` (memory mode);
    watch reads the agent's from the relay's stream, and ends with 3 once the relay's
    administrator revokes the agent's token."""
    state = tmp_path / "relay"
    token = AgentBook(state).add("ivanova")
    remove = [sys.executable, "-m", "agentdesk", "relay", "remove-agent", "ivanova"]
    async with (
        MegaPbxSimulator() as sim,
        relay_process(state, AGENTDESK_RELAY_MEGAPBX_TOKEN=sim.crm_token) as relay,
    ):
        sim.webhook_url = relay + "/hooks/megapbx"
        ctl = megapbx_target(sim, "--set", f"relay_url={relay}", "--set", f"relay_token={token}")
        async with watching(*ctl, "watch", "--json", secret=sim.api_key) as watch:
            await watch.next("relay", state="connected")
            call_id = sim.ring("79101234567")
            ringing = await watch.next("ringing")
            revoked = await asyncio.to_thread(
                subprocess.run,
                [*remove, "--state-dir", str(state)],
                env=_env(),
                timeout=30,
                check=False,
            )
            refused = await watch.next("relay", state="refused")
            code, _, err = await watch.end(None)
    assert ringing["call_id"] == call_id and ringing["number"].endswith("9101234567")
    assert not any(e["type"] == "receiving" for e in watch.seen)  # no receiver of its own
    assert revoked.returncode == 0
    assert refused["url"] == relay + "/events" and refused["retry_in"] >= 0.8 * MAX_BACKOFF
    assert code == 3
    assert "the company relay refused the relay token (HTTP 401)" in err
    assert token not in err + "".join(json.dumps(e) for e in watch.seen)
