"""Several simulated agents on one relay (issue 18, item 7): the simulators post every
agent's events to the relay's one URL, as the vendor posts to the one address of an
integration; two desks (two backends with ``relay_url`` and their own tokens) each see their
own agent's calls and nothing of the other's."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest

from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.backends.okitoki.backend import OkiTokiBackend
from agentdesk.core import CallEnded, CallRinging, Event, RelayChanged, StatusChanged
from agentdesk.relay.agents import AgentBook
from agentdesk.relay.memory_store import MemoryStore
from agentdesk.relay.server import RelayServer
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.sim.megapbx.spec import SIM as MEGAPBX_SIM
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from agentdesk.sim.okitoki.spec import SIM as OKITOKI_SIM
from agentdesk.sim.spec import SimArgs
from tests.backends.daktela_helpers import EventTap
from tests.relay.desks import desk_stream, next_call

OKI_SECRET = "oki-relay-secret"


@asynccontextmanager
async def relay_for(state_dir: Path, tokens: dict[str, str]) -> AsyncIterator[RelayServer]:
    relay = RelayServer(agents=AgentBook(state_dir), store=MemoryStore(), vendor_tokens=tokens)
    await relay.start()
    try:
        yield relay
    finally:
        await relay.stop()


async def call_events(tap: EventTap, count: int) -> list[Event]:
    return [await next_call(tap) for _ in range(count)]


async def connected(backend: MegaPbxBackend | OkiTokiBackend) -> EventTap:
    tap = EventTap(backend.watch())
    await tap.next_status(timeout=5)
    assert backend.relay is not None
    async with asyncio.timeout(5):
        await backend.relay.connected.wait()
    return tap


async def test_two_megapbx_desks_on_one_relay_each_see_only_their_agent(tmp_path: Path) -> None:
    book = AgentBook(tmp_path)
    async with MegaPbxSimulator(agents=("ivanova", "agent2"), seed_history=False) as sim:
        a, b = sim.agents
        assert a.ext != b.ext
        tokens = {u.login: book.add(u.login, (u.ext,)) for u in (a, b)}
        async with relay_for(tmp_path, {"megapbx": sim.crm_token}) as relay:
            sim.webhook_url = relay.hook_url("megapbx")  # every user's events, one URL
            desks = {
                u.login: MegaPbxBackend(
                    base_url=sim.url,
                    login=u.login,
                    api_key=sim.api_key,
                    relay_url=relay.url,
                    relay_token=tokens[u.login],
                )
                for u in (a, b)
            }
            taps = {login: await connected(desk) for login, desk in desks.items()}
            try:
                first = sim.ring("79101234567", user=a.login)
                sim.hang_up(first)
                second = sim.ring("79161112233", user=b.login)
                sim.hang_up(second)
                seen_a = await call_events(taps[a.login], 2)
                seen_b = await call_events(taps[b.login], 2)
                await sim.wait_for_commands(6)  # contact, INCOMING, CANCELLED, history, twice
                await asyncio.sleep(0)
                left_a, left_b = taps[a.login].pending(), taps[b.login].pending()
            finally:
                for login, tap in taps.items():
                    await tap.close()
                    await desks[login].aclose()
    assert [type(e) for e in seen_a] == [CallRinging, CallEnded]
    assert {e.call.id for e in seen_a if isinstance(e, CallRinging | CallEnded)} == {first}
    assert [type(e) for e in seen_b] == [CallRinging, CallEnded]
    assert {e.call.id for e in seen_b if isinstance(e, CallRinging | CallEnded)} == {second}
    assert not [e for e in left_a + left_b if not isinstance(e, StatusChanged | RelayChanged)]
    assert all(c.status == 200 for c in sim.commands.sent)


@pytest.mark.parametrize("method", ["POST", "JSON", "GET"])
@pytest.mark.parametrize("style", ["ours", "variant"])
async def test_two_okitoki_desks_on_one_relay_each_see_only_their_agent(
    tmp_path: Path, method: str, style: str
) -> None:
    """Oki-Toki end to end through the relay, for each of the guide's methods (where the
    secret comes as a common request parameter: query, form or JSON body) and for both
    spellings of the webhooks' parameters (``user_id`` or another an administrator chose)."""
    book = AgentBook(tmp_path)
    async with OkiTokiSimulator(
        agents=("12", "31"), webhook_method=method, answer_style=style, seed_history=False
    ) as sim:
        tokens = {u.id: book.add(u.id) for u in sim.agents}
        async with relay_for(tmp_path, {"okitoki": OKI_SECRET}) as relay:
            sim.webhook_url = relay.hook_url("okitoki")
            sim.hooks.secret = OKI_SECRET
            kwargs = {k: v for k, v in sim.backend_kwargs().items() if k != "webhook_port"}
            desks = {
                u.id: OkiTokiBackend(
                    **(kwargs | {"user_id": u.id}), relay_url=relay.url, relay_token=tokens[u.id]
                )
                for u in sim.agents
            }
            taps = {user: await connected(desk) for user, desk in desks.items()}
            try:
                first = sim.ring("380501234567", user_id="12")
                sim.abandon("12")
                second = sim.ring("380671112233", user_id="31")
                sim.pick_up("31")
                sim.customer_hangup("31")
                seen_12 = await call_events(taps["12"], 2)
                seen_31 = await call_events(taps["31"], 3)
                await sim.wait_for_webhooks(5)
                left = taps["12"].pending() + taps["31"].pending()
            finally:
                for user, tap in taps.items():
                    await tap.close()
                    await desks[user].aclose()
    assert [type(e) for e in seen_12] == [CallRinging, CallEnded]
    assert {e.call.id for e in seen_12 if isinstance(e, CallRinging | CallEnded)} == {first}
    assert type(seen_31[0]) is CallRinging and type(seen_31[-1]) is CallEnded
    assert {e.call.id for e in seen_31 if isinstance(e, CallRinging | CallEnded)} == {second}
    assert not [e for e in left if not isinstance(e, StatusChanged)]
    assert [h.status for h in sim.hooks.sent] == [200] * 5
    assert relay.metrics.events_in["okitoki"] == 5


