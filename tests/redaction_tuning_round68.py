"""The seventieth tuning batch: a BSN or an Israeli ID dictated in pieces with pauses, after a word for it in the turn
or the two before, the groups passing the ID's check together ("177... 356... mam, hoe verder? O ja, 017."); an ID's
first group alone at the end of a turn after "it's" or "המספר...", after "my ID", a form's number before it; a card's
sixteen digits unbroken with an expiry after them, check digit failing; a card's first groups after "אני משלם
עכשיו"; nine digits after an ID word in the sentence before ("... the ID number on your receipt is wrong. I gave it
as ..."); the address the agent reads from the file ("Elle est notée au", "הכתובת שרשומה אצלנו היא") or corrects it to
("Je corrige en", "תיקנתי ל-"), and the wrong door said again with what is there ("Au huit il y a une pharmacie");
a new Israeli postcode after "המיקוד החדש"; a phone a digit short after "m'envoyer un SMS"; a Dutch street ending
in "-bocht". Look-alikes kept: the agent's "de werkplaats" on the customer's own street, "our workshop? Zijlweg 27?",
"the restoration centre, 21 Canal Street, or ...?", and "their number" of a council named in the sentence before.

Written in the sixty-eighth round of conversation-aware redaction, on the misses of the spent held-out batch 65
(physiotherapy and chiropractic practices), in two sectors no batch had used as its company (a bell foundry, an organ
builder). Figures of the held-out bench (a request after every customer line, with the call so far; a look-alike
judged on the last request that carried its turn), main before this round -> after:
- batch 65: BSNs 0.538 -> 1.00 (7 -> 13 of 13), Israeli IDs 0.550 -> 1.00 (11 -> 20 of 20), cards 0.750 -> 1.00
  (9 -> 12 of 12), addresses 0.769 -> 0.974 (30 -> 38 of 39), postcodes 0.947 -> 1.00, phones 0.978 -> 1.00;
  split numbers 0.864 -> 1.00, transposed 0.865 -> 1.00, address category 0.864 -> 0.985, spoken digits 0.946 ->
  0.964; look-alikes changed 75 -> 71 of 562 (nl-040's practice on the customer's street, en-021's "our clinic?
  Rembrandtweg 54?", en-024's "the clinic, Avenue Brugmann 419, or ...?", en-026's GP's "Their number's");
  values out 40 -> 11.
- batch 57: BSNs 0.500 -> 1.00, split numbers 0.984 -> 0.992, transposed 0.952 -> 0.976 (nl-009, nl-017); batch 64:
  addresses 0.940 -> 0.980 (he-022's wrong door in words); batch 56: addresses 0.870 -> 0.889 (en-025). No value went
  out that did not before and no look-alike was changed that was not before, in any of batches 1 to 65.
Before this round, 14 of the 16 dialogues below missed a value or changed a look-alike; after: none. The other two
(nl70-bsn-pieces-with-aside, he70-id-after-form-number) passed before too in this harness; they hold the shapes of
batch 65's nl-009 and he-009, which the held-out bench's request-by-request flow missed, against a regression.

Fixed, for the general case:
- IDs in pieces: in a customer's turn with pauses, after a BSN or ID word in it or in one of the two turns before
  (``TurnContext.id_named``), consecutive digit groups linked by pauses, commas or a short aside (a question too,
  "mam, hoe verder?") that make nine digits passing the ID's check (the BSN's eleven test, the Israeli check digit)
  are its pieces (``redaction._id_in_pieces``); at most nine groups are joined from each one, so the turn is read once.
- An ID's first group alone (three to five digits) ending a turn with a pause after "it's", "het is", "c'est",
  "המספר...", "זה" (``_ID_LEAD``): the start of the ID named before it, so the next segment goes on with it; a group
  that ends its sentence before it ("בטופס 17. ...") is no piece; "my ID", "her ID card", "mijn ID-kaart", "sa carte
  d'identité" name an ID (``misheard.ID_OWNED``; not "patient ID", "order ID": a possessive stands right before it).
- Cards: sixteen digits unbroken with an expiry after them, whatever the check digit ("4170233850208511 09/27");
  the expiry is no part of the card for one unbroken group too (``detectors.without_expiry``); "משלם/משלמת/אשלם"
  name paying, so a card's first groups in the next segment are offered (``context._PAYING``).
- IDs transposed: nine digits after a short clause with no label ("I gave it as", "אני מקריאה:") when the sentence
  before names the ID (``misheard._HANDED_OVER``).
- Addresses: the agent's "Elle est notée au", "We have him at", "ingeschreven op", "Je corrige en", "I'll correct it
  to", "aangepast naar" before an address make it the customer's (``owner._ON_FILE``); the agent's "הכתובת שרשומה
  אצלנו היא", "the address on file is", "l'adresse enregistrée est" before a street and number read it as an answer
  (``addresses.on_file_address``); a house number the call gave, said again in digits or words with what is at that
  door ("Au cinquante et un il y a une boulangerie", "ב-עשרים וארבע יש גן ילדים") or as the agent corrects the file
  to it ("תיקנתי ל-42", "we've had it as 14") (``recalled.houses_there``); Dutch streets in "-bocht", "-werf",
  "-brink".
- Postcodes: "המיקוד החדש", "new postcode", "nouveau code postal" with the adjective after the word.
- Phones: a number starting with 0 a digit short, within four words after "m'envoyer un SMS", "send me a text",
  "text me", "לשלוח לי הודעה" (``misheard._TEXT_ME``).
- Look-alikes: in the agent's turn "de praktijk", "the clinic", "le cabinet" (an article before the place) owns the
  address after it, also on the customer's own street (``addresses.company_place``); practices, clinics, cabinets,
  centres and surgeries are premises (``owner._PREMISES``); an address asked alone right after a question about "our"
  place or the premises is that place's (``owner.customers``); "their number" after an organisation (a practice, a
  GP, a health centre, a council, a lessor) named within the sentence before, with no person named between, is the
  organisation's line (``redaction._THEIR_LINE``).

Left, and why:
- fr-014's IBAN in French words grouped in hundreds and thousands ("mille vingt-sept, huit mille cent
  quatre-vingt-neuf") and the agent's read-back of its end: the spoken reader would have to join numbers said as
  thousands into digit groups, a change to ``spoken`` that every batch's amounts would feel.
- en-023's "I can send her at 4 pm today, to 19 HaAvoda": "send her ... to" is also how the company sends a form or
  a parcel to its own address; en-004's "the top bell" after the house number; fr-021's residence before its street
  (as rounds 65 and 66 left); b64-en-023's "The Patels are at 14" ("at 14" is a time as often).
- en-015's "18 players" after the agent's read-back of a phone (a count, said as a phone's piece is); en-008's CVV
  "411" after a card in the chat, hidden with the card (a CVV is sensitive); he-009's "בטופס" after "אבא שלי" read as
  a name (a cue name); b62-he-017's ID after "אני מקריאה:", which a form word four words before labels as an object.
- names with no cue and staff first names (the other round's).
"""

