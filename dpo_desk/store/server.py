"""Team mode: the store on a shared PostgreSQL server (psycopg 3), beside the encrypted file.

Everything PostgreSQL-specific stays here and in the migrations' dialect branches: the URL and its
libpq conventions, the engine, the roles and their GRANTs, the users.

- A store location is a server when it is a `postgresql://user@host:port/db` URL. The password is
  `DPO_DESK_PASSPHRASE` when given (handed in by the caller), else libpq's own `PGPASSWORD` or
  `~/.pgpass`. `sslmode` is honoured as given, and `require` when the host is not this machine.
- Writers serialise on one advisory lock taken when their transaction begins (the file store's
  `BEGIN IMMEDIATE`): the audit chain and the reference counters then advance one writer at a time.
- Roles (`server init`): three group roles per database, `<db>_dpo`, `<db>_analyst`, `<db>_auditor`;
  a person is a login role that is a member of one of them. The database enforces them: an auditor
  has SELECT only; an analyst cannot write settings or the organisation, cannot UPDATE or DELETE the
  audit trail (so cannot purge) and cannot manage users; nobody but the owner may UPDATE or DELETE
  audit entries beyond the retention purge the append-only trigger allows, and nobody may DELETE them.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Insert, create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import QueuePool

from dpo_desk.errors import DpoDeskError, InvalidInput

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
# The key of the advisory lock every writing transaction takes first ("DPOD").
WRITE_LOCK = 0x44504F44
ROLES = ("dpo", "analyst", "auditor")
EXPLICIT_IDS = "dpo_desk_explicit_ids"
KEPT_IDS = {"audit_log"}  # the chain numbers its entries itself, never by a sequence
NAME_PATTERN = re.compile(r"[a-z_][a-z0-9_]{0,62}")

# Tables whose rows an analyst may not write (settings and the organisation: the DPO's).
DPO_ONLY_TABLES = ("setting", "organisation")
# The schema's own bookkeeping: read by all, written by the owner (migrations) only.
OWNER_ONLY_TABLES = ("alembic_version",)


class ServerError(DpoDeskError):
    """The server refused or could not be reached; the message says what it said, without the password."""


class PasswordRefused(ServerError):
    """The server wants a password that was not given, or refused the one given."""


class NotPermitted(ServerError):
    """The server refused a statement to this user's role (the GRANTs of `server init`)."""


def user_error(exc: BaseException, user: str | None) -> BaseException | None:
    """A refusal by the server as the user's error, or None when it is not one (a bug stays a bug)."""
    import psycopg.errors

    orig = getattr(exc, "orig", exc)
    if isinstance(orig, psycopg.errors.InsufficientPrivilege):
        said = str(orig).strip().splitlines()[0] if str(orig).strip() else "permission denied"
        role = f" {user}" if user else ""
        return NotPermitted(f"The server refused this to the user{role}: {said} (the role does not allow it).")
    if isinstance(orig, psycopg.errors.OperationalError | psycopg.errors.AdminShutdown):
        said = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        return ServerError(f"The server connection failed: {said}")
    return None


def is_server_url(location: object) -> bool:
    return isinstance(location, str) and location.strip().lower().startswith(SCHEMES)


def is_local(host: str | None) -> bool:
    return (host or "") in LOCAL_HOSTS or (host or "").startswith("/")


def server_url(location: str, password: str | None = None) -> URL:
    """The SQLAlchemy URL for `location` (psycopg 3), with `password` if given and libpq's defaults kept."""
    try:
        url = make_url(location.strip())
    except Exception:
        raise InvalidInput("--store", location, "is not a postgresql://user@host:port/db URL") from None
    if not url.database:
        raise InvalidInput("--store", display(url), "names no database (postgresql://user@host:port/db)")
    url = url.set(drivername="postgresql+psycopg")
    if password:
        url = url.set(password=password)
    query = dict(url.query)
    host = url.host or str(query.get("host", ""))
    if "sslmode" not in query and not is_local(host):
        query["sslmode"] = "require"
    query.setdefault("application_name", "dpo-desk")
    query.setdefault("connect_timeout", "10")
    return url.set(query=query)


