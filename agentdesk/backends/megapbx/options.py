"""The MegaFon Virtual PBX profile options, read into backend keywords with ConfigurationErrors
that say what is wrong.

``crm_token``: the key the PBX puts in every webhook (its web cabinet, the integration's
    "CRM key"); without it no receiver runs and no live calls are seen.
``relay_url``: the company relay's address (docs/RELAY.md); with it the webhooks come from
    the relay's stream, authenticated by ``relay_token``, and no receiver runs.
``listen``: ``host:port`` of AgentDesk's receiver (:data:`DEFAULT_LISTEN`); ``[::1]:8091`` for
    IPv6; port 0 picks a free one (tests, the demo).
``path``: the receiver's path (:data:`DEFAULT_PATH`).
``history_poll_seconds``: how often DND and, during calls, the history are read while no
    call is live and the window is shown (:data:`DEFAULT_POLL_SECONDS`, at least
    :data:`MIN_POLL_SECONDS`); a quarter of it (not below the minimum) during calls, twice it
    (at most 5 min) while the window is hidden, each wait ±20 % at random
    (:mod:`agentdesk.backends.polling`).
``inner_history``: ``yes`` (default) adds calls between colleagues (``history/inner/json``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from agentdesk.backends.relay_options import relay_options
from agentdesk.core import ConfigurationError

DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 8091
DEFAULT_LISTEN: Final = f"{DEFAULT_HOST}:{DEFAULT_PORT}"
DEFAULT_PATH: Final = "/megapbx"
DEFAULT_POLL_SECONDS: Final = 60.0
MIN_POLL_SECONDS: Final = 10.0
_YES: Final = frozenset({"1", "true", "yes", "on"})
_NO: Final = frozenset({"0", "false", "no", "off"})


def parse_listen(text: str) -> tuple[str, int]:
    """``host:port`` (``[v6]:port`` for IPv6) as a host and a port."""
    value = text.strip()
    host, colon, port = value.rpartition(":")
    if value.startswith("["):
        host = host.removeprefix("[").removesuffix("]")
    if (
        not colon
        or not host
        or not (port.isascii() and port.isdigit() and len(port) <= 5)
        or int(port) > 65535
    ):
        raise ConfigurationError(
            f"MegaFon PBX option listen must look like 127.0.0.1:8091, got {text!r}"
        )
    return host, int(port)


def backend_options(options: Mapping[str, str]) -> dict[str, Any]:
    """A profile's options as :class:`~agentdesk.backends.megapbx.backend.MegaPbxBackend` keywords;
    blank options are left to the backend's defaults."""
    found: dict[str, Any] = {}
    if token := options.get("crm_token", "").strip():
        found["crm_token"] = token
    found |= relay_options(options, "MegaFon PBX")
    host, port = parse_listen(options.get("listen", "").strip() or DEFAULT_LISTEN)
    found["listen_host"], found["listen_port"] = host, port
    if path := options.get("path", "").strip():
        if not path.startswith("/") or any(ch.isspace() or ch in "?#" for ch in path):
            raise ConfigurationError(
                f"MegaFon PBX option path must look like /megapbx, got {path!r}"
            )
        found["path"] = path
    if poll := options.get("history_poll_seconds", "").strip():
        try:
            seconds = float(poll)
        except ValueError:
            raise ConfigurationError(
                f"MegaFon PBX option history_poll_seconds must be a number, got {poll!r}"
            ) from None
        if seconds < MIN_POLL_SECONDS:
            raise ConfigurationError(
                f"MegaFon PBX option history_poll_seconds must be at least {MIN_POLL_SECONDS:g}"
            )
        found["history_poll_seconds"] = seconds
    if inner := options.get("inner_history", "").strip().lower():
        if inner not in _YES | _NO:
            raise ConfigurationError(
                f"MegaFon PBX option inner_history must be yes or no, got {inner!r}"
            )
        found["inner_history"] = inner in _YES
    return found
