"""Conversations for tuning conversation-aware redaction: what calls and chats really sound like.

TUNING DATA. These dialogues were written, and their gold spans settled, before the conversation-aware
redactor first ran over them; afterwards they were used to tune it, so their figures flatter it. The
held-out figures a privacy officer should quote come from a batch written apart from the code.

Figures (``tests/test_redaction_conversations.py``, live: each turn as it first leaves, with only the turns
before it; recall per kind, share of gold spans fully hidden under a placeholder of the right kind). Two
annotation slips in the first batch were corrected after its first run (a "le" inside two French date spans,
a transposed card whose swap Luhn cannot see); initials ("J. Koster") are not part of a name, as in
``tests/redaction_heldout.py``.

    before, first batch (each turn redacted on its own, one session per call, the whole CRM context sent):
        per kind: EMAIL 0.73 (11 spans), PHONE 0.14 (58), IBAN 0.36 (22), CARD 0.45 (11), BSN 0.29 (14),
        IL_ID 0.33 (12), POSTCODE 0.43 (30), DATE_OF_BIRTH 0.00 (39), NAME 0.07 (75), ADDRESS 0.00 (38);
        per category: bare-answer 0.37 (120), split 0.00 (54), spoken 0.00 (30), transposed 0.06 (16),
        address 0.12 (40), cue-name 0.00 (52); crm: 23 of 46 CRM values kept out of the prompt;
        spurious findings 7 of 62 (bare order and customer numbers taken for a BSN or an Israeli ID, a
        product code for a phone), look-alikes changed 7 of 80.
    after tuning on the first batch (all of it 1.00 by then), the second batch, written after that and settled
    before the redactor ran over it, as a check that the tuning carries over:
        per kind: EMAIL 0.75 (4), PHONE 0.85 (13), NAME 0.69 (26), ADDRESS 0.80 (10), every other kind 1.00
        (IBAN 7, CARD 3, BSN 5, IL_ID 2, POSTCODE 8, DATE_OF_BIRTH 12); per category: bare-answer 0.84 (38),
        split 0.93 (15), spoken 0.88 (8), transposed 1.00 (4), address 0.91 (11), cue-name 0.75 (16);
        spurious findings 1 of 80, look-alikes changed 1 of 33 ("opzeggen per 1 november" after the date of
        birth was asked). The misses then drove general fixes (names after a particle or a relation, spoken
        "underscore", "oh one" in a run, "7 The Crescent", "ring me on", more ways to ask for a name).
    the third batch, written after the second had been used the same way, mostly look-alikes and empty answers:
        DATE_OF_BIRTH 0.60 (5), every other kind 1.00 (EMAIL 4, PHONE 5, POSTCODE 4, NAME 6, ADDRESS 5);
        bare-answer 0.88 (16), spoken 0.33 (3); spurious findings 4 of 32 ("Ik ben Ziggo-klant", "Met Ziggo heb
        ik", a company given as the name on an account, Hebrew "דרך" as "via"), look-alikes changed 2 of 16.
        Fixed in general terms: a weak cue's name must end the phrase, company names are no person,
        "דרך" before an app or a count is no street, Dutch years in one word, "March, eighty five".
    after (all three batches, 436 dialogues, 429 gold spans, 129 look-alikes): every kind 1.00 (NAME 107,
        PHONE 76, DATE_OF_BIRTH 56, ADDRESS 53, POSTCODE 42, IBAN 29, BSN 19, EMAIL 19, CARD 14, IL_ID 14);
        every category 1.00 (bare-answer 174, split 71, cue-name 74, address 56, spoken 41, transposed 20);
        crm: 46 of 46 CRM values kept out, 16 of 16 whitelisted values sent; spurious findings 0 of 429;
        look-alikes changed 0 of 129. Live and export alike. Tuned figures: the first-pass figures of the
        second and third batches above are the better guide to text written apart from the code.

Each dialogue is a list of turns, ``"A: ..."`` for the agent and ``"C: ..."`` for the customer. Markup in a
turn: ``{KIND:surface}`` is personal data that must leave only as a placeholder of that kind (kinds may be
abbreviated: DOB, PC, ADDR, IL); ``{KIND#cat+cat:surface}`` files the span under other categories than the
dialogue's; ``{keep:surface}`` is a look-alike (order number, price, delivery date, product code, speed, time)
that must reach the model unchanged. ``crm`` is the CRM context handed over with the call; ``secret`` lists
CRM values that must never reach the model, ``shown`` whitelisted values that must.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

TODAY = date(2025, 9, 1)  # dates of birth are judged against a fixed day, so the figures never age
LANGS = ("nl", "en", "fr", "he")
CATEGORIES = ("bare-answer", "split", "spoken", "transposed", "address", "cue-name", "crm", "controls")
ALIASES = {"DOB": "DATE_OF_BIRTH", "PC": "POSTCODE", "ADDR": "ADDRESS", "IL": "IL_ID"}
_MARK = re.compile(r"\{([A-Za-z_]+)(?:#([a-z+-]+))?:([^{}]+)\}")


@dataclass(frozen=True, slots=True)
class Gold:
    turn: int
    kind: str
    start: int
    end: int
    surface: str
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dialogue:
    name: str
    lang: str
    category: str
    turns: tuple[tuple[str, str], ...]  # (speaker, text): "agent" or "customer"
    gold: tuple[Gold, ...]
    keep: tuple[tuple[int, str], ...]  # (turn, look-alike)
    crm: dict[str, Any] = field(default_factory=dict)
    secret: tuple[str, ...] = ()
    shown: tuple[str, ...] = ()


def _dialogue(name: str, lang: str, category: str, *lines: str, crm: dict[str, Any] | None = None,
              secret: tuple[str, ...] = (), shown: tuple[str, ...] = ()) -> Dialogue:
    turns, gold, keep = [], [], []
    for index, line in enumerate(lines):
        who, _, marked = line.partition(": ")
        speaker = {"A": "agent", "C": "customer"}[who]
        text, last = "", 0
        for match in _MARK.finditer(marked):
            text += marked[last:match.start()]
            kind, cats, surface = match.group(1), match.group(2), match.group(3)
            if kind == "keep":
                keep.append((index, surface))
            else:
                categories = tuple(cats.split("+")) if cats else (category,)
                gold.append(Gold(index, ALIASES.get(kind, kind), len(text), len(text) + len(surface), surface,
                                 categories))
            text += surface
            last = match.end()
        turns.append((speaker, text + marked[last:]))
    return Dialogue(name, lang, category, tuple(turns), tuple(gold), tuple(keep), crm or {}, secret, shown)


B, S, SP, T, AD, CN, CR, K = CATEGORIES

_DIALOGUES = [
    # == Dutch ==================================================================================================
    # -- bare answers: the agent's question says what the answer is
    _dialogue("nl-dob-1", "nl", B, "A: Mag ik voor de verificatie uw geboortedatum?", "C: {DOB:12 maart 1985}"),
    _dialogue("nl-dob-2", "nl", B, "A: Wat is uw geboortedatum?", "C: Dat is {DOB:03-07-1979}."),
    _dialogue("nl-dob-3", "nl", B, "A: En uw geboortedatum, mevrouw?", "C: eh {DOB:14 februari '72}"),
    _dialogue("nl-dob-4", "nl", B, "A: Wanneer bent u geboren?", "C: {DOB:1 januari 1990}, op nieuwjaarsdag ja"),
    _dialogue("nl-dob-5", "nl", B, "A: En uw geboortedatum?", "C: ja, {DOB:23-11-1990} is het",
              "A: {DOB:23 november 1990}, dank u wel."),
    _dialogue("nl-dob-6", "nl", B, "A: Kunt u mij uw geboortedatum geven?", "C: Momentje, die van mijn man of van mij?",
              "A: Van u, u bent de contracthouder.", "C: {DOB:7-8-1966}"),
    _dialogue("nl-pc-1", "nl", B, "A: Wat is uw postcode?", "C: {PC:3512 jk}"),
    _dialogue("nl-pc-2", "nl", B, "A: Welke postcode en huisnummer?", "C: {PC:2514ab} nummer {ADDR:23}"),
    _dialogue("nl-phone-1", "nl", B, "A: Op welk nummer kan ik u terugbellen?", "C: {PHONE:020 6241987}"),
    _dialogue("nl-phone-2", "nl", B,
              "A: Wat is uw mobiele nummer?", "C: {PHONE:06 41 27 83 90}, daar ben ik altijd bereikbaar"),
    _dialogue("nl-mail-1", "nl", B, "A: Naar welk e-mailadres mag de bevestiging?", "C: {EMAIL:fam.dekker@kpnmail.nl}"),
    _dialogue("nl-mail-2", "nl", B, "A: Wat is uw e-mailadres?",
              "C: {EMAIL:jeroen punt smit apenstaartje gmail punt com}"),
    _dialogue("nl-iban-1", "nl", B, "A: Wat is uw IBAN?", "C: {IBAN:NL94 ABNA 8820 0182 63}"),
    _dialogue("nl-bsn-1", "nl", B, "A: Mag ik uw burgerservicenummer?", "C: {BSN:725763863}"),
    _dialogue("nl-name-1", "nl", B, "A: Met wie spreek ik?", "C: {NAME:Johan Visser}"),
    _dialogue("nl-name-2", "nl", B, "A: Wat is uw achternaam?", "C: {NAME:Hendriks}, met ks aan het eind"),
    _dialogue("nl-name-3", "nl", B,
              "A: Op wiens naam staat het contract?", "C: op die van mijn vrouw, {NAME:Ria de Groot}"),
    _dialogue("nl-addr-1", "nl", B, "A: Wat is uw adres?", "C: {ADDR#address+bare-answer:Kerkstraat 12}, in Utrecht"),
    _dialogue("nl-combo-1", "nl", B, "A: Mag ik uw naam en geboortedatum?", "C: {NAME:Ria de Groot}, {DOB:2 mei 1961}"),
    # -- numbers dictated over two or three segments
    _dialogue("nl-split-1", "nl", S, "A: Wat is uw mobiele nummer?", "C: {PHONE:06 12}", "C: {PHONE:34 56 78}"),
    _dialogue("nl-split-2", "nl", S, "C: Mijn nummer is {PHONE:06 48}", "C: {PHONE:21 93 57}"),
    _dialogue("nl-split-3", "nl", S, "A: Uw rekeningnummer?", "C: {IBAN:NL88 RABO}", "C: {IBAN:3043 4839 54}"),
    _dialogue("nl-split-4", "nl", S, "C: mijn bsn is {BSN:192 285}", "C: {BSN:142}"),
    _dialogue("nl-split-5", "nl", S, "C: Bel me maar op {PHONE:+31 6}", "C: {PHONE:1827}", "C: {PHONE:4695}"),
    _dialogue("nl-split-6", "nl", S, "A: Welk telefoonnummer zal ik noteren?", "C: {PHONE:010}", "A: ja",
              "C: {PHONE:456 78 90}"),
    # -- numbers in words
    _dialogue("nl-spoken-1", "nl", SP, "A: Wat is uw telefoonnummer?",
              "C: {PHONE:nul zes twaalf vierendertig zesenvijftig achtenzeventig}"),
    _dialogue("nl-spoken-2", "nl", SP,
              "C: u kunt mij bellen op {PHONE:nul zes, drie acht, twee negen, één nul, vier zeven}"),
    _dialogue("nl-spoken-3", "nl", SP, "A: Wat is uw postcode?", "C: {PC:vijfendertig twaalf JK}"),
    _dialogue("nl-spoken-4", "nl", SP, "A: Uw geboortedatum?", "C: {DOB:twaalf maart negentienhonderdvijfentachtig}"),
    _dialogue("nl-spoken-5", "nl", SP, "C: mijn nummer is {PHONE:06 twaalf 34 zesenvijftig 78}"),
    _dialogue("nl-spoken-6", "nl", SP, "A: Uw BSN graag.", "C: {BSN:zeven twee vijf, zeven zes drie, acht zes drie}"),
    _dialogue("nl-spoken-7", "nl", SP, "A: En uw geboortedatum?", "C: {DOB:drie juli negentien negenenzeventig}"),
    # -- a digit misheard or swapped: the checksum fails, the question says what it is
    _dialogue("nl-trans-1", "nl", T, "A: Wat is uw IBAN?", "C: {IBAN:NL52 INGB 1550 5613 04}"),
    _dialogue("nl-trans-2", "nl", T, "A: Mag ik uw BSN?", "C: {BSN:997456167}"),
    _dialogue("nl-trans-3", "nl", T, "A: Het creditcardnummer graag.", "C: {CARD:4571 1777 7412 1524}"),
    _dialogue("nl-trans-4", "nl", T, "A: Kunt u het rekeningnummer nog eens herhalen?", "C: {IBAN:NL75INGB9166915640}"),
    # -- street addresses in running text
    _dialogue("nl-addr-2", "nl", AD,
              "C: We zijn net verhuisd naar de {ADDR:Populierenlaan 8}, {PC#address:3734 AB} Den Dolder"),
    _dialogue("nl-addr-3", "nl", AD,
              "C: het pakket moest naar {ADDR:Burgemeester de Withstraat 112a} maar ligt nu bij de buren"),
    _dialogue("nl-addr-4", "nl", AD, "C: ik woon op de {ADDR:Prinsengracht 263-2} in Amsterdam"),
    _dialogue("nl-addr-5", "nl", AD, "C: kunt u de monteur naar {ADDR:Laan van Meerdervoort 45} sturen?"),
    _dialogue("nl-addr-6", "nl", AD, "A: Wat is het afleveradres?", "C: {ADDR:Dorpsweg 8} in Bathmen"),
    _dialogue("nl-addr-7", "nl", AD, "C: woonachtig {ADDR:kerkstraat 3}, zelfde als op de factuur"),
    _dialogue("nl-addr-8", "nl", AD,
              "C: Mijn moeder woont op de {ADDR:Oranjesingel 17 bis} en daar valt het internet steeds uit"),
    # -- names introduced by a cue, not in the CRM context
    _dialogue("nl-cue-1", "nl", CN, "C: Goedemiddag, u spreekt met {NAME:Marloes Verbeek}, ik bel over mijn contract"),
    _dialogue("nl-cue-2", "nl", CN, "C: Ja hallo, met {NAME:Gerrit Jan de Boer}"),
    _dialogue("nl-cue-3", "nl", CN, "C: mijn naam is {NAME:ilse kramer} en ik heb een vraag"),
    _dialogue("nl-cue-4", "nl", CN, "C: Ik bel namens mijn moeder, {NAME:Maria Jansen}, zij is slecht ter been",
              "A: Geen probleem. Is mevrouw {NAME:Jansen} zelf ook bereikbaar?"),
    _dialogue("nl-cue-5", "nl", CN, "C: Ik ben {NAME:Henk}, de buurman van mevrouw {NAME:Smit}"),
    _dialogue("nl-cue-6", "nl", CN, "C: Het abonnement staat op naam van {NAME:Wim Bakker}"),
    _dialogue("nl-cue-7", "nl", CN, "A: Goedemorgen, u spreekt met {NAME:Lisa}, waarmee kan ik u helpen?",
              "C: Hoi {NAME:Lisa}, ik heb een storing"),
    _dialogue("nl-cue-8", "nl", CN, "C: Dit is {NAME:Karin Mulder}, ik had vorige week al gebeld"),
    # -- the CRM context: only whitelisted fields go to the model
    _dialogue("nl-crm-1", "nl", CR,
              "C: Hoi, met {NAME:Sanne}. Ik wil mijn contract verlengen.",
              "A: Dat kan, {NAME:Sanne}. U heeft nu Vast 3 jaar.",
              crm={"customer": {"first_name": "Sanne", "last_name": "de Vries", "customer_id": "C-99812",
                                "street": "Keizersgracht 12", "phone": "06-12345678", "email": "sanne@ziggo.nl",
                                "birth_date": "1985-03-12", "plan": "Vast 3 jaar", "products": ["energie"],
                                "tenure_months": 40}},
              secret=("C-99812", "Keizersgracht", "06-12345678", "sanne@ziggo.nl", "1985-03-12", "de Vries"),
              shown=("Vast 3 jaar", "energie")),
    _dialogue("nl-crm-2", "nl", CR,
              "C: Goedendag, ik heb een vraag over mijn afschrijving.",
              crm={"customer": {"first_name": "Pieter", "id": "77123",
                                "address": {"street": "Hoofdstraat", "number": "5", "postcode": "8011 AB",
                                            "city": "Zwolle"},
                                "dob": "12-03-1985", "iban": "NL69 INGB 8620 5798 68", "plan": "Alles-in-1",
                                "segment": "consumer"},
                   "contract": {"id": "CT-7781", "start": "2023-01-01", "end": "2026-01-01"}, "channel": "phone"},
              secret=("77123", "Hoofdstraat", "8011 AB", "12-03-1985", "NL69 INGB 8620 5798 68", "CT-7781"),
              shown=("Alles-in-1", "2026-01-01")),
    # -- look-alikes that must reach the model unchanged
    _dialogue("nl-ctl-1", "nl", K, "A: Wat is uw ordernummer?", "C: {keep:4500123456}"),
    _dialogue("nl-ctl-2", "nl", K, "A: Wat is het factuurnummer?", "C: {keep:F2025-004417}, van {keep:€ 89,95}"),
    _dialogue("nl-ctl-3", "nl", K, "A: Wanneer is het pakket geleverd?", "C: op {keep:12 maart 2025}, om {keep:14:30}"),
    _dialogue("nl-ctl-4", "nl", K, "C: Ik heb nu {keep:500 Mbit} voor {keep:€ 45} per maand, kan dat sneller?"),
    _dialogue("nl-ctl-5", "nl", K, "A: Wat is uw geboortedatum?",
              "C: Waarom heeft u die nodig? Ik bel alleen over bestelling {keep:118734}"),
    _dialogue("nl-ctl-6", "nl", K, "A: Welk klantnummer staat op de brief?", "C: {keep:987825707}"),
    _dialogue("nl-ctl-7", "nl", K, "A: Welk artikelnummer heeft de router?", "C: {keep:0612-3456-78}"),
    _dialogue("nl-ctl-8", "nl", K, "A: Hoe laat kan de monteur komen?",
              "C: tussen {keep:8:00} en {keep:12:00}, of na {keep:17.30}"),
    _dialogue("nl-ctl-9", "nl", K, "C: Mijn dochter is jarig op {keep:14-06-2025}, kan de levering eerder?"),
    _dialogue("nl-ctl-10", "nl", K,
              "A: Welke snelheid heeft u nu?", "C: {keep:200} Mbit geloof ik, en ik betaal {keep:€ 42,50}"),
    _dialogue("nl-ctl-11", "nl", K, "A: Wat is uw telefoonnummer?",
              "C: Dat staat al in jullie systeem, ik wil alleen weten waarom ik {keep:€ 120} moet betalen"),
    _dialogue("nl-ctl-12", "nl", K,
              "C: ik betaal nu {keep:negenenveertig euro} per maand voor {keep:honderd} gigabyte"),
    _dialogue("nl-ctl-13", "nl", K, "A: Wat is uw geboortedatum?",
              "C: {DOB#bare-answer:12 maart 1985}, en de levering was op {keep:14 maart 2025}"),
    _dialogue("nl-ctl-14", "nl", K,
              "A: Wanneer is de storing begonnen?", "C: sinds {keep:3 augustus}, rond {keep:half negen}"),
    _dialogue("nl-ctl-15", "nl", K, "C: Ik wil het pakket Vast Tarief {keep:3} jaar voor {keep:€ 139}, ordernummer "
                           "{keep:2024-118734}"),
    _dialogue("nl-ctl-16", "nl", K, "A: Wat is het nummer van uw zending?", "C: {keep:3SDEVC1234567}"),

    # == English ================================================================================================
    _dialogue("en-dob-1", "en", B, "A: Can I take your date of birth, please?", "C: {DOB:22 June 1990}"),
    _dialogue("en-dob-2", "en", B, "A: What's your date of birth?", "C: {DOB:March 3rd, 1985}"),
    _dialogue("en-dob-3", "en", B, "A: And your DOB?", "C: yeah it's {DOB:04/17/1969}"),
    _dialogue("en-dob-4", "en", B, "A: When were you born?", "C: the {DOB:5th of November 1975}"),
    _dialogue("en-dob-5", "en", B, "A: Could you confirm your date of birth for me?", "C: sure, {DOB:1/9/84}"),
    _dialogue("en-pc-1", "en", B, "A: Can I have the postcode, please?", "C: {PC:M1 1AE}"),
    _dialogue("en-pc-2", "en", B, "A: What's the zip code there?", "C: {PC:94107}"),
    _dialogue("en-phone-1", "en", B, "A: What's the best number to reach you on?", "C: {PHONE:07700 900431}"),
    _dialogue("en-phone-2", "en", B, "A: And a phone number?", "C: {PHONE:020 7946 0958}, that's the landline"),
    _dialogue("en-mail-1", "en", B, "A: What email address shall I send it to?", "C: {EMAIL:olivia.hart@proton.me}"),
    _dialogue("en-mail-2", "en", B, "A: What's your email?", "C: it's {EMAIL:dan dot okafor at outlook dot com}"),
    _dialogue("en-iban-1", "en", B, "A: Could you give me your IBAN?", "C: {IBAN:GB42 NWBK 5585 3043 5205 61}"),
    _dialogue("en-name-1", "en", B, "A: Can I have your full name, please?", "C: {NAME:Daniel Okafor}"),
    _dialogue("en-name-2", "en", B, "A: Who am I speaking with?", "C: {NAME:Priya}, {NAME:Priya Raman}"),
    _dialogue("en-name-3", "en", B, "A: And your surname?", "C: {NAME:Whitfield}. {NAME:W-H-I-T-F-I-E-L-D}."),
    _dialogue("en-addr-1", "en", B,
              "A: What's the first line of your address?", "C: {ADDR#address+bare-answer:17 Elm Grove}"),
    _dialogue("en-ilid-1", "en", B, "A: Your Israeli ID number?", "C: {IL:797114717}"),
    _dialogue("en-combo-1", "en", B,
              "A: Name and date of birth please", "C: {NAME:Laura Bennett}, {DOB:9 September 1982}"),
    _dialogue("en-dob-6", "en", B, "A: I just need your date of birth to verify.",
              "C: no problem, {DOB:August 12, 1971}",
              "A: Thanks, so that's {DOB:12 August 1971}?", "C: yes"),
    # -- split
    _dialogue("en-split-1", "en", S, "A: What's your mobile number?", "C: {PHONE:07700}", "C: {PHONE:900 123}"),
    _dialogue("en-split-2", "en", S, "C: my number is {PHONE:+44 7911}", "C: {PHONE:123 456}"),
    _dialogue("en-split-3", "en", S, "A: Card number?", "C: {CARD:4852 5388}", "C: {CARD:8539 3363}"),
    _dialogue("en-split-4", "en", S, "A: What's the phone number on the account?", "C: {PHONE:020}", "C: {PHONE:7946}",
              "C: {PHONE:0018}"),
    _dialogue("en-split-5", "en", S, "A: Can you give me the IBAN for the refund?", "C: {IBAN:GB49 NWBK 7483}",
              "A: mhm", "C: {IBAN:3801 4126 90}"),
    # -- spoken
    _dialogue("en-spoken-1", "en", SP, "A: What number can we call you back on?",
              "C: {PHONE:oh seven seven double oh nine hundred four three one}"),
    _dialogue("en-spoken-2", "en", SP,
              "C: it's {PHONE:zero six one two three four five six seven eight}, my dutch mobile"),
    _dialogue("en-spoken-3", "en", SP, "A: Date of birth?", "C: {DOB:twelfth of March nineteen eighty five}"),
    _dialogue("en-spoken-4", "en", SP, "C: my cell is {PHONE:four one five, five five five, oh one three two}"),
    _dialogue("en-spoken-5", "en", SP, "A: Can I have your zip code?", "C: {PC:nine four one oh seven}"),
    _dialogue("en-spoken-6", "en", SP,
              "A: And your phone number?", "C: {PHONE:oh two oh, seven nine four six, oh nine five eight}"),
    # -- transposed
    _dialogue("en-trans-1", "en", T, "A: What's your IBAN?", "C: {IBAN:GB13 BARC 6668 3645 7049 52}"),
    _dialogue("en-trans-2", "en", T, "A: What's the long number on the card?", "C: {CARD:5551 3137 3573 9900}"),
    _dialogue("en-trans-3", "en", T, "A: Your Dutch BSN?", "C: {BSN:774509801}"),
    _dialogue("en-trans-4", "en", T, "A: And the teudat zehut number?", "C: {IL:718314704}"),
    # -- addresses
    _dialogue("en-addr-2", "en", AD, "C: I moved to {ADDR:42 Willow Road}, Leeds, last month"),
    _dialogue("en-addr-3", "en", AD, "C: please send the engineer to {ADDR:221B Baker Street}, {PC#address:NW1 6XE}"),
    _dialogue("en-addr-4", "en", AD,
              "C: the old address was {ADDR:9 Station Lane} but I'm now at {ADDR:15 Queen's Avenue}"),
    _dialogue("en-addr-5", "en", AD, "C: deliver it to {ADDR:3 Harbour Close}, flat 2"),
    _dialogue("en-addr-6", "en", AD, "C: its {ADDR:88 mill street} in bristol"),
    _dialogue("en-addr-7", "en", AD, "C: I live at {ADDR:twenty two Baker Street}"),
    _dialogue("en-addr-8", "en", AD, "A: Where should we send the new router?", "C: to {ADDR:7 Orchard Drive}, Oxford"),
    # -- cue names
    _dialogue("en-cue-1", "en", CN, "C: Hi, my name is {NAME:Rebecca Thornton} and I'm calling about my bill"),
    _dialogue("en-cue-2", "en", CN, "C: hi this is {NAME:marcus} calling about the router"),
    _dialogue("en-cue-3", "en", CN, "C: {NAME:Ellen Park} speaking, I got a letter from you"),
    _dialogue("en-cue-4", "en", CN, "C: I'm calling on behalf of my mother, {NAME:Maria Jansen}",
              "A: Of course. Is {NAME:Maria} with you now?"),
    _dialogue("en-cue-5", "en", CN, "C: Yes, it's {NAME:Tom Ridley} here"),
    _dialogue("en-cue-6", "en", CN, "C: The account is in the name of my husband, {NAME:Richard Cole}"),
    _dialogue("en-cue-7", "en", CN, "C: I'm {NAME:Steve}, the tenant at the flat"),
    _dialogue("en-cue-8", "en", CN, "A: Good morning, you're through to {NAME:Jamie}, how can I help?",
              "C: Hi {NAME:Jamie}, my broadband keeps dropping"),
    # -- CRM
    _dialogue("en-crm-1", "en", CR,
              "C: Hi, it's {NAME:Mark}, I want to upgrade my broadband",
              crm={"customer": {"first_name": "Mark", "last_name": "Ellis", "customerId": "CUST-55102",
                                "address": "42 Willow Road, Leeds", "phone": "07700 900877",
                                "email": "mark.ellis@example.co.uk", "dateOfBirth": "1976-05-14", "plan": "basic",
                                "products": ["internet", "tv"], "tenure_months": 30},
                   "offer": {"name": "Fibre 500", "price": "£35"}},
              secret=("CUST-55102", "Willow Road", "07700 900877", "mark.ellis@example.co.uk", "1976-05-14", "Ellis"),
              shown=("basic", "Fibre 500", "£35")),
    _dialogue("en-crm-2", "en", CR,
              "C: My bill went up again.",
              crm={"customer": {"accountNumber": "ACC-3391-22", "houseNumber": "221B", "streetName": "Baker Street",
                                "mobile": "+44 7911 123456", "dob": "17/04/1969", "plan": "Unlimited"},
                   "case": {"caseId": "CASE-4411", "topic": "billing"}},
              secret=("ACC-3391-22", "Baker Street", "+44 7911 123456", "17/04/1969", "CASE-4411"),
              shown=("Unlimited",)),
    # -- controls
    _dialogue("en-ctl-1", "en", K, "A: What's your order number?", "C: {keep:112-4839201-7734021}"),
    _dialogue("en-ctl-2", "en", K, "A: Can you read me the order number?", "C: {keep:4500123456}"),
    _dialogue("en-ctl-3", "en", K, "C: I'm on the {keep:500 Mbit} plan for {keep:£35} a month"),
    _dialogue("en-ctl-4", "en", K, "A: When was it delivered?", "C: on {keep:14 August 2025} around {keep:10:30}"),
    _dialogue("en-ctl-5", "en", K, "A: What's the invoice number?", "C: {keep:INV-2025-00871}"),
    _dialogue("en-ctl-6", "en", K, "A: What's your date of birth?",
              "C: Why do you need that? I only want a refund for order {keep:7734021}"),
    _dialogue("en-ctl-7", "en", K, "A: Which model is it?", "C: the {keep:A2337}, serial {keep:SN4490127733}"),
    _dialogue("en-ctl-8", "en", K, "C: it costs {keep:thirty five pounds} and I've had it for {keep:three} years"),
    _dialogue("en-ctl-9", "en", K, "A: What's your customer reference?", "C: {keep:CR-77812}"),
    _dialogue("en-ctl-10", "en", K, "A: What's the order number?", "C: it's {keep:123456782}"),
    _dialogue("en-ctl-11", "en", K, "A: What time suits you for the engineer?", "C: {keep:9:30} or after {keep:2 pm}"),
    _dialogue("en-ctl-12", "en", K,
              "A: What's your postcode?", "C: hang on, the parcel was due on {keep:12/08/2025} anyway"),
    _dialogue("en-ctl-13", "en", K, "A: Could I have the tracking number?", "C: {keep:1Z999AA10123456784}"),
    _dialogue("en-ctl-14", "en", K, "C: my son's birthday is on {keep:09/09/2025}, can the phone arrive before that"),

    # == French =================================================================================================
    _dialogue("fr-dob-1", "fr", B, "A: Quelle est votre date de naissance ?", "C: {DOB:12 mars 1985}"),
    _dialogue("fr-dob-2", "fr", B, "A: Vous êtes né quand, monsieur ?", "C: le {DOB:3 juillet 1979}"),
    _dialogue("fr-dob-3", "fr", B, "A: Votre date de naissance, s'il vous plaît ?", "C: {DOB:14/02/1972}"),
    _dialogue("fr-dob-4", "fr", B, "A: Vous êtes né quand ?", "C: le {DOB:1er avril 1988}"),
    _dialogue("fr-pc-1", "fr", B, "A: Et votre code postal ?", "C: {PC:69003}"),
    _dialogue("fr-pc-2", "fr", B, "A: Le code postal ?", "C: c'est le {PC:75011}"),
    _dialogue("fr-phone-1", "fr", B, "A: À quel numéro puis-je vous rappeler ?", "C: au {PHONE:06 12 48 73 90}"),
    _dialogue("fr-phone-2", "fr", B, "A: Votre numéro de téléphone ?", "C: {PHONE:01 42 68 53 00}"),
    _dialogue("fr-mail-1", "fr", B, "A: Quelle est votre adresse e-mail ?", "C: {EMAIL:c.lefebvre@orange.fr}"),
    _dialogue("fr-mail-2", "fr", B, "A: Votre adresse mail ?", "C: {EMAIL:marie point roux arobase free point fr}"),
    _dialogue("fr-iban-1", "fr", B,
              "A: Votre IBAN pour le remboursement ?", "C: {IBAN:FR03 3551 5058 77BY V7S6 EHOG F44}"),
    _dialogue("fr-name-1", "fr", B, "A: C'est à quel nom ?", "C: {NAME:Dubois}, {NAME:Martine Dubois}"),
    _dialogue("fr-name-2", "fr", B, "A: Vous êtes madame... ?", "C: madame {NAME:Garnier}"),
    _dialogue("fr-addr-1", "fr", B,
              "A: Quelle est votre adresse ?", "C: {ADDR#address+bare-answer:14 rue des Lilas}, à Lyon"),
    _dialogue("fr-combo-1", "fr", B,
              "A: Votre nom et votre date de naissance ?", "C: {NAME:Paul Mercier}, {DOB:5 février 1966}"),
    _dialogue("fr-bsn-1", "fr", B, "A: Et le numéro BSN que vous avez aux Pays-Bas ?", "C: {BSN:162275869}"),
    _dialogue("fr-dob-5", "fr", B,
              "A: Pour vérifier, votre date de naissance ?", "C: alors... le {DOB:30 octobre 1958}"),
    # -- split
    _dialogue("fr-split-1", "fr", S, "A: Votre portable ?", "C: {PHONE:06 71}", "C: {PHONE:84 22 19}"),
    _dialogue("fr-split-2", "fr", S, "C: mon numéro c'est le {PHONE:07 81 22}", "C: {PHONE:46 09}"),
    _dialogue("fr-split-3", "fr", S, "A: Votre IBAN ?", "C: {IBAN:FR27 0242 6462}", "C: {IBAN:885U FRDL 1ERB F41}"),
    _dialogue("fr-split-4", "fr", S, "C: appelez-moi au {PHONE:+33 6}", "C: {PHONE:12 48}", "C: {PHONE:73 90}"),
    # -- spoken
    _dialogue("fr-spoken-1", "fr", SP, "A: Votre numéro ?",
              "C: {PHONE:zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit}"),
    _dialogue("fr-spoken-2", "fr", SP,
              "C: vous pouvez me joindre au {PHONE:zéro sept quatre-vingt-un vingt-deux quarante-six zéro neuf}"),
    _dialogue("fr-spoken-3", "fr", SP, "A: Votre date de naissance ?",
              "C: le {DOB:douze mars mil neuf cent quatre-vingt-cinq}"),
    _dialogue("fr-spoken-4", "fr", SP, "A: Le code postal ?", "C: {PC:soixante-neuf zéro zéro trois}"),
    _dialogue("fr-spoken-5", "fr", SP, "C: c'est le {PHONE:06 douze 48 soixante-treize 90}"),
    _dialogue("fr-spoken-6", "fr", SP, "A: Votre numéro de portable ?",
              "C: {PHONE:zéro six, vingt et un, onze, quatre-vingt-dix-sept, zéro deux}"),
    # -- transposed
    _dialogue("fr-trans-1", "fr", T, "A: Votre IBAN ?", "C: {IBAN:FR82 4708 2276 5444 4643 7861 221}"),
    _dialogue("fr-trans-2", "fr", T, "A: Votre numéro de carte ?", "C: {CARD:4728 0385 2808 1441}"),
    _dialogue("fr-trans-3", "fr", T, "A: Votre numéro BSN néerlandais ?", "C: {BSN:157281683}"),
    # -- addresses
    _dialogue("fr-addr-2", "fr", AD, "C: J'habite au {ADDR:8 boulevard Voltaire}, {PC#address:75011} Paris"),
    _dialogue("fr-addr-3", "fr", AD, "C: livrez au {ADDR:12 bis rue Victor Hugo} à Nantes svp"),
    _dialogue("fr-addr-4", "fr", AD, "C: mon adresse c'est {ADDR:3 avenue Louise}, {PC#address:1050} Ixelles"),
    _dialogue("fr-addr-5", "fr", AD, "C: on a déménagé au {ADDR:27 chemin des Vignes}, près de Mâcon"),
    _dialogue("fr-addr-6", "fr", AD, "A: Quelle est l'adresse d'installation ?",
              "C: {ADDR:5 place de la République}, {PC#address:67000} Strasbourg"),
    _dialogue("fr-addr-7", "fr", AD, "C: c'est au {ADDR:45 rue de la paix} au deuxième"),
    _dialogue("fr-addr-8", "fr", AD, "C: Le technicien doit passer au {ADDR:18, allée des Tilleuls} demain"),
    # -- cue names
    _dialogue("fr-cue-1", "fr", CN, "C: Bonjour, je m'appelle {NAME:Juliette Morel}, j'ai un problème avec ma facture"),
    _dialogue("fr-cue-2", "fr", CN, "C: Oui bonjour, ici {NAME:Bernard Lambert}, je vous appelle pour ma box"),
    _dialogue("fr-cue-3", "fr", CN, "C: c'est {NAME:Nathalie Roussel} à l'appareil"),
    _dialogue("fr-cue-4", "fr", CN, "C: J'appelle de la part de ma mère, {NAME:Jeanne Perrin}, elle est à l'hôpital",
              "A: Très bien. Madame {NAME:Perrin} est-elle d'accord ?"),
    _dialogue("fr-cue-5", "fr", CN, "C: mon nom c'est {NAME:fournier}, {NAME:alain fournier}"),
    _dialogue("fr-cue-6", "fr", CN, "C: Le contrat est au nom de madame {NAME:Chevalier}"),
    _dialogue("fr-cue-7", "fr", CN, "A: Bonjour, vous êtes en ligne avec {NAME:Thomas}, que puis-je faire pour vous ?",
              "C: Bonjour {NAME:Thomas}, ma box ne marche plus"),
    _dialogue("fr-cue-8", "fr", CN, "C: Je suis {NAME:Lucie Bertrand}, la fille de la titulaire"),
    # -- CRM
    _dialogue("fr-crm-1", "fr", CR,
              "C: Bonjour, c'est {NAME:Camille}, je veux changer d'offre",
              crm={"customer": {"first_name": "Camille", "last_name": "Laurent", "client_id": "FR-CL-44120",
                                "adresse": "14 rue des Lilas", "telephone": "06 12 48 73 90",
                                "email": "camille.laurent@free.fr", "date_naissance": "1979-07-03", "plan": "confort",
                                "products": ["internet", "mobile"]},
                   "offer": {"name": "Option TV Sport", "price": "9,99 €"}},
              secret=("FR-CL-44120", "rue des Lilas", "06 12 48 73 90", "camille.laurent@free.fr", "1979-07-03",
                      "Laurent"),
              shown=("confort", "Option TV Sport")),
    _dialogue("fr-crm-2", "fr", CR,
              "C: Ma facture est fausse.",
              crm={"customer": {"numero_client": "413429901", "rue": "boulevard Voltaire", "code_postal": "75011",
                                "portable": "07 81 22 46 09", "naissance": "05/02/1966", "plan": "essentiel"},
                   "contract": {"reference": "CT-FR-0091", "end": "2026-03-31"}},
              secret=("413429901", "boulevard Voltaire", "75011", "07 81 22 46 09", "05/02/1966", "CT-FR-0091"),
              shown=("essentiel", "2026-03-31")),
    # -- controls
    _dialogue("fr-ctl-1", "fr", K, "A: Quel est votre numéro de commande ?", "C: {keep:FR-88213409}"),
    _dialogue("fr-ctl-2", "fr", K, "A: Votre numéro de commande ?", "C: c'est le {keep:4500987612}"),
    _dialogue("fr-ctl-3", "fr", K, "C: La fibre {keep:500 Mb/s} à {keep:29,99 €} par mois, c'est trop cher"),
    _dialogue("fr-ctl-4", "fr", K,
              "A: Quand avez-vous été livré ?", "C: le {keep:18 septembre 2025}, vers {keep:14h30}"),
    _dialogue("fr-ctl-5", "fr", K, "A: Quelle est la référence du produit ?", "C: {keep:3764925899138}"),
    _dialogue("fr-ctl-6", "fr", K, "A: Votre date de naissance ?",
              "C: Pourquoi ? Je veux juste résilier, commande {keep:118734}"),
    _dialogue("fr-ctl-7", "fr", K, "C: je paie {keep:trente-neuf euros} par mois depuis {keep:deux} ans"),
    _dialogue("fr-ctl-8", "fr", K, "A: Quel est votre numéro client ?", "C: {keep:413429901}"),
    _dialogue("fr-ctl-9", "fr", K,
              "A: Quel est le numéro de la facture ?", "C: {keep:FA-2025-09-0142} du {keep:3 septembre 2025}"),
    _dialogue("fr-ctl-10", "fr", K,
              "A: À quelle heure le technicien peut-il passer ?", "C: entre {keep:8h} et {keep:13h}"),
    _dialogue("fr-ctl-11", "fr", K, "A: Votre numéro de commande ?", "C: {keep:220835688}"),
    _dialogue("fr-ctl-12", "fr", K,
              "C: Le forfait {keep:5G} à {keep:19,99 €/mois} passe à {keep:24,99 €} au {keep:1er octobre}"),

    # == Hebrew =================================================================================================
    _dialogue("he-dob-1", "he", B, "A: מה תאריך הלידה שלך?", "C: {DOB:12 במרץ 1985}"),
    _dialogue("he-dob-2", "he", B, "A: תאריך לידה בבקשה", "C: {DOB:3.7.1979}"),
    _dialogue("he-dob-3", "he", B, "A: מתי נולדת?", "C: ב-{DOB:14/02/1972}"),
    _dialogue("he-dob-4", "he", B, "A: מתי נולדת?", "C: {DOB:1 בינואר 1990}"),
    _dialogue("he-pc-1", "he", B, "A: מה המיקוד?", "C: {PC:6100001}"),
    _dialogue("he-phone-1", "he", B, "A: מה מספר הטלפון שלך?", "C: {PHONE:052-7384419}"),
    _dialogue("he-phone-2", "he", B, "A: לאיזה מספר לחזור אליך?", "C: {PHONE:054 612 3398}"),
    _dialogue("he-mail-1", "he", B, "A: מה כתובת המייל?", "C: {EMAIL:dana.levi@walla.co.il}"),
    _dialogue("he-ilid-1", "he", B, "A: מה מספר תעודת הזהות שלך?", "C: {IL:049746506}"),
    _dialogue("he-name-1", "he", B, "A: מה השם המלא שלך?", "C: {NAME:מיכל אברהם}"),
    _dialogue("he-name-2", "he", B, "A: איך קוראים לך?", "C: {NAME:יוסי}"),
    _dialogue("he-addr-1", "he", B, "A: מה הכתובת שלך?", "C: {ADDR#address+bare-answer:הרצל 15}, ראשון לציון"),
    _dialogue("he-iban-1", "he", B, "A: מה מספר החשבון שלך (IBAN)?", "C: {IBAN:IL68 8347 8245 0400 0883 873}"),
    _dialogue("he-combo-1", "he", B, "A: שם ותאריך לידה בבקשה", "C: {NAME:רונית שפירא}, {DOB:2.5.1961}"),
    _dialogue("he-name-3", "he", B, "A: ומה שם המשפחה?", "C: {NAME:גולדברג}"),
    _dialogue("he-dob-5", "he", B, "A: אני צריכה את תאריך הלידה שלך לאימות", "C: כן, {DOB:21/07/1988}",
              "A: {DOB:21/07/1988}, תודה."),
    # -- split
    _dialogue("he-split-1", "he", S, "A: מה מספר הנייד?", "C: {PHONE:052}", "C: {PHONE:738 4419}"),
    _dialogue("he-split-2", "he", S, "C: המספר שלי {PHONE:054 61}", "C: {PHONE:23 398}"),
    _dialogue("he-split-3", "he", S, "A: מספר תעודת זהות?", "C: {IL:0497}", "C: {IL:46506}"),
    _dialogue("he-split-4", "he", S, "C: תתקשרו ל-{PHONE:+972}", "C: {PHONE:52 738}", "C: {PHONE:4419}"),
    # -- spoken
    _dialogue("he-spoken-1", "he", SP, "A: מה מספר הטלפון?",
              "C: {PHONE:אפס חמש שתיים, שבע שלוש שמונה, ארבע ארבע אחת תשע}"),
    _dialogue("he-spoken-2", "he", SP, "C: תתקשרו אליי ל{PHONE:אפס חמישים וארבע שש אחת שתיים שלוש שלוש תשע שמונה}"),
    _dialogue("he-spoken-3", "he", SP, "A: מה המיקוד?", "C: {PC:שש אחת אפס אפס אפס אפס אחת}"),
    _dialogue("he-spoken-4", "he", SP, "C: הנייד שלי {PHONE:052 שבע שלוש שמונה 44 19}"),
    _dialogue("he-spoken-5", "he", SP, "A: תאריך לידה?", "C: {DOB:שנים עשר במרץ אלף תשע מאות שמונים וחמש}"),
    _dialogue("he-spoken-6", "he", SP, "A: מה מספר תעודת הזהות?", "C: {IL:אפס ארבע תשע שבע ארבע שש חמש אפס שש}"),
    # -- transposed
    _dialogue("he-trans-1", "he", T, "A: מה מספר תעודת הזהות?", "C: {IL:718314740}"),
    _dialogue("he-trans-2", "he", T, "A: מה מספר ה-IBAN?", "C: {IBAN:IL17 3970 1687 7313 2281 718}"),
    _dialogue("he-trans-3", "he", T, "A: מספר כרטיס האשראי?", "C: {CARD:4338 7500 4743 9507}"),
    # -- addresses
    _dialogue("he-addr-2", "he", AD, "C: עברנו ל{ADDR:רחוב הרצל 15} בראשון לציון"),
    _dialogue("he-addr-3", "he", AD, "C: אני גרה ב{ADDR:שדרות רוטשילד 22}, תל אביב"),
    _dialogue("he-addr-4", "he", AD, "C: תשלחו את הטכנאי ל{ADDR:רח' ז'בוטינסקי 7}, דירה 4"),
    _dialogue("he-addr-5", "he", AD, "C: הכתובת שלי {ADDR:ויצמן 12} כפר סבא"),
    _dialogue("he-addr-6", "he", AD, "A: לאיזו כתובת לשלוח?", "C: {ADDR:דרך בגין 30}, קומה 3"),
    _dialogue("he-addr-7", "he", AD, "C: הכתובת היא {ADDR:רחוב הנרקיס 4}, מיקוד {PC#address:4428164}"),
    # -- cue names
    _dialogue("he-cue-1", "he", CN, "C: שלום, שמי {NAME:אורית בן דוד}, אני מתקשרת בקשר לחשבון"),
    _dialogue("he-cue-2", "he", CN, "C: היי, קוראים לי {NAME:עמית} ויש לי בעיה עם הראוטר"),
    _dialogue("he-cue-3", "he", CN, "C: מדבר {NAME:שלמה פרידמן}, אני לקוח שלכם"),
    _dialogue("he-cue-4", "he", CN,
              "C: אני מתקשרת בשם אמא שלי, {NAME:רבקה כץ}", "A: בסדר גמור. {NAME:רבקה} נמצאת לידך?"),
    _dialogue("he-cue-5", "he", CN, "C: השם שלי {NAME:דוד אוחיון}"),
    _dialogue("he-cue-6", "he", CN, "C: {NAME:נטע} מדברת, רציתי לשאול על החשבונית"),
    _dialogue("he-cue-7", "he", CN, "C: החשבון רשום על שם {NAME:משה ביטון}"),
    _dialogue("he-cue-8", "he", CN,
              "A: שלום, מדברת {NAME:שירן}, במה אפשר לעזור?", "C: היי {NAME:שירן}, האינטרנט לא עובד"),
    # -- CRM
    _dialogue("he-crm-1", "he", CR,
              "C: שלום, זאת {NAME:נועה}, אני רוצה לשדרג חבילה",
              crm={"customer": {"first_name": "נועה", "last_name": "כהן", "customer_no": "IL-33871",
                                "street": "הרצל 15", "mobile": "052-7384419", "mail": "noa.cohen@walla.co.il",
                                "birthdate": "12/03/1985", "plan": "basic", "products": ["mobile"]},
                   "offer": {"name": "גלישה 100GB", "price": "49 ₪"}},
              secret=("IL-33871", "הרצל 15", "052-7384419", "noa.cohen@walla.co.il", "12/03/1985", "כהן"),
              shown=("basic", "גלישה 100GB")),
    _dialogue("he-crm-2", "he", CR,
              "C: החשבונית האחרונה לא נכונה",
              crm={"customer": {"teudat_zehut": "049746506", "address": "דרך בגין 30, תל אביב", "phone": "03-5617284",
                                "date_of_birth": "1961-05-02", "plan": "פרימיום", "segment": "business"},
                   "contract": {"number": "HT-5512", "start": "2024-02-01"}},
              secret=("049746506", "דרך בגין", "03-5617284", "1961-05-02", "HT-5512"),
              shown=("פרימיום", "2024-02-01")),
    # -- controls
    _dialogue("he-ctl-1", "he", K, "A: מה מספר ההזמנה?", "C: {keep:334745866}"),
    _dialogue("he-ctl-2", "he", K, "A: מתי המשלוח הגיע?", "C: ב-{keep:28 באוגוסט 2025}"),
    _dialogue("he-ctl-3", "he", K, "C: אני משלם {keep:99.90} ש\"ח על {keep:500} מגה"),
    _dialogue("he-ctl-4", "he", K, "A: מה מספר החשבונית?", "C: {keep:2025004417}"),
    _dialogue("he-ctl-5", "he", K,
              "A: מה תאריך הלידה שלך?", "C: למה צריך את זה? אני רק רוצה לבטל את ההזמנה {keep:A-99812}"),
    _dialogue("he-ctl-6", "he", K, "A: באיזו שעה נוח שהטכנאי יגיע?", "C: בין {keep:8:00} ל-{keep:12:00}"),
    _dialogue("he-ctl-7", "he", K, "C: אני משלם {keep:מאה} שקל כבר {keep:שלוש} שנים"),
    _dialogue("he-ctl-8", "he", K, "A: מה מספר הלקוח שלך?", "C: {keep:665726262}"),
    _dialogue("he-ctl-9", "he", K, "A: מה מספר ההזמנה?", "C: זה {keep:039337423}"),
    _dialogue("he-ctl-10", "he", K, "A: מה דגם המכשיר?", "C: {keep:SM-A546}, גרסה {keep:4.18.0}"),
    _dialogue("he-ctl-11", "he", K,
              "A: מה תאריך הלידה שלך?", "C: {DOB#bare-answer:3.3.1985}, והטכנאי בא ב-{keep:12.08.2025}"),
    # == More of every kind, and whole calls in which the cases meet ==========================================
    _dialogue("nl-pc-3", "nl", B, "A: Kunt u uw postcode even noemen?", "C: Ja, {PC:1017 CX}."),
    _dialogue("nl-pc-4", "nl", B, "A: Wat is de postcode van het afleveradres?", "C: {PC:9712CB}, nummer {ADDR:3a}"),
    _dialogue("nl-pc-5", "nl", SP, "A: Postcode?", "C: {PC:twee vijf één vier A B}"),
    _dialogue("nl-iban-2", "nl", B, "A: Op welke rekening wilt u het terug?",
              "C: {IBAN:NL12 ASNB 2828 8072 90}, op naam van J. {NAME#cue-name:Koster}"),
    _dialogue("nl-iban-3", "nl", SP, "A: Uw IBAN?",
              "C: {IBAN:NL zeventig TRIO twee twee twee zeven negen één acht nul vijf acht}"),
    _dialogue("nl-bsn-2", "nl", B, "A: Wat is uw BSN?", "C: Dat is {BSN:688136138}, staat op mijn rijbewijs"),
    _dialogue("nl-bsn-3", "nl", S, "A: Uw burgerservicenummer graag", "C: {BSN:8646}", "C: {BSN:23112}"),
    _dialogue("nl-bsn-4", "nl", T, "A: Uw BSN?", "C: {BSN:646777624}"),
    _dialogue("nl-mail-3", "nl", B, "C: mijn mailadres is {EMAIL:anouk.vermeulen@hotmail.com}"),
    _dialogue("nl-card-1", "nl", B, "A: Met welke kaart wilt u betalen?", "C: {CARD:5751 1637 2651 6764}"),
    _dialogue("nl-call-1", "nl", B,
              "A: Goedemiddag, u spreekt met {NAME#cue-name:Anouk} van de klantenservice.",
              "C: Hallo, met {NAME#cue-name:Bas Vermeulen}. Ik ben verhuisd en wil mijn adres wijzigen.",
              "A: Natuurlijk. Wat is uw nieuwe postcode en huisnummer?",
              "C: {PC:3811 MG}, {ADDR:14}",
              "A: En de straat?",
              "C: {ADDR:Stationsplein}",
              "A: Dank u. En uw geboortedatum ter controle?",
              "C: {DOB#bare-answer+spoken:negen april tweeduizend twee}"),
    _dialogue("en-pc-3", "en", B, "A: And the postcode for that address?", "C: it's {PC:LS1 4AP}"),
    _dialogue("en-pc-4", "en", B, "A: What's your postcode?", "C: {PC:b15 2tt}"),
    _dialogue("en-iban-2", "en", B, "C: Can you refund to my Dutch account? It's {IBAN:NL19 SNSB 8871 8033 40}"),
    _dialogue("en-mail-3", "en", B, "A: Which email should the invoice go to?",
              "C: {EMAIL:accounts@brightside-plumbing.co.uk}"),
    _dialogue("en-card-1", "en", B, "A: What's the card number?", "C: {CARD:5122 2029 7299 7526}"),
    _dialogue("en-card-2", "en", SP, "A: Can I take the card number?",
              "C: {CARD:four five seven one, one seven seven seven, seven four one two, one five four two}"),
    _dialogue("en-ilid-2", "en", S, "A: What's your Israeli ID number?", "C: {IL:7529}", "C: {IL:17039}"),
    _dialogue("en-bsn-1", "en", B, "A: What's your BSN?", "C: it's {BSN:321146487}"),
    _dialogue("en-call-1", "en", B,
              "A: Thanks for calling, you're speaking with {NAME#cue-name:Hannah}.",
              "C: Hi {NAME#cue-name:Hannah}, I'm calling for my dad, {NAME#cue-name:George Miller}, he's not well.",
              "A: I'm sorry to hear that. Can I take his date of birth?",
              "C: {DOB:2nd of February 1948}",
              "A: And the postcode?",
              "C: {PC:CF10 1EP}",
              "A: Thanks. And a number we can reach you on?",
              "C: {PHONE#split:07700 900}",
              "C: {PHONE#split:562}"),
    _dialogue("fr-pc-3", "fr", B, "A: Quel est votre code postal ?", "C: {PC:13008}, Marseille"),
    _dialogue("fr-pc-4", "fr", B, "A: Votre code postal, madame ?", "C: euh... {PC:33000}"),
    _dialogue("fr-iban-2", "fr", B, "A: Sur quel compte voulez-vous être remboursé ?",
              "C: {IBAN:BE43 8483 7261 6751}, mon compte belge"),
    _dialogue("fr-iban-3", "fr", S, "C: mon IBAN c'est {IBAN:FR26 9314 1705}", "C: {IBAN:86RI C7PH KQDL M44}"),
    _dialogue("fr-mail-3", "fr", B, "A: Une adresse e-mail pour la confirmation ?", "C: {EMAIL:jp.martin@laposte.net}"),
    _dialogue("fr-card-1", "fr", B, "A: Le numéro de la carte ?", "C: {CARD:4852 5388 8539 3363}"),
    _dialogue("fr-bsn-2", "fr", SP, "A: Votre BSN ?", "C: {BSN:six huit huit, un trois six, un trois huit}"),
    _dialogue("fr-ilid-1", "fr", B, "A: Votre numéro d'identité israélien ?", "C: {IL:423667120}"),
    _dialogue("fr-call-1", "fr", B,
              "C: Bonjour, je suis {NAME#cue-name:Hélène Girard}, j'appelle pour le compte de mon père, "
              "{NAME#cue-name:Marcel Girard}.",
              "A: Bien sûr. Sa date de naissance ?",
              "C: le {DOB:8 mai 1940}",
              "A: Et son adresse ?",
              "C: {ADDR#address+bare-answer:22 rue du Moulin}, {PC:44000} Nantes",
              "A: Un numéro où le joindre ?",
              "C: {PHONE#split:02 40}",
              "C: {PHONE#split:12 34 56}"),
    _dialogue("he-pc-2", "he", B, "A: מה המיקוד שלך?", "C: {PC:6473925}"),
    _dialogue("he-pc-3", "he", B, "A: אפשר מיקוד?", "C: כן, {PC:4428164}"),
    _dialogue("he-ilid-2", "he", B, "A: תעודת זהות בבקשה", "C: {IL:768426843}"),
    _dialogue("he-ilid-3", "he", T, "A: מה מספר הזהות שלך?", "C: {IL:781746332}"),
    _dialogue("he-iban-2", "he", B, "C: תחזירו את הכסף לחשבון {IBAN:IL48 4620 1684 9340 7224 704}"),
    _dialogue("he-mail-2", "he", B, "A: לאיזה מייל לשלוח את החשבונית?", "C: {EMAIL:yossi.m@gmail.com}"),
    _dialogue("he-card-1", "he", B, "A: מה מספר הכרטיס?", "C: {CARD:4338 7500 4743 9570}"),
    _dialogue("he-call-1", "he", B,
              "A: שלום, מדבר {NAME#cue-name:אלון}, במה אפשר לעזור?",
              "C: היי, שמי {NAME#cue-name:ליאת מזרחי}, עברתי דירה",
              "A: מה הכתובת החדשה?",
              "C: {ADDR#address+bare-answer:רחוב הגפן 9}, חיפה",
              "A: ומיקוד?",
              "C: {PC:3303109}",
              "A: ומספר טלפון לחזרה?",
              "C: {PHONE#split:050}",
              "C: {PHONE#split:1234567}"),
]

# The second batch was written after the first one had tuned the redactor, in other words and other phrasings,
# and settled before the redactor ran over it: a check that the tuning carries over (see the docstring).
_SECOND = [
    _dialogue("nl2-dob-1", "nl", B, "A: Voor de controle: wat is uw geboortedatum?",
              "C: {DOB#bare-answer+spoken:Vijf november negentien achtenzestig}."),
    _dialogue("nl2-dob-2", "nl", B, "A: Kunt u uw geboortedatum noemen?", "C: Ja hoor, dat is {DOB:29-02-1984}"),
    _dialogue("nl2-dob-3", "nl", B, "A: En wat is uw geboortedatum?", "C: {DOB:17/10/58}"),
    _dialogue("nl2-pc-1", "nl", B, "A: Ik heb nog uw postcode nodig.", "C: {PC:1071 KZ}"),
    _dialogue("nl2-pc-2", "nl", B, "A: Wat is de postcode en het huisnummer?", "C: {PC:5611 AZ} {ADDR:44}"),
    _dialogue("nl2-phone-1", "nl", SP, "A: Wat is uw telefoonnummer?",
              "C: {PHONE:Nul zes, één twee, drie vier, vijf zes, zeven acht}."),
    _dialogue("nl2-phone-2", "nl", B, "A: Op welk nummer bent u het best bereikbaar?", "C: {PHONE:+31 6 2345 6789}"),
    _dialogue("nl2-mail-1", "nl", B, "A: Mag ik uw e-mailadres?", "C: {EMAIL:k.jansen71@gmail.com}"),
    _dialogue("nl2-iban-1", "nl", B, "A: Wat is het IBAN waarop we mogen terugstorten?",
              "C: {IBAN:NL10 KNAB 1878 0175 98}"),
    _dialogue("nl2-bsn-1", "nl", B, "A: Wat is uw burgerservicenummer?", "C: {BSN:864623112}"),
    _dialogue("nl2-name-1", "nl", B, "A: Mag ik uw voor- en achternaam?", "C: {NAME:Petra van Dijk}"),
    _dialogue("nl2-name-2", "nl", B, "A: Hoe is uw achternaam?", "C: {NAME:Bakker}, {NAME:B-A-K-K-E-R}"),
    _dialogue("nl2-addr-1", "nl", AD, "A: Wat is het adres waar de monteur moet komen?",
              "C: {ADDR:Vondelstraat 120}, tweede verdieping"),
    _dialogue("nl2-addr-2", "nl", AD,
              "C: Mijn nieuwe adres is {ADDR:Wilhelminastraat 4}, {PC#address:2011 VJ} Haarlem"),
    _dialogue("nl2-addr-3", "nl", AD, "C: We wonen aan de {ADDR:Rijksstraatweg 233}"),
    _dialogue("nl2-cue-1", "nl", CN, "C: Goedemorgen, {NAME:Sophie de Graaf} hier."),
    _dialogue("nl2-cue-2", "nl", CN, "C: Met {NAME:Hans}."),
    _dialogue("nl2-cue-3", "nl", CN,
              "C: Ik bel voor mijn vader, {NAME:Kees Hoekstra}, die ligt in het ziekenhuis"),
    _dialogue("nl2-cue-4", "nl", CN, "C: Mijn naam is {NAME:de Wit}, {NAME:Jolanda de Wit}"),
    _dialogue("nl2-split-1", "nl", S, "A: Wat is uw IBAN?", "C: {IBAN:NL10 KNAB}", "C: {IBAN:1878}",
              "C: {IBAN:0175 98}"),
    _dialogue("nl2-split-2", "nl", S, "A: Wat is uw BSN?", "C: {BSN:321}", "C: {BSN:146}", "C: {BSN:487}"),
    _dialogue("nl2-trans-1", "nl", T, "A: Uw IBAN graag", "C: {IBAN:NL26 INGB 6088 3106 79}"),
    _dialogue("nl2-ctl-1", "nl", K, "A: Wat is uw klantnummer?", "C: {keep:31224567}"),
    _dialogue("nl2-ctl-2", "nl", K, "A: Welk pakket heeft u?", "C: {keep:Alles-in-1 Start}, {keep:100} Mbit"),
    _dialogue("nl2-ctl-3", "nl", K, "A: Wanneer wilt u dat de monteur komt?",
              "C: {keep:dinsdag 14 oktober} om {keep:10 uur}"),
    _dialogue("nl2-ctl-4", "nl", K, "C: mijn factuur van {keep:€ 61,20} klopt niet, factuurnummer {keep:2025-88123}"),
    _dialogue("nl2-ctl-5", "nl", K, "A: Wat is het serienummer van het modem?", "C: {keep:ZX8841022917}"),
    _dialogue("nl2-ctl-6", "nl", K, "A: Hoeveel kost het nu?", "C: {keep:zevenenveertig euro vijftig}"),
    _dialogue("nl2-ctl-7", "nl", K, "A: Wat is uw geboortedatum?",
              "C: Geen idee waarom dat nodig is, ik wil opzeggen per {keep:1 november}"),
    _dialogue("en2-dob-1", "en", SP, "A: For security, can you confirm your date of birth?",
              "C: It's the {DOB#bare-answer+spoken:fourteenth of July nineteen seventy-two}"),
    _dialogue("en2-dob-2", "en", B, "A: What's your DOB please?", "C: {DOB:07/14/1972}"),
    _dialogue("en2-dob-3", "en", B, "A: And your date of birth?", "C: {DOB:1972-07-14}"),
    _dialogue("en2-pc-1", "en", B, "A: Can I get your postcode?", "C: yeah {PC:SE1 7PB}"),
    _dialogue("en2-pc-2", "en", B, "A: What's the postcode of the property?", "C: {PC:EH1 2NG}"),
    _dialogue("en2-phone-1", "en", B, "A: What's a good contact number for you?", "C: {PHONE:07700 900 982}"),
    _dialogue("en2-phone-2", "en", SP, "A: What number should the engineer call?",
              "C: {PHONE:oh one one three, four nine six, oh one two three}"),
    _dialogue("en2-mail-1", "en", B, "A: And your email address?",
              "C: {EMAIL:sarah underscore jones at hotmail dot co dot uk}"),
    _dialogue("en2-name-1", "en", B, "A: Can you spell your surname for me?", "C: {NAME:K-O-W-A-L-S-K-I}"),
    _dialogue("en2-name-2", "en", B, "A: Who's the account holder?", "C: my wife, {NAME:Emma Clarke}"),
    _dialogue("en2-addr-1", "en", AD, "A: What's the address for the delivery?",
              "C: {ADDR:19 Granville Road}, Sheffield"),
    _dialogue("en2-addr-2", "en", AD, "C: I'm at {ADDR:7 The Crescent}, just by the park"),
    _dialogue("en2-cue-1", "en", CN, "C: Hiya, {NAME:Dave Thompson} here, calling about my router"),
    _dialogue("en2-cue-2", "en", CN, "C: Hi there, my name's {NAME:Aisha Khan}"),
    _dialogue("en2-cue-3", "en", CN, "C: I'm phoning on behalf of my dad, {NAME:Peter Hughes}"),
    _dialogue("en2-cue-4", "en", CN, "C: This is {NAME:Claire} from flat 9"),
    _dialogue("en2-split-1", "en", S, "A: What's your card number?", "C: {CARD:4728 0385}", "C: {CARD:2808 4141}"),
    _dialogue("en2-split-2", "en", S, "C: you can ring me on {PHONE:07911}", "C: {PHONE:123 456}"),
    _dialogue("en2-trans-1", "en", T, "A: What's your BSN number?", "C: {BSN:165134246}"),
    _dialogue("en2-ctl-1", "en", K, "A: What's the reference on the letter?", "C: {keep:REF-22981-B}"),
    _dialogue("en2-ctl-2", "en", K, "A: Which plan are you on?", "C: {keep:Unlimited Max}, {keep:£42} a month"),
    _dialogue("en2-ctl-3", "en", K, "A: When did the fault start?", "C: {keep:last Tuesday}, around {keep:3 pm}"),
    _dialogue("en2-ctl-4", "en", K, "C: I ordered it on {keep:2 September}, order {keep:303-4481920-1123456}"),
    _dialogue("en2-ctl-5", "en", K, "A: What's your date of birth?",
              "C: {DOB#bare-answer:9th of May 1990}, and I moved house on {keep:1 August 2025}"),
    _dialogue("en2-ctl-6", "en", K, "A: How much did you pay?", "C: {keep:ninety nine pounds}"),
    _dialogue("en2-ctl-7", "en", K, "A: What's the IMEI?", "C: {keep:356938035643809}"),
    _dialogue("fr2-dob-1", "fr", B, "A: Pouvez-vous me donner votre date de naissance ?", "C: le {DOB:3 février 1975}"),
    _dialogue("fr2-dob-2", "fr", SP, "A: Votre date de naissance ?",
              "C: {DOB:quinze août mil neuf cent quatre-vingt-deux}"),
    _dialogue("fr2-pc-1", "fr", SP, "A: Et votre code postal ?", "C: {PC:trente-trois zéro zéro zéro}"),
    _dialogue("fr2-phone-1", "fr", B, "A: À quel numéro peut-on vous joindre ?", "C: {PHONE:07 56 12 88 43}"),
    _dialogue("fr2-phone-2", "fr", SP, "A: Votre numéro de portable, s'il vous plaît ?",
              "C: {PHONE:zéro six, quarante-deux, dix-huit, soixante-sept, trente}"),
    _dialogue("fr2-mail-1", "fr", B, "A: Quelle est votre adresse électronique ?", "C: {EMAIL:luc.bernard@sfr.fr}"),
    _dialogue("fr2-name-1", "fr", B, "A: Votre nom de famille ?", "C: {NAME:Lefèvre}, avec un accent"),
    _dialogue("fr2-name-2", "fr", B, "A: Vous êtes bien madame... ?", "C: {NAME:Rousseau}, {NAME:Isabelle Rousseau}"),
    _dialogue("fr2-addr-1", "fr", AD, "A: Quelle est l'adresse de livraison ?",
              "C: {ADDR:33 rue Nationale}, {PC#address:59000} Lille"),
    _dialogue("fr2-addr-2", "fr", AD, "C: J'habite {ADDR:12 impasse des Roses}"),
    _dialogue("fr2-cue-1", "fr", CN, "C: Bonjour, {NAME:Pierre Dupont} à l'appareil"),
    _dialogue("fr2-cue-2", "fr", CN, "C: Je vous appelle de la part de mon mari, {NAME:Jacques Moreau}"),
    _dialogue("fr2-cue-3", "fr", CN, "C: Allô, ici {NAME:Sylvie}, je rappelle pour ma réclamation"),
    _dialogue("fr2-cue-4", "fr", CN, "C: Je m'appelle {NAME:sarah cohen}"),
    _dialogue("fr2-split-1", "fr", S, "A: Votre IBAN ?", "C: {IBAN:FR76 3000}", "C: {IBAN:6000 0112 3456 7890 189}"),
    _dialogue("fr2-trans-1", "fr", T, "A: Le numéro de votre carte ?", "C: {CARD:4852 5388 8539 3336}"),
    _dialogue("fr2-ctl-1", "fr", K, "A: Quel est le numéro de votre contrat ?", "C: {keep:CTR-2291-44}"),
    _dialogue("fr2-ctl-2", "fr", K, "A: Quelle offre avez-vous ?", "C: la {keep:Fibre 1 Gb/s} à {keep:34,99 €}"),
    _dialogue("fr2-ctl-3", "fr", K, "A: Quand le technicien est-il passé ?", "C: le {keep:4 septembre}"),
    _dialogue("fr2-ctl-4", "fr", K, "C: J'ai reçu la facture {keep:FAC-889120} de {keep:112,40 €}"),
    _dialogue("fr2-ctl-5", "fr", K, "A: Votre date de naissance ?",
              "C: Je ne vois pas le rapport, je veux juste annuler la commande {keep:FR-4471}"),
    _dialogue("he2-dob-1", "he", B, "A: מה תאריך הלידה שלך בבקשה?", "C: {DOB:15.08.1982}"),
    _dialogue("he2-dob-2", "he", B, "A: תאריך לידה?", "C: {DOB:5 ביוני 1977}"),
    _dialogue("he2-dob-3", "he", B, "A: באיזו שנה נולדת ומה התאריך?", "C: {DOB:30/11/1969}"),
    _dialogue("he2-pc-1", "he", B, "A: מה המיקוד של הכתובת?", "C: {PC:5252223}"),
    _dialogue("he2-phone-1", "he", SP, "A: מה מספר הטלפון הנייד שלך?",
              "C: {PHONE:אפס חמש ארבע, שלוש שלוש שתיים, שמונה שמונה שבע אפס}"),
    _dialogue("he2-phone-2", "he", B, "A: לאיזה מספר לחזור?", "C: {PHONE:058-6671234}"),
    _dialogue("he2-mail-1", "he", B, "A: מה המייל שלך?", "C: {EMAIL:avi.cohen@gmail.com}"),
    _dialogue("he2-ilid-1", "he", B, "A: מספר תעודת זהות?", "C: {IL:752917039}"),
    _dialogue("he2-name-1", "he", B, "A: מה שמך?", "C: {NAME:רותם לוי}"),
    _dialogue("he2-name-2", "he", B, "A: על שם מי החשבון?", "C: על שם {NAME:אבי גבאי}"),
    _dialogue("he2-addr-1", "he", AD, "A: מה הכתובת למשלוח?", "C: {ADDR:רחוב ביאליק 18}, רמת גן"),
    _dialogue("he2-addr-2", "he", AD, "C: אני גר ב{ADDR:רחוב סוקולוב 40} בהרצליה"),
    _dialogue("he2-cue-1", "he", CN, "C: שלום, כאן {NAME:מירב}, אני לקוחה שלכם"),
    _dialogue("he2-cue-2", "he", CN, "C: אני מתקשר בשביל אבא שלי, {NAME:יעקב פרץ}"),
    _dialogue("he2-cue-3", "he", CN, "C: קוראים לי {NAME:שירה}"),
    _dialogue("he2-split-1", "he", S, "A: מה מספר הטלפון?", "C: {PHONE:054}", "C: {PHONE:332}", "C: {PHONE:8870}"),
    _dialogue("he2-trans-1", "he", T, "A: מה מספר תעודת הזהות שלך?", "C: {IL:912854294}"),
    _dialogue("he2-ctl-1", "he", K, "A: מה מספר ההזמנה שלך?", "C: {keep:4471823}"),
    _dialogue("he2-ctl-2", "he", K, "A: כמה שילמת?", "C: {keep:249} ש\"ח"),
    _dialogue("he2-ctl-3", "he", K, "A: מתי הטכנאי הגיע?", "C: ב-{keep:3 בספטמבר}"),
    _dialogue("he2-ctl-4", "he", K, "C: החבילה שלי {keep:מאה} גיגה ב-{keep:59.90}"),
    _dialogue("he2-ctl-5", "he", K, "A: מה מספר הלקוח?", "C: {keep:304958812}"),
]

# The third batch leans on precision (answers that give nothing, brands after "met" and "ik ben", "דרך" as
# "via") and on phrasings the first two lack; written, like the second, before the redactor ran over it.
_THIRD = [
    _dialogue("nl3-ctl-1", "nl", K, "A: Met wie spreek ik?", "C: Met de buurvrouw, ze is even weg"),
    _dialogue("nl3-ctl-2", "nl", K, "A: Wat is uw naam?", "C: Waarom wilt u dat weten?"),
    _dialogue("nl3-ctl-3", "nl", K, "A: Mag ik uw achternaam?", "C: Eh, dat staat toch op het contract?"),
    _dialogue("nl3-ctl-4", "nl", K, "C: Ik ben Ziggo-klant sinds {keep:2010} en nu is het op"),
    _dialogue("nl3-ctl-5", "nl", K, "C: Met Ziggo heb ik nooit problemen gehad, met jullie wel"),
    _dialogue("nl3-ctl-6", "nl", K, "A: Wat is uw telefoonnummer?", "C: Het nummer dat jullie hebben, van mijn werk"),
    _dialogue("nl3-ctl-7", "nl", K, "C: ik heb {keep:drie} vragen en {keep:twee} klachten"),
    _dialogue("nl3-ctl-8", "nl", K, "A: Welk nummer staat op uw factuur?", "C: {keep:F-2025-1182}"),
    _dialogue("nl3-ctl-9", "nl", K, "A: Wat is uw klantnummer?", "C: Dat is {keep:12345678}"),
    _dialogue("nl3-ctl-10", "nl", K, "A: Op welk nummer kan ik u bellen?",
              "C: Liever na {keep:17:00}, op {PHONE#bare-answer:06-12345678}"),
    _dialogue("nl3-ctl-11", "nl", K, "A: Wat is uw IBAN?", "C: Ik heb het over de rekening van {keep:maart}"),
    _dialogue("nl3-ctl-12", "nl", K, "C: Ik heb {keep:2} jaar in de Kerkstraat gewoond, nu niet meer"),
    _dialogue("nl3-dob-1", "nl", SP, "A: Wat is uw geboortedatum?",
              "C: {DOB#bare-answer+spoken:Eenendertig december negentienzeventig}"),
    _dialogue("nl3-pc-1", "nl", B, "A: En uw postcode?", "C: Dat is {PC:9711 LM}, in Groningen"),
    _dialogue("nl3-mail-1", "nl", B, "C: U kunt mij mailen op {EMAIL:jvdberg at ziggo punt nl}"),
    _dialogue("nl3-split-1", "nl", S, "C: Mijn telefoonnummer is {PHONE:06-1234}", "C: {PHONE:5678}"),
    _dialogue("nl3-cue-1", "nl", CN, "C: Mijn naam is {NAME:Jan-Willem Bosman}"),
    _dialogue("nl3-cue-2", "nl", CN, "C: Goedemiddag, met mevrouw {NAME:Koster}"),
    _dialogue("en3-ctl-1", "en", K, "A: Can I have your name please?", "C: Sorry, the line is bad"),
    _dialogue("en3-ctl-2", "en", K, "A: Who am I speaking with?", "C: The tenant, the owner is abroad"),
    _dialogue("en3-ctl-3", "en", K, "A: What's your date of birth?", "C: I'd rather not say over the phone"),
    _dialogue("en3-ctl-4", "en", K, "A: This is Fibre 500, our fastest plan.", "C: How much is it?"),
    _dialogue("en3-ctl-5", "en", K, "C: I'm with Vodafone for my mobile"),
    _dialogue("en3-ctl-6", "en", K, "C: I called {keep:five} times and I have {keep:one} question left"),
    _dialogue("en3-ctl-7", "en", K, "A: What's your membership number?", "C: {keep:88123456}"),
    _dialogue("en3-ctl-8", "en", K, "C: I paid {keep:20} pounds at the Main Street shop"),
    _dialogue("en3-cue-1", "en", CN, "C: It's Mrs {NAME:Patel} here"),
    _dialogue("en3-mail-1", "en", B, "A: And what's the best email for you?", "C: {EMAIL:patel.r@btinternet.com}"),
    _dialogue("en3-pc-1", "en", B, "A: Could you give me your full postcode?", "C: {PC:M4 5JD}"),
    _dialogue("en3-addr-1", "en", B, "A: What's your house number and postcode?", "C: {ADDR:42}, {PC:LS6 2AB}"),
    _dialogue("en3-addr-2", "en", AD, "C: My address is Flat 2, {ADDR:15 Victoria Street}"),
    _dialogue("en3-dob-1", "en", B, "C: I was born on the {DOB:3rd of March 1985}"),
    _dialogue("en3-dob-2", "en", SP, "A: Date of birth?", "C: {DOB#bare-answer+spoken:Third of March, eighty five}"),
    _dialogue("fr3-ctl-1", "fr", K, "A: C'est à quel nom ?", "C: Au nom de la société, {keep:Boulangerie Martin SARL}"),
    _dialogue("fr3-ctl-2", "fr", K, "C: C'est Orange qui m'a dit ça"),
    _dialogue("fr3-ctl-3", "fr", K, "C: j'ai appelé {keep:trois} fois cette semaine"),
    _dialogue("fr3-ctl-4", "fr", K, "A: Votre nom ?", "C: Pourquoi vous avez besoin de ça ?"),
    _dialogue("fr3-dob-1", "fr", B, "A: Quelle est votre date de naissance ?", "C: le {DOB:12/03/85}"),
    _dialogue("fr3-cue-1", "fr", CN, "C: Je suis {NAME:Marie-Claire Dubois}, cliente depuis dix ans"),
    _dialogue("fr3-addr-1", "fr", AD, "C: Mon adresse : {ADDR:7 rue Gambetta}, {PC#address:31000} Toulouse"),
    _dialogue("fr3-phone-1", "fr", SP, "A: Votre numéro de téléphone ?",
              "C: {PHONE:zéro un, quarante-cinq, vingt-deux, trente-trois, onze}"),
    _dialogue("fr3-mail-1", "fr", B, "A: Et votre e-mail ?", "C: {EMAIL:jean tiret dupont arobase gmail point com}"),
    _dialogue("he3-ctl-1", "he", K, "A: איך קוראים לך?", "C: למה זה משנה?"),
    _dialogue("he3-ctl-2", "he", K, "C: ניסיתי דרך האפליקציה {keep:3} פעמים וזה לא עובד"),
    _dialogue("he3-ctl-3", "he", K, "C: התקשרתי {keep:שלוש} פעמים השבוע"),
    _dialogue("he3-ctl-4", "he", K, "A: מה תאריך הלידה שלך?", "C: אני לא רוצה למסור את זה בטלפון"),
    _dialogue("he3-addr-1", "he", B, "A: מה הכתובת?", "C: {ADDR#address+bare-answer:הרצל 12} דירה 5, חולון"),
    _dialogue("he3-cue-1", "he", CN, "C: שמי {NAME:מרים}, ואני מתקשרת בשם בעלי, {NAME:משה כהן}"),
    _dialogue("he3-phone-1", "he", B, "A: מה מספר הטלפון שלך?", "C: {PHONE:050 123 4567}, אפשר גם בוואטסאפ"),
    _dialogue("he3-dob-1", "he", B, "A: מה תאריך הלידה?", "C: ה-{DOB:3 במרץ 1985}"),
    _dialogue("he3-mail-1", "he", B, "A: מה המייל?", "C: {EMAIL:dani.levi@gmail.com}"),
    _dialogue("he3-addr-2", "he", AD, "C: אני גר ב{ADDR:אבן גבירול 30}, תל אביב"),
]

FIRST: tuple[Dialogue, ...] = tuple(_DIALOGUES)
SECOND: tuple[Dialogue, ...] = tuple(_SECOND)
THIRD: tuple[Dialogue, ...] = tuple(_THIRD)
DIALOGUES: tuple[Dialogue, ...] = FIRST + SECOND + THIRD
