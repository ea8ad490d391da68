"""The main window: the agent's state and call, wrap-up, dialling, and the recent calls."""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import (
    AgentStatus,
    Call,
    CallerInfo,
    Capability,
    ConnectionChanged,
    ConnectionState,
    Pause,
)
from agentdesk.missed_calls import MissedCalls
from agentdesk.outbox_delivery import (
    OutboxChanged,
    SentWithProblem,
    WriteRefused,
    WriteUnreadable,
)
from agentdesk.phone import DEFAULT_REGION, PhoneNumber, for_humans
from agentdesk.session import Action, Session, SessionEvent
from agentdesk.store.contacts import ContactDirectory
from agentdesk.store.recording_cache import RecordingCache
from agentdesk.store.window_state import CardPlace
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.caller_card import CallerCard
from agentdesk.ui.caller_card_controller import CallerCards
from agentdesk.ui.clipboard_dialer import ClipboardDialer
from agentdesk.ui.commands import CommandRunner
from agentdesk.ui.dial_confirm import DialConfirm
from agentdesk.ui.history_view import HistoryView
from agentdesk.ui.messages import Level, MessageBus
from agentdesk.ui.missed_calls_view import MissedCallsView
from agentdesk.ui.notifier import Notifier
from agentdesk.ui.queue_menu import QueueMenu
from agentdesk.ui.state_style import refusal_text
from agentdesk.ui.style import MIN_WIDTH, apply_theme, prefers_dark
from agentdesk.ui.text import fill
from agentdesk.ui.widgets.connection_indicator import ConnectionIndicator
from agentdesk.ui.widgets.dial_bar import DialBar
from agentdesk.ui.widgets.dial_task_bar import DialTaskBar
from agentdesk.ui.widgets.message_banner import MessageBanner
from agentdesk.ui.widgets.offer_bar import OfferBar
from agentdesk.ui.widgets.pause_selector import PauseSelector
from agentdesk.ui.widgets.queue_strip import QueueStrip
from agentdesk.ui.widgets.state_badge import StateBadge
from agentdesk.ui.window_actions import WindowActions
from agentdesk.ui.wrap_up_panel import WrapUpPanel


