"""Corrupted configuration files: profiles.toml gives a ConfigurationError that says what is
wrong (the window shows it, no traceback); settings.toml gives the defaults with a warning."""

from __future__ import annotations

import asyncio
import logging
import tempfile
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.core import ConfigurationError
from agentdesk.gui_main import open_session
from agentdesk.store.profiles import list_profiles, load_profile
from agentdesk.store.settings import AppSettings, load_settings
from tests.property.strategies import FUZZ, mutated, traps, typed_error
from tests.ui.conftest import RecordingMessageBus, messages, qloop, wait_until  # noqa: F401

GOOD_PROFILES = {
    "version": 1,
    "default": "work",
    "profiles": {
        "work": {
            "vendor": "daktela",
            "url": "https://acme.daktela.test",
            "user": "jnovak",
            "extension": "201",
            "options": {"api_version": "4.0"},
        }
    },
}
GOOD_SETTINGS = {
    "version": 1,
    "default_region": "CZ",
    "caller_card_popup": True,
    "queue_refresh_seconds": 30,
    "language": "cs",
}


def _toml_or_none(value: Any) -> str | None:
    """``value`` as TOML when it is a table TOML can hold (no None anywhere)."""
    if not isinstance(value, dict):
        return None
    try:
        return tomli_w.dumps(value)
    except (TypeError, ValueError):
        return None


def _files(good: dict[str, Any]) -> st.SearchStrategy[bytes]:
    """A config file: the good one with parts retyped or dropped, cut anywhere, or junk."""
    text = tomli_w.dumps(good)
    # No .filter(): its repr of the strategy (traps included) is too big for Hypothesis.
    mutated_toml = mutated(good).map(lambda value: _toml_or_none(value) or text)
    cut = st.integers(min_value=0, max_value=len(text)).map(lambda n: text[:n])
    return st.one_of(
        mutated_toml.map(lambda t: str(t).encode()),
        cut.map(str.encode),
        st.binary(max_size=80),
        st.text(max_size=80).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
        traps.map(str.encode),
        st.just(text.encode("utf-16")),
    )


def _write(data: bytes) -> Path:
    folder = Path(tempfile.mkdtemp())
    path = folder / "config.toml"
    path.write_bytes(data)
    return path


@FUZZ
@given(_files(GOOD_PROFILES), st.sampled_from([None, "work", "home"]))
def test_a_corrupted_profiles_file_is_a_configuration_error(data: bytes, name: str | None) -> None:
    path = _write(data)
    for read in (lambda: load_profile(name, path), lambda: list_profiles(path)):
        error = typed_error(ConfigurationError, read)
        assert error is None or str(error), "a ConfigurationError without a message"


@FUZZ
@given(_files(GOOD_SETTINGS) | _files({**GOOD_SETTINGS, "version": 7}))
def test_a_corrupted_settings_file_gives_defaults(data: bytes) -> None:
    settings = load_settings(_write(data))
    assert isinstance(settings, AppSettings)
    AppSettings().replace(**settings.as_dict())  # every value read is one the options accept


@pytest.mark.parametrize(
    "text",
    [
        b"version = 1\ndefault = 'work'\n[profiles.work\nvendor = ",
        b"\xff\xfe\x00v",
        b"profiles = 3\n",
        b"default = ['work']\n[profiles.work]\nvendor = 'daktela'\n",
        b"profiles = { work = 'daktela' }\n",
        b"[profiles.work]\nvendor = 'daktela'\noptions = [1]\n",
    ],
)
def test_each_corruption_says_where(text: bytes, caplog: pytest.LogCaptureFixture) -> None:
    path = _write(text)
    with pytest.raises(ConfigurationError, match=str(path.parent.name)):
        load_profile(None, path)
    with caplog.at_level(logging.WARNING, logger="agentdesk.store.settings"):
        assert load_settings(path).as_dict() == AppSettings().as_dict()


def test_a_profiles_folder_instead_of_a_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="cannot read"):
        load_profile(None, tmp_path)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_window_shows_a_corrupted_profiles_file(
    qloop: asyncio.AbstractEventLoop,  # noqa: F811
    messages: RecordingMessageBus,  # noqa: F811
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from agentdesk.ui.app import Shell
    from agentdesk.ui.messages import Level

    path = tmp_path / "profiles.toml"
    path.write_bytes(b"version = 1\n[profiles.work]\nvendor = 'daktela'\nurl = ")
    monkeypatch.setattr("agentdesk.store.profiles.config_path", lambda: path)
    shell = Shell(bus=messages, tray_available=lambda: False)
    qtbot.addWidget(shell.window)
    task = qloop.create_task(shell.run(lambda: open_session(None)))
    wait_until(qloop, lambda: messages.texts(Level.ERROR))
    [shown] = messages.texts(Level.ERROR)
    assert str(path) in shown and "not valid TOML" in shown
    assert "Traceback" not in shown and shell.session is None
    assert shell.window.banner.text.text() == shown
    shell.window.close()
    wait_until(qloop, task.done)
    assert task.result() == 0
