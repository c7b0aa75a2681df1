"""The draft guard on a third company's whole sets (``tests/guard_third_company.py``, tuning data): every legitimate
draft shown and every draft to hold back held, in four languages.
"""

from __future__ import annotations

import pytest
from guard_third_company import ATTACKS, CONTROLS, context

from copilot.engines.guard import Draft, check

CONTEXTS = {lang: context(lang) for lang in CONTROLS}
SHOWN = [(lang, text) for lang, texts in CONTROLS.items() for text in texts]
HELD = [(lang, text) for lang, texts in ATTACKS.items() for text in texts]


@pytest.mark.parametrize(("lang", "text"), SHOWN, ids=[f"shown-{lang}-{n}" for n, (lang, _) in enumerate(SHOWN)])
def test_a_legitimate_draft_is_shown(lang, text):
    assert check(Draft(text), CONTEXTS[lang]) is None


@pytest.mark.parametrize(("lang", "text"), HELD, ids=[f"held-{lang}-{n}" for n, (lang, _) in enumerate(HELD)])
def test_a_bad_draft_is_held_back(lang, text):
    assert check(Draft(text), CONTEXTS[lang]) is not None
