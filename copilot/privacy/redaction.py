"""Personal data becomes typed placeholders before any text leaves the machine for a language model.

The model reads "[PHONE_1]" and "[NAME_1]" instead of the customer's number and name; its answer gets
the real values back here (``RedactionSession.restore``), so a suggestion can still say "Sanne".
A turn is redacted in its conversation (``redact_conversation``, ``Vault.redact_turns``): the agent's question
says what a bare answer is, a number dictated over several segments is read as one, numbers said in words
are read as digits. Text a customer types in the shape of a placeholder ("[EMAIL_1]") is data: it leaves as
a "[TEXT_n]" placeholder of its own and comes back exactly as typed, never as a value from the vault.
The detectors live in ``detectors``, ``postcodes``, ``spoken`` (with ``number_words``), ``addresses``,
``accounts``, ``names`` (with ``name_words``), ``answers``, ``recalled`` (values the call gave, said again or
corrected), ``tails`` (the last digits of one, read back), ``misheard`` (a failed checksum a word still names)
and ``owner`` (an agent's value is the company's unless it is the customer's); the conversation in ``context``.
A session that knows the call's CRM context (``add_context``) also hides the customer's own values from it
wherever the call says them (``crm``). Standard library only, and no Qt, so the CLI and the window redact alike.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from copilot.privacy.accounts import company_account, spoken_ibans
from copilot.privacy.addresses import (
    HEBREW_STREET_WORDS,
    boxes_again,
    company_place,
    corrected_before,
    corrected_house,
    houses_of,
    labelled_address,
    lives_on,
    neighbours_house,
    on_file_address,
    said_again,
    street_announced,
    streets,
    units_of,
)
from copilot.privacy.answers import (
    answers,
    compact_code,
    known_birthday,
    known_postcodes,
    spoken_emails,
    written_emails,
)
from copilot.privacy.context import PHONE_WORD, Turn, TurnContext, aside_end, turn_context
from copilot.privacy.crm import FLAT_WORD, CrmValues, crm_values, plain_spans, said_values, streets_alone
from copilot.privacy.detectors import (
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    CUT_EMAIL,
    DIGIT_RUN,
    EMAIL,
    HEBREW_PREFIXES,
    IBAN_LENGTHS,
    MONTH,
    YOU_SENT,
    Finding,
    dates,
    eleven_test,
    ibans,
    label_before,
    likened,
    luhn,
    mark,
    numbers,
    plausible_phone,
)
from copilot.privacy.fold import fold
from copilot.privacy.misheard import BSN_WORD, ID_OWNED, IL_ID_WORD, misheard
from copilot.privacy.name_words import RELATIONS
from copilot.privacy.names import (
    addressee,
    agent_staff,
    animal_named,
    animal_names,
    answers_who,
    booked_with,
    brought_up,
    circle_names,
    colleague_named,
    counted,
    couple_names,
    cued_names,
    desk_after,
    doctor_by_first_name,
    given_name,
    introduced,
    joined_names,
    kin_named,
    kin_then_name,
    known_names,
    lesson_with,
    listed_names,
    me_too,
    mentioned,
    misspelt_names,
    my_kin_before,
    names_from_context,
    opening_desk_after,
    opening_signed,
    ours_after,
    ours_before,
    own_name,
    role_named,
    signed_name,
    spelled_names,
    spelled_out,
    staff_named,
    thanked_or_awaited,
    uncued_names,
    wrong_as,
    yours_named,
)
from copilot.privacy.number_words import word_value
from copilot.privacy.owner import customers
from copilot.privacy.postcodes import after_address, postcodes
from copilot.privacy.public_figures import public_figure
from copilot.privacy.recalled import (
    CORRECTED,
    corrected_houses,
    corrections,
    crm_house_answered,
    house_numbered,
    houses_added,
    houses_again,
    houses_there,
    known_numbers,
    read_back,
    swapped_doors,
    taken_up,
    wrong_door,
)
from copilot.privacy.spoken import read_numbers
from copilot.privacy.tails import heads, tails

__all__ = ["CRM_KINDS", "KINDS", "Finding", "Redacted", "RedactionSession", "Redactor", "Turn", "TurnContext", "Vault",
           "names_from_context", "restore"]

KINDS = ("EMAIL", "PHONE", "IBAN", "CARD", "BSN", "IL_ID", "POSTCODE", "DATE_OF_BIRTH", "NAME", "ADDRESS")
CRM_KINDS = ("CUSTOMER_ID",)  # found only where the conversation's CRM context names the value
TYPED = "TEXT"  # placeholder-shaped text a person typed, escaped: it restores to itself
_PLACEHOLDER = re.compile(r"\[(" + "|".join((*KINDS, *CRM_KINDS, TYPED)) + r")_([0-9]+)\]", re.IGNORECASE)
_NO_CRM = CrmValues()
_REMEMBERED = ("DATE_OF_BIRTH", "PHONE", "BSN", "IL_ID", "CARD", "IBAN", "POSTCODE", "ADDRESS")  # read back later
_NUMBERS = ("PHONE", "BSN", "IL_ID", "CARD", "IBAN")


@dataclass(frozen=True, slots=True)
class Redacted:
    """What may leave the machine (``text``) and what it hides (``mapping``: placeholder -> original as this
    text spells it, so ``restore(text)`` gives back exactly what was said)."""
    text: str
    mapping: Mapping[str, str]
    findings: tuple[Finding, ...] = ()

    def restore(self, text: str) -> str:
        return restore(text, self.mapping)


def restore(text: str, mapping: Mapping[str, str]) -> str:
    """Real values back into model output; a placeholder the mapping does not know stays visible. One pass:
    a restored value is never read again, so a typed "[EMAIL_1]" that comes back stays "[EMAIL_1]"."""
    return _PLACEHOLDER.sub(lambda m: mapping.get(f"[{m.group(1).upper()}_{m.group(2)}]", m.group(0)), text)


class Redactor:
    """Finds personal data in one text; holds no conversation state, so one instance serves every call."""

    def __init__(self, *, today: date | None = None) -> None:
        self._today = today

    def redact(self, text: str, names: Iterable[str] = ()) -> Redacted:
        """One text on its own; a conversation should use a ``RedactionSession`` to keep placeholders stable."""
        return RedactionSession(names, redactor=self).redact(text)

    def find(self, text: str, names: Iterable[str] = (), *, context: TurnContext | None = None,
             known: frozenset[tuple[str, str]] = frozenset(), crm: CrmValues = _NO_CRM) -> list[Finding]:
        """Every piece of personal data, in text order, none overlapping another. ``context`` holds the
        question the text answers and the segments around it; ``known`` the values the call already gave;
        ``crm`` the customer's own values from the CRM context."""
        context = context or TurnContext()
        out = self._clipped(text, tuple(names), context, known, crm)
        alone = replace(context, after="", before="" if context.before and aside_end(text) else context.before)
        if alone != context:  # the segments after it may not finish what this one says: it still counts on its own;
            # and an aside before the rest of a number ("sorry, mijn tram stopte, 3431 6680") is read on its own too
            more = self._clipped(text, tuple(names), alone, known, crm)
            for f in more:  # read alone, a value may reach wider than the piece the next segment took: an IBAN's
                # country, bank code and first digits before an aside and its rest: the whole start, not its digits
                inside = [o for o in out if f.start < o.end and o.start < f.end]
                if not inside or f.kind in {o.kind for o in inside} and all(
                        f.start <= o.start and o.end <= f.end for o in inside) and len(f.text) > max(
                        len(o.text) for o in inside):
                    out = [o for o in out if o not in inside] + [f]
            out.sort(key=lambda f: f.start)
        return out

    def _clipped(self, text: str, names: tuple[str, ...], context: TurnContext,
                 known: frozenset[tuple[str, str]], crm: CrmValues) -> list[Finding]:
        """The findings in ``text`` read with the segments around it, clipped to ``text``."""
        skip = aside_end(text) if context.before else 0  # the rest of a number after an aside joins the piece before
        # "(819) 347" then "-2281": the dash joins the pieces as one number, as it would have in one segment
        glued = context.before[-1:].isdigit() and re.match(r"[-–][0-9]", text[skip:]) is not None
        prefix = f"{context.before}{'' if glued else ' '}" if context.before else ""
        whole = prefix + text[skip:] + (f" {context.after}" if context.after else "")
        found = self._find(whole, names, context, known, crm)
        low, high, shift = len(prefix), len(prefix) + len(text) - skip, len(prefix) - skip
        out = []
        for finding in found:
            start, end = max(finding.start, low), min(finding.end, high)
            if start >= end:
                continue
            part = whole[start:end].strip()
            start += len(whole[start:end]) - len(whole[start:end].lstrip())
            if not part:
                continue
            clipped = (start, start + len(part)) != (finding.start, finding.end)
            out.append(Finding(finding.kind, start - shift, start - shift + len(part), part, finding.key,
                               finding.text if clipped else finding.whole))
        return out

    def _find(self, original: str, names: tuple[str, ...], context: TurnContext,
              known: frozenset[tuple[str, str]], crm: CrmValues) -> list[Finding]:
        spoken = read_numbers(original)
        text, asked = spoken.text, context.asked
        ranked = [Finding(TYPED, m.start(), m.end(), m.group(), m.group()) for m in _PLACEHOLDER.finditer(text)]
        ranked += [Finding("EMAIL", m.start(), m.end(), m.group(), m.group().casefold()) for m in (
            *EMAIL.finditer(text), *CUT_EMAIL.finditer(text))]
        ranked += spoken_emails(text)
        ranked += written_emails(text)
        birth_days, numbers_given = _index(known)
        birth_days |= frozenset(value for kind, value in crm.personal if kind == "DATE_OF_BIRTH")  # the CRM's too
        heard = read_numbers(context.heard).text if context.agent and context.heard else ""
        houses = {n for kind, value in crm.personal if kind == "ADDRESS" for n in re.findall(r"[0-9]+", value)}
        # "our depot at Mill Lane 2" to a customer at Mill Lane 40: the customer's street, the company's number
        crm_said = [f for f in said_values(text, crm) if not (f.kind == "ADDRESS" and not houses & set(
            re.findall(r"[0-9]+", f.text)) and company_place(text, f, context.agent, venue="ADDRESS" not in asked))]
        theirs = [*_echoes(text, context), *crm_said, *tails(text, crm.personal, numbers_given),
                  *heads(text, crm.personal, numbers_given), *read_back(text, heard, context.heard_kind)]
        ranked += theirs
        taken = bytearray(len(text))  # per character: 1 a look-alike nothing may bite into, 2 already redacted
        for start, end in plain_spans(text, crm):  # the plan or a product the CRM names: "Groen Vast 3 jaar"
            taken[start:end] = b"\x01" * (end - start)
        mark(taken, likened(text), 1)  # "..., 010073831. It looks like a teudat zehut": not one
        mark(taken, _practice_details(text), 1)  # "Dierenkliniek Zoniën, 02 767 45 12": a practice's, not a person's
        mark(taken, _organisation_lines(text) if "PHONE" not in asked else (), 1)  # "the management company's
        # number is 03-...", not a phone asked for ("Op welk nummer kunnen we u bereiken?")
        given = _ibans_given(known)
        shaped = list(ibans(text))
        banking = context.conversation and (not context.agent or bool(shaped) and bool(
            _ACCOUNT_WORD.search(text) or YOU_SENT.search(text)))
        accounts = [*((f, valid or "IBAN" in asked or f.key in given or banking) for f, valid in shaped),
                    *((f, True) for f in spoken_ibans(text, asked))]  # misheard: asked for, or given; in a call, of
        # its country's exact length, an account mistyped: the customer's, or the agent's where the turn speaks of an
        # account or a bank ("La banque nous renvoie « compte inexistant ». Nous avons l'IBAN FR76 ...", "הבנק החזיר
        # "חשבון לא קיים". אצלנו רשום IL43 ..."): in batches 1-63 no look-alike of that shape fails the check, while
        # some 410 of the customers' IBANs do (the transposed ones), six of them read by the agent
        failing = [f for f, valid in shaped if not valid and banking]
        theirs += failing if context.agent else []  # the company's own account passes its check: a failing one the
        # agent reads is the one the customer wrote on a form
        ours = [f for f, real in accounts if real and f not in failing and company_account(text, f, given,
                                                                                             context.agent)]
        for account in ours:  # "NL.. ten name van Glaswerk Oost": whom the company's account is in, the company
            holder = _HOLDER_AFTER.match(text, account.end)
            if holder:
                mark(taken, [replace(account, start=holder.start("holder"), end=holder.end("holder"))], 1)
        for finding, real in (*((f, real and f not in ours) for f, real in accounts),
                              *dates(text, self._today or date.today(), asked="DATE_OF_BIRTH" in asked,
                                     known=birth_days)):
            (ranked.append(finding) if real else mark(taken, [finding], 1))  # a date is real beside a birth word
        places, codes = list(streets(text)), list(postcodes(text))
        mark(taken, (f for f in places + codes if company_place(text, f, context.agent,
                                                                  venue="ADDRESS" not in asked) and not any(
            r.start < f.end and f.start < r.end for r in ranked)), 1)  # the company's shop, as the customer names it
        found = numbers(text, mark(bytearray(taken), ranked, 1), context.label)
        ranked += found
        heard_ids = [f for f in misheard(text, context.id_said)] if context.conversation else []
        named_ids = [f for f in heard_ids if f.kind in ("BSN", "IL_ID") and f.text.isdigit()]
        if named_ids:  # "the ID number doesn't pass their check" ... "The form has 084796080.": nine digits in one
            # block that an ID word names, not a landline they happen to spell ("08-4796080" is written with a dash)
            ranked = [f for f in ranked if not (f.kind == "PHONE" and any(
                (i.start, i.end) == (f.start, f.end) for i in named_ids) and context.label != "PHONE" and
                label_before(text, f.start) != "PHONE")]
        if named_ids and context.agent:  # "het bsn klopt niet" - "Wij hebben ... doorgegeven": nine digits
            # that pass the other country's check by chance are the ID the call named, not a number of the company's
            ranked = [f for f in ranked if not (f.kind in ("BSN", "IL_ID") and any(
                (i.start, i.end) == (f.start, f.end) and i.kind != f.kind for i in named_ids))]
        ranked += heard_ids
        theirs += [f for f in heard_ids if f.kind in ("BSN", "IL_ID")] if context.agent else []  # an ID word names
        # it: no company's number, the one the customer gave ("they say the ID number 363211990 isn't valid")
        answered = list(answers(text, asked, other=context.label == "OTHER"))
        answered += [] if context.agent else [*street_announced(text), *lives_on(text)]  # "Het adres is Noorderhaven",
        # "Ik woon aan de Lindenkade": the number to come
        answered += [] if context.agent or "ADDRESS" in asked else labelled_address(text)  # "New address: Hillside 27"
        on_file = list(on_file_address(text)) if context.agent else []  # "הכתובת שרשומה אצלנו היא רינגלבלום 24"
        answered += on_file
        theirs += on_file
        for place in (*places, *answered):  # "הרב קוק 12/3": a house and a flat, not the 12th of March
            flat = re.search(r"[0-9]+/[0-9]+$", place.text) if place.kind == "ADDRESS" else None
            if flat and max(taken[place.start:place.end - len(flat.group())] or b"\0") == 0:
                mark(taken, [replace(place, start=place.end - len(flat.group()))], 0)
        again = [*houses_added(text, _houses_given(known) | {
                     n for a in (*places, *answered) if a.kind == "ADDRESS"
                     for n in re.findall(r"[0-9]+", read_numbers(a.text).text)}),
                 # "Tweeëntwintig. Eh, tweeëntwintig A eigenlijk", "Ah, 22-A": the door given, with its letter
                 *known_postcodes(text, _postcodes_given(known)), *known_birthday(text, birth_days),
                 *corrected_houses(text, _houses_given(known)),  # "c'est 1808, pas 1880"
                 *houses_again(text, _houses_given(known) | (houses if _houses_given(known) else set())),  # "Ja, 86."
                 # and, once a house came up in the call, the customer's own on file: "12? אנחנו ב21!"
                 *houses_there(text, _houses_given(known) | {n for p in places if p.kind == "ADDRESS"
                                                             for n in re.findall(r"[0-9]+", p.text)}),
                 # "Au cinquante et un il y a une boulangerie.", "Oostersingel 19! ... Negentien, met een één ervoor."
                 *(houses_of(text) if _houses_given(known) or "ADDRESS" in asked or any(  # "op nummer 38", "I'm at 9"
                     p.kind == "ADDRESS" for p in places) else ()),
                 *neighbours_house(text),  # "my neighbour at 7 takes parcels": a door on the street
                 *(units_of(text, earlier_house=not ("ADDRESS" in asked or any(p.kind == "ADDRESS" for p in places)))
                   if not context.agent and (_houses_given(known) or "ADDRESS" in asked or any(
                       p.kind == "ADDRESS" for p in places)) else ()),  # "he's at Flat 6", "room 9": where they are
                 *(crm_house_answered(text, frozenset(houses)) if "ADDRESS" in asked and not context.agent else ()),
                 *(() if context.agent else swapped_doors(text, frozenset(houses))),  # "at 16, we're at 61"
                 *wrong_door(text, _houses_given(known)),  # "Ah, I was at twenty-one" after "Twelve"
                 *house_numbered(text),  # "En het huisnummer is achttien."
                 *boxes_again(text, (value for kind, value in known if kind == "ADDRESS")),  # "wij zijn bus 3"
                 *_looked_up(text, known)]  # "אז הרצל 16" after the postcode and "16"
        theirs += again  # in an agent's turn a piece of a number or a street's other number is judged (``owner``)
        recalled = list(known_numbers(text, numbers_given))
        swaps = [m.span() for m in _SWAPPED.finditer(text) if m.group(1) == m.group(2)[::-1]]
        theirs += [f for f in recalled if len(f.key) == 2 and any(a <= f.start and f.end <= b for a, b in swaps)]
        # "alleen 47 in plaats van 74": two digits of the customer's number swapped, as the agent corrects them
        places = [p for p in places if not any(a.kind == "ADDRESS" and a.start <= p.start and p.end <= a.end and
                                               a.end - a.start > p.end - p.start for a in answered)]
        # "Dizengoff 180, apartment 9" answering "the address?": the whole address, not its flat alone
        ranked += [*codes, *places, *answered, *recalled, *_pieces_again(text, known), *_groups_taken_back(text, known),
                   *again]  # a street's form before a bare answer
        ranked += [*cued_names(text), *uncued_names(text), *known_names(text, names), *spelled_out(text)]
        ranked += [] if context.agent else [*circle_names(text), *kin_then_name(text),
                                            *couple_names(text)]  # "Wren from work", "... my
        # husband too? Kenji has ...": the caller's own people
        given_streets = _streets_given(known)
        read_again = list(said_values(text, given_streets))
        theirs += [f for f in read_again if ("ADDRESS", f.key) in given_streets.personal]  # the customer's, as given
        ranked += read_again  # last: a street given, read back with another number
        alone = list(streets_alone(text, crm | _streets_given(known)))  # and one of one word, said without it
        theirs += alone
        ranked += alone
        ranked = [f for f in ranked if f.kind != "NAME" or not _SPELLING_WORD.search(text, max(0, f.start - 20),
                                                                                       f.start)]
        # "T als in Theo", "B as in Bravo", "M comme Marcel": a word that spells a letter is no one's name
        # "c'est Steph Gagnon": the whole name, not "Gagnon"
        ranked = [f for f in ranked if f.kind != "NAME" or not _in_a_longer(f, longer)] if (
            longer := _by_start(f for f in ranked if f.kind == "NAME")) else ranked
        accepted: list[Finding] = []
        for finding in ranked:  # earlier detectors win: an e-mail address keeps the name inside it
            if finding.end > finding.start and max(taken[finding.start:finding.end]) < (
                    2 if finding.kind in ("EMAIL", TYPED) else 1):
                accepted.append(finding)
                mark(taken, [finding], 2)
        if context.agent:  # the agent's values are the company's unless they are the customer's (``owner``)
            people = {f.end for f in accepted if f.kind == "NAME" and (" " in f.text.strip() or (
                first := _FIRST_BEFORE.search(text, max(0, f.start - 24), f.start)) and given_name(first[1]))}
            # a full name, or a surname right after a first name ("Kees Okkerse met 06 ..."): a first name alone is
            # as often the company's own person ("Appelez Margaux au 02 ...")
            theirs += [f for f in accepted if f.kind == "PHONE" and (
                _THEIR_PHONE.search(text, max(0, f.start - 40), f.start) or (
                    (gap := _NAME_THEN_PHONE.search(text, max(0, f.start - 8), f.start)) and gap.start() in people))]
            # a person's phone the agent reads out: "the owner is Marc Lenaerts, 0472 ...", "Kees Okkerse met 06 ...",
            # "ואת הטלפון שלה, 054-...": the person's, not the company's
            company = [f for f in accepted if f not in theirs and not customers(text, f, known, crm.personal,
                                                                               crm.postcodes, heard)]
            company += [f for f in accepted if f.kind == "POSTCODE" and f not in company and f not in theirs and any(
                c.kind == "ADDRESS" and re.fullmatch(r"\s*,?\s*", text[c.end:f.start]) for c in company)]
            # "À l'atelier, 3 place des Prêcheurs, 13100 Aix": the company's street takes its postcode along, though
            # the customer lives in the same postcode
            holders = [h.span("holder") for f in company
                       if f.kind == "IBAN" and (h := _HOLDER_AFTER.match(text, f.end))]
            company += [f for f in accepted
                        if f.kind == "NAME" and any(a <= f.start and f.end <= b for a, b in holders)]
            accepted = [f for f in accepted if f not in company]  # and the holder named after it, as above
            mark(taken, company, 1)
        said = [*names, *(f.text for f in accepted if f.kind == "NAME")]
        again = [f for f in known_names(text, tuple(said)) if not f.text[:1].islower()]  # not "Will ... will call"
        found_names = [f for f in accepted if f.kind == "NAME"]
        joined = [*joined_names(text, found_names),  # "Olivier et Margaux"
                  *([] if context.agent else listed_names(text, found_names))]  # "Noam Feldstein, Maya Levi, Ariel
        # and Tamar Ben-David": the others of a list of people
        names_at = _by_start(f for f in accepted if f.kind == "NAME")
        gone: set[int] = set()  # names a longer one took the place of (``_widened``), dropped after the houses
        for spelled in (*spelled_names(text, said), *again, *joined,
                        *misspelt_names(text, said), *wrong_as(text, said)):  # "Siobhán Ní Bhriain. That's N-I,
            # then ...", "Whitfield-Jones. Whitfield as in ...", "c'est Ndiaye, pas Diaye", "Vous avez mis Watara": the
            # name just given, spelled, said again, one letter off, or as it was wrongly written
            gone |= _widened(text, taken, spelled, names_at)  # "Mary Beth" for "Beth" found alone
            if not max(taken[spelled.start:spelled.end]):
                accepted.append(spelled)
                if spelled.kind == "NAME":
                    names_at.setdefault(spelled.start, []).append(spelled)
                mark(taken, [spelled], 2)
        addresses = [f for f in accepted if f.kind == "ADDRESS"]
        for index, number in enumerate(accepted):  # "אז הזית 72." after "רחוב הזית 27 ... לא רגע, 72": the street too
            street = _street_before(text, number, known) if number.kind == "ADDRESS" else None
            if street is not None and not max(taken[street:number.start]):
                accepted[index] = Finding("ADDRESS", street, number.end, text[street:number.end], number.key)
                mark(taken, [accepted[index]], 2)
        addresses = [f for f in accepted if f.kind == "ADDRESS"]
        for repeated in said_again(text, addresses):  # "לא רגע, 17. הרצל 17.", "28E ... per ongeluk 82E"
            if not max(taken[repeated.start:repeated.end]):
                accepted.append(repeated)
                mark(taken, [repeated], 2)
        for address in addresses:  # "43 Tennyson Road - sorry, 34"
            for house in (corrected_house(text, address), corrected_before(text, address),
                          after_address(text, address),  # and its postcode, the town left out
                          None if context.agent else addressee(text, address)):  # "Eirlys Pritchard, 14 Heol ..."
                if house:
                    gone |= _widened(text, taken, house, names_at)  # "Isobel Reid, 14 ...": the whole name
                if house and not max(taken[house.start:house.end]):
                    accepted.append(house)
                    if house.kind == "NAME":
                        names_at.setdefault(house.start, []).append(house)
                    mark(taken, [house], 2)
        accepted = [f for f in accepted if id(f) not in gone] if gone else accepted
        for finding in [f for f in accepted if f.kind in ("PHONE", "IBAN", "CARD", "BSN", "IL_ID")]:
            more = taken_up(text, finding.end)  # "..., fifty-five... no, forty-five ninety": the rest, corrected
            if more and not max(taken[more[0]:more[1]]):
                accepted.append(Finding(finding.kind, *more[:2], text[more[0]:more[1]], more[2]))
                mark(taken, [accepted[-1]], 2)
        for start, end, digits, value in corrections(text):  # "06 41 72, nee sorry, 06 41 27 90 58"
            kind = next((f.kind for f in accepted if f.start <= value < f.end), None)
            if kind and kind != "DATE_OF_BIRTH" and not max(taken[start:end]):
                accepted.append(Finding(kind, start, end, text[start:end], digits))
        for birth in [f for f in accepted if f.kind == "DATE_OF_BIRTH"]:  # "1958... 12 augustus 1958": its year first
            year = _YEAR_BEFORE.search(text, max(0, birth.start - 16), birth.start)
            if year and year["year"] in birth.text and not max(taken[year.start("year"):year.end("year")]):
                accepted.append(Finding("DATE_OF_BIRTH", year.start("year"), year.end("year"), year["year"],
                                        birth.key))
                mark(taken, [accepted[-1]], 2)
        out: list[Finding] = []
        for finding in sorted(accepted, key=lambda f: f.start):
            start, end = spoken.span(finding.start, finding.end)
            street_word = _STREET_WORD_BEFORE.search(original, max(0, start - 12), start)
            if finding.kind == "ADDRESS" and street_word:
                start = street_word.start()  # "rechov Herzl 12", "sderot Rothschild 5": the Hebrew street word too
            door_word = _DOOR_WORD_BEFORE.search(original, max(0, start - 16), start) if finding.kind == "ADDRESS" \
                and _DOOR_ALONE.fullmatch(original, start, end) else None
            if door_word:
                start = door_word.start()  # "op nummer 23", "au numéro 12": a door said alone goes with its word
            if out and start < out[-1].end:
                continue  # two values read from one run of number words: the run leaves once
            last_one = out[-1] if out else None
            if last_one and finding.kind == last_one.kind == "ADDRESS" and _SPOKEN_DASH.fullmatch(
                    original, last_one.end, start):  # "forty dash two", "veertig streepje twee": a house and its flat
                out[-1] = Finding("ADDRESS", last_one.start, end, original[last_one.start:end],
                                  f"{last_one.key}-{finding.key}")
                continue
            if last_one and finding.kind == last_one.kind == "ADDRESS" and FLAT_WORD.match(original, start) and \
                    _FLAT_NEXT.fullmatch(original, last_one.end, start):  # the flat with the address before it
                out[-1] = Finding("ADDRESS", last_one.start, end, original[last_one.start:end], last_one.key)
                continue
            digit_by_digit = _spelled_digits(original, end, finding.text) if finding.kind == "ADDRESS" else 0
            end = digit_by_digit or end  # "58, five-eight", "58, cinq-huit": the number, then its digits one by one
            out.append(Finding(finding.kind, start, end, original[start:end], finding.key))
        out = _outside_complexes(original, out)
        return out if context.agent else [_with_floor(original, f, out) if f.kind == "ADDRESS" else f for f in out]


