"""The window speaks Finnish and Swedish: every string extracted, translated, compiled and loaded."""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from dpo_desk import settings
from dpo_desk.reporting import catalogue
from dpo_desk.services.deadlines import KIND_LABELS
from dpo_desk.ui import i18n
from dpo_desk.ui.core_texts import MARKED, core_text
from dpo_desk.ui.formatting import format_date, format_datetime

pytestmark = pytest.mark.both_engines

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "dpo_desk" / "ui"
FOLDER = UI / "translations"
BIN = Path(sys.executable).parent
WRAPPERS = {"i18n.py", "core_texts.py", "app.py"}  # translate() of a parameter, by design
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def messages(language: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(FOLDER / f"dpo_desk_{language}.ts").getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def strings_in_code() -> set[tuple[str, str]]:
    """(context, text) of every literal self.tr()/translate() call, as the running window asks for it."""
    found: set[tuple[str, str]] = set()
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            body = tree if cls is None else cls
            for node in ast.walk(body):
                if not isinstance(node, ast.Call):
                    continue
                func, args = node.func, node.args
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                if name == "tr" and cls is not None and isinstance(func, ast.Attribute):
                    assert isinstance(func.value, ast.Name) and func.value.id == "self", (
                        f"{path.name}:{node.lineno}: use self.tr() or translate('Context', ...)"
                    )
                    assert args and isinstance(args[0], ast.Constant), (
                        f"{path.name}:{node.lineno}: tr() of a non-literal"
                    )
                    found.add((cls.name, args[0].value))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and cls is None and len(args) >= 2:
                    if path.name in WRAPPERS and not isinstance(args[1], ast.Constant):
                        continue
                    assert all(isinstance(a, ast.Constant) for a in args[:2]), f"{path.name}:{node.lineno}"
                    found.add((args[0].value, args[1].value))
    return found


def test_every_string_in_the_code_is_in_the_translation_sources() -> None:
    """lupdate skips some calls (inside f-strings, some multi-line expressions); the window would show English."""
    known = set(messages("fi"))
    code = strings_in_code()
    missing = sorted(pair for pair in code if pair not in known and not _inherited(pair, known))
    assert not missing, f"not in dpo_desk_fi.ts (rewrite the call so pyside6-lupdate sees it): {missing[:10]}"


def _inherited(pair: tuple[str, str], known: set[tuple[str, str]]) -> bool:
    # self.tr() in a base class is found under the base's context at run time too (PySide walks the MRO)
    return any(text == pair[1] for _, text in known) and pair[0].startswith("_")


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_message_is_translated(language: str) -> None:
    problems = []
    for (context, source), message in messages(language).items():
        translation = message.find("translation")
        texts = translations_of(message)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            problems.append((context, source))
    assert not problems, f"{len(problems)} untranslated in {language} (run scripts/translations): {problems[:10]}"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    for (context, source), message in messages(language).items():
        for text in translations_of(message):
            if not text:
                continue
            assert sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) == sorted(
                set(PLACEHOLDER.findall(source)) - {"%n"}
            ), (
                context,
                source,
                text,
            )
            if message.get("numerus") == "yes":
                assert "%n" in text, (context, source, text)
            assert ("&" in source.replace("&nbsp;", "")) == ("&" in text.replace("&nbsp;", "")), (source, text)
            for shortcut in re.findall(r"Ctrl\+[\w+]+", source):
                assert shortcut in text, (source, text)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_menu_accelerators_do_not_clash(language: str) -> None:
    menus = {
        "file": [
            *("&Export whole store…", "&Import…", "&Back up now…", "&Restore from a backup…"),
            *("Change &passphrase…", "&Lock", "&Quit"),
        ],
        "tools": ["&Audit trail…", "A&ttachments of a case…", "&Retention…"],
        "bar": ["&File", "&Go", "&Tools", "&Help"],
    }
    found = messages(language)
    for menu, sources in menus.items():
        keys = [_accelerator(translations_of(found[("MainWindow", s)])[0]) for s in sources]
        assert len(set(keys)) == len(keys), (language, menu, keys)


def _accelerator(text: str) -> str:
    return text[text.index("&") + 1].lower()


