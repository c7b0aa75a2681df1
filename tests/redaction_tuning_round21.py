"""The twenty-third tuning batch: a phone asked for as "the number" someone will call (also with a Hebrew plural,
"הטלפונים"); a work number begun at the end of a segment; a number that starts a sentence after the sentence that
named it; the rest of a phone after a dash; a card named by the customer though the question was about the order; a
name with Polish letters; the name an invoice goes in; a son-in-law; a flat by its number, a house by its name with
its road; an IBAN for a direct debit that fails its check; a name corrected one letter off; a Hebrew date of birth
with its day as an ordinal. Look-alikes: the agent's own name after "met" or "you're through to", a fitter named by
his work, an incident number that passes the BSN check, a Hebrew word after "השם שלי", a square named like the
customer.

Written before the twenty-first round of conversation-aware redaction, after held-out batch 20 had been scored and
spent, in sectors no batch had used (a locksmith, a boat-hire firm, a dental practice, a window cleaner). Batch 20's
values leaked where the agent asked "C'est quoi le numéro pour la liste d'appel ?" or "מה המספר שהמוקד יתקשר
אליו?" (no word of either was read as asking for a phone), where "mijn eigen werknummer graag, 06 51" ended a
segment, where "... כמספר שני למוקד. 04-8" followed a sentence naming the monitoring centre, where "-9164" went on
"647 382", where "Met de creditcard." came after a question about a smoke-detector pack, where the CRM's
"Wiśniewska" was not matched (its "ś" came apart from its accent and the name no longer matched itself), where "mon
gendre Raphaël Benhamou" was not read as a relation, at "Flat 1/2" and "Knockbrack House, Ballinamult Road", at a
mistyped Irish IBAN for a direct debit, at "pas Diaye" after "Ndiaye", and at "שני במרץ שבעים ואחת". Its look-alikes
were changed at "Vigilo Beveiliging, met Noor", "you're through to Megan", "monteur Thomas" and "incidentnummer
299871617". These dialogues say the same things in other words.

Before that round, on these 22 dialogues (26 gold spans, 13 look-alikes): PHONE 0.64 (11), NAME 0.57 (7), ADDRESS
0.33 (3), CARD 0.50 (2), IBAN 0.00 (1), DATE_OF_BIRTH 0.00 (1), POSTCODE 1.00 (1); spurious findings 10 of 24,
look-alikes changed 9 of 13. After: every kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, SP, B, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

TWENTY_THIRD: list[Dialogue] = [
    # -- "the number" someone will call, in each language -------------------------------------------------------------
    _dialogue("nl23-number-to-call", "nl", B, "A: Wie moet de slotenmaker bellen als hij voor de deur staat? Dan zet "
              "ik dat nummer op de opdracht.", "C: {PHONE:06 38 41 27 95}"),
    _dialogue("en23-number-to-call", "en", B, "A: And the number the skipper should call if the weather turns?",
              "C: {PHONE:07700 918 243}"),
    _dialogue("fr23-number-to-call", "fr", T, "A: C'est quel numéro pour la liste de rappel du cabinet ?",
              "C: {PHONE:06 12 48 57 3}", "A: Il manque un chiffre, je crois."),
    _dialogue("he23-number-to-call", "he", B, "A: מה המספר שלך לרשימת הטלפונים של המרפאה?", "C: {PHONE:052-7419386}"),
    _dialogue("he23-number-will-call", "he", SP, "A: השליח צריך להתקשר אלייך כשהוא למטה. תני לי מספר?",
              "C: {PHONE:אפס חמישים וארבע, שש, שלושים ושתיים, ארבעים, תשעים ואחת}"),
    # -- a number begun at the end of a segment, after a work number or a sentence naming it; the rest after a dash ----
    _dialogue("nl23-work-number", "nl", S, "C: zet er mijn werknummer bij, {PHONE:06 47}",
              "C: sorry, te snel verstuurd. {PHONE:28 19 53}", "A: Staat erbij."),
    _dialogue("he23-sentence-before", "he", S, "C: תוסיפו את הטלפון של העבודה כמספר נוסף למרפאה. {PHONE:03-6}",
              "A: כן, תמשיך.", "C: {PHONE:128457}"),
    _dialogue("en23-dash-rest", "en", S, "C: can you swap my contact number? it's {PHONE:416 555}",
              "C: {PHONE:-0192}. bus went over a pothole", "A: Updated."),
    # -- a card the customer names, the question about the order ------------------------------------------------------
    _dialogue("nl23-card-named", "nl", SP, "A: Het reservepakket met twee sleutels komt op €48. Hoe rekent u af?",
              "C: Met mijn creditcard. {CARD:Tweeënveertig, zesentachtig, vijfenveertig, achtenzeventig... eh... "
              "vijfenzestig, zesenzeventig, veertig, twaalf}."),
    _dialogue("fr23-card-named", "fr", S, "A: Le forfait détartrage est à 65 €. Vous réglez comment ?",
              "C: Par carte bancaire : {CARD:5255 5943 1212 6520}"),
    # -- names: Polish letters, the name an invoice goes in, a son-in-law, one letter off ------------------------------
    _dialogue("nl23-polish-letters", "nl", CN, "A: Op welke naam moet de offerte?",
              "C: Op mijn naam, {NAME:Wróblewska}.",
              crm={"customer": {"first_name": "Bożena", "last_name": "Wróblewska"}}),
    _dialogue("fr23-son-in-law", "fr", CN, "C: Mon gendre {NAME:Anselme Fournier} viendra récupérer le bateau samedi.",
              "A: Très bien, je le note."),
    _dialogue("en23-one-letter-off", "en", CN, "A: How is the surname spelled on your card?",
              "C: It's {NAME:Kowalski}, with an i at the end, not {NAME:Kowalsky}."),
    # -- a flat by its number, a house by its name with its road -------------------------------------------------------
    _dialogue("en23-flat-alone", "en", AD, "A: Which address is it for the window cleaning?",
              "C: {ADDR:22 Lennox Street}.", "A: A flat?", "C: Yes, {ADDR:Flat 3/1}, top floor, {PC:G20 7LR}."),
    _dialogue("en23-house-road", "en", AD, "C: The boat is kept at home now: {ADDR:Ashgrove Lodge, Carrigmore Road}.",
              "A: Thanks, the surveyor will come on {keep:Friday}."),
    # -- an IBAN for a direct debit that fails its check; a Hebrew date of birth with its ordinal day ------------------
    _dialogue("en23-debit-iban", "en", T, "A: You wanted to pay the retainer by direct debit?",
              "C: Yes, {IBAN:IE92 AIBK 9311 5212 3456 78}", "A: That one doesn't check out, could you look again?"),
    _dialogue("he23-ordinal-dob", "he", B, "A: ומה תאריך הלידה?", "C: {DOB:שלישי ביוני שמונים ושבע}."),
    # -- look-alikes: the agent's own name, a fitter, an incident number, a Hebrew word, a square ----------------------
    _dialogue("nl23-met-agent", "nl", K, "A: Slotenservice Noord, met {keep:Floor}. Waarmee kan ik helpen?",
              "C: Dag {keep:Floor}, met {NAME:Henk Brouwer}, mijn voordeur klemt.", "A: Daar komt {keep:monteur Jesse} "
              "voor langs, de vorige keer was het {keep:monteur Bram}."),
    _dialogue("en23-through-to", "en", K, "A: Harbour Boats, you're through to {keep:Callum}. What can I do for you?",
              "C: Hi {keep:Callum}, the engineer, {keep:Dave}, fixed the outboard brilliantly last week."),
    _dialogue("nl23-incident", "nl", K, "C: Is incidentnummer {keep:956739222} van de inbraak al afgesloten?",
              "A: Ja, incident {keep:956739222} is gesloten. Het rapport staat klaar."),
    _dialogue("he23-name-written", "he", CN, "C: השם שלי {keep:רשום} לא נכון במכתב.", "A: איך צריך לכתוב?",
              "C: {NAME:גולדשטיין}, עם י'."),
    _dialogue("nl23-square", "nl", K, "C: Ik ben {NAME:Marcel Markus}. De praktijk zit toch aan {keep:de Markt}?",
              "A: Klopt, {keep:Markt 4}, boven de bakker."),
]
