"""The sixtieth tuning batch: a number dictated in pieces over several customer turns, hidden piece by piece as it
is said, before the rest arrives (each request carries the conversation so far, so the first piece went out in
clear in the requests made before the rest came), and the pieces said again in a correction ("06, 41... nee sorry,
14"); a controls dialogue keeps an order number, a room and a year said in answer to "which number?".

Written in the fifty-eighth round of conversation-aware redaction, on the split-number leaks of the spent held-out
batches 1 to 56 (batch 57 untouched), in a sector no batch had used as its company (a carillon and tower-clock
workshop). On the held-out bench (a request after every customer line, each with the conversation so far), the
split-number category of batches 1 to 56 went from 3505 of 3563 pieces hidden (58 leaked) to 3537 of 3563 (26
leaked); on batches 50 to 56 from 48 leaked to 17 (batch 52 0.913 -> 0.946, 53 0.908 -> 1.00, 55 0.857 -> 0.949, 56
0.883 -> 0.989; batches 5, 41 and 51 lost a leak each too). 32 values fewer went out in all; no value went out that
did not before and no look-alike was changed that was not before, in any batch (batch 30's "40 דירה 7" is now
hidden, with "דירה" left in clear). Before this round, 6 of the 8 dialogues below that dictate a number left a piece
in clear in the turn where it was said; the other two (a phone's start after "Vous pouvez me le redonner ?", IBAN
groups after "GB29 NWBK") and the two controls guard the rules.

Fixed, for the general case:
- Numbers: a customer's short segment (eight words at most, no question) that answers the agent's question for one
  kind of dictated number (a phone, an IBAN, a card, a BSN, an Israeli ID) gives pieces of it: each of its digit
  groups of two to eight digits is hidden as it is said ("Mobiel, 06, 28... nee sorry, 38", "054", "en dan 91"),
  not an amount, a time, a count, an expiry, a year after a month, a star code, nor a group a word names ("order
  58213", "kamer 214", "in 2023"): only a group at the segment's start or after a pause, a comma, a correction, a
  filler or a word for the phone counts.
- Numbers: a short segment where one group was found to be a dictated number has its other groups hidden as pieces
  of the same value ("0476... ik rij door een tunnel, 31 84", "076... 762, רגע, לא, 726").
- Numbers: a segment that is nothing but the first digits of a phone, its trunk 0 or a country code ("06 71",
  "054", "+32 475"), is a phone's start, unless the agent asked for an order's or a ticket's number.
- Numbers: in a segment going on with a dictated IBAN or card, a four-digit group read as a postcode ("5512 no"
  after "GB44 HSBC") is a piece of the number.
- Numbers: two groups of four digits at the end of a turn that says what the customer pays ("pour l'acompte de
  200 € ... : 5326 4987", "אני משלם את המקדמה ... 5117 1276") start a card; Hebrew card brands (מאסטרקארד, ויזה,
  ישראכרט, אמקס), amex and maestro name a card; a customer who says they pay by card ("régler la facture par
  carte", "betalen met de kaart", "לשלם בכרטיס") offers its number, which "Je vous écoute" then asks for.
- Context: the agent reading back what they heard so far ("Ik hoorde 0476, 31 84 en dan?", "Ik hoor u, 06 19 74,
  en dan?", "0472, 58 13...") is an echo: the question before still holds and the next segment goes on with the
  number; "מה המספר החדש?" asks for the number the customer just called theirs ("המספר שלי השתנה").
- Context: a segment with a piece is counted in words other than its digit groups ("810, hold on, he's reading it
  off his card"), and an aside between two pieces may have twelve words.

Left, and why:
- a piece said at the end of a long turn with the account named loosely ("that's the NL52 BUNQ account, hold on,
  2443": the IBAN's start is not read with a word after it), an IBAN announced "en morceaux" whose first piece
  follows a long sentence ("FR76 3415"), the agent's read-back of the last digits with no piece before it in the
  same request ("Ik herhaal de laatste cijfers: 0211 91", "Bien reçu, …6049 122."), an Israeli ID's pieces after "my
  Israeli ID as I'm on my dad's policy from Haifa. 969" (the ID word is too far back), "0472" in the agent's echo
  "0472, 58 13..." of a segment already hidden whole, and a first name said with an ID's pieces ("של רון. רגע,
  173"). Each needs the dictation readers to look further back than one short segment, which would hide look-alikes
  in long turns.
- other split-number leaks of batches 49 to 56, as before: numbers in words ("honderdvijfentachtig, ...",
  "cinquante-quatre, vingt-huit, ..."), transposed or misheard whole numbers, a phone a digit short.
"""

