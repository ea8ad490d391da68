from pathlib import Path

import pytest

from agentdesk.core import ConfigurationError
from agentdesk.redaction import redact
from agentdesk.store.profiles import list_profiles, load_profile, parse_options

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
