"""How long a backend that polls its vendor waits before the next look: adaptive, and never
in lockstep with other agents.

Three vendors push nothing for part of what AgentDesk shows (Oki-Toki's call log, uContact's
recorded calls, MegaFon's DND and history), so those backends' ``watch()`` loops poll. The
profile's interval is the *idle* one; :class:`PollSchedule` makes of it one interval per
:class:`Regime`:

- ``ACTIVE``, a call is live: ``max(floor, idle / 4)``, or the backend's own in-call
  interval, never above ``idle`` (a missing "call ended" is noticed sooner);
- ``VISIBLE``, no call and the AgentDesk window shown: ``idle``;
- ``HIDDEN``, no call and the window hidden (in the tray, minimised): ``2 * idle``, at most
  300 s, never below ``idle``.

Every wait is its regime's interval times a factor drawn from an injectable
:class:`random.Random`: ``1 ± 20 %`` (:data:`JITTER`), except the first wait after
``watch()`` starts, drawn from ``0.5 … 1.5`` (:data:`START_SPREAD`) so that agents started
together by one login script are spread over a whole interval at once instead of drifting
apart slowly. No wait is below ``floor``, the vendor's minimum interval.

:class:`PollDeadline` holds a loop's next poll: its drawn wait after the last poll, measured
in the regime of the moment, so that a call that starts or ends, or a window shown or hidden,
moves the next poll at once (the loop is woken, it does not sleep out an idle wait).
"""

from __future__ import annotations

import enum
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

ACTIVE_SHARE: Final = 0.25
"""The in-call interval as a share of the idle one (when the backend names none)."""
HIDDEN_FACTOR: Final = 2.0
"""The hidden window's interval as a multiple of the idle one..."""
HIDDEN_CAP: Final = 300.0
"""...at most this many seconds (unless the idle interval is longer still)."""
JITTER: Final = 0.2
"""Each wait is its interval times a factor in ``1 ± JITTER``."""
START_SPREAD: Final = (0.5, 1.5)
"""The first wait's factor: a whole interval wide, so that agents started at once spread."""


class Regime(enum.Enum):
    """What the agent is doing, as far as polling cares."""

    ACTIVE = "active"
    """A call is live."""
    VISIBLE = "visible"
    """No call; the AgentDesk window is shown."""
    HIDDEN = "hidden"
    """No call; the window is hidden (tray, minimised, another desktop)."""

    @classmethod
    def of(cls, *, call_active: bool, visible: bool) -> Regime:
        if call_active:
            return cls.ACTIVE
        return cls.VISIBLE if visible else cls.HIDDEN


@dataclass(frozen=True)
class PollSchedule:
    """The waits between one backend's polls (see the module's docstring for the rules).

    ``idle``: the profile's interval (seconds, above 0); ``floor``: the vendor's minimum,
    never waited less (0 to ``idle``); ``active``: the in-call interval when the backend
    has its own (None: ``idle / 4``); ``jitter``: the half-width of each wait's factor
    (0 to 1; 1 is full jitter, 0 … 2); ``spread_start``: draw the first wait from
    :data:`START_SPREAD`; ``rng``: where the factors come from (seed it in tests).
    """

    idle: float
    floor: float = 0.0
    active: float | None = None
    jitter: float = JITTER
    spread_start: bool = True
    rng: random.Random = field(default_factory=random.Random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.idle > 0:
            raise ValueError(f"the idle interval must be above 0, got {self.idle!r}")
        if not 0 <= self.floor <= self.idle:
            raise ValueError(f"the floor must be from 0 to the idle interval, got {self.floor!r}")
        if self.active is not None and not self.active > 0:
            raise ValueError(f"the in-call interval must be above 0, got {self.active!r}")
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"the jitter must be from 0 to 1, got {self.jitter!r}")

    def interval(self, regime: Regime) -> float:
        """The regime's interval before jitter; ACTIVE ≤ VISIBLE ≤ HIDDEN always."""
        if regime is Regime.ACTIVE:
            wanted = self.idle * ACTIVE_SHARE if self.active is None else self.active
            return min(self.idle, max(self.floor, wanted))
        if regime is Regime.VISIBLE:
            return self.idle
        return max(self.idle, min(self.idle * HIDDEN_FACTOR, HIDDEN_CAP))

    def draw(self, *, first: bool = False) -> float:
        """A factor for one wait (``first``: the first after ``watch()`` starts)."""
        if first and self.spread_start:
            return self.rng.uniform(*START_SPREAD)
        return self.rng.uniform(1 - self.jitter, 1 + self.jitter)

    def wait(self, regime: Regime, factor: float) -> float:
        """The wait in ``regime`` for a drawn ``factor``: never below the floor."""
        return max(self.floor, self.interval(regime) * factor)

    def next_wait(self, regime: Regime, *, first: bool = False) -> float:
        """A freshly drawn wait in ``regime``."""
        return self.wait(regime, self.draw(first=first))

    def bounds(self, regime: Regime, *, first: bool = False) -> tuple[float, float]:
        """The shortest and longest wait :meth:`next_wait` can give."""
        low, high = (
            START_SPREAD if first and self.spread_start else (1 - self.jitter, 1 + self.jitter)
        )
        return self.wait(regime, low), self.wait(regime, high)


class PollDeadline:
    """When one ``watch()`` loop polls next.

    Made when the loop starts (its first poll just done), it is due one first wait later
    (:meth:`PollSchedule.draw` with ``first``). :meth:`seconds_left` takes the regime of the
    moment: when it differs from the last one asked, the same drawn factor is applied to the
    new regime's interval from the same last poll, so a call that starts after a long idle
    wait has begun is polled for within the in-call interval, and a hidden window's slower
    pace starts at once. :meth:`polled` starts the next wait, with a new factor.
    """

    def __init__(
        self,
        schedule: PollSchedule,
        regime: Regime,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.schedule = schedule
        self._clock = clock
        self._regime = regime
        self._last = clock()
        self._factor = schedule.draw(first=True)
        self._due = self._last + schedule.wait(regime, self._factor)

    @property
    def due(self) -> float:
        """The clock's time of the next poll, in the regime last asked about."""
        return self._due

    def seconds_left(self, regime: Regime) -> float:
        """How long until the next poll in ``regime`` (0 or less: poll now)."""
        if regime is not self._regime:
            self._regime = regime
            self._due = self._last + self.schedule.wait(regime, self._factor)
        return self._due - self._clock()

    def polled(self, regime: Regime) -> None:
        """A poll just ended: the next is one fresh wait in ``regime`` from now."""
        self._regime = regime
        self._last = self._clock()
        self._factor = self.schedule.draw()
        self._due = self._last + self.schedule.wait(regime, self._factor)
