"""The Records page: the record of processing activities, one activity's details and warnings, the reports.

The table pages through `services.records.fetch/count` (sorted and filtered in SQL); the detail
panel shows the selected activity as the core returns it (derived transfers, screening, warnings).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.ui.commands import PageCommand, shortcut_text
from dpo_desk.ui.dialogs.records_activity import (
    ActivityDialog,
    legal_basis_names,
    role_names,
    safeguard_names,
    status_names,
)
from dpo_desk.ui.dialogs.records_assessment import AssessmentDialog
from dpo_desk.ui.dialogs.records_screening import ScreeningDialog
from dpo_desk.ui.formatting import date_samples, format_date
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.pages.base import Navigator, Page, page_toolbar
from dpo_desk.ui.records_warning_text import records_warning_text
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.documents import file_filters, with_suffix
from dpo_desk.ui.widgets.paged_table import Column, PagedTableModel, capitalised, fit_columns
from dpo_desk.ui.widgets.tables import case_table, empty_state

TABLES = frozenset(
    {
        "processing_activity",
        "activity_purpose",
        "activity_transfer",
        "activity_case",
        "activity_subprocessor",
        "impact_assessment",
        "assessment_risk",
        "subprocessor",
        "subprocessor_transfer",
        "setting",
    }
)


def _e(value: Any) -> str:
    return html.escape(str(value or ""))


class RecordsPage(Page):
    key = "records"
    concerns = TABLES

    def __init__(self, ops: Ops, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(ops, navigator, parent)
        self.choose_file: Callable[[str, str], str] = self._ask_file
        self.current: Any = None
        self.roles, self.statuses = role_names(self), status_names(self)

        heading = QLabel(f"<h2>{self.title()}</h2>")
        self.summary = QLabel()
        self.summary.setObjectName("records_summary")
        self.search = QLineEdit()
        self.search.setObjectName("records_search")
        self.search.setPlaceholderText(self.tr("Search reference, name or owner (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_filters)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), "")
        for key, name in self.statuses.items():
            self.status_filter.addItem(name, key)
        self.status_filter.currentIndexChanged.connect(self._on_filters)
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("Any role"), "")
        for key, name in self.roles.items():
            self.role_filter.addItem(name, key)
        self.role_filter.currentIndexChanged.connect(self._on_filters)

        self.new_button = QPushButton(self.tr("New activity"))
        self.new_button.setToolTip(self.tr("Add a processing activity ({0})").format(shortcut_text("new")))
        self.new_button.clicked.connect(self.new_activity)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit the selected activity ({0})").format(shortcut_text("edit")))
        self.edit_button.clicked.connect(self.edit_activity)
        self.screen_button = QPushButton(self.tr("Screening"))
        self.screen_button.setToolTip(
            self.tr("Impact assessment screening of the selected activity ({0})").format(shortcut_text("screen"))
        )
        self.screen_button.clicked.connect(self.screen_activity)
        self.assess_button = QPushButton(self.tr("Assessment"))
        self.assess_button.setToolTip(
            self.tr("Record the impact assessment of the selected activity ({0})").format(shortcut_text("assess"))
        )
        self.assess_button.clicked.connect(self.assess_activity)
        self.review_button = QPushButton(self.tr("Mark reviewed"))
        self.review_button.setToolTip(
            self.tr("Record today's review of the selected activity ({0})").format(shortcut_text("review"))
        )
        self.review_button.clicked.connect(self.mark_reviewed)
        self.report_button = QToolButton()
        self.report_button.setText(self.tr("Record of processing…"))
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.report_button)
        menu.addAction(self.tr("Controller's record (PDF)"), lambda: self.write_report("controller", "pdf"))
        menu.addAction(self.tr("Processor's record (PDF)"), lambda: self.write_report("processor", "pdf"))
        menu.addAction(self.tr("Controller's record (Excel)"), lambda: self.write_report("controller", "xlsx"))
        menu.addAction(self.tr("Processor's record (Excel)"), lambda: self.write_report("processor", "xlsx"))
        menu.addAction(self.tr("Impact assessment of the selected activity (PDF)"), self.write_dpia_report)
        self.report_button.setMenu(menu)

        bar = page_toolbar(self.new_button, [self.status_filter, self.role_filter], self.search, [self.report_button])
        case_actions = QHBoxLayout()
        for button in (self.edit_button, self.screen_button, self.assess_button, self.review_button):
            case_actions.addWidget(button)
        case_actions.addStretch(1)

        self.model = PagedTableModel(
            ops,
            [
                Column("reference", self.tr("Reference")),
                Column("name", self.tr("Name")),
                Column("role", self.tr("Role"), format=lambda v: self.roles.get(v, v or "")),
                Column("status", self.tr("Status"), format=lambda v: self.statuses.get(v, v or "")),
                Column(
                    "legal_bases",
                    self.tr("Legal bases"),
                    sort_key="reference",
                    format=lambda v: capitalised(self._short_bases(v)),
                ),
                Column("review_due", self.tr("Review due"), sort_key="next_review_on", format=_date),
                Column("warning_count", self.tr("Warnings"), sort_key="reference", align_right=True),
            ],
            self._fetch(),
            self._count(),
            tone=lambda row: "overdue" if row.overdue else ("soon" if row.warning_count else None),
            parent=self,
        )
        self.model.total_did_change.connect(self._on_total)
        self.model.rows_did_load.connect(self._on_rows)
        self.table = case_table("records_table", self.model)
        self.table.setWordWrap(False)
        fit_columns(
            self.table,
            {0: "PA-0000", 2: self.tr("Controller"), 3: self.tr("In use"), 5: date_samples(), 6: "00"},
            elastic=(1, 4),  # the name and the legal bases share the room left, and elide
        )
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._select_row(current.row()))
        self.table.doubleClicked.connect(lambda _index: self.edit_activity())

        self.empty = empty_state(
            "records_empty",
            self.tr(
                "No processing activities yet.\n\nThe record of processing (Art. 30) lists what the organisation "
                "does with personal data, why, on which legal basis and for how long.\nPress Ctrl+N to add the first "
                "activity."
            ),
        )
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)

        self.detail = QLabel(self.tr("Select an activity to see its record."))
        self.detail.setObjectName("records_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QListWidget()
        self.warnings.setObjectName("records_warnings")
        self.warnings.setMaximumHeight(110)
        self.warnings.setWordWrap(True)
        self.warnings.itemActivated.connect(self._open_warning)
        detail_inner = QWidget()
        detail_layout = QVBoxLayout(detail_inner)
        detail_layout.addWidget(self.detail)
        detail_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail_inner)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        self.warnings_title = QLabel(self.tr("<b>Warnings</b>"))
        right_layout.addWidget(self.warnings_title)
        right_layout.addWidget(self.warnings)

        splitter = QSplitter()
        splitter.addWidget(self.table_stack)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 460])  # the detail's longest Swedish label and word fit without sideways scrolling

        self.status_line = QLabel()
        self.status_line.setObjectName("records_status")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addLayout(case_actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_line)

        self._pending_reference: str | None = None
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Records")

    def commands(self) -> dict[str, PageCommand]:
        return {
            "new": PageCommand(self.tr("&New processing activity…"), self.new_activity),
            "edit": PageCommand(self.tr("&Edit the activity…"), self.edit_activity),
            "find": PageCommand(self.tr("&Find an activity"), self.search.setFocus),
            "refresh": PageCommand(self.tr("&Reload"), self.refresh),
            "review": PageCommand(self.tr("Mark the activity as &reviewed"), self.mark_reviewed),
            "screen": PageCommand(self.tr("Impact assessment &screening…"), self.screen_activity),
            "assess": PageCommand(self.tr("Record the &impact assessment…"), self.assess_activity),
            "export": PageCommand(self.tr("E&xport the record of processing…"), self.report_button.showMenu),
        }

    def selected_reference(self) -> str | None:
        return self.current.reference if self.current is not None else None

    def _short_bases(self, value: Any) -> str:
        short = {
            "consent": self.tr("consent"),
            "contract": self.tr("contract"),
            "legal-obligation": self.tr("legal obligation"),
            "vital-interests": self.tr("vital interests"),
            "public-task": self.tr("public task"),
            "legitimate-interests": self.tr("legitimate interests"),
        }
        return ", ".join(short.get(k.strip(), k.strip()) for k in str(value or "").split(",") if k.strip())

    # -- the query ----------------------------------------------------------------------------------

    def _filters(self) -> Any:
        from dpo_desk.services.records import RecordFilter

        return RecordFilter(
            self.search.text(), self.status_filter.currentData() or "", self.role_filter.currentData() or ""
        )

    def _fetch(self) -> Any:
        from dpo_desk.services import records

        return partial(_fetch_page, records.fetch, self._filters())

    def _count(self) -> Any:
        from dpo_desk.services import records

        filters = self._filters()
        return lambda session: records.count(session, filters)

    def _on_filters(self) -> None:
        self.model.set_query(self._fetch(), self._count())

    def refresh(self) -> None:
        keep = self.current.reference if self.current else None
        self._pending_reference = self._pending_reference or keep
        self.model.reload()

        def summary(session: Any) -> tuple[int, int]:
            from dpo_desk.services import records

            return records.count(session), records.open_count(session)

        self.ops.query(summary, self._on_summary)

    def _on_summary(self, counts: tuple[int, int]) -> None:
        total, warned = counts
        self.summary.setText(self.tr("%n activities · {0} with warnings", "", total).format(warned) if total else "")

    def _on_total(self, total: int) -> None:
        filtered = bool(self.search.text() or self.status_filter.currentData() or self.role_filter.currentData())
        self.table_stack.setCurrentWidget(self.table if total or filtered else self.empty)

    def _on_rows(self) -> None:
        wanted = self._pending_reference
        if wanted:
            for row, item in enumerate(self.model.rows()):
                if item.reference == wanted:
                    self._pending_reference = None
                    self.table.selectRow(row)
                    self._select_row(row)
                    return
        if self.current is None and self.model.rowCount():
            self.table.selectRow(0)

    # -- the selected activity -----------------------------------------------------------------------

    def _select_row(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is None:
            return
        self.load_activity(item.reference)

    def load_activity(self, reference: str) -> None:
        def query(session: Any) -> Any:
            from dpo_desk.services import dpia, records

            view = records.get(session, reference)
            return view, dpia.show(session, reference)

        self.ops.query(query, self._show_activity, lambda e: self.status_line.setText(str(e)))

    def _show_activity(self, data: Any) -> None:
        view, screening = data
        self.current = view
        self._update_buttons()
        bases = legal_basis_names(self)
        safeguards = safeguard_names(self)
        parts = [f"<h3>{_e(view.reference)} · {_e(view.name)}</h3>"]
        role = self.roles.get(view.role, view.role)
        if view.role == "processor" and view.controllers:
            # Art. 30(2)(a): each controller with its contact details
            missing = self.tr("no contact details")
            role += " — " + "; ".join(
                f"{_e(name)} ({_e(contact) if contact else missing})"
                for name, contact in view.controllers_with_contacts
            )
        elif view.controllers:
            role += " — " + _e("; ".join(view.controllers))
        rows = [
            (self.tr("Role"), role),
            (
                self.tr("Status"),
                self.tr("{0} · review due {1}").format(
                    self.statuses.get(view.status, view.status), _date(view.review_due)
                ),
            ),
            (
                self.tr("Purposes"),
                "<br>".join(
                    f"{_e(p.purpose)} — <i>{bases.get(p.legal_basis, _e(p.legal_basis))}</i>"
                    + (f" + Art. {p.special_article}" if p.special_article else "")
                    for p in view.purposes
                ),
            ),
            (self.tr("Data subjects"), _e(", ".join(view.subject_categories))),
            (self.tr("Personal data"), _e(", ".join(view.data_categories))),
            (self.tr("Special categories"), _e(", ".join(view.special_categories))),
            (self.tr("Criminal data"), _e(", ".join(view.criminal_categories))),
            (self.tr("Sources"), _e(", ".join(view.sources))),
            (self.tr("Recipients"), _e(", ".join(view.recipients))),
            (self.tr("Subprocessors"), ", ".join(f"{_e(s.name)} ({_e(s.reference)})" for s in view.subprocessors)),
            (
                self.tr("Transfers"),
                "<br>".join(
                    f"{_e(t.country)} — {safeguards.get(t.safeguard, _e(t.safeguard))}"
                    + (f" ({_e(t.detail)}) " if t.detail else " ")
                    + (
                        self.tr("via {0}").format(_e(t.recipient or t.subprocessor))
                        if t.subprocessor
                        else self.tr("(entered by hand)")
                    )
                    for t in view.transfers
                )
                or self.tr("none outside the EEA"),
            ),
            (self.tr("Retention"), _e(view.retention)),
            (self.tr("Security"), _e(view.security_measures)),
            (self.tr("Cases"), _e(", ".join(view.cases))),
        ]
        fired = [r for r in screening.screening.reasons if r.fired]
        if view.screening_required is None:
            dpia_text = self.tr("not screened yet (Ctrl+D)")
        elif view.screening_required:
            dpia_text = self.tr("likely required (%n rule(s) fired)", "", len(fired))
            dpia_text += f"; {_e(view.assessment)}" if view.assessment else self.tr("; no assessment recorded")
        else:
            dpia_text = self.tr("not likely required")
        rows.append((self.tr("Impact assessment"), dpia_text))
        parts.append("<table cellspacing='4'>")
        for label, value in rows:
            if value:
                parts.append(f"<tr><td valign='top'><b>{label}</b></td><td>{value}</td></tr>")
        parts.append("</table>")
        self.detail.setText("".join(parts))
        self.warnings.clear()
        for warning in view.warnings:
            text = records_warning_text(warning)
            item = QListWidgetItem(f"⚠ {text}")
            item.setData(Qt.ItemDataRole.UserRole, warning.code)
            item.setToolTip(f"{warning.code}: {text}")
            self.warnings.addItem(item)
        if not view.warnings:
            self.warnings.addItem(QListWidgetItem(self.tr("✔ No warnings.")))

    def _open_warning(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if code in ("dpia-missing", "dpia-review-overdue", "prior-consultation-missing"):
            self.assess_activity()
        elif code:
            self.edit_activity()

    def _update_buttons(self) -> None:
        selected = self.current is not None
        for button in (self.edit_button, self.screen_button, self.assess_button, self.review_button):
            button.setEnabled(selected)

    def open_reference(self, reference: str) -> bool:
        wanted = reference.strip().upper()
        if wanted.startswith("DPIA-"):

            def activity_of(session: Any) -> str:
                from dpo_desk.services import dpia

                return dpia.show(session, wanted).activity

            self.ops.query(activity_of, self.open_reference, lambda e: self.status_line.setText(str(e)))
            return True
        if not wanted.startswith("PA-"):
            return False
        self._pending_reference = wanted
        if self.search.text():
            self.search.clear()  # the table reloads and selects the activity when its row arrives
        else:
            self._on_rows()
        self.load_activity(wanted)
        return True

    # -- actions ------------------------------------------------------------------------------------

    def new_activity(self) -> None:
        dialog = ActivityDialog(self.ops, None, self)
        dialog.activity_did_save.connect(self._after_save)
        dialog.open()
        self.editor = dialog

    def edit_activity(self) -> None:
        if self.current is None:
            return
        dialog = ActivityDialog(self.ops, self.current.reference, self)
        dialog.activity_did_save.connect(self._after_save)
        dialog.open()
        self.editor = dialog

    def screen_activity(self) -> None:
        if self.current is None:
            return
        dialog = ScreeningDialog(self.ops, self.current.reference, self)
        dialog.screening_did_save.connect(self._after_save)
        dialog.open()
        self.screening = dialog

    def assess_activity(self) -> None:
        if self.current is None:
            return
        reference = self.current.reference
        dialog = AssessmentDialog(self.ops, reference, self)
        dialog.assessment_did_save.connect(lambda _number: self._after_save(reference))
        dialog.open()
        self.assessment_dialog = dialog

    def _after_save(self, reference: str) -> None:
        self._pending_reference = reference
        self.status_line.setText(self.tr("Saved {0}.").format(reference))
        self.load_activity(reference)

    def mark_reviewed(self) -> None:
        if self.current is None:
            return
        reference = self.current.reference

        def change(session: Any) -> str:
            from dpo_desk.services import records

            return records.mark_reviewed(session, reference).reference

        self.ops.change(change, self._after_save, lambda e: self.status_line.setText(str(e)))

    def _ask_file(self, suggested: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), suggested, pattern)
        return path

    def write_report(self, kind: str, fmt: str) -> None:
        pattern = file_filters() if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)")
        target = self.choose_file(f"record-of-processing-{kind}.{fmt}", pattern)
        if not target:
            return
        if fmt == "pdf":  # the record as a document: PDF, or .docx/.odt to edit
            target = with_suffix(target)

        def job(store: Any, progress: Any) -> str:
            from dpo_desk.services import reports

            progress(0, 2)
            with store.read() as session:
                report = reports.gather_records(session, kind)
            progress(1, 2)
            if fmt == "pdf":
                from dpo_desk.reporting.records_document import write_record

                write_record(report, self.ops.output(target))
            else:
                from dpo_desk.reporting.records_xlsx import write_record_xlsx

                write_record_xlsx(report, self.ops.output(target))
            progress(2, 2)
            return target

        self.status_line.setText(self.tr("Writing the record…"))
        self.ops.job(job, self._on_report, lambda e: self.status_line.setText(error_text(e)), self._on_progress)

    def write_dpia_report(self) -> None:
        if self.current is None:
            return
        reference = self.current.reference
        target = self.choose_file(f"impact-assessment-{reference}.pdf", self.tr("PDF (*.pdf)"))
        if not target:
            return

        def job(store: Any, progress: Any) -> str:
            from dpo_desk.reporting.dpia_pdf import write_dpia_pdf
            from dpo_desk.services import reports

            with store.read() as session:
                report = reports.gather_dpia(session, reference)
            write_dpia_pdf(report, target)
            return target

        self.ops.job(job, self._on_report, lambda e: self.status_line.setText(error_text(e)))

    def _on_progress(self, done: int, total: int) -> None:
        self.status_line.setText(self.tr("Writing the record… {0}/{1}").format(done, total))

    def _on_report(self, target: str) -> None:
        self.status_line.setText(self.tr("Wrote {0}").format(target))


def _date(value: Any) -> str:
    return format_date(value)


def _fetch_page(
    fetch: Any, filters: Any, session: Any, offset: int, limit: int, sort_key: str, descending: bool
) -> Any:
    return fetch(session, offset, limit, sort_key, descending, filters)
