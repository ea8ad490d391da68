"""Issue 19: the Recent calls tab is made when first asked for (a session attached, the tab
shown), not before the window's first paint; what was set before reaches it."""

from __future__ import annotations

import asyncio

from agentdesk.session import Session
from agentdesk.ui.main_window import MainWindow
from tests.ui.conftest import start


def test_the_tab_is_made_when_shown_with_the_settings_given_before(window: MainWindow) -> None:
    window.set_history_days(30)
    window.set_region("SK")
    window.refresh_actions()  # no session: dialling, and so calling back, is not allowed
    assert window._history is None
    assert window.tabs.widget(1) is window.history_page
    window.show()
    window.tabs.setCurrentIndex(1)
    view = window._history
    assert view is not None
    assert view.parent() is window.history_page
    assert view.days == 30
    assert view._region == "SK"
    assert not view._call_back_allowed
    assert window.history is view  # made once


def test_a_session_attached_makes_it_and_its_menu_gets_the_sessions_entries(
    qloop: asyncio.AbstractEventLoop, window: MainWindow, session: Session
) -> None:
    start(qloop, window, session)
    view = window._history
    assert view is not None
    assert view.session is session
    assert window.tabs.widget(1) is window.history_page
