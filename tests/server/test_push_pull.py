"""`server push FILE URL` and `server pull URL FILE`: a store moves between a file and a server losing nothing."""

from __future__ import annotations

import datetime as dt
import random

from dpo_desk import demo
from tests.conftest import PASSPHRASE
from tests.core.test_exchange import _export, assert_same_content


def test_push_then_pull_keeps_every_row_the_chain_and_attachment_bytes(
    store, pg_cluster, tmp_path, capsys, monkeypatch, clock
) -> None:
    from dpo_desk.cli.main import main
    from dpo_desk.services import attachments, audit_trail, requests
    from dpo_desk.store import Store

    # Every byte value, a NUL-heavy run and a larger pseudo-random blob: what a text column would mangle.
    blobs = {
        "all-bytes.bin": bytes(range(256)) * 4,
        "zeros.bin": b"\x00" * 4096 + b"end",
        "random.bin": random.Random(20).randbytes(300_000),
    }
    with store.write() as session:
        demo.populate(session, dt.date(2026, 11, 25))
        case = requests.add(session, type="access", received="2026-11-24", subject="With Files")
        attached = {attachments.add(session, case, name, data).reference: data for name, data in blobs.items()}
    original = _export(store, tmp_path / "original.json")
    file = store.path
    store.close()

    database = pg_cluster.new_database()  # empty: push sets the schema and the roles up itself
    url = pg_cluster.url(database)
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)  # the file's
    monkeypatch.setenv("PGPASSWORD", PASSPHRASE)  # the server's (libpq reads it)
    assert main(["server", "push", str(file), url], clock=clock) == 0, capsys.readouterr().err
    assert main(["server", "push", str(file), url], clock=clock) != 0  # never into a store with data
    assert "not empty" in capsys.readouterr().err

    with Store.open(url, PASSPHRASE, clock=clock) as server:
        pushed = _export(server, tmp_path / "pushed.json")
        assert_same_content(original, pushed)
        with server.read() as session:
            assert audit_trail.verify(session).faults == []
            assert {ref: attachments.content(session, ref)[1] for ref in attached} == attached

    pulled_file = tmp_path / "pulled.dpodesk"
    assert main(["server", "pull", url, str(pulled_file)], clock=clock) == 0, capsys.readouterr().err
    with Store.open(pulled_file, PASSPHRASE, clock=clock) as pulled:
        assert_same_content(pushed, _export(pulled, tmp_path / "pulled.json"))
        with pulled.read() as session:
            assert audit_trail.verify(session).faults == []
            assert {ref: attachments.content(session, ref)[1] for ref in attached} == attached

    # The server goes on numbering after the rows that came with their ids.
    with Store.open(url, PASSPHRASE, clock=clock) as server:
        with server.write() as session:
            reference = requests.add(session, type="access", received="2026-11-25", subject="After Push")
        with server.read() as session:
            assert requests.show(session, reference).subject_name == "After Push"
            assert audit_trail.verify(session).faults == []
    pg_cluster.drop_database(database)
