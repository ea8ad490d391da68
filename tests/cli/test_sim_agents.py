"""``agentdesk sim megapbx|okitoki --set agents=...`` as a subprocess: the banner lists the
simulated agents and the simulated company has each of them."""

from __future__ import annotations

import httpx

from tests.cli.test_ctl import standalone_sim


def test_the_megapbx_simulator_plays_the_agents_it_is_given() -> None:
    with standalone_sim("megapbx", "--set", "agents=ivanova,sidorova", banner_lines=9) as banner:
        headers = {"X-API-KEY": banner["api key"]}
        with httpx.Client(base_url=banner["url"] + "/crmapi/v1/", headers=headers) as client:
            sidorova = client.get("users/sidorova").json()
    assert banner["agents"] == "ivanova (extension 702), sidorova (extension 711)"
    assert banner["relay"].startswith("agentdesk relay add-agent LOGIN --name EXTENSION")
    assert sidorova["ext"] == "711"


def test_the_okitoki_simulator_plays_n_agents() -> None:
    with (
        standalone_sim("okitoki", "--set", "agents=3", banner_lines=10) as banner,
        httpx.Client(
            base_url=banner["url"] + "/api/v1/", params={"api_token": banner["api token"]}
        ) as client,
    ):
        task = client.post(
            "dialers/create_task",
            data={"dialer_id": banner["dialer id"], "phones": "380501234567", "user_id": "31"},
        )
    assert banner["agents"].startswith("12 (") and "30 (" in banner["agents"]
    assert "31 (" in banner["agents"]
    assert task.status_code == 200  # user 31 is one of the company's now
