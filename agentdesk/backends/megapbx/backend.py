"""MegaFon Virtual PBX ("VATS") and the white-label PBXs on its platform, ``crmapi/v1``.

CRM→PBX requests go to ``https://{domain}/crmapi/v1/...`` with ``X-API-KEY``
(:mod:`~agentdesk.backends.megapbx.wire`); PBX→CRM webhooks come to AgentDesk's own receiver
(:class:`~agentdesk.receivers.WebhookReceiver` with ``crm_token`` as the secret), read by
:mod:`~agentdesk.backends.megapbx.live`. What each capability uses:

- live calls: the ``event`` webhooks; the receiver runs when the profile gives ``crm_token``
  (without it there is no LIVE_STATE);
- pause: DND, shown as the one pause "Do not disturb" (id ``dnd``); ready is DND off
  (the reading of sections 7.2-7.4 is in :data:`~agentdesk.backends.megapbx.parse.DND`);
- click-to-call: ``POST makecall`` {phone, user}: the PBX rings the agent's phone first, then
  the client; its ``callid`` is the DialResult's ``call_id``;
- history: ``history/json`` (and ``history/inner/json``, when the PBX has it) with
  ``start`` and ``end``, plus the ``history`` webhooks received; recordings: the call's
  ``record``/``link`` URL, fetched with the key;
- queue log-in: per-department reception (``users/{login}/subscription``), departments from
  ``GET groups``: :meth:`MegaPbxBackend.queues`, :meth:`~MegaPbxBackend.queue_login`,
  :meth:`~MegaPbxBackend.queue_logout` (and ``..._all`` for every department);
- ``watch()`` reads DND (it may change on the phone or in the web cabinet; it also proves
  the key), and while a call is live the day's history, which ends a call whose
  COMPLETED/CANCELLED webhook went missing; a call still live past its bound
  (:mod:`~agentdesk.backends.live_calls`) ends right after that look. It reads adaptively
  (:mod:`~agentdesk.backends.polling`): every ``history_poll_seconds`` while idle with the
  window shown, every quarter of that (at least 10 s) while a call is live, twice that (at
  most 5 min) while the window is hidden, each wait ±20 % at random so that agents do not
  poll in step.

Beyond the contract: :meth:`MegaPbxBackend.users` (the PBX's users, for the settings' login
picker), :meth:`~MegaPbxBackend.call_details` (status, destination, rating, line of a
finished call, as English words) and :attr:`~MegaPbxBackend.contacts` (the local contacts'
lookup that answers the PBX's ``contact`` command). Not documented, so not offered: answer,
hang-up, transfer, dispositions, queue figures, caller lookup at the vendor.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import httpx

from agentdesk.backends.live_calls import LiveLimits
from agentdesk.backends.megapbx import parse
from agentdesk.backends.megapbx.blacklist import Blacklist
from agentdesk.backends.megapbx.live import DND_PAUSE, FinishedCall, Identity, LiveState
from agentdesk.backends.megapbx.options import (
    DEFAULT_PATH,
    DEFAULT_POLL_SECONDS,
    DEFAULT_PORT,
    MIN_POLL_SECONDS,
    backend_options,
)
from agentdesk.backends.megapbx.parse import DND, CallDetails, PbxUser
from agentdesk.backends.megapbx.spec import SPEC
from agentdesk.backends.megapbx.wire import MISSING, MegaPbxWire
from agentdesk.backends.polling import PollSchedule
from agentdesk.backends.tracked_status import TrackedStatus
from agentdesk.backends.watch_loop import PollingBackend
from agentdesk.core import (
    AgentStatus,
    CallDirection,
    CallerInfo,
    CallHistory,
    CallRecord,
    Capability,
    ConfigurationError,
    DialResult,
    MalformedResponseError,
    Pause,
    QueueMembership,
    Recording,
    VendorError,
)
from agentdesk.core.flags import CallerFlags
from agentdesk.core.recent import Recent
from agentdesk.receivers import WebhookReceiver
from agentdesk.receivers.webhook import Answer, Payload

log = logging.getLogger(__name__)

ContactLookup = Callable[[str], CallerInfo | None]
"""A number (E.164 when the PBX gives a country code) → what the local contacts know."""

KEPT_CALLS: Final = 500  # webhook-reported calls and names kept for history and recordings
PAGE: Final = 500
MAX_PAGES: Final = 200  # of a list (users, departments): 100,000 entries at most
# How far the PBX's clock may run ahead of ours: the poll's window ends this far after now.
CLOCK_SKEW: Final = timedelta(minutes=5)
RECORD_LOOKUP_PERIODS: Final = ("today", "yesterday", "this_month", "last_month")


class MegaPbxBackend(PollingBackend):
    vendor = SPEC.key
    display_name = SPEC.display_name
    capabilities = frozenset(
        {Capability.LIVE_STATE, Capability.PAUSE, Capability.DIAL}
        | {Capability.HISTORY, Capability.RECORDINGS, Capability.QUEUE_LOGIN}
        | {Capability.MY_DAY}  # the day's calls from the history (Backend.today)
        | {Capability.CALLER_FLAGS, Capability.BLOCKING}  # the blacklist (section 11)
    )
    dial_note = SPEC.dial_note

    def __init__(
        self,
        *,
        base_url: str,
        login: str,
        api_key: str,
        crm_token: str | None = None,
        relay_url: str | None = None,
        relay_token: str | None = None,
        relay_ca_file: str | None = None,
        listen_host: str = "127.0.0.1",
        listen_port: int = DEFAULT_PORT,
        path: str = DEFAULT_PATH,
        history_poll_seconds: float = DEFAULT_POLL_SECONDS,
        inner_history: bool = True,
        contacts: ContactLookup | None = None,
        poll_schedule: PollSchedule | None = None,
        live_limits: LiveLimits | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """``crm_token`` None: no receiver. ``listen_port`` 0: any free port (tests, demo).
        ``poll_schedule`` None: one from ``history_poll_seconds`` as the idle interval, never
        below :data:`~agentdesk.backends.megapbx.options.MIN_POLL_SECONDS` (unless that
        interval is). ``live_limits`` None: the live calls' usual bounds."""
        if not login.strip() or "/" in login:
            raise ConfigurationError(
                f"the PBX needs the agent's login or extension as the user, got {login!r}"
            )
        if not api_key:
            raise ConfigurationError("the PBX needs its API key (X-API-KEY) as the secret")
        if history_poll_seconds <= 0:
            raise ConfigurationError("history_poll_seconds must be above 0")
        super().__init__(
            poll_schedule
            or PollSchedule(
                idle=history_poll_seconds, floor=min(MIN_POLL_SECONDS, history_poll_seconds)
            )
        )
        self.identity = Identity(login.strip())
        self.poll_seconds = self.poll_schedule.idle
        self.inner_history = inner_history
        self.contacts = contacts
        """The local contacts' lookup that answers ``contact``; settable after construction."""
        self._wire = MegaPbxWire(base_url=base_url, api_key=api_key, transport=transport)
        self._blacklist = Blacklist(self._wire)
        self._live = LiveState(self.identity, clock=lambda: datetime.now(UTC), limits=live_limits)
        self._identified = False
        self._details: Recent[str, CallDetails] = Recent(KEPT_CALLS)
        self._hooked: Recent[str, CallRecord] = Recent(KEPT_CALLS)
        self._ratings: Recent[str, int] = Recent(KEPT_CALLS)
        self._departments: set[str] = set()
        self._extension_of: dict[str, str] | None = None
        self._inner_missing = False  # the PBX answered history/inner/json with 404 or 405
        if relay_url:
            self._use_relay(relay_url, relay_token, relay_ca_file, self._on_webhook, transport)
        elif crm_token:
            self.receiver = WebhookReceiver(
                listen_host,
                listen_port,
                secret=crm_token,
                secret_param="crm_token",
                # 2: "history and event ... in the multipart/form-data format"; the examples
                # are JSON, integrations in the wild read forms: all three are taken.
                multipart=True,
                path=path,
                on_payload=self._on_webhook,
            )
        live = self.receiver is not None or self.relay is not None
        self._offer_with_options((Capability.LIVE_STATE, "crm_token", live))

    @classmethod
    def from_options(
        cls,
        *,
        url: str,
        user: str,
        secret: str,
        options: Mapping[str, str],
        contacts: ContactLookup | None = None,
    ) -> MegaPbxBackend:
        """A backend from a profile's text options (``create_backend``)."""
        return cls(
            base_url=url,
            login=user,
            api_key=secret,
            contacts=contacts,
            **backend_options(options),
        )

    # -- the receiver -----------------------------------------------------------------------

    def use_contacts(self, lookup: ContactLookup) -> None:
        # The desktop's contacts first; a lookup given at construction stays as the fallback.
        earlier = self.contacts

        def combined(number: str) -> CallerInfo | None:
            found = lookup(number)
            return found if found is not None or earlier is None else earlier(number)

        self.contacts = combined

    async def start_receiver(self) -> str:
        """Listen for the PBX's webhooks (``watch`` does it too); the receiver's own URL, to
        put behind the company's reverse proxy or VPN. ConfigurationError without
        ``crm_token`` or when the address is taken."""
        receiver = await self._listen(option="crm_token", whose="the PBX's webhooks")
        return receiver.url

    def _on_webhook(self, payload: Payload) -> Answer:
        command = payload.get("cmd", "").strip().lower()
        if command == "contact":
            return self._answer_contact(payload)
        if not self.identity.is_me(payload):
            return None
        if command == "event":
            call_id = payload.get("callid", "").strip()
            if call_id and call_id not in self._live.names:
                name = self._name_for(payload.get("phone", ""))
                if name:
                    self._live.names[call_id] = name
            self._queue(self._live.apply_event(payload))
        elif command == "history":
            self._on_history(payload)
        elif command == "rating":
            mark = _int_or_none(payload.get("rating"))
            call_id = payload.get("callid", "").strip()
            if call_id and mark is not None:
                self._ratings[call_id] = mark
        return None

    def _answer_contact(self, payload: Payload) -> dict[str, str]:
        """2.3: the caller's name and who is responsible for them, from the local contacts;
        empty texts when they know nothing."""
        info = self._lookup(payload.get("phone", ""))
        name = ""
        if info is not None:
            name = ", ".join(p for p in (info.name, info.company) if p)
            call_id = payload.get("callid", "").strip()
            if call_id and info.name:
                self._live.names[call_id] = info.name
        responsible = (info.last_agent or "") if info is not None else ""
        return {"contact_name": name, "responsible": responsible}

    def _on_history(self, payload: Payload) -> None:
        call_id = payload.get("callid", "").strip()
        started = parse.parse_time(payload.get("start"))
        if not call_id or started is None:
            return
        word, answered = parse.outcome(payload.get("status"))
        link = payload.get("link", "").strip() or None
        number = parse.phone_text(payload.get("phone"))
        record = CallRecord(
            id=call_id,
            started_at=started,
            direction=(
                CallDirection.OUTBOUND
                if payload.get("type", "").strip().lower() == "out"
                else CallDirection.INBOUND
            ),
            number=number,
            name=self._live.names.get(call_id) or self._name_for(number),
            queue=payload.get("groupRealName", "").strip() or None,
            agent=self.identity.name or self.identity.login,
            answered=answered,
            duration_seconds=_int_or_none(payload.get("duration")) or 0,
            has_recording=link is not None,
        )
        self._hooked[call_id] = record
        mark = _int_or_none(payload.get("rating"))
        if mark is not None:
            self._ratings[call_id] = mark
        self._details[call_id] = CallDetails(
            call_id=call_id,
            status=word,
            record_url=link,
            line=parse.phone_text(payload.get("diversion")) or None,
            department=record.queue,
        )
        self._queue(self._live.end_calls([call_id]))

    # -- the watch loop (agentdesk.backends.watch_loop) ---------------------------------------

    async def _open(self) -> None:
        if self.receiver is not None:
            await self.start_receiver()
        if self.relay is not None:
            self.relay.start()
        await self._identify()
        self._live.set_dnd(await self._dnd())

    @property
    def _tracked(self) -> TrackedStatus:
        return self._live

    async def _look(self) -> None:
        await self._poll()

    # -- the backend contract -----------------------------------------------------------------

    async def status(self) -> AgentStatus:
        await self._identify()
        self._live.set_dnd(await self._dnd())
        return self._live.status

    async def pauses(self) -> list[Pause]:
        self._require(Capability.PAUSE)
        return [DND_PAUSE]

    async def pause(self, pause_id: str) -> None:
        """DND on; ``pause_id`` must be ``dnd``, the PBX's one way of not taking calls."""
        self._require(Capability.PAUSE)
        if pause_id != DND_PAUSE.id:
            raise ConfigurationError(
                f"the PBX has one pause, {DND_PAUSE.id} (do not disturb), not {pause_id!r}"
            )
        await self._wire.send(DND.on_method, self._dnd_path())
        self._queue(self._live.set_dnd(True))

    async def unpause(self) -> None:
        """DND off."""
        self._require(Capability.PAUSE)
        await self._wire.send(DND.off_method, self._dnd_path())
        self._queue(self._live.set_dnd(False))

    async def dial(self, number: str) -> DialResult:
        """``POST makecall``: the PBX rings the agent, then ``number``."""
        self._require(Capability.DIAL)
        response = await self._wire.send(
            "POST", "makecall", body={"phone": parse.dial_text(number), "user": self._login}
        )
        call_id = _call_id(response)
        return DialResult(call_id=call_id, extra={"via": "makecall"})

    async def caller_flags(self, number: str) -> CallerFlags:
        """Whether the blacklist holds ``number`` (MegaFon keeps no VIP list)."""
        self._require(Capability.CALLER_FLAGS)
        return CallerFlags(number, blocked=await self._blacklist.holds(number))

    async def block(self, number: str) -> None:
        self._require(Capability.BLOCKING)
        await self._blacklist.add(number)

    async def unblock(self, number: str) -> None:
        self._require(Capability.BLOCKING)
        await self._blacklist.remove(number)

    async def history(
        self, since: datetime, until: datetime | None = None, *, limit: int = 1000
    ) -> CallHistory:
        """The agent's calls (``history/json``), with those between colleagues unless the
        profile says not (``history/inner/json``; a PBX without it: the rest, with
        :data:`~agentdesk.backends.megapbx.parse.INNER_MISSING` as the note)."""
        await self._identify()
        until = until or datetime.now(UTC)
        # No "limit": the PBX would apply it before the agent's own calls are picked out.
        window = {
            "start": parse.request_time(since),
            "end": parse.request_time(until),
            "type": "all",
        }
        if not self._departments:
            with contextlib.suppress(VendorError):
                self._departments = {q.title for q in await self.queues()}
        found: dict[str, CallRecord] = {}
        names = self.identity.names
        for row in parse.items(await self._wire.get("history/json", window), "history/json"):
            read = parse.external_call(row, names, self._departments)
            if read is not None:
                found[read[0].id] = self._named(read[0])
                self._details[read[0].id] = self._with_rating(read[1])
        inner = await self._inner_rows(window) if self.inner_history else []
        extensions = await self._extensions() if inner else {}
        for row in inner or ():
            read = parse.internal_call(row, names, extensions)
            if read is not None:
                found.setdefault(read[0].id, read[0])
                self._details[read[0].id] = read[1]
        for record in self._hooked.values():  # calls the REST history may not list yet
            if since <= record.started_at <= until and not _listed(record, found.values()):
                found[record.id] = record
        records = [self._described(r) for r in found.values() if since <= r.started_at <= until]
        records.sort(key=lambda r: r.started_at, reverse=True)
        return CallHistory(records[:limit], notes=[parse.INNER_MISSING] if inner is None else [])

    async def _inner_rows(self, window: Mapping[str, str]) -> list[dict[str, Any]] | None:
        """``history/inner/json``'s rows; None when the PBX has none to give (it answered 404
        or 405: an older or white-label PBX), which is remembered, not asked again."""
        if self._inner_missing:
            return None
        answer = await self._wire.get_unless_missing("history/inner/json", window)
        if answer is MISSING:
            self._inner_missing = True
            log.warning(
                "the PBX has no history/inner/json: Recent calls leave out calls between "
                "colleagues (the profile option inner_history = no stops asking for them)"
            )
            return None
        return parse.items(answer, "history/inner/json")

    def _described(self, record: CallRecord) -> CallRecord:
        """The record with what the PBX said of the call: outcome, route, the client's mark."""
        details = self.call_details(record.id)
        if details is None:
            return record
        return dataclasses.replace(
            record, outcome=details.status, route=details.destination, rating=details.rating
        )

    async def recording(self, call_id: str) -> Recording:
        """The call's recording link (from the history or its ``history`` webhook), fetched."""
        url = await self._record_url(call_id)
        if url is None:
            raise VendorError(f"the PBX has no recording of call {call_id}", action="record")
        data, content_type = await self._wire.fetch_record(url)
        if not data:
            raise VendorError(f"the recording of call {call_id} is empty", action="record")
        return Recording(call_id=call_id, data=data, content_type=content_type)

    async def queues(self) -> list[QueueMembership]:
        """The departments the agent belongs to (``GET groups``), and whether they receive
        each one's calls now."""
        self._require(Capability.QUEUE_LOGIN)
        await self._identify()
        entries = await self._all_items("groups", key="id")
        found = parse.memberships(entries, self.identity.names)
        self._departments = {q.title for q in found}
        return found

    async def queue_login(self, queue_id: str) -> None:
        """Receive the department's calls (``POST users/{login}/subscription?group_id=``)."""
        self._require(Capability.QUEUE_LOGIN)
        await self._wire.send("POST", self._subscription_path(), params={"group_id": queue_id})

    async def queue_logout(self, queue_id: str) -> None:
        """Stop receiving the department's calls (``DELETE ...subscription?group_id=``)."""
        self._require(Capability.QUEUE_LOGIN)
        await self._wire.send("DELETE", self._subscription_path(), params={"group_id": queue_id})

    async def queue_login_all(self) -> None:
        """Receive every department's calls (section 7: ``POST users/{login}/subscription``)."""
        self._require(Capability.QUEUE_LOGIN)
        await self._wire.send("POST", self._subscription_path())

    async def queue_logout_all(self) -> None:
        """Stop receiving every department's calls (7.1)."""
        self._require(Capability.QUEUE_LOGIN)
        await self._wire.send("DELETE", self._subscription_path())

    async def aclose(self) -> None:
        if self.receiver is not None:
            await self.receiver.stop()
        if self.relay is not None:
            await self.relay.stop()
        await self._wire.aclose()

    # -- beyond the contract -------------------------------------------------------------------

    @classmethod
    async def list_users(cls, *, url: str, api_key: str) -> list[PbxUser]:
        """The PBX's users before the agent's login is known (the settings' login picker)."""
        # ``GET users`` does not depend on the login; any valid placeholder will do.
        backend = cls(base_url=url, login="settings", api_key=api_key)
        try:
            return await backend.users()
        finally:
            await backend.aclose()

    async def users(self) -> list[PbxUser]:
        """The PBX's users (``GET users``: login, name, extension), for the login picker."""
        return parse.users(await self._all_items("users", key="login"))

    def call_details(self, call_id: str) -> CallDetails | None:
        """What the history and the webhooks said of a finished call beyond its record;
        None for a call not seen in either."""
        details = self._details.get(call_id)
        rating = self._ratings.get(call_id)
        if details is None:
            return CallDetails(call_id=call_id, rating=rating) if rating is not None else None
        return self._with_rating(details)

    def rating(self, call_id: str) -> int | None:
        """The client's mark for the call (the ``rating`` webhook, or the history's)."""
        details = self.call_details(call_id)
        return details.rating if details else None

    # -- helpers --------------------------------------------------------------------------------

    @property
    def _login(self) -> str:
        return self.identity.login

    def _dnd_path(self) -> str:
        return DND.path.format(login=self._login)

    def _subscription_path(self) -> str:
        return f"users/{self._login}/subscription"

    async def _dnd(self) -> bool:
        return parse.dnd_is_on(await self._wire.get(self._dnd_path()))

    async def _identify(self) -> None:
        """``users/{login}`` once: the agent's login, extension and name (and a key check)."""
        if self._identified:
            return
        answer = await self._wire.get(f"users/{self.identity.user}")
        if not isinstance(answer, dict) or not answer.get("login"):
            raise MalformedResponseError(
                f"the PBX's answer about user {self.identity.user} has no login",
                action="users/{login}",
            )
        self.identity.login = str(answer["login"])
        self.identity.extension = str(answer.get("ext") or "") or None
        self.identity.name = str(answer.get("name") or "") or None
        self._identified = True

    async def _poll(self) -> None:
        self._queue(self._live.set_dnd(await self._dnd()))
        if self._live.calls:
            self._queue(self._live.end_matching(await self._finished_calls()))
            self._queue(self._live.end_overdue())

    async def _finished_calls(self) -> list[FinishedCall]:
        """The history's calls since shortly before the oldest live one rang."""
        oldest = min(c.ringing_at or c.entered_at or datetime.now(UTC) for c in self._live.calls)
        # Both ends (4.5): without one, "end is today's date" may be read as today 00:00.
        window = {
            "start": parse.request_time(oldest - timedelta(minutes=5)),
            "end": parse.request_time(datetime.now(UTC) + CLOCK_SKEW),
            "type": "all",
        }
        answer = await self._wire.get("history/json", window)
        finished = []
        for row in parse.items(answer, "history/json"):
            read = parse.external_call(row, self.identity.names, self._departments)
            if read is not None:
                record = read[0]
                try:
                    ended = record.started_at + timedelta(
                        seconds=record.wait_seconds + record.duration_seconds
                    )
                except OverflowError:  # a row dated at the end of time: not a call of ours
                    continue
                finished.append(
                    FinishedCall(
                        record.id, record.number, record.direction, record.started_at, ended
                    )
                )
        return finished

    async def _extensions(self) -> dict[str, str]:
        """Login → extension, so that a colleague in the history can be called back; read
        once (an unreadable list leaves logins as they are)."""
        if self._extension_of is None:
            try:
                self._extension_of = {u.login: u.extension for u in await self.users()}
            except VendorError:
                self._extension_of = {}
        return self._extension_of

    async def _all_items(self, path: str, *, key: str) -> list[dict[str, Any]]:
        """Every entry of a paged list (3.2, :func:`~agentdesk.backends.megapbx.parse.next_start`),
        each once by its ``key`` field: pages are asked for until the last, or one that
        brings nothing new (a PBX that does not page answers the same one again), or
        :data:`MAX_PAGES`."""
        entries: list[dict[str, Any]] = []
        seen: set[str] = set()
        start = 0
        for _ in range(MAX_PAGES):
            answer = await self._wire.get(path, {"start": str(start), "limit": str(PAGE)})
            page = parse.items(answer, path)
            fresh = [e for e in page if str(e.get(key)) not in seen]
            seen.update(str(e.get(key)) for e in fresh)
            entries += fresh
            following = parse.next_start(answer, start=start, got=len(page))
            if following is None or not fresh:
                return entries
            start = following
        log.warning(
            "the PBX's %s list goes on beyond %d pages: the first %d entries are used",
            path,
            MAX_PAGES,
            len(entries),
        )
        return entries

    async def _record_url(self, call_id: str) -> str | None:
        details = self._details.get(call_id)
        if details is not None and details.record_url:
            return details.record_url
        names = self.identity.names
        for period in RECORD_LOOKUP_PERIODS:
            answer = await self._wire.get("history/json", {"period": period, "type": "all"})
            for row in parse.items(answer, "history/json"):
                if str(row.get("uid", "")) == call_id:
                    read = parse.external_call(row, names, self._departments | {""})
                    url = str(row.get("record") or row.get("link") or "").strip()
                    if read is not None:
                        self._details[call_id] = read[1]
                    return url or None
        return None

    def _lookup(self, number: str) -> CallerInfo | None:
        if self.contacts is None or not number.strip():
            return None
        try:
            return self.contacts(parse.phone_text(number))
        except Exception:  # a name is a nicety: the PBX still gets its answer, the card its call
            log.warning("local contacts lookup failed", exc_info=True)
            return None

    def _name_for(self, number: str) -> str | None:
        info = self._lookup(number)
        return info.name if info is not None else None

    def _named(self, record: CallRecord) -> CallRecord:
        if record.name or self.contacts is None:
            return record
        name = self._name_for(record.number)
        if not name:
            return record
        return dataclasses.replace(record, name=name)

    def _with_rating(self, details: CallDetails) -> CallDetails:
        rating = self._ratings.get(details.call_id)
        if rating is None or rating == details.rating:
            return details
        return dataclasses.replace(details, rating=rating)


def _call_id(response: httpx.Response) -> str | None:
    """``makecall`` "returns the call's unique id": ``{"callid": ...}`` in public integrations,
    a bare string or number read too."""
    if not response.content:
        return None
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip().strip('"')
        return text or None
    if isinstance(body, dict):
        value = body.get("callid") or body.get("call_id") or body.get("uid")
        return str(value) if value else None
    if isinstance(body, str | int):
        return str(body) or None
    return None


def _listed(record: CallRecord, listed: Any) -> bool:
    """Whether the REST history already lists the call a webhook reported (by id, or by the
    client's number and a start within a minute)."""
    for other in listed:
        if other.id == record.id:
            return True
        if other.number == record.number and abs(other.started_at - record.started_at) <= timedelta(
            minutes=1
        ):
            return True
    return False


def _int_or_none(value: object) -> int | None:
    text = str(value or "").strip()
    try:
        return int(float(text)) if text else None
    except (ValueError, OverflowError):  # "inf", "1e400"
        return None


__all__ = ["CallDetails", "ContactLookup", "MegaPbxBackend", "PbxUser"]
