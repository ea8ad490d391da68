"""Damaged files in the running app: a damaged outbox is set aside at the start, the agent
is told where it was kept, and the session runs; a stored wrap-up that cannot be read is
listed with the refused ones, with why; a settings file set aside is told too."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from agentdesk.core import Disposition
from agentdesk.gui_main import open_session
from agentdesk.outbox_delivery import OutboxChanged
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.store import outbox as outbox_store
from agentdesk.store.outbox import Outbox
from agentdesk.store.profiles import config_path
from agentdesk.store.secrets import set_secret
from agentdesk.store.settings import settings_path
from agentdesk.ui.app import Shell, run_app
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.messages import Level
from tests.ui.conftest import RecordingMessageBus, wait_connected, wait_until
from tests.ui.fake_backend import FakeBackend

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _profile_for(sim: DaktelaSimulator) -> None:
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(
        f'version = 1\ndefault = "work"\n\n[profiles.work]\nvendor = "daktela"\n'
        f'url = "{sim.url}"\nuser = "{sim.login}"\n',
        encoding="utf-8",
    )
    set_secret("work", sim.token)


def test_a_damaged_outbox_is_set_aside_told_and_the_session_runs(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    make_shell: Callable[..., Shell],
) -> None:
    damaged = outbox_store.default_path()
    damaged.parent.mkdir(parents=True, exist_ok=True)
    damaged.write_bytes(b"not a database, whatever it once was\n" * 50)
    sim = DaktelaSimulator(seed_history=False)
    qloop.run_until_complete(sim.start())
    _profile_for(sim)
    shell = make_shell()
    running = qloop.create_task(shell.run(lambda: open_session(None), sim.stop))
    try:
        session = wait_connected(qloop, shell)
        (kept,) = damaged.parent.glob("outbox.sqlite3.corrupt-*")
        assert kept.read_bytes() == b"not a database, whatever it once was\n" * 50
        (told,) = messages.texts(Level.WARNING)
        assert str(kept) in told and str(damaged) in told
        assert messages.texts(Level.ERROR) == []
        assert shell.window.banner.text.text() == told
        # The fresh outbox works: a wrap-up goes through it to the vendor.
        call_id = sim.ring("601234567")
        sim.pick_up()
        sim.customer_hangup()
        qloop.run_until_complete(session.dispose(Disposition(call_id, "objednavka")))
        assert call_id in sim.disposed_calls()
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))


def test_the_window_lists_an_unreadable_stored_wrap_up_with_why(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    window: MainWindow,
    tmp_path: Path,
    qtbot: Any,
) -> None:
    path = tmp_path / "outbox.sqlite3"
    outbox = Outbox(path)
    bad = outbox.add("work", Disposition("c1", "order"))
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE outbox SET payload = 'half a wrap-u' WHERE id = ?", (bad,))
    session = Session(
        FakeBackend(), policy=ReconnectPolicy(rand=lambda: 1.0), outbox=outbox, profile_key="work"
    )
    try:
        window.attach(session)
        qloop.run_until_complete(_start(session))
        wait_until(qloop, lambda: session.outbox_counts == OutboxChanged(0, 1))
        (told,) = messages.texts(Level.WARNING)
        assert "could not read" in told and "not sent" in told
        assert window.outbox_status.isVisibleTo(window)
        window.outbox_status.review_refused_writes()
        wait_until(qloop, lambda: isinstance(window.outbox_status.refused_prompt, QMessageBox))
        prompt = window.outbox_status.refused_prompt
        assert isinstance(prompt, QMessageBox)
        assert "could not read" in prompt.informativeText()
        prompt.close()
    finally:
        qloop.run_until_complete(session.stop())
        outbox.close()


async def _start(session: Session) -> None:
    session.start()


def test_the_app_tells_the_agent_of_a_settings_file_set_aside(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through run_app itself: the settings are read before any window exists."""
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("notifications = = broken\n", encoding="utf-8")
    monkeypatch.setenv("AGENTDESK_INSTANCE", f"agentdesk-test-{uuid.uuid4().hex}")
    shown: list[str] = []

    async def create() -> Session:
        shown_windows = [w for w in qapp.topLevelWidgets() if w.isVisible()]
        (window,) = [w for w in shown_windows if isinstance(w, MainWindow)]
        window.bus.posted.connect(lambda message: shown.append(message.text))
        shown.append(window.banner.text.text())
        window.quit_action.trigger()
        await asyncio.Event().wait()  # the agent quits before a session is made
        raise AssertionError("not reached")

    assert run_app(create) == 0
    (kept,) = settings_path().parent.glob("settings.toml.corrupt-*")
    assert kept.read_text(encoding="utf-8") == "notifications = = broken\n"
    assert any(str(kept) in text for text in shown), shown
