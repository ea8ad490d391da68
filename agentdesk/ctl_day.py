"""``agentdesk ctl`` commands of the agent's day and of texting the caller: ``today`` and
``sms`` (the rest are in :mod:`agentdesk.ctl`)."""

from __future__ import annotations

import argparse
from typing import Any

from agentdesk.core import Backend, ConfigurationError
from agentdesk.core.day import MyDay
from agentdesk.core.sms import measure

COMMANDS = ("today", "sms")


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    commands.add_parser("today", parents=[common], help="today's calls, talk time and pauses")
    sms = commands.add_parser("sms", parents=[common], help="send TEXT to NUMBER as an SMS")
    sms.add_argument("number", metavar="NUMBER")
    sms.add_argument("text", metavar="TEXT")


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
    raise ConfigurationError(f"unknown command {command}")  # argparse allows only COMMANDS


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
    return "ok"


def _clock(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}"
