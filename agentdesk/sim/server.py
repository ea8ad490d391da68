"""Serve an aiohttp application on loopback from inside an already running event loop.

Simulators run inside the app's own loop (qasync in ``--demo``, a plain asyncio loop in tests
and ``agentdesk sim``), so ``web.run_app``, which owns the loop and signal handlers, is not an
option: this is the ``AppRunner`` + ``TCPSite`` pair instead.
"""

from __future__ import annotations

import socket

from aiohttp import web


class LoopbackServer:
    """One ``web.Application`` listening on one address until :meth:`stop`."""

    def __init__(self, app: web.Application, *, shutdown_timeout: float = 1.0) -> None:
        self.app = app
        # aiohttp waits this long for in-flight handlers on stop; simulators release their
        # held long-polls before stopping, so anything still running after this is cut.
        self._shutdown_timeout = shutdown_timeout
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on ``host:port`` (port 0 picks a free one) and return the base URL."""
        if self._runner is not None:
            raise RuntimeError("server already started")
        runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=self._shutdown_timeout)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        # runner.addresses reads the sockets the site really bound, which port 0 needs.
        port = runner.addresses[0][1]
        self.url = f"http://{_format_host(host)}:{port}"
        return self.url

    async def stop(self) -> None:
        """Stop listening and release the sockets; safe to call twice."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()


def _format_host(host: str) -> str:
    try:
        socket.inet_pton(socket.AF_INET6, host)
    except OSError:
        return host
    return f"[{host}]"
