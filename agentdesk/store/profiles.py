"""Profiles: which vendor, where, and as whom. Stored as TOML in the user config dir.

The file never holds a secret; those live in the OS keyring (:mod:`agentdesk.store.secrets`).

    version = 1
    default = "work"

    [profiles.work]
    vendor = "daktela"
    url = "https://mycompany.daktela.com"
    user = "jnovak"
    extension = "201"

    [profiles.work.options]
    api_version = "4.0"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from agentdesk.core import ConfigurationError

FILE_VERSION = 1
KNOWN_VENDORS = ("daktela",)


@dataclass(frozen=True)
class Profile:
    name: str
    vendor: str
    url: str
    user: str
    extension: str | None = None
    options: dict[str, str] = field(default_factory=dict)

    def option(self, key: str, default: str) -> str:
        return self.options.get(key, default)


def config_path() -> Path:
    return Path(platformdirs.user_config_dir("agentdesk")) / "profiles.toml"


def parse_options(pairs: list[str]) -> dict[str, str]:
    """``KEY=VALUE`` strings, as given to ``--set``."""
    options: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ConfigurationError(f"--set wants KEY=VALUE, got {pair!r}")
        options[key.strip()] = value
    return options


def load_profile(name: str | None = None, path: Path | None = None) -> Profile:
    """The named profile, or the file's default one."""
    path = path or config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigurationError(
            f"no profiles yet: create {path} (see the README) or use --demo"
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{path} is not valid TOML: {exc}") from None
    version = data.get("version", FILE_VERSION)
    if version != FILE_VERSION:
        raise ConfigurationError(f"{path}: file version {version} is newer than this AgentDesk")
    profiles = data.get("profiles", {})
    name = name or data.get("default") or (next(iter(profiles)) if len(profiles) == 1 else None)
    if not name:
        raise ConfigurationError(f"{path}: name a profile (no default is set)")
    if name not in profiles:
        raise ConfigurationError(f"{path}: no profile named {name!r}")
    return profile_from_mapping(name, profiles[name], where=str(path))


def profile_from_mapping(name: str, raw: dict[str, object], *, where: str = "profile") -> Profile:
    def text(key: str, *, required: bool = True) -> str | None:
        value = raw.get(key)
        if value is None or value == "":
            if required:
                raise ConfigurationError(f"{where}: profile {name!r} needs {key!r}")
            return None
        return str(value)

    vendor = text("vendor") or ""
    if vendor not in KNOWN_VENDORS:
        raise ConfigurationError(
            f"{where}: unknown vendor {vendor!r} (known: {', '.join(KNOWN_VENDORS)})"
        )
    options = raw.get("options", {})
    if not isinstance(options, dict):
        raise ConfigurationError(f"{where}: options of {name!r} must be a table")
    return Profile(
        name=name,
        vendor=vendor,
        url=(text("url") or "").rstrip("/"),
        user=text("user") or "",
        extension=text("extension", required=False),
        options={str(k): str(v) for k, v in options.items()},
    )
