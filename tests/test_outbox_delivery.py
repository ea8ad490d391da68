"""Session.dispose with an outbox: stored first, delivered in order, never lost or doubled."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import (
    ConnectionChanged,
    ConnectionState,
    Disposition,
    SavedWithProblemError,
    TransientError,
    VendorError,
)
from agentdesk.outbox_delivery import (
    Delivery,
    OutboxChanged,
    OutboxDelivery,
    SentWithProblem,
    WriteRefused,
    WriteUnreadable,
)
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session, SessionEvent
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.store.outbox import Outbox, Unreadable
from tests.ui.fake_backend import FakeBackend

KEY = "work"


class FlakyBackend(FakeBackend):
    """The fake backend, whose dispose raises the queued errors one call at a time."""

    def __init__(self) -> None:
        super().__init__()
        self.dispose_errors: list[BaseException] = []
        self.attempts: list[str] = []

    async def dispose(self, disposition: Disposition) -> None:
        self.attempts.append(disposition.call_id)
        if self.dispose_errors:
            raise self.dispose_errors.pop(0)
        await super().dispose(disposition)


def wrap_up(call_id: str) -> Disposition:
    return Disposition(call_id, "order")


@contextmanager
def opened(path: Path) -> Iterator[Outbox]:
    outbox = Outbox(path)
    try:
        yield outbox
    finally:
        outbox.close()


async def until(predicate: Callable[[], object], timeout: float = 3.0) -> None:
    async def poll() -> None:
        while not predicate():  # noqa: ASYNC110 - polling a plain predicate on purpose
            await asyncio.sleep(0.005)

    await asyncio.wait_for(poll(), timeout)


def recorder(session: Session) -> list[SessionEvent]:
    events: list[SessionEvent] = []
    session.add_listener(events.append)
    return events


async def test_a_reachable_vendor_gets_it_at_once_and_nothing_stays(tmp_path: Path) -> None:
    backend = FlakyBackend()
    with opened(tmp_path / "o.sqlite3") as outbox:
        session = Session(backend, outbox=outbox, profile_key=KEY)
        events = recorder(session)
        assert await session.dispose(wrap_up("c1")) is Delivery.SENT
        assert backend.dispositions == [wrap_up("c1")]
        assert outbox.counts(KEY) == (0, 0)
        assert session.outbox_counts == OutboxChanged(0, 0)
        # No "1 waiting" flashes up in the window for a save that goes through.
        assert [e for e in events if isinstance(e, OutboxChanged)] == [OutboxChanged(0, 0)]
        await session.stop()


async def test_without_an_outbox_dispose_goes_straight_to_the_vendor() -> None:
    backend = FlakyBackend()
    session = Session(backend)
    backend.dispose_errors.append(TransientError("down"))
    with pytest.raises(TransientError):
        await session.dispose(wrap_up("c1"))
    assert await session.dispose(wrap_up("c1")) is Delivery.SENT
    assert session.outbox_counts == OutboxChanged(0, 0)


async def test_unreachable_writes_wait_and_go_out_in_order_on_connecting(tmp_path: Path) -> None:
    backend = FlakyBackend()
    with opened(tmp_path / "o.sqlite3") as outbox:
        session = Session(
            backend, outbox=outbox, profile_key=KEY, policy=ReconnectPolicy(rand=lambda: 1.0)
        )
        events = recorder(session)
        backend.dispose_errors.append(TransientError("cannot reach Daktela"))
        assert await session.dispose(wrap_up("c1")) is Delivery.QUEUED
        # c1 is first in line and still cannot go: c2 waits behind it, unsent.
        backend.dispose_errors.append(TransientError("cannot reach Daktela"))
        assert await session.dispose(wrap_up("c2")) is Delivery.QUEUED
        assert backend.attempts == ["c1", "c1"]
        assert session.outbox_counts == OutboxChanged(2, 0)
        assert [e.last_error for e in outbox.pending(KEY)] == ["cannot reach Daktela", None]

        session.start()
        await until(lambda: session.outbox_counts == OutboxChanged(0, 0))
        assert backend.dispositions == [wrap_up("c1"), wrap_up("c2")]
        assert OutboxChanged(2, 0) in events
        await session.stop()


async def test_a_new_session_on_the_same_file_delivers_what_the_last_run_left(
    tmp_path: Path,
) -> None:
    path = tmp_path / "o.sqlite3"
    with opened(path) as outbox:
        outbox.add(KEY, wrap_up("c1"))
        outbox.add("other profile", wrap_up("x1"))
        outbox.add(KEY, wrap_up("c2"))
    backend = FlakyBackend()
    with opened(path) as outbox:
        session = Session(backend, outbox=outbox, profile_key=KEY)
        session.start()
        await until(lambda: backend.dispositions == [wrap_up("c1"), wrap_up("c2")])
        await until(lambda: session.outbox_counts == OutboxChanged(0, 0))
        await session.stop()
        assert outbox.counts("other profile") == (1, 0)  # another profile's vendor


async def test_a_refusal_on_the_first_attempt_is_raised_and_not_kept(tmp_path: Path) -> None:
    backend = FlakyBackend()
    with opened(tmp_path / "o.sqlite3") as outbox:
        session = Session(backend, outbox=outbox, profile_key=KEY)
        backend.dispose_errors.append(VendorError("Formulář nelze uložit"))
        with pytest.raises(VendorError):
            await session.dispose(wrap_up("c1"))
        assert outbox.counts(KEY) == (0, 0)  # the agent's Retry stores it anew
        assert session.outbox_counts == OutboxChanged(0, 0)


async def test_saved_with_a_problem_is_delivered_and_raised(tmp_path: Path) -> None:
    backend = FlakyBackend()
    with opened(tmp_path / "o.sqlite3") as outbox:
        session = Session(backend, outbox=outbox, profile_key=KEY)
        backend.dispose_errors.append(SavedWithProblemError("pause failed"))
        with pytest.raises(SavedWithProblemError):
            await session.dispose(wrap_up("c1"))
        assert outbox.counts(KEY) == (0, 0)


async def test_a_later_refusal_is_kept_and_told_and_the_rest_go_on(tmp_path: Path) -> None:
    path = tmp_path / "o.sqlite3"
    with opened(path) as outbox:
        outbox.add(KEY, wrap_up("c1"))
        outbox.add(KEY, wrap_up("c2"))
        outbox.add(KEY, wrap_up("c3"))
        backend = FlakyBackend()
        backend.dispose_errors += [
            VendorError("Formulář nelze uložit"),
            SavedWithProblemError("Pauzu nelze nastavit"),
        ]
        session = Session(backend, outbox=outbox, profile_key=KEY)
        events = recorder(session)
        session.start()
        await until(lambda: session.outbox_counts == OutboxChanged(0, 1))
        assert backend.dispositions == [wrap_up("c3")]  # c2 was saved by the vendor too
        assert backend.attempts == ["c1", "c2", "c3"]
        assert WriteRefused("c1", "Formulář nelze uložit") in events
        assert SentWithProblem("c2", "Pauzu nelze nastavit") in events

        (refused,) = await session.refused_writes()
        assert refused.disposition == wrap_up("c1")
        assert refused.last_error == "Formulář nelze uložit" and not refused.in_doubt
        await session.discard_refused(refused.id)
        assert session.outbox_counts == OutboxChanged(0, 0)
        assert await session.refused_writes() == []
        await session.stop()


async def test_while_reconnecting_a_write_is_only_stored(tmp_path: Path) -> None:
    backend = FlakyBackend()
    with opened(tmp_path / "o.sqlite3") as outbox:
        session = Session(backend, outbox=outbox, profile_key=KEY)
        session.connection = ConnectionChanged(ConnectionState.RECONNECTING, 5.0, "down")
        assert await session.dispose(wrap_up("c1")) is Delivery.QUEUED
        assert backend.attempts == []
        assert outbox.counts(KEY) == (1, 0)


async def test_a_transient_failure_is_retried_after_a_backoff(tmp_path: Path) -> None:
    backend = FlakyBackend()
    backend.dispose_errors += [TransientError("503"), TransientError("503")]
    events: list[object] = []
    with opened(tmp_path / "o.sqlite3") as outbox:
        delivery = OutboxDelivery(
            outbox,
            KEY,
            backend.dispose,
            events.append,
            policy=ReconnectPolicy(base=0.01, cap=0.02, rand=lambda: 1.0),
        )
        assert await delivery.dispose(wrap_up("c1")) is Delivery.QUEUED
        await until(lambda: backend.dispositions == [wrap_up("c1")])
        await until(lambda: delivery.counts == OutboxChanged(0, 0))
        assert backend.attempts == ["c1", "c1", "c1"]
        await delivery.stop()


async def test_a_resend_after_a_crash_is_refused_by_daktela_and_marked_in_doubt(
    tmp_path: Path,
) -> None:
    """The window between the vendor's "yes" and the deletion: the app died there, so the
    next run sends again. Daktela's script is closed by then: nothing is written twice, and
    the refusal is shown as "may already have been saved"."""
    async with DaktelaSimulator(seed_history=False, wrapup_seconds=60.0) as sim:
        call_id = sim.ring("601234567")
        sim.pick_up()
        sim.customer_hangup()
        backend = DaktelaBackend(base_url=sim.url, login=sim.login, secret=sim.token)
        with opened(tmp_path / "o.sqlite3") as outbox:
            entry_id = outbox.add(KEY, Disposition(call_id, "objednavka"))
            outbox.started(entry_id)
            await backend.dispose(Disposition(call_id, "objednavka"))  # accepted, then "crash"

            session = Session(backend, outbox=outbox, profile_key=KEY)
            events = recorder(session)
            session.start()
            await until(lambda: session.outbox_counts == OutboxChanged(0, 1))
            await session.stop()
            (refused,) = outbox.refused(KEY)
        assert refused.in_doubt
        assert any(isinstance(e, WriteRefused) and e.in_doubt for e in events)
        assert len(sim.closed_scripts) == 1


def _spoil_payload(path: Path, entry_id: int, payload: object) -> None:
    """What a damaged file or another program may leave in a row (the outbox never writes it)."""
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE outbox SET payload = ? WHERE id = ?", (payload, entry_id))


UNREADABLE_PAYLOADS = {
    "not JSON": "wrap-up",
    "a list": "[1, 2]",
    "no call id": '{"status_id": "order"}',
    "fields not a table": '{"call_id": "c2", "status_id": "order", "fields": [1]}',
    "a note that is not text": '{"call_id": "c2", "status_id": "order", "note": ["x"]}',
    "a call-back that is not a time": '{"call_id": "c2", "status_id": "o", "callback_at": "soon"}',
    "nested too deep": "[" * 5000,
    "a huge number": '{"call_id": ' + "9" * 5000 + "}",
    "bytes": b"\xff\xfe\x00",
    "a number": 42,
}


@pytest.mark.parametrize("payload", UNREADABLE_PAYLOADS.values(), ids=UNREADABLE_PAYLOADS.keys())
async def test_an_unreadable_stored_wrap_up_is_kept_as_refused_and_the_rest_go_on(
    tmp_path: Path, payload: object
) -> None:
    path = tmp_path / "o.sqlite3"
    with opened(path) as outbox:
        outbox.add(KEY, wrap_up("c1"))
        bad = outbox.add(KEY, wrap_up("c2"))
        outbox.add(KEY, wrap_up("c3"))
        _spoil_payload(path, bad, payload)
        backend = FlakyBackend()
        session = Session(backend, outbox=outbox, profile_key=KEY)
        events = recorder(session)
        session.start()
        await until(lambda: session.outbox_counts == OutboxChanged(0, 1))
        assert backend.dispositions == [wrap_up("c1"), wrap_up("c3")]
        (told,) = [e for e in events if isinstance(e, WriteUnreadable)]
        (kept,) = await session.refused_writes()
        assert kept.id == bad and kept.failed and isinstance(kept.disposition, Unreadable)
        assert kept.last_error == told.message and "could not read" in told.message
        assert kept.disposition.call_id in ("c2", "")
        # A later wrap-up goes straight out: the bad row no longer stands in the way.
        assert await session.dispose(wrap_up("c4")) is Delivery.SENT
        await session.discard_refused(kept.id)
        assert session.outbox_counts == OutboxChanged(0, 0)
        await session.stop()


async def test_a_stored_wrap_up_whose_time_is_unreadable_is_still_delivered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "o.sqlite3"
    with opened(path) as outbox:
        entry_id = outbox.add(KEY, wrap_up("c1"))
        with contextlib.closing(sqlite3.connect(path)) as db, db:
            db.execute("UPDATE outbox SET created = 'yesterday' WHERE id = ?", (entry_id,))
        (entry,) = outbox.pending(KEY)
        assert entry.created is None and entry.disposition == wrap_up("c1")
        backend = FlakyBackend()
        session = Session(backend, outbox=outbox, profile_key=KEY)
        session.start()
        await until(lambda: backend.dispositions == [wrap_up("c1")])
        await until(lambda: session.outbox_counts == OutboxChanged(0, 0))
        await session.stop()


async def test_a_store_that_fails_during_delivery_is_tried_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A full disk or a lock taken by another program: the delivery waits and tries again,
    it does not end with an exception nobody retrieves."""
    with opened(tmp_path / "o.sqlite3") as outbox:
        outbox.add(KEY, wrap_up("c1"))
        outbox._db.execute("PRAGMA query_only = 1")  # every write fails, as on a full disk
        backend = FlakyBackend()
        delivery = OutboxDelivery(
            outbox,
            KEY,
            backend.dispose,
            lambda _event: None,
            policy=ReconnectPolicy(base=0.01, cap=0.02, rand=lambda: 1.0),
        )
        delivery.flush_soon()
        await until(lambda: "trying again" in caplog.text)
        outbox._db.execute("PRAGMA query_only = 0")
        await until(lambda: backend.dispositions == [wrap_up("c1")])
        await until(lambda: outbox.counts(KEY) == (0, 0))
        await delivery.stop()
