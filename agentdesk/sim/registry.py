"""The simulators ``agentdesk sim`` and ``--demo`` know: the built-in ones (one per
``agentdesk/sim/<vendor>/``), then those installed packages declare in the
``agentdesk.simulators`` entry-point group (:mod:`agentdesk.registry`)."""

from __future__ import annotations

from typing import Any, Final

from agentdesk.registry import Registry
from agentdesk.sim import daktela, megapbx, okitoki, ucontact
from agentdesk.sim.spec import SimSpec

ENTRY_POINT_GROUP: Final = "agentdesk.simulators"

SIMULATORS: Final[Registry[SimSpec[Any]]] = Registry(
    SimSpec,
    ENTRY_POINT_GROUP,
    (daktela.SIM, okitoki.SIM, ucontact.SIM, megapbx.SIM),
    noun="simulator",
)
"""Every simulator by key; also the argparse choices of ``sim VENDOR`` and ``--demo
--vendor``."""


def simulators() -> tuple[SimSpec[Any], ...]:
    """Every simulator, built-in first."""
    return SIMULATORS.all()


def sim_spec(key: str) -> SimSpec[Any]:
    """The simulator of vendor ``key``; ConfigurationError naming the known ones."""
    return SIMULATORS.get(key)
