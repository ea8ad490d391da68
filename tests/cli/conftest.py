"""The ``vendor`` fixture for ``ctl`` and ``sim`` (the vendors: tests/simulated_vendors.py)."""

from __future__ import annotations

import pytest

from tests.simulated_vendors import BY_KEY, VENDORS, Vendor


@pytest.fixture(params=[v.key for v in VENDORS])
def vendor(request: pytest.FixtureRequest) -> Vendor:
    """Each vendor in turn; a test parametrises it (``indirect=True``) with the keys of those
    vendors alone that it is about."""
    return BY_KEY[request.param]
