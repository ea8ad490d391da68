"""Where MegaFon's document reads two ways, the simulated PBX answers either way: its options,
as tests give them to :class:`~agentdesk.sim.megapbx.simulator.MegaPbxSimulator` and
``agentdesk sim megapbx --set NAME=VALUE`` does. Light to import (no aiohttp): the sim spec
reads it to make a simulator and to list the options.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from agentdesk.sim.megapbx.data import AGENT_LOGIN
from agentdesk.sim.several_agents import HELP, agent_names
from agentdesk.sim.spec import check_choice

ENCODINGS: Final = ("json", "form", "multipart", "both", "all")
END_READINGS: Final = ("date", "midnight")
MAX_PADDING: Final = 100_000
_LOGIN: Final = re.compile(r"[a-z][a-z0-9._-]{0,31}")

OPTIONS: Final[Mapping[str, str]] = {
    "webhook_encoding": (
        "json, form, multipart (section 2 says history and event come so), both (JSON and "
        "form in turn, the default) or all (the three in turn): how commands are posted"
    ),
    "end_reading": (
        "date (the default) or midnight: what 4.5's \"if end is not set, end is today's "
        'date" means, the end of today or today 00:00 (then a request with a start today '
        "and no end finds nothing)"
    ),
    "inner_history": (
        "yes (the default) or no: whether history/inner/json and inner/csv exist (no: 404, "
        "as on an older or white-label PBX)"
    ),
    "page_size": (
        "N: the most entries a list answer (users, groups) carries, whatever limit asks "
        "(default: as many as asked)"
    ),
    "info_next": (
        "yes (the default) or no: whether a list answer's info carries next (3.2 lists it, "
        "the examples of 6.1 and 8.1 do not)"
    ),
    "agents": HELP.format(what="login and extension", keyword="user"),
    "padding": "N: users and departments of other staff, listed before the company's own",
    "blacklist_telnum": (
        "string (the default) or list: the form of telnum in a blacklist POST (11.2's table "
        "says string, its sentence a list of numbers)"
    ),
}


def simulator_keywords(options: Mapping[str, str]) -> dict[str, Any]:
    """``options`` (names of :data:`OPTIONS`, values as text) as the simulator's keywords;
    ValueError saying what is wrong."""
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise ValueError(
            f"the megapbx simulator has no option {', '.join(unknown)}; it has {', '.join(OPTIONS)}"
        )
    found: dict[str, Any] = {}
    for name, text in options.items():
        value = text.strip().lower()
        if name == "webhook_encoding":
            found["encoding"] = check_choice(name, value, ENCODINGS)
        elif name == "end_reading":
            found[name] = check_choice(name, value, END_READINGS)
        elif name == "blacklist_telnum":
            found[name] = check_choice(name, value, ("string", "list"))
        elif name in ("inner_history", "info_next"):
            found[name] = check_choice(name, value, ("yes", "no")) == "yes"
        elif name == "agents":
            found[name] = agent_names(
                options,
                first=AGENT_LOGIN,
                nth=lambda n: f"agent{n}",
                valid=lambda n: bool(_LOGIN.fullmatch(n)),
            )
        elif name == "page_size":
            found[name] = _count(name, value, low=1) or None
        else:
            found[name] = _count(name, value, low=0)
    return found


def _count(name: str, value: str, *, low: int) -> int:
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= MAX_PADDING:
        raise ValueError(f"simulator option {name} must be a whole number {low}-{MAX_PADDING}")
    return int(value)
