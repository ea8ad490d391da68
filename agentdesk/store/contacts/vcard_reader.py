"""Contacts in a vCard 2.1/3.0/4.0 file (phones, Thunderbird): folded lines, quoted-printable
values, escaped separators; FN, N, ORG and TEL are read, and X-RESPONSIBLE (who answers for
the customer, for the company relay's directory)."""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from typing import Any

from agentdesk.store.contacts.records import Candidate


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


def read_vcards(text: str) -> Iterator[Candidate]:
    """Contacts in a vCard 2.1/3.0/4.0 text (FN, N, ORG and TEL are read)."""
    card: dict[str, Any] | None = None
    for line, content in _unfold(text):
        parsed = _property(content.strip())
        if parsed is None:
            continue
        (name, params), raw = parsed
        value = _decode_value(params, raw)
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card = {"line": line, "fn": "", "n": "", "org": None, "tel": [], "responsible": None}
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
        elif name == "X-RESPONSIBLE":
            card["responsible"] = _unescape(value).strip() or None
        elif name == "TEL" and "FAX" not in params.get("TYPE", "").upper():
            card["tel"].append(_unescape(value).strip())


def _candidate_of_card(card: dict[str, Any]) -> Candidate:
    name = card["fn"] or card["n"] or card["org"] or ""
    numbers = tuple(t for t in card["tel"] if t)
    return Candidate(card["line"], name, card["org"], numbers, card["responsible"])
