"""Clients that misbehave at the connection level: heads or bodies that never finish, clients
that leave half-way, more connections than the receiver keeps, bytes that are not HTTP.

Each runs against a real receiver on a free loopback port with raw sockets and short limits;
they wait for the server to close the connection (EOF), never for a guessed time.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from agentdesk.receivers import WebhookReceiver

SECRET = "s3cr3t"
SHORT = 0.3  # seconds: the limits under test
SLACK = 2.0  # seconds beyond a limit that a loaded CI machine may take to act on it


def head(length: int = 100, path: str = "/okitoki") -> bytes:
    return (
        f"POST {path}?secret={SECRET} HTTP/1.1\r\nHost: x\r\n"
        f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


def receiver(**limits: float) -> WebhookReceiver:
    options: dict[str, float] = {"header_timeout": SHORT, "body_timeout": SHORT} | limits
    return WebhookReceiver(secret=SECRET, **options)  # type: ignore[arg-type]


async def until_closed(reader: asyncio.StreamReader, limit: float) -> tuple[bytes, float]:
    """What the server sent until it closed the connection, and how long that took."""
    started = time.monotonic()
    try:
        async with asyncio.timeout(limit):
            data = await reader.read()
    except ConnectionResetError:
        data = b""
    return data, time.monotonic() - started


async def until(condition: Callable[[], bool], limit: float = 10.0) -> None:
    """Wait, a loop turn at a time, for the receiver to have counted what the test did."""
    async with asyncio.timeout(limit):
        while not condition():  # noqa: ASYNC110 - polling a plain predicate on purpose
            await asyncio.sleep(0.005)


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


class Records(logging.Handler):
    """Every record of WARNING and above, with an event set on each."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.arrived = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.arrived.set()


@pytest.fixture
def warnings_logged() -> Iterator[Records]:
    handler = Records()
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)


# -- heads ---------------------------------------------------------------------------------


async def test_a_silent_connection_and_a_half_sent_head_are_closed_at_the_header_timeout() -> None:
    async with receiver(header_timeout=SHORT) as server:
        silent_reader, silent_writer = await asyncio.open_connection("127.0.0.1", server.port)
        half_reader, half_writer = await asyncio.open_connection("127.0.0.1", server.port)
        half_writer.write(b"POST /okitoki HTTP/1.1\r\nHost: x\r\nContent-Ty")
        silent = await until_closed(silent_reader, SHORT + SLACK)
        half = await until_closed(half_reader, SHORT + SLACK)
        silent_writer.close()
        half_writer.close()
        await until(lambda: server.figures().open_connections == 0)
        figures = server.figures()
    assert silent[0] == half[0] == b""
    assert silent[1] >= SHORT * 0.9  # not before the limit (the clock may round a little)
    assert (figures.timed_out, figures.dropped, figures.accepted) == (2, 0, 0)


async def test_a_head_dripped_a_byte_at_a_time_is_cut_at_the_header_timeout() -> None:
    """The limit is on the whole head, not between bytes: dripping does not keep it open."""
    whole = head(2)
    async with receiver(header_timeout=SHORT) as server:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        started = time.monotonic()
        sent = 0
        while sent < len(whole):
            writer.write(whole[sent : sent + 1])
            sent += 1
            try:
                closed = await asyncio.wait_for(reader.read(1), 0.03)  # paces the drip
            except TimeoutError:
                continue
            assert closed == b""
            break
        elapsed = time.monotonic() - started
        writer.close()
        figures = server.figures()
    assert sent < len(whole), "the whole head got through"
    assert elapsed < SHORT + SLACK
    assert figures.timed_out == 1


async def test_an_idle_keep_alive_connection_is_closed_but_not_counted_as_a_time_out() -> None:
    """A vendor's HTTP client keeps its connection for the next webhook: normal, not an
    incident, but it does not keep it for ever either."""
    async with receiver(header_timeout=SHORT) as server, httpx.AsyncClient() as client:
        response = await client.post(server.url_with_secret(), data={"event": "ringing"})
        await until(lambda: server.figures().open_connections == 0, SHORT + SLACK)
        again = await client.post(server.url_with_secret(), data={"event": "ended"})
        figures = server.figures()
    assert (response.status_code, again.status_code) == (200, 200)
    assert (figures.accepted, figures.timed_out, figures.dropped) == (2, 0, 0)


# -- bodies --------------------------------------------------------------------------------


async def test_a_body_that_stops_coming_is_answered_408_and_closed() -> None:
    async with receiver(body_timeout=SHORT) as server:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(head(100) + b'{"event": ')
        answer, elapsed = await until_closed(reader, SHORT + SLACK)
        writer.close()
        nothing = await server.next_payload(timeout=0.01)
        figures = server.figures()
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:60]
    assert b"Connection: close" in answer
    assert SHORT * 0.9 <= elapsed < SHORT + SLACK
    assert nothing is None
    assert (figures.timed_out, figures.accepted) == (1, 0)


async def test_a_body_dripped_slowly_is_cut_at_the_body_timeout() -> None:
    """The limit is on the whole body, not between reads."""
    body = b'{"event": "ringing", "pad": "' + b"x" * 200 + b'"}'
    async with receiver(body_timeout=SHORT) as server:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(head(len(body)))
        started = time.monotonic()
        answer = b""
        for byte in body:
            writer.write(bytes([byte]))
            try:
                # read(n), not read(): a read() cancelled by the pacing would lose its bytes.
                first = await asyncio.wait_for(reader.read(100), 0.03)  # paces the drip
            except TimeoutError:
                continue
            answer = first + (await until_closed(reader, SLACK))[0]
            break
        elapsed = time.monotonic() - started
        writer.close()
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:60]
    assert elapsed < SHORT + SLACK


async def test_a_slow_but_complete_request_within_the_limits_is_accepted() -> None:
    body = b'{"event": "ringing"}'
    async with receiver(header_timeout=2.0, body_timeout=2.0) as server:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(head(len(body))[:20])
        await asyncio.sleep(0.05)  # the client's own pace, not a wait for the server
        writer.write(head(len(body))[20:] + body[:5])
        await asyncio.sleep(0.05)
        writer.write(body[5:])
        status_line = await asyncio.wait_for(reader.readline(), 5)
        writer.close()
        payload = await server.next_payload(timeout=2)
    assert status_line.startswith(b"HTTP/1.1 200 ")
    assert payload == {"event": "ringing"}


# -- clients that leave --------------------------------------------------------------------


async def test_clients_leaving_half_way_log_one_warning_then_a_count_and_no_traceback(
    warnings_logged: Records,
) -> None:
    drops = 300
    async with receiver(header_timeout=5.0, body_timeout=5.0) as server:
        for n in range(drops):
            _, writer = await asyncio.open_connection("127.0.0.1", server.port)
            # Half of them mid-body, half mid-head.
            writer.write(head(100) + b'{"eve' if n % 2 else b"POST /okitoki HTTP/1.1\r\nHo")
            await writer.drain()
            writer.close()
            await writer.wait_closed()
        await until(lambda: server.figures().dropped == drops)
    records = warnings_logged.records
    assert all(r.exc_info is None for r in records), "a traceback was logged"
    assert all(r.levelno == logging.WARNING for r in records)
    texts = [r.getMessage() for r in records]
    assert len(texts) == 2, texts  # the first, and the count when the receiver stopped
    assert "left" in texts[0]
    assert f"{drops - 1} more" in texts[1] and f"{drops} since" in texts[1]


async def test_the_count_is_logged_periodically_while_it_goes_on(
    warnings_logged: Records,
) -> None:
    async with receiver(header_timeout=5.0, summary_interval=0.2) as server:

        async def drop(times: int) -> None:
            for _ in range(times):
                _, writer = await asyncio.open_connection("127.0.0.1", server.port)
                writer.write(head(100) + b"{")
                await writer.drain()
                writer.close()

        await drop(1)
        await until(lambda: len(warnings_logged.records) == 1)
        await drop(5)
        await until(lambda: server.figures().dropped == 6)
        await until(lambda: len(warnings_logged.records) == 2)  # the summary, on its timer
        summary = warnings_logged.records[1].getMessage()
    assert "5 more" in summary and "6 since" in summary
    assert len(warnings_logged.records) == 2  # nothing left to say at stop


# -- too many connections -------------------------------------------------------------------


async def test_connections_beyond_the_cap_are_turned_away_at_once_and_descriptors_stay_few() -> (
    None
):
    cap, extra = 20, 300
    async with receiver(header_timeout=30.0, max_connections=cap) as server:
        before = open_fds()
        held = []
        for _ in range(cap):
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            writer.write(b"POST /okitoki HTTP/1.1\r\n")
            held.append((reader, writer))
        await until(lambda: server.figures().open_connections == cap)
        answers = []
        for _ in range(extra):
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            writer.write(b"POST /okitoki HTTP/1.1\r\n")
            answers.append(await until_closed(reader, SLACK))
            writer.close()
            await writer.wait_closed()
        await until(lambda: server.figures().turned_away == extra)
        # Our own client ends of the held connections count too: cap of them, cap server ends.
        server_side = open_fds() - before - cap
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        while_full, _ = await until_closed(reader, SLACK)  # nothing sent: the answer is whole
        writer.close()
        for _, writer in held:
            writer.close()
        await until(lambda: server.figures().open_connections == 0)
        async with httpx.AsyncClient() as client:
            afterwards = await client.post(server.url_with_secret(), data={"a": "b"})
        figures = server.figures()
    # A client whose request is already there when the receiver turns it away may see the
    # connection reset instead of the 503: closing a socket with unread data does that.
    assert all(a.startswith(b"HTTP/1.1 503 ") or a == b"" for a, _ in answers)
    assert max(seconds for _, seconds in answers) < SLACK
    assert server_side <= cap + 2, server_side
    assert while_full.startswith(b"HTTP/1.1 503 "), while_full
    assert afterwards.status_code == 200
    assert figures.turned_away == extra + 1
    assert figures.timed_out == 0


# -- not HTTP ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET /okitoki HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
        b"POST /okitoki HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n",
        b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /okitoki HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 9000 + b"\r\n\r\n",
    ],
    ids=["header-without-colon", "bad-chunk", "long-request-line", "long-header"],
)
async def test_what_is_not_http_is_answered_400_counted_and_logged_without_a_traceback(
    warnings_logged: Records, request_bytes: bytes
) -> None:
    async with receiver() as server:
        for _ in range(3):
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            writer.write(request_bytes)
            answer, _ = await until_closed(reader, SLACK)
            writer.close()
            assert answer.split(b" ", 2)[1] == b"400", answer[:80]
        figures = server.figures()
    assert (figures.unreadable, figures.accepted) == (3, 0)
    assert all(r.exc_info is None for r in warnings_logged.records)
    assert len(warnings_logged.records) == 2  # the first, and the count of the other two
