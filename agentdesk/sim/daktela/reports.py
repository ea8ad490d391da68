"""The Daktela simulator's read-only actions: contacts, finished calls, recordings and queue
figures. A mixin of :class:`agentdesk.sim.daktela.simulator.DaktelaSimulator`, split off so
that each module reads in one sitting; the readings behind these answers are in ``calllog``
and in the simulator's module docstring."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Final

from aiohttp import web

from agentdesk.sim.audio import beeps_wav
from agentdesk.sim.daktela.calllog import MAX_TAKE, CallLog, SimUser, parse_flag
from agentdesk.sim.daktela.contacts import SimContact, contact_shape, search
from agentdesk.sim.daktela.records import (
    BAD_DATETIME,
    CALL_NOT_FOUND,
    RECORDING_NOT_FOUND,
    TOO_MANY_CALLS,
    ApiError,
    Params,
    SimCall,
    SimQueue,
    missing,
    stamp,
)
from agentdesk.sim.daktela.shift import SimWaiting

DAY_SECONDS: Final = 86400
DEFAULT_TAKE: Final = 100
STAMP_FORMAT: Final = "%Y-%m-%d %H:%M:%S"


class ReportActions:
    """Handlers that only read the simulator's state (see the module docstring)."""

    call_log: CallLog
    contacts: tuple[SimContact, ...]
    queues: dict[str, SimQueue]
    waiting: dict[str, SimWaiting]
    agent: SimUser
    extension: str
    login: str
    _calls: list[SimCall]
    _logintime: datetime | None

    @property
    def state(self) -> str | None:
        raise NotImplementedError

    def _check_agent(self, params: dict[str, str]) -> None:
        raise NotImplementedError

    async def _simple_search_contact(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        number = _required(params, "phonenumber")
        return [contact_shape(c) for c in search(self.contacts, number, params.array("queues"))]

    async def _last_call_number(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        number = _required(params, "phonenumber")
        interval = _int(params.get("interval"), DAY_SECONDS)
        cdr = self.call_log.last_call(
            number,
            since=datetime.now() - timedelta(seconds=interval),
            answered=parse_flag(params.get("answered")),
            queue_ids=params.array("queues"),
            queue_numbers=params.array("queues_number"),
        )
        return cdr.last_call_shape() if cdr else None

    async def _last_call(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        self._check_agent(params)
        if self._calls:
            call = self._calls[0]
            return {
                "exten": self.extension,
                "user": self.agent.id,
                "queue": call.queue.queue,
                "id_call": call.id_call,
                "direction": call.direction,
                "clid": call.clid,
                "time": stamp(call.entered),
                "_is_realtime": True,
            }
        mine = [r for r in self.call_log.records if r.user == self.agent]
        if not mine:
            return None
        last = mine[-1]
        return {
            "exten": self.extension,
            "user": self.agent.id,
            "queue": last.queue.queue,
            "id_call": last.id_call,
            "direction": last.direction,
            "clid": last.clid,
            "time": stamp(last.entered),
            "_is_realtime": False,
        }

    async def _stats_calls(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        start = _stamp_param(params, "datetime_from")
        end = _stamp_param(params, "datetime_to")
        skip = _int(params.get("skip"), 0)
        take = _int(params.get("take"), DEFAULT_TAKE)
        if take > MAX_TAKE:
            raise ApiError(TOO_MANY_CALLS)
        rows = self.call_log.select(
            start=start,
            end=end,
            user_ids=params.array("users"),
            queue_ids=params.array("queues"),
            answered=parse_flag(params.get("answered")),
            number=params.get("phonenumber"),
            id_call=params.get("id_call"),
            did=params.get("did"),
        )
        return {
            "data": [r.stats_shape() for r in rows[skip : skip + take]],
            "total": str(len(rows)),
        }

    async def _about_call(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        cdr = self.call_log.find(_required(params, "id_call"))
        if cdr is None:
            raise ApiError(CALL_NOT_FOUND)
        return [cdr.about_shape()]

    def _get_recording(self, params: Params) -> web.Response:
        """Binary, unlike every other action; errors are still the usual JSON."""
        wanted = params.get("recording_hash")
        if not wanted:
            raise ApiError(missing("recording_hash"))
        cdr = self.call_log.by_recording_hash(wanted)
        if cdr is None:
            raise ApiError(RECORDING_NOT_FOUND)
        octet = parse_flag(params.get("octetstream"))
        return web.Response(
            body=beeps_wav(cdr.id_call),
            content_type="application/octet-stream" if octet else "audio/x-wav",
        )

    async def _rt_stats_queues_summary(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        wanted = params.array("queues")
        queues = [q for q in self.queues.values() if not wanted or q.queue in wanted]
        users = params.array("users")
        counted = not users or self.agent.id in users
        per_queue = [self._queue_figures(q, count_agent=counted) for q in queues]
        calls = [c for c in self._calls if c.queue in queues]
        logged = [f for f in per_queue if f["users_total"]]
        return {
            "users_total": 1 if logged else 0,
            "users_ready": max((f["users_ready"] for f in per_queue), default=0),
            "users_busy": max((f["users_busy"] for f in per_queue), default=0),
            "users_pause": max((f["users_pause"] for f in per_queue), default=0),
            "calls_count": len(calls),
            "calls_in": sum(1 for c in calls if c.direction == "in"),
            "calls_out": sum(1 for c in calls if c.direction == "out"),
            "calls_wait": sum(f["calls_wait"] for f in per_queue),
            "calls_time": max((f["calls_time"] for f in per_queue), default=0),
        }

    async def _rt_stats_queues(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        return {
            q.queue: {"id": q.queue} | self._queue_figures(q, count_agent=True)
            for q in self.queues.values()
        }

    def _queue_figures(self, queue: SimQueue, *, count_agent: bool) -> dict[str, Any]:
        logged = count_agent and self._logintime is not None and queue.rt_logged
        state = self.state
        calls = [c for c in self._calls if c.queue is queue]
        ringing = [c for c in calls if c.direction == "in" and c.call_state == "Ringing"]
        now = datetime.now()
        # Callers waiting for anyone (RTStatsCalls' "Waiting") wait in the queue too.
        entered = [c.entered for c in ringing] + [
            w.entered for w in self.waiting.values() if w.queue is queue
        ]
        waits = [round((now - moment).total_seconds()) for moment in entered]
        return {
            "users_total": int(logged),
            "users_ready": int(logged and state == "Idle"),
            "users_busy": int(logged and any(c.answered is not None for c in calls)),
            "users_pause": int(logged and state == "Paused"),
            "calls_count": len(calls),
            "calls_wait": len(waits),
            "calls_time": max(waits, default=0),
        }


def _required(params: Params, name: str) -> str:
    value = params.get(name)
    if not value:
        raise ApiError(missing(name))
    return value


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().isdigit() else default


def _stamp_param(params: Params, name: str) -> datetime:
    value = _required(params, name)
    try:
        return datetime.strptime(value, STAMP_FORMAT)
    except ValueError:
        raise ApiError(f"{BAD_DATETIME} {name}") from None
