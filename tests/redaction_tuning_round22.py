"""The twenty-fourth tuning batch: the halves of a card or an ID joined across the agent's "gaat u door" or "אני
איתך, הלאה?"; a street alone as the answer to a question about a delivery or billing address; a name corrected one
letter off after "had it as" or "with 2"; a phone after a new SIM; a house number corrected after "non pardon, le";
look-alikes: the agent's own name before "at" or "de" and the company, the company's crew named by their work (also
two at once, and after "our"), an agent's written reply signed with their name, a product by its brand after an
article, an invoice number the customer repeats.

Written before the twenty-second round of conversation-aware redaction, after held-out batch 21 had been scored
and spent, in sectors no batch had used (a kitchen fitter, a pest-control firm, a florist, a tile shop). Batch 21's
values leaked where "Gaat u door." and "אני איתך, הלאה?" were not read as prompts to go on, where "Paterswoldseweg"
answered "Wat is het bezorgadres" (the compound was no address word), where "Fergusson with two esses" followed the
name spelled ("two" is read as 2 before the name rules run), where "j'ai changé de puce, c'est le 07 81 35" took
"puce" for a pet's chip, and at "non pardon, le 81". Its look-alikes were changed at "you're through to Priya at
Dormello", "c'est Mathis de Dormello", "Onze monteur Jeroen", "The crew, Dean and Lee", "Les livreurs, Steve et
Karim", "המרכיבים, ניר ואלי", "Groet, Wendy van Dormello", "de Emma Original" and an invoice number the customer
asked about. These dialogues say the same things in other words.

Before that round, on these 16 dialogues (20 gold spans, 19 look-alikes): PHONE 0.25 (4), CARD 0.67 (3), IL_ID 0.50
(2), NAME 0.75 (4), ADDRESS 0.67 (6), POSTCODE 1.00 (1); spurious findings 14 of 26, look-alikes changed 14 of 19.
After: every kind 1.00, no spurious finding, no look-alike changed.
"""

from __future__ import annotations

from redaction_dialogues import AD, CN, Dialogue, K, S
from redaction_dialogues import dialogue as _dialogue

TWENTY_FOURTH: list[Dialogue] = [
    # -- halves joined across a prompt to go on ------------------------------------------------------------------------
    _dialogue("nl24-card-prompt", "nl", S, "C: ik betaal de nieuwe keukenkastjes met mijn creditcard. {CARD:5817 5604}",
              "A: {CARD:5817 5604}, ja? Gaat u maar door.", "C: {CARD:8063 5817} geldig tot 11/28",
              "A: Dank u, het staat erop."),
    _dialogue("he24-id-prompt", "he", S, "A: בשביל החשבונית אני צריך את מספר תעודת הזהות.", "C: {IL:7928}",
              "A: אני איתך, הלאה?", "C: {IL:20102}", "A: תודה, רשמתי."),
    # -- a street alone after a delivery or billing address question ---------------------------------------------------
    _dialogue("nl24-billing-street", "nl", AD, "A: Wat is uw factuuradres?", "C: {ADDR:Amsterdamsestraatweg}",
              "C: {ADDR:412}, de achterdeur graag.", "A: Genoteerd: {ADDR:Amsterdamsestraatweg 412}."),
    # -- a name corrected one letter off -------------------------------------------------------------------------------
    _dialogue("en24-had-it-as", "en", CN, "C: Morning, it's {NAME:Ailsa Macleod}. The invoice had it as "
              "{NAME:McLeod} with 2 capitals, it's one.", "A: Sorry about that, fixed."),
    # -- a phone after a new SIM; a house corrected after "non pardon, le" --------------------------------------------
    _dialogue("fr24-new-sim", "fr", S, "C: j'ai une nouvelle puce, c'est le {PHONE:06 71 28}",
              "C: {PHONE:45 90} désolée, envoyé trop vite", "A: C'est noté pour le fleuriste."),
    _dialogue("en24-new-sim", "en", S, "C: got a new SIM, it's {PHONE:07982 4}", "C: {PHONE:51307}",
              "A: Updated, thanks."),
    _dialogue("fr24-house-le", "fr", AD, "C: c'est au {ADDR:27 rue des Lilas}... non pardon, le {ADDR:72}",
              "A: Donc {ADDR:72 rue des Lilas}, {PC:31000} Toulouse ?"),
    # -- the agent's own name before the company; the crew by their work -----------------------------------------------
    _dialogue("en24-agent-at", "en", K, "A: Morning, you're through to {keep:Ravi} at Pestaway. What's the trouble?",
              "C: Hi {keep:Ravi}, wasps again. The technicians, {keep:Gary} and {keep:Tom}, were great last year."),
    _dialogue("fr24-agent-de", "fr", K, "A: Bonjour, c'est {keep:Chloé} de Fleurs Lumière. Je vous écoute.",
              "C: Bonjour, les livreurs, {keep:Yanis} et {keep:Bruno}, ont oublié la carte.",
              "A: Je suis désolée, je préviens {keep:Yanis}."),
    _dialogue("nl24-our-fitter", "nl", K, "A: Onze monteur {keep:Sander} komt dinsdag tussen 8 en 12.",
              "C: Prima, ik ben thuis."),
    _dialogue("he24-crew", "he", K, "A: המתקינים, {keep:רועי} ו{keep:אבי}, יגיעו ביום שלישי.", "C: מעולה, תודה."),
    # -- a written reply signed by the agent; a product by its brand; an invoice number asked about --------------------
    _dialogue("nl24-signed", "nl", K, "C: Beste mensen, mijn tegels zijn gebarsten aangekomen. Groet, "
              "{NAME:Hanneke Dijkstra}", "A: Beste mevrouw {NAME:Dijkstra}, we sturen nieuwe. Groeten, {keep:Lotte} "
              "van Tegelhuis"),
    _dialogue("en24-signed", "en", K, "A: We'll swap the broken tiles this week. Kind regards, {keep:Owen}"),
    _dialogue("en24-brand", "en", K, "C: is your oven cleaner as good as the {keep:Ruby Classic}?",
              "A: Customers say it works as well as the {keep:Ruby Classic}, for less."),
    _dialogue("en24-invoice-asked", "en", K, "A: Please quote invoice number {keep:176418457} with the transfer.",
              "C: Is {keep:176418457} my customer number then?", "A: No, that's only the invoice."),
    _dialogue("he24-invoice-asked", "he", K, "A: נא לציין בהעברה את מספר החשבונית {keep:176418457}.",
              "C: ו-{keep:176418457} זה גם מספר הלקוח שלי?", "A: לא, רק החשבונית."),
]
