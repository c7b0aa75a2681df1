"""A guidance experiment written into a playbook entry: checked like any field, with the file, line and field of a
mistake; assigned by agent or call, the same way every time; stopped in the file without disturbing the rest."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from copilot.playbook.experiments import Experiment
from copilot.playbook.file import PlaybookError, load_playbook
from copilot.playbook.stopping import stop_experiment

BOOK = '''[playbook]
name = "Experiment book"

[[entry]]
id = "greeting"
kind = "reply"
title.en = "Hello"
text.en = "Hello!"
triggers.en = ["hello"]

[[entry]]
id = "objection.price"
kind = "objection"
title.en = "Price"
title.nl = "Prijs"
text.en = "I understand."
text.nl = "Dat begrijp ik."
triggers.en = ["too expensive"]
triggers.nl = ["te duur"]

# A softer answer, on half the agents.
[entry.experiment]
name = "softer-price"  # what the report is called
unit = "agent"
split = 30
start = 2026-03-02
text.en = "That is a fair question."
text.nl = "Dat is een terechte vraag."
'''


def error_for(playbook_file, text: str) -> PlaybookError:
    with pytest.raises(PlaybookError) as caught:
        load_playbook(playbook_file(text))
    return caught.value


def test_an_entry_carries_its_experiment(playbook_file):
    book = load_playbook(playbook_file(BOOK))
    [experiment] = book.experiments
    assert experiment.name == "softer-price" and experiment.entry_id == "objection.price"
    assert experiment.unit == "agent" and experiment.split == 30 and experiment.keep == "A"
    assert experiment.text == {"en": "That is a fair question.", "nl": "Dat is een terechte vraag."}
    assert experiment.title == {}  # B keeps the entry's title
    assert experiment.start == dt.datetime(2026, 3, 2).timestamp() and experiment.stop is None
    assert experiment.outcomes == ("resolved", "sale")
    assert book.entries[1].text["en"] == "I understand."  # arm A is the entry as written


@pytest.mark.parametrize(("change", "field", "line", "words"), [
    (('split = 30', 'split = 100'), "experiment.split", 25, "from 1 to 99"),
    (('unit = "agent"', 'unit = "team"'), "experiment.unit", 24, "'team' is not one of agent, call"),
    (('name = "softer-price"  # what the report is called', 'name = "soft price"'), "experiment.name", 23,
     "letters, digits"),
    (('text.nl = "Dat is een terechte vraag."\n', ''), "experiment.text.nl", 22, "missing"),
    (('text.nl = "Dat is een terechte vraag."', 'text.fr = "Bonne question."'), "experiment.text.fr", 28,
     "no text in 'fr'"),
    (('text.en = "That is a fair question."', 'text.en = "Fair {customer.name"'), "experiment.text.en", 27, ""),
    (('start = 2026-03-02', 'start = "next week"'), "experiment.start", 26, "must be a date"),
    (('start = 2026-03-02', 'start = 2026-03-02\nstop = 2026-03-01'), "experiment.stop", 27, "after"),
    (('split = 30', 'split = 30\nkeep = "C"'), "experiment.keep", 26, "not A or B"),
    (('split = 30', 'split = 30\nwinner = "B"'), "experiment.winner", 26, "unknown field"),
])
def test_a_mistake_names_file_line_entry_and_field(playbook_file, change, field, line, words):
    error = error_for(playbook_file, BOOK.replace(*change))
    message = str(error)
    assert message.startswith(f"{playbook_file(BOOK.replace(*change))}:{line}: ")
    assert "entry 'objection.price' (#2)" in message and f"field '{field}'" in message
    assert words in message
    assert error.line == line


def test_mistakes_outside_experiments_get_their_line_too(playbook_file):
    error = error_for(playbook_file, BOOK.replace('kind = "objection"', 'kind = "objektion"'))
    assert error.line == 13 and "field 'kind'" in str(error)


def test_two_entries_may_not_share_an_experiment_name(playbook_file):
    second = BOOK.split("[[entry]]")[1].replace('"greeting"', '"greeting.b"')
    text = BOOK + "\n[[entry]]" + second + '\n[entry.experiment]\nname = "softer-price"\ntext.en = "Hi!"\n'
    message = str(error_for(playbook_file, text))
    assert "field 'experiment.name'" in message and "already the experiment of entry 'objection.price'" in message


def test_json_playbooks_take_experiments_with_iso_dates(playbook_file):
    data = {"entry": [{"id": "a", "kind": "reply", "title": {"en": "Hi"}, "text": {"en": "Hello"},
                       "triggers": {"en": ["hi"]},
                       "experiment": {"name": "warm", "unit": "call", "stop": "2026-04-01T12:30:00",
                                      "keep": "B", "text": {"en": "Hello there"}}}]}
    [experiment] = load_playbook(playbook_file(json.dumps(data), "book.json")).experiments
    assert experiment.unit == "call" and experiment.keep == "B"
    assert experiment.stop == dt.datetime(2026, 4, 1, 12, 30).timestamp()


# -- assignment ----------------------------------------------------------------------------------------------------

def experiment(**changes) -> Experiment:
    return Experiment(**{"name": "softer-price", "entry_id": "objection.price", "text": {"en": "B"}, **changes})


def test_the_same_agent_always_gets_the_same_arm():
    first = [experiment().arm_of(f"agent-{n}") for n in range(200)]
    again = [experiment().arm_of(f"agent-{n}") for n in range(200)]
    assert first == again
    assert {"A", "B"} == set(first)


def test_arms_follow_the_split_over_many_agents():
    for split in (10, 50, 80):
        arms = [experiment(split=split).arm_of(f"agent-{n}") for n in range(10_000)]
        assert abs(arms.count("B") / len(arms) - split / 100) < 0.02


def test_two_experiments_split_the_agents_independently():
    one = [experiment(name="one").arm_of(f"agent-{n}") for n in range(4000)]
    two = [experiment(name="two").arm_of(f"agent-{n}") for n in range(4000)]
    both_b = sum(a == b == "B" for a, b in zip(one, two, strict=True)) / 4000
    assert abs(both_b - 0.25) < 0.03


def test_who_is_counted_and_what_they_see_depends_on_the_clock_and_the_unit():
    running = experiment(start=1000.0, stop=2000.0, keep="B", unit="agent")
    b_agent = next(f"agent-{n}" for n in range(100) if running.arm_of(f"agent-{n}") == "B")
    assert running.choose(b_agent, "call-1", 999.0) == ("A", False)  # planned: A, not counted
    assert running.choose(b_agent, "call-1", 1500.0) == ("B", True)
    assert running.choose(None, "call-1", 1500.0) == ("A", False)  # no agent known: A, not counted
    assert running.choose(b_agent, "call-1", 2000.0) == ("B", False)  # stopped: everyone sees keep
    by_call = experiment(unit="call")
    assert by_call.choose("ann", "call-7", 0.0) == (by_call.arm_of("call-7"), True)


# -- stopping in the file ------------------------------------------------------------------------------------------

def test_stopping_writes_one_line_into_the_experiment_and_keeps_the_rest(playbook_file):
    path = playbook_file(BOOK)
    at = dt.datetime(2026, 3, 20, 14, 5, 33).timestamp()
    stopped = stop_experiment(path, "softer-price", at, keep="B")
    assert stopped.stop == dt.datetime(2026, 3, 20, 14, 5).timestamp() and stopped.keep == "B"
    written = path.read_text(encoding="utf-8")
    assert written.splitlines() == [*BOOK.splitlines()[:22], 'name = "softer-price"  # what the report is called',
                                    "stop = 2026-03-20T14:05:00", 'keep = "B"', *BOOK.splitlines()[23:]]
    again = stop_experiment(path, "softer-price", at + 3600)  # a later stop replaces the first, keep stays
    assert again.stop == dt.datetime(2026, 3, 20, 15, 5).timestamp() and again.keep == "B"
    assert path.read_text(encoding="utf-8").count("stop =") == 1


def test_stopping_a_json_playbook(playbook_file):
    data = {"entry": [{"id": "a", "kind": "reply", "title": {"en": "Hi"}, "text": {"en": "Hello"},
                       "triggers": {"en": ["hi"]}, "experiment": {"name": "warm", "text": {"en": "Hello there"}}}]}
    path = playbook_file(json.dumps(data), "book.json")
    stopped = stop_experiment(path, "warm", dt.datetime(2026, 5, 1, 9, 0).timestamp())
    assert stopped.state(dt.datetime(2026, 5, 1, 9, 0).timestamp()) == "stopped"
    assert json.loads(path.read_text())["entry"][0]["experiment"]["stop"] == "2026-05-01T09:00:00"


def test_stopping_an_unknown_experiment_changes_nothing(playbook_file):
    path = playbook_file(BOOK)
    with pytest.raises(PlaybookError, match="no experiment named 'louder'.*softer-price"):
        stop_experiment(path, "louder", 0.0)
    assert path.read_text(encoding="utf-8") == BOOK
