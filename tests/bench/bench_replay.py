"""Replay: opening a 5,000-line session, seeking in it, and "what if" over a one-hour call.

    python tests/bench/bench_replay.py [--quick]

* open  read the session from SQLite (record + mood line) and lay it out in the real replay window
        until painted; target p95 ≤ 300 ms. The bare ``load_record`` is the baseline in the same run.
* seek  move the playhead to a random moment and repaint (transcript, board, timeline);
        target p95 ≤ 50 ms.
* what-if  re-run a one-hour call (600 lines) through the default playbook; target ≤ 2 s. The bare
        engine over the same lines (suggest per line, no board) is the baseline.

The sessions are recorded by the real ``Session`` and ``BackgroundRecorder`` with the default playbook
and a scripted agent, so boards, cards and decisions are what the panel writes. Runs in a child
process (offscreen Qt, temporary data dir).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_common as bc  # noqa: E402

LINES = [
    ("customer", "Hello, I have a question about my latest invoice"),
    ("agent", "Good morning, thank you for calling, how can I help?"),
    ("customer", "This is way too expensive, I am thinking of cancelling"),
    ("agent", "I understand, let me look at your plan"),
    ("customer", "Het is veel te duur en ik wil opzeggen"),
    ("agent", "Dat begrijp ik, ik kijk even mee"),
    ("customer", "C'est beaucoup trop cher, je veux résilier"),
    ("agent", "Je comprends, je regarde votre contrat"),
    ("customer", "זה יקר מדי, אני רוצה לבטל את המנוי"),
    ("agent", "אני מבין, אני בודק את החבילה שלך"),
    ("customer", "Can I speak to a manager please"),
    ("agent", "Of course, one moment"),
    ("customer", "My internet keeps dropping every evening"),
    ("agent", "I am sorry about that, let me run a line test"),
    ("customer", "Thanks, that is really helpful"),
    ("agent", "You are welcome, anything else I can do?"),
]


def record(path: Path, lines: int) -> str:
    from copilot.config import paths
    from copilot.live.session import Session, UnknownSuggestion
    from copilot.playbook.engine import PlaybookEngine
    from copilot.playbook.file import load_playbook
    from copilot.record.recorder import BackgroundRecorder

    recorder = BackgroundRecorder(path)
    ticks = itertools.count(1_700_000_000.0, 1.5)
    session = Session(PlaybookEngine(load_playbook(paths.default_playbook_path())), recorder, agent="ann",
                      channel="phone", clock=lambda: next(ticks))
    session.start()
    for n in range(lines):
        speaker, text = LINES[n % len(LINES)]
        utterance = session.add_utterance(speaker, text)
        session.offer(session.suggest(utterance))
        if speaker == "agent" and session.cards:
            card = session.cards[0]
            try:
                if n % 3 == 0:
                    session.insert(card.id)
                elif n % 3 == 1:
                    session.insert(card.id, card.text + " Anything else?")
                else:
                    session.discard(card.id, "irrelevant")
            except UnknownSuggestion:
                pass
    session.end(outcome="resolved")
    recorder.flush(60)
    recorder.close()
    return session.id


def child(out: Path, quick: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from copilot.coaching.qt.replay_window import ReplayWindow
    from copilot.coaching.service import CoachingService
    from copilot.coaching.whatif import rerun
    from copilot.config import paths
    from copilot.engines.factory import local_engine
    from copilot.playbook.engine import PlaybookEngine
    from copilot.playbook.file import load_playbook
    from copilot.record.session_record import load_record
    from copilot.record.storage import Store
    from copilot.shell import theme

    app = QApplication([])
    app.setStyle("Fusion")
    palette = theme.tokens("light")
    app.setStyleSheet(theme.stylesheet(palette))
    data = paths.data_dir()
    long_db, hour_db = data / "long.db", data / "hour.db"
    t0 = time.perf_counter()
    long_id = record(long_db, 1000 if quick else 5000)
    hour_id = record(hour_db, 600)
    setup_s = time.perf_counter() - t0

    def bare_load() -> None:
        store = Store(long_db)
        try:
            load_record(store.db.conn, long_id)
        finally:
            store.close()

    rounds = 5 if quick else 15
    service = CoachingService(long_db)
    window = ReplayWindow(service, palette)
    window.resize(1180, 760)
    window.show()
    app.processEvents()
    open_ms, load_ms = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        bare_load()
        load_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        window.show_record(*service.load_replay(long_id))
        window.repaint()
        app.processEvents()
        open_ms.append((time.perf_counter() - t) * 1000)

    rng = random.Random(bc.SEED)
    duration = window.record.duration
    seek_ms = []
    for _ in range(60 if quick else 300):
        t = time.perf_counter()
        window.seek(rng.uniform(0, duration))
        window.repaint()
        app.processEvents()
        seek_ms.append((time.perf_counter() - t) * 1000)

    store = Store(hour_db)
    hour = load_record(store.db.conn, hour_id)
    store.close()
    playbook = load_playbook(paths.default_playbook_path())
    whatif_ms, bare_ms = [], []
    for _ in range(3 if quick else 7):
        engine = PlaybookEngine(playbook)
        t = time.perf_counter()
        from copilot.model import Conversation, Speaker, Utterance

        conversation = Conversation()
        for turn in hour.turns:
            utterance = conversation.add(Utterance(Speaker(turn.speaker), turn.text))
            engine.suggest(conversation, utterance)
        bare_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        result = rerun(hour, local_engine(playbook).engine)
        whatif_ms.append((time.perf_counter() - t) * 1000)
    window.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.write_text(json.dumps({
        "open_ms": open_ms, "load_ms": load_ms, "seek_ms": seek_ms, "whatif_ms": whatif_ms, "bare_ms": bare_ms,
        "lines": len(window.record.turns), "cards": len(window.record.cards), "boards": len(window.record.boards),
        "hour_lines": len(hour.turns), "changed": result.changed_rows, "setup_s": setup_s, "peak_mb": peak_mb,
    }), encoding="utf-8")


def run(quick: bool = False) -> list[dict[str, Any]]:
    result = bc.run_child(Path(__file__), ["--quick"] if quick else [], {}, timeout=900)
    lines = result["lines"]
    open_ratio = bc.percentile(result["open_ms"], 50) / max(bc.percentile(result["load_ms"], 50), 1e-6)
    whatif_ratio = bc.percentile(result["whatif_ms"], 50) / max(bc.percentile(result["bare_ms"], 50), 1e-6)
    return [
        bc.dist(f"open a {lines:,}-line session for replay (read + lay out + paint)", result["open_ms"],
                target=("p95", 300.0),
                note=f"{result['cards']:,} cards, {result['boards']:,} board changes; {open_ratio:.1f}× the bare read"),
        bc.dist("  baseline: load_record alone", result["load_ms"]),
        bc.dist(f"seek to a random moment and repaint ({lines:,} lines)", result["seek_ms"], target=("p95", 50.0)),
        bc.dist(f"what-if over a one-hour call ({result['hour_lines']} lines)", result["whatif_ms"],
                target=("max", 2000.0), note=f"{whatif_ratio:.2f}× the bare engine over the same lines"),
        bc.dist("  baseline: engine.suggest per line, no board", result["bare_ms"]),
        bc.value("peak memory of the replay process", round(result["peak_mb"], 1), "MB"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", metavar="OUT")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.child:
        child(Path(args.child), args.quick)
    else:
        bc.require_resources()
        bc.print_figures("replay: open, seek, what-if", run(args.quick))
