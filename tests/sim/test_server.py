"""The simulators' loopback server: a client that leaves half-way is its own business."""

from __future__ import annotations

import asyncio

from aiohttp import web

from agentdesk.receivers.tally import Outcome
from agentdesk.sim.server import LoopbackServer


async def test_a_client_that_leaves_mid_body_is_counted_not_logged_as_an_error() -> None:
    # A GUI test's AgentDesk, stopped by SIGTERM mid-request, made the simulator log
    # "ERROR aiohttp.server: Error handling request" (ConnectionResetError), failing the test.
    async def handler(request: web.Request) -> web.Response:
        await request.post()
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/api", handler)
    server = LoopbackServer(app)
    url = await server.start()
    try:
        host, port = url.removeprefix("http://").split(":")
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.write(
            b"POST /api HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\na=1"
        )
        await writer.drain()
        writer.transport.abort()
        for _ in range(200):
            if server.tally.counts[Outcome.DROPPED]:
                break
            await asyncio.sleep(0.01)
        assert server.tally.counts[Outcome.DROPPED] == 1
        del reader
    finally:
        await server.stop()
