"""The simulated uContact instance: its agent, campaigns, breaks, disposition tree, the call
records ``Cdr/getrecords`` answers from, and where each recording lies.

The text shows no ``getrecords`` answer beyond "JSON" with a ``Guid`` and a ``calldate``, so the
row here is our reading, shared with the backend's parser (which reads it; nothing here imports
it): an object per recorded call with ``guid``, ``calldate`` (``YYYY-MM-DD HH:MM:SS``, the
instance's wall clock, as the filter's ``calldatei``), ``agent``, ``campaign``, ``source``,
``destination``, ``duration`` (talk seconds), ``data`` (the call's tag) and ``rating``; newest
first. Campaign names end in ``<-`` (inbound) or ``->`` (outbound), as in the text's examples.

Recordings (:class:`RecordStore`) lie in one of the text's four places, on the telephony or
the backup host, dated folder or not; some only as ``.gsm`` until ``Supervisor/convert`` makes
the ``.mp3``. The standard library makes no MP3, so the files are the WAV bytes of
:func:`agentdesk.sim.audio.beeps_wav` under the documented names (``.mp3`` and ``.gsm``),
served as ``audio/wav``: players and the backend go by the bytes, not by the name.
"""

from __future__ import annotations

import functools
import hashlib
import random
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from agentdesk.sim.audio import beeps_wav

TIME_FORMAT: Final = "%Y-%m-%d %H:%M:%S"
FOLDER_FORMAT: Final = "%Y%m%d"
PAGE_SIZE: Final = 50


@dataclass(frozen=True)
class SimAgent:
    name: str  # the agent's user name: AgentLogin's ``agent``
    password: str
    phone: str  # the SIP peer: AgentLogin's ``callerid``, the ``phone``/``interface`` elsewhere
    fullname: str
    context: str


AGENT: Final = SimAgent("jperez", "Clave-2026", "1001", "Juan Pérez", "agentes")
OTHER_AGENT: Final = SimAgent("mgomez", "Otra-2026", "1002", "María Gómez", "agentes")
AGENTS: Final = {a.name: a for a in (AGENT, OTHER_AGENT)}
INBOUND: Final = "Soporte<-"
SALES_IN: Final = "Ventas<-"
OUTBOUND: Final = "Ventas->"
CAMPAIGNS: Final = (INBOUND, SALES_IN, OUTBOUND)
COMPANY_NUMBER: Final = "29001234"  # the line customers call and see: Montevideo

BREAKS: Final = ("Almuerzo", "Baño", "Capacitación", "Reunión", "Postllamada")
BREAKS_OPTION: Final = "Almuerzo,Baño,Capacitación,Reunión,Postllamada:wrap"

# Level 1 → level 2 → level 3, as a uContact administrator would configure the campaigns.
DISPOSITION_TREE: Final[Mapping[str, Mapping[str, tuple[str, ...]]]] = {
    "Venta": {"Tarjeta": (), "Efectivo": ()},
    "No venta": {"Precio": ("Muy caro", "Sin presupuesto"), "Competencia": ()},
    "Volver a llamar": {},
    "Número equivocado": {},
}


def dispositions_option(tree: Mapping[str, Mapping[str, tuple[str, ...]]]) -> str:
    """The tree in the profile's one-line form (``L1>L2>L3a|L3b``, comma-separated)."""
    entries: list[str] = []
    for level1, children in tree.items():
        if not children:
            entries.append(level1)
        elif all(not leaves for leaves in children.values()):
            entries.append(f"{level1}>{'|'.join(children)}")
        else:
            for level2, leaves in children.items():
                tail = f">{'|'.join(leaves)}" if leaves else ""
                entries.append(f"{level1}>{level2}{tail}")
    return ",".join(entries)


DISPOSITIONS_OPTION: Final = dispositions_option(DISPOSITION_TREE)


def valid_disposition(l1: str, l2: str, l3: str) -> bool:
    """Whether ``l1/l2/l3`` names a node of the tree (deeper levels may be left empty)."""
    children = DISPOSITION_TREE.get(l1)
    if children is None:
        return False
    if not l2:
        return not l3
    if l2 not in children:
        return False
    return not l3 or l3 in children[l2]


CUSTOMERS: Final = (
    "098344484",
    "099124484",
    "091000000",
    "094556677",
    "26001122",
    "099887766",
    "095123456",
    "42223344",
)


@dataclass
class CdrRow:
    """One recorded call as ``Cdr/getrecords`` lists it."""

    guid: str
    calldate: datetime
    agent: str
    campaign: str
    source: str
    destination: str
    duration: int
    data: str = ""
    rating: str = ""

    @property
    def folder(self) -> str:
        return self.calldate.strftime(FOLDER_FORMAT)

    def as_json(self) -> dict[str, str | int]:
        return {
            "guid": self.guid,
            "calldate": self.calldate.strftime(TIME_FORMAT),
            "agent": self.agent,
            "campaign": self.campaign,
            "source": self.source,
            "destination": self.destination,
            "duration": self.duration,
            "data": self.data,
            "rating": self.rating,
        }

    def as_variant_json(self) -> dict[str, str]:
        """The row in another likely shape: the text's own spelling ``Guid``, the Asterisk
        CDR's ``src``, ``dst`` and ``billsec``, ``queue`` for the campaign, keys in other
        cases, numbers as text and ``calldate`` as Java's ``Timestamp`` writes it
        (``2016-01-18 10:00:00.0``)."""
        return {
            "Guid": self.guid,
            "calldate": self.calldate.strftime(TIME_FORMAT) + ".0",
            "Agent": self.agent,
            "queue": self.campaign,
            "src": self.source,
            "dst": self.destination,
            "billsec": str(self.duration),
            "Data": self.data,
            "Rating": self.rating,
        }


