"""An inline, dismissable banner showing the latest message to the agent."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from agentdesk.ui.messages import Level, Message
from agentdesk.ui.style import banner_style


class MessageBanner(QFrame):
    """Shows one :class:`Message` at a time until the agent closes it or a newer one comes.

    Signals:
        shown(): a message is on show (the window may need to grow for it).
    """

    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self._message: Message | None = None
        self._dark = False
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._run_action)
        self.action_button.hide()
        self.close_button = QPushButton("✕")
        self.close_button.setObjectName("bannerClose")
        self.close_button.setFlat(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.hide()

    @property
    def message(self) -> Message | None:
        """The message on show, None when the banner is closed."""
        return self._message

    def show_message(self, message: Message) -> None:
        self._message = message
        self.setStyleSheet(banner_style(Level(message.level).value, self._dark))
        self.text.setText(message.text)
        self.setAccessibleDescription(message.text)
        self.action_button.setText(message.action.label if message.action else "")
        self.action_button.setVisible(message.action is not None)
        self.show()
        self.shown.emit()

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        if self._message is not None:
            self.setStyleSheet(banner_style(Level(self._message.level).value, dark))

    def _run_action(self) -> None:
        if self._message is not None and self._message.action is not None:
            self._message.action.run()

    def dismiss(self) -> None:
        self._message = None
        self.hide()
