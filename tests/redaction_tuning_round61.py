"""The sixty-third tuning batch: a number the customer asks about that the agent's next turn calls the company's or a
thing's ("er belde 023 ..., zijn jullie dat?" - "Ja, dat is ons nummer"; "is that my ID number??" - "No, that's our
receipt number"; "c'est votre téléphone ?" - "Non, c'est le numéro de commande"; "זה אתם?" - "כן, זה המספר שלנו"),
kept once that answer is said; the pieces of a new phone number a customer's turn starts to dictate after naming it,
an aside to someone in the room between ("07700... Oliver, stop that! Sorry. 900..."), hidden, and the rest said after
the agent reads them back with a question mark; a house number said alone for someone else's door ("Mrs Okafor,
she's at 27, across the road", "Fenna, op nummer 9", "Die woont op 33, aan de overkant", "Au 14, ..." after "Elle
habite où ?"), hidden.

Written in the sixty-first round of conversation-aware redaction, on the causes the sixtieth round found in the spent
held-out batches 50 to 58 and left (its "Left" list), in two sectors no batch had used as its company (a bell
foundry, a topiary gardener). Figures of the held-out bench (a request after every customer line, with the call
so far; a look-alike judged on the last request that carried its turn), main before this round -> after:
- (a) the number the agent's next turn names as the company's or a thing's, kept: batch 50 look-alikes changed 19
  -> 17 of 189 (en-040, fr-037), batch 51 19 -> 14 of 190 (nl-038, en-036, en-037, fr-037, he-037), batch 53 3 -> 2
  of 296 (fr-039), batch 57 9 -> 8 of 519 (nl-037), batch 58 5 -> 3 of 418 (nl-037, en-037; 1.2% -> 0.7%); outside
  50 to 58, batch 41 5 -> 4 (he-038).
- (b) the phone pieces around an aside: batch 58 phones 0.880 -> 1.00 (73 -> 83 of 83), split numbers 0.915 -> 1.00
  (en-007, fr-007, he-007, and the rest said after the read-back).
- (c) a house number said alone for someone else's door: batch 58 addresses 0.918 -> 0.984 (nl-022's "41", fr-010,
  fr-022; nl-022's "nummer 41" read back by the agent now goes out as a placeholder with only "nummer" before it),
  batch 57 0.848 -> 0.909 (nl-022, en-022 twice, fr-022), batch 56 0.852 -> 0.870 (fr-022), batch 43 0.972 -> 1.00.
Batch 58 went from 24 values out to 11, batch 57 from 35 to 31, batch 56 from 20 to 19; names unchanged (58: 0.979).
No value went out that did not before and no look-alike was changed that was not before, in any of batches 1 to 58.
Before this round, 8 of the 13 dialogues below missed a value or changed a look-alike; after: none.

Fixed, for the general case:
- Context: a customer's turn that asks about a number (the digits nearest before its question mark) that the
  agent's very next turn names, in its first words, as the company's ("dat is ons ...", "that's our ...", "c'est
  notre ...", "זה/זו ... שלנו"), as another organisation's line ("the referral line at <Name>"), or as a thing's
  number ("factuurnummer", "receipt number", "barcode", "numéro de réservation", "מספר ההזמנה"), with no "your",
  "uw", "votre", "שלך" between: the turn is read again with that answer (``TurnContext.disowned``, so the vault,
  which keys a turn by its context, redacts it afresh for every request after that answer) and the number is kept,
  there and later. The placeholder of its first reading still restores. A customer's own number confirmed ("Yes,
  that's your number", "Ja, dat is uw nummer bij ons", "the number we have") stays hidden.
- Numbers: a customer's turn that names a number ("number", "nummer", "numéro", "מספר", "mobile", ...; not an
  order's, a customer's or an invoice's), then gives a first group that starts as a phone does (0 or +) and pauses
  on it ("..."), and ends on a group and a pause: every group from that first one is a piece of the phone, an aside
  between or not. The customer's next short segment after the agent's read-back goes on with it (``_dictating``
  reads only the last sentence of a turn that ends on a piece and a pause).
- Addresses: "(il|elle) habite où/dans ...", "where does she live", "waar woont ze", "איפה היא גרה" ask for an
  address; an answer that starts with a door alone ("Au 5, ...", "Non, au 32, juste à côté") is a house number; a
  person by title and name then "(she's) at / op / au N" before a comma or the sentence's end, a name then ", op
  nummer N", "next door, Wim, at 13", and "die woont op 41, aan de overkant" / "she's at 52, across the road" (a
  door said with where it stands) are doors on a street.

Left, and why:
- a house number the agent reads back for a neighbour the customer named at it ("clé prise au 5 chez madame
  Perroud", "chez monsieur Ngata au 62"): the agent's turn is judged as the company's side and a bare "au 5" there
  has no cue; next.
- a BSN or an Israeli ID read off a document with no ID word in the turn ("daar staat 953968428 op"), a known
  surname used as a common word ("le Berger australien"), "On déménage le 15, rue ..." (a date before a street),
  names with no cue: other causes, one or two misses each per batch, not reached in this round's time.
- (a) applies to the turns given: ``redact_conversation`` without lookahead also reads the agent's next turn when it
  is among the turns, so the tuning score's "live" figure sees the number kept; the vault's first request, before
  the agent answered, still hides it (as it must: nothing says yet whose it is).
"""

