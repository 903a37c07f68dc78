"""The command line words the core's refusals with its own options (dpo_desk/cli/flags.py).

The core names a field ("processing_countries", "announced_on"); the user typed an option of the
command that ran ("--locations", "--on"), and that is what the message names.
"""

from __future__ import annotations

import argparse

import pytest

from dpo_desk.cli import flags
from dpo_desk.cli.main import build_parser
from dpo_desk.errors import InvalidInput

pytestmark = pytest.mark.both_engines


def _options(*command: str) -> dict[str, str]:
    """The options of the parser of `command` (a subcommand's own)."""
    parser: argparse.ArgumentParser = build_parser()
    for name in command:
        (subparsers,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        parser = subparsers.choices[name]
    return flags.options_of(parser)


def test_a_renamed_option_is_named_in_the_message(cli) -> None:
    refused = cli("subprocessor", "add", "--name", "Pilvi Oy", "--service", "Hosting", "--country", "FI",
                  "--locations", "FI,XX", ok=False)  # fmt: skip
    assert refused.code == 2
    assert refused.err.strip() == (
        "dpo-desk: --locations: 'XX' is not an ISO 3166 country code (two letters, like FI or US)"
    )


def test_the_same_field_is_named_by_the_option_of_the_command_that_ran(cli) -> None:
    cli("subprocessor", "add", "--name", "Pilvi Oy", "--service", "Hosting", "--country", "FI")
    announce = cli("subprocessor", "announce", "SP-0001", "--on", "2026-02-30", ok=False)
    assert announce.err.strip() == "dpo-desk: --on: '2026-02-30' is not a valid date"  # the core says announced_on
    retire = cli("subprocessor", "retire", "SP-0001", "--on", "2026-02-30", ok=False)
    assert retire.err.strip() == "dpo-desk: --on: '2026-02-30' is not a valid date"
    dated = cli("subprocessor", "add", "--name", "B", "--service", "S", "--country", "FI", "--dpa-signed", "5.13.2026",
                ok=False)  # fmt: skip
    assert dated.err.startswith("dpo-desk: --dpa-signed: '5.13.2026' ")


def test_a_part_of_a_repeated_option_keeps_its_place(cli) -> None:
    refused = cli("records", "add", "--name", "Support", "--role", "controller", "--purpose", "Tickets",
                  "--legal-basis", "whim", ok=False)  # fmt: skip
    assert refused.err.startswith("dpo-desk: purpose 1: --legal-basis: 'whim' is not one of ")


def test_each_option_is_found_by_the_field_it_stores() -> None:
    options = _options("subprocessor", "add")
    assert flags.option_for("processing_countries", options) == "--locations"
    assert flags.option_for("safeguard", options) == "--mechanism"  # dest="safeguard"
    assert flags.option_for("tia_review_on", options) == "--tia-review"
    assert flags.option_for("announced_on", _options("subprocessor", "announce")) == "--on"
    assert flags.option_for("ongoing", _options("breach", "add")) == "--ongoing"  # not --no-ongoing
    assert flags.option_for("purpose 2: balancing_on", _options("records", "add")) == "purpose 2: --balancing-date"


def test_a_field_the_command_has_no_option_for_is_worded_as_the_core_words_it() -> None:
    # `retire` takes no --effective: the message must not name an option the command does not have
    refused = InvalidInput("effective_on", "2026-01-01", "is too early")
    args = build_parser().parse_args(["subprocessor", "retire", "SP-0001"])
    assert flags.worded(refused, args) == "effective on: '2026-01-01' is too early"
    assert flags.worded(InvalidInput("file", "x.txt", "is empty"), args) == "file: 'x.txt' is empty"
    assert flags.worded(InvalidInput("--limit", 5, "is odd"), args) == "--limit: 5 is odd"  # the CLI's own
