"""First names that are no everyday word: a name said with no cue at all ("Klopt, Noor heeft dat geregeld",
"Yes, Ellie says the lorry gets in", "la famille Dubois, Jacques et Monique").

A cue tells most names (``names``), but callers also speak of people they introduced lines earlier, or never:
the one who paid, the neighbour, the child the agent asks about. Those names are often first names, and the
first names people carry are a known, small set. The lists below hold common given names across the callers of
the Netherlands, Flanders, the United Kingdom, Ireland, North America, Australia, France, Belgium, Switzerland,
Québec and Israel (with the Arabic, Turkish, Moroccan, West African, Indian, Polish, Russian and Spanish names
common there), and leave out every name that is also an everyday word in one of the four languages ("Will",
"Mark", "Rose", "Dan" (Dutch "then"), "Lien" (French "link"), "Claire" stays, "Marine" does not; in Hebrew
"איתי" ("with me"), "מיכל" ("a tank"), "דוד" ("a boiler"), "עמית" ("a colleague")).

A Latin-script name counts only capitalised, and not inside a place or a business ("Saint-Louis", "rue Jean
Jaurès", "Jan van Galenstraat", "Hotel Victoria"); a capitalised surname right after it is taken with it ("Hilde
Van den Broeck", "Eleanor Briggs"). A Hebrew name may carry "ו", "ל" or "ש" before it; a word after it is its
surname where the phrase ends there or "אני"/"שמי" introduced it ("אני נועה לוי, ..."). Standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from copilot.privacy.name_roles import ROLES
from copilot.privacy.name_words import HEBREW_STOP, NAME_PARTICLES, NOT_NAMES, RELATIONS, STOP

_LATIN = """
aaron abdel abdelkader abdoulaye abena abigail adaeze adebayo aditya adriaan adrien agathe agnieszka ahmed ahmet
aicha aidan aiden aisha aisling aissatou akosua alain alasdair albert alejandro alessandro alexandre alexandru
alexander alexis alfie alice alicia amanda amelia amina aminata amine amir amit amira anais ananya anastasia andre
andrea andrei andreas andrew andriy andy angela angelique angus anil anis anjali anke ann anna anne annelies
annemarie annick annie anouar anouk anthony antoine antoinette antonio aoife archie arie arjan arjun arlo arnaud
arne arthur arun asha ashley aude audrey aurelie aurelien awa ayoub ayse aysel baptiste barbara barry bart bas
bastien beatrice beatrix becky benedicte benjamin benoit bernadette bernard bert bethany betty bilal bjorn boubacar
brandon brenda brendan brian bridget brigitte britt bronagh bruce bruno burak busra caitlin callum camille capucine
carla carlos carmen carol caroline carolyn carys catherine catriona cecile cedric celine cem charles charlie
charlotte chantal chantale cheikh chiamaka chiara chidi chinedu chloe chris christian christina christine
christophe christopher ciara cian ciaran cillian claire clara claude clement clodagh clive colin colm conor connor
corinne corrie craig cynthia cyril dafydd damien daniel daniela danielle danny darragh darren david deborah declan
deepa delphine denis denise dennis derek dermot didier dirk divya dmitri dominique donna dorothy douglas dries
dylan edith edward eileen eilidh eilish elena eleanor elif elijah elin elisabeth eliza elizabeth ella ellen ellie
elodie els elsa emeka emile emilie emily emine emma emre enzo eoin eric erik erin esmee esra esther ethan eugene
euan eva eve evelyn evi evie ewa fabien fabienne fanny farid fatima fatma fatou fatoumata femke fenna fergus ffion
finley finn fiona florian francesca francis francisco francois francoise fred freddie freddy frederic frederique
freya funmilayo gabriel gabrielle gael gaelle gaetan gareth gary gavin gemma genevieve geert georges gerald gerard
gerda gerrit gert ghislaine gijs gilles ginette giovanni giulia giuseppe gordon graham greet gregory griet
guillaume gurpreet guylaine hakan hamish hamza hanane hanna hannah hans harold harpreet harriet harry hassan hatice
hayley heather helen helene hendrik henk henri henry hicham hidde hilde hiroshi hugo hussein ian ibrahim ibrahima
ikram ilse ilyes imane imogen ines inge ingrid ioana irina isaac isabel isabella isabelle isla ismail jaap jacob
jacqueline jacques jamie james jan janet janice jannie jason jasmijn jaspreet javier jayden jean jeanne jef jeffrey
jennifer jens jeremy jerome jeroen jesse jessica jill jimmy joanna joao johan johannes john jolien jonathan joop
joost jordi joris jos jose josee joseph josephine josiane joshua joyce juan judith jules julia julian julie julien
juliette justin justine kacper karen karim karin kasia katarzyna kate katherine kathleen kathryn katie katrien
kavita kayla kees keith kemal kenneth kerstin kevin khadija khalid kieran kim kimberly kirsty klaas koen kofi
krzysztof kristof kwame kyle lachlan laetitia lakshmi lars laura laure lauren laurent lea leanne leila lena leo
leon lerato levi liam lieke liesbeth lina linda lisa lisette logan loes loic lorraine lotte lou louis louise lowie
luc luca lucas lucia lucie lucy luis luuk lynn maarten madison maelys magdalena maisie malgorzata malika malik
malcolm mamadou manon manpreet manuel marc marcel marco marek margaret margaux maria mariam mariama marianne marie
marieke marilyn marion marit marjolein marloes marta martha martijn martin martine maryam mathieu mathilde mathis
matilda matteo matthew matthieu maud maxime meera megan mehdi mehmet melanie melissa melodie merel meryem merve
mhairi michael michel michele michelle michiel miguel mihai mila millie mirthe mohamed mohammed monique morag
morgane mounir moussa muhammad murat mustafa nabil nadia naima natalia natalie nathalie nathan neha neil nicolas
nicole niall niamh niels nienke nigel nina nisha noa noah noemie nolan nolwenn noor nora nour oceane odette oisin
oksana olena oleksandr olga olivia olivier oliver omar ophelie orla oscar ousmane owain ozan pablo padraig pamela
pascal patricia patrick paul pauline pawel pedro petra philip philippe phoebe piet pieter pim piotr pooja priscilla
priya quentin rachel rachid rahul raj rajesh ramesh raphael rayan rebecca redouane rene rhys richard rik rita robbe
robert roger rohan romain romane romy ronald ronan rory ruben russell ruth ryan sacha said saar salma salome
samantha samir samira samuel sander sandra sandrine sanjay sanne sara sarah saoirse scott sean sebastien seppe
serge sergei sergio shane shauna sharon sheila shirley siem sienna simon simone simran sinead sipho siobhan sneha
sofia sofie sofiane solene sophia sophie soufiane soukaina stan stefan steph stephane stephanie stephen steven
stijn stuart sunil sunita suresh susan svetlana sven sylvain sylvie tadhg tamara teresa teun thabo thandi themba
theo theresa thierry thijs thomas tijn tim timeo timothy tine tineke tom tomasz tommy tony tracey tracy trevor
truus tunde tyler valerie veerle vera veronique victor vijay vikram vincent virginie vladimir walid walter warre
wassim wendy willem wilma wim wout yann yanis yara yasmina yasmine yevgeni youssef yulia yusuf yves zahra zanele
zeynep zoe zoey
"""
# In Hebrew: names that are no everyday word, noun, verb or adjective (so no "אור", "טל", "חן", "שחר", "גל", "אביב",
# "איתי" "with me", "מיכל" "a tank", "דוד" "a boiler", "עמית" "a colleague", "אסף" "collected", "שלמה" "whole",
# "מרים" "lifting", "מירב" "the most", "קרן" "a fund", "טובה" "good", "יפה" "pretty").
_HEBREW = """
אברהם אהרון אביגיל אביטל אבנר אודליה אולגה אופיר אורטל אורית אושרת אחמד איגור אילנה איתמר אלכסנדר אליאור אליהו
אליעזר אלינור אלעד אמיר אסנת אסתר אפרת בוריס בנימין בתיה גליה גלית גלעד דנה דניאל דנית דמיטרי הדס הודיה הילה
הראל זהבה זיוה חוה חנה חני חסן טליה יבגני יהודה יהונתן יוליה יונתן יוסי יוסף יעל יעקב יערה יצחק לאה ליאור ליאת
ליה לימור לירון לירז מאיה מוחמד מוטי מחמוד מורן מקסים מרדכי משה נדב נועה נועם נטליה נטע ניר סבטלנה סיגל סמיר
עאישה עומר עידו עלמה ענבל ענת עתליה פאדי פאטמה צילה קובי ראובן ראמי רבקה רונית רוני רועי רותם רחל רפאל שמואל
שמעון שרה שרית שלומית תומר תמר ולנטינה אירינה ינון אביתר יאיר רינה
"""
LATIN_NAMES = frozenset(_LATIN.split()) - STOP - NOT_NAMES
HEBREW_NAMES = frozenset(_HEBREW.split()) - HEBREW_STOP

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
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
# Before a name, a thing's or a room's noun makes it the thing's name: "de fauteuil Noor", "la salle Annie
# Fratellini", "model Vera"; a role or a relation makes it a person's ("de buurman Jan", "la voisine Guylaine").
_THING_BEFORE = re.compile(
    rf"(?:(?<![\w'’])(?:de|het|een|la|le|les|l['’]|un|une|the|a|an|this|deze|dit|ce|cette)\s*(?<=\s|['’])"
    rf"(?!(?:{RELATIONS}|{ROLES})\s+$)([a-zà-ÿ]+)|(?<![\w'’])(?:salle|zaal|room|hall|studio|model|modèle|modele|type|"
    rf"collectie|collection|serie|série|lijn|line|suite|kamer|chambre))\s+$")
# A title or family word before a name: "Tante Noor", "Juf Anna", "Dokter Jan", "Mamie Josiane".
_KIN_TITLES = frozenset("""tante oom oma opa juf meester dokter dr zuster mama papa mam pap moeke vake nonkel
tata tonton mamie papi mémé pépé uncle aunt auntie grandma grandpa gran granny nan nana father sister brother
mum mom dad pastor rabbi""".split())
_NUMBER_AFTER = re.compile(r"\s*-?\s*[0-9]{1,3}(?![0-9])")
_SURNAME = re.compile(r"\s+((?:(?i:van der|van den|van de|van|de|der|den|ter|ten|le|la|du|des|di|da|von)\s+)?"
                      r"[A-ZÀ-ÖØ-Þ][\w'’-]+)(?!\w)")
_HEBREW_WORD = re.compile(r"(?<![\u05d0-\u05ea'׳-])([ולש]?)([\u05d0-\u05ea]{2,})(?![\u05d0-\u05ea'׳])")
_HEBREW_CUE = re.compile(r"(?:אני|שמי|קוראים לי|מדבר|מדברת|זה|זאת)\s*$")
_PHRASE_START = re.compile(r"(?:^|[,.;:!?(\-–—])\s*$")
_PHRASE_END = re.compile(r"\s*(?:$|[,.;:!?)\-–—])")


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _starts_sentence(text: str, position: int) -> bool:
    """Whether the word at ``position`` opens the text or a sentence (so its capital says nothing)."""
    return not text[:position].strip() or bool(re.search(r"[.!?:;\n\"“«(]\s*$", text[:position]))


def first_names(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the known first names in ``text`` (with the surname right after them)."""
    for word in _WORD.finditer(text):
        value = word.group()
        if "\u05d0" <= value[0] <= "\u05ea" or not value[0].isupper() or value.isupper() and len(value) > 1:
            continue
        parts = value.split("-")  # "Marie-Ève", "Jean-Pierre": each part a name
        if not all(_bare(part) in LATIN_NAMES for part in parts if part):
            continue
        before = text[max(0, word.start() - 40):word.start()]
        if _PLACE_BEFORE.search(before) or _NUMBER_AFTER.match(text, word.end()):
            continue  # "rue Jean Jaurès", "Hotel Victoria", "de bank Lars 3-zits"
        thing = _THING_BEFORE.search(before)
        if thing and (thing.group(1) is None or thing.group(1) not in STOP):
            continue  # "de fauteuil Noor", "salle Annie Fratellini"; but "het is Noor"
        brand = re.search(r"(?<![.!?:;,]\s)(?<![.!?:;,])(?<=\S)\s([A-ZÀ-ÖØ-Þ][\w'’-]*)\s$", " " + before[-39:])
        if brand and not _starts_sentence(before, brand.start(1) - 1) and _bare(brand.group(1)) not in (
                LATIN_NAMES | STOP | NOT_NAMES | _KIN_TITLES):
            continue  # "model Pronovias Vera": a brand's model, not a person
        end = word.end()
        surname = _SURNAME.match(text, end)
        if surname:
            last = surname.group(1).split()[-1]
            if _PLACE_AFTER.fullmatch(last):
                continue  # "Jan van Galenstraat", "Albert Heijn": a street or a business named after someone
            if _bare(last) not in STOP | NOT_NAMES:
                end = surname.end(1)
        yield word.start(), end
    yield from _hebrew(text)


def _hebrew(text: str) -> Iterator[tuple[int, int]]:
    for word in _HEBREW_WORD.finditer(text):
        if word.group(1) + word.group(2) in HEBREW_NAMES:
            start = word.start()  # "לאה" is Leah, not "to" + "אה"
        elif word.group(1) and word.group(2) in HEBREW_NAMES:
            start = word.start(2)  # "ונועה", "לנועם"
        else:
            continue
        end = word.end()
        after = re.match(r"\s+([\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)", text[end:])
        if after and after.group(1) not in HEBREW_STOP and not after.group(1).startswith(("ה", "ו")) and (
                _HEBREW_CUE.search(text, 0, word.start()) or _PHRASE_END.match(text, end + after.end())
                and _PHRASE_START.search(text, 0, start)):  # "אני נועה לוי", "הסבתא שלו, זהבה ברק."
            end += after.end()
        yield start, end


def is_first_name(word: str) -> bool:
    """Whether a word is one of the known first names (any case; Hebrew as written)."""
    return _bare(word) in LATIN_NAMES or word in HEBREW_NAMES


__all__ = ["HEBREW_NAMES", "LATIN_NAMES", "NAME_PARTICLES", "first_names", "is_first_name"]