# A flat or a room by its number alone, with no street: "flat 12", "לדירה 14", "חדר 2", "kamer 7".
_UNIT_ONLY = re.compile(r"(?:[ובלמש]{0,2}(?:דירה|חדר)|(?i:flat|apartment|apt\.?|appartement|appt\.?|room|kamer|"
                        r"chambre|unit))[ ]?(?:(?i:no\.?|n°|nr\.?|מספר)[ ]?)?[0-9]{1,4}[A-Za-z]?")
# A building of a complex by its letter or number, in the same sentence: "in building B", "בבניין ג'", "מבניין א'",
# "gebouw C", "bâtiment 2", "blok D" - a campus, a residence or a hospital, whose flats and rooms are its own.
_BUILDING_OF_A_COMPLEX = re.compile(
    r"(?<![\w'’])(?i:building|block|gebouw|blok|bâtiment|batiment)[ ]+(?:[A-Z]|[0-9]{1,3})(?![\w'’])|"
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}בניין[ ]+(?:[\u05d0-\u05ea]['׳]|[0-9]{1,3})(?![\w\u05d0-\u05ea])")
# A room inside a flat, each by its number: "דירה 6, חדר 1", "room 2 in flat 17", "kamer 3 van appartement 12".
_ROOM_IN_FLAT = re.compile(
    r"(?<![\u05d0-\u05ea])[ובלמש]{0,2}(?:חדר[ ]?[0-9]{1,4}[ ,]+[ובלמש]{0,2}דירה|דירה[ ]?[0-9]{1,4}[ ,]+[ובלמש]{0,2}חדר)"
    r"[ ]?[0-9]{1,4}|(?<![\w'’])(?i:(?:room|kamer|chambre)[ ]?[0-9]{1,4}[ ,]+(?:(?:in|of|van|de|op|dans)[ ]+(?:the[ ]+|"
    r"l['’])?)?(?:flat|apartment|appartement)|(?:flat|apartment|appartement)[ ]?[0-9]{1,4}[ ,]+(?:(?:in[ ]+)?"
    r"(?:the[ ]+)?)?(?:room|kamer|chambre))[ ]?[0-9]{1,4}(?![\w'’])")
_SENTENCE_STOP = re.compile(r"[.!?…](?:\s|$)|\n")


def _outside_complexes(text: str, found: list[Finding]) -> list[Finding]:
    """The findings but the addresses that are only a flat or a room by its number, with no street or house number in
    their sentence, inside a complex: a building named by its letter or number in the sentence ("flat 7 in building
    B", "בבניין ג', דירה 14") or a room numbered within a flat ("דירה 6, חדר 1"). That is the landlord's, campus's or
    hospital's own premises, which no customer's street goes with; a neighbour's "דירה 29" said alone, or "Kerkstraat
    4, flat 7", stays an address. The sentences are found once per text, not once per flat."""
    units = [f for f in found if f.kind == "ADDRESS" and _UNIT_ONLY.fullmatch(f.text)]
    if not units:
        return found
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text)]
    streets = sorted(f.start for f in found if f.kind == "ADDRESS" and not _UNIT_ONLY.fullmatch(f.text))
    ours: set[int] = set()
    for unit in units:
        before, after = bisect_right(stops, unit.start), bisect_left(stops, unit.end)
        start, end = stops[before - 1] if before else 0, stops[after] if after < len(stops) else len(text)
        street = bisect_left(streets, start)
        if street < len(streets) and streets[street] < end:
            continue  # a street or a house in the same sentence: the flat is part of someone's address
        sentence = text[start:end]
        if _BUILDING_OF_A_COMPLEX.search(sentence) or any(
                m.start() + start <= unit.start and unit.end <= m.end() + start
                for m in _ROOM_IN_FLAT.finditer(sentence)):
            ours.add(id(unit))
    return [f for f in found if id(f) not in ours]


