"""The core and the backends stay free of Qt and of the simulators."""

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "agentdesk"
IMPORT = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)


@pytest.mark.parametrize("layer", ["core", "backends", "store", "receivers"])
def test_layer_imports_neither_qt_nor_simulators(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    for path in files:
        for module in IMPORT.findall(path.read_text(encoding="utf-8")):
            assert not module.startswith(("PySide6", "qasync", "agentdesk.sim", "agentdesk.ui")), (
                f"{path.name} imports {module}"
            )


def test_session_is_qt_free() -> None:
    text = (PACKAGE / "session.py").read_text(encoding="utf-8")
    assert "PySide6" not in text


def test_ui_reaches_the_vendor_only_through_the_session() -> None:
    """The window asks the session (its dial note, capabilities, contacts hand-over), never
    the backend behind it."""
    files = sorted((PACKAGE / "ui").rglob("*.py"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"session\.backend\b", text), f"{path.name} reaches session.backend"
