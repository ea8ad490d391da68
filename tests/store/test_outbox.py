"""The outbox on disk: durable, ordered, per profile, in WAL mode."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from agentdesk.core import Disposition
from agentdesk.store.outbox import (
    Outbox,
    OutboxUnavailableError,
    default_path,
    disposition_from_json,
    disposition_to_json,
)
from tests.unprivileged import as_unprivileged

PRAGUE = timezone(timedelta(hours=1))


def wrap_up(call_id: str = "c1", **changes: object) -> Disposition:
    values: dict[str, object] = {"call_id": call_id, "status_id": "order"}
    values.update(changes)
    return Disposition(**values)  # type: ignore[arg-type]


def test_a_disposition_survives_json_with_its_time_zone() -> None:
    original = Disposition(
        "c1",
        "callback",
        {"product": "Modem", "poznámka": "Zavolat ráno"},
        note="Chce technika",
        callback_at=datetime(2026, 11, 24, 10, 30, tzinfo=PRAGUE),
        then_pause="lunch",
    )
    again = disposition_from_json(disposition_to_json(original))
    assert again == original
    assert again.callback_at is not None and again.callback_at.utcoffset() == timedelta(hours=1)
    assert disposition_from_json(disposition_to_json(wrap_up())) == wrap_up()


def test_the_file_is_in_wal_mode_in_the_user_data_dir(tmp_path: Path) -> None:
    assert default_path().name == "outbox.sqlite3"
    assert "agentdesk" in default_path().parts
    outbox = Outbox()
    try:
        assert outbox.path == default_path() and outbox.path.is_file()
        assert outbox.journal_mode == "wal"
    finally:
        outbox.close()
    with sqlite3.connect(default_path()) as other:  # WAL is a property of the file
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other.close()


def test_entries_come_back_in_order_per_profile_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    outbox = Outbox(path)
    first = outbox.add("work", wrap_up("c1"))
    outbox.add("home", wrap_up("h1"))
    third = outbox.add("work", wrap_up("c2", note="second"))
    outbox.close()

    outbox = Outbox(path)
    try:
        entries = outbox.pending("work")
        assert [e.id for e in entries] == [first, third]
        assert [e.disposition.call_id for e in entries] == ["c1", "c2"]
        assert entries[1].disposition.note == "second"
        assert entries[0].created.tzinfo is not None
        assert entries[0].profile_key == "work" and entries[0].kind == "dispose"
        assert [e.disposition.call_id for e in outbox.pending("home")] == ["h1"]
        assert outbox.counts("work") == (2, 0)
        assert outbox.counts("nobody") == (0, 0)
    finally:
        outbox.close()


def test_attempts_outcomes_and_refusals_are_kept(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    try:
        sent, waits, refused = (outbox.add("work", wrap_up(f"c{i}")) for i in range(3))
        for entry_id in (sent, waits, refused):
            outbox.started(entry_id)
        (in_flight,) = [e for e in outbox.pending("work") if e.id == sent]
        assert in_flight.attempts == 1 and in_flight.outcome_unknown

        outbox.done(sent)
        outbox.retry_later(waits, "cannot reach Daktela")
        outbox.failed(refused, "Formulář nelze uložit", in_doubt=True)

        (waiting,) = outbox.pending("work")
        assert (waiting.id, waiting.last_error, waiting.outcome_unknown) == (
            waits,
            "cannot reach Daktela",
            False,
        )
        (kept,) = outbox.refused("work")
        assert (kept.id, kept.failed, kept.in_doubt) == (refused, True, True)
        assert kept.last_error == "Formulář nelze uložit"
        assert outbox.counts("work") == (1, 1)

        outbox.discard(refused)
        assert outbox.refused("work") == []
        assert outbox.counts("work") == (1, 0)
    finally:
        outbox.close()


def _not_a_database(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 8)


def _text(path: Path) -> None:
    path.write_text("wrap-ups go here\n" * 20, encoding="utf-8")


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "something.txt").write_text("kept", encoding="utf-8")


def _table_without_columns(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE outbox (id INTEGER PRIMARY KEY, payload TEXT)")
        db.execute("INSERT INTO outbox (payload) VALUES ('{}')")


def _table_with_a_required_column_of_its_own(path: Path) -> None:
    """Every column AgentDesk writes, and one more that no insert of ours fills."""
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute(
            "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT, kind TEXT,"
            " payload TEXT, created TEXT, attempts INTEGER DEFAULT 0, last_error TEXT,"
            " failed INTEGER DEFAULT 0, in_doubt INTEGER DEFAULT 0, queue TEXT NOT NULL)"
        )


def _an_id_that_is_not_the_key(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute(
            "CREATE TABLE outbox (id TEXT, profile TEXT, kind TEXT, payload TEXT, created TEXT,"
            " attempts INTEGER DEFAULT 0, last_error TEXT, failed INTEGER DEFAULT 0,"
            " in_doubt INTEGER DEFAULT 0)"
        )


def _a_view(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE VIEW outbox AS SELECT 1 AS id")


def _damaged_pages(path: Path) -> None:
    outbox = Outbox(path)
    for i in range(100):
        outbox.add("work", wrap_up(f"c{i}", note="x" * 500))
    outbox.close()
    data = bytearray(path.read_bytes())
    data[3 * 4096 : 3 * 4096 + 2000] = bytes(range(250)) * 8
    path.write_bytes(bytes(data))


def _cut_short(path: Path) -> None:
    Outbox(path).close()
    path.write_bytes(path.read_bytes()[:100])


def _contents(path: Path) -> object:
    if path.is_dir():
        return sorted((p.name, p.read_bytes()) for p in path.iterdir())
    return path.read_bytes()


@pytest.mark.parametrize(
    "spoil",
    [
        _not_a_database,
        _text,
        _folder,
        _table_without_columns,
        _table_with_a_required_column_of_its_own,
        _an_id_that_is_not_the_key,
        _a_view,
        _damaged_pages,
        _cut_short,
    ],
)
def test_a_damaged_outbox_is_set_aside_and_a_fresh_one_opens(
    tmp_path: Path, spoil: Callable[[Path], None], caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "outbox.sqlite3"
    spoil(path)
    before = _contents(path)
    outbox = Outbox(path)
    try:
        assert outbox.set_aside is not None
        kept = outbox.set_aside.kept_as
        assert kept.parent == tmp_path and kept.name.startswith("outbox.sqlite3.corrupt-")
        assert _contents(kept) == before  # kept as it was, for a look
        assert outbox.set_aside.original == path and outbox.set_aside.why
        entry_id = outbox.add("work", wrap_up("c1"))
        assert [e.id for e in outbox.pending("work")] == [entry_id]
    finally:
        outbox.close()
    assert "set aside" in caplog.text
    again = Outbox(path)  # the fresh one is healthy: nothing more is set aside
    try:
        assert again.set_aside is None and again.counts("work") == (1, 0)
    finally:
        again.close()


def test_a_healthy_outbox_is_not_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    Outbox(path).close()
    outbox = Outbox(path)
    try:
        assert outbox.set_aside is None
    finally:
        outbox.close()
    assert [p.name for p in tmp_path.iterdir()] == ["outbox.sqlite3"]


def test_the_write_ahead_log_goes_aside_with_its_file(tmp_path: Path) -> None:
    """A stale ``-wal`` left beside a fresh file would be replayed into it."""
    path = tmp_path / "outbox.sqlite3"
    _not_a_database(path)
    wal = tmp_path / "outbox.sqlite3-wal"
    wal.write_bytes(b"an old write-ahead log")
    outbox = Outbox(path)
    try:
        assert outbox.set_aside is not None
        kept = outbox.set_aside.kept_as
        assert kept.with_name(kept.name + "-wal").read_bytes() == b"an old write-ahead log"
        assert outbox.counts("work") == (0, 0)
    finally:
        outbox.close()


def test_a_damaged_outbox_that_cannot_be_set_aside_is_a_clear_error(tmp_path: Path) -> None:
    # The name leaves no room for ".corrupt-STAMP": the rename fails, as it would on a
    # read-only folder.
    path = tmp_path / ("o" * 250)
    _not_a_database(path)
    with pytest.raises(OutboxUnavailableError, match="could not be set aside"):
        Outbox(path)
    assert path.read_bytes() == bytes(range(256)) * 8


def test_an_outbox_that_may_not_be_read_is_a_clear_error_not_set_aside() -> None:
    """Not damaged, and it may hold wrap-ups: whoever mends the permissions finds it there."""

    def check(folder: Path) -> None:
        path = folder / "outbox.sqlite3"
        outbox = Outbox(path)
        outbox.add("work", wrap_up("c1"))
        outbox.close()
        path.chmod(0)
        with pytest.raises(OutboxUnavailableError, match=f"cannot open the outbox {path}"):
            Outbox(path)
        assert [p.name for p in folder.iterdir()] == ["outbox.sqlite3"]

    as_unprivileged(check)
