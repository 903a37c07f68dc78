"""The encrypted store: SQLCipher keying, the engine, the tables and their migrations.

Everything SQLite- or SQLCipher-specific (keying, pragmas, FTS) stays in this package.
"""

from dpo_desk.store.engine import Store

__all__ = ["Store"]
