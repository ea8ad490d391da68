"""Which vendor URLs AgentDesk connects to: the one rule, applied by ``create_backend``.

- ``https://``: always, and certificates are always verified (no client turns httpx's
  verification off; a test keeps it so).
- ``http://`` to this computer (``localhost``, 127.0.0.0/8, ``::1``): always (simulators, an
  SSH tunnel, a local proxy that speaks TLS onwards).
- ``http://`` elsewhere: only when the profile says ``allow_insecure_http = "yes"``, and then
  with a warning in the log each time a backend is made that way: the secret would cross the
  network readable by anyone on the path.
- Anything else: ConfigurationError.
"""

from __future__ import annotations

import ipaddress
import logging
from typing import Final
from urllib.parse import urlsplit

from agentdesk.core import ConfigurationError
from agentdesk.redaction import redact

log = logging.getLogger(__name__)

ALLOW_INSECURE_OPTION: Final = "allow_insecure_http"


def is_loopback(host: str) -> bool:
    """``localhost`` (and names under ``.localhost``), 127.0.0.0/8 or ``::1``."""
    name = host.strip().strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_url(url: str, *, allow_insecure: bool) -> None:
    """Raise ConfigurationError unless AgentDesk may send a secret to ``url`` (see the module
    docstring); log a warning when it may only because ``allow_insecure`` says so."""
    shown = redact(url)
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:
        raise ConfigurationError(f"{shown!r} is not a URL") from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        raise ConfigurationError(f"the vendor's address must start with https://, got {shown!r}")
    if scheme == "https" or is_loopback(host):
        return
    if not allow_insecure:
        raise ConfigurationError(
            f"{shown} uses plain http://, which would send the secret readable over the "
            f"network: use https://, or set {ALLOW_INSECURE_OPTION} = yes in the profile if "
            "you really must"
        )
    log.warning(
        "%s uses plain http:// (%s = yes): the secret and the calls' data cross the network "
        "unencrypted",
        shown,
        ALLOW_INSECURE_OPTION,
    )
