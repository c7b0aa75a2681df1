"""The sixty-seventh tuning batch: a flat or a room said by its number with no street, inside a complex named by a
building's letter or number in the same sentence ("flat 4 in building C", "בבניין ב', דירה 9") or a room numbered
inside a flat ("דירה 5, חדר 2"), kept as the premises of a campus, a residence or an institution; a number the
customer asks about as a payment card or a personal ID ("is dat een creditcard??", "c'est mon numéro de sécu ?",
"זו תעודת זהות?") that the agent's answer, opening with "no", says nothing of the customer's about ("Nee, dat is de
... pas", "Non, c'est le numéro SIREN", "לא, זה מספר העמותה"), kept, and hidden when the answer says it is the
customer's ("Nee, dat is uw bankpas"); a card's four groups followed by its expiry ("... 6318 05/28"), the expiry
no part of the card, hidden whether or not the check holds, also in a segment of its own after the card was named
("... geldig tot 08/27"); "dépôt de garantie" (a deposit) no warranty word, so a card after it is a card; a
customer's IBAN-shaped value of its country's exact length that fails the check, with no word for an account or a
payment near it ("het juiste nummer staat toch in het formulier: NL91 ..."); a Hebrew ID announced with "לשלוח"
("אני צריכה לשלוח לכם ת.ז ..."), its pieces in the segments after.

Written in the sixty-fifth round of conversation-aware redaction, on the misses of the spent held-out batch 62 (a
student housing provider), in two sectors no batch had used as its company (a glassblowing studio, an organ
builder). Figures of the held-out bench (a request after every customer line, with the call so far; a look-alike
judged on the last request that carried its turn), main before this round -> after:
- batch 62: look-alikes changed 24 -> 8 of 393 (6.1% -> 2.0%): flats and rooms of the residence (en-002, en-013,
  he-001, he-019, he-029 twice, he-035 twice) 8 -> 0, numbers asked about and denied (nl-037, nl-038, en-038,
  fr-037 twice, he-037 twice) 7 -> 0, a card's expiry (en-018 "03/29") 1 -> 0; cards 0.833 -> 1.00 (nl-018,
  en-018, fr-018); Israeli IDs 0.667 -> 0.944 (he-006's five pieces and read-back); IBANs 0.936 -> 0.957
  (he-016); transposed 0.774 -> 0.871, split numbers 0.914 -> 0.968. Values out 25 -> 16.
- batches 50 to 61: batch 56 IBANs 0.984 -> 1.00 (en-017, a failing GB IBAN), transposed 0.880 -> 0.920; batch 57
  IBANs 0.975 -> 0.988 (fr-018), transposed 0.929 -> 0.952, look-alikes 8 -> 7 of 519 (nl-038's canteen card).
  Outside them: batches 29 and 30 each a failing IBAN fewer out (en-019, he-017), batch 44 look-alikes 8 -> 6 of
  153, batch 45 16 -> 15 of 181 (nine-digit numbers asked about as an ID and denied). No value went out that did
  not before and no look-alike was changed that was not before, in any of batches 1 to 62.
Before this round, every dialogue below missed a value or changed a look-alike, but three controls of what must
stay as it was (a neighbour's flat alone, "uw bankpas", a valid card before its expiry); after: none.

Fixed, for the general case:
- Look-alikes: a flat or a room alone, with no street or house number in its sentence, where the sentence names a
  building of a complex by its letter or number (building, block, gebouw, blok, bâtiment, בניין) or the room is
  numbered inside a flat, is the complex's own (``_unit_in_a_complex``). A neighbour's "דירה 29" said alone (batches
  56-61) and "Kerkstraat 4, flat 7" stay addresses. Batch 5 counted "room 4.12, Block C" the same way.
- Look-alikes: the customer asks whether a number is a payment card or a personal ID (credit/debit card, bankpas,
  carte bancaire, BSN, social security, ID number, passport, כרטיס אשראי, תעודת זהות), the agent's next turn opens
  with no/nee/non/לא and its sentence has no "your"/"uw"/"votre"/"שלך": the number is no one's (``_denied``). The
  same cause in batches 51 (he-039), 52 (nl-039), 57 (nl/en/he-038) and 59 (he-037): cards of a club or a shop and
  numbers on the company's paper.
- Cards: an expiry written right after four groups is no part of the number (``without_expiry``), so a card that
  fails its check is no longer read from its second group into the expiry; sixteen digits in fours followed by an
  expiry are a card on their own; "dépôt de garantie" no longer labels what follows as a warranty's number.
- Israeli IDs: "לשלוח", "אשלח", "להעביר", "אעביר" announce the number a customer's segment names (as "sending",
  "stuur", "envoie" did), so "צריכה לשלוח לכם ת.ז" makes the next segments' digits pieces of the ID (he-006).
- IBANs: in a customer's turn an IBAN-shaped value of its country's exact length is an account even when the check
  fails and no word names it: in batches 1-62 no look-alike of that shape fails the check, while some 60 of the
  customers' IBANs do (the transposed ones); the agent's still needs a word for it.

Left, and why:
- "3e étage" (fr-024) after an address: earlier batches count a floor in the address (``_with_floor``), batches 61
  and 62 as a look-alike; the judgement differs between batches, so the floor stays with the address (as round 64).
- he-027's neighbour above ("בדירה מעליי, דירה 9") and he-036's meter "של דירה 12" said by the agent: a flat said
  alone with no complex named, which batches 56-61 count as an address each time (a neighbour with the key); only
  the sector tells them apart.
- business names read as names ("Plomberie Alpine", "מאינסטלציה הנגב": a trade word and a place), the company's
  residence read back before its street ("celle de la résidence, 41 rue du Faubourg Boutonnet"), "Emma du C-305"
  (a room code after "du" read as a particle and surname), and the agent's own first name greeting a customer of
  the same name ("Camille de l'accueil", as batch 60's "Camille du service placement"): each one item here.
- the same "denied" cause where the agent's answer does not open with a no or the customer did not ask whether it
  is a card or an ID (batch 51 he-039 "לא צריך, זה רק מספר כרטיס מועדון" to "אתם צריכים אותו?", 52 nl-039 "Ja,
  dat is de ... Spaarpas", 57 en-038 "Not silly at all! It's just the card for the clubhouse till", 57 he-038 with
  no question mark, 59 he-037 "זה מספר ההסמכה שלך"): a yes, or "your", is the customer's in other calls.
- values still out in batch 62: names with no cue or a cue this code does not read (nl-027 "Mats heet hij", en-019
  "it's Ben from 3.12", en-020 "Imani Brooks, 07385 21946." answering "Her name and number?" after a sentence about
  the contract, which makes the question read as about an object; en-025, fr-024 "Enfin, chez Danielle", fr-027),
  house numbers in words (en-014 "sixty-one", fr-022 "trente-cinq"), a German street (en-021 "Bergstraße 118a"),
  nl-024's "Oude" of a street beginning with an adjective, fr-006's IBAN pieces with a slip corrected, he-014's
  spoken Israeli postcode, nl-010's phone piece, and he-017's Israeli ID that fails its check after "מספר הזהות שלי
  לא תקין. אני מקריאה:" (a nine-digit number that fails both checks is no ID without a word right before it).
- round 64's "Left" list (third parties' names with no cue, "Coupure Links", "Au 21.", the parent's word after
  "אמא שלי") is unchanged.
"""

