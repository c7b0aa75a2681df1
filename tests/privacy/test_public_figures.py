"""People in the news are talked about, not on the call: their full names reach the model as they are. A caller who
has such a name, a first name alone, and everyone else are still redacted."""

from __future__ import annotations

import pytest

from copilot.privacy.redaction import RedactionSession


def redact(text: str, customer: dict[str, str] | None = None) -> str:
    session = RedactionSession()
    session.add_context({"customer": customer} if customer else {})
    return session.redact(text).text


@pytest.mark.parametrize(("text", "figure"), [
    ("Saw Lewis Hamilton talking about tyre wear on telly, is that true for road tyres?", "Lewis Hamilton"),
    ("J'ai vu Kylian Mbappé dans la pub, c'est le même modèle ?", "Kylian Mbappé"),
    ("Mijn zoon is fan van Max Verstappen, kan de taart een raceauto zijn?", "Max Verstappen"),
    ("האם זה השיר של נועה קירל?", "נועה קירל"),
    ("Is this the charger George W. Bush had?", "George W. Bush"),
])
def test_a_public_figure_stays(text, figure):
    assert figure in redact(text)


def test_a_caller_with_a_public_figures_name_is_still_redacted():
    sent = redact("Hi, this is Max Verstappen, about my order.", {"first_name": "Max", "last_name": "Verstappen"})
    assert "Verstappen" not in sent


def test_a_first_name_alone_and_other_people_are_still_redacted():
    sent = redact("My son Max loves Lewis Hamilton; my neighbour Sanne de Vries has the key.")
    assert "Lewis Hamilton" in sent and "Max" not in sent and "Sanne de Vries" not in sent
