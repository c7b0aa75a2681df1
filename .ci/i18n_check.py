"""Fails the build on words an agent would read in English under a Dutch, French or Hebrew panel.

Two kinds of slip, both named by file and line:

* a string literal handed to something that shows it (``setText``, ``QLabel(...)``, ``setToolTip``,
  ``addAction``, ``QMessageBox.warning``, ``show_toast`` ...) in the Qt halves without going through
  ``self.tr``/``QCoreApplication.translate``/``translate``, or a translation call lupdate cannot read (an
  f-string, a variable);
* in the command line (``copilot/cli``, the self-test), a literal with words printed (``print``,
  ``sys.stderr.write``, ``out.write``), handed to its ``_say``/``_fail`` helpers, or given to argparse as
  ``help=``, ``description=`` or ``epilog=`` without ``translate``. The command's own name before a message
  (``"copilot sync: "``) is not words to translate;
* a marked string that a ``.ts`` file lacks, or holds unfinished or empty (lupdate not run, or not translated).

It reads the source with ``ast`` and the ``.ts`` files as XML, so it needs neither Qt nor lupdate and takes a
fraction of a second. A literal that is not words for people (a product name, a format) is let through by a
``# not translated: <why>`` comment on its line.

Run: ``python .ci/i18n_check.py`` (exit 1 and one line per problem when something is wrong).
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("nl", "fr", "he")
# The Qt halves, where every visible string must be marked; the Qt-free modules below only show what they mark.
QT_SOURCES = ("copilot/app.py", "copilot/panel", "copilot/shell", "copilot/coaching/qt", "copilot/admin/qt")
# Everything else that marks strings (the core's messages, the command line) must find them in the .ts files.
CORE_SOURCES = ("copilot",)
# The command line, where what is printed for people must be marked; JSON, CSV and ids carry the escape comment.
CLI_SOURCES = ("copilot/cli", "copilot/admin/selftest.py")
CLI_WRITERS = {"print", "_say", "_fail", "_error"}  # and ``<stream>.write``
CLI_STREAMS = {"stdout", "stderr", "out"}
ARGPARSE_TEXTS = ("help", "description", "epilog")
COMMAND_NAME = re.compile(r"^\s*copilot(?: (?:[a-z][a-z-]*|\{\}))*: ?")
# Calls whose string arguments a person reads.
SHOWN_BY = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis", "addAction",
    "addItem", "addItems", "addTab", "setTabText", "setTabToolTip", "setTitle", "show_toast", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addRow", "setLabelText", "setSuffix", "setPrefix",
    "setSpecialValueText", "setNameFilter", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
    "setInformativeText", "setDetailedText", "setAccessibleName", "set_full_text", "set_notices", "insertItem",
    "critical", "warning", "information", "question", "about", "addButton", "setPlainText", "insertText", "drawText",
    "QListWidgetItem", "QTableWidgetItem",
    "QLabel", "QPushButton", "QCheckBox", "QToolButton", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QMessageBox", "ElidedLabel",
}
TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP"}
EXEMPT = "# not translated:"


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def python_files(folders: tuple[str, ...]) -> Iterator[Path]:
    for name in folders:
        path = ROOT / name
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.is_file() else []


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _has_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):  # "a" + b, "%s ..." % x
        return _has_words(node.left) or _has_words(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _has_words(node.func.value)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_has_words(item) for item in node.elts)
    if isinstance(node, ast.IfExp):
        return _has_words(node.body) or _has_words(node.orelse)
    return False


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    name = _name(call)
    if name in ("critical", "warning", "information", "question", "about"):
        return call.args[1:3]  # parent, title, text
    if name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        return [*call.args[1:2], *call.args[3:4]]  # caption and filter; the folder is a path
    if name == "drawText":
        return call.args[-1:]
    if name in ("addItem", "insertItem"):
        return [arg for arg in call.args if not isinstance(arg, ast.Constant) or isinstance(arg.value, str)][:1] \
            if name == "addItem" else call.args[1:2]
    return [*call.args, *(k.value for k in call.keywords if k.arg in ("text", "title", "toolTip", "windowTitle",
                                                                       "placeholderText"))]


def unmarked(path: Path) -> Iterator[Problem]:
    """Literals shown to people without a translation call, and translation calls lupdate cannot read."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    relative = path.relative_to(ROOT).as_posix()
    for node in ast.walk(ast.parse(source, relative)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name in TRANSLATORS:
            texts = node.args[1:2] if name in ("translate", "QT_TRANSLATE_NOOP") else node.args[:1]
            if name == "translate" and isinstance(node.func, ast.Attribute) and node.func.attr != "translate":
                continue
            for arg in texts:
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)) and EXEMPT not in lines[
                        node.lineno - 1]:
                    yield Problem(relative, node.lineno, f"{name}() needs a plain string literal that lupdate "
                                                          "can read (use .format() after it)")
            continue
        if name not in SHOWN_BY or (isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                                    and node.func.value.id in ("log", "logger", "logging", "warnings")):
            continue
        for arg in _shown_arguments(node):
            if _has_words(arg) and EXEMPT not in lines[arg.lineno - 1]:
                text = ast.get_source_segment(source, arg) or ""
                yield Problem(relative, arg.lineno, f"{text[:60]} is shown untranslated: wrap it in self.tr() "
                                                    f"or translate()")


