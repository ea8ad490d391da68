"""Filling Qt-style ``%1``, ``%2`` placeholders of translated text in one pass (the function
lives in :mod:`agentdesk.core.translate`, where Qt-free modules reach it too)."""

from __future__ import annotations

from agentdesk.core.translate import fill

__all__ = ["fill"]
