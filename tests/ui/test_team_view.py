"""The Team tab against the Daktela simulator over loopback: who is ready, paused (on which
pause), in a call or logged out, for how long; filter by name; call a colleague's extension;
refreshed while shown and never while hidden."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import Qt

from agentdesk.core import AgentState
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.ui.app import Shell
from agentdesk.ui.team_view import TeamView
from tests.ui.conftest import RecordingMessageBus, wait_until
from tests.ui.daktela_app import app_on_daktela


@contextlib.contextmanager
def app_on_sim(
    qloop: asyncio.AbstractEventLoop, make_shell: Callable[..., Shell]
) -> Iterator[tuple[Shell, DaktelaSimulator, TeamView]]:
    """The app on a simulated Daktela, Ready, its Team tab open."""
    with app_on_daktela(qloop, make_shell, outbound_answer_after=60.0) as (shell, sim):
        team = shell.window.team
        assert team is not None
        shell.window.tabs.setCurrentWidget(team)
        wait_until(qloop, lambda: team.table.rowCount() == 5, 5)
        yield shell, sim, team


def rows(team: TeamView) -> list[list[str]]:
    table = team.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def test_the_team_with_states_pauses_and_time_in_state(
    qloop: asyncio.AbstractEventLoop,
    make_shell: Callable[..., Shell],
    messages: RecordingMessageBus,
) -> None:
    with app_on_sim(qloop, make_shell) as (shell, _sim, team):
        tabs = shell.window.tabs
        assert tabs.tabText(tabs.indexOf(team)) == "Team"
        shown = rows(team)
        assert [r[0] for r in shown] == [
            "Eva Novotná",
            "Karel Dvořák",
            "Martin Beneš",
            "Tomáš Horák",
            "Lucie Králová",
        ]
        assert [r[1] for r in shown] == ["Paused: Oběd", "Ready", "Ready", "On a call", "Offline"]
        assert shown[1][2].startswith("4:1") and shown[4][2] == ""  # in the state 254 s
        assert [r[3] for r in shown] == ["208", "207", "211", "209", "210"]
        assert team.status_text.text().startswith("Updated at ")
        assert team.table.accessibleName() == "Colleagues"
        assert team.filter_edit.accessibleName() and team.call_button.accessibleName()
        assert messages.recorded == []


def test_filter_by_name_and_call_a_colleagues_extension(
    qloop: asyncio.AbstractEventLoop, make_shell: Callable[..., Shell], qtbot: Any
) -> None:
    with app_on_sim(qloop, make_shell) as (shell, sim, team):
        qtbot.keyClicks(team.filter_edit, "karel")
        assert team.shown_logins() == ["dvorak"]
        assert not team.call_button.isEnabled()  # nobody chosen yet
        team.table.setFocus()
        team.table.selectRow(0)
        assert team.call_button.isEnabled()
        qtbot.mouseClick(team.call_button, Qt.MouseButton.LeftButton)
        wait_until(qloop, lambda: any(a == "CreateCall" for a, _ in sim.requests), 5)
        dialled = [p for a, p in sim.requests if a == "CreateCall"]
        assert dialled[0]["number"] == "207"
        session = shell.session
        assert session is not None
        wait_until(qloop, lambda: session.status.state is AgentState.RINGING, 5)
        assert not team.call_button.isEnabled()  # in a call: no second dial
        assert team.call_button.toolTip() == "Not during a call"
        sim.customer_hangup()


def test_refreshed_while_shown_and_never_while_hidden(
    qloop: asyncio.AbstractEventLoop, make_shell: Callable[..., Shell]
) -> None:
    with app_on_sim(qloop, make_shell) as (shell, sim, team):
        assert team.timer.isActive()
        team.timer.setInterval(50)  # the tab's own 10 s, shortened for the test
        sim.set_colleague("dvorak", "Speaking")
        wait_until(
            qloop, lambda: rows(team)[1][1] == "On a call" or rows(team)[2][1] == "On a call", 5
        )
        shell.window.tabs.setCurrentIndex(0)  # another tab: the Team view is hidden
        assert not team.isVisible() and not team.timer.isActive()
        assert team.refresh() is None
        asked = sum(1 for a, _ in sim.requests if a == "RTUsersState")
        sim.set_colleague("dvorak", "Idle")
        qloop.run_until_complete(asyncio.sleep(0))  # one turn: nothing is scheduled to ask
        assert sum(1 for a, _ in sim.requests if a == "RTUsersState") == asked
        shell.window.tabs.setCurrentWidget(team)  # shown again: asked at once
        wait_until(qloop, lambda: "On a call" not in [r[1] for r in rows(team)][:3], 5)
        shell.window.hide()
        assert not team.timer.isActive()


def test_a_failed_refresh_keeps_the_list_and_says_how_old(
    qloop: asyncio.AbstractEventLoop, make_shell: Callable[..., Shell]
) -> None:
    with app_on_sim(qloop, make_shell) as (_shell, sim, team):
        before = rows(team)
        sim.faults.fail(500, path="/api/4.1/RTUsersState/json")
        task = team.refresh()
        assert task is not None
        qloop.run_until_complete(task)
        assert rows(team) == before
        assert "The list is from" in team.status_text.text()
