"""Daktela's requirement versions: a profile's ``api_version`` keeps exactly the capabilities
the document gives that version, sends nothing newer, uses the older actions the document
offers for the same job, and says which version the rest needs; against a simulator that
serves the same version and against a newer one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from agentdesk.backends.daktela import versions
from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.backends.daktela.wire import DaktelaWire
from agentdesk.core import (
    AgentState,
    Capability,
    ConfigurationError,
    Disposition,
    NotSupportedError,
    TransferKind,
    TransferTarget,
    VendorError,
)
from agentdesk.session import Action, Refusal, Session
from agentdesk.sim.daktela import versions as sim_versions
from agentdesk.sim.daktela.readings import NEWEST
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.backends.daktela_helpers import EventTap, backend_for

EVERYTHING = frozenset(versions.WAYS)
NEWEST_ONLY = {Capability.HISTORY, Capability.TEAM, Capability.MY_DAY}  # Stats*, RTUsersState
WITHOUT_FORMS = (
    EVERYTHING
    - NEWEST_ONLY
    - {
        Capability.DISPOSITION,
        Capability.QUEUE_LOGIN,
        Capability.QUEUE_PICKUP,
    }
)
OLDEST = frozenset(
    {Capability.PAUSE, Capability.DIAL, Capability.HANGUP, Capability.RECORDINGS}
    | {Capability.TRANSFER, Capability.PHONE_STATUS}  # Transfer, GetQueues, DeviceStates: 3.0
)
# What the document gives each version (its "Requirement version" lines).
EXPECTED = {
    "4.1": EVERYTHING,
    "4.0": EVERYTHING - NEWEST_ONLY,
    "3.9": WITHOUT_FORMS,  # CallScriptOpened/Close, login_oqueues, PickupFromQueue: 4.0
    "3.7": WITHOUT_FORMS,  # RTStatsSessions for the state, SimpleSearchContact alone
    "3.1": OLDEST | {Capability.SMS},  # Answer: 3.7, RTStats*: 3.5, Login/Logout: 3.4,
    # SimpleSearchContact: 3.2
    "3.0": OLDEST,  # SendSMS: 3.1; with the extension, CreateCall "non CC"
}
NEEDED = {
    Capability.HISTORY: "4.1",
    Capability.MY_DAY: "4.1",
    Capability.SMS: "3.1",
    Capability.TEAM: "4.1",
    Capability.DISPOSITION: "4.0",
    Capability.QUEUE_LOGIN: "4.0",
    Capability.QUEUE_PICKUP: "4.0",
    Capability.ANSWER: "3.7",
    Capability.SHIFT_LOGIN: "3.4",
    Capability.SHIFT_LOGOUT: "3.4",
    Capability.LIVE_STATE: "3.5",
    Capability.QUEUE_STATS: "3.5",
    Capability.CALLER_LOOKUP: "3.2",
}
KNOWN_CALLER = "601234567"  # Petr Svoboda in the simulator's contacts


def version_sim(version: str, **kwargs: object) -> DaktelaSimulator:
    """A simulated Daktela of ``version`` that answers 404 to anything newer: a refusal the
    backend would take for the vendor's words in the other reading fails loudly here."""
    options: dict[str, object] = {
        "api_version": version,
        "unknown_action": "404",
        "seed_history": False,
        "wrapup_seconds": 30.0,
        "outbound_answer_after": 0.05,
        "transfer_answer_after": None,
    }
    options.update(kwargs)
    return DaktelaSimulator(**options)  # type: ignore[arg-type]


def profile_backend(sim: DaktelaSimulator, version: str) -> DaktelaBackend:
    return backend_for(sim, api_version=version, extension=sim.extension)


