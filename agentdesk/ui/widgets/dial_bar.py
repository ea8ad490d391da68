"""A number field and a Call button; refuses obvious junk before any request is sent."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

# Separators people type or paste inside phone numbers; removed before dialling.
_SEPARATORS = re.compile(r"[\s\-().]")
# A loose shape only (full E.164 validation is a later step): digits, an optional leading +,
# and the keypad's * and # for extensions and services.
_DIALLABLE = re.compile(r"\+?[0-9*#]*[0-9][0-9*#]*")


def normalise_number(text: str) -> str | None:
    """The number to dial for what the agent typed, or None when it is obviously not one."""
    number = _SEPARATORS.sub("", text.strip())
    return number if _DIALLABLE.fullmatch(number) else None


class DialBar(QWidget):
    """Type a number, press Enter or Call.

    Signals:
        dial_requested(str): a plausible number the agent asked to call (separators removed).
    """

    dial_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._allowed = False
        self._why_not: str | None = None

        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("Number to call"))
        self.number_edit.setAccessibleName(self.tr("Number to call"))
        self.number_edit.setClearButtonEnabled(True)
        self.number_edit.returnPressed.connect(self.submit)
        self.number_edit.textEdited.connect(self._clear_error)
        self.call_button = QPushButton(self.tr("&Call"))
        self.call_button.clicked.connect(self.submit)
        self.error_text = QLabel()
        self.error_text.setObjectName("inlineError")
        self.error_text.setWordWrap(True)
        self.error_text.hide()

        row = QHBoxLayout()
        row.addWidget(self.number_edit, 1)
        row.addWidget(self.call_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.error_text)

    def set_allowed(self, allowed: bool, why_not: str | None = None) -> None:
        self._allowed = allowed
        self._why_not = why_not
        self.call_button.setEnabled(allowed)
        self.call_button.setToolTip("" if allowed else (why_not or ""))

    def submit(self) -> None:
        text = self.number_edit.text()
        if not text.strip():
            self._show_error(self.tr("Type a number to call."))
            return
        number = normalise_number(text)
        if number is None:
            self._show_error(
                self.tr(
                    "“%1” is not a phone number: use digits, optionally starting with +."
                ).replace("%1", text.strip())
            )
            return
        if not self._allowed:
            self._show_error(self.tr("You cannot call now: %1.").replace("%1", self._why_not or ""))
            return
        self._clear_error()
        self.number_edit.setText(number)
        self.dial_requested.emit(number)

    def _show_error(self, text: str) -> None:
        self.error_text.setText(text)
        self.error_text.show()

    def _clear_error(self) -> None:
        self.error_text.clear()
        self.error_text.hide()
