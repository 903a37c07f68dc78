"""Issue 22, point 8, for team mode: the `server` commands, driven with hostile values against a real
PostgreSQL server, give one line and exit 1 or 2, never an internal error (70), and a refused command
leaves the server as it was: its roles, and the store's trail and reference counters."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from tests.safety.test_hostile_options import AWKWARD, COMMANDS

SERVER_COMMANDS = [command for command in COMMANDS if command[0][0] == "server"]


@pytest.fixture
def office(pg_cluster, template_store: Path, tmp_path: Path, capsys, monkeypatch, clock):
    """A database set up by `server init` with a case and one user; a runner of the command line against it;
    and the values worth trying besides AWKWARD: near-miss URLs, the office's own names, a real store file."""
    from dpo_desk.cli.main import main

    database = pg_cluster.new_database()
    owner_url = pg_cluster.url(database)
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_NEW_PASSPHRASE", "a colleague's long password")
    monkeypatch.setenv("PGPASSWORD", PASSPHRASE)
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    store_file = work / "office.dpodesk"
    shutil.copyfile(template_store, store_file)

    def run(*args: str) -> tuple[int, str]:
        capsys.readouterr()
        code = main(["--store", owner_url, *args], clock=clock)
        return code, capsys.readouterr().err

    assert run("server", "init", owner_url)[0] == 0
    assert run("server", "user", "add", f"ana_{database}", "--role", "analyst")[0] == 0
    assert run("request", "add", "--type", "access", "--received", "2026-11-20", "--subject", "Asta")[0] == 0
    closed_port = f"postgresql://dpo_owner@127.0.0.1:{pg_cluster.port + 1}/{database}"
    run.values = [
        owner_url,
        owner_url + "?sslmode=verify-full",
        pg_cluster.url(f"{database}_missing"),
        pg_cluster.url(database, "nobody_at_all"),
        closed_port,
        "postgresql://",
        "postgresql:///",
        "postgres://dpo_owner@127.0.0.1:0/x",
        f"postgresql://dpo_owner@127.0.0.1:{pg_cluster.port}/'; DROP DATABASE {database}; --",
        f"ana_{database}",
        f"{database}_dpo",
        f"{database}_auditor",
        "dpo_owner",
        "postgres",
        "pg_read_all_data",
        "PUBLIC",
        str(store_file),
        "office.dpodesk",
        "new.dpodesk",
    ]
    run.database = database
    yield run
    pg_cluster.drop_database(database)
    with pg_cluster.admin() as conn:
        roles = conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"%{database}%",)).fetchall()
        for (role,) in roles:
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def _state(pg_cluster, database: str) -> tuple:
    """What a refused command must leave alone: the server's roles and memberships, and the store's trail
    and counters."""
    with pg_cluster.admin() as conn:
        roles = conn.execute(
            "SELECT r.rolname, r.rolcanlogin, r.rolcreaterole, coalesce(array_agg(g.rolname ORDER BY g.rolname)"
            " FILTER (WHERE g.rolname IS NOT NULL), '{}') FROM pg_roles r"
            " LEFT JOIN pg_auth_members m ON m.member = r.oid LEFT JOIN pg_roles g ON g.oid = m.roleid"
            " GROUP BY 1, 2, 3 ORDER BY 1"
        ).fetchall()
        databases = conn.execute("SELECT datname FROM pg_database ORDER BY 1").fetchall()
    with pg_cluster.admin(database) as conn:
        trail = conn.execute("SELECT count(*), max(id), max(hash) FROM audit_log").fetchone()
        counters = conn.execute("SELECT * FROM reference_counter ORDER BY 1").fetchall()
    return roles, databases, trail, counters


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_server_command_refuses_hostile_values_with_one_line(office, pg_cluster, data: st.DataObject) -> None:
    """Each example runs one `server` command in-process against the office's database; a push or pull
    opens the store file too (a key derivation), so 40 examples take 10-40 s."""
    path, actions = data.draw(st.sampled_from(SERVER_COMMANDS), label="command")
    office_values = st.sampled_from(office.values)
    value = st.one_of(office_values, office_values, st.sampled_from(AWKWARD), st.text(max_size=20))
    argv = list(path)
    for action in actions:
        if not action.option_strings:
            argv.append(data.draw(value, label=action.dest))
        elif action.required or data.draw(st.booleans(), label=f"use {action.option_strings[0]}"):
            option = action.option_strings[-1]
            if action.choices and data.draw(st.booleans(), label=f"a valid {option}"):
                argv.append(f"{option}={data.draw(st.sampled_from(sorted(action.choices)))}")
            else:
                argv.append(option if action.nargs == 0 else f"{option}={data.draw(value, label=option)}")
    before = _state(pg_cluster, office.database)
    code, err = office(*argv)
    assert code != 70, (argv, err)
    assert "Traceback" not in err, (argv, err)
    if code != 0:
        assert len(err.strip().splitlines()) == 1, (argv, err)
        assert _state(pg_cluster, office.database) == before, argv


def test_the_server_commands_are_all_drawn_from() -> None:
    """A new `server` command joins the property test by itself; this says the list is not empty."""
    names = {" ".join(path) for path, _ in SERVER_COMMANDS}
    assert {"server init", "server user add", "server user list", "server user remove"} <= names
    assert {"server push", "server pull"} <= names


def test_a_server_url_given_as_the_file_is_named_as_such(office) -> None:
    """Found by the property test: `server pull URL URL` said a file already existed at the URL."""
    url = office.values[0]
    for argv in (("server", "pull", url, url), ("server", "push", url, url)):
        code, err = office(*argv)
        assert code == 1 and "a server: give the store file's path" in err, err
