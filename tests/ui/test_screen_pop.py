"""The screen popper opens the CRM once per call and moment, through fake launchers only."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QUrl

from agentdesk.core import Call, CallAnswered, CallDirection, CallPhase, CallRinging
from agentdesk.screen_pop import CallMoment, CallVariables, UrlTemplate, screen_pop_templates
from agentdesk.session import Session
from agentdesk.store.profiles import load_profile
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.screen_pop import ScreenPopper, open_in_browser, start_detached
from agentdesk.ui.settings_profile_editor import ProfileEditor
from agentdesk.ui.settings_window import SettingsWindow
from agentdesk.vendors import VENDORS
from tests.ui.conftest import wait_until
from tests.ui.fake_backend import FakeBackend, inbound_call

RINGING = "https://crm.example.com/search?phone={number_e164}&call={call_id}&who={name}"
ANSWERED = "https://crm.example.com/calls/{call_id}?agent={agent}&q={queue}&d={direction}"
ENDED = "/usr/bin/crm --wrap-up {call_id} --vendor={vendor} '{name} ({number})'"


class RecordingLaunchers:
    """Both launchers, remembering what they were asked to open; never open anything."""

    def __init__(self, *, succeed: bool = True, error: Exception | None = None) -> None:
        self.urls: list[str] = []
        self.commands: list[tuple[str, list[str]]] = []
        self.succeed = succeed
        self.error = error

    def open_url(self, url: str) -> bool:
        self.urls.append(url)
        if self.error is not None:
            raise self.error
        return self.succeed

    def start_command(self, program: str, arguments: Sequence[str]) -> bool:
        self.commands.append((program, list(arguments)))
        if self.error is not None:
            raise self.error
        return self.succeed


def popper_for(options: dict[str, str], launchers: RecordingLaunchers) -> ScreenPopper:
    return ScreenPopper(
        screen_pop_templates(options, windows=False),
        vendor="daktela",
        agent="jnovak",
        region="CZ",
        open_url=launchers.open_url,
        start_command=launchers.start_command,
    )


def started(loop: asyncio.AbstractEventLoop, session: Session) -> SessionBridge:
    bridge = SessionBridge(session)

    async def go() -> None:
        session.start()

    loop.run_until_complete(go())
    wait_until(loop, lambda: session.status.agent_login is not None)
    return bridge


def test_a_call_pops_each_template_once(
    qloop: asyncio.AbstractEventLoop, session: Session, backend: FakeBackend, qtbot: Any
) -> None:
    launchers = RecordingLaunchers()
    popper = popper_for(
        {
            "screen_pop_ringing": RINGING,
            "screen_pop_answered": ANSWERED,
            "screen_pop_ended": ENDED,
        },
        launchers,
    )
    failures: list[str] = []
    popper.failed.connect(failures.append)
    popped: list[tuple[str, str]] = []
    popper.popped.connect(lambda moment, option: popped.append((moment, option)))
    bridge = started(qloop, session)
    ended: list[object] = []
    bridge.call_ended.connect(ended.append)
    popper.attach(bridge)

    call = backend.ring()
    backend.push(CallRinging(call))  # the vendor announces the same call again
    talking = inbound_call(CallPhase.TALKING)
    backend.push(CallAnswered(talking))
    backend.push(CallAnswered(talking))
    backend.end(talking)
    wait_until(qloop, lambda: ended)

    assert launchers.urls == [
        "https://crm.example.com/search?phone=%2B420601123456&call=call-1&who=Petr%20Svoboda",
        "https://crm.example.com/calls/call-1?agent=jnovak&q=Support&d=inbound",
    ]
    assert launchers.commands == [
        (
            "/usr/bin/crm",
            ["--wrap-up", "call-1", "--vendor=daktela", "Petr Svoboda (+420601123456)"],
        )
    ]
    assert popped == [
        ("ringing", "screen_pop_ringing"),
        ("answered", "screen_pop_answered"),
        ("ended", "screen_pop_ended"),
    ]
    assert failures == []


def test_another_call_pops_again(qtbot: Any) -> None:
    launchers = RecordingLaunchers()
    popper = popper_for({"screen_pop_ringing": "https://crm/c/{call_id}"}, launchers)
    assert popper.pop(CallMoment.RINGING, inbound_call(call_id="a"))
    assert not popper.pop(CallMoment.RINGING, inbound_call(call_id="a"))
    assert popper.pop(CallMoment.RINGING, inbound_call(call_id="b"))
    assert not popper.pop(CallMoment.ANSWERED, inbound_call(call_id="b"))  # no template
    assert launchers.urls == ["https://crm/c/a", "https://crm/c/b"]


def test_a_command_gets_its_arguments_untouched_by_the_callers_data(qtbot: Any) -> None:
    launchers = RecordingLaunchers()
    popper = popper_for({"screen_pop_answered": "crm --name {name} {number}"}, launchers)
    evil = Call("x", CallDirection.INBOUND, "-e; rm -rf ~", CallPhase.TALKING, name="a b\n")
    assert popper.pop(CallMoment.ANSWERED, evil)
    assert launchers.commands == [("crm", ["--name", "a b", "e; rm -rf ~"])]
    assert launchers.urls == []


@pytest.mark.parametrize(
    "launchers",
    [RecordingLaunchers(succeed=False), RecordingLaunchers(error=OSError(2, "No such file"))],
    ids=["refused", "raised"],
)
def test_a_failing_launcher_is_reported_without_a_traceback(
    launchers: RecordingLaunchers, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    popper = popper_for(
        {"screen_pop_ringing": "https://crm/?n={number}", "screen_pop_ended": "crm {number}"},
        launchers,
    )
    caplog.set_level(logging.DEBUG, logger="agentdesk.ui.screen_pop")
    with qtbot.waitSignal(popper.failed, timeout=1000) as failed:
        assert not popper.pop(CallMoment.RINGING, inbound_call())
    assert failed.args == ["Could not open the CRM for this call: check the screen pop settings."]
    with qtbot.waitSignal(popper.failed, timeout=1000):
        assert not popper.pop(CallMoment.ENDED, inbound_call())
    records = [r for r in caplog.records if r.name == "agentdesk.ui.screen_pop"]
    assert [r.levelno for r in records] == [logging.WARNING, logging.WARNING]
    assert all(r.exc_info is None and r.stack_info is None for r in records)
    logged = " ".join(r.getMessage() for r in records)
    assert "screen_pop_ringing" in logged and "screen_pop_ended" in logged
    assert "601123456" not in logged  # the caller's number stays out of the log
    # A failed pop is not retried for the same call (no storm of error notices).
    assert not popper.pop(CallMoment.RINGING, inbound_call())
    assert len(launchers.urls) == 1


@pytest.mark.parametrize("call_id", ["..", ".", ""])
def test_a_call_id_that_would_move_the_urls_path_opens_nothing(
    call_id: str, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    # https://crm.example.com/calls/../admin is /admin to Qt and to the browser, %2E%2E too.
    launchers = RecordingLaunchers()
    popper = popper_for(
        {"screen_pop_ringing": "https://crm.example.com/calls/{call_id}/x"}, launchers
    )
    caplog.set_level(logging.DEBUG, logger="agentdesk.ui.screen_pop")
    with qtbot.waitSignal(popper.failed, timeout=1000):
        assert not popper.pop(CallMoment.RINGING, inbound_call(call_id=call_id))
    assert launchers.urls == []
    [record] = [r for r in caplog.records if r.name == "agentdesk.ui.screen_pop"]
    assert record.levelno == logging.WARNING
    assert "screen_pop_ringing" in record.getMessage()
    assert "{call_id} would make a path segment empty, '.' or '..'" in record.getMessage()
    assert popper.pop(CallMoment.RINGING, inbound_call(call_id="c-7"))
    assert launchers.urls == ["https://crm.example.com/calls/c-7/x"]


def test_a_popper_from_a_profiles_options(qtbot: Any) -> None:
    popper = ScreenPopper.from_options(
        {"screen_pop_ended": "https://crm/{call_id}"}, vendor="okitoki", agent="7"
    )
    assert set(popper.templates) == {CallMoment.ENDED}
    assert popper.region is None


# -- the profile editor --


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("agentdesk.store.profiles.config_path", lambda: tmp_path / "profiles.toml")
    monkeypatch.setattr(
        "agentdesk.store.settings.settings_path", lambda: tmp_path / "settings.toml"
    )
    return tmp_path


@pytest.mark.parametrize("vendor", [spec.key for spec in VENDORS.built_in])
def test_every_vendors_editor_offers_the_screen_pop_options(vendor: str, qtbot: Any) -> None:
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    editor.vendor_combo.setCurrentIndex(editor.vendor_combo.findData(vendor))
    editor.add_option_menu.aboutToShow.emit()
    offered = [action.text() for action in editor.add_option_menu.actions()]
    assert {"screen_pop_ringing", "screen_pop_answered", "screen_pop_ended"} <= set(offered)
    editor.add_known_option("screen_pop_ringing")
    assert editor.options() == {"screen_pop_ringing": ""}  # empty: no screen pop


def test_a_bad_template_is_refused_on_save_and_a_good_one_saved(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, config_dir: Path
) -> None:
    window = SettingsWindow()
    qtbot.addWidget(window)
    qloop.run_until_complete(window.present(""))
    page = window.profiles_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    editor.name_edit.setText("Work")
    editor.url_edit.setText("https://mycompany.daktela.com")
    editor.user_edit.setText("jnovak")
    editor.secret_edit.setText("s3cr3t")
    editor.add_known_option("screen_pop_answered")
    value = editor.options_table.item(0, 1)
    assert value is not None
    value.setText("https://{agent}.crm.example.com/?n={number}")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_text.isVisible()
    assert editor.error_text.text() == (
        "Option screen_pop_answered is not a usable screen pop: the URL's host must not "
        "contain a variable: put variables after the '/'."
    )
    assert not (config_dir / "profiles.toml").exists()

    value.setText("https://crm.example.com/?n={number_e164}")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_until(qloop, lambda: (config_dir / "profiles.toml").exists())
    assert load_profile("Work").options == {
        "screen_pop_answered": "https://crm.example.com/?n={number_e164}"
    }
    window.close()
    qloop.run_until_complete(window.tasks.wait_all())


def test_the_default_launchers_report_what_they_cannot_open(qtbot: Any, tmp_path: Path) -> None:
    # Neither call can open anything: the URL is refused before a browser is asked, and the
    # program does not exist.
    assert not open_in_browser("https://crm.example.com/a b<>")
    assert not start_detached(str(tmp_path / "no-such-crm"), ["--phone", "1"])


@given(st.text(), st.text())
def test_every_expanded_url_is_one_qt_opens_strictly(number: str, name: str) -> None:
    template = screen_pop_templates({"screen_pop_ringing": RINGING + "&x={{1}}"})[
        CallMoment.RINGING
    ]
    assert isinstance(template, UrlTemplate)
    expanded = template.expand(CallVariables(number=number, number_e164=number, name=name))
    qurl = QUrl(expanded, QUrl.ParsingMode.StrictMode)
    assert qurl.isValid(), expanded
    assert qurl.host() == "crm.example.com" and qurl.path() == "/search"
