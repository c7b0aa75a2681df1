"""The sixty-second tuning batch: the agent's go-ahead with no kind of its own ("Zeg het maar.", "Could you give it
to me again?", "D'accord, je vous écoute.", "אני מקשיבה.", "תגידי לאט?") after the customer named the number to
come ("... van een andere rekening laten afschrijven", "the ID number on my form is wrong", "צריך IBAN"), its
pieces hidden as they are said; a practice named by its name and the address and line said right after it, kept
("Dierenartsenpraktijk De Linde, Kerkweg 14, 0318 55 21 90", "Hillside Veterinary Clinic, 3 Station Road, ...",
"Clinique vétérinaire du Salève, ...", "מרפאה וטרינרית הכרמל, 04-8123456"); a card's first groups of four offered
in the chat after paying was named, with no question for them ("can i pay ... here?" then "4539 1488"), hidden.

Written in the sixtieth round of conversation-aware redaction, on the leaks and changed look-alikes of the spent
held-out batch 58 (a dog-walking, pet-sitting and boarding service) grouped by cause with those left in batches 50
to 57, in two sectors no batch had used as its company (a taxidermy studio, a knife-sharpening service). The causes
with the most misses were: the vet practice's own name, address and phone that owners give as an emergency contact,
hidden (13 of batch 58's 18 changed look-alikes: nl-013, nl-015, nl-040, en-040, fr-040, he-015, he-040); the
number a customer names, then dictates in pieces (with a correction, so no whole value is found) after an agent's
"Zeg maar", "Could you give it to me again?", "אני מקשיב", "תגידי לאט?" that asks for no kind (58: nl-009, he-006,
en-009, he-009; 56: fr-015, a card in French number words after "Je vous écoute"); a card's first groups offered in
the chat with no question for them (58: en-008, fr-008, he-008; 57: en-008, he-008). On the held-out bench (a
request after every customer line, with the call so far), batch 58 went from 48 values out to 24 (IBAN 0.806 ->
1.00, Israeli IDs 0.550 -> 0.950, cards 0.727 -> 1.00, split numbers 0.729 -> 0.915; addresses 0.918, BSN 0/1,
names 0.979, phones 0.880 unchanged) and from 18 look-alikes changed of 418 to 5 (4.3% -> 1.2%). On batches 50 to
57 the leaks of these causes went from 3 to 0: batch 56 from 21 values out to 20 (cards 0.933 -> 1.00), batch 57
from 37 to 35 (cards 0.818 -> 1.00, split numbers 0.968 -> 0.984); batches 50 to 55 unchanged (they had no leak
and no changed look-alike of these causes); batch 6 lost a leak too ("BE83 3981", an IBAN's group right after its
country and check digits). No value went out that did not before and no look-alike was changed that was not
before, in any of batches 1 to 57. Before this round, 11 of the 13 dialogues below missed a value or changed a
look-alike; after: none; the controls guard the customer's own number said after the practice's ("..., en mijn
eigen nummer is 06 ...") and an order's groups of four after "I paid already, my order number is".

Fixed, for the general case:
- Context: an agent's turn whose last sentence is a go-ahead that names no kind ("Zeg (het) maar", "vertel maar",
  "could you give it to me again?", "go ahead", "je vous écoute", "allez-y", "vous pouvez me le redonner ?",
  "אני מקשיב/ה", "תגיד/י", "תקריא/י") right after a customer's turn that names one kind of dictated number (a
  phone, an IBAN, a card, a BSN, an Israeli ID) asks for that number.
- Context: a customer's segment that ends in two or three groups of four from a card network's first digits (4,
  51-55, 22-27, 34/37, 6011, 65), after paying or a card was named in it or the customer's segments just before,
  with no question asked, gives a card: its groups are pieces of one. Not after an order's, an invoice's or a
  booking's number named, and only for that segment, not for later segments chained to it ("4060 4961. Vervalt
  in maart 2029." keeps its year).
- Numbers: a practice named by its name, a capitalised word ending in -kliniek or -praktijk, "Kliniek ...",
  "... Clinic", "... Practice", "Clinique ...", "Cabinet ...", "מרפאה/מרפאת ..." before a comma, and the address
  and phone said right after it, up to the sentence's end or a word that turns to the speaker ("en mijn", "and
  my", "שלי"), are the practice's: kept. The word in lower case ("boven de dierenkliniek, Dorpsstraat 5") is none.
- Numbers: a digit group right after an IBAN's country and check digits ("BE50 5260... 1851, nee, pardon, 1815")
  is a piece of the IBAN being dictated.

Left, and why:
- a phone whose first pieces come in the customer's opening turn around an aside to a child ("07912... Noah, put
  that down! Sorry. 468...", "C'est le 06 72... Léo, lâche le chien ! Pardon. 48...") and are read back with
  "...?" (58: en-007, fr-007; he-007 half): the pieces of a long opening turn with no question for them; next.
- a BSN or an Israeli ID read off a document with no ID word in the turn, its check failing ("Ik heb hier mijn
  rijbewijs, daar staat 953968428 op", "927482127." to "Can you read me what you entered?"), and the controls where
  a number the customer asks about ("is dat mijn BSN?", "is that my ID number??", 58: nl-037, en-037; 57: nl-037)
  or a number that called them ("zijn jullie dat?", 51: nl-038, en-037, fr-037, he-037) is the company's, as the
  agent's next turn says: a customer's turn is redacted once in its context, before the agent's answer, and reading
  it again after that answer is a change to how the vault keeps turns, not done in this round's time.
- a known surname used as a common word ("le Berger australien", "יש לנו גור"), "On déménage le 15, rue Dancet"
  (a date before a street), the names with no cue, the house numbers said alone after "nummer": other causes, each
  with one or two misses per batch.
"""

