"""A vendor is one folder: ``tests/fake_vendor/``, installed the way a package would be (a
``.dist-info`` with entry points on the path), shows up in the profile editor with its
options, in ``agentdesk ctl --vendor``, ``agentdesk sim`` and ``--demo``, with no edit to any
file of AgentDesk's."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from agentdesk.core import AgentState, ConfigurationError, Profile
from agentdesk.demo import DemoCallCentre, demo_title
from agentdesk.redaction import redact
from agentdesk.sim.registry import SIMULATORS, sim_spec
from agentdesk.store.profiles import load_profile, save_profile
from agentdesk.ui.settings_profile_editor import ProfileEditor
from agentdesk.vendors import VENDORS, vendor, vendors
from tests.cli.test_ctl import _env, standalone_sim

ROOT = Path(__file__).resolve().parent.parent
ENTRY_POINTS = """\
[agentdesk.vendors]
fake = tests.fake_vendor.spec:SPEC

[agentdesk.simulators]
fake = tests.fake_vendor.sim_spec:SIM
"""


def install(site: Path, name: str, entry_points: str) -> None:
    """What pip leaves of a package that declares ``entry_points``: its .dist-info."""
    info = site / f"{name}-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(entry_points)


@pytest.fixture
def fake_vendor_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fake vendor's package on this process's path and on its children's."""
    site = tmp_path / "site"
    install(site, "fake_vendor", ENTRY_POINTS)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(site), str(ROOT)]))
    return site


def test_without_its_package_the_fake_vendor_is_unknown() -> None:
    assert "fake" not in VENDORS and "fake" not in SIMULATORS
    with pytest.raises(ConfigurationError, match=r"unknown vendor 'fake' \(known: daktela, "):
        vendor("fake")


