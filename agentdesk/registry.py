"""Specs found by key: the built-in ones, and those installed packages declare.

A package adds a vendor (or a simulator) by naming its spec in an entry point of the
registry's group, the entry point's name being the spec's key::

    [project.entry-points."agentdesk.vendors"]
    acme = "agentdesk_acme:SPEC"

Looking up a built-in key never scans the installed packages (a few milliseconds with some
fifty of them, more on a crowded system Python): only listing every spec and looking up
another key do. Nothing is cached, so a package installed while AgentDesk runs is found.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from agentdesk.core import ConfigurationError

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint, EntryPoints

log = logging.getLogger(__name__)


def entry_points(*, group: str, name: str | None = None) -> EntryPoints:
    """importlib.metadata's, imported when the installed packages are first scanned: it costs
    about 30 ms of imports, which a start that looks up a built-in key does without."""
    from importlib.metadata import entry_points as scan

    return scan(group=group) if name is None else scan(group=group, name=name)


class Keyed(Protocol):
    @property
    def key(self) -> str: ...


SpecT = TypeVar("SpecT", bound=Keyed)


class Registry(Generic[SpecT]):
    """The specs of one kind (``kind``) by key: ``built_in`` first, in its order, then those
    of the entry-point ``group``, each passed through ``complete`` once found.

    Also the ``choices`` of an argparse argument: ``in`` asks the built-in keys first, and
    iterating (for ``--help`` and errors only) lists every key.
    """

    def __init__(
        self,
        kind: type[SpecT],
        group: str,
        built_in: Sequence[SpecT],
        *,
        noun: str,
        complete: Callable[[SpecT], SpecT] = lambda spec: spec,
    ) -> None:
        self.kind = kind
        self.group = group
        self.noun = noun
        self._complete = complete
        self.built_in = tuple(complete(spec) for spec in built_in)
        self._by_key = {spec.key: spec for spec in self.built_in}

    def all(self) -> tuple[SpecT, ...]:
        """Every spec: the built-in ones, then the installed ones (an entry-point scan)."""
        found = list(self.built_in)
        keys = set(self._by_key)
        for point in entry_points(group=self.group):
            spec = self._load(point)
            if spec is not None and spec.key not in keys:  # two packages, one key: the first
                keys.add(spec.key)
                found.append(spec)
        return tuple(found)

    def get(self, key: str) -> SpecT:
        """The spec of ``key``; ConfigurationError naming the known keys when there is none."""
        found = self._find(key)
        if found is None:
            raise ConfigurationError(f"unknown {self.noun} {key!r} (known: {', '.join(self)})")
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter([spec.key for spec in self.all()])

    def _find(self, key: str) -> SpecT | None:
        found = self._by_key.get(key)
        if found is None:
            points = entry_points(group=self.group, name=key)
            found = next((s for p in points if (s := self._load(p)) is not None), None)
        return found

    def _load(self, point: EntryPoint) -> SpecT | None:
        """The spec an entry point names; None (and a warning) when it names none."""
        where = f"{self.group} entry point {point.name} = {point.value}"
        if point.name in self._by_key:
            log.warning("%s ignored: %s %r is built in", where, self.noun, point.name)
            return None
        try:
            spec = point.load()
        except Exception:  # a broken package must not stop AgentDesk
            log.warning("%s cannot be loaded", where, exc_info=True)
            return None
        if not isinstance(spec, self.kind) or spec.key != point.name:
            log.warning("%s is not a %s whose key is %r", where, self.kind.__name__, point.name)
            return None
        return self._complete(spec)
