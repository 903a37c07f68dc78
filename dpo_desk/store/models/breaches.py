"""Tables of the breaches module (filled in by its issue)."""
