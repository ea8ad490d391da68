"""The agent's local contacts: names for numbers the call centre does not know.

Stored as JSON in the user data dir (``contacts.json``), every number in E.164 so that a
caller's number, a typed number and an imported one all meet::

    {"version": 1, "contacts": [
        {"name": "Jana Nováková", "company": "Acme", "numbers": ["+420601234567"]}]}

Contacts come in through :meth:`ContactDirectory.import_file` from a CSV export (Outlook,
Google, a spreadsheet) or a vCard 3.0/4.0 file (phones, Thunderbird), and serve the caller card
(:meth:`~ContactDirectory.lookup`) and the dial field's completion
(:meth:`~ContactDirectory.search`).

Nothing here touches Qt. Loading, saving and importing read files: call them through
``asyncio.to_thread`` from the GUI. A lock keeps a search on the Qt thread safe while an import
runs in a worker thread.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import quopri
import re
import tempfile
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

import phonenumbers
import platformdirs

from agentdesk.core import AgentDeskError
from agentdesk.core.records import CallerInfo
from agentdesk.phone import DEFAULT_REGION, NumberError, from_uri, to_e164

log = logging.getLogger(__name__)

FILE_VERSION: Final = 1
# A contacts export of tens of thousands of lines is still a few MB; anything far bigger is
# not a contacts file and should not be read into memory.
MAX_IMPORT_BYTES: Final = 20 * 1024 * 1024


class ContactsError(AgentDeskError):
    """The contacts file or an import file cannot be read or written; says why."""


def contacts_path() -> Path:
    return Path(platformdirs.user_data_dir("agentdesk")) / "contacts.json"


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    numbers: tuple[str, ...]  # E.164, first is the main one
    company: str | None = None


@dataclass(frozen=True, slots=True)
class ContactHit:
    """One line of the dial field's completion: a contact and the number to dial."""

    contact: Contact
    number: str  # E.164


class SkipReason(StrEnum):
    NO_NAME = "no name"
    NO_NUMBER = "no phone number"
    NOT_A_NUMBER = "not a phone number"


