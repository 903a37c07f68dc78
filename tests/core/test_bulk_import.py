"""A request log imported in bulk (store/bulk.py) stores what the ORM would: the same rows, timelines and
audit entries, whether a batch goes through the Core or, after a failed batch, row by row through the ORM."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from dpo_desk.services import requests
from dpo_desk.services import spreadsheet_import as sheets
from dpo_desk.services.sheet_reader import read_sheet
from dpo_desk.store import bulk
from dpo_desk.store.audit import verify_chain
from dpo_desk.store.models.core import AuditEntry
from dpo_desk.store.models.requests import Request, RequestEvent

pytestmark = pytest.mark.both_engines

D = dt.date
LOGGED: list[dict[str, Any]] = [
    {"type": "access", "received": D(2026, 1, 15), "subject": "Asta Esimerkki", "email": "asta@example.fi",
     "outcome": "fulfilled", "replied": D(2026, 2, 2)},
    {"type": "erasure", "received": D(2026, 3, 3), "subject": "Bertil Åberg", "identity_requested": D(2026, 3, 4),
     "identity_received": D(2026, 3, 9), "identity": "verified", "identity_checked": D(2026, 3, 10),
     "outcome": "refused", "reason": "Ilmeisen perusteeton", "replied": D(2026, 3, 20), "language": "sv"},
    {"type": "portability", "received": D(2026, 2, 17), "subject": "Cecilia", "extended": D(2026, 3, 1),
     "extension_reason": "Useita varmuuskopioita", "extension_told": D(2026, 3, 2), "channel": "post"},
    {"type": "objection", "received": D(2026, 4, 1), "subject": "Daniel", "role": "processor",
     "controller": "Asiakas Oy", "outcome": "forwarded-to-controller", "forwarded": D(2026, 4, 3)},
    {"type": "access", "received": D(2026, 4, 2), "subject": "Eero", "identity_requested": D(2026, 4, 3)},
]  # fmt: skip


def _without_ids(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in ("id", "request_id")}


def _snapshot(session: Any, after: int) -> dict[str, Any]:
    """The requests, their timelines (by reference) and the trail's entries after `after`, ids left out (a
    PostgreSQL sequence is not rolled back, so the same rows may get other ids)."""
    conn = session.connection()
    cases = {row.id: row.reference for row in conn.execute(select(Request.__table__))}
    entries = conn.execute(select(AuditEntry.__table__).where(AuditEntry.id > after).order_by(AuditEntry.id)).all()
    return {
        "requests": sorted(
            (_without_ids(dict(r._mapping)) for r in conn.execute(select(Request.__table__))),
            key=lambda r: r["reference"],
        ),
        "events": sorted(
            (
                (cases[e.request_id], _without_ids(dict(e._mapping)))
                for e in conn.execute(select(RequestEvent.__table__))
            ),
            key=lambda e: (e[0], e[1]["on"].isoformat(), e[1]["kind"]),
        ),
        "trail": [
            (e.actor, e.action, e.entity, e.record, _without_ids(json.loads(e.changes)), str(e.at)) for e in entries
        ],
    }


def _last_entry(session: Any) -> int:
    return session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) or 0


def test_the_bulk_writer_stores_what_the_orm_would(store) -> None:
    with store.write() as session:
        before = _last_entry(session)
        by_orm = session.begin_nested()
        for facts in LOGGED:
            requests.add_logged(session, facts)
        session.flush()
        expected = _snapshot(session, before)
        by_orm.rollback()

        pending = bulk.NewRows()
        session.info[bulk.PENDING] = pending
        try:
            for facts in LOGGED:
                requests.add_logged(session, facts)
            assert not [row for row in session.new if isinstance(row, Request | RequestEvent)]
            pending.write(session)
        finally:
            session.info.pop(bulk.PENDING)
        assert pending.rows == []
        got = _snapshot(session, before)
    assert len(expected["requests"]) == len(LOGGED)
    assert len(expected["trail"]) == len(LOGGED) + len(expected["events"])
    assert got == expected
    with store.read() as session:
        assert list(verify_chain(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))) == []


def _workbook(path: Path) -> Path:
    book = Workbook()
    book.active.append(["Vastaanotettu", "Laji", "Nimi", "Sähköposti", "Tulos", "Perustelut", "Vastattu"])
    for day in range(1, 13):
        outcome = ("toteutettu", None, f"{day + 10}.1.2026") if day % 3 else (None, None, None)
        book.active.append([f"{day}.1.2026", "pääsy", f"Henkilö {day}", f"h{day}@example.fi", *outcome])
    book.active.append(["13.1.2026", "pääsy", "Refused Without Reasons", None, "hylätty", None, "14.1.2026"])
    book.save(path)
    return path


def _import(session: Any, path: Path) -> sheets.ImportPreview:
    sheet = read_sheet(path)
    target = sheets.targets()["requests"]
    done = sheets.run(session, sheet, target, sheets.match_columns(sheet.headers, target), skip_errors=True)
    assert done.refusal() is None
    return done


def test_a_batch_that_fails_is_stored_row_by_row_with_the_same_result(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = _workbook(tmp_path / "log.xlsx")
    monkeypatch.setattr(sheets, "BATCH", 5)
    with store.write() as session:
        before = _last_entry(session)
        whole = session.begin_nested()
        in_bulk = _import(session, book)
        expected = _snapshot(session, before)
        whole.rollback()

    write = bulk.NewRows.write
    failed: list[int] = []

    def fails_once(self: bulk.NewRows, session: Any) -> None:
        if not failed:  # as when another writer took a reference between the check and the insert
            failed.append(len(self.rows))
            raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed: request.reference"))
        write(self, session)

    monkeypatch.setattr(bulk.NewRows, "write", fails_once)
    with store.write() as session:
        done = _import(session, book)
        got = _snapshot(session, before)
    assert failed and failed[0] > 0
    assert (done.created, done.skipped_rows) == (in_bulk.created, in_bulk.skipped_rows)
    assert len(done.created) == 12 and done.skipped_rows == [14]
    assert got == expected
    with store.read() as session:
        assert list(verify_chain(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))) == []
