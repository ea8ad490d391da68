"""`agentdesk ctl --vendor megapbx history` against a PBX without the inner history: the calls,
and a note saying what is missing, as JSON and as text."""

from __future__ import annotations

import json

from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from tests.cli.test_ctl import _agentdesk
from tests.cli.test_ctl_megapbx import _target

NOTE = "Calls between colleagues are not available from this PBX."


async def test_history_says_what_the_pbx_could_not_give() -> None:
    async with MegaPbxSimulator(inner_history=False) as sim:
        listed = await _agentdesk(*_target(sim), "history", "--json", secret=sim.api_key)
        text = await _agentdesk(*_target(sim), "history", secret=sim.api_key)
    assert listed.code == 0, listed.err
    output = json.loads(listed.out)
    assert output["calls"] and output["notes"] == [NOTE]
    assert text.code == 0, text.err
    assert text.out.splitlines()[-1] == f"note: {NOTE}"


async def test_no_notes_when_nothing_is_missing() -> None:
    async with MegaPbxSimulator() as sim:
        listed = await _agentdesk(*_target(sim), "history", "--json", secret=sim.api_key)
    assert listed.code == 0, listed.err
    assert "notes" not in json.loads(listed.out)
