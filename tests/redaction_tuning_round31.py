"""The thirty-third tuning batch: a first name the agent brings up on their own, that nobody on the call has said, as
the company's person the agent plans around ("Ik zet u bij Daan", "You'll see Imogen on Monday", "je le note pour
Bastien", "if Callum has to move your slot", "Clément vous montrera", "קובעת אצל יעל", "I'll pass that on to
Oliver"); an e-mail named as the place an order's number stands ("the booking reference in the confirmation email?",
"le numéro dans l'e-mail ?", "מספר ההזמנה במייל?"), so a phone-shaped reference given in answer is kept; "mobiel"
naming a phone where the question also names the customer's file ("Welk mobiel nummer mag op uw klantkaart?"); the
piece of a number that ends with more to come ("then", "en dan nog", "sorry, sent it too early") or is prompted by
"ועוד?", so the last piece, with a sentence of its own after it, is still part of the number.

Written before the thirty-first round of conversation-aware redaction, after held-out batch 30 (a physiotherapy
practice chain) had been scored and spent, in sectors no batch had used (a piano tuner, a dog groomer, a chimney
sweep, a tattoo studio). Batch 30's look-alikes were changed at the practice's therapists named by the agent alone
in all four languages ("bij Koen", "see Priya", "pour Mathilde", "אצל דנה": 15 of its 18) and at an order number
shaped like a phone after "in the email" (the other 3); its values leaked at the last piece of an IBAN or a phone
after "en dan nog", "then", "ועוד?" or "sorry hit send too early", and at a Dutch mobile number a digit short asked
for "op het dossier". What it also showed and this round leaves: a street said without its number before the
agent asks for it ("Ik woon nu aan de ...", "זה רחוב ..."), a Hebrew doctor by title and surname, a name after
"a colleague of mine," in apposition, a date of birth in French words, an IBAN refunded to with a bad checksum.

Before that round, on these 18 dialogues (15 gold spans, 31 look-alikes): PHONE 0.50 (6), IBAN 0.67 (9); spurious
findings 12 of 21, look-alikes changed 12 of 31. After: every kind 1.00, no spurious finding, no look-alike changed.
A name the agent gives the customer ("your husband Marcus", "Spreek ik met Femke?") stays a name, as before: the
spent batches hold such lines, so none is repeated here.
"""

from __future__ import annotations

from redaction_dialogues import SP, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

THIRTY_THIRD: list[Dialogue] = [
    # the company's person, named by the agent alone, nobody on the call having said the name
    _dialogue("nl33-bij", "nl", K, "C: De piano is weer vals, kan er iemand komen stemmen?",
              "A: Ik zet u bij {keep:Daan}, hij kan {keep:dinsdag} om {keep:14.00 uur}."),
    _dialogue("en33-see", "en", K, "C: My spaniel needs a full groom before the show.",
              "A: No problem, you'll see {keep:Imogen} on {keep:Monday} at {keep:9am}, {keep:£48}."),
    _dialogue("fr33-note-pour", "fr", K, "C: Le conduit de la cheminée fume encore après le ramonage.",
              "A: Je le note pour {keep:Bastien}, il repasse {keep:jeudi}."),
    _dialogue("en33-if-moves", "en", K, "A: What's the best way to reach you if {keep:Callum} has to move your slot?",
              "C: Email's fine, it's on the booking.", "A: Great, that's all set for {keep:Friday}."),
    _dialogue("fr33-montrera", "fr", K, "C: Je voudrais un deuxième rendez-vous pour finir le tatouage.",
              "A: D'accord, et {keep:Clément} vous montrera le dessin final {keep:samedi}, c'est {keep:80 €}."),
    _dialogue("he33-etsel", "he", K, "C: אפשר לקבוע תספורת לכלבה?",
              "A: כן, אני קובעת אצל {keep:יעל} ביום {keep:שלישי}."),
    _dialogue("nl33-ziek", "nl", K, "A: Wat doen we als {keep:Sietske} ziek is, mag een collega de vleugel stemmen?",
              "C: Prima, als het maar voor de {keep:15e} gebeurt."),
    # the e-mail as where the order's number stands: the number given is no phone
    _dialogue("en33-ref-in-email", "en", K, "C: My appointment deposit was taken twice.",
              "A: What's the booking reference in the confirmation email?", "C: {keep:07833 214960}",
              "A: I see it, {keep:£30} refunded today."),
    _dialogue("fr33-dans-mail", "fr", K, "C: Je n'ai pas reçu la brosse commandée.",
              "A: Le numéro de commande dans l'e-mail ?", "C: {keep:07 44 18 26 93}", "A: Elle part {keep:demain}."),
    _dialogue("he33-bamail", "he", K, "C: הזמנתי מברשת לארובה ולא הגיעה.", "A: מה מספר ההזמנה במייל?",
              "C: {keep:0527731846}", "A: נשלחה {keep:אתמול}."),
    _dialogue("nl33-in-mail", "nl", K, "C: Ik heb twee keer betaald voor de stembeurt.",
              "A: Welk ordernummer staat in de e-mail?", "C: {keep:0614 882 071}", "A: Ik zie het, u krijgt "
              "{keep:€95} terug."),
    # "mobiel" with the customer's file named
    _dialogue("nl33-mobiel-klantkaart", "nl", SP, "A: Welk mobiel nummer mag op uw klantkaart?",
              "C: {PHONE:06 41 83 27 9}", "A: Ik tel negen cijfers, mist er een?", "C: Even kijken."),
    # a piece of a number that says more is coming, or a prompt for the rest
    _dialogue("en33-then", "en", S, "A: I'll need your IBAN for the monthly plan.", "C: {IBAN:IE71 BOFI}",
              "A: Yes?", "C: {IBAN:9005 1738} then", "A: Go on.",
              "C: {IBAN:4417 62}. Is that {keep:£25} a month?"),
    _dialogue("nl33-en-dan-nog", "nl", S, "A: Voor de incasso heb ik uw IBAN nodig.", "C: {IBAN:NL38 RABO}",
              "A: Ja.", "C: {IBAN:0351 6627} en dan nog", "A: Ja?", "C: {IBAN:94}. Dat is toch {keep:€12} per maand?"),
    _dialogue("he33-veod", "he", S, "A: אני צריכה את מספר ה-IBAN להוראת הקבע.", "C: {IBAN:IL47 0108}",
              "A: כן?", "C: {IBAN:3300 5129}", "A: ועוד?", "C: {IBAN:6044 271}. זה {keep:120 ₪} לחודש?"),
    _dialogue("en33-too-early", "en", S, "C: my new mobile is {PHONE:07852}", "A: Go on.",
              "C: {PHONE:331} sorry sent it too early", "C: {PHONE:640}", "A: Saved for your reminders."),
    _dialogue("fr33-et-puis", "fr", S, "A: Votre numéro de portable ?", "C: {PHONE:06 27 48} et puis",
              "A: Oui ?", "C: {PHONE:93 15}. C'est pour le rappel du rendez-vous ?", "A: Exactement."),
    # a colleague the agent hands the matter to
    _dialogue("en33-pass-to", "en", K, "C: The outline on my forearm has faded in one spot.",
              "A: I'll pass that on to {keep:Oliver}, touch-ups within {keep:six weeks} are free."),
]
