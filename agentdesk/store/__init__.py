"""Where AgentDesk keeps things between runs: profiles, secrets."""
