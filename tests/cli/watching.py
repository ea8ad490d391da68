"""``agentdesk ctl watch`` (and ``agentdesk relay``) as subprocesses that tests read line by
line while they run."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from tests.cli.test_ctl import _env

LINE_TIMEOUT = 20.0


class Watch:
    """A running ``agentdesk ctl ... watch``: its lines as they come, its end."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.seen: list[dict[str, Any]] = []

    async def line(self) -> str:
        assert self.process.stdout is not None
        try:
            async with asyncio.timeout(LINE_TIMEOUT):
                raw = await self.process.stdout.readline()
        except TimeoutError:
            raise AssertionError(f"no line in {LINE_TIMEOUT} s after {self.seen}") from None
        assert raw, f"watch ended early: {await self._stderr()}"
        return raw.decode()

    async def next(self, kind: str, **fields: object) -> dict[str, Any]:
        """The next JSON line of type ``kind`` whose fields include ``fields``."""
        while True:
            event = json.loads(await self.line())
            self.seen.append(event)
            if event["type"] == kind and all(event.get(k) == v for k, v in fields.items()):
                return event

    async def end(self, signum: int | None = signal.SIGTERM) -> tuple[int, str, str]:
        """Send ``signum`` (None: wait for it to end by itself); its status, the rest of its
        output and its stderr."""
        if signum is not None and self.process.returncode is None:
            self.process.send_signal(signum)
        async with asyncio.timeout(LINE_TIMEOUT):
            out, err = await self.process.communicate()
        assert self.process.returncode is not None
        return self.process.returncode, out.decode(), err.decode()

    async def _stderr(self) -> str:
        assert self.process.stderr is not None
        async with asyncio.timeout(LINE_TIMEOUT):
            return (await self.process.stderr.read()).decode()


@asynccontextmanager
async def watching(*args: str, secret: str | None = None, **env: str) -> AsyncIterator[Watch]:
    """``agentdesk ARGS`` running for the block; killed after if it has not ended."""
    extra = {"AGENTDESK_SECRET": secret} if secret else {}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "agentdesk",
        *args,
        env=_env(**extra, **env),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        yield Watch(process)
    finally:
        if process.returncode is None:
            process.kill()
            await process.communicate()


@asynccontextmanager
async def relay_process(state_dir: Path, *options: str, **tokens: str) -> AsyncIterator[str]:
    """``agentdesk relay OPTIONS`` in memory mode on a free loopback port; its URL."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "agentdesk",
        "relay",
        "--state-dir",
        str(state_dir),
        "--port",
        "0",
        *options,
        env=_env(**tokens),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        async with asyncio.timeout(LINE_TIMEOUT):
            said = ""
            while not said.startswith("agentdesk relay: listening on "):
                said = (await process.stdout.readline()).decode()
                assert said, "the relay ended before it listened"
        yield said.split()[4]
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        async with asyncio.timeout(LINE_TIMEOUT):
            await process.communicate()
        assert process.returncode == 0
