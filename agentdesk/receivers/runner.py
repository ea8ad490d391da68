"""Starting and stopping an aiohttp server (the webhook receiver, a simulator) so that no
socket outlives it.

``AppRunner.cleanup()`` asks each open connection to close once its handler is done, and
returns; the handlers' tasks close their sockets later, in loop iterations that a stopping
app (or a test's loop being torn down) may never run, leaving "unclosed transport" behind.
What is still open after the cleanup is aborted here, and the loop turned once so that the
transports really let go of their sockets.

Nor does closing the listening socket account for a connection accepted in the last loop
turns: asyncio makes its transport in a task of its own, a turn after the accept, and hands
it to the protocol a turn later; a server closed in between leaves the transport half-made,
in no list, its socket open until the garbage collector warns of it ("unclosed transport",
or "unclosed socket" when the loop goes before the task runs; CPython gh-109564).
:func:`stop_listening` stops accepting, lets those two turns pass, and only then closes.
"""

from __future__ import annotations

import asyncio
import socket

from aiohttp import web

_TURNS_TO_MAKE_A_CONNECTION = 2
"""From the accept to the protocol's ``connection_made``: the transport's task, then the
callback it schedules (asyncio's selector loops, qasync's included)."""


async def start_site(runner: web.BaseRunner, site: web.BaseSite) -> None:
    """Start ``site``; when it cannot (its address taken, say), ``runner`` is let go too."""
    try:
        await site.start()
    except BaseException:
        await runner.cleanup()
        raise


def url_host(host: str) -> str:
    """``host`` as a URL writes it: an IPv6 address in brackets."""
    try:
        socket.inet_pton(socket.AF_INET6, host)
    except OSError:
        return host
    return f"[{host}]"


def abort_connections(runner: web.BaseRunner) -> None:
    """Drop every connection the runner's server has open, unanswered."""
    server = runner.server
    for connection in list(server.connections) if server is not None else ():
        if connection.transport is not None:
            connection.transport.abort()


async def stop_listening(site: web.BaseSite) -> None:
    """Stop ``site`` listening, the connections it has just accepted made first, so that
    they are among those its server knows and closes."""
    server = site._server
    if isinstance(server, asyncio.Server):
        loop = asyncio.get_running_loop()
        for sock in server.sockets:
            loop.remove_reader(sock.fileno())  # accept no more
        for _ in range(_TURNS_TO_MAKE_A_CONNECTION):
            await asyncio.sleep(0)
    await site.stop()


async def close_runner(runner: web.BaseRunner) -> None:
    for site in list(runner.sites):
        await stop_listening(site)
    server = runner.server
    # The transports, not the connections: a connection forgets its transport when it asks
    # it to close, and a transport with unsent data (to a client no longer reading) waits
    # for ever for it to drain.
    transports = [c.transport for c in server.connections if c.transport] if server else []
    await runner.cleanup()
    for transport in transports:
        transport.abort()  # nothing for transports already gone
    await asyncio.sleep(0)  # the transports' connection_lost runs now, closing the sockets
