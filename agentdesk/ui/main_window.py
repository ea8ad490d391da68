"""The main window: the agent's state, the current call, pauses, dialling and messages."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QMainWindow, QVBoxLayout, QWidget

from agentdesk.core import AgentStatus, Call, Capability, ConnectionChanged, ConnectionState, Pause
from agentdesk.session import Action, Session
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.commands import CommandRunner
from agentdesk.ui.messages import Level, Message, MessageBus
from agentdesk.ui.notifier import Notifier
from agentdesk.ui.state_style import refusal_text
from agentdesk.ui.style import MIN_WIDTH, prefers_dark, style_sheet
from agentdesk.ui.widgets.call_panel import CallPanel
from agentdesk.ui.widgets.connection_indicator import ConnectionIndicator
from agentdesk.ui.widgets.dial_bar import DialBar
from agentdesk.ui.widgets.message_banner import MessageBanner
from agentdesk.ui.widgets.pause_selector import PauseSelector
from agentdesk.ui.widgets.state_badge import StateBadge


class MainWindow(QMainWindow):
    """The agent's window onto one session.

    Before :meth:`attach` it shows "Connecting…" and every control is off. Controls are
    enabled only when the session says the action is possible now, and hidden when the
    vendor does not offer it; :meth:`refresh_actions` is the one place that decides.

    Signals:
        quit_requested(): File ▸ Quit (Ctrl+Q), or the window was closed while it does not
            hide to the tray.
        ready_allowed_changed(bool): whether "Ready" may be chosen now (for the tray menu).
    """

    quit_requested = Signal()
    ready_allowed_changed = Signal(bool)

    def __init__(
        self,
        bus: MessageBus,
        *,
        title: str = "AgentDesk",
        notifier: Notifier | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.notifier = notifier or Notifier(bus)
        self._session: Session | None = None
        self._bridge: SessionBridge | None = None
        self._hide_on_close = False
        self._closing_for_quit = False
        self.commands = CommandRunner(bus, self._vendor_name)
        self._ringing_notices: dict[str, Message] = {}

        self.setWindowTitle(title)
        self.setMinimumWidth(MIN_WIDTH)
        self._build_menu()
        self._build_body()
        self.apply_theme()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply_theme)
        bus.attach_receiver(self.banner.show_message)
        self.banner.shown.connect(self.fit_content)
        self.refresh_actions()

    # -- construction --

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Spelled out: the platform's StandardKey.Quit is empty on some desktops.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.quit_requested)
        file_menu.addAction(self.quit_action)

    def _build_body(self) -> None:
        self.agent_name = QLabel(self.tr("Connecting…"))
        self.agent_name.setObjectName("agentName")
        self.state_badge = StateBadge()
        self.state_badge.set_placeholder(self.tr("Connecting…"))
        self.pause_selector = PauseSelector()
        self.pause_selector.ready_requested.connect(self.request_ready)
        self.pause_selector.pause_requested.connect(self.request_pause)

        state_card = QFrame()
        state_card.setObjectName("card")
        state_layout = QVBoxLayout(state_card)
        state_layout.setContentsMargins(14, 12, 14, 12)
        state_layout.setSpacing(10)
        state_layout.addWidget(self.agent_name)
        state_layout.addWidget(self.state_badge)
        state_layout.addWidget(self.pause_selector)

        self.banner = MessageBanner()
        self.call_panel = CallPanel()
        self.call_panel.answer_requested.connect(self.request_answer)
        self.call_panel.hangup_requested.connect(self.request_hangup)
        self.dial_bar = DialBar()
        self.dial_bar.dial_requested.connect(self.request_dial)
        self.connection_indicator = ConnectionIndicator()
        self.connection_indicator.retry_requested.connect(self.request_reconnect)

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.banner)
        layout.addWidget(state_card)
        layout.addWidget(self.call_panel)
        layout.addWidget(self.dial_bar)
        layout.addStretch(1)
        layout.addWidget(self.connection_indicator)
        self.setCentralWidget(central)

    def apply_theme(self) -> None:
        """Light or dark, as the desktop's colour scheme asks."""
        dark = prefers_dark()
        self.setStyleSheet(style_sheet(dark))
        self.banner.set_dark(dark)

    def fit_content(self) -> None:
        """Grow the window when what it shows needs more height (a banner wrapped over two
        lines, a pause title) rather than let Qt squeeze the Answer and Hang up buttons; the
        minimum-size constraint alone misses word-wrapped labels."""
        QTimer.singleShot(0, self._grow_to_fit)

    def _grow_to_fit(self) -> None:
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        if central is None or layout is None:
            return
        needed = (
            layout.totalHeightForWidth(central.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        missing = needed - central.height()
        if missing > 0:
            self.resize(self.width(), self.height() + missing)

    # -- the session --

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def bridge(self) -> SessionBridge | None:
        return self._bridge

    def attach(self, session: Session) -> SessionBridge:
        """Show ``session`` from now on; returns the bridge whose signals drive the window."""
        self._session = session
        bridge = SessionBridge(session, self)
        self._bridge = bridge
        bridge.status_changed.connect(self._on_status)
        bridge.connection_changed.connect(self._on_connection)
        bridge.pauses_loaded.connect(self._on_pauses)
        bridge.call_ringing.connect(self._on_call_ringing)
        bridge.call_answered.connect(self._on_call_answered)
        bridge.call_ended.connect(self._on_call_ended)
        self.pause_selector.set_pauses(session.pauses)
        self.pause_selector.set_status(session.status)
        self.connection_indicator.set_connection(session.connection)
        if session.connection.state is ConnectionState.CONNECTED:
            self._on_status(session.status)
        self.refresh_actions()
        return bridge

    def show_setup_error(self, text: str) -> None:
        """No session could be made (no keyring, bad profile...): say why, plainly."""
        self.state_badge.set_placeholder(self.tr("Not connected"))
        self.agent_name.setText(self.tr("AgentDesk could not start"))
        self.connection_indicator.set_unavailable(self.tr("Not connected"))
        self.bus.error(text)
        self.refresh_actions()

    def refresh_actions(self) -> None:
        """Enable what the session allows now, hide what the vendor does not offer."""
        session = self._session
        supports = session.supports if session else (lambda capability: True)
        can = session.can if session else (lambda action: False)

        def why(action: Action) -> str:
            if session is None:
                return self.tr("Not connected yet")
            refusal = session.why_not(action)
            return refusal_text(refusal) if refusal else ""

        self.pause_selector.setVisible(supports(Capability.PAUSE))
        ready_allowed, pause_allowed = can(Action.READY), can(Action.PAUSE)
        self.pause_selector.set_allowed(ready=ready_allowed, pause=pause_allowed)
        self.pause_selector.setToolTip("" if pause_allowed else why(Action.PAUSE))

        panel = self.call_panel
        for button, capability, action in (
            (panel.answer_button, Capability.ANSWER, Action.ANSWER),
            (panel.hangup_button, Capability.HANGUP, Action.HANGUP),
        ):
            button.setVisible(supports(capability))
            allowed = can(action)
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else why(action))

        self.dial_bar.setVisible(supports(Capability.DIAL))
        dial_allowed = can(Action.DIAL)
        self.dial_bar.set_allowed(dial_allowed, None if dial_allowed else why(Action.DIAL))
        self.ready_allowed_changed.emit(ready_allowed)

    def _vendor_name(self) -> str:
        return self._session.vendor_name if self._session else ""

    # -- events --

    def _on_status(self, status: AgentStatus) -> None:
        name = status.agent_name or status.agent_login
        if name:
            self.agent_name.setText(name)
        elif self.agent_name.text() == self.tr("Connecting…"):
            self.agent_name.setText("")
        self.state_badge.set_status(status)
        self.pause_selector.set_status(status)
        self.call_panel.set_call(status.current_call)
        self.refresh_actions()
        self.fit_content()

    def _on_connection(self, change: ConnectionChanged) -> None:
        self.connection_indicator.set_connection(change)
        if change.state is ConnectionState.AUTH_FAILED:
            text = self.tr("The call centre refused the sign-in; check your secret.")
            if change.detail:
                text = f"{text} ({change.detail})"
            self.bus.post(Level.ERROR, text)
        elif change.state is ConnectionState.FAILED:
            text = self.tr("AgentDesk cannot connect with this profile: %1")
            self.bus.post(Level.ERROR, text.replace("%1", change.detail or ""))
        self.refresh_actions()

    def _on_pauses(self, pauses: tuple[Pause, ...]) -> None:
        self.pause_selector.set_pauses(pauses)

    def _on_call_ringing(self, call: Call) -> None:
        self.call_panel.set_call(call)
        who = " ".join(part for part in (call.number, call.name) if part)
        notice = self.notifier.notify(
            self.tr("Incoming call"), self.tr("Incoming call: %1").replace("%1", who)
        )
        if notice is not None:
            self._ringing_notices[call.id] = notice
        self.refresh_actions()

    def _withdraw_ringing_notice(self, call: Call) -> None:
        """An "Incoming call" banner must not outlive the ringing."""
        notice = self._ringing_notices.pop(call.id, None)
        if notice is not None:
            self.banner.withdraw(notice)

    def _on_call_answered(self, call: Call) -> None:
        self._withdraw_ringing_notice(call)
        self.call_panel.set_call(call)

    def _on_call_ended(self, call: Call) -> None:
        self._withdraw_ringing_notice(call)
        shown = self.call_panel.call
        if shown is not None and shown.id == call.id:
            remaining = self._session.status.current_call if self._session else None
            self.call_panel.set_call(
                remaining if remaining is not None and remaining.id != call.id else None
            )
        self.refresh_actions()

    # -- commands --

    def request_ready(self) -> None:
        if (session := self._session) is not None:
            self.commands.run(session.ready, after=self._resync)

    def request_pause(self, pause_id: str) -> None:
        if (session := self._session) is not None:
            self.commands.run(lambda: session.pause(pause_id), after=self._resync)

    def request_answer(self) -> None:
        if (session := self._session) is not None:
            self.commands.run(session.answer, after=self.refresh_actions)

    def request_hangup(self) -> None:
        if (session := self._session) is not None:
            self.commands.run(session.hangup, after=self.refresh_actions)

    def request_dial(self, number: str) -> None:
        if (session := self._session) is not None:
            self.commands.run(lambda: session.dial(number), after=self.refresh_actions)

    def request_reconnect(self) -> None:
        if (session := self._session) is not None:
            session.reconnect_now()

    def _resync(self) -> None:
        """Show the vendor's word again (undoes a choice the vendor refused)."""
        if self._session is not None:
            self.pause_selector.set_status(self._session.status)
        self.refresh_actions()

    # -- window behaviour --

    def set_hides_on_close(self, hides: bool) -> None:
        """With a working tray, closing the window only hides it; without one it quits."""
        self._hide_on_close = hides

    def toggle_visible(self) -> None:
        if self.isVisible() and not self.isMinimized():
            self.hide()
        else:
            self.showNormal()
            self.raise_()
            self.activateWindow()

    def close_for_quit(self) -> None:
        """Close for good, as part of quitting."""
        self._closing_for_quit = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_for_quit:
            event.accept()
        elif self._hide_on_close:
            event.ignore()
            self.hide()
        else:
            event.accept()
            self.quit_requested.emit()
