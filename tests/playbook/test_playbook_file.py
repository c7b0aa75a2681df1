"""A playbook written by hand: mistakes are named by file, entry and field; nothing half-loads."""

from __future__ import annotations

import json

import pytest

from copilot.config import paths
from copilot.model import Kind
from copilot.playbook.file import PlaybookError, load_playbook

# This file's own book: the tests below break it one field at a time.
GOOD = '''
[playbook]
name = "Test book"
default_language = "en"

[[entry]]
id = "objection.price"
kind = "objection"
title.en = "Price"
text.en = "I understand."
triggers.en = ["too expensive"]
'''


def error_for(playbook_file, text, name="book.toml") -> str:
    with pytest.raises(PlaybookError) as caught:
        load_playbook(playbook_file(text, name))
    return str(caught.value)


def test_a_good_playbook_loads_with_kind_defaults(playbook_file):
    book = load_playbook(playbook_file(GOOD))
    assert book.name == "Test book"
    [entry] = book.entries
    assert entry.kind is Kind.OBJECTION
    assert entry.priority == 70
    assert entry.cooldown == 8


def test_json_playbooks_are_accepted(playbook_file):
    data = {"playbook": {"name": "J"}, "entry": [
        {"id": "a", "kind": "reply", "title": {"en": "Hi"}, "text": {"en": "Hello"}, "triggers": {"en": ["hi"]}}
    ]}
    book = load_playbook(playbook_file(json.dumps(data), "book.json"))
    assert [e.id for e in book.entries] == ["a"]


def test_a_wrong_kind_names_file_entry_and_field(playbook_file):
    message = error_for(playbook_file, GOOD.replace('kind = "objection"', 'kind = "objektion"'))
    assert "book.toml" in message
    assert "entry 'objection.price' (#1)" in message
    assert "field 'kind'" in message
    assert "objektion" in message


def test_toml_syntax_errors_say_where(playbook_file):
    message = error_for(playbook_file, GOOD + "\n[[entry]\n")
    assert "book.toml" in message and "not valid TOML" in message and "line" in message


def test_missing_triggers_are_reported(playbook_file):
    message = error_for(playbook_file, GOOD.replace('triggers.en = ["too expensive"]', ""))
    assert "field 'triggers'" in message


def test_duplicate_ids_are_reported(playbook_file):
    message = error_for(playbook_file, GOOD + GOOD.split("[playbook]")[1].split('default_language = "en"')[1])
    assert "used twice" in message and "#2" in message


def test_unknown_fields_are_reported_not_ignored(playbook_file):
    message = error_for(playbook_file, GOOD + 'prioriy = 5\n')
    assert "field 'prioriy'" in message and "unknown field" in message


def test_broken_template_is_reported_with_its_language(playbook_file):
    message = error_for(playbook_file, GOOD.replace('text.en = "I understand."', 'text.en = "Hi {customer.name"'))
    assert "field 'text.en'" in message


@pytest.mark.parametrize("attribute", ["age", "gender", "religion", "ethnicity", "customer.nationality"])
def test_offers_may_not_target_protected_attributes(playbook_file, attribute):
    book = GOOD.replace('kind = "objection"', 'kind = "upsell"') + f'when."{attribute}" = ["x"]\n'
    message = error_for(playbook_file, book)
    assert "protected attribute" in message and f"when.{attribute}" in message


def test_priority_out_of_range_is_refused(playbook_file):
    assert "field 'priority'" in error_for(playbook_file, GOOD + "priority = 150\n")


def test_missing_file_and_non_utf8_are_clear_errors(tmp_path):
    with pytest.raises(PlaybookError, match="cannot read"):
        load_playbook(tmp_path / "nope.toml")
    path = tmp_path / "latin.toml"
    path.write_bytes(GOOD.replace("Price", "Prix élevé").encode("latin-1"))
    with pytest.raises(PlaybookError, match="not UTF-8"):
        load_playbook(path)


# -- the shipped default playbook ----------------------------------------------------------------

LANGS = ("en", "nl", "fr", "he")


@pytest.fixture(scope="module")
def default_book():
    return load_playbook(paths.default_playbook_path())


def test_default_playbook_has_forty_entries_of_every_kind(default_book):
    assert len(default_book.entries) >= 40
    kinds = {entry.kind for entry in default_book.entries}
    assert kinds == {Kind.REPLY, Kind.OBJECTION, Kind.UPSELL, Kind.COMPLIANCE, Kind.ESCALATION}


