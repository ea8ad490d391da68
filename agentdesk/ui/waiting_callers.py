"""The callers waiting in the agent's queues, each with Pick up: what the queue strip opens
to (its "Waiting callers" button), where the vendor documents taking a call from a queue."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import AgentDeskError, WaitingCall
from agentdesk.phone import for_humans
from agentdesk.shift import Shift
from agentdesk.ui.caller_card import format_duration
from agentdesk.ui.commands import describe_error
from agentdesk.ui.messages import MessageBus
from agentdesk.ui.tasks import TaskOwner

log = logging.getLogger(__name__)


class WaitingCallers(QFrame):
    """The waiting callers, longest waiting first, refreshed every ``interval`` seconds while
    shown (never while hidden). Pick up asks the vendor for that call; its refusal (the call
    is no longer waiting) goes to the bus in the vendor's words, and the list is read again.

    Signals:
        refreshed(list[WaitingCall]): a new list is shown.
        picked(str): the vendor gave the agent that call.
    """

    refreshed = Signal(object)
    picked = Signal(str)

    def __init__(
        self,
        shift: Shift,
        bus: MessageBus,
        *,
        region: str,
        interval: float = 5.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._shift = shift
        self._bus = bus
        self.region = region
        self._tasks = TaskOwner()
        self.calls: list[WaitingCall] | None = None
        """What is shown; None before the first answer."""
        self.rows: list[tuple[QLabel, QPushButton]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval * 1000))
        self.timer.timeout.connect(self.refresh)

        self.title = QLabel(self.tr("Callers waiting"))
        self.title.setObjectName("sectionTitle")
        self.empty = QLabel(self.tr("Reading the queues…"))
        self.empty.setObjectName("fieldHint")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(10)
        self._grid.setColumnStretch(0, 1)  # the caller takes the room, the button its own
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self._grid)
        self.setAccessibleName(self.tr("Callers waiting in your queues"))
        self.hide()

    def refresh(self) -> None:
        """Read the list again, unless a read is under way."""
        if self._tasks.pending == 0:
            self._tasks.start(self._fetch())

    async def stop(self) -> None:
        self.timer.stop()
        self._tasks.cancel_all()
        await self._tasks.wait_all()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    async def _fetch(self) -> None:
        try:
            calls = await self._shift.waiting_calls()
        except AgentDeskError as exc:
            log.info("waiting callers not read: %r", exc)
            self.empty.setText(describe_error(exc, self._shift.session.vendor_name))
            self.empty.show()
            return
        self._show(calls)
        self.refreshed.emit(calls)

    def _show(self, calls: list[WaitingCall]) -> None:
        self.calls = calls
        for label, button in self.rows:
            for widget in (label, button):
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = [self._row(index, call) for index, call in enumerate(calls)]
        self.empty.setText(self.tr("Nobody is waiting."))
        self.empty.setVisible(not calls)

    def _row(self, index: int, call: WaitingCall) -> tuple[QLabel, QPushButton]:
        number = for_humans(call.number, self.region) if call.number else self.tr("Unknown")
        parts = [number]
        if call.queue:
            parts.append(call.queue)
        if call.waiting_seconds is not None:
            parts.append(self.tr("waiting %1").replace("%1", format_duration(call.waiting_seconds)))
        label = QLabel(" · ".join(parts))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(self.tr("Pick up"))
        button.setAccessibleName(self.tr("Pick up %1").replace("%1", " · ".join(parts)))
        button.clicked.connect(lambda: self._pick(call, button))
        self._grid.addWidget(label, index, 0)
        self._grid.addWidget(button, index, 1)
        return label, button

    def _pick(self, call: WaitingCall, button: QPushButton) -> None:
        button.setEnabled(False)
        self._tasks.start(self._take(call))

    async def _take(self, call: WaitingCall) -> None:
        try:
            await self._shift.pickup(call.id)
        except AgentDeskError as exc:
            log.info("pick-up refused: %r", exc)
            self._bus.error(describe_error(exc, self._shift.session.vendor_name))
        else:
            self.picked.emit(call.id)
        await self._fetch()


class WaitingCallersToggle(QToolButton):
    """The queue strip's "Waiting callers" button: opens and closes :class:`WaitingCallers`."""

    def __init__(self, panel: WaitingCallers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Waiting callers"))
        self.setCheckable(True)
        self.setAccessibleName(self.tr("Show the callers waiting in your queues"))
        self.setToolTip(self.tr("The callers waiting in your queues; pick one up"))
        self.toggled.connect(panel.setVisible)
