"""Held-out utterances for measuring redaction on text it was never tuned on.

The generated data in ``tests/test_redaction.py`` was used while the detectors were tuned, so its scores
flatter them. These lines were written separately, in the styles agents actually see: chat (lower case,
no punctuation, pasted e-mails) and transcribed calls (digits read out in groups, run-on sentences). The
gold spans of each batch were settled before the redactor first ran over it; afterwards only annotation
mistakes may be corrected, never a sentence reworded because the redactor got it wrong. New batches, not
edits, are how the set grows: the first one has since been used to fix the redactor.

Markup inside a line: ``{KIND:surface}`` is personal data the redactor must replace, exactly that span;
``{keep:surface}`` is a look-alike (order number, price, delivery date, version, a number that fails its
checksum) that must reach the model unchanged. The customer is "first|last" as a CRM would hand it over.
Checksum-bearing values were made with the checkers below and are verified by the test that uses them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

TODAY = date(2025, 9, 1)  # dates of birth are judged against a fixed day, so the measurement never ages
LANGS = ("nl", "en", "fr", "he")
_MARK = re.compile(r"\{([A-Z_]+|keep):([^{}]+)\}")


@dataclass(frozen=True, slots=True)
class Item:
    lang: str
    text: str
    customer: dict[str, str]
    spans: tuple[tuple[str, str], ...]  # (kind, surface), once per occurrence
    keep: tuple[str, ...]  # look-alikes that must survive redaction verbatim
    batch: int  # 1: written before any fix; 2: written after the fixes, before the redactor ran over them


def luhn_ok(digits: str) -> bool:
    """Payment cards, and Israeli ID numbers (the same weights over nine digits)."""
    total = sum(int(d) if i % 2 == 0 else sum(divmod(int(d) * 2, 10)) for i, d in enumerate(reversed(digits)))
    return total % 10 == 0


def bsn_ok(digits: str) -> bool:
    """The Dutch "elfproef": weights 9..2 and -1 over nine digits."""
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return len(digits) == 9 and sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def iban_ok(iban: str) -> bool:
    compact = re.sub(r"[\s-]", "", iban).upper()
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def _item(lang: str, customer: str, marked: str, batch: int = 1) -> Item:
    first, _, last = customer.partition("|")
    spans = tuple((m.group(1), m.group(2)) for m in _MARK.finditer(marked) if m.group(1) != "keep")
    keep = tuple(m.group(2) for m in _MARK.finditer(marked) if m.group(1) == "keep")
    context = {k: v for k, v in (("first_name", first), ("last_name", last)) if v}
    return Item(lang, _MARK.sub(lambda m: m.group(2), marked), context, spans, keep, batch)


_ROWS = [
    # -- Dutch: chat --------------------------------------------------------------------------------------
    ("nl", "Sanne|Visser", "hoi, met {NAME:Sanne} hier. mijn nieuwe nummer is {PHONE:06 - 41 27 83 90}, het oude "
           "mag eruit"),
    ("nl", "Marieke|de Jong", "Mijn mail is veranderd, het is nu {EMAIL:M.deJong+energie@Outlook.COM} ipv de oude"),
    ("nl", "Kees|de Boer", "Kunt u het teveel betaalde terugstorten op {IBAN:NL04 ABNA 0182 9166 86}? Op naam van "
           "K. {NAME:de Boer}"),
    ("nl", "", "rekeningnr is {IBAN:nl16rabo5153501612} hoor, die andere is van mijn moeder"),
    ("nl", "Fleur|Mulder", "Naam: {NAME:Fleur Mulder}, geb. {DATE_OF_BIRTH:07-03-1992}, woonachtig te Zwolle"),
    ("nl", "", "Voor de zorgtoeslag vroegen ze mijn bsn, dat is {BSN:285 689 393}. Moet ik dat ook aan jullie geven?"),
    ("nl", "Lotte|Smits", "we zijn verhuisd naar de Lindelaan 14, {POSTCODE:3581 lk} utrecht. groetjes {NAME:lotte}"),
    ("nl", "", "postcode {POSTCODE:2512CX} huisnummer 7 toevoeging b, kunt u de monteur daarheen sturen"),
    ("nl", "Ahmed|El Amrani", "Kunt u mij terugbellen op {PHONE:010 - 456 78 90}? Vraag maar naar {NAME:Ahmed}"),
    ("nl", "", "Ons vaste nummer is {PHONE:(020) 624 1987}, mobiel {PHONE:06-18273645}, liefst mobiel"),
    ("nl", "", "app me maar op {PHONE:06-4728 1935}, bellen lukt overdag niet"),
    ("nl", "", "Geboortedatum {DATE_OF_BIRTH:1990-11-23}; de monteur komt volgens de app op {keep:02-10-2025}"),
    ("nl", "", "ik heb betaald met mijn creditcard {CARD:4139 3491 1104 6378} maar het is twee keer afgeschreven"),
    ("nl", "Ingrid|van den Heuvel", "Dit gaat over de rekening van mevrouw {NAME:van den Heuvel}, ik ben haar zoon"),
    ("nl", "", "Ik heb geen BSN, alleen een Israëlisch paspoort met identiteitsnummer {IL_ID:036508240}"),
    ("nl", "Roos|Bos", "{NAME:Roos} hier, ik zeg mijn abonnement op want we verhuizen naar een huis midden in het "
           "{keep:bos} zonder glasvezel"),
    ("nl", "", "nieuw adres: Vismarkt 3a {POSTCODE:9712CB} Groningen, per 1 oktober"),
    ("nl", "", "Graag de incasso van {IBAN:NL62ASNB7024878853} in plaats van de oude, klantnummer {keep:679422589}"),
    ("nl", "", "Mijn nieuwe rekening is {IBAN:NL35 ABNA 7844 7733 71}, de oude is opgeheven"),
    ("nl", "", "BSN {BSN:1761.69.945} staat ook op mijn zorgpas"),
    ("nl", "", "Mastercard {CARD:5167 3829 8312 7283}, vervalt {keep:11/26}"),
    ("nl", "", "stuur de bevestiging maar naar mijn studentenmail {EMAIL:j.vd.berg@student.uva.nl}"),
    ("nl", "", "Mijn Israëlische identiteitskaart heeft nummer {IL_ID:114675663}, is dat genoeg?"),
    # -- Dutch: transcribed calls -----------------------------------------------------------------------
    ("nl", "Pieter|Bakker", "ja goedemiddag u spreekt met {NAME:Pieter Bakker} ik bel even over de factuur van "
           "{keep:€ 1.234,56} want die is veel te hoog"),
    ("nl", "", "mijn burgerservicenummer is eh {BSN:4529.71.998} ja dat klopt"),
    ("nl", "", "ik ben geboren op {DATE_OF_BIRTH:14 februari 1979} als u dat nodig heeft voor de verificatie"),
    ("nl", "", "u kunt mij bereiken op {PHONE:+31 (0)6 2345 6789} tussen {keep:9.00} en {keep:17.30}"),
    ("nl", "", "mijn man zit in het buitenland zijn nummer is {PHONE:0031 6 3829 1047} als het goed is"),
    ("nl", "", "het nummer is {PHONE:0 6 1 2 8 4 7 3 9 5} heeft u dat"),
    ("nl", "", "ja geboortedatum {DATE_OF_BIRTH:03-03-1985} en het klantnummer is {keep:786386027}"),
    ("nl", "", "mijn bsn is {BSN:819 834 580} nee wacht ja dat is hem"),
    # -- Dutch: look-alikes only ------------------------------------------------------------------------
    ("nl", "", "Mijn bestelling {keep:4500123456} is nog steeds niet geleverd, hij zou op {keep:14-07-2025} komen"),
    ("nl", "", "Factuur {keep:F2025-004417} klopt niet, er staat {keep:€ 89,95} op maar het was {keep:€ 79,95}"),
    ("nl", "", "De storing begon gisteren om {keep:14:35}, ticketnummer {keep:612712835}, en duurt nu al 26 uur"),
    ("nl", "", "Ik heb de app bijgewerkt naar versie {keep:5.12.3} maar inloggen lukt nog steeds niet"),
    ("nl", "", "Het tarief gaat per 1 januari met {keep:4,5%} omhoog? Ik zit al sinds {keep:2016} bij jullie"),
    ("nl", "", "De EAN-code van mijn aansluiting is {keep:871687120053270981}, staat op de jaarnota"),
    ("nl", "", "Het betalingskenmerk is {keep:4227 2534 7666 3693}, dat heb ik gewoon overgenomen"),
    ("nl", "", "Ik betaal nu {keep:€ 42,50} per maand voor 200 Mbit, ordernummer {keep:NL-2025-117734}"),
    ("nl", "", "Mijn klantnummer? Dat is {keep:224998713} denk ik, staat bovenaan de brief"),
    ("nl", "", "Mijn dochter is jarig op {keep:14-06-2025}, kan de levering van de laptop eerder?"),
    ("nl", "", "Jullie servicenummer {keep:0900-1234} is onbereikbaar, en via {keep:0800-0402} krijg ik een bandje"),
    ("nl", "", "Router IP is {keep:192.168.178.1} en het modem staat op firmware {keep:v7.29}"),
    # -- English: chat --------------------------------------------------------------------------------------
    ("en", "Olivia|Hart", "Hi, it's {NAME:Olivia} - I changed my email to {EMAIL:olivia.m.hart+bills@mail.proton.me}"),
    ("en", "", "You can text me on {PHONE:+44 (0)7911 123456} any time after {keep:6pm}"),
    ("en", "", "my cell is {PHONE:(415) 555-0132}, I'm in California until {keep:September 30}"),
    ("en", "", "Please call me back at {PHONE:415-555-0187}, I can't hear anything on this line"),
    ("en", "Jay|Patel", "Refund to {IBAN:GB78 NWBK 0081 1578 9564 28}, account name J. {NAME:Patel}"),
    ("en", "", "The IBAN they gave me was {keep:GB88 NWBK 0081 1578 9564 28} but my bank says it is invalid"),
    ("en", "", "DOB {DATE_OF_BIRTH:11/23/1978}, and the postcode there is {POSTCODE:1017 CX}"),
    ("en", "", "My date of birth? {DATE_OF_BIRTH:June 22nd, 1990}. Do you need my address as well?"),
    ("en", "", "ok full number is {CARD:5117 3044 0660 6579} expiry {keep:08/27}"),
    ("en", "", "I'll pay with my Amex instead: {CARD:3717 955229 43923}"),
    ("en", "", "Order #{keep:112-4839201-7734021} still says processing after {keep:9} days"),
    ("en", "", "Invoice INV-2025-00871 shows {keep:$1,249.00} but I was quoted {keep:$999}"),
    ("en", "", "tracking number {keep:1Z999AA10123456784} hasn't moved since Tuesday"),
    ("en", "", "It's {keep:535500781}, the number at the top right of the letter you sent"),
    ("en", "", "the router firmware is {keep:v3.2.14} and the serial is {keep:SN4490127733}"),
    ("en", "", "I've been with you since {keep:2012} and this is the third outage in {keep:2025}"),
    ("en", "", "Delivery was booked for {keep:14/07/2025} between {keep:8:00} and {keep:12:00}, nobody came"),
    ("en", "", "They asked for my BSN for the Dutch contract, ok it's {BSN:218808677}"),
    ("en", "", "my dutch social security number (BSN) is {BSN:952 404 862}"),
    ("en", "", "Israeli ID {IL_ID:252055645}, my passport is in the other bag"),
    ("en", "Grace|O'Neill", "Can you update the account holder to {NAME:Grace O'Neill}? She's my wife"),
    ("en", "Hannah|Lee", "best to reach me at {PHONE:+1 646 555 0199} or {EMAIL:hannah.lee@northwind.io}"),
    ("en", "", "send the signed contract to {EMAIL:R.PATEL@CONTOSO-LEGAL.CO.UK} please"),
    ("en", "", "you promised {keep:15%} off for 12 months but the bill only shows {keep:10%}"),
    ("en", "", "my gift card code {keep:6954 9316 7742 3634} says it's already been used"),
    ("en", "Henry|Walsh", "{NAME:Henry} here again. The postcode is {POSTCODE:SW1A 1AA}, flat 3"),
    ("en", "", "the contract started {keep:01/02/2021} and I was told it runs until {keep:31/01/2026}"),
    ("en", "", "just charge {CARD:4898183490177392} and be done with it"),
    ("en", "", "the amex is {CARD:3487 449048 74959}, bank reference {keep:7579 9150 7309 1605}"),
    ("en", "", "Use my German account please, {IBAN:DE04 9256 4939 6737 5377 03}"),
    ("en", "", "Can you pay the refund into my Spanish account {IBAN:ES37 5657 6112 6326 4025 9412}?"),
    ("en", "", "ID no. {IL_ID:077389435} (Israeli), it's on the scan I uploaded"),
    ("en", "", "BSN: {BSN:3694 91 282}, and I moved here in {keep:2023}"),
    ("en", "", "my BSN is {BSN:538159558} and my wife's is on the other form"),
    ("en", "", "please reply to {EMAIL:k.obrien@tcd.ie} rather than the address on file"),
    ("en", "", "and my teudat zehut is {IL_ID:059927798} if you need it"),
    # -- English: transcribed calls ------------------------------------------------------------------------
    ("en", "", "yeah so my number is {PHONE:07700 900 431} that's the mobile"),
    ("en", "", "I was born on {DATE_OF_BIRTH:3 March 1985} if you need to verify me"),
    ("en", "", "my date of birth is the {DATE_OF_BIRTH:22nd of June 1990} and the last four are {keep:4411}"),
    ("en", "Tom|Harris", "hi yeah this is {NAME:tom harris} calling about my broadband"),
    ("en", "", "so the address is twenty two Baker Street {POSTCODE:NW1 6XE} London"),
    ("en", "", "D.O.B. {DATE_OF_BIRTH:04/17/1969}, the model is an {keep:A2337} running iOS {keep:17.5.1}"),
    ("en", "", "my son's birthday is next week on {keep:09/09/2025}, can the phone arrive before that"),
    # -- French: chat ----------------------------------------------------------------------------------------
    ("fr", "Camille|Laurent", "Oui bonjour, ici madame {NAME:Laurent}, j'ai un souci avec ma box depuis lundi"),
    ("fr", "", "Vous pouvez me rappeler au {PHONE:06.12.48.73.90} ?"),
    ("fr", "", "Depuis la Belgique, composez le {PHONE:+32 470 12 34 56}, c'est mon portable"),
    ("fr", "", "le fixe du bureau : {PHONE:0033 1 42 68 53 00}"),
    ("fr", "", "Mon frère vous appelle du {PHONE:+33 (0)6 71 84 22 19}, il a le même problème"),
    ("fr", "", "mon adresse mail : {EMAIL:Jean-Luc.Mercier@laposte.net}"),
    ("fr", "", "écrivez à {EMAIL:amelie.roux+sav@free.fr} svp, je ne réponds jamais au téléphone"),
    ("fr", "", "Voici mon RIB, IBAN : {IBAN:FR49 8863 5786 42G3 07TU 3UW0 G31}"),
    ("fr", "", "Faites le virement sur mon compte belge {IBAN:BE45 9679 3130 5121} s'il vous plaît"),
    ("fr", "", "iban {IBAN:be82192635965611} merci"),
    ("fr", "", "ma carte c'est la {CARD:5350-6258-4939-1858}, elle n'est pas expirée"),
    ("fr", "", "date de naissance : {DATE_OF_BIRTH:12.09.1974}"),
    ("fr", "", "Ma fille est née le {DATE_OF_BIRTH:17 août 2009}, il lui faut un forfait à elle"),
    ("fr", "", "J'habite 14 rue des Lilas, {POSTCODE:69003} Lyon, au deuxième étage"),
    ("fr", "", "né le {DATE_OF_BIRTH:5 févr. 1966} à Nantes"),
    ("fr", "Hélène|Girard", "Pouvez-vous mettre le contrat au nom de {NAME:Hélène Girard} ?"),
    ("fr", "Marie-Claire|Fontaine", "C'est {NAME:Marie-Claire} qui s'occupe du dossier, pas moi"),
    ("fr", "", "Je travaille aux Pays-Bas, mon BSN c'est {BSN:220835688}"),
    ("fr", "", "numéro de teudat zehout : {IL_ID:040985871}"),
    ("fr", "", "iban {IBAN:fr4106279009223sjkykwgjqc57} pour le remboursement"),
    ("fr", "", "carte visa {CARD:4549 7440 7629 7517}, le cryptogramme je ne le donne pas"),
    ("fr", "", "réglez avec l'autre carte, {CARD:376740334398614}"),
    ("fr", "", "Mon BSN : {BSN:367.787.945}"),
    ("fr", "", "pièce d'identité israélienne n° {IL_ID:027572445}"),
    ("fr", "", "mon ancienne adresse c'était {EMAIL:contact.durand@wanadoo.fr}, la nouvelle c'est "
           "{EMAIL:p.durand@icloud.com}"),
    ("fr", "", "Le colis doit aller au 8 boulevard Voltaire, {POSTCODE:75011} Paris"),
    ("fr", "", "J'ai déménagé au 3 avenue Louise, {POSTCODE:1050} Ixelles"),
    # -- French: transcribed calls ------------------------------------------------------------------------
    ("fr", "", "alors mon portable c'est le {PHONE:07 81 22 46 09} voilà"),
    ("fr", "Lucas|Petit", "oui c'est {NAME:Lucas} alors mon numéro c'est le {PHONE:06 71 23 45 09} et mon mail "
           "c'est {EMAIL:lucas.petit@gmail.com}"),
    ("fr", "", "je suis né le {DATE_OF_BIRTH:3/3/1985} à Lille"),
    ("fr", "Léa|Moulin", "bonjour je m'appelle {NAME:Léa Moulin} je suis cliente depuis {keep:2019}"),
    # -- French: look-alikes only ---------------------------------------------------------------------------
    ("fr", "", "Commande n° {keep:FR-88213409} livrée le {keep:12/06/2025} mais le colis était vide"),
    ("fr", "", "Le montant est de {keep:1 234,56 €} TTC, ce n'est pas ce qui était prévu"),
    ("fr", "", "Votre rendez-vous technicien est le {keep:18/09/2025} à {keep:14h30}"),
    ("fr", "", "j'ai payé {keep:29,99 €} par mois pendant 24 mois"),
    ("fr", "", "la référence du produit est {keep:3764925899138}, il est en rupture ?"),
    ("fr", "", "la box est en version {keep:7.4.2}, numéro de série {keep:AX7731029954}"),
    ("fr", "", "numéro client {keep:413429901}"),
    ("fr", "", "une hausse de {keep:8 %} depuis {keep:2023}, c'est énorme"),
    ("fr", "", "Mon numéro de contrat est le {keep:0612345678}, celui de la box"),
    ("fr", "", "Livraison prévue le {keep:2 octobre 2025} entre 8h et 13h"),
    # -- Hebrew: chat -------------------------------------------------------------------------------------------
    ("he", "דנה|לוי", "שלום, מדברת {NAME:דנה לוי}, יש לי בעיה עם החשבונית האחרונה"),
    ("he", "", "אפשר לחזור אליי למספר {PHONE:052-738-4419} אחרי העבודה"),
    ("he", "", "אני בחו״ל עכשיו, תתקשרו ל-{PHONE:+972-54-6123987}"),
    ("he", "", "הנייד של בעלי {PHONE:054 612 3398}"),
    ("he", "", "מספר הבית {PHONE:03-5617284} אבל אף אחד לא עונה שם"),
    ("he", "", "תשלחו את החשבונית לכתובת {EMAIL:dana.levi+bezeq@walla.co.il}"),
    ("he", "", "מספר הזהות שלי {IL_ID:687166751}"),
    ("he", "", "ת\"ז {IL_ID:51392093-4}"),
    ("he", "", "תעודת זהות מספר {IL_ID:011493723} על שם אמא שלי"),
    ("he", "", "מספר IBAN: {IBAN:IL89 3006 7169 0551 4778 427}"),
    ("he", "", "מספר כרטיס האשראי {CARD:4674-6664-5297-5688}"),
    ("he", "", "תאריך לידה {DATE_OF_BIRTH:3.3.1985} ומספר לקוח {keep:387191715}"),
    ("he", "", "אני ילידת {DATE_OF_BIRTH:14/01/1991} אם צריך לאמת"),
    ("he", "", "המיקוד שלנו {POSTCODE:6701101}"),
    ("he", "", "המייל: {EMAIL:MOSHE.BITON@BEZEQINT.NET}"),
    ("he", "", "תתקשרו אליי ב{PHONE:0523817264} בבקשה"),
    ("he", "", "{DATE_OF_BIRTH:21/07/1988} זה תאריך הלידה שלי"),
    ("he", "", "עברתי להולנד, מספר ה-BSN שקיבלתי {BSN:978986003}"),
    ("he", "", "אפשר גם בוואטסאפ {PHONE:00972-52-4417789}"),
    ("he", "אבי|מזרחי", "אני מתקשרת בשם {NAME:אבי מזרחי}, בעלי, הוא בעל החשבון"),
    ("he", "אור|שטרן", "{NAME:אור} מדבר, אין לי {keep:אור} בבית מאז הבוקר"),
    ("he", "", "תחייבו את הכרטיס השני, {CARD:5323 3166 3358 7315}"),
    ("he", "", "מספר הכרטיס {CARD:2223739006525000} תוקף {keep:03/28}"),
    ("he", "", "להחזר: {IBAN:IL044374978662265100549}"),
    ("he", "", "מספר ת.ז {IL_ID:032533929} של הילד"),
    ("he", "", "תעודת זהות {IL_ID:64378425} בלי האפס בהתחלה"),
    ("he", "", "מספר BSN {BSN:507006951} מהעירייה באמסטרדם"),
    ("he", "", "המייל של האוניברסיטה {EMAIL:Yael.Cohen@mail.huji.ac.il}"),
    # -- Hebrew: transcribed calls ---------------------------------------------------------------------------
    ("he", "", "כן אז המספר שלי זה {PHONE:058 44 33 221}"),
    ("he", "יעל|כהן", "שלום קוראים לי {NAME:יעל} אני מתקשרת לגבי הראוטר"),
    ("he", "", "נולדתי ב{DATE_OF_BIRTH:2 בספטמבר 1983} ברמת גן"),
    # -- Hebrew: look-alikes only -----------------------------------------------------------------------------
    ("he", "", "ההזמנה שלי {keep:334745866} עוד לא הגיעה"),
    ("he", "", "חויבתי ב-{keep:₪1,250.00} במקום {keep:₪250}"),
    ("he", "", "הטכנאי יגיע ב-{keep:12.08.2025} בין {keep:8:00} ל-{keep:12:00}"),
    ("he", "", "מחיר החבילה עלה ב-{keep:12%} בלי הודעה"),
    ("he", "", "גרסת האפליקציה {keep:4.18.0} ועדיין זה קורס"),
    ("he", "", "מספר חשבונית {keep:2025004417} מהחודש שעבר"),
    ("he", "", "קוד השובר {keep:4873 5890 7630 7819} לא עובד"),
    ("he", "", "מספר לקוח {keep:665726262}"),
    ("he", "", "אני אצלכם כבר מ-{keep:2011}, 14 שנה, ואף פעם לא היה ככה"),
    ("he", "", "החבילה נשלחה ב-{keep:28 באוגוסט 2025} ועדיין לא הגיעה"),
]

# The second batch measures whether the fixes made after scoring the first one hold on text they never saw.
_SECOND_ROWS = [
    ("nl", "Peter|de Wit", "Goedemorgen, dhr. P. {NAME:de Wit} hier, mijn nummer is {PHONE:06/48 21 93 57}"),
    ("nl", "", "bel maar naar {PHONE:+31-6-18 27 46 95} of mail {EMAIL:pieter1985@hotmail.com}."),
    ("nl", "", "Graag storten op {IBAN:NL73-ABNA-1950-0167-27}, dat is mijn spaarrekening"),
    ("nl", "", "sofinummer {BSN:106156536}, dat is toch hetzelfde als BSN?"),
    ("nl", "", "BSN-nummer: {BSN:597.332.472}"),
    ("nl", "", "Adres: Dorpsweg 8, {POSTCODE:7437AB} Bathmen"),
    ("nl", "Anouk|Jansen", "ik ben {NAME:anouk}, geboren {DATE_OF_BIRTH:1-2-1988}, klant sinds {keep:2015}"),
    ("nl", "", "Het IMEI-nummer is {keep:356938035643809}, de telefoon is gestolen"),
    ("nl", "", "BTW-nummer {keep:NL001234567B01} en KvK {keep:12345678}, het is een zakelijke aansluiting"),
    ("nl", "", "Ik betaal {keep:€1.299,-} voor {keep:2x 250 GB}, kenmerk {keep:2025/118/44}"),
    ("nl", "", "De pakketbezorger kwam om {keep:12:45u} met zending {keep:3SDEVC1234567}"),
    ("nl", "", "bestelnr. {keep:0612345678} staat op de pakbon, dat is toch geen telefoonnummer"),
    ("en", "", "Contact: Noa Brenner <{EMAIL:noa.brenner@gmail.com}>, {PHONE:+44 7700 900 123}"),
    ("en", "", "call me on {PHONE:+1 (646) 555-0133} tomorrow morning"),
    ("en", "", "IBAN:{IBAN:GB67NWBK89463606535288}"),
    ("en", "", "card no {CARD:4762 9414 9829 3872}, name on card as on the account"),
    ("en", "", "the amex number is {CARD:3793 790463 07931}"),
    ("en", "", "DOB: {DATE_OF_BIRTH:1988-02-01}. Postcode {POSTCODE:EC1A 1BB}."),
    ("en", "", "I was born {DATE_OF_BIRTH:2nd Feb 1988} so I should get the senior discount? no wait"),
    ("en", "Claire|Dupont", "This is {NAME:Claire}, my husband set the account up under {NAME:Dupont}"),
    ("en", "", "The total was {keep:£1,049.99} for {keep:3} handsets, ref {keep:ZX-4471-0098}"),
    ("en", "", "my usage went from {keep:12.5 GB} to {keep:48.7 GB} in {keep:August 2025}"),
    ("en", "", "Ticket {keep:INC0049381} was closed on {keep:2025-08-14} without a fix"),
    ("en", "", "The PUK on the letter is {keep:77382910} and the SIM serial {keep:8931440400012345678}"),
    ("fr", "", "mon numéro : {PHONE:06-12-39-84-57}"),
    ("fr", "", "appelez le {PHONE:+33 6.71.84.22.98} après 18h"),
    ("fr", "", "Voici mon IBAN {IBAN:FR11 1375 9258 68CT C13M XRX6 627}."),
    ("fr", "", "née le {DATE_OF_BIRTH:01/02/1988}, à Bordeaux"),
    ("fr", "", "date de naissance {DATE_OF_BIRTH:1er février 1988}"),
    ("fr", "", "code postal : {POSTCODE:13008}"),
    ("fr", "", "Envoyez la facture à {EMAIL:compta.dupuis@orange-business.fr}"),
    ("fr", "Julien|Roux", "Bonjour, {NAME:Julien Roux}, client depuis {keep:2017}, j'ai un souci de facturation"),
    ("fr", "", "Notre SIREN est le {keep:552 081 317}, c'est pour le compte professionnel"),
    ("fr", "", "Le forfait {keep:5G} à {keep:19,99 €/mois} passe à {keep:24,99 €} au {keep:1er octobre}"),
    ("fr", "", "La facture {keep:FA-2025-09-0142} du {keep:3 septembre 2025} est fausse"),
    ("fr", "", "le code de suivi est {keep:6A12345678901} et le colis pèse {keep:2,5 kg}"),
    ("he", "", "הטלפון שלי {PHONE:052 - 7384419}"),
    ("he", "", "המספר בחו\"ל {PHONE:+972 (0)52 738 4419}"),
    ("he", "", "ת.ז. {IL_ID:096377098}"),
    ("he", "", "מספר זהות: {IL_ID:13607112-3}"),
    ("he", "", "נולדתי ב-{DATE_OF_BIRTH:1.2.88}"),
    ("he", "", "תאריך לידה: {DATE_OF_BIRTH:01/02/1988}"),
    ("he", "", "מיקוד {POSTCODE:6473925}"),
    ("he", "נועה|ברנר", "תעבירו את זה ל{NAME:נועה}, היא מטפלת בחשבון"),
    ("he", "", "החיוב האחרון היה {keep:₪ 1,299} על {keep:2} מכשירים"),
    ("he", "", "מספר הזמנה {keep:A-99812} מתאריך {keep:14.08.2025}"),
    ("he", "", "כרטיס {CARD:4546-3206-8514-3567} תוקף {keep:09/27}"),
    ("he", "", "הראוטר בגרסה {keep:2.4.118} ואני משלם {keep:99.90} ש\"ח"),
]

ITEMS: tuple[Item, ...] = (*(_item(*row) for row in _ROWS), *(_item(*row, batch=2) for row in _SECOND_ROWS))
