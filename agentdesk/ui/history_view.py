"""The agent's recent calls: filter, sort, call back, and listen to recordings."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import AgentDeskError, CallRecord, Capability
from agentdesk.core.records import history_notes
from agentdesk.phone import DEFAULT_REGION, for_humans
from agentdesk.session import Session
from agentdesk.store.recording_cache import RecordingCache
from agentdesk.ui.commands import CommandRunner
from agentdesk.ui.history_model import (
    DirectionFilter,
    HistoryColumn,
    HistoryFilter,
    HistoryModel,
    to_qdatetime,
)
from agentdesk.ui.messages import MessageBus
from agentdesk.ui.recording_player import RecordingPlayer
from agentdesk.ui.text import fill

log = logging.getLogger(__name__)

# Starting widths in pixels; Name takes what is left.
_COLUMN_WIDTHS = {
    HistoryColumn.TIME: 130,
    HistoryColumn.DIRECTION: 86,
    HistoryColumn.NUMBER: 130,
    HistoryColumn.QUEUE: 110,
    HistoryColumn.DURATION: 70,
    HistoryColumn.RECORDING: 74,
}
_NAME_MIN_WIDTH = 150


class CallTable(QTableView):
    """The calls table; its Name column takes the room the others leave, but never less
    than a readable width (Stretch would squeeze it to nothing in a narrow window, and a
    scroll bar is better than "Pe…")."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # the viewport's size changed
        super().resizeEvent(event)
        room = self.viewport().width() - sum(self.columnWidth(c) for c in _COLUMN_WIDTHS)
        self.setColumnWidth(HistoryColumn.NAME, max(_NAME_MIN_WIDTH, room))


