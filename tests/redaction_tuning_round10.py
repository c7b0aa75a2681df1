"""The twelfth tuning batch: numbers cut by an aside or a prompt, phones a digit short or over, corrected house
numbers, and an address answered street first.

Written before the tenth round of conversation-aware redaction, after held-out batch 9 had been scored and spent,
in sectors no batch had used (a marina, a tattoo studio, an escape room, a tile setter). Batch 9's values leaked
where a customer broke off a number with an aside after its first piece ("5444... momentje, pasje pakken"), where
the agent's prompt to go on used a verb the prompts did not know ("כן, ממשיכים?"), where a customer gave their phone
a digit short after a word that calls it theirs ("Bel me maar op 06 32 06 85 4"), where a corrected house number
came after a filler or carried "bis" or a Hebrew letter ("o nee wacht, 5b", "ah non pardon, 13 bis", "42א"), and
where a Hebrew street came alone and its number with an entrance after "מספר?". These dialogues say the same things
in other words, beside look-alikes those rules could swallow: an order number broken off by an aside, an order or
invoice number after "call me", an amount, the company's own corrected address, "למייל" as where to send.

Before that round (live): PHONE 0.25 (8), IBAN 0.33 (6), BSN 0.50 (2), IL_ID 0.50 (4), ADDRESS 0.44 (16); split 0.44,
transposed 0.00, address 0.44; spurious findings 0 of 14, look-alikes changed 0 of 27. After: every kind and category
1.00, spurious findings 0 of 36, look-alikes changed 0 of 27. Held-out batch 9 (spent): ADDRESS 0.850 to 1.00, BSN
0.750 to 1.00, IBAN 0.951 to 1.00, PHONE 0.920 to 1.00, look-alikes changed 0 of 177 as before; batches 1 to 8: every
kind and their look-alikes as before.
"""

from __future__ import annotations

from redaction_dialogues import AD, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

