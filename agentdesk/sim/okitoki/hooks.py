"""The simulator's side of Oki-Toki's "Events and Integrations": webhooks posted, in order, to
the URL an administrator would give the external resource.

The guide lets the administrator choose the method (GET, POST or JSON) and the action
parameters; the simulator sends what AgentDesk's README asks an administrator to set up:
``event`` (``ringing``, ``answered``, ``ended``, ``status``), ``session_id``, ``phone``,
``direction``, ``queue``, ``contact_name``, ``user_id``, ``status_id``, ``away_status_id``, and
the shared ``secret`` as a common request parameter.

With ``style="variant"`` the parameters go out under other names an administrator may
choose (:func:`agentdesk.sim.okitoki.variants.hook`); what is kept of each
(:class:`SentHook`) is our shape either way.

The guide's Event log shows each event's integration as "successful, unsuccessful, or
pending": the platform keeps track of deliveries, and one may come again after the call's
later ones (:meth:`HookSender.repeat`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, ClassVar, Final

import aiohttp

from agentdesk.sim.okitoki import variants
from agentdesk.sim.webhook_sender import WebhookSender

METHODS: Final = ("GET", "POST", "JSON")


@dataclass(frozen=True)
class SentHook:
    payload: dict[str, str]
    status: int | None  # the receiver's HTTP status; None when it could not be reached


class HookSender(WebhookSender[dict[str, str], SentHook]):
    """Posts payloads one after another from its own task, so the order is kept; the task
    lives until :meth:`stop`."""

    what = "webhook"
    log: ClassVar[logging.Logger] = logging.getLogger(__name__)

    def __init__(self, *, method: str = "POST", style: str = "ours") -> None:
        if method not in METHODS:
            raise ValueError(f"webhook method must be one of {', '.join(METHODS)}")
        super().__init__()
        self.method = method
        self.style = style
        self.secret: str | None = None

    def send(self, payload: dict[str, str]) -> None:
        """Queue ``payload`` (with the secret added) if a URL is set; else drop it."""
        if not self.url:
            return
        body = {k: v for k, v in payload.items() if v is not None}
        if self.secret and "secret=" not in self.url:
            body["secret"] = self.secret
        self._enqueue(body)

    def repeat(self, sent: SentHook) -> None:
        """Post a webhook delivered before once more, as it was."""
        self.send({k: v for k, v in sent.payload.items() if k != "secret"})

    async def _request(
        self, http: aiohttp.ClientSession, url: str, queued: dict[str, str]
    ) -> aiohttp.ClientResponse:
        body = variants.hook(queued) if self.style == "variant" else queued
        if self.method == "GET":
            return await http.get(url, params=body)
        if self.method == "JSON":
            return await http.post(url, json=body)
        return await http.post(url, data=body)

    def _kept(self, queued: dict[str, str], status: int | None, answer: Any) -> SentHook:
        return SentHook(queued, status)
