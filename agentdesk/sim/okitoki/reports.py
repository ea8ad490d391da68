"""The Oki-Toki simulator's read-only requests: the call log (JSON, ``csv``, ``csv_2016``), the
summaries, contact search and recordings. GET only, as the document says."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Final

from aiohttp import web

from agentdesk.sim.audio import beeps_wav
from agentdesk.sim.okitoki import variants
from agentdesk.sim.okitoki.data import (
    CONTACTS,
    CSV_TITLES,
    DATE_RANGES,
    LOG_FORMATS,
    QUEUES,
    STATUSES,
    CallLog,
    SimUser,
    contact_matches,
    render_csv,
)
from agentdesk.sim.okitoki.errors import ApiError, day_param

# record/{session_id} without date: "searches for the last three months"
RECORD_LOOKBACK: Final = timedelta(days=92)


class ReportActions:
    """Mixed into :class:`~agentdesk.sim.okitoki.simulator.OkiTokiSimulator`, which sets these."""

    call_log: CallLog
    url: str
    unknown_object: int
    answer_style: str
    user_id: str
    user_name: str
    status_id: str
    users: dict[str, SimUser]

    @property
    def ready(self) -> bool:
        raise NotImplementedError

    @property
    def _variant(self) -> bool:
        return self.answer_style == "variant"

    def _live_wait(self, queue_id: str) -> int | None:
        """Seconds the live call has been ringing in ``queue_id``; None when none rings."""
        raise NotImplementedError

    def _calls_log(self, params: dict[str, str], path: str) -> web.Response:
        date_range = params.get("date_range") or None
        if date_range is not None and date_range not in DATE_RANGES:
            raise ApiError(422, f"Unknown date_range: {date_range}")
        day = day_param(params["date"], "date") if params.get("date") else None
        log_format = params.get("format") or "default"
        if log_format not in LOG_FORMATS:
            raise ApiError(422, f"Unknown format: {log_format}")
        calls = self.call_log.select(
            now=datetime.now(), date_range=date_range, day=day, anis=params.get("anis")
        )
        if log_format in ("csv", "csv_2016"):
            charset = "windows-1251" if log_format == "csv" else "utf-8"
            titles = variants.CSV_TITLES if self._variant else CSV_TITLES
            return web.Response(
                body=render_csv(calls, log_format, titles),
                headers={
                    "Content-Type": f"text/csv; charset={charset}",
                    "Content-Disposition": 'attachment; filename="calls-log.csv"',
                },
            )
        rows = [c.json_shape() for c in calls]
        if self._variant:
            return web.json_response(
                variants.log_answer([variants.log_row(r, self.url) for r in rows])
            )
        return web.json_response(rows)

    def _calls_summary(self, params: dict[str, str], path: str) -> web.Response:
        calls = self.call_log.select(
            now=datetime.now(), date_range=params.get("date_range"), day=None, anis=None
        )
        answered = sum(1 for c in calls if c.answered)
        return web.json_response(
            [{"calls": len(calls), "answered": answered, "missed": len(calls) - answered}]
        )

    def _queue_summary(self, params: dict[str, str], path: str) -> web.Response:
        split_by = params.get("split_by") or None
        if split_by not in (None, "queue", "user"):
            raise ApiError(422, f"Unknown split_by: {split_by}")
        rows: list[dict[str, Any]] = []
        for queue in QUEUES.values():
            wait = self._live_wait(queue.id)
            rows.append(
                {
                    "queue_id": int(queue.id),
                    "queue": queue.title,
                    "calls_waiting": 0 if wait is None else 1,
                    "max_wait_time": wait or 0,
                    "users_online": len(self.users),
                    "users_ready": 1 + (1 if self.ready else 0),  # the colleague is always ready
                }
            )
        if split_by is None:
            rows = [
                {
                    "queue": "",
                    "calls_waiting": sum(r["calls_waiting"] for r in rows),
                    "max_wait_time": max(r["max_wait_time"] for r in rows),
                    "users_online": len(self.users),
                    "users_ready": rows[0]["users_ready"],
                }
            ]
        if self._variant:
            return web.json_response(variants.queue_answer([variants.queue_row(r) for r in rows]))
        return web.json_response(rows)

    def _user_summary(self, params: dict[str, str], path: str) -> web.Response:
        status = STATUSES[self.status_id]
        return web.json_response(
            [{"user_id": int(self.user_id), "user": self.user_name, "status": status.title}]
        )

    def _contacts(self, params: dict[str, str], path: str) -> web.Response:
        found = [c for c in CONTACTS if all(contact_matches(c, k, v) for k, v in params.items())]
        return web.json_response([c.shape() for c in found[:1000]])

    def _record(self, params: dict[str, str], path: str) -> web.Response:
        session_id = path.partition("/")[2]
        logged = self.call_log.find(session_id)
        if params.get("date"):
            day = day_param(params["date"], "date")
            if logged is not None and logged.started.date() != day:
                logged = None
        elif logged is not None and logged.started < datetime.now() - RECORD_LOOKBACK:
            logged = None
        if logged is None or not logged.recorded:
            raise ApiError(self.unknown_object, f"Record of call {session_id} not found")
        return web.Response(body=beeps_wav(session_id), content_type="audio/wav")
