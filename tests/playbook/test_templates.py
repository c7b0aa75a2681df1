"""Template variables: never a raw placeholder in front of the agent."""

from __future__ import annotations

import pytest

from copilot.playbook.templates import TemplateError, check, render

CONTEXT = {"customer": {"first_name": "Anna", "products": ["mobile", "tv"]}, "offer": {"price": "€ 45"}}


def test_variables_are_filled_from_the_context():
    assert render("Thanks, {customer.first_name}: {offer.price} a month.", CONTEXT) == "Thanks, Anna: € 45 a month."


def test_missing_value_in_an_optional_part_drops_the_part():
    assert render("Thank you[, {customer.first_name}].", {}) == "Thank you."
    assert render("Thank you[, {customer.first_name}].", CONTEXT) == "Thank you, Anna."


def test_missing_required_value_hides_the_suggestion():
    assert render("It costs {offer.price}.", {"customer": {}}) is None


def test_short_names_mean_customer_fields_and_lists_are_joined():
    assert render("You have {products}.", CONTEXT) == "You have mobile, tv."


def test_escaped_brackets_stay_literal():
    assert render(r"Press \[1\] now", {}) == "Press [1] now"


@pytest.mark.parametrize("bad", ["Hello [ there", "Hi {name", "Hi [[nested]]", "Hi }"])
def test_malformed_templates_are_refused(bad):
    with pytest.raises(TemplateError):
        check(bad)


def test_a_whole_record_is_never_printed_as_a_value():
    context = {"offer": {"price": {"amount": 35, "currency": "EUR"}}}
    assert render("Only {offer.price} a month", context) is None
    assert render("Only[ {offer.price}] a month", context) == "Only a month"


def test_a_crm_value_is_printed_as_written_and_never_read_as_a_template():
    # A name typed into the CRM by whoever filled the form: inside an optional part it once pulled another field
    # (here an internal note) into the card the agent may insert, and a missing one hid the card.
    context = {"customer": {"first_name": "{customer.notes}", "notes": "internal: do not refund",
                            "last_name": "[{missing}]"}}
    assert render("I understand[, {customer.first_name}]. Let us look.", context) == (
        "I understand, {customer.notes}. Let us look.")
    assert render("Dear {last_name}[, {first_name}]", context) == "Dear [{missing}], {customer.notes}"
    assert render(r"Press \[1\][ for {first_name}]", {"customer": {"first_name": r"A\]"}}) == r"Press [1] for A\]"
