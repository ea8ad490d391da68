"""The simulated call centre's contacts, as ``SimpleSearchContact`` finds them.

Each contact is one record of the "Kontakty" campaign with the form the document's example
shows (``array_struct`` with parallel lists of field ids, types, labels and values).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

CAMPAIGN_ID: Final = "10"
CAMPAIGN_NUMBER: Final = "1000"
CAMPAIGN_TITLE: Final = "Kontakty"
# The contact form: field id, type, label, as the vendor's array_struct lists them.
_FORM: Final = (
    ("1", "text", "Jméno"),
    ("2", "text", "Příjmení"),
    ("3", "text", "Firma"),
    ("4", "text", "Email"),
)


@dataclass(frozen=True)
class SimContact:
    id: str
    number: str
    first_name: str
    last_name: str
    company: str
    email: str = ""


# The scenario's callers (agentdesk.sim.daktela.scenario.DEMO_CALLERS) and a few more.
DEMO_CONTACTS: Final = (
    SimContact("31", "601234567", "Petr", "Svoboda", "Svoboda Instalace s.r.o.", "petr@svi.cz"),
    SimContact("32", "777123456", "Jana", "Dvořáková", "Lékárna Na Poříčí"),
    SimContact("33", "222333444", "", "", "Pekařství U Mostu"),
    SimContact("34", "603987654", "Tomáš", "Černý", "Černý & syn, stavby"),
    SimContact("35", "608112233", "Marie", "Procházková", "Základní škola Lipová"),
    SimContact("36", "605440321", "Lukáš", "Novotný", "Novotný Transport a.s."),
    SimContact("37", "736100200", "Eva", "Malá", ""),
)


def same_number(a: str, b: str) -> bool:
    """Our reading of how the PBX compares numbers: the last nine digits (a Czech national
    number), so ``00420777123456``, ``+420 777 123 456`` and ``777123456`` are one number."""
    digits_a = "".join(ch for ch in a if ch.isdigit())
    digits_b = "".join(ch for ch in b if ch.isdigit())
    return bool(digits_a) and digits_a[-9:] == digits_b[-9:]


def search(contacts: tuple[SimContact, ...], number: str, campaigns: list[str]) -> list[SimContact]:
    if campaigns and CAMPAIGN_NUMBER not in campaigns:
        return []
    return [c for c in contacts if same_number(c.number, number)]


def contact_shape(contact: SimContact) -> dict[str, Any]:
    """One result of SimpleSearchContact, in the document's shape."""
    values = (contact.first_name, contact.last_name, contact.company, contact.email)
    return {
        "id_list": CAMPAIGN_ID,
        "name_campaign": CAMPAIGN_TITLE,
        "id_code_possibili": CAMPAIGN_ID,
        "number_campaign": CAMPAIGN_NUMBER,
        "array_struct": {
            "id_field": [f[0] for f in _FORM],
            "type_field": [f[1] for f in _FORM],
            "label_field": [f[2] for f in _FORM],
            "default_value_field": ["" for _ in _FORM],
            "ro_field": [False for _ in _FORM],
            "order_field": [str(i + 1) for i in range(len(_FORM))],
            "value_data": list(values),
        },
        "sysdata_struct": {
            "id": contact.id,
            "number": contact.number,
            "date": "2026-01-05 09:00:00",
            "date_nextcall": None,
            "callstatus": None,
            "action": "0",
            "asterisk_uniqueid": "",
            "agent_id": None,
        },
        "status_error": None,
    }


def display_name(contact: SimContact) -> str | None:
    return " ".join(p for p in (contact.first_name, contact.last_name) if p) or None
