"""A dial the vendor has queued (Oki-Toki's dialer task), with the way to take it back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from agentdesk.ui.text import fill


class DialTaskBar(QFrame):
    """ "Call to 601 234 567 queued" with Cancel, until the call comes or is cancelled.

    Signals:
        cancel_requested(str): the agent takes back the queued dial with this id.
    """

    cancel_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._dial_id: str | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel the call"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the queued call"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def dial_id(self) -> str | None:
        return self._dial_id

    def show_queued(self, number: str, dial_id: str) -> None:
        self._dial_id = dial_id
        self.text.setText(fill(self.tr("Call to %1 queued (task %2)."), number, dial_id))
        self.cancel_button.setEnabled(True)
        self.show()

    def dismiss(self) -> None:
        self._dial_id = None
        self.hide()

    def _cancel(self) -> None:
        if self._dial_id is not None:
            self.cancel_button.setEnabled(False)
            self.cancel_requested.emit(self._dial_id)
