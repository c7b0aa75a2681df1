"""The thirty-second tuning batch: the company's coach named by the title alone ("coach Laura", "Coach Sanne",
"le coach Maxime": the pattern for "coaches?" never took a plain "coach"); a card's expiry asked for ("and the expiry
date?", "et la date d'expiration ?") after a card said in words, so the customer's question before it no longer
hands the card on to the month and year; the end of a phone taken back after a hesitation ("Euh non", "Eh nee") or
with "nah"; a flat alone in its segment, the block of flats and its road in the next ("apartment 5" / "Marina
Heights, Quay Road"); a block of flats by its road ("Riverside Court, Mill Street"); the customer's own label before
an address with no street word in it ("New address: Larkspur 6... no, 9", "Nieuw adres:", "Nouvelle adresse :",
"הכתובת החדשה:"); the agent asking who else comes or who it is for ("Who's the other climber?", "Wie komt er mee?",
"Qui vient avec vous ?", "Who is the lesson for?"), answered with a name whose first word is also a word ("Joy",
"Faith") or after "Me and", "Ik en", "Moi et"; and a Hebrew name put on the list ("תרשום גם את ...", "תוסיף בבקשה
את ...").

Written before the thirtieth round of conversation-aware redaction, after held-out batch 29 (an ice rink) had been
scored and spent, in sectors no batch had used (a climbing wall, a trampoline park, an archery club, a marquee
hire). Batch 29's values leaked at the end of a phone taken back with "naw" and after "Euh non", a building and its
road after a flat said alone, a Hebrew address after "כתובת חדשה:" with its house number taken back, an answer to
"Who's the second skater?" whose first name is a word, "Me and" before a name, and a Hebrew name after "תרשום גם
את"; its look-alikes were changed at the company's coach in all four languages and at a card's expiry said in
words. Its mistyped IBAN with no word naming it (the agent only says it fails the check afterwards) is not among
these: nothing before it says what it is.

Before that round, on these 21 dialogues (26 gold spans, 10 look-alikes): PHONE 0.50 (6), NAME 0.00 (7), ADDRESS
0.09 (11), CARD 1.00 (2); spurious findings 5 of 14, look-alikes changed 5 of 10. After: every kind 1.00, no
spurious finding, no look-alike changed. A Hebrew coach ("המאמן ...") is taken as the company's too since, but no
sentence that base redaction got wrong could be written for it outside batch 29's own, so none is here.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, SP, Dialogue, K
from redaction_dialogues import dialogue as _dialogue

THIRTY_SECOND: list[Dialogue] = [
    # the company's coach, named by the title alone, by the customer or the agent
    _dialogue("en32-coach", "en", K, "C: I'd like a bouldering lesson with coach {keep:Laura} on Saturday.",
              "A: Booked, 10am, {keep:£12}."),
    _dialogue("nl32-coach", "nl", K, "C: Kan mijn dochter nog mee naar de trampolinewedstrijd?",
              "A: Ja hoor. Coach {keep:Sanne} zet haar op de lijst."),
    _dialogue("fr32-coach", "fr", K, "C: Il reste une place pour le tir à l'arc dimanche ?",
              "A: Oui, le coach {keep:Maxime} vous garde une cible."),
    # the agent asks for the card's expiry after a card said in words: a month and a year, no number of the customer's
    _dialogue("en32-expiry", "en", SP,
              "C: You need my card number? {CARD:Four nine one seven, three oh two eight, five five six one, "
              "zero zero four eight}.",
              "A: Thanks, and the expiry date?", "C: {keep:Oh nine twenty-eight}.", "A: Lovely, {keep:£45} taken."),
    _dialogue("fr32-expiration", "fr", SP,
              "C: Vous voulez mon numéro de carte ? {CARD:Cinq trois cinq six, un deux zéro neuf, sept sept huit "
              "huit, trois un quatre quatre}.", "A: Merci, et la date d'expiration ?",
              "C: {keep:Zéro trois, vingt-sept}.", "A: C'est réglé."),
    # the end of a phone number taken back after a hesitation, or with "nah"
    _dialogue("en32-nah", "en", SP, "A: Best number to reach you on?",
              "C: {PHONE:oh seven nine four six, um, double two, three one seven}... nah, {PHONE:three one nine}.",
              "A: Got it."),
    _dialogue("fr32-euh-non", "fr", SP,
              "C: Mon portable : {PHONE:zéro six, douze, quarante-quatre, dix-huit, trente}. Euh non, "
              "{PHONE:dix-huit, trente et un}.", "A: C'est noté."),
    _dialogue("nl32-eh-nee", "nl", SP, "A: Op welk nummer kunnen we u bereiken?",
              "C: {PHONE:nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig}. Eh nee, "
              "{PHONE:zesenvijftig, zevenenzeventig}.", "A: Dank u."),
    # a flat alone in its segment: the building and the street still to come; a block of flats by its road
    _dialogue("en32-flat-then-block", "en", AD, "A: And your address?", "C: {ADDR:apartment 5}",
              "C: {ADDR:Marina Heights, Quay Road}, Cobh.", "A: Thanks, the marquee arrives {keep:Friday}."),
    _dialogue("en32-block-on-road", "en", AD,
              "C: The tent pegs can go to my brother at {ADDR:Riverside Court, Mill Street}, he's home all day.",
              "A: No problem."),
    # the customer's own label before the address, its number taken back
    _dialogue("he32-new-address", "he", AD, "C: הכתובת החדשה: {ADDR:הנרקיסים 18}... לא, {ADDR:81}",
              "A: {ADDR:הנרקיסים 81}?", "C: כן"),
    _dialogue("en32-new-address", "en", AD, "C: New address: {ADDR:Larkspur 6}... no, {ADDR:9}",
              "A: {ADDR:Larkspur 9}, noted."),
    _dialogue("nl32-new-address", "nl", AD, "C: Nieuw adres: {ADDR:Ravelijn 12}, vanaf volgende maand.",
              "A: Aangepast."),
    _dialogue("fr32-new-address", "fr", AD, "C: Nouvelle adresse : {ADDR:Les Glycines 4}, à Vannes.",
              "A: C'est modifié."),
    # who else comes along, as the agent asks it: the answer is a name
    _dialogue("en32-other-climber", "en", CN, "A: Who's the other climber?",
              "C: {NAME:Joy Nwachukwu}, if there's still room.", "A: Both booked for {keep:6pm}."),
    _dialogue("en32-me-and", "en", CN,
              "A: Who's joining you at the range?", "C: Me and {NAME:Caoimhe Nagle}, if that's okay.",
              "A: Grand."),
    _dialogue("nl32-ik-en", "nl", CN, "A: Wie komt er mee naar het springpark?", "C: Ik en {NAME:Wobbe Hiemstra}.",
              "A: Genoteerd."),
    _dialogue("fr32-moi-et", "fr", CN, "A: Qui vient avec vous au tir ?", "C: Moi et {NAME:Gwenaël Kervella}.",
              "A: Parfait."),
    _dialogue("en32-who-for", "en", CN,
              "A: Who is the lesson for?", "C: {NAME:Faith Okafor}, she starts in {keep:June}.",
              "A: Lovely."),
    # someone put on the list, in Hebrew
    _dialogue("he32-register", "he", CN, "C: תרשום גם את {NAME:ולנטינה רוסו}, השכנה", "A: בסדר."),
    _dialogue("he32-add", "he", CN, "C: תוסיף בבקשה את {NAME:אולגה קוזלוב} לקבוצה", "A: הוספתי."),
]
