"""The printed register of subprocessors: landscape A4, one row per entry, the header on every page.

The organisation and the "as of" date head the first page; every page says "page x of y" and the
report's name. Long text wraps inside its cell. The entries are plain text in a `pdf.paged_table`
(never parsed as markup, so `<b>` or `&` print as typed), which lays out 5,000 entries in seconds;
the heading's user text is escaped (reporting.pdf.para). DejaVu is embedded so every name prints.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from dpo_desk.reporting import pdf
from dpo_desk.reporting.register_data import (
    countries_text,
    finding_lines,
    report_labels,
    status_text,
    transfer_lines,
)
from dpo_desk.reporting.wording import date_text
from dpo_desk.services.reports import RegisterReport

__all__ = ["write_pdf"]

# Share of the frame width per column; they add up to 1.
_COLUMNS = (
    ("col_reference", 0.065),
    ("col_name", 0.115),
    ("col_service_purpose", 0.115),
    ("col_country", 0.085),
    ("col_processing", 0.095),
    ("col_categories", 0.10),
    ("col_transfers", 0.16),
    ("col_dpa", 0.075),
    ("col_status", 0.075),
    ("col_warnings", 0.115),
)


def write_pdf(
    report: RegisterReport,
    target: str | os.PathLike[str],
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Writes the register; `progress(entries laid out, entries)` after each page (raise in it to stop)."""
    words, lang, org = report_labels(report), report.lang, report.organisation
    styles = pdf.Styles(base_size=9)
    width = pdf.frame_width(wide=True)
    heading = pdf.fields_table(
        [
            (words["organisation"], org.name),
            (words["business_id"], org.business_id),
            (words["dpo"], ", ".join(p for p in (org.dpo_name, org.dpo_email, org.dpo_phone) if p)),
            (words["as_of"].format(date="").strip(), date_text(report.as_of, words.lang)),
        ],
        styles,
        width * 0.6,
        label_share=0.3,
    )
    heading.hAlign = "LEFT"
    story = [
        pdf.para(words["title"], styles.title),
        pdf.para(words["subtitle"], styles.subtitle),
        heading,
        pdf.spacer(2),
        pdf.para(words["adequacy_as_of"].format(date=date_text(report.adequacy_as_of, words.lang)), styles.small),
        pdf.para(words["rule"], styles.small),
        pdf.spacer(3),
    ]
    if not report.entries:
        story.append(pdf.para(words["empty"], styles.body))
    else:
        rows = []
        for e in report.entries:
            name = "\n".join(p for p in (e.name, e.legal_entity_id, e.address, e.contact, e.website) if p)
            service = e.service + (f"\n{e.purpose}" if e.purpose else "") + (f"\n{e.serves}" if e.serves else "")
            categories = "\n".join(p for p in (", ".join(e.data_categories), ", ".join(e.subject_categories)) if p)
            rows.append(
                [
                    e.reference,
                    name,
                    service,
                    countries_text([e.country], lang),
                    countries_text(e.processing_countries, lang),
                    categories or words["none"],
                    transfer_lines(e, words, lang),
                    date_text(e.dpa_signed_on, words.lang, words["none"]),
                    status_text(e, words),
                    finding_lines(e, words) or words["none"],
                ]
            )
        headers = [words[key] for key, _ in _COLUMNS]
        # Plain text wrapped by pdf.paged_table: thousands of entries lay out in seconds, not minutes.
        # Narrow cells: little side padding leaves room for a whole date on one line.
        widths = [width * share for _, share in _COLUMNS]
        story.append(pdf.paged_table(headers, rows, widths, wide=True, progress=progress))
    generated = words["generated"].format(date=date_text(report.as_of, words.lang))
    story += [pdf.spacer(3), pdf.para(generated, styles.small)]
    pdf.build_pdf(
        target,
        story,
        title=words["title"],
        reference=f"{words['title']} · {org.name} · {date_text(report.as_of, words.lang)}",
        page_label=words["page"],
        wide=True,
        author=org.dpo_name,
    )
