"""The offer to reload a case after an edit based on a stale version of it was refused (issue 20 §3).

Someone else changed the case after this window showed it; the core refused the edit (StaleEdit,
nothing stored). The box names who and when and offers "Reload", which calls `on_reload` (the
pane shows the case as it is now, keeping the selection), or "Cancel". It is opened, not exec'd,
so the window keeps running and a test can press its buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from dpo_desk.errors import StaleEdit
from dpo_desk.ui.formatting import format_moment
from dpo_desk.ui.i18n import translate


def stale_text(error: StaleEdit, tz_name: str) -> str:
    """The refusal in the window's language: which case, who changed it and when."""
    reference = error.reference or translate("StaleEdit", "This case")
    if error.by and isinstance(error.at, dt.datetime):
        said = translate("StaleEdit", "{0} was changed by {1} at {2} after you opened it.").format(
            reference, error.by, format_moment(error.at, tz_name)
        )
    else:
        said = translate("StaleEdit", "{0} was changed by someone else after you opened it.").format(reference)
    return (
        said
        + " "
        + translate("StaleEdit", "Your change was not saved. Reload the case to see theirs, then redo yours.")
    )


def offer_reload(parent: QWidget, error: StaleEdit, tz_name: str, on_reload: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("StaleEdit", "Changed by someone else"), "", parent=parent)
    box.setObjectName("stale_edit_box")
    box.setText(stale_text(error, tz_name))
    reload = box.addButton(translate("StaleEdit", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    reload.setObjectName("stale_edit_reload")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("stale_edit_cancel")
    box.setDefaultButton(reload)

    def clicked(button: object) -> None:
        if button is reload:
            on_reload()

    box.buttonClicked.connect(clicked)
    box.open()
    return box
