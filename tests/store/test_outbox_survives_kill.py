"""Nothing the agent saved is lost: the app is killed (SIGKILL) between storing a wrap-up and
delivering it, starts again, and the vendor receives the wrap-up exactly once."""

from __future__ import annotations

import asyncio
import signal
import socket
import sys
from pathlib import Path

import pytest

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.store.outbox import Outbox
from tests.store.outbox_child import PROFILE_KEY, disposition

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROOT = Path(__file__).resolve().parents[2]
LINE_TIMEOUT = 30.0


async def run_child(*args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.store.outbox_child",
        *args,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def read_line(process: asyncio.subprocess.Process) -> str:
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), LINE_TIMEOUT)
    if not line:
        assert process.stderr is not None
        error = await asyncio.wait_for(process.stderr.read(), LINE_TIMEOUT)
        pytest.fail(f"the child ended without a word: {error.decode(errors='replace')}")
    return line.decode().strip()


async def finish(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.kill()
    await asyncio.wait_for(process.wait(), LINE_TIMEOUT)


def refusing_url() -> tuple[socket.socket, str]:
    """A loopback port that refuses connections: bound, never listening (no race for it)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock, f"http://127.0.0.1:{sock.getsockname()[1]}"


async def test_a_wrap_up_stored_before_a_kill_reaches_the_vendor_once(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    async with DaktelaSimulator(seed_history=False, wrapup_seconds=60.0) as sim:
        call_id = sim.ring("601234567")
        sim.pick_up()
        sim.customer_hangup()  # the call script stays open for the wrap-up

        closed, down_url = refusing_url()
        with closed:
            child = await run_child("store", str(path), down_url, sim.login, sim.token, call_id)
            try:
                assert await read_line(child) == "STORED queued"
                child.send_signal(signal.SIGKILL)
                await asyncio.wait_for(child.wait(), LINE_TIMEOUT)
            finally:
                await finish(child)
        assert child.returncode == -signal.SIGKILL

        outbox = Outbox(path)
        try:
            (entry,) = outbox.pending(PROFILE_KEY)
            assert entry.disposition == disposition(call_id)
            assert entry.attempts == 1 and entry.last_error  # tried once, could not connect
        finally:
            outbox.close()
        assert sim.closed_scripts == []

        child = await run_child("deliver", str(path), sim.url, sim.login, sim.token, call_id)
        try:
            assert await read_line(child) == "DELIVERED"
            assert await asyncio.wait_for(child.wait(), LINE_TIMEOUT) == 0
        finally:
            await finish(child)

        closes = [params for action, params in sim.requests if action == "CallScriptClose"]
        assert len(closes) == 1
        assert closes[0]["call_id"] == call_id
        (script,) = sim.closed_scripts
        assert script.call_id == call_id
        assert script.status is not None and script.status.code == "objednavka"
        assert script.values == {"field_produkt": "Internet"}

    outbox = Outbox(path)
    try:
        assert outbox.counts(PROFILE_KEY) == (0, 0)
    finally:
        outbox.close()
