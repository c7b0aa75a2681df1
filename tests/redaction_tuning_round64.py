"""The sixty-sixth tuning batch: an ID number dictated in pieces after a word for it, a piece taken back between
("They want his ID number. It's 318... 442, no, sorry, 424...", "זה 041... 969, לא, 996...") and the agent's
read-back of the whole; a card's sixteen digits unbroken after a card named in the sentence before ("met mijn
mastercard. 5412750123498761"), or after a card's brand in Hebrew ("ויזה 4580..."), its check digit failing; a card's
first two groups after a few words handing them over ("pas besoin je vous les mets ici 4973 1188"); the street the
agent looks up from the postcode and the house number the customer gave alone ("Dan wordt het Kastanjelaan 12", "אז
הדקל 19"); a chat's house number followed by what kind of flat it is ("14  its the top flat"); an organisation's line
named right before it ("Le syndic, c'est le 04 ...", "the bus company's number is 0117 ...") and read back by the
agent; a couple's given names after their surname ("Meneer en mevrouw Pauwels, Sjef en Riek"); a neighbour's name
after her door with "she" next ("דירה 12. פנינה, היא ..."); a phone's pieces said in words in the segments after
its start ("It's, um, oh five two..." "seven one four...", before the rest arrives); "Heeft u zijn nummer?" asking
for a phone; a country code said "plus three one"; an IBAN's country and check digits ending a turn that names the
account ("... van haar eigen rekening. Ik lees voor. NL91").

Written in the sixty-fourth round of conversation-aware redaction, on the misses of the spent held-out batch 61 (a
kitchen and bathroom renovation contractor), in two sectors no batch had used as its company (a puppet theatre, a
scaffolding hire firm). Figures of the held-out bench (a request after every customer line, with the call so far; a
look-alike judged on the last request that carried its turn), main before this round -> after:
- batch 61: Israeli IDs 0.444 -> 1.00 (en-009, he-009), cards 0.750 -> 1.00 (nl-018, he-018, fr-008), addresses
  0.898 -> 0.959 (nl-003, en-003, he-003), names 0.940 -> 0.973 (nl-022, nl-029, fr-029, he-022), phones 0.909 ->
  1.00 (nl-010, en-007, en-010, fr-007), IBANs 0.966 -> 0.983 (nl-009's "BE91"), split numbers 0.792 -> 0.972,
  cue names 0.908 -> 0.954, bare answers 0.936 -> 1.00, transposed 0.944 -> 1.00; look-alikes changed 10 -> 3 of
  361 (nl/en/fr/he-030, an organisation's line, and its read-back). Values out: 42 -> 11.
- batches 50 to 60: batch 60 look-alikes 8 -> 7 of 343 (en-030, "the GP practice is 070 ..."); the rest line for
  line the same as committed main. Outside them: batch 49 he-022 and batch 57 fr-025 (a house number in words) no
  longer go out. No value went out that did not before and no look-alike was changed that was not before, in any of
  batches 1 to 61.
Before this round, every dialogue below missed a value or changed a look-alike; after: none.

Fixed, for the general case:
- Israeli IDs and BSNs: a customer's turn that ends on a digit group and a pause, after a word for an ID with no
  other digits between, gives every group from the first one after the word (followed by a pause or a comma) as a
  piece of the ID, the one taken back too; the next segment goes on with it and the agent's read-back of the whole
  is the customer's. Nine digits passing the ID check are NOT hidden more widely on their own: among the look-alikes
  of batches 1-61, 178 of 425 nine-digit numbers pass the Israeli check (payment references, policy and file
  numbers), so a bare nine-digit number still needs a word, a question or the pieces.
- Cards: sixteen digits unbroken, like sixteen in fours, may take the card named in the sentence before ("met
  visa. 4711..."); the Hebrew brands (ויזה, מאסטרקארד, ישראכרט, אמקס, דיינרס) name a card; the first groups of a
  card offered after paying was named may follow a few words of handing over ("je vous les donne ici 4829 1997").
- Addresses: an agent's street and number whose number is the house the customer gave alone, after a postcode the
  call gave, is the customer's (the street looked up from the postcode), in Hebrew with the street before a house
  number found alone ("אז הרצל 16"); a chat's answer opening with the house number and then the kind of home with no
  stop ("88  its an upstairs flat").
- Names: a couple or family by title or article and surname, then two given names after a comma ("Meneer en mevrouw
  X, A en B", "Les X, A et B", "Mr and Mrs X, A and B", "משפחת X, A ו-B"); a name after a neighbour's door with a
  pronoun for the person next ("Nummer 29, Trees. Ze is ...").
- Phones: the pieces of a number being dictated said in words in the segments after its start (``_pieces_on`` on
  the turn's spoken reading), the previous segment's start read in words too; "his/her/their number?", "zijn/haar
  nummer?", "son numéro ?" ask for a phone; "plus" said as a word before a country code.
- IBANs: a turn naming an account and ending on a country and check digits alone ("... Ik heb zijn kaart hier.
  BE91") gives them as a piece.
- Look-alikes: an organisation's number named right before it (a management company, a syndic, a VvE or its
  manager, a school, a GP practice or surgery, a council, "ועד הבית", "חברת הניהול", "העירייה", ...) is kept, and so
  is the agent's read-back of it later in the call.

Left, and why:
- a floor or storey said after an address ("3e étage", "קומה 2", "קומה 6" in batch 61) is a look-alike there, while
  earlier batches count it in the address (``_with_floor``): the judgement differs between batches, so the floor
  stays with the address.
- names with no cue of third parties the customer hired ("Dariusz Wróbel is doing the tiling himself", "un
  carreleur ..., Rui Fernandes, il peut", "סאלח עודה יעשה", "רצף ..., ואסים חורי, אפשר"), none in the name lists:
  a curated extension of the lists (Polish, Portuguese, Arabic given names) is the general fix, not these names.
- "Coupure Links 118 bus 31" (a two-word Ghent street with no street suffix): "Links" alone is read as the street.
- "Au 21." answering "À quel numéro ?" about a neighbour across the street: "quel numéro" asks for a phone
  elsewhere; the agent's "de rekening op 9376" (the last group of an IBAN read back without "ending in"); the
  agent's own first name greeting a customer of the same name ("Dennis van onze vaste ploeg"). The bench's "דירה"
  left in clear in he-021 and he-025 is "הדירה" elsewhere in the turn, read with a prefix letter.
- a word after "אמא שלי" / "אבא שלי" read as the parent's name ("של אמא שלי בטופס שלכם" in batch 61 he-009, no
  look-alike there): the kin rule needs a list of Hebrew words that never follow a relation as a name.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, SP, B, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue

SIXTY_SIXTH: list[Dialogue] = [
    # an ID in pieces after a word for it, a piece taken back, then the agent's read-back
    _dialogue("en66-id-pieces-taken-back", "en", S,
              "A: Kikar Puppet Theatre, box office.",
              "C: Hi, it's about my father's pensioner discount. The box office needs his ID number. It's {IL:318}... "
              "{IL:442}, no, sorry, {IL:424}...",
              "A: Go on.",
              "C: {IL:603}.",
              "A: So {IL:318424603}. The show is on {keep:Sunday} at {keep:11:00}."),
    _dialogue("he66-id-pieces-taken-back", "he", S,
              "A: פיגומי השרון, שלום.",
              "C: שלום, בשביל ההיתר העירייה צריכה את תעודת הזהות של אבא. זה {IL:041}... {IL:969}, לא, "
              "{IL:996}...",
              "A: כן.",
              "C: {IL:273}.",
              "A: אז {IL:041996273}. הפיגום עולה ביום {keep:רביעי}."),
    # sixteen digits unbroken, the card named in the sentence before; a Hebrew card brand
    _dialogue("nl66-card-unbroken-sentence-before", "nl", T,
              "A: Steigerverhuur Hoogland, goedemiddag.",
              "C: Ik wil de borg voor de rolsteiger betalen, met mijn mastercard. {CARD:5412750123498761}, geldig tot "
              "{keep:09/28}.",
              "A: Die wordt geweigerd, ik stuur u een betaallink voor {keep:€ 150}."),
    _dialogue("he66-card-hebrew-brand", "he", T,
              "A: תיאטרון הבובות, שלום.",
              "C: אני רוצה לשלם על שישה כרטיסים להצגה. ויזה {CARD:4580331276549902}, תוקף {keep:10/27}.",
              "A: הכרטיס לא עובר, אשלח קישור לתשלום על {keep:₪ 270}."),
    # a card's first groups after a few words handing them over
    _dialogue("fr66-card-groups-handed-over", "fr", S,
              "C: bonjour je peux régler l'abonnement famille par carte ? {keep:96 €}",
              "A: Bonjour, je vous envoie un lien de paiement.",
              "C: pas besoin je vous les mets ici {CARD:4973 1188}",
              "C: {CARD:2640 5517} exp {keep:04/29}",
              "A: Merci de ne pas écrire votre carte ici, le lien arrive par mail."),
    # the street the agent looks up from the postcode, the house number given alone
    _dialogue("nl66-street-from-postcode", "nl", B,
              "A: Steigerverhuur Hoogland, met Mark.",
              "C: Hallo, de steiger moet naar ons nieuwe huis, we zijn net verhuisd.",
              "A: Wat is de postcode?",
              "C: {PC:3521 BK}",
              "A: En het huisnummer?",
              "C: {ADDR:12}.",
              "A: Dan wordt het {ADDR:Kastanjelaan 12}, Utrecht. De steiger komt {keep:dinsdag 3 maart}."),
    _dialogue("he66-street-from-postcode", "he", AD,
              "A: פיגומי השרון, שלום.",
              "C: עברנו דירה, את החשבונית תשלחו לכתובת החדשה.",
              "A: מה המיקוד?",
              "C: {PC:4428164}",
              "A: ומספר הבית?",
              "C: {ADDR:19}.",
              "A: אז {ADDR:הדקל 19}, כפר סבא. רשמתי בהזמנה {keep:SC-2291}."),
    # a chat's house number, then the kind of flat with no stop
    _dialogue("en66-house-then-flat-chat", "en", B,
              "C: hi we moved, where do i send the new address for the season tickets",
              "A: Hi! What's the postcode?",
              "C: {PC:BS6 5QA}",
              "A: And the house number?",
              "C: {ADDR:14}  its the top flat",
              "A: Thanks, the tickets go out on {keep:Friday}."),
    # an organisation's line, and the agent's read-back of it
    _dialogue("fr66-control-syndic-line", "fr", K,
              "C: Bonjour, {NAME:Paul Girard}. Pour monter l'échafaudage dans la cour, il faut l'accord de la "
              "copropriété. Le syndic, c'est le {keep:04 78 52 19 60}.",
              "A: Je les appelle au {keep:04 78 52 19 60} aujourd'hui. Le montage est prévu {keep:lundi}."),
    _dialogue("en66-control-company-line", "en", K,
              "C: Hi, it's {NAME:Helen Park}, about the school matinee. For the coach, the bus company's number is "
              "{keep:0117 496 0321}.",
              "A: Thanks, I'll call {keep:0117 496 0321} about parking. The show starts at {keep:10:30}."),
    # a couple's given names after their surname; a neighbour's name after her door
    _dialogue("nl66-couple-names", "nl", CN,
              "A: Steigerverhuur Hoogland, met Mark.",
              "C: Goedemiddag, {NAME:Vera Lammers}. De steiger komt deels op de oprit van de buren.",
              "A: Wie zijn de buren?",
              "C: Meneer en mevrouw {NAME:Pauwels}, {NAME:Sjef} en {NAME:Riek}. Ze vinden het goed.",
              "A: Fijn, dan bel ik de familie {NAME:Pauwels} nog even. De opbouw is {keep:donderdag}."),
    _dialogue("he66-neighbour-after-door", "he", CN,
              "A: תיאטרון הבובות, שלום.",
              "C: שלום, {NAME:אורית כץ}. את הבובה שהזמנתי תשאירו אצל השכנה, אנחנו לא בבית.",
              "A: באיזו דירה?",
              "C: {ADDR:דירה 12}. {NAME:פנינה}, היא בבית כל היום.",
              "A: בסדר, השליח מגיע ביום {keep:חמישי}."),
    # a phone's pieces in words in the segments after its start
    _dialogue("en66-phone-pieces-in-words", "en", SP,
              "A: Marionette Hall, Sam speaking.",
              "C: Hi, it's {NAME:Laura Quinn}. My sister collects the kids after the show. She's {NAME:Hanna Quinn}... "
              "and you'll want the number. It's, um, {PHONE:oh five two}...",
              "C: {PHONE:seven one four}..."),  # the request made now, before the rest arrives
    # "zijn nummer?" asks for a phone
    _dialogue("nl66-his-number-asked", "nl", S,
              "C: Hoi, mijn zwager helpt met het opbouwen van de steiger, mag hij jullie bellen?",
              "A: Prima. Heeft u zijn nummer?",
              "C: Ja, {PHONE:06 41}",
              "C: {PHONE:87 2}",
              "C: {PHONE:950}",
              "A: Genoteerd: {PHONE:06 41 87 29 50}. Hij kan vanaf {keep:7.00} terecht."),
    # a country code said "plus three one"
    _dialogue("en66-plus-said-as-word", "en", S,
              "C: Hi, my daughter is picking up the scaffold tower, please ring her, not me. Her number is "
              "{PHONE:plus three one}",
              "C: {PHONE:6 2045}",
              "C: {PHONE:8713}",
              "A: Thanks. So {PHONE:+31 6 2045 8713} for her. The yard opens at {keep:7:30}."),
    # an IBAN's country and check digits ending a turn that names the account
    _dialogue("nl66-iban-start-ends-turn", "nl", S,
              "C: De huur van de steiger moet voortaan van de rekening van mijn moeder. Ik lees het voor. {IBAN:NL91}",
              "C: {IBAN:ABNA} {IBAN:0417}... {IBAN:1643}...",
              "C: {IBAN:00}.",
              "A: Dank u, de eerste afschrijving is {keep:€ 85}."),
]
