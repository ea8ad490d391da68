"""Adaptive polling (:mod:`agentdesk.backends.polling`) in the three backends that poll, against
their simulators over loopback: faster during a call, slower while the window is hidden, a
change taking effect at once, and agents not polling in step.

Schedules are injected with intervals of tens of milliseconds; the simulators count the
polled requests, a transport in front of the real one notes when each left."""

from __future__ import annotations

import asyncio
import random
import statistics
from collections.abc import Callable
from itertools import pairwise
from typing import Any, Protocol

import httpx
import pytest

from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.backends.okitoki.backend import CALL_LOG, OkiTokiBackend
from agentdesk.backends.polling import PollSchedule, Regime
from agentdesk.backends.ucontact.backend import UContactBackend
from agentdesk.core import Backend, CallAnswered, CallEnded, CallRinging, Event
from agentdesk.session import Session
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from agentdesk.sim.ucontact.simulator import UContactSimulator
from tests.backends.daktela_helpers import EventTap

IDLE = 0.08  # the injected idle interval: in a call 0.02, hidden 0.16
GAPS = 4  # gaps measured per regime
LATE = 0.05  # what a loaded machine may add to a wait (the request's own time and more)
EARLY = 0.005  # how early a timer may fire
SEEDS = (1, 2)  # two agents' randomness; their first waits are 0.63 and 1.46 intervals


class Simulator(Protocol):
    async def wait_until(self, predicate: Callable[[], bool], timeout: float | None = ...) -> bool:
        """Wait until ``predicate()`` holds, re-checking on every change."""


class StampedTransport(httpx.AsyncBaseTransport):
    """The real transport, noting when each request left and for which path."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.sent: list[tuple[float, str]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((asyncio.get_running_loop().time(), request.url.path))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()

    def instants(self, path_end: str) -> list[float]:
        return [when for when, path in self.sent if path.endswith(path_end)]


class Polls:
    """One backend's polls of one path: counted by the simulator, timed by the transport."""

    def __init__(
        self, sim: Simulator, count: Callable[[], int], stamps: StampedTransport, path_end: str
    ) -> None:
        self.sim, self.count, self.stamps, self.path_end = sim, count, stamps, path_end

    async def gaps(self, n: int = GAPS, timeout: float = 3.0) -> list[float]:
        """The ``n`` gaps between polls that all follow a change of regime made just before:
        the poll in flight at the change and the one after it (whose wait began in the old
        regime) are left out."""
        start = self.count()
        wanted = start + n + 2
        assert await self.sim.wait_until(lambda: self.count() >= wanted, timeout), (
            f"{self.count() - start} polls of {self.path_end} in {timeout} s"
        )
        times = self.stamps.instants(self.path_end)[start + 1 : wanted]
        return [b - a for a, b in pairwise(times)]


def schedule(seed: int = 1, **kwargs: Any) -> PollSchedule:
    return PollSchedule(**({"idle": IDLE, "rng": random.Random(seed)} | kwargs))


def check_regimes(schedule: PollSchedule, gaps: dict[Regime, list[float]]) -> None:
    """Each regime's gaps lie within its schedule's bounds, and the rates are ordered."""
    for regime, found in gaps.items():
        low, high = schedule.bounds(regime)
        assert low - EARLY <= min(found), (regime, found)
        assert statistics.fmean(found) <= high + LATE, (regime, found)
    rate = {regime: 1 / statistics.fmean(found) for regime, found in gaps.items()}
    assert rate[Regime.ACTIVE] > rate[Regime.VISIBLE] > rate[Regime.HIDDEN], rate


async def next_of(tap: EventTap, kind: type[Event]) -> Event:
    while not isinstance(event := await tap.next(), kind):
        pass
    return event


# -- Oki-Toki: the call log -------------------------------------------------------------------


def okitoki(sim: OkiTokiSimulator, stamps: StampedTransport, **kwargs: Any) -> OkiTokiBackend:
    options: dict[str, Any] = {
        "base_url": sim.url,
        "user_id": sim.user_id,
        "api_token": sim.token,
        "transport": stamps,
    }
    return OkiTokiBackend(**(options | kwargs))


