"""The API versions the simulated Daktela serves: the document's "Requirement version" of each
action it simulates. A request under a version newer than the simulator's ``api_version``, or
for an action newer than the version in its path, is one Daktela does not know; the document
does not show that answer, so :attr:`Readings.unknown_action
<agentdesk.sim.daktela.readings.Readings>` chooses it: Daktela's usual refusal (HTTP 200,
``{"error": "Neznámá akce ...", "status": 0}``) or HTTP 404, as for a path that does not
exist."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

Version = tuple[int, int]

# Under 3.0, CreateCall is the "non CC" one (from an extension); from 3.1 on, the call
# centre's (for an agent). GetStatuses from 4.0 on is the autodialer's.
REQUIREMENTS: Final[Mapping[str, Version]] = {
    "AboutCall": (3, 0),
    "Answer": (3, 7),
    "CallScriptClose": (4, 0),
    "CallScriptOpened": (4, 0),
    "CreateCall": (3, 0),
    "DeviceStates": (3, 0),
    "GetPauses": (3, 0),
    "GetQueues": (3, 0),
    "GetRecording": (3, 0),
    "GetStatuses": (3, 8),
    "GetUser": (4, 0),
    "GetUsers": (3, 0),
    "Hangup": (3, 0),
    "LastCall": (3, 9),
    "LastCallNumber": (3, 9),
    "Login": (3, 4),
    "LoginQueue": (3, 0),
    "Logout": (3, 4),
    "LogoutQueue": (3, 0),
    "PauseOff": (3, 0),
    "PauseOn": (3, 0),
    "PickupFromQueue": (4, 0),
    "RTStatsCalls": (3, 5),
    "RTStatsQueues": (3, 5),
    "RTStatsQueuesSummary": (3, 5),
    "RTStatsSessions": (3, 5),
    "RTUserState": (3, 9),
    "RTUsersState": (4, 1),
    "SendSMS": (3, 1),
    "SimpleSearchContact": (3, 2),
    "StatsCalls": (4, 1),
    "StatsUsersPauses": (4, 1),
    "StatsUsersSessions": (4, 1),
    "Transfer": (3, 0),
}


def parse_version(text: str) -> Version | None:
    major, _, minor = text.partition(".")
    if not (major.isdigit() and (minor.isdigit() or not minor)):
        return None
    return int(major), int(minor or "0")


def known(action: str, asked: Version, serves: Version) -> bool:
    """Whether an installation serving up to ``serves`` knows ``action`` under ``asked``."""
    required = REQUIREMENTS.get(action)
    return required is not None and required <= asked <= serves
