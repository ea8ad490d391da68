"""The ``vendor`` fixture: each vendor's simulator, and its backend made the way a saved
profile makes it (``create_backend``), signed in as ``--demo`` signs in. What differs between
vendors is data here; what one vendor alone does stays in ``test_<vendor>.py``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from agentdesk.core import Backend, Profile
from agentdesk.sim.registry import sim_spec
from agentdesk.sim.spec import SimArgs
from agentdesk.vendors import create_backend
from agentdesk.vendors import vendor as vendor_spec


@dataclass(frozen=True)
class Vendor:
    key: str
    secret_called: str
    """What the backend's message calls the secret (and the name) it was given."""
    wrong_secret_words: str
    """What the vendor answers a wrong secret with, as the backend keeps it
    (``AuthenticationError.vendor_message``)."""
    called: str = ""
    """What the backend's errors call the vendor; its display name unless given."""

    @property
    def name_in_errors(self) -> str:
        return self.called or vendor_spec(self.key).display_name

    def simulator(self) -> Any:
        """The vendor's simulator (its own class), not started yet."""
        return sim_spec(self.key).make(SimArgs())

    def backend(self, sim: Any, *, secret: str | None = None) -> Backend:
        """A backend for the started ``sim``, with its secret unless ``secret`` is given."""
        sign_in = sim_spec(self.key).demo(sim)
        profile = Profile(
            name=f"test-{self.key}",
            vendor=self.key,
            url=sign_in.url,
            user=sign_in.user,
            options=dict(sign_in.options),
        )
        return create_backend(profile, sign_in.secret if secret is None else secret)


VENDORS = (
    Vendor("daktela", "access token or user", "Uživatel neexistuje"),
    Vendor(
        "okitoki",
        "API token",
        "Unauthenticated: the api_token is missing or wrong",
    ),
    # AgentLogin's whole answer to a wrong password is 0.
    Vendor("ucontact", "agent name or password", "0"),
    Vendor("megapbx", "API key", "Invalid token (Передан неправильный ключ)", called="the PBX"),
)


@pytest.fixture(params=VENDORS, ids=[v.key for v in VENDORS])
def vendor(request: pytest.FixtureRequest) -> Vendor:
    """Each vendor in turn."""
    param: Vendor = request.param
    return param
