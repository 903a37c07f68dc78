"""The register's inputs: the adequacy list in use, and the checks every value passes before it is stored.

The adequacy list is data: `resources/adequacy.json`, overridden by `adequacy.json` in the user data
folder (or the file named by $DPO_DESK_ADEQUACY), so a new decision needs no new release.
Countries are ISO 3166 alpha-2 codes checked with pycountry; an unknown code is refused by name.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dpo_desk.domain import validation
from dpo_desk.domain.transfers import FALLBACK_SAFEGUARDS, SAFEGUARDS
from dpo_desk.errors import InvalidInput
from dpo_desk.rules import transfers as rules

ADEQUACY_ENV = "DPO_DESK_ADEQUACY"


# -- the adequacy list ---------------------------------------------------------------------------

_ADEQUACY_CACHE: dict[tuple[str, float], rules.AdequacyList] = {}


def adequacy_path() -> Path:
    """The adequacy list in use: $DPO_DESK_ADEQUACY, else the user's copy, else the shipped one."""
    from dpo_desk.paths import resources_dir, user_data_dir

    override = os.environ.get(ADEQUACY_ENV)
    if override:
        return Path(override).expanduser()
    user_copy = user_data_dir() / "adequacy.json"
    if user_copy.is_file():
        return user_copy
    return resources_dir() / "adequacy.json"


def adequacy_list() -> rules.AdequacyList:
    path = adequacy_path()
    try:
        key = (str(path), path.stat().st_mtime)
    except OSError:
        raise InvalidInput(
            "adequacy list", str(path), "cannot be read", code="adequacy-list-unreadable", values={"path": str(path)}
        ) from None
    cached = _ADEQUACY_CACHE.get(key)
    if cached is None:
        try:
            with open(path, encoding="utf-8") as f:
                cached = rules.parse_adequacy(json.load(f))
        except (ValueError, OSError) as exc:
            raise InvalidInput(
                "adequacy list",
                str(path),
                f"is not usable: {exc}",
                code="adequacy-list-unusable",
                values={"path": str(path), "problem": str(exc)},
            ) from None
        _ADEQUACY_CACHE.clear()
        _ADEQUACY_CACHE[key] = cached
    return cached


# -- validation ----------------------------------------------------------------------------------


def install_adequacy(source: str | os.PathLike[str]) -> rules.AdequacyList:
    """Checks an adequacy list file and makes it the one in use (the user's copy); returns it.

    A list that does not parse is refused and the one in use stays.
    """
    from dpo_desk.outputs import atomic_output
    from dpo_desk.paths import user_data_dir

    path = Path(source).expanduser()
    try:
        raw = path.read_bytes()
        parsed = rules.parse_adequacy(json.loads(raw.decode("utf-8")))
    except OSError:
        raise InvalidInput(
            "adequacy list", str(path), "cannot be read", code="adequacy-list-unreadable", values={"path": str(path)}
        ) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput(
            "adequacy list",
            str(path),
            f"is not usable: {exc}",
            code="adequacy-list-unusable",
            values={"path": str(path), "problem": str(exc)},
        ) from None
    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with atomic_output(folder / "adequacy.json", force=True) as partial:  # the list in use, replaced on purpose
        partial.write_bytes(raw)
    _ADEQUACY_CACHE.clear()
    return parsed


def country_name(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def check_country(field_name: str, value: str | None) -> str:
    import pycountry

    code = (value or "").strip().upper()
    if len(code) != 2 or not code.isalpha() or pycountry.countries.get(alpha_2=code) is None:
        raise InvalidInput(
            field_name,
            value,
            "is not an ISO 3166 country code (two letters, like FI or US)",
            code="not-a-country-code",
        )
    return code


def check_countries(field_name: str, value: str | Sequence[str] | None) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    codes: list[str] = []
    for item in items:
        if str(item).strip():
            code = check_country(field_name, str(item))
            if code not in codes:
                codes.append(code)
    return codes


def list_field(field_name: str, value: str | Sequence[str] | None) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value or [])
    return [validation.text(field_name, item) for item in items if str(item).strip()]


def scc_module_number(field_name: str, value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        module = int(value)
    except (TypeError, ValueError):
        module = 0
    if module not in rules.SCC_MODULES:
        raise InvalidInput(
            field_name,
            value,
            "is not an SCC module: 1, 2, 3 or 4",
            code="not-a-choice",
            values={"choices": list(rules.SCC_MODULES)},
        )
    return module


@dataclass(frozen=True)
class SafeguardInput:
    """A safeguard as given for one or every country outside the EEA (validated)."""

    safeguard: str = "none"
    scc_module: int | None = None
    scc_version: str = rules.SCC_CURRENT
    derogation: str = ""
    tia_on: dt.date | None = None
    tia_review_on: dt.date | None = None
    supplementary_measures: str = ""
    fallback_safeguard: str = ""
    fallback_scc_module: int | None = None


def check_safeguard(
    safeguard: str | None,
    *,
    scc_module: Any = None,
    scc_version: str | None = None,
    derogation: str | None = None,
    tia_on: Any = None,
    tia_review_on: Any = None,
    supplementary_measures: str | None = None,
    fallback_safeguard: str | None = None,
    fallback_scc_module: Any = None,
) -> SafeguardInput:
    """Validates a safeguard's parts; impossible combinations are refused, doubtful ones become warnings later."""
    kind = validation.one_of("safeguard", (safeguard or "none").strip().lower(), SAFEGUARDS)
    module = scc_module_number("scc_module", scc_module)
    version = (scc_version or rules.SCC_CURRENT).strip()
    validation.one_of("scc_version", version, rules.SCC_VERSIONS)
    if module is not None and kind != "scc":
        raise InvalidInput("scc_module", scc_module, "is only for the mechanism scc", code="scc-module-without-scc")
    letter = (derogation or "").strip().lower().strip("()")
    if kind == "derogation":
        if not letter:
            raise InvalidInput(
                "derogation", derogation, "is missing: which Art. 49(1) derogation (a-g)", code="derogation-missing"
            )
        validation.one_of("derogation", letter, tuple(rules.DEROGATIONS))
    elif letter:
        raise InvalidInput(
            "derogation", derogation, "is only for the mechanism derogation", code="derogation-without-derogation"
        )
    tia = validation.optional_date("tia_on", tia_on)
    review = validation.optional_date("tia_review_on", tia_review_on)
    if tia and review and review < tia:
        raise InvalidInput(
            "tia_review_on",
            tia_review_on,
            "is before the assessment itself",
            code="before-assessment",
            values={"earliest": tia},
        )
    fallback = (fallback_safeguard or "").strip().lower()
    if fallback:
        validation.one_of("fallback_safeguard", fallback, FALLBACK_SAFEGUARDS)
        if kind != "adequacy":
            raise InvalidInput(
                "fallback_safeguard",
                fallback_safeguard,
                "is only for a transfer relying on adequacy",
                code="fallback-without-adequacy",
            )
    fallback_module = scc_module_number("fallback_scc_module", fallback_scc_module)
    if fallback_module is not None and fallback != "scc":
        raise InvalidInput(
            "fallback_scc_module",
            fallback_scc_module,
            "is only for the fallback scc",
            code="fallback-module-without-scc",
        )
    return SafeguardInput(
        kind,
        module,
        version if kind == "scc" else rules.SCC_CURRENT,
        letter,
        tia,
        review,
        validation.text("supplementary_measures", supplementary_measures),
        fallback,
        fallback_module,
    )
