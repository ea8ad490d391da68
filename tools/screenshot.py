"""Screenshots of the demo for docs/: `python tools/screenshot.py OUT_DIR [--language cs]`.

Runs the real app pieces (Daktela simulator, backend, session, windows) and saves what the
agent sees: a call ringing with its caller card, the wrap-up after it, a pause, the recent
calls with a recording in the player, missed calls, the dial-the-selection question, the
settings, the transfer picker on a live call and the Team view. With --language only the main
window is taken, named demo-window-LANG.png. Works offscreen or under Xvfb (`xvfb-run -a`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import qasync  # isort: skip

from screenshot_shift import shoot_shift  # beside this script

from agentdesk.core import AgentState, ConnectionState
from agentdesk.demo import DemoCallCentre
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.store.recording_cache import RecordingCache
from agentdesk.ui.app import Shell, grab_window_png
from agentdesk.ui.i18n import Translations
from agentdesk.ui.main_window import MainWindow


async def _until(predicate: Callable[[], object]) -> None:
    async with asyncio.timeout(10.0):
        while not predicate():  # noqa: ASYNC110 - a plain predicate over widget state
            await asyncio.sleep(0.02)


async def _settle() -> None:
    """Let the clocks show a second or two, and the layout settle."""
    await asyncio.sleep(1.3)


async def _shoot(out: Path, language: str | None, dark: bool) -> list[Path]:
    centre = DemoCallCentre(scenario=False)
    sim = centre.simulator
    sim.wrapup_seconds = 120
    cache = RecordingCache(Path(tempfile.mkdtemp()) / "recordings")
    shell = Shell(title="AgentDesk — demo", tray_available=lambda: False, recording_cache=cache)
    window = shell.window
    running = asyncio.ensure_future(shell.run(centre.start_session, centre.stop))
    saved: list[Path] = []

    def save(widget: object, name: str) -> None:
        path = out / name
        grab_window_png(widget, path)  # type: ignore[arg-type]
        saved.append(path)

    try:
        await _until(
            lambda: (
                shell.session is not None
                and shell.session.connection.state is ConnectionState.CONNECTED
            )
        )
        session = shell.session
        assert session is not None
        cards = window.cards
        assert cards is not None
        if not (language or dark):
            await session.pause("7")
            await _until(lambda: window.state_badge.state_text.text() == "Paused")
            await _settle()
            save(window, "demo-paused.png")
            await session.ready()
            await _until(lambda: session.status.state is AgentState.READY)
        sim.ring("601234567", name="Petr Svoboda", queue_id="3")
        await _until(lambda: "Svoboda" in window.call_panel.company_text.text())
        await _settle()
        if language or dark:
            suffix = "-".join(part for part in (language, "dark" if dark else "") if part)
            save(window, f"demo-window-{suffix}.png")
            save(cards.window, f"caller-card-{suffix}.png")
            return saved
        save(window, "demo-window.png")
        save(cards.window, "caller-card.png")

        window.call_panel.answer_button.click()
        await _until(lambda: session.status.state is AgentState.TALKING)
        await asyncio.sleep(2.2)
        window.call_panel.hangup_button.click()
        wrap = window.wrap_up
        assert wrap is not None
        await _until(lambda: wrap.isVisible() and wrap.form is not None)
        wrap.status_combo.setCurrentIndex(1)
        wrap.note_edit.setPlainText("Chce nabídku na větší balíček")
        await _settle()
        save(window, "wrap-up.png")
        wrap.save_button.click()
        await _until(lambda: not wrap.isVisible())
        await _until(lambda: session.status.state is AgentState.READY)

        window.resize(900, 640)
        window.actions_.show_history.trigger()
        history = window.history
        history.refresh()
        await _until(lambda: len(history.model.records) > 10 and not history.loading)
        row = next(i for i, r in enumerate(history.model.records) if r.has_recording)
        history.select_call(history.model.records[row].id)
        history.play_selected()
        await _until(lambda: history.player.source is not None)
        await asyncio.sleep(0.8)
        save(window, "history.png")

        for number, name in (("777000111", "Jana Dvořáková"), ("+421905123456", None)):
            sim.ring(number, name=name)
            await _until(lambda: window.call_panel.call is not None)
            sim.customer_hangup()  # gave up before the agent answered
            await _until(lambda: window.call_panel.call is None)
        window.tabs.setCurrentIndex(window.missed.index)
        await _settle()
        save(window, "missed-calls.png")
        await shoot_shift(window, sim, save, _until, _settle)

        today = window.today
        window.tabs.setCurrentIndex(today.index)
        await _until(lambda: today.view.day is not None)
        await _settle()
        save(window, "today-view.png")

        window.sms.templates = ["Dobrý den {name}, volali jsme vám z podpory. {agent}"]
        dialog = window.sms.open_for("+420777000111", "Jana Dvořáková")
        assert dialog is not None
        dialog.templates.setCurrentIndex(1)
        dialog.templates.activated.emit(1)
        await _settle()
        save(dialog, "sms-dialog.png")
        dialog.close()

        QGuiApplication.clipboard().setText(
            "Ing. Tomáš Krejčí\nNákup, Krejčí a spol.\ntel. 602 111 333, mobil 777 444 555"
        )
        window.clipboard.dial_selection()
        await _settle()
        save(window.dial_confirm, "dial-confirm.png")
        window.dial_confirm.close()

        shell.open_settings()
        settings = shell.settings_window
        assert settings is not None
        settings.present("general")  # type: ignore[attr-defined]
        settings.resize(720, 780)
        await _settle()
        save(settings, "settings.png")
        await settings.present("profiles")  # type: ignore[attr-defined]
        page = settings.profiles_page  # type: ignore[attr-defined]
        page.add_button.click()
        editor = page.editor
        editor.vendor_combo.setCurrentIndex(editor.vendor_combo.findData("megapbx"))
        editor.name_edit.setText("Sklad")
        editor.url_edit.setText("https://sklad.megapbx.ru")
        editor.user_edit.setText("ivanova")
        editor.add_option_row("relay_url", "https://relay.example.ru")
        editor.add_option_row("relay_token", "not-a-real-token")  # shown masked
        await _settle()
        save(settings, "settings-relay-profile.png")
        settings.close()
        await _transfer_and_team(window, sim, save)
    finally:
        shell.request_quit()
        await running
    return saved


async def _transfer_and_team(
    window: MainWindow, sim: DaktelaSimulator, save: Callable[[object, str], None]
) -> None:
    """The picker opened from a live call, then the Team tab once the call is over."""
    session = window.session
    assert session is not None
    window.tabs.setCurrentIndex(0)
    sim.ring("00420603987654", name="Tomáš Černý", queue_id="1")
    await _until(lambda: window.call_panel.answer_button.isEnabled())
    window.call_panel.answer_button.click()
    await _until(lambda: window.call_panel.transfer_button.isEnabled())
    window.call_panel.transfer_button.click()
    picker = window.transfer_picker
    assert picker is not None
    await _until(lambda: picker.isVisible() and len(picker.targets()) > 5)
    await _settle()
    save(picker, "transfer-picker.png")
    picker.reject()
    await session.hangup()
    await _until(lambda: window.call_panel.call is None)
    team = window.team
    assert team is not None
    window.tabs.setCurrentWidget(team)
    await _until(lambda: team.table.rowCount() > 0)
    await _settle()
    save(window, "team-view.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default="docs", type=Path)
    parser.add_argument("--language", help="take the main window in this language (cs, ru, es)")
    parser.add_argument("--dark", action="store_true", help="ask for the dark colour scheme")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    # The demo's window places and outbox stay out of the user's own.
    scratch = Path(tempfile.mkdtemp(prefix="agentdesk-screenshots-"))
    os.environ["XDG_STATE_HOME"] = str(scratch / "state")
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")
    app = QApplication.instance() or QApplication(sys.argv)
    if args.dark:
        os.environ["AGENTDESK_THEME"] = "dark"
    translations = Translations()
    if not translations.install(args.language or "en"):
        print(f"no translation for {args.language}: run 'make translations'", file=sys.stderr)
        return 1
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        saved = loop.run_until_complete(_shoot(args.out, args.language, args.dark))
    for path in saved:
        print(f"saved {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
