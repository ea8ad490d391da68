"""``agentdesk relay --tls-cert --tls-key``: HTTPS served by the relay itself, with a
company's own authority; a desk trusts it through ``relay_ca_file``, refuses it without;
plain HTTP gets no answer; bad files get one sentence, not a traceback."""

from __future__ import annotations

import asyncio
import os
import ssl
import subprocess
import sys
from contextlib import AbstractAsyncContextManager
from pathlib import Path

import httpx
import pytest

from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.backends.relay_stream import RelayStream
from agentdesk.core import CallRinging, ConfigurationError, RelayState
from agentdesk.relay.agents import AgentBook
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from tests.backends.daktela_helpers import EventTap
from tests.cli.watching import relay_process
from tests.receivers.test_megapbx import next_call_event
from tests.relay.certificates import RelayCertificates, make_certificates
from tests.relay.desks import MEGAPBX_TOKEN, post_megapbx

TOKENS = {"AGENTDESK_RELAY_MEGAPBX_TOKEN": MEGAPBX_TOKEN}


@pytest.fixture
def certs(tmp_path: Path) -> RelayCertificates:
    return make_certificates(tmp_path)


def https_relay(state: Path, certs: RelayCertificates) -> AbstractAsyncContextManager[str]:
    """``agentdesk relay --tls-cert --tls-key`` on loopback; its https URL."""
    return relay_process(
        state, "--tls-cert", str(certs.cert), "--tls-key", str(certs.key), **TOKENS
    )


async def test_a_desk_reads_its_calls_over_https_with_the_company_authority(
    certs: RelayCertificates, tmp_path: Path
) -> None:
    token = AgentBook(tmp_path / "relay").add("ivanova")
    company = ssl.create_default_context(cafile=certs.ca)
    async with (
        https_relay(tmp_path / "relay", certs) as relay,
        MegaPbxSimulator() as sim,
        httpx.AsyncClient(verify=company) as pbx,
    ):
        options = {"relay_url": relay, "relay_token": token, "relay_ca_file": str(certs.ca)}
        backend = MegaPbxBackend.from_options(
            url=sim.url, user="ivanova", secret=sim.api_key, options=options
        )
        tap = EventTap(backend.watch())
        try:
            assert backend.relay is not None
            async with asyncio.timeout(10):
                await backend.relay.connected.wait()
            posted = await post_megapbx(
                pbx, relay, type="INCOMING", user="ivanova", phone="79101234567", callid="c-1"
            )
            ringing = await next_call_event(tap)
        finally:
            await tap.close()
            await backend.aclose()
    assert relay.startswith("https://127.0.0.1:")
    assert posted.status_code == 200
    assert isinstance(ringing, CallRinging) and ringing.call.id == "c-1"


async def test_without_the_authority_the_desk_does_not_connect_and_plain_http_is_refused(
    certs: RelayCertificates, tmp_path: Path
) -> None:
    token = AgentBook(tmp_path / "relay").add("ivanova")
    async with https_relay(tmp_path / "relay", certs) as relay:
        stream = RelayStream(relay, token, lambda payload: None)
        stream.start()
        try:
            async with asyncio.timeout(10):
                await stream.attempted.wait()
        finally:
            await stream.stop()
        async with httpx.AsyncClient() as plain:
            with pytest.raises(httpx.TransportError):
                await plain.get(relay.replace("https://", "http://") + "/healthz")
    assert stream.connections == 0 and stream.state is RelayState.RECONNECTING


def test_an_unreadable_authority_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"relay_ca_file .* is not a readable PEM"):
        RelayStream("https://relay.example", "t", lambda payload: None, ca_file=str(tmp_path))


def _serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agentdesk", "relay", "--port", "0", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **TOKENS},
        check=False,
    )


@pytest.mark.parametrize(
    ("files", "says"),
    [
        (("cert", "missing"), "cannot read the private key {missing}: No such file or directory"),
        (("cert", "other_key"), "the certificate {cert} and the private key {other_key} do not"),
        (("cert",), "--tls-cert and --tls-key go together"),
    ],
)
def test_bad_certificate_files_get_one_sentence(
    certs: RelayCertificates, tmp_path: Path, files: tuple[str, ...], says: str
) -> None:
    paths = {
        "cert": certs.cert,
        "other_key": certs.other_key,
        "missing": tmp_path / "missing.key",
    }
    flags = [("--tls-cert", "--tls-key")[i] for i in range(len(files))]
    argv = [x for flag, f in zip(flags, files, strict=True) for x in (flag, str(paths[f]))]
    refused = _serve("--state-dir", str(tmp_path / "relay"), *argv)
    assert refused.returncode == 2
    assert refused.stderr.startswith("agentdesk relay: " + says.format(**paths))
    assert "Traceback" not in refused.stderr
