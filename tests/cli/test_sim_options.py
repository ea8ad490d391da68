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


def test_the_okitoki_readings_are_set_from_the_command_line() -> None:
    options = ("--set", "unknown_object=404", "--set", "answer_style=variant")
    with (
        standalone_sim("okitoki", *options, banner_lines=9) as banner,
        httpx.Client(
            base_url=banner["url"] + "/api/v1/", params={"api_token": banner["api token"]}
        ) as client,
    ):
        missing = client.get("record/123")
        log = client.get("reports/acd/calls-log", params={"date_range": "this_month"})
    assert banner["unknown_object"] == "404"  # the banner says them, after the profile's lines
    assert missing.status_code == 404
    assert set(log.json()) == {"data", "total"}  # the variant's call log


@pytest.mark.parametrize(
    ("vendor", "option", "message"),
    [
        ("megapbx", "colour=red", "has no option colour (webhook_encoding: json, form, multipart"),
        ("megapbx", "page_size=many", "page_size must be a whole number"),
        (
            "megapbx",
            "webhook_encoding=xml",
            "webhook_encoding must be one of json, form, multipart",
        ),
        ("megapbx", "no-equals-sign", "--set wants KEY=VALUE"),
        ("okitoki", "nope=1", "the okitoki simulator has no option nope (unknown_object: 401"),
        ("okitoki", "unknown_object=500", "option unknown_object must be one of 401, 404"),
        ("ucontact", "empty_callerid=maybe", "option empty_callerid must be one of accept, refuse"),
        ("daktela", "answer_style=variant", "the daktela simulator has no option answer_style"),
    ],
)
def test_an_option_the_simulator_cannot_take_is_refused_with_exit_2(
    vendor: str, option: str, message: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "agentdesk", "sim", vendor, "--no-scenario", "--set", option],
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
