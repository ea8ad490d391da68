"""Issue 19: the queue strip asks when the figures can have changed, and rarely otherwise.

Against the Daktela simulator over loopback, the whole app with its window shown; requests
are counted on the simulator. The quiet interval is set to its maximum (300 s), longer than
any of these tests: every refresh seen here was asked for by an event.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from agentdesk.core import AgentState, Pause
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.store.settings import AppSettings, upgrade
from agentdesk.ui.app import Shell
from agentdesk.ui.widgets.queue_strip import EVENT_SPACING
from tests.ui.conftest import wait_until
from tests.ui.daktela_app import app_on_daktela

Loop = asyncio.AbstractEventLoop
QUIET = AppSettings(queue_refresh_seconds=300)


def queue_reads(sim: DaktelaSimulator) -> int:
    return sum(1 for action, _ in sim.requests if action == "RTStatsQueues")


def long_polls(sim: DaktelaSimulator) -> int:
    return sum(1 for action, params in sim.requests if action == "RTUserState" and "hash" in params)


class Clock:
    """A monotonic clock the test moves (from the real one's now, which the strip read at its
    first refresh): EVENT_SPACING passes when the test says so."""

    def __init__(self) -> None:
        self.now = time.monotonic()

    def __call__(self) -> float:
        return self.now


def shown(qloop: Loop, shell: Shell, sim: DaktelaSimulator) -> Any:
    shell.window.show()
    strip = shell.window.queue_strip
    assert strip is not None
    wait_until(qloop, lambda: strip.figures is not None and queue_reads(sim) >= 1, 5)
    return strip


def spaced(strip: Any) -> Clock:
    """Put the strip on a test clock, EVENT_SPACING after its first refresh."""
    clock = strip._monotonic = Clock()
    clock.now += EVENT_SPACING
    return clock


def test_an_idle_desk_asks_for_no_queue_figures_while_long_polls_come_and_go(
    qloop: Loop, make_shell: Any
) -> None:
    """Held long-polls end unanswered every hold (0.2 s here, 60 s at Daktela) and the status
    comes again unchanged: that is no reason to ask for the queues."""
    with app_on_daktela(qloop, lambda: make_shell(settings=QUIET), hold_seconds=0.2) as (
        shell,
        sim,
    ):
        shown(qloop, shell, sim)
        before, polls = queue_reads(sim), long_polls(sim)
        wait_until(qloop, lambda: long_polls(sim) >= polls + 5, 10)
        assert queue_reads(sim) == before


def test_a_ringing_call_refreshes_the_figures_at_once(qloop: Loop, make_shell: Any) -> None:
    with app_on_daktela(qloop, lambda: make_shell(settings=QUIET)) as (shell, sim):
        spaced(shown(qloop, shell, sim))
        before = queue_reads(sim)
        sim.ring("+420601234567")
        wait_until(qloop, lambda: queue_reads(sim) == before + 1, 5)


def test_events_close_together_cost_one_more_refresh_once_the_spacing_is_over(
    qloop: Loop, make_shell: Any
) -> None:
    with app_on_daktela(qloop, lambda: make_shell(settings=QUIET)) as (shell, sim):
        strip = shown(qloop, shell, sim)
        clock = spaced(strip)
        before = queue_reads(sim)
        strip.figures_may_have_changed()  # refreshes now
        wait_until(qloop, lambda: queue_reads(sim) == before + 1)
        clock.now += 1.0
        strip.figures_may_have_changed()  # within the spacing: one refresh, later
        strip.figures_may_have_changed()
        assert strip.pending.isActive()
        assert strip.pending.remainingTime() <= EVENT_SPACING * 1000  # not the quiet 300 s
        assert queue_reads(sim) == before + 1
        clock.now += EVENT_SPACING
        strip.pending.timeout.emit()  # what the single shot does when the spacing is over
        wait_until(qloop, lambda: queue_reads(sim) == before + 2)
        assert not strip.pending.isActive()


def test_the_agents_own_state_change_refreshes_the_figures(qloop: Loop, make_shell: Any) -> None:
    with app_on_daktela(qloop, lambda: make_shell(settings=QUIET)) as (shell, sim):
        spaced(shown(qloop, shell, sim))
        before = queue_reads(sim)
        session = shell.session
        assert session is not None
        pause: Pause = next(p for p in session.pauses if not p.is_wrap_up)
        qloop.run_until_complete(session.pause(pause.id))
        wait_until(qloop, lambda: session.status.state is AgentState.PAUSED, 5)
        wait_until(qloop, lambda: queue_reads(sim) == before + 1, 5)


def test_the_window_shown_again_and_the_agents_asking_refresh_the_figures(
    qloop: Loop, make_shell: Any
) -> None:
    with app_on_daktela(qloop, lambda: make_shell(settings=QUIET)) as (shell, sim):
        strip = shown(qloop, shell, sim)
        clock = strip._monotonic = Clock()
        before = queue_reads(sim)
        shell.window.hide()
        clock.now += EVENT_SPACING
        shell.window.show()
        wait_until(qloop, lambda: queue_reads(sim) == before + 1, 5)
        wait_until(qloop, lambda: strip._task is not None and strip._task.done())
        strip.refresh_action.trigger()  # the strip's context menu: within the spacing too
        wait_until(qloop, lambda: queue_reads(sim) == before + 2, 5)
        assert strip.refresh_action in strip.actions()


@pytest.mark.parametrize(("saved", "read"), [(10, 120), (30, 30), (300, 300)])
def test_the_old_ten_second_default_saved_in_a_settings_file_becomes_the_new_one(
    saved: int, read: int
) -> None:
    """Version 1 wrote its default, 10 s, into every settings file: that is not a choice."""
    data = upgrade({"version": 1, "queue_refresh_seconds": saved})
    assert data["queue_refresh_seconds"] == read
    assert AppSettings().queue_refresh_seconds == 120
