"""The window's list of missed calls, each to call back, and the tray icon's badge."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.missed_calls import MissedCall, MissedCalls
from agentdesk.phone import DEFAULT_REGION, for_humans
from agentdesk.ui.history_model import to_qdatetime
from agentdesk.ui.text import fill

CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
BADGE_COLOUR = QColor("#d93025")


class MissedCallsView(QWidget):
    """Missed calls, newest first; Enter, a double click or Call back dials the caller.

    Signals:
        dial_requested(str): call this number back.
    """

    dial_requested = Signal(str)

    def __init__(
        self, missed: MissedCalls, *, region: str = DEFAULT_REGION, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.missed = missed
        self._region = region
        # Each row's text, made once: a refresh rebuilds every row, and reading and formatting
        # the numbers again cost 0.2 ms a row, 25 ms at a shift's end (issue 19).
        self._texts: dict[tuple[MissedCall, str], str] = {}
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Missed calls"))
        self.list.activated.connect(self._call_back_index)
        self.empty = QLabel(self.tr("No missed calls."))
        self.empty.setObjectName("fieldHint")
        self.call_back_button = QPushButton(self.tr("&Call back"))
        self.call_back_button.clicked.connect(self.call_back_selected)
        self.clear_button = QPushButton(self.tr("C&lear the list"))
        self.clear_button.clicked.connect(missed.clear)

        buttons = QHBoxLayout()
        buttons.addWidget(self.call_back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.refresh()

    def set_region(self, region: str) -> None:
        self._region = region
        self.refresh()

    def refresh(self) -> None:
        """Rebuild from :attr:`missed` (a few hundred rows at most), keeping the selection."""
        selected = self.selected_call_id()
        self.model.clear()
        shown = {(call, self._region) for call in self.missed.calls}
        self._texts = {key: text for key, text in self._texts.items() if key in shown}
        for call in self.missed.calls:
            self.model.appendRow(self._item(call))
        has_calls = self.model.rowCount() > 0
        self.empty.setVisible(not has_calls)
        self.list.setVisible(has_calls)
        self.clear_button.setEnabled(has_calls)
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(CALL_ID_ROLE) == selected:
                self.list.setCurrentIndex(self.model.index(row, 0))
        if has_calls and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.call_back_button.setEnabled(has_calls)

    def selected_call_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(CALL_ID_ROLE) if index.isValid() else None

    def selected_number(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(NUMBER_ROLE) if index.isValid() else None

    def call_back_selected(self) -> None:
        self._call_back_index(self.list.currentIndex())

    def _call_back_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        number, call_id = index.data(NUMBER_ROLE), index.data(CALL_ID_ROLE)
        self.dial_requested.emit(number)
        self.missed.remove(call_id)

    def _item(self, call: MissedCall) -> QStandardItem:
        text = self._texts.get((call, self._region))
        if text is None:
            text = self._texts[(call, self._region)] = self._text(call)
        item = QStandardItem(text)
        item.setData(call.call_id, CALL_ID_ROLE)
        item.setData(call.number, NUMBER_ROLE)
        item.setEnabled(bool(call.number))
        return item

    def _text(self, call: MissedCall) -> str:
        when = QLocale().toString(to_qdatetime(call.rang_at), self.tr("d MMM HH:mm"))
        number = for_humans(call.number, self._region) if call.number else self.tr("Unknown")
        who = fill(self.tr("%1 — %2"), call.name, number) if call.name else number
        text = fill(self.tr("%1  %2"), when, who)
        if call.queue:
            text = fill(self.tr("%1 (%2)"), text, call.queue)
        return text


def with_badge(icon: QIcon, count: int, size: int = 64) -> QIcon:
    """``icon`` with the number of unseen missed calls in a red disc at its top right."""
    if count <= 0:
        return icon
    pixmap = icon.pixmap(size, size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QRect(size // 2 - 2, 0, size // 2 + 2, size // 2 + 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BADGE_COLOUR)
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(disc.height() * 0.7))
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.white)
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")
    painter.end()
    return QIcon(pixmap)
