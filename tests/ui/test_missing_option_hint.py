"""A control the vendor documents but the profile lacks an option for is not just hidden: the
window says which option to set, where the control would be, with a way to Settings."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from agentdesk.backends.okitoki.backend import OkiTokiBackend
from agentdesk.backends.ucontact.backend import UContactBackend
from agentdesk.core import (
    CallAnswered,
    CallPhase,
    Capability,
    NotSupportedError,
    OptionNeededError,
    Unavailable,
    UnknownObjectError,
)
from agentdesk.session import Session
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from agentdesk.sim.ucontact.simulator import UContactSimulator
from agentdesk.ui.app import Shell
from agentdesk.ui.commands import describe_error
from tests.ui.conftest import RecordingMessageBus, wait_connected, wait_until
from tests.ui.fake_backend import FakeBackend, inbound_call


@pytest.fixture
def oki_sim(qloop: asyncio.AbstractEventLoop) -> Iterator[OkiTokiSimulator]:
    sim = OkiTokiSimulator()
    qloop.run_until_complete(sim.start())
    yield sim
    qloop.run_until_complete(sim.stop())


def running(
    qloop: asyncio.AbstractEventLoop, shell: Shell, create: Callable[[], Session]
) -> asyncio.Task[int]:
    async def make() -> Session:
        return create()

    return qloop.create_task(shell.run(make))


def test_oki_toki_without_statuses_dialer_or_webhooks_says_which_option_each_needs(
    qloop: asyncio.AbstractEventLoop,
    qtbot: Any,
    make_shell: Callable[..., Shell],
    oki_sim: OkiTokiSimulator,
) -> None:
    backend = OkiTokiBackend(base_url=oki_sim.url, user_id=oki_sim.user_id, api_token=oki_sim.token)
    shell = make_shell()
    window = shell.window
    task = running(qloop, shell, lambda: Session(backend))
    try:
        wait_connected(qloop, shell)
        assert window.pause_selector.isHidden()
        assert window.pause_hint.isVisibleTo(window)
        assert window.pause_hint.text.text() == "Set the profile option statuses to offer pauses."
        assert window.dial_bar.isHidden()
        assert window.dial_hint.isVisibleTo(window)
        assert window.dial_hint.text.text() == (
            "Set the profile option dialer_id to dial from AgentDesk."
        )
        assert window.call_panel.no_call_text.text().endswith(
            "Set the profile option webhook_port to see calls while they ring."
        )
        with qtbot.waitSignal(window.settings_requested, timeout=2000):
            window.pause_hint.settings_button.click()
        wait_until(qloop, lambda: shell.settings_window is not None)
        assert shell.settings_window is not None and shell.settings_window.isVisible()
    finally:
        if shell.settings_window is not None:
            shell.settings_window.close()
        shell.request_quit()
        wait_until(qloop, task.done)


def test_with_the_options_set_no_hint_shows(
    qloop: asyncio.AbstractEventLoop,
    make_shell: Callable[..., Shell],
    oki_sim: OkiTokiSimulator,
) -> None:
    backend = OkiTokiBackend(**oki_sim.backend_kwargs())
    shell = make_shell()
    window = shell.window
    task = running(qloop, shell, lambda: Session(backend))
    try:
        wait_connected(qloop, shell)
        assert window.pause_selector.isVisibleTo(window)
        assert window.dial_bar.isVisibleTo(window)
        assert window.pause_hint.isHidden() and window.dial_hint.isHidden()
        assert "profile option" not in window.call_panel.no_call_text.text()
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)


def test_what_the_vendor_does_not_document_stays_hidden_without_a_hint(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    make_shell: Callable[..., Shell],
) -> None:
    backend = FakeBackend(capabilities={Capability.LIVE_STATE})
    shell = make_shell()
    window = shell.window
    task = running(qloop, shell, lambda: Session(backend))
    try:
        wait_connected(qloop, shell)
        for hint in (window.pause_hint, window.dial_hint, window.wrap_up_hint):
            assert hint.isHidden()
        assert window.pause_selector.isHidden() and window.dial_bar.isHidden()
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)


def test_after_an_answered_call_the_wrap_up_place_names_the_option_it_needs(
    qloop: asyncio.AbstractEventLoop,
    make_shell: Callable[..., Shell],
) -> None:
    backend = FakeBackend(capabilities=set(Capability) - {Capability.DISPOSITION})
    backend.unavailable = {Capability.DISPOSITION: Unavailable.needs_option("dispositions")}
    shell = make_shell()
    window = shell.window
    task = running(qloop, shell, lambda: Session(backend))
    try:
        wait_connected(qloop, shell)
        assert window.wrap_up_hint.isHidden()  # nothing to wrap up yet
        backend.ring(inbound_call())
        wait_until(qloop, lambda: window.call_panel.call is not None)
        backend.push(CallAnswered(inbound_call(CallPhase.TALKING)))
        backend.end()
        wait_until(qloop, lambda: window.wrap_up_hint.isVisibleTo(window))
        assert window.wrap_up_hint.text.text() == (
            "Set the profile option dispositions to offer a wrap-up after calls."
        )
        backend.ring(inbound_call(call_id="call-2"))
        wait_until(qloop, lambda: window.wrap_up_hint.isHidden())
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)


def test_ucontact_without_breaks_names_breaks(
    qloop: asyncio.AbstractEventLoop, make_shell: Callable[..., Shell]
) -> None:
    sim = UContactSimulator()
    qloop.run_until_complete(sim.start())
    kwargs = sim.backend_kwargs() | {"breaks": ""}
    shell = make_shell()
    window = shell.window
    task = running(qloop, shell, lambda: Session(UContactBackend(**kwargs)))
    try:
        wait_connected(qloop, shell)
        assert window.pause_hint.text.text() == "Set the profile option breaks to offer pauses."
        assert window.pause_hint.isVisibleTo(window) and window.dial_hint.isHidden()
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)
        qloop.run_until_complete(sim.stop())


def test_a_command_refused_for_want_of_an_option_or_an_object_is_said_plainly(
    qloop: asyncio.AbstractEventLoop,
) -> None:
    assert describe_error(OptionNeededError(Capability.DIAL, "outqueue"), "uContact") == (
        "Set the profile option outqueue to dial from AgentDesk."
    )
    assert describe_error(OptionNeededError(Capability.QUEUE_STATS, "x"), "Acme") == (
        "Set the profile option x to use this."
    )
    missing = UnknownObjectError(
        "recording of call 5", "Oki-Toki has no recording of call 5 (Not found)"
    )
    assert describe_error(missing, "Oki-Toki") == "Oki-Toki has no recording of call 5 (Not found)"
    assert describe_error(NotSupportedError("x"), "Oki-Toki") == "Not available with Oki-Toki."
