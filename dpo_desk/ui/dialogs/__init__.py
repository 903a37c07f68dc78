"""Modal dialogs of the window."""
