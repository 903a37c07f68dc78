"""Reusable widgets and models of the window."""
