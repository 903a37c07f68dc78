"""The rules every layer shares, in one home: free text, choices, the new-passphrase rule, and the
store-lifecycle service both front ends open, back up and rekey the store through."""

from __future__ import annotations

import pytest

from dpo_desk.domain import validation
from dpo_desk.domain.passphrase import MIN_PASSPHRASE_LENGTH, check_new_passphrase, strength_hint
from dpo_desk.errors import InvalidInput, WrongPassphrase
from dpo_desk.services import breaches, records, register, requests, store_lifecycle
from dpo_desk.services.records import PurposeInput
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


def test_text_is_trimmed_its_line_ends_made_one_and_control_characters_refused() -> None:
    assert validation.text("details", "  first\r\nsecond\rthird\t. ") == "first\nsecond\nthird\t."
    assert validation.text("details", None) == ""
    with pytest.raises(InvalidInput, match="details holds a control character"):
        validation.text("details", "bell\x07")
    with pytest.raises(InvalidInput, match="details holds a control character"):
        validation.text("details", "nul\x00")
    with pytest.raises(InvalidInput, match="title must not be empty"):
        validation.text("title", "   ", required=True)
    with pytest.raises(InvalidInput, match="name is longer than 5 characters"):
        validation.text("name", "Matti Meikäläinen", limit=5)


def test_choices_ignore_case_and_name_the_choices() -> None:
    assert validation.choice("risk", " HIGH ", ("none", "risk", "high")) == "high"
    assert validation.choice("risk", "", ("none",), allow_empty=True) == ""
    with pytest.raises(InvalidInput, match="risk: 'grave' is not one of none, risk, high"):
        validation.choice("risk", "grave", ("none", "risk", "high"))
    with pytest.raises(InvalidInput, match="is not one of"):
        validation.one_of("type", "Access", ("access",))  # exact where the stored word is asked for


def test_every_module_refuses_the_same_text_alike(store) -> None:
    """One rule for every free-text field: a bell character is refused by each module before it stores."""
    bell = "Note\x07"
    with store.write() as session, pytest.raises(InvalidInput, match="control character"):
        requests.add(session, type="access", received="2026-11-02", subject=bell)
    with store.write() as session, pytest.raises(InvalidInput, match="control character"):
        breaches.add(session, title=bell, aware_at="2026-11-02 10:00")
    with store.write() as session, pytest.raises(InvalidInput, match="control character"):
        register.add(session, name=bell, service="Mail", country="FI")
    with store.write() as session, pytest.raises(InvalidInput, match="control character"):
        records.add_activity(session, name=bell, role="controller", purposes=[PurposeInput("Mail", "contract")])
    with store.read() as session:
        assert requests.count(session) == 0 and breaches.count(session) == 0


def test_the_new_passphrase_rule() -> None:
    check_new_passphrase("x" * MIN_PASSPHRASE_LENGTH)
    with pytest.raises(InvalidInput, match="new passphrase is too short: use at least 8 characters"):
        check_new_passphrase("short")
    with pytest.raises(InvalidInput, match="must not contain a NUL character"):
        check_new_passphrase("long enough\x00")
    assert strength_hint("short") == (0, "too short")
    assert strength_hint("four words make strong")[1] == "strong"


def test_creating_a_store_keeps_the_rule(tmp_path) -> None:
    with pytest.raises(InvalidInput, match="too short"):
        store_lifecycle.create_store(tmp_path / "weak.dpodesk", "short")
    assert not (tmp_path / "weak.dpodesk").exists()
    made = store_lifecycle.create_store(tmp_path / "new.dpodesk", "a long enough passphrase")
    made.close()
    store_lifecycle.open_store(tmp_path / "new.dpodesk", "a long enough passphrase").close()


@pytest.mark.file_only("passphrases and backups are the file's; a server has its own (SECURITY.md)")
def test_a_wrong_current_passphrase_changes_nothing_and_leaves_the_store_open(store) -> None:
    with pytest.raises(WrongPassphrase):
        store_lifecycle.change_passphrase(store, "the next passphrase", current_passphrase="not the one")
    assert store.is_open
    reopened = store_lifecycle.change_passphrase(store, "the next passphrase", current_passphrase=PASSPHRASE)
    try:
        assert not store.is_open and reopened.is_open
    finally:
        reopened.close()


@pytest.mark.file_only("passphrases and backups are the file's; a server has its own (SECURITY.md)")
def test_a_backup_is_checked_with_its_passphrase(store, tmp_path) -> None:
    made = store_lifecycle.back_up(store, f"{tmp_path}/copies/")  # a folder, made for the copy
    assert made.parent == tmp_path / "copies" and made.suffix == ".dpodesk"
    assert store_lifecycle.check_backup(made, PASSPHRASE).revision == store.schema_revision
    with pytest.raises(WrongPassphrase):
        store_lifecycle.check_backup(made, "not the passphrase")
