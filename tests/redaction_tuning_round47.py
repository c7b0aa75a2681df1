"""The forty-ninth tuning batch: a name answer that says who the caller is to someone ("met mevrouw ..., de moeder
van ...", "Mme ..., la mère de ..."), the person named there hidden in later turns too; a
number the agent reads out as a registration, membership or waiting-list number ("votre numéro d'inscription",
"מספר המנוי"), kept, and the phone asked for right after it hidden; a neighbour's child as
a role before a name ("de buurjongen ...", "het buurmeisje ..."); a surname led by its capitalised particle after a
role ("de huisarts Van ..."); a longer who-clause with "I" before a name set apart ("my neighbour who helps when
I'm on nights, ..."); a first name after a French elision ("le casque d'..."); a Hebrew role with
the plural possessive ("השכנה שלהם ..."); digits read under a barcode; a customer's surname that names a numbered
thing ("Muur 4", "Court 3"). Controls: an English name answer with "the mum of", an English membership
number, the same surname with a title before it, a phone after "mon portable" in a call that names a membership, a
card number with no barcode, a Hebrew boiler after "הדוד שלי".

Written in the forty-seventh round of conversation-aware redaction, after held-out batch 46 (a children's swimming
school) had been scored and spent, in sectors no batch had used as its company (a climbing gym and a tennis and
squash club). Batch 46 hid every kind at 1.00 but names (73 of 81, 0.901); addresses and cue names were at 0.925
and 0.911 by category; 7 of 132 look-alikes changed (5.3%).

Fixed, for the general case:
- Names: a turn answering "who am I speaking with?" whose comma-separated part names a relation ("de moeder van
  ...", "the mother of ...") is a kin phrase, not a name of its own; the kin cues now hide the person it names, and
  that person is known for later turns (before, the whole phrase was hidden as one name, the person's name left
  unknown and said in clear later); a neighbour's child ("buurjongen", "buurmeisje", "buurkind") is a role; a
  surname led by its capitalised particle ("Van ...", "De ...", "Le ...") after a role is the name; a who-clause
  before a name set apart may hold "I" and up to seven words ("my neighbour who helps out when I'm on lates,
  ..."); a French elision before a capital is a word of its own, so a known first name after "d'" or "l'" is found;
  a Hebrew role takes the plural possessives "שלהם", "שלהן", and the aunt "דודה" is a role.
- Look-alikes: a number labelled as a registration, enrolment, membership or waiting-list number ("numéro de liste
  d'attente", "numéro d'inscription", "inschrijfnummer", "מספר ההרשמה", "מספר המנוי") is the company's reference,
  not a phone, as an order's or a file's number was; digits named as a barcode's ("streepjescode", "barcode",
  "code-barres", "ברקוד") are the printed item's, not a payment card; a customer's surname that is no given name,
  with a small number right after it and no title, place word or preposition before it, names a numbered thing (a
  lane, a court, a wall), not the person.

Left, and why:
- a Hebrew first name that is also an everyday word (a colleague, beauty) after "של": "שיעור של שעה" is an hour's
  lesson, so a rule on "של" alone would change look-alikes in every batch; the given-name list leaves them out on
  purpose;
- the uncle "הדוד" as a role: it is also the water boiler, and "הדוד שלי מקולקל" would hide "broken";
- a named home or care home right after a relation with a comma ("sa grand-mère, Résidence ...", "לסבתא, בית ..."):
  the kin cue takes the home's first word as a name; dropping it there left the home's name wholly in clear where
  the address reader does not join it (tried and reverted: privacy first);
- an Irish street ending in "Quay" after a saint's name: the saint's name is found as a first name before the
  street reader sees the street;
- "a note for <name>" in the agent's turn: read as the staff member the note is handed to, as earlier rounds need;
- a customer's surname that is an everyday noun of the trade, followed by "en" and another noun (a stroke's name):
  no lexicon of the sector's nouns;
- the agent's first name that the customer then says is theirs too, said before the greeting ("<name>, bonjour"):
  hidden, the private side;
- the agent naming a staff member with the first name the customer's child has: hidden, the private side.

Annotations in batch 46: doubtful, and left as written: nl-026 keeps a staff member's first name that is also the
customer's son's, said one turn after the son was named, which tells the model the son's name; fr-030 keeps the
agent's greeting name that the customer says is theirs too, which is the customer's first name; nl-028 keeps the
CRM surname inside a stroke's name.
"""

from __future__ import annotations

from redaction_dialogues import CN, SP, Dialogue, K
from redaction_dialogues import dialogue as _dialogue

