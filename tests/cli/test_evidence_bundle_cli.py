"""Evidence bundles: a demo breach's bundle verifies without the store; one changed byte names its file."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.both_engines


def _rewrite(source: Path, target: Path, change: dict[str, bytes]) -> None:
    """The same zip with some members' bytes replaced (what a tamperer would do)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info, change.get(info.filename, old.read(info.filename)))


def test_a_demo_breach_bundle_verifies_and_a_changed_byte_is_named(cli, tmp_path: Path) -> None:
    cli("demo")
    breach = cli("breach", "list", "--json").json()[0]["reference"]
    evidence = tmp_path / "scan <1>.txt"
    evidence.write_bytes(b"the log excerpt\n")
    cli("attachment", "add", breach, evidence)
    cli("attachment", "add", breach, evidence)  # the same name twice: both kept
    out = tmp_path / "bundle.zip"
    made = cli("breach", "bundle", breach, "--zip", out, "--lang", "en")
    digest = made.last_line
    assert len(digest) == 64 and digest == hashlib.sha256(zipfile.ZipFile(out).read("manifest.json")).hexdigest()

    with zipfile.ZipFile(out) as packed:
        names = packed.namelist()
        manifest = json.loads(packed.read("manifest.json"))
        trail = json.loads(packed.read("audit-trail.json"))
        report = packed.read(f"{breach}-report.pdf")
        kept = sorted(n for n in names if n.startswith("attachments/"))
        assert len(kept) == 2 and kept[1] == "attachments/scan <1>.txt" and kept[0].startswith("attachments/scan <1> (")
        assert packed.read(kept[0]) == packed.read(kept[1]) == b"the log excerpt\n"
    assert all(not n.startswith("/") and ".." not in n for n in names)
    assert {f["name"] for f in manifest["files"]} == set(names) - {"manifest.json"}
    assert manifest["case"] == breach and manifest["exported_at"].startswith("2026-11-25T10:00")
    assert manifest["store_audit_head"]["hash"] and trail["entries"] and trail["entries"][-1]["hash"]
    assert all(entry["record"] == breach for entry in trail["entries"])
    assert breach in "".join(page.extract_text() for page in PdfReader(io.BytesIO(report)).pages)

    checked = cli("bundle", "verify", out, "--manifest-hash", digest)
    assert checked.out.startswith("OK:") and checked.last_line == digest

    tampered = tmp_path / "tampered.zip"
    _rewrite(out, tampered, {"attachments/scan <1>.txt": b"the log excerpt!\n"})
    failed = cli("bundle", "verify", tampered, "--manifest-hash", digest, ok=False)
    assert "DIFFERS: attachments/scan <1>.txt" in failed.out and failed.code == 3

    wrong_hash = cli("bundle", "verify", out, "--manifest-hash", "0" * 64, ok=False)
    assert "manifest.json" in wrong_hash.out

    history = cli("audit", "list", "--record", breach, "--json").out
    assert "evidence_bundle" in history and digest in history  # making the bundle is itself on the case's trail


def test_a_bundle_is_never_overwritten_without_force(cli, tmp_path: Path) -> None:
    request = cli("request", "add", "--type", "access", "--received", "2026-11-02", "--subject", "Aino").last_line
    out = tmp_path / "request.zip"
    out.write_bytes(b"keep me")
    refused = cli("request", "bundle", request, "--zip", out, ok=False)
    assert "--force" in refused.err and out.read_bytes() == b"keep me"
    cli("request", "bundle", request, "--zip", out, "--force")
    assert cli("bundle", "verify", out).out.startswith("OK:")
    assert cli("request", "bundle", request, "--zip", tmp_path / "r.tar", ok=False).code == 2


def test_verify_refuses_a_zip_with_a_path_outside_its_folder(cli, tmp_path: Path) -> None:
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as packed:
        packed.writestr("manifest.json", json.dumps({"case": "X", "files": []}))
        packed.writestr("../outside.txt", b"x")
    refused = cli("bundle", "verify", evil, ok=False)
    assert "outside its folder" in refused.err and "../outside.txt" in refused.err
    assert not (tmp_path.parent / "outside.txt").exists()
