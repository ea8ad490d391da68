"""Choose Ready or one of the vendor's pauses; shows the one the agent is in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from agentdesk.core import AgentState, AgentStatus, Pause
from agentdesk.ui.state_style import pause_title

_KIND_ROLE = Qt.ItemDataRole.UserRole
_PAUSE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_READY = "ready"
_PAUSE = "pause"


class PauseSelector(QWidget):
    """A labelled combo box: "Ready" first, then the pauses an agent may pick.

    Wrap-up pauses are never offered, but the current one is shown (not selectable) while the
    agent is in it. Only the agent's own choice (``activated``) emits a request; updates from
    the vendor never do.

    Signals:
        ready_requested(): the agent chose Ready.
        pause_requested(str): the agent chose the pause with this id.
    """

    ready_requested = Signal()
    pause_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pauses: tuple[Pause, ...] = ()
        self._status: AgentStatus | None = None
        self._ready_allowed = False
        self._pause_allowed = False
        self._shown_row = -1
        self._rows: tuple[tuple[str, str, bool], ...] | None = None  # see _rebuild

        self.combo = QComboBox()
        self.combo.setPlaceholderText(self.tr("Choose a status…"))
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._model = QStandardItemModel(self.combo)
        self.combo.setModel(self._model)
        self.combo.activated.connect(self._on_activated)
        label = QLabel(self.tr("&Status:"))
        label.setBuddy(self.combo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        self._rebuild()

    def set_pauses(self, pauses: Sequence[Pause]) -> None:
        self._pauses = tuple(pauses)
        self._rebuild()

    def set_status(self, status: AgentStatus) -> None:
        self._status = status
        self._rebuild()

    def set_allowed(self, *, ready: bool, pause: bool) -> None:
        """Which choices the session allows now; the whole selector is off when neither."""
        self._ready_allowed, self._pause_allowed = ready, pause
        self._rebuild()

    def items(self) -> list[tuple[str, bool]]:
        """(text, selectable) of each entry, in order: what the agent sees in the list."""
        return [
            (item.text(), item.isEnabled())
            for item in (self._model.item(row) for row in range(self._model.rowCount()))
        ]

    def select_text(self, text: str) -> None:
        """Choose the entry with this text as the agent would (keyboard or mouse)."""
        index = self.combo.findText(text)
        if index < 0:
            raise LookupError(text)
        self.combo.setCurrentIndex(index)
        self.combo.activated.emit(index)

    def _rebuild(self) -> None:
        status = self._status
        current_pause = status.pause if status is not None else None
        offered = [p for p in self._pauses if not p.is_wrap_up]
        if current_pause is not None and current_pause.id not in {p.id for p in offered}:
            offered.append(current_pause)

        # (id, title, selectable) per row: the list is rebuilt only when these change, so a
        # status update while the agent has the list open does not yank it away.
        pause_rows = [
            (p.id, pause_title(p), self._pause_allowed and not p.is_wrap_up) for p in offered
        ]
        rows = (("", "", self._ready_allowed), *pause_rows)
        if rows != self._rows:
            self._rows = rows
            self._model.clear()
            ready = QStandardItem(self.tr("Ready"))
            ready.setData(_READY, _KIND_ROLE)
            ready.setEnabled(self._ready_allowed)
            self._model.appendRow(ready)
            for pause_id, title, selectable in pause_rows:
                item = QStandardItem(title)
                item.setData(_PAUSE, _KIND_ROLE)
                item.setData(pause_id, _PAUSE_ID_ROLE)
                item.setEnabled(selectable)
                self._model.appendRow(item)

        self._shown_row = self._current_row(offered)
        self.combo.setCurrentIndex(self._shown_row)
        self.combo.setEnabled(self._ready_allowed or self._pause_allowed)

    def _current_row(self, offered: list[Pause]) -> int:
        status = self._status
        if status is None:
            return -1
        if status.state is AgentState.READY:
            return 0
        if status.pause is not None and status.state in (AgentState.PAUSED, AgentState.WRAP_UP):
            ids = [p.id for p in offered]
            return ids.index(status.pause.id) + 1
        return -1

    def _on_activated(self, index: int) -> None:
        item = self._model.item(index)
        if item is None or not item.isEnabled() or index == self._shown_row:
            return
        if item.data(_KIND_ROLE) == _READY:
            self.ready_requested.emit()
        else:
            self.pause_requested.emit(str(item.data(_PAUSE_ID_ROLE)))
