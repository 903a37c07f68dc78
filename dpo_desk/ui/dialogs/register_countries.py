"""Country pickers for the register: searchable by name or ISO code, one country or a list of them.

Names come from pycountry ("Finland (FI)"); typing any part of a name or the code narrows the list.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def countries() -> tuple[tuple[str, str], ...]:
    """(code, "Name (CODE)") for every ISO 3166 country, by name, in the window's language."""
    from dpo_desk.ui.i18n import current_language

    return _countries_in(current_language())


@lru_cache(maxsize=4)
def _countries_in(language: str) -> tuple[tuple[str, str], ...]:
    import gettext

    import pycountry

    words = (
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        if language != "en"
        else None
    )
    found = []
    for country in pycountry.countries:
        english = getattr(country, "common_name", None) or country.name
        name = words.gettext(country.name) if words is not None else english
        found.append((country.alpha_2, f"{name} ({country.alpha_2})"))
    return tuple(sorted(found, key=lambda item: item[1]))


def country_label(code: str) -> str:
    from dpo_desk.ui.i18n import current_language

    return _labels_in(current_language()).get(code, code)


@lru_cache(maxsize=4)
def _labels_in(language: str) -> dict[str, str]:
    return dict(_countries_in(language))


def country_name(code: str) -> str:
    """The country's name alone ("Finland"), for tables; the code itself where pycountry knows none."""
    label = country_label(code)
    return label.removesuffix(f" ({code})") if code else ""


def country_names(codes: str | list[str] | tuple[str, ...] | None) -> str:
    """A list of codes ("FI,SE" or a list) as names: "Finland, Sweden"."""
    items = codes.split(",") if isinstance(codes, str) else list(codes or ())
    return ", ".join(country_name(code.strip()) for code in items if code and code.strip())


def decision_name(decision: Any) -> str:
    """An adequacy decision's name in the window's language: the list's own (a framework, an organisation),
    else the name of the one country it covers, else the list's English."""
    from dpo_desk.ui.i18n import current_language

    own = decision.name_in(current_language()) if hasattr(decision, "name_in") else ""
    if own:
        return own
    if len(decision.countries) == 1 and decision.key == decision.countries[0]:
        return country_name(decision.countries[0]) or decision.name
    return str(decision.name)


class CountryPicker(QComboBox):
    """An editable combo of every country; `code()` is the chosen ISO code ("" when none fits).

    Signals:
        country_did_change(str): the chosen code changed.
    """

    country_did_change = Signal(str)

    def __init__(self, parent: QWidget | None = None, allow_none: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if allow_none:
            self.addItem(allow_none, "")
        for code, label in countries():
            self.addItem(label, code)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        # Long names ("United Kingdom of Great Britain...") must not widen the form beyond the window.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        if not allow_none:
            self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("Type a country or its code"))
        self.currentIndexChanged.connect(lambda _i: self.country_did_change.emit(self.code()))

    def code(self) -> str:
        """The chosen code: from the list, or typed as a code or an exact name."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index) or "")
        upper = text.upper()
        if len(upper) == 2 and self.findData(upper) >= 0:
            return upper
        if text.endswith(")") and "(" in text:
            candidate = text.rsplit("(", 1)[1].rstrip(")").strip().upper()
            if self.findData(candidate) >= 0:
                return candidate
        return text  # an unknown text is passed on, and the core refuses it by name

    def set_code(self, code: str) -> None:
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")


class CountryListEdit(QWidget):
    """Several countries: pick one and add it; remove the selected ones.

    Signals:
        countries_did_change(list): the list of codes changed.
    """

    countries_did_change = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(90)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.picker = CountryPicker()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.picker.lineEdit().returnPressed.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)

    def codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_codes(self, codes: list[str]) -> None:
        self.list.clear()
        for code in codes:
            self._append(code)
        self.countries_did_change.emit(self.codes())

    def _append(self, code: str) -> None:
        item = QListWidgetItem(country_label(code))
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.list.addItem(item)

    def _add(self) -> None:
        code = self.picker.code()
        if code and code not in self.codes():
            self._append(code)
            self.countries_did_change.emit(self.codes())
        self.picker.setEditText("")

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.countries_did_change.emit(self.codes())
