"""Benchmark 5: the local API feeding the real panel.

In a child process: build the real ``CopilotApp`` (offscreen, a temporary COPILOT_DATA_DIR whose
settings say ``{"api_port": 0}``, an in-memory keychain for the API token), ``start_api()``, show
the window, then:

1. latency: a client thread posts customer lines that trigger cards to one session, one at a time
   over a keep-alive connection, and waits for the card's first paint (``CardPanel.card_painted``).
   Figures: just before the HTTP POST is sent → the card painted, both on ``perf_counter_ns`` in the
   same process; the HTTP round-trip (POST → 202 read) alone; and the product's own card_ms
   (the line taken by the desk, on the API reader thread → paint). A line whose only new card is laid out below the
   visible part of the card area is never painted (so never reports card_painted); it is counted,
   not waited for.
2. sustained load: a separate client process (aiohttp, one keep-alive connection per session, each
   session's lines sent in order, paced to the overall rate) posts 1,000 utterances a second for
   10 seconds across 10 sessions: customer and agent lines from the same generator as the memory
   benchmark, some triggering cards, each text tagged with its session and sequence number and
   each with a unique ``utterance_id``. A 5 ms ``QTimer`` on the UI thread records the gaps between
   its firings (the longest UI-thread stall). Afterwards: 202s accepted, messages the panel handled
   (``Inbox.handled``), utterances in SQLite after ``recorder.flush()`` per session, and
   whether each session's stored order is its sent order. The client runs in its own process (as
   a CTI or transcription integration does) so its own Python work does not compete with the panel
   for the GIL; ``--inproc-client`` runs it on a thread of the panel's process instead.

Also reported: the time spent in the functions on the message path, on the UI thread and on the
engine lane (wall and CPU; wrapped by the bench child at class level, product code is unchanged),
the UI thread's longest single calls, and the CPU each thread of the panel's process used (they
share one GIL).

    python tests/bench/bench_api.py [--quick] [--inproc-client] [--cprofile FILE] [--rate N] [--seconds S]

(``--rate``/``--seconds`` change the load for exploring; run.py always uses 1,000/s for 10 s, 4 s
with --quick. ``--cprofile`` profiles the UI thread during the load.)
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_common as bc  # noqa: E402

TARGET_P95_MS = 50.0
TARGET_STALL_MS = 50.0
WARMUP = 10
PAINT_TIMEOUT_S = 2.0
LATENCY_BUDGET_S = 20.0        # phase 1 stops measuring after this, whatever the count
LOAD_RATE = 1000               # utterances per second, all sessions together
LOAD_SESSIONS = 10
LOAD_SECONDS = 10.0
LOAD_SECONDS_QUICK = 4.0
SEND_GRACE_S = 8.0             # a client that falls behind stops this long after the planned end
DRAIN_TIMEOUT_S = 12.0         # after the client is done, how long the panel may take to catch up
FLUSH_TIMEOUT_S = 10.0
STALL_TICK_MS = 5
LONG_CALL_MS = 8.0
TAG = re.compile(r" #(\d+)\.(\d+)$")


# -- the load client (its own process, or a thread with its own loop) ------------------------------


async def _load(plan: dict[str, Any]) -> dict[str, Any]:
    import aiohttp

    port, token, rate = plan["port"], plan["token"], float(plan["rate"])
    sessions: dict[str, list[list[str]]] = plan["sessions"]
    names = list(sessions)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    base = f"http://127.0.0.1:{port}"
    rtt_ms: list[float] = []
    accepted: dict[str, list[int]] = {name: [] for name in names}
    statuses: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    sent = 0
    last_send_ns = 0
    start_ns = 0
    planned_s = max(len(lines) for lines in sessions.values()) * len(names) / rate
    stop_at = 0.0

    transport = os.environ.get("BENCH_API_TRANSPORT", "http")

    async def worker(k: int, name: str, http: aiohttp.ClientSession) -> None:
        if transport == "ws":
            await ws_worker(k, name, http)
            return
        nonlocal sent, last_send_ns
        url = f"{base}/v1/sessions/{name}/utterances"
        for seq, (speaker, text, uid) in enumerate(sessions[name]):
            due = start_ns / 1e9 + (seq * len(names) + k) / rate
            now = time.monotonic()
            if now >= stop_at:
                return
            if due > now:
                await asyncio.sleep(due - now)
            body = json.dumps({"speaker": speaker, "text": text, "final": True, "utterance_id": uid})
            t0 = time.monotonic_ns()
            try:
                async with http.post(url, data=body, headers=headers) as resp:
                    await resp.read()
                    status = resp.status
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                statuses["exception"] += 1
                if len(errors) < 5:
                    errors.append(f"{name} #{seq}: {exc!r}")
                sent += 1
                continue
            t1 = time.monotonic_ns()
            sent += 1
            last_send_ns = max(last_send_ns, t0)
            rtt_ms.append((t1 - t0) / 1e6)
            statuses[str(status)] += 1
            if status == 202:
                accepted[name].append(seq)
            elif len(errors) < 5:
                errors.append(f"{name} #{seq}: HTTP {status}")

    async def ws_worker(k: int, name: str, http: aiohttp.ClientSession) -> None:
        """The same lines over one WebSocket per session, each acknowledged before the next."""
        nonlocal sent, last_send_ns
        async with http.ws_connect(f"{base}/v1/ws", headers={"Authorization": f"Bearer {token}"}) as socket:
            for seq, (speaker, text, uid) in enumerate(sessions[name]):
                due = start_ns / 1e9 + (seq * len(names) + k) / rate
                now = time.monotonic()
                if now >= stop_at:
                    return
                if due > now:
                    await asyncio.sleep(due - now)
                t0 = time.monotonic_ns()
                await socket.send_str(json.dumps({"session": name, "speaker": speaker, "text": text,
                                                  "final": True, "utterance_id": uid}))
                answer = await socket.receive_json()
                t1 = time.monotonic_ns()
                sent += 1
                last_send_ns = max(last_send_ns, t0)
                rtt_ms.append((t1 - t0) / 1e6)
                status = "202" if answer.get("type") == "ack" else "error"
                statuses[status] += 1
                if status == "202":
                    accepted[name].append(seq)
                elif len(errors) < 5:
                    errors.append(f"{name} #{seq}: {answer}")

    timeout = aiohttp.ClientTimeout(total=10)
    connector = aiohttp.TCPConnector(limit=len(names) + 2, force_close=False)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:
        # open the keep-alive connections before the clock starts
        async def warm() -> None:
            async with http.get(f"{base}/v1/health") as resp:
                await resp.read()

        await asyncio.gather(*(warm() for _ in names))
        start_ns = time.monotonic_ns()
        stop_at = start_ns / 1e9 + planned_s + SEND_GRACE_S
        await asyncio.gather(*(worker(k, name, http) for k, name in enumerate(names)))
        end_ns = time.monotonic_ns()
    total = sum(len(lines) for lines in sessions.values())
    return {"start_ns": start_ns, "end_ns": end_ns, "last_send_ns": last_send_ns, "sent": sent,
            "planned": total, "planned_s": planned_s, "rtt_ms": rtt_ms, "accepted": accepted,
            "statuses": dict(statuses), "errors": errors}


def load_client_main(plan_path: Path, out_path: Path) -> None:
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    result = asyncio.run(_load(plan))
    out_path.write_text(json.dumps(result), encoding="utf-8")


# -- the child: the real app, offscreen ------------------------------------------------------------


class _Timings:
    """Time spent in chosen methods, per thread (the UI thread, the engine lane), plus the UI thread's
    longest single calls."""

    def __init__(self) -> None:
        self.ui_ident = threading.get_ident()
        self.on = False
        # (label, thread) -> calls, total wall ms, max wall ms, total CPU ms of that thread (wall - CPU:
        # waiting, mostly for the GIL that the API reader, engine and recorder threads hold)
        self.stats: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0])
        self.long_calls: list[tuple[int, float, str]] = []  # UI thread: (start monotonic ns, ms, name)
        self._depth = threading.local()

    def wrap(self, cls: type, name: str) -> None:
        original = getattr(cls, name)
        label = f"{cls.__name__}.{name}"

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if not self.on:
                return original(*args, **kwargs)
            ui = threading.get_ident() == self.ui_ident
            depth = getattr(self._depth, "n", 0)
            self._depth.n = depth + 1
            c0 = time.thread_time_ns()
            t0 = time.monotonic_ns()
            try:
                return original(*args, **kwargs)
            finally:
                ms = (time.monotonic_ns() - t0) / 1e6
                cpu = (time.thread_time_ns() - c0) / 1e6
                self._depth.n = depth
                entry = self.stats[(label, "UI" if ui else "worker")]
                entry[0] += 1
                entry[1] += ms
                entry[2] = max(entry[2], ms)
                entry[3] += cpu
                if ui and ms >= LONG_CALL_MS and depth == 0:
                    self.long_calls.append((t0, ms, label))

        setattr(cls, name, timed)

    def reset(self) -> None:
        self.stats.clear()
        self.long_calls.clear()


def _thread_cpu() -> dict[str, float]:
    """CPU seconds per thread of this process (Linux /proc), named by Python thread name where known."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    main_tid = threading.main_thread().native_id
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    out: dict[str, float] = defaultdict(float)
    try:
        tasks = list(Path("/proc/self/task").iterdir())
    except OSError:
        return {}
    for task in tasks:
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        tid = int(task.name)
        comm = stat[stat.index("(") + 1: stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        cpu = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
        name = "UI thread" if tid == main_tid else names.get(tid, comm)
        out[name] += cpu
    return dict(out)


def _memory_keyring() -> None:
    """The API token lives in a keychain; give the child one that never touches the real one."""
    import keyring

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())


