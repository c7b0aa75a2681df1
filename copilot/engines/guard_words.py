"""The words the draft guard listens for, in Dutch, English, French and Hebrew.

Kept apart from the checks so a reviewer can read the lists on their own and a new language is one
edit here. Every pattern is compiled once at import. Hebrew words take up to two attached prefixes
(ו, ה, ב, ל, מ, ש, כ): "והסיסמה" is "and the password". No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_HE_LETTER = "\u05d0-\u05ea"


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


_HEBREW = re.compile(f"[{_HE_LETTER}]")


class Words:
    """A list of words as one pattern. The Hebrew forms are only tried on text that has Hebrew letters: a long
    alternation costs its time at every position, and most drafts are in one script."""

    def __init__(self, latin: str = "", hebrew: str = "", flags: int = re.IGNORECASE) -> None:
        self.latin = re.compile(latin or "(?!)", flags)
        self.both = re.compile("|".join(p for p in (latin, hebrew) if p) or "(?!)", flags)
        self.pattern = self.both.pattern

    def _for(self, text: str) -> re.Pattern[str]:
        return self.both if self.both is not self.latin and _HEBREW.search(text) else self.latin

    def search(self, text: str, pos: int = 0, endpos: int = 2**31) -> re.Match[str] | None:
        return self._for(text).search(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text)

    def sub(self, replacement: str, text: str) -> str:
        return self._for(text).sub(replacement, text)


def words(latin: Iterable[str] = (), hebrew: Iterable[str] = ()) -> Words:
    """Whole words or phrases (regular expressions allowed), Hebrew ones with their prefixes."""
    latin, hebrew = list(latin), list(hebrew)
    return Words(rf"(?<![\w]){'(?:' + _alternatives(latin) + ')'}(?![\w])" if latin else "",
                 rf"(?<![{_HE_LETTER}])[והבלמשכ]{{0,2}}-?(?:{_alternatives(hebrew)})(?![{_HE_LETTER}])"
                 if hebrew else "")


# -- numbers written as words -------------------------------------------------------------------------------


def _number_words() -> dict[str, int]:
    found: dict[str, int] = {}
    en_units = "one two three four five six seven eight nine".split()
    en_teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    en_tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    nl_units = "een twee drie vier vijf zes zeven acht negen".split()
    nl_teens = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
    nl_tens = "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
    fr_units = "un deux trois quatre cinq six sept huit neuf".split()
    fr_teens = "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
    fr_tens = "vingt trente quarante cinquante soixante".split()
    for units, teens, tens in ((en_units, en_teens, en_tens), (nl_units, nl_teens, nl_tens),
                               (fr_units, fr_teens, fr_tens)):
        found.update({w: n for n, w in enumerate(units, 1)} | {w: n for n, w in enumerate(teens, 10)})
        for t, ten in enumerate(tens, 2):
            found[ten] = t * 10
            for u, unit in enumerate(units, 1):
                if units is nl_units:
                    found[f"{unit}{'ën' if unit.endswith('e') and unit != 'een' else 'en'}{ten}"] = t * 10 + u
                elif units is fr_units:
                    found[f"{ten}-{unit}"] = found[f"{ten} et {unit}" if u == 1 else f"{ten}-{unit}"] = t * 10 + u
                else:
                    found[f"{ten}-{unit}"] = found[f"{ten} {unit}"] = t * 10 + u
    for base, value in (("soixante", 60), ("quatre-vingt", 80)):
        for n, teen in enumerate(fr_teens, 10):
            found[f"{base}-{teen}"] = found[f"{base} et {teen}"] = value + n
        if value == 80:
            found["quatre-vingts"] = 80
            for u, unit in enumerate(fr_units, 1):
                found[f"quatre-vingt-{unit}"] = 80 + u
    found.update({"hundred": 100, "a hundred": 100, "one hundred": 100, "honderd": 100, "cent": 100,
                  "a dozen": 12, "een dozijn": 12, "une douzaine": 12})
    he_units = [("אחת", "אחד"), ("שתיים", "שניים", "שתי", "שני"), ("שלוש", "שלושה"), ("ארבע", "ארבעה"),
                ("חמש", "חמישה"), ("שש", "שישה"), ("שבע", "שבעה"), ("שמונה",), ("תשע", "תשעה")]
    he_tens = "עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()
    for u, forms in enumerate(he_units, 1):
        for form in forms:
            found[form] = u
            found[f"{form} עשרה"] = found[f"{form} עשר"] = 10 + u
            for t, ten in enumerate(he_tens, 2):
                found[f"{ten} ו{form}"] = found[f"{ten} ו-{form}"] = t * 10 + u
    for t, ten in enumerate(he_tens, 2):
        found[ten] = t * 10
    construct = {"שלושת": 3, "ארבעת": 4, "חמשת": 5, "ששת": 6, "שבעת": 7, "שמונת": 8, "תשעת": 9, "עשרת": 10}
    found.update({"עשר": 10, "עשרה": 10, "מאה": 100, **construct})
    return found


NUMBER_WORDS = _number_words()
# A number word counts only before what it measures ("vijftig procent", "three months", "veertig euro"):
# "een" and "un" are also the article.
MEASURES = (r"%|percent\b|per cent\b|procent\b|pour ?cents?\b|pourcents?\b|אחוז\w*|months?\b|maand(?:en)?\b|"
            r"mois\b|ה?חודש\w*|weeks?\b|weken\b|semaines?\b|euros?\b|eur\b|€|dollars?\b|pounds?\b|"
            r"שקל\w*|ש\"ח|₪|bills?\b|invoices?\b|factu(?:u?r|ren|res?)\b|חשבוני\w*")
MEASURE = re.compile(MEASURES, re.IGNORECASE)
HEBREW_DUALS = {"חודשיים": "2 חודשים", "שבועיים": "2 שבועות", "שנתיים": "2 שנים"}

# -- discounts ----------------------------------------------------------------------------------------------

# Discounts said to come on top of each other: their percentages add up ("10% plus another 10%").
STACKED = words(["plus", "another", "extra", "additional", "on top", "stack\\w*", "combined", "in total", "total",
                 "bovenop", "daarbovenop", "nog eens", "in totaal", "samen", "en plus", "suppl[ée]mentaire\\w*",
                 "au total", "cumul\\w*"], ["נוסף", "נוספת", "עוד", "בסך הכל", "סה\"כ"])
FRACTIONS = [
    (re.compile(r"(?<!\w)(?:half|halve|halven|de helft|helft|moiti[ée]|demi|חצי|מחצית|בחצי)(?!\w)", re.I), 50.0),
    (re.compile(r"(?<!\w)(?:two thirds|twee ?derde|deux tiers|שני שליש\w*)(?!\w)", re.I), 66.7),
    (re.compile(r"(?<!\w)(?:three quarters|three fourths|driekwart|drie kwart|trois quarts|שלושה רבעים|שלושת רבעי)"
                r"(?!\w)", re.I), 75.0),
    (re.compile(r"(?<!\w)(?:a third|one third|een derde|un tiers|שליש)(?!\w)", re.I), 33.3),
    (re.compile(r"(?<!\w)(?:a quarter|one quarter|a fourth|een kwart|un quart|רבע)(?!\w)", re.I), 25.0),
]
# Words that make a fraction or a pair of amounts about the price.
PRICE_WORDS = words(
    ["off", "discount\\w*", "price\\w*", "bill\\w*", "fee\\w*", "invoice\\w*", "subscription", "plan", "monthly",
     "cheaper", "reduc\\w+", "knock\\w*", "korting\\w*", "prijs", "prijzen", "factu\\w+", "tarie\\w+", "maandbedrag",
     "abonnement\\w*", "goedkoper", "remise\\w*", "r[ée]duction\\w*", "rabais", "prix", "tarif\\w*", "moins cher",
     "pay\\w*", "betaal\\w*", "paie\\w*", "paier\\w*", "payer", "payez", "korting", "ristourne"],
    ["הנחה", "הנחת", "מחיר", "המחיר", "חשבון", "חשבונית", "תשלום", "מנוי", "תשלם", "תשלמי", "זול"])
PAY = words(["pay", "pays", "paying", "betaal\\w*", "paie\\w*", "paier\\w*", "payer", "payez", "payes"],
            ["תשלם", "תשלמי", "תשלמו", "משלם", "משלמת", "לשלם"])
ONLY = words(["only", "just", "merely", "maar", "slechts", "nog maar", "seulement", "que", "plus que", "uniquement"],
             ["רק"])
OF_USUAL = re.compile(r"(?:of (?:the|your) (?:usual|normal|regular|current|standard)|van (?:het|uw|je) "
                      r"(?:normale|huidige|gewone|standaard)|du (?:tarif|prix) (?:habituel|normal|actuel)|"
                      r"de votre (?:tarif|prix)|מה(?:מחיר|תעריף|חשבון) (?:הרגיל|הנוכחי|הקבוע))", re.I)
# Between two amounts, one of these makes the second the old price ("€5 instead of €45").
INSTEAD = words(["instead of", "rather than", "in plaats van", "i\\.p\\.v\\.", "ipv", "au lieu de", "down from",
                 "reduced from", "plutôt que"], ["במקום"])
TAKE_OFF = words(["off", "af", "retire\\w*", "d[ée]duis\\w*", "d[ée]duire", "korting op", "remise de", "rabais de"],
                 ["מוריד", "מורידים", "נוריד", "הנחה של"])

# -- free things and refunds --------------------------------------------------------------------------------

FREE = words(
    ["(?<!feel )(?<![-\\w])free(?! to\\b)(?!-?phone)(?! (?:slots?|time|appointments?|moments?|spots?|period|"
     "space|memory|storage|up|of (?:errors|viruses|spam))\\b)", "for free", "costs? nothing", "kost(?:en)? niets",
     "ne co[uû]te rien", "no (?:extra |additional )?(?:cost|charge|fee)s?", "sans suppl[ée]ment", "free of charge",
    "at no (?:extra |additional )?(?:cost|charge)", "no charge",
     "without charge", "complimentary", "on the house", "(?:it'?s|is|are|they're|that's) on us", "waive\\w*",
     "at our expense", "gratis",
     "kosteloos", "kostenloos", "zonder kosten", "voor niets", "geen kosten", "op onze kosten", "kwijtschel\\w*",
     "(?:schrijf|scheld)\\w* (?:\\S+ ){0,5}?kwijt",
     "kwijtgescholden", "cadeau", "niets? (?:te )?betalen", "betaalt? (?:\\S+ ){0,5}?niets",
     "(?:won't|will not|don't|do not) (?:have to |need to )?pay (?:anything|a thing|a cent|for)", "pay nothing",
     "nothing to pay", "rien (?:à|a) payer", "ne paierez rien", "ne payez rien", "gratuit\\w*", "offert\\w*",
     "(?:won't|will not|don't|do not) charge(?: you)?(?: for)?", "skip (?:the |your )?(?:next )?(?:\\w+ )?"
     "(?:payments?|invoices?|bills?|months?)", "(?:rekenen|brengen) (?:wij|we) (?:u |je )?niets(?: in rekening)?",
     "(?:wij|we) (?:rekenen|brengen) (?:u |je )?niets", "schenk\\w*", "(?:give|geef|geven|offr\\w*|donn\\w*) "
     "(?:you|u|je|vous|te)\\b (?:\\S+ ){0,2}?(?:\\d+|a|one|een|un|une) (?:months?|maand(?:en)?|mois)",
     "(?:ne )?(?:vous )?facturer(?:ons|a) (?:rien|pas)", "annul\\w* (?:les |vos )?(?:\\d+ )?(?:prochaines? )?"
     "(?:factures?|mensualit[ée]s?)",
     "sans frais",
     "à titre gracieux", "à nos frais", "rien à payer", "c'est cadeau"],
    ["חינם", "ללא תשלום", "ללא עלות", "ללא חיוב", "ללא תוספת תשלום", "לא עולה (?:כלום|דבר|שקל)", "מתנה",
     "על חשבוננו", "לא תשלם", "לא תשלמי", "לא תצטרך לשלם", "לא נחייב", "נבטל (?:את )?(?:החיוב|החשבונית|התשלום)",
     "(?:נותן|נותנת|ניתן|אתן) לך (?:\\S+ )?(?:חודש|חודשיים|\\d+ חודשים)"])
REFUND = words(
    ["refund\\w*", "money back", "reimburs\\w*", "compensat\\w*", "cash ?back", "credit(?:ed|ing)?(?= (?:you|your|"
     "it|the|one|\\d|back|a ))", "credited", "goodwill payment", "pay you back", "damages", "terugbeta\\w+",
     "terug ?te ?betalen", "terugstort\\w*", "teruggestort", "geld terug\\w*", "terugkrijg\\w*", "vergoed\\w*",
     "schadevergoeding", "compensatie", "compenseren", "crediteren", "gecrediteerd", "creditnota", "tegoed",
     "restitutie", "(?:stort|betaal|betal|krijg|geef|geven)\\w* (?:\\S+ ){0,6}?terug", "rembours\\w*", "dédommag\\w*",
     "indemni\\w*", "compens\\w+", "geste commercial",
     "recrédit\\w*"],
    ["החזר", "החזר כספי", "להחזיר", "נחזיר", "נזכה", "זיכוי", "לזכות", "זיכינו", "פיצוי", "נפצה", "לפצות",
     "החזרים"])
# A refund asked about, applied for or decided by others is no promise ("you'd like a refund").
WISH = words(["you'd like", "you would like", "you want\\w*", "wants?", "would like", "asked", "asks",
              "you(?:'ve| have) asked", "request\\w*", "apply\\w*",
              "claim\\w*", "decide\\w*", "wish\\w*", "eligib\\w+", "wilt", "wil graag", "verzoek\\w*", "aanvra\\w+",
              "vraagt", "vroeg", "wil", "wilde", "beslis\\w*", "demande\\w*", "souhait\\w+", "voulez", "veut",
              "r[ée]clam\\w+", "d[ée]cid\\w+"],
             ["מבקש", "מבקשת", "ביקש", "ביקשה", "ביקשת", "בקשה", "בקשת", "רוצה", "לבקש", "להגיש", "מחליט\\w*"])
FULL = words(["full", "fully", "entire", "entirely", "whole", "all", "every", "complete\\w*", "volledig\\w*",
              "helemaal", "alle", "al het", "hele", "gehele", "int[ée]gral\\w*", "total\\w*", "tout", "toute", "tous",
              "toutes"], ["מלא", "מלאה", "כל", "כולו", "כולה", "כולם"])

# -- credentials --------------------------------------------------------------------------------------------

CREDENTIAL = words(
    ["passwords?", "pass ?codes?", "pins?", "pin[- ]?codes?", "pin numbers?", "security codes?",
     "verification codes?", "one[- ]time (?:pass)?codes?", "otp", "2fa(?: codes?)?", "authenticat\\w+ codes?",
     "sms[- ]?codes?", "text(?:ed)? codes?", "codes? (?:we|i) (?:just )?(?:sent|texted)", "\\d[- ]digit codes?",
     "cvc2?", "cvv2?", "card verification\\w*", "(?:three|3) digits (?:on|at) the back", "security digits",
     "login details", "log-?in credentials",
     "credentials", "username and password", "sign-?in details", "memorable word", "card numbers?",
     "wachtwoord\\w*", "inlogcodes?", "inloggegevens", "pincodes?", "sms-?codes?", "verificatiecodes?",
     "bevestigingscodes?", "beveiligingscodes?", "eenmalige codes?", "toegangscodes?",
     "(?:drie|3) cijfers (?:achter|achterop|op de achterkant)",
     "kaartnummer", "digid", "codes? (?:uit|in|van|per) (?:de |uw |je )?(?:sms|tekstbericht)",
     "codes? (?:\\S+ ){0,6}?(?:per|via|par|by|in|uit|dans|en) (?:de |the |a |le |un |een |uw |your |votre )?"
     "(?:sms|text(?: message)?|texto|sms-je|tekstbericht)",
     "codes? (?:from|in) (?:the|your) (?:sms|text)", "codes? (?:re[çc]u|envoy[ée]) (?:par|en|dans (?:le|votre)) sms",
     "mots? de passe", "codes? (?:pin|secret|confidentiel|de v[ée]rification|"
     "de confirmation|de s[ée]curit[ée]|reçu par sms|à usage unique|sms|d'accès)", "identifiants",
     "cryptogramme", "(?:trois|3) chiffres (?:au dos|derrière|à l'arrière)", "numéro de (?:votre )?carte"],
    ["סיסמה", "סיסמא", "סיסמת", "קוד סודי", "הקוד הסודי", "קוד אימות", "קוד האימות", "קוד חד[- ]פעמי",
     "הקוד שקיבלת", "קוד ה-?SMS", "פרטי ההתחברות", "פרטי התחברות", "שם משתמש וסיסמה",
     "(?:שלוש|3) הספרות (?:ש|ב)?(?:גב|בגב)", "מספר הכרטיס", "פרטי האשראי", "קוד PIN",
     "הקוד (?:מה|ב|ש)?(?:SMS|הודעה|מסרון)"])
ASK = words(
    ["give", "tell", "share", "provide", "confirm", "read", "type", "spell", "reply with",
     "what(?:'s| is) your", "need (?:your|the|it|that)", "can i have", "let me have", "geef", "geven", "geeft",
     "noem", "noemen", "deel", "delen", "vertel", "vertellen", "door ?geven", "geef .{0,20} door",
     "voorlezen", "lees .{0,20} voor", "bevestig", "bevestigen", "typ", "intypen", "wat is uw", "wat is je", "nodig",
     "donnez", "donner", "communiquez", "communiquer", "indiquez", "indiquer", "dites",
     "dire", "lisez", "lire", "confirmez", "transmettez", "transmettre", "quel est votre", "quels sont vos",
     "j'ai besoin", "me faut"],
    ["תן", "תני", "תנו", "תמסור", "תמסרי", "למסור", "מסור", "להקריא",
     "תקריא", "תקריאי", "הקרא", "אמור", "תגיד", "תגידי", "לתת", "לכתוב", "תכתוב", "תכתבי", "צריך את", "צריכה את"])
# Sending is asking only towards us: "send me your code", not "shall I send you a reset link".
SEND_TO_US = re.compile(
    r"(?<!\w)(?:send|forward|e-?mail|text|stuur|sturen|mail|envoy\w*|transf[ée]r\w*)\b.{0,40}?(?:\b(?:me|us|mij|"
    r"ons|moi|nous|here|hier|ici)\b|in (?:the|this|de|deze) chat|dans (?:le|ce) chat)|(?<![\u05d0-\u05ea])(?:ו)?"
    r"(?:שלח|תשלח|שלחי|תשלחי|לשלוח|העבר|תעביר)\S*\s.{0,30}?(?:לי|לנו|כאן|בצ'אט)(?![\u05d0-\u05ea])", re.IGNORECASE)
ASK_SOFT = re.compile(r"\?|\b(?:please|alstublieft|graag|s'il vous pla[iî]t)\b|בבקשה|(?<![\u05d0-\u05ea])מה\s+ה", re.I)
RESET = words(["reset", "change", "forgot\\w*", "update", "wijzig\\w*", "herstel\\w*", "vergeten", "aanpassen",
               "opnieuw instellen", "r[ée]initialis\\w*", "modifi\\w+", "chang\\w+", "oubli\\w*"],
              ["לאפס", "איפוס", "לשנות", "שכחת"])
NEGATION = Words(
    r"(?<!\w)(?:never|not|no one|nobody|\w+n't|do not|cannot|will not|unable|nooit|niet|niemand|geen|"
    r"jamais|personne|aucun\w*|n(?:e\s|')(?:\S+\s){0,2}?\S*\s?pas)(?!\w)",
    # Hebrew "not" takes "and", "that", "when that" in front, never the "from" of "מלא" (full)
    rf"(?<![{_HE_LETTER}])(?:ו|ש|וש|כש)?(?:לעולם לא|אף פעם|לא|אין|אסור|אינני|איני|אל ת[{_HE_LETTER}]+)"
    rf"(?![{_HE_LETTER}])")

# -- bank accounts ------------------------------------------------------------------------------------------

IBAN_LIKE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[ ]?\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![A-Za-z0-9])")
ACCOUNT_WORDS = words(["account(?: number)?", "acct", "sort code", "iban", "bic", "bank", "rekening\\w*",
                       "compte", "rib", "bancaire\\w*"], ["חשבון", "בנק", "סניף"])
PAY_TO = words(["pay", "transfer", "send (?:the )?(?:payment|money)", "wire", "deposit", "settle", "betaal\\w*",
                "overmak\\w+", "overboek\\w+", "storten", "stort", "virement", "virer", "payer", "payez", "réglez",
                "régler", "verser", "versez"], ["להעביר", "העבר", "העבירו", "שלם", "לשלם", "תשלום", "להפקיד", "הפקד"])
NEW_ACCOUNT = Words("|".join((
    r"\bnew (?:bank )?account(?: number| details)?\b(?=.{0,60}(?:pay|transfer|iban|bank|sort code))",
    r"(?:pay|transfer|iban|bank)\w*\b.{0,60}\bnew (?:bank )?account\b",
    r"\b(?:bank|payment|account) details (?:have |has )?(?:changed|been updated)\b",
    r"\bnieuw\w* (?:bank)?rekening\w*", r"\brekening\w* (?:is |zijn )?(?:gewijzigd|veranderd)",
    r"\bnouveau (?:compte|rib|iban)\b", r"\bnouvelles? coordonn[ée]es bancaires\b",
    r"\bcoordonn[ée]es bancaires (?:ont )?chang[ée]")),
    "|".join((r"חשבון (?:הבנק )?החדש", r"לחשבון חדש", r"פרטי (?:הבנק|החשבון) (?:שלנו )?(?:השתנו|שונו|התעדכנו)")))

# -- the model talking about itself ---------------------------------------------------------------------------

RECITAL = Words("|".join((
    r"\bmy (?:system )?(?:instructions|prompt|rules|guidelines|directives)\b",
    r"\b(?:the|this) system (?:prompt|instructions|message)\b", r"\binstructions (?:i|i've) (?:was |were )?given\b",
    r"\bas an? (?:ai|artificial intelligence|language model|large language model|llm|ai model|ai assistant)\b",
    r"\bi(?:'m| am) (?:just |only |merely )?(?:an? )?(?:ai|language model|large language model|llm|chatbot|bot)\b",
    r"\bi (?:was|have been|am) (?:told|instructed|programmed|prompted|asked) to\b", r"\bjson\b", r"passage_ids",
    r"\bnonce\b", r"<<<|>>>", r"\b(?:transcript|knowledge|guidance|context) blocks?\b",
    r"\bmijn (?:instructies|regels|richtlijnen|opdracht|systeeminstructies)\b",
    r"\bals (?:een )?(?:ai|ai-)?(?:taalmodel|ai-model|chatbot|ai-assistent|kunstmatige intelligentie)\b",
    r"\bik ben (?:maar )?(?:een )?(?:ai|taalmodel|chatbot|ai-model)\b", r"\bik (?:ben|werd) (?:ge[iï]nstrueerd|"
    r"geprogrammeerd)\b", r"\bsysteeminstructies\b",
    r"\bmes (?:instructions|consignes|r[èe]gles|directives)\b", r"\binstructions? (?:du )?syst[èe]me\b",
    r"\ben tant qu(?:e |')(?:ia|intelligence artificielle|mod[èe]le de langage|assistant virtuel|chatbot)\b",
    r"\bje suis (?:une ia|un mod[èe]le de langage|un chatbot|une intelligence artificielle)\b",
    r"\bon m'a (?:demand[ée]|programm[ée]|ordonn[ée])\b",
    # the system prompt's own subjects, in any of the four languages
    r"\bplaceholders?\b", r"\btijdelijke aanduidingen?\b", r"\bespaces? r[ée]serv[ée]s?\b",
    r"\b(?:the|de|l')\s?(?:agent|medewerker|agente?|conseiller)\b.{0,40}\b(?:drafts?|concepten?|brouillons?)\b",
    r"\b(?:drafts?|concepten?|brouillons?)\b.{0,40}\b(?:for|voor|pour) (?:the|de|l')\s?(?:agent|medewerker|agente?)\b",
    r"\byou are (?:a|an) (?:helpful |friendly )?(?:assistant|ai|language model|chatbot)\b",
    r"\b(?:je|jij|u) (?:bent|ben) (?:een )?(?:behulpzame )?(?:assistent|ai|taalmodel)\b",
    r"\b(?:tu es|vous [êe]tes) un (?:assistant|mod[èe]le de langage|chatbot)\b",
)), "|".join((
    r"מציי?ני? מקום", r"טיוטות? (?:ל|עבור )(?:ה)?נציג", r"את(?:ה)? עוזר(?:ת)? (?:וירטואלי|AI|בינה)",
    r"(?:ה)?(?:הוראות|הנחיות|כללים|חוקים) (?:שלי|המערכת)", r"כמודל שפה", r"אני (?:רק )?(?:מודל שפה|בינה מלאכותית|"
    r"בוט|צ'אטבוט)", r"כבינה מלאכותית", r"תוכנתתי", r"הונחיתי",
)))

# -- abuse --------------------------------------------------------------------------------------------------

# Insults and profanity that stand on their own; adjectives only count said of the customer (below).
ABUSE = words(
    ["idiots?", "moron\\w*", "imbeciles?", "stupid (?:question|idea|remark)", "dumb ?ass", "loser", "pathetic",
     "shut up", "stop whining",
     "get lost", "fuck\\w*", "f\\*ck\\w*", "f\\*\\*k", "shit\\w*", "bullshit", "bitch\\w*", "bastard\\w*", "crap",
     "damn it", "goddamn\\w*", "for god's sake", "piss off", "not my problem", "your own fault", "whin\\w+",
     "idioot", "idioten", "sukkel\\w*", "debiel\\w*", "eikel\\w*", "klootzak\\w*", "lul", "kut\\w*",
     "godverdomme", "verdomme", "stomme (?:vraag|opmerking)", "hou(?:d)? (?:je|uw|toch eens (?:je|uw)|eens (?:je|uw)) "
     "(?:bek|mond|kop)", "zeur\\w*", "zeik\\w*", "sufferd", "mafkees", "kneus", "dombo", "mongool", "achterlijk\\w*",
     "niet mijn probleem",
     "imb[ée]ciles?", "cr[ée]tin\\w*", "connard\\w*", "salaud\\w*", "salope", "merde\\w*", "putain",
     "ta gueule", "fermez-la", "taisez-vous", "tais-toi", "abruti\\w*", "d[ée]bile\\w*", "pleurnich\\w+",
     "pas mon probl[èe]me", "question (?:stupide|b[êe]te)"],
    ["טיפש", "טיפשה", "שאלה טיפשית", "אידיוט", "אידיוטית", "מטומטם", "מטומטמת", "דביל", "דבילית",
     "סתום כבר", "תסתום", "סתום את הפה", "שתוק", "תשתוק", "תשתקי", "לך לעזאזל", "חרא", "מפגר", "מפגרת", "בהמה",
     "תפסיק לבכות",
     "לא הבעיה שלי", "יא אפס", "כוס אמ\\S*", "בן זונה"])
INSULT_AFTER_YOU = re.compile(
    r"\b(?:don't be|stop being|doe (?:niet )?(?:zo )?|ne soyez pas|ne sois pas)\s?(?:so |zo |si )?(?:stupid|dumb|"
    r"difficult|ridiculous|dom|moeilijk|lastig|belachelijk|b[êe]te|stupide|ridicule)\b|"
    r"\b(?:you(?:'re| are)|u bent|je bent|jij bent|vous [êe]tes|t'es|tu es)\b(?: (?:really|so|such an?|echt|"
    r"zo|gewoon|vraiment|tellement|un|une|een))* (?:stupid|dumb|useless|incompetent|clueless|ridiculous|dom|"
    r"dommer|stom|waardeloos|nutteloos|belachelijk|lastig|moeilijk|b[êe]te|nul(?:le)?|ridicule|incomp[ée]tent)",
    re.IGNORECASE)

# -- someone else's personal data -------------------------------------------------------------------------------

_CAPITAL = (r"(?:(?:van|de|der|den|le|la|du|von|ben|el)\s+)*[A-Z][\w'-]+"
            r"(?:\s+(?:(?:van|de|der|le|la|du)\s+)*[A-Z][\w'-]+)?")
# Honorific names start with a capital in Latin script ("mevrouw heeft" is no name), so only the title
# ignores case.
HONORIFIC_NAME = re.compile(
    rf"(?<!\w)(?i:mr|mrs|ms|miss|mx|dr|mister|meneer|mevrouw|dhr|mevr|mw|de heer|monsieur|madame|mademoiselle|"
    rf"mme|mlle|herr|frau)\.?\s+({_CAPITAL})|(?<!\w)M\.\s+({_CAPITAL})|(?<![{_HE_LETTER}])(?:ל|ה|ו|ש)?"
    rf"(?:מר|גברת|גב'|הגב'|אדון|הגברת)\s+([{_HE_LETTER}]{{2,}}(?:\s+[{_HE_LETTER}]{{2,}})?)")
# A name right after a word for someone else ("another customer, Jan de Boer", "הלקוח הקודם דוד כהן").
PERSON_CUE = re.compile(
    r"(?<!\w)(?i:(?:another|other|previous|last|next) (?:customer|client|caller)|(?:vorige|andere|een andere) "
    r"(?:klant|beller)|(?:client|cliente?) (?:pr[ée]c[ée]dente?|suivante?)|autre client|(?:your|uw|je|votre|ta) "
    r"(?:neighbou?r|buurman|buurvrouw|voisine?)|(?:his|her|zijn|haar|son|sa) (?:name is|naam is)|(?:hij|zij) heet|"
    r"(?:il|elle) s'appelle)\b[,:]?\s+(" + _CAPITAL + r")|(?<![\u05d0-\u05ea])(?:ה)?(?:לקוח(?:ה)? "
    r"(?:אחר|אחרת|הקודם|הקודמת)|השכן|השכנה|שמו|שמה)[,:]?\s+([\u05d0-\u05ea]{2,})")
STREET = re.compile(
    r"\b\d{1,4}[a-zA-Z]?,?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:Street|St\.?|Road|Rd\.?|Lane|Avenue|Ave\.?|Drive|"
    r"Close|Square|Way)\b|\b[A-Z][\w'-]*(?:straat|laan|weg|plein|gracht|singel|dijk|kade|steeg|hof)\s+\d{1,4}\b|"
    r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|all[ée]e|place|impasse|quai)\s+[\w' -]{2,30}|"
    r"(?<![\u05d0-\u05ea])(?:ב|ל|מ)?רחוב\s+[\u05d0-\u05ea]{2,}(?:\s+[\u05d0-\u05ea]{2,})?\s+\d{1,4}")

# -- other languages a draft must not switch to -----------------------------------------------------------------

FOREIGN_WORDS = {
    "de": frozenset("und ist nicht ich wir ihr ihre ihnen mit für auf dem zu danke bitte vielen eine einen sich "
                    "auch werden wird haben sind noch schon uns darum unser unsere kümmern geduld".split()),
    "es": frozenset("el las del por con para su sus usted ustedes gracias está están muy pero como hoy "
                    "mismo estamos nuestro nuestra revisaremos pedido paciencia".split()),
    "it": frozenset("gli della delle sono grazie vostra siamo stiamo questo questa molto anche ordine".split()),
}
SCRIPTS = (("he", "\u0590", "\u05ff"), ("ar", "\u0600", "\u06ff"), ("ru", "\u0400", "\u04ff"),
           ("el", "\u0370", "\u03ff"), ("zh", "\u4e00", "\u9fff"), ("ja", "\u3040", "\u30ff"))
