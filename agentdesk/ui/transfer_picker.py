"""The keyboard-first transfer picker: type to filter colleagues, queues or a number, the
arrows to choose, Enter to transfer; it says what happens next."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import (
    AgentState,
    Capability,
    Colleague,
    TransferKind,
    TransferQueue,
    TransferTarget,
)
from agentdesk.phone import DEFAULT_REGION, NumberError, dial_target, for_humans
from agentdesk.session import Session
from agentdesk.ui.colleague_text import one_line
from agentdesk.ui.commands import CommandRunner
from agentdesk.ui.text import fill

REFRESH_SECONDS = 5.0
"""How often the colleagues' states are asked again while the picker shows."""

_TARGET = Qt.ItemDataRole.UserRole
_NAME = Qt.ItemDataRole.UserRole + 1


def _local_now() -> datetime:
    return datetime.now().astimezone()


class TransferPicker(QDialog):
    """Where to pass the live call on. Non-modal (``open()``): no nested loop in a coroutine.

    What the agent typed as a number comes first, then the colleagues (when the vendor lists
    them; the Ready ones first) with their state and time in it, then the queues. Logged-out
    colleagues are listed but cannot be chosen. Enter, a double click or Transfer asks the
    session; the picker closes when the vendor accepts, and stays with the vendor's refusal
    shown otherwise.

    Signals:
        transferred(TransferTarget, str): the vendor accepted; the str is who or what it went to.
    """

    transferred = Signal(object, str)

    def __init__(
        self,
        session: Session,
        commands: CommandRunner,
        *,
        region: str = DEFAULT_REGION,
        clock: Callable[[], datetime] = _local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._commands = commands
        self._region = region
        self._clock = clock
        self._colleagues: list[Colleague] = []
        self._queues: list[TransferQueue] = []
        self._loading: asyncio.Task[None] | None = None
        self._sending = False
        self.setWindowTitle(self.tr("Transfer the call"))
        self.setAccessibleName(self.tr("Transfer the call"))

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Type a name, a queue or a number"))
        self.filter_edit.setAccessibleName(self.tr("Find a colleague, a queue or a number"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._show_choices)
        self.filter_edit.installEventFilter(self)
        self.choices = QListWidget()
        self.choices.setAccessibleName(self.tr("Where to transfer the call"))
        self.choices.currentItemChanged.connect(lambda *_: self._say_what_happens())
        self.choices.itemActivated.connect(lambda _item: self.transfer_current())
        self.blind_box = QCheckBox(self.tr("&Blind: let the call go without waiting for an answer"))
        self.blind_box.setAccessibleName(self.tr("Blind transfer"))
        self.blind_box.toggled.connect(lambda _on: self._say_what_happens())
        self.next_text = QLabel()
        self.next_text.setObjectName("fieldHint")
        self.next_text.setWordWrap(True)
        self.next_text.setAccessibleName(self.tr("What happens next"))
        self.buttons = QDialogButtonBox()
        self.transfer_button = self.buttons.addButton(
            self.tr("&Transfer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.transfer_button.setAccessibleName(self.tr("Transfer the call"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.transfer_current)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.blind_box)
        layout.addWidget(self.next_text)
        layout.addWidget(self.buttons)
        self.resize(440, 420)

        self.timer = QTimer(self)
        self.timer.setInterval(int(REFRESH_SECONDS * 1000))
        self.timer.timeout.connect(self.reload)
        self._show_choices()

    # -- public --

    def present(self) -> None:
        """Open afresh: empty filter, attended, focus on the filter, the lists asked again."""
        self.filter_edit.clear()
        self.blind_box.setChecked(False)
        self.open()
        self.raise_()
        self.activateWindow()
        self.filter_edit.setFocus()

    def set_region(self, region: str) -> None:
        self._region = region

    def reload(self) -> asyncio.Task[None] | None:
        """Ask for the colleagues (and, the first time, the queues) unless already asking."""
        if self._loading is not None and not self._loading.done():
            return None
        session = self._session

        async def load() -> None:
            if session.supports(Capability.TEAM):
                self._colleagues = await session.colleagues()
            if not self._queues:
                self._queues = await session.transfer_queues()
            self._show_choices()

        self._loading = self._commands.run(load)
        return self._loading

    def targets(self) -> list[TransferTarget | None]:
        """What each row transfers to, in order (None: a row that cannot be chosen)."""
        return [self.choices.item(i).data(_TARGET) for i in range(self.choices.count())]

    def transfer_current(self) -> None:
        item = self.choices.currentItem()
        target = item.data(_TARGET) if item is not None else None
        if target is None or self._sending:
            return
        chosen = TransferTarget(target.kind, target.value, blind=self.blind_box.isChecked())
        name = str(item.data(_NAME))
        session = self._session
        self._sending = True
        self.transfer_button.setEnabled(False)
        self.next_text.setText(fill(self.tr("Asking the call centre to transfer to %1…"), name))

        async def send() -> None:
            await session.transfer(chosen)
            self.transferred.emit(chosen, name)
            self.accept()

        def after() -> None:
            self._sending = False
            self.transfer_button.setEnabled(True)
            self._say_what_happens()

        self._commands.run(send, after=after)

    # -- Qt --

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the filter move through the list: the hands stay on the keys."""
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if (
            watched is self.filter_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in arrows
        ):
            self._step(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.transfer_current()  # never QDialog's default button: Enter means this row
            return
        super().keyPressEvent(event)

    # -- the list --

    def _show_choices(self) -> None:
        wanted = self.filter_edit.text().strip().casefold()
        previous = self.choices.currentItem()
        kept = previous.data(_TARGET) if previous is not None else None
        self.choices.clear()
        number = self._typed_number()
        if number is not None:
            shown = for_humans(number, self._region)
            self._add(
                fill(self.tr("Number %1"), shown),
                TransferTarget(TransferKind.NUMBER, number),
                shown,
            )
        now = self._clock()
        # The free first: they are whom an attended transfer reaches soonest.
        for colleague in sorted(self._colleagues, key=_availability):
            if wanted and not _matches(
                wanted, colleague.name, colleague.login, colleague.extension
            ):
                continue
            free = colleague.state is not AgentState.OFFLINE
            target = TransferTarget(TransferKind.USER, colleague.login) if free else None
            self._add(one_line(colleague, now), target, colleague.name)
        for queue in self._queues:
            if wanted and not _matches(wanted, queue.title, queue.number):
                continue
            self._add(
                fill(self.tr("Queue %1"), queue.title),
                TransferTarget(TransferKind.QUEUE, queue.id),
                queue.title,
            )
        if self.choices.count() == 0:
            self._add(self.tr("Nobody matches: type a number to transfer to it"), None, "")
        self._select(kept)
        self._say_what_happens()

    def _add(self, text: str, target: TransferTarget | None, name: str) -> None:
        item = QListWidgetItem(text)
        item.setData(_TARGET, target)
        item.setData(_NAME, name)
        if target is None:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        self.choices.addItem(item)

    def _select(self, kept: TransferTarget | None) -> None:
        """The row chosen before, if it is still there; else the first that can be chosen."""
        targets = self.targets()
        if kept is not None and kept in targets:
            self.choices.setCurrentRow(targets.index(kept))
            return
        first = next((i for i, t in enumerate(targets) if t is not None), None)
        if first is not None:
            self.choices.setCurrentRow(first)

    def _step(self, delta: int) -> None:
        targets = self.targets()
        row = self.choices.currentRow()
        while 0 <= row + delta < len(targets):
            row += delta
            if targets[row] is not None:
                self.choices.setCurrentRow(row)
                return

    def _typed_number(self) -> str | None:
        text = self.filter_edit.text().strip()
        if not any(ch.isdigit() for ch in text) or any(ch.isalpha() for ch in text):
            return None
        try:
            return dial_target(text, self._region)
        except NumberError:
            return None

    def _say_what_happens(self) -> None:
        if self._sending:
            return
        item = self.choices.currentItem()
        target = item.data(_TARGET) if item is not None else None
        self.transfer_button.setEnabled(target is not None)
        if target is None:
            self.next_text.setText(self.tr("Choose a colleague, a queue or a number."))
            return
        name = str(item.data(_NAME))
        if self.blind_box.isChecked():
            text = self.tr("The call goes to %1 at once and leaves you, answered or not.")
        else:
            text = self.tr(
                "%1 is asked first. The call stays yours, on hold, until they answer; "
                "if nobody answers it comes back to you."
            )
        self.next_text.setText(fill(text, name))


def transferred_text(target: TransferTarget, name: str) -> str:
    """What the agent is told once the vendor accepted a transfer: what happens next."""
    if target.blind:
        return fill(QCoreApplication.translate("TransferPicker", "The call went to %1."), name)
    text = QCoreApplication.translate(
        "TransferPicker", "Asking %1. The call stays yours, on hold, until they answer."
    )
    return fill(text, name)


def _availability(colleague: Colleague) -> tuple[bool, bool]:
    state = colleague.state
    return state is not AgentState.READY, state is AgentState.OFFLINE


def _matches(wanted: str, *texts: str | None) -> bool:
    return any(wanted in text.casefold() for text in texts if text)
