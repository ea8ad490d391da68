"""uContact: whatever the API answers, only AgentDesk's typed errors come out."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime
from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.backends.ucontact import options, parse
from agentdesk.backends.ucontact.backend import UContactBackend
from agentdesk.core import AgentDeskError, ConfigurationError
from tests.property.strategies import (
    FUZZ,
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


async def _operate(backend: UContactBackend, operation: str) -> object:
    if operation == "watch":
        events = backend.watch()
        async with contextlib.aclosing(events):  # type: ignore[type-var]
            return await anext(events)
    if operation == "pause":
        await backend.pause("Almuerzo")
        return None
    if operation == "dial":
        return await backend.dial("+59899123456")
    if operation == "history":
        return await backend.history(datetime(2026, 1, 1, tzinfo=UTC), limit=5)
    if operation == "recording":
        return await backend.recording("g1")
    return await getattr(backend, operation)()


@FUZZ
@given(st.data(), st.sampled_from(OPERATIONS), st.sampled_from(["password", "token"]))
def test_any_answer_gives_a_value_or_a_typed_error(
    data: st.DataObject, operation: str, auth: str
) -> None:
    async def run() -> None:
        backend = UContactBackend(
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
        try:
            await _operate(backend, operation)
        except AgentDeskError:
            pass
        finally:
            await backend.aclose()

    asyncio.run(run())


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
