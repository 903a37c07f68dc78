"""Saving a letter or notice as PDF, Word or OpenDocument, and opening it in the system's application for its type."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

SUFFIXES = (".pdf", ".docx", ".odt")


def file_filters() -> str:
    """The save dialog's choices, PDF first (what the DPO sends), then the two formats a DPO edits."""
    return ";;".join(
        (
            QCoreApplication.translate("Documents", "PDF document (*.pdf)"),
            QCoreApplication.translate("Documents", "Word document, editable (*.docx)"),
            QCoreApplication.translate("Documents", "OpenDocument text, editable (*.odt)"),
        )
    )


def with_suffix(path: str, chosen_filter: str = "") -> str:
    """The path with the suffix of the format chosen (a typed .docx/.odt wins; none given means the filter's)."""
    if Path(path).suffix.lower() in SUFFIXES:
        return path
    for suffix in SUFFIXES:
        if f"*{suffix}" in chosen_filter:
            return path + suffix
    return path + ".pdf"


def open_in_application(path: str | Path) -> bool:
    """Opens the file in the application the system uses for its type (a word processor for .docx/.odt)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def bundle_change(kind: str, reference: str, path: Any, lang: str | None = None) -> Callable[[Any], str]:
    """The `ops.change` that writes a case's evidence bundle to `path` and records it; returns the manifest hash.

    The save dialog has already asked before replacing a file, so an existing one is replaced.
    """

    def change(session: Any) -> str:
        from dpo_desk.reporting import evidence_bundle
        from dpo_desk.services import evidence

        _, digest = evidence.export_bundle(
            session,
            kind,
            reference,
            lang,
            lambda bundle: evidence_bundle.write_bundle(bundle, path, force=True),
            Path(path).name,
        )
        return digest

    return change
