"""``agentdesk relay --log-format json``: the service's own events, one redacted JSON object
a line on stderr, as journald and log collectors take them."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from agentdesk.relay.agents import AgentBook
from tests.processes import stop_process
from tests.relay.desks import MEGAPBX_TOKEN
from tests.relay.redis_server import free_port

REDIS_PASSWORD = "redis-пароль-9"


def _lines(stream: Any, into: queue.Queue[str]) -> None:
    for line in stream:
        into.put(line)


def _next_json(lines: queue.Queue[str], containing: str) -> dict[str, Any]:
    while True:
        record: dict[str, Any] = json.loads(lines.get(timeout=20))
        if containing in record["message"]:
            return record


def test_the_relay_logs_its_own_events_as_redacted_json_lines(tmp_path: Path) -> None:
    state = tmp_path / "state"
    AgentBook(state).add("ivanov")
    env = {
        **os.environ,
        "AGENTDESK_RELAY_MEGAPBX_TOKEN": MEGAPBX_TOKEN,
        "XDG_STATE_HOME": str(tmp_path / "xdg-state"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
    }
    # Nothing listens there: the relay starts all the same, not ready until Redis answers.
    redis = f"redis://:{REDIS_PASSWORD}@127.0.0.1:{free_port()}/0"
    process = subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "relay", "--port", "0", "--state-dir", str(state),
         "--redis", redis, "--log-format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )  # fmt: skip
    lines: queue.Queue[str] = queue.Queue()
    assert process.stderr is not None and process.stdout is not None
    reader = threading.Thread(target=_lines, args=(process.stderr, lines), daemon=True)
    reader.start()
    try:
        assert "listening on" in process.stdout.readline()
        started = _next_json(lines, "listening on")
        AgentBook(state).add("petrov")  # the running relay reads the file again
        reread = _next_json(lines, "agents' file read again")
    finally:
        stop_process(process)
        reader.join(timeout=10)
        process.stdout.close()
        process.stderr.close()
    rest = []
    while not lines.empty():
        rest.append(lines.get())
    assert started["level"] == "INFO" and started["logger"] == "agentdesk.relay.cli"
    assert "1 agents" in started["message"] and ":***@127.0.0.1" in started["message"]
    assert reread["message"] == "agents' file read again: 2 agents"
    assert started["time"].endswith("+00:00")
    everything = json.dumps([started, reread]) + "".join(rest)
    assert REDIS_PASSWORD not in everything and MEGAPBX_TOKEN not in everything
    assert all(json.loads(line)["level"] for line in rest)  # every line is a JSON object
