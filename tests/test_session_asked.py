"""The session remembers when the agent last asked for each action, so that the GUI can tell a
change the agent made from one the call centre made (tests/ui/test_call_announcements.py)."""

from __future__ import annotations

import time

import pytest

from agentdesk.core import Disposition, VendorError
from agentdesk.session import Action, Session
from tests.ui.fake_backend import LUNCH, FakeBackend


async def test_commands_are_remembered_whatever_the_vendor_answers() -> None:
    backend = FakeBackend()
    session = Session(backend)
    assert {action: session.asked_at(action) for action in Action} == dict.fromkeys(Action)
    before = time.monotonic()
    await session.pause(LUNCH.id)
    paused = session.asked_at(Action.PAUSE)
    assert paused is not None and before <= paused <= time.monotonic()
    backend.fail_next = VendorError("no call to hang up")
    with pytest.raises(VendorError):
        await session.hangup()
    assert session.asked_at(Action.HANGUP) is not None
    assert session.asked_at(Action.READY) is None
    await session.pause(LUNCH.id)
    assert session.asked_at(Action.PAUSE) != paused


async def test_a_wrap_up_that_chooses_a_pause_counts_as_asking_for_it() -> None:
    session = Session(FakeBackend())
    await session.dispose(Disposition(call_id="call-1", status_id="order"))
    assert session.asked_at(Action.PAUSE) is None
    await session.dispose(Disposition(call_id="call-1", status_id="order", then_pause="lunch"))
    assert session.asked_at(Action.PAUSE) is not None
