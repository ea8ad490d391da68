"""Where a control would be when the profile lacks the option it needs: which option to set,
and a way to Settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from agentdesk.core import Capability
from agentdesk.session import Session
from agentdesk.ui.missing_option import missing_option_text


class OptionHint(QWidget):
    """ "Set the profile option statuses to offer pauses. [Settings…]" for one capability;
    hidden unless the session lacks that capability for want of an option.

    Signals:
        settings_requested(): the agent chose Settings….
    """

    settings_requested = Signal()

    def __init__(self, capability: Capability, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capability = capability
        self.text = QLabel()
        self.text.setObjectName("fieldHint")
        self.text.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setFlat(True)
        self.settings_button.clicked.connect(self.settings_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.settings_button)
        self.hide()

    def show_for(self, session: Session | None) -> None:
        """Shown, naming the option, when ``session`` lacks the capability for want of one."""
        reason = session.unavailable.get(self.capability) if session is not None else None
        if reason is not None and reason.option:
            self.text.setText(missing_option_text(self.capability, reason.option))
            self.settings_button.setAccessibleDescription(self.text.text())
            self.show()
        else:
            self.hide()
