"""Notices when the laptop wakes from sleep or the network comes back, so that the session
reconnects at once instead of finishing a backoff wait that began before the lid closed."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from agentdesk.ui.sleep_watch import LogindSleep

log = logging.getLogger(__name__)

TICK_SECONDS = 30.0
# The wall clock runs on while the machine sleeps; the monotonic clock does not (Linux's
# CLOCK_MONOTONIC, macOS's mach time). Clocks that drift apart by this much between two ticks
# (however far apart the ticks are) tell of a sleep. The tick is only the fallback where
# logind does not tell of sleeps: with its notices there is none, and nothing wakes the app
# for it (issue 19: an idle desk wakes at most 12 times a minute); without them a sleep is
# noticed at most 30 s after the resume, within the reconnect backoff's longest wait.
SLEEP_GAP_SECONDS = 20.0


class WakeWatcher(QObject):
    """Emits :attr:`woke` after a sleep and when the network becomes reachable again.

    A sleep is known at once from logind's notices (``sleep_notices``, Linux), and otherwise
    from the clocks at the next tick (every :data:`TICK_SECONDS`, only without the notices).

    Signals:
        woke(str): "resume" or "network"; time to reconnect now.
        went_offline(str): "sleep" or "network"; nothing the vendor says can arrive now.
    """

    woke = Signal(str)
    went_offline = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        watch_network: bool = True,
        sleep_notices: LogindSleep | None = None,
    ) -> None:
        super().__init__(parent)
        self._wall = wall
        self._monotonic = monotonic
        self._last = (wall(), monotonic())
        self.timer = QTimer(self)
        self.timer.setInterval(int(TICK_SECONDS * 1000))
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.tick)
        if sleep_notices is None:
            self.timer.start()
        self._network: QNetworkInformation | None = None
        if watch_network:
            self._watch_network()
        self.sleep_notices = sleep_notices
        if sleep_notices is not None:
            sleep_notices.setParent(self)
            sleep_notices.sleeping.connect(lambda: self.went_offline.emit("sleep"))
            sleep_notices.resumed.connect(self._resumed)

    def _resumed(self) -> None:
        # The clocks will show the same sleep at the next tick: it is accounted for now.
        self._last = (self._wall(), self._monotonic())
        self.woke.emit("resume")

    def tick(self) -> None:
        wall, monotonic = self._wall(), self._monotonic()
        last_wall, last_monotonic = self._last
        self._last = (wall, monotonic)
        slept = (wall - last_wall) - (monotonic - last_monotonic)
        if slept > SLEEP_GAP_SECONDS:
            log.info("woke after about %.0f s of sleep", slept)
            self.woke.emit("resume")

    def _watch_network(self) -> None:
        # Not every platform has a reachability backend (offscreen CI has none): then only
        # the sleep check runs.
        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            return
        network = QNetworkInformation.instance()
        if network is None:
            return
        self._network = network
        network.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability in (
            QNetworkInformation.Reachability.Online,
            QNetworkInformation.Reachability.Site,
        ):
            log.info("network reachable again")
            self.woke.emit("network")
        elif reachability is QNetworkInformation.Reachability.Disconnected:
            log.info("network lost")
            self.went_offline.emit("network")
