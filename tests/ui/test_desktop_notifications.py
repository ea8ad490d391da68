"""Call notifications through a real notification server: dunst on a private X display and a
private session bus. What AgentDesk asks of the server is read by a third connection that
monitors the bus; what the server shows, by asking dunst; the agent's choice of an action,
through dunst's own context menu. Without a server: the tray, else the caller card alone."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, HeaderFields, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtWidgets import QSystemTrayIcon

from agentdesk.core import AgentState, Call, Capability
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.ui.app import Shell
from agentdesk.ui.call_notifications import CATEGORY
from agentdesk.ui.desktop_notifications import (
    NOTIFICATIONS,
    NOTIFICATIONS_PATH,
    CloseReason,
    NotificationServer,
    connect_notification_server,
)
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.messages import Level
from agentdesk.ui.notifier import Notifier
from tests.ui.conftest import RecordingMessageBus, start, wait_connected, wait_until
from tests.ui.desktop.dunst import Dunst, running_dunst
from tests.ui.desktop.notifications_monitor import NotificationsMonitor, Seen
from tests.ui.fake_backend import FakeBackend, inbound_call
from tests.ui.hotkeys.private_bus import private_session_bus
from tests.ui.hotkeys.x_server import private_x_server

Loop = asyncio.AbstractEventLoop

RINGING_ACTIONS = ["default", "Show AgentDesk", "answer", "Answer", "hangup", "Hang up"]
ANSWERED_ACTIONS = ["default", "Show AgentDesk", "hangup", "Hang up"]


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    with private_x_server(tmp_path) as (name, _process):
        yield name


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    with private_session_bus(tmp_path) as (address, _daemon):
        yield address


@pytest.fixture
def dunst(tmp_path: Path, display: str, bus_address: str) -> Iterator[Dunst]:
    with running_dunst(tmp_path / "dunst", display, bus_address) as server:
        yield server


@pytest.fixture
def monitor(bus_address: str) -> Iterator[NotificationsMonitor]:
    watching = NotificationsMonitor(bus_address)
    yield watching
    watching.close()


def connect(loop: Loop, address: str) -> NotificationServer:
    server = loop.run_until_complete(connect_notification_server(address))
    assert server is not None
    return server


@pytest.fixture
def server(qloop: Loop, bus_address: str) -> Iterator[NotificationServer]:
    """AgentDesk's end of the bus, before any server has answered it."""
    server = connect(qloop, bus_address)
    yield server
    server.close()


@pytest.fixture
def notifying(qloop: Loop, window: MainWindow, dunst: Dunst, server: NotificationServer) -> Dunst:
    """The window notifies through dunst (which has answered)."""
    window.notifier.server = server
    wait_until(qloop, lambda: server.available, timeout=5)
    return dunst


def notify_body(seen: Seen) -> dict[str, Any]:
    app, replaces, icon, summary, body, actions, hints, expire = seen.body
    return {
        "app": app,
        "replaces": replaces,
        "icon": icon,
        "summary": summary,
        "body": body,
        "actions": actions,
        "hints": {name: value for name, (_signature, value) in hints.items()},
        "expire": expire,
    }


def the_id(loop: Loop, seen: Seen) -> int:
    """The id the server answered a Notify with."""
    wait_until(loop, lambda: seen.reply is not None)
    assert seen.reply is not None
    return int(seen.reply[0])


def test_a_ringing_call_is_an_urgent_notification_with_answer_and_hang_up(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    notifying: Dunst,
    monitor: NotificationsMonitor,
) -> None:
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    notify = monitor.calls("Notify")[0]
    assert the_id(qloop, notify) > 0
    assert notify_body(notify) == {
        "app": "AgentDesk",
        "replaces": 0,
        "icon": "",
        "summary": "Incoming call",
        "body": "601 123 456 Petr Svoboda\nQueue: Support",
        "actions": RINGING_ACTIONS,
        "hints": {"urgency": 2, "category": CATEGORY, "desktop-entry": "agentdesk"},
        "expire": 0,
    }
    assert notifying.displayed() == 1
    assert window.banner.isHidden()  # the banner stays for messages


