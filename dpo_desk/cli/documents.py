"""The output options of a letter or notice: `--pdf OUT | --docx OUT | --odt OUT`, the same content in each."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

FORMATS = ("pdf", "docx", "odt")
_NAMES = {"pdf": "PDF", "docx": "Word (.docx)", "odt": "OpenDocument (.odt)"}


def add_outputs(parser: argparse.ArgumentParser, what: str, *, required: bool = True, exclusive: bool = True) -> None:
    """One of --pdf/--docx/--odt (`exclusive`), or any of them."""
    group = parser.add_mutually_exclusive_group(required=required) if exclusive else parser
    for fmt in FORMATS:
        group.add_argument(f"--{fmt}", metavar="OUT", help=f"write {what} as {_NAMES[fmt]}")


def chosen(args: argparse.Namespace) -> list[Any]:
    """The files asked for, each checked to end in its format's suffix (the writer picks the format by it).

    They are returned as given: the context has made each a guarded OutputTarget (path-like) already.
    """
    from dpo_desk.errors import InvalidInput

    targets = []
    for fmt in FORMATS:
        target = getattr(args, fmt, None)
        if target is None:
            continue
        if Path(target).suffix.lower() != f".{fmt}":
            raise InvalidInput(f"--{fmt}", str(target), f"does not end in .{fmt}")
        targets.append(target)
    return targets
