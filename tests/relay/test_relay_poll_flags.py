"""``agentdesk relay``'s shared-polling flags as a subprocess: the token from a file or the
environment (never in its output), the first poll at start, refusals with a message."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import httpx

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.relay.test_relay_cli import _relay

NO_WEBHOOKS = {"AGENTDESK_RELAY_MEGAPBX_TOKEN": "", "AGENTDESK_RELAY_OKITOKI_SECRET": ""}


async def test_the_relay_polls_daktela_with_the_token_from_its_file(tmp_path: Path) -> None:
    async with DaktelaSimulator() as sim:
        token_file = tmp_path / "daktela.token"
        token_file.write_text(sim.supervisor_token + "\n")
        env = {**os.environ, **NO_WEBHOOKS, "AGENTDESK_RELAY_DAKTELA_TOKEN": ""}
        relay = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "agentdesk", "relay", "--state-dir", str(tmp_path),
            "--port", "0", "--daktela-url", sim.url, "--daktela-token-file", str(token_file),
            env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            assert relay.stdout is not None
            async with asyncio.timeout(30):
                line = (await relay.stdout.readline()).decode()
            assert "polling daktela queue_figures every 10 s" in line, line
            url = line.split("listening on ", 1)[1].split(" ", 1)[0]
            assert await sim.wait_until(lambda: ("RTStatsQueues", {}) in sim.requests, 10)
            async with httpx.AsyncClient() as client:
                metrics = (await client.get(url + "/metrics")).text
        finally:
            relay.terminate()
            _, err = await relay.communicate()
    assert 'agentdesk_relay_shared_polls_total{vendor="daktela"} 1' in metrics
    assert sim.tokens[sim.requests.index(("RTStatsQueues", {}))] == sim.supervisor_token
    assert sim.supervisor_token not in line + metrics + err.decode()
    assert relay.returncode == 0


def test_shared_polling_without_a_token_or_too_often_is_refused(tmp_path: Path) -> None:
    env = {**NO_WEBHOOKS, "AGENTDESK_RELAY_OKITOKI_API_TOKEN": ""}
    common = ("--state-dir", str(tmp_path), "--port", "0")
    no_token = _relay(*common, "--okitoki-url", "https://c.oki-toki.net", env=env)
    assert no_token.returncode == 2
    assert "--okitoki-url needs a token: AGENTDESK_RELAY_OKITOKI_API_TOKEN" in no_token.stderr
    missing = _relay(*common, "--daktela-url", "https://c.daktela.com", "--daktela-token-file",
                     str(tmp_path / "none"), env=env)  # fmt: skip
    assert missing.returncode == 2 and "cannot read the daktela token file" in missing.stderr
    often = _relay(*common, "--daktela-url", "https://c.daktela.com", "--queue-poll-seconds",
                   "1", env={**env, "AGENTDESK_RELAY_DAKTELA_TOKEN": "t"})  # fmt: skip
    assert often.returncode == 2 and "--queue-poll-seconds must be at least 5" in often.stderr
    for result in (no_token, missing, often):
        assert "Traceback" not in result.stderr
