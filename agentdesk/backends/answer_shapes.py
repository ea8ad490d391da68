"""Answers whose shape no vendor document shows (Oki-Toki's call log and queue summary, its
webhooks' parameters, uContact's recorded calls): reading them under any of the likely names,
and saying once when a real answer does not fit.

Each vendor's ``docs/vendors/<vendor>.md`` lists what AgentDesk assumed there, so that the
first real installation can confirm or correct it in minutes: the WARNING
:class:`ShapeNotes` logs names the keys that were missing and the keys the answer had instead
(names only, never values).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Final, TypeVar

log = logging.getLogger(__name__)

_SEPARATORS: Final = re.compile(r"[\s_\-]+")
MAX_KEYS_SHOWN: Final = 40
_V = TypeVar("_V")


def key_form(key: object) -> str:
    """A key as compared: ``Session_ID``, ``session id`` and ``session-id`` are one."""
    return _SEPARATORS.sub(" ", str(key).strip().lower())


def alias_table(aliases: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """``aliases`` (our name → the spellings an answer may use, preferred first) in the form
    :func:`pick` compares."""
    return {name: tuple(key_form(a) for a in spellings) for name, spellings in aliases.items()}


def pick(row: Mapping[str, _V], aliases: Mapping[str, tuple[str, ...]]) -> dict[str, _V]:
    """``row`` keyed by our names: each takes the value of its first spelling the row has (in
    any case, with spaces, ``_`` or ``-``); keys no spelling names stay, in their compared
    form. ``aliases`` comes from :func:`alias_table`."""
    by_form: dict[str, _V] = {}
    for key, value in row.items():
        by_form.setdefault(key_form(key), value)
    named: dict[str, _V] = {}
    taken: set[str] = set()
    for name, spellings in aliases.items():
        form = next((s for s in spellings if s in by_form), None)
        if form is not None:
            named[name] = by_form[form]
            taken.add(form)
    for form, value in by_form.items():
        if form not in taken:
            named.setdefault(form, value)
    return named


class ShapeNotes:
    """One backend's notes on answers that did not fit: a WARNING once per kind of answer
    (not per row, not per request) while the backend lives."""

    def __init__(self, vendor: str, guide: str) -> None:
        self.vendor = vendor
        self.guide = guide
        self.warned: set[str] = set()
        """The kinds of answer already warned of."""

    def check(
        self, kind: str, rows: Iterable[Mapping[str, object]], expected: Iterable[str]
    ) -> None:
        """Warn, the first time for ``kind``, of a row of ``rows`` (keyed by our names)
        that lacks any of ``expected``."""
        if kind in self.warned:
            return
        wanted = tuple(expected)
        for row in rows:
            missing = [name for name in wanted if name not in row]
            if missing:
                self.warned.add(kind)
                had = sorted(row)[:MAX_KEYS_SHOWN]
                log.warning(
                    "%s's %s has no %s (it has: %s); AgentDesk assumed another shape, "
                    "listed in %s: please tell us what your installation answers",
                    self.vendor,
                    kind,
                    ", ".join(missing),
                    ", ".join(had) or "nothing",
                    self.guide,
                )
                return

    def note(self, kind: str, text: str, *args: object) -> None:
        """Warn of something else about ``kind`` that did not fit, once."""
        if kind not in self.warned:
            self.warned.add(kind)
            log.warning("%s's %s: " + text + " (see %s)", self.vendor, kind, *args, self.guide)
