"""`agentdesk sim VENDOR --set NAME=VALUE`: how a simulator reads what the vendor's document
leaves open, set from the command line; an option it has not is refused. As subprocesses."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from tests.cli.test_ctl import _env, standalone_sim


def test_the_simulators_options_are_set_from_the_command_line() -> None:
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
    ("vendor", "option", "said"),
    [
        (
            "okitoki",
            "nope=1",
            "the okitoki simulator has no option 'nope' (it has: unknown_object, answer_style)",
        ),
        (
            "okitoki",
            "unknown_object=500",
            "okitoki simulator option unknown_object is one of 401, 404",
        ),
        (
            "ucontact",
            "empty_callerid=maybe",
            "ucontact simulator option empty_callerid is one of accept, refuse",
        ),
        (
            "daktela",
            "answer_style=variant",
            "the daktela simulator has no option 'answer_style' (it has: none)",
        ),
        ("okitoki", "novalue", "--set wants KEY=VALUE, got 'novalue'"),
    ],
)
def test_a_simulator_option_it_has_not_exits_2_saying_so(
    vendor: str, option: str, said: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "agentdesk", "sim", vendor, "--set", option],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"agentdesk sim: {said}\n")