class CallRecords:
    """The instance's recorded calls, newest first."""

    def __init__(self) -> None:
        self.rows: list[CdrRow] = []

    def add(self, row: CdrRow) -> None:
        self.rows.append(row)
        self.rows.sort(key=lambda r: r.calldate, reverse=True)

    def find(self, guid: str) -> CdrRow | None:
        return next((r for r in self.rows if r.guid == guid), None)

    def seed(self, *, now: datetime, count: int, seed: int = 598) -> list[CdrRow]:
        """``count`` calls over the last six days, both agents, in and out."""
        rand = random.Random(seed)
        made: list[CdrRow] = []
        for index in range(count):
            when = now - timedelta(minutes=20 + index * 6 * 24 * 60 // max(count, 1))
            when = when.replace(microsecond=0) - timedelta(seconds=rand.randrange(600))
            agent = AGENT if rand.random() < 0.8 else OTHER_AGENT
            customer = rand.choice(CUSTOMERS)
            campaign = rand.choice(CAMPAIGNS)
            outbound = campaign.endswith("->")
            row = CdrRow(
                guid=str(uuid.UUID(int=rand.getrandbits(128), version=4)),
                calldate=when,
                agent=agent.name,
                campaign=campaign,
                source=agent.phone if outbound else customer,
                destination=customer if outbound else COMPANY_NUMBER,
                duration=rand.randrange(15, 600),
                rating=str(rand.randrange(1, 6)) if rand.random() < 0.3 else "",
            )
            made.append(row)
            self.add(row)
        return made

    def matching(self, query: Mapping[str, str]) -> list[CdrRow]:
        """Rows the filter object selects (empty values select everything)."""
        start = query.get("calldatei", "")
        end = query.get("calldatef", "")
        first = datetime.strptime(start, TIME_FORMAT) if start else None
        last = datetime.strptime(end, TIME_FORMAT) if end else None
        mindur = int(query["mindur"]) if query.get("mindur") else 0
        exclude = query.get("exclude", "")

        def keep(row: CdrRow) -> bool:
            return (
                (first is None or row.calldate >= first)
                and (last is None or row.calldate <= last)
                and _contains(row.agent, query.get("agent"))
                and _contains(row.campaign, query.get("campaign"))
                and _contains(row.source, query.get("source"))
                and _contains(row.destination, query.get("destination"))
                and _contains(row.data, query.get("data"))
                and (not query.get("rating") or row.rating == query["rating"])
                and row.duration >= mindur
                and not (exclude and exclude in (row.source, row.destination))
            )

        return [r for r in self.rows if keep(r)]


def _contains(value: str, wanted: str | None) -> bool:
    return not wanted or wanted.lower() in value.lower()


# Where a recording lies: (host, dated folder?, suffix).
TELEPHONY: Final = "telephony"
BACKUP: Final = "backup"
LOCATIONS: Final = (
    (TELEPHONY, False, "mp3"),
    (TELEPHONY, True, "mp3"),
    (BACKUP, True, "mp3"),
    (BACKUP, False, "mp3"),
    (TELEPHONY, True, "gsm"),
    (BACKUP, True, "gsm"),
)


class RecordStore:
    """The files under ``/records/`` of the telephony and the backup hosts."""

    def __init__(self) -> None:
        # Host and path → the seed of the file's sound; the bytes are made when fetched.
        self.files: dict[tuple[str, str], str] = {}

    def place(self, row: CdrRow, location: int | None = None) -> str:
        """Put ``row``'s recording at one of :data:`LOCATIONS` (by default one that follows
        from its guid); the path written."""
        if location is None:
            location = hashlib.sha256(row.guid.encode()).digest()[0] % len(LOCATIONS)
        host, dated, suffix = LOCATIONS[location]
        path = record_path(row.guid, row.folder if dated else None, suffix)
        self.files[(host, path)] = row.guid
        return path

    def get(self, host: str, path: str) -> bytes | None:
        seed = self.files.get((host, path))
        return None if seed is None else _sound(seed)

    def where(self, guid: str) -> list[tuple[str, str]]:
        return sorted(key for key in self.files if f"/{guid}." in "/" + key[1])

    def remove(self, guid: str) -> None:
        for key in self.where(guid):
            del self.files[key]

    def convert(self, guid: str, folder: str) -> bool:
        """``Supervisor/convert``: the ``.gsm`` in ``folder`` (or the top folder) becomes an
        ``.mp3`` beside it, on whichever host holds it."""
        gsm = record_path(guid, folder or None, "gsm")
        done = False
        for host in (TELEPHONY, BACKUP):
            seed = self.files.get((host, gsm))
            if seed is not None:
                self.files[(host, record_path(guid, folder or None, "mp3"))] = seed
                done = True
        return done


@functools.lru_cache(maxsize=64)
def _sound(seed: str) -> bytes:
    return beeps_wav(seed)


def record_path(guid: str, folder: str | None, suffix: str) -> str:
    return f"{folder}/{guid}.{suffix}" if folder else f"{guid}.{suffix}"


def seed_recordings(store: RecordStore, rows: Iterable[CdrRow]) -> None:
    for row in rows:
        store.place(row)
