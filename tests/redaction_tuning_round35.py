"""The thirty-seventh tuning batch: a street of one word the call gave with its number, said again alone ("Heiligeweg,
is dat bij ...?", "just Thornbury, by the church", "ביאליק, ליד העירייה?"); the company's person the agent puts on the
note ("ik zet het erbij voor Joost"), names after a fronted phrase with the Dutch verb first ("Voor de zolder kan Joost
..."), names in the company's team set apart ("our Cork team, Niamh, ..."), or starts to name and corrects to the
company's people ("Yanis — non, notre équipe ..."); the customer naming that person by the work they do ("de meting door
Lotte") or asking after them coming back ("c'est toujours Léa qui revient ?"); the company's person called by a name the
caller's relative has, after "קוראים" ("לטכנאית שלנו קוראים גם ..."), and the agent who introduces themself with the
customer's first name ("מדברת נועה", "u spreekt met Femke"); a door code after the address, no postcode; a Hebrew doctor
as "דר'", a landlord set apart after "בעל הבית,"; an ID named before what it is for ("מספר זהות עבור הקבלה:") and an
IBAN for a new bank, both failing their check; a building's syndic that is a firm; an e-mail broken off before its
domain's end; a house number and its flat said with "dash"; "rechov" before an Israeli street in English; a card's
expiry asked for after the card is read back by its end; the company's depot on the customer's own street; the start of
a spoken IBAN as the turn ends; the caller's own house number alone after a neighbour's address ("wij wonen op 11"); a
house number said again digit by digit ("83, eight-three"); a Canadian postcode said letter by letter and digit by
digit; an order number shaped like a phone, set apart after the order ("my parcel never came, number ..."); two digits
of the customer's phone, swapped, as the agent corrects them ("alleen 47 in plaats van 74").

Written in the thirty-fifth round of conversation-aware redaction, after held-out batch 34 (a pest-control company) had
been scored and spent, in sectors no batch had used (a chimney-and-roof repairer, a locksmith, a pool-maintenance firm,
a piano removals firm). Batch 34 changed 14 look-alikes, most of them the company's technicians by first name (put on
the note, after a fronted phrase with the verb first, "de controle door ...", "c'est ... qui revient ?", "our ... team,
..., will come", a name corrected to "notre équipe", "גם לטכנאי שלנו קוראים ...", the agent's own name after "מדבר"
shared with the customer), and a door code, a syndic, a card's expiry in Hebrew words, an order number shaped like a
phone and the company's warehouse on the customer's street; it leaked one-word streets repeated alone, a house number
after a neighbour's address and one said again digit by digit, a landlord after "בעל הבית,", a doctor after "דר'", an
IBAN and an ID failing their checks, the start of two spoken IBANs, a Québec postcode in words, and left "dash", "rehov"
and a broken-off e-mail's domain in clear. Left: the agent greeting a name that is the customer's too before the
company's ("Goedemorgen, ... van ..."), which as often greets a customer of that name; a name after "Het is" with no
other cue ("Het is ... ..., aardige man"), as "het is" opens every kind of sentence.

Batch 34 before and after this round: ADDRESS 0.870 -> 1.00, IBAN 0.919 -> 1.00, IL_ID 0.955 -> 1.00, PHONE 0.964 ->
1.00, POSTCODE 0.967 -> 1.00, NAME 0.963 -> 0.988, the rest 1.00 as they were; look-alikes changed 14 of 319 -> 1 of
319; hidden values with a piece left in clear 3 -> 0. Batches 1-33 keep every value they hid and every look-alike they
kept; batches 16 and 33 hide one-word streets said again they leaked, and batches 18-28 and 33 no longer leave
"rehov" in clear.

Before this round, on these 41 dialogues (68 gold spans, 53 look-alikes): ADDRESS 0.50 (26), NAME 0.80 (10), PHONE
0.50 (8), IBAN 0.40 (5), IL_ID 0.00 (1), POSTCODE 0.88 (8), EMAIL 0.67 (6), CARD 1.00 (4); spurious findings 19 of 66,
look-alikes changed 18 of 53. After: every kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, SP, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

THIRTY_SEVENTH: list[Dialogue] = [
    # a one-word street the call gave with its number, said again alone
    _dialogue("nl37-straat-alleen", "nl", AD, "A: Op welk adres zit de lekkage?",
              "C: {ADDR:Heiligeweg 44-B}, {PC:1017 XN}.", "A: {ADDR:Heiligeweg}, is dat bij het Koningsplein?",
              "C: ja, gewoon {ADDR:Heiligeweg}, naast de apotheek", "A: Helder, de dakdekker komt {keep:vrijdag}."),
    _dialogue("en37-street-alone", "en", AD, "A: Where's the lock that's jammed?",
              "C: {ADDR:Unit 2, 15 Thornbury}, {PC:BS35 2AB}", "A: {ADDR:Thornbury}, as in the town?",
              "C: just {ADDR:Thornbury}, by the church", "A: Right, {keep:£85} call-out, the road is fine."),
    _dialogue("he37-rehov-levad", "he", AD, "A: לאיזו כתובת לשלוח את הטכנאי?",
              "C: {ADDR:ביאליק 19 דירה 4}, מיקוד {PC:5252614}", "A: {ADDR:ביאליק}, ליד העירייה?",
              "C: כן, ליד הקניון", "A: מעולה, ביום {keep:רביעי}."),
    # the company's person the agent puts on the note, names after a fronted phrase, in the team, or corrects
    _dialogue("nl37-erbij-voor", "nl", K, "C: De schoorsteenkap ligt scheef sinds de storm.",
              "A: Ik zet het erbij voor {keep:Joost}, die neemt een steiger van {keep:acht meter} mee."),
    _dialogue("nl37-kan-joost", "nl", K, "C: Kunnen jullie ook naar de dakgoot kijken?",
              "A: Voor de zolder en de goot kan {keep:Joost} morgen om {keep:10:30}."),
    _dialogue("en37-our-team", "en", K, "C: who's coming to open the safe?",
              "A: Our Cork team, {keep:Niamh}, has the van that day; expect a text on {keep:Thursday}."),
    _dialogue("fr37-pardon-notre", "fr", K, "C: Le filtre de la piscine fuit encore.",
              "A: {keep:Yanis} — non, notre équipe du Brabant s'en occupe {keep:lundi}."),
    # the customer naming the company's person by the work, or asking after them coming back
    _dialogue("nl37-controle-door", "nl", K, "A: Uw onderhoud staat genoteerd, opdracht {keep:ZW-5512}.",
              "C: Komt de meting door {keep:Lotte} nog op {keep:dinsdag 9 juni}?", "A: Ja, om {keep:09:00}."),
    _dialogue("fr37-qui-revient", "fr", K, "A: Le piano est livré, bon {keep:DP-3307}.",
              "C: C'est toujours {keep:Léa} qui revient pour l'accord ?", "A: Oui, {keep:jeudi} à {keep:14 h}."),
    # the company's person called by a name the caller's relative has; the agent introducing themself by it
    _dialogue("he37-korim-gam", "he", CN, "A: שם מלא?", "C: {NAME:ליאור דהן}. הבת שלי, {NAME:מאיה}, תפתח לכם.",
              "A: מצוין. אגב, לטכנאית שלנו קוראים גם {keep:מאיה}."),
    _dialogue("he37-medaberet", "he", CN, "A: שלום, מדברת {keep:נועה} מהמנעולן.",
              "C: גם אני {NAME:נועה}! {NAME:נועה גולד}.", "A: איזה צחוק. במה אפשר לעזור?",
              crm={"customer": {"first_name": "נועה", "last_name": "גולד"}}),
    _dialogue("nl37-spreekt-met", "nl", CN, "A: Goedemiddag, u spreekt met {keep:Femke}.",
              "C: Ha, ik heet ook {NAME:Femke}. {NAME:Femke de Graaf}.", "A: Wat kan ik voor u doen?",
              crm={"customer": {"first_name": "Femke", "last_name": "de Graaf"}}),
    # a door code after the address is no postcode
    _dialogue("nl37-deurcode", "nl", AD, "A: Ik bevestig het adres voor de monteur.",
              "C: {ADDR:Brugstraat 14 bus 3}, {PC:8000} Brugge.", "A: {ADDR:Brugstraat 14, bus 3}. Is er een lift?",
              "C: Neen, tweede verdiep. Poortcode is {keep:4417}, de bel is stuk."),
    _dialogue("en37-gate-code", "en", AD, "A: And the address for the pool service?",
              "C: {ADDR:8 Orchard Rise}, {PC:GU2 7XH}", "A: {ADDR:8 Orchard Rise}. Anything about access?",
              "C: the side gate code is {keep:3390}, then round the back"),
    # a Hebrew doctor by "דר'", a landlord set apart after "בעל הבית,"
    _dialogue("he37-dr-geresh", "he", CN, "A: מי יהיה בבית?",
              "C: אני. דר' {NAME:אלמוג} אסרה עליי להרים דברים כבדים.", "A: בסדר, נביא שניים."),
    _dialogue("he37-baal-habayit", "he", CN, "A: ניקוי הבריכה עולה {keep:480 ₪}.",
              "C: בעל הבית, {NAME:רון ברגר}, מכסה את העלות.", "A: אז נשלח לו את החשבונית."),
    # an ID named before what it is for, and an IBAN for a new bank, both failing their check
    _dialogue("he37-taz-bishvil", "he", T, "C: מספר זהות עבור הקבלה: {IL:204518837}",
              "A: המספר לא עובר את ספרת הביקורת, אולי התחלפו ספרות?", "C: אבדוק ואחזור"),
    _dialogue("en37-new-bank", "en", T, "C: moved to a new bank, details: {IBAN:GB29 NWBK 6016 1331 9268 91}",
              "A: Thanks, that one doesn't validate, could you check it?", "C: will do"),
    # a building's syndic that is a firm; a syndic named by a first name is a person
    _dialogue("fr37-syndic-firme", "fr", CN, "A: Qui gère l'immeuble ?",
              "C: Notre syndic, {keep:Immogest}, doit donner son accord ; la concierge, Mme {NAME:Ferreira}, a la clé.",
              "A: Très bien, on passe {keep:mardi}."),
    _dialogue("fr37-syndic-personne", "fr", CN, "A: Qui nous ouvrira la cave ?",
              "C: Notre syndic, {NAME:Philippe}, a les clés.", "A: Parfait, {keep:9 h} alors."),
    # an e-mail broken off before its domain's end, corrected
    _dialogue("en37-cut-email", "en", CR, "A: Is {EMAIL:r.adebayo@gmail.com} still the best email?",
              "C: not that one, it's now {EMAIL:rita.adebayo@yahoo}... hang on, {EMAIL:rita.adebayo@outlook.com}",
              "A: So {EMAIL:rita.adebayo@outlook.com}?", "C: yes"),
    _dialogue("nl37-cut-email", "nl", CR, "A: Op welk mailadres wilt u de offerte?",
              "C: {EMAIL:kees.bos@ziggo} — nee wacht, {EMAIL:kees.bos@kpn.nl}", "A: Genoteerd."),
    # a house number and its flat said with "dash"; "rechov" before an Israeli street in English
    _dialogue("en37-dash", "en", AD, "A: Where's the piano going?",
              "C: {ADDR:Ferdinand Bolstraat 112-3}, {PC:1072 LM} Amsterdam, third floor",
              "A: So {ADDR:hundred and twelve dash three}. Is there a hoisting beam?", "C: yes"),
    _dialogue("en37-rechov", "en", AD, "A: What's the address for the locksmith?",
              "C: my dad's: {ADDR:rechov Ben Yehuda 8, apartment 2}, {PC:6380101}.", "A: Got it, {keep:Sunday}."),
    # a card's expiry asked for after the card is read back by its end
    _dialogue("he37-tokef", "he", SP, "A: מספר כרטיס בבקשה.",
              "C: {CARD:ארבע חמש אחת שתיים, שמונה שמונה שש אחת, שלוש אפס שבע ארבע, חמש אחת שמונה אפס}",
              "A: רשמתי את הכרטיס שמסתיים ב-{CARD#split:5180}. מה התוקף?", "C: {keep:אפס שמונה, עשרים ושמונה}"),
    _dialogue("en37-expiry", "en", S, "A: Card number please.", "C: {CARD:4512 8861 3074 5180}",
              "A: Card ending {CARD#split:5180}, and the expiry?", "C: {keep:oh eight, twenty-eight}"),
    # the company's depot on the customer's own street
    _dialogue("he37-mahsan", "he", K, "C: אפשר לאסוף את המסנן בעצמי?",
              "A: כן, המחסן שלנו נמצא ב{keep:התעשייה 7, אשדוד}, פתוח עד {keep:16:00}.",
              crm={"customer": {"first_name": "רינה", "last_name": "אזולאי", "street": "התעשייה 30"}}),
    _dialogue("nl37-magazijn", "nl", K, "C: Kan ik de nieuwe sloten zelf ophalen?",
              "A: Ja, bij ons magazijn aan de {keep:Industrieweg 5}, van {keep:8 tot 17 uur}.",
              crm={"customer": {"first_name": "Anouk", "last_name": "Brink", "street": "Industrieweg 52"}}),
    # the start of a spoken IBAN as the turn ends, asked for
    _dialogue("nl37-iban-begin", "nl", SP, "A: Welk rekeningnummer mag ik voor de maandelijkse afschrijving noteren?",
              "C: {IBAN:NL twintig, I-N-G-B, nul nul nul één}...", "A: Ja?",
              "C: {IBAN:twee drie vier, vijf zes zeven}."),
    _dialogue("en37-iban-start", "en", SP, "A: Which IBAN should the monthly payment come from?",
              "C: {IBAN:I E eighteen, I R C E, nine two zero five}", "A: Mm-hm.",
              "C: {IBAN:oh one two three, four five six seven, eight nine}"),
    # the caller's own house number alone, after a neighbour's address; a house number then its digits one by one
    _dialogue("nl37-wij-wonen-op", "nl", AD, "C: De wespen komen van de overburen, die wonen op {ADDR:Schoolweg 8}, "
              "wij wonen op {ADDR:11}.", "A: Dan komt de monteur bij u, {keep:donderdag} tussen {keep:8 en 12}."),
    _dialogue("en37-were-at", "en", AD, "C: the leak's from next door, they're at {ADDR:5 Quarry Lane}, we're at "
              "number {ADDR:7}.", "A: Right, the roofer can come {keep:Monday}."),
    _dialogue("fr37-chiffre-par-chiffre", "fr", AD, "A: Le piano va bien au {ADDR:46 rue des Carmes} ?",
              "C: Non, {ADDR:64}, {ADDR:six-quatre}. Le 46 c'est la pharmacie.", "A: Pardon, c'est corrigé."),
    _dialogue("en37-digit-by-digit", "en", AD, "A: Is it {ADDR:38 Harbour Road}?",
              "C: no, {ADDR:83}, {ADDR:eight-three}", "A: Sorry, fixed. The van comes {keep:Friday}."),
    # a Canadian postcode said letter by letter and digit by digit
    _dialogue("fr37-code-postal", "fr", SP, "A: Vous habitez où ?",
              "C: {ADDR:812, rue Saint-Jean}", "A: Code postal ?", "C: {PC:G six R, deux K cinq}",
              "A: Merci, on passe {keep:mercredi}."),
    # two digits of the customer's phone, swapped, named by the agent as they correct it
    _dialogue("nl37-in-plaats-van", "nl", CR, "A: Ik heb {PHONE:06 53 21 74 08} als uw nummer, klopt dat?",
              "C: Nee, het is {PHONE:06 53 21 47 08}.",
              "A: Dus alleen {PHONE:47} in plaats van {PHONE:74}. Aangepast."),
    _dialogue("fr37-au-lieu-de", "fr", CR, "A: J'ai le {PHONE:06 53 21 74 08}, c'est toujours bon ?",
              "C: Non, c'est le {PHONE:06 53 21 47 08}.",
              "A: Donc {PHONE:47} au lieu de {PHONE:74}, c'est noté. Livraison en {keep:48 heures} au lieu de "
              "{keep:72}."),
    # an order number shaped like a phone, set apart after the order it belongs to
    _dialogue("fr37-colis-numero", "fr", K,
              "C: mon colis de cylindres n'est jamais arrivé, numéro {keep:06 21 48 30 75}",
              "A: Il est chez {keep:Bpost}, livraison {keep:demain}."),
    _dialogue("en37-parcel-number", "en", K, "C: my parcel of pool chemicals never came, number {keep:07700 412 883}",
              "A: It's with {keep:DPD}, due {keep:tomorrow}."),
    # controls: a street-type word alone, a lower-case common word, an expiry given alone, a code in a control
    _dialogue("en37-control-road", "en", K, "C: is the road outside wide enough for your van?",
              "A: Our vans are {keep:2.1 m} wide, so most roads are fine. Call {keep:0330 088 4411} if unsure."),
    _dialogue("nl37-control-code", "nl", K, "C: Moet ik de code van de sleutelkluis, {keep:7731}, doorgeven?",
              "A: Ja graag, dan kan {keep:Bas} erin als u niet thuis bent. Het kost {keep:€ 95}."),
]
