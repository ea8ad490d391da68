"""The simulated agent's pauses and sessions, for ``StatsUsersPauses`` and
``StatsUsersSessions``, and the texts ``SendSMS`` sent, with the actions that answer them.

Our readings, where the document is silent:

- the spell going on now is listed with ``end_time`` and ``duration`` null
  (``open_spells=null``, the default) or left out until it ends (``open_spells=omitted``);
  a spell overlapping the window is listed whole (the window selects by any overlap);
- ``pause`` is a number and ``duration`` whole seconds, as in the document's example;
- ``SendSMS`` refuses a number that is not 3 to 15 digits (an optional leading +) with
  "Neplatné telefonní číslo", a text past the document's 1377 characters (603 with
  ``unicode``) with "Zpráva je příliš dlouhá", and whatever a test sets in
  ``sms_refusal`` (the gateway's own words, e.g. "SMS brána není aktivní"); it answers
  ``count_sms`` as the parts of 160 (70 in unicode, 153/67 when split) and ``id``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from agentdesk.sim.daktela.calllog import SimUser
from agentdesk.sim.daktela.records import BAD_DATETIME, ApiError, Params, missing, stamp

BAD_NUMBER: Final = "Neplatné telefonní číslo"
TOO_LONG: Final = "Zpráva je příliš dlouhá"
MAX_MESSAGE: Final = 1377
MAX_UNICODE_MESSAGE: Final = 603
STAMP_FORMAT: Final = "%Y-%m-%d %H:%M:%S"
_NUMBER = re.compile(r"\+?\d{3,15}")


@dataclass
class Spell:
    start: datetime
    end: datetime | None = None
    pause: str | None = None  # the pause's id; None for a session


@dataclass
class SentSms:
    id: str
    number: str
    message: str
    unicode: bool
    count_sms: int


@dataclass
class DayLog:
    """Spells of pauses and of log-ins, oldest first; the open one last."""

    pauses: list[Spell] = field(default_factory=list)
    sessions: list[Spell] = field(default_factory=list)
    sent_sms: list[SentSms] = field(default_factory=list)

    def pause(self, pause_id: str | None, at: datetime | None = None) -> None:
        """The agent went on ``pause_id`` (None: off any pause)."""
        at = at or datetime.now()
        open_spell = self.pauses[-1] if self.pauses and self.pauses[-1].end is None else None
        if open_spell is not None and open_spell.pause == pause_id:
            return
        if open_spell is not None:
            open_spell.end = at
        if pause_id is not None:
            self.pauses.append(Spell(at, pause=pause_id))

    def session(self, logged_in: bool, at: datetime | None = None) -> None:
        at = at or datetime.now()
        open_spell = self.sessions[-1] if self.sessions and self.sessions[-1].end is None else None
        if logged_in and open_spell is None:
            self.sessions.append(Spell(at))
        elif not logged_in and open_spell is not None:
            open_spell.end = at

    def seed(self, now: datetime, pause_ids: tuple[str, str]) -> None:
        """An earlier session today with two pauses, where today has room for them."""
        start = now - timedelta(hours=3)
        if start.date() != now.date():
            return
        self.sessions.append(Spell(start, now - timedelta(minutes=20)))
        lunch = now - timedelta(hours=2)
        self.pauses.append(Spell(lunch, lunch + timedelta(minutes=30), pause_ids[0]))
        coffee = now - timedelta(minutes=50)
        self.pauses.append(Spell(coffee, coffee + timedelta(minutes=10), pause_ids[1]))


def spells_shape(
    spells: list[Spell], params: Params, user: SimUser, open_spells: str
) -> dict[str, Any]:
    """The ``{"data": [...], "total": n}`` of StatsUsersPauses / StatsUsersSessions."""
    start, end = _stamp(params, "datetime_from"), _stamp(params, "datetime_to")
    users = params.array("users")
    wanted_pauses = params.array("pauses")
    rows = []
    ids = itertools.count(1000)
    for spell in spells:
        number = next(ids)
        if users and user.id not in users:
            continue
        if spell.end is None and open_spells == "omitted":
            continue
        if spell.start > end or (spell.end is not None and spell.end < start):
            continue
        if wanted_pauses and spell.pause not in wanted_pauses:
            continue
        row: dict[str, Any] = {
            "id": str(number),
            "user": user.id,
            "start_time": stamp(spell.start),
            "end_time": stamp(spell.end) if spell.end else None,
            "duration": round((spell.end - spell.start).total_seconds()) if spell.end else None,
        }
        if spell.pause is not None:
            row["pause"] = int(spell.pause) if spell.pause.isdigit() else spell.pause
        rows.append(row)
    skip = _int(params.get("skip"), 0)
    take = _int(params.get("take"), 100)
    return {"data": rows[skip : skip + take], "total": str(len(rows))}


def sms_parts(message: str, unicode: bool) -> int:
    single, part = (70, 67) if unicode else (160, 153)
    length = len(message)
    return 1 if length <= single else -(-length // part)


def check_sms(params: Params, refusal: str | None) -> tuple[str, str, bool]:
    """SendSMS's number, message and unicode flag; ApiError as the module docstring says."""
    number = params.get("number") or ""
    message = params.get("message") or ""
    if not number:
        raise ApiError(missing("number"))
    if not message:
        raise ApiError(missing("message"))
    if not _NUMBER.fullmatch(number.replace(" ", "")):
        raise ApiError(BAD_NUMBER)
    unicode = (params.get("unicode") or "").lower() in ("1", "true", "yes")
    if len(message) > (MAX_UNICODE_MESSAGE if unicode else MAX_MESSAGE):
        raise ApiError(TOO_LONG)
    if refusal:
        raise ApiError(refusal)
    return number, message, unicode


def _stamp(params: Params, name: str) -> datetime:
    value = params.get(name)
    if not value:
        raise ApiError(missing(name))
    try:
        return datetime.strptime(value, STAMP_FORMAT)
    except ValueError:
        raise ApiError(f"{BAD_DATETIME} {name}") from None


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().isdigit() else default


class DayActions:
    """StatsUsersPauses, StatsUsersSessions and SendSMS: a mixin of the simulator."""

    day_log: DayLog
    agent: SimUser
    open_spells: str
    sms_refusal: str | None
    _sms_ids: itertools.count[int]

    async def _stats_users_pauses(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        return spells_shape(self.day_log.pauses, params, self.agent, self.open_spells)

    async def _stats_users_sessions(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        return spells_shape(self.day_log.sessions, params, self.agent, self.open_spells)

    async def _send_sms(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        number, message, unicode = check_sms(params, self.sms_refusal)
        sent = SentSms(
            str(next(self._sms_ids)), number, message, unicode, sms_parts(message, unicode)
        )
        self.day_log.sent_sms.append(sent)
        return {"count_sms": str(sent.count_sms), "id": sent.id}
