"""The impact assessment screening as a checklist: tick what applies, see the conclusion and why, save.

The conclusion is worked out as the boxes change with the pure screening rules over the list the
core loaded (no store access here); saving goes through `Ops.change`.

Signals:
    screening_did_save(str): the activity's reference.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.rules import dpia as rules
from dpo_desk.ui.dialogs.records_pickers import ErrorLine
from dpo_desk.ui.formatting import format_date
from dpo_desk.ui.i18n import plurals, translate
from dpo_desk.ui.ops import Ops


def criterion_names(w: QWidget) -> dict[str, str]:
    return {
        "evaluation-scoring": translate("ScreeningDialog", "Evaluation or scoring, profiling, predicting"),
        "automated-decision": translate("ScreeningDialog", "Automated decision with legal or similar effect"),
        "systematic-monitoring": translate("ScreeningDialog", "Systematic monitoring"),
        "sensitive-data": translate("ScreeningDialog", "Sensitive or highly personal data"),
        "large-scale": translate("ScreeningDialog", "Large scale"),
        "matching-datasets": translate("ScreeningDialog", "Matching or combining data sets"),
        "vulnerable-subjects": translate("ScreeningDialog", "Vulnerable data subjects"),
        "innovative-technology": translate("ScreeningDialog", "Innovative technology or organisational solutions"),
        "prevents-rights": translate("ScreeningDialog", "Prevents exercising a right or using a service"),
        "biometric": translate("ScreeningDialog", "Biometric data for unique identification"),
        "genetic": translate("ScreeningDialog", "Genetic data"),
        "location": translate("ScreeningDialog", "Location data"),
        "art14-5b": translate("ScreeningDialog", "Information withheld under Art. 14(5)(b)"),
        "whistleblowing": translate("ScreeningDialog", "Whistleblowing system"),
    }


def record_reason_text(w: QWidget, reason: rules.Reason, names: dict[str, str]) -> str | None:
    """A reason that comes from the activity's own record (issue 17), or None for the list's own rules."""
    if reason.code.startswith("from-record-"):
        item = reason.code.removeprefix("from-record-")
        return translate("ScreeningDialog", "{0}: the record lists it, so it counts without a tick.").format(
            names.get(item, item)
        )
    if reason.code == "art35-3b":
        return translate(
            "ScreeningDialog",
            "Large-scale processing of special categories or criminal data requires an assessment (Art. 35(3)(b)).",
        )
    return None


def reason_text(w: QWidget, reason: rules.Reason, names: dict[str, str]) -> str:
    """A rule that fired or did not, in the window's words."""
    listed = ", ".join(names.get(c, c) for c in reason.criteria)
    if reason.code == "wp248-threshold":
        return plurals().criteria_apply(len(reason.criteria)).format(listed)
    if reason.code == "wp248-below-threshold":
        return plurals().criteria_below(len(reason.criteria))
    if reason.code == "ombudsman-whistleblowing":
        return translate("ScreeningDialog", "A whistleblowing system is on the Ombudsman's list on its own.")
    if reason.code.endswith("-alone"):
        item = reason.code.removeprefix("ombudsman-").removesuffix("-alone")
        return translate(
            "ScreeningDialog", "{0} needs at least one further WP248 criterion to be on the Ombudsman's list."
        ).format(names.get(item, item))
    item = reason.code.removeprefix("ombudsman-")
    return translate("ScreeningDialog", "{0} with a further criterion is on the Ombudsman's list.").format(
        names.get(item, item)
    )


class ScreeningDialog(QDialog):
    screening_did_save = Signal(str)

    def __init__(self, ops: Ops, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.reference = reference
        self.setWindowTitle(self.tr("Impact assessment screening — {0}").format(reference))
        self.resize(720, 560)
        self.rules: rules.ScreeningList | None = None
        self.recorded = rules.RecordedData()
        self.from_record: set[str] = set()
        self.boxes: dict[str, QCheckBox] = {}
        self.names = criterion_names(self)
        self.wp248 = QGroupBox(self.tr("WP248 criteria (two or more: an assessment is likely required)"))
        self.wp248_layout = QGridLayout(self.wp248)
        self.ombudsman = QGroupBox(self.tr("The Data Protection Ombudsman's list"))
        self.ombudsman_layout = QGridLayout(self.ombudsman)
        self.conclusion = QLabel()
        self.conclusion.setObjectName("screening_conclusion")
        self.conclusion.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setObjectName("screening_reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message = ErrorLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.wp248)
        layout.addWidget(self.ombudsman)
        layout.addWidget(self.conclusion)
        layout.addWidget(self.reasons, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        def load(session: Any) -> tuple[rules.ScreeningList, Any]:
            from dpo_desk.services import dpia
            from dpo_desk.services.dpia_screening import screening_list

            return screening_list(), dpia.show(session, reference)

        self.ops.query(load, self._on_loaded, lambda e: self.message.show_message(str(e)))

    def _on_loaded(self, data: tuple[rules.ScreeningList, Any]) -> None:
        self.rules, view = data
        self.recorded = view.recorded
        self.from_record = {i.key for i in view.screening.implied}
        chosen = set(view.screening.criteria)
        for layout, criteria in (
            (self.wp248_layout, self.rules.criteria),
            (self.ombudsman_layout, self.rules.ombudsman),
        ):
            for index, criterion in enumerate(criteria):
                box = QCheckBox(self.names.get(criterion.key, criterion.label))
                box.setObjectName(f"criterion_{criterion.key}")
                box.setChecked(criterion.key in chosen)
                if criterion.key in self.from_record:
                    # what the record says is not the DPO's to untick here: change the record instead
                    box.setEnabled(False)
                    box.setToolTip(self.tr("The activity's record lists such data."))
                box.toggled.connect(self.update_conclusion)
                self.boxes[criterion.key] = box
                layout.addWidget(box, index // 2, index % 2)
        self.ombudsman.setTitle(
            self.tr("The Data Protection Ombudsman's list of {0}").format(format_date(self.rules.as_of))
        )
        self.update_conclusion()

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked() and key not in self.from_record]

    def update_conclusion(self) -> None:
        if self.rules is None:
            return
        result = rules.screen(self.chosen(), self.rules, self.recorded)
        if result.required:
            self.conclusion.setText(self.tr("<b>An impact assessment is likely required.</b>"))
        else:
            self.conclusion.setText(self.tr("<b>An impact assessment is not likely required.</b>"))
        lines = [("✔ " if r.fired else "· ") + self.escaped_reason(r) for r in result.reasons]
        self.reasons.setText("<br>".join(lines))

    def escaped_reason(self, reason: rules.Reason) -> str:
        text = record_reason_text(self, reason, self.names) or reason_text(self, reason, self.names)
        return text.replace("&", "&amp;").replace("<", "&lt;")

    def save(self) -> None:
        criteria, reference = self.chosen(), self.reference

        def change(session: Any) -> str:
            from dpo_desk.services import dpia

            return dpia.screen_activity(session, reference, criteria).activity

        self.ops.change(change, self._on_saved, lambda e: self.message.show_message(str(e)))

    def _on_saved(self, reference: str) -> None:
        self.screening_did_save.emit(reference)
        self.accept()
