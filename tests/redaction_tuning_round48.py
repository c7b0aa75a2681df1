"""The fiftieth tuning batch: a date of birth given as a bare answer to an elliptical follow-up that asks the same
value for the customer after another person's ("And yours?", "Et la vôtre ?", "En de uwe?", "ושלך?"); a Hebrew
name set apart after kin and a bare role word that is the kin's verb ("הבן שלנו נהג, ...": "our son drove"), not
the company's driver. Controls: kin and a name with no role word between, a follow-up "And yours?" after a
question that asked no personal value, a plain date-of-birth answer.

Written in the forty-eighth round of conversation-aware redaction, after held-out batch 47 (a boat and caravan
winter-storage yard) had been scored and spent, in sectors no batch had used as its company (a hot-air balloon
ride operator and a knife-sharpening service). Batch 47 hid every kind at 1.00 but addresses (43 of 44, 0.977),
dates of birth (14 of 17, 0.824) and names (61 of 65, 0.938); bare answers and cue names were at 0.915 and 0.930
by category; 2 of 114 look-alikes changed (1.8%).

Fixed, for the general case:
- Dates of birth: after the agent asked for another person's date of birth (or number), a short follow-up that
  names the one asked by a possessive pronoun alone ("And yours?", "what about yours?", "Et la vôtre ?", "Et pour
  vous ?", "En de uwe?", "En voor uzelf?", "ושלך?", "ושלו?") asks the same kind again, as "And your son's?" already
  did the other way round; the bare date answering it was left unread as a date of birth in three languages.
- Names: in Hebrew, a bare role word ("נהג") right after the customer's kin ("הבן שלי", "בעלי") is the kin's verb,
  not the company's person; the name set apart after it was kept as staff and sent in clear. "my driver" and "mon
  livreur" were already the customer's own in the other languages.

Left, and why:
- a surname said before a post-cue ("<surname> heette die geloof ik"): the name comes first and its cue after, a
  shape the name readers take only with a title or a known first name; a rule on a capitalised word before
  "heette" alone was not measured on earlier batches within the round;
- a Hebrew relation followed by a relative clause (kin "ש..." over several words) and then the name set apart by
  a comma: the kin cue takes the relative word as the name; to be measured on earlier batches before changing;
- a Hebrew name given as "זה היה <name> נכון?" after the agent named the role a turn before: the role is in the
  other speaker's turn, and the first name is also an everyday word (a tree);
- a named care home or residence before the room and the street (its first word left in clear), and an office
  number after a Hebrew street ("משרד 12"): the address reader joins the home's name only after a relation, as the
  round before found; privacy-wise only the building's word is left;
- a house number spoken in French words before the street ("onze, rue ..."), and a colour word after a Dutch house
  number ("112 zwart"): the spoken house number and the letter-word suffix are not yet read as parts of the address;
- the company's own yard phone read out by the agent after a card number was named as the customer's pass: hidden,
  the private side; a staff first name after "נקבע," in an agent's turn: hidden, the private side.

Annotations in batch 47: doubtful, and left as written: nl-021 files "zwart" (a colour after the house number) as
part of the address, where the README's address spans end at the number and its letter or addition; nl-037 keeps a
phone the agent reads out as the yard's, which the bench cannot tell from the customer's without a cue.
"""

from __future__ import annotations

from redaction_dialogues import CN, B, Dialogue, K
from redaction_dialogues import dialogue as _dialogue

FIFTIETH: list[Dialogue] = [
    # a date of birth answered to "And yours?" after another person's was asked
    _dialogue("en50-and-yours", "en", B, "A: For the flight manifest I need your passenger's date of birth.",
              "C: my brother, he was born {DOB:4 November 1988}", "A: Thanks. And yours?",
              "C: {DOB:22/07/1965}"),
    _dialogue("fr50-et-la-votre", "fr", B, "A: Pour le bon de vol, la date de naissance de la passagère ?",
              "C: c'est ma fille, {DOB:3 mars 2009}", "A: Très bien. Et la vôtre ?",
              "C: {DOB:19 septembre 1979}"),
    _dialogue("nl50-en-de-uwe", "nl", B,
              "A: Voor de ballonvaart heb ik de geboortedatum van de tweede passagier nodig.",
              "C: mijn zus, {DOB:8 januari 1990}", "A: Genoteerd. En de uwe?", "C: {DOB:27-05-1972}"),
    _dialogue("he50-veshelcha", "he", B, "A: לטיסה אני צריכה תאריך לידה של הנוסע השני.",
              "C: אחי, {DOB:14.2.1992}", "A: ושלך?", "C: {DOB:30.6.1984}"),
    # a Hebrew bare role word after kin is the kin's verb
    _dialogue("he50-kin-verb-nahag", "he", CN, "A: מי הביא את הסכינים לסניף?",
              "C: הבן שלנו נהג, {NAME:ירדן}, והשאיר אותן בדלפק"),
    # controls: kin and a name with no role word, "And yours?" after no personal value, a plain answer
    _dialogue("he50-control-kin-no-role", "he", CN, "A: מי יאסוף את הסכינים?",
              "C: הבן שלי, {NAME:ירדן}, יבוא ביום שלישי"),
    _dialogue("en50-control-and-yours-no-value", "en", K, "A: Which blade shape did your sister pick?",
              "C: the santoku", "A: And yours?", "C: the paring knife, sharpened by {keep:12 March}"),
    _dialogue("fr50-control-plain-answer", "fr", B, "A: Votre date de naissance, s'il vous plaît ?",
              "C: {DOB:11 avril 1983}"),
]
