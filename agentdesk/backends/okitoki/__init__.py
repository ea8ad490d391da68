"""Oki-Toki: its backend (``backend``) and, light to import, its spec (``SPEC``)."""

from agentdesk.backends.okitoki.spec import SPEC

__all__ = ["SPEC"]
