"""Daktela's Transfer, GetQueues and RTUsersState through the backend, against the simulator
over loopback: attended and blind, to a colleague, a queue or a number, the vendor's
refusals in its words, and both readings of what the document leaves open."""

from __future__ import annotations

import pytest

from agentdesk.core import (
    AgentState,
    AuthenticationError,
    Capability,
    NotSupportedError,
    TransferKind,
    TransferTarget,
    VendorError,
)
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.backends.daktela_helpers import backend_for

CALLER = "601234567"


def team_sim(**kwargs: object) -> DaktelaSimulator:
    options: dict[str, object] = {"seed_history": False, "transfer_answer_after": None}
    options.update(kwargs)
    return DaktelaSimulator(**options)  # type: ignore[arg-type]


def talking(sim: DaktelaSimulator) -> str:
    call_id = sim.ring(CALLER)
    sim.pick_up()
    return call_id


def to_user(login: str, *, blind: bool = False) -> TransferTarget:
    return TransferTarget(TransferKind.USER, login, blind=blind)


async def test_an_attended_transfer_holds_the_call_until_the_colleague_answers() -> None:
    async with team_sim() as sim:
        backend = backend_for(sim)
        try:
            call_id = talking(sim)
            await backend.transfer(to_user("dvorak"))
            sent = [p for a, p in sim.requests if a == "Transfer"]
            assert sent == [{"user": sim.login, "type": "attended", "dst_user": "7"}]
            assert sim.call_state(call_id) == "On Hold"  # still the agent's
            assert (await backend.status()).state is AgentState.ON_HOLD
            sim.transfer_answered()
            assert sim.call_state(call_id) is None
            assert sim.transfers[-1].outcome == "answered"
            assert sim.colleagues["dvorak"].state == "Speaking"
        finally:
            await backend.aclose()


async def test_an_unanswered_attended_transfer_gives_the_call_back() -> None:
    async with team_sim(transfer_answer_after=0.05) as sim:
        backend = backend_for(sim)
        try:
            call_id = talking(sim)
            await backend.transfer(to_user("novotna"))  # paused: she will not answer
            assert await sim.wait_until(lambda: sim.call_state(call_id) == "Speaking", 2)
            assert sim.transfers[-1].outcome == "unanswered"
            assert (await backend.status()).state is AgentState.TALKING
        finally:
            await backend.aclose()


async def test_a_blind_transfer_lets_the_call_go_at_once() -> None:
    async with team_sim() as sim:
        backend = backend_for(sim)
        try:
            call_id = talking(sim)
            await backend.transfer(TransferTarget(TransferKind.QUEUE, "3", blind=True))
            assert sim.call_state(call_id) is None
            assert [p for a, p in sim.requests if a == "Transfer"] == [
                {"user": sim.login, "type": "blind", "dst_queue": "3"}
            ]
            assert sim.transfers[-1].outcome == "blind"
        finally:
            await backend.aclose()


async def test_a_transfer_to_a_number() -> None:
    async with team_sim() as sim:
        backend = backend_for(sim)
        try:
            talking(sim)
            await backend.transfer(TransferTarget(TransferKind.NUMBER, "+420800123456"))
            assert sim.transfers[-1].kind == "number"
            sim.transfer_answered()
            assert sim.state != "On Hold"
        finally:
            await backend.aclose()


@pytest.mark.parametrize("dst_user", ["id", "login"])
async def test_dst_user_is_read_either_way(dst_user: str) -> None:
    async with team_sim(dst_user=dst_user) as sim:
        backend = backend_for(sim)
        try:
            talking(sim)
            await backend.transfer(to_user("benes"))
            assert sim.transfers[-1].target == ("11" if dst_user == "id" else "benes")
        finally:
            await backend.aclose()


async def test_an_unknown_colleague_is_the_vendors_refusal_not_a_failed_sign_in() -> None:
    """Daktela refuses an unknown user in the words it gives a wrong token ("Uživatel
    neexistuje"): taken for a sign-in failure, the session would stop and ask for the secret."""
    async with team_sim() as sim:
        backend = backend_for(sim)
        try:
            talking(sim)
            with pytest.raises(VendorError) as refused:
                await backend.transfer(to_user("nobody"))
            assert not isinstance(refused.value, AuthenticationError)
            assert refused.value.vendor_message == "Uživatel neexistuje"
            assert refused.value.action == "Transfer"
            assert sim.state == "Speaking"
        finally:
            await backend.aclose()


