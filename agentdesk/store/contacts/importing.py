"""Contacts from a file into the directory (the file read by :mod:`.reading`), and a report
of what was added, merged and passed over."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from agentdesk.phone import DEFAULT_REGION
from agentdesk.store.contacts.directory import ContactDirectory
from agentdesk.store.contacts.reading import read_contacts_file, read_number
from agentdesk.store.contacts.records import Candidate, Contact, ContactsError


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
    found = read_contacts_file(path)
    report = ImportReport(path, found.file_format, found.encoding)
    try:
        for candidate in found.candidates:
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
        e164 = read_number(written, region)
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
