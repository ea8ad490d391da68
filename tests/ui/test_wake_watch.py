"""A sleep (the wall clock jumps, the monotonic one does not) or the network coming back
makes the watcher say "reconnect now"."""

from __future__ import annotations

from typing import Any

from PySide6.QtNetwork import QNetworkInformation

from agentdesk.ui.wake_watch import WakeWatcher


class Clocks:
    def __init__(self) -> None:
        self.wall = 1_000_000.0
        self.monotonic = 500.0


def test_a_sleep_is_noticed_and_ordinary_ticks_are_not(qtbot: Any) -> None:
    clocks = Clocks()
    watcher = WakeWatcher(
        wall=lambda: clocks.wall, monotonic=lambda: clocks.monotonic, watch_network=False
    )
    woke: list[str] = []
    watcher.woke.connect(woke.append)
    clocks.wall += 5
    clocks.monotonic += 5
    watcher.tick()
    assert woke == []
    clocks.wall += 3600  # the lid was closed for an hour
    clocks.monotonic += 5
    watcher.tick()
    assert woke == ["resume"]


def test_the_network_coming_back_is_a_reason_to_reconnect(qtbot: Any) -> None:
    watcher = WakeWatcher(watch_network=False)
    woke: list[str] = []
    watcher.woke.connect(woke.append)
    watcher._reachability_changed(QNetworkInformation.Reachability.Disconnected)
    assert woke == []
    watcher._reachability_changed(QNetworkInformation.Reachability.Online)
    assert woke == ["network"]


def test_with_loginds_notices_no_clock_tick_wakes_the_app(qtbot: Any) -> None:
    """Issue 19: logind says when the machine sleeps; a tick comparing clocks would only wake
    an idle app for nothing. Without the notices the tick is the fallback, and a slow one."""
    from PySide6.QtCore import QObject, Signal

    class Notices(QObject):  # LogindSleep's signals, without a bus
        sleeping = Signal()
        resumed = Signal()

    with_notices = WakeWatcher(watch_network=False, sleep_notices=Notices())  # type: ignore[arg-type]
    without = WakeWatcher(watch_network=False)
    assert not with_notices.timer.isActive()
    assert without.timer.isActive()
    assert without.timer.interval() >= 30_000
