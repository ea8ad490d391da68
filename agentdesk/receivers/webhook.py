"""A webhook receiver: one path on loopback (by default) that a vendor's platform calls.

Vendors that push events (Oki-Toki's "Events and Integrations", MegaFon's PBX→CRM webhooks)
send a GET with query parameters, a form POST or a JSON POST; a receiver made with
``multipart=True`` takes ``multipart/form-data`` POSTs too (MegaFon's document says its PBX
posts so), read in memory by :mod:`agentdesk.receivers.multipart` with the same limits and
file parts passed over. The receiver checks a shared secret and hands each request on as one
flat :data:`Payload` (query and body merged, the body winning; the secret taken out), in
arrival order. Text that has no UTF-8 form (a lone surrogate, which JSON's "\\ud800" escapes
let through) is passed on as U+FFFD.

The secret's parameter name is ``secret`` unless the vendor fixes another (MegaFon's PBX sends
``crm_token`` in the body). ``on_payload`` may return a JSON object for the answer, for vendors
that expect data back (MegaFon's ``contact`` command); otherwise the answer is ``{"ok": true}``.

Refusals, none of which passes anything on:

- 403 the secret (``secret`` in the query or the body, compared with
  :func:`hmac.compare_digest`) is missing or wrong, whatever it is made of: only a string
  can be right (a JSON number, list or object never is), and one with a lone surrogate never;
- 413 the body is larger than ``max_body`` bytes (64 KiB by default);
- 413 also a multipart body of more than ``max_parts`` parts, however small;
- 415 a body of another content type than form or JSON (or multipart, when taken);
- 400 a body that does not parse (a multipart one cut off, without its boundary, with a
  nameless part), text not in its charset, or JSON that is not an object;
- 404 another path, 405 another method than GET and POST (aiohttp's router);
- 408 a body not whole within ``body_timeout`` seconds of its head (then the connection
  closes); a head not whole within ``header_timeout`` of connecting (or of the previous
  answer) closes the connection unanswered; over ``max_connections`` open connections, a new
  one is answered 503 and closed (:mod:`agentdesk.receivers.guard`).

Every outcome is counted (:meth:`WebhookReceiver.figures`); refusals and lost connections are
logged once per kind and then as counts (:mod:`agentdesk.receivers.tally`), never as
tracebacks.

Runs in the caller's event loop with aiohttp's ``AppRunner`` and our ``GuardedSite`` (never
``web.run_app``, which owns the loop), so it lives happily inside qasync.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import inspect
import json
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any, Final
from urllib.parse import parse_qsl, quote

from aiohttp import web

from agentdesk.core import WebhookFigures
from agentdesk.receivers.guard import (
    BODY_TIMEOUT,
    HEADER_TIMEOUT,
    LINGER_SECONDS,
    MAX_CONNECTIONS,
    GuardedSite,
    request_began,
)
from agentdesk.receivers.multipart import MAX_PARTS, MultipartError, form_fields
from agentdesk.receivers.runner import close_runner, start_site, url_host
from agentdesk.receivers.tally import SUMMARY_INTERVAL, Outcome, Tally, outcome_of

log = logging.getLogger(__name__)

Payload = dict[str, str]
"""One webhook call: parameter name → value; nested JSON values are kept as JSON text."""

Answer = Mapping[str, object] | None
"""What ``on_payload`` may return: a JSON object to answer with, or None for ``{"ok": true}``."""

OnPayload = Callable[[Payload], Answer | Awaitable[Answer]]
"""Called for each accepted request; a coroutine is awaited before the answer (the company
relay answers only once the payload is stored, so that a vendor's retry is not wasted)."""

MAX_BODY_BYTES: Final = 64 * 1024
QUEUE_LIMIT: Final = 1000  # payloads kept for a reader that is not reading
SECRET_PARAM: Final = "secret"
FORM_TYPE: Final = "application/x-www-form-urlencoded"
JSON_TYPES: Final = frozenset({"application/json", "text/json"})
MULTIPART_TYPE: Final = "multipart/form-data"
_SURROGATE: Final = re.compile(r"[\ud800-\udfff]")


class WebhookReceiver:
    """Listens on ``host:port`` for requests to ``path`` until :meth:`stop`.

    Read what arrives with ``async for payload in receiver.payloads()`` (one reader), or give
    ``on_payload``, called in the loop for each accepted request instead of queueing it; what
    it returns, when not None, is the JSON answer. ``secret_param`` names the parameter that
    carries the shared secret. ``multipart`` takes ``multipart/form-data`` bodies too, of at
    most ``max_parts`` parts. ``header_timeout``, ``body_timeout``, ``max_connections`` and
    ``summary_interval`` (seconds between two log lines counting the same trouble) bound what
    a misbehaving client costs; the defaults suit a vendor's servers.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        secret: str,
        path: str = "/okitoki",
        max_body: int = MAX_BODY_BYTES,
        on_payload: OnPayload | None = None,
        secret_param: str = SECRET_PARAM,
        multipart: bool = False,
        max_parts: int = MAX_PARTS,
        header_timeout: float = HEADER_TIMEOUT,
        body_timeout: float = BODY_TIMEOUT,
        max_connections: int = MAX_CONNECTIONS,
        summary_interval: float = SUMMARY_INTERVAL,
    ) -> None:
        if not secret:
            raise ValueError("a webhook receiver needs a shared secret")
        if not path.startswith("/"):
            raise ValueError(f"webhook path must start with /, got {path!r}")
        self.host = host
        self.port = port
        self.path = path
        self.max_body = max_body
        self.on_payload = on_payload
        self.secret_param = secret_param
        self.multipart = multipart
        self.max_parts = max_parts
        self.header_timeout = header_timeout
        self.body_timeout = body_timeout
        self.max_connections = max_connections
        self._secret = secret.encode()
        self._queue: asyncio.Queue[Payload] = asyncio.Queue(QUEUE_LIMIT)
        self._runner: web.AppRunner | None = None
        self._site: GuardedSite | None = None
        self._tally = Tally(path, summary_interval=summary_interval)
        self.url = ""

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> str:
        """Listen (port 0 picks a free one) and return the URL of the path, without secret."""
        if self._runner is not None:
            return self.url
        # aiohttp refuses bigger bodies itself (413) once this is set on the application.
        app = web.Application(client_max_size=self.max_body, middlewares=[self._count])
        app.router.add_route("GET", self.path, self._handle)
        app.router.add_route("POST", self.path, self._handle)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        handler_args: dict[str, Any] = {
            "access_log": None,
            # aiohttp reads the rest of a body it was not asked for (a refusal that came
            # before it) so that the client gets the answer; a client that does not send
            # it must not keep the connection for long.
            "lingering_time": min(LINGER_SECONDS, self.body_timeout),
        }
        site = GuardedSite(
            runner,
            self.host,
            self.port,
            tally=self._tally,
            header_timeout=self.header_timeout,
            max_connections=self.max_connections,
            handler_args=handler_args,
        )
        await start_site(runner, site)
        self._runner, self._site = runner, site
        self.port = runner.addresses[0][1]
        self.url = f"http://{url_host(self.host)}:{self.port}{self.path}"
        self._tally.name = f"{url_host(self.host)}:{self.port}{self.path}"
        return self.url

    def mount(self, app: web.Application) -> None:
        """Serve :attr:`path` in another server's application instead of listening itself
        (the company relay serves one path per vendor on its own socket). That server's
        middleware calls :func:`~agentdesk.receivers.guard.request_began` if its site is a
        :class:`~agentdesk.receivers.guard.GuardedSite`; refusals are counted here."""
        app.router.add_route("GET", self.path, self._handle)
        app.router.add_route("POST", self.path, self._handle)

    async def stop(self) -> None:
        """Stop listening; safe to call twice. Payloads already queued stay readable."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await close_runner(runner)
        self._tally.flush()

    async def __aenter__(self) -> WebhookReceiver:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def running(self) -> bool:
        return self._runner is not None

    def figures(self) -> WebhookFigures:
        """What the receiver has seen since it was made, and the connections open now."""
        counts = {outcome.value: n for outcome, n in self._tally.counts.items()}
        site = self._site if self._runner is not None else None
        live = site.open_connections if site is not None else 0
        return WebhookFigures(url=self.url, open_connections=live, **counts)

    @property
    def received(self) -> int:
        """Webhooks accepted."""
        return self._tally.counts[Outcome.ACCEPTED]

    @property
    def refused(self) -> int:
        """Requests refused (wrong secret, unreadable, too large, not a webhook)."""
        return self.figures().refused

    def url_with_secret(self, base: str | None = None) -> str:
        """``base`` (default: :attr:`url`) with ``?secret=...`` (:attr:`secret_param`): what to
        paste into the vendor."""
        base = base or self.url
        joiner = "&" if "?" in base else "?"
        return f"{base}{joiner}{self.secret_param}={quote(self._secret.decode(), safe='')}"

    # -- reading -----------------------------------------------------------------------------

    async def payloads(self) -> AsyncIterator[Payload]:
        """Every accepted payload, in arrival order, until the reader stops reading."""
        while True:
            yield await self._queue.get()

    async def next_payload(self, timeout: float | None = None) -> Payload | None:  # noqa: ASYNC109
        """The next payload, or None when ``timeout`` seconds pass without one."""
        try:
            async with asyncio.timeout(timeout):
                return await self._queue.get()
        except TimeoutError:
            return None

    # -- HTTP --------------------------------------------------------------------------------

    @web.middleware
    async def _count(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        connection = request_began(request)
        if request.transport is None:
            # The client left as its head arrived; the connection counted it as it closed.
            return web.Response(status=499)
        if connection is not None:
            connection.busy = True
        try:
            return await handler(request)
        except web.HTTPException as refusal:  # aiohttp's router: another path or method
            self._refused(refusal.status, refusal.reason, request)
            raise
        finally:
            if connection is not None:
                connection.busy = False

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        query: dict[str, str] = dict(request.query)
        name = self.secret_param
        if name in query and not self._secret_ok(query[name]):
            return self._refuse(403, "wrong secret", request)
        try:
            body = await self._body(request)
        except web.HTTPRequestEntityTooLarge:
            return self._refuse(413, f"body larger than {self.max_body} bytes", request)
        except _RefusedError as refusal:
            return self._refuse(refusal.status, refusal.reason, request)
        except TimeoutError:
            self._tally.note(Outcome.TIMED_OUT, f"no whole body in {self.body_timeout:g} s")
            answer = web.json_response({"ok": False, "error": "body too slow"}, status=408)
            answer.force_close()
            return answer
        except ConnectionError:  # counted by the connection as it closed
            return web.Response(status=499)
        given = body.pop(name, None)
        secret = given if given is not None else query.get(name)
        if secret is None or not self._secret_ok(secret):
            return self._refuse(403, "missing or wrong secret", request)
        query.pop(name, None)
        payload: Payload = {_clean(k): _clean(v) for k, v in query.items()}
        payload |= {_clean(k): _as_text(v) for k, v in body.items()}
        self._tally.note(Outcome.ACCEPTED)
        if self.on_payload is not None:
            reply = self.on_payload(payload)
            if inspect.isawaitable(reply):
                reply = await reply
            return web.json_response(dict(reply) if reply is not None else {"ok": True})
        if self._queue.full():
            with contextlib.suppress(asyncio.QueueEmpty):
                self._queue.get_nowait()
            log.warning("webhook queue full: the oldest unread payload was dropped")
        self._queue.put_nowait(payload)
        return web.json_response({"ok": True})

    async def _body(self, request: web.Request) -> dict[str, object]:
        """The body's fields as sent (JSON values unconverted, so that a secret that is not
        a string can be told from one). Raises _RefusedError, HTTPRequestEntityTooLarge,
        TimeoutError (not whole within body_timeout) and ConnectionError (the client left)."""
        if request.method == "GET":
            return {}
        length = request.content_length
        if length is not None and length > self.max_body:
            raise web.HTTPRequestEntityTooLarge(self.max_body, length)
        try:
            async with asyncio.timeout(self.body_timeout):
                raw = await request.read()
        except web.RequestPayloadError:  # a broken chunked or compressed body
            raise _RefusedError(400, "body is not valid HTTP") from None
        if not raw:
            return {}
        content_type = request.content_type.lower()
        charset = request.charset or "utf-8"
        if content_type == MULTIPART_TYPE and self.multipart:
            return self._multipart(raw, request.headers.get("Content-Type", ""), charset)
        try:
            text = raw.decode(charset)
            if content_type == FORM_TYPE:
                # Percent-escapes stand for bytes of the body's charset, not always UTF-8.
                return dict(parse_qsl(text, keep_blank_values=True, encoding=charset))
        except (LookupError, ValueError):  # ValueError: UnicodeError of codecs like punycode
            raise _RefusedError(400, f"body is not {charset} text") from None
        if content_type in JSON_TYPES:
            try:
                data = json.loads(text)
            except (ValueError, RecursionError):  # JSONDecodeError, huge ints, deep nesting
                raise _RefusedError(400, "body is not JSON") from None
            if not isinstance(data, dict):
                raise _RefusedError(400, "JSON body is not an object")
            return data
        taken = "form, multipart or JSON" if self.multipart else "form or JSON"
        raise _RefusedError(415, f"content type {content_type or 'missing'} is not {taken}")

    def _multipart(self, raw: bytes, content_type: str, charset: str) -> dict[str, object]:
        try:
            fields = form_fields(raw, content_type, charset=charset, max_parts=self.max_parts)
        except MultipartError as refusal:  # 413 for too many parts, like a too large body
            raise _RefusedError(refusal.status, refusal.reason) from None
        return dict(fields)

    def _secret_ok(self, given: object) -> bool:
        """Only a string can be the secret (JSON 12345 is not "12345"); one with a lone
        surrogate (JSON "\\ud800") has no UTF-8 and is compared as what surrogatepass
        makes of it, which never matches."""
        if not isinstance(given, str):
            return False
        return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), self._secret)

    def _refuse(self, status: int, reason: str, request: web.Request) -> web.Response:
        self._refused(status, reason, request)
        return web.json_response({"ok": False, "error": reason}, status=status)

    def _refused(self, status: int, reason: str, request: web.BaseRequest) -> None:
        # No colon after the reason: "secret: POST" would look like a secret to the redaction.
        detail = f"{status} {reason}; {request.method} {request.path} from {request.remote}"
        self._tally.note(outcome_of(status), detail)


class _RefusedError(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return _clean(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return str(value)
    return _clean(json.dumps(value, ensure_ascii=False))


def _clean(text: str) -> str:
    """``text`` with any lone surrogate (JSON lets "\\ud800" through) as U+FFFD: such text
    has no UTF-8, and would break whatever logs, stores or shows it later."""
    return _SURROGATE.sub("\ufffd", text)
