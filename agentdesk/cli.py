"""The ``agentdesk`` command: the GUI, the demo, and the headless tools.

agentdesk                     the GUI with the default profile
agentdesk --demo              the GUI against the simulated call centre
agentdesk --demo --vendor V   ...against another vendor's simulated call centre
agentdesk ctl ...             one agent operation, headless (see agentdesk.ctl)
agentdesk dial [URI]          call a tel:, callto: or sip: link in the running AgentDesk (or
                              start it); without URI, show the running AgentDesk or start it
agentdesk sim VENDOR          a vendor's simulator on its own
agentdesk relay [COMMAND]     the company relay for webhook vendors (docs/RELAY.md)
agentdesk secret set PROFILE  store a profile's secret in the OS keyring
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator, Sequence

import agentdesk
from agentdesk.core import AgentDeskError, ConfigurationError
from agentdesk.logs import setup_logging
from agentdesk.store.profiles import parse_options
from agentdesk.vendors import DEFAULT_VENDOR

FAULTS_HELP = """\
--faults SPEC: items separated by commas, each NAME=VALUE; the one-shot faults (all but
latency, cut, revoke_after and outage) queue in the order given and may end in @PATH to
meet only requests whose path contains PATH:
  latency=SECONDS        every answer SECONDS late
  timeout=N[:SECONDS]    the next N requests held SECONDS (default 300), then dropped
  reset=N                the next N requests dropped: connection closed, no answer
  cut=SECONDS            a request still unanswered after SECONDS is dropped
  burst500=N             the next N requests answered HTTP 500 (burst502, burst503, ...)
  rate429=N:SECONDS      the next N requests answered 429 with Retry-After: SECONDS
  html=N[:STATUS]        the next N requests answered an HTML page (status 200 unless given)
  malformed=N            the next N requests answered 200 with JSON cut off in the middle
  revoke_after=N         from the (N+1)th request on, the token is refused as the vendor does
  outage=AFTER:SECONDS   AFTER seconds after the start, the server is gone for SECONDS
e.g. --faults latency=0.2,burst503=3,rate429=2:5,html=1,malformed=1,reset=1,revoke_after=20
"""


class SimulatorKeys:
    """The choices of ``sim VENDOR`` and ``--demo --vendor``: the simulators' registry is
    imported when a value is checked or the list shown, not on the way to a profile's window."""

    def __contains__(self, key: object) -> bool:
        from agentdesk.sim.registry import SIMULATORS

        return key in SIMULATORS

    def __iter__(self) -> Iterator[str]:
        from agentdesk.sim.registry import SIMULATORS

        return iter(SIMULATORS)


class ShowVersion(argparse.Action):
    """``--version``: the version is looked up only when it is printed (see
    agentdesk.__getattr__)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)  # type: ignore[arg-type]

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(f"agentdesk {agentdesk.__version__}")  # to stdout, as argparse's own does
        parser.exit()


TOOLS_IMPORTED_LATE = frozenset({"ctl", "relay", "-h", "--help"})
"""Words of a command line that need the ``ctl`` and ``relay`` parsers: those import most of
the headless tools, which the GUI's start does without."""


