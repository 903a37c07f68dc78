"""Tables of the register module (filled in by its issue)."""
