"""No secret reaches any output: a whole demo call of each vendor at DEBUG, in-process and
through ``agentdesk -v ctl``, and the GUI (``agentdesk -v --profile P``) with a real profile
whose secret comes from the environment or from a keyring, with every log record, stdout,
stderr, the log file and a diagnostics zip looked at.

The secrets are the simulators' own: Daktela's token (and its password and SHA1 form),
Oki-Toki's API tokens and the webhook secret derived from them, uContact's password, API token
and the md5secret keys it hands out, MegaFon's API key and CRM token.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import signal
import socket
import stat
import sys
import uuid
import zipfile
from collections.abc import Awaitable, Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import keyring
import keyring.backends.fail
import pytest

from agentdesk.backends.megapbx.options import DEFAULT_PATH as MEGAPBX_PATH
from agentdesk.backends.okitoki.backend import WEBHOOK_PATH as OKITOKI_PATH
from agentdesk.backends.okitoki.backend import derived_webhook_secret
from agentdesk.core import AgentState, Capability, ConnectionState, Disposition
from agentdesk.demo import DemoCallCentre
from agentdesk.diagnostics import write_diagnostics
from agentdesk.logs import QUIET_LOGGERS, setup_logging
from agentdesk.receivers import webhook
from agentdesk.receivers.webhook import WebhookReceiver
from agentdesk.redaction import RedactingFilter, forget_secrets
from agentdesk.session import Session, SessionEvent
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from agentdesk.sim.ucontact.simulator import UContactSimulator
from agentdesk.store.option_secrets import entry_name, is_secret_option
from agentdesk.store.profiles import Profile, save_profile
from agentdesk.store.secrets import SERVICE
from tests import file_keyring
from tests.cli.test_ctl import Result, _agentdesk, _env

VENDORS = ("daktela", "okitoki", "ucontact", "megapbx")
DAKTELA_PASSWORD = "Daktela-password-7f3a"


class Everything(logging.Handler):
    """Every record, formatted as a handler would write it (message, exception, stack)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def logging_as_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Iterator[tuple[Everything, Path]]:
    """``setup_logging(verbose=True)`` as ``agentdesk -v`` does, undone afterwards; its
    stderr handler writes to ``capsys``'s stderr."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    quiet = {n: logging.getLogger(n).level for n in QUIET_LOGGERS}
    everything = Everything()
    root.addHandler(everything)
    log_file = setup_logging(verbose=True, log_file=tmp_path / "agentdesk.log")
    assert log_file is not None
    # Louder than the app: httpx's request lines carry Daktela's token in the URL, and the
    # redaction must hold even for them.
    for name in quiet:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield everything, log_file
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
        for found in [f for f in handler.filters if isinstance(f, RedactingFilter)]:
            handler.removeFilter(found)
    root.setLevel(level)
    for name, old in quiet.items():
        logging.getLogger(name).setLevel(old)
    forget_secrets()


def _secrets(vendor: str, simulator: Any) -> set[str]:
    if isinstance(simulator, DaktelaSimulator):
        sha1 = hashlib.sha1((simulator.login + simulator.password).encode()).hexdigest()
        return {simulator.token, simulator.password, sha1}
    if isinstance(simulator, OkiTokiSimulator):
        tokens = {simulator.token, simulator.limited_token}
        return tokens | {derived_webhook_secret(t) for t in tokens}
    if isinstance(simulator, UContactSimulator):
        return {simulator.password, simulator.token, *simulator.keys}
    assert isinstance(simulator, MegaPbxSimulator), vendor
    return {simulator.api_key, simulator.crm_token}


class Waiter:
    def __init__(self, session: Session) -> None:
        self._changed = asyncio.Event()
        session.add_listener(self._wake)

    def _wake(self, _event: SessionEvent) -> None:
        self._changed.set()

    async def until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                self._changed.clear()
                await self._changed.wait()


async def _a_call(vendor: str, simulator: Any, session: Session, waiter: Waiter) -> str:
    """A call as the vendor allows: uContact's agent dials and hangs up (its API shows no
    ringing call); elsewhere a call rings, is answered and hung up. Returns its id."""
    if vendor == "ucontact":
        await session.dial("+59899124484")
        await waiter.until(lambda: session.status.current_call is not None)
    else:
        callid = simulator.ring("+420601234567" if vendor == "daktela" else "79101234567")
        await waiter.until(lambda: session.status.current_call is not None)
        if session.supports(Capability.ANSWER):
            await session.answer()
        elif vendor == "megapbx":
            simulator.pick_up(callid)
        else:
            simulator.pick_up()
        await waiter.until(lambda: session.status.state is AgentState.TALKING)
    call = session.status.current_call
    assert call is not None
    if session.supports(Capability.HANGUP):
        await session.hangup()
    elif vendor == "megapbx":
        simulator.hang_up(callid)
    else:
        simulator.customer_hangup()
    await waiter.until(lambda: session.status.current_call is None)
    return call.id


async def _whole_demo(vendor: str) -> set[str]:
    """The vendor's demo centre through a call, its wrap-up, the history and a recording;
    the secrets it used."""
    centre = DemoCallCentre(vendor, scenario=False)  # this test rings the calls itself
    simulator = centre.simulator
    if vendor == "daktela":
        simulator.password = DAKTELA_PASSWORD
    session = await centre.start_session()
    waiter = Waiter(session)
    session.start()
    try:
        await waiter.until(lambda: session.connection.state is ConnectionState.CONNECTED)
        call_id = await _a_call(vendor, simulator, session, waiter)
        if session.supports(Capability.DISPOSITION):
            form = await session.disposition_form(call_id)
            if form is not None and form.statuses:
                await session.dispose(Disposition(call_id, form.statuses[0].id, note="ok"))
        if session.supports(Capability.HISTORY):
            since = datetime.now().astimezone() - timedelta(days=7)
            records = await session.history(since)
            recorded = [r for r in records if r.has_recording]
            if recorded and session.supports(Capability.RECORDINGS):
                recording = await session.recording(recorded[0].id)
                assert recording.data
        return _secrets(vendor, simulator)
    finally:
        await session.stop()
        await centre.stop()


@pytest.mark.parametrize("vendor", VENDORS)
async def test_a_whole_demo_at_debug_shows_no_secret(
    vendor: str,
    logging_as_the_app: tuple[Everything, Path],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    everything, log_file = logging_as_the_app
    caplog.set_level(logging.DEBUG)
    secrets = await _whole_demo(vendor)
    logging.getLogger("agentdesk.test").debug("demo of %s done", vendor)
    captured = capsys.readouterr()
    outputs = {
        "log records": "\n".join(everything.lines),
        "caplog": caplog.text,
        "stdout": captured.out,
        "stderr": captured.err,
        "log file": log_file.read_text(encoding="utf-8"),
    }
    assert len(everything.lines) > 10, "the demo logged next to nothing at DEBUG"
    assert "demo of" in outputs["log file"] and "demo of" in outputs["stderr"]
    assert all(len(s) >= 8 for s in secrets)
    leaks = [(where, s) for where, text in outputs.items() for s in secrets if s in text]
    assert leaks == []


# -- agentdesk -v ctl, as a subprocess --------------------------------------------------


async def _ctl_runs(vendor: str) -> tuple[list[Result], set[str]]:
    """``state``, ``pauses`` and ``history`` with ``--json -v``, and one refused command."""
    if vendor == "daktela":
        async with DaktelaSimulator(password=DAKTELA_PASSWORD) as daktela:
            daktela.ring("601234567", name="Petr Svoboda")
            target = ["ctl", "--vendor", "daktela", "--url", daktela.url, "--user", daktela.login]
            return await _ctl(target, daktela.token), _secrets(vendor, daktela)
    if vendor == "okitoki":
        async with OkiTokiSimulator() as oki:
            target = [
                *("ctl", "--vendor", "okitoki", "--url", oki.url, "--user", oki.user_id),
                *(
                    "--set",
                    f"dialer_id={oki.dialer_id}",
                    "--set",
                    f"statuses={oki.statuses_option}",
                ),
            ]
            return await _ctl(target, oki.token), _secrets(vendor, oki)
    if vendor == "ucontact":
        async with UContactSimulator() as uc:
            uc.set_logged_in(True)
            options = {
                "outqueue": uc.outqueue,
                "campaign": uc.campaign,
                "backup_host": uc.backup_url,
                "breaks": uc.breaks_option,
                "dispositions": uc.dispositions_option,
            }
            sets = [arg for key, value in options.items() for arg in ("--set", f"{key}={value}")]
            target = ["ctl", "--vendor", "ucontact", "--url", uc.url, "--user", uc.agent, *sets]
            runs = await _ctl(target, uc.password)
            return runs, _secrets(vendor, uc)
    async with MegaPbxSimulator() as pbx:
        target = [
            *("ctl", "--vendor", "megapbx", "--url", pbx.url, "--user", "ivanova"),
            *("--set", f"crm_token={pbx.crm_token}"),
        ]
        return await _ctl(target, pbx.api_key), _secrets(vendor, pbx)


async def _ctl(target: list[str], secret: str) -> list[Result]:
    runs = [
        await _agentdesk("-v", *target, command, "--json", secret=secret)
        for command in ("state", "pauses", "history")
    ]
    # A refusal: the vendor's own words reach stderr.
    runs.append(await _agentdesk("-v", *target, "pause", "no-such-pause", secret=secret))
    # Unreachable: the transport error's text reaches stderr.
    closed = [*target]
    closed[closed.index("--url") + 1] = "http://127.0.0.1:9"
    runs.append(await _agentdesk("-v", *closed, "state", "--json", secret=secret))
    return runs


@pytest.mark.parametrize("vendor", VENDORS)
async def test_ctl_at_debug_shows_no_secret(vendor: str) -> None:
    runs, secrets = await _ctl_runs(vendor)
    assert runs[0].code == 0, runs[0].err
    assert "DEBUG" in "".join(r.err for r in runs), "-v logged nothing at DEBUG"
    assert runs[3].code != 0 and runs[4].code == 4, (runs[3].err, runs[4].err)
    logs = await asyncio.to_thread(_log_files_text)
    assert "DEBUG" in logs, "ctl -v wrote no log file"
    leaks = [
        (where, s)
        for s in secrets
        for where, text in (
            *((f"run {n} stdout", r.out) for n, r in enumerate(runs)),
            *((f"run {n} stderr", r.err) for n, r in enumerate(runs)),
            ("log file", logs),
        )
        if s in text
    ]
    assert leaks == []


def _log_files_text() -> str:
    """What the ctl runs wrote to the log file (the test's own XDG_STATE_HOME)."""
    state = Path(os.environ["XDG_STATE_HOME"])
    return "".join(p.read_text(encoding="utf-8") for p in state.rglob("agentdesk.log*"))


# -- the webhook receiver compares its secret in constant time --------------------------


async def test_the_receiver_compares_the_secret_in_constant_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compared: list[tuple[bytes, bytes]] = []
    original = hmac.compare_digest

    def compare_digest(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return original(a, b)

    monkeypatch.setattr(webhook.hmac, "compare_digest", compare_digest)
    async with WebhookReceiver(secret="s3cret-value") as receiver, httpx.AsyncClient() as client:
        assert receiver.host == "127.0.0.1"  # loopback unless a profile says otherwise
        good = await client.post(receiver.url_with_secret(), data={"event": "call"})
        bad = await client.post(receiver.url + "?secret=guess", data={"event": "call"})
    assert (good.status_code, bad.status_code) == (200, 403)
    assert len(compared) >= 2 and all(b"s3cret-value" in pair for pair in compared)


# -- agentdesk -v --profile P: the GUI with a saved profile, as a subprocess ---------------

PROFILE = "Work"
SECRET_SOURCES = ("environment", "keyring")
REPO = Path(__file__).resolve().parent.parent
Scene = Callable[[], Awaitable[None]]


@pytest.mark.parametrize("source", SECRET_SOURCES)
@pytest.mark.parametrize("vendor", ["megapbx", "okitoki"])
async def test_the_gui_with_a_saved_profile_at_debug_shows_no_secret(
    vendor: str, source: str, tmp_path: Path
) -> None:
    run, secrets = await _gui_run(vendor, source, tmp_path)
    assert run.code == 0, run.err
    assert "DEBUG" in run.err, "-v logged nothing at DEBUG"
    assert "Traceback" not in run.err
    # Nothing this test process registered may mask what the zip holds.
    forget_secrets()
    logs, modes, packed = await asyncio.to_thread(_what_the_gui_left, tmp_path)
    assert "DEBUG" in logs, "the GUI wrote no log file"
    assert "logs/agentdesk.log" in packed and "config/profiles.toml" in packed
    assert all(len(s) >= 8 for s in secrets)
    outputs = {"stdout": run.out, "stderr": run.err, "log files": logs, **packed}
    leaks = [(where, s) for where, text in outputs.items() for s in secrets if s in text]
    assert leaks == []
    # A log names callers: only its owner may read it.
    assert modes == {"log": 0o700, "agentdesk.log": 0o600}


def _what_the_gui_left(tmp_path: Path) -> tuple[str, dict[str, int], dict[str, str]]:
    """The log files' text, the modes of the log dir and files, and a diagnostics zip's
    texts by name, as File > Save diagnostics would write it now."""
    log_files = sorted(Path(os.environ["XDG_STATE_HOME"]).rglob("agentdesk.log*"))
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in log_files}
    if log_files:
        modes[log_files[0].parent.name] = stat.S_IMODE(log_files[0].parent.stat().st_mode)
    archive = write_diagnostics(tmp_path / "diagnostics.zip")
    with zipfile.ZipFile(archive) as opened:
        packed = {name: opened.read(name).decode("utf-8") for name in opened.namelist()}
    return "".join(p.read_text(encoding="utf-8") for p in log_files), modes, packed


async def _gui_run(vendor: str, source: str, tmp_path: Path) -> tuple[Result, set[str]]:
    """The GUI on a saved profile of ``vendor`` against its simulator, through a call that
    the simulator's webhooks bring to the GUI's receiver; the secrets it held."""
    port = _free_port()
    if vendor == "megapbx":
        async with MegaPbxSimulator() as pbx:
            pbx.webhook_url = f"http://127.0.0.1:{port}{MEGAPBX_PATH}"
            options = pbx.profile_options(listen=f"127.0.0.1:{port}")
            profile = Profile(PROFILE, "megapbx", pbx.url, pbx.agent.login, options=options)

            async def megapbx_call() -> None:
                await pbx.wait_until(lambda: bool(pbx.requests))  # the receiver is up
                callid = pbx.ring("79101234567")
                pbx.pick_up(callid)
                pbx.hang_up(callid)
                await pbx.wait_for_commands(4, timeout=20)
                assert [c.status for c in pbx.commands.sent] == [200] * 4

            run = await _run_gui(profile, pbx.api_key, source, megapbx_call, tmp_path)
            return run, _secrets(vendor, pbx)
    async with OkiTokiSimulator() as oki:
        webhook_secret = derived_webhook_secret(oki.token)
        oki.webhook_url = (
            f"http://127.0.0.1:{port}{OKITOKI_PATH}?secret={quote(webhook_secret, safe='')}"
        )
        options = {
            "dialer_id": oki.dialer_id,
            "statuses": oki.statuses_option,
            "webhook_port": str(port),
        }
        profile = Profile(PROFILE, "okitoki", oki.url, oki.user_id, options=options)

        async def okitoki_call() -> None:
            await oki.wait_until(lambda: bool(oki.requests))  # the receiver is up
            oki.ring("79101234567")
            oki.pick_up()
            oki.customer_hangup()
            await oki.wait_for_webhooks(3, timeout=20)
            assert [h.status for h in oki.hooks.sent] == [200] * len(oki.hooks.sent)

        run = await _run_gui(profile, oki.token, source, okitoki_call, tmp_path)
        return run, {oki.token, webhook_secret}


def _save_as_the_gui_would_find_it(profile: Profile, source: str, ring: Path) -> None:
    """Save ``profile`` where the GUI's keyring is: without one (``environment``) its secret
    options stay in profiles.toml; with one, they are in it."""
    if source == "environment":
        previous = keyring.get_keyring()
        keyring.set_keyring(keyring.backends.fail.Keyring())
        try:
            save_profile(profile, make_default=True)
        finally:
            keyring.set_keyring(previous)
        return
    save_profile(profile, make_default=True)
    for key, value in profile.options.items():
        if is_secret_option(profile.vendor, key):
            file_keyring.store(ring, SERVICE, entry_name(profile.name, key), value)


async def _run_gui(
    profile: Profile, secret: str, source: str, scene: Scene, tmp_path: Path
) -> Result:
    """``agentdesk -v --profile NAME`` offscreen with the test's own user dirs, the secret
    in AGENTDESK_SECRET or in a keyring file; ``scene`` runs once it is up, then SIGTERM
    quits it."""
    ring = tmp_path / "keyring.json"
    _save_as_the_gui_would_find_it(profile, source, ring)
    extra = {
        "QT_QPA_PLATFORM": "offscreen",
        "AGENTDESK_INSTANCE": f"agentdesk-test-{uuid.uuid4().hex}",
        "HOME": str(tmp_path),
    }
    if source == "environment":
        extra["AGENTDESK_SECRET"] = secret
    else:
        file_keyring.store(ring, SERVICE, profile.name, secret)
        extra["PYTHON_KEYRING_BACKEND"] = file_keyring.BACKEND
        extra[file_keyring.FILE_VARIABLE] = str(ring)
        extra["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(REPO), os.environ.get("PYTHONPATH")])
        )
    out_path, err_path = tmp_path / "stdout", tmp_path / "stderr"
    # Files, not pipes: at DEBUG the GUI writes more than a pipe holds unread.
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "agentdesk", "-v", "--profile", profile.name),
            env=_env(**extra),
            stdout=out,
            stderr=err,
        )
        try:
            ended = asyncio.ensure_future(proc.wait())
            played = asyncio.ensure_future(scene())
            done, _ = await asyncio.wait({ended, played}, timeout=60, return_when="FIRST_COMPLETED")
            if played not in done:
                played.cancel()
                detail = err_path.read_text(encoding="utf-8", errors="replace")[-3000:]
                pytest.fail(f"the GUI ended or hung before the call was through: {detail}")
            played.result()
            proc.send_signal(signal.SIGTERM)
            await asyncio.wait_for(ended, 30)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    assert proc.returncode is not None
    return Result(
        proc.returncode,
        out_path.read_text(encoding="utf-8", errors="replace"),
        err_path.read_text(encoding="utf-8", errors="replace"),
    )


def _free_port() -> int:
    """A port nobody listens on, for the GUI's webhook receiver (a profile names its port)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
