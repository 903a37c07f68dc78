"""Quick search from the FTS5 trigram index: substrings of reference, name and e-mail, any case, å ä ö."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, update

from dpo_desk.services import requests
from dpo_desk.store import search
from dpo_desk.store.models.requests import Request

pytestmark = pytest.mark.both_engines


def _add(store, subject: str, email: str = "") -> str:
    with store.write() as session:
        return requests.add(session, type="access", received="2026-03-02", subject=subject, email=email)


def test_substrings_of_name_email_and_reference_any_case(store) -> None:
    vaino = _add(store, "Väinö Mäkinen", "vaino.makinen@example.fi")
    asa = _add(store, "Åsa Söderström", "asa@example.se")
    _add(store, "Olivia Smith", "olivia@example.com")
    with store.read() as session:
        assert search.has_index(session, "request")
        assert search.search_references(session, "request", "ÄINÖ MÄK") == [vaino]
        assert search.search_references(session, "request", "söder") == [asa]
        assert search.search_references(session, "request", "KINEN@EXAM") == [vaino]
        assert search.search_references(session, "request", asa[-6:].lower()) == [asa]
        assert search.search_references(session, "request", "example") == sorted(
            search.search_references(session, "request", "example"), reverse=True
        )
        assert len(search.search_references(session, "request", "example", limit=2)) == 2


def test_the_index_follows_changes_and_deletions(store) -> None:
    reference = _add(store, "Helmi Virtanen")
    with store.write() as session:
        session.execute(update(Request).where(Request.reference == reference).values(subject_name="Helmi Öhman"))
    with store.read() as session:
        assert search.search_references(session, "request", "virtanen") == []
        assert search.search_references(session, "request", "öhman") == [reference]
    with store.write() as session:
        session.execute(delete(Request).where(Request.reference == reference))
    with store.read() as session:
        assert search.search_references(session, "request", "öhman") == []


def test_short_terms_and_operator_characters_are_plain_text(store) -> None:
    reference = _add(store, 'Jo "AND" Ek*')
    with store.read() as session:
        assert search.matching_ids(session, "request", "Ek") is None  # two letters: LIKE instead
        assert search.search_references(session, "request", "ek") == [reference]
        assert search.search_references(session, "request", '"AND" E') == [reference]
        assert search.search_references(session, "request", "Ek*") == [reference]
        assert search.search_references(session, "request", "NOT") == []


def test_a_term_never_spans_two_columns(store) -> None:
    """FTS5 indexes each column apart; PostgreSQL's stored text joins them by a character no text holds."""
    reference = _add(store, "Aino Laine", "aino@example.fi")
    with store.read() as session:
        assert search.search_references(session, "request", "laine aino@") == []  # name, then e-mail
        assert search.search_references(session, "request", f"{reference[-4:]} aino".lower()) == []
        assert search.search_references(session, "request", "laine\x1faino") == []
        assert search.search_references(session, "request", "aino lai") == [reference]
        assert requests.count(session, requests.Filters(search="laine aino@")) == 0
        assert requests.count(session, requests.Filters(search="AINO LAINE"), cap=10) == 1


def test_matching_ids_fit_into_a_service_query(store) -> None:
    wanted = _add(store, "Kerttu Kärkkäinen")
    _add(store, "Kerttu Lehtonen")
    with store.read() as session:
        ids = search.matching_ids(session, "request", "kärkk")
        assert ids is not None
        found = session.scalars(select(Request.reference).where(Request.id.in_(ids))).all()
        total = session.scalar(select(func.count()).select_from(Request).where(Request.id.in_(ids)))
    assert found == [wanted] and total == 1


def test_breach_titles_are_searched_by_substring_in_any_case(store) -> None:
    from dpo_desk.services import breaches

    with store.write() as session:
        found = breaches.add(session, title="Lasku lähti VÄÄRÄLLE asiakkaalle", aware_at="2026-03-02T10:00+02:00")
        breaches.add(session, title="Ransomware on the build server", aware_at="2026-03-03T10:00+02:00")
    with store.read() as session:
        assert search.search_references(session, "breach", "väärälle") == [found.reference]
        assert search.search_references(session, "breach", found.reference[-7:].lower()) == [found.reference]


def test_the_indexes_match_their_tables_after_bulk_data_and_in_a_backup(store, tmp_path) -> None:
    if store.is_server:
        pytest.skip("FTS5's integrity check and a file backup: the file store's own")
    from sqlalchemy import text

    from dpo_desk.services import synthetic
    from dpo_desk.store import Store
    from tests.conftest import PASSPHRASE

    with store.write() as session:
        synthetic.generate(session, synthetic.plan(150, seed=2))
        session.execute(update(Request).where(Request.id % 7 == 0).values(subject_name="Märta Åberg"))
        session.execute(delete(Request).where(Request.id % 11 == 0))
    copy = store.backup_to(tmp_path / "copy.dpodesk")
    with Store.open(copy, PASSPHRASE) as restored:
        for target in (store, restored):
            with target.read() as session:
                for fts in ("request_search", "breach_search"):  # raises on any difference from the table
                    session.execute(text(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"))
                renamed = session.scalar(
                    select(func.count()).select_from(Request).where(Request.subject_name == "Märta Åberg")
                )
                assert len(search.search_references(session, "request", "märta åb", limit=500)) == renamed > 0


def test_a_term_holding_control_characters_looks_for_the_rest(store, cli) -> None:
    """A NUL ended FTS5's phrase early (an SQLite error) and PostgreSQL refuses one in any parameter. Stored
    text holds no control characters, so a search (a pasted term) leaves them out, alike on both engines."""
    from dpo_desk.services import breaches, records, register

    reference = cli("request", "add", "--type", "access", "--received", "2026-11-20", "--subject", "Asta Example")
    cli("breach", "add", "--title", "Asta's laptop", "--aware-at", "2026-11-20T10:00:00+02:00")
    cli("subprocessor", "add", "--name", "Asta Pilvi Oy", "--service", "Mail", "--country", "FI")
    cli("records", "add", "--name", "Asta", "--role", "controller", "--purpose", "Pay", "--legal-basis", "contract")
    with store.read() as session:
        for term in ("Asta\x00", "\x00Ast", "As\x00ta", "Ast\x1ba"):
            assert requests.count(session, requests.Filters(search=term)) == 1, term
            assert requests.references_matching(session, term) == [reference.last_line]
            assert search.search_references(session, "request", term) == [reference.last_line]
            assert breaches.count(session, search=term) == 1
            assert register.count(session, register.RegisterFilter(search=term)) == 1
            assert records.count(session, records.RecordFilter(search=term)) == 1
