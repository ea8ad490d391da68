"""Where Oki-Toki posts its webhooks: the receiver's host, path and secret.

The backend's receiver and the Settings editor's instructions both read these; this module
imports nothing heavier than ``hmac``, so the vendor spec can.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Final

WEBHOOK_PATH: Final = "/okitoki"
DEFAULT_WEBHOOK_HOST: Final = "127.0.0.1"


def derived_webhook_secret(api_token: str) -> str:
    """A stable webhook secret that need not be stored: a keyed hash of the API token."""
    return hmac.new(api_token.encode(), b"agentdesk-okitoki-webhook", hashlib.sha256).hexdigest()[
        :32
    ]
