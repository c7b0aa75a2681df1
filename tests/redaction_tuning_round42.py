"""The forty-fourth tuning batch: a house number in words said alone to a question on where the thing is put down,
stood or collected ("Where shall we put the marquee?", "Waar mogen we de partytent neerzetten?", "Où faut-il poser
le barnum ?", "איפה להציב את האוהל?", a bare "Where's the gazebo?"), or to a yes-or-no question on whether it is at
the customer's home ("We bouwen de tent bij u thuis op?"), the street in the next turn; the house number asked with
its street's word ("Et le numéro dans la ruelle ?"); a door by its number word said of someone else ("she's at
number 12") and a Hebrew neighbours' door after "ב-"; the customer's own ID read back by its last digits with an
invoice word nearer to them than any word for the number; a whole IBAN with one digit swapped, to a question on
where a deposit goes back that names no account. Controls: a time after the neighbours' "ב-", a place on a waiting
list, an invoice's end that is no value of the customer's, and a "where's the" question answered by a day.

Written in the forty-second round of conversation-aware redaction, after held-out batch 41 (a skip-hire and
waste-container company) had been scored and spent, in a sector no batch had used as its company (marquee and
party-tent hire). Batch 41 leaked 10 addresses of 47 (0.787), 4 Israeli IDs of 30, 2 postcodes of 16, 2 IBANs of 32
and 1 name of 63, and changed 6 of 262 look-alikes. Most addresses were house numbers in words said alone to a
question on where the thing stands or is collected, or to whether it is at the customer's home: no such question
was read as asking for an address, so the first request carried the number in clear (later requests, with the
street in the next turn, hid it). Others were a house number asked with its street's word, a door by its number
word said of a neighbour, and a neighbours' door after Hebrew "ב-". Two IDs were the customer's CRM ID read back by
its last four digits where an invoice word stood nearest, which the tail reader took for an invoice's end. The
IBANs were whole accounts with one digit swapped, given to a question on a refund that named no account, so
nothing made them personal.

Fixed, for the general case: the cues above. A question on where money goes back to the customer (a refund, a
deposit) now asks for their account, so a whole IBAN that fails its check is still theirs there; with no question
such an IBAN stays a look-alike, as before.

Left, and why:
- an Israeli ID given in two pieces after a long sentence about a relative, to a Dutch question for "het
  ID-nummer" of someone else: the question is read as asking for an object's number (it holds no Israeli word of
  its own and names an invoice), and nine digits said as 6 + 3 with no question for an ID look like an order or a
  phone start; teaching the reader "ID-nummer" as an Israeli ID would hide Dutch customer and order IDs;
- a street without its type word, with a flat after it, after a house number in words that the number reader
  took for a postcode (a four-digit number alone to "the address?"); and a Hebrew street with its word opening
  the turn after a house number in words: the street is hidden only where the turn before ended in digits, and
  the number words are read after that check;
- a Hebrew household helper named after the role word and "our", set apart by a comma: the given name is in no
  name list the redactor holds and the family name is an ordinary word too;
- a Dutch colour word after the house number that marks the floor, and a building's name before its street after
  a flat: both count as hidden with a piece in clear;
- the look-alikes: staff first names in the agent's turn (after a verb of arranging, after the driver's role, or
  joined by "and" in Hebrew), the company's own IBAN said by the customer, and a reference that passes the Israeli
  ID check in a customer's question on whether it is an ID. Each is the company's, but the same words name the
  customer's own people and numbers, so hiding is the safer way; they cost 6 of 262 look-alikes.

Annotations in batch 41: none breaks a README rule. Doubtful, and left as written: nl-025 marks the Dutch floor
suffix word as part of the address; he-038 keeps a nine-digit reference that passes the Israeli ID check, in the
customer's own turn, where the customer asks whether it is an ID (the agent says no only in the next turn); en-033
keeps the company's IBAN in the customer's turn, offered as the account to switch to before the customer sees it
is the company's.

Batch 41 before and after this round: ADDRESS 0.787 -> 0.957, IL_ID 0.867 -> 0.933, POSTCODE 0.875 -> 1.00, IBAN
0.938 -> 1.00, NAME 0.984 as it was, every other kind 1.00 as it was; recall in the address category 0.836 ->
0.967, crm 0.953 -> 1.00, cue-name 0.951 -> 0.976, spoken-digits 0.974 -> 1.00, transposed 0.917 -> 1.00,
split-number 0.962 as it was; look-alikes changed 6 of 262 as before; hidden values with a piece left in clear 2 as
before. Batches 1-40 lost nothing; batches 8, 15, 33 and 37 gained an address, a phone or an IBAN each.
"""

