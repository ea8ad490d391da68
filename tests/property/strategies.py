"""Hypothesis strategies for what vendors, webhooks and files may throw at AgentDesk: any
JSON value, realistic answers with fields of the wrong type or missing, truncated text, raw
bytes, and HTTP answers made of those.

:data:`FUZZ` keeps every property test reproducible and quick enough for CI: a fixed number
of examples, derandomized, no example database, no deadline (the first example pays for
imports and loop start-up).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# AGENTDESK_FUZZ_EXAMPLES (a number) explores more, at random, when hunting for new crashes.
_HUNT = int(os.environ.get("AGENTDESK_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=_HUNT or 150,
    deadline=None,
    derandomize=not _HUNT,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
"""The settings of every property test in this package."""

_texts = st.text(max_size=30)
_ints = st.integers(min_value=-(2**63), max_value=2**63) | st.sampled_from([0, 1, -1])
_floats = st.floats(allow_nan=True, allow_infinity=True)
words = st.sampled_from(
    ["", " ", "0", "1", "-1", "true", "false", "null", "in", "out", "²", "٣", "1e400", "inf",
     "nan", "-0", "12:34", "1:2:3", "2026-01-02 10:00:00", "02.01.2026 10:00:00",
     "2026-01-02T10:00:00Z", "+420601234567", "79101234567", "Speaking", "Paused", "wrap",
     "SUCCESS", "missed", "INCOMING", "ACCEPTED", "COMPLETED", "ringing", "status"]
)  # fmt: skip
"""Words parsers compare with or convert, so that arbitrary values often hit those branches."""
traps = st.sampled_from(["²", "٣", "1e400", "-1e400", "inf", "nan", "9" * 4400, "-0", "\x00"])
"""Text that looks like a number to ``str.isdigit`` or ``float`` and breaks ``int``."""
scalars = st.none() | st.booleans() | _ints | _floats | _texts | words
"""Any JSON scalar, and the awkward words parsers meet."""

json_values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(_texts | words, children, max_size=4)
    ),
    max_leaves=12,
)
"""Any JSON value: dicts, lists, strings, numbers, booleans, null."""


def mutated(sample: Any) -> st.SearchStrategy[Any]:
    """``sample`` (a realistic answer) with any of its parts dropped, retyped or replaced."""
    if isinstance(sample, dict):
        shaped = st.fixed_dictionaries({}, optional={k: mutated(v) for k, v in sample.items()})
        extra = st.dictionaries(_texts, json_values, max_size=2)
        return st.builds(lambda d, e: {**e, **d}, shaped, extra) | json_values
    if isinstance(sample, list):
        element = mutated(sample[0]) if sample else json_values
        return st.lists(element, max_size=4) | json_values
    return st.one_of(st.just(sample), traps, words, scalars, json_values)


def as_json_text(values: st.SearchStrategy[Any]) -> st.SearchStrategy[str]:
    """JSON text of ``values``: whole, or cut anywhere (a dropped connection)."""

    def cut(text: str, at: float) -> str:
        return text[: int(len(text) * at)]

    whole = values.map(json.dumps)
    truncated = st.builds(cut, whole, st.floats(min_value=0, max_value=1))
    return whole | truncated


def bodies(values: st.SearchStrategy[Any]) -> st.SearchStrategy[bytes]:
    """A response body: JSON of ``values`` (whole or truncated), text, or any bytes."""
    return (
        as_json_text(values).map(str.encode)
        | st.text(max_size=60).map(str.encode)
        | st.binary(max_size=60)
        | st.sampled_from([b"", b"0", b"1", b"null", b"[]", b"{}", b"\xff\xfe{", b"RIFF1234"])
    )


CONTENT_TYPES = st.sampled_from(
    ["application/json", "application/json; charset=utf-8", "text/plain", "text/html",
     "text/csv; charset=windows-1251", "audio/wav", "audio/mpeg", "application/octet-stream",
     "application/json; charset=nonsense", ""]
)  # fmt: skip
STATUSES = st.sampled_from([200] * 6 + [201, 204, 302, 400, 401, 403, 404, 422, 429, 500, 503])


def responses(
    values: st.SearchStrategy[Any], *, mostly_ok: bool = True
) -> st.SearchStrategy[httpx.Response]:
    """An HTTP answer: a status, a content type, maybe a Retry-After, and a body of
    :func:`bodies`."""
    status = STATUSES if mostly_ok else st.integers(min_value=200, max_value=599)
    retry_after = st.none() | st.sampled_from(["1", "-5", "soon", "Wed, 21 Oct 2015 07:28:00"])

    def build(code: int, content_type: str, retry: str | None, body: bytes) -> httpx.Response:
        headers = {"Content-Type": content_type} if content_type else {}
        if retry is not None:
            headers["Retry-After"] = retry
        return httpx.Response(code, headers=headers, content=body)

    return st.builds(build, status, CONTENT_TYPES, retry_after, bodies(values))


@dataclass(frozen=True)
class Asked:
    """What a backend operation asks for, in a vendor's words (test_backend_answers.py)."""

    pause: str = "p1"
    number: str = "+420601234567"
    call: str = "c1"
    queue: str = "q1"


def answering(
    data: st.DataObject, strategy_for: Callable[[httpx.Request], st.SearchStrategy[httpx.Response]]
) -> httpx.MockTransport:
    """A transport that answers each request with a response drawn for it."""

    def handler(request: httpx.Request) -> httpx.Response:
        return data.draw(strategy_for(request))

    return httpx.MockTransport(handler)


def by_name(samples: Mapping[str, Any], name: str) -> st.SearchStrategy[Any]:
    """A mutated realistic answer for ``name`` (any JSON when there is no sample)."""
    return mutated(samples[name]) if name in samples else json_values


def csv_texts(titles: list[str], cells: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """CSV text: a header of some of ``titles`` (or none), rows of ``cells``, any of the usual
    separators and quotes, cut anywhere."""

    def build(header: list[str], rows: list[list[str]], sep: str, quote: bool, at: float) -> str:
        def line(row: list[str]) -> str:
            return sep.join(f'"{c}"' if quote else c for c in row)

        text = "\r\n".join(line(row) for row in [header, *rows] if row or header)
        return text[: max(0, int(len(text) * at))] if at < 1 else text

    header = st.lists(st.sampled_from(titles) | st.text(max_size=8), max_size=len(titles) + 1)
    rows = st.lists(st.lists(cells, max_size=len(titles) + 2), max_size=4)
    separators = st.sampled_from([",", ";", "\t", "|"])
    cut = st.just(1.0) | st.floats(min_value=0, max_value=1)
    return st.builds(build, header, rows, separators, st.booleans(), cut)


cells = st.one_of(words, traps, st.text(max_size=12))
"""One CSV cell's text."""


def typed_error(expected: type[Exception], call: Callable[[], object]) -> Exception | None:
    """The ``expected`` error ``call`` raised, or None; any other exception propagates."""
    try:
        call()
    except expected as exc:
        return exc
    return None
