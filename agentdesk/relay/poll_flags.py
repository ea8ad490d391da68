"""``agentdesk relay``'s flags for shared polling (docs/RELAY.md, "Shared polling"): the vendor
API the relay reads once for every desk, and the token it reads with.

A token comes from the environment (``AGENTDESK_RELAY_OKITOKI_API_TOKEN``,
``AGENTDESK_RELAY_DAKTELA_TOKEN``) or a file (``--okitoki-token-file``,
``--daktela-token-file``: one line, e.g. a systemd credential), never from the command line,
where every user of the machine could read it in the process list; it is registered with the
log redaction before anything is read.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from agentdesk.relay.shared_polls import (
    CALL_LOG,
    CALL_LOG_POLL_SECONDS,
    QUEUE_FIGURES,
    QUEUE_POLL_SECONDS,
    DaktelaPoll,
    OkiTokiPoll,
    SharedPoll,
)

TOKEN_ENV: Final = {
    "okitoki": "AGENTDESK_RELAY_OKITOKI_API_TOKEN",
    "daktela": "AGENTDESK_RELAY_DAKTELA_TOKEN",
}
MIN_SECONDS: Final = 5.0  # below this a company's "one request" is a flood of its own


class PollFlagError(Exception):
    """The flags do not make a poll (a clear message for the administrator)."""


def add_arguments(relay: Any) -> None:
    group = relay.add_argument_group(
        "shared polling",
        "read company-wide figures once for every desk (docs/RELAY.md); tokens from "
        f"{TOKEN_ENV['okitoki']} / {TOKEN_ENV['daktela']} or the files below",
    )
    group.add_argument("--okitoki-url", metavar="URL", help="e.g. https://company.oki-toki.net")
    group.add_argument("--okitoki-token-file", type=Path, metavar="FILE")
    group.add_argument("--daktela-url", metavar="URL", help="e.g. https://company.daktela.com")
    group.add_argument("--daktela-token-file", type=Path, metavar="FILE")
    group.add_argument(
        "--queue-poll-seconds",
        type=float,
        default=QUEUE_POLL_SECONDS,
        help="queue figures, every (default: %(default)g)",
    )
    group.add_argument(
        "--call-log-poll-seconds",
        type=float,
        default=CALL_LOG_POLL_SECONDS,
        help="Oki-Toki's call log, every (default: %(default)g)",
    )


def shared_polls(
    args: argparse.Namespace, environ: Mapping[str, str] = os.environ
) -> list[SharedPoll]:
    """The polls the flags ask for; PollFlagError saying what is missing or wrong."""
    for name in ("queue_poll_seconds", "call_log_poll_seconds"):
        if getattr(args, name) < MIN_SECONDS:
            flag = "--" + name.replace("_", "-")
            raise PollFlagError(f"{flag} must be at least {MIN_SECONDS:g}")
    polls: list[SharedPoll] = []
    if args.okitoki_url:
        token = _token("okitoki", args.okitoki_token_file, environ)
        for kind, seconds in (
            (QUEUE_FIGURES, args.queue_poll_seconds),
            (CALL_LOG, args.call_log_poll_seconds),
        ):
            polls.append(
                OkiTokiPoll(
                    base_url=_url(args.okitoki_url), token=token, kind=kind, interval=seconds
                )
            )
    if args.daktela_url:
        token = _token("daktela", args.daktela_token_file, environ)
        polls.append(
            DaktelaPoll(
                base_url=_url(args.daktela_url), token=token, interval=args.queue_poll_seconds
            )
        )
    return polls


def _url(url: str) -> str:
    if not url.startswith(("http://", "https://")):
        raise PollFlagError(f"a vendor's URL must start with https://, got {url!r}")
    return url


def _token(vendor: str, file: Path | None, environ: Mapping[str, str]) -> str:
    from agentdesk.redaction import register_secret

    if file is not None:
        try:
            token = file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise PollFlagError(f"cannot read the {vendor} token file {file}: {exc}") from None
    else:
        token = environ.get(TOKEN_ENV[vendor], "").strip()
    if not token:
        where = f"the file {file}" if file is not None else TOKEN_ENV[vendor]
        raise PollFlagError(f"--{vendor}-url needs a token: {where} is empty")
    register_secret(token)
    return token
