"""What the vendor says of a finished call (outcome, route, the customer's score) shows in
Recent calls, in the agent's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from agentdesk.core import CallDirection, CallRecord
from agentdesk.ui.history_model import HistoryColumn, HistoryModel
from agentdesk.ui.i18n import Translations

RATED = CallRecord(
    id="c1",
    started_at=datetime(2026, 11, 25, 10, 0, tzinfo=UTC),
    direction=CallDirection.INBOUND,
    number="+79101234567",
    duration_seconds=125,
    outcome="answered",
    route="voice menu",
    rating=4,
)
PLAIN = CallRecord(
    id="c2",
    started_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
    direction=CallDirection.INBOUND,
    number="+79101234568",
    duration_seconds=65,
)


@pytest.fixture
def russian() -> Iterator[Translations]:
    installed = Translations()
    assert installed.install("ru")
    yield installed
    installed.install("en")
    installed.remove()


def _text(model: HistoryModel, row: int, column: HistoryColumn, role: Any) -> str:
    return str(model.data(model.index(row, column), role))


def test_the_score_sits_by_the_duration_and_the_outcome_in_the_tooltip(qapp: Any) -> None:
    model = HistoryModel("RU")
    model.set_records([RATED, PLAIN])
    display = Qt.ItemDataRole.DisplayRole
    tip = Qt.ItemDataRole.ToolTipRole
    assert _text(model, 0, HistoryColumn.DURATION, display) == "2:05  ★4"
    assert _text(model, 1, HistoryColumn.DURATION, display) == "1:05"
    assert _text(model, 0, HistoryColumn.DIRECTION, tip) == "Incoming call — answered · voice menu"
    assert _text(model, 1, HistoryColumn.DIRECTION, tip) == "Incoming call"


def test_the_vendors_words_are_translated(qapp: Any, russian: Translations) -> None:
    model = HistoryModel("RU")
    model.set_records([RATED])
    tip = _text(model, 0, HistoryColumn.DIRECTION, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Входящий звонок — отвечен · голосовое меню"
