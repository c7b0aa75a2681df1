"""The ninth tuning batch: people named by their relation or role, staff named by the agent, names said again.

Written before the seventh round of conversation-aware redaction, after held-out batch 6 had been scored and
spent, in sectors no batch had used (a vet, a driving school, a gym, solar panels, school trips, a florist, a
taxi firm, pest control, a pharmacy, a wedding venue). Batch 6's name leaks showed that patching the cue phrases a
batch happened to use does not carry over, so these dialogues use other wordings on purpose: a third person
introduced by a relation or a role with a possessive or a diminutive ("onze oppas", "my stepdaughter", "mon
beau-fils", "המטפל של אבא שלי"), a carer, driver or instructor the agent names ("vandaag rijdt Karim", "It'll be
Siobhán", "c'est Mathis qui passera", "מחר מגיעה ולנטינה"), "ter attentie van", "FAO", "à l'attention de",
"לידי", and the name said again later in the call in lower case or without its accents. Beside them the look-alikes
that must stay: product and plan names, streets, towns, companies and pets. Tuning data: its figures flatter the
redactor. See ``tests/redaction_conversations_tuning.py`` for the markup.

Before that round (live): NAME 0.33 (30; nl 0.29, en 0.42, fr 0.50, he 0.00), spurious findings 0 of 10,
look-alikes changed 0 of 24. After (``name_roles``): NAME 1.00 (30), spurious findings 0 of 30, look-alikes
changed 0 of 24; held-out batch 6 NAME 0.700 to 1.00 with no new false positive, batches 1-5 unchanged.
"""

from __future__ import annotations

from redaction_dialogues import CN, Dialogue, K
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


