"""Secret options (MegaFon's ``crm_token``, ``relay_token``) typed in the Settings window's
profile editor: kept in a real gnome-keyring (on a private bus), never in profiles.toml, shown
masked, replaced, kept or deleted as the agent edits them; a locked keyring loses nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QTableWidget, QWidget

from agentdesk.core import Profile
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.store import option_secrets
from agentdesk.store.profiles import save_profile
from agentdesk.store.secrets import SERVICE, set_secret
from agentdesk.ui.secret_option_cells import SecretState, secret_state
from agentdesk.ui.settings_profile_editor import ProfileEditor
from agentdesk.ui.settings_window import SettingsWindow
from tests.gnome_keyring import GnomeKeyring, KeyringState, process_keyring
from tests.ui.conftest import wait_until

pytestmark = pytest.mark.real_keyring

CRM_TOKEN = "crm-token-typed-7f3a91"
RELAY_TOKEN = "relay-token-typed-55c2e0"
NEW_RELAY_TOKEN = "relay-token-anew-0b9d44"
TYPED = (CRM_TOKEN, RELAY_TOKEN, NEW_RELAY_TOKEN)
KEPT = "•••••• kept in the keyring"


@pytest.fixture(autouse=True)
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(option_secrets, "_warned", set())
    monkeypatch.setattr(option_secrets, "_unsaid", [])


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    profiles = tmp_path / "config"
    profiles.mkdir()
    monkeypatch.setattr("agentdesk.store.profiles.config_path", lambda: profiles / "profiles.toml")
    monkeypatch.setattr(
        "agentdesk.store.settings.settings_path", lambda: profiles / "settings.toml"
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", str(profiles / "xdg"))
    return profiles


def keyring_in(state: KeyringState):  # type: ignore[no-untyped-def]
    @pytest.fixture
    def ring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[GnomeKeyring]:
        with process_keyring(tmp_path, state, monkeypatch) as running:
            yield running

    return ring


unlocked = keyring_in("unlocked")
locked = keyring_in("locked")


@pytest.fixture
def window(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, config_dir: Path
) -> Iterator[SettingsWindow]:
    shown = SettingsWindow()
    qtbot.addWidget(shown)
    qloop.run_until_complete(shown.present())
    yield shown
    shown.close()
    qloop.run_until_complete(shown.tasks.wait_all())


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def status(window: SettingsWindow) -> str:
    return window.profiles_page.status_text.text()


def password_edit(table: QTableWidget) -> QLineEdit | None:
    return table.findChild(QLineEdit, "secretOptionEdit")


def type_secret(
    qtbot: Any, loop: asyncio.AbstractEventLoop, editor: ProfileEditor, key: str, value: str
) -> None:
    """Add ``key`` (or open its cell when it is there) and type ``value`` unseen; Enter."""
    editor.add_known_option(key)
    edit = password_edit(editor.options_table)
    assert edit is not None
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(edit, value)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_until(loop, lambda: password_edit(editor.options_table) is None)


def row_of(editor: ProfileEditor, key: str) -> int:
    table = editor.options_table
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == key)  # type: ignore[union-attr]


def cell(editor: ProfileEditor, key: str) -> str:
    return editor.options_table.item(row_of(editor, key), 1).text()  # type: ignore[union-attr]


def stored(profile: str, option: str) -> str | None:
    return keyring.get_password(SERVICE, f"{profile}/{option}")


def shown_anywhere(root: QWidget, values: tuple[str, ...]) -> list[str]:
    """Where any of ``values`` shows in ``root``'s widgets, items and actions (the password
    field alone may hold one)."""
    found: list[str] = []

    def look(where: str, *texts: object) -> None:
        for text in texts:
            if isinstance(text, str) and any(v in text for v in values):
                found.append(f"{where}: {text!r}")

    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLineEdit) and widget.echoMode() == QLineEdit.EchoMode.Password:
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        text = getattr(widget, "text", None)
        look(name, text() if callable(text) else None, widget.toolTip(), widget.statusTip())
        look(name, widget.accessibleName(), widget.accessibleDescription(), widget.whatsThis())
        look(name, getattr(widget, "placeholderText", lambda: None)())
        for action in widget.actions():
            look(f"{name} action", action.text(), action.toolTip(), action.statusTip())
        if isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    if item is not None:
                        look(f"{name} cell {row},{column}", item.text(), item.toolTip())
                        look(f"{name} cell", item.data(Qt.ItemDataRole.AccessibleTextRole))
    return found


def add_megafon_profile(
    qtbot: Any, window: SettingsWindow, url: str, user: str, api_key: str
) -> ProfileEditor:
    """The editor of a new MegaFon profile "Work", its fields filled, no option yet."""
    page = window.profiles_page
    click(qtbot, page.add_button)
    editor = page.editor
    editor.vendor_combo.setCurrentIndex(editor.vendor_combo.findData("megapbx"))
    editor.name_edit.setText("Work")
    editor.url_edit.setText(url)
    editor.user_edit.setText(user)
    editor.secret_edit.setText(api_key)
    return editor


def new_megafon_profile(
    qtbot: Any, loop: asyncio.AbstractEventLoop, window: SettingsWindow, url: str
) -> ProfileEditor:
    editor = add_megafon_profile(qtbot, window, url, "ivanova", "api-key-of-the-pbx")
    type_secret(qtbot, loop, editor, "crm_token", CRM_TOKEN)
    editor.add_known_option("relay_url")
    editor.options_table.item(1, 1).setText("https://relay.example.ru")  # type: ignore[union-attr]
    type_secret(qtbot, loop, editor, "relay_token", RELAY_TOKEN)
    return editor


def save(qtbot: Any, loop: asyncio.AbstractEventLoop, window: SettingsWindow) -> None:
    window.profiles_page.set_status("")
    click(qtbot, window.profiles_page.editor.save_button)
    wait_until(loop, lambda: "saved" in status(window), timeout=10)


def reopen(qtbot: Any, loop: asyncio.AbstractEventLoop, window: SettingsWindow) -> ProfileEditor:
    page = window.profiles_page
    page.profile_list.setCurrentRow(0)
    click(qtbot, page.edit_button)
    editor = page.editor
    wait_until(loop, lambda: "crm_token" in editor.options(), timeout=10)
    return editor


def test_secret_options_typed_in_the_editor_go_to_the_keyring_and_show_masked(
    qtbot: Any,
    qloop: asyncio.AbstractEventLoop,
    unlocked: GnomeKeyring,
    window: SettingsWindow,
    config_dir: Path,
) -> None:
    editor = new_megafon_profile(qtbot, qloop, window, "https://pbx.example.ru")
    assert cell(editor, "crm_token") == "•••••• typed, kept in the keyring on Save"
    assert shown_anywhere(window, TYPED) == []
    save(qtbot, qloop, window)
    assert status(window) == "Profile “Work” saved."

    assert stored("Work", "crm_token") == CRM_TOKEN
    assert stored("Work", "relay_token") == RELAY_TOKEN
    text = (config_dir / "profiles.toml").read_text(encoding="utf-8")
    assert "relay_url" in text
    assert "crm_token" not in text and "relay_token" not in text
    assert CRM_TOKEN not in text and RELAY_TOKEN not in text

    editor = reopen(qtbot, qloop, window)
    wait_until(qloop, lambda: "relay_token" in editor.options())
    assert cell(editor, "crm_token") == KEPT
    assert cell(editor, "relay_token") == KEPT
    assert editor.options()["relay_url"] == "https://relay.example.ru"
    assert shown_anywhere(window, TYPED) == []

    # A new relay token replaces the old one; Enter on an empty field keeps crm_token.
    type_secret(qtbot, qloop, editor, "relay_token", NEW_RELAY_TOKEN)
    editor.add_known_option("crm_token")
    edit = password_edit(editor.options_table)
    assert edit is not None
    assert edit.text() == "" and "keep the stored value" in edit.placeholderText()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_until(qloop, lambda: password_edit(editor.options_table) is None)
    assert cell(editor, "crm_token") == KEPT
    assert shown_anywhere(window, TYPED) == []
    save(qtbot, qloop, window)
    assert stored("Work", "relay_token") == NEW_RELAY_TOKEN
    assert stored("Work", "crm_token") == CRM_TOKEN

    # Removed in the editor, deleted from the keyring on Save.
    editor = reopen(qtbot, qloop, window)
    editor.options_table.selectRow(row_of(editor, "crm_token"))
    click(qtbot, editor.remove_option_button)
    save(qtbot, qloop, window)
    assert stored("Work", "crm_token") is None
    assert stored("Work", "relay_token") == NEW_RELAY_TOKEN
    assert "crm_token" not in (config_dir / "profiles.toml").read_text(encoding="utf-8")
    assert shown_anywhere(window, TYPED) == []


def test_a_key_typed_as_a_secret_masks_the_value_already_in_its_row(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, unlocked: GnomeKeyring, window: SettingsWindow
) -> None:
    page = window.profiles_page
    click(qtbot, page.add_button)
    editor = page.editor
    table = editor.options_table
    row = editor.add_option_row()
    table.item(row, 1).setText("pin-4711-typed-first")  # type: ignore[union-attr]
    table.item(row, 0).setText("sip_password")  # type: ignore[union-attr]
    value = table.item(row, 1)
    assert value is not None
    assert secret_state(value) is SecretState.TYPED
    assert value.text() == "•••••• typed, kept in the keyring on Save"
    assert editor.options()["sip_password"] == "pin-4711-typed-first"
    assert shown_anywhere(window, ("pin-4711-typed-first",)) == []
    # The Add option menu offers the vendor's secret options, saying where they are kept.
    editor.vendor_combo.setCurrentIndex(editor.vendor_combo.findData("megapbx"))
    editor.add_option_menu.aboutToShow.emit()
    offered = {a.text(): a.toolTip() for a in editor.add_option_menu.actions()}
    assert "kept in the keyring" in offered["crm_token"]
    assert "kept in the keyring" in offered["relay_token"]


def test_test_connection_uses_the_typed_token_else_the_stored_one_and_not_a_removed_one(
    qtbot: Any,
    qloop: asyncio.AbstractEventLoop,
    unlocked: GnomeKeyring,
    window: SettingsWindow,
) -> None:
    pbx = MegaPbxSimulator()
    qloop.run_until_complete(pbx.start())
    try:
        check_typed_stored_removed(qtbot, qloop, window, pbx)
    finally:
        window.close()
        qloop.run_until_complete(window.tasks.wait_all())
        qloop.run_until_complete(pbx.stop())


def check_typed_stored_removed(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, window: SettingsWindow, pbx: MegaPbxSimulator
) -> None:
    page = window.profiles_page
    editor = add_megafon_profile(qtbot, window, pbx.url, pbx.agent.login, pbx.api_key)
    editor.add_known_option("relay_url")
    QApplication.focusWidget().clearFocus()  # type: ignore[union-attr]
    editor.options_table.item(0, 1).setText("https://relay.example.ru")  # type: ignore[union-attr]

    def test_connection() -> str:
        page.set_status("")
        click(qtbot, editor.test_button)
        wait_until(qloop, lambda: not page.testing, timeout=10)
        return status(window)

    assert "needs relay_token" in test_connection()  # none typed, none stored
    type_secret(qtbot, qloop, editor, "relay_token", RELAY_TOKEN)
    assert test_connection().startswith("Connected")  # the one typed
    save(qtbot, qloop, window)

    editor = page.editor
    page.profile_list.setCurrentRow(0)
    click(qtbot, page.edit_button)
    wait_until(qloop, lambda: "relay_token" in editor.options(), timeout=10)
    assert editor.options()["relay_token"] == ""  # the editor never reads it
    assert test_connection().startswith("Connected")  # the stored one
    editor.options_table.selectRow(row_of(editor, "relay_token"))
    click(qtbot, editor.remove_option_button)
    assert "needs relay_token" in test_connection()  # removed, though still stored
    assert stored("Work", "relay_token") == RELAY_TOKEN


def test_deleting_a_profile_deletes_its_secret_options_from_the_keyring(
    qtbot: Any,
    qloop: asyncio.AbstractEventLoop,
    unlocked: GnomeKeyring,
    window: SettingsWindow,
    config_dir: Path,
) -> None:
    profile = Profile(
        "Work", "megapbx", "https://pbx.example.ru", "ivanova", options={"crm_token": CRM_TOKEN}
    )
    save_profile(profile, path=config_dir / "profiles.toml")
    set_secret("Work", "api-key-of-the-pbx")
    assert stored("Work", "crm_token") == CRM_TOKEN
    qloop.run_until_complete(window.profiles_page.reload())
    page = window.profiles_page
    page.profile_list.setCurrentRow(0)
    click(qtbot, page.delete_button)
    assert page.confirm_box is not None
    click(qtbot, page.confirm_box.button(page.confirm_box.StandardButton.Yes))
    wait_until(qloop, lambda: "deleted" in status(window), timeout=10)
    assert keyring.get_password(SERVICE, "Work") is None
    assert stored("Work", "crm_token") is None


def test_a_locked_keyring_is_said_plainly_and_loses_nothing(
    qtbot: Any,
    qloop: asyncio.AbstractEventLoop,
    locked: GnomeKeyring,
    window: SettingsWindow,
    config_dir: Path,
) -> None:
    editor = new_megafon_profile(qtbot, qloop, window, "https://pbx.example.ru")
    click(qtbot, editor.save_button)
    wait_until(qloop, lambda: "saved" in status(window), timeout=15)
    said = status(window)
    assert (
        "The keyring could not take its secret options, so they stay in the profiles file" in said
    )
    assert "The keyring is locked (or has no default collection): unlock it" in said
    assert window.profiles_page.status_text.property("tone") == "error"
    assert CRM_TOKEN not in said and RELAY_TOKEN not in said
    text = (config_dir / "profiles.toml").read_text(encoding="utf-8")
    assert CRM_TOKEN in text and RELAY_TOKEN in text  # nothing lost

    editor = reopen(qtbot, qloop, window)
    wait_until(qloop, lambda: editor.error_text.isVisibleTo(editor), timeout=15)
    assert editor.error_text.text().startswith(
        "The keyring cannot say which secret options it keeps: The keyring is locked"
    )
    assert cell(editor, "crm_token") == "•••••• in the profiles file until the keyring can take it"
    assert editor.options()["crm_token"] == CRM_TOKEN  # saved again as it is
    assert shown_anywhere(window, TYPED) == []
