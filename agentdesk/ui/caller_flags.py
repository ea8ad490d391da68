"""Under the caller card: what the vendor's lists say of the caller (VIP, on the block
list), and Block this caller / Unblock where the vendor documents a blacklist. Block asks
first (a non-modal question: no nested event loop under qasync).

It follows the session's current call; the last caller stays after the call ends, so that a
nuisance caller can still be blocked, until the next call comes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QWidget

from agentdesk.core import AgentDeskError, AgentStatus, CallRecord, Capability
from agentdesk.core.flags import CallerFlags
from agentdesk.phone import DEFAULT_REGION, for_humans
from agentdesk.session import Session
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.commands import describe_error
from agentdesk.ui.tasks import TaskOwner
from agentdesk.ui.text import fill


class CallerFlagsPanel(QWidget):
    """Chips for the caller's flags, and Block / Unblock. Hidden for a vendor with neither."""

    def __init__(self, *, region: str = DEFAULT_REGION, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._region = region
        self.number: str | None = None
        self.flags: CallerFlags | None = None
        self._tasks = TaskOwner()
        self.question: QMessageBox | None = None
        self.vip_chip = QLabel(self.tr("VIP caller"))
        self.vip_chip.setObjectName("queueChip")
        self.blocked_chip = QLabel(self.tr("On the block list"))
        self.blocked_chip.setObjectName("queueChip")
        self.blocked_chip.setProperty("tone", "busy")
        self.block_button = QPushButton(self.tr("&Block this caller…"))
        self.block_button.clicked.connect(lambda: self.ask_block())
        self.unblock_button = QPushButton(self.tr("&Unblock"))
        self.unblock_button.clicked.connect(self.unblock)
        self.status = QLabel()
        self.status.setObjectName("fieldHint")
        self.status.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.vip_chip, self.blocked_chip, self.status):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.block_button)
        row.addWidget(self.unblock_button)
        self.setAccessibleName(self.tr("Caller lists"))
        self._show()

    def follow(self, session: Session, bridge: SessionBridge) -> None:
        self._session = session
        if session.supports(Capability.CALLER_FLAGS) or session.supports(Capability.BLOCKING):
            bridge.status_changed.connect(self._on_status)
        self._show()

    def _on_status(self, status: AgentStatus) -> None:
        call = status.current_call
        if call is not None and call.number and call.number != self.number:
            self.show_caller(call.number)

    def show_caller(self, number: str) -> None:
        """Show ``number``'s flags (asked of the vendor where it keeps lists)."""
        self.number, self.flags = number, None
        self.status.setText("")
        self._show()
        session = self._session
        if session is not None and session.supports(Capability.CALLER_FLAGS):
            self._run(self._look_up(session, number))

    async def _look_up(self, session: Session, number: str) -> None:
        try:
            flags = await session.caller_flags(number)
        except AgentDeskError as exc:
            self.status.setText(describe_error(exc, session.vendor_name))
            return
        if number == self.number:
            self.flags = flags
            self._show()

    def add_to_menu(self, menu: QMenu, record: CallRecord | None) -> None:
        """Recent calls' context menu: block (or unblock) the selected call's number."""
        session = self._session
        if record is None or not record.number or session is None:
            return
        if session.supports(Capability.BLOCKING):
            number = record.number
            menu.addAction(self.tr("&Block this caller…")).triggered.connect(
                lambda: self.ask_block(number)
            )
            menu.addAction(self.tr("&Unblock")).triggered.connect(
                lambda: self._change(number, block=False)
            )

    def ask_block(self, number: str | None = None) -> None:
        number = number or self.number
        if number is None:
            return
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Block this caller"))
        box.setText(
            fill(
                self.tr("Put %1 on the call centre's block list? Its calls will not reach anyone."),
                for_humans(number, self._region),
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_result: int) -> None:
            button = box.standardButton(box.clickedButton())
            if button is QMessageBox.StandardButton.Yes:
                self._change(number, block=True)

        box.finished.connect(answered)
        box.open()
        self.question = box

    def unblock(self) -> None:
        if self.number is not None:
            self._change(self.number, block=False)

    def _change(self, number: str, *, block: bool) -> None:
        session = self._session
        if session is None:
            return
        run: Callable[[str], Awaitable[None]] = session.block if block else session.unblock
        self._run(self._apply(session, run, number, block))

    async def _apply(
        self, session: Session, run: Callable[[str], Awaitable[None]], number: str, block: bool
    ) -> None:
        try:
            await run(number)
        except AgentDeskError as exc:
            self.status.setText(describe_error(exc, session.vendor_name))
            return
        shown = for_humans(number, self._region)
        self.status.setText(
            fill(self.tr("%1 is blocked."), shown)
            if block
            else fill(self.tr("%1 is unblocked."), shown)
        )
        if number == self.number:
            self.flags = CallerFlags(number, self.flags.vip if self.flags else None, block)
            self._show()

    def _run(self, work: Coroutine[Any, Any, None]) -> None:
        self._tasks.start(work)

    async def stop(self) -> None:
        self._tasks.cancel_all()
        await self._tasks.wait_all()

    def _show(self) -> None:
        session, flags = self._session, self.flags
        blocking = session is not None and session.supports(Capability.BLOCKING)
        blocked = bool(flags and flags.blocked)
        self.vip_chip.setVisible(bool(flags and flags.vip))
        self.blocked_chip.setVisible(blocked)
        has_number = self.number is not None
        self.block_button.setVisible(blocking and has_number and not blocked)
        self.unblock_button.setVisible(blocking and has_number and blocked)
        offers = session is not None and (session.supports(Capability.CALLER_FLAGS) or blocking)
        self.setVisible(offers and has_number)
