"""A double of Oki-Toki's API v1 for one company with one simulated agent.

Reproduced as documented ("API v.1" and the guide's "API request error codes"):

- paths ``/api/v1/...``: ``dialers/create_task``, ``dialers/cancel_task``, ``call/add_data``,
  ``call/get_data`` and ``user/set_status`` by GET or POST, their variables plain or as the
  JSON string ``json_request``; ``reports/acd/calls-log``, ``record/{session_id}``,
  ``contacts``, ``reports/sec/queue-status-summary``, ``reports/sec/user-status-summary``
  and ``lists/check`` (:mod:`agentdesk.sim.okitoki.lists`) by GET only;
- ``api_token`` in the query, the form or ``json_request``; refusals as HTTP codes with a JSON
  ``{"status": "error", "code": N, "message": ...}``: 401 wrong or missing token, 403 a
  token whose user lacks the right (:attr:`OkiTokiSimulator.limited_token` for reports),
  404 an unknown path, call or recording, 405 a POST to a GET-only path, 422 a semantic error
  in the data, 429 over ``rate_limit`` requests a minute (with ``Retry-After`` and
  ``X-RateLimit-Limit``), 500 on demand (:meth:`OkiTokiSimulator.fail_next`);
- the call log in JSON, ``csv`` (Windows-1251) and ``csv_2016`` (UTF-8) with Cyrillic names
  (:mod:`agentdesk.sim.okitoki.data`), recordings as short WAV files, dialer tasks whose call
  comes to the agent after ``task_dial_after`` seconds, and "Events and Integrations" webhooks
  for calls and status changes (:mod:`agentdesk.sim.okitoki.hooks`).

Our readings, where the document is silent:

- answers are JSON objects ``{"status": "ok", "message": ...}`` plus ``task_id``
  (create_task), ``task_ids`` (cancel_task), ``session_id`` (add_data) or ``data``
  (get_data); ``contacts`` and the reports answer JSON arrays;
- the guide's 401 covers "a nonexistent object or your token is incorrect": a call, a
  recording or a ``user_id`` that does not exist is answered 401 (``unknown_object=401``,
  the default, as the guide says) or 404 (``unknown_object=404``, the other reading); an
  unknown dialer or status is a semantic error (422) either way;
- ``cancel_task`` with no matching task is 422; a task already dialled cannot be cancelled;
- ``user/set_status`` and calls post the ``status``/``ringing``/``answered``/``ended``
  webhooks to ``webhook_url`` when one is set.
"""

from __future__ import annotations

import itertools
import json
import math
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from aiohttp import web

from agentdesk.sim.faults import Faults
from agentdesk.sim.okitoki import lists
from agentdesk.sim.okitoki.data import (
    AGENT,
    AWAY_STATUSES,
    DATE_FORMAT,
    DIALERS,
    QUEUES,
    READY_STATUS,
    STATUSES,
    STATUSES_OPTION,
    TIME_FORMAT,
    USERS,
    CallLog,
    LoggedCall,
    SimQueue,
    SimUser,
    contact_for,
)
from agentdesk.sim.okitoki.errors import (
    ApiError,
    day_param,
    moment_param,
    ok,
    required,
)
from agentdesk.sim.okitoki.hooks import HookSender
from agentdesk.sim.okitoki.reports import ReportActions
from agentdesk.sim.okitoki.variants import ANSWER_STYLES
from agentdesk.sim.server import LoopbackServer
from agentdesk.sim.simulator import Simulator

SEEDED_CALLS: Final = 30
UNKNOWN_OBJECT_CODES: Final = (401, 404)
MAX_PHONES: Final = 5
RATE_WINDOW: Final = 60.0
# record/{session_id} without date: "searches for the last three months"
RECORD_LOOKBACK: Final = timedelta(days=92)
GET_ONLY: Final = frozenset(
    {
        "reports/acd/calls-log",
        "reports/acd/calls-summary",
        "reports/sec/queue-status-summary",
        "reports/sec/user-status-summary",
        "contacts",
        "record",
        "lists/check",
    }
)
REPORTS: Final = frozenset(p for p in GET_ONLY if p.startswith("reports/"))


