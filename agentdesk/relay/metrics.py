"""The relay's counters, and ``/metrics`` in the Prometheus text format (version 0.0.4)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class RelayMetrics:
    events_in: Counter[str] = field(default_factory=Counter)
    """Webhooks stored for a known agent, by vendor."""
    unknown_agent: Counter[str] = field(default_factory=Counter)
    """Webhooks naming no agent the relay serves, by vendor: counted, not kept."""
    store_failures: int = 0
    """Webhooks answered 503 because the store (Redis) did not take them."""
    store_read_failures: int = 0
    """Desks' streams ended because the store (Redis) did not answer a read."""
    events_out: int = 0
    """Events written to desks' streams (one event to two desks of one agent: two)."""
    desks: int = 0
    """Streams open now."""
    contact_asked: int = 0
    """MegaFon ``contact`` commands answered (2.3)."""
    contact_known: int = 0
    """Of those, answered with a name from the company directory."""
    polls: Counter[str] = field(default_factory=Counter)
    """Shared polls made (one vendor request each), by vendor."""
    poll_failures: Counter[str] = field(default_factory=Counter)
    """Shared polls that failed, by vendor."""
    fanned_out: int = 0
    """Shared polls' values written to desks' streams."""
    delivery_lag: float = 0.0
    """Seconds from storing to writing of the last event sent: with Redis, how far the
    replicas' reads trail the writes."""

    def text(self, *, ready: bool, duplicates: int) -> str:
        """``duplicates``: the store's count of webhooks sent again after a lost answer."""
        lines: list[str] = []

        def metric(name: str, kind: str, helptext: str, values: dict[str, float]) -> None:
            lines.append(f"# HELP agentdesk_relay_{name} {helptext}")
            lines.append(f"# TYPE agentdesk_relay_{name} {kind}")
            for labels, value in values.items():
                lines.append(f"agentdesk_relay_{name}{labels} {value:g}")

        def by_vendor(counts: Counter[str]) -> dict[str, float]:
            return {f'{{vendor="{v}"}}': float(n) for v, n in sorted(counts.items())} or {"": 0.0}

        metric("events_in_total", "counter", "Webhooks stored for a known agent.",
               by_vendor(self.events_in))  # fmt: skip
        metric("unknown_agent_events_total", "counter", "Webhooks for no known agent.",
               by_vendor(self.unknown_agent))  # fmt: skip
        metric("store_failures_total", "counter", "Webhooks the store did not take (503).",
               {"": float(self.store_failures)})  # fmt: skip
        metric("store_read_failures_total", "counter", "Streams ended by a store read failure.",
               {"": float(self.store_read_failures)})  # fmt: skip
        metric("duplicate_webhooks_total", "counter", "Webhooks sent again, kept out.",
               {"": float(duplicates)})  # fmt: skip
        metric("events_out_total", "counter", "Events written to desks' streams.",
               {"": float(self.events_out)})  # fmt: skip
        metric("shared_polls_total", "counter", "Company-wide vendor reads, once for all desks.",
               by_vendor(self.polls))  # fmt: skip
        metric("shared_poll_failures_total", "counter", "Shared polls that failed.",
               by_vendor(self.poll_failures))  # fmt: skip
        metric("shared_fanned_out_total", "counter", "Shared values written to desks' streams.",
               {"": float(self.fanned_out)})  # fmt: skip
        metric("connected_desks", "gauge", "Desks' streams open now.", {"": float(self.desks)})
        metric("delivery_lag_seconds", "gauge", "Storing to sending of the last event sent.",
               {"": self.delivery_lag})  # fmt: skip
        metric("contact_requests_total", "counter", "MegaFon contact commands answered.",
               {"": float(self.contact_asked)})  # fmt: skip
        metric("contact_known_total", "counter", "Contact commands answered with a name.",
               {"": float(self.contact_known)})  # fmt: skip
        metric("ready", "gauge", "1 when the store answers.", {"": 1.0 if ready else 0.0})
        return "\n".join(lines) + "\n"
