"""Shipping the outbox: each pending session to the central store, one transaction each, marked shipped only after
the server's commit.

``Sync.run_once`` is one pass (what ``copilot sync --once`` runs); ``BackgroundSync`` runs passes on a thread of
its own, so the panel never waits for the network: a pass after every ``INTERVAL_S``, sooner when ``nudge``d, and
after a failure later and later (``backoff``: 2 s doubling to 5 minutes, with jitter so 500 desktops coming back
after a server restart do not all knock at once). The server going away (a restart, a cut connection, a network
gone) stops the pass; whatever was not committed stays pending and the next pass carries on where this one
stopped. A session the server refuses (a row-level security rule, a value it rejects) waits ``REFUSED_RETRY_S``
alone while the others go on. Nothing here touches the panel or Qt.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copilot.central import schema
from copilot.central.connect import CentralConfig, CentralError, CentralUnavailable, connect, explain
from copilot.central.ship import ship
from copilot.record import outbox
from copilot.record.archive import redact_payload
from copilot.record.storage import Store, customer_id_of

if TYPE_CHECKING:
    from copilot.config.settings import Settings

log = logging.getLogger("copilot.central")

INTERVAL_S = 30.0
FIRST_BACKOFF_S, MAX_BACKOFF_S = 2.0, 300.0
REFUSED_RETRY_S = 600.0
BATCH = 50  # sessions read from the outbox at a time


@dataclass(slots=True)
class SyncReport:
    """What one pass did: shipped sessions, refused ones (with why), what is left, and the problem that stopped it."""

    shipped: int = 0
    refused: dict[str, str] = field(default_factory=dict)
    pending: int = 0
    problem: str | None = None
    seconds: list[float] = field(default_factory=list)  # per shipped session, for the benchmark

    @property
    def complete(self) -> bool:
        return self.problem is None and not self.refused and self.pending == 0


def backoff(failures: int, *, rng: random.Random | None = None) -> float:
    """Seconds to wait after ``failures`` failed passes in a row: 2, 4, 8 ... up to 300, each between 50% and 100%."""
    ceiling = min(MAX_BACKOFF_S, FIRST_BACKOFF_S * 2 ** max(0, failures - 1))
    return float(ceiling * (0.5 + 0.5 * (rng or random).random()))


def _refused(exc: Exception) -> bool:
    """Whether the server refused this session's data (worth skipping it), rather than being unreachable."""
    import psycopg

    gone = psycopg.OperationalError | psycopg.InterfaceError
    return isinstance(exc, psycopg.DatabaseError) and not isinstance(exc, gone)


