"""The polling schedule and deadline (:mod:`agentdesk.backends.polling`), with a fake clock and
seeded randomness: no time passes in these tests."""

from __future__ import annotations

import random
import statistics
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.backends.polling import (
    HIDDEN_CAP,
    START_SPREAD,
    PollDeadline,
    PollSchedule,
    Regime,
)

REGIMES = tuple(Regime)
intervals = st.floats(min_value=0.01, max_value=3600, allow_nan=False)
shares = st.floats(min_value=0, max_value=1)
seeds = st.integers(min_value=0, max_value=2**32)


@st.composite
def schedules(draw: st.DrawFn) -> PollSchedule:
    idle = draw(intervals)
    active = draw(st.none() | intervals)
    return PollSchedule(
        idle=idle,
        floor=idle * draw(shares),
        active=active,
        jitter=draw(shares),
        spread_start=draw(st.booleans()),
        rng=random.Random(draw(seeds)),
    )


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- the numbers ---------------------------------------------------------------------------------


def test_the_default_numbers_for_a_sixty_second_profile() -> None:
    schedule = PollSchedule(idle=60, floor=5)
    assert schedule.interval(Regime.ACTIVE) == 15
    assert schedule.interval(Regime.VISIBLE) == 60
    assert schedule.interval(Regime.HIDDEN) == 120
    assert schedule.bounds(Regime.ACTIVE) == pytest.approx((12, 18))
    assert schedule.bounds(Regime.VISIBLE) == pytest.approx((48, 72))
    assert schedule.bounds(Regime.HIDDEN) == pytest.approx((96, 144))
    assert schedule.bounds(Regime.VISIBLE, first=True) == pytest.approx((30, 90))


def test_the_floor_holds_the_in_call_interval_and_every_wait() -> None:
    schedule = PollSchedule(idle=8, floor=5, rng=random.Random(3))
    assert schedule.interval(Regime.ACTIVE) == 5  # a quarter of 8 is below the floor
    assert schedule.bounds(Regime.ACTIVE) == pytest.approx((5, 6))
    assert min(schedule.next_wait(Regime.ACTIVE) for _ in range(500)) >= 5


def test_the_hidden_interval_is_capped_but_never_below_idle() -> None:
    assert PollSchedule(idle=200).interval(Regime.HIDDEN) == HIDDEN_CAP
    assert PollSchedule(idle=900).interval(Regime.HIDDEN) == 900


def test_a_backends_own_in_call_interval_is_kept() -> None:
    schedule = PollSchedule(idle=5, active=5, floor=1)
    assert schedule.interval(Regime.ACTIVE) == 5
    assert PollSchedule(idle=5, active=20).interval(Regime.ACTIVE) == 5  # never above idle


def test_the_regime_follows_the_call_first_then_the_window() -> None:
    assert Regime.of(call_active=True, visible=False) is Regime.ACTIVE
    assert Regime.of(call_active=True, visible=True) is Regime.ACTIVE
    assert Regime.of(call_active=False, visible=True) is Regime.VISIBLE
    assert Regime.of(call_active=False, visible=False) is Regime.HIDDEN


@pytest.mark.parametrize(
    "kwargs",
    [
        {"idle": 0},
        {"idle": -1},
        {"idle": 10, "floor": 11},
        {"idle": 10, "floor": -1},
        {"idle": 10, "active": 0},
        {"idle": 10, "jitter": 1.5},
        {"idle": 10, "jitter": -0.1},
    ],
)
def test_nonsense_is_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        PollSchedule(**kwargs)


# -- properties ----------------------------------------------------------------------------------


@given(schedules())
def test_in_a_call_at_most_idle_at_most_hidden(schedule: PollSchedule) -> None:
    active, visible, hidden = (schedule.interval(r) for r in REGIMES)
    assert active <= visible <= hidden
    assert visible == schedule.idle
    assert hidden <= max(schedule.idle, HIDDEN_CAP)


@given(schedules(), st.sampled_from(REGIMES), st.booleans())
def test_waits_stay_within_their_bounds_and_above_the_floor(
    schedule: PollSchedule, regime: Regime, first: bool
) -> None:
    low, high = schedule.bounds(regime, first=first)
    assert schedule.floor <= low <= high
    for _ in range(20):
        wait = schedule.next_wait(regime, first=first)
        assert low - 1e-9 <= wait <= high + 1e-9


