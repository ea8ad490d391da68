"""Desktop notifications: through the desktop's notification server, else the tray, else the
window's banner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSystemTrayIcon

from agentdesk.ui.messages import Level, Message, MessageBus

if TYPE_CHECKING:
    from agentdesk.ui.desktop_notifications import NotificationServer


class Notifier:
    """Shows a notification through the desktop's notification server (:attr:`server`, once
    the app has found one), else through the tray when the desktop has one that takes
    messages.

    Offscreen, and on desktops without a StatusNotifier watcher, the tray reports itself
    visible but shows nothing; then the message goes to the in-window banner instead.
    """

    def __init__(
        self,
        bus: MessageBus,
        tray: QSystemTrayIcon | None = None,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        self._bus = bus
        self._tray = tray
        self._tray_available = tray_available
        self.server: NotificationServer | None = None
        """``org.freedesktop.Notifications`` on the session bus, where there is one."""

    def uses_server(self) -> bool:
        return self.server is not None and self.server.available

    def uses_tray(self) -> bool:
        return (
            self._tray is not None
            and self._tray_available()
            and self._tray.supportsMessages()
            and self._tray.isVisible()
        )

    def notify(self, title: str, text: str, level: Level = Level.INFO) -> Message | None:
        """Show a notification; returns the banner message when it went to the banner."""
        if self.server is not None and self.uses_server():
            from agentdesk.ui.desktop_notifications import Notice, Urgency

            urgency = Urgency.CRITICAL if level is Level.ERROR else Urgency.NORMAL
            self.server.show(Notice(title, text, urgency=urgency))
            return None
        if self._tray is not None and self.uses_tray():
            icon = {
                Level.INFO: QSystemTrayIcon.MessageIcon.Information,
                Level.WARNING: QSystemTrayIcon.MessageIcon.Warning,
                Level.ERROR: QSystemTrayIcon.MessageIcon.Critical,
            }[level]
            self._tray.showMessage(title, text, icon, 10_000)
            return None
        return self._bus.post(level, text)
