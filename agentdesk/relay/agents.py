"""The agents a relay serves and their tokens, in ``agents.json`` under the relay's state dir.

A token is 32 random bytes (URL-safe base64), shown once by ``agentdesk relay add-agent`` and
kept only as its SHA-256: that much entropy needs no slow hash, and a stolen file yields no
token. Each agent has a login and may have other names (a MegaFon extension, an Oki-Toki user
number) that webhooks may call it by.

The running relay re-reads the file when it changes (:meth:`AgentBook.refresh`, about twice a
second and on every stream request), so ``add-agent`` and ``remove-agent`` take effect at once
without a restart; the file is replaced atomically, never seen half-written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

FILE_NAME: Final = "agents.json"
TOKEN_BYTES: Final = 32


class AgentBookError(Exception):
    """The agents' file cannot be read or the request does not fit it (a clear message)."""


@dataclass(frozen=True)
class Agent:
    login: str
    token_sha256: str
    names: tuple[str, ...] = ()
    """Other names webhooks may give the agent (extension, user number)."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class AgentBook:
    """The agents of the file ``state_dir/agents.json``, as last read."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / FILE_NAME
        self._agents: dict[str, Agent] = {}
        self._by_hash: dict[str, Agent] = {}
        self._by_name: dict[str, Agent] = {}
        self._seen: tuple[int, int, int] | None = None
        self.refresh()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Read the file again if it changed since the last read; whether it did."""
        try:
            stat = self.path.stat()
            seen: tuple[int, int, int] | None = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        except FileNotFoundError:
            seen = None
        if seen == self._seen and (seen is not None or not self._agents):
            return False
        self._agents = self._read() if seen is not None else {}
        self._seen = seen
        self._by_hash = {a.token_sha256: a for a in self._agents.values()}
        self._by_name = {}
        for agent in self._agents.values():
            for name in agent.names:
                self._by_name.setdefault(name, agent)
        for agent in self._agents.values():  # a login wins over another agent's other name
            self._by_name[agent.login] = agent
        return True

    def _read(self) -> dict[str, Agent]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {
                login: Agent(login, str(entry["token_sha256"]), tuple(entry.get("names", ())))
                for login, entry in data["agents"].items()
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise AgentBookError(f"{self.path} is not a relay's agents file: {exc}") from None

    @property
    def logins(self) -> list[str]:
        return sorted(self._agents)

    def get(self, login: str) -> Agent | None:
        return self._agents.get(login)

    def by_token(self, token: str) -> Agent | None:
        """The agent whose token this is. A dictionary lookup of the token's SHA-256: what
        its timing could tell is about a hash, which says nothing of the token."""
        return self._by_hash.get(token_hash(token)) if token else None

    def by_name(self, name: str) -> Agent | None:
        """The agent a webhook names: by login, else by one of its other names."""
        return self._by_name.get(name)

    # -- changing ------------------------------------------------------------------------------

    def add(self, login: str, names: tuple[str, ...] = ()) -> str:
        """Register ``login`` (or give it a new token) and return the token, once."""
        login = login.strip()
        if not login or any(ch.isspace() for ch in login):
            raise AgentBookError(f"an agent's login must be one word, got {login!r}")
        self.refresh()
        token = secrets.token_urlsafe(TOKEN_BYTES)
        agents = dict(self._agents)
        agents[login] = Agent(login, token_hash(token), tuple(n.strip() for n in names if n))
        self._write(agents)
        return token

    def remove(self, login: str) -> None:
        self.refresh()
        if login not in self._agents:
            raise AgentBookError(f"the relay has no agent {login!r}")
        agents = dict(self._agents)
        del agents[login]
        self._write(agents)

    def _write(self, agents: dict[str, Agent]) -> None:
        data = {
            "agents": {
                a.login: {"token_sha256": a.token_sha256, "names": list(a.names)}
                for a in agents.values()
            }
        }
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, name = tempfile.mkstemp(dir=self.path.parent, prefix=".agents-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, indent=1, ensure_ascii=False)
            os.replace(name, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise
        self._seen = None
        self.refresh()
