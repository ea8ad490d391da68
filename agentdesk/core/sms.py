"""Text messages to a caller: how many parts a text takes, and the templates agents fill.

A message in the GSM 7-bit alphabet fits 160 characters in one SMS; one with any other
character is sent as UCS-2 (unicode) and fits 70. Longer texts are split into parts of 153
and 67 (the header of a concatenated SMS takes the rest); the characters of GSM's extension
table (``^{}[]~|€\\``) take two places each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

GSM_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED: Final = frozenset("^{}\\[~]|€\f")
SINGLE_GSM: Final = 160
SINGLE_UCS2: Final = 70
PART_GSM: Final = 153
PART_UCS2: Final = 67


@dataclass(frozen=True, slots=True)
class SmsSize:
    """How a text goes out: ``unicode`` (UCS-2) or GSM 7-bit, its length in that
    alphabet's units, the parts it takes and the room left in the last one."""

    unicode: bool
    units: int
    parts: int
    left: int

    @property
    def per_part(self) -> int:
        """Units a part holds for this text (one part: 160 or 70; more: 153 or 67)."""
        if self.parts <= 1:
            return SINGLE_UCS2 if self.unicode else SINGLE_GSM
        return PART_UCS2 if self.unicode else PART_GSM


@dataclass(frozen=True, slots=True)
class SmsLimits:
    """What a vendor's document says of its messages: the longest text it takes in GSM
    7-bit and in unicode, and whether it sends a text unicode only when asked and turns
    anything else into ASCII (Daktela: "If is not unicode set, message is automatically
    converted to ASCII characters"), so that a GSM letter like é needs unicode too."""

    max_gsm: int
    max_unicode: int
    ascii_unless_unicode: bool = False

    def too_long(self, size: SmsSize) -> bool:
        return size.units > (self.max_unicode if size.unicode else self.max_gsm)


def is_gsm(text: str) -> bool:
    return all(ch in GSM_BASIC or ch in GSM_EXTENDED for ch in text)


def needs_unicode(text: str, limits: SmsLimits | None = None) -> bool:
    """Whether ``text`` must go out as unicode to arrive as written."""
    if limits is not None and limits.ascii_unless_unicode:
        return not text.isascii()
    return not is_gsm(text)


def measure(text: str, limits: SmsLimits | None = None) -> SmsSize:
    """The parts ``text`` takes (0 for an empty text), as a vendor with ``limits`` sends it."""
    unicode = needs_unicode(text, limits)
    if unicode:
        # UCS-2 counts UTF-16 code units: a character outside the BMP (an emoji) takes two.
        units = len(text.encode("utf-16-le")) // 2
        single, part = SINGLE_UCS2, PART_UCS2
    else:
        units = sum(2 if ch in GSM_EXTENDED else 1 for ch in text)
        single, part = SINGLE_GSM, PART_GSM
    if units == 0:
        return SmsSize(unicode, 0, 0, single)
    if units <= single:
        return SmsSize(unicode, units, 1, single - units)
    parts = -(-units // part)
    return SmsSize(unicode, units, parts, parts * part - units)


def fill_template(template: str, **values: str) -> str:
    """``template`` with ``{name}``, ``{agent}``… replaced; unknown or broken braces stay
    as written (an agent's template must never fail to open)."""
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


@dataclass(frozen=True, slots=True)
class SmsSent:
    """The vendor took the message: its id and the parts it counts, when it says."""

    message_id: str | None = None
    parts: int | None = None