from __future__ import annotations

from redaction_dialogues import Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

SIXTIETH: list[Dialogue] = [
    # the first pieces, as they are said, in the answer to the question for the number
    _dialogue("nl60-phone-pieces-with-a-correction", "nl", S,
              "A: Op welk nummer kan de klokkenist u terugbellen als hij in de toren staat?",
              "C: Mobiel, {PHONE:06}, {PHONE:41}... nee sorry, {PHONE:14}",
              "C: {PHONE:72 90 33}",
              "A: Genoteerd. Het stemmen van de beiaard kost {keep:€ 240}."),
    _dialogue("he60-new-number-in-pieces", "he", S,
              "C: שלום, המספר שלי השתנה, תעדכנו בבקשה לפני שהטכנאי מגיע לשעון",
              "A: מה המספר החדש?",
              "C: {PHONE:052}",
              "C: {PHONE:731 48}",
              "C: {PHONE:26}",
              "A: עודכן. הכיוונון של הפעמונים ביום {keep:רביעי}."),
    _dialogue("fr60-phone-start-alone", "fr", S,
              "A: Je vérifie votre numéro pour le rappel du fondeur. Vous pouvez me le redonner ?",
              "C: {PHONE:06 82}",
              "C: {PHONE:37 15 90}",
              "A: Merci, le technicien passe {keep:jeudi entre 9 h et 11 h}."),
    # a group found in the segment: its other groups are pieces of the same value
    _dialogue("he60-id-pieces-with-a-correction", "he", S,
              "A: אני צריכה את תעודת הזהות שלך בשביל חוזה התחזוקה של השעון.",
              "C: {IL:318}... {IL:402}, רגע, לא, {IL:420}",
              "C: {IL:117}",
              "A: תודה, החוזה מתחיל ב-{keep:1 במרץ}."),
    _dialogue("en60-id-piece-after-a-long-aside", "en", S,
              "A: Your wife's Israeli ID number, please.",
              "C: {IL:204}",
              "A: Yes?",
              "C: {IL:771}, hold on, she's reading it off her card",
              "C: {IL:359}",
              "A: Thank you, the certificate is ready in {keep:two weeks}."),
    # a card's first half after what the customer pays, and after "par carte"
    _dialogue("nl60-card-half-after-the-deposit", "nl", S,
              "C: Ik betaal de aanbetaling van {keep:€ 350} voor het torenuurwerk. {CARD:4571 2290}",
              "C: {CARD:8836 1047}, geldig tot {keep:08/29}",
              "A: Gelukt, dank u. De restauratie begint in {keep:week 14}."),
    _dialogue("fr60-card-offered-then-dictated", "fr", S,
              "C: Je voudrais régler la facture du carillon par carte, {keep:1 180 €}.",
              "A: Je vous écoute.",
              "C: {CARD:4970 1123}, attendez... {CARD:5566 0918}. Expiration {keep:11/28}.",
              "A: C'est réglé, merci."),
    # an IBAN's groups read as a postcode while it is dictated
    _dialogue("en60-iban-groups-not-a-postcode", "en", S,
              "A: Where should the refund of {keep:€410} for the clock hands go?",
              "C: My account. {IBAN:GB29 NWBK}",
              "A: Mm-hm.",
              "C: {IBAN:6016 1331} no wait, {IBAN:1313}",
              "A: Go on.",
              "C: {IBAN:9268 19}. That's all.",
              "A: Thanks, it leaves within {keep:five working days}."),
    # controls: asked for a phone, the answer names something else
    _dialogue("nl60-control-room-and-year", "nl", K,
              "A: Welk gsm-nummer mogen we bellen voor de sleutel van de toren?",
              "C: {keep:Kamer 214}, via de receptie van het stadhuis, sinds {keep:2023}.",
              "A: Dan bel ik de receptie {keep:morgen om 10:00}."),
    _dialogue("en60-control-order-number", "en", K,
              "A: What's the best mobile number for the installer?",
              "C: It's on {keep:order 58213} I think",
              "A: Found it, the chime arrives on {keep:Tuesday}."),
]
