"""``agentdesk ctl``: the agent's operations from a script, without Qt.

Exit status: 0 done; 1 the vendor refused or answered nonsense; 2 bad usage or profile;
3 authentication failed; 4 the vendor could not be reached.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from agentdesk.backends import create_backend
from agentdesk.core import (
    AgentDeskError,
    AgentStatus,
    AuthenticationError,
    Backend,
    ConfigurationError,
    MalformedResponseError,
    TransientError,
    VendorError,
)
from agentdesk.store.profiles import KNOWN_VENDORS, Profile, load_profile, parse_options
from agentdesk.store.secrets import get_secret

COMMANDS = ("state", "pauses", "pause", "unpause", "dial", "answer", "hangup")


def add_parser(subparsers: Any) -> None:
    ctl = subparsers.add_parser(
        "ctl",
        help="run one agent operation headless",
        description="Run one agent operation against the vendor, without the GUI. The secret "
        "comes from the OS keyring or the AGENTDESK_SECRET environment variable.",
    )
    source = ctl.add_argument_group("where to connect (a saved profile, or these flags)")
    source.add_argument("--profile", help="a profile from profiles.toml")
    source.add_argument("--vendor", choices=KNOWN_VENDORS)
    source.add_argument("--url", help="the vendor's base URL")
    source.add_argument("--user", help="the agent's login")
    source.add_argument("--extension")
    source.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="a profile option"
    )
    ctl.add_argument("--json", action="store_true", dest="json_top", help=argparse.SUPPRESS)
    commands = ctl.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print one JSON object")
    commands.add_parser("state", parents=[common], help="the agent's state and calls")
    commands.add_parser("pauses", parents=[common], help="the pauses the agent may take")
    pause = commands.add_parser("pause", parents=[common], help="go on pause ID")
    pause.add_argument("pause_id", metavar="ID")
    commands.add_parser("unpause", parents=[common], help="back to Ready")
    dial = commands.add_parser("dial", parents=[common], help="call NUMBER")
    dial.add_argument("number", metavar="NUMBER")
    commands.add_parser("answer", parents=[common], help="answer the ringing call")
    commands.add_parser("hangup", parents=[common], help="hang up the current call")
    ctl.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    as_json = bool(args.json or args.json_top)
    try:
        profile = _profile(args)
        backend = create_backend(profile, get_secret(_secret_name(args, profile)))
        output = asyncio.run(_execute(backend, args))
    except AgentDeskError as exc:
        print(f"agentdesk ctl: {_describe(exc)}", file=sys.stderr)
        return _exit_code(exc)
    if as_json:
        print(json.dumps(output, ensure_ascii=False))
    else:
        print(_as_text(args.command, output))
    return 0


def _profile(args: argparse.Namespace) -> Profile:
    if args.profile:
        if args.vendor or args.url or args.user:
            raise ConfigurationError("give either --profile or --vendor/--url/--user, not both")
        return load_profile(args.profile)
    missing = [flag for flag in ("vendor", "url", "user") if not getattr(args, flag)]
    if missing:
        if not (args.vendor or args.url or args.user):
            return load_profile(None)
        raise ConfigurationError("missing " + ", ".join(f"--{m}" for m in missing))
    return Profile(
        name=_secret_name(args, None),
        vendor=args.vendor,
        url=args.url.rstrip("/"),
        user=args.user,
        extension=args.extension,
        options=parse_options(args.set),
    )


def _secret_name(args: argparse.Namespace, profile: Profile | None) -> str:
    """A saved profile keeps its secret under its name; a one-off one under USER@URL."""
    if profile is not None:
        return profile.name
    return f"{args.user}@{args.url.rstrip('/')}"


async def _execute(backend: Backend, args: argparse.Namespace) -> dict[str, Any]:
    try:
        command = args.command
        if command == "state":
            return status_json(await backend.status())
        if command == "pauses":
            return {
                "pauses": [
                    {"id": p.id, "title": p.title, "wrap_up": p.is_wrap_up}
                    for p in await backend.pauses()
                ]
            }
        if command == "pause":
            await backend.pause(args.pause_id)
        elif command == "unpause":
            await backend.unpause()
        elif command == "dial":
            result = await backend.dial(args.number)
            return {"ok": True, "call_id": result.call_id}
        elif command == "answer":
            await backend.answer()
        elif command == "hangup":
            await backend.hangup()
        return {"ok": True}
    finally:
        await backend.aclose()


def status_json(status: AgentStatus) -> dict[str, Any]:
    return {
        "state": status.state.value,
        "since": status.since.isoformat() if status.since else None,
        "pause": {"id": status.pause.id, "title": status.pause.title} if status.pause else None,
        "agent": {"login": status.agent_login, "name": status.agent_name},
        "calls": [
            {
                "id": c.id,
                "direction": c.direction.value,
                "number": c.number,
                "name": c.name,
                "queue": c.queue,
                "phase": c.phase.value,
            }
            for c in status.calls
        ],
    }


def _as_text(command: str, output: dict[str, Any]) -> str:
    if command == "state":
        line = output["state"]
        if output["pause"]:
            line += f" ({output['pause']['title']})"
        calls = [
            f"{c['direction']} {c['phase']} {c['number']}"
            + (f" {c['name']}" if c["name"] else "")
            + (f" [{c['queue']}]" if c["queue"] else "")
            for c in output["calls"]
        ]
        return "\n".join([line, *calls])
    if command == "pauses":
        return "\n".join(
            f"{p['id']}\t{p['title']}" + ("\t(wrap-up)" if p["wrap_up"] else "")
            for p in output["pauses"]
        )
    if command == "dial" and output.get("call_id"):
        return f"dialling, call id {output['call_id']}"
    return "ok"


def _describe(exc: AgentDeskError) -> str:
    if isinstance(exc, VendorError) and not isinstance(exc, MalformedResponseError):
        return f"the vendor refused: {exc.vendor_message}"
    return str(exc)


def _exit_code(exc: AgentDeskError) -> int:
    if isinstance(exc, AuthenticationError):
        return 3
    if isinstance(exc, TransientError):
        return 4
    if isinstance(exc, ConfigurationError):
        return 2
    return 1
