"""uContact by Integra: the Integra REST API (``https://{instance}/Integra/resources/...``).

The wire (form POSTs, ``0`` answers) is :mod:`~agentdesk.backends.ucontact.wire`; the answers'
shapes :mod:`~agentdesk.backends.ucontact.parse`; the profile's lists (breaks, disposition
tree, extra data) :mod:`~agentdesk.backends.ucontact.options`; the recording search
:mod:`~agentdesk.backends.ucontact.records`; what the backend knows of the agent
:mod:`~agentdesk.backends.ucontact.live`. What each capability uses:

- sign-in: ``auth/AgentLogin`` (``agent``, ``password``) gives the ``md5secret`` sent as
  ``Authorization: Basic``, the agent's phone (``callerid``) and dial context; or, with the
  profile option ``auth=token``, a portal API token sent as ``Authorization: Bearer`` (then
  the ``phone`` and ``context`` options must say what the login would have). ``aclose()``
  logs the agent off (``api/AgentLogoff``) when it signed them in, unless ``logoff=no``;
- pauses: ``api/AgentBreak`` / ``api/AgentUnBreak`` with ``motive``, one of the profile's
  ``breaks`` (the API lists none); the pause id is the motive;
- click-to-call: ``Agents/AgentCall`` (``callerid``, ``agent``, ``phone``, ``tech``,
  ``context``, ``outqueue``, ``destination``) answers the call's GUID; hang up:
  ``Agents/HungupPhone`` (``phone``). ``callerid`` is "the number that the call will go out
  with": the profile's ``callerid`` option, never the agent's own phone (an extension the
  customer cannot call back). The text marks no parameter optional, so without the option
  the form still carries it, empty (as the text's own JSON examples leave unused values
  ``""``): uContact then calls out with the outbound campaign's number. Should an instance
  refuse that (``0``), the error says to set ``callerid``;
- disposition: ``api/DispositionCall`` with the outcome's levels ``l1``/``l2``/``l3`` from the
  profile's ``dispositions`` tree, ``d1``/``d2``, ``comment`` and ``schedule`` (a call-back);
  a recording tag with ``Agents/TagRecord`` when the profile offers the field (``tag_title``)
  and the agent writes one;
- history: ``Cdr/getrecords`` with the filter object, 50 rows a page (``lastrow``);
  recordings: the four places, the ``.gsm`` and ``Supervisor/convert``;
- queue figures: ``Supervisor/queuesummary``, and ``Supervisor/campaignstatus`` for the
  agent's campaign when the summary leaves it out.

No per-agent live feed is documented, so LIVE_STATE is not declared: the status is what the
backend set (breaks) and the calls it placed. While such a call lasts, ``watch()`` looks at
the agent's recorded calls every ``call_poll_seconds`` (±20 % at random, so that agents do not
poll in step: :mod:`~agentdesk.backends.polling`) and ends the call once uContact lists it
(the customer hung up), or, unlisted, at its bound (:mod:`~agentdesk.backends.live_calls`);
otherwise it waits for the backend's own changes and sends nothing,
so whether the window is shown changes nothing here.
Calls that ring at the agent are never seen live: they show in the history afterwards.
ANSWER, TRANSFER, CANCEL_DIAL (``AgentCall`` dials at once), caller look-up and queue log-in
are not documented.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Final, TypeVar
from urllib.parse import urlsplit

import httpx

from agentdesk.backends import wall_clock
from agentdesk.backends.answer_shapes import ShapeNotes
from agentdesk.backends.live_calls import LiveLimits
from agentdesk.backends.polling import PollSchedule, Regime
from agentdesk.backends.tracked_status import TrackedStatus
from agentdesk.backends.ucontact import parse
from agentdesk.backends.ucontact.live import KnownStatus
from agentdesk.backends.ucontact.options import (
    AUTH_MODES,
    MIN_POLL_SECONDS,
    Break,
    backend_options,
    disposition_levels,
    parse_breaks,
    parse_data_fields,
    parse_dispositions,
)
from agentdesk.backends.ucontact.records import RecordingSearch
from agentdesk.backends.ucontact.spec import SPEC
from agentdesk.backends.ucontact.wire import UContactWire
from agentdesk.backends.watch_loop import InCallLooks, Looks, PollingBackend
from agentdesk.core import (
    AgentDeskError,
    AgentStatus,
    AuthenticationError,
    CallRecord,
    Capability,
    ConfigurationError,
    DialResult,
    Disposition,
    DispositionField,
    DispositionForm,
    FieldKind,
    MalformedResponseError,
    Pause,
    QueueFigures,
    Recording,
    SavedWithProblemError,
    Unavailable,
    VendorError,
)
from agentdesk.core.recent import Recent
from agentdesk.core.translate import QT_TRANSLATE_NOOP
from agentdesk.redaction import register_secret

log = logging.getLogger(__name__)
_T = TypeVar("_T")

PAGE_SIZE: Final = 50
DEFAULT_TECH: Final = "SIP"
DEFAULT_POLL_SECONDS: Final = 5.0
TIME_FORMAT: Final = "%Y-%m-%d %H:%M:%S"
TAG_FIELD: Final = "tag"
RECORDING_LOOKBACK: Final = timedelta(days=31)  # how far back the day of a recording is sought
LOGOFF_MESSAGE: Final = "AgentDesk closed"
SHIFT_LOGOFF_MESSAGE: Final = "Logged off in AgentDesk"
LOGGED_OFF: Final = "the agent is logged off from uContact: log in first"
PASSWORD_LOGIN_ONLY: Final = QT_TRANSLATE_NOOP(
    "VendorText",
    "uContact logs an agent in with their password (AgentLogin); this profile signs in with "
    "a portal token (auth=token).",
)
GUIDE: Final = "docs/vendors/ucontact.md"  # where the answers' assumed shapes are listed


class UContactBackend(PollingBackend):
    vendor = SPEC.key
    display_name = SPEC.display_name
    # Everything the document supports; an instance keeps what its profile makes possible.
    capabilities = frozenset(
        {Capability.PAUSE, Capability.DIAL, Capability.HANGUP, Capability.DISPOSITION}
        | {Capability.HISTORY, Capability.RECORDINGS, Capability.QUEUE_STATS}
        | {Capability.SHIFT_LOGIN, Capability.SHIFT_LOGOUT}
        | {Capability.MY_DAY}  # the day's calls from getrecords (Backend.today)
    )

    def __init__(
        self,
        *,
        base_url: str,
        agent: str,
        secret: str,
        auth: str = "password",
        phone: str | None = None,
        callerid: str | None = None,
        campaign: str | None = None,
        outqueue: str | None = None,
        context: str | None = None,
        tech: str = DEFAULT_TECH,
        telephony_host: str | None = None,
        backup_host: str | None = None,
        breaks: str = "",
        dispositions: str = "",
        data_fields: str = "",
        tag_title: str = "",
        timezone: str | None = None,
        call_poll_seconds: float = DEFAULT_POLL_SECONDS,
        logoff: bool = True,
        poll_schedule: PollSchedule | None = None,
        live_limits: LiveLimits | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """``agent`` is the agent's uContact user name, ``secret`` its password (or, with
        ``auth="token"``, a portal API token). ``phone`` and ``context`` default to what
        AgentLogin says; ``callerid`` (the number customers see) to none (sent empty);
        ``telephony_host`` to the instance's own address. ``tag_title`` names the wrap-up's
        recording-tag field (``TagRecord``); empty, the wrap-up has none. ``poll_schedule``
        None: ``call_poll_seconds`` as the in-call interval (the only one: nothing is polled
        between calls), never below
        :data:`~agentdesk.backends.ucontact.options.MIN_POLL_SECONDS` (unless it is).
        ``live_limits`` None: the live calls' usual bounds."""
        if not base_url.startswith(("http://", "https://")):
            raise ConfigurationError(
                f"uContact URL must look like https://company.ucontactcloud.com, got {base_url!r}"
            )
        if not agent.strip():
            raise ConfigurationError("uContact needs the agent's user name as the user")
        if not secret:
            raise ConfigurationError(
                "uContact needs the agent's password (or a portal API token) as the secret"
            )
        if auth not in AUTH_MODES:
            raise ConfigurationError(f"uContact auth must be password or token, got {auth!r}")
        if call_poll_seconds <= 0:
            raise ConfigurationError("uContact call_poll_seconds must be above 0")
        self.agent = agent.strip()
        self.auth = auth
        self._secret = secret
        self.phone = phone or None
        self.callerid = callerid or None
        self.campaign = campaign or None
        self.outqueue = outqueue or None
        self.context = context or None
        self.tech = tech or DEFAULT_TECH
        self.breaks = parse_breaks(breaks)
        self.outcomes = parse_dispositions(dispositions)
        self.data_fields = parse_data_fields(data_fields)
        self.tag_title = tag_title.strip()
        super().__init__(
            poll_schedule
            or PollSchedule(
                idle=call_poll_seconds,
                active=call_poll_seconds,
                floor=min(MIN_POLL_SECONDS, call_poll_seconds),
                spread_start=False,  # calls start at their own moments: no need to spread them
            )
        )
        self.poll_seconds = self.poll_schedule.interval(Regime.ACTIVE)
        self.logoff = logoff
        self._tz = wall_clock.time_zone(timezone)
        origin = _origin(base_url)
        self._wire = UContactWire(base_url=base_url, transport=transport)
        self._records = RecordingSearch(
            self._wire,
            telephony=_host_url(telephony_host, "telephony_host") if telephony_host else origin,
            backup=_host_url(backup_host, "backup_host") if backup_host else None,
        )
        self._known = KnownStatus(agent=self.agent, clock=self._now, limits=live_limits)
        self.shapes = ShapeNotes("uContact", GUIDE)
        """What was said of answers that did not fit the shapes AgentDesk assumed."""
        self._signed_in = False
        self._logged_in_here = False
        self._sign_in_lock = asyncio.Lock()
        self._calls: Recent[str, tuple[date, str, str]] = Recent()  # guid → day, number, campaign
        self._offer_with_options(
            (Capability.PAUSE, "breaks", bool(self.breaks)),
            (Capability.DIAL, "outqueue", bool(self.outqueue)),
            (Capability.DISPOSITION, "dispositions", bool(self.outcomes)),
        )
        self._logged_off = False  # by the agent (shift_logout): nothing signs them in again
        if self.auth == "token":
            self.capabilities -= {Capability.SHIFT_LOGIN}
            self.unavailable = MappingProxyType(
                {**self.unavailable, Capability.SHIFT_LOGIN: Unavailable(PASSWORD_LOGIN_ONLY)}
            )

    @classmethod
    def from_options(
        cls, *, url: str, user: str, secret: str, options: Mapping[str, str]
    ) -> UContactBackend:
        """A backend from a profile's text options (``create_backend``)."""
        return cls(base_url=url, agent=user, secret=secret, **backend_options(options))

    # -- the backend contract -----------------------------------------------------------------

    async def status(self) -> AgentStatus:
        if not self._logged_off:
            await self._sign_in()
        return self._known.status

    # -- the watch loop (agentdesk.backends.watch_loop) ---------------------------------------

    async def _open(self) -> None:
        if not self._logged_off:  # logged off, the stream shows it and waits for a log-in
            await self._sign_in()

    @property
    def _tracked(self) -> TrackedStatus:
        return self._known

    def _looks(self, clock: Callable[[], float]) -> Looks:
        # Only the calls the backend placed can end unseen: nothing to look for between them.
        return InCallLooks(self.poll_schedule, self._call_live, clock)

    async def _look(self) -> None:
        await self._end_listed_calls()

    def set_attention(self, visible: bool) -> None:
        """Nothing to slow down: looks are made only while a call lasts."""

    async def pauses(self) -> list[Pause]:
        self._require(Capability.PAUSE)
        return [b.as_pause() for b in self.breaks]

    async def pause(self, pause_id: str) -> None:
        """``pause_id`` is a break's motive: one of the profile's, or any uContact knows."""
        self._require(Capability.PAUSE)
        chosen = next((b for b in self.breaks if b.motive == pause_id), None)
        if chosen is None:
            if not pause_id.strip():
                raise ConfigurationError("uContact breaks are names, got an empty one")
            chosen = Break(pause_id.strip(), pause_id.strip())
        await self._agent_form("api/AgentBreak", {"motive": chosen.motive, "message": ""})
        self._queue(self._known.set_break(chosen))

    async def unpause(self) -> None:
        """``AgentUnBreak`` with the motive of the break the backend set; not knowing it (a
        fresh start), the first of the profile's breaks: uContact ends the agent's break
        whatever it was, and the motive goes to its log."""
        self._require(Capability.PAUSE)
        current = self._known.current_break or self.breaks[0]
        await self._agent_form("api/AgentUnBreak", {"motive": current.motive, "message": ""})
        self._queue(self._known.set_break(None))

    async def dial(self, number: str) -> DialResult:
        """``AgentCall``: uContact rings the agent's phone, then the customer; ``call_id`` is
        the call's GUID."""
        self._require(Capability.DIAL)
        destination = "".join(ch for ch in number if ch.isdigit() or ch == "+")
        if not destination.lstrip("+"):
            raise ConfigurationError(f"{number!r} is not a phone number")
        await self._sign_in()
        phone, context = self._phone(), self.context
        if not context:
            raise ConfigurationError(
                "uContact needs the agent's dial context: set the profile option context"
            )
        assert self.outqueue is not None
        form = {
            "callerid": self.callerid or "",
            "agent": self.agent,
            "phone": phone,
            "tech": self.tech,
            "context": context,
            "outqueue": self.outqueue,
            "destination": destination,
        }
        guid = await self._agent_call(form)
        self._calls[guid] = (self._now().date(), destination, self.outqueue)
        self._queue(self._known.placed(guid, destination, self.outqueue))
        return DialResult(call_id=guid, extra={"via": "agent_call"})

    async def _agent_call(self, form: Mapping[str, str]) -> str:
        try:
            return await self._with_key(lambda: self._wire.text("Agents/AgentCall", form))
        except VendorError as exc:
            if form["callerid"] or isinstance(exc, MalformedResponseError):
                raise  # a 0 says nothing more; only then may the missing number be why
            raise VendorError(
                f"{exc.vendor_message}; no number to call out with was sent: if uContact "
                "needs one, set the profile option callerid",
                action=exc.action,
            ) from exc

    async def hangup(self) -> None:
        """``HungupPhone`` on the agent's phone. Its ``0`` ("no call") after a call the
        backend placed means the call is over already: the call ends without an error."""
        self._require(Capability.HANGUP)
        await self._sign_in()
        phone = self._phone()
        try:
            await self._with_key(lambda: self._wire.done("Agents/HungupPhone", {"phone": phone}))
        except VendorError:
            if not self._known.live_calls:
                raise
        self._queue(self._known.end_calls())

    async def disposition_form(self, call_id: str) -> DispositionForm | None:
        self._require(Capability.DISPOSITION)
        known = self._calls.get(call_id)
        fields = [*self.data_fields]
        if self.tag_title:
            fields.append(
                DispositionField(name=TAG_FIELD, title=self.tag_title, kind=FieldKind.TEXT)
            )
        return DispositionForm(
            call_id=call_id,
            statuses=self.outcomes,
            fields=tuple(fields),
            number=known[1] if known else None,
            accepts_note=True,
            accepts_callback=True,
            accepts_pause=bool(self.breaks),
        )

    async def dispose(self, disposition: Disposition) -> None:
        """``DispositionCall``; then ``TagRecord`` and the break, whose failures raise
        SavedWithProblemError (the disposition is stored: saving again would repeat it)."""
        self._require(Capability.DISPOSITION)
        call_id = disposition.call_id
        l1, l2, l3 = disposition_levels(disposition.status_id)
        then = None
        if disposition.then_pause:
            then = next((b for b in self.breaks if b.motive == disposition.then_pause), None)
            then = then or Break(disposition.then_pause, disposition.then_pause)
        await self._sign_in()
        known = self._calls.get(call_id) or await self._look_up(call_id)
        number = known[1] if known else ""
        campaign = (known[2] if known else "") or self.campaign or self.outqueue
        if not campaign:
            raise ConfigurationError(
                f"the campaign of call {call_id} is unknown: set the profile option campaign"
            )
        form = {
            "campaign": campaign,
            "agent": self.agent,
            "callerid": number,
            "guid": call_id,
            "l1": l1,
            "l2": l2,
            "l3": l3,
            "d1": disposition.fields.get("d1", ""),
            "d2": disposition.fields.get("d2", ""),
            "comment": disposition.note or "",
            "schedule": (
                self._local(disposition.callback_at).strftime(TIME_FORMAT)
                if disposition.callback_at
                else ""
            ),
        }
        await self._with_key(lambda: self._wire.done("api/DispositionCall", form))
        try:
            tag = disposition.fields.get(TAG_FIELD, "").strip()
            if tag:
                await self._with_key(
                    lambda: self._wire.done(
                        "Agents/TagRecord", {"phone": number, "guid": call_id, "data": tag}
                    )
                )
            if then is not None:
                await self.pause(then.motive)
            elif self._known.current_break is not None and self._known.current_break.wrap:
                await self.unpause()
        except VendorError as exc:
            raise SavedWithProblemError(exc.vendor_message, action=exc.action) from exc
        except AgentDeskError as exc:  # out of reach now: still, the disposition is stored
            raise SavedWithProblemError(str(exc)) from exc

    async def history(
        self, since: datetime, until: datetime | None = None, *, limit: int = 1000
    ) -> list[CallRecord]:
        await self._sign_in()
        until = until or self._now()
        rows = await self._record_rows(since, until, limit=limit)
        records = [r for r in (self._record(row) for row in rows) if r is not None]
        records = [r for r in records if since <= r.started_at <= until]
        records.sort(key=lambda r: r.started_at, reverse=True)
        return records[:limit]

    async def recording(self, call_id: str) -> Recording:
        """The call's recording, searched where the text says. The call's day (for the dated
        folders) comes from the history the backend has read, else from a look in the
        recorded calls of the last month."""
        await self._sign_in()
        known = self._calls.get(call_id) or await self._look_up(call_id)
        return await self._records.find(call_id, known[0] if known else None)

    async def queue_figures(self) -> list[QueueFigures]:
        await self._sign_in()
        figures = parse.queue_figures(
            await self._with_key(lambda: self._wire.json("Supervisor/queuesummary", {}))
        )
        mine = {q for q in (self.campaign, self.outqueue) if q}
        if not mine:
            return figures
        chosen = [f for f in figures if f.queue in mine]
        if self.campaign and not any(f.queue == self.campaign for f in chosen):
            campaign = self.campaign
            answer = await self._with_key(
                lambda: self._wire.json("Supervisor/campaignstatus", {"queue": campaign})
            )
            found = parse.campaign_figures(answer, campaign)
            if found is not None:
                chosen.insert(0, found)
        return chosen

    async def shift_logout(self) -> None:
        """``AgentLogoff``: uContact ends the agent's session; nothing signs them in again
        (no status look, no command) until :meth:`shift_login` or the next start."""
        self._require(Capability.SHIFT_LOGOUT)
        await self._agent_form("api/AgentLogoff", {"message": SHIFT_LOGOFF_MESSAGE})
        self._logged_off = True
        self._signed_in = self._logged_in_here = False
        self._queue(self._known.logged_off())

    async def shift_login(self, extension: str | None = None) -> None:
        """``AgentLogin`` again (the password profile's sign-in); uContact's agent log-in
        takes no extension: the phone is the agent's SIP record's."""
        self._require(Capability.SHIFT_LOGIN)
        self._logged_off = False
        await self._sign_in(again=True)
        self._queue(self._known.logged_in())

    async def aclose(self) -> None:
        try:
            if self._logged_in_here and self.logoff:
                phone = self.phone or ""
                await self._wire.done(
                    "api/AgentLogoff",
                    {"agent": self.agent, "interface": phone, "message": LOGOFF_MESSAGE},
                )
        except AgentDeskError as exc:  # closing anyway: the agent's session times out
            log.info("uContact logoff failed: %s", exc)
        finally:
            self._logged_in_here = False
            await self._wire.aclose()

    # -- sign-in --------------------------------------------------------------------------------

    async def _sign_in(self, *, again: bool = False) -> None:
        async with self._sign_in_lock:
            if self._logged_off:
                raise VendorError(LOGGED_OFF, action="api/AgentLogoff")
            if self._signed_in and not again:
                return
            if self.auth == "token":
                self._wire.authorization = f"Bearer {self._secret}"
                self._signed_in = True
                return
            self._wire.authorization = None
            login = parse.agent_login(
                await self._wire.json(
                    "auth/AgentLogin", {"agent": self.agent, "password": self._secret}
                )
            )
            register_secret(login.key)  # the session key is as secret as the password
            self._wire.authorization = f"Basic {login.key}"
            self.phone = self.phone or login.phone
            self.context = self.context or login.context
            self._signed_in = self._logged_in_here = True
            self._queue(self._known.signed_in(login.fullname))

    async def _with_key(self, request: Callable[[], Awaitable[_T]]) -> _T:
        """``request``, signed in again once when the agent's key was refused (another
        AgentLogin elsewhere replaces it); a portal token is not renewable."""
        try:
            return await request()
        except AuthenticationError:
            if self.auth == "token":
                raise
            await self._sign_in(again=True)
            return await request()

    def _phone(self) -> str:
        if not self.phone:
            raise ConfigurationError(
                "uContact needs the agent's phone (its interface): set the profile option phone"
            )
        return self.phone

    async def _agent_form(self, path: str, extra: Mapping[str, str]) -> None:
        await self._sign_in()
        form = {"agent": self.agent, "interface": self._phone(), **extra}
        await self._with_key(lambda: self._wire.done(path, form))

    # -- history --------------------------------------------------------------------------------

    async def _record_rows(
        self, since: datetime, until: datetime, *, limit: int
    ) -> list[dict[str, str]]:
        """The agent's recorded calls from ``since`` to ``until``, page after page."""
        query = {
            "calldatei": self._local(since).strftime(TIME_FORMAT),
            "calldatef": self._local(until).strftime(TIME_FORMAT),
            "agent": self.agent,
            "campaign": "",
            "source": "",
            "destination": "",
            "data": "",
            "range": "",
            "rating": "",
            "mindur": "",
            "exclude": "",
            "type": "record",
            "cont": "",
        }
        filter_text = json.dumps(query, ensure_ascii=False)
        rows: list[dict[str, str]] = []
        while len(rows) < limit:
            page = parse.record_rows(await self._records_page(len(rows), filter_text))
            self.shapes.check("Cdr/getrecords answer", page, parse.ROW_KEYS)
            rows += page
            if len(page) < PAGE_SIZE:
                break
        return [r for r in rows if r.get("agent", self.agent) in ("", self.agent)]

    async def _records_page(self, lastrow: int, filter_text: str) -> object:
        form = {
            "lastrow": str(lastrow),
            "searchLimit": str(PAGE_SIZE),
            "filter": filter_text,
            "Random": "1",
        }
        return await self._with_key(lambda: self._wire.json("Cdr/getrecords", form))

    def _record(self, row: Mapping[str, str]) -> CallRecord | None:
        record = parse.call_record(row, self._tz, agent_phone=self.phone)
        if record is not None:
            self._calls[record.id] = (
                self._local(record.started_at).date(),
                record.number,
                record.queue or "",
            )
        return record

    async def _look_up(self, guid: str) -> tuple[date, str, str] | None:
        now = self._now()
        for row in await self._record_rows(now - RECORDING_LOOKBACK, now, limit=10_000):
            if row.get("guid") == guid:
                self._record(row)
                break
        return self._calls.get(guid)

    async def _end_listed_calls(self) -> None:
        """Calls the backend placed that uContact lists among the recorded ones are over; then
        calls past their bound end too."""
        live = self._known.live_calls
        since = min(c.entered_at or self._now() for c in live) - timedelta(minutes=1)
        rows = await self._record_rows(since, self._now() + timedelta(minutes=1), limit=PAGE_SIZE)
        listed = {row.get("guid") for row in rows}
        self._queue(self._known.end_calls(c.id for c in live if c.id in listed))
        self._queue(self._known.end_overdue())

    # -- helpers --------------------------------------------------------------------------------

    def _now(self) -> datetime:
        return wall_clock.now(self._tz)

    def _local(self, moment: datetime) -> datetime:
        return wall_clock.to_wall(moment, self._tz)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _host_url(text: str, option: str) -> str:
    """A host option as a base URL: ``records.example.com`` → ``https://records.example.com``."""
    text = text.strip().rstrip("/")
    if "://" not in text:
        text = "https://" + text
    if not text.startswith(("http://", "https://")) or not urlsplit(text).netloc:
        raise ConfigurationError(f"uContact {option} must be a host or an https:// URL")
    return text
