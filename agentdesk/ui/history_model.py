"""The agent's recent calls as a table model, and the filter the history view puts over it.

Built for tens of thousands of rows: what filtering and sorting need is computed once per
record when the rows are set (:class:`RowKey`); what the table shows is formatted the first
time a row is painted and kept. Sorting happens in the source model with Python's sort over
those keys, because a proxy that sorts asks ``data()`` for every comparison.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from agentdesk.core import CallDirection, CallRecord
from agentdesk.phone import DEFAULT_REGION, for_humans
from agentdesk.ui.text import fill

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # raw values: datetime, seconds, folded text
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's CallRecord

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_MISSED_COLOUR = QColor("#b3261e")

_NON_DIGITS = re.compile(r"\D")
# What a phone number may be written with; a query of only these is read as a number.
_NUMBER_QUERY = re.compile(r"[\d\s+\-().]+")
# "00" then a country code, the way numbers dialled abroad are often written.
_INTERNATIONAL_00 = re.compile(r"00(?=[1-9])")


class HistoryColumn(IntEnum):
    TIME = 0
    DIRECTION = 1
    NUMBER = 2
    NAME = 3
    QUEUE = 4
    DURATION = 5
    RECORDING = 6


class CallKind(StrEnum):
    """What the Direction column says, and what the direction filter picks by."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"
    MISSED = "missed"  # not answered, either way


class RowKey(NamedTuple):
    """What filtering and sorting need of one record, computed once."""

    kind: CallKind
    digits: str  # every digit of the number, a leading international "00" dropped
    name: str  # folded: lower case, accents removed


def kind_of(record: CallRecord) -> CallKind:
    if not record.answered:
        return CallKind.MISSED
    return CallKind.INCOMING if record.direction is CallDirection.INBOUND else CallKind.OUTGOING


