"""The history view with a big history: loading, filtering and sorting N synthetic calls.

Builds N call records (default 50,000), shows a HistoryView (offscreen unless
QT_QPA_PLATFORM says otherwise) and times, each including the repaint of the visible rows:
loading them into the table, a filter change (median over several number, name and direction
filters) and a sort by another column. Targets: load ≤ 300 ms, filter ≤ 100 ms.

    python bench/history_view.py [N]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.core import CallDirection, CallRecord
from agentdesk.ui.history_model import DirectionFilter, HistoryColumn
from agentdesk.ui.history_view import HistoryView
from agentdesk.ui.messages import MessageBus

NAMES = ["Jan Novák", "Petra Svobodová", "Tomáš Dvořák", "Eva Černá", "Lukáš Procházka", None]
QUEUES = ["Sales", "Support", "Billing"]


def synthetic_records(count: int, seed: int = 7) -> list[CallRecord]:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    records = []
    for i in range(count):
        number = f"+420{rng.randrange(600_000_000, 799_999_999)}"
        if i % 5 == 0:
            number = number[4:]  # some vendors drop the country code
        records.append(
            CallRecord(
                id=f"call-{i}",
                started_at=now - timedelta(seconds=rng.randrange(0, 7 * 86_400)),
                direction=rng.choice((CallDirection.INBOUND, CallDirection.OUTBOUND)),
                number=number,
                name=rng.choice(NAMES),
                queue=rng.choice(QUEUES),
                answered=rng.random() > 0.15,
                duration_seconds=rng.randrange(0, 1_800),
                has_recording=rng.random() > 0.3,
            )
        )
    return records


def timed(app: QApplication, step: Callable[[], object]) -> float:
    """Milliseconds for ``step`` and the repaint it causes."""
    started = time.perf_counter()
    step()
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    view = HistoryView(MessageBus())
    view.resize(900, 640)
    view.show()
    app.processEvents()
    records = synthetic_records(count)

    load_ms = timed(app, lambda: view.model.set_records(records))
    print(f"load {count} rows: {load_ms:.0f} ms")

    filters: list[Callable[[], object]] = []
    for text in ("601", "+420 7", "novak", "svobodová", "123456", "zz"):
        filters += [lambda t=text: view.filter_edit.setText(t), lambda: view.filter_edit.clear()]
    for direction in (DirectionFilter.MISSED, DirectionFilter.OUTGOING, DirectionFilter.ALL):
        filters.append(lambda d=direction: view.proxy.set_direction(d))
    filter_ms = [timed(app, step) for step in filters]
    print(
        f"filter {count} rows: {statistics.median(filter_ms):.0f} ms median, "
        f"{max(filter_ms):.0f} ms worst of {len(filter_ms)}"
    )

    sort_ms = [
        timed(app, lambda c=column: view.table.sortByColumn(c, Qt.SortOrder.AscendingOrder))
        for column in (HistoryColumn.DURATION, HistoryColumn.NAME, HistoryColumn.TIME)
    ]
    median, worst = statistics.median(sort_ms), max(sort_ms)
    print(f"sort {count} rows: {median:.0f} ms median, {worst:.0f} ms worst")
    view.close()


if __name__ == "__main__":
    main()
