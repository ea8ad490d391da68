"""Call ▸ Queues: the queues (departments) the agent takes calls from, ticked, to switch."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from agentdesk.core import QueueMembership
from agentdesk.session import Session
from agentdesk.ui.commands import CommandRunner


class QueueMenu(QMenu):
    """Lists the session's queues each time it opens; ticking one logs the agent in to it.

    The list is the vendor's word: it is fetched when the menu opens, and again after every
    change, so a refusal leaves the tick where the vendor has it.
    """

    def __init__(self, commands: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Queues"), parent)
        self._commands = commands
        self._session: Session | None = None
        self.memberships: list[QueueMembership] = []
        self.aboutToShow.connect(self.reload)
        self._show_placeholder(self.tr("Loading…"))

    def set_session(self, session: Session) -> None:
        self._session = session
        self.reload()

    def reload(self) -> None:
        session = self._session
        if session is None:
            return

        async def load() -> None:
            self._fill(await session.queues())

        self._commands.run(load)

    def _fill(self, memberships: list[QueueMembership]) -> None:
        self.memberships = memberships
        self.clear()
        if not memberships:
            self._show_placeholder(self.tr("No queues"))
            return
        for membership in memberships:
            action = QAction(membership.title, self)
            action.setCheckable(True)
            action.setChecked(membership.logged_in)
            action.toggled.connect(
                lambda checked, queue_id=membership.id: self._switch(queue_id, checked)
            )
            self.addAction(action)

    def _switch(self, queue_id: str, logged_in: bool) -> None:
        session = self._session
        if session is None:
            return
        change = session.queue_login if logged_in else session.queue_logout
        self._commands.run(lambda: change(queue_id), after=self.reload)

    def _show_placeholder(self, text: str) -> None:
        self.clear()
        placeholder = self.addAction(text)
        placeholder.setEnabled(False)
