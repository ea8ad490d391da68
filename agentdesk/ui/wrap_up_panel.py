"""After a call: the vendor's wrap-up form (outcome, fields, note, call-back, next state)."""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import logging
import sys
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import (
    AgentDeskError,
    Call,
    Capability,
    Disposition,
    DispositionField,
    DispositionForm,
    FieldKind,
    SavedWithProblemError,
)
from agentdesk.outbox_delivery import Delivery
from agentdesk.phone import for_humans
from agentdesk.session import Session
from agentdesk.ui.commands import describe_error
from agentdesk.ui.state_style import pause_title

log = logging.getLogger(__name__)

WORKDAY_START = 9  # the first hour a call-back may be suggested for
WORKDAY_END = 17  # call-backs are suggested for hours starting before this one


def local_now() -> datetime:
    return datetime.now().astimezone()


def next_working_hour(now: datetime) -> datetime:
    """The next full hour within working hours on a weekday (a call-back's default)."""
    moment = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    while moment.weekday() >= 5 or not WORKDAY_START <= moment.hour < WORKDAY_END:
        if moment.weekday() < 5 and moment.hour < WORKDAY_START:
            moment = moment.replace(hour=WORKDAY_START)
        else:
            moment = (moment + timedelta(days=1)).replace(hour=WORKDAY_START)
    return moment


class _OptionalDateEdit(QDateEdit):
    """A date edit that may hold no date: its minimum stands for "none" and shows "—".

    The first click or arrow key starts from today rather than from the placeholder date;
    Delete empties it again.
    """

    _NONE = QDate(1900, 1, 1)

    def __init__(self, value: str) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setMinimumDate(self._NONE)
        self.setSpecialValueText("—")
        self.setDisplayFormat("d MMM yyyy")
        parsed = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
        self.setDate(parsed if parsed.isValid() else self._NONE)

    def value(self) -> str:
        date = self.date()
        return "" if date == self._NONE else date.toString(Qt.DateFormat.ISODate)

    def _start_from_today(self) -> None:
        if self.date() == self._NONE:
            self.setDate(QDate.currentDate())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start_from_today()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setDate(self._NONE)
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp):
            self._start_from_today()
        super().keyPressEvent(event)


def _combo() -> QComboBox:
    """A combo box whose longest entry (vendors' outcome names can be long) never widens the
    window beyond what it needs; the list itself still shows entries in full."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _field_input(field: DispositionField) -> QWidget:
    """The control for one form field, holding the vendor's current value."""
    if field.kind is FieldKind.TEXTAREA:
        area = QPlainTextEdit(field.value)
        area.setTabChangesFocus(True)
        area.setFixedHeight(64)
        return area
    if field.kind is FieldKind.CHOICE:
        combo = _combo()
        combo.addItem("—", "")
        for choice in field.choices:
            combo.addItem(choice, choice)
        index = combo.findData(field.value)
        combo.setCurrentIndex(max(index, 0))
        return combo
    if field.kind is FieldKind.DATE:
        return _OptionalDateEdit(field.value)
    line = QLineEdit(field.value)
    if field.kind is FieldKind.NUMBER:
        # A line edit rather than a spin box: a number nobody entered must stay empty.
        line.setValidator(QRegularExpressionValidator(QRegularExpression(r"-?\d*([.,]\d*)?")))
    return line


