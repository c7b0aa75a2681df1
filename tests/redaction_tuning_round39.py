"""The forty-first tuning batch: the company's person the agent sends in the first person ("Dan stuur ik ... langs",
"I'll send ... with ...", "Je vous envoie ...", "נשלח את ...") with no object after the name, and a Hebrew first
name the agent plans around with "will be" and a place ("... יהיה באזור מחר"); the agent's opening that greets with
the customer's own first name and then the company ("Bonjour, ... de <firm>"), where only the first name is hidden;
the customer's CRM street said without its number when its name is two short words or without the half it ends with
("rue ... Ouest" said as "rue ..."); a Dutch street of several words named alone to the address question, the number
to follow; "where to install it?" in Hebrew as an address question; a house number said alone of a neighbour or of
the customer in a call that gave or asked for an address ("op nummer ...", "from number ...", "you're at ...?",
"I'm at ...", "גר ב-..."); "number N" in the answer to the postcode question; "ik woon nu in De ..."; a Hebrew flat
("דירה N") set apart after its street; an English street without a strong street word ("... Row") opening the
segment after a house number said alone; a street moved to after "maar het is nu", its box in the next segment and
the old house number (the CRM's) said in the answer; the agent's prompt that only counts the pieces to come ("en dan
nog twee?"); a floor that goes with the house number or the flat ("... driehoog", "קומה 3, דירה 9"). Controls: a
chart position after "op nummer" in a call that gave no address, a Hebrew flat's size ("דירה 3 חדרים"), and the agent
sending the customer's own person something ("I'll send your husband ... the form").

Written in the thirty-ninth round of conversation-aware redaction, after held-out batch 38 (a mobility-aids and
stairlift company) had been scored and spent, in sectors no batch had used as its company (a clock-repair workshop,
an ice-cream caterer for events, a well-drilling firm). Batch 38 leaked 17 addresses of 57 (0.702) and one BSN piece,
left an IBAN's bank code in clear, and changed 8 of 222 look-alikes. The addresses were pieces the first request
carried before the rest of the address arrived (a street of two words named alone, a Hebrew "רחוב ..." after a
question on where to install, a street without a strong street word after a number said alone), bare house numbers
(neighbours' numbers after "nummer"/"number" or a Hebrew "lives at", the customer's own number asked back, a house
number after a spoken postcode), CRM streets of several words asked about without their number, a new address after
"ik woon nu in", a Hebrew flat set apart, and a Flemish move where only the street changed, its box in the next
segment. The BSN piece followed a prompt that counted the digits to come without the word "digits"; the IBAN's
country and bank code stood before an aside and its rest, and the segment read with the rest kept only its digits.
Six of the eight look-alikes were staff the agent sends in the first person or plans around in Hebrew; two were
the opening greeting with a first name the customer shares and the company after it, read as one full name.

Fixed, for the general case: the cues above. The floors came from the check on batches 1-37: three addresses those
batches leaked whole (a neighbour's number after "bij nummer", a Dutch floor in one word, a Hebrew floor before the
flat) were now hidden by their number but left the word or the floor in clear, so the word and the floor now go
with it.

Left: the agent's own first name in the opening greeting where the customer has the same first name: an earlier
round reads "<greeting>, <name> de/from <firm>" to a customer of that name as greeting her, and what settles it (the
customer saying the names are the same) comes in the next turn, after the greeting has left; the first name stays
hidden there, the company now goes out whole. Left too: a Hebrew verb phrase of a complaint taken for a name when
the call already holds names; it hides no look-alike.

Annotations in batch 38: none breaks a README rule. Doubtful, and left as written: the agent's first name in the
opening greeting marked `keep` where the customer has the same first name (fr-026, he-026), which the README's staff
rule keeps while the earlier rounds' reading (a greeting to the customer) hides it, only the customer's next turn
telling which; and en-025, where the number reader joins a neighbour's house number and the count after its comma
into one number, so the count goes out hidden with the house (not annotated, no look-alike).

Batch 38 before and after this round: ADDRESS 0.702 -> 1.00, BSN 0.958 -> 1.00, every other kind 1.00 as it was;
recall in the address category 0.792 -> 1.00; look-alikes changed 8 of 222 -> 2 of 222; hidden values with a piece
left in clear 1 -> 0.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

_CLOCK_NL = {"customer": {"first_name": "Maarten", "last_name": "Roelofs", "street": "Kerkpad 19",
                          "postcode": "3701 BC", "city": "Zeist"}}
_WELL_FR = {"customer": {"first_name": "Denis", "last_name": "Tremblay", "street": "3115 rue Masson Ouest",
                         "postcode": "H1Y 1X4", "city": "Montréal"}}
_ICE_HE = {"customer": {"first_name": "נורית", "last_name": "שגב", "street": "בית לחם 14", "postcode": "9350412",
                        "city": "ירושלים"}}
_CLOCK_BE = {"customer": {"first_name": "Wim", "last_name": "Claes", "street": "Brusselsesteenweg 412 bus 3",
                          "postcode": "9090", "city": "Melle"}}

FORTY_FIRST: list[Dialogue] = [
    # the company's person the agent sends in the first person, no object after the name
    _dialogue("nl41-stuur-ik", "nl", K, "C: De staande klok slaat niet meer op het hele uur.",
              "A: Dan stuur ik {keep:Joris}, onze uurwerkmaker, langs op {keep:woensdag}."),
    _dialogue("en41-ill-send", "en", K, "C: The freezer cart for the wedding is warm.",
              "A: I'll send {keep:Callum} with a spare compressor before {keep:2 pm}."),
    _dialogue("fr41-je-vous-envoie", "fr", K, "C: La pompe du puits ne démarre plus.",
              "A: Je vous envoie {keep:Théo}, {keep:jeudi matin}."),
    _dialogue("he41-nishlach-et", "he", K, "C: מכונת הגלידה לאירוע לא מקררת.",
              "A: נשלח את {keep:עומר}. מתי נוח לך?"),
    # a Hebrew first name with "will be" and a place
    _dialogue("he41-yihye-be", "he", K, "C: מתי מגיעים לקדוח?",
              "A: {keep:עומר} יהיה באזור מחר בבוקר, הוא יתקשר לפני."),
    # the opening greeting with the customer's own first name, then the company: the first name only
    _dialogue("fr41-bonjour-prenom-firme", "fr", CN, "A: Bonjour, {NAME:Denis} de {keep:Forages Laurentides}.",
              "C: Oui, bonjour, c'est pour le puits.", crm=_WELL_FR),
    # the CRM street asked about without its number: two short words, or without its half
    _dialogue("fr41-rue-sans-moitie", "fr", CR, "A: Toujours à la {ADDR:rue Masson} ?", "C: Oui, toujours.",
              crm=_WELL_FR),
    _dialogue("he41-rehov-shtei-milim", "he", CR, "A: הכתובת עדיין {ADDR:בית לחם}?", "C: כן.", crm=_ICE_HE),
    # a Dutch street of several words named alone to the address question, the number to follow
    _dialogue("nl41-straat-twee-woorden", "nl", AD, "A: Op welk adres staat de klok?",
              "C: Bij mijn vader. {ADDR:Van Speijkstraat}", "C: {ADDR:27}, eerste etage"),
    # "where to install it?" in Hebrew asks for the address
    _dialogue("he41-lean-lehatkin", "he", AD, "A: לאן להתקין את המקפיא?", "C: אצל אחותי. {ADDR:רחוב הגפן}",
              "C: {ADDR:11}, קומה שנייה"),
    # a house number said alone of a neighbour or of the customer, once the call gave an address
    _dialogue("nl41-buren-nummer", "nl", AD, "A: Waar komt de boorploeg?",
              "C: {ADDR:Dorpsweg 40}, achter de boerderij.",
              "A: En als u niet thuis bent?", "C: De buurvrouw op nummer {ADDR:38} heeft de sleutel."),
    _dialogue("en41-from-number", "en", AD, "A: Where should the van park for the party?",
              "C: {ADDR:22 Orchard Close}. My neighbour from number {ADDR:24} will move her car."),
    _dialogue("en41-im-at", "en", AD, "A: Where do we deliver the cones?", "C: To my friend's, {ADDR:4 Mill Row}.",
              "A: And you're at {ADDR:9}?", "C: Yes, I'm at {ADDR:9}, just across."),
    _dialogue("he41-gar-be", "he", AD, "A: לאן לשלוח את השעון?", "C: {ADDR:הנרקיסים 7}", "A: ואם אין אף אחד?",
              "C: השכן {NAME:יגאל} גר ב-{ADDR:5}, הוא יקבל."),
    # "number N" answering the postcode question
    _dialogue("en41-postcode-number", "en", AD, "A: What's the postcode for the drilling?",
              "C: {PC:EX4 6QP}, number {ADDR:31}"),
    # the new address after "ik woon nu in", a capitalised article opening it
    _dialogue("nl41-woon-nu-in", "nl", AD, "A: Klopt uw adres nog?",
              "C: Nee, ik woon nu in {ADDR:De Brink 5}, {PC:3701 DK}", crm=_CLOCK_NL),
    # a Hebrew flat set apart after its street, the number said first
    _dialogue("he41-dira-apart", "he", AD, "A: לאן לשלוח את הגלידה?", "C: {ADDR:ביאליק 6}. {ADDR:דירה 2}, בלי מעלית"),
    # an English street without a strong street word after a number said alone
    _dialogue("en41-row-after-number", "en", AD, "A: Which address is the clock at?", "C: My aunt's. {ADDR:Eleven}",
              "C: {ADDR:Weavers Row}, {PC:BA1 2QT}"),
    # a street moved to, its box in the next segment, the old house number kept
    _dialogue("nl41-maar-het-is-nu", "nl", AD, "A: Is het adres nog {ADDR:Brusselsesteenweg}?",
              "C: Nee. {ADDR:Vierhonderdtwaalf} is gebleven, maar het is nu {ADDR:Gentweg}",
              "C: {ADDR:bus 3}, {PC:9090} Melle", crm=_CLOCK_BE),
    # the floor that goes with the house number or the flat
    _dialogue("nl41-driehoog", "nl", AD, "A: Op welk adres moet de ijskar staan?",
              "C: {ADDR:Bloemgracht}, in Amsterdam",
              "A: Welk huisnummer?", "C: {ADDR:64 driehoog}, postcode {PC:1016 KL}"),
    _dialogue("he41-koma-dira", "he", AD, "A: כתובת לקדיחה?", "C: {ADDR:הזית 12}", "A: קומה?",
              "C: {ADDR:קומה 3, דירה 9}"),
    # the agent's prompt that only counts the pieces to come
    _dialogue("nl41-nog-twee", "nl", S, "A: Voor de vergunning van de put heb ik uw BSN nodig.", "C: {BSN:3922}",
              "C: {BSN:255}", "A: Ja, en dan nog twee?", "C: {BSN:42}"),
    # controls: a chart position with no address in the call, a flat's size, the customer's own person sent a thing
    _dialogue("nl41-control-hitlijst", "nl", K, "A: Dit model staat op nummer {keep:3} in onze verkoop.",
              "C: Mooi, dan neem ik die."),
    _dialogue("he41-control-gudal-dira", "he", K, "A: לאן לשלוח?", "C: לתל אביב, דירה {keep:3} חדרים בקומה רביעית."),
    _dialogue("en41-control-send-husband", "en", CN, "C: Can you post the guarantee?",
              "A: I'll send your husband {NAME:Graham} the guarantee today."),
]
