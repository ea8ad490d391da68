"""The simulated PBX's company: users, departments, and the call history that
``history/json``, ``history/csv`` and their ``inner`` forms answer from.

Shapes follow the document's examples (sections 4, 6.1, 8.1) and the public facts beside it:
history rows carry ``uid``, ``direction``, ``status`` (``success``, ``missed``, ``cancel``,
``busy``...), ``client``, ``account``, ``diversion``, ``destination``, ``user``,
``user_name``, ``group_name``, ``start`` (``YYYY-mm-ddTHH:MM:SSZ``, UTC), ``wait``,
``duration``, ``record`` (a link served by the simulator) and ``rating``; the CSV has no
header and the columns uid, type, client, ``login@domain``, line, start, wait, duration,
record. Internal calls have ``from``/``to`` logins and ``success``/``noanswer``.

Periods (4.5) are days in UTC, weeks starting on Monday.
"""

# Cyrillic names are the point of this data: RUF001 would flag their letters.

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final

ANSWER_TIME: Final = "%Y-%m-%dT%H:%M:%SZ"
REQUEST_TIME: Final = "%Y%m%dT%H%M%SZ"
PERIODS: Final = ("today", "yesterday", "this_week", "last_week", "this_month", "last_month")
EXTERNAL_TYPES: Final = ("all", "in", "out", "missed")
INNER_TYPES: Final = ("all", "success", "noanswer")
COMPANY_LINE: Final = "74951234567"


@dataclass
class SimUser:
    login: str
    name: str
    ext: str
    position: str = "Менеджер"
    role: str = "user"
    telnum: str = ""
    mobile: str = ""
    dnd: bool = False

    def shape(self) -> dict[str, Any]:
        return {
            "login": self.login,
            "name": self.name,
            "position": self.position,
            "ext": self.ext,
            "telnum": self.telnum,
            "email": "",
            "role": self.role,
            "mobile": self.mobile,
            "mobile_redirect": {"enabled": False},
        }


@dataclass
class SimGroup:
    id: str
    name: str
    ext: str
    members: dict[str, bool]  # login → calls_enable

    def shape(self, users: dict[str, SimUser]) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "ext": self.ext,
            "call_order": "EVENLY",
            "call_duration": 10,
            "users": [
                {"login": login, "name": users[login].name, "calls_enable": enabled}
                for login, enabled in self.members.items()
                if login in users
            ],
            "timeout": {"time": 120, "target": "voicemail"},
            "advanced": "off",
        }


def company() -> tuple[dict[str, SimUser], dict[str, SimGroup]]:
    """A fresh copy of the company: the agent is ``ivanova`` (extension 702)."""
    users = {
        u.login: u
        for u in (
            SimUser("admin", "Администратор", "701", position="Администратор", role="admin"),
            SimUser("ivanova", "Анна Иванова", "702", telnum="74951234502"),
            SimUser("petrov", "Пётр Петров", "703"),
        )
    }
    groups = {
        g.id: g
        for g in (
            SimGroup(
                "sales", "Отдел продаж", "700", {"admin": True, "ivanova": True, "petrov": False}
            ),
            SimGroup(
                "g_0a922987-97ac-4f45-9e47-59a27d23c2cb",
                "Техподдержка",
                "704",
                {"ivanova": False, "petrov": True},
            ),
            SimGroup("g_buh", "Бухгалтерия", "705", {"admin": True}),
        )
    }
    return users, groups


def other_staff(count: int) -> tuple[dict[str, SimUser], dict[str, SimGroup]]:
    """``count`` users of other staff (extensions from 10000, clear of the company's) and
    ``count`` departments, one of them each: a large PBX, whose list answers page."""
    users = {
        f"u{10_000 + n}": SimUser(f"u{10_000 + n}", f"Сотрудник {n}", str(10_000 + n))
        for n in range(count)
    }
    groups = {
        f"g_staff_{n}": SimGroup(f"g_staff_{n}", f"Отдел {n}", str(20_000 + n), {login: True})
        for n, login in enumerate(users)
    }
    return users, groups


AGENT_LOGIN: Final = "ivanova"
CLIENTS: Final = (
    "79101234567",
    "79161112233",
    "79037776655",
    "79261234000",
    "79855556677",
    "77012345678",
)


