"""AgentDesk: the desktop companion for contact-centre agents."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("agentdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
