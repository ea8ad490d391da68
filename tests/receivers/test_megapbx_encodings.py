"""The PBX's commands in each of the three bodies its document and the wild suggest (JSON as
the examples, a form as integrations read them, multipart/form-data as section 2 says),
end to end: the simulator posts them over loopback to the MegaFon backend's receiver, and
the backend's event stream and history show the call."""

# Cyrillic names are the point of several checks here.
# ruff: noqa: RUF001

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from agentdesk.core import CallAnswered, CallEnded, CallRinging
from agentdesk.sim.megapbx import SIM
from agentdesk.sim.spec import SimArgs
from tests.receivers.test_megapbx import connected, next_call_event


@pytest.mark.parametrize("encoding", ["json", "form", "multipart"])
async def test_a_whole_call_reaches_the_backend_in_each_encoding(encoding: str) -> None:
    async with connected(encoding=encoding) as (sim, backend, tap):
        callid = sim.ring("79101234567")
        ringing = await asyncio.wait_for(next_call_event(tap), 5)
        sim.pick_up(callid)
        answered = await asyncio.wait_for(next_call_event(tap), 5)
        uid = sim.hang_up(callid, rating=4)
        ended = await asyncio.wait_for(next_call_event(tap), 5)
        await sim.wait_for_commands(6)  # contact, 3 events, history, rating
        # The REST history does not list it yet: what the history command said is shown.
        sim.history.external = [c for c in sim.history.external if c.uid != uid]
        records = await backend.history(datetime.now(UTC) - timedelta(hours=1))
    assert isinstance(ringing, CallRinging)
    assert (ringing.call.name, ringing.call.queue) == ("Сергей Кузнецов", "Отдел продаж")
    assert isinstance(answered, CallAnswered) and answered.call.id == callid
    assert isinstance(ended, CallEnded) and ended.call.id == callid
    assert [(c.encoding, c.status) for c in sim.commands.sent] == [(encoding, 200)] * 6
    contact = next(c for c in sim.commands.sent if c.payload["cmd"] == "contact")
    assert contact.answer == {
        "contact_name": "Сергей Кузнецов, ООО «Рога и копыта»",
        "responsible": "",
    }
    record = next(r for r in records if r.id == callid)
    assert (record.answered, record.has_recording, record.rating) == (True, True, 4)
    assert record.queue == "Отдел продаж"


async def test_all_goes_round_the_three_and_a_forged_multipart_command_is_refused() -> None:
    async with connected(encoding="all") as (sim, backend, tap):
        sim.ring("79161112233")
        await asyncio.wait_for(next_call_event(tap), 5)
        sim.post({"cmd": "event", "type": "INCOMING", "user": "ivanova"}, token="forged")
        await sim.wait_for_commands(3)
        assert backend.receiver is not None
        figures = backend.receiver.figures()
    assert [(c.encoding, c.status) for c in sim.commands.sent] == [
        ("json", 200),
        ("form", 200),
        ("multipart", 403),
    ]
    assert (figures.accepted, figures.wrong_secret) == (2, 1)
    assert tap.pending() == []


async def test_the_sim_specs_webhook_encoding_option_makes_a_multipart_simulator() -> None:
    """What ``agentdesk sim megapbx --set webhook_encoding=multipart`` makes."""
    sim = SIM.make(SimArgs(options={"webhook_encoding": "multipart", "end_reading": "midnight"}))
    assert (sim.commands.encoding, sim.end_reading) == ("multipart", "midnight")
    with pytest.raises(ValueError, match="webhook_encoding must be one of json, form, multipart"):
        SIM.make(SimArgs(options={"webhook_encoding": "xml"}))
    with pytest.raises(ValueError, match="no option colour; it has webhook_encoding"):
        SIM.make(SimArgs(options={"colour": "red"}))
