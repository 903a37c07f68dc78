"""Errors a user can act on.

Each carries a one-line message that says what was wrong and what to do; the command line prints
it as is, the window shows it in a dialog. Anything else escaping the core is a bug.
"""

from __future__ import annotations


class DpoDeskError(Exception):
    """An error whose message is meant for the user."""

    exit_code = 1


class WrongPassphrase(DpoDeskError):
    def __init__(self) -> None:
        super().__init__("Wrong passphrase: the store could not be unlocked with it (nothing was changed).")


class StoreDamaged(DpoDeskError):
    """The passphrase opened page 1, but a later page fails its check (its HMAC): damage, not a wrong key."""

    def __init__(self, page: int | None) -> None:
        self.page = page
        where = f" at page {page}" if page else ""
        super().__init__(
            f"The store is damaged{where}; restore a backup (`dpo-desk restore FILE` keeps the damaged file aside)."
        )


class StoreNotFound(DpoDeskError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(f"No store at {path}: create one with `dpo-desk init`, or pick another with --store.")


class StoreExists(DpoDeskError):
    def __init__(self, path: object) -> None:
        super().__init__(f"A file already exists at {path}; refusing to overwrite it. Choose another path.")


class StoreBusy(DpoDeskError):
    def __init__(self) -> None:
        super().__init__(
            "The store is busy: another DPO Desk window or command has held it too long. Try again in a moment."
        )


class StoreInUse(DpoDeskError):
    def __init__(self) -> None:
        super().__init__(
            "Another DPO Desk window or command has this store open; close it and try again (nothing was changed)."
        )


class StoreTooNew(DpoDeskError):
    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"This store was written by a newer DPO Desk (schema {revision}); upgrade DPO Desk to open it."
        )


class NotAStore(DpoDeskError):
    def __init__(self, path: object, why: str) -> None:
        super().__init__(f"{path} is not a usable DPO Desk store: {why}")


def field_words(field: str) -> str:
    """A field's name as prose: "received_on" reads "received on"."""
    return field.replace("_", " ")


class InvalidInput(DpoDeskError):
    """A value refused before anything was stored; names the field and the value.

    `field` is the core's name of the input (a service parameter or a model field: "received_on",
    "processing_countries"; "purpose 2: legal_basis" for a part of a list), never how a front end
    spells it: the command line words the message with its option (`worded("--received")`), the
    window shows `reason` under its own label of the field. A reason a window words in its own language
    also carries `code` (a stable word: "not-a-date") and `values` (what the reason names: {"limit": 200}).
    """

    exit_code = 2

    def __init__(
        self, field: str, value: object, reason: str, *, code: str = "", values: dict[str, object] | None = None
    ) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        self.code = code
        self.values = dict(values or {})
        super().__init__(self.worded())

    def worded(self, name: str | None = None) -> str:
        """The message with the field called `name` (by default its own name as prose)."""
        subject = field_words(self.field) if name is None else name
        # Without a value the field itself is the subject: "title is required", not "nothing is required".
        return f"{subject} {self.reason}" if self.value is None else f"{subject}: {self.value!r} {self.reason}"


class NotFound(DpoDeskError):
    def __init__(self, what: str, reference: str) -> None:
        super().__init__(f"No {what} {reference!r} in this store.")


class RuleRefused(DpoDeskError):
    """An action the rules do not allow in the case's present state (extend twice, refuse without reasons).

    The message is English for the command line and the JSON; a refusal a window words in its own language
    also carries `code` (a stable word: "already-extended") and `values` (what the message names:
    {"reference": "DSR-2026-0001", "extended_on": date}).
    """

    exit_code = 2

    def __init__(self, message: str, *, code: str = "", values: dict[str, object] | None = None) -> None:
        self.code = code
        self.values = dict(values or {})
        super().__init__(message)


class StaleEdit(DpoDeskError):
    """An edit based on a version of a case that someone has changed since it was read; nothing was stored.

    `by` and `at` are the latest audit-trail entry of the case (who changed it, an aware UTC moment)
    when known, `when` that moment as the organisation's local time for the message, and `version`
    the case's version now (the window reloads it and offers the edit again).
    """

    def __init__(
        self,
        reference: str | None,
        by: str | None = None,
        at: object = None,
        when: str | None = None,
        version: int | None = None,
    ) -> None:
        self.reference = reference
        self.by = by
        self.at = at
        self.when = when
        self.version = version
        subject = reference or "This case"
        who = f"by {by}" if by else "by someone else"
        moment = f" at {when}" if when else ""
        super().__init__(
            f"{subject} was changed {who}{moment} after you opened it; reload it and redo your change "
            "(nothing was stored)."
        )
