"""The main window's line on wrap-ups saved on this computer: how many wait to be sent, how
many the vendor refused, and Review… to see the refused ones and discard them."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from agentdesk.outbox_delivery import (
    OutboxChanged,
    SentWithProblem,
    WriteRefused,
    WriteUnreadable,
)
from agentdesk.session import Session, SessionEvent
from agentdesk.ui.commands import CommandRunner
from agentdesk.ui.messages import MessageBus
from agentdesk.ui.text import fill


class OutboxStatus(QLabel):
    """Says what the session's outbox holds (hidden while it holds nothing), offers Review…
    when the vendor refused a wrap-up, and tells the agent through ``bus`` when a stored
    wrap-up was refused, sent with a problem, or could not be read.

    Signals: none; it acts through the session, ``commands`` and ``bus``.
    """

    def __init__(
        self, bus: MessageBus, commands: CommandRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._commands = commands
        self._session: Session | None = None
        self.refused_prompt: QMessageBox | None = None
        self.setObjectName("outboxStatus")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.linkActivated.connect(lambda _link: self.review_refused_writes())
        self.hide()

    def follow(self, session: Session) -> None:
        """Show ``session``'s outbox from now on, starting with what it holds already."""
        self._session = session
        session.add_listener(self._on_event)
        self.show_counts(session.outbox_counts)

    def _vendor_name(self) -> str:
        return self._session.vendor_name if self._session else ""

    def _on_event(self, event: SessionEvent) -> None:
        if isinstance(event, OutboxChanged):
            self.show_counts(event)
        elif isinstance(event, WriteRefused):
            text = self.tr("%1 refused a saved wrap-up: %2")
            if event.in_doubt:
                text = self.tr(
                    "%1 refused a saved wrap-up, which may have reached it before AgentDesk "
                    "closed: %2"
                )
            self._bus.warning(fill(text, self._vendor_name(), event.message))
        elif isinstance(event, SentWithProblem):
            self._bus.warning(fill(self.tr("%1 said: %2"), self._vendor_name(), event.message))
        elif isinstance(event, WriteUnreadable):
            text = self.tr("A saved wrap-up was not sent: %1")
            self._bus.warning(fill(text, event.message))

    def show_counts(self, counts: OutboxChanged) -> None:
        """Say how many wrap-ups wait to be sent, and how many the vendor refused."""
        parts: list[str] = []
        if counts.pending == 1:
            parts.append(html.escape(self.tr("1 wrap-up waiting to be sent")))
        elif counts.pending:
            parts.append(html.escape(self.tr("%n wrap-ups waiting to be sent", "", counts.pending)))
        if counts.failed:
            vendor = self._vendor_name()
            if counts.failed == 1:
                refused = self.tr("1 wrap-up refused by %1").replace("%1", vendor)
            else:
                text = self.tr("%n wrap-ups refused by %1", "", counts.failed)
                refused = text.replace("%1", vendor)
            link = html.escape(self.tr("Review…"))
            parts.append(f'{html.escape(refused)} <a href="review">{link}</a>')
        self.setText(" · ".join(parts))
        self.setToolTip(
            self.tr("Saved on this computer; AgentDesk sends them as soon as it can.")
            if counts.pending
            else ""
        )
        self.setVisible(bool(parts))

    def review_refused_writes(self) -> None:
        """List the wrap-ups the vendor refused, with its words, and offer to discard them."""
        session = self._session
        if session is None:
            return

        async def review() -> None:
            entries = await session.refused_writes()
            if not entries:
                return
            box = QMessageBox(self.window())
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Refused wrap-ups"))
            box.setText(
                self.tr(
                    "%1 refused these saved wrap-ups. Enter them in %1 again, then discard."
                ).replace("%1", session.vendor_name)
            )
            lines = []
            for entry in entries:
                when = entry.created.astimezone().strftime("%d %b %H:%M") if entry.created else "?"
                lines.append(f"{when} · {entry.disposition.call_id}: {entry.last_error or ''}")
            box.setInformativeText("\n".join(lines[:5]))
            if len(lines) > 5:
                box.setDetailedText("\n".join(lines))
            discard = box.addButton(self.tr("Discard them"), QMessageBox.ButtonRole.DestructiveRole)
            close = box.addButton(QMessageBox.StandardButton.Close)
            box.setDefaultButton(close)  # discarding is the agent's deliberate choice

            def finished() -> None:
                if box.clickedButton() is discard:
                    ids = [entry.id for entry in entries]

                    async def drop() -> None:
                        for entry_id in ids:
                            await session.discard_refused(entry_id)

                    self._commands.run(drop)

            box.finished.connect(lambda _result: finished())
            box.open()
            self.refused_prompt = box

        self._commands.run(review)
