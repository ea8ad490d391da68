"""The main window's Today tab: the agent's day so far from the vendor's own statistics.

It asks the vendor only while the agent looks at it: when the tab is shown, every
:data:`REFRESH_SECONDS` while it stays shown, and after a call ends while it shows. Hidden
(another tab, the window hidden or minimised) it asks nothing, so an idle day costs no
requests (Daktela: StatsCalls + StatsUsersPauses + StatsUsersSessions, three a refresh).
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import AgentDeskError, Capability, ConnectionState
from agentdesk.core.day import MyDay
from agentdesk.session import Session
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.caller_card import format_duration
from agentdesk.ui.commands import describe_error
from agentdesk.ui.tasks import TaskOwner
from agentdesk.ui.text import fill

REFRESH_SECONDS = 300


class TodayView(QWidget):
    """The figures of one :class:`MyDay`: calls, talk time, time logged in and per pause.

    Signals:
        refresh_requested(): the agent pressed Refresh.
    """

    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("My day"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        card = QFrame()
        card.setObjectName("card")
        self.form = QFormLayout(card)
        self.form.setContentsMargins(14, 12, 14, 12)
        self.answered = self._figure(self.tr("Calls answered"))
        self.missed = self._figure(self.tr("Calls missed"))
        self.made = self._figure(self.tr("Calls made"))
        self.talk = self._figure(self.tr("Talk time"))
        self.logged_in = self._figure(self.tr("Logged in"))
        layout.addWidget(card)
        self.pauses_title = QLabel(self.tr("Time per pause"))
        self.pauses_title.setObjectName("sectionTitle")
        layout.addWidget(self.pauses_title)
        self.pauses_card = QFrame()
        self.pauses_card.setObjectName("card")
        self.pauses_form = QFormLayout(self.pauses_card)
        self.pauses_form.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.pauses_card)
        self.status = QLabel(self.tr("Loading today's figures…"))
        self.status.setObjectName("fieldHint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh today's figures"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        layout.addWidget(self.refresh_button)
        layout.addStretch(1)
        self.day: MyDay | None = None

    def _figure(self, title: str) -> QLabel:
        value = QLabel("\N{EN DASH}")
        value.setObjectName("figure")
        value.setAccessibleName(title)
        self.form.addRow(title, value)
        return value

    def show_day(self, day: MyDay, at: datetime) -> None:
        self.day = day
        self.answered.setText(str(day.answered))
        self.missed.setText(str(day.missed))
        self.made.setText(str(day.made))
        self.talk.setText(format_duration(day.talk_seconds))
        known = day.logged_in_seconds is not None
        self.form.setRowVisible(self.logged_in, known)
        if day.logged_in_seconds is not None:
            self.logged_in.setText(format_duration(day.logged_in_seconds))
        while self.pauses_form.rowCount():
            self.pauses_form.removeRow(0)
        for pause in day.pauses:
            value = QLabel(format_duration(pause.seconds))
            value.setAccessibleName(pause.title)
            self.pauses_form.addRow(pause.title, value)
        if day.pauses_known and not day.pauses:
            self.pauses_form.addRow(QLabel(self.tr("No pauses today.")))
        self.pauses_title.setVisible(day.pauses_known)
        self.pauses_card.setVisible(day.pauses_known)
        when = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
        self.status.setText(fill(self.tr("As of %1."), when))
        self.status.setProperty("tone", "")

    def show_error(self, text: str) -> None:
        """A refresh failed: the last figures stay, with the reason under them."""
        self.status.setText(fill(self.tr("Today's figures could not be loaded: %1"), text))


class TodayTab(QObject):
    """Adds a Today page to ``tabs`` for a session whose vendor documents the agent's day,
    and refreshes it only while it is shown (see the module docstring).

    Signals:
        refreshed(MyDay): new figures are shown.
    """

    refreshed = Signal(object)

    def __init__(self, tabs: QTabWidget, *, interval: float = REFRESH_SECONDS) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._session: Session | None = None
        self._task: asyncio.Task[None] | None = None
        self._tasks = TaskOwner()
        self.view = TodayView()
        self.view.refresh_requested.connect(self.refresh)
        self.index = tabs.addTab(self.view, self.tr("Today"))
        tabs.setTabVisible(self.index, False)
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval * 1000))
        self.timer.timeout.connect(self.refresh)
        tabs.currentChanged.connect(lambda _index: self.check_shown())

    def follow(self, session: Session, bridge: SessionBridge) -> None:
        self._session = session
        available = session.supports(Capability.MY_DAY)
        self._tabs.setTabVisible(self.index, available)
        if available:
            bridge.call_ended.connect(lambda _call: self.check_shown(force=True))
            bridge.connection_changed.connect(lambda _change: self.check_shown())

    @property
    def shown(self) -> bool:
        window = self._tabs.window()
        return (
            self._tabs.isTabVisible(self.index)
            and self._tabs.currentIndex() == self.index
            and window.isVisible()
            and not window.isMinimized()
        )

    def check_shown(self, *, force: bool = False) -> None:
        """Start or stop refreshing as the tab shows or hides (the window tells it too)."""
        if not self.shown:
            self.timer.stop()
            return
        if not self.timer.isActive():
            self.timer.start()
            self.refresh()
        elif force:
            self.refresh()

    def refresh(self) -> asyncio.Task[None] | None:
        session = self._session
        if session is None or not self.shown:
            return None
        if self._task is not None and not self._task.done():
            return None
        if session.connection.state is not ConnectionState.CONNECTED:
            return None
        self._task = self._tasks.start(self._fetch(session))
        return self._task

    async def _fetch(self, session: Session) -> None:
        try:
            day = await session.today()
        except AgentDeskError as exc:
            self.view.show_error(describe_error(exc, session.vendor_name))
            return
        self.view.show_day(day, datetime.now().astimezone())
        self.refreshed.emit(day)

    async def stop(self) -> None:
        self.timer.stop()
        self._tasks.cancel_all()
        await self._tasks.wait_all()
