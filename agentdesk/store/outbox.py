"""Writes for the vendor that must not be lost, kept on disk until the vendor accepts them.

One SQLite file in the user data dir, in WAL mode with ``synchronous=FULL``: once
:meth:`Outbox.add` returns, the write survives the app being killed (and a power cut). The
row id gives the order of delivery. Every method blocks on the disk: async code calls them
through ``asyncio.to_thread``. Qt-free.

An entry is *pending* until delivered (then deleted) or refused for good; a refused entry
stays, with the vendor's words, until the agent discards it.

Damage is met where it is found. A file that is not an outbox this version can use (not a
database, damaged pages, a folder in its place, a table of another shape) is set aside
(:mod:`agentdesk.store.set_aside`) when it is opened and a fresh one starts: the agent is
told where the old one is kept (:attr:`Outbox.set_aside`), and can work meanwhile. A row
that cannot be read back comes out as :class:`Unreadable` rather than raising, so that
delivery refuses it and goes on with the rest.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

import platformdirs

from agentdesk.core import ConfigurationError, Disposition
from agentdesk.store.set_aside import SetAside, set_aside

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


_COLUMNS: Final = frozenset(
    {"id", "profile", "kind", "payload", "created", "attempts", "last_error", "failed", "in_doubt"}
)
_SQLITE_HEADER: Final = b"SQLite format 3\x00"
# SQLite's files beside the database: a journal left beside a fresh file would be read into it.
_COMPANIONS: Final = ("-wal", "-shm", "-journal")
# SQLite's primary result codes that blame the file, not the machine (a lock, a full disk, no
# permission): not a database, damaged, or a schema our fixed statements cannot work with.
_DAMAGED_CODES: Final = frozenset(
    {sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_ERROR}
)


class OutboxUnavailableError(ConfigurationError):
    """The outbox cannot be opened, through no fault of its contents (no permission, a full
    disk), or it is damaged and could not be moved aside."""


class _DamagedError(Exception):
    """The file at the outbox's place is not an outbox this version can use."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


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


