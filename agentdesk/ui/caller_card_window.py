"""The caller card as a small always-on-top window, shown while a call lasts.

It appears at the bottom right of the screen under the mouse (where the agent is looking),
or of the screen the settings name; once the agent drags it elsewhere, it comes back there.
It never takes the keyboard focus: the agent may be typing in the CRM when a call rings.
"Stays on top" is the window manager's to honour: Windows keeps it above full-screen
windows; on X11 and Wayland a full-screen window that has the focus may cover it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QGuiApplication,
    QMouseEvent,
    QMoveEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from agentdesk.phone import DEFAULT_REGION
from agentdesk.store.window_state import CardPlace
from agentdesk.ui.caller_card import CallerCard, utc_now
from agentdesk.ui.screen_reader import Role, give_role
from agentdesk.ui.style import apply_theme

SCREEN_MARGIN = 16  # px between the window and the screen's available edge
WIDTH = 340


class CallerCardWindow(QWidget):
    """A frameless tool window holding a :class:`CallerCard` (see the module docstring).

    :attr:`screen_name` (a setting) picks the screen; :attr:`agent_place` is where the agent
    last put the window, kept by the app between runs.

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
        # At least WIDTH, wider when its buttons need it (four, or a longer language's words):
        # a fixed width squeezed them and drew wrapped lines over each other.
        self.setMinimumWidth(WIDTH)
        self._drag_from: QPoint | None = None
        self._moved_by_agent = False  # dragged away: stay where the agent put it
        self.screen_name = ""
        self.agent_place: CardPlace | None = None

        self.card = CallerCard(region=region, clock=clock)
        # The window is a notification to screen readers: it appears without taking the focus,
        # so its name and description are what gets read when it shows.
        self._describe(self.card.accessibleName(), self.card.accessibleDescription())
        self.card.described.connect(self._describe)
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

    def _describe(self, name: str, description: str) -> None:
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)

    def pop_up(self) -> None:
        """Show (or keep showing) the window at the bottom right, without taking focus."""
        self.adjustSize()
        # No raise_(): the window stays on top already, and raising may steal focus.
        if not self.isVisible():
            self._moved_by_agent = False
            self.place()
            self.show()

    def target_screen(self) -> QScreen | None:
        """The screen named in the settings, else the one under the mouse, else the primary."""
        screens = QGuiApplication.screens()
        named = next(
            (s for s in screens if self.screen_name and s.name() == self.screen_name), None
        )
        return named or QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()

    def place(self) -> None:
        """Where the agent last put the window, if that screen is still there; else the bottom
        right of :meth:`target_screen`'s available area, where trays usually are."""
        size = self.sizeHint().expandedTo(self.size())
        remembered = self.agent_place
        screen = next(
            (s for s in QGuiApplication.screens() if remembered and s.name() == remembered.screen),
            None,
        )
        if remembered is not None and screen is not None:
            area = screen.availableGeometry()
            x = min(max(area.left() + remembered.x, area.left()), area.right() - size.width())
            y = min(max(area.top() + remembered.y, area.top()), area.bottom() - size.height())
            self.move(x, y)
            return
        screen = self.target_screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.move(
            area.right() - size.width() - SCREEN_MARGIN + 1,
            area.bottom() - size.height() - SCREEN_MARGIN + 1,
        )

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if self._moved_by_agent and self.isVisible():
            screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
            area = screen.availableGeometry()
            self.agent_place = CardPlace(
                screen.name(), self.x() - area.left(), self.y() - area.top()
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
        if self.isVisible() and not self._moved_by_agent and self.agent_place is None:
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


give_role(CallerCardWindow, Role.Notification)
