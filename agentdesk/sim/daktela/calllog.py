"""The simulated call centre's finished calls: what ``StatsCalls``, ``LastCallNumber``,
``AboutCall`` and ``GetRecording`` answer from.

Every call the simulator handles ends up here, and at start a week of earlier calls can be
seeded (deterministically, from a ``random.Random`` seed) so that history is never empty.

Our readings, where the document is silent:

- ``StatsCalls`` lists newest first (as its example does); ``take`` above 1000 is refused
  (the document: "the maximum limit of returned calls is 1000, after exceeding returns an
  error"); ``callstatus`` and ``did`` are accepted and ``did`` matches our empty DIDs only;
- ``LastCallNumber`` looks at finished calls only (a call still ringing is not "the last
  call" yet), answers ``result: null`` when nothing matches, and takes ``answered`` as
  true/yes/1 or false/no/0 (the parameter says ``true | false``, its example says ``yes``);
- a call that rang at the agent and was abandoned belongs to that agent (``user``), with
  ``answered`` 0 and no recording; only answered calls are recorded;
- ``recording_hash`` is 40 hex characters and the call id, as in the document's example.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from agentdesk.sim.daktela.contacts import SimContact, same_number
from agentdesk.sim.daktela.records import SimQueue, stamp

MAX_TAKE: Final = 1000
TRUE_WORDS: Final = frozenset({"true", "yes", "1"})
FALSE_WORDS: Final = frozenset({"false", "no", "0"})


@dataclass(frozen=True)
class SimUser:
    id: str
    login: str
    title: str
    extension: str


@dataclass
class SimCdr:
    """One finished call."""

    seq: int  # StatsCalls' "call": the row's number
    id_call: str
    direction: str
    clid: str
    queue: SimQueue
    user: SimUser | None
    entered: datetime
    answered: datetime | None
    ended: datetime
    disposition_cause: str  # who ended it: "agent" or "caller"
    recording_hash: str | None = None

    @property
    def waiting_time(self) -> int:
        return round(((self.answered or self.ended) - self.entered).total_seconds())

    @property
    def duration(self) -> int:
        return round((self.ended - self.answered).total_seconds()) if self.answered else 0

    def stats_shape(self) -> dict[str, Any]:
        """A row of StatsCalls' ``data``."""
        return {
            "call": str(self.seq),
            "name": self.id_call,
            "call_time": stamp(self.entered),
            "direction": self.direction,
            "answered": "1" if self.answered else "0",
            "queue": self.queue.queue,
            "user": self.user.id if self.user else None,
            "clid": self.clid,
            "contact": None,
            "did": "",
            "waiting_time": str(self.waiting_time),
            "ringing_time": str(self.waiting_time),
            "hold_time": "0",
            "duration": str(self.duration),
            "orig_pos": "1",
            "position": "1",
            "disposition_cause": self.disposition_cause,
            "disconnection_cause": "",
            "pressed_key": None,
            "score": None,
            "note": "",
            "attempts": "0",
            "qa_user_id": None,
        }

    def last_call_shape(self) -> dict[str, Any]:
        """LastCallNumber's result (``orig_posision`` is spelled as the document spells it)."""
        return {
            "call": self.id_call,
            "call_time": stamp(self.entered),
            "direction": self.direction,
            "queue": self.queue.queue,
            "user": self.user.id if self.user else None,
            "answered": self.answered is not None,
            "clid": self.clid,
            "waiting_time": self.waiting_time,
            "ringing_time": self.waiting_time,
            "hold_time": 0,
            "duration": self.duration,
            "disposition": "user" if self.disposition_cause == "agent" else "caller",
            "orig_posision": 1,
            "attempts": 0,
            "queue_title": self.queue.title,
            "queue_number": self.queue.name,
            "queue_direction": self.queue.direction,
            "user_title": self.user.title if self.user else None,
            "user_login": self.user.login if self.user else None,
        }

    def about_shape(self) -> dict[str, Any]:
        """One CDR of AboutCall's result list."""
        exten = self.user.extension if self.user else ""
        source, target = (exten, self.clid) if self.direction == "out" else (self.clid, exten)
        recorded = self.recording_hash is not None
        day = self.entered.strftime("%Y/%m/%d")
        moment = self.entered.strftime("%Y%m%d-%H%M%S")
        prefix = "OUT" if self.direction == "out" else "IN"
        total = self.waiting_time + self.duration
        return {
            "calldate": stamp(self.entered),
            "clid": source,
            "src": source,
            "dst": target,
            "dcontext": "from-internal" if self.direction == "out" else "from-trunk",
            "channel": f"SIP/{source}-0000009f",
            "dstchannel": f"SIP/{target}-000000a0",
            "lastapp": "ResetCDR",
            "lastdata": "w",
            "duration": str(total),
            "billsec": str(self.duration),
            "disposition": "ANSWERED" if self.answered else "NO ANSWER",
            "amaflags": "3",
            "accountcode": "",
            "uniqueid": self.id_call,
            "userfield": (
                f"/RECORDINGS/{day}/{prefix}{source}-{target}-{moment}-{self.id_call}.wav"
                if recorded
                else ""
            ),
            "real_exten": exten,
            "direction": self.direction,
            "from_did": None,
            "id_call": self.id_call,
            "id_queue": self.queue.queue,
            "id_agent": self.user.id if self.user else None,
            "waiting_time": str(self.waiting_time),
            "ringing_time": str(self.waiting_time),
            "hold_time": "0",
            "orig_pos": "1",
            "position": "1",
            "disposition_cause": self.disposition_cause,
            "disconnection_cause": "",
            "recording_hash": self.recording_hash,
        }


