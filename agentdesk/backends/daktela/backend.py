"""Daktela contact centre, API 3.x/4.x (``/api/{version}/{Action}/json?access_token=...``).

The wire (paths, versions per action, answers and refusals) is
:mod:`agentdesk.backends.daktela.wire`. Live state comes from ``RTUserState`` with ``hash``:
the server holds the request until the agent's state changes or 60 s pass, so one agent costs
about one request a minute while idle.

Beyond the live state: ``SimpleSearchContact`` + ``LastCallNumber`` for the caller card,
``CallScriptOpened`` + ``GetStatuses`` + ``CallScriptClose`` for dispositions, ``StatsCalls``
for history, ``AboutCall`` → ``GetRecording`` for recordings, ``RTStatsQueues`` for queue
figures. Our readings of the document (details in :mod:`agentdesk.backends.daktela.parse`):

- CallScriptClose's ``pause`` wants the pause's unique *name* (GetPauses' ``name``, 3.0's
  ``pcode``), not its id; :class:`~agentdesk.core.Disposition` carries our pause id, so it is
  mapped through the pauses GetPauses listed;
- the document has no note for CallScriptClose: a note goes into the call-script field named
  by ``note_field`` (a profile option); without one a note is refused with ConfigurationError
  and forms say ``accepts_note=False``; the note field is then taken out of the form's fields;
- ``cc.result: false`` in CallScriptClose's answer means the form WAS saved but the pause
  switch failed: :class:`SavedButPauseFailedError` (a VendorError with the vendor's words
  and ``disposition_saved = True``), so that the agent is told and nobody saves twice;
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
from agentdesk.backends.daktela import parse
from agentdesk.backends.daktela.spec import SPEC
from agentdesk.backends.daktela.wire import DaktelaWire
from agentdesk.core import (
    OFFLINE,
    AgentState,
    AgentStatus,
    Backend,
    Call,
    CallDirection,
    CallerInfo,
    CallPhase,
    CallRecord,
    Capability,
    ConfigurationError,
    DialResult,
    Disposition,
    DispositionForm,
    Event,
    MalformedResponseError,
    Pause,
    QueueFigures,
    QueueMembership,
    Recording,
    SavedWithProblemError,
    StatusChanged,
    VendorError,
    call_events,
)
from agentdesk.core.recent import Recent

# Daktela's words → ours. "Calling" appears in RTStatsAgents for an agent dialling out.
AGENT_STATES: Mapping[str, AgentState] = {
    "Logged": AgentState.LOGGED_IN,
    "Idle": AgentState.READY,
    "Paused": AgentState.PAUSED,
    "Calling": AgentState.RINGING,
    "Ringing": AgentState.RINGING,
    "Speaking": AgentState.TALKING,
    "On Hold": AgentState.ON_HOLD,
}
CALL_PHASES: Mapping[str, CallPhase] = {
    "Ringing": CallPhase.RINGING,
    "Speaking": CallPhase.TALKING,
    "On Hold": CallPhase.ON_HOLD,
}
# The long-poll's answer counts as the current state this long (its read timeout): a held
# request that stopped answering is no longer a witness.
HELD_STATE_FRESH_SECONDS = 75.0
# Before API 4.0 RTUserState has no hash and answers at once: poll gently instead.
UNHASHED_POLL_SECONDS = 2.0

LAST_CALL_LOOKBACK = timedelta(days=90)
STATS_MAX_TAKE = 1000  # StatsCalls: "The maximum limit of returned calls is 1000"
NAME_LOOKUPS = 25

_T = TypeVar("_T")


class SavedButPauseFailedError(SavedWithProblemError):
    """CallScriptClose saved the form, then could not switch the agent's pause
    (``cc.result: false``); ``vendor_message`` is the vendor's reason."""


