"""Phone numbers: read what agents and vendors write, keep E.164, show it for humans.

One module so that the dial field, the clipboard, ``tel:`` links, caller cards and the local
contacts all agree on what a number is. The default region (a profile option, e.g. "CZ")
says how to read numbers written without a country code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

# phonenumbers (its import and its metadata: about 20 ms, a few MB) is imported by the first
# function that reads a number, not by every module that imports this one: the window paints
# before any number is read.

DEFAULT_REGION = "CZ"

# What a vendor may put before a number it dialled internationally ("00420...").
_LEADING_00 = re.compile(r"^00(?=[1-9])")
_URI = re.compile(r"^(?:tel|callto|sip|sips):(?://)?", re.IGNORECASE)
# Separators people type or paste inside phone numbers; removed before dialling.
_SEPARATORS = re.compile(r"[\s\-().]")
# A loose shape: digits, an optional leading +, and the keypad's * and # for extensions and
# services. Anything else (letters) is refused before the numbering plan is asked.
_DIALLABLE = re.compile(r"\+?[0-9*#]*[0-9][0-9*#]*")
_INTERNAL = re.compile(r"(?=.*[0-9])[0-9*#]{2,6}")
# How much of the text a NumberError quotes: a pasted page or a 5 kB link stays one short line.
_QUOTED_LENGTH = 40


class NumberError(ValueError):
    """Text that is not a phone number; the message says why, for the agent."""


def _quoted(text: str) -> str:
    """``text`` as a NumberError shows it: quoted, cut short when it is long."""
    if len(text) <= _QUOTED_LENGTH:
        return repr(text)
    return repr(text[:_QUOTED_LENGTH]) + f"… ({len(text)} characters)"


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    e164: str  # "+420601234567"
    national: str  # "601 234 567"
    international: str  # "+420 601 234 567"
    as_written: str

    def __str__(self) -> str:
        return self.e164


def parse(text: str, region: str = DEFAULT_REGION) -> PhoneNumber:
    """``text`` as a phone number; raises NumberError with a reason the agent can read."""
    written = text.strip()
    cleaned = _LEADING_00.sub("+", written)
    if not cleaned:
        raise NumberError("no number given")
    if not any(ch.isdigit() for ch in cleaned):
        raise NumberError(f"{_quoted(written)} has no digits")
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat

    try:
        number = phonenumbers.parse(cleaned, region.upper())
    except NumberParseException as exc:
        raise NumberError(f"{_quoted(written)} is not a phone number ({exc._msg})") from None
    if not phonenumbers.is_possible_number(number):
        raise NumberError(f"{_quoted(written)} has the wrong length for a phone number")
    return PhoneNumber(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        national=phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
        international=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
        as_written=written,
    )


def load_metadata(region: str = DEFAULT_REGION) -> None:
    """Import phonenumbers and read ``region``'s numbering plan now (about 30 ms of CPU),
    rather than while the first call rings. Meant for a worker thread, after the first paint
    (``asyncio.to_thread``): the import lock makes a reader in another thread wait for it."""
    import phonenumbers

    phonenumbers.example_number(region.upper())  # loads the region's metadata module


def normalise_number(text: str) -> str | None:
    """``text`` without separators when it has the shape of a number, else None."""
    number = _SEPARATORS.sub("", text.strip())
    return number if _DIALLABLE.fullmatch(number) else None


def internal_number(text: str) -> str | None:
    """``text`` as an internal number (extension, feature code), or None when it is not one."""
    number = _SEPARATORS.sub("", text.strip())
    return number if _INTERNAL.fullmatch(number) else None


def dial_target(text: str, region: str = DEFAULT_REGION) -> str:
    """What to dial for ``text`` (the GUI's dial bar, ``agentdesk ctl dial``); NumberError
    saying why not.

    * an internal number: 2 to 6 characters of digits, ``*`` and ``#`` with no leading ``+``
      ("200", "4711", "*72"), dialled as typed. Call centres dial colleagues' extensions and
      PBX feature codes, which no numbering plan knows; six characters stay below the
      shortest national numbers of the regions we serve (CZ and SK have nine digits);
    * else a phone number that :func:`parse` reads in ``region``, dialled in E.164
      ("601 234 567" → "+420601234567").
    """
    written = text.strip()
    if not written:
        raise NumberError("no number given")
    if not any(ch.isdigit() for ch in written):
        raise NumberError(f"{_quoted(written)} has no digits")
    if normalise_number(written) is None:
        raise NumberError(
            f"{_quoted(written)} is not a phone number: use digits, optionally starting with +"
        )
    internal = internal_number(written)
    if internal is not None:
        return internal
    return parse(written, region).e164


def to_e164(text: str, region: str = DEFAULT_REGION) -> str | None:
    """E.164 of ``text``, or None when it is not a number (for matching, not for errors)."""
    try:
        return parse(text, region).e164
    except NumberError:
        return None


def for_humans(text: str, region: str = DEFAULT_REGION) -> str:
    """How to show a number: national form at home, international abroad, else as given."""
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat

    try:
        number = phonenumbers.parse(_LEADING_00.sub("+", text.strip()), region.upper())
    except NumberParseException:
        return text
    if not phonenumbers.is_possible_number(number):
        return text
    home = phonenumbers.region_code_for_number(number) == region.upper()
    style = PhoneNumberFormat.NATIONAL if home else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


def from_uri(uri: str, region: str = DEFAULT_REGION) -> PhoneNumber:
    """The number in a ``tel:``, ``callto:`` or ``sip:`` link (parameters dropped)."""
    if not _URI.match(uri.strip()):
        raise NumberError(f"{_quoted(uri)} is not a tel:, callto: or sip: link")
    rest = _URI.sub("", unquote(uri.strip()))
    rest = rest.split(";", 1)[0].split("?", 1)[0]
    rest = rest.split("@", 1)[0]  # sip:+420601234567@pbx.example
    return parse(rest, region)


def find_numbers(text: str, region: str = DEFAULT_REGION, *, limit: int = 20) -> list[PhoneNumber]:
    """The phone numbers written in free text (an e-mail, a CRM page), first to last."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberMatcher

    found: dict[str, PhoneNumber] = {}
    for match in PhoneNumberMatcher(text[:10_000], region.upper()):
        number = match.number
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        if e164 not in found:
            found[e164] = PhoneNumber(
                e164=e164,
                national=phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
                international=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
                as_written=match.raw_string,
            )
        if len(found) >= limit:
            break
    return list(found.values())
