"""Tables of the attachments module (filled in by its issue)."""
