"""Daktela: whatever the API answers, only AgentDesk's typed errors come out: its parsers
here, its backend's operations in test_backend_answers.py (with the samples drawn here)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.backends.daktela import parse
from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import AgentDeskError
from tests.property.strategies import (
    FUZZ,
    Asked,
    answering,
    json_values,
    mutated,
    responses,
    scalars,
)

CALL = {
    "id_call": "c1",
    "direction": "in",
    "clid": "+420601234567",
    "call_state": "Speaking",
    "clid_name": "Jana",
    "oqueue": {"queue": "q1", "title": "Sales", "rt_logged": True, "direction": "in"},
    "id_queue": "q1",
    "entered": "2026-01-02 10:00:00",
    "ringed": "2026-01-02 10:00:01",
    "answered": "2026-01-02 10:00:05",
}
QUEUE = {"queue": "q1", "name": "100", "title": "Sales", "rt_logged": True, "direction": "in"}
SAMPLES: dict[str, Any] = {
    "RTUserState": {
        "agent_state": "Paused",
        "id_pause": "p1",
        "state_time": "2026-01-02 10:00:00",
        "agent_name": "jnovak",
        "agent_title": "Jan Novák",
        "id_agent": "u1",
        "hash": "abc",
        "calls": [CALL],
        "login_oqueues": [QUEUE],
    },
    "GetPauses": [{"pause": "p1", "name": "lunch", "title": "Lunch", "type": "wrap"}],
    "SimpleSearchContact": [
        {
            "array_struct": {
                "label_field": ["Jméno", "Příjmení", "Firma"],
                "value_data": ["Jana", "Nováková", "Acme"],
            }
        }
    ],
    "LastCallNumber": {
        "user_title": "Jan",
        "user_login": "jnovak",
        "queue_title": "Sales",
        "queue_number": "100",
        "call_time": "2026-01-02 10:00:00",
    },
    "CallScriptOpened": {
        "record": {"call_id": "c1", "number": "+420601234567"},
        "fields": {
            "f1": {
                "name": "topic",
                "title": "Topic",
                "type": "selectbox",
                "required": "1",
                "options": '["Billing", "Delivery"]',
                "value": ["Billing"],
            }
        },
    },
    "GetStatuses": {"s1": {"code": "sale", "id": "s1", "description": "Sale", "deleted": "0"}},
    "StatsCalls": {
        "data": [
            {
                "name": "c1",
                "call_time": "2026-01-02 10:00:00",
                "answered": "1",
                "user": "u1",
                "queue": "q1",
                "clid": "+420601234567",
                "direction": "in",
                "waiting_time": "12",
                "duration": "95",
            }
        ],
        "total": "1",
    },
    "AboutCall": [{"recording_hash": "h1"}],
    "RTStatsQueues": {
        "q1": {"users_total": "3", "users_ready": "1", "calls_wait": "2", "calls_time": "40"}
    },
    "CallScriptClose": {"cc": {"result": False, "error": "pause failed"}},
    "CreateCall": {"id_call": "c2"},
}
RESULTS = {action: mutated(sample) for action, sample in SAMPLES.items()}


def _envelope(action: str) -> st.SearchStrategy[Any]:
    result = RESULTS.get(action, json_values)
    envelope = st.fixed_dictionaries(
        {"status": st.sampled_from([1, "1", 0, "0", True, None]) | scalars, "result": result},
        optional={"error": json_values},
    )
    return envelope | json_values


ENVELOPES = {action: _envelope(action) for action in [*SAMPLES, "other"]}


def _answer(request: httpx.Request) -> st.SearchStrategy[httpx.Response]:
    action = request.url.path.split("/")[-2]
    return responses(ENVELOPES.get(action, ENVELOPES["other"]))


OPERATIONS = [
    "status",
    "watch",
    "pauses",
    "caller_info",
    "disposition_form",
    "history",
    "recording",
    "queues",
    "queue_figures",
    "dial",
]


ASKED = Asked(number="+420601234567", call="c1")


def backend_answering(data: st.DataObject) -> DaktelaBackend:
    """A backend whose every request is answered with what ``data`` draws for it."""
    return DaktelaBackend(
        base_url="https://acme.daktela.test",
        login="jnovak",
        secret="token",
        timezone="Europe/Prague",
        transport=answering(data, _answer),
    )


def _typed(call: Any, *args: Any, **kwargs: Any) -> None:
    with contextlib.suppress(AgentDeskError):
        call(*args, **kwargs)


def _time(value: object) -> datetime | None:
    return None if value is None else datetime(2026, 1, 2, tzinfo=UTC)


@FUZZ
@given(json_values | RESULTS["GetPauses"], json_values | RESULTS["GetStatuses"])
def test_pauses_and_statuses(pauses: Any, statuses: Any) -> None:
    _typed(parse.pauses_and_names, pauses)
    _typed(parse.statuses, statuses)


@FUZZ
@given(json_values | RESULTS["SimpleSearchContact"], json_values | RESULTS["LastCallNumber"])
def test_caller_answers(contacts: Any, last: Any) -> None:
    _typed(parse.contact_name_and_company, contacts)
    _typed(parse.last_call, last, _time)


@FUZZ
@given(json_values | mutated(SAMPLES["CallScriptOpened"]["fields"]))
def test_form_fields(fields: Any) -> None:
    _typed(parse.form_fields, fields)


@FUZZ
@given(json_values | RESULTS["RTUserState"], json_values | RESULTS["RTStatsQueues"])
def test_user_state_and_queue_figures(state: Any, stats: Any) -> None:
    if isinstance(state, dict):
        _typed(parse.agent_queues, state)
        _typed(parse.queue_memberships, state)
    titles = {str(k): str(k) for k in stats} if isinstance(stats, dict) else {"q1": "Sales"}
    _typed(parse.queue_figures, stats, titles)


@FUZZ
@given(json_values | RESULTS["StatsCalls"])
def test_stats_rows_and_call_records(result: Any) -> None:
    try:
        rows = parse.stats_rows(result)
    except AgentDeskError:
        return
    for row in rows:
        parse.call_record(row, _time, me="u1", login="jnovak", titles={"q1": "Sales"}, names={})