class DaktelaBackend(Backend):
    vendor = SPEC.key
    display_name = SPEC.display_name
    capabilities = frozenset(
        {Capability.LIVE_STATE, Capability.PAUSE, Capability.DIAL}
        | {Capability.ANSWER, Capability.HANGUP}
        | {Capability.CALLER_LOOKUP, Capability.DISPOSITION, Capability.HISTORY}
        | {Capability.RECORDINGS, Capability.QUEUE_STATS, Capability.QUEUE_LOGIN}
    )

    def __init__(
        self,
        *,
        base_url: str,
        login: str,
        secret: str,
        secret_is_password: bool = False,
        api_version: str = "4.0",
        outbound_queue: str | None = None,
        timezone: str | None = None,
        note_field: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """``note_field``: the call-script field (its unique name) that holds the agent's note;
        None: notes are not accepted (Daktela's CallScriptClose has no note of its own)."""
        if not base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"Daktela URL must start with https://, got {base_url!r}")
        if not login:
            raise ConfigurationError("Daktela needs the agent's login name (user)")
        self.login = login
        self.api_version = api_version
        self.outbound_queue = outbound_queue
        self.note_field = note_field or None
        self._tz = wall_clock.time_zone(timezone)
        # The document: ACCESS_TOKEN = SHA1(login + password) when no API token is issued.
        self._token = (
            hashlib.sha1((login + secret).encode()).hexdigest() if secret_is_password else secret
        )
        self._wire = DaktelaWire(
            base_url=base_url, token=self._token, api_version=api_version, transport=transport
        )
        self._pauses: dict[str, Pause] = {}
        self._pause_names: dict[str, str] = {}
        self._contact_names: Recent[str, str | None] = Recent()
        self._held_state: tuple[float, dict[str, Any]] | None = None

    # -- the backend contract -----------------------------------------------------------------

    async def status(self) -> AgentStatus:
        result = await self._call("RTUserState", {"user": self.login})
        return await self._parse_status(_as_dict(result, "RTUserState"))

    async def watch(self) -> AsyncIterator[Event]:
        previous: AgentStatus | None = None
        state_hash: str | None = None
        while True:
            params = {"user": self.login}
            if state_hash:
                params["hash"] = state_hash
            answer = await self._call("RTUserState", params, long_poll=True)
            result = _as_dict(answer, "RTUserState")
            if "hash" in result:  # held until it changes: current while the watch runs
                self._held_state = (time.monotonic(), result)
            status = await self._parse_status(result)
            if status != previous:
                yield StatusChanged(status)
                for event in call_events(previous, status):
                    yield event
                previous = status
            new_hash = result.get("hash")
            state_hash = new_hash if isinstance(new_hash, str) else None
            if state_hash is None:
                await asyncio.sleep(UNHASHED_POLL_SECONDS)

    async def pauses(self) -> list[Pause]:
        result = await self._call("GetPauses", {})
        self._pauses, self._pause_names = parse.pauses_and_names(result)
        return list(self._pauses.values())

    async def pause(self, pause_id: str) -> None:
        await self._call("PauseOn", {"user": self.login, "pause": pause_id})

    async def unpause(self) -> None:
        await self._call("PauseOff", {"user": self.login})

    async def dial(self, number: str) -> DialResult:
        params = {"user": self.login, "number": number}
        if self.outbound_queue:
            params["queue"] = self.outbound_queue
        result = await self._call("CreateCall", params)
        call_id = result.get("id_call") if isinstance(result, dict) else None
        return DialResult(call_id=str(call_id) if call_id else None)

    async def answer(self) -> None:
        await self._call("Answer", {"user": self.login})

    async def hangup(self) -> None:
        await self._call("Hangup", {"user": self.login})

    async def caller_info(self, number: str) -> CallerInfo | None:
        contacts, last = await _both(
            self._call("SimpleSearchContact", {"phonenumber": number}),
            self._call(
                "LastCallNumber",
                {
                    "phonenumber": number,
                    "answered": "true",
                    "interval": str(int(LAST_CALL_LOOKBACK.total_seconds())),
                },
            ),
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
        opened = _as_dict(
            await self._call("CallScriptOpened", {"user": self.login}), "CallScriptOpened"
        )
        record = opened.get("record")
        if not isinstance(record, dict) or str(record.get("call_id") or "") != call_id:
            return None
        statuses = parse.statuses(await self._call("GetStatuses", {}))
        fields = parse.form_fields(opened.get("fields"))
        accepts_note = self.note_field is not None and any(
            f.name == self.note_field for f in fields
        )
        return DispositionForm(
            call_id=call_id,
            statuses=statuses,
            fields=tuple(f for f in fields if f.name != self.note_field),
            number=_text(record.get("number")),
            accepts_note=accepts_note,
        )

    async def dispose(self, disposition: Disposition) -> None:
        params: dict[str, str | list[str]] = {"call_id": disposition.call_id}
        if disposition.status_id:
            params["status"] = disposition.status_id
        for name, value in disposition.fields.items():
            params[f"fields[{name}]"] = value
        if disposition.note:
            if self.note_field is None:
                raise ConfigurationError(
                    "Daktela takes no note with a disposition: set the profile option "
                    "note_field to the call-script field that should hold it"
                )
            params[f"fields[{self.note_field}]"] = disposition.note
        if disposition.callback_at is not None:
            params["nextcall"] = self._stamp(disposition.callback_at)
        if disposition.then_pause:
            params["pause"] = await self._pause_name(disposition.then_pause)
        result = await self._call("CallScriptClose", params)
        cc = result.get("cc") if isinstance(result, dict) else None
        if isinstance(cc, dict) and str(cc.get("result")).lower() in ("false", "0"):
            raise SavedButPauseFailedError(
                str(cc.get("error") or "pause switch failed"), action="CallScriptClose"
            )

    async def history(
        self, since: datetime, until: datetime | None = None, *, limit: int = 1000
    ) -> list[CallRecord]:
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
        state = _as_dict(await self._call("RTUserState", {"user": self.login}), "RTUserState")
        return parse.queue_memberships(state)

    async def queue_login(self, queue_id: str) -> None:
        await self._call("LoginQueue", {"user": self.login, "queue": queue_id})

    async def queue_logout(self, queue_id: str) -> None:
        await self._call("LogoutQueue", {"user": self.login, "queue": queue_id})

    async def queue_figures(self) -> list[QueueFigures]:
        (_, titles, logged_in), stats = await _both(
            self._agent_context(), self._call("RTStatsQueues", {})
        )
        if not titles and isinstance(stats, dict):
            # Before API 4.0 RTUserState names no queues: show them all, by id.
            return parse.queue_figures(stats, {str(k): str(k) for k in stats})
        return parse.queue_figures(stats, {q: titles[q] for q in logged_in})

    async def aclose(self) -> None:
        await self._wire.aclose()

    # -- helpers of the contract methods --------------------------------------------------------

    async def _agent_context(self) -> tuple[str | None, dict[str, str], list[str]]:
        """The agent's id, the titles of the queues RTUserState names (id → title), and the
        inbound queues the agent is logged in now.

        While :meth:`watch` holds its hash long-poll, the last answer is the current state (a
        change answers at once), so the queue strip's refresh costs no RTUserState of its
        own: 360 requests fewer an hour at its 10 s."""
        held = self._held_state
        if held is not None and time.monotonic() - held[0] < HELD_STATE_FRESH_SECONDS:
            state = held[1]
        else:
            answer = await self._call("RTUserState", {"user": self.login})
            state = _as_dict(answer, "RTUserState")
        titles, logged_in = parse.agent_queues(state)
        return _text(state.get("id_agent")), titles, logged_in

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

    def _stamp(self, moment: datetime) -> str:
        """Ours → Daktela's wall clock; a naive time is taken as the server's already."""
        return wall_clock.to_wall(moment, self._tz).strftime("%Y-%m-%d %H:%M:%S")

    # -- the wire -----------------------------------------------------------------------------

    async def _call(
        self, action: str, params: Mapping[str, str | list[str]], *, long_poll: bool = False
    ) -> Any:
        return await self._wire.call(action, params, long_poll=long_poll)

    # -- Daktela's words → ours ----------------------------------------------------------------

    async def _parse_status(self, result: dict[str, Any]) -> AgentStatus:
        raw_state = result.get("agent_state")
        if not raw_state:
            # Our reading: a logged-out agent has no agent_state (the document shows none).
            return OFFLINE
        state = AGENT_STATES.get(str(raw_state))
        if state is None:
            raise MalformedResponseError(f"unknown Daktela agent_state {raw_state!r}")
        pause = None
        if state is AgentState.PAUSED and result.get("id_pause") is not None:
            pause = await self._pause_by_id(str(result["id_pause"]))
            if pause.is_wrap_up:
                state = AgentState.WRAP_UP
        raw_calls = result.get("calls") or []
        if not isinstance(raw_calls, list):
            raise MalformedResponseError("Daktela's calls is not a list")
        return AgentStatus(
            state=state,
            since=self._time(result.get("state_time")),
            pause=pause,
            calls=tuple(self._parse_call(c) for c in raw_calls if isinstance(c, dict)),
            agent_login=str(result.get("agent_name") or self.login),
            agent_name=_text(result.get("agent_title")),
        )

    def _parse_call(self, raw: dict[str, Any]) -> Call:
        queue = raw.get("oqueue")
        queue_title = _text(queue.get("title")) if isinstance(queue, dict) else None
        return Call(
            id=str(raw.get("id_call") or ""),
            direction=(
                CallDirection.OUTBOUND if raw.get("direction") == "out" else CallDirection.INBOUND
            ),
            number=str(raw.get("clid") or ""),
            phase=CALL_PHASES.get(str(raw.get("call_state")), CallPhase.RINGING),
            name=_text(raw.get("clid_name")),
            queue=queue_title or _text(raw.get("id_queue")),
            entered_at=self._time(raw.get("entered")),
            ringing_at=self._time(raw.get("ringed")),
            answered_at=self._time(raw.get("answered")),
        )

    async def _pause_by_id(self, pause_id: str) -> Pause:
        if pause_id not in self._pauses:
            await self.pauses()  # a pause created since we last asked
        return self._pauses.get(pause_id) or Pause(id=pause_id, title=pause_id)

    def _time(self, value: object) -> datetime | None:
        """Daktela's ``YYYY-MM-DD HH:MM:SS`` is the server's wall clock, without a zone."""
        if not isinstance(value, str) or not value or value.startswith("0000"):
            return None
        try:
            naive = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            return None
        return wall_clock.from_wall(naive, self._tz)


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
