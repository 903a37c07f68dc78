"""How a transfer outside the EEA is safeguarded: the words the register, the records and their rules share."""

from __future__ import annotations

SAFEGUARDS = ("eea", "adequacy", "scc", "bcr", "derogation", "none")
TRANSFER_SAFEGUARDS = ("adequacy", "scc", "bcr", "derogation", "none")
FALLBACK_SAFEGUARDS = ("scc", "bcr")
