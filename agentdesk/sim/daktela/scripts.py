"""Call scripts (Daktela's forms, "records"), their fields and the statuses that close them.

Our readings, where the document is silent:

- a call script opens when a call is answered (the document's RTUserState example shows
  ``callscript_opened`` while the agent is ``Speaking``) and stays open after the call until
  ``CallScriptClose``; the agent has at most one open, and a newer call's script replaces an
  older one left open;
- field ``options`` are a JSON list of the choices (the document shows only ``null`` for a
  text field); ``value`` is a list, as in the document's example;
- ``GetStatuses`` answers the 3.8 shape (statuses of call scripts) below API 4.0 and the 4.0
  "statuses for checking numbers" shape from 4.0 on: the document gives both under one name
  and only the version tells them apart; each status belongs to the queues it lists (a
  complaint only in Support, "wrong number" only in the outgoing ones);
- ``CallScriptClose`` refuses unknown field names and choices that are not among a
  select box's options, with our own Czech texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from agentdesk.sim.daktela.records import SimQueue, stamp


@dataclass(frozen=True)
class SimStatus:
    id: str
    code: str
    description: str
    deleted: bool = False
    queues: frozenset[str] = frozenset()
    """The queues (their names, i.e. numbers) whose call scripts offer this status."""


_INBOUND: Final = frozenset({"2000", "2001"})  # Support, Sales
_OUTBOUND: Final = frozenset({"99990", "2002"})  # Odchozí, Outbounder
_EVERY_QUEUE: Final = _INBOUND | _OUTBOUND

DEMO_STATUSES: Final = (
    SimStatus("4", "objednavka", "Objednávka", queues=_EVERY_QUEUE),
    SimStatus("5", "nezajem", "Nemá zájem", queues=_EVERY_QUEUE),
    SimStatus("6", "volat_pozdeji", "Volat později", queues=_EVERY_QUEUE),
    SimStatus("7", "nebere", "Nebere", queues=_OUTBOUND),
    SimStatus("8", "informace", "Poskytnuta informace", queues=_INBOUND),
    SimStatus("9", "reklamace", "Reklamace", queues=frozenset({"2000"})),
    SimStatus("10", "spatne_cislo", "Špatné číslo", queues=_OUTBOUND),
    SimStatus("11", "prevolavka", "Převolávka", deleted=True, queues=_INBOUND),
)

# The document's own example of the 4.0 variant: statuses of the autodialer's number checks.
NUMBER_CHECK_STATUSES: Final = (
    {"status": "1", "name": "Volany ucastnik je docasne nedostupny", "code": "2"},
    {"status": "2", "name": "Schranka", "code": "2"},
    {"status": "3", "name": "Nedostupny", "code": "2"},
)


@dataclass(frozen=True)
class SimField:
    id: str
    type: str
    name: str
    title: str
    options: tuple[str, ...] = ()
    required: bool = False


SCRIPT_FIELDS: Final = (
    SimField("21", "text", "field_poznamka", "Poznámka"),
    SimField(
        "22",
        "selectbox",
        "field_produkt",
        "Produkt",
        ("Internet", "Televize", "Mobilní tarif", "Pevná linka"),
    ),
)


@dataclass
class SimScript:
    """One open (or closed) call script of the agent."""

    record: int
    call_id: str
    queue: SimQueue
    user_id: str
    number: str
    created: datetime
    edited: datetime
    values: dict[str, str] = field(default_factory=dict)
    status: SimStatus | None = None
    nextcall: datetime | None = None
    action: int = 0  # 0 free, 5 saved and done, 6 planned for nextcall (CopyRecords' words)

    @property
    def name(self) -> str:
        return f"record_{self.record:013x}"

    def record_shape(self, *, numbers_as_text: bool) -> dict[str, Any]:
        """The ``record`` object: CallScriptOpened shows numbers as text, CallScriptClose as
        numbers (both as in the document's examples)."""
        record: object = str(self.record) if numbers_as_text else self.record
        action: object = str(self.action) if numbers_as_text else self.action
        return {
            "record": record,
            "user": self.user_id,
            "queue": self.queue.queue,
            "name": self.name,
            "title": f"Hovor {self.number}",
            "number": self.number,
            "nextcall": stamp(self.nextcall),
            "status": self.status.id if self.status else None,
            "action": action,
            "call_id": self.call_id,
            "edited": stamp(self.edited),
            "created": stamp(self.created),
            "deleted": "0",
            "changes": {"fields": False, "record_snapshots": False},
        }

    def fields_shape(self) -> dict[str, Any]:
        return {
            f.id: {
                "field": f.id,
                "type": f.type,
                "name": f.name,
                "title": f.title,
                "description": "",
                "multiple": "0",
                "fieldset": None,
                "pattern": "",
                "col": None,
                "deleted": "0",
                "required": "1" if f.required else None,
                "position": str(position),
                "free": None,
                "object": {"field": None, "error": None},
                "options": list(f.options) if f.options else None,
                "value": [self.values[f.name]] if self.values.get(f.name) else [],
                "time": stamp(self.edited),
                "user": self.user_id,
                "version": "1",
            }
            for position, f in enumerate(SCRIPT_FIELDS, start=1)
        }


def statuses_38(statuses: tuple[SimStatus, ...]) -> dict[str, Any]:
    return {
        s.id: {
            "code": s.code,
            "id": s.id,
            "description": s.description,
            "deleted": "1" if s.deleted else "0",
        }
        for s in statuses
    }


def field_named(name: str) -> SimField | None:
    return next((f for f in SCRIPT_FIELDS if f.name == name), None)
