"""Windows that behave: the caller card does not take the focus from the agent's
application, pops up on the chosen screen or where the agent put it last; the main window
comes back where it was; closing it keeps AgentDesk in the tray, explained once."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication

from agentdesk.demo import DemoCallCentre
from agentdesk.store.window_state import CardPlace, load_window_state, state_path
from agentdesk.ui.app import Shell
from agentdesk.ui.caller_card_window import CallerCardWindow
from tests.ui.conftest import wait_connected, wait_until

FOCUS_CHILD = Path(__file__).with_name("xcb_focus_child.py")


def test_the_card_pops_up_without_taking_the_focus(qapp: Any) -> None:
    """On a real X server (Xvfb): the offscreen platform activates every window it shows."""
    found = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", sys.executable, str(FOCUS_CHILD)],
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(found.stdout.strip().splitlines()[-1]) == {
        "crm_active_before": True,
        "crm_active": True,
        "field_focused": True,
        "card_active": False,
        "card_visible": True,
    }
    card = CallerCardWindow()
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert card.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    card.deleteLater()


def test_the_card_goes_where_the_agent_put_it_last(qtbot: Any) -> None:
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    card = CallerCardWindow()
    qtbot.addWidget(card)
    card.screen_name = screen.name()  # the chosen screen: bottom right of it
    card.pop_up()
    assert card.geometry().right() > area.center().x()
    # The agent drags it to the top left (the window system moves it).
    qtbot.mousePress(card.title, Qt.MouseButton.LeftButton)
    card.move(area.left() + 40, area.top() + 50)
    qtbot.mouseRelease(card.title, Qt.MouseButton.LeftButton)
    assert card.agent_place == CardPlace(screen.name(), 40, 50)
    card.hide()
    card.pop_up()  # the next call
    assert (card.x(), card.y()) == (area.left() + 40, area.top() + 50)
    # A place on a screen that is gone: back to the default corner.
    card.hide()
    card.agent_place = CardPlace("HDMI-gone", 40, 50)
    card.pop_up()
    assert card.geometry().right() > area.center().x()


def test_the_window_and_the_card_come_back_where_they_were(
    qloop: asyncio.AbstractEventLoop,
    make_shell: Callable[..., Shell],
) -> None:
    centre = DemoCallCentre(scenario=False)
    shell = make_shell()
    running = qloop.create_task(shell.run(centre.start_session, centre.stop))
    wait_connected(qloop, shell)
    shell.window.setGeometry(QRect(130, 110, 520, 700))
    assert shell.window.cards is not None
    shell.window.cards.window.agent_place = CardPlace("offscreen", 10, 20)
    shell.request_quit()
    qloop.run_until_complete(asyncio.wait_for(running, 5))
    state = load_window_state()
    assert state.main_geometry and state.card == CardPlace("offscreen", 10, 20)

    again = make_shell()
    assert again.window.geometry().size() == QRect(130, 110, 520, 700).size()
    assert again.window.card_place() == CardPlace("offscreen", 10, 20)


def test_closing_keeps_the_app_in_the_tray_and_says_so_once(
    qloop: asyncio.AbstractEventLoop,
    make_shell: Callable[..., Shell],
) -> None:
    shown: list[str] = []
    shell = make_shell(tray=True)
    shell.tray.showMessage = lambda title, text, *rest: shown.append(text)  # type: ignore[method-assign,assignment]
    shell.window.show()
    shell.window.close()
    assert not shell.window.isVisible()
    assert len(shown) == 1 and "keeps running in the tray" in shown[0]
    shell.window.show()
    shell.window.close()
    assert len(shown) == 1
    wait_until(qloop, lambda: state_path().exists())
    assert json.loads(state_path().read_text())["tray_close_explained"] is True

    later = make_shell(tray=True)  # the next run
    later.tray.showMessage = lambda title, text, *rest: shown.append(text)  # type: ignore[method-assign,assignment]
    later.window.show()
    later.window.close()
    assert len(shown) == 1


def test_an_unreadable_state_file_only_costs_the_default_places(qapp: Any) -> None:
    state_path().parent.mkdir(parents=True, exist_ok=True)
    for junk in ("{not json", "[1, 2]", '{"main_geometry": "%%%", "card": {"screen": 1}}'):
        state_path().write_text(junk)
        state = load_window_state()
        assert state.main_geometry == b"" and state.card is None
        assert not state.tray_close_explained
