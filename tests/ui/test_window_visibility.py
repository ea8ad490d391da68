"""The window tells the session whether anyone can see it: polled vendors poll less while it
is hidden or minimised (the schedules themselves: tests/backends/test_polling.py and
tests/backends/test_adaptive_polling.py)."""

from __future__ import annotations

import asyncio
from typing import Any

from agentdesk.session import Session
from agentdesk.ui.main_window import MainWindow
from tests.ui.conftest import start
from tests.ui.fake_backend import FakeBackend


def test_shown_hidden_and_minimised_reach_the_backend(
    qloop: asyncio.AbstractEventLoop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    qtbot: Any,
) -> None:
    told: list[bool] = []
    backend.set_attention = told.append  # type: ignore[method-assign]
    start(qloop, window, session)
    assert told == [False] and not session.window_visible  # attached while hidden
    window.show()
    qtbot.waitExposed(window)
    assert told[-1] is True and session.window_visible
    window.showMinimized()
    qtbot.waitUntil(lambda: told[-1] is False)
    window.showNormal()
    qtbot.waitUntil(lambda: told[-1] is True)
    window.hide()
    assert told[-1] is False
    assert told == [False, True, False, True, False]  # one word per change, no repeats
