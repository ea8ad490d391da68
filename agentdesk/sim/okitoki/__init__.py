"""The Oki-Toki simulator (``simulator``), its scenario, and, light to import, ``SIM``."""

from agentdesk.sim.okitoki.spec import SIM

__all__ = ["SIM"]
