"""The annual report as PDF: the year's rights requests, breaches and register changes, in fi, sv or en.

Every label comes from `reports/annual-report/<lang>.json`. Codes (request types, outcomes, causes)
print through the label file's tables; a code the file does not know prints as itself, so a new
kind added by a module still shows up instead of vanishing.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from dpo_desk.reporting import pdf
from dpo_desk.reporting.labels import Labels, labels
from dpo_desk.reporting.wording import date_text
from dpo_desk.services import annual_report
from dpo_desk.services.reports import AnnualReport

REPORT = "annual-report"


def write_annual_report(report: AnnualReport, path: str | os.PathLike[str]) -> annual_report.AnnualFigures:
    """Writes the report of `report.figures`' year to `path` (atomically); returns the figures printed."""
    render(report.figures, path, labels(REPORT, report.lang), report.today)
    return report.figures


def _number(value: float, words: Labels, digits: int = 1) -> str:
    return f"{value:.{digits}f}".replace(".", words["decimal_separator"])


def _share(value: float | None, words: Labels) -> str:
    return words["none_yet"] if value is None else f"{_number(100 * value, words)} %"


def _name(table: str, code: str, words: Labels) -> str:
    return words[table].get(code, code)


def _counts_table(
    heading: str, table: str, counts: dict[str, int], words: Labels, styles: pdf.Styles, width: float
) -> list[Any]:
    if not counts:
        return pdf.section(heading, [pdf.para(words["none_in_year"], styles.body)], styles)
    known = list(words[table])
    order = sorted(counts, key=lambda c: (known.index(c) if c in known else len(known), c))
    rows = [[_name(table, code, words), counts[code]] for code in order]
    rows.append([words["total"], sum(counts.values())])
    return pdf.section(
        heading,
        [pdf.data_table([words["column_kind"], words["column_count"]], rows, styles, [width * 0.7, width * 0.3])],
        styles,
    )


def _requests_part(figures: annual_report.RequestFigures, words: Labels, styles: pdf.Styles, width: float) -> list[Any]:
    median = figures.median_days_to_close
    rows = [
        (words["requests_total"], figures.total),
        (words["requests_closed"], figures.closed),
        (words["requests_on_time"], figures.answered_on_time),
        (words["requests_on_time_share"], _share(figures.on_time_share, words)),
        (words["requests_median_days"], words["none_yet"] if median is None else _number(median, words)),
    ]
    story = pdf.section(words["requests_heading"], [pdf.fields_table(rows, styles, width, 0.55)], styles)
    story += _counts_table(words["requests_by_type"], "request_types", figures.by_type, words, styles, width)
    story += _counts_table(words["requests_by_outcome"], "request_outcomes", figures.by_outcome, words, styles, width)
    return story


def _breaches_part(figures: annual_report.BreachFigures, words: Labels, styles: pdf.Styles, width: float) -> list[Any]:
    rows = [
        (words["breaches_total"], figures.total),
        (words["breaches_notified"], figures.notified),
        (words["breaches_notified_late"], figures.notified_late),
        (words["breaches_not_notified"], figures.not_notified),
    ]
    story = pdf.section(words["breaches_heading"], [pdf.fields_table(rows, styles, width, 0.55)], styles)
    story += _counts_table(words["breaches_by_cause"], "breach_causes", figures.by_cause, words, styles, width)
    story += _counts_table(words["breaches_by_risk"], "breach_risks", figures.by_risk, words, styles, width)
    return story


def _register_part(
    figures: annual_report.RegisterFigures, words: Labels, styles: pdf.Styles, width: float
) -> list[Any]:
    rows = [
        (words["register_added"], figures.added),
        (words["register_retired"], figures.retired),
        (words["register_announced"], figures.announced),
    ]
    return pdf.section(words["register_heading"], [pdf.fields_table(rows, styles, width, 0.55)], styles)


def _months_part(data: annual_report.AnnualFigures, words: Labels, styles: pdf.Styles, width: float) -> list[Any]:
    requests = data.requests.by_month if data.requests else {}
    breaches = data.breaches.by_month if data.breaches else {}
    absent = words["not_in_use_short"]
    rows = [
        [
            words["month_names"][int(month[5:]) - 1],
            requests.get(month, 0) if data.requests else absent,
            breaches.get(month, 0) if data.breaches else absent,
        ]
        for month in data.months
    ]
    headers = [words["column_month"], words["column_requests"], words["column_breaches"]]
    table = pdf.data_table(headers, rows, styles, [width * 0.4, width * 0.3, width * 0.3])
    return pdf.section(words["months_heading"], [table], styles)


def _not_in_use(heading: str, words: Labels, styles: pdf.Styles) -> list[Any]:
    return pdf.section(heading, [pdf.para(words["not_in_use"], styles.body)], styles)


def render(data: annual_report.AnnualFigures, path: str | os.PathLike[str], words: Labels, today: dt.date) -> None:
    styles = pdf.Styles()
    width = pdf.frame_width()
    org = data.organisation
    title = words["title"].format(year=data.year)
    story: list[Any] = [
        pdf.para(title, styles.title),
        pdf.para(org.name or words["organisation_unnamed"], styles.subtitle),
        pdf.fields_table(
            [
                (words["business_id"], org.business_id),
                (words["period"], f"{date_text(data.start, words.lang)} – {date_text(data.end, words.lang)}"),
                (words["dpo"], " · ".join(p for p in (org.dpo_name, org.dpo_email, org.dpo_phone) if p)),
                (words["written_on"], date_text(today, words.lang)),
            ],
            styles,
            width,
        ),
        pdf.spacer(),
        pdf.para(words["introduction"], styles.body),
    ]
    if data.requests is not None:
        story += _requests_part(data.requests, words, styles, width)
    else:
        story += _not_in_use(words["requests_heading"], words, styles)
    if data.breaches is not None:
        story += _breaches_part(data.breaches, words, styles, width)
    else:
        story += _not_in_use(words["breaches_heading"], words, styles)
    if data.register is not None:
        story += _register_part(data.register, words, styles, width)
    else:
        story += _not_in_use(words["register_heading"], words, styles)
    story += _months_part(data, words, styles, width)
    notes = [flowable for note in words["rules"] for flowable in (pdf.para(note, styles.small), pdf.spacer(1.5))]
    story += pdf.section(words["rules_heading"], notes, styles)
    reference = f"{org.name} · {title}" if org.name else title
    pdf.build_pdf(path, story, title=title, reference=reference, page_label=words["page_label"], author=org.dpo_name)
