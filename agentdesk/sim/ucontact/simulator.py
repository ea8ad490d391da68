"""A double of uContact's Integra API for one instance with one simulated agent.

Reproduced as the telephony text and the public Agent API describe it (the data and the
readings of answers are in :mod:`agentdesk.sim.ucontact.data`):

- form-encoded POSTs under ``/Integra/resources/``: ``auth/AgentLogin`` (``agent``,
  ``password``: the agent's SIP record as JSON, its ``md5secret`` the key), ``auth/getUserToken``
  (``user``, ``password``: a JSON list whose last element is a token), ``api/AgentLogoff``,
  ``api/AgentBreak`` and ``api/AgentUnBreak`` (``agent``, ``interface``, ``motive``,
  ``message``), ``Agents/AgentCall`` (the call's GUID as text), ``Agents/HungupPhone``,
  ``api/DispositionCall``, ``Agents/TagRecord`` (an empty answer), ``Cdr/getrecords``
  (``lastrow``, ``searchLimit``, ``filter``, ``Random``), ``Supervisor/convert``,
  ``Supervisor/queuesummary`` and ``Supervisor/campaignstatus``;
- ``Authorization: Basic <md5secret>`` (from AgentLogin or getUserToken) or
  ``Authorization: Bearer <token>`` (a portal API token, :attr:`UContactSimulator.token`);
- answers as text (``1``, ``0``, a GUID) or JSON, ``0`` for every failure the text allows;
- recordings under ``/records/`` on the telephony host (this server) and on a second server,
  the backup host (:attr:`UContactSimulator.backup_url`), split across the four places and
  some only as ``.gsm`` until converted.

Our readings, where the texts are silent:

- a request without a known key is HTTP 401 with the text ``Unauthorized``; an unknown path
  is 404; a failure asked for by :meth:`UContactSimulator.fail_next` is the HTTP code given;
- ``AgentLogoff`` ends the agent's session: its ``md5secret`` stops working;
- ``AgentCall`` answers ``0`` when a parameter is missing, the phone is not the agent's, the
  outbound campaign is unknown or the agent is already in a call; it rings the agent, and
  ``outbound_answer_after`` seconds later the customer answers (the two-step call). Its
  ``callerid`` ("the number that the call will go out with") must be in the form; empty, the
  call goes out with the campaign's number (``empty_callerid="accept"``, the default) or is
  refused with ``0`` (``"refuse"``, an instance that wants the number given);
- ``answer_style="variant"`` answers ``getrecords`` in another likely shape
  (:meth:`~agentdesk.sim.ucontact.data.CdrRow.as_variant_json`), since the text shows none;
- ``HungupPhone`` answers ``0`` when the phone has no call; ``AgentBreak`` ``0`` for a motive
  that is not a configured break, ``AgentUnBreak`` ``0`` when the agent is on no break;
- ``DispositionCall`` answers ``0`` for an unknown call or a disposition not in the tree;
  ``schedule`` is ``YYYY-MM-DD HH:MM:SS``;
- every ended outbound call and every answered inbound call is recorded (uContact records
  from the agent's leg): it joins ``getrecords`` and its recording the record store; a call
  the customer gave up before an agent took it is not a recording and is not listed, nor is
  an ``AgentCall`` whose first leg the agent's phone never answered (the text's "two step
  call": the customer is called only once the agent answers);
- ``Supervisor/campaignstatus`` with an empty ``queue`` answers every campaign.
"""

from __future__ import annotations

import base64
import itertools
import json
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from aiohttp import web

from agentdesk.sim.faults import Faults
from agentdesk.sim.server import LoopbackServer
from agentdesk.sim.simulator import Simulator
from agentdesk.sim.ucontact.data import (
    AGENT,
    AGENTS,
    BACKUP,
    BREAKS,
    BREAKS_OPTION,
    CAMPAIGNS,
    COMPANY_NUMBER,
    DISPOSITIONS_OPTION,
    INBOUND,
    OUTBOUND,
    PAGE_SIZE,
    TELEPHONY,
    TIME_FORMAT,
    CallRecords,
    CdrRow,
    RecordStore,
    seed_recordings,
    valid_disposition,
)

