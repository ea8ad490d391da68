"""The uContact simulator (``simulator``), its scenario, and, light to import, ``SIM``."""

from agentdesk.sim.ucontact.spec import SIM

__all__ = ["SIM"]
