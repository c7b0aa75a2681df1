"""The twenty-seventh tuning batch: a date of birth asked, the customer asking why, the agent explaining, then the
answer; a mistyped IBAN for the return of a deposit; a phone asked as where someone can be reached; a box number said
again after an address that had one; a card's halves around "okay, and the rest?"; an ID begun after "my ID for ...
is"; someone's number for the delivery, in two pieces; a mistyped card after "je paie avec" or "תחייבו את"; a house
number corrected after "לא רגע"; a Hebrew pet form of a name. Look-alikes: a "technieker" named by his work, a driver
the company sends, a colleague at the depot, the company's line the customer will call back on.

Written before the twenty-fifth round of conversation-aware redaction, after held-out batch 24 had been scored and
spent, in sectors no batch had used (a boat-cover maker, a school-photo service, a furniture-repair workshop, a
beekeeping supplier). Batch 24's values leaked at "Moet dat echt?" between the question and "14 februari 1979", at a
mistyped IBAN "voor de teruggave van de borg", at "Waar kan de chauffeur u bereiken?", at "wij zijn bus 3" and
"boîte 5, pardon", at "4244 1836, okay, and the rest?", at "my ID for the finance check is 0987", at "le numéro de
mon chum pour la livraison : 819 326", at mistyped cards after "je paie avec" and "תחייבו את", at "לא רגע, 41" and
at "ענבלי" of "ענבל". Its look-alikes were changed at "technieker Pieter", "on envoie Steve", "par Manon au dépôt"
and "je vous rappelle au 021 555 41 20". These dialogues say the same things in other words.

Before that round, on these 16 dialogues (25 gold spans, 4 look-alikes): PHONE 0.00 (3), IL_ID 0.00 (2),
DATE_OF_BIRTH 0.00 (1), CARD 0.40 (5), ADDRESS 0.56 (9), NAME 0.67 (3), IBAN and POSTCODE 1.00; spurious findings 4 of
16, look-alikes changed 4 of 4. After: every kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, B, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

TWENTY_SEVENTH: list[Dialogue] = [
    # -- a question asked back between the agent's question and the answer ---------------------------------------------
    _dialogue("nl27-why-dob", "nl", B, "A: Voor de schoolfoto-abonnementen vraagt de partner uw geboortedatum.",
              "C: Waarom is dat nodig?", "A: Voor de leeftijdscontrole, meer niet. Dag, maand en jaar graag.",
              "C: {DOB:3 oktober 1983}", "A: Dank u."),
    # -- a mistyped IBAN for a deposit; a phone asked as where one can be reached --------------------------------------
    _dialogue("nl27-deposit-iban", "nl", T, "C: Voor het terugstorten van de waarborg: {IBAN:BE71 0961 2345 6679}",
              "A: Dat nummer klopt niet volgens ons systeem."),
    _dialogue("nl27-reach", "nl", T, "A: Waar kan de meubelmaker u bereiken?", "C: {PHONE:06 47 19 28 3}",
              "A: Er ontbreekt een cijfer."),
    # -- a box said again; a card's halves around "okay, and the rest?" ------------------------------------------------
    _dialogue("nl27-box-again", "nl", AD, "C: We wonen nu op de {ADDR:Kortrijksesteenweg 112 bus 4}",
              "C: nee, {ADDR:bus 4} is beneden, wij zijn {ADDR:bus 6}", "A: Aangepast."),
    _dialogue("fr27-box-again", "fr", AD, "C: C'est {ADDR:avenue Louise 230 boîte 12}, {PC:1050} Ixelles",
              "C: pardon, {ADDR:boîte 21}.", "A: C'est corrigé."),
    _dialogue("en27-card-okay", "en", S, "A: Which card for the deposit?", "C: Mastercard, {CARD:5817 5604}",
              "A: {CARD:5817 5604}, okay, and the rest?", "C: {CARD:8063 5817}, expires 04/29.", "A: Thanks."),
    # -- an ID begun after "my ID for ... is"; someone's number in two pieces ------------------------------------------
    _dialogue("en27-my-id", "en", S, "C: my ID for the payment plan is {IL:1392}", "C: {IL:74484} sorry, the dog",
              "A: Got it."),
    _dialogue("fr27-someones-number", "fr", S, "C: bonjour, le numéro de ma sœur pour la livraison : {PHONE:450 812}",
              "A: Oui, la suite?", "C: {PHONE:-3377}, elle s'appelle {NAME:Josée}", "A: Parfait."),
    # -- a mistyped card paid with; a house corrected after "לא רגע" ---------------------------------------------------
    _dialogue("fr27-pay-with", "fr", T, "C: je paie avec {CARD:4937 8657 9754 3231}",
              "A: Le paiement est refusé, le numéro n'est pas bon."),
    _dialogue("he27-charge", "he", T, "C: תחייבו את {CARD:7937 8657 9754 3231}", "A: העסקה נדחתה, המספר לא תקין."),
    _dialogue("he27-house-swapped", "he", AD, "C: תביאו את הכוורות ל{ADDR:רחוב הזית 27}, בכפר ויתקין",
              "C: לא רגע, {ADDR:72}. {ADDR:27} זה השכנים", "A: אז {ADDR:הזית 72}."),
    # -- a Hebrew pet form of a name -----------------------------------------------------------------------------------
    _dialogue("he27-pet-form", "he", CN, "C: זה מתנה ליום ההולדת של {NAME:תמר}, אפשר להוסיף פתק?", "A: בטח. מה לכתוב?",
              "C: \"אוהבים אותך {NAME:תמרי}\""),
    # -- look-alikes: the company's people and its line ----------------------------------------------------------------
    _dialogue("nl27-technieker", "nl", K, "A: Technieker {keep:Jens} komt donderdag de bekleding opmeten.",
              "C: Goed."),
    _dialogue("fr27-we-send", "fr", K, "C: ça coule encore",
              "A: On envoie {keep:Kevin} demain matin, c'est sous garantie."),
    _dialogue("fr27-at-the-depot", "fr", K, "A: La caution est rendue après le contrôle par {keep:Audrey} au dépôt.",
              "C: D'accord."),
    _dialogue("fr27-call-you-back", "fr", K, "C: Je vérifie ce soir et je vous rappelle au {keep:01 84 88 52 10}?",
              "A: Oui, c'est bien notre ligne."),
]
