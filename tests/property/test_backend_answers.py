"""Every vendor's backend, whatever its API answers: a value or one of AgentDesk's typed
errors, nothing else. What each vendor's API answers is drawn in its own file
(``test_<vendor>_answers.py``: its samples, its operations, its backend)."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.core import AgentDeskError, Backend
from tests.property import (
    test_daktela_answers,
    test_megapbx_answers,
    test_okitoki_answers,
    test_ucontact_answers,
)
from tests.property.strategies import FUZZ, Asked

VENDORS: dict[str, ModuleType] = {
    "daktela": test_daktela_answers,
    "okitoki": test_okitoki_answers,
    "ucontact": test_ucontact_answers,
    "megapbx": test_megapbx_answers,
}


async def _operate(backend: Backend, operation: str, asked: Asked) -> object:
    if operation == "watch":
        events = backend.watch()
        async with contextlib.aclosing(events):  # type: ignore[type-var]
            return await anext(events)
    if operation in ("pause", "queue_login"):
        await getattr(backend, operation)(asked.pause if operation == "pause" else asked.queue)
        return None
    if operation in ("dial", "caller_info"):
        return await getattr(backend, operation)(asked.number)
    if operation in ("recording", "disposition_form"):
        return await getattr(backend, operation)(asked.call)
    if operation == "history":
        return await backend.history(datetime(2026, 1, 1, tzinfo=UTC), limit=5)
    return await getattr(backend, operation)()


@pytest.mark.parametrize("vendor", list(VENDORS))
@FUZZ
@given(data=st.data())
def test_any_answer_gives_a_value_or_a_typed_error(vendor: str, data: st.DataObject) -> None:
    answers = VENDORS[vendor]
    operation = data.draw(st.sampled_from(answers.OPERATIONS), label="operation")

    async def run() -> None:
        backend = answers.backend_answering(data)
        try:
            await _operate(backend, operation, answers.ASKED)
        except AgentDeskError:
            pass
        finally:
            await backend.aclose()

    asyncio.run(run())
