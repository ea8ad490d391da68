"""Issue 19: the first ringing call of the day used to stall the window while phonenumbers
read the region's numbering plan (its metadata module, imported on first use). The app reads
it after the first paint, in a worker thread."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from typing import Any

import pytest

from agentdesk.store.settings import AppSettings
from tests.ui.daktela_app import app_on_daktela

LOADS = """
import sys
from agentdesk.phone import load_metadata
before = "phonenumbers.data.region_SK" in sys.modules
load_metadata("sk")
print(before, "phonenumbers.data.region_SK" in sys.modules)
"""


def test_load_metadata_reads_the_regions_numbering_plan() -> None:
    done = subprocess.run(
        [sys.executable, "-c", LOADS], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "True"]


def test_the_app_reads_the_default_regions_plan_off_the_qt_thread_once_started(
    qloop: asyncio.AbstractEventLoop, make_shell: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import agentdesk.ui.app

    calls: list[tuple[str, bool]] = []

    def recorded(region: str) -> None:
        calls.append((region, threading.current_thread() is threading.main_thread()))

    monkeypatch.setattr(agentdesk.ui.app, "load_metadata", recorded)
    settings = AppSettings(default_region="SK")
    with app_on_daktela(qloop, lambda: make_shell(settings=settings)):
        assert calls == [("SK", False)]