def build_parser(*, tools: bool = True) -> argparse.ArgumentParser:
    """The parser; without ``tools``, one that knows no ``ctl`` and no ``relay`` (for a
    command line that names neither, see :data:`TOOLS_IMPORTED_LATE`)."""
    parser = argparse.ArgumentParser(
        prog="agentdesk",
        description="AgentDesk, the desktop companion for contact-centre agents.",
    )
    parser.add_argument(
        "--version", action=ShowVersion, help="show program's version number and exit"
    )
    parser.add_argument("--demo", action="store_true", help="run against the simulated call centre")
    # Metavars, so that argparse lists the simulators (installed ones too) only for --help.
    simulators = SimulatorKeys()
    parser.add_argument(
        "--vendor",
        choices=simulators,
        metavar="VENDOR",
        default=DEFAULT_VENDOR,
        help="with --demo: which simulated call centre, one of: %(choices)s (default: %(default)s)",
    )
    parser.add_argument("--profile", help="the profile to open (default: the file's default)")
    parser.add_argument(
        "--set",
        dest="demo_options",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="with --demo: a profile option for the demo, e.g. "
        "screen_pop_ringing='https://crm.example.com/?phone={number_e164}'",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    subparsers = parser.add_subparsers(dest="tool", metavar="TOOL")
    if tools:
        from agentdesk import ctl
        from agentdesk.relay import cli as relay_cli

        ctl.add_parser(subparsers)
        relay_cli.add_parser(subparsers)

    dial = subparsers.add_parser(
        "dial",
        help="call the number of a tel:, callto: or sip: link",
        description="Call the number of a link in the running AgentDesk, or start AgentDesk "
        "and call it once connected. Without URI, show the running AgentDesk or start it. "
        "The desktop file runs this, for its launcher and for tel: links.",
    )
    dial.add_argument("uri", metavar="URI", nargs="?", help="e.g. tel:+420601234567")
    # Also accepted after "dial" (desktop files put options there); SUPPRESS keeps the values
    # given before "dial" instead of overwriting them with the defaults.
    dial.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="when AgentDesk is not running, start the demo",
    )
    dial.add_argument(
        "--profile",
        default=argparse.SUPPRESS,
        help="when AgentDesk is not running, start it with this profile",
    )
    dial.set_defaults(handler=_dial)

    sim = subparsers.add_parser(
        "sim",
        help="run a vendor simulator on its own",
        epilog=FAULTS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sim.add_argument("vendor", choices=simulators, metavar="VENDOR", help="one of: %(choices)s")
    sim.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    sim.add_argument("--token", help="the access token to accept (default: a random one)")
    sim.add_argument("--no-scenario", action="store_true", help="do not ring calls by themselves")
    sim.add_argument(
        "--webhook-url", help="okitoki: where to post call and status webhooks (with ?secret=)"
    )
    sim.add_argument("--webhook-secret", help="okitoki: the secret to add to each webhook")
    sim.add_argument(
        "--set",
        dest="sim_options",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="how the simulator reads its vendor's document where it reads two ways, e.g. "
        "daktela: api_version=3.7, pause_by=id; "
        "megapbx: webhook_encoding=multipart, end_reading=midnight, inner_history=no "
        "(a wrong name lists them all)",
    )
    sim.add_argument(
        "--api-version", help="daktela: the newest API version it serves (as --set api_version)"
    )
    sim.add_argument(
        "--faults",
        metavar="SPEC",
        type=_fault_spec,
        help="make the simulator slow, rude, broken or gone (SPEC: see below)",
    )
    sim.set_defaults(handler=_run_sim)

    secret = subparsers.add_parser("secret", help="manage secrets in the OS keyring")
    secret_cmd = secret.add_subparsers(dest="secret_command", required=True)
    secret_set = secret_cmd.add_parser("set", help="store the secret of PROFILE (read from stdin)")
    secret_set.add_argument("name", metavar="PROFILE")
    secret_set.set_defaults(handler=_set_secret)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    args = build_parser(tools=not TOOLS_IMPORTED_LATE.isdisjoint(words)).parse_args(argv)
    setup_logging(args.verbose)
    handler = getattr(args, "handler", None)
    if handler is not None:
        return int(handler(args))
    from agentdesk.gui_main import run_gui

    try:
        demo_options = parse_options(args.demo_options)
    except ConfigurationError as exc:
        print(f"agentdesk: {exc}", file=sys.stderr)
        return 2
    return run_gui(
        demo=args.demo,
        profile_name=args.profile,
        demo_vendor=args.vendor,
        demo_options=demo_options,
    )


def _dial(args: argparse.Namespace) -> int:
    from agentdesk.phone import NumberError, from_uri

    # Some launchers pass an empty %u when the desktop file is started without a link.
    uri = (args.uri or "").strip() or None
    if uri is not None:
        try:
            number = from_uri(uri, _default_region())
        except NumberError as exc:
            print(f"agentdesk dial: {exc}", file=sys.stderr)
            return 2
        # Only the number travels on: a link may carry kilobytes of SIP host and parameters,
        # more than a message to the running AgentDesk holds, and nothing of it is dialled.
        uri = f"tel:{number.e164}"
    from agentdesk.ui.single_instance import (
        ALREADY_RUNNING,
        dial_message,
        send_message,
        show_message,
    )

    if send_message(dial_message(uri) if uri else show_message()):
        if uri is None:
            print(ALREADY_RUNNING, file=sys.stderr)
        return 0
    from agentdesk.gui_main import run_gui

    return run_gui(
        demo=args.demo,
        profile_name=args.profile,
        dial_on_start=uri,
        demo_vendor=getattr(args, "vendor", DEFAULT_VENDOR),
    )


def _default_region() -> str:
    """The region national numbers in links are read in (a link should carry +CC anyway)."""
    from agentdesk.store.settings import load_settings

    return load_settings().default_region


def _run_sim(args: argparse.Namespace) -> int:
    from agentdesk.sim.cli import run_simulator

    try:
        options = parse_options(args.sim_options)
    except ConfigurationError as exc:
        print(f"agentdesk sim: {exc}", file=sys.stderr)
        return 2
    if args.api_version:
        options["api_version"] = args.api_version
    return run_simulator(
        args.vendor,
        port=args.port,
        token=args.token,
        scenario=not args.no_scenario,
        webhook_url=args.webhook_url,
        webhook_secret=args.webhook_secret,
        faults=args.faults,
        options=options,
    )


def _fault_spec(text: str) -> str:
    from agentdesk.sim.faults import parse_spec

    try:
        parse_spec(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


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
