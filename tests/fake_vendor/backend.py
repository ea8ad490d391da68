"""The fake call centre's backend: the agent's state, read over HTTP (``GET /agents/LOGIN``)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx

from agentdesk.core import (
    AgentState,
    AgentStatus,
    AuthenticationError,
    Backend,
    Capability,
    Event,
    StatusChanged,
    TransientError,
    VendorError,
)
from tests.fake_vendor.spec import SPEC


class FakeBackend(Backend):
    vendor = SPEC.key
    display_name = SPEC.display_name
    capabilities = frozenset({Capability.LIVE_STATE})

    def __init__(self, *, url: str, login: str, token: str, poll_seconds: float) -> None:
        self.login = login
        self.poll_seconds = poll_seconds
        self._client = httpx.AsyncClient(
            base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=5.0
        )

    async def status(self) -> AgentStatus:
        try:
            answer = await self._client.get(f"/agents/{self.login}")
        except httpx.TransportError as exc:
            raise TransientError(f"the fake call centre is out of reach: {exc!r}") from None
        if answer.status_code == 401:
            raise AuthenticationError("the fake call centre refused the token")
        if answer.status_code != 200:
            raise VendorError(answer.text, action="agents")
        found = answer.json()
        return AgentStatus(
            state=AgentState(found["state"]), agent_login=self.login, agent_name=found["name"]
        )

    async def watch(self) -> AsyncIterator[Event]:
        while True:
            yield StatusChanged(await self.status())
            await asyncio.sleep(self.poll_seconds)

    async def aclose(self) -> None:
        await self._client.aclose()
