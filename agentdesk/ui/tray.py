"""The tray icon: a dot in the agent's state colour, with Show/Hide, Ready and Quit."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from agentdesk.core import (
    AgentState,
    AgentStatus,
    Capability,
    ConnectionChanged,
    ConnectionState,
    Pause,
)
from agentdesk.ui.missed_calls_view import with_badge
from agentdesk.ui.state_style import pause_title, state_colour, state_label
from agentdesk.ui.text import fill


def state_icon(state: AgentState, size: int = 64) -> QIcon:
    """A filled circle in the state's colour, with a thin white ring to stand out on any bar."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.GlobalColor.white)
    painter.setBrush(state_colour(state))
    margin = size // 10
    painter.drawEllipse(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.end()
    return QIcon(pixmap)


@functools.cache
def _tray_icon(state: AgentState, missed: int) -> QIcon:
    """One icon per state and badge, made once: a new QIcon on every status change would
    fill Qt's pixmap cache (10 MB) with dead copies over a shift."""
    return with_badge(state_icon(state), missed)


class TrayIcon(QSystemTrayIcon):
    """The app in the system tray.

    Signals:
        toggle_window_requested(): Show/Hide window was chosen, or the icon was clicked.
        ready_requested(): Ready was chosen.
        pause_requested(str): the pause with this id was chosen.
        settings_requested(): Settings was chosen.
        quit_requested(): Quit was chosen.
        missed_requested(): the missed calls entry was chosen.
    """

    toggle_window_requested = Signal()
    ready_requested = Signal()
    pause_requested = Signal(str)
    settings_requested = Signal()
    quit_requested = Signal()
    missed_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = AgentState.OFFLINE
        self._connection_text: str | None = None
        self._missed = 0
        self.menu = QMenu()
        self.toggle_action = QAction(self.tr("Show/Hide window"), self)
        self.toggle_action.triggered.connect(self.toggle_window_requested)
        self.ready_action = QAction(self.tr("Ready"), self)
        self.ready_action.setEnabled(False)
        self.ready_action.triggered.connect(self.ready_requested)
        self.pause_menu = QMenu(self.tr("Pause"))
        self.pause_menu.setEnabled(False)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.triggered.connect(self.settings_requested)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.triggered.connect(self.quit_requested)
        self.missed_action = QAction(self)
        self.missed_action.triggered.connect(self.missed_requested)
        self.missed_action.setVisible(False)
        self.menu.addAction(self.toggle_action)
        self.menu.addAction(self.missed_action)
        self.menu.addSeparator()
        self.menu.addAction(self.ready_action)
        self.menu.addMenu(self.pause_menu)
        self._calls_separator = self.menu.addSeparator()
        self.menu.addAction(self.settings_action)
        self.menu.addAction(self.quit_action)
        self.setContextMenu(self.menu)
        self.activated.connect(self._on_activated)
        self.set_state(AgentState.OFFLINE, connected_text=self.tr("Connecting…"))

    @property
    def state(self) -> AgentState:
        """What the icon shows: the agent's state, or OFFLINE while not connected."""
        return AgentState.OFFLINE if self._connection_text else self._state

    def set_status(self, status: AgentStatus) -> None:
        self.set_state(status.state)

    def set_connection(self, change: ConnectionChanged) -> None:
        """While not connected, the tray says so (grey) instead of a state it cannot vouch for."""
        texts = {
            ConnectionState.CONNECTING: self.tr("Connecting…"),
            ConnectionState.RECONNECTING: self.tr("Reconnecting…"),
            ConnectionState.AUTH_FAILED: self.tr("Authentication failed"),
            ConnectionState.FAILED: self.tr("Cannot connect: check the profile"),
            ConnectionState.STOPPED: self.tr("Offline"),
        }
        # Connected: the last state the vendor reported, until the next status says more.
        self._connection_text = texts.get(change.state)
        self._show()

    def set_state(self, state: AgentState, *, connected_text: str | None = None) -> None:
        self._state = state
        self._connection_text = connected_text
        self._show()

    @property
    def missed(self) -> int:
        return self._missed

    def set_missed(self, unseen: int) -> None:
        """Missed calls the agent has not seen yet: a red count on the icon until they do."""
        self._missed = unseen
        self.missed_action.setVisible(unseen > 0)
        self.missed_action.setText(fill(self.tr("Missed calls: %1"), str(unseen)))
        self._show()

    def _show(self) -> None:
        self.setIcon(_tray_icon(self.state, min(self._missed, 10)))
        label = self._connection_text or state_label(self._state)
        tip = fill(QCoreApplication.translate("TrayIcon", "AgentDesk — %1"), label)
        if self._missed:
            tip = fill(self.tr("%1 — %2 missed"), tip, str(self._missed))
        self.setToolTip(tip)

    def set_ready_allowed(self, allowed: bool) -> None:
        self.ready_action.setEnabled(allowed)

    def set_pauses(self, pauses: Sequence[Pause]) -> None:
        """The pauses the agent may take from the tray (wrap-up ones are the vendor's)."""
        self.pause_menu.clear()
        for pause in pauses:
            if pause.is_wrap_up:
                continue
            action = self.pause_menu.addAction(pause_title(pause))
            action.triggered.connect(
                lambda _checked=False, pause_id=pause.id: self.pause_requested.emit(pause_id)
            )

    def set_capabilities(self, capabilities: frozenset[Capability]) -> None:
        """Hide what the vendor does not offer (before a session: show everything, disabled)."""
        pauses = Capability.PAUSE in capabilities or not capabilities
        self.ready_action.setVisible(pauses)
        self.pause_menu.menuAction().setVisible(pauses)

    def set_pause_allowed(self, allowed: bool) -> None:
        self.pause_menu.setEnabled(allowed and not self.pause_menu.isEmpty())

    def add_call_action(self, action: QAction) -> None:
        """A way to start a call (the clipboard dialer), above Settings."""
        self.menu.insertAction(self._calls_separator, action)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window_requested.emit()
