"""The ``agentdesk`` command: the GUI, the demo, and the headless tools.

agentdesk                     the GUI with the default profile
agentdesk --demo              the GUI against the simulated call centre
agentdesk ctl ...             one agent operation, headless (see agentdesk.ctl)
agentdesk sim daktela         a vendor simulator on its own
agentdesk secret set PROFILE  store a profile's secret in the OS keyring
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence

from agentdesk import __version__, ctl
from agentdesk.core import AgentDeskError
from agentdesk.logs import setup_logging


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agentdesk",
        description="AgentDesk, the desktop companion for contact-centre agents.",
    )
    parser.add_argument("--version", action="version", version=f"agentdesk {__version__}")
    parser.add_argument("--demo", action="store_true", help="run against the simulated call centre")
    parser.add_argument("--profile", help="the profile to open (default: the file's default)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    subparsers = parser.add_subparsers(dest="tool", metavar="TOOL")
    ctl.add_parser(subparsers)

    sim = subparsers.add_parser("sim", help="run a vendor simulator on its own")
    sim.add_argument("vendor", choices=("daktela",))
    sim.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    sim.add_argument("--token", help="the access token to accept (default: a random one)")
    sim.add_argument("--no-scenario", action="store_true", help="do not ring calls by themselves")
    sim.set_defaults(handler=_run_sim)

    secret = subparsers.add_parser("secret", help="manage secrets in the OS keyring")
    secret_cmd = secret.add_subparsers(dest="secret_command", required=True)
    secret_set = secret_cmd.add_parser("set", help="store the secret of PROFILE (read from stdin)")
    secret_set.add_argument("name", metavar="PROFILE")
    secret_set.set_defaults(handler=_set_secret)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    handler = getattr(args, "handler", None)
    if handler is not None:
        return int(handler(args))
    from agentdesk.gui_main import run_gui

    return run_gui(demo=args.demo, profile_name=args.profile)


def _run_sim(args: argparse.Namespace) -> int:
    from agentdesk.sim.cli import run_simulator

    return run_simulator(
        args.vendor, port=args.port, token=args.token, scenario=not args.no_scenario
    )


def _set_secret(args: argparse.Namespace) -> int:
    from agentdesk.store.secrets import set_secret

    if sys.stdin.isatty():
        value = getpass.getpass(f"Secret for {args.name}: ")
    else:
        value = sys.stdin.readline().rstrip("\n")
    if not value:
        print("agentdesk secret: nothing entered, nothing stored", file=sys.stderr)
        return 2
    try:
        set_secret(args.name, value)
    except AgentDeskError as exc:
        print(f"agentdesk secret: {exc}", file=sys.stderr)
        return 2
    print(f"stored the secret of {args.name} in the OS keyring")
    return 0
