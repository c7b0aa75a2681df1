"""The thirty-eighth tuning batch: the company's person named by what they will do for the one on the line, in the
agent's question ("Op welk nummer mag ... u bellen?", "Which email should ... send your quote to?", "Sur quel numéro
... peut vous rappeler ?"), on duty until a time ("... is on until five", "... is er tot vijf uur"), or in the
customer's question ("Kan ... me dat uitleggen?", "Kan ik ... zelf bellen?", "Could she phone ... directly?", "So ...
will sort it out?", "Et ... pourra me rappeler ?", "האם ... תוכל לחזור אליי?"); the agent introducing themself with the
customer's first name and "too"; a lawyer or notary by surname ("meester ...", "l'avocate ...", "attorney, ...",
"עורכת הדין ..."); a file or notice number shaped like an ID or a phone ("file number", "numéro d'avis", "מספר תיק");
"מה המספר שלך?" asking for a phone dictated in pieces; "who is your partner?" asking for a name; an e-mail address
broken off at its "@"; an address given in pieces after "have you moved?" (the street alone, then its number after a
prompt); a house number the call gave in words, read back after "nummer"; a house number with its digits swapped
taken back ("No, it's number ..."); a Paris flat's staircase, floor and side ("3e gauche") and a Dutch one ("2 hoog
achter"); a Canadian postcode spoken with "un".

Written in the thirty-sixth round of conversation-aware redaction, after held-out batch 35 (a tax-return service) had
been scored and spent, in sectors no batch had used (a beekeeping supplier, a violin-repair workshop, a ski-rental
shop, a funeral-insurance provider). Batch 35 changed 10 of 217 look-alikes: seven were the company's own staff by first
name (whom the agent said would call the customer back or send them something, who was on duty until a time, whom the
customer asked would explain or handle it, and the agent who shared the customer's first name "too"), three were a tax
office's file or notice numbers that looked like an ID or a phone. It leaked names after a lawyer's title and in answer
to "who is your partner?", a street said alone after "have you moved?" and its number after the prompt, a house number
read back after "nummer", a swapped house number taken back, a Paris flat's side ("droite"), a Canadian postcode spoken
with "un", a truncated e-mail address, and the first pieces of a phone number asked for as "your number" in Hebrew.

Left: a surname opening a sentence with no cue ("... heeft de sleutel van de schuur"), as capitalised words open every
sentence; a given name after "chez" ("chez ..."), as shops and bakeries are named so ("chez Paul"); a name echoed as a
question before the number asked for ("Of ...? 51..."), too close to any echoed word; a Hebrew street with no street
word said after its number in another turn and read back with its entrance letter; a house number said again digit by
digit right after the same number in words, where the number reader joins the two across the full stop; a customer
asking whether a number on a tax letter is a phone, as only the agent's later answer says what it is.

Batch 35 before and after this round: NAME 0.864 -> 0.932, ADDRESS 0.855 -> 0.945, EMAIL 0.952 -> 1.00, PHONE 0.960
-> 1.00, POSTCODE 0.952 -> 1.00, the rest 1.00 as they were; look-alikes changed 10 of 217 -> 1 of 217; hidden values
with a piece left in clear 1 -> 0. Batches 1-34 keep every value they hid and every look-alike they kept; batch 31 no
longer leaves a Paris flat's side ("gauche") in clear.

Before this round, on these 35 dialogues (41 gold spans, 40 look-alikes): ADDRESS 0.36 (14), NAME 0.11 (9), PHONE 0.60
(5), EMAIL 0.60 (5), POSTCODE 0.88 (8); spurious findings 15 of 36, look-alikes changed 15 of 40. After: every kind
1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, SP, B, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

THIRTY_EIGHTH: list[Dialogue] = [
    # the company's person named by what they will do for the one on the line, in the agent's question or plan
    _dialogue("nl38-mag-bellen", "nl", B, "A: Op welk nummer mag {keep:Joost} u bellen over de korf?",
              "C: {PHONE:06 41 27 93 58}", "A: Prima, hij belt {keep:vrijdag}."),
    _dialogue("en38-should-post", "en", B, "A: Which email should {keep:Priya} send your quote to?",
              "C: {EMAIL:k.osei.bees@outlook.com}", "A: Lovely, it's the {keep:Starter Hive} at {keep:£189}."),
    _dialogue("fr38-peut-rappeler", "fr", B, "A: Sur quel numéro {keep:Julie} peut vous rappeler pour le devis ?",
              "C: {PHONE:06 72 14 38 91}", "A: Merci, l'archet sera prêt {keep:jeudi}."),
    _dialogue("en38-on-until", "en", K, "A: Your skis are booked for {keep:Saturday}.",
              "C: Okay. Could she phone {keep:Gareth} directly?",
              "A: Sure, {keep:Gareth} is on until five, the boots are {keep:£25} a day."),
    _dialogue("nl38-er-tot", "nl", K, "A: Uw viool is klaar, reparatie {keep:RV-2291}.",
              "C: Mooi. Kan ik {keep:Maarten} zelf bellen?", "A: Ja, {keep:Maarten} is er tot vijf uur."),
    # the customer asking whether the company's person will explain or handle it
    _dialogue("nl38-kan-me-uitleggen", "nl", K, "A: Uw polis {keep:UV-30417} is aangepast.",
              "C: Kan {keep:Ilse} me dat nog per brief uitleggen?", "A: Ja, ze stuurt hem {keep:maandag}."),
    _dialogue("en38-will-handle", "en", K, "A: The claim is logged as {keep:FC-5512}.",
              "C: Right. So {keep:Ellie} will sort it out?", "A: Yes, within {keep:10 working days}."),
    _dialogue("he38-tochal-lachzor", "he", K, "A: הפוליסה {keep:UV-30417} עודכנה.",
              "C: האם {keep:רותם} תוכל לחזור אליי מחר?", "A: כן, עד {keep:12:00}."),
    _dialogue("fr38-pourra-rappeler", "fr", K, "A: Votre location est au nom du magasin de {keep:Morzine}.",
              "C: Et {keep:Inès} pourra me rappeler ce soir ?", "A: Oui, avant {keep:19 h}."),
    # the agent introducing themself with the customer's first name, "too"
    _dialogue("en38-this-is-too", "en", CN, "A: Hello, this is {keep:Rowan} too, what a coincidence. How can I help?",
              "C: Ha! It's about the violin case for {NAME:Rowan Pike}.", "A: Of course.",
              crm={"customer": {"first_name": "Rowan", "last_name": "Pike"}}),
    # a lawyer or a notary by surname
    _dialogue("nl38-meester", "nl", CN, "A: Wie regelt de uitvaartverzekering van uw vader?",
              "C: Dat doet meester {NAME:Van Leeuwen}, de notaris in Tilburg.", "A: Dan vraag ik ze bij hem op."),
    _dialogue("fr38-avocate", "fr", CN, "A: Qui s'occupe de la succession ?",
              "C: L'avocate {NAME:Girardot} à Annecy, elle a tout le dossier.", "A: Très bien, je lui écris."),
    _dialogue("en38-attorney", "en", CN, "A: Who holds the power of attorney?",
              "C: My late mother's attorney, {NAME:Okonjo}, in Leeds.", "A: Thanks, I'll note that."),
    _dialogue("he38-orechet-hadin", "he", CN, "A: מי מטפלת בפוליסה של אבא שלך?",
              "C: עורכת הדין {NAME:שפירא} מחיפה.", "A: מצוין, נשלח לה מכתב."),
    # a file or notice number shaped like an ID or a phone
    _dialogue("en38-file-number", "en", K, "C: The council gave me file number {keep:213457898} for the funeral.",
              "A: Thanks, I'll add it to policy {keep:UV-88120}."),
    _dialogue("fr38-numero-avis", "fr", K, "C: J'ai un numéro d'avis {keep:06 44 19 27 83} sur le courrier.",
              "A: Merci, je le joins au dossier {keep:ST-4410}."),
    _dialogue("he38-mispar-tik", "he", K, "C: יש לי מספר תיק {keep:213457898} מהביטוח הלאומי.",
              "A: תודה, אצרף אותו לפוליסה {keep:UV-88120}."),
    # "your number?" in Hebrew, the phone dictated in pieces
    _dialogue("he38-hamispar-shelcha", "he", S, "A: מה המספר שלך?", "C: {PHONE:053}", "A: כן?", "C: {PHONE:482}",
              "C: {PHONE:1967} סליחה, נשלח לפני הזמן", "A: רשמתי, תודה."),
    # "who is your partner?" asks for a name
    _dialogue("en38-who-partner", "en", CN, "A: Who's your partner on the hive share?",
              "C: {NAME:Robin}. He keeps the second apiary.", "A: Great, thanks."),
    _dialogue("nl38-wie-partner", "nl", CN, "A: Wie is uw partner op de polis?", "C: {NAME:Roos}, al twintig jaar.",
              "A: Dank u."),
    _dialogue("fr38-qui-conjoint", "fr", CN, "A: Qui est votre conjoint sur le contrat ?",
              "C: {NAME:Ange}, depuis 2019.", "A: Merci."),
    _dialogue("he38-mi-bat-hazug", "he", CN, "A: מי בת הזוג שלך בפוליסה?", "C: {NAME:שקד}. היא שותפה מלאה.",
              "A: תודה."),
    # an e-mail address broken off at its "@", corrected
    _dialogue("fr38-email-coupe", "fr", CR, "A: Votre courriel, s'il vous plaît ?",
              "C: {EMAIL:mireille.d@}... non, {EMAIL:mireille.dufour@laposte.net}", "A: C'est noté."),
    _dialogue("en38-cut-at", "en", CR, "A: Best email for the rental contract?",
              "C: {EMAIL:jon.kerr77@}... sorry, {EMAIL:jkerr77@proton.me}", "A: Got it."),
    # an address given in pieces after "have you moved?": the street alone, the number after a prompt
    _dialogue("fr38-demenage", "fr", AD, "A: Vous avez déménagé depuis la dernière location ?",
              "C: Oui, {ADDR:avenue des Tilleuls}", "A: Oui ?", "C: {ADDR:27 bis}, {PC:74110} Morzine."),
    _dialogue("nl38-verhuisd", "nl", AD, "A: Bent u verhuisd sinds de vorige bestelling?",
              "C: Ja, {ADDR:Bijenkorfstraat}", "A: Ja?", "C: {ADDR:19 A}, in Zwolle."),
    _dialogue("en38-moved", "en", AD, "A: Have you moved since the last order?",
              "C: Yes, {ADDR:Clover Lane}", "A: Yes?", "C: {ADDR:12}, {PC:YO31 7RT}."),
    _dialogue("he38-avarta", "he", AD, "A: עברתם דירה מאז ההזמנה הקודמת?",
              "C: כן, {ADDR:רחוב הדבורה}", "A: כן?", "C: {ADDR:9 דירה 3}, {PC:4428164} כפר סבא."),
    # a house number given in words, read back after "nummer"; a swapped house number taken back
    _dialogue("nl38-nummer-woorden", "nl", SP, "A: Wat is de postcode van de werkplaats waar de viool heen moet?",
              "C: {PC:Achtentachtig eenentwintig, K L}.", "A: En het huisnummer?", "C: {ADDR:Zevenenveertig}.",
              "A: Dus {PC:8821 KL}, nummer {ADDR:47}, dan komt hij {keep:dinsdag}."),
    _dialogue("en38-swapped-back", "en", AD, "A: I have {ADDR:71 Heather Road}, is that right?",
              "C: No, it's number {ADDR:17}. The other one is the shop.", "A: Sorry, fixed."),
    # a Paris flat's floor and side, a Dutch flat's floor and back
    _dialogue("fr38-3e-gauche", "fr", AD, "A: On livre la housse où ?",
              "C: {ADDR:14 rue Oberkampf, escalier B, 3e gauche}, {PC:75011} Paris.", "A: Parfait."),
    _dialogue("nl38-hoog-achter", "nl", AD, "A: Waar mag het koffer heen?",
              "C: {ADDR:Jacob van Lennepkade 201, 2 hoog achter}, {PC:1053 MN}.", "A: Genoteerd."),
    # a Canadian postcode spoken with "un"
    _dialogue("fr38-code-un", "fr", SP, "A: Votre code postal ?", "C: {PC:J quatre K, un R six}.",
              "A: Merci, les skis partent {keep:demain}."),
    # controls: a customer's own relative asked about, the agent's own words around a name
    _dialogue("en38-control-husband", "en", K, "C: Can my husband collect the hive frames on {keep:Saturday}?",
              "A: Yes, the shop opens at {keep:9:00}, order {keep:BK-2071}."),
    _dialogue("nl38-control-tot", "nl", K, "C: Tot wanneer zijn jullie open?",
              "A: Wij zijn er tot {keep:17:30}, de winkel in {keep:Zwolle} ook."),
]
