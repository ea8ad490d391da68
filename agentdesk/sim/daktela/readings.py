"""How the Daktela simulator reads its document where it reads two ways: each reading a
field of :class:`Readings`, settable from tests (the simulator's keywords) and from
``agentdesk sim daktela --set KEY=VALUE``. Light to import: the simulator's spec reads it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

NEWEST: Final = "4.1"
"""The newest API version the document describes: the one served unless told."""
UNKNOWN_ACTION_ANSWERS: Final = ("status", "404")
PAUSE_FORMS: Final = ("name", "id", "both")
PAUSE_REFUSALS: Final = ("cc", "status")
DST_USER_FORMS: Final = ("id", "login")
USERS_STATE_SHAPES: Final = ("object", "list")
LOGGED_OUT_USERS: Final = ("listed", "omitted")
PICKUPS: Final = ("speaking", "ringing")
OPEN_SPELLS: Final = ("null", "omitted")


@dataclass(frozen=True)
class Readings:
    """``api_version``: the newest API version served; ``unknown_action``: how an action
    that version (or the one asked) lacks is refused, Daktela's usual ``status: 0`` or HTTP
    404 (:mod:`~agentdesk.sim.daktela.versions`); ``pause_by``: the form of a pause
    CallScriptClose takes, its ``name``, its ``id`` or ``both``; ``pause_refusal``: how it
    refuses another, ``cc`` (saved, ``cc.result: false``) or ``status`` (nothing saved)
    (:mod:`~agentdesk.sim.daktela.script_actions`); ``dst_user``: what Transfer's
    ``dst_user`` names, the user's ``id`` or ``login``; ``users_state``: RTUsersState as an
    ``object`` keyed by id or a ``list``; ``logged_out``: whether it has the colleagues who
    are not logged in (``listed``, ``omitted``) (:mod:`~agentdesk.sim.daktela.team`);
    ``pickup``: what a call taken with PickupFromQueue does, ``speaking`` (connected at
    once) or ``ringing`` (it rings at the agent's phone first)
    (:mod:`~agentdesk.sim.daktela.shift`);
    ``open_spells``: whether StatsUsersPauses/StatsUsersSessions list the spell going on now
    with ``end_time`` null or leave it out (:mod:`~agentdesk.sim.daktela.day_log`).
    ValueError for a value not offered."""

    api_version: str = NEWEST
    unknown_action: str = UNKNOWN_ACTION_ANSWERS[0]
    pause_by: str = PAUSE_FORMS[0]
    pause_refusal: str = PAUSE_REFUSALS[0]
    dst_user: str = DST_USER_FORMS[0]
    users_state: str = USERS_STATE_SHAPES[0]
    logged_out: str = LOGGED_OUT_USERS[0]
    pickup: str = PICKUPS[0]
    open_spells: str = OPEN_SPELLS[0]

    def __post_init__(self) -> None:
        major, _, minor = self.api_version.partition(".")
        if not (major.isdigit() and minor.isdigit()):
            raise ValueError(f"api_version must look like 4.1, not {self.api_version!r}")
        for name, allowed in (
            ("unknown_action", UNKNOWN_ACTION_ANSWERS),
            ("pause_by", PAUSE_FORMS),
            ("pause_refusal", PAUSE_REFUSALS),
            ("dst_user", DST_USER_FORMS),
            ("users_state", USERS_STATE_SHAPES),
            ("logged_out", LOGGED_OUT_USERS),
            ("pickup", PICKUPS),
            ("open_spells", OPEN_SPELLS),
        ):
            value = getattr(self, name)
            if value not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")


OPTIONS: Final[Mapping[str, str]] = {
    "api_version": f"the newest API version served (default {NEWEST}); older actions only",
    "unknown_action": "status (Daktela's status: 0, the default) or 404: how an action the "
    "version lacks is refused",
    "pause_by": "name (the default), id or both: the form of a pause CallScriptClose takes",
    "pause_refusal": "cc (saved, cc.result false; the default) or status (nothing saved): "
    "how CallScriptClose refuses another pause",
    "dst_user": "id (the default) or login: what Transfer's dst_user names",
    "users_state": "object (keyed by id, the default) or list: the shape of RTUsersState",
    "logged_out": "listed (agent_state null, the default) or omitted: RTUsersState's "
    "colleagues who are not logged in",
    "pickup": "speaking (the default) or ringing: what a call taken with PickupFromQueue does "
    "first",
    "open_spells": "null (the default) or omitted: whether StatsUsersPauses and "
    "StatsUsersSessions list the pause or log-in going on now (end_time null) or not",
}
"""What ``agentdesk sim daktela --set`` may set, and what each chooses."""
