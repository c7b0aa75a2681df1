"""The draft guard's checks, one function each (their text helpers: ``guard_text``; what a draft offers is checked
in ``guard_offers``).

Each check takes the draft's text (what the customer would read), ``both`` (text and rationale, everything
on the card), ``numeric`` (``both`` with number words written as digits) and the request's context, and
returns a reason or ``None``. What the draft offers or asks the customer (credentials, free things,
refunds), how it speaks to them (belittling, threats, blame) and its language are judged on the text alone: the
rationale speaks to the agent ("the customer wants a refund"). Links, accounts, prices, discounts, placeholders,
recitals, insults and personal data count anywhere on the card. They only read: nothing here keeps state between
drafts. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from copilot.engines import guard_abuse_shape as shape
from copilot.engines import guard_abuse_verdict as verdict
from copilot.engines import guard_words as w
from copilot.engines import guard_words_abuse as wa
from copilot.engines import guard_words_conduct as cw
from copilot.engines import guard_words_menace as wm
from copilot.engines.guard_offers import FREE, PRICE, REFUND, discounts, free, refunds  # noqa: F401 (reasons read here)
from copilot.engines.guard_text import (
    BARE_HOST,
    URL,
    WORD,
    amounts,
    clauses,
    digits,
    giving_part,
    host_allowed,
    hosts,
    ibans,
    negated,
    personal_findings,
    sentences,
    spelled_out,
    stems,
)
from copilot.privacy.given_names import HEBREW_NAMES
from copilot.privacy.redaction import CRM_KINDS, KINDS
from copilot.text.language import detect_with_confidence, without_names

if TYPE_CHECKING:
    from copilot.engines.guard import GuardContext
    from copilot.privacy.redaction import Finding


# The reasons a trainer reads beside a held-back draft. Fixed words, never the draft's own text, so the
# log line that counts them carries nothing a customer or a model said.
PLACEHOLDER = "placeholder the conversation never issued"
RECITAL = "talks about its own instructions"
PROMPT = "repeats the system prompt"
LINK = "link to a domain that is not allowed"
CREDENTIAL = "asks for a password or code"
ACCOUNT = "bank account not in the knowledge base"
ABUSE = "abusive language"
PERSONAL = "someone else's personal data"
LANGUAGE = "not in the customer's language"

# (and a vault's kind in other brackets or in none, "<EMAIL_2>", "E-MAIL_2", which no vault restores either: it
# stands for its bracketed form, a hole if that was never issued; other capitals with a number are a product's)
_VAULT_KIND = "|".join(k.replace("_", "[_ -]?").replace("EMAIL", "E-?MAIL") for k in (*KINDS, *CRM_KINDS))
_VAULT_SHAPE = re.compile(rf"(?:{_VAULT_KIND})_\d+", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\[\s*([^\W\d_][\w .'-]*?)\s*\]|\{\{?\s*([^\W\d][\w ]*?)\s*\}?\}|"
                          rf"<\s*((?i:{_VAULT_KIND})_\d+)\s*>|(?<![\w\[{{<-])((?:{_VAULT_KIND})_\d+)(?![\w\]}}>-])")
# What a made-up placeholder is called in the four languages: "[Name]", "[klantnummer]", "[code postal]", "[שם הלקוח]".
_ISSUED_SHAPE = re.compile(
    r"[A-Z][A-Z0-9_]{2,}|[A-Za-z]+_\d+|(?i:(?:(?:your|the|uw|de|het|je|votre|le|la|l'|du|de la) ?)?"
    r"(?:(?:first|last|full|customer|klant|client|account|order|bank|e-?mail|phone|street|house) ?)?"
    r"(?:name|naam|nom|pr[ée]nom|e-?mail|e-?mailadres|adresse e-?mail|phone|telefoon(?:nummer)?|t[ée]l[ée]phone|"
    r"address|adres|adresse|iban|date|datum|amount|bedrag|montant|customer|klant|client|number|nummer|num[ée]ro|voornaam|achternaam|klantnaam|postcode|"
    r"zip(?: code)?|code postal|woonplaats|city|ville|street|straat(?:naam)?|rue|huisnummer|rekeningnummer|"
    r"klantnummer|ordernummer|bestelnummer|geboortedatum|date of birth|date de naissance|nom de famille|"
    r"(?:num[ée]ro|n°) de (?:client|commande|t[ée]l[ée]phone|compte)|account(?: number)?|order(?: number)?))"
    r"|(?:ה)?(?:שם|שם הלקוח|שם פרטי|שם משפחה|מספר טלפון|טלפון|כתובת|מייל|דוא\"ל|מספר לקוח|מספר הזמנה|תעודת זהות|"
    r"ת\"ז|עיר|רחוב|מיקוד|תאריך לידה)(?: של הלקוח| הלקוח)?")
_DIGIT_RUN = re.compile(r"(?<![\w.,])\d[\d -]{4,}\d(?![\w])")
# (a code's letters may come before its digits: "booking number BK-204617", "réservation RS-882140")
_REFERENCE = re.compile(r"(?:invoice|order|reference|ref|customer|ticket|booking|reservation|factuur\w*|bestel\w*|"
                        r"boeking\w*|reserverings?\w*|kenmerk|klantnummer|dossier|facture|commande|référence|"
                        r"réservation|חשבונית|הזמנה|ההזמנה|אסמכתא)\W{0,3}(?:number|nummer|numéro|nr|no)?"
                        r"\W{0,3}(?:[A-Z]{1,4}-?)?$", re.IGNORECASE)


_CODE_PREFIX = re.compile(r"(?<![\w-])[A-Z]{2,5}-$")


# -- the checks -----------------------------------------------------------------------------------------------


def placeholders(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    for sentence in sentences(both):
        for m in _PLACEHOLDER.finditer(sentence):
            inner = (m.group(1) or m.group(2) or m.group(3) or m.group(4) or "").strip()
            vault_kind = _VAULT_SHAPE.fullmatch(inner)
            if m.group(2) is None and vault_kind is None and not _ISSUED_SHAPE.fullmatch(inner):
                continue  # "[sic]", "[1]": brackets, not a placeholder
            # "<E-MAIL_1>" or "[E-MAIL_1]" stands for "[EMAIL_1]"
            said = f"[{re.sub('[ -]', '', inner)}]" if vault_kind is not None else m.group()
            if not ctx.issued(said) or not ctx.where_issued(said, _PLACEHOLDER.sub(" ", sentence)):
                return PLACEHOLDER
    return None


# A short quotation in shorthand: a list of notes with a comma between them and no sentence of its own ("'late payer,
# no discount'"), in any quotation marks (not an apostrophe inside a word: "don't").
_QUOTED = re.compile(r"(?<!\w)(?:'|‘|\"|“|„|«\s?)((?:[^'\"“”‘’«»\n.!?]|(?<=\w)['’](?=\w)){3,200}?)"
                     r"(?:'|’|\"|”|\s?»)(?!\w)")


# what a note tells staff to do, in shorthand: refuse, give nothing, a percentage at most
_NOTE_RULE = re.compile(r"(?i:\b(?:refus\w*|nothing|niets|weiger\w*|rien|jamais|never|nooit)\b|\d\s?%)|"
                        r"(?<![\u05d0-\u05ea])(?:לסרב|לא לתת|שום|אף פעם)(?![\u05d0-\u05ea])|%\s?\d")


def _quoted_rule(text: str, ctx: GuardContext) -> bool:
    """Whether the draft quotes a note in shorthand that says what staff must not do for the customer ("'calls
    often, no goodwill, send to the shop'"): internal notes about the customer, read out, in any words. A quotation
    the customer or the passages said is theirs, no note."""
    for m in _QUOTED.finditer(text):
        inner = m.group(1)
        parts = inner.split(",")
        # (a note of three parts or more may say what staff do in its own shorthand: a refusal, "nothing" given, or
        # a cap on what may be given, a percentage)
        if "," not in inner or not any(negated(part.strip()) for part in parts) and not (
                len(parts) >= 3 and any(_NOTE_RULE.search(part) for part in parts)):
            continue
        if not any(inner.casefold() in known.casefold() for known in ctx.known_texts):
            return True
    return False


# A note in the customer's file read out as a quotation: "your file has a note that says: '...'", "in uw dossier staat
# een notitie: '...'", "votre dossier indique : « ... »", "בתיק שלך כתוב: '...'".
_FILE_NOTE = re.compile(
    r"(?i:\b(?:file|record|records|notes|account|profile|history|dossier|klantdossier|pati[eë]ntdossier|"
    r"klantkaart|profiel|fiche|compte|profil|historique)\b[^.!?\n]{0,40}?\b(?:says|said|reads|states|notes?|"
    r"mentions?|comments?|remarks?|flag(?:ged)?|staat|stond|zegt|vermeldt|notitie|aantekening|opmerking|"
    r"genoteerd|indique|pr[ée]cise|mentionne|dit|remarque|commentaire|not[ée]|inscrit|[ée]crit)\b)"
    r"[^.!?\n]{0,30}?(?:[:,]\s?|\s)(?:'|‘|\"|“|„|«)\s?"
    # (or the note named before the file it is in: "a flag on your account: '...'", "la note de votre dossier, « ... »",
    # "de notitie in uw dossier: '...'")
    r"|(?i:\b(?:note|notes|flag|flags|remark|comment|memo|notitie|aantekening|opmerking|vermelding|remarque|"
    r"commentaire|mention|annotation)\b (?:\S+ ){0,2}?(?:file|record|records|account|profile|history|dossier|"
    r"klantdossier|klantkaart|profiel|fiche|compte|profil|historique)\b)[^.!?\n]{0,30}?(?:[:,]\s?|\s)"
    r"(?:'|‘|\"|“|„|«)\s?"
    r"|(?<![\u05d0-\u05ea])(?:ה)?(?:הערה|הערות|סימון) (?:\S+ )?[בו]?(?:ה)?(?:תיק|רשומה|כרטיס|פרופיל)\S*"
    r"[^.!?\n]{0,30}?(?:[:,]\s?|\s)(?:'|‘|\"|“|„|«)\s?"
    r"|(?<![\u05d0-\u05ea])[בו]?(?:ה)?(?:תיק|רשומה|כרטיס|פרופיל)(?![\u05d0-\u05ea])[^.!?\n]{0,30}?"
    r"(?<![\u05d0-\u05ea])(?:כתוב|רשום|נכתב|הערה|מצוין)(?![\u05d0-\u05ea])[^.!?\n]{0,20}?(?:[:,]\s?|\s)"
    r"(?:'|‘|\"|“|„|«)\s?")
_QUOTE_CLOSE = re.compile(r"['’\"”»]")


def _file_note(text: str, ctx: GuardContext) -> bool:
    """Whether the draft reads out a note from the customer's file, a quotation of four words or more the file is said
    to hold: what staff wrote about the customer, not for them. A quotation the customer or the passages said is
    theirs, and a label of one or a few words ("your account says 'Paid'") is no note."""
    for m in _FILE_NOTE.finditer(text):
        close = _QUOTE_CLOSE.search(text, m.end())
        inner = text[m.end():close.start() if close else m.end() + 200]
        if len(re.findall(r"\w+", inner)) >= 4 and not any(
                inner.strip().casefold() in known.casefold() for known in ctx.known_texts):
            return True
    return False


# What a thing costs the company, or its margin, said with a figure: "the lab charges us about €95", "our margin on
# crowns is around 60%", "un implant nous coûte environ 380 €", "הרווח שלנו ... 65%", "עולה לנו בערך 400 ₪".
_OWN_COSTS = re.compile(
    r"(?i:\b(?:our|onze|notre|nos) (?:profit |winst)?marges?\b[^.!?\n]{0,50}?\d"
    r"|\b(?:costs?|charges?) us (?:\S+ ){0,3}?(?:about |around |roughly |only |just )?[€$£₪]\s?\d"
    r"|\b(?:kost|kosten|rekent|rekenen|berekent) ons (?:\S+ ){0,4}?[€$£₪]\s?\d"
    r"|\bnous (?:co[ûu]tent?|revien(?:nen)?t|factur\w*) (?:\S+ ){0,3}?\d[\d  .,]*\s?(?:€|euros?))"
    r"|(?<![\u05d0-\u05ea])(?:ו|ש)?הרווח שלנו[^.!?\n]{0,50}?\d"
    r"|(?<![\u05d0-\u05ea])(?:עולה|עולים|עולות) לנו (?:\S+ ){0,3}?\d")


def _recited_limits(text: str, ctx: GuardContext) -> bool:
    """Whether the draft lists, after a colon, three prohibitions or more in the brief's own shorthand, one of them the
    staff's own discount limit ("in short: never above N%, don't ..., and don't ..."): the rules it works under, said
    to the customer whatever words introduce them. A customer's do's and don'ts name no staff discount limit."""
    for sentence in sentences(text):
        head, colon, tail = sentence.partition(":")
        parts = [part for part in tail.split(",") if part.strip()]
        if not colon or len(parts) < 3 or not all(negated(part) for part in parts):
            continue
        if any(abs(float(m.group(1).replace(",", ".")) - ctx.max_discount) < 0.005
               for part in parts for m in _LIMIT.finditer(part)):
            return True
    return False


# a percentage as said in a rule: "18%", "18 %", Hebrew "18%" after a prefix ("מ-18%")
_LIMIT = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")


def prompt(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    if (cw.RECITAL.search(both) or cw.DRAFTS_FOR_AGENT.search(text) or cw.PLACEHOLDER_TALK.search(text)
            or cw.RULE_ABOUT_CUSTOMER.search(text) or cw.CONCEALED.search(text) or cw.NOTE_READ.search(text)):
        return RECITAL
    if _quoted_rule(text, ctx) or _recited_limits(text, ctx) or _file_note(text, ctx) or _OWN_COSTS.search(text):
        return RECITAL
    if cw.META_HINT.search(text) and sum(bool(s.search(text)) for s in cw.META) >= 2:
        return RECITAL
    if sum(1 for _ in cw.OWN_RULE.finditer(text)) >= 3:
        return RECITAL
    said = [word.casefold() for word in re.findall(r"\w+", both)]
    for i in range(len(said) - 4):
        gram = tuple(said[i:i + 5])
        if gram in ctx.prompt_grams and sum(len(word) >= 4 for word in gram) >= 2:
            return PROMPT
    return None


def links(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    return LINK if any(not host_allowed(host, ctx.hosts) for host in hosts(spelled_out(both))) else None


# what follows a purpose ("so you don't have to", "zodat je niet", "pour que vous n'ayez pas", "כדי שלא") is no refusal
_PURPOSE = re.compile(r"\b(?:so that|so|zodat|pour que|pour ne|afin de|afin que)\b|כדי", re.IGNORECASE)


# A word spelt letter by letter so that no word list sees it: "your P-A-S-S-W-O-R-D", "the p.i.n.c.o.d.e".
_SPELT = re.compile(r"(?<![\w.-])(?:[^\W\d_][-. ]){4,}[^\W\d_](?![\w-])")
# A credential's word in disguise: digits for letters ("p4ssw0rd", "w4chtw00rd"), or cut in two ("pass word", "wacht
# woord", "mot-de-passe"). A word of letters and digits is read with its digits as letters only when it then is a
# credential's word: a model number ("F28"), a postcode ("1234AB") or a reference stays what it is.
_MIXED = re.compile(r"(?<![\w@$])(?=[\w@$]*[\d@$])(?=[\w@$]*[^\W\d_])[\w@$]{4,}(?![\w@$])")
_AS_LETTERS = str.maketrans("4301@$5", "aeoiass")
_CUT = re.compile(r"\b(pass|wacht)[\s-]+(words?|woord(?:en)?)\b|\bmots?-de-passe\b", re.IGNORECASE)


def _undisguised(text: str) -> str:
    def letters(m: re.Match[str]) -> str:
        read = m.group().translate(_AS_LETTERS)
        whole = cw.CREDENTIAL.search(read)
        return read if whole is not None and whole.group() == read else m.group()
    text = _CUT.sub(lambda m: f"{m.group(1)}{m.group(2)}" if m.group(1) else m.group().replace("-", " "), text)
    return _MIXED.sub(letters, text)


def credentials(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    """A request for a password or code: an ask that is no warning ("never share your PIN"), in the sentence that
    names the credential or the next one ("I've sent you a code. Please read it back to me.")."""
    text = _undisguised(_SPELT.sub(lambda m: re.sub(r"[-. ]", "", m.group()), text))
    # a code the customer just mentioned ("I've just had a text with a code from you") is named already
    # (or a line just before it: "I've sent a code to your mobile." / "Got it.")
    # (a compound names the code too: "een verificatiecode per sms")
    spoken = any((cw.CODE_WORD.search(line) or "code" in line.casefold())
                 and (cw.CODE_SOURCE.search(line) or cw.CREDENTIAL.search(line))
                 and not negated(line) for line in ctx.recent_said)
    named_before = spoken
    for sentence in sentences(text):
        asked = soft = named = False
        warned = False  # "we never ask for your PIN, password or SMS code": the list keeps its "never"
        for clause in clauses(sentence):
            # a "not" past an "and" is another statement's: "send me your password and I'll see what's not working"
            credential = cw.CREDENTIAL.search(clause)
            part = giving_part(clause, credential.span()) if credential else clause
            no = negated(part)
            # (where the code is shown is not where to put it: "the code shown on your booking in the app")
            ask = bool(cw.ASK.search(clause) and not (cw.ELSEWHERE.search(cw.SHOWN_IN.sub(" ", clause))
                                                      and not cw.TO_US.search(clause))
                       or cw.SEND_TO_US.search(clause) or cw.BARE_SEND.search(clause))
            if ask and (cw.RESET.search(part) or cw.LOG_IN.search(part)) and not (
                    cw.ASK.search(part) or cw.SEND_TO_US.search(part)):
                ask = False  # the ask is another part's: "change your password and tell your bank"
            ask = ask and not cw.IF_YOU_DID.search(clause)  # "if you did share your password, ..." asks nothing
            asked, soft = asked or ask and not no, soft or bool(cw.ASK_SOFT.search(clause)) and not no
            soft = soft or bool(cw.POLITE_IF.search(clause) and not w.NEGATION.search(clause)
                                and not cw.KEEP.search(clause) and not cw.RESET.search(clause))
            if cw.CREDENTIAL.search(clause):
                warned = no or warned and not ask
                used = cw.RESET.search(clause) or cw.LOG_IN.search(clause)  # "reset your password", "log in with"
                named = named or not warned and (ask or not used)
            else:
                warned = no
        # an ask around a list that names the credential: "just pop your card number, the expiry date and the code on
        # the back in here" asks in its first and last items
        # (its verb's particle after the last item: the first item and a later one's last words ask)
        items = clauses(sentence)
        ends = [f"{items[0]} {' '.join(item.split()[-2:])}" for item in items[1:]]
        if named and not asked and any(cw.ASK.search(end) for end in ends) and not negated(sentence) and not (
                cw.IF_YOU_DID.search(sentence) or cw.RESET.search(sentence) or cw.LOG_IN.search(sentence)
                or cw.ELSEWHERE.search(cw.SHOWN_IN.sub(" ", sentence)) and not cw.TO_US.search(sentence)):
            asked = True
        if named and not asked and cw.BARE_NEED.search(sentence) and not negated(sentence):
            asked = True
        # (a bare list of what is needed, in answer to the customer's question: "Just the number on your card ...")
        if named and not asked and "?" in ctx.last_said and cw.BARE_LIST.search(sentence) and not negated(sentence):
            asked = True
        # (given to the customer's own people asks nothing of ours: "give your son a code of his own", "geeft u de
        # code zelf aan uw zus")
        own = bool(cw.TO_OWN_PEOPLE.search(sentence)) and not cw.TO_US.search(sentence)
        asked, soft = asked and not own, soft and not own
        back = not own and (cw.ASK_BACK.search(sentence) or asked and cw.CODE_WORD.search(sentence)) and not (
            cw.ELSEWHERE.search(cw.SHOWN_IN.sub(" ", sentence)) and not cw.TO_US.search(sentence))
        # a picture of a message asked for, no code named in it, is the scam's evidence: "Wilt u een schermafbeelding
        # van het bericht naar ons sturen?", "send us a screenshot of the text", « une capture d'écran du SMS »
        back = back and not (_PICTURE.search(sentence) and not cw.CODE_WORD.search(sentence)
                             and not cw.CREDENTIAL.search(sentence))
        # a code read out from the bank's app or a text message: "read me the code your banking app shows"
        sourced = asked and cw.CODE_WORD.search(sentence) and cw.CODE_SOURCE.search(sentence) and (
            cw.TO_US.search(sentence) or cw.ASK_BACK.search(sentence) or cw.INTO_CHAT.search(sentence))
        # a "not" after the purpose it is asked for asks nothing back: "paste it here so you don't have to retry"
        # still asks; a code named in the sentence is asked back in it: "you'll get a code by text; type it here"
        if named and (asked or soft) or ((named_before or named) and back or sourced) and not negated(
                _PURPOSE.split(sentence)[0]):
            return CREDENTIAL
        named_before = spoken or (named or bool(cw.CREDENTIAL.search(sentence) or cw.MESSAGE_SENT.search(sentence)
                                                or cw.CODE_DEVICE.search(sentence))) and not negated(sentence)
        # the code the customer keys in, asked to us or asked which it is: the secret itself ("tell me the digits
        # you punch in and I'll see whether they match")
        if cw.ENTERED_CODE.search(sentence) and not negated(sentence) and (
                cw.ASK.search(sentence) and cw.TO_US.search(sentence) or "?" in sentence
                and cw.WHICH_CODE.search(sentence)):
            return CREDENTIAL
    return CREDENTIAL if ctx.never_asked and any(_asks_never_asked(s, ctx) for s in sentences(text)) else None


# the words of any code or app, which alone name no thing the company never asks for
_ANY_CODE = frozenset(stems("code codes app apps appli application applicatie number nummer numéro אפליקציה "
                            "האפליקציה באפליקציה מהאפליקציה קוד מספר"))


def _asks_never_asked(sentence: str, ctx: GuardContext) -> bool:
    """Whether ``sentence`` asks the customer, to us, for what the company's word says it never asks for (its
    ``never_asked``): "read me the locker code in your app" when "we never ask for the locker code". Its words
    beyond those of any code must meet the item's, two of them when the item names two, and one alone when the
    sentence names a code or credential ("the lockercode", not "pass me your order number" of "mot de passe")."""
    # (the ask in a clause that says no "not" of its own: "No problem, just read me ..." asks)
    coded = bool(_CODE_IN.search(sentence) or cw.CREDENTIAL.search(sentence))
    if cw.TO_OWN_PEOPLE.search(sentence) and not cw.TO_US.search(sentence):
        return False  # given to the customer's own people: "give your neighbour the code word; the centre asks him"
    # (a code sent by a polite "stuurt u ...?" goes to us too, as by "send me")
    # (not what we send: "I'll send a password reset link")
    sent = _HAND_OVER.search(sentence) if coded else None
    hand_over = sent is not None and not cw.ELSEWHERE.search(sentence) and not cw.RESET.search(sentence) and not (
        w.WE_WILL.search(sentence, 0, sent.start()) or _FIRST_SENDS.search(sentence, 0, sent.end()))
    if not any((cw.ASK.search(clause) or cw.ASK_BACK.search(clause) or cw.SEND_TO_US.search(clause)
                or hand_over and _HAND_OVER.search(clause))
               and not negated(clause)
               for clause in clauses(sentence)) or not (cw.TO_US.search(sentence) or cw.ASK_BACK.search(sentence)
                                                         or hand_over):
        return False
    # a code named bare is the code of what the line it answers names ("I was given a gift voucher" + "send me the
    # first characters of the code")
    said = stems(sentence) | (stems(ctx.last_said) if coded else set())
    return any((shared := said & item) - _ANY_CODE and (len(shared) >= 2 or len(item) == 1 and coded)
               for item in ctx.never_asked)


_PICTURE = re.compile(r"(?i:(?<!\w)(?:schermafbeelding\w*|screenshots?|screen ?shots?|schermafdruk\w*|"
                      r"captures? d'écran)(?!\w))|צילומי? מסך")
_CODE_IN = re.compile(r"code|קוד", re.IGNORECASE)
# a polite ask that the customer hand it over, to whom left unsaid: "stuurt u de code?", "send the code", "envoyez le
# code", "שלחי את הקוד"
_FIRST_SENDS = re.compile(r"(?i:\b(?:i|we|ik|wij|je|nous)\b(?:'ll| will| can| zal| zullen| kan|\s+\S+)?\s+\S+$)|"
                          r"(?:אני|אנחנו) \S+$")
_HAND_OVER = re.compile(r"(?<!\w)(?:stuurt|stuur|send|envoyez|transmettez|communiquez)(?!\w)|"
                        r"(?<![\u05d0-\u05ea])(?:שלח|שלחי|תשלח|תשלחי)(?![\u05d0-\u05ea])", re.IGNORECASE)


def accounts(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    if any(iban not in ctx.ibans for iban in ibans(both)):
        return ACCOUNT
    if w.NEW_ACCOUNT.search(both) and not ctx.announces_new_account:
        return ACCOUNT
    for sentence in sentences(both):
        channel = w.PAY_CHANNEL.search(sentence)
        if channel and w.PAY_TO.search(sentence) and not all(ctx.knows(word) for word in channel.group().split()):
            return ACCOUNT  # a way to pay the company never gave
    for sentence in sentences(both):
        if not (w.ACCOUNT_WORDS.search(sentence) and w.PAY_TO.search(sentence)):
            continue
        money = [(a, b) for a, b, _ in amounts(sentence)]
        # an IBAN was judged whole above; its digits without the country ("IL59 0126 ...") are no other account
        bare = w.IBAN_LIKE.sub(lambda m: " " * len(m.group()), sentence)
        for m in _DIGIT_RUN.finditer(bare):
            run = digits(m.group())
            # (nor a code with a letters' prefix, "OVT-4471093", a job or order number: no account is written so)
            if (len(run) >= 6 and run not in ctx.digits and not any(a <= m.start() < b for a, b in money)
                    and not _REFERENCE.search(sentence[max(0, m.start() - 30):m.start()])
                    and not _CODE_PREFIX.search(bare, max(0, m.start() - 6), m.start())):
                return ACCOUNT
    return None


def abuse(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    """Insults and profanity anywhere on the card; in the text, blame, condescension and threats by their shape."""
    if wa.ABUSE.search(both) or wa.INSULT_AFTER_YOU.search(both) or wa.INSULT_AFTER_YOU_HE.search(both):
        return ABUSE
    # (a verdict's own words say no to the customer's worth: "nobody cares about your complaint"; a trait said no to is
    # none: "I never said you were stupid")
    if wa.PERSON_VERDICT.search(text) or any(
            (wa.YOU_ARE_TRAIT.search(s) or wa.YOU_ARE_TRAIT_HE.search(s)) and not negated(s) for s in sentences(text)):
        return ABUSE
    if any(wa.BLAME.search(clause) and not negated(clause) for s in sentences(text) for clause in clauses(s)):
        return ABUSE
    if any(not w.CONDITION.search(text, max(0, m.start() - 25), m.start()) for m in wa.CONDESCENDING.finditer(text)):
        return ABUSE  # "you just don't listen", not "if you don't read the letter"
    if wa.VOCATIVE.search(text) or wa.CONTEMPT.search(text) or wa.BIG_CHILD.search(text):
        return ABUSE
    # a verdict on the person by its general shape: two traits of it, or a dare with a cost to one who threatened;
    # or a belittling verdict (beyond them, told twice, no place for that here, their things known to us)
    # a verdict on the person by the broad traits of ``guard_abuse_verdict``: two of them (a label for the mind alone)
    if verdict.verdict_traits(text) >= 2:
        return ABUSE
    if shape.belittles(text) or shape.judges_person(text, any(
            wm.ESCALATION.search(line) or wm.ON_AIR.search(line) or shape.ultimatum(line) for line in ctx.recent_said)):
        return ABUSE
    # (who they are in one sentence, what suits them better in one of the next two: "A marathon at your age? Hm.
    # Walking is better for you")
    said = sentences(text)
    if any(wa.AT_YOUR_AGE.search(s) and any(wa.SUITS_BETTER.search(near) for near in said[max(0, n - 1):n + 3])
           for n, s in enumerate(said)):
        return ABUSE
    # sent away until they can speak, read or listen; or told at their age what the agent would rather see to
    if wa.COME_BACK_WHEN_ABLE.search(text) or any(wa.AGE_OR_TONGUE.search(s) and wa.RATHER_I_WOULD.search(s)
                                                  or wa.LEARN_TONGUE_FIRST.search(s) and not wa.TONGUE_COURSE.search(s)
                                                  for s in said):
        return ABUSE
    # a curt opening on its having been said already, the whole sentence, and a "maybe" for the customer after it
    if len(said) >= 2 and _curt_told(said[0]) and any(wa.MAYBE.search(s) for s in said[1:]):
        return ABUSE
    for sentence in sentences(text):  # "maybe if you had read the e-mail, you wouldn't have to call"
        m = wa.IF_YOU_HAD.search(sentence)
        if m is None or negated(sentence[:m.start()]):
            continue
        condition = re.split(r"[,;]", sentence[m.start():], maxsplit=1)[0]
        if (wa.IF_YOU_HAD_BEFORE.search(sentence[:m.start()]) or wa.IF_YOU_HAD_INSIDE.search(condition)
                or wa.IF_YOU_HAD_BLAME.search(sentence)):
            return ABUSE
    for sentence in sentences(text):  # "a child of eight finds this", not "so simple that even a child can"
        if wm.CHILD_COULD.search(sentence) and not wm.DESIGNED.search(sentence):
            return ABUSE
        # the customer's own play or work past any help: "with your backhand, no coach on earth could help"
        if wa.FUTILE.search(sentence) and wa.YOUR_OWN.search(sentence):
            return ABUSE
    if wm.PUZZLED.search(text) or wm.MENACE.search(text) or _threatens_case(text):
        return ABUSE
    # a mishap to what is theirs beside an order to pay: "Shame if something happened to your car. Pay the interest."
    said_all = sentences(text)
    if any(wm.PAY_ORDER.search(s) for s in said_all) and any(wm.MISHAP.search(s) and not negated(s) for s in said_all):
        return ABUSE
    # their age or their language beside what they cannot or no longer grasp ("at your age you don't get apps any
    # more", "with English that bad, no wonder you can't follow"); how numbers work, told them
    if any((wa.AGE_SAID.search(s) and wa.NO_LONGER_GRASP.search(s)) or (wa.NO_WONDER.search(s) and wa.TONGUE.search(s))
           or wa.BASICS.search(s) for s in said_all):
        return ABUSE
    # what they consume, to cut down on, in what the agent would do instead ("I'd think about cutting down rather than
    # faster delivery")
    if any(wa.CUT_DOWN.search(s) and wa.RATHER_I_WOULD.search(s) for s in said_all):
        return ABUSE
    # a reprisal hung on what the customer does, or named beside their escalation: "if you do that, we'll stop your
    # warranty", "si vous faites ça, nous transmettons votre dossier au contentieux"
    # (or answering a customer who threatens to escalate, or after a dare: "I'll write a bad review." "Go ahead, and
    # we'll pass your details to our lawyers")
    answered = bool(wm.ESCALATION.search(ctx.last_said) or wm.DARE.search(text))
    if any(wm.REPRISAL.search(s) and (answered or wm.IF_YOU_DO.search(s)
                                      or wm.ESCALATION.search(wm.REPRISAL.sub(" ", s)))
           for s in sentences(text)):
        return ABUSE
    # a mishap to what is theirs, said to one who threatens to escalate or beside a dare: "Do as you like. But your
    # phone is still in our workshop; it would be a shame if something happened to it"
    if (wm.ESCALATION.search(ctx.last_said) or wm.ON_AIR.search(ctx.last_said) or wm.DARE.search(text)) and any(
            wm.MISHAP.search(s) and not negated(_COMPOUND.sub("-", _TAG_QUESTION.sub("", s))) for s in sentences(text)):
        return ABUSE
    # a dare with its cost: "go ahead, your complaint will sit at the bottom of the pile"
    if wm.DARE.search(text) and wm.LEFT_WAITING.search(text):
        return ABUSE
    # what we hold of theirs brought to mind beside a dare or their escalation: "go ahead, but remember we have your
    # keys"
    if wm.HOLD_OVER.search(text) and (wm.DARE.search(text) or wm.ESCALATION.search(text)):
        return ABUSE
    # or where they live, said to one who threatens to escalate: "I'm going to the papers." "We have your address on
    # file" (not "we have your address, the new card goes out today" to one who asked for it)
    # (the threat may come a line before the one the draft answers: "I'll post it online." "..." "Then everyone will
    # know")
    threatened = any(wm.ESCALATION.search(line) or wm.ON_AIR.search(line) for line in ctx.recent_said)
    if wm.WHEREABOUTS.search(text) and threatened:
        return ABUSE
    # what of theirs sits with us, listed beside a dare or to one who threatened: "post what you like; your card and
    # your address sit with us"
    if wm.HELD_BY_US.search(text) and (threatened or wm.DARE.search(text)):
        return ABUSE
    # a dare to the customer who threatens to escalate, with a harm to their case: "publish what you like, but your
    # claim will be frozen" to "I'm putting it all on Facebook"
    if (wm.DARE.search(text) and wm.HARM_TO_CASE.search(text)
            and (wm.ESCALATION.search(text) or wm.ESCALATION.search(ctx.last_said) or wm.ON_AIR.search(ctx.last_said))):
        return ABUSE
    # what of theirs we still hold, said beside a dare: "go on then; your keys are still with us"
    if wm.DARE.search(text) and wm.STILL_HELD.search(text):
        return ABUSE
    weak = (wa.IF_STILL, wa.STICK_TO, wa.LAST_TIME, wa.SUITS_BETTER,
            wa.EVEN_A_CHILD, wa.NOT_HARD, wa.AS_I_SAID, wa.EXASPERATED, wa.MOCK_PRAISE, wa.POINTED, wa.CALM_DOWN,
            wa.NO_USE, wa.GOT_IT, wa.READ_FIRST, wa.TOO_HARD_FOR_YOU, wa.SLOWLY, wa.LOOK_BETTER,
            wa.REPEAT_COUNT, wa.SLOW_READER, wa.IF_THAT_IS_HOW, wa.AGE_OR_TONGUE, wa.NO_PATIENCE_FOR, wa.NO_WONDER,
            wa.ABLER_ONE, wa.NO_SIMPLER, wa.TOLD_ALREADY, wa.KIND_OF_PEOPLE, wa.IT_SHOWS, wa.OUR_BURDEN,
            wa.NO_BOTHER, wa.SPELLING_LESSON, wa.IF_YOU_MANAGE, wa.WITHOUT_MISTAKES, wa.ANSWERED_TIMES, wa.NOT_A_FEAT,
            wa.ABLER_SOMEONE, wa.WASTED_ON_YOU, wa.YOUR_PRIORITIES, wa.CUT_DOWN, wa.IF_TOO_DEAR, wa.READ_SLOWLY)
    # sneers and lectures count each time: "let's take this slowly" and "reading before clicking helps" are two
    if sum(bool(cue.search(text)) for cue in weak) + sum(1 for cue in (wm.SNIDE, wm.LECTURE)
                                                         for _ in cue.finditer(text)) >= 2:
        return ABUSE
    return ABUSE if wa.THREAT_IF.search(text) and wa.SANCTION.search(text) else None


# A tag question closing a sentence asks for agreement, it denies nothing: "..., wouldn't it?", "..., toch?", "...,
# n'est-ce pas ?", "..., לא?"
_TAG_QUESTION = re.compile(r",\s*(?i:(?:would|is|was|does|do|will|could|can)n't (?:it|you|they|he|she|we)|toch|niet|"
                           r"n'est-ce pas|pas vrai|non|לא|נכון)\s*\?")


# (nor does a word joined into a compound by hyphens: "the do-not-call list", "la liste noire")
_COMPOUND = re.compile(r"\w+(?:-\w+)+")


def _curt_told(sentence: str) -> bool:
    """Whether a sentence says no more than that it was said already: "I literally just said that.", "Dat heb ik net
    gezegd.", "Je viens de vous le dire.", "כבר אמרתי לך." (not "As I said, it is titanium")."""
    m = wa.TOLD_ALREADY.search(sentence)
    return m is not None and len(WORD.findall(sentence[:m.start()] + sentence[m.end():])) <= 2


def _threatens_case(text: str) -> bool:
    """Whether one sentence names the customer's escalation and a harm to their own case, or one names it and the
    next or the one before the harm: "customers who run us down publicly lose their priority", "accounts in public
    disputes go to our legal team, and access codes are sometimes suspended", "we'll block your card at every site.
    A review has consequences"."""
    said = sentences(text)
    return any(wm.ESCALATION.search(sentence)
               and any(wm.HARM_TO_CASE.search(near) for near in said[max(0, n - 1):n + 2])
               for n, sentence in enumerate(said))


def _findings_apart(text: str, both: str) -> tuple[Finding, ...]:
    """The personal data on the card, draft and rationale read apart: a value never runs from the draft's last
    words into the rationale ("... sur place." then "Réservation gratuite" is no street called Place)."""
    if not both.startswith(f"{text}\n"):
        return personal_findings(both)
    offset = len(text) + 1
    return personal_findings(text) + tuple(replace(f, start=f.start + offset, end=f.end + offset)
                                           for f in personal_findings(both[offset:]))


# a time of day: "19:00", "23.30", "1 h 40", "2h15"
_TIME_OF_DAY = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-3])(?::[0-5]\d|\s?h\s?[0-5]\d)(?![\d:])")


def personal(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    findings = _findings_apart(text, both)
    runs = _name_runs(both, findings)
    for finding in findings:
        if finding.kind == "TEXT":
            continue  # placeholder-shaped text: whether it was issued is the placeholder check's business
        # (a run of Hebrew "names" that opens with the relative "ש" on a word no name is, is a clause: "שמקבל
        # אלכוהול", who receives alcohol; a full name opens with the first name)
        first = (finding.text.split() or [""])[0]
        if finding.kind == "NAME" and (_hebrew_word(finding.text) or first.startswith("ש") and _hebrew_word(first)):
            continue
        if finding.kind == "NAME" and _addressed(both, *runs.get(finding.start, (finding.start, finding.end))):
            continue
        if finding.kind in ("NAME", "ADDRESS"):
            words = [word for word in WORD.findall(finding.text) if len(word) >= 3]
            if finding.key not in ctx.personal_keys and not all(ctx.knows(word) for word in words):
                return PERSONAL
            continue
        if finding.kind == "EMAIL":
            known = finding.key in ctx.personal_keys or host_allowed(finding.key.rsplit("@", 1)[-1], ctx.hosts)
        elif finding.kind in ("PHONE", "CARD", "BSN", "IL_ID", "IBAN"):
            run = digits(finding.text)
            known = run in ctx.digits or run[-9:] in ctx.phone_tails or finding.key in ctx.personal_keys
        else:
            known = finding.key in ctx.personal_keys
        if not known:
            return PERSONAL
    # a phone number the draft gives after its word the redactor let by ("her mobile on file is 07700 918536")
    for m in _PHONE_SAID.finditer(both):
        run = digits(m.group(1))
        if not (run in ctx.digits or run[-9:] in ctx.phone_tails):
            return PERSONAL
    for m in cw.HE_CUSTOMER_NAMED.finditer(both):
        if not all(ctx.knows(word) for word in m.group(1).split()):
            return PERSONAL
    if any(cw.KIN_BOOKED.search(sentence) and _new_day(sentence, ctx) for sentence in sentences(text)):
        return PERSONAL
    # another person's log read out, with its times of day, when the conversation says the account is theirs
    # ("the contract is in her name" ... "the log shows it set to away between 19:00 and 23:30")
    if (cw.LOG_READ.search(text) and _TIME_OF_DAY.search(text)
            and any(cw.OTHERS_ACCOUNT.search(line) for line in ctx.recent_said)):
        return PERSONAL
    neighbours = cw.NAMED_NEIGHBOUR.finditer(both) if cw.NEIGHBOUR_HINT.search(both) else ()
    for m in (*cw.HONORIFIC_NAME.finditer(both), *cw.PERSON_CUE.finditer(both), *neighbours):
        name = [word for word in (next(g for g in m.groups() if g)).split() if len(word) >= 3
                and word.casefold() not in ("van", "der", "den", "von")]
        if name and not ctx.knows(name[0]):
            return PERSONAL
    for m in cw.STREET.finditer(both):
        street = [word for word in WORD.findall(m.group()) if len(word) >= 3
                  and word.casefold() not in ("street", "road", "lane", "avenue", "rue", "boulevard", "רחוב")]
        if street and not all(ctx.knows(word) for word in street):
            return PERSONAL
    return None


# a phone number after the word for one, a few words between ("mobile on file is", "telefoonnummer is", "numéro de
# portable : ", "הנייד שלה: "), in a national or international shape of 10 to 13 digits
_PHONE_SAID = re.compile(
    r"(?:(?i:(?<!\w)(?:mobile|cell(?:phone)?|phone|telephone|tel\.?|gsm|mobiel(?:e nummer)?|telefoon(?:nummer)?|"
    r"06-nummer|portable|t[ée]l[ée]phone|num[ée]ro de t[ée]l[ée]phone)(?!\w))"
    r"|(?<![\u05d0-\u05ea])ה?(?:טלפון|נייד|פלאפון)(?![\u05d0-\u05ea]))"
    r"[^.!?\d\n]{0,25}?((?<![\d+])\+?\d(?:[ .-]?\d){9,12})(?![\d])")


def _new_day(sentence: str, ctx: GuardContext) -> bool:
    """Whether a sentence names a day or hour the conversation did not."""
    said = ctx.said_text
    return any(m.group().casefold() not in said for m in cw.DAY_OR_HOUR.finditer(sentence))


# A name the draft speaks to: set off by a comma at the end of its sentence ("I understand, Anne Marie.") or after a
# greeting at its start ("Hi Jan Peter,"). That is the customer, whose name the agent's record gives; a person spoken
# of stands after a word for them ("another member, Karen Doyle.") or in the sentence's run.
_VOCATIVE_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening)|dag|hoi|hallo|"
                              r"beste|goedemorgen|goedemiddag|goedenavond|bonjour|bonsoir|salut|cher|ch[èe]re)\s+$|"
                              r"([^\W\d_]{2,}),\s+(?:[A-Z][^\W\d_]+[ -])?$")
_VOCATIVE_AFTER = re.compile(r"\s*(?:[.!?\n]|$)")
_GREETED_AFTER = re.compile(r"\s*[,.!\n]")
_PERSON_NOUNS = frozenset("""customer customers client clients member members visitor visitors guest guests owner owners
    tenant tenants user users holder holders caller colleague neighbour neighbor partner friend sister brother mother
    father wife husband son daughter klant klanten lid leden bezoeker bezoekster gast gasten eigenaar eigenaren huurder
    gebruiker houder beller collega buurman buurvrouw vriend vriendin zus broer moeder vader vrouw man zoon dochter
    cliente clientes membre membres visiteur visiteuse invité invitée propriétaire locataire utilisateur utilisatrice
    titulaire co-titulaire collègue voisin voisine ami amie sœur frère mère père femme mari fils fille""".split())


def _name_runs(both: str, findings: Sequence[Finding]) -> dict[int, tuple[int, int]]:
    """The whole name each name found stands in, by its start: "Mary" and "Beth" found apart are "Mary Beth", which
    a greeting or a closing comma speaks to as one."""
    names = sorted((f.start, f.end) for f in findings if f.kind == "NAME")
    runs: list[list[int]] = []
    for start, end in names:
        if runs and both[runs[-1][1]:start] in (" ", "-"):
            runs[-1][1] = end
        else:
            runs.append([start, end])
    return {start: (run[0], run[1]) for start, _ in names for run in runs if run[0] <= start < run[1]}


def _addressed(both: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is said to the reader (a vocative), not of someone else."""
    before, after = both[max(0, start - 60):start], both[end:end + 3]
    m = _VOCATIVE_BEFORE.search(before)
    if m is None or len(both[start:end].split()) > 3 or (
            _VOCATIVE_AFTER if m.group(1) else _GREETED_AFTER).match(after) is None:
        return False
    return m.group(1) is None or m.group(1).casefold() not in _PERSON_NOUNS


# What someone who works for the company will do, said after their role ("המנקה ישלח הודעה", the cleaner will send a
# message): a verb in the future, never a name.
_HE_WILL = frozenset("ישלח תשלח יגיע תגיע יתקשר תתקשר יבוא תבוא יחזור תחזור יעדכן תעדכן ינקה תנקה יטפל תטפל ייכנס "
                     "תיכנס יאסוף תאסוף ישאיר תשאיר יודיע תודיע יאשר תאשר יבדוק תבדוק יתאם תתאם יצלם תצלם יפתח תפתח "
                     "יסגור תסגור יחליף תחליף יתקן תתקן יכתוב תכתוב יצור תיצור ימסור תמסור יביא תביא".split())


def _hebrew_word(text: str) -> bool:
    """Whether a Hebrew "name" is a word with a prefix letter a name does not take ("מאיתנו" from us, "מקטע" from the
    passage): 'מ', 'ב', 'ה', 'ש' or 'כ' before what is no first name, where the whole is none either ("מיכל" is); or a
    verb in the future said after a role ("המנקה ישלח")."""
    word = text.strip()
    if word in _HE_WILL:
        return True
    if not re.fullmatch(r"[\u05d0-\u05ea]{4,}", word) or word[0] not in "מבהשכ" or word in HEBREW_NAMES:
        return False
    return not any(word[n:] in HEBREW_NAMES for n in (1, 2))


def _script(sentence: str) -> str | None:
    if sentence.isascii():
        return None
    letters = sum(ch.isalpha() for ch in sentence)
    for lang, script in cw.SCRIPTS:
        if letters and len(script.findall(sentence)) / letters >= 0.4:
            return lang
    return None


_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")  # 64: the longest name before the @


def language(text: str, both: str, numeric: str, ctx: GuardContext) -> str | None:
    """A sentence or more in another language; a product name ("Smart Home Pack") inside one is fine."""
    # an e-mail address (the customer's own, restored from its placeholder) is in no language
    # (and so is a host named without a scheme, "upload.example.com", whose dots would part it into sentences)
    plain = _PLACEHOLDER.sub(" ", BARE_HOST.sub(" ", URL.sub(" ", _ADDRESS.sub(" ", text))))
    for sentence in sentences(plain):
        script = _script(sentence)
        if script is not None:
            if script != ctx.language:
                return LANGUAGE
            continue
        said, sure = detect_with_confidence(sentence)  # Latin letters: Dutch, English, French, ...
        if sure and said and said != ctx.language:
            return LANGUAGE
        tokens = [t.casefold() for t in WORD.findall(sentence)]
        # words spelled with letters none of the four languages uses ("całkowicie", "não", "teşekkür"), lower case
        # so not a name ("Łukasz"): two of them are a sentence in Polish, Portuguese, Turkish, Czech, ...
        if ctx.language in _LATIN_OWN and sum(bool(_FOREIGN_LETTER.search(t)) and t.islower()
                                              for t in WORD.findall(sentence)) >= 2:
            return LANGUAGE
        for lang, foreign in cw.FOREIGN_WORDS.items():
            if lang != ctx.language and sum(t in foreign for t in tokens) >= 3:
                return LANGUAGE
        if _small_words_say_other(WORD.findall(without_names(sentence)), ctx.language):
            return LANGUAGE
    # short sentences each too short to tell, together in another language: "Boarding closes at 9. Enjoy your flight!"
    if _script(plain) is None and _small_words_say_other(WORD.findall(without_names(plain)), ctx.language):
        return LANGUAGE
    return None


_LATIN_OWN = ("nl", "en", "fr")
_FOREIGN_LETTER = re.compile("[ąęłńśźżćőűğşıãõřůěčšžđ]")


def _small_words_say_other(tokens: list[str], language: str) -> bool:
    """Whether a sentence in Latin letters is made of another language's small words: three more of them than of the
    customer's ("Ja, Sie können Ihren Vertrag mitnehmen"), two where the customer's have none; for a customer whose
    language has a script of its own, two of them or three lower-case words at all ("Uw monteur komt dinsdag" to a
    Hebrew speaker); a sentence of five lower-case words or more with none of the customer's small words and some of
    another's ("costs €4.99 a month including free delivery" to a French speaker). Product names ("Unlimited Mobile
    5G") carry neither."""
    counts = dict.fromkeys(cw.SMALL_WORDS, 0.0)
    for token in tokens:
        for lang, weight in cw.SMALL_WORD_LANGUAGES.get(token.casefold(), ()):
            counts[lang] += weight
    own = counts.get(language)
    other = max((n for lang, n in counts.items() if lang != language), default=0.0)
    if own is None:
        return other >= 2 or sum(t.islower() and len(t) >= 2 for t in tokens) >= 3
    unanswered = not own and other > 0 and sum(t.islower() for t in tokens) >= 5
    return other >= 3 and other >= own + 2 or other >= 2 and own < 1 and len(tokens) >= 3 or unanswered


RULES = (placeholders, prompt, links, credentials, accounts, discounts, free, refunds, abuse, personal, language)
