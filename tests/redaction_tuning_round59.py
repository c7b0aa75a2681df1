"""The sixty-first tuning batch: the agent reading back the start of a number the customer is dictating in
pieces ("Dus NL97 ABNA 1110 1057, en dan nog?", "So far I have GB22 BARC 6105 2426.", "רשמתי 050 662, ואחר כך?"),
hidden, and the rest the customer gives after that read-back hidden as pieces of the same value, also in the first
short sentences of a longer answer that ends in a question ("11. Dat was hem. Scheelt het nog wat ...?", "Yes. Then
8944, and 12 at the end. Did you get that?").

Written in the fifty-ninth round of conversation-aware redaction, on the leaks of the spent held-out batch 57 (an
amateur football club) grouped by cause with those left in batches 50 to 56, in two sectors no batch had used as its
company (a glassblowing studio, a pipe-organ builder). The causes with the most leaks across batches 50 to 57 were
the agent's read-back of a number dictated so far and what the customer says after it (batch 57: nl-006, en-006,
nl-007, he-007; 55: nl-006, he-012), and pieces of a number said after a cue word or in a longer answer (57: en-009,
he-006, en-006; 52 and 55: IBAN pieces after a long sentence). On the held-out bench (a request after every
customer line, with the call so far), batch 57 went from 55 values out to 37 (IBAN 0.812 -> 0.975, Israeli IDs
0.897 -> 1.00, phones 0.953 -> 0.984, split numbers 0.825 -> 0.968; addresses 0.848, BSN 0.500, cards 0.818, dates
of birth 0.857, names 0.938 unchanged), look-alikes changed 9 of 519 before and after. On batches 50 to 56 the
leaks of these causes went from 8 to 4: batch 55 from 22 values out to 18 (IBAN 0.928 -> 0.986, split numbers
0.949 -> 0.990: "0211 91" read back, "that's the NL52 BUNQ account, hold on, 2443"); batches 50 to 54 and 56
unchanged (their leaks of these causes, "…6049 122" and "FR76 3415" in 52, "0472" in 56, are left, below); batch
10 lost a leak too. No value went out that did not before and no look-alike was changed that was not before, in
any of batches 1 to 57. Before this round, 8 of the 9 dialogues below that dictate a number left a piece in clear;
after: none; the two controls guard amounts, an invoice number, a year, the studio's own line and an order number
after a read-back.

Fixed, for the general case:
- Context: an agent's short turn (fourteen words at most) that reads back fewer digits than a whole number of the
  kind holds, every group heard from the customer's turns just before, which gave one kind of dictated number,
  asks for the rest: the customer's next segment gives pieces of it ("Ik heb 06 39." "Ja, dan 82 17 40.").
  "ואחר כך?" ("and then?") is no question for another thing.
- Numbers: the agent reading back the start of an IBAN dictated so far, country, bank code and groups, in the
  customer's order with a corrected group left out, shorter than the country's IBAN, is that IBAN's piece; a read-
  back of five or six digits in groups, that the customer's digits hold, is a piece of the number dictated.
- Numbers: "שמסתיים ב-" (ending in) before the end of a number read back.
- Numbers: a customer's turn too long for a piece segment, or with a question, gives pieces in its first sentences
  when they are short (eight words at most besides the digit groups, no question): "So it's 614... 081... and 497.
  Wait, no. 479. Sorry, the print is tiny."; "so", "dus", "donc", "alors", "אז" may stand before a first piece.
- Numbers: in a segment giving pieces of an IBAN, its country and check digits and its bank code ("GB22...
  BARC...") are pieces too.
- Numbers: a group glued to the digits before it by a comma or a dot ("₹1,85,000") is the rest of that number, no
  piece; ₹ and ¥ are currencies like €, $, £ and ₪.

Left, and why:
- the customer offering a card with no question for it ("can I just give u the card here" then "4839 8503", "אפשר
  לתת לכם את האשראי פה? 4681 8704"), a Belgian IBAN after "mauvais numéro ... redonner ?" ("BE22 3841 1987 6547")
  and a BSN volunteered in a question ("Hebben jullie mijn BSN nodig? Ik heb het hier: 683889399"): each needs a
  reading of what the customer offers rather than what the agent asked, and was not done in this round's time.
- "Bien reçu, …6049 122" (batch 52): "reçu" reads as a receipt's label; "FR76 3415" after a long sentence (52) and
  "חשבון שמסתיים ב-056224" (55), read back after an IBAN said whole, are still out; "0472" in the agent's echo
  "0472, 58 13..." (56); a phone a digit short ("06 71 48 25 3");
  the names with no cue, the streets said before or without their number, numbers in words: other causes, each
  with fewer leaks per batch.
"""

from __future__ import annotations

from redaction_dialogues import Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