@dataclass
class HistoryCall:
    """One finished external call."""

    uid: str
    direction: str  # in, out
    status: str  # success, missed, cancel, busy, notavailable, notallowed, notfound
    client: str
    user: SimUser | None
    group: SimGroup | None
    start: datetime  # aware, UTC
    wait: int
    duration: int
    destination: str = "user"
    record: str = ""
    rating: int | None = None

    def shape(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "direction": self.direction,
            "status": self.status,
            "client": self.client,
            "account": self.user.login if self.user else "",
            "diversion": COMPANY_LINE,
            "destination": self.destination if self.direction == "in" else "",
            "user": self.user.login if self.user else "",
            "user_name": self.user.name if self.user else "",
            "group_name": self.group.name if self.group else "",
            "start": self.start.strftime(ANSWER_TIME),
            "wait": self.wait,
            "duration": self.duration,
            "record": self.record,
            "rating": self.rating,
        }

    def csv_cells(self, domain: str) -> list[str]:
        account = f"{self.user.login}@{domain}" if self.user else ""
        return [
            self.uid,
            self.direction,
            self.client,
            account,
            COMPANY_LINE,
            self.start.strftime(ANSWER_TIME),
            str(self.wait),
            str(self.duration),
            self.record,
        ]


@dataclass
class InnerCall:
    uid: str
    status: str  # success, noanswer
    caller: SimUser
    callee: SimUser
    start: datetime
    wait: int
    duration: int
    record: str = ""

    def shape(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "status": self.status,
            "from": self.caller.login,
            "to": self.callee.login,
            "from_name": self.caller.name,
            "to_name": self.callee.name,
            "start": self.start.strftime(ANSWER_TIME),
            "wait": self.wait,
            "duration": self.duration,
            "record": self.record,
        }

    def csv_cells(self, domain: str) -> list[str]:
        return [
            self.uid,
            self.status,
            f"{self.caller.login}@{domain}",
            f"{self.callee.login}@{domain}",
            self.start.strftime(ANSWER_TIME),
            str(self.wait),
            str(self.duration),
            self.record,
        ]


@dataclass
class History:
    external: list[HistoryCall] = field(default_factory=list)
    inner: list[InnerCall] = field(default_factory=list)

    def seed(
        self,
        users: dict[str, SimUser],
        groups: dict[str, SimGroup],
        *,
        now: datetime,
        uids: Any,
        record_url: Any,
        count: int = 30,
        seed: int = 2026,
    ) -> None:
        """``count`` external and a few internal calls over the ten days before ``now``."""
        rng = random.Random(seed)
        agent, others = users[AGENT_LOGIN], [u for u in users.values() if u.login != AGENT_LOGIN]
        sales = groups["sales"]
        for index in range(count):
            back = 0 if index % 5 == 0 else rng.randint(1, 10)
            start = (now - timedelta(days=back, minutes=rng.randint(30, 600))).replace(
                microsecond=0
            )
            direction = "out" if rng.random() < 0.3 else "in"
            answered = rng.random() < 0.75
            user: SimUser | None = agent if rng.random() < 0.7 else rng.choice(others)
            destination = "user"
            if direction == "in" and not answered and rng.random() < 0.5:
                user, destination = None, "group"
            if direction == "out":
                status = "success" if answered else rng.choice(("busy", "notavailable", "cancel"))
            else:
                status = "success" if answered else "missed"
            uid = next(uids)
            self.external.append(
                HistoryCall(
                    uid=uid,
                    direction=direction,
                    status=status,
                    client=rng.choice(CLIENTS),
                    user=user,
                    group=sales if direction == "in" else None,
                    start=start,
                    wait=rng.randint(2, 40),
                    duration=rng.randint(15, 400) if answered else 0,
                    destination=destination,
                    record=record_url(uid) if answered else "",
                    rating=rng.choice((None, 4, 5)) if answered and direction == "in" else None,
                )
            )
        for index in range(4):
            caller, callee = (agent, others[index % 2]) if index % 2 else (others[0], agent)
            uid = next(uids)
            answered = index != 3
            self.inner.append(
                InnerCall(
                    uid=uid,
                    status="success" if answered else "noanswer",
                    caller=caller,
                    callee=callee,
                    start=(now - timedelta(days=index, hours=2)).replace(microsecond=0),
                    wait=3,
                    duration=45 if answered else 0,
                    record=record_url(uid) if answered else "",
                )
            )

    def find_record(self, uid: str) -> bool:
        calls: list[HistoryCall | InnerCall] = [*self.external, *self.inner]
        return any(c.uid == uid and c.record for c in calls)


def period_bounds(name: str, now: datetime) -> tuple[datetime, datetime]:
    """[start, end) of a named period (4.1), days in UTC."""
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    week = today - timedelta(days=today.weekday())
    month = today.replace(day=1)
    last_month = (month - timedelta(days=1)).replace(day=1)
    tomorrow = today + timedelta(days=1)
    return {
        "today": (today, tomorrow),
        "yesterday": (today - timedelta(days=1), today),
        "this_week": (week, tomorrow),
        "last_week": (week - timedelta(days=7), week),
        "this_month": (month, tomorrow),
        "last_month": (last_month, month),
    }[name]


def render_csv(rows: list[list[str]]) -> str:
    """No header row, comma-separated, as the document's example."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(rows)
    return out.getvalue()
