"""The ``agents`` option of the webhook vendors' simulators (MegaFon, Oki-Toki): several
simulated agents in one company, each with their own login or user number, whose events all
go to the one webhook URL, as the vendor posts them to the one address of an integration
(a company relay's, docs/RELAY.md).

``agents=N`` adds agents up to N (the simulator's own agent first, the others named by the
vendor's simulator); ``agents=a,b,c`` names them, the first being the simulator's own agent
(a name the company already has is that person). Light to import: the sim specs read it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

MAX_AGENTS: Final = 1000
HELP: Final = (
    "N (1, the default: the one simulated agent) or a list of names a,b,c: the simulated "
    "agents, each with their own {what}; calls can be rung to each (ring(..., {keyword}=...)) "
    "and all their webhooks go to the one --webhook-url"
)


def agent_names(
    options: Mapping[str, str],
    *,
    first: str,
    nth: Callable[[int], str],
    valid: Callable[[str], bool],
) -> tuple[str, ...]:
    """The agents ``options["agents"]`` asks for: ``first`` and ``nth(2)``, ``nth(3)``...
    for a number, the names given (each once) for a list; ValueError saying what is wrong."""
    text = options.get("agents", "1").strip()
    if text.isascii() and text.isdigit():
        count = int(text)
        if not 1 <= count <= MAX_AGENTS:
            raise ValueError(f"simulator option agents must be 1-{MAX_AGENTS}, got {count}")
        return (first, *(nth(n) for n in range(2, count + 1)))
    names = tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))
    wrong = [n for n in names if not valid(n)]
    if not names or wrong or len(names) > MAX_AGENTS:
        raise ValueError(
            "simulator option agents must be a number or a list of agents' names, "
            f"got {text[:60]!r}"
        )
    return names