def test_default_playbook_speaks_dutch_english_french_and_hebrew(default_book):
    for entry in default_book.entries:
        assert set(LANGS) <= set(entry.text), entry.id
        assert set(LANGS) <= set(entry.title), entry.id
        if not entry.on_start:
            assert set(LANGS) <= set(entry.triggers), entry.id


def test_default_playbook_covers_the_objections_a_team_lead_expects(default_book):
    ids = " ".join(entry.id for entry in default_book.entries)
    for topic in ("price", "think", "competitor", "cancel", "interest", "timing", "trust"):
        assert topic in ids, topic


@pytest.mark.parametrize(
    ("replace", "field"),
    [
        ('kind = "objection"', 'kind = ["objection"]'),
        ('triggers.en = ["too expensive"]', 'triggers.en = "too expensive"'),
        ('triggers.en = ["too expensive"]', 'triggers.en = [1, 2]'),
        ('triggers.en = ["too expensive"]', 'triggers.en = ["!!!"]'),
        ('text.en = "I understand."', 'text.en = ""'),
        ('text.en = "I understand."', 'text.english = "I understand."'),
        ('title.en = "Price"', 'title = "Price"'),
        ('id = "objection.price"', 'id = "price objection"'),
        ('id = "objection.price"', "id = 7"),
    ],
)
def test_every_kind_of_wrong_value_is_a_named_error_not_a_crash(playbook_file, replace, field):
    message = error_for(playbook_file, GOOD.replace(replace, field))
    assert "book.toml" in message and "field '" in message


@pytest.mark.parametrize(
    "when",
    ['when = "basic"', 'when.plan = { between = [1, 2] }', 'when.tenure_months = { min = "12" }',
     'when.plan = { min = true }'],
)
def test_malformed_conditions_are_named(playbook_file, when):
    message = error_for(playbook_file, GOOD + when + "\n")
    assert "field 'when" in message


# -- channels, "just said", unless and yields_to ------------------------------------------------------

SECOND = '''
[[entry]]
id = "reply.refund"
kind = "reply"
title.en = "Refund"
text.en = "You can return it."
triggers.en = ["refund"]
'''


def test_noise_fields_load(playbook_file):
    book = load_playbook(playbook_file(GOOD + 'channels = ["phone", "chat"]\nyields_to = ["reply.refund"]\n'
                                       'unless.en = ["my order"]\nunless_agent_just_said.fr = ["un instant"]\n'
                                       'after_agent_said.nl = ["aanbieding"]\n' + SECOND))
    entry = book.entries[0]
    assert entry.channels == ("phone", "chat")
    assert entry.yields_to == ("reply.refund",)
    assert entry.unless == {"en": ["my order"]}
    assert entry.unless_agent_just_said == {"fr": ["un instant"]}
    assert entry.after_agent_said == {"nl": ["aanbieding"]}
    assert [phrase.written for phrase in entry.after_phrases] == ["aanbieding"]
    assert book.entries[1].channels == ()  # no channels: every channel


@pytest.mark.parametrize(
    ("extra", "field", "says"),
    [
        ('channels = ["telephone"]', "channels", "'telephone' is not one of phone, chat, whatsapp, email"),
        ('channels = "phone"', "channels", "must be a list of names"),
        ("channels = []", "channels", "is empty"),
        ('yields_to = ["reply.refnud"]', "yields_to", "'reply.refnud': no entry has this id"),
        ('yields_to = ["objection.price"]', "yields_to", "cannot yield to itself"),
        ('unless.en = "my order"', "unless.en", "must be a list of phrases"),
        ('unless.en = ["..."]', "unless.en", "has no words to match"),
        ('unless_agent_just_said.english = ["one moment"]', "unless_agent_just_said.english", "not a language code"),
        ('alone = "yes"', "alone", "must be true or false"),
        ("after_agent_said.en = []", "after_agent_said", "has no phrases"),
        ('after_agent_said.en = "offer"', "after_agent_said.en", "must be a list of phrases"),
    ],
)
def test_a_wrong_noise_field_is_named(playbook_file, extra, field, says):
    message = error_for(playbook_file, GOOD + extra + "\n" + SECOND)
    assert "book.toml" in message and "entry 'objection.price' (#1)" in message
    assert f"field '{field}'" in message and says in message


def test_the_playbooks_channels_are_the_live_sources_channels():
    from copilot.live.protocol import CHANNELS as SOURCE_CHANNELS
    from copilot.playbook.file import CHANNELS

    assert CHANNELS == SOURCE_CHANNELS
