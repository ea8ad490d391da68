"""App options: declared once, read forgivingly, written atomically, upgraded step by step."""

from __future__ import annotations

import logging
import os
import tomllib
from pathlib import Path
from typing import Any

import pytest

from agentdesk.store import settings as settings_module
from agentdesk.store.set_aside import SetAside
from agentdesk.store.settings import (
    OPTIONS,
    OPTIONS_BY_KEY,
    SETTINGS_VERSION,
    AppSettings,
    load_settings,
    options_reference,
    save_settings,
    settings_path,
    upgrade,
)

EXPECTED_DEFAULTS = {
    "notifications": True,
    "caller_card_popup": True,
    "clipboard_watcher": False,
    "confirm_dial_selection": True,
    "default_region": "CZ",
    "caller_card_screen": "",
    "start_minimised": False,
    "login_at_start": False,
    "autostart": False,
    "language": "",
    "recording_cache_days": 14,
    "history_days": 7,
    "sms_templates": "",
    "queue_refresh_seconds": 120,
    "shortcut_answer": "Ctrl+Alt+A",
    "shortcut_hangup": "Ctrl+Alt+H",
    "shortcut_toggle_ready": "Ctrl+Alt+R",
    "shortcut_dial_selection": "Ctrl+Alt+D",
    "shortcut_show_window": "Ctrl+Alt+W",
}


def test_every_option_is_declared_once_with_its_default_and_words() -> None:
    assert AppSettings().as_dict() == EXPECTED_DEFAULTS
    assert [spec.key for spec in OPTIONS] == list(EXPECTED_DEFAULTS)
    for spec in OPTIONS:
        assert spec.kind is type(EXPECTED_DEFAULTS[spec.key])
        assert spec.title and spec.description.endswith(".")
    assert (OPTIONS_BY_KEY["history_days"].minimum, OPTIONS_BY_KEY["history_days"].maximum) == (
        1,
        90,
    )
    assert "`queue_refresh_seconds`" in options_reference()


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.toml") == AppSettings()


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "settings.toml"
    changed = AppSettings().replace(
        notifications=False, default_region="sk", language="cs", history_days=30
    )
    assert changed.default_region == "SK"
    save_settings(changed, path)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["version"] == SETTINGS_VERSION
    assert load_settings(path) == changed
    assert [p.name for p in path.parent.iterdir()] == ["settings.toml"]  # no temp file left


def test_the_file_sits_beside_the_profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("agentdesk.store.profiles.config_path", lambda: tmp_path / "profiles.toml")
    assert settings_path() == tmp_path / "settings.toml"
    save_settings(AppSettings(history_days=9))
    assert load_settings().history_days == 9


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("history_days", 0),
        ("history_days", 91),
        ("history_days", "7"),
        ("history_days", True),
        ("notifications", "yes"),
        ("default_region", "XX"),
        ("language", "de"),
    ],
)
def test_replace_refuses_values_that_do_not_fit(key: str, value: object) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the reason varies by case
        AppSettings().replace(**{key: value})


def test_invalid_values_become_defaults_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'version = 1\nhistory_days = 500\nnotifications = "often"\ndefault_region = "ZZ"\n'
        "queue_refresh_seconds = 30\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="agentdesk.store.settings"):
        loaded = load_settings(path)
    assert loaded.history_days == 7
    assert loaded.notifications is True
    assert loaded.default_region == "CZ"
    assert loaded.queue_refresh_seconds == 30
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warned) == 3
    assert any("history_days" in text and "above 90" in text for text in warned)


def test_a_broken_file_gives_the_defaults_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("this is = = not toml", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="agentdesk.store.settings"):
        assert load_settings(path) == AppSettings()
    assert "not valid TOML" in caplog.text


def test_unknown_keys_are_kept_but_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'version = 1\nfuture_option = "x"\nhistory_days = 3\n[plugin]\nenabled = true\n',
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert loaded.history_days == 3
    assert dict(loaded.unknown) == {"future_option": "x", "plugin": {"enabled": True}}
    save_settings(loaded.replace(history_days=4), path)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["future_option"] == "x" and data["plugin"] == {"enabled": True}
    assert data["history_days"] == 4


def test_upgrade_steps_run_in_order_from_the_file_version() -> None:
    def rename_days(data: dict[str, Any]) -> dict[str, Any]:
        data["history_days"] = data.pop("days_of_history")
        return data

    def no_op(data: dict[str, Any]) -> dict[str, Any]:
        return data

    old = {"version": 1, "days_of_history": 5}
    upgraded = upgrade(old, steps={1: rename_days, 2: no_op}, current=3)
    assert upgraded == {"version": 3, "history_days": 5}
    assert upgrade({"version": 2, "x": 1}, steps={1: rename_days, 2: no_op}, current=3) == {
        "version": 3,
        "x": 1,
    }


def test_load_applies_the_module_upgrade_steps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def rename_days(data: dict[str, Any]) -> dict[str, Any]:
        data["history_days"] = data.pop("days_of_history")
        return data

    monkeypatch.setattr(settings_module, "UPGRADE_STEPS", {1: rename_days})
    monkeypatch.setattr(settings_module, "SETTINGS_VERSION", 2)
    path = tmp_path / "settings.toml"
    path.write_text("version = 1\ndays_of_history = 5\n", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.history_days == 5 and not loaded.unknown
    save_settings(loaded, path)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["version"] == 2


def test_a_newer_file_is_read_as_far_as_it_goes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("version = 9\nhistory_days = 12\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="agentdesk.store.settings"):
        assert load_settings(path).history_days == 12
    assert "newer AgentDesk" in caplog.text


def test_a_corrupted_settings_file_is_set_aside_not_lost(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("version = 1\nnotifications = = broken\n", encoding="utf-8")
    assert load_settings(path) == AppSettings()
    (aside,) = tmp_path.glob("settings.toml.corrupt-*")
    assert aside.read_text(encoding="utf-8").endswith("= broken\n")
    assert not path.exists()
    assert "set aside" in caplog.text


def test_a_byte_order_mark_is_read_past(tmp_path: Path) -> None:
    """Windows Notepad saves UTF-8 with one; the file is fine, so nothing is set aside."""
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\xef\xbb\xbfversion = 1\nhistory_days = 12\n")
    assert load_settings(path).history_days == 12
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]


def test_nesting_deeper_than_the_recursion_limit_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("version = 1\nx = " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert load_settings(path) == AppSettings()
    (aside,) = tmp_path.glob("settings.toml.corrupt-*")
    assert aside.stat().st_size > 200_000


def test_whoever_reads_the_settings_hears_of_a_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\xff\xfe not UTF-8")
    heard: list[SetAside] = []
    assert load_settings(path, on_set_aside=heard.append) == AppSettings()
    (aside,) = tmp_path.glob("settings.toml.corrupt-*")
    assert heard == [SetAside(original=path, kept_as=aside, why=heard[0].why)]
    assert "UTF-8" in heard[0].why


def test_a_pipe_in_its_place_does_not_hang_the_start(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    os.mkfifo(path)  # reading it would wait for a writer for ever
    assert load_settings(path) == AppSettings()


def test_a_file_far_too_big_is_set_aside_unread(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("# " + "x" * 3_000_000 + "\nhistory_days = 12\n", encoding="utf-8")
    assert load_settings(path) == AppSettings()
    (aside,) = tmp_path.glob("settings.toml.corrupt-*")
    assert aside.stat().st_size > 3_000_000
