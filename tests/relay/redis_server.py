"""A real ``redis-server`` (Debian's package) on a free loopback port, for the relay's tests."""

from __future__ import annotations

import shutil
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.processes import stop_process

READY = "Ready to accept connections"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def redis_server(workdir: Path) -> Iterator[str]:
    """A Redis listening on 127.0.0.1 only, keeping nothing on disk; its URL. Ready once it
    says so on its log (read, not waited for by a guessed time)."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
         "no", "--dir", str(workdir), "--protected-mode", "yes", "--loglevel", "notice"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if READY in line:
                break
        else:
            raise RuntimeError(f"redis-server ended with {process.wait()} before it was ready")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop_process(process)
        if process.stdout is not None:
            process.stdout.close()
