"""``agentdesk --demo --set KEY=VALUE``: profile options for the demo's session (the screen
pop, say), refused on the command line when malformed."""

from __future__ import annotations

from agentdesk.demo import DemoCallCentre
from agentdesk.gui_main import with_profile_options
from tests.cli.test_ctl import _agentdesk


async def test_a_malformed_option_is_refused_before_anything_starts() -> None:
    done = await _agentdesk("--demo", "--set", "screen_pop_ringing")
    assert done.code == 2
    assert done.err.strip() == "agentdesk: --set wants KEY=VALUE, got 'screen_pop_ringing'"
    assert done.out == ""


async def test_the_demo_session_carries_the_options() -> None:
    centre = DemoCallCentre(scenario=False)
    start = with_profile_options(
        centre.start_session, {"screen_pop_ringing": "https://crm.example.com/?p={number}"}
    )
    session = await start()
    try:
        assert session.profile_options == {
            "screen_pop_ringing": "https://crm.example.com/?p={number}"
        }
    finally:
        await centre.stop()
