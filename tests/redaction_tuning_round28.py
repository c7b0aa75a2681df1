"""The thirtieth tuning batch: the company's people an agent names by the work they will do, have done or are on
("will swap", "has checked", "is on duty", "vérifiera", "installe", the Dutch verb before its subject, the Hebrew
future with its object), while a relative the customer named first stays a name; a mistyped IBAN where the customer
speaks of a premium or the rent; a postcode given as the answer to an address read back; an address announced with
its house number, its flat or (in Hebrew) its street first; a street whose type is inside its one word or that has
no type but a postcode after it; an IBAN's first piece after a direct-debit word; an ID's first piece with a
relation and a name between the ID word and the digits. Look-alikes: a unit of the company's warehouse after the
customer gave a flat.

Written before the twenty-eighth round of conversation-aware redaction, after held-out batch 27 had been scored
and spent, in sectors no batch had used (a solar panel installer, a heat-pump servicer, a window cleaner, a
furniture-hire firm). Batch 27's look-alikes were changed where the agent named the technician or colleague who
would fit, text, collect, read the data, be there or be on call ("Seán will fit", "Loïc installe", "stelt Bram de
druk in", "עידו יכוון את הלחץ") and at the company's depot unit after the customer's flat; its values leaked at a
mistyped IBAN for the rent, at "Oui, 75013." and "כן, 6713205." after an address read back, at "Nouvelle adresse :
5120", "new address Unit 1802" and "כתובת חדשה רחוב הפלמ"ח", at "26 Kingsway", at "22 Mount Wise, TR7 2BQ", at
"domiciliation : BE21" and at an ID word before a relation and a name. These dialogues say the same things in other
words.

Before that round, on these 21 dialogues (27 gold spans, 11 look-alikes): ADDRESS 0.58 (12), POSTCODE 0.33 (3),
IBAN, BSN and IL_ID 0.50 (4, 2, 2); spurious findings 7 of 24, look-alikes changed 7 of 11. After: every kind
1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

THIRTIETH: list[Dialogue] = [
    _dialogue("en30-will-swap", "en", K, "C: When is the inverter being replaced?",
              "A: Friday, {keep:Declan} will swap it at {keep:9:00}.", "C: Perfect."),
    _dialogue("en30-has-checked", "en", K, "C: Are my panel readings all right?",
              "A: Yes, {keep:Maeve} has checked them this morning, nothing to worry about."),
    _dialogue("en30-on-duty", "en", K, "C: Who do I ring if the heat pump stops at the weekend?",
              "A: The fault line, {keep:Callum} is on duty until Monday."),
    _dialogue("nl30-verb-first", "nl", K, "C: Wanneer komt de nieuwe omvormer?",
              "A: Zodra de onderdelen binnen zijn, plaatst {keep:Wouter} hem.", "C: Top."),
    _dialogue("nl30-zal", "nl", K, "A: {keep:Sanne} zal morgen de meterstand controleren.", "C: Prima."),
    _dialogue("fr30-futur", "fr", K, "C: Le compteur fait un bruit bizarre.",
              "A: D'accord, {keep:Anaïs} vérifiera le compteur jeudi.", "C: Merci."),
    _dialogue("fr30-present", "fr", K, "A: {keep:Romain} installe les panneaux lundi à {keep:8 h}.", "C: Parfait."),
    _dialogue("he30-future", "he", K, "C: מתי מחליפים את הממיר?", "A: {keep:נועם} יחליף את הממיר ביום שלישי.",
              "C: תודה."),
    _dialogue("en30-relative-first", "en", CN, "C: My son {NAME:Rory} will be home for the delivery.",
              "A: Good, {NAME:Rory} will need to sign for the ladders.", "C: Fine."),
    _dialogue("nl30-premie", "nl", T, "C: zet de premie voortaan op {IBAN:NL08 ABNA 0417 2639 85}",
              "A: Dat rekeningnummer klopt niet, kunt u het nog eens nakijken?", "C: ok"),
    _dialogue("en30-rent", "en", T, "C: Please take the hire rent from {IBAN:GB16 MIDL 4005 1531 6782 54} from now on.",
              "A: That IBAN doesn't check out, could you look at it again?"),
    _dialogue("fr30-postcode-confirm", "fr", AD, "C: On a déménagé au {ADDR:9 rue des Tanneurs}.",
              "A: Donc {ADDR:9 rue des Tanneurs} ?", "C: Oui, {PC:67000}."),
    _dialogue("he30-postcode-confirm", "he", AD, "C: עברנו ל{ADDR:רחוב הגפן 14}", "A: כלומר {ADDR:הגפן 14}?",
              "C: כן, {PC:4428117}."),
    _dialogue("fr30-number-first", "fr", AD, "C: Nouvelle adresse : {ADDR:2275}", "C: {ADDR:rue Rachel Est}, Montréal",
              "A: C'est noté."),
    _dialogue("he30-street-first", "he", AD, "C: כתובת חדשה {ADDR:שדרות הנשיא}", "C: {ADDR:8 דירה 3}", "A: עודכן."),
    _dialogue("en30-flat-first", "en", AD, "C: new address {ADDR:Suite 410}", "C: {ADDR:77 Bay Street} Toronto",
              "A: Updated. Returns can also go to our warehouse at {keep:Suite 2}, Dock Road."),
    _dialogue("en30-glued", "en", AD, "C: Please send the window cleaner to {ADDR:14 Eastway} from now on.",
              "A: Done."),
    _dialogue("en30-before-postcode", "en", AD, "C: We've moved to {ADDR:5 Beacon Heights}, {PC:EX4 6PQ} Exeter.",
              "A: Thanks, updated."),
    _dialogue("fr30-prelevement", "fr", S, "C: Pour le prélèvement : {IBAN:FR05}", "A: Oui ?",
              "C: {IBAN:3000 4028 3700 0123 4567 890}", "A: Merci, c'est enregistré."),
    _dialogue("fr30-id-far", "fr", S, "C: Le numéro d'identité de mon père, {NAME:Albert} : {IL:1289}",
              "C: {IL:23273}", "A: Merci, le dossier est complet."),
    _dialogue("nl30-bsn-far", "nl", S, "C: het BSN van mijn dochter {NAME:Lotte} voor de aanvraag: {BSN:2646}",
              "C: {BSN:82324}", "A: Dank u, ontvangen."),
]
