"""A contacts file read, without the directory: its encoding guessed, its format (CSV or
vCard) recognised, its contacts as :class:`~.records.Candidate` objects, and their numbers
read into E.164. The desktop's import (:mod:`.importing`) and the company relay's directory
(:mod:`agentdesk.relay.directory`) both read files this way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from agentdesk.phone import NumberError, from_uri, to_e164
from agentdesk.store.contacts.csv_reader import read_csv
from agentdesk.store.contacts.records import Candidate, ContactsError
from agentdesk.store.contacts.vcard_reader import read_vcards

# A contacts export of tens of thousands of lines is still a few MB; anything far bigger is
# not a contacts file and should not be read into memory.
MAX_IMPORT_BYTES: Final = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ContactsFile:
    file_format: str  # "csv" or "vcard"
    encoding: str
    candidates: list[Candidate]


def read_contacts_file(path: Path) -> ContactsFile:
    """The contacts of a CSV or vCard file; ContactsError when it cannot be read at all."""
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ContactsError(f"{path} is too big for a contacts file")
        data = path.read_bytes()
    except OSError as exc:
        raise ContactsError(f"cannot read {path}: {exc.strerror or exc}") from None
    text, encoding = decode_text(data)
    is_vcard = path.suffix.lower() in (".vcf", ".vcard") or text.lstrip().upper().startswith(
        "BEGIN:VCARD"
    )
    try:
        candidates = list(read_vcards(text) if is_vcard else read_csv(text))
    except ContactsError as exc:
        raise ContactsError(f"cannot import {path}: {exc}") from None
    return ContactsFile("vcard" if is_vcard else "csv", encoding, candidates)


def read_number(written: str, region: str) -> str | None:
    """A number as a contacts file writes it (``tel:`` links too) in E.164; None if it is
    not one. National numbers are read in ``region``."""
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