def test_answer_in_the_notification_answers_then_it_offers_hang_up_and_goes_with_the_call(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    notifying: Dunst,
    monitor: NotificationsMonitor,
) -> None:
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    ringing_id = the_id(qloop, monitor.calls("Notify")[0])

    notifying.choose("Answer")
    notifying.context_menu()  # the agent picks Answer in dunst's menu
    wait_until(qloop, lambda: ("answer",) in backend.requests, timeout=5)
    assert f"#Answer (Incoming call) [{ringing_id},answer]" in notifying.offered()
    wait_until(qloop, lambda: len(monitor.calls("Notify")) == 2)
    answered = notify_body(monitor.calls("Notify")[1])
    assert answered["replaces"] == ringing_id
    assert (answered["summary"], answered["body"]) == ("On a call", "601 123 456 Petr Svoboda")
    assert answered["actions"] == ANSWERED_ACTIONS
    assert answered["hints"]["urgency"] == 1
    assert the_id(qloop, monitor.calls("Notify")[1]) == ringing_id
    assert notifying.displayed() == 1

    notifying.choose("Hang up")
    notifying.context_menu()
    wait_until(qloop, lambda: ("hangup",) in backend.requests, timeout=5)
    wait_until(qloop, lambda: monitor.calls("CloseNotification"))
    assert monitor.calls("CloseNotification")[0].body == (ringing_id,)
    wait_until(qloop, lambda: monitor.signals("NotificationClosed"))
    assert monitor.signals("NotificationClosed")[0].body == (ringing_id, CloseReason.WITHDRAWN)
    assert notifying.displayed() == 0
    assert backend.requests == [("answer",), ("hangup",)]
    assert len(monitor.calls("Notify")) == 2


def test_a_call_that_ends_unanswered_takes_its_notification_with_it(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    notifying: Dunst,
    monitor: NotificationsMonitor,
) -> None:
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    notification_id = the_id(qloop, monitor.calls("Notify")[0])
    backend.end()
    wait_until(qloop, lambda: monitor.calls("CloseNotification"))
    assert monitor.calls("CloseNotification")[0].body == (notification_id,)
    wait_until(qloop, lambda: notifying.displayed() == 0)


def test_a_call_that_ends_before_the_server_answers_is_withdrawn_once_it_does(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    notifying: Dunst,
    monitor: NotificationsMonitor,
) -> None:
    start(qloop, window, session)
    backend.ring()
    backend.end()  # the session handles both before the bus answers the first Notify
    wait_until(qloop, lambda: monitor.calls("CloseNotification"), timeout=5)
    assert monitor.calls("CloseNotification")[0].body == (
        the_id(qloop, monitor.calls("Notify")[0]),
    )
    wait_until(qloop, lambda: notifying.displayed() == 0)


def test_a_notification_the_agent_dismissed_stays_dismissed(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    notifying: Dunst,
    monitor: NotificationsMonitor,
) -> None:
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    notification_id = the_id(qloop, monitor.calls("Notify")[0])
    notifying.close_last()
    wait_until(qloop, lambda: monitor.signals("NotificationClosed"))
    assert monitor.signals("NotificationClosed")[0].body == (notification_id, 2)  # dismissed
    qloop.run_until_complete(session.answer())
    backend.end()
    wait_until(qloop, lambda: session.status.state is AgentState.READY)
    wait_until(qloop, lambda: window.cards is not None and window.cards.call is None)
    # No "On a call" popping up again, and nothing left to withdraw.
    assert len(monitor.calls("Notify")) == 1
    assert monitor.calls("CloseNotification") == []


def test_actions_are_those_the_vendor_offers(
    qloop: Loop,
    window: MainWindow,
    notifying: Dunst,
    monitor: NotificationsMonitor,
) -> None:
    backend = FakeBackend(capabilities=set(Capability) - {Capability.ANSWER, Capability.HANGUP})
    session = Session(backend, policy=ReconnectPolicy(rand=lambda: 1.0))
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    assert notify_body(monitor.calls("Notify")[0])["actions"] == ["default", "Show AgentDesk"]
    qloop.run_until_complete(session.stop())


