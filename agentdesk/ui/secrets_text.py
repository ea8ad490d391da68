"""What the agent is told when the keyring could not give or keep a secret, in their language
(the store says it in English, for ``ctl`` and the log)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.store.secrets import KeyringLockedError, KeyringSilentError


def secrets_problem_text(exc: Exception) -> str:
    """The translated sentence for a locked or silent keyring; ``str(exc)`` for the rest."""
    if isinstance(exc, KeyringLockedError):
        return QCoreApplication.translate(
            "Secrets",
            "The keyring is locked (or has no default collection): unlock it or set "
            "AGENTDESK_SECRET.",
        )
    if isinstance(exc, KeyringSilentError):
        return QCoreApplication.translate(
            "Secrets",
            "The keyring did not answer: check that it runs, or set AGENTDESK_SECRET.",
        )
    return str(exc)
