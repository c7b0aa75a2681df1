"""The forty-eighth tuning batch: a flat or a room said alone in a call that asks for or gives an address ("he's in
Flat 12", "kamer 8", "chambre 5", "flat C", "room 31" after "Which room?"); a named home or residence set before
its street ("Heron House, 22 ...", "Résidence ..., rue ..."); a Dutch street of two words where someone lives ("die
woont in de Korte ...straat"); a Hebrew street named alone after the bare house number; "où faut-il aller ?"
asking where to go; a person who "is of" a day (Dutch "die is van ...", French "il est du ..."); the number "for
the receipt" as an ID; the agent reading back what the customer sent ("Let me read it back: ..."); a phone a digit
or two short after "appelez-moi au" and "תתקשרו ל-". Controls: a room where an event is, in a call without an
address; a flat's number of rooms; a phone-shaped code read off a thing and asked about as a staff member's line;
the company's own account read back; a recent date a thing "is of".

Written in the forty-sixth round of conversation-aware redaction, after held-out batch 45 (a hearing-aid shop and
audiology centre) had been scored and spent, in sectors no batch had used as its company (a boat hire yard and a
mobile library). Batch 45 leaked 7 addresses of 41 (0.829), 2 IBANs of 36, a date of birth, an Israeli ID, a phone
and a name, and changed 19 of 181 look-alikes.

Fixed, for the general case:
- Addresses: a flat, an apartment or a room by its number (a flat also by its letter) said alone by the customer in
  a call that asks for or gives an address, in the four languages ("Flat 6", "flat B", "room 9", "kamer 112",
  "chambre 214", "חדר 12"), where someone lives or is cared for as the street is; a room's or flat's number before
  a French street ("chambre 214, avenue ... 180") is no house number of the street; a named home or residence set
  before its street with a comma ("... House, 40 ... Road", "Résidence ..., avenue ... 180", "Residentie ...,");
  a Dutch street of two or three words after "woont in de" ("Lange Nieuwstraat"); a Hebrew street named alone
  right after the bare house number ("45, הרצל"); a bare street and number answering the address with its entrance
  and flat after them; "Où faut-il aller ?" asks where to go, as "venir" and "passer" did.
- Dates of birth: a person who "is of" a day, the Dutch and French way of saying born then ("die is van 3 december
  1939", "il est du 4 mai 1950"), for an adult's date only, as every birth word after the date.
- IDs: the number "for" the receipt or the invoice ("le numéro pour le reçu") is the number to put on it, the ID,
  as "l'identité pour le reçu" was.
- IBANs and other numbers in the agent's turn: what the agent reads back ("Je relis :", "Let me read it back:",
  "Ik lees het even terug", "אני חוזרת על") is the customer's, unless it is "ours".
- Phones: a number something calls a phone ("appelez-moi au", "תתקשרו ל-") is one a digit or two short in every
  language, as it was in English and Dutch; a phone-shaped code the customer reads off a thing and asks about as
  the line of someone of the company's ("is dat het nummer van de monteur?", "c'est le portable du technicien ?",
  "זה הטלפון של הטכנאי?") is no phone of theirs, as "is dat jullie nummer?" was not.

Left, and why:
- a customer's surname that is the name of a setting or a product word said before the customer gives it ("...
  mode", "... cells", "Pile 312", "צליל התראה"): the CRM names the surname from the start and the words after it
  are everyday nouns; telling the product from the person needs a lexicon of the sector's nouns;
- the agent greeting with a first name the customer then says is theirs too ("Thomas du centre", "Thomas aussi"):
  kept there, it tells the model the customer's first name, so hiding it is the private side (see below);
- an IBAN's last digits after an aside in the same segment ("sorry, my grandson is typing, 11 is the last"): the
  split-number joiner takes a piece only when the segment opens with it;
- a first name that is also a language's name after a relation ("mijn man, Frans,"): the word list of
  nationalities keeps it out after weak cues and a relation with a comma is read by the same path;
- a payment reference that passes the Israeli check and that the customer asks about as their ID: only the agent's
  answer after says it is not, and each request is sent as the turn arrives;
- a Hebrew care home's name before its room and street ("נווה ..., חדר 12, ..."): Hebrew has no capitals to tell
  the home's name from the words before it.

Annotations in batch 45: doubtful, and left as written: he-021 keeps "כניסה ג'" (an entrance's letter) right after
the flat of the address it belongs to, where the README counts a flat, a box or a floor as part of the address;
fr-029, he-027 and he-029 keep the agent's first name that the customer then says is theirs too, and nl-028,
he-002 and he-026 keep a staff member's first name that is the customer's or a relative's too, which tells the
model that person's name; nl-037, fr-037 and he-037 keep a phone-shaped lot number (now kept where the customer
asks whether it is the technician's line) and en-038 a payment reference that passes the Israeli check, asked about
as the customer's ID before the agent answers.
"""

from __future__ import annotations

from redaction_dialogues import AD, SP, B, Dialogue, K, T
from redaction_dialogues import dialogue as _dialogue

