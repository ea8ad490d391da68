"""A one-line glance at the agent's queues: calls waiting and agents ready in each."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Final

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from agentdesk.core import (
    AgentDeskError,
    AgentStatus,
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

QUIET_INTERVAL: Final = 120.0
"""Seconds between refreshes while nothing happens on the agent's line (the default of the
setting). An idle Daktela desk then makes 60 long-polls, 30 of these and 12 desk-phone checks
an hour: 102 requests, where issue 19 allows 120."""
EVENT_SPACING: Final = 5.0
"""Seconds at least between two refreshes that events asked for: a burst of them (a call
ringing, answered and ended within seconds) costs two requests, not one each."""


def _local_now() -> datetime:
    return datetime.now().astimezone()


class QueueStrip(QWidget):
    """ "Support 3 waiting · 2 ready   Sales 0 waiting · 1 ready", refreshed while the strip is
    visible and the session connected: when the figures can have changed, and every
    ``interval`` seconds otherwise.

    What can change them: a call ringing, answered or ending, the agent's state changing (from
    ``bridge``), the strip being shown again (the window restored from the tray), and the agent
    asking (its context menu, :meth:`refresh_now`). Those refresh at once, or, within
    :data:`EVENT_SPACING` of the last refresh, once that spacing is over; each pushes the next
    quiet refresh a whole ``interval`` away. The quiet interval is long (:data:`QUIET_INTERVAL`,
    a setting): a busy queue changes with the agent's own calls, which refresh it.

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
        interval: float = QUIET_INTERVAL,
        clock: Callable[[], datetime] = _local_now,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._monotonic = monotonic
        self._asked_at: float | None = None  # when the last refresh began (monotonic)
        self._state: tuple[object, ...] | None = None
        self._supported = session.supports(Capability.QUEUE_STATS)
        self._task: asyncio.Task[None] | None = None
        self._figures: list[QueueFigures] | None = None
        self._as_of: datetime | None = None
        self._stale = False
        self._stopped = False

        self.timer = QTimer(self)
        """The quiet refresh, ``interval`` after the last refresh."""
        self.timer.setInterval(int(interval * 1000))
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.refresh)
        self.pending = QTimer(self)
        """A refresh an event asked for within :data:`EVENT_SPACING` of the last one."""
        self.pending.setSingleShot(True)
        self.pending.timeout.connect(self.refresh)
        self.refresh_action = QAction(self.tr("Refresh queue figures"), self)
        self.refresh_action.triggered.connect(self.refresh_now)
        self.addAction(self.refresh_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

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
            for call_signal in (bridge.call_ringing, bridge.call_answered, bridge.call_ended):
                call_signal.connect(self.figures_may_have_changed)
            bridge.status_changed.connect(self._on_status)
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

    def figures_may_have_changed(self, *_why: object) -> None:
        """Something happened that can change the figures: refresh now, or as soon as
        :data:`EVENT_SPACING` allows. Nothing while the strip is hidden (it refreshes when
        shown)."""
        if self._stopped or not self._supported or not self.isVisible():
            return
        wait = self._spacing_left()
        if wait <= 0:
            self.refresh()
        elif not self.pending.isActive():
            self.pending.start(int(wait * 1000))

    def refresh_now(self) -> asyncio.Task[None] | None:
        """The agent asked: refresh now, whatever the spacing."""
        return self.refresh()

    def refresh(self) -> asyncio.Task[None] | None:
        """Ask for the figures now, unless a refresh is under way or there is nobody to ask."""
        if self._stopped or not self._supported:
            return None
        if self._task is not None and not self._task.done():
            return None
        if self._session.connection.state is not ConnectionState.CONNECTED:
            return None
        self._asked_at = self._monotonic()
        self.pending.stop()
        if self.timer.isActive():
            self.timer.start()  # the next quiet refresh, a whole interval from now
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
        self.pending.stop()
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
            if self._figures is None or self._stale or self._spacing_left() <= 0:
                self.refresh()  # nothing was refreshed while hidden

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
        self.pending.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- updates --

    def _spacing_left(self) -> float:
        if self._asked_at is None:
            return 0.0
        return EVENT_SPACING - (self._monotonic() - self._asked_at)

    def _on_status(self, status: AgentStatus) -> None:
        # The vendor may repeat a status unchanged (a long-poll's hold ending): only a change
        # of state or pause can change the agents ready.
        state = (status.state, status.pause)
        if self._state is not None and state != self._state:
            self.figures_may_have_changed()
        self._state = state

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
