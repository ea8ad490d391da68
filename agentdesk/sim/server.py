"""Serve an aiohttp application on loopback from inside an already running event loop.

Simulators run inside the app's own loop (qasync in ``--demo``, a plain asyncio loop in tests
and ``agentdesk sim``), so ``web.run_app``, which owns the loop and signal handlers, is not an
option: this is the ``AppRunner`` + ``TCPSite`` pair instead.
"""

from __future__ import annotations

import logging
from typing import cast

from aiohttp import web

from agentdesk.receivers.runner import (
    abort_connections,
    close_runner,
    start_site,
    stop_listening,
    url_host,
)
from agentdesk.receivers.tally import ServerLog, Tally
from agentdesk.sim.faults import Faults


class LoopbackServer:
    """One ``web.Application`` listening on one address until :meth:`stop`.

    Given ``faults``, the fault layer sits in front of the application's handlers
    (:mod:`agentdesk.sim.faults`). :meth:`pause` and :meth:`resume` take the server away and
    bring it back on the same address. A client that leaves before its answer (an AgentDesk
    killed mid-request) is counted in :attr:`tally` and logged once, not as an error.
    """

    def __init__(
        self,
        app: web.Application,
        *,
        shutdown_timeout: float = 1.0,
        faults: Faults | None = None,
    ) -> None:
        self.app = app
        self.faults = faults
        if faults is not None:
            faults.attach(self, app)
        # aiohttp waits this long for in-flight handlers on stop; simulators release their
        # held long-polls before stopping, so anything still running after this is cut.
        self._shutdown_timeout = shutdown_timeout
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._address: tuple[str, int] = ("", 0)
        self.url = ""
        self.tally = Tally("simulator")

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on ``host:port`` (port 0 picks a free one) and return the base URL."""
        if self._runner is not None:
            raise RuntimeError("server already started")
        runner = web.AppRunner(
            self.app,
            access_log=None,
            shutdown_timeout=self._shutdown_timeout,
            # aiohttp calls only debug, warning and exception on its logger.
            logger=cast(logging.Logger, ServerLog(self.tally)),
        )
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await start_site(runner, site)
        self._runner, self._site = runner, site
        # runner.addresses reads the sockets the site really bound, which port 0 needs.
        port = runner.addresses[0][1]
        self._address = (host, port)
        self.url = f"http://{url_host(host)}:{port}"
        if self.faults is not None:
            self.faults.server_started()
        return self.url

    async def stop(self) -> None:
        """Stop listening and release the sockets; safe to call twice."""
        runner, self._runner, self._site = self._runner, None, None
        if runner is not None:
            if self.faults is not None:
                await self.faults.server_stopping()
            await close_runner(runner)

    async def pause(self) -> None:
        """Go away until :meth:`resume`: stop listening and drop every open connection,
        requests in flight included, unanswered."""
        site, self._site = self._site, None
        if self._runner is None or site is None:
            return
        if self.faults is not None:
            self.faults.cut()
        await stop_listening(site)
        abort_connections(self._runner)

    async def resume(self) -> None:
        """Listen again on the address of :meth:`start`."""
        if self._runner is None or self._site is not None:
            return
        site = web.TCPSite(self._runner, *self._address)
        await site.start()
        self._site = site
