"""Who is on the line: the caller card shown in the main window and in the pop-up."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agentdesk.core import AgentState, Call, CallDirection, CallerInfo, CallPhase, Capability
from agentdesk.phone import DEFAULT_REGION, for_humans, to_e164
from agentdesk.session import Action, Session
from agentdesk.ui.screen_reader import Role, give_role
from agentdesk.ui.state_style import refusal_text, state_colour_name

_PHASE_STATE = {
    CallPhase.RINGING: AgentState.RINGING,
    CallPhase.TALKING: AgentState.TALKING,
    CallPhase.ON_HOLD: AgentState.ON_HOLD,
}


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_duration(seconds: float) -> str:
    """0:07, 1:23, 1:02:03: how long, the way a phone shows it."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


class CallerCard(QFrame):
    """One call's caller: name, number, company, last contact, queue and time on the call.

    A pure view: :meth:`show_call` and :meth:`set_info` fill it, :meth:`refresh_actions`
    enables its buttons from the session's rules, :meth:`clear` empties it. A one-second timer
    runs only while a call is shown and touches only the time label.

    Signals:
        answer_requested(): the agent pressed Answer.
        hangup_requested(): the agent pressed Hang up.
        transfer_requested(): the agent pressed Transfer.
        number_copied(str): the number (E.164 when it parses, else as given) was put on the
            clipboard.
        described(str, str): what a screen reader now says of the card: its accessible name
            ("Incoming call", "No call") and description (who is calling, from where).
    """

    answer_requested = Signal()
    hangup_requested = Signal()
    transfer_requested = Signal()
    number_copied = Signal(str)
    described = Signal(str, str)

    def __init__(
        self,
        *,
        region: str = DEFAULT_REGION,
        clock: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._region = region
        self._clock = clock
        self._call: Call | None = None
        self._info: CallerInfo | None = None
        self._phase_since: datetime | None = None

        self.no_call_text = QLabel(self.tr("No call"))
        self.no_call_text.setObjectName("noCall")
        self.direction_text = QLabel()
        self.direction_text.setObjectName("callDirection")
        self.time_text = QLabel()
        self.time_text.setObjectName("callTime")
        self.time_text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.name_text = QLabel()
        self.name_text.setObjectName("callerName")
        self.number_text = QLabel()
        self.number_text.setObjectName("callerNumber")
        self.number_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.company_text = QLabel()
        self.company_text.setObjectName("callerCompany")
        self.history_text = QLabel()
        self.history_text.setObjectName("callerHistory")
        self.queue_text = QLabel()
        self.queue_text.setObjectName("callerQueue")
        for label in (self.name_text, self.company_text, self.history_text):
            label.setWordWrap(True)

        self.answer_button = QPushButton(self.tr("&Answer"))
        self.answer_button.setObjectName("answerButton")
        self.answer_button.clicked.connect(self.answer_requested)
        self.hangup_button = QPushButton(self.tr("&Hang up"))
        self.hangup_button.setObjectName("hangupButton")
        self.hangup_button.clicked.connect(self.hangup_requested)
        self.transfer_button = QPushButton(self.tr("&Transfer…"))
        self.transfer_button.setObjectName("transferButton")
        self.transfer_button.setAccessibleName(self.tr("Transfer the call"))
        self.transfer_button.clicked.connect(self.transfer_requested)
        self.copy_button = QPushButton(self.tr("Cop&y number"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setToolTip(self.tr("Copy the number to the clipboard"))
        self.copy_button.clicked.connect(self.copy_number)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(1500)
        self._copied_timer.timeout.connect(self._restore_copy_text)

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(1000)
        self._tick_timer.timeout.connect(self._tick)

        top = QHBoxLayout()
        top.addWidget(self.direction_text, 1)
        top.addWidget(self.time_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.hangup_button)
        buttons.addWidget(self.transfer_button)
        buttons.addWidget(self.copy_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)
        layout.addWidget(self.no_call_text)
        layout.addLayout(top)
        layout.addWidget(self.name_text)
        layout.addWidget(self.number_text)
        layout.addWidget(self.company_text)
        layout.addWidget(self.history_text)
        layout.addWidget(self.queue_text)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.clear()

    # -- what it shows --

    @property
    def call(self) -> Call | None:
        return self._call

    @property
    def info(self) -> CallerInfo | None:
        return self._info

    def show_call(self, call: Call) -> None:
        """Show ``call``: a new one starts afresh, the same one (by id) follows its phase."""
        previous = self._call
        if previous is None or previous.id != call.id:
            self._info = None
            self._phase_since = self._phase_start(call)
        elif previous.phase is not call.phase:
            self._phase_since = self._phase_start(call)
        self._call = call
        self._render()
        if not self._tick_timer.isActive():
            self._tick_timer.start()

    def set_info(self, info: CallerInfo | None) -> None:
        """What a lookup found about the caller; ignored when no call is shown."""
        if self._call is None:
            return
        self._info = info
        self._render()

    def clear(self) -> None:
        """No call: a quiet "No call", buttons off, the clock stopped."""
        self._call = None
        self._info = None
        self._phase_since = None
        self._tick_timer.stop()
        self.no_call_text.setVisible(True)
        for label in self._call_labels():
            label.setText("")
            label.setVisible(False)
        self.answer_button.setEnabled(False)
        self.hangup_button.setEnabled(False)
        self.transfer_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        self._describe(self.tr("No call"), "")

    def refresh_actions(self, session: Session | None) -> None:
        """Enable Answer, Hang up and Transfer exactly when the session allows them; hide what
        the vendor does not offer."""
        for button, capability, action in (
            (self.answer_button, Capability.ANSWER, Action.ANSWER),
            (self.hangup_button, Capability.HANGUP, Action.HANGUP),
            (self.transfer_button, Capability.TRANSFER, Action.TRANSFER),
        ):
            button.setVisible(session is None or session.supports(capability))
            refusal = session.why_not(action) if session is not None else None
            allowed = session is not None and self._call is not None and refusal is None
            button.setEnabled(allowed)
            button.setToolTip(refusal_text(refusal) if refusal is not None else "")

    def copy_number(self) -> None:
        """Put the caller's number on the clipboard, in E.164 when it parses."""
        if self._call is None or not self._call.number:
            return
        number = to_e164(self._call.number, self._region) or self._call.number
        QGuiApplication.clipboard().setText(number)
        self.copy_button.setText(self.tr("Copied"))
        self._copied_timer.start()
        self.number_copied.emit(number)

    # -- drawing --

    def _call_labels(self) -> tuple[QLabel, ...]:
        return (
            self.direction_text,
            self.time_text,
            self.name_text,
            self.number_text,
            self.company_text,
            self.history_text,
            self.queue_text,
        )

    def _render(self) -> None:
        call, info = self._call, self._info
        if call is None:
            return
        self.no_call_text.setVisible(False)
        self.copy_button.setEnabled(bool(call.number))
        self.direction_text.setText(
            self.tr("INCOMING CALL")
            if call.direction is CallDirection.INBOUND
            else self.tr("OUTGOING CALL")
        )
        number = for_humans(call.number, self._region) if call.number else ""
        name = (info.name if info else None) or call.name
        if name:
            self.name_text.setText(name)
            self.number_text.setText(number)
        else:
            # Without a name the number is what the agent reads first.
            self.name_text.setText(number or self.tr("Unknown number"))
            self.number_text.setText("")
        self.company_text.setText((info.company if info else None) or "")
        self.history_text.setText(self._history(info) if info else "")
        queue = call.queue or ""
        self.queue_text.setText(self.tr("Queue: %1").replace("%1", queue) if queue else "")
        for label in self._call_labels():
            label.setVisible(bool(label.text()) or label is self.time_text)
        colour = state_colour_name(_PHASE_STATE[call.phase])
        self.time_text.setStyleSheet(f"color: {colour};")
        self._tick()
        inbound = call.direction is CallDirection.INBOUND
        said = (self.name_text, self.number_text, self.company_text, self.history_text)
        self._describe(
            self.tr("Incoming call") if inbound else self.tr("Outgoing call"),
            ", ".join(label.text() for label in (*said, self.queue_text) if label.text()),
        )

    def _describe(self, name: str, description: str) -> None:
        # Set only on change: each set is an event every screen reader on the bus receives.
        if name != self.accessibleName() or description != self.accessibleDescription():
            self.setAccessibleName(name)
            self.setAccessibleDescription(description)
            self.described.emit(name, description)

    def _history(self, info: CallerInfo) -> str:
        if not info.last_agent:
            return ""
        parts = [info.last_agent]
        if info.last_queue and info.last_call_at:
            text = self.tr("Last spoke with %1 in %2, %3")
            parts += [info.last_queue, self._date(info.last_call_at)]
        elif info.last_queue:
            text = self.tr("Last spoke with %1 in %2")
            parts.append(info.last_queue)
        elif info.last_call_at:
            text = self.tr("Last spoke with %1, %2")
            parts.append(self._date(info.last_call_at))
        else:
            text = self.tr("Last spoke with %1")

        # One pass, so that a "%2" inside a name is never read as a placeholder.
        def fill(match: re.Match[str]) -> str:
            index = int(match.group(1))
            return parts[index - 1] if 0 < index <= len(parts) else match.group(0)

        return re.sub(r"%(\d)", fill, text)

    def _date(self, when: datetime) -> str:
        local = when.astimezone()
        return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")

    def _phase_start(self, call: Call) -> datetime:
        vendor_time = {
            CallPhase.RINGING: call.ringing_at or call.entered_at,
            CallPhase.TALKING: call.answered_at,
            CallPhase.ON_HOLD: None,
        }[call.phase]
        return vendor_time or self._clock()

    def _tick(self) -> None:
        call, since = self._call, self._phase_since
        if call is None or since is None:
            return
        elapsed = format_duration((self._clock() - since).total_seconds())
        text = {
            CallPhase.RINGING: self.tr("Ringing %1"),
            CallPhase.TALKING: self.tr("On call %1"),
            CallPhase.ON_HOLD: self.tr("On hold %1"),
        }[call.phase]
        self.time_text.setText(text.replace("%1", elapsed))

    def _restore_copy_text(self) -> None:
        self.copy_button.setText(self.tr("Cop&y number"))


# A labelled group ("Incoming call: Petr Svoboda, …"), not an anonymous filler panel.
give_role(CallerCard, Role.Grouping)
