"""The fifth tuning batch: each class of held-out batch 2's leaks and changed look-alikes, in new sentences.

Written for the third round of conversation-aware redaction, after held-out batch 2 had been scored and spent:
every leak and every changed look-alike there was put in a class (a number with a country code cut between two
segments, "twee keer de drie" in a dictated phone, digit groups with "en dan" or "..." between them, a
fragment the agent repeats, a value corrected mid-sentence, a checksum-failing value with a word that names it,
an Eircode or a Canadian postal code, an address with "bis" or "12א", a postcode of the company's depot, the
CRM's own street or phone said in the call, ...), and each class is here in the four languages, in sentences of
its own, not batch 2's, with the look-alikes that must stay beside it. Tuning data: its figures flatter the
redactor. See ``tests/redaction_conversations_tuning.py`` for the markup and the figures.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, SP, B, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


FIFTH: list[Dialogue] = [
    # -- Dutch ---------------------------------------------------------------------------------------------------
    # Country codes, "+" or "00", also when the number is cut after them.
    _dialogue("nl5-intl-split", "nl", S, "C: bel me gerust op mijn Franse nummer, {PHONE:+33 6}", "A: Ja?",
              "C: {PHONE:12 48 90 37}"),
    _dialogue("nl5-intl-00", "nl", B, "A: Op welk nummer kunnen we u in België bereiken?",
              "C: {PHONE:0032 470 18 52 63}"),
    # Spoken: "twee keer de vier", "drie keer de nul", "plus tweeëndertig".
    _dialogue("nl5-spoken-keer", "nl", SP, "A: Op welk nummer kunnen we u terugbellen?",
              "C: {PHONE:nul zes, twee keer de vier, eenentwintig, drie keer de nul, zeven}"),
    _dialogue("nl5-spoken-dubbele", "nl", SP, "A: Uw telefoonnummer?",
              "C: {PHONE:nul zes, dubbele vier, twaalf, drie keer nul, acht}"),
    _dialogue("nl5-spoken-plus", "nl", SP,
              "C: mijn werknummer is {PHONE:plus tweeëndertig, vier zeven negen, achttien, dubbel twee, zesendertig}"),
    # Groups with words between them, in one turn or over segments; a prompt or an echo between the segments.
    _dialogue("nl5-filler-phone", "nl", S, "A: Op welk nummer kan de monteur u bellen?",
              "C: Ja, {PHONE:010}, en dan {PHONE:412 88 37}.",
              "A: Genoteerd, hij komt {keep:dinsdag 4 november} tussen {keep:8} en {keep:12 uur}."),
    _dialogue("nl5-filler-bsn", "nl", S, "A: Mag ik uw BSN voor de machtiging?",
              "C: Het is {BSN:839}, dan {BSN:958}...", "A: Ja.", "C: ...en dan {BSN:912}."),
    _dialogue("nl5-echo", "nl", S, "C: Mijn gsm is {PHONE:0472}", "A: {PHONE:0472}...", "C: Ja, {PHONE:18 66 30}.",
              "A: Dus {PHONE:0472 18 66 30}, klopt dat?"),
    _dialogue("nl5-iban-prompt", "nl", S, "A: Wat is uw rekeningnummer voor de incasso?",
              "C: {IBAN:NL35 INGB} eh {IBAN:1177}", "A: Ja?", "C: {IBAN:1197 07}, bij de ING dus."),
    _dialogue("nl5-iban-letters", "nl", S, "A: Wat is uw IBAN?", "C: {IBAN:NL88}", "A: Ja", "C: {IBAN:RABO 4213}",
              "C: {IBAN:9218 44}"),
    _dialogue("nl5-card-expiry", "nl", S, "A: Wat is het kaartnummer?", "C: {CARD:4630 2477}", "A: Ja, en verder?",
              "C: {CARD:1485 6819}, geldig tot {keep:05/28}."),
    # Corrected mid-sentence; misheard values with a word that names them; groups of an unusual size.
    _dialogue("nl5-correct-bsn", "nl", B, "A: Wat is uw BSN?",
              "C: {BSN#bare-answer+split:751 094}, nee sorry, {BSN:751 049 049}"),  # the wrong piece: no check
    _dialogue("nl5-rest", "nl", S, "C: mijn nummer is {PHONE:06 13}", "A: En de rest?", "C: {PHONE:57 29 80}"),
    _dialogue("nl5-correct", "nl", B, "A: Wat is uw mobiele nummer?",
              "C: {PHONE:06 29 44}, nee wacht, {PHONE:06 29 47 18 53}"),
    _dialogue("nl5-trans-bsn", "nl", T, "C: Mijn burgerservicenummer is {BSN:987225934}, zo staat het op de brief.",
              "A: Ik noteer {BSN:987225934}.", "A: Het systeem keurt het af, klopt het wel?"),
    _dialogue("nl5-trans-iban", "nl", T, "C: ik heb een nieuwe bankrekening: {IBAN:NL36 ABNA 6503 7984 81}"),
    _dialogue("nl5-groups-iban", "nl", B, "C: het IBAN is {IBAN:NL07 SNSB 713 291 4820}"),
    # Addresses: "wonen in", a suffix after a dash, the street and then its number asked apart.
    _dialogue("nl5-addr-woonin", "nl", AD, "C: Wij wonen in {ADDR:Brink 7}, vlak bij de kerk."),
    _dialogue("nl5-addr-suffix", "nl", AD,
              "C: Het nieuwe adres is {ADDR:Lindenlaan 45-B}, {PC#address:3523 KT} Utrecht"),
    _dialogue("nl5-addr-ask", "nl", AD, "A: In welke straat woont u?", "C: {ADDR:Vlasakker}", "A: En welk nummer?",
              "C: {ADDR:23}, de hoekwoning"),
    _dialogue("nl5-pc-be", "nl", B, "A: Wat is de postcode van uw gemeente?", "C: Dat is {PC:8500}, Kortrijk."),
    _dialogue("nl5-name-accent", "nl", CN, "C: hoi met {NAME:ines}, mijn factuur klopt niet",
              crm=_crm("Inès", "Verbeke")),
    # What the CRM knows, said in the call: the vault knows it too.
    _dialogue("nl5-crm-said", "nl", CR,
              "C: Mijn klantnummer is {CUSTOMER_ID:C-552871} en ik woon nog steeds in {ADDR:Dorp 22}.",
              "A: Ik zie ook {PHONE:+31 6 41228730} en {EMAIL:j.devries@ziggo.nl}, klopt dat nog?",
              "C: Ja, alleen het nummer is nu {PHONE:06 51 90 22 14}.",
              crm=_crm("Jan", "de Vries", customer_id="C-552871", street="Dorp 22", phone="0641228730",
                       email="j.devries@ziggo.nl", plan="Zon Flex 1 jaar"),
              secret=("C-552871", "Dorp 22", "0641228730", "j.devries@ziggo.nl")),
    # Look-alikes: the company's depot and counter, service lines, an invoice number that passes the 11-test.
    _dialogue("nl5-ctl-depot", "nl", K, "A: Het pakket ligt in het depot van de bezorger in Amersfoort, postcode "
              "{keep:3812 PA}."),
    _dialogue("nl5-ctl-parcelpoint", "nl", K, "A: De bezorger laat het pakket achter bij het pakketpunt, "
              "{keep:Kerkpad 5}, {keep:5211 JV}."),
    _dialogue("nl5-ctl-counter", "nl", K, "A: U kunt de oude meter afgeven bij ons klantencentrum, "
              "{keep:Havenstraat 21}, {keep:4811 BK} Breda."),
    _dialogue("nl5-ctl-service", "nl", K, "A: Voor storingen belt u {keep:0800 8050}, voor de factuur "
              "{keep:0900 1234 567} en in België {keep:078 15 25 35}."),
    _dialogue("nl5-ctl-invoice", "nl", K, "C: Factuur {keep:892261870} klopt niet, ik betaal altijd {keep:€ 84,20}."),
    _dialogue("nl5-ctl-pardon", "nl", AD, "A: Welke straat is het?", "C: {keep:Pardon}?", "A: De straatnaam graag.",
              "C: {ADDR:Hooiberg}, achter de kerk"),
    _dialogue("nl5-ctl-meter", "nl", K, "C: De meterstand is {keep:12345}, dan {keep:678} voor het lage tarief, en "
              "we wonen in {keep:Amersfoort 3 hoog}."),
    _dialogue("nl5-ctl-plan", "nl", K, "C: Ik wil over naar {keep:Zon Flex 1 jaar}, ik ben {NAME#cue-name:Mila Zon}.",
              crm=_crm("Mila", "Zon", plan="Zon Vast 3 jaar")),
    # -- English -------------------------------------------------------------------------------------------------
    _dialogue("en5-intl-split", "en", S, "C: best to text my Irish mobile, {PHONE:+353 86}", "A: Go on.",
              "C: {PHONE:412 7730}"),
    _dialogue("en5-intl-00", "en", B, "A: What's a good contact number while you're abroad?",
              "C: {PHONE:0031 6 4827 1930}"),
    _dialogue("en5-spoken-triple", "en", SP, "A: Best number to reach you on?",
              "C: {PHONE:oh seven nine double one, four five six, triple nine}"),
    _dialogue("en5-spoken-plus", "en", SP, "C: the number for the engineer is {PHONE:plus four four, seven seven "
              "double oh, nine double oh, one two three}"),
    _dialogue("en5-filler-phone", "en", S, "A: What's the best contact number?",
              "C: {PHONE:0161}... sorry, the dog's barking... {PHONE:496 0815}."),
    _dialogue("en5-iban-prompt", "en", S, "A: Which account shall we refund?", "C: {IBAN:GB20 HBUK}", "A: Yes?",
              "C: {IBAN:2369 9358}, then {IBAN:6400 18}"),
    _dialogue("en5-echo-id", "en", S, "C: My ID number is {IL:7400}", "A: {IL:7400}, yes?", "C: {IL:82078}."),
    _dialogue("en5-card-expiry", "en", S, "A: Which card would you like to use?", "C: {CARD:5813 4970}", "A: Go on.",
              "C: {CARD:5972 6038}, expires {keep:08/27}."),
    _dialogue("en5-correct", "en", B, "C: call me on {PHONE:07911 20}, no sorry, {PHONE:07922 301 448}"),
    _dialogue("en5-irish-mobile", "en", B, "A: And a number for the driver?", "C: it's {PHONE:087 314 2265}"),
    _dialogue("en5-trans-card", "en", T, "C: the card number is {CARD:4500 5297 9632 7453}"),
    _dialogue("en5-trans-read", "en", T, "A: Which account would you like to use?",
              "C: {IBAN:GB85 HBUK 4710 9705 3822 39}",
              "A: Reading it back: {IBAN:GB85 HBUK 4710 9705 3822 39}. That one doesn't validate."),
    _dialogue("en5-trans-bsn", "en", T, "C: BSN's {BSN:149927877}, from my residence permit"),
    _dialogue("en5-groups-card", "en", B, "C: card is {CARD:4802.6039.9576.8911}"),
    _dialogue("en5-eircode", "en", B, "A: And the Eircode there?", "C: {PC:A94 F6X2}"),
    _dialogue("en5-addr-eircode", "en", AD, "C: We've moved to {ADDR:22 Seafield Road}, Clontarf, "
              "{PC#address:D03 K7P4}."),
    _dialogue("en5-addr-the", "en", AD, "C: We moved to {ADDR:5 The Paddocks}, Swords, last week"),
    _dialogue("en5-addr-still", "en", AD, "C: nothing's changed, I'm still at {ADDR:8 Southgate}"),
    _dialogue("en5-addr-ask", "en", AD, "A: Which street is it on?", "C: {ADDR:Parnell Road}", "A: And the number?",
              "C: {ADDR:31}, the green door"),
    _dialogue("en5-name-accent", "en", CN, "C: its {NAME:chloe} here, still no bill this month",
              crm=_crm("Chloë", "Martin")),
    _dialogue("en5-crm-said", "en", CR, "C: it's still {ADDR:6 Larkfield}, nothing changed there",
              "A: And is {PHONE:087 552 1904} still the best number?",
              "C: yes, and the email's {EMAIL:aoife.byrne@eircom.net}, account {CUSTOMER_ID:308174}",
              crm=_crm("Aoife", "Byrne", customer_id="C-308174", street="6 Larkfield", phone="+353875521904",
                       email="aoife.byrne@eircom.net"),
              secret=("C-308174", "6 Larkfield", "+353875521904", "aoife.byrne@eircom.net")),
    _dialogue("en5-ctl-centre", "en", K, "A: You can collect it from our service centre at {keep:40 Canal Street}, "
              "{keep:M1 3WD}."),
    _dialogue("en5-ctl-depot", "en", K, "A: The courier's depot is in Swords, Eircode {keep:K67 X2Y3}."),
    _dialogue("en5-depot-visit", "en", AD, "A: Our engineer from the Leeds depot will come to {ADDR:23 Otley Road} on "
              "{keep:Friday}."),
    _dialogue("en5-ctl-tracking", "en", K, "A: Your tracking number is {keep:1Z 4F8 X72 03 4417 2290}, due "
              "{keep:Tuesday}."),
    _dialogue("en5-ctl-lines", "en", K, "A: Our billing line is {keep:0844 412 7788}, or the outage line "
              "{keep:0800 316 4411}."),
    _dialogue("en5-ctl-codes", "en", K, "C: error code {keep:E12 4AB} keeps flashing, and ticket {keep:2024}... "
              "{keep:8812} is still open"),
    _dialogue("en5-ctl-order", "en", K, "C: order {keep:318834983} still hasn't shipped, it was {keep:£129.99}"),
    _dialogue("en5-ctl-plan", "en", K, "C: I'm on {keep:Green Fixed 24} and I'd like to switch",
              crm=_crm("Olivia", "Green", plan="Green Fixed 24")),
    # -- French --------------------------------------------------------------------------------------------------
    _dialogue("fr5-intl-split", "fr", S, "C: Vous pouvez me joindre sur mon portable belge, le {PHONE:+32 4}",
              "A: Oui ?", "C: {PHONE:71 62 80 35}"),
    _dialogue("fr5-intl-00", "fr", B, "A: Un numéro pour le livreur ?", "C: le {PHONE:00 972 54 318 2276}"),
    _dialogue("fr5-spoken-fois", "fr", SP, "A: À quel numéro on vous rappelle ?",
              "C: {PHONE:zéro six, deux fois huit, quarante-trois, dix-sept, vingt}"),
    _dialogue("fr5-spoken-plus", "fr", SP, "C: mon GSM belge, c'est le {PHONE:plus trente-deux, quatre cent "
              "septante-deux, nonante et un, deux fois zéro, dix-huit}"),
    _dialogue("fr5-filler-phone", "fr", S, "A: Un numéro où vous joindre ?",
              "C: alors c'est le {PHONE:06}, puis {PHONE:27 44}... attendez... {PHONE:81 39}"),
    _dialogue("fr5-iban-prompt", "fr", S, "A: Quel IBAN pour le prélèvement ?", "C: {IBAN:FR33 4163 5513}...",
              "A: Oui ?", "C: {IBAN:0200 3795}, et ensuite {IBAN:1144 512}"),
    _dialogue("fr5-card-expiry", "fr", S, "A: Votre numéro de carte ?", "C: {CARD:5489 0617}", "A: Oui, ensuite ?",
              "C: {CARD:4806 6413}, expire fin {keep:11/28}."),
    _dialogue("fr5-echo", "fr", S, "C: Mon portable, c'est le {PHONE:0478}", "A: {PHONE:0478} ?",
              "C: Oui, {PHONE:52 19 06}.", "A: Donc le {PHONE:0478 52 19 06}."),
    _dialogue("fr5-correct", "fr", B, "A: Votre numéro ?", "C: {PHONE:06 71 3}... non pardon, {PHONE:06 17 38 24 90}"),
    _dialogue("fr5-card-pairs", "fr", B, "C: ma carte c'est le {CARD:45 41 35 39 87 52 74 14}"),
    _dialogue("fr5-trans-card", "fr", T, "C: Ma carte bleue : {CARD:4641 8636 7782 1650}"),
    _dialogue("fr5-trans-rib", "fr", T, "C: voici mon RIB : {IBAN:FR93 9902 1260 6217 5969 6207 148}",
              "A: Je relis : {IBAN:FR93 9902 1260 6217 5969 6207 148}, la clé ne correspond pas."),
    _dialogue("fr5-groups-iban", "fr", B, "C: mon compte c'est {IBAN:BE15 987 023 958 154}"),
    _dialogue("fr5-pc-qc", "fr", B, "A: Ton code postal?", "C: {PC:G1V 3T9}"),
    _dialogue("fr5-pc-qc-chat", "fr", B, "C: mon nouveau code postal c'est {PC:j4k 2r6}"),
    _dialogue("fr5-addr-qc", "fr", AD, "A: Votre nouvelle adresse?",
              "C: {ADDR:3475, boulevard Saint-Laurent, app. 12}, {PC#address:H2X 2T6}"),
    _dialogue("fr5-addr-ask", "fr", AD, "A: Dans quelle rue habitez-vous ?", "C: {ADDR:rue des Tanneurs}",
              "A: Quel numéro ?", "C: {ADDR:18}, au deuxième"),
    _dialogue("fr5-name-accent", "fr", CN, "C: slt c {NAME:zoe} jai tjs pas ma facture", crm=_crm("Zoé", "Lambert")),
    _dialogue("fr5-crm-said", "fr", CR, "C: je suis toujours au {ADDR:12 Clos des Vignes}",
              "A: Et le {PHONE:438 555-0199}, c'est toujours bon ?", "C: oui, et mon numéro client c'est le "
              "{CUSTOMER_ID:QC-77120}",
              crm=_crm("Julie", "Tremblay", numero_client="QC-77120", adresse="12 Clos des Vignes",
                       telephone="+14385550199"),
              secret=("QC-77120", "12 Clos des Vignes", "+14385550199")),
    _dialogue("fr5-ctl-relais", "fr", K, "A: Le point retrait est au {keep:52 avenue Jean Jaurès}, {keep:69007} Lyon."),
    _dialogue("fr5-ctl-relais-pickup", "fr", K, "A: Le colis vous attend au relais Pickup, "
              "{keep:3 rue Nationale}, {keep:37000} Tours."),
    _dialogue("fr5-ctl-agence", "fr", K, "A: Notre agence de Montréal est au {keep:1200, rue Sherbrooke}, "
              "{keep:H3A 1H6}."),
    _dialogue("fr5-ctl-plus", "fr", K, "C: ça fait {keep:plus deux euros} par mois, et ma commande {keep:A94 F6X2} "
              "est partie ?"),
    _dialogue("fr5-ctl-order", "fr", K, "C: Ma commande {keep:743805350} n'est jamais arrivée.",
              "A: Elle sera livrée le {keep:mardi 3 décembre} vers {keep:14 h 30}."),
    # -- Hebrew --------------------------------------------------------------------------------------------------
    _dialogue("he5-intl-split", "he", S, "C: המספר שלי בצרפת {PHONE:+33 7}", "A: כן?", "C: {PHONE:81 64 22 59}"),
    _dialogue("he5-intl-00", "he", B, "C: אפשר גם בנייד ההולנדי, {PHONE:0031 6 2148 7790}"),
    _dialogue("he5-spoken-twice", "he", SP, "A: לאיזה מספר לחזור אלייך?",
              "C: {PHONE:אפס חמש ארבע, פעמיים שבע, שלוש אחת, שש שמונה, אפס}"),
    _dialogue("he5-spoken-plus", "he", SP,
              "C: המספר בצרפת {PHONE:פלוס שלושים ושלוש, שש, דאבל אחת, עשרים וארבע, תשעים, שמונה עשרה}"),
    _dialogue("he5-filler-phone", "he", S, "A: יש לך מספר נייד?", "C: כן, {PHONE:052}, ואז {PHONE:6419377}"),
    _dialogue("he5-id-pieces", "he", S, "A: מה מספר תעודת הזהות?", "C: {IL:717}... {IL:818}...", "C: {IL:009}"),
    _dialogue("he5-echo", "he", S, "C: הטלפון שלי {PHONE:054}", "A: {PHONE:054}?", "C: כן, {PHONE:3318276}",
              "A: אז {PHONE:054-3318276}, נכון?"),
    _dialogue("he5-card-expiry", "he", S, "A: מספר הכרטיס?", "C: {CARD:5201 8192}", "A: כן?",
              "C: {CARD:2421 1689}, תוקף {keep:03/29}"),
    _dialogue("he5-correct", "he", B, "C: הנייד {PHONE:053-41}... לא, רגע, {PHONE:053-4162258}"),
    _dialogue("he5-trans-id", "he", T, "C: מספר תעודת זהות {IL:882324017}"),
    _dialogue("he5-trans-card", "he", T, "C: הכרטיס שלי {CARD:5842 4772 0232 7741}"),
    _dialogue("he5-trans-iban", "he", T, "C: החשבון להחזר הוא {IBAN:IL82 9152 0846 1122 5225 191}"),
    _dialogue("he5-groups-id", "he", B, "C: ת.ז. {IL:19854510-5}"),
    _dialogue("he5-addr-letter", "he", AD, "A: מה הכתובת?", "C: {ADDR:הזית 14ג}. יש שני בניינים"),
    _dialogue("he5-addr-entrance", "he", AD, "A: מה הכתובת החדשה?",
              "C: {ADDR:רחוב הדקל 12, כניסה ב׳, דירה 4}, טבריה {PC#address:1420515}"),
    _dialogue("he5-addr-still", "he", AD, "C: אני עדיין ב{ADDR:הברוש 6}, לא עברתי"),
    _dialogue("he5-addr-ask", "he", AD, "A: באיזה רחוב אתם גרים?", "C: {ADDR:רחוב האלון}", "A: ומספר הבית?",
              "C: {ADDR:4}, ליד הגן"),
    _dialogue("he5-crm-said", "he", CR, "C: אני רוצה לוודא פרטים, אני עדיין ב{ADDR:הגפן 11}",
              "A: ויש לי את {PHONE:052-7781430} ו-{EMAIL:dana.levi@walla.co.il}", "C: נכון",
              crm=_crm("דנה", "לוי", customer_id="C-640913", street="הגפן 11", phone="0527781430",
                       email="dana.levi@walla.co.il"),
              secret=("C-640913", "הגפן 11", "0527781430", "dana.levi@walla.co.il")),
    _dialogue("he5-ctl-pickup", "he", K, "A: נקודת האיסוף נמצאת ב{keep:רחוב הרצל 40}, מיקוד {keep:7528101}."),
    _dialogue("he5-ctl-center", "he", K, "A: אפשר להחזיר את הממיר במרכז השירות שלנו ב{keep:שדרות ירושלים 12}, "
              "פתוח עד {keep:19:00}."),
    _dialogue("he5-ctl-week", "he", K, "C: אני ב{keep:שבוע 3} של ההריון, אפשר טכנאי רק אחרי {keep:10:00}?"),
    _dialogue("he5-ctl-line", "he", K, "C: אני ב{keep:קו 3} כבר חצי שעה, והמונה מראה {keep:4512}... {keep:4513}"),
    _dialogue("he5-ctl-order", "he", K, "C: הזמנה {keep:387572738} עוד לא הגיעה",
              "A: היא תגיע ביום {keep:חמישי} אחרי {keep:16:00}."),
]
