"""Recent calls when the vendor gives only part of the history: MegaFon's backend against a
simulated PBX without ``history/inner/json`` (an older or white-label PBX answers 404). The
outer calls are listed and a note under the table says what is missing, in the agent's
language; nothing is told as an error."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.store.recording_cache import RecordingCache
from agentdesk.ui.history_view import HistoryView
from agentdesk.ui.i18n import Translations
from tests.ui.conftest import RecordingMessageBus, wait_until

NOTE = "Calls between colleagues are not available from this PBX."


class PbxSession:
    """A started simulated PBX and a session over MegaFon's backend against it."""

    def __init__(self, loop: asyncio.AbstractEventLoop, **sim_options: Any) -> None:
        self.loop = loop
        self.sim = MegaPbxSimulator(**sim_options)
        loop.run_until_complete(self.sim.start())
        backend = MegaPbxBackend(base_url=self.sim.url, login="ivanova", api_key=self.sim.api_key)
        self.session = Session(backend, policy=ReconnectPolicy(rand=lambda: 1.0))

    def close(self) -> None:
        self.loop.run_until_complete(self.session.stop())
        self.loop.run_until_complete(self.session.backend.aclose())
        self.loop.run_until_complete(self.sim.stop())


@pytest.fixture
def pbx_sessions(qloop: asyncio.AbstractEventLoop) -> Iterator[list[PbxSession]]:
    made: list[PbxSession] = []
    yield made
    for made_one in made:
        made_one.close()


@pytest.fixture
def view(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, tmp_path: Any
) -> Iterator[HistoryView]:
    view = HistoryView(messages, cache=RecordingCache(tmp_path / "recordings"), region="RU")
    qtbot.addWidget(view)
    view.resize(900, 600)
    yield view
    qloop.run_until_complete(view.cancel_pending())


def load(qloop: asyncio.AbstractEventLoop, view: HistoryView, session: Session) -> None:
    view.set_session(session)
    view.show()
    wait_until(qloop, lambda: not view.loading and view.model.rowCount() > 0, timeout=5)


def test_a_pbx_without_inner_history_lists_the_rest_with_a_note(
    qloop: asyncio.AbstractEventLoop,
    view: HistoryView,
    messages: RecordingMessageBus,
    pbx_sessions: list[PbxSession],
) -> None:
    without = PbxSession(qloop, inner_history=False)
    pbx_sessions.append(without)
    load(qloop, view, without.session)
    week = datetime.now(UTC) - timedelta(days=view.days) + timedelta(minutes=1)
    sim = without.sim
    mine = {c.uid for c in sim.history.external if c.user is sim.agent and c.start > week}
    shown = {r.id for r in view.model.records}
    assert mine <= shown
    assert not shown & {c.uid for c in without.sim.history.inner}
    assert view.note_label.isVisible()
    assert view.note_label.text() == NOTE
    assert view.status_label.text().startswith("Calls: ")
    assert messages.texts() == []  # a note, not an error

    # Another PBX, with the inner history: its colleagues' calls, and no note.
    with_inner = PbxSession(qloop)
    pbx_sessions.append(with_inner)
    view.set_session(with_inner.session)
    assert view.note_label.isHidden()  # nothing of the other PBX's note stays
    wait_until(qloop, lambda: not view.loading and view.model.rowCount() > 0, timeout=5)
    assert {c.uid for c in with_inner.sim.history.inner} & {r.id for r in view.model.records}
    assert view.note_label.isHidden()
    assert messages.texts() == []


@pytest.mark.parametrize("language", ["cs", "ru", "es"])
def test_the_note_speaks_the_agents_language(
    qloop: asyncio.AbstractEventLoop,
    view: HistoryView,
    translations: Translations,
    pbx_sessions: list[PbxSession],
    language: str,
) -> None:
    assert translations.install(language)
    without = PbxSession(qloop, inner_history=False)
    pbx_sessions.append(without)
    load(qloop, view, without.session)
    assert view.note_label.isVisible()
    assert view.note_label.text() not in ("", NOTE)
