"""People's names: those the CRM gives, those a cue introduces, and those given as the answer to "your name?".

The CRM knows the customer, but not the mother a caller phones for, the neighbour, or the agent who picks
up. Those names come with a cue: "my name is", "u spreekt met", "je m'appelle", "שמי", "on behalf of my
mother, Maria Jansen", "Ellen Park speaking". A strong cue takes the words after it even in lower case, as a
chat or a transcriber writes them; a weak one ("ik ben", "this is", "c'est", "met") opens the turn or a
sentence and only takes capitalised words (or lower-case ones closed by "calling", "speaking", "here") that
end the phrase, so that "ik ben boos", "this is about my bill" and "Met Ziggo heb ik nooit problemen" stay as
they are. Hebrew has no capitals: there a list of everyday words stops the name instead. A name is learnt
once said: the conversation's session redacts it in every later turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from copilot.privacy.detectors import HEBREW, HEBREW_PREFIXES, Finding

NAME_PARTICLES = frozenset("van de der den het ter ten te op le la du des di da von ben bar bat al el bin".split())
_PARTICLES = frozenset("van de der den ter ten le la du des di da von bin ben bat bar abu d' אבו בן בת בר".split())
# Words that end a name or can never be one, in lower case (a chat's "my name is ilse kramer and ...").
_STOP = frozenset("""
a about after again all also am an and any are as at back be because been but by call calling can could did do
does for from get go going got had has have having he her here hi him his how i if i'm im in is it it's its just
like me mine my need no not now of off on one only or our out over please really right she so some sorry sure
thank thanks that the their them then there they this to too up us very was we well were what when where which
who why will with would yes yeah you your speaking hello hey okay ok oh um uh eh well wait hang moment
aan al alleen als bel bellen ben bent bij dag dan dat de der des deze die dit doe doen dus een eens en er even
goed graag had heb hebben heeft hem het hier hij hoe hoi hun ik in is ja je jij jullie kan kunnen kunt maar me
meer met mij mijn momentje na naar natuurlijk nee niet nog nu of om ons ook op over sorry staat te tot u uw van
veel voor waarom wacht wat we weer wel wie wij wil zal ze zij zijn zo zoals zou klant klantnummer hallo goedemiddag
goedemorgen
à au aussi avec avoir bien bon bonjour ça ce cela ces c'est cette d'accord dans de des donc du elle en est et être
eu fait il ils j'ai je juste la le les leur lui ma madame mais me merci mes moi mon monsieur ne non nous on ou oui
par pas pour pourquoi qu que qui sa se ses si son sont sur ta te toi ton très tu un une vous voilà votre vos
appelle appelais client cliente heer mevrouw meneer mevr dhr mrs mr ms miss
""".split())
_HEBREW_STOP = frozenset("""
אני אתה את הוא היא אנחנו הם הן זה זאת זו לא כן מי מה למה איך איפה מתי על עם של שלי שלך שלו שלה שלנו שלכם רק גם
עוד כבר אבל או אם כי יש אין היה הייתה הייתי רציתי רוצה רוצים מתקשר מתקשרת מתקשרים לגבי בקשר בעניין לקוח לקוחה
עכשיו פה כאן היום שלום תודה בבקשה סליחה רגע שנייה בסדר אוקיי טוב אז ואני ויש ורציתי מ לי לך לו לה להם ממש
בעל בעלי אשתי אמא אבא הבן הבת בן בת מדבר מדברת בשם השם שמי קוראים בעלת החשבון הלקוח אליך אלייך אליכם איתך
איתכם אתכם אותך אותו אותה מהחברה מהשירות
""".split())
# Capitalised words that are no name after a weak cue ("I'm Dutch", "Ik ben Nederlander", "This is Monday").
_NOT_NAMES = frozenset("""
i ik je hi hello hey yes no ja nee oui non thanks dank merci sorry bonjour goedemiddag goedemorgen ok okay
dutch english french british american israeli belgian german nederlander nederlandse belg française français
monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
lundi mardi mercredi jeudi vendredi samedi dimanche calling speaking here the mijn my mon ma
""".split())
_STRONG = (
    r"mijn naam is|ik heet|(?:u|je|jij) spreekt met|spreek ik met|op naam van|namens|"
    r"my name is|my name's|name's|on behalf of|in the name of|under the name(?: of)?|"
    r"you'?re (?:through to|speaking (?:with|to)|talking to)|speaking with|"
    r"je m['’]appelle|mon nom(?:,)? (?:est|c['’]est)|de la part de|au nom de|pour le compte de|"
    r"vous (?:êtes en ligne avec|parlez (?:à|avec))|"
    r"שמי|השם שלי(?: הוא| זה)?|קוראים לי|בשם|על שם|מדבר|מדברת"
)
_RELATIVE = (  # "on behalf of my mother, Maria Jansen": the relation, then the name
    r"(?:(?:my|mijn|ma|mon|mes)\s+)?(?:mother|mum|mom|father|dad|husband|wife|son|daughter|partner|grandmother|"
    r"grandfather|gran|nan|brother|sister|neighbour|neighbor|moeder|vader|man|vrouw|zoon|dochter|oma|opa|broer|zus|"
    r"buurman|buurvrouw|mère|père|mari|femme|fils|fille|grand-mère|grand-père|frère|s(?:œ|oe)ur|voisin|voisine)|"
    r"(?:אמא|אבא|בעלי|אשתי|הבן|הבת|סבתא|סבא|אחי|אחותי|השכן|השכנה)(?:\s+שלי)?"
)
# A weak cue opens the turn or a sentence, perhaps after a greeting: "Ja hallo, met ...", "Bonjour, c'est ...".
_GREETING = (r"hi|hello|hey|yes|yeah|good (?:morning|afternoon|evening)|hallo|hoi|goedemorgen|goedemiddag|"
             r"goedenavond|dag|ja|hai|bonjour|bonsoir|oui|allô|allo|salut|שלום|היי|הי|אהלן|בוקר טוב|ערב טוב")
_WEAK = (rf"(?:^|(?<=[.!?])\s+)(?P<greeting>(?:(?:{_GREETING})[,!]?\s+){{0,2}})"
         r"(?:(?P<weak>met|ik ben|i['’]m|i am|ici|je suis)|(?P<weak_is>dit is|this is|it['’]?s|c['’]est|זה|זאת|כאן))")
_TITLES = (r"mevrouw|meneer|mevr\.|mw\.|dhr\.|de heer|mrs\.?|mr\.?|ms\.?|miss|dr\.?|mister|madame|monsieur|mme\.?|"
           r"mlle\.?|mademoiselle|(?-i:M\.)|גברת|הגברת|מר|האדון")
_FOR = r"(?:for|voor|pour|namens|בשביל|עבור)"  # "calling for my dad, George Miller"
_KIN = r"(?:my|mijn|ma|mon|mes)\s+(?:wife|husband|mother|father|son|daughter|partner|vrouw|man|moeder|vader|zoon|" \
       r"dochter|femme|mari|mère|père|fils|fille)|(?:אשתי|בעלי|אמא שלי|אבא שלי)"  # "my wife, Emma Clarke"
_CUE = re.compile(rf"(?:(?<!\w)(?P<strong>{_STRONG})|{_WEAK}|(?<!\w)(?P<title>{_TITLES})|"
                  rf"(?<!\w)(?P<relative>{_FOR}(?=\s+(?:{_RELATIVE})\s*,))|(?<!\w)(?P<kin>{_KIN})(?=\s*,))(?!\w)"
                  rf"(?:\s+(?:{_RELATIVE})(?!\w))?\s*[:,]?\s*(?=\S)", re.IGNORECASE | re.MULTILINE)
# After a weak cue the name ends the phrase ("Met Hans.", "Ik ben Henk, de buurman", "this is marcus calling"):
# "Met Ziggo heb ik nooit problemen", "Ik ben Ziggo-klant sinds 2010" name a company, not a person.
_AFTER_WEAK = re.compile(r"\s*(?:$|[,.!?;:]|\s(?:hier|here|speaking|calling|à l['’]appareil|מדבר|מדברת|from|"
                         r"van|uit|de chez)(?!\w))", re.IGNORECASE)
_COMPANY = re.compile(r"(?<!\w)(?:SARL|SAS|BV|B\.V\.|NV|N\.V\.|Ltd|LLC|GmbH|Inc|VOF|plc|בע\"?מ)(?!\w)")
# After "this is", "it's", "c'est" with no greeting before it, a capitalised word may be a plan ("It's Unlimited
# 100 GB"): a name there ends the turn, or a comma and "I", "ik", "je", "אני" follow, or "speaking", "here".
_AFTER_IS = re.compile(r"\s*(?:$|[.!]|,\s*(?:i|i'm|ik|je|j['’]|we|wij|nous|my|mijn|mon|ma|אני)(?!\w)|"
                       r"\s(?:from|van|uit|de chez|de la part)\s)", re.IGNORECASE)
_CLOSING = re.compile(r"\s+(?:speaking|here|calling|hier|à l['’]appareil|מדבר|מדברת)(?!\w)", re.IGNORECASE)
_OPENING_BEFORE = re.compile(r"(?:^|[,.!?:]\s*|(?:it['’]?s|this is|c['’]est|ici|yes|ja|oui|hi|hello|hallo|שלום|היי)"
                             r"\s+)$", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Z]\.(?=\s)|[^\W\d_](?:[^\W\d_]|['’׳״\"-](?=[^\W\d_]))*")
_INITIAL = re.compile(r"[A-Z]\.")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_CHUNK = re.compile(r"[^,.;!?()]+")
_LEAD_IN = re.compile(r"^(?:(?:ja|yes|yeah|yep|sure|oui|כן|ok|okay|so|zo|eh|uh|euh|well|nou)\b[,]?\s*)*"
                      r"(?:(?:it['’]?s|that['’]s|dat is|het is|c['’]est|zeg maar|זה|זאת|this is|my name is|"
                      r"mevrouw|meneer|madame|monsieur|mrs|mr|ms|miss|גברת|מר)\b\.?\s*)?", re.IGNORECASE)
_SPELLED = re.compile(r"(?<!\w)[A-Za-z](?:[\s-][A-Za-z]){2,}(?!\w)")


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


def known_names(text: str, names: tuple[str, ...]) -> Iterable[Finding]:
    """The names the conversation already knows (the CRM's, and those introduced earlier in the call)."""
    pattern = _name_pattern(names)
    for match in pattern.finditer(text) if pattern else ():
        prefix, name = match.group(1), match.group(2)
        if prefix and not (HEBREW.match(name) and len(name) >= 3):
            continue  # "שלי" is "mine", not ש + the name "לי"
        yield _finding(text, match.start(2), match.end(2))


@lru_cache(maxsize=64)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """Each name as given, plus the first name and the surname of a full name ("de Vries", "Vries")."""
    variants: set[str] = set()
    for words in (name.split() for name in names if name.strip()):
        variants |= {" ".join(words), words[0], " ".join(words[1:])}
        while len(words) > 2 and words[1].casefold() in NAME_PARTICLES:
            words = words[1:]
            variants.add(" ".join(words[1:]))
    variants = {v for v in variants if len(v) >= 2 and v.casefold() not in NAME_PARTICLES and not _INITIAL.fullmatch(v)}
    if not variants:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, v.split())) for v in sorted(variants, key=len, reverse=True))
    return re.compile(rf"(?<!\w)([{HEBREW_PREFIXES}]{{0,2}})({alternatives})(?!\w)", re.IGNORECASE)


