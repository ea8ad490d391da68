"""What the agent asks for from the main window, its menus, the tray and global shortcuts:
Ready, a pause, answer, hang up, dial, cancel a queued dial, reconnect, and the moves to the
number field and the recent calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from agentdesk.core import Capability
from agentdesk.phone import PhoneNumber, for_humans

if TYPE_CHECKING:
    from agentdesk.ui.main_window import MainWindow


class AgentCommands(QObject):
    """The window's commands. Each runs through the window's
    :class:`~agentdesk.ui.commands.CommandRunner` (which tells the agent why one failed) and
    does nothing before a session is attached; the vendor, not the state shown, has the last
    word on whether a command may run.

    Signals: none; it acts on the window's session and widgets.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def request_ready(self) -> None:
        if (session := self._window.session) is not None:
            self._window.commands.run(session.ready, after=self._resync)

    def request_pause(self, pause_id: str) -> None:
        if (session := self._window.session) is not None:
            self._window.commands.run(lambda: session.pause(pause_id), after=self._resync)

    def request_answer(self) -> None:
        if self._window.cards is not None:
            self._window.cards.request_answer()

    def request_hangup(self) -> None:
        if self._window.cards is not None:
            self._window.cards.request_hangup()

    def request_dial(self, number: str) -> None:
        window = self._window
        if (session := window.session) is None:
            return

        async def dial() -> None:
            result = await session.dial(number)
            if result.call_id and session.supports(Capability.CANCEL_DIAL):
                window.dial_task_bar.show_queued(for_humans(number, window.region), result.call_id)

        window.commands.run(dial, after=window.refresh_actions)

    def request_cancel_dial(self, dial_id: str) -> None:
        window = self._window
        if (session := window.session) is None:
            return

        async def cancel() -> None:
            await session.cancel_dial(dial_id)
            window.bus.info(self.tr("The queued call was cancelled."))

        window.commands.run(cancel, after=window.dial_task_bar.dismiss)

    def dial_now(self, number: str) -> bool:
        """Dial ``number`` from anywhere (a link, the clipboard, the history): the dial bar
        checks it and says why not when the agent cannot call now."""
        self._window.tabs.setCurrentIndex(0)
        return bool(self._window.dial_bar.dial_now(number))

    def choose_number(self, numbers: list[PhoneNumber]) -> None:
        """Several numbers in the clipboard: let the agent pick one."""
        window = self._window
        menu = QMenu(window)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for number in numbers:
            choice = menu.addAction(number.national)
            choice.triggered.connect(lambda _checked=False, n=number.e164: self.dial_now(n))
        window.tabs.setCurrentIndex(0)
        menu.popup(window.dial_bar.mapToGlobal(QPoint(0, window.dial_bar.height())))

    def request_reconnect(self) -> None:
        if (session := self._window.session) is not None:
            session.reconnect_now()

    def focus_dial(self) -> None:
        window = self._window
        window.tabs.setCurrentIndex(0)
        window.dial_bar.number_edit.setFocus()
        window.dial_bar.number_edit.selectAll()

    def show_history(self) -> None:
        if self._window.tabs.isTabVisible(1):
            self._window.tabs.setCurrentIndex(1)

    def _resync(self) -> None:
        """Show the vendor's word again (undoes a choice the vendor refused)."""
        window = self._window
        if window.session is not None:
            window.pause_selector.set_status(window.session.status)
        window.refresh_actions()
