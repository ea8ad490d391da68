"""Oki-Toki's answers about finished calls, contacts and queues, read into core values.
Pure functions: the wire is in :mod:`agentdesk.backends.okitoki.wire`.

The document names the requests and their parameters but shows no answer. Our readings
(listed for administrators in docs/vendors/okitoki.md; a real answer that does not fit is
logged once at WARNING, :mod:`agentdesk.backends.answer_shapes`):

- ``reports/acd/calls-log`` answers, as JSON, a list of rows (or an object holding the list
  under ``data``), one per call, keyed as :data:`COLUMNS` shows; as CSV (``format=csv``:
  Windows-1251, ``csv_2016``: UTF-8) one header row of column titles, as the report form
  shows them (Russian, Ukrainian or English), then the rows. Titles and keys are mapped to
  one set of names through :data:`COLUMNS`, in any case and with spaces, ``_`` or ``-``
  alike, the first spelling a row has winning; the separator is whichever of ``;`` ``,`` or
  tab the header holds; a UTF-8 byte-order mark is skipped;
- times are the company's wall clock as ``DD.MM.YYYY HH:MM:SS`` (the document's own format
  for ``date``); ISO ``YYYY-MM-DD HH:MM:SS`` (or with ``T``, or with an offset, which then
  wins) is read too; durations are seconds or ``[H:]MM:SS``;
- ``contacts`` answers a JSON array of contacts, each an object of the company's contact
  fields; which fields hold the phone, the name and the company is a profile option;
- ``reports/sec/queue-status-summary`` with ``split_by=queue`` answers one row per queue
  (or an object holding them under ``data``), keyed as :data:`QUEUE_COLUMNS` shows;
- ``dialers/create_task`` answers "a message ... with its number": the number is the answer's
  ``task_id`` (or ``id``), else the first number in its ``message``; ``call/get_data``'s
  "message with call data" holds the values under ``data`` (or is itself the data, without
  ``status``/``message``/``session_id``); nested values are not shown.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Any, Final

from agentdesk.backends import wall_clock
from agentdesk.backends.answer_shapes import alias_table, pick
from agentdesk.core import CallDirection, CallRecord, MalformedResponseError, QueueFigures

CSV_ENCODINGS: Final[Mapping[str, str]] = {"csv": "cp1251", "csv_2016": "utf-8-sig"}
LOG_FORMATS: Final = ("json", "csv", "csv_2016")

# Our name for a column ← every way the JSON keys and the report's titles spell it.
COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "session_id": (
        *("session_id", "session", "session id", "call_id", "id"),
        *("id сессии", "id сесії", "сессия", "сесія"),
    ),
    "date": (
        *("date", "start", "start_time", "date_start", "started_at", "datetime", "call_date"),
        *("date and time", "дата", "дата и время", "дата і час"),  # noqa: RUF001
    ),
    "direction": ("direction", "type", "call_type", "направление", "напрямок", "тип"),
    "ani": (
        *("ani", "phone", "client_phone", "phone_number", "client number", "number"),
        *("номер клиента", "номер клієнта", "телефон"),
    ),
    "queue": ("queue", "queue_name", "queue_title", "очередь", "черга"),
    "user_id": ("user_id", "operator_id", "agent_id", "id пользователя", "id користувача"),
    "user": (
        *("user", "user_name", "agent", "agent_name", "operator"),
        *("пользователь", "користувач", "оператор"),
    ),
    "contact": (
        *("contact", "contact_name", "client_name", "client name", "name"),
        *("контакт", "имя клиента", "імʼя клієнта"),
    ),
    "wait_time": (
        *("wait_time", "wait", "wait_duration", "waiting_time", "hold_time"),
        *("ожидание", "очікування"),
    ),
    "talk_time": (
        *("talk_time", "talk", "talk_duration", "conversation_time", "billsec", "duration"),
        *("разговор", "розмова", "длительность разговора"),
    ),
    "result": ("result", "status", "call_status", "disposition", "результат"),
    "record": (
        *("record", "recording", "record_url", "recording_url", "record_link", "has_record"),
        *("запись", "запис"),
    ),
}
"""Our name for a column ← every way the JSON keys and the report's titles may spell it,
preferred first. Only the first spellings of each are in the document's examples' style
(``session_id``, ``date``); the rest are guesses at what the report answers."""
OUTBOUND_WORDS: Final = frozenset(
    {"out", "outgoing", "outbound", "output", "исходящий", "вихідний"}
)
ANSWERED_WORDS: Final = frozenset(
    {"answered", "success", "1", "true", "отвечен", "відповідь", "прийнятий", "принят"}
)
MISSED_WORDS: Final = frozenset(
    {"missed", "abandoned", "no answer", "no_answer", "noanswer", "not_answered", "busy"}
    | {"failed", "0", "false", "пропущен", "пропущений", "не отвечен"}
)
YES_WORDS: Final = frozenset({"1", "true", "yes", "да", "так"})
QUEUE_COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "queue": ("queue", "queue_name", "queue_title", "title", "name"),
    "waiting": ("calls_waiting", "waiting", "calls_in_queue", "in_queue", "queued"),
    "ready": ("users_ready", "ready", "free_users", "users_free", "available"),
    "online": ("users_online", "online", "logged_users", "users_logged_in", "logged_in"),
    "longest": ("max_wait_time", "max_wait", "longest_wait", "longest_wait_time"),
}
"""Our name for a queue-summary figure ← the keys it may come under, preferred first."""
_NUMBER: Final = re.compile(r"\d+")
# ASCII digits, few enough for int(): str.isdigit also says yes to "²" and to 5000 digits.
_DIGITS: Final = re.compile(r"[0-9]{1,18}")
TIME_FORMATS: Final = ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M:%S")

_COLUMN_FORMS: Final = alias_table(COLUMNS)
_QUEUE_FORMS: Final = alias_table(QUEUE_COLUMNS)


def json_rows(result: object) -> list[dict[str, str]]:
    """The calls-log JSON answer as rows keyed by our column names."""
    rows = result.get("data") if isinstance(result, dict) else result
    if rows is None:
        return []
    if not isinstance(rows, list):
        raise MalformedResponseError(
            "Oki-Toki's call log is not a list of calls", action="reports/acd/calls-log"
        )
    return [_named(row) for row in rows if isinstance(row, dict)]


def csv_rows(data: bytes, log_format: str) -> list[dict[str, str]]:
    """A calls-log CSV answer (``csv`` or ``csv_2016``) as rows keyed by our column names."""
    try:
        text = data.decode(CSV_ENCODINGS[log_format])
    except (KeyError, UnicodeDecodeError) as exc:
        raise MalformedResponseError(
            f"Oki-Toki's {log_format} call log does not decode: {exc}",
            action="reports/acd/calls-log",
        ) from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        return []
    header = text.splitlines()[0]
    delimiter = max(";,\t", key=header.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        titles = next(reader)
        return [
            _named(dict(zip(titles, (v.strip() for v in cells), strict=False)))
            for cells in reader
            if cells
        ]
    except csv.Error as exc:  # a field beyond csv's size limit, say
        raise MalformedResponseError(
            f"Oki-Toki's {log_format} call log is not readable CSV: {exc}",
            action="reports/acd/calls-log",
        ) from None


def call_record(
    row: Mapping[str, str], tz: tzinfo | None, *, user_id: str, login: str
) -> CallRecord | None:
    """One row; None for a row without a session id or a readable time."""
    session_id = row.get("session_id") or ""
    started = parse_time(row.get("date"), tz)
    if not session_id or started is None:
        return None
    talk = seconds(row.get("talk_time"))
    result = (row.get("result") or "").strip().lower()
    answered = result in ANSWERED_WORDS or (result not in MISSED_WORDS and talk > 0)
    record = (row.get("record") or "").strip().lower()
    agent = login if row.get("user_id") == user_id else (row.get("user") or None)
    return CallRecord(
        id=session_id,
        started_at=started,
        direction=direction(row.get("direction")),
        number=row.get("ani") or "",
        name=row.get("contact") or None,
        queue=row.get("queue") or None,
        agent=agent,
        answered=answered,
        wait_seconds=seconds(row.get("wait_time")),
        duration_seconds=talk,
        has_recording=record in YES_WORDS or record.startswith("http"),
    )


def direction(value: str | None) -> CallDirection:
    word = (value or "").strip().lower()
    return CallDirection.OUTBOUND if word in OUTBOUND_WORDS else CallDirection.INBOUND


def parse_time(value: object, tz: tzinfo | None) -> datetime | None:
    """The company's wall clock (``DD.MM.YYYY HH:MM:SS``) as an aware time; None if unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for pattern in TIME_FORMATS:
        try:
            naive = datetime.strptime(text, pattern)
        except ValueError:
            continue
        return wall_clock.from_wall(naive, tz)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else wall_clock.from_wall(moment, tz)


