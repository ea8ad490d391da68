"""``agentdesk ctl``: the agent's operations from a script, without Qt.

Exit status: 0 done; 1 the vendor refused or answered nonsense, or does not document the
command (or not for this profile's API version); 2 bad usage or profile (a command the vendor
documents but the profile lacks an option for says which one), no secret to use (none
stored; the keyring missing, locked or silent), or a number the GUI's dial bar would not dial
either; 3 authentication failed; 4 the vendor could not be reached.

``dial`` checks and writes the number as the dial bar does (:func:`agentdesk.phone.dial_target`,
national numbers read in the default region of the GUI's settings) before the vendor is asked.

``dispositions`` without a call id looks at the agent's current call, else at the newest call
of the last day in the history; a disposition the vendor saved but whose pause switch failed
exits 1 and says so.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from agentdesk import ctl_day, ctl_shift, ctl_team, ctl_watch
from agentdesk.core import (
    AgentDeskError,
    AgentStatus,
    AuthenticationError,
    Backend,
    CallRecord,
    ConfigurationError,
    Disposition,
    DispositionForm,
    MalformedResponseError,
    OptionNeededError,
    SavedWithProblemError,
    TransientError,
    UnknownObjectError,
    VendorError,
)
from agentdesk.core.records import history_notes
from agentdesk.phone import NumberError, dial_target
from agentdesk.redaction import redact
from agentdesk.store.profiles import Profile, load_profile, parse_options
from agentdesk.store.secrets import get_secret
from agentdesk.store.settings import load_settings
from agentdesk.vendors import VENDORS, create_backend, vendor

COMMANDS = (
    "state",
    "pauses",
    "pause",
    "unpause",
    "dial",
    "answer",
    "hangup",
    "cancel-dial",
    "history",
    "recording",
    "dispositions",
    "dispose",
    *ctl_day.COMMANDS,
    *ctl_team.COMMANDS,
    *ctl_shift.COMMANDS,
    "watch",
)
HISTORY_DAYS = 7


def add_parser(subparsers: Any) -> None:
    ctl = subparsers.add_parser(
        "ctl",
        help="run one agent operation headless",
        description="Run one agent operation against the vendor, without the GUI. The secret "
        "comes from the OS keyring or the AGENTDESK_SECRET environment variable.",
    )
    source = ctl.add_argument_group("where to connect (a saved profile, or these flags)")
    source.add_argument("--profile", help="a profile from profiles.toml")
    # A metavar, so that argparse lists the vendors (installed ones too) only for --help.
    source.add_argument("--vendor", choices=VENDORS, metavar="VENDOR", help="one of: %(choices)s")
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
    cancel_dial = commands.add_parser(
        "cancel-dial", parents=[common], help="take back a dial the vendor queued (Oki-Toki)"
    )
    cancel_dial.add_argument("dial_id", metavar="ID", help="the id `dial` printed")
    history = commands.add_parser("history", parents=[common], help="the agent's finished calls")
    history.add_argument(
        "--since",
        metavar="DATE",
        help=f"ISO date or date and time (default: {HISTORY_DAYS} days ago)",
    )
    recording = commands.add_parser(
        "recording", parents=[common], help="save the recording of call CALL_ID"
    )
    recording.add_argument("call_id", metavar="CALL_ID")
    recording.add_argument("-o", "--output", required=True, metavar="FILE", help="where to save")
    dispositions = commands.add_parser(
        "dispositions", parents=[common], help="the statuses and fields of the open form"
    )
    dispositions.add_argument(
        "call_id", nargs="?", metavar="CALL_ID", help="default: the current or the last call"
    )
    dispose = commands.add_parser("dispose", parents=[common], help="save the form of CALL_ID")
    dispose.add_argument("call_id", metavar="CALL_ID")
    dispose.add_argument("--status", required=True, metavar="S", help="a status id")
    dispose.add_argument(
        "--field", action="append", default=[], metavar="KEY=VALUE", help="a form field"
    )
    dispose.add_argument("--note", metavar="TEXT")
    dispose.add_argument("--callback", metavar="TIME", help="ISO date and time to call back")
    dispose.add_argument("--then-pause", metavar="ID", help="the pause to take afterwards")
    ctl_day.add_commands(commands, common)
    ctl_team.add_commands(commands, common)
    ctl_shift.add_commands(commands, common)
    ctl_watch.add_command(commands, common)
    ctl.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    as_json = bool(args.json or args.json_top)
    profile: Profile | None = None
    try:
        if args.command == "dial":
            args.number = _dial_target(args.number)
        if args.command == "transfer" and args.to_number:
            args.to_number = _dial_target(args.to_number)
        profile = _profile(args)
        backend = create_backend(profile, get_secret(_secret_name(args, profile)))
        if args.command == "watch":
            return asyncio.run(ctl_watch.watch(backend, as_json=as_json, profile_user=profile.user))
        output = asyncio.run(_execute(backend, args))
    except AgentDeskError as exc:
        saved = profile is not None and not (args.vendor or args.url or args.user)
        print(f"agentdesk ctl: {_describe(exc, profile, saved=saved)}", file=sys.stderr)
        return _exit_code(exc)
    if as_json:
        print(json.dumps(output, ensure_ascii=False))
    else:
        print(_as_text(args.command, output))
    return 0


def _dial_target(text: str) -> str:
    """What the dial bar would dial for ``text`` (an extension as typed, else E.164, national
    numbers read in the settings' region); ConfigurationError before the vendor is asked."""
    try:
        return dial_target(text, load_settings().default_region)
    except NumberError as exc:
        raise ConfigurationError(f"cannot dial: {exc}") from None


def _profile(args: argparse.Namespace) -> Profile:
    profile = _named_or_given_profile(args)
    # One command from a script must not sign the agent out of the session their desktop
    # holds (uContact logs off when a backend closes); a profile can still ask for it.
    return replace(profile, options={"logoff": "no", **profile.options})


def _named_or_given_profile(args: argparse.Namespace) -> Profile:
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
        if command in ctl_day.COMMANDS:
            return await ctl_day.execute(backend, args)
        if command in ctl_team.COMMANDS:
            return await ctl_team.execute(backend, args)
        if command in ctl_shift.COMMANDS:
            return await ctl_shift.execute(backend, args)
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
        elif command == "cancel-dial":
            await backend.cancel_dial(args.dial_id)
        elif command == "history":
            since = _when(args.since, "--since") or datetime.now().astimezone() - timedelta(
                days=HISTORY_DAYS
            )
            calls = await backend.history(since)
            listed: dict[str, Any] = {"calls": [record_json(r) for r in calls]}
            if notes := history_notes(calls):
                listed["notes"] = list(notes)
            return listed
        elif command == "recording":
            recording = await backend.recording(args.call_id)
            path = Path(args.output)
            try:
                await asyncio.to_thread(path.write_bytes, recording.data)
            except OSError as exc:
                raise ConfigurationError(f"cannot write {path}: {exc.strerror or exc}") from None
            return {
                "ok": True,
                "file": str(path),
                "bytes": len(recording.data),
                "content_type": recording.content_type,
            }
        elif command == "dispositions":
            call_id = args.call_id or await _recent_call_id(backend)
            form = await backend.disposition_form(call_id) if call_id else None
            return {"call_id": call_id, "form": form_json(form) if form else None}
        elif command == "dispose":
            await backend.dispose(
                Disposition(
                    call_id=args.call_id,
                    status_id=args.status,
                    fields=_fields(args.field),
                    note=args.note,
                    callback_at=_when(args.callback, "--callback"),
                    then_pause=args.then_pause,
                )
            )
        return {"ok": True}
    finally:
        await backend.aclose()


async def _recent_call_id(backend: Backend) -> str | None:
    call = (await backend.status()).current_call
    if call is not None:
        return call.id
    since = datetime.now().astimezone() - timedelta(days=1)
    calls = await backend.history(since, limit=50)
    return calls[0].id if calls else None


def _when(text: str | None, flag: str) -> datetime | None:
    """An ISO date or date and time; without a zone it is this computer's local time."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ConfigurationError(f"{flag} wants an ISO date like 2026-11-24 18:00") from None
    return moment if moment.tzinfo else moment.astimezone()


def _fields(pairs: list[str]) -> dict[str, str]:
    fields = {}
    for pair in pairs:
        key, equals, value = pair.partition("=")
        if not equals or not key:
            raise ConfigurationError(f"--field wants KEY=VALUE, got {pair!r}")
        fields[key] = value
    return fields


def record_json(record: CallRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "time": record.started_at.isoformat(),
        "direction": record.direction.value,
        "number": record.number,
        "name": record.name,
        "queue": record.queue,
        "answered": record.answered,
        "duration": record.duration_seconds,
        "has_recording": record.has_recording,
    }


def form_json(form: DispositionForm) -> dict[str, Any]:
    return {
        "number": form.number,
        "statuses": [{"id": s.id, "title": s.title} for s in form.statuses],
        "fields": [
            {
                "name": f.name,
                "title": f.title,
                "kind": f.kind.value,
                "required": f.required,
                "choices": list(f.choices),
                "value": f.value,
            }
            for f in form.fields
        ],
        "accepts_note": form.accepts_note,
        "accepts_callback": form.accepts_callback,
        "accepts_pause": form.accepts_pause,
    }


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
    if command in ctl_day.COMMANDS:
        return ctl_day.as_text(command, output)
    if command in ctl_team.COMMANDS:
        return ctl_team.as_text(command, output)
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
    if command == "history":
        lines = [_history_line(c) for c in output["calls"]] or ["no calls"]
        return "\n".join([*lines, *(f"note: {n}" for n in output.get("notes", ()))])
    if command == "recording":
        return f"saved {output['bytes']} bytes ({output['content_type']}) to {output['file']}"
    if command == "dispositions":
        return _form_text(output)
    return ctl_shift.as_text(output) or "ok"


def _history_line(call: dict[str, Any]) -> str:
    when = datetime.fromisoformat(call["time"]).strftime("%Y-%m-%d %H:%M")
    minutes, seconds = divmod(call["duration"], 60)
    answered = f"{minutes}:{seconds:02d}" if call["answered"] else "missed"
    recorded = "recording" if call["has_recording"] else ""
    cells = [call["id"], when, call["direction"], call["number"], call["name"] or "", answered]
    return "\t".join([*cells, recorded]).rstrip()


def _form_text(output: dict[str, Any]) -> str:
    form = output["form"]
    if output["call_id"] is None:
        return "no call to look at"
    if form is None:
        return f"no open form for call {output['call_id']}"
    lines = [f"call {output['call_id']}" + (f" ({form['number']})" if form["number"] else "")]
    lines.append("statuses:")
    lines += [f"  {s['id']}\t{s['title']}" for s in form["statuses"]]
    if form["fields"]:
        lines.append("fields:")
    for f in form["fields"]:
        kind = f["kind"] + (": " + " | ".join(f["choices"]) if f["choices"] else "")
        value = f"\t= {f['value']}" if f["value"] else ""
        required = "\trequired" if f["required"] else ""
        lines.append(f"  {f['name']}\t{f['title']}\t{kind}{required}{value}")
    return "\n".join(lines)


def _describe(exc: AgentDeskError, profile: Profile | None = None, *, saved: bool = False) -> str:
    """What ``exc`` means for the one running ``ctl`` with ``profile`` (``saved``: one of
    profiles.toml, not made of flags)."""
    # A vendor may echo a token back in its refusal: nothing reaches stderr unredacted.
    return redact(_describe_plainly(exc, profile, saved=saved))


def _describe_plainly(exc: AgentDeskError, profile: Profile | None, *, saved: bool) -> str:
    if isinstance(exc, SavedWithProblemError):
        return f"saved, but the vendor did not switch the pause: {exc.vendor_message}"
    if isinstance(exc, OptionNeededError):
        return _option_needed(exc, profile, saved=saved)
    if isinstance(exc, VendorError) and not isinstance(
        exc, MalformedResponseError | UnknownObjectError
    ):
        return f"the vendor refused: {exc.vendor_message}"
    return str(exc)


def _option_needed(exc: OptionNeededError, profile: Profile | None, *, saved: bool) -> str:
    """Which option to set, what it holds (the vendor's hint) and where to set it."""
    spec = vendor(profile.vendor).option(exc.option) if profile is not None else None
    what = f" ({spec.hint})" if spec is not None else ""
    where = f"give --set {exc.option}=VALUE"
    if saved and profile is not None:
        where = f"set it in profile {profile.name!r} (profiles.toml or Settings) or {where}"
    return f"{exc}{what}: {where}"


def _exit_code(exc: AgentDeskError) -> int:
    if isinstance(exc, AuthenticationError):
        return 3
    if isinstance(exc, TransientError):
        return 4
    if isinstance(exc, ConfigurationError):
        return 2
    return 1
