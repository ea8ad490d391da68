"""Logging set-up shared by the GUI, ``ctl`` and ``sim``: stderr and a small rotating file in
the user log dir, both redacted (:mod:`agentdesk.redaction`).

The log names callers and may hold what a vendor answered, so the log dir is the user's alone
(0700) and so is every file in it (0600, the rotated parts too).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import UTC, datetime
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Final

import platformdirs

from agentdesk.redaction import RedactingFilter

# httpx logs every request URL at INFO, and Daktela's access_token travels in the URL; the
# redaction would mask it, but a line per request says nothing worth the noise. qasync logs at
# DEBUG what every worker-thread call returned ("Setting Future result: ...", a secret read
# from the keyring included) and each callback with its arguments: noise for a support log,
# and a leak of any secret the redaction does not know yet.
QUIET_LOGGERS: Final = ("httpx", "httpcore", "aiohttp.access", "qasync")
FORMAT: Final = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE_NAME: Final = "agentdesk.log"
MAX_LOG_BYTES: Final = 1024 * 1024
LOG_BACKUPS: Final = 2  # agentdesk.log.1 and .2: what "Save diagnostics" packs
PRIVATE_DIR: Final = 0o700
PRIVATE_FILE: Final = 0o600


class _OurHandler:
    """Marks the handlers setup_logging installed, so that a second call replaces them."""


class _StderrHandler(logging.StreamHandler, _OurHandler):  # type: ignore[type-arg]
    """Writes to ``sys.stderr`` as it is when a record comes, not as it was at set-up:
    test runners and embedding apps replace it."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)

    def flush(self) -> None:
        self.stream = sys.stderr
        super().flush()


class _FileHandler(RotatingFileHandler, _OurHandler):
    """Opens the log (at start and after each rotation) readable by the user alone; the
    rotated parts are renamed, so they keep that mode."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        if hasattr(os, "fchmod"):  # a file an older AgentDesk made keeps its mode otherwise
            os.fchmod(fd, PRIVATE_FILE)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


class JsonLinesFormatter(logging.Formatter):
    """One JSON object a line (``time``, ``level``, ``logger``, ``message``, ``exception``):
    what journald, Loki or Elasticsearch take as they are. The record is already redacted
    by :class:`RedactingFilter` when it gets here."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, str] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = record.exc_text
        return json.dumps(line, ensure_ascii=False)


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("agentdesk"))


def log_path() -> Path:
    """Where the GUI, ``ctl`` and ``sim`` write their log (rotated to ``.1``, ``.2``)."""
    return log_dir() / LOG_FILE_NAME


def setup_logging(
    verbose: bool = False, *, log_file: Path | None = None, json_lines: bool = False
) -> Path | None:
    """Log warnings (everything with ``verbose``) to stderr and to ``log_file`` (default
    :func:`log_path`), every record redacted; with ``json_lines``, one JSON object a line
    (:class:`JsonLinesFormatter`). Calling it again replaces what it installed. Returns the
    log file, or None when it cannot be written (then stderr only)."""
    level = logging.DEBUG if verbose else logging.WARNING
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _OurHandler)]:
        root.removeHandler(old)
        old.close()
    formatter = JsonLinesFormatter() if json_lines else logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = [_StderrHandler()]
    path = log_file or log_path()
    file_handler = _file_handler(path)
    if file_handler is not None:
        handlers.append(file_handler)
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    # Handlers installed by others (pytest's, an embedding app's) get the redaction too.
    for any_handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in any_handler.filters):
            any_handler.addFilter(RedactingFilter())
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return path if file_handler is not None else None


def _file_handler(path: Path) -> logging.Handler | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        _make_private(path)
    except OSError as exc:
        print(f"agentdesk: cannot write the log to {path}: {exc}", file=sys.stderr)
        return None
    # delay: a run that logs nothing creates no file.
    return _FileHandler(
        path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )


def _make_private(path: Path) -> None:
    """The log dir 0700 and the log files already there 0600: those of an older AgentDesk
    were made readable by everyone."""
    os.chmod(path.parent, PRIVATE_DIR)
    for part in (path, *(path.with_name(f"{path.name}.{n}") for n in range(1, LOG_BACKUPS + 1))):
        if part.is_file():
            os.chmod(part, PRIVATE_FILE)