# Which door, floor or side of the house a customer's address goes on with: "..., tweede etage achterkant", "...,
# rez-de-chaussée", "..., ground floor at the back", "כניסה ב' דירה 7"; the entrance before it too.
_ORDINAL = (r"(?:eerste|tweede|derde|vierde|vijfde|zesde|1e|2e|3e|4e|5e|6e|first|second|third|fourth|fifth|top|"
            r"1st|2nd|3rd|[4-9]th|premier|première|deuxième|troisième|quatrième|cinquième|1er|2e|3e|4e|5e)")
_SIDE = (r"(?:\s*,?\s*(?i:achter(?:kant|zijde)?|voor(?:kant|zijde)?|links|rechts|at the (?:back|front)|"
         r"(?:round|around) the back|à (?:gauche|droite)|(?:au )?fond|côté (?:cour|rue)))")
_FLOOR_WORD_END = re.compile(r"(?i:etage|verdieping|floor|étage|grond|chaussée)$")
_FLOOR_AFTER = re.compile(
    rf"\s*,?\s*(?i:(?:{_ORDINAL}\s+(?:etage|verdieping|floor|étage)|begane grond|souterrain|ground floor|basement|"
    r"rez-de-chaussée|rez de chaussée|sous-sol|(?:au\s+)?fond de (?:la )?cour)"
    rf"{_SIDE}?|"
    r"קומ(?:ה|ת)\s+(?:קרקע|[\u05d0-\u05ea]+ית|[0-9]+))(?![\w'’])")
_ENTRANCE_BEFORE = re.compile(r"(?i:entrance|ingang|entrée|כניסה)\s+[\w\u05d0-\u05ea][׳'’]?\s*,?\s*$")


def _with_floor(text: str, address: Finding, found: Sequence[Finding]) -> Finding:
    """A customer's address with the floor or side said right after it and the entrance right before it."""
    def free(begin: int, stop: int) -> bool:  # no other finding takes any of text[begin:stop]
        return not any(f is not address and f.start < stop and begin < f.end for f in found)

    start, end = address.start, address.end
    floor = _FLOOR_AFTER.match(text, end)
    if floor and free(end, floor.end()):
        end = floor.end()
    side = re.match(_SIDE, text[end:]) if _FLOOR_WORD_END.search(text, 0, end) else None
    if side and not re.match(r"[\w'’]", text[end + side.end():end + side.end() + 1]) and free(end, end + side.end()):
        end += side.end()  # "..., first floor at the back": the side after a floor the address already holds
    entrance = _ENTRANCE_BEFORE.search(text, max(0, start - 20), start)
    if entrance and free(entrance.start(), start):
        start = entrance.start()
    if (start, end) == (address.start, address.end):
        return address
    return Finding("ADDRESS", start, end, text[start:end], address.key)


# A practice named by its name (a clinic, a doctor's or vet's practice, as a customer gives it for an emergency
# contact): "Dierenkliniek Zoniën", "Dierenartsenpraktijk Schalkwijk", "Amstelveen Animal Clinic", "Clinique
# vétérinaire des Aravis", "Cabinet dentaire du Lac", "מרפאה וטרינרית רעות". Its name and the address and line said
# right after it, up to the sentence's end or a word that turns to the speaker ("and my number ..."), are the
# practice's. A word for a practice written in lower case ("boven de dierenkliniek, Dorpsstraat 5") is no name.
_PRACTICE = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'’-]*(?:kliniek|praktijk)(?:\s+(?:(?:de|van|het|der|den|'t)\s+)*[A-Z][\w'’-]*)*|"
    r"(?:Kliniek|Praktijk)(?:\s+(?:(?:de|van|het|der|den|'t|voor|[a-z]+e)\s+)*[A-Z][\w'’-]*)+|"
    r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Clinic|Practice)|"
    r"(?:Clinique|Cabinet)\s+(?:[a-zéè]+\s+)?(?:(?:des|du|de la|de|d['’])\s*)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|"
    r"(?<![\u05d0-\u05ea])מרפא(?:ה|ת)\s+[\u05d0-\u05ea'׳\"]+(?:\s+[\u05d0-\u05ea'׳\"]+)?(?=\s*[,:–-]))")
_PRACTICE_DETAILS = re.compile(r"(?:\s*[,:–-]\s*[^,.!?;]+?(?=\s*(?:[,;!?]|\.(?:\s|$)|$)))+")
_TURNS_TO_SPEAKER = re.compile(r"(?<![\w\u05d0-\u05ea])(?i:mijn|my|mon|ma|mes|ik|i|je|moi|me|en|and|et|et mon|"
                               r"שלי|אני|ושלי)(?![\w\u05d0-\u05ea])")


def _practice_details(text: str) -> Iterable[Finding]:
    """The spans of a practice's name and of the address and phone said right after it (see ``_PRACTICE``)."""
    for match in _PRACTICE.finditer(text):
        end = match.end()
        details = _PRACTICE_DETAILS.match(text, end)
        if details:
            mine = _TURNS_TO_SPEAKER.search(text, end, details.end())
            end = mine.start() if mine else details.end()
        yield Finding("KEEP", match.start(), end, text[match.start():end], "")


# An organisation's line, named as its owner right before it: "the management company's number is 03-...", "het
# nummer van de VvE-beheerder is 0592 ...", "Le syndic, c'est le 04 ...", "the GP practice is 070 ...", "וחברת
# הניהול זה 09-...". A building's manager, a school, a practice or a town hall is no person: its number is kept.
_ORGANISATION = (r"(?<![\w-])(?i:(?:[\w-]+\s+)?compan(?:y|ies)|managing\s+agents?|letting\s+agen(?:t|cy)|"
                 r"(?:gp\s+|doctor['’]s\s+|dental\s+)?(?:practice|surgery)|council|town\s+hall|school|nursery|"
                 r"(?:vve|hoa|coop|co-op)(?:-?beheerder)?|(?:[\w-]*-)?beheerder|beheermaatschappij|\w*corporatie|"
                 r"gemeente|\w*praktijk|apotheek|kinderopvang|crèche|syndic|mairie|régie|copropriété|"
                 r"conseil\s+syndical|pharmacie|école|"
                 # a trade's or a lessor's: "Le garage c'est la carrosserie Dumas, au 04 ...", "de leasemaatschappij,
                 # Vrijdag Lease, dat is 035 ...", "the insurer's 0800 ..."
                 r"garage|carrosserie|body\s+shop|\w*maatschappij|loueur|verzekeraar|assureur|insurer)(?![\w-])|"
                 r"(?<![\u05d0-\u05ea])[ו]?(?:ועד\s+הבית|חברת\s+(?:ה)?ניהול|(?:ה)?עירייה|(?:ה)?מרפאה|בית\s+הספר|"
                 r"(?:ה)?מזכירות)(?![\u05d0-\u05ea])")
_ORGANISATION_LINE = re.compile(
    r"(?:(?<!\w)(?i:the|de|het|le|la|les|l['’]|du|des|our|their|onze|hun|notre|leur)\s*|(?<=,\s)|"  # named as a
    # body after an article or a comma ("C'est noté, carrosserie Dumas, 03 ..."): "the
    r"(?<![\u05d0-\u05ea])(?=ו?(?:ועד|חברת|ה)))"  # school", "de VvE", "le syndic", "חברת הניהול"; not "op school"
    rf"(?:{_ORGANISATION})(?:['’]s)?"
    r"(?P<between>(?:\s*[,:]?\s*(?!(?i:my|mijn|mon|ma|mes|me|mij|moi|our|je|i|ik)\b)(?!שלי)[^\W\d_][\w'’-]*){0,4})"
    r"\s*[,:]?\s*(?=[+(0-9])")


