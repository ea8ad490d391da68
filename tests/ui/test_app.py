"""The bootstrap's pieces, in the test's QApplication (never a second one)."""

from __future__ import annotations

import asyncio
import hashlib
import os
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from agentdesk.core import (
    CallAnswered,
    CallerInfo,
    CallPhase,
    ConfigurationError,
    ConnectionState,
    WebhookFigures,
)
from agentdesk.session import Session
from agentdesk.store.contacts import ContactDirectory, import_file
from agentdesk.store.settings import AppSettings
from agentdesk.ui.app import Shell, app_icon, grab_window_png
from agentdesk.ui.messages import Level
from agentdesk.ui.single_instance import SingleInstance
from tests.ui.conftest import RecordingMessageBus, wait_until
from tests.ui.fake_backend import SUPPORT_FORM, FakeBackend, inbound_call

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen cannot, and says so


def test_shell_runs_a_session_until_quit(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    backend = FakeBackend()
    cleaned: list[str] = []
    shell = Shell(title="AgentDesk — demo", bus=messages, tray_available=lambda: False)
    qtbot.addWidget(shell.window)

    async def create() -> Session:
        return Session(backend)

    async def cleanup() -> None:
        assert backend.closed  # the session stops first
        cleaned.append("done")

    async def agent() -> None:
        while shell.session is None or shell.session.connection.state is not (  # noqa: ASYNC110
            ConnectionState.CONNECTED
        ):
            await asyncio.sleep(0.005)
        assert shell.window.isVisible()
        assert shell.window.windowTitle() == "AgentDesk — demo"
        shell.window.quit_action.trigger()

    async def both() -> int:
        code, _ = await asyncio.wait_for(
            asyncio.gather(shell.run(create, cleanup), agent()), timeout=5
        )
        return code

    assert qloop.run_until_complete(both()) == 0
    assert cleaned == ["done"]
    assert backend.closed
    assert not shell.window.isVisible()


def test_shell_shows_a_setup_error_and_still_quits(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    shell = Shell(bus=messages, tray_available=lambda: False)
    qtbot.addWidget(shell.window)
    text = "No keyring on this machine; set AGENTDESK_SECRET."

    async def create() -> Session:
        raise ConfigurationError(text)

    task = qloop.create_task(shell.run(create))
    wait_until(qloop, lambda: messages.texts(Level.ERROR))
    assert messages.texts(Level.ERROR) == [text]
    assert shell.window.banner.text.text() == text
    shell.window.close()  # no tray: closing the window quits
    wait_until(qloop, task.done)
    assert task.result() == 0


def test_with_a_tray_closing_only_hides(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    shell = Shell(bus=messages, tray_available=lambda: True)
    qtbot.addWidget(shell.window)
    shell.window.close()
    assert not shell.quitting
    shell.tray.quit_action.trigger()
    assert shell.quitting


def test_grab_window_png(tmp_path: Path, messages: RecordingMessageBus, qtbot: Any) -> None:
    shell = Shell(bus=messages, tray_available=lambda: False)
    qtbot.addWidget(shell.window)
    path = tmp_path / "window.png"
    assert grab_window_png(shell.window, path)
    assert path.read_bytes().startswith(b"\x89PNG")


def test_app_icon_loads(qapp: Any) -> None:
    assert not app_icon().isNull()


def test_a_tel_link_clicked_elsewhere_is_dialled_by_the_running_shell(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`agentdesk dial tel:...` (as the desktop's link handler runs it) reaches this app."""
    name = f"agentdesk-test-{os.getpid()}-{hashlib.sha256(str(tmp_path).encode()).hexdigest()[:12]}"
    instance = SingleInstance(name)
    assert instance.claim()
    backend = FakeBackend()
    shell = Shell(bus=messages, tray_available=lambda: False, instance=instance)
    qtbot.addWidget(shell.window)

    async def create() -> Session:
        return Session(backend)

    task = qloop.create_task(shell.run(create))
    try:
        wait_until(
            qloop,
            lambda: shell.session is not None and shell.window.dial_bar.call_button.isEnabled(),
        )
        env = {**os.environ, "AGENTDESK_INSTANCE": name}
        done = qloop.run_until_complete(
            asyncio.create_subprocess_exec(
                sys.executable, "-m", "agentdesk", "dial", "tel:+420-601-234-567", env=env
            )
        )
        assert qloop.run_until_complete(asyncio.wait_for(done.wait(), 30)) == 0
        wait_until(qloop, lambda: ("dial", "+420601234567") in backend.requests, timeout=5)
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)
        instance.release()


def _running_shell(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> tuple[Shell, FakeBackend, asyncio.Task[int]]:
    backend = FakeBackend()
    shell = Shell(bus=messages, tray_available=lambda: False)
    qtbot.addWidget(shell.window)

    async def create() -> Session:
        return Session(backend)

    task = qloop.create_task(shell.run(create))
    wait_until(
        qloop,
        lambda: (
            shell.session is not None
            and shell.session.connection.state is ConnectionState.CONNECTED
        ),
    )
    return shell, backend, task


def test_quitting_while_queue_figures_load_leaves_no_request_running(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    # qasync runs what is left after the loop stopped with no running loop: a request still
    # under way there (httpx's connect under anyio) ends in "RuntimeError: no running event
    # loop" logged at quit. Every request the window started is over before run() returns.
    shell, backend, task = _running_shell(qloop, messages, qtbot)
    strip = shell.window.queue_strip
    assert strip is not None
    backend.gates["queue_figures"] = asyncio.Event()  # the vendor never answers
    wait_until(qloop, strip.isVisible)
    fetch = strip.refresh() or strip._task
    assert fetch is not None
    wait_until(qloop, lambda: ("queue_figures",) in backend.reads)
    shell.request_quit()
    wait_until(qloop, task.done)
    assert task.result() == 0
    assert fetch.cancelled()
    assert not strip.timer.isActive()


def test_quitting_while_the_wrap_up_form_loads_leaves_no_request_running(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    # The form's load went on after the session closed its client: "RuntimeError: Cannot
    # send a request, as the client has been closed" reached the excepthook at quit.
    shell, backend, task = _running_shell(qloop, messages, qtbot)
    call = inbound_call(CallPhase.TALKING)
    backend.forms[call.id] = SUPPORT_FORM
    backend.gates["disposition_form"] = asyncio.Event()  # the vendor never answers
    backend.push(CallAnswered(call))
    backend.end(call)
    wrap = shell.window.wrap_up
    assert wrap is not None
    wait_until(qloop, lambda: ("disposition_form", call.id) in backend.reads)
    fetch = wrap._task
    assert fetch is not None
    shell.request_quit()
    wait_until(qloop, task.done)
    assert task.result() == 0
    assert fetch.cancelled()


class SlowToUnwind(FakeBackend):
    """A caller lookup that never gets an answer and, cancelled, takes a few loop turns to
    unwind, as httpx's connect under anyio does; the order of its end and of aclose."""

    def __init__(self) -> None:
        super().__init__()
        self.order: list[str] = []

    async def caller_info(self, number: str) -> CallerInfo | None:
        self.reads.append(("caller_info", number))
        try:
            await asyncio.Event().wait()
        finally:
            for _ in range(20):
                await asyncio.sleep(0)
            self.order.append("lookup over")
        return None

    async def aclose(self) -> None:
        self.order.append("closed")
        await super().aclose()


def test_quitting_while_a_caller_is_looked_up_ends_the_lookup_first(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    # Cancelled only when the session said STOPPED, the lookup was still unwinding when the
    # loop stopped: "Task was destroyed but it is pending!" and anyio's "no running event
    # loop" at quit. The window ends its work before the session goes.
    backend = SlowToUnwind()
    shell = Shell(bus=messages, tray_available=lambda: False)
    qtbot.addWidget(shell.window)

    async def create() -> Session:
        return Session(backend)

    task = qloop.create_task(shell.run(create))
    wait_until(
        qloop,
        lambda: (
            shell.session is not None
            and shell.session.connection.state is ConnectionState.CONNECTED
        ),
    )
    backend.ring()
    wait_until(qloop, lambda: any(read[0] == "caller_info" for read in backend.reads))
    shell.request_quit()
    wait_until(qloop, task.done)
    assert task.result() == 0
    assert backend.order == ["lookup over", "closed"]
    assert [t for t in asyncio.all_tasks(qloop) if not t.done()] == []


def test_quitting_with_an_unsaved_wrap_up_asks_first(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    shell, backend, task = _running_shell(qloop, messages, qtbot)
    call = inbound_call(CallPhase.TALKING)
    backend.forms[call.id] = SUPPORT_FORM
    backend.push(CallAnswered(call))
    backend.end(call)
    wrap = shell.window.wrap_up
    assert wrap is not None
    wait_until(qloop, lambda: wrap.form is not None)
    wrap.note_edit.setPlainText("Customer wants a call back")

    shell.request_quit()
    prompt = shell.window.unsaved_prompt
    wait_until(qloop, prompt.isVisible)
    assert not shell.quitting, "nothing is lost before the agent says so"
    prompt.button(QMessageBox.StandardButton.Cancel).click()
    wait_until(qloop, lambda: not prompt.isVisible())
    assert not shell.quitting
    assert wrap.has_unsaved()

    shell.request_quit()
    prompt = shell.window.unsaved_prompt
    wait_until(qloop, prompt.isVisible)
    prompt.button(QMessageBox.StandardButton.Discard).click()
    wait_until(qloop, task.done)
    assert task.result() == 0


def test_a_pause_chosen_in_the_tray_reaches_the_vendor(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    shell, backend, task = _running_shell(qloop, messages, qtbot)
    try:
        wait_until(qloop, lambda: shell.tray.pause_menu.isEnabled())
        lunch = next(a for a in shell.tray.pause_menu.actions() if a.text() == "Lunch")
        lunch.trigger()
        wait_until(qloop, lambda: ("pause", "lunch") in backend.requests)
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)


def test_contacts_imported_from_the_file_menu_complete_the_number_field(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        "agentdesk.store.contacts.directory.contacts_path", lambda: tmp_path / "c.json"
    )
    shell, _backend, task = _running_shell(qloop, messages, qtbot)
    try:
        wait_until(qloop, lambda: shell.contacts is not None)
        source = tmp_path / "crm.csv"
        source.write_text("Name;Phone\nJana Dvořáková;777 123 456\n", encoding="utf-8")
        importing = shell.importer.import_file(str(source))
        assert importing is not None
        wait_until(qloop, importing.done)
        assert messages.texts(Level.INFO) == [
            "Imported crm.csv: 1 new, 0 updated, 0 unchanged, 0 lines skipped."
        ]
        assert shell.contacts is not None
        info = shell.contacts.lookup("+420777123456")
        assert info is not None
        assert info.name == "Jana Dvořáková"
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)


def test_the_vendor_may_ask_the_desktops_contacts_who_is_calling(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "contacts.json"
    monkeypatch.setattr("agentdesk.store.contacts.directory.contacts_path", lambda: path)
    source = tmp_path / "crm.csv"
    source.write_text("Name;Phone\nJana Dvořáková;777 123 456\n", encoding="utf-8")
    directory = ContactDirectory(path)
    import_file(directory, source, "CZ")
    shell, backend, task = _running_shell(qloop, messages, qtbot)
    try:
        wait_until(qloop, lambda: backend.contacts_lookup is not None)
        lookup = backend.contacts_lookup
        assert lookup is not None
        found = lookup("+420777123456")
        assert found is not None
        assert found.name == "Jana Dvořáková"
        assert lookup("+420600000000") is None
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)


def test_settings_reach_the_window(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    settings = AppSettings().replace(
        default_region="UA",
        queue_refresh_seconds=30,
        history_days=30,
        caller_card_popup=False,
        notifications=False,
    )
    shell = Shell(bus=messages, tray_available=lambda: False, settings=settings)
    qtbot.addWidget(shell.window)
    window = shell.window
    assert window.history.days == 30
    assert window.queue_refresh_seconds == 30
    assert not window.notify_calls
    window.dial_bar.number_edit.setText("067 111 2233")
    assert "+380 67 111 2233" in window.dial_bar.hint_text.text()


def test_saved_diagnostics_carry_the_sessions_webhook_counts(
    qloop: asyncio.AbstractEventLoop,
    make_shell: Callable[..., Shell],
    messages: RecordingMessageBus,
    tmp_path: Path,
) -> None:
    backend = FakeBackend()
    backend.webhooks = WebhookFigures(url="http://127.0.0.1:9/okitoki", accepted=4, wrong_secret=1)
    shell = make_shell()
    shell.session = Session(backend)
    shell.save_diagnostics()
    target = tmp_path / "for-support.zip"
    shell.diagnostics_dialog.fileSelected.emit(str(target))
    wait_until(qloop, lambda: messages.texts(Level.INFO))
    shell.diagnostics_dialog.close()
    with zipfile.ZipFile(target) as archive:
        lines = archive.read("webhooks.txt").decode().splitlines()
    assert lines[:3] == [
        "Webhook receiver at http://127.0.0.1:9/okitoki, since it started:",
        "4 accepted",
        "1 refused for a missing or wrong secret (403)",
    ]
