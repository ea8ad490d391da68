"""The simulated Oki-Toki company: its users, statuses, dialers, queues, contacts and the
call log that ``reports/acd/calls-log``, ``call/*`` and ``record/{session_id}`` answer from.

The document shows no answer, so the shapes here are our reading, shared with the backend's
parser (:mod:`agentdesk.backends.okitoki.parse` reads them; nothing here imports it):

- a call-log row in JSON is an object with ``session_id``, ``date`` (``DD.MM.YYYY HH:MM:SS``,
  the document's own format), ``direction`` (``in``/``out``), ``ani`` (the client's number),
  ``dnis`` (the company's line), ``queue``, ``user_id``, ``user``, ``contact``, ``wait_time``
  and ``talk_time`` (seconds), ``result`` (``answered``/``missed``) and ``record`` (1/0);
- the CSV forms carry the report's Russian column titles (:data:`CSV_TITLES`), words for
  direction, result and recording, talk time as ``M:SS``; ``csv`` is Windows-1251 with ``;``
  (what Excel expects in Cyrillic Windows), ``csv_2016`` UTF-8 with a byte-order mark and ``,``;
- ``date_range`` follows the company's calendar, weeks starting on Monday; ``anis`` matches a
  session ID exactly or a number by its last nine digits.
"""

# Cyrillic names and titles are the point of this data: RUF001 would flag their letters.
# ruff: noqa: RUF001

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Final

DATE_FORMAT: Final = "%d.%m.%Y"
TIME_FORMAT: Final = "%d.%m.%Y %H:%M:%S"
DATE_RANGES: Final = (
    "last_hour",
    "today",
    "yesterday",
    "this_week",
    "prev_week",
    "this_month",
    "prev_month",
)
LOG_FORMATS: Final = ("default", "json", "csv", "csv_2016")
CSV_TITLES: Final = (
    "ID сессии",
    "Дата",
    "Направление",
    "Номер клиента",
    "Номер линии",
    "Очередь",
    "ID пользователя",
    "Пользователь",
    "Контакт",
    "Ожидание",
    "Разговор",
    "Результат",
    "Запись",
)
COMPANY_LINE: Final = "380443334455"


@dataclass(frozen=True)
class SimUser:
    id: str
    name: str


@dataclass(frozen=True)
class SimStatus:
    id: str
    title: str


@dataclass(frozen=True)
class SimQueue:
    id: str
    title: str


@dataclass(frozen=True)
class SimContact:
    id: str
    name: str
    phone: str
    company: str
    email: str = ""

    def shape(self) -> dict[str, str]:
        return {
            "id": self.id,
            "name": self.name,
            "phone": self.phone,
            "company": self.company,
            "email": self.email,
        }


AGENT: Final = SimUser("12", "Олена Коваленко")
COLLEAGUE: Final = SimUser("15", "Андрій Мельник")
USERS: Final = {u.id: u for u in (AGENT, COLLEAGUE)}
# The company's statuses page: 1 is Ready, 2 "Away" takes an away status.
STATUSES: Final = {
    s.id: s
    for s in (
        SimStatus("1", "Готовий"),
        SimStatus("2", "Відійшов"),
        SimStatus("3", "Обід"),
        SimStatus("4", "Навчання"),
        SimStatus("5", "Постобробка"),
    )
}
AWAY_STATUSES: Final = {s.id: s for s in (SimStatus("21", "Кава"), SimStatus("22", "Нарада"))}
READY_STATUS: Final = "1"
# What a profile's ``statuses`` option says for this company.
STATUSES_OPTION: Final = (
    "1:Готовий:ready,2/21:Кава,2/22:Нарада,3:Обід,4:Навчання,5:Постобробка:wrap"
)
DIALERS: Final = {"3": "Передзвони клієнтам", "7": "Продажі"}
QUEUES: Final = {q.id: q for q in (SimQueue("1", "Підтримка"), SimQueue("2", "Продажі"))}
CONTACTS: Final = (
    SimContact("101", "Петро Шевченко", "380501234567", "ТОВ «Зоря»", "petro@zorya.ua"),
    SimContact("102", "Ірина Бондаренко", "380671112233", "Аптека на Подолі"),
    SimContact("103", "Їжакевич Богдан", "380931234000", "ФОП Їжакевич"),
    SimContact("104", "Марія Ґудзь", "380445556677", ""),
    SimContact("105", "Пётр Соколов", "79161234567", "ООО «Север»"),
    SimContact("106", "", "380632220011", "Пекарня «Хліб»"),
)
OTHER_NUMBERS: Final = ("380997776655", "380730001122")


@dataclass
class LoggedCall:
    """One finished call in the call log."""

    session_id: str
    started: datetime
    direction: str
    ani: str
    queue: SimQueue | None
    user: SimUser | None
    contact: str
    wait: int
    talk: int  # 0: not answered

    @property
    def answered(self) -> bool:
        return self.talk > 0

    @property
    def recorded(self) -> bool:
        return self.answered

    def json_shape(self) -> dict[str, Any]:
        return {
            "session_id": self.session_id,
            "date": self.started.strftime(TIME_FORMAT),
            "direction": self.direction,
            "ani": self.ani,
            "dnis": COMPANY_LINE,
            "queue": self.queue.title if self.queue else "",
            "user_id": int(self.user.id) if self.user else None,
            "user": self.user.name if self.user else "",
            "contact": self.contact,
            "wait_time": self.wait,
            "talk_time": self.talk,
            "result": "answered" if self.answered else "missed",
            "record": 1 if self.recorded else 0,
        }

    def csv_cells(self) -> list[str]:
        minutes, seconds = divmod(self.talk, 60)
        return [
            self.session_id,
            self.started.strftime(TIME_FORMAT),
            "Входящий" if self.direction == "in" else "Исходящий",
            self.ani,
            COMPANY_LINE,
            self.queue.title if self.queue else "",
            self.user.id if self.user else "",
            self.user.name if self.user else "",
            self.contact,
            str(self.wait),
            f"{minutes}:{seconds:02d}",
            "Отвечен" if self.answered else "Пропущен",
            "Да" if self.recorded else "Нет",
        ]


