"""Filling Qt-style ``%1``, ``%2`` placeholders of translated text in one pass."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``… replaced by ``values``, each exactly once.

    One pass, so a value that itself contains "%2" (a URL with "%20", a vendor's message)
    is never replaced again, as chained ``str.replace`` calls would do.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if 0 < index <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