@dataclass(frozen=True, slots=True)
class SkippedLine:
    """A line (a vCard: its BEGIN line) that was not imported, or a number dropped from one."""

    line: int
    reason: SkipReason
    detail: str = ""  # the text concerned, as written

    def __str__(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"line {self.line}: {self.reason.value}{detail}"


@dataclass(slots=True)
class ImportReport:
    """What an import did. ``skipped`` lines added nothing; ``dropped`` numbers were unreadable
    in lines that were imported with their other numbers."""

    source: Path
    file_format: str  # "csv" or "vcard"
    encoding: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[SkippedLine] = field(default_factory=list)
    dropped: list[SkippedLine] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A contact as read from an import file, before it meets the directory."""

    line: int
    name: str
    company: str | None
    written_numbers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _SearchKey:
    name: str  # folded
    words: tuple[str, ...]  # folded words of name and company
    digits: tuple[tuple[str, str, str], ...]  # (E.164, its digits, national significant number)


def fold(text: str) -> str:
    """``text`` for matching: case and accents ignored ("Nováková" → "novakova")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class ContactDirectory:
    """The local contacts, indexed by E.164 number and by name."""

    def __init__(self, path: Path | None = None, contacts: Iterable[Contact] = ()) -> None:
        self.path = path or contacts_path()
        self._lock = threading.RLock()
        self._contacts: list[Contact] = []
        self._keys: list[_SearchKey] = []
        self._by_number: dict[str, int] = {}
        for contact in contacts:
            self._store(contact)

    # -- reading and writing the file -------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> ContactDirectory:
        """The directory saved at ``path`` (empty when there is no file yet).

        Raises ContactsError when the file exists but cannot be read.
        """
        directory = cls(path)
        try:
            data = json.loads(directory.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return directory
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ContactsError(f"cannot read the contacts in {directory.path}: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("contacts"), list):
            raise ContactsError(f"{directory.path} is not an AgentDesk contacts file")
        if data.get("version", FILE_VERSION) > FILE_VERSION:
            raise ContactsError(f"{directory.path} was written by a newer AgentDesk")
        for entry in data["contacts"]:
            contact = _contact_from_json(entry)
            if contact is None:
                log.warning("ignoring a malformed entry in %s: %r", directory.path, entry)
            else:
                directory._store(contact)
        return directory

    def save(self) -> None:
        """Write the file atomically (a crash leaves the old or the new file, never half)."""
        with self._lock:
            data = {
                "version": FILE_VERSION,
                "contacts": [_contact_to_json(contact) for contact in self._contacts],
            }
        text = json.dumps(data, ensure_ascii=False, indent=1)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # mkstemp makes the file private (0600): contacts are personal data.
            fd, temp_name = tempfile.mkstemp(
                prefix=".contacts-", suffix=".tmp", dir=self.path.parent
            )
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as file:
                    file.write(text)
                    file.flush()
                    os.fsync(file.fileno())
                os.replace(temp_name, self.path)
            except BaseException:
                Path(temp_name).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise ContactsError(f"cannot save the contacts to {self.path}: {exc}") from None

    # -- queries ------------------------------------------------------------------------

    def __len__(self) -> int:
        with self._lock:
            return len(self._contacts)

    @property
    def contacts(self) -> tuple[Contact, ...]:
        with self._lock:
            return tuple(self._contacts)

    def lookup(self, number: str, region: str = DEFAULT_REGION) -> CallerInfo | None:
        """Who ``number`` (any written form) belongs to, as a caller card's source."""
        e164 = to_e164(number, region)
        if e164 is None:
            return None
        with self._lock:
            index = self._by_number.get(e164)
            if index is None:
                return None
            contact = self._contacts[index]
        return CallerInfo(
            number=e164, name=contact.name, company=contact.company, source="contacts"
        )

    def search(self, text: str, limit: int = 20) -> list[ContactHit]:
        """Contacts whose name or company has a word starting with ``text``, or whose number
        starts with the digits of ``text`` (international or national form); best first."""
        query = text.strip()
        if not query or limit <= 0:
            return []
        if _looks_like_number(query):
            return self._search_number(query, limit)
        return self._search_name(fold(query), limit)

    def _search_number(self, query: str, limit: int) -> list[ContactHit]:
        digits = re.sub(r"\D", "", query)
        if digits.startswith("00"):
            digits = digits[2:]
        if len(digits) < 2:
            return []
        national = digits.lstrip("0") or digits
        hits: list[ContactHit] = []
        with self._lock:
            for contact, key in zip(self._contacts, self._keys, strict=True):
                for e164, all_digits, nsn in key.digits:
                    if all_digits.startswith(digits) or nsn.startswith(national):
                        hits.append(ContactHit(contact, e164))
                        if len(hits) >= limit:
                            return hits
        return hits

    def _search_name(self, query: str, limit: int) -> list[ContactHit]:
        starts: list[Contact] = []
        inside: list[Contact] = []
        with self._lock:
            for contact, key in zip(self._contacts, self._keys, strict=True):
                if key.name.startswith(query):
                    starts.append(contact)
                elif any(word.startswith(query) for word in key.words):
                    inside.append(contact)
        hits: list[ContactHit] = []
        for contact in sorted(starts, key=_sort_key) + sorted(inside, key=_sort_key):
            for number in contact.numbers:
                hits.append(ContactHit(contact, number))
                if len(hits) >= limit:
                    return hits
        return hits

    # -- changes ------------------------------------------------------------------------

    def add(self, contact: Contact) -> str:
        """Add ``contact`` (numbers in E.164) or merge it into the contact that already has one
        of its numbers; returns "added", "updated" or "unchanged". Does not save."""
        with self._lock:
            owners = sorted({self._by_number[n] for n in contact.numbers if n in self._by_number})
            if not owners:
                self._store(contact)
                return "added"
            index = owners[0]
            old = self._contacts[index]
            taken_elsewhere = {n for n in contact.numbers if self._by_number.get(n, index) != index}
            numbers = old.numbers + tuple(
                n for n in contact.numbers if n not in old.numbers and n not in taken_elsewhere
            )
            merged = Contact(
                name=contact.name or old.name,
                numbers=numbers,
                company=contact.company or old.company,
            )
            if merged == old:
                return "unchanged"
            self._contacts[index] = merged
            self._keys[index] = _search_key(merged)
            for number in merged.numbers:
                self._by_number[number] = index
            return "updated"

    def import_file(self, path: Path, region: str = DEFAULT_REGION) -> ImportReport:
        """Read a CSV or vCard file into the directory and save it.

        Numbers written without a country code are read in ``region``. Raises ContactsError
        when the file cannot be read at all; unreadable lines are listed in the report.
        """
        try:
            if path.stat().st_size > MAX_IMPORT_BYTES:
                raise ContactsError(f"{path} is too big for a contacts file")
            data = path.read_bytes()
        except OSError as exc:
            raise ContactsError(f"cannot read {path}: {exc}") from None
        text, encoding = decode_text(data)
        is_vcard = path.suffix.lower() in (".vcf", ".vcard") or text.lstrip().upper().startswith(
            "BEGIN:VCARD"
        )
        report = ImportReport(path, "vcard" if is_vcard else "csv", encoding)
        candidates = read_vcards(text) if is_vcard else read_csv(text)
        try:
            for candidate in candidates:
                self._import_candidate(candidate, region, report)
        except ContactsError as exc:
            raise ContactsError(f"cannot import {path}: {exc}") from None
        if report.added or report.updated:
            self.save()
        return report

    def _import_candidate(self, candidate: _Candidate, region: str, report: ImportReport) -> None:
        numbers: list[str] = []
        dropped: list[SkippedLine] = []
        for written in candidate.written_numbers:
            e164 = _read_number(written, region)
            if e164 is None:
                dropped.append(SkippedLine(candidate.line, SkipReason.NOT_A_NUMBER, written))
            elif e164 not in numbers:
                numbers.append(e164)
        if not numbers:
            if dropped:
                report.skipped.append(dropped[0])
            else:
                report.skipped.append(
                    SkippedLine(candidate.line, SkipReason.NO_NUMBER, candidate.name)
                )
            return
        if not candidate.name:
            report.skipped.append(SkippedLine(candidate.line, SkipReason.NO_NAME, numbers[0]))
            return
        report.dropped.extend(dropped)
        outcome = self.add(Contact(candidate.name, tuple(numbers), candidate.company))
        if outcome == "added":
            report.added += 1
        elif outcome == "updated":
            report.updated += 1
        else:
            report.unchanged += 1

    def _store(self, contact: Contact) -> None:
        with self._lock:
            index = len(self._contacts)
            self._contacts.append(contact)
            self._keys.append(_search_key(contact))
            for number in contact.numbers:
                self._by_number.setdefault(number, index)


def _sort_key(contact: Contact) -> str:
    return fold(contact.name)


def _looks_like_number(text: str) -> bool:
    return bool(re.fullmatch(r"[+\d\s\-().\/]+", text)) and any(ch.isdigit() for ch in text)


def _search_key(contact: Contact) -> _SearchKey:
    name = fold(contact.name)
    words = tuple(re.findall(r"\w+", name + " " + fold(contact.company or "")))
    digits = []
    for e164 in contact.numbers:
        try:
            nsn = phonenumbers.national_significant_number(phonenumbers.parse(e164))
        except phonenumbers.NumberParseException:
            nsn = e164.lstrip("+")
        digits.append((e164, e164.lstrip("+"), nsn))
    return _SearchKey(name, words, tuple(digits))


def _read_number(written: str, region: str) -> str | None:
    if written.lower().startswith(("tel:", "sip:", "callto:")):
        try:
            return from_uri(written, region).e164
        except NumberError:
            return None
    return to_e164(written, region)


def _contact_to_json(contact: Contact) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": contact.name, "numbers": list(contact.numbers)}
    if contact.company:
        entry["company"] = contact.company
    return entry


def _contact_from_json(entry: object) -> Contact | None:
    if not isinstance(entry, dict):
        return None
    name, numbers, company = entry.get("name"), entry.get("numbers"), entry.get("company")
    if not isinstance(name, str) or not isinstance(numbers, list) or not numbers:
        return None
    if not all(isinstance(n, str) and n.startswith("+") for n in numbers):
        return None
    return Contact(name, tuple(numbers), company if isinstance(company, str) else None)


# -- decoding -------------------------------------------------------------------------------

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_MIXED_WORD = re.compile(r"(?=\w*[A-Za-z])(?=\w*[\u0400-\u04ff])\w+")


def decode_text(data: bytes) -> tuple[str, str]:
    """``data`` as text and the encoding used: UTF-8 (with or without BOM), else cp1250
    (Central European Windows exports) or cp1251 (Cyrillic), whichever reads as words."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    as_1251 = data.decode("cp1251", errors="replace")
    # Czech text read as cp1251 turns its accented letters into Cyrillic inside Latin words;
    # real Cyrillic text has whole Cyrillic words.
    cyrillic_words = len(re.findall(r"\b[\u0400-\u04ff]{2,}\b", as_1251))
    mixed_words = len(_MIXED_WORD.findall(as_1251))
    if _CYRILLIC.search(as_1251) and cyrillic_words > mixed_words:
        return as_1251, "cp1251"
    return data.decode("cp1250", errors="replace"), "cp1250"


# -- CSV ------------------------------------------------------------------------------------

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
_NOT_PHONE_WORDS = {"type", "label", "typ", "fax", "email", "e", "mail"}


@dataclass(slots=True)
class _Columns:
    full: list[int] = field(default_factory=list)
    first: list[int] = field(default_factory=list)
    middle: list[int] = field(default_factory=list)
    last: list[int] = field(default_factory=list)
    company: list[int] = field(default_factory=list)
    phones: list[int] = field(default_factory=list)

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


def read_csv(text: str) -> Iterator[_Candidate]:
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


def _candidate_of(line: int, cells: list[str], columns: _Columns) -> _Candidate:
    def pick(indexes: list[int]) -> list[str]:
        return [cells[i] for i in indexes if i < len(cells) and cells[i]]

    if not columns.found():
        # No header: the cells that read as numbers, and the first cell without digits.
        found = tuple(c for c in cells if _has_phone_shape(c))
        name = next((c for c in cells if c and not any(ch.isdigit() for ch in c)), "")
        return _Candidate(line, name, None, found)
    full = pick(columns.full)
    name = full[0] if full else " ".join(pick(columns.first + columns.middle + columns.last))
    company = next(iter(pick(columns.company)), None)
    numbers: list[str] = []
    for cell in pick(columns.phones):
        # Google's export puts several numbers in one cell: "601 234 567 ::: 777 888 999".
        numbers.extend(part.strip() for part in cell.split(":::") if part.strip())
    return _Candidate(line, name or company or "", company, tuple(numbers))


def _has_phone_shape(cell: str) -> bool:
    return sum(ch.isdigit() for ch in cell) >= 6 and bool(re.fullmatch(r"[+\d\s\-().\/]+", cell))


# -- vCard ----------------------------------------------------------------------------------


def _unfold(text: str) -> Iterator[tuple[int, str]]:
    """Logical vCard lines with the number of the physical line they start on.

    Folded lines (RFC 6350 3.2: a line break followed by a space or tab) are joined, and so
    are vCard 2.1 quoted-printable soft line breaks (a value line ending in "=").
    """
    start, current = 0, None
    for number, raw in enumerate(text.splitlines(), start=1):
        if current is not None and raw[:1] in (" ", "\t"):
            current += raw[1:]
            continue
        if (
            current is not None
            and current.endswith("=")
            and "QUOTED-PRINTABLE" in (current.split(":", 1)[0].upper())
        ):
            current = current[:-1] + raw
            continue
        if current is not None:
            yield start, current
        start, current = number, raw
    if current is not None:
        yield start, current


def _unescape(value: str) -> str:
    return re.sub(
        r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value, flags=re.DOTALL
    )


def _split_unescaped(value: str, separator: str) -> list[str]:
    return [_unescape(part) for part in re.split(rf"(?<!\\){re.escape(separator)}", value)]


def _property(line: str) -> tuple[tuple[str, dict[str, str]], str] | None:
    """Name (upper case, group dropped), parameters and raw value of a content line."""
    head_parts: list[str] = []
    current, quoted = "", False
    for index, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            head_parts.append(current)
            current = ""
            continue
        elif ch == ":" and not quoted:
            head_parts.append(current)
            return _name_and_params(head_parts), line[index + 1 :]
        current += ch
    return None


def _name_and_params(head_parts: list[str]) -> tuple[str, dict[str, str]]:
    params: dict[str, str] = {}
    for param in filter(None, head_parts[1:]):
        key, sep, value = param.partition("=")
        # vCard 2.1 writes bare types ("TEL;CELL:..."): keep them as TYPE values.
        key, value = (key, value) if sep else ("TYPE", key)
        key = key.strip().upper()
        value = value.strip().strip('"')
        params[key] = f"{params[key]},{value}" if key in params else value
    return head_parts[0].rsplit(".", 1)[-1].strip().upper(), params


def _decode_value(params: dict[str, str], value: str) -> str:
    if params.get("ENCODING", "").upper() in ("QUOTED-PRINTABLE", "QP"):
        charset = params.get("CHARSET", "utf-8")
        raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
        try:
            return raw.decode(charset, errors="replace")
        except (LookupError, ValueError):  # ValueError: a charset name with a NUL in it
            return raw.decode("utf-8", errors="replace")
    return value


def read_vcards(text: str) -> Iterator[_Candidate]:
    """Contacts in a vCard 2.1/3.0/4.0 text (FN, N, ORG and TEL are read)."""
    card: dict[str, Any] | None = None
    for line, content in _unfold(text):
        parsed = _property(content.strip())
        if parsed is None:
            continue
        (name, params), raw = parsed
        value = _decode_value(params, raw)
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card = {"line": line, "fn": "", "n": "", "org": None, "tel": []}
        elif card is None:
            continue
        elif name == "END" and value.strip().upper() == "VCARD":
            yield _candidate_of_card(card)
            card = None
        elif name == "FN":
            card["fn"] = _unescape(value).strip()
        elif name == "N":
            parts = [*_split_unescaped(value, ";"), "", "", ""]
            family, given, additional = parts[0], parts[1], parts[2]
            card["n"] = " ".join(p.strip() for p in (given, additional, family) if p.strip())
        elif name == "ORG":
            card["org"] = _split_unescaped(value, ";")[0].strip() or None
        elif name == "TEL" and "FAX" not in params.get("TYPE", "").upper():
            card["tel"].append(_unescape(value).strip())


def _candidate_of_card(card: dict[str, Any]) -> _Candidate:
    name = card["fn"] or card["n"] or card["org"] or ""
    return _Candidate(card["line"], name, card["org"], tuple(t for t in card["tel"] if t))
