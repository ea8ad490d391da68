"""Profiles: which vendor, where, and as whom. Stored as TOML in the user config dir.

The file never holds a secret; those live in the OS keyring (:mod:`agentdesk.store.secrets`),
options that hold one too (:mod:`agentdesk.store.option_secrets`): :func:`save_profile` puts
them there, and :func:`load_profile` moves there any a file still holds and reads them back.
Read with :func:`load_profile` / :func:`list_profiles`; written (atomically, keeping what this
version does not know) by :func:`save_profile`, :func:`delete_profile` and :func:`set_default`.

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

import os
import re
import tempfile
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from agentdesk.core import ConfigurationError
from agentdesk.core.profile import Profile as Profile  # read and written here, defined in core
from agentdesk.store import option_secrets
from agentdesk.store.small_files import read_small_text
from agentdesk.vendors import register_option_secrets
from agentdesk.vendors import vendor as registered_vendor

FILE_VERSION = 1
MAX_NAME_LENGTH = 40
MAX_FILE_BYTES = 1024 * 1024  # a profile is a few lines; far more is not a profiles file
# Letters of any script, digits, space, dash, underscore: safe as a TOML key, a keyring entry
# and a command-line argument.
_NAME = re.compile(r"[^\W_]|[ _-]")


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
        data = _read(path, missing_ok=False)
    except _MissingError:
        raise ConfigurationError(
            f"no profiles yet: create {path} (see the README) or use --demo"
        ) from None
    profiles = _profiles_table(data, path)
    name = name or _default_of(data) or (next(iter(profiles)) if len(profiles) == 1 else None)
    if not name:
        raise ConfigurationError(f"{path}: name a profile (no default is set)")
    if name not in profiles:
        raise ConfigurationError(f"{path}: no profile named {name!r}")
    profile = profile_from_mapping(name, profiles[name], where=str(path))
    _move_secret_options(profile, path)
    return option_secrets.with_secret_options(profile)


def _move_secret_options(profile: Profile, path: Path) -> None:
    """Secret options the file still holds go to the keyring, then out of the file; where
    the keyring cannot take them they stay, and the agent is told once."""
    _, found = option_secrets.split_secret_options(profile.vendor, profile.options)
    if not found:
        return
    try:
        option_secrets.store_secret_options(profile.name, found)
    except ConfigurationError as exc:
        option_secrets.left_in_file(profile.name, found, path, exc)
        return
    data = _read(path, missing_ok=False)
    table = _profiles_table(data, path)
    options = table.get(profile.name, {}).get("options")
    if isinstance(options, dict):
        for key in found:
            options.pop(key, None)
    _write(path, data, table)


def profile_from_mapping(name: str, raw: dict[str, object], *, where: str = "profile") -> Profile:
    if not isinstance(raw, dict):
        raise ConfigurationError(f"{where}: profile {name!r} must be a table")

    def text(key: str, *, required: bool = True) -> str | None:
        value = raw.get(key)
        if value is None or value == "":
            if required:
                raise ConfigurationError(f"{where}: profile {name!r} needs {key!r}")
            return None
        return str(value)

    vendor = text("vendor") or ""
    try:
        spec = registered_vendor(vendor)
    except ConfigurationError as exc:
        raise ConfigurationError(f"{where}: {exc}") from None
    options = raw.get("options", {})
    if not isinstance(options, dict):
        raise ConfigurationError(f"{where}: options of {name!r} must be a table")
    texts = {str(k): str(v) for k, v in options.items()}
    # A crm_token or webhook_secret is masked from the moment it is read, before the profile
    # travels anywhere a log could show it.
    register_option_secrets(spec, texts)
    return Profile(
        name=name,
        vendor=vendor,
        url=(text("url") or "").rstrip("/"),
        user=text("user") or "",
        extension=text("extension", required=False),
        options=texts,
    )


def check_profile_name(name: str) -> str:
    """``name`` when it may name a profile; ConfigurationError saying why otherwise."""
    if not name or len(name) > MAX_NAME_LENGTH:
        raise ConfigurationError(
            f"a profile name has 1 to {MAX_NAME_LENGTH} characters, {name!r} has {len(name)}"
        )
    if not all(_NAME.fullmatch(ch) for ch in name):
        raise ConfigurationError(
            f"profile name {name!r}: use letters, digits, spaces, dashes and underscores only"
        )
    if name != name.strip():
        raise ConfigurationError(f"profile name {name!r} starts or ends with a space")
    return name


def profile_to_mapping(profile: Profile) -> dict[str, Any]:
    """The profile as its TOML table (no name: that is the table's key)."""
    raw: dict[str, Any] = {"vendor": profile.vendor, "url": profile.url, "user": profile.user}
    if profile.extension:
        raw["extension"] = profile.extension
    if profile.options:
        raw["options"] = dict(profile.options)
    return raw


def list_profiles(path: Path | None = None) -> tuple[list[Profile], str | None]:
    """Every profile in the file, in its order, and the name of the one opened by default
    (the file's ``default``, or the only profile); no file means no profiles."""
    path = path or config_path()
    data = _read(path, missing_ok=True)
    table = _profiles_table(data, path)
    found = [profile_from_mapping(name, raw, where=str(path)) for name, raw in table.items()]
    default = _default_of(data)
    if default not in table:
        default = next(iter(table)) if len(table) == 1 else None
    return found, default


def save_profile(
    profile: Profile,
    *,
    make_default: bool = False,
    replaces: str | None = None,
    path: Path | None = None,
) -> ConfigurationError | None:
    """Add ``profile`` or overwrite the one of the same name.

    ``replaces`` names a profile this one renames: it goes in the same write, and the default
    follows it. The first profile becomes the default. Raises ConfigurationError for a bad
    name or an incomplete profile, and when the file cannot be read or written. Returns the
    keyring's refusal when the profile's secret options had to stay in the file (None when
    they are in the keyring, or there were none).
    """
    path = path or config_path()
    check_profile_name(profile.name)
    profile_from_mapping(profile.name, profile_to_mapping(profile))  # the checks a reader applies
    plain, secret_options = option_secrets.split_secret_options(profile.vendor, profile.options)
    refusal: ConfigurationError | None = None
    try:
        option_secrets.store_secret_options(profile.name, secret_options)
        if replaces is not None and replaces != profile.name:
            option_secrets.carry_over(profile.vendor, replaces, profile.name, secret_options)
        raw = profile_to_mapping(replace(profile, options=plain))
    except ConfigurationError as exc:
        option_secrets.left_in_file(profile.name, secret_options, path, exc)
        raw = profile_to_mapping(profile)
        refusal = exc
    if not profile.url.startswith(("https://", "http://")):
        raise ConfigurationError(f"profile {profile.name!r}: the URL must start with https://")
    data = _read(path, missing_ok=True)
    table = _profiles_table(data, path)
    previous = profile.name
    if replaces is not None and replaces != profile.name:
        if profile.name in table:
            raise ConfigurationError(f"a profile named {profile.name!r} exists already")
        previous = replaces
        if _default_of(data) == replaces:
            data["default"] = profile.name
    old = table.get(previous)
    if isinstance(old, dict):
        # Keys this version does not know stay, as they would in a hand-edited file.
        raw = {**{k: v for k, v in old.items() if k not in _PROFILE_KEYS}, **raw}
    # An edited or renamed profile keeps its place in the list.
    updated = {(profile.name if key == previous else key): value for key, value in table.items()}
    updated[profile.name] = raw
    if make_default or _default_of(data) not in updated:
        data["default"] = profile.name
    _write(path, data, updated)
    return refusal


def delete_profile(name: str, path: Path | None = None) -> None:
    """Remove the profile ``name`` (its keyring secret stays: see :mod:`.secrets`)."""
    path = path or config_path()
    data = _read(path, missing_ok=False)
    table = _profiles_table(data, path)
    if name not in table:
        raise ConfigurationError(f"{path}: no profile named {name!r}")
    del table[name]
    if _default_of(data) == name:
        del data["default"]
    _write(path, data, table)


def set_default(name: str, path: Path | None = None) -> None:
    """Make ``name`` the profile opened when none is named."""
    path = path or config_path()
    data = _read(path, missing_ok=False)
    table = _profiles_table(data, path)
    if name not in table:
        raise ConfigurationError(f"{path}: no profile named {name!r}")
    data["default"] = name
    _write(path, data, table)


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a reader (or a crash) sees the old file or the
    new one, never half of one: a temporary file in the same directory, then ``os.replace``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as temp:
            temp.write(text)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


_PROFILE_KEYS = frozenset({"vendor", "url", "user", "extension", "options"})


class _MissingError(ConfigurationError):
    """There is no profiles file (yet)."""


def _read(path: Path, *, missing_ok: bool) -> dict[str, Any]:
    try:
        data = tomllib.loads(read_small_text(path, MAX_FILE_BYTES))
    except FileNotFoundError:
        if missing_ok:
            return {"version": FILE_VERSION}
        raise _MissingError(f"no profiles yet: {path} does not exist") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{path} is not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigurationError(f"{path} is not valid TOML: nested too deep") from None
    except OSError as exc:  # also a folder or a pipe in its place
        raise ConfigurationError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # too big
        raise ConfigurationError(f"cannot read {path}: {exc}") from None
    _check_version(data.get("version", FILE_VERSION), path)
    return data


def _check_version(version: object, path: Path) -> None:
    # type(): TOML keeps true and 1.0 apart from 1, and so must we (Python's == does not).
    if type(version) is not int or version < 1:
        raise ConfigurationError(
            f"{path}: version {version!r} is not a file version "
            f"(this AgentDesk reads version = {FILE_VERSION})"
        )
    if version > FILE_VERSION:
        raise ConfigurationError(f"{path}: file version {version} is newer than this AgentDesk")


def _profiles_table(data: dict[str, Any], path: Path) -> dict[str, Any]:
    table = data.setdefault("profiles", {})
    if not isinstance(table, dict):
        raise ConfigurationError(f"{path}: 'profiles' must be a table")
    return table


def _default_of(data: dict[str, Any]) -> str | None:
    """The file's ``default``; None when it is missing or not a name (a hand-edited list)."""
    default = data.get("default")
    return default if isinstance(default, str) else None


def _write(path: Path, data: dict[str, Any], table: dict[str, Any]) -> None:
    # version first and default next, so the file reads as the module docstring shows it.
    ordered: dict[str, Any] = {"version": FILE_VERSION}
    if _default_of(data) in table:
        ordered["default"] = data["default"]
    ordered.update({k: v for k, v in data.items() if k not in {"version", "default", "profiles"}})
    ordered["profiles"] = table
    try:
        write_atomically(path, tomli_w.dumps(ordered))
    except OSError as exc:
        raise ConfigurationError(f"cannot write {path}: {exc.strerror or exc}") from None
