"""Every word an agent reads is marked for translation and translated into Dutch, French and Hebrew.

The same check ``.ci/run`` runs (``.ci/i18n_check.py``), so a string added in English only fails here first,
naming its file and line; and the command line's Qt-free reading of the ``.ts`` files.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from copilot.text import i18n

ROOT = Path(__file__).resolve().parents[1]


def load_check():
    spec = importlib.util.spec_from_file_location("i18n_check", ROOT / ".ci" / "i18n_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_check"] = module
    spec.loader.exec_module(module)
    return module


def test_every_shown_string_is_marked_and_translated():
    problems = load_check().problems()
    assert not problems, "\n".join(str(p) for p in problems)


def test_the_check_names_an_unmarked_label_and_an_untranslated_entry(tmp_path, monkeypatch):
    check = load_check()
    window = tmp_path / "copilot" / "panel" / "window.py"
    window.parent.mkdir(parents=True)
    window.write_text('class W:\n    def __init__(self):\n        self.ok = QPushButton("Send now")\n'
                      '        self.fine = QPushButton(self.tr("Send later"))\n', encoding="utf-8")
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    for language in check.LANGUAGES:
        (tmp_path / "resources" / "i18n" / f"copilot_{language}.ts").write_text(
            '<TS version="2.1"><context><name>W</name><message><location filename="../../copilot/panel/window.py" '
            'line="4"/><source>Send later</source><translation type="unfinished"></translation></message>'
            '</context></TS>', encoding="utf-8")
    monkeypatch.setattr(check, "ROOT", tmp_path)
    monkeypatch.setattr(check, "QT_SOURCES", ("copilot/panel",))
    monkeypatch.setattr(check, "CORE_SOURCES", ())
    found = [str(p) for p in check.problems()]
    assert found[0].startswith("copilot/panel/window.py:3: \"Send now\" is shown untranslated")
    assert "copilot/panel/window.py:4: 'Send later' (W) has no nl translation in copilot_nl.ts" in found
    assert len(found) == 4  # the label, and the entry in each of the three languages


@pytest.mark.parametrize(("setting", "system", "shown"), [
    ("nl", "en_US.UTF-8", "nl"), ("system", "he_IL.UTF-8", "he"), ("system", "fr_BE", "fr"),
    ("system", "de_DE.UTF-8", "en"), ("system", "C", "en"), ("en", "nl_NL", "en"), ("system", "iw_IL", "he"),
])
def test_the_language_follows_the_setting_then_the_system(setting, system, shown):
    assert i18n.chosen_language(setting, system) == shown


def test_the_command_line_reads_the_translations_without_qt():
    assert i18n.use_catalogue(ROOT / "resources" / "i18n", "fr")
    try:
        assert i18n.translate("Kind", "Upsell") == "Vente additionnelle"
        assert i18n.translate("Why", "Customer said {words}").format(words="“trop cher”") == \
            "Le client a dit “trop cher”"
        assert i18n.translate("Nowhere", "Not a marked string") == "Not a marked string"
    finally:
        i18n.use(None)
    assert i18n.translate("Kind", "Upsell") == "Upsell"


def test_a_command_speaks_the_language_of_the_setting(capsys):
    from copilot.cli.main import main
    from copilot.config.settings import Settings

    Settings().set("ui_language", "nl")
    assert main(["listen", "--follow", "no-such-transcript.txt"]) == 1
    assert capsys.readouterr().err.startswith("copilot listen: no-such-transcript.txt: dit bestand bestaat niet")


def test_the_check_names_what_the_command_line_prints_in_english_only(tmp_path, monkeypatch):
    check = load_check()
    command = tmp_path / "copilot" / "cli" / "tally.py"
    command.parent.mkdir(parents=True)
    command.write_text(
        'import sys\n'
        'def add_parser(commands):\n'
        '    tally = commands.add_parser("tally", help="count the sessions",\n'
        '                                description=translate("CliHelp", "Count them."))\n'
        '    tally.add_argument("--json", help="print JSON")\n'
        'def run(args, out, exc):\n'
        '    print(f"{args.n} sessions counted")\n'
        '    sys.stderr.write("copilot tally: nothing to count\\n")\n'
        '    out.write("done\\n")\n'
        '    _say("the database is locked")\n'
        '    print(f"copilot tally: {exc}", file=sys.stderr)\n'
        '    print("copilot tally: " + translate("Cli", "no sessions"))\n'
        '    print(json.dumps({"sessions": 3}))\n'
        '    print("id,count")  # not translated: the CSV header scripts read\n',
        encoding="utf-8")
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    for language in check.LANGUAGES:
        (tmp_path / "resources" / "i18n" / f"copilot_{language}.ts").write_text(
            '<TS version="2.1"><context><name>CliHelp</name><message><source>Count them.</source>'
            '<translation>x</translation></message></context><context><name>Cli</name><message>'
            '<source>no sessions</source><translation>x</translation></message></context></TS>', encoding="utf-8")
    monkeypatch.setattr(check, "ROOT", tmp_path)
    monkeypatch.setattr(check, "QT_SOURCES", ())
    monkeypatch.setattr(check, "CORE_SOURCES", ("copilot",))
    monkeypatch.setattr(check, "CLI_SOURCES", ("copilot/cli",))
    found = sorted((p.path, p.line) for p in check.problems())
    # the help of the command and of its option, print, sys.stderr.write, out.write and the _say helper
    assert found == [("copilot/cli/tally.py", line) for line in (3, 5, 7, 8, 9, 10)]


def _run(capsys, language, *argv):
    """``copilot ARGV`` with ``ui_language`` set the way an admin sets it: exit code, stdout and stderr."""
    from copilot.cli.main import main

    assert main(["config", "set", "ui_language", language]) == 0
    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # --help
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("language", "said"), [
    ("nl", "status: niet aanwezig; niets wordt beheerd"),
    ("fr", "statut : absent ; rien n’est géré"),
    ("he", "מצב: לא קיים; שום דבר אינו מנוהל"),
])
def test_the_policy_report_speaks_the_language_of_the_setting(capsys, language, said):
    code, out, _ = _run(capsys, language, "config", "policy")
    assert code == 0 and said in out


@pytest.mark.parametrize(("language", "said"), [
    ("nl", "nope: geen vastgelegde sessie met dat id"),
    ("fr", "nope : aucune session enregistrée n’a cet id"),
    ("he", "nope: אין שיחה מתועדת עם המזהה הזה"),
])
def test_an_unknown_session_is_named_in_the_language_of_the_setting(capsys, tmp_path, language, said):
    code, out, err = _run(capsys, language, "sessions", "export", "nope", "-o", str(tmp_path / "x.zip"))
    assert code == 2 and out == ""  # the same exit code as in English
    assert err == f"copilot sessions export: {said}\n"


@pytest.mark.parametrize(("language", "said"), [
    ("nl", "wissen kan niet ongedaan worden gemaakt; voeg --yes toe om te bevestigen"),
    ("fr", "l’effacement est irréversible ; ajoutez --yes pour confirmer"),
    ("he", "אי אפשר לבטל מחיקה; יש להוסיף --yes לאישור"),
])
def test_a_refusal_and_its_exit_code_in_each_language(capsys, language, said):
    code, _, err = _run(capsys, language, "privacy", "erase", "--customer", "C-1")
    assert code == 2 and err == f"copilot privacy erase: {said}\n"


def test_the_help_speaks_the_language_and_json_stays_as_it_is(capsys):
    code, out, _ = _run(capsys, "fr", "privacy", "--help")
    assert code == 0 and "RGPD : effacer ou exporter" not in out  # the command's own help, not its summary
    assert "Opérations de confidentialité sur les sessions enregistrées" in out
    code, out, _ = _run(capsys, "nl", "config", "get", "ui_language", "--json")
    assert code == 0 and json.loads(out) == {"value": "nl", "locked": False}
    code, out, _ = _run(capsys, "he", "sessions", "list")
    assert code == 0 and out == "אין שיחה מתועדת מתאימה\n"
