"""The agent's state in large type, with a coloured dot and the time spent in it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from agentdesk.core import AgentState, AgentStatus
from agentdesk.ui.state_style import pause_title, state_colour, state_label
from agentdesk.ui.widgets.dot import ColourDot

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def format_duration(seconds: float) -> str:
    """``mm:ss`` below an hour, ``h:mm:ss`` from then on; never negative."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


class StateBadge(QWidget):
    """Shows one :class:`AgentStatus`: dot, state (and pause) label, time in state.

    The time counts from the vendor's ``since`` when it gives one, else from the moment the
    state was first shown here. One 1 s timer updates only the time text.
    """

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = _utc_now) -> None:
        super().__init__(parent)
        self._clock = clock
        self._since: datetime | None = None
        self._shown_key: tuple[AgentState, str | None] | None = None

        self.dot = ColourDot(18)
        self.state_text = QLabel(self.tr("Connecting…"))
        self.state_text.setObjectName("stateLabel")
        self.pause_text = QLabel("")
        self.pause_text.setObjectName("pauseTitle")
        self.pause_text.setWordWrap(True)  # long pause titles wrap rather than widen the window
        self.pause_text.hide()
        self.time_text = QLabel("")
        self.time_text.setObjectName("timeInState")
        self.time_text.setAccessibleName(self.tr("Time in state"))

        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.dot)
        row.addWidget(self.state_text, 1)
        row.addWidget(self.time_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.pause_text)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def set_placeholder(self, text: str) -> None:
        """Show ``text`` instead of a state (before a session exists)."""
        self.timer.stop()
        self._since = None
        self._shown_key = None
        self.dot.set_colour(state_colour(AgentState.OFFLINE))
        self.state_text.setText(text)
        self.pause_text.hide()
        self.time_text.setText("")

    def set_status(self, status: AgentStatus) -> None:
        key = (status.state, status.pause.id if status.pause else None)
        if status.since is not None:
            self._since = status.since
        elif key != self._shown_key:
            self._since = self._clock()
        self._shown_key = key

        label = state_label(status.state)
        title = ""
        # A wrap-up pause's own title ("Wrap") only repeats the state's name.
        if status.pause is not None and status.state is AgentState.PAUSED:
            title = pause_title(status.pause)
        self.state_text.setText(label)
        self.pause_text.setText(title)
        self.pause_text.setVisible(bool(title))
        self.dot.set_colour(state_colour(status.state))
        self.setAccessibleName(f"{label} {title}".strip())
        if status.state is AgentState.OFFLINE:
            self.timer.stop()
            self.time_text.setText("")
        else:
            self.tick()
            if self.isVisible():
                self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        key = self._shown_key
        if self._since is not None and key is not None and key[0] is not AgentState.OFFLINE:
            self.tick()
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # Nobody sees the clock: no wake-up every second (the tray window case, all day).
        super().hideEvent(event)
        self.timer.stop()

    def tick(self) -> None:
        if self._since is None:
            self.time_text.setText("")
            return
        self.time_text.setText(format_duration((self._clock() - self._since).total_seconds()))
