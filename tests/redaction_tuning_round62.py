"""The sixty-fourth tuning batch: a house number said in words, then again digit by digit, to correct the one the
agent read ("No, nineteen. One nine.", "het is honderdzesendertig. Een, drie, zes", "c'est le quarante-six. Quatre,
six"), after the customer says what was wrong ("Nee, dat is al jaren fout, het is ..."); a neighbour's door the agent
reads back with where it is ("ophalen bij Gerda op 21.", "So collect from 138, Aydin."); a first name and a surname
joined by "or", "of", "ou" to a name found, the sentence going on ("Teun of Ilona Vos brengt ze"); a name after a
niece, a nephew, a godchild or a buddy; a card's first groups after paying was named in any form ("aanbetaling",
"regler lacompte", "Het nummer is 4347 6581"); a year said before the whole date of birth ("1958... 12 augustus
1958"); the rest of an IBAN after a long turn that broke off on its first groups ("... libres. FR76 3000" "2724 1367
3697... 8121"); a Hebrew street with its preposition read back by the agent ("עברנו להמעפילים 9" - "רשמתי המעפילים 9").

Written in the sixty-second round of conversation-aware redaction, on the misses of the spent held-out batch 59 (a
scuba-diving school), in two sectors no batch had used as its company (a well-drilling contractor, a sundial maker).
Figures of the held-out bench (a request after every customer line, with the call so far; a look-alike judged on
the last request that carried its turn), main before this round -> after:
- batch 59: addresses 0.750 -> 0.938 (nl-022, nl-024, en-022, en-024, fr-024, he-023), cards 0.812 -> 1.00 (nl-008,
  nl-018, fr-008), dates of birth 0.846 -> 1.00 (nl-005), IBANs 0.884 -> 1.00 (nl-009, en-006, fr-006), names 0.897
  -> 0.932 (nl-026, nl-027, en-027), split numbers 0.865 -> 0.944, cue names 0.840 -> 0.920, bare answers 0.950 ->
  1.00; look-alikes changed 5 -> 5 of 288 (the same five). Values out: 45 -> 19.
- batches 50 to 58: unchanged, line for line (none of their misses had these causes); outside them, batch 22 IBANs
  0.967 -> 1.00 (en-007, the rest of an IBAN after a turn broken off on its first group) and batch 35 addresses 0.964
  -> 0.982 (nl-022, "Eén één twee" said after the number). No value went out that did not before and no look-alike
  was changed that was not before, in any of batches 1 to 59.
Before this round, 12 of the 15 dialogues below missed a value; after: none.

Fixed, for the general case:
- Numbers (``spoken``): a number said in words, then again digit by digit after a pause, the run of number words
  ending there ("nineteen. One nine.", "quarante-six. Quatre, six."), is the same number twice, not one of twice its
  length; a day after a pause, its month next, starts a number of its own ("Negentienachtenvijftig... 12 augustus").
- Addresses: the digits said one by one after a house number may be set apart by commas or a stop ("honderdzesendertig.
  Een, drie, zes"); a number swapped from the house number the call gave, after "no" and what was wrong ("Nee, dat is
  al jaren fout, het is 136", "No, that's wrong, it's 19"); a house number the call gave, read back after "op", "from",
  "to", "naar", "au", "bij", "chez" before a comma or the sentence's end, is the door again (not "at 10," a time,
  "from 10 to 12", "op 21 maart"); an address the customer gave, read back whole by the agent, is the customer's,
  and a Hebrew street given with a verb and a preposition before it ("עברנו להמעפילים 9") is found again without
  them.
- Names: a first name and a capitalised surname joined by "and", "or", "en", "of", "et", "ou" to a name found, the
  sentence going on after them in lower case (the first word no everyday or stop word, nor the word before the name
  found: "Forfait Marin ou Forfait Eco" names two plans); "nichtje", "neefje",
  "kleinkind", "petekind", "godson", "goddaughter", "godchild", "buddy", "filleul(e)" as relations before a name.
- Cards: a customer's segment ending in a card's first groups after "het nummer is", "the number is", "le numéro
  est"; paying named as "aanbetaling", "restbetaling", "regler" (no accent), "l'acompte", a "creditcard".
- Dates of birth: the year said alone right before the whole date, with a pause ("1958... 12 augustus 1958").
- IBANs: a customer's turn broken off on a digit group with no stop is read by its last sentence for the number it
  starts ("... met de kit. FR76 3000"), so the next segment's groups are its pieces, up to twelve digits in a group
  run ("2724 1367 3697"), and a bank code opening that segment ("NWBK 8198").

Left, and why:
- a house number in an agent's question with no address word ("and it's thirty-one on the road?"), a house number
  said after the postcode with "c'est au quarante" and no address asked: a bare number in those turns is as often
  a count or a time; next.
- names with no cue and Hebrew names with no Latin capital to mark them ("עדי או נוי בירנבאום", "השכנה ברכה", "ד"ר
  שפירא"), an aside's child's name ("איתושי, תוריד את זה"): Hebrew joined names need a known-name list first.
- a phone's first group said alone before an aside in English ("052... 641") and a Hebrew trunk "050" broken off:
  the aside rule of round 61 wants a word for the number before them; an Israeli ID with no ID word (he-017).
- the word "numéro" before a door the agent reads back is left in clear while the number is hidden (fr-022).
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, SP, B, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

SIXTY_FOURTH: list[Dialogue] = [
    # a house number said in words, then digit by digit, correcting the one read out
    _dialogue("en64-house-said-then-spelt", "en", SP,
              "A: Deepwater Boreholes. We've got {ADDR:82 Quarry Lane} for the survey, is that right?",
              "C: No, {ADDR:twenty-eight. Two eight}. They always flip it.",
              "A: Sorry, {ADDR:28 Quarry Lane} then. The rig comes on {keep:Thursday}.",
              crm={"customer": {"street": "82 Quarry Lane", "postcode": "LS12 4PQ"}}),
    _dialogue("nl64-house-wrong-then-spelt", "nl", SP,
              "A: Voor de boring heb ik {ADDR:Heideweg 241} staan, klopt dat?",
              "C: Nee, dat staat er al jaren fout, het is {ADDR:tweehonderdveertien. Twee, een, vier}.",
              "A: Excuses, ik maak er {ADDR:Heideweg 214} van. De put kost {keep:€ 3.400}.",
              crm={"customer": {"street": "Heideweg 241", "postcode": "7241 KR"}}),
    _dialogue("fr64-house-said-then-spelt", "fr", SP,
              "A: J'ai le {ADDR:73 chemin des Cadrans} pour la livraison.",
              "C: Non, c'est le {ADDR:trente-sept. Trois, sept}. Ils se trompent toujours.",
              "A: Pardon, je corrige : {ADDR:37 chemin des Cadrans}. Livraison le {keep:4 juin}.",
              crm={"customer": {"street": "73 chemin des Cadrans", "postcode": "84000"}}),
    # a neighbour's door, read back by the agent with where it is
    _dialogue("nl64-door-read-back", "nl", AD,
              "C: Ik ben er dinsdag niet als de zonnewijzer komt. De buurman heeft een sleutel, {NAME:Kees}, op "
              "{ADDR:nummer 47}.",
              "A: Ik noteer: afleveren bij {NAME:Kees} op {ADDR:47}. Tussen {keep:9:00} en {keep:11:00}."),
    _dialogue("en64-door-read-back", "en", AD,
              "C: I'm out on Friday, but my neighbour Mrs {NAME:Okoro} at {ADDR:number 162} has the gate key.",
              "A: So the drill team goes to {ADDR:162}, {NAME:Okoro}. We arrive {keep:between 8 and 10}."),
    # a first name and a surname joined by "or" to a name found, the sentence going on
    _dialogue("nl64-or-full-name", "nl", CN,
              "A: De zonnewijzer moet voor {keep:vrijdag 12 juni} worden opgehaald. Komt u zelf?",
              "C: Nee, ik ben weg. {NAME:Bram} of {NAME:Ilse Vos} haalt hem, wie het eerst kan."),
    _dialogue("en64-or-full-name", "en", CN,
              "A: The pump needs someone at home for the test on {keep:the 14th}.",
              "C: I'm travelling, but {NAME:Tom} or {NAME:Harriet Cole} will be in, whoever's free."),
    # a niece, a godchild named
    _dialogue("nl64-niece-named", "nl", CN,
              "C: Ik wil een kleine zonnewijzer laten maken voor mijn nichtje {NAME:Fleur Bakker}, ze wordt tien.",
              "A: Leuk! Hij kost {keep:€ 85} met gravure."),
    # a card's first groups after paying was named
    _dialogue("nl64-card-after-deposit", "nl", S,
              "C: hoi, ik wil de aanbetaling van {keep:€ 600} voor de boring doen, offerte {keep:WB-64-118}",
              "C: {CARD:4556 7120}",
              "C: {CARD:3318 9042} vervalt {keep:07/28}",
              "A: Stuur alstublieft geen kaartnummers in de chat, ik stuur u een betaallink."),
    _dialogue("fr64-card-number-is", "fr", S,
              "C: Bonjour, je veux regler lacompte du cadran avec ma carte, {keep:250 €}. Le numéro est "
              "{CARD:4929 1183}",
              "C: {CARD:6620 4471}, expire {keep:09/27}.",
              "A: Nous ne prenons pas les cartes par chat, je vous envoie un lien."),
    # a year said before the whole date of birth
    _dialogue("nl64-year-before-birth-date", "nl", B,
              "A: Voor het contract heb ik uw geboortedatum nodig.",
              "C: {DOB:Negentienzesenzestig}... {DOB:3 maart 1966}.",
              "A: Dank u, de boring staat op {keep:15 april}."),
    # the rest of an IBAN after a long turn broken off on its first groups
    _dialogue("fr64-iban-rest-after-long-turn", "fr", S,
              "A: Pour le prélèvement, il me faut votre IBAN.",
              "C: Je suis en voiture, je vous le dicte avec le kit mains libres. {IBAN:FR76 1027}",
              "C: {IBAN:8063 5512 0417}... {IBAN:0936}, non pardon, {IBAN:0963}",
              "C: {IBAN:128}.",
              "A: Merci, premier prélèvement de {keep:180 €} le {keep:1er mars}."),
    _dialogue("en64-iban-bank-code-opens", "en", S,
              "A: For the direct debit we need your IBAN.",
              "C: Sure, bear with me, I'm reading it off the app. {IBAN:GB41}",
              "C: {IBAN:BARC 2004}... {IBAN:5571}",
              "C: {IBAN:3890 12}. That's all.",
              "A: Thanks, the first payment of {keep:£ 240} is on {keep:1 May}."),
    # a Hebrew street given with a verb and a preposition, read back by the agent
    _dialogue("he64-street-read-back", "he", AD,
              "A: הכתובת שלך עדיין {ADDR:הדקל 12}?",
              "C: לא, עברנו {ADDR:להגפן 7 דירה 4}.",
              "A: רשמתי {ADDR:הגפן 7 דירה 4}. הקידוח ביום {keep:שני}.",
              crm={"customer": {"street": "הדקל 12", "city": "רחובות"}}),
    # controls
    _dialogue("en64-control-time-after-the-door", "en", K,
              "C: My neighbour at {ADDR:number 10} will let you in.",
              "A: Great, we'll be there at {keep:10}, before the rain, and from {keep:10 to 12} we drill."),
]
