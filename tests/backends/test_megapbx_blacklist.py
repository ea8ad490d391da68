"""MegaFon's blacklist (crmapi/v1 section 11) against the simulated PBX over loopback: the
caller flagged when listed (a number or a range), Block and Unblock, in both readings of the
POST's telnum (a string, a list), and the PBX's refusal in its words."""

from __future__ import annotations

import pytest

from agentdesk.backends.megapbx.blacklist import covers, entries
from agentdesk.core import AuthenticationError, Capability, MalformedResponseError, VendorError
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from tests.backends.test_megapbx import backend_for, requests


async def test_a_listed_number_and_a_range_flag_the_caller() -> None:
    async with MegaPbxSimulator(seed_history=False) as sim:
        backend = backend_for(sim)
        try:
            assert {Capability.CALLER_FLAGS, Capability.BLOCKING} <= backend.capabilities
            listed = await backend.caller_flags("+7 999 888-00-11")
            in_range = await backend.caller_flags("89008001234")  # 7900800*, written nationally
            free = await backend.caller_flags("+79161234567")
        finally:
            await backend.aclose()
    assert (listed.blocked, in_range.blocked, free.blocked) == (True, True, False)
    assert listed.vip is None  # MegaFon keeps no VIP list


@pytest.mark.parametrize("form", ["string", "list"])
async def test_block_and_unblock_in_either_reading(form: str) -> None:
    async with MegaPbxSimulator(seed_history=False, blacklist_telnum=form) as sim:
        backend = backend_for(sim)
        try:
            await backend.block("+7 916 123-45-67")
            assert "79161234567" in sim.blacklist.entries
            assert (await backend.caller_flags("+79161234567")).blocked
            await backend.block("+79161112233")  # the second keeps to the form that worked
            await backend.unblock("+7 916 123-45-67")
            assert "79161234567" not in sim.blacklist.entries
        finally:
            await backend.aclose()
    posts = requests(sim, "POST", "blacklist/telnums")
    assert len(posts) == (2 if form == "string" else 3)  # one refused string, then lists
    assert requests(sim, "DELETE", "blacklist/telnums") == [{"telnum": "79161234567"}]


async def test_a_number_blocked_by_a_range_is_not_unblocked_silently() -> None:
    async with MegaPbxSimulator(seed_history=False) as sim:
        backend = backend_for(sim)
        try:
            with pytest.raises(VendorError, match=r"range 7900800\*"):
                await backend.unblock("79008001234")
            with pytest.raises(VendorError, match="not a phone number"):
                await backend.block("anonymous")
        finally:
            await backend.aclose()
    assert "7900800*" in sim.blacklist.entries
    assert requests(sim, "DELETE", "blacklist/telnums") == []


async def test_the_pbxs_refusal_arrives_in_its_words() -> None:
    async with MegaPbxSimulator(seed_history=False) as sim:
        sim.api_state = "switched_off"
        backend = backend_for(sim)
        try:
            with pytest.raises(AuthenticationError, match="Доступ к API выключен"):
                await backend.block("79161234567")
        finally:
            await backend.aclose()


def test_entries_and_ranges_at_the_edge() -> None:
    assert entries([{"telnum": "1"}, {"comment": "x"}, "junk"]) == ["1"]
    assert entries({"items": [{"telnum": "2"}]}) == ["2"]
    with pytest.raises(MalformedResponseError):
        entries({"telnum": "1"})
    assert covers("79161234567", "8 916 123 45 67") and not covers("79161234567", "")
    assert covers("7900*", "+79001") and not covers("7900*", "+79101")