def cued_names(text: str) -> Iterable[Finding]:
    """Names after a cue ("my name is ...", "mevrouw ...") and before one ("... speaking", "... מדברת")."""
    for cue in _CUE.finditer(text):
        strength = "strong" if cue["strong"] or cue["relative"] else "title" if cue["title"] else "weak"
        if cue["kin"]:
            strength = "kin"  # a relation, then a comma: a capitalised name (or a Hebrew one) after it
        span = _name_after(text, cue.end(), strength)
        if span and (cue["weak"] or cue["weak_is"]) and not _AFTER_WEAK.match(text, span[1]):
            continue
        if span and cue["weak_is"] and not cue["greeting"] and not (
                _AFTER_IS.match(text, span[1]) or _CLOSING.match(text, span[1])):
            continue
        if span and _COMPANY.search(text[span[0]:span[1] + 30].split(",")[0]):
            continue  # "Boulangerie Martin SARL" is a company
        if span:
            yield _finding(text, *span)
            again = _repeated(text, span)  # "mon nom c'est fournier, alain fournier"
            if again:
                yield _finding(text, *again)
    for closing in _CLOSING.finditer(text):
        span = _name_before(text, closing.start())
        if span:
            yield _finding(text, *span)


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
        if _COMPANY.search(chunk.group()):
            continue  # the account is in a company's name, not a person's
        if all(_is_name_word(t.group(), lowercase=True) or t.group().casefold() in _PARTICLES for t in tokens) and \
                any(_is_name_word(t.group(), lowercase=True) for t in tokens):
            yield _finding(text, tokens[0].start(), tokens[-1].end())


