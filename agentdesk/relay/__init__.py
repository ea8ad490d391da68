"""The company relay (``agentdesk relay``): one server that takes a vendor's webhooks for every
agent at one URL per vendor and streams each agent's events to that agent's desktop over
Server-Sent Events. See docs/RELAY.md.

- :mod:`~agentdesk.relay.routing`: which agent a webhook concerns;
- :mod:`~agentdesk.relay.agents`: the agents' tokens (issued once, kept hashed);
- :mod:`~agentdesk.relay.stored`, :mod:`~agentdesk.relay.memory_store`,
  :mod:`~agentdesk.relay.redis_store`: each agent's recent events, in memory or in Redis;
- :mod:`~agentdesk.relay.sse`: the stream's wire format;
- :mod:`~agentdesk.relay.server`: the aiohttp server; :mod:`~agentdesk.relay.metrics`;
- :mod:`~agentdesk.relay.cli`: ``agentdesk relay`` and its agent commands.
"""
