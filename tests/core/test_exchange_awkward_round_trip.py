"""Awkward text in every module (quotes, tabs, new lines, markup, formulas, many scripts) survives the
JSON round trip exactly: export, import into an empty store, export again, same document."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk.services import exchange
from dpo_desk.store import Store
from tests.conftest import PASSPHRASE
from tests.core.test_exchange import AWKWARD, _export, assert_same_content

pytestmark = pytest.mark.both_engines


def test_awkward_text_in_every_module_round_trips(cli, store_path: Path, tmp_path: Path) -> None:
    cli("org", "set", "--name", AWKWARD, "--address", "Rivi 1\nRivi 2\t(sarkain)")
    request = cli(
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-03",
        "--subject",
        AWKWARD,
        "--email",
        "asta@example.fi",
        "--details",
        AWKWARD,
    ).last_line
    cli("request", "note", request, "--text", AWKWARD)
    breach = cli(
        "breach",
        "add",
        "--title",
        AWKWARD,
        "--aware-at",
        "2026-03-02T08:00:00+02:00",
        "--description",
        AWKWARD,
        "--measures-taken",
        AWKWARD,
        "--risk",
        "risk",
    ).last_line
    cli("breach", "notify", breach, "--at", "2026-03-06T09:00:00+02:00", "--late-reason", AWKWARD)
    sub = cli(
        "subprocessor",
        "add",
        "--name",
        AWKWARD,
        "--service",
        "=1+1",
        "--country",
        "US",
        "--mechanism",
        "scc",
        "--scc-module",
        "3",
    ).last_line
    cli(
        "records",
        "add",
        "--name",
        AWKWARD,
        "--role",
        "controller",
        "--purpose",
        AWKWARD,
        "--legal-basis",
        "contract",
        "--retention",
        AWKWARD,
        "--subprocessors",
        sub,
    )
    cli("records", "link", "PA-0001", request)

    with Store.open(store_path, PASSPHRASE) as store:
        first = _export(store, tmp_path / "first.json")
    tables = first["tables"]
    for table in ("request", "breach", "subprocessor", "processing_activity"):
        assert any(AWKWARD in map(str, row.values()) for row in tables[table]), table

    target = Store.create(tmp_path / "target.dpodesk", PASSPHRASE)
    try:
        with target.write() as session:
            assert exchange.apply_import(session, exchange.read_document(tmp_path / "first.json")).exact
        second = _export(target, tmp_path / "second.json")
    finally:
        target.close()
    assert_same_content(first, second)