def seconds(value: object) -> int:
    """``95``, ``"95"``, ``"1:35"`` or ``"0:01:35"`` → 95; anything else → 0."""
    if isinstance(value, int):
        return value
    text = str(value or "").strip()
    if _DIGITS.fullmatch(text):
        return int(text)
    parts = text.split(":")
    if 2 <= len(parts) <= 3 and all(_DIGITS.fullmatch(p) for p in parts):
        total = 0
        for part in parts:
            total = total * 60 + int(part)
        return total
    return 0


def contact_name_and_company(
    result: object, *, name_field: str, company_field: str
) -> tuple[str | None, str | None]:
    """The first contact of a ``contacts`` answer that has a name or a company."""
    contacts = result.get("data") if isinstance(result, dict) else result
    if contacts in (None, ""):
        return None, None
    if not isinstance(contacts, list):
        raise MalformedResponseError("Oki-Toki's contacts answer is not a list", action="contacts")
    for contact in contacts:
        if not isinstance(contact, dict):
            continue
        name, company = _text(contact.get(name_field)), _text(contact.get(company_field))
        if name or company:
            return name, company
    return None, None


def queue_rows(result: object) -> list[dict[str, object]]:
    """``queue-status-summary``'s rows keyed by our names (:data:`QUEUE_COLUMNS`)."""
    rows = result.get("data") if isinstance(result, dict) else result
    if not isinstance(rows, list):
        raise MalformedResponseError(
            "Oki-Toki's queue summary is not a list of queues",
            action="reports/sec/queue-status-summary",
        )
    return [pick(row, _QUEUE_FORMS) for row in rows if isinstance(row, dict)]


