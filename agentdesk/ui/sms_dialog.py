"""Writing a text message to a caller: the number, a template, the text with its counter, and
Send. The vendor's refusal shows in its own words and the text stays for another try."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import AgentDeskError
from agentdesk.core.sms import SmsSent, fill_template
from agentdesk.session import Session
from agentdesk.ui.commands import describe_error
from agentdesk.ui.style import set_tone
from agentdesk.ui.tasks import TaskOwner
from agentdesk.ui.widgets.sms_counter import SmsCounter

TEMPLATE_SEPARATOR = "|"


def split_templates(setting: str) -> list[str]:
    """The Settings' templates, one per ``|``-separated part, blanks left out."""
    return [part.strip() for part in setting.split(TEMPLATE_SEPARATOR) if part.strip()]


class SmsDialog(QDialog):
    """Opened with :meth:`open` (never ``exec``: no nested loop under qasync).

    Signals:
        sent(SmsSent): the vendor took the message; the dialog closes.
    """

    sent = Signal(object)

    def __init__(
        self,
        session: Session,
        *,
        number: str = "",
        name: str = "",
        agent: str = "",
        templates: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._values = {"name": name, "agent": agent}
        self._task: asyncio.Task[None] | None = None
        self._tasks = TaskOwner()
        self.setWindowTitle(self.tr("Text message"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.number = QLineEdit(number)
        self.number.setAccessibleName(self.tr("Phone number"))
        form.addRow(self.tr("&To"), self.number)
        self.templates = QComboBox()
        self.templates.setAccessibleName(self.tr("Template"))
        self.templates.addItem(self.tr("(no template)"), "")
        for template in templates or []:
            self.templates.addItem(self._filled(template), template)
        self.templates.setVisible(bool(templates))
        self.templates.activated.connect(self._use_template)
        if templates:
            form.addRow(self.tr("Te&mplate"), self.templates)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Message"))
        self.text.setTabChangesFocus(True)
        form.addRow(self.tr("&Message"), self.text)
        layout.addLayout(form)
        self.counter = SmsCounter(session.sms_limits)
        layout.addWidget(self.counter)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setDefault(True)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.send)
        layout.addWidget(buttons)
        self.text.textChanged.connect(self._changed)
        self.number.textChanged.connect(self._changed)
        self._changed()

    def _filled(self, template: str) -> str:
        return fill_template(template, **self._values)

    def _use_template(self, index: int) -> None:
        template = self.templates.itemData(index)
        if template:
            self.text.setPlainText(self._filled(str(template)))
            self.text.setFocus()

    def _changed(self) -> None:
        text = self.text.toPlainText()
        self.counter.update_for(text)
        busy = self._task is not None and not self._task.done()
        ready = bool(text.strip()) and bool(self.number.text().strip())
        self.send_button.setEnabled(ready and not self.counter.too_long and not busy)

    def send(self) -> asyncio.Task[None] | None:
        if not self.send_button.isEnabled():
            return None
        self.send_button.setEnabled(False)
        self.status.hide()
        self._task = self._tasks.start(
            self._send(self.number.text().strip(), self.text.toPlainText())
        )
        return self._task

    async def _send(self, number: str, text: str) -> None:
        try:
            result: SmsSent = await self._session.send_sms(number, text)
        except AgentDeskError as exc:
            self.status.setText(describe_error(exc, self._session.vendor_name))
            set_tone(self.status, "error")
            self.status.show()
            self._task = None
            self._changed()
            return
        self.sent.emit(result)
        self.accept()
