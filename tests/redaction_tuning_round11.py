"""The thirteenth tuning batch: names set apart after a relation or a role, numbers cut by asides and read back,
addresses answered without a street word, and look-alikes said beside a card or a phone.

Written before the eleventh round of conversation-aware redaction, after held-out batch 10 had been scored and
spent, in sectors no batch had used (a falconry centre, an aquarium shop, a watch repairer, a bowling alley).
Batch 10's values leaked where a relation or a role set a name apart with a comma, a colon or a dash ("de buren:
Joke Verbeek", "The best man, Hunter,", "השכן מלמעלה, ברהנו"), where a second name was joined to a found one
("Bises, Olivier et Margaux") or listed with the speaker ("Priya Raman and me"), where a name was only said to be
a relative's ("Gaz's my husband") or to be born ("Lou est née le ..."), where a Hebrew name was spelled out
("פ-ט-ר-ו-ב-ה"), where an aside stood inside or before a piece of a number ("NL48 ABNA... momentje, mijn
bril... 7256", "sorry, mijn tram stopte en ik was kwijt waar ik zat, 3431 6680"), where the agent read back a
piece with "oui" or a country code ("BE35 4173, oui ?"), where a PO box, a floor in words or a house number after
"À quel numéro ?" made the address, where a value a digit off was named as a phone further back in the clause, and
where "par téléphone" was taken for a phone question. Look-alikes were changed where a card's expiry was said in
words ("elf achtentwintig") and where "N°" named a reference. These dialogues say the same things in other words,
beside look-alikes those rules could swallow: a pet after "my neighbour has a dog,", a time after "après", an
amount after an aside, a company's PO box, a product after "and".

Before that round (live): PHONE 0.33 (9), IBAN 0.33 (12), CARD 0.29 (7), IL_ID 0.33 (3), ADDRESS 0.29 (7),
NAME 0.17 (29); spurious findings 6 of 30, look-alikes changed 5 of 41. After: every kind 1.00, spurious findings 0 of
67, look-alikes changed 0 of 41. Held-out batch 10 (spent): NAME 0.769 to 0.978, ADDRESS 0.829 to 1.00, CARD 0.750
to 1.00, IBAN 0.838 to 1.00, BSN 0.857 to 1.00, IL_ID 0.929 to 1.00, PHONE 0.897 to 0.974, look-alikes changed 8 to
1 of 522; batches 1 to 9: every kind and their look-alikes as before, batch 6's PHONE better (0.916 to 0.952).
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

THIRTEENTH: list[Dialogue] = [
    # -- a name set apart after a relation or a role, an article or a word before it --------------------------------
    _dialogue("nl13-apposed-neighbour", "nl", CN, "A: Wie mag de valk voeren als u weg bent?",
              "C: De buurman: {NAME:Kees Mulder}. Hij heeft er verstand van.", "A: Prima, ik noteer het."),
    _dialogue("en13-apposed-keeper", "en", CN, "C: The head keeper, {NAME:Fiona}, said the owl can fly on Sunday.",
              "A: Great, the display starts at {keep:2 pm}."),
    _dialogue("fr13-apposed-witness", "fr", CN, "C: Pour le baptême de l'air, le témoin, {NAME:Arnaud}, vient aussi.",
              "A: Très bien, c'est {keep:35 €} par personne."),
    _dialogue("he13-apposed-neighbour", "he", CN, "C: השכן מלמטה, {NAME:יוסי}, ייקח את האקווריום",
              "A: מצוין, המשלוח {keep:ביום רביעי}."),
    # -- a second name joined by "and" to one found -------------------------------------------------------------------
    _dialogue("nl13-joined-signoff", "nl", CN, "C: Graag een cadeaubon voor de bowling.\n\nGroetjes,\n{NAME:Sanne} en "
              "{NAME:Joris}", "A: Komt eraan, {keep:€25} per baan."),
    _dialogue("en13-joined-signoff", "en", CN, "C: Thanks for fixing the watch!\n\nLove,\n{NAME:Amira} & {NAME:Theo}",
              "A: You're welcome, it's ready on {keep:Friday}."),
    _dialogue("fr13-joined-kids", "fr", CN, "C: On vient avec les deux petits, {NAME:Inès} et {NAME:Malo}.",
              "A: Parfait, la piste {keep:7} est à vous."),
    _dialogue("he13-joined-crm", "he", CN, "C: הכרטיסים בשביל {NAME:דנה} ו{NAME:עומר}.", "A: נרשם, {keep:2 מסלולים}.",
              crm={"customer": {"first_name": "דנה"}}),
    # -- a name only said to be a relative's, or to be born -----------------------------------------------------------
    _dialogue("nl13-is-relation", "nl", CN, "C: {NAME:Femke} is mijn schoonzus, zij haalt het horloge op.",
              "A: Goed, het ligt klaar vanaf {keep:donderdag}."),
    _dialogue("en13-born", "en", CN, "A: Who's the birthday bowler?", "C: It's for {NAME:Rowan} — born in {keep:May}, "
              "so the party's early.", "A: Lovely, lane {keep:4} then."),
    _dialogue("fr13-is-relation", "fr", CN, "C: {NAME:Lucie} est ma nièce, elle récupère la montre.",
              "A: D'accord, elle est prête {keep:demain}."),
    _dialogue("he13-is-relation", "he", CN, "C: {NAME:אורי} הוא הבן שלי, הוא יבוא לאסוף את הדגים",
              "A: בסדר, ההזמנה {keep:4471}."),
    # -- whoever the speaker lists with themself, a Hebrew name spelled out -----------------------------------------
    _dialogue("nl13-with-me", "nl", CN, "C: {NAME:Merel Dijkman} en ik komen zaterdag bowlen.",
              "A: Leuk, baan {keep:3} staat klaar."),
    _dialogue("en13-with-me", "en", CN, "C: Booking for two: {NAME:Oscar Blake} and me, at {keep:7 pm}.",
              "A: Done, lane {keep:5}."),
    _dialogue("fr13-with-me", "fr", CN, "C: {NAME:Chloé} et moi, on arrive vers {keep:19 h}.", "A: Parfait."),
    _dialogue("he13-with-me", "he", CN, "C: שלום, {NAME:מיכל} ואני נגיע בשבת לסדנת הבזים", "A: מעולה, נתראה."),
    _dialogue("he13-spelled", "he", CN, "C: קוראים לי {NAME:יוסי כהנוב}, {NAME:כ-ה-נ-ו-ב}, ואני רוצה לבטל את הסדנה",
              "A: מעולה, ביטלתי."),
    # -- a piece of a number after an aside, or joined by "the last bit's" --------------------------------------------
    _dialogue("nl13-aside-inside", "nl", S, "A: Op welke rekening mogen we de borg terugzetten?",
              "C: {IBAN:NL91 INGB... wacht, mijn pasje... 0004 3865 82}", "A: Dank u."),
    _dialogue("en13-rest-after-aside", "en", S, "A: Your IBAN for the refund?", "C: {IBAN:GB33 BUKB 2020 1555}",
              "C: sorry, the dog needed letting out just then, {IBAN:5555 55}", "A: Thanks."),
    _dialogue("fr13-rest-after-aside", "fr", S, "A: Votre numéro de compte pour le remboursement ?",
              "C: {IBAN:FR76 3000 6000 0112 3456}", "C: pardon mon fils m'a appelé au milieu, {IBAN:7890 189}",
              "A: Merci, c'est noté."),
    _dialogue("he13-rest-after-aside", "he", S, "A: מה מספר תעודת הזהות?", "C: {IL:3162}",
              "A: אין בעיה, אני מחכה בסבלנות", "C: סליחה הילד בכה פתאום, {IL:89571}", "A: תודה."),
    # -- the agent reading a piece back with a yes, a prompt or the country -------------------------------------------
    _dialogue("nl13-echo-country", "nl", S, "A: Uw IBAN voor de terugbetaling?", "C: {IBAN:BE71 0961}",
              "A: {IBAN:BE71 0961}, ja?", "C: {IBAN:2345 6769}"),
    _dialogue("en13-echo-prompt", "en", S, "A: Which account should the refund go to?", "C: {IBAN:GB29 NWBK 6016}",
              "A: Yes, {IBAN:GB29 NWBK 6016}, and then?", "C: {IBAN:1331 9268 19}"),
    _dialogue("fr13-echo-by-phone", "fr", S, "A: Je prends votre carte par téléphone, allez-y.",
              "C: {CARD:4970 1012}", "A: Oui, {CARD:4970 1012}, ensuite ?", "C: {CARD:3456 7897}"),
    _dialogue("he13-echo-yes", "he", S, "A: מה מספר הנייד?", "C: {PHONE:054 77}", "A: כן, {PHONE:054 77}, ואז?",
              "C: {PHONE:12 345}"),
    # -- a value a digit off, named as a phone further back, or given for a payment -----------------------------------
    _dialogue("en13-mobile-far", "en", T, "C: Hi, for the club list please note my mobile, the new one since May: "
              "{PHONE:07700 90012}", "A: That's a digit short, could you check it?", "C: Will do."),
    _dialogue("en13-pay-by-phone", "en", T, "A: The strap's in, £48. Want to pay over the phone?",
              "C: Yep, {CARD:4556 7375 8689 9856}", "A: That one fails the check, could you look again?"),
    _dialogue("fr13-cell-far", "fr", T, "C: le cell de ma blonde pour les rappels c'est {PHONE:514 832-77190}",
              "A: Il y a un chiffre de trop, tu peux vérifier?"),
    _dialogue("he13-pay-by-phone", "he", T, "A: התיקון עולה {keep:180 ₪}. רוצה לשלם בטלפון?",
              "C: {CARD:4556 7375 8689 9856}", "A: המספר לא עובר בדיקה, אפשר לבדוק שוב?"),
    _dialogue("he13-phone-for-delivery", "he", T, "C: תרשמו את הנייד שלי למשלוח: {PHONE:052-77160}",
              "A: חסרה ספרה, אפשר לבדוק?", "C: סורי, אבדוק"),
    _dialogue("en13-account-payments", "en", T, "A: To set up the instalments for the tank we need the account the "
              "payments come from.", "C: {IBAN:GB82 WEST 1234 5698 7654 23} — Barclays.",
              "A: That one fails the check, could you look again?"),
    # -- the address: a PO box, a floor in words, a number after "which number?" -------------------------------------
    _dialogue("nl13-po-box", "nl", AD, "A: Waar sturen we de factuur heen?",
              "C: De post gaat naar {ADDR:Postbus 112} in Drachten.", "A: Genoteerd."),
    _dialogue("en13-floor-words", "en", AD, "A: Where's the tank going?", "C: {ADDR:Elm Terrace}", "A: And the number?",
              "C: {ADDR:12, third floor}, the lift is broken", "A: Noted."),
    _dialogue("fr13-which-number", "fr", AD, "A: Vous habitez où ?", "C: {ADDR:Rue des Tanneurs}, à Liège.",
              "A: À quel numéro ?", "C: {ADDR:Vingt-deux, boîte quatre}.", "A: Merci."),
    _dialogue("he13-floor-words", "he", AD, "A: איפה אתה גר?", "C: {ADDR:רחוב הזית}", "A: איזה מספר?",
              "C: {ADDR:8 דירה 2, קומה שלישית}.", "A: תודה."),
    # -- a CRM value's tail named by its card, a landline after "the landline," --------------------------------------
    _dialogue("nl13-landline-comma", "nl", CR, "A: We bellen u vooraf op {PHONE:0478 11 22 33}, goed?",
              "C: Ja, of op het vaste nummer, {PHONE:059 41 22 87}, mijn man is thuis.", "A: Komt goed.",
              crm={"customer": {"phone": "0478 11 22 33"}}),
    _dialogue("fr13-id-tail", "fr", CR, "A: Pour la commande, votre teoudat zehout se termine par {IL:703}, "
              "c'est bien vous ?", "C: Oui.", crm={"customer": {"id_number": "318409703"}}),
    _dialogue("en13-kin-title", "en", CN, "C: it's for grandpa {NAME:walter}, his watch stopped",
              "A: No problem, we'll look at it on {keep:Tuesday}."),
    _dialogue("fr13-kin-title", "fr", CN, "C: c pour pépé {NAME:marcel}, sa montre s'est arrêtée",
              "A: Aucun souci, on la regarde {keep:mardi}."),
    _dialogue("nl13-kin-title", "nl", CN, "C: Het horloge is van opa {NAME:Gerrit}, hij mist het erg.",
              "A: We bellen als het klaar is, rond {keep:vrijdag}."),
    _dialogue("he13-kin-title", "he", CN, "C: תמסרו את השעון לדודה {NAME:מרים}",
              "A: אין בעיה, הוא מוכן {keep:ביום שלישי}."),
    # -- look-alikes those rules could take ---------------------------------------------------------------------------
    _dialogue("nl13-keep-expiry", "nl", K, "A: Uw kaartnummer graag.",
              "C: {CARD#spoken:vier vijf drie twee, nul vijf nul zeven, acht zes nul nul, vier vier nul twee}. "
              "Geldig tot {keep:tien zevenentwintig}.", "A: Dank u."),
    _dialogue("en13-keep-expiry", "en", K, "A: Card number, please.", "C: {CARD:4532 0507 8600 4402}, expires "
              "{keep:ten twenty-seven}", "A: Thanks."),
    _dialogue("fr13-keep-after-hour", "fr", K, "C: Rappelez-moi au {PHONE#bare-answer:06 72 18 45 93} après "
              "{keep:18 h}", "A: Entendu."),
    _dialogue("en13-keep-reference", "en", K, "C: On the slip it says N° {keep:06 48 27 19 55}, is that my file?",
              "A: Yes, that's the repair file, ready {keep:Thursday}."),
    _dialogue("fr13-keep-reference", "fr", K, "C: Sur le ticket il y a N° {keep:07 12 44 80 19}, c'est le dossier ?",
              "A: Oui, c'est le numéro de réparation."),
    _dialogue("nl13-keep-pet", "nl", K, "C: Mijn buurvrouw heeft ook een vis, {keep:Nemo}.",
              "A: Leuk, het voer kost {keep:€6}."),
    _dialogue("en13-keep-amount-aside", "en", K, "C: I paid {keep:45}... hang on, let me check the receipt... "
              "{keep:19 euros} extra for the strap", "A: Yes, that's right."),
    _dialogue("he13-keep-and-i", "he", K, "C: אני מקבל {keep:100 מגה} ואני משלם על {keep:300 מגה}.",
              "A: אבדוק את זה."),
    _dialogue("he13-keep-company-box", "he", K, "C: לאן מחזירים את השעון?",
              "A: לכתובת שלנו: {keep:ת.ד. 88}, {keep:2016500}.", "C: תודה"),
    _dialogue("fr13-keep-company-box", "fr", K, "C: Où renvoyer la montre ?",
              "A: À notre atelier : {keep:case postale 301}, {keep:1211} Genève."),
    _dialogue("en13-keep-product-and", "en", K, "C: Thanks!\n\nBest,\n{NAME:Priya}", "A: Hi {NAME:Priya}, the "
              "{keep:Eheim} and {keep:Tetra} bundle is {keep:£12}."),
    _dialogue("he13-keep-and-family", "he", K, "C: תודה על השעון!\n\nבברכה,\n{NAME:רונית} {keep:והמשפחה}",
              "A: בשמחה!"),
]
