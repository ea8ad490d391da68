"""Whether Oki-Toki's 401 refused the token or an object the request named.

The guide: "401 (Unauthorized) - the request specifies an nonexistent object or your token is
incorrect". Only a second request can tell the two apart: one that names no object and needs
nothing but a valid token (the last hour's call log). Any answer to it but a 401 proves the
token (a 403 too: the token is good, its user lacks a right); a 401 refuses it.

Requests that name no object (the reports, ``contacts``) need no such check: their 401 can
only be the token. Every answer a request gets proves the token as well, so while the agent
works a 401 is mostly judged with no extra request; a verdict is kept for
:data:`VERDICT_SECONDS` so that a burst of 401s (a history of missing recordings, an outbox of
wrap-ups for calls Oki-Toki does not know) costs one check at most.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Final

from agentdesk.core import AuthenticationError

VERDICT_SECONDS: Final = 30.0
"""How long a verdict on the token holds. Short: a token revoked within it makes an object's
401 read as "unknown object" (refused for good rather than kept for a new token)."""


class TokenCheck:
    """What is known of the token, and the one check at a time that learns it anew.

    ``probe`` sends the check's request: it returns when the token is good and raises
    AuthenticationError when it is not (any other error: the verdict is unknown)."""

    def __init__(
        self,
        probe: Callable[[], Awaitable[object]],
        *,
        hold: float = VERDICT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._probe = probe
        self._hold = hold
        self._clock = clock
        self._verdict: tuple[bool, float] | None = None  # (token good, when learnt)
        self._lock = asyncio.Lock()
        self.checks = 0
        """How many check requests were sent (for tests and diagnostics)."""

    def vouch(self) -> None:
        """A request was answered: the token is good now."""
        self._verdict = (True, self._clock())

    async def good(self) -> bool:
        """Whether the token is good: the recent verdict, else one check (others asking
        meanwhile wait for its verdict). Raises the check's error when it gives none."""
        known = self._recent()
        if known is not None:
            return known
        async with self._lock:
            known = self._recent()
            if known is not None:
                return known
            self.checks += 1
            try:
                await self._probe()
            except AuthenticationError:
                self._verdict = (False, self._clock())
                return False
            self.vouch()
            return True

    def _recent(self) -> bool | None:
        if self._verdict is None:
            return None
        good, when = self._verdict
        return good if self._clock() - when < self._hold else None
