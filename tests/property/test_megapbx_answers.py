"""MegaFon Virtual PBX: whatever the API answers or a webhook says, only AgentDesk's typed
errors come out, and webhooks give events, an answer or nothing (the backend's operations,
with the samples drawn here: test_backend_answers.py)."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime
from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.backends.megapbx import options, parse
from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.backends.megapbx.live import FinishedCall, Identity, LiveState
from agentdesk.core import AgentDeskError, CallDirection, CallerInfo, ConfigurationError, Event
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

ROW = {
    "uid": "u1",
    "start": "2026-01-02T10:00:00Z",
    "user": "jan",
    "account": "jan@acme",
    "group_name": "Sales",
    "status": "Success",
    "destination": "user",
    "record": "https://acme.megapbx.test/rec/1.mp3",
    "direction": "in",
    "client": "79101234567",
    "user_name": "Jan",
    "wait": "5",
    "duration": "95",
    "rating": "5",
    "diversion": "74950000000",
}
SAMPLES: dict[str, Any] = {
    "users/jan": {"login": "jan", "ext": "201", "name": "Jan"},
    "users/jan/dnd": {"state": True},
    "history/json": {"items": [ROW], "info": {"next": 1, "total": 1}},
    "history/inner/json": [
        {
            "uid": "i1",
            "start": "2026-01-02T10:00:00Z",
            "from": "jan@acme",
            "to": "eva@acme",
            "status": "noanswer",
            "to_name": "Eva",
            "wait": "3",
            "duration": "0",
        }
    ],
    "users": {"items": [{"login": "jan", "name": "Jan", "ext": "201"}], "info": {"next": 1}},
    "groups": {
        "items": [{"id": "g1", "name": "Sales", "users": [{"login": "jan", "calls_enable": True}]}]
    },
    "makecall": {"uuid": "c1"},
}
RESULTS = {path: mutated(sample) for path, sample in SAMPLES.items()}


def _answer(request: httpx.Request) -> st.SearchStrategy[httpx.Response]:
    path = request.url.path.removeprefix("/crmapi/v1/")
    return responses(RESULTS.get(path, json_values))


OPERATIONS = [
    "status",
    "watch",
    "pause",
    "unpause",
    "dial",
    "history",
    "recording",
    "queues",
    "queue_login",
    "users",
]


ASKED = Asked(pause="dnd", number="+79101234567", call="u1", queue="g1")


def _backend(transport: httpx.AsyncBaseTransport | None = None) -> MegaPbxBackend:
    return MegaPbxBackend(
        base_url="https://acme.megapbx.test",
        login="jan",
        api_key="key",
        crm_token="token",
        listen_port=0,
        contacts=lambda number: CallerInfo(number=number, name="Jana", last_agent="Jan"),
        transport=transport,
    )


def backend_answering(data: st.DataObject) -> MegaPbxBackend:
    """A backend whose every request is answered with what ``data`` draws for it."""
    return _backend(answering(data, _answer))


@FUZZ
@given(
    json_values | RESULTS["history/json"],
    json_values | RESULTS["history/inner/json"],
    json_values | RESULTS["groups"],
)
def test_list_answers(history: Any, inner: Any, groups: Any) -> None:
    for answer, read in ((history, parse.external_call), (inner, parse.internal_call)):
        try:
            rows = parse.items(answer, "history")
        except AgentDeskError:
            continue
        parse.next_start(answer, start=0, got=len(rows))
        for row in rows:
            if read is parse.external_call:
                parse.external_call(row, {"jan"}, {"Sales"})
            else:
                parse.internal_call(row, {"jan"}, {"eva": "202"})
    try:
        entries = parse.items(groups, "groups")
    except AgentDeskError:
        return
    parse.users(entries)
    parse.memberships(entries, {"jan"})


@FUZZ
@given(json_values | RESULTS["users/jan/dnd"])
def test_state_answers(answer: Any) -> None:
    with contextlib.suppress(AgentDeskError):
        parse.dnd_is_on(answer)


@FUZZ
@given(
    st.text(max_size=30) | words | traps,
    st.dictionaries(
        st.sampled_from(["crm_token", "listen", "path", "history_poll_seconds", "inner_history"]),
        words | traps | st.text(max_size=12) | st.sampled_from(["[::1]:80", "host:99999"]),
    ),
)
def test_profile_options_fail_with_configuration_errors(text: str, given: dict[str, str]) -> None:
    with contextlib.suppress(ConfigurationError):
        options.parse_listen(text)
    with contextlib.suppress(ConfigurationError):
        options.backend_options(given)


WEBHOOK_KEYS = ["cmd", "type", "user", "ext", "phone", "direction", "callid",
                "groupRealName", "start", "status", "link", "duration", "rating", "diversion",
                "crm_token"]  # fmt: skip
# megapbx._int_or_none lets int(float("inf")) overflow: test_known_gaps holds those until
# the backend is fixed.
OVERFLOWING = frozenset({"inf", "-inf", "1e400", "-1e400"})
WEBHOOK_VALUES = st.one_of(
    st.sampled_from(["event", "history", "contact", "rating", "jan", "201", "c1", "c2", "in",
                     "out", "INCOMING", "OUTGOING", "ACCEPTED", "COMPLETED", "CANCELLED",
                     "TRANSFERRED", "Success", "79101234567"]),
    words.filter(lambda w: w not in OVERFLOWING),
    traps.filter(lambda w: w not in OVERFLOWING),
    st.text(max_size=12),
)  # fmt: skip
WEBHOOKS = st.dictionaries(st.sampled_from(WEBHOOK_KEYS) | st.text(max_size=6), WEBHOOK_VALUES)


@FUZZ
@given(st.lists(WEBHOOKS, max_size=8))
def test_webhooks_give_events_an_answer_or_nothing(payloads: list[dict[str, str]]) -> None:
    async def run() -> None:
        # A transport of our own: httpx's default one builds an SSL context (45 ms) per backend.
        backend = _backend(httpx.MockTransport(lambda _: httpx.Response(404)))
        try:
            for payload in payloads:
                answer = backend._on_webhook(payload)
                assert answer is None or isinstance(dict(answer), dict)
            while backend._pending:
                assert isinstance(backend._pending.popleft(), Event)
            for payload in payloads:
                backend.call_details(payload.get("callid", ""))
        finally:
            await backend.aclose()

    asyncio.run(run())


@FUZZ
@given(st.lists(WEBHOOKS, max_size=8), st.lists(st.text(max_size=12) | words, max_size=3))
def test_live_state_events_or_nothing(payloads: list[dict[str, str]], numbers: list[str]) -> None:
    identity = Identity("jan")
    live = LiveState(identity, clock=lambda: datetime(2026, 1, 2, 10, tzinfo=UTC))
    for payload in payloads:
        identity.is_me(payload)
        assert all(isinstance(event, Event) for event in live.apply_event(payload))
    moment = datetime(2026, 1, 2, 10, 1, tzinfo=UTC)
    finished = [
        FinishedCall(f"x{i}", parse.phone_text(n), CallDirection.INBOUND, moment, moment)
        for i, n in enumerate(numbers)
    ]
    live.end_matching(finished)