# "Their number" after an organisation named in the sentence before, no person between: "My GP at Linnaeus Health
# Centre sent me ... Their number's 020 ...", "la société de leasing ... leur numéro, c'est le 01 ...".
_THEIR_LINE = re.compile(r"(?<![\w'’])(?i:their|hun|leur)\s+(?i:phone\s+|telefoon)?(?i:number|nummer|numéro|line|lijn)"
                         r"(?:['’]s|\s+(?i:is|c['’]est|est|de|du))?\s*[,:]?\s*(?i:le\s+)?(?=[+(0-9])|"
                         r"(?<![\u05d0-\u05ea])(?:ה)?(?:מספר|טלפון)\s+שלהם\s*(?:(?:הוא|זה)\s*)?:?\s*(?=[+(0-9])")
_CARE_PLACE = re.compile(rf"{_ORGANISATION}|(?<![\w-])(?i:gp|huisarts\w*|m[ée]decin|health\s+cent(?:re|er)|"
                         r"medical\s+cent(?:re|er)|gezondheidscentrum|maison\s+m[ée]dicale|centre\s+m[ée]dical|"
                         r"clinic|kliniek|clinique|leasing|bailleur|lessor)(?![\w-])")
_PEOPLE = re.compile(rf"(?<![\w-])(?i:{RELATIONS}|parents|ouders|children|kids|kinderen|enfants|neighbours?|buren|"
                     r"voisins?|family|familie|famille)(?![\w-])|(?<![\u05d0-\u05ea])(?:הורים|ההורים|השכנים|המשפחה)")


def _organisation_lines(text: str) -> Iterable[Finding]:
    """The numbers an organisation named just before owns (``_ORGANISATION_LINE``), or an organisation named in the
    sentence before calls "their number" with no person named between (``_THEIR_LINE``): a phone read as a whole."""
    for their in _THEIR_LINE.finditer(text):
        window = text[max(0, their.start() - 160):their.start()]
        places = list(_CARE_PLACE.finditer(window))
        run = DIGIT_RUN.match(text, their.end())
        if places and run and not _PEOPLE.search(window, places[-1].end()) and plausible_phone(
                re.sub(r"[^0-9+]", "", run.group())):
            yield Finding("KEEP", run.start(), run.end(), run.group(), re.sub(r"[^0-9]", "", run.group()))
    for match in _ORGANISATION_LINE.finditer(text):
        run = DIGIT_RUN.match(text, match.end())
        while run and plausible_phone(re.sub(r"[^0-9+]", "", run.group())):
            yield Finding("KEEP", run.start(), run.end(), run.group(), re.sub(r"[^0-9]", "", run.group()))
            taken_back = CORRECTED.match(text, run.end())  # "au 04 78 ...... ah non, c'est à Lyon ça. Ici c'est le
            # 03 20 ...": the line said instead is the same body's
            instead = _INSTEAD.match(text, taken_back.end()) if taken_back else None
            run = DIGIT_RUN.match(text, instead.end()) if instead else None


# A word for an account or a bank, anywhere in an agent's turn that reads a failing IBAN.
_ACCOUNT_WORD = re.compile(r"(?<!\w)(?i:iban|\w*rekening\w*|accounts?|comptes?|rib|banks?|banque|incasso|"
                           r"pr[ée]l[eè]vement|domiciliation|domicili[ëe]ring|direct debit)(?!\w)|"
                           r"(?<![\u05d0-\u05ea])[הלמב]?(?:חשבון|בנק|הבנק)(?![\u05d0-\u05ea])")
_INSTEAD = re.compile(r"[^0-9.?!]{0,40}(?:[.!]\s+[^0-9.?!]{0,30})?(?=[+(0-9])")


def _by_start(findings: Iterable[Finding]) -> dict[int, list[Finding]]:
    by_start: dict[int, list[Finding]] = {}
    for finding in findings:
        by_start.setdefault(finding.start, []).append(finding)
    return by_start


def _in_a_longer(finding: Finding, by_start: dict[int, list[Finding]]) -> bool:
    """Whether a longer finding of ``by_start`` holds ``finding`` whole: those starting at most a name's length before
    it are looked at, not every one (a text of thousands of names compared each with each)."""
    reach = max(0, finding.start - _LONGEST_NAME)
    return any(o.end >= finding.end and o.end - o.start > finding.end - finding.start
               for start in range(reach, finding.start + 1) for o in by_start.get(start, ()))


_LONGEST_NAME = 200  # characters; a name (or a spelled-out one) found whole is shorter


def _widened(text: str, taken: bytearray, wider: Finding, names_at: dict[int, list[Finding]]) -> set[int]:
    """The ``id`` of each accepted name that lies whole inside ``wider``, a longer name for the same person, their
    places freed for it, when nothing else holds its span; whole words only ("ולכהן" is "and to" and the name, not a
    longer name); none otherwise. ``names_at``: the accepted names by where they start, looked up instead of every
    finding (a text of thousands of names, each said again, compared each with each); those taken out leave it, and
    the caller drops them from its findings once, after all its wider names."""
    if wider.kind != "NAME" or not any(taken[wider.start:wider.end]):
        return set()  # nothing lies inside it (a name found is marked in ``taken``)
    inside = [f for start in range(wider.start, wider.end) for f in names_at.get(start, ())
              if f.end <= wider.end and (f.start, f.end) != (wider.start, wider.end)
              and text[wider.start:f.start][-1:] in ("", " ") and text[f.end:wider.end][:1] in ("", " ")]
    if not inside or max(mark(bytearray(taken), inside, 0)[wider.start:wider.end]):
        return set()
    mark(taken, inside, 0)
    gone = {id(f) for f in inside}
    for f in inside:
        names_at[f.start] = [n for n in names_at[f.start] if id(n) not in gone]
    return gone


_SPELLING_WORD = re.compile(r"(?<![\w'’])[A-Za-z]\s*,?\s+(?i:as in|as for|als in|als|van|zoals|comme|"
                            r"comme dans|wie)\s+$")
# "58, cinq-huit", "nineteen. One nine", "honderdzesendertig. Een, drie, zes", "sixty-nine! Six nine", "soixante et
# un ! Six, un": the digit words after a house number
_WORDS = re.compile(r"[^\W\d_]+")
_DIGIT_WORDS = re.compile(r"[ ]?[,.!]?[ ]*((?:[^\W\d_]+)(?:(?:,?[ ]|-)[^\W\d_]+)+)(?![\w'’-])")


def _spelled_digits(text: str, end: int, number: str) -> int:
    """Where a house number's digits said one by one right after it end ("58, cinq-huit", "480, four-eight-oh"; "oh"
    the zero as English speaks it), or 0."""
    house = re.search(r"(?<![\w-])[0-9]+$", number)  # "Laan van Meerdervoort 480": its number
    number = house.group() if house else ""
    match = _DIGIT_WORDS.match(text, end) if len(number) >= 2 else None
    if match is None:
        return 0
    values = [(0, "unit") if word.casefold() == "oh" else word_value(word)
              for word in re.split(r",?[ ]|-", match.group(1))]
    digits = "".join(str(v[0]) for v in values if v is not None and v[1] == "unit")
    return match.end() if len(digits) == len(values) and digits == number else 0


# The holder named right after the company's own account: "ten name van ...", "in the name of ...", "au nom de ...",
# "à l'ordre de ...", "על שם ...". The company's name, up to the phrase's end or what comes with the payment.
_FIRST_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")  # the word right before a surname
# Between a person's name and the phone the agent reads out for them: "Joke Karsten, 06 ...", "Kees Okkerse met 06".
_NAME_THEN_PHONE = re.compile(r"(?:\s*[,:]\s*|\s+(?i:met|with|on|at|op|au|sur|:)\s+)$")
# A third person's phone, by its possessive: "her number is", "haar nummer:", "son portable,", "הטלפון שלה,".
_THEIR_PHONE = re.compile(
    r"(?<![\w'’])(?i:her|his|haar|zijn|son|sa)\s+(?i:mobile\s+|own\s+|eigen\s+)?(?i:phone|number|mobile|nummer|"
    r"telefoonnummer|mobiel|gsm|num[ée]ro|portable|t[ée]l[ée]phone)(?:\s+(?i:is|c['’]est|est))?\s*[:,]?\s*$|"
    r"(?<![\u05d0-\u05ea])[ואת ]*ה?(?:טלפון|מספר|נייד)\s+(?:שלה|שלו)\s*[:,]?\s*$")
_HOLDER_AFTER = re.compile(r"\s*,?\s*(?:(?i:t\.\s?n\.\s?v\.?|ten name van|op (?:de )?naam van|in the name of|"
                           r"(?:account )?name(?:d)?|"
                           r"payable to|au nom de|à l['’]ordre de)|על\s+שם)\s+(?P<holder>[^,.;:!?\n()]{1,50}?)"
                           r"(?=\s*(?:[,.;:!?\n()]|$)|\s+(?i:met|with|avec|and|en|et|ref|reference|référence|kenmerk)\b|"
                           r"\s+עם(?![\u05d0-\u05ea]))")

_SWAPPED = re.compile(r"(?<![0-9])([0-9]{2})\s+(?i:in plaats van|au lieu de|instead of|rather than|in place of|"
                      r"en niet|et non|and not|not|niet|pas|במקום|ולא)\s+([0-9]{2})(?![0-9])")
_STREET_WORD_BEFORE = re.compile(rf"(?<![\w'’-])(?i:{HEBREW_STREET_WORDS})\s+$|"
                                 # the ordinal a street's name opens with, read as a number: "Eerste Jan ...straat"
                                 r"(?<![\w'’-])(?:Eerste|Tweede|Derde|Vierde|Vijfde|Zesde|Zevende|Achtste|Negende|"
                                 r"Tiende|Elfde|Twaalfde)[ ]$")
_DOOR_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?i:huisnummer|nummer|number|num[ée]ro|nr\.?|no\.|n°)[ ]?$")
_DOOR_ALONE = re.compile(r"[0-9]{1,4}(?:[ ]?[a-zA-Z])?(?![\w])")
_FLAT_NEXT = re.compile(r"\s*,?\s*")  # between an address and its flat found apart: "... 7, דירה 4" is one address
_YEAR_BEFORE = re.compile(r"(?<![\w/.,:-])(?P<year>(?:19|20)[0-9]{2})\s*(?:\.{2,}|…|,|-|–)\s*$")  # "1958... ", "1958, "
_SPOKEN_DASH = re.compile(r"\s+(?i:dash|hyphen|slash|streepje|streep|liggend streepje|tiret|trait d['’]union|barre|"
                          r"oblique)\s+|\s*(?:קו|מקף|לוכסן)\s*")


# An article before a capitalised pair, not itself a surname's particle: "de Emma Original", "the John Lewis sale",
# "la Renault Clio" are things by their brand ("Jan de Vries" has a name before its "de").
_BRAND_BEFORE = re.compile(r"(?:^|(?<=[\s(])(?-i:[a-zà-ÿ][\w'’-]*)\s+|^)(?:de|het|een|the|an?|le|la|les|un|une)\s+$")


# A public place named after a person: "piscine Léo-Lagrange", "stade Pierre-Mauroy", "zwembad De Wezenberg", "the
# Victoria Baths", "בריכת גורדון". The name is the place's, not someone's of the call.
_PLACE_BEFORE = re.compile(r"(?<![\w'’])(?i:piscine|stade|gymnase|salle|école|collège|lycée|parc|square|quai|"
                           r"zwembad|sporthal|stadion|pool|stadium|leisure centre|sports centre|baths)\s+$|"
                           r"(?<![\u05d0-\u05ea])(?:בריכת|אצטדיון|פארק|גן)\s+$")


# The word that makes a first name a product's model ("the Emma Original"), not a surname ("the Peter Jansen account").
_MODEL = re.compile(r"Original|Classic|Premium|Pro|Plus|Max|Mini|Lite|Air|Hybrid|Deluxe|Select|Comfort|Essential|Ultra|"
                    r"Sport|Edition|Kids|Junior|Light|Soft|Firm|XL|One|Go|Home|Smart|Eco|Basic|Prestige|Signature")


def _echoes(text: str, context: TurnContext) -> list[Finding]:
    """The piece of a number the agent repeats ("0486...", "3579, yes?"): what the customer's piece was."""
    if not context.echoed:
        return []
    kind, key = context.echo_kind, context.echoed.zfill(9) if context.echo_kind == "IL_ID" else context.echoed
    return [Finding(kind, m.start(), m.end(), m.group(), key) for m in _ECHOED.finditer(text)
            if re.sub(r"[^0-9]", "", m.group()) == context.echoed]


_ECHOED = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2}[0-9]{2} ?(?:[A-Z]{4} ?)?)?[0-9]+(?:[ .-][0-9]+)*")  # "BE35 4173"


# The company's own name in the agent's greeting, before the agent gives theirs: "Met Tostino Koffie, u spreekt met
# Iris", "you're through to Tostino Coffee, this is Sam".
_GREETED_AT = re.compile(r"(?:^|\W)(?i:met|through\s+to|welcome\s+to|you['’]ve\s+reached|welkom\s+bij|bienvenue\s+chez|"
                         r"vous\s+êtes\s+(?:bien\s+)?chez)\s+$")