def child(out: Path, quick: bool, inproc_client: bool, cprofile: str | None, rate: int = LOAD_RATE,
          seconds: float | None = None) -> None:
    rss_process = bc.rss_mb()
    data_dir = Path(os.environ["COPILOT_DATA_DIR"])
    (data_dir / "config").mkdir(parents=True, exist_ok=True)
    (data_dir / "config" / "settings.json").write_text(json.dumps({"api_port": 0}), encoding="utf-8")
    _memory_keyring()

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from copilot.app import SWITCH_INTERVAL_S, CopilotApp, freeze_startup_heap
    from copilot.cli.main import build_parser
    from copilot.config import logs
    from copilot.config.settings import Settings
    from copilot.live.desk import Desk
    from copilot.live.session import Session
    from copilot.panel.cards import CardPanel
    from copilot.panel.controller import PanelController
    from copilot.panel.conversation_view import ConversationView
    from copilot.panel.inbox import Inbox
    from copilot.panel.session_tabs import SessionTabs
    from copilot.playbook.engine import PlaybookEngine
    from copilot.record.storage import Store
    from copilot.shell.tasks import TaskRunner

    timings = _Timings()
    for cls, name in [(Inbox, "_on_messages_waiting"), (Desk, "receive"), (Session, "add_utterance"),
                      (PanelController, "apply"), (ConversationView, "add_utterance"), (ConversationView, "flush"),
                      (SessionTabs, "mark_activity"), (TaskRunner, "_on_job_finished"), (Desk, "work"),
                      (Desk, "next_job"), (Session, "suggest"), (Session, "offer"), (PanelController, "_render_board"),
                      (CardPanel, "show_suggestions"), (PanelController, "_update_stats")]:
        timings.wrap(cls, name)

    sys.setswitchinterval(SWITCH_INTERVAL_S)  # as copilot.app.run does for the panel's process
    logs.setup()
    app = QApplication.instance() or QApplication(["copilot-bench"])
    app.setApplicationName("Agent Copilot")
    app.setStyle("Fusion")
    copilot = CopilotApp(build_parser().parse_args([]), Settings())
    copilot.start_api()
    if copilot.api is None:
        raise SystemExit("the local API did not start: " + "; ".join(copilot.notices))
    port, token = copilot.api.port, copilot.api.token
    window, controller, inbox = copilot.window, copilot.controller, copilot.inbox
    window.show()
    exposed = QTest.qWaitForWindowExposed(window, 5000)
    QTest.qWait(200)
    freeze_startup_heap()  # as copilot.app.run does once the panel is ready
    rss_start = bc.rss_mb()

    # The UI thread runs its event loop while a client works; ``run_until`` returns when it's done.
    def run_until(done: Any, timeout_s: float) -> bool:
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(10)
        deadline = time.monotonic() + timeout_s
        poll.timeout.connect(lambda: loop.quit() if done() or time.monotonic() > deadline else None)
        poll.start()
        loop.exec()
        poll.stop()
        return bool(done())

    data = bc.playbook_data()

    # ---- 1. one utterance at a time: POST → card painted ----------------------------------------
    n = (80 if quick else 200) + WARMUP
    cond = threading.Condition()
    paints: list[tuple[int | None, float, int]] = []  # (utterance index, card_ms, perf ns)
    applied: set[int] = set()
    latency_session = "bench-latency"

    def on_card_painted(suggestion_id: str, card_ms: float) -> None:
        now = time.perf_counter_ns()
        index = next((c.utterance_index for c in controller.session.cards if c.id == suggestion_id), None)
        with cond:
            paints.append((index, card_ms, now))
            cond.notify_all()

    below_fold: set[int] = set()

    def check_fold(index: int) -> None:
        """A new card laid out below the card area's visible part is never painted, so never reports
        card_painted: tell the client not to wait for it."""
        fresh = [c for c in window.cards.cards
                 if c.suggestion.utterance_index == index and c in window.cards._awaiting_paint]
        if fresh and all(c.visibleRegion().isEmpty() for c in fresh):
            with cond:
                below_fold.add(index)
                cond.notify_all()

    def on_applied(indices: list[int]) -> None:
        with cond:
            applied.update(indices)
            cond.notify_all()
        for index in indices:
            for delay in (40, 120, 400):  # after the layout pass that places the new cards
                QTimer.singleShot(delay, lambda i=index: check_fold(i))

    window.cards.card_painted.connect(on_card_painted, Qt.ConnectionType.DirectConnection)
    controller.suggestions_applied.connect(on_applied, Qt.ConnectionType.DirectConnection)

    shadow = Session(PlaybookEngine(copilot.playbook, copilot.settings["policies"]), None, context={},
                     source="bench",
                     default_language=copilot.settings["default_language"] or copilot.playbook.default_language,
                     card_ttl=copilot.settings["card_ttl"])
    shadow.start()
    lat: dict[str, Any] = {"bench_ms": [], "http_ms": [], "card_ms": [], "after_http_ms": [], "cold_ms": None,
                           "skipped": 0, "timeouts": 0, "below_fold": 0, "http_errors": [], "done": False,
                           "error": None}

    def diagnose(index: int, expected: int) -> dict[str, Any]:
        viewport = window.cards.parentWidget()  # the scroll area's viewport
        view_h = viewport.height() if viewport is not None else -1
        return {"index": index, "expected": expected, "paints_for_index": [p for p in paints if p[0] == index],
                "awaiting": len(window.cards._awaiting_paint), "viewport_h": view_h,
                "cards": [(c.suggestion.utterance_index, c.y(), c.height(), c.isVisible(),
                           c.visibleRegion().isEmpty()) for c in window.cards.cards]}

    def latency_client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        path = f"/v1/sessions/{latency_session}/utterances"
        measured = 0
        deadline = time.monotonic() + LATENCY_BUDGET_S
        try:
            for i, text in enumerate(bc.triggering_customer_lines(data, n * 4)):
                if measured >= n or time.monotonic() > deadline:
                    break
                su = shadow.add_utterance("customer", text)
                expected = len(shadow.offer(shadow.suggest(su), su.index).shown)
                body = json.dumps({"speaker": "customer", "text": text, "final": True,
                                   "utterance_id": f"lat-{i}"}).encode()
                t0 = time.perf_counter_ns()
                conn.request("POST", path, body, headers)
                resp = conn.getresponse()
                resp.read()
                t1 = time.perf_counter_ns()
                if resp.status != 202:
                    lat["http_errors"].append(resp.status)
                    break
                index = su.index

                def painted_count(i: int = index) -> int:
                    return sum(p[0] == i for p in paints)

                with cond:
                    if not expected:  # puts up no new card (cooldown, already visible): let it pass
                        cond.wait_for(lambda i=index: i in applied, PAINT_TIMEOUT_S)
                        lat["skipped"] += 1
                        continue
                    ok = cond.wait_for(lambda i=index: i in below_fold or painted_count(i) > 0, PAINT_TIMEOUT_S)
                    if ok and not painted_count():
                        lat["below_fold"] += 1
                        continue
                    if not ok:
                        lat["timeouts"] += 1
                        if os.environ.get("BENCH_API_DEBUG"):
                            lat.setdefault("debug", []).append(diagnose(index, expected))
                        continue
                    first = next(p for p in paints if p[0] == index)
                    # let the line's other new cards paint before the next line goes out
                    cond.wait_for(lambda n=expected: painted_count() >= n, 0.2)
                measured += 1
                if measured <= WARMUP:
                    if lat["cold_ms"] is None:
                        lat["cold_ms"] = (first[2] - t0) / 1e6
                    continue
                lat["bench_ms"].append((first[2] - t0) / 1e6)
                lat["http_ms"].append((t1 - t0) / 1e6)
                lat["after_http_ms"].append((first[2] - t1) / 1e6)
                lat["card_ms"].append(first[1])
                time.sleep(0.005)
            # end the call, so the first load session is shown when it opens
            conn.request("POST", f"/v1/sessions/{latency_session}/end", b"", headers)
            conn.getresponse().read()
        except Exception as exc:  # reported, not swallowed
            lat["error"] = repr(exc)
        finally:
            conn.close()
            lat["done"] = True

    t_lat = time.perf_counter()
    thread = threading.Thread(target=latency_client, name="bench-latency-client", daemon=True)
    thread.start()
    run_until(lambda: lat["done"], LATENCY_BUDGET_S + 10)
    thread.join(5)
    lat["seconds"] = time.perf_counter() - t_lat
    window.cards.card_painted.disconnect(on_card_painted)
    controller.suggestions_applied.disconnect(on_applied)
    QTest.qWait(100)

    # ---- 2. sustained load: 1,000 utterances/s over 10 sessions ------------------------------------
    seconds = seconds or (LOAD_SECONDS_QUICK if quick else LOAD_SECONDS)
    per_session = int(rate * seconds / LOAD_SESSIONS)
    demos = bc.demo_data()
    plan_sessions: dict[str, list[list[str]]] = {}
    for k in range(LOAD_SESSIONS):
        name = f"load-{k}"
        lines = bc.build_conversation(data, demos, n=per_session, seed=bc.SEED + 101 * (k + 1))
        plan_sessions[name] = [[speaker, f"{text} #{k}.{seq}", f"{name}-u{seq}"]
                               for seq, (speaker, text) in enumerate(lines)]
    plan = {"port": port, "token": token, "rate": rate, "sessions": plan_sessions}
    work = data_dir / "bench-api"
    work.mkdir(exist_ok=True)
    plan_path, client_out = work / "plan.json", work / "client.json"
    plan_path.write_text(json.dumps(plan), encoding="utf-8")
    os.chmod(plan_path, 0o600)

    ticks: list[int] = []
    tick_timer = QTimer()
    tick_timer.setTimerType(Qt.TimerType.PreciseTimer)
    tick_timer.setInterval(STALL_TICK_MS)
    tick_timer.timeout.connect(lambda: ticks.append(time.monotonic_ns()))
    handled_base = inbox.handled
    max_pending = 0
    client_state: dict[str, Any] = {"result": None, "error": None, "exit": None, "stderr": ""}

    profiler = None
    if cprofile:
        import cProfile

        profiler = cProfile.Profile()
    timings.reset()
    timings.on = True
    tick_timer.start()
    t_load = time.monotonic()
    ui_cpu0, proc_cpu0 = time.thread_time(), time.process_time()
    threads0 = _thread_cpu()
    if profiler is not None:
        profiler.enable()
    proc = None
    if inproc_client:
        def run_inproc() -> None:
            try:
                client_state["result"] = asyncio.run(_load(plan))
            except Exception as exc:
                client_state["error"] = repr(exc)

        client_thread = threading.Thread(target=run_inproc, name="bench-load-client", daemon=True)
        client_thread.start()
        client_alive = client_thread.is_alive
    else:
        client_err = (work / "client.err").open("w", encoding="utf-8")
        proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--load-client", str(plan_path),
                                 str(client_out)], stdout=subprocess.DEVNULL, stderr=client_err, cwd=str(bc.ROOT))
        client_alive = lambda: proc.poll() is None  # noqa: E731

    def load_done() -> bool:
        nonlocal max_pending
        max_pending = max(max_pending, controller.runner.pending)
        return not client_alive()

    client_limit = seconds + SEND_GRACE_S + 5
    run_until(load_done, client_limit)
    if proc is not None:
        if proc.poll() is None:
            proc.kill()
            client_state["error"] = f"load client killed after {client_limit:.0f} s"
        proc.wait(10)
        client_err.close()
        client_state["stderr"] = (work / "client.err").read_text(encoding="utf-8", errors="replace")
        client_state["exit"] = proc.returncode
        if client_out.exists():
            client_state["result"] = json.loads(client_out.read_text(encoding="utf-8"))
    client_done_ns = time.monotonic_ns()
    result = client_state["result"] or {}
    accepted_total = sum(len(v) for v in result.get("accepted", {}).values())

    def caught_up() -> bool:
        nonlocal max_pending
        max_pending = max(max_pending, controller.runner.pending)
        return inbox.handled - handled_base >= accepted_total and controller.runner.pending == 0

    drained = run_until(caught_up, DRAIN_TIMEOUT_S)
    drain_end_ns = time.monotonic_ns()
    tick_timer.stop()
    if profiler is not None and cprofile:
        profiler.disable()
        profiler.dump_stats(cprofile)
    timings.on = False
    ui_cpu_s, proc_cpu_s = time.thread_time() - ui_cpu0, time.process_time() - proc_cpu0
    threads1 = _thread_cpu()
    thread_cpu = {name: round(cpu - threads0.get(name, 0.0), 2) for name, cpu in threads1.items()
                  if cpu - threads0.get(name, 0.0) >= 0.05}
    handled = inbox.handled - handled_base
    load_wall_s = time.monotonic() - t_load
    flushed = copilot.recorder.flush(FLUSH_TIMEOUT_S) if copilot.recorder is not None else False
    rss_end = bc.rss_mb()

    # what reached SQLite, per session, in index order
    store = Store(copilot.recorder.path if copilot.recorder else data_dir / "copilot.db")
    by_external = {row["id"]: row["external_id"] for row in store.rows("sessions")}
    stored: dict[str, list[str]] = defaultdict(list)
    for row in sorted(store.rows("utterances"), key=lambda r: (r["session_id"], r["idx"])):
        external = by_external.get(row["session_id"])
        if external in plan_sessions:
            stored[external].append(row["text"])
    store.close()
    per_session_check = {}
    for name, planned_lines in plan_sessions.items():
        sent_texts = [planned_lines[seq][1] for seq in result.get("accepted", {}).get(name, [])]
        got = stored.get(name, [])
        got_set = set(got)
        lost = sum(1 for t in sent_texts if t not in got_set)
        tags = [tuple(map(int, m.groups())) if (m := TAG.search(t)) else None for t in got]
        seqs = [t[1] for t in tags if t is not None]
        inversions = sum(1 for a, b in zip(seqs, seqs[1:], strict=False) if b <= a)
        per_session_check[name] = {"accepted": len(sent_texts), "stored": len(got), "lost": lost,
                                   "in_order": got == sent_texts, "inversions": inversions,
                                   "extra": len(got) - (len(sent_texts) - lost)}

    # stall: gaps between firings of the 5 ms timer while the load ran and the panel caught up
    start_ns = result.get("start_ns", 0)
    # the last firing before the first send opens the window; the end of the drain closes it
    before = [t for t in ticks if t < start_ns]
    window_ticks = (before[-1:] + [t for t in ticks if start_ns <= t <= drain_end_ns] + [drain_end_ns]
                    if start_ns else ticks)
    gaps = [(b - a) / 1e6 for a, b in zip(window_ticks, window_ticks[1:], strict=False)]
    worst_at = None
    if gaps:
        i = max(range(len(gaps)), key=gaps.__getitem__)
        worst_at = (window_ticks[i], window_ticks[i + 1])
    during_send = [(b - a) / 1e6 for a, b in zip(ticks, ticks[1:], strict=False)
                   if start_ns and start_ns <= a and b <= result.get("end_ns", 0)]
    overlapping: dict[str, list[float]] = defaultdict(list)  # long calls inside the worst gap
    if worst_at:
        for t0, ms, label in timings.long_calls:
            if t0 < worst_at[1] and t0 + ms * 1e6 > worst_at[0]:
                overlapping[label].append(ms)
    long_calls = sorted(timings.long_calls, key=lambda c: -c[1])[:8]

    result_out = {
        "exposed": bool(exposed), "platform": QApplication.platformName(), "port": port,
        "playbook_entries": len(copilot.playbook.entries),
        "latency": {k: v for k, v in lat.items()},
        "load": {
            "inproc_client": inproc_client, "seconds": seconds, "rate": rate, "sessions": LOAD_SESSIONS,
            "planned": result.get("planned", LOAD_SESSIONS * per_session), "sent": result.get("sent", 0),
            "accepted": accepted_total, "statuses": result.get("statuses", {}), "errors": result.get("errors", []),
            "client_error": client_state["error"], "client_exit": client_state["exit"],
            "client_stderr": (client_state["stderr"] or "")[-1500:],
            "send_s": ((result.get("last_send_ns", 0) - start_ns) / 1e9) if start_ns else 0.0,
            "client_s": ((result.get("end_ns", 0) - start_ns) / 1e9) if start_ns else 0.0,
            "drain_ms": ((drain_end_ns - client_done_ns) / 1e6) if drained else None,
            "catch_up_ms": ((drain_end_ns - result["end_ns"]) / 1e6) if (drained and start_ns) else None,
            "drained": drained, "handled": handled, "max_pending_jobs": max_pending,
            "flushed": flushed, "per_session": per_session_check, "rtt_ms": result.get("rtt_ms", []),
            "gaps_ms": gaps, "gaps_send_ms": during_send, "ticks": len(window_ticks),
            "worst_overlapping": {k: [len(v), round(sum(v)), round(max(v), 1)] for k, v in overlapping.items()},
            "long_calls": [[round(ms, 1), label] for _, ms, label in long_calls],
            "timings": [[label, thread, *v] for (label, thread), v in timings.stats.items()], "wall_s": load_wall_s,
            "ui_cpu_s": ui_cpu_s, "proc_cpu_s": proc_cpu_s, "thread_cpu": thread_cpu,
            "shown_session_lines": window.conversation.lines, "tabs": window.session_tabs.count(),
            "recorder_failures": copilot.recorder.failures if copilot.recorder else None,
        },
        "rss_process": rss_process, "rss_start": rss_start, "rss_end": rss_end,
    }
    for path in (plan_path, client_out, work / "client.err"):
        path.unlink(missing_ok=True)
    copilot.close()
    window.close()
    out.write_text(json.dumps(result_out), encoding="utf-8")


