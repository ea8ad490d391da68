"""Daktela: its backend (``backend``) and, light to import, its spec (``SPEC``)."""

from agentdesk.backends.daktela.spec import SPEC

__all__ = ["SPEC"]
