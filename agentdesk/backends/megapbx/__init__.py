"""MegaFon Virtual PBX: its backend (``backend``) and, light to import, its spec (``SPEC``)."""

from agentdesk.backends.megapbx.spec import SPEC

__all__ = ["SPEC"]