def disposition_from_json(text: object) -> Disposition:
    """The disposition :func:`disposition_to_json` wrote; ValueError saying what is wrong when
    ``text`` is not one (a damaged row, or one written by another program)."""
    if not isinstance(text, str | bytes):
        raise ValueError(f"a {type(text).__name__}, not JSON text")
    try:
        data = json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deep") from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, an int of 4,300 digits
        raise ValueError(f"not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"a JSON {type(data).__name__}, not an object")
    fields = data.get("fields") or {}
    if not isinstance(fields, dict) or not all(
        isinstance(value, str | int | float) for value in fields.values()
    ):
        raise ValueError("its fields are not names and values")
    callback = _optional_text(data, "callback_at")
    try:
        callback_at = datetime.fromisoformat(callback) if callback else None
    except ValueError:
        raise ValueError(f"callback_at {callback!r} is not a time") from None
    return Disposition(
        call_id=_required_text(data, "call_id"),
        status_id=_required_text(data, "status_id"),
        fields={str(k): str(v) for k, v in fields.items()},
        note=_optional_text(data, "note"),
        callback_at=callback_at,
        then_pause=_optional_text(data, "then_pause"),
    )


def _required_text(data: dict[str, object], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{key} is {'missing' if value is None else 'not text'}")
    return value


def _optional_text(data: dict[str, object], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{key} is not text")
    return value


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A stored write that could not be read back: kept as it is, refused, never sent."""

    call_id: str  # as far as it could be read; "" when not even that
    reason: str  # what the agent is told


@dataclass(frozen=True, slots=True)
class Entry:
    """One write waiting for the vendor, or refused by it."""

    id: int
    profile_key: str
    kind: str
    disposition: Disposition | Unreadable
    created: datetime | None  # None when the stored time cannot be read
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
        """Open the outbox at ``path`` (default :func:`default_path`), setting a damaged one
        aside first (then :attr:`set_aside` says where it is kept). Raises
        :class:`OutboxUnavailableError`."""
        self.path = path or default_path()
        self.set_aside: SetAside | None = None
        """The damaged file this outbox replaced when it was opened, if any."""
        self._lock = threading.Lock()  # one connection, used from to_thread's workers
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutboxUnavailableError(
                f"cannot open the outbox {self.path}: {exc.strerror or exc}"
            ) from None
        try:
            self._db = _open(self.path)
        except _DamagedError as damaged:
            self.set_aside = self._move_aside(damaged.why)
            try:
                self._db = _open(self.path)
            except _DamagedError as again:  # another program writing there as we open
                raise OutboxUnavailableError(f"the outbox {self.path} is {again.why}") from None

    def _move_aside(self, why: str) -> SetAside:
        try:
            return set_aside(self.path, why, companions=_COMPANIONS)
        except OSError as exc:
            raise OutboxUnavailableError(
                f"the outbox {self.path} is {why} and could not be set aside "
                f"({exc.strerror or exc}); move it away and start AgentDesk again"
            ) from None

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
        return [_entry(row) for row in rows]


def _open(path: Path) -> sqlite3.Connection:
    """A connection to the outbox at ``path``, its table made if it is new. Raises _DamagedError
    when the file is not an outbox this version can use, and OutboxUnavailableError when the
    machine is in the way (no permission, a full disk, a lock held elsewhere)."""
    if path.exists() and not path.is_file():
        raise _DamagedError("a folder, not a file" if path.is_dir() else "not a file")
    _check_header(path)
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    db.text_factory = _text
    try:
        # Judged before anything is written, so that a file set aside is kept as it was.
        # Damaged pages may lie anywhere: found now, not when a delivery reads them (cheap
        # for a file that holds a few wrap-ups).
        problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise _DamagedError(f"damaged ({problems[0]})")
        _check_shape(db)
        db.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk when it returns, even in WAL mode (NORMAL may lose the
        # last commits on a power cut).
        db.execute("PRAGMA synchronous=FULL")
        db.execute(_SCHEMA)
    except _DamagedError:
        db.close()
        raise
    except sqlite3.Error as exc:
        db.close()
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in _DAMAGED_CODES:
            raise _DamagedError(f"damaged ({exc})") from None
        raise OutboxUnavailableError(f"cannot open the outbox {path}: {exc}") from None
    return db


def _text(data: bytes) -> str | bytes:
    """A TEXT value as str, or as the bytes it is when they are not UTF-8 (a damaged row,
    read as unreadable rather than failing the whole query)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data


def _check_header(path: Path) -> None:
    """Told apart before SQLite opens it: SQLite deletes the write-ahead log beside a file it
    finds is not a database when it closes it, and that log is to be set aside too."""
    try:
        with path.open("rb") as file:
            header = file.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutboxUnavailableError(f"cannot open the outbox {path}: {exc.strerror}") from None
    if header and header != _SQLITE_HEADER:
        raise _DamagedError("not a database")


def _check_shape(db: sqlite3.Connection) -> None:
    """An ``outbox`` table made by another version or program must still take our rows."""
    found = db.execute("SELECT type FROM sqlite_master WHERE name = 'outbox'").fetchone()
    if found is None:
        return  # a new file: the table is made next
    kind = found[0]
    if kind != "table":
        raise _DamagedError(f"not an outbox (its outbox is a {kind})")
    # table_info: (cid, name, type, notnull, default, pk)
    columns = {row[1]: row for row in db.execute("PRAGMA table_info(outbox)")}
    missing = sorted(_COLUMNS - columns.keys())
    if missing:
        raise _DamagedError(f"not an outbox this AgentDesk can use (no {', '.join(missing)})")
    keys = [name for name, row in columns.items() if row[5]]
    if keys != ["id"] or str(columns["id"][2]).upper() != "INTEGER":
        raise _DamagedError("not an outbox this AgentDesk can use (its id is not the row's number)")
    required = sorted(
        name for name, row in columns.items() if name not in _COLUMNS and row[3] and row[4] is None
    )
    if required:
        needs = ", ".join(required)
        raise _DamagedError(f"not an outbox this AgentDesk can use (it requires {needs})")


def _entry(row: tuple[object, ...]) -> Entry:
    """One row as an entry; what cannot be read is said, not raised (see the module)."""
    entry_id, profile_key, kind, payload, created, attempts, last_error, failed, in_doubt = row
    disposition: Disposition | Unreadable
    try:
        disposition = disposition_from_json(payload)
    except ValueError as exc:
        disposition = Unreadable(_call_id_in(payload), f"AgentDesk could not read it back ({exc})")
    try:
        when = datetime.fromisoformat(created) if isinstance(created, str) else None
    except ValueError:
        when = None
    assert isinstance(entry_id, int)  # _check_shape: id is the INTEGER PRIMARY KEY
    return Entry(
        id=entry_id,
        profile_key=str(profile_key),
        kind=str(kind),
        disposition=disposition,
        created=when,
        attempts=attempts if type(attempts) is int else 0,
        last_error=last_error if isinstance(last_error, str) else None,
        failed=bool(failed),
        in_doubt=bool(in_doubt),
    )


def _call_id_in(payload: object) -> str:
    """The call id of an unreadable payload, where it can still be found, else ""."""
    try:
        data = json.loads(payload) if isinstance(payload, str | bytes) else None
    except (ValueError, RecursionError):
        return ""
    call_id = data.get("call_id") if isinstance(data, dict) else None
    return call_id if isinstance(call_id, str) else ""
