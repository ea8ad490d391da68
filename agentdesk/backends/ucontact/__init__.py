"""uContact: its backend (``backend``) and, light to import, its spec (``SPEC``)."""

from agentdesk.backends.ucontact.spec import SPEC

__all__ = ["SPEC"]
