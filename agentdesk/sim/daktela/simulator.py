"""A double of Daktela's HTTP API v3/v4 for one simulated agent.

Reproduced as documented ("Daktela API v3-v4"):

- paths ``/api/{version}/{action}/json`` and ``/api/{version}/{action}/{id}/json``; GET, and
  POST with form parameters merged into the query ones;
- ``access_token`` as a query parameter or a cookie, equal to SHA1(login + password) or to the
  simulator's own 40-hex token; a wrong one gives ``{"error":"Uživatel neexistuje","status":0}``;
- answers ``{"status":1,"error":null,"result":...}`` (``{"error":null,"status":1}`` for the
  actions documented without a result) and errors as HTTP 200 ``{"error":...,"status":0}``;
- ``RTUserState`` with the 3.9 shape (below 4.0) and the 4.0 shape with ``login_oqueues`` and
  ``hash``, held while the caller's ``hash`` is still current (the documented 60 s hold);
- ``GetPauses`` in the 3.0 (``pcode_*``) and 3.3 (``pause``, ``title``, ``type``...) shapes;
- ``PauseOn``/``PauseOff``, ``CreateCall`` (refused unless logged in an outgoing queue),
  ``Answer``, ``Hangup``, ``GetUser``, with the document's Czech error texts where it has them;
- ``SimpleSearchContact`` over a small contact directory (``contacts``);
  ``LastCallNumber``, ``LastCall``, ``StatsCalls``, ``AboutCall`` and ``GetRecording`` over
  the finished calls (``calllog``), with short generated WAV recordings
  (``audio``); ``GetStatuses``, ``CallScriptOpened`` and ``CallScriptClose`` over call
  scripts (``scripts``); ``RTStatsQueuesSummary`` and ``RTStatsQueues`` computed from
  the simulated state;
- array parameters as PHP writes them (``users[]=4``, ``users[0]=4``, ``fields[name]=x``).

Our readings, where the document is silent:

- a logged-out agent gets status 1 with ``agent_state``, ``logintime`` and ``state_time`` null
  and no calls (the document never shows the logged-out answer);
- the 3.0 ``GetPauses`` shape has no ``deleted`` field, so deleted pauses are left out of it;
  the 3.3 shape lists them, as documented ("including the deleted ones");
- ``id_pause``/``onpause`` keep showing a pause the agent was on when a call started
  (an outbound call made while paused), and the agent returns to it after the call without
  a wrap-up; otherwise an answered call in a queue with ``wrapuptime`` > 0 puts the agent on the
  pause of type ``wrap`` for the wrap-up time, then Idle;
- ``PauseOn`` with ``force=yes`` during a call sets the pause the agent returns to when the
  call ends; ``agent_state`` stays the call's until then;
- ``agent_state`` is ``Logged`` when the agent is logged in no queue at all;
- the hash is SHA1 of our own canonical JSON of the result without ``hash`` (the vendor does
  not say what it hashes, only that it changes with the result);
- error texts the document does not give are ours, in Czech like the documented ones;
- the version in the path picks the answer's shape, and what the simulator's ``api_version``
  or that version lacks is refused as :mod:`~agentdesk.sim.daktela.versions` says
  (``unknown_action``); under 3.0, ``CreateCall`` is the "non CC" one: it dials from
  ``extension`` (mandatory) without any queue log-in;
- ``GetRecording`` needs no ``access_token`` (the document's example has none: the recording
  hash is the key), but a token that is given must be right; it answers the WAV bytes with
  ``Content-Type: audio/x-wav`` (``application/octet-stream`` with ``octetstream=true``) and
  an unknown hash with the usual JSON error;
- call scripts (GetStatuses by queue, CallScriptClose's pause by name or id) are read as
  :mod:`~agentdesk.sim.daktela.script_actions` says; the open form does not block
  ``PauseOff`` (the wrap-up timer ends the wrap pause by itself here);
- ``PauseOn`` refuses an agent logged in no queue with the words of the document's
  CallScriptClose example ("...není možné ho dát na pauzu");
- ``GetUsers``, ``RTStatsSessions`` and ``RTStatsCalls`` as
  :mod:`~agentdesk.sim.daktela.sessions` says;
- ``RTStatsQueuesSummary``/``RTStatsQueues`` count the one simulated agent: ready when Idle
  and logged in the queue, busy when in a call of that queue, paused when on any pause;
  ``calls_wait`` counts calls ringing in the queue and ``calls_time`` the longest wait.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import math
import secrets
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from aiohttp import web

from agentdesk.sim.daktela.calllog import CallLog, SimUser
from agentdesk.sim.daktela.contacts import DEMO_CONTACTS
from agentdesk.sim.daktela.day_log import DayActions, DayLog
from agentdesk.sim.daktela.readings import (
    DST_USER_FORMS,
    LOGGED_OUT_USERS,
    NEWEST,
    OPEN_SPELLS,
    PAUSE_FORMS,
    PAUSE_REFUSALS,
    PICKUPS,
    UNKNOWN_ACTION_ANSWERS,
    USERS_STATE_SHAPES,
    Readings,
)
from agentdesk.sim.daktela.records import (
    ALREADY_IN_CALL,
    BAD_VERSION,
    CALL_NOT_FOUND,
    DEMO_PAUSES,
    JSON_ONLY,
    NO_CALL,
    NO_RESULT,
    NO_RINGING_CALL,
    NOT_IN_ANY_QUEUE,
    NOT_IN_OUTGOING_QUEUE,
    NOT_LOGGED_IN,
    PAUSE_DURING_CALL,
    PAUSE_NOT_FOUND,
    QUEUE_NOT_FOUND,
    UNKNOWN_ACTION,
    USER_NOT_FOUND,
    ApiError,
    Params,
    SimCall,
    SimPause,
    SimQueue,
    missing,
    pause_30,
    pause_33,
    stamp,
)
from agentdesk.sim.daktela.reports import ReportActions
from agentdesk.sim.daktela.script_actions import ScriptActions
from agentdesk.sim.daktela.scripts import DEMO_STATUSES, SimScript
from agentdesk.sim.daktela.sessions import SessionActions
from agentdesk.sim.daktela.shift import ShiftActions
from agentdesk.sim.daktela.team import TeamActions, Transfer, demo_colleagues
from agentdesk.sim.daktela.versions import known, parse_version
from agentdesk.sim.faults import Faults
from agentdesk.sim.server import LoopbackServer
from agentdesk.sim.simulator import Simulator

IN_CALL_STATES: Final = frozenset({"Ringing", "Speaking", "On Hold"})

_NO_RESULT: Final = NO_RESULT  # marks the actions documented as {"error":null,"status":1}
SEEDED_CALLS: Final = 40


@dataclass
class _PauseSpell:
    pause: SimPause
    since: datetime = field(default_factory=datetime.now)


class DaktelaSimulator(
    Simulator,
    ReportActions,
    ScriptActions,
    ShiftActions,
    SessionActions,
    TeamActions,
    DayActions,
):
    """One Daktela PBX with one agent, served on loopback; see the module docstring.

    Control methods (``ring``, ``pick_up``...) wake every held ``RTUserState`` at once.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        login: str = "agent",
        password: str = "demo",
        title: str = "Jana Nováková",
        extension: str = "201",
        hold_seconds: float = 60.0,
        wrapup_seconds: float = 5.0,
        outbound_answer_after: float = 2.0,
        outbound_logged: bool = True,
        seed_history: bool = True,
        api_version: str = NEWEST,
        unknown_action: str = UNKNOWN_ACTION_ANSWERS[0],
        pause_by: str = PAUSE_FORMS[0],
        pause_refusal: str = PAUSE_REFUSALS[0],
        dst_user: str = DST_USER_FORMS[0],
        users_state: str = USERS_STATE_SHAPES[0],
        logged_out: str = LOGGED_OUT_USERS[0],
        transfer_answer_after: float | None = 3.0,
        pickup: str = PICKUPS[0],
        open_spells: str = OPEN_SPELLS[0],
    ) -> None:
        """``seed_history`` fills the call log with a week of earlier calls (about 40), so
        that history, last calls and recordings have something to show; the calls the
        simulator handles are logged either way.

        ``api_version``, ``unknown_action``, ``pause_by``, ``pause_refusal``, ``dst_user``,
        ``users_state`` and ``logged_out`` are the simulator's
        :class:`~agentdesk.sim.daktela.readings.Readings` of a document that reads two ways
        (a wrong value is a ValueError). ``transfer_answer_after``: when an attended
        transfer is answered (or rings out), None: only when a test says so
        (:mod:`~agentdesk.sim.daktela.team`)."""
        super().__init__(host=host, port=port)
        self.readings = Readings(
            api_version,
            unknown_action,
            pause_by,
            pause_refusal,
            dst_user,
            users_state,
            logged_out,
            pickup,
            open_spells,
        )
        self.open_spells = open_spells
        self.day_log = DayLog()
        """Pauses and log-ins (StatsUsersPauses, StatsUsersSessions) and sent SMS."""
        self.sms_refusal: str | None = None
        """SendSMS refuses with these words while set (the gateway's refusal)."""
        self._sms_ids = itertools.count(2222)
        self._serves = parse_version(api_version) or (0, 0)
        self.token = token or secrets.token_hex(20)
        self.supervisor_token = secrets.token_hex(20)
        """A supervisor's access token (the company relay's, for RTStatsQueues): accepted
        like the agent's; :attr:`tokens` says whose each request carried."""
        self.tokens: list[str | None] = []
        """Each request's ``access_token``, in the order of :attr:`requests`."""
        self.login = login
        self.password = password
        self.title = title
        self.extension = extension
        self.id_agent = "4"
        self.hold_seconds = hold_seconds
        self.wrapup_seconds = wrapup_seconds
        self.outbound_answer_after = outbound_answer_after
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.versions_asked: list[tuple[str, str]] = []
        """Each request's action and the API version in its path, in order."""
        self.finished_calls: list[dict[str, Any]] = []
        """Ended calls as RTUserState showed them last, plus ``ended`` and ``ended_by``."""

        self.pauses = {p.pause: p for p in DEMO_PAUSES}
        # The API shows whole seconds; the timer uses the exact value so tests can go fast.
        wrapuptime = str(math.ceil(wrapup_seconds)) if wrapup_seconds > 0 else "0"
        self.queues = {
            q.queue: q
            for q in (
                SimQueue("1", "2000", "Support", "in", "in", wrapuptime, rt_logged=True),
                SimQueue("3", "2001", "Sales", "in", "in", wrapuptime, rt_logged=True),
                SimQueue("2", "99990", "Odchozí", "out", "out", wrapuptime, outbound_logged),
                SimQueue("5", "2002", "Outbounder", "outbounder", "out", "0", rt_logged=False),
            )
        }

        self._logintime: datetime | None = datetime.now()
        self._state_time: datetime | None = self._logintime
        self._pause: _PauseSpell | None = None
        self._calls: list[SimCall] = []
        self._call_ids = itertools.count(1)
        self._wrap_timer: asyncio.TimerHandle | None = None

        self._held = 0
        self._held_changed = asyncio.Event()
        self._closing = False

        self.agent = SimUser(self.id_agent, login, title, extension)
        self.colleague = SimUser("7", "dvorak", "Karel Dvořák", "207")
        self.colleagues = demo_colleagues()
        """The other agents RTUsersState lists and Transfer reaches (by login)."""
        self.transfers: list[Transfer] = []
        """Every Transfer accepted, oldest first, with what became of it."""
        self.transfer_answer_after = transfer_answer_after
        self._churn = itertools.count()
        self.contacts = DEMO_CONTACTS
        self._init_shift()
        self.statuses = {s.id: s for s in DEMO_STATUSES}
        self.call_log = CallLog(secrets.token_hex(16))
        """Finished calls (seeded and handled), for StatsCalls, AboutCall, GetRecording..."""
        self.call_script: SimScript | None = None
        """The agent's open call script, if any."""
        self.closed_scripts: list[SimScript] = []
        self._record_ids = itertools.count(70)
        if seed_history:
            self.call_log.seed(
                now=datetime.now(),
                count=SEEDED_CALLS,
                queues=self.queues,
                agent=self.agent,
                colleague=self.colleague,
                contacts=self.contacts,
            )
        if seed_history:
            self.day_log.seed(datetime.now(), ("7", "6"))
        self.day_log.session(True, self._logintime)
        self.faults = Faults(revoked=_token_refused)
        """Faults to make on demand (:mod:`agentdesk.sim.faults`)."""
        self._server = LoopbackServer(self._make_app(), faults=self.faults)

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        self._closing = False
        await super().start()

    async def stop(self) -> None:
        """Release held long-polls, cancel timers and tasks, close the socket."""
        self._closing = True
        self._notify()
        await super().stop()

    # -- what a test can look at -----------------------------------------------------------

    @property
    def state(self) -> str | None:
        """``agent_state`` as RTUserState says it now; None when logged out."""
        if self._logintime is None:
            return None
        if self._calls:
            return self._calls[0].call_state
        if self._pause is not None:
            return "Paused"
        if not any(q.rt_logged for q in self.queues.values()):
            return "Logged"
        return "Idle"

    @property
    def id_pause(self) -> str | None:
        return self._pause.pause.pause if self._pause else None

    def disposed_calls(self) -> list[str]:
        """The call of every call script closed (``CallScriptClose`` accepted), oldest first."""
        return [script.call_id for script in self.closed_scripts]

    def call_state(self, call_id: str) -> str | None:
        """``call_state`` of a live call, or None once it has ended."""
        call = self._find_call(call_id)
        return call.call_state if call else None

    async def wait_for_waiters(self, n: int = 1, timeout: float = 5) -> None:  # noqa: ASYNC109
        """Return once ``n`` RTUserState requests are being held; TimeoutError otherwise."""
        async with asyncio.timeout(timeout):
            while self._held < n:
                await self._held_changed.wait()

    # -- control: what happens on the phone, not through the API ---------------------------

    def ring(self, number: str, *, name: str | None = None, queue_id: str = "1") -> str:
        """An inbound call from ``number`` rings at the agent; returns its ``id_call``."""
        self._require_logged_in()
        if self._calls:
            raise RuntimeError("the agent is already in a call")
        now = datetime.now()
        call = SimCall(self._new_call_id(), "in", number, name, self.queues[queue_id], now, now)
        self._update(lambda: self._calls.append(call))
        return call.id_call

    def abandon(self, call_id: str | None = None) -> None:
        """The caller hangs up before the agent answered (no wrap-up follows)."""
        call = self._current_call(call_id)
        if call is None or call.answered is not None:
            raise LookupError("no ringing call to abandon")
        self._end_call(call, ended_by="customer")

    def pick_up(self) -> None:
        """The agent answered the ringing inbound call on the desk phone."""
        call = self._current_call()
        if call is None or call.direction != "in" or call.call_state != "Ringing":
            raise LookupError("no inbound call is ringing")
        self._answer(call)

    def customer_hangup(self) -> None:
        """The customer ends the current call, answered or not."""
        call = self._current_call()
        if call is None:
            raise LookupError("no call to hang up")
        self._end_call(call, ended_by="customer")

    def set_pause(self, pause_id: str | None) -> None:
        """A supervisor or the desk phone changed the pause; None means Idle."""
        self._require_logged_in()
        if pause_id is None:
            self._update(self._clear_pause)
        else:
            self._update(lambda: self._enter_pause(self.pauses[pause_id]))

    def set_queue_logged(self, queue_id: str, logged: bool) -> None:
        """Log the agent in or out of one queue (``rt_logged``)."""
        self._update(lambda: setattr(self.queues[queue_id], "rt_logged", logged))

    def log_out(self) -> None:
        if self._calls:
            raise RuntimeError("the agent is in a call")

        self._leave()

    def _leave(self) -> None:
        def leave() -> None:
            self._clear_pause()
            self._logintime = None
            self.day_log.session(False)

        self._update(leave)

    def log_in(self) -> None:
        if self._logintime is None:
            self._update(lambda: setattr(self, "_logintime", datetime.now()))
            self.day_log.session(True, self._logintime)

    # -- state changes ---------------------------------------------------------------------

    def _update(self, change: Callable[[], None]) -> None:
        """Apply ``change``; stamp ``state_time`` if the state or pause moved; wake waiters."""
        before = (self.state, self.id_pause)
        change()
        after = (self.state, self.id_pause)
        if before != after:
            self._state_time = datetime.now() if after[0] is not None else None
        self._notify()

    def _enter_pause(self, pause: SimPause) -> None:
        self._cancel_wrap()
        self._pause = _PauseSpell(pause)
        self.day_log.pause(pause.pause)

    def _clear_pause(self) -> None:
        self._cancel_wrap()
        self._pause = None
        self.day_log.pause(None)

    def _cancel_wrap(self) -> None:
        if self._wrap_timer is not None:
            self._background.cancel(self._wrap_timer)
            self._wrap_timer = None

    def _answer(self, call: SimCall) -> None:
        def answer() -> None:
            call.call_state = "Speaking"
            call.answered = datetime.now()
            self._open_script(call)

        self._update(answer)

    def _open_script(self, call: SimCall) -> None:
        now = datetime.now()
        self.call_script = SimScript(
            record=next(self._record_ids),
            call_id=call.id_call,
            queue=call.queue,
            user_id=self.id_agent,
            number=call.clid,
            created=now,
            edited=now,
        )

    def _end_call(self, call: SimCall, *, ended_by: str) -> None:
        ended = datetime.now()
        record = call.as_vendor() | {"ended": stamp(ended), "ended_by": ended_by}
        self.finished_calls.append(record)
        self.call_log.add(
            id_call=call.id_call,
            direction=call.direction,
            clid=call.clid,
            queue=call.queue,
            user=self.agent,
            entered=call.entered,
            answered=call.answered,
            ended=ended,
            ended_by_agent=ended_by == "agent",
        )
        wrap = next((p for p in self.pauses.values() if p.type == "wrap" and not p.deleted), None)
        wrap_up = (
            call.answered is not None
            and self._pause is None
            and int(call.queue.wrapuptime or "0") > 0
            and self.wrapup_seconds > 0
            and wrap is not None
        )

        def end() -> None:
            self._calls.remove(call)
            if wrap_up and wrap is not None:
                self._enter_pause(wrap)
                self._wrap_timer = self._later(self.wrapup_seconds, self._end_wrap_up)

        self._update(end)

    def _in_wrap(self) -> bool:
        return self._pause is not None and self._pause.pause.type == "wrap"

    def _end_wrap_up(self) -> None:
        self._wrap_timer = None
        if self._in_wrap():
            self._update(self._clear_pause)

    def _outbound_answered(self, call_id: str) -> None:
        call = self._find_call(call_id)
        if call is not None and call.answered is None:
            self._answer(call)

    def _new_call_id(self) -> str:
        return f"{int(time.time())}.{next(self._call_ids)}"

    def _find_call(self, call_id: str) -> SimCall | None:
        return next((c for c in self._calls if c.id_call == call_id), None)

    def _current_call(self, call_id: str | None = None) -> SimCall | None:
        if call_id is not None:
            return self._find_call(call_id)
        return self._calls[0] if self._calls else None

    def _require_logged_in(self) -> None:
        if self._logintime is None:
            raise RuntimeError("the agent is logged out")

    # -- HTTP ------------------------------------------------------------------------------

    def _make_app(self) -> web.Application:
        app = web.Application()
        for path in ("/api/{version}/{action}/{format}", "/api/{version}/{action}/{id}/{format}"):
            app.router.add_get(path, self._handle)
            app.router.add_post(path, self._handle)
        return app

    async def _handle(self, request: web.Request) -> web.Response:
        pairs = list(request.query.items())
        if request.method == "POST":
            form = await request.post()
            pairs.extend((k, v) for k, v in form.items() if isinstance(v, str))
        token = next((v for k, v in reversed(pairs) if k == "access_token"), None)
        token = token or request.cookies.get("access_token")
        params = Params([(k, v) for k, v in pairs if k != "access_token"])
        action = request.match_info["action"]
        self.requests.append((action, dict(params)))
        self.tokens.append(token)
        self._notify()  # a test may wait for a request (the company relay's poll)
        self.versions_asked.append((action, request.match_info["version"]))
        try:
            # The vendor also serves xml; we only simulate json and refuse the rest.
            if request.match_info["format"] != "json":
                raise ApiError(JSON_ONLY)
            version = parse_version(request.match_info["version"])
            if version is None:
                raise ApiError(BAD_VERSION)
            if not known(action, version, self._serves):
                return self._unknown(action)
            if action == "GetRecording" and token is None:
                return self._get_recording(params)
            if token not in (self.token, self._sha1_token(), self.supervisor_token):
                raise ApiError(USER_NOT_FOUND)
            if action == "GetRecording":
                return self._get_recording(params)
            result = await self._actions()[action](params, version, request.match_info.get("id"))
        except ApiError as error:
            return web.json_response({"error": str(error), "status": 0})
        if result is _NO_RESULT:
            return web.json_response({"error": None, "status": 1})
        return web.json_response({"status": 1, "error": None, "result": result})

    def _unknown(self, action: str) -> web.Response:
        """An action the version asked (or served) lacks, refused as ``unknown_action`` says."""
        if self.readings.unknown_action == "404":
            return web.Response(status=404, text="404: Not Found")
        return web.json_response({"error": f"{UNKNOWN_ACTION} {action}", "status": 0})

    def _sha1_token(self) -> str:
        return hashlib.sha1((self.login + self.password).encode()).hexdigest()

    def _actions(self) -> dict[str, _Action]:
        return {
            "RTUserState": self._rt_user_state,
            "GetPauses": self._get_pauses,
            "PauseOn": self._pause_on,
            "PauseOff": self._pause_off,
            "CreateCall": self._create_call,
            "Answer": self._answer_action,
            "Hangup": self._hangup,
            "GetUser": self._get_user,
            "GetUsers": self._get_users,
            "RTStatsSessions": self._rt_stats_sessions,
            "RTStatsCalls": self._rt_stats_calls,
            "SimpleSearchContact": self._simple_search_contact,
            "LastCallNumber": self._last_call_number,
            "LastCall": self._last_call,
            "StatsCalls": self._stats_calls,
            "AboutCall": self._about_call,
            "GetStatuses": self._get_statuses,
            "CallScriptOpened": self._call_script_opened,
            "CallScriptClose": self._call_script_close,
            "RTStatsQueuesSummary": self._rt_stats_queues_summary,
            "RTStatsQueues": self._rt_stats_queues,
            "LoginQueue": self._login_queue,
            "LogoutQueue": self._logout_queue,
            "RTUsersState": self._rt_users_state,
            "GetQueues": self._get_queues,
            "Transfer": self._transfer,
            "PickupFromQueue": self._pickup_from_queue,
            "Login": self._login,
            "Logout": self._logout,
            "DeviceStates": self._device_states,
            "StatsUsersPauses": self._stats_users_pauses,
            "StatsUsersSessions": self._stats_users_sessions,
            "SendSMS": self._send_sms,
        }

    def _check_agent(self, params: dict[str, str]) -> None:
        """The documented ``user`` or ``extension`` (either one) must name our agent."""
        user, extension = params.get("user"), params.get("extension")
        if user is None and extension is None:
            raise ApiError(missing("user"))
        if user is not None and user != self.login:
            raise ApiError(USER_NOT_FOUND)
        if user is None and extension != self.extension:
            raise ApiError(USER_NOT_FOUND)

    # -- actions ---------------------------------------------------------------------------

    async def _rt_user_state(
        self, params: dict[str, str], version: tuple[int, int], item_id: str | None
    ) -> object:
        self._check_agent(params)
        if version < (4, 0):
            return self._rt_result(with_queues=False)
        wanted = params.get("hash")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.hold_seconds
        result = self._rt_result(with_queues=True)
        while wanted == result["hash"] and not self._closing:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            await self._hold(remaining)
            result = self._rt_result(with_queues=True)
        return result

    async def _hold(self, seconds: float) -> None:
        changed = self._changed
        self._set_held(+1)
        try:
            async with asyncio.timeout(seconds):
                await changed.wait()
        except TimeoutError:
            pass
        finally:
            self._set_held(-1)

    def _set_held(self, delta: int) -> None:
        self._held += delta
        self._held_changed.set()
        self._held_changed = asyncio.Event()

    def _rt_result(self, *, with_queues: bool) -> dict[str, Any]:
        logged_in = self._logintime is not None
        result: dict[str, Any] = {
            "agent_name": self.login,
            "agent_title": self.title,
            "id_agent": self.id_agent,
            "exten": self.extension,
            "logintime": stamp(self._logintime),
            "agent_state": self.state,
            "state_time": stamp(self._state_time) if logged_in else None,
            "id_pause": self.id_pause,
            "onpause": stamp(self._pause.since) if self._pause else None,
            "calls": [c.as_vendor() for c in self._calls],
            "callscript_opened": str(self.call_script.record) if self.call_script else None,
        }
        if with_queues:
            result["login_oqueues"] = [
                q.as_oqueue() | {"rt_logged": q.rt_logged and logged_in}
                for q in self.queues.values()
            ]
            canonical = json.dumps(result, sort_keys=True, separators=(",", ":"))
            result["hash"] = hashlib.sha1(canonical.encode()).hexdigest()
        return result

    async def _get_pauses(
        self, params: dict[str, str], version: tuple[int, int], item_id: str | None
    ) -> object:
        pauses = list(self.pauses.values())
        if item_id is not None:
            pauses = [p for p in pauses if p.pause == item_id]
        shape = pause_33 if version >= (3, 3) else pause_30
        if version < (3, 3):
            pauses = [p for p in pauses if not p.deleted]
        if item_id is not None and not pauses:
            raise ApiError(PAUSE_NOT_FOUND)
        return {p.pause: shape(p) for p in pauses}

    async def _pause_on(
        self, params: dict[str, str], version: tuple[int, int], item_id: str | None
    ) -> object:
        self._check_agent(params)
        pause_id = params.get("pause")
        if not pause_id:
            raise ApiError(missing("pause"))
        pause = self.pauses.get(pause_id)
        if pause is None or pause.deleted:
            raise ApiError(PAUSE_NOT_FOUND)
        self._require_logged_in_api()
        if not any(q.rt_logged for q in self.queues.values()):
            raise ApiError(NOT_IN_ANY_QUEUE)  # the document's words, from CallScriptClose's cc
        if self.state in IN_CALL_STATES and params.get("force") != "yes":
            raise ApiError(PAUSE_DURING_CALL)
        self._update(lambda: self._enter_pause(pause))
        return _NO_RESULT

    async def _login_queue(
        self, params: dict[str, str], version: tuple[int, int], item_id: str | None
    ) -> object:
        """``LoginQueue`` (user, queue): the document's example passes the queue's number."""
        self._check_agent(params)
        queue = self._queue_named(params)
        self._update(lambda: setattr(queue, "rt_logged", True))
        return _NO_RESULT

    async def _logout_queue(
        self, params: dict[str, str], version: tuple[int, int], item_id: str | None
    ) -> object:
        self._check_agent(params)
        queue = self._queue_named(params)
        busy = next((c for c in self._calls if c.queue is queue), None)
        if busy is not None:
            # The document's own refusal, word for word.
            raise ApiError(
                f"Nelze se odhlasit z fronty/kampaně, ve které probíhá hovor s číslem {busy.clid}"
            )
        self._update(lambda: setattr(queue, "rt_logged", False))
        return _NO_RESULT

    def _queue_named(self, params: dict[str, str]) -> SimQueue:
        wanted = params.get("queue")
        if not wanted:
            raise ApiError(missing("queue"))
        for queue in self.queues.values():
            if wanted in (queue.name, queue.queue):
                return queue
        raise ApiError(QUEUE_NOT_FOUND)

    async def _pause_off(
        self, params: dict[str, str], version: tuple[int, int], item_id: str | None
    ) -> object:
        self._check_agent(params)
        self._require_logged_in_api()
        self._update(self._clear_pause)
        return _NO_RESULT

    async def _create_call(
        self, params: dict[str, str], version: tuple[int, int], item_id: str | None
    ) -> object:
        if version < (3, 1):
            return await self._create_extension_call(params)
        self._check_agent(params)
        number = params.get("number")
        if not number:
            raise ApiError(missing("number"))
        logged_out = self._logintime is None
        if logged_out or not any(
            q.direction == "out" and q.rt_logged for q in self.queues.values()
        ):
            raise ApiError(NOT_IN_OUTGOING_QUEUE)
        queue = self._outgoing_queue(params.get("queue"))
        return self._place_call(number, queue)

    async def _create_extension_call(self, params: dict[str, str]) -> object:
        """3.0's "Create outbound call ( non CC )": ``extension`` and ``number`` mandatory,
        no call-centre log-in needed (the call is shown in the outgoing queue all the same)."""
        extension, number = params.get("extension"), params.get("number")
        if not extension:
            raise ApiError(missing("extension"))
        if not number:
            raise ApiError(missing("number"))
        if extension != self.extension:
            raise ApiError(USER_NOT_FOUND)
        queue = next(q for q in self.queues.values() if q.direction == "out")
        return self._place_call(number, queue)

    def _place_call(self, number: str, queue: SimQueue) -> dict[str, str]:
        if self._calls:
            raise ApiError(ALREADY_IN_CALL)
        now = datetime.now()
        call = SimCall(self._new_call_id(), "out", number, None, queue, now, now)
        self._update(lambda: self._calls.append(call))
        self._later(self.outbound_answer_after, lambda: self._outbound_answered(call.id_call))
        return {"id_call": call.id_call}

    def _outgoing_queue(self, wanted: str | None) -> SimQueue:
        """The queue named in ``queue`` (id or number), else the one the agent is logged in."""
        outgoing = [q for q in self.queues.values() if q.direction == "out"]
        if wanted is None:
            return next(q for q in outgoing if q.rt_logged)
        for queue in outgoing:
            if wanted in (queue.queue, queue.name):
                return queue
        raise ApiError(QUEUE_NOT_FOUND)

    async def _answer_action(
        self, params: dict[str, str], version: tuple[int, int], item_id: str | None
    ) -> object:
        self._check_agent(params)
        call = self._current_call()
        if call is None or call.direction != "in" or call.call_state != "Ringing":
            raise ApiError(NO_RINGING_CALL)
        self._answer(call)
        return {
            "calling_number": call.clid,
            "calling_queue": call.queue.name,
            "calling_queue_name": call.queue.title,
            "id_call": call.id_call,
        }

    async def _hangup(
        self, params: dict[str, str], version: tuple[int, int], item_id: str | None
    ) -> object:
        call_id = params.get("call")
        if call_id is None:
            self._check_agent(params)
            call = self._current_call()
            if call is None:
                raise ApiError(NO_CALL)
        else:
            call = self._find_call(call_id)
            if call is None:
                raise ApiError(CALL_NOT_FOUND)
        self._end_call(call, ended_by="agent")
        return _NO_RESULT

    async def _get_user(
        self, params: dict[str, str], version: tuple[int, int], item_id: str | None
    ) -> object:
        # The shape of the document's CreateUser/GetUsers answers, password included as there.
        return {
            "user": self.id_agent,
            "role": "role_agent",
            "profile": "profile_agent",
            "name": self.login,
            "title": self.title,
            "description": "",
            "password": self.password,
            "email": "",
            "deleted": "0",
        }

    def _require_logged_in_api(self) -> None:
        if self._logintime is None:
            raise ApiError(NOT_LOGGED_IN)


_Action = Callable[[Params, tuple[int, int], str | None], Coroutine[Any, Any, object]]


def _token_refused(request: web.Request) -> web.Response:
    """A revoked token, as Daktela refuses a wrong one."""
    return web.json_response({"error": USER_NOT_FOUND, "status": 0})
