"""Oki-Toki: whatever the API answers or a webhook says, only AgentDesk's typed errors come
out, and webhooks give events or nothing (the backend's operations, with the samples drawn
here: test_backend_answers.py)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.backends.okitoki import options, parse
from agentdesk.backends.okitoki.backend import OkiTokiBackend
from agentdesk.backends.okitoki.live import PAYLOAD_KEYS, KnownStatus
from agentdesk.core import AgentDeskError, ConfigurationError, Event
from tests.property.strategies import (
    FUZZ,
    Asked,
    answering,
    cells,
    csv_texts,
    json_values,
    mutated,
    responses,
    traps,
    words,
)

LOG_ROW = {
    "session_id": "s1",
    "date": "02.01.2026 10:00:00",
    "direction": "in",
    "ani": "+420601234567",
    "queue": "Sales",
    "user_id": "7",
    "user": "Jan",
    "contact": "Jana",
    "wait_time": "0:12",
    "talk_time": "95",
    "result": "answered",
    "record": "1",
}
SAMPLES: dict[str, Any] = {
    "reports/acd/calls-log": {"data": [LOG_ROW]},
    "contacts": [{"phone": "+420601234567", "name": "Jana", "company": "Acme"}],
    "reports/sec/queue-status-summary": {
        "data": [
            {
                "queue": "Sales",
                "calls_waiting": "2",
                "users_ready": 1,
                "users_online": "3",
                "max_wait_time": "1:05",
            }
        ]
    },
    "dialers/create_task": {"status": "ok", "message": "Task 123 added", "task_id": 123},
    "call/get_data": {"status": "ok", "data": {"result": "sale", "order": "A-1"}},
    "user/set_status": {"status": "ok"},
    "call/add_data": {"success": True},
}
RESULTS = {path: mutated(sample) for path, sample in SAMPLES.items()}
CSV_TITLES = [alias for aliases in parse.COLUMNS.values() for alias in aliases]
CSV_TEXTS = csv_texts(CSV_TITLES, cells)
CSV_BODIES = st.builds(
    lambda text, encoding: text.encode(encoding, errors="replace"),
    CSV_TEXTS,
    st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]),
)
CSV_ANSWERS = st.builds(
    lambda body, code: httpx.Response(code, headers={"Content-Type": "text/csv"}, content=body),
    CSV_BODIES,
    st.sampled_from([200, 200, 200, 404, 500]),
)


def _answer(request: httpx.Request) -> st.SearchStrategy[httpx.Response]:
    path = request.url.path.removeprefix("/api/v1/")
    if path == "reports/acd/calls-log" and "format" in request.url.params:
        return CSV_ANSWERS | responses(json_values)
    return responses(RESULTS.get(path, json_values))


OPERATIONS = [
    "status",
    "watch",
    "pause",
    "unpause",
    "dial",
    "caller_info",
    "disposition_form",
    "history",
    "recording",
    "queue_figures",
]


ASKED = Asked(pause="2/21", number="+420601234567", call="s1")


def backend_answering(data: st.DataObject) -> OkiTokiBackend:
    """A backend (its call log in a drawn format) whose every request is answered with what
    ``data`` draws for it."""
    return OkiTokiBackend(
        base_url="https://acme.oki-toki.test",
        user_id="7",
        api_token="token",
        dialer_id="5",
        statuses="1:Ready:ready,2/21:Coffee,5:After-call work:wrap",
        fields="order*:Order number,topic:Topic:choice=Billing|Delivery",
        call_log_format=data.draw(st.sampled_from(parse.LOG_FORMATS), label="log format"),
        timezone="Europe/Kyiv",
        transport=answering(data, _answer),
    )


@FUZZ
@given(json_values | RESULTS["reports/acd/calls-log"])
def test_json_call_log(result: Any) -> None:
    try:
        rows = parse.json_rows(result)
    except AgentDeskError:
        return
    for row in rows:
        parse.call_record(row, UTC, user_id="7", login="jan")


@FUZZ
@given(CSV_BODIES | st.binary(max_size=80), st.sampled_from(parse.LOG_FORMATS))
def test_csv_call_log(data: bytes, log_format: str) -> None:
    try:
        rows = parse.csv_rows(data, log_format)
    except AgentDeskError:
        return
    for row in rows:
        parse.call_record(row, None, user_id="7", login="jan")


@FUZZ
@given(
    json_values | RESULTS["contacts"],
    json_values | RESULTS["reports/sec/queue-status-summary"],
    json_values | RESULTS["dialers/create_task"],
    json_values | RESULTS["call/get_data"],
)
def test_other_answers(contacts: Any, queues: Any, task: Any, stored: Any) -> None:
    for call, args, kwargs in (
        (parse.contact_name_and_company, (contacts,), {"name_field": "name", "company_field": "x"}),
        (parse.queue_figures, (queues,), {}),
        (parse.task_number, (task,), {}),
        (parse.stored_data, (stored,), {}),
        (parse.seconds, (queues,), {}),
    ):
        with contextlib.suppress(AgentDeskError):
            call(*args, **kwargs)


OPTION_TEXT = st.text(alphabet=st.sampled_from("0123456789/:,*|=²٣ aAwrdyeoicht"), max_size=40)


@FUZZ
@given(
    OPTION_TEXT | st.text(max_size=30),
    st.dictionaries(
        st.sampled_from([*options.TEXT_OPTIONS, "call_log_poll_seconds", "webhook_port"]),
        words | traps | st.text(max_size=10),
    ),
)
def test_profile_options_fail_with_configuration_errors(text: str, given: dict[str, str]) -> None:
    for parser in (options.parse_statuses, options.parse_results, options.parse_fields):
        with contextlib.suppress(ConfigurationError):
            parser(text)
    with contextlib.suppress(ConfigurationError):
        options.backend_options(given)


PAYLOAD_NAMES = [spelling for spellings in PAYLOAD_KEYS.values() for spelling in spellings]
PAYLOADS = st.dictionaries(
    st.sampled_from(PAYLOAD_NAMES) | st.text(max_size=8),
    words
    | traps
    | st.sampled_from(["7", "8", "s1", "s2", "2", "21", "call.ended"])
    | st.text(max_size=12),
    max_size=8,
)


@FUZZ
@given(st.lists(PAYLOADS, max_size=8))
def test_webhooks_give_events_or_nothing(payloads: list[dict[str, str]]) -> None:
    known = KnownStatus(
        user_id="7",
        statuses=options.parse_statuses("1:Ready:ready,2/21:Coffee,5:Wrap:wrap"),
        clock=lambda: datetime(2026, 1, 2, tzinfo=UTC),
    )
    for payload in payloads:
        events = known.apply(payload)
        assert all(isinstance(event, Event) for event in events)
    known.end_calls(known.live_call_ids)
    assert not known.status.calls
