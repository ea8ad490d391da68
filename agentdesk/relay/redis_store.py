"""Each agent's recent events in a Redis Stream (``agentdesk:relay:events:<agent>``), so that
several relay replicas serve any desk and a relay restarted or killed loses nothing Redis
holds. redis-py's asyncio client; Redis 6.2 or later (``XTRIM MINID``).

The stream is capped by length (``XADD ... MAXLEN``) and by age (``XTRIM ... MINID`` at each
append, events older than the retention left out of reads, and a key expiry so that an agent
who left leaves no stream behind). Exact trimming, not ``~``: it removes about one entry per
append, and ``~`` would keep a whole node (100 entries) of events past their age. A webhook
is answered only once its ``XADD`` is done: when Redis does not answer, the vendor gets a 503
and may send again, rather than an "ok" for an event nobody kept.

Readers block in ``XREAD BLOCK`` on one connection each (redis-py takes them from its pool):
a relay with 500 desks holds about 500 connections to Redis, well within Redis's default
10,000 clients.

Shared polls (:mod:`agentdesk.relay.shared_polls`) are made by one replica per interval: a
replica claims the poll with ``SET NX PX`` on ``agentdesk:relay:shared:<poll>:claim`` (the
key lives about one interval), the winner keeps what it read under
``agentdesk:relay:shared:<poll>``, and the others read it from there.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any, Final

from redis.asyncio import Redis
from redis.exceptions import RedisError

from agentdesk.relay.stored import (
    DEFAULT_MAX_EVENTS,
    DEFAULT_RETENTION,
    START,
    StoredEvent,
    parse_id,
)

PREFIX: Final = "agentdesk:relay:events:"
SHARED_PREFIX: Final = "agentdesk:relay:shared:"


class RedisStore:
    def __init__(
        self,
        url: str,
        *,
        retention: float = DEFAULT_RETENTION,
        max_events: int = DEFAULT_MAX_EVENTS,
        prefix: str = PREFIX,
        shared_prefix: str = SHARED_PREFIX,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.retention = retention
        self.max_events = max_events
        self.prefix = prefix
        self.shared_prefix = shared_prefix
        self._clock = clock
        self._redis: Redis = Redis.from_url(url, decode_responses=True)

    def _key(self, agent: str) -> str:
        return self.prefix + agent

    async def append(self, agent: str, data: dict[str, Any]) -> str:
        key = self._key(agent)
        oldest_ms = self._oldest_ms()
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.xadd(
                key,
                {"data": json.dumps(data, ensure_ascii=False)},
                maxlen=self.max_events,
                approximate=False,
            )
            pipe.xtrim(key, minid=f"{oldest_ms}-0", approximate=False)
            pipe.expire(key, int(self.retention) + 60)
            added, _trimmed, _expiring = await pipe.execute()
        return str(added)

    async def last_id(self, agent: str) -> str:
        newest = await self._redis.xrevrange(self._key(agent), count=1)
        return str(newest[0][0]) if newest else START

    async def read(self, agent: str, after: str, block: float) -> list[StoredEvent]:
        key = self._key(agent)
        # 0 would block for ever; the server's stop and revocations need it to come back.
        answer: Any = await self._redis.xread(
            {key: after}, count=500, block=max(1, int(block * 1000))
        )
        found: list[StoredEvent] = []
        oldest_ms = self._oldest_ms()
        for _stream, entries in answer or ():
            for event_id, fields in entries:
                if (parse_id(event_id) or (0, 0))[0] < oldest_ms:
                    continue  # past the retention, not trimmed yet (no append since)
                try:
                    data = json.loads(fields["data"])
                except (KeyError, ValueError):
                    continue  # not ours: another program writing under our prefix
                if isinstance(data, dict):
                    found.append(StoredEvent(str(event_id), data))
        return found

    def _oldest_ms(self) -> int:
        return int((self._clock() - self.retention) * 1000)

    async def ready(self) -> bool:
        try:
            return bool(await self._redis.ping())
        except RedisError:
            return False

    async def claim(self, name: str, seconds: float) -> bool:
        key = f"{self.shared_prefix}{name}:claim"
        return bool(await self._redis.set(key, "1", nx=True, px=max(1, int(seconds * 1000))))

    async def put_shared(self, name: str, data: dict[str, Any], keep: float) -> None:
        text = json.dumps(data, ensure_ascii=False)
        await self._redis.set(self.shared_prefix + name, text, px=max(1, int(keep * 1000)))

    async def get_shared(self, name: str) -> dict[str, Any] | None:
        text = await self._redis.get(self.shared_prefix + name)
        try:
            data = json.loads(text) if text else None
        except ValueError:
            return None  # not ours: another program writing under our prefix
        return data if isinstance(data, dict) else None

    async def aclose(self) -> None:
        await self._redis.aclose()
