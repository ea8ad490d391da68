"""The Daktela simulator's shift: callers waiting in the queues (in ``RTStatsCalls``) and
``PickupFromQueue`` (4.0), ``Login`` and ``Logout`` (3.4), and the desk phones'
``DeviceStates`` (3.0). A mixin of :class:`agentdesk.sim.daktela.simulator.DaktelaSimulator`.

Our readings, where the document is silent:

- a waiting caller is an RTStatsCalls row with ``state`` ``Waiting``, no ``agent`` and no
  ``users``; PickupFromQueue of a call that is no longer waiting (taken, hung up, unknown) is
  refused with :data:`NOT_WAITING` (our Czech), of an agent logged out or in a call with the
  document's words for those;
- what a picked call does next is not said: :attr:`Readings.pickup
  <agentdesk.sim.daktela.readings.Readings>` chooses ``speaking`` (connected at once, the
  default) or ``ringing`` (it rings at the agent's phone first);
- Login at an extension the PBX has no device for is refused with :data:`NO_EXTENSION`;
  Login of an agent already logged in succeeds; Logout during a call is refused with
  :data:`LOGOUT_IN_CALL` (the document's LogoutQueue refusal, for the call centre);
- DeviceStates lists the agent's extension, the colleague's and two more, as the document's
  example does; :meth:`ShiftActions.set_phone` drops and returns one.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Final

from agentdesk.sim.daktela.calllog import SimUser
from agentdesk.sim.daktela.readings import Readings
from agentdesk.sim.daktela.records import (
    ALREADY_IN_CALL,
    NOT_LOGGED_IN,
    USER_NOT_FOUND,
    ApiError,
    Params,
    SimCall,
    SimQueue,
    missing,
    stamp,
)

NOT_WAITING: Final = "Hovor {call} již nečeká ve frontě"
NO_EXTENSION: Final = "Klapka {extension} neexistuje"
LOGOUT_IN_CALL: Final = "Nelze se odhlásit z Call Centra, probíhá hovor s číslem {number}"
DEVICE_WORDS: Final = frozenset({"AVAILABLE", "UNAVAILABLE", "ONHOLD", "INUSE", "RINGING"})


@dataclass
class SimWaiting:
    """A caller waiting in a queue for whoever takes them."""

    id_call: str
    clid: str
    queue: SimQueue
    entered: datetime


class ShiftActions:
    """Handlers of PickupFromQueue, Login, Logout and DeviceStates, and the waiting callers
    of RTStatsCalls (see the module docstring)."""

    agent: SimUser
    colleague: SimUser
    extension: str
    login: str
    readings: Readings
    queues: dict[str, SimQueue]
    _calls: list[SimCall]
    _logintime: datetime | None

    def _init_shift(self) -> None:
        self.waiting: dict[str, SimWaiting] = {}
        """Callers waiting in the queues, by call id."""
        self.devices: dict[str, dict[str, str]] = {
            "100": {"status": "AVAILABLE", "ip": "172.22.254.254", "port": "5064"},
            self.extension: {"status": "AVAILABLE", "ip": "212.24.153.186", "port": "20652"},
            self.colleague.extension: {
                "status": "AVAILABLE",
                "ip": "212.24.153.187",
                "port": "5063",
            },
            "500": {"status": "UNAVAILABLE", "ip": "-none-", "port": "0"},
        }
        self._waiting_ids = itertools.count(1)

    # -- control --

    def queue_caller(self, number: str, *, queue_id: str = "1") -> str:
        """A caller from ``number`` starts waiting in queue ``queue_id``; their call id."""
        call_id = f"{datetime.now().timestamp():.0f}.{900 + next(self._waiting_ids)}"
        self.waiting[call_id] = SimWaiting(call_id, number, self.queues[queue_id], datetime.now())
        return call_id

    def caller_leaves(self, call_id: str) -> None:
        """A waiting caller hangs up, or a colleague takes them."""
        del self.waiting[call_id]

    def set_phone(self, status: str, extension: str | None = None) -> None:
        """The desk phone at ``extension`` (the agent's) registers or drops: one of the
        document's five words."""
        if status not in DEVICE_WORDS:
            raise ValueError(f"a device state is one of {sorted(DEVICE_WORDS)}, not {status!r}")
        self.devices.setdefault(extension or self.extension, {"ip": "-none-", "port": "0"})
        self.devices[extension or self.extension]["status"] = status
        if status == "UNAVAILABLE":
            self.devices[extension or self.extension] |= {"ip": "-none-", "port": "0"}

    # -- actions --

    async def _pickup_from_queue(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        call_id = params.get("call_id")
        if not call_id:
            raise ApiError(missing("call_id"))
        self._check_user(params)
        waiting = self.waiting.get(call_id)
        if waiting is None:
            raise ApiError(NOT_WAITING.format(call=call_id))
        if self._logintime is None:
            raise ApiError(NOT_LOGGED_IN)
        if self._calls:
            raise ApiError(ALREADY_IN_CALL)
        del self.waiting[call_id]
        now = datetime.now()
        call = SimCall(call_id, "in", waiting.clid, None, waiting.queue, waiting.entered, now)
        self._update(lambda: self._calls.append(call))
        if self.readings.pickup == "speaking":
            self._answer(call)
        return []

    async def _login(self, params: Params, version: tuple[int, int], item_id: str | None) -> object:
        self._check_user(params)
        extension = params.get("extension") or self.extension
        if extension not in self.devices:
            raise ApiError(NO_EXTENSION.format(extension=extension))
        self.extension = extension
        self.agent = replace(self.agent, extension=extension)
        if self._logintime is None:
            self._update(lambda: setattr(self, "_logintime", datetime.now()))
        return None

    async def _logout(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        self._check_user(params)
        if self._calls:
            raise ApiError(LOGOUT_IN_CALL.format(number=self._calls[0].clid))
        if self._logintime is not None:
            self._leave()
        return None

    async def _device_states(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        return [{"exten": exten} | device for exten, device in self.devices.items()]

    def _waiting_overview(self, now: datetime) -> dict[str, dict[str, Any]]:
        """RTStatsCalls' rows of the waiting callers."""
        return {
            w.id_call: {
                "id": w.id_call,
                "queue": w.queue.queue,
                "agent": None,
                "users": [],
                "clid": w.clid,
                "direction": "in",
                "state": "Waiting",
                "enter_time_absolute": stamp(w.entered),
                "enter_time_relative": str(round((now - w.entered).total_seconds())),
                "wait_time_absolute": stamp(w.entered),
                "wait_time_relative": str(round((now - w.entered).total_seconds())),
                "ring_time_absolute": None,
                "ring_time_relative": "0",
                "answer_time_absolute": None,
                "answer_time_relative": None,
                "hold_time_absolute": None,
                "hold_time_relative": "0",
            }
            for w in self.waiting.values()
        }

    def _check_user(self, params: Params) -> None:
        user = params.get("user")
        if not user:
            raise ApiError(missing("user"))
        if user != self.login:
            raise ApiError(USER_NOT_FOUND)

    # The simulator's own, for the handlers above.
    def _update(self, change: Callable[[], None]) -> None:
        raise NotImplementedError

    def _answer(self, call: SimCall) -> None:
        raise NotImplementedError

    def _leave(self) -> None:
        raise NotImplementedError
