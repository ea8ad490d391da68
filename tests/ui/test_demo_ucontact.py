"""`agentdesk --demo --vendor ucontact`: the window dials through AgentCall, hangs up, saves the
disposition tree with DispositionCall, and pages through the history (a break, and a
recording: test_demo_every_vendor.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager

from tests.ui.conftest import Demo, RecordingMessageBus, wait_until


def test_a_ucontact_day_at_the_desk(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    demo: Callable[[str], AbstractContextManager[Demo]],
) -> None:
    with demo("ucontact") as running:
        session, window, sim = running.session, running.window, running.sim
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

        # Pauses are the profile's breaks.
        assert [p.id for p in session.pauses][:2] == ["Almuerzo", "Baño"]

        # The recorded calls are the history, paged 50 at a time, newest first.
        window.actions_.show_history.trigger()
        window.history.refresh()
        wait_until(qloop, lambda: len(window.history.model.records) > 50, timeout=5)
        assert window.history.model.records[0].id == call.id
        assert messages.texts() == []
    assert not sim.logged_in  # the session's end logged the agent off
