"""Delivering one profile's outbox to its vendor, in order, as soon and as often as it can.

Written for :class:`~agentdesk.session.Session`, which owns one :class:`OutboxDelivery` when
it is given an outbox. Qt-free.

What happens to an entry:

- accepted → deleted from the outbox at once;
- :class:`SavedWithProblemError` (saved, then a step of the vendor's own failed) → deleted,
  and the agent hears the problem;
- :class:`TransientError` or :class:`AuthenticationError` (unreachable, or a secret the agent
  must mend) → stays pending; tried again after a backoff, at every (re)connection, and
  before any newer entry is sent;
- any other refusal (:class:`VendorError`, a profile that cannot express it) → kept as
  *refused* with the vendor's words until the agent discards it; later entries go on;
- a stored entry that cannot be read back (:class:`~agentdesk.store.outbox.Unreadable`) →
  never sent, kept as *refused* with why, and the agent hears it; later entries go on.

When the store itself fails (a full disk, a lock held by another program), the delivery
waits and tries again as after an unreachable vendor.

Exactly once, as far as the vendor can tell: an entry is deleted right after the vendor's
"yes" arrives. A crash in the moment between that answer and the deletion (or while the
request is under way) leaves the entry pending, and the next run sends it again. To tell
such a resend apart, each attempt is recorded before its request: an entry whose last attempt
has no recorded outcome is *in doubt*, and a refusal of it is shown as "may already have been
saved" rather than as a loss. How the vendors take a resend: Daktela's ``CallScriptClose`` is
bound to the call's open script (``call_id``), which the first close closes, so a resend is
refused ("script not open") and nothing is written twice; uContact's ``DispositionCall`` and
Oki-Toki's ``call/add_data`` are keyed by the call's id and overwrite the same call's
disposition and data. None of them documents an idempotency key beyond the call id.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from agentdesk.core import (
    AgentDeskError,
    AuthenticationError,
    Disposition,
    SavedWithProblemError,
    TransientError,
)
from agentdesk.core.tasks import cancel_and_wait
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.store.outbox import Entry, Outbox, Unreadable

log = logging.getLogger(__name__)

# How long stopping waits for a request under way, so that its answer is recorded.
STOP_GRACE_SECONDS = 5.0


class Delivery(StrEnum):
    """What became of a disposition handed to the session."""

    SENT = "sent"  # the vendor has it
    QUEUED = "queued"  # stored; it goes out when the vendor can be reached


@dataclass(frozen=True, slots=True)
class OutboxChanged:
    """How many of the profile's writes wait for the vendor, and how many it refused."""

    pending: int
    failed: int


@dataclass(frozen=True, slots=True)
class WriteRefused:
    """The vendor refused a stored write for good (it stays listed until discarded)."""

    call_id: str
    message: str  # the vendor's words
    in_doubt: bool = False  # it may already have reached the vendor before a crash


@dataclass(frozen=True, slots=True)
class SentWithProblem:
    """A stored write reached the vendor, but a step the vendor does after saving failed."""

    call_id: str
    message: str


@dataclass(frozen=True, slots=True)
class WriteUnreadable:
    """A stored write could not be read back, so it was not sent (it stays listed with the
    refused ones until discarded)."""

    call_id: str  # "" when not even that could be read
    message: str  # why, in English


OutboxEvent = OutboxChanged | WriteRefused | SentWithProblem | WriteUnreadable


class _Outcome(StrEnum):
    SENT = "sent"
    WAITS = "waits"
    REFUSED = "refused"


