"""The agent's day from Daktela's statistics (API 4.1): ``StatsCalls`` for the calls,
``StatsUsersPauses`` for the time per pause and ``StatsUsersSessions`` for the time logged
in, each for ``users[]`` = the agent's id (RTUserState's ``id_agent``) from local midnight.

The document shows only finished spells (``start_time``, ``end_time``, ``duration``); it does
not say whether the spell going on now is listed. We read both ways: a row with
``end_time`` null counts until now, and when no row is open the one going on now is taken
from RTUserState (``id_pause`` with ``state_time``, ``logintime``). A spell that began before
midnight counts from midnight.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any, Final

from agentdesk.backends.daktela import parse
from agentdesk.core import CallRecord, MalformedResponseError
from agentdesk.core.day import MyDay, start_of_today, sum_pauses, tally_calls

STATS_TAKE: Final = 1000  # StatsCalls' documented maximum; the others use it too
MAX_PAGES: Final = 10  # a day of one agent; past this something is wrong, not busy

Caller = Callable[[str, Mapping[str, str | list[str]]], Awaitable[Any]]
TimeParser = Callable[[object], datetime | None]
Spell = tuple[datetime, datetime | None, int | None]  # start, end (None: open), seconds


class DayStats:
    """Reads one agent's day; ``call`` is the backend's wire, ``stamp`` and ``parse_time``
    its conversions to and from the server's wall clock."""

    def __init__(
        self,
        call: Caller,
        *,
        login: str,
        stamp: Callable[[datetime], str],
        parse_time: TimeParser,
        pause_name: Callable[[str], Awaitable[str]],
    ) -> None:
        self._call = call
        self._login = login
        self._stamp = stamp
        self._time = parse_time
        self._pause_name = pause_name

    async def today(
        self, agent_id: str | None, titles: Mapping[str, str], user_state: Mapping[str, Any]
    ) -> MyDay:
        since = start_of_today()
        now = datetime.now(since.tzinfo)
        window: dict[str, str | list[str]] = {
            "datetime_from": self._stamp(since),
            "datetime_to": self._stamp(now),
        }
        if agent_id:
            window["users[]"] = [agent_id]
        calls = await self._rows("StatsCalls", window)
        records = [
            parse.call_record(
                r, self._time, me=agent_id, login=self._login, titles=titles, names={}
            )
            for r in calls
        ]
        day = tally_calls(since, now, [r for r in records if isinstance(r, CallRecord)])
        pause_rows = await self._rows("StatsUsersPauses", window)
        session_rows = await self._rows("StatsUsersSessions", window)
        spells: list[tuple[str, int]] = []
        pause_open = False
        for row in pause_rows:
            spell = self._spell(row, "StatsUsersPauses")
            pause_open |= spell[1] is None
            title = await self._pause_name(str(row.get("pause")))
            spells.append((title, _seconds(spell, since, now)))
        current_pause = _text(user_state.get("id_pause"))
        pause_since = self._time(user_state.get("state_time"))
        if not pause_open and current_pause and pause_since is not None:
            title = await self._pause_name(current_pause)
            spells.append((title, _seconds((pause_since, None, None), since, now)))
        logged = 0
        session_open = False
        for row in session_rows:
            spell = self._spell(row, "StatsUsersSessions")
            session_open |= spell[1] is None
            logged += _seconds(spell, since, now)
        login_time = self._time(user_state.get("logintime"))
        if not session_open and login_time is not None:
            logged += _seconds((login_time, None, None), since, now)
        return MyDay(
            since,
            now,
            day.answered,
            day.missed,
            day.made,
            day.talk_seconds,
            pauses=sum_pauses(spells),
            pauses_known=True,
            logged_in_seconds=logged,
        )

    async def _rows(
        self, action: str, window: Mapping[str, str | list[str]]
    ) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for _ in range(MAX_PAGES):
            page = parse.stats_rows(
                await self._call(
                    action, {**window, "skip": str(len(rows)), "take": str(STATS_TAKE)}
                ),
                action,
            )
            rows.extend(page)
            if len(page) < STATS_TAKE:
                break
        return rows

    def _spell(self, row: Mapping[str, Any], action: str) -> Spell:
        start = self._time(row.get("start_time"))
        if start is None:
            raise MalformedResponseError(f"Daktela's {action} row has no start_time", action=action)
        duration = row.get("duration")
        return (
            start,
            self._time(row.get("end_time")),
            parse.as_int(duration) if duration not in (None, "") else None,
        )


def _seconds(spell: Spell, since: datetime, now: datetime) -> int:
    """The part of ``spell`` inside today; an open one lasts until now."""
    start, end, duration = spell
    if end is None and duration and start >= since:
        return duration  # closed, with a duration but an end we could not read
    end_at = min(end or now, now)
    return max(0, int((end_at - max(start, since)).total_seconds()))


def _text(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
