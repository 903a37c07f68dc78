"""A `document.Document` as PDF, through the shared ReportLab helpers (embedded fonts, escaped text, page x of y)."""

from __future__ import annotations

import os

from reportlab.platypus import Flowable, KeepTogether

from dpo_desk.reporting import pdf
from dpo_desk.reporting.document import Block, Document, Fields, Gap, Grid, Heading, Paragraph


def _flowable(block: Block, styles: pdf.Styles, width: float) -> Flowable:
    if isinstance(block, Heading):
        style = {0: styles.title, 1: styles.subtitle}.get(block.level, styles.heading)
        return pdf.para(block.text, style)
    if isinstance(block, Paragraph):
        return pdf.para(block.text, getattr(styles, block.style, styles.body))
    if isinstance(block, Fields):
        return pdf.fields_table(block.rows, styles, width)
    if isinstance(block, Grid):
        shares = block.widths or tuple(1 / len(block.headers) for _ in block.headers)
        return pdf.data_table(block.headers, block.rows, styles, [width * share for share in shares])
    assert isinstance(block, Gap)
    return pdf.spacer(block.mm)


def story(document: Document, styles: pdf.Styles) -> list[Flowable]:
    width = pdf.frame_width(document.wide)
    flowables: list[Flowable] = []
    for index, line in enumerate(document.letterhead):
        flowables.append(pdf.para(line, styles.label if index == 0 else styles.small))
    if document.letterhead:
        flowables.append(pdf.spacer(6))
    blocks = document.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        made = _flowable(block, styles, width)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, Heading) and block.level >= 2 and following is not None:
            # A section heading never ends a page alone: it stays with the start of its content.
            flowables.append(KeepTogether([made, _flowable(following, styles, width)]))
            index += 2
            continue
        flowables.append(made)
        index += 1
    return flowables


def write_pdf(document: Document, target: str | os.PathLike[str]) -> None:
    pdf.build_pdf(
        target,
        story(document, pdf.Styles(base_size=10)),
        title=document.title,
        reference=document.reference,
        page_label=document.page_label,
        wide=document.wide,
        author=document.author,
    )
