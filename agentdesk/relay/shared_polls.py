"""Shared polling: what every desk of a company would otherwise read from the vendor on its
own, read once per interval by the relay and fanned out on each desk's stream as an event of
its own kind (docs/RELAY.md, "Shared polling"):

- ``queue_figures``: the queue strip's figures, the same for every desk: Oki-Toki's
  ``reports/sec/queue-status-summary`` (split by queue) and Daktela's ``RTStatsQueues`` (with
  a supervisor's access token; each desk still picks the queues its agent is logged in);
- ``call_log``: Oki-Toki's last hour of the call log, which a desk reads to end a live call
  whose "ended" webhook went missing: each desk gets the rows naming its agent (by login or
  another name of theirs) and the rows naming nobody, as the desk itself keeps them.

The requests and the reading of the answers are the backends' own (``wire`` and ``parse`` of
each vendor's package): the relay parses nothing a second way. Each event carries the
vendor's answer (or rows), the poll's interval and the value's age, so that a desk can tell
a fresh value from a stale one (it falls back to asking the vendor itself).
"""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Final, Protocol

import httpx

QUEUE_FIGURES: Final = "queue_figures"
CALL_LOG: Final = "call_log"
KINDS: Final = (QUEUE_FIGURES, CALL_LOG)
QUEUE_POLL_SECONDS: Final = 10.0  # the queue strip's refresh on each desk (QueueStrip)
CALL_LOG_POLL_SECONDS: Final = 60.0  # Oki-Toki's call_log_poll_seconds on each desk


@dataclass(frozen=True)
class SharedFrame:
    """One value the relay read for the whole company."""

    kind: str
    vendor: str
    value: Any
    """The vendor's answer (``queue_figures``) or the rows read from it (``call_log``)."""
    interval: float
    read_at: float
    """Unix seconds."""

    def for_agent(self, names: Collection[str], now: float | None = None) -> dict[str, Any]:
        """What the desk of the agent called ``names`` gets: the call log's rows naming
        them or no one; the rest whole."""
        value = self.value
        if self.kind == CALL_LOG:
            value = [row for row in value if str(row.get("user_id") or "") in {"", *names}]
        age = max(0.0, (time.time() if now is None else now) - self.read_at)
        return {"vendor": self.vendor, "value": value, "interval": self.interval, "age": age}

    def as_dict(self) -> dict[str, Any]:
        """What another replica reads back with :meth:`from_dict`."""
        return {
            "kind": self.kind,
            "vendor": self.vendor,
            "value": self.value,
            "interval": self.interval,
            "read_at": self.read_at,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SharedFrame | None:
        try:
            return cls(
                str(data["kind"]),
                str(data["vendor"]),
                data["value"],
                float(data["interval"]),
                float(data["read_at"]),
            )
        except (KeyError, TypeError, ValueError):
            return None

    def fresh(self, now: float | None = None) -> bool:
        """Young enough for a desk to use (the desk's own rule: two intervals)."""
        return (time.time() if now is None else now) - self.read_at <= 2 * self.interval


class SharedPoll(Protocol):
    """One company-wide read, made every :attr:`interval` seconds."""

    vendor: str
    kind: str
    interval: float

    async def read(self) -> SharedFrame: ...

    async def aclose(self) -> None: ...


class OkiTokiPoll:
    """Oki-Toki's queue summary or last hour of the call log, with the company's token."""

    vendor = "okitoki"

    def __init__(
        self,
        *,
        base_url: str,
        token: str,
        kind: str,
        interval: float,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        from agentdesk.backends.okitoki.wire import OkiTokiWire

        if kind not in KINDS:
            raise ValueError(f"the relay polls no Oki-Toki {kind!r}")
        self.kind, self.interval = kind, interval
        self._wire = OkiTokiWire(base_url=base_url, token=token, transport=transport)

    async def read(self) -> SharedFrame:
        from agentdesk.backends.okitoki import parse
        from agentdesk.backends.okitoki.backend import CALL_LOG as LOG_PATH
        from agentdesk.backends.okitoki.backend import QUEUE_SUMMARY, QUEUE_SUMMARY_QUERY

        value: Any
        if self.kind == QUEUE_FIGURES:
            value = await self._wire.get(QUEUE_SUMMARY, QUEUE_SUMMARY_QUERY)
            parse.queue_figures(value)  # an answer the desks could not read is not sent
        else:
            value = parse.json_rows(await self._wire.get(LOG_PATH, {"date_range": "last_hour"}))
        return SharedFrame(self.kind, self.vendor, value, self.interval, time.time())

    async def aclose(self) -> None:
        await self._wire.aclose()


class DaktelaPoll:
    """Daktela's ``RTStatsQueues``, with a supervisor's access token (every queue)."""

    vendor = "daktela"
    kind = QUEUE_FIGURES

    def __init__(
        self,
        *,
        base_url: str,
        token: str,
        interval: float,
        api_version: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        from agentdesk.backends.daktela import versions
        from agentdesk.backends.daktela.wire import DaktelaWire

        self.interval = interval
        self._wire = DaktelaWire(
            base_url=base_url,
            token=token,
            api_version=api_version or versions.DEFAULT_API_VERSION,
            transport=transport,
        )

    async def read(self) -> SharedFrame:
        from agentdesk.backends.daktela import parse

        value = await self._wire.call("RTStatsQueues", {})
        parse.queue_figures(value, {})  # an answer the desks could not read is not sent
        return SharedFrame(self.kind, self.vendor, value, self.interval, time.time())

    async def aclose(self) -> None:
        await self._wire.aclose()
