"""A throw-away PostgreSQL cluster for the central record's tests: the real server, started from the distribution's
binaries (``.ci/run`` installs them), in a temporary folder, on a free port, gone when the tests end.

PostgreSQL refuses to run as root, and CI may run the tests as root: then the cluster belongs to the ``postgres``
user (or ``nobody``) and every server command runs through ``runuser``. The test process itself, whoever it is,
talks to it as the superuser ``copilot_admin`` over a Unix socket (trusted), and as desktop or trainer roles over
TCP with a password, as a real desk would.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

ADMIN = "copilot_admin"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/<version>/bin."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).resolve().parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self, bin_dir: Path, *, max_connections: int = 60) -> None:
        self.bin = bin_dir
        self.max_connections = max_connections
        self.root = Path(tempfile.mkdtemp(prefix="copilot-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self.log = self.root / "server.log"
        self.port = _free_port()
        self.user: str | None = None
        self.max_connections = 60  # a benchmark with a connection per desk raises it before ``init``
        if os.geteuid() == 0:
            self.user = next((u for u in ("postgres", "nobody") if _exists(u)), None)
            if self.user is None:
                raise RuntimeError("running as root with neither a postgres nor a nobody user to run PostgreSQL as")
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o755)

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        argv = [str(self.bin / command[0]), *command[1:]]
        if self.user:
            argv = ["runuser", "-u", self.user, "--", *argv]
        return subprocess.run(argv, capture_output=True, text=True, check=check, timeout=120)

    def init(self) -> Cluster:
        self._run("initdb", "-D", str(self.data), "-U", ADMIN, "--auth-local=trust", "--auth-host=scram-sha-256",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        self.start()
        return self

    def start(self) -> None:
        # fsync off: the machine does not crash in a test, the server does. synchronous_commit stays on, as it must
        # in production: with it off, a server killed right after a commit forgets it, and the desk, told it was
        # committed, would not send that session again.
        options = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                   f"-c full_page_writes=off -c max_connections={self.max_connections}")
        try:
            self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "-t", "60", "start")
        except subprocess.CalledProcessError as exc:
            raise RuntimeError(f"PostgreSQL did not start: {exc.stderr}\n{self.log_text()}") from exc

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self, *, down_s: float = 0.0) -> None:
        """Stop the server (as a crash or an upgrade would: immediately), stay down ``down_s``, start it again."""
        self.stop("immediate")
        time.sleep(down_s)
        self.start()

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def log_text(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql://{ADMIN}@/{database}?host={self.socket_dir}&port={self.port}"

    def tcp_url(self, user: str, database: str, **params: str) -> str:
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}" + (f"?{query}" if query else "")


def _exists(user: str) -> bool:
    try:
        pwd.getpwnam(user)
    except KeyError:
        return False
    return True


class CentralDb:
    """One test's central store: a database of its own in the shared cluster, migrated, with a desktop login
    (``desk_url``, password ``DESK_PASSWORD``) that is a member of ``copilot_desktop``."""

    count = 0
    DESK_PASSWORD = "desk-secret-1"

    def __init__(self, cluster: Cluster) -> None:
        import psycopg

        from copilot.central import schema

        CentralDb.count += 1
        self.cluster = cluster
        self.name = f"central_{os.getpid()}_{CentralDb.count}"
        self.desk = f"desk_{os.getpid()}_{CentralDb.count}"
        self.roles = [self.desk]
        with psycopg.connect(cluster.admin_url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {self.name}")
        with self.admin() as conn:
            schema.migrate(conn)
        self.login(self.desk, "copilot_desktop", self.DESK_PASSWORD)
        self.desk_url = cluster.tcp_url(self.desk, self.name)

    def admin(self):  # noqa: ANN201  (a psycopg connection; psycopg is imported lazily)
        import psycopg

        return psycopg.connect(self.cluster.admin_url(self.name), autocommit=True)

    def login(self, role: str, group: str, password: str) -> str:
        """A login role in ``group`` (copilot_desktop, copilot_trainer, copilot_privacy); returns its TCP URL."""
        with self.admin() as conn:
            conn.execute(f"DROP ROLE IF EXISTS {role}")
            conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}' IN ROLE {group}")
        if role not in self.roles:
            self.roles.append(role)
        return self.cluster.tcp_url(role, self.name)

    def count_rows(self, table: str, session_id: str | None = None) -> int:
        with self.admin() as conn:
            if session_id is None:
                return int(conn.execute(f"SELECT count(*) FROM copilot.{table}").fetchone()[0])
            key = "id" if table == "sessions" else "session_id"
            return int(conn.execute(f"SELECT count(*) FROM copilot.{table} WHERE {key} = %s",
                                    [session_id]).fetchone()[0])

    def drop(self) -> None:
        import psycopg

        try:
            with psycopg.connect(self.cluster.admin_url(), autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
                for role in self.roles:
                    conn.execute(f"DROP ROLE IF EXISTS {role}")
        except psycopg.OperationalError:  # a test left the server down: the cluster goes at the end anyway
            pass
