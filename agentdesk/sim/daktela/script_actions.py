"""The Daktela simulator's call-script actions: ``GetStatuses``, ``CallScriptOpened`` and
``CallScriptClose``. A mixin of :class:`agentdesk.sim.daktela.simulator.DaktelaSimulator`.

Our readings, where the document is vague (the data's readings are in ``scripts``):

- GetStatuses' ``queue`` ("this queue name") is the queue's ``name``, its unique number; the
  statuses of a queue are those :attr:`SimStatus.queues` lists it in; an unknown queue is
  refused;
- CallScriptClose's ``pause`` ("Unique pause name") is taken as ``pause_by`` says: by the
  pause's ``name`` (GetPauses' ``name``), by its id, or by either. A pause it does not take
  is refused as ``pause_refusal`` says: ``"cc"``, the form saved and ``cc.result: false``
  (as the document's third example refuses a pause switch), or ``"status"``, the whole
  request refused with nothing saved;
- CallScriptClose saves the form first, then switches the pause: a pause that cannot be set
  for another reason (not in any queue, in a call) leaves the form saved and answers
  ``cc.result: false`` with the reason, as the document's third example does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from agentdesk.sim.daktela.readings import Readings
from agentdesk.sim.daktela.records import (
    BAD_DATETIME,
    BAD_OPTION,
    FIELD_NOT_FOUND,
    NOT_IN_ANY_QUEUE,
    PAUSE_DURING_CALL,
    PAUSE_NOT_FOUND,
    QUEUE_NOT_FOUND,
    SCRIPT_NOT_OPEN,
    STATUS_NOT_FOUND,
    STATUS_REQUIRED,
    USER_NOT_FOUND,
    ApiError,
    Params,
    SimCall,
    SimPause,
    SimQueue,
    missing,
)
from agentdesk.sim.daktela.scripts import (
    NUMBER_CHECK_STATUSES,
    SimScript,
    SimStatus,
    field_named,
    statuses_38,
)


class ScriptActions:
    """Handlers of the call-script actions (see the module docstring)."""

    login: str
    pauses: dict[str, SimPause]
    queues: dict[str, SimQueue]
    statuses: dict[str, SimStatus]
    call_script: SimScript | None
    closed_scripts: list[SimScript]
    readings: Readings
    _calls: list[SimCall]
    _logintime: datetime | None

    @property
    def id_pause(self) -> str | None:
        raise NotImplementedError

    def _update(self, change: Callable[[], None]) -> None:
        raise NotImplementedError

    def _enter_pause(self, pause: SimPause) -> None:
        raise NotImplementedError

    def _clear_pause(self) -> None:
        raise NotImplementedError

    def _in_wrap(self) -> bool:
        raise NotImplementedError

    async def _get_statuses(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        if version >= (4, 0):
            return list(NUMBER_CHECK_STATUSES)
        statuses = list(self.statuses.values())
        queue = params.get("queue")
        if queue is not None:
            if not any(q.name == queue for q in self.queues.values()):
                raise ApiError(QUEUE_NOT_FOUND)
            statuses = [s for s in statuses if queue in s.queues]
        wanted = params.get("id") or item_id
        found = tuple(s for s in statuses if wanted in (None, s.id))
        if wanted is not None and not found:
            raise ApiError(STATUS_NOT_FOUND)
        return statuses_38(found)

    async def _call_script_opened(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        user = params.get("user")
        if not user:
            raise ApiError(missing("user"))
        if user != self.login:
            raise ApiError(USER_NOT_FOUND)
        script = self.call_script
        if script is None:
            return {"record": None}
        return {
            "record": script.record_shape(numbers_as_text=True),
            "fields": script.fields_shape(),
        }

    async def _call_script_close(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        script = self._open_script_named(params)
        status = self._closing_status(script, params.get("status"))
        values = _checked_fields(params.keyed("fields"))
        nextcall = _nextcall(params.get("nextcall"))
        pause_name = params.get("pause")
        pause = self._pause_taken(pause_name) if pause_name is not None else None
        if pause_name is not None and pause is None and self.readings.pause_refusal == "status":
            raise ApiError(PAUSE_NOT_FOUND)
        # Saved first; the pause switch comes after and may fail on its own (cc).
        script.status = status
        script.values.update(values)
        script.nextcall = nextcall
        script.number = params.get("number") or script.number
        script.action = 6 if nextcall else 5
        script.edited = datetime.now()
        self.closed_scripts.append(script)
        cc_error = self._leave_wrap(pause_name, pause)
        self._update(lambda: setattr(self, "call_script", None))
        return {
            "record": script.record_shape(numbers_as_text=False),
            "cc": {"result": cc_error is None, "error": cc_error},
        }

    def _open_script_named(self, params: Params) -> SimScript:
        record, call_id = params.get("record"), params.get("call_id")
        if not record and not call_id:
            raise ApiError(missing("call_id"))
        script = self.call_script
        if script is None or (record and record != str(script.record)):
            raise ApiError(SCRIPT_NOT_OPEN)
        if call_id and call_id != script.call_id:
            raise ApiError(SCRIPT_NOT_OPEN)
        return script

    def _closing_status(self, script: SimScript, code: str | None) -> SimStatus:
        status = script.status
        if code:
            status = next((s for s in self.statuses.values() if s.code == code), None)
            if status is None or status.deleted:
                raise ApiError(STATUS_NOT_FOUND)
        if status is None:
            raise ApiError(STATUS_REQUIRED)
        return status

    def _pause_taken(self, value: str) -> SimPause | None:
        """The pause CallScriptClose's ``pause`` names, in the forms ``pause_by`` takes."""
        by_name = self.readings.pause_by in ("name", "both")
        by_id = self.readings.pause_by in ("id", "both")
        for pause in self.pauses.values():
            named = (by_name and pause.name == value) or (by_id and pause.pause == value)
            if named and not pause.deleted:
                return pause
        return None

    def _leave_wrap(self, pause_name: str | None, pause: SimPause | None) -> str | None:
        """CallScriptClose's pause switch; the reason it failed, or None."""
        if pause_name is None:
            if self._in_wrap():
                self._update(self._clear_pause)
            return None
        if pause is None:
            return PAUSE_NOT_FOUND
        if self._logintime is None or not any(q.rt_logged for q in self.queues.values()):
            return NOT_IN_ANY_QUEUE
        if self._calls:
            return PAUSE_DURING_CALL
        self._update(lambda: self._enter_pause(pause))
        return None


def _checked_fields(values: dict[str, str]) -> dict[str, str]:
    for name, value in values.items():
        known = field_named(name)
        if known is None:
            raise ApiError(f"{FIELD_NOT_FOUND} {name}")
        if known.options and value and value not in known.options:
            raise ApiError(f"{BAD_OPTION} {known.title}")
    return values


def _nextcall(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        raise ApiError(f"{BAD_DATETIME} nextcall") from None
