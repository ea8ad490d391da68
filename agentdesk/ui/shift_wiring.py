"""The shift in the main window: "not logged in to the call centre" with Log in, Log out in
the Call menu (refused, with the reason, during a call or with a wrap-up unsaved), log-in at
start (a setting), the waiting callers behind the queue strip, and the phone warning. Each
is shown only where the vendor documents it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from agentdesk.core import AgentState, AgentStatus, Capability, ConnectionChanged, ConnectionState
from agentdesk.session import Session
from agentdesk.shift import Shift, ShiftRefusal
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.messages import Level
from agentdesk.ui.phone_warning import PhoneWarning
from agentdesk.ui.style import banner_style
from agentdesk.ui.waiting_callers import WaitingCallers, WaitingCallersToggle

if TYPE_CHECKING:
    from agentdesk.ui.main_window import MainWindow


class LoggedOutBar(QFrame):
    """ "You are not logged in to the call centre." with a Log in button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(banner_style(Level.INFO.value))
        self.text = QLabel(self.tr("You are not logged in to the call centre."))
        self.text.setWordWrap(True)
        self.log_in = QPushButton(self.tr("Log in"))
        self.log_in.setAccessibleName(self.tr("Log in to the call centre"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.log_in)
        self.setAccessibleName(self.text.text())
        self.hide()

    def set_dark(self, dark: bool) -> None:
        self.setStyleSheet(banner_style(Level.INFO.value, dark))


class ShiftWiring(QObject):
    """Made with the window; :meth:`attach` puts the shift's widgets in place for a session.

    Signals: none; it drives the window's widgets.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.login_at_start = False
        """Log in to the call centre when the first status says logged out (a setting)."""
        self.shift: Shift | None = None
        self.logged_out_bar = LoggedOutBar()
        self.logged_out_bar.log_in.clicked.connect(self.request_log_in)
        self.log_out = QAction(self.tr("Log &out of the call centre"), window)
        self.log_out.triggered.connect(self.request_log_out)
        self.log_out.setVisible(False)
        window.actions_.call_menu.addSeparator()
        window.actions_.call_menu.addAction(self.log_out)
        self.waiting: WaitingCallers | None = None
        self.waiting_toggle: WaitingCallersToggle | None = None
        self.phone_warning: PhoneWarning | None = None
        self._tried_at_start = False

    def attach(self, session: Session, bridge: SessionBridge) -> None:
        window = self._window
        shift = self.shift = Shift(session)
        layout = window.now_layout
        layout.insertWidget(0, self.logged_out_bar)
        if shift.supports(Capability.PHONE_STATUS):
            self.phone_warning = PhoneWarning(session, window.notifier)
            layout.insertWidget(0, self.phone_warning)
            self.phone_warning.watch.start()
        strip = window.queue_strip
        if shift.supports(Capability.QUEUE_PICKUP) and strip is not None:
            self.waiting = WaitingCallers(shift, window.bus, region=window.region)
            self.waiting_toggle = WaitingCallersToggle(self.waiting)
            strip.add_trailing(self.waiting_toggle)
            layout.insertWidget(layout.indexOf(strip) + 1, self.waiting)
        self.log_out.setVisible(shift.supports(Capability.SHIFT_LOGOUT))
        bridge.status_changed.connect(self._on_status)
        bridge.connection_changed.connect(self._on_connection)
        self._show(session.status)

    async def stop(self) -> None:
        if self.waiting is not None:
            await self.waiting.stop()
        if self.phone_warning is not None:
            await self.phone_warning.watch.stop()

    def set_dark(self, dark: bool) -> None:
        self.logged_out_bar.set_dark(dark)
        if self.phone_warning is not None:
            self.phone_warning.set_dark(dark)

    # -- commands --

    def request_log_in(self) -> None:
        shift = self.shift
        if shift is not None:
            self.logged_out_bar.log_in.setEnabled(False)
            self._window.commands.run(
                shift.log_in, after=lambda: self.logged_out_bar.log_in.setEnabled(True)
            )

    def request_log_out(self) -> None:
        """Log out, unless a call is live or a wrap-up unsaved: then say why, and keep
        everything as it is (the wrap-up's text stays where the agent typed it)."""
        shift = self.shift
        if shift is None:
            return
        refusal = shift.why_not_log_out(unsaved_wrap_up=self._window.has_unsaved_work())
        if refusal is ShiftRefusal.LOGGED_OUT:
            self._window.bus.info(self.refusal_text(refusal))
        elif refusal is not None:
            self._window.bus.warning(self.refusal_text(refusal))
        else:
            self._window.commands.run(shift.log_out)

    def refusal_text(self, refusal: ShiftRefusal) -> str:
        texts = {
            ShiftRefusal.IN_CALL: self.tr("You cannot log out during a call: hang up first."),
            ShiftRefusal.WRAP_UP_UNSAVED: self.tr(
                "You cannot log out yet: the wrap-up of the last call is not saved. Save it first."
            ),
            ShiftRefusal.LOGGED_OUT: self.tr("You are not logged in to the call centre."),
        }
        return texts[refusal]

    # -- the session --

    def _on_connection(self, change: ConnectionChanged) -> None:
        if self.shift is not None:
            self._show(self.shift.session.status)

    def _on_status(self, status: AgentStatus) -> None:
        self._show(status)
        shift = self.shift
        if shift is None or self._tried_at_start:
            return
        self._tried_at_start = True  # the first status of the run decides
        if self.login_at_start and shift.logged_out and shift.supports(Capability.SHIFT_LOGIN):
            self.request_log_in()

    def _show(self, status: AgentStatus) -> None:
        shift = self.shift
        if shift is None:
            return
        connected = shift.session.connection.state is ConnectionState.CONNECTED
        logged_out = connected and status.state is AgentState.OFFLINE
        show_bar = logged_out and shift.supports(Capability.SHIFT_LOGIN)
        self.log_out.setEnabled(connected and not logged_out)
        # Shown or hidden, the bar asks the layout again: the window grows to fit by itself.
        self.logged_out_bar.setVisible(show_bar)
