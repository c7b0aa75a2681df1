"""The sixty-fifth tuning batch: a house number said in words, then again digit by digit after "!" ("sixty-two! Six
two", "c'est quarante et un ! Quatre, un"), and a house number swapped and said twice with no "no" before it ("dat
moet 132 zijn! Een drie twee", "זה ארבעים ושבע! ארבע שבע"); a door said with its number word, then a number word
opening the next sentence ("op nummer 18. Drie huizen verder"); a residence and its building letter before the
street ("Résidence Les Pins, bâtiment C, 12 rue ..."); a telephone number dictated whole in one turn, group by group
with pauses and an aside between, after a word for it in the turn or the two before ("07700... 900... Max, put that
paddle down!... sorry. 461."); the first group of a phone set off by a comma ("06, 47..."); the rest of an IBAN in
the first sentences of a longer turn ("0312, 4457... en dan 89. Sorry, ik sta in de kas ..."), and an IBAN's start a
long turn breaks off on ("je vous le lis : BE71, 0961..."); a family by its surname ("chez les Duchêne", "with the
Okonkwos", "the family Brandsma"); a "fille au pair" before her name; a postcode set off by a comma after its word
("Le code postal, c'est 1170"); a phone asked as "your number for the guide?" and said a digit short; controls: a
gift card's number the agent says is a gift card ("Non, c'est une carte cadeau"), a school's address named after
the school.

Written in the sixty-third round of conversation-aware redaction, on the misses of the spent held-out batch 60 (an
au pair, nanny and babysitting agency), in two sectors no batch had used as its company (a canoe and kayak rental, a
mushroom growing-kit supplier). Figures of the held-out bench (a request after every customer line, with the call so
far; a look-alike judged on the last request that carried its turn), main before this round -> after:
- batch 60: addresses 0.775 -> 0.950 (nl-022, nl-024, en-024, fr-023, fr-024, he-024), phones 0.796 -> 0.978
  (nl-010, en-010, fr-007, fr-009, fr-020, he-007), IBANs 0.893 -> 1.00 (nl-006, fr-010), postcodes 0.933 -> 1.00
  (fr-015), names 0.889 -> 0.910 (en-002, en-006, fr-006, fr-026), split numbers 0.773 -> 0.955, cue names 0.885 ->
  0.897, bare answers 0.947 -> 0.974, transposed 0.962 -> 1.00; dates of birth 0.923 (the same); look-alikes changed
  14 -> 8 of 343 (the gift cards nl/en/fr/he-038, nl-037 "het contractnummer van de nanny", fr-021 a school's
  address). Values out: 60 -> 23.
- batches 50 to 59: batch 58 "nummer 4" and "nummer 41" (nl-010, nl-022) and batch 59 "numéro 13" (fr-022) no longer
  leave their number word in clear; batch 59 look-alikes 5 -> 4 of 288 (nl-038, a gift card's number); the rest line
  for line the same. Outside them: batch 25 addresses 0.902 -> 0.951 (nl-024, en-024), batch 6 fr-039 (a residence's
  building), batch 14 nl-022 and batch 33 en-021 (the door's number word). No value went out that did not before and
  no look-alike was changed that was not before, in any of batches 1 to 60.
Before this round, 15 of the 16 dialogues below missed a value or changed a look-alike; after: none.

Fixed, for the general case:
- Addresses: the digit words after a house number may follow "!" or a space and a stop ("sixty-nine! Six nine",
  "soixante et un ! Six, un"); a number with the digits of a house number the call gave, swapped, said twice ("221!
  221" once read) is the corrected house number, with no "no" before it; a number word with a capital after digits
  and a stop starts a new sentence, not more of the number ("23. Twee huizen verder" was read 232); a door said alone
  takes its number word ("op nummer 23"); a residence's building or entrance by letter or number belongs to the
  residence before the street ("Résidence Les Cèdres, bâtiment B, 7 chemin ...").
- Phones: a customer's turn that dictates a whole phone number, three groups or more, the first one starting as a
  phone does (a 0, or "plus") with a pause after it, pauses, commas or a short aside with a pause between the groups,
  after a word for a phone in the turn or in one of the two turns before, gives its pieces; the first group of a turn
  still coming may be set off by a comma ("06, 12..."); "your number for the X?" asks for a phone.
- IBANs: a segment that goes on with a number being dictated and is longer than a piece segment gives its pieces in
  its first short sentences; a customer's turn ending in an IBAN's country, check digits and groups with a pause
  gives them as pieces.
- Names: a family by its surname after "the family", "chez/avec/pour les", "at/with/for the ...s" (not a place in the
  plural, an everyday word or a word of the name lists' stop words); "fille au pair", "jeune fille au pair", "garçon
  au pair" as roles before a name.
- Postcodes: the postcode's word set off by a comma ("Le code postal, c'est 1170").
- Look-alikes: a customer's number asked about right after the question ("... betalen? nummer 6686...") is the one
  the agent's answer may disown; a gift card, a voucher, "geen creditcard", "not a credit card", "כרטיס מתנה" and a
  contract number disown it; a school or a day nursery named before its address is a venue (no one's home).

Left, and why:
- names with no cue ("Sami huilde toen ze wegging", "take Ruby to my mother-in-law's", "U bedoelt Wanjiru?", "Heeft
  Grace haar BSN"), names shouted in capitals in an aside ("SEB, NIET OP DE BANK"), and Hebrew given names missing from
  the list (נעמה, איתן, נוגה, עומרי, אלמה, מיקה): the list needs a curated extension from name statistics, not the
  names of one batch; "Grace" and "Ruby" are everyday words too.
- "box 5" said alone (a Belgian flat's box): "box N" alone is kept on purpose as a storage or parking box.
- a phone corrected twice in words ("zevenhonderdvijftien... nee, wacht, mijn bril. Zevenhonderdeenenvijftig"), a
  date of birth answered to "and the younger one?" after "birthdays" in the turn before; a school gate or a GP
  practice's line, and a Hebrew kindergarten's address with no name before it, changed as before.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, SP, B, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

SIXTY_FIFTH: list[Dialogue] = [
    # a house number said in words, then digit by digit after "!"
    _dialogue("en65-house-said-then-spelt-bang", "en", SP,
              "A: Paddle Point rentals. Your kayak voucher came back, we had {ADDR:26 Weir Road}.",
              "C: Oh, no, it's {ADDR:sixty-two! Six two}. The door sign fell off years ago.",
              "A: Sorry, I'll resend it to {ADDR:62 Weir Road}. The trip is on {keep:Saturday}.",
              crm={"customer": {"street": "26 Weir Road", "postcode": "RG9 2HP"}}),
    _dialogue("fr65-house-said-then-spelt-bang", "fr", SP,
              "A: Bonjour, ici Mycokit. Le colis de votre kit est revenu, nous avions {ADDR:14 rue des Saules}.",
              "C: Ah non, c'est {ADDR:quarante et un ! Quatre, un}. La Poste se trompe aussi.",
              "A: Désolé, je renvoie au {ADDR:41 rue des Saules}. Le kit coûte {keep:29 €}.",
              crm={"customer": {"street": "14 rue des Saules", "postcode": "44000"}}),
    # a house number swapped, said twice, with no "no"
    _dialogue("nl65-house-swapped-said-twice", "nl", SP,
              "A: Goedemiddag, met Kanoverhuur De Dommel. Uw bevestiging kwam terug, wij hebben "
              "{ADDR:Dorpsstraat 123}.",
              "C: O, dat moet {ADDR:honderdtweeëndertig} zijn! {ADDR:Een drie twee}. Dat gaat vaker mis.",
              "A: Ik pas het aan. De kano staat {keep:zondag} klaar.",
              crm={"customer": {"street": "Dorpsstraat 123", "postcode": "5281 AB"}}),
    _dialogue("he65-house-swapped-said-twice", "he", SP,
              "A: שלום, מדברים מקיאקי הירקון. האישור חזר אלינו, רשום {ADDR:הזית 74}.",
              "C: אוי, זה {ADDR:ארבעים ושבע}! {ADDR:ארבע שבע}. תמיד מתבלבלים.",
              "A: סליחה, אני מתקנת. השיט ביום {keep:שישי}.",
              crm={"customer": {"street": "הזית 74", "city": "פתח תקווה"}}),
    # a door with its number word, a number word opening the next sentence
    _dialogue("nl65-door-then-sentence", "nl", AD,
              "C: De kweekset mag bij de buurvrouw, wij zijn er niet.",
              "A: Prima. Hoe heet ze en waar woont ze?",
              "C: {NAME:Greet}, op {ADDR:nummer 18}. Drie huizen verder, met de groene poort.",
              "A: Ik zet erbij: afleveren bij {NAME:Greet} op {ADDR:18}."),
    # a residence and its building letter before the street
    _dialogue("fr65-residence-building", "fr", AD,
              "C: Livrez le kit de pleurotes chez ma fille : {ADDR:Résidence Les Pins, bâtiment C}, "
              "{ADDR:12 rue Paul Bert}, {PC:69003} Lyon.",
              "A: C'est noté, livraison {keep:jeudi}."),
    # a phone dictated whole in one turn, an aside between
    _dialogue("fr65-phone-pieces-aside", "fr", S,
              "C: Bonjour, le livreur du kit doit avoir le numéro de mon mari.",
              "A: Je vous écoute.",
              "C: {PHONE:06}... {PHONE:58}... {PHONE:21}... LÉON, LÂCHE LE CHAT... pardon. {PHONE:73}, {PHONE:40}.",
              "A: Merci, livraison entre {keep:9 h} et {keep:12 h}."),
    _dialogue("he65-phone-pieces-aside", "he", S,
              "C: היי, תוסיפו להזמנת הקיאקים את המספר של בעלי.",
              "A: בטח, תגידי.",
              "C: {PHONE:052}... {PHONE:614}... אורי, תפסיק!... סליחה. {PHONE:38}... {PHONE:27}.",
              "A: רשמתי. ההשכרה ב-{keep:09:00}."),
    # the rest of an IBAN in the first sentences of a longer turn
    _dialogue("nl65-iban-rest-then-aside", "nl", S,
              "C: Ik heb een nieuwe bank, het abonnement op de kweeksets moet van de nieuwe rekening af.",
              "A: Geen probleem. Zeg het maar.",
              "C: Eh, {IBAN:NL63}, {IBAN:RABO}...",
              "C: {IBAN:0312}, {IBAN:4457}... en dan {IBAN:89}. Sorry, ik sta in de kas, de ventilator maakt herrie.",
              "A: Dank u, de eerste afschrijving is {keep:€ 19,50}."),
    # an IBAN's start a long turn breaks off on
    _dialogue("fr65-iban-start-long-turn", "fr", S,
              "C: Bonjour, {NAME:Hugo Marchal}. Je veux payer la location des canoës par virement, je vous lis mon "
              "IBAN : {IBAN:BE71}, {IBAN:0961}...",
              "C: {IBAN:2345}, {IBAN:6769}.",
              "A: Merci, la location est de {keep:85 €}."),
    # a family by its surname; a "fille au pair" before her name
    _dialogue("en65-family-by-surname", "en", CN,
              "C: We're sharing the big canoe with the {NAME:Okonkwos}, and the family {NAME:Brandsma} takes the "
              "kayaks.",
              "A: Lovely, that's {keep:4 boats} for {keep:Sunday}."),
    _dialogue("fr65-family-and-au-pair", "fr", CN,
              "C: Les kits sont pour nous et pour chez les {NAME:Duchêne}. Notre fille au pair, {NAME:Carla Mendes}, "
              "viendra les chercher.",
              "A: Parfait, {keep:2 kits} à retirer {keep:samedi}."),
    # a postcode set off by a comma after its word
    _dialogue("fr65-postcode-comma", "fr", B,
              "A: Mycokit, bonjour.",
              "C: Bonjour, j'envoie un kit chez mon frère. Le code postal, c'est {PC:mille cent septante}, "
              "Watermael-Boitsfort.",
              "A: Merci, livraison {keep:mardi}."),
    # a phone asked "for the guide", said a digit short
    _dialogue("fr65-phone-for-the-guide", "fr", B,
              "A: Votre numéro pour le guide ?",
              "C: {PHONE:06 41 27 88 3}.",
              "A: Il manque un chiffre, vous pouvez répéter ?"),
    # controls: a gift card's number, a school's address
    _dialogue("fr65-control-gift-card", "fr", K,
              "C: j'ai reçu une carte cadeau Mycokit, c'est une carte de crédit ? {keep:6034112388912214}",
              "A: Non, c'est une carte cadeau, il reste {keep:40 €} dessus."),
    _dialogue("en65-control-school-address", "en", K,
              "C: The canoe club meets at the school now, Hillcrest Primary, {keep:4 Mill Lane}.",
              "A: Thanks, I'll update the meeting point for {keep:Saturday}."),
]
