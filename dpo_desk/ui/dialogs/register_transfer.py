"""The safeguard of one transfer: adequacy, SCCs with their module, BCRs or an Art. 49(1) derogation.

Shows what the adequacy list says of the country (decision, scope, a pending legal challenge) so the
DPO sees why a fallback is asked for. Errors appear beside the field; nothing is stored until the
core accepts.

Signals:
    transfer_did_save(str): the entry's reference, after the core stored the safeguard.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import InvalidInput
from dpo_desk.ui.dialogs.register_countries import country_label, decision_name
from dpo_desk.ui.dialogs.register_editor import show_refusal
from dpo_desk.ui.i18n import current_language
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.widgets.field import field_error_label


class TransferDialog(QDialog):
    transfer_did_save = Signal(str)

    def __init__(self, ops: Ops, reference: str, transfer: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.reference, self.country = ops, reference, transfer.country
        self.setWindowTitle(self.tr("Transfer to {0}").format(country_label(transfer.country)))
        self.resize(560, 520)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        self.mechanism = QComboBox()
        for code, label in (
            ("none", self.tr("none yet")),
            ("adequacy", self.tr("adequacy decision")),
            ("scc", self.tr("standard contractual clauses")),
            ("bcr", self.tr("binding corporate rules")),
            ("derogation", self.tr("Art. 49(1) derogation")),
        ):
            self.mechanism.addItem(label, code)
        self.scc_module = QSpinBox()
        self.scc_module.setRange(0, 4)
        self.scc_module.setSpecialValueText("—")
        self.scc_version = QComboBox()
        for version in ("2021/914", "2010/87/EU", "2004/915/EC", "2001/497/EC"):
            self.scc_version.addItem(version, version)
        self.derogation = QComboBox()
        self.derogation.addItem("—", "")
        for letter, label in (
            ("a", self.tr("(a) explicit consent")),
            ("b", self.tr("(b) contract with the data subject")),
            ("c", self.tr("(c) contract in the data subject's interest")),
            ("d", self.tr("(d) important reasons of public interest")),
            ("e", self.tr("(e) legal claims")),
            ("f", self.tr("(f) vital interests")),
            ("g", self.tr("(g) public register")),
            ("compelling", self.tr("compelling legitimate interests (second subparagraph)")),
        ):
            self.derogation.addItem(label, letter)
        self.tia = QLineEdit()
        self.tia.setPlaceholderText("2026-03-05")
        self.review = QLineEdit()
        self.review.setPlaceholderText("2027-03-05")
        self.measures = QPlainTextEdit()
        self.measures.setMaximumHeight(80)
        self.measures.setTabChangesFocus(True)
        self.fallback = QComboBox()
        self.fallback.addItem("—", "")
        self.fallback.addItem(self.tr("standard contractual clauses"), "scc")
        self.fallback.addItem(self.tr("binding corporate rules"), "bcr")
        self.fallback_module = QSpinBox()
        self.fallback_module.setRange(0, 4)
        self.fallback_module.setSpecialValueText("—")
        for field, label, widget in (  # each by the service's name of it, as its refusals name it
            ("safeguard", self.tr("Safeguard"), self.mechanism),
            ("scc_module", self.tr("SCC module"), self.scc_module),
            ("scc_version", self.tr("SCC set"), self.scc_version),
            ("derogation", self.tr("Derogation"), self.derogation),
            ("tia_on", self.tr("Transfer impact assessment"), self.tia),
            ("tia_review_on", self.tr("Review the assessment on"), self.review),
            ("supplementary_measures", self.tr("Supplementary measures"), self.measures),
            ("fallback_safeguard", self.tr("Fallback safeguard"), self.fallback),
            ("fallback_scc_module", self.tr("Fallback SCC module"), self.fallback_module),
        ):
            error = field_error_label(label)
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(label, holder)
            self.errors[field] = error
        self.decision = QLabel()
        self.decision.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.decision)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.mechanism.currentIndexChanged.connect(lambda _i: self._enable())
        self.fallback.currentIndexChanged.connect(lambda _i: self._enable())
        self._fill(transfer)
        self.ops.query(lambda _session: _decision(transfer.country), self._show_decision)

    def _fill(self, t: Any) -> None:
        self.mechanism.setCurrentIndex(max(0, self.mechanism.findData(t.safeguard)))
        self.scc_module.setValue(t.scc_module or 0)
        self.scc_version.setCurrentIndex(max(0, self.scc_version.findData(t.scc_version or "2021/914")))
        self.derogation.setCurrentIndex(max(0, self.derogation.findData(t.derogation)))
        self.tia.setText(t.tia_on.isoformat() if t.tia_on else "")
        self.review.setText(t.tia_review_on.isoformat() if t.tia_review_on else "")
        self.measures.setPlainText(t.supplementary_measures)
        self.fallback.setCurrentIndex(max(0, self.fallback.findData(t.fallback_safeguard)))
        self.fallback_module.setValue(t.fallback_scc_module or 0)
        self._enable()

    def _enable(self) -> None:
        kind = self.mechanism.currentData()
        self.scc_module.setEnabled(kind == "scc")
        self.scc_version.setEnabled(kind == "scc")
        self.derogation.setEnabled(kind == "derogation")
        self.fallback.setEnabled(kind == "adequacy")
        self.fallback_module.setEnabled(kind == "adequacy" and self.fallback.currentData() == "scc")

    def _show_decision(self, decision: Any) -> None:
        if decision is None:
            self.decision.setText(self.tr("No adequacy decision covers {0}.").format(country_label(self.country)))
            return
        language = current_language()
        lines = [f"<b>{_esc(decision_name(decision))}</b>: {_esc(decision.reference)}"]
        if decision.scope_note:
            lines.append(_esc(decision.scope_in(language)))
        if decision.challenge:
            lines.append(f"<span style='color:#8a5300'>{_esc(decision.challenge_in(language))}</span>")
        self.decision.setText("<br>".join(lines))

    def save(self) -> None:
        from dpo_desk.services import register as service

        for label in self.errors.values():
            label.setVisible(False)
        kind = self.mechanism.currentData()
        try:
            safeguard = service.check_safeguard(
                kind,
                scc_module=self.scc_module.value() or None if kind == "scc" else None,
                scc_version=self.scc_version.currentData() if kind == "scc" else None,
                derogation=self.derogation.currentData() if kind == "derogation" else None,
                tia_on=self.tia.text().strip() or None,
                tia_review_on=self.review.text().strip() or None,
                supplementary_measures=self.measures.toPlainText(),
                fallback_safeguard=self.fallback.currentData() if kind == "adequacy" else None,
                fallback_scc_module=(self.fallback_module.value() or None)
                if kind == "adequacy" and self.fallback.currentData() == "scc"
                else None,
            )
        except InvalidInput as error:
            self._failed(error)
            return
        reference, country = self.reference, self.country
        self.buttons.setEnabled(False)
        self.ops.change(
            lambda session: service.set_transfer(session, reference, country, safeguard).reference,
            self._saved,
            self._failed,
        )

    def _saved(self, reference: str) -> None:
        self.buttons.setEnabled(True)
        self.transfer_did_save.emit(reference)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_refusal(error, self.errors, self.message, self.tr("Nothing was saved."))


def _decision(country: str) -> Any:
    from dpo_desk.services import register as service

    return service.adequacy_list().decision_for(country)


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
