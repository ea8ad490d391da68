"""Texts marked for Qt's translation tools by modules that must not import Qt (core, backends,
the stores): ``lupdate`` finds each ``QT_TRANSLATE_NOOP("Context", "text")`` call by its name,
and the UI translates the text with ``QCoreApplication.translate("Context", text)``."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """``text`` as it is: the mark is for ``lupdate``, the translation happens in the UI."""
    return text
