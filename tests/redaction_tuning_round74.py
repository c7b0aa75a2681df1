"""The seventy-sixth tuning batch: a card's first eight digits typed unbroken in a chat message after paying by card
was named ("... et payer par carte" "44571241", "ולשלם באשראי" "42591687"); the agent asking for the customer's number
"for when" it is to be rung ("Wat is uw nummer voor als ik eraan kom?"); a customer saying the number changed
without the word "new" ("j'ai changé de numéro", "I changed my number", "החלפתי מספר") before its pieces; "and after
that" opening a sentence of pieces ("Et après 16."); the agent asking an animal's name ("Hoe heet de hond?",
"Comment il s'appelle, le chat ?", "ואיך קוראים לכלב?"), whose answer is no person's; an animal's name given right
after the word for the animal ("his dog Pepper", "mijn merrie Saffier"), kept there and later in the call; a doctor
named by a given name alone in the agent's turn ("Dr Hannah will see her", "dokter Joris belt u", "ד"ר מיכל").

Written in the seventy-fourth round of conversation-aware redaction, on the misses of the held-out batch 71 (a
veterinary clinic group: pets, horses at stables, an emergency clinic, insurance claims), in two sectors no batch
had used as its company (a pet photography studio, a canine hydrotherapy and animal physiotherapy centre). Figures
of the held-out bench (a request after every customer line, with the call so far; a look-alike judged on the last
request that carried its turn), main before this round -> after:
- batch 71: cards 0.714 -> 1.00 (10 -> 14 of 14), phones 0.899 -> 1.00 (71 -> 79 of 79), split numbers 0.850 ->
  1.00 (68 -> 80 of 80); values out 18 -> 6; look-alikes changed 80 -> 37 of 651 (12.3% -> 5.7%: 38 doctors named
  by a given name in the agent's turns, "Dr Stefan", "dokter Joris", "Dr Antoine", "ד"ר גלעד", "ד"ר מיכל", "ד"ר
  יונתן"; "his dog Arlo"; the cats "Bella" and "Caramel" and the dog "טייסון, רוטווילר" answering "Hoe heet de
  kat?", "Comment il s'appelle, le chat ?", "ואיך קוראים לכלב?"). Names 0.964 (108 of 112), addresses 0.967
  and cue names 0.961 unchanged; hidden values with a piece left in clear 1 (of 327) unchanged.
- batches 59-70 that moved: 68 look-alikes 33 -> 32 of 637 ("my friend's dog Charlie").
- batches 1-58: 57 phones 0.984 -> 1.00, transposed 0.976 -> 1.00 (fr-020's short mobile after "je change de
  numéro de portable"). No batch of 1-71 has a value out or a look-alike changed that it did not have before.

Fixed, for the general case:
- Values: ``context._CARD_START`` reads a card's first eight digits (from a card network's first digits) typed
  without a space as the start of a card, as it read "4457 1241", so a card in two chat messages after "payer par
  carte" or "לשלם באשראי" is a card from its first piece; "your number for when ..." ("voor als", "for when", "in
  case", "pour quand", "au cas où") asks for a phone (``context._ASKS``); "j'ai changé de numéro", "I changed my
  number", "mijn nummer is veranderd", "החלפתי מספר" announce the phone in the next messages
  (``context._NEW_NUMBER``, ``_ANNOUNCES``); in pieces being dictated, "Et après 16." / "And after, 21" opening a
  sentence is the rest of the number, no time (``redaction._THEN_BEFORE`` before ``_TIME_WORD_BEFORE``).
- Look-alikes: a name question about an animal (``name_words.ANIMAL`` in the question, no "your name", owner or
  "and you?" beside it) asks for no person's name (``context.asked_for``); a question word before "il s'appelle" /
  "heet hij" is no name (``names._CALLED_AFTER``: "Comment il s'appelle ?" had "Comment" hidden); a capitalised word
  right after the word for an animal ("his dog Arlo", "sa chatte Mimi", "הכלב שלי, מקס") is the animal's name, kept
  there and, unless the call hid it as someone's before, later in the call (``names.animal_names``,
  ``animal_named``, ``RedactionSession._pets``); in the agent's turn a doctor's title before a given name alone
  ("Dr Stefan", "dokter Joris", "docteur Camille", and in Hebrew the given names that are also words, "ד"ר מיכל",
  "ד"ר אורי", with the verb after the name that was read as a family name) is the company's doctor
  (``names.doctor_by_first_name``). In batches 1-71 no doctor named by a given name alone in an agent's turn is a
  personal value (three are in customers' turns: "Dr Nolan", "Dr Adebayo", "le docteur Bernard", which is why the
  rule keeps to the agent's turns), and no personal name stands right after a word for an animal.

Left, and why:
- pets' names with no word for the animal beside them ("de castratie van Sam", "the dog plan for Finn", "Gizmo's
  file", "le dossier de Cannelle", "le traitement de Félix", 22 of the 37): the same shapes carry children's and
  relatives' names in the other batches ("de operatie van Sam", "the plan for Finn"), and owners share the names, so
  no rule of the words tells them apart; "Hij heet Bobbie." answering "Hoe heet de pup?": the cue "hij heet" names
  sons as often, and the answer's cue is read without the question;
- a stable's, livery yard's or farm's address and phone after its name ("Stal De Zandhoef, Kapelweg 7", "Gal-On
  Stables, Derech Ha-Sharon 12", "Haras de la Marque, route de Bondues 88", "משק 14", the agent's "Their number is
  09-..."): only the company's own places are read as the company's; a farm is where people live too (batch 71
  marks a moshav farm home as ADDRESS), so a business word before an address lets no address out;
- doctors by a given name in customers' turns ("Dr Amir is coming", "Le Dr Camille", "אצל ד"ר מיכל"): customers
  name their own doctors "Dr Nolan", "Dr Adebayo", "le docteur Bernard" (given names too) in batches 33, 36 and 60;
- he-023's "אני מירב." and he-029's "המגדלת, אתי בן-צבי", "כשאתי": Hebrew given names that are everyday words
  ("the most", "with me") with no cue the redactor reads for one word before a full stop; "אני X." for any word
  would hide "אני מוכנה." and the like;
- en-014's "31 A" read back after "Thirty-one A" was hidden, fr-021's "résidence Le Parc, bâtiment D" after the
  street, the clinics' own addresses in the agent's turns ("Vughterweg 140", "Boschdijk 388"), a medicine after
  "son" ("son Semintra"), and staff names equal to the customer's ("nurse Rachel", "Dr Sophie" to customers Rachel
  and Sophie: the customer's own name is hidden wherever it stands): not reached in this round's time.
"""