@dataclass
class CallLog:
    calls: list[LoggedCall] = field(default_factory=list)

    def add(self, call: LoggedCall) -> None:
        self.calls.append(call)

    def find(self, session_id: str) -> LoggedCall | None:
        return next((c for c in self.calls if c.session_id == session_id), None)

    def select(
        self, *, now: datetime, date_range: str | None, day: date | None, anis: str | None
    ) -> list[LoggedCall]:
        """Newest first; ``date_range`` and ``day`` already checked by the caller."""
        if day is not None:
            start = datetime.combine(day, datetime.min.time())
            end = start + timedelta(days=1)
        else:
            start, end = range_bounds(date_range or "last_hour", now)
        found = [c for c in self.calls if start <= c.started < end]
        if anis:
            found = [c for c in found if c.session_id == anis or same_number(c.ani, anis)]
        return sorted(found, key=lambda c: c.started, reverse=True)

    def seed(self, *, now: datetime, count: int, first_id: int, seed: int = 2026) -> None:
        """``count`` calls over the ten days before ``now``, 8:00 to 19:00, a few today."""
        rng = random.Random(seed)
        callers = [(c.phone, c.name) for c in CONTACTS] + [(n, "") for n in OTHER_NUMBERS]
        for index in range(count):
            back = 0 if index % 6 == 0 else rng.randint(1, 10)
            day = now.date() - timedelta(days=back)
            started = datetime.combine(day, datetime.min.time()) + timedelta(
                hours=8, seconds=rng.randint(0, 11 * 3600)
            )
            if started > now - timedelta(minutes=90):
                started = now - timedelta(minutes=rng.randint(90, 400))  # past, not last hour
            direction = "out" if rng.random() < 0.3 else "in"
            answered = rng.random() < 0.8
            user = COLLEAGUE if rng.random() < 0.2 else AGENT
            phone, name = rng.choice(callers)
            self.add(
                LoggedCall(
                    session_id=str(first_id + index),
                    started=started,
                    direction=direction,
                    ani=phone,
                    queue=rng.choice(list(QUEUES.values())) if direction == "in" else None,
                    user=user,
                    contact=name,
                    wait=rng.randint(2, 45),
                    talk=rng.randint(20, 600) if answered else 0,
                )
            )


def range_bounds(name: str, now: datetime) -> tuple[datetime, datetime]:
    """[start, end) of a ``date_range`` in the company's wall clock."""
    today = datetime.combine(now.date(), datetime.min.time())
    week = today - timedelta(days=today.weekday())
    month = today.replace(day=1)
    prev_month = (month - timedelta(days=1)).replace(day=1)
    later = now + timedelta(seconds=1)
    bounds = {
        "last_hour": (now - timedelta(hours=1), later),
        "today": (today, later),
        "yesterday": (today - timedelta(days=1), today),
        "this_week": (week, later),
        "prev_week": (week - timedelta(days=7), week),
        "this_month": (month, later),
        "prev_month": (prev_month, month),
    }
    return bounds[name]


def render_csv(
    calls: Iterable[LoggedCall], log_format: str, titles: Sequence[str] = CSV_TITLES
) -> bytes:
    """The call log as the report's CSV export: ``csv`` (Windows-1251) or ``csv_2016``,
    under ``titles`` (the report's Russian ones, or another language's)."""
    buffer = io.StringIO(newline="")
    delimiter = ";" if log_format == "csv" else ","
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(titles)
    for call in calls:
        writer.writerow(call.csv_cells())
    text = buffer.getvalue()
    if log_format == "csv":
        return text.encode("cp1251")
    return text.encode("utf-8-sig")


def same_number(a: str, b: str) -> bool:
    """The last nine digits: ``380501234567``, ``0501234567`` and ``+380 50 123 45 67`` match."""
    digits_a = "".join(ch for ch in a if ch.isdigit())
    digits_b = "".join(ch for ch in b if ch.isdigit())
    return bool(digits_a) and bool(digits_b) and digits_a[-9:] == digits_b[-9:]


def contact_matches(contact: SimContact, field_name: str, wanted: str) -> bool:
    """The document's filter: ``value`` exact, ``*value*`` contains, ``*value`` ends with,
    ``value*`` begins with, ``[a,b]`` one of a list."""
    value = contact.shape().get(field_name)
    if value is None:
        return False
    if wanted.startswith("[") and wanted.endswith("]"):
        return value in [w.strip() for w in wanted[1:-1].split(",")]
    if len(wanted) > 1 and wanted.startswith("*") and wanted.endswith("*"):
        return wanted[1:-1] in value
    if wanted.startswith("*"):
        return value.endswith(wanted[1:])
    if wanted.endswith("*"):
        return value.startswith(wanted[:-1])
    return value == wanted


def contact_for(phone: str) -> SimContact | None:
    return next((c for c in CONTACTS if same_number(c.phone, phone)), None)
