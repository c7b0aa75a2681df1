"""The fifty-ninth tuning batch: a number the customer likens to a person's number in the same turn ("lijkt op een
creditcard", "it looks like a teudat zehut", "like a bank card?", "on dirait une carte bancaire", "נראה כמו תעודת
זהות", "dat het op een BSN lijkt", "c'est un numéro personnel"), kept though it passes the 11-check, the Israeli
check or Luhn; a number read off a sticker, a plate or a key fob ("een sticker met ...", "une plaque avec
un numéro", "על המדבקה כתוב"); an age after the Hebrew "אני בן"/"אני בת" (not a street); a word set apart after a
Hebrew role and a state of being under way ("הטכנאי בדרך, בערך שעה", not a name); the agent's own first name in
"Hannah from <company> here" or "<name> at <company> here", where the customer has the same first name.

Written in the fifty-seventh round of conversation-aware redaction, after held-out batch 56 (a lift installation
and maintenance company) had been scored and spent, in sectors no batch had used as its company (a harpsichord
builder and a barometer and weather-instrument repairer). Batch 56 hid addresses at 0.852 (46 of 54), BSNs at 0.500
(1 of 2), cards at 0.800 (12 of 15), IBANs at 0.984 (63 of 64), Israeli IDs at 0.824 (14 of 17), names at 0.941
(112 of 119) and phones at 0.903 (65 of 72); split numbers 0.883, cue names 0.909, addresses 0.887, transposed
0.880 by category; 13 of 297 look-alikes changed (4.4%); 1 hidden value with a piece left in clear. After this
round: 1 of 297 look-alikes changed (0.3%); every kind, every category and every leak as before. Batches 1 to 54
did not change in any figure, leak or look-alike; batch 55 gained one (an age after "בת" kept: 4 of 358 look-alikes
changed, 1.1%). Before this
round, all 12 dialogues below but the one that guards a BSN named before it missed a value or changed a look-alike.

Fixed, for the general case:
- Numbers: a number of eight digits or more that the same turn, after it, likens to a person's number ("looks like
  a", "like a", "lijkt op een", "op een ... lijkt", "on dirait une", "ressemble à un", "comme une", "נראה כמו",
  "דומה ל" and a BSN, an ID, a teudat zehut, a passport, a credit, debit or bank card, "a personal number", "un
  numéro personnel", "מספר אישי") is the thing's, not the person's: kept whatever check it passes, unless an ID
  word names it before ("mijn BSN is ..., het lijkt op een creditcard" is still the BSN). The comparison is read
  up to two sentences on, with no other number between; "my card" is never a comparison.
- Numbers: a sticker, a plate ("plaque", "plaatje", "bordje", "typeplaatje", "nameplate"), a key fob
  ("sleutelhanger"), "מדבקה", "לוחית" join the tag, the label and the gift card of round 56: a number read off
  one in the same sentence is printed for all to read, the thing's, no one's own (a phone too: "een sticker met
  ... en een ander nummer, 020 ...").
- Addresses: "אני בת 86", "אני בן שבעים" is an age; the Hebrew address cue "אני ב..." no longer reads "ת 86" as a
  street and its number.
- Names: after a Hebrew role, a word of being under way or away ("בדרך", "בחופש", "בחופשה", "במילואים",
  "בהמתנה", "בנסיעה") is where the person is, not the place they are from, so the words after its comma ("בערך
  שעה") are no name.
- Names: in the agent's opening, "<first name> from <Company> here" ("Hannah from Ascendra here", "Mark at
  Barografica here") is the agent's own name, as "Hannah here" was: kept where the customer has the same first
  name, whose own name is still hidden.

Left, and why:
- look-alikes (1 of 297): the customer's surname used as an everyday word ("מעלית שבת" to a customer named שבת),
  left as in the rounds before: a rule that keeps the word there would leak the surname elsewhere.
- leaks, all as before this round: the pieces of a phone dictated over several turns after an aside or a
  correction ("0476... ik rij door een tunnel, 31 84", "20 38, nee, sorry, 20 83", "0472... 58 13" then "96"),
  the pieces of an Israeli ID with a correction ("076... 762, רגע, לא, 726"), a card in two halves around
  "attendez...", a card dictated in French pairs in words: the dictation readers hide a piece only once the rest
  makes a number, and the first request carries the head; a neighbour's door said by its number alone ("op nummer
  161-1", "18 box 8", "mon voisin du 62") and a bare "212-3" followed by other talk in the answer to "huisnummer?";
  a street said alone before its number in another turn ("Oudegracht..." then the number in words) and its letter
  ("en dan A", "B as in boy"); a room after an address ("kamer 2.14"); a transposed BSN or Israeli ID or IBAN that
  fails its check (the check is what tells a number from a look-alike); names with no cue ("Okke Vink van de
  technische commissie", "Dat is Ruud Meijer, van de tweede", "enfin Rosa", "mevr Çelik" in lower case, the Hebrew
  "שיתקשר לנאוה, המטפלת. או לרמי"). Each needs its own look at the dictation, address and name readers, which this
  round did not have the time for.
"""

