"""The ENISA 2013 severity helper of the breach window: SE = DPC x EI + CB, computed as the DPO picks.

The arithmetic is `rules.enisa`; this widget only offers the scales and shows the score and band.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QWidget

from dpo_desk.rules import enisa
from dpo_desk.services.breaches import BreachView
from dpo_desk.ui.widgets.palette import ERROR

_BAND_COLOURS = {"low": "#1e4620", "medium": "#5c4400", "high": "#b35900", "very-high": ERROR}


def _number(value: float) -> str:
    """A score's number as the window's language writes it (0,75 in Finnish and Swedish), like `:g`."""
    return QLocale().toString(float(value), "g", 6)


class EnisaHelper(QGroupBox):
    def __init__(
        self, nature_titles: dict[str, str], band_titles: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.band_titles = band_titles
        grid = QFormLayout(self)
        grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # fits the breach pane at 1280 px in Finnish
        # The heading wraps in the narrow pane (a group box's own title cannot, and would widen the tab)
        heading = QLabel(self.tr("ENISA 2013 severity helper: SE = DPC × EI + CB"))
        heading.setObjectName("enisa_heading")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold")
        grid.addRow(heading)
        self.use = QCheckBox(self.tr("Record this score with the risk decision"))
        self.dpc_base = QComboBox()
        for value, name in (
            (1, self.tr("1 simple data")),
            (2, self.tr("2 behavioural data")),
            (3, self.tr("3 financial data")),
            (4, self.tr("4 sensitive data")),
        ):
            self.dpc_base.addItem(name, value)
        self.dpc_adjust = QDoubleSpinBox()
        self.dpc_adjust.setRange(-3, 3)
        self.dpc_adjust.setSingleStep(0.25)
        self.dpc_adjust.setToolTip(self.tr("Raise or lower for volume, the controller, vulnerable people, public data"))
        self.ei = QComboBox()
        for value, name in (
            (0.25, self.tr("0.25 negligible")),
            (0.5, self.tr("0.5 limited")),
            (0.75, self.tr("0.75 significant")),
            (1.0, self.tr("1 maximum")),
        ):
            self.ei.addItem(name, value)
        self.losses: dict[str, QComboBox] = {}
        for loss in nature_titles:
            combo = QComboBox()
            for step in enisa.CB_STEPS:
                combo.addItem(f"+{_number(step)}", step)
            self.losses[loss] = combo
        self.malicious = QCheckBox(self.tr("Malicious intent (+0.5)"))
        self.result = QLabel()
        self.result.setObjectName("enisa_result")
        grid.addRow(self.tr("Kind of data (DPC base)"), self.dpc_base)
        grid.addRow(self.tr("Context adjustment"), self.dpc_adjust)
        grid.addRow(self.tr("Ease of identification (EI)"), self.ei)
        loss_titles = {  # one phrase each: the nature word bends in the phrase (fi "luottamuksellisuuden menetys")
            "confidentiality": self.tr("Loss of confidentiality"),
            "integrity": self.tr("Loss of integrity"),
            "availability": self.tr("Loss of availability"),
        }
        for loss, combo in self.losses.items():
            grid.addRow(loss_titles.get(loss) or nature_titles[loss], combo)
        grid.addRow("", self.malicious)
        grid.addRow(self.tr("Severity"), self.result)
        grid.addRow("", self.use)
        for widget in (self.dpc_base, self.ei, *self.losses.values()):
            widget.currentIndexChanged.connect(self.recompute)
        self.dpc_adjust.valueChanged.connect(self.recompute)
        self.malicious.toggled.connect(self.recompute)
        self.recompute()

    def recompute(self) -> None:
        dpc = enisa.adjusted_dpc(self.dpc_base.currentData(), self.dpc_adjust.value())
        cb = enisa.circumstances(*(c.currentData() for c in self.losses.values()), self.malicious.isChecked())
        self.severity = enisa.assess(dpc, self.ei.currentData(), cb)
        s = self.severity
        self.result.setText(
            f"<span style='color:{_BAND_COLOURS[s.band]}; font-weight:bold'>{_number(s.dpc)} × {_number(s.ei)} + "
            f"{_number(s.cb)} = {_number(s.score)} ({self.band_titles[s.band]})</span>"
        )

    def fill(self, view: BreachView) -> None:
        severity = view.severity
        self.use.setChecked(severity is not None)
        if severity is None:
            return
        base = int(min(4, max(1, severity.dpc // 1)))
        self.dpc_base.setCurrentIndex(self.dpc_base.findData(base))
        self.dpc_adjust.setValue(severity.dpc - base)
        self.ei.setCurrentIndex(max(0, self.ei.findData(severity.ei)))
        parts = (view.enisa_cb_confidentiality, view.enisa_cb_integrity, view.enisa_cb_availability)
        if any(p is not None for p in parts) or view.enisa_malicious is not None:
            for combo, part in zip(self.losses.values(), parts, strict=True):
                combo.setCurrentIndex(max(0, combo.findData(part or 0.0)))
            self.malicious.setChecked(bool(view.enisa_malicious))
        else:  # only a total was recorded (command line --enisa-cb): show one combination that gives it
            left = severity.cb
            self.malicious.setChecked(left >= 2.0)
            left -= enisa.MALICIOUS if left >= 2.0 else 0
            for combo in self.losses.values():
                step = min(0.5, left)
                combo.setCurrentIndex(max(0, combo.findData(step)))
                left -= step
        self.recompute()

    def values(self) -> dict[str, Any]:
        """The fields to store with the risk decision (all None when the score is not used)."""
        use, s = self.use.isChecked(), self.severity
        losses = [c.currentData() for c in self.losses.values()]
        return {
            "enisa_dpc": s.dpc if use else None,
            "enisa_ei": s.ei if use else None,
            "enisa_cb": s.cb if use else None,
            "enisa_cb_confidentiality": losses[0] if use else None,
            "enisa_cb_integrity": losses[1] if use else None,
            "enisa_cb_availability": losses[2] if use else None,
            "enisa_malicious": self.malicious.isChecked() if use else None,
        }
