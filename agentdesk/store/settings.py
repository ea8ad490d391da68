"""The app's own options (not a profile's): declared once, stored in ``settings.toml``.

Each option is a field of :class:`AppSettings` made with :func:`option`, which holds its type
(the default's), default, title, description and limits in one place, after MusicBrainz
Picard's ``options.py``; the settings page and the docs are generated from
:data:`OPTIONS`. The file sits beside ``profiles.toml``::

    version = 1
    notifications = true
    default_region = "CZ"
    history_days = 7

Reading never fails: a missing file gives the defaults, a wrong value gives the default with
a logged warning, and a file that is not UTF-8 TOML is set aside
(:mod:`agentdesk.store.set_aside`) and the defaults apply. Keys this version does not know
are kept and written back untouched (a newer AgentDesk may have written them). Old files are
brought up to date by :data:`UPGRADE_STEPS`, one function per version step.
"""

from __future__ import annotations

import dataclasses
import logging
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeVar

import tomli_w

from agentdesk.core import ConfigurationError
from agentdesk.core.translate import QT_TRANSLATE_NOOP
from agentdesk.store import profiles
from agentdesk.store.set_aside import SetAside, set_aside
from agentdesk.store.small_files import read_small_text

log = logging.getLogger(__name__)

SETTINGS_VERSION: Final = 2
# A few hundred bytes when written here; far more is not a settings file.
MAX_SETTINGS_BYTES: Final = 1024 * 1024

OptionValue = bool | int | str
_V = TypeVar("_V", bool, int, str)
_META_KEY: Final = "agentdesk.option"


TR_CONTEXT: Final = "AppOptions"  # lupdate needs the literal in each QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Option:
    """What the settings page and the docs need to know of one option.

    ``title`` and ``description`` are English source texts for :data:`TR_CONTEXT`.
    ``choices`` are ``(value, label)`` pairs and the only values allowed; ``suggestions`` are
    offered values that do not limit what may be typed (``check`` does).
    """

    key: str
    kind: type
    default: OptionValue
    title: str
    description: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[tuple[str, str], ...] = ()
    suggestions: tuple[str, ...] = ()
    check: Callable[[str], bool] | None = None
    normalise: Callable[[str], str] | None = None

    def validate(self, value: object) -> OptionValue:
        """``value`` as this option holds it; ValueError saying why when it does not fit."""
        # bool is an int in Python, and TOML keeps them apart: so must we.
        if self.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(f"{value!r} is not a whole number")
        if self.kind is not int and not isinstance(value, self.kind):
            raise ValueError(f"{value!r} is not a {self.kind.__name__}")
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"{value} is below {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"{value} is above {self.maximum}")
        if isinstance(value, str):
            if self.normalise is not None:
                value = self.normalise(value)
            if self.choices and value not in {choice for choice, _label in self.choices}:
                allowed = ", ".join(repr(choice) for choice, _label in self.choices)
                raise ValueError(f"{value!r} is not one of {allowed}")
            if self.check is not None and not self.check(value):
                raise ValueError(f"{value!r} is not allowed")
        assert isinstance(value, bool | int | str)
        return value


def option(
    default: _V,
    *,
    title: str,
    description: str,
    minimum: int | None = None,
    maximum: int | None = None,
    choices: tuple[tuple[str, str], ...] = (),
    suggestions: tuple[str, ...] = (),
    check: Callable[[str], bool] | None = None,
    normalise: Callable[[str], str] | None = None,
) -> _V:
    """A field of :class:`AppSettings`: its default plus what :class:`Option` describes."""
    meta = {
        "title": title,
        "description": description,
        "minimum": minimum,
        "maximum": maximum,
        "choices": choices,
        "suggestions": suggestions,
        "check": check,
        "normalise": normalise,
    }
    # Typed as the default so that ``x: int = option(14, ...)`` reads as what it is.
    made: _V = field(default=default, metadata={_META_KEY: meta})
    return made


_MODIFIERS: Final = {"ctrl", "alt", "meta", "shift"}


def is_shortcut(text: str) -> bool:
    """Empty, or modifiers (one of them not Shift) and one key, as in Ctrl+Alt+A. Whether the
    desktop can deliver that key is for the global-shortcut mechanism to say when it binds it."""
    if not text:
        return True
    *modifiers, key = [part.strip().lower() for part in text.replace("++", "+plus").split("+")]
    return (
        bool(key)
        and key not in _MODIFIERS
        and set(modifiers) <= _MODIFIERS
        and len(set(modifiers)) == len(modifiers)
        and bool(set(modifiers) - {"shift"})
    )