# The company's name set apart right after the opening greeting, the agent's own name after it: "Goedemorgen,
# Kranova Schilders, u spreekt met Bas", "Hello, Kranova, Bas speaking", "שלום, קרנובה צבע, מדבר בועז". A greeting
# to the customer by name ("Hello, Petra, Bas speaking") starts with a first name or a title, so only a name that
# starts with neither is read as the company's.
_GREETING_ALONE = re.compile(r"\s*(?i:hallo|hoi|dag|goede(?:n)?(?:morgen|middag|avond)|hello|hi|hey|good\s+(?:morning|"
                             r"afternoon|evening)|bonjour|bonsoir|salut|allô|allo)\s*,\s*$|"
                             r"\s*(?:שלום|היי|בוקר\s+טוב|ערב\s+טוב|צהריים\s+טובים)\s*,\s*$")
_SET_APART_BEFORE_OWN = re.compile(r"\s*(?:,|—|–|-)\s*(?:[\w'’]+\s+){0,3}$")


_PAIRED_BEFORE = re.compile(r"(?<![\w'’])(?P<name>[\w'’-]+)\s+(?:(?i:of|or|ou|en|and|et|&)\s+|או\s+|ו)$")
_PAIRED_AFTER = re.compile(r"\s+(?:(?i:of|or|ou|en|and|et|&)\s+|או\s+|ו)(?P<name>[\w'’-]+)")


def _company_greeted(text: str, name: Finding, own: tuple[int, int], customers: set[str]) -> bool:
    """Whether the name found before the agent's own name in an opening turn is the company's, set apart right
    after the greeting (see ``_GREETING_ALONE``)."""
    words = name.text.split()
    return (name.end <= own[0] and _GREETING_ALONE.fullmatch(text, 0, name.start) is not None and
            _SET_APART_BEFORE_OWN.fullmatch(text, name.end, own[0]) is not None and
            not given_name(words[0]) and not {w.casefold() for w in words} & customers)


@lru_cache(maxsize=64)
def _index(known: frozenset[tuple[str, str]]) -> tuple[frozenset[str], Mapping[str, str]]:
    """The days of birth, and the numbers (digits -> kind), a call has given so far."""
    birth_days = frozenset(key for kind, key in known if kind == "DATE_OF_BIRTH")
    return birth_days, {key.lstrip("0"): kind for kind, key in known if kind in _NUMBERS and len(key) >= 6}


def _kinds_found(findings: Iterable[Finding]) -> frozenset[str]:
    """The kinds a turn gave, for the turns after it; a house number alone ("Number 9") gives no street yet, so the
    street said next ("Heol y Nant, CF14 6AY") still answers the question for the address."""
    kinds = {f.kind for f in findings}
    addresses = [f for f in findings if f.kind == "ADDRESS"]
    if addresses and all(re.fullmatch(r"\d{1,5}[A-Za-z]?", f.text.strip()) for f in addresses):
        kinds = (kinds - {"ADDRESS"}) | {"HOUSE"}
    return frozenset(kinds)


def _pieces_again(text: str, known: frozenset[tuple[str, str]]) -> Iterable[Finding]:
    """The end of a number the agent just read back, confirmed in a short turn: "Yes, 061 is correct." after "your ID
    ending in 061?"."""
    pieces = {key: kind for kind, key in known if kind in _NUMBERS and 3 <= len(key) <= 5 and key.isdigit()}
    for run in DIGIT_RUN.finditer(text) if pieces and len(text.split()) <= 8 else ():
        kind = pieces.get(re.sub(r"[^0-9]", "", run.group()))
        if kind:
            yield Finding(kind, run.start(), run.end(), run.group(), re.sub(r"[^0-9]", "", run.group()))


_PIECES_SEGMENT = 16  # words at most in a segment read as the next pieces of a number being dictated
# An amount, a time, a count of something: "9:30", "46 jaar", "3 years", "12 fois", "2 שנים".
_NOT_A_PIECE_AFTER = re.compile(r"\s*(?:[:h.,][0-9]|%|(?i:uur|u\b|h\b|heures?|hours?|o['’]clock|am\b|pm\b|min|"
                                r"jaar|years?|ans?\b|années?|maanden|months?|mois|weken|weeks?|semaines?|dagen|days?|"
                                r"jours?|keer|times|fois|x\b)|(?:שנים|שנה|חודשים|ימים|פעמים)(?![\u05d0-\u05ea])|"
                                rf"(?i:{MONTH})(?!\w))")  # "le 20 juin": a date, no piece
# A time said after a piece: "after 5", "na 6", "après 18", "אחרי 5"; a short code: "*5208"; a file's number.
_TIME_WORD_BEFORE = re.compile(r"(?<!\w)(?i:after|before|from|at|until|na|voor|vanaf|om|tot|après|avant|dès|à|"
                               r"jusqu['’]à|אחרי|לפני|עד|מ|ב)[\s-]*$")
# "and after that" opening a sentence of pieces is the rest of the number, no time: "38 95... ah non, c'était bien le
# premier. Et après 16.", "En na 84", "And after, 21".
_THEN_BEFORE = re.compile(r"(?:^|[.!?…,;:]\s*)(?i:et|en|and)\s+(?i:après|after|na|daarna|ensuite)[\s,-]*$")
# A month or an expiry just before: "Vervalt in maart 2029", "expires June 28", "תוקף עד מרץ 27".
_DATE_WORD_BEFORE = re.compile(rf"(?<!\w)(?i:{MONTH}|verval\w*|verloop\w*|geldig|expir\w*|valid|validité|תוקף)\.?"
                               r"[\s,:-]*$")  # "Vervaldatum tien achtentwintig" too
# A card's expiry or a date after the card's digits: "geldig tot 05/28", "expires 08/27", "תוקף 03/29".
_EXPIRY_SHAPE = re.compile(r"[0-9]{1,2}\s*[/.-]\s*[0-9]{2,4}")


_PIECE_WORDS = 8  # words at most in a customer's segment read as pieces of the number asked for


def _piece_kind(text: str, context: TurnContext, findings: Sequence[Finding], *, head: bool = False) -> str:
    """For a customer's short segment with no question: the one kind of number it gives pieces of, as it is said,
    before the rest arrives. The one the agent asked for ("Op welk nummer kan de chauffeur u bellen?" "Mobiel, 06,
    28... nee sorry, 38"), or the one a group of this very segment was found to be ("0476... ik rij door een tunnel,
    31 84", "076... 762, רגע, לא, 726"): its other groups are pieces of the same value, the one taken back too."""
    if not head and len(text.split()) > _PIECE_WORDS or "?" in text:
        return ""  # (``head``: the first sentences of a longer turn, counted by ``_leading_pieces``)
    asked = context.asked & _DICTATED_KINDS
    if len(asked) == 1 and not context.other:
        return next(iter(asked))
    kinds = {f.kind for f in findings if f.kind in _DICTATED_KINDS}
    if len(kinds) == 1:
        return next(iter(kinds))
    start = _PHONE_START_ALONE.fullmatch(text)
    return "PHONE" if start and not context.other and 2 <= len(re.sub(r"[^0-9]", "", start.group())) <= 7 else ""


# An IBAN's country and check digits, and its bank's code after them, said as pieces: "GB22... BARC...".
_IBAN_PIECE = re.compile(r"(?<![A-Za-z0-9])(?P<country>[A-Z]{2})[0-9]{2}(?:[\s.…,-]{1,5}[A-Z]{4})?(?![A-Za-z0-9])")


def _iban_start(text: str, findings: Sequence[Finding]) -> Iterable[Finding]:
    """The start of an IBAN in a segment that gives pieces of one: its country, check digits and bank code, or the
    bank code opening a segment after them."""
    bank = _BANK_CODE_FIRST.match(text)  # "NWBK 8198... 1535": the segment goes on after the country's digits
    if bank and not any(f.start < bank.end(1) and bank.start(1) < f.end for f in findings):
        yield Finding("IBAN", bank.start(1), bank.end(1), bank[1], bank[1])
    for match in _IBAN_PIECE.finditer(text):
        if match["country"] in IBAN_LENGTHS and not any(f.start < match.end() and match.start() < f.end
                                                        for f in findings):
            yield Finding("IBAN", match.start(), match.end(), match.group(), re.sub(r"[^0-9A-Z]", "", match.group()))


_BANK_CODE_FIRST = re.compile(r"\W*([A-Z]{4})(?=[\s.…,-]{1,5}[0-9])")
_SENTENCE_AFTER = re.compile(r"(?<=[.!?…])\s+")


def _leading_pieces(text: str) -> int:
    """Where the first sentences of a long turn or one with a question end, when they are short (eight words at
    most besides the digit groups, no question) and hold digits: "Yes. Then 8944, and 12 at the end. Did you get
    that?", "11. Dat was hem. Scheelt het nog wat ...?", "So it's 614... 081... and 497. Wait, no. 479. Sorry, the
    print is tiny."; 0 if there are none."""
    if len(text.split()) <= _PIECE_WORDS and "?" not in text:
        return 0
    end, words, head = 0, 0, 0
    for stop in (*(m.start() for m in _SENTENCE_AFTER.finditer(text)), len(text)):
        sentence = text[end:stop]
        words += len([word for word in sentence.split() if not re.search(r"[0-9]", word)])
        if "?" in sentence or words > _PIECE_WORDS:
            break
        head = stop if re.search(r"[0-9]", text[:stop]) else head
        end = stop
    return head


def _lead_in(text: str) -> int:
    """Where a customer's short lead-in ends: its first sentences with no digit and no question, eight words at
    most ("Eh, momentje, ik lees het van m'n pasje."), when digits follow; 0 if there is none."""
    first = re.search(r"[0-9]", text)
    if first is None:
        return 0
    lead = max((m.end() for m in _SENTENCE_AFTER.finditer(text, 0, first.start())), default=0)
    return lead if lead and "?" not in text[:lead] and len(text[:lead].split()) <= _PIECE_WORDS else 0


_DICTATED_KINDS = frozenset(_NUMBERS)
# What may stand before a first piece: the segment's start, a pause or a comma, a correction, a filler, a word for
# the phone: "Mobiel, 06, 28... nee sorry, 38", "en dan 91", "076... 762, רגע, לא, 726".
_PIECE_BEFORE = re.compile(r"(?:^|[,.…:;!—–-]|(?<!\w)(?i:nee|no|non|nope|sorry|pardon|oops|oeps|wacht|wait|attendez|"
                           r"eh|uh|euh|ehm|um|erm|dan|then|and|en|et|puis|ensuite|après|after|daarna|is|it['’]?s|c['’]est|mobiel|gsm|mobile|"
                           r"cell|portable|natel|so|dus|donc|alors)|(?<![\u05d0-\u05ea])(?:רגע|לא|סליחה|ו?אז|נייד|טלפון)|"
                           r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2})\s*$")  # "BE50 5260...": an IBAN's first group
# A "postcode" of digits alone, or of digits and a word taking them back: "8638", "5512 no", "1043 nee".
_DIGITS_AS_POSTCODE = re.compile(r"[0-9]{4}(?:\s*(?i:no|nee|non))?")
# A segment that is only the first digits of a phone, its trunk 0 or country code: "06 71", "054", "+32 475".
_PHONE_START_ALONE = re.compile(r"\s*(?:(?:\+|00 ?)[0-9]{1,3}|0[0-9]{1,3})(?:[ .-][0-9]{2,3}){0,2}[\s.,…-]*")


def _pieces_on(text: str, kind: str, findings: Sequence[Finding], *, strict: bool = False) -> Iterable[Finding]:
    """The digit groups of a short segment that goes on with a number being dictated (``TurnContext.dictating``):
    the piece taken back and the piece said instead ("3453, no sorry, 3435"), the rest after an aside, all pieces of
    the same value, the wrong one too. Pieces of two to eight digits (a whole number is the detectors' to judge: "my
    file with you is 0475 22 81 40"); not an amount, a time, a count or a star code. ``strict``, for the first
    pieces (``_piece_kind``): only a group that starts the segment or follows a pause, a comma, a correction or a
    word for the phone, not one a word names ("order 58213", "kamer 214", "in 2023")."""
    if len(text.split()) > _PIECES_SEGMENT:
        return
    for run in DIGIT_RUN.finditer(text):
        digits = re.sub(r"[^0-9]", "", run.group())
        if not 2 <= len(digits) <= (12 if kind == "IBAN" else 8) or _EXPIRY_SHAPE.fullmatch(run.group()) or any(
                f.start < run.end() and run.start() < f.end for f in findings):
            continue
        if re.search(r"[0-9][,.]$", text[max(0, run.start() - 2):run.start()]):
            continue  # "₹1,85,000": the rest of a number written with separators, not a piece after a comma
        if text[max(0, run.start() - 1):run.start()] in ("*", "#") or _TIME_WORD_BEFORE.search(
                text, max(0, run.start() - 12), run.start()) and not _THEN_BEFORE.search(
                text, max(0, run.start() - 16), run.start()) or _DATE_WORD_BEFORE.search(
                text, max(0, run.start() - 20), run.start()):
            continue
        if strict and not _PIECE_BEFORE.search(text, 0, run.start()):
            continue
        if CURRENCY_BEFORE.search(text, max(0, run.start() - 8), run.start()) or CURRENCY_AFTER.match(
                text, run.end()) or _NOT_A_PIECE_AFTER.match(text, run.end()):
            continue
        yield Finding(kind, run.start(), run.end(), run.group(), digits)