def fold(text: str) -> str:
    """``text`` for matching what an agent types: case and accents ignored ("Novák" ~ "novak")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def number_digits(number: str) -> str:
    digits = _NON_DIGITS.sub("", number)
    if _INTERNATIONAL_00.match(digits) and not number.lstrip().startswith("+"):
        digits = digits[2:]
    return digits


def duration_text(seconds: int) -> str:
    minutes, secs = divmod(max(0, int(seconds)), 60)
    return f"{minutes}:{secs:02d}"


def to_qdatetime(moment: datetime) -> QDateTime:
    # Through the epoch, so that an aware time is shown in the agent's own time zone.
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))


class HistoryModel(QAbstractTableModel):
    """Finished calls, one per row, in the order of the last :meth:`sort` (newest first
    until the view sorts otherwise).

    ``SORT_ROLE`` gives each cell's raw value and ``RECORD_ROLE`` the row's
    :class:`~agentdesk.core.CallRecord`.
    """

    def __init__(self, region: str = DEFAULT_REGION, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._region = region
        self._locale = QLocale()
        self._records: list[CallRecord] = []
        self._keys: list[RowKey] = []
        self._shown: list[tuple[str, ...] | None] = []
        self._row_by_id: dict[str, int] | None = None
        self.generation = 0  # changes whenever rows are replaced or reordered
        self._sort_column = HistoryColumn.TIME
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._headers = (
            self.tr("Time"),
            self.tr("Direction"),
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Queue"),
            self.tr("Duration"),
            self.tr("Recording"),
        )
        self._kind_text = {
            CallKind.INCOMING: self.tr("↙ In"),
            CallKind.OUTGOING: self.tr("↗ Out"),
            CallKind.MISSED: self.tr("✕ Missed"),
        }

    # -- contents --------------------------------------------------------------------------

    @property
    def region(self) -> str:
        return self._region

    def set_region(self, region: str) -> None:
        """How numbers without a country code are read, and which are shown nationally."""
        if region == self._region:
            return
        self._region = region
        self._shown = [None] * len(self._records)
        if self._records:
            self.dataChanged.emit(
                self.index(0, HistoryColumn.NUMBER),
                self.index(len(self._records) - 1, HistoryColumn.NUMBER),
            )

    def set_records(self, records: Iterable[CallRecord]) -> None:
        """Replace every row at once (one model reset), sorted as the table is."""
        new_records = list(records)
        folded: dict[str, str] = {}  # names repeat a lot in a call history
        keys = []
        for record in new_records:
            name = record.name or ""
            folded_name = folded.get(name)
            if folded_name is None:
                folded_name = folded[name] = fold(name)
            keys.append(RowKey(kind_of(record), number_digits(record.number), folded_name))
        order = self._order(new_records, keys, self._sort_column, self._sort_order)
        self.beginResetModel()
        self._records = [new_records[i] for i in order]
        self._keys = [keys[i] for i in order]
        self._shown = [None] * len(self._records)
        self._row_by_id = None
        self.generation += 1
        self.endResetModel()

    @property
    def records(self) -> Sequence[CallRecord]:
        return self._records

    @property
    def keys(self) -> Sequence[RowKey]:
        """Per row, what the filter matches against."""
        return self._keys

    def record(self, row: int) -> CallRecord:
        return self._records[row]

    def row_of(self, call_id: str) -> int | None:
        if self._row_by_id is None:
            self._row_by_id = {record.id: row for row, record in enumerate(self._records)}
        return self._row_by_id.get(call_id)

    # -- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        row = index.row()
        column = index.column()
        if role == _DISPLAY:
            shown = self._shown[row]
            if shown is None:
                shown = self._shown[row] = self._format(self._records[row], self._keys[row])
            return shown[column]
        if role == _FOREGROUND:
            if column == HistoryColumn.DIRECTION and self._keys[row].kind is CallKind.MISSED:
                return _MISSED_COLOUR
            return None
        if role == _ALIGNMENT:
            if column == HistoryColumn.DURATION:
                return _RIGHT
            if column == HistoryColumn.RECORDING:
                return _CENTER
            return None
        if role == _TOOLTIP:
            return self._tooltip(self._records[row], column)
        if role == SORT_ROLE:
            return _column_values(self._records[row : row + 1], self._keys[row : row + 1], column)[
                0
            ]
        if role == RECORD_ROLE:
            return self._records[row]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by ``column``; selections and other persistent indexes follow."""
        if column < 0 or column >= len(HistoryColumn):
            return
        if (column, order) == (self._sort_column, self._sort_order):
            # Rows are kept sorted; QTableView.sortByColumn asks twice for one click.
            return
        self._sort_column = HistoryColumn(column)
        self._sort_order = order
        if not self._records:
            return
        self.layoutAboutToBeChanged.emit()
        permutation = self._order(self._records, self._keys, self._sort_column, order)
        new_row = [0] * len(permutation)
        for new, old in enumerate(permutation):
            new_row[old] = new
        self._records = [self._records[i] for i in permutation]
        self._keys = [self._keys[i] for i in permutation]
        self._shown = [self._shown[i] for i in permutation]
        self._row_by_id = None
        self.generation += 1
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[i.row()], i.column()) if i.isValid() else i for i in persistent],
        )
        self.layoutChanged.emit()

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _order(
        records: Sequence[CallRecord],
        keys: Sequence[RowKey],
        column: HistoryColumn,
        order: Qt.SortOrder,
    ) -> list[int]:
        """Row numbers in the order ``column`` puts them; ties go newest first."""
        rows = range(len(records))
        descending = order == Qt.SortOrder.DescendingOrder
        times = [record.started_at for record in records]
        if column is HistoryColumn.TIME:
            return sorted(rows, key=times.__getitem__, reverse=descending)
        newest_first = sorted(rows, key=times.__getitem__, reverse=True)
        values = _column_values(records, keys, column)
        # Python's sort is stable, reversed or not: equal values stay newest first.
        return sorted(newest_first, key=values.__getitem__, reverse=descending)

    def _format(self, record: CallRecord, key: RowKey) -> tuple[str, ...]:
        return (
            self._locale.toString(to_qdatetime(record.started_at), QLocale.FormatType.ShortFormat),
            self._kind_text[key.kind],
            for_humans(record.number, self._region),
            record.name or "",
            record.queue or "",
            _with_rating(
                duration_text(record.duration_seconds) if record.answered else "—", record.rating
            ),
            "▶" if record.has_recording else "",
        )

    def _tooltip(self, record: CallRecord, column: int) -> str | None:
        if column == HistoryColumn.TIME:
            return self._locale.toString(
                to_qdatetime(record.started_at), QLocale.FormatType.LongFormat
            )
        if column == HistoryColumn.DIRECTION:
            inbound = record.direction is CallDirection.INBOUND
            if record.answered and inbound:
                kind = QCoreApplication.translate("HistoryModel", "Incoming call")
            elif record.answered:
                kind = QCoreApplication.translate("HistoryModel", "Outgoing call")
            elif inbound:
                kind = QCoreApplication.translate("HistoryModel", "Missed incoming call")
            else:
                kind = QCoreApplication.translate("HistoryModel", "Outgoing call, not answered")
            said = [
                QCoreApplication.translate("VendorText", word)
                for word in (record.outcome, record.route)
                if word
            ]
            return " — ".join([kind, " · ".join(said)]) if said else kind
        if column == HistoryColumn.NUMBER:
            return record.number
        if column == HistoryColumn.DURATION:
            return fill(
                QCoreApplication.translate("HistoryModel", "Talked %1, waited %2"),
                duration_text(record.duration_seconds),
                duration_text(record.wait_seconds),
            )
        if column == HistoryColumn.RECORDING and record.has_recording:
            return QCoreApplication.translate("HistoryModel", "Double-click to play the recording")
        return None


