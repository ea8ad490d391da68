"""uContact: whatever the API answers, only AgentDesk's typed errors come out: its parsers
here, its backend's operations in test_backend_answers.py (with the samples drawn here)."""

from __future__ import annotations

import contextlib
from datetime import UTC
from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.backends.ucontact import options, parse
from agentdesk.backends.ucontact.backend import UContactBackend
from agentdesk.core import AgentDeskError, ConfigurationError
from tests.property.strategies import (
    FUZZ,
    Asked,
    answering,
    json_values,
    mutated,
    responses,
    traps,
    words,
)

RECORD = {
    "guid": "g1",
    "calldate": "2026-01-02 10:00:00",
    "agent": "jperez",
    "campaign": "Ventas<-",
    "source": "+59899123456",
    "destination": "201",
    "duration": "95",
    "data": "tag",
}
SAMPLES: dict[str, Any] = {
    "auth/AgentLogin": [
        {"md5secret": "key", "callerid": "SIP/201", "context": "from-agent", "fullname": "Juan"}
    ],
    "auth/getUserToken": ["user", "key"],
    "Cdr/getrecords": [RECORD],
    "Supervisor/queuesummary": [
        {
            "queue": "Ventas<-",
            "callers": "2",
            "available": 1,
            "loggedIn": "3",
            "longestHoldTime": "40",
        },
        {"stamp": "2026-01-02 10:00:00"},
    ],
    "Supervisor/campaignstatus": {"Ventas<-": {"acd": "2", "availables": "1", "logged": "3"}},
}
RESULTS = {path: mutated(sample) for path, sample in SAMPLES.items()}


def _answer(request: httpx.Request) -> st.SearchStrategy[httpx.Response]:
    path = request.url.path.removeprefix("/Integra/resources/")
    return responses(RESULTS.get(path, json_values))


OPERATIONS = [
    "status",
    "watch",
    "pause",
    "unpause",
    "dial",
    "hangup",
    "history",
    "recording",
    "queue_figures",
]


ASKED = Asked(pause="Almuerzo", number="+59899123456", call="g1")


def backend_answering(data: st.DataObject) -> UContactBackend:
    """A backend (signed in by password or by token, as drawn) whose every request is
    answered with what ``data`` draws for it."""
    auth = data.draw(st.sampled_from(["password", "token"]), label="auth")
    return UContactBackend(
        base_url="https://acme.ucontact.test",
        agent="jperez",
        secret="secret",
        auth=auth,
        phone="SIP/201" if auth == "token" else None,
        context="from-agent",
        campaign="Ventas<-",
        outqueue="Ventas->",
        breaks="Almuerzo:Lunch,Postllamada:After-call work:wrap",
        dispositions="Venta>Tarjeta|Efectivo",
        timezone="America/Montevideo",
        transport=answering(data, _answer),
    )


@FUZZ
@given(json_values | RESULTS["auth/AgentLogin"], json_values | RESULTS["auth/getUserToken"])
def test_sign_in_answers(login: Any, token: Any) -> None:
    for call, answer in ((parse.agent_login, login), (parse.user_token, token)):
        with contextlib.suppress(AgentDeskError):
            call(answer)


@FUZZ
@given(json_values | RESULTS["Cdr/getrecords"])
def test_recorded_calls(answer: Any) -> None:
    try:
        rows = parse.record_rows(answer)
    except AgentDeskError:
        return
    for row in rows:
        parse.call_record(row, UTC, agent_phone="SIP/201")
        parse.call_record(row, None, agent_phone=None)


@FUZZ
@given(
    json_values | RESULTS["Supervisor/queuesummary"],
    json_values | RESULTS["Supervisor/campaignstatus"],
)
def test_queue_answers(summary: Any, status: Any) -> None:
    with contextlib.suppress(AgentDeskError):
        parse.queue_figures(summary)
    parse.campaign_figures(status, "Ventas<-")


OPTION_TEXT = st.text(alphabet=st.sampled_from("dD12:,>|* aAwrpl"), max_size=40)


@FUZZ
@given(
    OPTION_TEXT | st.text(max_size=30),
    st.dictionaries(
        st.sampled_from([*options.TEXT_OPTIONS, "auth", "logoff", "call_poll_seconds"]),
        words | traps | st.text(max_size=10),
    ),
)
def test_profile_options_fail_with_configuration_errors(text: str, given: dict[str, str]) -> None:
    for parser in (
        options.parse_breaks,
        options.parse_dispositions,
        options.parse_data_fields,
        options.disposition_levels,
    ):
        with contextlib.suppress(ConfigurationError):
            parser(text)
    with contextlib.suppress(ConfigurationError):
        options.backend_options(given)
