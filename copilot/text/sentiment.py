"""How the customer sounded, turn by turn: an offline word-list score a trainer can plot under a replay.

No model and no download, so it runs the same on a locked-down desk PC as in the tests. Each
language has a compact lexicon of words customers really use on the phone ("ridiculous", "waited",
"thanks", "opgelost", "déçue", "מאוכזב"), weighted -3..+3. A negation just before a word turns it
round ("not happy", "niet blij", "pas content", "לא מרוצה"; Dutch also "het werkt niet"), an
intensifier strengthens it ("very", "erg", "très", "מאוד" before or after), "but" shifts the weight
to what follows, and exclamation marks add a little. The sum is squashed into [-1, 1] the way VADER
does, so one strong word reads clearly and a long rant does not run off the scale.

A hint about the mood of a call, not a verdict on a customer: the replay plots it, the live panel
shows its trend only when the evidence is clear (copilot.live.mood).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from copilot.text.words import BREAK, clauses, hebrew_stems, is_hebrew_word, tokenize

# Words by weight. ``word*`` matches any ending; ``two_words`` is a phrase. Written as people spell
# them: accents and Hebrew final letters are normalised on loading, like every other text.
_LEXICONS: dict[str, dict[float, str]] = {
    "en": {
        3: """excellent perfect brilliant wonderful amazing fantastic awesome outstanding superb love lovely
              delighted""",
        2: """great good helpful happy pleased satisfied glad appreciate* thank thanks grateful friendly kind nice
              sorted resolved fixed solved relieved quick fast easy efficient impressed recommend best super
              cheers patient""",
        1: "ok okay fine works working clear better fair reasonable correct cheaper calm polite professional",
        0.5: "work",  # mild: "I work from home" says little, "it doesn't work" says a lot
        -1: """cancel* slow expensive pricey waiting waited wait problem issue confused confusing complicated
               mistake error wrong late unclear""",
        -2: """angry annoyed annoying upset frustrat* disappoint* unhappy bad poor broken useless rude unacceptable
               complain* overcharged fault failed fail nonsense mess rubbish worse joke fed_up sick_of waste
               rip_off nightmare incompetent ignored lied scam* stupid hate""",
        -3: """furious ridiculous terrible awful horrible disgusting disgrace* pathetic worst outrageous appalling
               shocking livid hopeless absurd""",
    },
    "nl": {
        3: "uitstekend perfect geweldig fantastisch fantastische super top prachtig briljant heerlijk",
        2: """goed goede blij tevreden fijn fijne bedankt dank behulpzaam vriendelijk prettig opgelost
              gerepareerd snel aardig handig duidelijk waardeer* mooi""",
        1: "oke ok prima redelijk werkt beter correct klopt logisch begrijpelijk geholpen",
        -1: """opzeg* traag langzaam duur wachten gewacht wacht probleem fout storing ingewikkeld onduidelijk
               vergissing""",
        -2: """boos kwaad geirriteerd geergerd ergerlijk vervelend teleurgesteld teleurstellend ontevreden slecht
               slechte kapot nutteloos onbeschoft onacceptabel klacht* frustr* irritant rommel balen baal gedoe
               oplichting* chaos onzin dramatisch te_duur""",
        -3: """woedend belachelijk schandalig schande verschrikkelijk vreselijk afschuwelijk waardeloos walgelijk
               absurd bespottelijk""",
    },
    "fr": {
        3: """excellent excellente parfait parfaite génial géniale formidable merveilleux fantastique super
              impeccable extraordinaire""",
        2: """merci content contente ravi ravie satisfait satisfaite heureux heureuse aimable gentil gentille
              serviable efficace rapide résolu réglé réparé agréable sympa top""",
        1: "ok bien bon bonne d_accord correct fonctionne marche mieux raisonnable clair claire compris",
        -1: "résili* lent lente cher chère attente attendu attendre problème souci erreur compliqué compliquée",
        -2: """fâché fâchée énervé énervée agacé agacée déçu déçue déçus mécontent* frustr* nul nulle mauvais
               mauvaise cassé cassée panne inacceptable plainte réclamation impoli impolie incompétent* arnaque*
               marre ras_le_bol n_importe_quoi trop_cher""",
        -3: """furieux furieuse ridicule scandaleux scandaleuse honteux honteuse honte horrible affreux lamentable
               catastrophique inadmissible pire""",
    },
    "he": {
        3: "מעולה מצוין מושלם מדהים נהדר אלוף תותח מקסים",
        2: """תודה תודות מרוצה מרוצים שמח שמחה אחלה יופי נחמד נחמדה עזרת עוזר מועיל סבבה טוב טובה פתרת נפתר
              מהיר מהירה אדיב אדיבה מעריך מעריכה""",
        1: "בסדר עובד עובדת ברור אוקיי הוגן",
        -1: "לבטל ביטול איטי איטית יקר יקרה המתנה חיכיתי מחכה בעיה תקלה טעות מסובך",
        -2: """כועס כועסת עצבני עצבנית מעצבן מאוכזב* מתוסכל* מתסכל רע רעה גרוע גרועה שבור מקולקל תלונה חוצפה
               מבאס מזלזל* עוקץ""",
        -3: "נורא נוראי זוועה מגוחך מגוחכת בושה שערורייה מחפיר",
    },
}
_NEGATIONS = {
    "en": "not no never nothing none nor neither without cannot hardly",
    "nl": "niet geen nooit niets zonder nergens",
    "fr": "ne n pas jamais aucun aucune sans ni rien",
    "he": "לא אין אינו אינה אינני בלי",
}
_BOOSTERS = {
    "en": "very really so extremely totally absolutely completely incredibly too such utterly truly",
    "nl": "erg heel zeer echt ontzettend enorm hartstikke zo totaal te veel",
    "fr": "très vraiment trop tellement si complètement totalement extrêmement vachement",
    "he": "מאוד ממש כך ככה לגמרי סופר במיוחד הכי רבה",
}
_DAMPENERS = {
    "en": "bit slightly somewhat fairly little",
    "nl": "beetje enigszins redelijk vrij",
    "fr": "peu assez plutôt",
    "he": "קצת די",
}
_CONTRASTS = {"en": "but however although", "nl": "maar echter hoewel", "fr": "mais pourtant cependant",
              "he": "אבל אולם"}

NEGATION_SCALE = -0.74  # "not good" is less bad than "bad" is (VADER's measured factor)
BOOST, DAMPEN = 1.3, 0.6
BEFORE_CONTRAST, AFTER_CONTRAST = 0.5, 1.5
EXCLAMATION = 0.3  # per "!", up to four: mild
ALPHA = 15.0  # how quickly the sum saturates towards -1 and 1
SMOOTHING = 0.6  # weight of the newest turn on the curve


@dataclass(slots=True)
class _Lexicon:
    words: dict[str, float] = field(default_factory=dict)
    prefixes: dict[str, float] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], float] = field(default_factory=dict)
    negations: set[str] = field(default_factory=set)
    boosters: set[str] = field(default_factory=set)
    dampeners: set[str] = field(default_factory=set)
    contrasts: set[str] = field(default_factory=set)
    negation_after: bool = False  # Dutch: "het werkt niet"
    booster_after: bool = False  # Hebrew: "מרוצה מאוד"
    longest_prefix: int = 0  # the longest word start in ``prefixes``: a longer start of a word is never one

    def add(self, lang: str) -> None:
        for weight, words in _LEXICONS[lang].items():
            for written in words.split():
                tokens = tokenize(written.rstrip("*").replace("_", " "))
                if len(tokens) > 1:
                    self.phrases[tokens] = weight
                elif written.endswith("*"):
                    self.prefixes[tokens[0]] = weight
                    self.longest_prefix = max(self.longest_prefix, len(tokens[0]))
                else:
                    self.words[tokens[0]] = weight
        self.negations.update(tokenize(_NEGATIONS[lang]))
        self.boosters.update(tokenize(_BOOSTERS[lang]))
        self.dampeners.update(tokenize(_DAMPENERS[lang]))
        self.contrasts.update(tokenize(_CONTRASTS[lang]))
        self.negation_after |= lang == "nl"
        self.booster_after |= lang == "he"


def _build(langs: tuple[str, ...]) -> _Lexicon:
    lexicon = _Lexicon()
    for lang in langs:
        lexicon.add(lang)
    return lexicon


LANGUAGES = tuple(_LEXICONS)
_BY_LANG = {lang: _build((lang,)) for lang in LANGUAGES}
_ALL = _build(LANGUAGES)


def _lexicon(lang: str | None) -> _Lexicon:
    base = (lang or "").split("-")[0].lower()
    return _BY_LANG.get(base, _ALL)


def _forms(token: str) -> tuple[str, ...]:
    """The word and, for Hebrew, the word without its attached prefixes ("והמחיר" -> "המחיר", "מחיר")."""
    return (token, *hebrew_stems(token)) if is_hebrew_word(token) else (token,)


def _valence(lexicon: _Lexicon, token: str) -> float | None:
    for form in _forms(token):
        if form in lexicon.words:
            return lexicon.words[form]
        # from the longest start a prefix can be: from the word's own length, a 20,000-letter word was cut 20,000 times
        for end in range(min(len(form), lexicon.longest_prefix), 2, -1):
            if form[:end] in lexicon.prefixes:
                return lexicon.prefixes[form[:end]]
    return None


def _is(words: set[str], token: str) -> bool:
    return any(form in words for form in _forms(token))


def _weigh(lexicon: _Lexicon, tokens: list[str], start: int, end: int, weight: float) -> float:
    """The weight of the word (or phrase) at tokens[start:end], turned by the words around it."""
    scale = 1.0
    for j in range(start - 1, max(-1, start - 3), -1):  # intensifiers just before
        if tokens[j] == BREAK:
            break
        if _is(lexicon.boosters, tokens[j]):
            scale *= BOOST
        elif _is(lexicon.dampeners, tokens[j]):
            scale *= DAMPEN
    if lexicon.booster_after and end < len(tokens) and _is(lexicon.boosters, tokens[end]):
        scale *= BOOST
    negated = False
    for j in range(start - 1, max(-1, start - 4), -1):  # a negation up to three words before
        if tokens[j] == BREAK or tokens[j] in lexicon.contrasts:
            break
        if _is(lexicon.negations, tokens[j]):
            negated = True
            break
    if lexicon.negation_after and end < len(tokens) and tokens[end] in lexicon.negations:
        negated = True
    return weight * scale * (NEGATION_SCALE if negated else 1.0)


def _raw(text: str, lexicon: _Lexicon, scored: list[tuple[str, float]] | None = None) -> float:
    tokens = list(clauses(text))
    contrast = max((i for i, t in enumerate(tokens) if t in lexicon.contrasts), default=-1)
    total, i = 0.0, 0
    while i < len(tokens):
        found: tuple[int, float] | None = None
        for size in (3, 2):
            phrase = tuple(tokens[i:i + size])
            if len(phrase) == size and phrase in lexicon.phrases:
                found = (size, lexicon.phrases[phrase])
                break
        if found is None:
            weight = _valence(lexicon, tokens[i]) if tokens[i] != BREAK else None
            found = (1, weight) if weight is not None else None
        if found is None:
            i += 1
            continue
        size, weight = found
        value = _weigh(lexicon, tokens, i, i + size, weight)
        if contrast >= 0:
            value *= BEFORE_CONTRAST if i < contrast else AFTER_CONTRAST
        total += value
        if scored is not None:
            scored.append((_span(lexicon, tokens, i, i + size), value))
        i += size
    if total:
        total += math.copysign(EXCLAMATION * min(text.count("!"), 4), total)
    return total


def _span(lexicon: _Lexicon, tokens: list[str], start: int, end: int) -> str:
    """The scored words with the negation that turned them ("not happy", "werkt niet"), for quoting."""
    for j in range(start - 1, max(-1, start - 4), -1):
        if tokens[j] == BREAK or tokens[j] in lexicon.contrasts:
            break
        if _is(lexicon.negations, tokens[j]):
            start = j
            break
    if lexicon.negation_after and end < len(tokens) and tokens[end] in lexicon.negations:
        end += 1
    return " ".join(tokens[start:end])


def contributions(text: str, lang: str | None) -> list[tuple[str, float]]:
    """The words that moved the score of ``text``, normalised, each with its weight after negation and
    intensifiers: what a hint quotes to say why it thinks the customer is upset."""
    found: list[tuple[str, float]] = []
    _raw(text, _lexicon(lang), found)
    return found


def score(text: str, lang: str | None) -> float:
    """The customer's mood in ``text``, from -1 (furious) through 0 (neutral) to 1 (delighted).

    ``lang`` picks the lexicon ("en", "nl-BE", ...); without one, or for a language we have no list
    for, every lexicon is used.
    """
    raw = _raw(text, _lexicon(lang))
    if not raw:
        return 0.0
    return max(-1.0, min(1.0, raw / math.sqrt(raw * raw + ALPHA)))
