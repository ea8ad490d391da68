"""Each vendor's simulator as the tests of ``ctl``, ``sim`` and ``--demo`` meet it: the ctl
command line that reaches it, its agent, its pauses and what it answers, as data. The
``vendor`` fixtures of ``tests/cli`` and ``tests/ui`` hand these out one vendor at a time;
what one vendor alone does stays in that vendor's own test file."""

# The vendors' own words are in Czech, Ukrainian, Spanish and Russian on purpose.
# ruff: noqa: RUF001

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from agentdesk.sim.ucontact.simulator import UContactSimulator


def _ctl(vendor: str, url: str, user: str, *options: str) -> list[str]:
    return ["ctl", "--vendor", vendor, "--url", url, "--user", user, *options]


def daktela_target(sim: DaktelaSimulator, *options: str) -> list[str]:
    return _ctl("daktela", sim.url, sim.login, *options)


def okitoki_target(sim: OkiTokiSimulator, *options: str) -> list[str]:
    return _ctl(
        "okitoki",
        sim.url,
        sim.user_id,
        *("--set", f"dialer_id={sim.dialer_id}"),
        *("--set", f"statuses={sim.statuses_option}"),
        *options,
    )


def ucontact_target(sim: UContactSimulator, *options: str) -> list[str]:
    return _ctl(
        "ucontact",
        sim.url,
        sim.agent,
        *("--set", f"outqueue={sim.outqueue}"),
        *("--set", f"campaign={sim.campaign}"),
        *("--set", f"backup_host={sim.backup_url}"),
        *("--set", f"breaks={sim.breaks_option}"),
        *("--set", f"dispositions={sim.dispositions_option}"),
        *options,
    )


def megapbx_target(sim: MegaPbxSimulator, *options: str, user: str = "ivanova") -> list[str]:
    return _ctl("megapbx", sim.url, user, *("--set", f"crm_token={sim.crm_token}"), *options)


def _okitoki_pause(sim: OkiTokiSimulator) -> str | None:
    if sim.away_status_id is not None:
        return f"{sim.status_id}/{sim.away_status_id}"
    return None if sim.status_id == "1" else sim.status_id


@dataclass(frozen=True)
class Standalone:
    """``agentdesk sim VENDOR`` and what a profile takes from its banner."""

    banner_lines: int
    user: str
    """The banner's name for the line that starts with the user."""
    secret: str
    """The banner's name for the secret's line."""
    settings: Mapping[str, str] = field(default_factory=dict)
    """Profile option → the banner's name for its line."""
    options: tuple[str, ...] = ()
    """More of the command line."""
    says: Mapping[str, str] = field(default_factory=dict)
    """Lines of the banner, as they must read."""


@dataclass(frozen=True)
class Vendor:
    key: str
    simulator: Callable[..., Any]
    """The simulator's class."""
    target: Callable[..., list[str]]
    """``ctl`` with what reaches the simulator: ``target(sim, *more_options)``."""
    secret: Callable[[Any], str]
    """What ``AGENTDESK_SECRET`` holds for the simulator."""
    state: Mapping[str, object]
    """``state --json`` of the agent at the start, but for ``since``."""
    pauses: list[str]
    """``pauses``, line by line."""
    pause: tuple[str, str]
    """A pause to take: its id and its title."""
    pause_at_vendor: Callable[[Any], str | None]
    """The pause the simulator has the agent in, by ctl's id; None at work."""
    live_state: bool
    """Whether ``state`` asked afresh knows of the pause: the vendor tells, or only the
    process that set it knew."""
    wrong_secret_words: str
    """Part of what the vendor answers a wrong secret with."""
    called: str
    """What ctl's messages call the vendor."""
    unknown_recording: tuple[str, str]
    """A call id with no recording, and what ctl says of it (after "agentdesk ctl: ")."""
    answers: bool
    """Whether ctl can answer a ringing call at this vendor."""
    unknown_pause: tuple[str, str] | None
    """A pause the vendor does not have, and what it says of it; None where ctl refuses
    it before asking."""
    standalone: Standalone


