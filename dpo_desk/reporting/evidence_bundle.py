"""The evidence bundle as a zip anyone can check without DPO Desk, and the check itself.

The zip holds the case's report (PDF), every attachment under its original name in `attachments/`,
the case's audit trail entries as CSV and JSON (with each entry's hash and the hash before it, and
the store's newest hash), and `manifest.json`: every other file with its SHA-256 and size, the
store's audit head and the time of export. The manifest's own SHA-256 is what the DPO gives the
other side separately (a call, a letter): with it, `verify` proves no file and no line of the
manifest changed. Every name is a plain relative path inside the bundle's folder.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from dpo_desk.errors import InvalidInput
from dpo_desk.outputs import atomic_output
from dpo_desk.services.evidence import EvidenceBundle

FORMAT = "dpo-desk-evidence-bundle"
MANIFEST = "manifest.json"
TRAIL_COLUMNS = ("id", "at", "actor", "action", "entity", "record", "changes", "prev_hash", "hash", "redacted")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def member_name_is_safe(name: str) -> bool:
    """A relative path that stays inside the bundle's folder wherever it is unpacked."""
    path = PurePosixPath(name)
    return (
        bool(name)
        and "\\" not in name
        and not path.is_absolute()
        and ".." not in path.parts
        and ":" not in path.parts[0]
        and all(part not in ("", ".") for part in name.split("/"))
    )


def _attachment_names(bundle: EvidenceBundle) -> list[str]:
    """Each attachment's original name; a name given twice gets its attachment reference, so none is lost."""
    taken: set[str] = set()
    names = []
    for item in bundle.attachments:
        base = PurePosixPath(item.filename.replace("\\", "/")).name.lstrip(".") or item.reference
        name = (
            base
            if base.lower() not in taken
            else f"{PurePosixPath(base).stem} ({item.reference}){PurePosixPath(base).suffix}"
        )
        taken.add(name.lower())
        names.append(f"attachments/{name}")
    return names


def _report_pdf(bundle: EvidenceBundle) -> bytes:
    with tempfile.TemporaryDirectory(prefix="dpo-desk-bundle-") as folder:
        target = Path(folder) / "report.pdf"
        if bundle.kind == "breach":
            from dpo_desk.reporting import breach_notification

            breach_notification.write(bundle.report, target)
        else:
            from dpo_desk.reporting import request_case

            request_case.write_case(bundle.report, target)
        return target.read_bytes()


def _trail_rows(bundle: EvidenceBundle) -> list[dict[str, object]]:
    return [
        {
            "id": e.id,
            "at": e.at.isoformat(),
            "actor": e.actor,
            "action": e.action,
            "entity": e.entity,
            "record": e.record,
            "changes": {c.field: {"before": c.before, "after": c.after} for c in e.changes},
            "prev_hash": e.prev_hash,
            "hash": e.hash,
            "redacted": e.redacted,
        }
        for e in bundle.trail
    ]


def _head(bundle: EvidenceBundle) -> dict[str, object] | None:
    return None if bundle.audit_head is None else {"id": bundle.audit_head[0], "hash": bundle.audit_head[1]}


