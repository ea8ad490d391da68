"""The Daktela simulator (``simulator``), its scenario, and, light to import, ``SIM``."""

from agentdesk.sim.daktela.spec import SIM

__all__ = ["SIM"]
