import pytest

from agentdesk.reconnect import ReconnectPolicy


def test_ceiling_doubles_up_to_the_cap_and_resets() -> None:
    policy = ReconnectPolicy(base=1.0, cap=8.0, minimum=0.0, rand=lambda: 1.0)
    assert [policy.next_delay() for _ in range(6)] == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    policy.reset()
    assert policy.next_delay() == 1.0


def test_full_jitter_draws_below_the_ceiling_but_not_below_the_minimum() -> None:
    policy = ReconnectPolicy(base=1.0, cap=60.0, minimum=0.2, rand=lambda: 0.5)
    assert [policy.next_delay() for _ in range(3)] == [0.5, 1.0, 2.0]
    policy = ReconnectPolicy(minimum=0.2, rand=lambda: 0.0)
    assert policy.next_delay() == 0.2


def test_retry_after_wins_when_longer() -> None:
    policy = ReconnectPolicy(base=1.0, rand=lambda: 1.0)
    assert policy.next_delay(retry_after=30) == 30
    assert policy.next_delay(retry_after=0.5) == 2.0


@pytest.mark.parametrize("seed", [0.1, 0.9])
def test_jitter_spreads_agents(seed: float) -> None:
    policy = ReconnectPolicy(base=2.0, cap=60.0, minimum=0.0, rand=lambda: seed)
    assert policy.next_delay() == pytest.approx(2.0 * seed)
