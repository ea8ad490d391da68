"""The app's part in the kill test (tests/store/test_outbox_survives_kill.py), run as a process.

``store``: save a disposition through a Session with an outbox while the vendor refuses
connections, print ``STORED`` and wait to be killed. ``deliver``: open the same outbox
against the reachable vendor, print ``DELIVERED`` once nothing is pending, and exit.

    python -m tests.store.outbox_child MODE OUTBOX_PATH BASE_URL LOGIN TOKEN CALL_ID
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import Disposition
from agentdesk.outbox_delivery import OutboxChanged
from agentdesk.session import Session, SessionEvent
from agentdesk.store.outbox import Outbox

PROFILE_KEY = "kill-test"
DELIVERY_TIMEOUT = 20.0


def disposition(call_id: str) -> Disposition:
    return Disposition(call_id, "objednavka", {"field_produkt": "Internet"})


async def main(mode: str, path: str, base_url: str, login: str, token: str, call_id: str) -> int:
    outbox = Outbox(Path(path))
    backend = DaktelaBackend(base_url=base_url, login=login, secret=token)
    session = Session(backend, outbox=outbox, profile_key=PROFILE_KEY)
    if mode == "store":
        delivery = await session.dispose(disposition(call_id))
        print("STORED", delivery.value, flush=True)
        await asyncio.Event().wait()  # until the test kills this process
        return 1
    delivered = asyncio.Event()

    def watch(event: SessionEvent) -> None:
        if isinstance(event, OutboxChanged) and event.pending == 0:
            delivered.set()

    session.add_listener(watch)
    session.start()
    try:
        await asyncio.wait_for(delivered.wait(), DELIVERY_TIMEOUT)
    finally:
        await session.stop()
        outbox.close()
    print("DELIVERED", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(*sys.argv[1:7])))
