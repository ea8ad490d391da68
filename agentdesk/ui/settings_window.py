"""The settings window: profiles (with their secrets and a connection test) and app options.

It is an ordinary top-level window, never modal: the agent can keep working in the main
window while it is open. Wiring, for the app: create it once, connect its signals, and call
:meth:`SettingsWindow.present` from File ▸ Settings… and the tray menu.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from agentdesk.store.settings import AppSettings, load_settings
from agentdesk.ui.settings_general import GeneralPage
from agentdesk.ui.settings_profiles import ProfilesPage
from agentdesk.ui.style import apply_theme
from agentdesk.ui.tasks import TaskOwner


class SettingsWindow(QWidget):
    """Profiles and General settings in two tabs.

    Signals:
        settings_changed(object): the new :class:`~agentdesk.store.settings.AppSettings`,
            once saved.
        profiles_changed(): a profile was saved, deleted or made the default.
    """

    settings_changed = Signal(object)
    profiles_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("settingsWindow")
        self.setWindowTitle(self.tr("AgentDesk settings"))
        apply_theme(self)
        self.tasks = TaskOwner()

        self.profiles_page = ProfilesPage(self.tasks)
        self.profiles_page.profiles_changed.connect(self.profiles_changed)
        self.general_page = GeneralPage(self.tasks)
        self.general_page.settings_changed.connect(self.settings_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.profiles_page, self.tr("&Profiles"))
        self.tabs.addTab(self.general_page, self.tr("&General"))
        self.tabs.setAccessibleName(self.tr("Settings pages"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        self.resize(600, 680)

    @property
    def settings(self) -> AppSettings:
        """The app settings as last loaded or saved."""
        return self.general_page.settings

    def present(self, page: str = "") -> asyncio.Task[None]:
        """Show the window on top (``page``: "profiles" or "general" to pick a tab) and read
        the files again; returns the task that reads them."""
        if page:
            self.tabs.setCurrentWidget(
                self.general_page if page == "general" else self.profiles_page
            )
        if self.isVisible():
            # Already open, maybe buried or minimised: bring it forward. A window shown for
            # the first time comes up on top by itself.
            self.showNormal()
            self.raise_()
            self.activateWindow()
        else:
            self.show()
        return self.tasks.start(self._load())

    async def _load(self) -> None:
        settings = await asyncio.to_thread(load_settings)
        self.general_page.show_settings(settings)
        await self.profiles_page.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A connection test must not outlive the window that would show its answer.
        self.profiles_page.stop()
        self.tasks.cancel_all()
        self.profiles_page.show_list()
        super().closeEvent(event)
