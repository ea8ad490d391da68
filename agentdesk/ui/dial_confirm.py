"""The small window that asks "Call …?" after the dial-the-selection shortcut.

The shortcut works while another application has focus, so the question cannot live in
AgentDesk's (possibly hidden) main window: it is a window of its own, near the mouse, above
other windows. With several numbers in the selected text it offers each one. Enter calls the
first, Esc cancels, and it gives up by itself after a few seconds, so a stray press never
leaves anything behind.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from agentdesk.phone import PhoneNumber
from agentdesk.ui.text import fill

TIMEOUT_MS = 8000
MAX_CHOICES = 6


class DialConfirm(QFrame):
    """Signals:
    accepted(str): call this number (E.164).
    """

    accepted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, timeout_ms: int = TIMEOUT_MS) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("card")
        self.setWindowTitle(self.tr("Call the selected number"))
        self.question = QLabel()
        self.question.setObjectName("agentName")
        self.buttons: list[QPushButton] = []
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.close)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 12, 14, 12)
        self._layout.addWidget(self.question)
        self._layout.addWidget(self.cancel_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.close)

    def ask(self, numbers: Sequence[PhoneNumber], *, near: QPoint | None = None) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        shown = list(numbers)[:MAX_CHOICES]
        if len(shown) == 1:
            self.question.setText(fill(self.tr("Call %1?"), shown[0].national))
        else:
            self.question.setText(self.tr("Which number do you want to call?"))
        for position, number in enumerate(shown):
            label = self.tr("&Call") if len(shown) == 1 else f"&{position + 1}  {number.national}"
            button = QPushButton(label)
            button.setAccessibleName(fill(self.tr("Call %1"), number.national))
            button.clicked.connect(lambda _=False, e164=number.e164: self._accept(e164))
            self._layout.insertWidget(1 + position, button)
            self.buttons.append(button)
        self.buttons[0].setDefault(True)
        self.adjustSize()
        self._place(near or QCursor.pos())
        self.show()
        self.raise_()
        # The agent pressed our shortcut, so taking the keyboard for Enter/Esc is expected.
        self.activateWindow()
        self.buttons[0].setFocus()
        self.timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = next((b for b in self.buttons if b.hasFocus()), self.buttons[0])
            focused.click()
        else:
            super().keyPressEvent(event)

    def _accept(self, e164: str) -> None:
        self.close()
        self.accepted.emit(e164)

    def _place(self, point: QPoint) -> None:
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        x = min(max(point.x() + 12, area.left()), area.right() - self.width())
        y = min(max(point.y() + 12, area.top()), area.bottom() - self.height())
        self.move(x, y)
