"""What a backend's webhook receiver has seen: for the connection details and the diagnostics.

Webhooks that are refused are calls and status changes the agent never sees; counting them
where the agent and IT can look is how a wrong token at the vendor gets noticed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WebhookFigures:
    """Counts since the receiver started listening at :attr:`url` (no secret in it)."""

    url: str = ""
    accepted: int = 0
    wrong_secret: int = 0  # 403: no secret, or another one
    unreadable: int = 0  # 400: not HTTP, or a body that is not form or JSON object
    too_large: int = 0  # 413
    not_a_webhook: int = 0  # 404 another path, 405 another method, 415 another content type
    timed_out: int = 0  # the request's head or body did not arrive in time
    dropped: int = 0  # the client left half-way through its request
    turned_away: int = 0  # connections over the receiver's cap, answered 503 and closed
    open_connections: int = 0  # now

    @property
    def refused(self) -> int:
        """Requests answered with a refusal (wrong secret, unreadable, too large, not a
        webhook); connections that timed out, dropped or were turned away are not among
        them."""
        return self.wrong_secret + self.unreadable + self.too_large + self.not_a_webhook

    @property
    def cut_short(self) -> int:
        """Connections that ended without a whole request: timed out, dropped, turned away."""
        return self.timed_out + self.dropped + self.turned_away
