"""The Today tab against the simulated Daktela: today's figures from its statistics, a
refresh after a call ends while it shows, and no request at all while it is hidden."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest

from agentdesk.core import AgentDeskError, Capability
from agentdesk.session import Session
from agentdesk.ui.main_window import MainWindow
from tests.ui.conftest import Demo, start, wait_until
from tests.ui.fake_backend import FakeBackend

DAY_ACTIONS = {"StatsCalls", "StatsUsersPauses", "StatsUsersSessions"}


def day_requests(sim: Any) -> int:
    return sum(1 for action, _ in sim.requests if action in DAY_ACTIONS)


def test_today_shows_the_day_and_asks_only_while_shown(
    qloop: asyncio.AbstractEventLoop, demo: Callable[[str], AbstractContextManager[Demo]]
) -> None:
    with demo("daktela") as running:
        window, sim = running.window, running.sim
        today = window.today
        assert window.tabs.isTabVisible(today.index)
        window.tabs.setCurrentIndex(0)
        qloop.run_until_complete(asyncio.sleep(0.1))
        assert day_requests(sim) == 0  # not shown: nothing asked

        with_refresh = [0]
        today.refreshed.connect(lambda _day: with_refresh.__setitem__(0, with_refresh[0] + 1))
        window.tabs.setCurrentIndex(today.index)
        wait_until(qloop, lambda: with_refresh[0] == 1, timeout=5)
        first = today.view.day
        assert first is not None and first.pauses_known
        assert today.view.missed.text() == str(first.missed)
        assert today.view.logged_in.isVisibleTo(today.view)
        assert today.timer.isActive()

        # A call that ends unanswered while the tab shows is counted at once.
        sim.ring("+420777111222")
        wait_until(qloop, lambda: window.call_panel.call is not None, timeout=5)
        sim.abandon()
        wait_until(qloop, lambda: with_refresh[0] == 2, timeout=5)
        assert today.view.day is not None and today.view.day.missed == first.missed + 1
        assert today.view.missed.text() == str(first.missed + 1)

        # Hidden (another tab): the timer stops and nothing more is asked.
        window.tabs.setCurrentIndex(0)
        assert not today.timer.isActive()
        asked = day_requests(sim)
        today.timer.timeout.emit()  # a tick that was already queued asks nothing either
        window.hide()
        window.tabs.setCurrentIndex(today.index)
        qloop.run_until_complete(asyncio.sleep(0.1))
        assert day_requests(sim) == asked
        assert not today.timer.isActive()


def test_a_refusal_is_shown_in_the_tab_and_the_figures_stay(
    qloop: asyncio.AbstractEventLoop, demo: Callable[[str], AbstractContextManager[Demo]]
) -> None:
    with demo("daktela") as running:
        window, sim = running.window, running.sim
        today = window.today
        window.tabs.setCurrentIndex(today.index)
        wait_until(qloop, lambda: today.view.day is not None, timeout=5)

        async def refused(params: object, version: object, item_id: object) -> object:
            from agentdesk.sim.daktela.records import ApiError

            raise ApiError("Přístup odepřen")

        sim._stats_users_sessions = refused
        today.view.refresh_button.click()
        wait_until(qloop, lambda: "Přístup odepřen" in today.view.status.text(), timeout=5)
        assert today.view.answered.text() != "\N{EN DASH}"


def test_no_today_tab_where_the_vendor_keeps_no_statistics(
    qloop: asyncio.AbstractEventLoop, window: MainWindow
) -> None:
    backend = FakeBackend(capabilities=set(Capability) - {Capability.MY_DAY})
    session = Session(backend)
    start(qloop, window, session)
    assert not window.tabs.isTabVisible(window.today.index)
    assert window.today.refresh() is None
    with pytest.raises(AgentDeskError, match="my_day"):
        qloop.run_until_complete(session.today())
    qloop.run_until_complete(session.stop())
