"""The thirty-fifth tuning batch: the company's teacher the agent names by the title of who teaches ("docente ...",
"the tutor, ...", "המורה ..."); a first name the agent brings up with what that person does for the customer now
("... helpt u verder", "... delivers on Friday", "... est prévenue", "... ישמור לו") or whose lesson it is ("de les
van ..."); the customer's own booking with the company's person ("een pasafspraak bij ..."); a surname or first name
of the CRM that is an everyday word, used as one ("in het bos", "12 June", "the Green Bundle", "Pack Green 6"); a
surname spelled out after what it is ("surname spelt K-O-V-A-C-S"); a lawyer by title ("Maître ..."); a first name
given as such after the Hebrew "and" ("והשם הפרטי ..."); a caller's person named by where the caller knows them from
("... from work", "... מהעבודה שלי"); a first name opening the sentence after one about the caller's relative ("Could
my husband join too? ... has sailed before."); the street the caller lives on or moved to, said without its number
("Ik woon sinds kort aan de ...", "we've moved to ...", "on a déménagé rue ...", "עברנו לרחוב ..."); a Dutch door
colour after the house number ("14 zwart"); and the account alone as the question ("והחשבון שלך?"), answered with a
number that fails its check.

Written in the thirty-third round of conversation-aware redaction, after held-out batch 32 (a music school chain)
had been scored and spent, in sectors no batch had used (a sailmaker, a falconry centre, a bonsai nursery). Batch 32
changed the school's teachers named by title or brought up by the agent ("Docent ...", "the tutor, ...", "...
helpt u", "... delivers on Sunday", "... est prévenu", "... יחכה לה", "de les van ..."), a customer's surname or first
name where it was an everyday word, a month or a product ("in de ...", "may I", "4 May", "Lespakket ... 10", a
Hebrew idiom with a prefix letter); it leaked a street said without its number before the agent asked for it, a
house number with its Dutch door colour, a surname spelled after "achternaam gespeld", "Maître ...", "והשם הפרטי
...", a name followed by "מהעבודה שלי", and an IBAN that fails its check after "החשבון?". Batches 30 and 31 had shown
the same street ("Ik woon nu aan de ..."), a name opening the sentence after "my wife" or "mijn collega", a name
"from payroll" and the customer's own booking with the company's optometrist. Left: a street with no street word and
no living verb ("Greate Buorren..." style answers), an Irish house and townland with no number, "oma. Wil ..." (a
name that is also a verb, after a bare relation), the agent reading back the middle of a phone in Belgian French
number words, and the company's shop the customer names by its unit ("the shop's at Unit 2, ...").

Batch 32 before and after this round: ADDRESS 0.897 -> 0.949, NAME 0.878 -> 0.976, IBAN 0.971 -> 1.00, PHONE 0.980
(unchanged), the other kinds 1.00 as they were; look-alikes changed 13 of 175 -> 1 of 175. Batch 31: NAME 0.979 ->
0.989, look-alikes changed 3 of 295 -> 1 of 295; batch 30: NAME 0.971 -> 1.00, ADDRESS 0.929 -> 0.952; batches 1-29
unchanged.

Before this round, on these 24 dialogues (20 gold spans, 41 look-alikes): IBAN 0.00 (1), NAME 0.22 (9), ADDRESS 0.38
(8), PHONE and POSTCODE 1.00; spurious findings 15 of 22, look-alikes changed 11 of 41. After: every kind 1.00, no
spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

THIRTY_FIFTH: list[Dialogue] = [
    # the company's teacher named by the title of the one who teaches
    _dialogue("nl35-docente", "nl", K, "C: kan ik de zeilmakerscursus van dinsdag verzetten?",
              "A: Ja, naar {keep:donderdag 9 oktober}; docente {keep:Marloes} heeft het patroon dan klaarliggen."),
    _dialogue("en35-the-tutor", "en", K, "C: Is the falconry day still on {keep:Saturday}?",
              "A: It is, {keep:10am} with the tutor, {keep:Nell}. Gloves are {keep:£12} to hire."),
    _dialogue("he35-hamora", "he", K, "C: מתי הסדנה של הבונסאי?",
              "A: ביום {keep:רביעי} ב-{keep:18:00}, בקבוצה של המורה {keep:רותם}."),
    # the company's person the agent brings up, with what they do for the customer now, or whose lesson it is
    _dialogue("nl35-helpt-u", "nl", K, "C: waar kan ik de zeilen ophalen?",
              "A: Bij de balie in hal {keep:C-4}, {keep:Noor} helpt u verder."),
    _dialogue("en35-delivers", "en", K, "C: when does the perch for the owl come?",
              "A: {keep:Freya} delivers on {keep:Friday}, between {keep:9 and 12}."),
    _dialogue("fr35-prevenue", "fr", K, "C: je passerai un peu en retard pour le stage",
              "A: Pas de souci, {keep:Manon} est prévenue. Le stage finit à {keep:17 h}."),
    _dialogue("he35-yechake", "he", K, "C: הבן שלי יגיע קצת באיחור לאיסוף העץ",
              "A: אין בעיה, {keep:יואב} ישמור לו את העץ עד {keep:19:00}."),
    _dialogue("nl35-les-van", "nl", S, "A: Op welk mobiel nummer kunnen we u bereiken als de les van {keep:Joris} "
              "uitvalt?", "C: {PHONE:06 48 31 27 90}", "A: Genoteerd, de les is {keep:zaterdag}."),
    # a surname of the CRM that is an everyday word, used as one
    _dialogue("nl35-in-het-bos", "nl", K, "C: staat de valkenier morgen in het bos of op het veld?",
              "A: In het bos bij de {keep:ingang Noord}, vanaf {keep:10.00}.",
              crm={"customer": {"first_name": "Jeroen", "last_name": "Bos"}}),
    _dialogue("en35-june", "en", K, "C: can the sail repair move to 12 June?",
              "A: Yes, {keep:Thursday 12 June} at {keep:2pm} works.",
              crm={"customer": {"first_name": "June", "last_name": "Harper"}}),
    _dialogue("en35-green-bundle", "en", K, "C: is the Green Bundle still on offer?",
              "A: {keep:Pack Green 6} is {keep:£40} until {keep:30 September}.",
              crm={"customer": {"first_name": "Olive", "last_name": "Green"}}),
    # a name spelled out after what it is; a notary by title; a first name given as such after "and"
    _dialogue("en35-spelt", "en", CN, "A: Whose name goes on the falconry certificate?",
              "C: my son {NAME:Milo}, surname spelt {NAME:K-O-V-A-C-S}", "A: Lovely, ready on {keep:Monday}."),
    _dialogue("fr35-maitre", "fr", CN, "C: Maître {NAME:Lefranc}, l'avocat, règle la facture de mon père",
              "A: Très bien, facture {keep:FV-2291} à son nom ?"),
    _dialogue("he35-hashem-haprati", "he", CN, "A: שם משפחה לתעודה?", "C: {NAME:אורן}, והשם הפרטי {NAME:ספיר}",
              "A: תודה, התעודה מוכנה ב-{keep:יום ראשון}."),
    # a caller's person named by where the caller knows them from
    _dialogue("en35-from-work", "en", CN, "A: Who else can collect the owl?",
              "C: me, or {NAME:Wren} from work", "A: Fine, bring ID on {keep:Tuesday}."),
    _dialogue("he35-mehaavoda", "he", CN, "A: מי עוד יכול לאסוף את העץ?", "C: אני, או {NAME:עדן} מהעבודה שלי",
              "A: מצוין, עד {keep:יום שישי}."),
    # a first name opening the sentence after one about the caller's relative
    _dialogue("en35-husband-too", "en", CN, "C: Could my husband join the sail course too? {NAME:Kenji} has "
              "sailed before.", "A: Of course, the course is {keep:£180} each."),
    _dialogue("nl35-zus-ook", "nl", CN, "C: Mag mijn zus ook mee naar de valkendag? {NAME:Sterre} heeft al "
              "ervaring.", "A: Zeker, dat is {keep:€ 65} per persoon."),
    # the customer's own booking with the company's person
    _dialogue("nl35-fitting-bij", "nl", K, "C: Ik heb {keep:vrijdag} om {keep:14:00} een pasafspraak bij "
              "{keep:Daan}, kan dat later?", "A: Ja, om {keep:16:00} kan ook."),
    # the street the caller lives on or moved to, without its number; a Dutch door colour after the number
    _dialogue("nl35-woon-aan", "nl", AD, "A: Wat is uw nieuwe adres voor de zeilen?",
              "C: Ik woon sinds kort aan de {ADDR:Lindenkade}.", "A: En het huisnummer?",
              "C: {ADDR:14 zwart}, postcode {PC:3012 AB}"),
    _dialogue("en35-moved-to", "en", AD, "A: Where should the perch go?",
              "C: we've moved to {ADDR:Alder Grove Road} in Bath", "A: And the number?", "C: {ADDR:27}",
              "A: Thanks, delivery {keep:Friday 3 October}."),
    _dialogue("fr35-demenage", "fr", AD, "A: L'adresse de livraison du bonsaï ?",
              "C: on a déménagé {ADDR:rue des Glycines} à Nantes", "A: Et le numéro ?", "C: {ADDR:8}",
              "A: Merci, livraison {keep:mardi}."),
    _dialogue("he35-avarnu", "he", AD, "A: לאן לשלוח את העץ?", "C: עברנו ל{ADDR:רחוב הדקל} בחיפה",
              "A: ומספר הבית?", "C: {ADDR:12}", "A: תודה, המשלוח ביום {keep:שני}."),
    # the account alone as the question, answered with a number that fails its check
    _dialogue("he35-hacheshbon", "he", S, "A: והחשבון שלך?", "C: {IBAN:IL12 3456 7890 1234 5678 901}",
              "A: המספר לא תקין, אפשר לקרוא אותו שוב?"),
]
