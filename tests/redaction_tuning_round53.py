"""The fifty-fifth tuning batch: the company's person named by their desk or trade right after the first name
("Ruben van de planning", "Megan in dispatch", "Chloé du service client", "Owen, our technician", "אורית
מהמכירות"), where the customer has the same first name, said by either side; a police officer named by rank and
surname ("rechercheur Mulder", "Detective Sergeant Okafor", "le brigadier Fontaine", "החוקרת שקד"); and the
number of a key, a lock or a loyalty card, which is the object's ("sleutelnummer", "the key is", "carte de
fidélité", "כרטיס המועדון"), beside the customer's own values.

Written in the fifty-third round of conversation-aware redaction, after held-out batch 52 (a bicycle shop with
employee leasing) had been scored and spent, in sectors no batch had used as its company (an organ builder and a
hot-air balloon operator). Batch 52 hid addresses at 0.867 (39 of 45), BSNs at 0.929, cards at 0.867 (13 of 15),
IBANs at 0.954, Israeli IDs at 0.864 (19 of 22), names at 0.860 (37 of 43), phones at 0.981 and postcodes at
0.875; split numbers 0.913 and cue names 0.879 by category; 15 of 212 look-alikes changed (7.1%); 5 hidden values
with a piece left in clear. After this round: names 0.953 (41 of 43), cue names 1.00; 3 of 212 look-alikes changed
(1.4%); the other kinds as before.

Fixed, for the general case:
- Names: a first name with the company's desk or trade right after it ("van de werkplaats", "in leasing", "in the
  workshop", "de l'accueil", "du leasing", ", our mechanic", "מהסדנה", "מהליסינג") is the company's person, kept
  there even where the customer has the same first name, in the customer's turns too ("not Priya in leasing"), and
  hidden everywhere else. Not a name the speaker gives as their own ("I'm Sam from accounts").
- Names: a police officer's rank before a surname ("agent Van Rijn", "PC Dawson", "l'inspecteur Leclercq",
  "השוטר אלמוג") is a title like "mevrouw": the surname after it is a third party's name, as a lawyer's is.
- Look-alikes: the number of a key or a lock ("sleutelnummer van mijn slot", "key number on my lock", "numéro de
  clé de mon cadenas") and of a loyalty or club card ("כרטיס המועדון", "carte de fidélité") is the object's,
  not a BSN, an Israeli ID or a payment card, even when its checksum passes.

Left, and why:
- look-alikes (3 of 212): a product named after a first name that is also the customer's ("אופני ברק", "אופני שחר"
  to customers of those names): a brand after a product noun cannot be told by rule from "the bikes of <name>";
  a Luhn-valid number after "de pas met", the card word alone, a question after it naming it a loyalty card.
- addresses whose pieces carry no cue (a building or park name before the street, "Unit" and "Room" before a
  business park or a care home, a house letter in the next segment, a Belgian "bte" box and a house number said in
  Belgian French words), the Hebrew name given after a sentence ending in "his" ("...שלו. רונן."), a bare Hebrew
  answer that is also an everyday word ("קרן") to a question that asks for the name and the phone at once, and the
  pieces of split numbers the batch shows: each needs its own rule, left for a later round.
"""

from __future__ import annotations

from redaction_dialogues import CN, B, Dialogue, K
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


