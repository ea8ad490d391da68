"""The settings window: profiles added and tested through the editor, app options generated
from their declarations, nothing written outside the test's own directory."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from agentdesk.backends.okitoki.backend import derived_webhook_secret
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.store.profiles import Profile, list_profiles, load_profile, save_profile
from agentdesk.store.secrets import SERVICE, set_secret
from agentdesk.store.settings import OPTIONS, AppSettings, load_settings, save_settings
from agentdesk.ui.settings_window import SettingsWindow
from tests.conftest import MemoryKeyring
from tests.ui.conftest import wait_until


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Profiles, settings and the autostart entry all under ``tmp_path``."""
    monkeypatch.setattr("agentdesk.store.profiles.config_path", lambda: tmp_path / "profiles.toml")
    monkeypatch.setattr(
        "agentdesk.store.settings.settings_path", lambda: tmp_path / "settings.toml"
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path


@pytest.fixture
def settings_window(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, config_dir: Path
) -> Iterator[SettingsWindow]:
    window = SettingsWindow()
    qtbot.addWidget(window)
    yield window
    window.close()
    qloop.run_until_complete(window.tasks.wait_all())


def present(loop: asyncio.AbstractEventLoop, window: SettingsWindow, page: str = "") -> None:
    loop.run_until_complete(window.present(page))


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def status_of(window: SettingsWindow) -> str:
    return window.profiles_page.status_text.text()


def test_a_profile_added_through_the_editor_is_written_and_its_secret_kept_in_the_keyring(
    qtbot: Any,
    qloop: asyncio.AbstractEventLoop,
    settings_window: SettingsWindow,
    config_dir: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    present(qloop, settings_window)
    page = settings_window.profiles_page
    assert page.profile_list.count() == 0
    assert "No profiles yet" in status_of(settings_window)
    changes: list[None] = []
    settings_window.profiles_changed.connect(lambda: changes.append(None))

    click(qtbot, page.add_button)
    editor = page.editor
    assert page.stack.currentWidget() is editor
    qtbot.keyClicks(editor.name_edit, "Work/Office")  # the slash is refused as typed
    assert editor.name_edit.text() == "WorkOffice"
    editor.name_edit.setText("Work")
    qtbot.keyClicks(editor.url_edit, "https://mycompany.daktela.com/")
    qtbot.keyClicks(editor.user_edit, "jnovak")
    qtbot.keyClicks(editor.extension_edit, "201")
    qtbot.keyClicks(editor.secret_edit, "s3cr3t-token")
    assert editor.secret_edit.echoMode() == QLineEdit.EchoMode.Password
    editor.add_known_option("auth")
    editor.add_known_option("api_version")
    editor.options_table.item(1, 1).setText("3.9")  # type: ignore[union-attr]
    click(qtbot, editor.save_button)

    wait_until(qloop, lambda: "saved" in status_of(settings_window))
    assert page.stack.currentIndex() == 0
    assert changes
    assert load_profile(None, config_dir / "profiles.toml") == Profile(
        name="Work",
        vendor="daktela",
        url="https://mycompany.daktela.com",
        user="jnovak",
        extension="201",
        options={"auth": "token", "api_version": "3.9"},
    )
    assert memory_keyring.secrets[(SERVICE, "Work")] == "s3cr3t-token"
    assert "s3cr3t" not in (config_dir / "profiles.toml").read_text(encoding="utf-8")
    assert page.profile_list.currentItem().text() == "Work (default)"


def test_the_editor_says_what_is_missing_and_writes_nothing(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow, config_dir: Path
) -> None:
    present(qloop, settings_window)
    page = settings_window.profiles_page
    click(qtbot, page.add_button)
    editor = page.editor
    click(qtbot, editor.save_button)
    assert editor.error_text.isVisible() and "name" in editor.error_text.text()
    editor.name_edit.setText("Work")
    editor.url_edit.setText("mycompany.daktela.com")
    click(qtbot, editor.save_button)
    assert "https://" in editor.error_text.text()
    editor.url_edit.setText("https://mycompany.daktela.com")
    editor.user_edit.setText("jnovak")
    click(qtbot, editor.save_button)
    assert "secret" in editor.error_text.text()
    editor.secret_edit.setText("x")
    editor.add_known_option("auth")
    editor.options_table.item(0, 1).setText("cookie")  # type: ignore[union-attr]
    click(qtbot, editor.save_button)
    assert "token, password" in editor.error_text.text()
    click(qtbot, editor.cancel_button)
    assert page.stack.currentIndex() == 0
    assert not (config_dir / "profiles.toml").exists()


def test_without_a_keyring_the_profile_is_saved_and_the_agent_told_why_not_the_secret(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow, config_dir: Path
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse fixture restores it
    present(qloop, settings_window)
    page = settings_window.profiles_page
    click(qtbot, page.add_button)
    editor = page.editor
    editor.name_edit.setText("Work")
    editor.url_edit.setText("https://mycompany.daktela.com")
    editor.user_edit.setText("jnovak")
    editor.secret_edit.setText("s3cr3t")
    click(qtbot, editor.save_button)
    wait_until(qloop, lambda: "saved" in status_of(settings_window))
    assert "but not its secret" in status_of(settings_window)
    assert "no keyring is available" in status_of(settings_window)
    assert page.status_text.property("tone") == "error"
    assert [p.name for p in list_profiles(config_dir / "profiles.toml")[0]] == ["Work"]


def test_edit_rename_make_default_and_delete(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow, config_dir: Path
) -> None:
    path = config_dir / "profiles.toml"
    save_profile(Profile("Work", "daktela", "https://a.daktela.com", "jnovak"), path=path)
    save_profile(Profile("Home", "daktela", "https://b.daktela.com", "jnovak"), path=path)
    set_secret("Work", "work-token")
    set_secret("Home", "home-token")
    present(qloop, settings_window)
    page = settings_window.profiles_page
    assert [page.profile_list.item(i).text() for i in range(2)] == ["Work (default)", "Home"]

    page.profile_list.setCurrentRow(1)
    click(qtbot, page.default_button)
    wait_until(qloop, lambda: list_profiles(path)[1] == "Home")
    wait_until(qloop, lambda: page.profile_list.item(1).text() == "Home (default)")

    page.profile_list.setCurrentRow(0)
    click(qtbot, page.edit_button)
    editor = page.editor
    assert editor.url_edit.text() == "https://a.daktela.com"
    assert "keep the stored secret" in editor.secret_edit.placeholderText()
    editor.user_edit.setText("jana")
    click(qtbot, editor.save_button)  # no secret typed: the stored one stays
    wait_until(qloop, lambda: "saved" in status_of(settings_window))
    assert load_profile("Work", path).user == "jana"

    page.profile_list.setCurrentRow(0)
    click(qtbot, page.delete_button)
    box = page.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible() and "Work" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    wait_until(qloop, lambda: "deleted" in status_of(settings_window))
    assert [p.name for p in list_profiles(path)[0]] == ["Home"]
    assert page.profile_list.count() == 1
    assert keyring.get_password("agentdesk", "Work") is None, "no secret left behind"
    assert keyring.get_password("agentdesk", "Home") == "home-token"


def test_test_connection_against_the_simulator_names_the_agent_or_reports_the_refusal(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow, config_dir: Path
) -> None:
    sim = DaktelaSimulator()
    qloop.run_until_complete(sim.start())
    try:
        save_profile(
            Profile("Sim", "daktela", sim.url, sim.login), path=config_dir / "profiles.toml"
        )
        set_secret("Sim", sim.token)
        present(qloop, settings_window)
        page = settings_window.profiles_page
        click(qtbot, page.test_button)
        assert page.busy.isVisible() and page.test_button.text() == "Stop &test"
        wait_until(qloop, lambda: "Connected" in status_of(settings_window), timeout=5)
        assert status_of(settings_window) == f"Connected: agent {sim.title}, state Ready."
        assert not page.busy.isVisible() and page.test_button.text() == "&Test connection"

        click(qtbot, page.edit_button)
        page.editor.secret_edit.setText("not-the-token")
        click(qtbot, page.editor.test_button)  # tests the fields, before saving them
        wait_until(qloop, lambda: "refused" in status_of(settings_window), timeout=5)
        assert status_of(settings_window).startswith("The call centre refused the secret.")
        assert page.status_text.property("tone") == "error"
    finally:
        settings_window.close()
        qloop.run_until_complete(settings_window.tasks.wait_all())
        qloop.run_until_complete(sim.stop())


def test_an_unreachable_call_centre_is_named(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow, config_dir: Path
) -> None:
    async def free_port() -> int:
        server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
        port: int = server.sockets[0].getsockname()[1]
        server.close()
        await server.wait_closed()
        return port

    url = f"http://127.0.0.1:{qloop.run_until_complete(free_port())}"
    save_profile(Profile("Gone", "daktela", url, "agent"), path=config_dir / "profiles.toml")
    set_secret("Gone", "x")
    present(qloop, settings_window)
    click(qtbot, settings_window.profiles_page.test_button)
    wait_until(qloop, lambda: "Cannot reach" in status_of(settings_window), timeout=5)
    assert url in status_of(settings_window)


def test_closing_the_window_cancels_a_test_that_gets_no_answer(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow, config_dir: Path
) -> None:
    accepted = asyncio.Event()

    async def never_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.set()
        await reader.read()  # until the client goes away
        writer.close()

    server = qloop.run_until_complete(asyncio.start_server(never_answer, "127.0.0.1", 0))
    try:
        url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        save_profile(Profile("Slow", "daktela", url, "agent"), path=config_dir / "profiles.toml")
        set_secret("Slow", "x")
        present(qloop, settings_window)
        page = settings_window.profiles_page
        click(qtbot, page.test_button)
        qloop.run_until_complete(asyncio.wait_for(accepted.wait(), 5))
        assert page.testing and page.busy.isVisible()
        settings_window.close()
        assert not page.testing and not page.busy.isVisible()
        qloop.run_until_complete(settings_window.tasks.wait_all())
        assert settings_window.tasks.pending == 0
        assert status_of(settings_window) == ""
    finally:
        server.close()
        qloop.run_until_complete(server.wait_closed())


def test_the_general_page_has_one_control_per_declared_option(
    qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow
) -> None:
    present(qloop, settings_window, "general")
    page = settings_window.general_page
    assert settings_window.tabs.currentWidget() is page
    assert list(page.controls) == [spec.key for spec in OPTIONS]
    for spec in OPTIONS:
        widget = page.controls[spec.key].widget
        expected = {bool: QCheckBox, int: QSpinBox, str: QComboBox}[spec.kind]
        assert isinstance(widget, expected), spec.key
        assert page.controls[spec.key].value() == spec.default
        if isinstance(widget, QSpinBox):
            assert (widget.minimum(), widget.maximum()) == (spec.minimum, spec.maximum)
    region = page.controls["default_region"].widget
    assert isinstance(region, QComboBox) and region.isEditable()
    assert [region.itemText(i) for i in range(5)] == ["CZ", "SK", "PL", "UA", "RU"]
    language = page.controls["language"].widget
    assert isinstance(language, QComboBox) and not language.isEditable()
    assert [language.itemData(i) for i in range(language.count())] == ["", "en", "cs", "ru", "es"]


def test_save_writes_the_settings_sets_autostart_and_emits_them(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow, config_dir: Path
) -> None:
    save_settings(AppSettings(history_days=30), config_dir / "settings.toml")
    present(qloop, settings_window, "general")
    page = settings_window.general_page
    controls = page.controls
    history = controls["history_days"].widget
    assert isinstance(history, QSpinBox) and history.value() == 30
    emitted: list[object] = []
    settings_window.settings_changed.connect(emitted.append)

    region = controls["default_region"].widget
    assert isinstance(region, QComboBox)
    region.setEditText("xx")
    click(qtbot, page.save_button)
    assert "not a valid value for Default region" in page.status_text.text()
    assert not emitted

    region.setEditText("sk")
    notifications = controls["notifications"].widget
    assert isinstance(notifications, QCheckBox)
    click(qtbot, notifications)
    autostart_box = controls["autostart"].widget
    assert isinstance(autostart_box, QCheckBox)
    click(qtbot, autostart_box)
    history.setValue(45)
    click(qtbot, page.save_button)
    wait_until(qloop, lambda: bool(emitted))

    expected = AppSettings(
        notifications=False, default_region="SK", autostart=True, history_days=45
    )
    assert emitted == [expected]
    assert settings_window.settings == expected
    assert load_settings(config_dir / "settings.toml") == expected
    entry = config_dir / "xdg" / "autostart" / "agentdesk.desktop"
    assert "X-GNOME-Autostart-enabled=true" in entry.read_text(encoding="utf-8")

    click(qtbot, autostart_box)
    click(qtbot, page.save_button)
    wait_until(qloop, lambda: len(emitted) == 2)
    assert not entry.exists()


def _mnemonics(widgets: list[QWidget]) -> list[str]:
    found = []
    for widget in widgets:
        if isinstance(widget, QAbstractButton | QLabel) and widget.isVisible():
            match = re.search(r"&([^&])", widget.text())
            if match:
                found.append(match.group(1).lower())
    return found


def test_every_control_is_named_for_assistive_technology_and_mnemonics_do_not_clash(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow, config_dir: Path
) -> None:
    save_profile(Profile("Work", "daktela", "https://a", "u"), path=config_dir / "profiles.toml")
    present(qloop, settings_window)
    tabs = [settings_window.tabs.tabText(i)[1].lower() for i in range(2)]
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QListWidget, QTableWidget)

    def check_page() -> None:
        widgets = settings_window.findChildren(QWidget)
        for widget in widgets:
            inner = isinstance(widget.parent(), QComboBox | QAbstractSpinBox)  # their line edits
            if isinstance(widget, controls) and widget.isVisible() and not inner:
                name = widget.accessibleName() or (
                    widget.text() if isinstance(widget, QAbstractButton) else ""
                )
                assert name, f"{type(widget).__name__} {widget.objectName()} has no name"
        letters = _mnemonics(widgets) + tabs
        assert len(letters) == len(set(letters)), sorted(letters)

    check_page()
    click(qtbot, settings_window.profiles_page.edit_button)
    check_page()
    settings_window.tabs.setCurrentWidget(settings_window.general_page)
    check_page()


def test_an_oki_toki_profile_shows_where_oki_toki_must_post_its_events(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow
) -> None:
    present(qloop, settings_window)
    page = settings_window.profiles_page
    click(qtbot, page.add_button)
    editor = page.editor
    editor.vendor_combo.setCurrentIndex(editor.vendor_combo.findData("okitoki"))
    assert editor.url_edit.placeholderText() == "https://mycompany.oki-toki.net"
    assert editor.user_edit.placeholderText() == "Your user number"
    assert not editor.webhook_text.isVisibleTo(editor)  # no receiver port: no live calls

    editor.add_known_option("statuses")
    editor.add_option_row("webhook_port", "8765")
    editor.secret_edit.setText("api-token-1")
    assert editor.webhook_text.isVisibleTo(editor)
    expected = f"http://127.0.0.1:8765/okitoki?secret={derived_webhook_secret('api-token-1')}"
    assert expected in editor.webhook_text.text()
    assert "session_id" in editor.webhook_text.text()


def test_a_megafon_profile_says_where_the_pbx_must_post(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow
) -> None:
    present(qloop, settings_window)
    page = settings_window.profiles_page
    click(qtbot, page.add_button)
    editor = page.editor
    editor.vendor_combo.setCurrentIndex(editor.vendor_combo.findData("megapbx"))
    assert editor.webhook_text.isVisibleTo(editor)
    assert "http://127.0.0.1:8091/megapbx" in editor.webhook_text.text()
    editor.add_option_row("listen", "0.0.0.0:9000")
    editor.add_option_row("path", "crm")
    assert "http://0.0.0.0:9000/crm" in editor.webhook_text.text()
    assert "reverse proxy or VPN" in editor.webhook_text.text()


@pytest.mark.parametrize("vendor", ["megapbx", "okitoki"])
def test_with_a_relay_the_editor_sends_the_vendor_to_the_relay_not_to_this_computer(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow, vendor: str
) -> None:
    present(qloop, settings_window)
    page = settings_window.profiles_page
    click(qtbot, page.add_button)
    editor = page.editor
    editor.vendor_combo.setCurrentIndex(editor.vendor_combo.findData(vendor))
    editor.add_option_row("webhook_port", "8765")
    editor.add_option_row("relay_url", "https://relay.example.ru")
    assert editor.webhook_text.isVisibleTo(editor)
    assert "company relay https://relay.example.ru" in editor.webhook_text.text()
    assert "127.0.0.1" not in editor.webhook_text.text()


def test_a_megafon_login_is_picked_from_the_pbxs_users(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow
) -> None:
    sim = MegaPbxSimulator()
    qloop.run_until_complete(sim.start())
    try:
        present(qloop, settings_window)
        page = settings_window.profiles_page
        click(qtbot, page.add_button)
        editor = page.editor
        editor.vendor_combo.setCurrentIndex(editor.vendor_combo.findData("megapbx"))
        editor.url_edit.setText(sim.url)
        editor.secret_edit.setText(sim.api_key)
        click(qtbot, editor.user_pick_button)
        wait_until(qloop, lambda: getattr(page, "users_menu", None) is not None)
        choices = [a.text() for a in page.users_menu.actions()]
        assert any(text.startswith(sim.agent.login) for text in choices)
        page.users_menu.actions()[0].trigger()
        assert editor.user_edit.text() == choices[0].split(" — ")[0]
        page.users_menu.close()
    finally:
        qloop.run_until_complete(sim.stop())


def test_the_login_picker_is_only_for_vendors_that_list_users(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, settings_window: SettingsWindow
) -> None:
    present(qloop, settings_window)
    page = settings_window.profiles_page
    click(qtbot, page.add_button)
    editor = page.editor
    editor.vendor_combo.setCurrentIndex(editor.vendor_combo.findData("daktela"))
    assert not editor.user_pick_button.isVisibleTo(editor)
    editor.vendor_combo.setCurrentIndex(editor.vendor_combo.findData("megapbx"))
    assert editor.user_pick_button.isVisibleTo(editor)
