"""Issue 22, point 8: hostile values in every command's options give one line and exit 1 or 2, never an
internal error (70), and a command that fails leaves the store as it was."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpo_desk.cli.main import build_parser
from dpo_desk.store import keying
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.both_engines


def _leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], list]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _leaf_commands(sub, (*path, name))
    if parser.get_default("handler") is not None:
        found.append((path, [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]))
    return found


COMMANDS = sorted(_leaf_commands(build_parser()), key=lambda c: c[0])
# What the probe of issue 22 tried, and more of the same kind.
AWKWARD = [
    "",
    " ",
    "0001-01-01",
    "9999-12-31",
    "0001-01-01T00:00:00+02:00",
    "9999-12-31T23:59:59-12:00",
    "2026-02-30",
    "2026-11-25",
    "2026-11-25T10:00:00+02:00",
    "99999999999999999999999",
    "-1",
    "0",
    "1e400",
    "nan",
    "\x00",
    "\x1b[2J",
    "Anna \u202eFDP.exe",
    "/proc/x",
    "/nonexistent/x.pdf",
    "DSR-2026-0001",
    "BR-2026-0001",
    "SP-0001",
    "SPN-2026-0001",
    "PA-0001",
    "ATT-0001",
    "x" * 100_000,
    "'; DROP TABLE request; --",
    "%_\\",
]


def _state(conn) -> tuple:
    """What any change to the store moves: the trail (every change is audited) and the reference counters."""
    trail = conn.execute("SELECT count(*), max(id), max(hash) FROM audit_log").fetchone()
    counters = conn.execute("SELECT * FROM reference_counter ORDER BY 1").fetchall()
    return trail, tuple(counters)


def _watch(store_path, engine: str):
    """A reading connection of the test's own: keyed to the file, or logged in to the server's database."""
    if engine == "sqlite":
        return keying.connect(store_path, PASSPHRASE)
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(store_path)
    return psycopg.connect(
        host=url.host, port=url.port, user=url.username, password=PASSPHRASE, dbname=url.database, autocommit=True
    )


@pytest.fixture
def seeded(cli, store_path: Path, engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A store with a case of each kind, the working folder and user folders inside tmp_path."""
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    cli("request", "add", "--type", "access", "--received", "2026-11-20", "--subject", "Asta")
    cli("breach", "add", "--title", "Lost", "--aware-at", "2026-11-20T10:00:00+02:00", "--nature", "availability")
    cli("subprocessor", "add", "--name", "Pilvi Oy", "--service", "Mail", "--country", "FI")
    # One reading connection for the whole test (each read sees the latest commit): a key derivation per
    # example would double its time. (A rekey then finds the store in use: a refusal, as it should be.)
    watcher = _watch(store_path, engine)
    yield cli, watcher
    watcher.close()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_command_refuses_hostile_values_with_one_line(seeded, data: st.DataObject) -> None:
    """Each example runs one command in-process, and every command opens the store (a PBKDF2 key
    derivation): 60 examples take about 15 s on an idle machine, up to a minute on a loaded one. The
    commands and values are drawn afresh on each run, so the suite covers every command over time."""
    cli, watcher = seeded
    path, actions = data.draw(st.sampled_from(COMMANDS), label="command")
    value = st.one_of(st.sampled_from(AWKWARD), st.text(max_size=20))
    argv = list(path)
    for action in actions:
        if not action.option_strings:
            argv.append(data.draw(value, label=action.dest))
        elif data.draw(st.booleans(), label=f"use {action.option_strings[0]}"):
            option = action.option_strings[-1]
            argv.append(option if action.nargs == 0 else f"{option}={data.draw(value, label=option)}")
    before = _state(watcher)
    result = cli(*argv, ok=None)
    assert result.code != 70, (argv, result.err)
    if result.code != 0:
        assert len(result.err.strip().splitlines()) == 1, (argv, result.err)
        assert _state(watcher) == before, argv


@pytest.mark.parametrize(
    "args",
    [
        ("request", "add", "--type", "access", "--received", "9999-12-31", "--subject", "X"),
        ("breach", "add", "--title", "X", "--aware-at", "0001-01-01T00:00:00+02:00", "--nature", "availability"),
        ("deadlines", "--as-of", "0001-01-01"),
        ("audit", "list", "--until", "9999-12-31"),
        ("retention", "preview", "--as-of", "0001-01-01"),
        ("request", "list", "--limit", "99999999999999999999999"),
        ("backup", "/proc/x"),
        ("export", "--json", "x" * 100_000),  # found by the property test: a name too long for the file system
        ("org", "set", "--name", "Pilvi\x1b Oy"),  # stored text holds no control character, as in every module
    ],
)
def test_the_probes_inputs_each_get_one_line(cli, args) -> None:
    assert cli(*args, ok=False).code in (1, 2)


@pytest.mark.parametrize(
    "args",
    [("request", "list", "--search", "Asta\x00"), ("attachment", "remove", "\x00"), ("org", "set", "--name", "\x00")],
)
def test_a_nul_character_in_an_argument_is_refused_before_any_query(cli, args) -> None:
    """Found on the server: PostgreSQL refuses a NUL in any parameter (an internal error, where SQLite looked
    the reference up). No real command line carries one; called in-process, it is refused in one line."""
    refused = cli(*args, ok=False)
    assert refused.code == 2 and "holds a NUL character" in refused.err


def test_an_empty_passphrase_gets_one_line(cli) -> None:
    assert cli("request", "list", ok=False, env={"DPO_DESK_PASSPHRASE": ""}).code in (1, 2)
