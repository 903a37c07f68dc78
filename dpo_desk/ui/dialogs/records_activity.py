"""The editor of a processing activity: every Art. 30 item, pickers for categories and linked subprocessors.

Loads what it offers through `Ops.query` and saves through `Ops.change`; a refused value is shown
under its field (InvalidInput names it) and nothing is stored.

Signals:
    activity_did_save(str): the reference saved (new or changed).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import DpoDeskError, InvalidInput
from dpo_desk.ui.dialogs.records_pickers import CategoryPicker, ErrorLine, rows_with_buttons
from dpo_desk.ui.i18n import translate
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.field import FIELD_LABEL, worded_for_window
from dpo_desk.ui.widgets.tables import fit_headers


def legal_basis_names(w: QWidget) -> dict[str, str]:
    return {
        "": translate("ActivityDialog", "— none recorded —"),
        "consent": translate("ActivityDialog", "Consent, Art. 6(1)(a)"),
        "contract": translate("ActivityDialog", "Contract, Art. 6(1)(b)"),
        "legal-obligation": translate("ActivityDialog", "Legal obligation, Art. 6(1)(c)"),
        "vital-interests": translate("ActivityDialog", "Vital interests, Art. 6(1)(d)"),
        "public-task": translate("ActivityDialog", "Public task, Art. 6(1)(e)"),
        "legitimate-interests": translate("ActivityDialog", "Legitimate interests, Art. 6(1)(f)"),
    }


def special_condition_names(w: QWidget) -> dict[str, str]:
    return {
        "": translate("ActivityDialog", "— none —"),
        "explicit-consent": translate("ActivityDialog", "(a) Explicit consent"),
        "employment-social-security": translate("ActivityDialog", "(b) Employment and social security law"),
        "vital-interests": translate("ActivityDialog", "(c) Vital interests"),
        "not-for-profit-body": translate("ActivityDialog", "(d) Not-for-profit body"),
        "made-public": translate("ActivityDialog", "(e) Made public by the data subject"),
        "legal-claims": translate("ActivityDialog", "(f) Legal claims"),
        "substantial-public-interest": translate("ActivityDialog", "(g) Substantial public interest"),
        "health-or-social-care": translate("ActivityDialog", "(h) Health or social care"),
        "public-health": translate("ActivityDialog", "(i) Public health"),
        "archiving-research-statistics": translate("ActivityDialog", "(j) Archiving, research, statistics"),
    }


def role_names(w: QWidget) -> dict[str, str]:
    return {
        "controller": translate("ActivityDialog", "Controller"),
        "joint-controller": translate("ActivityDialog", "Joint controller"),
        "processor": translate("ActivityDialog", "Processor"),
    }


def status_names(w: QWidget) -> dict[str, str]:
    return {
        "draft": translate("ActivityDialog", "Draft"),
        "active": translate("ActivityDialog", "In use"),
        "retired": translate("ActivityDialog", "Retired"),
    }


def safeguard_names(w: QWidget) -> dict[str, str]:
    return {
        "scc": translate("ActivityDialog", "Standard contractual clauses"),
        "adequacy": translate("ActivityDialog", "Adequacy decision"),
        "bcr": translate("ActivityDialog", "Binding corporate rules"),
        "derogation": translate("ActivityDialog", "Derogation (Art. 49)"),
        "none": translate("ActivityDialog", "No safeguard"),
        "eea": translate("ActivityDialog", "Within the EEA"),
    }


def _combo(names: dict[str, str], current: str = "") -> QComboBox:
    combo = QComboBox()
    for key, name in names.items():
        combo.addItem(name, key)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


def load_editor_data(reference: str | None) -> Any:
    """What the editor needs, read in one query (runs on the worker)."""

    def query(session: Any) -> dict[str, Any]:
        from dpo_desk.services import records

        return {
            "choices": records.choices(session),
            "subprocessors": records.subprocessor_choices(session),
            "activity": records.get(session, reference) if reference else None,
        }

    return query


class ActivityDialog(QDialog):
    activity_did_save = Signal(str)

    def __init__(self, ops: Ops, reference: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.reference = reference
        self.setWindowTitle(self.tr("Edit {0}").format(reference) if reference else self.tr("New processing activity"))
        self.resize(1000, 640)  # the purposes' five columns, headers whole in Finnish and Swedish
        self.errors: dict[str, ErrorLine] = {}
        self.tabs = QTabWidget()
        # Fusion draws an unselected tab's label 2 px lower within a tab bar sized to the font, which cuts off
        # the descenders ("uppgifter", "siirrot"); the detail panes' tabs have this padding already
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 7px; }")
        self._tab_of: dict[str, int] = {}
        self._build_basics()
        self._build_purposes()
        self._build_data()
        self._build_recipients()
        self._build_retention()
        self.message = ErrorLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.loaded = False
        self.ops.query(load_editor_data(reference), self._on_loaded, self._on_load_failed)

    # -- building ---------------------------------------------------------------------------------

    def _field(self, form: QFormLayout, key: str, label: str, widget: QWidget, tab: int) -> QWidget:
        error = ErrorLine()
        error.setProperty(FIELD_LABEL, label)
        self.errors[key] = error
        self._tab_of[key] = tab
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(widget)
        inner.addWidget(error)
        form.addRow(label, box)
        return widget

    def _page(self, title: str) -> tuple[QFormLayout, int]:
        page = QWidget()
        form = QFormLayout(page)
        index = self.tabs.addTab(page, title)
        return form, index

    def _build_basics(self) -> None:
        form, tab = self._page(self.tr("Activity"))
        self.name = self._field(form, "name", self.tr("Name"), QLineEdit(), tab)
        self.name.setObjectName("activity_name")
        self.role = self._field(form, "role", self.tr("Our role"), _combo(role_names(self), "controller"), tab)
        self.controllers = self._field(
            form, "controllers", self.tr("Joint controllers / controllers served"), QLineEdit(), tab
        )
        self.controllers.setPlaceholderText(self.tr("Names separated by semicolons"))
        self.controller_contacts = self._field(
            form, "controller_contacts", self.tr("Controllers' contact details"), QPlainTextEdit(), tab
        )
        self.controller_contacts.setPlaceholderText(
            self.tr("As processor: one line per controller, in the same order (Art. 30(2)(a))")
        )
        self.controller_contacts.setMaximumHeight(60)
        self.description = self._field(form, "description", self.tr("Description"), QPlainTextEdit(), tab)
        self.description.setMaximumHeight(80)
        self.owner = self._field(form, "owner", self.tr("Owner"), QLineEdit(), tab)
        self.status = self._field(form, "status", self.tr("Status"), _combo(status_names(self), "active"), tab)
        self.next_review = self._field(form, "next_review_on", self.tr("Next review"), QLineEdit(), tab)
        self.next_review.setPlaceholderText(self.tr("2027-06-30 (empty: a review period from the last review)"))
        self.systems = self._field(form, "systems", self.tr("Systems"), CategoryPicker(self.tr("Add a system")), tab)

    def _build_purposes(self) -> None:
        form, tab = self._page(self.tr("Purposes and legal bases"))
        self.purposes = QTableWidget(0, 5)
        self.purposes.setObjectName("purposes_table")
        self.purposes.setHorizontalHeaderLabels(
            [
                self.tr("Purpose"),
                self.tr("Legal basis"),
                self.tr("Art. 9(2) condition"),
                self.tr("Balancing test date"),
                self.tr("Balancing conclusion"),
            ]
        )
        header = self.purposes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        metrics = self.purposes.fontMetrics()
        basis = max(metrics.horizontalAdvance(name) for name in legal_basis_names(self).values()) + 40  # the arrow
        fit_headers(self.purposes, {1: max(210, basis), 2: 180, 3: 130})  # the balancing test's date: a long header
        holder = rows_with_buttons(self.purposes, self.tr("Add purpose"), self.add_purpose, self.tr("Remove purpose"))
        hint = QLabel(
            self.tr(
                "Each purpose needs its Art. 6(1) basis; legitimate interests need the balancing test's date "
                "and conclusion."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self._field(form, "purposes", self.tr("Purposes"), holder, tab)

    def add_purpose(
        self, purpose: str = "", basis: str = "", condition: str = "", date: str = "", conclusion: str = ""
    ) -> None:
        row = self.purposes.rowCount()
        self.purposes.insertRow(row)
        self.purposes.setItem(row, 0, QTableWidgetItem(purpose))
        self.purposes.setCellWidget(row, 1, _combo(legal_basis_names(self), basis))
        self.purposes.setCellWidget(row, 2, _combo(special_condition_names(self), condition))
        self.purposes.setItem(row, 3, QTableWidgetItem(date))
        self.purposes.setItem(row, 4, QTableWidgetItem(conclusion))

    def _build_data(self) -> None:
        form, tab = self._page(self.tr("Data subjects and data"))
        self.subject_categories = self._field(
            form, "subject_categories", self.tr("Data subjects"), CategoryPicker(self.tr("Add a category")), tab
        )
        self.data_categories = self._field(
            form, "data_categories", self.tr("Personal data"), CategoryPicker(self.tr("Add a category")), tab
        )
        self.special_categories = self._field(
            form,
            "special_categories",
            self.tr("Special categories (Art. 9)"),
            CategoryPicker(self.tr("Add a special category")),
            tab,
        )
        self.criminal_categories = self._field(
            form,
            "criminal_categories",
            self.tr("Criminal data (Art. 10)"),
            CategoryPicker(self.tr("Add a category")),
            tab,
        )
        self.sources = self._field(form, "sources", self.tr("Sources"), CategoryPicker(self.tr("Add a source")), tab)

    def _build_recipients(self) -> None:
        form, tab = self._page(self.tr("Recipients and transfers"))
        self.recipients = self._field(
            form, "recipients", self.tr("Categories of recipients"), CategoryPicker(self.tr("Add a recipient")), tab
        )
        self.subprocessors = self._field(
            form,
            "subprocessors",
            self.tr("Linked subprocessors"),
            CategoryPicker(self.tr("Reference, e.g. SP-0001")),
            tab,
        )
        self.subprocessors.setObjectName("subprocessor_picker")
        self.transfers = QTableWidget(0, 4)
        self.transfers.setHorizontalHeaderLabels(
            [self.tr("Country"), self.tr("Safeguard"), self.tr("Detail"), self.tr("Recipient")]
        )
        self.transfers.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.transfers.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.transfers.setMaximumHeight(130)
        add = QPushButton(self.tr("Add transfer"))
        add.clicked.connect(lambda: self.add_transfer())
        remove = QPushButton(self.tr("Remove transfer"))
        remove.clicked.connect(lambda: self.transfers.removeRow(self.transfers.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(self.tr("Transfers of linked subprocessors are derived; add only others here.")))
        inner.addWidget(self.transfers)
        inner.addLayout(buttons)
        self._field(form, "transfers", self.tr("Other transfers outside the EEA"), holder, tab)

    def add_transfer(self, country: str = "", safeguard: str = "scc", detail: str = "", recipient: str = "") -> None:
        row = self.transfers.rowCount()
        self.transfers.insertRow(row)
        self.transfers.setItem(row, 0, QTableWidgetItem(country))
        self.transfers.setCellWidget(row, 1, _combo(safeguard_names(self), safeguard))
        self.transfers.setItem(row, 2, QTableWidgetItem(detail))
        self.transfers.setItem(row, 3, QTableWidgetItem(recipient))

    def _build_retention(self) -> None:
        form, tab = self._page(self.tr("Retention and security"))
        self.retention = self._field(form, "retention", self.tr("Retention or its criteria"), QPlainTextEdit(), tab)
        self.retention.setMaximumHeight(90)
        self.security = self._field(
            form, "security_measures", self.tr("Security measures (Art. 32)"), QPlainTextEdit(), tab
        )

    # -- loading ----------------------------------------------------------------------------------

    def _on_load_failed(self, error: BaseException) -> None:
        self.message.show_message(error_text(error))

    def _on_loaded(self, data: dict[str, Any]) -> None:
        choices, view = data["choices"], data["activity"]
        for key in (
            "subject_categories",
            "data_categories",
            "special_categories",
            "criminal_categories",
            "sources",
            "recipients",
            "systems",
        ):
            picker: CategoryPicker = getattr(self, key)
            picker.set_items(choices.get(key, []), list(getattr(view, key)) if view else [])
        linked = {s.reference for s in view.subprocessors} if view else set()
        self.subprocessors.list.clear()
        for sp in data["subprocessors"]:
            self.subprocessors.add_choice(f"{sp.name} ({sp.reference})", sp.reference, sp.reference in linked)
        if view is not None:
            self.name.setText(view.name)
            self.role.setCurrentIndex(self.role.findData(view.role))
            self.controllers.setText("; ".join(view.controllers))
            self.controller_contacts.setPlainText("\n".join(view.controller_contacts))
            self.description.setPlainText(view.description)
            self.owner.setText(view.owner)
            self.status.setCurrentIndex(self.status.findData(view.status))
            self.next_review.setText(view.next_review_on.isoformat() if view.next_review_on else "")
            for p in view.purposes:
                self.add_purpose(
                    p.purpose,
                    p.legal_basis,
                    p.special_condition,
                    p.balancing_on.isoformat() if p.balancing_on else "",
                    p.balancing_conclusion,
                )
            for t in view.transfers:
                if not t.subprocessor:
                    self.add_transfer(t.country, t.safeguard, t.detail, t.recipient)
            self.retention.setPlainText(view.retention)
            self.security.setPlainText(view.security_measures)
        else:
            self.add_purpose()
        self.loaded = True

    # -- saving -----------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        from dpo_desk.services.records import PurposeInput, TransferInput

        def cell(table: QTableWidget, row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        purposes = [
            PurposeInput(
                cell(self.purposes, row, 0),
                self.purposes.cellWidget(row, 1).currentData(),  # type: ignore[union-attr]
                self.purposes.cellWidget(row, 2).currentData(),  # type: ignore[union-attr]
                cell(self.purposes, row, 3) or None,
                cell(self.purposes, row, 4),
            )
            for row in range(self.purposes.rowCount())
        ]
        transfers = [
            TransferInput(
                cell(self.transfers, row, 0),
                self.transfers.cellWidget(row, 1).currentData(),  # type: ignore[union-attr]
                cell(self.transfers, row, 2),
                cell(self.transfers, row, 3),
            )
            for row in range(self.transfers.rowCount())
        ]
        return {
            "name": self.name.text(),
            "role": self.role.currentData(),
            "controllers": [c.strip() for c in self.controllers.text().split(";") if c.strip()],
            # only a processor's record holds them (Art. 30(2)(a)); a line each, blank ones kept in place
            "controller_contacts": self.controller_contacts.toPlainText().rstrip().splitlines()
            if self.role.currentData() == "processor"
            else [],
            "description": self.description.toPlainText(),
            "owner": self.owner.text(),
            "status": self.status.currentData(),
            "next_review_on": self.next_review.text() or None,
            "purposes": purposes,
            "transfers": transfers,
            "subprocessors": self.subprocessors.value(),
            "subject_categories": self.subject_categories.value(),
            "data_categories": self.data_categories.value(),
            "special_categories": self.special_categories.value(),
            "criminal_categories": self.criminal_categories.value(),
            "sources": self.sources.value(),
            "recipients": self.recipients.value(),
            "systems": self.systems.value(),
            "retention": self.retention.toPlainText(),
            "security_measures": self.security.toPlainText(),
        }

    def save(self) -> None:
        if not self.loaded:
            return
        for error in self.errors.values():
            error.show_message("")
        self.message.show_message("")
        values = self.values()
        reference = self.reference

        def change(session: Any) -> str:
            from dpo_desk.services import records

            if reference is None:
                return records.add_activity(session, **values)
            return records.update_activity(session, reference, **values).reference

        self.buttons.setEnabled(False)
        self.ops.change(change, self._on_saved, self._on_refused)

    def _on_saved(self, reference: str) -> None:
        self.buttons.setEnabled(True)
        self.reference = reference
        self.activity_did_save.emit(reference)
        self.accept()

    def field_key(self, error: InvalidInput) -> str:
        """The editor field an InvalidInput names ("purpose 2: legal_basis" -> purposes)."""
        where, _, name = error.field.rpartition(": ")
        if where.startswith("purpose"):
            return "purposes"
        if name.startswith("transfer_"):
            return "transfers"
        return name

    def _on_refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, InvalidInput):
            key = self.field_key(error)
            if key in self.errors:
                # named by its label here; a part of a list ("purpose 2: legal basis") as the core words it
                self.errors[key].show_message(
                    worded_for_window(error, self.errors[key]) if key == error.field else error_text(error)
                )
                self.tabs.setCurrentIndex(self._tab_of[key])
                return
        self.message.show_message(error_text(error) if isinstance(error, DpoDeskError) else self.tr("Not saved."))
