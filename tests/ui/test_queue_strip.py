"""The queue strip over a real Session and the fake backend."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from agentdesk.core import Capability, ConnectionState, QueueFigures, TransientError
from agentdesk.session import Session
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.widgets.queue_strip import QueueStrip
from tests.ui.conftest import wait_until
from tests.ui.fake_backend import FIGURES, FakeBackend

Loop = asyncio.AbstractEventLoop
PRAGUE = timezone(timedelta(hours=1))
AT = datetime(2026, 11, 23, 14, 2, 11, tzinfo=PRAGUE)


def started(qloop: Loop, session: Session) -> None:
    async def go() -> None:
        session.start()

    qloop.run_until_complete(go())
    wait_until(qloop, lambda: session.connection.state is ConnectionState.CONNECTED)


@pytest.fixture
def strip(qloop: Loop, qtbot: Any, session: Session, backend: FakeBackend) -> QueueStrip:
    backend.figures = list(FIGURES)
    bridge = SessionBridge(session)
    strip = QueueStrip(session, bridge, clock=lambda: AT)
    strip.bridge = bridge  # type: ignore[attr-defined]  # kept alive with the strip
    qtbot.addWidget(strip)
    started(qloop, session)
    return strip


def chip_texts(strip: QueueStrip) -> list[str]:
    return [chip.accessibleName() for chip in strip.chips]


def test_shows_the_figures_with_waiting_queues_highlighted(
    qloop: Loop, strip: QueueStrip, backend: FakeBackend
) -> None:
    assert strip.placeholder.text() == "Queues…"
    strip.show()
    wait_until(qloop, lambda: strip.figures is not None)
    assert chip_texts(strip) == [
        "Support 3 waiting · 2 ready · longest 1:42",
        "Sales 0 waiting · 1 ready",
    ]
    support, sales = strip.chips
    assert "<b>Support</b>" in support.text()
    assert support.property("tone") == "busy"  # amber
    assert sales.property("tone") == "quiet"
    assert strip.placeholder.isHidden()
    assert strip.toolTip() == "Updated at 14:02:11"
    assert strip.timer.isActive()
    assert strip.timer.interval() == 120_000


def test_the_timer_refreshes_and_never_overlaps(
    qloop: Loop, strip: QueueStrip, backend: FakeBackend, qtbot: Any
) -> None:
    strip.show()
    wait_until(qloop, lambda: strip.figures is not None)
    backend.figures = [QueueFigures("Support", waiting=0, agents_ready=4)]
    backend.gates["queue_figures"] = gate = asyncio.Event()

    strip.timer.timeout.emit()  # what the timer does every ten seconds
    assert strip.refresh() is None  # the first refresh is still waiting for the vendor
    strip.timer.timeout.emit()
    wait_until(qloop, lambda: len(backend.reads) == 2)
    with qtbot.waitSignal(strip.refreshed, timeout=2000):
        gate.set()
    assert backend.reads == [("queue_figures",), ("queue_figures",)]
    assert chip_texts(strip) == ["Support 0 waiting · 4 ready"]
    assert strip.chips[0].property("tone") != "busy"


def test_a_failed_refresh_keeps_the_last_figures_greyed(
    qloop: Loop, strip: QueueStrip, backend: FakeBackend, qtbot: Any
) -> None:
    strip.show()
    wait_until(qloop, lambda: strip.figures is not None)
    backend.fail_read["queue_figures"] = TransientError("timeout")
    task = strip.refresh()
    assert task is not None
    qloop.run_until_complete(task)
    assert strip.stale
    assert chip_texts(strip)[0] == "Support 3 waiting · 2 ready · longest 1:42"
    assert all(chip.property("tone") == "stale" for chip in strip.chips)
    assert strip.toolTip() == (
        "Could not reach Daktela; please try again in a moment. These figures are from 14:02:11."
    )

    with qtbot.waitSignal(strip.refreshed, timeout=2000):
        strip.refresh()
    assert not strip.stale
    assert strip.chips[0].property("tone") == "busy"


def test_no_refresh_while_hidden_or_disconnected(
    qloop: Loop, strip: QueueStrip, backend: FakeBackend, session: Session
) -> None:
    assert not strip.timer.isActive()  # never shown yet
    strip.show()
    wait_until(qloop, lambda: strip.figures is not None)
    strip.hide()
    assert not strip.timer.isActive()

    strip.show()
    backend.push(TransientError("vendor unreachable", retry_after=30))
    wait_until(qloop, lambda: session.connection.state is ConnectionState.RECONNECTING)
    reads = len(backend.reads)
    assert strip.refresh() is None
    assert len(backend.reads) == reads
    assert strip.stale
    assert strip.toolTip().startswith("Not connected to the call centre.")


def test_hidden_when_the_vendor_has_no_queue_figures(qloop: Loop, qtbot: Any) -> None:
    backend = FakeBackend(capabilities=set(Capability) - {Capability.QUEUE_STATS})
    session = Session(backend)
    strip = QueueStrip(session)
    qtbot.addWidget(strip)
    strip.show()
    assert strip.isHidden()
    assert strip.refresh() is None
    assert not strip.timer.isActive()
    assert backend.reads == []


def test_no_queues_says_so(qloop: Loop, strip: QueueStrip, backend: FakeBackend) -> None:
    backend.figures = []
    strip.show()
    wait_until(qloop, lambda: strip.figures is not None)
    assert strip.placeholder.text() == "No queues"
    assert strip.chips == []


def test_queues_that_do_not_fit_are_summed_up(
    qloop: Loop, strip: QueueStrip, backend: FakeBackend
) -> None:
    backend.figures = [
        QueueFigures("Sales", waiting=0, agents_ready=1),
        QueueFigures("Support", waiting=3, agents_ready=2),
        QueueFigures("VIP", waiting=1, agents_ready=0),
    ]
    strip.resize(260, 30)
    strip.show()
    wait_until(qloop, lambda: strip.figures is not None)
    shown = [chip.accessibleName() for chip in strip.chips if not chip.isHidden()]
    assert shown[0] == "Support 3 waiting · 2 ready"  # the busiest first, always shown
    assert len(shown) < 3
    assert strip.more.text() == f"+{3 - len(shown)} more"
    assert "Sales 0 waiting · 1 ready" in strip.more.toolTip()

    strip.resize(2000, 30)
    qloop.run_until_complete(asyncio.sleep(0))
    assert all(not chip.isHidden() for chip in strip.chips)
    assert strip.more.isHidden()


def test_the_chips_make_room_for_a_button_at_the_strips_end(
    qloop: Loop, strip: QueueStrip, backend: FakeBackend
) -> None:
    # The shift's "Waiting callers" sits there: without room made for it, the first chip was
    # squeezed and its text cut ("longest 0:0") in the demo's window.
    backend.figures = [
        QueueFigures("Sales", waiting=1, agents_ready=0, longest_wait_seconds=41),
        QueueFigures("Support", waiting=0, agents_ready=2),
    ]
    button = QPushButton("Waiting callers")
    strip.add_trailing(button)
    strip.resize(400, 30)
    strip.show()
    wait_until(qloop, lambda: strip.figures is not None)
    qloop.run_until_complete(asyncio.sleep(0))
    shown = [w for w in (*strip.chips, strip.more, button) if not w.isHidden()]
    spacing = strip.layout().spacing()
    needed = sum(w.sizeHint().width() for w in shown) + spacing * (len(shown) - 1)
    assert needed <= strip.contentsRect().width()
    assert strip.more.text() == "+1 more"
    assert all(w.width() >= w.sizeHint().width() for w in shown)  # nothing squeezed
    first = strip.chips[0]  # too wide whole here: the longest wait goes, not the ending
    assert first.text() == "<b>Sales</b> 1 waiting · 0 ready"
    assert first.toolTip() == first.accessibleName() == "Sales 1 waiting · 0 ready · longest 0:41"

    strip.resize(900, 30)
    qloop.run_until_complete(asyncio.sleep(0))
    assert "longest 0:41" in first.text()


def test_an_unchanged_refresh_keeps_the_chips_and_a_change_redraws_them(
    qloop: Loop, strip: QueueStrip, backend: FakeBackend, qtbot: Any
) -> None:
    strip.show()
    wait_until(qloop, lambda: strip.figures is not None)
    chips = list(strip.chips)
    with qtbot.waitSignal(strip.refreshed, timeout=2000):
        strip.refresh()
    assert strip.chips == chips  # the same widgets: an idle refresh builds nothing
    backend.figures = [FIGURES[1]]
    with qtbot.waitSignal(strip.refreshed, timeout=2000):
        strip.refresh()
    assert chip_texts(strip) == ["Sales 0 waiting · 1 ready"]
