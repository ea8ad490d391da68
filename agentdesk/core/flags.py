"""What the vendor's lists say about a caller (Oki-Toki ``lists/check``, MegaFon's
blacklist): shown on the caller card."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CallerFlags:
    """``vip``/``blocked``: the number is on such a list; None where the vendor was not
    asked (no such list in this profile)."""

    number: str
    vip: bool | None = None
    blocked: bool | None = None

    @property
    def any(self) -> bool:
        return bool(self.vip or self.blocked)
