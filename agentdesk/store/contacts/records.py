"""What the directory and the importers both speak: a contact, a completion hit, a contact as
read from an import file, the error, and the folding that makes names match."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from agentdesk.core import AgentDeskError


class ContactsError(AgentDeskError):
    """The contacts file or an import file cannot be read or written; says why."""


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


@dataclass(frozen=True, slots=True)
class Candidate:
    """A contact as read from an import file, before it meets the directory."""

    line: int
    name: str
    company: str | None
    written_numbers: tuple[str, ...]
    responsible: str | None = None
    """Who answers for this customer (a login, an extension): a company directory's column,
    read by the relay for MegaFon's ``contact``; the desktop's import does not keep it."""


def fold(text: str) -> str:
    """``text`` for matching: case and accents ignored ("Nováková" → "novakova")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
