"""The receiver's listening socket: a cap on open connections, and how each one ended.

What aiohttp (3.14) offers and what it lacks, read in its source (``web_protocol.py``):

- ``keepalive_timeout`` is also a head timeout: the timer starts when a connection opens and
  again after each answer, is not pushed back by incoming bytes, and closes the connection if
  no whole request head has arrived by then. So ``keepalive_timeout=header_timeout`` closes
  silent connections, half-sent heads and heads dripped a byte at a time, as well as idle
  keep-alive connections (which a vendor's client simply opens again).
- It has no body timeout (the receiver's handler times its own read of the body) and no
  connection cap, and it counts nothing.

:class:`GuardedSite` is an aiohttp site (like ``web.TCPSite``) whose protocol factory makes
each connection itself: aiohttp's own ``RequestHandler``, subclassed only to tell the receiver
how a connection ended; over ``max_connections`` it answers a 503 and closes at once, so that
a flood of connections costs one socket each for a moment rather than for as long as the
flood likes. Counting at the factory rather than in aiohttp's ``Server.connections`` is what
makes the cap exact: a connection is in the latter only once its ``connection_made`` has run,
a loop turn after it was accepted.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import weakref
from collections.abc import Mapping
from typing import Any, Final, cast

from aiohttp import web

from agentdesk.receivers.tally import Outcome, ServerLog, Tally

HEADER_TIMEOUT: Final = 10.0  # seconds for a request's head, from connecting or the last answer
BODY_TIMEOUT: Final = 10.0  # seconds for a request's whole body, from the end of its head
MAX_CONNECTIONS: Final = 256  # open at once; more are answered 503 and closed
LINGER_SECONDS: Final = 2.0  # at most, for the rest of a body that was refused unread

_BUSY: Final = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
    b"Content-Length: 46\r\nRetry-After: 10\r\nConnection: close\r\n\r\n"
    b'{"ok": false, "error": "too many connections"}'
)


class WatchedConnection(web.RequestHandler):
    """aiohttp's handler of one connection, telling the tally how it ended when it ended
    without a whole request: timed out before its head was whole, or left half-way."""

    def __init__(self, manager: web.Server, site: GuardedSite, **handler_args: Any) -> None:
        super().__init__(
            manager,
            keepalive_timeout=site.header_timeout,
            # aiohttp calls only debug, warning and exception on its logger.
            logger=cast(logging.Logger, ServerLog(site.tally, on_unreadable=self._request_seen)),
            **handler_args,
        )
        self._site = site
        self._opened_at = 0.0
        self._head_begun = False
        self.requests = 0
        """Requests seen: heads that arrived whole (the receiver's middleware counts them),
        and what aiohttp answered 400 as not HTTP."""
        self.busy = False
        """A request is being handled (its body read) now."""

    def _request_seen(self) -> None:
        self.requests += 1

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._opened_at = asyncio.get_running_loop().time()
        super().connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if data and self.requests == 0:
            self._head_begun = True
        super().data_received(data)

    def connection_lost(self, exc: BaseException | None) -> None:
        site = self._site
        site.forget(self)
        super().connection_lost(exc)
        if site.stopping:
            return  # closed by the receiver's stop, not by the client or a limit
        if self.busy:
            # Only the client leaves mid-body: nothing of ours closes a connection then.
            site.tally.note(Outcome.DROPPED, "during the request body")
        elif self.requests == 0:
            waited = asyncio.get_running_loop().time() - self._opened_at
            if waited >= site.header_timeout:
                site.tally.note(Outcome.TIMED_OUT, f"no whole head in {site.header_timeout:g} s")
            elif self._head_begun:
                site.tally.note(Outcome.DROPPED, "during the request head")
        # After an answer, a connection that closes idle is a keep-alive one ending: normal.


def request_began(request: web.BaseRequest) -> WatchedConnection | None:
    """Tell the request's connection that a whole head arrived; its watcher, if any."""
    connection = request.protocol
    if not isinstance(connection, WatchedConnection):
        return None
    connection._request_seen()
    return connection


class _TurnedAway(asyncio.Protocol):
    """A connection over the cap: a 503, then closed. A client whose request has already
    arrived may see a reset instead (a socket closed with unread data does that)."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.WriteTransport)
        transport.write(_BUSY)
        transport.close()


class GuardedSite(web.BaseSite):
    """Listens on ``host:port`` for ``runner``'s application, with at most
    ``max_connections`` open at once; ``handler_args`` go to each connection's handler."""

    def __init__(
        self,
        runner: web.BaseRunner,
        host: str,
        port: int,
        *,
        tally: Tally,
        header_timeout: float = HEADER_TIMEOUT,
        max_connections: int = MAX_CONNECTIONS,
        handler_args: Mapping[str, Any] | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(runner, ssl_context=ssl_context)
        self._host = host
        self._port = port
        self.tally = tally
        self.header_timeout = header_timeout
        self.max_connections = max_connections
        self.stopping = False
        self._handler_args = dict(handler_args or {})
        self._live: weakref.WeakSet[WatchedConnection] = weakref.WeakSet()

    @property
    def name(self) -> str:
        scheme = "https" if self._ssl_context is not None else "http"
        return f"{scheme}://{self._host}:{self._port}"

    @property
    def open_connections(self) -> int:
        return len(self._live)

    async def start(self) -> None:
        await super().start()
        self.stopping = False
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            self._connection,
            self._host,
            self._port,
            backlog=self._backlog,
            ssl=self._ssl_context,
        )

    async def stop(self) -> None:
        self.stopping = True  # the runner closes the connections after its sites stop
        await super().stop()

    def forget(self, connection: WatchedConnection) -> None:
        self._live.discard(connection)

    def _connection(self) -> asyncio.BaseProtocol:
        server = self._runner.server
        if server is None or self.stopping or len(self._live) >= self.max_connections:
            self.tally.note(Outcome.TURNED_AWAY, f"{self.max_connections} already open")
            return _TurnedAway()
        connection = WatchedConnection(
            server, self, loop=asyncio.get_running_loop(), **self._handler_args
        )
        self._live.add(connection)
        return connection
