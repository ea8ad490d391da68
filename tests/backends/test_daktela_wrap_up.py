"""Daktela's wrap-up details: the statuses of the call's queue (GetStatuses' ``queue``), and
CallScriptClose's pause by its name or, when Daktela will not take that, by its id; against
the simulator reading the document each way."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from agentdesk.backends.daktela.backend import DaktelaBackend, SavedButPauseFailedError
from agentdesk.backends.daktela.wrap_up import BY_ID, BY_NAME
from agentdesk.core import Disposition
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.backends.daktela_helpers import backend_for

SUPPORT = {"objednavka", "nezajem", "volat_pozdeji", "informace", "reklamace"}
OUTGOING = {"objednavka", "nezajem", "volat_pozdeji", "nebere", "spatne_cislo"}
LOG = "agentdesk.backends.daktela.wrap_up"


def wrap_up_sim(**kwargs: object) -> DaktelaSimulator:
    options: dict[str, object] = {
        "seed_history": False,
        "wrapup_seconds": 30.0,
        "outbound_answer_after": 0.05,
    }
    options.update(kwargs)
    return DaktelaSimulator(**options)  # type: ignore[arg-type]


def answered(sim: DaktelaSimulator, queue_id: str = "1") -> str:
    call_id = sim.ring("601234567", queue_id=queue_id)
    sim.pick_up()
    sim.customer_hangup()
    return call_id


def statuses_asked(sim: DaktelaSimulator) -> list[dict[str, str]]:
    return [params for action, params in sim.requests if action == "GetStatuses"]


async def test_the_form_offers_the_statuses_of_the_queue_the_call_was_in() -> None:
    async with wrap_up_sim() as sim:
        backend = backend_for(sim)
        try:
            inbound = await seen_live(sim, backend, queue_id="1")  # Support, 2000
            support = await backend.disposition_form(inbound)
            sim.set_pause(None)
            outbound = (await backend.dial("777123456")).call_id
            assert outbound is not None
            await sim.wait_until(lambda: sim.call_state(outbound) == "Speaking", 5)
            await backend.status()  # the live call, in Odchozí (99990)
            sim.customer_hangup()
            outgoing = await backend.disposition_form(outbound)
        finally:
            await backend.aclose()
    assert support is not None and outgoing is not None
    assert {s.id for s in support.statuses} == SUPPORT
    assert {s.id for s in outgoing.statuses} == OUTGOING
    assert statuses_asked(sim) == [{"queue": "2000"}, {"queue": "99990"}]


async def test_a_backend_that_never_saw_the_call_finds_its_queue_in_the_script() -> None:
    async with wrap_up_sim() as sim:
        call_id = answered(sim, queue_id="3")  # Sales (2001), before the backend existed
        backend = backend_for(sim)
        try:
            form = await backend.disposition_form(call_id)
        finally:
            await backend.aclose()
    assert form is not None
    assert {s.id for s in form.statuses} == SUPPORT - {"reklamace"}
    assert statuses_asked(sim) == [{"queue": "2001"}]


async def test_a_queue_refused_or_without_statuses_gets_every_status(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger=LOG)
    async with wrap_up_sim() as sim:
        backend = backend_for(sim)
        try:
            first = await seen_live(sim, backend, queue_id="1")  # Support, 2000
            sim.queues["1"].name = "2999"  # renamed since: Daktela no longer knows "2000"
            refused = await backend.disposition_form(first)
            sim.set_pause(None)
            second = await seen_live(sim, backend, queue_id="3")  # Sales, 2001
            for status_id, status in list(sim.statuses.items()):
                sim.statuses[status_id] = replace(status, queues=status.queues - {"2001"})
            empty = await backend.disposition_form(second)
        finally:
            await backend.aclose()
    every = SUPPORT | OUTGOING
    assert refused is not None and {s.id for s in refused.statuses} == every
    assert empty is not None and {s.id for s in empty.statuses} == every
    assert statuses_asked(sim) == [{"queue": "2000"}, {}, {"queue": "2001"}, {}]
    said = [r.getMessage() for r in caplog.records if r.name == LOG]
    assert said == [
        "GetStatuses refused queue 2000 (Fronta nebyla nalezena): offering every status",
        "GetStatuses lists no status of queue 2001: offering every status",
    ]


async def seen_live(sim: DaktelaSimulator, backend: DaktelaBackend, queue_id: str) -> str:
    """A call the backend saw ringing in ``queue_id``, answered and ended."""
    call_id = sim.ring("601234567", queue_id=queue_id)
    await backend.status()
    sim.pick_up()
    sim.customer_hangup()
    return call_id


@pytest.mark.parametrize("pause_refusal", ["cc", "status"])
@pytest.mark.parametrize(
    ("pause_by", "taken"), [("name", BY_NAME), ("id", BY_ID), ("both", BY_NAME)]
)
async def test_the_pause_after_a_wrap_up_goes_by_name_or_by_id(
    pause_by: str, taken: str, pause_refusal: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOG)
    async with wrap_up_sim(pause_by=pause_by, pause_refusal=pause_refusal) as sim:
        backend = backend_for(sim)
        try:
            first = answered(sim)
            await backend.dispose(Disposition(first, "objednavka", then_pause="7"))
            assert sim.id_pause == "7"
            learned = backend.pause_forms
            sim.set_pause(None)
            sim.requests.clear()
            second = answered(sim)
            await backend.dispose(Disposition(second, "nezajem", then_pause="6"))
        finally:
            await backend.aclose()
    assert learned[0] == taken
    assert sim.disposed_calls() == [first, second]
    assert sim.id_pause == "6"
    # The form Daktela took goes first next time, and alone: one request, no fallback.
    closes = [p for a, p in sim.requests if a in ("CallScriptClose", "PauseOn")]
    assert closes == [
        {"call_id": second, "status": "nezajem", "pause": "11" if taken == BY_NAME else "6"}
    ]
    said = [r.getMessage() for r in caplog.records if r.name == LOG]
    value = "'10'" if taken == BY_NAME else "'7'"
    assert f"Daktela takes a pause by its {taken} ({value}): it goes first from now on" in said
    assert len([s for s in said if s.startswith("Daktela takes a pause")]) == 1


async def test_a_form_saved_whose_pause_daktela_would_not_take_gets_it_through_pause_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger=LOG)
    async with wrap_up_sim(pause_by="id", pause_refusal="cc") as sim:
        backend = backend_for(sim)
        try:
            call_id = answered(sim)
            await backend.dispose(Disposition(call_id, "objednavka", then_pause="7"))
        finally:
            await backend.aclose()
    sent = [(a, p.get("pause")) for a, p in sim.requests if a in ("CallScriptClose", "PauseOn")]
    assert sent == [("CallScriptClose", "10"), ("PauseOn", "7")]
    assert sim.disposed_calls() == [call_id]  # saved once
    assert sim.id_pause == "7"
    assert (
        "Daktela's CallScriptClose did not switch to pause '10' (Tato pauza nebyla nalezena); "
        "PauseOn took its id 7"
    ) in [r.getMessage() for r in caplog.records if r.name == LOG]


async def test_a_refusal_for_another_reason_is_not_sent_twice_in_vain() -> None:
    async with wrap_up_sim(pause_by="name", pause_refusal="status") as sim:
        backend = backend_for(sim)
        try:
            call_id = answered(sim)
            with pytest.raises(Exception, match="Stav neexistuje") as refused:
                await backend.dispose(Disposition(call_id, "nevim", then_pause="7"))
        finally:
            await backend.aclose()
    assert not isinstance(refused.value, SavedButPauseFailedError)
    assert sim.disposed_calls() == []
    # Refused with the name, then with the id: the vendor's first refusal is what is told.
    sent = [p.get("pause") for a, p in sim.requests if a == "CallScriptClose"]
    assert sent == ["10", "7"]
    assert backend.pause_forms == (BY_NAME, BY_ID)  # nothing learned from a refusal
