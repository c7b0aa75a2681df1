"""The coaching scorecard: the team lead's template, suggested answers from real recordings, the score."""

from __future__ import annotations

import pytest
from recorded import CALL_EN, CALL_NL, insert_top, record_call

from copilot.coaching.scorecard import (
    Criterion,
    Prefill,
    ScorecardError,
    Template,
    load_template,
    parse_template,
    prefill,
    save_template,
    score,
)
from copilot.config import paths
from copilot.errors import KnownError
from copilot.record.recorder import BackgroundRecorder
from copilot.record.session_record import load_record
from copilot.record.storage import Store

DEFAULT_IDS = ["greeting", "identity_check", "objection_handled", "upsell_offered", "disclosure_given", "empathy",
               "resolution"]


def leave_alone(session, step):
    """An agent who talks but never touches a card."""


def discard_all(session, step):
    for card in list(session.cards):
        session.discard(card.id, "irrelevant")


def insert_kind(kind):
    def agent(session, step):
        for card in list(session.cards):
            if card.kind == kind:
                session.insert(card.id)
    return agent


@pytest.fixture
def recorded(tmp_path):
    """Record a call through the real session and recorder, and read it back as replay does."""
    db = tmp_path / "copilot.db"

    def record(turns, **options):
        recorder = BackgroundRecorder(db)
        try:
            session = record_call(recorder, turns, **options)
            recorder.flush()
        finally:
            recorder.close()
        store = Store(db)
        try:
            return load_record(store.db.conn, session.id)
        finally:
            store.close()

    return record


# -- the template -------------------------------------------------------------------------------


def test_the_default_template_has_the_seven_coaching_questions():
    template = load_template()
    assert [c.id for c in template.criteria] == DEFAULT_IDS
    assert all(c.label and c.prefill == c.id for c in template.criteria)
    assert template.source.endswith("default.toml")


def test_a_team_leads_own_template_replaces_the_default():
    (paths.config_dir() / "scorecard.toml").write_text(
        '[[criterion]]\nid = "tone"\nlabel = "Kept a calm tone"\nweight = 3\n', encoding="utf-8")
    template = load_template()
    assert [(c.id, c.label, c.weight, c.prefill) for c in template.criteria] == [("tone", "Kept a calm tone", 3, None)]


def test_a_saved_template_reads_back_the_same(tmp_path):
    template = Template([
        Criterion("greeting", 'Said "hello"', "In the customer's language", 1.0, "greeting"),
        Criterion("he.tone", "טון רגוע", "", 2.5, None),
        Criterion("bonus", "Went the extra mile", "Optional\nline two", 0.0, None),
    ], name="Team blue")
    target = tmp_path / "sub" / "scorecard.toml"
    save_template(template, target)
    again = load_template(target)
    assert again.criteria == template.criteria and again.name == "Team blue"
    assert "טון רגוע" in target.read_text(encoding="utf-8")  # readable by hand, not escaped


@pytest.mark.parametrize(("text", "where"), [
    ('[[criterion]]\nid = "empathy"\nlabel = "Empathy"\nweight = "high"\n', "criterion 'empathy' (#1): field 'weight'"),
    ('[[criterion]]\nid = "empathy"\nlabel = "Empathy"\nweight = -1\n', "field 'weight'"),
    ('[[criterion]]\nid = "a"\nlabel = "A"\n[[criterion]]\nid = "b"\nlabel = "B"\nprefill = "mood"\n',
     "criterion 'b' (#2): field 'prefill': 'mood' is not a built-in rule"),
    ('[[criterion]]\nid = "a"\nlabel = "A"\n[[criterion]]\nid = "a"\nlabel = "Again"\n',
     "field 'id': the id is used twice"),
    ('[[criterion]]\nid = "a"\n', "criterion 'a' (#1): field 'label'"),
    ('[[criterion]]\nid = "a"\nlabel = "A"\nweigth = 2\n', "field 'weigth': unknown field"),
    ('[[criterion]]\nlabel = "No id"\n', "criterion #1: field 'id'"),
    ('[scorecard]\nname = "Empty"\n', "no criteria"),
    ('[[criterion]\nid = "broken"', "not valid TOML"),
])
def test_a_malformed_template_names_the_file_the_criterion_and_the_field(tmp_path, text, where):
    path = tmp_path / "scorecard.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScorecardError) as caught:
        load_template(path)
    assert isinstance(caught.value, KnownError)
    assert str(path) in str(caught.value) and where in str(caught.value)


