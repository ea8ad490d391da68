"""`agentdesk ctl flags`, `block` and `unblock` as subprocesses: Oki-Toki's lists/check and
MegaFon's blacklist, and a vendor that documents neither."""

from __future__ import annotations

import json

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from tests.cli.test_ctl import _agentdesk, _target
from tests.simulated_vendors import megapbx_target, okitoki_target


async def test_okitoki_flags_a_vip_and_a_blocked_caller() -> None:
    async with OkiTokiSimulator() as sim:
        target = okitoki_target(sim, "--set", "vip_list=102", "--set", "block_list=101")
        vip = await _agentdesk(*target, "flags", "380501234567", "--json", secret=sim.token)
        blocked = await _agentdesk(*target, "flags", "380730001122", secret=sim.token)
        unset = await _agentdesk(*okitoki_target(sim), "flags", "380501234567", secret=sim.token)
    assert vip.code == 0, vip.err
    assert json.loads(vip.out) == {"number": "380501234567", "vip": True, "blocked": False}
    assert blocked.out.splitlines() == ["vip\tno", "blocked\tyes"]
    assert unset.code == 2 and "block_list" in unset.err


async def test_megapbx_blocks_and_unblocks() -> None:
    async with MegaPbxSimulator(seed_history=False) as sim:
        target = megapbx_target(sim)
        blocked = await _agentdesk(*target, "block", "+79161234567", secret=sim.api_key)
        listed = "79161234567" in sim.blacklist.entries
        flags = await _agentdesk(*target, "flags", "+79161234567", "--json", secret=sim.api_key)
        unblocked = await _agentdesk(*target, "unblock", "+79161234567", secret=sim.api_key)
        ranged = await _agentdesk(*target, "unblock", "79008001234", secret=sim.api_key)
    assert blocked.code == 0 and listed, blocked.err
    assert json.loads(flags.out)["blocked"] is True
    assert unblocked.code == 0 and "79161234567" not in sim.blacklist.entries
    assert ranged.code == 1 and "range 7900800*" in ranged.err


async def test_daktela_documents_no_blacklist() -> None:
    async with DaktelaSimulator(seed_history=False) as sim:
        result = await _agentdesk(*_target(sim), "block", "601234567", secret=sim.token)
    assert result.code == 1
    assert "blocking" in result.err