@dataclass
class LiveCall:
    session_id: str
    direction: str
    phone: str
    name: str
    queue: SimQueue | None
    started: datetime
    answered: datetime | None = None
    task_id: str | None = None
    user_id: str = AGENT.id

    @property
    def state(self) -> str:
        return "talking" if self.answered else "ringing"


@dataclass
class SimTask:
    task_id: str
    dialer_id: str
    phones: list[str]
    user_id: str | None
    priority: str
    when: datetime | None
    state: str = "queued"  # queued, dialled, canceled
    session_id: str | None = None


class OkiTokiSimulator(Simulator, ReportActions):
    """One Oki-Toki company on loopback; see the module docstring."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        task_dial_after: float = 1.0,
        outbound_answer_after: float = 2.0,
        rate_limit: int | None = None,
        seed_history: bool = True,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        webhook_method: str = "POST",
        unknown_object: int = 401,
        answer_style: str = "ours",
        agents: tuple[str, ...] = (AGENT.id,),
    ) -> None:
        """``unknown_object``: the code for a call, recording or user that does not exist
        (401 or 404, see the module docstring). ``answer_style``: ``ours`` answers the call
        log, the queue summary and the webhooks in the shapes AgentDesk's documents ask
        for; ``variant`` in other likely ones (:mod:`agentdesk.sim.okitoki.variants`).
        ``agents``: the simulated agents' user numbers, the first being the one
        :attr:`user_id` names (a number the company lacks is added as a user)."""
        if unknown_object not in UNKNOWN_OBJECT_CODES:
            raise ValueError(f"unknown_object must be 401 or 404, got {unknown_object!r}")
        if answer_style not in ANSWER_STYLES:
            raise ValueError(f"answer_style must be ours or variant, got {answer_style!r}")
        super().__init__(host=host, port=port)
        self.unknown_object = unknown_object
        self.answer_style = answer_style
        self.lists = lists.demo_lists()
        """The company's Lists by id (``lists/check``): the blacklist 101 and a VIP list 102."""
        self.token = token or secrets.token_hex(16)
        self.limited_token = secrets.token_hex(16)
        """A token of a user without the right to see reports: 403 there."""
        self.users = dict(USERS)
        for user_id in agents:
            self.users.setdefault(user_id, SimUser(user_id, f"Оператор {user_id}"))
        self.agents = [self.users[user_id] for user_id in agents]
        """The simulated agents, each with their own user number: calls ring at one with
        :meth:`ring`'s ``user_id``, and all their webhooks go to the one URL."""
        self.user_id = self.agents[0].id
        self.user_name = self.agents[0].name
        self.statuses_option = STATUSES_OPTION
        self.dialer_id = next(iter(DIALERS))
        self.task_dial_after = task_dial_after
        self.outbound_answer_after = outbound_answer_after
        self.rate_limit = rate_limit
        self.requests: list[tuple[str, dict[str, str]]] = []
        """Every request: the path after ``/api/v1/`` and its variables, token left out."""
        self.status_id = READY_STATUS
        self.away_status_id: str | None = None
        self.status_comment: str | None = None
        self.live: dict[str, LiveCall] = {}
        """Each agent's live call, by user number."""
        self.tasks: dict[str, SimTask] = {}
        self.call_data: dict[str, dict[str, str]] = {}
        self.data_added: list[str] = []
        self.call_log = CallLog()
        self.hooks = HookSender(method=webhook_method, style=answer_style)
        self.hooks.url = webhook_url
        self.hooks.secret = webhook_secret
        self._session_ids = itertools.count(40_000_001)
        self._task_ids = itertools.count(5001)
        self._failures: list[tuple[int, str, str | None]] = []
        self._hits: dict[str, deque[float]] = {}
        if seed_history:
            self.call_log.seed(now=datetime.now(), count=SEEDED_CALLS, first_id=39_000_001)
        self.faults = Faults(revoked=_token_refused)
        """Faults to make on demand (:mod:`agentdesk.sim.faults`)."""
        self._server = LoopbackServer(self._make_app(), faults=self.faults)

    # -- lifecycle ------------------------------------------------------------------------

    async def _stop_beside(self) -> None:
        await self.hooks.stop()

    # -- what a test or a demo can look at and set ---------------------------------------

    @property
    def webhook_url(self) -> str | None:
        return self.hooks.url

    @webhook_url.setter
    def webhook_url(self, url: str | None) -> None:
        """Where calls and status changes are posted (the receiver's URL, secret included)."""
        self.hooks.url = url

    @property
    def live_call(self) -> LiveCall | None:
        """The live call of the agent :attr:`user_id` names."""
        return self.live.get(self.user_id)

    @property
    def ready(self) -> bool:
        return self.status_id == READY_STATUS and self.live_call is None

    def disposed_calls(self) -> list[str]:
        """The call of every ``call/add_data`` accepted, oldest first."""
        return list(self.data_added)

    def call_state(self, session_id: str) -> str | None:
        """``ringing`` or ``talking`` for the live call, None once it has ended."""
        call = self._live_by_session(session_id)
        return call.state if call is not None else None

    def _live_by_session(self, session_id: str) -> LiveCall | None:
        return next((c for c in self.live.values() if c.session_id == session_id), None)

    def backend_kwargs(self) -> dict[str, Any]:
        """Keywords for ``OkiTokiBackend`` against this simulator, with a receiver on a free
        port: start the backend's receiver, then set :attr:`webhook_url` to its URL."""
        return {
            "base_url": self.url,
            "user_id": self.user_id,
            "api_token": self.token,
            "dialer_id": self.dialer_id,
            "statuses": self.statuses_option,
            "webhook_port": 0,
        }

    async def wait_for_webhooks(self, count: int, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        await self.hooks.wait_sent(count, timeout)

    def fail_next(
        self, code: int = 500, message: str = "Internal Server Error", *, path: str | None = None
    ) -> None:
        """The next request (to ``path``, when given) is answered with ``code`` and
        ``message``, whatever it asks."""
        self._failures.append((code, message, path))

    # -- control: what happens on the phone, not through the API ---------------------------

    def ring(
        self,
        phone: str,
        *,
        name: str | None = None,
        queue_id: str = "1",
        user_id: str | None = None,
    ) -> str:
        """An inbound call from ``phone`` rings at the agent ``user_id`` (None: the one
        :attr:`user_id` names); returns its session ID."""
        user_id = user_id or self.user_id
        if user_id not in self.users:
            raise LookupError(f"no user {user_id}")
        if user_id in self.live:
            raise RuntimeError(f"user {user_id} is already in a call")
        contact = contact_for(phone)
        call = LiveCall(
            self._new_session_id(),
            "in",
            phone,
            name if name is not None else (contact.name if contact else ""),
            QUEUES[queue_id],
            datetime.now(),
            user_id=user_id,
        )
        self._start_call(call)
        return call.session_id

    def pick_up(self, user_id: str | None = None) -> None:
        """The agent (``user_id``; None: :attr:`user_id`) answers the ringing call in
        Oki-Toki's softphone."""
        call = self.live.get(user_id or self.user_id)
        if call is None or call.answered is not None:
            raise LookupError("no call is ringing")
        call.answered = datetime.now()
        self._hook("answered", call)
        self._notify()

    def abandon(self, user_id: str | None = None) -> None:
        """The caller gives up before the agent (``user_id``; None: :attr:`user_id`)
        answered."""
        call = self.live.get(user_id or self.user_id)
        if call is None or call.answered is not None:
            raise LookupError("no ringing call to abandon")
        self._end_call(call)

    def customer_hangup(self, user_id: str | None = None) -> None:
        """The client ends the agent's call (``user_id``; None: :attr:`user_id`), answered
        or not."""
        call = self.live.get(user_id or self.user_id)
        if call is None:
            raise LookupError("no call to hang up")
        self._end_call(call)

    def repeat_hook(self, session_id: str, event: str) -> None:
        """The ``event`` webhook of call ``session_id`` is delivered once more, as it first
        went: after the call's later webhooks, even."""
        sent = [
            h
            for h in self.hooks.sent
            if h.payload.get("event") == event and h.payload.get("session_id") == session_id
        ]
        if not sent:
            raise LookupError(f"no {event} webhook was sent for call {session_id}")
        self.hooks.repeat(sent[-1])

    def takes_calls(self, user_id: str) -> bool:
        """The agent ``user_id`` has no live call (and, for :attr:`user_id`'s, is Ready)."""
        return self.ready if user_id == self.user_id else user_id not in self.live

    def set_status(self, status_id: str, away_status_id: str | None = None) -> None:
        """A supervisor (or the agent in the web app) changes the agent's status."""
        self._apply_status(status_id, away_status_id, None)

    # -- calls ------------------------------------------------------------------------------

    def _start_call(self, call: LiveCall) -> None:
        self.live[call.user_id] = call
        self._hook("ringing", call)
        self._notify()

    def _end_call(self, call: LiveCall) -> None:
        ended = datetime.now()
        answered = call.answered
        self.call_log.add(
            LoggedCall(
                session_id=call.session_id,
                started=call.started,
                direction=call.direction,
                ani=call.phone,
                queue=call.queue,
                user=self.users[call.user_id],
                contact=call.name,
                wait=round(((answered or ended) - call.started).total_seconds()),
                talk=max(1, math.ceil((ended - answered).total_seconds())) if answered else 0,
            )
        )
        del self.live[call.user_id]
        self._hook("ended", call)
        self._notify()

    def _hook(self, event: str, call: LiveCall) -> None:
        self.hooks.send(
            {
                "event": event,
                "session_id": call.session_id,
                "phone": call.phone,
                "direction": call.direction,
                "queue": call.queue.title if call.queue else "",
                "contact_name": call.name,
                "user_id": call.user_id,
                "date": call.started.strftime(TIME_FORMAT),
            }
        )

    def _dial_task(self, task_id: str) -> None:
        task = self.tasks.get(task_id)
        if task is None or task.state != "queued":
            return
        if self.live_call is not None:  # busy: the dialer tries again a moment later
            self._later(self.task_dial_after, lambda: self._dial_task(task_id))
            return
        task.state = "dialled"
        contact = contact_for(task.phones[0])
        call = LiveCall(
            self._new_session_id(),
            "out",
            task.phones[0],
            contact.name if contact else "",
            None,
            datetime.now(),
            task_id=task_id,
            user_id=self.user_id,
        )
        task.session_id = call.session_id
        self._start_call(call)
        self._later(self.outbound_answer_after, lambda: self._outbound_answered(call))

    def _outbound_answered(self, call: LiveCall) -> None:
        if self.live.get(call.user_id) is call and call.answered is None:
            self.pick_up(call.user_id)

    def _apply_status(self, status_id: str, away: str | None, comment: str | None) -> None:
        self.status_id, self.away_status_id, self.status_comment = status_id, away, comment
        self.hooks.send(
            {
                "event": "status",
                "user_id": self.user_id,
                "status_id": status_id,
                "away_status_id": away or "",
            }
        )
        self._notify()

    def _new_session_id(self) -> str:
        return str(next(self._session_ids))

    def _live_wait(self, queue_id: str) -> int | None:
        waits = [
            round((datetime.now() - call.started).total_seconds())
            for call in self.live.values()
            if call.answered is None and call.queue is not None and call.queue.id == queue_id
        ]
        return max(waits) if waits else None

    def _known_call(self, session_id: str) -> tuple[datetime, bool] | None:
        """When the call started and whether it is over, for a live or logged call."""
        live = self._live_by_session(session_id)
        if live is not None:
            return live.started, False
        logged = self.call_log.find(session_id)
        return (logged.started, True) if logged else None

    # -- HTTP ------------------------------------------------------------------------------

    def _make_app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/api/v1/{path:.+}", self._handle)
        return app

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.match_info["path"].strip("/")
        route = "record" if path.startswith("record/") else path
        headers: dict[str, str] = {}
        try:
            params = await _variables(request)
            token = params.pop("api_token", None)
            self.requests.append((path, dict(params)))
            self._notify()
            failure = next((f for f in self._failures if f[2] in (None, path)), None)
            if failure is not None:
                self._failures.remove(failure)
                raise ApiError(failure[0], failure[1])
            headers = self._count_hit(token)
            handler = self._routes().get(route)
            if handler is None:
                raise ApiError(404, f"Not found: /api/v1/{path}")
            if request.method not in ("GET", "POST", "HEAD"):
                raise ApiError(405, f"The {request.method} method is not supported")
            if request.method == "POST" and route in GET_ONLY:
                raise ApiError(
                    405, "The POST method is not supported for this route. Supported: GET."
                )
            if token not in (self.token, self.limited_token):
                raise ApiError(401, "Unauthenticated: the api_token is missing or wrong")
            if token == self.limited_token and route in REPORTS:
                raise ApiError(403, "Forbidden: your role has no right to view reports")
            response = handler(params, path)
        except ApiError as error:
            response = error.response()
            headers |= error.headers
        response.headers.update(headers)
        return response

    def _count_hit(self, token: str | None) -> dict[str, str]:
        if self.rate_limit is None:
            return {}
        now = time.monotonic()
        hits = self._hits.setdefault(token or "", deque())
        while hits and hits[0] <= now - RATE_WINDOW:
            hits.popleft()
        headers = {"X-RateLimit-Limit": str(self.rate_limit)}
        if len(hits) >= self.rate_limit:
            retry = max(1, math.ceil(hits[0] + RATE_WINDOW - now))
            headers |= {"X-RateLimit-Remaining": "0", "Retry-After": str(retry)}
            raise ApiError(
                429, f"Too Many Requests: the limit is {self.rate_limit} requests a minute", headers
            )
        hits.append(now)
        return headers | {"X-RateLimit-Remaining": str(self.rate_limit - len(hits))}

    def _routes(self) -> dict[str, Callable[[dict[str, str], str], web.Response]]:
        return {
            "dialers/create_task": self._create_task,
            "dialers/cancel_task": self._cancel_task,
            "call/add_data": self._add_data,
            "call/get_data": self._get_data,
            "user/set_status": self._set_status,
            "reports/acd/calls-log": self._calls_log,
            "reports/acd/calls-summary": self._calls_summary,
            "reports/sec/queue-status-summary": self._queue_summary,
            "reports/sec/user-status-summary": self._user_summary,
            "contacts": self._contacts,
            "record": self._record,
            "lists/check": lambda params, path: lists.check(self.lists, params, self.answer_style),
        }

    # -- actions ---------------------------------------------------------------------------

    def _create_task(self, params: dict[str, str], path: str) -> web.Response:
        dialer_id = required(params, "dialer_id")
        if dialer_id not in DIALERS:
            raise ApiError(422, f"Dialer {dialer_id} not found")
        phones = [p.strip() for p in required(params, "phones").split(",") if p.strip()]
        if len(phones) > MAX_PHONES:
            raise ApiError(422, f"No more than {MAX_PHONES} phones in a task")
        for phone in phones:
            if not phone.lstrip("+").isdigit():
                raise ApiError(422, f"Invalid phone number: {phone}")
        priority = params.get("priority", "0")
        if priority not in ("0", "1", "2"):
            raise ApiError(422, "The priority must be from 0 to 2")
        user_id = params.get("user_id") or None
        if user_id is not None and user_id not in self.users:
            raise ApiError(self.unknown_object, f"User {user_id} not found")
        when = moment_param(params.get("date"), "date")
        task = SimTask(str(next(self._task_ids)), dialer_id, phones, user_id, priority, when)
        self.tasks[task.task_id] = task
        if user_id in (None, self.user_id):
            delay = max(0.0, (when - datetime.now()).total_seconds()) if when else 0.0
            self._later(delay + self.task_dial_after, lambda: self._dial_task(task.task_id))
        self._notify()
        return ok(f"Task {task.task_id} added", task_id=int(task.task_id))

    def _cancel_task(self, params: dict[str, str], path: str) -> web.Response:
        dialer_id = required(params, "dialer_id")
        if dialer_id != "0" and dialer_id not in DIALERS:
            raise ApiError(422, f"Dialer {dialer_id} not found")
        keys = ("task_id", "phone", "contact_id", "bp_id", "details")
        if not any(params.get(k) for k in keys):
            raise ApiError(422, "Give task_id, phone, contact_id, bp_id or details to cancel")
        chosen = [
            t
            for t in self.tasks.values()
            if t.state == "queued"
            and dialer_id in ("0", t.dialer_id)
            and params.get("task_id", t.task_id) == t.task_id
            and params.get("phone", t.phones[0]) in t.phones
        ]
        if not chosen:
            raise ApiError(422, "No queued tasks match")
        for task in chosen:
            task.state = "canceled"
        self._notify()
        ids = [int(t.task_id) for t in chosen]
        return ok(f"Tasks canceled: {', '.join(map(str, ids))}", task_ids=ids)

    def _add_data(self, params: dict[str, str], path: str) -> web.Response:
        session_id = required(params, "session_id")
        if self._known_call(session_id) is None:
            raise ApiError(self.unknown_object, f"Call {session_id} not found")
        data = self.call_data.setdefault(session_id, {})
        for key, value in params.items():
            if key == "session_id":
                continue
            if value == "":  # "If the value ... is empty, then this parameter will be removed"
                data.pop(key, None)
            else:
                data[key] = value
        self.data_added.append(session_id)
        self._notify()
        return ok(f"Data added to call {session_id}", session_id=int(session_id))

    def _get_data(self, params: dict[str, str], path: str) -> web.Response:
        session_id = required(params, "session_id")
        day = day_param(required(params, "date"), "date")
        known = self._known_call(session_id)
        if known is None or known[0].date() != day:
            raise ApiError(
                self.unknown_object, f"Call {session_id} not found on {day.strftime(DATE_FORMAT)}"
            )
        return ok("", session_id=int(session_id), data=self.call_data.get(session_id, {}))

    def _set_status(self, params: dict[str, str], path: str) -> web.Response:
        user_id = required(params, "user_id")
        if user_id not in self.users:
            raise ApiError(self.unknown_object, f"User {user_id} not found")
        status_id = required(params, "status_id")
        if status_id not in STATUSES:
            raise ApiError(422, f"Status {status_id} not found")
        away = params.get("away_status_id") or None
        if away is not None and away not in AWAY_STATUSES:
            raise ApiError(422, f"Away status {away} not found")
        if user_id == self.user_id:
            self._apply_status(status_id, away, params.get("status_comment") or None)
        return ok(f"Status of user {user_id} changed")


async def _variables(request: web.Request) -> dict[str, str]:
    """Query, form and ``json_request`` variables, later ones winning."""
    params = dict(request.query)
    if request.method == "POST":
        if request.content_type == "application/json":
            raise ApiError(422, "Send variables as a form, or as the JSON string json_request")
        form = await request.post()
        params.update({k: v for k, v in form.items() if isinstance(v, str)})
    raw = params.pop("json_request", None)
    if raw is not None:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            raise ApiError(422, "json_request is not valid JSON") from None
        if not isinstance(data, dict):
            raise ApiError(422, "json_request must be a JSON object")
        for key, value in data.items():
            if isinstance(value, list):
                params[key] = ",".join(str(v) for v in value)
            elif isinstance(value, dict):
                params[key] = json.dumps(value, ensure_ascii=False)
            else:
                params[key] = "" if value is None else str(value)
    return params


def _token_refused(request: web.Request) -> web.Response:
    """A revoked token, as the simulator refuses a wrong one."""
    return ApiError(401, "Unauthenticated: the api_token is missing or wrong").response()
