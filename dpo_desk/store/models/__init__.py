"""The tables. Importing the package gives the store's own tables (core); a module's models come with
their module (`dpo_desk.store.models.requests`...), so a command declares only the models it uses
(each model module's declarative set-up costs 10-30 ms of a command-line call).

`Base` is the exception: asking the package for it imports every model module first, so that
`Base.metadata` is complete for migrations, exports, the window's change watch and tests.
"""

from __future__ import annotations

from typing import Any

from dpo_desk.store.models.core import AuditEntry, Organisation, ReferenceCounter, Setting, StoreMeta

MODULES = ("attachments", "breaches", "records", "register", "requests")

__all__ = ["MODULES", "AuditEntry", "Base", "Organisation", "ReferenceCounter", "Setting", "StoreMeta", "load_all"]


def load_all() -> None:
    """Imports every model module, so that `Base.metadata` holds every table."""
    import importlib

    for name in MODULES:
        importlib.import_module(f"{__name__}.{name}")


def __getattr__(name: str) -> Any:
    if name == "Base":
        load_all()
        from dpo_desk.store.models.base import Base

        globals()["Base"] = Base  # complete from now on: asked once
        return Base
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
