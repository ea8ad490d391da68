"""``agentdesk ctl transfer``, ``transfer-queues`` and ``team``: passing the live call on, and
the colleagues with their live states. Part of :mod:`agentdesk.ctl` (same exit codes)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from agentdesk.core import Backend, Colleague, TransferKind, TransferTarget

COMMANDS = ("transfer", "transfer-queues", "team")


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    transfer = commands.add_parser(
        "transfer",
        parents=[common],
        help="pass the live call on (attended unless --blind)",
        description="Attended (the default): the colleague, queue or number is asked first "
        "and the call stays yours until they answer. --blind: the call leaves you at once.",
    )
    where = transfer.add_mutually_exclusive_group(required=True)
    where.add_argument("--user", dest="to_user", metavar="LOGIN", help="a colleague's login")
    where.add_argument("--queue", dest="to_queue", metavar="ID", help="see transfer-queues")
    where.add_argument("--number", dest="to_number", metavar="N", help="a phone number")
    transfer.add_argument("--blind", action="store_true", help="do not wait for an answer")
    commands.add_parser(
        "transfer-queues", parents=[common], help="the queues a call can be transferred to"
    )
    commands.add_parser("team", parents=[common], help="the colleagues and their live states")


def target(args: argparse.Namespace) -> TransferTarget:
    if args.to_user:
        return TransferTarget(TransferKind.USER, args.to_user, blind=args.blind)
    if args.to_queue:
        return TransferTarget(TransferKind.QUEUE, args.to_queue, blind=args.blind)
    return TransferTarget(TransferKind.NUMBER, args.to_number, blind=args.blind)


async def execute(backend: Backend, args: argparse.Namespace) -> dict[str, Any]:
    if args.command == "transfer":
        chosen = target(args)
        await backend.transfer(chosen)
        return {
            "ok": True,
            "to": {"kind": chosen.kind.value, "value": chosen.value},
            "type": "blind" if chosen.blind else "attended",
        }
    if args.command == "transfer-queues":
        queues = await backend.transfer_queues()
        return {"queues": [{"id": q.id, "title": q.title, "number": q.number} for q in queues]}
    return {"colleagues": [colleague_json(c) for c in await backend.colleagues()]}


def colleague_json(colleague: Colleague) -> dict[str, Any]:
    pause = colleague.pause
    return {
        "login": colleague.login,
        "name": colleague.name,
        "state": colleague.state.value,
        "since": colleague.since.isoformat() if colleague.since else None,
        "pause": {"id": pause.id, "title": pause.title} if pause else None,
        "extension": colleague.extension,
    }


def as_text(command: str, output: dict[str, Any]) -> str:
    if command == "transfer":
        to = output["to"]["value"]
        if output["type"] == "blind":
            return f"transferred to {to} (blind): the call has left you"
        return f"asking {to} (attended): the call stays yours until they answer"
    if command == "transfer-queues":
        return "\n".join(f"{q['id']}\t{q['title']}" for q in output["queues"]) or "no queues"
    lines = [_colleague_line(c) for c in output["colleagues"]]
    return "\n".join(lines) or "no colleagues"


def _colleague_line(colleague: dict[str, Any]) -> str:
    state = colleague["state"]
    if colleague["pause"]:
        state += f" ({colleague['pause']['title']})"
    since = ""
    if colleague["since"]:
        seconds = int(
            (
                datetime.now().astimezone() - datetime.fromisoformat(colleague["since"])
            ).total_seconds()
        )
        minutes, seconds = divmod(max(0, seconds), 60)
        since = f"{minutes}:{seconds:02d}"
    cells = [colleague["login"], colleague["name"], state, colleague["extension"] or "", since]
    return "\t".join(cells).rstrip()
