"""The MegaFon Virtual PBX simulator (``simulator``), its scenario, and, light to import,
``SIM``."""

from agentdesk.sim.megapbx.spec import SIM

__all__ = ["SIM"]
