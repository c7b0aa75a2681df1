"""The forty-seventh tuning batch: the agent saying they share the customer's first name with a filler adverb
between ("Ik heet trouwens ook ...", "I'm actually also ...", "je m'appelle d'ailleurs aussi ..."); a value asked
again for another person ("Et celle de votre fille ?", "And your daughter's?", "En die van uw zoon?", "ושל הבת
שלך?"); a child named as the one picked up ("מי אוסף את ...?") or whose date of birth is asked
in Hebrew ("תאריך הלידה של ..."); a family named by a surname with particles ("de familie van ...", "la famille
de ..."); "waar woon je?" and "And the road?" asking for the street; the agent's colleagues reached on the company's
line or desk ("on the range line", "דרך המזכירות"), a Dutch call verb before a staff member ("Bij regen belt ...
uiterlijk ..."), and a Hebrew future verb after a lone staff name ("... תדע", "... יעדכן"). Controls: a thing's
value after a date of birth ("And your bow's draw weight?"), a road's state after "And the road?", a family
described, not named.

Written in the forty-fifth round of conversation-aware redaction, after held-out batch 44 (a riding school and
livery stable) had been scored and spent, in a sector no batch had used as its company (an archery club and
range). Batch 44 leaked 5 names of 77 (0.935), 3 addresses of 35 (0.914), a postcode, a date of birth and a phone,
and changed 19 of 153 look-alikes.

Fixed, for the general case:
- Names: a child picked up or fetched ("מי אוסף את ...?", and "Who picks ... up?", "Wie haalt ... op?", "Qui vient
  chercher ... ?", which were hidden already): the company's staff are never the one picked up; "תאריך הלידה של ..."
  names whose date it is; a family named by a surname with its particles ("de familie van Dijk", "la famille de
  Witte"); "trouwens" and "overigens" are no name.
- Dates of birth: a value asked again for another person ("celle de", "die van", "that of", "your son's", "ושל")
  asks for what the agent's last question asked for.
- Addresses: "waar woon je?" asks where the customer lives; "And the road?" alone asks for the street's name.
- Staff in the agent's turns: one reached on the company's line or desk; a Dutch call, send or mail verb right
  before the lone name ("Bij regen belt ... uiterlijk"), as "stelt" and "komt" were; Hebrew future verbs of
  follow-up ("יעביר", "תדע", "יעדכן") after a lone name, and never read as its surname; the agent sharing the
  customer's first name with a filler adverb between.

Left, and why:
- a lone first name in the agent's question about a pupil's lessons ("de lessen van ... afzeggen"): the same words
  name the staff's planning, and round 44 left it so;
- a house number said in words, then a street, then the postcode in digits after the agent's "great": the pieces are
  joined across turns as a split number, and the house number makes it too long for a postcode; splitting pieces
  that are already whole needs its own round;
- phone-shaped group codes, payment references and the payee's IBAN the customer reads out and asks about: only the
  agent's answer after says they are not personal, and each request is sent as the turn arrives;
- a Hebrew phone one digit short ("050-48127"), an Irish house name before its road, a Belgian "boîte" and a Hebrew
  "דירה" read back alone: hidden with a piece in clear or missed, as before;
- the agent greeting with their own name, the same as the customer's, before "מהחווה"-like words: a greeting with a
  name is as often the agent addressing the customer.

Annotations in batch 44: none breaks a README rule. Doubtful, and left as written: nl-037, en-037, fr-037 and
he-037 keep a phone-shaped code the customer reads out, and nl-038, en-038, fr-038 and he-038 keep a payment
reference and an IBAN the customer asks about before the agent answers; fr-023 keeps "escalier 2" next to the
address it belongs to; he-028 keeps the agent's first name that is the customer's too, which tells the model the
customer's first name.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, SP, B, Dialogue, K
from redaction_dialogues import dialogue as _dialogue

FORTY_SEVENTH: list[Dialogue] = [
    # the agent sharing the customer's first name, a filler adverb between
    _dialogue("nl47-heet-trouwens-ook", "nl", CN, "C: Met {NAME:Femke Dijkstra}, over de beginnerscursus.",
              "A: Hoi! Ik heet trouwens ook {keep:Femke}, leuk.", crm={"first_name": "Femke", "last_name": "Dijkstra"}),
    _dialogue("en47-actually-also", "en", CN, "C: Hi, {NAME:Rowan Tierney} here about the range booking.",
              "A: Hi, I'm actually also {keep:Rowan}, what can I do?",
              crm={"first_name": "Rowan", "last_name": "Tierney"}),
    # a date of birth asked again for another person
    _dialogue("fr47-celle-de-votre-fille", "fr", B, "A: Votre date de naissance pour la licence fédérale ?",
              "C: {DOB:le 9 juin 1981}", "A: Merci.", "A: Et celle de votre fille ?", "C: {DOB:22/02/2011}"),
    _dialogue("en47-your-daughters", "en", B, "A: Your date of birth for the club insurance?",
              "C: {DOB:17 October 1979}", "A: And your daughter's?", "C: {DOB:05/04/2012}"),
    _dialogue("nl47-die-van-uw-zoon", "nl", B, "A: Wat is uw geboortedatum?", "C: {DOB:3 april 1984}",
              "A: En die van uw zoon?", "C: {DOB:14-09-2013}"),
    _dialogue("he47-veshel-habat", "he", B, "A: מה תאריך הלידה שלך בשביל הביטוח?", "C: {DOB:2.11.1983}",
              "A: ושל הבת שלך?", "C: {DOB:19.7.2012}"),
    # a child picked up, or whose date of birth is asked, in the agent's question
    _dialogue("he47-mi-osef-et", "he", CN, "A: מי אוסף את {NAME:אלה} מהאימון?", "C: אני, או הדודה שלה"),
    _dialogue("he47-taarich-haleida-shel", "he", SP, "A: מה תאריך הלידה של {NAME:יובל}?",
              "C: {DOB:שלושה במאי אלפיים ושתים עשרה}"),
    # a family named by a surname with particles
    _dialogue("nl47-familie-van", "nl", CN, "A: Wie mag de boog lenen?",
              "C: de buren, de familie {NAME:van Houten}, die schieten ook"),
    _dialogue("fr47-famille-de", "fr", CN, "A: Qui utilise le deuxième badge ?",
              "C: nos amis, la famille {NAME:de Lattre}, le mardi soir"),
    # where the customer lives, and the road after the house number
    _dialogue("nl47-waar-woon-je", "nl", AD, "A: Waar woon je?", "C: {ADDR:Kerkpad}", "A: En het nummer?",
              "C: {ADDR:8}"),
    _dialogue("en47-and-the-road", "en", AD, "A: House number?", "C: {ADDR:Nineteen}", "A: And the road?",
              "C: {ADDR:Quarry Rise}, past the church"),
    # the agent's colleagues in the agent's own turns
    # (a control on the base as well: one reached on the company's line)
    _dialogue("en47-reach-on-the-line", "en", K, "C: Who do I ask about the longbow course?",
              "A: You can reach {keep:Niamh} on the range line."),
    _dialogue("he47-derech-hamazkirut", "he", K, "C: עם מי מדברים על הקורס?", "A: את {keep:שגיא} משיגים דרך המזכירות."),
    _dialogue("nl47-belt-uiterlijk", "nl", K, "C: En als het stormt?",
              "A: Bij storm belt {keep:Thijs} uiterlijk om 7:30."),
    _dialogue("he47-tera-yeadken", "he", K, "C: שיניתי את שעת האימון.", "A: רשמתי, {keep:ליאור} תדע.",
              "A: תודה, {keep:עומר} יעדכן."),
    # controls: the agent's own name after "ik heet trouwens", a road's state, a family described
    _dialogue("en47-control-bows-weight", "en", K, "A: Your date of birth?", "C: {DOB:8 August 1988}",
              "A: And your bow's draw weight?", "C: {keep:32} pounds"),
    _dialogue("en47-control-road-state", "en", K, "A: And the road?", "C: {keep:muddy} after the rain, bring boots"),
    _dialogue("nl47-control-familie-blij", "nl", K, "C: De familie is {keep:blij} met de les van zaterdag."),
]
