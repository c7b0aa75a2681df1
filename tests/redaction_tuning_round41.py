"""The forty-third tuning batch: a street named alone (with its type word) to a question on where the customer or
the thing moves to ("Vous déménagez où ?", "Where is the workshop moving to?", "לאן אתם עוברים?", "Waar verhuist
u?"); a house number in words to a bare "the number?" ("Le numéro ?", "The number?"), the street asked after it;
a Hebrew street named alone with more words after it, to "and street?" ("ורחוב?"); a house number after "to the
neighbour from" in Hebrew ("לשכן מ-..."); the digits still to come asked by a count the prompt list did not hold
("En de laatste twee?", "And the last five?", "Et les deux derniers ?"); an Israeli ID asked of a spouse with a
possessive ("your husband's ID"), its first digits ending the turn with the spouse's name; a Hebrew relation with
where they are ("... שלי בסדנה, <name>"), the place word no name; a Hebrew given name set apart before the
customer's family name ("כן, <given> <family>"). Controls: a time word before the family name, a road question
that is no move, the count of things that are no digits, and an order's number asked bare.

Written in the forty-first round of conversation-aware redaction, after held-out batch 40 (a home-alarm and
monitoring company) had been scored and spent, in sectors no batch had used as its company (a luthier's workshop,
a signwriter). Batch 40 leaked 6 addresses of 42 (0.857), 2 Israeli IDs of 28 and 2 names of 58, and changed 10 of
223 look-alikes. The addresses were streets named alone (with their street word) to a question on where the
system moves to, a house number in words to a bare "the number?", a Hebrew street named to "and street?" with more
words after it, the CRM street of a Hebrew customer said without its number, and a neighbour's house after a
Hebrew "to the neighbour from". The IDs were a last piece after a "the last N?" whose count the prompt list did not
hold, and a first piece ending a turn after a spouse's ID asked with a possessive (the apostrophe broke the ID
question). The names were a Hebrew partner with where they work set apart before the name (the place word taken
for the name), and a wife's given name before the customer's family name.

Fixed, for the general case: the cues above.

Left, and why:
- a Hebrew CRM street whose one word opens with the article ("ה..."), said without its number: such a word is an
  everyday noun too ("the flowers", "the olive tree"), and hiding it wherever it stands would hide ordinary words;
- a person named after a neighbour's house number set apart ("my neighbour at number ..., <name>"): the name is
  not cued by anything the redactor reads, and a capitalised pair after "number N," is often a street;
- a house known by its name before its road ("<House>, <Road>"): the road is hidden, the house's name is a
  single capitalised word that reads like a place or a firm (it counts as hidden, with a piece in clear);
- the look-alikes: a staff first name after "the visit of" or "c'était" in the agent's turn, the agent's own
  name when it is the customer's first name too (the customer then says "me too"), the company after "<name> de"
  in the agent's greeting, an Irish job reference and a Belgian panel serial shaped like phones after "ref" or
  a number word on the invoice. Each is the company's, but the same words name the customer's own people and
  numbers, so hiding is the safer way; they cost 10 of 223 look-alikes.

Annotations in batch 40: none breaks a README rule. Doubtful, and left as written: fr-030 and he-026, where the
agent's first name is the customer's first name too and is `keep` in the agent's opening and sign-off; a redactor
that hides the customer's first name cannot keep it there without reading who speaks of whom. nl-038 and fr-012
keep a staff first name after the service visit "of" them, with nothing but the company's service to say it is
staff.

Batch 40 before and after this round: ADDRESS 0.857 -> 0.976, IL_ID 0.929 -> 1.00, NAME 0.966 -> 0.983, every
other kind 1.00 as it was; recall in the address category 0.865 -> 0.962, cue-name 0.970 -> 1.00, split-number
0.958 -> 1.00; look-alikes changed 10 of 223 as before; hidden values with a piece left in clear 2 -> 1.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

_VIOLIN_HE = {"customer": {"first_name": "יעקב", "last_name": "ביטון", "street": "הדקל 7", "postcode": "7723107",
                           "city": "אשדוד"}}

FORTY_THIRD: list[Dialogue] = [
    # a street named alone to where the customer or the thing moves to
    _dialogue("fr43-demenagez-ou", "fr", AD, "A: Vous déménagez où ? On vous rapportera l'alto là-bas.",
              "C: {ADDR:avenue des Tilleuls}", "C: {ADDR:14}, au fond de la cour"),
    _dialogue("en43-moving-to", "en", AD, "A: Where is the workshop moving to, for the new sign?",
              "C: {ADDR:Fenwick Road}", "C: {ADDR:82}, next to the launderette"),
    _dialogue("he43-lean-ovrim", "he", AD, "A: לאן אתם עוברים? נשלח את הכינור לשם.", "C: {ADDR:רחוב התאנה}",
              "C: {ADDR:5}, קומה שנייה"),
    _dialogue("nl43-waar-verhuist-u", "nl", AD, "A: Waar verhuist u? Dan schilderen we het bord daar.",
              "C: {ADDR:Akkerlaan}", "C: {ADDR:19}, naast de kapper"),
    # a house number in words to a bare "the number?", the street after it
    _dialogue("fr43-le-numero-nu", "fr", AD, "C: On a déménagé, la contrebasse doit aller à la nouvelle maison.",
              "A: Le numéro ?", "C: {ADDR:Cinquante-huit}", "A: Et la rue ?", "C: {ADDR:rue du Lavoir}"),
    _dialogue("en43-the-number-bare", "en", AD, "C: We've moved, the sign needs to go to the new place.",
              "A: The number?", "C: {ADDR:Sixty-three}", "A: And the street?", "C: {ADDR:Quarry Lane}"),
    # a Hebrew street named alone to "and street?", more words after it
    _dialogue("he43-verechov", "he", AD, "A: מספר הבית?", "C: {ADDR:שבע}", "A: ורחוב?",
              "C: {ADDR:סוקולוב}, ליד הדואר"),
    # a house number after "to the neighbour from"
    _dialogue("he43-lashachen-mi", "he", AD, "A: ואם אין אף אחד בבית?", "C: תמסרו את הכינור לשכן מ-{ADDR:6}, הוא בבית"),
    # the digits still to come, by a count not listed before
    _dialogue("nl43-laatste-twee", "nl", S, "A: Voor de huurkoop van de cello heb ik uw BSN nodig.",
              "C: {BSN:1730116}", "A: En de laatste twee?", "C: {BSN:27}"),
    _dialogue("en43-last-five", "en", S, "A: Your BSN for the finance, please.", "C: {BSN:2369}",
              "A: And the last five?", "C: {BSN:91437}"),
    _dialogue("fr43-deux-derniers", "fr", S, "A: Votre teoudat zehout pour la facture ?", "C: {IL:1548310}",
              "A: Et les deux derniers ?", "C: {IL:10}"),
    # an ID asked of a spouse with a possessive, its start ending the turn with the name
    _dialogue("en43-husbands-id", "en", S, "A: Your husband's ID for the second name on the invoice?",
              "C: he's {NAME:Amir Dahan}, {IL:138}", "C: {IL:155 437}"),
    # a Hebrew relation with where they are, then the name
    _dialogue("he43-shutafa-basadna", "he", CN, "A: למי עוד לשלוח עדכון על השלט?",
              "C: השותפה שלי בסדנה, {NAME:נורית אלמוג}, היא מזמינה את השלטים."),
    # a Hebrew given name set apart before the customer's family name
    _dialogue("he43-ken-given-family", "he", CR, "A: להוסיף עוד מישהו לתיק התיקון?", "C: כן, {NAME:ברוריה ביטון}.",
              "A: הוספתי.", crm=_VIOLIN_HE),
    # controls: a time word before the family name, a road question that is no move, a count of no digits, an
    # order's number asked bare
    _dialogue("he43-control-time-before-family", "he", CR, "A: מתי לאסוף את הכינור?",
              "C: {keep:מחר} {NAME:ביטון} יבוא, זה אחי.", crm=_VIOLIN_HE),
    _dialogue("en43-control-road-no-move", "en", K, "A: Which way does the van come in, by the bridge?",
              "C: Yes, it's easier, about {keep:20 minutes}."),
    _dialogue("nl43-control-laatste-twee-snaren", "nl", K, "A: En de laatste twee snaren, ook vervangen?",
              "C: Ja, die kosten {keep:€18}."),
    _dialogue("fr43-control-numero-de-commande", "fr", K, "A: Le numéro de la commande ?", "C: {keep:CMD-43-7712}",
              "A: Merci, l'archet est prêt {keep:jeudi}."),
]
