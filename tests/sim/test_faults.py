"""The fault layer on its own: one small app behind it, served on loopback, asked with httpx."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from aiohttp import web

from agentdesk.sim.faults import MALFORMED_BODY, Faults, Injected, parse_spec
from agentdesk.sim.server import LoopbackServer
from agentdesk.sim.ucontact.simulator import UContactSimulator
from tests.sim.conftest import Vendor


class _App:
    """Answers ``{"ok": true}``; ``/held`` waits until released (a long-poll)."""

    def __init__(self) -> None:
        self.held = asyncio.Event()
        self.release = asyncio.Event()
        self.cancelled = 0

    def make(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/held", self._held)
        app.router.add_get("/{path:.*}", self._answer)
        return app

    async def _answer(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def _held(self, request: web.Request) -> web.Response:
        self.held.set()
        try:
            await self.release.wait()
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        return web.json_response({"ok": True})


def _refused(request: web.Request) -> web.Response | None:
    if request.path.startswith("/public"):
        return None
    return web.json_response({"error": "revoked"}, status=401)


@asynccontextmanager
async def served(faults: Faults) -> AsyncIterator[tuple[httpx.AsyncClient, _App, LoopbackServer]]:
    app = _App()
    server = LoopbackServer(app.make(), faults=faults)
    url = await server.start()
    try:
        async with httpx.AsyncClient(base_url=url, timeout=2.0) as client:
            yield client, app, server
    finally:
        app.release.set()
        await server.stop()


# -- one-shot faults -------------------------------------------------------------------------


async def test_error_statuses_look_like_their_senders_and_are_used_up_in_order() -> None:
    faults = Faults()
    faults.fail(503, 2)
    faults.fail(500)
    faults.fail(429, retry_after=7)
    async with served(faults) as (client, _, _):
        answers = [await client.get("/x") for _ in range(5)]
    assert [a.status_code for a in answers] == [503, 503, 500, 429, 200]
    assert answers[0].headers["Content-Type"].startswith("text/html")
    assert "<h1>503 Service Unavailable</h1>" in answers[0].text
    assert answers[2].headers["Content-Type"].startswith("text/plain")
    assert answers[3].headers["Retry-After"] == "7"
    assert answers[4].json() == {"ok": True}
    assert faults.pending == 0
    assert [i.fault for i in faults.injected] == ["status 503"] * 2 + ["status 500", "status 429"]


async def test_html_and_malformed_answers_where_json_is_due() -> None:
    faults = Faults()
    faults.html()
    faults.html(status=502)
    faults.malformed()
    async with served(faults) as (client, _, _):
        portal, gateway, cut_off = [await client.get("/x") for _ in range(3)]
    assert portal.status_code == 200 and portal.headers["Content-Type"].startswith("text/html")
    assert gateway.status_code == 502 and "<html>" in gateway.text.lower()
    assert cut_off.status_code == 200
    assert cut_off.headers["Content-Type"].startswith("application/json")
    assert cut_off.content == MALFORMED_BODY
    with pytest.raises(ValueError, match=r"Unterminated|Expecting"):
        cut_off.json()


async def test_a_path_limits_a_fault_to_the_requests_it_names() -> None:
    faults = Faults()
    faults.fail(503, path="RTUserState")
    async with served(faults) as (client, _, _):
        other = await client.get("/api/4.0/GetPauses/json")
        named = await client.get("/api/4.0/RTUserState/json")
        again = await client.get("/api/4.0/RTUserState/json")
    assert (other.status_code, named.status_code, again.status_code) == (200, 503, 200)
    assert faults.injected == [Injected("status 503", "/api/4.0/RTUserState/json")]


async def test_a_reset_closes_the_connection_without_an_answer() -> None:
    faults = Faults()
    faults.reset()
    async with served(faults) as (client, _, _):
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/x")
        assert (await client.get("/x")).status_code == 200


async def test_a_timeout_holds_longer_than_the_client_waits_until_released() -> None:
    faults = Faults()
    faults.timeout()
    async with served(faults) as (client, _, _):
        with pytest.raises(httpx.ReadTimeout):
            await client.get("/x", timeout=httpx.Timeout(2.0, read=0.1))
        assert (await client.get("/x")).status_code == 200
        faults.timeout(seconds=0.05)
        with pytest.raises(httpx.RemoteProtocolError):  # held briefly, then dropped
            await client.get("/x")
    # The held request was released by the stop: no handler was left for aiohttp to wait on.
    assert [i.fault for i in faults.injected] == ["timeout", "timeout"]


async def test_latency_delays_every_answer() -> None:
    faults = Faults()
    faults.latency = 0.05
    async with served(faults) as (client, _, _):
        loop = asyncio.get_running_loop()
        started = loop.time()
        answer = await client.get("/x")
        elapsed = loop.time() - started
    assert answer.status_code == 200 and elapsed >= 0.05


# -- requests in flight, the token, the server -------------------------------------------------


async def test_cut_drops_a_held_long_poll_and_cancels_its_handler() -> None:
    faults = Faults()
    async with served(faults) as (client, app, _):
        poll = asyncio.ensure_future(client.get("/held"))
        await app.held.wait()
        assert faults.cut() == 1
        with pytest.raises(httpx.RemoteProtocolError):
            await poll
        assert app.cancelled == 1
        assert (await client.get("/x")).status_code == 200
    assert faults.injected == [Injected("cut", "/held")]


async def test_cut_after_drops_what_is_unanswered_for_too_long() -> None:
    faults = Faults()
    faults.cut_after = 0.05
    async with served(faults) as (client, _, _):
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/held")
        assert (await client.get("/x")).status_code == 200


async def test_a_revoked_token_is_refused_in_the_vendors_shape_until_restored() -> None:
    faults = Faults(revoked=_refused)
    faults.revoke(after=1)
    async with served(faults) as (client, _, _):
        allowed = await client.get("/x")
        refused = await client.get("/x")
        assert faults.revoked
        public = await client.get("/public/record.wav")
        faults.restore()
        restored = await client.get("/x")
    assert allowed.status_code == 200
    assert (refused.status_code, refused.json()) == (401, {"error": "revoked"})
    assert public.status_code == 200
    assert restored.status_code == 200


async def test_without_a_vendor_shape_a_revoked_token_is_a_plain_401() -> None:
    faults = Faults()
    faults.revoke()
    async with served(faults) as (client, _, _):
        answer = await client.get("/x")
    assert (answer.status_code, answer.text) == (401, "Unauthorized")


async def test_the_server_goes_away_and_comes_back_on_the_same_port() -> None:
    faults = Faults()
    async with served(faults) as (client, app, server):
        url = server.url
        poll = asyncio.ensure_future(client.get("/held"))
        await app.held.wait()
        await faults.take_down()
        with pytest.raises(httpx.RemoteProtocolError):
            await poll
        async with httpx.AsyncClient(base_url=url) as fresh:
            with pytest.raises(httpx.ConnectError):
                await fresh.get("/x")
        await faults.bring_back()
        assert server.url == url
        assert (await client.get("/x")).status_code == 200


async def test_clear_ends_every_fault() -> None:
    faults = Faults()
    faults.configure("latency=5,burst503=3,cut=0.01,revoke_after=0")
    faults.clear()
    async with served(faults) as (client, _, _):
        answer = await client.get("/x")
    assert answer.status_code == 200 and faults.pending == 0 and not faults.revoked


async def test_a_configured_outage_starts_with_the_server_and_ends_with_its_stop() -> None:
    faults = Faults()
    faults.configure("outage=0:60")
    app = _App()
    server = LoopbackServer(app.make(), faults=faults)
    url = await server.start()
    try:
        await faults.wait_injected(1)
        assert faults.injected[0].fault == "down"
        async with httpx.AsyncClient(base_url=url) as client:
            with pytest.raises(httpx.ConnectError):
                await client.get("/x")
    finally:
        await server.stop()  # cancels the outage's wait: no minute-long teardown


# -- each simulator's revoked token --------------------------------------------------------


async def test_a_revoked_secret_is_refused_as_a_wrong_one(vendor: Vendor) -> None:
    sim = vendor.simulator(seed_history=False)
    async with sim, httpx.AsyncClient(base_url=sim.url) as client:
        wrong = await vendor.ask(client, sim, False)
        sim.faults.revoke()
        revoked = await vendor.ask(client, sim, True)
    assert (revoked.status_code, revoked.content) == (wrong.status_code, wrong.content)
    status, words = vendor.refusal
    assert revoked.status_code == status
    assert words in _said(revoked)


async def test_ucontact_refuses_its_password_too_once_the_key_is_revoked() -> None:
    sim = UContactSimulator(seed_history=False)
    async with sim, httpx.AsyncClient(base_url=sim.url) as client:
        sim.faults.revoke()
        login = await client.post(
            "/Integra/resources/auth/AgentLogin",
            data={"agent": sim.agent, "password": sim.password},
        )
    assert (login.status_code, login.text) == (200, "0")


def _said(response: httpx.Response) -> str:
    """The answer's body as words: JSON with its escapes undone, else the text."""
    try:
        return json.dumps(response.json(), ensure_ascii=False)
    except ValueError:
        return response.text


