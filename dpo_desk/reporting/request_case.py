"""A rights request's case record (every field and the timeline), the report of its evidence bundle.

Worded with the request log's labels (`reports/request-log/<lang>.json`), so the record and the
log name each field the same way; one `document.Document`, written as PDF, .docx or .odt.
"""

from __future__ import annotations

import os
from pathlib import Path

from dpo_desk.domain.timeparse import local_iso
from dpo_desk.reporting import document
from dpo_desk.reporting.document import Document, Grid, Heading, Paragraph
from dpo_desk.reporting.labels import labels
from dpo_desk.reporting.request_log import COLUMNS, REPORT, row_values
from dpo_desk.services.evidence import RequestCase


def case_document(case: RequestCase) -> Document:
    view, org, words = case.request, case.organisation, labels(REPORT, case.lang)
    values = row_values(view, words)
    rows = [
        (words["columns"][name], "" if value is None else str(value))
        for name, value in zip(COLUMNS, values, strict=True)
    ]
    timeline = tuple((event.on.isoformat(), event.kind, event.text) for event in view.timeline)
    blocks = [
        Heading(f"{words['case_title']} — {view.reference}", 0),
        document.fields(rows),
        Heading(words["timeline"]),
        Grid(tuple(words["timeline_columns"]), timeline, (0.15, 0.25, 0.6)),
        Paragraph(words["printed"].format(printed=local_iso(case.now, org.timezone)), "small"),
    ]
    return Document(
        title=f"{words['case_title']} — {view.reference}",
        reference=view.reference,
        page_label=words["page"],
        author=org.name,
        letterhead=document.organisation_lines(org),
        blocks=tuple(blocks),
        lang=case.lang,
    )


def write_case(case: RequestCase, target: str | os.PathLike[str]) -> Path:
    return document.write(case_document(case), target)
