"""Recent calls: the model's sorting and filtering, and the view over a real Session whose
hand-written backend serves a history and WAV recordings."""

from __future__ import annotations

import asyncio
import io
import stat
import wave
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from agentdesk.core import (
    AgentDeskError,
    AgentState,
    AgentStatus,
    Backend,
    CallDirection,
    CallRecord,
    Capability,
    Event,
    Recording,
    StatusChanged,
    VendorError,
)
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.store.recording_cache import RecordingCache
from agentdesk.ui.history_model import (
    RECORD_ROLE,
    SORT_ROLE,
    DirectionFilter,
    HistoryColumn,
    HistoryFilter,
    HistoryModel,
    number_queries,
)
from agentdesk.ui.history_view import HistoryView
from agentdesk.ui.messages import Level
from tests.ui.conftest import RecordingMessageBus, stop_before_the_windows_close, wait_until
from tests.ui.test_recording_player import MEDIA_NOISE

NOW = datetime.now(UTC).replace(microsecond=0)


def call(
    call_id: str,
    *,
    minutes_ago: int,
    number: str = "+420601234567",
    direction: CallDirection = CallDirection.INBOUND,
    answered: bool = True,
    name: str | None = None,
    queue: str | None = "Support",
    duration: int = 65,
    recorded: bool = False,
) -> CallRecord:
    return CallRecord(
        id=call_id,
        started_at=NOW - timedelta(minutes=minutes_ago),
        direction=direction,
        number=number,
        name=name,
        queue=queue,
        answered=answered,
        duration_seconds=duration if answered else 0,
        has_recording=recorded,
    )


RECORDS = [
    call("a", minutes_ago=5, number="+420601234567", name="Jan Novák", duration=125, recorded=True),
    call("b", minutes_ago=30, number="601234567", name="Petra Svobodová", duration=40),
    call("c", minutes_ago=90, number="+420777111222", direction=CallDirection.OUTBOUND),
    call("d", minutes_ago=3, number="00420777111333", answered=False),
    call("e", minutes_ago=600, number="+421905123456", name="Eva Nováková", duration=7),
    call("f", minutes_ago=45, number="+420222333444", direction=CallDirection.OUTBOUND,
         answered=False),
]  # fmt: skip


