"""The main window's Missed calls tab: the list, its unseen count in the tab's title (and the
tray's badge), and marking the calls seen once the agent looks at them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTabWidget

from agentdesk.missed_calls import MissedCalls
from agentdesk.phone import DEFAULT_REGION
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.missed_calls_view import MissedCallsView
from agentdesk.ui.text import fill


class MissedCallsTab(QObject):
    """Adds the Missed calls page to ``tabs`` and keeps its title counting the calls the agent
    has not seen; they count as seen when the tab shows in the active window. ``show_window``
    brings the window up for :meth:`show`.

    Signals:
        unseen_changed(int): how many missed calls the agent has not seen yet (the tray's
            badge).
        dial_requested(str): call this number back.
    """

    unseen_changed = Signal(int)
    dial_requested = Signal(str)

    def __init__(
        self,
        tabs: QTabWidget,
        *,
        show_window: Callable[[], None],
        region: str = DEFAULT_REGION,
    ) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._show_window = show_window
        self.calls = MissedCalls(on_change=self._changed)
        self.view = MissedCallsView(self.calls, region=region)
        self.view.dial_requested.connect(self.dial_requested)
        self.index = tabs.addTab(self.view, self.tr("Missed calls"))
        tabs.currentChanged.connect(lambda _index: self.see())

    def follow(self, bridge: SessionBridge) -> None:
        """Keep the calls that ring and end unanswered in the session behind ``bridge``."""
        bridge.call_ringing.connect(self.calls.rang)
        bridge.call_answered.connect(self.calls.answered)
        bridge.call_ended.connect(self.calls.ended)

    def set_region(self, region: str) -> None:
        self.view.set_region(region)

    def show(self) -> None:
        """Bring the window up on this tab (the tray's "Missed calls")."""
        self._show_window()
        self._tabs.setCurrentIndex(self.index)

    def see(self) -> None:
        """The agent sees the list when its tab shows in the active window."""
        window = self._tabs.window()
        if (
            self.calls.unseen
            and self._tabs.currentIndex() == self.index
            and window.isVisible()
            and window.isActiveWindow()
        ):
            self.calls.mark_seen()

    def _changed(self) -> None:
        self.view.refresh()
        unseen = self.calls.unseen
        label = self.tr("Missed calls")
        text = self.tr("Missed calls (%1)")
        self._tabs.setTabText(self.index, fill(text, str(unseen)) if unseen else label)
        self.unseen_changed.emit(unseen)
        self.see()