from __future__ import annotations

from redaction_dialogues import AD, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

SIXTY_THIRD: list[Dialogue] = [
    # (a) the number the agent's next turn names as the company's or a thing's: kept once it is said
    _dialogue("nl63-quote-number-not-a-bsn", "nl", K,
              "A: Klokkengieterij Van Aalst, goedemiddag.",
              "C: Goedemiddag, op de offerte voor de torenklok staat {keep:482913057}, is dat mijn BSN?",
              "A: Nee, dat is ons offertenummer, daar staat geen BSN op. De klok kost {keep:€ 18.400}.",
              "C: Gelukkig."),
    _dialogue("en63-missed-call-our-line", "en", K,
              "C: I had a missed call from {keep:0161 496 0732}, was that you?",
              "A: Yes, that's our workshop line. The handbell set is ready for collection on {keep:Friday}.",
              "C: Great, thanks."),
    _dialogue("fr63-order-number-not-a-phone", "fr", K,
              "C: bonjour, sur le devis il y a {keep:0612 4478 90}, c'est mon téléphone ?",
              "A: Non, c'est le numéro de commande de la cloche. Livraison le {keep:12 mars}.",
              "C: ah d'accord"),
    _dialogue("he63-call-was-ours", "he", K,
              "C: התקשרו אליי מ-{keep:03-5556789}, זה אתם?",
              "A: כן, זה המספר שלנו. רצינו לתאם את גיזום השיחים ביום {keep:שלישי}.",
              "C: אוקיי, מתאים."),
    _dialogue("en63-control-own-number-confirmed", "en", S,
              "C: Is {PHONE:07700 900 318} the number you have for me?",
              "A: Yes, that's your number on file. The hedge trim is booked for {keep:Monday}.",
              "C: Lovely."),
    # (b) a phone's pieces around an aside to someone in the room, then read back with a question mark
    _dialogue("en63-pieces-around-aside", "en", S,
              "A: Green Spiral Topiary, Ruth speaking.",
              "C: Hi, it's about the box hedges. I've got a new mobile for the gardener. {PHONE:07700}... "
              "{NAME:Oliver}, stop that! Sorry. {PHONE:900}...",
              "A: {PHONE:07700 900}...?",
              "C: {PHONE:461}.",
              "A: Thanks, we'll text before we come on {keep:Tuesday}."),
    _dialogue("nl63-pieces-around-aside", "nl", S,
              "A: Klokkengieterij Van Aalst, met Ineke.",
              "C: Hallo, ik heb een nieuw nummer voor de bezorger van de klok. {PHONE:06 19}... {NAME:Sem}, niet "
              "aan de kat! Sorry. {PHONE:44}...",
              "A: {PHONE:06 19 44}...?",
              "C: {PHONE:27 03}.",
              "A: Genoteerd, de klok komt op {keep:3 april}."),
    _dialogue("fr63-control-order-pieces", "fr", K,
              "C: Bonjour, mon numéro de commande c'est {keep:0452}... attendez... {keep:18}...",
              "A: Merci, la cloche part {keep:demain}."),
    # (c) a house number alone for someone else's door
    _dialogue("fr63-door-after-where-she-lives", "fr", AD,
              "A: Topiaires du Lac, bonjour.",
              "C: Bonjour, je ne serai pas là jeudi, la voisine a la clé du portail.",
              "A: D'accord. Elle habite où ?",
              "C: Au {ADDR:14}, la maison avec le portail vert.",
              "A: Parfait, le jardinier passe {keep:jeudi à 9 h}."),
    _dialogue("en63-door-by-title-and-name", "en", AD,
              "C: Nobody's home when the bell arrives. Mrs {NAME:Okafor}, she's at {ADDR:27}, across the road, can "
              "take it.",
              "A: Fine, the courier comes on {keep:Wednesday}."),
    _dialogue("nl63-door-by-name-and-number", "nl", AD,
              "C: Wij zijn er zaterdag niet. Het hek kan open bij de buren, {NAME:Fenna}, op {ADDR:nummer 9}.",
              "A: Prima, de hovenier komt {keep:zaterdag om 10:00}."),
    _dialogue("nl63-door-across-the-road", "nl", AD,
              "C: De sleutel van de tuin ligt bij de buurman, {NAME:Gert Smit}. Die woont op {ADDR:33}, aan de "
              "overkant.",
              "A: Dank u, de snoei kost {keep:€ 95}."),
    _dialogue("nl63-control-name-and-date", "nl", K,
              "C: Mevrouw {NAME:Jansen}, op {keep:12 mei} kan ik niet, kan het later?",
              "A: Ja, ik zet u op {keep:19 mei}."),
]
