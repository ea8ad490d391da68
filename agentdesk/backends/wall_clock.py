"""The vendor's wall clock: the time zone a profile names in its ``timezone`` option, or,
without one, this computer's.

Daktela, Oki-Toki and uContact write times without a zone, on their server's wall clock, and
read the times AgentDesk sends the same way; the backends turn them into aware times, and
ours into theirs, here.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agentdesk.core import ConfigurationError


def time_zone(name: str | None) -> tzinfo | None:
    """The zone a profile's ``timezone`` option names; None (this computer's) when blank.
    ConfigurationError for a name the zone database does not know."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigurationError(f"unknown time zone {name!r}") from None


def now(zone: tzinfo | None) -> datetime:
    """Now, aware, on the vendor's wall clock."""
    return datetime.now(zone) if zone else datetime.now(UTC).astimezone()


def to_wall(moment: datetime, zone: tzinfo | None) -> datetime:
    """Ours → the vendor's wall clock (a naive time is taken as already on it)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(zone) if zone else moment.astimezone()


def from_wall(naive: datetime, zone: tzinfo | None) -> datetime:
    """A naive time the vendor wrote on its wall clock, made aware."""
    return naive.replace(tzinfo=zone) if zone else naive.astimezone()
