"""`agentdesk ctl` says which profile option a command needs when the vendor documents the
command but the profile lacks the option, and still says "does not document" when the vendor
does not. As subprocesses, against the simulators on loopback."""

from __future__ import annotations

from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from agentdesk.sim.ucontact.simulator import UContactSimulator
from agentdesk.store.profiles import Profile, save_profile
from tests.cli.test_ctl import _agentdesk

STATUSES_HINT = "The company's statuses, STATUS:TITLE, the Ready one marked :ready"


def oki(sim: OkiTokiSimulator, *options: str) -> list[str]:
    return ["ctl", "--vendor", "okitoki", "--url", sim.url, "--user", sim.user_id, *options]


async def test_oki_toki_without_statuses_names_the_option_not_a_missing_document() -> None:
    async with OkiTokiSimulator() as sim:
        pause = await _agentdesk(*oki(sim), "pause", "3", secret=sim.token)
        pauses = await _agentdesk(*oki(sim), "pauses", secret=sim.token)
        dial = await _agentdesk(*oki(sim), "dial", "+380501234567", secret=sim.token)
    assert (pause.code, pause.out) == (2, "")
    assert pause.err == (
        f"agentdesk ctl: pause needs the profile option statuses ({STATUSES_HINT}): "
        "give --set statuses=VALUE\n"
    )
    assert pauses.code == 2 and "needs the profile option statuses" in pauses.err
    assert dial.code == 2
    assert dial.err == (
        "agentdesk ctl: dial needs the profile option dialer_id (The dialer that places "
        "click-to-call tasks (its ID)): give --set dialer_id=VALUE\n"
    )
    assert sim.requests == []  # nothing was asked of Oki-Toki


async def test_what_the_vendor_does_not_document_is_still_said_so() -> None:
    async with OkiTokiSimulator() as sim:
        answer = await _agentdesk(*oki(sim), "answer", secret=sim.token)
    assert (answer.code, answer.err) == (1, "agentdesk ctl: okitoki does not document answer\n")


async def test_ucontact_without_breaks_or_outqueue_names_each_option() -> None:
    async with UContactSimulator() as sim:
        target = ["ctl", "--vendor", "ucontact", "--url", sim.url, "--user", sim.agent]
        pause = await _agentdesk(*target, "pause", "Almuerzo", secret=sim.password)
        dial = await _agentdesk(*target, "dial", "+59899124484", secret=sim.password)
    assert pause.code == 2
    assert pause.err == (
        "agentdesk ctl: pause needs the profile option breaks (uContact's breaks, "
        "MOTIVE[:TITLE][:wrap]): give --set breaks=VALUE\n"
    )
    assert dial.code == 2 and "dial needs the profile option outqueue" in dial.err


async def test_a_saved_profile_is_named_where_the_option_goes() -> None:
    async with OkiTokiSimulator() as sim:
        save_profile(Profile("Oki", "okitoki", sim.url, sim.user_id), make_default=True)
        pause = await _agentdesk("ctl", "--profile", "Oki", "pause", "3", secret=sim.token)
    assert pause.code == 2
    assert pause.err.endswith(
        "set it in profile 'Oki' (profiles.toml or Settings) or give --set statuses=VALUE\n"
    )
