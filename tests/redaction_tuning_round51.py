"""The fifty-third tuning batch: a Hebrew relation said with "your" ("הבת שלך <name>") and a relation's name
followed by a noun with its article set apart ("הנכד שלי <name>, והשכן, ..."); a relation's first name and
surname before a phone number, after a sentence that opens with the relation in its possessive form ("בתי, היא
..."); "Account for <what it pays>?" asked before a failing IBAN given bare; a call announced in one sentence and
then "Number?" alone, before a first phone piece; a group of the phone taken back ("not 448") after the agent's
read-back. Controls: a time word before a relation's number, an amount taken back that no phone holds, an order
number asked for after a call is announced.

Written in the fifty-first round of conversation-aware redaction, after held-out batch 50 (a funeral director
with pre-need funeral plans) had been scored and spent, in sectors no batch had used as its company (a
well-drilling contractor and a church organ builder). Batch 50 hid addresses at 0.977 (43 of 44), IBANs at 0.976
(40 of 41), names at 0.949 (75 of 79) and phones at 0.964 (54 of 56); bare answers 0.964, cue names 0.976 and
transposed values 0.950 by category; 20 of 189 look-alikes changed (10.6%). After this round: names, phones and
IBANs 1.00, bare answers, cue names and transposed values 1.00; addresses 0.977; the look-alikes unchanged (20 of
189).

Fixed, for the general case:
- Names: the Hebrew relation cue knew "שלי/שלנו/שלו/שלה" and not the second person "שלך/שלכם", so the agent
  speaking of the customer's son or daughter by name ("הבן שלך <name> כבר סיפר") left the name in clear.
- Names: after a Hebrew relation and its name, a word set apart by commas was taken for the name instead ("בעלי
  ישלם, אייל,"); a word opening with the article ("והשכנה,", "השכן,") is a noun, so the name before it stays the one
  hidden.
- Names: a Hebrew relation's name before a phone number ("<name>, 054-...") was read after "<relation> שלי" only,
  and as one word; a sentence opening with the relation in its possessive form ("אחי", "בתי", "בעלי") is the
  same cue, and a first name and surname before the number are both hidden; a time word ("מחר,") is never the
  name.
- IBANs: "Account for <what it pays>?" opening a short question asks for the bank account; a failing IBAN given
  as the bare answer was kept because nothing was asked.
- Phones: a call announced in one sentence ("will ring you", "belt u", "vous appellera", "יתקשרו") and "Number?"
  alone in the next asks for the phone; the first piece given bare went out in clear.
- Phones: a group of digits taken back ("not 210", "niet 210", "pas 210", "לא 210") that a phone the call gave
  holds is a piece of that phone.

Left, and why:
- look-alikes (20 of 189, as before): a staff first name equal to the customer's CRM first name, asked for and
  confirmed in the call; a staff first name the customer asks for or the agent names ("Is <name> there?",
  "<name> stays until nine"); product and room names that hold the customer's CRM surname or an everyday word
  joined to it ("<Surname> & <word>", "<Surname> <wood> Classic"); the company's address on the customer's own
  street with another number; a booking number the customer reads from a letter asking whether it is the
  company's phone; a 16-digit receipt number passing Luhn. Each is a value the redactor cannot tell from the
  customer's own by rule without leaking a real one elsewhere (a surname in a firm's name, a misheard house
  number, a card read from a receipt); hiding stays the private side.
- a care home's or hospice's own name before the room and the street (its first word left in clear), as before:
  the pieces carry no cue of their own.

Annotations in batch 50 that look doubtful: none against the README's conventions. The staff first names equal to
the customer's are declared look phrases; a barcode that passes Luhn and a crematorium booking number shaped like a
Belgian mobile are kept by the convention for controls, though the redactor cannot tell them from a card or a
phone by their shape.
"""

from __future__ import annotations

from redaction_dialogues import CN, B, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

FIFTY_THIRD: list[Dialogue] = [
    # a Hebrew relation said with "your", then the name
    _dialogue("he53-your-relation-name", "he", CN, "A: הבת שלך {NAME:נויה} כבר שלחה לנו את המפה של החצר לקידוח.",
              "C: כן, היא מכירה את המקום יותר טוב ממני"),
    # a relation's name, then a noun with its article set apart
    _dialogue("he53-relation-name-then-noun", "he", CN, "A: מי יהיה בבית כשהמקדחה מגיעה?",
              "C: הנכד שלי {NAME:איתי}, והשכן, {NAME:יגאל}, הוא יודע איפה הברז הראשי"),
    # a sentence opening with the relation in its possessive form, then a first name and surname and the number
    _dialogue("he53-possessive-relation-full-name-phone", "he", B,
              "C: בתי, היא בחו״ל עד יום ראשון, תתקשרו לנייד שלה. {NAME:שני אזולאי}, {PHONE:054-7781236}"),
    # "Account for <what it pays>?", a failing IBAN given bare
    _dialogue("en53-account-for-bare-iban", "en", T, "A: Account for the drilling deposit?",
              "C: {IBAN:GB29 NWBK 6016 1331 9286 19}"),
    # a call announced, then "Number?" alone, a first piece given bare
    _dialogue("en53-ring-then-number", "en", S, "A: The tuner will ring you before he comes. Number?",
              "C: {PHONE:07912}", "C: {PHONE:448 163}"),
    _dialogue("nl53-belt-then-nummer", "nl", S, "A: De boormeester belt u vooraf. Nummer?",
              "C: {PHONE:0612}", "C: {PHONE:44 87 91}"),
    _dialogue("fr53-appellera-then-numero", "fr", S, "A: L'accordeur vous appellera la veille. Numéro ?",
              "C: {PHONE:06 81}", "C: {PHONE:27 49 55}"),
    # a group of the phone taken back after the agent's read-back
    _dialogue("en53-group-taken-back", "en", S, "A: I've got {PHONE:07912 448 163}, right?",
              "C: nearly, the middle bit is {PHONE:484}, not {PHONE:448}"),
    _dialogue("nl53-group-taken-back", "nl", S, "A: Ik heb {PHONE:06 1244 8791}, klopt dat?",
              "C: bijna, het eind is {PHONE:8719}, niet {PHONE:8791}"),
    # controls: a time word before a relation's number, an amount taken back, an order number after a call
    _dialogue("he53-control-time-before-number", "he", B, "C: תתקשרו לבן שלי. {keep:מחר}, {PHONE:052-8841973}"),
    _dialogue("en53-control-amount-taken-back", "en", B, "A: I've got {PHONE:07912 448 163}, right?",
              "C: yes. And the quote said 520, not {keep:250}"),
    _dialogue("en53-control-order-after-call", "en", K, "A: We'll call you when the rig leaves. Order number?",
              "C: {keep:WD-48812}"),
    _dialogue("he53-control-relation-noun-kept", "he", CN, "C: הבן שלי {NAME:עמרי}, {keep:והשכנה} גם יבואו לראות"),
]
