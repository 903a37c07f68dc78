"""The window's safety features: audit trail view, backup and restore, passphrase change, lock, attachments."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dpo_desk.errors import WrongPassphrase
from dpo_desk.services import attachments, organisation, settings
from dpo_desk.store import Store, keying
from dpo_desk.store.backup import make_backup
from dpo_desk.ui.app import build_window
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

NEW = "the new window passphrase"


@pytest.fixture
def window(qtbot, store):
    built = build_window(store)
    qtbot.addWidget(built)
    built.wait_loaded()
    yield built
    built.ops.wait_idle()
    built.close()
    if built.ops.store.is_open:
        built.ops.store.close()


def _open_fds_to(path: Path) -> list[str]:
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def test_audit_trail_dialog_filters_and_shows_before_and_after(qtbot, window, store) -> None:
    for name in ("Trail One Oy", "Trail Two Oy"):
        with store.write() as session:
            organisation.update(session, name=name)
    with store.write() as session:
        settings.put(session, "backups.keep", 4)
    dialog = window.open_audit_trail()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=10000)
    assert dialog.model.data(dialog.model.index(0, 4)) == "setting:backups.keep"
    dialog.record_edit.setText("organisation")
    dialog.apply_filter()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and not dialog.model.loading, timeout=10000)
    dialog.table.selectRow(0)
    qtbot.waitUntil(lambda: dialog.details.rowCount() == 1, timeout=5000)
    assert [dialog.details.item(0, c).text() for c in range(3)] == ["name", "Trail One Oy", "Trail Two Oy"]
    when = dialog.model.index(0, 1)
    exact = dialog.model.data(when, Qt.ItemDataRole.ToolTipRole)
    assert exact.endswith(("+02:00", "+03:00"))  # the precise moment in the organisation's zone, in the tooltip
    moment = dt.datetime.fromisoformat(exact)
    assert dialog.model.data(when) == f"{moment.day} {moment:%b %Y, %H:%M}"  # shown in the window's form
    dialog.verify()
    qtbot.waitUntil(lambda: "verifies" in dialog.verify_label.text(), timeout=10000)
    # Issue 22 point 10: the head to keep elsewhere is shown and copied.
    from PySide6.QtWidgets import QApplication

    head = dialog.head_field.text()
    assert len(head) == 64 and dialog.copy_head_button.isVisibleTo(dialog)
    dialog.copy_head_button.click()
    assert QApplication.clipboard().text() == head


def test_the_window_asks_now_and_then_for_the_head_to_be_kept_elsewhere(qtbot, window, store, clock) -> None:
    """Issue 22 point 10: only a head kept outside the file shows a rewrite; a month without one is reminded."""
    with store.write() as session:
        organisation.update(session, name="Head Keeper Oy")  # a trail with an entry has a head to keep
    assert window.remind_of_audit_head()  # never copied out: the banner asks
    assert "audit trail's head" in window.banner.text()
    dialog = window.open_audit_trail()
    dialog.verify()
    qtbot.waitUntil(lambda: dialog.copy_head_button.isVisibleTo(dialog), timeout=10000)
    from PySide6.QtCore import QUrl, QUrlQuery

    mail = dialog.head_mail_url()  # or e-mailed: a new message with the head and how to check it
    body = QUrlQuery(mail.query()).queryItemValue("body", QUrl.ComponentFormattingOption.FullyDecoded)
    assert dialog.mail_head_button.isVisibleTo(dialog) and mail.scheme() == "mailto"
    assert f"--expect-head {dialog.head_field.text()}" in body
    dialog.copy_head_button.click()
    assert not window.remind_of_audit_head()  # copied today
    clock.advance(days=29)
    assert not window.remind_of_audit_head()
    clock.advance(days=1)
    assert window.remind_of_audit_head()  # a month on, asked again


@pytest.mark.file_only("backups, restores, passphrases and raw SQLCipher edits are the encrypted file's")
def test_audit_trail_dialog_reports_a_broken_chain(qtbot, window, store, store_path: Path) -> None:
    for name in ("A Oy", "B Oy", "C Oy"):
        with store.write() as session:
            organisation.update(session, name=name)
    conn = keying.connect(store_path, PASSPHRASE)
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE id = 2")
    conn.close()
    dialog = window.open_audit_trail()
    dialog.verify()
    qtbot.waitUntil(lambda: "broken at entry 2" in dialog.verify_label.text(), timeout=10000)


@pytest.mark.file_only("counts the file's open handles; unlocking on a server: tests/ui/test_others_changes.py")
def test_lock_hides_data_closes_every_connection_and_dialog(qtbot, window, store, store_path: Path) -> None:
    window.ops.change(lambda session: settings.put(session, "lock.idle_minutes", 3))  # as the settings page does
    qtbot.waitUntil(lambda: window.idle_timer.interval() == 3 * 60_000, timeout=10000)  # applied at once
    dialog = window.open_audit_trail()
    window.wait_loaded()
    assert _open_fds_to(store_path)  # the store is open while unlocked
    window.idle_timer.timeout.emit()  # the idle time is up
    assert window.locked and not store.is_open and store._engine is None
    assert window.central.currentWidget() is window.lock_screen and window.pages == {}
    assert not dialog.isVisible()
    assert not window.menuBar().isEnabled()
    assert _open_fds_to(store_path) == []  # no connection, no file handle left
    assert _functions_holding(store_path, PASSPHRASE) == []  # the key's only holder is gone
    assert window.unlock(PASSPHRASE)
    assert _functions_holding(store_path, PASSPHRASE)  # the check above can see one when it exists


def _functions_holding(path: Path, passphrase: str) -> list[object]:
    """Live functions whose closure holds both this store's path and the passphrase (the engine's creator)."""
    import gc
    import types

    gc.collect()
    found = []
    for obj in gc.get_objects():
        if isinstance(obj, types.FunctionType) and obj.__closure__:
            values = []
            for cell in obj.__closure__:
                try:
                    values.append(cell.cell_contents)
                except ValueError:
                    continue
            holds_key = any(isinstance(v, str) and v == passphrase for v in values)
            if holds_key and any(isinstance(v, Path) and v == path for v in values):
                found.append(obj)
    return found


@pytest.mark.file_only("backups, restores, passphrases and raw SQLCipher edits are the encrypted file's")
def test_backup_from_the_window_while_it_is_open(qtbot, window, store, tmp_path: Path) -> None:
    from dpo_desk.ui.dialogs.backup import back_up

    with store.write() as session:
        organisation.update(session, name="Window Backup Oy")
    made: list[Path] = []
    back_up(window.ops, window, str(tmp_path / "w.dpodesk"), on_done=made.append)
    qtbot.waitUntil(lambda: bool(made), timeout=10000)
    with Store.open(made[0], PASSPHRASE) as copy, copy.read() as session:
        assert organisation.get(session).name == "Window Backup Oy"


@pytest.mark.file_only("backups, restores, passphrases and raw SQLCipher edits are the encrypted file's")
def test_restore_dialog_checks_before_it_offers_to_restore(qtbot, store, tmp_path: Path) -> None:
    from dpo_desk.ui.dialogs.backup import RestoreDialog

    backup = make_backup(store, tmp_path / "b.dpodesk")
    dialog = RestoreDialog(store.path, backup=str(backup))
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText("wrong passphrase")
    assert not dialog.check() and "passphrase" in dialog.result.text().lower()
    dialog.passphrase_edit.setText(PASSPHRASE)
    assert dialog.check() and dialog.checked.revision
    assert dialog.buttons.buttons()[0].isEnabled()


@pytest.mark.file_only("backups, restores, passphrases and raw SQLCipher edits are the encrypted file's")
def test_restore_from_the_window_reopens_the_restored_store(qtbot, window, store, tmp_path: Path) -> None:
    with store.write() as session:
        organisation.update(session, name="Restored Oy")
    backup = make_backup(store, tmp_path / "b.dpodesk")
    with store.write() as session:
        organisation.update(session, name="Later Oy")
    window.restore_backup(backup, PASSPHRASE)
    qtbot.waitUntil(lambda: window.ops.store is not store and bool(window.pages), timeout=20000)
    with window.ops.store.read() as session:
        assert organisation.get(session).name == "Restored Oy"


@pytest.mark.file_only("backups, restores, passphrases and raw SQLCipher edits are the encrypted file's")
def test_change_passphrase_from_the_window(qtbot, window, store, store_path: Path) -> None:
    from dpo_desk.ui.dialogs.rekey import RekeyDialog

    dialog = RekeyDialog()
    qtbot.addWidget(dialog)
    dialog.current.setText(PASSPHRASE)
    dialog.first.setText(NEW)
    dialog.second.setText(NEW + "x")
    assert "differ" in dialog.problem.text()
    dialog.second.setText(NEW)
    assert dialog.problem.text() == ""

    window.change_passphrase("not the current one", NEW)
    qtbot.waitUntil(lambda: bool(window.pages), timeout=20000)
    assert store.is_open  # refused before anything was touched
    assert "passphrase" in window.last_problem.lower()
    window.ops.wait_idle()

    window.change_passphrase(PASSPHRASE, NEW)
    qtbot.waitUntil(lambda: window.ops.store is not store and bool(window.pages), timeout=20000)
    assert window.ops.store.is_open and not store.is_open
    with pytest.raises(WrongPassphrase):
        keying.connect(store_path, PASSPHRASE)
    keying.connect(store_path, NEW).close()
    window.lock()
    assert not window.unlock(PASSPHRASE)
    assert window.unlock(NEW)


def test_attachments_panel_adds_opens_saves_and_removes(qtbot, store, tmp_path: Path) -> None:
    from dpo_desk.ui.ops import Ops
    from dpo_desk.ui.widgets.attachments import AttachmentsPanel, remove_all_copies

    source = tmp_path / "letter.txt"
    source.write_text("Dear DPO, please erase my data.")
    temp = tmp_path / "temp"
    temp.mkdir()
    opened: list[Path] = []
    panel = AttachmentsPanel(Ops(store), open_external=opened.append, temp_base=str(temp))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.attachments_did_load, timeout=10000):
        panel.set_case("DSR-2026-0001")
    assert panel.empty.isVisibleTo(panel)
    with qtbot.waitSignal(panel.attachments_did_load, timeout=10000):
        panel.add_files([str(source)])
    assert panel.table.item(0, 0).text() == "letter.txt"
    panel.table.selectRow(0)
    panel.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened[0].read_text() == "Dear DPO, please erase my data."
    saved = tmp_path / "saved.txt"
    panel.save_selected(str(saved))
    qtbot.waitUntil(lambda: saved.exists(), timeout=10000)
    remove_all_copies()
    assert list(temp.iterdir()) == []  # no plaintext left behind
    with qtbot.waitSignal(panel.attachments_did_load, timeout=10000):
        panel.remove_selected(confirm=False)
    with store.read() as session:
        assert attachments.list_for(session, "DSR-2026-0001") == []


def test_an_over_limit_file_is_refused_in_the_panel(qtbot, store, tmp_path: Path) -> None:
    from dpo_desk.ui.ops import Ops
    from dpo_desk.ui.widgets.attachments import AttachmentsPanel

    with store.write() as session:
        settings.put(session, "attachments.max_megabytes", 1)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (2 * 1024 * 1024))
    panel = AttachmentsPanel(Ops(store))
    qtbot.addWidget(panel)
    panel.set_case("BR-2026-0001")
    panel.add_files([str(big)])
    # the window's words, naming the setting as Settings shows it (the command line names attachments.max_megabytes)
    qtbot.waitUntil(lambda: "is over the limit of 1 MB" in panel.message.text(), timeout=10000)
    assert "largest attachment accepted" in panel.message.text()
    with store.read() as session:
        assert attachments.list_for(session, "BR-2026-0001") == []


@pytest.mark.file_only("a second process writing the same file")
def test_window_and_command_line_write_at_the_same_time(qtbot, window, store, store_path: Path) -> None:
    env = dict(os.environ, DPO_DESK_PASSPHRASE=PASSPHRASE)
    cli = subprocess.Popen(
        [sys.executable, "-c", _CLI_LOOP, str(store_path)], env=env, stdout=subprocess.PIPE, text=True
    )
    done: list[int] = []
    for n in range(15):
        window.ops.change(
            lambda session, n=n: settings.put(session, "backups.keep", n + 1), lambda _r, n=n: done.append(n)
        )
    qtbot.waitUntil(lambda: len(done) == 15, timeout=60000)
    out, _ = cli.communicate(timeout=120)
    assert cli.returncode == 0
    assert len(out.split()) == 15
    from dpo_desk.services import audit_trail

    with store.read() as session:
        assert audit_trail.verify(session).ok
        assert settings.get(session, "backups.keep") == 15
        assert len(attachments.list_for(session, "DSR-2026-0009")) == 15


_CLI_LOOP = """
import sys
from dpo_desk.cli.main import main
from pathlib import Path
source = Path(sys.argv[1]).with_name("cli-note.txt")
source.write_text("note")
for n in range(15):
    assert main(["--store", sys.argv[1], "attachment", "add", "DSR-2026-0009", str(source)]) == 0
