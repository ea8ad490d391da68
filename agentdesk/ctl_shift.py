"""``agentdesk ctl``'s shift commands: ``waiting``, ``pickup CALL_ID``, ``login [--extension
E]``, ``logout`` (refused while a call is live or the vendor shows a wrap-up, as the window
refuses it: :func:`agentdesk.shift.why_not_log_out`)."""

from __future__ import annotations

import argparse
from typing import Any

from agentdesk.core import Backend, WaitingCall
from agentdesk.shift import ShiftRefusal, ShiftRefusedError, why_not_log_out

COMMANDS = ("waiting", "pickup", "login", "logout")


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    commands.add_parser("waiting", parents=[common], help="the callers waiting in the queues")
    pickup = commands.add_parser("pickup", parents=[common], help="take waiting call CALL_ID")
    pickup.add_argument("call_id", metavar="CALL_ID", help="an id `waiting` printed")
    login = commands.add_parser("login", parents=[common], help="log in to the call centre")
    # Its own dest: the profile's --extension (before COMMAND) is another thing.
    login.add_argument("--extension", dest="login_extension", metavar="E", help="sit at E")
    commands.add_parser("logout", parents=[common], help="log out of the call centre")


async def execute(backend: Backend, args: argparse.Namespace) -> dict[str, Any]:
    command = args.command
    if command == "waiting":
        return {"waiting": [waiting_json(call) for call in await backend.waiting_calls()]}
    if command == "pickup":
        await backend.pickup(args.call_id)
    elif command == "login":
        await backend.shift_login(args.login_extension)
    elif command == "logout":
        refusal = why_not_log_out(await backend.status())
        if refusal is not None and refusal is not ShiftRefusal.LOGGED_OUT:
            raise ShiftRefusedError(refusal)
        await backend.shift_logout()
    return {"ok": True}


def waiting_json(call: WaitingCall) -> dict[str, Any]:
    return {
        "id": call.id,
        "number": call.number,
        "queue": call.queue,
        "queue_id": call.queue_id,
        "since": call.waiting_since.isoformat() if call.waiting_since else None,
        "waiting_seconds": call.waiting_seconds,
    }


def as_text(output: dict[str, Any]) -> str | None:
    """``waiting``'s lines; None for the others (they print "ok")."""
    if "waiting" not in output:
        return None
    lines = []
    for call in output["waiting"]:
        seconds = call["waiting_seconds"]
        waited = f"{seconds // 60}:{seconds % 60:02d}" if seconds is not None else ""
        lines.append("\t".join([call["id"], call["number"], call["queue"] or "", waited]))
    return "\n".join(lines) or "no callers waiting"
