"""The Qt binding keeps Python's reference counts: calls returning nothing and signal emits.

PySide6 6.12.0 on Python 3.11 dropped one reference to None per such call (and to True/False per
emit), so a long session aborted with "deallocating None". pyproject.toml caps PySide6 because
of it; this test is what tells when a new version is safe.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

CALLS = 2000


class _Emitter(QObject):
    value_did_change = Signal(object)
    flag_did_change = Signal(bool)


def _drift(singleton: object, action) -> int:
    before = sys.getrefcount(singleton)
    for _ in range(CALLS):
        action()
    return sys.getrefcount(singleton) - before


def test_no_reference_to_none_or_booleans_is_lost(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    emitter.value_did_change.connect(lambda _value: None)
    emitter.flag_did_change.connect(lambda _flag: None)
    # A few references may come and go with caches; a leak shows as one per call.
    assert abs(_drift(None, QApplication.processEvents)) < CALLS // 10
    assert abs(_drift(None, lambda: label.setText("x"))) < CALLS // 10
    assert abs(_drift(None, lambda: emitter.value_did_change.emit(None))) < CALLS // 10
    assert abs(_drift(True, lambda: emitter.flag_did_change.emit(True))) < CALLS // 10
