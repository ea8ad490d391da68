"""Corrupted configuration files: profiles.toml gives a ConfigurationError that says what is
wrong (the window shows it, no traceback); settings.toml gives the defaults with a warning;
window-state.json gives the defaults; a damaged outbox is set aside and a fresh one works, and
a damaged row in it is read as Unreadable, never raised."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.core import ConfigurationError, Disposition
from agentdesk.gui_main import open_session
from agentdesk.store.outbox import (
    Outbox,
    Unreadable,
    disposition_from_json,
    disposition_to_json,
)
from agentdesk.store.profiles import list_profiles, load_profile
from agentdesk.store.settings import AppSettings, load_settings
from agentdesk.store.window_state import CardPlace, WindowState, load_window_state
from tests.property.strategies import FUZZ, json_values, mutated, traps, typed_error
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


GOOD_WINDOW_STATE = {
    "main_geometry": "AdnQywADAAAAAAAAAAAAAA==",
    "card": {"screen": "HDMI-1", "x": 40, "y": 60},
    "tray_close_explained": True,
}


def _json_files(good: dict[str, Any]) -> st.SearchStrategy[bytes]:
    """A JSON file: the good one with parts retyped or dropped, cut anywhere, nested deep,
    or junk."""
    text = json.dumps(good)
    cut = st.integers(min_value=0, max_value=len(text)).map(lambda n: text[:n])
    deep = st.integers(min_value=1, max_value=100_000).map(lambda n: "[" * n + "]" * n)
    return st.one_of(
        mutated(good).map(lambda value: json.dumps(value).encode()),
        cut.map(str.encode),
        deep.map(str.encode),
        st.binary(max_size=80),
        st.text(max_size=80).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
        traps.map(str.encode),
        st.just(b"\xef\xbb\xbf" + text.encode()),
        st.just(text.encode("utf-16")),
    )


@FUZZ
@given(_json_files(GOOD_WINDOW_STATE))
def test_a_corrupted_window_state_gives_what_could_be_read(data: bytes) -> None:
    state = load_window_state(_write(data))
    assert isinstance(state, WindowState)
    assert isinstance(state.main_geometry, bytes)
    assert isinstance(state.tray_close_explained, bool)
    card = state.card
    assert card is None or (
        isinstance(card, CardPlace)
        and isinstance(card.screen, str)
        and type(card.x) is int
        and type(card.y) is int
    )


def _healthy_outbox() -> bytes:
    """An outbox file with a few entries, checkpointed into the one file."""
    path = Path(tempfile.mkdtemp()) / "outbox.sqlite3"
    outbox = Outbox(path)
    for number in range(12):
        outbox.add("work", Disposition(f"c{number}", "order", note="x" * 300))
    outbox.close()  # the last connection checkpoints the log into the file
    return path.read_bytes()


HEALTHY_OUTBOX = _healthy_outbox()


def _damage() -> st.SearchStrategy[tuple[int, int, bytes]]:
    """Where a healthy outbox is spoilt: ``(at, keep, junk)`` overwrites bytes from ``at`` with
    ``junk`` and keeps the first ``keep`` bytes (a file cut short); small, so that Hypothesis
    can show a failing example."""
    size = len(HEALTHY_OUTBOX)
    return st.tuples(
        st.integers(min_value=0, max_value=size - 1),
        st.just(size) | st.integers(min_value=0, max_value=size),
        st.binary(max_size=64),
    )


@FUZZ
@given(_damage(), st.none() | st.binary(max_size=200))
def test_a_damaged_outbox_opens_fresh_or_as_it_is_and_works(
    damage: tuple[int, int, bytes], junk_file: bytes | None
) -> None:
    at, keep, junk = damage
    spoilt = (HEALTHY_OUTBOX[:at] + junk + HEALTHY_OUTBOX[at + len(junk) :])[:keep]
    data = spoilt if junk_file is None else junk_file
    path = Path(tempfile.mkdtemp()) / "outbox.sqlite3"
    path.write_bytes(data)
    outbox = Outbox(path)
    try:
        if outbox.set_aside is not None:
            assert outbox.set_aside.kept_as.read_bytes() == data
        entries = outbox.pending("work")  # whatever was readable, and never an exception
        assert all(isinstance(e.disposition, Disposition | Unreadable) for e in entries)
        added = outbox.add("work", Disposition("new", "order"))
        assert added in [e.id for e in outbox.pending("work")]
        outbox.failed(added, "refused")
        assert added in [e.id for e in outbox.refused("work")]
        outbox.discard(added)
        outbox.counts("work")
    finally:
        outbox.close()


GOOD_PAYLOAD = json.loads(
    disposition_to_json(
        Disposition(
            "c1",
            "callback",
            {"product": "Modem"},
            note="Chce technika",
            callback_at=datetime(2026, 11, 24, 10, 30, tzinfo=UTC),
            then_pause="lunch",
        )
    )
)


def _payloads() -> st.SearchStrategy[object]:
    """What a row's payload may hold: JSON of a mutated wrap-up, or anything SQLite stores."""
    return st.one_of(
        mutated(GOOD_PAYLOAD).map(json.dumps),
        json_values.map(json.dumps),
        st.text(max_size=40),
        st.binary(max_size=40),
        st.integers(min_value=-(2**63), max_value=2**63 - 1),
        st.floats(allow_nan=False),
    )


@FUZZ
@given(_payloads())
def test_a_stored_payload_is_a_disposition_or_says_why_not(payload: object) -> None:
    error = typed_error(ValueError, lambda: disposition_from_json(payload))
    if error is not None:
        assert str(error), "a ValueError that does not say why"
        return
    disposition = disposition_from_json(payload)
    assert isinstance(disposition.call_id, str) and isinstance(disposition.status_id, str)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in disposition.fields.items())
    assert disposition.note is None or isinstance(disposition.note, str)
    assert disposition.then_pause is None or isinstance(disposition.then_pause, str)
    assert disposition_from_json(disposition_to_json(disposition)) == disposition


@FUZZ
@given(_payloads(), json_values)
def test_a_damaged_row_is_read_as_unreadable_never_raised(payload: object, created: Any) -> None:
    path = Path(tempfile.mkdtemp()) / "outbox.sqlite3"
    outbox = Outbox(path)
    try:
        entry_id = outbox.add("work", Disposition("c1", "order"))
        with contextlib.closing(sqlite3.connect(path)) as db, db:
            db.execute(
                "UPDATE outbox SET payload = ?, created = ? WHERE id = ?",
                (payload, json.dumps(created), entry_id),
            )
        (entry,) = outbox.pending("work")
        if isinstance(entry.disposition, Unreadable):
            assert "could not read" in entry.disposition.reason
        else:
            assert entry.disposition == disposition_from_json(payload)
    finally:
        outbox.close()
