"""Finnish and Swedish words are long: at 1280×800 no translated button, label or column header is clipped.

Every page (its first row selected, so the detail pane shows) and the larger dialogs are looked at.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)

from dpo_desk import demo
from dpo_desk.ui import i18n
from dpo_desk.ui.app import build_window
from dpo_desk.ui.pages import PAGE_KEYS
from dpo_desk.ui.widgets.flow_layout import FlowLayout

SIZE = (1280, 800)
HEADER_PADDING = 12  # a section's margins and sort indicator take about this much beside the text
TOLERANCE = 2


def clipped_widgets(root: QWidget) -> dict[tuple[int, int], str]:
    """Visible buttons and one-line labels narrower than their text, and header sections narrower than theirs.

    Keyed by the widget's place among the page's children (and the section), the same in every language.
    """
    found: dict[tuple[int, int], str] = {}
    for place, widget in enumerate(root.findChildren(QWidget)):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + TOLERANCE:
                found[place, 0] = f"button {widget.text()!r}: needs {widget.sizeHint().width()}, has {widget.width()}"
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            if widget.textFormat() == Qt.TextFormat.RichText or (widget.pixmap() and not widget.pixmap().isNull()):
                hint = widget.sizeHint().width()
            else:
                hint = widget.minimumSizeHint().width()
            if hint > widget.width() + TOLERANCE and widget.minimumWidth() == 0:
                found[place, 0] = f"label {widget.text()[:60]!r}: needs {hint}, has {widget.width()}"
        elif isinstance(widget, QAbstractItemView):
            found |= {(place, section): text for section, text in _clipped_headers(widget).items()}
        elif isinstance(widget.layout(), FlowLayout):
            # a wrapping row given less height than its rows need is cut at the bottom (a breach's attachments)
            needed = widget.layout().heightForWidth(widget.width())
            if needed > widget.height() + TOLERANCE:
                found[place, 0] = f"wrapping row {_texts(widget)!r}: needs {needed} px high, has {widget.height()}"
        elif isinstance(widget, QScrollArea) and widget.widget() is not None:
            # no sideways scrolling: what is wider than the area is cut off at its right edge
            needed, has = widget.widget().minimumSizeHint().width(), widget.viewport().width()
            if widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff and needed > has + TOLERANCE:
                found[place, 0] = f"scroll area {widget.widget().objectName()!r}: needs {needed}, has {has}"
    return found


def _texts(widget: QWidget) -> str:
    return ", ".join(b.text() for b in widget.findChildren(QAbstractButton) if b.text())


def clipped_in_every_tab(root: QWidget, settle: Callable[[], None]) -> dict[tuple[int, int], str]:
    """`clipped_widgets` with each tab of each tab widget shown in turn (a breach's Risk, an activity's Purposes)."""
    found = clipped_widgets(root)
    for number, tabs in enumerate(t for t in root.findChildren(QTabWidget) if t.isVisible()):
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != first and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                settle()
                found |= {(1000 * (number + 1) + index, *place): text for place, text in clipped_widgets(root).items()}
        tabs.setCurrentIndex(first)
    return found


def _clipped_headers(view: QAbstractItemView) -> dict[int, str]:
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    header = header() if callable(header) else None
    model = view.model()
    if not isinstance(header, QHeaderView) or model is None or header.isHidden():
        return {}
    found = {}
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(text) + HEADER_PADDING
        if text and needed > header.sectionSize(section) + TOLERANCE:
            found[section] = f"column {text!r}: needs {needed}, has {header.sectionSize(section)}"
    return found


def clipped_pages(qtbot, store, language: str) -> dict[tuple[str, int, int], str]:
    i18n.install(language)
    try:
        window = build_window(store)
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.show()
        found = {}
        for key in PAGE_KEYS:
            window.show_page(key)
            window.wait_loaded()
            _select_first_row(window.pages[key])
            window.wait_loaded()
            qtbot.wait(50)  # one pass of the event loop lays the detail pane out
            clipped = clipped_in_every_tab(window.pages[key], lambda: qtbot.wait(20))
            found |= {(key, *place): text for place, text in clipped.items()}
        for name, make in _dialogs(window.ops).items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            window.wait_loaded()
            qtbot.wait(50)
            found |= {
                (name, *place): text for place, text in clipped_in_every_tab(dialog, lambda: qtbot.wait(20)).items()
            }
            dialog.close()
        assert window.width() <= SIZE[0], f"the {language} window needs {window.width()} px, wider than {SIZE[0]}"
        window.close()
    finally:
        i18n.install("en")
    return found


def _import_plan() -> object:
    from dpo_desk.services.exchange import ImportPlan, TablePlan

    kept_out = TablePlan(unchanged=3, note="-", note_facts={"kind": "trail-kept-out", "count": 3})
    return ImportPlan(False, {"audit_log": kept_out, "request": TablePlan(added=["DSR-2026-0001"])})


def _dialogs(ops) -> dict[str, Callable[[], QDialog]]:
    """Every dialog of the window that opens without a file chosen first (scripts/screenshots pictures them all)."""
    from dpo_desk.errors import WrongPassphrase
    from dpo_desk.ui.dialogs.audit_trail import AuditTrailDialog
    from dpo_desk.ui.dialogs.backup import RestoreDialog
    from dpo_desk.ui.dialogs.exchange import ImportPlanDialog
    from dpo_desk.ui.dialogs.passphrase import CreateStoreDialog, UnlockDialog, refusal_text
    from dpo_desk.ui.dialogs.records_activity import ActivityDialog
    from dpo_desk.ui.dialogs.records_assessment import AssessmentDialog
    from dpo_desk.ui.dialogs.records_screening import ScreeningDialog
    from dpo_desk.ui.dialogs.register_actions import AnnounceDialog, ObjectionDialog, RetireDialog
    from dpo_desk.ui.dialogs.register_adequacy import AdequacyDialog
    from dpo_desk.ui.dialogs.register_editor import RegisterEditorDialog
    from dpo_desk.ui.dialogs.rekey import RekeyDialog
    from dpo_desk.ui.dialogs.request_new import NewRequestDialog
    from dpo_desk.ui.dialogs.retention import RetentionDialog
    from dpo_desk.ui.pages.requests import labels_for

    today = ops.today()
    return {
        "new request": lambda: NewRequestDialog(ops, labels_for(None)),
        "activity": lambda: ActivityDialog(ops, "PA-0001"),
        "new activity": lambda: ActivityDialog(ops),
        "assessment": lambda: AssessmentDialog(ops, "PA-0001"),
        "screening": lambda: ScreeningDialog(ops, "PA-0001"),
        "subprocessor": lambda: RegisterEditorDialog(ops, "SP-0001"),
        "announce": lambda: AnnounceDialog(ops, "SP-0001", [], today),
        "objection": lambda: ObjectionDialog(ops, "SPN-2026-0001", today),
        "retire": lambda: RetireDialog(ops, "SP-0001", today),
        "adequacy": lambda: AdequacyDialog(ops),
        "retention": lambda: RetentionDialog(ops),
        "audit trail": lambda: AuditTrailDialog(ops),
        "create store": lambda: CreateStoreDialog(Path("new.dpodesk")),
        "unlock": lambda: UnlockDialog(Path("demo.dpodesk"), error=refusal_text(WrongPassphrase())),
        "restore": lambda: RestoreDialog(Path("demo.dpodesk")),
        "import plan": lambda: ImportPlanDialog("export.json", _import_plan()),
        "passphrase": RekeyDialog,
    }


def test_no_dialog_is_bigger_than_1280_by_800(qtbot, store, clock) -> None:
    """A dialog opens at its natural size: on a 1280×800 screen it must fit, title bar and all."""
    with store.write() as session:
        demo.populate(session, clock.now().date())
    i18n.install("fi")  # the longest words
    try:
        window = build_window(store)
        qtbot.addWidget(window)
        too_big = []
        for name, make in _dialogs(window.ops).items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            window.wait_loaded()
            size = dialog.frameGeometry().size().expandedTo(dialog.size())
            if size.width() > SIZE[0] or size.height() + 70 > SIZE[1]:  # a title bar and a desktop panel
                too_big.append(f"{name}: {size.width()}×{size.height()}")
            dialog.close()
        window.close()
    finally:
        i18n.install("en")
    assert not too_big, "dialogs too big for 1280×800: " + ", ".join(too_big)


def _select_first_row(page: QWidget) -> None:
    for view in page.findChildren(QTableView):
        if view.isVisible() and view.model() is not None and view.model().rowCount():
            view.selectRow(0)
            return


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_nothing_translated_is_clipped_at_1280_by_800(qtbot, store, clock, language: str) -> None:
    """What English clips too is the layout's doing (column widths), not the translation's; it is left out,
    except a wrapping row cut at the bottom, which no language may have."""
    with store.write() as session:
        demo.populate(session, clock.now().date())
    english = clipped_pages(qtbot, store, "en")
    problems = [
        f"{key[0]}: {text}"
        for key, text in clipped_pages(qtbot, store, language).items()
        if key not in english or text.startswith("wrapping row")
    ]
    assert not problems, f"{len(problems)} clipped in {language}:\n" + "\n".join(problems)