FIFTY_FIFTH: list[Dialogue] = [
    # the customer's first name, the company's person with a desk after it, said by the customer
    _dialogue("nl55-namesake-desk-customer", "nl", CN,
              "C: Goedemorgen, {NAME:Ruben Verhoef} hier. Niet {keep:Ruben van de planning}, haha.",
              "A: Ha, dat gebeurt vaker. Gaat het over de stemming van offerte {keep:ORG-8812}?",
              crm=_crm("Ruben", "Verhoef", customer_id="OB-553101")),
    _dialogue("en55-namesake-desk-customer", "en", CN,
              "C: Hi, it's {NAME:Megan Lowry}, and no, not {keep:Megan in dispatch} this time.",
              "A: Ha! What can I do for you about flight {keep:HB-2231}?",
              crm=_crm("Megan", "Lowry", customer_id="BL-553102")),
    _dialogue("fr55-namesake-desk-customer", "fr", CN,
              "C: Bonjour, {NAME:Chloé Martin} à l'appareil, la cliente, pas {keep:Chloé du service client} !",
              "A: Bien noté. Votre vol {keep:MG-3310} est confirmé pour samedi.",
              crm=_crm("Chloé", "Martin", customer_id="MG-553103")),
    _dialogue("he55-namesake-desk-customer", "he", CN,
              "C: שלום, מדברת {NAME:אורית גבאי}, הלקוחה, לא {keep:אורית מהמכירות}",
              "A: הבנתי. הטיסה {keep:BL-4410} שלך נקבעה ליום שישי.",
              crm=_crm("אורית", "גבאי", customer_id="BL-553104")),
    # the same, said by the agent: the company's person, then the customer's own people hidden
    _dialogue("en55-namesake-trade-agent", "en", CN,
              "A: {keep:Owen, our technician} checks the bellows on {keep:14 March}.",
              "C: Funny, same name as me. My brother {NAME:Gareth} will let him in.",
              crm=_crm("Owen", "Pryce", customer_id="OB-553105")),
    _dialogue("nl55-namesake-trade-agent", "nl", CN,
              "A: {keep:Lotte, onze orgelbouwer} komt op {keep:12 mei} de pijpen stemmen.",
              "C: Grappig, zo heet ik ook. Mijn buurvrouw {NAME:Ineke} doet open.",
              crm=_crm("Lotte", "Brink", customer_id="OB-553106")),
    _dialogue("he55-namesake-desk-agent", "he", CN,
              "A: {keep:יעל מהמשלוחים} תתקשר אלייך לגבי הכדור הפורח.",
              "C: מצחיק, גם לי קוראים יעל. אחי {NAME:עמרי} יהיה בבית.",
              crm=_crm("יעל", "סויסה", customer_id="BL-553107")),
    # a police officer named by rank and surname, beside the company's reference
    _dialogue("nl55-police-rank", "nl", CN,
              "C: Rechercheur {NAME:Mulder} wil het serienummer {keep:ORG-PX-4471} van het gestolen kistorgel weten.",
              "A: Dat mail ik u vandaag."),
    _dialogue("en55-police-rank", "en", CN,
              "C: Detective Sergeant {NAME:Okafor} asked for the booking reference {keep:BAL-4471}.",
              "A: I'll send it over now."),
    _dialogue("fr55-police-rank", "fr", CN,
              "C: Le brigadier {NAME:Fontaine} m'a demandé la facture {keep:F-2026-0912} pour la plainte.",
              "A: Je vous la renvoie tout de suite."),
    _dialogue("he55-police-rank", "he", CN,
              "C: השוטרת {NAME:שקד} ביקשה את מספר ההזמנה {keep:BL-7720}.",
              "A: אני שולחת לך עכשיו."),
    # a key's, a lock's or a loyalty card's number, with the customer's own value beside it
    _dialogue("nl55-key-number-and-bsn", "nl", K,
              "C: Het sleutelnummer van de orgelkast is {keep:816609068}, kunt u een reserve maken?",
              "A: Zeker, dat kost {keep:€ 22}. Voor de garantie heb ik ook uw BSN nodig.",
              "C: {BSN#bare-answer:820660371}"),
    _dialogue("en55-lock-number", "en", K,
              "C: the number stamped on my hangar lock is {keep:123558975}, can you cut a spare key?",
              "A: Yes, {keep:£18}, ready in a week."),
    _dialogue("fr55-loyalty-card", "fr", K,
              "C: Le numéro de ma carte de fidélité c'est {keep:5026859952890786}, il me reste des points ?",
              "A: Oui, {keep:120 points}."),
    _dialogue("he55-club-card-and-id", "he", K,
              "C: כרטיס המועדון {keep:5026859952890786} עוד בתוקף?",
              "A: כן. לצורך הביטוח אני צריכה גם תעודת זהות.",
              "C: {IL#bare-answer:436202717}"),
    _dialogue("fr55-padlock-number", "fr", B,
              "C: Le numéro de mon cadenas c'est {keep:272731456}, et mon portable c'est le {PHONE:06 44 18 72 90}",
              "A: Merci, c'est noté."),
]
