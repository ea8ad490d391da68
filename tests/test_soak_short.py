"""A short run of the soak (bench/soak.py) per vendor in every `make test`: a few dozen
calls with faults mixed in, the simulator in its own process; nothing lost, doubled or left
open."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

NAME = "agentdesk_bench_soak"
BENCH = Path(__file__).resolve().parent.parent / "bench" / "soak.py"


def soak_module() -> ModuleType:
    """bench/soak.py, loaded once (bench/ is not a package); registered before it runs, as
    its dataclasses need."""
    if (loaded := sys.modules.get(NAME)) is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(NAME, BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[NAME] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("vendor", ["daktela", "okitoki", "ucontact", "megapbx"])
async def test_a_short_shift_with_faults_loses_and_doubles_nothing(vendor: str) -> None:
    figures = await soak_module().soak(60, vendor)
    assert figures["faults made"] > 0
    assert figures["exceptions logged"] == 0
    assert figures["calls left open"] == 0
    assert figures["dispositions duplicated"] == 0
    assert figures["dispositions lost"] == 0
    if vendor == "megapbx":  # crmapi documents no disposition
        assert figures["dispositions received"] == 0
    else:
        assert figures["dispositions received"] == 60