async def exercise(backend: DaktelaBackend, sim: DaktelaSimulator) -> None:
    """Everything the backend declares, once, against ``sim``."""
    can = backend.capabilities.__contains__
    live = can(Capability.LIVE_STATE)
    if can(Capability.PAUSE):
        assert "7" in {p.id for p in await backend.pauses()}
        await backend.pause("7")
        assert sim.id_pause == "7"
        if live:
            assert (await backend.status()).pause is not None
        await backend.unpause()
        assert sim.id_pause is None
    if live:
        assert (await backend.status()).state is AgentState.READY
    call_id = sim.ring(KNOWN_CALLER)
    if live:
        ringing = await backend.status()
        assert ringing.state is AgentState.RINGING
        assert [c.number for c in ringing.calls] == [KNOWN_CALLER]
    if can(Capability.CALLER_LOOKUP):
        caller = await backend.caller_info(KNOWN_CALLER)
        assert caller is not None and caller.name == "Petr Svoboda"
    if can(Capability.ANSWER):
        await backend.answer()
    else:
        sim.pick_up()
    assert sim.call_state(call_id) == "Speaking"
    if live:
        assert (await backend.status()).state is AgentState.TALKING
    if can(Capability.TRANSFER):
        assert await backend.transfer_queues()
        await backend.transfer(TransferTarget(TransferKind.NUMBER, "800123456"))
        assert sim.call_state(call_id) == "On Hold"
        sim.transfer_unanswered()
    if can(Capability.TEAM):
        assert "dvorak" in {c.login for c in await backend.colleagues()}
    await backend.hangup()
    assert sim.call_state(call_id) is None
    if can(Capability.DISPOSITION):
        form = await backend.disposition_form(call_id)
        assert form is not None and form.statuses
        await backend.dispose(Disposition(call_id, form.statuses[0].id))
        assert sim.disposed_calls() == [call_id]
    if can(Capability.HISTORY):
        since = datetime.now(UTC) - timedelta(hours=1)
        assert call_id in {r.id for r in await backend.history(since)}
    if can(Capability.RECORDINGS):
        assert (await backend.recording(call_id)).data
    if can(Capability.QUEUE_STATS):
        assert await backend.queue_figures()
    if can(Capability.MY_DAY):
        assert (await backend.today()).answered >= 1
    if can(Capability.SMS):
        assert (await backend.send_sms("777123456", "Hi")).message_id
    if can(Capability.QUEUE_LOGIN):
        assert "2000" in {q.id for q in await backend.queues()}
        await backend.queue_logout("2001")
        await backend.queue_login("2001")
    if can(Capability.DIAL):
        sim.set_pause(None)
        dialled = await backend.dial("777123456")
        assert dialled.call_id and sim.call_state(dialled.call_id) is not None
        sim.customer_hangup()
    await exercise_shift(backend, sim)


async def exercise_shift(backend: DaktelaBackend, sim: DaktelaSimulator) -> None:
    can = backend.capabilities.__contains__
    if can(Capability.PHONE_STATUS):
        phone = await backend.phone_status()
        assert phone is not None and phone.reachable
    if can(Capability.QUEUE_PICKUP):
        waiting = sim.queue_caller("602222222")
        assert [w.id for w in await backend.waiting_calls()] == [waiting]
        await backend.pickup(waiting)
        sim.customer_hangup()
    if can(Capability.SHIFT_LOGOUT):
        await backend.shift_logout()
        assert sim.state is None
        await backend.shift_login()
        assert sim.state is not None


