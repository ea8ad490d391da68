"""Notices when the laptop wakes from sleep or the network comes back, so that the session
reconnects at once instead of finishing a backoff wait that began before the lid closed."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

log = logging.getLogger(__name__)

TICK_SECONDS = 5.0
# The wall clock runs on while the machine sleeps; the monotonic clock does not (Linux's
# CLOCK_MONOTONIC, macOS's mach time). A gap this much larger than a tick is a sleep.
SLEEP_GAP_SECONDS = 20.0


class WakeWatcher(QObject):
    """Emits :attr:`woke` after a sleep and when the network becomes reachable again.

    Signals:
        woke(str): "resume" or "network"; time to reconnect now.
    """

    woke = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        watch_network: bool = True,
    ) -> None:
        super().__init__(parent)
        self._wall = wall
        self._monotonic = monotonic
        self._last = (wall(), monotonic())
        self.timer = QTimer(self)
        self.timer.setInterval(int(TICK_SECONDS * 1000))
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self._network: QNetworkInformation | None = None
        if watch_network:
            self._watch_network()

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