from __future__ import annotations

from redaction_dialogues import CN, Dialogue, K
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


FIFTY_NINTH: list[Dialogue] = [
    # a number the customer likens to a person's number, after it, in the same turn
    _dialogue("nl59-likened-to-a-creditcard", "nl", K,
              "C: Op het garantiebewijs van mijn klavecimbel staat {keep:4193 8890 4126 7415}, lijkt op een "
              "creditcard. Moet ik dat afschermen?",
              "A: Nee, dat is het bouwnummer van het instrument. Het stemmen kost {keep:€ 95}."),
    _dialogue("en59-likened-to-a-teudat-zehut", "en", K,
              "C: The old barometer has {keep:205989205} scratched into the case. My son says it looks like a "
              "teudat zehut, should I sand it off?",
              "A: Please don't, that's the maker's serial. The repair is ready on {keep:Friday}."),
    _dialogue("fr59-likened-to-a-bank-card", "fr", K,
              "C: Le carnet d'entretien du clavecin porte le numéro {keep:5112 0115 3944 9315}. On dirait une "
              "carte bancaire, c'est normal ?",
              "A: Oui, c'est la référence de l'instrument, rien à voir avec un paiement. Le réglage est à "
              "{keep:180 €}."),
    _dialogue("he59-likened-to-an-id", "he", K,
              "C: על הברומטר חרוט {keep:249288721}, זה נראה כמו תעודת זהות. זה בסדר לצלם אותו למודעה?",
              "A: כן, זה מספר היצרן של המכשיר. התיקון יהיה מוכן ב-{keep:יום חמישי}."),
    _dialogue("nl59-op-een-bsn-lijkt", "nl", K,
              "C: In de klep staat {keep:494870928} geschreven. De stemmer zei dat het op een BSN lijkt, is het "
              "iets persoonlijks?",
              "A: Nee, dat is het nummer uit de werkplaats van de bouwer, uit {keep:1987}."),
    _dialogue("en59-bsn-named-before-stays-hidden", "en", K,
              "C: For the invoice, my BSN is {BSN:341437293}, it looks like a phone number but it isn't.",
              "A: Thanks, the invoice for the thermometer repair is {keep:€ 65}."),
    # a number read off a sticker or a plate
    _dialogue("nl59-phone-on-a-sticker", "nl", K,
              "C: Op het plaatje onder de barometer staat {keep:020 639 41 77}, is dat nog de oude werkplaats?",
              "A: Dat was de vorige eigenaar. U kunt ons bellen op het nummer op de bon, tot {keep:17:00}."),
    _dialogue("fr59-number-on-a-plaque", "fr", K,
              "C: Il y a une plaque avec un numéro sous le clavier, {keep:500321206}. Je dois le cacher sur "
              "l'annonce ?",
              "A: Non, c'est le numéro d'atelier du facteur, on le laisse. Livraison le {keep:12 mars}."),
    # an age after the Hebrew "אני בן", "אני בת"
    _dialogue("he59-age-not-a-street", "he", K,
              "C: שלום, {keep:אני בן שבעים ושלוש} והברומטר של אבא שלי לא זז כבר שבוע.",
              "A: נבדוק אותו, האבחון עולה {keep:120 ₪}."),
    # a word of being under way after a Hebrew role
    _dialogue("he59-under-way-not-a-place", "he", K,
              "C: מתי מגיעים עם הצ'מבלו?",
              "A: הנהג {keep:בדרך, בערך עשרים דקות}, הוא יתקשר לפני."),
    # the agent's own first name before the company and "here", the customer having the same first name
    _dialogue("en59-own-name-from-company-here", "en", CN,
              "A: Hi, {keep:Sophie from Barografica here}, how can I help?",
              "C: Oh, same name! I'm {NAME:Sophie Lindqvist}, I left an aneroid barometer with you.",
              "A: Yes, it's ready on {keep:Thursday}.",
              crm=_crm("Sophie", "Lindqvist", customer_id="BR-590111")),
    _dialogue("en59-own-name-at-company-here", "en", CN,
              "A: Hiya, {keep:Mark at Barografica here}, what can I do for you?",
              "C: Ha, another Mark. {NAME:Mark Eastwood}, about the storm glass I dropped off.",
              "A: It's been refilled, {keep:£38} to pay on collection.",
              crm=_crm("Mark", "Eastwood", customer_id="BR-590112")),
]
