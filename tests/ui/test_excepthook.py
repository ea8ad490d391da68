"""Unexpected exceptions are logged and reported calmly, never as a traceback."""

from __future__ import annotations

import logging
import sys

import pytest

from agentdesk.ui.excepthook import install_excepthook, make_excepthook
from agentdesk.ui.messages import Level
from tests.ui.conftest import RecordingMessageBus


@pytest.mark.allow_error_logs
def test_hook_logs_and_posts_a_calm_message(
    messages: RecordingMessageBus, caplog: pytest.LogCaptureFixture
) -> None:
    hook = make_excepthook(messages)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="agentdesk.crash"):
            hook(type(exc), exc, exc.__traceback__)
    assert messages.texts(Level.ERROR) == ["Something went wrong; details are in the log."]
    assert "boom" in caplog.text
    assert "Traceback" in caplog.text
    assert all("boom" not in text for text in messages.texts())


def test_install_and_restore(messages: RecordingMessageBus) -> None:
    previous = sys.excepthook
    restore = install_excepthook(messages)
    assert sys.excepthook is not previous
    restore()
    assert sys.excepthook is previous