def display(url: URL | str) -> str:
    """The URL as shown to the user: never the password, the scheme as typed in the documentation."""
    if isinstance(url, str):
        try:
            url = make_url(url)
        except Exception:
            return "the server"
    shown = URL.create("postgresql", username=url.username, host=url.host, port=url.port, database=url.database)
    return shown.render_as_string(hide_password=True)


def make_engine(url: URL, busy_timeout: float) -> Engine:
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=6,
        pool_timeout=busy_timeout,
        pool_pre_ping=True,
        # One constraint name of the schema (made for SQLite) is longer than PostgreSQL's 63 bytes: the
        # server truncates it, uniquely, instead of SQLAlchemy refusing it.
        max_identifier_length=128,
        # No server-side prepared statements: after five runs PostgreSQL may plan a search generically,
        # without its pattern, and then cannot use the pg_trgm index (a whole-table read per keystroke).
        connect_args={"prepare_threshold": None},
    )
    timeout_ms = int(busy_timeout * 1000)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {timeout_ms}")
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_conn.commit()

    @event.listens_for(engine, "before_execute")
    def _explicit_ids(conn: Any, clause: Any, multiparams: Any, params: Any, _options: Any) -> None:
        if not isinstance(clause, Insert) or clause.table.name in KEPT_IDS or "id" not in clause.table.c:
            return
        first = multiparams[0] if multiparams else params
        if isinstance(first, list | tuple):
            first = first[0] if first else None
        if isinstance(first, dict) and first.get("id") is not None:
            conn.info.setdefault(EXPLICIT_IDS, set()).add(clause.table.name)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        if conn.get_execution_options().get("dpo_write", False):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    return engine


def connection_error(exc: BaseException, url: URL) -> DpoDeskError:
    """A failed connection as one line for the user (the password never in it)."""
    message = str(getattr(exc, "orig", exc)).strip().splitlines()
    said = message[0] if message else type(exc).__name__
    if url.password:
        said = said.replace(url.password, "***")
    if "password authentication failed" in said or "no password supplied" in said:
        return PasswordRefused(
            f"The server {display(url)} refused the password (set DPO_DESK_PASSPHRASE, PGPASSWORD or ~/.pgpass)."
        )
    return ServerError(f"Could not use the server {display(url)}: {said}")


def revision(conn: Any) -> str | None:
    """The schema's Alembic revision, or None in a database DPO Desk has not set up."""
    if conn.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_user(conn: Any) -> str:
    return str(conn.execute(text("SELECT current_user")).scalar())


def owns_schema(conn: Any) -> bool:
    """Whether the connection's user owns the tables (may migrate them and set up roles)."""
    owner = conn.execute(text("SELECT tableowner FROM pg_tables WHERE tablename = 'alembic_version'")).scalar()
    return owner is None or owner == current_user(conn) or _is_superuser(conn)


def _is_superuser(conn: Any) -> bool:
    return bool(conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())


def actor_with_user(actor: str, user: str) -> str:
    """The audit trail's actor on a server: the desk's name and the database user who wrote the entry."""
    suffix = f" as {user}"
    return actor if actor == user or actor.endswith(suffix) else f"{actor}{suffix}"


def create_schema_prerequisites(conn: Any) -> None:
    """What the migrations need on PostgreSQL: pg_trgm for the quick search's trigram indexes."""
    conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))


def has_store_tables(conn: Any) -> bool:
    return conn.execute(text("SELECT to_regclass('alembic_version')")).scalar() is not None


# -- roles and users ----------------------------------------------------------------------------------


def check_name(name: str, what: str = "user name") -> str:
    if not NAME_PATTERN.fullmatch(name):
        raise InvalidInput(what, name, "must be lower-case letters, digits and _ (at most 63), not a digit first")
    return name


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    if "\x00" in value:
        raise InvalidInput("password", None, "must not contain a NUL character")
    return "'" + value.replace("'", "''") + "'"


def role_name(database: str, role: str) -> str:
    """The group role for `role` in `database` (roles are cluster-wide; a prefix keeps databases apart)."""
    if role not in ROLES:
        raise InvalidInput("--role", role, f"must be one of {', '.join(ROLES)}")
    return f"{database}_{role}"


def _tables(conn: Any) -> list[str]:
    return list(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
        ).scalars()
    )