# -- the runner side -------------------------------------------------------------------------------


def run(quick: bool = False, inproc_client: bool = False, cprofile: str | None = None, rate: int = LOAD_RATE,
        seconds: float | None = None) -> list[dict[str, Any]]:
    bc.require_resources()
    args = (["--quick"] if quick else []) + (["--inproc-client"] if inproc_client else [])
    args += ["--rate", str(rate)] + (["--seconds", str(seconds)] if seconds else [])
    if cprofile:
        args += ["--cprofile", str(Path(cprofile).resolve())]
    r = bc.run_child(Path(__file__), args, {}, timeout=110)
    lat, load = r["latency"], r["load"]
    figures: list[dict[str, Any]] = []

    # 1. latency
    note = (f"{r['platform']} platform, exposed={r['exposed']}, default playbook ({r['playbook_entries']} "
            f"entries), keep-alive client thread in the panel's process, {WARMUP} warm-up lines excluded")
    figures.append(bc.dist("API POST sent → first new card painted (bench clock)", lat["bench_ms"], "ms",
                           target=("p95", TARGET_P95_MS), note=note))
    figures.append(bc.dist("  of which: HTTP round-trip (POST → 202 read)", lat["http_ms"], "ms"))
    figures.append(bc.dist("  of which: 202 read → card painted", lat["after_http_ms"], "ms"))
    figures.append(bc.dist("  product card_ms: line taken by the desk → painted", lat["card_ms"], "ms"))
    if lat["cold_ms"] is not None:
        figures.append(bc.value("first card of the API session (cold, not in the figures above)", lat["cold_ms"],
                                "ms"))
    problems = []
    if lat["error"]:
        problems.append(f"client error {lat['error']}")
    if lat["http_errors"]:
        problems.append(f"HTTP {lat['http_errors']}")
    figures.append(bc.value("lines measured / not triggering a new card / timed out", len(lat["bench_ms"]), "",
                            note=f"{lat['skipped']} skipped, {lat['below_fold']} whose only new card was laid "
                                 f"out below the visible card area (never painted, so no card_painted), "
                                 f"{lat['timeouts']} timeouts (> {PAINT_TIMEOUT_S:g} s "
                                 f"with no paint), {lat['seconds']:.1f} s" + ("; " + "; ".join(problems)
                                                                             if problems else ""),
                            timeouts=lat["timeouts"]))

    # 2. sustained load
    planned, accepted = load["planned"], load["accepted"]
    per = load["per_session"]
    stored = sum(s["stored"] for s in per.values())
    lost = sum(s["lost"] for s in per.values())
    out_of_order = [name for name, s in per.items() if not s["in_order"]]
    achieved = load["sent"] / load["send_s"] if load["send_s"] > 0 else 0.0
    where = "a thread in the panel's process" if load["inproc_client"] else "a separate process"
    figures.append(bc.value("load: achieved send rate", achieved, "utt/s",
                            note=f"{load['sent']} of {planned} sent in {load['send_s']:.2f} s by {where} "
                                 f"(aiohttp, {load['sessions']} keep-alive connections, one per session, "
                                 f"each session in order); target pace {load['rate']}/s"))
    figures.append(bc.value("load: accepted (HTTP 202)", accepted, "",
                            note=f"statuses {load['statuses']}" + (f"; errors {load['errors']}"
                                                                   if load["errors"] else "")
                                 + (f"; client: {load['client_error']}" if load["client_error"] else "")))
    figures.append(bc.value("load: accepted but not handled by the panel", max(accepted - load["handled"], 0),
                            "msgs", target=0,
                            note=f"Inbox.handled {load['handled']} of {accepted}; caught up "
                                 + (f"{load['catch_up_ms']:.0f} ms after the client's last response"
                                    if load["catch_up_ms"] is not None else
                                    f"NOT within {DRAIN_TIMEOUT_S:g} s")
                                 + f"; most engine jobs queued {load['max_pending_jobs']}"))
    figures.append(bc.value("load: lost (accepted, not in SQLite after recorder.flush())", lost, "utt", target=0,
                            note=f"{stored} stored for the load sessions, flush "
                                 f"{'ok' if load['flushed'] else 'TIMED OUT'}, recorder failures "
                                 f"{load['recorder_failures']}; per session stored/accepted: "
                                 + ", ".join(f"{s['stored']}/{s['accepted']}" for s in per.values())))
    figures.append(bc.value("load: sessions whose stored order ≠ sent order", len(out_of_order), "", target=0,
                            note=("all " + str(len(per)) + " in order (texts compared, each tagged with its "
                                  "sequence number)") if not out_of_order else
                            "; ".join(f"{n}: {per[n]['lost']} lost, {per[n]['inversions']} inversions, "
                                      f"{per[n]['extra']} extra" for n in out_of_order)))
    gaps = load["gaps_ms"]
    figures.append(bc.value("load: longest UI-thread stall (max gap of a 5 ms timer)", max(gaps) if gaps else
                            float("nan"), "ms", target=TARGET_STALL_MS,
                            note=f"p99 gap {bc.percentile(gaps, 99):.1f} ms, median "
                                 f"{bc.percentile(gaps, 50):.1f} ms over {len(gaps)} gaps, from the first "
                                 f"send until the panel caught up ({load['wall_s']:.1f} s of load and drain: "
                                 f"≈{load['wall_s'] * 1000 / STALL_TICK_MS:.0f} firings if never held up)"
                                 + ("; inside the longest gap, calls ≥ " + f"{LONG_CALL_MS:g} ms: " + ", ".join(
                                     f"{label} ×{n} ({total} ms, longest {worst} ms)"
                                     for label, (n, total, worst) in load["worst_overlapping"].items())
                                    if load["worst_overlapping"] else "")))
    if load["gaps_send_ms"]:
        g = load["gaps_send_ms"]
        figures.append(bc.value("  while sending only: max / p99 timer gap", max(g), "ms",
                                note=f"p99 {bc.percentile(g, 99):.1f} ms over {len(g)} gaps"))
    if load["rtt_ms"]:
        figures.append(bc.dist("load: HTTP round-trip per request (client side)", load["rtt_ms"], "ms",
                               note=f"p99 {bc.percentile(load['rtt_ms'], 99):.1f} ms"))
    figures.append(bc.value("load: panel process RSS at end (VmRSS)", r["rss_end"]["vmrss"], "MB",
                            note=f"{r['rss_start']['vmrss']:.1f} MB before the latency run, peak "
                                 f"{r['rss_end']['ru_maxrss']:.1f} MB; shown session "
                                 f"{load['shown_session_lines']} lines, {load['tabs']} tabs"))
    wall = load["wall_s"] * 1000
    rows = sorted(load["timings"], key=lambda row: (row[1] != "UI", -row[3]))
    lines = [f"{'handler':38} {'thread':6} {'calls':>6} {'wall ms':>8} {'% of run':>8} {'CPU ms':>7} "
             f"{'mean µs':>8} {'max ms':>7}"]
    for label, thread, calls, total, worst, cpu in rows:
        lines.append(f"{label:38} {thread:6} {int(calls):6d} {total:8.0f} {100 * total / wall:7.1f}% {cpu:7.0f} "
                     f"{1000 * total / max(calls, 1):8.0f} {worst:7.1f}")
    lines.append("(nested on the UI thread: _on_messages_waiting and the drawing of engine results hold "
                 "PanelController.apply, which may hold _render_board and show_suggestions. On worker threads: "
                 "Desk.receive (the API reader) holds add_utterance; Desk.work (the engine lane) holds suggest and "
                 "offer. wall − CPU is time the thread waited, mostly for the GIL)")
    ui_cpu = load.get("ui_cpu_s")
    if ui_cpu is not None:
        lines.append(f"UI thread CPU over the run: {ui_cpu:.1f} s of {load['wall_s']:.1f} s; whole process CPU "
                     f"{load['proc_cpu_s']:.1f} s")
    if load.get("thread_cpu"):
        lines.append("CPU s per thread (one GIL between them): " + ", ".join(
            f"{name} {cpu:.1f}" for name, cpu in sorted(load["thread_cpu"].items(), key=lambda kv: -kv[1])))
    if load["long_calls"]:
        lines.append("longest top-level calls: " + ", ".join(f"{label} {ms} ms" for ms, label in load["long_calls"]))
    figures.append({"name": f"load: where the UI thread and the engine lane went ({load['wall_s']:.1f} s of load "
                            "and drain)",
                    "type": "text", "lines": lines})
    if load["client_stderr"].strip():
        figures.append({"name": "load client stderr", "type": "text",
                        "lines": load["client_stderr"].strip().splitlines()[-10:]})
    if load["client_exit"]:
        figures.append(bc.value("load client exit code", load["client_exit"], ""))
    figures += bc.child_health(r, 0)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--inproc-client", action="store_true",
                        help="run the load client on a thread of the panel's process")
    parser.add_argument("--cprofile", metavar="FILE", help="cProfile the UI thread during the load into FILE")
    parser.add_argument("--rate", type=int, default=LOAD_RATE, help=f"load: utterances/s (default {LOAD_RATE})")
    parser.add_argument("--seconds", type=float, help=f"load: seconds (default {LOAD_SECONDS:g}, quick "
                                                      f"{LOAD_SECONDS_QUICK:g})")
    parser.add_argument("--transport", choices=["http", "ws"], default="http",
                        help="load: one POST per line (http) or one WebSocket per session (ws)")
    parser.add_argument("--child", metavar="OUT", help=argparse.SUPPRESS)
    parser.add_argument("--load-client", nargs=2, metavar=("PLAN", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ["BENCH_API_TRANSPORT"] = args.transport  # inherited by the load client's process
    if args.load_client:
        load_client_main(Path(args.load_client[0]), Path(args.load_client[1]))
        return 0
    if args.child:
        child(Path(args.child), args.quick, args.inproc_client, args.cprofile, args.rate, args.seconds)
        return 0
    bc.print_figures("local API: POST to card painted, and sustained load",
                     run(args.quick, args.inproc_client, args.cprofile, args.rate, args.seconds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
