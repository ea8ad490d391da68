"""The profile editor of the settings window: where, as whom, options, and the secret.

It only reads and checks fields; saving, the keyring and testing are the Profiles page's.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

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

from agentdesk.core import ConfigurationError
from agentdesk.screen_pop import TemplateError, screen_pop_templates
from agentdesk.store.profiles import KNOWN_VENDORS, MAX_NAME_LENGTH, Profile, check_profile_name
from agentdesk.store.settings import QT_TRANSLATE_NOOP
from agentdesk.ui.text import fill


@dataclass(frozen=True)
class KnownOption:
    """A profile option the vendor's backend reads, offered in the editor."""

    key: str
    default: str
    hint: str  # English source text in the "ProfileOptions" context
    choices: tuple[str, ...] = ()


_CONTEXT = "ProfileOptions"  # lupdate needs the literal in each QT_TRANSLATE_NOOP

KNOWN_OPTIONS: dict[str, tuple[KnownOption, ...]] = {
    "daktela": (
        KnownOption(
            "api_version",
            "4.0",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "Daktela's API version: 4.0, or the older 3.9 and below"
            ),
        ),
        KnownOption(
            "auth",
            "token",
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "token: the secret is an access token; password: it is the agent's password",
            ),
            choices=("token", "password"),
        ),
        KnownOption(
            "outbound_queue",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The queue outgoing calls go through (its ID)"),
        ),
        KnownOption(
            "timezone",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The call centre's time zone, e.g. Europe/Prague"),
        ),
        KnownOption(
            "note_field",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The call-script field that takes the wrap-up note"
            ),
        ),
    ),
}

KNOWN_OPTIONS["okitoki"] = (
    KnownOption(
        "statuses",
        "1:Ready:ready,2:Lunch,3:Break",
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "The company's statuses, STATUS:TITLE, the Ready one marked :ready",
        ),
    ),
    KnownOption(
        "dialer_id",
        "",
        QT_TRANSLATE_NOOP("ProfileOptions", "The dialer that places click-to-call tasks (its ID)"),
    ),
    KnownOption(
        "results",
        "",
        QT_TRANSLATE_NOOP("ProfileOptions", "Call outcomes for the wrap-up, VALUE:TITLE"),
    ),
    KnownOption(
        "fields",
        "",
        QT_TRANSLATE_NOOP("ProfileOptions", "Extra wrap-up fields, NAME:TITLE[:KIND]"),
    ),
    KnownOption(
        "webhook_port",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions", "Port of AgentDesk's receiver for live calls (empty: none)"
        ),
    ),
    KnownOption(
        "webhook_host",
        "127.0.0.1",
        QT_TRANSLATE_NOOP("ProfileOptions", "Address the receiver listens on"),
    ),
    KnownOption(
        "webhook_public_url",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions", "The address Oki-Toki reaches the receiver at, if another"
        ),
    ),
    KnownOption(
        "call_log_format",
        "json",
        QT_TRANSLATE_NOOP("ProfileOptions", "How the call log is fetched"),
        choices=("json", "csv", "csv_2016"),
    ),
    KnownOption(
        "call_log_poll_seconds",
        "60",
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "How often the call log is read while idle, in seconds; "
            "four times as often during a call, half as often while the window is hidden",
        ),
    ),
    KnownOption(
        "timezone",
        "",
        QT_TRANSLATE_NOOP("ProfileOptions", "The call centre's time zone, e.g. Europe/Kyiv"),
    ),
)


def _ucontact_options() -> tuple[KnownOption, ...]:
    return (
        KnownOption(
            "auth",
            "password",
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "password: the secret is the agent's password; token: a portal API token",
            ),
            choices=("password", "token"),
        ),
        KnownOption(
            "campaign",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The agent's campaign, e.g. Soporte<-"),
        ),
        KnownOption(
            "outqueue",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The outbound campaign click-to-call uses, e.g. Ventas->"
            ),
        ),
        KnownOption(
            "breaks",
            "Almuerzo,Baño,Postllamada:After-call work:wrap",
            QT_TRANSLATE_NOOP("ProfileOptions", "uContact's breaks, MOTIVE[:TITLE][:wrap]"),
        ),
        KnownOption(
            "dispositions",
            "Venta>Tarjeta|Efectivo,No venta>Precio,Volver a llamar",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The disposition tree: paths L1>L2>L3, alternatives with |"
            ),
        ),
        KnownOption(
            "data_fields",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "Extra data asked in the wrap-up: d1:TITLE,d2:TITLE"
            ),
        ),
        KnownOption(
            "telephony_host",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The telephony host holding recordings"),
        ),
        KnownOption(
            "backup_host",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The recordings backup host"),
        ),
        KnownOption("tech", "SIP", QT_TRANSLATE_NOOP("ProfileOptions", "AgentCall's technology")),
        KnownOption("context", "", QT_TRANSLATE_NOOP("ProfileOptions", "The agent's dial context")),
        KnownOption(
            "timezone",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The instance's time zone, e.g. America/Montevideo"
            ),
        ),
    )


