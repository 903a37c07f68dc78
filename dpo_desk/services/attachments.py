"""Attachments of requests and breaches, kept encrypted inside the store with their hash and size.

Nothing is ever written in plaintext except on an explicit request: `save_to` (the user picked the
file) and `PrivateCopies.open_copy` (a temporary copy for a viewer, in a folder only the user can
read, removed by `cleanup`). Contents are checked against their SHA-256 whenever they are read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from dpo_desk.clock import now_of
from dpo_desk.errors import DpoDeskError, InvalidInput, NotFound
from dpo_desk.outputs import OutputTarget, atomic_output, safe_filename
from dpo_desk.paths import private_temp_folder, remove_stale_temp_folders
from dpo_desk.services import references, settings
from dpo_desk.store.models.attachments import Attachment

KINDS = ("id-document", "email", "document", "image", "other")
CASE_REFERENCE = re.compile(r"^[A-Z]{2,5}-(\d{4}-)?\d{1,8}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class AttachmentView:
    reference: str
    case_reference: str
    kind: str
    filename: str
    media_type: str
    size: int
    sha256: str
    note: str
    added_at: dt.datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "case_reference": self.case_reference,
            "kind": self.kind,
            "filename": self.filename,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
            "note": self.note,
            "added_at": self.added_at.isoformat(),
        }


class ContentDamaged(DpoDeskError):
    def __init__(self, reference: str) -> None:
        super().__init__(f"Attachment {reference}'s content does not match its stored SHA-256; it was not opened.")


def _view(row: Attachment) -> AttachmentView:
    return AttachmentView(
        row.reference,
        row.case_reference,
        row.kind,
        row.filename,
        row.media_type,
        row.size,
        row.sha256,
        row.note,
        row.added_at,
    )


def check_case_reference(value: str) -> str:
    text = (value or "").strip()
    if not CASE_REFERENCE.match(text):
        raise InvalidInput(
            "case", value, "is not a case reference like DSR-2026-0001 or BR-2026-0001", code="not-a-case-reference"
        )
    return text


def clean_filename(name: str) -> str:
    """The name shown and offered on saving: no folders, no control characters, at most 255 characters."""
    base = _CONTROL.sub("", Path(str(name).replace("\\", "/")).name).strip()
    if not base or base in (".", ".."):
        raise InvalidInput("file name", name, "is empty", code="empty")
    return base[:255]


def max_bytes(session: Session) -> int:
    return int(settings.get(session, "attachments.max_megabytes")) * 1024 * 1024


def _check_size(session: Session, size: int, name: str) -> None:
    limit = max_bytes(session)
    if size > limit:
        raise InvalidInput(
            "file",
            name,
            f"is {size / 1048576:.1f} MB, over the limit of {limit // 1048576} MB (setting attachments.max_megabytes)",
            code="file-too-large",
            values={"megabytes": round(size / 1048576, 1), "most": limit // 1048576},
        )
    if size == 0:
        raise InvalidInput("file", name, "is empty", code="empty")


def add(
    session: Session,
    case_reference: str,
    filename: str,
    content: bytes,
    *,
    kind: str = "document",
    note: str = "",
    media_type: str | None = None,
    now: dt.datetime | None = None,
) -> AttachmentView:
    """Stores a file's bytes with their hash and size under a case; refused input stores nothing."""
    case_reference = check_case_reference(case_reference)
    name = clean_filename(filename)
    if kind not in KINDS:
        raise InvalidInput(
            "kind", kind, f"is not one of {', '.join(KINDS)}", code="not-a-choice", values={"choices": KINDS}
        )
    if len(note) > 2000:
        raise InvalidInput("note", None, "is longer than 2000 characters", code="too-long", values={"limit": 2000})
    _check_size(session, len(content), name)
    guessed = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    row = Attachment(
        reference=references.next_reference(session, "ATT"),
        case_reference=case_reference,
        kind=kind,
        filename=name,
        media_type=guessed[:128],
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        note=note,
        added_at=now or now_of(session),
        content=bytes(content),
    )
    session.add(row)
    session.flush()
    return _view(row)


def read_source(session: Session, path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """A file's name and bytes, checking the size limit before reading it all."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise InvalidInput("file", str(path), "does not exist or is not a file", code="no-such-file")
    _check_size(session, path.stat().st_size, path.name)
    return path.name, path.read_bytes()


def list_for(session: Session, case_reference: str) -> list[AttachmentView]:
    statement = select(Attachment).where(Attachment.case_reference == case_reference.strip()).order_by(Attachment.id)
    return [_view(row) for row in session.scalars(statement)]


def count_for(session: Session, case_reference: str) -> int:
    statement = select(func.count()).select_from(Attachment).where(Attachment.case_reference == case_reference)
    return int(session.scalar(statement) or 0)


def _row(session: Session, reference: str, with_content: bool = False) -> Attachment:
    statement = select(Attachment).where(Attachment.reference == (reference or "").strip())
    if with_content:
        statement = statement.options(undefer(Attachment.content))
    row = session.scalar(statement)
    if row is None:
        raise NotFound("attachment", reference)
    return row


def get(session: Session, reference: str) -> AttachmentView:
    return _view(_row(session, reference))


def content(session: Session, reference: str) -> tuple[AttachmentView, bytes]:
    """The attachment and its bytes, checked against the stored hash."""
    row = _row(session, reference, with_content=True)
    data = bytes(row.content)
    if hashlib.sha256(data).hexdigest() != row.sha256 or len(data) != row.size:
        raise ContentDamaged(row.reference)
    return _view(row), data


def save_to(session: Session, reference: str, target: str | os.PathLike[str]) -> Path:
    """Writes the attachment out where the user asked (a folder gets its own name), owner-only."""
    view, data = content(session, reference)
    path = Path(target).expanduser()
    if path.is_dir():
        path = path / safe_filename(view.filename, default=view.reference)
    out = target.with_path(path) if isinstance(target, OutputTarget) else path
    with atomic_output(out) as partial:
        partial.write_bytes(data)
    return path


def remove(session: Session, reference: str) -> AttachmentView:
    row = _row(session, reference)
    view = _view(row)
    session.delete(row)
    session.flush()
    return view


class PrivateCopies:
    """Temporary plaintext copies for a viewer, in a folder of their own (0700), removed by `cleanup`.

    A viewer may keep a file open for as long as it likes, so copies live until the window locks or
    closes; `remove_stale` clears what a crash left behind at the next start.
    """

    def __init__(self, base: str | os.PathLike[str] | None = None) -> None:
        self.base = Path(base) if base else Path(tempfile.gettempdir())
        self._folder: Path | None = None

    @property
    def folder(self) -> Path:
        if self._folder is None or not self._folder.is_dir():
            self._folder = private_temp_folder("open", self.base)
        return self._folder

    def write(self, view: AttachmentView, data: bytes) -> Path:
        """A copy to open; its name keeps the extension so the right viewer opens it."""
        target = self.folder / f"{view.reference}-{safe_filename(view.filename, default='attachment')}"
        fd = os.open(target, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return target

    def open_copy(self, session: Session, reference: str) -> Path:
        view, data = content(session, reference)
        return self.write(view, data)

    def cleanup(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def remove_stale(self) -> int:
        """Removes every temporary folder an earlier run left (a crash), keeping this object's own."""
        return remove_stale_temp_folders(self.base, keep=(self._folder,) if self._folder else ())
