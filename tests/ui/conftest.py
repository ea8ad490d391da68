"""GUI test set-up: one QApplication (pytest-qt's), one qasync loop per test, a recorder of
what the agent is told, and a session over the fake backend."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import qasync  # isort: skip

from agentdesk.core import ConnectionState
from agentdesk.demo import DemoCallCentre
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.store.recording_cache import RecordingCache
from agentdesk.ui.app import Shell
from agentdesk.ui.i18n import Translations
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.messages import Level, Message, MessageAction, MessageBus
from agentdesk.vendors import DEFAULT_VENDOR
from tests.simulated_vendors import BY_KEY, VENDORS, Vendor
from tests.ui.fake_backend import FakeBackend


def wait_until(
    loop: asyncio.AbstractEventLoop, predicate: Callable[[], object], timeout: float = 2.0
) -> None:
    """Run the loop until ``predicate()`` is true; fail after ``timeout`` seconds."""

    async def poll() -> None:
        while not predicate():  # noqa: ASYNC110 - polling a plain predicate on purpose
            await asyncio.sleep(0.005)

    try:
        loop.run_until_complete(asyncio.wait_for(poll(), timeout))
    except TimeoutError:
        pytest.fail(f"condition not met within {timeout} s: {predicate}")


@pytest.fixture
def make_shell(qtbot: Any, messages: RecordingMessageBus, tmp_path: Path) -> Callable[..., Shell]:
    """Makes the app's Shell for a test: what the agent is told is recorded (``messages``), no
    tray unless ``tray=True``, recordings cached under the test's folder; other keywords go
    to :class:`Shell`."""

    def make(*, tray: bool = False, **options: Any) -> Shell:
        shell = Shell(
            bus=messages,
            tray_available=lambda: tray,
            recording_cache=RecordingCache(tmp_path / "recordings"),
            **options,
        )
        qtbot.addWidget(shell.window)
        return shell

    return make


def wait_connected(loop: asyncio.AbstractEventLoop, shell: Shell, timeout: float = 5.0) -> Session:
    """Run the loop until the shell's session is connected; that session."""
    wait_until(
        loop,
        lambda: (
            shell.session is not None
            and shell.session.connection.state is ConnectionState.CONNECTED
        ),
        timeout=timeout,
    )
    assert shell.session is not None
    return shell.session


@dataclass(frozen=True)
class Demo:
    """``agentdesk --demo`` in the test's loop: the vendor's simulated call centre, and the
    app's shell connected to it."""

    centre: DemoCallCentre
    shell: Shell
    session: Session

    @property
    def sim(self) -> Any:
        """The vendor's simulator (its own class)."""
        return self.centre.simulator

    @property
    def window(self) -> MainWindow:
        return self.shell.window


@pytest.fixture
def demo(
    qloop: asyncio.AbstractEventLoop, make_shell: Callable[..., Shell]
) -> Callable[..., contextlib.AbstractContextManager[Demo]]:
    """``with demo(vendor_key) as running:``: the demo of that vendor (no call scenario),
    connected; on leaving, the agent quits it and the shell's shut-down runs to its end
    (in the test, before pytest-qt closes the windows). Other keywords go to the shell."""

    @contextlib.contextmanager
    def run(vendor_key: str = DEFAULT_VENDOR, **shell_options: Any) -> Iterator[Demo]:
        centre = DemoCallCentre(vendor_key, scenario=False)
        shell = make_shell(**shell_options)
        running = qloop.create_task(shell.run(centre.start_session, centre.stop))
        try:
            yield Demo(centre, shell, wait_connected(qloop, shell))
        finally:
            shell.request_quit()
            qloop.run_until_complete(asyncio.wait_for(running, 5))

    return run


@pytest.fixture(params=[v.key for v in VENDORS])
def vendor(request: pytest.FixtureRequest) -> Vendor:
    """Each vendor in turn (tests/simulated_vendors.py)."""
    return BY_KEY[request.param]


class GuiTestLoop(qasync.QEventLoop):  # type: ignore[misc]
    """qasync's loop for tests, which drive it in many short ``run_until_complete`` steps.

    qasync's own ``run_until_complete`` processes Qt events once more after the loop has
    stopped, and pytest-qt processes them after each test: asyncio callbacks then run with no
    running loop and fail ("no running event loop" inside aiohttp's handlers). In the app the
    loop runs for good; here it stays the running loop between steps, as it would there.
    """

    def run_until_complete(self, future: Any) -> Any:
        task = asyncio.ensure_future(future, loop=self)
        task.add_done_callback(lambda _task: self.stop())
        try:
            self.run_forever()
        finally:
            asyncio.events._set_running_loop(self)
        if not task.done():
            raise RuntimeError("the event loop stopped before the future completed")
        return task.result()