API: Final = "/Integra/resources/"
SEEDED_CALLS: Final = 80
TEXT: Final = "text/plain"
NO_AUTH: Final = frozenset({"auth/AgentLogin", "auth/getUserToken"})
ANSWER_STYLES: Final = ("ours", "variant")
EMPTY_CALLERID: Final = ("accept", "refuse")


@dataclass
class LiveCall:
    guid: str
    direction: str  # "in" or "out"
    customer: str
    campaign: str
    started: datetime
    answered: datetime | None = None
    with_agent: bool = False  # an inbound call waits in the queue until an agent takes it

    @property
    def state(self) -> str:
        if not self.with_agent:
            return "waiting"
        return "talking" if self.answered else "ringing"


@dataclass
class Failure:
    status: int
    text: str
    path: str | None


class UContactSimulator(Simulator):
    """One uContact instance on loopback; see the module docstring."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        outbound_answer_after: float = 1.0,
        seed_history: bool = True,
        answer_style: str = "ours",
        empty_callerid: str = "accept",
    ) -> None:
        """``answer_style`` and ``empty_callerid``: how the simulator reads what the text
        leaves open (see the module docstring), ``ours`` and ``accept`` as AgentDesk does."""
        if answer_style not in ANSWER_STYLES:
            raise ValueError(f"answer_style must be ours or variant, got {answer_style!r}")
        if empty_callerid not in EMPTY_CALLERID:
            raise ValueError(f"empty_callerid must be accept or refuse, got {empty_callerid!r}")
        super().__init__(host=host, port=port)
        self.answer_style = answer_style
        self.empty_callerid = empty_callerid
        self.token = token or secrets.token_hex(16)
        """A portal API token, accepted as ``Authorization: Bearer``."""
        self.agent = AGENT.name
        self.password = AGENT.password
        self.phone = AGENT.phone
        self.fullname = AGENT.fullname
        self.campaign = INBOUND
        self.outqueue = OUTBOUND
        self.breaks_option = BREAKS_OPTION
        self.dispositions_option = DISPOSITIONS_OPTION
        self.outbound_answer_after = outbound_answer_after
        self.backup_url = ""
        self.requests: list[tuple[str, dict[str, str]]] = []
        """Every API request: the path after ``/Integra/resources/`` and its form."""
        self.record_requests: list[tuple[str, str]] = []
        """Every recording fetched or looked for: host (telephony/backup) and path."""
        self.keys: dict[str, str] = {}  # md5secret → agent name
        self.logged_in = False
        self.on_break: str | None = None
        self.live_call: LiveCall | None = None
        self.waiting: list[LiveCall] = []
        self.dispositions: list[dict[str, str]] = []
        self.tags: list[dict[str, str]] = []
        self.records = CallRecords()
        self.store = RecordStore()
        self._failures: list[Failure] = []
        self._zeros: list[str] = []
        self._logins = itertools.count(1)
        if seed_history:
            seed_recordings(self.store, self.records.seed(now=datetime.now(), count=SEEDED_CALLS))
        self.faults = Faults(revoked=_key_refused)
        """Faults to make on demand on the telephony host (:mod:`agentdesk.sim.faults`)."""
        self._server = LoopbackServer(self._make_app(TELEPHONY), faults=self.faults)
        self._backup = LoopbackServer(self._make_app(BACKUP))

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        await super().start()
        self.backup_url = await self._backup.start(self.host, 0)

    async def _stop_beside(self) -> None:
        await self._backup.stop()

    # -- what a test or a demo can look at and set ---------------------------------------

    def backend_kwargs(self) -> dict[str, Any]:
        """Keywords for ``UContactBackend`` against this simulator, signed in as the agent."""
        return {
            "base_url": self.url,
            "agent": self.agent,
            "secret": self.password,
            "campaign": self.campaign,
            "outqueue": self.outqueue,
            "backup_host": self.backup_url,
            "breaks": self.breaks_option,
            "dispositions": self.dispositions_option,
        }

    @property
    def free(self) -> bool:
        """Signed in, on no break and in no call: the queue may hand the agent a call."""
        return self.logged_in and self.on_break is None and self.live_call is None

    def disposed_calls(self) -> list[str]:
        """The call (GUID) of every ``DispositionCall`` accepted, oldest first."""
        return [form.get("guid", "") for form in self.dispositions]

    def call_state(self, guid: str) -> str | None:
        """``waiting``, ``ringing`` or ``talking`` while the call lasts, else None."""
        calls = [*self.waiting, *([self.live_call] if self.live_call else [])]
        return next((c.state for c in calls if c.guid == guid), None)

    def paths(self, path: str) -> list[dict[str, str]]:
        """The forms of the requests made to ``path``."""
        return [form for p, form in self.requests if p == path]

    def fail_next(
        self, status: int = 500, text: str = "Internal Server Error", *, path: str | None = None
    ) -> None:
        """The next request (to ``path``, when given) is answered HTTP ``status``."""
        self._failures.append(Failure(status, text, path))

    def answer_zero_next(self, path: str) -> None:
        """The next request to ``path`` fails the uContact way: HTTP 200 and ``0``."""
        self._zeros.append(path)

    def add_record(self, row: CdrRow, location: int | None = None) -> str:
        """A recorded call in the history, its recording at ``location`` (an index of
        :data:`~agentdesk.sim.ucontact.data.LOCATIONS`); the recording's path."""
        self.records.add(row)
        self._notify()
        return self.store.place(row, location)

    # -- control: what happens on the phone, not through the API ---------------------------

    def ring(self, phone: str, *, campaign: str = INBOUND) -> str:
        """A customer calls ``campaign``: they wait in the queue, and ring at the agent when
        the agent is free; returns the call's GUID."""
        call = LiveCall(_guid(), "in", phone, campaign, datetime.now())
        self.waiting.append(call)
        self._offer()
        self._notify()
        return call.guid

    def pick_up(self) -> None:
        """The agent answers the ringing call in uContact's own phone."""
        call = self.live_call
        if call is None or call.answered is not None:
            raise LookupError("no call is ringing")
        call.answered = datetime.now()
        self._notify()

    def customer_hangup(self, guid: str | None = None) -> None:
        """The customer ends their call (the agent's, or one still waiting in the queue)."""
        call = self.live_call
        if guid is not None and (call is None or call.guid != guid):
            waiting = next((c for c in self.waiting if c.guid == guid), None)
            if waiting is None:
                raise LookupError(f"no call {guid}")
            self.waiting.remove(waiting)
            self._notify()
            return
        if call is None:
            raise LookupError("no call to hang up")
        self._end_call(call)

    def agent_leg_unanswered(self) -> None:
        """The agent's phone rings out on the first leg of an ``AgentCall``: the customer is
        never called, so nothing is recorded and ``getrecords`` never lists the call."""
        call = self.live_call
        if call is None or call.direction != "out" or call.answered is not None:
            raise LookupError("no outbound call waiting for the agent's phone")
        self.live_call = None
        self._offer()
        self._notify()

    def set_logged_in(self, logged_in: bool) -> None:
        self.logged_in = logged_in
        self._offer()
        self._notify()

    # -- calls ------------------------------------------------------------------------------

    def _offer(self) -> None:
        if self.free and self.waiting:
            call = self.waiting.pop(0)
            call.with_agent = True
            self.live_call = call

    def _end_call(self, call: LiveCall) -> None:
        ended = datetime.now()
        self.live_call = None
        if call.direction == "out" or call.answered is not None:
            outbound = call.direction == "out"
            row = CdrRow(
                guid=call.guid,
                calldate=call.started.replace(microsecond=0),
                agent=self.agent,
                campaign=call.campaign,
                source=self.phone if outbound else call.customer,
                destination=call.customer if outbound else COMPANY_NUMBER,
                duration=round((ended - call.answered).total_seconds()) if call.answered else 0,
            )
            self.records.add(row)
            self.store.place(row)
        self._offer()
        self._notify()

    def _outbound_answered(self, call: LiveCall) -> None:
        if self.live_call is call and call.answered is None:
            call.answered = datetime.now()
            self._notify()

    # -- HTTP ------------------------------------------------------------------------------

    def _make_app(self, host: str) -> web.Application:
        app = web.Application()
        if host == TELEPHONY:
            app.router.add_post(API + "{path:.+}", self._handle)

        async def record(request: web.Request) -> web.StreamResponse:
            return await self._record(host, request)

        app.router.add_get("/records/{path:.+}", record)
        return app

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.match_info["path"].strip("/")
        form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        self.requests.append((path, form))
        self._notify()
        failure = next((f for f in self._failures if f.path in (None, path)), None)
        if failure is not None:
            self._failures.remove(failure)
            return web.Response(status=failure.status, text=failure.text, content_type=TEXT)
        handler = self._routes().get(path)
        if handler is None:
            return web.Response(status=404, text=f"Not Found: {path}", content_type=TEXT)
        if path not in NO_AUTH and not self._authorized(request.headers.get("Authorization")):
            return web.Response(status=401, text="Unauthorized", content_type=TEXT)
        if path in self._zeros:
            self._zeros.remove(path)
            return _text("0")
        return handler(form)

    def _authorized(self, header: str | None) -> bool:
        scheme, _, key = (header or "").partition(" ")
        if scheme.lower() == "bearer":
            return secrets.compare_digest(key.strip(), self.token)
        return scheme.lower() == "basic" and key.strip() in self.keys

    def _routes(self) -> dict[str, Callable[[dict[str, str]], web.Response]]:
        return {
            "auth/AgentLogin": self._agent_login,
            "auth/getUserToken": self._user_token,
            "api/AgentLogoff": self._agent_logoff,
            "api/AgentBreak": self._agent_break,
            "api/AgentUnBreak": self._agent_unbreak,
            "Agents/AgentCall": self._agent_call,
            "Agents/HungupPhone": self._hungup_phone,
            "api/DispositionCall": self._disposition_call,
            "Agents/TagRecord": self._tag_record,
            "Cdr/getrecords": self._get_records,
            "Supervisor/convert": self._convert,
            "Supervisor/queuesummary": self._queue_summary,
            "Supervisor/campaignstatus": self._campaign_status,
        }

    # -- session -----------------------------------------------------------------------------

    def _new_key(self, agent: str) -> str:
        key = base64.b64encode(f"{agent}:{uuid.uuid4()}".encode()).decode()
        self.keys[key] = agent
        return key

    def _agent_login(self, form: dict[str, str]) -> web.Response:
        agent = AGENTS.get(form.get("agent", ""))
        if agent is None or not secrets.compare_digest(form.get("password", ""), agent.password):
            return _text("0")
        if agent.name == self.agent:
            self.set_logged_in(True)
        record = {
            "id": 9000 + next(self._logins),
            "name": agent.phone,
            "host": "dynamic",
            "type": "friend",
            "accountcode": agent.name,
            "callerid": agent.phone,
            "context": agent.context,
            "md5secret": self._new_key(agent.name),
            "language": "es",
            "phonetype": "SoftPhone",
            "transport": "wss",
            "fullname": agent.fullname,
        }
        return web.json_response(record)

    def _user_token(self, form: dict[str, str]) -> web.Response:
        agent = AGENTS.get(form.get("user", ""))
        if agent is None or not secrets.compare_digest(form.get("password", ""), agent.password):
            return _text("0")
        return web.json_response([{"user": agent.name}, "es", self._new_key(agent.name)])

    def _agent_logoff(self, form: dict[str, str]) -> web.Response:
        if not self._is_agent(form, "interface"):
            return _text("0")
        for key, name in list(self.keys.items()):
            if name == form["agent"]:
                del self.keys[key]
        if form["agent"] == self.agent:
            self.on_break = None
            self.set_logged_in(False)
        return _text("1")

    def _agent_break(self, form: dict[str, str]) -> web.Response:
        if not self._is_agent(form, "interface") or form.get("motive") not in BREAKS:
            return _text("0")
        if form["agent"] == self.agent:
            self.on_break = form["motive"]
            self._notify()
        return _text("1")

    def _agent_unbreak(self, form: dict[str, str]) -> web.Response:
        if not self._is_agent(form, "interface") or not form.get("motive"):
            return _text("0")
        if form["agent"] == self.agent:
            if self.on_break is None:
                return _text("0")
            self.on_break = None
            self._offer()
            self._notify()
        return _text("1")

    def _is_agent(self, form: dict[str, str], phone_key: str) -> bool:
        agent = AGENTS.get(form.get("agent", ""))
        return agent is not None and form.get(phone_key) == agent.phone

    # -- calls ---------------------------------------------------------------------------------

    def _agent_call(self, form: dict[str, str]) -> web.Response:
        needed = ("agent", "phone", "tech", "context", "outqueue", "destination")
        if any(not form.get(k, "").strip() for k in needed) or "callerid" not in form:
            return _text("0")
        if not form["callerid"].strip() and self.empty_callerid == "refuse":
            return _text("0")
        destination = form["destination"].strip()
        if (
            not self._is_agent(form, "phone")
            or form["outqueue"] not in CAMPAIGNS
            or not destination.lstrip("+").isdigit()
        ):
            return _text("0")
        if form["agent"] != self.agent:
            return _text(_guid())  # another agent's phone: nothing to follow here
        if self.live_call is not None:
            return _text("0")
        call = LiveCall(
            _guid(), "out", destination, form["outqueue"], datetime.now(), with_agent=True
        )
        self.live_call = call
        self._later(self.outbound_answer_after, lambda: self._outbound_answered(call))
        self._notify()
        return _text(call.guid)

    def _hungup_phone(self, form: dict[str, str]) -> web.Response:
        if form.get("phone") != self.phone or self.live_call is None:
            return _text("0")
        self._end_call(self.live_call)
        return _text("1")

    def _disposition_call(self, form: dict[str, str]) -> web.Response:
        guid = form.get("guid", "")
        known = self.records.find(guid) is not None or self.call_state(guid) is not None
        levels = (form.get("l1", ""), form.get("l2", ""), form.get("l3", ""))
        schedule = form.get("schedule", "")
        if (
            not known
            or form.get("agent") not in AGENTS
            or form.get("campaign") not in CAMPAIGNS
            or not valid_disposition(*levels)
            or (schedule and not _is_time(schedule))
        ):
            return _text("0")
        self.dispositions.append(dict(form))
        self._notify()
        return _text("1")

    def _tag_record(self, form: dict[str, str]) -> web.Response:
        self.tags.append(dict(form))
        row = self.records.find(form.get("guid", ""))
        if row is not None:
            row.data = form.get("data", "")
        self._notify()
        return _text("")

    # -- recordings and reports ---------------------------------------------------------------

    def _get_records(self, form: dict[str, str]) -> web.Response:
        try:
            query = json.loads(form.get("filter", ""))
            lastrow = int(form.get("lastrow", "0"))
            limit = int(form.get("searchLimit", str(PAGE_SIZE)) or PAGE_SIZE)
            if not isinstance(query, dict) or query.get("type") != "record" or lastrow < 0:
                raise ValueError
            rows = self.records.matching({k: str(v) for k, v in query.items()})
        except ValueError:  # json.JSONDecodeError is one too, as is a wrong date
            return _text("0")
        page = rows[lastrow : lastrow + max(1, min(limit, PAGE_SIZE))]
        if self.answer_style == "variant":
            return web.json_response({"records": [r.as_variant_json() for r in page]})
        return web.json_response([r.as_json() for r in page])

    def _convert(self, form: dict[str, str]) -> web.Response:
        return _text(
            "1" if self.store.convert(form.get("guid", ""), form.get("folder", "")) else "0"
        )

    def _queue_summary(self, form: dict[str, str]) -> web.Response:
        stamp = datetime.now().strftime("%b %d, %Y %I:%M:%S %p")
        action = f"{secrets.randbelow(10**10)}_{secrets.randbelow(10**4)}"
        answer: list[dict[str, Any]] = []
        for campaign in CAMPAIGNS:
            waiting = [c for c in self.waiting if c.campaign == campaign]
            mine = self.live_call is not None and self.live_call.campaign == campaign
            longest = max(
                (round((datetime.now() - c.started).total_seconds()) for c in waiting), default=0
            )
            answer.append(
                {
                    "queue": campaign,
                    "loggedIn": 1 + int(self.logged_in),
                    "available": 1 + int(self.free),
                    "callers": len(waiting),
                    "holdTime": 18 if waiting else 0,
                    "talkTime": 130 if mine else 0,
                    "longestHoldTime": longest,
                    "internalActionId": action,
                    "dateReceived": stamp,
                }
            )
        answer.append({"internalActionId": action, "dateReceived": stamp})
        return web.json_response(answer)

    def _campaign_status(self, form: dict[str, str]) -> web.Response:
        wanted = form.get("queue", "")
        if wanted and wanted not in CAMPAIGNS:
            return web.json_response({})
        answer = {}
        for campaign in [wanted] if wanted else CAMPAIGNS:
            busy = self.live_call is not None and self.live_call.campaign == campaign
            answer[campaign] = {
                "campaign": campaign,
                "availables": 1 + int(self.free),
                "notavailables": 0,
                "paused": int(self.on_break is not None),
                "busy": int(busy),
                "busypaused": 0,
                "totalagents": 2,
                "logged": 1 + int(self.logged_in),
                "onwrapup": 0,
                "completed": len([r for r in self.records.rows if r.campaign == campaign]),
                "abandoned": 0,
                "talked": "00:00:00-0",
                "hold": "00:00:00-0",
                "abandonedlevel": "0",
                "totalcalls": len([r for r in self.records.rows if r.campaign == campaign]),
                "acd": len([c for c in self.waiting if c.campaign == campaign]),
                "servicelevel": "0.0",
                "servicelevel2": "0.0",
                "strategy": "leastrecent",
                "slevelthreshold": "3",
                "wrapup": 0,
            }
        return web.json_response(answer)

    async def _record(self, host: str, request: web.Request) -> web.StreamResponse:
        path = request.match_info["path"]
        self.record_requests.append((host, path))
        self._notify()
        data = self.store.get(host, path)
        if data is None:
            return web.Response(status=404, text="Not Found", content_type=TEXT)
        return web.Response(body=data, content_type="audio/wav")


def _key_refused(request: web.Request) -> web.Response | None:
    """A revoked agent: its key refused (401) and its password too (a sign-in answers ``0``);
    recordings need no key."""
    path = request.path.removeprefix(API).strip("/")
    if not request.path.startswith(API):
        return None
    if path in NO_AUTH:
        return _text("0")
    return web.Response(status=401, text="Unauthorized", content_type=TEXT)


def _text(body: str) -> web.Response:
    return web.Response(text=body, content_type=TEXT)


def _guid() -> str:
    return str(uuid.uuid4())


def _is_time(text: str) -> bool:
    try:
        datetime.strptime(text, TIME_FORMAT)
    except ValueError:
        return False
    return True
