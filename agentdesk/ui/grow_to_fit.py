"""The main window grows when what it shows needs more room, rather than squeeze it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from agentdesk.ui.widgets.message_banner import MessageBanner


class GrowToFit(QObject):
    """Grows ``window`` when the page on show in ``tabs``, or ``banner``, needs more height (a
    banner wrapped over two lines, a pause title) rather than let Qt squeeze the Answer and
    Hang up buttons; the minimum-size constraint alone misses word-wrapped labels. It looks
    again whenever the window's ``central`` widget asks its layout again (a caller's company
    arriving, a wrap-up form), and on :meth:`request`.

    Signals: none.
    """

    def __init__(
        self, window: QMainWindow, central: QWidget, tabs: QTabWidget, banner: MessageBanner
    ) -> None:
        super().__init__(window)
        self._window = window
        self._central = central
        self._tabs = tabs
        self._banner = banner
        central.installEventFilter(self)

    def request(self) -> None:
        """Grow if needed, once the layout has settled."""
        # With this object as the context, Qt drops the call if the window is gone by then.
        QTimer.singleShot(0, self, self._grow)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self._central:
            self.request()
        return super().eventFilter(watched, event)

    def _grow(self) -> None:
        # Only the page on show counts: the tab widget's own hint is the largest page's
        # preferred size (the recent calls' table), which would blow the window up.
        window, banner = self._window, self._banner
        page = self._tabs.currentWidget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None:
            return
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(page.width())
        else:
            needed = layout.totalMinimumSize().height()
        banner_missing = 0
        if banner.isVisible() and banner.hasHeightForWidth():
            banner_missing = banner.heightForWidth(banner.width()) - banner.height()
        missing_height = max(needed - page.height(), 0) + max(banner_missing, 0)
        # The central widget may already have widened past the window; the window's own hint
        # says what the whole needs.
        missing_width = window.minimumSizeHint().width() - window.width()
        if missing_height > 0 or missing_width > 0:
            window.resize(
                window.width() + max(0, missing_width), window.height() + max(0, missing_height)
            )
