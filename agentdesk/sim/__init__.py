"""Doubles of the vendors' APIs, served on loopback for tests, ``--demo`` and ``agentdesk sim``.

Nothing in ``core``, ``backends`` or ``ui`` imports this package; simulators speak only their
vendor's words.
"""

from agentdesk.sim.daktela import DaktelaSimulator
from agentdesk.sim.scenario import DaktelaScenario
from agentdesk.sim.server import LoopbackServer

__all__ = ["DaktelaScenario", "DaktelaSimulator", "LoopbackServer"]