def _field_value(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return str(widget.currentData() or "")
    if isinstance(widget, _OptionalDateEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        text = widget.text().strip()
        return text.replace(",", ".") if widget.validator() is not None else text
    raise TypeError(widget)


class WrapUpPanel(QWidget):
    """The wrap-up form for one finished call, saved through :meth:`Session.dispose`.

    :meth:`open_for` loads the vendor's form (hiding itself again when the vendor wants none).
    Nothing is sent until an outcome is chosen and every required field is filled. With the
    session's outbox, a wrap-up the vendor cannot be reached for is stored and the panel
    closes (it is sent later by itself); a refusal by the vendor keeps everything entered and
    offers Retry (the refused wrap-up is not kept, so Retry cannot send it twice). A call that
    ends while another call's unsaved form is open waits its turn.

    Signals:
        saved(Disposition): the wrap-up is safe: the vendor has it, or it is stored to send.
        saved_with_problem(str): ...but a step the vendor does after saving failed (why).
        saved_for_later(str): stored, to be sent when the vendor can be reached (a notice).
        closed(): the panel hid itself (saved, discarded, or no form wanted).
    """

    saved = Signal(object)
    saved_with_problem = Signal(str)
    saved_for_later = Signal(str)
    closed = Signal()

    def __init__(
        self,
        session: Session,
        *,
        clock: Callable[[], datetime] = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._call: Call | None = None
        self._form: DispositionForm | None = None
        self._waiting: list[Call] = []
        self._task: asyncio.Task[None] | None = None
        self._saving = False
        self._failed = False  # a save failed and the agent has not given up on it
        self._retry: Callable[[], None] | None = None
        self._inputs: dict[str, QWidget] = {}
        self.form_widget: QWidget | None = None

        title = QLabel(self.tr("Wrap-up"))
        title.setObjectName("sectionTitle")
        self.call_text = QLabel()
        self.call_text.setObjectName("wrapUpCall")
        self.call_text.setWordWrap(True)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("wrapUpProgress")
        self.error_text = QLabel()
        self.error_text.setObjectName("inlineError")
        self.error_text.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setAccessibleName(self.tr("Retry"))
        self.retry_button.clicked.connect(self._on_retry)
        error_row = QHBoxLayout()
        error_row.addWidget(self.error_text, 1)
        error_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)

        self.discard_button = QPushButton(self.tr("&Discard"))
        self.discard_button.setAccessibleName(self.tr("Discard the wrap-up"))
        self.discard_button.clicked.connect(self._on_discard_clicked)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleName(self.tr("Save the wrap-up"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self._discard_armed = QTimer(self)
        self._discard_armed.setSingleShot(True)
        self._discard_armed.setInterval(4000)
        self._discard_armed.timeout.connect(self._disarm_discard)

        self._card = QFrame()
        self._card.setObjectName("card")
        self._body = QVBoxLayout(self._card)
        self._body.setContentsMargins(14, 12, 14, 12)
        self._body.setSpacing(8)
        self._body.addWidget(title)
        self._body.addWidget(self.call_text)
        self._body.addWidget(self.progress_text)
        self._form_slot = QVBoxLayout()
        self._body.addLayout(self._form_slot)
        self._body.addLayout(error_row)
        self._body.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._card)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

        self._show_error("")
        self.hide()

    # -- public --

    @property
    def call(self) -> Call | None:
        return self._call

    @property
    def form(self) -> DispositionForm | None:
        return self._form

    def open_for(self, call: Call) -> None:
        """Load and show the vendor's form for ``call``; an unsaved form of another call
        stays until it is saved or discarded, and ``call`` follows it."""
        if self._call is not None and self._call.id == call.id:
            return
        if self._call is not None and self.has_unsaved():
            if all(waiting.id != call.id for waiting in self._waiting):
                self._waiting.append(call)
            return
        self._reset()
        self._call = call
        who = " · ".join(
            part for part in (for_humans(call.number) if call.number else "", call.name) if part
        )
        self.call_text.setText(who)
        self.call_text.setVisible(bool(who))
        self.show()
        self._load()

    def field_input(self, name: str) -> QWidget:
        """The control of the form field ``name`` (KeyError when the form has none)."""
        return self._inputs[name]

    def has_unsaved(self) -> bool:
        """Whether closing now would lose something: entries, a save under way or failed."""
        form = self._form
        if self._saving or self._failed:
            return True
        if form is None or self.form_widget is None:
            return False
        if self.status_combo.currentIndex() > 0:
            return True
        if any(_field_value(self._inputs[f.name]) != f.value.strip() for f in form.fields):
            return True
        if form.accepts_note and self.note_edit.toPlainText().strip():
            return True
        return form.accepts_callback and self.callback_check.isChecked()

    def discard(self) -> None:
        """Drop the form, and any waiting ones, without saving; emits ``closed`` if open."""
        self._waiting.clear()
        was_open = self._call is not None
        self._reset()
        self.hide()
        if was_open:
            self.closed.emit()

    def save(self) -> None:
        """Check the entries and send them; a clear message instead when something is missing."""
        form = self._form
        if form is None or self._saving or self.form_widget is None:
            return
        problem = self._problem()
        if problem is not None:
            message, widget = problem
            self._show_error(message)
            widget.setFocus()
            return
        self._send(self.disposition())

    def disposition(self) -> Disposition:
        """What the entries say, as the vendor will get it."""
        form = self._form
        assert form is not None
        status_id = self.status_combo.currentData()
        note = self.note_edit.toPlainText().strip() if form.accepts_note else ""
        callback_at = None
        if form.accepts_callback and self.callback_check.isChecked():
            seconds = self.callback_edit.dateTime().toSecsSinceEpoch()
            callback_at = datetime.fromtimestamp(seconds, UTC).astimezone()
        then_pause = None
        if self.after_combo is not None:
            then_pause = self.after_combo.currentData() or None
        return Disposition(
            call_id=form.call_id,
            status_id=str(status_id),
            fields={f.name: _field_value(self._inputs[f.name]) for f in form.fields},
            note=note or None,
            callback_at=callback_at,
            then_pause=then_pause,
        )

    # -- loading --

    def _load(self) -> None:
        call = self._call
        if call is None:
            return
        self._show_error("")
        self._set_progress(self.tr("Loading…"))
        self.save_button.setEnabled(False)
        self._task = self._start(self._fetch(call))

    async def _fetch(self, call: Call) -> None:
        try:
            form = await self._session.disposition_form(call.id)
        except AgentDeskError as exc:
            log.info("wrap-up form for %s not loaded: %r", call.id, exc)
            if self._call is not call:
                return
            self._set_progress("")
            text = self.tr("Could not load the wrap-up form. %1")
            self._show_error(text.replace("%1", self._describe(exc)), retry=self._load)
            return
        if self._call is not call:
            return
        self._set_progress("")
        if form is None:
            self._finish()
            return
        self._build(form)

    def _build(self, form: DispositionForm) -> None:
        self._form = form
        widget = QWidget()
        layout = QFormLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        chain: list[QWidget] = []

        self.status_combo = _combo()
        self.status_combo.addItem(self.tr("Choose an outcome…"), None)
        for status in form.statuses:
            self.status_combo.addItem(status.title, status.id)
        self._add_row(layout, self.tr("Outcome"), self.status_combo, required=True)
        chain.append(self.status_combo)

        self._inputs = {}
        for field in form.fields:
            control = _field_input(field)
            self._inputs[field.name] = control
            self._add_row(layout, field.title, control, required=field.required)
            chain.append(control)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(64)
        self.note_edit.setPlaceholderText(self.tr("What the caller wanted, what was agreed"))
        if form.accepts_note:
            self._add_row(layout, self.tr("Note"), self.note_edit)
            chain.append(self.note_edit)

        self.callback_check = QCheckBox(self.tr("Call &back at"))
        self.callback_check.setAccessibleName(self.tr("Schedule a call-back"))
        self.callback_edit = QDateTimeEdit()
        self.callback_edit.setCalendarPopup(True)
        self.callback_edit.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.callback_edit.setAccessibleName(self.tr("Call-back time"))
        suggested = next_working_hour(self._clock())
        self.callback_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(suggested.timestamp())))
        self.callback_edit.setEnabled(False)
        self.callback_check.toggled.connect(self.callback_edit.setEnabled)
        if form.accepts_callback:
            row = QHBoxLayout()
            row.addWidget(self.callback_check)
            row.addWidget(self.callback_edit, 1)
            layout.addRow(row)
            chain += [self.callback_check, self.callback_edit]

        self.after_combo: QComboBox | None = None
        pauses = [p for p in self._session.pauses if not p.is_wrap_up]
        if form.accepts_pause and self._session.supports(Capability.PAUSE):
            self.after_combo = _combo()
            self.after_combo.addItem(self.tr("Ready"), "")
            for pause in pauses:
                self.after_combo.addItem(pause_title(pause), pause.id)
            self._add_row(layout, self.tr("After saving:"), self.after_combo)
            chain.append(self.after_combo)

        for control in chain:
            self._watch(control)
        self.form_widget = widget
        self._form_slot.addWidget(widget)
        chain += [self.save_button, self.discard_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.save_button.setEnabled(True)
        self.status_combo.setFocus()

    def _add_row(
        self, layout: QFormLayout, title: str, control: QWidget, *, required: bool = False
    ) -> None:
        text = html.escape(title)
        name = title
        if required:
            text += ' <span style="color:#d2453f">*</span>'
            name = self.tr("%1 (required)").replace("%1", title)
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setBuddy(control)
        if required:
            label.setToolTip(self.tr("Required"))
        control.setAccessibleName(name)
        layout.addRow(label, control)

    def _watch(self, control: QWidget) -> None:
        """Any edit clears an old validation message."""
        if isinstance(control, QComboBox):
            control.currentIndexChanged.connect(self._clear_validation)
        elif isinstance(control, QPlainTextEdit):
            control.textChanged.connect(self._clear_validation)
        elif isinstance(control, QLineEdit):
            control.textEdited.connect(self._clear_validation)

    # -- saving --

    def _problem(self) -> tuple[str, QWidget] | None:
        form = self._form
        assert form is not None
        if self.status_combo.currentIndex() <= 0:
            return self.tr("Choose an outcome before saving."), self.status_combo
        missing = [f for f in form.fields if f.required and not _field_value(self._inputs[f.name])]
        if missing:
            titles = ", ".join(f.title for f in missing)
            return self.tr("Fill in: %1").replace("%1", titles), self._inputs[missing[0].name]
        return None

    def _send(self, disposition: Disposition) -> None:
        self._show_error("")
        self._set_saving(True)
        self._task = self._start(self._dispose(disposition))

    async def _dispose(self, disposition: Disposition) -> None:
        try:
            delivery = await self._session.dispose(disposition)
        except SavedWithProblemError as exc:
            # Saved: a Retry would save it twice. The agent still hears what went wrong.
            log.info("wrap-up for %s saved with a problem: %r", disposition.call_id, exc)
            self._saving = False
            self._failed = False
            self.saved.emit(disposition)
            self.saved_with_problem.emit(self._describe(exc))
            self._finish()
            return
        except AgentDeskError as exc:
            log.info("wrap-up for %s not saved: %r", disposition.call_id, exc)
            self._failed = True
            self._set_saving(False)
            self._show_error(self._describe(exc), retry=self.save)
            return
        except BaseException:
            self._set_saving(False)
            raise
        self._saving = False
        self._failed = False
        self.saved.emit(disposition)
        if delivery is Delivery.QUEUED:
            text = self.tr("Wrap-up saved; it will be sent when %1 can be reached.")
            self.saved_for_later.emit(text.replace("%1", self._session.vendor_name))
        self._finish()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        if self.form_widget is not None:
            self.form_widget.setEnabled(not saving)
        self.save_button.setEnabled(not saving)
        self.discard_button.setEnabled(not saving)
        self.retry_button.setEnabled(not saving)
        self._set_progress(self.tr("Saving…") if saving else "")

    async def cancel_pending(self) -> None:
        """End a form load or a save under way, as part of quitting and before the session
        stops (a save has reached the outbox by then, or it was never pressed)."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    # -- closing --

    def _finish(self) -> None:
        """This call is done: show the next waiting one, or hide."""
        self._reset()
        if self._waiting:
            self.open_for(self._waiting.pop(0))
            return
        self.hide()
        self.closed.emit()

    def _reset(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done() and task is not _current_task():
            task.cancel()
        self._call = None
        self._form = None
        self._saving = False
        self._failed = False
        self._inputs = {}
        if self.form_widget is not None:
            self.form_widget.hide()
            self.form_widget.deleteLater()
            self.form_widget = None
        self.call_text.setText("")
        self._set_progress("")
        self._show_error("")
        self._disarm_discard()
        for button in (self.save_button, self.discard_button, self.retry_button):
            button.setEnabled(True)
        self.save_button.setEnabled(False)

    def _on_discard_clicked(self) -> None:
        # Entries are dropped only on a second click, so that a slip loses nothing.
        if self.has_unsaved() and not self._discard_armed.isActive():
            self.discard_button.setText(self.tr("Really discard?"))
            self._discard_armed.start()
            return
        self._discard_armed.stop()
        self._finish()

    def _disarm_discard(self) -> None:
        self._discard_armed.stop()
        self.discard_button.setText(self.tr("&Discard"))

    # -- little helpers --

    def _on_retry(self) -> None:
        retry = self._retry
        if retry is not None:
            retry()

    def _show_error(self, text: str, *, retry: Callable[[], None] | None = None) -> None:
        self.error_text.setText(text)
        self.error_text.setVisible(bool(text))
        self._retry = retry
        self.retry_button.setVisible(retry is not None)

    def _clear_validation(self) -> None:
        if self._retry is None:
            self._show_error("")

    def _set_progress(self, text: str) -> None:
        self.progress_text.setText(text)
        self.progress_text.setVisible(bool(text))

    def _describe(self, exc: AgentDeskError) -> str:
        return describe_error(exc, self._session.vendor_name)

    def _start(self, coroutine: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a Qt slot outside a running asyncio step (tests, start-up)
            loop = asyncio.get_event_loop()
        task = loop.create_task(coroutine)
        task.add_done_callback(_report_unexpected)
        return task


def _current_task() -> asyncio.Task[Any] | None:
    try:
        return asyncio.current_task()
    except RuntimeError:
        return None


def _report_unexpected(task: asyncio.Task[None]) -> None:
    """A bug, not a vendor's refusal: to the excepthook, which logs it and tells the agent."""
    if not task.cancelled() and (exc := task.exception()) is not None:
        sys.excepthook(type(exc), exc, exc.__traceback__)
