"""One AgentDesk per user: later starts and clicked links hand their message to the first.

The first AgentDesk listens on a local socket (:class:`QLocalServer`); ``agentdesk dial URI``
connects to it and sends one JSON line, ``{"dial": "tel:+420601234567"}``, and the running
app answers ``ok``. The socket's name is per user: inside ``$XDG_RUNTIME_DIR`` (private to
the user) when there is one, else ``agentdesk-<uid>`` in the temp dir; ``AGENTDESK_INSTANCE``
overrides it (tests, or two AgentDesks side by side).

The sending side uses :class:`QLocalSocket`'s blocking calls, which need no event loop: the
same class as the server finds the same socket or pipe on every platform, where a plain
AF_UNIX client would have to copy Qt's naming rules (temp dir, Windows pipes).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

NAME_VARIABLE: Final = "AGENTDESK_INSTANCE"
MAX_MESSAGE_BYTES: Final = 4096
ACK: Final = b"ok\n"
REFUSED: Final = b"refused\n"
CONNECT_TIMEOUT_MS: Final = 500
SEND_TIMEOUT_MS: Final = 2000
ALREADY_RUNNING: Final = (
    "AgentDesk is already running; its window was brought to the front. "
    "(To start it with other options, quit it first.)"
)
"""What a second start prints on stderr (the command line is English, as ``ctl`` is)."""


def default_server_name() -> str:
    """The local socket's name for this user (see the module docstring)."""
    override = os.environ.get(NAME_VARIABLE)
    if override:
        return override
    if hasattr(os, "getuid"):
        uid = str(os.getuid())
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        if runtime and Path(runtime).is_dir() and os.access(runtime, os.W_OK):
            return str(Path(runtime) / f"agentdesk-{uid}.sock")
        return f"agentdesk-{uid}"
    # Windows pipes share one namespace: the user's name, hashed to stay a valid pipe name.
    user = os.environ.get("USERNAME", "") + "@" + os.environ.get("USERDOMAIN", "")
    return "agentdesk-" + hashlib.sha256(user.encode()).hexdigest()[:16]


def dial_message(uri: str) -> str:
    """The message asking the running AgentDesk to call the number of ``uri``."""
    return json.dumps({"dial": uri})


def show_message() -> str:
    """The message asking the running AgentDesk to show its window."""
    return json.dumps({"show": True})


def read_message(line: str) -> dict[str, object] | None:
    """A received line as a JSON object, or None when it is not one."""
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def send_message(
    message: str, *, name: str | None = None, timeout_ms: int = SEND_TIMEOUT_MS
) -> bool:
    """Hand ``message`` (one JSON object) to the running AgentDesk; True once it answered.

    Blocking and loop-free, for a command-line process; waits at most about ``timeout_ms``.
    """
    deadline = time.monotonic() + timeout_ms / 1000

    def left_ms() -> int:
        return max(1, int((deadline - time.monotonic()) * 1000))

    data = message.replace("\n", " ").encode("utf-8") + b"\n"
    if len(data) > MAX_MESSAGE_BYTES:
        raise ValueError(f"message longer than {MAX_MESSAGE_BYTES} bytes")
    socket = QLocalSocket()
    socket.connectToServer(name or default_server_name())
    if not socket.waitForConnected(min(left_ms(), CONNECT_TIMEOUT_MS)):
        return False
    try:
        socket.write(data)
        if not socket.waitForBytesWritten(left_ms()):
            return False
        answer = b""
        while not answer.endswith(b"\n"):
            if not socket.bytesAvailable() and not socket.waitForReadyRead(left_ms()):
                return False
            answer += bytes(socket.readAll().data())
            if len(answer) > MAX_MESSAGE_BYTES or time.monotonic() > deadline:
                return False
        return answer == ACK
    finally:
        socket.abort()


class SingleInstance(QObject):
    """The first AgentDesk's end of the local socket.

    Signals:
        message_received(str): a JSON object line from a later start or a clicked link.
        dial_received(str): the link of a ``{"dial": URI}`` message.
        show_requested(): a ``{"show": true}`` message (AgentDesk was started again).
    """

    message_received = Signal(str)
    dial_received = Signal(str)
    show_requested = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or default_server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def claim(self, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
        """True when this process is the first AgentDesk (and now listens, unless the socket
        could not be made: logged); False when another one answers on the name."""
        if self._someone_listens(timeout_ms):
            return False
        # Nobody answers: a socket file left by a crashed AgentDesk would make listen() fail.
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            return True
        if self._someone_listens(timeout_ms):  # another AgentDesk started at the same moment
            return False
        log.warning(
            "cannot listen on %s (%s); links will start a new AgentDesk",
            self.name,
            self.server.errorString(),
        )
        return True

    def send(self, message: str, timeout_ms: int = SEND_TIMEOUT_MS) -> bool:
        """Hand ``message`` to the AgentDesk listening on this name; True once it answered."""
        return send_message(message, name=self.name, timeout_ms=timeout_ms)

    def release(self) -> None:
        """Stop listening (on quit), so that the next start is the first again."""
        self.server.close()

    def _someone_listens(self, timeout_ms: int) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        connected = probe.waitForConnected(timeout_ms)
        probe.abort()
        return connected

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                return
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        line, newline, _rest = buffer.partition(b"\n")
        if len(line) > MAX_MESSAGE_BYTES:
            log.warning("dropping a local message longer than %d bytes", MAX_MESSAGE_BYTES)
            socket.abort()
            return
        if not newline:
            self._buffers[socket] = buffer
            return
        self._buffers[socket] = b""
        text = line.decode("utf-8", errors="replace").strip()
        message = read_message(text)
        socket.write(ACK if message is not None else REFUSED)
        socket.flush()
        if message is None:
            log.warning("ignoring a local message that is not a JSON object: %.80r", text)
            return
        self.message_received.emit(text)
        uri = message.get("dial")
        if isinstance(uri, str):
            self.dial_received.emit(uri)
        if message.get("show") is True:
            self.show_requested.emit()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
