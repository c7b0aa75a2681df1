"""The seventy-third tuning batch: an Israeli ID dictated in pieces with a group taken back at once ("138... 039, no
wait, 093, 802"), and the pieces of one found before the rest is joined to them; a failing ID the agent reads off the
file ("We have ...", "רשום אצלנו ...") where the call spoke of "the ID" or "התעודת זהות"; a failing IBAN the agent
reads after "Vous nous aviez donné" where a "domiciliation" bounced; a mobile two digits short after a text was asked
for; a phone's first digits answering "shall we call you?" ("נתקשר אלייך?"); a third person's phone the agent reads
out right after their name or after "her number"/"הטלפון שלה"; "appelez ma sœur, X, au ..." after a question about a
time; the customer's own house number and the same digits swapped, both said in one turn (a driver at the wrong
door), in digits and in words. Look-alike kept: a date range whose day is the house number's digits swapped.

Written in the seventy-first round of conversation-aware redaction, on the misses of the spent held-out batch 68 (a
pet boarding kennel and cattery with grooming and a pet taxi), in two sectors no batch had used as its company (a
sign-language interpreting agency, a bell foundry that maintains carillons). Figures of the held-out bench (a request
after every customer line, with the call so far; a look-alike judged on the last request that carried its turn),
main before this round -> after:
- batch 68: Israeli IDs 0.600 -> 1.00 (12 -> 20 of 20), phones 0.902 -> 1.00 (83 -> 92 of 92), IBANs 0.984 -> 1.00,
  addresses 0.709 -> 0.873 (39 -> 48 of 55: the swapped doors of en-023, fr-023, he-023); split numbers 0.929 ->
  1.00, transposed 0.875 -> 1.00, CRM 0.985 -> 1.00, cue names 0.872 -> 0.930, address category 0.853 -> 0.973;
  values out 38 -> 11; look-alikes changed 33 of 637, the same ones.
- batch 63: addresses 0.889 -> 0.911 (nl-022's "tweeëntachtig"); batch 64: addresses 0.980 -> 1.00 (en-023's
  "14"). No value went out that did not before and no look-alike was changed that was not before, in any of batches
  1 to 68 (a first version of the agent's third-person phone rule changed b37-fr-040's "Appelez Margaux au 02 ..."
  and "on vous rappelle" b63-fr-035's garage lines: both were narrowed).
Before this round, 13 of the 15 dialogues below missed a value in this harness (a conversation redacted at once);
after: none. The other two (the swapped-door look-alike and the third person's phone after "her number" with a
title) hold the rules' edges.

Fixed, for the general case:
- IDs in pieces: a group taken back with "no wait", "nee", "non", "לא סליחה" and said again with as many digits
  stands for the slip when the groups are joined and checked (``redaction._id_in_pieces``); pieces of the ID already
  found are joined with the others, not found again.
- IDs the agent reads: "we have", "wij hebben", "nous avons", "רשום אצלנו" hand over a number as a whole
  (``misheard._NUMBER_ALONE``); "the ID" in capitals names an Israeli ID for the turns after it, and "התעודת" (two
  prefix letters) is an ID word (``misheard._IL_ID``, ``misheard.THE_ID``).
- IBANs: "vous nous aviez donné" is a read-back of what the customer gave (``detectors.YOU_SENT``); "domiciliation",
  "domiciliëring", "direct debit" are account words (``redaction._ACCOUNT_WORD``).
- Phones: eight digits starting with 0 after a call or a text was asked for ("C'est le 06 21 47 85" after "m'envoyer
  un texto"); the company offering to ring ("נתקשר אלייך", "shall we call you", "zullen we u bellen", "on vous
  rappelle") asks for a phone (``context``); in the agent's turn a phone right after a person's name ("Joke Karsten,
  06 ...", "Kees Okkerse met 06 ...") or after "her number", "haar nummer", "son portable", "הטלפון שלה" is that
  person's, not the company's (``redaction._NAME_THEN_PHONE``, ``redaction._THEIR_PHONE``); "appelez X au", "bel X
  op", "call X on" label the number a phone even where the question asked for something else (``detectors``).
- Addresses: the CRM's house number and an anagram of it said in one turn are both doors of the customer's street
  (``recalled.swapped_doors``); a new sentence opening with a number word ends the run of digits before it in a script
  without capitals too ("21. עשרים ואחת", ``spoken._atoms``).

Left, and why (the round's time ran out before these were tried):
- a neighbour's door said alone ("De sleutel heeft Kim Adriaansen op nummer 19", "key's with Marjolein at no. 12",
  "c'est Josette qui l'a, numéro 15", the agent's "C'est noté, 27 ter"), "En het nummer is honderdzeven" after a
  postcode and its read-back "nummer 107", the agent's "Tchernichovsky 121" (a CRM street said without "Street") and
  "HaNarkis 11, entrance B, apartment 7" read back: doors and streets without a cue the detectors know;
- the names "Eline de Wit en mail is ..." (a bare answer to "naam en e-mail") and "c'est Josette qui l'a";
- look-alikes: the animals' names ("Bella", "Oscar", "Loki", "Charlie", "מיקה") and carers by first name ("Théo",
  "יואב", "Daan", "Rik"), the company's role mailboxes said by the customer ("facturen@...", "billing@..."), a
  15-digit chip number and a moshav's name: no rule was written that keeps them and was checked never to let a
  person's name out in any batch.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

SEVENTY_THIRD: list[Dialogue] = [
    # an Israeli ID in pieces, a group taken back with "no wait"
    _dialogue("en73-id-pieces-slip", "en", S,
              "A: Signwise Interpreting, Dana speaking.",
              "C: Hi, the invoice for Tuesday's interpreter, can you put it on my ID? It's for the employer.",
              "A: Of course, go ahead.",
              "C: {IL:138}... {IL:039}, no wait, {IL:093}, {IL:802}.",
              "A: {IL:138093802}. The invoice for {keep:₪ 640} goes out today."),
    # the same in Hebrew, the first group found apart from the rest
    _dialogue("he73-id-pieces-slip-first-group", "he", S,
              "A: פעמוני הגליל, שלום.",
              "C: היי, צריך חשבונית על הכיוון של הפעמונים בבית הכנסת. ת\"ז {IL:589}... {IL:240}, לא סליחה, "
              "{IL:042}, {IL:340}.",
              "A: {IL:589042340}. החשבונית על {keep:₪ 2,300} תישלח היום."),
    # a failing ID the agent reads off the file after "the ID" was spoken of
    _dialogue("en73-id-we-have", "en", T,
              "A: Signwise Interpreting, Dana.",
              "C: Hi, my accountant says the ID on your invoice is wrong.",
              "A: Let me check. We have {IL:103922385}, is that what you gave us?",
              "C: Probably, I'll send a photo of the card."),
    _dialogue("he73-id-on-file", "he", T,
              "A: פעמוני הגליל, שלום.",
              "C: שלום, רואת החשבון אומרת שהתעודת זהות בחשבונית לא נכונה.",
              "A: בואי נבדוק. רשום אצלנו {IL:131426779}, זה מה שמסרת?",
              "C: כנראה טעיתי בספרה."),
    # a failing IBAN the agent reads after "vous nous aviez donné", the direct debit bounced
    _dialogue("fr73-iban-read-back-domiciliation", "fr", T,
              "A: Fonderie Campanaire Wallonne, bonjour.",
              "C: Bonjour, ma banque dit que votre domiciliation pour l'entretien du carillon a été refusée ?",
              "A: Oui. Vous nous aviez donné {IBAN:BE68 5390 0574 7034}, et il ne passe pas le contrôle.",
              "C: Je vérifie et je vous renvoie le bon."),
    # a mobile two digits short after a text was asked for
    _dialogue("fr73-phone-short-after-texto", "fr", T,
              "A: Signes et Voix, bonjour.",
              "C: Bonjour, l'interprète peut m'envoyer un texto en arrivant ? C'est le {PHONE:06 48 15 92}.",
              "A: Il manque des chiffres, vous pouvez vérifier ?"),
    # a phone's first digits answering "shall we call you?"
    _dialogue("he73-phone-start-after-we-call", "he", S,
              "C: היי, אני רוצה לתאם מתורגמנית לשפת סימנים לפגישה בבנק",
              "A: בשמחה. נתקשר אלייך כשנמצא מתורגמנית?",
              "C: כן בבקשה {PHONE:052}",
              "C: {PHONE:448}",
              "C: {PHONE:1937}",
              "A: תודה, {PHONE:052-4481937}. נחזור אלייך עד {keep:14:00}."),
    # a third person's phone the agent reads out after their name, or after "her number"
    _dialogue("nl73-agent-reads-third-party-phone", "nl", CN,
              "A: Klokkengieterij Van Aalst, met Joost.",
              "C: Ja, met {NAME:Verbeek}. Wie kan ik bellen over de schade aan de luidklok?",
              "A: Dat regelt de koster van de kerk: {NAME:Hennie Bosschaart}, {PHONE:06 52 71 38 94}. Ons dossier is "
              "{keep:KL-4471}."),
    _dialogue("en73-agent-reads-her-number", "en", CN,
              "A: Signwise Interpreting, Dana.",
              "C: Hi, it's {NAME:Lorna Pettigrew}. Who do I ask for at the court on Friday?",
              "A: The court told us to ask for Mrs {NAME:Caskie}, and her number is {PHONE:07912 448 316} if you "
              "need her.",
              "C: Lovely, thanks."),
    _dialogue("he73-agent-reads-her-phone", "he", CN,
              "A: פעמוני הגליל, שלום.",
              "C: היי, מי מהקהילה צריכה לפתוח לכם את המגדל?",
              "A: {NAME:רחל אזולאי} מהוועד. את הטלפון שלה, {PHONE:054-7731952}, תמצאי גם במייל.",
              "C: מעולה, תודה."),
    # someone to call and on what, after a question about a time
    _dialogue("fr73-call-someone-after-time-question", "fr", CN,
              "A: Signes et Voix, Lucie. Pour quelle heure ?",
              "C: 14 h. Et si je ne suis pas joignable, appelez ma sœur, {NAME:Maëlle}, au {PHONE:06 31 58 27 49}.",
              "A: C'est noté pour {keep:14 h}."),
    # the customer's house number and the same digits swapped, said in one turn
    _dialogue("en73-swapped-door", "en", AD,
              "A: Signwise Interpreting, Dana.",
              "C: Your interpreter rang the wrong bell! She's at {ADDR:74}, we're {ADDR:forty-seven}.",
              "A: Sorry about that, I'll tell her now.",
              crm={"customer": {"street": "Larkfield Road 47", "postcode": "G41 3PX"}}),
    _dialogue("fr73-swapped-door-words", "fr", AD,
              "A: Signes et Voix, Lucie.",
              "C: L'interprète est au {ADDR:38}, nous on est au {ADDR:83}. {ADDR:Quatre-vingt-trois}, pas "
              "{ADDR:trente-huit} !",
              "A: Pardon, je la préviens.",
              crm={"customer": {"street": "83 rue des Tanneurs", "postcode": "59800"}}),
    _dialogue("he73-swapped-door", "he", AD,
              "A: פעמוני הגליל, הטכנאי בדרך.",
              "C: הוא עומד ב-{ADDR:31}! אנחנו {ADDR:13}. {ADDR:שלוש עשרה}.",
              "A: סליחה, אני מעדכנת אותו.",
              crm={"customer": {"street": "הדקל 13", "postcode": "2061013"}}),
    # look-alike: a date range whose day is the house's digits swapped
    _dialogue("nl73-date-range-not-a-door", "nl", K,
              "A: Klokkengieterij Van Aalst, met Joost.",
              "C: Hallo, kan het onderhoud van de beiaard tussen {keep:12 en 21 december}?",
              "A: Dat kan, de stemmer komt {keep:14 december}.",
              crm={"customer": {"street": "Kerkplein 21", "postcode": "4611 AB"}}),
]
