"""`agentdesk ctl today` and `agentdesk ctl sms` as subprocesses against the simulated
Daktela, with the vendor's refusal in its words and the exit codes of agentdesk/ctl.py."""

from __future__ import annotations

import json

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.cli.test_ctl import _agentdesk, _target


async def test_today_json_counts_the_days_calls() -> None:
    async with DaktelaSimulator(seed_history=False) as sim:
        sim.ring("601234567")
        sim.abandon()
        sim.set_pause("7")
        result = await _agentdesk(*_target(sim), "today", "--json", secret=sim.token)
        text = await _agentdesk(*_target(sim), "today", secret=sim.token)
    assert result.code == 0, result.err
    day = json.loads(result.out)
    assert (day["answered"], day["missed"], day["made"]) == (0, 1, 0)
    assert [p["title"] for p in day["pauses"]] == ["Oběd"]
    assert day["logged_in_seconds"] >= 0
    assert text.code == 0 and "missed\t1" in text.out.splitlines()


async def test_sms_is_sent_and_a_refusal_is_in_daktelas_words() -> None:
    async with DaktelaSimulator(seed_history=False) as sim:
        sent = await _agentdesk(
            *_target(sim), "sms", "601234567", "Dobrý den", "--json", secret=sim.token
        )
        sim.sms_refusal = "SMS brána není aktivní"
        refused = await _agentdesk(*_target(sim), "sms", "601234567", "Hi", secret=sim.token)
        too_long = await _agentdesk(*_target(sim), "sms", "601234567", "x" * 1378, secret=sim.token)
    assert sent.code == 0, sent.err
    assert json.loads(sent.out) == {"ok": True, "id": "2222", "parts": 1, "unicode": True}
    assert sim.day_log.sent_sms[0].message == "Dobrý den"
    assert refused.code == 1
    assert "the vendor refused: SMS brána není aktivní" in refused.err
    assert too_long.code == 2 and "at most 1377" in too_long.err


async def test_a_vendor_without_sms_says_so() -> None:
    async with DaktelaSimulator(seed_history=False, api_version="3.0") as sim:
        result = await _agentdesk(
            *_target(sim),
            "--set",
            "api_version=3.0",
            "--extension",
            "201",
            "sms",
            "601234567",
            "Hi",
            secret=sim.token,
        )
    assert result.code == 1
    assert "SendSMS" in result.err and "3.1" in result.err
