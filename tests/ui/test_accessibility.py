"""Every control the agent can reach has a name a screen reader can say, and every window
command has a keyboard shortcut or a mnemonic."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from agentdesk.session import Session
from agentdesk.ui.main_window import MainWindow
from tests.ui.conftest import start, wait_until
from tests.ui.fake_backend import FakeBackend


def _spoken_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.placeholderText()
    return ""


def test_every_control_has_a_spoken_name(
    qloop: asyncio.AbstractEventLoop, window: MainWindow, session: Session, backend: FakeBackend
) -> None:
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: window.call_panel.answer_button.isEnabled())
    unnamed: list[str] = []
    checked = 0
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit):
            for widget in window.findChildren(kind):
                if not widget.isVisibleTo(window) or widget.focusPolicy() == 0:
                    continue
                checked += 1
                if not (_spoken_name(widget) or _has_buddy(window, widget)):
                    unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert checked > 12
    assert unnamed == []


def _has_buddy(window: MainWindow, widget: QWidget) -> bool:
    from PySide6.QtWidgets import QLabel

    return any(label.buddy() is widget for label in window.findChildren(QLabel))


def test_window_commands_have_shortcuts_or_mnemonics(window: MainWindow, qtbot: Any) -> None:
    actions = window.actions_
    for action in (actions.quit, actions.settings, actions.answer, actions.hangup, actions.ready):
        assert not action.shortcut().isEmpty(), action.text()
    # The window's own commands (vendor data such as queue names in menus are not commands).
    commands = window.actions()
    assert len(commands) >= 9
    for action in commands:
        if action.text() and not action.isSeparator():
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()
