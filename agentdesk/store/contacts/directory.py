"""The agent's local contacts on disk, and the lookups the window makes in them.

Stored as JSON in the user data dir (``contacts.json``), every number in E.164 so that a
caller's number, a typed number and an imported one all meet::

    {"version": 1, "contacts": [
        {"name": "Jana Nováková", "company": "Acme", "numbers": ["+420601234567"]}]}

The directory serves the caller card (:meth:`~ContactDirectory.lookup`) and the dial field's
completion (:meth:`~ContactDirectory.search`); imports (:mod:`.importing`) fill it. Loading
and saving read and write the file: call them through ``asyncio.to_thread`` from the GUI. A
lock keeps a search on the Qt thread safe while an import runs in a worker thread.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import platformdirs

from agentdesk.core.records import CallerInfo
from agentdesk.phone import DEFAULT_REGION, to_e164
from agentdesk.store.contacts.records import Contact, ContactHit, ContactsError, fold

log = logging.getLogger(__name__)

FILE_VERSION: Final = 1


def contacts_path() -> Path:
    return Path(platformdirs.user_data_dir("agentdesk")) / "contacts.json"


@dataclass(frozen=True, slots=True)
class _SearchKey:
    name: str  # folded
    words: tuple[str, ...]  # folded words of name and company
    digits: tuple[tuple[str, str, str], ...]  # (E.164, its digits, national significant number)


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
    import phonenumbers  # here: the window paints before contacts load (see agentdesk.phone)

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
