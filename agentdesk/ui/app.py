"""Start-up and shut-down: QApplication, the qasync loop, window, tray, session."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

# PySide6 must be imported before qasync so that qasync picks the binding we use.
from PySide6.QtCore import QByteArray, QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QSystemTrayIcon, QWidget

import qasync  # isort: skip

from agentdesk.core import (
    AgentDeskError,
    AgentState,
    Capability,
    ConfigurationError,
    ConnectionChanged,
    ConnectionState,
)
from agentdesk.phone import load_metadata
from agentdesk.session import Action, Session, SessionEvent
from agentdesk.store.recording_cache import RecordingCache
from agentdesk.store.set_aside import SetAside
from agentdesk.store.settings import AppSettings, load_settings
from agentdesk.store.window_state import load_window_state, save_window_state
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.contacts_import import ContactsImporter
from agentdesk.ui.excepthook import install_excepthook
from agentdesk.ui.first_paint import painted, report_first_paint
from agentdesk.ui.heap import freeze_when_connected
from agentdesk.ui.hotkeys import GlobalShortcuts, create_global_shortcuts
from agentdesk.ui.i18n import Translations, choose_language
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.messages import MessageBus
from agentdesk.ui.notifier import Notifier
from agentdesk.ui.single_instance import (
    ALREADY_RUNNING,
    SingleInstance,
    dial_message,
    show_message,
)
from agentdesk.ui.sms_dialog import split_templates
from agentdesk.ui.style import apply_theme
from agentdesk.ui.tasks import TaskOwner
from agentdesk.ui.termination import quit_on_signals
from agentdesk.ui.text import fill
from agentdesk.ui.tray import TrayIcon, state_icon

if TYPE_CHECKING:
    from agentdesk.store.contacts import ContactDirectory
    from agentdesk.ui.screen_pop import ScreenPopper
    from agentdesk.ui.wake_watch import WakeWatcher

# What serves only after the first paint (the screen pop, the contacts, the sleep watch, the
# diagnostics, the keyring's messages, phone numbers) is imported where it is first used:
# tests/cli/test_first_paint_imports.py keeps the first paint's imports short.

log = logging.getLogger(__name__)

SessionFactory = Callable[[], Awaitable[Session]]
Cleanup = Callable[[], Awaitable[None]]

# How long a link clicked before AgentDesk connected waits for the session to allow dialling.
DIAL_ON_START_WAIT = 30.0

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def app_icon() -> QIcon:
    """The AgentDesk mark, from the package's sized PNGs (and the SVG where Qt can read it);
    a plain state dot if the files are missing."""
    icon = QIcon()
    for png in sorted(ICONS.glob("agentdesk-*.png")):
        icon.addFile(str(png))
    svg = ICONS / "agentdesk.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    if not icon.isNull():
        return icon
    from agentdesk.core import AgentState

    return state_icon(AgentState.READY)


def grab_window_png(window: QWidget, path: str | Path) -> bool:
    """Save what ``window`` shows now as a PNG (screenshots, docs); True when written."""
    return window.grab().save(str(path), "PNG")


def outbox_set_aside_text(kept: SetAside) -> str:
    """What the agent is told of a damaged outbox set aside at the start."""
    text = QCoreApplication.translate(
        "Shell",
        "AgentDesk could not read its outbox of unsent wrap-ups, %1 (%2), and started a fresh "
        "one. The old file is kept as %3; wrap-ups waiting in it were not sent.",
    )
    return fill(text, str(kept.original), kept.why, str(kept.kept_as))


def option_secrets_text(profile_name: str, why: str) -> str:
    """What the agent is told when the keyring could not take a profile's secret options."""
    text = QCoreApplication.translate(
        "Shell",
        "The keyring could not take the secret options of profile %1; nothing is lost, they are %2",
    )
    return fill(text, profile_name, why)


def settings_set_aside_text(kept: SetAside) -> str:
    """What the agent is told of a damaged settings file set aside at the start."""
    text = QCoreApplication.translate(
        "Shell",
        "AgentDesk could not read its settings, %1 (%2), and uses the defaults. The old file "
        "is kept as %3.",
    )
    return fill(text, str(kept.original), kept.why, str(kept.kept_as))


