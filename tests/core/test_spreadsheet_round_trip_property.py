"""Property: random rights requests, written as the request log and read back into an empty store, are the
same requests (issue 18). Names and texts take any printable characters, formula triggers included."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpo_desk.clock import FixedClock
from dpo_desk.domain.requests import REQUEST_TYPES
from dpo_desk.errors import DpoDeskError
from dpo_desk.reporting import request_log
from dpo_desk.services import reports, requests
from dpo_desk.services import spreadsheet_import as sheets
from dpo_desk.services.sheet_reader import read_workbook
from dpo_desk.store import Store
from tests.conftest import PASSPHRASE, TEST_NOW

_TEXT = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\u00ad")
_names = st.text(_TEXT, min_size=1, max_size=40).filter(lambda t: t.strip())
_details = st.lists(st.text(_TEXT, max_size=30), max_size=3).map("\n".join)
_emails = st.one_of(st.just(""), st.from_regex(r"[a-z]{1,8}\.[a-z]{1,8}@[a-z]{2,8}\.(fi|se|com)", fullmatch=True))
_days = st.integers(min_value=0, max_value=40)

REQUEST = st.fixed_dictionaries(
    {
        "type": st.sampled_from(REQUEST_TYPES),
        "received": st.dates(dt.date(2024, 1, 1), dt.date(2026, 9, 30)),
        "subject": _names,
        "email": _emails,
        "contact": st.one_of(st.just(""), _names),
        "details": _details,
        "channel": st.sampled_from(requests.CHANNELS),
        "language": st.sampled_from(requests.LANGUAGES),
        "processor_for": st.one_of(st.none(), _names),
        "identity": st.sampled_from(["", "requested", "received", "verified", "failed", "verified-directly"]),
        "identity_days": st.tuples(_days, _days, _days),
        "extension": st.one_of(st.none(), st.tuples(_days, _names, st.one_of(st.none(), _days))),
        "outcome": st.one_of(st.none(), st.tuples(st.sampled_from(requests.OUTCOMES), _details, _days)),
    }
)
_counter = itertools.count()


def _log(session: Any, r: dict[str, Any]) -> None:
    """Logs one generated request and what happened to it; a step the rules refuse is left out."""
    ref = requests.add(
        session,
        type=r["type"],
        received=r["received"],
        subject=r["subject"],
        email=r["email"],
        contact=r["contact"],
        details=r["details"],
        channel=r["channel"],
        language=r["language"],
        role="processor" if r["processor_for"] else "controller",
        controller=r["processor_for"] or "",
    )
    day = r["received"]
    steps: list[tuple[Any, ...]] = []
    asked, arrived, checked = r["identity_days"]
    if r["identity"] == "verified-directly":
        steps.append((requests.record_identity, ref, "verified", day + dt.timedelta(days=checked)))
    elif r["identity"]:
        path = ["requested", "received", r["identity"]] if r["identity"] in ("verified", "failed") else []
        path = path or ["requested", "received"][: ["requested", "received"].index(r["identity"]) + 1]
        moments = list(itertools.accumulate((asked, arrived, checked)))[: len(path)]
        steps += [
            (requests.record_identity, ref, step, day + dt.timedelta(days=d))
            for step, d in zip(path, moments, strict=True)
        ]
    if r["extension"]:
        after, reason, told = r["extension"]
        on = day + dt.timedelta(days=after)
        steps.append((requests.extend, ref, reason, on, None if told is None else on + dt.timedelta(days=told)))
    if r["outcome"]:
        outcome, reason, after = r["outcome"]
        steps.append((requests.close, ref, outcome, reason or "reasons", day + dt.timedelta(days=60 + after)))
    for fn, *args in steps:
        savepoint = session.begin_nested()
        try:
            fn(session, *args)
            savepoint.commit()
        except DpoDeskError:
            savepoint.rollback()


def _shown(store: Store) -> dict[str, dict[str, Any]]:
    with store.read() as session:
        views = requests.list_views(session, requests.Filters())
        # `version` counts this store's edits of a case (a concurrency check), not what the case says
        left_out = ("timeline", "created_at", "version")
        return {v.reference: {k: x for k, x in v.to_json().items() if k not in left_out} for v in views}


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(REQUEST, min_size=1, max_size=4), st.sampled_from(["fi", "sv", "en"]))
def test_requests_written_as_the_log_read_back_the_same(
    template_store: Path, tmp_path: Path, entries: list[dict[str, Any]], lang: str
) -> None:
    folder = tmp_path / str(next(_counter))
    folder.mkdir()
    clock = FixedClock(TEST_NOW)
    original, copy = folder / "a.dpodesk", folder / "b.dpodesk"
    shutil.copyfile(template_store, original)
    shutil.copyfile(template_store, copy)
    with Store.open(original, PASSPHRASE, clock=clock) as store:
        with store.write() as session:
            for entry in entries:
                _log(session, entry)
        with store.read() as session:
            request_log.write_log(reports.gather_request_log(session, lang=lang), folder / "log.xlsx")
        expected = _shown(store)
    assert len(expected) == len(entries)
    sheet, *details = read_workbook(folder / "log.xlsx")
    target = sheets.targets()["requests"]
    with Store.open(copy, PASSPHRASE, clock=clock) as store:
        with store.write() as session:
            done = sheets.run(session, sheet, target, sheets.match_columns(sheet.headers, target), details=details)
            assert done.refusal() is None, [str(e) for e in done.errors]
        assert _shown(store) == expected
