"""A server on loopback that stops (:mod:`agentdesk.receivers.runner`: the webhook receiver,
a simulator, a simulator's outage) lets go of every connection, those it accepted in the loop
turns of its stop included.

asyncio makes an accepted connection's transport in a task of its own, a loop turn after the
accept, and its protocol hears of it a turn later: a server closed in between left that
transport half-made, in no list, its socket open until the garbage collector warned of it
("unclosed transport", or "unclosed socket" when the task never ran; CPython gh-109564). The
client connects with a raw socket, whose handshake the kernel completes at once on loopback,
and the stop begins 0 to 5 turns later: one of those turns falls in that window.
"""

from __future__ import annotations

import asyncio
import gc
import socket
from collections.abc import Awaitable, Callable

import pytest
from aiohttp import web

from agentdesk.receivers import WebhookReceiver
from agentdesk.sim.server import LoopbackServer

Stop = Callable[[], Awaitable[None]]


async def _receiver() -> tuple[int, Stop]:
    # A head timeout far longer than the test: a connection the stop missed would stay open.
    receiver = WebhookReceiver(secret="s", header_timeout=60.0)
    await receiver.start()
    return receiver.port, receiver.stop


async def _simulator() -> tuple[int, Stop]:
    server = LoopbackServer(web.Application())
    url = await server.start()
    return int(url.rsplit(":", 1)[1]), server.stop


async def _simulator_outage() -> tuple[int, Stop]:
    server = LoopbackServer(web.Application())
    url = await server.start()

    async def pause_then_stop() -> None:
        await server.pause()
        await server.stop()

    return int(url.rsplit(":", 1)[1]), pause_then_stop


SERVERS = {"receiver": _receiver, "simulator": _simulator, "simulator outage": _simulator_outage}


@pytest.mark.parametrize("turns", range(6))
@pytest.mark.parametrize("server", list(SERVERS))
async def test_a_client_connecting_as_the_server_stops_is_let_go(server: str, turns: int) -> None:
    loop = asyncio.get_running_loop()
    port, stop = await SERVERS[server]()
    with socket.socket() as client:
        client.setblocking(False)
        client.connect_ex(("127.0.0.1", port))
        for _ in range(turns):
            await asyncio.sleep(0)
        await stop()
        try:
            answer = await asyncio.wait_for(loop.sock_recv(client, 1024), 5)
        except (ConnectionResetError, ConnectionRefusedError):
            answer = b""  # let go unanswered
    # Unanswered, or told the receiver is busy (it turns connections away as it stops).
    assert answer == b"" or answer.startswith(b"HTTP/1.1 503 "), answer
    gc.collect()  # a transport left half-made warns now, and warnings fail the test
