"""okitoki."""