def wav_bytes(seconds: float, rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\0\0" * int(seconds * rate))
    return buffer.getvalue()


class HistoryBackend(Backend):
    """The real Backend interface with a history and recordings the test controls."""

    vendor = "testline"
    display_name = "Testline"

    def __init__(
        self,
        records: Iterable[CallRecord] = (),
        recordings: dict[str, bytes] | None = None,
        capabilities: Iterable[Capability] = (Capability.HISTORY, Capability.RECORDINGS),
    ) -> None:
        self.capabilities = frozenset(capabilities)
        self.records = list(records)
        self.recordings = dict(recordings or {})
        self.history_asked: list[datetime] = []
        self.recordings_asked: list[str] = []
        self.history_error: AgentDeskError | None = None
        self.hold_history: asyncio.Event | None = None  # set by a test to delay the answer

    async def status(self) -> AgentStatus:
        return AgentStatus(AgentState.READY, agent_login="jnovak")

    async def watch(self) -> AsyncIterator[Event]:
        yield StatusChanged(await self.status())
        await asyncio.Event().wait()

    async def history(
        self, since: datetime, until: datetime | None = None, *, limit: int = 1000
    ) -> list[CallRecord]:
        self._require(Capability.HISTORY)
        self.history_asked.append(since)
        if self.hold_history is not None:
            await self.hold_history.wait()
        if self.history_error is not None:
            raise self.history_error
        found = [r for r in self.records if r.started_at >= since]
        return sorted(found, key=lambda r: r.started_at, reverse=True)[:limit]

    async def recording(self, call_id: str) -> Recording:
        self._require(Capability.RECORDINGS)
        self.recordings_asked.append(call_id)
        data = self.recordings.get(call_id)
        if data is None:
            raise VendorError("Recording not found")
        return Recording(call_id, data)


# -- the model and its filter ------------------------------------------------------------


@pytest.fixture
def model(qapp: Any) -> HistoryModel:
    model = HistoryModel(region="CZ")
    model.set_records(RECORDS)
    return model


def ids(model: HistoryModel | HistoryFilter) -> list[str]:
    return [
        model.index(row, 0).data(RECORD_ROLE).id for row in range(model.rowCount(QModelIndex()))
    ]


def test_rows_are_newest_first_and_shown_for_humans(model: HistoryModel) -> None:
    assert ids(model) == ["d", "a", "b", "f", "c", "e"]
    row = ids(model).index("a")
    text = [model.index(row, column).data() for column in HistoryColumn]
    assert text[HistoryColumn.DIRECTION].endswith("In")
    assert text[HistoryColumn.NUMBER] == "601 234 567"
    assert text[HistoryColumn.NAME] == "Jan Novák"
    assert text[HistoryColumn.QUEUE] == "Support"
    assert text[HistoryColumn.DURATION] == "2:05"
    assert text[HistoryColumn.RECORDING] == "▶"
    assert text[HistoryColumn.TIME]  # the locale's short date and time
    foreign = model.index(ids(model).index("e"), HistoryColumn.NUMBER).data()
    assert foreign == "+421 905 123 456"  # abroad: international form
    assert model.index(row, HistoryColumn.NUMBER).data(Qt.ItemDataRole.ToolTipRole) == (
        "+420601234567"
    )
    assert model.headerData(HistoryColumn.DURATION, Qt.Orientation.Horizontal) == "Duration"


def test_unanswered_calls_are_missed_either_way(model: HistoryModel) -> None:
    for call_id in ("d", "f"):
        index = model.index(ids(model).index(call_id), HistoryColumn.DIRECTION)
        assert index.data().endswith("Missed")
        assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
        assert index.siblingAtColumn(HistoryColumn.DURATION).data() == "—"
    outbound = model.index(ids(model).index("c"), HistoryColumn.DIRECTION).data()
    assert outbound.endswith("Out")


def test_sort_role_gives_raw_values(model: HistoryModel) -> None:
    row = ids(model).index("a")
    assert model.index(row, HistoryColumn.TIME).data(SORT_ROLE) == RECORDS[0].started_at
    assert model.index(row, HistoryColumn.DURATION).data(SORT_ROLE) == 125


def test_sorting_uses_raw_values_not_text(model: HistoryModel) -> None:
    proxy = HistoryFilter(model)

    proxy.sort(HistoryColumn.DURATION, Qt.SortOrder.DescendingOrder)
    durations = [proxy.record(r).duration_seconds for r in range(proxy.rowCount())]
    assert durations == [125, 65, 40, 7, 0, 0]  # 125 s before 40 s: numbers, not "2:05" < "0:40"

    proxy.sort(HistoryColumn.DURATION, Qt.SortOrder.AscendingOrder)
    assert [proxy.record(r).id for r in range(proxy.rowCount())] == ["d", "f", "e", "b", "c", "a"]

    proxy.sort(HistoryColumn.TIME, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == ["e", "c", "f", "b", "a", "d"]

    proxy.sort(HistoryColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert ids(proxy)[-3:] == ["e", "a", "b"]  # Eva Nováková, Jan Novák, Petra Svobodová


def test_number_queries_cover_the_written_forms() -> None:
    assert number_queries("601 234") == ("601234",)
    assert number_queries("+420 601") == ("420601", "601")
    assert number_queries("00420 601") == ("420601", "601")
    assert number_queries("novak") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("601234", {"a", "b"}),  # digits inside +420601234567 and 601234567
        ("601 234 567", {"a", "b"}),
        ("+420 601 234 567", {"a", "b"}),  # finds the number stored without country code
        ("00420777111", {"c", "d"}),
        ("777-111-333", {"d"}),
        ("+421", {"e"}),
        ("novak", {"a", "e"}),  # case and accents ignored
        ("SVOBODOVÁ", {"b"}),
        ("nobody", set()),
        ("", {"a", "b", "c", "d", "e", "f"}),
    ],
)
def test_text_filter_matches_number_in_any_form_or_name(
    model: HistoryModel, text: str, expected: set[str]
) -> None:
    proxy = HistoryFilter(model)
    proxy.set_text(text)
    assert set(ids(proxy)) == expected


@pytest.mark.parametrize(
    ("direction", "expected"),
    [
        (DirectionFilter.ALL, {"a", "b", "c", "d", "e", "f"}),
        (DirectionFilter.INCOMING, {"a", "b", "e"}),
        (DirectionFilter.OUTGOING, {"c"}),
        (DirectionFilter.MISSED, {"d", "f"}),
    ],
)
def test_direction_filter(
    model: HistoryModel, direction: DirectionFilter, expected: set[str]
) -> None:
    proxy = HistoryFilter(model)
    proxy.set_direction(direction)
    assert set(ids(proxy)) == expected


def test_filters_combine_and_survive_sorting(model: HistoryModel) -> None:
    proxy = HistoryFilter(model)
    proxy.set_text("777")
    proxy.set_direction(DirectionFilter.MISSED)
    assert ids(proxy) == ["d"]

    proxy.sort(HistoryColumn.NUMBER, Qt.SortOrder.AscendingOrder)
    proxy.set_direction(DirectionFilter.ALL)
    assert ids(proxy) == ["c", "d"]


def test_ten_thousand_rows_load_and_filter(model: HistoryModel) -> None:
    many = [
        call(f"x{i}", minutes_ago=i, number=f"+4206{i:08d}", answered=i % 7 != 0)
        for i in range(10_000)
    ]
    proxy = HistoryFilter(model)

    model.set_records(many)
    assert model.rowCount() == proxy.rowCount() == 10_000
    assert model.index(9_999, HistoryColumn.NUMBER).data()  # formatted on demand

    proxy.set_text("0001234")
    assert set(ids(proxy)) == {r.id for r in many if "0001234" in r.number}
    proxy.set_text("")
    proxy.set_direction(DirectionFilter.MISSED)
    assert proxy.rowCount() == sum(1 for r in many if not r.answered)


def test_region_changes_how_numbers_are_shown(model: HistoryModel) -> None:
    row = ids(model).index("e")
    model.set_region("SK")
    assert model.index(row, HistoryColumn.NUMBER).data() == "0905 123 456"


# -- the view over a real session --------------------------------------------------------


@pytest.fixture
def backend() -> HistoryBackend:
    return HistoryBackend(RECORDS, {"a": wav_bytes(0.3)})


@pytest.fixture
def history_session(
    backend: HistoryBackend, qloop: asyncio.AbstractEventLoop, request: pytest.FixtureRequest
) -> Session:
    session = Session(backend, policy=ReconnectPolicy(rand=lambda: 1.0))
    stop_before_the_windows_close(request, qloop, session)
    return session


@pytest.fixture
def cache(tmp_path: Path) -> RecordingCache:
    return RecordingCache(tmp_path / "recordings")


@pytest.fixture
def view(
    qtbot: Any,
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    cache: RecordingCache,
) -> Iterator[HistoryView]:
    view = HistoryView(messages, cache=cache, region="CZ")
    qtbot.addWidget(view)
    view.resize(900, 600)
    yield view
    qloop.run_until_complete(view.cancel_pending())


def loaded(qloop: asyncio.AbstractEventLoop, view: HistoryView, session: Session) -> None:
    view.set_session(session)
    view.show()
    wait_until(qloop, lambda: not view.loading and view.model.rowCount() > 0)


def select(view: HistoryView, call_id: str) -> QModelIndex:
    assert view.select_call(call_id)
    return view.table.selectionModel().selectedRows()[0]


def test_view_loads_the_last_days_through_the_session(
    qloop: asyncio.AbstractEventLoop,
    view: HistoryView,
    history_session: Session,
    backend: HistoryBackend,
) -> None:
    before = datetime.now(UTC)
    loaded(qloop, view, history_session)
    after = datetime.now(UTC)

    assert len(backend.history_asked) == 1
    asked = backend.history_asked[0]
    # A week before the moment of the request (NOW is the records' clock, fixed at import).
    assert before - timedelta(days=7) - timedelta(seconds=1) <= asked
    assert asked <= after - timedelta(days=7) + timedelta(seconds=1)
    assert view.proxy.rowCount() == len(RECORDS)
    assert view.status_label.text() == "Calls: 6"
    assert view.proxy.record(0).id == "d"  # newest first
    assert view.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_refresh_keeps_old_rows_until_new_ones_arrive(
    qloop: asyncio.AbstractEventLoop,
    view: HistoryView,
    history_session: Session,
    backend: HistoryBackend,
) -> None:
    loaded(qloop, view, history_session)
    select(view, "b")
    backend.records.append(call("new", minutes_ago=1, name="Nový Volající"))
    backend.hold_history = asyncio.Event()

    view.refresh_button.click()
    wait_until(qloop, lambda: len(backend.history_asked) == 2)

    assert view.loading and view.status_label.text() == "Loading…"
    assert not view.refresh_button.isEnabled()
    assert view.model.rowCount() == len(RECORDS)  # the old rows stay meanwhile

    backend.hold_history.set()
    wait_until(qloop, lambda: not view.loading)
    assert view.proxy.record(0).id == "new"
    assert view.model.rowCount() == len(RECORDS) + 1
    selected = view.selected_record()
    assert selected is not None and selected.id == "b"  # the selection follows its call


@pytest.mark.parametrize(
    ("error", "told"),
    [
        (VendorError("Service unavailable"), "Testline said: Service unavailable"),
        (AgentDeskError("disk full"), "disk full"),
    ],
)
def test_a_failed_refresh_is_told_and_keeps_the_rows(
    qloop: asyncio.AbstractEventLoop,
    view: HistoryView,
    history_session: Session,
    backend: HistoryBackend,
    messages: RecordingMessageBus,
    error: AgentDeskError,
    told: str,
) -> None:
    loaded(qloop, view, history_session)
    backend.history_error = error

    view.refresh()
    wait_until(qloop, lambda: not view.loading)

    assert messages.texts(Level.ERROR) == [told]
    assert view.model.rowCount() == len(RECORDS)
    assert view.refresh_button.isEnabled()


def test_sorting_the_table_keeps_the_chosen_call_selected(
    qloop: asyncio.AbstractEventLoop, view: HistoryView, history_session: Session
) -> None:
    loaded(qloop, view, history_session)
    select(view, "e")

    view.table.sortByColumn(HistoryColumn.DURATION, Qt.SortOrder.AscendingOrder)

    shown = [view.proxy.record(r).id for r in range(view.proxy.rowCount())]
    assert shown == ["d", "f", "e", "b", "c", "a"]
    selected = view.selected_record()
    assert selected is not None and selected.id == "e"
    assert view.table.selectionModel().selectedRows()[0].row() == 2


def test_an_empty_history_says_since_when(
    qloop: asyncio.AbstractEventLoop, view: HistoryView, backend: HistoryBackend
) -> None:
    backend.records.clear()
    view.set_session(Session(backend))
    view.show()  # loads on first show
    wait_until(qloop, lambda: backend.history_asked and not view.loading)

    assert view.model.rowCount() == 0
    assert view.status_label.text().startswith("No calls since ")


def test_filter_controls_narrow_the_table(
    qloop: asyncio.AbstractEventLoop, view: HistoryView, history_session: Session
) -> None:
    loaded(qloop, view, history_session)
    assert view.filter_edit.placeholderText() == "Filter by number or name"

    view.filter_edit.setText("601 234")
    assert {view.proxy.record(r).id for r in range(view.proxy.rowCount())} == {"a", "b"}
    assert view.status_label.text() == "Calls: 2 of 6"

    view.filter_edit.clear()
    view.direction_combo.setCurrentIndex(view.direction_combo.findData("missed"))
    assert {view.proxy.record(r).id for r in range(view.proxy.rowCount())} == {"d", "f"}

    view.filter_edit.setText("nobody")
    assert view.status_label.text() == "No calls match the filter."


def test_without_history_the_view_is_off_and_says_why(
    qloop: asyncio.AbstractEventLoop, view: HistoryView
) -> None:
    session = Session(HistoryBackend(RECORDS, capabilities=()))
    view.set_session(session)
    view.show()

    assert not view.available
    assert not view.table.isEnabled() and not view.refresh_button.isEnabled()
    assert view.status_label.text() == "Call history is not available with Testline."
    assert view.player_card.isHidden()
    view.refresh()
    assert not view.loading


def test_call_back_emits_the_number(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, view: HistoryView, history_session: Session
) -> None:
    loaded(qloop, view, history_session)
    assert not view.call_back_button.isEnabled()  # nothing chosen yet
    select(view, "c")
    assert view.call_back_button.isEnabled()

    with qtbot.waitSignal(view.dial_requested) as button:
        view.call_back_button.click()
    assert button.args == ["+420777111222"]

    view.table.setFocus()
    with qtbot.waitSignal(view.dial_requested) as enter:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert enter.args == ["+420777111222"]

    with qtbot.waitSignal(view.dial_requested) as menu:
        view.call_back_action.trigger()  # what the context menu's entry does
    assert menu.args == ["+420777111222"]

    view.set_call_back_allowed(False, "you are in a call")
    assert not view.call_back_button.isEnabled()
    assert view.call_back_button.toolTip() == "you are in a call"


@MEDIA_NOISE
def test_double_click_fetches_caches_privately_and_plays(
    qtbot: Any,
    qloop: asyncio.AbstractEventLoop,
    view: HistoryView,
    history_session: Session,
    backend: HistoryBackend,
    cache: RecordingCache,
    messages: RecordingMessageBus,
) -> None:
    loaded(qloop, view, history_session)
    index = select(view, "a")
    finished: list[bool] = []
    view.player.finished.connect(lambda: finished.append(True))

    centre = view.table.visualRect(index).center()
    # A real double-click is a click and then a double-click event; Qt 6's QTest.mouseDClick
    # sends only the second half, which an item view ignores without the press before it.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    wait_until(qloop, lambda: view.player.source is not None, timeout=5)
    path = cache.path_for("a")
    assert path is not None and path == view.player.source
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "601234567" not in path.name
    assert backend.recordings_asked == ["a"]
    assert view.player.caption.text() == view.caption_for(RECORDS[0])
    assert view.player.caption.text().startswith("601 234 567 · ")
    wait_until(qloop, lambda: finished, timeout=10)
    assert messages.texts(Level.ERROR) == []

    view.play_button.click()  # cached: played again without asking the vendor
    wait_until(qloop, lambda: len(finished) == 2, timeout=10)
    assert backend.recordings_asked == ["a"]


def test_a_missing_recording_is_told_in_the_vendors_words(
    qloop: asyncio.AbstractEventLoop,
    view: HistoryView,
    history_session: Session,
    backend: HistoryBackend,
    messages: RecordingMessageBus,
    cache: RecordingCache,
) -> None:
    backend.records.append(call("g", minutes_ago=2, recorded=True))
    loaded(qloop, view, history_session)
    select(view, "g")

    view.play_selected()
    wait_until(qloop, lambda: messages.texts(Level.ERROR))

    assert messages.texts(Level.ERROR) == ["Testline said: Recording not found"]
    assert view.player.caption.text() == "The recording could not be fetched."
    assert cache.path_for("g") is None


def test_play_is_off_for_calls_without_a_recording(
    qloop: asyncio.AbstractEventLoop,
    view: HistoryView,
    history_session: Session,
    backend: HistoryBackend,
) -> None:
    loaded(qloop, view, history_session)
    select(view, "b")
    assert not view.play_button.isEnabled()

    view.play_selected()
    view.table.doubleClicked.emit(view.table.currentIndex())
    assert backend.recordings_asked == []
