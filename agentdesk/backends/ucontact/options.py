"""uContact profile options that are lists: the breaks, the disposition tree, the extra data.

The Integra API serves none of these (breaks and dispositions are configured in uContact, per
campaign), so each profile spells them out in one line, parsed here with ConfigurationErrors
that say what is wrong:

``breaks``: comma-separated ``MOTIVE[:TITLE][:wrap]``. ``MOTIVE`` is the break's name as
    uContact knows it (what ``AgentBreak`` sends as ``motive``, and the pause id agents pick);
    ``TITLE`` what the agent reads (default: the motive); ``wrap`` marks a post-call break.
    Example: ``Almuerzo,Baño:Bathroom,Postllamada:After-call work:wrap``.

``dispositions``: the three-level tree as comma-separated paths ``L1[>L2[>L3]]``; the last
    level of a path may list alternatives with ``|``. Each path is one outcome the agent may
    pick, sent as ``l1``/``l2``/``l3`` of ``DispositionCall`` (levels beyond the path empty).
    Example: ``Venta>Tarjeta|Efectivo,No venta>Precio>Muy caro|Sin presupuesto,Volver a
    llamar`` gives five outcomes: Venta › Tarjeta, Venta › Efectivo, No venta › Precio › Muy
    caro, No venta › Precio › Sin presupuesto, Volver a llamar.

``data_fields``: comma-separated ``d1:TITLE`` and/or ``d2:TITLE``: the wrap-up then asks for
    ``DispositionCall``'s extra data under these titles. Example: ``d1:Order number``.

Names and titles may not contain ``,`` ``>`` ``|`` or ``:`` (the separators).
"""

# Outcome titles join their levels with a breadcrumb arrow, which RUF001/RUF002 would flag.
# ruff: noqa: RUF001, RUF002

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from agentdesk.core import (
    ConfigurationError,
    DispositionField,
    DispositionStatus,
    FieldKind,
    Pause,
)

WRAP_FLAG: Final = "wrap"
LEVEL_SEPARATOR: Final = ">"
ALTERNATIVES: Final = "|"
MAX_LEVELS: Final = 3
TITLE_SEPARATOR: Final = " › "
DATA_FIELDS: Final = ("d1", "d2")
# Profile options passed to the backend as they are written; the others are converted.
TEXT_OPTIONS: Final = (
    "phone",
    "callerid",
    "campaign",
    "outqueue",
    "context",
    "tech",
    "telephony_host",
    "backup_host",
    "breaks",
    "dispositions",
    "data_fields",
    "tag_title",
    "timezone",
)
AUTH_MODES: Final = ("password", "token")
TRUE_WORDS: Final = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS: Final = frozenset({"0", "false", "no", "off"})
MIN_POLL_SECONDS: Final = 1.0
"""The least ``call_poll_seconds``: how often, while a call placed from AgentDesk lasts, the
recorded calls are read to see it end (each wait ±20 % at random,
:mod:`agentdesk.backends.polling`); nothing is read between calls."""


@dataclass(frozen=True, slots=True)
class Break:
    """One of the breaks configured in uContact, as the profile names it."""

    motive: str
    title: str
    wrap: bool = False

    def as_pause(self) -> Pause:
        return Pause(id=self.motive, title=self.title, is_wrap_up=self.wrap)


def parse_breaks(text: str) -> tuple[Break, ...]:
    """The ``breaks`` option; empty text gives no breaks (pauses are then unavailable)."""
    breaks: list[Break] = []
    for entry in _entries(text):
        parts = [p.strip() for p in entry.split(":")]
        wrap = len(parts) > 1 and parts[-1].lower() == WRAP_FLAG
        if wrap:
            parts = parts[:-1]
        if len(parts) > 2 or not parts[0]:
            raise ConfigurationError(
                f"uContact breaks: {entry!r} should look like Almuerzo, Almuerzo:Lunch "
                "or Postllamada:After-call work:wrap"
            )
        motive = parts[0]
        title = parts[1] if len(parts) == 2 and parts[1] else motive
        breaks.append(Break(motive, title, wrap))
    motives = [b.motive for b in breaks]
    duplicates = sorted({m for m in motives if motives.count(m) > 1})
    if duplicates:
        raise ConfigurationError(f"uContact breaks: {', '.join(duplicates)} given twice")
    return tuple(breaks)


