"""The twenty-first tuning batch: a date of birth the agent reads from the CRM in any spelling, a phone begun after a
Belgian slash or a phone noun with "for the courier is", a phone corrected as it is dictated, a card asked for as "card
details", the customer's own branch, an address read back after a title or a "so", a block letter, "where should the
engineer collect it from?", a name spelled with spaces, a first name that is an everyday word before a surname, the
end of an ID confirmed by the customer, a number offered before it is given, "nine digits" said after an ID, a street
said again with its corrected number, and a firm's name asked for.

Written before the nineteenth round of conversation-aware redaction, after held-out batch 18 had been scored and
spent, in sectors no batch had used (a violin-bow rehairing workshop, a scuba-diving centre, a wedding-cake bakery, a
sailing-boat charter). Batch 18's values leaked where the agent read the date of birth from the CRM ("we have 2
December 1994 on file", "23/08/1958", "2.11.1955", and the customer's "I put 12/02"), where "0476/" ended a segment,
where "new mobile for the engineer is 07943 28" began a phone, where a phone was corrected in the middle ("sixty, no,
sixteen"), where "kaartgegevens" were asked for, where the customer's own branch was "onze nieuwe vestiging", where
the agent read back "Dus Insulindeweg 318-H" or "mevrouw Maes. Gentsesteenweg 147 bus 2", at "blok D", at "Number 58"
after "Where should the engineer collect the machine from?", at "Z I E L I N S K I", at "Rose" before a surname, at
"Yes, 061 is correct", where "c'est pour mon numéro, j'en ai un nouveau" was answered with "Allez-y", where "nine
digits" was read as a ninth digit, and where "הרצל 17" was said again after its correction. "סטודיו גפן" was taken
for a person after "לציין שם חברה?". These dialogues say the same things in other words.

Before that round, on these 16 dialogues (39 gold spans, 9 look-alikes): PHONE 0.14 (7), CARD 0.00 (1), IL_ID 0.75
(4), DATE_OF_BIRTH 0.00 (7), NAME 0.57 (7), ADDRESS 0.60 (10), POSTCODE 1.00 (3); spurious findings 1 of 18,
look-alikes changed 1 of 9. After: every kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, SP, Dialogue, S, T
from redaction_dialogues import dialogue as _dialogue

TWENTY_FIRST: list[Dialogue] = [
    # -- a date of birth read from the CRM, in any spelling -
    _dialogue("en21-crm-dob", "en", CR, "C: the dive log app wants my birthday and says it's wrong",
              "A: We have {DOB:14 March 1987} on record. Did you type {DOB:14/03/1987}?",
              "C: I did {DOB:03/14}, my bad", "A: No worries, the boat leaves at {keep:8:30}.",
              crm={"customer": {"first_name": "Kerry", "last_name": "Walsh", "date_of_birth": "1987-03-14"}}),
    _dialogue("fr21-crm-dob", "fr", CR, "C: Le site refuse ma date de naissance.",
              "A: Nous avons le {DOB:9 janvier 1962}. Essayez {DOB:09/01/1962}.", "C: Ça passe, merci.",
              crm={"customer": {"first_name": "Odile", "last_name": "Marchal", "date_of_birth": "09/01/1962"}}),
    _dialogue("he21-crm-dob", "he", CR, "C: האפליקציה לא מקבלת את תאריך הלידה",
              "A: במערכת רשום {DOB:7.4.1979}. תנסי {DOB:07/04/1979}.", "C: הצליח, תודה",
              crm={"customer": {"first_name": "שירה", "last_name": "אלון", "date_of_birth": "1979-04-07"}}),
    # -- phones begun after a slash or "for the courier is", and corrected in the middle -----------------------------
    _dialogue("nl21-slash", "nl", S, "C: Dag, mijne gsm is veranderd, schrijf maar {PHONE:0486}/",
              "C: {PHONE:61.22.93}", "A: Merci, dat is aangepast."),
    _dialogue("en21-for-the-courier", "en", S, "C: new mobile for the courier is {PHONE:07812 44}", "A: Go on.",
              "C: {PHONE:9031} sorry, signal dropped", "A: Thanks, noted for {keep:Friday}."),
    _dialogue("en21-fix-middle", "en", SP, "C: Hi, new phone number please. {PHONE:Oh seven, seventy-seven, twenty}, "
              "no, {PHONE:twelve, thirty-four, fifty-six, seventy-eight}.", "A: Got it, thanks."),
    # -- a card asked for as card details ------------------------------------------------------------------------------
    _dialogue("nl21-card-details", "nl", T, "A: Stuurt u de kaartgegevens maar hier, meneer {NAME:Claes}.",
              "C: {CARD:4929 1234 5687 1236}", "A: Dat nummer klopt niet, er zijn cijfers omgedraaid."),
    # -- the customer's own branch, an address read back, a block letter -
    _dialogue("nl21-own-branch", "nl", AD, "A: Waar komt de tweede taart, mevrouw {NAME:Peeters}?",
              "C: In onze nieuwe zaak, {ADDR:Kanaalweg 14B}, {PC:3526 KN}. In mijn mail stond per ongeluk "
              "{ADDR:41B}.", "A: Goed dat u het zegt. Dus {ADDR:Kanaalweg 14B}, levering op {keep:3 juni}."),
    _dialogue("nl21-title-readback", "nl", AD, "C: Vanaf volgende week mag de post naar "
              "{ADDR:Brusselsesteenweg 210 bus 4}, {PC:9050} Gent.",
              "A: Dank u meneer {NAME:Claes}. {ADDR:Brusselsesteenweg 210 bus 4}, vanaf "
              "{keep:maandag}.", crm={"customer": {"first_name": "Wim", "last_name": "Claes"}}),
    _dialogue("nl21-block", "nl", AD, "A: Wat is het adres van uw werk?", "C: {ADDR:Vesaliusstraat 12 blok C}, "
              "{PC:3000} Leuven.", "A: Prima, de strijkstok komt {keep:dinsdag}."),
    _dialogue("en21-collect", "en", AD, "A: Where should the courier collect the bow from? Home or the shop?",
              "C: The shop, it's Number {ADDR:41}", "A: Thursday between {keep:9} and {keep:12} then."),
    # -- names: spelled with spaces, an everyday word before a surname -
    _dialogue("en21-names", "en", CN, "A: And the surname of your partner?",
              "C: {NAME:Wójcik}. {NAME:W O J C I K}.",
              "C: And my mum as second contact, she's {NAME:Hope} {NAME:Brennan}.",
              "A: Thanks, added.", crm={"customer": {"first_name": "Aidan", "last_name": "Brennan"}}),
    # -- the end of an ID confirmed, a number offered, "nine digits" -
    _dialogue("en21-id-end", "en", S, "A: For security, your ID number ends in {IL:482}?", "C: Yes, {IL:482} is right.",
              "A: Thanks, you have {keep:6 payments} left."),
    _dialogue("fr21-offer", "fr", SP, "C: Bonjour, c'est pour mon numéro, j'en ai un nouveau.", "A: Je vous écoute.",
              "C: {PHONE:Cinq un quatre, six six six, vingt-deux, quarante-quatre}.", "A: C'est noté."),
    _dialogue("en21-nine-digits", "en", S, "C: Here is my ID for you: {IL:2143}",
              "C: {IL:07951}, nine digits, I counted", "A: Thank you, the contract is ready."),
    # -- a street said again with its corrected number; a firm's name asked for -
    _dialogue("he21-street-again", "he", AD,
              "C: תשלחו למספנה, {ADDR:רחוב ביאליק 41}, לא רגע, {ADDR:14}. {ADDR:ביאליק 14}.",
              "A: בסדר. לציין שם חברה?", "C: כן, \"{keep:גלריה נועה}\".", "A: רשמתי."),
]