class CallLog:
    """Finished calls, oldest first, and the recordings' hashes."""

    def __init__(self, secret: str) -> None:
        self._secret = secret
        self.records: list[SimCdr] = []
        self._seq = 3700

    def add(
        self,
        *,
        id_call: str,
        direction: str,
        clid: str,
        queue: SimQueue,
        user: SimUser | None,
        entered: datetime,
        answered: datetime | None,
        ended: datetime,
        ended_by_agent: bool,
    ) -> SimCdr:
        self._seq += 1
        cdr = SimCdr(
            seq=self._seq,
            id_call=id_call,
            direction=direction,
            clid=clid,
            queue=queue,
            user=user,
            entered=entered,
            answered=answered,
            ended=ended,
            disposition_cause="agent" if ended_by_agent else "caller",
            recording_hash=self._hash(id_call) if answered else None,
        )
        self.records.append(cdr)
        self.records.sort(key=lambda r: r.entered)
        return cdr

    def find(self, id_call: str) -> SimCdr | None:
        return next((r for r in self.records if r.id_call == id_call), None)

    def by_recording_hash(self, recording_hash: str) -> SimCdr | None:
        return next((r for r in self.records if r.recording_hash == recording_hash), None)

    def last_call(
        self,
        number: str,
        *,
        since: datetime,
        answered: bool | None,
        queue_ids: list[str],
        queue_numbers: list[str],
    ) -> SimCdr | None:
        for cdr in reversed(self.records):
            if cdr.entered < since or not same_number(cdr.clid, number):
                continue
            if answered is not None and (cdr.answered is not None) != answered:
                continue
            if queue_ids and cdr.queue.queue not in queue_ids:
                continue
            if queue_numbers and cdr.queue.name not in queue_numbers:
                continue
            return cdr
        return None

    def select(
        self,
        *,
        start: datetime,
        end: datetime,
        user_ids: list[str],
        queue_ids: list[str],
        answered: bool | None,
        number: str | None,
        id_call: str | None,
        did: str | None,
    ) -> list[SimCdr]:
        """StatsCalls' filters; newest first."""
        rows = []
        for cdr in reversed(self.records):
            # The vendor keeps whole seconds, and so compares them.
            if not start <= cdr.entered.replace(microsecond=0) <= end:
                continue
            if user_ids and (cdr.user is None or cdr.user.id not in user_ids):
                continue
            if queue_ids and cdr.queue.queue not in queue_ids:
                continue
            if answered is not None and (cdr.answered is not None) != answered:
                continue
            if number and not same_number(cdr.clid, number):
                continue
            if id_call and cdr.id_call != id_call:
                continue
            if did:
                continue  # the simulated calls came through no DID
            rows.append(cdr)
        return rows

    def seed(
        self,
        *,
        now: datetime,
        count: int,
        queues: dict[str, SimQueue],
        agent: SimUser,
        colleague: SimUser,
        contacts: tuple[SimContact, ...],
        seed: int = 2026,
    ) -> None:
        """``count`` calls on working days of the week before ``now``, 8:00 to 17:00."""
        rng = random.Random(seed)
        numbers = [c.number for c in contacts] + ["00420739456123", "572111987", "800100200"]
        inbound = [q for q in queues.values() if q.direction == "in"]
        outbound = [q for q in queues.values() if q.type == "out"]
        for index in range(count):
            day = now.date() - timedelta(days=rng.randint(0, 6))
            entered = datetime.combine(day, datetime.min.time()) + timedelta(
                hours=8, seconds=rng.randint(0, 9 * 3600)
            )
            if entered > now - timedelta(minutes=10):
                entered -= timedelta(days=1)  # today's calls stay in the past
            direction = "out" if rng.random() < 0.3 else "in"
            queue = rng.choice(outbound if direction == "out" else inbound)
            answered_call = rng.random() < (0.7 if direction == "out" else 0.85)
            wait = timedelta(seconds=rng.randint(3, 40))
            talk = timedelta(seconds=rng.randint(25, 540))
            user = colleague if answered_call and rng.random() < 0.15 else agent
            answered = entered + wait if answered_call else None
            self.add(
                id_call=f"{int(entered.timestamp())}.{900 + index}",
                direction=direction,
                clid=rng.choice(numbers),
                queue=queue,
                user=user,
                entered=entered,
                answered=answered,
                ended=(answered + talk) if answered else entered + wait,
                ended_by_agent=rng.random() < 0.5,
            )

    def _hash(self, id_call: str) -> str:
        return hashlib.sha1((self._secret + id_call).encode()).hexdigest() + id_call


def parse_flag(value: str | None) -> bool | None:
    """A documented ``true | false`` parameter; None when absent or not a known word."""
    if value is None:
        return None
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None
