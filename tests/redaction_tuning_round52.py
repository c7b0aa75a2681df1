"""The fifty-fourth tuning batch: values dictated in many short segments, with the customer taking a piece back
and saying it again ("3453, no, 3435"), the rest of the value after the correction and in later segments, and the
agent's "ending in ..." after it; "the number and the postcode?" and "where do we send it?" asking for an address;
the floor or side after an address and the entrance before a flat; a spoken e-mail address with a number after a
word, and one spelled in Hebrew words joined by "no space"; a date of birth said in words and then in figures;
common first names missing from the list. Controls: a count of years, a date and a time after the pieces of a
number.

Written in the fifty-second round of conversation-aware redaction, after held-out batch 51 (a group of dental
practices) had been scored and spent, in sectors no batch had used as its company (a sailmaker and a
bookbinder). Batch 51 hid addresses at 0.804 (45 of 56), IBANs at 0.839 (47 of 56), names at 0.929 (65 of 70),
phones at 0.953 (61 of 64), cards at 0.933, dates of birth at 0.929 and Israeli IDs at 0.955; split numbers 0.859,
transposed values 0.913 and cue names 0.932 by category; 20 of 190 look-alikes changed (10.5%). After this round:
IBANs and dates of birth 1.00, phones 0.984, names 0.971, addresses 0.893; split numbers 0.988, cue names 0.977;
the look-alikes unchanged (20 of 190).

Fixed, for the general case:
- Split values (IBANs, phones, cards, IDs): a short customer segment right after one that gave a piece of a number
  (with at most a backchannel or a read-back between) goes on with that number, so every digit group in it is a
  piece of it: the piece taken back and the one said instead, the rest after an aside or a correction, and the
  pieces of the later segments in turn. Before, a correction in the segment broke the chain of joined segments,
  and every piece after it went out in clear. Not a count ("46 jaar"), an amount, a time or a card's expiry.
- Split values: the agent's "ending in 8806" / "eindigt op" / "se termine par" / "מסתיים ב-" after the dictation is
  the end of the customer's number (three to six digits the dictated digits end with).
- Addresses: "the number and the postcode?" (the number first) and "where do we send it?" ("on envoie ça où ?",
  "where shall we post it?", "לאן לשלוח") ask for the address, so a house number said in words is one.
- Addresses: the floor or side said right after a customer's address ("tweede etage achterkant", "rez-de-chaussée",
  "ground floor", "קומה שלישית") and the entrance before a flat ("כניסה ב'") are part of it.
- E-mail: a number said after a word in a spoken address ("khan eighty-seven at ...") is part of the local part; an
  address spelled in Hebrew words joined by "בלי רווח" before "שטרודל" is found whole.
- Dates of birth: the day and month said in words and then the whole date in figures ("the 30th of September,
  30/09/1946") are both hidden; a two-digit year is no year when a date in figures starts with it.
- Names: common first names missing from the uncued list (older English given names, Dutch short forms).

Left, and why:
- look-alikes (20 of 190, as before): staff first names equal to the customer's CRM first name, product and
  treatment names, the company's own numbers and car park; each is a value the redactor cannot tell from the
  customer's own by rule without leaking a real one elsewhere.
- addresses whose pieces carry no cue: a house or building name said alone before the street ("it's the <name>"),
  a care home's own name before the room and street, a street with no number after "het is nu de", a house number
  with a colour suffix in the next segment, a house number at the end of "we moved to <number>" before the street.
- the floor in the agent's read-back of an address: the agent's addresses are the company's unless a rule ties
  them to the customer, and the floor rule is for the customer's side only.
- names where the Hebrew name is an everyday word ("איתי" "with me") or set apart after a relation and a comma.
- a card number read from a photo that fails Luhn, said bare with nothing asked but the card's brand; a
  two-digit first piece of an ID sent alone before the next piece arrives; a phone glued to "ל-" in a request to
  send a reminder, with nothing asked.

Annotations in batch 51 that look doubtful: none against the README's conventions. The staff first names equal
to the customer's are declared look phrases, as in earlier batches; the floor "קומה שלישית" is left out of one
address span while "tweede etage achterkant" is inside another (hidden either way here).
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, SP, B, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

FIFTY_FOURTH: list[Dialogue] = [
    # an IBAN in many pieces, one taken back and said again, the agent's "ending in" after it
    _dialogue("nl54-iban-piece-taken-back", "nl", S, "A: Op welk IBAN zetten we de aanbetaling voor het zeil terug?",
              "C: {IBAN:NL41 RABO}", "C: {IBAN:3172} o nee, {IBAN:3127}", "C: {IBAN:55}", "C: {IBAN:9043}",
              "A: Prima, eindigt op {IBAN:9043}."),
    _dialogue("he54-iban-piece-taken-back", "he", S, "A: לאיזה IBAN להחזיר את המקדמה על הכריכה?",
              "C: {IBAN:IL62 0108}", "C: {IBAN:0013}", "C: אולי {IBAN:0031}... לא, זה היה נכון. {IBAN:2145} {IBAN:697}",
              "A: תודה, מסתיים ב-{IBAN:697}"),
    # a phone with two digits swapped and said again in the same segment
    _dialogue("en54-phone-swapped-and-fixed", "en", S, "A: Which number should the binder ring when it's ready?",
              "C: {PHONE:07723}", "C: {PHONE:615}",
              "C: {PHONE:849 05}, no hang on, {PHONE:894 05}"),
    _dialogue("fr54-phone-swapped-and-fixed", "fr", S, "A: À quel numéro la voilerie peut-elle vous joindre ?",
              "C: {PHONE:06 71 48}", "C: {PHONE:29 53} ah non pardon je tape mal, {PHONE:92 53}"),
    # "the number and the postcode?", "where do we send it?": the house number in words
    _dialogue("fr54-numero-et-code-postal", "fr", AD, "A: Pour l'envoi du carnet relié, quelle rue ?",
              "C: {ADDRESS:rue des Tanneurs}", "A: Le numéro et le code postal ?",
              "C: {ADDRESS:cent douze}, code postal {POSTCODE:cinq mille}"),
    _dialogue("fr54-envoie-ou", "fr", AD, "A: On vous expédie la housse de grand-voile où ?",
              "C: chez ma sœur", "C: {ADDRESS:chemin des Aulnes}", "C: {ADDRESS:quarante-trois}"),
    # the floor after an address
    _dialogue("nl54-floor-after-address", "nl", AD, "A: Naar welk adres sturen we het album?",
              "C: {ADDRESS:Lindengracht 58, derde etage voorkant}"),
    _dialogue("en54-floor-after-address", "en", AD, "A: What address should the rebound ledger go to?",
              "C: {ADDRESS:14 Tanner Street, first floor at the back}"),
    # a spoken e-mail address, a number after a word; one in Hebrew words joined by "no space"
    _dialogue("en54-spoken-email-number", "en", SP, "A: Which email should the proof go to?",
              "C: {EMAIL:tomas underscore reyes forty-one at outlook dot com}"),
    _dialogue("he54-spoken-email-no-space", "he", SP, "A: לאיזה מייל לשלוח את ההצעה?",
              "C: {EMAIL:אורי כהן בלי רווח שטרודל יאהו נקודה קום}"),
    # a date of birth in words, then in figures
    _dialogue("en54-dob-words-then-figures", "en", B, "A: And your date of birth, please?",
              "C: {DOB:twelfth of March}, {DOB:12/03/1961} yes"),
    # a first name with no cue, missing from the list before
    _dialogue("en54-uncued-older-name", "en", CN, "C: I'm calling about my aunt's sail cover. {NAME:Mavis Hartley}"),
    # controls: a count of years, a date and a time after the pieces of a number
    _dialogue("nl54-control-years-after-piece", "nl", K, "A: Uw nummer?", "C: {PHONE:06 38}",
              "C: {PHONE:71 20 94}", "C: ik zeil al {keep:12} jaar trouwens"),
    _dialogue("en54-control-date-after-pieces", "en", K, "A: Your mobile, please.", "C: {PHONE:07781}",
              "C: {PHONE:402 915}, though I'm away till {keep:09/06}"),
    _dialogue("fr54-control-time-after-piece", "fr", K, "A: Votre numéro ?", "C: {PHONE:06 12 84}",
              "C: {PHONE:37 90}, joignable après {keep:18h30}"),
]
