"""The caller card as a small always-on-top window near the tray, shown while a call lasts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from agentdesk.phone import DEFAULT_REGION
from agentdesk.ui.caller_card import CallerCard, utc_now
from agentdesk.ui.style import apply_theme

SCREEN_MARGIN = 16  # px between the window and the screen's available edge
WIDTH = 340


class CallerCardWindow(QWidget):
    """A frameless tool window holding a :class:`CallerCard`, at the bottom right of the
    primary screen, that stays on top and never takes the keyboard focus when it appears.

    Signals:
        dismissed(): the agent closed the window (✕ or the window manager's close).
    """

    dismissed = Signal()

    def __init__(
        self,
        *,
        region: str = DEFAULT_REGION,
        clock: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.FramelessWindowHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        # A pop-up closing must never count as the app's last window closing.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setWindowTitle(self.tr("Caller"))
        apply_theme(self)
        self.setFixedWidth(WIDTH)
        self._drag_from: QPoint | None = None
        self._moved_by_agent = False  # dragged away: stay where the agent put it

        self.card = CallerCard(region=region, clock=clock)
        self.title = QLabel(self.tr("AgentDesk"))
        self.title.setObjectName("cardWindowTitle")
        self.close_button = QToolButton()
        self.close_button.setObjectName("cardWindowClose")
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close the caller card"))
        self.close_button.setAccessibleName(self.tr("Close the caller card"))
        self.close_button.clicked.connect(self.dismiss)

        header = QHBoxLayout()
        header.setContentsMargins(12, 4, 4, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.close_button)
        frame = QFrame()
        frame.setObjectName("cardWindowFrame")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(0)
        inner.addLayout(header)
        inner.addWidget(self.card)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def pop_up(self) -> None:
        """Show (or keep showing) the window at the bottom right, without taking focus."""
        self.adjustSize()
        # No raise_(): the window stays on top already, and raising may steal focus.
        if not self.isVisible():
            self._moved_by_agent = False
            self.place()
            self.show()

    def place(self) -> None:
        """Move to the bottom right of the primary screen's available area, where trays
        usually are."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        size = self.sizeHint().expandedTo(self.size())
        self.move(
            area.right() - size.width() - SCREEN_MARGIN + 1,
            area.bottom() - size.height() - SCREEN_MARGIN + 1,
        )

    def dismiss(self) -> None:
        """The agent does not want the pop-up for this call; the main window's card stays."""
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # ✕, Alt+F4 and the window manager's close all mean "not for this call"; the
        # controller hides the window with hide(), which does not come here.
        was_visible = self.isVisible()
        event.accept()
        if was_visible:
            self.dismissed.emit()

    # Frameless: the header drags the window.
    def resizeEvent(self, event: QResizeEvent) -> None:
        # The card grows when the vendor's answer about the caller arrives: keep its bottom
        # edge on the screen, unless the agent has put the window somewhere else.
        super().resizeEvent(event)
        if self.isVisible() and not self._moved_by_agent:
            self.place()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self._moved_by_agent = True
            handle = self.windowHandle()
            if handle is not None and handle.startSystemMove():
                return
            self._drag_from = event.globalPosition().toPoint() - self.pos()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag_from)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)
