"""Printing a generated PDF from the window: print preview, printer choice, pages drawn as rendered.

The register is printed from the very PDF the report writes (so paper and file agree): QPdfDocument
renders each page and the painter places it on the printer's page. The PDF is held in memory: the
temporary file it was written to is removed before the preview opens (it holds personal data).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from dpo_desk.ui.i18n import translate

RENDER_DPI = 300


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draws every page of `document` on `printer`; returns the number of pages drawn."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        # Rendered at no more than RENDER_DPI (a 1200 dpi page would be a 500 MB image), then scaled.
        dpi = min(printer.resolution(), RENDER_DPI)
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72)))
            scale = min(target.width() / max(points.width(), 1), target.height() / max(points.height(), 1))
            placed = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(placed, image)
        return document.pageCount()
    finally:
        painter.end()


def landscape_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, printer.pageLayout().margins()
        )
    )
    return printer


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A PDF document read from memory (the buffer lives as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def preview_pdf(data: bytes, parent: QWidget | None = None, landscape: bool = True) -> QPrintPreviewDialog:
    """A print preview of a PDF held in memory; the caller shows it (exec/open)."""
    document = load_pdf(data, parent)
    printer = landscape_printer() if landscape else QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("RegisterPrint", "Print the register"))
    dialog.paintRequested.connect(lambda p: paint_pdf(document, p))
    # Qt does not own these: without Python references the printer would be freed under the dialog.
    dialog.document = document  # type: ignore[attr-defined]
    dialog.printer = printer  # type: ignore[attr-defined]
    return dialog
