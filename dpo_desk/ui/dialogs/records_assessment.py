"""The impact assessment of an activity (Art. 35(7)): description, necessity, risks, measures, the DPO's
advice and whether it was followed, residual risk, prior consultation (Art. 36), next review.

Signals:
    assessment_did_save(str): the assessment's reference (DPIA-0001).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import DpoDeskError, InvalidInput
from dpo_desk.ui.dialogs.records_pickers import ErrorLine, rows_with_buttons
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.field import FIELD_LABEL, worded_for_window


def _combo(items: dict[Any, str], current: Any) -> QComboBox:
    combo = QComboBox()
    for key, name in items.items():
        combo.addItem(name, key)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class AssessmentDialog(QDialog):
    assessment_did_save = Signal(str)

    def __init__(self, ops: Ops, activity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.activity = activity
        self.setWindowTitle(self.tr("Impact assessment — {0}").format(activity))
        self.resize(860, 720)
        self.likelihoods = {
            "remote": self.tr("Remote"),
            "possible": self.tr("Possible"),
            "likely": self.tr("Likely"),
            "very-likely": self.tr("Very likely"),
        }
        self.severities = {
            "minimal": self.tr("Minimal"),
            "significant": self.tr("Significant"),
            "serious": self.tr("Serious"),
            "severe": self.tr("Severe"),
        }
        self.errors: dict[str, ErrorLine] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        self.description = self._field(form, "description", self.tr("(a) Description and purposes"), QPlainTextEdit())
        self.necessity = self._field(form, "necessity", self.tr("(b) Necessity and proportionality"), QPlainTextEdit())
        self.risks = QTableWidget(0, 4)
        self.risks.setHorizontalHeaderLabels(
            [self.tr("Risk to data subjects"), self.tr("Likelihood"), self.tr("Severity"), self.tr("Measures")]
        )
        self.risks.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.risks.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # likelihood and severity: as wide as their (translated) titles
            self.risks.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        holder = rows_with_buttons(self.risks, self.tr("Add risk"), self.add_risk, self.tr("Remove risk"))
        self._field(form, "risks", self.tr("(c) Risks"), holder)
        self.measures = self._field(form, "measures", self.tr("(d) Measures envisaged"), QPlainTextEdit())
        self.dpo_advice = self._field(form, "dpo_advice", self.tr("The DPO's advice (Art. 35(2))"), QPlainTextEdit())
        self.followed = self._field(
            form,
            "dpo_advice_followed",
            self.tr("Advice followed"),
            _combo({None: self.tr("Not recorded"), True: self.tr("Yes"), False: self.tr("No")}, None),
        )
        self.reason = self._field(form, "dpo_advice_reason", self.tr("Why not followed"), QLineEdit())
        self.residual = self._field(
            form,
            "residual_risk",
            self.tr("Residual risk"),
            _combo(
                {
                    "": self.tr("Not assessed"),
                    "low": self.tr("Low"),
                    "medium": self.tr("Medium"),
                    "high": self.tr("High"),
                },
                "",
            ),
        )
        self.consulted_on = self._field(
            form, "prior_consultation_on", self.tr("Prior consultation (Art. 36) on"), QLineEdit()
        )
        self.consulted_on.setPlaceholderText(self.tr("needed when a high residual risk remains, e.g. 2026-05-10"))
        self.outcome = self._field(form, "prior_consultation_outcome", self.tr("Consultation outcome"), QLineEdit())
        self.assessed_on = self._field(form, "assessed_on", self.tr("Assessed on"), QLineEdit())
        self.next_review = self._field(form, "next_review_on", self.tr("Next review"), QLineEdit())
        for edit in (self.description, self.necessity, self.measures, self.dpo_advice):
            edit.setMaximumHeight(70)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.message = ErrorLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Art. 35(7): the assessment contains at least (a) to (d).")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.loaded = False

        def load(session: Any) -> Any:
            from dpo_desk.services import dpia

            return dpia.show(session, activity).assessment

        self.ops.query(load, self._on_loaded, lambda e: self.message.show_message(str(e)))

    def _field(self, form: QFormLayout, key: str, label: str, widget: Any) -> Any:
        error = ErrorLine()
        error.setProperty(FIELD_LABEL, label)
        self.errors[key] = error
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(widget)
        inner.addWidget(error)
        form.addRow(label, box)
        return widget

    def add_risk(
        self, text: str = "", likelihood: str = "possible", severity: str = "significant", measures: str = ""
    ) -> None:
        row = self.risks.rowCount()
        self.risks.insertRow(row)
        self.risks.setItem(row, 0, QTableWidgetItem(text))
        self.risks.setCellWidget(row, 1, _combo(self.likelihoods, likelihood))
        self.risks.setCellWidget(row, 2, _combo(self.severities, severity))
        self.risks.setItem(row, 3, QTableWidgetItem(measures))

    def _on_loaded(self, a: Any) -> None:
        if a is not None:
            self.description.setPlainText(a.description)
            self.necessity.setPlainText(a.necessity)
            for r in a.risks:
                self.add_risk(r.description, r.likelihood, r.severity, r.measures)
            self.measures.setPlainText(a.measures)
            self.dpo_advice.setPlainText(a.dpo_advice)
            self.followed.setCurrentIndex(max(self.followed.findData(a.dpo_advice_followed), 0))
            self.reason.setText(a.dpo_advice_reason)
            self.residual.setCurrentIndex(max(self.residual.findData(a.residual_risk), 0))
            self.consulted_on.setText(a.prior_consultation_on.isoformat() if a.prior_consultation_on else "")
            self.outcome.setText(a.prior_consultation_outcome)
            self.assessed_on.setText(a.assessed_on.isoformat())
            self.next_review.setText(a.next_review_on.isoformat() if a.next_review_on else "")
        else:
            self.add_risk()
        self.loaded = True

    def values(self) -> dict[str, Any]:
        from dpo_desk.services.dpia import RiskInput

        def cell(row: int, column: int) -> str:
            item = self.risks.item(row, column)
            return item.text() if item is not None else ""

        risks = [
            RiskInput(
                cell(row, 0),
                self.risks.cellWidget(row, 1).currentData(),  # type: ignore[union-attr]
                self.risks.cellWidget(row, 2).currentData(),  # type: ignore[union-attr]
                cell(row, 3),
            )
            for row in range(self.risks.rowCount())
            if cell(row, 0).strip()
        ]
        return {
            "description": self.description.toPlainText(),
            "necessity": self.necessity.toPlainText(),
            "risks": risks,
            "measures": self.measures.toPlainText(),
            "dpo_advice": self.dpo_advice.toPlainText(),
            "dpo_advice_followed": self.followed.currentData(),
            "dpo_advice_reason": self.reason.text(),
            "residual_risk": self.residual.currentData(),
            "prior_consultation_on": self.consulted_on.text() or None,
            "prior_consultation_outcome": self.outcome.text(),
            "assessed_on": self.assessed_on.text() or None,
            "next_review_on": self.next_review.text() or None,
        }

    def save(self) -> None:
        if not self.loaded:
            return
        for error in self.errors.values():
            error.show_message("")
        self.message.show_message("")
        values, activity = self.values(), self.activity

        def change(session: Any) -> str:
            from dpo_desk.services import dpia

            return dpia.record_assessment(session, activity, **values)

        self.ops.change(change, self._on_saved, self._on_refused)

    def _on_saved(self, reference: str) -> None:
        self.assessment_did_save.emit(reference)
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            where, _, name = error.field.rpartition(": ")  # "risk 2: severity" is a part of the risks
            key = "risks" if where.startswith("risk") else name
            if key in self.errors:
                self.errors[key].show_message(
                    worded_for_window(error, self.errors[key]) if key == error.field else error_text(error)
                )
                return
        if getattr(error, "code", "") == "advice-reason-missing":
            self.errors["dpo_advice_reason"].show_message(error_text(error))
            return
        self.message.show_message(error_text(error) if isinstance(error, DpoDeskError) else self.tr("Not saved."))