def test_the_sources_are_current_with_the_code(tmp_path: Path) -> None:
    """lupdate over the code finds exactly the messages the .ts holds: nothing new untranslated, nothing stale."""
    lupdate = BIN / "pyside6-lupdate"
    copy = tmp_path / "current.ts"
    shutil.copy(FOLDER / "dpo_desk_fi.ts", copy)
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    fresh = ET.parse(copy).getroot()
    fresh_keys = {(c.findtext("name"), m.findtext("source")) for c in fresh.iter("context") for m in c.iter("message")}
    assert fresh_keys == set(messages("fi")), "run scripts/translations and translate what is new"
    for language in ("sv", "en"):
        held = set(messages(language))
        expected = fresh_keys if language == "sv" else {k for k, m in messages("fi").items() if m.get("numerus")}
        assert held == expected, f"dpo_desk_{language}.ts is stale: run scripts/translations"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_compiled_files_are_current(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / f"{language}.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(FOLDER / f"dpo_desk_{language}.ts"), "-qm", str(compiled)],
        check=True,
        timeout=120,
    )
    assert compiled.read_bytes() == (FOLDER / f"dpo_desk_{language}.qm").read_bytes(), "run scripts/translations"


def _fixed_breach_warnings() -> list[str]:
    """The sentences a breach's standing warnings are made of that take no value (shown as the core says them)."""
    from dpo_desk.services import breaches

    tree = ast.parse(Path(breaches.__file__).read_text(encoding="utf-8"))
    function = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "_warnings")
    found = [
        node.args[0].value
        for node in ast.walk(function)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", None) == "append"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert len(found) >= 5
    return [*found, breaches.OMBUDSMAN_34_3_B]


def test_every_word_the_core_defines_for_the_window_is_marked() -> None:
    words = set(KIND_LABELS.values())
    words |= {d.label for d in settings.DEFINITIONS.values()} | {
        d.rule for d in settings.DEFINITIONS.values() if d.rule
    }
    words |= {text for entry in catalogue.CATALOGUE for text in (entry.title, entry.description)}
    words |= set(_fixed_breach_warnings())
    assert words <= MARKED, f"add to dpo_desk/ui/core_texts.py: {sorted(words - MARKED)}"


def test_finnish_window_speaks_finnish_with_plurals_and_qt_buttons(qapp) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from dpo_desk.ui.i18n import plurals

    try:
        assert i18n.install("fi") == "fi"
        assert core_text("Reply to the request") == "Vastaa pyyntöön"
        assert plurals().days_late(1) == "1 päivä myöhässä"
        assert plurals().days_late(3) == "3 päivää myöhässä"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert (
            buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Peruuta"
        )  # overrides qtbase_fi's "Peru"
        i18n.install("sv")
        assert plurals().in_days(2) == "om 2 dagar"
    finally:
        i18n.install("en")
    assert plurals().days_late(1) == "1 day late"
    assert plurals().days_late(2) == "2 days late"


def test_the_language_comes_from_the_flag_then_the_setting_then_the_system() -> None:
    assert i18n.chosen_language("sv") == "sv"
    i18n.save_language("fi")
    assert i18n.saved_language() == "fi"
    assert i18n.chosen_language(None) == "fi"
    assert i18n.chosen_language("en") == "en"
    i18n.save_language(None)
    assert i18n.saved_language() is None
    assert i18n.system_language(QLocale("sv_FI")) == "sv"
    assert i18n.system_language(QLocale("fi_FI")) == "fi"
    assert i18n.system_language(QLocale("de_DE")) == "en"


def test_the_setting_is_kept_in_the_users_config_folder(window_preferences: Path) -> None:
    i18n.save_language("sv")
    assert "sv" in (window_preferences / "dpo-desk" / "window.ini").read_text()


def test_dates_are_shown_in_the_languages_form() -> None:
    day = dt.date(2026, 12, 4)
    moment = dt.datetime(2026, 12, 4, 9, 5)
    expected = {"fi": ("4.12.2026", "4.12.2026 9.05"), "sv": ("2026-12-04", "2026-12-04 09:05")}
    expected["en"] = ("4 Dec 2026", "4 Dec 2026, 09:05")
    try:
        for language, (date_text, moment_text) in expected.items():
            i18n.install(language)
            assert format_date(day) == date_text
            assert format_datetime(moment) == moment_text
            assert format_date(None, "—") == "—"
    finally:
        i18n.install("en")


def test_the_translations_ship_in_the_package() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'packages = ["dpo_desk"]' in pyproject  # the whole package folder, translations/ included
    for language in ("fi", "sv", "en"):
        assert (FOLDER / f"dpo_desk_{language}.qm").stat().st_size > 100


def test_qt_standard_buttons_are_translated(qapp) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    try:
        i18n.install("sv")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Stäng"  # Qt's own qtbase_sv
    finally:
        i18n.install("en")


def test_lang_flag_chooses_the_language_of_the_first_dialog(qtbot, tmp_path: Path) -> None:
    from dpo_desk.ui.app import parse_args
    from dpo_desk.ui.dialogs.passphrase import UnlockDialog

    i18n.save_language("fi")
    with pytest.raises(SystemExit):
        parse_args(["--lang", "de"])
    try:
        i18n.install(i18n.chosen_language(parse_args(["--lang", "sv"]).lang))
        dialog = UnlockDialog(tmp_path / "store.dpodesk")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Lås upp DPO Desk"
        i18n.install(i18n.chosen_language(parse_args([]).lang))  # no flag: the saved choice
        again = UnlockDialog(tmp_path / "store.dpodesk")
        qtbot.addWidget(again)
        assert again.windowTitle() == "Avaa DPO Deskin lukitus"
    finally:
        i18n.install("en")


def test_settings_page_saves_the_window_language_for_the_next_start(qtbot, store) -> None:
    from dpo_desk.ui.app import build_window

    window = build_window(store)
    qtbot.addWidget(window)
    window.show_page("settings")
    window.wait_loaded()
    page = window.pages["settings"]
    page.fields["name"].setText("Kieli Oy")  # the organisation must be valid for Save to go through
    page.fields["dpo_email"].setText("dpo@kieli.example")
    page.window_language.setCurrentIndex(page.window_language.findData("sv"))
    page.save()
    qtbot.waitUntil(lambda: page.message.text() == "Saved.", timeout=30000)
    assert i18n.saved_language() == "sv"
    assert i18n.current_language() == "en"  # this run keeps its language: the choice applies on restart
    page.window_language.setCurrentIndex(page.window_language.findData(""))
    page.save()
    assert i18n.saved_language() is None
    window.close()


def test_a_finnish_window_names_each_deadline_in_finnish(qapp, store, clock) -> None:
    """The core's deadline titles are English ("erasure request from ..."); the window words them itself."""
    from dpo_desk import demo
    from dpo_desk.services import deadlines
    from dpo_desk.ui.pages.deadlines import deadline_title

    with store.write() as session:
        demo.populate(session, clock.now().date())
    with store.read() as session:
        found = deadlines.overview(session, clock.now())
    requests = [item.deadline for item in found if item.deadline.module == "requests"]
    register = [item.deadline for item in found if item.deadline.kind == "tia-review"]
    assert requests and register
    try:
        i18n.install("fi")
        titles = {deadline_title(d) for d in requests}
        assert not any("request" in title for title in titles), titles
        assert any(title.startswith(("Pääsy tietoihin: ", "Poistaminen: ")) for title in titles), titles
        assert all("transfer impact" not in deadline_title(d) for d in register)
        sentences = {item.deadline.rule for item in found if ": " in item.deadline.rule}
        assert len(sentences) >= 5 and all(core_text(rule) != rule for rule in sentences), sentences
        forward = [d for d in requests if d.kind == "forward"]
        assert forward and core_text(deadlines.kind_label("forward")) == "Välitä pyyntö rekisterinpitäjälle"
    finally:
        i18n.install("en")


def test_countries_are_named_in_the_window_s_language(qapp) -> None:
    from dpo_desk.ui.dialogs.register_countries import country_label, country_name

    assert country_name("DE") == "Germany"
    try:
        i18n.install("sv")
        assert (country_name("DE"), country_label("US")) == ("Tyskland", "USA (US)")
        i18n.install("fi")
        assert country_name("DE") == "Saksa"
    finally:
        i18n.install("en")
