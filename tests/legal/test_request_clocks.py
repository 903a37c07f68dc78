"""Issue 17, points 2-4: late extensions, the identity clock, and requests received as a processor."""

from __future__ import annotations

import datetime as dt

import pytest

from dpo_desk.services import requests, settings
from dpo_desk.ui.formatting import format_date, format_long_date

pytestmark = pytest.mark.both_engines

D = dt.date.fromisoformat


def _add(cli, received: str, *extra: str) -> str:
    return cli("request", "add", "--type", "access", "--received", received, "--subject", "Aino", *extra).last_line


def _show(cli, ref: str) -> dict:
    return cli("request", "show", ref, "--json").json()


# -- 2. an extension decided or told after the first month is no extension ------------------------


def test_an_extension_decided_after_the_first_month_is_refused_naming_the_limit(cli) -> None:
    ref = _add(cli, "2026-02-17")  # the first month ends on Tuesday 17 March 2026
    refused = cli("request", "extend", ref, "--reason", "Complex", "--on", "2026-03-18", ok=False)
    assert "the limit was 2026-03-17" in refused.err and len(refused.err.strip().splitlines()) == 1
    assert _show(cli, ref)["extended_on"] is None
    told_late = cli(
        "request", "extend", ref, "--reason", "Complex", "--on", "2026-03-17", "--told", "2026-03-18", ok=False
    )
    assert "2026-03-17" in told_late.err and _show(cli, ref)["extended_on"] is None
    cli("request", "extend", ref, "--reason", "Complex", "--on", "2026-03-17")
    assert "the limit was 2026-03-17" in cli("request", "extension-told", ref, "--on", "2026-03-20", ok=False).err
    assert _show(cli, ref)["extension_told_on"] is None


def test_an_extension_recorded_late_without_a_day_is_kept_but_counts_for_nothing(cli) -> None:
    """The command-line contract (`request extend REF --reason TEXT`) records a decision after the fact;
    past the first month that is no extension: warned, never told, and the reply late."""
    ref = _add(cli, "2026-02-17")  # the test clock stands at 25 Nov 2026, long past 17 March
    cli("request", "extend", ref, "--reason", "Back-ups")
    shown = _show(cli, ref)
    assert (shown["extended_on"], shown["due_on"]) == ("2026-11-25", "2026-05-18")
    assert [w["code"] for w in shown["warnings"]] == ["extension-decided-late"]
    assert "2026-03-17" in shown["warnings"][0]["message"]
    assert "the limit was 2026-03-17" in cli("request", "extension-told", ref, ok=False).err
    cli("request", "close", ref, "--outcome", "fulfilled", "--replied", "2026-11-26")
    assert _show(cli, ref)["answered_on_time"] is False


def test_a_reply_after_the_first_month_of_an_extension_never_told_is_late(cli) -> None:
    ref = _add(cli, "2026-02-17")
    cli("request", "extend", ref, "--reason", "Complex", "--on", "2026-03-10")
    cli("request", "close", ref, "--outcome", "fulfilled", "--replied", "2026-04-20")
    shown = _show(cli, ref)
    assert shown["due_on"] == "2026-05-18" and shown["answered_on_time"] is False
    assert [w["code"] for w in shown["warnings"]] == ["extension-not-told"]
    told_in_time = _add(cli, "2026-02-17")
    cli("request", "extend", told_in_time, "--reason", "Complex", "--on", "2026-03-10", "--told", "2026-03-11")
    cli("request", "close", told_in_time, "--outcome", "fulfilled", "--replied", "2026-04-20")
    assert _show(cli, told_in_time)["answered_on_time"] is True


def test_statistics_count_a_reply_within_an_untold_extension_as_late(store) -> None:
    with store.write() as session:
        ref = requests.add(session, type="access", received="2026-02-17", subject="Aino")
        requests.extend(session, ref, "Complex", "2026-03-10")
        requests.close(session, ref, "fulfilled", replied_on="2026-04-20")
        figures = requests.statistics(session, D("2026-01-01"), D("2026-12-31"))
    assert (figures.closed, figures.answered_on_time) == (1, 0)


# -- 3. the identity clock --------------------------------------------------------------------------


def test_a_failed_identity_check_leaves_the_refusal_due(cli) -> None:
    ref = _add(cli, "2026-03-03")  # due 7 April 2026 (3 April is Good Friday)
    cli("request", "identity", ref, "requested", "--on", "2026-03-04")
    assert _show(cli, ref)["status"] == "awaiting-identity"
    cli("request", "identity", ref, "failed", "--on", "2026-03-20")
    shown = _show(cli, ref)
    assert (shown["due_on"], shown["status"], shown["overdue"]) == ("2026-04-07", "open", True)
    assert [w["code"] for w in shown["warnings"]] == ["identity-failed-refusal-due"]
    assert "right to complain" in cli("request", "show", ref).out
    deadlines = cli("deadlines", "--json").json()
    assert any(d["reference"] == ref and d["kind"] == "reply" for d in deadlines)
    cli(
        "request", "close", ref, "--outcome", "refused", "--reason", "Identity not confirmed", "--replied", "2026-04-01"
    )
    closed = _show(cli, ref)
    assert closed["answered_on_time"] is True and closed["warnings"] == []


def test_identity_asked_after_the_limit_restarts_nothing(cli) -> None:
    ref = _add(cli, "2026-03-03")
    asked = cli("request", "identity", ref, "requested", "--on", "2026-04-10")
    assert "identity-asked-late" in asked.out
    shown = _show(cli, ref)
    assert (shown["due_on"], shown["status"], shown["overdue"]) == ("2026-04-07", "open", True)
    assert [w["code"] for w in shown["warnings"]] == ["identity-asked-late"]
    cli("request", "identity", ref, "received", "--on", "2026-04-15")
    assert _show(cli, ref)["due_on"] == "2026-04-07"


