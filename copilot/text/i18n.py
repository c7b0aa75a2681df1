"""The agent's language for words the Qt-free core shows: notices, toasts, card prefixes and CLI messages.

The core must not import Qt, yet its words reach the panel. It marks them the way Qt's ``pyside6-lupdate``
recognises in any Python file: ``translate("Context", "text")`` where the words are used, and
``QT_TRANSLATE_NOOP("Context", "text")`` where they are only defined (a table, a constant) and translated
later by ``translate``. So the ``.ts`` files in ``resources/i18n/`` are the one source of every translation.

Who resolves a marked string depends on the program: the panel installs Qt's own lookup (``use``) with the
compiled ``.qm`` translators, so the core and the windows share them; the command line, which runs without
Qt, reads the ``.ts`` XML directly (``TsCatalogue``). Until either installs one, every string is its English
source, which is what tests and scripts that parse the output expect.
"""

from __future__ import annotations

import locale
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

# The languages the user interface is translated into; English is the source. The setting ``ui_language`` takes
# these or "system".
LANGUAGES = ("en", "nl", "fr", "he")
RIGHT_TO_LEFT = frozenset({"he"})

Lookup = Callable[[str, str, int], str]


def _source(_context: str, text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_lookup: Lookup = _source


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` in the agent's language; ``n`` picks a plural form and fills ``%n`` as Qt does."""
    return _lookup(context, text, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks ``text`` for the translators where it is defined; ``translate(context, text)`` shows it later."""
    return text


def use(lookup: Lookup | None) -> None:
    """Resolve marked strings with ``lookup`` from now on; None goes back to the English sources."""
    global _lookup
    _lookup = lookup or _source


def chosen_language(setting: str, system_locale: str | None = None) -> str:
    """The language to show: the setting's, or for "system" the locale's when it is one of ours, else English.

    ``system_locale`` is a name such as "nl_BE" or "he_IL.UTF-8"; without one it is read from the environment the
    way the C library reads it (LC_ALL, LC_MESSAGES, LANG)."""
    if setting in LANGUAGES:
        return setting
    name = system_locale if system_locale is not None else _environment_locale()
    code = re.split(r"[_.@-]", name or "", maxsplit=1)[0].lower()
    code = {"iw": "he"}.get(code, code)  # the old code for Hebrew, still used by some systems
    return code if code in LANGUAGES else "en"


def _environment_locale() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(variable):
            return os.environ[variable]
    return locale.getlocale()[0] or ""


def ts_path(folder: Path, language: str) -> Path:
    return folder / f"copilot_{language}.ts"


def _plural_index(language: str, n: int) -> int:
    """Which of the ``numerusform``s lupdate wrote for the language fits ``n`` (Qt's rules for these languages)."""
    if language == "fr":
        return 0 if n < 2 else 1
    return 0 if n == 1 else 1


class TsCatalogue:
    """The translations of one ``.ts`` file, for a program without Qt. Unfinished entries stay English, as in
    Qt's compiled files."""

    def __init__(self, path: Path, language: str) -> None:
        self.language = language
        self.messages: dict[tuple[str, str], list[str]] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
                if all(forms):
                    self.messages[(name, message.findtext("source") or "")] = forms

    def __call__(self, context: str, text: str, n: int) -> str:
        forms = self.messages.get((context, text))
        if forms is None:
            return _source(context, text, n)
        chosen = forms[min(_plural_index(self.language, n), len(forms) - 1)] if n >= 0 else forms[0]
        return chosen.replace("%n", str(n)) if n >= 0 else chosen


def use_catalogue(folder: Path, language: str) -> bool:
    """Show the command line's messages in ``language`` from the ``.ts`` in ``folder``; False (English) when it
    has none or it cannot be read."""
    path = ts_path(folder, language)
    if language == "en" or not path.is_file():
        use(None)
        return False
    try:
        use(TsCatalogue(path, language))
    except (OSError, ET.ParseError):
        use(None)
        return False
    return True
