"""First names that are no everyday word: a name said with no cue at all ("Klopt, Noor heeft dat geregeld",
"Yes, Ellie says the lorry gets in", "la famille Dubois, Jacques et Monique").

A cue tells most names (``names``), but callers also speak of people they introduced lines earlier, or never:
the one who paid, the neighbour, the child the agent asks about. Those names are often first names, and the
first names people carry are a known, small set. The lists in ``given_names`` hold common given names across the
callers of the Netherlands, Flanders, the United Kingdom, Ireland, North America, Australia, New Zealand, France,
Belgium, Switzerland, Québec and Israel (with the Arabic, Turkish, Moroccan, West and Central African, Ethiopian,
Indian, Chinese, Polish, Russian and Spanish names common there), and leave out every name that is also an
everyday word in one of the four languages ("Will", "Mark", "Rose", "Dan" (Dutch "then"), "Lien" (French "link"),
"Claire" stays, "Marine" does not; in Hebrew "איתי" ("with me"), "מיכל" ("a tank"), "דוד" ("a boiler"),
"עמית" ("a colleague")).

A Latin-script name counts only capitalised, and not inside a place or a business ("Saint-Louis", "rue Jean
Jaurès", "Jan van Galenstraat", "Hotel Victoria"); a capitalised surname right after it is taken with it ("Hilde
Van den Broeck", "Eleanor Briggs"). A Hebrew name may carry "ו" or "ל" before it; a word after it is its
surname where the phrase ends there or "אני"/"שמי" introduced it ("אני נועה לוי, ..."). Standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from copilot.privacy.detectors import MONTHS
from copilot.privacy.given_names import HEBREW_NAMES, LATIN_NAMES
from copilot.privacy.name_roles import ROLES
from copilot.privacy.name_words import HEBREW_STOP, NOT_NAMES, RELATIONS, STOP

# A French elision before a capital is a word of its own: "le diplôme d'Emma" names Emma ("D'Souza" stays whole).
_WORD = re.compile(r"(?<![\w'’])(?:[dlnjmtsc]|qu|jusqu|lorsqu|puisqu)['’](?=[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț])|"
                   r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
# Before a name, a word that makes it a place's or a business's: "Saint-Louis", "rue Jean Jaurès", "Hotel Victoria".
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:saint|sainte|st|ste|sint|san|santa|santo|port|fort|mont|villa|hotel|hôtel|café|cafe|chez|camping|"
    r"résidence|residence|rue|avenue|av|boulevard|bd|place|quai|chemin|allée|impasse|route|lycée|college|collège|"
    r"école|ecole|school|stade|hôpital|ziekenhuis|kliniek|clinique|hospital|church|kerk|église|basisschool|"
    r"restaurant|pub|bar|salon|studio|garage|maison|huize)\.?[\s-]+)$", re.IGNORECASE)
# After a name, a word that makes it a street, a place or a business: "Jan van Galenstraat", "Albert Heijn".
_PLACE_AFTER = re.compile(
    r"\S*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|pad|hof|dijk|park|street|road|avenue|lane|drive|"
    r"close|square|place|crescent|way|terrace|college|school|hospital|centre|center|heijn|linders)\b",
    re.IGNORECASE)
_OWNERS = r"my|his|her|our|their|mijn|m['’]n|zijn|haar|onze|hun|mon|ma|mes|son|sa|ses|notre|nos|leur|leurs"
# Nouns for people that are neither a relation nor a role the cues know: the name after them is a person's.
_PEOPLE = (r"lawyer|solicitor|advocaat|avocate?|doctor|dokter|médecin|dentist|tandarts|dentiste|plumber|loodgieter|"
           r"plombier|electrician|elektricien|électricien|client|clients|klant|klanten|cliente?s?|patient|patients|"
           r"patiënt|patiente?s?|student|students|étudiante?s?|élèves?|leerling|leerlingen|pupil|pupils|mentor|"
           r"guest|guests|gast|gasten|invitée?s?|person|persoon|personne|people|mensen|gens|kind|enfant|child|baby|"
           r"bébé|twin|tweeling|jumelle?|man|men|woman|women|vrouw|mannen|vrouwen|homme|hommes|dame|dames|lady|"
           r"ladies|heer|heren|monsieur|messieurs|madame|mesdames|girl|boy|meisje|jongen|fille|garçon|gamin|gamine|"
           r"ami|amie|amis|amies|pote|potes|copain|copine|buddy|friend|friends|vriend|vriendin|vrienden|"
           r"[a-zà-ÿ]+(?:eur|euse|rice|ien|ienne|iste|er|ster|ist|ant|ante|ent|ente|aire|ier|ière)")
# Before a name, a thing's or a room's noun makes it the thing's name: "de fauteuil Noor", "la salle Annie
# Fratellini", "model Vera"; a role or a relation makes it a person's ("de buurman Jan", "la voisine Guylaine").
_THING_BEFORE = re.compile(  # a possessive too: "ses pinceaux Raphaël", "mijn fiets Gazelle"; not "ma nièce Yasmine"
    rf"(?:(?<![\w'’])(?i:de|het|een|la|le|les|l['’]|un|une|the|a|an|this|deze|dit|ce|cette|{_OWNERS})\s*(?<=\s|['’])"
    rf"(?!(?:{RELATIONS}|{ROLES}|{_PEOPLE})\s+$)([a-zà-ÿ]+)|(?<![\w'’])(?:salle|zaal|room|hall|studio|model|modèle|modele|type|"
    rf"collectie|collection|serie|série|lijn|line|suite|kamer|chambre))\s+$")
# A title or family word before a name: "Tante Noor", "Juf Anna", "Dokter Jan", "Mamie Josiane".
_KIN_TITLES = frozenset("""tante oom oma opa juf meester dokter dr zuster mama papa mam pap moeke vake nonkel
tata tonton mamie papi mémé pépé uncle aunt auntie grandma grandpa gran granny nan nana father sister brother
mum mom dad pastor rabbi""".split())
_TITLES = frozenset("i mevrouw meneer mevr dhr mr mrs ms miss madame monsieur mme mlle mademoiselle sir dr".split())
TITLE_WORDS = _KIN_TITLES | _TITLES  # words that stand before a name and are none ("Tante Noor", "Mme Caron")
# A number right after a name makes it a model's ("Lars 3-zits", "Emma 2,", "Zoé 50kWh"), not "Noor 2 keer gebeld".
_NUMBER_AFTER = re.compile(r"\s*-?\s*[0-9]{1,3}(?:-|[^\W\d_]|\s*(?:$|[,.;:!?)]))")
# An article right before a name makes it a thing's: "the Emma mattress", "un Hugo", "het Noor bankje" (Dutch "de"
# is left out: a Flemish speaker says "de Lemmens" of a person).
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?i:the|a|an|het|een|la|le|l['’]|un|une|this|that|ce|cette)\s*(?<=\s|['’])$")
# Brands and shops that are a person's full name.
_BRANDS = frozenset("""tommy hilfiger|hugo boss|jimmy choo|hans anders|kees smit|yves rocher|thomas cook|
harvey nichols|tom ford|
calvin klein|ralph lauren|louis vuitton|marc jacobs|michael kors|karl lagerfeld|christian dior|paul smith|
ted baker|john lewis|jack wolfskin|albert heijn|jan linders|hannah montana|marie claire|jean paul gaultier|
yves saint laurent|anna sui|victoria beckham|stella mccartney|vivienne westwood|kurt geiger|emma bridgewater|
laura ashley|ben sherman|fred perry|jean louis david|franck provost|camille albane|jacques dessange|
marc o'polo|nina ricci|pierre herme|john deere|martha stewart|betty crocker|ronald mcdonald|peter pan|mary poppins|
harry potter""".replace("\n", "").split("|"))
_MONTHS = frozenset(MONTHS) | frozenset("christmas easter kerst pasen noel paques".split())  # "Since January Ellie"
# "Jan" and "Mar" are months too, beside a day or another month: "12 Jan", "Jan and Feb invoices", "Jan 2025".
_MONTH_SHORT = frozenset("jan mar".split())
_DATE_AROUND = re.compile(r"[0-9]\s+(?:Jan|Mar)\b|\b(?:Jan|Mar)\.?\s+(?:[0-9]|(?:and|en|et|-|/|to|tot)\s+"
                          r"(?i:feb|mar|apr|fev|fév|mrt))")
# After "de" and a name, a noun makes it a thing's: "de Noa stoel", "de Lotte winkel" (but "de Jan heeft").
_DUTCH_THING = re.compile(rf"\s+(?!(?:{'|'.join(sorted(STOP, key=len, reverse=True))})\b)[a-zà-ÿ]{{3,}}\b")
# A maiden name: "née Cohen", "geboren Jansen", "born Smith" (not the Hebrew "לבית", which is "to the house" too).
_MAIDEN = re.compile(r"(?<![\w'’])(?:née|geboren|geb\.|born)\s+([A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w'’-]+)")
# Before a Hebrew name, a word that makes it a place's or a book's: "שכונת בן יהודה", "מגילת אסתר" (after "רחוב" it
# stays found: a street named after a person is still the customer's address).
_HEBREW_PLACE_BEFORE = re.compile(r"(?:כיכר|סמטת|שכונת|קניון|מגילת|ספר|בית|בן|בת|בר|התעשייה|אזור|מכבסת|מספרת|חנות|"
                                  r"מלון|אולם|מרכז|גן|קיבוץ|מושב|כפר|חולים|אצטדיון|"
                                  # a product named after someone: "עוגת אורנה", "דגם נועה", "סדרת מאיה"
                                  r"עוגת|עוגה|עוגות|קרם|טעם|דגם|סדרת|סדרה|קולקציית|ערכת|חבילת|מסלול|מסלולי|תוכנית|"
                                  r"מנת|מוצר|מותג|ספת|ספה|מיטת|שמלת|זר|"
                                  r"סטודיו|מספרה|מאפיית|מאפייה|קפה|בית קפה|גלריה|גלריית|מכון|משרד)\s+$")
_SURNAME = re.compile(r"\s+((?:(?i:van der|van den|van de|van|de|der|den|ter|ten|le|la|du|des|di|da|von)\s+)?"
                      r"[A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w'’-]+)(?!\w)")
_HEBREW_WORD = re.compile(r"(?<![\u05d0-\u05ea'׳-])([ול]?)([\u05d0-\u05ea][\u05d0-\u05ea'׳]*[\u05d0-\u05ea'׳])"
                          r"(?![\u05d0-\u05ea'׳])")  # "ג'ורג'": a geresh inside or at the end
_HEBREW_CUE = re.compile(r"(?:אני|שמי|קוראים לי|מדבר|מדברת|זה|זאת)\s*$")
_HEBREW_AFTER = re.compile(r"\s+([\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)")
# Where the one named works, right after the name: "זאת רותם ממחלקת שכר", "רותם מהמשרד" ("from the ..." or "from the
# department, team, office of"): a place, not a family name.
_HEBREW_FROM_PLACE = re.compile(r"מ(?:ה[\u05d0-\u05ea]{2,}|(?:מחלק[הת]|צוות|שירות|משרד|סניף|מוקד|מטה|הנהלת)$)")
_JOINED_PARTICLE = re.compile(r"-(?:דה|דל|לה|בן|בר|בת|אבו|אל|ון|ואן|פון)$")
_PHRASE_START = re.compile(r"[,.;:!?(\-–—]\s*$|(?:^|\s)(?:היא|הוא)\s+$")  # "כן, היא אנה כהן-דה פריס, ..."
_PHRASE_END = re.compile(r"\s*(?:$|[,.;:!?)\-–—])")
# Words a capitalised word after a first name cannot be as its surname, nor before it as a brand's.
_NOT_A_SURNAME = STOP | NOT_NAMES | _MONTHS
_NOT_A_BRAND = LATIN_NAMES | NOT_NAMES | _KIN_TITLES | _MONTHS | _TITLES  # "Gibson Les Paul": "Les" is a brand's too


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _starts_sentence(text: str, position: int) -> bool:
    """Whether the word at ``position`` opens the text or a sentence (so its capital says nothing)."""
    return not text[:position].strip() or bool(re.search(r"[.!?:;\n\"“«(]\s*$", text[:position]))


def first_names(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the known first names in ``text`` (with the surname right after them)."""
    skip_to = 0
    for word in _WORD.finditer(text):
        value = word.group()
        if word.start() < skip_to or "\u05d0" <= value[0] <= "\u05ea" or not value[0].isupper() or \
                value.isupper() and len(value) > 1:
            continue
        possessive = re.search(r"['’]s$", value)  # "Yes, Rachel's."
        if possessive:
            value = value[:possessive.start()]
        if _bare(value.split("-")[0]) not in LATIN_NAMES:  # "Jean-Pierre", "Marie-Ève", but not "Sint-Jan"
            continue
        end = word.start() + len(value) if possessive else _name_end(text, word.end())
        if end < 0 or _not_a_person(text, word, end):
            skip_to = abs(end)  # "avenue Victor Hugo", "model Pronovias Vera", "the Emma mattress": all of it
            continue
        skip_to = end
        yield word.start(), end
    for maiden in _MAIDEN.finditer(text):  # "Myriam Azoulay, née Cohen"
        yield maiden.start(1), maiden.end(1)
    yield from _hebrew(text)


