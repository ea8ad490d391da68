"""Logging set-up shared by the GUI, ``ctl`` and ``sim``."""

from __future__ import annotations

import logging

# httpx logs every request URL at INFO, and Daktela's access_token travels in the URL.
_QUIET_LOGGERS = ("httpx", "httpcore", "aiohttp.access")


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
