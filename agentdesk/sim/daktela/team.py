"""The Daktela simulator's colleagues and transfers: ``RTUsersState`` (4.1), ``GetQueues``
(3.0) and ``Transfer`` (3.0). A mixin of
:class:`agentdesk.sim.daktela.simulator.DaktelaSimulator`.

Transfer as documented: attended by default (the third party is asked and the call stays the
agent's, On Hold, until they answer; unanswered it comes back), blind on request (the call
leaves the agent at once); exactly one of ``number``, ``dst_queue``, ``dst_user``.

Our readings, where the document is silent (the two-way ones are
:class:`~agentdesk.sim.daktela.readings.Readings`):

- ``dst_user`` is the user's id (``dst_user=id``, the document's "ID user") or login
  (``dst_user=login``); an unknown user is refused with the document's "Uživatel
  neexistuje", a logged-out one and the agent themself with our Czech;
- RTUsersState is an object keyed by the users' ids as in its example (``users_state=object``)
  or a JSON list (``users_state=list``, the text's "array"); colleagues who are not logged in
  are listed with ``agent_state`` null (``logged_out=listed``) or left out
  (``logged_out=omitted``); the agent is listed as RTUserState shows them;
- ``dst_queue`` is a queue's id or its number, inbound only; ``number`` is digits with an
  optional leading ``+``;
- an attended transfer is answered after ``transfer_answer_after`` seconds by a free
  colleague, a queue or a number; a colleague who is paused or in a call lets it ring out
  after the same time, and the call comes back to the agent;
- colleagues change state only when told (:meth:`TeamActions.set_colleague`) or, in the demo,
  when the scenario moves one on (:meth:`TeamActions.churn_colleagues`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from agentdesk.sim.daktela.readings import Readings
from agentdesk.sim.daktela.records import (
    NO_CALL,
    NO_RESULT,
    QUEUE_NOT_FOUND,
    USER_NOT_FOUND,
    ApiError,
    Params,
    SimCall,
    SimQueue,
    stamp,
)

TARGETS: Final = ("number", "dst_queue", "dst_user")
ONE_TARGET: Final = "Zadejte právě jeden z parametrů number, dst_queue, dst_user"
BAD_TYPE: Final = "Neplatný typ přepojení, povoleno attended nebo blind"
BAD_NUMBER: Final = "Neplatné telefonní číslo"
TARGET_LOGGED_OUT: Final = "Cílový uživatel není přihlášen do Call Centra"
TO_ONESELF: Final = "Hovor nelze přepojit sám na sebe"
TRANSFER_PENDING: Final = "Přepojení hovoru již probíhá"
FREE: Final = frozenset({"Idle"})
# What churn_colleagues moves a colleague through, in turn (None: logged out).
CHURN: Final = (("Idle", None), ("Speaking", None), ("Paused", "7"), ("Idle", None))


@dataclass
class SimColleague:
    """Another agent: ``state`` as RTUsersState says it, None while logged out."""

    id: str
    login: str
    title: str
    extension: str
    state: str | None = "Idle"
    pause: str | None = None
    since: datetime = field(default_factory=datetime.now)
    logintime: datetime | None = field(default_factory=datetime.now)

    def as_vendor(self) -> dict[str, Any]:
        logged_in = self.state is not None
        return {
            "agent_name": self.login,
            "agent_title": self.title,
            "id_agent": self.id,
            "exten": self.extension,
            "logintime": stamp(self.logintime) if logged_in else None,
            "agent_state": self.state,
            "state_time": stamp(self.since) if logged_in else None,
            "id_pause": self.pause,
            "onpause": stamp(self.since) if self.pause else None,
            "calls": [],
            "callscript_opened": None,
        }


def demo_colleagues() -> dict[str, SimColleague]:
    """Karel Dvořák (the history's colleague) free, and four more in every state, each in it
    for a while already."""
    now = datetime.now()

    def ago(seconds: int) -> datetime:
        return now - timedelta(seconds=seconds)

    return {
        c.login: c
        for c in (
            SimColleague("7", "dvorak", "Karel Dvořák", "207", since=ago(254)),
            SimColleague("8", "novotna", "Eva Novotná", "208", "Paused", "7", since=ago(741)),
            SimColleague("9", "horak", "Tomáš Horák", "209", "Speaking", since=ago(152)),
            SimColleague("10", "kralova", "Lucie Králová", "210", None, logintime=None),
            SimColleague("11", "benes", "Martin Beneš", "211", since=ago(47)),
        )
    }


@dataclass
class Transfer:
    """A transfer as the simulator received it: where to, how, and what became of it
    (``pending`` until answered, then ``answered`` or ``unanswered``; ``blind`` at once)."""

    call_id: str
    kind: str
    target: str
    type: str
    outcome: str = "pending"


class TeamActions:
    """Handlers of RTUsersState, GetQueues and Transfer (see the module docstring)."""

    readings: Readings
    colleagues: dict[str, SimColleague]
    transfers: list[Transfer]
    transfer_answer_after: float | None
    queues: dict[str, SimQueue]
    login: str
    id_agent: str
    _calls: list[SimCall]
    _churn: itertools.count[int]

    def _check_agent(self, params: dict[str, str]) -> None:
        raise NotImplementedError

    def _rt_result(self, *, with_queues: bool) -> dict[str, Any]:
        raise NotImplementedError

    def _update(self, change: Callable[[], None]) -> None:
        raise NotImplementedError

    def _later(self, delay: float, callback: Callable[[], None]) -> Any:
        raise NotImplementedError

    def _end_call(self, call: SimCall, *, ended_by: str) -> None:
        raise NotImplementedError

    # -- control ---------------------------------------------------------------------------

    def set_colleague(self, login: str, state: str | None, pause: str | None = None) -> None:
        """A colleague's state changed at their desk (None: they logged out)."""
        colleague = self.colleagues[login]
        now = datetime.now()
        if colleague.state is None and state is not None:
            colleague.logintime = now
        colleague.state, colleague.pause, colleague.since = state, pause, now
        if state is None:
            colleague.logintime = None

    def churn_colleagues(self) -> SimColleague:
        """Move one logged-in colleague on to their next state, in turn; returns them."""
        logged_in = [c for c in self.colleagues.values() if c.state is not None]
        turn = next(self._churn)
        colleague = logged_in[turn % len(logged_in)]
        state, pause = CHURN[(turn // len(logged_in) + 1) % len(CHURN)]
        self.set_colleague(colleague.login, state, pause)
        return colleague

    def transfer_answered(self) -> None:
        """The third party answered the pending attended transfer: the call leaves the agent."""
        transfer, call = self._pending_transfer()
        transfer.outcome = "answered"
        self._put_through(transfer)
        self._end_call(call, ended_by="transfer")

    def transfer_unanswered(self) -> None:
        """Nobody answered the pending attended transfer: the call is the agent's again."""
        transfer, call = self._pending_transfer()
        transfer.outcome = "unanswered"

        def back() -> None:
            call.call_state, call.onhold = "Speaking", None

        self._update(back)

    # -- actions ---------------------------------------------------------------------------

    async def _rt_users_state(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        rows = [self._rt_result(with_queues=True)]
        rows[0].pop("hash", None)
        for colleague in self.colleagues.values():
            if colleague.state is not None or self.readings.logged_out == "listed":
                rows.append(colleague.as_vendor())
        if self.readings.users_state == "list":
            return rows
        return {str(row["id_agent"]): row for row in rows}

    async def _get_queues(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        wanted = params.get("id") or item_id
        if wanted is not None:
            queue = self.queues.get(wanted)
            if queue is None:
                raise ApiError(QUEUE_NOT_FOUND)
            return queue.as_oqueue()
        return {q.queue: q.as_oqueue() for q in self.queues.values()}

    async def _transfer(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        self._check_agent(params)
        given = [(key, params[key]) for key in TARGETS if params.get(key)]
        if len(given) != 1:
            raise ApiError(ONE_TARGET)
        kind, target = given[0]
        how = params.get("type") or "attended"
        if how not in ("attended", "blind"):
            raise ApiError(BAD_TYPE)
        call = self._calls[0] if self._calls else None
        if call is None or call.answered is None:
            raise ApiError(NO_CALL)
        if self._live_pending() is not None:
            raise ApiError(TRANSFER_PENDING)
        answers = self._check_target(kind, target)
        transfer = Transfer(call.id_call, kind, target, how)
        self.transfers.append(transfer)
        if how == "blind":
            transfer.outcome = "blind"
            self._put_through(transfer)
            self._end_call(call, ended_by="transfer")
            return NO_RESULT

        def hold() -> None:
            call.call_state, call.onhold = "On Hold", datetime.now()

        self._update(hold)
        if self.transfer_answer_after is not None:
            outcome = self.transfer_answered if answers else self.transfer_unanswered
            self._later(self.transfer_answer_after, lambda: self._settle(transfer, outcome))
        return NO_RESULT

    # -- helpers ---------------------------------------------------------------------------

    def _check_target(self, kind: str, target: str) -> bool:
        """Refuse a target that does not exist; whether it would answer an attended one."""
        if kind == "number":
            digits = target[1:] if target.startswith("+") else target
            if not digits.isdigit():
                raise ApiError(BAD_NUMBER)
            return True
        if kind == "dst_queue":
            if not any(
                target in (q.queue, q.name) and q.direction == "in" for q in self.queues.values()
            ):
                raise ApiError(QUEUE_NOT_FOUND)
            return True
        if target == (self.id_agent if self.readings.dst_user == "id" else self.login):
            raise ApiError(TO_ONESELF)
        colleague = self._colleague_named(target)
        if colleague is None:
            raise ApiError(USER_NOT_FOUND)
        if colleague.state is None:
            raise ApiError(TARGET_LOGGED_OUT)
        return colleague.state in FREE

    def _colleague_named(self, target: str) -> SimColleague | None:
        by_id = self.readings.dst_user == "id"
        return next(
            (c for c in self.colleagues.values() if (c.id if by_id else c.login) == target), None
        )

    def _put_through(self, transfer: Transfer) -> None:
        if transfer.kind == "dst_user":
            colleague = self._colleague_named(transfer.target)
            if colleague is not None and colleague.state in FREE:
                self.set_colleague(colleague.login, "Speaking")

    def _pending_transfer(self) -> tuple[Transfer, SimCall]:
        pending = self._live_pending()
        if pending is None:
            raise LookupError("no attended transfer is pending")
        return pending

    def _live_pending(self) -> tuple[Transfer, SimCall] | None:
        """The attended transfer still waiting for an answer, with its call (a transfer whose
        call has ended waits no more)."""
        for transfer in self.transfers:
            call = next((c for c in self._calls if c.id_call == transfer.call_id), None)
            if transfer.outcome == "pending" and call is not None:
                return transfer, call
        return None

    def _settle(self, transfer: Transfer, outcome: Callable[[], None]) -> None:
        pending = self._live_pending()
        if pending is not None and pending[0] is transfer:
            outcome()
