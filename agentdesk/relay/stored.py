"""What both event stores (memory and Redis) keep and how the server reads them.

An event's id is Redis's stream id form, ``<milliseconds>-<sequence>``, in both stores: ids
grow with time, so a desk's ``Last-Event-ID`` still orders after a memory relay restarts, and
a desk can move between a memory relay and Redis-backed replicas without confusion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final, Protocol

DEFAULT_RETENTION: Final = 15 * 60.0  # seconds an event is kept for a desk that reconnects
DEFAULT_MAX_EVENTS: Final = 10_000  # per agent, whatever their age
ONCE_SECONDS: Final = 300.0  # how long an append's ``once`` key is remembered
START: Final = "0-0"
_ID: Final = re.compile(r"(\d{1,20})-(\d{1,20})")


class StoreUnavailableError(Exception):
    """The store did not answer (Redis down, or slower than its timeout)."""


@dataclass(frozen=True)
class StoredEvent:
    id: str
    data: dict[str, Any]
    """``vendor``, ``payload`` (the webhook's fields) and ``received_at`` (Unix seconds)."""


def parse_id(text: str) -> tuple[int, int] | None:
    """An event id as numbers that order like the events; None when it is not one."""
    match = _ID.fullmatch(text.strip())
    return (int(match[1]), int(match[2])) if match else None


class EventStore(Protocol):
    """Each agent's recent events, newest last."""

    duplicates: int
    """Appends kept out because their ``once`` key had been seen."""

    async def append(self, agent: str, data: dict[str, Any], *, once: str | None = None) -> str:
        """Keep ``data`` for ``agent``; its id. An append whose ``once`` key was given in the
        last :data:`ONCE_SECONDS` keeps nothing and returns the first one's id: a vendor that
        sends a webhook again because its answer was lost does not make a second event."""
        ...

    async def last_id(self, agent: str) -> str:
        """The id of the agent's newest event kept, :data:`START` when none."""
        ...

    async def read(self, agent: str, after: str, block: float) -> list[StoredEvent]:
        """The agent's events after the id ``after``, in order; when there are none, waits up
        to ``block`` seconds for one, and returns none if none comes. Raises
        :class:`StoreUnavailableError` when the store does not answer."""
        ...

    async def ready(self) -> bool:
        """Whether the store answers (the readiness endpoint)."""
        ...

    async def claim(self, name: str, seconds: float) -> bool:
        """Whether this relay is the one to make the shared poll ``name`` now: True for one
        caller among all replicas, then for none until ``seconds`` have passed."""
        ...

    async def put_shared(self, name: str, data: dict[str, Any], keep: float) -> None:
        """Keep the newest value of the shared poll ``name`` for ``keep`` seconds, for the
        replicas that did not make it."""
        ...

    async def get_shared(self, name: str) -> dict[str, Any] | None:
        """The newest value :meth:`put_shared` kept, None when none is."""
        ...

    async def aclose(self) -> None: ...