TWELFTH: list[Dialogue] = [
    # -- a number broken off by an aside after its first piece --------------------------------------------------------
    _dialogue("nl12-aside-bsn", "nl", S, "A: Voor de ligplaatsvergunning heb ik nog uw BSN nodig.",
              "C: {BSN:5823}... wacht even, ik pak mijn paspoort", "C: {BSN:63007}", "A: Dank u, genoteerd."),
    _dialogue("en12-aside-phone", "en", S, "A: What's the best mobile to reach you on about the sitting?",
              "C: {PHONE:07781 40}... sorry, reading it off my other phone", "C: {PHONE:2951}",
              "A: Lovely, thanks."),
    _dialogue("fr12-aside-iban", "fr", S, "A: Sur quel compte voulez-vous le remboursement de la caution ?",
              "C: {IBAN:FR62 6268 9586 7287}... attendez, je cherche mon RIB", "C: {IBAN:1600 7810 512}",
              "A: Merci, c'est noté."),
    _dialogue("he12-aside-id", "he", S, "A: מה מספר תעודת הזהות שלך?", "C: {IL:4769}... רגע, מוציא את התעודה",
              "C: {IL:26738}", "A: תודה."),
    # -- the agent's prompt to go on, in other words ------------------------------------------------------------------
    _dialogue("nl12-prompt-iban", "nl", S, "A: Op welke rekening mogen we de borg terugstorten?",
              "C: {IBAN:NL38 RABO 9039}", "A: Ja, ga maar door?", "C: {IBAN:9701 46}"),
    _dialogue("en12-prompt-iban", "en", S, "A: Which account should the refund go to?", "C: {IBAN:GB60 NWBK 3410}",
              "A: Sure, carry on?", "C: {IBAN:9814 2725 96}"),
    _dialogue("fr12-prompt-phone", "fr", S, "A: À quel numéro peut-on vous rappeler ?", "C: {PHONE:06 48 21}",
              "A: D'accord, on continue ?", "C: {PHONE:93 57}"),
    _dialogue("he12-prompt-id", "he", S, "A: מה מספר תעודת הזהות?", "C: {IL:4879}", "A: כן, תמשיכי?", "C: {IL:71277}"),
    # -- a phone a digit short or over, given as the customer's ------------------------------------------------------
    _dialogue("nl12-short-phone", "nl", T, "C: Bel me terug op {PHONE:06 41 87 29 3}, ik ben er de hele middag",
              "A: Er lijkt een cijfer te ontbreken, kunt u het nakijken?", "C: Oeps, ik app het zo."),
    _dialogue("en12-long-phone", "en", T, "C: Text me on {PHONE:07912 4408816} when the sitting is confirmed",
              "A: That's one digit too many, could you check it?", "C: Ah, will do."),
    _dialogue("fr12-short-phone", "fr", T, "C: Vous pouvez me joindre au {PHONE:06 72 18 45 9}, je suis là le soir",
              "A: Il manque un chiffre, pouvez-vous vérifier ?", "C: Oups, je regarde."),
    _dialogue("he12-short-phone", "he", T, "C: תחזרי אליי ל-{PHONE:052-771604} אחרי העבודה",
              "A: חסרה ספרה, אפשר לבדוק?", "C: סורי, אבדוק"),
    # -- a house number corrected after a filler, with a letter or "ter" ---------------------------------------------
    _dialogue("nl12-house-filler", "nl", AD,
              "C: Het adres is {ADDR:Dorpsstraat 8}, ach nee, {ADDR:8c}, de 8 is de bakker",
              "A: Genoteerd, de tegelzetter komt {keep:dinsdag}."),
    _dialogue("en12-house-filler", "en", AD,
              "C: It's {ADDR:14 Mill Lane}, oh no, hold on, {ADDR:14A}, plain 14 is the pub",
              "A: Got it, the tiler comes {keep:Tuesday}."),
    _dialogue("fr12-house-ter", "fr", AD, "C: C'est {ADDR:27 rue des Lilas}, ah non, {ADDR:27 ter}",
              "A: C'est noté, le carreleur passe {keep:mardi}."),
    _dialogue("he12-house-letter", "he", AD, "C: הכתובת היא {ADDR:רחוב הזית 9}, אוי לא, {ADDR:9ב}",
              "A: רשמתי, הרצף מגיע {keep:ביום שלישי}."),
    # -- the street alone, then its number with a bus, a flat or an entrance -----------------------------------------
    _dialogue("nl12-street-then-bus", "nl", AD, "A: Waar mogen we de tegels bezorgen?", "C: {ADDR:Lindelaan}",
              "A: Nummer?", "C: {ADDR:14 bus 2}, in Gent"),
    _dialogue("en12-street-then-flat", "en", AD, "A: Where should we deliver the tiles?", "C: {ADDR:Orchard Close}",
              "A: Number?", "C: {ADDR:22 flat 3}, Leeds"),
    _dialogue("fr12-street-then-flat", "fr", AD, "A: Où doit-on livrer le carrelage ?", "C: {ADDR:rue des Acacias}",
              "A: Numéro ?", "C: {ADDR:9 appartement 12}, à Lyon"),
    _dialogue("he12-street-then-flat", "he", AD, "A: לאן לשלוח את החבילה?", "C: {ADDR:הדקל}", "A: ומספר?",
              "C: {ADDR:15 דירה 3}, בחולון"),
    # -- look-alikes those rules could take ---------------------------------------------------------------------------
    _dialogue("nl12-keep-order-aside", "nl", K, "A: Wat is het ordernummer van de escaperoom?",
              "C: {keep:4471}... momentje, even in de mail kijken", "C: {keep:2280}",
              "A: Gevonden, u speelt {keep:vrijdag} om {keep:20:00}."),
    _dialogue("en12-keep-call-order", "en", K, "C: Can you call me about order {keep:0712 3456 78}? It never came",
              "A: Of course, it was {keep:£64}, I'll ring you {keep:today}."),
    _dialogue("fr12-keep-invoice", "fr", K, "C: Rappelez-moi pour la facture {keep:0612 345 67}, le montant de "
              "{keep:89 €} est faux", "A: Je vérifie, vous serez rappelé avant {keep:17 h}."),
    _dialogue("he12-keep-mail", "he", K, "A: לאן לשלוח את הקבלה?", "C: {keep:למייל}",
              "A: נשלח, הסכום {keep:120 ₪}."),
    _dialogue("he12-keep-same-address", "he", K, "A: לאן לשלוח את הכרטיסים?", "C: {keep:לאותה כתובת}",
              "A: מעולה, הזמנה {keep:4471093}."),
    _dialogue("nl12-keep-company-address", "nl", K, "C: Waar kan ik de tegels ophalen?",
              "A: Bij onze werkplaats aan de {keep:Havenweg 5}, o nee sorry, {keep:7}, open tot {keep:17:00}."),
    _dialogue("en12-keep-number-other", "en", K, "A: Which number is on your ticket?",
              "C: {keep:5}, oh no wait, {keep:6}",
              "A: Table {keep:6} it is, the session is {keep:45 minutes}."),
    _dialogue("fr12-keep-prompt-amount", "fr", K, "C: J'ai payé {keep:45}...", "A: Oui, on continue ?",
              "C: {keep:45 €} de plus pour la séance, c'est normal ?"),
]
