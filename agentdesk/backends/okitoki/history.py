"""Which ``reports/acd/calls-log`` requests cover a stretch of time.

The call log takes a named ``date_range`` (``last_hour``, ``today``, ``yesterday``,
``this_week``, ``prev_week``, ``this_month``, ``prev_month``) or one ``date``; it has no "from
... to". API requests are paid (the guide, "Reporting and costs"), so a stretch is covered with
as few requests as possible: one or two named ranges, then a ``date`` per day for days older
than the previous month (at most :data:`MAX_EXTRA_DAYS` of them). Rows outside the stretch are
dropped afterwards.

Our readings: ranges are the company's calendar (its wall clock), weeks start on Monday.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Final

MAX_EXTRA_DAYS: Final = 62
DATE_FORMAT: Final = "%d.%m.%Y"


def log_queries(since: datetime, until: datetime, now: datetime) -> list[dict[str, str]]:
    """The queries for calls from ``since`` to ``until``, all three in the company's zone."""
    today = now.date()
    week = today - timedelta(days=today.weekday())
    month = today.replace(day=1)
    prev_month = (month - timedelta(days=1)).replace(day=1)
    starts = {
        "today": today,
        "yesterday": today - timedelta(days=1),
        "this_week": week,
        "prev_week": week - timedelta(days=7),
        "this_month": month,
        "prev_month": prev_month,
    }
    ends = {  # the day after each range's last day
        "today": today + timedelta(days=1),
        "yesterday": today,
        "this_week": today + timedelta(days=1),
        "prev_week": week,
        "this_month": today + timedelta(days=1),
        "prev_month": month,
    }
    first, last = since.date(), until.date()
    if first > last:
        return []
    patterns = (
        ("today",),
        ("yesterday", "today"),
        ("this_week",),
        ("prev_week", "this_week"),
        ("this_month",),
        ("prev_month", "this_month"),
    )
    chosen = next((p for p in patterns if first >= min(starts[r] for r in p)), patterns[-1])
    queries = [{"date_range": r} for r in chosen if starts[r] <= last and ends[r] > first]
    day = max(first, prev_month - timedelta(days=MAX_EXTRA_DAYS))
    while day < min(prev_month, last + timedelta(days=1)):
        queries.append({"date": day.strftime(DATE_FORMAT)})
        day += timedelta(days=1)
    return queries


def day_text(moment: datetime | date) -> str:
    """The document's ``DD.MM.YYYY``."""
    return moment.strftime(DATE_FORMAT)
