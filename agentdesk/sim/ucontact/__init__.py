"""ucontact."""