from __future__ import annotations

from redaction_dialogues import AD, CR, Dialogue, K, T
from redaction_dialogues import dialogue as _dialogue

_TENT_FR = {"customer": {"first_name": "Maëlle", "last_name": "Tissier", "street": "12 allée des Saules",
                         "postcode": "44300", "city": "Nantes", "id_number": "643079874"}}
_TENT_EN = {"customer": {"first_name": "Rowan", "last_name": "Pike", "street": "3 Marsh Lane", "postcode": "NR3 2PQ",
                         "city": "Norwich", "id_number": "230148488"}}

FORTY_FOURTH: list[Dialogue] = [
    # a house number alone, in words, to where the thing is put down or stood; the street after it
    _dialogue("en44-where-put-marquee", "en", AD, "A: Where shall we put the marquee?", "C: {ADDR:Thirty-eight}",
              "C: {ADDR:Larkspur Avenue}, behind the church"),
    _dialogue("nl44-waar-neerzetten", "nl", AD, "A: Waar mogen we de partytent neerzetten?", "C: {ADDR:Achttien}",
              "C: {ADDR:Populierenlaan}, achter de schuur"),
    _dialogue("fr44-ou-poser", "fr", AD, "A: Où faut-il poser le barnum ?", "C: {ADDR:Vingt-trois}",
              "C: {ADDR:rue des Glycines}, le portail vert"),
    _dialogue("he44-eifo-lehatziv", "he", AD, "A: איפה להציב את האוהל?", "C: {ADDR:ארבעים ושתיים}"),
    _dialogue("en44-wheres-the-tent", "en", AD, "A: Where's the gazebo?", "C: {ADDR:Nineteen}"),
    # whether it is at the customer's home, asked as yes or no
    _dialogue("nl44-bij-u-thuis", "nl", AD, "A: We bouwen de tent bij u thuis op?",
              "C: Nee, bij mijn broer. Dat is {ADDR:Veertien}"),
    # the number asked with its street's word
    _dialogue("fr44-numero-dans-la-ruelle", "fr", AD, "A: Et le numéro dans la ruelle ?",
              "C: {ADDR:neuf}, la porte grise"),
    # a door by its number word said of someone else, and the neighbours' door after ב-
    _dialogue("en44-shes-at-number", "en", AD, "C: My cousin wants the small tent too; she's at number {ADDR:12}, two "
              "doors down."),
    _dialogue("he44-hashchenim-be", "he", AD, "A: והשכנים ב-{ADDR:17} יודעים על האוהל?", "C: כן, דיברתי איתם."),
    # the customer's own ID read back by its end, with an invoice word nearer than any word for the number
    _dialogue("fr44-facture-finissant-par", "fr", CR, "A: La facture porte votre numéro finissant par "
              "{IL#crm+split:9874}, on le garde ?", "C: Oui.", crm=_TENT_FR),
    _dialogue("en44-invoice-id-ending", "en", CR, "A: The invoice carries your ID ending "
              "{IL#crm+split:8488}. Still right?", "C: Yes.", crm=_TENT_EN),
    # a whole account with one digit swapped, to a question on where a deposit goes back that names no account
    _dialogue("nl44-borg-terug", "nl", T, "A: Waarheen mag het borggeld terug?", "C: {IBAN:NL45 TRIO 0283 7416 50}"),
    _dialogue("en44-deposit-back", "en", T, "A: And the deposit, back the same way as last time?",
              "C: No, {IBAN:GB34 BARC 2045 1736 4892 15} please"),
    # controls: a time after the neighbours' ב-, a place in a queue, an invoice's end that is no value of the
    # customer's, a "where's the" question answered with a day
    _dialogue("he44-control-shchenim-baerev", "he", K, "A: השכנים התלוננו על הרעש ב-{keep:9} בערב?", "C: לא."),
    _dialogue("en44-control-queue", "en", K, "C: My sister booked as well; she's at number {keep:4} on the "
              "waiting list."),
    _dialogue("en44-control-invoice-ending", "en", K, "A: The invoice ending {keep:5521} is paid, thanks.", "C: Great.",
              crm=_TENT_EN),
    _dialogue("en44-control-wheres-the-problem", "en", K, "A: Where's the problem with the booking?",
              "C: The date, it says {keep:Friday}."),
]
