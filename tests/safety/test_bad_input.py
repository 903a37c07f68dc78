"""Bad input everywhere: one clear line, no traceback, nothing stored; reports escape what they print."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpo_desk.cli.main import main
from dpo_desk.outputs import safe_filename
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

FIXTURE_OK = settings(
    max_examples=12, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# Text a user could type or paste: letters, digits, punctuation, markup characters, odd Unicode, controls.
TYPED = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=60,
)


def _run(store_path: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--store", str(store_path), *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def reader(store_path: Path):
    """One open store for reading the state between examples (opening costs a key derivation)."""
    from dpo_desk.store import Store

    with Store.open(store_path, PASSPHRASE) as store:
        yield store


def _state(store) -> tuple[dict[str, str], int]:
    from dpo_desk.services import audit_trail, organisation

    with store.read() as session:
        return organisation.get(session).to_json(), audit_trail.count(session)


@FIXTURE_OK
@given(name=TYPED, email=TYPED, timezone=st.sampled_from(["Europe/Helsinki", "Mars/Olympus", "", "UTC", "../etc"]))
def test_org_set_answers_in_one_line_and_stores_nothing_it_refuses(
    store_path: Path, reader, monkeypatch: pytest.MonkeyPatch, name: str, email: str, timezone: str
) -> None:
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    before = _state(reader)
    code, _, err = _run(store_path, "org", "set", "--name", name, "--dpo-email", email, "--timezone", timezone)
    assert "Traceback" not in err
    if code == 0:
        assert _state(reader)[0]["name"] == name.strip()
    else:
        assert code in (1, 2) and len(err.strip().splitlines()) == 1, err
        assert _state(reader) == before


@pytest.mark.file_only("backups are the file's; a server is backed up by its own means")
@FIXTURE_OK
@given(name=TYPED)
def test_backup_paths_from_any_text_never_crash(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    before = store_path.read_bytes()
    target = str(folder / name) if name else ""
    code, out, err = _run(store_path, "backup", target)
    assert "Traceback" not in err
    if code == 0:
        made = Path(out.rstrip("\n").splitlines()[-1])
        assert made.is_file() and made.stat().st_mode & 0o077 == 0
        assert folder in made.parents or made.parent == folder
    else:
        assert len(err.strip().splitlines()) == 1, err
    assert store_path.read_bytes()[:4096] == before[:4096]  # the store's header page is untouched
    assert not [p for p in folder.rglob("*") if p.name.startswith(".") and "partial" in p.name]


@settings(max_examples=200, deadline=None)
@given(TYPED)
def test_safe_filename_never_leaves_a_path_or_a_hidden_name(text: str) -> None:
    name = safe_filename(text)
    assert name and len(name) <= 80
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert name.isascii() and name.isprintable()
    assert name not in (".", "..")


MARKUPISH = st.text(alphabet=st.sampled_from(list("<>&;'\"/= abcxyzÅäö€Дé#")), min_size=1, max_size=40).filter(
    lambda t: t.strip()
)


@settings(max_examples=25, deadline=None)
@given(MARKUPISH)
def test_pdf_prints_markup_literally(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    from pypdf import PdfReader

    from dpo_desk.reporting import pdf

    out = tmp_path_factory.mktemp("pdf") / "r.pdf"
    styles = pdf.Styles()
    pdf.build_pdf(out, [pdf.para(text, styles.body)], title="T", reference="R-1")
    read = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "".join(text.split()) in read


@settings(max_examples=60, deadline=None)
@given(TYPED)
def test_workbooks_never_hold_a_formula(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    from openpyxl import load_workbook

    from dpo_desk.errors import InvalidInput
    from dpo_desk.reporting.xlsx import WorkbookWriter

    book = WorkbookWriter()
    sheet = book.sheet("S", ["Text"])
    try:
        sheet.append([text])
    except InvalidInput as refused:
        assert text not in str(refused) or not text.strip()  # the message names the cell, not the value
        return
    out = tmp_path_factory.mktemp("xlsx") / "r.xlsx"
    book.save(out)
    cell = load_workbook(out).active.cell(row=2, column=1)
    assert cell.data_type != "f"
    assert (cell.value or "") == text or (cell.value or "") == text.replace("\r\n", "\n").replace("\r", "\n")


def test_no_plaintext_is_left_in_the_temporary_folder_after_commands(store_path: Path, tmp_path: Path, engine) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"Visible Temp Probe " * 100)
    env = dict(os.environ, DPO_DESK_PASSPHRASE=PASSPHRASE, TMPDIR=str(temp), DPO_DESK_NEW_PASSPHRASE=PASSPHRASE + "2")
    commands = [
        ["org", "set", "--name", "Temp Probe Oy"],
        ["attachment", "add", "DSR-2026-0001", str(source), "--kind", "id-document"],
        ["attachment", "list", "DSR-2026-0001", "--json"],
        ["audit", "verify"],
        ["export", "--json", str(tmp_path / "e.json")],
    ]
    if engine == "sqlite":  # a server is backed up and keyed by its own means
        commands += [["backup", str(tmp_path / "b.dpodesk")], ["rekey"]]
    for args in commands:
        done = subprocess.run(
            [sys.executable, "-m", "dpo_desk", "--store", str(store_path), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, (args, done.stderr)
    assert list(temp.rglob("*")) == []


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TYPED,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TYPED, inner, max_size=3),
    max_leaves=6,
)


@pytest.fixture
def export_file(store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An export of a store holding an organisation, a setting and an attachment."""
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    source = tmp_path / "note.txt"
    source.write_text("note")
    for args in (
        ("org", "set", "--name", "Export Oy"),
        ("attachment", "add", "DSR-2026-0001", str(source)),
        ("export", "--json", str(tmp_path / "export.json")),
    ):
        assert _run(store_path, *args)[0] == 0
    return tmp_path / "export.json"


@FIXTURE_OK
@given(data=st.data())
def test_an_import_with_any_value_changed_is_taken_or_refused_in_one_line(
    store_path: Path, reader, export_file: Path, tmp_path: Path, data: st.DataObject
) -> None:
    import json

    document = json.loads(export_file.read_text())
    rows = [(t, i) for t, table in document["tables"].items() for i, _ in enumerate(table)]
    table, index = data.draw(st.sampled_from(rows))
    column = data.draw(st.sampled_from(sorted(document["tables"][table][index])))
    document["tables"][table][index][column] = data.draw(JSON_VALUES)
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document))
    before = _state(reader)
    code, _, err = _run(store_path, "import", str(changed))
    assert "Traceback" not in err and "internal error" not in err, err
    if code != 0:
        assert len(err.strip().splitlines()) == 1, err
        assert _state(reader) == before


@FIXTURE_OK
@given(st.binary(max_size=200) | TYPED.map(str.encode))
def test_an_import_of_any_bytes_is_refused_in_one_line(
    store_path: Path, reader, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, raw: bytes
) -> None:
    source = tmp_path / "garbage.json"
    source.write_bytes(raw)
    before = _state(reader)
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    code, _, err = _run(store_path, "import", str(source))
    assert code != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert _state(reader) == before


@settings(max_examples=200, deadline=None)
@given(TYPED)
def test_attachment_names_from_any_text_stay_inside_their_folder(text: str) -> None:
    from dpo_desk.errors import InvalidInput
    from dpo_desk.services.attachments import clean_filename

    try:
        name = clean_filename(text)
    except InvalidInput:
        return
    assert name and "/" not in name and "\\" not in name and name not in (".", "..")
    assert all(ord(c) >= 32 and ord(c) != 127 for c in name) and len(name) <= 255
