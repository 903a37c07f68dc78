"""The Store: one encrypted file, one SQLAlchemy engine, sessions for reading and writing.

Opening is two steps, as in Electrum's storage: check the key (a wrong one raises
WrongPassphrase and touches nothing), then bring the schema up to date after an encrypted copy.

Threads: a Store may be shared by threads. Its pool hands each connection to one thread at a time
and never shares one between two threads at once (the pysqlcipher dialect's SingletonThreadPool
is avoided on purpose: see security-notes.md).
"""

from __future__ import annotations

import getpass
import os
import threading
import uuid
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from dpo_desk.clock import SYSTEM, Clock
from dpo_desk.errors import InvalidInput, NotAStore, StaleEdit, StoreBusy, StoreExists, StoreNotFound, StoreTooNew
from dpo_desk.store import keying, migrations

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

# The ORM (its import is ~50 ms of CPU) and the sessions' audit and version hooks come with the first
# session: a command-line call that reads plain rows through `Store.rows()` never loads them.


def _make_engine(path: Path, passphrase: str, checked: Any = None) -> Engine:
    # The connection that checked the key serves as the pool's first, so opening derives the key once
    # (the KDF is most of an unlock: a second derivation added ~0.15 s to every command).
    spare = [checked] if checked is not None else []

    def connect() -> Any:
        return spare.pop() if spare else keying.connect(path, passphrase)

    engine = create_engine(
        "sqlite://",
        module=keying.dbapi(),
        creator=connect,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=6,
        pool_timeout=keying.BUSY_TIMEOUT_SECONDS,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Writers take the write lock up front so two processes wait for each other instead of
        # failing on a lock upgrade half-way through a transaction.
        immediate = conn.get_execution_options().get("dpo_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _revision_of(conn: Any) -> str | None:
    has_table = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()[0]
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def encrypted_copy(conn: Any, target: Path) -> None:
    """A consistent copy under the same key, written beside the target and renamed into place."""
    target = Path(target)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        conn.execute(f"VACUUM INTO {keying.quote_literal(str(partial))}")
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def is_server_location(location: object) -> bool:
    """Whether a store location is a PostgreSQL server's URL rather than a file."""
    from dpo_desk.store.server import is_server_url

    return is_server_url(location) if isinstance(location, str) else False


def _seed(engine: Engine, clock: Clock | None) -> None:
    """A new store's identity and its one organisation (before the trail's first entry)."""
    from sqlalchemy.orm import Session

    from dpo_desk.store.models import Organisation, StoreMeta

    with Session(engine.execution_options(dpo_write=True)) as session, session.begin():
        session.add(StoreMeta(key="store_id", value=str(uuid.uuid4())))
        session.add(StoreMeta(key="created_at", value=(clock or SYSTEM).now().isoformat()))
        session.add(Organisation(id=1))


OWN_ENTRIES_KEPT = 1000


class Store:
    """An open, unlocked store. `read()` and `write()` give ORM sessions, `rows()` a Core connection for
    plain reads without the ORM; `close()` forgets the key.

    A store is an encrypted file (SQLCipher) or, in team mode, a database on a PostgreSQL server
    (`location` is then a postgresql:// URL: `store/server.py`). `is_server` tells them apart.
    """

    def __init__(
        self,
        path: Path | str,
        engine: Engine,
        actor: str | None = None,
        clock: Clock | None = None,
        *,
        db_user: str | None = None,
    ) -> None:
        self.is_server = engine.dialect.name == "postgresql"
        # On a server `path` names no file: it is the URL as shown (no password), kept for messages.
        self.location = str(path)
        self.path = Path(path)
        self.clock: Clock = clock or SYSTEM
        self._engine: Engine | None = engine
        self._session_makers: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None
        self._makers_lock = threading.Lock()  # threads share a Store: the factories are made once
        # The audit entries this Store wrote, as (first id, last id) per committed write: a window tells its
        # own changes from others' by them (services/changes.py). Old ranges fall off; they are long polled.
        self.own_entries: deque[tuple[int, int]] = deque(maxlen=OWN_ENTRIES_KEPT)
        self.db_user = db_user
        self.actor = actor or default_actor()
        if db_user is not None:
            from dpo_desk.store.server import actor_with_user

            self.actor = actor_with_user(self.actor, db_user)

    # -- opening --------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        passphrase: str | None,
        *,
        actor: str | None = None,
        clock: Clock | None = None,
    ) -> Store:
        if is_server_location(path):
            return cls._open_server(str(path), passphrase, actor=actor, clock=clock)
        if not passphrase:
            raise InvalidInput("passphrase", None, "is empty: give the store's passphrase", code="no-passphrase")
        path = Path(path)
        if not path.is_file():
            raise StoreNotFound(path)
        first = keying.connect(path, passphrase)  # raises WrongPassphrase before anything is written
        try:
            revision = _revision_of(first)
            if revision is None:
                raise NotAStore(path, "it opens with this passphrase but holds no DPO Desk data")
            if revision not in migrations.REVISIONS:
                raise StoreTooNew(revision)
            # A restore or rekey interrupted after leaving WAL mode leaves the file in rollback mode;
            # WAL comes back here (SQLite allows it only when no one else has the file open).
            if first.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                try:
                    first.execute("PRAGMA journal_mode = WAL")
                except keying.dbapi().OperationalError:
                    pass  # someone else has it open; the next opening tries again
            if revision != migrations.HEAD:
                stamp = (clock or SYSTEM).now().strftime("%Y%m%dT%H%M%SZ")
                encrypted_copy(first, path.with_name(f"{path.name}.before-{migrations.HEAD}-{stamp}.bak"))
        except keying.dbapi().DatabaseError as exc:
            damaged = keying.damage(first) if keying.is_damage_error(exc) else None
            first.close()
            if damaged is None:
                raise
            raise damaged from None
        except BaseException:
            first.close()
            raise
        engine = _make_engine(path, passphrase, first)
        store = cls(path, engine, actor, clock)
        if revision != migrations.HEAD:
            migrations.upgrade(engine)
        return store

    @classmethod
    def _open_server(cls, location: str, password: str | None, *, actor: str | None, clock: Clock | None) -> Store:
        from dpo_desk.store import server

        url = server.server_url(location, password)
        engine = server.make_engine(url, keying.BUSY_TIMEOUT_SECONDS)
        try:
            with engine.connect() as conn:
                revision = server.revision(conn)
                user = server.current_user(conn)
                owner = server.owns_schema(conn)
            if revision is None:
                raise NotAStore(server.display(url), "the database holds no DPO Desk data (`dpo-desk server init`)")
            if revision not in migrations.REVISIONS:
                raise StoreTooNew(revision)
            if revision != migrations.HEAD:
                if not owner:
                    raise server.ServerError(
                        f"The server's schema is at revision {revision}, this program's at {migrations.HEAD}: "
                        "its owner must run `dpo-desk server init URL` to upgrade it."
                    )
                migrations.upgrade(engine)
                with engine.begin() as conn:
                    server.set_up_roles(conn)
        except DatabaseError as exc:
            engine.dispose()
            raise server.connection_error(exc, url) from None
        except BaseException:
            engine.dispose()
            raise
        return cls(server.display(url), engine, actor, clock, db_user=user)

    @classmethod
    def _create_server(cls, location: str, password: str | None, *, actor: str | None, clock: Clock | None) -> Store:
        """The schema in an empty server database (which must exist: the server's admin makes it)."""
        from dpo_desk.store import server

        url = server.server_url(location, password)
        engine = server.make_engine(url, keying.BUSY_TIMEOUT_SECONDS)
        try:
            with engine.begin() as conn:
                if server.has_store_tables(conn):
                    raise StoreExists(server.display(url))
                server.create_schema_prerequisites(conn)
            migrations.upgrade(engine)
            _seed(engine, clock)
        except DatabaseError as exc:
            engine.dispose()
            raise server.connection_error(exc, url) from None
        finally:
            engine.dispose()
        return cls._open_server(location, password, actor=actor, clock=clock)

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        passphrase: str | None,
        *,
        actor: str | None = None,
        clock: Clock | None = None,
    ) -> Store:
        """A new store, built under a temporary name and moved into place only when complete."""
        if is_server_location(path):
            return cls._create_server(str(path), passphrase, actor=actor, clock=clock)
        if not passphrase:
            raise InvalidInput("passphrase", None, "is empty: give the store's passphrase", code="no-passphrase")
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise StoreExists(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        building = path.with_name(f".{path.name}.creating-{os.getpid()}")
        for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
            leftover.unlink(missing_ok=True)
        os.close(os.open(building, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        try:
            conn = keying.connect(building, passphrase)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.close()
            engine = _make_engine(building, passphrase)
            migrations.upgrade(engine)
            _seed(engine, clock)
            engine.dispose()
            try:
                os.link(building, path)  # never replaces a file that appeared meanwhile
            except FileExistsError:
                raise StoreExists(path) from None
            except OSError:
                if path.exists():
                    raise StoreExists(path) from None
                os.rename(building, path)
        finally:
            for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
                leftover.unlink(missing_ok=True)
        return cls.open(path, passphrase, actor=actor, clock=clock)

    # -- sessions -------------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("the store is closed")
        return self._engine

    def _makers(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        """The reading and the writing session factories, made on first use (the writer's with the audit
        trail and the case versions hooked in)."""
        with self._makers_lock:
            if self._session_makers is None:
                self._session_makers = self._new_makers()
            return self._session_makers

    def _new_makers(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        from sqlalchemy.orm import sessionmaker

        from dpo_desk.store.audit import install_audit
        from dpo_desk.store.versions import install_versions

        engine = self.engine
        writing = sessionmaker(bind=engine.execution_options(dpo_write=True), expire_on_commit=False)
        install_audit(writing)
        install_versions(writing)
        return sessionmaker(bind=engine, expire_on_commit=False), writing

    @contextmanager
    def read(self) -> Iterator[Session]:
        self.engine  # noqa: B018 - refuse a closed store early
        with self._makers()[0]() as session:
            session.info["clock"] = self.clock
            try:
                yield session
            except (DatabaseError, keying.dbapi().DatabaseError) as exc:
                raise self._user_error(exc) from None

    @contextmanager
    def rows(self) -> Iterator[Connection]:
        """A Core connection in a read transaction, for plain rows without the ORM (the command line's
        deadline list reads this way, so it never sets up the ORM's mappers)."""
        engine = self.engine
        try:
            with engine.connect() as conn:
                yield conn
        except (DatabaseError, keying.dbapi().DatabaseError) as exc:
            raise self._user_error(exc) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose changes are committed on leaving the block, or all rolled back on error.

        `session.info["touched"]` lists the entities changed, for the window to refresh what shows them.
        """
        from sqlalchemy.orm.exc import StaleDataError

        from dpo_desk.store.audit import written_range

        self.engine  # noqa: B018
        with self._makers()[1]() as session:
            session.info["actor"] = self.actor
            session.info["clock"] = self.clock
            session.info["touched"] = set()
            try:
                yield session
                if self.is_server:
                    from dpo_desk.store.server import sequences_after_explicit_ids

                    sequences_after_explicit_ids(session.connection())
                written = written_range(session)
                session.commit()
                if written is not None:
                    self.own_entries.append(written)
            except (DatabaseError, keying.dbapi().DatabaseError) as exc:
                session.rollback()
                raise self._user_error(exc) from None
            except StaleDataError:
                # another writer committed a change to the case between this edit's read and its UPDATE
                session.rollback()
                raise StaleEdit(None) from None
            except BaseException:
                session.rollback()
                raise

    def _user_error(self, exc: Exception) -> BaseException:
        """A busy store or a damaged page as the user's error; anything else stays what it was (a bug).

        `exc` is SQLAlchemy's error, or the driver's own where a reader walks the driver's cursor.
        """
        if keying.is_busy_error(exc):
            return StoreBusy()
        if self.is_server:
            from dpo_desk.store.server import user_error

            return user_error(exc, self.db_user) or exc
        if keying.is_damage_error(exc):
            raw = self.raw_connection()
            try:
                return keying.damage(raw.driver_connection)
            finally:
                raw.close()
        return exc

    # -- facts ----------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        from dpo_desk.store.models import StoreMeta

        with self.read() as session:
            return session.scalar(select(StoreMeta.value).where(StoreMeta.key == key))

    @property
    def store_id(self) -> str:
        return self.meta("store_id") or ""

    @property
    def schema_revision(self) -> str:
        with self.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()

    def raw_connection(self) -> Any:
        """A keyed DB-API connection for what the ORM cannot express (VACUUM INTO, integrity checks)."""
        return self.engine.raw_connection()

    def refuse_on_server(self, what: str) -> None:
        """File operations (backup, restore, rekey) have the server's own ways; say which instead."""
        if self.is_server:
            from dpo_desk.store.server import ServerError

            raise ServerError(
                f"{what} is for a store file. On a server: backups by the server's own means (pg_dump, its "
                "backups) or `dpo-desk server pull URL FILE`; a password by ALTER ROLE or psql's \\password."
            )

    def backup_to(self, target: str | os.PathLike[str]) -> Path:
        self.refuse_on_server("A backup")
        target = Path(target)
        conn = self.raw_connection()
        try:
            encrypted_copy(conn.driver_connection, target)
        finally:
            conn.close()
        return target

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def close(self) -> None:
        """Close every connection and drop the engine, and with it the only reference to the key."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._session_makers = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


PROFILE_ENV = "DPO_DESK_PROFILE"


def profile_file() -> Path:
    """The per-user file naming who works at this desk, for the audit trail (one line)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("dpo-desk", appauthor=False)) / "profile.txt"


def profile_name() -> str:
    value = os.environ.get(PROFILE_ENV)
    if value is None:
        try:
            value = profile_file().read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError):
            value = ""
    return "".join(c for c in value if c.isprintable()).strip()[:80]


def default_actor() -> str:
    """Who the audit trail names: the profile's name with the OS user, or the OS user alone."""
    try:
        user = getpass.getuser()
    except Exception:
        user = "unknown"
    profile = profile_name()
    return f"{profile} ({user})" if profile and profile != user else user