def _role_exists(conn: Any, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


ACTOR_TRIGGER = (
    """CREATE OR REPLACE FUNCTION dpo_desk_audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF session_user <> (SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log'
                      AND schemaname = TG_TABLE_SCHEMA)
     AND NEW.actor <> session_user
     AND right(NEW.actor, length(session_user) + 4) <> ' as ' || session_user THEN
    RAISE EXCEPTION USING MESSAGE = 'an audit entry must name its database user ' || session_user;
  END IF;
  RETURN NEW;
END $$""",
    "DROP TRIGGER IF EXISTS audit_log_actor_is_user ON audit_log",
    "CREATE TRIGGER audit_log_actor_is_user BEFORE INSERT ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION dpo_desk_audit_actor()",
)


def set_up_roles(conn: Any) -> dict[str, str]:
    """Creates (or brings up to date) the three group roles of this database and their GRANTs.

    Run by the schema's owner after the migrations, and again after each upgrade (new tables).
    Returns role -> group role name.
    """
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    check_name(database, "database name")
    schema = str(conn.execute(text("SELECT current_schema()")).scalar())
    names = {role: role_name(database, role) for role in ROLES}
    for name in names.values():
        if not _role_exists(conn, name):
            conn.execute(text(f"CREATE ROLE {quote_ident(name)} NOLOGIN"))
    dpo, analyst, auditor = (quote_ident(names[r]) for r in ROLES)
    everyone = f"{dpo}, {analyst}, {auditor}"
    conn.execute(text(f"REVOKE ALL ON DATABASE {quote_ident(database)} FROM PUBLIC"))
    conn.execute(text(f"GRANT CONNECT ON DATABASE {quote_ident(database)} TO {everyone}"))
    conn.execute(text(f"REVOKE CREATE ON SCHEMA {quote_ident(schema)} FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA {quote_ident(schema)} TO {everyone}"))
    for table in _tables(conn):
        name = quote_ident(table)
        conn.execute(text(f"REVOKE ALL ON {name} FROM PUBLIC, {everyone}"))
        conn.execute(text(f"GRANT SELECT ON {name} TO {everyone}"))
        if table in OWNER_ONLY_TABLES:
            continue
        if table == "audit_log":
            # Append-only: INSERT for writers; UPDATE (a retention purge's redaction, which the trigger
            # checks) for the DPO only; DELETE for no one.
            conn.execute(text(f"GRANT INSERT ON {name} TO {dpo}, {analyst}"))
            conn.execute(text(f"GRANT UPDATE ON {name} TO {dpo}"))
        elif table == "store_meta":
            conn.execute(text(f"GRANT INSERT, UPDATE ON {name} TO {dpo}, {analyst}"))
        elif table in DPO_ONLY_TABLES:
            conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {dpo}"))
        else:
            conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {dpo}, {analyst}"))
    # UPDATE: rows imported with their ids move a sequence past them (`sequences_after_explicit_ids`).
    conn.execute(
        text(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {quote_ident(schema)} TO {dpo}, {analyst}")
    )
    conn.execute(text(f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA {quote_ident(schema)} TO {auditor}"))
    # The store's own facts may be rewritten by no one but the owner: writers only move the audit head.
    conn.execute(text("ALTER TABLE store_meta ENABLE ROW LEVEL SECURITY"))
    conn.execute(text("DROP POLICY IF EXISTS store_meta_read ON store_meta"))
    conn.execute(text("DROP POLICY IF EXISTS store_meta_head ON store_meta"))
    conn.execute(text("CREATE POLICY store_meta_read ON store_meta FOR SELECT USING (true)"))
    conn.execute(
        text(
            f"CREATE POLICY store_meta_head ON store_meta FOR ALL TO {dpo}, {analyst} "
            "USING (key = 'audit_head') WITH CHECK (key = 'audit_head')"
        )
    )
    for statement in ACTOR_TRIGGER:
        conn.execute(text(statement))
    return names


def add_user(conn: Any, name: str, role: str, password: str) -> None:
    """A login role for a person, member of the database's group role `role`."""
    check_name(name)
    if not password:
        raise InvalidInput("password", None, "is empty")
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    group = role_name(database, role)
    if not _role_exists(conn, group):
        raise ServerError(f"The roles of {database} are not set up: run `dpo-desk server init URL` first.")
    if _role_exists(conn, name):
        raise InvalidInput("user", name, "exists already on this server")
    conn.execute(text(f"CREATE ROLE {quote_ident(name)} LOGIN PASSWORD {quote_literal(password)}"))
    if role == "dpo":
        # A DPO manages the office's users: may create login roles and hand out the three roles.
        conn.execute(text(f"ALTER ROLE {quote_ident(name)} CREATEROLE"))
        groups = ", ".join(quote_ident(role_name(database, r)) for r in ROLES)
        conn.execute(text(f"GRANT {groups} TO {quote_ident(name)} WITH ADMIN OPTION"))
        conn.execute(text(f"REVOKE {quote_ident(role_name(database, 'analyst'))} FROM {quote_ident(name)}"))
        conn.execute(text(f"REVOKE {quote_ident(role_name(database, 'auditor'))} FROM {quote_ident(name)}"))
    else:
        conn.execute(text(f"GRANT {quote_ident(group)} TO {quote_ident(name)}"))


def list_users(conn: Any) -> list[tuple[str, str]]:
    """(user, role) for every login role that is a member of one of this database's group roles."""
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    rows = conn.execute(
        text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a "
            "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE m.rolcanlogin AND g.rolname = ANY(:groups) ORDER BY m.rolname, g.rolname"
        ),
        {"groups": [role_name(database, r) for r in ROLES]},
    ).all()
    prefix = f"{database}_"
    found: dict[str, str] = {}
    for user, group in rows:
        role = group[len(prefix) :]
        # A DPO holds the other roles with admin option only in older set-ups: the strongest role wins.
        if user not in found or ROLES.index(role) < ROLES.index(found[user]):
            found[user] = role
    return sorted(found.items())


def remove_user(conn: Any, name: str) -> None:
    check_name(name)
    if name not in dict(list_users(conn)):
        raise InvalidInput("user", name, "is not a user of this database")
    if name == current_user(conn):
        raise InvalidInput("user", name, "is the user you are connected as")
    conn.execute(text(f"DROP ROLE {quote_ident(name)}"))


# -- what the `server` commands do with a store ------------------------------------------------------


def initialise(location: str, password: str | None, *, clock: Any = None) -> tuple[Any, dict[str, str]]:
    """The schema in an empty database (or brought up to date), then the roles: (the store, role -> group)."""
    from dpo_desk.errors import StoreExists
    from dpo_desk.store.engine import Store

    try:
        store = Store.create(location, password, clock=clock)
    except StoreExists:
        store = Store.open(location, password, clock=clock)
    try:
        with store.engine.begin() as conn:
            if not owns_schema(conn):
                raise NotPermitted(f"Only the owner of the tables may set up the roles, not {current_user(conn)}.")
            names = set_up_roles(conn)
    except BaseException:
        store.close()
        raise
    return store, names


def _audited(store: Any, action: str, name: str, changes: dict[str, Any], run: Any) -> None:
    from dpo_desk.store.audit import append_entry

    with store.write() as session:
        run(session.connection())
        append_entry(session, action, "server_user", f"user:{name}", changes)


def add_user_to(store: Any, name: str, role: str, password: str) -> None:
    """A person's login on the store's database with `role`; the audit trail records it (not the password)."""
    _audited(store, "create", name, {"role": role}, lambda conn: add_user(conn, name, role, password))


def remove_user_from(store: Any, name: str) -> None:
    _audited(store, "delete", name, {}, lambda conn: remove_user(conn, name))


def users_of(store: Any) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        return list_users(conn)


def has_schema(location: str, password: str | None) -> bool:
    """Whether the database at `location` holds DPO Desk's tables (a store, perhaps still empty)."""
    url = server_url(location, password)
    engine = make_engine(url, 15)
    try:
        with engine.connect() as conn:
            return has_store_tables(conn)
    except Exception as exc:
        from sqlalchemy.exc import DatabaseError

        if isinstance(exc, DatabaseError):
            raise connection_error(exc, url) from None
        raise
    finally:
        engine.dispose()


def sequences_after_explicit_ids(conn: Any) -> None:
    """Rows inserted with their own ids (an exact import, generated data) leave a table's id sequence
    behind: it is moved past the highest id before the transaction commits."""
    tables = conn.info.pop(EXPLICIT_IDS, None)
    for table in sorted(tables or ()):
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f"coalesce((SELECT max(id) FROM {quote_ident(table)}), 0) + 1, false)"
            ),
            {"table": quote_ident(table)},
        )