from __future__ import annotations

from redaction_dialogues import AD, B, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

SIXTY_SEVENTH: list[Dialogue] = [
    # a flat in a building of a complex, named by its letter: the complex's, not a home
    _dialogue("en67-flat-in-building", "en", K,
              "A: Hallam Organ Works, Ruth speaking.",
              "C: Hi, it's {NAME:Oliver Grant} from the college. The practice organ is in building C, flat "
              "{keep:4}, where the chaplain used to live.",
              "A: Thanks, our tuner comes on {keep:Tuesday}."),
    _dialogue("he67-flat-in-building", "he", K,
              "A: סדנת הזכוכית, שלום.",
              "C: היי, אני {NAME:מאיה לוי}, אני גרה במעונות בבניין ב', דירה {keep:9}. אני רוצה להירשם לקורס הנפחות.",
              "A: מעולה, הקורס מתחיל ביום {keep:שני}."),
    # a room numbered inside a flat
    _dialogue("he67-room-in-flat", "he", K,
              "A: סדנת הזכוכית, מדברת דנה.",
              "C: את האגרטל שהזמנתי תשאירו אצלי, דירה {keep:5}, חדר {keep:2}, אני באה מאוחר.",
              "A: בסדר, השליח מגיע ב-{keep:16:00}."),
    # a neighbour's flat said alone, no complex: still an address
    _dialogue("en67-neighbours-flat-alone", "en", AD,
              "A: Glassworks Studio, hello.",
              "C: I won't be home when the bowl arrives. My neighbour has a key, {ADDR:flat 12}. Her name is "
              "{NAME:Ada}, she's in all day.",
              "A: Fine, the courier comes on {keep:Friday}."),
    # a number asked about as a card or an ID, and the agent's "no"
    _dialogue("nl67-card-denied", "nl", K,
              "C: hoi, op de pas van de glasblaascursus staat {keep:6585 8499 5053 8504}. is dat een creditcard?? "
              "moet ik die geheimhouden",
              "A: Haha nee, dat is de cursuspas voor de ovenruimte, er staat € 15 tegoed op.",
              "C: oke top"),
    _dialogue("fr67-siren-denied", "fr", K,
              "C: bonjour, sur la facture de l'accord de l'orgue il y a {keep:912145894}, c'est mon numéro de sécu ?",
              "A: Bonjour ! Non, rassurez-vous, {keep:912145894} c'est le numéro de notre atelier au registre.",
              "C: ah très bien"),
    _dialogue("he67-id-denied", "he", K,
              "C: בחשבונית על תיקון העוגב מופיע המספר {keep:904114899}, זו תעודת זהות של מישהו?",
              "A: לא, זה מספר העמותה של בית הכנסת, {keep:904114899}.",
              "C: אוקיי תודה"),
    # ... but "your" in the answer: the customer's
    _dialogue("nl67-card-yours", "nl", S,
              "C: ik heb een pas gevonden in mijn jas met {CARD:4746 6582 5078 4226}, is dat een creditcard?",
              "A: Nee, dat is uw bankpas, die kunt u beter niet in de chat zetten. De cursus kost {keep:€ 95}."),
    # a card's four groups, then its expiry, the check failing
    _dialogue("en67-card-then-expiry", "en", T,
              "C: hi can I pay for the glass workshop by card? here {CARD:4644 8377 7885 6318} 05/28",
              "A: Please don't post card numbers here, and that one doesn't look valid. I'll send a payment link for "
              "{keep:£ 60}."),
    _dialogue("nl67-card-expiry-own-segment", "nl", T,
              "C: ik wil de aanbetaling van 500 euro met mn visa betalen, dan is de orgelrestauratie gelijk vastgelegd",
              "C: {CARD:4746 6528 5078 4226} geldig tot 08/27",
              "A: Dat nummer klopt niet, ik stuur u een betaallink voor {keep:€ 500}."),
    # "dépôt de garantie": a deposit, no warranty
    _dialogue("fr67-card-after-deposit", "fr", T,
              "C: bonjour je peux payer le dépôt de garantie par carte ? {CARD:5383 7597 2332 1641}",
              "A: Bonjour, ce numéro ne semble pas valide, je vous envoie un lien pour {keep:200 €}."),
    # a customer's IBAN of the exact length, failing its check, with no word for an account near it
    _dialogue("nl67-iban-failing-unnamed", "nl", T,
              "A: Orgelmakerij Van Dalen, met Wim.",
              "C: Hoi, de machtiging voor de orgelles werd afgewezen, maar het juiste nummer staat toch in het "
              "formulier: {IBAN:NL91 ABNA 0417 1463 00}",
              "A: Dat klopt nog steeds niet, kunt u het nog eens controleren? Het gaat om {keep:€ 340}."),
    # an ID announced with "לשלוח" in the customer's own turn, then given in pieces
    _dialogue("he67-id-announced-then-pieces", "he", S,
              "C: היי, אני צריך לשלוח לכם ת.ז בשביל ההנחה לחברי הקהילה בסדנת הזכוכית",
              "A: בטח, אפשר לכתוב כאן.",
              "C: {IL:102}",
              "C: {IL:181} {IL:708}",
              "A: קיבלתי: {IL:102181708}. ההנחה תופיע בחשבונית הבאה."),
    # a card's expiry after a valid card stays with it, and is not read into the card
    _dialogue("en67-valid-card-expiry", "en", B,
              "A: Hallam Organ Works, how can I pay you back?",
              "C: Refund it to this card please {CARD:5383 7579 2332 1641} 11/29",
              "A: Done, {keep:£ 120} back within five days."),
]
