"""megapbx."""
