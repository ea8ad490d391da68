import os
from pathlib import Path

import pytest

from agentdesk.core import ConfigurationError
from agentdesk.redaction import redact
from agentdesk.store.profiles import list_profiles, load_profile, parse_options, set_default

GOOD = """
version = 1
default = "work"

[profiles.work]
vendor = "daktela"
url = "https://mycompany.daktela.com/"
user = "jnovak"
extension = 201

[profiles.work.options]
api_version = "3.9"
"""


def test_the_default_profile_is_loaded_with_its_options(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text(GOOD, encoding="utf-8")
    profile = load_profile(None, path)
    assert profile.name == "work"
    assert profile.url == "https://mycompany.daktela.com"
    assert profile.extension == "201"
    assert profile.option("api_version", "4.0") == "3.9"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version = 1\n[profiles.a]\nvendor='daktela'\nurl='https://x'\n", "needs 'user'"),
        ("version = 1\n[profiles.a]\nvendor='avaya'\nurl='u'\nuser='u'\n", "unknown vendor"),
        ("version = 7\n", "newer than this AgentDesk"),
        ("this is = = not toml", "not valid TOML"),
        ("version = 1\n[profiles.a]\n[profiles.b]\n", "no default"),
    ],
)
def test_bad_files_say_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigurationError, match=message):
        load_profile(None, path)


def test_secret_options_are_masked_from_the_moment_they_are_read(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text(
        GOOD.replace('api_version = "3.9"', 'crm_token = "crm-read-4f2a"\nqueue = "support-5"'),
        encoding="utf-8",
    )
    profile = load_profile(None, path)
    assert profile.options == {"crm_token": "crm-read-4f2a", "queue": "support-5"}
    # A worker thread's result (the profile's repr) or the value alone: masked either way.
    assert redact(f"result: {profile.options['crm_token']}") == "result: ***"
    assert redact("queue support-5") == "queue support-5"
    path.write_text(GOOD.replace("3.9", '3.9"\nwebhook_secret = "hook-listed-6'), encoding="utf-8")
    list_profiles(path)
    assert redact("got hook-listed-6") == "got ***"


def test_a_missing_file_points_to_the_demo(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="--demo"):
        load_profile(None, tmp_path / "none.toml")


def test_set_options() -> None:
    assert parse_options(["a=1", "b=x=y"]) == {"a": "1", "b": "x=y"}
    with pytest.raises(ConfigurationError):
        parse_options(["novalue"])


@pytest.mark.parametrize(
    ("version", "shown"),
    [('"1"', "'1'"), ("0", "0"), ("-1", "-1"), ("1.0", "1.0"), ("true", "True"), ("[1]", "[1]")],
)
def test_a_version_that_is_not_a_version_number_is_said_so(
    tmp_path: Path, version: str, shown: str
) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text(GOOD.replace("version = 1", f"version = {version}"), encoding="utf-8")
    for read in (lambda: load_profile(None, path), lambda: list_profiles(path)):
        with pytest.raises(ConfigurationError) as raised:
            read()
        assert "newer" not in str(raised.value)
        assert f"version {shown} is not a file version" in str(raised.value)
        assert "version = 1" in str(raised.value)


def test_a_byte_order_mark_is_read_past(tmp_path: Path) -> None:
    """Windows Notepad saves UTF-8 with one."""
    path = tmp_path / "profiles.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert load_profile(None, path).user == "jnovak"
    assert [p.name for p in list_profiles(path)[0]] == ["work"]
    set_default("work", path)  # written back without it
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert load_profile(None, path).user == "jnovak"


def test_nesting_deeper_than_the_recursion_limit_is_not_valid_toml(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    path.write_text("version = 1\nx = " + "[" * 100_000 + "]" * 100_000 + "\n")
    for read in (lambda: load_profile(None, path), lambda: list_profiles(path)):
        with pytest.raises(ConfigurationError, match="not valid TOML"):
            read()


def test_a_pipe_in_its_place_is_a_clear_error_not_a_hang(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    os.mkfifo(path)
    for read in (lambda: load_profile(None, path), lambda: list_profiles(path)):
        with pytest.raises(ConfigurationError, match="not a regular file"):
            read()
