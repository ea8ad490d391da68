"""The ``vendor`` fixture: each vendor's simulator, with how its API is asked with a right or
a wrong secret, as data. What one simulator alone does stays in ``test_<vendor>_sim.py``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from agentdesk.sim.ucontact.simulator import UContactSimulator

Ask = Callable[[httpx.AsyncClient, Any, bool], Awaitable[httpx.Response]]


@dataclass(frozen=True)
class Vendor:
    key: str
    simulator: Callable[..., Any]
    """The simulator's class."""
    ask: Ask
    """Asks one documented, secret-checked thing with the simulator's secret (True) or a
    wrong one (False)."""
    refusal: tuple[int, str]
    """The HTTP status of the answer to a wrong secret and words its body says."""


async def _daktela(client: httpx.AsyncClient, sim: DaktelaSimulator, right: bool) -> httpx.Response:
    token = sim.token if right else "f" * 40
    return await client.get("/api/4.0/GetPauses/json", params={"access_token": token})


async def _okitoki(client: httpx.AsyncClient, sim: OkiTokiSimulator, right: bool) -> httpx.Response:
    token = sim.token if right else "wrong"
    return await client.get("/api/v1/contacts", params={"api_token": token})


async def _ucontact(
    client: httpx.AsyncClient, sim: UContactSimulator, right: bool
) -> httpx.Response:
    key = sim.token if right else "wrong"
    return await client.post(
        "/Integra/resources/Supervisor/queuesummary",
        data={"queue": ""},
        headers={"Authorization": f"Bearer {key}"},
    )


async def _megapbx(client: httpx.AsyncClient, sim: MegaPbxSimulator, right: bool) -> httpx.Response:
    key = sim.api_key if right else "wrong"
    return await client.get("/crmapi/v1/users", headers={"X-API-KEY": key})


VENDORS = (
    Vendor("daktela", DaktelaSimulator, _daktela, (200, "Uživatel neexistuje")),
    Vendor("okitoki", OkiTokiSimulator, _okitoki, (401, "the api_token is missing or wrong")),
    Vendor("ucontact", UContactSimulator, _ucontact, (401, "Unauthorized")),
    Vendor("megapbx", MegaPbxSimulator, _megapbx, (401, "Invalid token")),
)


@pytest.fixture(params=VENDORS, ids=[v.key for v in VENDORS])
def vendor(request: pytest.FixtureRequest) -> Vendor:
    """Each vendor's simulator in turn."""
    param: Vendor = request.param
    return param
