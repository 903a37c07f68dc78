"""The audit trail: every change, filtered by record and date, with each field's value before and after.

Entries page in lazily through `PagedTableModel` (the trail grows without end); the chain check runs
as a job with progress so a long trail never freezes the window.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import Any

from PySide6.QtCore import QDate, Qt, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.field_words import field_word, field_words
from dpo_desk.ui.formatting import date_edit_format, format_moment
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.paged_table import Column, PagedTableModel
from dpo_desk.ui.widgets.palette import ERROR_STYLE, SUCCESS_STYLE
from dpo_desk.ui.widgets.tables import make_read_only, read_only_table


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def action_words() -> dict[str, str]:
    """Each action of the trail (`store.audit.ACTIONS`) as the window words it."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        "create": translate("AuditAction", "Created"),
        "update": translate("AuditAction", "Changed"),
        "delete": translate("AuditAction", "Deleted"),
        "purge": translate("AuditAction", "Purged (retention)"),
        "import": translate("AuditAction", "Imported"),
        "export": translate("AuditAction", "Exported"),
        "restore": translate("AuditAction", "Restored"),
        "rekey": translate("AuditAction", "Passphrase changed"),
        "reseal": translate("AuditAction", "Resealed"),
        "generate": translate("AuditAction", "Generated"),
    }


def fields_text(summary: str) -> str:
    """An entry's fields ("received_on, subject_name", `EntryView.summary`) as the window words them."""
    words = field_words()
    return ", ".join(field_word(name, words) for name in summary.split(", ")) if summary else ""


