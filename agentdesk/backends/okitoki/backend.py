"""Oki-Toki cloud call centre, API v1 (``https://{company}.oki-toki.net/api/v1/...``).

The wire (token, refusals) is :mod:`~agentdesk.backends.okitoki.wire`; the answers' shapes
:mod:`~agentdesk.backends.okitoki.parse`; the profile's lists (statuses, results, fields)
:mod:`~agentdesk.backends.okitoki.options`; the agent's live status and the webhooks
:mod:`~agentdesk.backends.okitoki.live`. What each capability uses:

- pauses: ``user/set_status`` (``user_id``, ``status_id``, ``away_status_id``); the API lists
  no statuses, so the profile's ``statuses`` option does; Ready is the one flagged ``ready``;
- click-to-call: ``dialers/create_task`` (``dialer_id``, ``phones``, ``user_id``,
  ``priority``): a task for a dialer, which places the call when it gets to it
  (:attr:`OkiTokiBackend.dial_note`); the task's number is the DialResult's ``call_id`` and
  :meth:`OkiTokiBackend.cancel_dial` takes it back (``dialers/cancel_task``);
- disposition: ``call/get_data`` shows what the call already holds, ``call/add_data`` stores
  the outcome (in ``result_field``), the note (in ``comment_field``) and the profile's fields;
  a call-back is a dialer task with ``date``;
- history: ``reports/acd/calls-log`` (JSON, or ``csv``/``csv_2016`` by the
  ``call_log_format`` option), the agent's own rows; recordings: ``record/{session_id}``
  with the call's ``date`` when known; caller lookup: ``contacts`` with ``field=*number``
  plus this month's call log for the number; queue figures: ``reports/sec/queue-status-summary``
  split by queue;
- live state: no per-agent feed is documented. With a webhook receiver configured
  (``webhook_port``), Oki-Toki's "Events and Integrations" webhooks bring calls ringing,
  answered and ended, and status changes, and the backend declares LIVE_STATE; without one it
  does not, and its status is only what it set itself. Either way ``watch()`` reads the last
  hour's call log (one request a look): it proves the token still works and ends a live call
  whose "ended" webhook went missing; a call still live past its bound
  (:mod:`~agentdesk.backends.live_calls`) ends right after that look. It looks adaptively
  (:mod:`~agentdesk.backends.polling`): every ``call_log_poll_seconds`` while idle with the
  window shown, every quarter of that (at least 5 s) while a call is live, twice that (at
  most 5 min) while the window is hidden, each wait ±20 % at random so that agents do not
  poll in step.

Capabilities follow the profile: no ``statuses``, no PAUSE; no ``dialer_id``, no DIAL; no
webhook, no LIVE_STATE. ANSWER, HANGUP, TRANSFER and queue log-in are not documented.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import datetime
from typing import Final

import httpx

from agentdesk.backends import wall_clock
from agentdesk.backends.answer_shapes import ShapeNotes
from agentdesk.backends.audio_type import media_type
from agentdesk.backends.live_calls import LiveLimits
from agentdesk.backends.okitoki import lists, parse
from agentdesk.backends.okitoki.history import day_text, log_queries
from agentdesk.backends.okitoki.live import (
    CALL_EVENT_KEYS,
    EVENT_WORDS,
    STATUS,
    STATUS_EVENT_KEYS,
    KnownStatus,
    payload_keys,
)
from agentdesk.backends.okitoki.options import (
    MIN_POLL_SECONDS,
    CompanyStatus,
    backend_options,
    parse_fields,
    parse_results,
    parse_statuses,
)
from agentdesk.backends.okitoki.spec import SPEC
from agentdesk.backends.okitoki.webhook_address import (
    DEFAULT_WEBHOOK_HOST,
    WEBHOOK_PATH,
    derived_webhook_secret,
)
from agentdesk.backends.okitoki.wire import OkiTokiWire
from agentdesk.backends.polling import PollSchedule
from agentdesk.backends.tracked_status import TrackedStatus
from agentdesk.backends.watch_loop import PollingBackend
from agentdesk.core import (
    AgentStatus,
    CallAnswered,
    CallEnded,
    CallerInfo,
    CallRecord,
    CallRinging,
    Capability,
    ConfigurationError,
    DialResult,
    Disposition,
    DispositionField,
    DispositionForm,
    FieldKind,
    Pause,
    QueueFigures,
    Recording,
    SavedWithProblemError,
    VendorError,
)
from agentdesk.core.flags import CallerFlags
from agentdesk.core.recent import Recent
from agentdesk.receivers import WebhookReceiver
from agentdesk.redaction import register_secret

CALL_LOG: Final = "reports/acd/calls-log"
QUEUE_SUMMARY: Final = "reports/sec/queue-status-summary"
QUEUE_SUMMARY_QUERY: Final = {"split_by": "queue", "date_range": "last_hour"}
DEFAULT_POLL_SECONDS: Final = 60.0
TASK_PRIORITY: Final = "2"  # the document's top priority: an agent's own call goes first
LOOKUP_DIGITS: Final = 9  # "*501234567" matches 380501234567, 0501234567 and +380...
GUIDE: Final = "docs/vendors/okitoki.md"  # where the answers' assumed shapes are listed


class OkiTokiBackend(PollingBackend):
    vendor = SPEC.key
    display_name = SPEC.display_name
    # Everything the document supports; an instance keeps what its profile makes possible.
    capabilities = frozenset(
        {Capability.LIVE_STATE, Capability.PAUSE, Capability.DIAL, Capability.CANCEL_DIAL}
        | {Capability.DISPOSITION}
        | {Capability.HISTORY, Capability.RECORDINGS, Capability.CALLER_LOOKUP}
        | {Capability.MY_DAY}  # the day's calls from the call log (Backend.today)
        | {Capability.CALLER_FLAGS}  # lists/check, with the profile's vip_list/block_list
        | {Capability.QUEUE_STATS}
    )
    dial_note = SPEC.dial_note

    def __init__(
        self,
        *,
        base_url: str,
        user_id: str,
        api_token: str,
        dialer_id: str | None = None,
        vip_list: str | None = None,
        block_list: str | None = None,
        statuses: str = "",
        results: str = "",
        fields: str = "",
        result_field: str = "result",
        comment_field: str = "comment",
        priority: str = TASK_PRIORITY,
        call_log_poll_seconds: float = DEFAULT_POLL_SECONDS,
        call_log_format: str = "json",
        timezone: str | None = None,
        contact_phone_field: str = "phone",
        contact_name_field: str = "name",
        contact_company_field: str = "company",
        webhook_host: str = DEFAULT_WEBHOOK_HOST,
        webhook_port: int | None = None,
        webhook_secret: str | None = None,
        webhook_public_url: str | None = None,
        relay_url: str | None = None,
        relay_token: str | None = None,
        relay_ca_file: str | None = None,
        poll_schedule: PollSchedule | None = None,
        live_limits: LiveLimits | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """``webhook_port`` None: no receiver (0: any free port, for tests and the demo).
        ``webhook_secret`` None: one derived from the API token, so that none is stored.
        ``poll_schedule`` None: one with ``call_log_poll_seconds`` as the idle
        interval, never below :data:`MIN_POLL_SECONDS` (unless the interval is).
        ``live_limits`` None: the live calls' usual bounds."""
        if not base_url.startswith(("http://", "https://")):
            raise ConfigurationError(
                f"Oki-Toki URL must look like https://company.oki-toki.net, got {base_url!r}"
            )
        if not user_id.isdigit():
            raise ConfigurationError(
                f"Oki-Toki needs the agent's user number as the user, got {user_id!r}"
            )
        if not api_token:
            raise ConfigurationError("Oki-Toki needs the user's API token as the secret")
        if dialer_id is not None and not dialer_id.isdigit():
            raise ConfigurationError(f"Oki-Toki dialer_id must be a number, got {dialer_id!r}")
        if priority not in ("0", "1", "2"):
            raise ConfigurationError(f"Oki-Toki priority must be 0, 1 or 2, got {priority!r}")
        if call_log_format not in parse.LOG_FORMATS:
            raise ConfigurationError(
                f"Oki-Toki call_log_format must be json, csv or csv_2016, got {call_log_format!r}"
            )
        if call_log_poll_seconds <= 0:
            raise ConfigurationError("Oki-Toki call_log_poll_seconds must be above 0")
        self.user_id = user_id
        self.dialer_id = dialer_id
        self.statuses = parse_statuses(statuses)
        self.results = parse_results(results)
        self.fields = parse_fields(fields)
        self.result_field = result_field
        self.comment_field = comment_field
        self.priority = priority
        super().__init__(
            poll_schedule
            or PollSchedule(
                idle=call_log_poll_seconds, floor=min(MIN_POLL_SECONDS, call_log_poll_seconds)
            )
        )
        self.poll_seconds = self.poll_schedule.idle
        self.log_format = call_log_format
        self.contact_fields = (contact_phone_field, contact_name_field, contact_company_field)
        self._tz = wall_clock.time_zone(timezone)
        self._wire = OkiTokiWire(base_url=base_url, token=api_token, transport=transport)
        self.shapes = ShapeNotes("Oki-Toki", GUIDE)
        """What was said of answers that did not fit the shapes AgentDesk assumed."""
        self._known = KnownStatus(
            user_id=user_id, statuses=self.statuses, clock=self._now, limits=live_limits
        )
        self._verified = False
        self._call_dates: Recent[str, datetime] = Recent()
        self._call_numbers: Recent[str, str] = Recent()
        self.webhook_public_url = webhook_public_url or None
        if relay_url:
            self._use_relay(relay_url, relay_token, relay_ca_file, self._on_webhook, transport)
        elif webhook_port is not None:
            secret = webhook_secret or derived_webhook_secret(api_token)
            register_secret(secret)
            self.receiver = WebhookReceiver(
                webhook_host,
                webhook_port,
                secret=secret,
                path=WEBHOOK_PATH,
                on_payload=self._on_webhook,
            )
        self._offer_with_options(
            (Capability.PAUSE, "statuses", bool(self.statuses)),
            (Capability.DIAL, "dialer_id", dialer_id is not None),
            (Capability.CANCEL_DIAL, "dialer_id", dialer_id is not None),
            (Capability.LIVE_STATE, "webhook_port", self.receiver is not None or bool(relay_url)),
            (Capability.CALLER_FLAGS, "block_list", bool(vip_list or block_list)),
        )
        self.vip_list = vip_list or None
        self.block_list = block_list or None

    @classmethod
    def from_options(
        cls, *, url: str, user: str, secret: str, options: Mapping[str, str]
    ) -> OkiTokiBackend:
        """A backend from a profile's text options (``create_backend``)."""
        return cls(base_url=url, user_id=user, api_token=secret, **backend_options(options))

    # -- webhooks ------------------------------------------------------------------------------

    async def start_receiver(self) -> str:
        """Start listening for webhooks (``watch`` does it too); the URL to paste into
        Oki-Toki's external resource, secret included. ConfigurationError without a receiver
        or when the port is taken."""
        await self._listen(option="webhook_port", whose="Oki-Toki webhooks")
        url = self.webhook_url
        assert url is not None
        return url

    @property
    def webhook_url(self) -> str | None:
        """What Oki-Toki should call: the public URL (a tunnel or proxy in front of this
        computer) when the profile gives one, else the receiver's own; None without one."""
        if self.receiver is None:
            return None
        if self.webhook_public_url:
            return self.receiver.url_with_secret(self.webhook_public_url)
        return self.receiver.url_with_secret() if self.receiver.running else None

    def _on_webhook(self, payload: Mapping[str, str]) -> None:
        self._check_webhook(payload)
        events = self._known.apply(payload)
        for call_id in self._known.live_call_ids:
            self._call_dates.setdefault(call_id, self._known.call_started[call_id])
        for event in events:
            if isinstance(event, CallRinging | CallAnswered | CallEnded):
                self._call_numbers.setdefault(event.call.id, event.call.number)
        self._queue(events)

    def _check_webhook(self, payload: Mapping[str, str]) -> None:
        """Say once if webhooks lack what AgentDesk reads (their parameters are the
        administrator's to name: docs/vendors/okitoki.md lists ours)."""
        named = payload_keys(payload)
        word = str(named.get("event") or "").strip()
        event = EVENT_WORDS.get(word.lower().replace(".", "_"))
        if event is None:
            parameters = ", ".join(sorted(named)) or "none"
            if word:
                self.shapes.note(
                    "webhooks", "one came with event %r, which AgentDesk does not read", word
                )
            else:
                self.shapes.note("webhooks", "one came without an event (it had: %s)", parameters)
        elif event == STATUS:
            self.shapes.check("status webhook", [named], STATUS_EVENT_KEYS)
        else:
            self.shapes.check("call webhook", [named], CALL_EVENT_KEYS)

    # -- the watch loop (agentdesk.backends.watch_loop) ---------------------------------------

    async def _open(self) -> None:
        if self.receiver is not None:
            await self.start_receiver()
        if self.relay is not None:
            self.relay.start()
        await self._poll_log()

    @property
    def _tracked(self) -> TrackedStatus:
        return self._known

    async def _look(self) -> None:
        await self._poll_log()

    # -- the backend contract -----------------------------------------------------------------

    async def status(self) -> AgentStatus:
        if not self._verified:
            await self._poll_log()
        return self._known.status

    async def pauses(self) -> list[Pause]:
        self._require(Capability.PAUSE)
        return [s.as_pause() for s in self.statuses if not s.ready]

    async def pause(self, pause_id: str, *, comment: str | None = None) -> None:
        """``pause_id`` is a status of the profile, or any ``STATUS[/AWAY]`` numbers."""
        self._require(Capability.PAUSE)
        await self._set_status(self._status_for(pause_id), comment)

    async def unpause(self) -> None:
        self._require(Capability.PAUSE)
        await self._set_status(next(s for s in self.statuses if s.ready), None)

    async def dial(self, number: str) -> DialResult:
        """Give the dialer a task for ``number``; ``call_id`` is the task's number."""
        self._require(Capability.DIAL)
        task = await self._create_task(number)
        extra = {"task_id": task} if task else {}
        return DialResult(call_id=task, extra=extra | {"via": "dialer_task"})

    async def cancel_dial(self, dial_id: str) -> None:
        """Take back a dial that the dialer has not placed yet (``dialers/cancel_task``)."""
        self._require(Capability.CANCEL_DIAL)
        assert self.dialer_id is not None
        await self._wire.post(
            "dialers/cancel_task",
            {"dialer_id": self.dialer_id, "task_id": dial_id},
            names=f"dialer {self.dialer_id} or task {dial_id}",
        )

    async def caller_info(self, number: str) -> CallerInfo | None:
        digits = "".join(ch for ch in number if ch.isdigit())
        if not digits:
            return None
        phone_field, name_field, company_field = self.contact_fields
        contacts, log = await asyncio.gather(
            self._wire.get("contacts", {phone_field: "*" + digits[-LOOKUP_DIGITS:]}),
            self._log_rows({"anis": digits, "date_range": "this_month"}),
        )
        name, company = parse.contact_name_and_company(
            contacts, name_field=name_field, company_field=company_field
        )
        records = [r for r in (self._record(row) for row in log) if r and r.answered]
        last = max(records, key=lambda r: r.started_at, default=None)
        if not (name or company or last):
            return None
        return CallerInfo(
            number=number,
            name=name or (last.name if last else None),
            company=company,
            last_agent=last.agent if last else None,
            last_queue=last.queue if last else None,
            last_call_at=last.started_at if last else None,
        )

    async def disposition_form(self, call_id: str) -> DispositionForm | None:
        answer = await self._wire.post(
            "call/get_data",
            {"session_id": call_id, "date": day_text(self._date_of(call_id))},
            names=f"call {call_id}",
        )
        stored = parse.stored_data(answer)
        known = {f.name for f in self.fields} | {self.result_field, self.comment_field}
        fields = [
            DispositionField(
                name=f.name,
                title=f.title,
                kind=f.kind,
                required=f.required,
                choices=f.choices,
                value=stored.get(f.name, ""),
            )
            for f in self.fields
        ]
        fields += [
            DispositionField(name=key, title=key, kind=FieldKind.TEXT, value=value)
            for key, value in stored.items()
            if key not in known
        ]
        return DispositionForm(
            call_id=call_id,
            statuses=self.results,
            fields=tuple(fields),
            number=self._call_numbers.get(call_id),
            accepts_note=True,
            accepts_callback=self.dialer_id is not None,
            accepts_pause=bool(self.statuses),
        )

    async def dispose(self, disposition: Disposition) -> None:
        """``call/add_data``; then the call-back task and the status, whose failures raise
        SavedWithProblemError (the data is stored: saving again would only repeat it)."""
        call_id = disposition.call_id
        number = self._call_numbers.get(call_id)
        if disposition.callback_at is not None and (self.dialer_id is None or not number):
            raise ConfigurationError(
                "Oki-Toki calls back through a dialer task: set the profile option dialer_id"
                if self.dialer_id is None
                else f"the number of call {call_id} is unknown, so no call-back can be set"
            )
        then = self._status_for(disposition.then_pause) if disposition.then_pause else None
        data = {"session_id": call_id, **disposition.fields}
        if disposition.status_id:
            data[self.result_field] = disposition.status_id
        if disposition.note:
            data[self.comment_field] = disposition.note
        await self._wire.post("call/add_data", data, names=f"call {call_id}")
        try:
            if disposition.callback_at is not None and number:
                await self._create_task(number, when=disposition.callback_at)
            if then is not None:
                await self._set_status(then, None)
            elif self.statuses and self._known.status.pause and self._known.status.pause.is_wrap_up:
                await self.unpause()
        except VendorError as exc:
            raise SavedWithProblemError(exc.vendor_message, action=exc.action) from exc

    async def caller_flags(self, number: str) -> CallerFlags:
        """``lists/check`` on the profile's VIP and block lists, each only if set
        (:mod:`agentdesk.backends.okitoki.lists`)."""
        self._require(Capability.CALLER_FLAGS)

        async def check(list_id: str | None) -> bool | None:
            return None if list_id is None else await lists.on_list(self._wire.get, list_id, number)

        vip, blocked = await asyncio.gather(check(self.vip_list), check(self.block_list))
        return CallerFlags(number, vip=vip, blocked=blocked)

    async def history(
        self, since: datetime, until: datetime | None = None, *, limit: int = 1000
    ) -> list[CallRecord]:
        now = self._now()
        until = until or now
        found: dict[str, CallRecord] = {}
        for query in log_queries(self._local(since), self._local(until), now):
            for row in await self._log_rows(query):
                record = self._record(row)
                if record is not None and since <= record.started_at <= until:
                    found[record.id] = record
        records = sorted(found.values(), key=lambda r: r.started_at, reverse=True)
        return records[:limit]

    async def recording(self, call_id: str) -> Recording:
        known = self._call_dates.get(call_id)
        params = {"date": day_text(known)} if known else {}
        data, content_type = await self._wire.get_bytes(
            f"record/{call_id}", params, names=f"recording of call {call_id}", in_path=True
        )
        if not data:
            raise VendorError(f"Oki-Toki has no recording of call {call_id}", action="record")
        return Recording(call_id=call_id, data=data, content_type=media_type(content_type, data))

    async def queue_figures(self) -> list[QueueFigures]:
        # With a relay that polls the queue summary for the company (docs/RELAY.md), its
        # newest answer while fresh: one paid request for all desks instead of one each. A
        # relay silent or cut off for two of its intervals leaves this desk asking Oki-Toki
        # itself again, so the strip never goes blank for want of the relay.
        answer = self._relayed("queue_figures")
        if answer is None:
            answer = await self._wire.get(QUEUE_SUMMARY, QUEUE_SUMMARY_QUERY)
        self.shapes.check("queue summary", parse.queue_rows(answer), parse.QUEUE_COLUMNS)
        return parse.queue_figures(answer)

    async def aclose(self) -> None:
        if self.receiver is not None:
            await self.receiver.stop()
        if self.relay is not None:
            await self.relay.stop()
        await self._wire.aclose()

    # -- helpers --------------------------------------------------------------------------------

    def _status_for(self, pause_id: str) -> CompanyStatus:
        known = next((s for s in self.statuses if s.id == pause_id), None)
        if known is not None:
            return known
        status_id, slash, away = pause_id.partition("/")
        if not status_id.isdigit() or (slash and not away.isdigit()):
            raise ConfigurationError(
                f"Oki-Toki statuses are numbers like 3 or 2/21, got {pause_id!r}"
            )
        return CompanyStatus(status_id, away or None, pause_id)

    async def _set_status(self, status: CompanyStatus, comment: str | None) -> None:
        params = {"user_id": self.user_id, "status_id": status.status_id}
        if status.away_status_id:
            params["away_status_id"] = status.away_status_id
        if comment:
            params["status_comment"] = comment
        await self._wire.post(
            "user/set_status", params, names=f"{self._user_named} or status {status.id}"
        )
        self._queue(self._known.set_status(status))

    async def _create_task(self, number: str, *, when: datetime | None = None) -> str | None:
        assert self.dialer_id is not None
        params = {
            "dialer_id": self.dialer_id,
            "phones": number,
            "user_id": self.user_id,
            "priority": self.priority,
        }
        if when is not None:
            params["date"] = self._local(when).strftime("%d.%m.%Y %H:%M:%S")
        names = f"{self._user_named} or dialer {self.dialer_id}"
        return parse.task_number(await self._wire.post("dialers/create_task", params, names=names))

    async def _poll_log(self) -> None:
        """One look at the last hour's call log: the token still works, and calls the log
        lists as finished are over even if their "ended" webhook never came; then calls past
        their bound end too."""
        # The relay's shared read of the last hour, while fresh (the same rule and fallback
        # as queue_figures): the rows of this agent and of no one, which the relay picked.
        relayed = self._relayed("call_log")
        if isinstance(relayed, list):
            rows = self._own_rows([r for r in relayed if isinstance(r, dict)])
        else:
            rows = await self._log_rows({"date_range": "last_hour"})
            self._verified = True
        finished = [r.id for r in (self._record(row) for row in rows) if r is not None]
        self._queue(self._known.end_calls(finished))
        self._queue(self._known.end_overdue())

    async def _log_rows(self, query: Mapping[str, str]) -> list[dict[str, str]]:
        """Rows of the call log for ``query``, the agent's own only (when rows name users)."""
        if self.log_format == "json":
            rows = parse.json_rows(await self._wire.get(CALL_LOG, query))
        else:
            data, _ = await self._wire.get_bytes(CALL_LOG, {**query, "format": self.log_format})
            rows = parse.csv_rows(data, self.log_format)
        self.shapes.check(f"call log ({self.log_format})", rows, parse.COLUMNS)
        return self._own_rows(rows)

    def _own_rows(self, rows: list[dict[str, str]]) -> list[dict[str, str]]:
        return [r for r in rows if r.get("user_id", self.user_id) == self.user_id]

    def _relayed(self, kind: str) -> object | None:
        return self.relay.fresh(kind, SPEC.key) if self.relay is not None else None

    def _record(self, row: Mapping[str, str]) -> CallRecord | None:
        record = parse.call_record(row, self._tz, user_id=self.user_id, login=self.user_id)
        if record is not None:
            self._call_dates[record.id] = record.started_at
            if record.number:
                self._call_numbers.setdefault(record.id, record.number)
        return record

    @property
    def _user_named(self) -> str:
        return f"user {self.user_id} (the profile's user number)"

    def _date_of(self, call_id: str) -> datetime:
        return self._local(self._call_dates.get(call_id) or self._now())

    def _now(self) -> datetime:
        return wall_clock.now(self._tz)

    def _local(self, moment: datetime) -> datetime:
        return wall_clock.to_wall(moment, self._tz)
