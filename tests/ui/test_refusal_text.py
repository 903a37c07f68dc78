"""The window words the core's refusals in its own language, from their codes and values."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

import dpo_desk
from dpo_desk.domain import timeparse
from dpo_desk.errors import InvalidInput, RuleRefused, StoreBusy, StoreDamaged, StoreInUse, StoreTooNew
from dpo_desk.rules import breach_content
from dpo_desk.services import register, requests
from dpo_desk.ui import cell_error_text
from dpo_desk.ui.app import build_window
from dpo_desk.ui.breach_warning_text import letter_item_names
from dpo_desk.ui.formatting import format_date
from dpo_desk.ui.refusal_text import (
    _input_wordings,
    _wordings,
    error_text,
    invalid_input_text,
    worded_codes,
    worded_input_codes,
)
from tests.ui.finnish import english_in, language

pytestmark = pytest.mark.both_engines

SOURCE = Path(dpo_desk.__file__).parent
NOT_IN_THE_WINDOW = {"services/synthetic.py"}  # the command line's `synthetic` alone fills an empty store

# A value for every name a refusal's message gives, as the core gives it (dates as dates, moments in UTC).
SAMPLE_VALUES = {
    "reference": "DSR-2026-0007",
    "announcement": "SPN-2026-0002",
    "name": "Postipalvelu Oy",
    "source": "pyynto.eml",
    "outcome": "fulfilled",
    "status": "verified",
    "type": "access",
    "step": "requested",
    "hours": 72,
    "rows": 3,
    "timezone": "Europe/Helsinki",
    "replied_on": dt.date(2026, 3, 5),
    "extended_on": dt.date(2026, 3, 5),
    "limit": dt.date(2026, 3, 17),
    "on": dt.date(2026, 3, 20),
    "told_on": dt.date(2026, 3, 6),
    "retired_on": dt.date(2026, 4, 1),
    "at": dt.datetime(2026, 3, 27, 13, 0, tzinfo=dt.UTC),
    "deadline": dt.datetime(2026, 3, 27, 10, 0, tzinfo=dt.UTC),
    "missing": ["description", "measures"],
}


def _raised() -> dict[str, set[str]]:
    """Each RuleRefused code raised in the core, with the names of the values its site gives."""
    codes: dict[str, set[str]] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        if path.relative_to(SOURCE).as_posix() in NOT_IN_THE_WINDOW or "ui" in path.relative_to(SOURCE).parts:
            continue
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "RuleRefused"):
                continue
            given = {k.arg: k.value for k in call.keywords}
            assert "code" in given, f"{path}:{call.lineno}: a RuleRefused without a code"
            code = given["code"]
            assert isinstance(code, ast.Constant), f"{path}:{call.lineno}"
            values = given.get("values")
            names = (
                {k.value for k in values.keys if isinstance(k, ast.Constant)} if isinstance(values, ast.Dict) else set()
            )
            codes.setdefault(code.value, set()).update(names)
    return codes


def _coded_invalid_inputs() -> dict[str, set[str]]:
    """Each code an InvalidInput is raised with in the core, with the names of the values its site gives."""
    codes: dict[str, set[str]] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        if path.relative_to(SOURCE).as_posix() in NOT_IN_THE_WINDOW or "ui" in path.relative_to(SOURCE).parts:
            continue
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "InvalidInput"):
                continue
            given = {k.arg: k.value for k in call.keywords}
            code = given.get("code")
            if code is None:
                continue
            where = f"{path}:{call.lineno}"
            if isinstance(code, ast.Name):  # a helper passes its caller's code: the callers' constants are read below
                continue
            assert isinstance(code, ast.Constant), where
            values = given.get("values")
            names = (
                {k.value for k in values.keys if isinstance(k, ast.Constant)} if isinstance(values, ast.Dict) else set()
            )
            codes.setdefault(code.value, set()).update(names)
    return codes


def test_every_coded_invalid_input_of_the_core_has_a_window_wording() -> None:
    raised = _coded_invalid_inputs()
    own = worded_input_codes()
    assert {"before-active", "review-not-after"} <= set(raised)
    assert set(raised) <= own | cell_error_text.worded_codes(), sorted(
        set(raised) - own - cell_error_text.worded_codes()
    )
    assert not own & cell_error_text.worded_codes()  # one wording per code
    for code, names in raised.items():
        if code in own:
            wanted = set(re.findall(r"{(\w+)}", _input_wordings()[code]))
            assert wanted <= names, (code, wanted - names)
    # the requests service's date checks pass their code through a helper: each is a wording's
    helper_codes = set(re.findall(r'"(before-[\w-]+)"', (SOURCE / "services" / "requests.py").read_text("utf-8")))
    assert helper_codes and helper_codes <= own, sorted(helper_codes - own)
    day = dt.date(2026, 3, 5)
    for lang in ("fi", "sv"):
        with language(lang):
            for code in own:
                error = InvalidInput(
                    "on",
                    "2026-03-01",
                    "English",
                    code=code,
                    values={"earliest": day, "reviewed_on": day, "limit": day, "most": 30},
                )
                text = error_text(error)
                assert "English" not in text and "{" not in text, (lang, code, text)
                names_a_day = bool(
                    {"earliest", "reviewed_on", "limit"} & set(re.findall(r"{(\w+)}", _input_wordings()[code]))
                )
                assert not names_a_day or format_date(day) in text, (lang, code, text)
                assert not english_in(text), (lang, code, text)


def test_store_errors_are_worded_by_their_class(qapp) -> None:
    errors = [StoreDamaged(7), StoreDamaged(None), StoreBusy(), StoreInUse(), StoreTooNew("abc123")]
    english = [error_text(error) for error in errors]
    assert english[0].startswith("The store is damaged at page 7")
    with language("fi"):
        finnish = [error_text(error) for error in errors]
    with language("sv"):
        swedish = [error_text(error) for error in errors]
    for text in finnish + swedish:
        assert not english_in(text) and "{" not in text, text
    assert "7" in finnish[0] and "7" in swedish[0] and "abc123" in finnish[4]
    assert str(StoreDamaged(7)).startswith("The store is damaged at page 7; restore a backup (`dpo-desk restore")


def test_every_refusal_code_of_the_core_has_a_window_wording() -> None:
    raised = _raised()
    assert len(raised) > 30
    assert set(raised) == worded_codes(), sorted(set(raised) ^ worded_codes())
    for code, names in raised.items():  # a wording names only what its refusal gives
        wanted = set(re.findall(r"{(\w+)}", _wordings()[code]))
        assert wanted <= names, (code, wanted - names)


def test_every_refusal_is_worded_in_finnish_and_swedish(qapp) -> None:
    for lang in ("fi", "sv"):
        with language(lang):
            for code in worded_codes():
                text = error_text(RuleRefused("English", code=code, values=SAMPLE_VALUES))
                assert text != "English" and "{" not in text and "}" not in text, (lang, code, text)
                assert not english_in(text), (lang, code, text)
    assert set(letter_item_names()) == {item.key for item in breach_content.ART_34_2}
    with language("fi"):
        letter = error_text(RuleRefused("English", code="letter-items-missing", values=SAMPLE_VALUES))
        already = error_text(RuleRefused("English", code="already-extended", values=SAMPLE_VALUES))
        late = error_text(RuleRefused("English", code="late-reason-missing", values=SAMPLE_VALUES))
    assert letter.endswith(
        "tyhjänä: tietoturvaloukkauksen luonne selkokielellä (sen kuvaus); toteutetut tai ehdotetut toimenpiteet."
    )
    assert already == "Pyynnön DSR-2026-0007 määräaikaa pidennettiin jo 5.3.2026; määräaikaa voi pidentää vain kerran."
    assert late.startswith("Ilmoitus (27.3.2026 15.00) on 72 tunnin määräajan (27.3.2026 12.00) jälkeen")
    # the English window words it too; a code without a wording shows the core's message
    assert (
        error_text(RuleRefused("x", code="breach-closed", values=SAMPLE_VALUES)) == "DSR-2026-0007 is already closed."
    )
    assert error_text(RuleRefused("The core's words.", code="no-such-code")) == "The core's words."
    assert error_text(RuleRefused("The core's words.")) == "The core's words."


def test_an_invalid_input_of_the_shared_checks_is_worded_under_its_field(qapp) -> None:
    with pytest.raises(InvalidInput) as caught:
        timeparse.parse_date("received_on", "31.2.2026x")
    error = caught.value
    with language("fi"):
        named = invalid_input_text(error, "Vastaanotettu")
        plain = error_text(error)
    assert named.startswith("Vastaanotettu: ”31.2.2026x” ei ole päivämäärä"), named
    assert not english_in(named) and not english_in(plain), plain
    assert error_text(InvalidInput("title", None, "is odd")) == "title is odd"  # uncoded: the core's English


def test_a_refusal_in_a_finnish_window_is_finnish(qtbot, store, tmp_path) -> None:
    with store.write() as session:
        ref = requests.add(session, type="erasure", received="2026-02-17", subject="Eero Esimerkki")
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("requests")
        window.wait_loaded()
        page = window.pages["requests"]
        assert page.open_reference(ref)
        window.wait_loaded()
        detail = page.detail
        detail.ask_extend()
        dialog = detail.last_dialog
        dialog.fields["reason"].widget.setPlainText("Varmuuskopiot useassa sukupolvessa")
        dialog.fields["on"].widget.setText("2026-03-20")  # past the first month: the core refuses it
        dialog.submit()
        window.wait_loaded()
        extension = dialog.message.text()
        page.ask_save_path = lambda *_args: str(tmp_path / "letter")
        page.detail._ask_letter("refusal")  # not refused: no refusal letter
        window.wait_loaded()
        letter = page.message.text()
        window.close()
    with store.read() as session:
        assert requests.show(session, ref).extended_on is None  # nothing stored
    assert extension.startswith(f"{ref}: määräajan pidennyksestä on päätettävä"), extension
    assert "17.3.2026" in extension and "20.3.2026" in extension
    assert not english_in(extension)
    assert letter == f"{ref} ei ole suljettu hylättynä: sulje se ensin perusteluineen.", letter


def test_a_reply_day_before_the_receipt_is_refused_in_finnish(qtbot, store) -> None:
    with store.write() as session:
        ref = requests.add(session, type="access", received="2026-02-17", subject="Eero Esimerkki")
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("requests")
        window.wait_loaded()
        page = window.pages["requests"]
        assert page.open_reference(ref)
        window.wait_loaded()
        detail = page.detail
        detail.ask_close()
        dialog = detail.last_dialog
        outcome = dialog.fields["outcome"].widget
        outcome.setCurrentIndex(outcome.findData("fulfilled"))
        dialog.fields["replied"].widget.setText("2026-02-10")  # a week before the request came
        dialog.submit()
        window.wait_loaded()
        shown = " ".join(text for text in (dialog.fields["replied"].error.text(), dialog.message.text()) if text)
        window.close()
    with store.read() as session:
        assert requests.show(session, ref).replied_on is None  # nothing stored
    assert "on ennen päivää, jona pyyntö vastaanotettiin (17.2.2026)" in shown, shown
    assert not english_in(shown), shown


def test_a_store_damaged_while_locked_is_named_in_finnish_at_unlock(qtbot, store, store_path, engine) -> None:
    if engine != "sqlite":
        pytest.skip("page damage is a SQLCipher file's")
    from tests.conftest import PASSPHRASE

    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.wait_loaded()
        window.lock()
        with open(store_path, "r+b") as file:  # page 2's HMAC no longer matches (as tests/safety/test_damaged_store)
            file.seek(4096 + 200)
            file.write(bytes(32))
        assert not window.unlock(PASSPHRASE)
        shown = window.unlock_error.text()
        window.close()
    assert shown.startswith("Tiedosto on vioittunut sivulla 2; palauta varmuuskopio"), shown
    assert not english_in(shown), shown


def test_a_register_entry_active_before_it_was_planned_is_refused_in_finnish(qtbot, store) -> None:
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("register")
        window.wait_loaded()
        dialog = window.pages["register"].new_entry()
        window.wait_loaded()
        dialog.fields["name"].setText("Ikkuna Oy")
        dialog.fields["service"].setText("Posti")
        dialog.fields["country"].set_code("FI")
        dialog.fields["planned_on"].setText("2026-03-10")
        dialog.fields["active_from"].setText("2026-03-05")  # five days before it was even planned
        dialog.save()
        window.wait_loaded()
        beside = dialog.errors["active_from"].text() if dialog.errors["active_from"].isVisibleTo(dialog) else ""
        shown = dialog.message.text()
        window.close()
    with store.read() as session:
        assert register.count(session) == 0  # nothing stored
    assert beside == "on ennen kuin merkintä suunniteltiin (10.3.2026)", beside
    assert "on ennen kuin merkintä suunniteltiin (10.3.2026)" in shown, shown
    assert not english_in(shown), shown


def test_a_malformed_email_in_a_new_request_is_refused_in_finnish(qtbot, store) -> None:
    with language("fi"):
        window = build_window(store)
        qtbot.addWidget(window)
        window.show_page("requests")
        window.wait_loaded()
        page = window.pages["requests"]
        page.new_request()
        dialog = page.new_dialog
        dialog.widgets["received"].setText("2026-03-03")
        qtbot.keyClicks(dialog.widgets["subject"], "Uusi Ulla")
        dialog.widgets["email"].setText("ulla(at)example")
        beside = dialog.errors["email"].text()
        dialog.submit()  # refused before anything reaches the store
        window.wait_loaded()
        window.close()
    with store.read() as session:
        assert requests.count(session) == 0  # nothing stored
    assert beside == "ei ole sähköpostiosoite", beside


# Each core module a window can meet an InvalidInput of (the command line's own checks, the server's
# administration and `synthetic` are not the window's).
WINDOW_INPUT_MODULES = sorted(
    path.relative_to(SOURCE).as_posix()
    for path in SOURCE.rglob("*.py")
    if not path.relative_to(SOURCE).as_posix().startswith(("cli/", "ui/"))
    and path.relative_to(SOURCE).as_posix() not in NOT_IN_THE_WINDOW | {"store/server.py"}
    and "InvalidInput(" in path.read_text(encoding="utf-8")
)


@pytest.mark.parametrize("module", WINDOW_INPUT_MODULES)
def test_every_invalid_input_the_window_can_meet_carries_a_code(module: str) -> None:
    """Every InvalidInput of the module names its reason by a code the window words in its language.

    A helper that raises for its callers takes their code as a parameter (a name, not a constant): the
    callers' constants are then read as the codes of the module.
    """
    own = worded_input_codes() | cell_error_text.worded_codes()
    source = (SOURCE / module).read_text(encoding="utf-8")
    uncoded = []
    for call in ast.walk(ast.parse(source)):
        if not (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "InvalidInput"):
            continue
        code = next((k.value for k in call.keywords if k.arg == "code"), None)
        if code is None or (isinstance(code, ast.Constant) and code.value not in own):
            uncoded.append(call.lineno)
    assert not uncoded, f"{module}: InvalidInput without a worded code at lines {uncoded}"


def test_no_reason_is_worded_twice() -> None:
    from dpo_desk.ui import input_reasons

    seen: dict[str, str] = {}
    for area in input_reasons.AREAS:
        for code in area.wordings():
            assert code not in seen, f"{code} is worded in {seen[code]} and {area.__name__}"
            seen[code] = area.__name__
    from dpo_desk.ui.refusal_text import _dated_input_wordings

    twice = (set(seen) & set(_dated_input_wordings())) | (set(seen) & cell_error_text.worded_codes())
    assert not twice, sorted(twice)
    from dpo_desk.ui import field_words

    shared = field_words.field_words()
    worded_fields: dict[str, str] = {}
    for area in input_reasons.AREAS:
        for name in area.field_words():
            assert name not in worded_fields, f"the field {name} is worded in {worded_fields[name]} and {area.__name__}"
            worded_fields[name] = area.__name__
    # the shared list wins in field_words(): an area's word for a field it already has would never show
    hidden = {name for name in worded_fields if shared[name] != input_reasons.field_words()[name]}
    assert not hidden, sorted(hidden)
