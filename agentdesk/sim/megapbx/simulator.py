"""A double of MegaFon Virtual PBX's ``crmapi/v1`` for one company, on loopback.

CRM→PBX, as documented: ``/crmapi/v1/...`` with the ``X-API-KEY`` header; ``GET users``,
``GET users/{login}`` (login or extension), ``GET|POST|DELETE users/{login}/dnd``,
``GET|POST|DELETE users/{login}/subscription`` with or without ``group_id``, ``GET groups``,
``GET groups/{id}``, ``POST makecall`` {phone, user} (JSON or form), ``GET history/json``,
``history/csv``, ``history/inner/json``, ``history/inner/csv`` with ``period`` or
``start``/``end`` (``YYYYmmddTHHMMSSZ``), ``type`` and ``limit`` and the period rules of 4.5;
list answers carry ``info`` (3.2). Refusals (3.3) as the status and a JSON object with the
document's returned value in ``error`` and its Russian condition in ``message``: 400
"Validation error", 401 "CRM disabled" / "Invalid token" / "CRM switched off", 405 "Method
Not Allowed"; beyond the table, 404 for an unknown path, user or department.

Recordings are short WAV files at the ``record`` links, served to the same ``X-API-KEY``.

PBX→CRM: calls rung with :meth:`MegaPbxSimulator.ring` (or placed by ``makecall``) post
``contact``, ``event`` (INCOMING/OUTGOING, ACCEPTED, COMPLETED/CANCELLED, TRANSFERRED),
``history`` and ``rating`` commands to :attr:`MegaPbxSimulator.webhook_url`
(:mod:`agentdesk.sim.megapbx.hooks`). The document does not say whether the PBX posts a
command again when the CRM's answer is slow or lost; a sender that retries would, after the
call's later commands even, so :meth:`MegaPbxSimulator.repeat_event` does that on demand.

Our readings, shared with nothing in ``backends`` (the simulator imports none of it):

- DND (7.2-7.4) as the path says: ``POST`` turns it on, ``DELETE`` off, ``GET`` answers
  ``{"state": true}`` while it is on: :data:`DND_STATE_IS_ON` is that reading here;
- ``makecall`` answers ``{"callid": ...}``; the REST history's ``uid`` is a number of its
  own (the document's examples differ from the webhooks' ``callid``), so that a client must
  not assume they are equal;
- the day of ``period`` and of a lone ``start``/``end`` is UTC.

Where the document reads two ways, the simulator answers either way, as its options say
(:mod:`agentdesk.sim.megapbx.readings`, ``agentdesk sim megapbx --set NAME=VALUE``): how
commands are posted (``encoding``: JSON, form or multipart), what an absent ``end`` means
(``end_reading``), whether the inner history exists (``inner_history``), how list answers
page (``page_size``, ``info_next``), and how many other staff come before the company's own
(``padding``).
"""

from __future__ import annotations

import functools
import itertools
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, TypeVar

from aiohttp import web

from agentdesk.sim.audio import beeps_wav
from agentdesk.sim.faults import Faults
from agentdesk.sim.megapbx.blacklist import TELNUM_FORMS, SimBlacklist
from agentdesk.sim.megapbx.data import (
    AGENT_LOGIN,
    COMPANY_LINE,
    EXTERNAL_TYPES,
    INNER_TYPES,
    PERIODS,
    REQUEST_TIME,
    History,
    HistoryCall,
    InnerCall,
    SimGroup,
    SimUser,
    company,
    other_staff,
    period_bounds,
    render_csv,
)
from agentdesk.sim.megapbx.hooks import CommandSender
from agentdesk.sim.server import LoopbackServer
from agentdesk.sim.simulator import Simulator

