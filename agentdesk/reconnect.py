"""When to try again after the vendor went out of reach."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class ReconnectPolicy:
    """Exponential backoff with full jitter, capped, reset after a success.

    Full jitter (a uniform draw between 0 and the exponential ceiling) keeps a floor of agents
    from reconnecting in lockstep after a shared outage. A vendor's ``Retry-After`` wins when
    it asks for longer.
    """

    base: float = 1.0
    cap: float = 60.0
    minimum: float = 0.2
    rand: Callable[[], float] = field(default=random.random, repr=False)
    attempts: int = 0

    def next_delay(self, retry_after: float | None = None) -> float:
        ceiling = min(self.cap, self.base * (2**self.attempts))
        self.attempts += 1
        delay: float = max(self.minimum, ceiling * self.rand())
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.cap * 10))
        return delay

    def reset(self) -> None:
        self.attempts = 0