class OutboxDelivery:
    """Sends one profile's pending writes with ``send``; see the module docstring.

    ``emit`` receives every :data:`OutboxEvent`. All methods run in the event loop's thread.
    """

    def __init__(
        self,
        outbox: Outbox,
        profile_key: str,
        send: Callable[[Disposition], Awaitable[None]],
        emit: Callable[[OutboxEvent], None],
        *,
        reachable: Callable[[], bool] = lambda: True,
        policy: ReconnectPolicy | None = None,
    ) -> None:
        self.outbox = outbox
        self.profile_key = profile_key
        self._send = send
        self._emit = emit
        self._reachable = reachable
        self.policy = policy or ReconnectPolicy(base=2.0, cap=120.0)
        self.counts = OutboxChanged(0, 0)
        self._lock = asyncio.Lock()  # one delivery at a time keeps the order
        self._flush_task: asyncio.Task[None] | None = None
        self._retry_after_hint: float | None = None  # the vendor's Retry-After, if it gave one
        self._retry_task: asyncio.Task[None] | None = None
        self._stopping = False
        self._again = False  # asked to flush while a flush was running

    # -- what the session calls --

    async def dispose(self, disposition: Disposition) -> Delivery:
        """Store ``disposition``, then send everything pending up to it, oldest first.

        Raises the vendor's refusal of this disposition on its first attempt (it is then
        withdrawn from the outbox, so that the agent's Retry cannot send it twice) and
        :class:`SavedWithProblemError` (saved; withdrawn too).
        """
        entry_id = await asyncio.to_thread(self.outbox.add, self.profile_key, disposition)
        self._stopping = False
        if not self._reachable():
            # Known to be out of reach: the agent need not wait for a timeout to move on.
            await self.announce()
            return Delivery.QUEUED
        try:
            async with self._lock:
                for entry in await asyncio.to_thread(self.outbox.pending, self.profile_key):
                    if entry.id > entry_id:
                        break
                    if await self._attempt(entry, first_of=entry_id) is _Outcome.WAITS:
                        self._retry_later()
                        return Delivery.QUEUED
            return Delivery.SENT
        finally:
            await self.announce()

    def connected(self) -> None:
        """The vendor is reachable again: send what waits, now."""
        self.policy.reset()
        self.flush_soon()

    def flush_soon(self) -> None:
        self._stopping = False
        if self._flush_task is None or self._flush_task.done():
            self._flush_task = asyncio.get_running_loop().create_task(
                self._flush_until_settled(), name="outbox delivery"
            )
        else:
            self._again = True

    async def _flush_until_settled(self) -> None:
        self._again = True
        while self._again and not self._stopping:
            self._again = False
            try:
                await self.flush()
            except sqlite3.Error as exc:
                # Nobody awaits this task: an exception left in it would end the delivery
                # for good, and say so only when the task is collected.
                log.warning("the outbox could not be read or written (%s); trying again later", exc)
                self._retry_later()
                return

    async def flush(self) -> None:
        """Send the pending entries in order, stopping at the first that must wait."""
        self._cancel_retry()
        async with self._lock:
            for entry in await asyncio.to_thread(self.outbox.pending, self.profile_key):
                if self._stopping:
                    break
                if await self._attempt(entry) is _Outcome.WAITS:
                    self._retry_later()
                    break
        await self.announce()

    async def announce(self) -> None:
        """Tell the listeners the current counts."""
        pending, failed = await asyncio.to_thread(self.outbox.counts, self.profile_key)
        self.counts = OutboxChanged(pending, failed)
        self._emit(self.counts)

    async def refused(self) -> list[Entry]:
        return await asyncio.to_thread(self.outbox.refused, self.profile_key)

    async def discard(self, entry_id: int) -> None:
        await asyncio.to_thread(self.outbox.discard, entry_id)
        await self.announce()

    async def stop(self) -> None:
        """Stop retrying; a request under way gets a moment to have its answer recorded."""
        self._stopping = True
        retry, self._retry_task = self._retry_task, None
        await cancel_and_wait(retry)
        task, self._flush_task = self._flush_task, None
        if task is not None and not task.done():
            await asyncio.wait({task}, timeout=STOP_GRACE_SECONDS)
            await cancel_and_wait(task)

    # -- one attempt --

    async def _attempt(self, entry: Entry, *, first_of: int | None = None) -> _Outcome:
        if isinstance(entry.disposition, Unreadable):
            return await self._refuse_unreadable(entry.id, entry.disposition)
        first_try = entry.id == first_of
        in_doubt = entry.outcome_unknown
        await asyncio.to_thread(self.outbox.started, entry.id)
        try:
            await self._send(entry.disposition)
        except SavedWithProblemError as exc:
            await asyncio.to_thread(self.outbox.done, entry.id)
            self.policy.reset()
            if first_try:
                raise
            self._emit(SentWithProblem(entry.disposition.call_id, _words(exc)))
            return _Outcome.SENT
        except (TransientError, AuthenticationError) as exc:
            log.info("wrap-up for %s waits: %s", entry.disposition.call_id, exc)
            await asyncio.to_thread(self.outbox.retry_later, entry.id, _words(exc))
            self._retry_after_hint = exc.retry_after if isinstance(exc, TransientError) else None
            return _Outcome.WAITS
        except AgentDeskError as exc:
            if first_try:
                # The agent still has the form open and sees this refusal with Retry.
                await asyncio.to_thread(self.outbox.discard, entry.id)
                raise
            log.warning("stored wrap-up for %s refused: %s", entry.disposition.call_id, exc)
            await asyncio.to_thread(self.outbox.failed, entry.id, _words(exc), in_doubt=in_doubt)
            self._emit(WriteRefused(entry.disposition.call_id, _words(exc), in_doubt))
            return _Outcome.REFUSED
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            # A bug, not the vendor's answer: keep the entry, and try again later.
            log.exception("delivering the wrap-up for %s failed", entry.disposition.call_id)
            await asyncio.to_thread(self.outbox.retry_later, entry.id, repr(exc))
            return _Outcome.WAITS
        await asyncio.to_thread(self.outbox.done, entry.id)
        self.policy.reset()
        return _Outcome.SENT

    async def _refuse_unreadable(self, entry_id: int, unreadable: Unreadable) -> _Outcome:
        """Sending what cannot be read would fail the same way every time: set it apart."""
        log.warning(
            "stored wrap-up %d (call %r) is not sent: %s",
            entry_id,
            unreadable.call_id,
            unreadable.reason,
        )
        await asyncio.to_thread(self.outbox.failed, entry_id, unreadable.reason)
        self._emit(WriteUnreadable(unreadable.call_id, unreadable.reason))
        return _Outcome.REFUSED

    # -- retrying --

    def _retry_later(self) -> None:
        if self._stopping:
            return
        self._cancel_retry()
        delay = self.policy.next_delay(self._retry_after_hint)
        self._retry_after_hint = None
        self._retry_task = asyncio.get_running_loop().create_task(
            self._retry_after(delay), name="outbox retry"
        )

    async def _retry_after(self, delay: float) -> None:
        await asyncio.sleep(delay)
        self._retry_task = None  # the flush must not cancel the task it runs in
        self.flush_soon()

    def _cancel_retry(self) -> None:
        task, self._retry_task = self._retry_task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()


def _words(exc: AgentDeskError) -> str:
    return getattr(exc, "vendor_message", None) or str(exc) or type(exc).__name__