API: Final = "/crmapi/v1/"
DND_STATE_IS_ON: Final = True  # GET users/{login}/dnd: "state" true while DND is on
# 3.3: the returned value and its condition, as the document words them.
ERRORS: Final[dict[str, tuple[int, str, str]]] = {
    "validation": (400, "Validation error", "Переданы неверные параметры"),
    "crm_disabled": (401, "CRM disabled", "Сервис CRM не доступен"),
    "invalid_token": (401, "Invalid token", "Передан неправильный ключ"),
    "switched_off": (401, "CRM switched off", "Доступ к API выключен"),
    "method": (405, "Method Not Allowed", "Указанный метод не поддерживается"),
    "not_found": (404, "Not found", "Объект не найден"),
}


Row = TypeVar("Row", HistoryCall, InnerCall)
"""A row of the external or the internal history."""


class ApiError(Exception):
    def __init__(self, kind: str, detail: str = "") -> None:
        code, error, message = ERRORS[kind]
        super().__init__(error)
        self.code = code
        self.body = {"error": error, "message": f"{message}: {detail}" if detail else message}

    def response(self) -> web.Response:
        return web.json_response(self.body, status=self.code)


@dataclass
class LiveCall:
    callid: str
    uid: str  # the REST history's id once it is over
    direction: str
    client: str
    user: SimUser
    group: SimGroup | None
    started: datetime
    answered: datetime | None = None

    @property
    def state(self) -> str:
        return "talking" if self.answered else "ringing"


