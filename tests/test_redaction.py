"""One place knows what a secret looks like: parameters, headers, JSON, TOML, URLs, and the
session's own secret wherever it turns up; log records are redacted whole."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.backends.http import transport_error
from agentdesk.redaction import (
    MASK,
    RedactingFilter,
    forget_secrets,
    is_secret_name,
    redact,
    redact_exception,
    register_secret,
)

SECRET = "s3cr3t-V4lue"


@pytest.fixture(autouse=True)
def no_registered_secrets() -> Iterator[None]:
    forget_secrets()
    yield
    forget_secrets()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # query strings and forms
        (
            f"GET https://x.daktela.com/api/v6/GetPauses.json?access_token={SECRET}&take=10",
            "GET https://x.daktela.com/api/v6/GetPauses.json?access_token=***&take=10",
        ),
        (f"api_token={SECRET}&user_id=7", "api_token=***&user_id=7"),
        (f"https://h/okitoki?secret={SECRET}", "https://h/okitoki?secret=***"),
        (f"cmd=history&crm_token={SECRET}&phone=7910", "cmd=history&crm_token=***&phone=7910"),
        (f"user=jperez&password={SECRET}", "user=jperez&password=***"),
        (f"token={SECRET}; path=/", "token=***; path=/"),
        (f"md5secret={SECRET}", "md5secret=***"),
        # header lines
        (f"X-API-KEY: {SECRET}", "X-API-KEY: ***"),
        (f"Authorization: Basic {SECRET}", "Authorization: Basic ***"),
        (f"authorization: Bearer {SECRET}", "authorization: Bearer ***"),
        (f"Proxy-Authorization: {SECRET}", "Proxy-Authorization: ***"),
        # JSON and Python reprs
        (f'{{"password": "{SECRET}", "user": "j"}}', '{"password": "***", "user": "j"}'),
        (f'{{"crm_token":"{SECRET}"}}', '{"crm_token":"***"}'),
        (f"{{'api_key': '{SECRET}', 'n': 1}}", "{'api_key': '***', 'n': 1}"),
        (f'{{"md5secret": "{SECRET}"}}', '{"md5secret": "***"}'),
        (f"{{'x-api-key': '{SECRET}'}}", "{'x-api-key': '***'}"),
        (f"{{'authorization': 'Basic {SECRET}'}}", "{'authorization': 'Basic ***'}"),
        ('{"password": "with \\"quotes\\" inside"}', '{"password": "***"}'),
        # TOML and keyword reprs
        (f'crm_token = "{SECRET}"', 'crm_token = "***"'),
        (f"webhook_secret = '{SECRET}'", "webhook_secret = '***'"),
        (f"Backend(api_token='{SECRET}', user_id='7')", "Backend(api_token='***', user_id='7')"),
        # a URL's password
        (f"https://jnovak:{SECRET}@x.daktela.com/", "https://jnovak:***@x.daktela.com/"),
    ],
)
def test_secrets_are_masked_where_they_stand(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "GET https://x.daktela.com/api/v6/GetPauses.json?take=10&skip=0",
        "connection lost (cannot reach Daktela: connection refused)",
        "wrap-up for 1234 not saved: VendorError('no such status')",
        "https://x.daktela.com:8443/api",
        '{"user": "jnovak", "number": "+420601234567"}',
        "the token was refused",
        "password=",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact(text) == text


def test_a_registered_secret_is_masked_anywhere_even_url_encoded() -> None:
    secret = "p@ss word/+1"
    register_secret(secret)
    assert redact(f"oops: {secret} in prose") == f"oops: {MASK} in prose"
    assert redact("login?x=p%40ss%20word%2F%2B1") == f"login?x={MASK}"
    assert redact("login?x=p%40ss+word%2F%2B1") == f"login?x={MASK}"


def test_short_values_are_not_registered_but_still_masked_as_values() -> None:
    register_secret("1234")
    register_secret("")
    register_secret(None)
    assert redact("call 1234 at 12:34") == "call 1234 at 12:34"
    assert redact("password=1234") == "password=***"


def test_secret_names() -> None:
    for name in ("crm_token", "webhook_secret", "api_key", "X-API-KEY", "password", "md5secret"):
        assert is_secret_name(name), name
    for name in ("statuses", "note_field", "listen", "backup_host", "user", "tokens_left"):
        assert not is_secret_name(name), name


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_redaction_is_idempotent_and_never_fails(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


@given(st.text(alphabet="abcdefABCDEF0123456789-_.~", min_size=8, max_size=40))
def test_no_token_survives_in_a_query_string(token: str) -> None:
    text = f"http://127.0.0.1:1/api?a=1&access_token={token}&b=2"
    assert token not in redact(text).split("access_token=")[1]


def test_the_filter_redacts_message_arguments_exception_and_stack() -> None:
    record = logging.LogRecord(
        "agentdesk.test", logging.ERROR, __file__, 1, "GET %s failed", (f"/x?token={SECRET}",), None
    )
    try:
        raise RuntimeError(f"https://h/?api_token={SECRET}")
    except RuntimeError as exc:
        record.exc_info = (type(exc), exc, exc.__traceback__)
    record.stack_info = f"Stack (most recent call last):\n  secret={SECRET}"
    assert RedactingFilter().filter(record) is True
    formatted = logging.Formatter("%(message)s").format(record)
    assert SECRET not in formatted
    assert "GET /x?token=*** failed" in formatted
    assert "RuntimeError: https://h/?api_token=***" in formatted


def test_the_filter_survives_a_bad_format_string() -> None:
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "%d items", ("many",), None)
    assert RedactingFilter().filter(record) is True
    assert "many" in record.getMessage()


def test_transport_errors_and_exception_texts_are_redacted() -> None:
    import httpx

    register_secret(SECRET)
    error = transport_error("Daktela", httpx.ConnectError(f"failed for /api?access_token={SECRET}"))
    assert SECRET not in str(error) and "access_token=***" in str(error)
    assert redact_exception(ValueError(f"bad {SECRET}")) == "ValueError: bad ***"
