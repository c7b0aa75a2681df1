"""The sixty-ninth tuning batch: the agent's first turn signed with a bare first name set apart by commas after the
company's name, its branch or desk, or a greeting ("Voyaro, Sanne.", "Goedemiddag, Voyaro, Sanne.", "Acme, agence
d'Annecy, Élodie, bonjour.", "וויארו ישראל, סניף חיפה, נועם."), and a chat's first answer "Bonjour, Manon." or
"היי, נועם כאן." with a name nobody in the call gave, kept as the company's person (also where the caller greets
them with it later); the customer's own first name where the agent answers "who's driving?" with it ("Dat is Henk,
een van onze vaste chauffeurs", "Your driver all five days is Dave", "Ce sera Luc"), kept there and hidden as the
customer's elsewhere; the caller's relative named in the turn ("My son Dylan") hidden though a driver of the same
name is the company's; a phone dictated with pauses in which a group is taken back at once and said again ("72 50,
nee, 72 05, en dan 48") after a compound word for the number ("noodnummer").

Written in the sixty-seventh round of conversation-aware redaction, on the misses of the spent held-out batch 64 (a
coach-hire company), in two sectors no batch had used as its company (a bell foundry, a glassblowing studio).
Figures of the held-out bench (a request after every customer line, with the call so far; a look-alike judged on the
last request that carried its turn), main before this round -> after:
- batch 64: look-alikes changed 83 -> 4 of 766 (10.8% -> 0.5%): the agents' names in their first turn (Joost, Sanne,
  Lieke, Jana, Priya, Callum, Megan, Noam, Karim, Manon, Élodie, Sarah, נועם, שירן; 77 of them, nl 14, en 7, fr 38,
  he 18, the caller's "Dag Jana" and "Hi Noam" with them) 77 -> 0, the drivers who share the caller's first name
  (nl-026, en-026, fr-026) 3 -> 0; phones 0.953 -> 1.00 (85 of 85: nl-010's four pieces), split numbers 0.927 ->
  0.959. Values out 22 -> 18. Names 0.938, addresses 0.940, e-mails 0.958, cue names 0.919 unchanged.
- batches 1-63: every line of the bench's output unchanged (no value out, no look-alike changed that was not
  before, and no figure moved).
Before this round, every dialogue below but the two controls (the caller's own name greeted back, the CRM customer
greeted by the agent) missed a value or changed a look-alike; after: none.

Fixed, for the general case:
- Staff: in the agent's first turn, a lone first name that is a comma-set segment of the first sentence, ending it or
  followed only by a greeting, after segments that are each a greeting, the company's name (capitalised words, with
  particles and at most one word in lower case before them: "depot Eindhoven", "agence d'Annecy", "Klokkengieterij
  Van Aerle"), a desk in lower case ("studio desk"), a Hebrew name of one to three words that are no everyday word,
  or a greeting of the caller by a name the call gave ("Bonjour Hugo, Manon."), is the agent's own, when neither the
  CRM nor any earlier turn gave that name (``names.opening_signed``). An agent greets a caller only by a name it
  knows, from the CRM or from what the caller said: in batches 1-64 every agent's first turn "greeting Name." that
  names the caller (71) has the name in the CRM or in the turns before (case aside: "lotte" -> "Hoi Lotte!"), and the
  15 that have it in neither are the agent signing. "Thanks, Will.", "Dat kan, Femke.", "Zeker, Fatima." are no company
  segment. "X כאן" ("X here") opening the turn or after its greeting is the speaker's own name too.
- Staff: the customer's question who drives or who the company's person is ("Who's driving us?", "wie er zaterdag
  rijdt", "Qui sera notre chauffeur ?", "מי ינהג?") joins the questions of who comes (``names._WHO_COMES``), and the
  agent's answer with the customer's own first name keeps it there as the company's namesake (``answers_who`` in
  the namesake test), hidden as the customer's in every other turn.
- Names: a first name the customer's turn gives their own relation ("my son Dylan", after "my/mijn/mon/ma/mes" and a
  family word, ``names.my_kin_before``) is never the company's in that turn, though the company's person with that
  name was named before.
- Phones: "noodnummer", "telefoonnummer", "mobielnummer", "gsmnummer", "contactnummer" name a telephone number
  (``context.PHONE_WORD``); in a phone dictated with pauses, "en dan", "and then", "et puis", "ואז" may stand between
  two groups, and a group said again at once after "nee", "no", "non", "sorry", "לא" with as many digits stands for
  the one before it, which is still a piece (``redaction._phone_in_pieces``).

Left, and why:
- he-002's driver named by his bus ("האוטובוס של יוסי"): a thing "of" a first name is a customer's as often.
- names with no cue: en-028's "Take off Zara Mitchell, she broke her ankle" (a first name not on the list), he-028's
  "אגם שושן לא מגיעה" ("אגם" is a word), he-024's "שולה וניסים עמר" as a bare answer, he-027's "עמית בר יהיה
  באוטובוס" ("עמית" is also "colleague"), he-010's "מאיר גולן, אבא של נוי" ("מאיר" is also a verb), he-002's
  "לאיתי נחמיאס" (with a prefix, "איתי" is "with me"), nl-007's nickname "Tommie" in a phone dictation, nl-009's
  surname "Aydın" said alone, en-023's "The Patels".
- addresses: en-023's house number "14" read back and taken back ("Fourteen? No, it's forty-one. The Patels are at
  14"), he-022's "ב-עשרים וארבע יש מכולת" (a shop's number in words, as round 66 left house numbers in words).
- fr-009's last IBAN piece "et puis un" (a one-letter number word), fr-027's e-mail of the customer's accountant
  read back by the agent in the chat's first answer.
- look-alikes: nl-019's pick-up time "08.30" after a transposed BSN, en-014's "14 seats" after a street read as its
  house number, he-023's floor "קומה 9" after an address (as round 66 left he-024's).
- round 66's "Left" list otherwise unchanged.
"""