def test_identity_asked_in_time_restarts_the_month_when_it_arrives(cli) -> None:
    ref = _add(cli, "2026-03-03")
    cli("request", "identity", ref, "requested", "--on", "2026-04-07")  # the last day of the first month
    cli("request", "identity", ref, "received", "--on", "2026-04-15")
    shown = _show(cli, ref)
    assert shown["due_on"] == "2026-05-15" and shown["warnings"] == []


# -- 4. requests received as a processor ------------------------------------------------------------


def test_a_processor_request_is_due_for_forwarding_within_working_days(cli) -> None:
    ref = _add(cli, "2026-04-01", "--role", "processor", "--controller", "Asiakas Oy")
    shown = _show(cli, ref)
    # 5 working days after Wednesday 1 April 2026: Good Friday and Easter Monday do not count
    assert shown["due_on"] == "2026-04-10" and shown["forward_within_days"] == 5
    assert shown["first_month_due_on"] is None
    assert "forward to the controller within 5 working days" in shown["due_rule"]
    assert "forward by 2026-04-10" in cli("request", "list").out
    deadlines = [d for d in cli("deadlines", "--json").json() if d["reference"] == ref]
    assert [(d["kind"], d["due"][:10]) for d in deadlines] == [("forward", "2026-04-10")]
    assert "Asiakas Oy" in deadlines[0]["title"] and "28(3)(e)" in deadlines[0]["rule"]
    assert "controller decides" in cli("request", "extend", ref, "--reason", "x", ok=False).err


def test_the_dpas_term_entered_on_the_request_replaces_the_setting(cli) -> None:
    ref = _add(cli, "2026-04-01", "--role", "processor", "--forward-within", "2")
    shown = _show(cli, ref)
    assert shown["due_on"] == "2026-04-07"  # Thu 2 Apr, then Tue 7 Apr (Good Friday to Easter Monday skipped)
    assert shown["forward_term_agreed"] is True and "agreed in the data processing agreement" in shown["due_rule"]
    assert "--forward-within" in _add_refused(cli, "--forward-within", "2")
    assert "--forward-within" in _add_refused(cli, "--role", "processor", "--forward-within", "0")


def _add_refused(cli, *extra: str) -> str:
    return cli("request", "add", "--type", "access", "--received", "2026-04-01", "--subject", "A", *extra, ok=False).err


def test_the_forwarding_setting_is_kept_with_each_request(store) -> None:
    with store.write() as session:
        settings.put(session, "requests.processor_forward_working_days", 1)
        first = requests.add(session, type="access", received="2026-04-01", subject="A", role="processor")
        settings.put(session, "requests.processor_forward_working_days", 10)
        assert requests.show(session, first).due_on == D("2026-04-02")


# -- the window shows the same ----------------------------------------------------------------------


def test_the_detail_view_shows_the_identity_warnings_and_the_forwarding_deadline(store, page_showing) -> None:
    with store.write() as session:
        failed = requests.add(session, type="access", received="2026-03-03", subject="Aino")
        requests.record_identity(session, failed, "requested", "2026-03-04")
        requests.record_identity(session, failed, "failed", "2026-03-20")
        forwarded = requests.add(session, type="access", received="2026-04-01", subject="Eino", role="processor")
        late = requests.add(session, type="access", received="2026-02-17", subject="Lea")
        requests.extend(session, late, "Complex", "2026-03-10")
        requests.close(session, late, "fulfilled", replied_on="2026-04-20")
    window, page = page_showing("requests", failed)
    detail = page.detail
    assert not detail.flags.isHidden() and "could not be verified" in detail.flags.text()
    assert format_long_date(dt.date(2026, 4, 7)) in detail.due_title.text()  # the window's date form
    assert window.pages["requests"].open_reference(forwarded)
    window.wait_loaded()
    assert (
        detail.due_title.text().startswith("Forward to the controller by")
        and format_long_date(dt.date(2026, 4, 10)) in detail.due_title.text()
    )
    assert window.pages["requests"].open_reference(late)
    window.wait_loaded()
    assert detail.due_title.text().endswith("late")
    window.close()


def test_the_new_request_form_takes_the_dpas_term_and_previews_the_forwarding_deadline(
    qtbot, store, page_showing
) -> None:
    window, page = page_showing("requests")
    page.new_request()
    dialog = page.new_dialog
    assert not dialog.widgets["forward_within"].isEnabled()  # only a processor forwards
    dialog.widgets["received"].setText("2026-04-01")
    dialog.widgets["subject"].setText("Eino")
    dialog.widgets["role"].setCurrentIndex(dialog.widgets["role"].findData("processor"))
    assert dialog.widgets["forward_within"].isEnabled()
    dialog.widgets["forward_within"].setText("0")
    assert "from 1 to 30 working days" in dialog.errors["forward_within"].text() and not dialog.save_button.isEnabled()
    dialog.widgets["forward_within"].setText("2")
    window.wait_loaded()
    preview = dialog.due_preview.text()
    assert format_date(dt.date(2026, 4, 7)) in preview and "2 working days" in preview
    with qtbot.waitSignal(dialog.request_did_add, timeout=10000) as added:
        dialog.submit()
    window.wait_loaded()
    with store.read() as session:
        view = requests.show(session, added.args[0])
    assert (view.due_on, view.forward_within_days, view.forward_term_agreed) == (D("2026-04-07"), 2, True)
    window.close()
