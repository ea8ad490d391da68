"""The main window: the agent's state and call, wrap-up, dialling, and the recent calls."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import CallerInfo, Capability
from agentdesk.phone import DEFAULT_REGION, for_humans
from agentdesk.session import Action, Refusal, Session
from agentdesk.store.recording_cache import RecordingCache
from agentdesk.store.window_state import CardPlace
from agentdesk.ui.agent_commands import AgentCommands
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.caller_card import CallerCard
from agentdesk.ui.capability_text import unavailable_text
from agentdesk.ui.clipboard_dialer import ClipboardDialer
from agentdesk.ui.commands import CommandRunner
from agentdesk.ui.dial_confirm import DialConfirm
from agentdesk.ui.grow_to_fit import GrowToFit
from agentdesk.ui.messages import MessageAction, MessageBus
from agentdesk.ui.missed_calls_tab import MissedCallsTab
from agentdesk.ui.notifier import Notifier
from agentdesk.ui.outbox_status import OutboxStatus
from agentdesk.ui.queue_menu import QueueMenu
from agentdesk.ui.screen_reader import Announcer
from agentdesk.ui.session_wiring import SessionWiring
from agentdesk.ui.shift_wiring import ShiftWiring
from agentdesk.ui.sms_entry import SmsEntry
from agentdesk.ui.state_style import refusal_text
from agentdesk.ui.style import MIN_WIDTH, apply_theme, prefers_dark
from agentdesk.ui.today_view import TodayTab
from agentdesk.ui.widgets.connection_indicator import ConnectionIndicator
from agentdesk.ui.widgets.dial_bar import DialBar
from agentdesk.ui.widgets.dial_task_bar import DialTaskBar
from agentdesk.ui.widgets.message_banner import MessageBanner
from agentdesk.ui.widgets.offer_bar import OfferBar
from agentdesk.ui.widgets.option_hint import OptionHint
from agentdesk.ui.widgets.pause_selector import PauseSelector
from agentdesk.ui.widgets.state_badge import StateBadge
from agentdesk.ui.window_actions import WindowActions

if TYPE_CHECKING:
    from agentdesk.store.contacts import ContactDirectory
    from agentdesk.ui.caller_card_controller import CallerCards
    from agentdesk.ui.caller_flags import CallerFlagsPanel
    from agentdesk.ui.history_view import HistoryView
    from agentdesk.ui.team_view import TeamView
    from agentdesk.ui.transfer_picker import TransferPicker
    from agentdesk.ui.widgets.queue_strip import QueueStrip
    from agentdesk.ui.wrap_up_panel import WrapUpPanel

# What only a session shows (the caller cards' window, the wrap-up, the queues, the transfer
# picker, the team) is imported in attach(), which runs after the first paint; so is the
# Recent calls tab, made when first asked for (:attr:`MainWindow.history`), with its table,
# model and recording player.


class MainWindow(QMainWindow):
    """The agent's window onto one session: its layout, its theme, how it shows, hides and
    closes, and which controls the session allows now.

    Before :meth:`attach` it shows "Connecting…" and every control is off. Controls are
    enabled only when the session says the action is possible now, and hidden when the
    vendor does not offer it; :meth:`refresh_actions` is the one place that decides. The
    commands live in :attr:`agent_commands`, the session's signals reach the widgets through
    :class:`~agentdesk.ui.session_wiring.SessionWiring`, and the outbox line
    (:attr:`outbox_status`), the missed calls (:attr:`missed`) and the growing to fit
    (:attr:`grow_to_fit`) are small classes of their own.

    Signals:
        quit_requested(): File ▸ Quit (Ctrl+Q), or the window was closed while it does not
            hide to the tray.
        ready_allowed_changed(bool): whether "Ready" may be chosen now (for the tray menu).
        pause_allowed_changed(bool): whether a pause may be chosen now (for the tray menu).
        capabilities_changed(frozenset[Capability]): what the vendor offers (for the tray).
        settings_requested(): File ▸ Settings.
        import_contacts_requested(): File ▸ Import contacts.
        hidden_to_tray(): closing the window only hid it (there is a tray).
    """

    quit_requested = Signal()
    ready_allowed_changed = Signal(bool)
    pause_allowed_changed = Signal(bool)
    capabilities_changed = Signal(object)
    settings_requested = Signal()
    import_contacts_requested = Signal()
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
        self.region = region
        """How numbers written without a country code are read and shown (:meth:`set_region`)."""
        self._popup_cards = popup_cards
        self._card_screen = ""
        self._card_place: CardPlace | None = None
        self.session: Session | None = None
        """The session shown, once :meth:`attach` has been called."""
        self.bridge: SessionBridge | None = None
        self._wiring: SessionWiring | None = None
        self._contacts: ContactDirectory | None = None
        self._hide_on_close = False
        self._closing_for_quit = False
        self.notify_calls = True  # desktop notifications for ringing calls (a setting)
        self.queue_refresh_seconds = 10.0  # a setting
        self.commands = CommandRunner(bus, lambda: self.session.vendor_name if self.session else "")
        self.agent_commands = AgentCommands(self)
        self.cards: CallerCards | None = None
        self.announcer = Announcer(self)
        """What the agent's screen reader is told of calls and changes (see
        :mod:`agentdesk.ui.call_announcements`)."""
        self.wrap_up: WrapUpPanel | None = None
        self.queue_strip: QueueStrip | None = None
        self.transfer_picker: TransferPicker | None = None
        self.team: TeamView | None = None
        """The Team tab, when the vendor lists the colleagues."""

        self.setWindowTitle(title)
        self.setMinimumWidth(MIN_WIDTH)
        self.actions_ = WindowActions(self)
        self.quit_action = self.actions_.quit
        self.clipboard = ClipboardDialer(bus, region=region, parent=self)
        self.actions_.add_call_action(self.clipboard.action)
        self.actions_.add_call_action(self.clipboard.selection_action)
        self.queue_menu = QueueMenu(self.commands, self)
        self.actions_.call_menu.addMenu(self.queue_menu)
        self.queue_menu.menuAction().setVisible(False)  # until a vendor offers queue log-in
        self.shift = ShiftWiring(self)
        self._build_body(recording_cache)
        self._connect_actions()
        self.apply_theme()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply_theme)
        bus.attach_receiver(self.banner.show_message)
        self.banner.shown.connect(self.grow_to_fit.request)
        self.refresh_actions()

    # -- construction --

    def _build_body(self, recording_cache: RecordingCache | None) -> None:
        commands = self.agent_commands
        self.agent_name = QLabel(self.tr("Connecting…"))
        self.agent_name.setObjectName("agentName")
        self.state_badge = StateBadge()
        self.state_badge.set_placeholder(self.tr("Connecting…"))
        self.pause_selector = PauseSelector()
        self.pause_selector.ready_requested.connect(commands.request_ready)
        self.pause_selector.pause_requested.connect(commands.request_pause)

        state_card = QFrame()
        state_card.setObjectName("card")
        state_layout = QVBoxLayout(state_card)
        state_layout.setContentsMargins(14, 12, 14, 12)
        state_layout.setSpacing(10)
        state_layout.addWidget(self.agent_name)
        state_layout.addWidget(self.state_badge)
        state_layout.addWidget(self.pause_selector)
        self.pause_hint = OptionHint(Capability.PAUSE)
        state_layout.addWidget(self.pause_hint)

        self.banner = MessageBanner()
        self.call_panel = CallerCard(region=self.region)
        self.offer_bar = OfferBar()
        self.offer_bar.accepted.connect(commands.dial_now)
        self.dial_task_bar = DialTaskBar()
        self.dial_task_bar.cancel_requested.connect(commands.request_cancel_dial)
        self.dial_bar = DialBar()
        self.dial_bar.set_region(self.region)
        self.dial_bar.dial_requested.connect(commands.request_dial)
        self.dial_bar.set_aside.connect(
            lambda number, why: self.offer_bar.offer_number(
                number, for_humans(number, self.region), why
            )
        )
        self.dial_hint = OptionHint(Capability.DIAL)
        # Where the wrap-up would open after an answered call (SessionWiring shows it then).
        self.wrap_up_hint = OptionHint(Capability.DISPOSITION)
        self.dial_note = QLabel()
        self.dial_note.setObjectName("fieldHint")
        self.dial_note.setWordWrap(True)
        self.dial_note.hide()
        self.connection_indicator = ConnectionIndicator()
        self.connection_indicator.retry_requested.connect(commands.request_reconnect)
        self.outbox_status = OutboxStatus(self.bus, self.commands)

        now = QWidget()
        self.now_layout = QVBoxLayout(now)
        self.now_layout.setContentsMargins(0, 8, 0, 0)
        self.now_layout.setSpacing(12)
        self.now_layout.addWidget(state_card)
        self.now_layout.addWidget(self.call_panel)
        self.now_layout.addWidget(self.wrap_up_hint)
        self.now_layout.addWidget(self.offer_bar)
        self.now_layout.addWidget(self.dial_task_bar)
        self.now_layout.addWidget(self.dial_bar)
        self.now_layout.addWidget(self.dial_hint)
        self.now_layout.addWidget(self.dial_note)
        self.now_layout.addStretch(1)

        self._recording_cache = recording_cache
        self._history: HistoryView | None = None
        self._history_days: int | None = None
        self._call_back: tuple[bool, str | None] = (True, None)
        self.history_page = QWidget()
        """The Recent calls tab's page; :attr:`history` fills it when first asked for."""
        history_layout = QVBoxLayout(self.history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Every tab's name in sight: with scroll arrows, Czech's longer names hid "Today" and
        # "Team" behind them at the default width; the window grows to fit them instead.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.addTab(now, self.tr("Now"))
        self.tabs.addTab(self.history_page, self.tr("Recent calls"))
        self.tabs.currentChanged.connect(self._history_shown)
        self.missed = MissedCallsTab(self.tabs, show_window=self.show_and_raise, region=self.region)
        self.missed.dial_requested.connect(commands.dial_now)
        self.today = TodayTab(self.tabs)
        self.sms = SmsEntry(self, self.actions_.call_menu, self.bus)
        self.caller_flags: CallerFlagsPanel | None = None

        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.outbox_status)
        layout.addWidget(self.connection_indicator)
        self.setCentralWidget(central)
        # Whatever changes what the window shows (a caller's company arriving, a wrap-up form)
        # makes the layout ask again; that is the moment to grow if it no longer fits.
        self.grow_to_fit = GrowToFit(self, central, self.tabs, self.banner)

    def _connect_actions(self) -> None:
        actions, commands = self.actions_, self.agent_commands
        actions.quit.triggered.connect(self.quit_requested)
        actions.settings.triggered.connect(self.settings_requested)
        for hint in (self.pause_hint, self.dial_hint, self.wrap_up_hint):
            hint.settings_requested.connect(self.settings_requested)
        actions.import_contacts.triggered.connect(self.import_contacts_requested)
        actions.answer.triggered.connect(commands.request_answer)
        actions.hangup.triggered.connect(commands.request_hangup)
        actions.ready.triggered.connect(commands.request_ready)
        actions.focus_dial.triggered.connect(commands.focus_dial)
        actions.show_now.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        actions.show_history.triggered.connect(commands.show_history)
        self.clipboard.dial_requested.connect(commands.dial_now)
        self.clipboard.choice_needed.connect(commands.choose_number)
        self.clipboard.offer.connect(self.offer_bar.offer)
        self.dial_confirm = DialConfirm()
        self.dial_confirm.accepted.connect(commands.dial_now)
        self.clipboard.confirm_needed.connect(self.dial_confirm.ask)

    def apply_theme(self) -> None:
        """Light or dark, as the desktop's colour scheme asks."""
        dark = apply_theme(self, prefers_dark())
        self.banner.set_dark(dark)
        self.shift.set_dark(dark)
        if self.cards is not None:  # the pop-up card is a window of its own
            apply_theme(self.cards.window, dark)

    @property
    def history(self) -> HistoryView:
        """The Recent calls, made on first use: when a session is attached or the tab shown,
        after the first paint (its table, model and player cost about a tenth of the start)."""
        if self._history is None:
            from agentdesk.ui.history_view import HistoryView

            view = HistoryView(self.bus, cache=self._recording_cache, region=self.region)
            view.dial_requested.connect(self.agent_commands.dial_now)
            if self._history_days is not None:
                view.days = self._history_days
            view.set_call_back_allowed(*self._call_back)
            page_layout = self.history_page.layout()
            assert page_layout is not None
            page_layout.addWidget(view)
            self._history = view
        return self._history

    def _history_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.history_page:
            _ = self.history

    def set_history_days(self, days: int) -> None:
        """How many days back the Recent calls reach (a setting)."""
        self._history_days = days
        if self._history is not None:
            self._history.days = days

    # -- what the agent configured --

    def set_region(self, region: str) -> None:
        """How numbers written without a country code are read and shown."""
        self.region = region
        self.dial_bar.set_region(region)
        self.clipboard.set_region(region)
        if self._history is not None:
            self._history.set_region(region)
        self.missed.set_region(region)
        if self.transfer_picker is not None:
            self.transfer_picker.set_region(region)

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
        return await asyncio.to_thread(contacts.lookup, number, self.region)

    # -- the session --

    def attach(self, session: Session) -> SessionBridge:
        """Show ``session`` from now on; returns the bridge whose signals drive the window."""
        from agentdesk.ui.call_announcements import CallAnnouncements
        from agentdesk.ui.caller_card_controller import CallerCards
        from agentdesk.ui.caller_flags import CallerFlagsPanel
        from agentdesk.ui.widgets.queue_strip import QueueStrip
        from agentdesk.ui.wrap_up_panel import WrapUpPanel

        self.session = session
        bridge = SessionBridge(session, self)
        self.bridge = bridge
        self._tell_visibility()
        wiring = self._wiring = SessionWiring(self, session, bridge)
        self.missed.follow(bridge)
        self.today.follow(session, bridge)
        self.sms.follow(session)
        self.caller_flags = CallerFlagsPanel(region=self.region)
        self.now_layout.insertWidget(
            self.now_layout.indexOf(self.call_panel) + 1, self.caller_flags
        )
        self.caller_flags.follow(session, bridge)
        self.history.menu_requested.connect(self.caller_flags.add_to_menu)
        self.history.menu_requested.connect(self.sms.add_to_menu)
        self.sms.fallback_number = self._missed_number_shown

        self.cards = CallerCards(
            session,
            bridge,
            commands=self.commands,
            region=self.region,
            lookup=self._lookup_contact,
            embedded=self.call_panel,
            popup_enabled=self._popup_cards,
            parent=self,
        )
        self.set_card_placement(self._card_screen, self._card_place)
        # After the cards: a ringing call's pop-up is up when its announcement is made.
        CallAnnouncements(
            session,
            bridge,
            self.announcer,
            source=self._announcement_source,
            region=lambda: self.region,
            parent=self,
        )
        self.wrap_up = WrapUpPanel(session)
        self.wrap_up.saved_with_problem.connect(self.bus.warning)
        self.wrap_up.saved_for_later.connect(self.bus.info)
        self.outbox_status.follow(session)
        self.wrap_up.closed.connect(self.grow_to_fit.request)
        self.now_layout.insertWidget(self.now_layout.indexOf(self.call_panel) + 1, self.wrap_up)
        self.queue_strip = QueueStrip(session, bridge, interval=self.queue_refresh_seconds)
        self.now_layout.insertWidget(1, self.queue_strip)
        self._attach_team(session)
        self.shift.attach(session, bridge)
        wiring.show_session()
        self.refresh_actions()
        return bridge

    def _attach_team(self, session: Session) -> None:
        """The transfer picker behind the cards' Transfer, and the Team tab where offered."""
        from agentdesk.ui.team_view import TeamView
        from agentdesk.ui.transfer_picker import TransferPicker, transferred_text

        picker = self.transfer_picker = TransferPicker(
            session, self.commands, region=self.region, parent=self
        )
        picker.transferred.connect(
            lambda target, name: self.bus.info(transferred_text(target, name))
        )
        if self.cards is not None:
            self.cards.transfer_requested.connect(picker.present)
        if session.supports(Capability.TEAM):
            self.team = TeamView(session)
            self.team.dial_requested.connect(self.agent_commands.dial_now)
            self.tabs.addTab(self.team, self.tr("Team"))

    def _missed_number_shown(self) -> str | None:
        """The selected missed call's number while the Missed calls tab shows."""
        if self.tabs.currentIndex() != self.missed.index:
            return None
        return self.missed.view.selected_number()

    def _announcement_source(self) -> QObject:
        """The caller card's window while it shows (it is the notification), else this one."""
        if self.cards is not None and self.cards.window.isVisible():
            return self.cards.window
        return self

    def detach(self) -> None:
        """Let go of the session's cards (the pop-up has no Qt parent window)."""
        if self.cards is not None:
            self.cards.shutdown()

    def show_setup_error(self, text: str, *, offer_settings: bool = False) -> None:
        """No session could be made (no keyring, bad profile...): say why, plainly, with a
        button to the Settings window when the agent can put it right there."""
        self.state_badge.set_placeholder(self.tr("Not connected"))
        self.agent_name.setText(self.tr("AgentDesk could not start"))
        self.connection_indicator.set_unavailable(self.tr("Not connected"))
        to_settings = MessageAction(self.tr("Open Settings…"), self.settings_requested.emit)
        self.bus.error(text, to_settings if offer_settings else None)
        self.refresh_actions()

    def refresh_actions(self) -> None:
        """Enable what the session allows now, hide what the vendor does not offer (and say
        which profile option would offer it, where one would)."""
        session = self.session
        supports = session.supports if session else (lambda capability: True)
        can = session.can if session else (lambda action: False)

        def why(action: Action) -> str:
            if session is None:
                return self.tr("Not connected yet")
            refusal = session.why_not(action)
            offered = refusal not in (Refusal.NOT_OFFERED, Refusal.NEEDS_OPTION)
            reason = None if offered else session.why_not_offered(action)
            if reason is not None:
                return unavailable_text(reason)
            return refusal_text(refusal) if refusal else ""

        self.pause_selector.setVisible(supports(Capability.PAUSE))
        self.pause_hint.show_for(session)
        ready_allowed, pause_allowed = can(Action.READY), can(Action.PAUSE)
        self.pause_selector.set_allowed(ready=ready_allowed, pause=pause_allowed)
        self.pause_selector.setToolTip("" if pause_allowed else why(Action.PAUSE))

        if self.cards is not None:
            self.cards.refresh_actions()
        else:
            self.call_panel.refresh_actions(session)

        self.dial_bar.setVisible(supports(Capability.DIAL))
        self.dial_hint.show_for(session)
        dial_allowed = can(Action.DIAL)
        self.dial_bar.set_allowed(dial_allowed, None if dial_allowed else why(Action.DIAL))
        self._call_back = (dial_allowed, None if dial_allowed else why(Action.DIAL))
        if self._history is not None:
            self._history.set_call_back_allowed(*self._call_back)
        if self.team is not None:
            self.team.set_call_allowed(dial_allowed, None if dial_allowed else why(Action.DIAL))
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            self.missed.see()
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
        if self.session is not None and self.session.window_visible != visible:
            self.session.set_window_visible(visible)
        self.today.check_shown()

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
        if self._history is not None:
            await self._history.cancel_pending()
        if self.queue_strip is not None:
            await self.queue_strip.stop()
        if self.team is not None:
            await self.team.stop()
        await self.shift.stop()
        await self.today.stop()
        if self.caller_flags is not None:
            await self.caller_flags.stop()
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
