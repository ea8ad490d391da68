"""The documents' promises name the tests that keep them (docs/RELIABILITY.md above all):
every test file and test function they name exists, so a moved or renamed test cannot leave
a promise pointing at nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted(
    [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *ROOT.glob("docs/**/*.md")],
)
# `tests/x/test_y.py`, `tests/x/test_y.py::test_z` and, after one of those, `::test_w` (the
# same file); a folder (`tests/store/`) names every test in it.
EXAMPLE_VENDOR = "acme"  # CONTRIBUTING.md's vendor to be added: its tests are to be written
REFERENCE = re.compile(r"`(tests/[\w/.-]*?)(?:::(\w+))?`|`::(\w+)`")


def references(document: Path) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    last_file = ""
    for match in REFERENCE.finditer(document.read_text(encoding="utf-8")):
        path, name, same_file_name = match.groups()
        if path is not None and EXAMPLE_VENDOR in path:
            last_file = ""
        elif path is not None:
            if path.endswith(".py"):
                last_file = path
            found.append((path, name))
        elif last_file:
            found.append((last_file, same_file_name))
    return found


def test_the_documents_name_tests_at_all() -> None:
    named = [ref for document in DOCUMENTS for ref in references(document)]
    assert len(named) > 50  # the pattern still finds what RELIABILITY.md writes


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_test_a_document_names_exists(document: Path) -> None:
    missing = []
    for path, name in references(document):
        target = ROOT / path
        if not target.exists():
            missing.append(path)
        elif name is not None and not re.search(
            rf"^\s*(?:async )?def {re.escape(name)}\(", target.read_text(encoding="utf-8"), re.M
        ):
            missing.append(f"{path}::{name}")
    assert missing == []
