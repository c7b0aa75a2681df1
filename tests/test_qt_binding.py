"""The Qt binding must keep Python's reference counts, or a long shift ends in an abort.

PySide6 6.12.0 drops a reference to None or True on signal emissions; on Python 3.11 that aborts
the process ("bool_dealloc") after a few hundred utterances. pyproject.toml keeps that release out;
this test catches a binding that brings the fault back.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Source(QObject):
        number = Signal(int)
        flag = Signal(bool)
        nothing = Signal()

    app = QCoreApplication([])
    source = Source()
    received = []
    source.number.connect(lambda value: received.append(value))
    source.flag.connect(lambda value: received.append(value))
    source.nothing.connect(lambda: received.append(None))
    before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(5000):
        source.number.emit(i)
        source.flag.emit(True)
        source.nothing.emit()
        source.setObjectName("x")
    received.clear()
    after = sys.getrefcount(None), sys.getrefcount(True)
    print(after[0] - before[0], after[1] - before[1])
    """
)


def test_signals_do_not_leak_references_to_none_or_true():
    # In a subprocess: a binding with the fault aborts the interpreter it runs in.
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    none_drift, true_drift = map(int, result.stdout.split())
    assert none_drift > -100 and true_drift > -100, (none_drift, true_drift)
