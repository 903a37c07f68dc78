"""The Requests page: every rights request in a sortable, filterable table, and one in detail beside it.

The table pages through the requests service (sorting and filtering in SQL), overdue rows and those
due soon are toned, and a quick search looks in reference, name and e-mail. The detail view shows the
due date with the rule that produced it, the facts, the actions and the timeline. The request log
workbook and reply letters are written as jobs with progress; file dialogs are injectable
(`ask_save_path`) so tests never block on one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.domain.requests import REQUEST_TYPES
from dpo_desk.rules.urgency import end_of_day, urgency
from dpo_desk.services import requests
from dpo_desk.ui.commands import PageCommand, shortcut_text
from dpo_desk.ui.dialogs.request_intake import EmailIntake, message_paths
from dpo_desk.ui.dialogs.request_new import NewRequestDialog
from dpo_desk.ui.formatting import date_samples, format_date
from dpo_desk.ui.i18n import current_language, translate
from dpo_desk.ui.ops import Ops, Progress
from dpo_desk.ui.pages.base import Navigator, Page, page_toolbar
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.documents import bundle_change, file_filters, open_in_application, with_suffix
from dpo_desk.ui.widgets.paged_table import Column, PagedTableModel, capitalised, fit_columns, table_first
from dpo_desk.ui.widgets.palette import ERROR_STYLE, SUCCESS_STYLE
from dpo_desk.ui.widgets.request_detail import RequestDetail
from dpo_desk.ui.widgets.tables import case_table, empty_state

SavePathAsker = Callable[[str, str, str], str | None]


def labels_for(obj: Any) -> dict[str, dict[str, str]]:
    """Every word the page shows for a stored value, translatable through `obj.tr`."""
    return {
        "types": {
            "access": translate("RequestLabels", "access"),
            "rectification": translate("RequestLabels", "rectification"),
            "erasure": translate("RequestLabels", "erasure"),
            "restriction": translate("RequestLabels", "restriction"),
            "portability": translate("RequestLabels", "portability"),
            "objection": translate("RequestLabels", "objection"),
            "consent-withdrawal": translate("RequestLabels", "consent withdrawal"),
            "automated-decision": translate("RequestLabels", "automated decision"),
            "unclassified": translate("RequestLabels", "unclassified"),
        },
        "channels": {
            "email": translate("RequestLabels", "e-mail"),
            "web-form": translate("RequestLabels", "web form"),
            "post": translate("RequestLabels", "post"),
            "phone": translate("RequestLabels", "phone"),
            "in-person": translate("RequestLabels", "in person"),
        },
        "roles": {
            "controller": translate("RequestLabels", "controller"),
            "processor": translate("RequestLabels", "processor"),
        },
        "languages": {
            "fi": translate("RequestLabels", "Finnish"),
            "sv": translate("RequestLabels", "Swedish"),
            "en": translate("RequestLabels", "English"),
        },
        "statuses": {
            "open": translate("RequestLabels", "open"),
            "awaiting-identity": translate("RequestLabels", "awaiting identity"),
            "extended": translate("RequestLabels", "extended"),
            "closed": translate("RequestLabels", "closed"),
        },
        "outcomes": {
            "fulfilled": translate("RequestLabels", "fulfilled"),
            "partially-fulfilled": translate("RequestLabels", "partially fulfilled"),
            "refused": translate("RequestLabels", "refused"),
            "withdrawn": translate("RequestLabels", "withdrawn"),
            "forwarded-to-controller": translate("RequestLabels", "forwarded to controller"),
        },
        "identity": {
            "not-needed": translate("RequestLabels", "not needed"),
            "requested": translate("RequestLabels", "information asked"),
            "received": translate("RequestLabels", "information received"),
            "verified": translate("RequestLabels", "verified"),
            "failed": translate("RequestLabels", "could not be verified"),
        },
        "events": {
            "received": translate("RequestLabels", "Received"),
            "classified": translate("RequestLabels", "Type settled"),
            "identity-requested": translate("RequestLabels", "Identity information asked"),
            "identity-received": translate("RequestLabels", "Identity information received"),
            "identity-verified": translate("RequestLabels", "Identity verified"),
            "identity-failed": translate("RequestLabels", "Identity not verified"),
            "extended": translate("RequestLabels", "Time limit extended"),
            "extension-told": translate("RequestLabels", "Requester told of the extension"),
            "forwarded": translate("RequestLabels", "Forwarded to the controller"),
            "closed": translate("RequestLabels", "Closed"),
            "note": translate("RequestLabels", "Note"),
            "letter": translate("RequestLabels", "Letter written"),
            "corrected": translate("RequestLabels", "Details corrected"),
        },
    }


def _ask_save_path(parent: QWidget) -> SavePathAsker:
    def ask(title: str, suggested: str, pattern: str) -> str | None:
        path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), pattern)
        if path and not Path(path).suffix:
            # The format picked in the dialog names the suffix when none was typed.
            path += next((f".{part}" for part in ("pdf", "docx", "odt", "xlsx") if f"*.{part}" in chosen), "")
        return path or None

    return ask


class RequestsPage(Page):
    key = "requests"
    concerns = frozenset({"request", "request_event", "recipient_notice", "organisation", "setting"})

    def __init__(self, ops: Ops, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(ops, navigator, parent)
        self.labels = labels_for(self)
        self.filters = requests.Filters()
        self.ask_save_path: SavePathAsker = _ask_save_path(self)
        self.open_in_application: Callable[[str], Any] = open_in_application  # tests look instead of opening
        self.ask_notice_folder: Callable[[], tuple[str, str] | None] = self._ask_notice_folder
        self.current_reference: str | None = None
        self.new_dialog: NewRequestDialog | None = None
        self._job: Progress | None = None

        # -- the toolbar: new, filters, search, export --
        self.new_button = QPushButton(self.tr("New request"))
        self.new_button.setObjectName("requests_new")
        self.new_button.setToolTip(self.tr("Log a new rights request ({0})").format(shortcut_text("new")))
        self.new_button.clicked.connect(self.new_request)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("requests_status_filter")
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in requests.STATUSES:
            self.status_filter.addItem(self.labels["statuses"][status], status)
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("requests_type_filter")
        self.type_filter.addItem(self.tr("Any type"), None)
        for kind in REQUEST_TYPES:
            self.type_filter.addItem(self.labels["types"][kind], kind)
        self.overdue_filter = QCheckBox(self.tr("Overdue only"))
        self.overdue_filter.setObjectName("requests_overdue_filter")
        self.search = QLineEdit()
        self.search.setObjectName("requests_search")
        self.search.setPlaceholderText(self.tr("Search reference, name or e-mail (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.type_filter.currentIndexChanged.connect(self.apply_filters)
        self.overdue_filter.toggled.connect(self.apply_filters)
        self.export_button = QPushButton(self.tr("Export request log…"))
        self.export_button.setObjectName("requests_export")
        self.export_button.setToolTip(
            self.tr("The request log and statistics as a workbook ({0})").format(shortcut_text("export"))
        )
        self.export_button.clicked.connect(self.export_log)

        toolbar = page_toolbar(
            self.new_button,
            [self.status_filter, self.type_filter, self.overdue_filter],
            self.search,
            [self.export_button],
        )

        # -- the table --
        self.model = PagedTableModel(
            ops,
            [
                Column("reference", self.tr("Reference")),
                Column("type", self.tr("Type"), format=lambda v: capitalised(self.labels["types"].get(v, v or ""))),
                Column("subject_name", self.tr("Requester")),
                Column("subject_email", self.tr("E-mail")),
                Column("received_on", self.tr("Received"), format=lambda v: format_date(v)),
                Column("due_on", self.tr("Due"), format=lambda v: format_date(v) if v else self.tr("waiting")),
                Column("status_and_flag", self.tr("Status"), sort_key="status", format=self._status_text),
            ],
            self._fetch,
            self._count,
            tone=self._tone,
            parent=self,
        )
        self.model.sort_key, self.model.descending = "received_on", True
        self.table = case_table("requests_table", self.model, 4, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        fit_columns(
            self.table,
            {
                0: "DSR-2026-0000",
                1: [capitalised(word) for word in self.labels["types"].values()],
                4: date_samples(),
                5: date_samples(),
                6: [self._status_text(("awaiting-identity", "")), self._status_text(("open", "due-soon"))],
            },
            elastic=(2, 3),  # the name and the e-mail give way
        )
        # The e-mail is in the detail pane and found by the search; the row gives its room to the name.
        self.table.horizontalHeader().setSectionHidden(3, True)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.model.total_did_change.connect(self._total_changed)
        self.model.rows_did_load.connect(self._choose_first)
        self.count_label = QLabel()
        self.count_label.setObjectName("requests_count")
        self.count_label.setStyleSheet("color: #555555")
        self.legend = QLabel(
            self.tr(
                "Rows: <span style='background:#fde2e1;color:#1f1f1f'>&nbsp;overdue&nbsp;</span> "
                "<span style='background:#ffdcb8;color:#1f1f1f'>&nbsp;due within 72 hours&nbsp;</span> "
                "<span style='background:#fff4ce;color:#1f1f1f'>&nbsp;within a week&nbsp;</span> "
                "<span style='background:#f2f2f2;color:#1f1f1f'>&nbsp;closed&nbsp;</span>"
            )
        )
        self.empty = empty_state("requests_empty")
        self.empty.setStyleSheet("color: #555555; font-size: 13pt")
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table_stack, 1)
        below = QHBoxLayout()
        below.addWidget(self.count_label)
        below.addStretch(1)
        below.addWidget(self.legend)
        left_layout.addLayout(below)

        # -- the detail --
        self.detail = RequestDetail(ops, self.labels)
        self.detail.setObjectName("request_detail")
        self.detail.letter_was_asked.connect(self.write_letter)
        self.detail.bundle_was_asked.connect(self.export_bundle)
        self.detail.recipients_were_asked.connect(self.notify_recipients)
        self.detail.reload_was_asked.connect(self.reload_request)
        self.detail.action_did_finish.connect(lambda _view: self.navigator.notify(self.tr("Saved.")))
        self.detail.linked.activity_did_open.connect(self.navigator.open_case)
        self.no_detail = QLabel(self.tr("Choose a request to see its time limit, actions and timeline."))
        self.no_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_detail.setWordWrap(True)
        self.no_detail.setStyleSheet("color: #555555")
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.no_detail)
        self.detail_stack.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 460])
        self.splitter = splitter
        self._sized = False

        # -- jobs: progress and messages --
        self.progress = QProgressBar()
        self.progress.setObjectName("requests_progress")
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(260)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel_job)
        self.open_button = QPushButton(self.tr("Open the letter"))
        self.open_button.setToolTip(self.tr("Open it in the application your system uses for its type (Ctrl+Shift+O)"))
        self.open_button.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_last_letter)
        self.last_letter: str | None = None
        self.message = QLabel()
        self.message.setObjectName("requests_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        status_row = QHBoxLayout()
        status_row.addWidget(self.message, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.cancel_button)
        status_row.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        layout.addLayout(status_row)

        # E-mails dropped here (or chosen from File) open the new-request form filled from the message.
        self.intake = EmailIntake(ops, self.labels, self)
        self.intake.request_did_add.connect(self._added)
        self.intake.intake_did_fail.connect(self.navigator.notify)
        self.setAcceptDrops(True)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:  # the first real width is known only once shown
            self._sized = True
            table_first(self.splitter, self.table, 0.62)

    def title(self) -> str:
        return self.tr("Requests")

    def commands(self) -> dict[str, PageCommand]:
        return {
            "new": PageCommand(self.tr("&New request…"), self.new_request),
            "find": PageCommand(self.tr("&Find a request"), self._focus_search),
            "refresh": PageCommand(self.tr("&Reload"), self.refresh),
            "note": PageCommand(self.tr("Add a &note to the request…"), self._on_detail(self.detail.ask_note)),
            "close_case": PageCommand(self.tr("&Close the request…"), self._on_detail(self.detail.ask_close)),
            "open_attachment": PageCommand(
                self.tr("&Open the selected attachment"), self._on_detail(self.detail.attachments.open_selected)
            ),
            "export": PageCommand(self.tr("E&xport the request log…"), self.export_log),
        }

    def selected_reference(self) -> str | None:
        return self.current_reference

    def _on_detail(self, action: Callable[[], object]) -> Callable[[], None]:
        """A detail action from the menu: only while a request is shown."""

        def run() -> None:
            if self.current_reference and self.detail_stack.currentWidget() is self.detail:
                action()

        return run

    # -- loading --------------------------------------------------------------------------------

    def _fetch(self, session: Any, offset: int, limit: int, key: str, descending: bool) -> list[Any]:
        return requests.fetch(session, self.filters, offset=offset, limit=limit, sort=key, descending=descending)

    def _count(self, session: Any) -> int:
        # A search counts up to COUNT_CAP ("more than 1,000"): counting 9,000 hits costs a keystroke.
        return requests.count(session, self.filters, cap=requests.COUNT_CAP)

    def _status_text(self, value: tuple[str, str]) -> str:
        status, flag = value
        shown = capitalised(self.labels["statuses"].get(status, status))
        flags = {"overdue": self.tr("overdue"), "due-soon": self.tr("due soon")}
        return f"{shown} · {flags[flag]}" if flag else shown

    def _tone(self, row: requests.RequestRow) -> str | None:
        """The one urgency scale of every module (a breach due in 2 days outranks a request due in 4)."""
        if row.status == "closed":
            return "done"
        if row.overdue:
            return "overdue"
        if row.due_on is None:
            return None
        now = self.ops.clock.now()
        return urgency(end_of_day(row.due_on, now.astimezone().tzinfo), now).tone

    def refresh(self) -> None:
        self.model.reload()
        if self.current_reference:
            self.show_request(self.current_reference)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.filters = requests.Filters(
            status=self.status_filter.currentData(),
            type=self.type_filter.currentData(),
            overdue=self.overdue_filter.isChecked(),
            search=self.search.text(),
        )
        self.model.reload()

    def _total_changed(self, total: int) -> None:
        filtered = self.filters != requests.Filters()
        if total:
            self.table_stack.setCurrentWidget(self.table)
            if total > requests.COUNT_CAP and self.filters.search.strip():  # the count stopped there
                capped = QLocale().toString(requests.COUNT_CAP)
                self.count_label.setText(self.tr("More than {0} requests").format(capped))
            else:
                self.count_label.setText(self.tr("%n request(s)", "", total))
            return
        self.count_label.setText("")
        self.empty.setText(
            self.tr("No request matches these filters.")
            if filtered
            else self.tr("No rights requests yet.\nLog the first one with New request (Ctrl+N).")
        )
        self.table_stack.setCurrentWidget(self.empty)

    def _choose_first(self) -> None:
        """Show the first request when nothing is chosen yet, so the detail is never needlessly empty."""
        if self.current_reference is None and self.model.rowCount():
            self.table.selectRow(0)

    def _row_chosen(self, current: Any, _previous: Any) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is not None:
            self.show_request(row.reference)

    def show_request(self, reference: str) -> None:
        self.current_reference = reference
        language = current_language()  # the rule of the due date in the window's words
        self.ops.query(
            lambda session: requests.show(session, reference, language=language), self._show_view, self._show_missing
        )

    def reload_request(self, reference: str) -> None:
        """The request as it is now (someone else changed it), in the table and the pane, keeping the selection."""
        self.model.reload()
        self.show_request(reference)

    def _show_view(self, view: requests.RequestView) -> None:
        if view.reference != self.current_reference:
            return  # the user has moved on to another request meanwhile
        self._select_row_of(view.reference)
        self.detail.show_view(view)
        self.detail_stack.setCurrentWidget(self.detail)

    def _select_row_of(self, reference: str) -> None:
        """Keep the table's selection on the request shown (cleared when its row is not loaded)."""
        selected = self.table.selectionModel().currentIndex()
        row = self.model.row_at(selected.row()) if selected.isValid() else None
        if row is not None and row.reference == reference:
            return
        for index, candidate in enumerate(self.model.rows()):
            if candidate.reference == reference:
                self.table.selectRow(index)
                return
        self.table.selectionModel().clearSelection()

    def _show_missing(self, error: BaseException) -> None:
        self.current_reference = None
        self.detail_stack.setCurrentWidget(self.no_detail)
        self.navigator.notify(error_text(error))

    def open_reference(self, reference: str) -> bool:
        if not reference.upper().startswith("DSR-"):
            return False
        self.show_request(reference.upper())
        return True

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- new ------------------------------------------------------------------------------------

    def new_request(self) -> None:
        dialog = NewRequestDialog(self.ops, self.labels, self)
        dialog.request_did_add.connect(self._added)
        self.new_dialog = dialog
        dialog.open()

    def take_in_messages(self, paths: list[str]) -> None:
        """Each .eml/.msg file becomes a new-request form filled from the message, one after the other."""
        self.intake.take_in(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if message_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = message_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.take_in_messages(paths)

    def _added(self, reference: str) -> None:
        self.navigator.notify(self.tr("Logged {0}.").format(reference))
        self.show_request(reference)

    # -- jobs: the request log and letters ------------------------------------------------------

    def export_log(self) -> None:
        if self._job is not None:
            return
        path = self.ask_save_path(
            self.tr("Export request log"),
            f"request-log-{self.ops.today().isoformat()}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"

        def work(store: Any, progress: Progress) -> int:
            from dpo_desk.reporting import request_log
            from dpo_desk.services import reports

            with store.read() as session:
                return request_log.write_log(reports.gather_request_log(session), self.ops.output(path), progress)

        self._start_job(self.tr("Writing the request log…"))
        self._job = self.ops.job(
            work,
            lambda rows: self._job_done(self.tr("Wrote %n request(s) to {0}.", "", rows).format(path)),
            self._job_failed,
            self._job_progress,
        )

    def write_letter(self, kind: str, language: str) -> None:
        reference = self.current_reference
        if reference is None or self._job is not None:
            return
        path = self.ask_save_path(self.tr("Save reply letter"), f"{reference}-{kind}-{language}.pdf", file_filters())
        if not path:
            return
        path = with_suffix(path)

        # A change, not a job: the letter is noted on the timeline in the same write, and every view hears of it.
        def work(session: Any) -> str:
            from dpo_desk.reporting import request_letters
            from dpo_desk.services import reports

            letter = reports.gather_request_letter(session, reference, kind, language)
            written = request_letters.write_letter(letter, self.ops.output(path))
            reports.record_request_letter(session, letter)
            return str(written)

        def done(written: str) -> None:
            self._job_done(self.tr("Wrote {0}.").format(written))
            self.last_letter = written
            self.open_button.setVisible(True)
            self.show_request(reference)

        self._start_job(self.tr("Writing the letter…"))
        self.cancel_button.setVisible(False)  # a letter is one page: nothing to cancel
        self.ops.change(work, done, self._job_failed)

    def export_bundle(self, reference: str) -> None:
        """The request's evidence bundle (a change: making it is recorded on the case's audit trail)."""
        path = self.ask_save_path(
            self.tr("Export evidence bundle"), f"{reference}-evidence.zip", self.tr("Zip archive (*.zip)")
        )
        if not path:
            return
        if not path.lower().endswith(".zip"):
            path += ".zip"

        def done(digest: str) -> None:
            text = self.tr("Wrote {0}. Give its manifest hash to the recipient separately: {1}").format(path, digest)
            self._job_done(text)
            self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._start_job(self.tr("Writing the evidence bundle…"))
        self.cancel_button.setVisible(False)
        self.ops.change(bundle_change("request", reference, self.ops.output(path)), done, self._job_failed)

    def _ask_notice_folder(self) -> tuple[str, str] | None:
        """The folder for the Art. 19 notices and their format (pdf, docx or odt), or None when cancelled."""
        formats = [self.tr("PDF"), self.tr("Word (.docx)"), self.tr("OpenDocument (.odt)")]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Tell the recipients"), self.tr("Write the notices as"), formats
        )
        if not ok:
            return None
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the notices"), str(Path.home()))
        return (folder, ("pdf", "docx", "odt")[formats.index(chosen)]) if folder else None

    def notify_recipients(self, reference: str) -> None:
        """Art. 19: a notice to each recipient not yet told, written and recorded in one change."""
        asked = self.ask_notice_folder()
        if asked is None:
            return
        folder, fmt = asked

        def change(session: Any) -> tuple[int, list[str]]:
            from dpo_desk.reporting.recipient_notice import write_into
            from dpo_desk.services import reports

            written, after = reports.notify_recipients(
                session, reference, None, [], lambda notice: write_into(notice, folder, fmt)
            )
            return len(written), [view.name for view in after if not view.settled]

        def done(result: tuple[int, list[str]]) -> None:
            count, left = result
            text = self.tr("Wrote %n notice(s) to the recipients.", "", count)
            if left:
                text += " " + self.tr("Still to tell: {0}").format(", ".join(left))
            self._job_done(text)
            self.show_request(reference)

        self._start_job(self.tr("Writing the notices to the recipients…"))
        self.cancel_button.setVisible(False)
        self.ops.change(change, done, self._job_failed)

    def open_last_letter(self) -> None:
        """The letter just written, in the system's word processor (a .docx/.odt) or PDF viewer, to finish it."""
        if self.last_letter:
            self.open_in_application(self.last_letter)

    def _start_job(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.export_button.setEnabled(False)

    def _job_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _end_job(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.export_button.setEnabled(True)

    def _job_done(self, text: str) -> None:
        self._end_job()
        self.message.setStyleSheet(SUCCESS_STYLE)
        self.message.setText(text)
        self.navigator.notify(text)

    def _job_failed(self, error: BaseException) -> None:
        self._end_job()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error))

    def _cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancelled = True