def test_a_missing_template_file_is_a_clear_error(tmp_path):
    with pytest.raises(ScorecardError, match="cannot read the scorecard template"):
        load_template(tmp_path / "nowhere.toml")


def test_the_template_stored_with_answers_reads_back():
    template = load_template()
    assert parse_template(template.as_dict()).criteria == template.criteria


# -- the score ----------------------------------------------------------------------------------


def test_the_score_is_the_weighted_share_of_answered_criteria():
    # the default weights: greeting 1, identity 2, objection 2, upsell 0.5, disclosure 2, empathy 1, resolution 2
    template = load_template()
    answers = {"greeting": True, "identity_check": False, "objection_handled": True, "upsell_offered": None,
               "disclosure_given": True, "empathy": False}
    assert score(answers, template) == pytest.approx((1 + 2 + 2) / (1 + 2 + 2 + 2 + 1))
    assert score({}, template) == 0.0
    assert score({c: True for c in DEFAULT_IDS}, template) == 1.0
    assert score({"greeting": Prefill(True, "said hello"), "empathy": Prefill(False, "")}, template) == 0.5


# -- suggested answers from real recordings -----------------------------------------------------


def test_a_well_handled_call_gets_its_answers_with_evidence(recorded):
    record = recorded(CALL_EN)
    found = prefill(record, load_template())
    assert list(found) == DEFAULT_IDS
    assert found["greeting"] == Prefill(True, "Agent said 'Good morning' at 0:02")
    assert found["objection_handled"].value is True and "Price too high" in found["objection_handled"].evidence
    assert found["disclosure_given"].value is True and "Recording notice" in found["disclosure_given"].evidence
    assert found["empathy"] == Prefill(True, "Agent said 'I understand' at 0:04")
    assert found["resolution"] == Prefill(True, "Outcome recorded as 'resolved'")
    assert found["identity_check"].value is None and found["upsell_offered"].value is None


def test_a_dutch_call_is_judged_in_dutch(recorded):
    found = prefill(recorded(CALL_NL), load_template())
    assert found["greeting"] == Prefill(True, "Agent said 'Goedemiddag' at 0:02")
    assert found["empathy"] == Prefill(True, "Agent said 'Dat begrijp ik' at 0:04")


def test_a_greeting_in_the_wrong_language_or_none_at_all_is_a_no(recorded):
    english_to_dutch = [(s, "Hello, how can I help?" if s == "agent" else t) for s, t in CALL_NL]
    found = prefill(recorded(english_to_dutch), load_template())["greeting"]
    assert found.value is False and "'Hello'" in found.evidence and "(en instead of nl)" in found.evidence
    blunt = [("customer", "I have a question about my bill"), ("agent", "Yes? What is it?")]
    found = prefill(recorded(blunt), load_template())["greeting"]
    assert found == Prefill(False, "No greeting in the agent's first line at 0:02: 'Yes? What is it?'")


def test_a_hebrew_call_finds_greeting_and_empathy_behind_prefixes(recorded):
    turns = [("customer", "שלום, זה יקר מדי, אני רוצה לבטל"), ("agent", "שלום, ואני מבין אותך"),
             ("customer", "תודה רבה")]
    found = prefill(recorded(turns, agent=leave_alone), load_template())
    assert found["greeting"] == Prefill(True, "Agent said 'שלום' at 0:02")
    assert found["empathy"].value is True and "מבין" in found["empathy"].evidence
    assert found["objection_handled"].value is False  # two objection cards, both left to expire
    assert "none used" in found["objection_handled"].evidence


IDENTITY_CALL = [("customer", "Hi, I want to change my address"), ("agent", "Hello, sure, I can do that"),
                 ("customer", "Thanks")]


def test_identity_check_from_the_card_the_agent_used(recorded):
    found = prefill(recorded(IDENTITY_CALL, agent=insert_kind("compliance")), load_template())["identity_check"]
    assert found.value is True and "Verify identity before any change" in found.evidence and "used" in found.evidence


def test_identity_check_from_what_the_agent_asked(recorded):
    turns = [IDENTITY_CALL[0], ("agent", "Hello, could you confirm your date of birth?"), IDENTITY_CALL[2]]
    found = prefill(recorded(turns, agent=leave_alone), load_template())["identity_check"]
    assert found == Prefill(True, "Agent asked for 'date of birth' at 0:02")


