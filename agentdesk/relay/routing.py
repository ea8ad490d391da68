"""Which agent a vendor's webhook concerns, as the names an agent is registered under.

MegaFon (section 2 of its document) names the user by ``user`` (the login) and ``ext`` (the
extension); like the desktop backend's ``Identity.is_me``, ``user`` decides when it is there
and ``ext`` only when it is not. Oki-Toki names the user by ``user_id`` or one of the other
spellings its integrations use (the backend's alias table, read here so that the relay and
the desk never disagree).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from agentdesk.backends.okitoki.live import payload_keys

MEGAPBX: Final = "megapbx"
OKITOKI: Final = "okitoki"
VENDORS: Final = (MEGAPBX, OKITOKI)


def agent_name(vendor: str, payload: Mapping[str, str]) -> str | None:
    """The name (login, extension or user number) the webhook gives its agent; None when it
    names none."""
    if vendor == MEGAPBX:
        user = payload.get("user", "").strip()
        return user or payload.get("ext", "").strip() or None
    if vendor == OKITOKI:
        return str(payload_keys(payload).get("user_id") or "").strip() or None
    raise ValueError(f"the relay knows no vendor {vendor!r}")