from __future__ import annotations

from redaction_dialogues import AD, SP, Dialogue, K, S, T
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


SEVENTIETH: list[Dialogue] = [
    # a BSN read out in pieces by someone beside the caller, an aside asking for the rest between them
    _dialogue("nl70-bsn-pieces-with-aside", "nl", S,
              "A: Klokkengieterij Veerman, goedemiddag.",
              "C: Goedemiddag, ik bel voor mijn vader. De subsidie voor het torenuurwerk loopt via hem en de gemeente "
              "wil zijn BSN erbij.",
              "A: Prima, dat noteer ik.",
              "C: Hij leest het voor, hij zit naast me... {BSN:264}... {BSN:651}... pap, wat was het laatste? O ja, "
              "{BSN:236}.",
              "A: Dank u. De gieting staat gepland op {keep:14 maart}."),
    # "my ID", its first group alone ending the turn, a group taken back in the next segment
    _dialogue("en70-my-id-first-group", "en", S,
              "C: Hi, the grant office needs my ID on the invoice for the chapel bell. It's {IL:312}...",
              "C: {IL:981}, sorry, no, {IL:918}... {IL:568}.",
              "A: Thanks, I've added it. The bell weighs {keep:62 kg}."),
    # a form's number before "המספר...", then the ID's first group alone
    _dialogue("he70-id-after-form-number", "he", S,
              "C: שלום, העירייה צריכה את תעודת הזהות שלי בטופס 12. המספר... {IL:205}...",
              "A: כן.",
              "C: {IL:221}... {IL:583}.",
              "A: תודה, רשמתי. הפעמון יישלח בעוד {keep:שבועיים}."),
    # a BSN's first group after "it's", a backchannel, then the rest after an aside
    _dialogue("en70-bsn-first-group-then-rest", "en", S,
              "C: Hello, the Dutch tax office says my BSN is missing from your invoice. I'll give it now, it's "
              "{BSN:1961}...",
              "A: Yes?",
              "C: Sorry, the dog. {BSN:74}... {BSN:703}.",
              "A: Got it, I'll reissue invoice {keep:OR-70-4471} today."),
    # sixteen digits unbroken with an expiry after them, check digit failing
    _dialogue("nl70-card-unbroken-expiry", "nl", T,
              "C: hoi ik wil de aanbetaling voor het carillon doen",
              "C: {CARD:4929183746501236} exp {keep:08/28}",
              "A: Deel je kaartnummer alsjeblieft niet in de chat, ik stuur je een betaallink voor {keep:€ 450}."),
    # a card's first groups right after "אני משלם עכשיו"
    _dialogue("he70-card-after-paying-now", "he", S,
              "C: היי, אני משלם עכשיו את המקדמה על כוונון העוגב",
              "C: {CARD:4556 0192}",
              "C: {CARD:8374 6512} תוקף {keep:11/27}",
              "A: בבקשה אל תשלח מספר כרטיס בצ'אט, אשלח לך קישור לתשלום של {keep:600 ₪}."),
    # nine digits failing the check, the ID named in the sentence before
    _dialogue("en70-id-named-sentence-before", "en", T,
              "C: Hi, the diocese says the ID number on your receipt for the organ repair is wrong. I gave it as "
              "{IL:234518907}.",
              "A: I see, it doesn't pass the check digit. Could you read it off your card and call back?",
              "C: Will do."),
    # the address on file read by the agent, the wrong door said again in words, the correction
    _dialogue("fr70-address-on-file", "fr", AD,
              "A: Fonderie Veerman, bonjour.",
              "C: Bonjour, le technicien n'est pas passé chez ma mère pour la cloche du jardin.",
              "A: Je regarde... Elle est notée au {ADDR:8 rue des Forges}.",
              "C: Mais non ! Elle habite au {ADDR:dix-huit}. Au {ADDR:huit} il y a une pharmacie.",
              "A: Pardon. Je corrige en {ADDR:18 rue des Forges}, il passe à {keep:15 h}."),
    _dialogue("he70-address-on-file", "he", AD,
              "A: עוגבי דלהויזן, שלום.",
              "C: שלום, הטכנאי לא הגיע היום לכוון את העוגב אצל אמא שלי.",
              "A: אני בודקת... הכתובת שרשומה אצלנו היא {ADDR:הנרקיסים 9}.",
              "C: לא! זה {ADDR:19}. ב-{ADDR:תשע} יש מכולת.",
              "A: סליחה. תיקנתי ל-{ADDR:19}, והוא יגיע מחר ב-{keep:11:00}."),
    # the company's workshop on the customer's own street
    _dialogue("nl70-workshop-on-customers-street", "nl", K,
              "C: Goedemiddag, is de pendule van mijn oma al klaar?",
              "A: Ja hoor. De werkplaats is op de {keep:Industrieweg 112}, u kunt hem daar ophalen.",
              "C: Dat is bij mij om de hoek, ik kom zaterdag.",
              crm=_crm("Ineke", "Brouwer", customer_id="KV-70-1102", street="Industrieweg 40")),
    # an address asked alone, right after a question about "our" workshop
    _dialogue("en70-our-workshop-address-alone", "en", K,
              "C: Hi, I'd like to see the new pipes before they go into the organ.",
              "A: Of course. Do you want to visit our Leiden workshop? {keep:Zijlweg 27}?",
              "C: Yes, Thursday works."),
    # "the ... centre, <address>, or should we ...?"
    _dialogue("en70-the-centre-or-we-collect", "en", K,
              "C: Hello, the small handbell from our school cracked, can you recast it?",
              "A: We can. Will you bring it to the restoration centre, {keep:21 Canal Street}, or should we collect "
              "it?"),
    # a new Israeli postcode in words after "המיקוד החדש"
    _dialogue("he70-new-postcode-spoken", "he", SP,
              "C: היי, עברנו דירה לחדרה. המיקוד החדש {PC:שלוש שמונה שתיים, אחת ארבע חמש שש}.",
              "A: תודה, עדכנתי. הטכנאי יגיע לכוון את העוגב בעוד {keep:חודש}."),
    # a phone a digit short right after asking for a text
    _dialogue("fr70-phone-short-after-sms", "fr", T,
              "C: Bonjour ! Le technicien peut m'envoyer un SMS avant de passer pour l'orgue ? Je suis au "
              "{PHONE:06 47 28 91 3}.",
              "A: Il manque un chiffre, je crois. Vous pouvez me le redonner ?"),
    # "their number" of a council named in the sentence before
    _dialogue("en70-their-number-council", "en", K,
              "C: Hi, it's {NAME:Moira Lennox}. The parish council asked me to get a quote for recasting the bell. "
              "Their number's {keep:01632 960 418} if you need to ring them.",
              "A: Thanks, I'll send the quote by {keep:Friday}."),
    # a Dutch street ending in "-bocht"
    _dialogue("nl70-street-bocht", "nl", AD,
              "C: Goedemorgen, ik ben verhuisd, de rekening voor het uurwerk moet naar mijn nieuwe adres. Het is nu "
              "{ADDR:Havenbocht 22}.",
              "A: Dank u, ik heb het aangepast."),
]
