"""Daktela's My day (StatsCalls, StatsUsersPauses, StatsUsersSessions) and SendSMS, against
the simulator over loopback, in both readings of the spell going on now."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import Capability, ConfigurationError, NotSupportedError, VendorError
from agentdesk.sim.daktela.day_log import Spell
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.backends.daktela_helpers import backend_for


def quiet_sim(**kwargs: object) -> DaktelaSimulator:
    options: dict[str, object] = {"seed_history": False, "wrapup_seconds": 30.0}
    options.update(kwargs)
    return DaktelaSimulator(**options)  # type: ignore[arg-type]


def log_call(
    sim: DaktelaSimulator, direction: str, *, talk: int | None, number: str = "601234567"
) -> None:
    """A call that ended a few seconds ago, with ``talk`` seconds answered (None: missed)."""
    ended = datetime.now() - timedelta(seconds=2)
    answered = ended - timedelta(seconds=talk) if talk is not None else None
    sim.call_log.add(
        id_call=f"{direction}.{len(sim.call_log.records)}",
        direction=direction,
        clid=number,
        queue=sim.queues["1"],
        user=sim.agent,
        entered=(answered or ended) - timedelta(seconds=1),
        answered=answered,
        ended=ended,
        ended_by_agent=True,
    )


def test_my_day_and_sms_are_declared_from_their_versions() -> None:
    assert {Capability.MY_DAY, Capability.SMS} <= DaktelaBackend.capabilities
    old = DaktelaBackend(base_url="https://x.daktela.com", login="a", secret="s", api_version="4.0")
    assert Capability.MY_DAY not in old.capabilities
    assert "4.1" in str(old.unavailable[Capability.MY_DAY])
    oldest = DaktelaBackend(
        base_url="https://x.daktela.com", login="a", secret="s", api_version="3.0", extension="1"
    )
    assert Capability.SMS not in oldest.capabilities


async def test_today_counts_answered_missed_made_and_talk_time() -> None:
    async with quiet_sim() as sim:
        log_call(sim, "in", talk=40)
        log_call(sim, "in", talk=20)
        log_call(sim, "in", talk=None)
        log_call(sim, "out", talk=15)
        log_call(sim, "out", talk=None)
        backend = backend_for(sim)
        try:
            day = await backend.today()
        finally:
            await backend.aclose()
    assert (day.answered, day.missed, day.made) == (2, 1, 2)
    assert day.talk_seconds == 75
    # The day's figures need no contact names: no SimpleSearchContact per number.
    actions = [action for action, _ in sim.requests]
    assert "SimpleSearchContact" not in actions
    assert {"StatsCalls", "StatsUsersPauses", "StatsUsersSessions"} <= set(actions)
    pauses_asked = next(p for a, p in sim.requests if a == "StatsUsersPauses")
    assert pauses_asked["users[]"] == sim.id_agent
    assert pauses_asked["datetime_from"].endswith("00:00:00")


@pytest.mark.parametrize("open_spells", ["null", "omitted"])
async def test_today_sums_pauses_and_log_in_time_with_the_spell_going_on(
    open_spells: str,
) -> None:
    async with quiet_sim(open_spells=open_spells) as sim:
        now = datetime.now()
        sim.day_log.pauses.append(
            Spell(now - timedelta(seconds=9), now - timedelta(seconds=4), "7")
        )
        sim.day_log.sessions.insert(
            0, Spell(now - timedelta(seconds=30), now - timedelta(seconds=20))
        )
        sim.set_pause("6")  # going on now
        backend = backend_for(sim)
        try:
            day = await backend.today()
        finally:
            await backend.aclose()
    by_title = {p.title: p for p in day.pauses}
    assert set(by_title) == {"Oběd", "Přestávka"}
    assert abs(by_title["Oběd"].seconds - 5) <= 1
    assert by_title["Přestávka"].times == 1  # counted once, whichever reading
    assert day.pauses_known
    assert day.logged_in_seconds is not None and day.logged_in_seconds >= 9


async def test_today_refuses_an_answer_that_is_not_a_list() -> None:
    async with quiet_sim() as sim:
        backend = backend_for(sim)

        async def broken(params: object, version: object, item_id: object) -> object:
            return {"data": "nonsense"}

        sim._stats_users_pauses = broken  # type: ignore[method-assign]
        try:
            with pytest.raises(VendorError, match="StatsUsersPauses"):
                await backend.today()
        finally:
            await backend.aclose()


async def test_sms_goes_out_as_unicode_only_when_it_must() -> None:
    async with quiet_sim() as sim:
        backend = backend_for(sim)
        try:
            plain = await backend.send_sms("601234567", "Hello, we called you.")
            czech = await backend.send_sms("601234567", "Dobrý den, volali jsme vám.")
        finally:
            await backend.aclose()
    first, second = sim.day_log.sent_sms
    assert (first.unicode, second.unicode) == (False, True)
    assert second.message == "Dobrý den, volali jsme vám."
    assert plain.parts == 1 and plain.message_id == first.id
    assert czech.message_id == second.id


async def test_sms_refusals_arrive_in_the_vendors_words() -> None:
    async with quiet_sim() as sim:
        backend = backend_for(sim)
        try:
            with pytest.raises(VendorError) as bad_number:
                await backend.send_sms("abc", "Hello")
            sim.sms_refusal = "SMS brána není aktivní"
            with pytest.raises(VendorError) as gateway:
                await backend.send_sms("601234567", "Hello")
            sent_before = len([a for a, _ in sim.requests if a == "SendSMS"])
            with pytest.raises(ConfigurationError, match="at most 603"):
                await backend.send_sms("601234567", "ř" * 604)
            with pytest.raises(ConfigurationError, match="empty"):
                await backend.send_sms("601234567", "  ")
        finally:
            await backend.aclose()
    assert bad_number.value.vendor_message == "Neplatné telefonní číslo"
    assert gateway.value.vendor_message == "SMS brána není aktivní"
    # Too long and empty texts are refused before Daktela is asked.
    assert len([a for a, _ in sim.requests if a == "SendSMS"]) == sent_before
    assert sim.day_log.sent_sms == []


async def test_a_profile_too_old_for_sms_says_which_version() -> None:
    backend = DaktelaBackend(
        base_url="https://x.daktela.com", login="a", secret="s", api_version="3.0", extension="1"
    )
    try:
        with pytest.raises(NotSupportedError, match=r"3\.1"):
            await backend.send_sms("601234567", "Hello")
    finally:
        await backend.aclose()
