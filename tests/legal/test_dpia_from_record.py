"""Issue 17, point 1: the screening counts the data the activity's own record lists (Art. 35(3)(b), WP248)."""

from __future__ import annotations

import json

import pytest

from dpo_desk.paths import resources_dir
from dpo_desk.rules.dpia import RecordedData, parse_list, screen
from dpo_desk.services import dpia, records
from dpo_desk.services.records import PurposeInput
from dpo_desk.ui.dialogs.records_screening import ScreeningDialog
from dpo_desk.ui.ops import Ops

pytestmark = pytest.mark.both_engines

RULES = parse_list(json.loads((resources_dir() / "dpia-list.json").read_text(encoding="utf-8")))


def _add(cli, *extra: str) -> str:
    return cli(
        "records", "add", "--name", "Occupational health", "--role", "controller",
        "--purpose", "Health checks", "--legal-basis", "legal-obligation", *extra,
    ).last_line  # fmt: skip


def test_large_scale_health_data_requires_an_assessment_without_ticking_sensitive_data(cli) -> None:
    ref = _add(cli, "--special-condition", "h", "--special-categories", "health")
    screened = cli("dpia", "screen", ref, "--criteria", "large-scale", "--json").json()
    assert screened["required"] is True
    fired = [r["code"] for r in screened["reasons"] if r["fired"]]
    assert "art35-3b" in fired and "wp248-threshold" in fired
    assert screened["from_record"] == {"sensitive-data": ["health"]}
    assert "the record lists health" in cli("dpia", "show", ref).out
    # the tick stored is the DPO's own; the record's data is read again each time
    assert cli("dpia", "show", ref, "--json").json()["criteria"] == ["sensitive-data", "large-scale"]


def test_criminal_data_counts_as_sensitive_data(cli) -> None:
    ref = _add(cli, "--criminal-categories", "criminal convictions")
    screened = cli("dpia", "screen", ref, "--criteria", "large-scale", "--json").json()
    assert screened["required"] is True


def test_location_data_on_the_record_feeds_the_ombudsman_list(cli) -> None:
    ref = _add(cli, "--data-categories", "name, GPS location of the vehicle")
    screened = cli("dpia", "screen", ref, "--criteria", "systematic-monitoring", "--json").json()
    assert [r["code"] for r in screened["reasons"] if r["fired"]] == ["ombudsman-location"]
    alone = cli("dpia", "screen", ref, "--criteria", "", "--json").json()
    assert alone["required"] is False


def test_biometric_data_is_not_counted_twice() -> None:
    fingerprints = RecordedData(special_categories=("biometric fingerprint templates",))
    alone = screen([], RULES, fingerprints)
    # sensitive data (WP248) and the Ombudsman's biometric item are the same data: no assessment from it alone
    assert alone.criteria == ("sensitive-data", "biometric")
    assert not alone.required
    assert "does not count" in next(r.message for r in alone.reasons if r.code == "ombudsman-biometric-alone")
    with_scale = screen(["large-scale"], RULES, fingerprints)
    assert {r.code for r in with_scale.fired} == {"art35-3b", "wp248-threshold", "ombudsman-biometric"}
    genetic = screen(["innovative-technology"], RULES, RecordedData(data_categories=("geneettiset tiedot",)))
    assert "ombudsman-genetic" in {r.code for r in genetic.fired}


def test_health_and_location_data_on_the_record_make_the_check_ask_for_an_assessment(store) -> None:
    with store.write() as session:
        records.add_activity(
            session,
            name="Home care visits",
            role="controller",
            purposes=[PurposeInput("Care", "legal-obligation", "h")],
            special_categories="health",
            data_categories="sijaintitiedot",
            retention="10 years",
        )
    with store.read() as session:
        assert [f.code for f in records.check_all(session)] == ["dpia-missing"]


def test_the_screening_dialog_counts_the_record_and_locks_its_boxes(qtbot, store) -> None:
    with store.write() as session:
        ref = records.add_activity(
            session,
            name="Occupational health",
            role="controller",
            purposes=[PurposeInput("Checks", "legal-obligation", "h")],
            special_categories="health",
        )
    ops = Ops(store)
    dialog = ScreeningDialog(ops, ref)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.boxes), timeout=10000)
    assert dialog.boxes["sensitive-data"].isChecked() and not dialog.boxes["sensitive-data"].isEnabled()
    dialog.boxes["large-scale"].setChecked(True)
    assert "not" not in dialog.conclusion.text()
    assert "Art. 35(3)(b)" in dialog.reasons.text()
    with qtbot.waitSignal(dialog.screening_did_save, timeout=10000):
        dialog.save()
    with store.read() as session:
        assert dpia.show(session, ref).screening.ticked == ("large-scale",)
    ops.wait_idle()
