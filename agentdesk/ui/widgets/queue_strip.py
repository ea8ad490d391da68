"""A one-line glance at the agent's queues: calls waiting and agents ready in each."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QLocale, QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from agentdesk.core import (
    AgentDeskError,
    Capability,
    ConnectionChanged,
    ConnectionState,
    QueueFigures,
)
from agentdesk.session import Session
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.caller_card import format_duration
from agentdesk.ui.commands import describe_error
from agentdesk.ui.style import set_tone
from agentdesk.ui.text import fill

log = logging.getLogger(__name__)


def _local_now() -> datetime:
    return datetime.now().astimezone()


class QueueStrip(QWidget):
    """ "Support 3 waiting · 2 ready   Sales 0 waiting · 1 ready", refreshed every
    ``interval`` seconds while the strip is visible and the session connected.

    Hidden for good when the vendor offers no queue figures. A failed refresh (or a lost
    connection) keeps the last figures, greyed, with a tooltip saying how old they are; a
    refresh never starts while another is under way.

    Signals:
        refreshed(list[QueueFigures]): new figures are shown.
    """

    refreshed = Signal(object)

    def __init__(
        self,
        session: Session,
        bridge: SessionBridge | None = None,
        *,
        interval: float = 10.0,
        clock: Callable[[], datetime] = _local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._supported = session.supports(Capability.QUEUE_STATS)
        self._task: asyncio.Task[None] | None = None
        self._figures: list[QueueFigures] | None = None
        self._as_of: datetime | None = None
        self._stale = False
        self._stopped = False

        self.timer = QTimer(self)
        self.timer.setInterval(int(interval * 1000))
        self.timer.timeout.connect(self.refresh)

        self.placeholder = QLabel(self.tr("Queues…"))
        self.placeholder.setObjectName("queuePlaceholder")
        self.chips: list[QLabel] = []
        self.more = QLabel()
        self.more.setObjectName("queueMore")
        self.more.hide()
        self._trailing: list[QWidget] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addWidget(self.placeholder)
        self._row.addWidget(self.more)
        self._row.addStretch(1)
        # Many queues must not widen the window: the busiest come first (see _show) and
        # those that do not fit are summed up in "+2 more" (see _fit).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Queue figures"))

        if bridge is not None:
            bridge.connection_changed.connect(self._on_connection)
        if not self._supported:
            self.hide()

    # -- public --

    def add_trailing(self, widget: QWidget) -> None:
        """Put ``widget`` at the strip's right end (a button of a view that owns it); the
        chips make room for it."""
        self._trailing.append(widget)
        self._row.addWidget(widget)
        self._fit()

    @property
    def figures(self) -> list[QueueFigures] | None:
        """What is shown, or None before the first answer."""
        return self._figures

    @property
    def stale(self) -> bool:
        return self._stale

    def setVisible(self, visible: bool) -> None:
        # A vendor without queue figures gets no strip, whatever the layout asks.
        super().setVisible(visible and self._supported)

    def refresh(self) -> asyncio.Task[None] | None:
        """Ask for the figures now, unless a refresh is under way or there is nobody to ask."""
        if self._stopped or not self._supported:
            return None
        if self._task is not None and not self._task.done():
            return None
        if self._session.connection.state is not ConnectionState.CONNECTED:
            return None
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a Qt slot outside a running asyncio step (timer, tests)
            loop = asyncio.get_event_loop()
        self._task = loop.create_task(self._fetch())
        self._task.add_done_callback(_report_unexpected)
        return self._task

    async def stop(self) -> None:
        """Refresh no more, and end a refresh under way (on quit, before the session stops):
        a request left running when the loop stops would end outside it."""
        self._stopped = True
        self.timer.stop()
        task = self._task
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    # -- Qt --

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._supported and not self._stopped:
            self.timer.start()
            if self._figures is None or self._stale:
                self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- updates --

    def _on_connection(self, change: ConnectionChanged) -> None:
        if change.state is ConnectionState.CONNECTED:
            if self.isVisible():
                self.refresh()
        elif self._figures is not None and not self._stale:
            self._mark_stale(self.tr("Not connected to the call centre."))

    async def _fetch(self) -> None:
        try:
            figures = await self._session.queue_figures()
        except AgentDeskError as exc:
            log.info("queue figures not refreshed: %r", exc)
            self._mark_stale(describe_error(exc, self._session.vendor_name))
            return
        self._as_of = self._clock()
        recovered, self._stale = self._stale, False
        self._show(figures, force=recovered)
        self.setToolTip(self.tr("Updated at %1").replace("%1", self._time(self._as_of)))
        self.refreshed.emit(figures)

    def _show(self, figures: Sequence[QueueFigures], *, force: bool = False) -> None:
        if not force and self.chips and list(figures) == self._figures:
            return  # nothing changed: the chips stay (an idle refresh costs no widgets)
        self._figures = list(figures)
        for chip in self.chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        busiest_first = sorted(self._figures, key=lambda f: f.waiting, reverse=True)
        self.chips = [self._chip(f) for f in busiest_first]
        set_tone(self.more, "stale" if self._stale else "")
        for index, chip in enumerate(self.chips):
            self._row.insertWidget(index + 1, chip)  # after the placeholder, before "more"
        self.placeholder.setText("" if self.chips else self.tr("No queues"))
        self.placeholder.setVisible(not self.chips)
        self._fit()

    def _fit(self) -> None:
        """Show the chips that fit whole, the first one always; count the rest."""
        spacing = self._row.spacing()
        room = self.contentsRect().width() - sum(
            widget.sizeHint().width() + spacing
            for widget in self._trailing
            if not widget.isHidden()
        )
        self.more.setText(self.tr("+%1 more").replace("%1", str(len(self.chips))))
        reserve = self.more.sizeHint().width() + spacing
        if self.chips:
            first = self.chips[0]
            first.setText(first.property("full"))
            alone = first.sizeHint().width() + (reserve if len(self.chips) > 1 else 0)
            if alone > room:
                first.setText(first.property("short"))
        used, shown = 0, 0
        for index, chip in enumerate(self.chips):
            width = chip.sizeHint().width()
            last = index == len(self.chips) - 1
            if index and used + width + (0 if last else reserve) > room:
                break
            used += width + spacing
            shown += 1
        for index, chip in enumerate(self.chips):
            chip.setVisible(index < shown)
        hidden = self.chips[shown:]
        self.more.setText(self.tr("+%1 more").replace("%1", str(len(hidden))))
        self.more.setToolTip("\n".join(chip.accessibleName() for chip in hidden))
        self.more.setVisible(bool(hidden))

    def _chip(self, figures: QueueFigures) -> QLabel:
        short = self.tr("%1 waiting · %2 ready")
        short = fill(short, str(figures.waiting), str(figures.agents_ready))
        text = short
        if figures.waiting and figures.longest_wait_seconds is not None:
            longest = self.tr("longest %1").replace(
                "%1", format_duration(figures.longest_wait_seconds)
            )
            text = f"{text} · {longest}"
        name = f"<b>{html.escape(figures.queue)}</b>"
        chip = QLabel(f"{name} {html.escape(text)}")
        chip.setObjectName("queueChip")
        # The first chip is always shown: where it would not fit whole, it loses the longest
        # wait rather than be cut (see _fit); the tooltip and its name keep everything.
        chip.setProperty("full", chip.text())
        chip.setProperty("short", f"{name} {html.escape(short)}")
        chip.setToolTip(f"{figures.queue} {text}")
        chip.setAccessibleName(f"{figures.queue} {text}")
        chip.setProperty("waiting", figures.waiting)
        set_tone(chip, "stale" if self._stale else "busy" if figures.waiting else "quiet")
        return chip

    def _mark_stale(self, reason: str) -> None:
        self._stale = True
        for chip in self.chips:
            set_tone(chip, "stale")
        set_tone(self.more, "stale")
        if self._as_of is None:
            tip = self.tr("Could not get the queue figures: %1").replace("%1", reason)
        else:
            tip = self.tr("%1 These figures are from %2.")
            tip = fill(tip, reason, self._time(self._as_of))
        self.setToolTip(tip)

    def _time(self, when: datetime) -> str:
        # The clock's own zone (local time in the app), not Qt's idea of it.
        return QLocale().toString(QTime(when.hour, when.minute, when.second), "HH:mm:ss")


def _report_unexpected(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and (exc := task.exception()) is not None:
        sys.excepthook(type(exc), exc, exc.__traceback__)