class AuditTrailDialog(QDialog):
    """Signals: head_was_copied(str), after the verified head went to the clipboard (to be kept elsewhere).

    `model.rows_did_load` tells tests and screenshots that entries arrived.
    """

    head_was_copied = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None, record: str = "") -> None:
        super().__init__(parent)
        self.ops = ops
        self.timezone = "Europe/Helsinki"
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1100, 700)

        self.record_edit = QLineEdit(record)
        self.record_edit.setObjectName("audit_record_filter")
        self.record_edit.setPlaceholderText(self.tr("Record, e.g. DSR-2026-0001 (part of it is enough)"))
        self.record_edit.setClearButtonEnabled(True)
        self.since_check = QCheckBox(self.tr("From"))
        self.until_check = QCheckBox(self.tr("to"))
        day = ops.today()  # the store's clock, as everywhere else
        today = QDate(day.year, day.month, day.day)
        self.since_edit = QDateEdit(today.addMonths(-1))
        self.until_edit = QDateEdit(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setEnabled(False)
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        apply_button = QPushButton(self.tr("Filter"))
        apply_button.setDefault(True)
        apply_button.clicked.connect(self.apply_filter)
        self.record_edit.returnPressed.connect(self.apply_filter)
        self.filter_error = QLabel()
        self.filter_error.setStyleSheet(ERROR_STYLE)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Record:")))
        filters.addWidget(self.record_edit, 2)
        for widget in (self.since_check, self.since_edit, self.until_check, self.until_edit, apply_button):
            filters.addWidget(widget)

        self.model = PagedTableModel(
            ops,
            [
                Column("id", self.tr("#"), align_right=True),
                Column("at", self.tr("When"), format=self._format_time, tooltip=self._exact_time),
                Column("actor", self.tr("Who")),
                Column("action", self.tr("What"), sort_key="id", format=self.action_text),
                Column("record", self.tr("Record")),
                Column("summary", self.tr("Fields"), sort_key="id", format=fields_text),
            ],
            self._fetch_for(self._filter()),
            self._count_for(self._filter()),
            page_size=200,
        )
        self.model.sort_key, self.model.descending = "id", True
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        make_read_only(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 190, 160, 70, 180)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_entry(current.row()))

        self.details = read_only_table("audit_details", [self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.details.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.details_title = QLabel(self.tr("Select an entry to see each field before and after."))
        details_box = QWidget()
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_title)
        details_layout.addWidget(self.details, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details_box)
        splitter.setSizes([430, 220])

        self.total_label = QLabel()
        self.model.total_did_change.connect(lambda total: self.total_label.setText(self.tr("%n entries", "", total)))
        self.verify_button = QPushButton(self.tr("Verify the chain"))
        self.verify_button.setObjectName("verify_button")
        self.verify_button.clicked.connect(self.verify)
        self.verify_label = QLabel()
        self.verify_label.setObjectName("verify_result")
        self.verify_label.setWordWrap(True)
        # The newest hash, to keep somewhere else (print it, e-mail it): a later chain that no longer
        # passes through it was rewritten (`dpo-desk audit verify --expect-head HASH`, SECURITY.md).
        self.head_field = QLineEdit()
        self.head_field.setObjectName("head_field")
        self.head_field.setReadOnly(True)
        self.head_field.setToolTip(
            self.tr(
                "Keep this hash outside the computer; a later check against it shows whether the trail was rewritten."
            )
        )
        self.copy_head_button = QPushButton(self.tr("Copy the head"))
        self.copy_head_button.setObjectName("copy_head_button")
        self.copy_head_button.clicked.connect(self.copy_head)
        self.mail_head_button = QPushButton(self.tr("E-mail the head…"))
        self.mail_head_button.setObjectName("mail_head_button")
        self.mail_head_button.setToolTip(self.tr("Opens a new message in your e-mail program with the hash in it"))
        self.mail_head_button.clicked.connect(self.mail_head)
        self.print_head_button = QPushButton(self.tr("Print the head…"))
        self.print_head_button.setObjectName("print_head_button")
        self.print_head_button.setToolTip(self.tr("A page with the hash and how to check it, to file away on paper"))
        self.print_head_button.clicked.connect(self.print_head)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # The head gets a row of its own once the chain verifies: the hash is read in full, not cut short.
        self.head_label = QLabel(self.tr("Newest hash:"))
        self.head_label.setBuddy(self.head_field)
        head_row = QHBoxLayout()
        head_row.addWidget(self.head_label)
        for widget in self._head_widgets()[1:]:
            head_row.addWidget(widget, 1 if widget is self.head_field else 0)
        for widget in self._head_widgets():
            widget.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.verify_label, 1)
        bottom.addWidget(self.total_label)
        bottom.addWidget(buttons)

        intro = QLabel(
            self.tr(
                "Every change to the store, newest first. Each entry's hash covers its content and the entry "
                "before it, so an entry altered, removed or reordered outside DPO Desk shows up when the chain "
                "is verified."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.filter_error)
        layout.addWidget(splitter, 1)
        layout.addLayout(head_row)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.record_edit.setFocus)
        QShortcut(QKeySequence("F5"), self, activated=self.apply_filter)

        def org_zone(session: Any) -> str:
            from dpo_desk.services import organisation

            return organisation.get(session).timezone

        ops.query(org_zone, self._set_zone)
        self.model.reload()

    # -- filtering ------------------------------------------------------------------------------

    def _filter(self) -> Any:
        from dpo_desk.services.audit_trail import TrailFilter

        since = self.since_edit.date().toPython() if self.since_check.isChecked() else None
        until = self.until_edit.date().toPython() if self.until_check.isChecked() else None
        return TrailFilter(record=self.record_edit.text(), since=since, until=until, timezone=self.timezone)

    @staticmethod
    def _fetch_for(where: Any) -> Any:
        from dpo_desk.services import audit_trail

        return lambda session, offset, limit, key, descending: audit_trail.fetch(
            session, offset, limit, key, descending, where
        )

    @staticmethod
    def _count_for(where: Any) -> Any:
        from dpo_desk.services import audit_trail

        return lambda session: audit_trail.count(session, where)

    def apply_filter(self) -> None:
        from dpo_desk.errors import InvalidInput
        from dpo_desk.ui.refusal_text import error_text

        try:
            where = self._filter()
        except InvalidInput as error:
            self.filter_error.setText(error_text(error))
            return
        self.filter_error.clear()
        self.details.setRowCount(0)
        self.model.set_query(self._fetch_for(where), self._count_for(where))

    def _set_zone(self, name: str) -> None:
        self.timezone = name
        self.model.layoutChanged.emit()

    def _format_time(self, moment: dt.datetime | None) -> str:
        """The wall time in the organisation's zone, in the window language's form."""
        return format_moment(moment, self.timezone)

    def _exact_time(self, moment: dt.datetime | None) -> str:
        """The precise moment as the trail's JSON gives it (ISO, to the second, with its offset)."""
        from dpo_desk.domain.timeparse import local_iso

        return (local_iso(moment, self.timezone) or "") if moment else ""

    # -- one entry ------------------------------------------------------------------------------

    def _show_entry(self, row: int) -> None:
        entry = self.model.row_at(row)
        if entry is None:
            return
        self.details_title.setText(
            self.tr("Entry {0}: {1} of {2} by {3} at {4}").format(
                entry.id, self.action_text(entry.action), entry.record, entry.actor, self._format_time(entry.at)
            )
        )
        self.details_title.setToolTip(self._exact_time(entry.at))
        if entry.redacted:
            self.details_title.setText(
                self.details_title.text()
                + " "
                + self.tr("(its values were removed by a retention purge; the chain still covers their seal)")
            )
        removed = self.tr("removed by retention purge")
        words = field_words()
        self.details.setRowCount(len(entry.changes))
        for i, change in enumerate(entry.changes):
            before, after = (removed, removed) if entry.redacted else (_shown(change.before), _shown(change.after))
            for column, value in enumerate((field_word(change.field, words), before, after)):
                item = QTableWidgetItem(value)
                item.setToolTip(change.field if column == 0 else value)  # the stored name, as the JSON gives it
                self.details.setItem(i, column, item)
        self.details.resizeRowsToContents()

    # -- the chain ------------------------------------------------------------------------------

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_label.setText(self.tr("Verifying…"))

        def work(store: Any, progress: Any) -> Any:
            from dpo_desk.services import audit_trail

            with store.read() as session:
                return audit_trail.verify(session, progress)

        self.ops.job(
            work,
            self._verified,
            self._verify_failed,
            lambda done, total: self.verify_label.setText(self.tr("Verifying… {0} of {1}").format(done, total)),
        )

    def copy_head(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText(self.head_field.text())
        self.head_was_copied.emit(self.head_field.text())

    def head_mail_url(self) -> QUrl:
        """A mailto: link to oneself (or a colleague) with the head and the day, to keep outside this computer."""
        subject = self.tr("DPO Desk audit trail head {0}").format(self.ops.today().isoformat())
        body = self.tr(
            "The newest hash of the DPO Desk audit trail on {0}:\n\n{1}\n\nCheck it later with: "
            "dpo-desk audit verify --expect-head {1}"
        ).format(self.ops.today().isoformat(), self.head_field.text())
        query = QUrlQuery()
        query.addQueryItem("subject", subject)
        query.addQueryItem("body", body)
        url = QUrl("mailto:")
        url.setQuery(query)
        return url

    def mail_head(self) -> None:
        from PySide6.QtGui import QDesktopServices

        if QDesktopServices.openUrl(self.head_mail_url()):
            self.head_was_copied.emit(self.head_field.text())

    def head_document(self) -> QTextDocument:
        """One page for paper: the head, the day, the store, and the command that checks a later trail against it."""
        day = self.ops.today().isoformat()
        head = html.escape(self.head_field.text())
        store = html.escape(self.ops.store.location)
        document = QTextDocument(self)
        font = document.defaultFont()
        font.setPointSize(12)  # a page to read and type from, not a form to fill
        document.setDefaultFont(font)
        document.setHtml(
            "<h2>{title}</h2><p>{intro}</p><p style='font-family: monospace; font-size: 11pt'>{head}</p>"
            "<p>{store_label} {store}<br>{day_label} {day}</p><p>{check}</p>"
            "<p style='font-family: monospace'>dpo-desk audit verify --expect-head {head}</p>".format(
                title=html.escape(self.tr("DPO Desk audit trail head")),
                intro=html.escape(
                    self.tr(
                        "The newest hash of the audit trail. Keep this page away from the computer: a trail "
                        "rewritten later no longer passes through this hash."
                    )
                ),
                head=head,
                store_label=html.escape(self.tr("Store:")),
                store=store,
                day_label=html.escape(self.tr("Printed on:")),
                day=day,
                check=html.escape(self.tr("To check the trail later against this page:")),
            )
        )
        return document

    def print_head(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        document = self.head_document()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Print the head"))
        preview.paintRequested.connect(document.print_)
        # Qt does not own these: without Python references the printer would be freed under the dialog.
        preview.document = document  # type: ignore[attr-defined]
        preview.printer = printer  # type: ignore[attr-defined]
        preview.accepted.connect(lambda: self.head_was_copied.emit(self.head_field.text()))
        self.head_preview = preview
        preview.open()

    def _head_widgets(self) -> tuple[QWidget, ...]:
        return (self.head_label, self.head_field, self.copy_head_button, self.mail_head_button, self.print_head_button)

    def action_text(self, action: str) -> str:
        """An entry's action as a word of the window's language (an action of a newer version as it is)."""
        return action_words().get(action, action)

    def _verified(self, result: Any) -> None:
        self.verify_button.setEnabled(True)
        self.head_field.setText(result.newest_hash if result.ok else "")
        for widget in self._head_widgets():
            widget.setVisible(bool(result.ok and result.newest_hash))
        if result.ok:
            self.verify_label.setStyleSheet(SUCCESS_STYLE)
            self.verify_label.setText(
                self.tr("The chain verifies: %n entries, each linked to the one before.", "", result.checked)
            )
        else:
            first = result.first_fault
            self.verify_label.setStyleSheet(f"{ERROR_STYLE}; font-weight: bold")
            if first.entry_id:
                self.verify_label.setText(
                    self.tr("The chain is broken at entry {0}: {1}").format(first.entry_id, first.reason)
                )
            else:
                self.verify_label.setText(self.tr("The trail fails its check: {0}").format(first.reason))

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verify_label.setText(error_text(error))
