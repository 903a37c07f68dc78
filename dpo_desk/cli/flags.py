"""The one place where the core's field names become the command line's options.

The core names a refused input by its field ("received_on", "processing_countries"); the command
line words the message with the option the user typed ("--received", "--locations"). The option
comes from the parser of the command that ran: each of its options stores into a `dest`, and a
field is that dest. A field whose option stores under another name is listed in RENAMED. A field
the command has no option for (a positional, a file, "field") is worded as the core words it.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from dpo_desk.errors import InvalidInput

# Fields whose option does not store under the field's own name (in every command that takes it).
RENAMED = {
    # the subprocessor register
    "processing_countries": "--locations",
    "dpa_signed_on": "--dpa-signed",
    # the record of processing activities, and its impact assessments
    "controllers": "--controller",
    "controller_contacts": "--controller-contact",
    "security_measures": "--security",
    "balancing_on": "--balancing-date",
    "next_review_on": "--next-review",
    "dpo_advice_followed": "--advice-followed",
    "dpo_advice_reason": "--advice-reason",
    "prior_consultation_on": "--consulted-on",
    "prior_consultation_outcome": "--consultation-outcome",
    # a --transfer value is COUNTRY:SAFEGUARD[:DETAIL[:RECIPIENT]]; its refused part is named after it
    "transfer_country": "--transfer country",
    "transfer_safeguard": "--transfer safeguard",
    "transfer_detail": "--transfer detail",
    "transfer_recipient": "--transfer recipient",
}

# The parser's defaults carry its options under this name (the innermost parser that ran wins).
DEFAULTS_KEY = "field_options"


def options_of(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Each option's dest → its first long name, for one parser (not its subcommands)."""
    found: dict[str, str] = {}
    for action in parser._actions:
        names = [s for s in action.option_strings if s.startswith("--")]
        if names and action.dest not in found and not isinstance(action, argparse._HelpAction):
            found[action.dest] = names[0]
    return found


def mark_options(parser: argparse.ArgumentParser) -> None:
    """Every parser (subcommands too) puts its own options in the namespace when it runs."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                mark_options(sub)
    parser.set_defaults(**{DEFAULTS_KEY: options_of(parser)})


def option_for(field: str, options: Mapping[str, str]) -> str | None:
    """The option a field is typed with in the command whose `options` these are, or None.

    "purpose 2: legal_basis" keeps its "purpose 2: " and names the option of "legal_basis".
    """
    if field.startswith("-"):
        return field  # the command line's own refusal already names its option
    where, _, name = field.rpartition(": ")
    option = options.get(name) or RENAMED.get(name)
    if option is None:
        return None
    return f"{where}: {option}" if where else option


def worded(error: InvalidInput, args: argparse.Namespace | None) -> str:
    """The refusal as the command line says it: with the option of the command that ran."""
    options = getattr(args, DEFAULTS_KEY, None) or {}
    return error.worded(option_for(error.field, options))


def add_if_version(parser: argparse.ArgumentParser, what: str) -> None:
    """`--if-version N` of an edit: refused (nothing stored, exit 1) when the case has changed from version N.

    Its dest is the core's field name, so a refused value is worded with the option.
    """
    parser.add_argument(
        "--if-version",
        dest="expected_version",
        metavar="N",
        help=f"change the {what} only if it is still at version N (the `version` of `show --json`); "
        "else refuse, naming who changed it and when",
    )
