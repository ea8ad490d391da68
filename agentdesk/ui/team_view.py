"""The Team view: who is ready, paused (on which pause), in a call or logged out, for how
long; filter by name; call a colleague's extension."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import AgentDeskError, AgentState, Colleague, ConnectionState
from agentdesk.session import Session
from agentdesk.ui.colleague_text import one_line, state_text, time_in_state
from agentdesk.ui.commands import describe_error
from agentdesk.ui.state_style import state_colour
from agentdesk.ui.style import set_tone
from agentdesk.ui.tasks import TaskOwner
from agentdesk.ui.text import fill

log = logging.getLogger(__name__)

REFRESH_SECONDS = 10.0
"""How often the vendor is asked while the view shows (never while it is hidden)."""
_NAME, _STATE, _TIME, _EXTENSION = range(4)


def _local_now() -> datetime:
    return datetime.now().astimezone()


class TeamView(QWidget):
    """The colleagues and their live states, asked every ``interval`` seconds while the view
    shows and the session is connected, and not at all while it is hidden (another tab, the
    window in the tray). A failed refresh keeps the last list and says how old it is.

    Signals:
        dial_requested(str): call this extension (the dial bar checks it, as for any number).
        refreshed(list[Colleague]): a new list is shown.
    """

    dial_requested = Signal(str)
    refreshed = Signal(object)

    def __init__(
        self,
        session: Session,
        *,
        interval: float = REFRESH_SECONDS,
        clock: Callable[[], datetime] = _local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._colleagues: list[Colleague] = []
        self._tasks = TaskOwner()
        self._stopped = False
        self._dial_allowed = True
        self._as_of_text = ""

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name"))
        self.filter_edit.setAccessibleName(self.tr("Filter colleagues by name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._render)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Colleagues"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("State"), self.tr("For"), self.tr("Extension")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (_STATE, _TIME, _EXTENSION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._enable_call)
        self.table.itemActivated.connect(lambda _item: self.call_selected())
        self.call_button = QPushButton(self.tr("&Call extension"))
        self.call_button.setAccessibleName(self.tr("Call the colleague's extension"))
        self.call_button.clicked.connect(self.call_selected)
        self.status_text = QLabel()
        self.status_text.setObjectName("fieldHint")
        self.status_text.setAccessibleName(self.tr("Team list status"))

        bottom = QHBoxLayout()
        bottom.addWidget(self.status_text, 1)
        bottom.addWidget(self.call_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setInterval(int(interval * 1000))
        self.timer.timeout.connect(self.refresh)
        self._tick = QTimer(self)  # the "for" column counts on between refreshes
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_times)
        self._enable_call()

    # -- public --

    @property
    def colleagues(self) -> list[Colleague]:
        """The list as the vendor gave it last."""
        return list(self._colleagues)

    def shown_logins(self) -> list[str]:
        """The colleagues in the table now, in order (after the filter)."""
        return [self._login_at(row) for row in range(self.table.rowCount())]

    def set_call_allowed(self, allowed: bool, why: str | None = None) -> None:
        """Whether the agent may dial now (the window's rules); ``why`` not, as a tooltip."""
        self._dial_allowed = allowed
        self.call_button.setToolTip("" if allowed else (why or ""))
        self._enable_call()

    def refresh(self) -> asyncio.Task[None] | None:
        """Ask for the list now, unless a refresh is under way, nobody looks, or the session
        is not connected."""
        if self._stopped or not self.isVisible():
            return None
        if self._tasks.pending or self._session.connection.state is not ConnectionState.CONNECTED:
            return None
        return self._tasks.start(self._fetch())

    def call_selected(self) -> None:
        colleague = self._selected()
        if colleague is not None and colleague.extension and self._dial_allowed:
            self.dial_requested.emit(colleague.extension)

    async def stop(self) -> None:
        """Refresh no more and end a refresh under way (quitting)."""
        self._stopped = True
        self.timer.stop()
        self._tick.stop()
        self._tasks.cancel_all()
        await self._tasks.wait_all()

    # -- Qt --

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._stopped:
            self.timer.start()
            self._tick.start()
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
        self._tick.stop()

    # -- updates --

    async def _fetch(self) -> None:
        try:
            colleagues = await self._session.colleagues()
        except AgentDeskError as exc:
            log.info("team not refreshed: %r", exc)
            text = describe_error(exc, self._session.vendor_name)
            if self._colleagues:
                text = fill(self.tr("%1 The list is from %2."), text, self._as_of_text)
            self.status_text.setText(text)
            set_tone(self.status_text, "stale")
            return
        self._colleagues = colleagues
        self._as_of_text = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.status_text.setText(fill(self.tr("Updated at %1"), self._as_of_text))
        set_tone(self.status_text, "")
        self._render()
        self.refreshed.emit(colleagues)

    def _render(self) -> None:
        wanted = self.filter_edit.text().strip().casefold()
        chosen = self._selected()
        shown = [c for c in self._colleagues if not wanted or wanted in c.name.casefold()]
        now = self._clock()
        self.table.setRowCount(len(shown))
        for row, colleague in enumerate(shown):
            cells = (
                colleague.name,
                state_text(colleague),
                time_in_state(colleague, now),
                colleague.extension or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, colleague.login)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, one_line(colleague, now))
                if column == _STATE:
                    item.setForeground(state_colour(colleague.state))
                if colleague.state is AgentState.OFFLINE:
                    item.setForeground(state_colour(AgentState.OFFLINE))
                self.table.setItem(row, column, item)
            if chosen is not None and colleague.login == chosen.login:
                self.table.selectRow(row)
        self._enable_call()

    def _update_times(self) -> None:
        now = self._clock()
        by_login = {c.login: c for c in self._colleagues}
        for row in range(self.table.rowCount()):
            colleague = by_login.get(self._login_at(row))
            item = self.table.item(row, _TIME)
            if colleague is not None and item is not None:
                item.setText(time_in_state(colleague, now))

    def _selected(self) -> Colleague | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        login = self._login_at(rows[0].row())
        return next((c for c in self._colleagues if c.login == login), None)

    def _login_at(self, row: int) -> str:
        item = self.table.item(row, _NAME)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _enable_call(self) -> None:
        colleague = self._selected()
        self.call_button.setEnabled(
            self._dial_allowed and colleague is not None and bool(colleague.extension)
        )
