"""The company directory the relay answers MegaFon's ``contact`` command from (section 2.3 of
the CRM API: the PBX asks the CRM for a caller's name, and who answers for them, by number).

``agentdesk relay --directory FILE`` reads a CSV or vCard file with the importers the
desktop's contacts use (:mod:`agentdesk.store.contacts.reading`): names, companies, numbers,
and a responsible column (CSV ``responsible``/``owner``/``manager``/``ответственный``...,
vCard ``X-RESPONSIBLE``) holding the login, extension or direct number of the PBX user who
answers for the customer. Numbers meet in E.164: the file's national ones are read in the
relay's ``--region``, and the PBX's ``79101234567`` as ``+79101234567``, as the desk reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agentdesk.backends.megapbx.parse import phone_text
from agentdesk.phone import to_e164
from agentdesk.store.contacts.reading import read_contacts_file, read_number

EMPTY_ANSWER: dict[str, str] = {"contact_name": "", "responsible": ""}
"""What a CRM that knows no such number answers (2.3's two fields, empty), as a desk does."""


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    name: str
    company: str | None
    responsible: str | None


@dataclass(frozen=True, slots=True)
class DirectoryReport:
    """What loading read: contacts kept, numbers they hold, lines passed over."""

    contacts: int
    numbers: int
    skipped: int


class CompanyDirectory:
    """Names (and who answers for them) by E.164 number."""

    def __init__(self, entries: dict[str, DirectoryEntry], region: str) -> None:
        self._by_number = entries
        self.region = region

    @classmethod
    def load(cls, path: Path, region: str) -> tuple[CompanyDirectory, DirectoryReport]:
        """The directory in ``path``; ContactsError when the file cannot be read at all."""
        found = read_contacts_file(path)
        entries: dict[str, DirectoryEntry] = {}
        contacts = skipped = 0
        for candidate in found.candidates:
            numbers = [n for w in candidate.written_numbers if (n := read_number(w, region))]
            if not numbers or not candidate.name:
                skipped += 1
                continue
            contacts += 1
            entry = DirectoryEntry(candidate.name, candidate.company, candidate.responsible)
            for number in numbers:
                entries.setdefault(number, entry)  # the first line that names a number wins
        return cls(entries, region), DirectoryReport(contacts, len(entries), skipped)

    def lookup(self, phone: str) -> DirectoryEntry | None:
        """The entry for a number as the PBX writes it (``79101234567``) or any other way."""
        text = phone_text(phone)  # the PBX's 79101234567 as +79101234567, as the desk reads it
        e164 = to_e164(text, self.region) if text else None
        return self._by_number.get(e164) if e164 else None

    def contact_answer(self, phone: str) -> dict[str, str]:
        """2.3's answer: the customer's name (and company) and who answers for them."""
        entry = self.lookup(phone)
        if entry is None:
            return dict(EMPTY_ANSWER)
        name = ", ".join(dict.fromkeys(p for p in (entry.name, entry.company) if p))
        return {"contact_name": name, "responsible": entry.responsible or ""}