@given(seeds, st.sampled_from(REGIMES))
def test_jitter_spreads_the_waits_over_their_range(seed: int, regime: Regime) -> None:
    schedule = PollSchedule(idle=60, rng=random.Random(seed))
    waits = [schedule.next_wait(regime) for _ in range(400)]
    low, high = schedule.bounds(regime)
    width = high - low
    assert min(waits) < low + width * 0.1 and max(waits) > high - width * 0.1
    assert len({round(w, 6) for w in waits}) > 300
    assert statistics.fmean(waits) == pytest.approx(schedule.interval(regime), rel=0.05)


@given(seeds, seeds)
def test_two_agents_started_together_do_not_share_a_first_poll(one: int, two: int) -> None:
    if one == two:
        return
    firsts = [
        PollSchedule(idle=60, rng=random.Random(seed)).next_wait(Regime.VISIBLE, first=True)
        for seed in (one, two)
    ]
    assert firsts[0] != firsts[1]


def test_two_hundred_agents_spread_over_a_whole_interval_at_once() -> None:
    master = random.Random(2026)
    firsts = sorted(
        PollSchedule(idle=60, rng=random.Random(master.getrandbits(64))).next_wait(
            Regime.VISIBLE, first=True
        )
        for _ in range(200)
    )
    low, high = (60 * f for f in START_SPREAD)
    assert low <= firsts[0] and firsts[-1] <= high
    # Each ten-second slice of the spread holds about a sixth of the agents, none a crowd.
    slices = [sum(1 for f in firsts if low + k * 10 <= f < low + (k + 1) * 10) for k in range(6)]
    assert all(15 <= n <= 55 for n in slices), slices
    assert max(b - a for a, b in pairwise(firsts)) < 5


# -- the deadline --------------------------------------------------------------------------------


def test_the_deadline_is_a_first_wait_then_fresh_waits_from_each_poll() -> None:
    clock = FakeClock()
    schedule = PollSchedule(idle=10, rng=random.Random(7))
    twin = PollSchedule(idle=10, rng=random.Random(7))  # the same draws, to know them
    deadline = PollDeadline(schedule, Regime.VISIBLE, clock=clock)
    first = twin.next_wait(Regime.VISIBLE, first=True)
    assert deadline.seconds_left(Regime.VISIBLE) == pytest.approx(first)
    clock.now += first + 0.5  # the poll took half a second
    assert deadline.seconds_left(Regime.VISIBLE) == pytest.approx(-0.5)
    deadline.polled(Regime.VISIBLE)
    second = twin.next_wait(Regime.VISIBLE)
    assert deadline.seconds_left(Regime.VISIBLE) == pytest.approx(second)
    assert deadline.due == pytest.approx(clock.now + second)


def test_a_call_that_starts_brings_the_next_poll_forward_at_once() -> None:
    clock = FakeClock()
    schedule = PollSchedule(idle=60, jitter=0, spread_start=False)
    deadline = PollDeadline(schedule, Regime.HIDDEN, clock=clock)
    assert deadline.seconds_left(Regime.HIDDEN) == pytest.approx(120)
    clock.now += 10
    assert deadline.seconds_left(Regime.ACTIVE) == pytest.approx(5)  # 15 s after the last poll
    clock.now += 20
    assert deadline.seconds_left(Regime.ACTIVE) < 0  # overdue: poll now
    deadline.polled(Regime.ACTIVE)
    assert deadline.seconds_left(Regime.ACTIVE) == pytest.approx(15)
    clock.now += 5
    # The call ends, the window is shown: back to a minute from the last poll.
    assert deadline.seconds_left(Regime.VISIBLE) == pytest.approx(55)
    # Hidden: two minutes from the last poll, at once, not after the minute under way.
    assert deadline.seconds_left(Regime.HIDDEN) == pytest.approx(115)


@given(seeds, st.lists(st.sampled_from(REGIMES), min_size=1, max_size=10))
def test_a_change_of_regime_keeps_the_drawn_factor(seed: int, changes: list[Regime]) -> None:
    clock = FakeClock()
    schedule = PollSchedule(idle=60, floor=5, rng=random.Random(seed))
    deadline = PollDeadline(schedule, Regime.VISIBLE, clock=clock)
    factor = (deadline.seconds_left(Regime.VISIBLE)) / 60
    for regime in changes:
        left = deadline.seconds_left(regime)
        assert left == pytest.approx(schedule.wait(regime, factor))
