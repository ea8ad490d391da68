"""Call notifications through a real notification server: dunst on a private X display and a
private session bus. What AgentDesk asks of the server is read by a third connection that
monitors the bus; what the server shows, by asking dunst; the agent's choice of an action,
through dunst's own context menu. Without a server: the tray, else the caller card alone."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, HeaderFields, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from agentdesk.core import AgentState, Call, Capability
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.store.window_state import state_path
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
from tests.processes import stop_process
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
def backend(request: pytest.FixtureRequest) -> FakeBackend:
    """The fake backend, offering what ``indirect`` parametrizing asks (default: all)."""
    return FakeBackend(capabilities=getattr(request, "param", tuple(Capability)))


OpenWindow = Callable[[Notifier], tuple[MainWindow, Session]]


@pytest.fixture
def open_window(
    qloop: Loop, qtbot: Any, messages: RecordingMessageBus, backend: FakeBackend
) -> OpenWindow:
    """Opens a window notifying through the notifier given, over a started session of the
    fake backend. The session stops before pytest-qt closes the window (which it does before
    any fixture's teardown): an event must not reach a deleted window."""

    def open_(notifier: Notifier) -> tuple[MainWindow, Session]:
        window = MainWindow(messages, notifier=notifier)
        session = Session(backend, policy=ReconnectPolicy(rand=lambda: 1.0))

        def stop_session(_window: object) -> None:
            qloop.run_until_complete(session.stop())
            window.detach()

        qtbot.addWidget(window, before_close_func=stop_session)
        start(qloop, window, session)
        return window, session

    return open_


def through(server: NotificationServer, notifier: Notifier) -> Notifier:
    notifier.server = server
    return notifier


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


@dataclass
class Desk:
    """A window over a started session, notifying through dunst, the bus watched."""

    loop: Loop
    window: MainWindow
    session: Session
    backend: FakeBackend
    dunst: Dunst
    monitor: NotificationsMonitor

    def wait(self, predicate: Callable[[], object]) -> None:
        wait_until(self.loop, predicate, timeout=5)

    def notifies(self) -> list[Seen]:
        return self.monitor.calls("Notify")

    def closes(self) -> list[tuple[Any, ...]]:
        return [seen.body for seen in self.monitor.calls("CloseNotification")]

    def ring(self, call: Call | None = None) -> int:
        """A call rings; the id of its notification."""
        before = len(self.notifies())
        self.backend.ring(call)
        self.wait(lambda: len(self.notifies()) > before)
        return the_id(self.loop, self.notifies()[before])

    def pick(self, label: str) -> None:
        """The agent picks the action ``label`` in dunst's menu."""
        self.dunst.choose(label)
        self.dunst.context_menu()


@pytest.fixture
def desk(
    qloop: Loop,
    open_window: OpenWindow,
    messages: RecordingMessageBus,
    backend: FakeBackend,
    dunst: Dunst,
    server: NotificationServer,
    monitor: NotificationsMonitor,
) -> Desk:
    """A window notifying through dunst, which has answered."""
    wait_until(qloop, lambda: server.available, timeout=5)
    window, session = open_window(through(server, Notifier(messages)))
    return Desk(qloop, window, session, backend, dunst, monitor)


def test_a_ringing_call_is_an_urgent_notification_with_answer_and_hang_up(desk: Desk) -> None:
    assert desk.ring() > 0
    assert notify_body(desk.notifies()[0]) == {
        "app": "AgentDesk",
        "replaces": 0,
        "icon": "",
        "summary": "Incoming call",
        "body": "601 123 456 Petr Svoboda\nQueue: Support",
        "actions": RINGING_ACTIONS,
        "hints": {"urgency": 2, "category": CATEGORY, "desktop-entry": "agentdesk"},
        "expire": 0,
    }
    assert desk.dunst.displayed() == 1
    assert desk.window.banner.isHidden()  # the banner stays for messages


def test_answer_in_the_notification_answers_then_it_offers_hang_up_and_goes_with_the_call(
    desk: Desk,
) -> None:
    ringing_id = desk.ring()
    desk.pick("Answer")
    desk.wait(lambda: ("answer",) in desk.backend.requests)
    assert f"#Answer (Incoming call) [{ringing_id},answer]" in desk.dunst.offered()
    desk.wait(lambda: len(desk.notifies()) == 2)
    answered = notify_body(desk.notifies()[1])
    assert answered["replaces"] == ringing_id
    assert (answered["summary"], answered["body"]) == ("On a call", "601 123 456 Petr Svoboda")
    assert answered["actions"] == ANSWERED_ACTIONS
    assert answered["hints"]["urgency"] == 1
    assert the_id(desk.loop, desk.notifies()[1]) == ringing_id
    assert desk.dunst.displayed() == 1

    desk.pick("Hang up")
    desk.wait(lambda: ("hangup",) in desk.backend.requests)
    desk.wait(desk.closes)
    assert desk.closes() == [(ringing_id,)]
    desk.wait(lambda: desk.monitor.signals("NotificationClosed"))
    assert desk.monitor.signals("NotificationClosed")[0].body == (
        ringing_id,
        CloseReason.WITHDRAWN,
    )
    assert desk.dunst.displayed() == 0
    assert desk.backend.requests == [("answer",), ("hangup",)]
    assert len(desk.notifies()) == 2


def test_a_call_that_ends_unanswered_takes_its_notification_with_it(desk: Desk) -> None:
    notification_id = desk.ring()
    desk.backend.end()
    desk.wait(desk.closes)
    assert desk.closes() == [(notification_id,)]
    desk.wait(lambda: desk.dunst.displayed() == 0)


def test_a_call_that_ends_before_the_server_answers_is_withdrawn_once_it_does(
    desk: Desk,
) -> None:
    desk.backend.ring()
    desk.backend.end()  # the session handles both before the bus answers the first Notify
    desk.wait(desk.closes)
    assert desk.closes() == [(the_id(desk.loop, desk.notifies()[0]),)]
    desk.wait(lambda: desk.dunst.displayed() == 0)


def test_a_notification_the_agent_dismissed_stays_dismissed(desk: Desk) -> None:
    notification_id = desk.ring()
    desk.dunst.close_last()
    desk.wait(lambda: desk.monitor.signals("NotificationClosed"))
    closed = desk.monitor.signals("NotificationClosed")[0]
    assert closed.body == (notification_id, CloseReason.DISMISSED)
    desk.loop.run_until_complete(desk.session.answer())
    desk.backend.end()
    desk.wait(lambda: desk.window.cards is not None and desk.window.cards.call is None)
    # No "On a call" popping up again, and nothing left to withdraw.
    assert len(desk.notifies()) == 1
    assert desk.closes() == []


@pytest.mark.parametrize(
    "backend", [set(Capability) - {Capability.ANSWER, Capability.HANGUP}], indirect=True
)
def test_actions_are_those_the_vendor_offers(desk: Desk) -> None:
    desk.ring()
    assert notify_body(desk.notifies()[0])["actions"] == ["default", "Show AgentDesk"]


def test_show_agentdesk_brings_the_window_forward(desk: Desk, qapp: QApplication) -> None:
    qapp.setQuitOnLastWindowClosed(False)  # as in the app: closing the window shown is no quit
    desk.window.hide()
    desk.ring()
    desk.pick("Show AgentDesk")
    desk.wait(desk.window.isVisible)
    assert desk.backend.requests == []


def test_an_action_signal_from_another_connection_is_ignored(
    desk: Desk, bus_address: str, server: NotificationServer
) -> None:
    notification_id = desk.ring()
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
    desk.pick("Answer")
    desk.wait(lambda: ("answer",) in desk.backend.requests)
    desk.wait(lambda: desk.session.status.state is AgentState.TALKING)
    assert desk.backend.requests == [("answer",)]


def test_the_settings_switch_governs_the_notifications(desk: Desk) -> None:
    window, backend = desk.window, desk.backend
    window.notify_calls = False
    backend.ring()
    desk.wait(lambda: window.cards is not None and window.cards.call is not None)
    backend.end()
    window.notify_calls = True
    notification_id = desk.ring(inbound_call(call_id="call-2"))
    assert len(desk.notifies()) == 1  # the second call only
    window.notify_calls = False  # switched off while it rings: answering withdraws it
    desk.loop.run_until_complete(desk.session.answer())
    desk.wait(desk.closes)
    assert desk.closes() == [(notification_id,)]
    assert len(desk.notifies()) == 1


def test_markup_in_a_caller_name_is_shown_as_text(desk: Desk, server: NotificationServer) -> None:
    assert server.supports("body-markup")  # dunst with markup = full
    call = inbound_call()
    desk.ring(Call(call.id, call.direction, call.number, call.phase, "<b>Novák & syn</b>"))
    body = notify_body(desk.notifies()[0])["body"]
    assert body == "601 123 456 &lt;b&gt;Novák &amp; syn&lt;/b&gt;"


def test_the_log_names_no_number(desk: Desk, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="agentdesk.ui")
    desk.ring()
    desk.loop.run_until_complete(desk.session.answer())
    desk.backend.end()
    desk.wait(desk.closes)
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

    @staticmethod
    def supportsMessages() -> bool:
        return True

    def isVisible(self) -> bool:
        return True

    def showMessage(self, title: str, text: str, *_rest: Any) -> None:
        self.balloons.append((title, text))


@pytest.fixture
def tray() -> RecordingTray:
    return RecordingTray()


@pytest.fixture
def tray_notifier(
    messages: RecordingMessageBus, server: NotificationServer, tray: RecordingTray
) -> Notifier:
    """Notifies through the server when there is one, else through ``tray``."""
    return through(server, Notifier(messages, tray, tray_available=lambda: True))


def test_without_a_notification_server_a_ringing_call_is_a_tray_balloon(
    qloop: Loop,
    open_window: OpenWindow,
    tray_notifier: Notifier,
    tray: RecordingTray,
    backend: FakeBackend,
    server: NotificationServer,
    monitor: NotificationsMonitor,
) -> None:
    wait_until(qloop, lambda: not server.probing)
    open_window(tray_notifier)
    backend.ring()
    wait_until(qloop, lambda: tray.balloons)
    assert tray.balloons == [("Incoming call", "Incoming call: 601 123 456 Petr Svoboda")]
    assert not server.available
    assert monitor.calls("Notify") == []


def test_without_a_server_or_a_tray_the_card_is_the_notice(
    qloop: Loop,
    open_window: OpenWindow,
    backend: FakeBackend,
    messages: RecordingMessageBus,
    server: NotificationServer,
    monitor: NotificationsMonitor,
) -> None:
    wait_until(qloop, lambda: not server.probing)
    window, _session = open_window(through(server, Notifier(messages)))
    assert not window.notifier.uses_tray()  # offscreen
    backend.ring()
    wait_until(qloop, lambda: window.cards is not None and window.cards.window.isVisible())
    assert messages.recorded == []
    assert monitor.calls("Notify") == []
    # Other notices still reach the agent, in the banner.
    window.notifier.notify("AgentDesk", "Hello", Level.WARNING)
    assert messages.texts(Level.WARNING) == ["Hello"]


def test_a_server_that_leaves_gives_way_to_the_tray_and_one_that_comes_is_used(
    qloop: Loop,
    tmp_path: Path,
    display: str,
    bus_address: str,
    open_window: OpenWindow,
    tray_notifier: Notifier,
    tray: RecordingTray,
    backend: FakeBackend,
    server: NotificationServer,
    monitor: NotificationsMonitor,
) -> None:
    open_window(tray_notifier)
    with running_dunst(tmp_path / "first", display, bus_address) as first:
        wait_until(qloop, lambda: server.available, timeout=5)  # it came after us
        backend.ring()
        wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
        assert first.displayed() == 1
        stop_process(first.process)  # the server quits
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


def test_closing_to_the_tray_is_explained_by_the_desktops_server_not_a_qt_balloon(
    qloop: Loop,
    make_shell: Any,
    dunst: Dunst,
    server: NotificationServer,
    monitor: NotificationsMonitor,
) -> None:
    shell: Shell = make_shell(tray=True)
    balloons: list[str] = []
    shell.tray.showMessage = lambda title, text, *rest: balloons.append(text)  # type: ignore[method-assign]
    shell.notifier.server = server
    wait_until(qloop, lambda: server.available, timeout=5)
    shell.window.show()
    shell.window.close()
    wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
    told = notify_body(monitor.calls("Notify")[0])
    assert told["summary"] == "AgentDesk"
    assert "keeps running in the tray" in told["body"]
    assert told["actions"] == []
    assert balloons == []
    wait_until(qloop, lambda: state_path().exists())