async def test_a_wrong_token_during_a_transfer_is_still_a_failed_sign_in() -> None:
    async with team_sim() as sim:
        backend = backend_for(sim, secret="0" * 40)
        try:
            talking(sim)
            with pytest.raises(AuthenticationError):
                await backend.transfer(to_user("dvorak"))
            assert not sim.transfers
        finally:
            await backend.aclose()


@pytest.mark.parametrize(
    ("target", "words"),
    [
        (to_user("kralova"), "Cílový uživatel není přihlášen do Call Centra"),
        (to_user("agent"), "Hovor nelze přepojit sám na sebe"),
        (TransferTarget(TransferKind.QUEUE, "99"), "Fronta nebyla nalezena"),
        (TransferTarget(TransferKind.NUMBER, "abc"), "Neplatné telefonní číslo"),
    ],
)
async def test_the_vendors_refusals_arrive_in_its_words(target: TransferTarget, words: str) -> None:
    async with team_sim(dst_user="login") as sim:
        backend = backend_for(sim)
        try:
            talking(sim)
            with pytest.raises(VendorError) as refused:
                await backend.transfer(target)
            assert refused.value.vendor_message == words
            assert sim.state == "Speaking" and not sim.transfers
        finally:
            await backend.aclose()


async def test_no_call_no_transfer() -> None:
    async with team_sim() as sim:
        backend = backend_for(sim)
        try:
            with pytest.raises(VendorError) as refused:
                await backend.transfer(to_user("dvorak"))
            assert refused.value.vendor_message == "Žádný probíhající hovor"
        finally:
            await backend.aclose()


async def test_the_queues_offered_are_the_inbound_ones() -> None:
    async with team_sim() as sim:
        backend = backend_for(sim)
        try:
            queues = await backend.transfer_queues()
        finally:
            await backend.aclose()
    assert [(q.id, q.title, q.number) for q in queues] == [
        ("3", "Sales", "2001"),
        ("1", "Support", "2000"),
    ]


@pytest.mark.parametrize("shape", ["object", "list"])
@pytest.mark.parametrize("logged_out", ["listed", "omitted"])
async def test_colleagues_with_their_states_either_reading(shape: str, logged_out: str) -> None:
    async with team_sim(users_state=shape, logged_out=logged_out) as sim:
        backend = backend_for(sim)
        try:
            team = await backend.colleagues()
            sim.set_colleague("benes", "Speaking")
            later = {c.login: c.state for c in await backend.colleagues()}
        finally:
            await backend.aclose()
    by_login = {c.login: c for c in team}
    assert [c.login for c in team] == ["novotna", "dvorak", "benes", "horak", "kralova"]
    assert by_login["dvorak"].state is AgentState.READY
    assert by_login["dvorak"].extension == "207" and by_login["dvorak"].name == "Karel Dvořák"
    assert by_login["dvorak"].since is not None
    assert by_login["novotna"].state is AgentState.PAUSED
    assert by_login["novotna"].pause is not None and by_login["novotna"].pause.title == "Oběd"
    assert by_login["horak"].state is AgentState.TALKING
    assert by_login["kralova"].state is AgentState.OFFLINE
    assert "agent" not in by_login
    assert later["benes"] is AgentState.TALKING


async def test_getusers_is_asked_once_for_many_refreshes() -> None:
    async with team_sim() as sim:
        backend = backend_for(sim)
        try:
            for _ in range(3):
                await backend.colleagues()
        finally:
            await backend.aclose()
    asked = [a for a, _ in sim.requests]
    assert asked.count("RTUsersState") == 3 and asked.count("GetUsers") == 1


@pytest.mark.parametrize("dst_user", ["id", "login"])
async def test_before_41_transfer_without_the_team(dst_user: str) -> None:
    """API 4.0 has Transfer but not RTUsersState: no Team view, and ``dst_user`` is the login
    (no id to be had), which a Daktela that reads ids refuses in its words."""
    async with team_sim(api_version="4.0", dst_user=dst_user) as sim:
        backend = backend_for(sim, api_version="4.0")
        try:
            assert Capability.TRANSFER in backend.capabilities
            assert Capability.TEAM not in backend.capabilities
            with pytest.raises(NotSupportedError) as unavailable:
                await backend.colleagues()
            assert "RTUsersState from API version 4.1" in str(unavailable.value)
            talking(sim)
            if dst_user == "login":
                await backend.transfer(to_user("dvorak", blind=True))
                assert sim.transfers[-1].target == "dvorak"
            else:
                with pytest.raises(VendorError) as refused:
                    await backend.transfer(to_user("dvorak", blind=True))
                assert refused.value.vendor_message == "Uživatel neexistuje"
            assert "RTUsersState" not in {a for a, _ in sim.requests}
        finally:
            await backend.aclose()
