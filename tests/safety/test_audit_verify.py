"""`audit verify` finds any entry altered, removed or reordered behind the program's back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dpo_desk.services import audit_trail, organisation
from dpo_desk.store import keying
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

NAMES = ("Alpha Oy", "Beta Oy", "Gamma Oy", "Delta Oy", "Epsilon Oy")


@pytest.fixture
def trail(store_path: Path) -> None:
    """Five entries, written with one opening of the store (each opening costs a key derivation)."""
    from dpo_desk.store import Store

    with Store.open(store_path, PASSPHRASE, actor="tester") as store:
        for name in NAMES:
            with store.write() as session:
                organisation.update(session, name=name)


def _tamper(store_path: Path, *statements: str) -> None:
    """Writes through a raw keyed connection, as someone holding the passphrase could."""
    conn = keying.connect(store_path, PASSPHRASE)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_append_only_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_append_only_delete")
    for statement in statements:
        conn.execute(statement)
    conn.close()


def test_a_sound_trail_verifies(cli, trail) -> None:
    done = cli("audit", "verify")
    assert "verifies" in done.out and "5 entries" in done.out
    document = cli("audit", "verify", "--json").json()
    assert (document["ok"], document["checked"], document["faults"]) == (True, 5, [])
    assert document["newest_hash"] == cli("audit", "list", "--limit", "1", "--json").json()[0]["hash"]
    assert len(document["newest_hash"]) == 64


@pytest.mark.file_only(
    "tampers with the file through SQLCipher; on a server the roles forbid it (tests/server/test_roles.py)"
)
@pytest.mark.parametrize(
    ("statements", "bad_entry"),
    [
        (["UPDATE audit_log SET changes = replace(changes, 'Gamma', 'Omega') WHERE id = 3"], 3),
        (["UPDATE audit_log SET actor = 'someone else' WHERE id = 2"], 2),
        (["UPDATE audit_log SET at = '2020-01-01T00:00:00.000000Z' WHERE id = 4"], 4),
        (["UPDATE audit_log SET at = 'not a time' WHERE id = 4"], 4),
        (["DELETE FROM audit_log WHERE id = 2"], 3),
        (
            [
                "UPDATE audit_log SET id = -1 WHERE id = 2",
                "UPDATE audit_log SET id = 2 WHERE id = 3",
                "UPDATE audit_log SET id = 3 WHERE id = -1",
            ],
            2,
        ),
        (["DELETE FROM audit_log WHERE id = 5"], 5),
        (["DELETE FROM audit_log WHERE id >= 4"], 5),
        (["UPDATE audit_log SET changes = '{\"name\": null}', salt = NULL WHERE id = 3"], 3),
        (["UPDATE audit_log SET salt = NULL, changes_digest = NULL WHERE id = 2"], 2),
    ],
    ids=[
        "altered-changes",
        "altered-actor",
        "altered-time",
        "garbled-time",
        "removed",
        "reordered",
        "cut-1",
        "cut-2",
        "values-removed-without-a-purge",
        "seal-removed",
    ],
)
def test_tampering_is_found_and_named(cli, trail, store_path: Path, statements: list[str], bad_entry: int) -> None:
    _tamper(store_path, *statements)
    failed = cli("audit", "verify", ok=False)
    assert failed.code == 3
    assert f"entry {bad_entry}:" in failed.err
    assert cli("audit", "verify", "--json", ok=False).json()["faults"][0]["entry"] == bad_entry


@pytest.mark.file_only(
    "tampers with the file through SQLCipher; on a server the roles forbid it (tests/server/test_roles.py)"
)
def test_a_rewritten_hash_still_breaks_the_next_link(cli, trail, store_path: Path) -> None:
    """Resealing one entry's values and recomputing its hash after altering it moves the fault to the next entry."""
    from dpo_desk.store.audit import changes_digest, entry_hash

    conn = keying.connect(store_path, PASSPHRASE)
    row = conn.execute(
        "SELECT id, at, actor, action, entity, record, changes, salt, prev_hash FROM audit_log WHERE id = 2"
    )
    *values, salt, prev_hash = row.fetchone()
    conn.close()
    changes = values[6].replace("Beta", "Zeta")
    sealed = changes_digest(salt, changes)
    digest = entry_hash(*values[:6], sealed, prev_hash)
    _tamper(
        store_path,
        f"UPDATE audit_log SET changes = '{changes}', changes_digest = '{sealed}', hash = '{digest}' WHERE id = 2",
    )
    assert "entry 3:" in cli("audit", "verify", ok=False).err


def _person(actor: str) -> str:
    """The actor as the person named it: on a server each entry also names the database user ("X as user")."""
    return actor.split(" as ")[0]


def test_the_trail_filters_by_record_and_day(store) -> None:
    with store.write() as session:
        organisation.update(session, name="Filter Oy")
    with store.write() as session:
        from dpo_desk.services import settings

        settings.put(session, "backups.keep", 3)
    today = store.clock.now().date()
    with store.read() as session:
        everything = audit_trail.fetch(session, 0, 10)
        only_org = audit_trail.fetch(session, 0, 10, where=audit_trail.TrailFilter(record="ORGANI"))
        tomorrow = audit_trail.TrailFilter(since=today + dt.timedelta(days=2))
        around = audit_trail.TrailFilter(since=today - dt.timedelta(days=1), until=today + dt.timedelta(days=1))
        assert audit_trail.count(session, tomorrow) == 0
        assert audit_trail.count(session, around) == 2
    assert [e.record for e in everything] == ["setting:backups.keep", "organisation"]
    assert [e.record for e in only_org] == ["organisation"]
    change = only_org[0].changes[0]
    assert (change.field, change.before, change.after, _person(only_org[0].actor)) == (
        "name",
        "",
        "Filter Oy",
        "tester",
    )


def test_a_reversed_date_range_is_refused() -> None:
    with pytest.raises(Exception, match="before since"):
        audit_trail.TrailFilter(since=dt.date(2026, 5, 1), until=dt.date(2026, 4, 1))


def test_the_actor_is_the_profile_name_when_set(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("DPO_DESK_PROFILE", raising=False)
    cli("org", "set", "--name", "Before Profile Oy")
    cli("audit", "profile", "Maija Meikäläinen")
    cli("org", "set", "--name", "After Profile Oy")
    monkeypatch.setenv("DPO_DESK_PROFILE", "Env Name")
    cli("org", "set", "--name", "Env Profile Oy")
    actors = [_person(e["actor"]) for e in cli("audit", "list", "--json").json()]
    import getpass

    user = getpass.getuser()
    assert actors == [f"Env Name ({user})", f"Maija Meikäläinen ({user})", user]
