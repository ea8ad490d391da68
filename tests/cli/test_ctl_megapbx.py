"""What `agentdesk ctl --vendor megapbx` alone does, as subprocesses on loopback (what every
vendor does alike: test_ctl_every_vendor.py)."""

from __future__ import annotations

from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from tests.cli.test_ctl import _agentdesk
from tests.simulated_vendors import megapbx_target as _target


async def test_dial_places_a_makecall() -> None:
    async with MegaPbxSimulator(dial_ring_after=30) as sim:
        dialled = await _agentdesk(*_target(sim), "dial", "+79101234567", secret=sim.api_key)
        placed = [p for m, path, p in sim.requests if path == "makecall"]
        callid = next(iter(sim.live))
    assert dialled.code == 0, dialled.err
    assert dialled.out.strip() == f"dialling, call id {callid}"
    assert placed == [{"phone": "79101234567", "user": "ivanova"}]


async def test_refusals_exit_with_their_codes() -> None:
    async with MegaPbxSimulator() as sim:
        lunch = await _agentdesk(*_target(sim), "pause", "lunch", secret=sim.api_key)
        # The PBX's own refusal of a makecall (a login it does not know)...
        invalid = await _agentdesk(
            *_target(sim, user="nobody"), "dial", "+79101234567", secret=sim.api_key
        )
        # ...and a number the dial bar would refuse, which never reaches it.
        asked = len(sim.requests)
        junk = await _agentdesk(*_target(sim), "dial", "abc", secret=sim.api_key)
        junk_asked = len(sim.requests) - asked
        bad_option = await _agentdesk(
            *_target(sim, "--set", "listen=nowhere"), "state", secret=sim.api_key
        )
        sim.api_state = "switched_off"
        switched_off = await _agentdesk(*_target(sim), "state", secret=sim.api_key)
    assert lunch.code == 2 and "one pause" in lunch.err
    assert invalid.code == 1 and "Validation error" in invalid.err
    assert (junk.code, junk_asked) == (2, 0) and "'abc' has no digits" in junk.err
    assert bad_option.code == 2 and "listen" in bad_option.err
    assert switched_off.code == 3 and "CRM switched off" in switched_off.err
