"""The General page of the settings window: one control per app option, made from the
declarations in :mod:`agentdesk.store.settings` (nothing here names an option but autostart)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import AgentDeskError
from agentdesk.store import autostart
from agentdesk.store.settings import (
    OPTIONS,
    TR_CONTEXT,
    AppSettings,
    Option,
    OptionValue,
    save_settings,
)
from agentdesk.ui.tasks import TaskOwner
from agentdesk.ui.text import fill

_CHECKBOX_INDENT = 22  # a description under a check box starts where the box's text does


def option_text(text: str) -> str:
    """An option's title or description (source text marked in the store), translated."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def plain(title: str) -> str:
    """A title without its mnemonic marker, for accessible names and messages."""
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&")


def sync_autostart(wanted: bool) -> None:
    """Make the login entry match ``wanted``, also when someone removed it by hand (blocking:
    call through ``asyncio.to_thread``)."""
    if autostart.is_autostart_enabled() != wanted:
        autostart.set_autostart(wanted)


class OptionControl:
    """One option's control, and the conversions between the control and the value."""

    def __init__(self, spec: Option) -> None:
        self.spec = spec
        title = option_text(spec.title)
        description = option_text(spec.description)
        self.label: QLabel | None = None
        self.widget: QWidget
        if spec.kind is bool:
            self.widget = QCheckBox(title)
        elif spec.kind is int:
            spin = QSpinBox()
            spin.setRange(spec.minimum or 0, spec.maximum or 2**31 - 1)
            spin.setAccelerated(True)
            self.widget = spin
        else:
            combo = QComboBox()
            if spec.choices:
                for value, label in spec.choices:
                    combo.addItem(option_text(label), value)
            else:
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                combo.addItems(list(spec.suggestions))
            self.widget = combo
        if not isinstance(self.widget, QCheckBox):
            self.label = QLabel(title)
            self.label.setBuddy(self.widget)
        self.widget.setObjectName(f"option_{spec.key}")
        self.widget.setAccessibleName(plain(title))
        self.widget.setAccessibleDescription(description)
        self.widget.setToolTip(description)
        self.description = QLabel(description)
        self.description.setObjectName("optionDescription")
        self.description.setWordWrap(True)

    def set_value(self, value: OptionValue) -> None:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            assert isinstance(value, int)
            widget.setValue(value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if self.spec.choices else widget.findText(str(value))
            if index >= 0:
                widget.setCurrentIndex(index)
            else:
                widget.setEditText(str(value))

    def value(self) -> OptionValue:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        assert isinstance(widget, QComboBox)
        if self.spec.choices:
            return str(widget.currentData())
        return widget.currentText()


class GeneralPage(QWidget):
    """Controls for every app option, and Save.

    Signals:
        settings_changed(object): the new :class:`AppSettings`, once written to the file.
    """

    settings_changed = Signal(object)

    def __init__(self, tasks: TaskOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._settings = AppSettings()
        self.controls: dict[str, OptionControl] = {}

        # A grid rather than a form: each description gets the page's full width below its
        # control, where a form squeezes it into the field column.
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        row = 0
        for spec in OPTIONS:
            control = OptionControl(spec)
            self.controls[spec.key] = control
            if control.label is None:
                # As wide as its text: a click far off to the right should not toggle it.
                grid.addWidget(control.widget, row, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
                control.description.setContentsMargins(_CHECKBOX_INDENT, 0, 0, 0)
            else:
                control.widget.setMinimumWidth(150)
                grid.addWidget(control.label, row, 0)
                grid.addWidget(control.widget, row, 1)
            grid.addWidget(control.description, row + 1, 0, 1, 3)
            grid.setRowMinimumHeight(row + 2, 10)
            row += 3
        screens = self.controls["caller_card_screen"].widget
        if isinstance(screens, QComboBox):  # the screens there are now, to pick by name
            screens.addItems(["", *(s.name() for s in QGuiApplication.screens())])
        self._autostart_reason = autostart.unsupported_reason()
        if self._autostart_reason is not None:
            box = self.controls["autostart"].widget
            box.setEnabled(False)
            box.setToolTip(self._autostart_reason)
            self.controls["autostart"].description.setText(self._autostart_reason)

        self.shortcuts_status = QLabel()
        self.shortcuts_status.setObjectName("fieldHint")
        self.shortcuts_status.setWordWrap(True)
        self.shortcuts_status.hide()
        self.status_text = QLabel()
        self.status_text.setObjectName("settingsStatus")
        self.status_text.setWordWrap(True)
        self.status_text.setAccessibleName(self.tr("Settings status"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the settings"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setAccessibleName(self.tr("Undo the changes not saved"))
        self.revert_button.clicked.connect(lambda: self.show_settings(self._settings))

        buttons = QHBoxLayout()
        buttons.addWidget(self.status_text, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        # The options scroll (they outgrow a laptop's screen); Save and Revert stay in view.
        options = QWidget()
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 8, 0)
        options_layout.addLayout(grid)
        options_layout.addWidget(self.shortcuts_status)
        options_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(options)
        # The page's own background through the scroll area, not the palette's base grey.
        scroll.viewport().setAutoFillBackground(False)
        options.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.save_button.setDefault(True)

    def set_shortcuts_status(self, text: str) -> None:
        """Which mechanism delivers the global shortcuts, and which keys are taken."""
        self.shortcuts_status.setText(text)
        self.shortcuts_status.setVisible(bool(text))

    @property
    def settings(self) -> AppSettings:
        """The settings as last loaded or saved (not the controls' unsaved values)."""
        return self._settings

    def show_settings(self, settings: AppSettings) -> None:
        self._settings = settings
        for key, control in self.controls.items():
            control.set_value(settings.value(key))
        self._set_status("")

    def edited_settings(self) -> AppSettings:
        """The controls' values as settings; ValueError naming the option that does not fit."""
        changes: dict[str, OptionValue] = {}
        for key, control in self.controls.items():
            try:
                changes[key] = control.spec.validate(control.value())
            except ValueError:
                title = plain(option_text(control.spec.title))
                raise ValueError(
                    fill(self.tr("“%1” is not a valid value for %2."), str(control.value()), title)
                ) from None
        return self._settings.replace(**changes)

    def save(self) -> None:
        try:
            settings = self.edited_settings()
        except ValueError as exc:
            self._set_status(str(exc), error=True)
            return
        self.save_button.setEnabled(False)
        self._tasks.start(self._save(settings), after=lambda: self.save_button.setEnabled(True))

    async def _save(self, settings: AppSettings) -> None:
        try:
            await asyncio.to_thread(save_settings, settings)
        except AgentDeskError as exc:
            self._set_status(
                self.tr("The settings were not saved: %1").replace("%1", str(exc)), error=True
            )
            return
        self._settings = settings
        self._set_status(self.tr("Settings saved."))
        if self._autostart_reason is None:
            try:
                await asyncio.to_thread(sync_autostart, settings.autostart)
            except AgentDeskError as exc:
                self._set_status(
                    self.tr("Settings saved, but starting at login was not changed: %1").replace(
                        "%1", str(exc)
                    ),
                    error=True,
                )
        self.settings_changed.emit(settings)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_text.setText(text)
        self.status_text.setProperty("tone", "error" if error else "ok" if text else "")
        self.status_text.style().unpolish(self.status_text)
        self.status_text.style().polish(self.status_text)