async def refuses_what_it_lacks(backend: DaktelaBackend) -> None:
    """Every capability not declared is NotSupportedError naming the version it needs."""
    attempts = {
        Capability.LIVE_STATE: None,
        Capability.ANSWER: backend.answer,
        Capability.CALLER_LOOKUP: lambda: backend.caller_info(KNOWN_CALLER),
        Capability.DISPOSITION: lambda: backend.disposition_form("1.1"),
        Capability.HISTORY: lambda: backend.history(datetime.now(UTC)),
        Capability.QUEUE_STATS: backend.queue_figures,
        Capability.QUEUE_LOGIN: backend.queues,
        Capability.TEAM: backend.colleagues,
        Capability.DIAL: lambda: backend.dial("777123456"),
        Capability.QUEUE_PICKUP: backend.waiting_calls,
        Capability.SHIFT_LOGIN: backend.shift_login,
        Capability.SHIFT_LOGOUT: backend.shift_logout,
        Capability.MY_DAY: backend.today,
        Capability.SMS: lambda: backend.send_sms("777123456", "Hi"),
    }
    for capability in EVERYTHING - backend.capabilities:
        reason = backend.unavailable[capability]
        assert backend.api_version in reason.values
        if capability in NEEDED:
            assert NEEDED[capability] in reason.values, (capability, reason)
        attempt = attempts.get(capability)
        if attempt is None:
            continue
        with pytest.raises(NotSupportedError) as refused:
            await attempt()
        assert refused.value.reason == reason
        assert str(refused.value) == str(reason)


@pytest.mark.parametrize("version", list(EXPECTED))
@pytest.mark.parametrize("served", ["same", "newer"])
async def test_a_profile_has_its_versions_capabilities_and_sends_nothing_newer(
    version: str, served: str
) -> None:
    async with version_sim(version if served == "same" else NEWEST) as sim:
        backend = profile_backend(sim, version)
        try:
            assert backend.capabilities == EXPECTED[version]
            await exercise(backend, sim)
            asked = len(sim.versions_asked)
            await refuses_what_it_lacks(backend)
            assert len(sim.versions_asked) == asked, "a refused capability sent a request"
        finally:
            await backend.aclose()
    newest_sent = max(versions.version_tuple(v) for _, v in sim.versions_asked)
    assert newest_sent <= versions.version_tuple(version)


async def test_the_backends_table_and_the_simulators_agree() -> None:
    for action, required in versions.REQUIREMENTS.items():
        assert sim_versions.REQUIREMENTS[action] == versions.version_tuple(required), action
    sim = DaktelaSimulator()
    served = set(sim._actions()) | {"GetRecording"}
    assert served == set(sim_versions.REQUIREMENTS)


def test_the_messages_name_the_version_needed_and_the_profiles() -> None:
    plan = versions.plan("3.6")
    assert str(plan.unavailable[Capability.ANSWER]) == (
        "Daktela offers Answer from API version 3.7 on; this profile's api_version is 3.6."
    )
    assert str(plan.unavailable[Capability.DISPOSITION]) == (
        "Daktela offers CallScriptOpened, CallScriptClose from API version 4.0 on; "
        "this profile's api_version is 3.6."
    )
    assert plan.way(Capability.LIVE_STATE) == versions.SESSIONS_POLL
    assert plan.way(Capability.CALLER_LOOKUP) == versions.CONTACT_ONLY
    without_extension = versions.plan("3.0")
    assert Capability.DIAL not in without_extension.capabilities
    assert "set the extension in the profile" in str(without_extension.unavailable[Capability.DIAL])
    assert versions.plan("3.0", extension="201").way(Capability.DIAL) == versions.EXTENSION_CALL
    assert versions.plan("3.1").way(Capability.DIAL) == versions.AGENT_CALL


async def test_the_wire_sends_no_action_newer_than_the_profile() -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(200, json={"status": 1, "error": None, "result": {}})

    wire = DaktelaWire(
        base_url="https://a.test",
        token="t",
        api_version="3.9",
        transport=httpx.MockTransport(answer),
    )
    try:
        with pytest.raises(NotSupportedError, match=r"CallScriptClose from API version 4\.0"):
            await wire.call("CallScriptClose", {"call_id": "1.1"})
        await wire.call("RTUserState", {"user": "a"})
    finally:
        await wire.aclose()
    assert sent == ["/api/3.9/RTUserState/json"]


