"""The fifty-second tuning batch: a relation's first name and surname after "my <relation>'s" and then "she", "he" or
"who"; a person's name given after a noun that says it is one ("the baby's name, <word>", "le prénom du petit,
<word>", "de voornaam van het meisje: <word>"), an everyday word (a flower, a gem, a month) too; a Hebrew relation,
then "is" ("זה", "זו", "הוא", "היא") and a name ending the phrase; a number a digit short, given to be called back
on with what the call is about between the verb and the number ("ring me back about the quote on ...",
"rappelez-moi pour le devis au ...", "תחזרו אליי לגבי ההצעה ב-..."). Controls: a relation's car after "'s", a
firm's or a pet's name after "name,", a Hebrew relation and "is" before an adjective, a call-back about a time with
no number, the company's own free line after a call-back request.

Written in the fiftieth round of conversation-aware redaction, after held-out batch 49 (a watch and clock repair
workshop with a jewellery counter) had been scored and spent, in sectors no batch had used as its company (a
sheep-shearing contractor and a hedge-laying contractor). Batch 49 hid addresses at 0.956, IBANs at 0.980, Israeli
IDs at 0.960, names at 0.938 (60 of 64) and phones at 0.935 (58 of 62); cue names 0.900 and transposed values 0.810
by category; 18 of 218 look-alikes changed (8.3%). After this round: names 1.00, phones 0.984, cue names 1.00,
transposed 0.952; the look-alikes unchanged (18 of 218).

Fixed, for the general case:
- Names: "my <relation>'s <First> <Last>" was read as what the relation owns ("my mum's Corsa") unless the first
  word was a listed first name; a first name and a surname followed by "she", "he", "they" or "who" (any of the
  four languages' pronouns) is who the relation is.
- Names: a capitalised word set apart by a comma or a colon after a noun that says a person's name follows ("<x>'s
  name", "first name of the ...", "name of my ...", "le prénom (de ...)", "(de) voornaam (van ...)", "de naam van
  het ...") is that name, also when it is an everyday word; a firm's, a shop's, a street's or a pet's name is not.
- Names: in Hebrew, a relation ("דודה שלי", "הבן שלי") followed by "זה/זו/זאת/הוא/היא" and a name that ends the
  phrase is that relation's name; the copula had stopped the relation's cue.
- Phones: a call-back request ("ring me back", "bel me terug", "rappelez-moi", "תחזרו אליי") with what it is about
  between the verb and the preposition before a number a digit short or over is the caller's number; only a
  request with at most two words between was read.

Left, and why:
- look-alikes: the customer's surname that is an everyday word (gold, a case, a pearl, a dial) said by the agent
  as the product or the repair; the redactor hides every occurrence of a CRM surname, and telling "<Surname>
  plating" from "<Surname> called" needs more than the next word; hiding stays the private side;
- look-alikes: a staff first name the customer asks about or the agent confirms ("is it <name> again?") and a shop
  or product name of two capitalised words: hidden as names, the private side, as in the rounds before;
- look-alikes: a company line and a company address said by the agent, and a year-prefixed repair reference in
  Hebrew, hidden as a phone, an address and a number: kept by the README's conventions, the redactor's hiding
  them is a look-alike change, left for lack of a rule that would not also keep a customer's own value;
- a Hebrew street given in words ("<number in words>" and "שדרות ..." in separate turns), a care home's own name
  before the room and the street, the first word of a Hebrew street, a French house number spoken as "18 57"
  and a short IBAN piece after a pause: as before, only a building's word or a piece is left, and the pieces
  carry no cue of their own;
- an Israeli ID read in an English turn with no word naming it, failing its check, and an e-mail's provider
  spoken with "dot" inside the name: the domain word alone is left in clear.

Annotations in batch 49: none found against the README's conventions; the staff first names and the product
words equal to a surname are kept by the conventions, and the redactor's hiding them is a look-alike change.
"""

from __future__ import annotations

from redaction_dialogues import CN, B, Dialogue, K, T
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


FIFTY_SECOND: list[Dialogue] = [
    # a relation's first name and surname after "'s", then a pronoun
    _dialogue("en52-relation-s-full-name-she", "en", CN, "A: Who'll be at the farm when the shearers arrive?",
              "C: my sister-in-law's {NAME:Morwenna Tregear}, she knows where the pens are"),
    _dialogue("en52-relation-s-full-name-who", "en", CN, "A: Who should we send the invoice to?",
              "C: my uncle's {NAME:Ambrose Pike} who owns the field, post it to him"),
    # a person's name given after a noun that says it is one
    _dialogue("en52-name-noun-everyday", "en", CN, "A: Whose lamb is the orphan one?",
              "C: it's the youngest's pet, and the youngest's name, {NAME:Hazel}, is on the ear tag too"),
    _dialogue("fr52-prenom-everyday", "fr", CN, "A: Et la broderie sur le sac ?",
              "C: la laine est pour le sac, et le prénom de la petite, {NAME:Aube}, brodé dessus"),
    _dialogue("nl52-voornaam-everyday", "nl", CN, "A: Voor wie is de wol van de eerste scheerbeurt?",
              "C: voor mijn kleinkind, de voornaam van het meisje: {NAME:Lente}, die wil een deken"),
    # a Hebrew relation, "is", a name ending the phrase
    _dialogue("he52-relation-copula-name", "he", CN, "A: מי יהיה בשטח כשיגיעו לקצץ את הגדר?",
              "C: אחותי זו {NAME:שקמה ברזילי}, היא תפתח את השער"),
    # a call-back request with what it is about before a number a digit short
    _dialogue("en52-call-back-about-short", "en", T,
              "C: ring me back about laying the hedge on {PHONE:07741 52938}"),
    _dialogue("fr52-rappelez-pour-short", "fr", T,
              "C: rappelez-moi pour le devis de la haie au {PHONE:06 72 18 45 9}"),
    _dialogue("he52-call-back-about-short", "he", T,
              "C: תחזרו אליי לגבי ההצעה לגדר ב-{PHONE:052-417386}"),
    # controls: a relation's car, a pet's and a firm's name, a copula before an adjective, a call-back with no number
    _dialogue("en52-control-relation-s-car", "en", K, "C: my dad's {keep:Land Rover} is parked by the gate"),
    _dialogue("en52-control-dog-name", "en", K, "C: the dog's name, {keep:Biscuit}, is on his collar if he gets out"),
    _dialogue("en52-control-firm-name", "en", K, "C: we used another lot last year, the company's name, "
              "{keep:Fleecewise}, went bust"),
    _dialogue("he52-control-copula-adjective", "he", K, "C: הבן שלי הוא {keep:חולה} היום, אז אני אפתח לכם"),
    _dialogue("en52-control-call-back-time", "en", K, "C: ring me back about the quote on {keep:Thursday} please"),
    _dialogue("en52-control-company-line", "en", B, "C: ring me back about the shearing on {PHONE:07741 529380}, "
              "not on your {keep:0800 123 4567} line"),
]