def shortcut_option(default: str, title: str, description: str) -> str:
    """A global shortcut's keys: :func:`option` with their check."""
    return option(
        default,
        title=title,
        description=description,
        check=is_shortcut,
        normalise=lambda text: text.strip(),
    )


def is_known_region(code: str) -> bool:
    import phonenumbers  # imported when a region is checked, not by every import of settings

    return code in phonenumbers.SUPPORTED_REGIONS


# Offered first in the region box; any region phonenumbers knows may be typed.
COMMON_REGIONS: Final = (
    "CZ", "SK", "PL", "UA", "RU", "ES", "MX", "AR", "UY", "KZ",
    "US", "GB", "DE", "AT", "HU", "FR", "IT", "PT", "BR", "CO", "CL", "PE",
)  # fmt: skip

LANGUAGES: Final = (
    ("", QT_TRANSLATE_NOOP("AppOptions", "Follow the system")),
    ("en", "English"),
    ("cs", "Čeština"),
    ("ru", "Русский"),
    ("es", "Español"),
)


@dataclass(frozen=True)
class AppSettings:
    """Every app option with its value; build changed copies with :meth:`replace`.

    ``unknown`` holds the file's keys this version does not know, written back as they were.
    """

    notifications: bool = option(
        True,
        title=QT_TRANSLATE_NOOP("AppOptions", "&Desktop notifications"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions", "Show a desktop notification when a call rings."
        ),
    )
    caller_card_popup: bool = option(
        True,
        title=QT_TRANSLATE_NOOP("AppOptions", "Pop up the &caller card"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions", "Bring up what is known of the caller when a call rings."
        ),
    )
    clipboard_watcher: bool = option(
        False,
        title=QT_TRANSLATE_NOOP("AppOptions", "&Watch the clipboard for numbers"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions", "Offer to call a phone number as soon as you copy one."
        ),
    )
    confirm_dial_selection: bool = option(
        True,
        title=QT_TRANSLATE_NOOP("AppOptions", "Con&firm before calling the selection"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions",
            'Ask "Call …?" before the dial-the-selection shortcut calls a number.',
        ),
    )
    default_region: str = option(
        "CZ",
        title=QT_TRANSLATE_NOOP("AppOptions", "Default &region"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions", "The country of numbers written without a country code (e.g. CZ)."
        ),
        suggestions=COMMON_REGIONS,
        check=is_known_region,
        normalise=lambda text: text.strip().upper(),
    )
    caller_card_screen: str = option(
        "",
        title=QT_TRANSLATE_NOOP("AppOptions", "Caller card scree&n"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions",
            "The screen the caller card pops up on, by name; empty for the one under the mouse.",
        ),
        normalise=lambda text: text.strip(),
    )
    start_minimised: bool = option(
        False,
        title=QT_TRANSLATE_NOOP("AppOptions", "Start &minimised"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions", "Start in the tray (or minimised) instead of showing the window."
        ),
    )
    login_at_start: bool = option(
        False,
        title=QT_TRANSLATE_NOOP("AppOptions", "L&og in to the call centre at start"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions",
            "When AgentDesk starts and you are not logged in to the call centre, log in "
            "(where the call centre offers it).",
        ),
    )
    autostart: bool = option(
        False,
        title=QT_TRANSLATE_NOOP("AppOptions", "Start at log&in"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions", "Start AgentDesk when you log in to your desktop."
        ),
    )
    language: str = option(
        "",
        title=QT_TRANSLATE_NOOP("AppOptions", "&Language"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions", "The language of AgentDesk; takes effect at the next start."
        ),
        choices=LANGUAGES,
    )
    recording_cache_days: int = option(
        14,
        title=QT_TRANSLATE_NOOP("AppOptions", "Keep r&ecordings (days)"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions", "How long downloaded call recordings stay on this computer."
        ),
        minimum=1,
        maximum=365,
    )
    history_days: int = option(
        7,
        title=QT_TRANSLATE_NOOP("AppOptions", "Call &history (days)"),
        description=QT_TRANSLATE_NOOP("AppOptions", "How many days of calls the history shows."),
        minimum=1,
        maximum=90,
    )
    sms_templates: str = option(
        "",
        title=QT_TRANSLATE_NOOP("AppOptions", "SMS &templates"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions",
            "Texts to start a message from, separated by |; {name} becomes the caller's "
            "name and {agent} yours.",
        ),
        normalise=lambda text: text.strip(),
    )
    # agentdesk.ui.widgets.queue_strip.QUIET_INTERVAL: 102 idle requests an hour on Daktela.
    queue_refresh_seconds: int = option(
        120,
        title=QT_TRANSLATE_NOOP("AppOptions", "&Queue figures refresh (seconds)"),
        description=QT_TRANSLATE_NOOP(
            "AppOptions",
            "How often the waiting calls and free agents are fetched while nothing happens; "
            "your calls and state changes fetch them at once.",
        ),
        minimum=5,
        maximum=300,
    )
    shortcut_answer: str = shortcut_option(
        "Ctrl+Alt+A",
        QT_TRANSLATE_NOOP("AppOptions", "Global shortcut: answer"),
        QT_TRANSLATE_NOOP(
            "AppOptions", "Answers the ringing call from any application; empty for none."
        ),
    )
    shortcut_hangup: str = shortcut_option(
        "Ctrl+Alt+H",
        QT_TRANSLATE_NOOP("AppOptions", "Global shortcut: hang up"),
        QT_TRANSLATE_NOOP("AppOptions", "Hangs up the call from any application; empty for none."),
    )
    shortcut_toggle_ready: str = shortcut_option(
        "Ctrl+Alt+R",
        QT_TRANSLATE_NOOP("AppOptions", "Global shortcut: Ready or pause"),
        QT_TRANSLATE_NOOP(
            "AppOptions",
            "Switches between Ready and your last pause from any application; empty for none.",
        ),
    )
    shortcut_dial_selection: str = shortcut_option(
        "Ctrl+Alt+D",
        QT_TRANSLATE_NOOP("AppOptions", "Global shortcut: call the selection"),
        QT_TRANSLATE_NOOP(
            "AppOptions",
            "Calls the phone number in the text selected in any application; empty for none.",
        ),
    )
    shortcut_show_window: str = shortcut_option(
        "Ctrl+Alt+W",
        QT_TRANSLATE_NOOP("AppOptions", "Global shortcut: show or hide"),
        QT_TRANSLATE_NOOP("AppOptions", "Shows or hides the AgentDesk window; empty for none."),
    )
    unknown: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    def value(self, key: str) -> OptionValue:
        """The value of option ``key`` (KeyError for a key that is not an option)."""
        if key not in OPTIONS_BY_KEY:
            raise KeyError(key)
        found: OptionValue = getattr(self, key)
        return found

    def replace(self, **changes: object) -> AppSettings:
        """A copy with ``changes``; ValueError when a value does not fit its option."""
        checked: dict[str, Any] = {}
        for key, value in changes.items():
            if key not in OPTIONS_BY_KEY:
                raise KeyError(key)
            checked[key] = OPTIONS_BY_KEY[key].validate(value)
        return dataclasses.replace(self, **checked)

    def as_dict(self) -> dict[str, OptionValue]:
        """The options' values by key, in declaration order."""
        return {spec.key: self.value(spec.key) for spec in OPTIONS}


