"""build.spec, read as code without running PyInstaller (a build takes a minute; .ci/run does one):
every resource goes in, the Qt the app uses stays in, the Qt it never loads stays out."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import copilot

ROOT = Path(__file__).resolve().parent.parent
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")
TREE = ast.parse(SPEC)


def spec_names(*names: str) -> dict:
    """The spec's own assignments and helper functions, evaluated without PyInstaller."""
    wanted = [node for node in TREE.body
              if isinstance(node, ast.Assign) and any(getattr(t, "id", "") in names for t in node.targets)
              or isinstance(node, ast.FunctionDef) and node.name in names]
    namespace = {"re": re, "Path": Path, "ROOT": ROOT, "sys": sys, "subprocess": subprocess}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), "build.spec", "exec"), namespace)
    return namespace


def qt_modules_the_app_imports() -> set[str]:
    found = set()
    for path in Path(copilot.__file__).parent.rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_every_resource_file_is_collected_at_its_relative_path():
    datas = spec_names("resource_datas")["resource_datas"]()
    expected = {(str(p), str(p.parent.relative_to(ROOT))) for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert set(datas) == expected
    assert {dest for _, dest in datas} >= {"resources/playbooks", "resources/demo", "resources/icons",
                                           "resources/style", "resources/scorecards"}


def test_the_qt_modules_the_app_imports_are_kept_and_the_heavy_ones_excluded():
    unused = {name.removeprefix("PySide6.") for name in spec_names("UNUSED_QT")["UNUSED_QT"]}
    assert qt_modules_the_app_imports() >= {"QtCore", "QtGui", "QtWidgets"}
    assert not unused & qt_modules_the_app_imports()  # a module the app starts to import must leave this list
    assert unused >= {"QtWebEngineCore", "QtWebEngineWidgets", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia",
                      "QtCharts", "QtPdf", "QtNetwork", "QtSql", "QtTest"}


@pytest.mark.parametrize(("path", "dropped"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),  # the panel's icons are SVG
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),  # typing Hebrew
    ("PySide6/Qt/lib/libQt6Svg.so.6", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),  # half a megabyte for photos the panel never shows
    ("PySide6/Qt/plugins/imageformats/qjpeg.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqgif.so", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", True),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/qtbase_nl.qm", False),  # Qt's own words in the agent's language
    ("PySide6/Qt/translations/qtbase_he.qm", False),
    ("PySide6/Qt/translations/assistant_fr.qm", True),
    ("PySide6/Qt/qml/QtQuick/qmldir", True),
])
def test_which_qt_files_are_left_out(path, dropped):
    patterns = spec_names("UI_LANGUAGES", "UNUSED_QT_FILES", "UNUSED_QT_BINARIES")
    assert bool(patterns["UNUSED_QT_FILES"].search(path) or patterns["UNUSED_QT_BINARIES"].search(path)) is dropped


def test_the_bundle_gets_each_language_compiled_and_qts_own_words(qapp):
    from PySide6.QtCore import QTranslator

    names = spec_names("UI_LANGUAGES", "translation_datas")
    datas = {Path(source).name: (Path(source), dest) for source, dest in names["translation_datas"]()}
    for language in ("nl", "fr", "he"):
        compiled, dest = datas[f"copilot_{language}.qm"]
        assert dest == "resources/i18n"
        translator = QTranslator()
        assert translator.load(str(compiled)) and translator.translate("Kind", "Escalation")
        assert datas[f"qtbase_{language}.qm"][1] == "PySide6/Qt/translations"


def test_hidden_imports_cover_what_the_app_loads_at_run_time():
    body = ast.get_source_segment(SPEC, next(n for n in TREE.body if getattr(n, "name", "") == "hidden_imports"))
    for needed in ('collect_submodules("copilot")', 'collect_submodules("keyring.backends")', '"aiohttp.web"',
                   '"openai"', '"sqlite_utils"', '"secretstorage"', '"pynput.keyboard._xorg"',
                   '"pynput.keyboard._win32"', '"pynput.keyboard._darwin"', '"win32ctypes.core"'):
        assert needed in body


def test_one_folder_with_a_windowed_panel_and_a_console_twin():
    assert "from copilot import __version__" in SPEC
    assert 'name=f"{NAME}-{__version__}"' in SPEC  # dist/agent-copilot-<version>/
    assert spec_names("NAME")["NAME"] == "agent-copilot"
    assert "executable(NAME, console=False)" in SPEC
    assert 'executable(f"{NAME}-console", console=True)' in SPEC
    assert SPEC.count("COLLECT(") == 1 and "exclude_binaries=True" in SPEC
    assert "upx=False" in SPEC and 'STRIP = sys.platform.startswith("linux")' in SPEC
    assert "windows_version_info(name)" in SPEC


def test_the_one_file_variant_is_documented():
    assert "One-file variant" in SPEC and "a.binaries, a.datas, [], name=\"agent-copilot\"" in SPEC
