"""Daktela contact centre, API 3.x/4.x (``/api/{version}/{Action}/json?access_token=...``).

Daktela answers every request with HTTP 200 and ``{"status": 1|0, "error": ..., "result": ...}``;
a refusal is ``status: 0`` with the reason in ``error``, often in Czech, which we pass on as
the vendor's own words. Live state comes from ``RTUserState`` with ``hash``: the server holds
the request until the agent's state changes or 60 s pass, so one agent costs about one request
a minute while idle.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import AsyncIterator, Mapping
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx

from agentdesk.backends.http import TransportErrors, parse_retry_after, transport_error
from agentdesk.core import (
    OFFLINE,
    AgentState,
    AgentStatus,
    AuthenticationError,
    Backend,
    Call,
    CallDirection,
    CallPhase,
    Capability,
    ConfigurationError,
    DialResult,
    Event,
    MalformedResponseError,
    Pause,
    StatusChanged,
    TransientError,
    VendorError,
    call_events,
)

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
# A pause of this type is the wrap-up time Daktela starts by itself after a queue call.
WRAP_PAUSE_TYPE = "wrap"
# The document's answer to a wrong access token (GetUser: "Error state when access token is
# wrong"); the same words answer an unknown user, which for the agent is the same problem.
AUTH_ERRORS = frozenset({"Uživatel neexistuje"})

HOLD_SECONDS = 60.0
# The document asks clients of the hash long-poll to wait at least 70 s for an answer.
LONG_POLL_TIMEOUT = httpx.Timeout(10.0, read=75.0)
COMMAND_TIMEOUT = httpx.Timeout(10.0)
# Before API 4.0 RTUserState has no hash and answers at once: poll gently instead.
UNHASHED_POLL_SECONDS = 2.0


class DaktelaBackend(Backend):
    vendor = "daktela"
    display_name = "Daktela"
    capabilities = frozenset(
        {Capability.LIVE_STATE, Capability.PAUSE, Capability.DIAL}
        | {Capability.ANSWER, Capability.HANGUP}
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
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"Daktela URL must start with https://, got {base_url!r}")
        if not login:
            raise ConfigurationError("Daktela needs the agent's login name (user)")
        self.login = login
        self.api_version = api_version
        self.outbound_queue = outbound_queue
        self._tz = _zone(timezone)
        # The document: ACCESS_TOKEN = SHA1(login + password) when no API token is issued.
        self._token = (
            hashlib.sha1((login + secret).encode()).hexdigest() if secret_is_password else secret
        )
        base = f"{base_url.rstrip('/')}/api/{api_version}/"
        # The long-poll gets its own client so that cancelling it never poisons the pool that
        # commands use (httpx #1461).
        self._commands = httpx.AsyncClient(
            base_url=base, timeout=COMMAND_TIMEOUT, transport=transport
        )
        self._poll = httpx.AsyncClient(
            base_url=base, timeout=LONG_POLL_TIMEOUT, transport=transport
        )
        self._pauses: dict[str, Pause] = {}

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
            result = _as_dict(await self._call("RTUserState", params, self._poll), "RTUserState")
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
        self._pauses = _parse_pauses(result)
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

    async def aclose(self) -> None:
        await self._poll.aclose()
        await self._commands.aclose()

    # -- the wire -----------------------------------------------------------------------------

    async def _call(
        self, action: str, params: dict[str, str], client: httpx.AsyncClient | None = None
    ) -> Any:
        client = client or self._commands
        try:
            response = await client.get(
                f"{action}/json", params={"access_token": self._token, **params}
            )
        except TransportErrors as exc:
            raise transport_error("Daktela", exc) from None
        if response.status_code == 429 or response.status_code >= 500:
            raise TransientError(
                f"Daktela answered HTTP {response.status_code}",
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
            )
        if response.status_code in (401, 403):
            raise AuthenticationError(
                f"Daktela refused the access token (HTTP {response.status_code})"
            )
        if response.status_code != 200:
            raise VendorError(f"HTTP {response.status_code} for {action}", action=action)
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise MalformedResponseError(
                f"Daktela's answer to {action} is not JSON", action=action
            ) from None
        if not isinstance(body, dict) or "status" not in body:
            raise MalformedResponseError(
                f"Daktela's answer to {action} has no status", action=action
            )
        if str(body["status"]) != "1":
            error = str(body.get("error") or "unknown error")
            if error in AUTH_ERRORS:
                raise AuthenticationError(
                    f"Daktela refused the access token or user: {error}", vendor_message=error
                )
            raise VendorError(error, action=action)
        return body.get("result")

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
        return naive.replace(tzinfo=self._tz) if self._tz else naive.astimezone()


def _parse_pauses(result: object) -> dict[str, Pause]:
    """Both documented shapes: 3.3+ (pause, title, type, deleted) and 3.0 (pcode_id, ...)."""
    if isinstance(result, dict):
        rows = list(result.values())
    elif isinstance(result, list):
        rows = result
    else:
        raise MalformedResponseError("Daktela's GetPauses result is not a list of pauses")
    pauses: dict[str, Pause] = {}
    for row in rows:
        if not isinstance(row, dict) or str(row.get("deleted", "0")) == "1":
            continue
        pause_id = row.get("pause", row.get("pcode_id"))
        if pause_id is None:
            continue
        title = row.get("title") or row.get("pcode_desc") or row.get("name") or pause_id
        pauses[str(pause_id)] = Pause(
            id=str(pause_id),
            title=str(title),
            is_wrap_up=row.get("type") == WRAP_PAUSE_TYPE,
        )
    return pauses


def _as_dict(result: object, action: str) -> dict[str, Any]:
    if not isinstance(result, dict):
        raise MalformedResponseError(f"Daktela's {action} result is not an object", action=action)
    return result


def _text(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigurationError(f"unknown time zone {name!r}") from None