def _not_a_person(text: str, word: re.Match[str], end: int) -> bool:
    """Whether the words around a first name make it a place's, a business's, a thing's or a date's."""
    before = text[max(0, word.start() - 40):word.start()]
    if _PLACE_BEFORE.search(before) or _ARTICLE_BEFORE.search(before) or _NUMBER_AFTER.match(text, word.end()):
        return True  # "rue Jean Jaurès", "the Emma mattress", "de bank Lars 3-zits"
    thing = _THING_BEFORE.search(before)
    if thing and (thing.group(1) is None or thing.group(1) not in STOP):
        return True  # "de fauteuil Noor", "salle Annie Fratellini"; but "het is Noor"
    brand = re.search(r"(?<![.!?:;,]\s)(?<![.!?:;,])(?<=\S)\s([A-ZÀ-ÖØ-ÞĀ-ſȘ-ț][\w'’-]*)\s$", " " + before[-39:])
    if brand and not _starts_sentence(before, brand.start(1) - 1) and _bare(brand.group(1)) not in _NOT_A_BRAND:
        return True  # "model Pronovias Vera": a brand's model
    if _DUTCH_THING.match(text, end) and re.search(r"(?<![\w'’])[Dd]e\s+$", before):
        return True  # "de Noa stoel", but "de Jan heeft"
    month = _bare(word.group()) in _MONTH_SHORT and _DATE_AROUND.search(text[max(0, word.start() - 6):end + 12])
    return bool(month) or _branded(text[word.start():end])  # "Jan and Feb", "12 Jan"; "Hannah Montana DVD"


