"""Oki-Toki's lists/check for the caller card's VIP and blocked flags, against the simulator
over loopback in both readings of its answer (a bare 1/0, an object), and its refusals."""

from __future__ import annotations

import pytest

from agentdesk.backends.okitoki.lists import in_list
from agentdesk.core import Capability, MalformedResponseError, OptionNeededError, VendorError
from agentdesk.core.profile import Profile
from agentdesk.vendors import create_backend
from tests.backends.test_okitoki import backend_for, fast_sim, paths

VIP = "+380 50 123 45 67"  # on list 102 in the simulator
BLOCKED = "0730001122"  # on list 101


@pytest.mark.parametrize("style", ["ours", "variant"])
async def test_the_caller_is_flagged_from_both_lists(style: str) -> None:
    async with fast_sim(answer_style=style) as sim:
        backend = backend_for(sim, vip_list="102", block_list="101")
        try:
            assert Capability.CALLER_FLAGS in backend.capabilities
            vip = await backend.caller_flags(VIP)
            blocked = await backend.caller_flags(BLOCKED)
            nobody = await backend.caller_flags("380991112233")
        finally:
            await backend.aclose()
    assert (vip.vip, vip.blocked) == (True, False)
    assert (blocked.vip, blocked.blocked) == (False, True)
    assert not nobody.any
    assert {"list_id": "101", "value": BLOCKED} in [
        {k: v for k, v in p.items() if k != "api_token"} for p in paths(sim, "lists/check")
    ]


async def test_one_list_only_asks_that_list() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, block_list="101")
        try:
            flags = await backend.caller_flags(BLOCKED)
        finally:
            await backend.aclose()
    assert (flags.vip, flags.blocked) == (None, True)
    assert [p["list_id"] for p in paths(sim, "lists/check")] == ["101"]


async def test_an_unknown_list_is_refused_in_oki_tokis_words() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, block_list="999")
        try:
            with pytest.raises(VendorError, match="List 999 not found"):
                await backend.caller_flags(BLOCKED)
        finally:
            await backend.aclose()


async def test_without_a_list_the_profile_is_told_which_option() -> None:
    backend = create_backend(
        Profile(name="t", vendor="okitoki", url="https://x.oki-toki.net", user="1", options={}),
        "token",
    )
    try:
        assert Capability.CALLER_FLAGS not in backend.capabilities
        with pytest.raises(OptionNeededError, match="block_list"):
            await backend.caller_flags(BLOCKED)
    finally:
        await backend.aclose()


def test_answers_in_either_reading_and_nonsense() -> None:
    assert in_list(1) and in_list("1") and in_list(True) and in_list({"result": 1})
    assert not (in_list(0) or in_list("0") or in_list({"status": "ok", "data": 0}))
    for nonsense in (2, "yes", None, [1], {"status": "ok"}):
        with pytest.raises(MalformedResponseError):
            in_list(nonsense)
