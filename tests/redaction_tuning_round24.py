"""The twenty-sixth tuning batch: a number announced in a segment of its own ("new mobile number for the texts"),
then dictated in the next ones; a number broken off and taken back ("... no, I'll start again") said anew in the next
segment; a phone a digit short beside a word for reaching someone; a name shown as it was wrongly written ("it says
O'Kelly"); a house number corrected by its digits swapped in a later turn; "Mijn naam is verkeerd geschreven" (the
words after a name cue are no name). Look-alikes: the company's partner firm, its designer or bookkeeper named by
their work or team, a colleague who "will call you", the agent's "Lotte hier", a public figure with a possessive, an
order number said before a number that looks like a phone, a door code after the address, the company's lab asked
about its opening hours.

Written before the twenty-fourth round of conversation-aware redaction, after held-out batch 23 had been scored and
spent, in sectors no batch had used (a piano tuner, a bakery subscription, a kayak school, a print shop). Batch 23's
phones and Israeli IDs leaked where the customer announced the number in a segment without digits ("hi, new cell
number for pickup alerts", "ok sending my ID number", "שולחת ת\"ז"), where a restart after "nee, wacht even, ik
begin opnieuw" was joined to the broken-off piece, and at "06 19 47 38 2, daar ben ik overdag op te bereiken". Its
names leaked at "Er staat nu Deker", "it says O'Kelly" and "Vous avez mis Watara", and "My name's spelt wrong" gave
"spelt" as a name. Its look-alikes were changed at "onze partner Fintora", "Onze ontwerper Jesse", "Lotte hier",
"Evelien van de boekhouding", "Stuart will call you", "Lewis Hamilton's helmet", an order number that looked like a
phone, "Code 4827B" and "het lab op de Cartesiusweg 90". These dialogues say the same things in other words.

Before that round, on these 19 dialogues (24 gold spans, 13 look-alikes): PHONE 0.43 (7), IL_ID 0.00 (4), NAME 0.33
(6), ADDRESS 1.00 (3), POSTCODE 1.00 (1); spurious findings 10 of 20, look-alikes changed 8 of 13. After: every kind
1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

TWENTY_SIXTH: list[Dialogue] = [
    # -- a number announced in a segment of its own, then dictated -----------------------------------------------------
    _dialogue("en26-announced", "en", S, "C: got a new mobile number for the bread texts", "C: {PHONE:(416) 902}",
              "A: Mm-hmm?", "C: {PHONE:-7731}", "A: Saved, thanks."),
    _dialogue("nl26-announced", "nl", S, "C: ik stuur even mijn nieuwe nummer voor de stemafspraak",
              "C: {PHONE:06 52 8}",
              "C: {PHONE:1 44 90} sorry, trein", "A: Top, staat erin."),
    _dialogue("he26-announced", "he", S, "C: שולח מספר תעודת זהות בשביל ההרשמה", "C: {IL:1392}", "C: {IL:74484}",
              "A: תודה, קיבלתי."),
    _dialogue("fr26-announced", "fr", S, "C: voici mon numéro de teoudat zehout pour le dossier", "C: {IL:1245}",
              "C: {IL:83634} pardon, envoyé trop tôt", "A: Merci."),
    # -- broken off, taken back, said anew -----------------------------------------------------------------------------
    _dialogue("nl26-restart", "nl", S, "A: Op welk nummer mag de stemmer bellen?",
              "C: Op {PHONE:nul zes, eenenveertig, tweeëntachtig}... nee, sorry, ik begin opnieuw.",
              "C: {PHONE:nul zes, eenenveertig, achtentwintig, dertig, vijftien}.", "A: Genoteerd."),
    # -- a phone a digit short beside a word for reaching someone ------------------------------------------------------
    _dialogue("nl26-phone-short", "nl", T, "C: Met {NAME:Anke Visser}, voor de bakfietsles: {PHONE:06 41 28 93 7}, "
              "daar ben ik altijd bereikbaar.", "A: Ik tel negen cijfers, mevrouw {NAME:Visser}, er mist er een."),
    # -- a name shown as it was wrongly written; words after a name cue that are no name -------------------------------
    _dialogue("en26-it-says", "en", CN, "C: My name's spelt wrong on the kayak certificate.",
              "A: Sorry, how should it be?",
              "C: {NAME:Eoin Ó Dálaigh}.", "A: And it says {NAME:O'Daly} right now, I'll fix it."),
    _dialogue("nl26-er-staat", "nl", CN, "C: Mijn naam is verkeerd geschreven op de factuur.",
              "A: Excuses. Hoe moet het?", "C: {NAME:Bakkers}, met een s. Er staat nu {NAME:Bakker}."),
    # -- a street alone in a segment is no aside: the house number after it is its own ---------------------------------
    _dialogue("nl26-street-segment", "nl", AD, "C: we zijn verhuisd, ons nieuwe adres is", "C: {ADDR:Kloosterweg}",
              "C: {ADDR:88B}, achterom graag", "A: Genoteerd: {ADDR:Kloosterweg 88B}."),
    # -- a house number corrected by its digits swapped, in a later turn -----------------------------------------------
    _dialogue("fr26-swapped-later", "fr", AD, "C: Livrez le pain au {ADDR:26 rue Pasteur}, merci.",
              "A: J'ai une autre adresse au dossier...", "C: Oh oui, pardon, {ADDR:62}. Je mélange toujours."),
    # -- look-alikes: the company's partner and staff, a public figure, an order number, a door code, the lab ----------
    _dialogue("nl26-partner", "nl", K, "A: Voor de huurkoop van de piano kijkt onze partner {keep:Pianova} even mee.",
              "C: Prima."),
    _dialogue("nl26-designer", "nl", K,
              "A: Onze vormgever {keep:Sanne} maakt het ontwerp, {keep:Sanne} mailt u vrijdag.",
              "C: Fijn."),
    _dialogue("en26-team", "en", K, "A: I'll ask {keep:Priyanka} from the billing team to check it.", "C: Thanks."),
    _dialogue("en26-will-call", "en", K, "A: Lovely. {keep:Callum} will ring you on Tuesday about the tuning.",
              "C: Great."),
    _dialogue("nl26-hier", "nl", K, "A: Bakkerij Zoet, goedemorgen, {keep:Femke} hier.", "C: Hoi {keep:Femke}."),
    _dialogue("en26-public-possessive", "en", K, "C: Can you print a poster of {keep:Emma Raducanu}'s winning shot?",
              "A: Yes, A2 costs {keep:£19}."),
    _dialogue("en26-order-before", "en", K, "C: Is this my order number? I have {keep:07734 119204} on the receipt.",
              "A: Yes, that's the order number in the old format."),
    _dialogue("fr26-door-code", "fr", AD, "C: C'est au {ADDR:4 rue des Tanneurs}, {PC:67000}. Code {keep:2391A}, "
              "deuxième étage.", "A: Parfait."),
    _dialogue("nl26-lab-open", "nl", K, "C: Tot hoe laat is het atelier op de {keep:Industrieweg 14} open?",
              "A: Tot {keep:17:00}."),
]
