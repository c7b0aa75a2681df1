"""The fifteenth tuning batch: dates of birth the agent reads back, people a sentence introduces by what they are to
someone, names an e-mail address spells, phones begun after a word for a number, spoken numbers ended by a pause,
accounts to refund to, and house numbers with their additions.

Written before the thirteenth round of conversation-aware redaction, after held-out batch 12 had been scored and
spent, in sectors no batch had used (a locksmith, a bicycle repairer, a dog groomer, a driving school). Batch 12's
values leaked where the agent read the customer's date of birth from the CRM ("We have you born on ..."), where a
role came after an article or an adjective of time ("the groom Rohan Kapoor", "la voisine Guylaine", "De vorige
eigenaar, Harm Lubbers", "הבעלים הקודם, יגאל פרנקל"), after a title ("Sa pédiatre, la Dre Nadia Berset"), as
whose relative someone is ("Bas zijn moeder", "הסבתא של נועם ואביגיל"), after "friends" ("mes amis Margaux et
Hugo"), beside an e-mail address that spells it ("Jules Okafor, jules.okafor@..."), as a neighbour named by where
they live ("Trev next door"), with a surname after a known first name ("Noor Hendricks & Bas Verbeek"), or after
"This is ..., uncle of the bride"; where a phone's first piece ended a message after a word for a number with no
possessive ("best number for the day is 07954 3", "mon num a changé c le 07 52 18"), or followed "area code";
where a pause did not end a spoken number ("zeventig, zes" read as 76, "deux, 4000" as 24000); where an IBAN that
fails its check was given to be refunded to ("להחזר:", "terug op"); and where the CRM's street was said with
another number or a flat ("320-B", "72/4", "Apt 3D"). Two Hebrew names took a verb or "tomorrow" as a surname
("רונית תביא את", "איתי מחר"), and "comes Mondays" read a day as a name. These dialogues say the same things in
other words, beside look-alikes those rules could swallow: appointment dates beside a birth word's sentence, the
owner of a shop, a team's shared e-mail address ("Accounts Desk, accounts.desk@..."), the shop next door, a
verb after a Hebrew name, days after "comes". The area codes in Dutch, French and Hebrew ("netnummer",
"indicatif", "קידומת") and the Dutch verb after a name passed before the round; they guard the English cause
("area code" read as a code) and the Hebrew one from spreading.

Before that round, on these 49 dialogues (83 gold spans, 58 look-alikes): EMAIL 1.00 (8), PHONE 0.64 (22), IBAN
0.00 (4), DATE_OF_BIRTH 0.00 (4), NAME 0.23 (35), ADDRESS 0.22 (9), POSTCODE 1.00 (1); spurious findings 4 of 46,
look-alikes changed 5 of 58 (Hebrew "תביא" and "איתי" taken into names, "Mondays", "Thursdays", "Lundis"). After:
every kind 1.00, spurious findings 0 of 83, look-alikes changed 0 of 58. (The team addresses the agent gives as the
company's, "planning@trimsalon.nl", were counted as e-mail addresses to redact until round 14, which reads a
company's own address in the agent's turn as a look-alike, as the held-out batches do.)
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, SP, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

FIFTEENTH: list[Dialogue] = [
    # -- the agent reads the customer's date of birth back from the CRM ----------------------------------------------
    _dialogue("nl15-dob-read", "nl", CR, "C: Is er seniorenkorting op een fietsonderhoud?",
              "A: Jazeker. U staat bij ons met geboortedatum {DOB:07-03-1949}, dus {keep:20%} korting.",
              "C: Fijn, dan kom ik {keep:vrijdag}.", crm={"customer": {"date_of_birth": "1949-03-07"}}),
    _dialogue("en15-dob-read", "en", CR, "C: Do pensioners pay less for the lesson?",
              "A: They do. We have you born on {DOB:14 June 1950}, so it's {keep:£32} from {keep:1 July}.",
              "C: Lovely.", crm={"customer": {"date_of_birth": "1950-06-14"}}),
    _dialogue("fr15-dob-read", "fr", CR, "C: Il y a un tarif senior pour le toilettage ?",
              "A: Oui, d'après la fiche vous êtes née le {DOB:3 avril 1948}, donc c'est {keep:38 €}.",
              "C: Parfait.", crm={"customer": {"date_of_birth": "1948-04-03"}}),
    _dialogue("he15-dob-read", "he", CR, "C: יש הנחת גמלאים על החלפת מנעול?",
              "A: כן. לפי הרישום נולדת ב-{DOB:9.2.1947}, אז מגיעה לך הנחה של {keep:15%}.",
              "C: תודה.", crm={"customer": {"date_of_birth": "1947-02-09"}}),
    # -- a role after an article, an adjective of time or a title ----------------------------------------------------
    _dialogue("nl15-previous-owner", "nl", CN, "C: De vorige eigenaar, {NAME:Wim Kroon}, heeft nog een sleutel. "
              "De buurvrouw {NAME:Ans} ook.", "A: Dan vervangen we de cilinder op {keep:dinsdag}, dat kost "
              "{keep:€89}. De eigenaar van de winkel is er dan ook."),
    _dialogue("en15-article-role", "en", CN, "C: The previous owner, {NAME:Gordon Pike}, kept a spare, and the "
              "cleaner {NAME:Rosa} has one too.",
              "A: We'll swap the lock on {keep:Friday}; the driver will call first."),
    _dialogue("fr15-title-role", "fr", CN, "C: La leçon est pour mon fils. Son kiné, le Dr {NAME:Paul Girard}, "
              "dit qu'il peut conduire. La voisine {NAME:Maryse} l'accompagnera.",
              "A: Très bien, rendez-vous {keep:jeudi} à {keep:10 h}."),
    _dialogue("he15-previous-owner", "he", CN, "C: הבעלים הקודמת, {NAME:אסתר מלכה}, השאירה מפתח אצל השכנה "
              "{NAME:רחל}.", "A: נחליף את הצילינדר ביום {keep:שלישי} ב-{keep:350} ש\"ח."),
    # -- whose relative someone is; friends listed ---------------------------------------------------------------------
    _dialogue("nl15-whose-relative", "nl", CN, "C: De fiets is voor {NAME:Daan} zijn opa, hij haalt hem zelf op.",
              "A: Prima, hij staat klaar in {keep:rek 4}."),
    _dialogue("en15-friends", "en", CN, "C: Can my friends {NAME:Tom} and {NAME:Ellie} bring their spaniels too?",
              "A: Of course, the {keep:10:30} slot has room."),
    _dialogue("fr15-friends", "fr", CN, "C: Je viens avec mes amies {NAME:Inès} et {NAME:Clara Morin}.",
              "A: Parfait, trois vélos pour {keep:samedi}."),
    _dialogue("he15-grandmother-of", "he", CN, "C: שלום, אני הסבתא של {NAME:יונתן} ו{NAME:מאיה}, אני מביאה את "
              "הכלב.", "A: בשמחה, התור ב-{keep:09:30}."),
    # -- a name an e-mail address spells -------------------------------------------------------------------------------
    _dialogue("nl15-email-name", "nl", CN, "C: Zet {NAME:Ruben Dekker}, {EMAIL:ruben.dekker@kpnmail.nl}, ook "
              "in de cc.", "A: Doe ik. Vragen kunnen naar {keep:Planning}, "
              "{keep:planning@trimsalon.nl}."),
    _dialogue("en15-email-name", "en", CN, "C: Please copy in my sister as well, {NAME:Hannah Blythe}, "
              "{EMAIL:hannah.blythe@outlook.com}.", "A: Will do. Receipts come from {keep:Accounts Desk}, "
              "{keep:accounts.desk@example.co.uk}."),
    _dialogue("fr15-email-name", "fr", CN, "C: Mettez aussi ma colocataire en copie, {NAME:Léa Fabre}, "
              "{EMAIL:lea.fabre@free.fr}.", "A: C'est noté. Écrivez au {keep:Service Clients}, "
              "{keep:service.clients@example.fr}."),
    _dialogue("he15-email-name", "he", CN, "C: תוסיפו בבקשה גם את {NAME:Avi Peretz}, {EMAIL:avi.peretz@gmail.com}",
              "A: בסדר. ה-{keep:Help Desk} שלנו: "
              "{keep:help.desk@example.co.il}"),
    # -- a neighbour named by where they live --------------------------------------------------------------------------
    _dialogue("nl15-next-door", "nl", CN, "C: Als ik er niet ben, heeft {NAME:Gert} van hiernaast de sleutel.",
              "A: Goed, het huis van hiernaast bellen we dan aan om {keep:9 uur}."),
    _dialogue("en15-next-door", "en", CN, "C: just leave the bike with {NAME:Shaz} next door, she's always in",
              "A: Will do. The shop next door closes at {keep:6}."),
    _dialogue("fr15-next-door", "fr", CN, "C: Si je ne suis pas là, {NAME:Josiane} d'à côté a la clé.",
              "A: D'accord, la maison d'en face aussi ? On passe à {keep:14 h}."),
    _dialogue("he15-next-door", "he", CN, "C: אם אני לא בבית, {NAME:שולה} מהבית ליד תפתח.",
              "A: בסדר, המכולת מהבית ליד סגורה ב-{keep:19:00}."),
    # -- a surname after a known first name, and "This is ..., uncle of ..." -------------------------------------------
    _dialogue("nl15-known-then-surname", "nl", CN, "C: Op de rekening staat \"{NAME:Fleur Jansse} & {NAME:Koen Bos}\", "
              "maar ik heet {NAME:Janssen}.",
              "A: Sorry {NAME:Fleur}, ik pas het aan. Model {keep:Gazelle Orange} klopt wel.",
              crm={"customer": {"first_name": "Fleur", "last_name": "Janssen"}}),
    _dialogue("en15-this-is-relation", "en", CN, "C: This is {NAME:Declan Murphy}, uncle of the learner.",
              "A: Hi, the lesson is at {keep:4pm}."),
    _dialogue("fr15-this-is-relation", "fr", CN, "C: C'est {NAME:Odile Roux}, tante du chiot, enfin de sa "
              "propriétaire.", "A: Bonjour, le toilettage est à {keep:11 h}."),
    _dialogue("he15-known-then-surname", "he", CN, "C: בחשבונית כתוב {NAME:Tamar Levy} & {NAME:Gil Adler}, "
              "אבל השם שלי {NAME:Levi}.", "A: סליחה {NAME:Tamar}, אתקן.",
              crm={"customer": {"first_name": "Tamar", "last_name": "Levi"}}),
    # -- a phone's first piece after a word for a number, or an area code ----------------------------------------------
    _dialogue("nl15-nr-piece", "nl", S, "C: nieuw nr voor de trimsalon is {PHONE:06 38}",
              "C: sorry te snel {PHONE:27 15 49}", "A: Aangepast, {keep:Bobbie} staat op {keep:woensdag}."),
    _dialogue("en15-number-piece", "en", S, "C: the number for pickup day is {PHONE:07723 4}",
              "C: {PHONE:19088} sorry, thumb slipped", "A: Thanks, your code is {keep:PK-4471}."),
    _dialogue("fr15-num-piece", "fr", S, "C: bjr mon num a changé c le {PHONE:06 44 81}",
              "C: {PHONE:20 37} dsl", "A: Merci, la leçon de {keep:mardi} est confirmée."),
    _dialogue("he15-number-of-piece", "he", S, "C: המספר של אבא של הילד לעדכונים {PHONE:052-38}",
              "C: {PHONE:41907} סורי", "A: עודכן, השיעור ב-{keep:16:00}."),
    _dialogue("en15-area-code", "en", SP, "A: What's the best cell for the instructor?",
              "C: area code {PHONE:four one five}", "A: Mm-hm.", "C: {PHONE:five five two, thirty, eighteen}",
              "A: Thanks, the lesson is {keep:$60}."),
    _dialogue("nl15-netnummer", "nl", S, "A: Op welk vast nummer kunnen we u bellen?", "C: netnummer {PHONE:020}",
              "A: Ja?", "C: {PHONE:624 18 37}", "A: Dank u, de afspraak is om {keep:10 uur}."),
    _dialogue("fr15-indicatif", "fr", S, "A: Quel numéro fixe pour le serrurier ?", "C: indicatif {PHONE:01}",
              "A: Oui ?", "C: {PHONE:45 27 88 13}", "A: Merci, intervention {keep:lundi}."),
    _dialogue("he15-kidomet", "he", S, "A: לאיזה טלפון להתקשר?", "C: קידומת {PHONE:03}", "A: כן?",
              "C: {PHONE:5271846}", "A: תודה, הטכנאי יגיע ב-{keep:08:00}."),
    # -- a pause ends a spoken number ----------------------------------------------------------------------------------
    _dialogue("nl15-pause-tens", "nl", SP, "A: Wat is uw nummer voor de herinnering?",
              "C: {PHONE:Nul zes, dubbel vier, dertig}... nee wacht, {PHONE:nul zes, dubbel vier, dertien, zestig, "
              "vijf een}.", "A: Dank u, tot {keep:zaterdag}."),
    _dialogue("en15-pause-tens", "en", SP, "A: What number for the reminder?",
              "C: {PHONE:Oh seven seven, double two, forty}... no wait, {PHONE:oh seven seven, double two, fourteen, "
              "seventy, six two}.", "A: Thanks, see you {keep:Monday}."),
    _dialogue("fr15-pause-postcode", "fr", AD, "A: Votre adresse ?",
              "C: {ADDR:Rue Haute 8 boîte deux}, {PC:1000} Bruxelles.", "A: Merci, livraison {keep:mercredi}."),
    _dialogue("he15-pause-tens", "he", SP, "A: לאיזה מספר לשלוח תזכורת?",
              "C: {PHONE:אפס חמש ארבע, פעמיים שתיים, שלושים}... לא רגע, {PHONE:אפס חמש ארבע, פעמיים שתיים, שלוש עשרה, "
              "שבעים, שש}", "A: תודה, נתראה ביום {keep:רביעי}."),
    # -- an account to refund to that fails its check ------------------------------------------------------------------
    _dialogue("nl15-refund-back", "nl", T, "C: Het tegoed graag terug op {IBAN:NL43 RABO 3062 8159 47}.",
              "A: Dat rekeningnummer klopt niet, kunt u het nakijken? Het gaat om {keep:€ 40}."),
    _dialogue("en15-credit-back", "en", T, "C: Please credit the deposit back to {IBAN:GB84 LOYD 0396 2548 1172 63}.",
              "A: That account doesn't validate, could you check it? It's {keep:£50}."),
    _dialogue("fr15-avoir", "fr", T, "C: Mettez l'avoir sur {IBAN:FR88 3000 0428 3700 0186 3951 284} svp.",
              "A: Ce compte ne passe pas le contrôle, pouvez-vous vérifier ? Montant {keep:45 €}."),
    _dialogue("he15-refund-to", "he", T, "C: להחזר: {IBAN:IL82 0124 0800 0005 3821 645}",
              "A: החשבון לא עובר בדיקה, תבדוק שוב? מדובר ב-{keep:120} ש\"ח."),
    # -- the CRM's street said with another number or its flat ---------------------------------------------------------
    _dialogue("nl15-street-letter", "nl", AD, "C: Het moet naar {ADDR:Vondelstraat 41-C}, nee sorry, {ADDR:14-C}.",
              "A: Dus {ADDR:Vondelstraat 14-C}. Komt {keep:donderdag}.",
              crm={"customer": {"street": "Vondelstraat 14-C"}}, secret=("Vondelstraat 14-C",)),
    _dialogue("en15-street-flat", "en", AD, "C: Send it to {ADDR:12 Ash Grove, Apt 5}, please.",
              "A: Will do, {keep:2-3 days}.", crm={"customer": {"street": "12 Ash Grove"}}, secret=("12 Ash Grove",)),
    _dialogue("fr15-street-box", "fr", AD, "C: C'est {ADDR:Rue des Tanneurs 31/2}, pas 13.",
              "A: D'accord, livraison {keep:vendredi}.", crm={"customer": {"street": "Rue des Tanneurs 13/2"}},
              secret=("Rue des Tanneurs 13/2",)),
    _dialogue("he15-street-flat", "he", AD, "C: תשלחו ל{ADDR:הרצל 81/3}, לא סליחה, {ADDR:18/3}",
              "A: אז {ADDR:הרצל 18/3}, נכון?", crm={"customer": {"street": "הרצל 18/3"}}, secret=("הרצל 18/3",)),
    # -- look-alikes: a verb or a day after a name's place, a shop's owner ---------------------------------------------
    _dialogue("he15-keep-verb", "he", K, "C: אשתי {NAME:רונית} {keep:תביא} את הכלב", "A: מצוין, ב-{keep:10:00}."),
    _dialogue("he15-keep-with-me", "he", K, "C: הבן שלי {keep:איתי} מחר בבוקר", "A: בסדר, בשעה {keep:8}."),
    _dialogue("en15-keep-days", "en", K, "C: the dog walker comes {keep:Mondays} and {keep:Thursdays}",
              "A: Great, grooming is {keep:Tuesday}."),
    _dialogue("nl15-keep-verb", "nl", K, "C: Mijn vrouw {NAME:Ronit} {keep:brengt} de hond", "A: Prima, om "
              "{keep:10 uur}."),
    _dialogue("fr15-keep-days", "fr", K, "C: le promeneur vient {keep:Lundis} et jeudis", "A: Très bien."),
]
