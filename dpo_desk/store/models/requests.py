"""Tables of the requests module (filled in by its issue)."""
