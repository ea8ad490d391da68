"""Missed calls in the window (a tab with a count, Call back) and on the tray (a badge),
from a call that rings at the simulated Daktela and ends unanswered."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QIcon

from agentdesk.core import AgentState
from agentdesk.demo import DemoCallCentre
from agentdesk.ui.app import Shell
from agentdesk.ui.missed_calls_view import with_badge
from agentdesk.ui.tray import state_icon
from tests.ui.conftest import wait_connected, wait_until


def red_at_top_right(icon: QIcon) -> bool:
    image = icon.pixmap(64, 64).toImage()
    colour = image.pixelColor(47, 3)  # inside the disc, above its digits
    return colour.red() > 180 and colour.green() < 90 and colour.alpha() > 200


def test_the_badge_shows_only_with_unseen_calls(qapp: Any) -> None:
    plain = state_icon(AgentState.READY)
    assert not red_at_top_right(with_badge(plain, 0))
    assert red_at_top_right(with_badge(plain, 1))
    assert red_at_top_right(with_badge(plain, 12))


def test_an_unanswered_call_is_listed_badged_and_called_back(
    qloop: asyncio.AbstractEventLoop,
    make_shell: Callable[..., Shell],
) -> None:
    centre = DemoCallCentre(scenario=False)
    sim = centre.simulator
    shell = make_shell()
    window, tray = shell.window, shell.tray
    running = qloop.create_task(shell.run(centre.start_session, centre.stop))
    try:
        session = wait_connected(qloop, shell)
        window.tabs.setCurrentIndex(0)
        sim.ring("+420777111222", name="Jana Dvořáková")
        wait_until(qloop, lambda: window.call_panel.call is not None, timeout=5)
        sim.customer_hangup()  # the caller gives up before the agent answers
        wait_until(qloop, lambda: window.missed.calls.unseen == 1, timeout=5)
        assert window.tabs.tabText(window.missed.index) == "Missed calls (1)"
        assert tray.missed == 1 and tray.missed_action.isVisible()
        assert red_at_top_right(tray.icon())
        assert "1 missed" in tray.toolTip()
        rows = window.missed.view.model
        assert rows.rowCount() == 1
        assert "Jana Dvořáková" in rows.item(0).text()

        # An answered call is not missed.
        sim.ring("+420777333444")
        wait_until(qloop, lambda: window.call_panel.call is not None, timeout=5)
        sim.pick_up()
        wait_until(qloop, lambda: session.status.calls and session.status.calls[0].answered_at)
        sim.customer_hangup()
        wait_until(qloop, lambda: window.call_panel.call is None, timeout=5)
        assert len(window.missed.calls.calls) == 1

        # Seen once its tab shows in the active window: the badge goes, the list stays.
        tray.missed_action.trigger()
        window.activateWindow()
        wait_until(qloop, lambda: window.isActiveWindow(), timeout=5)
        wait_until(qloop, lambda: window.missed.calls.unseen == 0, timeout=5)
        assert window.tabs.tabText(window.missed.index) == "Missed calls"
        assert tray.missed == 0 and not tray.missed_action.isVisible()
        assert not red_at_top_right(tray.icon())
        assert rows.rowCount() == 1

        # Call back dials the caller and takes the call off the list.
        wrap = window.wrap_up
        assert wrap is not None
        if wrap.isVisible():
            wrap.hide()
        window.missed.view.call_back_button.click()
        wait_until(
            qloop,
            lambda: any(
                action == "CreateCall" and params.get("number", "").endswith("777111222")
                for action, params in sim.requests
            ),
            timeout=5,
        )
        assert rows.rowCount() == 0
        assert window.missed.view.empty.isVisibleTo(window.missed.view)
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))
