"""The fake call centre on loopback: one agent, whose state the scenario flips."""

from __future__ import annotations

import asyncio
import contextlib
import secrets

from aiohttp import web

from agentdesk.sim.faults import Faults
from agentdesk.sim.server import LoopbackServer


class FakeSimulator:
    def __init__(self, *, port: int = 0, token: str | None = None) -> None:
        self.port = port
        self.token = token or secrets.token_hex(8)
        self.login = "frida"
        self.name = "Frida Fake"
        self.state = "ready"
        self.url = ""
        self.faults = Faults()
        app = web.Application()
        app.router.add_get("/agents/{login}", self._agent)
        self._server = LoopbackServer(app, faults=self.faults)

    async def start(self) -> None:
        self.url = await self._server.start("127.0.0.1", self.port)

    async def stop(self) -> None:
        await self._server.stop()

    async def _agent(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response({"error": "who are you?"}, status=401)
        if request.match_info["login"] != self.login:
            return web.json_response({"error": "no such agent"}, status=404)
        return web.json_response({"state": self.state, "name": self.name})


class FakeScenario:
    """The agent takes a break every few seconds, and comes back."""

    def __init__(self, sim: FakeSimulator, *, every: float = 3.0) -> None:
        self.sim = sim
        self.every = every
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._flip())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _flip(self) -> None:
        while True:
            await asyncio.sleep(self.every)
            self.sim.state = "paused" if self.sim.state == "ready" else "ready"