def test_built_in_vendors_are_found_without_scanning_the_installed_packages(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Every start looks up a built-in vendor (the profile, --vendor): no entry-point scan."""

    def no_scan(**selection: str) -> None:
        raise AssertionError(f"entry points scanned for {selection}")

    monkeypatch.setattr("agentdesk.registry.entry_points", no_scan)
    path = tmp_path / "profiles.toml"
    save_profile(Profile("Work", "megapbx", "https://a.megapbx.ru", "ivanova"), path=path)
    assert load_profile(path=path).vendor == "megapbx"
    assert vendor("okitoki").display_name == "Oki-Toki"
    assert "ucontact" in VENDORS and "daktela" in SIMULATORS
    assert sim_spec("megapbx").key == "megapbx"
    assert demo_title("ucontact") == "AgentDesk — demo (uContact)"


def test_the_registries_find_the_installed_vendor_and_its_simulator(
    fake_vendor_installed: Path,
) -> None:
    assert [spec.key for spec in vendors()] == [*(s.key for s in VENDORS.built_in), "fake"]
    spec = vendor("fake")
    assert spec.display_name == "Fake Call Centre"
    names = [option.name for option in spec.options]
    assert names[:3] == ["poll_seconds", "mood", "door_code"]
    assert {"screen_pop_ringing", "screen_pop_answered", "screen_pop_ended"} <= set(names)
    assert "fake" in VENDORS and "fake" in SIMULATORS
    assert sim_spec("fake").key == "fake"


def test_a_broken_package_is_passed_over_with_a_warning(
    fake_vendor_installed: Path, caplog: pytest.LogCaptureFixture
) -> None:
    install(
        fake_vendor_installed,
        "broken_vendors",
        "[agentdesk.vendors]\n"
        "gone = tests.fake_vendor.nowhere:SPEC\n"
        "misnamed = tests.fake_vendor.spec:SPEC\n"
        "daktela = tests.fake_vendor.spec:SPEC\n",
    )
    with caplog.at_level(logging.WARNING, logger="agentdesk.registry"):
        keys = [spec.key for spec in vendors()]
    assert keys.count("daktela") == 1 and keys[-1] == "fake"
    assert "gone" not in keys and "misnamed" not in keys
    said = caplog.text
    assert "gone = tests.fake_vendor.nowhere:SPEC cannot be loaded" in said
    assert "is not a VendorSpec whose key is 'misnamed'" in said
    assert "vendor 'daktela' is built in" in said
    assert vendor("daktela").display_name == "Daktela"


def test_the_profile_editor_offers_the_installed_vendor_with_its_options(
    fake_vendor_installed: Path, qtbot: Any
) -> None:
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    index = editor.vendor_combo.findData("fake")
    assert editor.vendor_combo.itemText(index) == "Fake Call Centre"
    editor.edit(None, is_default=True)
    editor.vendor_combo.setCurrentIndex(index)
    assert editor.url_edit.placeholderText() == "https://fake.example"
    assert editor.user_edit.placeholderText() == "The agent's nickname"
    assert not editor.user_pick_button.isVisibleTo(editor)  # it cannot list its users
    assert not editor.webhook_text.isVisibleTo(editor)  # nor does it post to AgentDesk

    editor.add_option_menu.aboutToShow.emit()
    offered = {action.text(): action.toolTip() for action in editor.add_option_menu.actions()}
    assert offered["poll_seconds"] == "How often the state is read, in seconds"
    assert offered["mood"] == "How the fake agent feels"
    assert "door_code" in offered and "screen_pop_ringing" in offered
    editor.add_known_option("poll_seconds")
    editor.add_known_option("mood")
    assert editor.options() == {"poll_seconds": "1", "mood": "calm"}

    editor.name_edit.setText("Fake")
    editor.url_edit.setText("https://fake.example")
    editor.user_edit.setText("frida")
    editor.secret_edit.setText("a-token")
    assert editor.edited().profile.vendor == "fake"
    editor.options_table.item(0, 1).setText("0")
    with pytest.raises(ConfigurationError, match="Option poll_seconds: a number of seconds"):
        editor.edited()
    editor.options_table.item(0, 1).setText("2")
    editor.options_table.item(1, 1).setText("grumpy")
    with pytest.raises(ConfigurationError, match="Option mood takes one of: calm, busy"):
        editor.edited()


def test_a_profile_of_the_installed_vendor_is_saved_and_read_back(
    fake_vendor_installed: Path, tmp_path: Path
) -> None:
    path = tmp_path / "profiles.toml"
    profile = Profile(
        "Fake", "fake", "https://fake.example", "frida", options={"door_code": "open-sesame-42"}
    )
    save_profile(profile, path=path)
    assert load_profile("Fake", path=path) == profile
    # The spec marks door_code as a secret: masked from the moment it is read.
    assert redact("the door opens with open-sesame-42") == "the door opens with ***"


def test_agentdesk_sim_and_ctl_serve_and_sign_in_to_the_installed_vendor(
    fake_vendor_installed: Path,
) -> None:
    for args in (["--help"], ["sim", "--help"], ["ctl", "--help"]):
        shown = subprocess.run(
            [sys.executable, "-m", "agentdesk", *args],
            env=_env(),
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        assert "megapbx, fake" in " ".join(shown.stdout.split()), args
    with standalone_sim("fake", banner_lines=4) as banner:
        assert banner["url"].startswith("http://127.0.0.1:")
        assert banner["agent"] == "frida (Frida Fake)"
        command = ["ctl", "--vendor", "fake", "--url", banner["url"], "--user", "frida"]
        done = subprocess.run(
            [sys.executable, "-m", "agentdesk", *command, "state", "--json"],
            env=_env(AGENTDESK_SECRET=banner["token"]),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        refused = subprocess.run(
            [sys.executable, "-m", "agentdesk", *command, "state"],
            env=_env(AGENTDESK_SECRET="not-the-token"),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    state = json.loads(done.stdout)
    assert state["state"] == "ready"
    assert state["agent"] == {"login": "frida", "name": "Frida Fake"}
    assert refused.returncode == 3 and "refused the token" in refused.stderr


async def test_the_demo_signs_in_to_the_installed_vendor(fake_vendor_installed: Path) -> None:
    assert demo_title("fake") == "AgentDesk — demo (Fake Call Centre)"
    centre = DemoCallCentre("fake", scenario=False)
    session = await centre.start_session()
    try:
        status = await session.backend.status()
        assert (status.state, status.agent_name) == (AgentState.READY, "Frida Fake")
        centre.simulator.state = "paused"
        assert (await session.backend.status()).state is AgentState.PAUSED
    finally:
        await session.stop()
        await centre.stop()