class MainWindow(QMainWindow):
    """The agent's window onto one session.

    Before :meth:`attach` it shows "Connecting…" and every control is off. Controls are
    enabled only when the session says the action is possible now, and hidden when the
    vendor does not offer it; :meth:`refresh_actions` is the one place that decides.

    Signals:
        quit_requested(): File ▸ Quit (Ctrl+Q), or the window was closed while it does not
            hide to the tray.
        ready_allowed_changed(bool): whether "Ready" may be chosen now (for the tray menu).
        pause_allowed_changed(bool): whether a pause may be chosen now (for the tray menu).
        capabilities_changed(frozenset[Capability]): what the vendor offers (for the tray).
        settings_requested(): File ▸ Settings.
        import_contacts_requested(): File ▸ Import contacts.
    """

    quit_requested = Signal()
    ready_allowed_changed = Signal(bool)
    pause_allowed_changed = Signal(bool)
    capabilities_changed = Signal(object)
    settings_requested = Signal()
    import_contacts_requested = Signal()
    missed_unseen_changed = Signal(int)
    hidden_to_tray = Signal()

    def __init__(
        self,
        bus: MessageBus,
        *,
        title: str = "AgentDesk",
        notifier: Notifier | None = None,
        region: str = DEFAULT_REGION,
        popup_cards: bool = True,
        recording_cache: RecordingCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.notifier = notifier or Notifier(bus)
        self._region = region
        self._popup_cards = popup_cards
        self._card_screen = ""
        self._card_place: CardPlace | None = None
        self._session: Session | None = None
        self._bridge: SessionBridge | None = None
        self._contacts: ContactDirectory | None = None
        self._hide_on_close = False
        self._closing_for_quit = False
        self._answered: set[str] = set()  # calls that were answered: only those get a wrap-up
        self.notify_calls = True  # desktop notifications for ringing calls (a setting)
        self.queue_refresh_seconds = 10.0  # a setting
        self.commands = CommandRunner(bus, self._vendor_name)
        self.cards: CallerCards | None = None
        self.wrap_up: WrapUpPanel | None = None
        self.queue_strip: QueueStrip | None = None

        self.setWindowTitle(title)
        self.setMinimumWidth(MIN_WIDTH)
        self.actions_ = WindowActions(self)
        self.clipboard = ClipboardDialer(bus, region=region, parent=self)
        self.actions_.add_call_action(self.clipboard.action)
        self.actions_.add_call_action(self.clipboard.selection_action)
        self.queue_menu = QueueMenu(self.commands, self)
        self.actions_.call_menu.addMenu(self.queue_menu)
        self.queue_menu.menuAction().setVisible(False)  # until a vendor offers queue log-in
        self._build_body(recording_cache)
        self._connect_actions()
        self.apply_theme()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply_theme)
        bus.attach_receiver(self.banner.show_message)
        self.banner.shown.connect(self.fit_content)
        self.refresh_actions()

    # -- construction --

    @property
    def quit_action(self) -> QAction:
        return self.actions_.quit

    def _build_body(self, recording_cache: RecordingCache | None) -> None:
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
        self.call_panel = CallerCard(region=self._region)
        self.offer_bar = OfferBar()
        self.offer_bar.accepted.connect(self.dial_now)
        self.dial_task_bar = DialTaskBar()
        self.dial_task_bar.cancel_requested.connect(self.request_cancel_dial)
        self.dial_bar = DialBar()
        self.dial_bar.set_region(self._region)
        self.dial_bar.dial_requested.connect(self.request_dial)
        self.dial_note = QLabel()
        self.dial_note.setObjectName("fieldHint")
        self.dial_note.setWordWrap(True)
        self.dial_note.hide()
        self.connection_indicator = ConnectionIndicator()
        self.connection_indicator.retry_requested.connect(self.request_reconnect)
        self.outbox_label = QLabel()
        self.outbox_label.setObjectName("outboxStatus")
        self.outbox_label.setWordWrap(True)
        self.outbox_label.setTextFormat(Qt.TextFormat.RichText)
        self.outbox_label.linkActivated.connect(lambda _link: self.review_refused_writes())
        self.outbox_label.hide()

        now = QWidget()
        self.now_layout = QVBoxLayout(now)
        self.now_layout.setContentsMargins(0, 8, 0, 0)
        self.now_layout.setSpacing(12)
        self.now_layout.addWidget(state_card)
        self.now_layout.addWidget(self.call_panel)
        self.now_layout.addWidget(self.offer_bar)
        self.now_layout.addWidget(self.dial_task_bar)
        self.now_layout.addWidget(self.dial_bar)
        self.now_layout.addWidget(self.dial_note)
        self.now_layout.addStretch(1)

        self.history = HistoryView(self.bus, cache=recording_cache, region=self._region)
        self.history.dial_requested.connect(self.dial_now)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(now, self.tr("Now"))
        self.tabs.addTab(self.history, self.tr("Recent calls"))
        self.missed = MissedCalls(on_change=self._on_missed_changed)
        self.missed_view = MissedCallsView(self.missed, region=self._region)
        self.missed_view.dial_requested.connect(self.dial_now)
        self.missed_tab = self.tabs.addTab(self.missed_view, self.tr("Missed calls"))
        self.tabs.currentChanged.connect(lambda _index: self._see_missed())

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.outbox_label)
        layout.addWidget(self.connection_indicator)
        self.setCentralWidget(central)
        # Whatever changes what the window shows (a caller's company arriving, a wrap-up form)
        # makes the layout ask again; that is the moment to grow if it no longer fits.
        central.installEventFilter(self)

    def _connect_actions(self) -> None:
        actions = self.actions_
        actions.quit.triggered.connect(self.quit_requested)
        actions.settings.triggered.connect(self.settings_requested)
        actions.import_contacts.triggered.connect(self.import_contacts_requested)
        actions.answer.triggered.connect(self.request_answer)
        actions.hangup.triggered.connect(self.request_hangup)
        actions.ready.triggered.connect(self.request_ready)
        actions.focus_dial.triggered.connect(self._focus_dial)
        actions.show_now.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        actions.show_history.triggered.connect(self._show_history)
        self.clipboard.dial_requested.connect(self.dial_now)
        self.clipboard.choice_needed.connect(self._choose_number)
        self.clipboard.offer.connect(self.offer_bar.offer)
        self.dial_confirm = DialConfirm()
        self.dial_confirm.accepted.connect(self.dial_now)
        self.clipboard.confirm_needed.connect(self.dial_confirm.ask)

    def apply_theme(self) -> None:
        """Light or dark, as the desktop's colour scheme asks."""
        dark = apply_theme(self, prefers_dark())
        self.banner.set_dark(dark)
        if self.cards is not None:  # the pop-up card is a window of its own
            apply_theme(self.cards.window, dark)

    def fit_content(self) -> None:
        """Grow the window when what it shows needs more height (a banner wrapped over two
        lines, a pause title) rather than let Qt squeeze the Answer and Hang up buttons; the
        minimum-size constraint alone misses word-wrapped labels."""
        QTimer.singleShot(0, self._grow_to_fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.centralWidget():
            self.fit_content()
        return super().eventFilter(watched, event)

    def _grow_to_fit(self) -> None:
        # Only the page on show counts: the tab widget's own hint is the largest page's
        # preferred size (the recent calls' table), which would blow the window up.
        page = self.tabs.currentWidget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None:
            return
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(page.width())
        else:
            needed = layout.totalMinimumSize().height()
        banner_missing = 0
        if self.banner.isVisible() and self.banner.hasHeightForWidth():
            banner_missing = self.banner.heightForWidth(self.banner.width()) - self.banner.height()
        missing_height = max(needed - page.height(), 0) + max(banner_missing, 0)
        # The central widget may already have widened past the window; the window's own hint
        # says what the whole needs.
        missing_width = self.minimumSizeHint().width() - self.width()
        if missing_height > 0 or missing_width > 0:
            self.resize(
                self.width() + max(0, missing_width), self.height() + max(0, missing_height)
            )

    # -- what the agent configured --

    def set_region(self, region: str) -> None:
        """How numbers written without a country code are read and shown."""
        self._region = region
        self.dial_bar.set_region(region)
        self.clipboard.set_region(region)
        self.history.set_region(region)
        self.missed_view.set_region(region)

    def set_contacts(self, contacts: ContactDirectory | None) -> None:
        """The local directory for completion, and for caller cards the vendor cannot fill."""
        self._contacts = contacts
        self.dial_bar.set_contacts(contacts)

    def set_queue_refresh(self, seconds: float) -> None:
        self.queue_refresh_seconds = seconds
        if self.queue_strip is not None:
            self.queue_strip.timer.setInterval(int(seconds * 1000))

    def set_popup_cards(self, enabled: bool) -> None:
        self._popup_cards = enabled
        if self.cards is not None:
            self.cards.set_popup_enabled(enabled)

    def set_card_placement(self, screen_name: str, place: CardPlace | None) -> None:
        """The screen the pop-up card prefers (a setting; "" = under the mouse) and where the
        agent last put it (kept between runs)."""
        self._card_screen, self._card_place = screen_name, place
        if self.cards is not None:
            self.cards.window.screen_name = screen_name
            self.cards.window.agent_place = place

    def card_place(self) -> CardPlace | None:
        return self.cards.window.agent_place if self.cards is not None else self._card_place

    async def _lookup_contact(self, number: str) -> CallerInfo | None:
        contacts = self._contacts
        if contacts is None:
            return None
        return await asyncio.to_thread(contacts.lookup, number, self._region)

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
        self._tell_visibility()
        bridge.status_changed.connect(self._on_status)
        bridge.connection_changed.connect(self._on_connection)
        bridge.pauses_loaded.connect(self._on_pauses)
        bridge.call_ringing.connect(self._on_call_ringing)
        bridge.call_answered.connect(self._on_call_answered)
        bridge.call_ended.connect(self._on_call_ended)
        bridge.call_ringing.connect(self.missed.rang)
        bridge.call_answered.connect(self.missed.answered)
        bridge.call_ended.connect(self.missed.ended)

        self.cards = CallerCards(
            session,
            bridge,
            commands=self.commands,
            region=self._region,
            lookup=self._lookup_contact,
            embedded=self.call_panel,
            popup_enabled=self._popup_cards,
            parent=self,
        )
        self.set_card_placement(self._card_screen, self._card_place)
        self.wrap_up = WrapUpPanel(session)
        self.wrap_up.saved_with_problem.connect(self.bus.warning)
        self.wrap_up.saved_for_later.connect(self.bus.info)
        session.add_listener(self._on_outbox_event)
        self.show_outbox(session.outbox_counts)
        self.wrap_up.closed.connect(self.fit_content)
        self.now_layout.insertWidget(self.now_layout.indexOf(self.call_panel) + 1, self.wrap_up)
        self.queue_strip = QueueStrip(session, bridge, interval=self.queue_refresh_seconds)
        self.now_layout.insertWidget(1, self.queue_strip)
        # A call ringing or ending changes the queues now, not at the next tick.
        for signal in (bridge.call_ringing, bridge.call_ended):
            signal.connect(self._refresh_queues)
        self.history.set_session(session)
        self.tabs.setTabVisible(1, self.history.available)
        self.queue_menu.menuAction().setVisible(session.supports(Capability.QUEUE_LOGIN))
        if session.supports(Capability.QUEUE_LOGIN):
            self.queue_menu.set_session(session)
        if not session.supports(Capability.LIVE_STATE):
            # The card stays empty for good: say why rather than look broken.
            self.call_panel.no_call_text.setWordWrap(True)
            self.call_panel.no_call_text.setText(
                self.tr(
                    "%1 does not tell AgentDesk of incoming calls while they ring with this "
                    "profile; calls you dial from here show on this card, and all calls "
                    "appear in Recent calls."
                ).replace("%1", session.vendor_name)
            )
        note = session.dial_note
        self.dial_note.setText(QCoreApplication.translate("VendorText", note) if note else "")
        self.dial_note.setVisible(bool(note) and session.supports(Capability.DIAL))

        self.pause_selector.set_pauses(session.pauses)
        self.pause_selector.set_status(session.status)
        self.connection_indicator.set_webhook_source(lambda: session.webhook_figures)
        self.connection_indicator.set_connection(session.connection)
        if session.connection.state is ConnectionState.CONNECTED:
            self._on_status(session.status)
        self.refresh_actions()
        return bridge

    def detach(self) -> None:
        """Let go of the session's cards (the pop-up has no Qt parent window)."""
        if self.cards is not None:
            self.cards.shutdown()

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

        if self.cards is not None:
            self.cards.refresh_actions()
        else:
            self.call_panel.refresh_actions(session)

        self.dial_bar.setVisible(supports(Capability.DIAL))
        dial_allowed = can(Action.DIAL)
        self.dial_bar.set_allowed(dial_allowed, None if dial_allowed else why(Action.DIAL))
        self.history.set_call_back_allowed(dial_allowed, None if dial_allowed else why(Action.DIAL))
        self.clipboard.action.setVisible(supports(Capability.DIAL))

        actions = self.actions_
        for action, capability, allowed in (
            (actions.answer, Capability.ANSWER, can(Action.ANSWER)),
            (actions.hangup, Capability.HANGUP, can(Action.HANGUP)),
            (actions.ready, Capability.PAUSE, ready_allowed),
        ):
            action.setVisible(supports(capability))
            action.setEnabled(allowed)
        self.ready_allowed_changed.emit(ready_allowed)
        self.pause_allowed_changed.emit(pause_allowed)
        self.capabilities_changed.emit(session.capabilities if session else frozenset())

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

    def _on_outbox_event(self, event: SessionEvent) -> None:
        if isinstance(event, OutboxChanged):
            self.show_outbox(event)
        elif isinstance(event, WriteRefused):
            text = self.tr("%1 refused a saved wrap-up: %2")
            if event.in_doubt:
                text = self.tr(
                    "%1 refused a saved wrap-up, which may have reached it before AgentDesk "
                    "closed: %2"
                )
            self.bus.warning(fill(text, self._vendor_name(), event.message))
        elif isinstance(event, SentWithProblem):
            self.bus.warning(fill(self.tr("%1 said: %2"), self._vendor_name(), event.message))
        elif isinstance(event, WriteUnreadable):
            text = self.tr("A saved wrap-up was not sent: %1")
            self.bus.warning(fill(text, event.message))

    def show_outbox(self, counts: OutboxChanged) -> None:
        """Say how many wrap-ups wait to be sent, and how many the vendor refused."""
        parts: list[str] = []
        if counts.pending == 1:
            parts.append(html.escape(self.tr("1 wrap-up waiting to be sent")))
        elif counts.pending:
            parts.append(html.escape(self.tr("%n wrap-ups waiting to be sent", "", counts.pending)))
        if counts.failed:
            vendor = self._vendor_name()
            if counts.failed == 1:
                refused = self.tr("1 wrap-up refused by %1").replace("%1", vendor)
            else:
                text = self.tr("%n wrap-ups refused by %1", "", counts.failed)
                refused = text.replace("%1", vendor)
            link = html.escape(self.tr("Review…"))
            parts.append(f'{html.escape(refused)} <a href="review">{link}</a>')
        self.outbox_label.setText(" · ".join(parts))
        self.outbox_label.setToolTip(
            self.tr("Saved on this computer; AgentDesk sends them as soon as it can.")
            if counts.pending
            else ""
        )
        self.outbox_label.setVisible(bool(parts))

    def review_refused_writes(self) -> None:
        """List the wrap-ups the vendor refused, with its words, and offer to discard them."""
        session = self._session
        if session is None:
            return

        async def review() -> None:
            entries = await session.refused_writes()
            if not entries:
                return
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Refused wrap-ups"))
            box.setText(
                self.tr(
                    "%1 refused these saved wrap-ups. Enter them in %1 again, then discard."
                ).replace("%1", session.vendor_name)
            )
            lines = []
            for entry in entries:
                when = entry.created.astimezone().strftime("%d %b %H:%M") if entry.created else "?"
                lines.append(f"{when} · {entry.disposition.call_id}: {entry.last_error or ''}")
            box.setInformativeText("\n".join(lines[:5]))
            if len(lines) > 5:
                box.setDetailedText("\n".join(lines))
            discard = box.addButton(self.tr("Discard them"), QMessageBox.ButtonRole.DestructiveRole)
            close = box.addButton(QMessageBox.StandardButton.Close)
            box.setDefaultButton(close)  # discarding is the agent's deliberate choice

            def finished() -> None:
                if box.clickedButton() is discard:
                    ids = [entry.id for entry in entries]

                    async def drop() -> None:
                        for entry_id in ids:
                            await session.discard_refused(entry_id)

                    self.commands.run(drop)

            box.finished.connect(lambda _result: finished())
            box.open()
            self.refused_prompt = box

        self.commands.run(review)

    def _on_pauses(self, pauses: tuple[Pause, ...]) -> None:
        self.pause_selector.set_pauses(pauses)

    def _on_call_ringing(self, call: Call) -> None:
        self.dial_task_bar.dismiss()
        # The caller card shows the call; a desktop notification says it where there is a tray
        # (where there is none, the card is the notice and the banner stays for messages).
        if self.notify_calls and self.notifier.uses_tray():
            who = " ".join(
                part for part in (for_humans(call.number, self._region), call.name) if part
            )
            self.notifier.notify(
                self.tr("Incoming call"), self.tr("Incoming call: %1").replace("%1", who)
            )
        self.refresh_actions()

    def _on_call_answered(self, call: Call) -> None:
        self._answered.add(call.id)
        self.dial_task_bar.dismiss()  # the queued dial, if any, has been placed
        self.refresh_actions()

    def _on_call_ended(self, call: Call) -> None:
        answered = call.id in self._answered
        self._answered.discard(call.id)
        if self.history.isVisible():  # a call just joined the recent calls
            self.history.refresh()
        wants_wrap_up = self._session is not None and self._session.supports(Capability.DISPOSITION)
        if answered and wants_wrap_up and self.wrap_up is not None:
            self.wrap_up.open_for(call)
        self.refresh_actions()

    def _refresh_queues(self) -> None:
        strip = self.queue_strip
        if strip is not None and strip.isVisible():
            strip.refresh()

    # -- commands --

    def request_ready(self) -> None:
        if (session := self._session) is not None:
            self.commands.run(session.ready, after=self._resync)

    def request_pause(self, pause_id: str) -> None:
        if (session := self._session) is not None:
            self.commands.run(lambda: session.pause(pause_id), after=self._resync)

    def request_answer(self) -> None:
        if self.cards is not None:
            self.cards.request_answer()

    def request_hangup(self) -> None:
        if self.cards is not None:
            self.cards.request_hangup()

    def request_dial(self, number: str) -> None:
        if (session := self._session) is None:
            return

        async def dial() -> None:
            result = await session.dial(number)
            if result.call_id and session.supports(Capability.CANCEL_DIAL):
                self.dial_task_bar.show_queued(for_humans(number, self._region), result.call_id)

        self.commands.run(dial, after=self.refresh_actions)

    def request_cancel_dial(self, dial_id: str) -> None:
        if (session := self._session) is None:
            return

        async def cancel() -> None:
            await session.cancel_dial(dial_id)
            self.bus.info(self.tr("The queued call was cancelled."))

        self.commands.run(cancel, after=self.dial_task_bar.dismiss)

    def dial_now(self, number: str) -> bool:
        """Dial ``number`` from anywhere (a link, the clipboard, the history): the dial bar
        checks it and says why not when the agent cannot call now."""
        self.tabs.setCurrentIndex(0)
        return bool(self.dial_bar.dial_now(number))

    def request_reconnect(self) -> None:
        if (session := self._session) is not None:
            session.reconnect_now()

    def _resync(self) -> None:
        """Show the vendor's word again (undoes a choice the vendor refused)."""
        if self._session is not None:
            self.pause_selector.set_status(self._session.status)
        self.refresh_actions()

    def _focus_dial(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.dial_bar.number_edit.setFocus()
        self.dial_bar.number_edit.selectAll()

    def _show_history(self) -> None:
        if self.tabs.isTabVisible(1):
            self.tabs.setCurrentIndex(1)

    def _choose_number(self, numbers: list[PhoneNumber]) -> None:
        """Several numbers in the clipboard: let the agent pick one."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for number in numbers:
            choice = menu.addAction(number.national)
            choice.triggered.connect(lambda _checked=False, n=number.e164: self.dial_now(n))
        self.tabs.setCurrentIndex(0)
        menu.popup(self.dial_bar.mapToGlobal(QPoint(0, self.dial_bar.height())))

    # -- quitting with work unsaved --

    def has_unsaved_work(self) -> bool:
        return self.wrap_up is not None and self.wrap_up.has_unsaved()

    def confirm_discard(self, then: Callable[[], None]) -> None:
        """Ask whether to drop the unsaved wrap-up; ``then`` runs when the agent agrees.

        Non-modal (``open()``), so no nested event loop runs inside the session's tasks.
        """
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved wrap-up"))
        box.setText(self.tr("The wrap-up of the last call is not saved. Quit anyway?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: int) -> None:
            if QMessageBox.StandardButton(button) is QMessageBox.StandardButton.Discard:
                if self.wrap_up is not None:
                    self.wrap_up.discard()
                then()

        box.finished.connect(lambda _result: answered(box.standardButton(box.clickedButton())))
        self.showNormal()
        self.tabs.setCurrentIndex(0)
        box.open()
        self.unsaved_prompt = box

    # -- window behaviour --

    # -- missed calls --

    def show_missed(self) -> None:
        self.show_and_raise()
        self.tabs.setCurrentIndex(self.missed_tab)

    def _on_missed_changed(self) -> None:
        self.missed_view.refresh()
        unseen = self.missed.unseen
        label = self.tr("Missed calls")
        self.tabs.setTabText(
            self.missed_tab, fill(self.tr("Missed calls (%1)"), str(unseen)) if unseen else label
        )
        self.missed_unseen_changed.emit(unseen)
        self._see_missed()

    def _see_missed(self) -> None:
        """The agent sees the list when its tab shows in the active window."""
        if (
            self.missed.unseen
            and self.tabs.currentIndex() == self.missed_tab
            and self.isVisible()
            and self.isActiveWindow()
        ):
            self.missed.mark_seen()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            self._see_missed()
        elif event.type() == QEvent.Type.WindowStateChange:
            self._tell_visibility()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tell_visibility()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._tell_visibility()

    def _tell_visibility(self) -> None:
        """Vendors that are polled are polled less while nobody looks (issue 8)."""
        visible = self.isVisible() and not self.isMinimized()
        if self._session is not None and self._session.window_visible != visible:
            self._session.set_window_visible(visible)

    def set_hides_on_close(self, hides: bool) -> None:
        """With a working tray, closing the window only hides it; without one it quits."""
        self._hide_on_close = hides

    def toggle_visible(self) -> None:
        if self.isVisible() and not self.isMinimized():
            self.hide()
        else:
            self.show_and_raise()

    def show_and_raise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    async def cancel_pending(self) -> None:
        """End the work the window started (commands, history loads, queue refreshes, caller
        lookups, the wrap-up's form load or save), as part of quitting and before the session
        stops: a request still unwinding when the loop stops would end outside it (qasync runs
        what is left with no loop)."""
        await self.commands.cancel_all()
        await self.history.cancel_pending()
        if self.queue_strip is not None:
            await self.queue_strip.stop()
        if self.cards is not None:
            await self.cards.cancel_pending()
        if self.wrap_up is not None:
            await self.wrap_up.cancel_pending()

    def close_for_quit(self) -> None:
        """Close for good, as part of quitting."""
        self._closing_for_quit = True
        self.detach()
        self.dial_confirm.close()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_for_quit:
            event.accept()
        elif self._hide_on_close:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
        else:
            event.ignore()
            self.quit_requested.emit()
