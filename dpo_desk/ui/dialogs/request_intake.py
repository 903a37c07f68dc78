"""Requests from e-mail in the window: messages dropped on the Requests page or chosen from File.

Each message is read off the GUI thread (`services.email_intake`: the file, then the draft in the
organisation's zone), and the new-request form opens filled with what was read, for the DPO to
check before saving; several messages open one after the other. A file that is not a message is
said in one line on the page, and nothing is stored.

Signals:
    request_did_add(str): a request was logged from a message.
    intake_did_fail(str): a message could not be read (the line to show).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from dpo_desk.errors import DpoDeskError
from dpo_desk.ui.dialogs.request_new import NewRequestDialog
from dpo_desk.ui.i18n import translate
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text

MESSAGE_SUFFIXES = (".eml", ".msg")
PathsAsker = Callable[[], list[str]]


def message_paths(mime: QMimeData) -> list[str]:
    """The local .eml and .msg files among what is being dragged."""
    if not mime.hasUrls():
        return []
    paths = (url.toLocalFile() for url in mime.urls() if url.isLocalFile())
    return [p for p in paths if Path(p).suffix.lower() in MESSAGE_SUFFIXES]


def ask_message_paths(parent: QWidget) -> PathsAsker:
    def ask() -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("EmailIntake", "New request from e-mail"),
            str(Path.home()),
            translate("EmailIntake", "E-mail messages (*.eml *.msg)"),
        )
        return paths

    return ask


class EmailIntake(QObject):
    """Takes in messages one by one: read, then the prefilled form; `dialog` is the form now open."""

    request_did_add = Signal(str)
    intake_did_fail = Signal(str)

    def __init__(self, ops: Ops, labels: dict[str, dict[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.labels = labels
        self.window = parent
        self.waiting: list[str] = []
        self.dialog: NewRequestDialog | None = None
        self.busy = False

    def take_in(self, paths: Iterable[str]) -> None:
        self.waiting.extend(paths)
        if not self.busy:
            self._next()

    def _next(self) -> None:
        self.dialog = None
        if not self.waiting:
            self.busy = False
            return
        self.busy = True
        path = self.waiting.pop(0)

        def read(store: Any, _progress: Any) -> Any:
            from dpo_desk.services import attachments, email_intake

            with store.read() as session:
                message = email_intake.read_message(path, attachments.max_bytes(session))
                return email_intake.draft(session, message)

        self.ops.job(read, self._show, self._failed)

    def _show(self, draft: Any) -> None:
        dialog = NewRequestDialog(self.ops, self.labels, self.window, draft=draft)
        dialog.request_did_add.connect(self.request_did_add)
        dialog.finished.connect(lambda _result: self._next())
        self.dialog = dialog
        dialog.open()

    def _failed(self, error: BaseException) -> None:
        self.intake_did_fail.emit(
            error_text(error) if isinstance(error, DpoDeskError) else self.tr("Nothing was stored.")
        )
        self._next()
