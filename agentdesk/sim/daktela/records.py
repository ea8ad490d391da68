"""Daktela's records as the simulator keeps them, and the texts it answers with.

Field names are the vendor's (``pause``, ``id_call``, ``clid``...), so that the shapes below
are the ones the document shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

USER_NOT_FOUND: Final = "Uživatel neexistuje"
PAUSE_NOT_FOUND: Final = "Tato pauza nebyla nalezena"
NOT_IN_OUTGOING_QUEUE: Final = "Agent není přihlášen do odchozí kampaně/fronty"
PAUSE_DURING_CALL: Final = "Nelze nastavit pauzu během hovoru"
NOT_LOGGED_IN: Final = "Agent není přihlášen do Call Centra"
ALREADY_IN_CALL: Final = "Agent již má probíhající hovor"
NO_RINGING_CALL: Final = "Žádný hovor nezvoní"
NO_CALL: Final = "Žádný probíhající hovor"
CALL_NOT_FOUND: Final = "Hovor nebyl nalezen"
QUEUE_NOT_FOUND: Final = "Fronta nebyla nalezena"
UNKNOWN_ACTION: Final = "Neznámá akce"
JSON_ONLY: Final = "Nepodporovaný formát, simulátor umí pouze json"
BAD_VERSION: Final = "Neplatná verze API"
# The document's own words: ActivityClose's "Error state on wrong state name" and
# CallScriptClose's example of a pause switch that failed after the form was saved.
STATUS_NOT_FOUND: Final = "Stav neexistuje"
NOT_IN_ANY_QUEUE: Final = "Agent není přihlášen do žádné z front, tedy není možné ho dát na pauzu"
SCRIPT_NOT_OPEN: Final = "Formulář k tomuto hovoru není otevřen"
STATUS_REQUIRED: Final = "Stav musí být vyplněn"
FIELD_NOT_FOUND: Final = "Pole formuláře neexistuje:"
BAD_OPTION: Final = "Neplatná hodnota pole"
BAD_DATETIME: Final = "Neplatný formát data a času, očekáváno YYYY-MM-DD HH:MM:SS:"
TOO_MANY_CALLS: Final = "Maximální počet vrácených hovorů je 1000"
RECORDING_NOT_FOUND: Final = "Nahrávka nebyla nalezena"


NO_RESULT: Final = object()
"""What an action documented as ``{"error":null,"status":1}`` (no ``result``) returns."""


def missing(name: str) -> str:
    """The refusal of a request without the mandatory parameter ``name`` (our Czech)."""
    return f"Chybí povinný parametr {name}"


class Params(dict[str, str]):
    """A request's parameters, last value per key, plus PHP-style arrays: ``users[]=4`` and
    ``users[0]=4`` are ``array("users")``; ``fields[name]=x`` is ``keyed("fields")``."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        super().__init__(pairs)
        self._bracketed: dict[str, list[tuple[str, str]]] = {}
        for key, value in pairs:
            base, bracket, rest = key.partition("[")
            if bracket and rest.endswith("]"):
                self._bracketed.setdefault(base, []).append((rest[:-1], value))

    def array(self, name: str) -> list[str]:
        return [value for _, value in self._bracketed.get(name, [])]

    def keyed(self, name: str) -> dict[str, str]:
        return dict(self._bracketed.get(name, []))


class ApiError(Exception):
    """An answer ``{"error": message, "status": 0}``."""


@dataclass(frozen=True)
class SimPause:
    """A pause as GetPauses lists it (``type`` is ``wrap`` for the automatic one)."""

    pause: str
    name: str
    title: str
    type: str
    paid: bool = False
    deleted: bool = False


DEMO_PAUSES: Final = (
    SimPause("2", "20", "Wrap", "wrap", paid=True),
    SimPause("4", "13", "Backoffice", "", paid=True),
    SimPause("6", "11", "Přestávka", ""),
    SimPause("7", "10", "Oběd", ""),
    SimPause("8", "14", "Školení", "", paid=True),
    SimPause("9", "668", "Svačina", "", deleted=True),
)


@dataclass
class SimQueue:
    queue: str
    name: str
    title: str
    type: str
    direction: str
    wrapuptime: str
    rt_logged: bool

    def as_oqueue(self) -> dict[str, Any]:
        outbounder = "1" if self.type in ("outbounder", "dialer") else "0"
        return {
            "queue": self.queue,
            "name": self.name,
            "title": self.title,
            "description": "",
            "outboundcid": "",
            "type": self.type,
            "direction": self.direction,
            "wrapuptime": self.wrapuptime,
            "outbounder": outbounder,
            "form": "0",
            "missed": None,
            "options": {"ringtime": "20", "retrytime": "5", "wrapuptime": self.wrapuptime},
            "deleted": "0",
            "penalty": "0",
            "login": "manual",
        }


@dataclass
class SimCall:
    id_call: str
    direction: str
    clid: str
    clid_name: str | None
    queue: SimQueue
    entered: datetime
    ringed: datetime
    answered: datetime | None = None
    call_state: str = "Ringing"
    onhold: datetime | None = None

    def as_vendor(self) -> dict[str, Any]:
        return {
            "id_call": self.id_call,
            "direction": self.direction,
            "clid": self.clid,
            "clid_name": self.clid_name,
            "id_queue": self.queue.queue,
            "oqueue": self.queue.as_oqueue(),
            "entered": stamp(self.entered),
            "ringed": stamp(self.ringed),
            "answered": stamp(self.answered),
            "call_state": self.call_state,
            "onhold": stamp(self.onhold),
        }


def pause_33(pause: SimPause) -> dict[str, str]:
    return {
        "pause": pause.pause,
        "name": pause.name,
        "title": pause.title,
        "type": pause.type,
        "paid": "1" if pause.paid else "0",
        "deleted": "1" if pause.deleted else "0",
    }


def pause_30(pause: SimPause) -> dict[str, str]:
    never = "0000-00-00 00:00:00"
    return {
        "pcode_id": pause.pause,
        "pcode": pause.name,
        "pcode_desc": pause.title,
        "read_key": "",
        # In the document's 3.0 list isBillable matches 3.3's paid and system pauses are "w".
        "isBillable": "1" if pause.paid else "0",
        "isPayable": "0",
        "pauseType": "w" if pause.type in ("wrap", "lajdak") else "-",
        "sys_dt_creazione": never,
        "sys_user_creazione": "0",
        "sys_dt_modifica": never,
        "sys_user_modifica": "0",
        "sys_optilock": "0",
    }


def stamp(moment: datetime | None) -> str | None:
    """Daktela's local-time ``YYYY-MM-DD HH:MM:SS``."""
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else None
