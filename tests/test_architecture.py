"""The core stays Qt-free, so the CLI and any future server run without a display stack; and the session
record has one door, so no window opens the database and no SQL over its schema lives outside the record."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import copilot

PACKAGE = Path(copilot.__file__).parent
QT_ALLOWED = ("panel/", "shell/", "app.py", "cli/windows.py")  # and every feature's qt/ folder


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


# -- the session record has one door --------------------------------------------------------------

UI_PACKAGES = ("coaching/qt", "panel", "shell", "admin/qt")  # windows reach the record through a service
RECORD_INTERNALS = ("copilot.record.storage", "copilot.record.library", "copilot.record.archive",
                    "copilot.record.privacy", "copilot.record.recorder", "sqlite3", "sqlite_utils")
SQL = re.compile(r"\b(SELECT\b.+\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TEMP\s+)?TABLE)\b",
                 re.DOTALL)
OWN_SQL = {  # SQL outside copilot/record/ that is not about the session record
    "knowledge/store.py": "the knowledge base's own database",
    "admin/selftest.py": "probes this Python's FTS5 on a throwaway in-memory database",
}
OWN_SQL_PACKAGES = {"central/": "the central record's own PostgreSQL schema, read and written only there"}


def imported_modules(path: Path, root: Path = PACKAGE) -> list[str]:
    """Every module ``path`` imports, by absolute name: ``from copilot.record import storage`` counts as
    ``copilot.record.storage``, and relative imports are resolved against the module's own package."""
    package = ".".join(("copilot", *path.relative_to(root).parts[:-1]))
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            names += [base, *(f"{base}.{alias.name}" for alias in node.names)]
    return names


def test_no_window_opens_the_session_database_itself():
    offenders = []
    checked = [path for folder in UI_PACKAGES for path in (PACKAGE / folder).rglob("*.py")]
    for path in checked:
        for name in imported_modules(path):
            if any(name == banned or name.startswith(banned + ".") for banned in RECORD_INTERNALS):
                offenders.append(f"{path.relative_to(PACKAGE).as_posix()} imports {name}")
    assert len(checked) > 20, "found too few window modules to check"
    assert offenders == []


def test_sql_over_the_session_schema_lives_only_in_the_record_package():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        where = path.relative_to(PACKAGE).as_posix()
        if where.startswith(("record/", *OWN_SQL_PACKAGES)) or where in OWN_SQL:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                offenders.append(f"{where}:{node.lineno}")
    assert offenders == []


def test_the_architecture_checks_see_every_way_of_writing_what_they_forbid(tmp_path):
    sneaky = tmp_path / "copilot" / "coaching" / "qt" / "sneaky.py"
    sneaky.parent.mkdir(parents=True)
    sneaky.write_text("from copilot.record import storage\nfrom ...record.archive import export_session\n"
                      "import sqlite3 as db\n", encoding="utf-8")
    found = set(imported_modules(sneaky, tmp_path / "copilot"))
    assert {"copilot.record.storage", "copilot.record.archive", "sqlite3"} <= found
    for query in ("SELECT id FROM sessions WHERE id = ?", "select_all", "UPDATE sessions SET tags = ?",
                  "DELETE FROM notes WHERE id = ?", "INSERT INTO notes (text) VALUES (?)"):
        assert bool(SQL.search(query)) == (query != "select_all"), query


def test_the_import_contracts_hold():
    """The walls in pyproject.toml (layers, Qt only in the Qt halves, windows opened only through
    copilot.cli.windows, no window at the database, no import circles), checked as .ci/run checks them."""
    root = PACKAGE.parent
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(linter), "--no-cache", "--config", str(root / "pyproject.toml")], cwd=root,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout
