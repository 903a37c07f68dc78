"""Rights requests taken in from e-mail: an .eml (RFC 5322) or an Outlook .msg becomes a new request.

`read_message` reads a file into a plain `Message` (no session: the window calls it off the GUI
thread to fill its form); `draft` turns it into what the new request would hold, in the
organisation's zone; `take_in` stores it through `services.requests` with the original message and
each attachment as encrypted attachments of the case. A file that is not a message is refused
with one line before anything is stored, and so is a message already taken in (same Message-ID,
or the same sender, date and body).

Nothing in a message is trusted: headers are decoded by the `email` package's default policy,
HTML is turned into text by a parser that never fetches or runs anything, control characters are
dropped, and lengths are cut to what a request holds (the whole message stays attached).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from dpo_desk.clock import now_of
from dpo_desk.domain.requests import REQUEST_TYPES
from dpo_desk.domain.timeparse import zone
from dpo_desk.domain.validation import MAX_TEXT
from dpo_desk.errors import InvalidInput, RuleRefused
from dpo_desk.services import attachments, organisation, requests

SUFFIXES = (".eml", ".msg")
EML_TYPE = "message/rfc822"
MSG_TYPE = "application/vnd.ms-outlook"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Words that name each type of request in Finnish, Swedish and English, matched at the start of a
# word so inflected forms count ("poistakaa", "raderas"). A guess only: the DPO confirms it.
TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "access": (
        "pääsy", "tietopyyntö", "tarkastuspyyntö", "tarkastusoikeu", "kopio tiedoistani", "kopio henkilötiedoistani",
        "mitä tietoja", "tillgång", "registerutdrag", "insyn", "kopia av mina", "access", "copy of my data",
        "copy of my personal data", "what data", "what personal data",
    ),
    "erasure": (
        "poista", "poistami", "unohdetuksi", "radera", "glömd", "delete", "erase", "erasure", "remove my",
        "be forgotten",
    ),
    "rectification": (
        "oikaisu", "oikaista", "korjata", "korjaa", "virheelli", "rätta", "rättelse", "felaktig", "rectif",
        "correct my", "inaccurate",
    ),
    "restriction": ("rajoitta", "rajoitus", "begränsa", "begränsning", "restrict"),
    "portability": (
        "siirrettävyy", "koneluettava", "dataportabilitet", "flytta mina", "portability", "machine-readable",
        "machine readable", "transfer my data",
    ),
    "objection": (
        "vastustan", "vastusta", "kiellän", "invänd", "motsätter", "object to", "objection", "i object",
    ),
    "consent-withdrawal": (
        "peruutan suostumu", "peruuttaa suostumu", "suostumuksen peruu", "suostumukseni", "återkalla",
        "withdraw my consent", "withdraw consent", "withdrawal of consent", "withdrawing my consent",
    ),
    "automated-decision": (
        "automaattinen päätö", "automaattisesti tehty", "automatiserat beslut", "automated decision",
        "automated individual decision",
    ),
}  # fmt: skip
LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    "fi": frozenset(
        [
            "ja",
            "on",
            "että",
            "minun",
            "minä",
            "olen",
            "pyydän",
            "ei",
            "kiitos",
            "hei",
            "tietoja",
            "tietoni",
            "henkilötietoni",
            "tiedot",
            "te",
            "teidän",
            "ystävällisin",
            "terveisin",
            "haluan",
            "koskevat",
        ]
    ),
    "sv": frozenset(
        [
            "och",
            "att",
            "jag",
            "är",
            "mina",
            "min",
            "det",
            "inte",
            "om",
            "hej",
            "tack",
            "uppgifter",
            "begär",
            "vänliga",
            "hälsningar",
            "ni",
            "er",
            "till",
            "med",
            "vill",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "to",
            "my",
            "i",
            "of",
            "is",
            "please",
            "data",
            "request",
            "you",
            "me",
            "your",
            "regards",
            "dear",
            "would",
            "like",
            "with",
        ]
    ),
}


@dataclass(frozen=True)
class MessageFile:
    """A file carried by a message, to be stored as an attachment of the case."""

    filename: str
    media_type: str
    content: bytes


@dataclass(frozen=True)
class Message:
    """What was read from a message file, before any store is involved."""

    source_name: str
    source_type: str
    raw: bytes
    sender_name: str
    sender_email: str
    reply_to: str
    sent_at: dt.datetime | None  # aware UTC; None when the message has no usable Date
    subject: str
    body: str
    message_id: str
    files: tuple[MessageFile, ...]

    @property
    def digest(self) -> str:
        """Sender, date and body: the same message saved twice (or forwarded to the DPO twice) matches."""
        body = " ".join(self.body.split())
        sent = self.sent_at.isoformat() if self.sent_at else ""
        return hashlib.sha256("\n".join((self.sender_email.casefold(), sent, body)).encode()).hexdigest()


@dataclass(frozen=True)
class Draft:
    """The new request a message would make: the values of `requests.add`, and what was guessed."""

    message: Message
    values: dict[str, Any]
    guessed_type: str
    sent_local: str  # the Date header in the organisation's zone, or "" when there was none
    existing: str | None  # the case this message was already taken in as


@dataclass(frozen=True)
class Intake:
    reference: str
    type: str
    type_guessed: bool
    received: dt.date
    attachments: tuple[str, ...]
    dry_run: bool


# -- reading a file ------------------------------------------------------------------------------


def read_message(path: str | Path, max_bytes: int) -> Message:
    """The message in an .eml or .msg file; InvalidInput (one line) for anything that is not one."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise InvalidInput(
            "MESSAGE",
            path.name,
            "is not an e-mail message: use an .eml or an Outlook .msg file",
            code="not-a-message-file",
        )
    if not path.is_file():
        raise InvalidInput("MESSAGE", str(path), "does not exist or is not a file", code="no-such-file")
    size = path.stat().st_size
    if size == 0:
        raise InvalidInput("MESSAGE", path.name, "is empty", code="empty")
    if size > max_bytes:
        raise InvalidInput(
            "MESSAGE",
            path.name,
            f"is {size / 1048576:.1f} MB, over the limit of {max_bytes // 1048576} MB "
            "(setting attachments.max_megabytes); nothing was stored",
            code="file-too-large",
            values={"megabytes": round(size / 1048576, 1), "most": max_bytes // 1048576},
        )
    raw = path.read_bytes()
    if path.suffix.lower() == ".msg":
        return _read_msg(path, raw)
    try:
        return _read_eml(path.name, raw)
    except InvalidInput:
        raise
    except Exception:  # a hostile structure the parser trips on is a file that is not a usable message
        raise _not_a_message(path.name, "its structure could not be read", "message-unreadable") from None


def _not_a_message(name: str, why: str, code: str) -> InvalidInput:
    """`code` names `why` for the window (each is worded in ui/input_reasons/cases.py)."""
    return InvalidInput("MESSAGE", name, f"is not an e-mail message ({why}); nothing was stored", code=code)


def _read_eml(name: str, raw: bytes) -> Message:
    head = raw[: raw.find(b"\n\n") if b"\n\n" in raw else 4096]
    if b"\x00" in head or raw.startswith((b"%PDF", b"PK\x03\x04", _OLE_MAGIC)):
        raise _not_a_message(name, "it holds binary data, not mail headers", "message-binary")
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    sender_name, sender_email = _address(parsed.get("From", ""))
    if not sender_email:
        raise _not_a_message(name, "no From header with an address", "message-no-sender")
    return Message(
        source_name=name,
        source_type=EML_TYPE,
        raw=raw,
        sender_name=sender_name,
        sender_email=sender_email,
        reply_to=_address(parsed.get("Reply-To", ""))[1],
        sent_at=_sent_at(parsed.get("Date")),
        subject=_clean(str(parsed.get("Subject", "") or "")),
        body=_eml_body(parsed),
        message_id=_clean(str(parsed.get("Message-ID", "") or "")).strip("<> "),
        files=tuple(_eml_files(parsed)),
    )


def _address(header: Any) -> tuple[str, str]:
    name, address = email.utils.parseaddr(str(header or ""))
    address = address.strip()
    return _clean(name).strip(), address if "@" in address else ""


def _sent_at(header: Any) -> dt.datetime | None:
    if not header:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(str(header))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # "-0000": the sender's zone is unknown; RFC 5322 reads it as UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _eml_body(parsed: EmailMessage) -> str:
    part = parsed.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = part.get_content()
    except (LookupError, ValueError, AssertionError):  # an unknown charset: read what can be read
        payload = part.get_payload(decode=True) or b""
        text = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else str(payload)
    if part.get_content_type() == "text/html":
        text = html_to_text(text)
    return _clean(text)


def _eml_files(parsed: EmailMessage) -> Iterable[MessageFile]:
    for number, part in enumerate(parsed.iter_attachments(), start=1):
        media_type = part.get_content_type()
        if media_type == "message/rfc822":
            inner = part.get_payload()
            content = inner[0].as_bytes() if isinstance(inner, list) and inner else b""
        else:
            payload = part.get_payload(decode=True)
            content = payload if isinstance(payload, bytes) else b""
        if content:
            yield MessageFile(part.get_filename() or f"attachment-{number}", media_type, content)


def _read_msg(path: Path, raw: bytes) -> Message:
    if not raw.startswith(_OLE_MAGIC):
        raise _not_a_message(path.name, "not an Outlook message file", "message-not-outlook")
    import extract_msg

    try:
        msg = extract_msg.openMsg(str(path))
    except Exception:  # the reader raises many kinds for a damaged file; each means the same to the user
        raise _not_a_message(
            path.name, "Outlook could not have written it: the file is damaged", "message-damaged"
        ) from None
    try:
        if not isinstance(msg, extract_msg.msg_classes.MessageBase):
            raise _not_a_message(path.name, "an Outlook item that is not a mail message", "message-not-mail")
        sender_name, sender_email = _address(msg.sender or "")
        if not sender_email:
            raise _not_a_message(path.name, "no sender with an address", "message-no-sender")
        body = msg.body or ""
        if not body.strip() and msg.htmlBody:
            html = msg.htmlBody
            body = html_to_text(html.decode("utf-8", errors="replace") if isinstance(html, bytes) else html)
        sent = msg.date if isinstance(msg.date, dt.datetime) else None
        files = []
        for number, item in enumerate(msg.attachments, start=1):
            data = item.data if isinstance(item.data, bytes) else b""
            if data:
                name = item.longFilename or item.shortFilename or f"attachment-{number}"
                files.append(MessageFile(name, item.mimetype or "application/octet-stream", data))
        return Message(
            source_name=path.name,
            source_type=MSG_TYPE,
            raw=raw,
            sender_name=sender_name,
            sender_email=sender_email,
            reply_to=_address(msg.header.get("Reply-To", "") if msg.header is not None else "")[1],
            sent_at=(sent if sent.tzinfo else sent.replace(tzinfo=dt.UTC)).astimezone(dt.UTC) if sent else None,
            subject=_clean(msg.subject or ""),
            body=_clean(body),
            message_id=_clean(msg.messageId or "").strip("<> "),
            files=tuple(files),
        )
    finally:
        msg.close()


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return re.sub(r"\n{3,}", "\n\n", _CONTROL.sub("", text)).strip()


class _TextOfHtml(HTMLParser):
    """Text of an HTML body: blocks on their own lines, scripts and styles dropped, nothing fetched."""

    BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "table",
            "ul",
            "ol",
            "section",
            "article",
        ]
    )
    HIDDEN = frozenset(("script", "style", "head", "title"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# -- guessing ------------------------------------------------------------------------------------


def guess_type(subject: str, body: str) -> str:
    """The request type the words name most (the subject counts double); "unclassified" when none."""
    scores: dict[str, int] = {}
    for kind, words in TYPE_WORDS.items():
        in_subject = sum(1 for w in words if _has_word(subject, w))
        in_body = sum(1 for w in words if _has_word(body, w))
        if in_subject or in_body:
            scores[kind] = 2 * in_subject + in_body
    if not scores:
        return "unclassified"
    return max(scores, key=lambda kind: (scores[kind], -REQUEST_TYPES.index(kind)))


def _has_word(text: str, word: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word), text.casefold()) is not None


def guess_language(text: str, fallback: str = "fi") -> str:
    """fi, sv or en by the common words the text uses most; `fallback` when it says nothing."""
    words = re.findall(r"\w+", text.casefold())
    scores = {lang: sum(1 for w in words if w in common) for lang, common in LANGUAGE_WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 and list(scores.values()).count(scores[best]) == 1 else fallback


# -- the request ---------------------------------------------------------------------------------


def draft(session: Session, message: Message, type: str | None = None) -> Draft:
    """The request the message would make, with its receipt day in the organisation's zone."""
    org = organisation.get(session)
    local_zone = zone(org.timezone)
    sent = message.sent_at or now_of(session)
    received = sent.astimezone(local_zone).date()
    guessed = guess_type(message.subject, message.body)
    chosen = type if type is not None else guessed
    details = message.body if not message.subject else f"{message.subject}\n\n{message.body}".strip()
    if len(details) > MAX_TEXT:
        cut = MAX_TEXT - 200
        details = details[:cut] + f"\n\n[… shortened; the whole message is attached as {message.source_name}]"
    reply_to = message.reply_to if message.reply_to.casefold() != message.sender_email.casefold() else ""
    values = {
        "type": chosen,
        "received": received,
        "subject": (message.sender_name or message.sender_email)[: requests.MAX_NAME],
        "email": message.sender_email if len(message.sender_email) <= requests.MAX_NAME else "",
        "contact": f"Reply-To: {reply_to}" if reply_to else "",
        "details": details,
        "channel": "email",
        "language": guess_language(f"{message.subject}\n{message.body}", org.report_language or "fi"),
    }
    sent_local = message.sent_at.astimezone(local_zone).isoformat(timespec="minutes") if message.sent_at else ""
    existing = requests.taken_from(session, message.message_id or None, message.digest)
    return Draft(message, values, guessed, sent_local, existing)


def take_in(
    session: Session,
    message: Message,
    *,
    type: str | None = None,
    changes: Mapping[str, Any] | None = None,
    confirmed: bool = False,
    dry_run: bool = False,
) -> Intake:
    """Stores the message as a new request with its attachments; refuses one already taken in.

    `type` (the command's --type) is the DPO's choice; without it the type is guessed and marked so
    until confirmed. `changes` are the form's corrections of the draft's values; `confirmed` says the
    DPO checked the type (the window's form). A dry run is this same intake, rolled back.
    """
    if type is not None:
        requests.validate_new(**{**_HARMLESS, "type": type})
    proposal = draft(session, message, type)
    if proposal.existing:
        raise RuleRefused(
            f"{message.source_name}: this message was already taken in as {proposal.existing}; nothing was stored.",
            code="message-taken-in",
            values={"source": message.source_name, "reference": proposal.existing},
        )
    values = {**proposal.values, **(changes or {})}
    received = requests.validate_new(**values)["received_on"]
    guessed = type is None and not confirmed and values["type"] != "unclassified"
    savepoint = session.begin_nested()
    try:
        reference = requests.add(
            session,
            type_guessed=guessed,
            message_id=message.message_id or None,
            message_digest=message.digest,
            **values,
        )
        stored = _attach(session, reference, message)
        if message.reply_to and values["contact"]:
            requests.add_note(session, reference, f"Reply-To differs from From: {message.reply_to}", on=received)
        result = Intake(reference, values["type"], guessed, received, stored, dry_run)
    except BaseException:
        savepoint.rollback()
        raise
    if dry_run:
        savepoint.rollback()
    else:
        savepoint.commit()
    return result


_HARMLESS: dict[str, Any] = {"received": "2026-01-01", "subject": "x"}


def _attach(session: Session, reference: str, message: Message) -> tuple[str, ...]:
    suffix = ".msg" if message.source_type == MSG_TYPE else ".eml"
    original = message.source_name if message.source_name.lower().endswith(suffix) else f"message{suffix}"
    stored = [
        attachments.add(
            session, reference, original, message.raw, kind="email", media_type=message.source_type,
            note="the message the request arrived in",
        ).reference
    ]  # fmt: skip
    for item in message.files:
        kind = "image" if item.media_type.startswith("image/") else "document"
        view = attachments.add(
            session, reference, item.filename, item.content, kind=kind, media_type=item.media_type,
            note=f"attached to the message {message.source_name}",
        )  # fmt: skip
        stored.append(view.reference)
    return tuple(stored)
