"""Keeps the caller cards (the pop-up and the main window's) in step with the session's calls."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from agentdesk.core import (
    AgentDeskError,
    AgentStatus,
    Call,
    CallerInfo,
    Capability,
    ConnectionChanged,
    ConnectionState,
)
from agentdesk.session import Session
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.caller_card import CallerCard, utc_now
from agentdesk.ui.caller_card_window import CallerCardWindow
from agentdesk.ui.commands import CommandRunner

log = logging.getLogger(__name__)

Lookup = Callable[[str], Awaitable[CallerInfo | None]]

# Connection states after which no call shown can be trusted any more.
_GONE = {ConnectionState.STOPPED, ConnectionState.AUTH_FAILED, ConnectionState.FAILED}


class CallerCards(QObject):
    """Shows a caller card for the agent's call: at once with what the call carries, then
    enriched by the vendor's lookup (or ``lookup``, e.g. local contacts, when the vendor has
    none or knows nothing). A slow or failing lookup never delays or removes the card.

    The pop-up (:attr:`window`) appears when a call rings (unless ``popup_enabled`` is false;
    once the agent closes it, it stays closed for that call) and closes when the call ends;
    :attr:`embedded` is the same card for the main window, cleared when no call is left.
    Cards close when the connection stops, fails, or stays lost for ``loss_grace`` seconds,
    so none outlives its call.

    Signals:
        shown(Call): a card now shows this call (a new one, not a phase change).
        closed(): the call is over; no card shows it any more.
    """

    shown = Signal(object)
    closed = Signal()
    transfer_requested = Signal()

    def __init__(
        self,
        session: Session,
        bridge: SessionBridge,
        *,
        commands: CommandRunner,
        region: str,
        lookup: Lookup | None = None,
        embedded: CallerCard | None = None,
        popup_enabled: bool = True,
        loss_grace: float = 15.0,
        clock: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._commands = commands
        self._lookup = lookup
        self._popup_enabled = popup_enabled
        self._call: Call | None = None
        self._seen_in_status = False  # the vendor's status listed the call at least once
        self._lookup_task: asyncio.Task[None] | None = None
        self._stopped = False  # quitting: no more lookups

        # The main window passes its own card, which exists before any session does.
        self.embedded = embedded or CallerCard(region=region, clock=clock)
        self.window = CallerCardWindow(region=region, clock=clock)
        for card in self._cards():
            card.answer_requested.connect(self.request_answer)
            card.hangup_requested.connect(self.request_hangup)
            card.transfer_requested.connect(self.transfer_requested)

        self._loss_timer = QTimer(self)
        self._loss_timer.setSingleShot(True)
        self._loss_timer.setInterval(int(loss_grace * 1000))
        self._loss_timer.timeout.connect(self._on_loss_timeout)

        bridge.call_ringing.connect(self._on_ringing)
        bridge.call_answered.connect(self._on_answered)
        bridge.call_ended.connect(self._on_ended)
        bridge.status_changed.connect(self._on_status)
        bridge.connection_changed.connect(self._on_connection)
        if session.status.calls:  # attached in the middle of a call
            self._show(session.status.calls[0], popup=False)
        self.refresh_actions()

    # -- public --

    @property
    def call(self) -> Call | None:
        """The call the cards show, if any."""
        return self._call

    def set_popup_enabled(self, enabled: bool) -> None:
        self._popup_enabled = enabled
        if not enabled:
            self.window.hide()

    def refresh_actions(self) -> None:
        for card in self._cards():
            card.refresh_actions(self._session)

    def request_answer(self) -> None:
        self._commands.run(self._session.answer, after=self.refresh_actions)

    def request_hangup(self) -> None:
        self._commands.run(self._session.hangup, after=self.refresh_actions)

    def close_all(self) -> None:
        """Close every card now (quitting, or the session is going away)."""
        if self._call is not None:
            self._close()
        self.window.hide()

    def shutdown(self) -> None:
        """Close the cards and release the pop-up window (it has no Qt parent)."""
        self.close_all()
        self._loss_timer.stop()
        self.window.deleteLater()

    # -- the session's events --

    def _on_ringing(self, call: Call) -> None:
        self._show(call, popup=True)

    def _on_answered(self, call: Call) -> None:
        if self._call is None:
            # Outbound calls and calls under way at start-up may never have rung here.
            self._show(call, popup=True)
        elif self._call.id == call.id:
            self._update(call)

    def _on_ended(self, call: Call) -> None:
        if self._call is not None and self._call.id == call.id:
            self._end(call)

    def _on_status(self, status: AgentStatus) -> None:
        shown = self._call
        if shown is not None:
            current = next((c for c in status.calls if c.id == shown.id), None)
            if current is not None:
                self._seen_in_status = True
                if current != shown:
                    self._update(current)
            elif self._seen_in_status:
                # The vendor no longer lists the call: it ended even if no event said so.
                self._end(shown)
        self.refresh_actions()

    def _on_connection(self, change: ConnectionChanged) -> None:
        if change.state is ConnectionState.CONNECTED:
            self._loss_timer.stop()
        elif change.state in _GONE:
            self._loss_timer.stop()
            self.close_all()
        elif self._call is not None and not self._loss_timer.isActive():
            self._loss_timer.start()
        self.refresh_actions()

    def _on_loss_timeout(self) -> None:
        if self._session.connection.state is not ConnectionState.CONNECTED:
            log.info("connection lost for too long; closing the caller card")
            self.close_all()

    # -- showing and closing --

    def _cards(self) -> tuple[CallerCard, CallerCard]:
        return (self.embedded, self.window.card)

    def _show(self, call: Call, *, popup: bool) -> None:
        if self._call is not None and self._call.id == call.id:
            self._update(call)
            return
        self._cancel_lookup()
        self._call = call
        self._seen_in_status = any(c.id == call.id for c in self._session.status.calls)
        for card in self._cards():
            card.show_call(call)
        if call.number and not self._stopped:
            self._lookup_task = self._start(self._look_up(call))
        self.refresh_actions()
        if popup and self._popup_enabled:
            self.window.pop_up()
        self.shown.emit(call)

    def _update(self, call: Call) -> None:
        self._call = call
        for card in self._cards():
            card.show_call(call)
        if self._popup_enabled and self.window.isVisible():
            self.window.adjustSize()

    def _end(self, call: Call) -> None:
        """``call`` is over: show what remains of the agent's calls, else close."""
        remaining = next((c for c in self._session.status.calls if c.id != call.id), None)
        self._close()
        if remaining is not None:
            self._show(remaining, popup=False)

    def _close(self) -> None:
        self._cancel_lookup()
        self._call = None
        self._seen_in_status = False
        self._loss_timer.stop()
        self.window.hide()
        for card in self._cards():
            card.clear()
        self.refresh_actions()
        self.closed.emit()

    # -- lookups --

    def _start(self, coroutine: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a Qt slot outside a running asyncio step (tests, start-up)
            loop = asyncio.get_event_loop()
        return loop.create_task(coroutine)

    async def cancel_pending(self) -> None:
        """Look up no more callers, and end a lookup under way (on quit, before the session
        stops)."""
        self._stopped = True
        task, self._lookup_task = self._lookup_task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _cancel_lookup(self) -> None:
        task, self._lookup_task = self._lookup_task, None
        if task is not None and not task.done():
            task.cancel()

    async def _look_up(self, call: Call) -> None:
        self._apply(call.id, await self._find(call.number))

    async def _find(self, number: str) -> CallerInfo | None:
        # A lookup only decorates the card: any failure is logged and the card stays as is.
        if self._session.supports(Capability.CALLER_LOOKUP):
            try:
                info = await self._session.caller_info(number)
            except AgentDeskError as exc:
                log.warning("caller lookup failed at %s: %s", self._session.vendor_name, exc)
            except Exception:
                log.warning("caller lookup failed", exc_info=True)
            else:
                if info is not None:
                    return info
        if self._lookup is not None:
            try:
                return await self._lookup(number)
            except Exception:
                log.warning("local caller lookup failed", exc_info=True)
        return None

    def _apply(self, call_id: str, info: CallerInfo | None) -> None:
        if info is None or self._call is None or self._call.id != call_id:
            return
        for card in self._cards():
            card.set_info(info)
        if self.window.isVisible():
            self.window.adjustSize()
