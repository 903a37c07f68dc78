"""Issue 17, point 7: Art. 49 derogations for a subprocessor, SCCs without a TIA, the module, the DPF."""

from __future__ import annotations

import pytest

from dpo_desk.services import register as service

pytestmark = pytest.mark.both_engines


def _add(cli, name: str, country: str, *extra: str) -> str:
    return cli(
        "subprocessor", "add", "--name", name, "--service", "Support", "--country", country,
        "--dpa-signed", "2026-01-05", *extra,
    ).last_line  # fmt: skip


def _findings(cli, ref: str) -> dict[str, str]:
    return {f["code"]: f["severity"] for f in cli("transfers", "check", "--json").json() if f["reference"] == ref}


def test_a_subprocessor_on_a_derogation_is_warned_and_compelling_needs_informing(cli) -> None:
    contract = _add(cli, "Contract Pvt", "IN", "--mechanism", "derogation", "--derogation", "b")
    assert _findings(cli, contract) == {"derogation-for-regular-transfers": "warning"}
    compelling = _add(cli, "Compelling Pvt", "IN", "--mechanism", "derogation", "--derogation", "compelling")
    found = _findings(cli, compelling)
    assert found == {"derogation-for-regular-transfers": "warning", "derogation-compelling-inform": "warning"}
    message = next(f["message"] for f in cli("transfers", "check", "--json").json() if f["reference"] == compelling
                   and f["code"] == "derogation-compelling-inform")  # fmt: skip
    assert "supervisory authority" in message and "second subparagraph" in message
    listed = cli("subprocessor", "list", "--json").json()
    assert {e["reference"]: len(e["warnings"]) for e in listed} == {contract: 1, compelling: 2}
    assert [e["reference"] for e in cli("subprocessor", "list", "--warnings", "--json").json()] == [
        contract,
        compelling,
    ]


def test_sccs_without_a_transfer_impact_assessment_are_a_warning(cli) -> None:
    ref = _add(cli, "Helpdesk Inc", "US", "--mechanism", "scc", "--scc-module", "3")
    assert _findings(cli, ref) == {"tia-missing": "warning"}
    cli(
        "subprocessor",
        "transfer",
        ref,
        "--country",
        "US",
        "--mechanism",
        "scc",
        "--scc-module",
        "3",
        "--tia",
        "2026-02-01",
    )
    assert _findings(cli, ref) == {}


def test_an_scc_module_that_does_not_fit_the_relation_is_questioned(cli) -> None:
    unfit = _add(cli, "Controller Inc", "US", "--mechanism", "scc", "--scc-module", "1", "--tia", "2026-01-01")
    assert _findings(cli, unfit) == {"scc-module-unfit": "warning"}
    two = _add(cli, "Two Inc", "US", "--mechanism", "scc", "--scc-module", "2", "--tia", "2026-01-01")
    assert _findings(cli, two) == {}  # our role unknown: module 2 or 3 may both be right
    cli("records", "add", "--name", "Cloud", "--role", "processor", "--controller", "Asiakas Oy",
        "--controller-contact", "dpo@asiakas.fi", "--purpose", "Hosting", "--subprocessors", two)  # fmt: skip
    assert _findings(cli, two) == {"scc-module-questioned": "notice"}
    assert "module 3 would fit" in cli("subprocessor", "show", two).out


def test_a_us_entry_on_adequacy_without_dpf_says_there_is_no_valid_basis(cli) -> None:
    ref = _add(cli, "Uncertified Inc", "US", "--mechanism", "adequacy")
    found = [f for f in cli("transfers", "check", "--json").json() if f["reference"] == ref]
    assert [f["code"] for f in found] == ["us-not-dpf-certified"]
    assert "no valid transfer basis" in found[0]["message"] and "fallback" not in found[0]["message"]


def test_the_register_page_shows_the_derogation_warning(store, page_showing) -> None:
    with store.write() as session:
        ref = service.add(
            session,
            name="Contract Pvt",
            service="Support",
            country="IN",
            dpa_signed_on="2026-01-05",
            safeguard=service.check_safeguard("derogation", derogation="b"),
        )
    window, page = page_showing("register", ref)
    assert "occasional transfers" in page.detail.findings.text()
    window.close()
