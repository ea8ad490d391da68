"""The window's "Send SMS…" command (Call menu, Ctrl+Shift+M), shown only where the vendor
documents text messages: opens :class:`~agentdesk.ui.sms_dialog.SmsDialog` for the live
call's caller, or for a number :meth:`SmsEntry.open_for` is given (Recent, Missed calls)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from agentdesk.core import CallRecord, Capability
from agentdesk.core.sms import SmsSent
from agentdesk.session import Session
from agentdesk.ui.messages import MessageBus
from agentdesk.ui.sms_dialog import SmsDialog
from agentdesk.ui.text import fill


class SmsEntry(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu, bus: MessageBus) -> None:
        super().__init__(window)
        self._window = window
        self._bus = bus
        self._session: Session | None = None
        self.templates: list[str] = []
        self.fallback_number: Callable[[], str | None] = lambda: None
        """The number to write to when no call is live (the selected missed call)."""
        self.dialog: SmsDialog | None = None
        self.action = QAction(self.tr("Send &SMS…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.action.setVisible(False)
        self.action.triggered.connect(self.open_for_call)
        window.addAction(self.action)
        menu.addAction(self.action)

    def follow(self, session: Session) -> None:
        self._session = session
        self.action.setVisible(session.supports(Capability.SMS))
        self.action.setEnabled(session.supports(Capability.SMS))

    def open_for_call(self) -> SmsDialog | None:
        session = self._session
        call = session.status.current_call if session is not None else None
        if call is None:
            return self.open_for(self.fallback_number() or "")
        return self.open_for(call.number, call.name or "")

    def add_to_menu(self, menu: QMenu, record: CallRecord | None) -> None:
        """Recent calls' context menu: write to the selected call's number."""
        session = self._session
        if record is None or not record.number or session is None:
            return
        if session.supports(Capability.SMS):
            item = menu.addAction(self.tr("Send &SMS…"))
            item.triggered.connect(lambda: self.open_for(record.number, record.name or ""))

    def open_for(self, number: str, name: str = "") -> SmsDialog | None:
        session = self._session
        if session is None or not session.supports(Capability.SMS):
            return None
        if self.dialog is not None:
            self.dialog.close()
        status = session.status
        self.dialog = SmsDialog(
            session,
            number=number,
            name=name,
            agent=status.agent_name or status.agent_login or "",
            templates=self.templates,
            parent=self._window,
        )
        self.dialog.sent.connect(self._sent)
        self.dialog.open()
        return self.dialog

    def _sent(self, result: SmsSent) -> None:
        dialog = self.dialog
        number = dialog.number.text() if dialog is not None else ""
        self._bus.info(fill(self.tr("Text message sent to %1."), number))