from __future__ import annotations

from redaction_dialogues import Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

SIXTY_SECOND: list[Dialogue] = [
    # the agent's go-ahead with no kind of its own: the number the customer named comes
    _dialogue("nl62-iban-after-zeg-het-maar", "nl", S,
              "A: Messenslijperij Scherp, goedemiddag.",
              "C: Hallo, ik wil het abonnement voor het slijpen van mijn koksmessen voortaan van een andere rekening "
              "laten afschrijven.",
              "A: Geen probleem. Zeg het maar.",
              "C: {IBAN:BE50} {IBAN:5260}... {IBAN:1851}, nee, pardon, {IBAN:1815}... en dan {IBAN:9018}.",
              "A: Genoteerd, de eerste afschrijving van {keep:€ 14,50} is op {keep:1 maart}."),
    _dialogue("en62-id-after-give-it-again", "en", S,
              "A: Fernhill Taxidermy, Ruth speaking.",
              "C: Hi, it's about the fox I brought in. Your office says the ID number on my form is wrong.",
              "A: Yes, one digit is off. Could you give it to me again?",
              "C: Sure. {IL:384}... {IL:123}. Wait, no. {IL:132}. And {IL:437}.",
              "A: Thanks, the fox will be ready in {keep:six weeks}."),
    _dialogue("he62-iban-after-listening", "he", S,
              "A: משחזת הגליל, שלום.",
              "C: היי, ביטלתי את ההזמנה להשחזת הסכינים ואמרו לי שצריך IBAN בשביל ההחזר.",
              "A: נכון, {keep:120 ₪}. אני מקשיבה.",
              "C: {IBAN:IL69}... {IBAN:0108}... {IBAN:0012}... {IBAN:2630}, לא, סליחה, {IBAN:2603}... {IBAN:0622}... "
              "{IBAN:492}.",
              "A: תודה, ההחזר יוצא מחר."),
    _dialogue("fr62-phone-after-je-vous-ecoute", "fr", S,
              "A: Atelier de taxidermie Lebrun, bonjour.",
              "C: Bonjour, le numéro de portable sur ma fiche n'est plus le bon, c'est pour me prévenir quand le "
              "faisan est prêt.",
              "A: D'accord, je vous écoute.",
              "C: {PHONE:06 52}... {PHONE:81}, non, pardon, {PHONE:18}... {PHONE:44 90}.",
              "A: C'est noté, comptez {keep:trois mois}."),
    _dialogue("he62-id-say-it-slowly", "he", S,
              "A: סטודיו לפחלוץ, שלום.",
              "C: שלום, ביקשתם ממני שוב את תעודת הזהות לטופס של הינשוף.",
              "A: כן, חסרה ספרה. תגידי לאט?",
              "C: {IL:391}... {IL:875}, רגע, לא, {IL:857}... {IL:562}.",
              "A: תודה, הינשוף יהיה מוכן בעוד {keep:חודשיים}."),
    # a practice named by its name, then its address and line: the practice's, kept
    _dialogue("nl62-practice-details-kept", "nl", K,
              "A: Preparateur Van Dam, goedemiddag.",
              "C: Goedemiddag, ik breng vrijdag de uil. De dierenarts die hem vond: {keep:Dierenartsenpraktijk De "
              "Linde}, {keep:Kerkweg 14}, {keep:0318 55 21 90}.",
              "A: Dank u, dan bellen we de praktijk voor de papieren. Het opzetten kost {keep:€ 240}."),
    _dialogue("en62-clinic-details-kept", "en", K,
              "C: Hi, for the paperwork on the barn owl, the vet who had it was {keep:Hillside Veterinary Clinic}, "
              "{keep:3 Station Road}, {keep:01632 960 412}.",
              "A: Thanks, we'll ask them for the release form. The mount is {keep:£ 310}, ready in {keep:May}."),
    _dialogue("fr62-clinique-details-kept", "fr", K,
              "C: Bonjour, pour le renard, la clinique qui l'a euthanasié : {keep:Clinique vétérinaire du Salève}, "
              "{keep:9 route de Genève}, {keep:04 50 12 34 56}.",
              "A: Merci, nous leur demandons le certificat. La naturalisation coûte {keep:650 €}."),
    _dialogue("he62-clinic-phone-kept", "he", K,
              "C: היי, לגבי הבז: הווטרינר שטיפל בו זה {keep:מרפאה וטרינרית הכרמל}, {keep:04-8123456}.",
              "A: תודה, נבקש מהם את האישור. המחיר {keep:900 ₪}."),
    _dialogue("nl62-own-number-after-practice", "nl", S,
              "A: Preparateur Van Dam, goedemorgen.",
              "C: Goedemorgen. Voor de das: {keep:Dierenkliniek Oost}, {keep:020 555 12 34}, en mijn eigen nummer is "
              "{PHONE:06 28 41 77 90}.",
              "A: Dank u, we bellen u als de das klaar is, over {keep:acht weken}."),
    # a card offered in the chat with no question for it: its first groups hidden as they come
    _dialogue("en62-card-offered-in-chat", "en", S,
              "C: hi can i pay for the knife sharpening here? the payment page keeps timing out",
              "C: {CARD:4539 1488}",
              "C: {CARD:0343 6467} exp 09/28",
              "A: Hi, please don't send card numbers in the chat. I've sent you a new payment link for the "
              "{keep:£ 36}."),
    _dialogue("he62-card-after-question-same-turn", "he", S,
              "C: היי, התשלום על הפחלוץ לא עובר באתר",
              "C: אפשר לתת לכם את האשראי פה? {CARD:5425 2334}",
              "C: {CARD:3010 9903} תוקף 05/29",
              "A: בבקשה לא לשלוח מספרי כרטיס בצ'אט. שלחתי לינק חדש לתשלום של {keep:450 ₪}."),
    # control: groups of four after an order named, paid already: the order's
    _dialogue("fr62-control-order-after-paying", "fr", K,
              "C: bonjour j'ai déjà payé l'affûtage, mon numéro de commande c'est",
              "C: {keep:4521 8876}",
              "A: Merci, vos couteaux repartent {keep:demain}."),
]
