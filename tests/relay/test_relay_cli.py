"""``agentdesk relay`` as a subprocess: agents' tokens issued once, listed, revoked; the server
refuses to start without a vendor token."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from agentdesk.relay.agents import AgentBook, token_hash


def _relay(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agentdesk", "relay", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_add_agent_prints_the_token_once_and_keeps_only_its_hash(tmp_path: Path) -> None:
    added = _relay("add-agent", "ivanov", "--name", "101", "--state-dir", str(tmp_path))
    assert added.returncode == 0, added.stderr
    token = added.stdout.strip()
    assert len(token) >= 40 and "shown this once" in added.stderr
    stored = (tmp_path / "agents.json").read_text()
    assert token not in stored
    assert json.loads(stored)["agents"]["ivanov"]["token_sha256"] == token_hash(token)
    assert (tmp_path / "agents.json").stat().st_mode & 0o077 == 0
    assert AgentBook(tmp_path).by_token(token).login == "ivanov"
    listed = _relay("list-agents", "--state-dir", str(tmp_path))
    assert listed.stdout.split() == ["ivanov", "101"]
    assert _relay("remove-agent", "ivanov", "--state-dir", str(tmp_path)).returncode == 0
    assert AgentBook(tmp_path).by_token(token) is None


def test_removing_an_unknown_agent_says_so(tmp_path: Path) -> None:
    gone = _relay("remove-agent", "nobody", "--state-dir", str(tmp_path))
    assert gone.returncode == 2 and "no agent 'nobody'" in gone.stderr
    assert "Traceback" not in gone.stderr


def test_the_relay_will_not_serve_without_a_vendor_token(tmp_path: Path) -> None:
    env = {"AGENTDESK_RELAY_MEGAPBX_TOKEN": "", "AGENTDESK_RELAY_OKITOKI_SECRET": ""}
    refused = _relay("--state-dir", str(tmp_path), "--port", "0", env=env)
    assert refused.returncode == 2 and "AGENTDESK_RELAY_MEGAPBX_TOKEN" in refused.stderr
