"""Starting at login: the XDG autostart entry, written and removed; honest elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentdesk.core import NotSupportedError
from agentdesk.store.autostart import (
    autostart_file,
    desktop_entry,
    is_autostart_enabled,
    set_autostart,
    unsupported_reason,
)


def test_enable_writes_the_entry_under_xdg_config_home_and_disable_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = set_autostart(True, command=["agentdesk"], platform="linux")
    assert path == tmp_path / "autostart" / "agentdesk.desktop"
    text = path.read_text(encoding="utf-8")
    assert "\nExec=agentdesk\n" in text
    assert "X-GNOME-Autostart-enabled=true" in text
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert is_autostart_enabled(platform="linux")
    set_autostart(False, platform="linux")
    assert not path.exists()
    assert not is_autostart_enabled(platform="linux")
    set_autostart(False, platform="linux")  # already off: nothing to do, no error


def test_a_named_profile_is_passed_quoted(tmp_path: Path) -> None:
    path = set_autostart(
        True, profile="Home office", command=["agentdesk"], config_home=tmp_path, platform="linux"
    )
    assert '\nExec=agentdesk --profile "Home office"\n' in path.read_text(encoding="utf-8")


def test_paths_with_spaces_and_percent_signs_are_escaped() -> None:
    entry = desktop_entry(["/opt/my apps/python", "-m", "agentdesk"], "100%")
    assert '\nExec="/opt/my apps/python" -m agentdesk --profile 100%%\n' in entry


def test_home_config_when_xdg_is_unset_or_relative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert autostart_file() == tmp_path / ".config" / "autostart" / "agentdesk.desktop"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")
    assert autostart_file() == tmp_path / ".config" / "autostart" / "agentdesk.desktop"


def test_an_entry_switched_off_by_the_desktop_counts_as_off(tmp_path: Path) -> None:
    path = set_autostart(True, command=["agentdesk"], config_home=tmp_path, platform="linux")
    path.write_text(path.read_text(encoding="utf-8") + "Hidden=true\n", encoding="utf-8")
    assert not is_autostart_enabled(config_home=tmp_path, platform="linux")


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_are_told_it_is_not_supported_yet(tmp_path: Path, platform: str) -> None:
    assert "not supported on this system yet" in (unsupported_reason(platform) or "")
    with pytest.raises(NotSupportedError, match="not supported"):
        set_autostart(True, config_home=tmp_path, platform=platform)
    assert not (tmp_path / "autostart").exists()
    assert not is_autostart_enabled(config_home=tmp_path, platform=platform)