class HistoryView(QWidget):
    """Recent calls of the session's agent, newest first, with a player under the table.

    :meth:`refresh` asks the session for the last :attr:`days` days without blocking; the old
    rows stay until the new ones arrive, and failures reach the agent through the message
    bus. What the vendor could not give of the history (MegaFon's calls between colleagues
    on a PBX without them) is said under the table (:attr:`note_label`). Without the
    HISTORY capability the view is disabled and says why (:attr:`available` is False), so a
    container may hide it.

    Double-click (or Play) on a call with a recording fetches it into the
    :class:`RecordingCache` and plays it. Call back (button, context menu, or Enter on a row)
    asks for the number to be dialled.

    Signals:
        dial_requested(str): the agent asked to call this number back (as the vendor gave it).
        menu_requested(QMenu, CallRecord): a call's context menu is about to show; others
            (SMS, blocking) add their actions to it.
    """

    dial_requested = Signal(str)
    menu_requested = Signal(object, object)

    def __init__(
        self,
        bus: MessageBus,
        *,
        cache: RecordingCache | None = None,
        region: str = DEFAULT_REGION,
        days: float = 7,
        limit: int = 1000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.cache = cache if cache is not None else RecordingCache()
        self.days = days
        self.limit = limit
        self._region = region
        self._session: Session | None = None
        self._commands = CommandRunner(bus, self._vendor_name)
        self._load_generation = 0
        self._fetch_generation = 0
        self._loading = False
        self._stale = False  # a session arrived while hidden: load when first shown
        self._call_back_allowed = True
        self._call_back_why_not: str | None = None

        self.model = HistoryModel(region, self)
        self.proxy = HistoryFilter(self.model, self)
        self._build()
        self._apply_session_capabilities()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by number or name"))
        self.filter_edit.setAccessibleName(self.tr("Filter by number or name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_text_changed)
        self.direction_combo = QComboBox()
        self.direction_combo.setAccessibleName(self.tr("Which calls"))
        for text, direction in (
            (self.tr("All calls"), DirectionFilter.ALL),
            (self.tr("Incoming"), DirectionFilter.INCOMING),
            (self.tr("Outgoing"), DirectionFilter.OUTGOING),
            (self.tr("Missed"), DirectionFilter.MISSED),
        ):
            self.direction_combo.addItem(text, direction.value)
        self.direction_combo.currentIndexChanged.connect(self._direction_chosen)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)

        self.table = CallTable()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HistoryColumn.TIME, Qt.SortOrder.DescendingOrder)
        rows = self.table.verticalHeader()
        rows.hide()
        # Fixed row heights: a table never measures 50,000 rows to lay them out.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setMinimumSectionSize(40)
        for column, width in _COLUMN_WIDTHS.items():
            # Never narrower than its title (with the sort arrow): "Recording" was cut to
            # "Recordin" in English, and other languages' titles are longer.
            self.table.setColumnWidth(column, max(width, columns.sectionSizeHint(column)))
        self.table.setAccessibleName(self.tr("Recent calls"))
        self.table.doubleClicked.connect(self._row_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.call_back_action = QAction(self.tr("&Call back"), self)
        self.call_back_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.call_back_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.call_back_action.triggered.connect(self.call_back_selected)
        self.play_action = QAction(self.tr("&Play recording"), self)
        self.play_action.triggered.connect(self.play_selected)
        self.copy_action = QAction(self.tr("C&opy number"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selected_number)
        self.table.addActions([self.call_back_action, self.copy_action])

        self.status_label = QLabel()
        self.status_label.setObjectName("historyStatus")
        self.note_label = QLabel()
        self.note_label.setObjectName("historyNote")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.play_button = QPushButton(self.tr("&Play recording"))
        self.play_button.setToolTip(self.tr("Play the recording of the chosen call"))
        self.play_button.clicked.connect(self.play_selected)
        self.call_back_button = QPushButton(self.tr("Call &back"))
        self.call_back_button.clicked.connect(self.call_back_selected)

        self.player = RecordingPlayer()
        self.player_card = QFrame()
        self.player_card.setObjectName("card")
        card_layout = QVBoxLayout(self.player_card)
        card_layout.setContentsMargins(10, 8, 10, 8)
        card_layout.addWidget(self.player)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.direction_combo)
        top.addWidget(self.refresh_button)
        below = QHBoxLayout()
        below.addWidget(self.status_label, 1)
        below.addWidget(self.play_button)
        below.addWidget(self.call_back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_label)
        layout.addLayout(below)
        layout.addWidget(self.player_card)

    # -- what the main window calls --------------------------------------------------------

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def available(self) -> bool:
        """Whether the session's vendor offers a call history at all."""
        return self._session is not None and self._session.supports(Capability.HISTORY)

    @property
    def loading(self) -> bool:
        return self._loading

    def set_session(self, session: Session | None) -> None:
        """Show ``session``'s history (loaded now if the view is shown, else when it is)."""
        if session is self._session:
            return
        self._session = session
        self._load_generation += 1
        self._fetch_generation += 1
        self._set_loading(False)
        self.model.set_records([])
        self._show_notes(())
        self.player.stop()
        self._apply_session_capabilities()
        if self.available:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def set_region(self, region: str) -> None:
        self._region = region
        self.model.set_region(region)

    def set_call_back_allowed(self, allowed: bool, why_not: str | None = None) -> None:
        """Whether dialling is possible now (the session's word); Call back follows it."""
        self._call_back_allowed = allowed
        self._call_back_why_not = why_not
        self._update_actions()

    def refresh(self) -> None:
        """Load the last :attr:`days` days again; the rows shown stay until the answer."""
        session = self._session
        if session is None or not self.available:
            return
        self._stale = False
        self._load_generation += 1
        generation = self._load_generation
        self._set_loading(True)
        self._commands.run(
            lambda: self._load(session, generation), after=lambda: self._load_over(generation)
        )

    async def cancel_pending(self) -> None:
        """Stop loads and fetches in flight (before the session goes away)."""
        self._load_generation += 1
        self._fetch_generation += 1
        await self._commands.cancel_all()

    def selected_record(self) -> CallRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.record(rows[0].row())

    def select_call(self, call_id: str) -> bool:
        """Select and show the row of ``call_id``; False when it is not shown."""
        row = self.model.row_of(call_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def call_back_selected(self) -> None:
        record = self.selected_record()
        if record is not None and record.number and self._call_back_allowed:
            self.dial_requested.emit(record.number)

    def copy_selected_number(self) -> None:
        record = self.selected_record()
        if record is not None:
            QGuiApplication.clipboard().setText(record.number)

    def play_selected(self) -> None:
        """Fetch the chosen call's recording (unless cached) and play it."""
        record = self.selected_record()
        session = self._session
        if record is None or session is None or not self._can_play(record):
            return
        caption = self.caption_for(record)
        self.player.show_pending(self.tr("Fetching the recording of %1…").replace("%1", caption))
        self._fetch_generation += 1
        generation = self._fetch_generation
        self._commands.run(lambda: self._fetch_and_play(session, record, caption, generation))

    def caption_for(self, record: CallRecord) -> str:
        """How the player names a call: "601 234 567 · 25 Nov 14:05"."""
        when = QLocale().toString(to_qdatetime(record.started_at), self.tr("d MMM HH:mm"))
        return fill(self.tr("%1 · %2"), for_humans(record.number, self._region), when)

    # -- loading ---------------------------------------------------------------------------

    async def _load(self, session: Session, generation: int) -> None:
        since = datetime.now(UTC) - timedelta(days=self.days)
        records = await session.history(since, limit=self.limit)
        if generation != self._load_generation:
            return  # a newer refresh or another session took over
        selected = self.selected_record()
        self.model.set_records(records)
        self._show_notes(history_notes(records))
        if selected is not None:
            self.select_call(selected.id)
        self._update_actions()

    def _load_over(self, generation: int) -> None:
        if generation == self._load_generation:
            self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.refresh_button.setEnabled(self.available and not loading)
        self._update_status()

    async def _fetch_and_play(
        self, session: Session, record: CallRecord, caption: str, generation: int
    ) -> None:
        try:
            path = await self.cache.find(record.id)
            if path is None:
                recording = await session.recording(record.id)
                path = await self.cache.store(recording)
        except AgentDeskError:
            if generation == self._fetch_generation:
                self.player.show_pending(self.tr("The recording could not be fetched."))
            raise  # the command runner tells the agent why, in the vendor's words
        except OSError as exc:
            log.warning("cannot keep the recording of %s: %s", record.id, exc)
            if generation == self._fetch_generation:
                self.player.show_pending(self.tr("The recording could not be fetched."))
            self.bus.error(
                self.tr("The recording could not be saved on this computer: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return
        if generation == self._fetch_generation and self.player.load(path, caption):
            self.player.play()

    # -- reacting to the agent -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _filter_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_status()
        self._update_actions()

    def _direction_chosen(self, index: int) -> None:
        self.proxy.set_direction(DirectionFilter(self.direction_combo.itemData(index)))
        self._update_status()
        self._update_actions()

    def _row_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.proxy.record(index.row()).has_recording:
            self.play_selected()

    def _show_context_menu(self, position: QPoint) -> None:
        if self.selected_record() is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.call_back_action)
        menu.addAction(self.play_action)
        menu.addSeparator()
        menu.addAction(self.copy_action)
        self.menu_requested.emit(menu, self.selected_record())
        menu.popup(self.table.viewport().mapToGlobal(position))

    # -- what is shown ---------------------------------------------------------------------

    def _can_play(self, record: CallRecord) -> bool:
        session = self._session
        return (
            record.has_recording and session is not None and session.supports(Capability.RECORDINGS)
        )

    def _apply_session_capabilities(self) -> None:
        available = self.available
        for control in (self.filter_edit, self.direction_combo, self.table):
            control.setEnabled(available)
        self.refresh_button.setEnabled(available and not self._loading)
        session = self._session
        self.player_card.setVisible(session is not None and session.supports(Capability.RECORDINGS))
        self._update_status()
        self._update_actions()

    def _update_actions(self) -> None:
        record = self.selected_record()
        can_call = record is not None and bool(record.number) and self._call_back_allowed
        self.call_back_action.setEnabled(can_call)
        self.call_back_button.setEnabled(can_call)
        self.call_back_button.setToolTip(
            "" if self._call_back_allowed else (self._call_back_why_not or "")
        )
        can_play = record is not None and self._can_play(record)
        self.play_action.setEnabled(can_play)
        self.play_button.setEnabled(can_play)
        self.copy_action.setEnabled(record is not None)

    def _show_notes(self, notes: tuple[str, ...]) -> None:
        """The vendor's notes on what the history lacks, translated (context "VendorText")."""
        text = " ".join(QCoreApplication.translate("VendorText", note) for note in notes)
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def _update_status(self) -> None:
        self.status_label.setText(self._status_text())

    def _status_text(self) -> str:
        session = self._session
        if session is None:
            return ""
        if not self.available:
            return self.tr("Call history is not available with %1.").replace(
                "%1", session.vendor_name or self.tr("this call centre")
            )
        if self._loading:
            return self.tr("Loading…")
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        locale = QLocale()
        if total == 0:
            since = datetime.now(UTC) - timedelta(days=self.days)
            when = locale.toString(to_qdatetime(since).date(), QLocale.FormatType.ShortFormat)
            return self.tr("No calls since %1.").replace("%1", when)
        if shown == total:
            return self.tr("Calls: %1").replace("%1", locale.toString(total))
        if shown == 0:
            return self.tr("No calls match the filter.")
        return fill(self.tr("Calls: %1 of %2"), locale.toString(shown), locale.toString(total))

    def _vendor_name(self) -> str:
        return self._session.vendor_name if self._session is not None else ""
