"""The register entry editor: every field of a subprocessor, countries picked by name, errors beside the field.

A new entry also takes the safeguard for its countries outside the EEA (each can be changed later
on the Transfers tab). Nothing is stored until the core accepts the whole form.

Signals:
    entry_did_save(str): the entry's reference, after the core stored it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.errors import DpoDeskError, InvalidInput
from dpo_desk.ui.dialogs.register_countries import CountryListEdit, CountryPicker
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.refusal_text import error_text, invalid_input_reason, invalid_input_text
from dpo_desk.ui.widgets.field import FIELD_LABEL, field_error_label
from dpo_desk.ui.widgets.palette import ERROR_STYLE


class RegisterEditorDialog(QDialog):
    entry_did_save = Signal(str)

    def __init__(self, ops: Ops, reference: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.reference = reference
        self.eea: frozenset[str] = frozenset()
        self.setWindowTitle(self.tr("Edit {0}").format(reference) if reference else self.tr("New subprocessor"))
        self.resize(720, 700)  # fits a 1280×800 screen with its title bar and a panel; the form scrolls
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        form_host = QWidget()
        form = QFormLayout(form_host)
        self._line(form, "name", self.tr("Name"))
        self._line(form, "legal_entity_id", self.tr("Business ID or registry number"))
        self._line(form, "address", self.tr("Address"))
        country = CountryPicker()
        self._add(form, "country", self.tr("Country of establishment"), country)
        locations = CountryListEdit()
        self._add(form, "processing_countries", self.tr("Processing countries"), locations)
        self._line(form, "service", self.tr("Service it provides"))
        self._text(form, "purpose", self.tr("Why (purpose)"))
        self._line(form, "data_categories", self.tr("Personal data (comma list)"))
        self._line(form, "subject_categories", self.tr("Data subjects (comma list)"))
        self._line(form, "serves", self.tr("Serves (our services or customers)"))
        self._line(form, "dpa_signed_on", self.tr("DPA signed on"), placeholder="2026-03-05")
        status = QComboBox()
        for code, label in (
            ("planned", self.tr("planned")),
            ("announced", self.tr("announced")),
            ("active", self.tr("active")),
        ):
            status.addItem(label, code)
        status.setCurrentIndex(2)
        self._add(form, "status", self.tr("Status"), status)
        self._line(form, "planned_on", self.tr("Planned on"), placeholder="2026-03-05")
        self._line(form, "active_from", self.tr("Active from"), placeholder="2026-03-05")
        self._line(form, "contact", self.tr("Contact"))
        self._line(form, "website", self.tr("Web address"))
        dpf = QCheckBox(self.tr("On the EU-US Data Privacy Framework List"))
        self._add(form, "dpf_certified", self.tr("DPF certified"), dpf)
        self._text(form, "notes", self.tr("Notes"))

        self.outside = QLabel()
        self.outside.setWordWrap(True)
        self.safeguard_box = QGroupBox(self.tr("Safeguard for the countries outside the EEA"))
        safeguard_form = QFormLayout(self.safeguard_box)
        mechanism = QComboBox()
        for code, label in (
            ("none", self.tr("none yet")),
            ("adequacy", self.tr("adequacy decision")),
            ("scc", self.tr("standard contractual clauses 2021/914")),
            ("bcr", self.tr("binding corporate rules")),
        ):
            mechanism.addItem(label, code)
        self._add(safeguard_form, "mechanism", self.tr("Safeguard"), mechanism, field="safeguard")
        module = QSpinBox()
        module.setRange(0, 4)
        module.setSpecialValueText(self.tr("—"))
        self._add(safeguard_form, "scc_module", self.tr("SCC module"), module)
        self._line(safeguard_form, "tia_on", self.tr("Transfer impact assessment"), placeholder="2026-03-05")
        self._line(safeguard_form, "tia_review_on", self.tr("Review the assessment on"))
        safeguard_form.addRow(self.outside)
        self.safeguard_box.setVisible(reference is None)
        locations.countries_did_change.connect(lambda _codes: self._show_outside())
        country.country_did_change.connect(lambda _code: self._show_outside())

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(form_host)
        inner_layout.addWidget(self.safeguard_box)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)

        self.message = QLabel()
        self.message.setObjectName("register_editor_message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self.ops.query(lambda _session: _eea(), self._got_eea)
        if reference:
            from dpo_desk.services import register as service

            self.ops.query(lambda session: service.get(session, reference), self._fill)

    # -- building -------------------------------------------------------------------------------

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget, field: str = "") -> None:
        """A row of the form; `field` is the service's name of it in refusals, when not `key`."""
        widget.setObjectName(f"register_{key}")
        error = field_error_label(label)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, holder)
        self.fields[key] = widget
        self.errors[field or key] = error

    def _line(self, form: QFormLayout, key: str, label: str, placeholder: str = "") -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self._add(form, key, label, edit)

    def _text(self, form: QFormLayout, key: str, label: str) -> None:
        edit = QPlainTextEdit()
        edit.setMaximumHeight(70)
        edit.setTabChangesFocus(True)
        self._add(form, key, label, edit)

    # -- loading --------------------------------------------------------------------------------

    def _got_eea(self, eea: frozenset[str]) -> None:
        self.eea = eea
        self._show_outside()

    def outside_codes(self) -> list[str]:
        country = self.fields["country"]
        locations = self.fields["processing_countries"]
        assert isinstance(country, CountryPicker) and isinstance(locations, CountryListEdit)
        codes = {country.code(), *locations.codes()} - {""}
        return sorted(c for c in codes if len(c) == 2 and c not in self.eea) if self.eea else []

    def _show_outside(self) -> None:
        outside = self.outside_codes()
        if outside:
            self.outside.setText(self.tr("Outside the EEA: {0}").format(", ".join(outside)))
        else:
            self.outside.setText(self.tr("Every country is in the EEA: no transfer needs a safeguard."))
        self.fields["mechanism"].setEnabled(bool(outside))

    def _fill(self, entry: Any) -> None:
        for key in ("name", "legal_entity_id", "address", "service", "serves", "contact", "website"):
            self._widget(key, QLineEdit).setText(getattr(entry, key))
        for key in ("purpose", "notes"):
            self._widget(key, QPlainTextEdit).setPlainText(getattr(entry, key))
        self._widget("data_categories", QLineEdit).setText(", ".join(entry.data_categories))
        self._widget("subject_categories", QLineEdit).setText(", ".join(entry.subject_categories))
        for key in ("dpa_signed_on", "planned_on", "active_from"):
            value = getattr(entry, key)
            self._widget(key, QLineEdit).setText(value.isoformat() if value else "")
        self._widget("country", CountryPicker).set_code(entry.country)
        self._widget("processing_countries", CountryListEdit).set_codes(entry.processing_countries)
        status = self._widget("status", QComboBox)
        if entry.status == "retired":
            status.addItem(self.tr("retired"), "retired")
            status.setEnabled(False)
        status.setCurrentIndex(max(0, status.findData(entry.status)))
        self._widget("dpf_certified", QCheckBox).setChecked(entry.dpf_certified)

    def _widget(self, key: str, kind: type[Any]) -> Any:
        widget = self.fields[key]
        assert isinstance(widget, kind)
        return widget

    # -- saving ---------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key in ("name", "legal_entity_id", "address", "service", "serves", "contact", "website"):
            values[key] = self._widget(key, QLineEdit).text()
        for key in ("purpose", "notes"):
            values[key] = self._widget(key, QPlainTextEdit).toPlainText()
        for key in ("data_categories", "subject_categories"):
            values[key] = self._widget(key, QLineEdit).text()
        for key in ("dpa_signed_on", "planned_on", "active_from"):
            values[key] = self._widget(key, QLineEdit).text().strip() or None
        values["country"] = self._widget("country", CountryPicker).code()
        values["processing_countries"] = self._widget("processing_countries", CountryListEdit).codes()
        values["status"] = self._widget("status", QComboBox).currentData()
        values["dpf_certified"] = self._widget("dpf_certified", QCheckBox).isChecked()
        return values

    def safeguard_values(self) -> dict[str, Any]:
        module = self._widget("scc_module", QSpinBox).value()
        mechanism = self._widget("mechanism", QComboBox).currentData() if self.outside_codes() else "eea"
        return {
            "safeguard": mechanism,
            "scc_module": module or None,
            "tia_on": self._widget("tia_on", QLineEdit).text().strip() or None,
            "tia_review_on": self._widget("tia_review_on", QLineEdit).text().strip() or None,
        }

    def save(self) -> None:
        from dpo_desk.services import register as service

        self._clear_errors()
        values = self.values()
        reference = self.reference
        if reference is None:
            try:
                parts = self.safeguard_values()
                safeguard = service.check_safeguard(
                    parts.pop("safeguard"), **{k: v for k, v in parts.items() if v is not None}
                )
            except InvalidInput as error:
                self._failed(error)
                return

            def work(session: Any) -> str:
                return service.add(session, safeguard=safeguard, **values)

        else:
            if values["status"] == "retired":
                values.pop("status")

            def work(session: Any) -> str:
                return service.update(session, reference, **values).reference

        self.buttons.setEnabled(False)
        self.ops.change(work, self._saved, self._failed)

    def _saved(self, reference: str) -> None:
        self.buttons.setEnabled(True)
        self.reference = reference
        self.entry_did_save.emit(reference)
        self.accept()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)
        self.message.clear()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_refusal(error, self.errors, self.message, self.tr("Something went wrong; nothing was saved."))


def show_refusal(error: BaseException, errors: dict[str, QLabel], message: QLabel, fallback: str) -> None:
    """A refused change: its reason beside the field it names (if the dialog has it), the whole line below.

    `errors` holds each field's error line by the service's name of the field; the line below then
    names the field as the dialog labels it, never as the core or the command line does.
    """
    text = error_text(error) if isinstance(error, DpoDeskError) else fallback
    label = errors.get(error.field) if isinstance(error, InvalidInput) else None
    if label is not None:
        assert isinstance(error, InvalidInput)
        label.setText(invalid_input_reason(error))
        label.setVisible(True)
        text = invalid_input_text(error, label.property(FIELD_LABEL) or None)
    message.setStyleSheet(ERROR_STYLE)
    message.setText(text)


def _eea() -> frozenset[str]:
    from dpo_desk.services import register as service

    return service.adequacy_list().eea