def test_show_agentdesk_brings_the_window_forward(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    notifying: Dunst,
    monitor: NotificationsMonitor,
) -> None:
    start(qloop, window, session)
    window.hide()
    backend.ring()
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    notifying.choose("Show AgentDesk")
    notifying.context_menu()
    wait_until(qloop, window.isVisible, timeout=5)
    assert backend.requests == []


def test_an_action_signal_from_another_connection_is_ignored(
    qloop: Loop,
    bus_address: str,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    notifying: Dunst,
    server: NotificationServer,
    monitor: NotificationsMonitor,
) -> None:
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    notification_id = the_id(qloop, monitor.calls("Notify")[0])
    with open_dbus_connection(bus_address) as impostor:
        fake = new_signal(
            DBusAddress(NOTIFICATIONS_PATH, interface=NOTIFICATIONS),
            "ActionInvoked",
            "us",
            (notification_id, "hangup"),
        )
        fake.header.fields[HeaderFields.destination] = server.unique_name  # past match rules
        impostor.send(fake)
        # Answered once the bus has read what was sent before: the fake is on its way to us.
        impostor.send_and_get_reply(message_bus.GetId())
    notifying.choose("Answer")
    notifying.context_menu()
    wait_until(qloop, lambda: ("answer",) in backend.requests, timeout=5)
    wait_until(qloop, lambda: session.status.state is AgentState.TALKING)
    assert backend.requests == [("answer",)]


def test_the_settings_switch_governs_the_notifications(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    notifying: Dunst,
    monitor: NotificationsMonitor,
) -> None:
    start(qloop, window, session)
    window.notify_calls = False
    backend.ring()
    wait_until(qloop, lambda: window.cards is not None and window.cards.call is not None)
    backend.end()
    window.notify_calls = True
    second = backend.ring(inbound_call(call_id="call-2"))
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    assert len(monitor.calls("Notify")) == 1  # the second call only
    notification_id = the_id(qloop, monitor.calls("Notify")[0])
    window.notify_calls = False  # switched off while it rings: answering withdraws it
    qloop.run_until_complete(session.answer())
    wait_until(qloop, lambda: monitor.calls("CloseNotification"))
    assert monitor.calls("CloseNotification")[0].body == (notification_id,)
    assert len(monitor.calls("Notify")) == 1
    backend.end(second)


def test_markup_in_a_caller_name_is_shown_as_text(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    notifying: Dunst,
    server: NotificationServer,
    monitor: NotificationsMonitor,
) -> None:
    assert server.supports("body-markup")  # dunst with markup = full
    start(qloop, window, session)
    call = inbound_call()
    backend.ring(Call(call.id, call.direction, call.number, call.phase, "<b>Novák & syn</b>"))
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    body = notify_body(monitor.calls("Notify")[0])["body"]
    assert body == "601 123 456 &lt;b&gt;Novák &amp; syn&lt;/b&gt;"


def test_the_log_names_no_number(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    notifying: Dunst,
    monitor: NotificationsMonitor,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="agentdesk.ui")
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    qloop.run_until_complete(session.answer())
    backend.end()
    wait_until(qloop, lambda: monitor.calls("CloseNotification"), timeout=5)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "desktop notification" in logged
    for spelling in ("601123456", "601 123 456", "Svoboda"):
        assert spelling not in logged


# -- without a notification server --


class RecordingTray(QSystemTrayIcon):
    """A tray that takes messages (offscreen has none): records the balloons asked of it."""

    def __init__(self) -> None:
        super().__init__()
        self.balloons: list[tuple[str, str]] = []

    def supportsMessages(self) -> bool:
        return True

    def isVisible(self) -> bool:
        return True

    def showMessage(self, title: str, text: str, *_rest: Any) -> None:  # type: ignore[override]
        self.balloons.append((title, text))


