"""The layers import only what they may: core the standard library; backends core and the
code they share; the UI no backend; simulators no backend, session or UI; and the vendor
registry stays light enough to read at every start."""

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "agentdesk"
IMPORT = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)


def imports(layer: str) -> Iterator[tuple[str, str]]:
    """(file, module) for every import in the layer's files, those inside functions too."""
    files = sorted((PACKAGE / layer).rglob("*.py")) if (PACKAGE / layer).is_dir() else []
    assert files or (PACKAGE / f"{layer}.py").is_file()
    for path in files or [PACKAGE / f"{layer}.py"]:
        for module in IMPORT.findall(path.read_text(encoding="utf-8")):
            yield str(path.relative_to(PACKAGE)), module


@pytest.mark.parametrize("layer", ["core", "backends", "store", "receivers"])
def test_layer_imports_neither_qt_nor_simulators(layer: str) -> None:
    for path, module in imports(layer):
        assert not module.startswith(("PySide6", "qasync", "agentdesk.sim", "agentdesk.ui")), (
            f"{path} imports {module}"
        )


def test_core_imports_only_the_standard_library() -> None:
    for path, module in imports("core"):
        assert module.startswith("agentdesk.core") or (
            module.split(".")[0] in sys.stdlib_module_names
        ), f"{path} imports {module}"


def test_backends_import_core_and_what_backends_share() -> None:
    for path, module in imports("backends"):
        assert not module.startswith(
            ("agentdesk.store", "agentdesk.session", "agentdesk.vendors", "agentdesk.demo")
        ), f"{path} imports {module}"


@pytest.mark.parametrize("layer", ["ui", "sim"])
def test_ui_and_simulators_reach_no_backend(layer: str) -> None:
    for path, module in imports(layer):
        assert not module.startswith(("agentdesk.backends", "agentdesk.demo")), (
            f"{path} imports {module}"
        )


def test_simulators_import_no_session_and_no_ui() -> None:
    for path, module in imports("sim"):
        assert not module.startswith(("agentdesk.session", "agentdesk.ui")), (
            f"{path} imports {module}"
        )


def test_session_is_qt_free() -> None:
    text = (PACKAGE / "session.py").read_text(encoding="utf-8")
    assert "PySide6" not in text


# Run in a fresh interpreter: what importing the registries brings in.
LOADED_BY_THE_REGISTRIES = r"""
import re, sys
import agentdesk.cli, agentdesk.sim.registry, agentdesk.vendors
heavy = re.compile(
    r"(httpx|aiohttp|PySide6)(\.|$)"
    r"|agentdesk\.backends\.\w+\.backend$|agentdesk\.sim\.\w+\.(simulator|scenario)$"
)
print(sorted(m for m in sys.modules if heavy.match(m)))
"""


def test_the_registries_import_no_backend_no_simulator_and_no_http_library() -> None:
    """Every start reads them (profiles, argparse choices): their specs are light."""
    done = subprocess.run(
        [sys.executable, "-c", LOADED_BY_THE_REGISTRIES],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"
