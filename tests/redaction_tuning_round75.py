"""The seventy-seventh tuning batch: a house number the call gave, said again with its door's letter or floor
("19" ... "Dus 19-B", "Twelve. Well, twelve A actually", "Trente" ... "au 30-2"); the agent's opening signed with a
bare first name after the company's name with its desk or department ("Schadeafdeling Voyaro, Joost.", "Voyaro
international desk, Hannah.", "Service client Orgues Vaudrel, Clémentine.").

Written in the seventy-fifth round of conversation-aware redaction, on the misses of the held-out batch 72 (a mortgage
and home-insurance broker: the house being bought, notaries, guarantor parents, arrears), in two sectors no batch had
used as its company (a stained-glass studio, an organ builder and tuner). Figures of the held-out bench (a request
after every customer line, with the call so far; a look-alike judged on the last request that carried its turn), main
before this round -> after:
- batch 72: addresses 0.837 -> 0.857 (41 -> 42 of 49), spoken digits 0.887 -> 0.906 (47 -> 48 of 53); values out 20
  -> 19; look-alikes changed 28 -> 26 of 412 (6.8% -> 6.3%: "Schadeafdeling Dorpel, Joost.", "Dorpel international
  desk, Hannah."). IBANs 0.854, phones 0.953, names 0.991, transposed 0.903, bare answers 0.957, split numbers 0.966
  unchanged.
- batches 59-71 that moved: 71 addresses 0.967 -> 1.00 (29 -> 30 of 30; en-014's "31 A" after "Thirty-one A"),
  spoken digits 0.978 -> 1.00.
- batches 1-58 that moved: 56 addresses 0.889 -> 0.907 (48 -> 49 of 54; "161-1"); 49 values out 8 -> 7 ("Pothoofd
  212-B" no longer partly in clear). No batch of 1-72 has a value out or a look-alike changed that it did not have
  before.

Fixed, for the general case:
- Values: ``recalled.houses_added`` hides a house number the call gave (in an earlier turn, or in this turn's
  answer), said again in digits or in words with one capital letter or a dash and a floor right after it ("22-A",
  "twelve A", "63-2"); the addition makes it a door, not an amount or a count.
- Look-alikes: ``names._company_segment`` takes a segment of up to four words with a desk or department word in it
  ("Schadeafdeling Voyaro", "Voyaro international desk", "Service client Orgues Vaudrel") as the company's, so the
  bare first name signed after it in the agent's opening is the agent's own (``opening_signed``); a name the call
  or the CRM gave is still never taken for the agent's there.

Left, and why:
- the agent introduced after greeting the customer, "Goedemiddag mevrouw X, Marloes van Dorpel", "Bonjour monsieur
  X, Élodie de Dorpel", "שלום, אבנר? עומר מדורפל" (6 of the 26 look-alikes): "Marloes van Dorpel" is shaped like a
  full name with its particle, and the redactor does not know the company's name, so no rule of the words tells a
  staff member and the company from a person with a surname there;
- "Dorpel Gent, Wouter", "Je suis Karim, du service sinistres": the company's name is also a Dutch word and the
  department comes after the name; the namesake agent in he-023 (the customer's own given name);
- the offices' e-mails, phones and addresses (notary, estate agent: 10 look-alikes): a rule for a business's address
  was not checked against every batch's home addresses in this round's time;
- en-002's "so sixty-three..." (the answer "Sixty-three. Oh" is read as 630, "oh" as zero), nl-013's house number read
  as a postcode's piece, the house being bought named by street without a cue ("Burgemeester de Beaufortweg 22",
  "18 montée de la Grande-Côte", "הדקל 14", "בהחרוב 23"), IBANs in pieces and spoken, the Swiss spoken phone: not
  reached in this round's time.
"""

from __future__ import annotations

from redaction_dialogues import AD, SP, Dialogue, K
from redaction_dialogues import dialogue as _dialogue

SEVENTY_SEVENTH: list[Dialogue] = [
    _dialogue("nl77-house-letter-read-back", "nl", AD,
              "A: Op welk adres staat het orgel? Eerst de postcode.",
              "C: {POSTCODE:7311 KD}.",
              "A: En het huisnummer?",
              "C: {ADDRESS:19}.",
              "A: Dus {ADDRESS:19-B}, de bovenwoning? Dan kom ik {keep:dinsdag 3 juni} stemmen."),
    _dialogue("en77-house-letter-read-back", "en", SP,
              "A: Where is the window going in? The postcode first, please.",
              "C: It's {POSTCODE:2514 EJ}.",
              "A: And the number?",
              "C: {ADDRESS:Forty-one}. Well, {ADDRESS:forty-one C} really, the top flat.",
              "A: Thanks. The fitter comes on {keep:12 May}, the panel is {keep:€ 1,480}."),
    _dialogue("fr77-house-floor-dash", "fr", AD,
              "A: Le code postal de l'appartement où on pose le vitrail ?",
              "C: {POSTCODE:3521 AB}.",
              "A: Et le numéro ?",
              "C: {ADDRESS:Trente}.",
              "A: Au {ADDRESS:30-2}, deuxième étage, c'est noté. La pose coûte {keep:640 euros}."),
    _dialogue("he77-house-letter-again", "he", AD,
              "A: מה מספר הבית? העוגב צריך להגיע אליך הביתה.",
              "C: {ADDRESS:12}. בעצם {ADDRESS:12 A}, הדירה העליונה.",
              "A: תודה, הטכנאי יגיע בעוד {keep:שבועיים}."),
    _dialogue("nl77-department-opening", "nl", K,
              "A: Reparatieafdeling Glasatelier Loodlicht, {keep:Maarten}.",
              "C: Goedemiddag, met {NAME:Hester Wijnkoop}, mijn glas-in-loodraam heeft een barst.",
              "A: Vervelend, mevrouw {NAME:Wijnkoop}. Ik stuur u een afspraak."),
    _dialogue("en77-desk-opening", "en", K,
              "A: Tonewood Organs restoration desk, {keep:Rosalind}.",
              "C: Hello, {NAME:Cuthbert Ashdown} here, the swell pedal on our chamber organ sticks.",
              "A: I'm sorry to hear that, Mr {NAME:Ashdown}. We can come on {keep:Thursday}."),
    _dialogue("en77-desk-opening-lower", "en", K,
              "A: Lumenglass customer service, {keep:Oliver}.",
              "C: Hi, it's {NAME:Philippa Grange}, I ordered a leaded panel for the front door.",
              "A: Thanks, the panel ships on {keep:the 14th}."),
    _dialogue("fr77-service-opening", "fr", K,
              "A: Service client Orgues Vaudrel, {keep:Clémentine}.",
              "C: Bonjour, {NAME:Gaspard Rouvière} à l'appareil, pour l'accord de notre harmonium.",
              "A: Très bien, monsieur {NAME:Rouvière}, le technicien passe le {keep:18 juin}."),
    _dialogue("nl77-afdeling-opening-caller-named", "nl", K,
              "A: Klantenservice Orgelmakerij Vredeveld, {keep:Sjoerd}.",
              "C: Dag {keep:Sjoerd}, u spreekt met {NAME:Anneke Zijlmans}, het gaat om ons kabinetorgel.",
              "A: Natuurlijk. De stemmer komt op {keep:vrijdag}."),
    _dialogue("en77-house-letter-later-turn", "en", AD,
              "A: What's the house number for the delivery of the organ bench?",
              "C: {ADDRESS:Eight}.",
              "A: Is that {ADDRESS:8 D}, the flat at the back?",
              "C: Yes, that's us."),
]
