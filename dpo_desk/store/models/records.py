"""Tables of the records module (filled in by its issue)."""