"""


@pytest.mark.file_only("backups, restores, passphrases and raw SQLCipher edits are the encrypted file's")
def test_the_window_makes_todays_backup_once(qtbot, window, store, store_path: Path) -> None:
    from dpo_desk.store.backup import backups_folder

    window.daily_backup()
    window.wait_loaded()
    window.daily_backup()
    window.wait_loaded()
    made = list(backups_folder(store_path).iterdir())
    assert len(made) == 1 and "-daily-" in made[0].name
    assert "Daily backup written" in window.statusBar().currentMessage()


def test_retention_dialog_previews_purges_and_the_trail_shows_what_went(qtbot, store) -> None:
    from dpo_desk.services import requests
    from dpo_desk.ui.dialogs.audit_trail import AuditTrailDialog
    from dpo_desk.ui.dialogs.retention import RetentionDialog
    from dpo_desk.ui.ops import Ops
    from tests.safety.test_retention import AS_OF, PROBE, _cases

    refs = _cases(store)
    ops = Ops(store)
    dialog = RetentionDialog(ops, as_of=AS_OF)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    shown = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert shown == [refs["breach"], refs["old"], refs["scan"]]
    assert dialog.table.item(1, 0).text() == "the whole case"
    assert "closed cases 2, ID documents 1" in dialog.summary.text()
    dialog.purge(confirm=False)
    qtbot.waitUntil(lambda: "Purged closed cases 2" in dialog.summary.text(), timeout=10000)
    with store.read() as session:
        assert [r.reference for r in requests.list_views(session, requests.Filters())] == [refs["kept"]]

    trail = AuditTrailDialog(ops, record=refs["old"])
    qtbot.addWidget(trail)
    qtbot.waitUntil(lambda: trail.model.rowCount() > 0 and not trail.model.loading, timeout=10000)
    trail.table.selectRow(trail.model.rowCount() - 1)  # the oldest: the request's creation
    qtbot.waitUntil(lambda: trail.details.rowCount() > 0, timeout=5000)
    cells = [trail.details.item(r, c).text() for r in range(trail.details.rowCount()) for c in (1, 2)]
    assert set(cells) == {"removed by retention purge"} and PROBE not in trail.details_title.text()
    assert "retention purge" in trail.details_title.text()
    ops.wait_idle()


def test_the_head_prints_on_a_page_with_how_to_check_it(qtbot, window, store, clock, tmp_path: Path) -> None:
    """Issue 22 point 10: the head can go on paper; printing it counts as keeping it elsewhere."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    with store.write() as session:
        organisation.update(session, name="Paper Trail Oy")
    dialog = window.open_audit_trail()
    dialog.verify()
    qtbot.waitUntil(lambda: dialog.print_head_button.isVisibleTo(dialog), timeout=10000)
    head = dialog.head_field.text()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "head.pdf"))
    dialog.head_document().print_(printer)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "head.pdf").pages)
    assert head in text.replace("\n", "")
    assert f"--expect-head {head}" in text.replace("\n", " ").replace("  ", " ")
    assert window.ops.today().isoformat() in text
    assert window.remind_of_audit_head()  # nothing kept yet
    dialog.print_head()
    dialog.head_preview.accept()  # as the preview's Print button does after printing
    assert not window.remind_of_audit_head()


def test_every_audit_action_is_worded_in_finnish_and_swedish(qtbot) -> None:
    """The trail's "What" column says "Luonti", not "create": every action the core writes has a wording,
    and every action written by hand in the core is one of `ACTIONS`."""
    import ast

    from dpo_desk.store.audit import ACTIONS
    from dpo_desk.ui import i18n
    from dpo_desk.ui.dialogs.audit_trail import action_words

    root = Path(__file__).resolve().parents[2] / "dpo_desk"
    written = set()
    for source in root.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "append_entry",
                "_audited",
            ):
                literal = node.args[1] if len(node.args) > 1 else None
                if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                    written.add(literal.value)
    assert written and written <= set(ACTIONS), written - set(ACTIONS)
    i18n.install("en")
    english = action_words()
    assert set(english) == set(ACTIONS)
    try:
        for language in ("fi", "sv"):
            i18n.install(language)
            for action, text in action_words().items():
                assert text and text != english[action], (language, action)
    finally:
        i18n.install("en")
