"""Settings: the organisation and its DPO, and the rule settings the law leaves open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk import settings as setting_definitions
from dpo_desk.errors import InvalidInput
from dpo_desk.services import organisation
from dpo_desk.services import settings as settings_service
from dpo_desk.ui import i18n
from dpo_desk.ui.commands import PageCommand
from dpo_desk.ui.core_texts import core_text
from dpo_desk.ui.dialogs.register_countries import country_name
from dpo_desk.ui.ops import Ops
from dpo_desk.ui.pages.base import Navigator, Page
from dpo_desk.ui.refusal_text import error_text
from dpo_desk.ui.widgets.palette import ERROR_STYLE, SUCCESS_STYLE

_HOLIDAY_COUNTRIES = ("FI", "SE", "EE", "DE", "DK", "NO")
_TIMEZONES = ("Europe/Helsinki", "Europe/Mariehamn", "Europe/Stockholm", "Europe/Tallinn", "Europe/Berlin", "UTC")


class SettingsPage(Page):
    key = "settings"
    concerns = frozenset({"organisation", "setting"})

    def __init__(self, ops: Ops, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(ops, navigator, parent)
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        org_box = QGroupBox(self.tr("Organisation and its DPO (heads every report)"))
        org_form = QFormLayout(org_box)
        labels = {
            "name": self.tr("Name"),
            "business_id": self.tr("Business ID"),
            "address": self.tr("Address"),
            "dpo_name": self.tr("DPO name"),
            "dpo_email": self.tr("DPO e-mail"),
            "dpo_phone": self.tr("DPO phone"),
        }
        for field, label in labels.items():
            edit = QLineEdit()
            edit.setObjectName(f"org_{field}")
            self.fields[field] = edit
            org_form.addRow(label, edit)
        timezone = QComboBox()
        timezone.setEditable(True)
        timezone.addItems(_TIMEZONES)
        self.fields["timezone"] = timezone
        org_form.addRow(self.tr("Time zone"), timezone)
        holiday = QComboBox()
        for code in _HOLIDAY_COUNTRIES:  # by name, the code kept as the item's data
            holiday.addItem(country_name(code), code)
        self.fields["holiday_country"] = holiday
        org_form.addRow(self.tr("Holiday country"), holiday)
        language = QComboBox()
        for code, name in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")), ("en", self.tr("English"))):
            language.addItem(name, code)
        self.fields["report_language"] = language
        org_form.addRow(self.tr("Report language"), language)

        window_box = QGroupBox(self.tr("This window (your own preference, not the store's)"))
        window_form = QFormLayout(window_box)
        self.window_language = QComboBox()
        self.window_language.setObjectName("window_language")
        self.window_language.addItem(self.tr("The system's language"), "")
        for code, name in (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")):  # each in its own language
            self.window_language.addItem(name, code)
        self.window_language.setCurrentIndex(max(0, self.window_language.findData(i18n.saved_language() or "")))
        window_form.addRow(self.tr("Window language"), self.window_language)
        restart_note = QLabel(self.tr("Applies the next time DPO Desk starts."))
        restart_note.setStyleSheet("color: #555")
        window_form.addRow("", restart_note)

        rules_box = QGroupBox(self.tr("Rules and reminders"))
        rules_form = QFormLayout(rules_box)
        self.setting_widgets: dict[str, QWidget] = {}
        for key, definition in setting_definitions.DEFINITIONS.items():
            widget = self._setting_widget(definition)
            widget.setObjectName(f"setting_{key}")
            widget.setToolTip(core_text(definition.rule))
            self.setting_widgets[key] = widget
            rules_form.addRow(core_text(definition.label), widget)

        self.message = QLabel()
        self.message.setObjectName("settings_message")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("settings_save")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 8, 0)
        inner_layout.addWidget(org_box)
        inner_layout.addWidget(window_box)
        inner_layout.addWidget(rules_box)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)  # the frame of every page: the heading, then the page's body
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def title(self) -> str:
        return self.tr("Settings")

    def commands(self) -> dict[str, PageCommand]:
        return {"save": PageCommand(self.tr("&Save the settings"), self.save)}

    def _setting_widget(self, definition: setting_definitions.SettingDefinition) -> QWidget:
        if isinstance(definition.default, bool):
            return QCheckBox()
        if isinstance(definition.default, int):
            spin = QSpinBox()
            spin.setRange(0, 10000)
            spin.setMaximumWidth(110)  # a number of days or hours: compact, not the width of the page
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            return spin
        combo = QComboBox()
        if definition.key == "requests.identity_clock":
            combo.addItem(self.tr("starts again when the information arrives"), "restart")
            combo.addItem(self.tr("keeps running from receipt"), "none")
        return combo

    # -- loading and saving ---------------------------------------------------------------------

    def refresh(self) -> None:
        def load(session: Any) -> tuple[dict[str, Any], dict[str, Any]]:
            return organisation.get(session).to_json(), settings_service.all_settings(session)

        self.ops.query(load, self._show)

    def _show(self, loaded: tuple[dict[str, Any], dict[str, Any]]) -> None:
        org, values = loaded
        for field, widget in self.fields.items():
            value = org.get(field, "")
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif widget.findData(value) >= 0:
                widget.setCurrentIndex(widget.findData(value))
            else:
                widget.setCurrentText(value)
        for key, widget in self.setting_widgets.items():
            value = values[key]
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
        self._shown = self.values()

    def catch_up(self) -> None:
        """Others changed the settings: show theirs, unless this page holds edits not saved yet (kept)."""
        if getattr(self, "_shown", None) is None or self.values() == self._shown:
            self.refresh()

    def values(self) -> tuple[dict[str, Any], dict[str, Any]]:
        org: dict[str, Any] = {}
        for field, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                org[field] = widget.text()
            elif widget.currentData() is not None:
                org[field] = widget.currentData()
            else:
                org[field] = widget.currentText()
        values: dict[str, Any] = {}
        for key, widget in self.setting_widgets.items():
            if isinstance(widget, QCheckBox):
                values[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                values[key] = widget.value()
            elif isinstance(widget, QComboBox):
                values[key] = widget.currentData()
        return org, values

    def save(self) -> None:
        i18n.save_language(self.window_language.currentData() or None)
        org, values = self.values()
        try:
            organisation.validate(org)
            for key, value in values.items():
                setting_definitions.validate(key, value)
        except InvalidInput as error:
            self._failed(error)
            return

        def store(session: Any) -> None:
            organisation.update(session, **org)
            for key, value in values.items():
                settings_service.put(session, key, value)

        self.save_button.setEnabled(False)
        self.ops.change(store, self._saved, self._failed)

    def _saved(self, _result: Any) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(SUCCESS_STYLE)
        self.message.setText(self.tr("Saved."))

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error))
