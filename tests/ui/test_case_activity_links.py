"""A request and a breach show their activities and attachments; a breach takes its activities' data categories."""

from __future__ import annotations

import pytest

from dpo_desk.store import Store
from dpo_desk.ui.app import build_window
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


def _linked_cases(cli) -> tuple[str, str]:
    cli("org", "set", "--name", "Linkki Oy")
    cli(
        "records",
        "add",
        "--name",
        "Customer support",
        "--role",
        "controller",
        "--purpose",
        "Answering tickets",
        "--legal-basis",
        "contract",
        "--data-categories",
        "name,e-mail address,ticket history",
        "--retention",
        "3 years",
    )
    breach = cli(
        "breach",
        "add",
        "--title",
        "Ticket export leaked",
        "--aware-at",
        "2026-11-20T10:00:00+02:00",
        "--data-categories",
        "e-mail address",
    ).last_line
    request = cli("request", "add", "--type", "access", "--received", "2026-11-20", "--subject", "Asta").last_line
    for case in (breach, request):
        cli("records", "link", "PA-0001", case)
    return breach, request


def test_case_views_show_their_activities_and_files(qtbot, cli, store_path, tmp_path) -> None:
    breach, request = _linked_cases(cli)
    scan = tmp_path / "passport-scan.pdf"
    scan.write_bytes(b"%PDF-1.4 not really")
    cli("attachment", "add", request, scan, "--kind", "id-document")
    with Store.open(store_path, PASSPHRASE) as store:
        window = build_window(store)
        qtbot.addWidget(window)
        window.open_case(breach)
        detail = window.pages["breaches"].detail
        qtbot.waitUntil(lambda: detail.linked.list.count() == 1 and detail.use_categories.isEnabled(), timeout=10000)
        assert "PA-0001" in detail.linked.list.item(0).text()
        detail.use_categories.click()
        facts = detail.facts.fields["data_categories"].widget.toPlainText()
        assert facts == "e-mail address, name, ticket history"

        window.open_case(request)
        panel = window.pages["requests"].detail.linked
        qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10000)
        assert "Customer support" in panel.list.item(0).text()
        files = window.pages["requests"].detail.attachments
        qtbot.waitUntil(lambda: len(files.views) == 1, timeout=10000)
        assert files.views[0].filename == "passport-scan.pdf"
        window.close()
