"""Each agent's recent events in a Redis Stream (``agentdesk:relay:events:<agent>``), so that
several relay replicas serve any desk and a relay restarted or killed loses nothing Redis
holds. redis-py's asyncio client; Redis 6.2 or later (``XTRIM MINID``).

The stream is capped by length (``XADD ... MAXLEN``) and by age (``XTRIM ... MINID`` at each
append, events older than the retention left out of reads, and a key expiry so that an agent
who left leaves no stream behind). Exact trimming, not ``~``: it removes about one entry per
append, and ``~`` would keep a whole node (100 entries) of events past their age. A webhook
is answered only once its ``XADD`` is done: when Redis does not answer, the vendor gets a 503
and may send again, rather than an "ok" for an event nobody kept.

Readers block in ``XREAD BLOCK`` on one connection each, from a pool of their own: a relay
with 500 desks holds about 500 connections to Redis, well within Redis's default 10,000
clients. redis-py's defaults do not fit a blocking read: its pool stops at 100 connections
(``MaxConnectionsError`` for the 101st desk) and its 5-second socket timeout ends an
``XREAD BLOCK`` of 15 s with ``TimeoutError`` (bench/relay.py found both with 500 desks). So
the readers' pool is as large as the relay's connection cap and their socket has no timeout of
its own; each read is bounded by its block time plus ``command_timeout`` instead. Writes,
pings and a new stream's first look keep the short timeout, so that a vendor learns of a dead
Redis (503) in seconds, and share a pool of ``COMMANDS`` connections that a burst of desks
connecting at once waits for rather than fails on.

Shared polls (:mod:`agentdesk.relay.shared_polls`) are made by one replica per interval: a
replica claims the poll with ``SET NX PX`` on ``agentdesk:relay:shared:<poll>:claim`` (the
key lives about one interval), the winner keeps what it read under
``agentdesk:relay:shared:<poll>``, and the others read it from there.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any, Final

from redis.asyncio import BlockingConnectionPool, Redis
from redis.exceptions import RedisError

from agentdesk.relay.stored import (
    DEFAULT_MAX_EVENTS,
    DEFAULT_RETENTION,
    ONCE_SECONDS,
    START,
    StoredEvent,
    StoreUnavailableError,
    parse_id,
)

PREFIX: Final = "agentdesk:relay:events:"
COMMAND_TIMEOUT: Final = 5.0  # seconds Redis gets to answer a command that does not block
MAX_READERS: Final = 10_000  # desks reading at once: the relay's connection cap
COMMANDS: Final = 50  # connections for everything else, waited for when all are busy

# One atomic step in Redis, so that a relay killed at any point between a webhook's arrival
# and its answer leaves either no event and no key (the vendor's retry adds it) or both (the
# retry finds the key): never a second copy, never a retry dropped for an event not kept.
# KEYS: the stream, the once key ("" for none). ARGV: data, max length, min id, expiry
# seconds of the stream, seconds the once key is kept.
APPEND_ONCE: Final = """
if KEYS[2] ~= '' then
  local seen = redis.call('GET', KEYS[2])
  if seen then return {seen, 0} end
end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', ARGV[2], '*', 'data', ARGV[1])
redis.call('XTRIM', KEYS[1], 'MINID', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
if KEYS[2] ~= '' then redis.call('SET', KEYS[2], id, 'EX', ARGV[5]) end
return {id, 1}
"""
SHARED_PREFIX: Final = "agentdesk:relay:shared:"
ONCE_PREFIX: Final = "agentdesk:relay:once:"  # apart from the events: no login can meet them


class RedisStore:
    def __init__(
        self,
        url: str,
        *,
        retention: float = DEFAULT_RETENTION,
        max_events: int = DEFAULT_MAX_EVENTS,
        prefix: str = PREFIX,
        shared_prefix: str = SHARED_PREFIX,
        once_prefix: str = ONCE_PREFIX,
        clock: Callable[[], float] = time.time,
        command_timeout: float = COMMAND_TIMEOUT,
        max_readers: int = MAX_READERS,
    ) -> None:
        self.retention = retention
        self.max_events = max_events
        self.prefix = prefix
        self.command_timeout = command_timeout
        self.shared_prefix = shared_prefix
        self.once_prefix = once_prefix
        self._clock = clock
        # from_pool: the client owns the pool, and aclose() closes its connections.
        self._redis: Redis = Redis.from_pool(
            BlockingConnectionPool.from_url(
                url,
                decode_responses=True,
                socket_timeout=command_timeout,
                socket_connect_timeout=command_timeout,
                max_connections=COMMANDS,
                timeout=command_timeout,
            )
        )
        self._readers: Redis = Redis.from_url(
            url,
            decode_responses=True,
            socket_timeout=None,
            socket_connect_timeout=command_timeout,
            max_connections=max_readers,
        )

        self._append_once = self._redis.register_script(APPEND_ONCE)
        self.duplicates = 0

    def _key(self, agent: str) -> str:
        return self.prefix + agent

    async def append(self, agent: str, data: dict[str, Any], *, once: str | None = None) -> str:
        answer: Any = await self._append_once(
            keys=[self._key(agent), self.once_prefix + once if once is not None else ""],
            args=[
                json.dumps(data, ensure_ascii=False),
                self.max_events,
                f"{self._oldest_ms()}-0",
                int(self.retention) + 60,
                int(ONCE_SECONDS),
            ],
        )
        event_id, added = answer
        if not int(added):
            self.duplicates += 1
        return str(event_id)

    async def last_id(self, agent: str) -> str:
        try:
            newest = await self._redis.xrevrange(self._key(agent), count=1)
        except (RedisError, OSError) as exc:
            raise StoreUnavailableError(f"Redis did not answer ({type(exc).__name__})") from exc
        return str(newest[0][0]) if newest else START

    async def read(self, agent: str, after: str, block: float) -> list[StoredEvent]:
        key = self._key(agent)
        # 0 would block for ever; the server's stop and revocations need it to come back.
        block_ms = max(1, int(block * 1000))
        try:
            async with asyncio.timeout(block_ms / 1000 + self.command_timeout):
                answer: Any = await self._readers.xread({key: after}, count=500, block=block_ms)
        except (RedisError, TimeoutError, OSError) as exc:
            failure = type(exc).__name__
            raise StoreUnavailableError(f"Redis did not answer a read ({failure})") from exc
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
        await self._readers.aclose()
