"""The fifty-eighth tuning batch: a number the customer reads off a tag, a label, a confirmation, a gift card or a
mail they received ("The tag on the vase says ...", "op het etiket staat een nummer ...", "j'ai reçu un mail avec
le numéro ...", "על התווית יש מספר ..."), kept though it passes the 11-check, the Israeli check or Luhn and the
customer asks whether it is their BSN, their ID or a credit card; the company's person named by the premises of a
trade ("van de glasblazerij"), by a line of work after "from" ("Tom from engravings"), by a department in "-ing"
after "du" ("Julie du marketing") or by a Hebrew desk in the construct state ("מיכל משירות הלקוחות"), where the
customer has the same first name; a language desk's mailbox ("english@...") in the agent's turn; a code named
before a bare number in the answer to "and the house number?" ("er is een code voor de poort, 7731"); a surname
after the abbreviated Hebrew title "גב'".

Written in the fifty-sixth round of conversation-aware redaction, after held-out batch 55 (a laundry and
dry-cleaning pick-up service) had been scored and spent, in sectors no batch had used as its company (a memorial
mason and a glass-blowing studio). Batch 55 hid addresses at 0.818 (36 of 44), BSNs at 0.667 (2 of 3), IBANs at
0.899 (62 of 69), names at 0.923 (60 of 65), phones at 0.893 (67 of 75) and postcodes at 0.941 (16 of 17); split
numbers 0.857, cue names 0.886, addresses 0.867 by category; 22 of 358 look-alikes changed (6.1%); 2 hidden values
with a piece left in clear. After this round: names 0.938 (61 of 65: a hotel guest's surname after "גב'"), cue
names 0.914; 5 of 358 look-alikes changed (1.4%); every other figure as before. Batches 1 to 54 did not change in
any figure, leak or look-alike. Before this round, all 14 dialogues below missed a value or changed a look-alike.

Fixed, for the general case:
- Numbers: a number read off a tag, a label ("labeltje", "etiket", "étiquette", "תווית"), a confirmation
  ("bevestiging"), a gift card or voucher ("cadeaubon", "carte cadeau", "שובר"), in the same sentence, or given
  as the number of a mail or a text the customer received ("a mail with the number", "קיבלתי מייל עם מספר"), is
  that object's number, as an order number is: kept, whatever check it passes, unless an ID or phone word names it
  nearer (the label nearest the number still wins: "op het label staat mijn BSN ...").
- Names: the company's person whose first name the customer shares is kept where the line of work or the premises
  follow the name: "from" and a plural noun in lower case ("from stains", as "on albums" was; not "from upstairs"),
  a Dutch "-erij" (the premises where a trade is done: "van de stomerij", "van de glasblazerij"), a French "-ing"
  noun after "du", "de la", "de l'" (a department or premises: "du marketing", "du pressing"), a Hebrew desk in the
  construct state ("משירות הלקוחות", "ממחלקת ...") or a noun with its adjective ("מה... ה...").
- E-mail: a mailbox named after a language or the callers from abroad ("english@", "nederlands@", "international@",
  "expats@") is a desk's, the company's, when the agent gives it; a person's mailbox is still redacted.
- Addresses: a bare number after a part that names a code ("er is een code voor de poort, 7731", "יש קוד לשער,
  1948", "the gate code is, 4817") is the code, not the house number the agent asked for.
- Names: "גב'" (the abbreviation of "גברת") before a surname is a title, as "גברת" is.

Left, and why:
- look-alikes (5 of 358): a floor said after an address with a comma ("140-huis, één hoog") is still
  taken into the address; a hotel's name after "u spreekt met" ("met Hotel ...") still reads "Hotel" as a name; an
  age in words after "בת" ("אני בת שמונים ושתיים") is read as a Hebrew address; the customer's surname used as an
  everyday word with a prefix ("לייבש בשמש" to a customer named שמש), left as in the rounds before: a rule that
  keeps the word there would leak the surname elsewhere; "רונית מהניקוי היבש" is first found as a first name and
  a surname by the known-first-name reader before the desk rule can see it.
- leaks: the heads of a phone said in pieces after the agent asks for it ("06 71", "054", "06, 28... nee sorry,
  38") are hidden only once the rest makes a phone, and an earlier request has carried them; a read-back of a
  tail after a dictation with a correction ("0211 91") or after a spoken IBAN ("שמסתיים ב-056224"); an IBAN's head
  with a word between ("the NL52 BUNQ account, hold on, 2443"); a street said alone before its number
  ("op de Weteringschans", "דיזנגוף", "ברחוב אוסישקין"), a Dutch houseboat berth ("Amstel t/o 49"), a street with no
  type word ("So Overtoom 301-3"), "escalier C" and a room after an address; the customer's own postcode read back
  by the agent in a question ("Code postal toujours 69006 ?"); a neighbour's house number said alone after "au";
  a transposed BSN given as the customer number; a short Swiss mobile; names with no cue ("Of Ruud als zij niet
  kan", "שקד תבוא", "של רון") and the customer's first name in the agent's opening question ("אני מדבר עם
  אהרון?"). Each needs its own look at the dictation, address and name readers, which this round did not have
  the time for.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, Dialogue, K
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


FIFTY_EIGHTH: list[Dialogue] = [
    # a number read off a tag, a label, a confirmation, a gift card or a received mail
    _dialogue("nl58-label-number-like-bsn", "nl", K,
              "C: Op het etiket van de glazen schaal staat een nummer {keep:419246605}. Is dat mijn BSN?",
              "A: Nee, dat is het stuknummer uit onze blazerij, het ophalen kan {keep:vrijdag}."),
    _dialogue("en58-confirmation-number-like-bsn", "en", K,
              "C: there's a long number on my confirmation, {keep:479420786}, is that my BSN?? the headstone order",
              "A: No, that's the order reference. The lettering is cut by {keep:12 March}."),
    _dialogue("fr58-mail-number-like-il-id", "fr", K,
              "C: J'ai reçu un mail avec le numéro {keep:426319794}. On dirait un numéro d'identité, non ?",
              "A: C'est le numéro du devis pour la stèle, {keep:1 450 €} pose comprise."),
    _dialogue("he58-label-number-like-bsn", "he", K,
              "C: על התווית של האגרטל יש מספר {keep:107816155}. זה לא BSN?",
              "A: לא, זה מספר הפריט מהסדנה. האיסוף ב-{keep:16:00}."),
    _dialogue("en58-gift-card-like-a-card", "en", K,
              "C: Got a gift card for a glass-blowing class, the number is {keep:6653 0005 6216 3441}, is that a "
              "credit card?",
              "A: No, it's our gift card, {keep:£60} for one class."),
    _dialogue("he58-voucher-like-a-card", "he", K,
              "C: קיבלתי שובר מתנה עם מספר {keep:6208 0583 3909 5775}, זה כמו כרטיס אשראי?",
              "A: לא, זה שובר לסדנת ניפוח זכוכית, {keep:350 ₪}."),
    # the company's person named by premises or a line of work, the customer having the same first name
    _dialogue("nl58-namesake-erij", "nl", CN,
              "C: Goedemiddag, met {NAME:Femke Aalders}. Ik heb al gemaild met {keep:Femke van de glasblazerij}.",
              "A: Klopt, zij maakt de karaf voor {keep:donderdag} af.",
              crm=_crm("Femke", "Aalders", customer_id="GB-580101")),
    _dialogue("en58-namesake-from-plural", "en", CN,
              "C: Hi, it's {NAME:Tom Whitcombe}. I was told {keep:Tom from engravings} would call about the stone?",
              "A: He will, the proof comes on {keep:Monday}.",
              crm=_crm("Tom", "Whitcombe", customer_id="MM-580102")),
    _dialogue("fr58-namesake-du-ing", "fr", CN,
              "C: Bonjour, {NAME:Julie Marchand}. C'est {keep:Julie du marketing} qui m'a parlé de l'atelier.",
              "A: Très bien, l'atelier de soufflage est le {keep:samedi 9 h}.",
              crm=_crm("Julie", "Marchand", customer_id="GB-580103")),
    _dialogue("he58-namesake-construct", "he", CN,
              "C: היי, זאת {NAME:מיכל דהן}. {keep:מיכל משירות הלקוחות} אמרה שתחזרו אליי לגבי המצבה.",
              "A: נכון, החריטה מוכנה ב-{keep:יום רביעי}.",
              crm=_crm("מיכל", "דהן", customer_id="MM-580104")),
    # a language desk's mailbox in the agent's turn
    _dialogue("en58-language-desk-mailbox", "en", K,
              "C: Where do I send the photo of the old inscription?",
              "A: Send it to {keep:english@steenhuis-memorials.nl} and quote {keep:order 5812}."),
    # a code named before a bare number, in the answer to the house number
    _dialogue("nl58-code-before-number", "nl", AD,
              "A: Het huisnummer voor de bezorging van de vaas?",
              "C: {ADDRESS:14}, er is een code voor de poort, {keep:7731}."),
    _dialogue("he58-code-before-number", "he", AD,
              "A: ומספר הבית, בשביל ההתקנה של המצבה?",
              "C: {ADDRESS:8}, יש קוד לשער, {keep:5520}."),
    # a surname after the abbreviated Hebrew title
    _dialogue("he58-abbreviated-title", "he", CN,
              "A: על שם מי לרשום את הקערה?",
              "C: זה מתנה, תכתבו על שם גב' {NAME:ברקוביץ}."),
]
