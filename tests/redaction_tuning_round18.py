"""The twentieth tuning batch: a street named where someone lives, its number in the next segment; a phone begun
after "his cell" or "son cell", taken up after "Pis la suite?" or "והמשך?"; a correction said after "sorry" or "wait";
an IBAN begun after a word for paying; where the technician comes, asked in Hebrew; an Israeli ID named in Latin
letters or by what it is for, offered by the customer and accepted with "Yes please"; and a car after "my mum's".

Written before the eighteenth round of conversation-aware redaction, after held-out batch 17 had been scored and
spent, in sectors no batch had used (a beekeeping supplier, a boat-mooring marina, a tile-setting firm, a
chess-coaching club). Batch 17's values leaked where a street was named after "woont aan de", "habite" or "גרה ב"
with its number in the next segment, where the first digits came after "sur son cell :" or before "Pis la suite?",
"והמשך?", where a correction followed "Nee wacht," or "לא, סליחה,", where "BE57 0430" ended a segment after "terug te
betalen bedrag", where "לאן הטכנאי מגיע?" was asked, and where an Israeli ID came after "teoudat zehout", after "the
ID for my invoice is", or as the answer to an offer the agent accepted with "Yes please". A car ("my mum's Corsa")
was taken for a name. These dialogues say the same things in other words.

Before that round, on these 14 dialogues (27 gold spans, 8 look-alikes): ADDRESS 0.20 (10), PHONE 0.38 (8),
IBAN 0.50 (2), IL_ID 0.25 (4), NAME 1.00 (3); spurious findings 1 of 11, look-alikes changed 1 of 8. After: every
kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, SP, B, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

TWENTIETH: list[Dialogue] = [
    # -- a street where someone lives, the number in the next segment --------------------------------------------------
    _dialogue("nl20-lives-on", "nl", AD, "C: Kan de tegelzetter eerst bij mijn zus langs? Ze woont aan de "
              "{ADDR:Beatrixlaan}", "A: Welk huisnummer?", "C: {ADDR:18}, in Hoorn.",
              "A: Prima, {ADDR:Beatrixlaan 18}, we bellen vooraf."),
    _dialogue("fr20-lives-on", "fr", AD, "C: Mon père voudrait un cours d'échecs à domicile, il habite "
              "{ADDR:rue Gambetta}", "A: À quel numéro ?", "C: {ADDR:57}, à Roubaix.", "A: Très bien, c'est noté."),
    _dialogue("he20-lives-on", "he", AD, "C: אפשר לשלוח את הכוורת לסבא שלי? הוא גר ב{ADDR:רחוב הדקל}",
              "A: באיזה מספר?", "C: {ADDR:12}, בחיפה.", "A: מעולה, המשלוח יוצא {keep:ביום ראשון}."),
    _dialogue("en20-lives-on", "en", AD, "C: Could the mooring letter go to my brother? He lives on {ADDR:Quarry Road}",
              "A: Which number?", "C: {ADDR:7}, in Falmouth.", "A: Perfect, it goes out {keep:tomorrow}."),
    _dialogue("he20-where-comes", "he", AD, "A: לאן הרצף מגיע?", "C: לחנות שלי, {ADDR:הנגרים 14}, בבאר שבע.",
              "A: תודה, הוא יגיע ב-{keep:8:00}."),
    # -- a phone begun after "his cell", taken up after a prompt to go on ----------------------------------------------
    _dialogue("fr20-son-cell", "fr", S, "C: Appelez mon conjoint, {NAME:Réjean}, sur son cell : {PHONE:819 44}",
              "A: Pis la suite?", "C: {PHONE:6-3108}", "A: Merci, on le joint avant {keep:midi}."),
    _dialogue("he20-go-on", "he", S, "C: תתקשרו לאחי, {NAME:נתנאל}, המספר שלו {PHONE:052-61}", "A: והמשך?",
              "C: {PHONE:38452}", "A: רשמתי, תודה."),
    # -- a correction after "sorry" or "wait" --------------------------------------------------------------------------
    _dialogue("nl20-wait-fix", "nl", SP, "A: Uw mobiele nummer?",
              "C: {PHONE:Nul zes, eenenveertig, achtentachtig, negentien, zevenendertig}. Nee wacht, "
              "{PHONE:drieënzeventig}.", "A: Dank u."),
    _dialogue("he20-sorry-fix", "he", SP, "A: מה מספר הנייד?",
              "C: {PHONE:אפס חמישים ושתיים, שלוש, ארבע, שבעים ואחת, שמונה, תשע, שתיים}. לא, סליחה, {PHONE:תשעים "
              "ושתיים, אחת, שש}.", "A: בסדר, רשמתי."),
    # -- an IBAN begun after a word for paying -------------------------------------------------------------------------
    _dialogue("nl20-iban-pay", "nl", S, "C: Het te veel betaalde bedrag mag naar {IBAN:BE71 0961}",
              "C: {IBAN:2345 6769}. Sorry, te vroeg verstuurd.", "A: Geen probleem, het staat er binnen "
              "{keep:vijf werkdagen} op."),
    # -- an Israeli ID in Latin letters, for what it is, offered and accepted ------------------------------------------
    _dialogue("fr20-teoudat", "fr", S, "C: Pour le reçu il vous faut mon teoudat zehout : {IL:3051}",
              "C: {IL:86256}", "A: Merci, le reçu part ce soir."),
    _dialogue("en20-id-for", "en", T, "C: The ID for my receipt is {IL:350186256}, thanks.",
              "A: That one fails the check digit, could you read it again from the card?"),
    _dialogue("en20-offer", "en", B, "C: Do you need my teudat zehut for the mooring contract?",
              "A: Yes please, the harbour office asks for it.", "C: {IL:039337423}",
              "A: Thank you, the contract is ready for {keep:₪2,400}."),
    # -- a look-alike: a car after "my dad's" ------------------------------------------------------------------------
    _dialogue("en20-mums-car", "en", K, "C: Can you fit the tiles before my dad's {keep:Fiesta} blocks the drive? "
              "My partner's {NAME:Aoife}, she'll open up.", "A: Sure, the fitter comes at {keep:8}."),
]
