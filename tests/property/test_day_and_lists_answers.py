"""The parsers of issue 17's answers (Oki-Toki's lists/check, MegaFon's blacklist, Daktela's
Stats* rows and SMS counting) meet arbitrary input with our errors, never a crash."""

from __future__ import annotations

import contextlib
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from agentdesk.backends.daktela import parse
from agentdesk.backends.megapbx.blacklist import covers, entries
from agentdesk.backends.okitoki.lists import in_list
from agentdesk.core import AgentDeskError
from agentdesk.core.sms import SINGLE_GSM, SINGLE_UCS2, measure
from tests.property.strategies import FUZZ, json_values


@FUZZ
@given(json_values)
def test_lists_check_answers(answer: Any) -> None:
    with contextlib.suppress(AgentDeskError):
        assert isinstance(in_list(answer), bool)


@FUZZ
@given(json_values, st.text(max_size=20), st.text(max_size=20))
def test_blacklist_answers_and_ranges(answer: Any, entry: str, number: str) -> None:
    with contextlib.suppress(AgentDeskError):
        assert all(isinstance(e, str) for e in entries(answer))
    assert isinstance(covers(entry, number), bool)


@FUZZ
@given(json_values)
def test_stats_rows(answer: Any) -> None:
    with contextlib.suppress(AgentDeskError):
        assert all(isinstance(r, dict) for r in parse.stats_rows(answer, "StatsUsersPauses"))


@FUZZ
@given(st.text(max_size=400))
def test_sms_parts_hold_the_text(text: str) -> None:
    size = measure(text)
    assert size.units >= len(text) or size.unicode
    if size.parts == 1:
        assert size.units <= (SINGLE_UCS2 if size.unicode else SINGLE_GSM)
    assert size.parts * size.per_part - size.units == size.left or size.parts == 0
