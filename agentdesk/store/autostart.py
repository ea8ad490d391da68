"""Starting AgentDesk at login, where we know how: XDG autostart on Linux and the BSDs.

Enabled means a desktop entry at ``$XDG_CONFIG_HOME/autostart/agentdesk.desktop`` (by default
``~/.config/autostart``), which GNOME, KDE, Xfce and the others read at login. Windows and
macOS have their own mechanisms that this version does not implement: there
:func:`set_autostart` raises NotSupportedError rather than pretend.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from agentdesk.core import ConfigurationError, NotSupportedError
from agentdesk.store.profiles import write_atomically

FILE_NAME: Final = "agentdesk.desktop"
_XDG_PLATFORMS: Final = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")

# Characters that make an Exec argument need quotes (Desktop Entry Specification, "The Exec
# key"), and the ones to escape with a backslash inside those quotes.
_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")
_ESCAPED_IN_QUOTES = re.compile(r"([\"`$\\])")


def unsupported_reason(platform: str | None = None) -> str | None:
    """Why starting at login cannot be set up on ``platform`` (default: this one), or None
    when it can."""
    platform = platform or sys.platform
    if platform.startswith(_XDG_PLATFORMS):
        return None
    return "starting AgentDesk at login is not supported on this system yet (only on Linux)"


def autostart_file(config_home: Path | None = None) -> Path:
    """Where the autostart entry lives: ``config_home`` (tests), else ``$XDG_CONFIG_HOME``,
    else ``~/.config``, then ``autostart/agentdesk.desktop``."""
    if config_home is None:
        xdg = os.environ.get("XDG_CONFIG_HOME", "")
        # The spec says a relative value is invalid and must be ignored.
        config_home = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".config"
    return config_home / "autostart" / FILE_NAME


def default_command() -> list[str]:
    """How to start AgentDesk: the ``agentdesk`` script when it is on PATH, else this Python
    with ``-m agentdesk`` (a virtual environment that is not activated at login)."""
    if shutil.which("agentdesk"):
        return ["agentdesk"]
    return [sys.executable, "-m", "agentdesk"]


def desktop_entry(command: Sequence[str], profile: str | None = None) -> str:
    """The autostart entry that runs ``command`` (with ``--profile`` when one is named)."""
    arguments = [*command, *(["--profile", profile] if profile else [])]
    exec_line = " ".join(_quote(argument) for argument in arguments)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=AgentDesk\n"
        "Comment=Contact-centre agent companion, started at login\n"
        f"Exec={exec_line}\n"
        "Icon=agentdesk\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_autostart(
    enabled: bool,
    *,
    profile: str | None = None,
    command: Sequence[str] | None = None,
    config_home: Path | None = None,
    platform: str | None = None,
) -> Path:
    """Write or remove the autostart entry; returns its path.

    ``profile`` is passed as ``--profile`` (leave it None for the file's default profile).
    Raises NotSupportedError where :func:`unsupported_reason` says so, and
    ConfigurationError when the file cannot be written or removed.
    """
    reason = unsupported_reason(platform)
    if reason is not None:
        raise NotSupportedError(reason)
    path = autostart_file(config_home)
    try:
        if enabled:
            write_atomically(path, desktop_entry(command or default_command(), profile))
        else:
            path.unlink(missing_ok=True)
    except OSError as exc:
        raise ConfigurationError(f"cannot change {path}: {exc.strerror or exc}") from None
    return path


def is_autostart_enabled(*, config_home: Path | None = None, platform: str | None = None) -> bool:
    """Whether our entry is there and not switched off (``Hidden=true`` or
    ``X-GNOME-Autostart-enabled=false``, as desktop settings panels write)."""
    if unsupported_reason(platform) is not None:
        return False
    try:
        text = autostart_file(config_home).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    lines = {line.strip().replace(" ", "") for line in text.splitlines()}
    return not ({"Hidden=true", "X-GNOME-Autostart-enabled=false"} & lines)


def _quote(argument: str) -> str:
    if argument and not _RESERVED.search(argument):
        quoted = argument
    else:
        quoted = '"' + _ESCAPED_IN_QUOTES.sub(r"\\\1", argument) + '"'
    # A literal % is written %% (field codes); and Exec is also a string value, whose own
    # escape rule doubles every backslash.
    return quoted.replace("%", "%%").replace("\\", "\\\\")