def _column_values(records: Sequence[CallRecord], keys: Sequence[RowKey], column: int) -> list[Any]:
    """What sorting by ``column`` compares, for every row at once."""
    column = HistoryColumn(column)
    if column is HistoryColumn.DIRECTION:
        return [key.kind.value for key in keys]
    if column is HistoryColumn.NUMBER:
        return [key.digits for key in keys]
    if column is HistoryColumn.NAME:
        return [key.name for key in keys]
    if column is HistoryColumn.QUEUE:
        return [(record.queue or "").casefold() for record in records]
    if column is HistoryColumn.DURATION:
        return [record.duration_seconds for record in records]
    if column is HistoryColumn.RECORDING:
        return [record.has_recording for record in records]
    return [record.started_at for record in records]


class DirectionFilter(StrEnum):
    ALL = "all"
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    MISSED = "missed"


_KIND_FOR = {
    DirectionFilter.INCOMING: CallKind.INCOMING,
    DirectionFilter.OUTGOING: CallKind.OUTGOING,
    DirectionFilter.MISSED: CallKind.MISSED,
}


def number_queries(text: str) -> tuple[str, ...]:
    """The digit strings to look for when the agent types ``text`` as (part of) a number.

    "601 234" → ("601234",); "+420 601" → ("420601", "601"), so that numbers the vendor
    stored without the country code are found too; "00420601" likewise.
    """
    written = text.strip()
    if not written or not _NUMBER_QUERY.fullmatch(written):
        return ()
    digits = _NON_DIGITS.sub("", written)
    if not digits:
        return ()
    international = written.startswith("+")
    if _INTERNATIONAL_00.match(digits) and not international:
        digits, international = digits[2:], True
    queries = [digits] if digits else []
    if international:
        import phonenumbers  # here: the window paints before anyone filters (see agentdesk.phone)

        for length in (1, 2, 3):  # country codes are prefix-free: at most one fits
            if int(digits[:length] or 0) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
                if digits[length:]:
                    queries.append(digits[length:])
                break
    return tuple(queries)


class HistoryFilter(QSortFilterProxyModel):
    """Rows of a :class:`HistoryModel` whose number or name matches a text, of one kind.

    Sorting is passed to the source model, which sorts fast over its precomputed keys.
    """

    def __init__(self, model: HistoryModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._text = ""
        self._name_query = ""
        self._number_queries: tuple[str, ...] = ()
        self._direction = DirectionFilter.ALL
        self._kind: CallKind | None = None
        self._accepted: list[bool] | None = None
        self._accepted_generation = -1
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    @property
    def text(self) -> str:
        return self._text

    @property
    def direction(self) -> DirectionFilter:
        return self._direction

    def set_text(self, text: str) -> None:
        """Keep rows whose number contains the typed digits (in any written form) or whose
        name contains the typed text, ignoring case and accents."""
        if text == self._text:
            return
        self._text = text
        self._name_query = fold(text.strip())
        self._number_queries = number_queries(text)
        self._refilter()

    def set_direction(self, direction: DirectionFilter) -> None:
        direction = DirectionFilter(direction)
        if direction is self._direction:
            return
        self._direction = direction
        self._kind = _KIND_FOR.get(direction)
        self._refilter()

    def record(self, row: int) -> CallRecord:
        """The record shown in this proxy's ``row``."""
        return self._model.record(self.mapToSource(self.index(row, 0)).row())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        accepted = self._accepted
        if accepted is None or self._accepted_generation != self._model.generation:
            accepted = self._decide_all()
        return accepted[source_row]

    def _refilter(self) -> None:
        self._accepted = None
        # Mapping rebuilt from scratch: when most rows change, this is several times faster
        # than endFilterChange(), which works out and announces each removed range.
        self.invalidate()

    def _decide_all(self) -> list[bool]:
        """Whether each source row passes, decided in one pass over the precomputed keys."""
        keys = self._model.keys
        kind = self._kind
        name = self._name_query
        numbers = self._number_queries
        kinds_ok = [True] * len(keys) if kind is None else [key.kind is kind for key in keys]
        if not name:
            accepted = kinds_ok
        elif not numbers:
            accepted = [ok and name in key.name for ok, key in zip(kinds_ok, keys, strict=True)]
        elif len(numbers) == 1:
            (number,) = numbers
            accepted = [
                ok and (name in key.name or number in key.digits)
                for ok, key in zip(kinds_ok, keys, strict=True)
            ]
        else:
            accepted = [
                ok and (name in key.name or any(n in key.digits for n in numbers))
                for ok, key in zip(kinds_ok, keys, strict=True)
            ]
        self._accepted = accepted
        self._accepted_generation = self._model.generation
        return accepted


def _with_rating(text: str, rating: int | None) -> str:
    """The customer's score beside the duration, where the vendor asked for one."""
    return f"{text}  ★{rating}" if rating is not None else text
