"""Every report behind one calling convention: `write_x(session, path, lang, ...)`.

Each module's writer takes what suits it (a document of plain data, a list of views); the Reports
page and any other caller that only has a session use these. The command line calls the module
writers directly, with its own options.
"""

from __future__ import annotations

import os

from sqlalchemy.orm import Session

from dpo_desk.clock import now_of

Target = str | os.PathLike[str]


def write_request_log(session: Session, path: Target, lang: str) -> None:
    from dpo_desk.reporting import request_log

    request_log.write_log(session, path, lang=lang)


def write_breach_register(session: Session, path: Target, lang: str) -> None:
    from dpo_desk.reporting import breach_register
    from dpo_desk.services import breaches, organisation

    breach_register.write(path, breaches.all_views(session), organisation.get(session), lang, now_of(session))


def write_register_pdf(session: Session, path: Target, lang: str) -> None:
    from dpo_desk.reporting import register_data, register_pdf

    register_pdf.write_pdf(register_data.gather(session, lang), path)


def write_register_xlsx(session: Session, path: Target, lang: str) -> None:
    from dpo_desk.reporting import register_data, register_xlsx

    register_xlsx.write_xlsx(register_data.gather(session, lang), path)


def write_records_pdf(session: Session, path: Target, lang: str, kind: str) -> None:
    from dpo_desk.reporting.records_pdf import write_record_pdf
    from dpo_desk.services import records

    write_record_pdf(records.record_document(session, kind), path, lang)


def write_records_xlsx(session: Session, path: Target, lang: str) -> None:
    from dpo_desk.reporting.records_xlsx import write_record_xlsx
    from dpo_desk.services import records

    write_record_xlsx(records.record_document(session, "controller"), path, lang)
