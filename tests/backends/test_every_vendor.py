"""What every vendor's backend does alike, against its simulator over loopback."""

from __future__ import annotations

import pytest

from agentdesk.core import AuthenticationError, TransientError
from tests.backends.conftest import Vendor


async def test_a_wrong_secret_is_an_authentication_error_with_the_vendors_words(
    vendor: Vendor,
) -> None:
    async with vendor.simulator() as sim:
        backend = vendor.backend(sim, secret="wrong")
        try:
            with pytest.raises(AuthenticationError) as refused:
                await backend.status()
        finally:
            await backend.aclose()
    said = f"{vendor.name_in_errors} refused the {vendor.secret_called}"
    assert str(refused.value).startswith(said)
    assert refused.value.vendor_message == vendor.wrong_secret_words


async def test_an_unreachable_server_is_a_transient_error(vendor: Vendor) -> None:
    async with vendor.simulator() as sim:
        pass  # a port nobody listens on any more
    backend = vendor.backend(sim)
    try:
        with pytest.raises(TransientError, match=f"cannot reach {vendor.name_in_errors}:"):
            await backend.status()
    finally:
        await backend.aclose()
