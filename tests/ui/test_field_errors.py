"""A refusal of the core lands under the field it names, worded with the window's own label.

The core names the field as its service does ("effective_on", "subjects_estimated"), never as the
command line spells its option; the window finds its field by that name (issue 15, point 1).
"""

from __future__ import annotations

import pytest

from dpo_desk.errors import InvalidInput
from dpo_desk.services import register as service
from dpo_desk.ui.dialogs.breach_forms import FieldForm
from dpo_desk.ui.dialogs.register_actions import AnnounceDialog
from dpo_desk.ui.ops import Ops

pytestmark = pytest.mark.both_engines


def test_a_refused_date_shows_under_its_field_and_the_line_below_uses_the_label(qtbot, store) -> None:
    with store.write() as session:
        reference = service.add(session, name="Pilvi Oy", service="Hosting", country="FI", status="planned")
    ops = Ops(store)
    today = store.clock.now().date()
    dialog = AnnounceDialog(ops, reference, [], today)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.effective.setText(today.isoformat())  # inside the objection period: refused
    dialog.submit()
    ops.wait_idle()
    qtbot.waitUntil(lambda: dialog.errors["effective_on"].isVisible(), timeout=10000)
    reason = dialog.errors["effective_on"].text()
    assert reason.startswith("falls inside the objection period")
    assert not dialog.errors["announced_on"].isVisible()
    # a coded refusal: the label and the window's wording (its date in the window's form), the value is in the field
    assert dialog.message.text() == f"Takes effect on (optional): {reason}"
    assert "--" not in dialog.message.text() and "effective_on" not in dialog.message.text()
    with store.read() as session:
        assert not service.get(session, reference).announcements


def test_a_breach_form_finds_the_field_by_the_core_name_of_it(qtbot) -> None:
    form = FieldForm()
    qtbot.addWidget(form)
    form.add("subjects_approx", "Data subjects (approx.)", "count")
    form.add("subjects_estimated", "", "check", text="The number of data subjects is an estimate")
    assert form.show_error(InvalidInput("subjects_approx", "many", "is not a whole number"))
    assert form.fields["subjects_approx"].error.text() == "Is not a whole number"
    assert form.fields["subjects_approx"].error.isVisibleTo(form)
    assert not form.fields["subjects_estimated"].error.isVisibleTo(form)
    # an option's spelling is no longer a name of the field
    assert not form.show_error(InvalidInput("--subjects-approx", "many", "is not a whole number"))
