"""One AgentDesk per user: claiming the name, stale sockets, and links handed over by a
second process."""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer

from agentdesk.ui.single_instance import (
    MAX_MESSAGE_BYTES,
    NAME_VARIABLE,
    SingleInstance,
    default_server_name,
    dial_message,
    read_message,
    show_message,
)
from tests.ui.conftest import wait_until

Loop = asyncio.AbstractEventLoop
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="tests use AF_UNIX sockets")


@pytest.fixture
def name(tmp_path: Path) -> Iterator[str]:
    """A name no real AgentDesk (nor a parallel test) uses."""
    digest = hashlib.sha256(str(tmp_path).encode()).hexdigest()[:12]
    name = f"agentdesk-test-{os.getpid()}-{digest}"
    yield name
    QLocalServer.removeServer(name)


@pytest.fixture
def first(name: str, qloop: Loop) -> Iterator[SingleInstance]:
    instance = SingleInstance(name)
    assert instance.claim()
    assert instance.listening
    yield instance
    instance.release()


def test_the_default_name_is_per_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(NAME_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert default_server_name() == str(tmp_path / f"agentdesk-{os.getuid()}.sock")
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert default_server_name() == f"agentdesk-{os.getuid()}"
    monkeypatch.setenv(NAME_VARIABLE, "agentdesk-elsewhere")
    assert default_server_name() == "agentdesk-elsewhere"


def test_a_second_claim_loses_and_its_message_arrives(
    first: SingleInstance, name: str, qloop: Loop
) -> None:
    second = SingleInstance(name)
    assert not second.claim()
    assert not second.listening
    received: list[str] = []
    first.message_received.connect(received.append)
    shown: list[bool] = []
    first.show_requested.connect(lambda: shown.append(True))
    sent = qloop.run_until_complete(
        asyncio.wait_for(_send_raw(first, show_message().encode() + b"\n"), 5)
    )
    assert sent == b"ok\n"
    assert received == ['{"show": true}']
    assert shown == [True]


def test_stale_socket_is_reclaimed(name: str, qloop: Loop) -> None:
    path = Path(QDir.tempPath()) / name
    # What a crashed AgentDesk leaves behind: the socket file, with nobody listening on it.
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))
    stale.close()
    assert path.exists()
    blocked = QLocalServer()
    assert not blocked.listen(name)  # why claim() must remove it first
    instance = SingleInstance(name)
    try:
        assert instance.claim()
        assert instance.listening
        assert instance.server.fullServerName() == str(path)
    finally:
        instance.release()


def test_dial_command_hands_the_link_to_the_running_instance(
    first: SingleInstance, name: str, qloop: Loop
) -> None:
    links: list[str] = []
    first.dial_received.connect(links.append)
    messages: list[str] = []
    first.message_received.connect(messages.append)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{NAME_VARIABLE: name})
    proc = subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "dial", "tel:+420601234567"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(qloop, lambda: links, timeout=20)
        wait_until(qloop, lambda: proc.poll() is not None, timeout=10)
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert links == ["tel:+420601234567"]
    assert messages == [dial_message("tel:+420601234567")]
    assert (proc.returncode, out, err) == (0, "", "")


LONG_LINK = "tel:+420601234567@" + "a" * 5000 + ";x=" + "b" * 3000


def test_a_link_longer_than_a_message_hands_over_its_number(
    first: SingleInstance, name: str, qloop: Loop
) -> None:
    # Whatever a link carries besides its number (a SIP host, parameters), only the number
    # travels: the message stays far below MAX_MESSAGE_BYTES.
    links: list[str] = []
    first.dial_received.connect(links.append)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{NAME_VARIABLE: name})
    proc = subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "dial", LONG_LINK],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(qloop, lambda: proc.poll() is not None, timeout=20)
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert (proc.returncode, out, err) == (0, "", "")
    assert links == ["tel:+420601234567"]


@pytest.mark.parametrize("junk", [b"not json\n", b"[1, 2]\n"])
def test_junk_is_refused(first: SingleInstance, qloop: Loop, junk: bytes) -> None:
    received: list[str] = []
    first.message_received.connect(received.append)
    answer = qloop.run_until_complete(asyncio.wait_for(_send_raw(first, junk), 5))
    assert answer == b"refused\n"
    assert received == []


def test_oversized_message_is_dropped(first: SingleInstance, qloop: Loop) -> None:
    received: list[str] = []
    first.message_received.connect(received.append)
    huge = b'{"dial": "' + b"1" * (2 * MAX_MESSAGE_BYTES) + b'"}\n'
    answer = qloop.run_until_complete(asyncio.wait_for(_send_raw(first, huge), 5))
    assert answer == b""  # the connection was closed without an answer
    assert received == []


def test_messages() -> None:
    assert read_message(dial_message("tel:+420601234567")) == {"dial": "tel:+420601234567"}
    assert read_message("nonsense") is None


async def _send_raw(instance: SingleInstance, data: bytes) -> bytes:
    """Send ``data`` the way another process would, while the loop serves the instance."""
    reader, writer = await asyncio.open_unix_connection(instance.server.fullServerName())
    try:
        writer.write(data)
        await writer.drain()
        return await reader.read(100)
    except ConnectionResetError:
        return b""
    finally:
        writer.close()
