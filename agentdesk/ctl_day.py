"""``agentdesk ctl`` commands of the agent's day and the caller: ``today``, ``sms``,
``flags``, ``block`` and ``unblock`` (the rest are in :mod:`agentdesk.ctl`)."""

from __future__ import annotations

import argparse
from typing import Any

from agentdesk.core import Backend, ConfigurationError
from agentdesk.core.day import MyDay
from agentdesk.core.sms import measure

COMMANDS = ("today", "sms", "flags", "block", "unblock")


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    commands.add_parser("today", parents=[common], help="today's calls, talk time and pauses")
    sms = commands.add_parser("sms", parents=[common], help="send TEXT to NUMBER as an SMS")
    sms.add_argument("number", metavar="NUMBER")
    sms.add_argument("text", metavar="TEXT")
    flags = commands.add_parser(
        "flags", parents=[common], help="whether NUMBER is on a VIP or block list"
    )
    flags.add_argument("number", metavar="NUMBER")
    for name, what in (("block", "put NUMBER on"), ("unblock", "take NUMBER off")):
        command = commands.add_parser(name, parents=[common], help=f"{what} the blacklist")
        command.add_argument("number", metavar="NUMBER")


async def execute(backend: Backend, args: argparse.Namespace) -> dict[str, Any]:
    command = args.command
    if command == "today":
        return day_json(await backend.today())
    if command == "sms":
        size = measure(args.text, backend.sms_limits)
        sent = await backend.send_sms(args.number, args.text)
        return {
            "ok": True,
            "id": sent.message_id,
            "parts": sent.parts if sent.parts is not None else size.parts,
            "unicode": size.unicode,
        }
    if command == "flags":
        flags = await backend.caller_flags(args.number)
        return {"number": flags.number, "vip": flags.vip, "blocked": flags.blocked}
    if command == "block":
        await backend.block(args.number)
    elif command == "unblock":
        await backend.unblock(args.number)
    else:
        raise ConfigurationError(f"unknown command {command}")  # argparse allows only COMMANDS
    return {"ok": True}


def day_json(day: MyDay) -> dict[str, Any]:
    return {
        "since": day.since.isoformat(),
        "until": day.until.isoformat(),
        "answered": day.answered,
        "missed": day.missed,
        "made": day.made,
        "talk_seconds": day.talk_seconds,
        "logged_in_seconds": day.logged_in_seconds,
        "pauses": (
            [{"title": p.title, "seconds": p.seconds, "times": p.times} for p in day.pauses]
            if day.pauses_known
            else None
        ),
        "notes": list(day.notes),
    }


def as_text(command: str, output: dict[str, Any]) -> str:
    if command == "today":
        lines = [
            f"answered\t{output['answered']}",
            f"missed\t{output['missed']}",
            f"made\t{output['made']}",
            f"talk time\t{_clock(output['talk_seconds'])}",
        ]
        if output["logged_in_seconds"] is not None:
            lines.append(f"logged in\t{_clock(output['logged_in_seconds'])}")
        for pause in output["pauses"] or ():
            lines.append(f"pause {pause['title']}\t{_clock(pause['seconds'])}")
        return "\n".join([*lines, *(f"note: {n}" for n in output["notes"])])
    if command == "sms":
        parts = output["parts"]
        ident = f", id {output['id']}" if output["id"] else ""
        return f"sent in {parts} part{'s' if parts != 1 else ''}{ident}"
    if command == "flags":
        said = [name for name in ("vip", "blocked") if output[name] is not None]
        return "\n".join(f"{name}\t{'yes' if output[name] else 'no'}" for name in said)
    return "ok"


def _clock(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}"
