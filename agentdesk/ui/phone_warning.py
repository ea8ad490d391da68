"""The warning that the agent's desk phone cannot ring: in the window while it lasts, and
once through the desktop's notifications (or the tray) when it starts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from agentdesk.core import PhoneStatus
from agentdesk.phone_watch import PhoneWatch
from agentdesk.session import Session
from agentdesk.ui.messages import Level
from agentdesk.ui.notifier import Notifier
from agentdesk.ui.style import banner_style


class PhoneWarning(QFrame):
    """Shown while :class:`~agentdesk.phone_watch.PhoneWatch` reports the agent's phone
    unreachable; gone when it is back (or the agent logs out).

    Signals:
        changed(object): the unreachable :class:`PhoneStatus`, or None when it is back.
    """

    changed = Signal(object)

    def __init__(
        self,
        session: Session,
        notifier: Notifier,
        *,
        interval: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(banner_style(Level.WARNING.value))
        self._notifier = notifier
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        self.hide()
        self.watch = PhoneWatch(session, self._on_change)
        if interval is not None:
            self.watch.interval = interval

    def set_dark(self, dark: bool) -> None:
        self.setStyleSheet(banner_style(Level.WARNING.value, dark))

    def message(self, phone: PhoneStatus) -> str:
        return self.tr("Your phone, extension %1, is not reachable: calls cannot ring").replace(
            "%1", phone.extension
        )

    def _on_change(self, phone: PhoneStatus | None) -> None:
        if phone is None:
            self.hide()
        else:
            text = self.message(phone)
            self.text.setText(text)
            self.setAccessibleName(text)
            self.show()
            # The window may be hidden in the tray: tell the desktop too, once, but never
            # twice in the window (the notifier's fallback is the window's banner).
            if self._notifier.uses_server() or self._notifier.uses_tray():
                self._notifier.notify("AgentDesk", text, Level.WARNING)
        self.changed.emit(phone)
