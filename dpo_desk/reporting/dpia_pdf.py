"""An impact assessment as PDF: the screening as a checklist with its conclusion and reasons, then the
Art. 35(7) contents, the DPO's advice (Art. 35(2)), the residual risk and prior consultation (Art. 36).

Every label comes from `reports/dpia/<lang>.json`; the screening's reasons are worded there by rule
code, so the rules' own English messages never reach a Finnish or Swedish document.
"""

from __future__ import annotations

import os
from typing import Any

from reportlab.platypus import Flowable

from dpo_desk.reporting.labels import Labels, labels
from dpo_desk.reporting.pdf import Styles, build_pdf, data_table, fields_table, frame_width, para, section, spacer
from dpo_desk.reporting.wording import date_text
from dpo_desk.services.reports import DpiaReport

REPORT = "dpia"


def reason_text(reason: Any, lab: Labels) -> str:
    criteria = lab["criteria"]
    code = reason.code
    if code in ("wp248-threshold", "wp248-below-threshold"):
        names = ", ".join(criteria.get(c, c) for c in reason.criteria)
        return lab[f"reason_{code}"].format(count=len(reason.criteria), criteria=names)
    if code.startswith("from-record-"):
        item = code.removeprefix("from-record-")
        return lab["reason_from-record"].format(item=criteria.get(item, item))
    if code == "art35-3b":
        return lab["reason_art35-3b"]
    if code == "ombudsman-whistleblowing":
        return lab["reason_ombudsman-whistleblowing"]
    if code.endswith("-alone"):
        item = code.removeprefix("ombudsman-").removesuffix("-alone")
        return lab["reason_ombudsman-alone"].format(item=criteria.get(item, item))
    item = code.removeprefix("ombudsman-")
    return lab["reason_ombudsman"].format(item=criteria.get(item, item))


def _screening(view: Any, criteria_keys: list[str], lab: Labels, styles: Styles, width: float) -> list[Flowable]:
    chosen = set(view.screening.criteria)
    rows = [(lab["criteria"].get(k, k), lab["yes"] if k in chosen else lab["no"]) for k in criteria_keys]
    table = data_table([lab["criterion"], lab["applies"]], rows, styles, [width * 0.82, width * 0.18])
    conclusion = lab["required"] if view.screening.required else lab["not_required"]
    lines = [conclusion] + [f"• {reason_text(r, lab)}" for r in view.screening.reasons]
    return section(
        lab["screening"],
        [
            table,
            spacer(2),
            fields_table([(lab["conclusion"], "\n".join(lines))], styles, width, 0.25),
            para(lab["list_as_of"].format(date=date_text(view.screening.list_as_of, lab.lang)), styles.small),
        ],
        styles,
    )


def _assessment(a: Any, lab: Labels, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    story += section(lab["description"], [para(a.description or lab["none"], styles.body)], styles)
    story += section(lab["necessity"], [para(a.necessity or lab["none"], styles.body)], styles)
    if a.risks:
        rows = [
            (
                r.description,
                lab["likelihoods"].get(r.likelihood, r.likelihood),
                lab["severities"].get(r.severity, r.severity),
                lab["levels"].get(r.level, r.level),
                r.measures or lab["none"],
            )
            for r in a.risks
        ]
        shares = (0.3, 0.17, 0.15, 0.1, 0.28)
        table = data_table(
            [lab["risk"], lab["likelihood"], lab["severity"], lab["level"], lab["risk_measures"]],
            rows,
            styles,
            [width * s for s in shares],
        )
        story += section(lab["risks"], [table], styles)
    else:
        story += section(lab["risks"], [para(lab["no_risks"], styles.body)], styles)
    story += section(lab["measures"], [para(a.measures or lab["none"], styles.body)], styles)
    followed = {True: lab["yes"], False: lab["no"], None: lab["not_recorded"]}[a.dpo_advice_followed]
    if a.prior_consultation_on:
        consultation = lab["consulted_on"].format(date=date_text(a.prior_consultation_on, lab.lang))
    elif a.prior_consultation_needed:
        consultation = lab["consultation_needed_missing"]
    else:
        consultation = lab["consultation_not_needed"]
    rows = [
        (lab["dpo_advice"], a.dpo_advice or lab["none"]),
        (lab["advice_followed"], followed),
    ]
    if a.dpo_advice_followed is False:
        rows.append((lab["advice_reason"], a.dpo_advice_reason or lab["none"]))
    rows += [
        (lab["residual_risk"], lab["levels"].get(a.residual_risk, lab["none"])),
        (lab["prior_consultation"], consultation),
    ]
    if a.prior_consultation_outcome:
        rows.append((lab["consultation_outcome"], a.prior_consultation_outcome))
    rows.append((lab["next_review"], date_text(a.next_review_on, lab.lang, lab["none"])))
    story += [spacer(3), fields_table(rows, styles, width, 0.34)]
    return story


def write_dpia_pdf(report: DpiaReport, target: str | os.PathLike[str]) -> None:
    from dpo_desk.services.dpia_screening import screening_list

    view, org = report.assessment, report.organisation
    lab = labels(REPORT, report.lang)
    styles = Styles()
    width = frame_width()
    a = view.assessment
    reference = a.reference if a else view.activity
    head_rows = [
        (lab["controller"], "\n".join(x for x in (org.name, org.business_id, org.address) if x) or lab["none"]),
        (lab["dpo"], "\n".join(x for x in (org.dpo_name, org.dpo_email, org.dpo_phone) if x) or lab["none"]),
        (lab["activity"], f"{view.activity} · {view.activity_name}"),
    ]
    if a:
        head_rows += [
            (lab["assessment"], a.reference),
            (lab["assessed_on"], date_text(a.assessed_on, lab.lang)),
        ]
    story: list[Flowable] = [
        para(lab["title"], styles.title),
        para(lab["basis"], styles.subtitle),
        fields_table(head_rows, styles, width, 0.3),
    ]
    story += _screening(view, list(screening_list().keys), lab, styles, width)
    if a:
        story += _assessment(a, lab, styles, width)
    else:
        story += [spacer(4), para(lab["no_assessment"], styles.body)]
    build_pdf(target, story, title=lab["title"], reference=reference, page_label=lab["page"], author=org.dpo_name)