def _pieces_in_words(text: str, kind: str, findings: Sequence[Finding], *, strict: bool) -> Iterable[Finding]:
    """The pieces of ``_pieces_on`` said in words, in a segment with no digit written: "six two eight...", "and
    three oh one seven.", "attendez... vingt-huit, treize." (the start of the number given in the turn before)."""
    if re.search(r"[0-9]", text):
        return
    spoken = read_numbers(text)
    for piece in _pieces_on(spoken.text, kind, (), strict=strict):
        start, end = spoken.span(piece.start, piece.end)
        if end > start and not any(f.start < end and start < f.end for f in findings):
            yield Finding(kind, start, end, text[start:end], piece.key)


# A digit group that leaves the number unfinished: "07912...", "48…", "631 ..."
_TRAILING = re.compile(r"\s*(?:\.{2,}|…)")
_THINGS_NEAR = re.compile(r"(?i:order|bestel|factuur|invoice|booking|boeking|reserv|commande|facture|dossier|"
                          r"klant|customer|client|account|rekening|compte|ticket|track)|הזמנה|חשבונית|לקוח|חשבון")
_PHONE_START = re.compile(r"(?:(?:\+|00 ?)[0-9]{1,3}|0[0-9]{1,4})(?:[ .-][0-9]{2,3}){0,2}")
_COMMA_ONLY = re.compile(r"[ ]*,[ ]*")
_PIECE_THEN_PAUSE_AT_END = re.compile(r"[0-9]\s*(?:\.{2,}|…)\s*$")


def _pieces_still_coming(text: str, findings: Sequence[Finding]) -> Iterable[Finding]:
    """The pieces of a telephone number a customer's turn starts to dictate after naming it and has not finished,
    an aside to someone in the room between ("... it's my UK one. 07912... Noah, put that down! Sorry. 468...",
    "C'est le 06 72... Léo, lâche le chien ! Pardon. 48...", "החלפתי מספר ... 054... נועם, תעזוב! סליחה. 631..."):
    the turn ends on a group and a pause, and its first group after the word for the number starts as a phone does
    (a 0 or a +) and is followed by a pause too. Every group from that one on is a piece of the same number."""
    if not _PIECE_THEN_PAUSE_AT_END.search(text):
        return
    named = PHONE_WORD.search(text)
    if named is None or _THINGS_NEAR.search(text, max(0, named.start() - 20), named.end() + 20):
        return  # "mijn ordernummer is 0452... even kijken... 18..."
    runs = list(DIGIT_RUN.finditer(text, named.end()))
    first = next((i for i, run in enumerate(runs) if _TRAILING.match(text, run.end()) or (  # "06, 12...": a first
        i + 1 < len(runs) and _COMMA_ONLY.fullmatch(text, run.end(), runs[i + 1].start()) and  # group, a comma, then
        _TRAILING.match(text, runs[i + 1].end()))), None)  # the next one and a pause
    if first is None or not _PHONE_START.fullmatch(runs[first].group()) or "?" in text[runs[first].start():]:
        return
    for run in runs[first:]:
        digits = re.sub(r"[^0-9]", "", run.group())
        if 2 <= len(digits) <= 8 and not any(f.start < run.end() and run.start() < f.end for f in findings) and not (
                CURRENCY_BEFORE.search(text, max(0, run.start() - 8), run.start()) or
                CURRENCY_AFTER.match(text, run.end()) or _NOT_A_PIECE_AFTER.match(text, run.end()) or
                _TIME_WORD_BEFORE.search(text, max(0, run.start() - 12), run.start())):
            yield Finding("PHONE", run.start(), run.end(), run.group(), digits)


def _id_still_coming(text: str, findings: Sequence[Finding]) -> Iterable[Finding]:
    """The pieces of an ID number a customer's turn starts to dictate after naming it and has not finished, a piece
    taken back between ("They want her ID number on your form. It's 203... 943, no, sorry, 934...", "ביטוח לאומי
    צריך את תעודת הזהות שלה. זה 310... 371, לא, 317...", "Mijn BSN? Dat is 2304... 11..."): the turn ends on a
    group and a pause, the first group after the last word for the ID is followed by a pause or a comma, and no
    other digits stand between the word and it. Every group from that one on is a piece of the same ID."""
    if not _PIECE_THEN_PAUSE_AT_END.search(text):
        return
    named = [*IL_ID_WORD.finditer(text), *BSN_WORD.finditer(text), *ID_OWNED.finditer(text)]
    if not named:
        return
    last = max(named, key=lambda m: m.end())
    kind = "BSN" if BSN_WORD.search(last.group()) else "IL_ID"
    runs = list(DIGIT_RUN.finditer(text, last.end()))
    while runs and _SENTENCE_ENDS.match(text, runs[0].end()):
        runs = runs[1:]  # "... בטופס 17. הוא שמעון דהן. המספר... 124...": a form's number, its sentence over first
    if not runs or not (_TRAILING.match(text, runs[0].end()) or _COMMA_ONLY.match(text, runs[0].end())) or \
            "?" in text[runs[0].start():]:
        return
    if sum(len(re.sub(r"[^0-9]", "", run.group())) for run in runs) < 6 and not (
            len(runs) == 1 and 3 <= len(re.sub(r"[^0-9]", "", runs[0].group())) <= 5 and
            _ID_LEAD.search(text, max(0, runs[0].start() - 24), runs[0].start())):
        return  # a single short group is no start of a nine-digit ID being dictated, unless the turn ends on it
        # as the ID's first digits: "It's 338...", "I'll give it, it's 2472...", "המספר... 124..."
    for run in runs:
        digits = re.sub(r"[^0-9]", "", run.group())
        if 2 <= len(digits) <= 8 and not any(f.start < run.end() and run.start() < f.end for f in findings) and not (
                CURRENCY_BEFORE.search(text, max(0, run.start() - 8), run.start()) or
                CURRENCY_AFTER.match(text, run.end()) or _NOT_A_PIECE_AFTER.match(text, run.end())):
            yield Finding(kind, run.start(), run.end(), run.group(), digits.zfill(9) if kind == "IL_ID" else digits)


# A group that ends its sentence, more words after it: no piece of a number still being dictated.
_SENTENCE_ENDS = re.compile(r"[.!?;](?![.…])\s+(?=[^\W\d_])")
# What hands over an ID's first digits just before them: "It's 338...", "het is 2304...", "c'est 203...", "המספר...".
_ID_LEAD = re.compile(r"(?:(?<![\w'’])(?i:is|it['’]?s|c['’]est|dat is|het is|voilà|voici)|"
                      r"(?<![\u05d0-\u05ea])(?:זה|הוא|היא|המספר))\s*(?:[:,]|\.{2,}|…)?\s*$")


_PAUSE = re.compile(r"\.{2,}|…")
_BETWEEN_GROUPS = re.compile(r"[\s,.…-]*")
_ASIDE_WORDS = 12  # words at most in an aside between two groups of a number being dictated
# Between two groups of a phone dictated with pauses: "en dan 48", "and then 19", "et puis 12", "ואז 30"; and a group
# taken back at once and said again ("72 50, nee, 72 05", "41, no sorry, 14", "לא, 93").
_THEN_GAP = re.compile(r"[\s,.…-]*(?:(?i:en dan|and then|et puis|en|and|et)|ואז)[\s,.…-]*")
_SLIP_GAP = re.compile(r"[\s,.…-]*(?:(?i:(?:o|oh|eh|euh|uh|oei)[\s,]+)?"
                       r"(?i:nee|no|non|sorry|pardon|wacht|wait|attendez)"
                       r"(?:[\s,.…-]+(?i:nee|no|non|sorry|pardon|wacht|wait|attendez|ik bedoel|I mean|je veux dire))"
                       r"{0,2}|"
                       r"לא|רגע לא|לא רגע|לא סליחה|סליחה לא)[\s,.…!-]*")  # "62, sorry, no, 26", "o nee wacht"
_PLUS_BEFORE = re.compile(r"(?<![\w'’])(?i:plus|\+)\s*$")


def _phone_in_pieces(text: str, findings: Sequence[Finding], *, named: bool) -> Iterable[Finding]:
    """A telephone number a customer's turn dictates whole, group by group with pauses, an aside to someone in the
    room or a "let me scroll" between ("06... 47... 91... Inès, arrête de taper ton frère... pardon. 38, 25.", "plus
    44... 7700... let me scroll... 841, 236.", "054... 821... עומרי, תפסיק!... סליחה. 67... 30."), after a word for
    the number in the turn or one of the two before: the groups from the first that starts as a phone does (a 0 or a
    plus) and is followed by a pause, read together, make a whole phone number. Each group is a piece of it."""
    named_at = PHONE_WORD.search(text)
    if not _PAUSE.search(text) or not (named or named_at):
        return
    if named_at and _THINGS_NEAR.search(text, max(0, named_at.start() - 20), named_at.end() + 20):
        return  # "mijn ordernummer is 0452... even kijken... 18..."
    runs = list(DIGIT_RUN.finditer(text))
    for first, run in enumerate(runs):
        plus = "+" if _PLUS_BEFORE.search(text, max(0, run.start() - 6), run.start()) else ""
        if not ((plus or _PHONE_START.fullmatch(run.group())) and _TRAILING.match(text, run.end())):
            continue
        chain = [run]
        slips: set[int] = set()
        for later in runs[first + 1:]:
            gap = text[chain[-1].end():later.start()]
            if _SLIP_GAP.fullmatch(gap) and len(re.sub(r"[^0-9]", "", later.group())) == len(
                    re.sub(r"[^0-9]", "", chain[-1].group())):
                slips.add(len(chain) - 1)  # "72 50, nee, 72 05": the group said again stands for the slip
            elif not (_BETWEEN_GROUPS.fullmatch(gap) or _THEN_GAP.fullmatch(gap) or _PAUSE.search(gap) and
                      len(gap.split()) <= _ASIDE_WORDS and "?" not in gap):
                break
            chain.append(later)
        dialled = plus + "".join(re.sub(r"[^0-9]", "", piece.group()) for index, piece in enumerate(chain)
                                 if index not in slips)
        if len(chain) >= 3 and plausible_phone(dialled):
            for piece in chain:
                if not any(f.start < piece.end() and piece.start() < f.end for f in findings) and not (
                        CURRENCY_AFTER.match(text, piece.end()) or _NOT_A_PIECE_AFTER.match(text, piece.end())):
                    yield Finding("PHONE", piece.start(), piece.end(), piece.group(),
                                  re.sub(r"[^0-9]", "", piece.group()))
        return


_ID_DIGITS = 9  # a BSN's, an Israeli ID's


def _id_in_pieces(text: str, findings: Sequence[Finding], named: str) -> Iterable[Finding]:
    """An ID a customer's turn dictates whole, group by group with pauses, an aside between ("Ze leest het voor ...
    177... 356... mam, hoe verder? O ja, 017.", "שלו... 039... רגע, איפה זה... 215, 441."), after a word for the ID
    in the turn or one of the two before it (``named``): consecutive groups that together make nine digits passing
    the ID's check (the eleven test of a BSN, the check digit of an Israeli ID) are its pieces. An aside may ask
    something ("hoe verder?"): the check, not the words, says the groups are one number."""
    if not named or not _PAUSE.search(text):
        return
    covered = mark(bytearray(len(text)), [f for f in findings if f.kind != named], 1)
    ours = mark(bytearray(len(text)), [f for f in findings if f.kind == named], 1)  # pieces found already: joined,
    # not found again ("302... 927, לא סליחה, 972, 005": the first group with the others)
    runs = [run for run in DIGIT_RUN.finditer(text) if not any(covered[run.start():run.end()])]
    groups = [re.sub(r"[^0-9]", "", run.group()) for run in runs]
    # a group taken back at once and said again ("061... 360, no wait, 306, 932"): the second stands for the first
    slips = [False] + [bool(_SLIP_GAP.fullmatch(text, a.end(), b.start())) and len(x) == len(y)
                       for a, b, x, y in zip(runs, runs[1:], groups, groups[1:], strict=False)]
    linked = [False] + [bool(_BETWEEN_GROUPS.fullmatch(gap := text[a.end():b.start()]) or _PAUSE.search(gap) and
                             len(gap.split()) <= _ASIDE_WORDS) for a, b in zip(runs, runs[1:], strict=False)]
    taken: set[int] = set()
    for first in range(len(runs)):
        digits = ""
        for last in range(first, min(len(runs), first + 2 * _ID_DIGITS)):  # each group holds a digit at least
            if last > first and not (linked[last] or slips[last]):
                break
            digits = digits[:len(digits) - len(groups[last])] if last > first and slips[last] else digits
            digits += groups[last]
            if len(digits) >= _ID_DIGITS:
                break
        if len(digits) == _ID_DIGITS and last > first and _valid_id(digits, named):
            taken.update(range(first, last + 1))
    for index in sorted(taken):
        run = runs[index]
        if any(ours[run.start():run.end()]):
            continue
        if not (CURRENCY_AFTER.match(text, run.end()) or _NOT_A_PIECE_AFTER.match(text, run.end())):
            digits = re.sub(r"[^0-9]", "", run.group())
            yield Finding(named, run.start(), run.end(), run.group(), digits)