def _still_closing(loop: asyncio.AbstractEventLoop) -> list[asyncio.BaseTransport]:
    """The loop's transports asked to close that still hold their socket."""
    transports: dict[int, asyncio.BaseTransport] = getattr(loop, "_transports", {})
    return [
        t
        for t in list(transports.values())
        if t.is_closing() and getattr(t, "_sock", None) is not None
    ]


async def _sockets_let_go(loop: asyncio.AbstractEventLoop) -> None:
    while _still_closing(loop):  # noqa: ASYNC110 - each turn is what lets them go
        await asyncio.sleep(0)


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the session's QApplication; any exception it reports fails the test."""
    quits_on_close = qapp.quitOnLastWindowClosed()
    loop: asyncio.AbstractEventLoop = GuiTestLoop(qapp)
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    # Sockets closed or aborted in the last steps are let go in a later turn of the loop
    # (connection_lost runs from call_soon): the loop turns until they are.
    loop.run_until_complete(asyncio.wait_for(_sockets_let_go(loop), 5))
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)
    # Collect the loop's QObjects here, on Qt's thread: a collection that happens later in an
    # asyncio.to_thread worker would destroy them there ("Timers cannot be stopped from
    # another thread") and crash a later test.
    gc.collect()
    qapp.setQuitOnLastWindowClosed(quits_on_close)
    if errors:
        pytest.fail(f"the event loop reported: {errors}")


class RecordingMessageBus(MessageBus):
    """A real MessageBus that also remembers everything posted, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.recorded: list[Message] = []

    def post(self, level: Level, text: str, action: MessageAction | None = None) -> Message:
        message = super().post(level, text, action)
        self.recorded.append(message)
        return message

    def texts(self, level: Level | None = None) -> list[str]:
        return [m.text for m in self.recorded if level is None or m.level == level]


@pytest.fixture
def messages() -> RecordingMessageBus:
    """What the agent was told during the test."""
    return RecordingMessageBus()


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


_STOP_FIRST = pytest.StashKey[list[Callable[[], None]]]()


def stop_before_the_windows_close(
    request: pytest.FixtureRequest, loop: asyncio.AbstractEventLoop, session: Session
) -> None:
    """Stop ``session`` as the test's teardown begins, before pytest-qt closes and deletes
    the windows it registered: a session stopped later (in a fixture's teardown) tells its
    listeners, the windows' widgets among them, of its end after they are gone, which fails
    the test with "Internal C++ object already deleted" when Qt happens to have deleted
    them by then."""
    request.node.stash.setdefault(_STOP_FIRST, []).append(
        lambda: loop.run_until_complete(session.stop())
    )


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    stops = item.stash.get(_STOP_FIRST, [])
    app = QApplication.instance()
    if not stops or not isinstance(app, QApplication):
        yield
        return
    # The stopping session hides its caller card, and then pytest-qt closes the main window,
    # the last one: Qt would quit the loop the rest of the teardown runs (the app itself
    # never quits on its last window).
    quits_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        for stop in stops:
            stop()
        yield
    finally:
        app.setQuitOnLastWindowClosed(quits_on_close)


@pytest.fixture
def session(
    backend: FakeBackend, qloop: asyncio.AbstractEventLoop, request: pytest.FixtureRequest
) -> Session:
    session = Session(backend, policy=ReconnectPolicy(rand=lambda: 1.0))
    stop_before_the_windows_close(request, qloop, session)
    return session


@pytest.fixture
def translations() -> Iterator[Translations]:
    """The app's translations, back to English after the test."""
    installed = Translations()
    yield installed
    installed.install("en")
    installed.remove()


@pytest.fixture
def window(qtbot: Any, messages: RecordingMessageBus) -> MainWindow:
    window = MainWindow(messages)
    qtbot.addWidget(window)
    return window


def start(loop: asyncio.AbstractEventLoop, window: MainWindow, session: Session) -> None:
    """Attach ``session`` to ``window``, start it and wait until it is connected."""
    window.attach(session)

    async def go() -> None:
        session.start()

    loop.run_until_complete(go())
    wait_until(loop, lambda: session.connection.state is ConnectionState.CONNECTED)
    wait_until(loop, lambda: session.status.agent_login is not None)
