"""Whose value an agent's turn carries: the company's, unless something says it is the customer's.

The agent gives the company's own values all the time: the depot "Vlietweg 12", the pick-up point "Stationsplein 8,
6711 AA", the IBAN to pay to, a work order that happens to pass the 11-check, the day the engineer comes. No cue words
can list every way of saying so, so an agent's value is taken for the company's (it reaches the model as it is)
unless one of these makes it the customer's:

- it is one of the customer's values: a CRM personal field or the CRM's postcode, in any spelling, or its end or its
  beginning ("0486...");
- the call already gave it as the customer's, the customer or the agent (a read-back, "Dus 0618442793, klopt dat?");
- the agent asks the customer to confirm it: the sentence that holds it is a question that names nothing of the
  company's ("Is 07700 900123 still the best way?", "Vous êtes bien né le 4 juillet 1979 ?");
- the turn says it is the customer's: a second-person possessive on the value's noun ("your account GB82 ...",
  "uw adres", "votre numéro", "הכתובת שלך"), or the company reaching the customer or theirs on it ("we bellen u op
  06 ...", "I'll ring your partner on ...", "will come to 23 Otley Road");
- a number read back with a digit or two misheard ("I have 07700 900 864" after "07700 900 846").

Names, e-mail addresses, customer numbers and dates of birth are not judged here: staff and relatives the agent
names are personal, and a date is a date of birth only beside a birth word ("als geboortedatum", "born on",
"נולדת ב-"), so it is a person's birthday, never a value of the company's, even when the agent reads it from the CRM.
Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copilot.privacy.detectors import YOU_SENT, Finding

# The kinds whose values the company has of its own: an address, a postcode, an account, a reference, a line.
OWNED = frozenset({"ADDRESS", "POSTCODE", "IBAN", "BSN", "IL_ID", "CARD", "PHONE", "EMAIL"})
_NUMBERS = frozenset({"IBAN", "BSN", "IL_ID", "CARD", "PHONE"})
_SENTENCE = re.compile(r"[.!;]\s|\?\s|\n")
_QUESTION = re.compile(r"[^.!?;\n]*\?")
_OURS = re.compile(r"(?<!\w)(?:ons|onze|our|ours|notre|nos|nous|us)(?!\w)|שלנו|אצלנו", re.IGNORECASE)
# The company's own premises named before a value: "ophalen in de winkel aan de Vughterstraat 48?", "at the shop on".
_PREMISES = re.compile(r"(?<!\w)(?:de |het |the |la |le |l['’]|à la |au |in de |at the |bij de |à l['’])"
                       r"(?:[^\W\d_]+ )?"  # "the restoration centre", "the main office": a word may stand between
                       r"(?:winkel|shop|store|magasin|boutique|showroom|kantoor|office|bureau|filiaal|vestiging|"
                       r"branch|agence|atelier|werkplaats|workshop|depot|magazijn|warehouse|entrepôt|balie|desk|"
                       r"accueil|receptie|reception|studio|salle|zaal|hall|praktijk|practice|clinic|kliniek|clinique|"
                       r"cabinet|centre|center|centrum|surgery)\b|(?<!\w)ב?(?:חנות|סניף|משרד|סדנה|מרפאה|קליניקה)\b",
                       re.IGNORECASE)
# The mailboxes a company gives as its own: a role or a team, never a person ("info@", "klantenservice@",
# "planning@", "accounts.desk@"), or the company's own name ("snuffelhoek@snuffelhoek.nl"). Any other address in the
# agent's turn may be the customer's (a sole trader's "jan@dejong-bouw.nl", a family's domain) and is redacted.
_ROLE_MAILBOX = re.compile(
    r"(?:info|informatie|information|service|services|support|help|helpdesk|hulp|aide|klantenservice|klantendienst|"
    r"klantcontact|customerservice|customer|customers|customercare|care|clients?|serviceclients?|service-clients?|"
    r"contact|contacts|hello|hallo|hi|bonjour|welkom|welcome|sales|verkoop|vente|ventes|orders?|order-desk|"
    r"bestelling|bestellingen|commandes?|shop|webshop|winkel|store|magasin|boutique|billing|facturatie|facturen|"
    r"factuur|facture|factures|invoices?|accounts?|accounting|administratie|admin|administration|boekhouding|"
    r"compta|comptabilite|finance|payments?|betalingen|paiements?|debiteuren|planning|agenda|afspraken|rdv|"
    r"reservations?|reserveringen|reservering|booking|bookings|boekingen|bookingdesk|team|office|kantoor|bureau|"
    r"secretariaat|secretariat|receptie|reception|accueil|balie|desk|hr|jobs|vacatures|recrutement|press|pers|"
    r"presse|media|privacy|dpo|legal|juridisch|juridique|claims?|schade|sinistres?|returns?|retour|retours|"
    r"retouren|rma|repairs?|reparatie|reparaties|werkplaats|atelier|workshop|garage|service-desk|servicedesk|"
    r"noreply|no-reply|donotreply|do-not-reply|mail|post|verzending|shipping|expedition|logistics|logistiek|"
    r"klachten|complaints?|reclamations?|plaintes|feedback|opzeg|opzeggen|opzegging|opzeggingen|annulering|"
    r"annuleringen|cancel|cancellations?|resiliations?|annulations?|tickets?|events?|evenementen|groups?|groepen|groupes|"
    r"marketing|newsletter|nieuwsbrief|membership|leden|ledenadministratie|membres|abonnement|abonnementen|"
    r"subscriptions?|webmaster|it|ict|tech|technique|technisch|monteurs?|engineers?|dispatch|operations|ops|"
    # a desk for the callers of a language or from abroad: "english@", "nederlands@", "international@", "expats@"
    r"english|engels|anglais|nederlands|dutch|francais|français|french|frans|deutsch|german|duits|hebrew|ivrit|"
    r"international|internationaal|expats?|"
    r"שירות|מידע|תמיכה|הזמנות|משרד)"
    r"(?:[._-](?:nl|be|fr|en|uk|il|desk|team|dept|afdeling|service|clients?|center|centre|\d+))*", re.IGNORECASE)
# A value's noun: what the customer has an address, a number, an account, a card, an ID or a birthday as.
_NOUN = (r"(?:e-?mail\w*|mail\w*|courriel|adres|address|adresse|woonadres|straat|street|rue|domicile|home|huis|"
         r"postcode|postal\s+code|"
         r"code\s+postal|zip|nummer|number|num[ée]ro|mobile|mobiel|mobiele\s+nummer|gsm|portable|phone|telefoon\w*|"
         r"t[ée]l[ée]phone|iban|rekening\w*|bankrekening\w*|account|compte|rib|card|kaart|pas|bankpas|carte|bsn|"
         r"burgerservicenummer|id|identity|identit[ée]|geboortedatum|date\s+of\s+birth|birthday|"
         r"date\s+de\s+naissance|verjaardag)")
_BETWEEN = (r"(?:(?:mobile|mobiele|vaste|home|bank|own|eigen|huidige|current|new|nieuwe|nouveau|nouvelle|nouvel|"
            r"ancien|ancienne|old|oude|billing|delivery|post|woon|bancaire|bank|debit|credit|credit-card|contact|"
            r"phone|telephone|mobile\s+phone|full|registered|usual|main)\s+)?")
_YOURS = re.compile(
    rf"(?<!\w)(?:your|uw|jouw|je|votre|vos|ton|ta|tes)\s+{_BETWEEN}{_NOUN}(?!\w)|"
    r"[הלמב]?(?:כתובת|מספר|טלפון|נייד|פלאפון|חשבון|כרטיס|תעודת\s+(?:ה)?זהות|ת\.?ז\.?|מיקוד|תאריך\s+(?:ה)?לידה)"
    r"(?:\s+\S+)?\s+(?:שלך|שלכם|שלכן)|"
    r"(?:כתובתך|מספרך|חשבונך|כרטיסך|טלפונך)",
    re.IGNORECASE)
# The company reaching the customer or theirs on a number: "we bellen u op", "I'll ring your partner on", "אליך ב-".
_REACHES = re.compile(
    r"(?<!\w)(?:u|you|vous|je|jou|jij|te|toi|(?:your|uw|jouw|je|votre|ton|ta)\s+[\w-]+)\s+(?:\w+\s+)?"
    r"(?:op|on|at|au|sur)\s*:?\s*$|(?:אליך|אלייך|אותך|ל[\u05d0-\u05ea]+\s+שלך)\s+(?:ל|ב)?(?:מספר\s+)?-?\s*$",
    re.IGNORECASE)
# The company coming to the place: "will come to 23 Otley Road", "komt langs op", "passera au".
_VISITS = re.compile(
    r"(?<!\w)(?:come|comes|coming|visit|komt|komen|langs|passe|passera|passerons|viendra|viendrons)\s+"
    r"(?:\w+\s+)?(?:to|at|naar|bij|op|aan|au|à|chez)\s+(?:de\s+|the\s+)?$",
    re.IGNORECASE)
# The customer asked to come to the place, in the imperative: "kom langs op Biltstraat 141", "kom gerust even langs
# aan", "come by at", "come round to": the company's premises, not the customer's (as "visit Biltstraat 141" is).
_COME_BY = re.compile(
    r"(?<!\w)(?:kom|loop|wip)\s+(?:\w+\s+){0,2}?(?:langs|binnen)\s+(?:op|aan|bij|in)\s+(?:de\s+)?$|"
    r"(?<!\w)(?:(?:please|or|and|just|do)\s+)come\s+(?:by|round|over|along|in)\s+(?:to|at)\s+(?:the\s+)?$",
    re.IGNORECASE)

# The agent reading back what the customer gave: "Je relis : CH03 ...", "I'll read that back: ...", "Ik lees het even
# terug:", "אני חוזרת על המספר:". What is read back is the customer's (not "our" account read out).
_READ_BACK = re.compile(
    r"(?<!\w)(?:je (?:vous )?(?:relis|répète)|(?:i['’]ll|let me|i will) (?:just )?read (?:it|that|this|them) back|"
    r"reading (?:it|that|this) back|to read (?:it|that) back|ik lees (?:het|dat|dit)? ?(?:even |nog even )?"
    r"(?:terug|voor)|ik herhaal)(?!\w)|(?:אני\s+)?(?:(?:חוזר|חוזרת)\s+על|מקריא|מקריאה|אקריא)(?![א-ת])",
    re.IGNORECASE)

# A person's address as the company has it on file, or as the agent corrects it: "Elle est notée au", "We have him
# at", "staat bij ons genoteerd op", "I'll correct it to", "Je corrige en", "aangepast naar".
_ON_FILE = re.compile(
    r"(?<![\w'’])(?i:(?:not[ée]e?s?|enregistr[ée]e?s?|inscrite?s?|domicili[ée]e?s?)\s+(?:chez\s+nous\s+)?(?:au|à)|"
    r"(?:genoteerd|geregistreerd|ingeschreven)\s+(?:op|aan|in)|"
    r"we\s+(?:have|had|['’]ve\s+had)\s+(?:you|him|her|them|it)(?:\s+down)?\s+(?:at|as)|"
    r"(?:registered|recorded|listed)\s+at|"
    r"(?:correct|change|update)(?:ed|ing)?\s+(?:it|that|this|the\s+address)\s+to|"
    r"(?:corrige|corrigé|modifie|modifié|change|changé)\s+(?:l['’]adresse\s+)?(?:en|par|pour)|"
    r"(?:aangepast|gewijzigd|verbeterd|veranderd|aanpassen|wijzigen|verbeteren)\s+(?:naar|in))\s*$")


def customers(text: str, finding: Finding, known: Iterable[tuple[str, str]], personal: Iterable[tuple[str, str]],
              postcodes: Iterable[str] = (), heard: str = "") -> bool:
    """Whether a value in an agent's turn is the customer's (see the module): else it is the company's. ``heard``:
    what the customer said in the turns just before (numbers read as digits), which a read-back repeats."""
    if finding.kind in ("ADDRESS", "POSTCODE", "EMAIL") and _sent_to(text, finding.start):
        return False  # "Envoyez la contestation ... à Parcova Belgique, Boulevard d'Avroy 74", "U mag het mailen naar
        # gent@...": where the customer sends is the company's (or whom it names), never the customer's own
    if finding.kind not in OWNED or finding.kind == "EMAIL" and not _company_mailbox(finding.text):
        return True
    if heard and _repeats(finding, heard):
        return True
    if _theirs(finding, (*known, *personal, *(("POSTCODE", code) for code in postcodes))):
        return True
    start = max((m.end() for m in _SENTENCE.finditer(text, 0, finding.start)), default=0)
    if finding.kind == "ADDRESS" and _completed(finding, known) and not _OURS.search(text[start:finding.start]) and \
            not _PREMISES.search(text[start:finding.start]):
        return True
    before = text[max(start, finding.start - 120):finding.start]
    if _YOURS.search(before) or YOU_SENT.search(before) or \
            _READ_BACK.search(before) and not _OURS.search(before) or \
            finding.kind == "PHONE" and _REACHES.search(before) or \
            finding.kind == "ADDRESS" and _VISITS.search(before) and not _COME_BY.search(before):
        return True
    if finding.kind == "ADDRESS" and (cue := _ON_FILE.search(before)) and not _OURS.search(before, 0, cue.start()):
        return True  # the address a person is on file at, or is corrected to: "Elle est notée au 51 rue Colbert", "We
        # have him at ...", "Je corrige en 15 rue Colbert" (not "onze praktijk staat ingeschreven op ...")
    if not _QUESTION.match(text, finding.end) or _OURS.search(text[start:finding.start]) or \
            _PREMISES.search(text[start:finding.start]):
        return False
    if text[start:finding.start].strip():
        return True
    prior = text[max((m.end() for m in _SENTENCE.finditer(text, 0, max(0, start - 1))), default=0):start]
    return not (_OURS.search(prior) or _PREMISES.search(prior))  # "Do you want to switch to our Amstelveen
    # clinic? Rembrandtweg 54?": the address asked alone names the place the question before it spoke of

# The customer told to send something to the value: "Wilt u het formulier opnieuw sturen naar Postbus 2174", "Envoyez
# la contestation ... à Parcova Belgique, Boulevard d'Avroy 74", "Please post the form to", "שלחו את הטופס ל": where
# the customer sends is the company's (or someone's the company names), never the customer's own address.
_SEND_US = re.compile(
    # told to, at the sentence's start: "Stuur ... naar", "Please post ... to", "Envoyez ... à", "שלחו ... ל"
    r"^\W*(?:(?i:please|graag|merci de|veuillez)\s+)?(?i:stuur|zend|mail|e-?mail|post|send|return|write|schrijf|"
    r"envoyez|renvoyez|adressez|postez|retournez|écrivez|envoyer|renvoyer|adresser|retourner)"
    r"(?:-(?i:la|le|les|nous|moi|lui|leur))?(?![\w'’])"
    r"(?:\s+[^.?!\s]+){0,12}?\s+(?i:naar|to|à|au)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[A-Z][\w'’-]*\s*,\s*)?$|"
    # or the customer the one who sends, no "we" or "us" in between: "Wilt u het formulier opnieuw sturen naar", "U
    # mag het mailen naar", "vous pouvez l'envoyer à", "Could you post it to"
    r"(?<![\w'’])(?i:u|you|vous)\s+(?:(?!(?i:us|we|wij|ons|nous|on|ik|i|je)(?![\w'’]))[^.?!\s]+\s+){0,12}?"
    r"(?:[\w]+['’])?(?i:sturen|opsturen|terugsturen|versturen|zenden|mailen|e-?mailen|posten|send|post|mail|e-?mail|"
    r"return|write|envoyer|renvoyer|adresser|poster|retourner|écrire)(?![\w'’])"
    r"(?:\s+[^.?!\s]+){0,8}?\s+(?i:naar|to|à|au)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[A-Z][\w'’-]*\s*,\s*)?$|"
    r"^\W*(?:שלחו|שלחי|שלח)\s+(?:\S+\s+){0,8}?(?:ל|אל)-?$")
_YOUR_HOME = re.compile(r"(?<![\w'’])(?i:your|uw|je|jouw|votre|vos|ton|ta)\s+(?:\w+\s+)?(?i:address|adres|adresse|"
                        r"home|huis|woning|domicile|house)(?![\w'’])|(?:כתובת|בית)\S*\s+שלך")


def _sent_to(text: str, position: int) -> bool:
    """Whether the sentence before ``position`` (its last 160 characters) tells the customer to send something there
    (``_SEND_US``), not to "your address"."""
    window = text[max(0, position - 160):position]
    sentence = window[max((m.end() for m in _SENTENCE.finditer(window)), default=0):]
    return bool(_SEND_US.search(sentence)) and not _YOUR_HOME.search(sentence)


def _completed(finding: Finding, known: Iterable[tuple[str, str]]) -> bool:
    """Whether an agent's address completes one the customer gave as a postcode and a house number alone: "Dan wordt
    het Escamplaan 77" after "2531 KE" and "77, driehoog", the street looked up from the postcode."""
    given = list(known)
    houses = {number.group() for kind, key in given if kind == "ADDRESS" and (number := re.match(r"[0-9]+", key))}
    number = re.search(r"(?<![0-9])[0-9]+(?![0-9])", finding.text)
    return bool(number and number.group() in houses and re.search(r"[^\W\d_]", finding.text) and any(
        kind == "POSTCODE" for kind, _ in given))