NINTH: list[Dialogue] = [
    # -- a relation or a role, with a possessive or a diminutive, then the name ------------------------------------
    _dialogue("nl9-oppas", "nl", CN, "C: onze oppas {NAME:femke} haalt de kinderen op bij de rijschool",
              "A: Prima, dan zet ik {NAME:Femke} erbij als ophaler voor {keep:donderdag}."),
    _dialogue("nl9-dochtertje-accent", "nl", CN, "C: Mijn dochtertje {NAME:Eliën} heeft last van haar kiezen",
              "A: Dan plannen we {NAME:Elien} in op {keep:maandag 14:10}."),
    _dialogue("nl9-instructeur", "nl", CN, "C: Mijn instructeur {NAME:Karim El Amrani} is ziek, wie neemt het over?",
              "A: Morgen rijdt {NAME:Joost Verbeek} met je, zelfde tijd, in de {keep:Polo}."),
    _dialogue("nl9-tav", "nl", CN, "C: De factuur graag t.a.v. {NAME:Sanne de Groot} van de administratie.",
              "A: Komt goed, factuur {keep:F-2026-4410} gaat vandaag naar {keep:Zonnedak Solar}."),
    _dialogue("nl9-ctl-pet-product", "nl", K, "C: Mijn kat Minoes krijgt nu {keep:Renal Plus} van jullie",
              "A: Klopt, {keep:Renal Plus} staat voor {keep:Minoes} op de lijst, volgende levering {keep:3 maart}."),
    _dialogue("nl9-ctl-street-town", "nl", K, "A: Onze winkel zit aan de Dorpsstraat in Zeist, naast de Jumbo.",
              "C: Ah, bij de Hema?", "A: Precies, open vanaf {keep:9:00}."),
    # -- English ---------------------------------------------------------------------------------------------------
    _dialogue("en9-stepdaughter", "en", CN, "C: my stepdaughter {NAME:maisie} has the 4pm lesson but she's poorly",
              "A: No worries, I've moved {NAME:Maisie} to {keep:Thursday}."),
    _dialogue("en9-driver-named", "en", CN, "C: who's picking us up from the airport?",
              "A: It'll be {NAME:Siobhán}, she drives the silver {keep:Octavia}."),
    _dialogue("en9-our-nanny", "en", CN, "C: Our nanny, {NAME:Priya Raman}, will sign for the delivery.",
              "A: Perfect, I'll note {NAME:Priya} as the contact for {keep:order FL-3381}."),
    _dialogue("en9-fao", "en", CN, "C: Send the quote FAO {NAME:Declan Murphy} at the school office.",
              "A: Will do, the {keep:Lakeside Explorer} trip quote goes out today."),
    _dialogue("en9-grandson-later", "en", CN, "C: My grandson {NAME:Freddie} is allergic to lilies",
              "A: Noted, no lilies in {NAME:Freddie}'s bouquet.", "C: thanks, {NAME:freddie} will be pleased"),
    _dialogue("en9-technician-was", "en", CN, "C: The pest control chap came yesterday",
              "A: Yes, that was {NAME:Tomasz Nowak}, he'll be back in {keep:two weeks}."),
    _dialogue("en9-ctl-products", "en", K, "C: Is the Sunny Meadow bouquet available with Express delivery?",
              "A: Yes, Sunny Meadow ships today from our Leeds studio, {keep:£34.99}."),
    # -- French ----------------------------------------------------------------------------------------------------
    _dialogue("fr9-beau-fils", "fr", CN, "C: Mon beau-fils {NAME:Théo} viendra chercher les médicaments",
              "A: Très bien, {NAME:theo} devra présenter sa pièce d'identité."),
    _dialogue("fr9-aide-agent", "fr", CN, "C: Qui vient vérifier les panneaux demain ?",
              "A: C'est {NAME:Mathis Lefèvre} qui passera vers {keep:10 h}."),
    _dialogue("fr9-attention", "fr", CN, "C: Le devis à l'attention de Mme {NAME:Chantal Roux}, s'il vous plaît",
              "A: Entendu, le devis {keep:DV-8812} part ce soir."),
    _dialogue("fr9-chat-lower", "fr", CN, "C: slt ma coloc {NAME:ines} veut aussi un abonnement a la salle",
              "A: Avec plaisir ! {NAME:Inès} peut venir avec une pièce d'identité."),
    _dialogue("fr9-ctl-company-place", "fr", K, "C: Vous livrez à Villeurbanne ?",
              "A: Oui, Fleurs du Rhône livre Villeurbanne et Bron, le bouquet Printemps à {keep:39 €}."),
    # -- Hebrew ----------------------------------------------------------------------------------------------------
    _dialogue("he9-carer-of-father", "he", CN, "C: המטפל של אבא שלי {NAME:ג'וזף} לא יכול לבוא לאסוף את התרופות",
              "A: בסדר, אפשר לשלוח מישהו אחר עם ייפוי כוח."),
    _dialogue("he9-driver-agent", "he", CN, "C: מי הנהג מחר?", "A: מחר מגיעה {NAME:ולנטינה}, היא תתקשר לפני."),
    _dialogue("he9-my-granddaughter", "he", CN, "C: הנכדה שלי {NAME:שירה} מגיעה לשיעור נהיגה במקומי",
              "A: בשמחה, {NAME:שירה} רשומה ל{keep:יום חמישי}."),
    _dialogue("he9-lidei", "he", CN, "C: תשלחו את החשבונית לידי {NAME:רונית אביטל} בהנהלת חשבונות",
              "A: בטח, החשבונית {keep:INV-5521} נשלחת היום."),
    _dialogue("he9-ctl-company", "he", K, "C: אני רוצה להזמין את חבילת הזהב לאולם",
              "A: חבילת הזהב כוללת {keep:200 מנות}, המחיר {keep:₪38,000}."),
    # -- a name said again, in lower case or without its accents, in a later turn ----------------------------------
    _dialogue("en9-repeat-lower", "en", CN, "A: And who's the second rider on the booking?",
              "C: my brother, {NAME:Callum}", "C: {NAME:callum} will need a helmet too"),
    _dialogue("nl9-ctl-capital-mid", "nl", K, "C: Ik heb het pakket Zonnig Compleet, werkt dat ook met Tesla?",
              "A: Ja, Zonnig Compleet werkt met Tesla en Enphase, kosten {keep:€ 0}."),
]
