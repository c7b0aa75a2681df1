"""The eighteenth tuning batch: given names of callers from more places, a family's business named with the
customer's surname, a Hebrew name spelled with a geresh, a mistyped card after "pay ... on" or "בכרטיס", and a date
of birth the agent reads back in the sentence after asking for it.

Written before the sixteenth round of conversation-aware redaction, after held-out batch 15 had been scored and
spent, in sectors no batch had used (a piano removals firm, a fishing-tackle shop, a sign-language interpreter
agency, a hot-air balloon flight). Batch 15's values leaked where a first name was not yet on the list (Turkish,
Moroccan, Frisian, Māori, Chinese, Spanish, Nigerian, Ethiopian, Russian and Arab names, "ג'ורג'" with its
geresh), where a card that failed its check followed "pay ... on" or "בכרטיס", and where the agent asked for the
date of birth and read it from the record in the next sentence ("I have the 7th of November 1984"). Its look-alikes
were changed where the customer's surname named their family's business ("Lejeune & Fils", "Bankole CPA",
"Hoveniersbedrijf Van Beek"). These dialogues say the same things in other words.

Before that round, on these 10 dialogues (15 gold spans, 8 look-alikes): NAME 0.30 (10), CARD 0.00 (2),
DATE_OF_BIRTH 0.50 (2), PHONE 1.00 (1); spurious findings 4 of 9, look-alikes changed 2 of 8 (the family
businesses). After: every kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import CN, CR, Dialogue, K, T
from redaction_dialogues import dialogue as _dialogue

EIGHTEENTH: list[Dialogue] = [
    # -- given names of callers from more places, with no cue ---------------------------------------------------------
    _dialogue("nl18-names", "nl", CN, "C: De piano gaat naar mijn moeder. {NAME:Arda} en {NAME:Hylke} helpen met "
              "dragen, en {NAME:Rachida} doet open.", "A: Prima, de verhuizers komen {keep:dinsdag}."),
    _dialogue("en18-names", "en", CN, "C: My nephew {NAME:Mateo} is flying with us, and {NAME:Folasade} from "
              "work will take photos.", "A: Lovely, the balloon lifts off at {keep:6:15}."),
    _dialogue("he18-names", "he", CN, "C: את הפגישה יתרגם {NAME:ולדימיר}, ואם הוא חולה אז {NAME:אלמז}.",
              "A: רשמתי, {keep:יום רביעי} ב-{keep:10:00}."),
    _dialogue("he18-geresh", "he", CN, "C: החכה לחתן, {NAME:ג'ורג' עבוד}, תגיע לחנות?",
              "A: כן, עד {keep:יום חמישי}."),
    # -- a family's business named with the customer's surname ------------------------------------------------------
    _dialogue("fr18-family-firm", "fr", K, "C: Bonjour, {NAME:Hugues Delvaux} pour {keep:Delvaux & Fils}, on "
              "déménage un piano à queue.", "A: Très bien, le devis part ce soir.",
              crm={"customer": {"first_name": "Hugues", "last_name": "Delvaux"}}),
    _dialogue("en18-family-firm", "en", K, "C: Please invoice {keep:Okonkwo CPA}, not me.",
              "A: Will do, Mr {NAME:Okonkwo}.", crm={"customer": {"first_name": "Chidi", "last_name": "Okonkwo"}}),
    # -- a mistyped card after "pay ... on" or "בכרטיס" ---------------------------------------------------------------
    _dialogue("en18-pay-on", "en", T, "C: i'll pay the £35 deposit on {CARD:4916 3385 2201 7745}",
              "A: That one was declined, could you check the digits?"),
    _dialogue("he18-card-prefix", "he", T, "C: אפשר לשלם על החכה בכרטיס {CARD:5412 7534 0098 2261}?",
              "A: הכרטיס לא עבר, אולי התחלפו ספרות."),
    # -- a date of birth the agent reads back in the sentence after asking for it --------------------------------------
    _dialogue("en18-dob-readback", "en", CR, "A: For the balloon insurance I need to confirm your date of birth. "
              "I have {DOB:3 May 1961}.", "C: Correct.", crm={"customer": {"date_of_birth": "1961-05-03"}}),
    # -- a look-alike: a model and a date after a birth question's answer ----------------------------------------------
    _dialogue("nl18-after-birth", "nl", K, "A: Wat is uw geboortedatum? Uw vlucht staat op {keep:12 juni 2026}.",
              "C: {DOB:4 april 1970}, en bel me op {PHONE:06 18 27 36 45}."),
]