def _repeats(finding: Finding, heard: str) -> bool:
    """Whether the agent repeats what the customer just said: the same number (six digits or more), or an address
    whose street the customer named and whose numbers they said ("1808, chemin du Lac-Vert" after "au 1880, chemin
    du Lac-Vert" and "c'est 1808, pas 1880")."""
    if finding.kind in _NUMBERS:
        digits = _digits(finding.key or finding.text)
        return len(digits) >= 6 and digits in _digits(heard)
    if finding.kind == "ADDRESS":
        street, numbers = _street(finding.text).split(), re.findall(r"[0-9]+", finding.text)
        words, said = set(_street(heard).split()), set(re.findall(r"[0-9]+", heard))
        return sum(w in words for w in street) >= max(1, len(street) - 1) and all(n in said for n in numbers)
    return False


def _company_mailbox(address: str) -> bool:
    """Whether an e-mail address names a company's role or team, or the company itself (see ``_ROLE_MAILBOX``)."""
    local, _, domain = address.casefold().partition("@")
    return bool(_ROLE_MAILBOX.fullmatch(local)) or local == domain.split(".")[0]


def _theirs(finding: Finding, values: Iterable[tuple[str, str]]) -> bool:
    if finding.kind in _NUMBERS:
        digits = _digits(finding.key or finding.text)
        return len(digits) >= 3 and any(_overlaps(digits, _digits(value)) for kind, value in values
                                        if kind in _NUMBERS)
    if finding.kind == "POSTCODE":
        code = _compact(finding.key or finding.text)
        return any(_near(_compact(value), code) for kind, value in values if kind == "POSTCODE")
    if finding.kind == "ADDRESS":
        street, number = _street(finding.text), _digits(finding.text)
        addresses = [value for kind, value in values if kind == "ADDRESS"]
        numbers = {_digits(value) for value in addresses}  # also the house number of a correction, "nee sorry, 36-3"
        return not street or any(_same_street(_street(value), street) for value in addresses) and (
            not number or number in numbers)
    return any(kind == finding.kind and value.casefold() == finding.key.casefold()  # a date of birth, an e-mail
               for kind, value in values)


