"""Start-up and shut-down: QApplication, the qasync loop, window, tray, session."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

# PySide6 must be imported before qasync so that qasync picks the binding we use.
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

import qasync  # isort: skip

from agentdesk.core import AgentDeskError
from agentdesk.session import Session
from agentdesk.ui.excepthook import install_excepthook
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.messages import MessageBus
from agentdesk.ui.notifier import Notifier
from agentdesk.ui.tray import TrayIcon, state_icon

log = logging.getLogger(__name__)

SessionFactory = Callable[[], Awaitable[Session]]
Cleanup = Callable[[], Awaitable[None]]

_ICON_PATH = Path(__file__).resolve().parents[2] / "resources" / "icons" / "agentdesk.svg"


def app_icon() -> QIcon:
    """The AgentDesk mark; a plain state dot when the source tree's icon is not at hand."""
    if _ICON_PATH.is_file():
        icon = QIcon(str(_ICON_PATH))
        if not icon.isNull():
            return icon
    from agentdesk.core import AgentState

    return state_icon(AgentState.READY)


def grab_window_png(window: QWidget, path: str | Path) -> bool:
    """Save what ``window`` shows now as a PNG (screenshots, docs); True when written."""
    return window.grab().save(str(path), "PNG")


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
    ) -> None:
        # A tray app quits explicitly; otherwise closing the last window stops the loop
        # under qasync (qasync #39).
        QApplication.setQuitOnLastWindowClosed(False)
        self.bus = bus or MessageBus()
        self.tray = TrayIcon()
        self.tray.setIcon(app_icon())
        self.notifier = Notifier(self.bus, self.tray, tray_available=tray_available)
        self.window = MainWindow(self.bus, title=title, notifier=self.notifier)
        self.window.setWindowIcon(app_icon())
        self.has_tray = tray_available()
        self.window.set_hides_on_close(self.has_tray)
        self.session: Session | None = None
        self._quit = asyncio.Event()

        self.window.quit_requested.connect(self.request_quit)
        self.window.ready_allowed_changed.connect(self.tray.set_ready_allowed)
        self.tray.quit_requested.connect(self.request_quit)
        self.tray.toggle_window_requested.connect(self.window.toggle_visible)
        self.tray.ready_requested.connect(self.window.request_ready)

    @property
    def quitting(self) -> bool:
        return self._quit.is_set()

    def request_quit(self) -> None:
        self._quit.set()

    async def run(self, create_session: SessionFactory, cleanup: Cleanup | None = None) -> int:
        self.window.show()
        if self.has_tray:
            self.tray.show()
        try:
            session = await self._create(create_session)
            if session is not None:
                self.session = session
                bridge = self.window.attach(session)
                bridge.status_changed.connect(self.tray.set_status)
                session.start()
            await self._quit.wait()
        finally:
            await self._shut_down(cleanup)
        return 0

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
            log.warning("session could not be created: %s", exc)
            self.window.show_setup_error(str(exc))
        except Exception:
            log.exception("session could not be created")
            self.window.show_setup_error(
                QCoreApplication.translate(
                    "Shell", "AgentDesk could not start; details are in the log."
                )
            )
        return None

    async def _shut_down(self, cleanup: Cleanup | None) -> None:
        await self.window.commands.cancel_all()
        if self.session is not None:
            try:
                await self.session.stop()
            except Exception:
                log.exception("session did not stop cleanly")
        if cleanup is not None:
            try:
                await cleanup()
            except Exception:
                log.exception("clean-up failed")
        self.tray.hide()
        self.window.close_for_quit()


def run_app(
    create_session: SessionFactory,
    *,
    title: str = "AgentDesk",
    cleanup: Cleanup | None = None,
) -> int:
    """Run the GUI until the agent quits; returns the process exit code.

    ``create_session`` is awaited once the window shows (so a slow keyring or profile does
    not delay the first paint); an :class:`AgentDeskError` from it is shown in the window.
    On quit the session is stopped, then ``cleanup`` (e.g. demo simulators) is awaited.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("AgentDesk")
    app.setApplicationDisplayName("AgentDesk")
    app.setWindowIcon(app_icon())

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    shell = Shell(title=title)
    restore_hook = install_excepthook(shell.bus)
    try:
        code: int = loop.run_until_complete(shell.run(create_session, cleanup))
        return code
    finally:
        restore_hook()
        loop.close()
        asyncio.set_event_loop(None)
