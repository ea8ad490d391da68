"""The caller's flags and Block / Unblock under the caller card, against the simulated
MegaFon PBX (its blacklist) and Oki-Toki (its VIP and block lists), and hidden for Daktela,
which documents neither."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime

from PySide6.QtWidgets import QMenu, QMessageBox

from agentdesk.core import CallDirection, CallRecord
from tests.ui.conftest import Demo, wait_until


def test_a_caller_is_blocked_after_a_confirmation_and_unblocked(
    qloop: asyncio.AbstractEventLoop, demo: Callable[[str], AbstractContextManager[Demo]]
) -> None:
    with demo("megapbx") as running:
        window, sim = running.window, running.sim
        panel = window.caller_flags
        assert panel is not None and panel.isHidden()  # no caller yet
        callid = sim.ring("79101234567")
        wait_until(qloop, lambda: panel.flags is not None, timeout=5)
        assert panel.isVisibleTo(window) and not panel.flags.blocked
        assert panel.block_button.isVisibleTo(window) and panel.unblock_button.isHidden()

        # Cancel asks nothing of the PBX.
        panel.block_button.click()
        assert panel.question is not None and panel.question.isVisible()
        panel.question.button(QMessageBox.StandardButton.Cancel).click()
        qloop.run_until_complete(asyncio.sleep(0.05))
        assert "79101234567" not in sim.blacklist.entries

        panel.block_button.click()
        panel.question.button(QMessageBox.StandardButton.Yes).click()
        wait_until(qloop, lambda: "79101234567" in sim.blacklist.entries, timeout=5)
        wait_until(qloop, lambda: panel.blocked_chip.isVisibleTo(window), timeout=5)
        assert "blocked" in panel.status.text()
        assert panel.unblock_button.isVisibleTo(window) and panel.block_button.isHidden()

        sim.hang_up(callid)
        wait_until(qloop, lambda: window.call_panel.call is None, timeout=5)
        assert panel.isVisibleTo(window)  # the last caller can still be unblocked
        panel.unblock_button.click()
        wait_until(qloop, lambda: "79101234567" not in sim.blacklist.entries, timeout=5)
        wait_until(qloop, lambda: panel.block_button.isVisibleTo(window), timeout=5)

        # The PBX's refusal shows in its words (here it takes telnum in neither form).
        sim.blacklist.telnum_form = "neither"
        panel.block_button.click()
        panel.question.button(QMessageBox.StandardButton.Yes).click()
        wait_until(qloop, lambda: "Переданы неверные параметры" in panel.status.text(), timeout=5)
        assert panel.block_button.isVisibleTo(window)


def test_a_vip_caller_is_flagged_from_oki_tokis_list(
    qloop: asyncio.AbstractEventLoop, demo: Callable[[str], AbstractContextManager[Demo]]
) -> None:
    with demo("okitoki") as running:
        window, sim = running.window, running.sim
        panel = window.caller_flags
        assert panel is not None
        sim.ring("+380501234567", name="Петро Шевченко")
        wait_until(qloop, lambda: panel.flags is not None, timeout=5)
        assert panel.vip_chip.isVisibleTo(window) and panel.blocked_chip.isHidden()
        assert panel.block_button.isHidden()  # lists are read-only through the API


def test_no_flags_where_the_vendor_keeps_no_lists(
    qloop: asyncio.AbstractEventLoop, demo: Callable[[str], AbstractContextManager[Demo]]
) -> None:
    with demo("daktela") as running:
        window, sim = running.window, running.sim
        panel = window.caller_flags
        assert panel is not None
        sim.ring("601234567")
        wait_until(qloop, lambda: window.call_panel.call is not None, timeout=5)
        assert panel.isHidden() and panel.flags is None
        assert not any(action == "lists/check" for action, _ in sim.requests)


def test_block_from_recent_calls(
    qloop: asyncio.AbstractEventLoop, demo: Callable[[str], AbstractContextManager[Demo]]
) -> None:
    with demo("megapbx") as running:
        window, sim = running.window, running.sim
        panel = window.caller_flags
        assert panel is not None
        record = CallRecord("9", datetime.now(UTC), CallDirection.INBOUND, "79161112233")
        menu = QMenu(window)
        window.history.menu_requested.emit(menu, record)
        block = next(a for a in menu.actions() if a.text() == "&Block this caller…")
        block.trigger()
        assert panel.question is not None and "916" in panel.question.text()
        panel.question.button(QMessageBox.StandardButton.Yes).click()
        wait_until(qloop, lambda: "79161112233" in sim.blacklist.entries, timeout=5)
