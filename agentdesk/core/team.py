"""The agent's colleagues and where a call can be passed on: plain values for the Team view,
the transfer picker and ``ctl``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from agentdesk.core.models import Pause
from agentdesk.core.states import AgentState


@dataclass(frozen=True, slots=True)
class Colleague:
    """Another agent of the call centre, as the vendor reports them now.

    ``state`` is OFFLINE for one who is not logged in; ``since`` is when the state began
    (None when the vendor does not say); ``pause`` is the pause they are on, if any."""

    login: str
    name: str
    state: AgentState
    extension: str | None = None
    since: datetime | None = None
    pause: Pause | None = None
    id: str | None = None  # the vendor's own id of the user, when it has one


class TransferKind(StrEnum):
    USER = "user"  # a colleague, by login
    QUEUE = "queue"  # a queue, by the vendor's id
    NUMBER = "number"  # a phone number or an extension


@dataclass(frozen=True, slots=True)
class TransferTarget:
    """Where the agent passes the live call on. Attended (the default): the third party is
    asked first and the call stays the agent's until they answer; ``blind``: the call leaves
    the agent at once, answered or not."""

    kind: TransferKind
    value: str
    blind: bool = False


@dataclass(frozen=True, slots=True)
class TransferQueue:
    """A queue a call can be transferred to: the vendor's ``id`` and what agents call it."""

    id: str
    title: str
    number: str | None = None
