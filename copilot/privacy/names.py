"""People's names: those the CRM gives, those a cue introduces, and those given as the answer to "your name?".

The CRM knows the customer, but not the mother a caller phones for, the neighbour, or the agent who picks
up. Those names come with a cue: "my name is", "u spreekt met", "je m'appelle", "שמי", "on behalf of my
mother, Maria Jansen", "Ellen Park speaking". A strong cue takes the words after it even in lower case, as a
chat or a transcriber writes them; a weak one ("ik ben", "this is", "c'est", "met") opens the turn or a
sentence and only takes capitalised words (or lower-case ones closed by "calling", "speaking", "here") that
end the phrase, so that "ik ben boos", "this is about my bill" and "Met Ziggo heb ik nooit problemen" stay as
they are. After a greeting, a chat's one lower-case word that is no state ("hoi ik ben lotte, mn moeder ...")
is a name too. A relation ("mijn zoon Daan", "my flatmate Aisha"), a naming word ("a guy called Marco", "ene
Ruben") or a greeting ("Hoi Lotte!") takes a capitalised name. Hebrew has no capitals: there a list of
everyday words stops the name instead. The cue and stop words are in ``name_words``. A name is learnt once
said: the conversation's session redacts it in every later turn.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from copilot.privacy.detectors import EMAIL, HEBREW, HEBREW_PREFIXES, Finding
from copilot.privacy.first_names import TITLE_WORDS, first_names
from copilot.privacy.given_names import HEBREW_NAMES, LATIN_NAMES
from copilot.privacy.name_roles import ROLES, joined_name, latin_name, role_names
from copilot.privacy.name_words import (
    AFTER_CHAT_NAME,
    AFTER_IS,
    AFTER_LOWER_NAME,
    AFTER_VOCATIVE,
    AFTER_WEAK,
    AND_NAME,
    ANIMAL,
    AT_THE_END,
    CLOSING,
    COMPANY,
    CUE,
    DEPARTMENTS,
    EVERYDAY_LOWER,
    HE_OWNER,
    HEBREW_EVERYDAY,
    HEBREW_STOP,
    HEBREW_SURNAMES,
    NAME_PARTICLES,
    NAMES_TOO,
    NOT_NAMES,
    OPENING_BEFORE,
    OPENING_NAME,
    OWNER,
    PARTICLES,
    PICKED_UP,
    RELATIONS,
    STOP,
    WHOSE,
    a_state,
    everyday_word,
    staff_from_team,
)

_TOKEN = re.compile(r"[A-Z]\.(?=\s)|[\u05d0-\u05ea](?:[\u05d0-\u05ea]|['’׳״\"-](?=[\u05d0-\u05ea]))*|"
                    r"[^\W\d_](?:[^\W\d_]|['’\"-](?=[^\W\d_]))*")  # "מ-Example" is "from" and a company
_THANKS = re.compile(r"(?:many )?thanks|thank you|cheers|bedankt|dank (?:je|u)(?: wel)?|merci(?: beaucoup)?|"
                     r"תודה(?: רבה)?", re.IGNORECASE)
_GREETED = re.compile(r"(?:hi|hello|hey|good (?:morning|afternoon|evening)|hallo|hoi|goedemorgen|goedemiddag|"
                      r"goedenavond|bonjour|bonsoir|salut|שלום|היי),\s*$", re.IGNORECASE)
_FROM = re.compile(r"\s(?:from|van|uit|de chez|bij|chez)\s|\sמ-?(?=[A-Za-z\u05d0-\u05ea])")
_INITIAL = re.compile(r"[A-Z]\.")
_AND_FAMILY = re.compile(r"\s+(?:(?:and|en|et|&)\s+(?:the\s+|de\s+|la\s+)?(?:family|kids|familie|kinderen|famille|"
                         r"enfants)|והמשפחה|והילדים)(?!\w)", re.IGNORECASE)
_LOWER_PARTICLES = re.compile(r"(?:(?:van|de|der|den|ter|ten|le|la|du|von)\s+)*")
_FILLER = re.compile(r"(?:(?:\.{2,}|…|[—–])\s*|(?:er|erm|um|uhm?|ehm?|euh|hum|nou)\s*[,.…—–-]+\s*)+", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]")
_CHUNK = re.compile(r"(?:[^,.;!?()]|(?<=(?<![^\W\d_])[A-Z])\.)+")  # "J. van der Meer" is one part
_LEAD_IN = re.compile(r"^(?:(?:ja|yes|yeah|yep|sure|oui|כן|ok|okay|so|zo|eh|uh|euh|well|nou)\b[,]?\s*)*"
                      r"(?:(?:me|myself|moi|ik|mij|and|en|et)\s+(?:and|en|et|&)\s+)?"  # "Me and Fionnuala Gallagher"
                      r"(?:(?:it['’]?s|that['’]s|dat is|het is|c['’]est|zeg maar|זה|זאת|this is|my name is|"
                      r"mevrouw|meneer|madame|monsieur|mrs|mr|ms|miss|גברת|מר)\b\.?\s*)?", re.IGNORECASE)
_SPELLED_AGAIN = re.compile(r"[,.:]?\s*(?:(?:that['’]s|that is|dat is|c['’]est|ça fait|זה)\s+)?"
                            r"((?<!\w)[A-Za-z](?:[\s-][A-Za-z]){2,})(?!\w)", re.IGNORECASE)
# Each letter with the accented forms it takes in names.
_ACCENTED = {"a": "[aàáâäã]", "e": "[eèéêë]", "i": "[iìíîï]", "o": "[oòóôöõ]", "u": "[uùúûü]", "c": "[cç]",
             "n": "[nñ]", "y": "[yÿý]"}
# A capitalised word and a number after a name: the name is a word of a plan's or a product's ("Groen Vast 3 jaar").
_PRODUCT_AFTER = re.compile(r"[ ]+[A-Z][\w-]*(?:[ ]+[A-Z][\w-]*)?[ ]+[0-9]")
_SPELLED = re.compile(r"(?<!\w)[A-Za-z](?:[\s-][A-Za-z]){2,}(?!\w)")
# A Hebrew letter may carry its geresh, or spell it as a piece of its own: "ח'-ו-ר-י", "ח-'-ו-ר-י" of "ח'ורי".
_SPELLED_LETTERS = re.compile(r"(?<![\w-])(?:[A-Za-z]|[\u05d0-\u05ea]['׳]?)"
                              r"(?:-[A-Za-z]|-[\u05d0-\u05ea]['׳]?|(?<=[\u05d0-\u05ea])-['׳])+(?![\w-])|"  # "N-I"
                              r"(?<![\w-])[A-Z](?:[ .][A-Z](?!\w)){2,}")  # "Z I E L I N S K I", "O.L.U.W.A."
_FINAL_LETTERS = str.maketrans("ךםןףץ", "כמנפצ")  # a Hebrew word spelled out letter by letter uses no final forms


def names_from_context(context: Mapping[str, Any]) -> tuple[str, ...]:
    """The customer's names from a CRM context ({"customer": {"first_name": ...}}) or a customer dict."""
    customer = context.get("customer", context)
    if not isinstance(customer, Mapping):
        return ()
    given = {key: customer[key].strip() for key in ("first_name", "last_name", "full_name", "name")
             if isinstance(customer.get(key), str) and customer[key].strip()}
    if "first_name" in given and "last_name" in given:
        given["first_last"] = f"{given['first_name']} {given['last_name']}"
    return tuple(dict.fromkeys(given.values()))


# A business named after a family: a partnership or a trade after the name, a kind of business before it.
_BUSINESS_AFTER = re.compile(r"\s*&\s*(?:Fils|Filles|Zonen|Zn|Zoon|Sons|Son|Daughters|Co|Cie|Partners|Associés)\b|"
                             r"\s+(?:CPA|BV|B\.V\.|NV|VOF|Ltd|LLC|Inc|SARL|SAS|SA|GmbH|Installatietechniek|Installaties|"
                             r"Bouw|Transport|Transports|Advocaten|Notarissen|Accountants|Makelaardij|Consultancy|"
                             r"Services|Solutions|Holding|Group|Groep)\b")
_BUSINESS_BEFORE = re.compile(r"(?:\b[A-Z]\w*(?:bedrijf|bedrijven|winkel|zaak|handel|bakkerij|slagerij|kwekerij|"
                              r"praktijk|kantoor|installaties)|\b(?:Garage|Atelier|Agence|Cabinet|Boulangerie|Boucherie|Maison|"
                              r"Entreprise|Transports|Établissements|Ets|Firma|Fa\.|Bakkerij|Slagerij)|"
                              # a business by its trade, in the construct state: "במכבסת פנינה", "מספרת רינה"
                              r"(?<![\u05d0-\u05ea])[ובלמה]{0,2}(?:מכבסת|מספרת|מאפיית|מסעדת|חנות|קונדיטוריית|נגריית|"
                              r"מוסך|מרפאת|גלריית|פיצריית|מכולת|צרכניית|סטודיו|בית\s+קפה))\s+$")


def known_names(text: str, names: tuple[str, ...]) -> Iterable[Finding]:
    """The names the conversation already knows (the CRM's, and those introduced earlier in the call)."""
    pattern = _name_pattern(names)
    for match in pattern.finditer(text) if pattern else ():
        prefix, name = match.group(1), match.group(2)
        if prefix and not (HEBREW.match(name) and len(name) >= 3):
            continue  # "שלי" is "mine", not ש + the name "לי"
        if prefix.endswith("ה") and HEBREW.match(name):
            continue  # "מקריבה את המלכה": the queen; a name takes no article

        if name.islower() and name.casefold() in NAMES_TOO and _VERB_BEFORE.search(text, max(0, match.start() - 12),
                                                                                   match.start()):
            continue  # "I hope you can help" of a customer called Hope: the verb, not the name ("its jack again" is)
        if " " not in name and _everyday_use(text, match.start(2), match.end(2), prefix):
            continue  # "in het bos", "will you", "on 12 June": the everyday word the customer's name also is
        if " " not in name and _PRODUCT_AFTER.match(text, match.end(2)):
            continue  # "Groen Vast 3 jaar", "Green Fixed 24": a plan named with the word, not the customer Groen
        if " " not in name and name.istitle() and _numbered_thing(text, match.start(2), match.end(2)):
            continue  # "Baan 3 is vol", "Court 2 is free" of a customer Baan or Court: a numbered lane, not her
        if _BUSINESS_AFTER.match(text, match.end(2)) or _BUSINESS_BEFORE.search(text[max(0, match.start() - 40):
                                                                                       match.start()]):
            continue  # "Lejeune & Fils", "Bankole CPA", "Hoveniersbedrijf Van Beek": the family's business
        start, end = match.start(2), (_with_surname(text, match.end(2)) if " " not in name and name.istitle()
                                      else match.end(2))
        joined = _DOUBLE_AFTER.match(text, end)  # "Brouwer-Lamberts" of a customer Brouwer: the whole double name
        before = _DOUBLE_BEFORE.search(text, max(0, start - 30), start)
        yield _finding(text, before.start() if before else start, joined.end() if joined else end)
    for name in {n for n in names if n.casefold() in _FIRST_NAME_PARTICLES}:
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name.capitalize())}(?![\w'’-])(?!\s+{_PARTICLE_AFTER})",
                                 text):  # "G'day Ben": capitalised, a first name "ben" or "bar" is the customer's
            yield _finding(text, match.start(), match.end())


# A surname that is no given name, a small number right after it and no title, place word or digit of a street
# before it: a numbered thing the word names ("Baan 3", "Court 2", "Salle 4"), not the person.
_NUMBER_NEXT = re.compile(r" [0-9]{1,2}(?![0-9.,:/\-\w])(?![a-zA-Z]{1,2}\b| ?bis\b| (?:keer|times|fois)\b)")
_TITLE_OR_PLACE_BEFORE = re.compile(r"(?<![\w'’])(?i:mr|mrs|ms|miss|dr|mevrouw|meneer|mevr|dhr|mme|m|madame|monsieur|"
                                    r"op|aan|in|at|on|rue|sur|à|au|te|naar|to|street|straat)\.?\s+$")


def _numbered_thing(text: str, start: int, end: int) -> bool:
    word = _unaccented(text[start:end].casefold())
    return word not in LATIN_NAMES and bool(_NUMBER_NEXT.match(text, end)) and not _TITLE_OR_PLACE_BEFORE.search(
        text, max(0, start - 12), start)


_DOUBLE_AFTER = re.compile(r"-[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’]+(?![\w-])")
_DOUBLE_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’]+-$")


# The word in its everyday use: after an article ("in het bos", "op de hei", "the baker"), a modal before its
# subject ("will you", "mark my words"), a month beside its day ("12 June", "June 12th").
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:de|het|een|the|a|an|le|la|les|un|une|du|des|au|aux)\s+$")
_SUBJECT_AFTER = re.compile(r"\s+(?:I|(?i:we|you|he|she|they|it|ik|je|jij|u|we|wij|ze|hij|zij))(?![\w'’])")
_MONTHS_TOO = frozenset("april may june july august juni juli augustus avril mai juin juillet".split())
_DAY_BEFORE = re.compile(r"(?<![\w.])[0-9]{1,2}(?:st|nd|rd|th|e|er)?\s+$")
_DAY_AFTER = re.compile(r"\s+[0-9]{1,2}(?:st|nd|rd|th)?(?![0-9])")
# A plan or product named with the word: "the Green Bundle", "Pack Green 6" (a product noun after it, or a
# product's word before it and its number after).
_PRODUCT_NOUN = (r"(?:pakket|pakketten|package|pack|plan|bundel|bundle|abonnement|subscription|formule|forfait|"
                 r"offre|tarief|tarif|pass|kaart|card|box|kit|set|deal|cursus|course|cours)")
_PRODUCT_NOUN_AFTER = re.compile(rf"\s+(?=[A-Z])(?i:{_PRODUCT_NOUN})(?![\w-])")
_PRODUCT_WORD_BEFORE = re.compile(rf"(?<![\w-])(?=[A-Z])[\w-]*?(?i:{_PRODUCT_NOUN})\s+$")


def _everyday_use(text: str, start: int, end: int, prefix: str) -> bool:
    word = text[start:end]
    folded = word.casefold()
    if HEBREW.match(word):  # a prefix letter on the Hebrew everyday word the name also is: an idiom, not the name
        # or, for a name that is a noun too (so not among the listed given names), the thing a verbal noun acts on:
        # "הרכבת מיכל" (fitting a tank), "הזמנת ורד" (ordering a rose) of a customer called מיכל or ורד
        return prefix in ("ב", "כ") and word in HEBREW_STOP or not prefix and word not in HEBREW_NAMES and bool(
            _HE_VERBAL_NOUN_BEFORE.search(text, max(0, start - 12), start))
    before = text[max(0, start - 12):start]
    if word.islower() and not prefix and _ARTICLE_BEFORE.search(before):
        return True
    if word.islower() and not prefix and _unaccented(folded) not in LATIN_NAMES and _WRITES_CAPITALS.match(
            _SENTENCE_START.split(text[:start])[-1].lstrip() or "x") and not _TITLED.search(before):
        return True  # "frost on the cover", "vol met kalk" of a customer Frost or Kalk, in a sentence that opens with a
        # capital: the writer capitalises names, so the lower-case surname is the everyday word ("ik ben jansen", "Dr
        # morgan" stay found)
    if folded in NAMES_TOO and _SUBJECT_AFTER.match(text, end) and (
            word.islower() or re.search(r"(?:^|[.!?]\s+)$", text[:start])):
        return True
    if folded in _MONTHS_TOO and (_DAY_BEFORE.search(before) or _DAY_AFTER.match(text, end)):
        return True
    return bool(_PRODUCT_NOUN_AFTER.match(text, end) or (
        _PRODUCT_WORD_BEFORE.search(text[max(0, start - 30):start]) and re.match(r"\s+[0-9]", text[end:])))


# A Hebrew verbal noun in construct (הִפְעִיל: "הרכבת", "התקנת", "הזמנת", "הסרת"), right before a word.
_HE_VERBAL_NOUN_BEFORE = re.compile(r"(?<![\u05d0-\u05ea])ה[\u05d0-\u05ea]{3}ת\s+$")
_SENTENCE_START = re.compile(r"[.!?]\s+")
_WRITES_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]")


_VERB_BEFORE = re.compile(r"(?<![\w'’])(?i:i|we|you|they|he|she|to|will|would|can|could|should|might|must|do|don['’]t)"
                          r"\s+$")


def _with_surname(text: str, end: int) -> int:
    """Where a known one-word name ends with the capitalised surname right after it: "Noor Hendricks" (a misspelt
    surname on a proof) is one person, so a name joined to it ("& Bas Verbeek") is found from its end."""
    if text[end:end + 1] == " ":
        surname = latin_name(text, end + 1, lower=False)
        if surname and all(_is_name_word(word, lowercase=False) for word in text[surname[0]:surname[1]].split()):
            return surname[1]
    return end


_FIRST_NAME_PARTICLES = frozenset("ben bar al".split())  # particles of a surname that are first names too
# After a capitalised "Ben", "Bar": a Dutch "Ben je ..." or a surname's particle ("Ben Ami"), not the customer.
_PARTICLE_AFTER = r"(?:je|jij|u|ik|jullie|we|wij|het|er|[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț])"


@lru_cache(maxsize=64)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """Each name as given, plus the first name and the surname of a full name ("de Vries", "Vries")."""
    variants: set[str] = set()
    for words in (name.split() for name in names if name.strip()):
        variants |= {" ".join(words), words[0], " ".join(words[1:])}
        variants |= {part for word in words if "-" in word for part in word.split("-") if len(part) >= 3 and
                     part[:1].isupper()}  # "Jones" of "Whitfield-Jones"
        while len(words) > 2 and words[1].casefold() in NAME_PARTICLES:
            words = words[1:]
            variants.add(" ".join(words[1:]))
    variants = {v for v in variants if len(v) >= 2 and v.casefold() not in NAME_PARTICLES and not _INITIAL.fullmatch(v)}
    if not variants:
        return None
    alternatives = "|".join(r"\s+".join(map(_loose, v.split())) for v in sorted(variants, key=len, reverse=True))
    return re.compile(rf"(?<!\w)([{HEBREW_PREFIXES}]{{0,2}})({alternatives})(?!\w)", re.IGNORECASE)


def _loose(word: str) -> str:
    """A name as a pattern that any accents match, or none: a chat types "Léa" as "lea", "Zoe" may be "Zoë"."""
    return "".join(_loose_letter(c) for c in word)


def _loose_letter(letter: str) -> str:
    """A letter as written, its base letter and the base's usual accents: "ś" matches "ś" and "s" ("Wiśniewska" is
    typed "Wisniewska"), "e" matches "é"; a letter that does not come apart ("ł", "ø") only as written."""
    base = "".join(c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c))
    if len(base) != 1 or not base.isalpha():
        return re.escape(letter)
    options = set(_ACCENTED.get(base.casefold(), "[]")[1:-1]) | {base.casefold(), letter.casefold()}
    return "[" + "".join(sorted(options)) + "]" if len(options) > 1 else re.escape(letter)


# A family by its surname: "at the family Dekker", "chez les Berthier", "at the Hoffmans", "with the Okafors'".
_FAMILY_BY_NAME = re.compile(r"(?<![\w'’])(?:(?i:the|de|het)\s+(?i:family|familie)\s+(?P<name1>[A-Z][a-zß-ÿ'’-]+)|"
                             # a French family name stays as it is: "les Flocons", "les Scouts" are a group's name
                             r"(?i:chez|avec)\s+les\s+(?P<name2>[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+(?<![sx])(?![\w'’-]))|"
                             # at someone's home or with them, the sentence going on ("the Smiths 8-day" is a make)
                             r"(?i:at|with)\s+the\s+(?P<plural>[A-Z][a-z]{2,}s)['’]?(?=\s*(?:[,.;:!?]|$)|\s+(?:and|or|"
                             r"for|on|in|at|to|tonight|today|tomorrow|this|next|last|since|until|till|when|while|who|"
                             r"because|i|we|they|he|she)\b))"
                             r"(?![ ]+[A-ZÀ-ÖØ-Þ])")
