"""The agent's day so far: calls answered, missed and made, talk time and time per pause,
as :meth:`~agentdesk.core.Backend.today` reads them from the vendor's own statistics."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from agentdesk.core.models import CallDirection
from agentdesk.core.records import CallRecord


@dataclass(frozen=True, slots=True)
class PauseTime:
    """Time spent on one pause today (all its spells together)."""

    title: str
    seconds: int
    times: int = 1  # how many spells


@dataclass(frozen=True, slots=True)
class MyDay:
    """Today's figures from ``since`` (local midnight) until ``until``.

    ``logged_in_seconds`` is None where the vendor does not say; ``pauses`` is empty where
    it does not say (``pauses_known`` tells "none taken" from "not said"). ``notes`` say
    what could not be read (English, marked QT_TRANSLATE_NOOP in context "VendorText")."""

    since: datetime
    until: datetime
    answered: int = 0
    missed: int = 0
    made: int = 0
    talk_seconds: int = 0
    pauses: tuple[PauseTime, ...] = ()
    pauses_known: bool = False
    logged_in_seconds: int | None = None
    notes: tuple[str, ...] = ()

    @property
    def pause_seconds(self) -> int:
        return sum(p.seconds for p in self.pauses)


def start_of_today(now: datetime | None = None) -> datetime:
    """Midnight of this computer's day (aware): the agent's "today"."""
    local = (now or datetime.now()).astimezone()
    return datetime.combine(local.date(), time(), tzinfo=local.tzinfo)


def tally_calls(
    since: datetime, until: datetime, records: Iterable[CallRecord], *, notes: Sequence[str] = ()
) -> MyDay:
    """Count finished calls: inbound answered or missed, outbound made (answered or not),
    talk time of the answered ones. Calls before ``since`` are left out."""
    answered = missed = made = talk = 0
    for record in records:
        if record.started_at < since:
            continue
        if record.direction is CallDirection.OUTBOUND:
            made += 1
        elif record.answered:
            answered += 1
        else:
            missed += 1
        if record.answered:
            talk += max(record.duration_seconds, 0)
    return MyDay(since, until, answered, missed, made, talk, notes=tuple(notes))


def sum_pauses(spells: Iterable[tuple[str, int]]) -> tuple[PauseTime, ...]:
    """(title, seconds) spells summed per title, longest first."""
    totals: dict[str, tuple[int, int]] = {}
    for title, seconds in spells:
        total, times = totals.get(title, (0, 0))
        totals[title] = (total + max(seconds, 0), times + 1)
    ordered = sorted(totals.items(), key=lambda item: (-item[1][0], item[0]))
    return tuple(PauseTime(title, total, times) for title, (total, times) in ordered)
