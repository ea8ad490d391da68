"""`agentdesk --demo --vendor ucontact`: the window dials through AgentCall, hangs up, saves the
disposition tree with DispositionCall, takes breaks, and plays a recording from the history."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from agentdesk.core import AgentState
from agentdesk.demo import DemoCallCentre
from agentdesk.ui.app import Shell
from tests.ui.conftest import RecordingMessageBus, wait_connected, wait_until
from tests.ui.test_recording_player import MEDIA_NOISE


@MEDIA_NOISE
def test_a_ucontact_day_at_the_desk(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    make_shell: Callable[..., Shell],
) -> None:
    centre = DemoCallCentre("ucontact", scenario=False)
    sim = centre.simulator
    shell = make_shell()
    window = shell.window
    running = qloop.create_task(shell.run(centre.start_session, centre.stop))
    try:
        wait_connected(qloop, shell)
        session = shell.session
        assert session is not None
        assert sim.logged_in  # AgentLogin signed the agent in to the telephony
        wait_until(qloop, lambda: window.agent_name.text() == "Juan Pérez", timeout=5)
        # No live feed for calls that ring at the agent: the card says so.
        assert "uContact" in window.call_panel.no_call_text.text()

        # A dial is AgentCall; the call shows on the card at once, with Hang up.
        window.dial_bar.dial_now("+598 99 124 484")
        wait_until(qloop, lambda: window.call_panel.call is not None, timeout=5)
        call = window.call_panel.call
        assert call is not None and call.number == "+59899124484"
        assert sim.live_call is not None and sim.live_call.guid == call.id
        assert window.call_panel.answer_button.isHidden()
        hangup = window.call_panel.hangup_button
        wait_until(qloop, lambda: hangup.isVisibleTo(window) and hangup.isEnabled(), timeout=5)
        hangup.click()
        wait_until(qloop, lambda: window.call_panel.call is None, timeout=5)
        assert sim.live_call is None
        assert sim.paths("Agents/HungupPhone") == [{"phone": sim.phone}]

        # The wrap-up offers the profile's disposition tree and saves it with DispositionCall.
        wrap = window.wrap_up
        assert wrap is not None
        wait_until(qloop, lambda: wrap.isVisible() and wrap.form is not None, timeout=5)
        titles = [wrap.status_combo.itemText(i) for i in range(wrap.status_combo.count())]
        chosen = "No venta › Precio › Muy caro"  # noqa: RUF001
        assert chosen in titles
        wrap.status_combo.setCurrentIndex(titles.index(chosen))
        wrap.note_edit.setPlainText("Le parece caro")
        wrap.save_button.click()
        wait_until(qloop, lambda: not wrap.isVisible(), timeout=5)
        assert len(sim.dispositions) == 1
        saved = sim.dispositions[0]
        assert (saved["guid"], saved["campaign"], saved["callerid"]) == (
            call.id,
            sim.outqueue,
            "+59899124484",
        )
        assert (saved["l1"], saved["l2"], saved["l3"]) == ("No venta", "Precio", "Muy caro")
        assert saved["comment"] == "Le parece caro"

        # Pauses are the profile's breaks, taken and ended with AgentBreak/AgentUnBreak.
        assert [p.id for p in session.pauses][:2] == ["Almuerzo", "Baño"]
        window.pause_selector.select_text("Almuerzo")
        wait_until(qloop, lambda: session.status.state is AgentState.PAUSED, timeout=5)
        assert sim.on_break == "Almuerzo"
        window.pause_selector.select_text("Ready")
        wait_until(qloop, lambda: session.status.state is AgentState.READY, timeout=5)
        assert sim.on_break is None

        # The recorded calls are the history, paged 50 at a time, each with its recording.
        window.actions_.show_history.trigger()
        window.history.refresh()
        wait_until(qloop, lambda: len(window.history.model.records) > 50, timeout=5)
        assert window.history.model.records[0].id == call.id
        record = window.history.model.records[3]
        window.history.select_call(record.id)
        window.history.play_selected()
        wait_until(qloop, lambda: window.history.player.source is not None, timeout=5)
        assert messages.texts() == []
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))
    assert not sim.logged_in  # the session's end logged the agent off
