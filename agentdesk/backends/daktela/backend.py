"""Daktela contact centre, API 3.x/4.x (``/api/{version}/{Action}/json?access_token=...``).

The wire (paths, answers and refusals) is :mod:`agentdesk.backends.daktela.wire`; which
actions the profile's ``api_version`` allows, and so which capabilities it has, is
:mod:`agentdesk.backends.daktela.versions`. Live state comes from ``RTUserState`` with
``hash`` (4.0+): the server holds the request until the agent's state changes or 60 s pass,
so one agent costs about one request a minute while idle; older installations are polled
(:mod:`agentdesk.backends.daktela.live`).

Beyond the live state: ``SimpleSearchContact`` + ``LastCallNumber`` for the caller card,
``CallScriptOpened`` + ``GetStatuses`` + ``CallScriptClose`` for dispositions
(:mod:`agentdesk.backends.daktela.wrap_up`), ``StatsCalls`` for history, ``AboutCall`` →
``GetRecording`` for recordings, ``RTStatsQueues`` for queue figures. Our readings of the
document (details in :mod:`agentdesk.backends.daktela.parse`):

- StatsCalls has no recording field: ``has_recording`` is "answered" (the queues record their
  answered calls), and :meth:`DaktelaBackend.recording` says so when there is none;
  StatsCalls has no caller names either: they come from SimpleSearchContact, at most
  :data:`NAME_LOOKUPS` distinct numbers per history, remembered for the backend's life;
- queue figures come from RTStatsQueues (one request, per queue; RTStatsQueuesSummary's
  documented answer is one total for whatever it is filtered to), for the inbound queues the
  agent is logged in (RTUserState's ``login_oqueues`` with ``rt_logged``);
- caller lookups ask LastCallNumber for answered calls of the last 90 days (the default is one
  day), and pass the number on as given: matching it is the vendor's business.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import AsyncIterator, Awaitable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx

from agentdesk.backends import wall_clock
from agentdesk.backends.daktela import parse, shift, sms, versions
from agentdesk.backends.daktela.day_stats import DayStats
from agentdesk.backends.daktela.live import CommandedStatus, SessionsFeed, StatusReader
from agentdesk.backends.daktela.spec import SPEC
from agentdesk.backends.daktela.team import Team
from agentdesk.backends.daktela.wire import DaktelaWire
from agentdesk.backends.daktela.wrap_up import SavedButPauseFailedError, WrapUp
from agentdesk.backends.relay_stream import RelayStream
from agentdesk.core import (
    AgentStatus,
    Backend,
    CallerInfo,
    CallRecord,
    Capability,
    Colleague,
    ConfigurationError,
    DialResult,
    Disposition,
    DispositionForm,
    Event,
    MalformedResponseError,
    Pause,
    PhoneStatus,
    QueueFigures,
    QueueMembership,
    Recording,
    StatusChanged,
    TransferQueue,
    TransferTarget,
    VendorError,
    WaitingCall,
    call_events,
)
from agentdesk.core.day import MyDay
from agentdesk.core.recent import Recent
from agentdesk.core.sms import SmsSent

__all__ = ["DaktelaBackend", "SavedButPauseFailedError"]

# The long-poll's answer counts as the current state this long (its read timeout): a held
# request that stopped answering is no longer a witness.
HELD_STATE_FRESH_SECONDS = 75.0
# Without RTUserState's hash (before API 4.0) answers come at once: poll gently instead.
UNHASHED_POLL_SECONDS = 2.0

LAST_CALL_LOOKBACK = timedelta(days=90)
STATS_MAX_TAKE = 1000  # StatsCalls: "The maximum limit of returned calls is 1000"
NAME_LOOKUPS = 25

_T = TypeVar("_T")


class DaktelaBackend(Backend):
    vendor = SPEC.key
    display_name = SPEC.display_name
    # What the document offers at its newest version; an older profile has less.
    capabilities = frozenset(versions.WAYS)
    sms_limits = sms.LIMITS

    def __init__(
        self,
        *,
        base_url: str,
        login: str,
        secret: str,
        secret_is_password: bool = False,
        api_version: str = versions.DEFAULT_API_VERSION,
        extension: str | None = None,
        outbound_queue: str | None = None,
        timezone: str | None = None,
        note_field: str | None = None,
        relay_url: str | None = None,
        relay_token: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """``api_version``: the newest the installation serves; ``extension``: the agent's,
        which API 3.0 dials from; ``note_field``: the call-script field (its unique name)
        that holds the agent's note, None: notes are not accepted (Daktela's
        CallScriptClose has no note of its own); ``relay_url`` and ``relay_token``: the
        company relay that reads RTStatsQueues once for every desk (Daktela posts no
        webhooks: the relay's stream brings nothing else here)."""
        if not base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"Daktela URL must start with https://, got {base_url!r}")
        if not login:
            raise ConfigurationError("Daktela needs the agent's login name (user)")
        self.login = login
        self.api_version = api_version
        self.extension = extension or None
        self.outbound_queue = outbound_queue
        self._plan = versions.plan(api_version, extension=self.extension)
        self.capabilities = self._plan.capabilities
        self.unavailable = self._plan.unavailable
        self._tz = wall_clock.time_zone(timezone)
        # The document: ACCESS_TOKEN = SHA1(login + password) when no API token is issued.
        self._token = (
            hashlib.sha1((login + secret).encode()).hexdigest() if secret_is_password else secret
        )
        self._wire = DaktelaWire(
            base_url=base_url, token=self._token, api_version=api_version, transport=transport
        )
        self.relay: RelayStream | None = None
        if relay_url:
            if not relay_token:
                raise ConfigurationError("a relay_url needs the agent's relay_token")
            self.relay = RelayStream(relay_url, relay_token, _no_webhooks, transport=transport)
        self._pauses: dict[str, Pause] = {}
        self._pause_names: dict[str, str] = {}
        self._contact_names: Recent[str, str | None] = Recent()
        self._held_state: tuple[float, dict[str, Any]] | None = None
        self._reader = StatusReader(login, self._pause_by_id, self._time)
        self._sessions = SessionsFeed(self._call, login, self._reader)
        self._commanded = CommandedStatus(login)
        self._team = Team(self._call, login, self._reader)
        self._wrap_up = WrapUp(
            self._call,
            login=login,
            note_field=note_field,
            pause_name=self._pause_name,
            queue_names=self._queue_names,
            stamp=self._stamp,
        )
        self._day = DayStats(
            self._call,
            login=login,
            stamp=self._stamp,
            parse_time=self._time,
            pause_name=self._pause_name_or_id,
        )

    @property
    def note_field(self) -> str | None:
        return self._wrap_up.note_field

    @property
    def pause_forms(self) -> tuple[str, str]:
        """How CallScriptClose is sent a pause: its ``name`` or its ``id`` first."""
        return self._wrap_up.pause_forms

    # -- the backend contract -----------------------------------------------------------------

    async def status(self) -> AgentStatus:
        status, _ = await self._look(None)
        return status

    async def watch(self) -> AsyncIterator[Event]:
        if self.relay is not None:
            self.relay.start()
        previous: AgentStatus | None = None
        if self._plan.way(Capability.LIVE_STATE) is None:
            async for status in self._commanded.changes():
                yield StatusChanged(status)
            return
        state_hash: str | None = None
        while True:
            status, state_hash = await self._look(state_hash, long_poll=True)
            if status != previous:
                yield StatusChanged(status)
                for event in call_events(previous, status):
                    yield event
                previous = status
            if state_hash is None:
                await asyncio.sleep(UNHASHED_POLL_SECONDS)

    async def pauses(self) -> list[Pause]:
        result = await self._call("GetPauses", {})
        self._pauses, self._pause_names = parse.pauses_and_names(result)
        return list(self._pauses.values())

    async def pause(self, pause_id: str) -> None:
        await self._call("PauseOn", {"user": self.login, "pause": pause_id})
        if self._plan.way(Capability.LIVE_STATE) is None:
            self._commanded.paused(await self._pause_by_id(pause_id), datetime.now(UTC))

    async def unpause(self) -> None:
        await self._call("PauseOff", {"user": self.login})
        if self._plan.way(Capability.LIVE_STATE) is None:
            self._commanded.ready(datetime.now(UTC))

    async def dial(self, number: str) -> DialResult:
        self._require(Capability.DIAL)
        if self._plan.way(Capability.DIAL) == versions.EXTENSION_CALL:
            params = {"extension": self.extension or "", "number": number}
        else:
            params = {"user": self.login, "number": number}
            if self.outbound_queue:
                params["queue"] = self.outbound_queue
        result = await self._call("CreateCall", params)
        call_id = result.get("id_call") if isinstance(result, dict) else None
        return DialResult(call_id=str(call_id) if call_id else None)

    async def answer(self) -> None:
        self._require(Capability.ANSWER)
        await self._call("Answer", {"user": self.login})

    async def hangup(self) -> None:
        await self._call("Hangup", {"user": self.login})

    async def caller_info(self, number: str) -> CallerInfo | None:
        self._require(Capability.CALLER_LOOKUP)
        contacts, last = await _both(
            self._call("SimpleSearchContact", {"phonenumber": number}), self._last_call(number)
        )
        name, company = parse.contact_name_and_company(contacts)
        agent, queue, at = parse.last_call(last, self._time)
        if not (name or company or agent or queue or at):
            return None
        return CallerInfo(
            number=number,
            name=name,
            company=company,
            last_agent=agent,
            last_queue=queue,
            last_call_at=at,
        )

    async def disposition_form(self, call_id: str) -> DispositionForm | None:
        self._require(Capability.DISPOSITION)
        return await self._wrap_up.form(call_id)

    async def dispose(self, disposition: Disposition) -> None:
        self._require(Capability.DISPOSITION)
        await self._wrap_up.dispose(disposition)

    async def history(
        self, since: datetime, until: datetime | None = None, *, limit: int = 1000
    ) -> list[CallRecord]:
        self._require(Capability.HISTORY)
        agent_id, titles, _ = await self._agent_context()
        params: dict[str, str | list[str]] = {
            "datetime_from": self._stamp(since),
            "datetime_to": self._stamp(until or datetime.now(UTC)),
        }
        if agent_id:
            params["users[]"] = [agent_id]
        rows: list[dict[str, Any]] = []
        while len(rows) < limit:
            take = min(limit - len(rows), STATS_MAX_TAKE)
            page = parse.stats_rows(
                await self._call("StatsCalls", params | {"skip": str(len(rows)), "take": str(take)})
            )
            rows.extend(page)
            if len(page) < take:
                break
        await self._learn_names({str(r.get("clid") or "") for r in rows} - {""})
        records = [
            parse.call_record(
                r,
                self._time,
                me=agent_id,
                login=self.login,
                titles=titles,
                names=self._contact_names,
            )
            for r in rows
        ]
        found = [r for r in records if r is not None]
        found.sort(key=lambda r: r.started_at, reverse=True)
        return found[:limit]

    async def recording(self, call_id: str) -> Recording:
        about = await self._call("AboutCall", {"id_call": call_id})
        rows = about if isinstance(about, list) else [about]
        row = next((r for r in rows if isinstance(r, dict)), None)
        if row is None:
            raise VendorError(f"Daktela has no call {call_id}", action="AboutCall")
        recording_hash = _text(row.get("recording_hash"))
        if recording_hash is None:
            raise VendorError(f"Daktela has no recording of call {call_id}", action="AboutCall")
        data, content_type = await self._wire.download(
            "GetRecording", {"recording_hash": recording_hash}
        )
        return Recording(call_id=call_id, data=data, content_type=content_type)

    async def queues(self) -> list[QueueMembership]:
        """The queues RTUserState lists (API 4.0+), by number, with ``rt_logged``."""
        self._require(Capability.QUEUE_LOGIN)
        return parse.queue_memberships(await self._user_state())

    async def queue_login(self, queue_id: str) -> None:
        self._require(Capability.QUEUE_LOGIN)
        await self._call("LoginQueue", {"user": self.login, "queue": queue_id})

    async def queue_logout(self, queue_id: str) -> None:
        self._require(Capability.QUEUE_LOGIN)
        await self._call("LogoutQueue", {"user": self.login, "queue": queue_id})

    async def queue_figures(self) -> list[QueueFigures]:
        self._require(Capability.QUEUE_STATS)
        # With a relay that reads RTStatsQueues with a supervisor's token for the company
        # (docs/RELAY.md), its newest answer while fresh: one request per interval for all
        # desks. A relay silent or cut off for two of its intervals leaves this desk asking
        # Daktela itself again, so the strip never goes blank for want of the relay.
        relayed = self.relay.fresh("queue_figures", SPEC.key) if self.relay is not None else None
        if relayed is not None:
            (_, titles, logged_in), stats = await self._agent_context(), relayed
        else:
            (_, titles, logged_in), stats = await _both(
                self._agent_context(), self._call("RTStatsQueues", {})
            )
        if not titles and isinstance(stats, dict):
            # Before API 4.0 RTUserState names no queues: show them all, by id.
            return parse.queue_figures(stats, {str(k): str(k) for k in stats})
        return parse.queue_figures(stats, {q: titles[q] for q in logged_in})

    async def today(self) -> MyDay:
        """StatsCalls, StatsUsersPauses and StatsUsersSessions from midnight
        (:mod:`agentdesk.backends.daktela.day_stats`)."""
        self._require(Capability.MY_DAY)
        agent_id, titles, _ = await self._agent_context()
        return await self._day.today(agent_id, titles, await self._user_state())

    async def send_sms(self, number: str, text: str) -> SmsSent:
        self._require(Capability.SMS)
        return await sms.send_sms(self._call, number, text)

    async def transfer(self, target: TransferTarget) -> None:
        """``Transfer`` (:mod:`agentdesk.backends.daktela.team` has our readings)."""
        self._require(Capability.TRANSFER)
        await self._team.transfer(target)

    async def transfer_queues(self) -> list[TransferQueue]:
        self._require(Capability.TRANSFER)
        return await self._team.queues()

    async def colleagues(self) -> list[Colleague]:
        self._require(Capability.TEAM)
        return await self._team.colleagues()

    async def waiting_calls(self) -> list[WaitingCall]:
        """RTStatsCalls' waiting callers in the queues RTUserState names."""
        self._require(Capability.QUEUE_PICKUP)
        (_, titles, _), calls = await _both(self._agent_context(), self._call("RTStatsCalls", {}))
        return shift.waiting_calls(calls, titles, self._time)

    async def pickup(self, call_id: str) -> None:
        self._require(Capability.QUEUE_PICKUP)
        await self._call("PickupFromQueue", {"call_id": call_id, "user": self.login})

    async def shift_login(self, extension: str | None = None) -> None:
        """Login (3.4); without an extension the profile's, else the one bound to the user."""
        self._require(Capability.SHIFT_LOGIN)
        params = {"user": self.login}
        if extension or self.extension:
            params["extension"] = extension or self.extension or ""
        await self._call("Login", params)

    async def shift_logout(self) -> None:
        self._require(Capability.SHIFT_LOGOUT)
        await self._call("Logout", {"user": self.login})

    async def phone_status(self) -> PhoneStatus | None:
        """DeviceStates' word for the extension RTUserState says the agent sits at, else the
        profile's; None when neither is known. One request: RTUserState comes from the
        long-poll's answer while it is fresh."""
        self._require(Capability.PHONE_STATUS)
        extension = self.extension
        if versions.since("RTUserState") <= self._wire.version:
            extension = _text((await self._user_state()).get("exten")) or extension
        if extension is None:
            return None
        return shift.phone_status(await self._call("DeviceStates", {}), extension)

    async def aclose(self) -> None:
        if self.relay is not None:
            await self.relay.stop()
        await self._wire.aclose()

    # -- helpers of the contract methods --------------------------------------------------------

    async def _look(
        self, state_hash: str | None, *, long_poll: bool = False
    ) -> tuple[AgentStatus, str | None]:
        """The agent's status the plan's way, and RTUserState's hash when it gives one (the
        next look holds until the state differs from it)."""
        way = self._plan.way(Capability.LIVE_STATE)
        if way is None:
            return self._commanded.status, None
        if way == versions.SESSIONS_POLL:
            return await self._sessions.status(), None
        params = {"user": self.login}
        if state_hash and way == versions.HASH_LONG_POLL:
            params["hash"] = state_hash
        answer = await self._call("RTUserState", params, long_poll=long_poll)
        result = _as_dict(answer, "RTUserState")
        if "hash" in result:  # held until it changes: current while the watch runs
            self._held_state = (time.monotonic(), result)
        self._wrap_up.saw_calls(result.get("calls"))
        new_hash = result.get("hash") if way == versions.HASH_LONG_POLL else None
        return await self._reader.from_user_state(result), (
            new_hash if isinstance(new_hash, str) else None
        )

    async def _user_state(self) -> dict[str, Any]:
        """RTUserState's answer: the long-poll's last while it is fresh, else a new one.

        While :meth:`watch` holds its hash long-poll, the last answer is the current state (a
        change answers at once), so the queue strip's refresh costs no RTUserState of its
        own: 360 requests fewer an hour at its 10 s."""
        held = self._held_state
        if held is not None and time.monotonic() - held[0] < HELD_STATE_FRESH_SECONDS:
            return held[1]
        answer = await self._call("RTUserState", {"user": self.login})
        return _as_dict(answer, "RTUserState")

    async def _agent_context(self) -> tuple[str | None, dict[str, str], list[str]]:
        """The agent's id, the titles of the queues RTUserState names (id → title), and the
        inbound queues the agent is logged in now; nothing without RTUserState (before 3.9)."""
        if versions.since("RTUserState") > self._wire.version:
            return None, {}, []
        state = await self._user_state()
        titles, logged_in = parse.agent_queues(state)
        return _text(state.get("id_agent")), titles, logged_in

    async def _queue_names(self) -> dict[str, str]:
        """The queues' unique names (numbers) by id, as RTUserState names them."""
        return parse.queue_names(await self._user_state())

    async def _last_call(self, number: str) -> object:
        """LastCallNumber's answered call of ``number``; None where the plan has none."""
        if self._plan.way(Capability.CALLER_LOOKUP) != versions.CONTACT_AND_LAST_CALL:
            return None
        return await self._call(
            "LastCallNumber",
            {
                "phonenumber": number,
                "answered": "true",
                "interval": str(int(LAST_CALL_LOOKBACK.total_seconds())),
            },
        )

    async def _learn_names(self, numbers: set[str]) -> None:
        unknown = sorted(numbers - self._contact_names.keys())[:NAME_LOOKUPS]
        if not unknown:
            return
        answers = await asyncio.gather(
            *(self._call("SimpleSearchContact", {"phonenumber": n}) for n in unknown),
            return_exceptions=True,
        )
        for number, answer in zip(unknown, answers, strict=True):
            if isinstance(answer, asyncio.CancelledError):
                raise answer
            if isinstance(answer, BaseException):
                continue  # a name is a nicety: the history stands without it
            self._contact_names[number] = parse.contact_name_and_company(answer)[0]

    async def _pause_name(self, pause_id: str) -> str:
        if pause_id not in self._pause_names:
            await self.pauses()
        if pause_id not in self._pause_names:
            raise VendorError(f"Daktela lists no pause {pause_id}", action="GetPauses")
        return self._pause_names[pause_id]

    async def _pause_name_or_id(self, pause_id: str) -> str:
        """A pause's title for the day's figures; its id when GetPauses no longer lists it."""
        if pause_id not in self._pauses:
            await self.pauses()
        pause = self._pauses.get(pause_id)
        return pause.title if pause else pause_id

    async def _pause_by_id(self, pause_id: str) -> Pause:
        if pause_id not in self._pauses:
            await self.pauses()  # a pause created since we last asked
        return self._pauses.get(pause_id) or Pause(id=pause_id, title=pause_id)

    def _stamp(self, moment: datetime) -> str:
        """Ours → Daktela's wall clock; a naive time is taken as the server's already."""
        return wall_clock.to_wall(moment, self._tz).strftime("%Y-%m-%d %H:%M:%S")

    def _time(self, value: object) -> datetime | None:
        """Daktela's ``YYYY-MM-DD HH:MM:SS`` is the server's wall clock, without a zone."""
        if not isinstance(value, str) or not value or value.startswith("0000"):
            return None
        try:
            naive = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            return None
        return wall_clock.from_wall(naive, self._tz)

    # -- the wire -----------------------------------------------------------------------------

    async def _call(
        self, action: str, params: Mapping[str, str | list[str]], *, long_poll: bool = False
    ) -> Any:
        return await self._wire.call(action, params, long_poll=long_poll)


def _no_webhooks(payload: dict[str, str]) -> None:
    """Daktela posts none; a relay that streams one for this login has it misrouted."""


def _as_dict(result: object, action: str) -> dict[str, Any]:
    if not isinstance(result, dict):
        raise MalformedResponseError(f"Daktela's {action} result is not an object", action=action)
    return result


def _text(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


async def _both(first: Awaitable[Any], second: Awaitable[_T]) -> tuple[Any, _T]:
    """Two requests at once; the first failure is raised once both are done."""
    outcomes: list[Any] = list(await asyncio.gather(first, second, return_exceptions=True))
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
    return outcomes[0], outcomes[1]
