"""Qt is imported only by agentdesk.ui: core and backends stay usable without a GUI."""

from __future__ import annotations

import re
from pathlib import Path

import agentdesk

PACKAGE = Path(agentdesk.__file__).parent
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|PyQt\d|qasync|shiboken6)\b", re.MULTILINE)


def test_core_and_backends_import_no_qt() -> None:
    files = [p for name in ("core", "backends") for p in (PACKAGE / name).rglob("*.py")]
    assert files, "no sources found"
    offenders = [str(p) for p in files if QT_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