def _overlaps(digits: str, other: str) -> bool:
    """The same number, or its start or end said alone ("0486...", "ending 7222"); a country code or trunk 0 aside."""
    if not other:
        return False
    a, b = sorted((digits.lstrip("0"), other.lstrip("0")), key=len)
    if len(a) < 3:
        return False
    if len(a) == len(b) >= 6 and sum(x != y for x, y in zip(a, b, strict=True)) <= 2:
        return True  # misheard in the read-back: "I have 07700 900 864" of "07700 900 846"
    return b.endswith(a) or b.startswith(a) or (len(a) >= 7 and a[-7:] == b[-7:] and len(b) - len(a) <= 4)


def _same_street(given: str, said: str) -> bool:
    """The street given, said again, perhaps with a word before it: "Dus Insulindeweg 318-H" of "Insulindeweg"."""
    words, more = given.split(), said.split()
    return given == said or bool(words) and len(more) - len(words) <= 2 and all(w in more for w in words)


def _near(a: str, b: str) -> bool:
    """The same postcode, or one read back with a character more or less ("M20 6RJ" of "M twenty, six R J")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and len(short) >= 4 and any(long[:i] + long[i + 1:] == short
                                                                    for i in range(len(long)))


def _digits(value: str) -> str:
    return re.sub(r"[^0-9]", "", value)


def _compact(value: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", value.upper())


def _street(value: str) -> str:
    """The street's name without its number, additions or a Hebrew prefix letter: "lindelaan", "הגפן"; a PO box's
    abbreviation stands for it ("ת.ד. 3041" is the company's box, not a bare house number)."""
    words = [w for w in re.findall(r"[^\W\d_]{3,}|[^\W\d_]\.[^\W\d_]", value.casefold())]
    return " ".join(w for w in words if w not in _ADDITIONS)


_ADDITIONS = frozenset({"bus", "flat", "apt", "app", "appartement", "boîte", "bis", "ter", "דירה", "קומה", "כניסה",
                        "רחוב", "unit", "box", "étage", "floor", "the", "rue", "street", "road"})