VENDORS = (
    Vendor(
        "daktela",
        DaktelaSimulator,
        daktela_target,
        lambda sim: sim.token,
        state={
            "state": "ready",
            "pause": None,
            "agent": {"login": "agent", "name": "Jana Nováková"},
            "calls": [],
        },
        pauses=["2\tWrap\t(wrap-up)", "4\tBackoffice", "6\tPřestávka", "7\tOběd", "8\tŠkolení"],
        pause=("7", "Oběd"),
        pause_at_vendor=lambda sim: sim.id_pause,
        live_state=True,
        wrong_secret_words="Uživatel neexistuje",
        called="Daktela",
        unknown_recording=("1.999", "the vendor refused: Hovor nebyl nalezen"),
        answers=True,
        unknown_pause=("100", "Tato pauza nebyla nalezena"),
        standalone=Standalone(4, user="agent login", secret="access token"),
    ),
    Vendor(
        "okitoki",
        OkiTokiSimulator,
        okitoki_target,
        lambda sim: sim.token,
        state={
            "state": "logged_in",
            "pause": None,
            "agent": {"login": "12", "name": None},
            "calls": [],
        },
        pauses=[
            "2/21\tКава",
            "2/22\tНарада",
            "3\tОбід",
            "4\tНавчання",
            "5\tПостобробка\t(wrap-up)",
        ],
        pause=("2/21", "Кава"),
        pause_at_vendor=_okitoki_pause,
        live_state=False,
        wrong_secret_words="api_token is missing or wrong",
        called="Oki-Toki",
        unknown_recording=(
            "123",
            "Oki-Toki has no recording of call 123 (Record of call 123 not found)",
        ),
        answers=False,
        unknown_pause=("99", "Status 99 not found"),
        standalone=Standalone(
            7,
            user="user id",
            secret="api token",
            settings={"statuses": "statuses"},
            options=("--webhook-url", "http://127.0.0.1:9/okitoki"),
            says={"webhooks to": "http://127.0.0.1:9/okitoki"},
        ),
    ),
    Vendor(
        "ucontact",
        UContactSimulator,
        ucontact_target,
        lambda sim: sim.password,
        state={
            "state": "logged_in",
            "pause": None,
            "agent": {"login": "jperez", "name": "Juan Pérez"},
            "calls": [],
        },
        pauses=[
            "Almuerzo\tAlmuerzo",
            "Baño\tBaño",
            "Capacitación\tCapacitación",
            "Reunión\tReunión",
            "Postllamada\tPostllamada\t(wrap-up)",
        ],
        pause=("Almuerzo", "Almuerzo"),
        pause_at_vendor=lambda sim: sim.on_break,
        live_state=False,
        wrong_secret_words="agent name or password",
        called="uContact",
        unknown_recording=("nope", "the vendor refused: uContact has no recording of call nope"),
        answers=False,
        unknown_pause=("Siesta", "refused the break"),
        standalone=Standalone(10, user="agent", secret="password", settings={"breaks": "breaks"}),
    ),
    Vendor(
        "megapbx",
        MegaPbxSimulator,
        megapbx_target,
        lambda sim: sim.api_key,
        state={
            "state": "ready",
            "pause": None,
            "agent": {"login": "ivanova", "name": "Анна Иванова"},
            "calls": [],
        },
        pauses=["dnd\tDo not disturb"],
        pause=("dnd", "Do not disturb"),
        pause_at_vendor=lambda sim: "dnd" if sim.agent.dnd else None,
        live_state=True,
        wrong_secret_words="Invalid token",
        called="the PBX",
        unknown_recording=("1", "the vendor refused: the PBX has no recording of call 1"),
        answers=False,
        unknown_pause=None,  # DND is the one pause: test_ctl_megapbx.py
        standalone=Standalone(
            6,
            user="agent login",
            secret="api key",
            settings={"crm_token": "crm_token"},
            options=("--webhook-url", "http://127.0.0.1:9/megapbx"),
            says={"commands to": "http://127.0.0.1:9/megapbx"},
        ),
    ),
)
BY_KEY = {v.key: v for v in VENDORS}