KNOWN_OPTIONS["ucontact"] = _ucontact_options()
KNOWN_OPTIONS["megapbx"] = (
    KnownOption(
        "crm_token",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions", "The token the PBX sends with its webhooks (empty: no live calls)"
        ),
    ),
    KnownOption(
        "listen",
        "127.0.0.1:8091",
        QT_TRANSLATE_NOOP("ProfileOptions", "host:port of AgentDesk's receiver for the PBX"),
    ),
    KnownOption("path", "/megapbx", QT_TRANSLATE_NOOP("ProfileOptions", "Path of the receiver")),
    KnownOption(
        "history_poll_seconds",
        "60",
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "How often DND and the history are read while idle, in seconds; "
            "four times as often during a call, half as often while the window is hidden",
        ),
    ),
    KnownOption(
        "inner_history",
        "yes",
        QT_TRANSLATE_NOOP("ProfileOptions", "Show calls between colleagues in Recent calls"),
        choices=("yes", "no"),
    ),
)

# Every vendor's calls can open the agent's CRM (agentdesk.screen_pop checks the templates).
SCREEN_POP_OPTIONS = (
    KnownOption(
        "screen_pop_ringing",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "Opened when a call rings: a URL such as https://crm/search?phone={number_e164}, "
            "or a program and its arguments",
        ),
    ),
    KnownOption(
        "screen_pop_answered",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "Opened when a call is answered; variables: {number} {number_e164} {name} {queue} "
            "{call_id} {direction} {agent} {vendor}",
        ),
    ),
    KnownOption(
        "screen_pop_ended",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions", "Opened when a call ends, e.g. https://crm/calls/{call_id}"
        ),
    ),
)
for _vendor in KNOWN_VENDORS:
    KNOWN_OPTIONS[_vendor] = KNOWN_OPTIONS.get(_vendor, ()) + SCREEN_POP_OPTIONS

USER_LISTING_VENDORS = frozenset({"megapbx"})  # their settings offer a login picker
VENDOR_NAMES = {
    "daktela": "Daktela",
    "okitoki": "Oki-Toki",
    "ucontact": "uContact",
    "megapbx": "MegaFon Virtual PBX",
}
# What the URL and user fields hold, per vendor.
URL_EXAMPLES = {
    "daktela": "https://mycompany.daktela.com",
    "okitoki": "https://mycompany.oki-toki.net",
    "ucontact": "https://mycompany.ucontactcloud.com",
    "megapbx": "https://mycompany.megapbx.ru",
}


def option_hint(option: KnownOption) -> str:
    return QCoreApplication.translate(_CONTEXT, option.hint)


