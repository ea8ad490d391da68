"""daktela."""
