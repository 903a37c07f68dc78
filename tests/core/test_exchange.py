"""Whole-store JSON: exact round trip into an empty store, merge by reference, clear refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dpo_desk.errors import DpoDeskError, InvalidInput
from dpo_desk.paths import resources_dir
from dpo_desk.services import exchange, organisation
from dpo_desk.services import settings as settings_service
from dpo_desk.services.exchange_format import render_schema
from dpo_desk.store import Store
from dpo_desk.store.audit import verify_chain
from dpo_desk.store.models import AuditEntry
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

AWKWARD = "Quote ' \" tab\there\nnew line <b>markup</b> & Łódź Ørsted Дмитрий 東京 🙂 =1+1"


def _export(store: Store, path: Path) -> dict:
    with store.read() as session:
        exchange.write_export(session, path, store_id=store.store_id, schema_revision=store.schema_revision)
    return json.loads(path.read_text(encoding="utf-8"))


def _comparable(document: dict) -> dict:
    document = dict(document)
    for key in ("exported_at", "store_id"):
        document.pop(key)
    tables = dict(document["tables"])
    tables["audit_log"] = [e for e in tables["audit_log"] if e["action"] != "import"]
    document["tables"] = tables
    return document


def assert_same_content(first: dict, second: dict) -> None:
    """`second` is an export of a store `first` was imported into: the same, but for the import's own entries.

    Those follow the file's trail: a summary per table, and (issue 22) each singleton the import changed
    (organisation, settings) with every field's value before and after, as an edit records them.
    """
    kept = len(first["tables"]["audit_log"])
    added = second["tables"]["audit_log"][kept:]
    assert {e["action"] for e in added} <= {"import", "update"}
    second = {**second, "tables": {**second["tables"], "audit_log": second["tables"]["audit_log"][:kept]}}
    assert _comparable(second) == _comparable(first)


def test_round_trip_into_an_empty_store_is_exact(store, tmp_path: Path) -> None:
    with store.write() as session:
        organisation.update(session, name=AWKWARD, address="Line 1\nLine 2\t(tab)", dpo_email="a@b.fi")
        settings_service.put(session, "register.objection_period_days", 45)
    first = _export(store, tmp_path / "first.json")
    assert first["tables"]["organisation"][0]["name"] == AWKWARD

    target = Store.create(tmp_path / "target.dpodesk", PASSPHRASE)
    document = exchange.read_document(tmp_path / "first.json")
    with target.write() as session:
        plan = exchange.apply_import(session, document)
    assert plan.exact
    second = _export(target, tmp_path / "second.json")
    assert any(e["action"] == "update" for e in second["tables"]["audit_log"][len(first["tables"]["audit_log"]) :])
    assert_same_content(first, second)
    with target.read() as session:
        from sqlalchemy import select

        trail = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert list(verify_chain(trail)) == []
    assert trail[-1].action == "import"
    target.close()


def test_merge_lists_changes_in_a_dry_run_and_writes_nothing(store, tmp_path: Path) -> None:
    with store.write() as session:
        organisation.update(session, name="Source Oy")
        settings_service.put(session, "backups.keep", 9)
    _export(store, tmp_path / "source.json")
    with store.write() as session:
        organisation.update(session, name="Changed Since Oy")
    document = exchange.read_document(tmp_path / "source.json")
    with store.read() as session:
        plan = exchange.plan_import(session, document)
        assert organisation.get(session).name == "Changed Since Oy"
    assert plan.tables["organisation"].changed == ["1"]
    assert "organisation: 0 to add, 1 to change" in "\n".join(plan.summary_lines())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not valid JSON"),
        ('{"format": "something-else"}', "not a DPO Desk export"),
        ('{"format": "dpo-desk-export", "format_version": 99, "tables": {}}', "newer"),
        ('{"format": "dpo-desk-export", "format_version": 1, "tables": {"nonsense": []}}', "not a table"),
        (
            '{"format": "dpo-desk-export", "format_version": 1, "tables": {"organisation": [{"id": "x"}]}}',
            "organisation row 1 column id",
        ),
    ],
)
def test_malformed_files_are_refused_clearly(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises((InvalidInput, DpoDeskError)) as refused:
        exchange.read_document(path)
    assert message in str(refused.value)


def test_the_shipped_json_schema_matches_the_tables() -> None:
    shipped = (resources_dir() / "export-schema.json").read_text(encoding="utf-8")
    assert shipped == render_schema(), "run: python -m dpo_desk.services.exchange_format > resources/export-schema.json"


def test_a_trail_exported_before_values_were_sealed_is_resealed_on_import(store, tmp_path: Path) -> None:
    from dpo_desk.store.audit import GENESIS, entry_hash

    with store.write() as session:
        organisation.update(session, name="Legacy Oy")
        organisation.update(session, name="Legacy Group Oy")
    document = _export(store, tmp_path / "new.json")
    prev = GENESIS
    for row in document["tables"]["audit_log"]:  # as an export from revision 0007 had it
        del row["salt"], row["changes_digest"]
        fields = [row[k] for k in ("id", "at", "actor", "action", "entity", "record", "changes")]
        row["prev_hash"], row["hash"] = prev, entry_hash(*fields, prev)
        prev = row["hash"]
    (tmp_path / "legacy.json").write_text(json.dumps(document), encoding="utf-8")

    target = Store.create(tmp_path / "target.dpodesk", PASSPHRASE)
    with target.write() as session:
        plan = exchange.apply_import(session, exchange.read_document(tmp_path / "legacy.json"))
    assert "sealed anew" in plan.tables["audit_log"].note
    with target.read() as session:
        from sqlalchemy import select

        trail = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert list(verify_chain(trail)) == []
    assert all(e.salt and e.changes_digest for e in trail)
    reseal = next(e for e in trail if e.action == "reseal")
    assert json.loads(reseal.changes)["resealed_entries"] == len(document["tables"]["audit_log"])
    assert [json.loads(e.changes)["name"][1] for e in trail if e.action == "update"][-1] == "Legacy Group Oy"
    target.close()


def test_a_file_laid_out_otherwise_imports_the_same(store, tmp_path: Path) -> None:
    """The file is streamed, not parsed whole: the tables may come in any order, before the head, on one line."""
    with store.write() as session:
        organisation.update(session, name=AWKWARD)
    first = _export(store, tmp_path / "first.json")
    head = {k: v for k, v in first.items() if k != "tables"}
    shuffled = {"tables": dict(reversed(list(first["tables"].items()))), **head}
    (tmp_path / "shuffled.json").write_text(json.dumps(shuffled, ensure_ascii=False), encoding="utf-8")

    target = Store.create(tmp_path / "target.dpodesk", PASSPHRASE)
    with target.write() as session:
        assert exchange.apply_import(session, exchange.read_document(tmp_path / "shuffled.json")).exact
    assert_same_content(first, _export(target, tmp_path / "second.json"))
    target.close()


def test_a_file_changed_after_it_was_checked_is_refused(store, tmp_path: Path) -> None:
    """The rows are read again when written; a file edited between the check and the write imports nothing."""
    path = tmp_path / "first.json"
    _export(store, path)
    document = exchange.read_document(path)
    path.write_text(path.read_text(encoding="utf-8").replace('"format"', ' "format"', 1), encoding="utf-8")
    target = Store.create(tmp_path / "target.dpodesk", PASSPHRASE)
    with pytest.raises(InvalidInput, match="changed after it was checked"), target.write() as session:
        exchange.apply_import(session, document)
    with target.read() as session:
        assert exchange.is_empty(session)
    target.close()


def test_a_table_given_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    path.write_text(
        '{"format": "dpo-desk-export", "format_version": 1, "tables": {"setting": [], "setting": []}}',
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput, match="appears twice"):
        exchange.read_document(path)
