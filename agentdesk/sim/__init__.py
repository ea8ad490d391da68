"""Doubles of the vendors' APIs, served on loopback for tests, ``--demo`` and ``agentdesk sim``.

Nothing in ``core``, ``backends`` or ``ui`` imports this package; simulators speak only their
vendor's words. Import the simulator modules themselves
(``agentdesk.sim.daktela.simulator``...): this package imports none of them, so that
``agentdesk.sim.host`` stays light in a benchmark's measured process.
"""
