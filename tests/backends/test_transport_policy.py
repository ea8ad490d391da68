"""TLS always: https anywhere, plain http only to this computer unless the profile insists
(with a warning), certificate checks never switched off."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from agentdesk.backends.transport_policy import check_url, is_loopback
from agentdesk.core import ConfigurationError
from agentdesk.redaction import forget_secrets, redact
from agentdesk.store.profiles import Profile
from agentdesk.vendors import create_backend

PACKAGE = Path(__file__).resolve().parents[2] / "agentdesk"


@pytest.mark.parametrize(
    "url",
    [
        "https://mycompany.daktela.com",
        "https://10.0.0.5:8443/api",
        "http://127.0.0.1:8080",
        "http://127.1.2.3",
        "http://localhost:9000/",
        "http://LOCALHOST",
        "http://pbx.localhost",
        "http://[::1]:8091/crm",
    ],
)
def test_https_anywhere_and_http_to_this_computer_are_fine(
    url: str, caplog: pytest.LogCaptureFixture
) -> None:
    check_url(url, allow_insecure=False)
    assert caplog.records == []


@pytest.mark.parametrize(
    "url", ["http://mycompany.daktela.com", "http://10.0.0.5", "http://[2001:db8::1]/"]
)
def test_plain_http_elsewhere_is_refused_with_the_way_out(url: str) -> None:
    with pytest.raises(ConfigurationError, match="allow_insecure_http") as caught:
        check_url(url, allow_insecure=False)
    assert "https://" in str(caught.value)


def test_plain_http_elsewhere_is_allowed_by_the_profile_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        check_url("http://pbx.example.com", allow_insecure=True)
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "http://pbx.example.com" in caplog.text and "unencrypted" in caplog.text


@pytest.mark.parametrize(
    "url", ["ftp://files.example.com", "mycompany.daktela.com", "https://", "ws://127.0.0.1"]
)
def test_other_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        check_url(url, allow_insecure=True)


def test_the_messages_show_no_password_of_the_url() -> None:
    with pytest.raises(ConfigurationError) as caught:
        check_url("http://jnovak:hunter2-secret@pbx.example.com", allow_insecure=False)
    assert "hunter2-secret" not in str(caught.value)


def test_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("[::1]") and is_loopback("localhost.")
    assert not is_loopback("127.example.com") and not is_loopback("0.0.0.0")


def test_create_backend_applies_the_rule_for_every_vendor(caplog: pytest.LogCaptureFixture) -> None:
    for vendor in ("daktela", "okitoki", "ucontact", "megapbx"):
        with pytest.raises(ConfigurationError, match="plain http"):
            create_backend(Profile("p", vendor, "http://acme.example.com", "701"), "a-secret")
    profile = Profile(
        "p", "daktela", "http://acme.example.com", "701", options={"allow_insecure_http": "yes"}
    )
    with caplog.at_level(logging.WARNING):
        create_backend(profile, "a-secret")
    assert "plain http://" in caplog.text


def test_create_backend_checks_another_host_the_secret_goes_to() -> None:
    profile = Profile(
        "p",
        "ucontact",
        "https://acme.example.com",
        "jperez",
        options={"backup_host": "http://rec.lan"},
    )
    with pytest.raises(ConfigurationError, match=r"rec\.lan"):
        create_backend(profile, "a-secret")


def test_create_backend_registers_the_secret_and_secret_options() -> None:
    try:
        profile = Profile(
            "p", "megapbx", "https://acme.megapbx.ru", "701", options={"crm_token": "crm-Token-42"}
        )
        create_backend(profile, "api-Key-1234")
        assert redact("seen api-Key-1234 and crm-Token-42") == "seen *** and ***"
    finally:
        forget_secrets()


def test_no_client_switches_certificate_checks_off() -> None:
    switch_off = re.compile(r"verify\s*=\s*(False|0|None)\b|CERT_NONE|check_hostname\s*=\s*False")
    offenders = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if switch_off.search(line)
    ]
    assert offenders == []
