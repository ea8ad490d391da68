"""``agentdesk relay``: serve (the default), and ``add-agent``, ``remove-agent``,
``list-agents`` for the agents' tokens.

The vendors' tokens come from the environment (``AGENTDESK_RELAY_MEGAPBX_TOKEN``,
``AGENTDESK_RELAY_OKITOKI_SECRET``; a systemd ``EnvironmentFile``), never from the command
line, where every user of the machine could read them in the process list.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Any, Final

from agentdesk.relay.stored import DEFAULT_MAX_EVENTS, DEFAULT_RETENTION

TOKEN_ENV: Final = {
    "megapbx": "AGENTDESK_RELAY_MEGAPBX_TOKEN",
    "okitoki": "AGENTDESK_RELAY_OKITOKI_SECRET",
}
STATE_ENV: Final = "AGENTDESK_RELAY_STATE"

log = logging.getLogger(__name__)


def default_state_dir() -> Path:
    """``$AGENTDESK_RELAY_STATE``, systemd's ``$STATE_DIRECTORY``, else the user's state dir."""
    for name in (STATE_ENV, "STATE_DIRECTORY"):
        if value := os.environ.get(name, "").split(":")[0]:
            return Path(value)
    import platformdirs

    return Path(platformdirs.user_state_dir("agentdesk")) / "relay"


def add_parser(subparsers: Any) -> None:
    relay = subparsers.add_parser(
        "relay",
        help="the company relay: vendors' webhooks in, each agent's events to their desktop",
        description="Serve the company relay (docs/RELAY.md), or manage its agents' tokens. "
        f"Vendors' tokens come from {TOKEN_ENV['megapbx']} and {TOKEN_ENV['okitoki']}.",
    )
    relay.add_argument("--state-dir", type=Path, help="where agents.json is kept")
    relay.add_argument("--host", default="127.0.0.1", help="address to listen on")
    relay.add_argument("--port", type=int, default=8095, help="port (0: a free one)")
    relay.add_argument("--redis", metavar="URL", help="keep events in Redis, e.g. redis://host/0")
    relay.add_argument(
        "--retention",
        type=float,
        default=DEFAULT_RETENTION / 60,
        metavar="MINUTES",
        help="how long a reconnecting desk can catch up (default: %(default)g)",
    )
    relay.add_argument(
        "--max-events", type=int, default=DEFAULT_MAX_EVENTS, help="kept per agent at most"
    )
    relay.add_argument(
        "--log-format",
        choices=("text", "json"),
        default="text",
        help="stderr's log lines: text, or one JSON object a line for journald and log "
        "collectors (default: %(default)s); either way redacted, and the service's own "
        "events (start, agents' file changes, store failures) logged at INFO",
    )
    relay.add_argument(
        "--tls-cert",
        type=Path,
        metavar="FILE",
        help="serve HTTPS with this PEM certificate (chain); with --tls-key",
    )
    relay.add_argument(
        "--tls-key", type=Path, metavar="FILE", help="the certificate's PEM private key"
    )
    relay.add_argument(
        "--directory",
        type=Path,
        metavar="FILE",
        help="a CSV or vCard company directory MegaFon's contact command is answered from",
    )
    relay.add_argument(
        "--region",
        default="RU",
        metavar="CC",
        help="the country the directory's national numbers are in (default: %(default)s)",
    )
    from agentdesk.relay.poll_flags import add_arguments

    add_arguments(relay)
    relay.set_defaults(handler=_serve)
    commands = relay.add_subparsers(dest="relay_command", metavar="COMMAND")
    add = commands.add_parser("add-agent", help="register an agent; prints their token once")
    add.add_argument("login", metavar="LOGIN", help="the vendor's login or user number")
    add.add_argument(
        "--name",
        action="append",
        default=[],
        help="another name webhooks call the agent by (an extension); repeatable",
    )
    add.set_defaults(handler=_add_agent)
    remove = commands.add_parser("remove-agent", help="revoke an agent's token at once")
    remove.add_argument("login", metavar="LOGIN")
    remove.set_defaults(handler=_remove_agent)
    listing = commands.add_parser("list-agents", help="the agents registered")
    listing.set_defaults(handler=_list_agents)
    for sub in (add, remove, listing):
        sub.add_argument("--state-dir", type=Path, default=argparse.SUPPRESS)


def _book(args: argparse.Namespace) -> Any:
    from agentdesk.relay.agents import AgentBook

    return AgentBook(args.state_dir or default_state_dir())


def _add_agent(args: argparse.Namespace) -> int:
    from agentdesk.relay.agents import AgentBookError

    try:
        token = _book(args).add(args.login, tuple(args.name))
    except (AgentBookError, OSError) as exc:
        print(f"agentdesk relay: {exc}", file=sys.stderr)
        return 2
    print(token)
    print(
        f"The relay token of {args.login.strip()}: shown this once, give it to the agent.",
        file=sys.stderr,
    )
    return 0


def _remove_agent(args: argparse.Namespace) -> int:
    from agentdesk.relay.agents import AgentBookError

    try:
        _book(args).remove(args.login)
    except (AgentBookError, OSError) as exc:
        print(f"agentdesk relay: {exc}", file=sys.stderr)
        return 2
    return 0


def _list_agents(args: argparse.Namespace) -> int:
    from agentdesk.relay.agents import AgentBookError

    try:
        book = _book(args)
    except (AgentBookError, OSError) as exc:
        print(f"agentdesk relay: {exc}", file=sys.stderr)
        return 2
    for login in book.logins:
        print(" ".join([login, *book.get(login).names]))
    return 0


def _serve(args: argparse.Namespace) -> int:
    from agentdesk.redaction import register_secret
    from agentdesk.relay.agents import AgentBookError
    from agentdesk.relay.poll_flags import PollFlagError

    tokens = {vendor: os.environ.get(name, "").strip() for vendor, name in TOKEN_ENV.items()}
    tokens = {vendor: token for vendor, token in tokens.items() if token}
    if not tokens and not (args.okitoki_url or args.daktela_url):
        print(
            f"agentdesk relay: set {TOKEN_ENV['megapbx']} or {TOKEN_ENV['okitoki']} "
            "(the token the vendor sends with its webhooks), or give --okitoki-url or "
            "--daktela-url for shared polling",
            file=sys.stderr,
        )
        return 2
    for token in tokens.values():
        register_secret(token)
    if args.redis:
        from urllib.parse import urlsplit

        if password := urlsplit(args.redis).password:
            register_secret(password)  # redis-py's errors may quote the URL
    _service_logging(args)
    from agentdesk.relay.tls import TlsFilesError, server_context

    try:
        args.ssl_context = server_context(args.tls_cert, args.tls_key)
        args.company_directory = _directory(args)
    except (TlsFilesError, ValueError) as exc:
        print(f"agentdesk relay: {exc}", file=sys.stderr)
        return 2
    try:
        return asyncio.run(_run(args, tokens))
    except (AgentBookError, OSError, PollFlagError) as exc:
        print(f"agentdesk relay: {exc}", file=sys.stderr)
        return 2


def _service_logging(args: argparse.Namespace) -> None:
    import logging

    from agentdesk.logs import setup_logging

    setup_logging(args.verbose, json_lines=args.log_format == "json")
    if not args.verbose:  # a service says what it does; the rest of AgentDesk stays quiet
        logging.getLogger("agentdesk.relay").setLevel(logging.INFO)


def _directory(args: argparse.Namespace) -> Any:
    """The company directory of ``--directory``, said on stdout; ValueError saying why not."""
    if args.directory is None:
        return None
    import phonenumbers

    from agentdesk.relay.directory import CompanyDirectory
    from agentdesk.store.contacts.records import ContactsError

    region = args.region.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"--region wants a country code like RU, got {args.region!r}")
    try:
        directory, report = CompanyDirectory.load(args.directory, region)
    except ContactsError as exc:
        raise ValueError(str(exc)) from None
    print(
        f"agentdesk relay: directory {args.directory}: {report.contacts} contacts, "
        f"{report.numbers} numbers ({report.skipped} lines without a name or number passed "
        "over)",
        flush=True,
    )
    return directory


async def _run(args: argparse.Namespace, tokens: dict[str, str]) -> int:
    from agentdesk.relay.memory_store import MemoryStore
    from agentdesk.relay.poll_flags import shared_polls
    from agentdesk.relay.server import RelayServer
    from agentdesk.relay.stored import EventStore

    retention = args.retention * 60
    polls = shared_polls(args)
    store: EventStore
    if args.redis:
        from agentdesk.relay.redis_store import RedisStore

        store = RedisStore(args.redis, retention=retention, max_events=args.max_events)
    else:
        store = MemoryStore(retention=retention, max_events=args.max_events)
    server = RelayServer(
        agents=_book(args),
        store=store,
        vendor_tokens=tokens,
        host=args.host,
        port=args.port,
        ssl_context=args.ssl_context,
        directory=args.company_directory,
        shared_polls=polls,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        url = await server.start()
        where = [f"{v} {server.hook_url(v)}" for v in server.receivers]
        where += [f"polling {p.vendor} {p.kind} every {p.interval:g} s" for p in polls]
        print(f"agentdesk relay: listening on {url} ({', '.join(where)})", flush=True)
        log.info(
            "listening on %s (%s); %d agents; events kept %s",
            url,
            ", ".join(where),
            len(server.agents.logins),
            f"in Redis {_redacted_url(args.redis)}" if args.redis else "in memory",
        )
        await stop.wait()
    finally:
        await server.stop()
        with contextlib.suppress(Exception):
            await store.aclose()
    return 0


def _redacted_url(url: str) -> str:
    """A Redis URL without its password (``redis://:secret@host`` → ``redis://:***@host``)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}{port}"))
