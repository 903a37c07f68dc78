"""Issue 22, point 5: the crash log keeps where an internal error happened, never the case's data."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.both_engines

SUBJECT = "Salainen Henkilö Virtanen"


def test_an_internal_error_logs_locations_and_types_but_no_data(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.platypus.doctemplate import LayoutError

    from dpo_desk.reporting import request_letters

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    reference = cli("request", "add", "--type", "access", "--received", "2026-11-20", "--subject", SUBJECT).last_line

    def too_big(letter, *args, **kwargs):  # what ReportLab says about a paragraph that does not fit a page
        name = letter.request.subject_name
        try:
            raise ValueError(f"cannot fit {name!r}")
        except ValueError as inner:
            raise LayoutError(f"Flowable <Paragraph '{name}'> too large on page 1") from inner

    monkeypatch.setattr(request_letters, "letter_document", too_big)
    failed = cli("request", "letter", reference, "--kind", "acknowledgement", "--pdf", tmp_path / "l.pdf", ok=False)
    assert failed.code == 70 and SUBJECT not in failed.err
    log = next((tmp_path / "state").rglob("crash.log"))
    text = log.read_text(encoding="utf-8")
    assert "reportlab.platypus.doctemplate.LayoutError" in text and "builtins.ValueError" in text
    assert "request_letters.py" in text or "test_crash_log.py" in text
    for word in [*SUBJECT.split(), "too large", "cannot fit"]:
        assert word not in text
    assert log.stat().st_mode & 0o077 == 0
