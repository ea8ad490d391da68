"""Contacts in a CSV export (Outlook, Google, a spreadsheet), with or without a header line,
its delimiter sniffed and its columns recognised by their Czech, English or Russian names
(a company directory's "responsible" column too, for the relay)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from agentdesk.store.contacts.records import Candidate, ContactsError, fold

_FULL_NAME = {
    "name", "full name", "fullname", "display name", "contact", "contact name", "cele jmeno",
    "jmeno a prijmeni", "nazev", "kontakt", "фио", "полное имя",
}  # fmt: skip
_FIRST_NAME = {"first name", "firstname", "given name", "first", "jmeno", "krestni jmeno", "имя"}
_MIDDLE_NAME = {"middle name", "additional name", "druhe jmeno", "отчество"}
_LAST_NAME = {"last name", "lastname", "surname", "family name", "last", "prijmeni", "фамилия"}
_COMPANY_WORDS = {"company", "organization", "organisation", "org", "firma", "spolecnost"}
_PHONE_WORDS = {"phone", "mobile", "tel", "telephone", "number", "cell", "gsm", "mobil", "cislo"}
_PHONE_STARTS = ("telef", "телеф", "мобил", "номер")
_RESPONSIBLE = {fold(word) for word in (
    "responsible", "owner", "account manager", "manager", "agent", "odpovědný", "správce",
    "ответственный", "менеджер",
)}  # fmt: skip
_NOT_PHONE_WORDS = {"type", "label", "typ", "fax", "email", "e", "mail"}


@dataclass(slots=True)
class _Columns:
    full: list[int] = field(default_factory=list)
    first: list[int] = field(default_factory=list)
    middle: list[int] = field(default_factory=list)
    last: list[int] = field(default_factory=list)
    company: list[int] = field(default_factory=list)
    phones: list[int] = field(default_factory=list)
    responsible: list[int] = field(default_factory=list)

    def found(self) -> bool:
        return bool(self.phones) and bool(self.full or self.first or self.last or self.company)


def _header_words(cell: str) -> str:
    return " ".join(re.findall(r"\w+", fold(cell)))


def _columns_of(header: list[str]) -> _Columns:
    columns = _Columns()
    for index, cell in enumerate(header):
        key = _header_words(cell)
        words = set(key.split())
        if key in _FULL_NAME:
            columns.full.append(index)
        elif key in _FIRST_NAME:
            columns.first.append(index)
        elif key in _MIDDLE_NAME:
            columns.middle.append(index)
        elif key in _LAST_NAME:
            columns.last.append(index)
        elif key in _RESPONSIBLE:
            columns.responsible.append(index)
        elif words & _NOT_PHONE_WORDS:
            continue
        elif words & _COMPANY_WORDS or key.startswith(("organi", "compan", "организац")):
            columns.company.append(index)
        elif words & _PHONE_WORDS or key.startswith(_PHONE_STARTS):
            columns.phones.append(index)
    return columns


def sniff_delimiter(first_line: str) -> str:
    """The delimiter of a CSV header line: the candidate seen most often outside quotes."""
    outside = re.sub(r'"[^"]*"', "", first_line)
    counts = {delimiter: outside.count(delimiter) for delimiter in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(text: str) -> Iterator[Candidate]:
    """Contacts in a CSV text, with or without a header line; ContactsError when the text
    is not CSV that csv can read (a field beyond its size limit)."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first))
    columns: _Columns | None = None
    last_line = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a field beyond csv's size limit: not a contacts file
            raise ContactsError(f"line {reader.line_num}: {exc}") from None
        line, last_line = last_line + 1, reader.line_num
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if columns is None:
            columns = _columns_of(cells)
            if columns.found():
                continue  # a header line
        yield _candidate_of(line, cells, columns)


def _candidate_of(line: int, cells: list[str], columns: _Columns) -> Candidate:
    def pick(indexes: list[int]) -> list[str]:
        return [cells[i] for i in indexes if i < len(cells) and cells[i]]

    if not columns.found():
        # No header: the cells that read as numbers, and the first cell without digits.
        found = tuple(c for c in cells if _has_phone_shape(c))
        name = next((c for c in cells if c and not any(ch.isdigit() for ch in c)), "")
        return Candidate(line, name, None, found)
    full = pick(columns.full)
    name = full[0] if full else " ".join(pick(columns.first + columns.middle + columns.last))
    company = next(iter(pick(columns.company)), None)
    numbers: list[str] = []
    for cell in pick(columns.phones):
        # Google's export puts several numbers in one cell: "601 234 567 ::: 777 888 999".
        numbers.extend(part.strip() for part in cell.split(":::") if part.strip())
    responsible = next(iter(pick(columns.responsible)), None)
    return Candidate(line, name or company or "", company, tuple(numbers), responsible)


def _has_phone_shape(cell: str) -> bool:
    return sum(ch.isdigit() for ch in cell) >= 6 and bool(re.fullmatch(r"[+\d\s\-().\/]+", cell))
