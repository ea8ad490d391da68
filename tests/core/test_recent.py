"""Recent: a backend's per-call memory stays bounded through a shift."""

from __future__ import annotations

import pytest

from agentdesk.core.recent import Recent


def test_the_oldest_written_entries_go_first_and_reading_keeps_the_order() -> None:
    kept: Recent[str, int] = Recent(3)
    for n in range(5):
        kept[f"call-{n}"] = n
    assert list(kept) == ["call-2", "call-3", "call-4"]
    assert kept["call-2"] == 2  # read: still the oldest
    kept["call-2"] = 20  # written again: now the newest
    kept["call-5"] = 5
    assert dict(kept) == {"call-4": 4, "call-2": 20, "call-5": 5}
    assert kept.get("call-0") is None and "call-3" not in kept
    assert kept.setdefault("call-4", 99) == 4
    del kept["call-4"]
    assert len(kept) == 2 and repr(kept) == "Recent(2/3)"


def test_a_shift_of_calls_never_grows_it_past_its_limit() -> None:
    kept: Recent[str, str] = Recent(500)
    for n in range(20_000):
        kept[str(n)] = "+420777000000"
        assert len(kept) <= 500
    assert next(iter(kept)) == "19500"


def test_it_keeps_at_least_one_entry() -> None:
    with pytest.raises(ValueError, match="at least one"):
        Recent(0)
