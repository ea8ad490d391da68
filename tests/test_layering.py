"""The layers of GUIDE.md as rules: which part of AgentDesk may import which.

Every ``import`` counts, also those inside functions (a lazy import is still a dependency).
The checker is a plain function over a source tree, so that a test can show it catches a
violation planted in a temporary tree.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "agentdesk"
QT = ("PySide6", "shiboken6", "qasync")


@dataclass(frozen=True)
class Layer:
    """Files (globs under the package) and what they may not import. ``stdlib_only``: nothing
    but the standard library and the layer itself."""

    files: tuple[str, ...]
    forbidden: tuple[str, ...] = ()
    stdlib_only: bool = False
    allowed: tuple[str, ...] = ()
    """Modules under a forbidden one that the layer may import all the same."""


LAYERS: dict[str, Layer] = {
    # The vendor-neutral language.
    "core": Layer(("core/**/*.py",), stdlib_only=True),
    # Vendors' APIs: core and the shared backend modules (and the receivers they run).
    "backends": Layer(
        ("backends/**/*.py",),
        forbidden=(
            "agentdesk.store",
            "agentdesk.session",
            "agentdesk.ui",
            "agentdesk.sim",
            "agentdesk.vendors",
            "agentdesk.demo",
            *QT,
        ),
    ),
    "receivers": Layer(
        ("receivers/**/*.py",),
        forbidden=(
            "agentdesk.backends",
            "agentdesk.store",
            "agentdesk.session",
            "agentdesk.ui",
            "agentdesk.sim",
            *QT,
        ),
    ),
    "store": Layer(
        ("store/**/*.py",),
        forbidden=("agentdesk.backends", "agentdesk.session", "agentdesk.ui", "agentdesk.sim", *QT),
    ),
    # The session and what it owns: no Qt, and vendors only through the Backend interface.
    "session": Layer(
        (
            "session.py",
            "outbox_delivery.py",
            "reconnect.py",
            "missed_calls.py",
            "shift.py",
            "phone_watch.py",
        ),
        forbidden=("agentdesk.backends", "agentdesk.ui", "agentdesk.sim", *QT),
    ),
    # Widgets reach vendors only through the session.
    "ui": Layer(
        ("ui/**/*.py",),
        forbidden=("agentdesk.backends", "agentdesk.receivers", "agentdesk.sim", "agentdesk.demo"),
    ),
    # The company relay: a server of its own, no desktop parts (it reads the receivers, and
    # one vendor's alias table, so that relay and desk route alike; and contacts files as
    # the desk's import does, for its company directory).
    "relay": Layer(
        ("relay/**/*.py",),
        forbidden=("agentdesk.store", "agentdesk.session", "agentdesk.ui", "agentdesk.sim", *QT),
        allowed=("agentdesk.store.contacts.reading", "agentdesk.store.contacts.records"),
    ),
    # Doubles of the vendors speak only their vendor's words. (The store is allowed: a demo's
    # desk side may hold the desktop's own contacts, as MegaFon's does.)
    "sim": Layer(
        ("sim/**/*.py",),
        forbidden=(
            "agentdesk.backends",
            "agentdesk.session",
            "agentdesk.ui",
            "agentdesk.vendors",
            "agentdesk.demo",
            *QT,
        ),
    ),
}


def imported_modules(path: Path, package: str) -> list[str]:
    """Every module ``path`` imports, relative imports made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _module_parts(path, package)[: -node.level]
                found.append(".".join([*base, node.module] if node.module else base))
            elif node.module:
                found.append(node.module)
    return found


def _module_parts(path: Path, package: str) -> list[str]:
    parts = list(path.with_suffix("").parts)
    return parts[parts.index(package) :]


def violations(root: Path, layers: dict[str, Layer] = LAYERS) -> list[str]:
    """``"layer: file imports module"`` for every import a layer may not make."""
    package = root.name
    found: list[str] = []
    for name, layer in layers.items():
        files = sorted({p for pattern in layer.files for p in root.glob(pattern)})
        for path in files:
            for module in imported_modules(path, package):
                if _refused(module, name, layer, package):
                    found.append(f"{name}: {path.relative_to(root)} imports {module}")
    return found


def _refused(module: str, name: str, layer: Layer, package: str) -> bool:
    top = module.split(".")[0]
    if layer.stdlib_only:
        own = f"{package}.{name}"
        return not (top in sys.stdlib_module_names or module == own or module.startswith(own + "."))
    if any(module == a or module.startswith(a + ".") for a in layer.allowed):
        return False
    return any(module == f or module.startswith(f + ".") for f in layer.forbidden)


def test_every_layer_keeps_to_its_rules() -> None:
    assert violations(PACKAGE) == []


def test_every_layer_has_files() -> None:
    for name, layer in LAYERS.items():
        assert any(PACKAGE.glob(pattern) for pattern in layer.files), name


@pytest.mark.parametrize(
    ("where", "source", "expected"),
    [
        (
            "core/models.py",
            "import PySide6.QtCore\n",
            "core: core/models.py imports PySide6.QtCore",
        ),
        ("core/models.py", "import httpx\n", "core: core/models.py imports httpx"),
        (
            "core/models.py",
            "from agentdesk.store import settings\n",
            "core: core/models.py imports agentdesk.store",
        ),
        (
            "backends/daktela/backend.py",
            "def later():\n    from agentdesk.store.settings import load_settings\n",
            "backends: backends/daktela/backend.py imports agentdesk.store.settings",
        ),
        (
            "backends/daktela/backend.py",
            "from ...store import profiles\n",
            "backends: backends/daktela/backend.py imports agentdesk.store",
        ),
        ("session.py", "from PySide6 import QtCore\n", "session: session.py imports PySide6"),
        (
            "ui/main_window.py",
            "from agentdesk.backends.daktela.backend import DaktelaBackend\n",
            "ui: ui/main_window.py imports agentdesk.backends.daktela.backend",
        ),
        (
            "sim/daktela/simulator.py",
            "import agentdesk.backends.http\n",
            "sim: sim/daktela/simulator.py imports agentdesk.backends.http",
        ),
    ],
)
def test_the_checker_catches_a_planted_violation(
    tmp_path: Path, where: str, source: str, expected: str
) -> None:
    root = tmp_path / "agentdesk"
    for name, layer in LAYERS.items():
        for pattern in layer.files:
            sample = root / pattern.replace("**/", "").replace("*", name)
            sample.parent.mkdir(parents=True, exist_ok=True)
            sample.write_text("from __future__ import annotations\nimport json\n")
    planted = root / where
    planted.parent.mkdir(parents=True, exist_ok=True)
    planted.write_text(source)
    assert violations(root) == [expected]


def test_ui_reaches_the_vendor_only_through_the_session() -> None:
    """The window asks the session (its dial note, capabilities, contacts hand-over), never
    the backend behind it."""
    files = sorted((PACKAGE / "ui").rglob("*.py"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"session\.backend\b", text), f"{path.name} reaches session.backend"


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


LOADED_BY_THE_WINDOW = """
import sys
import agentdesk.gui_main, agentdesk.ui.app, agentdesk.ui.main_window, agentdesk.demo
print(sorted(m for m in ("secretstorage", "cryptography") if m in sys.modules))
"""


def test_the_window_loads_no_keyring_backend_until_a_secret_is_read() -> None:
    """The Secret Service backend brings secretstorage and cryptography (about 7 MiB resident)
    into a process that may never read a secret, as the demo does not."""
    done = subprocess.run(
        [sys.executable, "-c", LOADED_BY_THE_WINDOW],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == "[]"