from __future__ import annotations

from redaction_dialogues import CN, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

SEVENTY_SIXTH: list[Dialogue] = [
    # a card's first eight digits unbroken, after paying by card was named
    _dialogue("fr76-card-eight-unbroken", "fr", S,
              "C: bonsoir je réserve la séance photo studio pour mon chien et je veux payer par carte",
              "C: {CARD:45328871}",
              "C: {CARD:20458863} exp 09/28",
              "A: N'envoyez pas votre carte ici, je vous fais un lien de paiement pour {keep:89 €}."),
    _dialogue("he76-card-eight-unbroken-credit", "he", S,
              "C: היי, רוצה לקבוע טיפול הידרותרפיה לכלבה ולשלם באשראי",
              "C: {CARD:45328871}",
              "C: {CARD:20458863}",
              "A: בבקשה לא לשלוח מספר כרטיס בצ'אט, אשלח קישור תשלום."),
    # "your number for when ..."
    _dialogue("nl76-number-for-when", "nl", S,
              "A: Ik kom donderdag voor de oefeningen met de hond aan huis. Wat is uw nummer voor als ik eraan kom?",
              "C: Dat is {PHONE:06 41}... {PHONE:73 80}...",
              "C: en dan {PHONE:29}.",
              "A: Prima, tot donderdag."),
    # the number changed, said without "new"
    _dialogue("fr76-changed-number", "fr", S,
              "C: bonjour, pour les photos de Noël de mon chat",
              "C: j'ai changé de numéro",
              "C: {PHONE:0497 38 15}",
              "C: {PHONE:62}",
              "A: Merci, c'est noté."),
    _dialogue("en76-changed-number", "en", S,
              "C: hi, it's about the hydro sessions, I changed my number",
              "C: {PHONE:07700 91}",
              "C: {PHONE:4826}",
              "A: Thanks, updated."),
    # "and after that" opening a sentence of pieces
    _dialogue("fr76-et-apres-piece", "fr", S,
              "A: Votre portable, pour la séance ?",
              "C: {PHONE:06 52}... {PHONE:81 47}, non, {PHONE:81 74}. Et après {PHONE:39}.",
              "A: Très bien."),
    # the agent asking an animal's name
    _dialogue("nl76-animal-name-asked", "nl", K,
              "A: Leuk dat jullie komen voor de fotoshoot! Hoe heet de hond?",
              "C: {keep:Pluk}. Hij is {keep:4 jaar}.",
              "A: En uw naam?",
              "C: {NAME:Wendela Brouckaert}."),
    _dialogue("fr76-animal-name-asked", "fr", K,
              "A: Merci. Comment il s'appelle, le chat ?",
              "C: {keep:Mistigri}. Il a peur du flash."),
    _dialogue("he76-animal-name-asked", "he", K,
              "A: ואיך קוראים לכלב?",
              "C: {keep:שוקו}, בערך {keep:30 קילו}."),
    # an animal's name right after the word for it, kept later in the call
    _dialogue("en76-animal-apposition", "en", CN,
              "C: Hi, this is {NAME:Imogen Tattersall}, my dog {keep:Pepper} starts hydrotherapy on Monday.",
              "A: Great. Is {keep:Pepper} still on the painkillers?",
              "C: Yes, until Friday."),
    # a doctor named by a given name alone in the agent's turn
    _dialogue("en76-doctor-first-name", "en", K,
              "C: Is the physio session for my spaniel still at 3?",
              "A: Yes, and {keep:Dr Hannah} will check her hips first.",
              "C: Lovely."),
    _dialogue("he76-doctor-first-name-verb", "he", K,
              "C: מתי מקבלים את הסיכום של הטיפול?",
              "A: ד\"ר {keep:מיכל} תשלח לך אותו מחר."),
]
