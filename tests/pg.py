"""A throwaway PostgreSQL cluster for the tests: `initdb` + `pg_ctl` in a temporary folder, on a free port.

Nothing depends on a server that was already running. The cluster runs as the current user, or, when
the tests run as root (initdb refuses root), as `nobody` through `runuser`. Its superuser is
`postgres`; the stores belong to `dpo_owner`, an ordinary role with CREATEDB and CREATEROLE, whose
password is the tests' passphrase (quotes, ÅÄÖ) and who reaches the server by TCP with SCRAM.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "superuser secret"
OWNER = "dpo_owner"


def find_bin() -> Path | None:
    """The folder of initdb and pg_ctl: $PG_BIN, PATH, or Debian's /usr/lib/postgresql/<version>/bin."""
    candidates = [os.environ.get("PG_BIN", "")]
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).parent))
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


def server_environment() -> dict[str, str]:
    """The environment for initdb/pg_ctl/postgres: without libfaketime (CI runs the suite a year ahead
    under it, and a faked clock in the server breaks pg_ctl's waits); the store's times come from the client."""
    return {k: v for k, v in os.environ.items() if k != "LD_PRELOAD" and not k.startswith("FAKETIME")}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    bin: Path
    folder: Path
    port: int
    run_as: str | None
    counter: list[int] = field(default_factory=lambda: [0])

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _command(self, *args: str) -> list[str]:
        return ["runuser", "-u", self.run_as, "--", *args] if self.run_as else list(args)

    def url(self, database: str, user: str = OWNER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres"):
        """A psycopg connection as the superuser, in autocommit."""
        import psycopg

        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=SUPERUSER,
            password=SUPERUSER_PASSWORD,
            dbname=database,
            autocommit=True,
        )

    def new_database(self, template: str | None = None) -> str:
        self.counter[0] += 1
        name = f"t{os.getpid()}_{self.counter[0]}"
        with self.admin() as conn:
            source = f" TEMPLATE {template}" if template else ""
            conn.execute(f"CREATE DATABASE {name} OWNER {OWNER}{source}")
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def start(self, owner_password: str) -> None:
        pwfile = self.folder / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
        if self.run_as:
            entry = pwd.getpwnam(self.run_as)
            for path in (self.folder, pwfile):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        subprocess.run(
            self._command(
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--pwfile",
                str(pwfile),
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ),
            check=True,
            capture_output=True,
            env=server_environment(),
        )
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        subprocess.run(
            self._command(
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.folder / "log"),
                "-o",
                options,
                "-w",
                "start",
            ),
            check=True,
            capture_output=True,
            env=server_environment(),
        )
        from psycopg import sql

        with self.admin() as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN CREATEDB CREATEROLE PASSWORD {}").format(
                    sql.Identifier(OWNER), sql.Literal(owner_password)
                )
            )

    def stop(self) -> None:
        subprocess.run(
            self._command(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"),
            capture_output=True,
            env=server_environment(),
        )


def start_cluster(owner_password: str) -> Cluster | str:
    """A running cluster, or the reason there can be none here (for pytest.skip)."""
    folder_bin = find_bin()
    if folder_bin is None:
        return "PostgreSQL's initdb/pg_ctl are not installed (scripts/bootstrap installs Debian's postgresql)"
    run_as = None
    if os.geteuid() == 0:
        run_as = "nobody"
        if shutil.which("runuser") is None:
            return "running as root without runuser: initdb refuses root"
    folder = Path(tempfile.mkdtemp(prefix="dpo-desk-pg-"))
    cluster = Cluster(folder_bin, folder, free_port(), run_as)
    try:
        cluster.start(owner_password)
    except subprocess.CalledProcessError as exc:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the test PostgreSQL did not start: {exc.stderr!r} {log}") from None
    return cluster
