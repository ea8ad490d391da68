"""Isolation as a property: over any routing of webhooks among agents, a desk's token yields
its own agent's events, all of them, in order, and no other agent's."""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
from pathlib import Path

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.relay.agents import AgentBook
from tests.relay.desks import desk_stream, post_megapbx, post_okitoki, running_relay

AGENTS = ("ivanov", "petrov", "4711", "4712")
# Each webhook: which vendor, which agent (or a stranger), and how it names them.
ROUTES = st.lists(
    st.tuples(
        st.sampled_from(["megapbx", "okitoki"]),
        st.sampled_from([*AGENTS, "stranger"]),
        st.booleans(),  # by another name (MegaFon ext / Oki-Toki operator_id)
    ),
    max_size=25,
)


def test_a_token_never_yields_another_agents_event() -> None:
    with asyncio.Runner() as runner, tempfile.TemporaryDirectory() as state:
        book = AgentBook(Path(state))
        tokens = {login: book.add(login, (f"x{login}",)) for login in AGENTS}

        @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(ROUTES)
        def one_routing(routes: list[tuple[str, str, bool]]) -> None:
            runner.run(_check(Path(state), tokens, routes))

        one_routing()


async def _check(state: Path, tokens: dict[str, str], routes: list[tuple[str, str, bool]]) -> None:
    async with (
        running_relay(state) as relay,
        httpx.AsyncClient() as client,
        contextlib.AsyncExitStack() as stack,
    ):
        desks = {
            login: await stack.enter_async_context(desk_stream(client, relay.url, token))
            for login, token in tokens.items()
        }
        expected: dict[str, list[str]] = {login: [] for login in AGENTS}
        for n, (vendor, agent, by_other_name) in enumerate(routes):
            name = f"x{agent}" if by_other_name else agent
            if vendor == "megapbx":
                key = {"ext": name} if by_other_name else {"user": name}
                await post_megapbx(client, relay.url, callid=str(n), **key)
            else:
                key = {"operator_id": name} if by_other_name else {"user_id": name}
                await post_okitoki(client, relay.url, session_id=str(n), **key)
            if agent in expected:
                expected[agent].append(str(n))
        for login in AGENTS:  # a last event each: a stream is in order, so all came before it
            await post_megapbx(client, relay.url, user=login, callid="end")
        for login, desk in desks.items():
            got = await desk.wait_for(len(expected[login]) + 1)
            seen = [e["payload"].get("callid") or e["payload"].get("session_id") for e in got]
            assert seen == [*expected[login], "end"], login