# -- SPEC --------------------------------------------------------------------------------------


def test_the_spec_of_the_brief_configures_each_fault() -> None:
    faults = Faults()
    faults.configure(
        "latency=0.2,burst503=3,rate429=2:5,html=1,malformed=1,reset=1,revoke_after=20"
    )
    assert faults.latency == 0.2
    assert faults.pending == 3 + 2 + 1 + 1 + 1
    assert not faults.revoked


def test_spec_items_with_paths_and_optional_parts() -> None:
    items = parse_spec(" timeout=2:0.5@RTUserState , html=1:502, cut=10, outage=30:5 ")
    assert items == [
        ("timeout", "2:0.5", "RTUserState"),
        ("html", "1:502", None),
        ("cut", "10", None),
        ("outage", "30:5", None),
    ]
    faults = Faults()
    faults.configure("timeout=2:0.5@RTUserState,outage=30:5,cut=10")
    assert faults.pending == 2 and faults.outage == (30.0, 5.0) and faults.cut_after == 10.0


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("bogus=1", "unknown fault"),
        ("burst404=1", "5xx"),
        ("burst503", "NAME=VALUE"),
        ("reset=0", "at least 1"),
        ("reset=two", "whole number"),
        ("latency=-1", "seconds"),
        ("latency=0.1@RTUserState", "takes no @PATH"),
        ("rate429=2", "N:SECONDS"),
        ("outage=5", "AFTER:SECONDS"),
        ("reset=1@", "followed by a path"),
    ],
)
def test_a_wrong_spec_says_what_is_wrong(spec: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_spec(spec)


def test_the_command_line_refuses_a_wrong_spec_and_documents_the_grammar() -> None:
    wrong = subprocess.run(
        [sys.executable, "-m", "agentdesk", "sim", "daktela", "--faults", "burst404=1"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert wrong.returncode == 2 and "burst" in wrong.stderr
    shown = subprocess.run(
        [sys.executable, "-m", "agentdesk", "sim", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert "--faults SPEC" in shown.stdout and "rate429=N:SECONDS" in shown.stdout


def test_agentdesk_sim_makes_the_faults_it_is_given() -> None:
    spec = "burst503=1@calls-log,revoke_after=2"
    command = [sys.executable, "-m", "agentdesk", "sim", "okitoki", "--no-scenario"]
    with subprocess.Popen(
        [*command, "--faults", spec],
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            lines = [proc.stdout.readline() for _ in range(8)]
            url = lines[0].split(" at ")[1].strip()
            token = lines[1].split(":")[1].strip()
            assert lines[-1].strip() == f"faults:       {spec}"
            log = f"{url}/api/v1/reports/acd/calls-log"
            query = {"api_token": token, "date_range": "last_hour"}
            with httpx.Client(timeout=5) as client:
                first, second, third = [client.get(log, params=query) for _ in range(3)]
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    assert (first.status_code, second.status_code, third.status_code) == (503, 200, 401)
    assert third.json()["message"].startswith("Unauthenticated")
