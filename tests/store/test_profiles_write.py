"""Profiles written by AgentDesk itself: list, save, rename, delete, default; never a secret."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from agentdesk.core import ConfigurationError
from agentdesk.store.profiles import (
    Profile,
    delete_profile,
    list_profiles,
    load_profile,
    save_profile,
    set_default,
)
from agentdesk.store.secrets import get_secret, set_secret

WORK = Profile(
    name="work",
    vendor="daktela",
    url="https://mycompany.daktela.com",
    user="jnovak",
    extension="201",
    options={"api_version": "3.9", "auth": "password"},
)
HOME = Profile(name="Home office-2", vendor="daktela", url="https://other.daktela.com", user="j")


def test_no_file_means_no_profiles(tmp_path: Path) -> None:
    assert list_profiles(tmp_path / "profiles.toml") == ([], None)


def test_save_list_default_delete_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "profiles.toml"
    save_profile(WORK, path=path)
    assert list_profiles(path) == ([WORK], "work")  # the first one becomes the default
    save_profile(HOME, path=path)
    assert list_profiles(path) == ([WORK, HOME], "work")
    set_default("Home office-2", path=path)
    assert list_profiles(path)[1] == "Home office-2"
    assert load_profile(None, path) == HOME
    save_profile(WORK, make_default=True, path=path)
    assert list_profiles(path)[1] == "work"
    delete_profile("work", path=path)
    assert list_profiles(path) == ([HOME], "Home office-2")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1 and "default" not in data
    assert sorted(p.name for p in path.parent.iterdir()) == ["profiles.toml"]


def test_edit_keeps_the_place_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text(
        'version = 1\ndefault = "b"\ncomment = "mine"\n'
        '[profiles.a]\nvendor = "daktela"\nurl = "https://a"\nuser = "u"\nnote = "keep me"\n'
        '[profiles.b]\nvendor = "daktela"\nurl = "https://b"\nuser = "u"\n',
        encoding="utf-8",
    )
    edited = Profile(name="a", vendor="daktela", url="https://a2", user="v")
    save_profile(edited, path=path)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert list(data["profiles"]) == ["a", "b"]
    assert data["profiles"]["a"] == {
        "vendor": "daktela",
        "url": "https://a2",
        "user": "v",
        "note": "keep me",
    }
    assert data["comment"] == "mine" and data["default"] == "b"


def test_rename_moves_the_default_along(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    save_profile(WORK, path=path)
    save_profile(HOME, path=path)
    renamed = Profile(name="office", vendor="daktela", url=WORK.url, user=WORK.user)
    save_profile(renamed, replaces="work", path=path)
    profiles, default = list_profiles(path)
    assert [p.name for p in profiles] == ["office", "Home office-2"] and default == "office"
    assert profiles[0].options == {}
    with pytest.raises(ConfigurationError, match="exists already"):
        save_profile(
            Profile(name="office", vendor="daktela", url="https://x", user="u"),
            replaces="Home office-2",
            path=path,
        )


def test_the_file_never_holds_the_secret(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    secret = "s3cr3t-token-4f1c9a"
    set_secret("work", secret)
    save_profile(WORK, path=path)
    assert get_secret("work") == secret
    assert secret not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "1 to 40 characters"),
        ("x" * 41, "1 to 40 characters"),
        ("a/b", "letters, digits, spaces"),
        ("a.b", "letters, digits, spaces"),
        ('say "hi"', "letters, digits, spaces"),
        (" lead", "starts or ends with a space"),
    ],
)
def test_bad_names_are_refused_clearly(tmp_path: Path, name: str, message: str) -> None:
    profile = Profile(name=name, vendor="daktela", url="https://x", user="u")
    with pytest.raises(ConfigurationError, match=message):
        save_profile(profile, path=tmp_path / "profiles.toml")
    assert not (tmp_path / "profiles.toml").exists()


def test_names_may_use_any_alphabet(tmp_path: Path) -> None:
    profile = Profile(name="Práce Москва_1", vendor="daktela", url="https://x", user="u")
    save_profile(profile, path=tmp_path / "profiles.toml")
    assert load_profile("Práce Москва_1", tmp_path / "profiles.toml") == profile


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (Profile(name="a", vendor="avaya", url="https://x", user="u"), "unknown vendor"),
        (Profile(name="a", vendor="daktela", url="https://x", user=""), "needs 'user'"),
        (Profile(name="a", vendor="daktela", url="mycompany.daktela.com", user="u"), "https://"),
    ],
)
def test_incomplete_profiles_are_refused(tmp_path: Path, profile: Profile, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        save_profile(profile, path=tmp_path / "profiles.toml")


def test_unknown_names_and_newer_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    with pytest.raises(ConfigurationError, match="no profiles yet"):
        delete_profile("work", path=path)
    save_profile(WORK, path=path)
    with pytest.raises(ConfigurationError, match="no profile named 'nope'"):
        set_default("nope", path=path)
    with pytest.raises(ConfigurationError, match="no profile named 'nope'"):
        delete_profile("nope", path=path)
    path.write_text("version = 2\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="newer"):
        save_profile(WORK, path=path)
    assert path.read_text(encoding="utf-8") == "version = 2\n"