_PLACES_IN_PLURAL = frozenset("""netherlands alps philippines maldives canaries seychelles bahamas olympics states
pyrenees rockies highlands midlands lowlands ardennes vosges dolomites andes balkans azores hebrides cotswolds dales
antilles emirates americas tropics""".split())


# A police rank in capitals ("PC Dawson at Parkside asked ...") is no officer where the text does not talk of the
# police and the letters stand after a word for where to go ("bij DC Tilburg-Noord", "at DC Riverside") or before two
# capitalised words ("DC Venlo Logistics, gate 3"): a distribution centre is written "DC" as often.
_RANK_LETTERS = re.compile(r"PC|DC|DS|DI|DCI")
_POLICE_TALK = re.compile(r"(?i:police|politie|officer|constable|detective|crime|aangifte|gendarm\w*|statement|"
                          r"burglar\w*|theft|stolen|break-in|inbraak|diefstal|incident|arrest\w*|custody)")
_PLACE_BEFORE_RANK = re.compile(r"(?<![\w'’])(?i:bij|naar|op|in|at|van|the|de|het|le|la|au|du|à|vers|:)\s*$")
_TWO_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*\s+[A-ZÀ-ÖØ-Þ][\w'’-]*")


def cued_names(text: str) -> Iterable[Finding]:
    """Names after a cue ("my name is ...", "mevrouw ...", "mijn zoon ...") and before one ("... speaking")."""
    police: bool | None = None  # read once per text, at the first rank in capitals
    for cue in CUE.finditer(text):
        if cue["title"] and _RANK_LETTERS.fullmatch(cue["title"]):
            if police is None:
                police = _POLICE_TALK.search(text) is not None
            if not police and (_PLACE_BEFORE_RANK.search(text, max(0, cue.start() - 12), cue.start()) or
                               _TWO_CAPITALISED.match(text, cue.end())):
                continue
        span = _cued(text, cue)
        if span and (COMPANY.search(_FROM.split(text[span[0]:span[1] + 30])[0].split(",")[0]) or
                     _DESK_AFTER.match(text, span[1])):
            continue  # "Boulangerie Martin SARL", "u spreekt met Orlan klantenservice" are companies, "Anouk from
            # Example Telecom" is not
        if span:
            yield _finding(text, *span)
            again = _repeated(text, span)  # "mon nom c'est fournier, alain fournier"
            if again:
                yield _finding(text, *again)
            also = AND_NAME.match(text, span[1]) if cue["kin"] else None  # "mijn kinderen Tim en Lisa"
            second = _name_after(text, also.end(), "kin") if also else None
            if second:
                yield _finding(text, *second)
    for family in _FAMILY_BY_NAME.finditer(text):  # "the au pair at the Hoffmans", "chez les Berthier"
        group = next(g for g in ("name1", "name2", "plural") if family[g])
        word = family[group]
        stem = word[:-1] if group == "plural" else word
        if _is_name_word(stem, lowercase=False) and stem.casefold() not in EVERYDAY_LOWER and \
                word.casefold() not in _PLACES_IN_PLURAL and not any(
                    everyday_word(w, LATIN_NAMES) or w in EVERYDAY_LOWER or w in NOT_NAMES
                    for w in {stem.casefold(), word.casefold()}):
            yield _finding(text, family.start(group), family.end(group))
    for closing in CLOSING.finditer(text):
        span = _name_before(text, closing.start())
        if span:
            yield _finding(text, *span)
    for called in _CALLED_AFTER.finditer(text):  # "ויקטור קוראים לו", "Mats heet hij", "Victor, il s'appelle"
        words = called["name"].split()
        hebrew = bool(HEBREW.match(words[0]))
        if all(_is_name_word(w, lowercase=hebrew) for w in words) and not any(
                w.casefold() in EVERYDAY_LOWER or w.casefold() in NOT_NAMES for w in words):
            yield _finding(text, called.start("name"), called.end("name"))
    for opening in OPENING_NAME.finditer(text):  # "ik ben lotte, mn moeder ...", "אני דנה, רציתי לשאול"
        group = "lower" if opening["lower"] else "hebrew"
        if not a_state(opening[group]) and _is_name_word(opening[group], lowercase=True):
            yield _finding(text, opening.start(group), opening.end(group))
    for whose in WHOSE.finditer(text):  # "I'm Tom's daughter", "En Bas zijn moeder"
        which = 1 if whose.group(1) else 2
        if _is_name_word(whose.group(which), lowercase=False):
            yield _finding(text, whose.start(which), whose.end(which))
    for owner in OWNER.finditer(text):  # "Oliver's BSN", "het BSN van Fenna", "la fiche de Léo"
        group = "before" if owner["before"] else "after"
        if owner[group][:1].isupper() and _is_name_word(owner[group], lowercase=False):
            yield _finding(text, owner.start(group), owner.end(group))
    for owner in HE_OWNER.finditer(text):  # "בכרטיס של עומר", "אמא של נועם וגאיה", not "של הילד"
        for group in ("first", "second"):
            if owner[group] and not owner[group].startswith("ה") and _is_name_word(owner[group], lowercase=True):
                yield _finding(text, owner.start(group), owner.end(group))
    for picked in PICKED_UP.finditer(text):  # "Who picks Freya up?", "Wie haalt Jesse op?", "מי אוסף את אלה?"
        group = next(g for g in ("en", "en2", "nl", "fr", "he") if picked[g])
        if not picked[group].startswith("ה") and _is_name_word(picked[group], lowercase=group == "he"):
            yield _finding(text, picked.start(group), picked.end(group))
    for start, end in role_names(text):  # "mn zoontje bas", "attention Michal Ben-Ami", "morgen komt Priscilla"
        if not COMPANY.search(text[start:end + 30].split(",")[0]):
            yield _finding(text, start, end)
    yield from _emailed_names(text)


# The capitalised words right before an e-mail address, or in brackets right after it: "Jules Okafor,
# jules.okafor@gmail.com", "noor.bakker@ziggo.nl (Noor Bakker)".
_BEFORE_EMAIL = re.compile(r"(?<![\w'’-])((?:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w'’-]+\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w'’-]+)"
                           r"\s*[,:(<–-]?\s*$")
_AFTER_EMAIL = re.compile(r"\s*[(,–-]\s*((?:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w'’-]+\s+){0,2}[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w'’-]+)(?![\w'’-])")


def _emailed_names(text: str) -> Iterable[Finding]:
    """Names given with an e-mail address that spells them: whoever the address belongs to is a person, whatever
    introduced them ("Could you copy in my partner as well? Jules Okafor, jules.okafor@..."). A first name and a
    surname, each in the address's local part: "Invoices, billing@...", "Accounts Desk, accounts.desk@..." (a
    team) or "Thanks, noor@..." name no one."""
    for email in EMAIL.finditer(text):
        local = _unaccented(email.group().split("@")[0])
        before = _BEFORE_EMAIL.search(text, max(0, email.start() - 60), email.start())
        after = _AFTER_EMAIL.match(text, email.end())
        for found in (before, after):
            if not found:
                continue
            words = list(re.finditer(r"\S+", found.group(1)))
            while words and _unaccented(words[0].group()) not in local:
                words = words[1:]  # "Zet Ruben Dekker, ruben.dekker@...": the verb before the name is no part of it
            said = [w.group() for w in words]
            if len(said) >= 2 and not DEPARTMENTS & {w.casefold() for w in said} and all(
                    len(w) >= 2 and _unaccented(w) in local and _is_name_word(w, lowercase=False) for w in said):
                yield _finding(text, found.start(1) + words[0].start(), found.start(1) + words[-1].end())


def _cued(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """The name a cue introduces, by what the cue is: a strong one takes lower case too, a weak one or a greeting
    only a name that ends the phrase, a relation, a title or a naming word a capitalised one (Hebrew has none)."""
    if cue["strong"] or cue["relative"]:  # after "op naam van mijn zoon" and no comma, only a capitalised name
        related = cue["strong"] and text[cue.end("strong"):cue.end()].strip(" ,:") and "," not in text[
            cue.end("strong"):cue.end()]
        return _name_after(text, cue.end(), "kin" if related else "strong")
    if cue["title"]:  # "Mrs, er, Oduya": a filler may stand between; "dr kowalczyk" in a chat's lower case
        at = _FILLER.match(text, cue.end())
        position = at.end() if at else cue.end()
        if not _CAPITALISED.search(re.sub(r"(?<!\w)I(?=['’]|\b)", "", text)):  # "meneer van der sluis"
            if not at and "," in text[cue.end("title"):cue.end()]:
                return None  # "merci madame, bonne journée"
            particles = _LOWER_PARTICLES.match(text, position)  # matches anywhere: it may be empty
            span = latin_name(text, particles.end() if particles else position, lower=True)
            return (position, span[1]) if span else None
        return _name_after(text, position, "title")
    if cue["named"]:  # "a guy called Marco", "I spoke to Jake", but not "j'ai eu SFR"
        span = _name_after(text, cue.end(), "title")
        return None if span and text[span[0]:span[1]].isupper() else span
    if cue["kin"] and cue["kin"].casefold().endswith("partner") and "," not in text[cue.end("kin"):cue.end()]:
        return None  # "our partner Ziggo" is a company; "my partner, Tom" a person
    if cue["kin"] or cue["hekin"]:
        span = _name_after(text, cue.end(), "kin")
        if span and cue["kin"] and staff_from_team(cue["kin"], text, span[1]):
            return None  # "my colleague Peter from the technical team will call you": the company's own staff
        return span
    if cue["of"] and not _CAPITALISED.search(text) and not HEBREW.search(cue["of"]):  # "la soeur de moussa, ..."
        token = _TOKEN.match(text, cue.end())
        if token and not a_state(token.group()) and AFTER_LOWER_NAME.match(text, token.end()):
            return token.start(), token.end()
        return None
    if cue["of"]:
        return _name_after(text, cue.end(), "kin")
    if cue["signoff"]:  # "Kind regards, John Smith"; in a chat all in lower case, "groetjes anna"
        lower = not _CAPITALISED.search(text)
        span = _name_after(text, cue.end(), "strong" if lower else "kin")
        end = span[1] if span else 0
        while span and (joined := joined_name(text, end)):  # "Groetjes, Sanne en Joris": two names sign
            end = joined[1]
        family = _AND_FAMILY.match(text, end)  # "Priya and family", "רונית והמשפחה"
        end = family.end() if family else end
        if not span or not AT_THE_END.fullmatch(text, end) or lower and a_state(text[span[0]:span[1]]):
            return None
        first = text[span[0]:span[1]].split()[0]
        if HEBREW.match(first) and first.startswith("ה") and len(first) >= 5 and first not in HEBREW_NAMES:
            return None  # "תודה, התשלום עבר.": a noun with its article ends the thanks, no name
        thanks = _THANKS.fullmatch(cue["signoff"])  # "thanks mate", "תודה שהמתנת": a comma must set the name apart
        if thanks and not re.search(r"[,\n]", text[cue.end("signoff"):span[0]]) and not _CAPITALISED.match(
                text[span[0]:span[1]]):
            return None
        return span
    if cue["vocative"]:
        span = _name_after(text, cue.end(), "kin")
        words = text[span[0]:span[1]].split() if span else []
        if not span or len(words) > 2 or any(w.isupper() for w in words) or not AFTER_VOCATIVE.match(text, span[1]):
            return None  # "Hoi Lotte!", but not "Hallo KPN" or "Hi Sarah and Tom are ..."
        return span
    said = (cue["weak"] or cue["weak_is"] or "").casefold()
    if not cue["greeting"] and cue.start() and text[:cue.start()].rstrip().endswith(",") and not _GREETED.search(
            text, 0, cue.start()):
        return None  # after a comma only where a greeting ends: "Example Telecom, goedemiddag, met Anouk"
    span = _name_after(text, cue.end(), "weak")
    if span is None and cue["greeting"]:  # "hoi ik ben lotte, mn moeder heeft ..."
        return _chat_name(text, cue.end(), answer=bool(_YES_ONLY.fullmatch(cue["greeting"])))
    if span and said == "אני" and (" " in text[span[0]:span[1]] or text[span[1]:span[1] + 1] != "," and
                                   not _KIN_OF_AFTER.match(text, span[1])):
        return None  # "שלום, אני סמאר, הבת של ...": one word, then a comma or whose relative ("אני מיכל הבת של")
    if span and not (AFTER_WEAK.match(text, span[1]) or said == "אני" and _KIN_OF_AFTER.match(text, span[1])) or \
            span and a_state(text[span[0]:span[1]]):
        return None  # "Met Ziggo heb ik ...", "ik ben nieuw hier"
    if span and cue["weak_is"] and not cue["greeting"] and not (
            AFTER_IS.match(text, span[1]) or CLOSING.match(text, span[1])):
        return None
    return span


# Whose relative the one who gives their name is, right after it: "אני מיכל הבת של ...", "... הנכד של ...".
_KIN_OF_AFTER = re.compile(r"\s+ה(?:בת|בן|נכד|נכדה|אח|אחות|אחיין|אחיינית|שכן|שכנה|כלה|חתן)\s+של\s")


# A yes that opens the line, where a greeting would: "ja met foto", "oui c'est rapide" answer a question.
_YES_ONLY = re.compile(r"(?:(?i:ja|yes|yeah|oui|כן)[,!]?\s+)+")


# A company's desk named right after its name: "u spreekt met Orlan klantenservice", "Orlan customer care".
_DESK_AFTER = re.compile(r"\s+(?i:klantenservice|klantendienst|customer\s+(?:service|care|support)|helpdesk|"
                         r"servicedesk|service\s+clients?|service\s+client[eè]le)(?!\w)|\s+שירות\s+(?:ה)?לקוחות")


def _chat_name(text: str, position: int, *, answer: bool = False) -> tuple[int, int] | None:
    """A chat's lower-case name after a greeting and "ik ben", "c'est": one word that is no state ("boos",
    "désolée") and no everyday word ("rapide"), then the end, a stop, or who one is ("lotte, mn moeder ...", "amina
    la soeur de moussa"). After a bare yes ("ja met foto") the line answers a question: only a given name counts."""
    token = _TOKEN.match(text, position)
    if not token or HEBREW.match(token.group()) or len(token.group()) < 3 or a_state(token.group()) or \
            token.group().casefold() in NOT_NAMES or not AFTER_CHAT_NAME.match(text, token.end()):
        return None
    folded = token.group().casefold()
    if everyday_word(folded, LATIN_NAMES) or answer and not given_name(token.group()):
        return None
    return token.start(), token.end()


def answered_names(text: str) -> Iterable[Finding]:
    """A turn answering "what is your name?": each comma-separated part that is only name words."""
    for chunk in _CHUNK.finditer(text):
        lead = _LEAD_IN.match(chunk.group())
        start = chunk.start() + (lead.end() if lead else 0)
        tokens = list(_TOKEN.finditer(text, start, chunk.end()))
        if not tokens or len(tokens) > 4 or re.search(r"[0-9@]", chunk.group()):
            continue
        if not re.fullmatch(r"\s*", "".join(text[a.end():b.start()].replace(" ", "").replace("-", "")
                                             for a, b in zip(tokens, tokens[1:], strict=False))):
            continue
        if _SPELLED.fullmatch(text, tokens[0].start(), tokens[-1].end()):
            yield _finding(text, tokens[0].start(), tokens[-1].end())
            continue
        if COMPANY.search(chunk.group()):
            continue  # the account is in a company's name, not a person's
        if any(_RELATION_WORD.fullmatch(t.group()) for t in tokens[:-1]):
            continue  # "de moeder van Fleur", "the mum of Ava": who one is to a person, whom the kin cues hide
        named = [_is_name_word(t.group(), lowercase=True) or bool(  # "van der Meer": a surname after "van der"
            index and tokens[index - 1].group().casefold() in PARTICLES and _CAPITALISED.match(t.group()))
            for index, t in enumerate(tokens)]
        if all(n or t.group().casefold() in PARTICLES for n, t in zip(named, tokens, strict=True)) and any(named):
            yield _finding(text, tokens[0].start(), tokens[-1].end())


def uncued_names(text: str) -> Iterable[Finding]:
    """Known first names said with no cue ("Klopt, Noor heeft dat geregeld"): see ``first_names``."""
    for start, end in first_names(text):
        colleague = _COLLEAGUE.search(text, max(0, start - 30), start)
        if colleague and staff_from_team(colleague.group(1), text, end):
            continue  # "my colleague Jamal from the technical team": the company's own staff
        if not COMPANY.search(text[start:end + 30].split(",")[0]):
            yield _finding(text, start, end)


# Where the caller knows a person from, right after the name: "and Wren from work might call", "of Tess van
# mijn werk", "ou Inès du boulot", "או רותם מהעבודה שלי". The caller's circle, not the company's team (whose desk
# comes with "your" or "the ... team", and which an agent's turn names: see ``agent_staff``).
_CIRCLE_AFTER = re.compile(
    r"\s+(?i:from\s+(?:my\s+|the\s+)?(?:work|job|office|payroll|hr|church|school|the gym|gym|choir|club|"
    r"next door|upstairs|downstairs|across the (?:road|street|hall))|"
    r"van\s+(?:mijn|m['’]n|het|de|ons)?\s*(?:werk|kantoor|salarisadministratie|personeelszaken|school|kerk|koor|"
    r"sportclub|club|hiernaast|boven|beneden|de overkant)|"
    r"du (?:boulot|travail|bureau|club|chœur|choeur|dessus|dessous)|de mon (?:travail|boulot|bureau|club)|"
    r"d['’](?:à côté|en face)|de l['’](?:école|église)|"
    # the house they live in: "Bep van nummer 6", "Mick from number 12", "Inès du numéro 4"
    r"(?:van|from|at|du|au)\s+(?:huis)?(?:nummer|number|no\.?|nr\.?|numéro|n°)\s*[0-9]+)(?![\w'’])|"
    # who they are to someone of the call, set apart after the name: "Gil, my husband", "Oren, her son", "Bep, mijn
    # buurvrouw", "Luc, son mari", "אור, הבן שלה"
    rf"\s*,\s*(?i:my|her|his|our|their|mijn|m['’]n|haar|zijn|onze|hun|mon|ma|son|sa|notre|leur)\s+(?i:{RELATIONS})"
    r"(?![\w'’])|"
    r"\s+מ(?:העבודה|המשרד|הבניין|השכונה|הגן|בית הספר|המקהלה|החוג)(?![\u05d0-\u05ea])|"
    r"\s*,\s*ה(?:בן|בת|אח|אחות|שכן|שכנה|בעל|אישה|דוד|דודה|נכד|נכדה|גיס|גיסה|חבר|חברה)\s+(?:שלי|שלה|שלו|שלנו)"
    r"(?![\u05d0-\u05ea])")
# A name set apart and then hedged, as a caller says whom they half know: "his lad, Dean I think, parks there", "de
# buurman, Kees geloof ik, belde", "sa fille, Inès je crois, passe". The hedge is on the name, so it is a person's.
_HEDGED_AFTER = re.compile(r"\s+(?i:I\s+think|I\s+believe|I\s+guess|geloof\s+ik|denk\s+ik|meen\s+ik|volgens\s+mij|"
                           r"je\s+crois|je\s+pense|il\s+me\s+semble)\s*[,.;!?]")
# A name set apart and then a phone number to reach them on: "the shed key's with a friend, Sam Doyle, he's on 07...",
# "de sleutel heeft mijn zwager, Piet Kok, op 06...", "une amie, Odile Brun, 06 ...". The number is how to reach that
# person, so the words before it are who they are.
_PHONED_AFTER = re.compile(r"\s*,\s*(?:(?i:he['’]s|she['’]s|they['’]re|hij\s+is|zij\s+is|ze\s+is|il\s+est|"
                           r"elle\s+est)\s+)?"
                           r"(?:(?i:on|at|op|au|sur|via|tel\.?|tél\.?)\s+|:\s*)?(?:\+|0)[0-9]")
# What the word before such a name shows it is one: the start, a stop or a comma, "and", "or", a verb of who comes.
_CIRCLE_BEFORE = re.compile(r"(?:^|[,.;:!?]\s*|(?<![\w'’])(?i:and|or|en|of|et|ou|or maybe|anders|that['’]s|that is|"
                            r"dat is|c['’]est|it['’]s|ask for|vraag naar|demandez)\s+)$|"
                            r"(?:^|[\s,])ו?(?:או|וגם|גם)\s+$")
# Whom the caller sends the visitor to ask, by a place: "ask for Mossie at the shop", "vraag naar Bep bij de
# buren", "demandez Josette à l'accueil du camping"; "לבקש ממזל בשער", "תשאלו את רותי בכניסה".
_ASK_THEM = re.compile(r"(?<![\w'’])(?i:ask for|ask|vraag (?:dan |maar )?naar|demandez|demande[rz]? à)\s+$")
_AT_A_PLACE = re.compile(r"\s+(?i:at|in|bij|op|à|au|aux|dans)\s+(?i:the|de|het|la|le|l['’]|les)?\s*\w+")
_HE_ASK_THEM = re.compile(r"(?<![\u05d0-\u05ea])(?:לבקש|תבקש|תבקשי|תבקשו|לשאול|תשאל|תשאלי|תשאלו)\s+(?:את\s+)?$")
_RELATION_WORD = re.compile(rf"(?i:{RELATIONS}|{ROLES})")
_HE_KIN_WORD = re.compile(r"[ולבמש]?ה?(?:אמא|אבא|סבתא|סבא|בן|בת|אח|אחות|שכן|שכנה|דוד|דודה|נכד|נכדה|גיס|גיסה|שותף|"
                          r"שותפה|בעל|אשה|אישה)(?:י|תי)?")
_HE_NOT_CIRCLE = frozenset("חבר חברה חברים חברות מישהו מישהי אחד אחת בחור בחורה קולגה עובד עובדת מנהל מנהלת "
                           "הבוס הבוסית".split())


def circle_names(text: str) -> Iterable[Finding]:
    """A caller's person named by where the caller knows them from (``_CIRCLE_AFTER``): a capitalised name-shaped
    word, or a Hebrew word that is no relation, role or everyday word. For the customer's turns."""
    for match in re.finditer(r"(?<![\w'’-])(?:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+|[\u05d0-\u05ea]{2,})(?![\w'’-])",
                             text):
        word, start, end = match.group(), match.start(), match.end()
        before = text[max(0, start - 16):start]
        if HEBREW.match(word) and word[0] in "למב" and len(word) >= 4 and (
                _CIRCLE_AFTER.match(text, end) or word[0] == "מ" and _HE_ASK_THEM.search(before)):
            word, start = word[1:], start + 1  # "תתקשרו לאור, הבן שלה", "לבקש ממזל בשער": the name after "to", "from"
        elif _ASK_THEM.search(before) and _AT_A_PLACE.match(text, end) or HEBREW.match(word) and _HE_ASK_THEM.search(
                before) and re.match(r"\s+ב[\u05d0-\u05ea]", text[end:]):
            pass  # "ask for Mossie at the shop", "תשאלו את רותי בכניסה": whom to ask there
        elif not (_CIRCLE_AFTER.match(text, end) or not HEBREW.match(word) and not _WHEN_WORD.fullmatch(word) and (
                _HEDGED_AFTER.match(text, end) or _PHONED_AFTER.match(text, end))):
            continue
        elif not _CIRCLE_BEFORE.search(text[max(0, start - 12):start]):
            first = re.search(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+ $", text[max(0, start - 30):start])
            if not (first and not HEBREW.match(word) and _is_name_word(first.group().strip(), lowercase=False) and
                    _CIRCLE_BEFORE.search(text[max(0, start - len(first.group()) - 12):start - len(first.group())])):
                continue
            start -= len(first.group())  # "Will Hope, her husband": the first name and the surname
        if HEBREW.match(word):
            if word in _HE_NOT_CIRCLE or _HE_KIN_WORD.fullmatch(word) or not _is_name_word(word, lowercase=False):
                continue
        elif not _is_name_word(word, lowercase=False) or _RELATION_WORD.fullmatch(word):
            continue
        elif (_HEDGED_AFTER.match(text, end) or _PHONED_AFTER.match(text, end)) and not (
                _CIRCLE_AFTER.match(text, end) or _ASK_THEM.search(before) or
                re.search(r",\s*$", text[max(0, start - 3):start])):
            continue  # hedged or phoned only set apart in the sentence: "Basic denk ik" answers which plan
        yield _finding(text, start, end)


# A first name opening the sentence after one that spoke of the caller's relative or colleague: "Could my husband
# join too? Kenji has sailed before.", "Mag mijn zus ook mee? Sterre heeft ervaring", "Ma sœur aussi. Inès a le même
# souci." The name is the person just spoken of, said with what they have, are or did.
_KIN_SENTENCE = re.compile(rf"(?<![\w'’])(?i:my|mijn|m['’]n|mn|ma|mon|mes|our|onze|notre)\s+(?:\w+\s+)?"
                           rf"(?i:{RELATIONS})(?![\w'’])[^.!?\n]*[.!?]\s+$")
_KIN_VERB_AFTER = re.compile(r"\s+(?i:has|had|is|was|does|did|needs|wants|got|uses|heeft|wil|gebruikt|"
                             r"zei|a|avait|est|était|veut|utilise)(?![\w'’])|"
                             # or the relative's number straight after the name: "Call my daughter. Muriel, on 06..."
                             r"\s*,\s*(?:(?i:on|at|op|au|sur|via)\s+|:\s*)?(?:\+|0)[0-9]")
# A time said before the number, not a name: "Morgen, op 06...", "Tomorrow, on 07...", "Demain, au 06...".
_WHEN_WORD = re.compile(r"(?i:morgen|vandaag|vanavond|overmorgen|tomorrow|today|tonight|demain|aujourd['’]hui|"
                        r"ce soir|maintenant|now|nu|straks|later|plus tard|anytime|altijd|always|toujours)")
# The same in Hebrew: a sentence about the caller's relative ("תתקשרו לבן שלי."), then a word and a phone number
# ("אבנר, 054-..."): the word is the relative's name, whatever else it means.
_HE_KIN_SENTENCE = re.compile(r"(?<![\u05d0-\u05ea])[ולבמש]?ה?(?:אמא|אבא|סבתא|סבא|בן|בת|אח|אחות|שכן|שכנה|דוד|דודה|"
                              r"נכד|נכדה|גיס|גיסה|בעל|אשה|אישה|חבר|חברה)\s+(?:שלי|שלנו)(?![\u05d0-\u05ea])"
                              r"[^.!?\n]*[.!?]\s+$|"
                              # the relation with its possessive ending, opening the sentence: "אחי, הוא בחו\"ל."
                              r"(?:^|[.!?]\s+)[ו]?(?:אחי|אחותי|בני|בתי|בעלי|אשתי|נכדי|נכדתי|גיסי|גיסתי|דודי|דודתי)"
                              r"(?![\u05d0-\u05ea])[^.!?\n]*[.!?]\s+$")
_HE_NUMBER_AFTER = re.compile(r"\s*,\s*(?:\+|0)[0-9]")
# A time said before the number, not a name: "מחר, 054-...", "עכשיו, 052-...".
_HE_WHEN_WORDS = frozenset("מחר מחרתיים היום הערב עכשיו תמיד בבוקר בערב בצהריים אחרי לפני".split())


def kin_then_name(text: str) -> Iterable[Finding]:
    """A name-shaped word opening the sentence after one about the caller's relative (``_KIN_SENTENCE``)."""
    for match in re.finditer(r"(?:(?<=[.!?] )|(?<=[.!?]  ))(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+)", text):
        start, end = match.span("name")
        verb = _KIN_VERB_AFTER.match(text, end)
        if (verb and _is_name_word(match["name"], lowercase=False) and
                (verb[0].strip()[:1].isalpha() or not everyday_word(match["name"].casefold(), LATIN_NAMES) and
                 not _WHEN_WORD.fullmatch(match["name"])) and
                not _RELATION_WORD.fullmatch(match["name"]) and
                _KIN_SENTENCE.search(text[max(0, start - 160):start])):
            yield _finding(text, start, end)
    for match in re.finditer(r"(?:(?<=[.!?] )|(?<=[.!?]  ))(?P<name>[\u05d0-\u05ea][\u05d0-\u05ea'׳]+)"
                             r"(?:\s+(?P<surname>[\u05d0-\u05ea][\u05d0-\u05ea'׳]+))?", text):
        start, end = match.span("name")
        if match["surname"] and match["surname"] not in HEBREW_STOP and _HE_NUMBER_AFTER.match(text, match.end()):
            end = match.end()  # "... שלו. אבי דהן, 06 ...": the relation's first name and surname before the number
        if (_HE_NUMBER_AFTER.match(text, end) and match["name"] not in HEBREW_STOP | _HE_WHEN_WORDS and
                _HE_KIN_SENTENCE.search(text[max(0, start - 160):start])):
            yield _finding(text, start, end)


# A surname spelled out letter by letter after what it is: "achternaam gespeld B-O-S-M-A", "surname, spelt
# K-O-V-A-C-S", "le nom s'écrit M-A-R-T-I-N", "שם המשפחה ב-ר-ק". The letters are the name, whoever said it first.
_SPELLING_CUE = re.compile(r"(?<![\w'’])(?i:(?:achter|familie|voor)?naam|surname|(?:last|family|first|sur)\s?name|"
                           r"name|nom(?: de famille)?|prénom|gespeld|spelt|spelled|spelling|spell|épelé|épelle|"
                           r"s['’]écrit|שם(?: המשפחה| משפחה| פרטי)?|באיות|מאוית)\s*(?:(?i:is|est|c['’]est|:|,|-|"
                           r"gespeld|spelt|spelled|épelé|zo|like|as|this|als|comme))*\s*(?:(?i:gespeld|spelt|spelled|"
                           r"épelé|s['’]écrit))?\s*[:,]?\s*$")


def spelled_out(text: str) -> Iterable[Finding]:
    """A name spelled out letter by letter after a word that says what it is (``_SPELLING_CUE``)."""
    for match in _SPELLED_LETTERS.finditer(text):
        if len(re.sub(r"[^\w]", "", match.group())) >= 3 and _SPELLING_CUE.search(
                text[max(0, match.start() - 40):match.start()]):
            yield _finding(text, match.start(), match.end())


_COLLEAGUE = re.compile(r"((?:my|our|mijn|onze|mon|ma|notre)\s+(?:\w+\s+)?(?:colleagues?|collega'?s?|"
                        r"coll[èe]gues?))\s+$", re.IGNORECASE)


def joined_names(text: str, names: Iterable[Finding]) -> Iterable[Finding]:
    """The names joined by "and" to names already found, whatever found them (a cue, the CRM, a sign-off), and a
    first name said right before a surname found ("She's Rose Mackay": "Rose" is an everyday word too)."""
    for name in names:
        span = joined_name(text, name.end) or _joined_before(text, name.start) or _first_before(text, name)
        if span:
            yield _finding(text, *span)
        after = _surname_after(text, name)
        if after:
            yield _finding(text, *after)


# A Hebrew family name right after a Hebrew given name found: "השכנה רותם ביטון תפתח". Any other word may be the
# sentence going on ("דנה בשבת", "נועה מגיעה"), so only a known family name is taken.
_HE_AFTER_NAME = re.compile(r" ([\u05d0-\u05ea][\u05d0-\u05ea'׳]+)")
# After "בן"/"בת" the words that give an age or a relation, not a father's or family name: "בן שלוש" (aged three),
# "בן דוד" (a cousin), "בת זוג" (a partner).
_HE_NOT_FATHER = frozenset("אחת שתיים שתים שלוש ארבע חמש שש שבע שמונה תשע עשר עשרה אחד שניים שנים שלושה ארבעה "
                           "חמישה שישה שבעה תשעה שנה שנתיים שנים חודש חודשיים חודשים שבוע שבועיים יום ימים דוד דודה "
                           "זוג כמה".split())


def _surname_after(text: str, name: Finding) -> tuple[int, int] | None:
    if not HEBREW.match(name.text) or " " in name.text.strip():
        return None
    match = _HE_AFTER_NAME.match(text, name.end)
    if not match:
        return None
    if match.group(1) in ("בן", "בת", "בר"):  # "עומר בן חיים": a family name "Ben-" a given name, or a patronymic
        tail = _HE_AFTER_NAME.match(text, match.end(1))
        if tail and (tail.group(1) in HEBREW_NAMES or tail.group(1) in HEBREW_SURNAMES or (
                tail.group(1)[0] != "ה" and tail.group(1) not in HEBREW_STOP and tail.group(1) not in _HE_NOT_FATHER)):
            return name.start, tail.end(1)
    return (name.start, match.end(1)) if match.group(1) in HEBREW_SURNAMES else None


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“']))(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+)[ ]$")


# Inside a sentence: after a word in lower case ("she's Nadia Okafor"), a comma or a colon ("to my aunt: Wenna
# Trask"), not at the start of one, where a capitalised word may be a verb ("Ask Okafor", "Bel Jansen").
_INSIDE_SENTENCE = re.compile(r"(?:[a-zß-ÿĀ-ſȘ-ț'’]|[,:;(])\s*$")
# Words that stand before a surname and are no one's given name: a title, a family word, a role, a place or a firm.
_NOT_A_GIVEN_NAME = re.compile(rf"(?i:{RELATIONS}|{ROLES}|docteur|doctor|ma[iî]tre|prof|professor|coach|juffrouw|"
                               r"pastoor|pasteur|rabbin|captain|officer|agent|inspector|judge|lady|lord|mister|saint|sint|st|"
                               r"sainte|nurse|broeder|pater|p[eè]re|m[eè]re|s[oœ]eur|fr[eè]re|oncle|tantine|ouma|oupa|"
                               r"baby|team|family|familie|famille|garage|hotel|h[oô]tel|caf[eé]|restaurant|station|"
                               r"bakkerij|slagerij|maison|huis|house|villa|chez|bureau|kantoor|atelier|studio|salon|"
                               r"clinic|kliniek|clinique|cabinet|praktijk|school|[ée]cole|college|coll[eè]ge)")


_DETERMINER_BEFORE = re.compile(r"(?<![\w'’])(?i:the|a|an|your|my|our|their|his|her|its|this|that|de|het|een|je|jouw|"
                                r"uw|mijn|onze|hun|zijn|haar|deze|dit|die|le|la|les|un|une|ton|ta|votre|mon|ma|notre|"
                                r"leur|son|sa|ce|cette)\s+$")


def _first_before(text: str, name: Finding) -> tuple[int, int] | None:
    """A given name right before a one-word name found ("She's Rose Mackay"): one the list of names or the names
    that are everyday words too know, or any capitalised word inside a sentence ("she's Nadia Okafor on her
    passport") that is no title, family word or place ("Tante Okafor", "Garage Okafor"); "Bakkerij Jansen" and
    "Bank Jansen" are a firm's."""
    if " " in name.text.strip():
        return None
    match = _WORD_BEFORE.search(text, max(0, name.start - 30), name.start)
    if not match:
        return _hebrew_first_before(text, name)
    word = match["name"].casefold()
    if word in LATIN_NAMES or word in NAMES_TOO:
        return match.start("name"), name.end
    if (not _INSIDE_SENTENCE.search(text, max(0, match.start("name") - 8), match.start("name"))
            or word in TITLE_WORDS or _NOT_A_GIVEN_NAME.fullmatch(word)
            or _NOT_A_GIVEN_NAME.fullmatch(name.text.strip().casefold())  # "the Hyatt Hotel"
            or _DETERMINER_BEFORE.search(text, max(0, match.start("name") - 12), match.start("name"))
            or COMPANY.fullmatch(match["name"])
            or not _is_name_word(match["name"], lowercase=False)):
        return None
    return match.start("name"), name.end  # the whole name, in one placeholder


# A Hebrew word after a comma or a yes, right before a Hebrew family name found: "כן, <given> <family>". Set apart
# like that, the word is the given name; an article, a stop word or a family word is not, and a word opening the
# turn may be a time or a verb ("מחר <family> יבוא").
# So is a word right after the caller's kin ("והבן שלי <given> <family>", "בעלי <given> <family>"): the kin is named.
_HE_WORD_BEFORE = re.compile(r"(?:[,:;]\s*|(?<![\u05d0-\u05ea])כן\s+|"
                             r"(?<![\u05d0-\u05ea])[ו]?ה(?:בן|בת|אח|אחות|נכד|נכדה|חתן|כלה|גיס|גיסה|אחיין|אחיינית)\s+"
                             r"(?:שלי|שלנו)\s+|(?<![\u05d0-\u05ea])ו?(?:בעלי|אשתי|בני|בתי|אחי|אחותי|נכדי|נכדתי)\s+)"
                             r"(?P<name>[\u05d0-\u05ea][\u05d0-\u05ea'׳]+) $")


def _hebrew_first_before(text: str, name: Finding) -> tuple[int, int] | None:
    if not HEBREW.match(name.text) or name.text.strip() in HEBREW_NAMES and name.text.strip() not in HEBREW_SURNAMES:
        return None  # after a given name ("ושלום לי"), the word before is the sentence's
    match = _HE_WORD_BEFORE.search(text, max(0, name.start - 30), name.start)
    word = match["name"] if match else ""
    if not match or word in HEBREW_STOP or word in HEBREW_EVERYDAY or word[0] in "הו" and \
            word not in HEBREW_NAMES or _NOT_A_GIVEN_NAME.fullmatch(word) or _HE_FAMILY.fullmatch(word):
        return None
    return match.start("name"), name.end


_HE_FAMILY = re.compile(r"[ולבמש]?(?:אמא|אבא|בעלי|אשתי|בני|בתי|סבתא|סבא|אחי|אחותי|דודי|דודתי|חברי|חברתי|נכדי|נכדתי|"
                        r"חמי|חמותי|גיסי|גיסתי|משפחת|גברת|גב['׳]?|מר|ד[\"״]ר|עו[\"״]ד|פרופ['׳]?)")


# A capitalised word joined by "and" in front of a name: "Will Grace and Oliver be able to", "Lena en Daan". Not after
# a word that puts a place there ("flew to Paris and Anna stayed") or another capitalised word inside a sentence (a
# firm: "Marks and Spencer" comes with its first word).
_BEFORE_AND = re.compile(r"(?:^|(?<=[\s,(\"“']))(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+)\s+(?:and|&|en|et)\s+$")
_PLACE_WORD = re.compile(r"(?<![\w'’])(?i:to|in|at|from|into|near|naar|in|op|uit|van|bij|nabij|à|au|en|de|du|vers|"
                         r"près de|the|de|het|la|le|les)\s+$")


_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_SENTENCE_OPENER = re.compile(r"(?:^|[.!?:]\s*)[^\W\d_]+\W*$")


# A list of people standing alone: from a sentence's start or a colon, two or more items split by commas and the last
# joined by "and" ("Noam Feldstein, Maya Levi, Ariel and Tamar Ben-David", "Lore Maes, Emiel Peeters, Noah en mijn
# eigen dochter Jana", "אורי טייב, נויה כהן, אליה ובן פרץ"); each item one to three capitalised words (Hebrew: one or
# two words), the last one ending its phrase.
_LATIN_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]?[a-zß-ÿĀ-ſȘ-ț'’]+)*"
_LATIN_ITEM = rf"{_LATIN_WORD}(?: {_LATIN_WORD}){{0,2}}"
_HEBREW_ITEM = r"[\u05d0-\u05ea][\u05d0-\u05ea'׳-]+(?: (?!ו)[\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)?"
_LISTED = re.compile(rf"(?:^|(?<=[.!?:]))[ ]*(?P<items>{_LATIN_ITEM}(?:, {_LATIN_ITEM})+"
                     rf"(?:,? (?:and|en|et|&) {_LATIN_ITEM}(?=[ ]*(?:[.!?,;]|$)))?|"
                     rf"{_HEBREW_ITEM}(?:, {_HEBREW_ITEM})+(?: ו{_HEBREW_ITEM}(?=[ ]*(?:[.!?,;]|$)))?)"
                     rf"(?=,? (?:and|en|et|&|ו)|[ ]*(?:[.!?,;]|$))", re.MULTILINE)
_LIST_SEPARATOR = re.compile(r",? (?:and|en|et|&) |, | ו")


def listed_names(text: str, names: Iterable[Finding]) -> Iterable[Finding]:
    """The other people of a list (``_LISTED``) of which a name was found: each item a name word by word, one of
    them already found, three items at least ("Ariel" beside "Noam Feldstein" and "Maya Levi")."""
    found = [(f.start, f.end) for f in names]
    for listed in _LISTED.finditer(text) if found else ():
        items, at = [], listed.start("items")
        for separator in (*_LIST_SEPARATOR.finditer(text, at, listed.end("items")), None):
            end = separator.start() if separator else listed.end("items")
            items.append((at, end))
            at = separator.end() if separator else end
        if len(items) < 3 or not any(a < e and s < b for a, b in items for s, e in found):
            continue
        if all(_is_name_word(w, lowercase=False) or w in ("בן", "בר") and len(text[a:b].split()) == 2
               for a, b in items for w in text[a:b].split()):  # "בן פרץ": a family name "Ben-"
            yield from (_finding(text, a, b) for a, b in items)


def _joined_before(text: str, start: int) -> tuple[int, int] | None:
    match = _BEFORE_AND.search(text, max(0, start - 40), start)
    if not match or not _is_name_word(match["name"], lowercase=False):
        return None
    # the words right before it, not the whole text again for every name of a long turn ("Jan en Piet en ...")
    at = match.start("name")
    since = max(0, at - 200)
    word = _LAST_WORD.search(text, since, at)
    if _PLACE_WORD.search(text, since, at) or word and word.group(1)[:1].isupper() and not _SENTENCE_OPENER.search(
            text, since, at):
        return None
    return match.start("name"), match.end("name")


# Whom a letter or a parcel goes to, written as on an envelope: "Eirlys Pritchard, 14 Heol y Nant" (a phrase of its
# own, two or three capitalised words, the address right after the comma).
_ADDRESSEE = re.compile(r"(?:^|(?<=[.?!:;]))\s*(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+"
                        r"(?:\s+(?:(?:van der|van den|van de|"
                        r"van|de|der|den|le|la|du|des|di|da|von|ter|ten|ap|ab)\s+)?[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+){1,2}),\s*$")


# In Hebrew the addressee with "to" on it: "לפנינה לוי, עזה 37" (a given name and a family name, one of them known).
_HE_ADDRESSEE = re.compile(r"(?:^|(?<=[.?!:;]))\s*ל(?P<name>[\u05d0-\u05ea]{2,}\s+[\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)"
                           r",\s*$")
# Whom it is for, after the address (its town and postcode between): "14 Rosemount Terrace, Aberdeen, AB25 2SY. For
# Isobel Drummond.", "..., 3010 Kessel-Lo, t.a.v. Mia Peeters", "..., à l'attention de Luc Marchal".
_ADDRESSEE_AFTER = re.compile(r"[^.!?\n]{0,40}?[.,;:]\s*(?i:for|voor|pour|t\.\s?a\.\s?v\.|ter attentie van|attn\.?|c/o|"
                              r"à l['’]attention de)\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+"
                              r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+){1,2})(?=\s*(?:[.,;!?]|$))")


def addressee(text: str, address: Finding) -> Finding | None:
    """The person named right before the customer's address, as on an envelope ("my aunt? Eirlys Pritchard, 14 Heol
    y Nant", "לפנינה לוי, עזה 37") or after it with whom it is for ("..., AB25 2SY. For Isobel Drummond."); not a firm
    ("Example Telecom, Vlietweg 12" is the company's, and a word for a firm rules it out)."""
    match = _ADDRESSEE.search(text, max(0, address.start - 60), address.start) or _ADDRESSEE_AFTER.match(
        text, address.end)
    if not match or COMPANY.search(match["name"]) or not all(
            _is_name_word(w, lowercase=False) for w in match["name"].split() if w[:1].isupper()):
        hebrew = _HE_ADDRESSEE.search(text, max(0, address.start - 40), address.start)
        words = hebrew["name"].split() if hebrew else []
        if hebrew and (words[0] in HEBREW_NAMES or words[1] in HEBREW_SURNAMES) and all(
                _is_name_word(w, lowercase=False) for w in words):
            return _finding(text, hebrew.start("name"), hebrew.end("name"))
        return None
    return _finding(text, match.start("name"), match.end("name"))


def spelled_names(text: str, names: Iterable[str]) -> Iterable[Finding]:
    """A name the call gave, spelled letter by letter anywhere in a turn: "That's N-I with a fada, then
    B-H-R-I-A-I-N" after "Siobhán Ní Bhriain", "D-U-B-O-I-S" of "Dubois-Leclerc"; accents are not spelled."""
    words = {_unaccented(word) for name in names for word in re.split(r"[\s'’-]+", name) if len(word) >= 2}
    words |= {word.replace("׳", "'") for name in names for word in name.split() if HEBREW.match(word)}  # "ח'ורי"
    for match in _SPELLED_LETTERS.finditer(text) if words else ():
        letters = re.sub(r"[\s-]", "", match.group())
        if _unaccented(letters) in words or letters.replace("׳", "'") in words:
            yield _finding(text, match.start(), match.end())


_HEBREW_WORD = re.compile(r"(?<![\u05d0-\u05ea])[\u05d0-\u05ea]{4,}(?![\u05d0-\u05ea])")
_WORD_TOKEN = re.compile(r"(?<![\w'’-])[\w'’-]{4,}(?![\w'’-])")


def misspelt_names(text: str, names: Iterable[str]) -> Iterable[Finding]:
    """A name the call gave, written one letter off: the spelling being corrected ("c'est Ndiaye, pas Diaye",
    "קוזמינה. כתבתם קוזמין", "Janssen with two s, not Jansen"). A Latin word must be capitalised; a word
    from the stop lists is never one."""
    hebrew_names = {word.translate(_FINAL_LETTERS) for name in names for word in name.split() if HEBREW.match(word)
                    and len(word) >= 3}
    for match in _HEBREW_WORD.finditer(text) if hebrew_names else ():  # "מזל טוב ענבלי" of "ענבל": a pet form
        if match.group()[:-1].translate(_FINAL_LETTERS) in hebrew_names and match.group().endswith("י"):
            yield _finding(text, match.start(), match.end())
    words = {_unaccented(word) for name in names for word in re.split(r"[\s'’-]+", name) if len(word) >= 5}
    for match in _WORD_TOKEN.finditer(text) if words and _SPELLING_TALK.search(text) else ():
        word = match.group()
        hebrew = bool(HEBREW.match(word))
        if not (hebrew and len(word) >= 5 or word[:1].isupper() and not word.isupper()) or \
                word.casefold() in STOP or word.casefold() in NOT_NAMES or word in HEBREW_STOP:
            continue
        bare = _unaccented(word)
        if bare not in words and not _ARTICLE_BEFORE.search(text, max(0, match.start() - 5), match.start()) and any(
                abs(len(bare) - len(w)) <= 1 and _one_off(bare, w) for w in words):  # not "de Markt" of Marks
            yield _finding(text, match.start(), match.end())


# Talk about how a name is written: "pas Diaye", "not Jansen", "you wrote Kuzmin", "with two s", "כתבתם", "staat er".
_SPELLING_TALK = re.compile(r"(?<![\w'’])(?i:pas|not|niet|geen|non|instead of|in plaats van|au lieu de|wrote|written|"
                            r"writes|spell\w*|spel\w*|schr[ie]?[e]?f\w*|geschreven|écri\w*|épel\w*|staat er|it says|"
                            r"typo|misspel\w*|with (?:one|two|a double|\d)|met (?:één|een|twee|dubbele|\d)|"
                            r"avec (?:un|une|deux|\d)|(?:had|has|have|put) (?:it|me|us|him|her) (?:down )?as|"
                            r"(?:stond|staat|stonden) (?:er )?als|er (?:staat|stond)|avait mis|a mis|avez mis|"
                            r"you put|you wrote|it says|says)"
                            r"(?![\w'’])|(?<![\u05d0-\u05ea])(?:ולא|לא|כתבתם|כתבת|כתוב|רשום|באיות|מאוית)(?![\u05d0-\u05ea])")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?i:de|het|een|the|an?|le|la|les|un|une|du|des)\s+$")


# The wrong spelling shown, after the right one was given: "Vous avez mis Watara.", "And it says O'Kelly", "Er staat
# nu Deker", "כתבתם קוזמין".
_WRONG_AS = re.compile(r"(?<![\w'’])(?i:vous avez (?:mis|écrit)|on a mis|you(?:['’]ve| have)? (?:put|wrote|written)|"
                       r"it says|it['’]s got|er staat(?: nu)?|jullie hebben|u heeft)\s+"
                       r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț](?:[a-zß-ÿĀ-ſȘ-ț]|['’-][A-Za-z])+)(?![\w'’-])|"
                       r"(?<![\u05d0-\u05ea])(?:כתבתם|כתבת|רשמתם|רשום)\s+"
                       r"(?P<hebrew>[\u05d0-\u05ea]{3,})")