def call_log_polls(sim: OkiTokiSimulator, stamps: StampedTransport) -> Polls:
    return Polls(sim, lambda: sum(1 for p, _ in sim.requests if p == CALL_LOG), stamps, CALL_LOG)


async def test_okitoki_reads_the_call_log_fastest_in_a_call_and_slowest_when_hidden() -> None:
    async with OkiTokiSimulator() as sim:
        stamps = StampedTransport()
        plan = schedule()
        backend = okitoki(sim, stamps, webhook_port=0, poll_schedule=plan)
        polls = call_log_polls(sim, stamps)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            sim.webhook_url = backend.webhook_url
            gaps = {Regime.VISIBLE: await polls.gaps()}
            backend.set_attention(False)
            gaps[Regime.HIDDEN] = await polls.gaps()
            sim.ring("380671112233")
            sim.pick_up()
            await next_of(tap, CallAnswered)
            gaps[Regime.ACTIVE] = await polls.gaps()
        finally:
            await tap.close()
            await backend.aclose()
    check_regimes(plan, gaps)


async def test_okitoki_a_call_that_starts_is_looked_at_without_waiting_out_a_hidden_wait() -> None:
    async with OkiTokiSimulator() as sim:
        stamps = StampedTransport()
        plan = schedule(idle=0.5, jitter=0, spread_start=False)  # call 0.125, hidden 1.0
        backend = okitoki(sim, stamps, webhook_port=0, poll_schedule=plan)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            backend.set_attention(False)
            sim.webhook_url = backend.webhook_url
            started = stamps.instants(CALL_LOG)[-1]
            sim.ring("380671112233")
            await next_of(tap, CallRinging)
            await sim.wait_until(lambda: len(stamps.instants(CALL_LOG)) >= 2, 1.0)
            looked = stamps.instants(CALL_LOG)[1] - started
        finally:
            await tap.close()
            await backend.aclose()
    # The in-call interval from the last look (or at once, if the ring came later than that),
    # not the hidden second.
    assert plan.interval(Regime.ACTIVE) - EARLY <= looked < plan.interval(Regime.HIDDEN) / 2


async def test_showing_the_window_brings_the_next_look_forward_at_once() -> None:
    async with OkiTokiSimulator() as sim:
        stamps = StampedTransport()
        plan = schedule(idle=0.4, jitter=0, spread_start=False)  # hidden 0.8
        backend = okitoki(sim, stamps, poll_schedule=plan)
        session = Session(backend)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            session.set_window_visible(False)
            started = stamps.instants(CALL_LOG)[-1]
            await asyncio.sleep(0.1)  # the loop is now waiting out the hidden 0.8 s
            assert len(stamps.instants(CALL_LOG)) == 1
            session.set_window_visible(True)
            await sim.wait_until(lambda: len(stamps.instants(CALL_LOG)) >= 2, 1.0)
            looked = stamps.instants(CALL_LOG)[1] - started
        finally:
            await tap.close()
            await backend.aclose()
    assert session.window_visible is True
    assert 0.4 - EARLY <= looked < 0.8 - 0.1  # the visible interval, not the hidden one


async def test_two_agents_started_together_do_not_poll_in_step() -> None:
    async with OkiTokiSimulator() as sim:
        stamps = [StampedTransport(), StampedTransport()]
        plans = [schedule(seed=seed, idle=0.1) for seed in SEEDS]
        backends = [okitoki(sim, s, poll_schedule=p) for s, p in zip(stamps, plans, strict=True)]
        taps = [EventTap(b.watch()) for b in backends]
        try:
            await asyncio.gather(*(t.next_status() for t in taps))
            await sim.wait_until(lambda: min(len(s.instants(CALL_LOG)) for s in stamps) >= 9, 3)
        finally:
            for tap, backend in zip(taps, backends, strict=True):
                await tap.close()
                await backend.aclose()
    one, two = (s.instants(CALL_LOG)[:9] for s in stamps)
    assert abs(one[0] - two[0]) < 0.05  # both looked at once when they started...
    firsts = [random.Random(seed).uniform(0.5, 1.5) * 0.1 for seed in SEEDS]
    assert abs(firsts[0] - firsts[1]) > 0.05  # (the seeds' first waits, far apart)
    assert abs((one[1] - one[0]) - (two[1] - two[0])) > 0.03  # ...then not together again
    near = [t for t in one[1:] if min(abs(t - u) for u in two[1:]) < 0.005]
    assert len(near) <= 2, (one, two)


