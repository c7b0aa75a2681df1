"""The sixty-eighth tuning batch: an IBAN of its country's exact length that fails the check, read by the agent
from what the customer filled in ("Nous avons l'IBAN FR14 ...", "אצלנו רשום IL05 ..."), hidden as the customer's; an
IBAN dictated in pieces with "en dan" between them and a group taken back with a few words before it is said again
("1463... nee, wacht, ik lees het verkeerd, 1643... 00"); "And you are?" asking for a name; a bare number given to
"Wat heeft u ingevuld?" or "מה כתבת בטופס?" after the customer said their BSN or ID was refused, hidden as that ID;
a number asked about after the ID word ("looks like an ID number, 248915637. Is that mine?") and denied by the agent,
kept; the address or mailbox the agent tells the customer to send something to ("Wilt u het formulier sturen naar
Postbus 4410", "Envoyez une photo ... à Horlogerie Vasseur, Quai Saint-Vincent 12", "u mag het mailen naar
leeuwarden@..."), kept as the company's; a Hebrew street named after a person and a title before a flat ("דוד המלך
19 דירה 7"), hidden whole; a name followed by the words that say it is what someone is called ("Wietse heet hij",
"ויקטור קוראים לו"); a body shop's or a lessor's line named before it, and the line said instead after "ah non",
kept.

Written in the sixty-sixth round of conversation-aware redaction, on the misses of the spent held-out batch 63 (a
parking operator), in two sectors no batch had used as its company (a clock repair workshop, a stonemason's yard).
Figures of the held-out bench (a request after every customer line, with the call so far; a look-alike judged on the
last request that carried its turn), main before this round -> after:
- batch 63: look-alikes changed 19 -> 8 of 405 (4.7% -> 2.0%): addresses and a mailbox the customer is told to send
  to (nl-017 twice, fr-039 twice, nl-024) 5 -> 0, numbers asked about after the ID word and denied (en-037, he-037)
  2 -> 0, lines of a garage, a body shop or a lessor (fr-035 three times, nl-023's phone) 4 -> 0; IBANs 0.887 ->
  1.00 (fr-016 and he-016 read by the agent, nl-009's pieces), BSNs 0.909 -> 1.00 (nl-017), Israeli IDs 0.950 ->
  1.00 (he-017), names 0.957 -> 0.983 (en-015, he-028 twice); transposed 0.846 -> 1.00, split numbers 0.922 ->
  0.961, spoken digits 0.962 -> 0.981, cue names 0.907 -> 0.944; he-021's street no longer leaves "שלמה" in clear.
  Values out 26 -> 14.
- batch 59: Israeli IDs 0.950 -> 1.00, transposed 0.967 -> 1.00 (he-017, a bare ID after "what did you write");
  batch 62: names 0.949 -> 0.957, cue names 0.943 -> 0.971 (nl-027 "Mats heet hij", left by round 65). No value
  went out that did not before and no look-alike was changed that was not before, in any of batches 1 to 63.
Before this round, every dialogue below but the control missed a value or changed a look-alike; after: none.

Fixed, for the general case:
- IBANs: in a call, an IBAN-shaped value of its country's exact length that fails the check is an account in the
  agent's turn too when a word anywhere in the turn speaks of an account or a bank ("La banque nous renvoie « compte
  inexistant ». Nous avons l'IBAN ...", "הבנק החזיר ... אצלנו רשום IL43 ..."), no longer only in the clause before
  it (``misheard.named_account``, gone); and then it is the customer's: the company's own account passes its check,
  so a failing one the agent reads is the one on the customer's form. In batches 1-63 six agents' IBANs fail the
  check, all the customer's, and no look-alike does; one said alone by the agent stays as it is.
- IBANs in pieces: "en dan", "and then", "et puis", "ואז" between two groups, and up to eight lower-case words
  between the word that takes a group back and the group said again (``accounts._BETWEEN``, ``_UNTIL_AGAIN``).
- Names: "And you are?", "En u bent?", "Et vous êtes ?", "ומי את?" ask for a name (``context``); a name at a
  sentence's start followed by "heet hij/ze", "קוראים לו/לה", "il/elle s'appelle", "he's/she's called" is a name
  (``names._CALLED_AFTER``).
- IDs: "Wat staat er op ...", "Wat heeft u ingevuld?", "What did you put?", "Qu'avez-vous écrit ?", "מה רשמת/כתבת?"
  ask for the number the customer's turn just before named ("mijn burgerservicenummer zou niet kloppen", "מספר הזהות
  לא תקין"), as "What is it?" did (``context._THE_NUMBER``).
- Look-alikes: the number a customer asks about as a card or an ID may come after the word as well as before it
  (``context._denied``).
- Look-alikes: the address, postcode or e-mail address the agent tells the customer to send something to, in the
  imperative at the sentence's start or with "u/you/vous" as the one who sends and no "we/us" between, is the
  company's (``owner._sent_to``); "Shall we post it to 14 Marlowe Close?" stays the customer's.
- Look-alikes: a garage, a body shop, a lessor, an insurer or a "...maatschappij" named before a line owns it, also
  after a comma ("C'est noté, carrosserie Dumas, 03 ..."), and so does the line said instead after a take-back ("04
  78 ...... ah non, c'est à Lyon ça. Ici c'est le 03 ...") (``redaction._organisation_lines``).
- Addresses: a Hebrew street of two words, the second beginning with "ה" (a person and a title, "שלמה המלך"), before
  a number and a flat or a floor (``addresses._BEFORE_A_UNIT``).

Left, and why:
- en-028's witness "[name], 06 29 44 81 37" in the answer to "Do you know roughly when?": a time asked makes every
  number of the answer with no word of its own no one's; a phone-shaped number after a name is one case of many
  that the question's label would have to give way to, and no other batch shows it.
- nl-007's phone in pieces across two segments with "wacht, ik moet even scrollen" between; house numbers in words
  said alone (nl-022 "Die van tweeëntachtig", en-022 "number thirty-six", he-022's correction in words); fr-015's
  spoken postcode "cinquante-neuf sept cents"; fr-025's residence before its street ("Résidence Les Tilleuls, ...").
- names with no cue (nl-028 "Ruud Verkerk, 06 ..." off a note) and en-029's "this is Precious", an everyday word.
- look-alikes: nl-023's and fr-025's addresses of a business or an employer in the customer's turn ("Autoschade Van
  Rijswijk, Amsterdamsevaart 71", "au siège, à 14 avenue de l'Europe") and fr-025's "leur numéro" of a lessor named
  seven words before; nl-038's "je Parcova-parkeerpas" (a "your" in the denial, the customer's in other calls);
  en-001's parking card number asked for as a card; he-008's licence plate after card numbers; he-024's floor after
  an address; fr-026's agent of the customer's first name ("Léa, de Parcova"), as round 65 left.
- round 65's "Left" list otherwise unchanged.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

SIXTY_EIGHTH: list[Dialogue] = [
    # the agent reads back the IBAN on the customer's form, which fails its check: the customer's, not the company's
    _dialogue("fr68-agent-reads-failing-iban", "fr", T,
              "A: Horlogerie Vasseur, bonjour.",
              "C: Bonjour, le prélèvement pour la révision de ma pendule a été refusé, je ne comprends pas.",
              "A: La banque répond « compte inconnu ». Nous avons l'IBAN {IBAN:FR14 2004 0110 0505 0001 3M02 606}.",
              "C: C'est pourtant celui du formulaire.",
              "A: Deux chiffres ont dû être inversés. Envoyez-nous un RIB, la révision reste à {keep:180 €}."),
    _dialogue("he68-agent-reads-failing-iban", "he", T,
              "A: סדנת השעונים, שלום.",
              "C: שלום, קיבלתי הודעה שהחיוב על תיקון השעון נכשל.",
              "A: הבנק החזיר שהחשבון לא קיים. אצלנו רשום {IBAN:IL05 0162 4700 0000 4718 253}.",
              "C: זה מה שמילאתי.",
              "A: כנראה ששתי ספרות התחלפו. התיקון עולה {keep:450 ₪}."),
    # an IBAN dictated in pieces with "en dan" between them, a group taken back with a few words before it again
    _dialogue("nl68-iban-pieces-corrected", "nl", S,
              "A: Steenhouwerij Brandsma, met Jelle.",
              "C: Ja, het grafmonument wordt betaald van de rekening van mijn broer. Ik heb het nummer op een "
              "papiertje.",
              "A: Lees maar voor.",
              "C: {IBAN:NL}... {IBAN:91}... {IBAN:ABNA}... en dan {IBAN:0417}... {IBAN:1463}... nee, wacht, ik lees "
              "het verkeerd, {IBAN:1643}... {IBAN:00}.",
              "A: Dan zet ik de incasso klaar per {keep:1 april}."),
    # "And you are?": the answer opens with the caller's name
    _dialogue("en68-and-you-are", "en", CN,
              "A: Hartley Clock Repairs, Sam speaking.",
              "C: Hi, I'm calling for my neighbour, her longcase clock has stopped again.",
              "A: Happy to help. And you are?",
              "C: {NAME:Marguerite Oyelaran}, I live next door.",
              "A: Thanks. Our clockmaker can come on {keep:Thursday}."),
    # an ID the customer says was refused, then the agent asks what they wrote: the bare number is that ID
    _dialogue("nl68-bsn-what-on-the-form", "nl", T,
              "C: Goedemiddag, mijn aanvraag voor de subsidie op de grafsteen is teruggekomen, mijn BSN zou fout zijn.",
              "A: Wat heeft u ingevuld?",
              "C: {BSN:374920158}.",
              "A: Dat komt niet door de controle. Stuur het formulier gerust opnieuw, de steen kost {keep:€ 1.450}."),
    _dialogue("he68-id-what-you-wrote", "he", T,
              "C: היי, הבקשה להנחת גמלאים על תיקון השעון נדחתה, כתוב שמספר הזהות לא תקין",
              "A: היי, מה כתבת בטופס?",
              "C: {IL:491527306}",
              "A: ספרת הביקורת לא מסתדרת, תבדקי שוב. ההנחה היא {keep:10%}."),
    # the number asked about comes after the ID word, and the agent says no
    _dialogue("en68-id-after-word-denied", "en", K,
              "C: Hi, the quote for the headstone has a number that looks like an ID number, {keep:248915637}. Is "
              "that mine? I don't want my ID on a quote.",
              "A: No, that's the workshop's company number, it's on every quote. Your own ID isn't on it.",
              "C: Great, thanks."),
    # where the customer is told to send something: the company's address and mailbox
    _dialogue("nl68-send-form-to-po-box", "nl", K,
              "A: Steenhouwerij Brandsma, met Jelle.",
              "C: Ik heb het ontwerp voor de steen goedgekeurd, hoe krijgt u de handtekening?",
              "A: Wilt u het getekende formulier sturen naar {keep:Postbus 4410}, {keep:8901 BK Leeuwarden}? Of u mag "
              "het mailen naar {keep:leeuwarden@brandsma-steen.nl}."),
    _dialogue("fr68-send-claim-to-workshop", "fr", K,
              "C: Bonjour, le cadran de mon horloge est revenu rayé après la réparation.",
              "A: Je suis désolée. Envoyez une photo avec votre numéro de réparation à Horlogerie Vasseur, "
              "{keep:Quai Saint-Vincent 12}, {keep:4000 Liège}, et nous reprenons le cadran à nos frais."),
    # ... but the company sending to an address: the customer's, as before
    _dialogue("en68-we-send-to-you", "en", AD,
              "A: Hartley Clock Repairs, Sam speaking.",
              "C: Hi, is my carriage clock ready? It's {NAME:Ruth Adebayo}.",
              "A: It is. Shall we post it to {ADDR:14 Marlowe Close}?",
              "C: Yes please."),
    # a Hebrew street named after a person and a title, before a flat
    _dialogue("he68-street-person-and-title", "he", AD,
              "C: היי, עברנו דירה ואני רוצה שתחזירו את השעון לכתובת החדשה. {ADDR:דוד המלך 19 דירה 7}, {PC:6423807}",
              "A: בסדר, השליח יביא אותו ב-{keep:יום רביעי}."),
    # a name, then the words that say it is what someone is called
    _dialogue("nl68-name-heet-hij", "nl", CN,
              "C: De man die de oude steen komt ophalen, {NAME:Wietse} heet hij, heeft geen nummer achtergelaten.",
              "A: Ik geef het door aan de werkplaats, hij komt {keep:dinsdag}."),
    _dialogue("he68-name-korim-lo", "he", CN,
              "C: יש לכם שעון של השכן מלמעלה. {NAME:ויקטור} קוראים לו, הוא ביקש שאשאל מתי הוא מוכן.",
              "A: הוא יהיה מוכן ב-{keep:יום חמישי}."),
    # a trade named before its line, and the line said instead after "ah non": the body shop's, no person's
    _dialogue("fr68-body-shop-line-corrected", "fr", K,
              "A: Marbrerie Lacombe, bonjour.",
              "C: Bonjour, le camion a abîmé mon portail en livrant la stèle. Le garage c'est la carrosserie Rivière, "
              "au {keep:04 72 18 55 90}... ah non, c'est l'ancien. Maintenant c'est le {keep:04 72 18 55 09}.",
              "A: C'est noté, carrosserie Rivière, {keep:04 72 18 55 09}, notre assurance les contacte."),
]
