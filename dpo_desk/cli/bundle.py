"""Evidence bundles: `breach bundle` / `request bundle` (made in their groups) and `bundle verify`."""

from __future__ import annotations

from typing import Any

from dpo_desk.cli.context import Context
from dpo_desk.errors import DpoDeskError


class BundleDiffers(DpoDeskError):
    """A bundle that does not match its manifest (or the manifest hash given): exit status 3."""

    exit_code = 3


def add_bundle_command(sub: Any, kind: str) -> None:
    """`<kind> bundle REF --zip OUT [--lang L] [--force]` in the breach or request group."""
    bundle = sub.add_parser("bundle", help=f"an evidence bundle of the {kind} (zip with a manifest of SHA-256 sums)")
    bundle.add_argument("reference", metavar="REF")
    bundle.add_argument("--zip", required=True, metavar="OUT", help="the zip to write")
    bundle.add_argument("--lang", metavar="fi|sv|en", help="the report's language")
    bundle.add_argument("--force", action="store_true", help="replace an existing file")
    bundle.set_defaults(handler=run_breach_bundle if kind == "breach" else run_request_bundle)


def register(commands: Any, reports: Any) -> None:
    group = commands.add_parser("bundle", help="evidence bundles")
    sub = group.add_subparsers(dest="bundle_command", metavar="ACTION", parser_class=type(group))
    sub.required = True
    verify = sub.add_parser("verify", help="check every file of a bundle against its manifest (no store needed)")
    verify.add_argument("path", metavar="OUT.zip")
    verify.add_argument("--manifest-hash", metavar="H", help="the manifest's SHA-256 given separately")
    verify.set_defaults(handler=run_verify)


def _make(ctx: Context, kind: str) -> None:
    from pathlib import Path

    from dpo_desk.reporting import evidence_bundle
    from dpo_desk.services import evidence

    args = ctx.args
    evidence_bundle.check_target(args.zip, args.force)  # before anything is read or recorded
    with ctx.write() as session:
        bundle, digest = evidence.export_bundle(
            session,
            kind,
            args.reference,
            args.lang,
            lambda made: evidence_bundle.write_bundle(made, ctx.output(args.zip), force=args.force),
            Path(args.zip).name,
        )
    ctx.say(f"Wrote {args.zip}: {len(bundle.attachments)} attachment(s), {len(bundle.trail)} audit entries.")
    ctx.say("Give the manifest's SHA-256 to the recipient separately (a call, a letter):")
    ctx.say(digest)


def run_breach_bundle(ctx: Context) -> None:
    _make(ctx, "breach")


def run_request_bundle(ctx: Context) -> None:
    _make(ctx, "request")


def run_verify(ctx: Context) -> None:
    from dpo_desk.reporting import evidence_bundle

    verdict = evidence_bundle.verify(ctx.args.path, ctx.args.manifest_hash)
    for name in verdict.differing:
        ctx.say(f"DIFFERS: {name}")
    for name in verdict.missing:
        ctx.say(f"MISSING: {name}")
    for name in verdict.unlisted:
        ctx.say(f"NOT IN THE MANIFEST: {name}")
    if verdict.manifest_matches is False:
        ctx.say("DIFFERS: manifest.json (its SHA-256 is not the one given)")
    if not verdict.ok:
        raise BundleDiffers(f"{ctx.args.path} does not match its manifest: see the lines above.")
    checked = "and the manifest hash matches" if verdict.manifest_matches else "(no manifest hash given to check)"
    ctx.say(f"OK: {verdict.checked} file(s) of {verdict.case} match the manifest {checked}.")
    ctx.say(verdict.manifest_sha256)
