"""File ▸ Save diagnostics: one zip for support, with nothing secret in it.

It holds the log (with its rotated parts), the versions of AgentDesk, Python, Qt and the
libraries that talk to vendors, the settings and profiles files, and what the session's
webhook receiver has accepted, refused and lost, if it has one, or the state of its stream
from the company relay, if it reads one; every text is passed
through :func:`agentdesk.redaction.redact` on the way in (the files never hold the keyring's
secrets, but a profile may hold a webhook's ``crm_token``).
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import zipfile
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Final

from agentdesk import __version__
from agentdesk.core import RelayLink, WebhookFigures
from agentdesk.logs import LOG_BACKUPS, log_path
from agentdesk.redaction import redact
from agentdesk.store.profiles import config_path
from agentdesk.store.settings import settings_path

LIBRARIES: Final = (
    "PySide6",
    "shiboken6",
    "qasync",
    "httpx",
    "httpcore",
    "aiohttp",
    "keyring",
    "platformdirs",
    "phonenumbers",
    "tomli-w",
)

README: Final = """\
AgentDesk diagnostics, made {made} for the AgentDesk support team.

What is inside:
  versions.txt           AgentDesk, Python, Qt, the operating system and the libraries
  logs/agentdesk.log*    AgentDesk's log and its older parts (run AgentDesk with --verbose
                         before reproducing a problem for the most detail)
  config/settings.toml   the application settings (File > Settings)
  config/profiles.toml   the connection profiles: vendor, address, login, options
  webhooks.txt           what AgentDesk's webhook receiver accepted, refused and lost since
                         it started (only for vendors that send webhooks)
  relay.txt              the company relay's address and the state of this desk's stream
                         from it (only for profiles with relay_url; never the token)

What is NOT inside: passwords, API tokens and keys. AgentDesk keeps those in the operating
system's keyring, never in these files, and every text above went through AgentDesk's
redaction, which replaces anything that looks like a secret with ***.
Phone numbers and names of callers may appear in the log; look through the files before
sending them if that matters to you.
"""


def default_name(now: datetime | None = None) -> str:
    """``agentdesk-diagnostics-20261124-1530.zip``: what the save dialog suggests."""
    moment = now or datetime.now()
    return f"agentdesk-diagnostics-{moment:%Y%m%d-%H%M%S}.zip"


def versions_text() -> str:
    lines = [
        f"AgentDesk {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()}, "
        f"{sys.executable})",
        f"Platform {platform.platform()} ({platform.machine()})",
    ]
    qt_core = sys.modules.get("PySide6.QtCore")  # only if the GUI has loaded it: no Qt here
    if qt_core is not None:
        lines.append(f"Qt {qt_core.qVersion()}")
        platform_name = _qt_platform_name(qt_core)
        if platform_name:
            lines.append(f"Qt platform {platform_name}")
    for name in LIBRARIES:
        try:
            lines.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            lines.append(f"{name} not installed")
    for variable in ("XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP", "QT_QPA_PLATFORM", "LANG"):
        if value := os.environ.get(variable):
            lines.append(f"{variable}={value}")
    return redact("\n".join(lines) + "\n")


def _qt_platform_name(qt_core: object) -> str | None:
    app_class = getattr(qt_core, "QCoreApplication", None)
    app = app_class.instance() if app_class is not None else None
    gui_app = sys.modules.get("PySide6.QtGui")
    if app is None or gui_app is None or not isinstance(app, gui_app.QGuiApplication):
        return None
    name: str = gui_app.QGuiApplication.platformName()
    return name


def webhooks_text(figures: WebhookFigures) -> str:
    """The receiver's counts, one per line, for support (English, like the rest)."""
    # Numbers first: "secret: 3" would look like a secret's value to the redaction.
    lines = [
        f"Webhook receiver at {figures.url}, since it started:",
        f"{figures.accepted} accepted",
        f"{figures.wrong_secret} refused for a missing or wrong secret (403)",
        f"{figures.unreadable} refused as unreadable: not HTTP, or not a form or JSON object (400)",
        f"{figures.too_large} refused as too large (413)",
        f"{figures.not_a_webhook} refused as not a webhook: another path, method or content"
        " type (404, 405, 415)",
        f"{figures.timed_out} timed out: head or body not sent in time (closed, or 408)",
        f"{figures.dropped} dropped: the client left half-way",
        f"{figures.turned_away} turned away: too many connections open (503)",
        f"{figures.open_connections} connections open now",
    ]
    return redact("\n".join(lines) + "\n")


def relay_text(link: RelayLink) -> str:
    """The relay stream's state, one fact per line, for support (English, like the rest)."""
    lines = [
        f"Company relay at {link.url}",
        f"stream: {link.state.value}",
        f"last event id: {link.last_event_id or 'none yet'}",
        f"{link.reconnects} reconnections since the desk started",
        f"{link.events} events received",
    ]
    if link.retry_in is not None:
        lines.append(f"next attempt in {link.retry_in:.0f} s")
    if link.http_status is not None:
        lines.append(f"the relay's last refusal: HTTP {link.http_status}")
    return redact("\n".join(lines) + "\n")


def _log_files() -> list[Path]:
    current = log_path()
    older = [current.with_name(f"{current.name}.{n}") for n in range(1, LOG_BACKUPS + 1)]
    return [path for path in (current, *older) if path.is_file()]


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None


def write_diagnostics(
    path: Path, *, webhooks: WebhookFigures | None = None, relay: RelayLink | None = None
) -> Path:
    """Write the zip to ``path`` (a directory gets :func:`default_name` inside it) and return
    where it went; ``webhooks``: the session's receiver counts, if it has a receiver;
    ``relay``: its relay stream, if it reads one.
    Blocking file I/O: call it off the GUI thread. Raises OSError."""
    if path.is_dir():
        path = path / default_name()
    entries: dict[str, str] = {
        "README.txt": README.format(made=datetime.now().astimezone().isoformat("T", "seconds")),
        "versions.txt": versions_text(),
    }
    for log_file in _log_files():
        text = _read_text(log_file)
        if text is not None:
            entries[f"logs/{log_file.name}"] = redact(text)
    for name, source in (("settings.toml", settings_path()), ("profiles.toml", config_path())):
        text = _read_text(source)
        entries[f"config/{name}"] = redact(text) if text is not None else "# no such file yet\n"
    if webhooks is not None:
        entries["webhooks.txt"] = webhooks_text(webhooks)
    if relay is not None:
        entries["relay.txt"] = relay_text(relay)
    # Written beside the target and renamed: a half-written zip never carries the name.
    fd, temp = tempfile.mkstemp(prefix=".diagnostics-", suffix=".zip", dir=path.parent)
    try:
        with (
            os.fdopen(fd, "wb") as stream,
            zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as zf,
        ):
            for name, text in entries.items():
                zf.writestr(name, text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path
