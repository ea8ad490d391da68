"""Save diagnostics: one zip with the redacted log, versions, settings and profiles, and no
secret; the rotating log file it reads is written by setup_logging, redacted too."""

from __future__ import annotations

import logging
import stat
import zipfile
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from agentdesk import __version__
from agentdesk.core import WebhookFigures
from agentdesk.diagnostics import write_diagnostics
from agentdesk.logs import LOG_BACKUPS, QUIET_LOGGERS, log_path, setup_logging
from agentdesk.redaction import RedactingFilter, forget_secrets, register_secret
from agentdesk.store.profiles import config_path
from agentdesk.store.settings import AppSettings, save_settings

TOKEN = "9f2c1e7a5b3d4c6e8f0a1b2c3d4e5f60"
CRM_TOKEN = "crm-0a1b2c3d4e5f"
PASSWORD = "Hunter2-Password!"


@pytest.fixture
def app_logging(capsys: pytest.CaptureFixture[str]) -> Iterator[Path | None]:
    """setup_logging as the app runs it (default log path), undone afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield setup_logging(verbose=True)
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
        for found in [f for f in handler.filters if isinstance(f, RedactingFilter)]:
            handler.removeFilter(found)
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET)
    forget_secrets()


def _zip_texts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_the_log_goes_redacted_to_a_small_rotating_file(
    app_logging: Path | None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app_logging == log_path()
    assert app_logging.parts[-3:] == ("agentdesk", "log", "agentdesk.log")
    register_secret(PASSWORD)
    log = logging.getLogger("agentdesk.test")
    log.debug("GET /api/GetPauses.json?access_token=%s", TOKEN)
    log.warning("the agent typed %s into the note", PASSWORD)
    try:
        raise ValueError(f"bad answer for crm_token={CRM_TOKEN}")
    except ValueError:
        log.warning("parsing failed", exc_info=True)
    written = app_logging.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    for text in (written, err):
        assert "access_token=***" in text and "crm_token=***" in text and "Traceback" in text
        assert TOKEN not in text and PASSWORD not in text and CRM_TOKEN not in text
    handler = next(h for h in logging.getLogger().handlers if hasattr(h, "maxBytes"))
    assert 0 < handler.maxBytes <= 2 * 1024 * 1024  # type: ignore[attr-defined]


def test_verbose_is_debug_and_quiet_is_warning(app_logging: Path | None) -> None:
    assert logging.getLogger().level == logging.DEBUG
    assert logging.getLogger("httpx").level == logging.WARNING
    # qasync's DEBUG lines report what worker threads returned: a keyring's secret, say.
    assert not logging.getLogger("qasync._QThreadWorker").isEnabledFor(logging.DEBUG)
    assert logging.getLogger("agentdesk.session").isEnabledFor(logging.DEBUG)
    setup_logging(verbose=False)
    assert logging.getLogger().level == logging.WARNING
    ours = [h for h in logging.getLogger().handlers if type(h).__module__ == "agentdesk.logs"]
    assert len(ours) == 2  # a second call replaces, never doubles, the handlers


def test_the_log_and_its_rotated_parts_are_the_users_alone(tmp_path: Path) -> None:
    # What an older AgentDesk left, readable by everyone.
    folder = tmp_path / "log"
    folder.mkdir(mode=0o755)
    old = folder / "agentdesk.log.2"
    old.write_text("old\n", encoding="utf-8")
    old.chmod(0o644)
    (folder / "agentdesk.log").write_text("older\n", encoding="utf-8")
    (folder / "agentdesk.log").chmod(0o644)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        assert setup_logging(verbose=True, log_file=folder / "agentdesk.log") is not None
        handler = next(h for h in root.handlers if isinstance(h, RotatingFileHandler))
        handler.maxBytes = 200  # rotate after a few lines
        for n in range(30):
            logging.getLogger("agentdesk.test").info("line %d of the log, long enough", n)
    finally:
        for added in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(added)
            added.close()
        for kept in root.handlers:
            for found in [f for f in kept.filters if isinstance(f, RedactingFilter)]:
                kept.removeFilter(found)
        root.setLevel(level)
    parts = sorted(folder.iterdir())
    assert [p.name for p in parts] == ["agentdesk.log"] + [
        f"agentdesk.log.{n}" for n in range(1, LOG_BACKUPS + 1)
    ]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in parts} == {p.name: 0o600 for p in parts}


def test_a_new_log_dir_is_made_private(tmp_path: Path, app_logging: Path | None) -> None:
    folder = tmp_path / "state" / "agentdesk" / "log"
    assert setup_logging(log_file=folder / "agentdesk.log") is not None
    logging.getLogger("agentdesk.test").warning("the first line")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "agentdesk.log").stat().st_mode) == 0o600


def test_an_unwritable_log_dir_leaves_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], app_logging: Path | None
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert setup_logging(log_file=blocker / "sub" / "agentdesk.log") is None
    assert "cannot write the log" in capsys.readouterr().err
    logging.getLogger("agentdesk.test").warning("still heard")
    assert "still heard" in capsys.readouterr().err


def test_diagnostics_hold_log_versions_settings_profiles_and_no_secret(
    tmp_path: Path, app_logging: Path | None
) -> None:
    save_settings(AppSettings())
    # As an older AgentDesk wrote it, or a keyring that could not take it left it: a
    # crm_token in the file itself (today it goes to the keyring: store/option_secrets.py).
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(
        'version = 1\ndefault = "Work"\n\n[profiles.Work]\nvendor = "megapbx"\n'
        'url = "https://acme.megapbx.ru"\nuser = "701"\n\n[profiles.Work.options]\n'
        f'crm_token = "{CRM_TOKEN}"\nlisten = "127.0.0.1:8091"\n',
        encoding="utf-8",
    )
    log = logging.getLogger("agentdesk.test")
    log.info("logged in with password=%s", PASSWORD)
    log.warning("X-API-KEY: %s", TOKEN)
    # An older part of the log, written before the redaction existed: redacted on the way in.
    assert app_logging is not None
    app_logging.with_name("agentdesk.log.1").write_text(
        f'old line {{"api_key": "{TOKEN}"}} Authorization: Basic {PASSWORD}\n', encoding="utf-8"
    )

    written = write_diagnostics(tmp_path)

    assert written.parent == tmp_path and written.name.startswith("agentdesk-diagnostics-")
    assert stat.S_IMODE(written.stat().st_mode) & 0o077 == 0  # private: a log names callers
    texts = _zip_texts(written)
    assert set(texts) == {
        "README.txt",
        "versions.txt",
        "logs/agentdesk.log",
        "logs/agentdesk.log.1",
        "config/settings.toml",
        "config/profiles.toml",
    }
    everything = "\n".join(texts.values())
    for secret in (TOKEN, CRM_TOKEN, PASSWORD):
        assert secret not in everything
    assert f"AgentDesk {__version__}" in texts["versions.txt"]
    for library in ("Python", "httpx", "aiohttp", "qasync", "PySide6", "Platform"):
        assert library in texts["versions.txt"], library
    assert 'crm_token = "***"' in texts["config/profiles.toml"]
    assert "acme.megapbx.ru" in texts["config/profiles.toml"]
    assert "password=***" in texts["logs/agentdesk.log"]
    assert "keyring" in texts["README.txt"]
    assert config_path().read_text(encoding="utf-8").count(CRM_TOKEN) == 1  # left as it was


def test_diagnostics_to_a_file_name_and_without_config_files(tmp_path: Path) -> None:
    target = tmp_path / "for-support.zip"
    assert write_diagnostics(target) == target
    texts = _zip_texts(target)
    assert texts["config/profiles.toml"].startswith("# no such file")
    assert not any(name.startswith("logs/") for name in texts)
    assert [p.name for p in tmp_path.iterdir()] == ["for-support.zip"]  # no temporary left
    assert "webhooks.txt" not in texts  # no receiver, nothing to count


def test_diagnostics_carry_what_the_webhook_receiver_counted(tmp_path: Path) -> None:
    figures = WebhookFigures(
        url="http://127.0.0.1:8080/megapbx",
        accepted=12,
        wrong_secret=3,
        unreadable=1,
        not_a_webhook=2,
        timed_out=4,
        dropped=5,
        turned_away=6,
        open_connections=1,
    )
    texts = _zip_texts(write_diagnostics(tmp_path / "d.zip", webhooks=figures))
    lines = texts["webhooks.txt"].splitlines()
    assert lines[0] == "Webhook receiver at http://127.0.0.1:8080/megapbx, since it started:"
    assert lines[1:] == [
        "12 accepted",
        "3 refused for a missing or wrong secret (403)",
        "1 refused as unreadable: not HTTP, or not a form or JSON object (400)",
        "0 refused as too large (413)",
        "2 refused as not a webhook: another path, method or content type (404, 405, 415)",
        "4 timed out: head or body not sent in time (closed, or 408)",
        "5 dropped: the client left half-way",
        "6 turned away: too many connections open (503)",
        "1 connections open now",
    ]
    assert "webhooks.txt" in texts["README.txt"]


def test_diagnostics_into_a_missing_folder_raise_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_diagnostics(tmp_path / "missing" / "d.zip")