FORTY_EIGHTH: list[Dialogue] = [
    # a flat or a room said alone in a call that asks for or gives an address
    _dialogue("en48-flat-before-building", "en", AD, "A: Where should the van drop the books for your gran?",
              "C: she's in {ADDR:Flat 12}", "C: {ADDR:9 Ferry Road}, {PC:TQ6 9AX}, the bell is broken"),
    _dialogue("en48-which-room", "en", AD, "A: Delivery address for the large-print books?",
              "C: the hospice, {ADDR:14 Cliff Terrace}", "A: Which room?", "C: {ADDR:room 31}, by the lift"),
    _dialogue("en48-flat-letter", "en", AD, "A: Where do we send the hire contract?",
              "C: {ADDR:27 Slipway Lane} but {ADDR:flat C}, round the back"),
    _dialogue("nl48-kamer-alone", "nl", AD, "A: Wat is het adres van het verpleeghuis?", "C: {ADDR:Zeven}",
              "A: En verder?", "C: {ADDR:Sluisweg}, {ADDR:kamer 8}, vraag naar de balie"),
    # a named home or residence before its street, the room before a French street
    _dialogue("en48-house-before-road", "en", AD, "A: Where shall the driver bring the audiobooks?",
              "C: the care home, {ADDR:Heron House, 22 Quay Street}"),
    _dialogue("fr48-residence-chambre", "fr", AD, "A: On dépose les livres où ?",
              "C: à la maison de retraite, {ADDR:Résidence Les Mouettes, chambre 5, rue du Môle 11}, merci"),
    # a Dutch street of two words where someone lives, the number in the next segment
    _dialogue("nl48-woont-in-de-twee-woorden", "nl", AD, "A: Waar moet de bibliotheekbus stoppen?",
              "C: bij mijn vader, die woont in de {ADDR:Korte Molenstraat}", "C: {ADDR:31}, {PC:8861 KB} Harlingen"),
    # a bare street and number with its entrance and flat after it, answering the address
    _dialogue("he48-entrance-and-flat", "he", AD, "A: לאיזו כתובת לשלוח את חוזה ההשכרה?",
              "C: עברנו השנה. {ADDR:הצבעונים 8 כניסה ב' דירה 12}, מיקוד {PC:3657110}."),
    # a Hebrew street named alone after the bare house number
    _dialogue("he48-number-then-street", "he", SP, "A: מיקוד?", "C: {PC:שש אחת שלוש שתיים אפס ארבע חמש}",
              "A: ומספר הבית?", "C: {ADDR:עשרים ושתיים}, {ADDR:הדקל}"),
    # "où faut-il aller ?" asks where to go
    _dialogue("fr48-ou-faut-il-aller", "fr", AD, "A: Où faut-il aller pour remettre le bateau ?",
              "C: chez ma sœur, {ADDR:rue des Saules}", "C: {ADDR:6}, {PC:56100}, le portail vert"),
    # a person who "is of" a day
    _dialogue("nl48-die-is-van", "nl", B, "A: Uw geboortedatum voor het huurcontract?", "C: {DOB:2 mei 1958}",
              "C: mijn vrouw vaart ook mee, die is van {DOB:14 oktober 1961}"),
    _dialogue("fr48-il-est-du", "fr", B, "A: Votre date de naissance pour la carte de lecteur ?",
              "C: {DOB:le 8 février 1949}", "C: et mon mari veut la sienne, il est du {DOB:19 juin 1946}"),
    # the number for the receipt, transposed
    _dialogue("fr48-numero-pour-le-recu", "fr", T, "C: voici le numéro pour le reçu {IL:136294750}",
              "A: Il ne passe pas la vérification, vous pouvez le relire ?"),
    # the agent reading back what the customer sent
    _dialogue("en48-read-it-back", "en", SP, "A: Which account should the deposit go back to?",
              "C: I've typed it into the chat",
              "A: Let me read it back: {IBAN:GB35 LOYD 3096 4277 4315 26}."),
    # a phone a digit or two short after a call cue
    _dialogue("fr48-appelez-moi-court", "fr", T, "C: appelez-moi au {PHONE:06 71 24 58} quand le bateau est prêt",
              "A: Il manque des chiffres, vous pouvez répéter ?"),
    _dialogue("he48-titkashru-katzar", "he", T, "C: תתקשרו ל-{PHONE:054-72913} כשהסירה מוכנה",
              "A: חסרות ספרות, אפשר לחזור על המספר?"),
    # controls: a code asked about as a staff member's line, a room without an address, rooms counted, our account
    # read back, a recent date a thing is of
    _dialogue("nl48-control-nummer-van-de-schipper", "nl", K,
              "C: op het label van het zwemvest staat {keep:0623 518 407}, is dat het nummer van de schipper?",
              "A: Nee, dat is het serienummer van het vest."),
    _dialogue("fr48-control-portable-du-chauffeur", "fr", K,
              "C: sur le sac de livres il y a {keep:06 38 21 95 47}, c'est le portable du chauffeur ?",
              "A: Non, c'est le code du lot."),
    _dialogue("en48-control-room-of-talk", "en", K, "C: is the author talk still in {keep:room 4} on Friday?",
              "A: Yes, 7pm."),
    _dialogue("fr48-control-our-iban-read", "fr", K, "C: je vous dois la caution, c'est sur quel compte ?",
              "A: Je relis notre IBAN : {keep:FR77 3000 4012 8700 0123 4567 825}."),
    _dialogue("nl48-control-recent-date", "nl", K,
              "C: de factuur van de sloep, die is van {keep:4 juni 2026}, klopt dat?"),
]
