"""`init`: a new encrypted store."""

from __future__ import annotations

import argparse
from typing import Any

from dpo_desk.cli.context import Context
from dpo_desk.errors import DpoDeskError


def register(commands: Any, reports: Any) -> None:
    init = commands.add_parser("init", help="create a new encrypted store (never overwrites a file)")
    init.set_defaults(handler=run_init)


def run_init(ctx: Context) -> None:
    from dpo_desk.errors import StoreExists
    from dpo_desk.services.store_lifecycle import create_store

    if ctx.on_server:
        raise DpoDeskError("A server store is set up with `dpo-desk server init URL`, by the database's owner.")
    path = ctx.store_path
    if path.exists():
        raise StoreExists(path)
    create_store(path, ctx.new_passphrase(), clock=ctx.clock).close()
    ctx.say(f"Created {path}")


__all__ = ["argparse", "register"]
