"""Issue 22, points 1 and 3: no command writes over the store, its side files, its backups or an unrelated
file (without --force), and a command whose output is refused stores nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk.errors import InvalidInput
from dpo_desk.outputs import OutputTarget, atomic_output, check_output

pytestmark = pytest.mark.both_engines


def _case_files(cli, tmp_path: Path) -> dict[str, str]:
    """A request with an attachment and a breach, for the commands that write about them."""
    request = cli("request", "add", "--type", "access", "--received", "2026-11-20", "--subject", "Asta").last_line
    scan = tmp_path / "scan.txt"
    scan.write_text("scan")
    attachment = cli("attachment", "add", request, scan).last_line
    breach = cli(
        "breach", "add", "--title", "Lost laptop", "--aware-at", "2026-11-20T10:00:00+02:00", "--nature", "availability"
    ).last_line
    return {"request": request, "attachment": attachment, "breach": breach}


WRITERS = {
    "export": lambda refs, out: ("export", "--json", out),
    "request log": lambda refs, out: ("report", "requests", "--xlsx", out),
    "annual": lambda refs, out: ("report", "annual", "--year", "2026", "--pdf", out),
    "deadlines": lambda refs, out: ("deadlines", "--ics", out),
    "attachment": lambda refs, out: ("attachment", "save", refs["attachment"], out),
    "breach report": lambda refs, out: ("breach", "report", refs["breach"], "--pdf", out),
    "breach register": lambda refs, out: ("report", "breaches", "--xlsx", out),
    "backup": lambda refs, out: ("backup", out),
}


@pytest.mark.file_only("the store's own files exist only for the encrypted file")
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_no_command_writes_over_the_store_or_its_files(cli, store_path: Path, tmp_path: Path, writer: str) -> None:
    refs = _case_files(cli, tmp_path)
    wal = Path(f"{store_path}-wal")
    kept_backup = store_path.with_name(f"{store_path.name}.before-restore-20261125T100000Z.bak")
    kept_backup.write_bytes(b"a backup")
    backups = store_path.with_name(f"{store_path.name}.backups")
    backups.mkdir()
    for target in (store_path, wal, kept_backup, backups / "x.dpodesk"):
        before = store_path.read_bytes()
        was = target.read_bytes() if target.exists() else None
        for force in ((), ("--force",)):
            refused = cli(*WRITERS[writer](refs, target), *force, ok=False)
            assert refused.code == 2 and "output file" in refused.err
        assert store_path.read_bytes() == before
        assert (target.read_bytes() if target.exists() else None) == was
    assert cli("request", "list", "--json").json()  # the store still opens and holds its case


@pytest.mark.file_only("the store's own files exist only for the encrypted file")
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_an_existing_file_is_replaced_only_with_force(cli, tmp_path: Path, writer: str) -> None:
    refs = _case_files(cli, tmp_path)
    # A file of the suffix the writer asks for (a letter's format follows its suffix), but not one we wrote.
    suffix = ".pdf" if writer == "breach report" else ".txt"
    unrelated = tmp_path / f"notes{suffix}"
    unrelated.write_text("my own notes")
    refused = cli(*WRITERS[writer](refs, unrelated), ok=False)
    assert "already exists; give --force" in refused.err
    assert unrelated.read_text() == "my own notes"
    cli(*WRITERS[writer](refs, unrelated), "--force")
    assert unrelated.read_bytes() != b"my own notes"
    assert unrelated.stat().st_mode & 0o077 == 0


def test_an_announcement_whose_notice_cannot_be_written_is_not_recorded(cli, tmp_path: Path) -> None:
    """Point 3: `subprocessor announce SP-0001 --pdf /nonexistent/x.pdf` exited 2 yet recorded the announcement."""
    cli("subprocessor", "add", "--name", "Uusi AB", "--service", "Mail", "--country", "SE", "--status", "planned")
    for option in ("--pdf", "--email"):
        refused = cli("subprocessor", "announce", "SP-0001", option, "/nonexistent/x.pdf", ok=False)
        assert refused.code == 2 and "folder that does not exist" in refused.err
    assert cli("subprocessor", "show", "SP-0001", "--json").json()["announcements"] == []
    assert not [d for d in cli("deadlines", "--json").json() if d["kind"] == "objection-period"]


def test_the_guard_checks_again_when_the_file_is_renamed_into_place(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(InvalidInput), atomic_output(target) as partial:
        partial.write_text("new")
        target.write_text("appeared meanwhile")
    assert target.read_text() == "appeared meanwhile"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_an_output_target_carries_the_store_through_writers(tmp_path: Path) -> None:
    store = tmp_path / "s.dpodesk"
    store.write_bytes(b"store")
    link = tmp_path / "other-name.dpodesk"
    link.hardlink_to(store)
    for path in (store, link, Path(f"{store}-shm"), Path(f"{store}-journal")):
        with pytest.raises(InvalidInput, match="store"):
            check_output(OutputTarget(path, store, force=True))
    assert check_output(OutputTarget(tmp_path / "fine.pdf", store)) == tmp_path / "fine.pdf"


def test_an_announcement_whose_notice_fails_while_writing_is_not_recorded(cli, tmp_path, monkeypatch) -> None:
    """Point 3, the other half: a path that passed the check but whose write then fails (a full disk)."""
    from dpo_desk.errors import DpoDeskError
    from dpo_desk.reporting import change_notice

    def disk_full(data, target):
        raise DpoDeskError("The disk is full.")

    monkeypatch.setattr(change_notice, "write_document", disk_full)
    cli("subprocessor", "add", "--name", "Uusi AB", "--service", "Mail", "--country", "SE", "--status", "planned")
    cli("subprocessor", "announce", "SP-0001", "--pdf", tmp_path / "n.pdf", ok=False)
    assert cli("subprocessor", "show", "SP-0001", "--json").json()["announcements"] == []
