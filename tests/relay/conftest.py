from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.relay.redis_server import redis_server


@pytest.fixture
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "relay-state"
