"""The twenty-second tuning batch: a card the customer offers to pay with, dictated after the agent asks for "the
number"; the agent's read-back of its first half with a prompt to go on; a house number said again in a short
sentence; a street given after its number; an Israeli ID named with the contract it is for; an IBAN after "הוראת
הקבע"; the agent's own name after "ge spreekt met" or "c'est"; a warranty number and a parking space as look-alikes.

Written before the twentieth round of conversation-aware redaction, after held-out batch 19 had been scored and
spent, in sectors no batch had used (a solar-panel cleaner, a piano-lesson school, a bike-courier firm, a home-brewing
supplier). Batch 19's values leaked where the customer asked to pay by card and the agent said "send the number" (its
two halves came in two messages), where the agent read the first half back with "La suite ?" or "תמשיך", where the
customer confirmed "Ja, 86." in a longer turn, where "Heol y Nant" followed "Number 9", where "תעודת הזהות שלי לחוזה
היא" came before a mistyped ID, and where a mistyped IBAN followed "הוראת הקבע". Its look-alikes were changed at a
warranty number that passed the Israeli ID check, a parking space ("Plaats 47", "Place 58") and the agent's own name
after "ge spreekt met" and "c'est". These dialogues say the same things in other words.

Before that round, on these 12 dialogues (24 gold spans, 9 look-alikes): CARD 0.64 (11), ADDRESS 0.71 (7), IBAN 0.00
(1), IL_ID 0.00 (1), NAME 1.00 (2), POSTCODE 1.00 (2); spurious findings 6 of 22, look-alikes changed 5 of 9. After:
every kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

TWENTY_SECOND: list[Dialogue] = [
    # -- a card offered, "the number" asked for, dictated in two halves, the first read back --------------------------
    _dialogue("nl22-card-offered", "nl", S, "C: mag ik de les van vorige week met mijn bankkaart betalen",
              "A: Natuurlijk, typ het nummer maar hier.", "C: {CARD:5376 1290}",
              "C: {CARD:4418 2634} geldig tot 04/29", "A: Betaald, dank u."),
    _dialogue("en22-card-offered", "en", S, "C: can I settle the £22 courier fee by card in the chat?",
              "A: Sure, send the number when you're ready.", "C: {CARD:4556 0123}",
              "A: {CARD:4556 0123}, yes? Carry on.", "C: {CARD:8847 7122} exp 07/28", "A: All paid, thanks."),
    _dialogue("fr22-card-offered", "fr", S, "C: je peux régler le nettoyage des panneaux par carte ?",
              "A: Oui, donnez-moi le numéro.", "C: {CARD:4023 8816}", "A: {CARD:4023 8816}, c'est ça ? La suite ?",
              "C: {CARD:6531 2078} expiration 12/27", "A: Merci, c'est réglé."),
    _dialogue("he22-card-offered", "he", S, "C: אפשר לשלם על הערכה בכרטיס אשראי?", "A: כן, תשלחי את המספר.",
              "C: {CARD:5178 4390}", "A: {CARD:5178 4390}, נכון? תמשיכי.", "C: {CARD:2276 6518} תוקף 03/30",
              "A: תודה, התשלום עבר."),
    # -- a house number said again, a street after its number ----------------------------------------------------------
    _dialogue("nl22-house-again", "nl", AD, "A: Op welk adres komt de pianoleraar?",
              "C: {ADDR:Hoofdstraat 41}. Nee wacht, {ADDR:14}. Ik verwar het altijd.",
              "A: Dus {ADDR:Hoofdstraat 14}?", "C: Ja, {ADDR:14}. De bel doet het niet, kloppen graag."),
    _dialogue("en22-number-first", "en", AD, "A: What's the collection address?", "C: Number {ADDR:12}",
              "C: {ADDR:Heol Isaf}, {PC:CF72 8AA}. Side gate is open.", "A: Thanks, the rider comes at {keep:4pm}."),
    # -- an Israeli ID named with the contract; an IBAN after "הוראת הקבע" -------------------------------------------
    _dialogue("he22-id-contract", "he", T, "C: היי, תעודת הזהות שלי לחוזה היא {IL:318542796}",
              "A: המספר לא עובר את הבדיקה, אפשר לבדוק שוב?"),
    _dialogue("he22-standing-order", "he", T, "C: תעבירו את הוראת הקבע ל-{IBAN:IL62 0108 0000 0009 9999 990}",
              "A: החשבון הזה לא עובר בדיקה, אולי ספרה התחלפה?"),
    # -- the agent's own name after "ge spreekt met" or "c'est" --------------------------------------------------------
    _dialogue("nl22-own-name", "nl", K, "A: Goeiemiddag, ge spreekt met {keep:Wannes} van de fietskoeriers.",
              "C: Dag {keep:Wannes}, met {NAME:Liesbeth Claeys}, mijn pakje is niet aangekomen."),
    _dialogue("fr22-own-name", "fr", K, "A: Bonjour, c'est {keep:Maëlys}. Que puis-je faire pour vous ?",
              "C: Bonjour {keep:Maëlys}, ici {NAME:Hervé Lambert}, pour mon kit de brassage."),
    # -- look-alikes: a warranty number, a parking space ---------------------------------------------------------------
    _dialogue("en22-warranty", "en", K, "C: The warranty number on my kettle is {keep:318542769}, still valid?",
              "A: Yes, warranty {keep:318542769} runs until {keep:2028}."),
    _dialogue("nl22-parking", "nl", K, "A: Waar staat de installatie?",
              "C: In de garage onder ons gebouw, {ADDR:Vaartstraat 22 bus 3}, {PC:8500} Kortrijk. {keep:Plaats 12}, "
              "achteraan links.", "A: Genoteerd."),
]
