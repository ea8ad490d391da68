"""A profile: which vendor, where, and as whom (stored by :mod:`agentdesk.store.profiles`)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Profile:
    """One call centre account; the secret is never part of it (it lives in the keyring)."""

    name: str
    vendor: str  # a key of the vendor registry (agentdesk.vendors), e.g. "daktela"
    url: str
    user: str
    extension: str | None = None
    options: dict[str, str] = field(default_factory=dict)

    def option(self, key: str, default: str) -> str:
        return self.options.get(key, default)
