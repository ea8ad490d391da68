"""Small HTTP servers inside the app that vendors call back (webhooks). Qt-free."""

from agentdesk.receivers.webhook import MAX_BODY_BYTES, Payload, WebhookReceiver

__all__ = ["MAX_BODY_BYTES", "Payload", "WebhookReceiver"]
