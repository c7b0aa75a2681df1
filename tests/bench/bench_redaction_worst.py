"""Benchmark: the redactor on the longest line a source may send (``MAX_TEXT`` characters) in its worst shapes.

A customer who pastes a table of numbers, a log, or a list of names sends one line of up to 20,000 characters; each
AI request redacts it (once per context, remembered). Shapes that made detectors try every start to the end of the
line (a number-word run, a spoken e-mail, a possessive before "name") took up to a minute each. Each shape is timed
on a fresh vault (``--repeat`` times), beside ordinary prose of the same length as the baseline in the same process;
the figure to watch is the ratio to prose.

    python tests/bench/bench_redaction_worst.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_common as bc  # noqa: E402

from copilot.live.protocol import MAX_TEXT  # noqa: E402
from copilot.privacy.redaction import Vault  # noqa: E402

PROSE = ("Hello, I have a question about my last invoice. The amount is higher than the month before, and I do not "
         "understand why. Could you check what changed and tell me if I can pay it in two parts? ")
SHAPES = {
    "prose (baseline)": PROSE,
    "digits with spaces": "1 ",
    "digit pairs": "12 ",
    "digits with dashes": "1-",
    "a plus and a country code": "+31 ",
    "capitalised first names": "Jan ",
    "dotted letters": "a.",
    "spoken 'oh'": "oh ",
    "Dutch number words": "zes ",
    "Hebrew words": "אבג ",
    "street and number": "straat 1 ",
    "IBAN-like groups": "NL91 ",
}


def _line(unit: str) -> str:
    return (unit * (MAX_TEXT // len(unit) + 1))[:MAX_TEXT]


def run(repeat: int = 3) -> list[dict[str, object]]:
    figures: list[dict[str, object]] = []
    baseline = None
    for name, unit in SHAPES.items():
        text, times = _line(unit), []
        for _ in range(repeat):
            vault = Vault()
            started = time.perf_counter()
            vault.redact(text)
            times.append((time.perf_counter() - started) * 1000)
        median = bc.percentile(times, 50)
        baseline = baseline or median
        figures.append(bc.dist(name, times, note=f"{median / baseline:.1f}x prose"))
    figures.append(bc.value("peak memory (RSS)", round(bc.rss_mb()["vmhwm"], 1), "MB"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    bc.print_figures(f"redaction of one {MAX_TEXT:,}-character line, worst shapes ({args.repeat} runs each)",
                     run(args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
