"""The outbox on disk: durable, ordered, per profile, in WAL mode."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from agentdesk.core import Disposition
from agentdesk.store.outbox import (
    Outbox,
    default_path,
    disposition_from_json,
    disposition_to_json,
)

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
