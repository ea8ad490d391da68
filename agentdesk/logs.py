"""Logging set-up shared by the GUI, ``ctl`` and ``sim``: stderr and a small rotating file in
the user log dir, both redacted (:mod:`agentdesk.redaction`)."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Final

import platformdirs

from agentdesk.redaction import RedactingFilter

# httpx logs every request URL at INFO, and Daktela's access_token travels in the URL; the
# redaction would mask it, but a line per request says nothing worth the noise.
_QUIET_LOGGERS: Final = ("httpx", "httpcore", "aiohttp.access")
FORMAT: Final = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE_NAME: Final = "agentdesk.log"
MAX_LOG_BYTES: Final = 1024 * 1024
LOG_BACKUPS: Final = 2  # agentdesk.log.1 and .2: what "Save diagnostics" packs


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
    pass


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("agentdesk"))


def log_path() -> Path:
    """Where the GUI, ``ctl`` and ``sim`` write their log (rotated to ``.1``, ``.2``)."""
    return log_dir() / LOG_FILE_NAME


def setup_logging(verbose: bool = False, *, log_file: Path | None = None) -> Path | None:
    """Log warnings (everything with ``verbose``) to stderr and to ``log_file`` (default
    :func:`log_path`), every record redacted. Calling it again replaces what it installed.
    Returns the log file, or None when it cannot be written (then stderr only)."""
    level = logging.DEBUG if verbose else logging.WARNING
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _OurHandler)]:
        root.removeHandler(old)
        old.close()
    formatter = logging.Formatter(FORMAT)
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
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return path if file_handler is not None else None


def _file_handler(path: Path) -> logging.Handler | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"agentdesk: cannot write the log to {path}: {exc}", file=sys.stderr)
        return None
    # delay: a run that logs nothing creates no file.
    return _FileHandler(
        path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