class Shell:
    """The window, tray and notifier of one app run, and the session's life within it.

    Construct it inside a running QApplication with an asyncio loop set; :meth:`run` shows
    the window, creates and starts the session, and returns once the agent quits and
    everything is stopped.
    """

    def __init__(
        self,
        *,
        title: str = "AgentDesk",
        bus: MessageBus | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        settings: AppSettings | None = None,
        instance: SingleInstance | None = None,
        recording_cache: RecordingCache | None = None,
        global_shortcuts: Callable[[QObject], GlobalShortcuts] = create_global_shortcuts,
        freeze_heap: bool = False,
    ) -> None:
        """``freeze_heap``: once connected, keep the start-up's objects out of the garbage
        collector's sight (:mod:`agentdesk.ui.heap`); the app does, tests need not."""
        # A tray app quits explicitly; otherwise closing the last window stops the loop
        # under qasync (qasync #39).
        QApplication.setQuitOnLastWindowClosed(False)
        self.settings = settings or AppSettings()
        self.bus = bus or MessageBus()
        self.tray = TrayIcon()
        self.tray.setIcon(app_icon())
        self.notifier = Notifier(self.bus, self.tray, tray_available=tray_available)
        self.recording_cache = recording_cache or RecordingCache()
        self.window = MainWindow(
            self.bus,
            title=title,
            notifier=self.notifier,
            region=self.settings.default_region,
            popup_cards=self.settings.caller_card_popup,
            recording_cache=self.recording_cache,
        )
        self.window.setWindowIcon(app_icon())
        self.has_tray = tray_available()
        self.window.set_hides_on_close(self.has_tray)
        self.window_state = load_window_state()
        if self.window_state.main_geometry:
            # Size, position and monitor; Qt moves it onto a screen if that one is gone.
            self.window.restoreGeometry(QByteArray(self.window_state.main_geometry))
        self.window.hidden_to_tray.connect(self._explain_tray)
        self.shortcuts = global_shortcuts(self.window)
        self.shortcuts.activated.connect(self.on_global_shortcut)
        self.shortcuts.changed.connect(self._show_shortcuts_status)
        self._last_pause: str | None = None
        self.session: Session | None = None
        self.screen_popper: ScreenPopper | None = None
        self.contacts: ContactDirectory | None = None
        self.instance = instance
        self.settings_window: QWidget | None = None
        self.diagnostics_dialog: QFileDialog | None = None
        self._quit = asyncio.Event()
        self.freeze_heap = freeze_heap
        self.tasks = TaskOwner()  # start-up work and the link that started the app
        self.importer = ContactsImporter(
            self.bus, lambda: self.contacts, lambda: self.settings.default_region
        )
        self._apply_settings(self.settings)

        window, tray = self.window, self.tray
        window.quit_requested.connect(self.request_quit)
        window.ready_allowed_changed.connect(tray.set_ready_allowed)
        window.pause_allowed_changed.connect(tray.set_pause_allowed)
        window.capabilities_changed.connect(tray.set_capabilities)
        window.settings_requested.connect(self.open_settings)
        window.import_contacts_requested.connect(lambda: self.importer.choose_file(window))
        window.actions_.diagnostics.triggered.connect(self.save_diagnostics)
        tray.quit_requested.connect(self.request_quit)
        tray.toggle_window_requested.connect(window.toggle_visible)
        tray.ready_requested.connect(window.agent_commands.request_ready)
        tray.pause_requested.connect(window.agent_commands.request_pause)
        tray.settings_requested.connect(self.open_settings)
        tray.missed_requested.connect(window.missed.show)
        window.missed.unseen_changed.connect(tray.set_missed)
        tray.add_call_action(window.clipboard.action)
        self.wake: WakeWatcher | None = None
        """Made once the window is shown (:meth:`watch_wake`)."""
        if instance is not None:
            instance.dial_received.connect(self.dial_link)
            instance.show_requested.connect(window.show_and_raise)

    @property
    def quitting(self) -> bool:
        return self._quit.is_set()

    def request_quit(self) -> None:
        """Quit, unless the agent would lose a wrap-up: then ask first."""
        if self.window.has_unsaved_work():
            self.window.confirm_discard(self._quit.set)
        else:
            self._quit.set()

    async def run(
        self,
        create_session: SessionFactory,
        cleanup: Cleanup | None = None,
        *,
        dial_on_start: str | None = None,
    ) -> int:
        if self.has_tray:
            self.tray.show()
        if not (self.settings.start_minimised and self.has_tray) or dial_on_start:
            report_first_paint(self.window, self.request_quit)
            self.window.show()
            # The rest (and its imports: the session, HTTP, a demo's simulator) after it.
            await painted(self.window)
        self.watch_wake()
        self.tasks.start(asyncio.to_thread(load_metadata, self.settings.default_region))
        self.tasks.start(self._load_contacts())
        self.tasks.start(self._purge_recordings())
        self.tasks.start(self._find_notification_server())
        try:
            session = await self._create(create_session)
            if session is not None:
                self.session = session
                bridge = self.window.attach(session)
                if session.outbox_set_aside is not None:
                    self.bus.warning(outbox_set_aside_text(session.outbox_set_aside))
                from agentdesk.store import option_secrets  # after the first paint

                for profile_name, why in option_secrets.take_warnings():
                    self.bus.warning(option_secrets_text(profile_name, why))
                self._share_contacts()
                bridge.status_changed.connect(self.tray.set_status)
                bridge.connection_changed.connect(self.tray.set_connection)
                bridge.pauses_loaded.connect(self.tray.set_pauses)
                self._start_screen_pop(session, bridge)
                if self.freeze_heap:
                    freeze_when_connected(session)
                session.start()
                if dial_on_start:
                    self.tasks.start(self._dial_when_ready(session, dial_on_start))
            await self._quit.wait()
        finally:
            await self._shut_down(cleanup)
        return 0

    # -- links, contacts, settings --

    # -- global shortcuts --

    def on_global_shortcut(self, action: str) -> None:
        """A global shortcut was pressed, wherever the agent was working."""
        window = self.window
        if action == "answer":
            window.agent_commands.request_answer()
        elif action == "hangup":
            window.agent_commands.request_hangup()
        elif action == "dial_selection":
            window.clipboard.dial_selection()
        elif action == "show_window":
            window.toggle_visible()
        elif action == "toggle_ready":
            self._toggle_ready()

    def _toggle_ready(self) -> None:
        """Ready → the last pause the agent took (else the first one offered); any other
        state → Ready. The session refuses what the vendor's state does not allow."""
        session = self.session
        if session is None:
            return
        if session.status.pause is not None and not session.status.pause.is_wrap_up:
            self._last_pause = session.status.pause.id
        if session.status.state is not AgentState.READY:
            self.window.agent_commands.request_ready()
            return
        pauses = [p.id for p in session.pauses if not p.is_wrap_up]
        chosen = self._last_pause if self._last_pause in pauses else next(iter(pauses), None)
        if chosen is None:
            self.bus.info(QCoreApplication.translate("Shell", "There is no pause to switch to."))
        else:
            self.window.agent_commands.request_pause(chosen)

    def shortcuts_status(self) -> str:
        """What the settings page says of the global shortcuts: the mechanism, and the keys
        that could not be had."""
        mechanisms = {
            "portal": QCoreApplication.translate(
                "Shell", "Global shortcuts: the desktop portal (your system settings manage them)."
            ),
            "x11": QCoreApplication.translate("Shell", "Global shortcuts: X11 key grabs."),
            "windows": QCoreApplication.translate("Shell", "Global shortcuts: Windows hot keys."),
            "none": QCoreApplication.translate(
                "Shell", "Global shortcuts are not available on this desktop."
            ),
        }
        lines = [mechanisms.get(self.shortcuts.mechanism, self.shortcuts.mechanism)]
        for action, reason in sorted(self.shortcuts.taken().items()):
            text = QCoreApplication.translate("Shell", "Not available: %1 (%2)")
            lines.append(fill(text, action.replace("_", " "), reason))
        return "\n".join(lines)

    def _show_shortcuts_status(self) -> None:
        if self.settings_window is None:
            return  # not opened yet (and its module not imported: it is a big one)
        from agentdesk.ui.settings_window import SettingsWindow

        if isinstance(self.settings_window, SettingsWindow):
            self.settings_window.general_page.set_shortcuts_status(self.shortcuts_status())

    def _start_screen_pop(self, session: Session, bridge: SessionBridge) -> None:
        """The profile's CRM screen pop, if it has one; a template broken by hand in the file
        is said once and left out, the rest of the app unharmed."""
        from agentdesk.screen_pop import TemplateError
        from agentdesk.ui.screen_pop import ScreenPopper

        try:
            popper = ScreenPopper.from_options(
                session.profile_options,
                vendor=session.vendor_name,
                agent=session.profile_user,
                region=self.settings.default_region,
            )
        except TemplateError as exc:
            text = QCoreApplication.translate("Shell", "The CRM screen pop is off: %1")
            self.bus.warning(fill(text, str(exc)))
            return
        popper.failed.connect(self.bus.warning)
        popper.attach(bridge)
        self.screen_popper = popper

    def _explain_tray(self) -> None:
        """Closing the window the first time: say where AgentDesk went, once for good."""
        if self.window_state.tray_close_explained:
            return
        self.window_state = replace(self.window_state, tray_close_explained=True)
        text = QCoreApplication.translate(
            "Shell",
            "AgentDesk keeps running in the tray, so calls still pop up. "
            "Click its icon to open the window; quit from its menu.",
        )
        if self.notifier.uses_server():  # the desktop's own notification, not Qt's balloon
            self.notifier.notify("AgentDesk", text)
        else:
            self.tray.showMessage("AgentDesk", text, app_icon(), 15_000)
        self.tasks.start(asyncio.to_thread(save_window_state, self.window_state))

    def watch_wake(self) -> None:
        """Reconnect at once after a sleep or when the network comes back."""
        from agentdesk.ui.sleep_watch import watch_logind
        from agentdesk.ui.wake_watch import WakeWatcher

        self.wake = WakeWatcher(self.window, sleep_notices=watch_logind())
        self.wake.woke.connect(self._woke)
        self.wake.went_offline.connect(self._went_offline)

    def _went_offline(self, why: str) -> None:
        """Asleep or off the network: the tray must not vouch for a state it cannot see."""
        log.info("offline (%s)", why)
        self.tray.set_connection(ConnectionChanged(ConnectionState.STOPPED))

    def _woke(self, why: str) -> None:
        """After a sleep or a network change, reconnect now rather than at the next retry."""
        if self.session is not None:
            log.info("reconnecting at once (%s)", why)
            self.session.reconnect_now(renew=True)

    def dial_link(self, uri: str) -> None:
        """A tel:, callto: or sip: link from ``agentdesk dial``: call it now."""
        from agentdesk.phone import NumberError, from_uri

        try:
            number = from_uri(uri, self.settings.default_region)
        except NumberError:
            text = QCoreApplication.translate("Shell", "This link holds no phone number: %1")
            self.bus.warning(text.replace("%1", uri))
            return
        self.window.show_and_raise()
        if self.session is not None and not self.session.supports(Capability.DIAL):
            text = QCoreApplication.translate(
                "Shell", "%1 does not offer dialling from AgentDesk; please dial %2 on the phone."
            )
            self.bus.warning(fill(text, self.session.vendor_name, number.national))
            return
        self.window.agent_commands.dial_now(number.e164)

    async def _dial_when_ready(self, session: Session, uri: str) -> None:
        """A link that started AgentDesk is called once the session allows dialling."""
        allowed = asyncio.Event()

        def check(_event: SessionEvent | None = None) -> None:
            if session.can(Action.DIAL) or session.connection.state in (
                ConnectionState.AUTH_FAILED,
                ConnectionState.FAILED,
            ):
                allowed.set()

        session.add_listener(check)
        check()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(allowed.wait(), DIAL_ON_START_WAIT)
        self.dial_link(uri)  # if still not allowed, the dial bar keeps the number and says why

    async def _load_contacts(self) -> None:
        from agentdesk.store.contacts import ContactDirectory, ContactsError

        try:
            self.contacts = await asyncio.to_thread(ContactDirectory.load)
        except ContactsError as exc:
            self.bus.warning(str(exc))
            self.contacts = ContactDirectory()
        self.window.set_contacts(self.contacts)
        self._share_contacts()

    def _share_contacts(self) -> None:
        """Vendors that ask the desktop who is calling (MegaFon's ``contact``) get them."""
        contacts, session = self.contacts, self.session
        if contacts is not None and session is not None:
            session.use_contacts(
                lambda number: contacts.lookup(number, self.settings.default_region)
            )

    async def _find_notification_server(self) -> None:
        """The desktop's notification server, where there is a session bus (Linux)."""
        if not sys.platform.startswith("linux"):
            return
        # Imported here: jeepney is a Linux-only dependency.
        from agentdesk.ui.desktop_notifications import connect_notification_server

        icon = ICONS / "agentdesk-128.png"
        self.notifier.server = await connect_notification_server(
            app_icon=icon.as_uri() if icon.is_file() else "", parent=self.window
        )

    async def _purge_recordings(self) -> None:
        try:
            await self.recording_cache.purge(float(self.settings.recording_cache_days))
        except OSError as exc:
            log.warning("could not purge old recordings: %s", exc)

    def open_settings(self) -> None:
        from agentdesk.ui.settings_window import SettingsWindow

        if self.settings_window is None:
            window = SettingsWindow()
            window.setWindowIcon(app_icon())
            window.settings_changed.connect(self._settings_saved)
            QGuiApplication.styleHints().colorSchemeChanged.connect(
                lambda _scheme: apply_theme(window)
            )
            self.settings_window = window
        assert isinstance(self.settings_window, SettingsWindow)
        self._show_shortcuts_status()
        self.settings_window.present()

    def save_diagnostics(self) -> None:
        """File ▸ Save diagnostics: ask where (without blocking), then write the zip."""
        from agentdesk.diagnostics import default_name

        dialog = QFileDialog(
            self.window,
            QCoreApplication.translate("Shell", "Save diagnostics"),
            str(Path.home() / default_name()),
            QCoreApplication.translate("Shell", "Zip archives (*.zip)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("zip")
        dialog.fileSelected.connect(lambda path: self.tasks.start(self._write_diagnostics(path)))
        dialog.open()
        self.diagnostics_dialog = dialog

    async def _write_diagnostics(self, path: str) -> None:
        from agentdesk.diagnostics import write_diagnostics

        try:
            session = self.session
            webhooks = session.webhook_figures if session is not None else None
            relay = session.relay_link if session is not None else None
            written = await asyncio.to_thread(
                write_diagnostics, Path(path), webhooks=webhooks, relay=relay
            )
        except OSError as exc:
            text = QCoreApplication.translate("Shell", "Could not save diagnostics: %1")
            self.bus.error(fill(text, exc.strerror or str(exc)))
            return
        text = QCoreApplication.translate("Shell", "Diagnostics saved to %1")
        self.bus.info(fill(text, str(written)))

    def _settings_saved(self, settings: AppSettings) -> None:
        if settings.language != self.settings.language:
            self.bus.info(
                QCoreApplication.translate(
                    "Shell", "The new language applies when AgentDesk starts again."
                )
            )
        self._apply_settings(settings)

    def _apply_settings(self, settings: AppSettings) -> None:
        self.settings = settings
        window = self.window
        window.set_region(settings.default_region)
        window.set_popup_cards(settings.caller_card_popup)
        window.notify_calls = settings.notifications
        window.clipboard.set_watching(settings.clipboard_watcher)
        window.set_card_placement(settings.caller_card_screen, self.window_state.card)
        self.shortcuts.bind(
            {
                "answer": settings.shortcut_answer,
                "hangup": settings.shortcut_hangup,
                "toggle_ready": settings.shortcut_toggle_ready,
                "dial_selection": settings.shortcut_dial_selection,
                "show_window": settings.shortcut_show_window,
            }
        )
        window.clipboard.confirm_selection = settings.confirm_dial_selection
        window.set_history_days(settings.history_days)
        window.set_queue_refresh(float(settings.queue_refresh_seconds))
        window.shift.login_at_start = settings.login_at_start
        window.sms.templates = split_templates(settings.sms_templates)

    # -- start and end --

    async def _create(self, create_session: SessionFactory) -> Session | None:
        """The session, or None when it could not be made or the agent quit meanwhile."""
        creating = asyncio.ensure_future(create_session())
        quitting = asyncio.ensure_future(self._quit.wait())
        try:
            await asyncio.wait({creating, quitting}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            quitting.cancel()
        if not creating.done():
            creating.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await creating
            return None
        try:
            return creating.result()
        except AgentDeskError as exc:
            from agentdesk.ui.secrets_text import secrets_problem_text

            log.warning("session could not be created: %s", exc)
            self.window.show_setup_error(
                secrets_problem_text(exc), offer_settings=isinstance(exc, ConfigurationError)
            )
        except Exception:
            log.exception("session could not be created")
            self.window.show_setup_error(
                QCoreApplication.translate(
                    "Shell", "AgentDesk could not start; details are in the log."
                )
            )
        return None

    async def _shut_down(self, cleanup: Cleanup | None) -> None:
        self.tasks.cancel_all()
        await self.tasks.wait_all()
        await self.window.cancel_pending()
        if self.session is not None:
            try:
                await self.session.stop()
            except Exception:
                log.exception("session did not stop cleanly")
        if self.notifier.server is not None:
            self.notifier.server.close()  # no notification outlives the app
        if cleanup is not None:
            try:
                await cleanup()
            except Exception:
                log.exception("clean-up failed")
        self.window_state = replace(
            self.window_state,
            main_geometry=bytes(self.window.saveGeometry().data()),
            card=self.window.card_place(),
        )
        await asyncio.to_thread(save_window_state, self.window_state)
        self.shortcuts.close()
        self.tray.hide()
        if self.settings_window is not None:
            self.settings_window.close()
        self.window.close_for_quit()


def run_app(
    create_session: SessionFactory,
    *,
    title: str = "AgentDesk",
    cleanup: Cleanup | None = None,
    dial_on_start: str | None = None,
) -> int:
    """Run the GUI until the agent quits; returns the process exit code.

    ``create_session`` is awaited once the window shows (so a slow keyring or profile does
    not delay the first paint); an :class:`AgentDeskError` from it is shown in the window.
    On quit the session is stopped, then ``cleanup`` (e.g. demo simulators) is awaited.
    When AgentDesk already runs, the link ``dial_on_start`` (or a "show yourself") is handed
    to it and this process ends.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("AgentDesk")
    # Qt appends the display name to every window title that does not end with it
    # (QPlatformWindow::formatWindowTitle): with "AgentDesk" the demo's window read
    # "AgentDesk — demo — AgentDesk". The main window's title is the display name, so it reads
    # once, and the other windows ("Settings — AgentDesk — demo") say whose they are.
    app.setApplicationDisplayName(title)
    app.setWindowIcon(app_icon())

    instance = SingleInstance()
    if not instance.claim():
        if instance.send(dial_message(dial_on_start) if dial_on_start else show_message()):
            if not dial_on_start:  # a link is routine; a second start is worth a word
                print(ALREADY_RUNNING, file=sys.stderr)
            return 0
        log.warning("another AgentDesk holds the instance name but does not answer")
    # Read before any widget exists: the language applies to every one of them. The file is
    # small and the event loop does not run yet.
    set_aside: list[SetAside] = []
    settings = load_settings(on_set_aside=set_aside.append)
    translations = Translations()
    translations.install(choose_language(settings.language or None))

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    shell = Shell(title=title, settings=settings, instance=instance, freeze_heap=True)
    for kept in set_aside:  # told now that there is a window, in the agent's language
        shell.bus.warning(settings_set_aside_text(kept))
    restore_hook = install_excepthook(shell.bus)
    stopper = quit_on_signals(shell.request_quit)
    try:
        code: int = loop.run_until_complete(
            shell.run(create_session, cleanup, dial_on_start=dial_on_start)
        )
        return code
    finally:
        if stopper is not None:
            stopper.remove()
        instance.release()
        translations.remove()
        restore_hook()
        loop.close()
        asyncio.set_event_loop(None)
