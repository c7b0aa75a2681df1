"""The thirty-ninth tuning batch: the company's people the agent names in answer to the customer's "who is coming?"
("Wie komt er?", "Qui passe ?", "מי מגיע?") or "whom do I ask for there?" ("למי לגשת במפעל?"), one name or two joined
by "and"; the second of two first names joined as one subject ("Dylan and Kofi, from ten"), as the first is; the
company's person in the agent's question on where to reach the caller, "you" left unsaid ("Which number can ...
text when he's on his way?"); the holder named after the company's own account ("ten name van ...", "au nom de ...",
"in the name of ...", "על שם ..."), which is the company; a customer's surname that is an everyday word said in lower
case in a capitalised sentence ("frost on the cover", "cette neige"); "je m'appelle comme ..." (named after someone,
no name yet); Hebrew thanks before "we'll contact her" ("תודה, נפנה אליה", "תודה, נדבר איתו"); common Hebrew given
names the list lacked, said with where the person is from ("גדעון מהמועצה", "סיגלית מהנהלת הבניין"); the house
number asked beside the postcode ("code postal et numéro", "postcode and the number") and given after it with "au".

Written in the thirty-seventh round of conversation-aware redaction, after held-out batch 36 (a roofing contractor)
had been scored and spent, in sectors no batch had used (a swimming-pool maintenance firm, a stair-lift installer, a
sign-making workshop). Batch 36 changed 11 of 253 look-alikes: five were the company's workers the agent named when
the customer asked who would come or whom to ask for (the second of two names, or one name after "to"), one a worker
in the agent's question on which number he could ring, three the company's own name given as the holder of its
account, and two the agent introducing themself with the customer's first name and the company's name, which glued
the two into one name. It leaked a house number given in words after the postcode, another given in words alone to
"the number first?", a neighbour's house number, a first name and surname set apart by where the person was from
(Dutch, and Hebrew with a given name the list lacked), and a surname particle said again alone.

Left: the agent introducing themself with the customer's own first name, then "de" and the company's name, where
"de" may as well open a surname ("Marie de Villiers"), and an earlier round took "Hello, ... from <company>" to a
customer of that name as greeting her; a product named with the customer's surname, capitalised, as a capitalised
surname is how names are written; a house number said alone in words when only "the number" was asked and no street
yet, as "le numéro" alone asks for a phone as often; a neighbour's house number after "at" with no street in the
turn, as "at" and a number are times and prices too; an Irish surname's particle said again alone, too short to find
without hiding the same word elsewhere; a Dutch given name that is also an everyday word ("peter", godfather) with a
surname that is one too, found only with a cue; a Hebrew worker named before "she will ..." with no question before
it, which only the question made the company's.

Batch 36 before and after this round: NAME 0.947 -> 0.965, ADDRESS 0.940 -> 0.960, the rest 1.00 as they were;
look-alikes changed 11 of 253 -> 3 of 253. Batches 1-35 keep every value they hid and every look-alike they kept;
batch 6 no longer leaves a house number given in words after the postcode in clear (ADDRESS 0.955 -> 0.977). Over the
help-centre conversations and 1,500 STAR dialogues, four everyday words are no longer hidden as names ("today",
"hotel", ...), and no new span is.

Before this round, on these 23 dialogues (26 gold spans, 35 look-alikes): NAME 0.83 (12), ADDRESS 0.00 (3), the rest
1.00; spurious findings 15 of 33, look-alikes changed 10 of 35. After: every kind 1.00, no spurious finding, no
look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, CR, SP, B, Dialogue, K
from redaction_dialogues import dialogue as _dialogue

THIRTY_NINTH: list[Dialogue] = [
    # the company's people named in answer to "who is coming?" or "whom do I ask for there?"
    _dialogue("nl39-wie-komt", "nl", K, "A: De traplift staat gepland voor {keep:donderdag 8 januari}.",
              "C: Prima. Wie komt er?", "A: {keep:Anouk} en {keep:Milan}, met de aanhanger, rond {keep:9:00}."),
    _dialogue("en39-whos-coming", "en", K, "C: When is the pool being drained? Job {keep:PL-40218}.",
              "A: On {keep:Monday 12 January}.", "C: Who will be doing it?",
              "A: {keep:Callum} and {keep:Ravi}, with the pump trailer."),
    _dialogue("fr39-qui-passe", "fr", K, "C: Mon enseigne est prête ? Commande {keep:EN-7741}.",
              "A: Oui, la pose est prévue {keep:mardi 13 janvier}.", "C: Qui passe ?",
              "A: {keep:Lucas} et {keep:Mehdi}, avec le camion-grue."),
    _dialogue("he39-lemi-lifnot", "he", K, "C: אפשר לאסוף את השלט במפעל?",
              "A: כן, ברחוב {keep:הנפחים 14}, עד {keep:16:00}.",
              "C: למי לגשת במפעל?", "A: ל{keep:דנה}, היא תביא לך את השלט."),
    # the second of two first names joined as one subject, as the first
    _dialogue("en39-second-of-two", "en", K, "C: Is the stair lift survey still on? Ref {keep:SL-5530}.",
              "A: Yes, {keep:Dylan} and {keep:Kofi}, from ten, about {keep:45 minutes}."),
    # the company's person in the agent's question on where to reach the caller, "you" left unsaid
    _dialogue("en39-can-text-when", "en", B, "A: Which number can {keep:Kofi} text when he's on his way?",
              "C: {PHONE:07700 931 448}", "A: Thanks, that's the {keep:Stair Lift Curve} survey."),
    _dialogue("en39-should-send-to", "en", B, "A: What email should {keep:Nadia} send it to?",
              "C: {EMAIL:t.okafor.pools@gmail.com}", "A: Lovely, the quote is {keep:£640}."),
    # the holder named after the company's own account
    _dialogue("nl39-ten-name-van", "nl", K, "C: Naar welk rekeningnummer maak ik de aanbetaling over?",
              "A: Naar {keep:NL02 ABNA 0123 4567 89} ten name van {keep:Zwembadservice Kempen}, kenmerk "
              "{keep:ZK-2207}."),
    _dialogue("fr39-au-nom-de", "fr", K, "C: Je fais le virement sur quel compte ?",
              "A: {keep:FR76 3000 6000 0112 3456 7890 189}, au nom de {keep:Enseignes Lumière}, avec la référence "
              "{keep:EL-5521}."),
    _dialogue("he39-al-shem", "he", K, "C: לאיזה חשבון להעביר את המקדמה?",
              "A: ל-{keep:IL62 0108 0000 0009 9999 999} על שם {keep:מדרגות הגליל}, עם מספר הזמנה {keep:553012}."),
    # the customer's own account and its holder stay hidden
    _dialogue("nl39-eigen-rekening", "nl", B, "A: Op welke rekening mogen we het terugstorten?",
              "C: {IBAN:NL91 ABNA 0417 1643 00} ten name van {NAME:Sanne Koopmans}.", "A: Dank u."),
    # a customer's surname that is an everyday word, in lower case in a capitalised sentence
    _dialogue("en39-frost", "en", CN, "A: Who am I speaking to?", "C: {NAME:Lily Frost}.",
              "A: Thanks Mrs {NAME:Frost}.", "C: There was frost on the cover again, is the heater broken?",
              crm={"customer": {"first_name": "Lily", "last_name": "Frost"}}),
    _dialogue("fr39-neige", "fr", CN, "A: À qui ai-je l'honneur ?", "C: {NAME:Claire Neige}.",
              "A: Merci madame {NAME:Neige}.", "C: Avec toute cette neige, la pompe ne démarre plus.",
              crm={"customer": {"first_name": "Claire", "last_name": "Neige"}}),
    # "je m'appelle comme ...": named after someone, no name yet
    _dialogue("fr39-comme", "fr", CN, "A: Bonjour, c'est à quel nom ?",
              "C: Je m'appelle comme mon grand-père, {NAME:Armand Petit}.", "A: Merci."),
    # Hebrew thanks before "we'll contact her" (and, already kept, "we'll talk to him")
    _dialogue("he39-nifne-eleha", "he", K, "A: המתקינה שלנו תתקשר אלייך מחר בבוקר.", "C: תודה, נפנה אליה.",
              "A: בשמחה."),
    _dialogue("he39-nedaber-ito", "he", K, "A: הטכנאי יהיה באתר ביום {keep:שלישי}.", "C: תודה, נדבר איתו מחר.",
              "A: מצוין."),
    # common Hebrew given names, said with where the person is from
    _dialogue("he39-mehavaad", "he", CN, "A: על שם מי החשבונית?",
              "C: עליי, אבל {NAME:גדעון} מהמועצה אמר שצריך היתר.", "A: בסדר, נשלח עותק."),
    _dialogue("he39-mehanhala", "he", CN, "A: יש עוד משהו?", "C: כן, {NAME:סיגלית} מהנהלת הבניין ביקשה הצעת מחיר.",
              "A: בסדר, נשלח לה."),
    # the house number asked beside the postcode, given after it with "au", in words or digits
    _dialogue("fr39-cp-et-numero", "fr", SP, "A: Code postal et numéro, s'il vous plaît ?",
              "C: {PC:trente-huit deux cents}, au {ADDR:quarante-six}.", "A: Merci, la pose est {keep:mercredi}."),
    _dialogue("fr39-au-chiffres", "fr", AD, "A: Il me faut le code postal et le numéro.",
              "C: {PC:38200}, au {ADDR:46}.",
              "A: C'est noté."),
    _dialogue("en39-postcode-number", "en", AD, "A: Your postcode and the number?", "C: {PC:LS6 2QB}, {ADDR:nineteen}.",
              "A: Thanks, the lift is booked for {keep:Friday}."),
    # controls: the customer's own people, named back by the agent in a question; the phone number beside a postcode
    _dialogue("en39-control-kin", "en", CN, "C: My son {NAME:Tom} and his wife will let you in.",
              "A: {NAME:Tom} and {NAME:Lisa}, is that right?", "C: Yes, {NAME:Lisa}."),
    _dialogue("fr39-control-telephone", "fr", CR, "A: Code postal et numéro de téléphone ?",
              "C: {PC:38200}, {PHONE:06 12 48 93 27}.", "A: Merci."),
]
