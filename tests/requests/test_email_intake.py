"""`request intake`: a rights request from an e-mail, read back from the store (issue 18, part 2).

Messages are built with the `email` package: multipart, HTML only, quoted-printable Finnish text,
an attachment, a Date in another zone.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpo_desk.errors import InvalidInput
from dpo_desk.services import attachments, email_intake
from dpo_desk.services import settings as store_settings
from dpo_desk.store import Store
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines

PDF = b"%PDF-1.7\n% a scanned ID card\n"


def _message(
    *,
    sender: str = "Matti Meikäläinen <matti@example.fi>",
    subject: str = "Tietopyyntö",
    text: str | None = "Hei, pyydän kopion tiedoistani. Ystävällisin terveisin Matti",
    html: str | None = None,
    date: str | None = "Tue, 01 Dec 2026 18:30:00 -0500",
    message_id: str | None = "<abc-123@example.fi>",
    reply_to: str | None = None,
    cte: str | None = None,
    attach: tuple[str, str, bytes] | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "tietosuoja@example.com"
    message["Subject"] = subject
    if date:
        message["Date"] = date
    if message_id:
        message["Message-ID"] = message_id
    if reply_to:
        message["Reply-To"] = reply_to
    if text is not None:
        message.set_content(text, cte=cte) if cte else message.set_content(text)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    if attach:
        name, media_type, content = attach
        maintype, subtype = media_type.split("/")
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    return message


def _write(path: Path, message: EmailMessage) -> Path:
    path.write_bytes(bytes(message))
    return path


def _show(cli: Any, reference: str) -> dict[str, Any]:
    return cli("request", "show", reference, "--json").json()


def _attachments(store_path: Path, reference: str) -> list[tuple[str, str, str, bytes]]:
    with Store.open(store_path, PASSPHRASE) as store, store.read() as session:
        return [
            (view.kind, view.filename, view.media_type, attachments.content(session, view.reference)[1])
            for view in attachments.list_for(session, reference)
        ]


def test_a_multipart_message_with_an_attachment_becomes_a_request(cli, store_path: Path, tmp_path: Path) -> None:
    message = _message(
        html="<p>Hei,</p><p>pyydän <b>kopion tiedoistani</b>.</p><script>alert(1)</script>",
        attach=("henkilokortti.pdf", "application/pdf", PDF),
    )
    path = _write(tmp_path / "pyynto.eml", message)
    done = cli("request", "intake", path)
    reference = done.last_line
    assert reference == "DSR-2026-0001"
    assert "Type: access (guessed from its words" in done.out
    view = _show(cli, reference)
    assert view["subject_name"] == "Matti Meikäläinen"
    assert view["subject_email"] == "matti@example.fi"
    # Sent 18:30 in New York on 1 December is 23:30 UTC, so 01:30 on 2 December in Helsinki.
    assert view["received_on"] == "2026-12-02"
    assert view["due_on"] == "2027-01-04"  # 2 January 2027 is a Saturday: the next working day
    assert view["channel"] == "email"
    assert view["type"] == "access" and view["type_guessed"] is True
    assert view["language"] == "fi"
    assert view["details"] == "Tietopyyntö\n\nHei, pyydän kopion tiedoistani. Ystävällisin terveisin Matti"
    stored = _attachments(store_path, reference)
    assert stored == [
        ("email", "pyynto.eml", "message/rfc822", path.read_bytes()),
        ("document", "henkilokortti.pdf", "application/pdf", PDF),
    ]


def test_an_html_only_swedish_message_is_read_as_text(cli, tmp_path: Path) -> None:
    html = (
        "<html><head><style>p {color: red}</style></head><body><p>Hej,</p>"
        "<p>jag vill att ni <i>raderar</i> mina uppgifter &amp; mitt konto.</p><p>Vänliga hälsningar<br>Anna</p>"
        "</body></html>"
    )
    path = _write(
        tmp_path / "radera.eml", _message(sender="Anna <anna@example.se>", subject="Radera", text=None, html=html)
    )
    reference = cli("request", "intake", path).last_line
    view = _show(cli, reference)
    assert view["type"] == "erasure"
    assert view["language"] == "sv"
    assert view["details"] == (
        "Radera\n\nHej,\n\njag vill att ni raderar mina uppgifter & mitt konto.\n\nVänliga hälsningar\nAnna"
    )
    assert "color" not in view["details"]


def test_quoted_printable_finnish_text_and_a_reply_to(cli, store_path: Path, tmp_path: Path) -> None:
    text = "Hyvä vastaanottaja,\n\npyydän poistamaan kaikki minua koskevat tiedot järjestelmästänne.\n\nSäde Ääninen"
    message = _message(
        sender="=?utf-8?q?S=C3=A4de_=C3=84=C3=A4ninen?= <sade@example.fi>",
        subject="Tietojen poistaminen",
        text=text,
        cte="quoted-printable",
        reply_to="sade.aaninen@example.org",
    )
    raw = bytes(message)
    assert b"=C3=A4" in raw  # the body really is quoted-printable
    path = tmp_path / "poisto.eml"
    path.write_bytes(raw)
    reference = cli("request", "intake", path).last_line
    view = _show(cli, reference)
    assert view["subject_name"] == "Säde Ääninen"
    assert view["type"] == "erasure"
    assert view["details"].endswith("pyydän poistamaan kaikki minua koskevat tiedot järjestelmästänne.\n\nSäde Ääninen")
    assert view["subject_contact"] == "Reply-To: sade.aaninen@example.org"
    assert any("Reply-To differs from From" in event["text"] for event in view["timeline"])


def test_words_that_name_no_type_make_an_unclassified_request_with_a_deadline(cli, tmp_path: Path) -> None:
    path = _write(tmp_path / "x.eml", _message(subject="Question", text="Hello, who are you?", date=None))
    done = cli("request", "intake", path)
    assert "the message has no date: today" in done.out
    view = _show(cli, done.last_line)
    assert view["type"] == "unclassified" and view["type_guessed"] is False
    assert view["received_on"] == "2026-11-25"  # the test clock's day
    assert view["due_on"] == "2026-12-28"  # 25 December is a holiday, 26-27 the weekend
    assert view["language"] == "en"
    refused = cli("request", "classify", done.last_line, ok=False)
    assert "is needed: say which type" in refused.err
    cli("request", "classify", done.last_line, "--type", "objection")
    after = _show(cli, done.last_line)
    assert (after["type"], after["type_guessed"], after["due_on"]) == ("objection", False, "2026-12-28")


def test_a_guessed_type_is_confirmed_and_a_chosen_one_is_not_guessed(cli, tmp_path: Path) -> None:
    guessed = cli("request", "intake", _write(tmp_path / "a.eml", _message())).last_line
    cli("request", "classify", guessed)
    assert _show(cli, guessed)["type_guessed"] is False
    assert "was chosen when it was logged" in cli("request", "classify", guessed, ok=False).err
    chosen = cli(
        "request", "intake", _write(tmp_path / "b.eml", _message(message_id="<b@x>", text="Other")), "--type", "erasure"
    ).last_line
    view = _show(cli, chosen)
    assert (view["type"], view["type_guessed"]) == ("erasure", False)


def test_the_same_message_twice_is_refused_naming_the_case(cli, store_path: Path, tmp_path: Path) -> None:
    first = cli("request", "intake", _write(tmp_path / "one.eml", _message())).last_line
    again = cli("request", "intake", tmp_path / "one.eml", ok=False)
    assert again.err.strip().endswith(f"one.eml: this message was already taken in as {first}; nothing was stored.")
    # Saved again by another mail program: no Message-ID, the same sender, date and body.
    copy = _write(tmp_path / "copy.eml", _message(message_id=None))
    assert first in cli("request", "intake", copy, ok=False).err
    assert len(cli("request", "list", "--json").json()) == 1


def test_a_dry_run_stores_nothing(cli, store_path: Path, tmp_path: Path) -> None:
    path = _write(tmp_path / "dry.eml", _message(attach=("a.pdf", "application/pdf", PDF)))
    dry = cli("request", "intake", path, "--dry-run")
    assert dry.last_line == "Dry run: would be logged as DSR-2026-0001; nothing was stored."
    assert cli("request", "list", "--json").json() == []
    assert _attachments(store_path, "DSR-2026-0001") == []
    assert cli("request", "intake", path).last_line == "DSR-2026-0001"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("renamed.eml", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "is not an e-mail message"),
        ("empty.eml", b"", "is empty"),
        ("notes.txt", b"From: a@b.fi\n\nhello", "use an .eml or an Outlook .msg file"),
        ("headless.eml", b"just some words\nand more words\n", "no From header with an address"),
        ("fake.msg", b"From: a@b.fi\n\nhello", "not an Outlook message file"),
        ("damaged.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "the file is damaged"),
    ],
)
def test_what_is_not_a_message_is_refused_in_one_line(
    cli, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    refused = cli("request", "intake", path, ok=False)
    assert message in refused.err
    assert cli("request", "list", "--json").json() == []


def test_a_message_over_the_size_limit_is_refused_before_it_is_read(cli, store_path: Path, tmp_path: Path) -> None:
    with Store.open(store_path, PASSPHRASE) as store, store.write() as session:
        store_settings.put(session, "attachments.max_megabytes", 1)
    big = _message(attach=("big.bin", "application/octet-stream", b"\x01" * (2 * 1024 * 1024)))
    refused = cli("request", "intake", _write(tmp_path / "big.eml", big), ok=False)
    assert "over the limit of 1 MB" in refused.err
    assert cli("request", "list", "--json").json() == []


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Registerutdrag", "Jag vill ha tillgång till mina uppgifter.", "access"),
        ("Request", "Please send me a copy of my data.", "access"),
        ("Poistakaa tietoni", "", "erasure"),
        ("", "Please rectify my address, it is inaccurate.", "rectification"),
        ("Käsittelyn rajoittaminen", "", "restriction"),
        ("", "I want my data in a machine-readable format (portability).", "portability"),
        ("Vastustan suoramarkkinointia", "", "objection"),
        ("", "I withdraw my consent to the newsletter.", "consent-withdrawal"),
        ("", "Jag återkallar mitt samtycke.", "consent-withdrawal"),
        ("Hello", "Just a question about your opening hours.", "unclassified"),
    ],
)
def test_the_type_is_guessed_in_three_languages(subject: str, body: str, expected: str) -> None:
    assert email_intake.guess_type(subject, body) == expected


def test_the_language_is_guessed_and_falls_back() -> None:
    assert email_intake.guess_language("Hei, pyydän tietoni ja kiitos") == "fi"
    assert email_intake.guess_language("Hej, jag vill ha mina uppgifter") == "sv"
    assert email_intake.guess_language("Please send me my data") == "en"
    assert email_intake.guess_language("12345", fallback="sv") == "sv"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.binary(min_size=1, max_size=400),
        st.lists(
            st.sampled_from([b"From: a@b.fi\n", b"Date: Tue, 99 Foo 2026 25:61 +9999\n", b"MIME-Version: 1.0\n",
                             b'Content-Type: multipart/mixed; boundary=""\n', b"Content-Type: text/html; charset=zz\n",
                             b"Content-Transfer-Encoding: base64\n", b"\n", b"--\n", b"=?utf-8?q?=C3?=\n",
                             b"<p>x</b>\n"]),
            min_size=1, max_size=12,
        ).map(b"".join),
    )
)  # fmt: skip
def test_any_bytes_are_read_as_a_message_or_refused_in_one_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fuzz.eml"
    path.write_bytes(content)
    try:
        message = email_intake.read_message(path, 1024 * 1024)
    except InvalidInput as refused:
        assert "\n" not in str(refused)
    else:
        assert message.sender_email and isinstance(message.body, str)