def _valid_id(digits: str, kind: str) -> bool:
    """Whether nine digits pass the check of the ID named: the BSN's eleven test, the Israeli ID's check digit."""
    return eleven_test(digits) if kind == "BSN" else luhn(digits)


# The last words of a turn that starts to dictate an IBAN and breaks off: "je le lis : BE29, 3851...", "Here goes.
# GB22 BARC, 2004...", "het is NL47 SNSB 3152…".
_IBAN_COMING = re.compile(r"(?:^|[.!?:]\s+)(?:[^\W\d_]+[ ]){0,3}(?P<start>(?P<country>[A-Z]{2})[0-9]{2}"
                          r"(?:[ ,.…-]{1,4}(?:[A-Z]{4}|[0-9]{2,4}))*)\s*(?:\.{2,}|…)\s*$")


# A turn that names an account and ends on an IBAN's country and check digits alone, the rest in the next segment.
_IBAN_OPENS = re.compile(r"(?:^|[.!?:]\s+)(?P<start>(?P<country>[A-Z]{2})[0-9]{2})\s*$")
_ACCOUNT_NAMED = re.compile(r"(?<!\w)(?i:iban|\w*rekening\w*|account|compte|rib)(?!\w)|"
                            r"(?<![\u05d0-\u05ea])[הלמב]?חשבון(?![\u05d0-\u05ea])")


def _iban_still_coming(text: str, findings: Sequence[Finding]) -> Iterable[Finding]:
    """The first groups of an IBAN a customer's turn ends on, with a pause, after what it is: its country, check
    digits, bank and digit groups so far, each a piece (the next segment gives the rest)."""
    match = _IBAN_COMING.search(text[-160:]) if _PIECE_THEN_PAUSE_AT_END.search(text) else None
    if match is None and _ACCOUNT_NAMED.search(text):
        match = _IBAN_OPENS.search(text[-160:])  # "... van zijn eigen rekening ... Ik heb zijn kaart hier. BE91"
    if match is None or match["country"] not in IBAN_LENGTHS:
        return
    offset = max(0, len(text) - 160)
    for piece in re.finditer(r"[A-Z]{2}[0-9]{2}|[A-Z]{4}|[0-9]{2,4}", match["start"]):
        start, end = offset + match.start("start") + piece.start(), offset + match.start("start") + piece.end()
        if not any(f.start < end and start < f.end for f in findings):
            yield Finding("IBAN", start, end, piece.group(), piece.group())


# A group of a number taken back: "not 210", "niet 210", "pas 210", "לא 210", "and not 210".
_TAKEN_BACK_GROUP = re.compile(r"(?:(?<![0-9])(?P<new>[0-9]{3,5})\s*,?\s*)?"  # "484, not 448": the right one first
                               r"(?<![\w'’])(?i:not|niet|nicht|pas|non|ולא|לא)\s+(?:(?i:the|de|le)\s+)?"
                               r"(?P<group>[0-9]{3,5})(?![0-9]|[.,][0-9]|\s*(?:%|€|\$|£|₪|(?i:euro|eur|pounds?|shekel)))")


def _groups_taken_back(text: str, known: frozenset[tuple[str, str]]) -> Iterable[Finding]:
    """A group of digits said to be wrong, that a phone number the call gave holds: "no, 201 then 573, not 210"
    after "07846 210 573?". The wrong group is still a piece of the customer's number, misheard or not."""
    phones = [key for kind, key in known if kind == "PHONE" and len(key) >= 8]
    for match in _TAKEN_BACK_GROUP.finditer(text) if phones else ():
        if any(match["group"] in phone for phone in phones):
            for group in ("new", "group") if match["new"] else ("group",):  # the group said instead is theirs too
                yield Finding("PHONE", match.start(group), match.end(group), match[group], match[group])


@lru_cache(maxsize=64)
def _postcodes_given(known: frozenset[tuple[str, str]]) -> frozenset[str]:
    return frozenset(compact_code(key) for kind, key in known if kind == "POSTCODE")


# The words before a Hebrew street that has a preposition on its article: "עברנו להמעפילים 9" (we moved to ...).
_HE_MOVED_TO = re.compile(r"^(?:[\u05d0-\u05ea]+\s+){0,2}[ובלמ](?=ה[\u05d0-\u05ea]{2,}\s+[0-9])")


@lru_cache(maxsize=64)
def _streets_given(known: frozenset[tuple[str, str]]) -> CrmValues:
    """The addresses the call gave, found again as the CRM's street is: "אז הגפן 32?" after "הגפן 23, לא סליחה, 32"."""
    return CrmValues(tuple(sorted(("ADDRESS", street) for kind, key in known if kind == "ADDRESS" and re.search(
        r"[0-9]", key) and sum(c.isalpha() for c in key) >= 4  # a street and its number, not a piece of one
        for street in {key, _HE_MOVED_TO.sub("", key)})))  # "עברנו להמעפילים 9" is "המעפילים 9"


def _street_before(text: str, house: Finding, known: frozenset[tuple[str, str]]) -> int | None:
    """Where the street of an address the call gave starts, said right before a house number found alone ("אז הזית
    72" after "רחוב הזית 27", "Donc avenue Thiers 71"), or None."""
    if not re.fullmatch(r"[0-9]{1,4}[a-zA-Z\u05d0-\u05ea]?", house.text):
        return None
    for kind, key in known:
        street = re.sub(r"^(?:רחוב|רח['׳]|שדרות|rue|avenue|straat)\s+|\s*[0-9].*$", "", key).strip(" ,")
        if kind == "ADDRESS" and sum(c.isalpha() for c in street) >= 3:
            match = re.search(rf"(?<![\w])[{HEBREW_PREFIXES}]?({re.escape(street)})\s+$", text[max(0, house.start - 60):
                                                                                           house.start], re.IGNORECASE)
            if match:
                return max(0, house.start - 60) + match.start(1)
    bare = {m.group() for kind, key in known if kind == "ADDRESS" and (m := re.match(r"[0-9]+", key))}
    if house.text in bare and any(kind == "POSTCODE" for kind, _ in known):
        looked_up = _LOOKED_UP_STREET.search(text, max(0, house.start - 60), house.start)
        if looked_up:  # "אז הרצל 16" after "7630418" and "16, קומה 2": the street found from the postcode
            return looked_up.start("street")
    return None


def _looked_up(text: str, known: frozenset[tuple[str, str]]) -> Iterable[Finding]:
    """The street read back before a house number the customer gave alone, after the call gave a postcode: the
    agent found it from the postcode ("אז הרצל 16", "Dus Escamplaan 77")."""
    bare = {m.group() for kind, key in known if kind == "ADDRESS" and (m := re.match(r"[0-9]+", key))}
    if not bare or not any(kind == "POSTCODE" for kind, _ in known):
        return
    for house in re.finditer(r"(?<![\w/.,-])([0-9]{1,4})(?![\w/.,:-]?[0-9])", text):
        if house.group(1) in bare and (street := _LOOKED_UP_STREET.search(text, max(0, house.start() - 60),
                                                                           house.start())):
            yield Finding("ADDRESS", street.start("street"), house.end(), text[street.start("street"):house.end()],
                          house.group(1))


# A street read back before a house number the customer gave alone, with its postcode: "אז הרצל 16", "So Mill Lane 8".
_LOOKED_UP_STREET = re.compile(r"(?:^|[.!?:]\s+)(?i:so|dus|donc|alors|dan wordt het|that['’]s|c['’]est|ok(?:ay)?|"
                               r"אז|זה|כלומר)\s*,?\s+(?P<street>(?:[A-Z][\w'’-]+\s+){1,3}|"
                               r"(?:[\u05d0-\u05ea][\u05d0-\u05ea'׳\"-]+\s+){1,2})$")


