"""What one vendor's simulator is to ``agentdesk sim`` and ``--demo``, typed for mypy.

Each ``agentdesk/sim/<vendor>/__init__.py`` exports a :class:`SimSpec` as ``SIM``, with the
same key as the vendor's :class:`~agentdesk.core.vendor_spec.VendorSpec`; the registry
(:mod:`agentdesk.sim.registry`) lists them. A spec stays light to import: it makes its
simulator (and aiohttp with it) only when asked.

``agentdesk sim VENDOR`` makes the simulator from the command line's :class:`SimArgs`, starts
it and its scenario, and prints the :attr:`SimSpec.banner` (:mod:`agentdesk.sim.cli`).
``--demo`` makes it with the defaults and signs in as :attr:`SimSpec.demo` says, through the
same ``create_backend`` a saved profile takes (:mod:`agentdesk.demo`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from agentdesk.core import CallerInfo

if TYPE_CHECKING:  # aiohttp comes with it, only once a simulator is made
    from agentdesk.sim.faults import Faults


class Simulator(Protocol):
    """A vendor's API on loopback: :attr:`url` is known once :meth:`start` returns."""

    @property
    def url(self) -> str: ...

    @property
    def faults(self) -> Faults: ...

    async def start(self) -> Any: ...

    async def stop(self) -> None: ...


class Scenario(Protocol):
    """Calls that come by themselves while it runs."""

    def start(self) -> None: ...

    async def stop(self) -> None: ...


@dataclass(frozen=True)
class SimArgs:
    """What ``agentdesk sim`` was given; the defaults are the demo's."""

    port: int = 0
    """0: a free one."""
    token: str | None = None
    """The secret to accept; None: a random one."""
    webhook_url: str | None = None
    """Where a webhook vendor's simulator posts (AgentDesk's receiver)."""
    webhook_secret: str | None = None
    """The secret it adds to each webhook, for vendors that add one."""
    options: Mapping[str, str] = field(default_factory=dict)
    """``--set NAME=VALUE``: how the simulator reads its vendor's document where it reads
    two ways (names from :attr:`SimSpec.options`)."""


@dataclass(frozen=True)
class DemoSignIn:
    """A profile's fields pointing at a started simulator: what ``--demo`` signs in with."""

    url: str
    user: str
    secret: str
    options: Mapping[str, str] = field(default_factory=dict)
    """As an administrator would write them for this call centre."""
    webhooks_to: Callable[[str], None] | None = None
    """Where the simulator learns the URL of the backend's receiver, for webhook vendors."""
    contacts: Callable[[str], CallerInfo | None] | None = None
    """The demo agent's local contacts, for vendors that ask the desktop who is calling."""


S = TypeVar("S", bound=Simulator)


@dataclass(frozen=True)
class SimSpec(Generic[S]):
    """A simulator as ``agentdesk sim`` and ``--demo`` know it."""

    key: str
    """The vendor's key, e.g. ``"daktela"`` (its name comes from the vendor's spec)."""
    make: Callable[[SimArgs], S]
    """A new simulator, not started yet."""
    scenario: Callable[[S], Scenario]
    """The demo's call scenario on a simulator, not started yet."""
    banner: Callable[[S, SimArgs], Sequence[str]]
    """What ``agentdesk sim`` prints once the simulator runs: its URL first, then
    ``name: value`` lines a profile needs, and a command to try."""
    demo: Callable[[S], DemoSignIn]
    """What the demo signs in with, once the simulator runs."""
    options: Mapping[str, str] = field(default_factory=dict)
    """What :attr:`SimArgs.options` may name: option → what it chooses (for ``--set``'s
    messages); :attr:`make` raises ValueError for a value it cannot take."""
    simulator_class: Callable[[], Callable[..., S]] | None = None
    """The simulator's class, imported when asked: tests and benchmarks make it with options
    of their own (:mod:`agentdesk.sim.host`). None: it can be made only by :attr:`make`."""


class WebhookSender(Protocol):
    webhook_url: str | None
    """Where the simulator posts its webhooks; None: nowhere."""


def posts_to(sim: WebhookSender) -> Callable[[str], None]:
    """:attr:`DemoSignIn.webhooks_to` for a simulator that posts to its ``webhook_url``."""

    def set_url(url: str) -> None:
        sim.webhook_url = url

    return set_url


def one_of(options: Mapping[str, str], name: str, choices: Sequence[str]) -> str:
    """The ``--set`` value of option ``name`` (the first of ``choices`` when not given);
    ValueError, naming the choices, for one the simulator cannot take."""
    return check_choice(name, options.get(name, choices[0]), choices)


def check_choice(name: str, value: str, choices: Sequence[str]) -> str:
    """``value`` of simulator option ``name`` if it is one of ``choices``, else ValueError
    naming them."""
    if value not in choices:
        raise ValueError(f"simulator option {name} must be one of {', '.join(choices)}")
    return value
