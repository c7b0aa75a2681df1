"""The fifty-first tuning batch: a person named and set apart in the caller's sentence, then hedged ("<name> I
think", "<name> geloof ik", "<name> je crois") or followed by the phone to reach them on; a Hebrew given name
followed by "בן" and a family name or father's name ("<given> בן <name>"); a BSN or ID named by itself, with words
between it and the contract it is for, before a number that fails its check. Controls: a weekday hedged the same
way, a time before a phone number, a hedged answer opening the turn ("<model> denk ik"), "בן" giving a child's age,
a Hebrew given name between the kin and the family name the record holds.

Written in the forty-ninth round of conversation-aware redaction, after held-out batch 48 (an allotment-garden
association and its garden centre) had been scored and spent, in sectors no batch had used as its company (a
milliner and a canoe rental). Batch 48 hid every kind at 1.00 but BSNs (6 of 7, 0.857) and names (77 of 82,
0.939); bare answers, cue names and transposed values were at 0.955, 0.932 and 0.958 by category; 6 of 178
look-alikes changed (3.4%).

Fixed, for the general case:
- Names: a name-shaped capitalised word (or a first name and a surname) set apart by a comma and followed by a
  hedge ("I think", "I guess", "geloof ik", "denk ik", "volgens mij", "je crois", "je pense") is a person the caller
  half knows; the names lists held the known first names, so only an unlisted or everyday first name (a flower, a
  colour) was left in clear. Weekdays and time words stay as they were.
- Names: a name set apart by commas and then the phone number to reach that person (", <name>, he's on 07...",
  ", <name>, 06 ...", ", <name>, op 06 ...") is that person's name; the number was hidden and the name left.
- Names: in Hebrew, "<given> בן <word>" / "בת <word>" after a given name found is the family name ("בן-...") or the
  father's name, personal either way; only age and kin words after "בן" ("בן שלוש", "בן דוד", "בת זוג") are not.
- Names: in Hebrew, the word right after the caller's kin ("הבת שלי", "בעלי") and right before a family name found
  is the kin's given name, as a word after a comma already was; the family name was hidden and the given name left
  where the kin cue did not take the word (a given name that is also a preposition with a suffix); no dialogue
  here fails on the base code for it without copying the batch's name, so it is kept as a control.
- BSN / ID: "mijn BSN ... voor het contract van ...:", "my ID number for the rental contract of ...:" labels the
  number after the colon as that ID also with words between, so a misheard (failing) number is still hidden, and a
  BSN named so is filed as a BSN.

Left, and why:
- a Hebrew name after "של" set apart by commas whose words are both everyday words ("blessed", "rock"): no cue but
  the possessive, which is as often a thing's; hiding two everyday words after every "של" would change too much;
- a named care home or residence before the room and the street (its first word or an acronym left in clear) and
  an office number after a Hebrew street ("משרד 12"): as the rounds before found, only a building's word is left;
- look-alikes: a staff first name as the subject of a present-tense verb in a Hebrew agent turn (hidden, the
  private side: the same shape names the customer's people); the agent's own name said mid-call ("ici <name>")
  when the customer has the same first name (hidden, the private side); phone-shaped numbers read off a device
  ("a number on my meter, is that your mobile?"), kept only if the agent's later turn is read back into the
  customer's (hidden, the private side); an IBAN the customer read out that the agent then says is the company's
  own (hidden, the private side).

Annotations in batch 48: none found doubtful; the staff first names in the agent's Hebrew turns and the meter
numbers are kept by the README's conventions, and the redactor's hiding them is a look-alike change, not a
convention question.
"""

from __future__ import annotations

from redaction_dialogues import CN, B, Dialogue, K, T
from redaction_dialogues import dialogue as _dialogue


def _crm(first: str, last: str, **fields: str) -> dict[str, dict[str, str]]:
    return {"customer": {"first_name": first, "last_name": last, **fields}}


FIFTY_FIRST: list[Dialogue] = [
    # a name set apart and hedged
    _dialogue("nl51-hedged-geloof-ik", "nl", CN, "A: Wie heeft de kano teruggebracht?",
              "C: de jongen die op zaterdag de boten schoonspuit, {NAME:Wobbe} geloof ik, liet de kar openstaan"),
    _dialogue("en51-hedged-i-think", "en", CN, "A: Who handed the canoe back?",
              "C: the girl who helps on the jetty on Sundays, {NAME:Tamsin} I think, told me it was fine"),
    _dialogue("fr51-hedged-je-crois", "fr", CN, "A: Qui a récupéré le chapeau ?",
              "C: la dame qui tient le stand d'à côté le jeudi, {NAME:Blanche} je crois, l'a gardé pour moi"),
    # a name set apart, then the phone to reach that person
    _dialogue("en51-name-then-phone", "en", B, "A: Is there anyone else we can try for the paddle?",
              "C: the chap two moorings down has it, {NAME:Olive Hart}, she's on {PHONE:07712 884 905} most days"),
    _dialogue("fr51-name-then-phone", "fr", B, "A: Quelqu'un d'autre pour réceptionner le carton ?",
              "C: la voisine du dessus le prendra, {NAME:Prune Vidal}, {PHONE:06 48 19 72 35}"),
    _dialogue("nl51-name-then-phone", "nl", B, "A: Wie kan de reservesleutel aannemen?",
              "C: de man van het botenhuis, {NAME:Roos Bakker}, op {PHONE:06 21 47 93 58}"),
    # a Hebrew given name, then "בן" and a family name
    _dialogue("he51-ben-family-name", "he", CN, "A: מי יאסוף את הקאנו?",
              "C: הגיס שלי {NAME:יובל בן שושן} יאסוף אותו מהמעגן"),
    # control: a given name between the kin and the family name the record holds, which the kin cue already read
    _dialogue("he51-control-kin-given-family", "he", CN, "A: מי יבוא למדידת הכובע?",
              "C: כן, והבן שלי {NAME:דין שפירא} יבוא ביום רביעי", crm=_crm("דורית", "שפירא")),
    # a BSN or ID named by itself, words between it and the contract, a failing number
    _dialogue("nl51-bsn-words-between", "nl", T,
              "C: ik moest mijn BSN nog sturen voor het huurcontract van kano 12: {BSN:847467621}"),
    _dialogue("en51-id-words-between", "en", T,
              "C: I still owe you my ID number for the rental contract of canoe 4: {IL:777114144}"),
    # controls: a weekday hedged, a time before a phone, "בן" giving an age, a contract's own reference
    _dialogue("en51-control-weekday-hedged", "en", K, "C: the feathers came loose, {keep:Tuesday} I think, so I'm "
              "ringing now"),
    _dialogue("nl51-control-weekday-hedged", "nl", K, "C: het lint kwam los, {keep:Dinsdag} geloof ik, dus ik bel nog"),
    _dialogue("en51-control-time-then-phone", "en", B, "A: When can the milliner call you?",
              "C: tomorrow, on {PHONE:07712 884 905}"),
    _dialogue("nl51-control-hedged-answer", "nl", K, "A: Welke hoed had u besteld?",
              "C: {keep:Panama} denk ik, de lichte met het lint"),
    _dialogue("he51-control-ben-age", "he", CN, "A: למי הכובע?", "C: לבן שלי, {NAME:עומר}, בן שלוש"),
]
