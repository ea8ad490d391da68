"""AgentDesk: the desktop companion for contact-centre agents."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # importlib.metadata costs about 30 ms of imports, at every start, for a string that
    # only --version and the diagnostics ever read: it is looked up when first asked for.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("agentdesk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found
