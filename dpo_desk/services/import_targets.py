"""The registers a spreadsheet can be imported into, each storing rows through its module's service.

Headers are matched in English, Finnish and Swedish, as people name their columns; a header not
listed here can still be mapped by hand (`--map "Header=field"`, or the window's mapping step).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from dpo_desk.services.spreadsheet_import import Target

# module of the service -> name of the function there that builds its target
BUILDERS: tuple[tuple[str, str], ...] = ()


def available() -> list[Target]:
    found: list[Target] = []
    for module_name, builder_name in BUILDERS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as missing:
            if missing.name != module_name:
                raise
            continue
        builder: Callable[[], Target] | None = getattr(module, builder_name, None)
        if builder is not None:
            found.append(builder())
    return found
