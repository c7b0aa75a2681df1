"""The seventy-second tuning batch: an IBAN's pieces with a hesitation between the groups, a group taken back with "o
nee wacht" and the last group after a bare "en"/"et" ("NL78, INGB, eh... 1979... 1019, o nee wacht, 1091... en dan 59");
a phone in pieces whose slip is taken back with two words ("772, 62, sorry, no, 26"); an Israeli ID in chat pieces
after "you asked me for ID no."; a whole card in its own chat segment that fails its check, after the customer said
they are paying; a transposed ID the agent reads off the form ("Op het formulier staat ...", "The form has ...", also
nine digits starting with 0 that a landline would spell); the postcode in the segment right after an address
segment; "עברנו דירה, תעבירו את ..." announcing the address; a caller who gives her name before whose daughter she
is ("אני מיכל הבת של ..."), also where the agent has the same name; "Goeiemiddag, met ..." (the Flemish and Dutch
spoken greeting); the customer's house number said again with the Hebrew "ב" joined to it. Look-alikes kept: the
agent's name after the company and its desk in the opening ("Kanoverhuur De Berkel klantenservice, Femke."),
"that's our Owen" to a customer called Owen, and "J'envoie Julien demain".

Written in the seventieth round of conversation-aware redaction, on the misses of the spent held-out batch 67 (a
heating service: boilers, chimney sweeping, stoves), in two sectors no batch had used as its company (a canoe and
kayak rental on rivers, a hot-air balloon flight operator). Figures of the held-out bench (a request after every
customer line, with the call so far; a look-alike judged on the last request that carried its turn), main before
this round -> after:
- batch 67: IBANs 0.837 -> 0.980 (41 -> 48 of 49), cards 0.750 -> 1.00 (9 -> 12 of 12), Israeli IDs 0.842 -> 1.00
  (16 -> 19 of 19), BSNs 0.917 -> 1.00, phones 0.927 -> 0.988 (76 -> 81 of 82), postcodes 0.909 -> 1.00, names 0.963
  -> 0.988, addresses 0.949 -> 0.974; split numbers 0.844 -> 1.00, transposed 0.739 -> 0.957, address category 0.929
  -> 0.982, cue names 0.944 -> 0.981; look-alikes changed 17 -> 11 of 501 (the openings "Calorion klantenservice,
  Marloes.", "Calorion English desk, Sophie/Tom." and the customer's "Hi Tom", "that's our Liam", "J'envoie
  Julien"); values out 30 -> 5, pieces left 2 -> 1.
- batch 65: look-alikes changed 34 -> 25 of 562 (the English desk's "Tom" and "Chloe" in openings with a desk word);
  batch 57: IBANs 0.988 -> 1.00 (fr-010's last group after "et"), split numbers 0.992 -> 1.00. No value went out that
  did not before and no look-alike was changed that was not before, in any of batches 1 to 67.
Before this round, 15 of the 16 dialogues below missed a value or changed a look-alike in this harness (a
conversation redacted at once, not request by request as the held-out bench does); after: none. The other one (the
Dutch IBAN with "eh" and "o nee wacht" after the agent's "Graag") passed before here because the question names the
account; it holds batch 67's nl-006 shape against a regression.

Fixed, for the general case:
- IBANs in pieces: a hesitation ("eh", "euh", "uh", "um") between two groups, and a bare "en"/"and"/"et" before the
  last group (``accounts._BETWEEN``); "o nee", "oei nee" take a group back like "nee" (``recalled.CORRECTED``).
- Phones in pieces: a slip taken back with two or three words ("sorry, no", "o nee wacht", "לא רגע")
  (``redaction._SLIP_GAP``).
- IDs: "ID no.", "ID nr." name an Israeli ID (``misheard._IL_ID``, ``context`` question words), and "you asked me
  for", "u vroeg om", "vous m'avez demandé" announce the number of the next segments (``context._ANNOUNCES``); an ID
  the agent reads off the form after "staat", "has", "says", "indique", "כתוב" where the turn or the two before name
  the ID (``misheard._NUMBER_ALONE``); nine digits in one block that such a word names are the ID, not a landline.
- Cards: a whole card (four groups of four, or sixteen digits unbroken) in its own segment after paying was named, its
  check failing or not (``context._CARD_START``).
- Addresses and postcodes: the segment right after a customer's address segment that opens with a postcode gives
  the postcode (``context._asked``); "עברנו דירה," with what to do about it and no digit announces the address; the
  customer's house number on file said again with "ב"/"ל" joined, once a house came up in the call
  (``recalled.houses_again``).
- Names: "אני X" followed by "הבת של", "הבן של" (whose relative) gives the caller's name; "goeiemiddag",
  "goeiemorgen", "goeienavond", "goeiedag" are greetings before "met".
- Look-alikes: the agent's name after the company and one lower-case word for its desk ("Calorion klantenservice,
  Marloes."); "our"/"onze"/"notre" right before a first name in the agent's turn (a namesake of the customer kept
  only there); "j'envoie" sends the company's person.

Left, and why:
- nl-032's IBAN tail "1646 66" read by the agent before "Eén is een fout van ons": the number reader takes "Eén" after
  the stop as a digit and joins it to the tail, which then is no tail of the account on file; changing how "één" is
  read after a sentence's end touches every spoken number of every batch, and was not tried in this round.
- fr-023's "c'est le six !" (a door in words after "c'est le", as often a time or a count); he-020's phone a digit
  short eight words after "ישלח הודעה" (a third person's "will text", with no "לי"); he-026's "המפתח אצל יהודית
  מלמטה" ("אצל" before a name is as often a shop or a firm); he-022's "partly" piece is "דירה" of "בעלת הדירה", a
  word the address shares with the sentence, not a piece of it.
- staff named by the agent in passing ("Ik zie dat Ruben op ... is geweest", "Mag Stijn de sleutel ... ophalen",
  "Dan laat ik Erik kijken", "fait le 18 novembre par Loïc", "Je vois que Loïc est allé au ...", "שגיא מחר בין ...",
  "ליאור ייקח ממנה ויחזיר") and the technician who shares the customer's name ("רונן, כמוך!", "C'est toujours le
  jeune homme, Julien ?" and its answer): every batch has agents speaking the same way of the customer's relatives and
  neighbours, so no rule was found that keeps these and never lets a customer's name out. nl-039's Gent branch phone
  read after "Ze zijn te bereiken op" is left: the company's other branches have no list the redactor knows.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

SEVENTY_SECOND: list[Dialogue] = [
    # an IBAN's pieces with a hesitation, a group taken back with "o nee wacht", the last after "en dan"
    _dialogue("nl72-iban-pieces-hesitation", "nl", S,
              "A: Kanoverhuur De Berkel, met Femke.",
              "C: Hallo, ik wil het seizoensabonnement voor de kano's laten afschrijven. Zal ik mijn rekening oplezen?",
              "A: Graag.",
              "C: {IBAN:NL78}, {IBAN:INGB}, eh... {IBAN:1979}... {IBAN:1019}, o nee wacht, {IBAN:1091}... en dan "
              "{IBAN:59}.",
              "A: Dank u. De eerste afschrijving van {keep:€ 24,50} is op {keep:1 april}."),
    # the same in French, the last group after a bare "et"
    _dialogue("fr72-iban-pieces-last-after-et", "fr", S,
              "A: Montgolfières du Vercors, bonjour.",
              "C: Bonjour, c'est pour payer le vol en plusieurs fois. Mon RIB : {IBAN:FR76}, {IBAN:3000}... "
              "{IBAN:4028}... {IBAN:3762}... euh {IBAN:5249}... non pardon, {IBAN:5429}... {IBAN:1988}... et "
              "{IBAN:403}.",
              "A: Merci, trois prélèvements de {keep:95 €} à partir du {keep:5 mai}."),
    # a phone in pieces, a slip taken back with "sorry, no"
    _dialogue("en72-phone-slip-two-words", "en", S,
              "A: Riverbend Canoes, Jack speaking.",
              "C: Hi, can the guide call my cell instead of the landline tomorrow? It's {PHONE:050}... hang on... "
              "{PHONE:813}, {PHONE:47}, sorry, no, {PHONE:74}... {PHONE:29}.",
              "A: Noted. The trip starts at {keep:9:30} from the boathouse."),
    # an Israeli ID in chat pieces after "you asked me for ID no."
    _dialogue("en72-id-pieces-after-id-no", "en", S,
              "C: Hi, for the flight waiver you asked me for ID no.",
              "C: {IL:972}",
              "C: {IL:765}",
              "C: {IL:697}",
              "A: Thanks, the waiver for booking {keep:BAL-4471} is ready."),
    # a whole card failing its check in its own segment, after paying was named
    _dialogue("en72-card-own-segment", "en", T,
              "C: Hi can I pay the kayak deposit here",
              "C: {CARD:4871626171638880}",
              "A: That number doesn't look valid, and please don't send card numbers here. I'll text a payment link "
              "for the {keep:€ 40}."),
    _dialogue("he72-card-own-segment", "he", T,
              "C: היי אני משלמת על הטיסה בכדור פורח",
              "C: {CARD:4166 5175 9545 0587}",
              "A: המספר לא נראה תקין, ובבקשה לא לשלוח כרטיס בצ'אט. אשלח קישור ל-{keep:₪ 890}."),
    # a transposed ID the agent reads off the form
    _dialogue("nl72-bsn-read-off-form", "nl", T,
              "A: Kanoverhuur De Berkel, met Femke. Ik bel over de aanvraag voor de jeugdpas: het burgerservicenummer "
              "klopt niet.",
              "C: Welk nummer hebben jullie dan?",
              "A: Op het formulier staat {BSN:974684901}.",
              "C: O, dan heb ik iets omgedraaid. Ik zoek het op."),
    _dialogue("en72-id-read-off-form-zero", "en", T,
              "A: Skylark Balloons, good morning. The insurer rejected the passenger form: the ID number doesn't "
              "pass their check.",
              "C: What did I write?",
              "A: The form has {IL:043709620}.",
              "C: Oh, I must have swapped two digits."),
    # the postcode in the segment right after the address segment
    _dialogue("fr72-postcode-after-address-segment", "fr", AD,
              "C: bonjour on a déménagé, voici la nouvelle adresse pour la carte de membre",
              "C: {ADDR:Résidence Les Saules, bâtiment C, appartement 12, 4 rue Nationale}",
              "C: {PC:59130} Lambersart",
              "A: Merci, la carte de membre part {keep:lundi}."),
    _dialogue("he72-moved-then-address", "he", AD,
              "C: היי עברנו דירה, תעבירו את ההזמנה לכתובת החדשה",
              "C: {ADDR:הזית 36 דירה 4}",
              "C: {PC:2013605}",
              "A: תודה! הטיסה ב-{keep:6:00} בבוקר, ההסעה תאסוף אתכם מהכתובת החדשה."),
    # look-alikes: the agent's name after the company and its desk; "our" before a namesake; "j'envoie"
    _dialogue("nl72-opening-desk-name", "nl", K,
              "A: Kanoverhuur De Berkel klantenservice, {keep:Femke}.",
              "C: Hoi {keep:Femke}, de kano van vorige week had een lek. Kan dat bij de borg worden verrekend?",
              "A: Ja, de reparatie van {keep:€ 35} gaat van de borg af."),
    _dialogue("en72-our-namesake", "en", CN,
              "A: Skylark Balloons, booking desk.",
              "C: Hi, it's {NAME:Owen Pritchard}. Who's piloting on Saturday?",
              "A: Ha, that's our {keep:Owen}. Take-off is at {keep:6:15}."),
    _dialogue("fr72-j-envoie", "fr", K,
              "C: Bonjour, le canoë a pris l'eau à l'arrivée, le bateau est encore au ponton.",
              "A: Désolée. J'envoie {keep:Julien} demain entre {keep:9 h} et {keep:11 h} pour le récupérer."),
    # a caller who gives her name before whose daughter she is, the agent of the same name
    _dialogue("he72-caller-daughter-agent-namesake", "he", CN,
              "A: כדור פורח גליל, {keep:מיכל}.",
              "C: שלום, אני {NAME:מיכל} הבת של {NAME:זאב אלמוזנינו}. אבא רוצה לטוס ליום ההולדת.",
              "A: בשמחה. יש מקום ביום {keep:שישי} בבוקר."),
    # "Goeiemiddag, met ..."
    _dialogue("nl72-goeiemiddag-met", "nl", CN,
              "A: Kanoverhuur De Berkel, Femke.",
              "C: Goeiemiddag, met {NAME:Wietse}, de zoon van mevrouw {NAME:Postma}. Mijn moeder wil de tocht van "
              "zaterdag annuleren.",
              "A: Dat kan tot {keep:48 uur} van tevoren zonder kosten."),
    # the house on file said again with "ב" joined, after the agent's wrong house
    _dialogue("he72-house-with-prefix", "he", AD,
              "C: ההסעה לא הגיעה!",
              "A: מצטערת, הנהג הגיע ל{ADDR:הנורית 12}.",
              "C: {ADDR:12}? אנחנו ב{ADDR:21}!",
              "A: התחלפו הספרות, הנהג בדרך.",
              crm={"customer": {"street": "הנורית 21", "postcode": "2016121"}}),
]
