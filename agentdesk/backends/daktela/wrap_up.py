"""A call's wrap-up in Daktela: ``CallScriptOpened`` for the form, ``GetStatuses`` for the
statuses of the call's queue, ``CallScriptClose`` to save it and switch the pause.

Our readings of the document, where it is vague:

- GetStatuses' ``queue`` is "this queue name": a queue's ``name`` in Daktela is its unique
  number (RTUserState's ``oqueue``/``login_oqueues``: "name - unique queue number"). The
  call's queue is the one RTUserState showed it in while it was live, else the one
  CallScriptOpened's record names (an id, mapped to its name through ``login_oqueues``).
  A call with no known queue, a queue refused, or a queue with no statuses gets every
  status, as before GetStatuses was filtered (a form without statuses could not be saved);
- CallScriptClose's ``pause`` is a "Unique pause name", while its examples (``obed``,
  ``pause_20``) match neither GetPauses' ``name`` nor its id: we send the name first and the
  id when Daktela will not take the name, and remember for the backend's life the form it
  took (logged at INFO). Daktela may refuse a pause in two ways: the whole request
  (``status: 0``, nothing saved: it is sent again with the other form) or, as the document's
  third example refuses another pause switch, the form saved and ``cc.result: false``: then
  PauseOn, which documents a pause *id*, switches the pause; if that fails too the agent is
  told the form was saved but the pause not (:class:`SavedButPauseFailedError`);
- the document has no note for CallScriptClose: a note goes into the call-script field named
  by ``note_field`` (a profile option); without one a note is refused with
  ConfigurationError and forms say ``accepts_note=False``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any, Final

from agentdesk.backends.daktela import parse
from agentdesk.backends.daktela.live import Caller
from agentdesk.core import (
    ConfigurationError,
    Disposition,
    DispositionForm,
    DispositionStatus,
    MalformedResponseError,
    SavedWithProblemError,
    VendorError,
)
from agentdesk.core.recent import Recent

log = logging.getLogger(__name__)

BY_NAME: Final = "name"
BY_ID: Final = "id"


class SavedButPauseFailedError(SavedWithProblemError):
    """CallScriptClose saved the form, then the agent's pause could not be switched
    (``cc.result: false``, and PauseOn refused too); ``vendor_message`` is the reason."""


class WrapUp:
    """The wrap-up of one agent's calls (see the module docstring)."""

    def __init__(
        self,
        call: Caller,
        *,
        login: str,
        note_field: str | None,
        pause_name: Callable[[str], Awaitable[str]],
        queue_names: Callable[[], Awaitable[Mapping[str, str]]],
        stamp: Callable[[datetime], str],
    ) -> None:
        """``pause_name``: a pause's unique name by its id; ``queue_names``: the queues'
        names (numbers) by their ids."""
        self._call = call
        self._login = login
        self.note_field = note_field
        self._pause_name = pause_name
        self._queue_names = queue_names
        self._stamp = stamp
        self._call_queues: Recent[str, str] = Recent()
        self.pause_forms: tuple[str, str] = (BY_NAME, BY_ID)
        """The form of a pause CallScriptClose is sent first, then the other."""
        self._learned: str | None = None

    def saw_calls(self, raw_calls: object) -> None:
        """RTUserState's ``calls``: remember the queue (its name) each call is in."""
        for call in raw_calls if isinstance(raw_calls, list) else []:
            queue = call.get("oqueue") if isinstance(call, dict) else None
            name = queue.get("name") if isinstance(queue, dict) else None
            if isinstance(call, dict) and call.get("id_call") and name not in (None, ""):
                self._call_queues[str(call["id_call"])] = str(name)

    async def form(self, call_id: str) -> DispositionForm | None:
        opened = await self._call("CallScriptOpened", {"user": self._login})
        if not isinstance(opened, dict):
            raise MalformedResponseError(
                "Daktela's CallScriptOpened result is not an object", action="CallScriptOpened"
            )
        record = opened.get("record")
        if not isinstance(record, dict) or str(record.get("call_id") or "") != call_id:
            return None
        statuses = await self._statuses(await self._queue_of(call_id, record))
        fields = parse.form_fields(opened.get("fields"))
        accepts_note = self.note_field is not None and any(
            f.name == self.note_field for f in fields
        )
        number = record.get("number")
        return DispositionForm(
            call_id=call_id,
            statuses=statuses,
            fields=tuple(f for f in fields if f.name != self.note_field),
            number=str(number) if number not in (None, "") else None,
            accepts_note=accepts_note,
        )

    async def dispose(self, disposition: Disposition) -> None:
        params = self._close_params(disposition)
        if not disposition.then_pause:
            self._check_pause_switch(await self._call("CallScriptClose", params))
            return
        pause_id = disposition.then_pause
        forms = {BY_NAME: await self._pause_name(pause_id), BY_ID: pause_id}
        first, second = self.pause_forms
        try:
            result = await self._call("CallScriptClose", params | {"pause": forms[first]})
            taken = first
        except VendorError as refused:
            if isinstance(refused, MalformedResponseError) or forms[first] == forms[second]:
                raise
            try:
                result = await self._call("CallScriptClose", params | {"pause": forms[second]})
            except VendorError:
                raise refused from None
            taken = second
        try:
            self._check_pause_switch(result)
        except SavedButPauseFailedError as failed:
            await self._pause_on_instead(pause_id, forms[taken], failed)
            return
        self._took(taken, forms[taken])

    # -- statuses ------------------------------------------------------------------------

    async def _queue_of(self, call_id: str, record: Mapping[str, Any]) -> str | None:
        known = self._call_queues.get(call_id)
        if known is not None:
            return known
        queue_id = record.get("queue")
        if queue_id in (None, ""):
            return None
        return (await self._queue_names()).get(str(queue_id))

    async def _statuses(self, queue: str | None) -> tuple[DispositionStatus, ...]:
        if queue is not None:
            try:
                found = parse.statuses(await self._call("GetStatuses", {"queue": queue}))
            except VendorError as refused:
                if isinstance(refused, MalformedResponseError):
                    raise
                log.info("GetStatuses refused queue %s (%s): offering every status", queue, refused)
            else:
                if found:
                    return found
                log.info("GetStatuses lists no status of queue %s: offering every status", queue)
        return parse.statuses(await self._call("GetStatuses", {}))

    # -- closing -------------------------------------------------------------------------

    def _close_params(self, disposition: Disposition) -> dict[str, str | list[str]]:
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
        return params

    @staticmethod
    def _check_pause_switch(result: object) -> None:
        cc = result.get("cc") if isinstance(result, dict) else None
        if isinstance(cc, dict) and str(cc.get("result")).lower() in ("false", "0"):
            raise SavedButPauseFailedError(
                str(cc.get("error") or "pause switch failed"), action="CallScriptClose"
            )

    async def _pause_on_instead(
        self, pause_id: str, sent: str, failed: SavedButPauseFailedError
    ) -> None:
        """The form is saved, the pause in it was not switched: PauseOn takes the id."""
        try:
            await self._call("PauseOn", {"user": self._login, "pause": pause_id})
        except VendorError:
            raise failed from None
        log.info(
            "Daktela's CallScriptClose did not switch to pause %r (%s); PauseOn took its id %s",
            sent,
            failed.vendor_message,
            pause_id,
        )
        self._took(BY_ID, pause_id)

    def _took(self, form: str, value: str) -> None:
        """Daktela took the pause in ``form``: send that form first from now on."""
        self.pause_forms = (form, BY_ID if form == BY_NAME else BY_NAME)
        if self._learned != form:
            self._learned = form
            log.info("Daktela takes a pause by its %s (%r): it goes first from now on", form, value)
