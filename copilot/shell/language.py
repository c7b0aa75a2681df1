"""The windows in the agent's language: Qt's translators, the locale for dates and numbers, and the direction.

The composition root calls ``install`` once, before it builds a window, with the ``ui_language`` setting
("system" follows the locale). It loads our compiled translations and Qt's own (the words of standard
buttons and dialogs), sets the default ``QLocale`` so dates and numbers read as the agent expects, and for
Hebrew mirrors every window right to left. The Qt-free core's marked strings resolve through the same
translators (``copilot.text.i18n.use``).

The ``.ts`` files are the source; ``build.spec`` compiles them to ``.qm`` beside them in the bundle. A checkout
has no ``.qm`` in git, so here they are compiled on first use with the ``lrelease`` PySide6 ships, into the
cache folder, and again whenever a ``.ts`` is newer.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from copilot.config import paths
from copilot.text import i18n

log = logging.getLogger("copilot.language")


def translations_dir() -> Path:
    return paths.resources_dir() / "i18n"


def _qt_translate(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)  # not translated: the lookup itself


@dataclass
class Language:
    """What ``install`` changed, so that ``remove`` puts it back (a test builds several panels in one process)."""

    code: str
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)
    previous_direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight

    @property
    def right_to_left(self) -> bool:
        return self.code in i18n.RIGHT_TO_LEFT

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setLayoutDirection(self.previous_direction)
        i18n.use(None)


def install(setting: str) -> Language:
    """Show every window in the language ``setting`` names (or the system's), from now on."""
    system = QLocale.system()
    code = i18n.chosen_language(setting, system.name())
    # The system's own locale when it speaks the chosen language (Belgian Dutch keeps its dates); else the language's.
    chosen_locale = system if system.name().split("_")[0] == code else QLocale(code)
    language = Language(code, chosen_locale, previous_locale=QLocale())
    app = QApplication.instance()
    if isinstance(app, QApplication):
        language.previous_direction = app.layoutDirection()
    QLocale.setDefault(chosen_locale)
    if code != "en":
        ours = compiled(code)
        for path in (ours, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{code}.qm"):
            translator = QTranslator()
            if path is not None and translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                language.translators.append(translator)
            else:
                log.warning("no translations for %s at %s", code, path)
    i18n.use(_qt_translate)
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language.right_to_left
                               else Qt.LayoutDirection.LeftToRight)
    return language


def compiled(code: str) -> Path | None:
    """The ``.qm`` for ``code``: the bundle's, else one compiled from the checkout's ``.ts`` (None if neither)."""
    source = i18n.ts_path(translations_dir(), code)
    shipped = source.with_suffix(".qm")
    if shipped.is_file() and (not source.is_file() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.is_file():
        return None
    target = paths.cache_dir() / "i18n" / shipped.name
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    try:
        compile_ts(source, target)
    except (OSError, subprocess.CalledProcessError) as exc:
        log.warning("translations for %s not compiled: %s", code, exc)
        return None
    return target


def lrelease() -> Path:
    """Qt's compiler for translations, as PySide6 installs it."""
    import PySide6

    return Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")


def compile_ts(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(target)], check=True,
                   capture_output=True, timeout=60)
