"""The words a knowledge search leaves out: the common words of each language, and what callers say to open,
thank, hedge or ask for help, which name no topic ("could you help me with", "עזרה").

``STOPWORDS`` holds them per language as the tokenizer gives them; ``STOP_FORMS`` as the index holds them (stemmed
in their language), for what an article's title is about and which words the base may learn to relate.
"""

from __future__ import annotations

from copilot.knowledge.terms import word_forms
from copilot.text.language import _STOPWORDS
from copilot.text.words import tokenize

_EXTRA_STOPWORDS = {
    "en": """also any anything else some something like know tell let get got give go going would could
        one ok great good fine nice perfect bye goodbye cheers welcome day bit really well lot may might
        shall must maybe sure right think yeah yep alright wonderful awesome which more than then them
        all only other into out up down over again further once there's what's it's i'm i'll you're
        we're that's let's thats whats lets ill youre were own same such both each few most as than
        whose whom into onto also even ever every got gets has having does doing done said say says
        help helps helped helping looking needed needs today tonight""",
    "nl": "ook iets wat weet zeg krijg gaan zou zouden kunnen mag prima fijn mooi doei tot ziens dus even "
          "helpen help helpt geholpen hulp nodig vandaag",
    "fr": "aussi quelque chose savoir dire avoir aller serait pourrait bon bien parfait revoir alors donc "
          "aide aider aidez aidé besoin aujourd",
    "he": """של את זה זו זאת אני אתה את הוא היא אנחנו אתם הם הן לי לך לו לה לנו שלי שלך שלו שלה שלנו
        יש אין לא כן מה איך למה מתי איפה מי על עם גם רק אבל או אם כי כל עוד כבר מאוד תודה רבה בבקשה
        שלום היי אוקיי בסדר טוב רוצה רוצים צריך צריכה אפשר יכול יכולה יכולים אז עכשיו פה שם הזה הזאת
        אותו אותה אותי אותך ביי להתראות יום נעים עזרה לעזור תעזור תעזרי עזרת אשמח היום""",
}
STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(tok for word in (_STOPWORDS.get(lang, frozenset()) | set(_EXTRA_STOPWORDS[lang].split()))
                    for tok in tokenize(word))
    for lang in ("en", "nl", "fr", "he")
}
STOP_FORMS = frozenset(form for lang, words in STOPWORDS.items() for word in words for form in word_forms(word, lang))
