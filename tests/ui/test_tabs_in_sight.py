"""Every tab's name is in sight at the window's default size, in every language: Czech's
longer names once hid "Today" and "Team" behind the tab bar's scroll arrows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from agentdesk.ui.i18n import LANGUAGES, Translations
from agentdesk.ui.main_window import MainWindow
from tests.ui.conftest import RecordingMessageBus


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_all_five_tabs_are_in_sight(
    translations: Translations, qtbot: Any, messages: RecordingMessageBus, language: str
) -> None:
    assert translations.install(language)
    window = MainWindow(messages)
    qtbot.addWidget(window)
    window.tabs.setTabVisible(window.today.index, True)  # shown once a session offers it
    window.tabs.addTab(QWidget(), QCoreApplication.translate("MainWindow", "Team"))
    window.show()
    qtbot.waitExposed(window)
    bar = window.tabs.tabBar()
    shown = [bar.tabRect(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    assert len(shown) == 5
    assert all(rect.left() >= 0 and rect.right() < bar.width() for rect in shown), (
        [window.tabs.tabText(i) for i in range(bar.count())],
        bar.width(),
    )
