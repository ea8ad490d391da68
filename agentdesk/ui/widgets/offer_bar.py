"""A one-line offer to call a number: one the agent just copied, or a clicked link's that
could not be called during a call and did not replace what the agent typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from agentdesk.phone import PhoneNumber
from agentdesk.ui.text import fill


class OfferBar(QFrame):
    """ "Call 601 234 567?" with Call and ✕, and a note under it when there is one; hidden
    until :meth:`offer`.

    Signals:
        accepted(str): the agent wants to call this number (as dialled: E.164, or an internal
            number).
    """

    accepted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._number: str | None = None
        self.text = QLabel()
        self.note = QLabel()
        self.note.setObjectName("fieldHint")
        self.note.setWordWrap(True)
        self.note.hide()
        self.call_button = QPushButton(self.tr("Call"))
        self.call_button.clicked.connect(self._accept)
        self.close_button = QPushButton("✕")
        self.close_button.setFlat(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the offer"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.text, 0, 0)
        layout.addWidget(self.call_button, 0, 1)
        layout.addWidget(self.close_button, 0, 2)
        layout.addWidget(self.note, 1, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        self.hide()

    @property
    def number(self) -> str | None:
        """The number offered, as it would be dialled; None when nothing is offered."""
        return self._number

    def offer(self, number: PhoneNumber, note: str = "") -> None:
        self.offer_number(number.e164, number.national, note)

    def offer_number(self, number: str, shown: str, note: str = "") -> None:
        """Offer to call ``number`` (as dialled), written ``shown`` for the agent."""
        self._number = number
        self.text.setText(fill(self.tr("Call %1?"), shown))
        self.call_button.setAccessibleName(fill(self.tr("Call %1"), shown))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.show()

    def dismiss(self) -> None:
        self._number = None
        self.hide()

    def _accept(self) -> None:
        if self._number is not None:
            number = self._number
            self.dismiss()
            self.accepted.emit(number)