FORTY_NINTH: list[Dialogue] = [
    # a name answer that says who the caller is to someone
    _dialogue("nl49-de-moeder-van", "nl", CN, "A: Met wie spreek ik?",
              "C: met mevrouw {NAME:Kuipers}, de moeder van {NAME:Roos}",
              "A: Dank u. {NAME:Roos} staat dinsdag ingeschreven voor de boulderles."),
    _dialogue("fr49-la-mere-de", "fr", CN, "A: À qui ai-je l'honneur ?",
              "C: Mme {NAME:Lefort}, la mère de {NAME:Prune}",
              "A: Merci. {NAME:Prune} a son cours de mini-tennis mercredi."),
    # a registration or membership number read out by the agent, the phone asked for after it
    _dialogue("fr49-numero-inscription", "fr", SP,
              "A: Votre numéro d'inscription, c'est le {keep:0612 44 83 27}. Et votre portable ?",
              "C: ah non ça c'est pas le mien. Le mien c'est {PHONE:06 47 91 23 58}"),
    _dialogue("he49-mispar-hamanui", "he", SP, "A: מספר המנוי שלך הוא {keep:0541 226 730}. ומה הנייד?",
              "C: רגע, זה לא שלי. הנייד שלי {PHONE:054-6613927}"),
    # a neighbour's child as a role, a surname led by its particle after a role
    _dialogue("nl49-buurmeisje", "nl", CN, "A: Wie mag hem ophalen na de training?",
              "C: ikzelf, of het buurmeisje {NAME:Lieke} als ik laat thuis ben"),
    _dialogue("nl49-huisarts-van", "nl", CN,
              "C: hij heeft astma, de huisarts {NAME:Van Dam} heeft een verklaring geschreven",
              "A: Dank u, die zetten we bij zijn inschrijving."),
    # a who-clause with "I" before a name set apart
    _dialogue("en49-who-covers-when-im-away", "en", CN, "A: Who else can sign him out?",
              "C: my neighbour who helps when I'm on nights, {NAME:Dot Fairweather}"),
    # a first name after a French elision
    _dialogue("fr49-casque-d", "fr", CN, "A: On a retrouvé le baudrier d'{NAME:Chloé} au vestiaire.",
              "C: ah super, je passe le prendre"),
    # a Hebrew role with the plural possessive
    _dialogue("he49-hashchena-shelahem", "he", CN, "A: מי אוסף את הילדים אחרי האימון?",
              "C: השכנה שלהם {NAME:ליבי} אוספת ביום רביעי"),
    # digits read under a barcode
    _dialogue("nl49-streepjescode", "nl", K,
              "C: het nummer onder de streepjescode, {keep:5273184009621534}, moet ik dat doorgeven?",
              "A: Nee, dat is alleen de code van de toegangspas."),
    # a customer's surname that names a numbered thing
    _dialogue("nl49-muur-4", "nl", K, "A: {keep:Muur 4} is dicht voor nieuwe routes tot vrijdag.",
              "C: oké, dan klimmen we aan een andere", crm={"first_name": "Sven", "last_name": "Muur"}),
    _dialogue("en49-court-3", "en", K, "A: {keep:Court 3} is free at six on Friday, shall I book it?", "C: yes please",
              crm={"first_name": "Nadia", "last_name": "Court"}),
    # controls: the mum of someone named in an English answer, a membership number in English, the surname with a
    # title, a phone after "mon portable", a card without a barcode, the boiler
    _dialogue("en49-control-the-mum-of", "en", CN, "A: Who am I speaking with?",
              "C: Mrs {NAME:Okafor}, the mum of {NAME:Tobi}",
              "A: Thanks. {NAME:Tobi} is in the Saturday junior squad."),
    _dialogue("en49-control-membership-number", "en", SP,
              "A: Your membership number is {keep:07911 402 336}. And your mobile?", "C: {PHONE:07700 918 245}"),
    _dialogue("nl49-control-mevrouw-muur", "nl", CN, "A: Goedemiddag mevrouw {NAME:Muur}, waarmee kan ik helpen?",
              crm={"first_name": "Anke", "last_name": "Muur"}),
    _dialogue("fr49-control-mon-portable", "fr", SP,
              "C: pour l'inscription au tournoi, mon portable c'est {PHONE:06 58 20 71 94}", "A: Merci."),
    _dialogue("en49-control-card-no-barcode", "en", SP, "A: Which card would you like to pay with?",
              "C: my debit card, {CARD:5273184009621534}"),
    _dialogue("he49-control-hadud-sheli", "he", K, "C: הדוד שלי {keep:מקולקל} אז התקלחתי במועדון", "A: אין בעיה."),
]
