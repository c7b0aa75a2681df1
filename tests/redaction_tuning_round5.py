"""The seventh tuning batch: each class of held-out batch 4's leaks and changed look-alikes, in new sentences.

Written before the fifth round of conversation-aware redaction, after held-out batch 4 had been scored and
spent. Its leaks fell in seven classes: the agent reading back the end of an account or a phone the CRM holds
("rekening eindigend op 85 76"), a house number or a street corrected inside the address answer ("17 Crossley...
sorry, 71 Crossley Street"), an IBAN, an Israeli ID or a phone split over the customer's segments with no word
naming its first piece, an answer to a question for a phone or an ID that fails its check, a French IBAN dictated in
pairs of tens ("quarante quatre-vingt-quatre"), a French postcode after a street with no street word the postcode
detector knew and a street given after "Et la rue ?", and a hyphenated surname spelled half. Its changed
look-alikes: the company's line in international format after "Appelez l'assistance au", and an order number after
"הזמנה" that looked like an Israeli postcode. Each class is here in the four languages where it fits, with the
look-alikes that must stay beside it. Tuning data: its figures flatter the redactor. See
``tests/redaction_conversations_tuning.py`` for the markup.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, SP, B, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


SEVENTH: list[Dialogue] = [
    # -- the agent reads back the end of the customer's account, phone or card -----------------------------------------
    _dialogue("nl7-crm-iban-tail", "nl", CR,
              "A: De incasso van {keep:€42,50} loopt via uw rekening die eindigt op {IBAN:43 10}, klopt dat nog?",
              "C: Ja, dat klopt.",
              crm=_crm("Femke", "Dijkstra", customer_id="WB-771203", iban="NL05 RABO 0331 8743 10"),
              secret=("NL05 RABO 0331 8743 10", "WB-771203")),
    _dialogue("en7-crm-phone-tail", "en", CR, "A: I'll text the reset link to the mobile ending {PHONE:582}, "
              "it's valid for {keep:10 minutes}.", "C: grand, thanks",
              crm=_crm("Aoife", "Byrne", customer_id="TS-40917", phone="07700 900582"), secret=("07700 900582",)),
    _dialogue("fr7-crm-iban-tail", "fr", CR, "A: Le prélèvement de {keep:32,90 €} part bien du compte dont les "
              "derniers chiffres sont {IBAN:6019} ?", "C: Oui, c'est toujours celui-là.",
              crm=_crm("Luc", "Moreau", customer_id="AQ-220931", iban="FR82 3000 4028 3700 0123 4566 019"),
              secret=("FR82 3000 4028 3700 0123 4566 019",)),
    _dialogue("he7-crm-phone-tail", "he", CR, "A: שלחתי קוד לנייד שמסתיים ב-{PHONE:8174}, הוא בתוקף {keep:10 דקות}.",
              "C: קיבלתי, תודה", crm=_crm("נועם", "ברק", customer_id="YL-55021", phone="052-3338174"),
              secret=("052-3338174",)),
    _dialogue("he7-crm-iban-tail", "he", CR, "A: החיוב של {keep:89 ₪} יורד מהחשבון עם הספרות האחרונות {IBAN:789}.",
              "C: כן, זה החשבון שלי.",
              crm=_crm("מיכל", "שגיא", customer_id="YL-55802", iban="IL39 0120 4500 0002 3456 789"),
              secret=("IL39 0120 4500 0002 3456 789",)),
    _dialogue("en7-card-tail", "en", CR, "A: The last payment came from the card ending in {CARD:4242}, is that "
              "still the one?", "C: yes that's mine"),
    _dialogue("nl7-known-phone-tail", "nl", CR, "C: Mijn nummer is {PHONE:06 41 87 22 93}.",
              "A: Dank u. De sms gaat naar het nummer dat eindigt op {PHONE:22 93}, over {keep:5 minuten}."),
    _dialogue("en7-ctl-tracking-tail", "en", K, "A: The parcel with the tracking number ending {keep:5521} is with "
              "the courier, and the account ending {IBAN:5678} was charged {keep:€12.99}.",
              crm=_crm("Ciaran", "Walsh", customer_id="TS-40233", iban="IE70 BOFI 9000 1712 3456 78")),
    _dialogue("fr7-ctl-order-tail", "fr", K, "A: Votre commande se terminant par {keep:418} part {keep:demain}.",
              crm=_crm("Luc", "Moreau", customer_id="AQ-220931", iban="FR82 3000 4028 3700 0123 4566 019")),
    _dialogue("he7-ctl-order-tail", "he", K, "A: ההזמנה שמסתיימת ב-{keep:2291} נשלחה היום.",
              crm=_crm("דנה", "כהן", customer_id="YL-56110", phone="054-6671180")),
    # -- a house number or a street corrected inside the address answer ------------------------------------------------
    _dialogue("nl7-addr-correct-dots", "nl", AD, "A: Om welk pand gaat het?",
              "C: {ADDR:Molenweg 5}... nee, {ADDR:55}, de achterdeur klemt.",
              crm=_crm("Joost", "Bakker", customer_id="HW-33012", street="Molenweg 55")),
    _dialogue("en7-addr-correct-before", "en", AD, "A: Which property is the leak at?",
              "C: {ADDR:26 Harrow}... no, sorry, {ADDR:62 Harrow Road}. Ground floor."),
    _dialogue("fr7-addr-correct-before", "fr", AD, "A: C'est pour quel logement ?",
              "C: Au {ADDR:23}, euh non pardon, au {ADDR:32 rue des Lilas}, le robinet fuit."),
    _dialogue("he7-addr-correct", "he", AD, "A: באיזו דירה התקלה?",
              "C: ב{ADDR:הרימון 7}, לא רגע, {ADDR:17}. הדוד לא עובד.",
              crm=_crm("עידו", "פרץ", customer_id="DK-27011", street="הרימון 17")),
    _dialogue("he7-addr-correct-before", "he", AD, "A: מה הכתובת של הנכס?",
              "C: זה {ADDR:12}, לא סליחה, {ADDR:רחוב התאנה 21}, ליד המכולת."),
    _dialogue("he7-crm-street-other-number", "he", AD, "C: יש נזילה ב{ADDR:ביאליק 9}, לא, {ADDR:19}. מהתקרה.",
              crm=_crm("שירה", "לוי", customer_id="DK-27120", street="ביאליק 19")),
    _dialogue("he7-addr-readback", "he", AD, "C: הכתובת שלי היא {ADDR:הדקל 15}, לא סליחה, {ADDR:51}.",
              "A: אז {ADDR:הדקל 51}? רשמתי."),
    _dialogue("en7-ctl-addr-no-correction", "en", AD, "C: I'm at {ADDR:9 Elm Grove}, no wait, the parcel was "
              "{keep:2 days} late, that's the problem."),
    # -- a value split over the customer's segments, its first piece named by nothing ----------------------------------
    _dialogue("nl7-split-iban", "nl", S, "A: Zal ik de automatische betaling aanzetten?",
              "C: Ja prima. {IBAN:NL26 ABNA 0417}", "C: {IBAN:1640 15} is de rest"),
    _dialogue("en7-split-iban", "en", S, "A: Shall I switch you to direct debit?",
              "C: yes please, {IBAN:GB82 WEST 1234}",
              "C: {IBAN:5698 7654 32}"),
    _dialogue("he7-split-iban", "he", S, "A: מאיזה חשבון לחייב?", "C: {IBAN:IL62 0108 0000}",
              "C: {IBAN:0009 9999 999}"),
    _dialogue("en7-split-ilid", "en", S, "A: For the Israeli policy I need your teudat zehut number.", "C: {IL:8414}",
              "C: {IL:85253}"),
    _dialogue("fr7-split-ilid", "fr", S, "A: Il me faut aussi votre numéro de téoudat zéhout, s'il vous plaît.",
              "C: {IL:6723}", "C: {IL:26865}, voilà"),
    _dialogue("he7-split-phone", "he", S, "A: איך אפשר ליצור איתך קשר?", "C: {PHONE:052-38}",
              "C: {PHONE:41267} סליחה נשלח באמצע"),
    _dialogue("fr7-split-phone", "fr", S, "A: Un numéro pour vous contacter ?", "C: {PHONE:06 71}",
              "C: {PHONE:28 44 90}, pardon c'est parti trop vite"),
    _dialogue("nl7-ctl-order-code", "nl", K, "C: Het bestelnummer is {keep:FR12 4471}, waar blijft het?",
              "A: Wat is het ordernummer van de tweede zending?", "C: {keep:BE30 0682}"),
    # -- an answer to a question for a phone or an ID that fails its check ---------------------------------------------
    _dialogue("en7-trans-phone-shape", "en", T, "A: Which number should the engineer ring?",
              "C: {PHONE:087 264 19 953}",
              "A: That's one digit too many for a mobile, could you check?"),
    _dialogue("en7-trans-id", "en", T, "A: Could I take your ID number for the claim?", "C: {IL:251678008}",
              "A: The check digit doesn't match, is there a typo?",
              crm=_crm("Yael", "Stern", customer_id="WTC-59311", postcode="6525107")),
    _dialogue("fr7-trans-id-spoken", "fr", T, "A: Votre numéro d'identité, s'il vous plaît ?",
              "C: {IL:Trois sept quatre, zéro sept un, huit huit un}."),
    _dialogue("nl7-trans-bsn", "nl", T, "A: Mag ik uw burgerservicenummer?", "C: {BSN:817414333}"),
    _dialogue("he7-trans-phone", "he", T, "A: מספר ליצירת קשר?", "C: {PHONE:054-123456}"),
    # -- IBANs dictated in pairs of numbers ----------------------------------------------------------------------------
    _dialogue("fr7-spoken-iban-pairs", "fr", SP, "A: Votre IBAN pour le remboursement ?",
              "C: {IBAN:F R quatre-vingt-deux, treize quatre-vingt-dix, quatre-vingt-dix-neuf soixante, trente "
              "quatre-vingt-deux, quarante-six vingt-huit, dix-neuf quarante-huit, vingt et un neuf}."),
    _dialogue("en7-spoken-iban-pairs", "en", SP, "A: What's the IBAN for the refund?",
              "C: {IBAN:I E seventy, B O F I, ninety zero zero, seventeen twelve, thirty-four fifty-six, "
              "seventy-eight}"),
    # -- a postcode after a street, a street given after its number ----------------------------------------------------
    _dialogue("fr7-addr-postcode", "fr", AD, "A: Que se passe-t-il ?",
              "C: L'eau coule chez moi, {ADDR:9 cours Gambetta}, {PC:69003} Lyon."),
    _dialogue("fr7-addr-place-postcode", "fr", AD, "C: Je suis au {ADDR:12 place du Marché}, {PC:45000} Orléans."),
    _dialogue("fr7-addr-street-after", "fr", AD, "A: Le numéro de la maison ?", "C: {ADDR:27}", "A: Et la rue ?",
              "C: {ADDR:Rue des Tanneurs}, juste après la pharmacie."),
    _dialogue("en7-addr-street-after", "en", AD, "A: What's the house number?", "C: {ADDR:8}", "A: And the street?",
              "C: {ADDR:Wellington Park}, near the school."),
    _dialogue("nl7-addr-street-after", "nl", AD, "A: Welk huisnummer?", "C: {ADDR:31}", "A: En de straat?",
              "C: {ADDR:Kromme Elleboog}, naast de bakker."),
    # -- a hyphenated surname spelled in part --------------------------------------------------------------------------
    _dialogue("en7-spelled-hyphen", "en", CN, "A: What name is the account under?",
              "C: {NAME:Sarah Whitfield-Jones}. {NAME:Whitfield} as in {NAME:W-H-I-T-F-I-E-L-D}, then {NAME:Jones}."),
    _dialogue("nl7-spelled-hyphen", "nl", CN, "A: Op welke naam staat het abonnement?",
              "C: {NAME:Anouk Verhoeven-Bakker}. {NAME:Verhoeven} met {NAME:V-E-R-H-O-E-V-E-N}."),
    # -- the company's line in international format, an order number shaped like a postcode ----------------------------
    _dialogue("fr7-ctl-line-intl", "fr", K, "C: Et si ça recommence ?",
              "A: Contactez l'assistance technique au {keep:+33 1 70 36 50 20}, du lundi au vendredi."),
    _dialogue("en7-ctl-line-intl", "en", K, "C: what if it cuts out again?",
              "A: Then call the helpdesk on {keep:+44 20 7946 0321}, any time."),
    _dialogue("nl7-ctl-line-intl", "nl", K, "C: En als het weer lekt?",
              "A: Bel de storingsdienst op {keep:+31 20 214 8800}, die is dag en nacht bereikbaar."),
    _dialogue("he7-ctl-line-intl", "he", K, "C: ואם זה קורה שוב?",
              "A: אפשר להתקשר לתמיכה הטכנית ב-{keep:+972 3 763 0500}."),
    _dialogue("he7-ctl-order-postcode", "he", K, "A: המשלוח PK-7715503, הזמנה {keep:6290114}, יגיע {keep:מחר}."),
    _dialogue("en7-ctl-part-number", "en", K, "C: the part number on the box is {keep:DE45 1234}"),
    _dialogue("nl7-ctl-invoice-ending", "nl", K, "C: de factuur eindigend op {keep:7781} klopt niet, en de korting van "
              "{keep:€15} staat er ook niet op"),
    _dialogue("en7-calls-partner", "en", B, "A: I'll ring your partner on {PHONE:07700 900318} as agreed."),
    _dialogue("en7-calls-you-back", "en", B, "A: We'll ring you back on {PHONE:+44 7700 900461} within the hour."),
]