def parse_dispositions(text: str) -> tuple[DispositionStatus, ...]:
    """The ``dispositions`` option: one status per path, its id the path as written with
    ``>`` (what :func:`disposition_levels` splits again), its title the levels joined by
    ``›``. Empty text gives none (the wrap-up is then unavailable)."""
    statuses: list[DispositionStatus] = []
    for entry in _entries(text):
        levels = [p.strip() for p in entry.split(LEVEL_SEPARATOR)]
        if len(levels) > MAX_LEVELS:
            raise ConfigurationError(
                f"uContact dispositions: {entry!r} has {len(levels)} levels; uContact has "
                f"{MAX_LEVELS} (l1, l2, l3)"
            )
        *parents, last = levels
        if any(ALTERNATIVES in p for p in parents):
            raise ConfigurationError(
                f"uContact dispositions: in {entry!r} only the last level may list "
                "alternatives with |"
            )
        leaves = [leaf.strip() for leaf in last.split(ALTERNATIVES)]
        if not all(parents) or not all(leaves):
            raise ConfigurationError(
                f"uContact dispositions: {entry!r} has an empty level; write paths like "
                "Venta>Tarjeta|Efectivo"
            )
        for leaf in leaves:
            path = [*parents, leaf]
            statuses.append(
                DispositionStatus(id=LEVEL_SEPARATOR.join(path), title=TITLE_SEPARATOR.join(path))
            )
    ids = [s.id for s in statuses]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ConfigurationError(f"uContact dispositions: {', '.join(duplicates)} given twice")
    return tuple(statuses)


def disposition_levels(status_id: str) -> tuple[str, str, str]:
    """``l1``, ``l2`` and ``l3`` of an outcome id (``Venta>Tarjeta`` → Venta, Tarjeta, "")."""
    levels = [p.strip() for p in status_id.split(LEVEL_SEPARATOR)]
    if len(levels) > MAX_LEVELS or not all(levels):
        raise ConfigurationError(
            f"uContact dispositions are paths like Venta>Tarjeta (at most {MAX_LEVELS} "
            f"levels), got {status_id!r}"
        )
    levels += [""] * (MAX_LEVELS - len(levels))
    return levels[0], levels[1], levels[2]


def parse_data_fields(text: str) -> tuple[DispositionField, ...]:
    """The ``data_fields`` option: ``d1``/``d2`` with their titles."""
    fields: list[DispositionField] = []
    for entry in _entries(text):
        name, colon, title = (p.strip() for p in entry.partition(":"))
        if name.lower() not in DATA_FIELDS or not colon or not title:
            raise ConfigurationError(
                f"uContact data_fields: {entry!r} should look like d1:Order number "
                "(the fields are d1 and d2)"
            )
        fields.append(DispositionField(name=name.lower(), title=title, kind=FieldKind.TEXT))
    names = [f.name for f in fields]
    if len(set(names)) != len(names):
        raise ConfigurationError("uContact data_fields: d1 or d2 given twice")
    return tuple(fields)


def _entries(text: str) -> list[str]:
    return [e.strip() for e in text.split(",") if e.strip()]


def backend_options(options: Mapping[str, str]) -> dict[str, Any]:
    """A profile's options as :class:`~agentdesk.backends.ucontact.backend.UContactBackend`
    keywords; blank options are left to the backend's defaults."""
    found: dict[str, Any] = {k: v.strip() for k in TEXT_OPTIONS if (v := options.get(k, ""))}
    if auth := options.get("auth", "").strip().lower():
        if auth not in AUTH_MODES:
            raise ConfigurationError(
                f"uContact auth must be password (the agent's) or token (a portal API "
                f"token), got {auth!r}"
            )
        found["auth"] = auth
    if logoff := options.get("logoff", "").strip().lower():
        if logoff not in TRUE_WORDS | FALSE_WORDS:
            raise ConfigurationError(f"uContact logoff must be yes or no, got {logoff!r}")
        found["logoff"] = logoff in TRUE_WORDS
    if poll := options.get("call_poll_seconds", "").strip():
        try:
            seconds = float(poll)
        except ValueError:
            raise ConfigurationError(
                f"uContact call_poll_seconds must be a number, got {poll!r}"
            ) from None
        if seconds < MIN_POLL_SECONDS:
            raise ConfigurationError(
                f"uContact call_poll_seconds must be at least {MIN_POLL_SECONDS:g}"
            )
        found["call_poll_seconds"] = seconds
    return found
