"""Attachments: stored encrypted in the store with hash and size, saved out only when asked, purged after a preview."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dpo_desk.errors import InvalidInput, NotFound
from dpo_desk.services import attachments, audit_trail, settings
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

SCAN = b"%PDF-1.4 Visible Passport Probe 1234567\n" + bytes(range(256)) * 40


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "passport scan.pdf"
    path.parent.mkdir()
    path.write_bytes(SCAN)
    return path


def test_add_list_save_remove_through_the_command_line(cli, scan: Path, store_path: Path, tmp_path: Path) -> None:
    reference = cli("attachment", "add", "DSR-2026-0001", scan, "--kind", "id-document").last_line
    assert reference == "ATT-0001"
    listed = cli("attachment", "list", "DSR-2026-0001", "--json").json()
    assert [(a["reference"], a["filename"], a["size"], a["sha256"], a["kind"]) for a in listed] == [
        ("ATT-0001", "passport scan.pdf", len(SCAN), hashlib.sha256(SCAN).hexdigest(), "id-document")
    ]
    for f in tmp_path.iterdir():  # encrypted inside the store, nowhere in plaintext
        if f.is_file():
            assert b"Visible Passport Probe" not in f.read_bytes(), f.name
    out = tmp_path / "saved.pdf"
    cli("attachment", "save", "ATT-0001", out)
    assert out.read_bytes() == SCAN and out.stat().st_mode & 0o077 == 0
    cli("attachment", "remove", "ATT-0001")
    assert cli("attachment", "list", "DSR-2026-0001", "--json").json() == []
    trail = cli("audit", "list", "--record", "DSR-2026-0001", "--json").json()
    assert [e["action"] for e in trail] == ["delete", "create"]
    assert trail[0]["changes"]["sha256"]["before"] == hashlib.sha256(SCAN).hexdigest()
    assert cli("audit", "verify").code == 0


def test_the_size_limit_is_a_setting_and_refuses_before_storing(store, scan: Path) -> None:
    with store.write() as session:
        settings.put(session, "attachments.max_megabytes", 1)
    big = b"x" * (1024 * 1024 + 1)
    with store.write() as session, pytest.raises(InvalidInput, match="max_megabytes"):
        attachments.add(session, "BR-2026-0001", "big.bin", big)
    with store.read() as session:
        assert attachments.list_for(session, "BR-2026-0001") == []
        assert audit_trail.count(session, audit_trail.TrailFilter(record="BR-2026")) == 0


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("not a ref", "FILE"), "case"),
        (("DSR-2026-0001", "FILE", "--kind", "selfie"), "--kind"),
        (("DSR-2026-0001", "/no/such/file.pdf"), "file"),
    ],
)
def test_bad_attachment_input_is_refused_and_nothing_stored(cli, scan: Path, args: tuple[str, ...], field: str) -> None:
    failed = cli("attachment", "add", *[str(scan) if a == "FILE" else a for a in args], ok=False)
    assert failed.err.startswith(f"dpo-desk: {field}:")
    assert cli("audit", "verify", "--json").json()["checked"] == 0


def test_unknown_attachment_is_not_found(cli, tmp_path: Path) -> None:
    assert "No attachment" in cli("attachment", "save", "ATT-0099", tmp_path / "x", ok=False).err


def test_a_file_name_cannot_climb_out_of_the_folder(store, tmp_path: Path) -> None:
    with store.write() as session:
        view = attachments.add(session, "DSR-2026-0002", "../../etc/passwd", b"root:x:0:0")
    assert view.filename == "passwd"
    folder = tmp_path / "out"
    folder.mkdir()
    with store.read() as session:
        written = attachments.save_to(session, view.reference, folder)
    assert written.parent == folder and written.read_bytes() == b"root:x:0:0"


def test_opening_writes_a_private_copy_that_cleanup_removes(store, tmp_path: Path) -> None:
    with store.write() as session:
        view = attachments.add(session, "DSR-2026-0003", "letter.txt", b"Dear DPO")
    temp = tmp_path / "temp"
    temp.mkdir()
    copies = attachments.PrivateCopies(temp)
    with store.read() as session:
        opened = copies.open_copy(session, view.reference)
    assert opened.read_bytes() == b"Dear DPO" and opened.suffix == ".txt"
    assert opened.parent.stat().st_mode & 0o777 == 0o700
    assert opened.stat().st_mode & 0o077 == 0
    copies.cleanup()
    assert list(temp.iterdir()) == []


def test_stale_copies_from_a_crash_are_removed_at_start(tmp_path: Path) -> None:
    """Issue 22 point 7: every temporary folder the app makes has one prefix; start-up removes them all,
    also those named by older releases (`dpo-desk-print-*` held the register with names in it)."""
    from dpo_desk.paths import TEMP_PREFIX, private_temp_folder

    made = private_temp_folder("print", tmp_path)
    assert made.name.startswith(TEMP_PREFIX) and made.stat().st_mode & 0o777 == 0o700
    for stale in (
        made,
        tmp_path / f"{TEMP_PREFIX}open-crashed",
        tmp_path / "dpo-desk-print-old",
        tmp_path / "dpo-desk-open-old",
    ):
        stale.mkdir(exist_ok=True)
        (stale / "register.pdf").write_bytes(b"left behind")
    unrelated = tmp_path / "someone-elses"
    unrelated.mkdir()
    assert attachments.PrivateCopies(tmp_path).remove_stale() == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["someone-elses"]


@pytest.mark.file_only("damages the encrypted file's content through SQLCipher")
def test_damaged_content_is_refused(store, store_path: Path) -> None:
    with store.write() as session:
        view = attachments.add(session, "DSR-2026-0004", "a.txt", b"original")
    from dpo_desk.store import keying

    conn = keying.connect(store_path, PASSPHRASE)
    conn.execute("UPDATE attachment SET content = X'6368616e676564' WHERE reference = ?", (view.reference,))
    conn.close()
    with store.read() as session, pytest.raises(attachments.ContentDamaged):
        attachments.content(session, view.reference)


def test_unknown_reference_raises_not_found(store) -> None:
    with store.read() as session, pytest.raises(NotFound):
        attachments.get(session, "ATT-9999")