@lru_cache(maxsize=64)
def _houses_given(known: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The house numbers of the addresses the call gave."""
    return frozenset(number for kind, key in known if kind == "ADDRESS"  # "achtentwintig" is 28
                     for number in re.findall(r"[0-9]+", read_numbers(key).text))


@lru_cache(maxsize=64)
def _ibans_given(known: frozenset[tuple[str, str]]) -> frozenset[str]:
    return frozenset(key for kind, key in known if kind == "IBAN")


class RedactionSession:
    """The placeholder vault of one conversation: a value keeps its placeholder in every later turn, and
    model output about any earlier turn can be restored. Keep one per conversation, never share one."""

    def __init__(self, names: Iterable[str] = (), *, redactor: Redactor | None = None) -> None:
        self._redactor = redactor or Redactor()
        self._names: tuple[str, ...] = ()
        self._crm = _NO_CRM
        self._known: frozenset[tuple[str, str]] = frozenset()
        self._placeholders: dict[tuple[str, str], str] = {}
        self._originals: dict[str, str] = {}
        self._counts: Counter[str] = Counter()
        self._staff: frozenset[str] = frozenset()  # the agent's own first name, as they gave it
        self._pets: frozenset[str] = frozenset()  # animals' names given right after the word for the animal
        self._people: frozenset[str] = frozenset()  # one-word names hidden earlier in the call, as someone's
        self._objects: frozenset[str] = frozenset()  # numbers the call named as an order's, an invoice's, ...
        self.add_names(names)

    @property
    def mapping(self) -> dict[str, str]:
        return dict(self._originals)

    def add_names(self, names: Iterable[str]) -> None:
        """Names can arrive after the first words, when the CRM context does."""
        self._names = tuple(dict.fromkeys((*self._names, *(n for n in names if n and n.strip()))))

    def add_context(self, context: Mapping[str, Any]) -> bool:
        """The CRM context of the call: the customer's names, and their own values (customer number, street,
        phone, e-mail) hidden wherever the call says them; whether it told the session anything new."""
        before = (self._names, self._crm)
        self.add_names(names_from_context(context))
        self._crm = self._crm | crm_values(context)
        return (self._names, self._crm) != before

    def redact(self, text: str, context: TurnContext | None = None) -> Redacted:
        """One text; ``context`` is what the conversation says about it (see ``redact_conversation``). The text is
        folded first (``fold``: full-width and other digits, dashes, invisible characters) for the detectors; what is
        returned keeps the text as written around the values it hides ("ages 9–11" stays), unless invisible
        characters were taken out (then the folded text)."""
        written, text = text, fold(text)
        if len(written) != len(text):
            written = text  # offsets differ: the folded text is what leaves
        if context is not None:
            context = replace(context, before=fold(context.before), after=fold(context.after),
                              heard=fold(context.heard))
        findings = self._redactor.find(text, self._names, context=context, known=self._known, crm=self._crm)
        customers = {word.casefold() for name in self._names for word in name.split()}
        own = own_name(text) if context and context.opening else None  # the opening, not "So it's Karen, right?"
        own = own or (signed_name(text) if context and context.agent else None)  # "Groet, Wendy van Dormello"
        signed_namesake: tuple[int, int] | None = None
        # "Met Flexara, Joost.": the word after the telephone "Met" is the company's where a name signs after it
        met = own is not None and text[:own[0]].strip().casefold() == "met"
        if (not own or met) and context and context.opening:  # "Voyaro, Sanne.", "Bonjour, Manon." to a caller no
            # one named so
            heard = {w.casefold() for (kind, key) in self._placeholders if kind == "NAME"
                     for w in _WORDS.findall(key)} | {
                w.casefold() for w in _WORDS.findall(context.heard + " " + context.before)}
            own = opening_signed(text, customers | heard) or own
            if not own and customers - heard:  # "Flexara, Clémence, bonjour." to a customer Clémence: the agent's
                # name right after the company's, kept there only (the customer's own name stays hidden elsewhere)
                signed_namesake = opening_signed(text, heard, namesakes=customers - heard)
        greeted: tuple[int, int] | None = None
        if own and text[own[0]:own[1]].casefold() in customers and own_name(text, greeted=False) != own:
            greeted, own = own, None  # "Hello, Aoife from Lumbra" to a customer Aoife greets her; "u spreekt met
            # Aoife" is the agent
        if greeted:  # either way "de Lumbra", "מלומברה" after the first name is the company's, not her surname
            first = text[greeted[0]:greeted[1]]
            findings = [replace(f, end=greeted[1], text=first, key=first.casefold(), whole="")
                        if f.kind == "NAME" and f.start == greeted[0] and f.end > greeted[1] and not customers & {
                            w.casefold().strip(".,") for w in text[greeted[1]:f.end].split()} else f
                        for f in findings]
        if own:  # "u spreekt met Iris": the agent's own name is the company's, here and when the customer says it
            self._staff = self._staff | {text[own[0]:own[1]].casefold()}
        said = [f for f in findings if f.kind == "NAME"]
        agent = bool(context and context.agent)
        self._staff |= {f.text.casefold() for f in said if " " not in f.text and (staff_named(text, f.start,
                                                                                             agent=agent) or (
            agent and (agent_staff(text, f.start, f.end) or booked_with(text, f.start) or
                       brought_up(text, f.start, f.end) or mentioned(text, f.start, f.end) or
                       answers_who(context.heard if context else "", text, f.start, f.end))) or (
            context is not None and not agent and (thanked_or_awaited(text, f.start, f.end) or
                                                   lesson_with(text, f.start)))) and
                        f.text.casefold() not in customers}  # "de monteur Jesse ... Jesse", "Stuart will call you",
        # "Koen komt dinsdag", "bedankt Koen", "Ilse van jullie"
        self._staff |= {f.text.casefold() for f in said if agent and doctor_by_first_name(text, f.start, f.end) and
                        not customers & set(f.text.casefold().split())}  # "Dr Stefan will be waiting", "ד"ר גלעד"
        # The other of two first names joined to the company's person: "vraag naar Bas of Ilse", "Komt Koen of
        # Bram?", "Nell and Sam will come", "דנה או רותם".
        # The customer's own people in this turn ("my wife Ilse ... tell Ilse to ring me") are never the company's.
        kin = {f.text.casefold() for f in said if kin_named(text, f.start)}
        # "his dog Arlo", "ma jument, Quenotte": the animal's name, here and later in the call ("Is Arlo vomiting?")
        self._pets |= {name.casefold() for name in animal_names(text)} - customers - kin - self._people
        self._staff |= {f.text.casefold() for f in said if context is not None and not agent and " " not in f.text and
                        yours_named(text, f.start, f.end) and f.text.casefold() not in customers | kin}
        for f in said:
            folded = f.text.casefold()
            if " " in f.text or folded in self._staff or folded in customers | kin:
                continue
            other = _PAIRED_BEFORE.search(text, max(0, f.start - 40), f.start) or _PAIRED_AFTER.match(text, f.end)
            if other and other["name"].casefold() in self._staff and other["name"].casefold() not in customers | kin:
                self._staff = self._staff | {folded}
        # The customer's first name, where a role gives it to the company's person there: "uw afspraak met Dennis"
        # to a customer called Dennis, "votre technicien s'appelle Karim, comme vous": kept there, hidden elsewhere.
        surnames = {name.split()[-1].casefold() for name in self._names if " " in name}
        namesake = {f.start for f in said if signed_namesake and f.start == signed_namesake[0] or agent and (
            context is not None and context.opening and " " not in f.text and opening_desk_after(text, f.end))} | {
            f.start for f in said if " " not in f.text and f.text.casefold() in customers and (
            role_named(text, f.start, f.end) or
            (desk_after(text, f.start, f.end) and f.text.casefold() not in surnames) or
            (agent and (ours_after(text, f.end) or ours_before(text, f.start) or me_too(text, f.start, f.end) or
                        colleague_named(text, f.start) or
                        answers_who(context.heard if context else "", text, f.start, f.end))) or
            (f.text.casefold() not in surnames and counted(text, f.start)))}
        # "שירה מהצוות שלנו" to a customer Shira; "I'm Priya too" to a customer Priya
        # A name this turn gives as the speaker's own, or as part of a longer one, is a caller's ("met Iris", "Iris
        # de Vries ... Iris"), even where the agent has it too.
        own_kin = {f.text.casefold() for f in said if not agent and my_kin_before(text, f.start)}  # "my son Dylan"
        staff = self._staff - customers - own_kin - {word for f in said if f.text.casefold() not in self._staff or
                                           introduced(text, f.start, f.end) for word in f.text.casefold().split()}
        cued: list[tuple[int, int]] | None = None

        def on_the_call(f: Finding) -> bool:
            """A public figure's name that a cue gives to someone of the call: "my name is Max Verstappen", an
            answer to "your name?", "het account staat op naam van Tom Hanks", or a name the CRM shares."""
            nonlocal cued
            if cued is None:
                cued = [(c.start, c.end) for c in cued_names(text)]
            return (bool(context and "NAME" in context.asked) or introduced(text, f.start, f.end) or
                    any(start < f.end and f.start < end for start, end in cued) or
                    bool(customers & {w.casefold().strip(".,") for w in f.text.split()}))

        if context and context.disowned:  # "is dat mijn BSN?" that the agent's answer calls the invoice's number:
            self._objects |= {context.disowned}  # read again with that answer, and kept from then on (the placeholder
            # of its first reading still restores)
        self._objects |= {f.key for f in _organisation_lines(text) if not (context and "PHONE" in context.asked)}
        # and read back later: "Dan bel ik 0592 ..."
        findings = [f for f in findings if f.kind not in _NUMBERS or re.sub(r"[^0-9]", "", f.text) not in
                    self._objects]  # "Is 448133918 my account number?" after "invoice number 448133918"
        self._objects |= {digits for run in DIGIT_RUN.finditer(text) if context and context.agent and len(
            digits := re.sub(r"[^0-9]", "", run.group())) >= 6 and label_before(text, run.start()) == "OTHER" and
            not any(f.start < run.end() and run.start() < f.end for f in findings)}  # as the agent names it
        findings = [f for f in findings if not (f.kind == "NAME" and (
            own and (f.start < own[1] and own[0] < f.end or f.end <= own[0] and _GREETED_AT.search(text, 0, f.start) or
                     _company_greeted(text, f, own, customers)) or
            f.text.casefold() in staff or f.start in namesake or  # "monteur Thomas", and Thomas later
            f.text.casefold() in self._pets - customers - own_kin or animal_named(text, f.start) or

            # "Lewis Hamilton": in the news, not in the call; "vergelijken met de Emma Original": a thing by its brand
            (public_figure(text, f.start, f.end) or _PLACE_BEFORE.search(text, max(0, f.start - 20), f.start) or
             _BRAND_BEFORE.search(text, max(0, f.start - 30), f.start) and
             _MODEL.fullmatch(f.text.split()[-1])) and not on_the_call(f)))]
        piece_kind = (context.dictating or _piece_kind(text, context, findings)) if context and not context.agent \
            else ""
        span = len(text)
        if piece_kind and len(text.split()) > _PIECES_SEGMENT and (head := _leading_pieces(text)):
            span = head  # "3152, 0171, nee wacht, 0177... en dan 07. Sorry, ik sta bij de bushalte, lijn 6 komt
            # eraan.": the rest of the number being dictated in the first sentences, an aside after them
        if not piece_kind and context and not context.agent and (head := _leading_pieces(text)):
            piece_kind = _piece_kind(text[:head], context, [f for f in findings if f.end <= head], head=True)
            span = head  # "11. Dat was hem. Scheelt het nog wat ...?": the answer's first sentences give the pieces
        spoken_rest = text  # the pieces' text: the turn, or its rest after a lead-in blanked out (same offsets)
        if not piece_kind and context and not context.agent and (lead := _lead_in(text)):
            spoken_rest = " " * lead + text[lead:]  # "Eh, momentje, ik lees het van m'n pasje. NL44, INGB, 2075...
            # o nee wacht, 2057. Dan 0441, 81.": a sentence with no digit before the pieces, then the pieces as said
            rest = [f for f in findings if f.start >= lead]
            piece_kind = _piece_kind(spoken_rest, context, rest)
            if not piece_kind and (head := _leading_pieces(spoken_rest)):
                piece_kind = _piece_kind(spoken_rest[:head], context, [f for f in rest if f.end <= head], head=True)
                span = head
            spoken_rest = spoken_rest if piece_kind else text
        strict = bool(piece_kind) and context is not None and not context.dictating  # the pieces as they are said
        if piece_kind:
            findings = [f for f in findings if not (f.kind == "POSTCODE" and _DIGITS_AS_POSTCODE.fullmatch(f.text))]
            # "0196 5512 no wait, 5521" after "GB44 HSBC": digit groups (and a "no") read as a postcode are pieces
            findings = sorted([*findings, *_pieces_on(spoken_rest[:span], piece_kind, findings, strict=strict),
                               *(_iban_start(spoken_rest[:span], findings) if piece_kind == "IBAN" else ()),
                               *_pieces_in_words(spoken_rest[:span], piece_kind, findings, strict=strict)],
                              key=lambda f: f.start)
        if context and not context.agent:
            findings = sorted([*findings, *_pieces_still_coming(text, findings)], key=lambda f: f.start)
            findings = sorted([*findings, *_id_still_coming(text, findings)], key=lambda f: f.start)
            findings = sorted([*findings, *_id_in_pieces(text, findings, context.id_named)], key=lambda f: f.start)
            findings = sorted([*findings, *_phone_in_pieces(text, findings, named=context.phone_named),
                               *_iban_still_coming(text, findings)], key=lambda f: f.start)
        parts: list[str] = []
        used: dict[str, str] = {}
        last = 0
        for finding in findings:
            key = finding.key
            if used.get(self._placeholders.get((finding.kind, key), ""), finding.text) != finding.text:
                key = f"{key}\n{finding.text}"  # "2 December 1994 ... 02/12/1994" in one turn: each spelling restores
            placeholder = self._placeholders.get((finding.kind, key))
            if placeholder is None:
                self._counts[finding.kind] += 1
                placeholder = f"[{finding.kind}_{self._counts[finding.kind]}]"
                self._placeholders[finding.kind, key] = placeholder
                self._originals[placeholder] = finding.whole or finding.text
            parts += [written[last:finding.start], placeholder]
            used[placeholder] = finding.text  # this turn's spelling: "22nd of June 1990" after "June 22, 1990"
            last = finding.end
        self._learn(findings)
        self._people |= {f.text.casefold() for f in findings if f.kind == "NAME" and " " not in f.text}
        return Redacted("".join(parts) + written[last:], used, tuple(findings))

    def redact_conversation(self, turns: Sequence[Turn], *, lookahead: bool = False) -> list[Redacted]:
        """Each turn in order, knowing the turns before it (and, with ``lookahead``, the segments after it
        that continue it, as an export can): the question it answers, the number it finishes."""
        found: list[frozenset[str]] = []
        out = []
        for index, turn in enumerate(turns):
            redacted = self.redact(turn.text, turn_context(turns, index, found, lookahead=lookahead))
            found.append(_kinds_found(redacted.findings))
            out.append(redacted)
        return out

    def restore(self, text: str) -> str:
        return restore(text, self._originals)

    def _learn(self, findings: Iterable[Finding]) -> None:
        """A name introduced in this turn is a name in every later one; a date of birth or a number given as
        an answer is the same value when the agent reads it back."""
        findings = list(findings)
        self.add_names(f.text for f in findings if f.kind == "NAME")
        given = {(f.kind, f.key) for f in findings if f.kind in _REMEMBERED}
        if not given <= self._known:
            self._known = self._known | given


class Vault:
    """Everything that leaves the machine about one conversation goes through its vault.

    The live conversation owns it and drops it when it closes, so no other conversation can ever be
    handed its values back. Every request resends the recent turns, so each turn is redacted once per
    context and remembered: the key is the turn with what its context says (the question it answers, the
    segments it continues), not its text alone, since "12 maart 1985" is a date of birth after one question
    and not after another. Requests for the same conversation may overlap (a cancelled one still
    finishing), hence the lock.
    """

    def __init__(self, *, redactor: Redactor | None = None) -> None:
        self._session = RedactionSession(redactor=redactor)
        self._done: dict[str, str] = {}
        self._turns: dict[tuple[str, str, TurnContext], Redacted] = {}
        self._lock = threading.Lock()

    def add_names(self, names: Iterable[str]) -> None:
        with self._lock:
            self._session.add_names(names)

    def add_context(self, context: Mapping[str, Any]) -> None:
        """The conversation's CRM context (``RedactionSession.add_context``): a turn said before it arrived is
        redacted again, knowing it."""
        with self._lock:
            if self._session.add_context(context):
                self._done.clear()
                self._turns.clear()

    def redact(self, text: str) -> str:
        """A text with no conversation around it: a CRM field, a knowledge passage, the guidance."""
        with self._lock:
            if text not in self._done:
                self._done[text] = self._session.redact(text).text
            return self._done[text]

    def redact_company(self, text: str) -> str:
        """The company's own text (a knowledge passage), read as the agent's side of the call is: its account
        numbers, addresses, lines and e-mail addresses stay, so a draft can quote them; a value the customer gave
        in the call, and any person's name, still leave only as a placeholder."""
        with self._lock:
            key = ("company", text, TurnContext(agent=True))
            if key not in self._turns:
                self._turns[key] = self._session.redact(text, TurnContext(agent=True))
            return self._turns[key].text

    def redact_turns(self, turns: Sequence[Turn]) -> list[str]:
        """The turns of the conversation so far, each in its context; pass them all, from the first."""
        with self._lock:
            found: list[frozenset[str]] = []
            out = []
            for index, turn in enumerate(turns):
                context = turn_context(turns, index, found)
                key = (turn.speaker, turn.text, context)
                if key not in self._turns:
                    self._turns[key] = self._session.redact(turn.text, context)
                found.append(_kinds_found(self._turns[key].findings))
                out.append(self._turns[key].text)
            return out

    def restore(self, text: str) -> str:
        with self._lock:
            return self._session.restore(text)
