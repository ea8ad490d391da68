"""The start-up's objects out of the garbage collector's sight, once the app is connected.

Python's cyclic collector looks at every tracked object when it collects its oldest
generation; with AgentDesk's modules, classes and widgets (some 70,000 objects, nearly all
alive until quit) that took 30 to 50 ms of the Qt thread each time during a shift, the
longest stalls the agent could feel (issue 19). Once the session is connected, what exists is
the app's furniture: it is collected once and then frozen (``gc.freeze``), so that later
collections look only at what the shift itself makes.
"""

from __future__ import annotations

import gc
import logging
import time

from agentdesk.core import ConnectionState
from agentdesk.session import Session, SessionEvent

log = logging.getLogger(__name__)


def freeze_when_connected(session: Session) -> None:
    """Collect and freeze the heap when ``session`` is first connected (once)."""

    done = False

    def on_event(_event: SessionEvent) -> None:
        nonlocal done
        if done or session.connection.state is not ConnectionState.CONNECTED:
            return
        done = True
        started = time.perf_counter()
        gc.collect()
        gc.freeze()
        log.debug(
            "%d objects frozen in %.0f ms",
            gc.get_freeze_count(),
            1000 * (time.perf_counter() - started),
        )

    session.add_listener(on_event)