def _branded(span: str) -> bool:
    """Whether a name is a brand's full name ("Tommy Hilfiger"), perhaps with a product's code after it ("Hannah
    Montana DVD"); "Marie Claire Dubois" is a person."""
    words, said = _bare(span).split(), span.split()
    return any(" ".join(words[:n]) in _BRANDS and all(w.isupper() for w in said[n:]) for n in (2, 3, 4))


def _name_end(text: str, end: int) -> int:
    """Where a name ends: over further first names and one surname with its particles ("Jan Peter de Vries",
    "Marie Claire Dubois", "Hilde Van den Broeck"); negative where a street or a business ends it ("Jan van
    Galenstraat", "Albert Heijn"), which is then no person's name."""
    for _ in range(3):
        surname = _SURNAME.match(text, end)
        if not surname:
            break
        last = surname.group(1).split()[-1]
        if _PLACE_AFTER.fullmatch(last):
            return -surname.end(1)
        if _bare(last) in _NOT_A_SURNAME:
            break
        end = surname.end(1)
        if " " in surname.group(1):
            break  # a particle and a surname: the name is whole
    return end


def _hebrew(text: str) -> Iterator[tuple[int, int]]:
    for word in _HEBREW_WORD.finditer(text):
        if (word.group(1) + word.group(2)).replace("׳", "'") in HEBREW_NAMES:
            start = word.start()  # "לאה" is Leah, not "to" + "אה"
        elif word.group(1) and word.group(2).replace("׳", "'") in HEBREW_NAMES:
            start = word.start(2)  # "ונועה", "לנועם"
        else:
            continue
        before = text[max(0, word.start() - 30):word.start()]  # a window: a long turn stays linear
        if _HEBREW_PLACE_BEFORE.search(before) or text.startswith(" ושומרון", word.end()):
            continue  # "רחוב בן יהודה", "מגילת אסתר", "יהודה ושומרון"
        end = word.end()
        after = _HEBREW_AFTER.match(text, end)  # "אני נועה לוי", "הסבתא שלו, זהבה ברק."
        after_end = after.end() if after else end
        if after and _JOINED_PARTICLE.search(after.group(1)) and (rest := _HEBREW_AFTER.match(text, after_end)):
            after_end = rest.end()  # "אנה כהן-דה פריס": a double surname joined by a particle, the last word its own
        if after and after.group(1) not in HEBREW_STOP and not after.group(1).startswith(("ה", "ו")) and \
                not _HEBREW_FROM_PLACE.match(after.group(1)) and (
                _HEBREW_CUE.search(before) or _PHRASE_END.match(text, after_end)
                and (_PHRASE_START.search(before) or word.start() < 30 and not before.strip())):
            end = after_end
        yield start, end


__all__ = ["first_names"]
