"""The line under an SMS text: characters, parts and the room left, as the vendor sends it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from agentdesk.core.sms import SmsLimits, SmsSize, measure
from agentdesk.ui.style import set_tone
from agentdesk.ui.text import fill


class SmsCounter(QLabel):
    """ "42 / 160 · 1 SMS", "75 / 134 · 2 SMS (unicode)", or the vendor's maximum passed."""

    def __init__(self, limits: SmsLimits | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._limits = limits
        self.setObjectName("fieldHint")
        self.sms_size = measure("", limits)
        self.update_for("")

    @property
    def too_long(self) -> bool:
        return self._limits is not None and self._limits.too_long(self.sms_size)

    def update_for(self, text: str) -> SmsSize:
        size = self.sms_size = measure(text, self._limits)
        if self.too_long and self._limits is not None:
            limit = self._limits.max_unicode if size.unicode else self._limits.max_gsm
            self.setText(fill(self.tr("%1 characters: at most %2 can be sent"), size.units, limit))
            set_tone(self, "bad")
        else:
            room = max(size.parts, 1) * size.per_part
            line = (
                self.tr("%1 / %2 · %3 SMS (unicode)")
                if size.unicode
                else self.tr("%1 / %2 · %3 SMS")
            )
            self.setText(fill(line, size.units, room, max(size.parts, 1)))
            set_tone(self, "")
        self.setAccessibleName(self.text())
        return size
