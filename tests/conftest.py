"""Shared fixtures: real encrypted stores in temporary folders, and the command line run in-process.

A store is created once per session as a template and copied for each test (creating runs the
migrations; copying costs only the key derivation when it is opened).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _sleep_without_clock_nanosleep() -> None:
    """Under libfaketime with FAKETIME_DONT_FAKE_MONOTONIC=1 (as CI runs the suite a year ahead), Python's
    `time.sleep` fails with EINVAL: libfaketime 0.9.10 mangles the absolute CLOCK_MONOTONIC deadline of the
    `clock_nanosleep` it uses. The standard library sleeps in `subprocess.wait(timeout=...)` among others, so
    the tests sleep on a lock's timed wait instead, which waits on the real monotonic clock."""
    import threading
    import time

    pause = threading.Event()

    def sleep(seconds: float) -> None:
        if seconds > 0:
            pause.wait(seconds)

    time.sleep = sleep


if "faketime" in os.environ.get("LD_PRELOAD", ""):
    _sleep_without_clock_nanosleep()

PASSPHRASE = "test passphrase with ÅÄÖ and 'quotes'"

# The moment every test's core reads as "now", unless it sets its own: no test depends on the day it runs.
TEST_NOW = "2026-11-25T10:00:00+00:00"


@pytest.fixture
def clock():
    """The clock the test's store and command line read; `clock.set(...)`/`clock.advance(days=1)` move it."""
    from dpo_desk.clock import FixedClock

    return FixedClock(TEST_NOW)


@pytest.fixture(autouse=True)
def window_memory_in_tmp(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """A window test remembers its geometry, page and columns in a folder of its own, never the user's."""
    if "qtbot" not in request.fixturenames:
        yield None
        return
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dpo_desk.store import Store

    path = tmp_path_factory.mktemp("template") / "template.dpodesk"
    Store.create(path, PASSPHRASE).close()
    return path


# -- both engines ---------------------------------------------------------------------------------------
# A test (or a module, with `pytestmark`) marked `both_engines` runs once on an encrypted file and once on
# a database of a throwaway PostgreSQL server (tests/pg.py); `store_path` is then a postgresql:// URL
# whose password is PASSPHRASE. Every other test runs on the file only.
ENGINES = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_engines: run the test on the file store and on a PostgreSQL server")
    config.addinivalue_line(
        "markers", "file_only(why): in a both_engines module, a test of what only the encrypted file has (why)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_engines"):
        file_only = metafunc.definition.get_closest_marker("file_only")
        metafunc.parametrize("engine", ENGINES[:1] if file_only else ENGINES, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The store's engine: "sqlite" (the encrypted file) unless the test is marked `both_engines`."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL cluster of the session's own, stopped and removed after it (skips if not installed)."""
    from tests.pg import start_cluster

    cluster = start_cluster(PASSPHRASE)
    if isinstance(cluster, str):
        pytest.skip(cluster)
    yield cluster
    cluster.stop()
    shutil.rmtree(cluster.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_template(pg_cluster) -> str:
    """A database holding a new store, copied (CREATE DATABASE ... TEMPLATE) for each test."""
    from dpo_desk.store import Store

    name = pg_cluster.new_database()
    Store.create(pg_cluster.url(name), PASSPHRASE).close()
    return name


@pytest.fixture
def pg_database(pg_cluster, pg_template):
    name = pg_cluster.new_database(template=pg_template)
    yield name
    pg_cluster.drop_database(name)


@pytest.fixture
def store_path(engine: str, request: pytest.FixtureRequest, tmp_path: Path):
    if engine == "postgresql":
        cluster = request.getfixturevalue("pg_cluster")
        return cluster.url(request.getfixturevalue("pg_database"))
    path = tmp_path / "store.dpodesk"
    shutil.copyfile(request.getfixturevalue("template_store"), path)
    os.chmod(path, 0o600)
    return path


@pytest.fixture
def store(store_path: Path, clock):
    from dpo_desk.store import Store

    opened = Store.open(store_path, PASSPHRASE, actor="tester", clock=clock)
    yield opened
    opened.close()


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def last_line(self) -> str:
        return self.out.strip().splitlines()[-1]

    def json(self):
        import json

        return json.loads(self.out)


@pytest.fixture
def cli(store_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, clock):
    """Runs `dpo-desk --store <store_path> ...` in this process; returns code, stdout, stderr."""
    from dpo_desk.cli.main import main

    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)

    def run(*args: object, ok: bool | None = True, env: dict[str, str] | None = None) -> CliResult:
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        capsys.readouterr()
        code = main(["--store", str(store_path), *map(str, args)], clock=clock)
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        if ok is True:
            assert code == 0, err
        elif ok is False:
            assert code != 0, out
            assert err.strip() and len(err.strip().splitlines()) == 1, err
        return CliResult(code, out, err)

    return run
