"""Contacts from a file into the directory: the file's encoding, its format (CSV or vCard),
and a report of what was added, merged and passed over."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Final

from agentdesk.phone import DEFAULT_REGION, NumberError, from_uri, to_e164
from agentdesk.store.contacts.csv_reader import read_csv
from agentdesk.store.contacts.directory import ContactDirectory
from agentdesk.store.contacts.records import Candidate, Contact, ContactsError
from agentdesk.store.contacts.vcard_reader import read_vcards

# A contacts export of tens of thousands of lines is still a few MB; anything far bigger is
# not a contacts file and should not be read into memory.
MAX_IMPORT_BYTES: Final = 20 * 1024 * 1024


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


def import_file(
    directory: ContactDirectory, path: Path, region: str = DEFAULT_REGION
) -> ImportReport:
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
            _import_candidate(directory, candidate, region, report)
    except ContactsError as exc:
        raise ContactsError(f"cannot import {path}: {exc}") from None
    if report.added or report.updated:
        directory.save()
    return report


def _import_candidate(
    directory: ContactDirectory, candidate: Candidate, region: str, report: ImportReport
) -> None:
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
            report.skipped.append(SkippedLine(candidate.line, SkipReason.NO_NUMBER, candidate.name))
        return
    if not candidate.name:
        report.skipped.append(SkippedLine(candidate.line, SkipReason.NO_NAME, numbers[0]))
        return
    report.dropped.extend(dropped)
    outcome = directory.add(Contact(candidate.name, tuple(numbers), candidate.company))
    if outcome == "added":
        report.added += 1
    elif outcome == "updated":
        report.updated += 1
    else:
        report.unchanged += 1


def _read_number(written: str, region: str) -> str | None:
    if written.lower().startswith(("tel:", "sip:", "callto:")):
        try:
            return from_uri(written, region).e164
        except NumberError:
            return None
    return to_e164(written, region)


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