def _repeated(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The name said again in full right after it: "Dubois, Martine Dubois", "fournier, alain fournier"."""
    chunk = re.match(r",\s*([^,.;!?()]+)", text[span[1]:])
    if not chunk:
        return None
    start = span[1] + chunk.start(1)
    tokens = list(_TOKEN.finditer(text, start, span[1] + chunk.end(1)))
    said = {w.casefold() for w in text[span[0]:span[1]].split()}
    if 1 < len(tokens) <= 4 and all(_is_name_word(t.group(), lowercase=True) or t.group().casefold() in _PARTICLES
                                    for t in tokens) and any(t.group().casefold() in said for t in tokens):
        return tokens[0].start(), tokens[-1].end()
    return None


def _finding(text: str, start: int, end: int) -> Finding:
    name = text[start:end]
    return Finding("NAME", start, end, name, " ".join(name.casefold().split()))


def _is_name_word(word: str, *, lowercase: bool) -> bool:
    folded = word.casefold().rstrip(".")
    if HEBREW.match(word):
        bare = folded[1:] if folded[:1] in "ו" and len(folded) > 2 else folded
        return folded not in _HEBREW_STOP and bare not in _HEBREW_STOP and len(folded) >= 2
    if _INITIAL.fullmatch(word):
        return True
    if word.endswith(".") or folded in _STOP or folded in _NOT_NAMES or len(folded) < 2:
        return False
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
    surname_next = strength == "title" or strength == "strong" and len(tokens) > 1 and bool(
        _CAPITALISED.match(tokens[1].group()) or len(tokens) > 2 and _CAPITALISED.match(tokens[2].group()))
    for index, token in enumerate(tokens):
        word = token.group()
        following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
        if word.casefold() in _PARTICLES and (taken or surname_next) and following and (
                following.casefold() in _PARTICLES or _is_name_word(following, lowercase=lowercase)):
            taken.append(token)
        elif _INITIAL.fullmatch(word) and not taken and following:
            surname_next = True  # an initial says little on its own: the name is the surname after it
        elif _is_name_word(word, lowercase=lowercase or hebrew) and (hebrew == bool(HEBREW.match(word))):
            taken.append(token)
        else:
            break
        if sum(t.group().casefold() not in _PARTICLES for t in taken) == (3 if lowercase or strength == "title" else 4):
            break
    while taken and taken[-1].group().casefold() in _PARTICLES:
        taken.pop()
    if hebrew and len(taken) >= 3 and taken[1].group() not in _PARTICLES:
        taken = taken[:2]  # "אורית בן דוד", but "דוד אוחיון ויש" stops after two
    return (taken[0].start(), taken[-1].end()) if taken else None


def _closed(text: str, tokens: list[re.Match[str]]) -> bool:
    """A closing cue right after the first words ("this is marcus calling"): lower case is a name too."""
    return any(_CLOSING.match(text, token.end()) for token in tokens[:3])


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
        if window and start == window or not _OPENING_BEFORE.search(text, max(0, start - 30), start):
            continue  # a word cut by the window, or one that neither opens the turn nor follows a greeting
        hebrew = bool(HEBREW.match(chosen[0].group()))
        if _is_name_word(chosen[0].group(), lowercase=hebrew) and _is_name_word(chosen[-1].group(), lowercase=hebrew) \
                and all(_is_name_word(w.group(), lowercase=hebrew) or w.group().casefold() in _PARTICLES
                        for w in chosen):
            return chosen[0].start(), chosen[-1].end()
    return None