def _trail_csv(rows: list[dict[str, object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(TRAIL_COLUMNS)
    for row in rows:
        cells = [
            json.dumps(row[c], ensure_ascii=False, default=str) if c == "changes" else row[c] for c in TRAIL_COLUMNS
        ]
        # A spreadsheet opening the CSV must not run a cell as a formula.
        writer.writerow([f"'{cell}" if isinstance(cell, str) and cell[:1] in "=+-@\t\r" else cell for cell in cells])
    return out.getvalue().encode("utf-8")


def contents(bundle: EvidenceBundle) -> dict[str, bytes]:
    """Every file of the bundle but the manifest, by its name in the zip."""
    reference = bundle.case_reference
    rows = _trail_rows(bundle)
    trail_json = {"case": reference, "entries": rows, "store_audit_head": _head(bundle)}
    files = {
        f"{reference}-report.pdf": _report_pdf(bundle),
        "audit-trail.json": json.dumps(trail_json, ensure_ascii=False, indent=2, default=str).encode("utf-8"),
        "audit-trail.csv": _trail_csv(rows),
    }
    for name, item in zip(_attachment_names(bundle), bundle.attachments, strict=True):
        files[name] = item.data
    return files


def manifest(bundle: EvidenceBundle, files: dict[str, bytes]) -> bytes:
    document = {
        "format": FORMAT,
        "format_version": 1,
        "case": bundle.case_reference,
        "kind": bundle.kind,
        "exported_at": bundle.exported_at.isoformat(),
        "store_audit_head": _head(bundle),
        "files": [{"name": name, "sha256": sha256(data), "size": len(data)} for name, data in files.items()],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def check_target(target: str | os.PathLike[str], force: bool) -> Path:
    path = Path(target)
    if path.suffix.lower() != ".zip":
        raise InvalidInput(
            "--zip", str(target), "does not end in .zip", code="wrong-suffix", values={"suffixes": ".zip"}
        )
    if path.exists() and not force:
        raise InvalidInput("--zip", str(target), "exists already; give --force to replace it", code="file-exists")
    return path


def write_bundle(bundle: EvidenceBundle, target: str | os.PathLike[str], *, force: bool = False) -> str:
    """Writes the zip atomically; returns the manifest's SHA-256 (to be given to the other side separately)."""
    check_target(target, force)
    files = contents(bundle)
    assert all(member_name_is_safe(name) for name in files)
    listed = manifest(bundle, files)
    # An OutputTarget from the command line or the window brings the store the guard protects.
    with atomic_output(target, force=force) as partial, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as packed:
        for name, data in files.items():
            packed.writestr(_member(name, bundle), data)
        packed.writestr(_member(MANIFEST, bundle), listed)
    return sha256(listed)


def _member(name: str, bundle: EvidenceBundle) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, bundle.exported_at.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


@dataclass(frozen=True)
class Verdict:
    """What `verify` found: files that differ from the manifest, are missing or unlisted; the manifest's own check."""

    case: str
    checked: int
    differing: tuple[str, ...]
    missing: tuple[str, ...]
    unlisted: tuple[str, ...]
    manifest_sha256: str
    manifest_matches: bool | None  # None when no hash was given to compare

    @property
    def ok(self) -> bool:
        return not (self.differing or self.missing or self.unlisted) and self.manifest_matches is not False


def verify(path: str | os.PathLike[str], manifest_hash: str | None = None) -> Verdict:
    """Checks every file in the zip against its manifest (and the manifest against `manifest_hash`)."""
    try:
        packed = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise InvalidInput(
            "bundle", str(path), f"is not a readable zip ({error})", code="not-a-zip", values={"why": str(error)}
        ) from None
    with packed:
        names = packed.namelist()
        unsafe = [name for name in names if not member_name_is_safe(name)]
        if unsafe:
            raise InvalidInput(
                "bundle",
                str(path),
                f"holds a path outside its folder: {unsafe[0]!r}",
                code="unsafe-member",
                values={"member": unsafe[0]},
            )
        if MANIFEST not in names:
            raise InvalidInput(
                "bundle", str(path), f"has no {MANIFEST}", code="no-manifest", values={"manifest": MANIFEST}
            )
        listed = packed.read(MANIFEST)
        try:
            document = json.loads(listed)
            entries = {entry["name"]: entry for entry in document["files"]}
        except (ValueError, KeyError, TypeError):
            raise InvalidInput(
                "bundle",
                str(path),
                f"has a {MANIFEST} that cannot be read",
                code="manifest-unreadable",
                values={"manifest": MANIFEST},
            ) from None
        differing, missing = [], []
        for name, entry in entries.items():
            if name not in names:
                missing.append(name)
                continue
            data = packed.read(name)
            if sha256(data) != entry.get("sha256") or len(data) != entry.get("size"):
                differing.append(name)
        unlisted = [name for name in names if name != MANIFEST and name not in entries]
    own = sha256(listed)
    matches = None if not manifest_hash else own == manifest_hash.strip().lower()
    return Verdict(
        str(document.get("case", "")), len(entries), tuple(differing), tuple(missing), tuple(unlisted), own, matches
    )
