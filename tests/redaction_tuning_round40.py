"""The forty-second tuning batch: a house number a neighbour is named by, in a call that gave no address or did
("my neighbour at ... has a key", "the neighbour ... from number ...", "de buurman op ...", "la voisine du ...",
"השכנה ממספר ..."); a phone-shaped number after a device's serial word with what it is on between ("het serienummer
van ... begint met ...", "the serial on ... is ...", "le numéro de série sur ...", "המספר הסידורי על ... הוא"), kept;
the agent's opening that names the company after "Met" and then the agent ("Met <firm>, u spreekt met ..."); a first
name the agent sets in apposition to the company ("..., our engraver, ...", "... from our team", "..., notre
fondeuse, ...", "... מהצוות שלנו", to a customer of the same first name too) or who will speak with someone in
Hebrew ("... תדבר איתך"); an Israeli ID named after its elision ("numéro d'identité") for an invoice or a receipt,
a digit swapped; a phone a digit short after "bel me dan gewoon op"; the street asked by its type ("Aan welke
weg?", "Which road?") and named alone; a Dutch street opening with an ordinal and a given name ("Eerste Jan
...straat", the two read as a date), alone and read back; an Israeli street in Latin letters after "rehov" with no
number; a Hebrew street named alone after the house number,
its town after it; a house known by its name and its townland. Controls: a year and a date after a neighbour word,
a vocative with "our" after it, and a road question that is no address question.

Written in the fortieth round of conversation-aware redaction, after held-out batch 39 (an aquarium and pond care
company) had been scored and spent, in sectors no batch had used as its company (a taxidermy studio, a bell
foundry). Batch 39 leaked 9 addresses of 52 (0.827), one Israeli ID and one phone, and changed 8 of 271
look-alikes. The addresses were neighbours' house numbers after "op", "at", "du" or "from number" (two of them in
calls that gave no address), streets named alone to "which road?", after "rehov", after a house number said alone
(Hebrew, the town after it), a Dutch street whose ordinal the number reader turns into a digit (so the ordinal went
out in clear), and an Irish house by its name and townland. The ID was named with an elided ID word after an
invoice word, so the invoice word won; the phone came after "call me" with two words before "on", where one was
allowed. The look-alikes were three device serials shaped like phones, the agent's own name after the company's
"Met ...", two staff names in apposition to the company (one to a customer of that first name), a Hebrew staff name
before a verb of speaking with someone, and a staff name the customer asks about.

Fixed, for the general case: the cues above.

Left: a first name the customer asks about as the company's person, in a question on whether they did the
company's work: nothing but that verb says so, and a customer's own people are asked about the same way; hiding it
is the safer way.

Annotations in batch 39: none breaks a README rule. Doubtful, and left as written: en-030, where the first name
the customer asks about is `keep` as the company's person with no cue but the work asked about, which the README's
staff rule allows and which the redactor cannot tell from the customer's own people. Noted, not an annotation
question: in he-035 the Hebrew word for "the business" after "in the name of" is hidden as a name (the turn marks
nothing there, so it counts neither way).

Batch 39 before and after this round: ADDRESS 0.827 -> 1.00, IL_ID 0.966 -> 1.00, PHONE 0.977 -> 1.00, every other
kind 1.00 as it was; recall in the address category 0.871 -> 1.00, cue-name 0.971 -> 1.00, transposed 0.931 ->
1.00; look-alikes changed 8 of 271 -> 1 of 271; hidden values with a piece left in clear 2 -> 0.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, Dialogue, K, T
from redaction_dialogues import dialogue as _dialogue

_BELL_HE = {"customer": {"first_name": "שירה", "last_name": "אלמוג", "street": "הגליל 21", "postcode": "2610102",
                         "city": "קריית ים"}}
_STUFF_NL = {"customer": {"first_name": "Dirk", "last_name": "Koster", "street": "Molenweg 8", "postcode": "8011 AB",
                          "city": "Zwolle"}}

FORTY_SECOND: list[Dialogue] = [
    # a house number a neighbour is named by, in a call that gave no address or did
    _dialogue("en42-neighbour-at", "en", AD, "A: Can someone sign for the mounted pheasant?",
              "C: I'm out all day, but my neighbour at {ADDR:7} takes parcels."),
    _dialogue("en42-neighbour-from-number", "en", AD, "C: The bell arrived cracked, I think the courier dropped it.",
              "A: I'm sorry. Was anyone with you?",
              "C: The neighbour {NAME:Morag} from {ADDR:number 15} saw it happen."),
    _dialogue("nl42-buurman-op", "nl", AD, "A: Waar mogen we de vos bezorgen?", "C: {ADDR:Lindelaan 30}",
              "A: En als u er niet bent?", "C: Dan heeft de buurman op {ADDR:26} een sleutel."),
    _dialogue("fr42-voisine-du", "fr", AD, "A: À quelle adresse livrer la cloche ?", "C: {ADDR:9 rue des Forges}",
              "A: Et si vous êtes absente ?", "C: la voisine du {ADDR:11} a le double des clés"),
    _dialogue("he42-hashchena-mimispar", "he", AD, "C: אני לא בבית מחר, השכנה ממספר {ADDR:9} תפתח לשליח."),
    # a phone-shaped number after a device's serial word, what it is on between: kept
    _dialogue("nl42-serienummer-van", "nl", K,
              "C: Het serienummer van de klepel begint met {keep:0631 447 902}, staat erop gegraveerd.",
              "A: Dank u, die valt nog onder de garantie."),
    _dialogue("en42-serial-on", "en", K, "C: The serial on the casting is {keep:07831 552 604}.",
              "A: Thanks, that bell was cast in {keep:March}."),
    _dialogue("fr42-numero-de-serie-sur", "fr", K, "C: Le numéro de série sur le socle est {keep:06 71 32 84 55}.",
              "A: Merci, je retrouve la commande."),
    _dialogue("he42-mispar-sidori-al", "he", K, "C: המספר הסידורי על הבסיס הוא {keep:0547 318 226}.",
              "A: תודה, מצאתי את ההזמנה."),
    # the agent's opening: the company after "Met", then the agent
    _dialogue("nl42-met-firma-spreekt-met", "nl", CN,
              "A: Met {keep:Klokkenhuis}, u spreekt met {keep:Femke}. Waarmee kan ik helpen?",
              "C: {NAME:Dirk Koster}, over de luidklok.", crm=_STUFF_NL),
    # a first name set in apposition to the company, or who will speak with someone
    _dialogue("en42-our-engraver", "en", CN, "C: Can the bell carry my late father's name?",
              "A: Of course. {keep:Priya}, our engraver, will send you a proof on {keep:Friday}."),
    _dialogue("fr42-notre-fondeuse", "fr", CN, "C: Quand la cloche sera-t-elle coulée ?",
              "A: {keep:Inès}, notre fondeuse, vous appellera {keep:lundi}."),
    _dialogue("he42-mehatzevet-shelanu-namesake", "he", CN, "C: מתי הפעמון יהיה מוכן?",
              "A: {keep:שירה} מהצוות שלנו תחזור אלייך לגבי ההקדשה.", crm=_BELL_HE),
    _dialogue("he42-tedaber-itach", "he", CN, "C: מי אחראי על הפוחלץ של הינשוף?", "A: {keep:הדס} תדבר איתך מחר."),
    # an Israeli ID after its elision, for an invoice, a digit swapped
    _dialogue("fr42-identite-pour-recu", "fr", T,
              "C: pour le reçu mon numéro d'identité {IL_ID:041752836}",
              "A: Ce numéro ne passe pas le contrôle, vous pouvez vérifier ?"),
    # a phone a digit short, two words between "bel me" and "op"
    _dialogue("nl42-bel-me-dan-gewoon-op", "nl", T, "A: Dat rekeningnummer klopt niet.",
              "C: vreemd. bel me dan gewoon op {PHONE:06 41 27 83 5}, dan zoek ik het op",
              "A: Daar mis ik een cijfer."),
    # the street asked by its type, named alone
    _dialogue("nl42-welke-weg", "nl", AD, "A: Waar moet de klok heen?", "C: {ADDR:Veertien}", "A: Op welke weg is dat?",
              "C: {ADDR:Heideweg}. Achter de kerk."),
    _dialogue("en42-which-road", "en", AD, "A: Where should we deliver the stag's head?", "C: {ADDR:Twelve}",
              "A: Which road?", "C: {ADDR:Copse Hill}, past the farm shop"),
    # a Dutch street opening with an ordinal and a given name, alone and read back
    _dialogue("nl42-eerste-straat", "nl", AD, "A: Wat is het afleveradres?",
              "C: {ADDR:Eerste Jan van der Heijdenstraat}", "C: {ADDR:52-II}, postcode {PC:1072 TZ}",
              "A: Dus {ADDR:Eerste Jan van der Heijdenstraat 52-II}?"),
    # an Israeli street in Latin letters after "rehov", no number yet
    _dialogue("en42-rehov-alone", "en", AD, "A: What's the delivery address?", "C: My sister's, rehov {ADDR:Bialik}",
              "C: {ADDR:18, flat 4}"),
    # a Hebrew street named alone after the house number, its town after it
    _dialogue("he42-number-then-street", "he", AD, "A: לאן לשלוח את הפעמון?", "C: {ADDR:ארבעים ואחת}",
              "C: {ADDR:הנביאים}, בחיפה, קומה ראשונה"),
    # a house by its name and its townland
    _dialogue("en42-house-townland", "en", AD, "A: What address should the courier use?",
              "C: {ADDR:Carrowmore Lodge, Kilbrin}, the yellow gate past the creamery"),
    # controls: a year and a date after a neighbour word, a vocative before "our", a road that is no address
    _dialogue("en42-control-neighbours-year", "en", K, "C: The neighbours from {keep:2019} had an owl mounted too.",
              "A: Lovely. Yours will be ready in {keep:six weeks}."),
    _dialogue("nl42-control-buurman-datum", "nl", K, "C: De buurman op {keep:3 mei} zag de bel ook al scheef hangen.",
              "A: Dan komen we {keep:donderdag} kijken."),
    _dialogue("en42-control-vocative-our", "en", CR, "A: {NAME:Dirk}, our records show the bell shipped {keep:Monday}.",
              "C: Yes, it arrived.", crm=_STUFF_NL),
    _dialogue("en42-control-which-way", "en", K, "A: Which way did the courier come in?",
              "C: Round the back, {keep:10 minutes} ago."),
]
