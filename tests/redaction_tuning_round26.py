"""The twenty-eighth tuning batch: a new number announced beside a booking's code, or as "nouveau num", then dictated;
a mistyped card in fours after the sentence that names the card; an account's end with its verb after the digits
("die op 6809 eindigt"); a Swiss "numéro postal"; a mistyped IBAN or ID the agent reads back as what the customer
sent; the rest of a card after the Hebrew "and" glued to it. Look-alikes: a number the customer asks about as the
company's or reads off a confirmation, a colleague the agent names, a colleague who will hand something over.

Written before the twenty-sixth round of conversation-aware redaction, after held-out batch 25 had been scored and
spent, in sectors no batch had used (a canal-boat hire, a tattoo studio, a bridal shop, a glazier). Batch 25's values
leaked where "graag mijn nieuwe nummer bij boeking RES-78044" ended with a booking code (taken for the number's
start), at "bjr, nouveau num pour le retrait", at "op mijn creditcard. Nummer is 4305 ...", at "de rekening die op
6809 eindigt", at "votre numéro postal", at "vous m'avez envoyé CH72 ..." and "שלחת ת\"ז 704155581", and at "כן,
ו9848 9062". Its look-alikes were changed where the customer asked whether a number on their confirmation was the
company's, at "Collega Sietske" and at "Callum will hand over the van". These dialogues say the same things in
other words.

Before that round, on these 13 dialogues (13 gold spans, 5 look-alikes): PHONE 0.75 (4), CARD 0.50 (4), IBAN 0.00
(3), POSTCODE 0.00 (1), IL_ID 1.00 (1); spurious findings 2 of 8, look-alikes changed 2 of 5. After: every kind 1.00,
no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import CR, B, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

TWENTY_EIGHTH: list[Dialogue] = [
    _dialogue("nl28-announced-code", "nl", S, "C: hoi, mijn nieuwe nummer graag bij huur BOOT-55120",
              "C: {PHONE:06 29}",
              "C: {PHONE:48 71 03} oeps", "A: Staat erbij."),
    _dialogue("fr28-nouveau-num", "fr", S, "C: slt, nouveau num pour le rdv tatouage", "C: {PHONE:06 44 81}",
              "C: {PHONE:20 57} dsl", "A: C'est noté."),
    _dialogue("nl28-card-sentence", "nl", T, "C: De aanbetaling gaat op mijn creditcard. Het nummer is "
              "{CARD:4937 8657 9754 3231}.", "A: Die wordt geweigerd, het nummer klopt niet."),
    _dialogue("nl28-tail-verb", "nl", CR, "A: Het voorschot gaat terug naar de rekening die op {IBAN:4417} eindigt.",
              "C: Ja, {IBAN:4417}, dat is mijn rekening.",
              crm={"customer": {"first_name": "Lies", "last_name": "Kok", "iban": "NL02 ABNA 0123 4567 89"}},
              secret=("NL02 ABNA 0123 4567 89",)),
    _dialogue("fr28-numero-postal", "fr", B, "A: Pour l'offre, votre numéro postal s'il vous plaît?",
              "C: {PC:1205}", "A: Merci."),
    _dialogue("fr28-you-sent-iban", "fr", T, "A: Vous m'avez envoyé {IBAN:CH93 0076 2011 6238 5297 5} pour l'acompte.",
              "C: Oui, c'est mon compte.", "A: Il ne passe pas le contrôle."),
    _dialogue("he28-you-sent-id", "he", T, "A: שלחת ת\"ז {IL:939518190}, נכון?", "C: כן.",
              "A: ספרת הביקורת לא מסתדרת."),
    _dialogue("he28-glued-and", "he", S, "A: מספר כרטיס למקדמה?", "C: {CARD:5817 5604}", "A: {CARD:5817 5604}, נכון?",
              "C: כן, ו{CARD:8063 5817}. תוקף 09/28.", "A: תודה."),
    _dialogue("en28-ours-asked", "en", K, "C: The number on my booking, {keep:07398 114562}, is that your shop?",
              "A: No, that's the booking reference."),
    _dialogue("nl28-ours-asked", "nl", K, "C: Is {keep:0612550873} van jullie? Het staat op mijn bevestiging.",
              "A: Nee, dat is uw ordernummer."),
    _dialogue("he28-ours-asked", "he", K, "C: המספר {keep:0523341907} באישור, זה שלכם?", "A: לא, זה מספר ההזמנה."),
    _dialogue("nl28-collega", "nl", K, "A: Collega {keep:Jorien} neemt de maten op, vrijdag om 9 uur.", "C: Prima."),
    _dialogue("en28-hand-over", "en", K, "A: Lovely. {keep:Ewan} will hand over the keys at the marina.", "C: Great."),
]
