"""The simulated PBX's side of section 2: commands posted, one after another, to the single
CRM address given in the PBX's web cabinet, each with ``crm_token``.

The document's examples are JSON; its text says history and event come "in the
multipart/form-data format" (section 2); integrations in the wild read them as a form
(``$_POST``). The sender uses one of the three (``encoding``), alternates JSON and form
(``"both"``, the default) or goes round all three (``"all"``), so that a receiver meets each.
It keeps each answer, so that the ``contact`` command's ``contact_name``/``responsible`` can
be looked at.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, ClassVar, Final

import aiohttp

from agentdesk.sim.megapbx.readings import ENCODINGS
from agentdesk.sim.webhook_sender import WebhookSender

_ROUNDS: Final = {"both": ("json", "form"), "all": ("json", "form", "multipart")}


@dataclass(frozen=True)
class SentCommand:
    payload: dict[str, Any]
    encoding: str  # json, form or multipart
    status: int | None  # the receiver's HTTP status; None when it could not be reached
    answer: Any = None  # the receiver's JSON answer, when it gave one


class CommandSender(WebhookSender[tuple[dict[str, Any], str], SentCommand]):
    """Posts commands in order from its own task; the task lives until :meth:`stop`."""

    what = "command"
    log: ClassVar[logging.Logger] = logging.getLogger(__name__)

    def __init__(self, *, crm_token: str, encoding: str = "both") -> None:
        if encoding not in ENCODINGS:
            raise ValueError(f"encoding must be one of {', '.join(ENCODINGS)}")
        super().__init__()
        self.crm_token = crm_token
        self.encoding = encoding
        self._count = 0

    def send(self, payload: dict[str, Any], *, token: str | None = None) -> None:
        """Queue ``payload`` with ``crm_token`` (``token`` when given: a wrong one, say) if
        a URL is set; else drop it."""
        if not self.url:
            return
        body = {k: v for k, v in payload.items() if v is not None}
        body["crm_token"] = self.crm_token if token is None else token
        rounds = _ROUNDS.get(self.encoding)
        encoding = rounds[self._count % len(rounds)] if rounds else self.encoding
        self._count += 1
        self._enqueue((body, encoding))

    def repeat(self, sent: SentCommand) -> None:
        """Post a command delivered before once more, as it was (its token included)."""
        self.send(
            {k: v for k, v in sent.payload.items() if k != "crm_token"},
            token=sent.payload.get("crm_token"),
        )

    async def _request(
        self, http: aiohttp.ClientSession, url: str, queued: tuple[dict[str, Any], str]
    ) -> aiohttp.ClientResponse:
        payload, encoding = queued
        if encoding == "json":
            return await http.post(url, json=payload)
        form = {k: "" if v is None else str(v) for k, v in payload.items()}
        if encoding == "multipart":
            # aiohttp's own multipart writer: not the receiver's reading of the format.
            parts = aiohttp.FormData(default_to_multipart=True)
            for name, value in form.items():
                parts.add_field(name, value)
            return await http.post(url, data=parts)
        return await http.post(url, data=form)

    async def _answer(self, response: aiohttp.ClientResponse) -> Any:
        if response.content_type == "application/json":
            return await response.json()
        return None

    def _kept(
        self, queued: tuple[dict[str, Any], str], status: int | None, answer: Any
    ) -> SentCommand:
        payload, encoding = queued
        return SentCommand(payload, encoding, status, answer)