def _cli_words(node: ast.expr) -> bool:
    """Words in a printed argument, once the command's name in front of a message is set aside."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in COMMAND_NAME.sub("", node.value, count=1))
    if isinstance(node, ast.JoinedStr):  # f"copilot {command}: {exc}": the values stand in as {}
        template = "".join(str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values)
        return any(ch.isalpha() for ch in COMMAND_NAME.sub("", template, count=1))
    if isinstance(node, ast.BinOp):
        return _cli_words(node.left) or _has_words(node.right)
    if isinstance(node, ast.IfExp):
        return _cli_words(node.body) or _cli_words(node.orelse)
    return _has_words(node)


def _cli_shown(call: ast.Call) -> list[ast.expr]:
    """The arguments of ``call`` a person reads in the terminal."""
    func = call.func
    texts = [k.value for k in call.keywords if k.arg in ARGPARSE_TEXTS]
    if isinstance(func, ast.Name) and func.id in CLI_WRITERS:
        return texts + (call.args[1:2] if func.id == "_fail" else call.args)
    if isinstance(func, ast.Attribute) and func.attr == "write" and (
            (isinstance(func.value, ast.Name) and func.value.id in CLI_STREAMS)
            or (isinstance(func.value, ast.Attribute) and func.value.attr in CLI_STREAMS)):
        return texts + call.args[:1]
    return texts


def unmarked_cli(path: Path) -> Iterator[Problem]:
    """Messages, results and help the command line prints in English only."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    relative = path.relative_to(ROOT).as_posix()
    for node in ast.walk(ast.parse(source, relative)):
        if isinstance(node, ast.Call):
            for arg in _cli_shown(node):
                if _cli_words(arg) and EXEMPT not in lines[arg.lineno - 1]:
                    text = ast.get_source_segment(source, arg) or ""
                    yield Problem(relative, arg.lineno, f"{text[:60]} is printed untranslated: wrap it in "
                                                        "translate() (docs/i18n.md)")


def marked(paths: list[Path]) -> dict[tuple[str, str], tuple[str, int]]:
    """(context, source) of every ``translate``/``QT_TRANSLATE_NOOP`` call with a literal context, and where."""
    found: dict[tuple[str, str], tuple[str, int]] = {}
    for path in paths:
        source = path.read_text(encoding="utf-8")
        relative = path.relative_to(ROOT).as_posix()
        tree = ast.parse(source, relative)
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            context = cls.name if isinstance(cls, ast.ClassDef) else None
            for node in ast.walk(cls):
                if not isinstance(node, ast.Call):
                    continue
                name = _name(node)
                args = node.args
                if name == "tr" and context and args and isinstance(args[0], ast.Constant):
                    found.setdefault((context, args[0].value), (relative, node.lineno))
                elif (name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2
                      and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2])):
                    found.setdefault((args[0].value, args[1].value), (relative, node.lineno))
    return found


def untranslated(found: dict[tuple[str, str], tuple[str, int]]) -> Iterator[Problem]:
    for language in LANGUAGES:
        ts = ROOT / "resources" / "i18n" / f"copilot_{language}.ts"
        if not ts.is_file():
            yield Problem(ts.relative_to(ROOT).as_posix(), 0, "missing: run pyside6-lupdate (see docs/i18n.md)")
            continue
        done: set[tuple[str, str]] = set()
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            for message in context.iter("message"):
                key = (context.findtext("name") or "", message.findtext("source") or "")
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("obsolete", "vanished"):
                    continue
                forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
                if translation.get("type") == "unfinished" or not all(f and f.strip() for f in forms):
                    where = message.find("location")
                    line = int(where.get("line", 0)) if where is not None else 0
                    file = where.get("filename", "") if where is not None else ""
                    yield Problem(file.removeprefix("../../") or ts.name, line,
                                  f"{key[1][:50]!r} ({key[0]}) has no {language} translation in {ts.name}")
                else:
                    done.add(key)
        for key, (file, line) in sorted(found.items()):
            if key not in done and not _reported_unfinished(root, key):
                yield Problem(file, line, f"{key[1][:50]!r} ({key[0]}) is not in {ts.name}: run pyside6-lupdate")


def _reported_unfinished(root: ET.Element, key: tuple[str, str]) -> bool:
    for context in root.iter("context"):
        if context.findtext("name") == key[0]:
            for message in context.iter("message"):
                if message.findtext("source") == key[1]:
                    return True
    return False


def problems() -> list[Problem]:
    found: list[Problem] = []
    for path in python_files(QT_SOURCES):
        found.extend(unmarked(path))
    for path in python_files(CLI_SOURCES):
        found.extend(unmarked_cli(path))
    found.extend(untranslated(marked(sorted({*python_files(QT_SOURCES), *python_files(CORE_SOURCES)}))))
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(problem)
    if found:
        print(f"{len(found)} string(s) not marked or not translated (docs/i18n.md says how)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
