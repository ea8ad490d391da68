"""``agentdesk ctl watch``: the agent's live events as they come, one line each, until
SIGINT or SIGTERM. It runs the same :class:`~agentdesk.session.Session` the window runs, so
it sees what the window sees, for every vendor, through the company relay or without one.

See :data:`DESCRIPTION` (what ``agentdesk ctl watch --help`` prints) for the lines and the
exit status.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any, TextIO

from agentdesk.core import (
    Backend,
    Call,
    CallAnswered,
    CallEnded,
    CallRinging,
    ConfigurationError,
    ConnectionChanged,
    ConnectionState,
    RelayChanged,
    RelayState,
    StatusChanged,
)
from agentdesk.redaction import redact
from agentdesk.session import PausesLoaded, Session, SessionEvent

DESCRIPTION = """\
Print the agent's live events as they come, one line each, until SIGINT (Ctrl+C) or
SIGTERM. Works for every vendor, with a profile's relay_url (the events come from the
company relay) or without one (the vendor is polled, or its webhooks come to this
process's own receiver, as in the window).

With --json each line is one JSON object, written and flushed as the event comes:
  every line:   "type", "at" (when this process saw it, ISO 8601 with the UTC offset)
  receiving:    "url"  (where this process's own webhook receiver listens; no secret)
  connection:   "state" (connecting, connected, reconnecting, auth_failed, failed),
                "retry_in" (seconds, or null), "detail" (why, or null)
  status:       "state" (ready, paused, ringing, talking, ...), "since", "pause"
                ({"id", "title"} or null), "agent" ({"login", "name"}), "calls" (as below)
  ringing, answered, ended:
                "call_id", "direction" (in, out), "number", "name", "queue", "phase"
  pauses:       "pauses" ([{"id", "title", "wrap_up"}]), once the vendor listed them
  relay:        "state" (connecting, connected, reconnecting, refused), "url" (no token),
                "retry_in", "last_event_id", "reconnects": the stream from the company relay
New fields may be added; these keep their names and meanings.

A lost connection is said on stderr and watch keeps reconnecting, as the window does (the
"connection" lines say when); events missed meanwhile come again where the vendor or the
relay keeps them.

Exit status: 0 after SIGINT or SIGTERM; 2 bad usage or a profile retrying cannot mend; 3
the vendor or the company relay refused the credentials (a revoked or wrong relay token:
ask your supervisor for a new one). Nothing else ends it.
"""


def add_command(commands: Any, common: argparse.ArgumentParser) -> None:
    commands.add_parser(
        "watch",
        parents=[common],
        help="print the agent's live events as they come",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


async def watch(backend: Backend, *, as_json: bool, profile_user: str) -> int:
    """Follow ``backend`` until a signal (0) or a refusal retrying cannot mend (2, 3)."""
    out = EventPrinter(sys.stdout, as_json=as_json)
    session = Session(backend, profile_user=profile_user)
    ended: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    session.add_listener(lambda event: _on_event(event, out, ended))
    restore = _on_signals(lambda: _settle(ended, 0))
    try:
        if backend.webhook_figures() is not None:  # it runs a receiver of its own
            url = await backend.start_receiver()
            out.print({"type": "receiving", "url": (url or "").split("?", 1)[0]})
        session.start()
        return await ended
    except ConfigurationError as exc:
        print(f"agentdesk ctl: {redact(str(exc))}", file=sys.stderr)
        return 2
    finally:
        restore()
        await session.stop()


def _on_event(event: SessionEvent, out: EventPrinter, ended: asyncio.Future[int]) -> None:
    line = event_json(event)
    if line is None:
        return
    out.print(line)
    if isinstance(event, RelayChanged) and event.link.state is RelayState.REFUSED:
        status = event.link.http_status
        print(
            f"agentdesk ctl watch: the company relay refused the relay token (HTTP {status}): "
            "it was revoked or is wrong; ask your supervisor for a new one",
            file=sys.stderr,
        )
        _settle(ended, 3)
    if not isinstance(event, ConnectionChanged):
        return
    detail = redact(event.detail or "")
    if event.state is ConnectionState.RECONNECTING:
        retry = f"; reconnecting in {event.retry_in:.0f} s" if event.retry_in is not None else ""
        print(f"agentdesk ctl watch: connection lost ({detail}){retry}", file=sys.stderr)
    elif event.state is ConnectionState.AUTH_FAILED:
        print(f"agentdesk ctl watch: refused: {detail}", file=sys.stderr)
        _settle(ended, 3)
    elif event.state is ConnectionState.FAILED:
        print(f"agentdesk ctl watch: {detail}", file=sys.stderr)
        _settle(ended, 2)


def _settle(ended: asyncio.Future[int], code: int) -> None:
    if not ended.done():
        ended.set_result(code)


def _on_signals(stop: Callable[[], None]) -> Callable[[], None]:
    """SIGINT and SIGTERM call ``stop`` instead of interrupting; the undoing function."""
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)
    for number in signals:
        loop.add_signal_handler(number, stop)

    def restore() -> None:
        for number in signals:
            loop.remove_signal_handler(number)

    return restore


def event_json(event: SessionEvent) -> dict[str, Any] | None:
    """One event as ``--json`` prints it (without ``at``); None for events watch skips."""
    if isinstance(event, ConnectionChanged):
        if event.state is ConnectionState.STOPPED:
            return None
        return {
            "type": "connection",
            "state": event.state.value,
            "retry_in": event.retry_in,
            "detail": redact(event.detail) if event.detail else None,
        }
    if isinstance(event, StatusChanged):
        from agentdesk.ctl import status_json

        return {"type": "status", **status_json(event.status)}
    if isinstance(event, CallRinging | CallAnswered | CallEnded):
        kind = {CallRinging: "ringing", CallAnswered: "answered", CallEnded: "ended"}
        return {"type": kind[type(event)], **call_json(event.call)}
    if isinstance(event, PausesLoaded):
        pauses = [{"id": p.id, "title": p.title, "wrap_up": p.is_wrap_up} for p in event.pauses]
        return {"type": "pauses", "pauses": pauses}
    if isinstance(event, RelayChanged):
        link = event.link
        return {
            "type": "relay",
            "state": link.state.value,
            "url": link.url,
            "retry_in": link.retry_in,
            "last_event_id": link.last_event_id,
            "reconnects": link.reconnects,
        }
    return None  # the outbox's events: watch keeps no outbox


def call_json(call: Call) -> dict[str, Any]:
    return {
        "call_id": call.id,
        "direction": call.direction.value,
        "number": call.number,
        "name": call.name,
        "queue": call.queue,
        "phase": call.phase.value,
    }


class EventPrinter:
    """Writes each event as one line, flushed at once (a pipe would otherwise hold it)."""

    def __init__(self, stream: TextIO, *, as_json: bool) -> None:
        self.stream = stream
        self.as_json = as_json

    def print(self, line: dict[str, Any]) -> None:
        stamped = {"type": line["type"], "at": datetime.now().astimezone().isoformat()}
        stamped.update(line)
        text = json.dumps(stamped, ensure_ascii=False) if self.as_json else as_text(stamped)
        self.stream.write(text + "\n")
        self.stream.flush()


def as_text(line: dict[str, Any]) -> str:
    """One readable line: the time, the type, then what it says."""
    when = datetime.fromisoformat(line["at"]).strftime("%H:%M:%S")
    kind = line["type"]
    if kind == "receiving":
        what = f"webhooks come to {line['url']}"
    elif kind == "connection":
        what = line["state"]
        if line["retry_in"] is not None:
            what += f", again in {line['retry_in']:.0f} s"
        if line["detail"]:
            what += f" ({line['detail']})"
    elif kind == "status":
        what = line["state"] + (f" ({line['pause']['title']})" if line["pause"] else "")
        what += "".join(f"; {_call_text(c)}" for c in line["calls"])
    elif kind == "relay":
        what = f"{line['state']} {line['url']}"
        if line["retry_in"] is not None:
            what += f", again in {line['retry_in']:.0f} s"
    elif kind == "pauses":
        what = ", ".join(p["title"] for p in line["pauses"]) or "none"
    else:
        what = _call_text({"id": line["call_id"], **line})
    return f"{when} {kind:<10} {what}"


def _call_text(call: dict[str, Any]) -> str:
    parts = [call["direction"], call["phase"], call["number"] or "?"]
    parts += [call["name"] or "", f"[{call['queue']}]" if call["queue"] else "", call["id"]]
    return " ".join(p for p in parts if p)