class MegaPbxSimulator(Simulator):
    """One PBX company on loopback; see the module docstring."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        crm_token: str | None = None,
        webhook_url: str | None = None,
        encoding: str = "both",
        dial_ring_after: float = 0.5,
        outbound_answer_after: float = 2.0,
        seed_history: bool = True,
        domain: str = "demo.megapbx.ru",
        end_reading: str = "date",
        inner_history: bool = True,
        page_size: int | None = None,
        info_next: bool = True,
        padding: int = 0,
        blacklist_telnum: str = "string",
        agents: tuple[str, ...] = (AGENT_LOGIN,),
    ) -> None:
        """The keywords after ``domain`` are the readings of
        :mod:`agentdesk.sim.megapbx.readings`; ``encoding`` is its ``webhook_encoding``.
        ``agents``: the simulated agents' logins, the first being :attr:`agent` (a login the
        company lacks is added, with an extension from 711, in the sales department)."""
        super().__init__(host=host, port=port)
        self.api_key = api_key or secrets.token_hex(16)
        self.crm_token = crm_token or secrets.token_hex(12)
        self.domain = domain
        self.dial_ring_after = dial_ring_after
        self.outbound_answer_after = outbound_answer_after
        self.api_state = "on"
        """``on``; ``crm_disabled`` or ``switched_off`` make every request a 401."""
        self.end_reading = end_reading
        """``date``: an absent ``end`` is the end of today; ``midnight``: today 00:00."""
        self.inner_history = inner_history
        """False: ``history/inner/...`` answer 404, as on an older or white-label PBX."""
        self.page_size = page_size
        """The most entries a list answer carries, whatever ``limit`` asks; None: as asked."""
        self.info_next = info_next
        """Whether a list answer's ``info`` carries ``next`` (the examples' do not)."""
        self.users, self.groups = company()
        self._own_staff = dict(self.users)  # the seeded history's people
        if padding:
            staff, departments = other_staff(padding)
            self.users, self.groups = staff | self.users, departments | self.groups
        self.agents = [self._agent_named(login) for login in agents]
        """The simulated agents, each with their own login and extension; calls ring at one
        with :meth:`ring`'s ``user``, and all their commands go to the one CRM address."""
        self.agent = self.agents[0]
        self.history = History()
        self.live: dict[str, LiveCall] = {}
        self.ratings: dict[str, int] = {}
        self.recorded: set[str] = set()
        """Uids of calls of this run with a recording (seeded ones are in the history)."""
        self.record_requests: list[tuple[str, str | None]] = []
        """Every recording asked for: its uid and the ``X-API-KEY`` it came with (None:
        none), so that a test sees where the key went."""
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        """Every request: method, the path after ``/crmapi/v1/``, its parameters."""
        self.commands = CommandSender(crm_token=self.crm_token, encoding=encoding)
        self.commands.url = webhook_url
        self._seed_history = seed_history
        self._uids = (str(n) for n in itertools.count(3_934_307_521, 7919))
        self._call_numbers = itertools.count(1511)
        if blacklist_telnum not in TELNUM_FORMS:
            raise ValueError(f"blacklist_telnum must be string or list, not {blacklist_telnum!r}")
        self.blacklist = SimBlacklist(blacklist_telnum)
        """The company's blacklist (:mod:`agentdesk.sim.megapbx.blacklist`)."""
        self.faults = Faults(revoked=_key_refused)
        """Faults to make on demand (:mod:`agentdesk.sim.faults`)."""
        self._server = LoopbackServer(self._make_app(), faults=self.faults)

    def _agent_named(self, login: str) -> SimUser:
        if login not in self.users:
            taken = {u.ext for u in self.users.values()}
            ext = next(str(n) for n in itertools.count(711) if str(n) not in taken)
            self.users[login] = SimUser(login, f"Агент {login}", ext)
            self.groups["sales"].members[login] = True
        return self.users[login]

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        await super().start()
        if self._seed_history:
            self.history.seed(
                self._own_staff,
                self.groups,
                now=datetime.now(UTC),
                uids=self._uids,
                record_url=self.record_url,
            )

    async def _stop_beside(self) -> None:
        await self.commands.stop()

    # -- what a test or a demo can look at and set ---------------------------------------

    @property
    def webhook_url(self) -> str | None:
        return self.commands.url

    @webhook_url.setter
    def webhook_url(self, url: str | None) -> None:
        """The CRM address the commands are posted to (the receiver's URL)."""
        self.commands.url = url

    @property
    def ready(self) -> bool:
        """The agent takes calls: DND off and no live call of theirs."""
        return self.takes_calls(self.agent)

    def takes_calls(self, user: SimUser) -> bool:
        """``user`` has DND off and no live call."""
        return not user.dnd and not any(c.user is user for c in self.live.values())

    def record_url(self, uid: str) -> str:
        return f"{self.url}/records/{uid}.wav"

    def call_state(self, callid: str) -> str | None:
        call = self.live.get(callid)
        return call.state if call is not None else None

    def profile_options(self, listen: str = "127.0.0.1:0") -> dict[str, str]:
        """A profile's options against this simulator (its receiver on ``listen``)."""
        return {"crm_token": self.crm_token, "listen": listen}

    async def wait_for_commands(self, count: int, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        await self.commands.wait_sent(count, timeout)

    # -- control: what happens on the phones ------------------------------------------------

    def ring(self, client: str, *, user: str | None = None, group_id: str | None = "sales") -> str:
        """An inbound call from ``client`` rings at ``user`` (a login; None: :attr:`agent`),
        through a department unless ``group_id`` is None: ``contact``, then ``event``
        INCOMING. Returns its ``callid``."""
        call = self._new_call("in", client, self.users[user or self.agent.login], group_id)
        self._command({"cmd": "contact", "phone": client, "diversion": COMPANY_LINE}, call)
        self._event("INCOMING", call)
        return call.callid

    def pick_up(self, callid: str | None = None) -> None:
        """The user answers (an inbound call), or the client does (an outbound one)."""
        call = self._live(callid)
        if call.answered is not None:
            raise LookupError("the call is already answered")
        call.answered = datetime.now(UTC)
        self._event("ACCEPTED", call)
        self._notify()

    def hang_up(self, callid: str | None = None, *, rating: int | None = None) -> str:
        """The call ends (COMPLETED when answered, else CANCELLED), lands in the history and
        is posted as ``history``; ``rating`` posts the client's mark too. Returns the uid."""
        call = self._live(callid)
        del self.live[call.callid]
        self._event("COMPLETED" if call.answered else "CANCELLED", call)
        logged = self._log(call)
        self._command(
            {
                "cmd": "history",
                "type": call.direction,
                "status": "Success" if call.answered else "Missed",
                "phone": call.client,
                "diversion": COMPANY_LINE,
                "start": call.started.strftime(REQUEST_TIME),
                "duration": logged.duration,
                "link": logged.record or None,
                "groupRealName": call.group.name if call.group else None,
                "rating": rating,
            },
            call,
        )
        if rating is not None:
            self.rate(call.callid, rating, user=call.user.login, client=call.client)
        self._notify()
        return logged.uid

    def transfer(self, callid: str | None = None) -> None:
        """The user passes the call on: TRANSFERRED, and the call leaves them."""
        call = self._live(callid)
        del self.live[call.callid]
        self._event("TRANSFERRED", call)
        self._notify()

    def rate(self, callid: str, mark: int, *, user: str | None = None, client: str = "") -> None:
        """The client's mark after the call (``rating``)."""
        self.ratings[callid] = mark
        who = self.users[user or self.agent.login]
        self.commands.send(
            {
                "cmd": "rating",
                "phone": client,
                "rating": mark,
                "user": who.login,
                "ext": who.ext,
                "callid": callid,
            }
        )

    def repeat_event(self, callid: str, kind: str) -> None:
        """The PBX posts the ``event`` command of type ``kind`` for ``callid`` once more, as
        it first went: a retry, which may come after the call's later commands."""
        sent = [
            c
            for c in self.commands.sent
            if c.payload.get("cmd") == "event"
            and c.payload.get("type") == kind
            and c.payload.get("callid") == callid
        ]
        if not sent:
            raise LookupError(f"no {kind} event was posted for {callid}")
        self.commands.repeat(sent[-1])

    def post(self, payload: dict[str, Any], *, token: str | None = None) -> None:
        """Any command as it is, with ``token`` instead of the right ``crm_token`` if given."""
        self.commands.send(payload, token=token)

    # -- calls ------------------------------------------------------------------------------

    def _new_call(
        self, direction: str, client: str, user: SimUser, group_id: str | None
    ) -> LiveCall:
        if group_id is not None and group_id not in self.groups:
            raise LookupError(f"no department {group_id}")
        callid = f"{secrets.token_hex(10).upper()}-{next(self._call_numbers)}"
        call = LiveCall(
            callid=callid,
            uid=next(self._uids),
            direction=direction,
            client=client,
            user=user,
            group=self.groups[group_id] if group_id else None,
            started=datetime.now(UTC).replace(microsecond=0),
        )
        self.live[callid] = call
        self._notify()
        return call

    def _live(self, callid: str | None) -> LiveCall:
        if callid is None:
            mine = [c for c in self.live.values() if c.user is self.agent]
            if not mine:
                raise LookupError("no live call")
            return mine[-1]
        if callid not in self.live:
            raise LookupError(f"no live call {callid}")
        return self.live[callid]

    def _event(self, kind: str, call: LiveCall) -> None:
        self._command(
            {
                "cmd": "event",
                "type": kind,
                "phone": call.client,
                "diversion": COMPANY_LINE if call.direction == "in" else None,
                "direction": call.direction,
                "groupRealName": call.group.name if call.group else None,
                "telnum": call.user.telnum or None,
            },
            call,
        )

    def _command(self, payload: dict[str, Any], call: LiveCall) -> None:
        body = dict(payload)
        body["callid"] = call.callid
        if body["cmd"] != "contact":
            body |= {"user": call.user.login, "ext": call.user.ext}
        self.commands.send(body)

    def _log(self, call: LiveCall) -> HistoryCall:
        now = datetime.now(UTC)
        answered = call.answered
        entry = HistoryCall(
            uid=call.uid,
            direction=call.direction,
            status="success" if answered else ("missed" if call.direction == "in" else "cancel"),
            client=call.client,
            user=call.user,
            group=call.group,
            start=call.started,
            wait=round(((answered or now) - call.started).total_seconds()),
            duration=max(1, round((now - answered).total_seconds())) if answered else 0,
            record=self.record_url(call.uid) if answered else "",
        )
        self.history.external.append(entry)
        if entry.record:
            self.recorded.add(entry.uid)
        return entry

    def _placed(self, call: LiveCall) -> None:
        """makecall: the PBX rings the user's phone, then the client, who answers."""
        if call.callid in self.live:
            self._event("OUTGOING", call)
            self._later(self.outbound_answer_after, lambda: self._outbound_answered(call))

    def _outbound_answered(self, call: LiveCall) -> None:
        if call.callid in self.live and call.answered is None:
            self.pick_up(call.callid)

    # -- HTTP ------------------------------------------------------------------------------

    def _make_app(self) -> web.Application:
        app = web.Application()
        # Before the catch-all: the blacklist reads its own bodies (a list in one reading).
        app.router.add_route("*", API + "blacklist/telnums", self._blacklist)
        app.router.add_route("*", API + "{path:.*}", self._handle)
        app.router.add_route("GET", "/records/{uid}.wav", self._record)
        return app

    def _check_key(self, request: web.Request) -> None:
        if self.api_state == "crm_disabled":
            raise ApiError("crm_disabled")
        if self.api_state == "switched_off":
            raise ApiError("switched_off")
        if request.headers.get("X-API-KEY") != self.api_key:
            raise ApiError("invalid_token")

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.match_info["path"].strip("/")
        try:
            params = dict(request.query)
            if request.method in ("POST", "PUT") and request.can_read_body:
                params |= await _body(request)
            self.requests.append((request.method, path, params))
            self._notify()
            self._check_key(request)
            route, args = self._route(path)
            handlers = route()
            handler = handlers.get(request.method)
            if handler is None:
                raise ApiError("method", f"{request.method} {API}{path}")
            return handler(params, *args)
        except ApiError as error:
            return error.response()

    def _route(
        self, path: str
    ) -> tuple[Callable[[], dict[str, Callable[..., web.StreamResponse]]], tuple[str, ...]]:
        parts = path.split("/")
        table: dict[tuple[str, ...], Callable[[], dict[str, Callable[..., web.StreamResponse]]]] = {
            ("users",): lambda: {"GET": self._users},
            ("groups",): lambda: {"GET": self._groups},
            ("makecall",): lambda: {"POST": self._makecall},
            ("history", "json"): lambda: {"GET": self._history_json},
            ("history", "csv"): lambda: {"GET": self._history_csv},
        }
        if self.inner_history:
            table[("history", "inner", "json")] = lambda: {"GET": self._inner_json}
            table[("history", "inner", "csv")] = lambda: {"GET": self._inner_csv}
        if tuple(parts) in table:
            return table[tuple(parts)], ()
        if len(parts) == 2 and parts[0] == "users":
            return (lambda: {"GET": self._user}), (parts[1],)
        if len(parts) == 3 and parts[0] == "users" and parts[2] == "dnd":
            return (
                lambda: {m: functools.partial(self._dnd, m) for m in ("GET", "POST", "DELETE")}
            ), (parts[1],)
        if len(parts) == 3 and parts[0] == "users" and parts[2] == "subscription":
            return (
                lambda: {
                    m: functools.partial(self._subscription, m) for m in ("GET", "POST", "DELETE")
                }
            ), (parts[1],)
        if len(parts) == 2 and parts[0] == "groups":
            return (lambda: {"GET": self._group}), (parts[1],)
        raise ApiError("not_found", f"{API}{path}")

    async def _blacklist(self, request: web.Request) -> web.StreamResponse:
        self.requests.append((request.method, "blacklist/telnums", dict(request.query)))
        try:
            self._check_key(request)
            if request.method == "GET":
                return self.blacklist.listing()
            if request.method == "POST":
                answer = await self.blacklist.add(request)
            elif request.method == "DELETE":
                answer = self.blacklist.remove(request)
            else:
                raise ApiError("method", f"{request.method} {API}blacklist/telnums")
            if answer is None:
                raise ApiError("validation", "telnum")
            return answer
        except ApiError as error:
            return error.response()

    async def _record(self, request: web.Request) -> web.StreamResponse:
        self.record_requests.append((request.match_info["uid"], request.headers.get("X-API-KEY")))
        try:
            self._check_key(request)
        except ApiError as error:
            return error.response()
        uid = request.match_info["uid"]
        if uid not in self.recorded and not self.history.find_record(uid):
            return ApiError("not_found", f"запись {uid}").response()
        return web.Response(body=beeps_wav(uid), content_type="audio/wav")

    # -- users, DND, departments ---------------------------------------------------------------

    def _find_user(self, login: str) -> SimUser:
        """6: "a login or a short number (extension)"."""
        user = self.users.get(login) or next(
            (u for u in self.users.values() if u.ext == login), None
        )
        if user is None:
            raise ApiError("not_found", f"сотрудник {login}")
        return user

    def _users(self, params: dict[str, str]) -> web.Response:
        found = [u.shape() for u in self.users.values()]
        search = params.get("search", "").strip().lower()
        if search:
            found = [u for u in found if any(search in str(v).lower() for v in u.values())]
        return self._page(found, params)

    def _user(self, params: dict[str, str], login: str) -> web.Response:
        return web.json_response(self._find_user(login).shape())

    def _dnd(self, method: str, params: dict[str, str], login: str) -> web.StreamResponse:
        user = self._find_user(login)
        if method == "GET":
            return web.json_response({"state": user.dnd is DND_STATE_IS_ON})
        user.dnd = method == "POST"
        self._notify()
        return web.Response(status=204)

    def _subscription(self, method: str, params: dict[str, str], login: str) -> web.StreamResponse:
        user = self._find_user(login)
        group_id = params.get("group_id", "").strip()
        if group_id and group_id not in self.groups:
            raise ApiError("validation", f"group_id {group_id}")
        chosen = [self.groups[group_id]] if group_id else list(self.groups.values())
        mine = [g for g in chosen if user.login in g.members]
        if group_id and not mine:
            raise ApiError("validation", f"сотрудник {user.login} не состоит в отделе {group_id}")
        if method == "GET":
            return web.json_response({"state": any(g.members[user.login] for g in mine)})
        for group in mine:
            group.members[user.login] = method == "POST"
        self._notify()
        return web.Response(status=204)

    def _groups(self, params: dict[str, str]) -> web.Response:
        return self._page([g.shape(self.users) for g in self.groups.values()], params)

    def _page(self, entries: list[dict[str, Any]], params: dict[str, str]) -> web.Response:
        """3.2: ``start``/``limit`` paging (no more than :attr:`page_size`) and ``info``."""
        start_text, limit_text = params.get("start", "0") or "0", params.get("limit", "")
        if not start_text.isdigit() or (limit_text and not limit_text.isdigit()):
            raise ApiError("validation", "start/limit")
        start = int(start_text)
        limit = int(limit_text) if limit_text else len(entries)
        if self.page_size is not None:
            limit = min(limit, self.page_size)
        chosen = entries[start : start + limit]
        info: dict[str, Any] = {
            "search": params.get("search", ""),
            "total": len(entries),
            "start": start,
            "limit": limit,
        }
        if self.info_next:
            info["next"] = start + len(chosen)
        return web.json_response({"items": chosen, "info": info})

    def _group(self, params: dict[str, str], group_id: str) -> web.Response:
        group = self.groups.get(group_id)
        if group is None:
            raise ApiError("not_found", f"отдел {group_id}")
        return web.json_response(group.shape(self.users))

    # -- makecall --------------------------------------------------------------------------------

    def _makecall(self, params: dict[str, str]) -> web.Response:
        phone = params.get("phone", "").strip()
        login = params.get("user", "").strip()
        if not phone or not phone.lstrip("+").isdigit():
            raise ApiError("validation", "phone")
        if not login:
            raise ApiError("validation", "user")
        try:
            user = self._find_user(login)
        except ApiError:
            raise ApiError("validation", f"user {login}") from None
        call = self._new_call("out", phone.lstrip("+"), user, None)
        self._later(self.dial_ring_after, lambda: self._placed(call))
        return web.json_response({"callid": call.callid})

    # -- history ---------------------------------------------------------------------------------

    def _window(self, params: dict[str, str]) -> tuple[datetime, datetime]:
        """4.5: period wins; else start/end; end defaults to today (its end, or its first
        moment when :attr:`end_reading` is ``midnight``), start to end's day; neither: today.
        A window that ends before it starts finds nothing, unless both ends were given."""
        now = datetime.now(UTC)
        period = params.get("period", "").strip()
        if period:
            if period not in PERIODS:
                raise ApiError("validation", f"period {period}")
            return period_bounds(period, now)
        start, end = _moment(params.get("start")), _moment(params.get("end"))
        today, given_end = period_bounds("today", now), end is not None
        if end is None and start is None:
            return today
        if end is None:
            end, day = (today[0] if self.end_reading == "midnight" else today[1]), today[0]
        else:
            day = end.replace(hour=0, minute=0, second=0)
        if start is None:
            start = day
        if start > end and given_end:
            raise ApiError("validation", "start > end")
        return start, end

    def _newest(self, rows: list[Row], params: dict[str, str]) -> list[Row]:
        """``rows`` newest first, as many as ``limit`` asks."""
        rows = sorted(rows, key=lambda c: c.start, reverse=True)
        text = params.get("limit", "").strip()
        if not text:
            return rows
        if not text.isdigit():
            raise ApiError("validation", f"limit {text}")
        return rows[: int(text)]

    def _json(self, rows: list[Row]) -> web.Response:
        return web.json_response([c.shape() for c in rows])

    def _csv(self, rows: list[Row]) -> web.Response:
        text = render_csv([c.csv_cells(self.domain) for c in rows])
        return web.Response(text=text, content_type="text/csv", charset="utf-8")

    def _external(self, params: dict[str, str]) -> list[HistoryCall]:
        kind = params.get("type", "all").strip() or "all"
        if kind not in EXTERNAL_TYPES:
            raise ApiError("validation", f"type {kind}")
        start, end = self._window(params)
        rows = [
            c
            for c in self.history.external
            if start <= c.start <= end
            and (
                kind == "all"
                or (c.status != "success" if kind == "missed" else c.direction == kind)
            )
        ]
        return self._newest(rows, params)

    def _history_json(self, params: dict[str, str]) -> web.Response:
        return self._json(self._external(params))

    def _history_csv(self, params: dict[str, str]) -> web.Response:
        return self._csv(self._external(params))

    def _inner(self, params: dict[str, str]) -> list[InnerCall]:
        kind = params.get("type", "all").strip() or "all"
        if kind not in INNER_TYPES:
            raise ApiError("validation", f"type {kind}")
        start, end = self._window(params)
        rows = [
            c for c in self.history.inner if start <= c.start <= end and kind in ("all", c.status)
        ]
        return self._newest(rows, params)

    def _inner_json(self, params: dict[str, str]) -> web.Response:
        return self._json(self._inner(params))

    def _inner_csv(self, params: dict[str, str]) -> web.Response:
        return self._csv(self._inner(params))


async def _body(request: web.Request) -> dict[str, str]:
    if request.content_type == "application/json":
        try:
            data = await request.json()
        except ValueError:
            raise ApiError("validation", "JSON") from None
        if not isinstance(data, dict):
            raise ApiError("validation", "JSON")
        return {str(k): "" if v is None else str(v) for k, v in data.items()}
    form = await request.post()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def _moment(text: str | None) -> datetime | None:
    if not text or not text.strip():
        return None
    try:
        return datetime.strptime(text.strip(), REQUEST_TIME).replace(tzinfo=UTC)
    except ValueError:
        raise ApiError("validation", f"{text} (YYYYmmddTHHMMSSZ)") from None


def _key_refused(request: web.Request) -> web.Response:
    """A revoked API key: the document's "Invalid token"."""
    return ApiError("invalid_token").response()
