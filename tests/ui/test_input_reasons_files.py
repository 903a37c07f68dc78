"""The refusals of stores, backups, written files, reports, the audit trail and settings, in the window's language.

Each is provoked through the real service on a real encrypted store: the command line's English is unchanged,
the window words it in Finnish and Swedish (no English left), and nothing was stored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dpo_desk.errors import InvalidInput
from dpo_desk.services import audit_trail, reports, settings, store_lifecycle
from dpo_desk.ui.app import build_window
from dpo_desk.ui.refusal_text import error_text
from tests.conftest import PASSPHRASE
from tests.ui.finnish import english_in, language


def _entries(store) -> int:
    with store.read() as session:
        return audit_trail.count(session)


def _worded(error: InvalidInput) -> tuple[str, str]:
    """The refusal as a Finnish and a Swedish window show it; neither keeps the core's English."""
    with language("fi"):
        finnish = error_text(error)
    with language("sv"):
        swedish = error_text(error)
    for text in (finnish, swedish):
        assert not english_in(text) and "{" not in text, text
        assert error.reason not in text, text
    return finnish, swedish


def test_a_backup_that_is_not_there_is_refused_in_finnish(qapp, store, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.dpodesk"
    before = _entries(store)
    with pytest.raises(InvalidInput) as caught:
        store_lifecycle.check_backup(missing, PASSPHRASE)
    assert str(caught.value) == f"backup file: '{missing}' does not exist or is not a file"
    finnish, swedish = _worded(caught.value)
    assert finnish == "varmuuskopiotiedosto: ei ole olemassa tai ei ole tiedosto"
    assert swedish == "säkerhetskopia: finns inte eller är inte en fil"
    assert not missing.exists() and _entries(store) == before


def test_a_backup_over_the_store_itself_is_refused_in_finnish(qapp, store, tmp_path: Path) -> None:
    before = _entries(store)
    files = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(InvalidInput) as caught:
        store_lifecycle.back_up(store, store.path, force=True)
    assert str(caught.value) == (
        f"output file: '{store.path}' is the store or one of its own files; choose another file"
    )
    finnish, swedish = _worded(caught.value)
    assert finnish == (
        "tallennettava tiedosto: on DPO Desk -tiedosto itse tai jokin sen omista tiedostoista; valitse toinen tiedosto"
    )
    assert swedish.startswith("fil som skrivs: är själva DPO Desk-filen")
    with pytest.raises(InvalidInput) as empty:
        store_lifecycle.back_up(store, " ")
    assert str(empty.value) == "backup file: ' ' is empty: name the file (or folder) for the copy"
    assert _worded(empty.value)[0] == "varmuuskopiotiedosto: puuttuu: nimeä kopion tiedosto (tai kansio)"
    assert sorted(p.name for p in tmp_path.iterdir()) == files and _entries(store) == before
    with store.read() as session:  # the store is whole and still open
        assert settings.get(session, "backups.keep") == 7


def test_a_setting_out_of_its_range_is_refused_in_finnish(qapp, store) -> None:
    before = _entries(store)
    with pytest.raises(InvalidInput) as caught, store.write() as session:
        settings.put(session, "backups.keep", 0)
    assert str(caught.value) == "backups.keep: 0 is not allowed here (default 7)"
    finnish, swedish = _worded(caught.value)
    assert finnish == "säilytettävät päivittäiset varmuuskopiot: ei ole sallittu arvo (oletus 7)"
    assert swedish == "dagliga säkerhetskopior som sparas: är inte tillåtet här (standard 7)"
    with store.read() as session:
        assert settings.get(session, "backups.keep") == 7
    assert _entries(store) == before


def test_a_short_new_passphrase_is_refused_in_finnish(qapp, store, store_path: Path) -> None:
    before = _entries(store)
    with pytest.raises(InvalidInput) as caught:
        store_lifecycle.change_passphrase(store, "lyhyt", current_passphrase=PASSPHRASE)
    assert str(caught.value) == "new passphrase is too short: use at least 8 characters"
    finnish, swedish = _worded(caught.value)
    assert finnish == "uusi tunnuslause: on liian lyhyt: käytä vähintään 8 merkkiä"
    assert swedish == "ny lösenfras: är för kort: använd minst 8 tecken"
    assert store.is_open and _entries(store) == before
    store_lifecycle.open_store(store_path, PASSPHRASE).close()  # still the old passphrase


def test_an_audit_trail_period_ending_before_it_starts_is_refused_in_finnish(qapp, store) -> None:
    with pytest.raises(InvalidInput) as caught:
        audit_trail.TrailFilter(since=dt.date(2026, 3, 5), until=dt.date(2026, 3, 1))
    assert str(caught.value) == "until: '2026-03-01' is before since (2026-03-05)"
    finnish, swedish = _worded(caught.value)
    assert finnish == "jakson loppu: on ennen jakson alkua (5.3.2026)"
    assert swedish == "periodens slut: är före periodens början (2026-03-05)"


def test_a_report_of_a_year_out_of_range_and_a_log_into_a_folder_are_refused_in_finnish(
    qapp, store, tmp_path: Path
) -> None:
    from dpo_desk.reporting import request_log

    before = _entries(store)
    with store.read() as session, pytest.raises(InvalidInput) as year:
        reports.gather("annual", session, year=1999)
    assert str(year.value) == "year: 1999 is not between 2000 and 2100"
    finnish, swedish = _worded(year.value)
    assert finnish == "vuosi: ”1999” ei ole vuosien 2000–2100 välillä"
    assert swedish == "år: ”1999” ligger utanför åren 2000–2100"

    folder = tmp_path / "lokit"
    folder.mkdir()
    with store.read() as session:
        log = reports.gather_request_log(session)
    with pytest.raises(InvalidInput) as into_folder:
        request_log.write_log(log, folder)
    assert str(into_folder.value) == f"output file: '{folder}' is a folder; give a file name"
    assert _worded(into_folder.value) == (
        "tallennettava tiedosto: on kansio; anna tiedostonimi",
        "fil som skrivs: är en mapp; ange ett filnamn",
    )
    assert list(folder.iterdir()) == [] and _entries(store) == before


def test_a_file_that_is_not_an_evidence_bundle_is_refused_in_finnish(qapp, tmp_path: Path) -> None:
    from dpo_desk.reporting import evidence_bundle

    fake = tmp_path / "paketti.zip"
    fake.write_text("ei zip", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        evidence_bundle.verify(fake)
    assert str(caught.value) == f"bundle: '{fake}' is not a readable zip (File is not a zip file)"
    finnish, swedish = _worded(caught.value)
    assert finnish == "todistepaketti: ei ole luettavissa oleva zip-tiedosto"
    assert swedish == "bevispaket: är inte en läsbar zip-fil"


def test_an_empty_passphrase_at_unlock_is_worded_in_finnish(qapp, store_path: Path) -> None:
    from dpo_desk.ui.dialogs.passphrase import refusal_text

    with pytest.raises(InvalidInput) as caught:
        store_lifecycle.open_store(store_path, "")
    assert str(caught.value) == "passphrase is empty: give the store's passphrase"
    with language("fi"):
        shown = refusal_text(caught.value)
    assert shown == "tunnuslause: puuttuu: anna tiedoston tunnuslause"


def test_the_restore_dialog_of_a_finnish_window_refuses_a_missing_backup_in_finnish(
    qtbot, store, tmp_path: Path
) -> None:
    from dpo_desk.ui.dialogs.backup import RestoreDialog

    missing = tmp_path / "poissa.dpodesk"
    before = _entries(store)
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.wait_loaded()
        dialog = RestoreDialog(Path(window.ops.store.path), window, backup=str(missing))  # as Tools → Restore opens it
        dialog.passphrase_edit.setText(PASSPHRASE)
        assert not dialog.check()
        shown = dialog.result.text()
        offered = dialog.buttons.buttons()[0].isEnabled()
        dialog.close()
        window.close()
    assert shown == "varmuuskopiotiedosto: ei ole olemassa tai ei ole tiedosto", shown
    assert not english_in(shown) and not offered
    assert _entries(store) == before


def test_the_audit_trail_and_the_settings_of_a_finnish_window_refuse_in_finnish(qtbot, store) -> None:
    from PySide6.QtCore import QDate

    before = _entries(store)
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.wait_loaded()
        trail = window.open_audit_trail()
        trail.since_check.setChecked(True)
        trail.until_check.setChecked(True)
        trail.since_edit.setDate(QDate(2026, 3, 5))
        trail.until_edit.setDate(QDate(2026, 3, 1))  # the period ends before it starts
        trail.apply_filter()
        period = trail.filter_error.text()
        trail.close()

        window.show_page("settings")
        window.wait_loaded()
        page = window.pages["settings"]
        page.fields["name"].setText("Asetus Oy")  # the organisation must be valid for the settings to be checked
        page.fields["dpo_email"].setText("dpo@asetus.example")
        page.setting_widgets["backups.keep"].setValue(0)  # the spin box allows it; the rule keeps at least one
        page.save()
        window.wait_loaded()
        saved = page.message.text()
        window.close()
    assert period == "jakson loppu: on ennen jakson alkua (5.3.2026)", period
    assert saved == "säilytettävät päivittäiset varmuuskopiot: ei ole sallittu arvo (oletus 7)", saved
    assert not english_in(period) and not english_in(saved)
    with store.read() as session:
        assert settings.get(session, "backups.keep") == 7  # nothing stored
    assert _entries(store) == before
