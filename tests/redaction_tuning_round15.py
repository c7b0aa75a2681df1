"""The seventeenth tuning batch: the rest of a number after "yes, then", a phone begun after a word for reaching
someone, a street after "aan de", a house number corrected after a dash, a town and its postcode with no comma
between, a first name with "'s", and a maiden name after "née".

Written before the fifteenth round of conversation-aware redaction, after held-out batch 14 had been scored and
spent, in sectors no batch had used (a chimney sweep, a sign-language course, a harp maker, a horse-riding
camp). Batch 14's values leaked where the customer went on with a card after the agent read the first half back
("oui, pis 4017 ...", "כן, ואז 2853 ..."), where the first piece of a phone followed "joindre mon mari" or "החלפתי
מספר" and the rest came later, where the street came alone after "Aan de", where "— no wait" corrected a house
number, where a South African town came before its postcode with no comma, in "Yes, Rachel's." and after "née".
These dialogues say the same things in other words, beside look-alikes the new rules could take: an amount after
"yes, then", "aan de balie", a year after "née en", and a town with a number of boxes after it.

Before that round, on these 14 dialogues (25 gold spans, 8 look-alikes): PHONE 0.50 (4), CARD 0.67 (9), NAME
0.40 (5), ADDRESS 0.60 (5), POSTCODE 0.00 (1), IL_ID 1.00 (1); one spurious finding (a Hebrew verb, "עברתי מספר",
taken for a name after "שלום,"). After: every kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, SP, B, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

SEVENTEENTH: list[Dialogue] = [
    # -- the rest of a number after the agent read the first half back and the customer said "yes, then" ------------
    _dialogue("fr17-card-then", "fr", S, "A: Pour l'acompte de la harpe, votre numéro de carte ?",
              "C: {CARD:4539 1488}", "A: {CARD:4539 1488}, c'est bien ça ?",
              "C: oui, ensuite {CARD:0343 6467}, elle expire en {keep:09/27}"),
    _dialogue("he17-card-then", "he", S, "A: מה מספר הכרטיס לתשלום על הקורס?", "C: {CARD:4580 1234}",
              "A: {CARD:4580 1234}, נכון?", "C: כן, ואחר כך {CARD:5678 9015}, בתוקף עד {keep:11/28}"),
    _dialogue("nl17-card-then", "nl", S, "A: Welk kaartnummer mag ik noteren voor het kamp?", "C: {CARD:5555 5555}",
              "A: {CARD:5555 5555}, klopt dat?", "C: ja, en dan {CARD:5555 4444}"),
    # -- the first piece of a phone after a word for reaching someone ------------------------------------------------
    _dialogue("fr17-reach-slash", "fr", SP, "C: Le ramoneur peut joindre ma voisine qui a la clé au {PHONE:0476/12}",
              "C: {PHONE:34 56}, elle est là tous les matins"),
    _dialogue("he17-new-number", "he", SP, "C: שלום, עברתי מספר, תרשמו את החדש: {PHONE:052-88}", "A: כן?",
              "C: {PHONE:14302} בבקשה לשיעור של יום שני"),
    # -- a street after "aan de", then its number --------------------------------------------------------------------
    _dialogue("nl17-aan-de", "nl", AD, "A: Op welk adres moet de schoorsteenveger komen?",
              "C: Aan de {ADDR:Molendijk}", "A: En welk nummer?", "C: Nummer {ADDR:23}."),
    # -- a house number corrected after a dash, and a town before its postcode ----------------------------------------
    _dialogue("en17-dash-correction", "en", AD, "C: The harp goes to {ADDR:28 Fenwick Road} — no, sorry, "
              "{ADDR:82}. That's the blue door."),
    _dialogue("en17-town-code", "en", AD, "C: Please send the riding boots to my daughter at {ADDR:9 Loop Street}, "
              "Stellenbosch {PC:7600}."),
    # -- a first name with "'s", and a maiden name after "née" --------------------------------------------------------
    _dialogue("en17-possessive", "en", CN, "A: Whose ID number goes on the camp form?",
              "C: {NAME:Noa}'s, she's the one riding. It's {IL:039337423}."),
    _dialogue("fr17-maiden", "fr", CN, "C: Le certificat est au nom de ma mère, {NAME:Odile Marchand}, née "
              "{NAME:Lambert}.", "A: Je note les deux noms."),
    _dialogue("nl17-geboren", "nl", CN, "C: Mijn oma heet {NAME:Truus Bakker}, geboren {NAME:Visser}. Zij komt "
              "naar de les."),
    # -- look-alikes --------------------------------------------------------------------------------------------------
    _dialogue("fr17-then-amount", "fr", K, "A: C'est {keep:45 $} pour le ramonage, c'est bien ça ?",
              "C: oui, pis {keep:12 $} pour le déplacement"),
    _dialogue("nl17-aan-de-balie", "nl", K, "A: Waar kan ik de harp ophalen?", "C: Aan de balie graag, "
              "op {keep:zaterdag}."),
    _dialogue("en17-born-year", "en", B, "C: I was born in {keep:Leeds}, is there a riding camp near there?",
              "A: Yes, from {keep:12 July}, {keep:£240}."),
]