SIXTY_FIRST: list[Dialogue] = [
    # the agent reads back the start of an IBAN dictated in pieces: hidden, letters and all
    _dialogue("nl61-iban-start-read-back", "nl", S,
              "A: Glasblazerij De Bel, goedemiddag. Naar welke rekening mag de borg van {keep:€ 75} terug?",
              "C: {IBAN:NL79}... {IBAN:RABO}...",
              "C: dan {IBAN:0316}, nee sorry, {IBAN:0361}, dan {IBAN:2290}",
              "A: Dus {IBAN:NL79 RABO 0361 2290}, en dan nog?",
              "C: {IBAN:58}. Dat is alles.",
              "A: Dank u, de borg staat {keep:vrijdag} op uw rekening."),
    _dialogue("en61-iban-start-read-back-then-the-rest", "en", S,
              "A: Which account should the refund for the cancelled workshop go to?",
              "C: It's {IBAN:GB12}... {IBAN:LOYD}... {IBAN:3092}... then {IBAN:1185}",
              "A: So far I have {IBAN:GB12 LOYD 3092 1185}.",
              "C: Yes. Then {IBAN:6602}, and {IBAN:47} at the end. Got that? The signal is bad here.",
              "A: Got it, the {keep:£ 120} goes back within {keep:five working days}."),
    # the agent reads back the pieces of a phone heard so far: hidden, and the rest after it too
    _dialogue("he61-phone-pieces-read-back", "he", S,
              "A: סדנת העוגב, שלום. לאיזה טלפון להתקשר כשהצינורות מוכנים?",
              "C: {PHONE:052}... {PHONE:418}... רגע, הכלב נובח...",
              "A: רשמתי {PHONE:052 418}, ואחר כך?",
              "C: {PHONE:6307}.",
              "A: תודה, הכיוון של העוגב ביום {keep:חמישי}."),
    _dialogue("fr61-phone-read-back-then-rest", "fr", S,
              "A: Atelier d'orgues Vautrin, bonjour. À quel numéro le facteur peut-il vous rappeler ?",
              "C: {PHONE:06 48}... {PHONE:71}... pardon, je suis dans l'église, il y a de l'écho",
              "A: J'ai {PHONE:06 48 71}.",
              "C: Oui, puis {PHONE:25 90}.",
              "A: Merci, il passe accorder les jeux {keep:mardi à 14 h}."),
    _dialogue("nl61-phone-read-back-then-rest", "nl", S,
              "A: Op welk mobiel nummer kan de glasblazer u bellen als de vaas klaar is?",
              "C: {PHONE:06 39}... sorry, de oven piept hier, even wachten",
              "A: Ik heb {PHONE:06 39}.",
              "C: Ja, dan {PHONE:82 17 40}.",
              "A: Top, de vaas is over {keep:drie weken} klaar."),
    # the end of a number read back after "ending in", in Hebrew
    _dialogue("he61-iban-ending-read-back", "he", S,
              "A: לאיזה חשבון להחזיר את המקדמה על הזכוכית?",
              "C: {IBAN:IL52 0108 0000 0009 9999 999}",
              "A: תודה, חשבון שמסתיים ב-{IBAN:9999 999}. ההחזר של {keep:300 ₪} יוצא ביום {keep:ראשון}."),
    # the pieces in the first sentences of a longer answer, with a question after them
    _dialogue("en61-id-pieces-then-a-question", "en", S,
              "A: I need your Israeli ID for the organ maintenance contract.",
              "C: So it's {IL:327}... {IL:518}... and {IL:604}. Wait, no. {IL:640}. Do you need my wife's too?",
              "A: No, yours is enough. The contract starts on {keep:1 March}."),
    _dialogue("nl61-last-piece-then-a-question", "nl", S,
              "A: Mag ik uw rekeningnummer voor de incasso van de glascursus?",
              "C: {IBAN:NL25}... {IBAN:INGB}...",
              "C: {IBAN:0007}, {IBAN:6631}",
              "A: Dus {IBAN:NL25 INGB 0007 6631}, en dan nog?",
              "C: {IBAN:52}. Dat was het. Gaat de eerste incasso al deze maand?",
              "A: Ja, op {keep:28 oktober}, {keep:€ 45}."),
    _dialogue("he61-id-pieces-after-so", "he", S,
              "A: צריך את תעודת הזהות שלך בשביל חוזה התחזוקה של העוגב.",
              "C: אז {IL:204}... {IL:771}, לא, סליחה, {IL:717}...",
              "C: ובסוף {IL:359}.",
              "A: תודה, החוזה נכנס לתוקף ב-{keep:1 בינואר}."),
    # controls: a read-back of the company's own numbers, a year and an amount after a dictated number
    _dialogue("fr61-control-amount-after-read-back", "fr", K,
              "A: Votre numéro de portable, s'il vous plaît ?",
              "C: {PHONE:06 12 48 73 90}",
              "A: Merci. L'accord du grand orgue coûte {keep:480 €}, facture {keep:2024-117}.",
              "C: {keep:480}, d'accord. Et le devis de {keep:2023} ?",
              "A: Il reste valable jusqu'au {keep:31 décembre}."),
    _dialogue("en61-control-studio-number-after-read-back", "en", K,
              "A: What's the best mobile number for the glassblower?",
              "C: {PHONE:07700 900}... {PHONE:461}",
              "A: I have {PHONE:07700 900 461}. If you miss us, the studio is on {keep:01632 960 118}.",
              "C: Thanks. It's order {keep:58213}, the blue bowl.",
              "A: Noted, ready on {keep:Friday}."),
]
