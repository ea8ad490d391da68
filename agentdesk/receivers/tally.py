"""What a webhook receiver refused or lost, counted, and said in the log without flooding it.

A stranger who finds the receiver can send a thousand bad requests a second; a log line (let
alone a traceback) for each would rotate the useful part of the log away. So each kind of
trouble (:class:`Outcome`) is logged once, as one WARNING line with the detail of its first
occurrence; later ones are counted, and one WARNING line with the count follows at most every
``summary_interval`` seconds, and when the receiver stops.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Final

from aiohttp.http_exceptions import HttpProcessingError

log = logging.getLogger("agentdesk.receivers.webhook")  # the receiver's own, as before

SUMMARY_INTERVAL: Final = 60.0  # seconds between two lines that count the same trouble


class Outcome(StrEnum):
    """How a request or a connection ended; the values name the fields of
    :class:`~agentdesk.core.WebhookFigures`."""

    ACCEPTED = "accepted"
    WRONG_SECRET = "wrong_secret"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    NOT_A_WEBHOOK = "not_a_webhook"
    TIMED_OUT = "timed_out"
    DROPPED = "dropped"
    TURNED_AWAY = "turned_away"


_SAID: Final = {
    Outcome.WRONG_SECRET: "request refused for a missing or wrong secret",
    Outcome.UNREADABLE: "request refused as unreadable",
    Outcome.TOO_LARGE: "request refused as too large",
    Outcome.NOT_A_WEBHOOK: "request refused as not a webhook (path, method or content type)",
    Outcome.TIMED_OUT: "connection closed: its request did not arrive in time",
    Outcome.DROPPED: "a client left before its request was complete",
    Outcome.TURNED_AWAY: "connection turned away: too many open",
}

_BY_STATUS: Final = {
    400: Outcome.UNREADABLE,
    403: Outcome.WRONG_SECRET,
    413: Outcome.TOO_LARGE,
    408: Outcome.TIMED_OUT,
}


def outcome_of(status: int) -> Outcome:
    """The kind of refusal an HTTP status stands for (404, 405, 415...: not a webhook)."""
    return _BY_STATUS.get(status, Outcome.NOT_A_WEBHOOK)


class Tally:
    """Counts per :class:`Outcome` for one receiver (``name``: where it listens), and the
    rate-limited log of everything but acceptances. Use it in the receiver's event loop."""

    def __init__(self, name: str = "", *, summary_interval: float = SUMMARY_INTERVAL) -> None:
        self.name = name
        self.summary_interval = summary_interval
        self.counts: Counter[Outcome] = Counter()
        self._unsaid: Counter[Outcome] = Counter()
        self._timer: asyncio.TimerHandle | None = None

    def note(self, outcome: Outcome, detail: str = "") -> None:
        self.counts[outcome] += 1
        if outcome is Outcome.ACCEPTED:
            return
        if self.counts[outcome] == 1:
            log.warning(
                "webhook receiver %s: %s%s; more of these are counted and summed up every %g s",
                self.name,
                _SAID[outcome],
                f" ({detail})" if detail else "",
                self.summary_interval,
            )
            return
        self._unsaid[outcome] += 1
        if self._timer is None:
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(self.summary_interval, self.flush)

    def flush(self) -> None:
        """Log the counts not logged yet (the timer does it; the receiver at its stop)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        for outcome, times in self._unsaid.items():
            log.warning(
                "webhook receiver %s: %d more: %s (%d since it started)",
                self.name,
                times,
                _SAID[outcome],
                self.counts[outcome],
            )
        self._unsaid.clear()


class ServerLog:
    """Stands in for aiohttp's server logger in the receiver's connections.

    aiohttp logs a request that is not HTTP (a header without a colon, a bad chunk, a line
    too long) and a client gone before its answer as an ERROR with a traceback; for a receiver
    that strangers may reach, those are the strangers' trouble, not ours: they are counted in
    the tally (unreadable, dropped) and logged its way. Any other exception (a bug of ours)
    keeps its ERROR and traceback. ``on_unreadable`` is called for each request that was
    not HTTP (one connection's log calls it, so that the connection knows it was answered).
    """

    def __init__(self, tally: Tally, on_unreadable: Callable[[], None] = lambda: None) -> None:
        self._tally = tally
        self._on_unreadable = on_unreadable
        self._log = logging.getLogger("aiohttp.server")

    def _unreadable(self, exc: HttpProcessingError) -> None:
        self._on_unreadable()
        self._tally.note(Outcome.UNREADABLE, _first_line(exc))

    def debug(self, msg: object, *args: object, **kwargs: Any) -> None:
        # aiohttp logs a first request with a bad method (TLS, or not HTTP at all) at DEBUG.
        if isinstance(kwargs.get("exc_info"), HttpProcessingError):
            self._unreadable(kwargs["exc_info"])
            return
        self._log.debug(msg, *args, **kwargs)

    def warning(self, msg: object, *args: object, **kwargs: Any) -> None:
        self._log.warning(msg, *args, **kwargs)

    def exception(self, msg: object, *args: object, **kwargs: Any) -> None:
        exc = kwargs.get("exc_info")
        if isinstance(exc, HttpProcessingError):
            self._unreadable(exc)
        elif isinstance(exc, ConnectionError):
            self._tally.note(Outcome.DROPPED, "before its answer was sent")
        else:
            self._log.exception(msg, *args, **kwargs)


def _first_line(exc: HttpProcessingError) -> str:
    # The rest of aiohttp's message quotes the raw request, which may carry a secret.
    lines = str(exc.message or "").strip().splitlines() or [type(exc).__name__]
    return lines[0][:80]