def queue_figures(result: object) -> list[QueueFigures]:
    """``queue-status-summary`` split by queue."""
    rows = queue_rows(result)
    figures = []
    for row in rows:
        found = {name: row.get(name) for name in QUEUE_COLUMNS}
        title = _text(found["queue"])
        if title is None:
            continue
        figures.append(
            QueueFigures(
                queue=title,
                waiting=_count(found["waiting"]),
                agents_ready=_count(found["ready"]),
                agents_logged_in=_count(found["online"]) if found["online"] is not None else None,
                longest_wait_seconds=(
                    seconds(found["longest"]) if found["longest"] is not None else None
                ),
            )
        )
    return figures


def task_number(answer: object) -> str | None:
    """The task's number: ``task_id`` (or ``id``) of the answer, else the first number of its
    message ("a message about successful task addition with its number")."""
    if isinstance(answer, dict):
        for key in ("task_id", "id", "task"):
            value = answer.get(key)
            if isinstance(value, int | str) and str(value).isdigit():
                return str(value)
        message = answer.get("message")
    else:
        message = answer
    if isinstance(message, str):
        match = _NUMBER.search(message)
        if match:
            return match.group()
    if isinstance(answer, dict | str):
        return None
    raise MalformedResponseError(
        "Oki-Toki's answer to dialers/create_task is not readable", action="dialers/create_task"
    )


def stored_data(answer: object) -> dict[str, str]:
    """``call/get_data``'s data: under ``data``, or the answer itself minus its envelope."""
    data: Any = answer.get("data", answer) if isinstance(answer, dict) else None
    if data is None or data == []:
        return {}
    if not isinstance(data, dict):
        raise MalformedResponseError(
            "Oki-Toki's call data is not an object", action="call/get_data"
        )
    envelope = {"status", "message", "session_id", "code"} if data is answer else set()
    return {
        str(k): "" if v is None else str(v)
        for k, v in data.items()
        if k not in envelope and not isinstance(v, dict | list)
    }


def _count(value: object) -> int:
    text = str(value if value is not None else "").strip()
    return int(text) if _DIGITS.fullmatch(text) else 0


def _named(row: Mapping[str, Any]) -> dict[str, str]:
    return {k: "" if v is None else str(v) for k, v in pick(row, _COLUMN_FORMS).items()}


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None
