"""The twenty-fifth tuning batch: a phone begun at a segment's end after the sentence that names it; a number's halves
around a short aside segment; a house number corrected after a question mark; Dutch streets in "-einde" and
"-streek"; a British house by its name with its village and postcode; a name after "he's" at the end of a sentence
about a relative; a CRM first name that is also a verb; a French "lieu-dit"; an ID's end after "finit toujours par";
a mistyped card said with its word; a moshav homestead by its number. Look-alikes: a driver the agent names after
"blijft", a driver the customer names right after giving their own name, a receipt number that passes the Israeli
ID check.

Written before the twenty-third round of conversation-aware redaction, after held-out batch 22 had been scored and
spent, in sectors no batch had used (a climbing gym, a sailing school, a bike-lease firm, a home-care agency). Batch
22's values leaked where "nieuwe telefoon, het oude nummer werkt niet meer. nieuw is 06 19" ended a segment, where
"oeps, enter" came between the halves of a BSN, at "Bonenburgerweg 46? Nee wacht, 64", at "Noordeinde" and
"Molenstreek 3", at "Pencoed Farm, Ffostrasol, SA44 5JX", at "he's Frank Holt" (and "I hope" was taken for the
customer Hope), at "lieu-dit Les Chazeaux", at "finit toujours par 337", at a mistyped card after "כרטיס" and at
"למשק 41". Its look-alikes were changed at "Uw chauffeur blijft Marco", "Our driver Seán" and two receipt numbers.
These dialogues say the same things in other words.

Before that round, on these 15 dialogues (23 gold spans, 8 look-alikes): ADDRESS 0.33 (9), NAME 0.67 (6), PHONE 0.50
(2), BSN 0.50 (2), CARD, IL_ID and POSTCODE 1.00; spurious findings 5 of 18, look-alikes changed 4 of 8. After: every
kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

TWENTY_FIFTH: list[Dialogue] = [
    # -- a phone named the sentence before; halves around a short aside ------------------------------------------------
    _dialogue("nl25-phone-before", "nl", S, "C: ik heb een ander mobiel nummer sinds vorige week. het is {PHONE:06 83}",
              "C: {PHONE:27 19 40}", "A: Aangepast voor uw leasefiets."),
    _dialogue("nl25-bsn-aside", "nl", S, "A: Voor de zorgindicatie heb ik uw BSN nodig.", "C: {BSN:6281}",
              "C: te vroeg op enter", "C: {BSN:94821}", "A: Dank u, genoteerd."),
    # -- a house corrected after a question mark; Dutch streets in -einde and -streek ----------------------------------
    _dialogue("nl25-house-question", "nl", AD,
              "C: Komt de zorgverlener naar {ADDR:Lindenlaan 27}? Nee sorry, {ADDR:72}.",
              "A: Dus {ADDR:Lindenlaan 72}, prima."),
    _dialogue("nl25-einde", "nl", AD, "A: Naar welk adres mag de fiets?", "C: {ADDR:Westeinde}",
              "C: {ADDR:18b}, achterom via het steegje", "A: Genoteerd."),
    _dialogue("nl25-streek", "nl", AD, "C: Mijn vader wil ook zorg. {NAME:Klaas Bakker}, {ADDR:Dorpsstreek 12}, "
              "{PC:9351 PB}.", "A: Ik maak een intake aan voor meneer {NAME:Bakker}."),
    # -- a house by its name with its village and postcode; a French lieu-dit; a moshav homestead ----------------------
    _dialogue("en25-house-village", "en", AD, "C: Please send the sailing kit to {ADDR:Tanyrallt Barn, Llanfihangel}, "
              "{PC:SY20 9LA}.", "A: It goes out {keep:Monday}."),
    _dialogue("fr25-lieu-dit", "fr", AD, "C: On habite maintenant au {ADDR:lieu-dit la Combe Rousse}, après le pont.",
              "A: Très bien, le moniteur passera {keep:jeudi}."),
    _dialogue("he25-moshav", "he", AD, "C: את האופניים תביאו ל{ADDR:משק 17}, ליד הרפת.", "A: בסדר, ביום {keep:ראשון}."),
    # -- a name after "he's"; a CRM first name that is also a verb -----------------------------------------------------
    _dialogue("en25-hes-name", "en", CN, "C: I will try to be home, but the key is with my neighbour and she's "
              "{NAME:Moira Grant}.", "A: I'll note {NAME:Moira Grant} for the key.",
              crm={"customer": {"first_name": "Will", "last_name": "Ogunleye"}}),
    # -- an ID's end; a card mistyped, said with its word --------------------------------------------------------------
    _dialogue("fr25-id-end", "fr", CR, "A: Votre dossier est bien au nom de madame {NAME:Sebbag} ?",
              "C: Oui, et ma teoudat zehout finit toujours par {IL:190}.",
              crm={"customer": {"first_name": "Léa", "last_name": "Sebbag", "id_number": "993518190"}},
              secret=("993518190",)),
    _dialogue("en25-card-word", "en", T, "C: card {CARD:4937 8657 9754 3231} for the belay course",
              "A: That number doesn't go through, could you check it?"),
    # -- look-alikes: drivers, a receipt number ------------------------------------------------------------------------
    _dialogue("nl25-driver-stays", "nl", K, "C: Wordt het een andere bezorger nu?",
              "A: Nee hoor, uw bezorger blijft {keep:Mehmet}."),
    _dialogue("en25-driver-after-name", "en", CN, "A: And who am I speaking to?",
              "C: {NAME:Orla}, his daughter. The driver {keep:Declan} always rings the bell twice."),
    _dialogue("en25-receipt", "en", K, "C: the receipt number is {keep:993518190}, did the payment go through?",
              "A: Yes, received on the {keep:4th}."),
    _dialogue("he25-receipt", "he", K, "C: מספר קבלה {keep:993518190}, התשלום עבר?", "A: כן, עבר."),
]