# -- MegaFon: DND, and the history during calls -------------------------------------------------


async def test_megapbx_reads_dnd_fastest_in_a_call_and_slowest_when_hidden() -> None:
    async with MegaPbxSimulator() as sim:
        stamps = StampedTransport()
        plan = schedule(seed=5)
        backend = MegaPbxBackend(
            base_url=sim.url,
            login="ivanova",
            api_key=sim.api_key,
            crm_token=sim.crm_token,
            listen_port=0,
            poll_schedule=plan,
            transport=stamps,
        )
        dnd = "users/ivanova/dnd"
        polls = Polls(
            sim, lambda: sum(1 for m, p, _ in sim.requests if (m, p) == ("GET", dnd)), stamps, dnd
        )
        sim.webhook_url = await backend.start_receiver()
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            gaps = {Regime.VISIBLE: await polls.gaps()}
            backend.set_attention(False)
            gaps[Regime.HIDDEN] = await polls.gaps()
            sim.ring("79101234567")
            sim.pick_up()
            await next_of(tap, CallAnswered)
            gaps[Regime.ACTIVE] = await polls.gaps()
            in_call_history = len(stamps.instants("history/json"))
        finally:
            await tap.close()
            await backend.aclose()
    check_regimes(plan, gaps)
    assert in_call_history >= GAPS  # during the call each look reads the history too


# -- uContact: only during its own calls ----------------------------------------------------------


async def test_ucontact_polls_its_call_with_jitter_whatever_the_window() -> None:
    async with UContactSimulator(outbound_answer_after=0.05) as sim:
        stamps = StampedTransport()
        plan = PollSchedule(idle=0.05, active=0.05, spread_start=False, rng=random.Random(3))
        backend = UContactBackend(**sim.backend_kwargs(), poll_schedule=plan, transport=stamps)
        polls = Polls(sim, lambda: len(sim.paths("Cdr/getrecords")), stamps, "Cdr/getrecords")
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            backend.set_attention(False)  # nothing to slow: it polls only during calls
            assert not stamps.instants("Cdr/getrecords")
            await backend.dial("099124484")
            gaps = await polls.gaps(n=6)
            sim.customer_hangup()
            await next_of(tap, CallEnded)
            after = len(sim.paths("Cdr/getrecords"))
            await asyncio.sleep(0.15)  # three in-call intervals: none is looked at now
            assert len(sim.paths("Cdr/getrecords")) == after
        finally:
            await tap.close()
            await backend.aclose()
    low, high = plan.bounds(Regime.ACTIVE)
    assert (low, high) == pytest.approx((0.04, 0.06))
    assert min(gaps) >= low - EARLY and statistics.fmean(gaps) <= high + LATE, gaps
    assert max(gaps) - min(gaps) > 0.003, gaps  # jittered, not a fixed beat


def test_backends_take_the_profile_interval_as_the_idle_one() -> None:
    ok = OkiTokiBackend(base_url="https://x.oki-toki.net", user_id="1", api_token="t")
    assert [ok.poll_schedule.interval(r) for r in Regime] == [15, 60, 120]
    pbx = MegaPbxBackend(base_url="https://x.megapbx.ru", login="a", api_key="k")
    assert [pbx.poll_schedule.interval(r) for r in Regime] == [15, 60, 120]
    slow = MegaPbxBackend(
        base_url="https://x.megapbx.ru", login="a", api_key="k", history_poll_seconds=20
    )
    assert slow.poll_schedule.interval(Regime.ACTIVE) == 10  # the PBX option's minimum
    uc = UContactBackend(base_url="https://x.ucontactcloud.com", agent="a", secret="s")
    assert uc.poll_schedule.interval(Regime.ACTIVE) == 5 == uc.poll_seconds


def test_every_backend_takes_attention_even_when_it_does_not_poll() -> None:
    class Quiet(Backend):
        async def status(self) -> Any:
            raise NotImplementedError

        def watch(self) -> Any:
            raise NotImplementedError

    session = Session(Quiet())
    session.set_window_visible(False)
    assert session.window_visible is False
