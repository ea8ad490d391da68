"""The profile editor of the settings window: where, as whom, options, and the secret.

It only reads and checks fields; saving, the keyring and testing are the Profiles page's.
Secret options (``relay_token``, ``crm_token``...) are rows like the others, masked
(:mod:`agentdesk.ui.secret_option_cells`); which of them the keyring keeps, the page finds
out and tells it (:meth:`ProfileEditor.show_stored_secrets`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QAction, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import ConfigurationError, Profile
from agentdesk.core.vendor_spec import OPTIONS_CONTEXT, OptionSpec, VendorSpec
from agentdesk.screen_pop import TemplateError, screen_pop_templates
from agentdesk.store.option_secrets import is_secret_option
from agentdesk.store.profiles import MAX_NAME_LENGTH, check_profile_name
from agentdesk.ui.secret_option_cells import (
    SecretState,
    SecretValueDelegate,
    secret_hint,
    secret_state,
    secret_value,
    show_secret,
)
from agentdesk.ui.text import fill
from agentdesk.vendors import vendors


def option_hint(option: OptionSpec) -> str:
    return option_text(option.hint)


def option_text(text: str) -> str:
    """A vendor spec's text (a hint, a note) in the agent's language."""
    return QCoreApplication.translate(OPTIONS_CONTEXT, text)


@dataclass(frozen=True)
class EditedProfile:
    """What the editor holds: the profile (its secret options only where a value was typed
    or read from the file), the secret typed (may be empty), whether it should become the
    default, and the secret options shown as kept that were removed."""

    profile: Profile
    secret: str
    make_default: bool
    removed_secrets: frozenset[str] = field(default_factory=frozenset)


class ProfileEditor(QWidget):
    """Fields of one profile, with Save, Cancel and Test connection buttons.

    Signals:
        save_requested(): Save was pressed (read :meth:`edited`).
        cancelled(): Cancel was pressed.
        test_requested(): Test connection was pressed.
        users_requested(): the agent wants to pick the login from the vendor's users.
    """

    save_requested = Signal()
    cancelled = Signal()
    test_requested = Signal()
    users_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original_name: str | None = None
        # Which profile opening this is, so a late answer from the keyring finds its own.
        self.generation = 0
        self._kept_secrets: set[str] = set()

        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[\p{L}\p{N} _-]*"), self.name_edit)
        )
        self.name_edit.setPlaceholderText(self.tr("e.g. Work"))
        self.vendor_combo = QComboBox()
        self._vendors = {spec.key: spec for spec in vendors()}
        for spec in self._vendors.values():
            self.vendor_combo.addItem(spec.display_name, spec.key)
        self.url_edit = QLineEdit()
        self.user_edit = QLineEdit()
        # Vendors whose API lists their users let the agent pick the login.
        self.user_pick_button = QPushButton(self.tr("C&hoose…"))
        self.user_pick_button.setAccessibleName(self.tr("Choose the login from the PBX's users"))
        self.user_pick_button.clicked.connect(self.users_requested)
        self.user_edit.setPlaceholderText(self.tr("Your login name"))
        self.extension_edit = QLineEdit()
        self.extension_edit.setPlaceholderText(self.tr("Optional, e.g. 201"))
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.default_box = QCheckBox(self.tr("Make this the &default profile"))

        self.options_table = QTableWidget(0, 2)
        self.options_table.setHorizontalHeaderLabels([self.tr("Option"), self.tr("Value")])
        self.options_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Interactive
        )
        self.options_table.setColumnWidth(0, 170)
        self.options_table.horizontalHeader().setStretchLastSection(True)
        self.options_table.verticalHeader().hide()
        self.options_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.options_table.setTabKeyNavigation(False)
        self.options_table.setMinimumHeight(150)  # four rows: relay_url, relay_token, …
        self.options_table.setItemDelegateForColumn(
            1, SecretValueDelegate(self.is_secret_row, self.options_table)
        )
        self.add_option_button = QPushButton(self.tr("Add &option"))
        self.add_option_menu = QMenu(self.add_option_button)
        self.add_option_button.setMenu(self.add_option_menu)
        self.add_option_menu.aboutToShow.connect(self._fill_option_menu)
        self.remove_option_button = QPushButton(self.tr("Re&move option"))
        self.remove_option_button.clicked.connect(self.remove_selected_option)

        self.error_text = QLabel()
        self.error_text.setObjectName("inlineError")
        self.error_text.setWordWrap(True)
        self.error_text.hide()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_requested)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)

        # Where the vendor must post its events, for vendors that post to AgentDesk.
        self.webhook_text = QLabel()
        self.webhook_text.setObjectName("fieldHint")
        self.webhook_text.setWordWrap(True)
        self.webhook_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.webhook_text.hide()

        self._label_fields()
        self._lay_out()
        self.vendor_combo.currentIndexChanged.connect(self._vendor_changed)
        self.options_table.itemChanged.connect(self._mask_new_secret_key)
        self.options_table.itemChanged.connect(self._update_webhook_text)
        self.secret_edit.textChanged.connect(self._update_webhook_text)
        self._vendor_changed()

    def _label_fields(self) -> None:
        # One source for the visible label (with its mnemonic) and the accessible name.
        self._labels = {
            self.name_edit: (self.tr("&Name"), self.tr("Profile name")),
            self.vendor_combo: (self.tr("&Vendor"), self.tr("Vendor")),
            self.url_edit: (self.tr("&URL"), self.tr("Call centre address")),
            self.user_edit: (self.tr("Us&er"), self.tr("User")),
            self.extension_edit: (self.tr("E&xtension"), self.tr("Extension")),
            self.secret_edit: (self.tr("Sec&ret"), self.tr("Secret")),
        }
        for widget, (_label, accessible) in self._labels.items():
            widget.setAccessibleName(accessible)
        self.options_table.setAccessibleName(self.tr("Options"))
        self.default_box.setAccessibleName(self.tr("Make this the default profile"))
        self.add_option_button.setAccessibleName(self.tr("Add an option"))
        self.remove_option_button.setAccessibleName(self.tr("Remove the selected option"))
        self.test_button.setAccessibleName(self.tr("Test the connection with these fields"))
        self.cancel_button.setAccessibleName(self.tr("Cancel editing"))
        self.save_button.setAccessibleName(self.tr("Save the profile"))
        self.error_text.setAccessibleName(self.tr("Problem with the profile"))

    def _lay_out(self) -> None:
        form = QFormLayout()
        for widget, (label_text, _accessible) in self._labels.items():
            label = QLabel(label_text)
            label.setBuddy(widget)
            if widget is self.user_edit:
                row = QHBoxLayout()
                row.addWidget(self.user_edit, 1)
                row.addWidget(self.user_pick_button)
                form.addRow(label, row)
            else:
                form.addRow(label, widget)
        self.secret_hint = QLabel()
        self.secret_hint.setObjectName("fieldHint")
        self.secret_hint.setWordWrap(True)
        form.addRow("", self.secret_hint)
        form.addRow("", self.default_box)

        options_label = QLabel(self.tr("Options"))
        options_label.setObjectName("sectionTitle")
        option_buttons = QHBoxLayout()
        option_buttons.addWidget(self.add_option_button)
        option_buttons.addWidget(self.remove_option_button)
        option_buttons.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(options_label)
        layout.addWidget(self.options_table, 1)
        layout.addLayout(option_buttons)
        layout.addWidget(self.webhook_text)
        layout.addWidget(self.error_text)
        layout.addLayout(buttons)

        chain = [
            self.name_edit,
            self.vendor_combo,
            self.url_edit,
            self.user_edit,
            self.extension_edit,
            self.secret_edit,
            self.default_box,
            self.options_table,
            self.add_option_button,
            self.remove_option_button,
            self.test_button,
            self.cancel_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- filling and reading --

    def edit(self, profile: Profile | None, *, is_default: bool) -> None:
        """Show ``profile`` (None: a new, empty one) for editing."""
        self.original_name = profile.name if profile else None
        self.heading.setText(
            self.tr("Edit profile “%1”").replace("%1", profile.name)
            if profile
            else self.tr("New profile")
        )
        self.name_edit.setText(profile.name if profile else "")
        index = self.vendor_combo.findData(profile.vendor) if profile else 0
        self.vendor_combo.setCurrentIndex(max(index, 0))
        self.url_edit.setText(profile.url if profile else "")
        self.user_edit.setText(profile.user if profile else "")
        self.extension_edit.setText((profile.extension or "") if profile else "")
        self.secret_edit.clear()
        self.secret_edit.setPlaceholderText(
            self.tr("Leave empty to keep the stored secret")
            if profile
            else self.tr("Access token or password")
        )
        self.secret_hint.setText(
            self.tr("The secret is kept in your system's keyring, never in a file.")
        )
        self.default_box.setChecked(is_default)
        self.generation += 1
        self._kept_secrets = set()
        self.options_table.setRowCount(0)
        for key, value in (profile.options if profile else {}).items():
            if self._is_secret_key(key):
                self._add_kept_secret(key, value, SecretState.FILE)
            else:
                self.add_option_row(key, value)
        self.show_error("")
        self.name_edit.setFocus()

    def edited(self) -> EditedProfile:
        """The fields as a profile; ConfigurationError (in the agent's words) when one is
        missing or wrong."""
        name = self.name_edit.text().strip()
        try:
            check_profile_name(name)
        except ConfigurationError:
            raise ConfigurationError(
                self.tr("Give the profile a name: letters, digits, spaces, - and _ (up to 40).")
            ) from None
        url = self.url_edit.text().strip().rstrip("/")
        if not url.startswith(("https://", "http://")):
            raise ConfigurationError(
                self.tr("The URL is the call centre's address, starting with https://.")
            )
        user = self.user_edit.text().strip()
        if not user:
            raise ConfigurationError(self.tr("Fill in the user you sign in with."))
        secret = self.secret_edit.text()
        renamed = self.original_name is not None and self.original_name != name
        if not secret and (self.original_name is None or renamed):
            raise ConfigurationError(
                self.tr("Type the secret: it is stored under the profile's name.")
                if renamed
                else self.tr("Type the secret (access token or password).")
            )
        options = self.options()
        for option in self.spec().options:
            self._check_option(option, options.get(option.name))
        try:
            screen_pop_templates(options)
        except TemplateError as exc:
            raise ConfigurationError(
                fill(self.tr("Option %1 is not a usable screen pop: %2."), exc.option, exc.problem)
            ) from None
        profile = Profile(
            name=name,
            vendor=self.vendor(),
            url=url,
            user=user,
            extension=self.extension_edit.text().strip() or None,
            options=options,
        )
        removed = frozenset(self._kept_secrets - set(self._keys()))
        return EditedProfile(profile, secret, self.default_box.isChecked(), removed)

    def _check_option(self, option: OptionSpec, value: str | None) -> None:
        """ConfigurationError (in the agent's words) when ``value`` does not suit ``option``."""
        if value is None:
            return
        if option.choices and value not in option.choices:
            raise ConfigurationError(
                fill(self.tr("Option %1 takes one of: %2."), option.name, ", ".join(option.choices))
            )
        problem = option.validate(value) if option.validate and value else None
        if problem:
            raise ConfigurationError(
                fill(self.tr("Option %1: %2"), option.name, option_text(problem))
            )

    def _vendor_changed(self) -> None:
        spec = self.spec()
        self.url_edit.setPlaceholderText(spec.url_example)
        self.user_edit.setPlaceholderText(
            option_text(spec.user_hint) if spec.user_hint else self.tr("Your login name")
        )
        self.user_pick_button.setVisible(spec.list_users is not None)
        for row in range(self.options_table.rowCount()):
            self._mask_if_secret(row)
        self._update_webhook_text()

    def _update_webhook_text(self) -> None:
        """Where the vendor must post its events, from these fields (its spec says how)."""
        note = self.spec().receiver_note
        text = note(self.options(), self.secret_edit.text(), option_text) if note else None
        self.webhook_text.setText(text or "")
        self.webhook_text.setVisible(bool(text))

    def vendor(self) -> str:
        return str(self.vendor_combo.currentData())

    def spec(self) -> VendorSpec:
        """The chosen vendor's spec, with the options every vendor shares."""
        return self._vendors[self.vendor()]

    def options(self) -> dict[str, str]:
        """The options table's rows with a key (blank keys are left out); a secret option
        kept in the keyring and not typed anew is there, empty."""
        found: dict[str, str] = {}
        for row in range(self.options_table.rowCount()):
            key = self._key(row)
            value_item = self.options_table.item(row, 1)
            if not key:
                continue
            if value_item is None:
                found[key] = ""
            elif secret_state(value_item) is not None:
                found[key] = secret_value(value_item).strip()
            else:
                found[key] = value_item.text().strip()
        return found

    def _keys(self) -> list[str]:
        return [key for row in range(self.options_table.rowCount()) if (key := self._key(row))]

    def _key(self, row: int) -> str:
        item = self.options_table.item(row, 0)
        return item.text().strip() if item else ""

    def show_error(self, text: str) -> None:
        self.error_text.setText(text)
        self.error_text.setVisible(bool(text))

    # -- the options table --

    def add_option_row(self, key: str = "", value: str = "") -> int:
        """A row for ``key``; a secret option's value is masked at once."""
        row = self.options_table.rowCount()
        self.options_table.insertRow(row)
        key_item = QTableWidgetItem(key)
        value_item = QTableWidgetItem()
        self.options_table.setItem(row, 0, key_item)
        if self._is_secret_key(key):
            show_secret(value_item, value, SecretState.TYPED if value else SecretState.EMPTY)
        else:
            value_item.setText(value)
        self.options_table.setItem(row, 1, value_item)
        self._set_hints(row)
        return row

    def _set_hints(self, row: int) -> None:
        key_item = self.options_table.item(row, 0)
        value_item = self.options_table.item(row, 1)
        if key_item is None or value_item is None:
            return
        known = self.spec().option(key_item.text().strip())
        hint = option_hint(known) if known is not None else ""
        if secret_state(value_item) is not None:
            hint = f"{hint}\n{secret_hint()}" if hint else secret_hint()
        key_item.setToolTip(hint)
        value_item.setToolTip(hint)

    # -- secret options --

    def is_secret_row(self, row: int) -> bool:
        """Whether ``row`` holds a secret option (its value is masked and typed unseen)."""
        return self._is_secret_key(self._key(row))

    def _is_secret_key(self, key: str) -> bool:
        return bool(key) and is_secret_option(self.vendor(), key)

    def show_stored_secrets(self, names: list[str], generation: int) -> None:
        """The keyring keeps ``names`` for the profile opened as ``generation``: show each
        as kept (a row typed meanwhile keeps what was typed)."""
        if generation != self.generation:
            return
        for name in names:
            row = self._row_of(name)
            if row is None:
                self._add_kept_secret(name, "", SecretState.KEYRING)
                continue
            self._kept_secrets.add(name)
            value_item = self.options_table.item(row, 1)
            if value_item is not None and secret_state(value_item) is SecretState.EMPTY:
                show_secret(value_item, "", SecretState.KEYRING)

    def _add_kept_secret(self, key: str, value: str, state: SecretState) -> None:
        row = self.add_option_row(key)
        key_item = self.options_table.item(row, 0)
        value_item = self.options_table.item(row, 1)
        assert key_item is not None
        assert value_item is not None
        # Renaming a kept option would orphan its stored value: remove it and add another.
        key_item.setFlags(key_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        show_secret(value_item, value, state)
        self._kept_secrets.add(key)

    def _mask_new_secret_key(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._mask_if_secret(item.row())

    def _mask_if_secret(self, row: int) -> None:
        """A row whose key became a secret's (typed, or another vendor chosen): its value
        is taken out of sight."""
        value_item = self.options_table.item(row, 1)
        if value_item is None or secret_state(value_item) is not None:
            return
        if self.is_secret_row(row):
            value = value_item.text().strip()
            show_secret(value_item, value, SecretState.TYPED if value else SecretState.EMPTY)
            self._set_hints(row)

    def add_known_option(self, key: str) -> None:
        """Add ``key`` with its usual value, or go to its row when it is there already."""
        row = self._row_of(key)
        if row is None:
            known = self.spec().option(key)
            row = self.add_option_row(key, known.default if known else "")
        self._edit_cell(row, 1)

    def _row_of(self, key: str) -> int | None:
        rows = range(self.options_table.rowCount())
        return next((row for row in rows if self._key(row) == key), None)

    def remove_selected_option(self) -> None:
        rows = sorted({index.row() for index in self.options_table.selectedIndexes()})
        for row in reversed(rows):
            self.options_table.removeRow(row)

    def _fill_option_menu(self) -> None:
        self.add_option_menu.clear()
        present = set(self._keys())
        for option in self.spec().options:
            action = QAction(option.name, self.add_option_menu)
            hint = option_hint(option)
            if self._is_secret_key(option.name):
                hint = f"{hint}\n{secret_hint()}"
            action.setToolTip(hint)
            action.setStatusTip(hint)
            action.setEnabled(option.name not in present)
            action.triggered.connect(lambda _=False, key=option.name: self.add_known_option(key))
            self.add_option_menu.addAction(action)
        self.add_option_menu.setToolTipsVisible(True)
        self.add_option_menu.addSeparator()
        other = self.add_option_menu.addAction(self.tr("Other…"))
        other.triggered.connect(self._add_blank_option)

    def _add_blank_option(self) -> None:
        row = self.add_option_row()
        self._edit_cell(row, 0)

    def _edit_cell(self, row: int, column: int) -> None:
        self.options_table.setCurrentCell(row, column)
        item = self.options_table.item(row, column)
        if item is not None:
            self.options_table.editItem(item)