def test_identity_check_skipped_when_the_card_asked_for_it(recorded):
    found = prefill(recorded(IDENTITY_CALL, agent=discard_all), load_template())["identity_check"]
    assert found.value is False and "discarded" in found.evidence


def test_objections_all_discarded_is_a_no(recorded):
    found = prefill(recorded(CALL_EN, agent=discard_all), load_template())["objection_handled"]
    assert found.value is False and "Price too high" in found.evidence and "Wants to cancel" in found.evidence


def test_an_offer_is_a_yes_only_when_made(recorded):
    turns = [("customer", "Hello, my internet is so slow"), ("agent", "Good morning"), ("customer", "ok")]
    context = {"customer": {"products": ["tv"]}}
    made = prefill(recorded(turns, agent=insert_kind("upsell"), context=context), load_template())
    assert made["upsell_offered"].value is True and "Fibre upgrade" in made["upsell_offered"].evidence
    skipped = prefill(recorded(turns, agent=leave_alone, context=context), load_template())
    assert skipped["upsell_offered"].value is None and "not made" in skipped["upsell_offered"].evidence


def test_a_disclosure_the_agent_said_unprompted_counts(recorded):
    turns = [("customer", "Hello"), ("agent", "Good morning, this call is recorded for training"), ("customer", "ok")]
    found = prefill(recorded(turns, agent=leave_alone), load_template())["disclosure_given"]
    assert found == Prefill(True, "'Recording notice' said by the agent unprompted")


def test_a_disclosure_never_given_is_a_no(recorded):
    turns = [("customer", "Hello"), ("agent", "Good morning"), ("customer", "ok")]
    found = prefill(recorded(turns, agent=leave_alone), load_template())["disclosure_given"]
    assert found.value is False and "'Recording notice' left to expire" in found.evidence


def test_no_empathy_and_the_outcome_decide_their_criteria(recorded):
    turns = [("customer", "I am very angry"), ("agent", "Hello. What is your question?"), ("customer", "Bye")]
    escalated = prefill(recorded(turns, agent=insert_top, outcome="escalated"), load_template())
    assert escalated["empathy"].value is False
    assert escalated["resolution"] == Prefill(False, "Outcome recorded as 'escalated'")
    unknown = prefill(recorded(turns, agent=insert_top, outcome=None), load_template())
    assert unknown["resolution"].value is None


def test_criteria_without_a_rule_are_left_to_the_trainer(recorded):
    template = Template([Criterion("tone", "Kept a calm tone")])
    assert prefill(recorded(CALL_EN), template) == {
        "tone": Prefill(None, "No automatic suggestion: the trainer decides.")}


def test_the_trainers_answers_are_kept_not_the_suggestion(recorded, tmp_path):
    record = recorded(CALL_EN)
    template = load_template()
    suggested = prefill(record, template)
    answers = {key: p.value for key, p in suggested.items()} | {"empathy": False}  # the trainer disagrees
    store = Store(tmp_path / "copilot.db")
    store.save_scorecard(record.id, template.as_dict(), answers, "tia", 1.0)
    kept = load_record(store.db.conn, record.id).scorecard
    store.close()
    assert kept["answers"]["empathy"] is False and kept["trainer"] == "tia"
    # answered: greeting 1, objection 2, disclosure 2, resolution 2 met; empathy 1 not met
    assert score(kept["answers"], parse_template(kept["template"])) == pytest.approx(7 / 8)


def test_asking_to_repeat_is_not_empathy(tmp_path):
    from recorded import record_call

    from copilot.coaching.scorecard import load_template, prefill
    from copilot.record.recorder import BackgroundRecorder
    from copilot.record.session_record import load_record
    from copilot.record.storage import Store

    recorder = BackgroundRecorder(tmp_path / "c.db")
    call = record_call(recorder, [("customer", "Hello, my postcode is wrong on the bill"),
                                  ("agent", "Sorry, could you repeat your postcode?"),
                                  ("customer", "It is 1012 AB"), ("agent", "Thank you, fixed")])
    recorder.flush()
    recorder.close()
    store = Store(tmp_path / "c.db")
    record = load_record(store.db.conn, call.id)
    store.close()
    assert prefill(record, load_template())["empathy"].value is False
