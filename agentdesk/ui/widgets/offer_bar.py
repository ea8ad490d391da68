"""A one-line offer to call a number the agent just copied."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from agentdesk.phone import PhoneNumber


class OfferBar(QFrame):
    """ "Call 601 234 567?" with Call and ✕; hidden until :meth:`offer`.

    Signals:
        accepted(str): the agent wants to call this number (E.164).
    """

    accepted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._number: PhoneNumber | None = None
        self.text = QLabel()
        self.call_button = QPushButton(self.tr("Call"))
        self.call_button.setAccessibleName(self.tr("Call the copied number"))
        self.call_button.clicked.connect(self._accept)
        self.close_button = QPushButton("✕")
        self.close_button.setFlat(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the offer"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.call_button)
        layout.addWidget(self.close_button)
        self.hide()

    @property
    def number(self) -> PhoneNumber | None:
        return self._number

    def offer(self, number: PhoneNumber) -> None:
        self._number = number
        self.text.setText(self.tr("Call %1?").replace("%1", number.national))
        self.show()

    def dismiss(self) -> None:
        self._number = None
        self.hide()

    def _accept(self) -> None:
        if self._number is not None:
            number = self._number.e164
            self.dismiss()
            self.accepted.emit(number)
