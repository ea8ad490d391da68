"""Writes for the vendor that must not be lost, kept on disk until the vendor accepts them.

One SQLite file in the user data dir, in WAL mode with ``synchronous=FULL``: once
:meth:`Outbox.add` returns, the write survives the app being killed (and a power cut). The
row id gives the order of delivery. Every method blocks on the disk: async code calls them
through ``asyncio.to_thread``. Qt-free.

An entry is *pending* until delivered (then deleted) or refused for good; a refused entry
stays, with the vendor's words, until the agent discards it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from agentdesk.core import Disposition

DISPOSE = "dispose"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    profile TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    failed INTEGER NOT NULL DEFAULT 0,
    in_doubt INTEGER NOT NULL DEFAULT 0
)
"""


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("agentdesk")) / "outbox.sqlite3"


def disposition_to_json(disposition: Disposition) -> str:
    """The disposition as JSON; the call-back time keeps its UTC offset."""
    callback = disposition.callback_at
    return json.dumps(
        {
            "call_id": disposition.call_id,
            "status_id": disposition.status_id,
            "fields": disposition.fields,
            "note": disposition.note,
            "callback_at": callback.isoformat() if callback is not None else None,
            "then_pause": disposition.then_pause,
        },
        ensure_ascii=False,
    )


def disposition_from_json(text: str) -> Disposition:
    data: dict[str, Any] = json.loads(text)
    callback = data.get("callback_at")
    return Disposition(
        call_id=str(data["call_id"]),
        status_id=str(data["status_id"]),
        fields={str(k): str(v) for k, v in (data.get("fields") or {}).items()},
        note=data.get("note"),
        callback_at=datetime.fromisoformat(callback) if callback else None,
        then_pause=data.get("then_pause"),
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """One write waiting for the vendor, or refused by it."""

    id: int
    profile_key: str
    kind: str
    disposition: Disposition
    created: datetime
    attempts: int = 0
    last_error: str | None = None  # the last failure: why it waits, or the vendor's refusal
    failed: bool = False  # refused for good; kept until the agent discards it
    in_doubt: bool = False  # refused after an attempt whose answer never arrived (see below)

    @property
    def outcome_unknown(self) -> bool:
        """An earlier attempt started and no answer was recorded: the app stopped while the
        request was under way, so the vendor may already have it."""
        return self.attempts > 0 and self.last_error is None


class Outbox:
    """The durable queue of one user's writes for vendors; see the module docstring."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()  # one connection, used from to_thread's workers
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk when it returns, even in WAL mode (NORMAL may lose the
        # last commits on a power cut).
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @property
    def journal_mode(self) -> str:
        with self._lock:
            row = self._db.execute("PRAGMA journal_mode").fetchone()
        return str(row[0])

    def add(self, profile_key: str, disposition: Disposition) -> int:
        """Store ``disposition`` for ``profile_key``; durable when this returns. Its id."""
        with self._lock, self._db:
            cursor = self._db.execute(
                "INSERT INTO outbox (profile, kind, payload, created) VALUES (?, ?, ?, ?)",
                (
                    profile_key,
                    DISPOSE,
                    disposition_to_json(disposition),
                    datetime.now(UTC).isoformat(),
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def pending(self, profile_key: str) -> list[Entry]:
        """The entries still to deliver, oldest first."""
        return self._select("profile = ? AND failed = 0", profile_key)

    def refused(self, profile_key: str) -> list[Entry]:
        """The entries the vendor refused for good, oldest first."""
        return self._select("profile = ? AND failed = 1", profile_key)

    def counts(self, profile_key: str) -> tuple[int, int]:
        """(pending, refused) for ``profile_key``."""
        with self._lock:
            row = self._db.execute(
                "SELECT COALESCE(SUM(failed = 0), 0), COALESCE(SUM(failed = 1), 0) "
                "FROM outbox WHERE profile = ?",
                (profile_key,),
            ).fetchone()
        return int(row[0]), int(row[1])

    def started(self, entry_id: int) -> None:
        """An attempt begins: recorded before the request, so that a crash during it is
        known afterwards (:attr:`Entry.outcome_unknown`)."""
        self._write(
            "UPDATE outbox SET attempts = attempts + 1, last_error = NULL WHERE id = ?", entry_id
        )

    def retry_later(self, entry_id: int, error: str) -> None:
        """The attempt failed in a way worth retrying; the entry stays pending."""
        self._write("UPDATE outbox SET last_error = ? WHERE id = ?", error, entry_id)

    def failed(self, entry_id: int, error: str, *, in_doubt: bool = False) -> None:
        """The vendor refused the entry for good: kept, with its words, for the agent."""
        self._write(
            "UPDATE outbox SET failed = 1, last_error = ?, in_doubt = ? WHERE id = ?",
            error,
            int(in_doubt),
            entry_id,
        )

    def done(self, entry_id: int) -> None:
        """The vendor accepted the entry: it leaves the outbox."""
        self._write("DELETE FROM outbox WHERE id = ?", entry_id)

    def discard(self, entry_id: int) -> None:
        """The agent gave up on the entry (or it was never sent and is withdrawn)."""
        self._write("DELETE FROM outbox WHERE id = ?", entry_id)

    def _write(self, sql: str, *args: object) -> None:
        with self._lock, self._db:
            self._db.execute(sql, args)

    def _select(self, where: str, *args: object) -> list[Entry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, profile, kind, payload, created, attempts, last_error, failed, "
                f"in_doubt FROM outbox WHERE {where} ORDER BY id",
                args,
            ).fetchall()
        return [
            Entry(
                id=row[0],
                profile_key=row[1],
                kind=row[2],
                disposition=disposition_from_json(row[3]),
                created=datetime.fromisoformat(row[4]),
                attempts=row[5],
                last_error=row[6],
                failed=bool(row[7]),
                in_doubt=bool(row[8]),
            )
            for row in rows
        ]