async def test_the_relay_refuses_an_okitoki_webhook_with_a_wrong_secret(tmp_path: Path) -> None:
    AgentBook(tmp_path).add("12")
    async with (
        OkiTokiSimulator(seed_history=False) as sim,
        relay_for(tmp_path, {"okitoki": OKI_SECRET}) as relay,
    ):
        for url, secret in (
            (relay.hook_url("okitoki"), OKI_SECRET[:-1] + "X"),  # a wrong common parameter
            (relay.hook_url("okitoki") + "?secret=" + OKI_SECRET.upper(), None),  # in the URL
            (relay.hook_url("okitoki"), None),  # none at all
        ):
            sim.webhook_url, sim.hooks.secret = url, secret
            sim.ring("380501234567")
            sim.abandon()
            await sim.wait_for_webhooks(len(sim.hooks.sent) + 2)  # sent before the URL changes
        sim.webhook_url = relay.hook_url("okitoki") + "?secret=" + OKI_SECRET
        sim.ring("380501234567")
        await sim.wait_for_webhooks(7)
    assert [h.status for h in sim.hooks.sent] == [403] * 6 + [200]
    assert relay.metrics.events_in["okitoki"] == 1


def test_the_agents_option_makes_several_agents_with_their_own_numbers() -> None:
    pbx = MEGAPBX_SIM.make(SimArgs(options={"agents": "3"}))
    assert [u.login for u in pbx.agents] == ["ivanova", "agent2", "agent3"]
    assert len({u.ext for u in pbx.users.values()}) == len(pbx.users)
    named = MEGAPBX_SIM.make(SimArgs(options={"agents": "petrov,sidorova"}))
    assert named.agent.login == "petrov" and named.agents[1].login == "sidorova"
    oki = OKITOKI_SIM.make(SimArgs(options={"agents": "3"}))
    assert [u.id for u in oki.agents] == ["12", "30", "31"]
    assert OKITOKI_SIM.make(SimArgs(options={"agents": "40,41"})).user_id == "40"
    for bad in ("0", "1001", "a b", ",", "Иванова"):
        with pytest.raises(ValueError, match="simulator option agents"):
            MEGAPBX_SIM.make(SimArgs(options={"agents": bad}))
    with pytest.raises(ValueError, match="simulator option agents"):
        OKITOKI_SIM.make(SimArgs(options={"agents": "12,anna"}))
    lines = OKITOKI_SIM.banner(oki, SimArgs())
    assert any(line.strip().startswith("agents:") and "30" in line for line in lines)
    one = OKITOKI_SIM.make(SimArgs())
    assert not any("agents:" in line for line in OKITOKI_SIM.banner(one, SimArgs()))


async def test_a_user_number_sent_as_a_json_number_finds_its_agent(tmp_path: Path) -> None:
    """The guide calls ``user_id`` "the user number": by the JSON method it may come as a
    number rather than text; the relay routes it alike."""
    token = AgentBook(tmp_path).add("12")
    async with (
        relay_for(tmp_path, {"okitoki": OKI_SECRET}) as relay,
        httpx.AsyncClient() as client,
        desk_stream(client, relay.url, token) as desk,
    ):
        answer = await client.post(
            relay.hook_url("okitoki"),
            json={"event": "ringing", "user_id": 12, "session_id": 40000001, "secret": OKI_SECRET},
        )
        received = await desk.wait_for(1)
    assert answer.status_code == 200
    assert received[0]["payload"]["user_id"] == "12"
    assert relay.metrics.unknown_agent["okitoki"] == 0
