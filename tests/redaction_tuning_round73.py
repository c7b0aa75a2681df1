"""The seventy-fifth tuning batch: a distribution centre written "DC" before its name ("bij DC Zuidpoort", "DC
Riverside Freight, gate 2") where no police are spoken of; the agent's opening signed with the customer's own first
name right after the company's ("Enseignes Lumière, Margaux, bonjour." to a customer Margaux) or before the
company's desk ("Hi, this is Nadia on the dispatch desk." to a customer Nadia), after the Dutch
telephone "Met" and the company ("Met Letterwerk, Sietse."), and in Hebrew "זאת X ממחלקת ..." (this is X from the
department of ...); the company's place named with its article and its address set after it by a comma ("à
l'atelier, au 12 rue des Forges", "למשרד, לדרך השלום 40"). Values: a bare house number after the agent read back the
postcode and asked "and number?" ("Et le numéro ?"); a card in two chat messages after a question that ends with an
amount ("בכרטיס? ₪ 620"); a Hebrew mobile a digit short given "לסמס" (for texts); a street with an entrance by its
letter before the flat ("הזית 21 כניסה ב' דירה 5", "Rua Nova 18 entrance C apt 2"); a town and its seven digits
after an address announced by "this is where ... should go".

Written in the seventy-third round of conversation-aware redaction, on the misses of the held-out batch 70 (a
temporary staffing agency: temps placed with client companies), in two sectors no batch had used as its company (a
sign-making workshop, a bicycle courier service). Figures of the held-out bench (a request after every customer line,
with the call so far; a look-alike judged on the last request that carried its turn), main before this round ->
after:
- batch 70: look-alikes changed 19 -> 8 of 293 (6.5% -> 2.7%; the five client companies written "DC Brabantlog",
  "DC Venlo Logistics", the agency's own addresses "47 boulevard de la Liberté" and "דרך אם המושבות 96" after "à
  l'agence," and "לסניף,", the openings "Flexara, Clémence, bonjour." and "International desk, Hannah." to a customer
  of that name, "Met Flexara, Joost." and "זאת רותם ממחלקת שכר"); cards 0.846 -> 1.00 (11 -> 13 of 13), addresses
  0.900 -> 1.00 (27 -> 30 of 30), postcodes 0.895 -> 1.00, phones 0.987 -> 1.00, bare answers 0.977 -> 1.00,
  split numbers 0.978 -> 1.00, spoken digits 0.979 -> 1.00, transposed 0.973 -> 1.00, address category 0.933 ->
  1.00; values out 10 -> 1 (he-030's "דודי"), hidden values with a piece left in clear 1 -> 0.
- batches 59-69 that moved: 59 look-alikes 4 -> 3 of 288 ("Hannah on the English desk"); 62 8 -> 7 of 393
  ("Camille de l'accueil"); 66 17 -> 16 of 710 ("Margaux"); 69 22 -> 20 of 403 ("Camille", "נטע"), addresses 0.907
  -> 0.930, address category 0.873 -> 0.891; 57 pieces left in clear 4 -> 2 ("ויצמן 140, כניסה ה', דירה 37").
- batches 1-58: look-alikes 49 18 -> 17 ("rue Esquermoise 41"), 55 4 -> 3 ("רונית מהניקוי היבש"); addresses 35
  0.982 -> 1.00; pieces left in clear fewer in 6, 8, 17, 18 and 68 (streets with an entrance or a block by its
  letter). No batch of 1-70 has a value out or a look-alike changed that it did not have before.

Fixed, for the general case:
- Look-alikes: a police rank in capitals ("PC", "DC", "DS", "DI", "DCI") is no name's cue where the text does not
  speak of the police, a crime or a statement and the letters stand after a word for where to go ("bij", "at", "à")
  or before two capitalised words (``names._POLICE_TALK``): "DC" is a distribution centre as often ("PC Dawson at
  Parkside asked ..." of batch 52 stays an officer); the
  agent's opening signed with a name the CRM gives the customer counts as the agent's where it stands right after
  the company's name (never after a greeting: "Bonjour, Clémence." still greets her), kept there only
  (``names.opening_signed``, ``redaction``); after the Dutch telephone "Met" a company's name that is no given name
  is the company's, and the first name after it the agent's (``names._company_segment``); "זה/זאת X" and "from" a
  place of the company right after ("ממחלקת", "מהסניף") is the speaker's own name, and the "from ..." word is no
  family name (``names._OWN_NAME``, ``first_names._HEBREW_FROM_PLACE``); in the agent's turn the company's place
  with its article and its address set after it by a comma is the company's (``addresses._APPOSED``).
- Values: "and number?", "Et le numéro ?" at the end of a turn that reads back a postcode asks for the house number
  (``context._LAST_PART``; the postcode asked or given just before counts like the street); a segment that ends in
  an amount ("₪ 450", "€ 49") is no number's first piece, so the card in the next messages is read after the
  question that named the card (``context._CODE_AT_END``); "סמס", "ווטסאפ" with their prefix letters name a phone
  (``detectors.LABELS``); an entrance or a building by its letter after a number makes a street of the one or two
  capitalised words before it, or of one Hebrew word (``addresses._BEFORE_AN_ENTRANCE``: two Hebrew words, as for
  the other units, read "רשמתי המעפילים 9 כניסה ב'" of batch 59 with its verb and let the read-back out); "this is
  where ... should go" announces the address, and its postcode, in the next messages (``context._ADDRESS_NEXT``).

Left, and why:
- staff named by the agent or the customer later in the call without a role ("Dan hoor je het van Joost", "Let
  Marek know", "Which number should Ryan use?", "Ik laat Wouter de factuur corrigeren", "hi Hannah"): in batches
  1-69 some 75 names of customers' children, relatives and helpers stand in the agent's turns in the same shapes
  with no one naming them before ("Ik geef het door aan Iris", "Wie haalt Julia op", "Which mobile should we text
  when Aarav's glasses are ready?"), so no rule tells them apart;
- "jerusalem 9314112" (an Israeli postcode after a town in lower case, no comma, in an English chat): seven digits
  after a word are too common a shape without a comma or a street before them on the same line;
- "עם דודי" (he-030: a colleague named דודי, which is also "my uncle"): the word is a relation as often as a name.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, B, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

SEVENTY_FIFTH: list[Dialogue] = [
    # a distribution centre written "DC" before its name, no police spoken of
    _dialogue("nl75-dc-distribution-centre", "nl", K,
              "C: Waar moet de koerier de pallet met borden afleveren?",
              "A: Bij {keep:DC Zuidpoort}, dock {keep:3}, vóór {keep:11.00 uur}."),
    _dialogue("en75-dc-distribution-centre", "en", K,
              "C: Where do the bikes drop the returns tomorrow?",
              "A: At {keep:DC Riverside Freight}, gate {keep:2}, before noon. Reference {keep:PP-4417}."),
    # the agent's opening signed with the customer's own first name, right after the company's
    _dialogue("fr75-opening-namesake", "fr", CN,
              "A: Enseignes Lumière, {keep:Margaux}, bonjour.",
              "C: Bonjour, c'est {NAME:Margaux Deschênes}. On a le même prénom !",
              "A: Ah oui ! Que puis-je faire pour vous ?",
              "C: Mon associé, {NAME:Bastien Roullier}, voudrait une enseigne lumineuse aussi.",
              crm={"customer": {"first_name": "Margaux", "last_name": "Deschênes"}}),
    _dialogue("en75-opening-namesake", "en", CN,
              "A: Pedalpost dispatch, {keep:Tobias}.",
              "C: Ha, I'm {NAME:Tobias Wrenfield} as well. My parcel to Leeds never arrived.",
              "A: Let me look it up.",
              crm={"customer": {"first_name": "Tobias", "last_name": "Wrenfield"}}),
    # the agent's opening names the desk after the customer's own first name
    _dialogue("en75-opening-namesake-desk", "en", CN,
              "A: Hi, this is {keep:Nadia} on the dispatch desk.",
              "C: Oh, I'm {NAME:Nadia Okonjo}, same name! My courier never turned up this morning.",
              "A: Sorry about that, let me check the route.",
              crm={"customer": {"first_name": "Nadia", "last_name": "Okonjo"}}),
    # after the Dutch telephone "Met", the company, then the agent
    _dialogue("nl75-met-company-then-agent", "nl", K,
              "A: Met Letterwerk, {keep:Daan}.",
              "C: Hoi, is mijn gevelbord al klaar? Het was bestelling {keep:LW-2290}."),
    # "זאת X ממחלקת ...": the speaker's name, then the department
    _dialogue("he75-this-is-from-department", "he", K,
              "A: שלום {NAME:מיכל}, זאת {keep:ענבל} ממחלקת הזמנות. השלט שלך מוכן.",
              "C: מעולה, מתי אפשר לאסוף?",
              "A: מחר אחרי {keep:10:00}.",
              crm={"customer": {"first_name": "מיכל", "last_name": "רוזנטלר"}}),
    # the company's place with its article, its address after a comma
    _dialogue("fr75-place-then-its-address", "fr", AD,
              "A: On vous envoie la facture à l'atelier, au {keep:12 rue des Forges} ?",
              "C: Non, chez moi, au {ADDR:16 rue des Forges}, c'est à côté.",
              "A: D'accord.",
              crm={"customer": {"street": "16 rue des Forges", "postcode": "69003"}}),
    _dialogue("he75-place-then-its-address", "he", AD,
              "A: לשלוח את החשבונית למשרד, ל{keep:דרך השלום 40}?",
              "C: לא, הביתה. {ADDR:הגפן 12 דירה 3}.",
              "A: בסדר."),
    # "and number?" after the postcode read back
    _dialogue("en75-and-number-after-readback", "en", B,
              "A: What's the postcode for the delivery?",
              "C: {PC:3011 BK}.",
              "A: {PC:3011 BK}, and number?",
              "C: {ADDR:Nine}, ground floor."),
    _dialogue("fr75-et-le-numero-after-town", "fr", B,
              "A: Pour livrer le panneau, le code postal ?",
              "C: {PC:69003}.",
              "A: Lyon, d'accord. Et le numéro ?",
              "C: Euh... {ADDR:Quarante et un}."),
    # a card in two messages after a question that ends in an amount
    _dialogue("he75-card-after-amount", "he", S,
              "C: אפשר לשלם על השלט בכרטיס? {keep:₪ 620}",
              "A: כן, אשלח לך קישור.",
              "C: לא צריך {CARD:45809005}",
              "C: {CARD:91863171}",
              "A: אל תשלחי מספרי כרטיס בצ'אט, שלחתי קישור."),
    # a Hebrew mobile a digit short, for texts
    _dialogue("he75-short-mobile-for-texts", "he", T,
              "C: תשלחו לי עדכון על המשלוח לסמס {PHONE:052-731846}",
              "A: נראה שחסרה ספרה, תבדקי?"),
    # a street with an entrance by its letter before the flat
    _dialogue("he75-entrance-letter-flat", "he", AD,
              "C: עברתי דירה",
              "C: {ADDR:הזית 21 כניסה ב' דירה 5}",
              "A: תודה, עודכן."),
    _dialogue("en75-two-word-street-entrance-flat", "en", AD,
              "C: hi, I moved, this is where the parcels should go now",
              "C: {ADDR:Rua Nova 18 entrance C apt 2}",
              "A: Thanks, updated."),
    # "this is where ... should go": the address next, then the town and its seven digits in a message of their own
    _dialogue("en75-where-it-goes-town-postcode", "en", AD,
              "C: hey, this is where the invoices should go from now on",
              "C: {ADDR:Hagefen 14 apt 3}",
              "C: haifa {PC:3303123}",
              "A: Thanks, noted."),
]
