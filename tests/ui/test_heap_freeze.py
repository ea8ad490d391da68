"""Issue 19: the oldest generation's collections stalled the window 30 to 50 ms in a shift,
looking at the start-up's 70,000 objects again and again. Once connected, the app freezes
them out of the collector's sight."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from typing import Any

import pytest

from tests.ui.daktela_app import app_on_daktela


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # the test process's heap goes back to the collector


def test_the_heap_is_frozen_once_connected(
    qloop: asyncio.AbstractEventLoop, make_shell: Any, unfrozen: None
) -> None:
    with app_on_daktela(qloop, lambda: make_shell(freeze_heap=True)) as (shell, _sim):
        assert shell.session is not None
        frozen = gc.get_freeze_count()
        assert frozen > 10_000  # the modules, classes and widgets of the start-up
        tracked = len(gc.get_objects())
        assert tracked < frozen  # what a full collection still looks at is the smaller part


def test_without_the_option_nothing_is_frozen(
    qloop: asyncio.AbstractEventLoop, make_shell: Any, unfrozen: None
) -> None:
    with app_on_daktela(qloop, make_shell):
        assert gc.get_freeze_count() == 0