@pytest.mark.parametrize("unknown_action", ["status", "404"])
async def test_a_profile_newer_than_its_daktela_is_told_plainly(unknown_action: str) -> None:
    async with version_sim("3.9", unknown_action=unknown_action) as sim:
        backend = profile_backend(sim, "4.1")
        try:
            with pytest.raises((VendorError, ConfigurationError)) as refused:
                await backend.status()
        finally:
            await backend.aclose()
    if unknown_action == "404":
        assert isinstance(refused.value, ConfigurationError)
        assert str(refused.value) == (
            "Daktela answered HTTP 404 to RTUserState under API 4.1: check the URL, and that "
            "the profile's api_version (4.1) is not newer than your Daktela's"
        )
    else:  # the vendor's own words
        assert isinstance(refused.value, VendorError)
        assert refused.value.vendor_message == "Neznámá akce RTUserState"


async def test_before_rtuserstate_the_live_state_comes_from_the_sessions_overview() -> None:
    async with version_sim("3.7") as sim:
        backend = profile_backend(sim, "3.7")
        tap = EventTap(backend.watch())
        try:
            ready = await tap.next_status()
            sim.ring(KNOWN_CALLER, queue_id="3")
            ringing = await tap.next_status(timeout=5)
            sim.pick_up()
            talking = await tap.next_status(timeout=5)
            sim.customer_hangup()
            wrap_up = await tap.next_status(timeout=5)
        finally:
            await tap.close()
            await backend.aclose()
    assert ready.status.state is AgentState.READY and ready.status.agent_name == sim.title
    assert ringing.status.state is AgentState.RINGING
    [call] = ringing.status.calls
    assert (call.number, call.queue) == (KNOWN_CALLER, "3")  # no title before 3.9: the id
    assert talking.status.state is AgentState.TALKING
    assert talking.status.calls[0].answered_at is not None
    assert wrap_up.status.state is AgentState.WRAP_UP and not wrap_up.status.calls
    asked = {action for action, _ in sim.requests}
    assert "RTUserState" not in asked
    assert [a for a, _ in sim.requests].count("GetUsers") == 1  # the agent's id, asked once


async def test_without_any_live_state_the_status_is_what_the_agents_commands_made() -> None:
    async with version_sim("3.1") as sim:
        backend = profile_backend(sim, "3.1")
        tap = EventTap(backend.watch())
        try:
            first = await tap.next_status()
            await backend.pause("7")
            paused = await tap.next_status()
            await backend.unpause()
            ready = await tap.next_status()
        finally:
            await tap.close()
            await backend.aclose()
    assert first.status.state is AgentState.LOGGED_IN
    assert paused.status.state is AgentState.PAUSED and paused.status.pause is not None
    assert paused.status.pause.title == "Oběd"
    assert ready.status.state is AgentState.READY
    assert not any(a.startswith("RT") for a, _ in sim.requests)


async def test_at_30_the_call_goes_out_from_the_extension() -> None:
    async with version_sim("3.0", outbound_logged=False) as sim:
        backend = profile_backend(sim, "3.0")
        try:
            dialled = await backend.dial("777123456")
        finally:
            await backend.aclose()
    assert dialled.call_id
    assert ("CreateCall", {"extension": sim.extension, "number": "777123456"}) in sim.requests
    assert ("CreateCall", "3.0") in sim.versions_asked


async def test_a_session_says_why_a_capability_is_hidden() -> None:
    async with version_sim("3.6") as sim:
        session = Session(profile_backend(sim, "3.6"))
        try:
            assert session.why_not(Action.ANSWER) is Refusal.NOT_OFFERED
            reason = session.why_not_offered(Action.ANSWER)
            assert reason is not None and "3.7" in str(reason)
            assert session.why_not_offered(Action.PAUSE) is None
            with pytest.raises(NotSupportedError) as refused:
                await session.answer()
            assert refused.value.reason == reason
        finally:
            await session.stop()