from __future__ import annotations

from redaction_dialogues import CN, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

SIXTY_NINTH: list[Dialogue] = [
    # the agent's first turn signed with a bare first name after the company's name: the company's person
    _dialogue("nl69-opening-company-name", "nl", K,
              "A: Klokkengieterij Van Aerle, {keep:Bas}.",
              "C: Goedemiddag, de luidklok van onze kapel slaat sinds vorige week een tel te laat.",
              "A: Dan stuur ik een technicus langs op {keep:dinsdag 14 oktober}."),
    _dialogue("en69-opening-desk-and-greeting", "en", K,
              "A: Hollis Glassworks, studio desk, good morning, {keep:Sophie}.",
              "C: Morning! I'd like to book the beginners' glassblowing class for my husband's birthday.",
              "A: Lovely, the next one is on {keep:Saturday 8 November}, {keep:£95} a place."),
    _dialogue("fr69-opening-branch-then-greeting", "fr", K,
              "A: Fonderie Morel, atelier de Villedieu, {keep:Clémence}, bonjour.",
              "C: Bonjour, je voudrais un devis pour refondre la cloche fêlée de notre église.",
              "A: Bien sûr, je vous envoie le devis {keep:CL-2291} cette semaine."),
    _dialogue("he69-opening-branch", "he", K,
              "A: זכוכית הגליל, סניף עכו, {keep:ליאור}.",
              "C: שלום, הזמנתי אגרטל בעבודת יד ורציתי לדעת מתי הוא מוכן.",
              "A: הוא נכנס לתנור הקירור, יהיה מוכן ב-{keep:יום רביעי}."),
    # a chat's first answer: a greeting and a first name nobody in the chat gave, the agent signing
    _dialogue("fr69-chat-greeting-signed", "fr", K,
              "C: Bonjour, mon saladier soufflé est arrivé avec une fissure sur le bord.",
              "A: Bonjour, {keep:Anaïs}. Désolée ! Envoyez-moi une photo, on vous en refait un sous {keep:10 jours}."),
    _dialogue("he69-chat-name-here", "he", K,
              "C: היי, רציתי לשאול אם אפשר להוסיף חריטה על הפעמון שהזמנו",
              "A: היי, {keep:אורטל} כאן. אפשר, החריטה עולה {keep:350 ₪}."),
    # ... but a name the caller gave, greeted back, stays the caller's
    _dialogue("en69-greeting-the-caller", "en", CN,
              "C: hi its {NAME:mirela}, i bought a paperweight last week and the gift box was missing",
              "A: Hi, {NAME:Mirela}. Sorry about that, I'll post a box today."),
    _dialogue("nl69-greeting-crm-customer", "nl", CN,
              "A: Goedemorgen, {NAME:Wouter}. U belt over de klok voor de toren?",
              "C: Ja, klopt. Wanneer komt de kraan?",
              "A: De kraan staat er op {keep:donderdag} om {keep:07.30 uur}.",
              crm={"customer": {"first_name": "Wouter", "last_name": "Terpstra"}}),
    # the caller asks who drives, and the agent names the driver, who shares the caller's first name
    _dialogue("nl69-driver-namesake", "nl", CN,
              "A: Klokkengieterij Van Aerle, goedemiddag.",
              "C: Middag, met {NAME:Gerrit Bosma} van de kerkvoogdij. Ik wilde weten wie er vrijdag rijdt met de klok.",
              "A: Dat is {keep:Gerrit}, een van onze vaste chauffeurs.",
              "C: Ha, ook een {NAME:Gerrit}. Hoe laat is hij er?",
              "A: Rond {keep:09.00 uur}."),
    _dialogue("en69-driver-namesake", "en", CN,
              "A: Hollis Glassworks, good afternoon.",
              "C: Hi, this is {NAME:Owen Pritchett}. Who's driving the chandelier over to the hotel on Monday?",
              "A: Your driver on the day is {keep:Owen}.",
              "C: Another {NAME:Owen}, brilliant. Can he bring it up to the ballroom?",
              "A: Yes, he'll have the trolley and the crate is {keep:80 kg}."),
    _dialogue("fr69-driver-namesake", "fr", CN,
              "A: Fonderie Morel, bonjour.",
              "C: Bonjour, {NAME:Bastien Lefort}, de la paroisse. Qui sera notre chauffeur pour la livraison ?",
              "A: Ce sera {keep:Bastien}, il connaît bien la route du clocher.",
              "C: Un autre {NAME:Bastien} ! Il arrive à quelle heure ?",
              "A: Vers {keep:8 h 30}."),
    # a relative of the caller keeps their name hidden though the company's driver has it too
    _dialogue("en69-relative-same-name-as-driver", "en", CN,
              "A: Hollis Glassworks, good afternoon.",
              "C: Hi, it's {NAME:Carys Bell}. Who's driving the lamps over tomorrow?",
              "A: That'll be {keep:Dylan}, our van driver.",
              "C: Great. My son {NAME:Dylan} will be at home to sign for them."),
    # a phone dictated with pauses, a group taken back at once and said again, "en dan" before the last group
    _dialogue("nl69-phone-group-taken-back", "nl", S,
              "C: Goedemiddag, voor de levering van de klok moet ik nog het noodnummer van mijn zus doorgeven.",
              "A: Zegt u het maar.",
              "C: Het is {PHONE:06 41}... {PHONE:83 27}, nee, {PHONE:83 72}, en dan {PHONE:19}.",
              "A: Genoteerd, de klok komt op {keep:12 mei}."),
    _dialogue("fr69-phone-group-taken-back", "fr", S,
              "C: Bonjour, je dois vous donner le numéro de mon voisin pour la livraison de la cloche.",
              "A: Je vous écoute.",
              "C: C'est le {PHONE:06 12}... {PHONE:48 93}, non, {PHONE:48 39}, et puis {PHONE:71}.",
              "A: Merci, la cloche arrive le {keep:3 juin}."),
]
