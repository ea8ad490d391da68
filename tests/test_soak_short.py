"""A short run of the soak (bench/soak.py) in every `make test`: a few dozen calls with
faults mixed in, nothing lost, doubled or left open."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench" / "soak.py"


def _soak_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agentdesk_bench_soak", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_a_short_shift_with_faults_loses_and_doubles_nothing() -> None:
    figures = await _soak_module().soak(60)
    assert figures["faults injected"] > 0
    assert figures["exceptions logged"] == 0
    assert figures["dispositions received"] == 60
    assert figures["dispositions lost"] == 0
    assert figures["dispositions duplicated"] == 0
    assert figures["calls left open"] == 0