def wrong_as(text: str, names: Iterable[str]) -> Iterable[Finding]:
    """The wrong spelling of a name the call gave, shown as what the company wrote (see ``_WRONG_AS``)."""
    for match in _WRONG_AS.finditer(text) if any(n.strip() for n in names) else ():
        group = "name" if match["name"] else "hebrew"
        word = match[group]
        if word.casefold() in STOP or word.casefold() in NOT_NAMES or word in HEBREW_STOP:
            continue  # "it says Monday", "er staat nu niets"
        yield _finding(text, match.start(group), match.end(group))


def _one_off(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by changing, adding or removing one letter."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _unaccented(word: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
    return bare.translate(_FINAL_LETTERS)


def _repeated(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The name said again in full right after it: "Dubois, Martine Dubois", "fournier, alain fournier", or
    spelled: "Smit, S-M-I-T", "Okafor, that's O-K-A-F-O-R"."""
    spelled = _SPELLED_AGAIN.match(text, span[1])
    if spelled:
        return spelled.start(1), spelled.end(1)
    chunk = re.match(r",\s*([^,.;!?()]+)", text[span[1]:])
    if not chunk:
        return None
    start = span[1] + chunk.start(1)
    tokens = list(_TOKEN.finditer(text, start, span[1] + chunk.end(1)))
    said = {w.casefold() for w in text[span[0]:span[1]].split()}
    if 1 < len(tokens) <= 4 and all(_is_name_word(t.group(), lowercase=True) or t.group().casefold() in PARTICLES
                                    for t in tokens) and any(t.group().casefold() in said for t in tokens):
        return tokens[0].start(), tokens[-1].end()
    return None


def _finding(text: str, start: int, end: int) -> Finding:
    name = text[start:end]
    return Finding("NAME", start, end, name, " ".join(name.casefold().split()))


def _is_name_word(word: str, *, lowercase: bool) -> bool:
    folded = word.casefold().rstrip(".")
    if not lowercase and folded in NAMES_TOO and word[:1].isupper():
        return True
    if HEBREW.match(word):
        bare = folded[1:] if folded[:1] in "ו" and len(folded) > 2 else folded
        if len(bare) >= 5 and bare.endswith("תי") or len(bare) >= 5 and bare[:2] in ("לה", "בה", "מה", "שה", "כה"):
            return False  # a verb in the first person past ("עברתי", "הזמנתי"), a noun with its article ("מהבית")
        return (folded not in HEBREW_STOP and bare not in HEBREW_STOP and folded not in HEBREW_EVERYDAY
                and bare not in HEBREW_EVERYDAY and len(folded) >= 2)
    if _INITIAL.fullmatch(word):
        return True
    if word.endswith(".") or folded in STOP or folded in NOT_NAMES or len(folded) < 2:
        return False
    if lowercase and folded not in NAMES_TOO and (word.islower() or folded in EVERYDAY_LOWER) and everyday_word(
            folded, LATIN_NAMES):
        return False  # "my mum wants one", "c'est rapide", "Perfect, thanks!": no name where a chat may put one
    if "-" in word and _CAPITALISED.match(word) and not all(_CAPITALISED.match(p) for p in word.split("-") if p):
        return False  # "Jan-Willem" is a name, "Ziggo-klant" is not
    return bool(_CAPITALISED.match(word)) or lowercase


def _name_after(text: str, position: int, strength: str) -> tuple[int, int] | None:
    """The name words from ``position``: up to four, particles inside, nothing after a comma or a stop."""
    tokens: list[re.Match[str]] = []
    for token in _TOKEN.finditer(text, position):
        gap = text[(tokens[-1].end() if tokens else position):token.start()]
        if tokens and gap not in (" ", "-") or not tokens and gap.strip():
            break
        tokens.append(token)
        if len(tokens) == 5:
            break
    hebrew = bool(tokens) and bool(HEBREW.match(tokens[0].group()))
    lowercase = strength == "strong" or _closed(text, tokens)
    taken: list[re.Match[str]] = []
    # "mevrouw van den Heuvel", "K. de Boer", "mijn naam is de Wit": a surname may start with "van" or "de"
    surname_next = strength == "title" or strength == "strong" and len(tokens) > 1 and (hebrew or bool(
        _CAPITALISED.match(tokens[1].group()) or len(tokens) > 2 and _CAPITALISED.match(tokens[2].group())))
    for index, token in enumerate(tokens):
        word = token.group()
        following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
        if word.casefold() in PARTICLES and (taken or surname_next) and following and (
                following.casefold() in PARTICLES or _is_name_word(following, lowercase=lowercase)):
            taken.append(token)
        elif _INITIAL.fullmatch(word) and not taken and following:
            surname_next = True  # an initial says little on its own: the name is the surname after it
        elif hebrew and taken and word.startswith("וה"):
            break  # "רונית והמשפחה": "and the family" after a name is no part of it
        elif _is_name_word(word, lowercase=lowercase or hebrew) and (hebrew == bool(HEBREW.match(word))):
            taken.append(token)
        else:
            break
        if sum(t.group().casefold() not in PARTICLES for t in taken) == (3 if lowercase or strength == "title" else 4):
            break
    while taken and taken[-1].group().casefold() in PARTICLES and not (
            len(taken) == 1 and taken[0].group().casefold() in NAMES_TOO and taken[0].group()[0].isupper()):
        taken.pop()  # "Jan van" is "Jan", but "my colleague Ben" is Ben
    if hebrew and len(taken) >= 3 and taken[1].group() not in PARTICLES and not re.search(
            r"-(?:דה|דל|לה|בן|בר|בת|אבו|אל|ון|ואן|פון)$", taken[1].group()):  # "אנה כהן-דה פריס" is whole
        taken = taken[:2]  # "אורית בן דוד", but "דוד אוחיון ויש" stops after two
    if len(taken) > 1 and (desk := _OUR_DESK_AFTER.match(text, taken[0].end())) and desk.end() >= taken[-1].end():
        taken = taken[:1]  # "Lucas de la TVA": the words after the first name are the company's desk, no surname
    return (taken[0].start(), taken[-1].end()) if taken else None


def _closed(text: str, tokens: list[re.Match[str]]) -> bool:
    """A closing cue right after the first words ("this is marcus calling"): lower case is a name too."""
    return any(CLOSING.match(text, token.end()) for token in tokens[:3])


# A name the sentence opens with, then the words that say it is what someone is called: "ויקטור קוראים לו", "Mats heet
# hij", "Victor, il s'appelle", "Ruth, she's called"; not the question "Comment il s'appelle ?", "Hoe heet hij?".
_CALLED_AFTER = re.compile(
    r"(?:^|(?<=[.!?,;:]\s)|(?<=[.!?]\s\s))(?!(?i:comment|hoe|how|what|wie|qui|quel|quelle|ואיך|איך|ומה|מה)(?!\w))"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]{1,20}(?:[ ][A-ZÀ-Ý][a-zà-ÿ'’-]{1,20})?|"
    r"[\u05d0-\u05ea][\u05d0-\u05ea'׳]{1,20})\s*,?\s+"
    r"(?:(?i:heet|heten)\s+(?i:hij|ze|zij|die)|קוראים\s+(?:לו|לה)|(?i:il|elle)\s+s['’]appelle|"
    r"(?i:he|she)(?:['’]s|\s+is)\s+called)(?![\w\u05d0-\u05ea])")


def _name_before(text: str, position: int) -> tuple[int, int] | None:
    """"Ellen Park speaking", "נטע מדברת": up to three name words, starting the turn or after a greeting."""
    window = max(0, position - 80)
    words = list(_TOKEN.finditer(text, window, position))[-3:]
    for first in range(len(words)):
        chosen = words[first:]
        gaps = [text[a.end():b.start()] for a, b in zip(chosen, chosen[1:], strict=False)]
        if any(gap != " " for gap in gaps) or text[chosen[-1].end():position].strip():
            continue
        start = chosen[0].start()
        if window and start == window or not OPENING_BEFORE.search(text, max(0, start - 30), start):
            continue  # a word cut by the window, or one that neither opens the turn nor follows a greeting
        hebrew = bool(HEBREW.match(chosen[0].group()))
        if _is_name_word(chosen[0].group(), lowercase=hebrew) and _is_name_word(chosen[-1].group(), lowercase=hebrew) \
                and all(_is_name_word(w.group(), lowercase=hebrew) or w.group().casefold() in PARTICLES
                        for w in chosen):
            return chosen[0].start(), chosen[-1].end()
    return None


# The agent introducing themself as the call opens: "u spreekt met Iris", "this is Sam", "Megan speaking", "Léa à
# l'appareil", "מדברת שני". The agent's own first name is the company's, not the customer's data.
_OWN_NAME = re.compile(
    r"(?:(?<!\w)(?i:(?:u|je|jij|ge|gij)\s+spreekt\s+met|this\s+is|it['’]s|my\s+name\s+is|i['’]m|je\s+m['’]appelle|"
    r"ici|c['’]est|vous\s+parlez\s+(?:à|avec)|mijn\s+naam\s+is|ik\s+ben|"
    # "you're through to Megan", "you've reached Tom", "Vigilo Beveiliging, met Noor", "vous êtes avec Léa"
    r"you['’]re\s+(?:through\s+to|speaking\s+(?:to|with)|talking\s+to)|you['’]ve\s+reached|"
    r"(?:(?<=[,.!]\s)|(?<![\s\S]))met|vous\s+(?:êtes|etes)\s+(?:en\s+ligne\s+)?avec)\s+(?P<after>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+)(?=\s*(?:$|[,.!?;:—–-]|"
    r"\s+(?i:from|van|de\s+chez|chez|bij|of|here|hier|speaking|too|also|as\s+well|ook|aussi)\b|"
    r"\s+(?i:at|with|de|du|d['’]|voor|pour|for)\s*(?-i:[A-Z])))|"  # "Priya at Dormello", "c'est Mathis de Dormello"
    # "Megan speaking", and "Hannah from Ascendra here", "Lotte van Ascendra hier": the company between, the speaker
    r"(?<![\w'’])(?P<before>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+)(?:\s+(?i:from|at|van|bij|de|chez)\s+"
    r"[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)?)?\s+(?i:speaking|here|hier|à\s+l['’]appareil|aan\s+de\s+(?:lijn|telefoon)|"
    r"à\s+votre\s+(?:écoute|service))(?!\w)|"
    r"(?<![\u05d0-\u05ea])(?:(?:מדברת|מדבר|מדברים)(?:\s+עם)?|שמי|כאן)\s+(?P<hebrew>[\u05d0-\u05ea][\u05d0-\u05ea'׳]+)(?=\s*(?:$|[,.!?;:]|"
    r"\s+מ-?|\s+מ[\u05d0-\u05ea]))|"
    # "זאת רותם ממחלקת שכר", "זה עדי מהסניף": "this is" and a name, then where in the company the speaker sits
    r"(?<![\u05d0-\u05ea])(?:זה|זאת|זו)\s+(?P<hebrew_this>[\u05d0-\u05ea][\u05d0-\u05ea'׳]+)(?=\s+מ-?[\u05d0-\u05ea]{2,}"
    r"(?:\s+[\u05d0-\u05ea]+)?\s*(?:$|[,.!;:]))|"
    r"(?<![\u05d0-\u05ea])(?P<hebrew_before>[\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)\s+(?:מדברת|מדבר)(?=\s*(?:$|[,.!?;:]))|"
    # "היי, נועם כאן.": the name then "here", opening the turn or after its greeting
    r"(?:^|(?<=,)|(?<=, ))(?P<hebrew_here>[\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)\s+כאן(?=\s*(?:$|[,.!?;:]))|"
    # The opening greeting, then the agent's first name and the company's: "Bonjour, Inès de Lumbra.", "Hello, Aoife
    # from Lumbra.", "Goedemiddag, Lieke van Lumbra.", "שלום, שני מלומברה." (a customer greeted so has a CRM name)
    r"^\W*(?i:bonjour|bonsoir|allô|allo|salut|hello|hi|hiya|hey|good\s+(?:morning|afternoon|evening)|goedemorgen|"
    r"goedemiddag|goedenavond|goeiedag|dag|hallo|hoi)\s*[,!]?\s+"
    r"(?!(?i:madame|monsieur|mademoiselle|mevrouw|meneer|juffrouw|mrs|mr|ms|miss|dr|docteur|dokter|ma['’]am|sir)\b)"
    r"(?P<greeted>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+)"
    r"(?=\s+(?:(?i:from|of|at|van|bij|de|du|chez)\s+|d['’])[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)?\s*[.!,;:—–-])|"
    r"^\s*(?:שלום|היי|ערב טוב|בוקר טוב|צהריים טובים)\s*,?\s+(?!(?:גברת|הגברת|מר|אדון|ד\"ר|דוקטור)\s)"
    r"(?P<hebrew_greeted>[\u05d0-\u05ea][\u05d0-\u05ea'׳]+)"
    r"(?=\s+מ-?[\u05d0-\u05ea]+\s*[.!,]))")


# A person giving their own name, so the one on the call: "my name is Iris", "met Iris", "Lewis Hamilton here",
# "c'est Iris aussi", "ik ben Max Verstappen", "שמי גל גדות", "זה איריס": a caller's name, whoever else has it.
_INTRODUCED_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?i:this\s+is|it['’]s|it\s+is|my\s+name\s+is|my\s+name['’]s|name['’]s|i['’]m|i\s+am|call\s+me|"
    r"je\s+m['’]appelle|je\s+suis|moi\s+c['’]est|c['’]est|ici|mon\s+nom\s+(?:c['’]est|est)|mijn\s+naam\s+is|ik\s+ben|"
    r"ik\s+heet|hier\s+is|(?:u|je|jij)\s+spreekt\s+met)\s+(?i:(?:ook|too|also|aussi)\s+)?$|"
    r"(?:^|[,.!?:;]\s*)(?i:met)\s+$|(?:^|[^\u05d0-\u05ea])(?:שמי|אני|זה|זו|קוראים\s+לי)\s+$")
_INTRODUCED_AFTER = re.compile(
    r"\s+(?i:here|speaking|hier|à\s+l['’]appareil|aan\s+de\s+(?:lijn|telefoon))(?!\w)|\s+(?:מדבר|מדברת)(?![\u05d0-\u05ea])")


def introduced(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is given as the speaker's own ("my name is ...", "... speaking")."""
    if _QUI.match(text, end):
        return False  # "C'est Inès qui viendra": who does it, not who speaks ("c'est Marie qui appelle" still is)
    return bool(_INTRODUCED_BEFORE.search(text, max(0, start - 40), start) or _INTRODUCED_AFTER.match(text, end))


def own_name(text: str, *, greeted: bool = True) -> tuple[int, int] | None:
    """Where an agent's turn gives the agent's own first name, or None; with ``greeted`` False, only where the words
    say it is the speaker's ("u spreekt met Iris", "מדברת נועה"), not a greeting before a name and the company's
    ("Hello, Aoife from Lumbra"), which may as well greet a customer of that name."""
    weak = None
    for match in _OWN_NAME.finditer(text):
        group = next(g for g in ("after", "before", "hebrew", "hebrew_this", "hebrew_before", "hebrew_here", "greeted",
                                  "hebrew_greeted") if match[g])
        if not greeted and group in ("greeted", "hebrew_greeted"):
            continue
        if _is_name_word(match[group], lowercase=False) or group.startswith("hebrew") and group != "hebrew_here":
            if group == "after" and match.group().casefold().startswith("met") and weak is None:
                weak = match.span(group)  # "Met Lumbra, u spreekt met Iris": the company, then the agent
                continue
            return match.span(group)
    return weak


# The agent's first turn signed with a bare first name set apart by commas, after the company's name or a greeting:
# "Voyaro, Sanne.", "Goedemiddag, Voyaro, Sanne. Waarmee ...", "Acme Coaches, agence d'Annecy, Élodie, bonjour.",
# "וויארו ישראל, סניף חיפה, נועם.", and in a chat's first answer "Bonjour, Manon. Désolée pour ...". A name the agent
# greets the customer by is one the call or the CRM gave (the caller checks that), so a name no one gave is the
# agent's own.
_OPEN_GREETING = re.compile(
    r"(?i:hallo|hoi|dag|goeiedag|goeiemiddag|goede(?:n)?(?:morgen|middag|avond)|hello|hi|hiya|hey|good\s+(?:morning|"
    r"afternoon|evening|day)|bonjour|bonsoir|salut|allô|allo)|שלום|היי|בוקר\s+טוב|ערב\s+טוב|צהריים\s+טובים|"
    r"אחר\s+הצהריים\s+טובים")
_OPEN_SEGMENT = re.compile(r"\s*([^,.!?;:]{1,60}?)\s*([,.!?;:]|$)")
# The company's name, or its branch or desk: capitalised words, after or before at most one word in lower case
# ("depot Eindhoven", "agence d'Annecy", "Calorion klantenservice", "Calorion English desk"); in Hebrew one to three
# words that say nothing ("וויארו ישראל", "סניף חיפה").
_COMPANY_SEGMENT = re.compile(r"(?:[a-zà-ÿ]+\s+)?(?:(?:de|du|des|van|der|den|la|le)\s+)?"
                              r"(?:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]|[dl]['’][A-ZÀ-ÖØ-Þ])[\w&'’-]*"
                              r"(?:\s+(?:(?:de|du|des|van|der|den|la|le)\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț]|[dl]['’][A-ZÀ-ÖØ-Þ]|&)"
                              r"[\w&'’-]*){0,3}(?:\s+[a-zà-ÿ]+)?|"  # "Calorion klantenservice", "... English desk"
                              r"[\u05d0-\u05ea][\u05d0-\u05ea'׳\"-]+(?:\s+[\u05d0-\u05ea][\u05d0-\u05ea'׳\"-]+){0,2}")


_ANSWER_WORD = re.compile(r"(?i:zeker|natuurlijk|tuurlijk|prima|goed|top|super|mooi|fijn|klopt|gedaan|genoteerd|"
                          r"akkoord|sure|certainly|fine|great|lovely|brilliant|perfect|done|noted|right|okay|ok|oké|yes|ja|oui|"
                          r"cheers|sorry|pardon|excuses|désolée?|parfait|entendu|noté|d['’]accord|bien|volontiers|"
                          r"absolutely|absolument|welcome|welkom|bienvenue)|בסדר|בטח|מעולה|סבבה|אוקיי|כן|סליחה|בשמחה")


_MET = re.compile(r"(?i:met)\s+(?=\S)")  # the Dutch telephone "Met Flexara, Joost.": "this is" the company


def _company_segment(words: str) -> bool:
    """Whether a segment of the opening can be the company's name or its desk, and not "Thanks" or "Dat kan"; after
    the Dutch telephone "Met", a company's name that is no given name ("Met Flexara", not "Met Joost")."""
    met = _MET.match(words)
    if met:
        rest = words[met.end():]
        return not any(w.casefold() in LATIN_NAMES for w in rest.split()) and _company_segment(rest)
    if re.fullmatch(r"[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?", words) and words.split()[-1] in DEPARTMENTS:
        return True  # the desk, in lower case: "studio desk", "klantenservice", "service client"
    parts = words.split()
    if len(parts) <= 4 and parts[0][:1].isupper() and any(
            p.casefold() in DEPARTMENTS or p.casefold().endswith("afdeling") for p in parts) and all(
            p[:1].isupper() or p.casefold() in DEPARTMENTS or p.isalpha() and p.islower() for p in parts) and \
            _THANKS.fullmatch(words) is None and _ANSWER_WORD.fullmatch(words) is None:
        return True  # the company's desk named with it: "Schadeafdeling Voyaro", "Voyaro international desk"
    return (_COMPANY_SEGMENT.fullmatch(words) is not None and _THANKS.fullmatch(words) is None and
            _ANSWER_WORD.fullmatch(words) is None and
            not any((w.casefold() in STOP or w.casefold() in EVERYDAY_LOWER) and w.casefold() not in NAME_PARTICLES
                    or w in HEBREW_EVERYDAY or w in HEBREW_STOP
                    or "'" not in w and "’" not in w and everyday_word(w.casefold(), LATIN_NAMES)
                    for w in words.split()))


def _greets(words: str, given: Iterable[str]) -> bool:
    """Whether a segment of the opening greets the caller by a name the call gave: "Bonjour Hugo", "היי דנה"."""
    greeting = _OPEN_GREETING.match(words)
    rest = words[greeting.end():].strip() if greeting else ""
    return bool(rest) and " " not in rest and rest.casefold() in given


def opening_signed(text: str, given: Iterable[str], namesakes: Iterable[str] = ()) -> tuple[int, int] | None:
    """Where the agent's first turn signs with a bare first name that nobody in the call gave (``given``: the names
    said before and the CRM's, folded), set apart after the company's name or a greeting (see ``_OPEN_SEGMENT``).
    A name in ``namesakes`` (the CRM's, not said in the call) signs only right after the company's name, never after
    a greeting: "Flexara, Clémence, bonjour." to a customer Clémence is the agent, "Bonjour, Clémence." greets her."""
    namesakes = set(namesakes)
    segments = []
    position = 0
    for _ in range(6):  # the first sentence's few segments only
        match = _OPEN_SEGMENT.match(text, position)
        if not match or match.end() == position:
            break
        segments.append(match)
        position = match.end()
        greeting = _OPEN_GREETING.fullmatch(match[1]) is not None
        if match[2] in ".?;:" or match[2] == "!" and not greeting or not match[2]:
            break
    for index, segment in enumerate(segments):
        word = segment[1]
        namesake = word.casefold() in namesakes
        if index == 0 or " " in word or not _is_name_word(word, lowercase=bool(HEBREW.match(word))) or (
                not HEBREW.match(word) and not word[:1].isupper()) or word.casefold() in given or namesake and (
                _OPEN_GREETING.fullmatch(segments[index - 1][1]) or not _company_segment(segments[index - 1][1])):
            continue
        rest = segments[index + 1:]
        ends = segment[2] in ".!" or not segment[2] or (
            len(rest) == 1 and _OPEN_GREETING.fullmatch(rest[0][1]) is not None and rest[0][2] in ".!")
        if not ends or not all(_OPEN_GREETING.fullmatch(s[1]) or _company_segment(s[1]) or _greets(s[1], given)
                               for s in segments[:index]):
            continue
        return segment.start(1), segment.end(1)
    return None


# The company's people named by their work: "de vorige keer kwam monteur Thomas", "the engineer, Dave, was great",
# "le technicien Marc", "הטכנאי יוסי". Staff are the company's, not the customer's data ("my colleague Ann" is not).
_STAFF_ROLE = re.compile(
    r"(?<![\w'’])(?:(?:de|het|the|your|uw|our|onze|jullie|le|la|l['’]|les|nos|votre|vos|notre)\s+)?"
    r"(?i:(?:service)?monteurs?|installateurs?|technicus|technici|bezorgers?|chauffeurs?|engineers?|technicians?|"
    r"fitters?|installers?|(?:crew|team|site|shift|project)\s+(?:lead|leader|chief|manager|supervisor)s?|foreman|"
    r"ploegleiders?|teamleiders?|chefs?\s+d['’]équipe|chefs?\s+de\s+chantier|crew|drivers?|couriers?|"
    r"delivery (?:team|crew|guys|men)|"
    r"technicien(?:ne)?s?|installatrices?|dépanneurs?|depanneurs?|livreurs?|déménageurs?|coursiers?|"
    r"designers?|ontwerpers?|vormgevers?|techniekers?|adviseurs?|adviseuses?|advisors?|advisers?|consultants?|specialists?|spécialistes?|"
    r"conseill[eè]re?s?|intervenante?s?|graphistes?|planners?|co[öo]rdinat(?:or|ors|oren|rice|rices|eur|eurs)|"
    r"medewerkers?|medewerksters?|collega|colleague|collègue|"
    # who photographs for the company: "de fotograaf Bram", "the photographer Jack", "הצלם עומר"
    r"fotograaf|fotografen|photographers?|photographes?|"
    # who teaches or guides the customer for the company: "instructeur Pim", "your guide Rory", "la monitrice Inès"
    r"instructeurs?|instructrices?|instructors?|moniteurs?|monitrices?|guides?|begeleiders?|trainers?|"
    r"trainsters?|coach(?:es)?|(?P<teacher>"
    # who gives the lessons, as the agent names them: "docent Joris", "the tutor, Nell", "la prof Inès", "המורה
    # רותם" (the customer's "juf" or "teacher" is as often their child's school's)
    r"docent(?:e|en|es)?|leraar|leraren|lerares|teachers?|tutors?|professeure?s?|profs?|enseignante?s?|"
    r"format(?:eur|rice)s?))"
    # "blijft Marco", "is also called Tal"
    r"\s*[,:]?\s+(?:(?i:is|blijft|was|heet|wordt|will be|stays|est|sera|reste|s['’]appelle|is\s+called)"
    r"(?:\s+(?i:also|ook|aussi))?\s+|(?i:is\s+also\s+called|heet\s+ook|s['’]appelle\s+aussi)\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w'’-]+\s*(?:,\s*|\s+(?i:and|en|et|&)\s+))?$|"
    r"(?<![\u05d0-\u05ea])(?:[לש]?ה|של\s+ה|ל)?(?:טכנאי|טכנאית|טכנאים|מתקין|מתקינה|מתקינים|מרכיב|מרכיבים|שליח|שליחים|"
    r"נהג|נהגים|מעצב|מעצבת|צלם|צלמת|צלמים|יועץ|יועצת|מדריך|מדריכה|מדריכים|מאמן|מאמנת|מאמנים|(?P<he_teacher>מורה|מורים))\s*,?\s+(?:(?:שלנו|שלכם)\s+)?(?:(?:גם\s+)?(?:קוראים|שמו|שמה)(?:\s+גם)?\s+|[\u05d0-\u05ea]+\s+ו?)?ו?$")
# The work, then a hedge or a title before the name: "The engineer last week, was it Steve?", "Votre technicien,
# monsieur Caron je crois", "de monteur van vorige week, heette hij niet Ruud?", "הטכנאי שהיה אצלי, נדמה לי שקוראים לו
# אלון". Not a plain "called": "the engineer, a guy called Marco" stays a name, as the customer gives it.
_STAFF_HEDGED = re.compile(
    r"(?<![\w'’])(?i:(?:service)?monteur|installateur|technicus|bezorger|engineer|technician|fitter|installer|driver|"
    r"courier|technicien(?:ne)?|installatrice|dépanneur|livreur|poseur|poseuse|instructeur|instructor|moniteur|"
    r"monitrice|coach|trainer)s?\b[^.!?\n]{0,40}?"
    r"(?:\b(?i:was it|it was|wasn['’]t it|i think it was|heette(?:\s+(?:hij|zij|ze))?\s+niet|c['’]était|monsieur|"
    r"madame|m\.|mme|meneer|mevrouw|mr\.?|mrs\.?|ms\.?))\s+$|"
    r"(?<![\u05d0-\u05ea])ה(?:טכנאי|טכנאית|מתקין|מתקינה|מרכיב|שליח|נהג|מדריך|מדריכה|מאמן|מאמנת)(?![\u05d0-\u05ea])[^.!?\n]{0,40}?"
    r"(?:(?:נדמה\s+לי|אני\s+חושבת?|אולי)\s+ש?קוראים\s+(?:לו|לה)|זה\s+היה)\s+$")
# The customer's own booking with the company's person: "ik heb morgen een pasafspraak bij Noor", "my lesson with
# Nell on Friday", "mon rendez-vous avec Jade", "יש לי תור אצל רותם".
_BOOKED_AT = re.compile(
    r"(?<![\w'’])(?:(?i:[a-z]*(?:afspraak|meting|controle|consult|behandeling|sessie)|les|proefles)(?P<nl>)|"
    r"(?i:appointment|lesson|session|fitting|consultation|check-up)(?P<en>)|"
    r"(?i:rendez-vous|rdv|cours|séance)(?P<fr>))"
    r"(?:\s+(?!(?i:my|mijn|ma|mon|mes|his|her|zijn|haar|son|sa)\b)[\w.:-]+){0,4}?\s+"
    r"(?:(?(nl)(?i:bij|met|door)|(?!))|(?(en)(?i:with|by)|(?!))|(?(fr)(?i:avec|chez|par)|(?!)))\s+$|"
    r"(?<![\u05d0-\u05ea])(?:תור|שיעור|פגישה|טיפול)(?:\s+[\u05d0-\u05ea0-9:.]+){0,4}?\s+(?:אצל|עם)\s+$")
# Whose the role is: "my driver", "mon livreur"; in Hebrew the kin before a bare role word, which is then the kin's
# verb ("הבן שלי נהג, ...": "my son drove").
_NOT_STAFF = re.compile(r"(?i:my|mijn|m['’]n|mon|ma|mes|his|her|zijn|haar|son|sa)\s+$|"
                        r"(?<![\u05d0-\u05ea])(?:שלי|שלנו|שלו|שלה|בעלי|אשתי)\s+$")


def role_named(text: str, start: int, end: int) -> bool:
    """Whether the first name at ``text[start:end]`` follows the company's role or the booking with it ("uw monteur
    Koen", "votre technicien s'appelle Hugo", "uw afspraak met Daan") with no title: the company's person there, even
    where the customer has the same first name."""
    role = _STAFF_ROLE.search(text, max(0, start - 40), start) or _BOOKED_AT.search(text, max(0, start - 60), start)
    return (role is not None and not _NOT_STAFF.search(text, max(0, role.start() - 12), role.start()) and
            not _TITLED.search(text, max(0, start - 20), start) and (
                given_name(text[start:end]) or _CALLED.search(role.group()) is not None))


# What a person is called is their first name, listed or not: "our technician is also called Tal", "קוראים גם טל".
_CALLED = re.compile(r"(?:(?i:called|heet|s['’]appelle)|קוראים|שמו|שמה)(?:\s+(?i:also|ook|aussi)|\s+גם)?\s+$")


def staff_named(text: str, start: int, *, agent: bool = True) -> bool:
    """Whether the name at ``start`` follows the work it does for the company ("monteur Thomas"); a teacher only as
    the agent names one (``agent``)."""
    role = _STAFF_ROLE.search(text, max(0, start - 40), start)
    role = None if role and not agent and (role["teacher"] or role["he_teacher"]) else role
    role = (role or
            _STAFF_HEDGED.search(text, max(0, start - 80), start) or _BOOKED_AT.search(text, max(0, start - 60), start))
    return role is not None and not _NOT_STAFF.search(text, max(0, role.start() - 12), role.start())


# A lesson, a session or an appointment with someone, as the customer speaks of it: "pianoles bij Bart", "our
# daughter's lesson with Fiona", "ma séance avec Nicolas", "השיעור עם דורית", "de afspraak met Mirjam": who gives it
# is the company's person (in batches 1-66 never a customer's name).
_LESSON_WITH = re.compile(
    r"(?<![\w'’])(?i:\w*les|\w*lessen|lesje|lessons?|class(?:es)?|cours|s[ée]ances?|sessions?|training|afspraak|"
    r"afspraken|appointments?|rendez-vous|rdv|consult(?:ation)?|fitting|behandeling|treatment)"
    r"(?:\s+[\w'’]+){0,3}?\s+(?i:bij|with|avec|met|chez)\s+$|"
    r"(?<![\u05d0-\u05ea])(?:[הבלו]{0,2})(?:שיעור|שיעורים|תור|פגישה|טיפול)(?:\s+\S+){0,3}?\s+(?:עם|אצל)\s+$")


def lesson_with(text: str, start: int) -> bool:
    """Whether the name at ``start`` gives the lesson or the appointment the words before it speak of."""
    return _LESSON_WITH.search(text, max(0, start - 50), start) is not None


# An agent's written reply signed with their own first name: "Groet, Wendy van Dormello", "Kind regards, Sam",
# "Cordialement, Julie", "בברכה, דנה". The customer's own signature is theirs (only the agent's turns are read so).
_SIGNED = re.compile(
    r"(?i:groet(?:en|jes)?|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|regards|kind regards|best wishes|"
    r"cordialement|bien à vous|bien cordialement|salutations)"  # not "Thanks, Mark": that thanks the customer
    r"\s*,?\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+)"
    r"(?=\s*(?:$|[.!]|\s+(?i:van|from|de|du|at|@|bij|chez)\b))|"
    r"(?:בברכה)\s*,?\s+(?P<hebrew>[\u05d0-\u05ea][\u05d0-\u05ea'׳]+)(?=\s*(?:$|[.!]|\s+מ))")


def signed_name(text: str) -> tuple[int, int] | None:
    """Where an agent's written reply signs off with the agent's own first name, or None."""
    for match in _SIGNED.finditer(text):
        group = "name" if match["name"] else "hebrew"
        if group == "hebrew" or _is_name_word(match[group], lowercase=False):
            return match.span(group)
    return None


# In the agent's turn, a first name the company's work follows: "Evelien van de boekhouding zoekt het op", "Ollie
# from the design team", "Stuart will call you Wednesday", "Julie vous rappellera". The company's staff, not the
# customer's people.
_STAFF_AFTER = re.compile(
    r"\s+(?i:(?:van|from|of|de|du|bij|at)\s+(?:de|het|the|our|onze|la|le|l['’]|notre)?\s*(?:[\w-]+\s+)?"
    r"(?:boekhouding|accounts|billing|finance|planning|team|afdeling|dienst|department|desk|support|klantenservice|"
    r"helpdesk|werkplaats|workshop|atelier|magazijn|warehouse|lab|comptabilité|facturation|équipe|service)|"
    r"(?:will|zal|gaat|va|komt|is going to|can|could|may|kan|mag|peut|pourra|pourrait)\s+"
    r"(?:you\s+|u\s+|je\s+|vous\s+)?(?:call|ring|bel|bellen|contact|reach|text|bereiken|joindre|contacter|"
    r"contacteren|rappeler|appeler|langs|come|visit|passer|e-?mail|mailen|terugbellen|hand over|meet|help|"
    r"overhandigen|brengen|bring|deliver|livrer|remettre|accueillir)|"
    r"vous\s+(?:rappellera|appellera|contactera|appelle|rappelle)|belt\s+(?:u|je)\b|calls?\s+you\b|"
    r"(?:au|à la|at the|in de|in het|op de|bij de|from the)\s+(?:dépôt|depot|magasin|shop|winkel|atelier|werkplaats|"
    r"showroom|agence|kantoor|office|warehouse|magazijn|lab)|"
    # reached on the company's own line or desk: "You can reach Niamh on the range line", "Thijs via de receptie"
    r"(?:on|at|via|through|op|à|au|par)\s+(?:the|our|de|het|onze|la|le|l['’]|notre)\s*(?:[\w-]+\s+)?"
    r"(?:line|lijn|office|desk|reception|receptie|balie|accueil|secrétariat|standard|switchboard))(?!\w)|"
    r"\s+(?:יתקשר|תתקשר|יחזור|תחזור|יגיע|תגיע|ידבר|תדבר|ישלח|תשלח|יעביר|תעביר|ידע|תדע|יטפל|תטפל|יעדכן|תעדכן|"
    r"(?:יוכל|תוכל|יכול|יכולה)\s+ל(?:חזור|התקשר|שלוח|דבר))(?![\u05d0-\u05ea])|"
    r"\s+(?:משיגים\s+|זמינה?\s+)?דרך\s+ה(?:משרד|מזכירות|קבלה|מוקד)(?![\u05d0-\u05ea])|"
    r"\s+מ(?:הנהלת החשבונות|הצוות|המחלקה)")


_KIN_BEFORE = re.compile(rf"(?i:your|uw|je|votre|ton|ta|his|her|zijn|haar|son|sa)\s+(?:\w+\s+)?(?:{RELATIONS})"
                         r"\s*,?\s*$")


# "on envoie Steve dans la journée", "we'll send Dave", "we sturen Kees": whom the company sends.
_SENT_BY_US = re.compile(r"(?i:on envoie|nous envoyons|on vous envoie|we(?:['’]ll| will)? send|we sturen|sturen we|"
                         r"we send you)\s+$|שולחים (?:את|לך את)\s+$")


# The agent sending one of the company's people, in the first person: "Dan stuur ik Joris, onze uurwerkmaker, langs",
# "I'll send Callum with a spare", "Je vous envoie Théo jeudi", "J'envoie Julien demain", "נשלח את עומר". Only a
# person sent, not one sent something ("I'll send Peter the form"): no object follows the name.
_SENT_BY_ME = re.compile(r"(?i:(?:ik|dan|morgen|straks) stuur (?:ik )?|ik stuur|stuur ik|i(?:['’]ll| will|['’]m| am)? "
                         r"(?:send|sending)|je (?:vous |t['’]|lui |leur )?(?:envoie|envoyer?ai)|je vais (?:vous |lui )?"
                         r"envoyer|j['’](?:envoie|enverrai))\s+$|(?<![\u05d0-\u05ea])(?:נשלח|אשלח|שולח|שולחת)\s+(?:(?:לך|לכם|לכן|לה|לו)\s+)?את\s+$")
_OBJECT_NEXT = re.compile(r"\s+(?i:a|an|the|een|de|het|un|une|le|la|les|des|du|your|uw|je|jouw|votre|vos|ton|ta|tes|"
                          r"his|her|this|that|these|those|dit|dat|deze|ce|cet|cette|ces|some|any|it|them|ze|hem|haar|"
                          r"him|lui|leur|zijn)\s+(?!\d)")
# Where the staff member is, between the name and what they will do: "Bram van de duiktank in Vilvoorde belt u",
# "Ciara from the shop in Galway will ring you", "Inès de l'accueil vous rappellera".
_FROM_PLACE = re.compile(r"\s+(?i:van|from|de|du|uit|at|bij)\s+(?i:de|het|the|la|le|l['’]|our|onze|notre)\s*[\w-]+"
                         r"(?:\s+(?i:in|at|te|à|op|on|of)\s+[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w-]+)?,?(?=\s)")
# The agent sending the customer to a person, or a person who will call the customer, the verb first: "ask for
# Gordon", "vraag naar Femke", "demandez Loïc", "תבקשי את רוני"; "Dan belt Ellen u na 14u", "Morgen belt Joost je".
_ASK_FOR = re.compile(r"(?i:ask for|asking for|vraag (?:dan |maar |gerust )?naar|demandez|demande|"
                      r"adressez-vous à|meld (?:je|u) bij)\s+$|(?:תבקש|תבקשי|תבקשו|תשאל|תשאלי|תשאלו)\s+(?:את|על)\s+$")
_VERB_FIRST = re.compile(r"(?i:belt|bel|zal|gaat|neemt|mag|kan|wil|moet)\s+$")
# The English question, its modal before the name: "Which number should Priya call you on?", "Can Ollie email you the
# form?", "Where shall Nell send your copy?": the company's person doing something for the one on the line.
_MODAL_FIRST = re.compile(r"(?<![\w'’])(?i:should|shall|will|can|could|may|would)\s+$")
_FOR_YOU_AFTER = re.compile(r"\s+(?i:call|ring|phone|text|e-?mail|mail|send|post|contact|reach|get back to)(?:\s+"
                            r"(?i:you|your)(?![\w'’])|"
                            # the one on the line left unsaid, the question being where to reach them: "Which number
                            # should Ollie text once he's nearby?", "Which email should Nell send it to?"
                            r"(?:\s+(?i:it|them|this|that|the \w+))?(?:\s+(?i:to|on|at))?\s*(?:\?|(?i:when|once|if|"
                            r"before|after|tomorrow|later|today)(?![\w'’])))")
_YOU_AFTER = re.compile(r"\s+(?i:u|je|jou)(?!\w)")
# Whom the customer will be with, as the agent books it: "22 May at 10:00 with Euan", "Vous plongerez avec
# Jean-François", "בעשר עם עידו". Only a name nobody in the call has said (the caller checks that), and not a
# question on who is on the line ("Am I speaking with Tom?", "Je parle avec Luc ?").
_WITH = re.compile(r"(?<![\w'’])(?i:with|met|avec)\s+$|(?<![\u05d0-\u05ea])עם\s+$")
_ON_THE_LINE = re.compile(r"(?i:speak\w*|talk\w*|spreek\w*|praat\w*|parl\w*|מדבר\w*|שמדבר\w*)\s+(?:\w+\s+)?$")
_ASKED_AFTER = re.compile(r"[^.!?\n]*\?")


# The one who does the company's work next, as the agent plans it: a first name with what they will do, have done
# or are on ("Seán will fit the unit on Tuesday", "once Priya has read the data", "Gordon is on call tonight",
# "Kévin réglera la pression", "Loïc installe l'appareil mardi", "Bram zal de druk instellen", "עידו יכוון את
# הלחץ"), or the Dutch verb before its subject ("Zodra het binnen is, stelt Bram de druk in"). The caller keeps
# only a name nobody in the call has said: the customer's people are named by the customer first, and the agent's
# plans for them come with "your" ("your carer Brenda will let him in").
_DOES_WORK = re.compile(
    r"\s+(?:(?i:will|['’]ll|shall|is going to|can)\s+(?!(?i:you|u|i|we|they|need|have|be able)\b)[a-z]+|"
    r"(?i:is|will be)\s+(?:on\s+(?:call|duty|shift|site)|(?:on|in|here|around|in the office)\s+(?:until|till|til)\s)|"
    # on until a time: "Priya is on until five", "Joost is er tot vijf", "Julie est là jusqu'à 17 h"
    r"(?i:is\s+er\s+(?:vandaag\s+|nog\s+)?tot|werkt\s+(?:vandaag\s+|nog\s+)?tot|est\s+là\s+jusqu['’]|"
    r"travaille\s+jusqu['’])|(?i:has|had)\s+(?:read|seen|set|done|been|[a-z]{2,}ed)\b|"
    r"(?i:zal|gaat|komt|kan|stelt|installeert|plaatst|brengt|haalt|regelt|neemt|vervangt|levert|bezorgt|"
    r"controleert|leest|bekijkt|is\s+(?:vandaag|morgen|vanavond|vannacht)\s+van\s+dienst)\s+(?![uU]\?)|"
    r"(?i:va|vient|viendra|passe|passera|installe|installera|règle|réglera|s['’]occupe|s['’]occupera|livre|livrera|"
    r"apporte|apportera|récupère|récupérera|vérifie|vérifiera|change|changera|fera|sera|est de (?:garde|permanence))"
    r"(?![\w'’])|"
    r"[ית][\u05d0-\u05ea]{2,}\s+(?:את|אצלך|אצלכם|אלייך|אליך|אליכם|לך|לכם|איתך|איתכם|אותך|אותכם|עמך|עמכם)"
    r"(?![\u05d0-\u05ea]))")
_DUTCH_VERB_FIRST = re.compile(r"(?:^|[,;]\s*|(?<![\w'’])(?i:dan|daarna|morgen|straks|vandaag|overmorgen)\s+|"
                               r"(?<=[a-zà-ÿ] ))"  # the verb second after any phrase: "Voor de schuur kan Joost ..."
                               r"(?i:stelt|komt|installeert|plaatst|brengt|haalt|regelt|vervangt|levert|bezorgt|"
                               r"controleert|zal|gaat|kan|belt|stuurt|mailt|appt)\s+$")
_YOUR_BEFORE = re.compile(r"(?<![\w'’])(?i:your|uw|je|jouw|votre|vos|ton|ta|tes|his|her|their|zijn|haar|hun|son|sa|"
                          r"ses|leur)\s+(?:[\w'’-]+\s+){0,2}$")
_TITLED = re.compile(r"(?<![\w'’])(?i:mr|mrs|ms|miss|dr|mevrouw|meneer|mevr|dhr|madame|monsieur|mme|m|docteur|"
                     r"dokter|doctor)\.?\s+$|(?:גברת|מר|דוקטור|ד\"ר)\s+$")
_SENTENCE_END = re.compile(r"[^.!?\n]*[.!?\n]|[^.!?\n]*$")


def _does_work(text: str, start: int, end: int) -> bool:
    """Whether the name is the subject of the company's work next (``_DOES_WORK``), in a statement, not a question
    ("Will Jamie be home?"), and with no title or "your" before it."""
    before = text[max(0, start - 30):start]
    if _TITLED.search(before) or _YOUR_BEFORE.search(before):
        return False
    sentence = _SENTENCE_END.match(text, end)
    if sentence and sentence.group().rstrip().endswith("?"):
        return False
    return _DOES_WORK.match(text, end) is not None or (
        _DUTCH_VERB_FIRST.search(before) is not None and re.match(r"\s+[a-z]", text[end:]) is not None)


# The company's team named as the one who comes, the name set apart after it: "our Galway team, Niamh, will call",
# "notre équipe de Liège, Bruno,", "onze ploeg, Koen,", "הצוות שלנו, רון,".
_OUR_TEAM = re.compile(r"(?<![\w'’])(?i:our|onze|ons|notre|nos)\s+(?:[\w'’-]+\s+){0,2}?(?:team|crew|ploeg|équipe)"
                       r"(?:\s+(?:de|d['’]|in|at|uit|van)\s+[\w'’-]+)?\s*,\s*$|(?<![\u05d0-\u05ea])הצוות\s+שלנו\s*,\s*$")
# A name the agent starts to say and corrects to the company's people: "Noor... sorry, our team in Ghent comes",
# "Yanis — non, notre équipe de Liège vient", "Joost, nee wacht, onze collega". The first was one of them too.
_CORRECTED_TO_OURS = re.compile(r"\s*(?:\.{2,}|…|—|–|-|,)\s*(?i:sorry|pardon|excusez-moi|excuse me|nee|non|no|"
                                r"nee wacht|no wait|I mean|je veux dire|ik bedoel)\s*[,.]?\s+"
                                r"(?:(?i:I mean|je veux dire|ik bedoel)\s+)?(?i:our|notre|nos|onze|ons)(?!\w)")


# In the agent's turn, the company's person named, then said to be the company's: "Priya, our engraver, will send",
# "Ellen van ons team belt u", "Inès, notre fondeuse, vous appellera", "Sam from our team", "שירה מהצוות שלנו". The
# apposition is closed by a comma, so "Peter, our records show" (the customer addressed) is not read so.
_OURS_AFTER = re.compile(r"\s*,\s*(?i:our|onze|ons|notre|nos)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*,|"
                         r"\s+(?i:from|of|van|uit|de|du|bij)\s+(?i:our|onze|ons|notre|nos)(?![\w'’])|"
                         r"\s*,?\s+מ?ה[\u05d0-\u05ea]+\s+שלנו(?![\u05d0-\u05ea])")


def ours_after(text: str, end: int) -> bool:
    """Whether the agent's turn says the name ending at ``end`` is the company's person (see ``_OURS_AFTER``)."""
    return _OURS_AFTER.match(text, end) is not None


# "that's our Liam", "c'est notre Julien", "dat is onze Ruben": the agent's "our" right before a first name.
_OURS_BEFORE = re.compile(r"(?<![\w'’])(?i:our|onze|notre)\s+$")


def ours_before(text: str, start: int) -> bool:
    """Whether the agent's turn says "our" right before the name starting at ``start`` (see ``_OURS_BEFORE``)."""
    return _OURS_BEFORE.search(text, max(0, start - 8), start) is not None


# A first name with the company's desk or trade right after it: "Bram van de werkplaats", "Priya in leasing",
# "Hannah in the workshop", "Julien de l'accueil", "Nadia du leasing", "Declan, our mechanic", "דנה מהסדנה". Said by
# either side, that names the company's person, even where the customer has the same first name ("not Bram van de
# werkplaats"); the customer's own department at their firm comes with "I'm" or "met", which the caller checks.
_DESKS = (r"leasing|lease|verhuur|rental|rentals|hire|location|sales|verkoop|vente|ventes|werkplaats|workshop|atelier|"
          r"reception|receptie|balie|accueil|front desk|service desk|klantenservice|customer service|service client|"
          r"service après-vente|aftersales|after-sales|boekhouding|accounts|billing|finance|facturation|comptabilité|"
          r"planning|support|helpdesk|showroom|magazijn|warehouse|stockroom|dépôt|depot|repairs|reparaties|"
          r"réparations|administratie|administration|admin|expeditie|dispatch|logistics|logistiek|logistique|"
          # a tax or bookkeeping desk: "Joris van de btw", "Lucas de la TVA", "Sam in payroll"
          r"btw|vat|tva|belastingen|aangiftes?|tax|taxes|impôts|déclarations|payroll|salarisadministratie|"
          r"loonadministratie|paie|bookkeeping|compta|"
          # any desk named by its subject: "on the expat desk", "on our VAT desk", "van de aangiftebalie"
          r"[\w-]+\s+(?:desk|department)|[\w-]+(?:balie|afdeling)|"
          # the company's own premises: "Jack from the studio", "Hugo du studio", "Sanne van de winkel" (not an
          # office: "Wren from the office" is as often the caller's colleague)
          r"studio|winkel|shop|store|boutique|magasin")
_TRADES = (r"mechanics?|monteurs?|mécaniciens?|mécanicienne|technicians?|techniciens?|technicienne|engineers?|fitters?|"
           r"advisors?|advisers?|adviseurs?|adviseuses?|conseill[eè]re?s?|receptionists?|receptionistes?|"
           r"réceptionnistes?|managers?|bedrijfsleiders?|gérante?s?|planners?|planificat(?:eur|rice)s?|"
           r"colleagues?|collega['’]?s?|collègues?|verkopers?|verkoopsters?|vendeur|vendeuse|salesman|saleswoman|"
           # a trade's compounds: "orgelbouwer", "toolmaker", "luthier"; who flies or steers for the company
           r"\w*(?:bouwer|bouwster|maker|maakster|builder|fabricant)s?|luthiers?|pilots?|piloten|pilotes?")
_OUR_DESK_AFTER = re.compile(
    rf"\s+(?i:van|from|of|in|at|on|bij|uit|op|de|du|d['’]|à|au)\s+(?:(?i:the|our|de|het|onze|la|le|l['’]|notre)\s*)?"
    rf"(?i:{_DESKS})(?![\w'’-])|"
    rf"\s*,\s*(?i:our|onze|ons|notre|nos)\s+(?:[\w'’-]+\s+)?(?i:{_TRADES})(?![\w'’-])|"
    # the line of work a person of the company answers for, a plural noun in lower case: "Chloe on albums", "Lotte van
    # de bruiloften", "Manon des mariages" (a surname after "van de" or "des" is written with a capital)
    r"\s+on\s+(?!(?:this|his|hers|its|ours|yours|theirs|always|days|nights|weekends|holidays)(?![\w'’-]))"
    r"[a-z]{3,}s(?![\w'’-])|"
    r"\s+from\s+(?!(?:upstairs|downstairs|overseas|indoors|outdoors|this|his|its|always|days|nights)(?![\w'’-]))"
    r"[a-z]{3,}s(?![\w'’-])|"  # "Grace from stains", said as "on albums" is
    # a Dutch "-erij" is the premises where a trade is done ("van de stomerij", "van de drukkerij"); a French "-ing"
    # noun is a department or premises ("du marketing", "du pressing", "du planning"), never a relation
    r"\s+(?:van|bij|op)\s+(?:de|het)\s+[a-z]{3,}(?:en|s|erij)(?![\w'’-])|"
    r"\s+(?:du|de\s+la|de\s+l['’])\s*[a-z]{3,}ing(?![\w'’-])|"
    r"\s+des\s+[a-zà-ÿ]{3,}[sx](?![\w'’-])|"
    # a desk named in the construct state or with its adjective: "משירות הלקוחות", "מהניקוי היבש"
    r"\s+מ(?:שירות|מחלקת|צוות)\s+ה[\u05d0-\u05ea]{2,}(?![\u05d0-\u05ea])|"
    r"\s+מה[\u05d0-\u05ea]{2,}\s+ה[\u05d0-\u05ea]{2,}(?![\u05d0-\u05ea])|"
    r"\s+מה(?:סדנה|מוסך|ליסינג|השכרה|קבלה|מכירות|שירות|מחסן|תמיכה|מעבדה|הנהלת\s+חשבונות|שירות\s+לקוחות|"
    r"תיקונים|משלוחים|הנהלה|"
    # a tax or bookkeeping desk: "מהדוחות", "מהשכר", "מהחשבונות"
    r"דוחות|שכר|חשבונות|גבייה|מיסים|החזרים|"
    # planning, the premises, and any line of work in the plural: "מהתיאום", "מהסטודיו", "מהאלבומים"
    r"תיאום|תכנון|סטודיו|חנות|[\u05d0-\u05ea]{2,}(?:ים|ות))(?![\u05d0-\u05ea])")


def opening_desk_after(text: str, end: int) -> bool:
    """Whether the company's desk follows the first name ending at ``end`` ("this is Hannah on the English desk",
    "c'est Camille de l'accueil"): in the agent's opening the speaker's own, even where the words introduce it."""
    return _OUR_DESK_AFTER.match(text, end) is not None


def desk_after(text: str, start: int, end: int) -> bool:
    """Whether the first name at ``text[start:end]`` is followed by the company's desk or trade (see
    ``_OUR_DESK_AFTER``), and not given as the speaker's own. The caller keeps it for a first name only: a surname
    before a desk is whom to ask for there ("vraag naar Verhoeven bij de receptie van zijn werk")."""
    desk = _OUR_DESK_AFTER.match(text, end)
    return (desk is not None and not (introduced(text, start, end) and not _QUI.match(text, desk.end())) and
            not _TITLED.search(text, max(0, start - 20), start))  # "c'est Manon des mariages qui suit": who does it


# The agent saying they have the customer's first name too: "I'm Priya too", "ik heet ook Sanne", "je m'appelle
# aussi Léa", "גם אני נועה". The agent's own name, kept there as the company's person's (hidden elsewhere).
# A filler adverb may come between the verb and "ook"/"also": "ik heet trouwens ook Sanne", "I'm actually also ...".
_ME_TOO_FILLER = r"(?:\s*,?\s+(?:trouwens|overigens|eigenlijk|by the way|actually|btw|d['’]ailleurs|au fait|moi)\s*,?)?"
_ME_TOO_BEFORE = re.compile(
    rf"(?<![\w'’])(?i:(?:i['’]m|i am|my name['’]s|my name is){_ME_TOO_FILLER}(?:\s+also)?|"
    rf"ik (?:ben|heet){_ME_TOO_FILLER}(?:\s+ook)?|"
    rf"(?:moi aussi,?\s+)?(?:je suis|je m['’]appelle|c['’]est){_ME_TOO_FILLER}(?:\s+aussi)?)\s+$|"
    r"(?<![\u05d0-\u05ea])(?:גם\s+אני|גם\s+לי\s+קוראים|גם\s+שמי|אני\s+גם)\s+$")
_ME_TOO_AFTER = re.compile(r"\s*,?\s+(?i:too|as well|also|ook|aussi)(?![\w'’])|\s+גם(?![\u05d0-\u05ea])")
_ALSO_BEFORE = re.compile(r"(?i:also|ook|aussi|גם)\s+$")


def me_too(text: str, start: int, end: int) -> bool:
    """Whether the agent's turn gives the name at ``text[start:end]`` as the agent's own, the same as the
    customer's ("I'm Priya too", "Ik heet ook Sanne", "גם אני נועה")."""
    before = _ME_TOO_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    return _ME_TOO_AFTER.match(text, end) is not None or _ALSO_BEFORE.search(before.group()) is not None or (
        "גם" in before.group())


# The agent's own colleague: "mijn collega Thijs zet de foto's erop", "my colleague Jack", "ma collègue Inès", "העמיתה
# שלי נועה". Said by the agent, the company's person, even where the customer has the same first name (the customer's
# "mijn collega" is theirs, so only the agent's turns are read so).
_MY_COLLEAGUE = re.compile(r"(?<![\w'’])(?i:my|mijn|m['’]n|mon|ma)\s+(?i:collega|colleague|collègue)\s*,?\s*$|"
                           r"(?<![\u05d0-\u05ea])(?:העמית|העמיתה|הקולגה)\s+שלי\s*,?\s*$")
# A count before a first name takes it as a word, not as someone: "twee Lotte's", "deux Manon", "שתי מיכל", "שני
# עומר" (not "יום שני", Monday, before a name; not "both", which counts people: "both Emma and Jack").
_COUNTED = re.compile(r"(?<![\w'’])(?i:two|twee|deux)\s+$|"
                      r"(?<![\u05d0-\u05ea])(?:שתי|(?<!יום )(?<!ביום )(?<!ליום )(?<!מיום )שני)\s+$")


def colleague_named(text: str, start: int) -> bool:
    """Whether the name at ``start`` of an agent's turn follows "my colleague" (see ``_MY_COLLEAGUE``)."""
    return _MY_COLLEAGUE.search(text, max(0, start - 30), start) is not None


def counted(text: str, start: int) -> bool:
    """Whether a count comes right before the name at ``start`` ("שתי מיכל", "deux Manon"): the name as a word."""
    return _COUNTED.search(text, max(0, start - 20), start) is not None


# A care role set apart after the name, or right before it, as the agent plans the visit: "Sam, the district nurse,
# will come tomorrow", "Inès, l'infirmière, passera samedi", "רותי, האחות, תגיע מחר", "komt verpleegkundige Joke
# voor de intake". Not "your": the customer's own carer may be named so.
_CARE_ROLE = (r"(?i:(?:district\s+|community\s+)?nurse|carer|care\s+worker|home\s+help|(?:wijk)?verpleegkundige|"
              r"verpleegster|verzorgende|verzorgster|huishoudelijke\s+hulp|thuishulp|infirmi[èe]re?|aide\s+à\s+domicile|"
              r"aide-soignante?|auxiliaire\s+de\s+vie)")
_CARE_ROLE_APPOSED = re.compile(rf"\s*,\s*(?:(?i:the|our|de|onze|ons|la|le|l['’]|notre)\s*)?{_CARE_ROLE}\s*,|"
                                r"\s*,\s*ה(?:אחות|אח|מטפלת|מטפל)\s*,")
_CARE_ROLE_BEFORE = re.compile(rf"(?<![\w'’])(?:(?i:the|our|de|onze|la|le|l['’]|notre)\s*)?{_CARE_ROLE}\s+$")


def _care_role_apposed(text: str, start: int, end: int) -> bool:
    """Whether a care role stands next to the agent's name at ``text[start:end]`` as the company's (see above)."""
    role = _CARE_ROLE_APPOSED.match(text, end)
    if role:
        return _STAFF_AFTER.match(text, role.end()) is not None or _DOES_WORK.match(text, role.end()) is not None
    before = _CARE_ROLE_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not re.search(r"(?i:your|uw|je|jouw|votre|ton|ta|my|mijn|mon|ma|his|her|zijn|haar|"
                                                r"son|sa)\s+$", text[max(0, before.start() - 12):before.start()])


def agent_staff(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` of an agent's turn is the company's own staff (see ``_STAFF_AFTER``,
    ``_DOES_WORK``), not the customer's relative ("Your husband Peter will call you back")."""
    before = text[max(0, start - 30):start]
    place = _FROM_PLACE.match(text, end)
    if _care_role_apposed(text, start, end) and not _KIN_BEFORE.search(text, max(0, start - 40), start) and \
            not _TITLED.search(before):
        return True
    return (_STAFF_AFTER.match(text, end) is not None or _SENT_BY_US.search(before) is not None or
            ours_after(text, end) or ours_before(text, start) or
            (_SENT_BY_ME.search(before) is not None and not _OBJECT_NEXT.match(text, end)) or
            (place is not None and _STAFF_AFTER.match(text, place.end()) is not None) or
            _ASK_FOR.search(before) is not None or _OUR_TEAM.search(before) is not None or
            _CORRECTED_TO_OURS.match(text, end) is not None or
            (_VERB_FIRST.search(before) is not None and _YOU_AFTER.match(text, end) is not None) or
            (_MODAL_FIRST.search(before) is not None and _FOR_YOU_AFTER.match(text, end) is not None) or
            _does_work(text, start, end)) and not _KIN_BEFORE.search(text, max(0, start - 40), start)


# A doctor's title right before a name: "Dr Sophie", "dokter Joris", "docteur Camille", "ד"ר גלעד".
_DOCTOR_BEFORE = re.compile(r"(?:(?<!\w)(?i:dr|doctor|dokter|docteur)\.?|ד\"ר|ד״ר|דוקטור)\s*$")


def doctor_by_first_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` of an agent's turn is a doctor named by a given name alone ("Dr Stefan
    will be waiting", "dokter Joris belt u", "Service équin, Dr Antoine.", "ד"ר גלעד"): the agent's colleague. A
    caller's own doctor is named by the surname ("Dr Okafor", "le docteur Lacroix", "ד"ר גרינברג") or in full."""
    words = text[start:end].split()
    if not words or len(words) > (2 if HEBREW.match(words[0]) else 1) or not _DOCTOR_BEFORE.search(
            text, max(0, start - 12), start):
        return False  # in Hebrew the verb after the name is read as a family name: "ד"ר מיכל תמלא את ..."
    return words[0].casefold() in LATIN_NAMES or words[0] in HEBREW_NAMES or words[0] in _GIVEN_AND_WORD


# Hebrew given names that are everyday words too (so not in ``HEBREW_NAMES``): after a doctor's title only a name.
_GIVEN_AND_WORD = frozenset("מיכל אורי אסף עמית איתי שחר דוד קרן מירב שלמה מרים".split())


# An animal named right before the name, in apposition: "his dog Arlo", "mijn merrie Fenna", "ma jument, Quenotte",
# "sa chatte Mimi", "הכלב שלי, מקס".
_ANIMAL_BEFORE = re.compile(rf"(?:{ANIMAL})(?:\s+של(?:י|נו|ו|ה|ך|כם))?,?\s+$", re.IGNORECASE)


def animal_named(text: str, start: int) -> bool:
    """Whether the name at ``start`` is an animal's, given right after the word for it ("my dog Max", "de pup
    Bobbie", "sa chatte Mimi"): a pet's or a horse's name, no person's."""
    return _ANIMAL_BEFORE.search(text, max(0, start - 40), start) is not None


_ANIMAL_NAME = re.compile(rf"(?:{ANIMAL})(?:\s+של(?:י|נו|ו|ה|ך|כם))?,?\s+"
                          r"(?P<name>(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]{1,20})|[\u05d0-\u05ea][\u05d0-\u05ea'׳]{1,20})(?![\w'’-])",
                          re.IGNORECASE)


def animal_names(text: str) -> Iterable[str]:
    """The names ``text`` gives animals right after the word for them ("his dog Arlo", "ma jument, Quenotte")."""
    return (match["name"] for match in _ANIMAL_NAME.finditer(text))


def booked_with(text: str, start: int) -> bool:
    """Whether the name at ``start`` of an agent's turn is the one the customer is booked with ("at 10:00 with
    Euan"): the company's person, where no one in the call has said the name before (the caller checks that)."""
    before = text[max(0, start - 30):start]
    return (_WITH.search(before) is not None and not _ON_THE_LINE.search(text, max(0, start - 40), start) and
            not _ASKED_AFTER.match(text, start) and not _KIN_BEFORE.search(text, max(0, start - 40), start))


# A first name the agent brings up as the company's person they plan around, nobody in the call having said it (the
# caller checks that): whom the customer is put with or will see ("Ik zet u weer bij Koen", "She'll see Priya on
# Wednesday", "Elle verra Élodie", "תטופל אצל דנה"), whom the agent hands a note or the matter to ("je le note pour
# Mathilde", "in the note for Gareth", "Ik zet het door naar Koen", "I'll pass that on to Oliver"), whose plan it is
# ("het oefenschema van Joris"), or who will do the next thing or may be away ("Yanis l'appellera", "Mathilde vous
# montrera", "if Gareth needs to move your session", "als Koen ziek is"). Not the customer addressed or asked after
# ("Am I speaking with Tom?"), nor anyone the agent says is the customer's ("your husband Peter", "Mrs Jansen").
_PLANNED_BEFORE = re.compile(
    r"(?<![\w'’])(?i:bij|(?:will |['’]ll |you['’]ll |to |gaat |zult |va |allez )?(?:see|seeing|zien|ziet|verra|verrez|"
    r"voir|voit)|(?:note|notes|notitie|notities|dossier|message|bericht|memo) (?:for|voor|pour|à)|"
    r"(?:le|la|l['’]|ça|cela) (?:note|noter|transmets|transmettre|signale) (?:pour|à)|"
    r"(?:pass|passing|hand|handing|send|sending) (?:it|this|that|them)? ?(?:on |over )?to|"
    r"(?:zet|stuur|geef) (?:het|dat|dit|ze) (?:door )?(?:naar|aan)|door naar|"
    # added to the note for them: "ik schrijf het erbij voor Joost", "I'll put that down for Gareth"
    r"(?:zet|schrijf|noteer) (?:het|dat|dit) (?:erbij|op) voor|(?:put|add|note|write) (?:it|that|this) (?:down )?for|"
    # whom the agent tells or asks next, whom the customer is matched with, whom a document comes from: "I'll tell
    # Gareth", "we've matched her with Nell", "gekoppeld aan Joost", "the receipt will come from Sam"
    r"(?:i['’]ll|i will|we['’]ll|we will) (?:tell|let|ask|update|brief|inform)|"
    r"(?:matched|paired|linked) (?:\w+ )?(?:with|to|up with)|(?:gekoppeld|gematcht|ingedeeld) (?:aan|met|bij)|"
    r"(?:jumelée?|associée?) (?:à|avec)|(?:will come|comes|['’]ll come|is coming) from|(?:sent|signed) by|"
    r"(?:schema|oefenschema|plan|programma|programme|exercises|oefeningen|exercices) (?:van|from|by|de|d['’])|"
    # whose lesson or class it is: "de les van Joris is verzet", "the class with Nell", "le cours de Jade"
    r"(?:les|lessen|lesson|lessons|class|classes|cours|séance|session|sessions|training|groep|group|groupe) "
    r"(?:van|from|with|by|met|de|d['’]|avec))\s+$|"
    r"(?<![\u05d0-\u05ea])אצל\s+$")
_PLANNED_AFTER = re.compile(
    r"\s+(?:(?i:needs to|has to|must|may need to|moet|doit|devra)\s+(?!you|u|je|vous)\w+|"
    r"(?i:ziek is|afwezig is|er niet is|is (?:ill|sick|off|away|off sick)|est (?:malade|absente?))|"
    r"(?i:vous|l['’]|le|la|les|lui|te|t['’])\s*\w+(?i:era|ira|ra|ront)\b|"
    # what they do for the customer now: "Noor helpt u verder", "Nell delivers on Friday", "Jade est prévenue",
    # "Jade vous attend", "רותם יחכה לכם"
    r"(?i:helpt|ontvangt|verwacht|wacht op) (?:u|je|jullie)\b|(?i:weet ervan|is op de hoogte|is ingelicht)|"
    r"(?i:delivers|brings|teaches|takes|fits|installs|collects|visits|meets|expects|covers|handles|knows)\s+"
    r"(?i:on|at|in|the|your|you|it|them|him|her|this|that|tomorrow|today|about)\b|"
    r"(?i:est|sont|sera) (?i:prévenue?s?|au courant|informée?s?|d['’]accord)|(?i:vous|t['’]) ?(?i:attend|attendra)\b|"
    r"[ית][\u05d0-\u05ea]{2,}\s+(?:לה|לו|לך|לכם|להם|לכן|להן|לכם)(?![\u05d0-\u05ea]))")


def brought_up(text: str, start: int, end: int) -> bool:
    """Whether the lone first name at ``text[start:end]`` of an agent's turn is one the agent brings up as the
    company's own person (see above)."""
    before = text[max(0, start - 40):start]
    if _TITLED.search(before) or _YOUR_BEFORE.search(before) or _KIN_BEFORE.search(before):
        return False
    return _PLANNED_BEFORE.search(before) is not None or _PLANNED_AFTER.match(text, end) is not None


# The one on the line, addressed: a greeting or thanks right before the name ("Hallo Anna", "merci Jeanne"), or the
# name set apart at the start or the end of a phrase ("Anna, wat is uw postcode", "Perfect, Anna.").
_HAILED_BEFORE = re.compile(r"(?<![\w'’])(?i:hi|hello|hey|dear|hallo|hoi|dag|beste|bonjour|bonsoir|salut|cher|chère|"
                            r"thanks|thank you|cheers|bedankt|dank (?:je|u)(?: wel)?|merci|welkom|welcome|bienvenue)"
                            r"\s+$|(?<![\u05d0-\u05ea])(?:שלום|היי|תודה(?: רבה)?)\s+$")
_APART_BEFORE = re.compile(r"(?:^|[,.;:!?…]\s*|—\s*)$")
_APART_AFTER = re.compile(r"\s*(?:[,.;:!?…]|$)")
# Whose name an account or a booking is in: "op naam van ...", "in the name of ...", "au nom de ...", "על שם ...".
_IN_NAME_OF = re.compile(r"(?<![\w'’])(?i:op (?:de )?naam van|ten name van|in the name of|under the name|au nom de|"
                         r"named|called|genaamd|heet|s['’]appelle|for|voor|pour)\s+$|(?<![\u05d0-\u05ea])על\s+שם\s+$")
_QUI = re.compile(r"\s+(?i:qui|who|die)\s+(?!(?i:appelle|vous appelle|calls|is calling|belt|bel)\b)")


def addressed(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` addresses the one on the line (see ``_HAILED_BEFORE``)."""
    before = text[max(0, start - 30):start]
    return bool(_HAILED_BEFORE.search(before) or _APART_BEFORE.search(before) and _APART_AFTER.match(text, end))


# Where a clause's subject stands: the start of a sentence or a phrase, after a comma or "and", or the name a cleft
# puts first ("C'est Inès qui viendra", "it's Nell who comes").
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?;:]\s+|,\s+|(?<![\w'’])(?i:and|en|et|dus|so|then|puis|ja|yes|oui)\s+)$")
_CLEFT = re.compile(r"(?<![\w'’])(?i:c['’]est|it['’]s|het is)\s+$")
_VERB_NEXT = re.compile(r"\s+(?:(?-i:[a-zà-ÿ])[\w'’-]*|s['’]en|l['’]|m['’]|t['’]|n['’])(?![\w'’-]*\s*,)")
_HE_VERB_NEXT = re.compile(r"\s+(?:מה[\u05d0-\u05ea]{2,}(?![\u05d0-\u05ea])|"  # "רותם מהסדנה ... יטפל": from where
                           # or where they will be, or their coming: "עומר יהיה באזור מחר", "רותם תגיע בעשר"
                           r"(?:יהיה|תהיה|יגיע|תגיע|יבוא|תבוא)(?=\s+[\u05d0-\u05ea0-9])|"
                           # what they do or can do: "עידו מלמד פיזיקה", "דנה יכולה להתחיל ביום שני"
                           r"(?:מלמד|מלמדת|מתאם|מתאמת|מטפל|מטפלת|מלווה|עובד|עובדת|אחראי|אחראית|מחליף|מחליפה)"
                           r"(?![\u05d0-\u05ea])|"
                           r"(?:יכול|יכולה|יוכל|תוכל|אמור|אמורה|צריך|צריכה)\s+ל[\u05d0-\u05ea]{2,})")


def given_name(word: str) -> bool:
    """Whether ``word`` is a known first name (a surname alone is said of the customer's people, by title)."""
    if HEBREW.match(word):
        return word.replace("׳", "'") in HEBREW_NAMES
    plain = unicodedata.normalize("NFKD", word.split("-")[0].casefold())
    return "".join(c for c in plain if not unicodedata.combining(c)) in LATIN_NAMES


def mentioned(text: str, start: int, end: int) -> bool:
    """Whether the lone first name at ``text[start:end]`` of an agent's turn is said of the company's person: a known
    first name nobody in the call has given (the caller checks that), the subject of a statement with its verb next
    ("Koen stemt de vleugel dinsdag", "Bien sûr, Mathis s'en charge", "C'est Inès qui viendra", "רותם מהסדנה
    יטפל"), neither addressing the one on the line ("Dank u, Anna.") nor asking after someone ("Komt Henk ook?"), with
    no title, "your" or relation before it. The customer's people come with one of those, or were named first."""
    before = text[max(0, start - 40):start]
    if (not given_name(text[start:end]) or _TITLED.search(before) or _YOUR_BEFORE.search(before) or
            _KIN_BEFORE.search(before) or addressed(text, start, end)):
        return False
    sentence = _SENTENCE_END.match(text, end)
    if sentence and sentence.group().rstrip().endswith("?"):
        return False
    if _CLEFT.search(before):
        return _QUI.match(text, end) is not None
    pair = _FIRST_OF_PAIR.search(before)  # "Anouk en Milan, met de aanhanger": the second as the first of the two
    if pair and given_name(pair.group("name")):
        return mentioned(text, start - len(before) + pair.start("name"), start - len(before) + pair.end("name"))
    if not _SUBJECT_BEFORE.search(before):
        return False
    verb = _HE_VERB_NEXT if HEBREW.match(text[start:end]) else _VERB_NEXT
    return verb.match(text, end) is not None


# Two first names joined as one subject: the second is whose the first is ("Dylan and Kofi, from ten").
_FIRST_OF_PAIR = re.compile(r"(?:^|(?<=[\s,(\"“']))(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][a-zß-ÿĀ-ſȘ-ț'’-]+)\s+(?:and|&|en|et)\s+$")

# The customer asking who will come or do the work, or whom to turn to at a place: "Who will be doing it?", "wie
# komt er morgen?", "Qui passe installer le monte-escalier ?", "bij wie moet ik zijn?", "à qui je m'adresse ?", "מי
# מגיע?", "למי לגשת במפעל?". The agent's answer names the company's people.
_WHO_COMES = re.compile(
    r"(?<![\w'’])(?i:who(?:['’]s|\s+is|\s+will(?:\s+be)?|\s+are)?\s+(?:coming|come|doing it|doing the|fitting|"
    r"installing|delivering|bringing|visiting|turning up|going to (?:come|do|fit)|on (?:site|the job))|"
    r"who\s+(?:do|should|shall|can)\s+I\s+(?:ask for|ask|see|speak to|talk to|contact|call|go to)|"
    # who drives, or who the company's person for the job is: "Who's driving us?", "wie er zaterdag rijdt", "Qui
    # sera notre chauffeur ?", "מי ינהג?"
    r"who(?:['’]s|\s+is|\s+will\s+be|\s+will)?\s+driv(?:ing|e)|who(?:['’]s|\s+is|\s+will\s+be)\s+(?:our|the|my)\s+"
    r"(?:driver|guide|engineer|technician|instructor|fitter)|wie\s+(?:er\s+)?(?:\w+\s+)?(?:rijdt|rijden)|"
    r"wie\s+(?:is|wordt)\s+(?:onze|de|mijn)\s+(?:chauffeur|monteur|gids|begeleider|instructeur)|"
    r"qui\s+(?:sera|est|conduit|conduira)\s+(?:(?:notre|le|mon|ma|la)\s+(?:chauffeur|conducteur|technicien|guide|"
    r"moniteur|monitrice)|le\s+car|le\s+bus)|"
    r"wie\s+(?:komt|komen|doet|doen|plaatst|levert|brengt|installeert|legt|leggen|is er)|"
    r"(?:naar|bij|aan)\s+wie\s+(?:moet|kan|mag)\s+ik|"
    r"qui\s+(?:vient|viendra|viennent|passe|passera|fait|fera|installe|posera|pose|livre|s['’]en occupe)|"
    r"à\s+qui\s+(?:je\s+m['’]adresse|dois-je|m['’]adresser|demander|je\s+demande))(?![\w'’])|"
    r"(?<![\u05d0-\u05ea])(?:מי\s+(?:מגיע|מגיעה|מגיעים|יגיע|תגיע|יגיעו|בא|באה|יבוא|תבוא|יתקין|מתקין|עושה|יעשה|ינהג|נוהג|"
    r"הנהג)|"
    r"למי\s+(?:לפנות|אפנה|לגשת|לפנות\s+שם)|את\s+מי\s+(?:לבקש|לשאול|אבקש))(?![\u05d0-\u05ea])")


def answers_who(heard: str, text: str, start: int, end: int) -> bool:
    """Whether the lone name at ``text[start:end]`` of an agent's turn answers the customer's question just
    before it on who will come or whom to turn to (``_WHO_COMES``): the company's person ("Anouk en Milan, rond
    negen", "לדנה, היא תביא לך"), unless a title, "your" or a relation makes them the customer's, or the agent asks."""
    last = heard.rsplit("\n", 1)[-1]
    if not _WHO_COMES.search(last) or " " in text[start:end]:
        return False
    before = text[max(0, start - 40):start]
    if _TITLED.search(before) or _YOUR_BEFORE.search(before) or _KIN_BEFORE.search(before):
        return False
    sentence = _SENTENCE_END.match(text, end)
    return not (sentence and sentence.group().rstrip().endswith("?"))


# Whose person the customer speaks of: "mijn schoonzus Hilde komt ook?", "my son Tom", "בעלי שי יבוא".
_MY_KIN_BEFORE = re.compile(rf"(?<![\w'’])(?i:my|mijn|m['’]n|mn|mon|ma|mes|our|onze|notre|nos)\s+(?:\w+\s+)?"
                            rf"(?i:{RELATIONS})\s*,?\s*$|(?<![\u05d0-\u05ea])(?:בעלי|אשתי|בני|בתי|אחי|אחותי|אמא שלי|"
                            r"אבא שלי|ה(?:בן|בת|אח|אחות|שכן|שכנה|חבר|חברה)\s+שלי)\s*,?\s*$")


def my_kin_before(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows the speaker's own relation ("my son Dylan", "mijn zus Sanne", "בעלי
    שי"): the caller's person, whoever at the company has the same first name."""
    return _MY_KIN_BEFORE.search(text, max(0, start - 40), start) is not None


# The customer thanking the agent by name, with no comma in between (a chat's "Thanks, Anna" may sign it):
# "top, bedankt Koen", "thanks Nell", "merci Inès", "תודה רותם".
_THANKED = re.compile(r"(?<![\w'’])(?i:thanks|thank you|cheers|bedankt|dank (?:je|u)(?: wel)?|merci(?: beaucoup)?)\s+$|"
                      r"(?<![\u05d0-\u05ea])תודה(?: רבה)?\s+$")
# The customer asking after the company's person who is to come: "en wanneer komt Koen?", "is Nell still coming?",
# "c'est Inès qui passe ?", "מתי רותם מגיע?".
_COMING_BEFORE = re.compile(r"(?<![\w'’])(?i:komt|kwam|comes|is|c['’]est|vient|passe|viendra|passera)\s+$")
_COMING_AFTER = re.compile(r"\s+(?:(?i:qui\s+|(?:still|nog|ook|also|toujours|bien)\s+)?"
                           r"(?i:komt|kwam|come|comes|coming|is coming|will come|vient|passe|viendra|passera|viens|"
                           r"revient|reviendra|repasse|repassera)"
                           r"(?![\w'’])|(?:מגיע|מגיעה|יגיע|תגיע|יבוא|תבוא)(?![\u05d0-\u05ea]))")


# The customer asking whether the company's person will do something for them, or whether they can reach that
# person: "Could Priya email me the form?", "Kan Joost me dat uitleggen?", "Et Julie pourra me rappeler ?", "And Nell
# will sort it out?", "Can my wife phone Gareth directly?", "Mag ik Joost even spreken?", "האם רותם יכולה לחזור אליי?".
# Only in a question, with no "my" or relation before the name (see ``thanked_or_awaited``).
_ASKED_BEFORE = re.compile(r"(?<![\w'’])(?:(?P<modal>(?i:can|could|will|would|kan|zal|gaat|mag|wil))|"
                           r"(?i:ring|call|phone|email|e-mail|text|reach|contact|speak to|talk to|bellen|bel|mailen|"
                           r"spreken|appeler|rappeler|joindre|contacter|parler à))\s+$")
# The Dutch question with the caller reaching the person, the verb last: "Kan ik Maarten zelf bellen?", "Mag ik Ilse
# even spreken?".
_I_REACH_BEFORE = re.compile(r"(?<![\w'’])(?i:kan|mag|moet|zal)\s+(?i:ik|we|wij|hij|zij|ze)\s+$")
_I_REACH_AFTER = re.compile(r"\s+(?:(?i:zelf|even|nog|morgen|direct|straks|dan)\s+){0,2}(?i:bellen|spreken|mailen|"
                            r"terugbellen|bereiken|appen|contacteren)(?![\w'’])")
_FOR_ME_AFTER = re.compile(r"\s+(?:(?i:me|mij|m['’]n|moi|us|ons|nous)(?![\w'’])|(?i:call|ring|phone|email|e-mail|text|"
                          r"help|explain|send|contact)\s+(?i:me|us|my|our)(?![\w'’]))")
_WILL_DO_FOR_ME = re.compile(r"\s+(?:(?i:will|can|could|is going to|zal|kan|gaat|va|peut|pourra|pourrait)\s+"
                             r"(?:(?i:me|m['’]|mij|nous|ons)\s*)?(?i:handle|deal|sort|look|call|ring|phone|email|"
                             r"e-mail|send|explain|check|help|contact|get back|bellen|terugbellen|mailen|uitleggen|"
                             r"helpen|regelen|nakijken|rappeler|appeler|expliquer|aider|envoyer|s['’]occuper|"
                             r"contacter|recontacter)|(?:יכול|יכולה|יוכל|תוכל|יחזור|תחזור|יתקשר|תתקשר|יטפל|תטפל)"
                             r"(?![\u05d0-\u05ea]))")


def thanked_or_awaited(text: str, start: int, end: int) -> bool:
    """Whether the lone first name at ``text[start:end]`` of a customer's turn is the agent's, thanked by name at the
    end ("bedankt Koen"), or the company's person the customer asks about coming ("wanneer komt Koen?")."""
    if _THANKED.search(text, max(0, start - 20), start) and _APART_AFTER.match(text, end):
        return True
    sentence = _SENTENCE_END.match(text, end)
    if not (sentence and sentence.group().rstrip().endswith("?")):
        return False
    before = text[max(0, start - 40):start]
    if _TITLED.search(before) or _YOUR_BEFORE.search(before) or _KIN_BEFORE.search(before) or _MY_KIN_BEFORE.search(
            before) or not given_name(text[start:end]):
        return False
    verb = _COMING_BEFORE.search(before)  # "is" and "c'est" only with the coming after the name
    asked = _ASKED_BEFORE.search(before)
    if _WILL_DO_FOR_ME.match(text, end) or asked and (not asked["modal"] or _FOR_ME_AFTER.match(text, end)) or (
            _I_REACH_BEFORE.search(before) and _I_REACH_AFTER.match(text, end)):
        return True
    return _COMING_AFTER.match(text, end) is not None or (
        verb is not None and verb.group().strip().casefold() not in ("is", "c'est", "c’est"))


# The customer marking a first name as the company's person: "mag Ilse van jullie me mailen", "Sam from your
# team", "Julie de chez vous", "דנה שלכם"; or asking the agent to pass a word or a request to them, which only works
# for someone the agent can reach: "zeg maar tegen Koen dat ...", "vraag Ilse om me terug te bellen", "ask Nell to
# ring me", "demandez à Inès de me rappeler".
_YOURS_AFTER = re.compile(r"\s+(?:(?i:van jullie|bij jullie|from you(?: guys)?|of yours|"
                          r"from your (?:team|side|end|office)|de chez vous|de votre (?:équipe|côté|service)|"
                          r"chez vous)(?![\w'’])|"
                          r"(?:שלכם|אצלכם|מאצלכם)(?![\u05d0-\u05ea]))")
_PASS_TO_BEFORE = re.compile(r"(?<![\w'’])(?i:zeg(?:t u)?(?: maar| even| het)? tegen|"
                             r"vraag(?:t u)?(?: maar| even)?(?: aan)?|tell|ask|demandez à|demande à|dites à|dis à)\s+$")
# Calling the company's person back, or getting them on the line again: "I'll ring Nell back", "je rappellerai
# Inès", "ik bel Koen morgen terug", "krijg ik Koen weer aan de lijn?", "pourrai-je ravoir Inès ?".
_CALL_BACK_BEFORE = re.compile(r"(?<![\w'’])(?i:rappelle|rappellerai|rappeler|rappellerons|ravoir|réavoir)\s+$")
_CALL_BACK_AFTER = re.compile(r"\s+(?:(?i:morgen|straks|later|tomorrow|today|vandaag|maandag|dinsdag|woensdag|"
                              r"donderdag|vrijdag)\s+)?(?i:back|terug|weer\s+(?:krijgen|spreken|aan\s+de\s+lijn)|"
                              r"opnieuw\s+(?:krijgen|spreken)|again)(?![\w'’])")
_CALL_BACK_VERB = re.compile(r"(?<![\w'’])(?i:call|ring|phone|bel|bellen|krijgen|spreken|get|have)\b")
_PASS_TO_AFTER = re.compile(r"\s+(?i:dat|om|of|to|that|if|whether|que|qu['’]|de|d['’]|s['’]il|si)(?![\w'’])")


def yours_named(text: str, start: int, end: int) -> bool:
    """Whether the lone first name at ``text[start:end]`` of a customer's turn is the company's person, as the
    customer marks it (see ``_YOURS_AFTER``)."""
    if kin_named(text, start) or not given_name(text[start:end]):
        return False
    before = text[max(0, start - 40):start]
    if _CALL_BACK_BEFORE.search(before):  # "je rappelle Inès": the French "je" is no Dutch "your" (``kin_named``)
        return True
    back = _CALL_BACK_AFTER.match(text, end)
    if back and (_CALL_BACK_VERB.search(before[-25:]) or "weer" in back.group()
                                                     or "opnieuw" in back.group()):
        return True
    return _YOURS_AFTER.match(text, end) is not None or (
        _PASS_TO_BEFORE.search(before) is not None and _PASS_TO_AFTER.match(text, end) is not None)


def kin_named(text: str, start: int) -> bool:
    """Whether a relation, "my"/"your" or a title right before ``start`` makes the name there someone's own person."""
    before = text[max(0, start - 40):start]
    return bool(_TITLED.search(before) or _KIN_BEFORE.search(before) or _MY_KIN_BEFORE.search(before) or
                _YOUR_BEFORE.search(before) and not _CALL_BACK_BEFORE.search(before))


# A couple or a family by its surname, then the two given names after a comma: "Meneer en mevrouw Oosterhuis, Ton
# en Agnes", "Les Berthollet, Jean-Marc et Sylvie", "Mr and Mrs Hale, Ron and Edith", "משפחת כהן, דני ורותי". The
# given names are the people's however everyday the words ("Ton", "Rose").
_CAPITAL_WORD = r"[A-Z\u00c0-\u00de][\w'’-]+"
_COUPLE_NAMES = re.compile(
    r"(?:(?i:meneer en mevrouw|mijnheer en mevrouw|mevrouw en meneer|mr\.? and mrs\.?|monsieur et madame|"
    r"madame et monsieur|m\. et mme)\s+|(?:^|(?<=[.!?:]\s))(?:Les|The|De familie|La famille|The family)\s+)"
    rf"(?P<surname>{_CAPITAL_WORD})\s*,\s*(?P<first>{_CAPITAL_WORD})\s+(?:en|and|et|&)\s+"
    rf"(?P<second>{_CAPITAL_WORD})(?![\w'’-])|"
    r"(?<![\u05d0-\u05ea])(?:משפחת|מר וגברת|הזוג)\s+(?P<he_surname>[\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)\s*,\s*"
    r"(?P<he_first>[\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)\s+ו-?(?P<he_second>[\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)")
# A neighbour's door, then her or his name and a pronoun for the person: "Nummer 29, Trees. Ze is vanaf zeven uur
# op.", "דירה 47. מזל, היא בבית כל הבוקר.", "Flat 4, Rose. She's home all day.", "Au 12, Odile. Elle ...".
_DOOR_THEN_NAME = re.compile(
    r"(?:(?<!\w)(?i:nummer|number|numéro|no\.?|nr\.?|flat|apartment|appartement|au|op)\s+|(?<![\u05d0-\u05ea])"
    r"(?:דירה|מספר)\s+)[0-9]{1,4}[a-zA-Z]?\s*[,.]\s+"
    rf"(?P<name>{_CAPITAL_WORD}|[\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)\s*[,.]\s+"
    r"(?=(?:Ze|Zij|Hij|She|He|She['’]s|He['’]s|Elle|Il|היא|הוא)(?![\w\u05d0-\u05ea]))")


def couple_names(text: str) -> Iterable[Finding]:
    """The surname and the two given names of a couple or a family said together (``_COUPLE_NAMES``), and the name
    of a neighbour said right after their door with a pronoun for them next (``_DOOR_THEN_NAME``)."""
    for match in _COUPLE_NAMES.finditer(text):
        for group in ("surname", "first", "second", "he_surname", "he_first", "he_second"):
            if match[group] and match[group].casefold() not in _NOT_A_COUPLE:
                yield _finding(text, match.start(group), match.end(group))
    for match in _DOOR_THEN_NAME.finditer(text):
        if match["name"].casefold() not in _NOT_A_COUPLE:
            yield _finding(text, match.start("name"), match.end("name"))


_NOT_A_COUPLE = frozenset("monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag "
                          "donderdag vrijdag zaterdag zondag lundi mardi mercredi jeudi vendredi samedi dimanche "
                          "ok okay oké yes ja oui no nee non sorry pardon thanks merci dank".split())
