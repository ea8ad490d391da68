"""`agentdesk sim megapbx --set NAME=VALUE` as a subprocess: the simulator answers as the
options read MegaFon's document, and options it does not have are refused with a message."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import httpx
import pytest

from agentdesk.sim.cli import SimOptionError, make_simulator
from agentdesk.sim.spec import SimArgs
from tests.cli.test_ctl import _env, standalone_sim
from tests.fake_vendor.sim_spec import SIM as FAKE_SIM

READINGS = (
    "--set",
    "inner_history=no",
    "--set",
    "page_size=1",
    "--set",
    "info_next=no",
    "--set",
    "end_reading=midnight",
    "--set",
    "webhook_encoding=multipart",
)


def test_the_options_reach_the_simulator_and_its_banner() -> None:
    # The banner: URL, the lines a profile needs, a command to try, then the options given
    # (the last line, which standalone_sim reads only to wait for it: here, the try line).
    with standalone_sim("megapbx", *READINGS, "--set", "padding=0", banner_lines=7) as banner:
        headers = {"X-API-KEY": banner["api key"]}
        with httpx.Client(base_url=banner["url"] + "/crmapi/v1/", headers=headers) as client:
            users = client.get("users").json()
            inner = client.get("history/inner/json")
            today = datetime.now(UTC).strftime("%Y%m%dT000000Z")
            lone_start = client.get("history/json", params={"start": today}).json()
            outer = client.get("history/json", params={"period": "this_month"})
    assert banner["try"].startswith("AGENTDESK_SECRET=")
    assert len(users["items"]) == 1 and "next" not in users["info"]
    assert users["info"]["total"] == 3
    assert inner.status_code == 404
    assert lone_start == []  # the start of today, and an end read as today 00:00
    assert outer.status_code == 200


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("colour=red", "has no option colour (webhook_encoding: json, form, multipart"),
        ("page_size=many", "page_size must be a whole number"),
        ("webhook_encoding=xml", "webhook_encoding must be one of json, form, multipart"),
        ("no-equals-sign", "--set wants KEY=VALUE"),
    ],
)
def test_an_option_the_simulator_cannot_take_is_refused_with_exit_2(
    option: str, message: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "agentdesk", "sim", "megapbx", "--no-scenario", "--set", option],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("agentdesk sim: "), done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_a_simulator_without_options_says_so() -> None:
    with pytest.raises(SimOptionError, match="the fake simulator takes no --set options"):
        make_simulator(FAKE_SIM, SimArgs(options={"page_size": "1"}))
