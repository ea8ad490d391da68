"""The PBX simulator's scripted calls, posted to the MegaFon backend's receiver."""

from __future__ import annotations

from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.core import CallEnded, CallRinging
from agentdesk.sim.megapbx.scenario import MegaPbxScenario
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from tests.backends.daktela_helpers import EventTap


async def test_the_scenario_posts_both_encodings_a_colleagues_calls_and_a_forged_token() -> None:
    async with MegaPbxSimulator() as sim:
        backend = MegaPbxBackend(
            base_url=sim.url,
            login="ivanova",
            api_key=sim.api_key,
            crm_token=sim.crm_token,
            listen_port=0,
        )
        sim.webhook_url = await backend.start_receiver()
        tap = EventTap(backend.watch())
        scenario = MegaPbxScenario(
            sim, gap=0.01, answer_after=0.01, ring_timeout=0.05, talk_time=0.02, seed=1
        )
        try:
            scenario.start()
            ended = None
            while ended is None:
                event = await tap.next(timeout=5)
                if isinstance(event, CallEnded):
                    ended = event
            await scenario.stop()
            rung = [e for e in tap.pending() if isinstance(e, CallRinging)]
        finally:
            await scenario.stop()
            await tap.close()
            await backend.aclose()
    sent = sim.commands.sent
    assert {c.encoding for c in sent} == {"json", "form"}
    assert sent[0].status == 403  # the forged crm_token
    assert any(c.payload.get("user") == "petrov" and c.status == 200 for c in sent)
    assert ended.call.number.startswith("+7")
    assert all(
        e.call.id != c.payload["callid"]
        for e in rung
        for c in sent
        if c.payload.get("user") == "petrov"
    )