def test_without_a_notification_server_a_ringing_call_is_a_tray_balloon(
    qloop: Loop,
    qtbot: Any,
    messages: RecordingMessageBus,
    session: Session,
    backend: FakeBackend,
    server: NotificationServer,
    monitor: NotificationsMonitor,
) -> None:
    tray = RecordingTray()
    notifier = Notifier(messages, tray, tray_available=lambda: True)
    notifier.server = server
    window = MainWindow(messages, notifier=notifier)
    qtbot.addWidget(window)
    wait_until(qloop, lambda: not server.probing)
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: tray.balloons)
    assert tray.balloons == [("Incoming call", "Incoming call: 601 123 456 Petr Svoboda")]
    assert not server.available
    assert monitor.calls("Notify") == []


def test_without_a_server_or_a_tray_the_card_is_the_notice(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    messages: RecordingMessageBus,
    server: NotificationServer,
    monitor: NotificationsMonitor,
) -> None:
    window.notifier.server = server
    assert not window.notifier.uses_tray()  # offscreen
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: window.cards is not None and window.cards.window.isVisible())
    assert messages.recorded == []
    assert monitor.calls("Notify") == []
    # Other notices still reach the agent, in the banner.
    window.notifier.notify("AgentDesk", "Hello", Level.WARNING)
    assert messages.texts(Level.WARNING) == ["Hello"]


def test_a_server_that_leaves_gives_way_to_the_tray_and_one_that_comes_is_used(
    qloop: Loop,
    qtbot: Any,
    tmp_path: Path,
    display: str,
    bus_address: str,
    messages: RecordingMessageBus,
    session: Session,
    backend: FakeBackend,
    server: NotificationServer,
    monitor: NotificationsMonitor,
) -> None:
    tray = RecordingTray()
    notifier = Notifier(messages, tray, tray_available=lambda: True)
    notifier.server = server
    window = MainWindow(messages, notifier=notifier)
    qtbot.addWidget(window)
    start(qloop, window, session)
    with running_dunst(tmp_path / "first", display, bus_address) as first:
        wait_until(qloop, lambda: server.available, timeout=5)  # it came after us
        backend.ring()
        wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
        assert first.displayed() == 1
        first.process.terminate()
        first.process.wait(timeout=10)
        wait_until(qloop, lambda: not server.available, timeout=5)
    backend.end()
    backend.ring(inbound_call(call_id="call-2"))
    wait_until(qloop, lambda: tray.balloons)
    backend.end()
    with running_dunst(tmp_path / "second", display, bus_address) as second:
        wait_until(qloop, lambda: server.available, timeout=5)
        backend.ring(inbound_call(call_id="call-3"))
        wait_until(qloop, lambda: len(monitor.calls("Notify")) == 2, timeout=5)
        assert second.displayed() == 1
    assert len(tray.balloons) == 1
    assert monitor.calls("Notify")[1].body[1] == 0  # a new notification, not a replacement


def test_no_session_bus_no_server(qloop: Loop, tmp_path: Path) -> None:
    nowhere = f"unix:path={tmp_path / 'no-bus'}"
    assert qloop.run_until_complete(connect_notification_server(nowhere)) is None
    assert qloop.run_until_complete(connect_notification_server(None)) is None  # no variable


# -- the app --


def test_the_app_notifies_through_the_server_and_withdraws_at_quit(
    qloop: Loop,
    make_shell: Any,
    bus_address: str,
    dunst: Dunst,
    monitor: NotificationsMonitor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus_address)
    backend = FakeBackend()

    async def create() -> Session:
        return Session(backend, policy=ReconnectPolicy(rand=lambda: 1.0))

    shell: Shell = make_shell()
    running = qloop.create_task(shell.run(create))
    session = wait_connected(qloop, shell)
    wait_until(qloop, shell.notifier.uses_server, timeout=5)
    wait_until(qloop, lambda: session.status.agent_login is not None)
    backend.ring()
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    notification_id = the_id(qloop, monitor.calls("Notify")[0])
    assert notify_body(monitor.calls("Notify")[0])["icon"].startswith("file://")
    shell.request_quit()  # while it still rings
    qloop.run_until_complete(running)
    wait_until(qloop, lambda: monitor.calls("CloseNotification"), timeout=5)
    assert monitor.calls("CloseNotification")[0].body == (notification_id,)
    wait_until(qloop, lambda: dunst.displayed() == 0)