class Sync:
    """Ships the outbox of the session database at ``db_path`` to the central store ``config`` names."""

    def __init__(self, db_path: str | Path, config: CentralConfig) -> None:
        self.db_path = Path(db_path)
        self.config = config
        self._conn: Any = None

    def __enter__(self) -> Sync:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection a pass keeps open for the next one."""
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # a connection the server already dropped may fail to close; it is gone either way
                pass
            self._conn = None

    def _server(self) -> Any:
        if self._conn is None or self._conn.closed or self._conn.broken:
            self.close()
            conn = connect(self.config)
            try:
                schema.require(conn)
            except Exception:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    def run_once(self, *, settle_s: float = outbox.SETTLE_S, now: float | None = None,
                 stop: threading.Event | None = None) -> SyncReport:
        """Ship every pending session that is due; stop at the first sign the server is gone."""
        report = SyncReport()
        if not self.db_path.exists():
            return report
        try:
            return self._run(report, settle_s, now, stop)
        except sqlite3.Error as exc:  # the desk's own database (locked for long, damaged): say so, keep running
            report.problem = f"{self.db_path}: the session database could not be read or written ({exc})"
            return report

    def _run(self, report: SyncReport, settle_s: float, now: float | None, stop: threading.Event | None) -> SyncReport:
        store = Store(self.db_path)
        try:
            conn = store.db.conn
            moment = time.time() if now is None else now
            outbox.stale_sessions(conn, moment)
            tried: set[str] = set()
            while not (stop is not None and stop.is_set()):
                batch = [p for p in outbox.pending(conn, now=moment, limit=BATCH, settle_s=settle_s)
                         if p.session_id not in tried]
                if not batch:
                    break
                for item in batch:
                    if stop is not None and stop.is_set():
                        break
                    tried.add(item.session_id)
                    self._ship_one(conn, item.session_id, report)
                    if report.problem:
                        break
                if report.problem:
                    break
            report.pending = outbox.count_pending(conn, settle_s=0.0)
        finally:
            store.close()
        return report

    def _ship_one(self, conn: sqlite3.Connection, session_id: str, report: SyncReport) -> None:
        import psycopg

        snap = outbox.snapshot(conn, session_id)
        if snap is None:
            return
        changes, version, payload = snap
        customer_id = customer_id_of(payload["session"].get("context"))
        if self.config.redacted_only:
            payload, customer_id = redact_payload(payload), None
        started = time.perf_counter()
        try:
            ship(self._server(), payload, version=version, redacted=self.config.redacted_only,
                 customer_id=customer_id)
        except CentralError as exc:
            report.problem = str(exc)
            return
        except psycopg.Error as exc:
            if _refused(exc):
                problem = f"the central store refused session {session_id} ({_message(exc)})"
                log.warning("%s", problem)
                report.refused[session_id] = problem
                outbox.mark_failed(conn, session_id, problem, time.time() + REFUSED_RETRY_S)
            else:
                self.close()
                report.problem = str(explain(exc, self.config))
            return
        report.seconds.append(time.perf_counter() - started)
        outbox.mark_shipped(conn, session_id, changes)  # only now: the server has committed it
        report.shipped += 1


def _message(exc: Exception) -> str:
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    return str(primary or exc).strip().splitlines()[0]


class BackgroundSync:
    """Passes of ``Sync`` on a thread of its own; ``problem`` says why the last one stopped, if it did."""

    def __init__(self, db_path: str | Path, config: CentralConfig, *, interval_s: float = INTERVAL_S,
                 settle_s: float = outbox.SETTLE_S) -> None:
        self._sync = Sync(db_path, config)
        self.interval_s = interval_s
        self.settle_s = settle_s
        self.problem: str | None = None
        self.failures = 0
        self.last: SyncReport | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._passes = threading.Condition()
        self._passes_started = self._passes_done = 0
        self._thread = threading.Thread(target=self._run, name="copilot-central-sync", daemon=True)

    def start(self) -> BackgroundSync:
        self._thread.start()
        return self

    def nudge(self) -> None:
        """Run a pass now (a session just ended) rather than at the next interval."""
        self._wake.set()

    def wait_for_pass(self, timeout: float) -> bool:
        """Block until a pass that started after this call has finished (for tests and shutdown)."""
        with self._passes:
            target = self._passes_started + 1  # a pass running now began before this call
            self._wake.set()
            return self._passes.wait_for(lambda: self._passes_done >= target, timeout)

    def close(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                wait = self._pass()
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            self._sync.close()

    def _pass(self) -> float:
        with self._passes:
            self._passes_started += 1
        try:
            report = self._sync.run_once(settle_s=self.settle_s, stop=self._stop)
        except CentralError as exc:
            report = SyncReport(problem=str(exc))
        except Exception as exc:  # a bug must not end the thread: the sessions stay pending, the panel runs on
            log.exception("central sync failed")
            report = SyncReport(problem=f"{type(exc).__name__} while sending sessions to the central store")
        self.last = report
        with self._passes:
            self._passes_done += 1
            self._passes.notify_all()
        if report.problem is None:
            if self.problem is not None:
                log.warning("central record: sending again after %d failed attempts", self.failures)
            self.problem, self.failures = None, 0
            return self.interval_s
        if report.problem != self.problem:
            log.warning("central record: %s", report.problem)
        self.problem = report.problem
        self.failures += 1
        return backoff(self.failures)


def start_from_settings(db_path: str | Path, settings: Settings, notices: list[str]) -> BackgroundSync | None:
    """The background sync the settings ask for, started; None when the central record is off. A setting that
    cannot work becomes a notice for the agent, and the panel runs on without it."""
    from copilot.central.connect import from_settings

    try:
        config = from_settings(settings)
    except CentralError as exc:
        notices.append(f"Sessions are not sent to the central record: {exc}")
        return None
    return None if config is None else BackgroundSync(db_path, config).start()


__all__ = ["BackgroundSync", "CentralUnavailable", "Sync", "SyncReport", "backoff"]
