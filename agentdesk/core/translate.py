"""Texts marked for Qt's translation tools by modules that must not import Qt (core, backends,
the stores): ``lupdate`` finds each ``QT_TRANSLATE_NOOP("Context", "text")`` call by its name,
and the UI translates the text with ``QCoreApplication.translate("Context", text)``.

:func:`fill` puts values into a text's ``%1``, ``%2`` placeholders, translated or not (the UI
translates first, ``ctl`` prints the English text)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """``text`` as it is: the mark is for ``lupdate``, the translation happens in the UI."""
    return text


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``… replaced by ``values``, each exactly once.

    One pass, so a value that itself contains "%2" (a URL with "%20", a vendor's message)
    is never replaced again, as chained ``str.replace`` calls would do.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if 0 < index <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