@dataclass(frozen=True)
class EditedProfile:
    """What the editor holds: the profile, the secret typed (may be empty), and whether it
    should become the default."""

    profile: Profile
    secret: str
    make_default: bool


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

        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[\p{L}\p{N} _-]*"), self.name_edit)
        )
        self.name_edit.setPlaceholderText(self.tr("e.g. Work"))
        self.vendor_combo = QComboBox()
        for vendor in KNOWN_VENDORS:
            self.vendor_combo.addItem(VENDOR_NAMES.get(vendor, vendor), vendor)
        self.url_edit = QLineEdit()
        self.user_edit = QLineEdit()
        # Vendors whose API lists their users let the agent pick the login (MegaFon).
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
        self.options_table.setMinimumHeight(110)
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

        # Where the vendor must post its events (Oki-Toki's Events and Integrations).
        self.webhook_text = QLabel()
        self.webhook_text.setObjectName("fieldHint")
        self.webhook_text.setWordWrap(True)
        self.webhook_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.webhook_text.hide()

        self._label_fields()
        self._lay_out()
        self.vendor_combo.currentIndexChanged.connect(self._vendor_changed)
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
        index = self.vendor_combo.findData(profile.vendor if profile else KNOWN_VENDORS[0])
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
        self.options_table.setRowCount(0)
        for key, value in (profile.options if profile else {}).items():
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
        for option in KNOWN_OPTIONS.get(self.vendor(), ()):
            value = options.get(option.key)
            if option.choices and value is not None and value not in option.choices:
                raise ConfigurationError(
                    fill(
                        self.tr("Option %1 takes one of: %2."),
                        option.key,
                        ", ".join(option.choices),
                    )
                )
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
        return EditedProfile(profile, secret, self.default_box.isChecked())

    def _vendor_changed(self) -> None:
        vendor = self.vendor()
        self.url_edit.setPlaceholderText(URL_EXAMPLES.get(vendor, "https://"))
        self.user_edit.setPlaceholderText(
            self.tr("Your user number") if vendor == "okitoki" else self.tr("Your login name")
        )
        self.user_pick_button.setVisible(vendor in USER_LISTING_VENDORS)
        self._update_webhook_text()

    def _update_webhook_text(self) -> None:
        """The receiver's URL and the parameters to paste into Oki-Toki, from these fields."""
        options = self.options()
        if self.vendor() == "megapbx":
            self._update_pbx_receiver_text(options)
            return
        port = options.get("webhook_port", "").strip()
        if self.vendor() != "okitoki" or not port:
            self.webhook_text.hide()
            return
        base = options.get("webhook_public_url", "").strip().rstrip("/")
        if not base:
            base = f"http://{options.get('webhook_host', '127.0.0.1').strip()}:{port}"
        token = self.secret_edit.text().strip()
        # Imported here: the Oki-Toki backend brings its webhook receiver and aiohttp with it.
        from agentdesk.backends.okitoki.backend import derived_webhook_secret

        secret = derived_webhook_secret(token) if token else self.tr("(from the API token)")
        text = self.tr(
            "In Oki-Toki's Events and Integrations, post call events to %1 with the "
            "parameters event, session_id, phone, direction, queue, contact_name, user_id, "
            "status_id, away_status_id."
        )
        self.webhook_text.setText(fill(text, f"{base}/okitoki?secret={secret}"))
        self.webhook_text.show()

    def _update_pbx_receiver_text(self, options: dict[str, str]) -> None:
        """Where MegaFon's PBX must post its commands, and how a PBX in the cloud gets there."""
        listen = options.get("listen", "").strip() or "127.0.0.1:8091"
        path = options.get("path", "").strip() or "/megapbx"
        if not path.startswith("/"):
            path = "/" + path
        text = self.tr(
            "In the PBX's CRM integration, set the CRM address to %1 (as your network makes it "
            "reachable) and its token to this profile's crm_token. The PBX runs in the cloud: "
            "publish this address through your company's reverse proxy or VPN."
        )
        self.webhook_text.setText(fill(text, f"http://{listen}{path}"))
        self.webhook_text.show()

    def vendor(self) -> str:
        return str(self.vendor_combo.currentData())

    def options(self) -> dict[str, str]:
        """The options table's rows with a key (blank keys are left out)."""
        found: dict[str, str] = {}
        for row in range(self.options_table.rowCount()):
            key_item = self.options_table.item(row, 0)
            value_item = self.options_table.item(row, 1)
            key = key_item.text().strip() if key_item else ""
            if key:
                found[key] = value_item.text().strip() if value_item else ""
        return found

    def show_error(self, text: str) -> None:
        self.error_text.setText(text)
        self.error_text.setVisible(bool(text))

    # -- the options table --

    def add_option_row(self, key: str = "", value: str = "") -> int:
        row = self.options_table.rowCount()
        self.options_table.insertRow(row)
        key_item = QTableWidgetItem(key)
        value_item = QTableWidgetItem(value)
        known = {o.key: o for o in KNOWN_OPTIONS.get(self.vendor(), ())}.get(key)
        if known is not None:
            key_item.setToolTip(option_hint(known))
            value_item.setToolTip(option_hint(known))
        self.options_table.setItem(row, 0, key_item)
        self.options_table.setItem(row, 1, value_item)
        return row

    def add_known_option(self, key: str) -> None:
        """Add ``key`` with its usual value, or go to its row when it is there already."""
        for row in range(self.options_table.rowCount()):
            item = self.options_table.item(row, 0)
            if item is not None and item.text() == key:
                break
        else:
            default = {o.key: o.default for o in KNOWN_OPTIONS.get(self.vendor(), ())}
            row = self.add_option_row(key, default.get(key, ""))
        self._edit_cell(row, 1)

    def remove_selected_option(self) -> None:
        rows = sorted({index.row() for index in self.options_table.selectedIndexes()})
        for row in reversed(rows):
            self.options_table.removeRow(row)

    def _fill_option_menu(self) -> None:
        self.add_option_menu.clear()
        present = set(self.options())
        for option in KNOWN_OPTIONS.get(self.vendor(), ()):
            action = QAction(option.key, self.add_option_menu)
            action.setToolTip(option_hint(option))
            action.setStatusTip(option_hint(option))
            action.setEnabled(option.key not in present)
            action.triggered.connect(lambda _=False, key=option.key: self.add_known_option(key))
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