def _options() -> tuple[Option, ...]:
    found = []
    for item in dataclasses.fields(AppSettings):
        meta = item.metadata.get(_META_KEY)
        if meta is None:
            continue
        default = item.default
        assert isinstance(default, bool | int | str)
        found.append(Option(key=item.name, kind=type(default), default=default, **meta))
    return tuple(found)


OPTIONS: Final = _options()
OPTIONS_BY_KEY: Final = {spec.key: spec for spec in OPTIONS}

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]

# UPGRADE_STEPS[n] turns the data of a version-n file into version n + 1; SETTINGS_VERSION is
# one more than the last step's n.


def _queue_refresh_on_events(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2: the queue figures refresh on the agent's calls and state changes, and the
    setting is the quiet interval between. Version 1 saved its default, 10 s, in every file:
    that becomes the new default (issue 19: 360 requests an hour on Daktela for it alone);
    a value the agent chose stays."""
    if data.get("queue_refresh_seconds") == 10:
        data = {**data, "queue_refresh_seconds": 120}
    return data


UPGRADE_STEPS: dict[int, Upgrade] = {1: _queue_refresh_on_events}


def upgrade(
    data: dict[str, Any],
    *,
    steps: Mapping[int, Upgrade] | None = None,
    current: int | None = None,
) -> dict[str, Any]:
    """``data`` brought from its ``version`` to ``current`` one step at a time.

    A file newer than ``current`` is returned as it is (with a warning): its known keys are
    still read, which is better than losing the agent's choices.
    """
    steps = UPGRADE_STEPS if steps is None else steps
    current = SETTINGS_VERSION if current is None else current
    version = data.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        log.warning("settings: version %r is not a version; reading it as version 1", version)
        version = 1
    if version > current:
        log.warning(
            "settings: the file is version %d, written by a newer AgentDesk; "
            "reading the options this version knows",
            version,
        )
        return data
    while version < current:
        step = steps.get(version)
        if step is None:
            raise RuntimeError(f"no settings upgrade from version {version}")
        data = step(dict(data))
        version += 1
        data["version"] = version
        log.info("settings: upgraded the file to version %d", version)
    return data


def settings_path() -> Path:
    """``settings.toml`` beside ``profiles.toml`` (so moving one moves both)."""
    return profiles.config_path().with_name("settings.toml")


def load_settings(
    path: Path | None = None, *, on_set_aside: Callable[[SetAside], object] | None = None
) -> AppSettings:
    """The settings in ``path`` (default :func:`settings_path`); never raises for the file's
    contents: what cannot be read is replaced by its default, with a warning. A file that
    cannot be read at all is set aside and ``on_set_aside`` hears where it was kept."""
    path = path or settings_path()
    try:
        text = read_small_text(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return AppSettings()
    except UnicodeDecodeError as exc:
        _set_aside(path, f"not UTF-8 text ({exc.reason})", on_set_aside)
        return AppSettings()
    except ValueError as exc:
        _set_aside(path, f"not a settings file ({exc})", on_set_aside)
        return AppSettings()
    except OSError as exc:
        log.warning("settings: cannot read %s (%s); using the defaults", path, exc)
        return AppSettings()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        _set_aside(path, f"not valid TOML ({exc})", on_set_aside)
        return AppSettings()
    except RecursionError:
        _set_aside(path, "not valid TOML (nested too deep)", on_set_aside)
        return AppSettings()
    data = upgrade(data)
    values: dict[str, Any] = {}
    unknown: dict[str, Any] = {}
    for key, raw in data.items():
        if key == "version":
            continue
        spec = OPTIONS_BY_KEY.get(key)
        if spec is None:
            unknown[key] = raw
            continue
        try:
            values[key] = spec.validate(raw)
        except ValueError as exc:
            log.warning(
                "settings: %s in %s: %s; using the default, %r", key, path, exc, spec.default
            )
    return AppSettings(**values, unknown=unknown)


def _set_aside(path: Path, why: str, told: Callable[[SetAside], object] | None) -> None:
    """Keep a damaged settings file for a look and start from the defaults, so that the next
    save does not overwrite the only copy."""
    try:
        kept = set_aside(path, why)
    except OSError as exc:
        log.warning("settings: %s is %s and could not be set aside (%s)", path, why, exc)
        return
    if told is not None:
        told(kept)


def settings_to_toml(settings: AppSettings) -> str:
    data: dict[str, Any] = {"version": SETTINGS_VERSION}
    data.update(settings.as_dict())
    data.update({k: v for k, v in settings.unknown.items() if k not in data})
    return tomli_w.dumps(data)


def save_settings(settings: AppSettings, path: Path | None = None) -> Path:
    """Write ``settings`` atomically (a reader sees the old file or the new one, never half);
    returns the path written. Raises ConfigurationError when it cannot be written."""
    path = path or settings_path()
    try:
        profiles.write_atomically(path, settings_to_toml(settings))
    except OSError as exc:
        raise ConfigurationError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def options_reference() -> str:
    """The options as a Markdown table, for the docs (English source texts)."""
    lines = ["| Key | Type | Default | Meaning |", "| --- | --- | --- | --- |"]
    for spec in OPTIONS:
        meaning = spec.description
        if spec.minimum is not None or spec.maximum is not None:
            meaning += f" ({spec.minimum} to {spec.maximum})"
        if spec.choices:
            meaning += " One of: " + ", ".join(repr(value) for value, _label in spec.choices)
        default = tomli_w.dumps({"x": spec.default}).partition("=")[2].strip()
        lines.append(f"| `{spec.key}` | {spec.kind.__name__} | `{default}` | {meaning} |")
    return "\n".join(lines) + "\n"
