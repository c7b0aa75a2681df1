"""The core stays Qt-free, so the CLI and any future server run without a display stack."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import copilot

PACKAGE = Path(copilot.__file__).parent
QT_ALLOWED = ("panel/", "shell/", "app.py")  # and every feature's qt/ folder


def core_modules() -> list[Path]:
    return [
        path for path in PACKAGE.rglob("*.py")
        if not path.relative_to(PACKAGE).as_posix().startswith(QT_ALLOWED)
        and "qt" not in path.relative_to(PACKAGE).parts[:-1]
    ]


def test_no_core_module_imports_pyside6():
    offenders = []
    for path in core_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in names):
                offenders.append(path.relative_to(PACKAGE).as_posix())
    assert core_modules(), "found no core modules to check"
    assert offenders == []


def test_headless_suggest_runs_without_loading_qt(tmp_path):
    transcript = tmp_path / "t.txt"
    transcript.write_text("Customer: this is way too expensive for me\n", encoding="utf-8")
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['copilot', 'suggest', {str(transcript)!r}]\n"
        "from copilot.cli.main import main\n"
        "code = main(sys.argv[1:])\n"
        "assert code == 0, code\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "objection" in result.stdout
