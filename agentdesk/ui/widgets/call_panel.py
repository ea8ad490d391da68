"""The current call: who, from which queue, which way, with Answer and Hang up."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agentdesk.core import Call, CallDirection, CallPhase


class CallPanel(QFrame):
    """Shows the agent's current call, or that there is none.

    Signals:
        answer_requested(): the agent pressed Answer.
        hangup_requested(): the agent pressed Hang up.
    """

    answer_requested = Signal()
    hangup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._call: Call | None = None

        title = QLabel(self.tr("Current call"))
        title.setObjectName("sectionTitle")
        self.no_call_text = QLabel(self.tr("No call"))
        self.no_call_text.setObjectName("noCall")
        self.number_text = QLabel()
        self.number_text.setObjectName("callNumber")
        self.number_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_text = QLabel()
        self.name_text.setObjectName("callName")
        self.detail_text = QLabel()
        self.detail_text.setObjectName("callDetail")
        for label in (self.number_text, self.name_text):
            label.setWordWrap(True)

        self.answer_button = QPushButton(self.tr("&Answer"))
        self.answer_button.setObjectName("answerButton")
        self.answer_button.clicked.connect(self.answer_requested)
        self.hangup_button = QPushButton(self.tr("&Hang up"))
        self.hangup_button.setObjectName("hangupButton")
        self.hangup_button.clicked.connect(self.hangup_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.hangup_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.no_call_text)
        layout.addWidget(self.number_text)
        layout.addWidget(self.name_text)
        layout.addWidget(self.detail_text)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        self.set_call(None)

    @property
    def call(self) -> Call | None:
        return self._call

    def set_call(self, call: Call | None) -> None:
        self._call = call
        self.no_call_text.setVisible(call is None)
        for label in (self.number_text, self.name_text, self.detail_text):
            label.setVisible(call is not None)
        if call is None:
            for label in (self.number_text, self.name_text, self.detail_text):
                label.setText("")
            return
        self.number_text.setText(call.number or self.tr("Unknown number"))
        self.name_text.setText(call.name or "")
        self.name_text.setVisible(bool(call.name))
        parts = [self._direction_text(call.direction), self._phase_text(call.phase)]
        if call.queue:
            parts.append(self.tr("queue %1").replace("%1", call.queue))
        self.detail_text.setText(" · ".join(parts))

    def _direction_text(self, direction: CallDirection) -> str:
        if direction is CallDirection.INBOUND:
            return self.tr("Incoming")
        return self.tr("Outgoing")

    def _phase_text(self, phase: CallPhase) -> str:
        return {
            CallPhase.RINGING: self.tr("ringing"),
            CallPhase.TALKING: self.tr("talking"),
            CallPhase.ON_HOLD: self.tr("on hold"),
        }[phase]
