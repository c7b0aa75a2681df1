"""The forty-fifth tuning batch: a relative's first name opening the sentence after one about them, said with
their phone number and nothing else ("Bel liever mijn schoonzoon. Fedde, op 06 ...", "Rappelez plutôt mon
petit-fils. Anatole, au 06 ...", "Best to ring my nephew. Cadoc, on 07 ...", "תתקשרו לבת שלי. שקד, 054-..."); a
name after "heet" with a filler adverb between ("heet overigens ..."); a name after "a lad called"; a Hebrew
household worker or tradesman by role ("העובדת שלנו, ...", "והחשמלאי ...") whose given name is in no list; a
one-word street whose house number ends in the letter A, just before a postcode; a Hebrew flat by its number said
of a neighbour with a prefix letter ("השכנה מדירה 6"); a Hebrew street by its type word in the segment after the
house number said alone after a sentence of its own. Controls: a time word before a relative's number, a Hebrew
flat's count of rooms, and "called" that is a phone call.

Written in the forty-third round of conversation-aware redaction, after held-out batch 42 (a window-frame and
glazing company) had been scored and spent, in a sector no batch had used as its company (a bookbinding and book
restoration workshop). Batch 42 leaked 7 names of 94 (0.926), 5 addresses of 51 (0.902), 1 postcode of 16, 1
Israeli ID of 22 and 1 phone of 51, and changed 12 of 230 look-alikes. Most names were a relative's first name set
at the start of the sentence after one that asked to call that relative, followed only by the number (the reader
of such sentences wanted a verb after the name, and the names were in no list: one is an everyday Hebrew word); a
name after "heet" with "trouwens" between; a name after "a nice fella called"; and a Hebrew household worker by
role whose name is in no list. Two addresses were a one-word street whose house number ended in "A" before a
postcode: the letter was read as the article "a", so the street counted as everyday words. One was a neighbour's
flat by its number with a Hebrew prefix letter, and one a Hebrew street by its type word in the segment after a
house number said alone after "we moved.".

Fixed, for the general case: the cues above, in all four languages where they have a form. A relative's name
before a number is taken only after a sentence that names the relative with a possessive ("my nephew", "mon
petit-fils", "לבת שלי"), and a time word before the number ("Morgen, op 06 ...") is not taken for the name.

Left, and why:
- a flat's building and door code before its street ("Flat 2F1, 17 ..."), a house name before its road, a French
  residence and its building before the street, a Dutch word for the back of a farm after its house number: all
  hidden with a piece in clear, as before; each piece is a common word the address readers leave outside;
- a unit alone ("Unit 3") said to an address question after "my brother's": "unit" with a number also names
  machines, rooms and parts, so it counts as a flat only with the street around it;
- a postcode only read back by the agent as a question after the street ("Et le code postal reste ... ?"): the
  number alone in an agent's question could be a price or a count, and the postcode reader takes a bare number
  only as the customer's answer;
- the customer's CRM ID read back by its last three digits beside an invoice word, and an Israeli phone missing
  two digits after "ל-": three digits are no ID's end, and eight digits are no phone the reader may assume;
- the surname after a Hebrew tradesman's given name counts as a piece in clear where the name is not in a list;
- the look-alikes: staff first names that are the customer's own first name too (the CRM name is hidden wherever
  it is said, also when a colleague carries it), the company's places named with "the" and no "your", the
  company's IBAN said by the customer, and a file number in a phone's shape in the customer's turn. Each is the
  company's, but the same words name the customer's own people, places and numbers, so hiding is the safer way.

Annotations in batch 42: none breaks a README rule. Doubtful, and left as written: nl-022 marks the Dutch word for
"at the back" after the house number as part of the address; en-024 keeps the company's depot with "that's
yours" said only after it; fr-010 keeps a number the customer calls their file number, in a mobile's shape; he-024
marks the neighbour's flat number alone, without its word.

Batch 42 before and after this round: NAME 0.926 -> 1.00, ADDRESS 0.902 -> 0.980, POSTCODE 0.938, IL_ID 0.955 and
PHONE 0.980 as they were, every other kind 1.00 as it was; recall in the address category 0.900 -> 0.971, crm
0.917 -> 0.983, cue-name 0.956 -> 1.00; look-alikes changed 12 of 230 as before; hidden values with a piece left in
clear 6 as before. Batches 1-41 lost nothing; batch 41 gained an address and a name (a Hebrew street by its type
word after a house number said alone, and a Hebrew tradesman named after his role).
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, Dialogue, K
from redaction_dialogues import dialogue as _dialogue

FORTY_FIFTH: list[Dialogue] = [
    # a relative's first name, then only their number, after a sentence about them
    _dialogue("nl45-schoonzoon-naam-nummer", "nl", CN, "A: Wie mogen we bellen als de band klaar is?",
              "C: Bel liever mijn schoonzoon, ik hoor slecht. {NAME:Fedde}, op {PHONE:06 41 27 93 58}."),
    _dialogue("fr45-petit-fils-nom-numero", "fr", CN, "A: Le registre relié est prêt jeudi.",
              "C: Rappelez plutôt mon petit-fils, il gère tout. {NAME:Anatole}, au {PHONE:06 72 18 45 39}."),
    _dialogue("en45-nephew-name-number", "en", CN, "A: The rebacked atlas can go out on Friday.",
              "C: Best to ring my nephew, he sorts the paperwork. {NAME:Cadoc}, on {PHONE:07700 914 382}."),
    _dialogue("he45-bat-shem-mispar", "he", CN, "A: הכריכה של הסידור מוכנה.",
              "C: תתקשרו לבת שלי, היא מטפלת בזה. {NAME:שקד}, {PHONE:054-7731926}."),
    # a name after "heet" with a filler adverb, and after "a lad called"
    _dialogue("nl45-heet-overigens", "nl", CN, "A: Wie haalt de atlas op?",
              "C: Mijn buurvrouw. Ze heet overigens {NAME:Rika Hoogland}, zij komt zaterdag."),
    _dialogue("en45-lad-called", "en", CN, "A: Did anyone bring the ledger in?",
              "C: A lad called {NAME:Bryn Tudor} dropped it off on Monday."),
    # a Hebrew household worker or tradesman by role, the given name in no list
    _dialogue("he45-haovedet-shelanu", "he", CN, "A: מי יאסוף את הספרים?",
              "C: העובדת שלנו, {NAME:ליובה}, תבוא ביום שלישי."),
    _dialogue("he45-hachashmalai", "he", CN, "A: מי יהיה בבית?", "C: והחשמלאי {NAME:וסים ח'טיב} יגיע אחרי הצהריים."),
    # a one-word street whose house number ends in "A", just before a postcode
    _dialogue("nl45-straat-huisletter-a", "nl", AD, "C: {ADDR:Brink 4A}, {PC:3811 KL} Amersfoort. Daar staan de "
              "gebonden jaargangen.", "A: Prima, genoteerd."),
    # a neighbour's flat by its number with a Hebrew prefix letter
    _dialogue("he45-hashchena-midira", "he", AD, "A: מי יקבל את החבילה אם לא תהיו?",
              "C: השכנה מ{ADDR:דירה 6} תיקח אותה."),
    # a Hebrew street by its type word after the house number said alone after a sentence of its own
    _dialogue("he45-rechov-achrei-mispar", "he", AD, "A: מה הכתובת למשלוח?", "C: עברנו. {ADDR:שבע}",
              "C: {ADDR:רחוב הצבעוני}, ליד בית הכנסת"),
    # controls: a time word before a relative's number, a flat's count of rooms, "called" that is a phone call
    _dialogue("nl45-control-morgen-nummer", "nl", CN, "A: De band is klaar.",
              "C: Bel mijn zoon maar. {keep:Morgen}, op {PHONE:06 41 27 93 58}."),
    _dialogue("he45-control-dira-chadarim", "he", K, "A: לאן לשלוח?", "C: זו דירה {keep:4} חדרים, תשאיר בלובי."),
    _dialogue("en45-control-lad-called-yesterday", "en", K, "C: A lad called {keep:yesterday} about the ledger.",
              "A: Thanks, I'll look."),
]
