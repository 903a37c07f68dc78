"""Art. 19: the recipients of an erased person's data, a notice to each, and the deadline until all are settled."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

pytestmark = pytest.mark.both_engines


def _erasure_with_recipients(cli) -> str:
    cli("org", "set", "--name", "Vastaanotto Oy", "--dpo-email", "dpo@vastaanotto.example")
    cli("subprocessor", "add", "--name", "Pilvi & <Co>", "--service", "Hosting", "--country", "FI")
    activity = cli(
        "records", "add", "--name", "Newsletter", "--role", "controller", "--purpose", "Marketing",
        "--legal-basis", "consent", "--recipients", "Postitus Oy,Painotalo Ab", "--subprocessors", "SP-0001",
    ).last_line  # fmt: skip
    request = cli("request", "add", "--type", "erasure", "--received", "2026-11-02", "--subject", "Eero Esim").last_line
    cli("records", "link", activity, request)
    return request


def test_recipients_are_listed_told_and_excused_and_the_deadline_goes(cli, tmp_path: Path) -> None:
    request = _erasure_with_recipients(cli)
    names = [r["name"] for r in cli("request", "recipients", request, "--json").json()]
    assert names == ["Postitus Oy", "Painotalo Ab", "Pilvi & <Co>"]
    refused = cli("request", "notify-recipients", request, "--docx", tmp_path, ok=False)
    assert "not a rectification, erasure or restriction closed" in refused.err  # not carried out yet

    cli("request", "close", request, "--outcome", "fulfilled", "--replied", "2026-11-20")
    deadlines = {(d["reference"], d["kind"]): d for d in cli("deadlines", "--json").json()}
    assert deadlines[(request, "tell-recipients")]["due"] == "2026-12-20"  # 30 days, the setting's default

    unknown = cli("request", "notify-recipients", request, "--except", "Nobody", "--reason", "x", ok=False)
    assert "--except" in unknown.err and "Postitus Oy" in unknown.err
    out = tmp_path / "notices"
    out.mkdir()
    cli("request", "notify-recipients", request, "--docx", out, "--lang", "en",
        "--except", "Painotalo Ab", "--reason", "Went out of business; no one to tell")  # fmt: skip
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 2 and all(name.endswith(".docx") for name in written)
    texts = ["\n".join(p.text for p in docx.Document(str(out / name)).paragraphs) for name in written]
    assert any("Pilvi & <Co>" in text for text in texts) and all(
        "Eero Esim"
        in "".join(
            cell.text for table in docx.Document(str(out / name)).tables for row in table.rows for cell in row.cells
        )
        for name in written
    )
    assert all("Article 17" in text and "erase" in text for text in texts)

    listed = {r["name"]: r for r in cli("request", "recipients", request, "--json").json()}
    assert listed["Postitus Oy"]["outcome"] == "told" and listed["Painotalo Ab"]["outcome"] == "excused"
    assert listed["Painotalo Ab"]["reason"] == "Went out of business; no one to tell"
    assert not [d for d in cli("deadlines", "--json").json() if d["kind"] == "tell-recipients"]

    ics = tmp_path / "d.ics"
    cli("deadlines", "--ics", ics)
    assert "tell-recipients" not in ics.read_text()
    letter = tmp_path / "done.odt"
    cli("request", "letter", request, "--kind", "completion", "--odt", letter, "--lang", "en")
    with zipfile.ZipFile(letter) as packed:
        content = packed.read("content.xml").decode("utf-8")
    assert "recipients to whom your data were disclosed" in content and "Painotalo Ab" in content


def test_the_deadline_is_in_the_calendar_while_someone_is_not_told(cli, tmp_path: Path) -> None:
    request = _erasure_with_recipients(cli)
    cli("request", "close", request, "--outcome", "partially-fulfilled", "--reason", "Kept by law",
        "--replied", "2026-11-20")  # fmt: skip
    ics = tmp_path / "d.ics"
    cli("deadlines", "--ics", ics)
    assert "tell-recipients" in ics.read_text()
    cli("request", "notify-recipients", request, "--pdf", tmp_path,
        "--except", "Postitus Oy", "--reason", "Unknown address",
        "--except", "Painotalo Ab", "--reason", "Closed down")  # fmt: skip
    cli("deadlines", "--ics", ics, "--force")
    assert "tell-recipients" not in ics.read_text()  # every recipient told (Pilvi) or excused
    assert cli("request", "notify-recipients", request, "--pdf", tmp_path).out.count("Wrote") == 0
    again = cli("request", "notify-recipients", request, "--except", "Postitus Oy", "--reason", "Twice", ok=False)
    assert "already excused" in again.err  # a settled recipient stays as recorded
