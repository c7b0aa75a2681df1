"""What the conversation says about a turn: the question it answers, and the segments it continues.

A turn is not redacted on its own. "12 maart 1985" right after "Wat is uw geboortedatum?" is a date of birth,
"4500123456" right after "what's your order number?" is an order number, not a phone; "which number can the
engineer call when he is outside?" asks for a phone although it says "when", and "where should we refund the
€23?" for an IBAN. A transcriber cuts a dictated value into segments ("06 12", "34 56 78"; "17 augustus", "1968";
"3512", "JE"; "Kerkstraat", "12"): the segments are read as one. The question holds for the
customer's turns that follow until one of them answers it (a value of the kind asked for was found there) or
the agent asks something else; an agent's "ja", "mhm" or "of course" in between changes nothing, nor a prompt to go
on ("Ja?", "En de rest?", "כן?") or the agent repeating the piece just said ("0486...", "3579, yes?"), which is that
piece again. "Quel numéro ?" right after the street was asked asks for the house number. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from copilot.privacy.detectors import MONTH, SHORT_WORDS
from copilot.privacy.misheard import BSN_WORD, ID_OWNED, IL_ID_WORD, THE_ID
from copilot.privacy.name_words import ANIMAL, RELATIONS
from copilot.privacy.spoken import read_numbers

AGENT = "agent"
# "Which number", "op welk vast nummer", "à quel numéro", "איזה מספר": a number with no object named is a phone
# (a bound object, "welk nummer staat op de factuur?", takes it back: see ``asked_for``).
_WHICH_NUMBER = (r"(?:what|which|welke?|quel(?:le)?|[לב]?איזה)\s+(?:[\w-]+\s+){0,2}?(?:phone |mobile )?"
                 r"(?:number|nummer|num[ée]ro|מספר)")
# Where a refund or payment goes: the customer's account ("Where should we refund the €23?", "לאן להחזיר?").
_REFUND_TO = (r"(?:where|waar(?:op|heen|naartoe)?|où|sur quel|to which|op welke?|[לב]?איזה|לאן)\b[^?]{0,60}"
              r"(?:refund|terug(?:stort|betal|boek)\w*|rembours\w*|החזר\w*|להחזיר|זיכוי|\w*storten|"
              r"(?:we|wij|nous|on)\s+(?:\w+\s+)?(?:pay|betalen|uitbetalen|verser|virer|payer)\b)|"
              r"(?:refund|terugbetaling|remboursement|החזר)\s+(?:\w+\s+){0,3}(?:go|gaan|aller|ללכת)\b")
# Where the engineer goes or the parcel is sent: the customer's address.
_SEND_TO = (r"where\b[^?]{0,40}\b(?:send|post|deliver|ship|mail|courier|come|go|visit|install|collect|pick)|"
            r"waar\b[^?]{0,40}(?:sturen|leveren|bezorgen|geleverd|bezorgd|gestuurd|komen|naartoe|heen|"
            r"installeren|ophalen|opgehaald|plaats(?:vindt|vinden)?\b)|"  # "Waar vindt de thuistraining plaats?"
            r"where\b[^?]{0,40}\btake place|où\b[^?]{0,40}\blieu\b|"
            # the visit at home, asked as yes or no: "Pour la visite à domicile, c'est chez vous ?"
            r"c['’]est chez vous|\bchez vous\s*\?|is (?:it|that) at your (?:home|house|place)|is dat bij u thuis|"
            r"où\b[^?]{0,40}(?:envoy|livr|expédi|rendre|passer|venir|install|récupér|cherch|enlev|aller\b)|"
            # where the thing is to be put down or stood, at the customer's or elsewhere: "Où doit-on poser le
            # conteneur ?", "Where do we put the crate?", "Waar moet de kist staan?", "איפה להציב את הארגז?"
            r"où\b[^?]{0,40}\b(?:pos|dépos|mett|plac|laiss|stationn)\w*|"
            r"where\b[^?]{0,40}\b(?:put|place|drop|leave|park|stand|position|set down|set up)\b|"
            r"^\W*where(?:['’]s| is| are) (?:the|your) \w+(?: \w+)?\s*\?\W*$|"
            r"waar\b[^?]{0,40}\b(?:staan|neerzetten|neergezet|zetten|plaatsen|geplaatst|afleveren|afgeleverd|"
            r"neerleggen|parkeren)\b|"
            r"(?:לאן|איפה|היכן)\s+(?:\S+\s+){0,2}?(?:לאסוף|נאסוף|יאסוף|תאסוף|להניח|נניח|לשים|נשים|להציב|נציב|"
            r"יוצב|תוצב|לפרוק|נפרוק|להוריד|נוריד|להעמיד|נעמיד)(?![\u05d0-\u05ea])|"
            # whether it is at the customer's home, asked as yes or no: "We collect it at your home?"
            r"\bbij (?:u|jou|je) thuis\b[^.]{0,20}\?|\bat your (?:home|house|place)\b[^.]{0,20}\?|"
            r"(?<![\u05d0-\u05ea])(?:אצלך|אצלכם) בבית(?![\u05d0-\u05ea])[^.]{0,20}\?|"
            r"(?:envoyer|livrer|expédier|se rendre|passer|venir)\b[^?]{0,30}\boù\b|"
            # where the customer or the thing moves to: "Waar verhuist u naartoe?", "Where are you moving the panel
            # to?", "Vous déménagez où ?", "לאן אתם עוברים?": the answer is the new place
            r"where\b[^?]{0,40}\b(?:mov(?:e|es|ed|ing)|relocat\w*)\b|waar\b[^?]{0,40}\bverhuis\w*|"
            r"où\b[^?]{0,40}\b(?:déménag|emménag)|(?:déménag|emménag)\w*[^?.]{0,30}\boù\b|"
            r"לאן\s+(?:\S+\s+){0,3}?(?:עוברים|עוברת|עובר|עוברות|לעבור|להעביר|מעבירים|מעבירה|מעביר|עוברה)(?![\u05d0-\u05ea])|"
            r"לאן\s+(?:\S+\s+){0,3}?(?:לשלוח|להגיע|לבוא|להביא|מגיע|מגיעה|מגיעים|יגיע|תגיע|נגיע|באים|בא)|"
            # where the thing is to be installed or handed over: "לאן להתקין את המקפיא?", "איפה להרכיב?"
            r"(?:לאן|איפה|היכן)\s+(?:\S+\s+){0,2}?(?:להתקין|להרכיב|נתקין|נרכיב|יותקן|תותקן|למסור|לספק|נספק)|"
            r"לאן לשלוח|לאיזו כתובת|מאיפה\s+(?:\S+\s+){0,3}?(?:לאסוף|יאסוף|תאסוף|נאסוף|לקחת|ייקח|ניקח)|"
            # sending the thing to the customer, or where their own place is: the answer is where they live
            r"\b(?:send|post|deliver|ship|courier|mail)\b[^?.]{0,40}\bto you\b|"
            r"\b(?:sturen|opsturen|bezorgen|leveren)\b[^?.]{0,30}\b(?:naar|bij) (?:u|jou|je)\b|"
            r"(?:\bnaar|\bbij) (?:u|jou|je)\b[^?.]{0,30}\b(?:sturen|opsturen|bezorgen|leveren|bezorgd|geleverd)\b|"
            r"\b(?:envoy|livr|expédi)\w*[^?.]{0,30}\bchez (?:vous|toi)\b|"
            r"\boù (?:se trouve|est situé|se situe)|waar (?:ligt|staat|bevindt zich) (?:uw|je|jouw|jullie)|"
            r"where (?:is|are) (?:your|the) "
            r"(?:house|home|place|farm|stable|property|flat)|לשלוח (?:אליך|אלייך|אליכם)|איפה (?:נמצא|נמצאת|נמצאים)")
# What an agent's question asks for, in the four languages (matched on the lower-cased question).
_ASKS = {
    "DATE_OF_BIRTH": r"geboorte\w*|geboren|\bborn\b|birth\w*|\bdob\b|d\.o\.b|naissance|\bnée?s?\b|תאריך (?:ה)?לידה|"
                     r"dag,? maand,? (?:en )?jaar|day,? month,? (?:and )?year|jour,? mois,? (?:et )?ann[ée]e|"
                     r"נולדת|נולד|לידה",
    "POSTCODE": r"postcode|post code|postal code|\bzip\b|zip ?code|code postal|num[ée]ro postal|\bnpa\b|eir ?code|"
                r"מיקוד",
    "PHONE": r"telefoon\w*|mobiele? nummer|06-nummer|nummer (?:waarop|om)|terugbel\w*|\bphone\b|\bgsm\b|\bsms\b|"
             r"\bnatel\b|\bmob\b|\bmobiel\b|"
             r"mobile(?: number)?|\bcell(?:ulaire|phone)?\b|landline|number (?:to|we|i) (?:reach|call)|whatsapp|"
             r"vaste? nummer|"
             r"reach you|call you back|(?:u|je) bereiken|t[ée]l[ée]phone|portable|num[ée]ro où|(?:vous )?joindre|"
             r"num[ée]ro fixe|"
             r"rappeler|טלפו[ןנ]|נייד|מספר לחזרה|לחזור אלי|best number|a number|contact ?(?:number|nummer|num[ée]ro)|"
             r"good number|goed nummer|(?:vous|te) contacter|(?:u|je) contacteren|"
             r"contact(?:er|eren)? (?:vous|u|je|you)\b|"
             r"ליצירת קשר|ליצור (?:\S+ )?קשר|"
             # the company offering to ring the caller: "נתקשר אלייך כשהוא מוכן?", "Shall we call you when ...?"
             r"(?:נתקשר|להתקשר|שנתקשר|נחזור) (?:אליך|אלייך|אליכם)|(?:shall|should|can) we (?:call|ring|text) you|"
             r"(?:zullen|kunnen) we (?:u|je) (?:bellen|sms'en|appen)(?!\w)|(?:on|nous) vous (?:appelle|rappelle)(?!\w)|"
             # the number to arrange a visit by: "מה המספר לתיאום ההתקנה?", "the number to arrange the fitting"
             r"(?:number|num[ée]ro) (?:to|for|pour) (?:arrang|coordinat|schedul|convenir|fixer|planifier|caler)\w*|"
             r"מספר ל(?:תיאום|תאם)|"
             # someone else's too: "Heeft u zijn nummer?", "Her number?", "Et son numéro ?"
             r"\bun num[ée]ro\b|(?:votre|uw|je|your|ton|(?<!\w)(?:his|her|their|zijn|haar|hun|son|sa|leur)) "
             r"(?:num[ée]ro|nummer|number)"
             r"(?:\s+(?:in|en|au|à|at|op|bij|waar|où|where|there|daar|là)\b|\W*$|"
             # for when it is to be rung: "Wat is uw nummer voor als ik eraan kom?", "your number in case ..."
             r"\s+(?:voor\s+(?:als|wanneer|het geval)|for\s+when|in\s+case|pour\s+(?:quand|si)|au\s+cas\s+où)\b|"
             # who will ring it: "Votre numéro pour la baby-sitter ?", "Your number for the driver?"
             r"\s+(?:for|voor|pour)\s+(?:the\s+|de\s+|het\s+|la\s+|le\s+|l['’]\s*)?[\w-]+\s*\?\W*$)|"
             r"יש (?:לך |לכם )?מספר|מספר (?:ב?בית|נייח)|"
             rf"{_WHICH_NUMBER}|^\W*(?:(?:and|en|et|ו) )?(?:votre|uw|je|your) (?:num[ée]ro|nummer|number)\W*$|"
             r"(?:what['’]?s|what is|wat is|quel est) (?:the|het|le) (?:number|nummer|num[ée]ro)\W*$|מה המספר\W*$|"
             # "your number?" in Hebrew, where "your" comes after: "מה המספר שלך?", "ומספר שלכם?"
             r"(?<![\u05d0-\u05ea])ו?ה?מספר\s+(?:שלך|שלכם|שלו|שלה)\W*$",
    "EMAIL": r"e-?mail|mailadres|courriel|adresse (?:e-?)?mail|מייל|דוא\"?ל|אימייל",
    "IBAN": r"\biban\b|rekening|bank account|account number|sort code|\brib\b|\bcompte\b|חשבון בנק|bank details|"
            r"bankgegevens|coordonn[ée]es bancaires|פרטי (?:ה)?(?:בנק|חשבון)|^\W*חשבון ל(?:תשלום|העברה|זיכוי)|"
            r"מספר (?:ה)?חשבון(?![\u05d0-\u05ea])|[למב]?איזה (?:\S+ )?חשבון|\(iban\)|"
            # the account alone, as the whole question: "והחשבון שלך?", "And the account?"
            r"^\W*ו?ה?חשבון(?: שלך| שלכם)?\s*\?\W*$|^\W*(?:(?:and|en|et)\s+)?(?:the|your|het|uw|je)\s+"
            r"(?:account|rekeningnummer)\s*\?\W*$|"
            # the account opening a short question, and what it pays for: "Account for the plan?"
            r"^\W*(?:(?:and|en|et)\s+)?account\s+(?:for|to pay|to use)\b[^?.!]{0,30}\?\W*$|"
            r"(?:which|what) (?:\w+ )?account\b(?! (?:holder|name))|"
            r"direct debit|\bincasso|automatische afschrijving|domicili[ëe]ring|domiciliation|pr[ée]l[èe]vement|"
            r"הוראת קבע|"
            rf"{_REFUND_TO}",
    "BSN": r"\bbsn\b|burgerservice|sofi|citizen service|social security",
    "IL_ID": r"תעודת (?:ה)?זהות|ת\.?ז|ת[\"״']ז|מספר (?:ה)?זהות|t[ée]oudat|teudat|z[ée]hut|z[ée]hout|"
             r"(?:your|uw|je|votre|ton|his|her|their|zijn|haar|hun|son|sa|leur)\s+(?!customer|client|klant|order|user|login|account|member|booking|ticket|case|device|apple|google|session|"
             r"transaction|payment|network|wi-?fi|caller|reference|tracking)(?:\w+(?:['’]s?)?\s+)?"
             r"(?:id|identity|identit[ée]|identiteit)(?:[- ](?:number|nummer|num[ée]ro|card|kaart|bewijs))?\b|"
             r"num[ée]ro d['’]identit[ée]|identity number|\bid[- ](?:number|nummer|num[ée]ro)\b|israeli id|"
             r"\bid (?:no|nr|n°)(?:\.|(?!\w))(?!\s*[a-z])|"  # "you asked me for ID no." (not "ID no problem")
             r"identit[ée] isra[ée]l\w*|"
             # the ID a form or a referral needs: "And the ID for the claim form?", "L'identité pour l'ordonnance ?"
             r"\b(?:the|het|de|l['’]|la)\s*(?:id|identity|identit[ée]|identiteit)\s+(?:for|voor|pour)\s+"
             r"(?:the|de|het|la|le|l['’]|your|uw|votre)\s*(?:\w+\s+)?(?:referral|verwijzing|verwijsbrief|"
             r"ordonnance|prescription|recept|claim|declaratie|form|formulier|dossier|file)\b|"
             r"isra[ëe]lische id|identiteitsnummer",
    "CARD": r"creditcard|credit card|kaartnummer|kaartgegevens|card number|card details|on the card|\bcard\b|"
            r"num[ée]ro de (?:la )?carte|coordonn[ée]es de (?:la )?carte|פרטי (?:ה)?כרטיס|"
            r"\bcarte\b|כרטיס|אשראי|\bkaart\b|bankkaart|betaalkaart|kredietkaart|debetkaart|pinpas|bankpas|"
            r"carte bancaire|carte de crédit|debit card|bank card|"
            # the card's brand: "betaalt u met een Mastercard?", "Visa or Amex?", "מאסטרקארד?"
            r"\bmaster ?card\b|\bmaestro\b|\bamex\b|american express|\bvisa\b(?!\s*(?:application|aanvraag|demande|"
            r"for|voor|pour|nodig|needed|required))|מאסטרקארד|ויזה|ישראכרט|אמריקן אקספרס|דיינרס",
    "NAME": r"\bnaam\b|achternaam|voornaam|met wie spreek|wie spreek ik|wiens naam|\bname\b|surname|"
            # who else takes part, the booking is for or comes along: "Who's the second skater?", "Who's travelling
            # with the team?", "Wie rijdt er mee?", "Qui vient avec vous ?", "מי מצטרף?", "Voor wie is de les?"
            r"\bwho(?:['’]s| is| are| will be| else is)?\s+(?:the\s+(?:second|other|third|fourth|next|extra|"
            r"additional)\b|coming|joining|travell?ing|going|attending|taking part|booked|playing|riding)|"
            r"\b(?:for|voor|pour)\s+(?:who|whom|wie|qui)\b(?!\s+(?:do you work|werk))|"
            r"\bwho(?:['’]s| is| are)\s+(?:the|this|that|it)\s+(?:\w+\s+)?for\b|"
            r"\bwie\s+(?:is\s+de\s+(?:tweede|andere|derde)|(?:komt|gaat|rijdt|reist|doet|speelt)\b[^?]*\bmee\b)|"
            r"\bqui\s+(?:est\s+(?:le|la)\s+(?:deuxième|second|seconde|autre)|vient|viendra|accompagne|voyage|"
            r"participe)|"  # not "Qui sera là ?": whoever opens the door, in a long answer about other things too
            r"(?:^|\s)מי\s+(?:עוד\s+)?(?:מגיע|מגיעה|מצטרף|מצטרפת|נוסע|נוסעת|בא|באה|השני|השנייה|המשתתף)|בשביל מי|"
            # who one of theirs is, by the relation: "Who's your partner?", "Wie is uw fiscale partner?", "Qui est
            # votre conjoint ?", "מי בת הזוג שלך?"
            rf"\bwho(?:['’]s| is| are)\s+your\s+(?:\w+\s+)?(?:{RELATIONS})\b|"
            rf"\bwie (?:is|zijn) (?:uw|je|jouw) (?:\w+\s+)?(?:{RELATIONS})\b|"
            rf"\bqui (?:est|sont) (?:votre|vos|ton|ta|tes) (?:{RELATIONS})\b|"
            r"(?:^|\s)מי\s+(?:ה?(?:בן|בת)\s+ה?זוג|בעלך|אשתך|ה(?:בן|בת|אח|אחות|שותף|שותפה)\s+(?:שלך|שלכם))|"
            r"who am i speaking|who(?:'s| is) (?:calling|the account holder)|account holder|\bnom\b|pr[ée]nom|"
            r"(?:vous [êe]tes|c'est) (?:bien )?(?:madame|monsieur)|titulaire|qui est à l'appareil|"
            r"(?:^|\s)[וה]?(?:שם|שמך|שמכם|שמו|שמה)(?![\u05d0-\u05ea])|איך קוראים|מי מדבר|עם מי (?:אני )?מדבר|"
            r"who (?:is|are) (?:this|you)|de la part de qui|"
            # the agent's sentence left for the caller to end with their name: "And you are?", "En u bent?", "Et vous
            # êtes ?", "ומי את?"
            r"\b(?:and|en|et)\s+(?:you are|u bent|jij bent|vous [êe]tes)\s*\?|(?:^|\s)ו?מי (?:את|אתה|אתם|אתן)\s*\?|"
            r"à qui ai-je|בעל(?:ת)? החשבון|s['’]appelle|"
            r"(?:what|how) (?:is|are) (?:he|she|they) called|hoe heet|איך (?:קוראים|קוראות) (?:לו|לה)|"
            # how it is spelled, after the customer said their name is wrong: "איך צריך לכתוב?", "How do you spell it?"
            r"how (?:do you|should (?:i|we)|does one|is it) (?:spell|write)|"
            r"how (?:is it|'s it) (?:spelled|spelt|written)|"
            r"hoe (?:schrijf|spel)\w*|hoe (?:wordt|moet) (?:het|dat) (?:geschreven|gespeld)|"
            r"comment (?:ça |cela )?s['’](?:écrit|épelle)|comment (?:l['’]|on l['’])?(?:écrire|épeler|écrit)|"
            r"איך (?:צריך |נכון )?(?:לכתוב|לאיית|כותבים|מאייתים)|איך (?:זה )?(?:נכתב|מאוית)",
    "ADDRESS": r"\b\w*adres\b|\bstraat\b|huisnummer|waar woont|waar woon (?:je|jij)\b|\baddress\b|first line|"
               r"\bstreet\b|"
               # whether they moved: the answer is the new place ("Have you moved?", "Bent u verhuisd?", "Vous avez
               # déménagé ?", "עברתם דירה?")
               r"\b(?:have you|you['’]ve|did you|has (?:he|she)|have they)\s+(?:\w+\s+)?moved\b|where (?:did|have) "
               r"you moved?\b|\b(?:bent u|ben je|zijn jullie|is (?:hij|zij|ze))\s+(?:\w+\s+)?verhuisd\b|"
               r"\b(?:vous avez|tu as|avez-vous|as-tu|vous êtes|êtes-vous)\s+(?:\w+\s+)?(?:déménagé|emménagé)|"
               r"(?<![\u05d0-\u05ea])(?:עברת|עברתם|עברתן|עברו)\s+(?:\S+\s+)?(?:דירה|כתובת|בית)|"
               # the house's number asked with its street's word: "Et le numéro dans l'impasse ?", "The number on
               # the close?", "Het nummer in de steeg?"
               r"(?:number|num[ée]ro|nummer)\s+(?:in|on|along|dans|sur|de|op|aan)\s+(?:the\s+|la\s+|l['’]\s*|le\s+|"
               r"de\s+|het\s+|this\s+|cette\s+)?(?:street|road|lane|close|crescent|avenue|rue|impasse|allée|avenue|"
               r"chemin|ruelle|straat|laan|weg|steeg|gracht|hofje)\b|"
               # where a thing is to be sent: "On envoie ça où ?", "Where shall we post it?", "לאן לשלוח?"
               r"\b(?:envo[iy]\w*|expédi\w*|post|send|ship|deliver)\b[^?.]{0,40}\boù\b|"
               r"\bwhere (?:should|shall|do|can|could|would) (?:we|i) (?:send|post|ship|deliver)\b|"
               r"(?<![\u05d0-\u05ea])לאן (?:ל|נ|א)?(?:שלוח|שלח|משלוח)|"
               r"house number|door number|num[ée]ro de (?:la |votre )?(?:maison|porte)|where (?:do you live|to send)|"
               r"\b(?:et|and|en) (?:la|the|de) (?:rue|street|straat)\b|"
               r"^\W*(?:and|en)\s+(?:the|de)\s+(?:road|lane|weg|laan)\W*$|"  # "And the road?" after the house number
               r"(?:welke|which|what|quel(?:le)?|באיזו|איזו|באיזה) (?:weg|laan|kade|gracht|singel|dreef|road|lane|"
               r"avenue|drive|crescent|allée|boulevard|impasse|שדרה|שדרות)(?!\w)|"
               r"(?:welke?|which|what|quel(?:le)?|[בל]?איזו|[בל]?איזה)\s+(?:\w+\s+)?(?:woning|pand|huis|appartement|"
               r"apartment|flat|property|house|logement|maison|immeuble|דירה|נכס|בניין)\b|"
               r"\badresse\b|où habitez|habitez(?:-vous)? où|quelle rue|(?:which|what) street|"
               # where someone else lives: "Elle habite où ?", "Elle habite dans l'immeuble ?", "Where does he
               # live?"
               r"\b(?:il|elle|ils|elles)\s+habite(?:nt)?\s+(?:où|dans|à côté|près|loin|en face)\b|"
               r"\boù (?:est-ce qu['’])?(?:il|elle|ils|elles) habite(?:nt)?\b|"
               r"\bwhere (?:does|do) (?:he|she|they) live\b|"
               r"\bwaar (?:woont|wonen) (?:hij|zij|ze|die)\b|איפה (?:הוא|היא|הם) גר(?:ה|ים)?|"
               # "The number?" alone, asked with nothing it belongs to: after a move or a street, the house's
               r"^\W*(?:(?:and|en|et)\s+)?(?:the\s+|le\s+|het\s+|de\s+)?(?:number|num[ée]ro|nummer)\s*\?\W*$|"
               r"כתובת|רחוב|מספר (?:ה)?בית|^\W*ו?(?:ה)?מספר\s*\?\W*$|"
               # where the visits or lessons will be held: the answer is a place ("Where will the sessions take
               # place?", "Waar vinden de lessen plaats?", "Où auront lieu les cours ?", "איפה יתקיימו השיעורים?")
               r"\bwhere (?:will|should|shall|would|do|does|can|could) (?:[\w'’]+ ){1,3}"
               r"(?:happen|take place|be held)\b|"
               r"\bwaar (?:[\w'’]+ ){1,4}(?:plaatsvinden|plaats vinden|plaats|gegeven worden|gehouden worden)\b|"
               r"\boù (?:[\w'’]+ ){0,4}(?:auront|aura|ont|a) lieu\b|\boù (?:[\w'’]+ ){0,4}se (?:feront|fera|"
               r"dérouleront|déroulera|passeront|passera)\b|"
               r"(?<![\u05d0-\u05ea])איפה\s+(?:יתקיימו|יתקיים|תתקיים|יהיו|יהיה|תהיה)(?![\u05d0-\u05ea])|"
               rf"איפה (?:את|אתה) גר|{_SEND_TO}",
}
_ASKS_RE = {kind: re.compile(pattern) for kind, pattern in _ASKS.items()}
# The street asked by its type: "Op welke weg is dat?", "Which road?", "Quelle avenue ?", "באיזו שדרה?".
_STREET_TYPES = (r"street|straat|rue|רחוב|weg|laan|kade|gracht|singel|dreef|road|lane|avenue|drive|crescent|"
                 r"allée|boulevard|impasse|שדרה|שדרות")
_STREET_NAME = re.compile(rf"(?:which|what|welke|quelle|באיזה|איזה|באיזו|איזו) (?:\w+ )?(?:{_STREET_TYPES})(?!\w)|"
                          r"^\W*(?:(?:and|en|et)\s+)?(?:the|de|la)\s+(?:street|straat|rue|road|lane|weg|laan)\W*$|"
                          r"^\W*ו?ה?רחוב\W*$|"
                          r"street name|straatnaam|nom de (?:la )?rue|שם (?:ה)?רחוב")
# A question about something that is no personal data: an order, an invoice, a code (objects with a number of
# their own), or a time, a delivery (when, not what).
_OBJECTS = (r"order|bestel|commande|factu|invoice|track|zending|colis|pakket|parcel|ticket|r[ée]f[ée]rence|artikel|"
            r"article|product|produit|model|mod[èe]le|serial|s[ée]rie|imei|dossier|klantnummer|customer (?:number|"
            r"reference)|num[ée]ro client|client number|contract|contrat|\bzaak\b|code|voucher|coupon|gift|cadeau|"
            r"waardebon|שובר|הזמנה|חשבונית|משלוח|(?<=מספר )ה?לקוח|דגם|קוד|מוצר|אסמכתא")
_OBJECT_WORD = re.compile(_OBJECTS)
# A time asked for, and calling or ringing someone.
_WHEN = r"hoe laat|what time|quelle heure|באיזו שעה|wanneer|\bwhen\b|quand|מתי"
_CALLING = r"\bbell?\w*|\bcall\w*|\bring\b|appel\w*|joindre|[יתנל]?התקשר\w*|[יתנ]תקשר\w*|לחזור אלי\w*"
# When to call or ring the customer back: the answer gives a time and often the number to ring then, which no time
# question may keep in clear ("Wanneer kunnen we bellen?" "06 ..., na vijf uur").
_WHEN_TO_CALL = re.compile(rf"(?:{_WHEN})[^.?!]{{0,40}}?(?:{_CALLING})|(?:{_CALLING})[^.?!]{{0,40}}?(?:{_WHEN})")
# A card's expiry: a month and a year, no number of the customer's ("and the expiry?").
_EXPIRY = r"expir\w*|\bexp\b|vervaldatum|verloopdatum|geldig tot|valid (?:until|till|thru)|validité|תוקף|תפוגה"
_OTHER = re.compile(rf"{_OBJECTS}|snelheid|speed|{_WHEN}|"
                    rf"delivered|geleverd|livr[ée]|sinds|since|depuis|{_EXPIRY}")
# A card read back by its end, then its expiry asked for: "the card ending 4417, and the expiry?", "kaart eindigend op
# 4417, en de vervaldatum?", "כרטיס שמסתיים ב-4417, ותוקף?".
_CARD_ENDING = re.compile(r"(?:ending|ends|eindigend|eindigt|se termin\w*|finissant|finit|qui finit|(?:ש)?מסתיים)")
_EXPIRY_ASKED = re.compile(_EXPIRY)
# The number asked for is the object's ("welk nummer staat op de factuur?", "numéro de commande", "order number").
_OBJECT_NUMBER = re.compile(rf"(?:{_OBJECTS}|client|customer)[\w-]*\s*(?:nummer|number|num[ée]ro|nr|no\b|#)|"
                            rf"(?:nummer|number|num[ée]ro|מספר)\s+(?:\S+\s+){{0,3}}?(?:{_OBJECTS}|client\b|klant)")
# A person's ID number named, then the object it is for: "the ID number for the invoice", "numéro d'identité pour
# la facture", "מספר תעודת זהות לחשבונית" (not "the order ID number", an object's own).
_ID_NUMBER_FOR = re.compile(
    r"(?<![\w-])(?:id|identity|identiteit|identit[ée]|bsn)[- ]?(?:number|nummer|num[ée]ro)"
    r"\s+(?:for|voor|pour|op|on)\b|num[ée]ro d['’]identit[ée]\s+pour\b|"
    r"מספר (?:ה)?(?:תעודת (?:ה)?זהות|זהות|ת\.?ז)\s+(?:ל|עבור|בשביל)")
# A person's ID read back by its last digits, to be confirmed or replaced: "the ID ending 4471", "het BSN eindigend op
# 482", "la carte d'identité qui finit par 12", "תעודת הזהות שמסתיימת ב-31".
_ID_ENDING = re.compile(
    r"(?<![\w-])(?:(?P<bsn>bsn)|id|identity|identiteit\w*|identit[ée]|ת\.?ז|ת[\"״']ז|(?:תעודת )?(?:ה)?זהות)"
    r"(?:[- ](?:number|nummer|num[ée]ro|card|kaart|bewijs))?\s+"
    r"(?:ending|ends|eindigend|eindigt|se termin\w*|finissant|qui finit|(?:ש)?מסתיימ?ת?)\b[^0-9]{0,12}[0-9]")
_OBJECT_BEFORE = re.compile(rf"(?:{_OBJECTS}|client|customer|klant|user|member)[\w-]*[ -]$")
# A number and calling it, in either order: "C'est quoi le numéro pour la liste d'appel ?", "מה המספר שהמוקד יתקשר
# אליו?", "Wie moet de meldkamer bellen als u niet opneemt? Dan zet ik dat nummer als tweede contact." (not an order's)
_CALL_NUMBER = re.compile(r"(?:\bnummer|\bnumber|num[ée]ro|מספר)[^.!]{0,60}?(?:\bbell?\w*|\bcall\w*|\bring\b|appel\w*|"
                          r"[יתנל]?התקשר\w*|[יתנ]תקשר\w*|לחייג|[יתנ]חייג\w*)|"
                          r"(?:\bbellen|\bcall|\bring|appeler|[יתנל]?התקשר\w*|[יתנ]תקשר\w*)\b[^.!]{0,80}?"
                          r"(?:\bnummer|\bnumber|num[ée]ro|מספר)|"
                          # the call said first, then the number asked for alone: "The nurse will ring you. Number?"
                          r"(?:\bbel(?:t|len|de|den|le)?\b|\bcall\w*|\bring\b|appel\w*|[יתנל]?התקשר\w*|[יתנ]תקשר\w*)"
                          r"[^?]{0,80}?[.!]\s+"
                          r"(?:(?:and|en|et|ו)\s*)?(?:(?:the|your|het|uw|je|votre|le|ton)\s+)?"
                          r"(?:nummer|number|num[ée]ro|ה?מספר)\s*\?\W*$")
# Words that say the number is one to call or text, whatever else the question mentions.
_PHONE_WORDS = re.compile(r"phone|telefoon|t[ée]l[ée]phone|טלפון|נייד|mobile|mobiele?\b|portable|gsm|\bsms\b|"
                          r"whatsapp|\bcall\b|\bcell\b|\btext\b|"  # "what cell number should the gate code go to"
                          r"\bbel\w*|reach|bereik|joindre|appel|rappel|vaste? nummer|fixe|landline|להתקשר|לחזור|"
                          r"(?:^|\s)(?:à|au|sur|to|on|at|naar|op)\s+(?:quel|which|what|welke?)\b|לאיזה מספר|"
                          r"bsn|iban|זהות|כרטיס|card|carte|(?:^|your |uw |votre )id (?:number|nummer)|identity|identit|"
                          r"teudat|zehut")  # "ID number for the rental contract?" is the person's ID
# The name asked for is a firm's: "company name?", "bedrijfsnaam", "nom de la société", "שם חברה".
_FIRM_NAME = re.compile(r"company|business|firm|bedrijf|firma|zaak|société|societe|entreprise|commerce|"
                        r"שם (?:ה)?(?:חברה|עסק|חנות)")
# Words that make "name" a person's name even beside an order or a contract ("op wiens naam staat het contract?").
_AN_ANIMAL = re.compile(ANIMAL)  # the animal the name question is about, in the agent's words
# The person's own name asked beside the animal's: "your name", "uw naam", "votre nom", "שמך", "the owner's".
_A_PERSONS_NAME = re.compile(r"(?<!\w)(?:your|uw|je|jouw|votre|vos|ton|ta|his|her|zijn|haar)\s+(?:full\s+|own\s+|"
                             r"eigen\s+|volledige\s+)?(?:name|naam|nom|prénom|voornaam|achternaam|surname|"
                             r"first name|last name)|(?<!\w)(?:owner|eigenaar|baasje|propriétaire|maître|maîtresse)"
                             r"|(?<!\w)(?:and|en|et)\s+(?:you|u|vous)(?!\w)|"
                             r"met wie|who am i|qui est à l|à qui ai-je|מי מדבר|עם מי|שמך|השם שלך|בעל(?:ת)?\s+ה|בעלים")
_PERSONAL_NAME = re.compile(r"your|\buw\b|\bje\b|votre|\bton\b|שלך|\bwie\b|who|\bqui\b|surname|achternaam|"
                            r"voornaam|pr[ée]nom|full|wiens|whose|\bמי\b|"
                            # the name an invoice or an order is to go in: "Op welke naam moet de factuur?"
                            r"(?:op|onder|in|under|à|au|sous|sur) (?:welke|what|which|quel) (?:naam|name|nom)\b|"
                            r"על (?:איזה )?שם")
_BACKCHANNEL = re.compile(r"[^0-9]{0,40}")  # "Geen haast, ik wacht even.", "Neemt u de tijd."
# A question that only asks the customer to go on: "Ja?", "Yes?", "En verder?", "Oui, ensuite ?", "כן?", "And?".
_PROMPT = re.compile(r"(?:\W*(?:ja|jaa|yes|yeah|yep|ok|okay|oké|oui|ouais|כן|אוקיי|mhm|hm|and|en|et|ו|then|dan|verder|"
                     r"daarna|next|ensuite|puis|pis|après|ואז|הלאה|והמשך|וההמשך|ההמשך|go on|continuez|allez-y|klopt|"
                     r"right|correct|"
                     r"c'est ça|נכון|got it|sure|alright|d'accord|akkoord|בסדר|and then|en dan|et puis|et ensuite|"
                     r"what else|nog meer|wat nog|the rest|de rest|la suite|le reste|השאר|mm-hmm|uh-huh|mm|aha|"
                     r"ועוד|עוד|and more|more|en nog|et encore|encore|"  # "ועוד?": and the rest
                     # to go on, in each language's verbs: "ga maar door?", "carry on?", "on continue ?", "ממשיכים?"
                     r"ga (?:maar |gerust )?(?:door|verder)|gaat u (?:maar |gerust )?(?:door|verder)|carry on|"
                     r"keep going|go ahead|i'm listening|ik luister|i'm with you|ik volg (?:u|je)|je vous suis|"
                     r"אני איתך|אני איתכם|"
                     r"(?:on )?continue|je (?:vous |t')écoute|ממשיכים|ממשיכה|ממשיך|תמשיכ[יו]?|תמשיך|המשך|קדימה|"
                     r"אני מקשיבה?|"
                     # acknowledging the piece and asking for what is missing: "Pas de trouble, la suite?",
                     # "Nog twee cijfers, denk ik?", "two more digits?", "il manque un chiffre ?", "חסרה ספרה?"
                     r"no problem|geen probleem|pas de (?:problème|trouble|souci)|aucun problème|אין בעיה|prima|"
                     # waiting for the rest: "Prima, ik wacht wel. En verder?", "Take your time.", "אני מחכה"
                     r"ik wacht(?: wel| even| rustig)*|i(?:['’]ll| will| can)? wait|take your time|no rush|"
                     r"geen haast|neem (?:gerust |rustig )?(?:de|uw|je) tijd|j['’]attends|je patiente|"
                     r"prenez (?:votre|ton) temps|rien ne presse|אני מחכה|אין לחץ|קח(?:י)? את הזמן|"
                     r"parfait|perfect|great|super|top|très bien|merci|thanks|dank ?je|dank ?u|תודה|"
                     # writing it down as it comes: "Ik noteer. Verder?", "Noted, go on", "Je note.", "רשמתי"
                     r"ik noteer|ik schrijf (?:het )?(?:op|mee)|genoteerd|noted|noting|writing (?:it|that) down|"
                     r"got that|je note|c'est noté|noté|j'écris|רושמ(?:ת|ים)?|רשמתי|"
                     r"denk ik|volgens mij|i think|i guess|je pense|je crois|à mon avis|נראה לי|toch|hein|"
                     # the digits still to come, by where they stand: "And the last eight?", "En de laatste vier?",
                     # "Et les huit derniers ?", "והשאר?", "והספרות האחרונות?"
                     r"(?:(?:the|de|les)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|twee|drie|vier|vijf|zes|zeven|acht|negen|deux|trois|quatre|"
                     r"cinq|six|sept|huit|neuf|[2-9])\s+)?"
                     r"(?:last|remaining|other|laatste|overige|andere|resterende|derniers|dernières|autres|restants)"
                     r"(?:\s+(?:two|three|four|five|six|seven|eight|nine|twee|drie|vier|vijf|zes|zeven|acht|negen|deux|trois|quatre|"
                     r"cinq|six|sept|huit|neuf|[2-9]))?"
                     r"(?:\s+(?:digits|cijfers|chiffres|ones))?|"
                     r"ו?השאר|ושאר|ו?(?:ה)?(?:ספרות|שתיים|שלוש|ארבע|חמש|שש|שבע|שמונה|תשע)\s+(?:ה)?(?:אחרונות|הבאות|הנותרות)|"
                     r"(?:nog|still|encore|il (?:en )?manque|there (?:are|is)|er (?:ontbreken|ontbreekt)|missing|"
                     r"עוד|חסרות?|חסר)\s+(?:\w+\s+){0,2}(?:cijfers?|digits?|chiffres?|ספרות|ספרה|nummers|numbers|groepjes|blokjes|groups|groupes|chunks|"
                     r"stukjes|morceaux|bits)"
                     r"(?:\s+(?:more|missing|de plus|ontbreken))?|"
                     # the count alone: "En nog twee?", "two more?", "encore trois ?", "עוד שתיים?"
                     r"(?:nog|encore|עוד)\s+(?:een|één|twee|drie|vier|vijf|zes|un|une|deux|trois|quatre|cinq|six|"
                     r"[1-9]|אחת|שתיים|שלוש|ארבע|חמש)|(?:one|two|three|four|five|six|[1-9])\s+more|"
                     r"(?:deux|trois|quatre|cinq|[1-9])\s+de plus)\b)+\W*",
                     re.IGNORECASE)
# An agent repeating the piece just dictated: "0486...", "058?", "3579, yes?", "Donc le 07 81 ?".
# A yes before it or a prompt after it changes nothing ("Oui, 5146 9175, ensuite ?"); nor does an IBAN's country
# ("BE35 4173, oui ?").
_ECHO = re.compile(r"\W*(?:(?:yes|yeah|yep|ja|oui|ok|oké|כן)\W+)?"
                   # what the agent heard so far: "Ik hoorde 0476, 31 84 en dan?", "Ik hoor u, 06 19 74, en dan?"
                   r"(?:(?:ik hoor(?:de)?(?: u| je)?|i heard|i(?:['’]ve| have) got|j['’]ai (?:entendu|noté)|je note|"
                   r"שמעתי|רשמתי)\W+)?(?:(?:so|dus|donc|le|אז)\s+)?"
                   r"(?P<digits>(?:[A-Z]{2}[0-9]{2}\s?(?:[A-Z]{4}\s?)?)?[0-9](?:[0-9 .\-]|,(?= ?[0-9]))*)[\s.,…?!-]*"
                   r"(?:(?:yes|yeah|yep|ja|oui|right|okay|ok|oké|alright|correct|klopt|goed|prima|כן|נכון|and|en|et|"
                   r"then|dan|ensuite|puis|verder|"
                   r"next|ואז|c['’]est (?:bien )?ça|that['’]s (?:it|right)|dat klopt|klopt dat|is that right|zo|"
                   # and a prompt to go on: "4266 7583, c'est ça ? La suite ?", "4705 4798, נכון? תמשיך."
                   r"la suite|le reste|continuez|go on|carry on|the rest|ga (?:maar )?(?:door|verder)|de rest|"
                   r"gaat u (?:maar )?(?:door|verder)|allez-y|vas-y|go ahead|אני איתך|"
                   r"תמשיכי|תמשיך|המשך|הלאה|והלאה)\W*)*",
                   re.IGNORECASE)
# The turn's last part, after a read-back or a thanks: "5211 VG, and number?", "Hellemmes, d'accord. Et le numéro ?".
_LAST_PART = re.compile(r"[,.;:!](?!\d)")
# "And the number?", "En welk nummer?", "Quel numéro ?", "ומספר?" right after the street was asked: the house number.
_BARE_NUMBER_QUESTION = re.compile(r"\W*(?:(?:oui|yes|yeah|ja|ok|okay|oké|כן)\W+)?"  # "Oui, à quel numéro ?"
                                   r"(?:(?:and|en|et|ו)\s*)?(?:(?:at|op|à|au)\s+)?"  # "À quel numéro ?"
                                   r"(?:(?:the|het|le|welk|quel|which|what|[בו]?איזה)\s+)?"
                                   r"(?:number|nummer|num[ée]ro|מספר)\W*", re.IGNORECASE)
_NUMBER_KINDS = ("PHONE", "BSN", "IL_ID", "CARD", "IBAN", "POSTCODE")
_MORE_COMING = (r"(?:and |en |et )?(?:then|dan(?: nog)?|puis|ensuite|après|nog|ואז|ועוד)|"
                r"(?:sorry|oops|oeps|oups|pardon|סליחה|אופס)\b[^\d]{0,40}|[^\d]{0,30}"
                r"(?:too early|too soon|te vroeg|trop tôt|trop vite|מוקדם מדי)[^\d]{0,20}")
# The rest of a segment saying more of the number is to come: "0312 48 oeps te vroeg", "4567 sorry, it cut".
MORE_COMING_AFTER = re.compile(rf"[\s,.]*(?:{_MORE_COMING})[\s,.:\-–…/]*$", re.IGNORECASE)
_MORE_COMING_AT_END = re.compile(rf"(?<=[0-9])[\s,.]*(?:{_MORE_COMING})[\s,.:\-–…/]*$", re.IGNORECASE)
# An IBAN's start, its letters written or spelled one by one ("NL12 RABO", "N L twaalf, R A B O"): the rest follows.
_IBAN_START = r"(?-i:[A-Z] ?[A-Z][\s,.:;-]*[0-9]{2}[\s,.]*(?:[A-Z][ ,.]?){3}[A-Z])"
_CONTINUES = re.compile(rf"(?:[0-9]|{_IBAN_START}|\b(?:is|are|'s|:|est|c'est|le|au|op|at|on|to|"
                        r"ל|הוא|זה|זו|היא))[\s,.:\-–…/]*$|"  # "0476/", then "52.83.19"
                        # digits, then a word that more is coming, or why it came in two: "5127 8833 then", "4027
                        # 0849 en dan nog", "418 sorry hit send too early", "2853 et puis", "4221 ואז"
                        rf"[0-9](?=[\s,.]*(?:{_MORE_COMING})[\s,.:\-–…/]*$)", re.IGNORECASE)
_LEAD = (r"^[\s.…]*(?:(?:eh|uh|euh|ehm|um|en|and|et|ja|yes|yeah|oui|ouais|כן|נכון|dan|then|puis|pis|ensuite|après|"
         r"daarna|next|ואז|ואחר כך|אחר כך|ו|klopt|correct|c['’]est ça|right|yep)[\s,.…]+){0,3}(?:ו-?(?=[0-9]))?")
_STARTS = re.compile(rf"{_LEAD}(?:[-–]?\s?[0-9+]|(?=[A-Z]*[0-9])[A-Z0-9]{{4}}\b)",  # "oui, pis 4017 4097", "-9164"
                     re.IGNORECASE)
_LEAD_BEFORE_DIGITS = re.compile(rf"{_LEAD}(?=[0-9])", re.IGNORECASE)
# The rest of a number after a word on why it came in two: "sorry te vroeg verstuurd 83 44 07", "app cut me off,
# 979 469", "ça a parti tout seul -7714", "נשלח מוקדם מדי 44109": a few words without digits, then only digits (and
# perhaps why, after a comma: "the rest is 56 6915 02, sorry, the app logged me out").
_AFTER_ASIDE = re.compile(r"[^\d\n]{1,80}?[\s,:]\s*(?P<rest>-?[0-9][0-9 \-]*)[\s.!]*(?:,[^\d\n]*)?")
# A street whose number comes in the next segment: "Kerkstraat" then "12", "rue Paradis" then "22", "Het adres is
# Noorderhaven" then "15 rood".
_STREET_END = re.compile(r"(?:(?:adres|address|adresse)\w*\s+(?:is|c['’]est|est)?\s*:?\s*"
                         r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+)(?:\s+(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+)){0,2}|"
                         r"[A-Za-z]\w*(?:straat|laan|weg|gracht|plein|kade|singel|dreef|steeg|einde|streek|dijk|"
                         r"haven|markt|hof|wal|dam|veld|park|pad|"
                         r"street|road|lane|"
                         r"avenue|drive|close|crescent|way)|"
                         r"(?:rue|avenue|boulevard|chemin|allée|impasse|place)\s+[\w' -]+|"
                         r"(?:רחוב|שדרות|רח['׳])\s+\S+?(?:\s+\S+?)?)[\s,.…]*$", re.IGNORECASE)
# A house number whose street comes in the next segment: "It's 27B..." then "Alderney Street", "au 112..." then
# "boulevard Voltaire".
_HOUSE_END = re.compile(r"(?:(?<!\S)|(?<=\s[בל]))[0-9]{1,4}[A-Za-z]?[\s,.…—–-]*$")  # "Seventeen, uh —"
_STREET_START = re.compile(r"^\s*(?:(?:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|place|quai|route|cours)\s|"
                           r"(?:[A-Z][\w'’-]+\s+){1,3}(?:Street|Road|Lane|Avenue|Drive|Close|Crescent|Terrace|Grove|"
                           r"Gardens|Way|Place|Square|Rise|Park|Hill|Walk|View|Row|Green|Mews|Court|Parade|Quay|Wharf|Vale|Gate)\b|"
                           r"[A-Z][\w'’-]*(?:straat|laan|weg|gracht|plein|kade|singel|dreef|steeg)\b|"
                           r"(?:רחוב|שדרות|רח['׳])\s)")
# A date or a postcode cut in two: "17 augustus" then "1968", "the 2nd of" then "February 1994", "3512" then "JE".
_ENDS_WITH = (
    (re.compile(rf"[0-9]\s*(?:ב-?)?(?:{MONTH})\.?[\s,]*$", re.IGNORECASE),
     re.compile(r"^\s*(?:(?:and|en|et|ו)\s+)?['’]?[0-9]{2}(?:[0-9]{2})?(?![0-9])")),
    (re.compile(r"[0-9](?:st|nd|rd|th|e|er|ste|de)?\s+(?:of|van|de|du|ב)[\s,]*$", re.IGNORECASE),
     re.compile(rf"^\s*(?:ב-?)?(?:{MONTH})(?!\w)", re.IGNORECASE)),
    (re.compile(r"(?<![0-9])[0-9]{1,2}(?:st|nd|rd|th|e|er|ste|de)[\s,]*$", re.IGNORECASE),  # "12th" / "of May 1980"
     re.compile(rf"^\s*(?:(?:of|van|de|ב)\s+)?(?:ב-?)?(?:{MONTH})(?!\w)", re.IGNORECASE)),
    (_STREET_END, re.compile(r"^\s*(?:(?:nummer|number|numéro|n°|מספר|bus|box|boîte|bte)\s*)?[0-9]{1,4}[a-zA-Z]?"
                             r"(?!\w|[.,:/][0-9])")),  # "... Gentweg" then "bus 3": the street's box
    (_HOUSE_END, _STREET_START),
    (re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}[\s,.…]*$"), re.compile(r"^\s*[A-Z]{4}\b")),  # "NL91", "ABNA 0417"
    (re.compile(r"(?<![0-9])[1-9][0-9]{3}[\s,]*$"),  # the letters in capitals, or lower case that is no word
     re.compile(r"^\s*(?:[A-Z]{2}|(?!(?:" + "|".join(SHORT_WORDS) + r"|ok)\b)[a-z]{2})(?!\w)")),
)
_HOLDS = 6  # turns a question keeps holding while nobody answers it
# "רחוב ויצמן...": the segment read on with the next one; "5444... momentje, pasje pakken", "IL87 3664... רגע": a
# value broken off with an aside after it, whose rest comes in the next segment. The aside is no part of the value.
_PAUSE = re.compile(r"\s*(?:\.{2,}|…)(?:\s*[^\d\s.…][^\d\n]{0,80}?)?\s*$")


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn of a conversation as redaction needs it: who said it ("customer" or "agent") and what."""

    speaker: str
    text: str


@dataclass(frozen=True, slots=True)
class TurnContext:
    """What the turns around a turn say about it; hashable, so a redaction can be remembered per context."""

    asked: frozenset[str] = frozenset()  # the kinds of personal data the agent asked for
    other: bool = False  # the agent asked for something that is no personal data (an order number)
    before: str = ""  # the earlier segments this turn continues ("06 12" before "34 56 78")
    after: str = ""  # the later segments that continue it
    agent: bool = False  # the agent said it: the company's own account or shop may be in it
    echoed: str = ""  # the digits of the customer's piece this (agent's) turn repeats, "0486" of "0486..."
    echo_kind: str = ""  # and what that piece was found to be
    conversation: bool = False  # a turn of a call or chat: a misheard value that a word names still counts
    heard: str = ""  # (an agent's turn) what the customer said in the turns just before: a read-back repeats it
    heard_kind: str = ""  # and the one kind of number those turns were found to hold, or the question asked for
    opening: bool = False  # the agent's first turn of the call, where they give their own name ("this is Sam")
    dictating: str = ""  # the one kind of number the customer's short segment just before this one gave a piece of
    disowned: str = ""  # (a customer's turn) the digits of the number it asks about that the agent's next turn
    # names as the company's or as no one's own ("is dat mijn BSN?" - "Nee, dat is ons factuurnummer")
    phone_named: bool = False  # one of the two turns before this one names a telephone number
    id_named: str = ""  # (a customer's turn with pauses) the ID one of the two turns before names: "BSN", "IL_ID"
    id_said: str = ""  # the ID this turn or one of the two before it names, whoever speaks: "BSN", "IL_ID"

    @property
    def label(self) -> str | None:
        """What a bare number in this turn is, for the number detectors."""
        for kind in ("PHONE", "BSN", "IL_ID"):
            if kind in self.asked:
                return kind
        return "OTHER" if self.other and not self.asked else None


# The e-mail as the place where something stands, not an address asked for: "the order number in the email",
# "le numéro dans l'e-mail", "het nummer uit de mail", "מספר ההזמנה במייל".
_IN_THE_MAIL = re.compile(r"(?<![\w'’])(?:in|from|on|uit|op|dans|sur|de)\s+(?:(?:the|your|this|that|de|het|uw|je|die|"
                          r"deze|le|la|votre|ce|cet|du)\s+|l['’]\s*)?(?:[\w-]+\s+)?(?:e-?mail|courriel)(?![\w-])|"
                          r"(?<![\u05d0-\u05ea])(?:ב|מה|שב)(?:מייל|אימייל|דוא\"?ל)(?![\u05d0-\u05ea])")


# The telephone as the way the call is held, not a number asked for: "je prends la carte par téléphone".
_BY_PHONE = re.compile(r"(?:par|au|by|over the|on the|per|via|aan de|בטלפון)\s*t[ée]l[ée]phone|by phone|telefonisch|"
                       r"per telefoon|aan de telefoon|over the phone|on the phone|בטלפון")


# Paying over the phone is paying by card: "Want to pay over the phone?", "Je peux régler par téléphone ?".
_PAY_BY_PHONE = re.compile(rf"(?:pay|betal|pai|pay[ée]|régl|לשלם)\w*[^?.]{{0,20}}(?:{_BY_PHONE.pattern})")
# The account a payment comes from or goes to: "we'll need the account the payments come from".
_PAYING_ACCOUNT = re.compile(r"\baccount\b[^?.]{0,40}\b(?:pay\w*|debit\w*|refund\w*|instal\w*)|"
                             r"\b(?:pay\w*|debit\w*|refund\w*|instal\w*)\b[^?.]{0,40}\baccount\b(?! holder| name)")
# Where money goes back to the customer, asked as a question: the answer is their account ("Where should the refund
# go?", "Hoe wilt u het borggeld terug?", "Où verse-t-on le remboursement ?", "לאן להחזיר את הפיקדון?").
_MONEY_BACK = re.compile(r"(?:\b(?:refund|deposit|money)\b[^?.]{0,40}\b(?:back|go|going|sent|returned|paid)\b|"
                         r"\bwhere\b[^?.]{0,40}\b(?:refund|deposit)|"
                         r"\b(?:borg\w*|waarborg\w*|geld|bedrag|terugbetaling|restitutie)\b[^?.]{0,40}\bterug\w*|"
                         r"\bterug\w*\b[^?.]{0,40}\b(?:borg\w*|waarborg\w*|geld|bedrag)\b|"
                         r"\boù\b[^?.]{0,40}\b(?:rembours\w*|caution|dépôt)|\b(?:rembours\w*|caution)\b[^?.]{0,40}\boù\b|"
                         r"(?:לאן|איפה|חשבון)\s*(?:\S+\s+){0,2}?(?:להחזיר|להחזר|החזר|זיכוי|לזכות|הפיקדון|הפקדון))"
                         r"[^?]{0,40}\?")


# The number asked beside the postcode, with nothing else named: "code postal et numéro", "postcode and the
# number", "postcode en nummer", "המיקוד והמספר"; not "and the phone number" ("numéro de téléphone").
_AND_THE_NUMBER = re.compile(r"(?<!\w)(?:and|en|et)\s+(?:the\s+|het\s+|le\s+|votre\s+|uw\s+|your\s+)?"
                             r"(?:number|nummer|num[ée]ro)(?!\s*(?:de|van|of|d['’])\b)(?:\s*[?.!,]|\s*$)|"
                             r"(?<![\u05d0-\u05ea])והמספר(?![\u05d0-\u05ea])|"
                             # the number first: "Le numéro et le code postal ?", "The number and postcode?"
                             r"(?<!\w)(?:the\s+|het\s+|le\s+|votre\s+|uw\s+|your\s+)?(?:number|nummer|num[ée]ro)\s+"
                             r"(?:and|en|et)\s+(?:the\s+|de\s+|le\s+|votre\s+|uw\s+|your\s+)?(?:post\s?code|"
                             r"code postal|zip)|(?<![\u05d0-\u05ea])המספר והמיקוד")


@lru_cache(maxsize=1024)
def asked_for(question: str) -> tuple[frozenset[str], bool]:
    """The kinds an agent's turn asks for, and whether it asks for an order, invoice or time instead."""
    lowered = question.casefold()
    folded = _BY_PHONE.sub(" ", lowered)
    kinds = {kind for kind, pattern in _ASKS_RE.items() if pattern.search(folded)}
    kinds |= {"CARD"} if _PAY_BY_PHONE.search(lowered) else set()
    kinds |= {"PHONE"} if _CALL_NUMBER.search(folded) and not _OBJECT_NUMBER.search(folded) else set()
    kinds |= {"IBAN"} if _PAYING_ACCOUNT.search(folded) or _MONEY_BACK.search(folded) else set()
    if (ending := _ID_ENDING.search(folded)) and not _OBJECT_BEFORE.search(folded, 0, ending.start()):
        kinds.add("BSN" if ending.group("bsn") else "IL_ID")  # "The ID ending 4471, still right?": the answer
        # may give another one
    if _WHEN_TO_CALL.search(folded) and not _OBJECT_WORD.search(folded):
        kinds.add("PHONE")  # "Wanneer kunnen we bellen?": a time, and often the number to ring then
    if "EMAIL" in kinds and _OTHER.search(folded) and _IN_THE_MAIL.search(folded):
        kinds.discard("EMAIL")  # "What's the order number in the email?": the mail is where the number stands
    if "EMAIL" in kinds:
        kinds.discard("ADDRESS")  # "adresse e-mail", "e-mailadres", "כתובת המייל"
    if "POSTCODE" in kinds and _AND_THE_NUMBER.search(folded):
        kinds.add("ADDRESS")  # "Code postal et numéro ?", "postcode and number?": the house's number
    if "ADDRESS" in kinds and _STREET_NAME.search(folded):
        kinds.add("STREET")  # "In welke straat?", "Dans quelle rue ?": the name alone is the answer
    if "ADDRESS" in kinds:
        kinds.add("POSTCODE")  # an address comes with its postcode: "5 place de la République, 67000 Strasbourg"
    if "CARD" in kinds and "IBAN" in kinds:
        kinds.discard("IBAN")
    ending = _CARD_ENDING.search(folded)
    if "CARD" in kinds and ending and _EXPIRY_ASKED.search(folded, ending.end()):
        kinds.discard("CARD")  # "Card ending 4417, and the expiry?": the card is read back, the expiry asked for
    other = bool(_OTHER.search(folded))
    if other and re.search(r"gift ?card|gift voucher|cadeau ?(?:kaart|bon)|carte[- ]cadeau|voucher|coupon|waardebon|"
                           r"שובר|כרטיס מתנה|גיפט ?קארד", folded):
        kinds.discard("CARD")  # a gift card's code is no payment card; "the card details for the adoption gift" is
    if kinds & {"PHONE", "BSN", "IL_ID", "CARD", "IBAN"} and _OBJECT_NUMBER.search(folded) and not _PHONE_WORDS.search(
            folded):
        named = _ID_NUMBER_FOR.search(folded)
        kept = kinds & {"BSN", "IL_ID"} if named and not _OBJECT_BEFORE.search(folded, 0, named.start()) else set()
        kinds -= {"PHONE", "BSN", "IL_ID", "CARD", "IBAN"}  # "welk nummer staat op de factuur?"
        kinds |= kept  # "The ID number for the invoice": the person's ID, the object only what it is for
    if "NAME" in kinds and _AN_ANIMAL.search(folded) and not _A_PERSONS_NAME.search(folded):
        kinds.discard("NAME")  # "Hoe heet de pup?", "Comment il s'appelle, le chat ?", "ואיך קוראים לכלב?": the
        # answer is the animal's name, no person's (not "Your name, and the dog's?", "the owner's name")
    if "NAME" in kinds and (other or _FIRM_NAME.search(folded)) and not _PERSONAL_NAME.search(folded):
        kinds.discard("NAME")  # "what's the name of the product?", "לציין שם חברה?": a firm's name is no one's
    return frozenset(kinds), other and not kinds


def _is_question(text: str) -> bool:
    return "?" in text or bool(re.search(r"\b(?:graag|please|s'il vous pla[iî]t|svp)\b|בבקשה", text, re.IGNORECASE))


def _backchannel(turn: Turn) -> bool:
    """"ja", "mhm", "of course", or a prompt to go on that asks for nothing else: "Ja?", "En verder?", "oui ?"."""
    return _says_nothing(turn.text.strip())


@lru_cache(maxsize=4096)
def _says_nothing(text: str) -> bool:
    if len(text.split()) <= 10 and "?" in text and _BACKCHANNEL.fullmatch(text) and _PROMPT.fullmatch(text):
        return True  # prompt words alone, however many: "No rush, take your time. The rest?"
    return len(text.split()) <= 6 and bool(_BACKCHANNEL.fullmatch(text)) and ("?" not in text or bool(
        _PROMPT.fullmatch(text)))


@lru_cache(maxsize=4096)
def _echo_digits(text: str) -> str:
    """The digits of a short turn that only repeats a piece of a number ("0486...", "3579, yes?"), or ""."""
    echo = _ECHO.fullmatch(read_numbers(text).text) if len(text) <= 40 else None
    digits = re.sub(r"[^0-9]", "", echo["digits"]) if echo else ""
    return digits if 2 <= len(digits) <= 8 else ""


def _echoed(turns: Sequence[Turn], index: int) -> str:
    """The digits an agent's short turn repeats from the end of what the customer just said ("0486..." after "mijn
    nummer is 0486"), or "": the dictation goes on across it, and the repeated piece is the same value."""
    turn = turns[index]
    digits = _echo_digits(turn.text) if turn.speaker == AGENT else ""
    said = next((turns[i] for i in range(index - 1, -1, -1) if turns[i].speaker != AGENT), None) if digits else None
    if said is None:
        return ""
    return digits if re.sub(r"[^0-9]", "", read_numbers(said.text).text).endswith(digits) else ""


_MONTH_WORD = re.compile(rf"(?<!\w)(?:{MONTH})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def aside_end(text: str) -> int:
    """Where the rest of a number starts after an aside ("sorry, mijn tram stopte, 3431 6680"), or 0: a segment
    that continues a number is read from there on with the piece before it."""
    lead = _LEAD_BEFORE_DIGITS.match(text)
    if lead and lead.end() and re.search(r"[^\W\d_]", text[:lead.end()]):
        return lead.end()  # "oui, pis 4017 4097", "כן, ואז 2853 0417": the rest starts after the yes and the then
    aside = _AFTER_ASIDE.fullmatch(text)
    if aside is None or _STARTS.match(text) or _STREET_START.match(text):  # "rue Fabre, app. 2": the street goes on
        return 0
    said = text[:aside.start("rest")]  # a few words, no month or bank code: "March 1979", "RABO 4213" are the value
    return aside.start("rest") if len(said.split()) >= 3 and not _MONTH_WORD.search(said) else 0


# An aside after a broken-off value that takes it back, so the next segment says it anew, not its rest.
_STARTS_AGAIN = re.compile(r"(?<!\w)(?i:nee|no|non|nope|opnieuw|overnieuw|again|start over|recommence|reprends|"
                           r"depuis le début|from the (?:start|top)|van voren af aan)(?!\w)|"
                           r"טעיתי|מההתחלה|לא רגע|רגע,? לא")  # not "wacht even, ik pak mijn paspoort": a pause


@lru_cache(maxsize=4096)
def _continues(earlier: str, later: str) -> bool:
    """A dictated value cut in two: the earlier segment ends in digits (or "is"), the later starts with them; or a
    date, a street or a postcode broken between its parts. Every request asks again for the whole call: cached."""
    said = later  # "De laatste drie zijn 594": the count in words is no digit of the rest
    pause = _PAUSE.search(earlier.rstrip()[-120:])
    if _CODE_AT_END.search(earlier) or _AMOUNT_AT_END.search(earlier[-40:]):
        return False  # "graag mijn nieuwe nummer bij boeking RES-78044", then "06 51": a code goes on with nothing
    if pause and _STARTS_AGAIN.search(pause.group()):
        return False  # "nul zes, vierendertig, achtenveertig... nee, wacht even, ik begin opnieuw.": said anew after
    earlier, later = _PAUSE.sub("", read_numbers(earlier).text.rstrip()[-120:]), read_numbers(later).text  # its end
    if _CONTINUES.search(earlier) and (_STARTS.match(later) or _AFTER_ASIDE.fullmatch(later) or aside_end(said)):
        return True
    return any(start.match(later) and end.search(earlier) for end, start in _ENDS_WITH)


_ASIDE_ALONE = re.compile(r"[^\d?]{1,40}")  # a segment of a few words, no digit, no question


def _chain(turns: Sequence[Turn], index: int, step: int, limit: int) -> list[int]:
    """The same speaker's segments that continue turn ``index`` backwards (step -1) or forwards (step 1)."""
    found: list[int] = []
    current, probe = index, index + step
    while 0 <= probe < len(turns) and len(found) < limit:
        turn = turns[probe]
        if turn.speaker != turns[index].speaker:
            if _backchannel(turn) or _echoed(turns, probe):
                probe += step
                continue
            break
        earlier, later = (turns[probe], turns[current]) if step < 0 else (turns[current], turns[probe])
        if not _continues(earlier.text, later.text):
            if _ASIDE_ALONE.fullmatch(turn.text) and 0 <= probe + step < len(turns) and \
                    turns[probe + step].speaker == turn.speaker:
                probe += step  # "9564", "oeps, enter", "15350": a few words on why it came in two, then the rest
                continue
            break
        found.append(probe)
        current, probe = probe, probe + step
    return found


def _question(turns: Sequence[Turn], index: int, found: Sequence[frozenset[str]]) -> tuple[frozenset[str], bool]:
    """The agent's question turn ``index`` answers, less what the customer's turns since then already gave; or,
    asked nothing, what the customer says they start to dictate: "het BSN van mijn vrouw ... Het begint met 3910"."""
    asked, other = _asked(turns, index, found)
    text = turns[index].text
    if not asked and not other and turns[index].speaker != AGENT and _DICTATION_STARTS.search(text):
        return asked_for(text)[0] & _NUMBER_KINDS_ASKED, False
    return asked, other


def _card_offered(turns: Sequence[Turn], index: int) -> bool:
    """Whether a customer's segment ends in a card's first groups of four, offered after paying was named in it or
    in the customer's segments just before, with no question for them: "can i pay the deposit here? the link
    expired" "5574 7023 4762"; not after an order's number named ("I paid already, my order number is" "4521
    8876")."""
    text = turns[index].text
    start = _CARD_START.search(text) if turns[index].speaker != AGENT else None
    if not start:
        return False
    before = " ".join([*(turns[i].text for i in range(max(0, index - 2), index) if turns[i].speaker != AGENT),
                       text[:start.start("card")]])
    return _PAYING.search(before) is not None and not _OBJECT_NUMBER.search(before) and not _OBJECT_BEFORE.search(
        before.rstrip(" :"))


# A segment that ends in the first groups of four of a card, from a card network's first digits (Visa, Mastercard,
# American Express, Discover): "4930 9495", "44571241", "... פה? 4681 8704", "Het nummer is 4347 6581"; or in the
# whole card, whether its check holds or a digit was mistyped ("4288 7195 1041 2550", "4513627924435968").
_CARD_START = re.compile(r"(?:^|[?.!:]\s+)\W*(?:(?i:(?:het|the|le|de)\s+)?(?i:nummer|number|num[ée]ro)"
                         r"(?:\s+(?i:is|est))?\s*:?\s+|"
                         # a few words handing it over first: "trop tard je vous les donne ici 4829 1997", "here you
                         # go 4716 2231"
                         r"(?:[^\W\d_][\w'’-]*\s+){1,8})?"
                         r"(?P<card>4[0-9]{3}|5[1-5][0-9]{2}|2[2-7][0-9]{2}|3[47][0-9]{2}|6011|65[0-9]{2})"
                         r"(?:(?:[ -]?[0-9]{4}){1,3})\W*$")  # or the whole card, in fours or unbroken (its
# first eight digits typed in one chat message too: "... et payer par carte" "44571241")
# Paying, or the card to pay with, in a customer's words.
_PAYING = re.compile(r"(?<!\w)(?i:pay\w*|(?:aan|rest|vooruit)?betal\w*|pai\w*|payer|r[ée]gl\w*|l?acompte|deposit|"
                     r"\w*card|\w*kaart|carte)(?!\w)|"
                     r"תשלום|לשלם|אשראי|כרטיס|"
                     r"(?<![\u05d0-\u05ea])[וש]?(?:משלם|משלמת|משלמים|משלמות|אשלם|נשלם)(?![\u05d0-\u05ea])")
# ("אני משלמת עכשיו": paying now, in the present or the future)


# A turn that ends with the first digits of a number it goes on with: "Het begint met 3910", "it starts 0612".
_DICTATION_STARTS = re.compile(
    r"(?:begint met|start(?:s|ing)? with|commence par|מתחיל ב-?)\s*[0-9][0-9 ]{1,8}[\s.…-]*$", re.IGNORECASE)
_NUMBER_KINDS_ASKED = frozenset({"BSN", "IL_ID", "IBAN", "CARD", "PHONE"})


# An answer that is a house number and nothing else: "41", "Veertien", "14b".
_HOUSE_ALONE = re.compile(r"\W*(?:(?i:het is|it['’]?s|c['’]est|זה)\s+)?"  # "Nummer honderdachttien", "מספר 37"
                          r"(?:(?i:huisnummer|house number|nummer|number|numéro|nr\.?|no\.?|n°)\s*|מספר\s+)?"
                          r"\d{1,5}[A-Za-z]?\W*")


def _asked(turns: Sequence[Turn], index: int, found: Sequence[frozenset[str]]) -> tuple[frozenset[str], bool]:
    if turns[index].speaker == AGENT:
        return frozenset(), False
    given: set[str] = set()
    agreed = False  # the agent's last turn said yes to what the customer offered: "Oui, ... Allez-y."
    street_due = False  # an answer gave the house number alone, the street still to come
    for back in range(index - 1, max(-1, index - 1 - _HOLDS), -1):
        turn = turns[back]
        if turn.speaker != AGENT and agreed and (offered := _offered(turn.text) - given):
            return offered, False  # "Vous avez besoin de sa date de naissance ?" "Oui." "Le 17 avril 2017."; "c'est
            # pour mon numéro, j'en ai un nouveau." "Allez-y." "Quatre un huit, ..."
        if turn.speaker != AGENT:
            if announced := _announced(turn.text) - given:
                return announced, False  # "new cell number for pickup alerts", then "(604) 318"
            agreed = False
            if _FLAT_ALONE.fullmatch(turn.text) and not given:
                continue  # "Where should it go?" "Apartment 14" "Harbour View, Strand Road": the flat alone, the
                # building and the street still to come
            kinds = found[back] if back < len(found) else frozenset()
            if "ADDRESS" in kinds and not re.search(r"[0-9]", read_numbers(turn.text).text):
                kinds = (kinds - {"ADDRESS"}) | {"STREET"}  # "Oui, rue des Tanneurs" "Oui ?" "12 bis": the street
                # alone, its house number still to come
            if back == index - 1 and "ADDRESS" in kinds and not kinds & {"POSTCODE", "PHONE", "IBAN", "CARD"} and \
                    _DIGIT.search(turn.text) and _POSTCODE_FIRST.match(turns[index].text):
                return frozenset({"POSTCODE"}), False  # "Résidence Les Tilleuls, ..., 9 avenue Foch" then "59700
                # Marcq", "המעפילים 42 ..." then "2012842": the address's postcode, in the segment right after it
            given |= kinds
            house_alone = "ADDRESS" in kinds and _HOUSE_ALONE.fullmatch(read_numbers(turn.text).text) is not None
            given |= {"STREET"} if "ADDRESS" in given and not (house_alone or street_due) else set()
            street_due = street_due or house_alone  # "Forty-one" then "HaNevi'im, in Haifa": the street to come
            continue
        kinds, other = asked_for(turn.text)
        if not kinds and (not other or len(_DIGIT_FREE.findall(turn.text)) <= 3) and (
                so_far := _read_back_so_far(turns, back, found)):
            kinds = frozenset({so_far})  # "Dus NL97 ABNA 1110 1057, en dan nog?", "So far I have GB22 BARC 6105
            # 2426.", "רשמתי 050 662": the agent read back the start of the number, the rest is to come
        elif not kinds and _THE_NUMBER.search(turn.text) and back > 0 and turns[back - 1].speaker != AGENT:
            kinds = (asked_for(turns[back - 1].text)[0] | _offered(turns[back - 1].text)) & _INHERITED  # "pay by
            # card?" "Send the number."; "המספר שלי השתנה" "מה המספר החדש?": the number they said was theirs
        elif not kinds and _THE_DATE.search(turn.text) and back > 0 and turns[back - 1].speaker != AGENT:
            kinds = asked_for(turns[back - 1].text)[0] & {"DATE_OF_BIRTH"}  # "my date of birth?" "What's the date?"
        elif not kinds and "?" in turn.text and _SAME_FOR_ANOTHER.search(
                _LAST_SENTENCE.split(turn.text.strip())[-1]):
            kinds = next((asked_for(turns[i].text)[0] & _INHERITED for i in range(back - 1, max(-1, back - 5), -1)
                          if turns[i].speaker == AGENT and asked_for(turns[i].text)[0] & _INHERITED), frozenset())
            # "Your date of birth?" ... "And your son's?": the same value asked again, for another person
        if _BARE_NUMBER_QUESTION.fullmatch(_LAST_PART.split(turn.text)[-1]) and any(
                {"ADDRESS", "POSTCODE"} & (asked_for(turns[i].text)[0] if turns[i].speaker == AGENT else found[i])
                for i in range(max(0, back - 3), min(back, len(found)))):
            kinds = frozenset({"ADDRESS"})  # the street or the postcode was asked or given just before: the number
            # is the house's, also after a read-back ("5211 VG, and number?", "Hellemmes, d'accord. Et le numéro ?")
        if not kinds and "?" in turn.text and back < len(found) and "ADDRESS" in found[back]:
            kinds = frozenset({"POSTCODE"})  # "Donc 14 avenue de France ?" "Oui, 75013.": an address read back
            # to be confirmed is answered with what it lacks, its postcode
            if not _DIGIT.search(read_numbers(turn.text).text):
                kinds |= {"ADDRESS"}  # "Is it still Mill Lane?" "No, we moved, it's forty-two ...": the street
                # alone read back, the answer may give another address
        if kinds:
            return (kinds - given) | ({"ADDRESS", "STREET"} if street_due and "ADDRESS" in kinds else set()), False
        agreed = bool(_AGREES.match(turn.text))
        if back > 0 and turns[back - 1].speaker != AGENT and _GO_AHEAD.search(
                _LAST_SENTENCE.split(turn.text.strip())[-1]) and len(
                go_ahead := asked_for(turns[back - 1].text)[0] & _NUMBER_KINDS_ASKED) == 1:
            return go_ahead - given, False  # "... op een andere rekening zetten." "Geen probleem. Zeg maar."; "the ID
            # number on my contract is wrong" "Could you give it to me again?": the number the customer named
        if _backchannel(turn) or _echoed(turns, back):
            continue  # "Ja?", "0486...": the question before still holds
        offer = agreed and back > 0 and turns[back - 1].speaker != AGENT and "?" in turns[back - 1].text
        if _is_question(turn.text) and not offer and not other and back > 0 and turns[back - 1].speaker != AGENT and (
                named := _NAME_WRONG.search(turns[back - 1].text) is not None):
            return frozenset({"NAME"}) if named else frozenset(), False  # "My name's spelt wrong." "How should it be?"
        if _is_question(turn.text) and not offer and not other and back > 0 and turns[back - 1].speaker != AGENT and \
                "?" in turns[back - 1].text and not _DIGIT.search(turns[back - 1].text):
            continue  # "... uw geboortedatum." "Moet dat echt?" "Het is voor de kredietcheck. Dag, maand, jaar graag."
        if _is_question(turn.text) and not offer:  # "Yes please, ..." to "You asked for my teudat zehut?" asks
            return frozenset(), other  # for what the customer offered, not for the invoice it names
    return frozenset(), False


# Digits at least in a whole number of each kind: a read-back with fewer is the start of one, the rest to come.
_WHOLE_DIGITS = {"PHONE": 9, "BSN": 8, "IL_ID": 8, "CARD": 13, "IBAN": 12}
# A number's end read back as its end: "ending in", "eindigt op", "se termine par", "finit par", "מסתיים ב-".
_ITS_END = re.compile(r"(?<!\w)(?i:ending|ends|eindigt|eindigend|se termin\w*|finissant|finit)(?!\w)|"
                      r"(?<![\u05d0-\u05ea])ש?מסתיי?[םמ]ת?")
_DIGIT_FREE = re.compile(r"(?<!\S)[^\s0-9]+(?!\S)")  # a word with no digit: "ואחר כך?" is no order asked for
_READ_BACK_WORDS = 14  # words at most in an agent's turn that reads back the pieces heard so far


def _read_back_so_far(turns: Sequence[Turn], index: int, found: Sequence[frozenset[str]]) -> str:
    """The one kind of number the customer's turns just before an agent's turn gave pieces of, when the agent's
    short turn reads back fewer digits than a whole one holds, all heard from the customer in their order ("Dus
    NL97 ABNA 1110 1057, en dan nog?", "Ik heb 06 41.", "רשמתי 050 662, ואחר כך?"): the customer's next segment
    gives the rest; or ""."""
    text = read_numbers(turns[index].text).text
    runs = re.findall(r"[0-9]+", text)  # each group as it was said
    digits = "".join(runs)
    if len(digits) < 2 or len(text.split()) > _READ_BACK_WORDS or _backchannel(turns[index]) or \
            _echoed(turns, index) or _ITS_END.search(text):
        return ""  # "כרטיס שמסתיים ב-1246, ותוקף?": the end read back, the number is whole
    said = [i for i in range(max(0, index - 4), index) if turns[i].speaker != AGENT and i < len(found)]
    kinds = {kind for i in said for kind in found[i] & _DICTATED}
    if len(kinds) != 1:
        return ""
    kind = next(iter(kinds))
    heard = re.sub(r"[^0-9]", "", read_numbers(" ".join(turns[i].text for i in said)).text)
    if len(digits) >= _WHOLE_DIGITS[kind] or not all(run in heard for run in runs if len(run) >= 2):
        return ""
    return kind


# A segment that is a flat and nothing else: "Apartment 14", "flat 3B", "c'est l'appartement 6", "דירה 12".
_FLAT_ALONE = re.compile(r"\W*(?:(?:it['’]?s|c['’]est|het is|to|naar|à|au|in)\s+)?(?:l['’]|the\s+|het\s+)?"
                         r"(?:flat|apartment|apt\.?|appartement|appt\.?|app\.?|unit|suite|דירה)\s*[0-9]{1,4}[A-Za-z]?"
                         r"(?:/[0-9]{1,3})?[\s.,…]*", re.IGNORECASE)


# The customer's name written wrongly: what the agent's "How should it be?" then asks for.
_NAME_WRONG = re.compile(r"(?<!\w)(?i:my|mijn|m['’]n|mon|ma)\s+(?:\w+\s+)?(?:name|naam|nom)(?:['’]s|\s+is|\s+est)?\s+"
                         r"(?:\w+\s+)?(?i:spelt|spelled|written|wrong|misspelt|misspelled|verkeerd|fout|mal|incorrect)|"
                         r"(?:השם שלי|שמי)\s+(?:כתוב|רשום|מאוית|לא נכון)")


@lru_cache(maxsize=4096)
def _announced(text: str) -> frozenset[str]:
    """The number a customer's segment with no digits says comes next: "hi, new cell number for pickup alerts", "ok
    sending my ID number for the payment plan", "nouveau num pour les sms", "יש לי מספר חדש בשביל ההודעות"."""
    if _DIGIT.search(_CODE.sub("", text)):  # "graag mijn nieuwe nummer bij boeking RES-78044": a code is no digit of it
        return frozenset()
    if _ADDRESS_NEXT.search(text):
        return frozenset({"ADDRESS", "STREET", "POSTCODE"})  # "ons nieuwe adres is", then "Kloosterweg", then "88B"
    if not _ANNOUNCES.search(text):
        return frozenset()
    if _NEW_NUMBER.search(text):
        return frozenset({"PHONE"})  # "bjr, nouveau num pour le retrait de vendredi"
    named = asked_for(text)[0] & _NUMBER_KINDS_ASKED
    return named if named - {"PHONE"} else (named | _offered(text)) & _NUMBER_KINDS_ASKED  # "mon numéro de teoudat
    # zehout" is the ID, not a phone


_DIGIT = re.compile(r"[0-9]")
_POSTCODE_FIRST = re.compile(r"\W*[0-9]{4,7}(?:\s?[A-Z]{2})?(?![0-9])")  # a segment that opens with a postcode
_CODE_AT_END = re.compile(r"(?<!\S)[A-Za-z]+[A-Za-z0-9]*-[0-9][\w-]*[\s.,!?]*$")
# An amount ends what it says: "בכרטיס? ₪ 450", "by card? € 49", then "4473 4492" (read in a segment's last
# characters only, so a long turn is read once).
_AMOUNT_AT_END = re.compile(r"(?:[€$£₪]\s?[0-9][0-9.,]*|[0-9][0-9.,]*\s?(?:[€$£₪]|(?i:euros?|eur|ש\"?ח|שקלים)))"
                            r"[\s.,!?]*$")
_CODE = re.compile(r"(?<![\w-])(?=[\w-]*[A-Za-z])(?=[\w-]*[0-9])[\w-]{4,}")  # "RES-78044", "PJ-60441"
_NEW_NUMBER = re.compile(r"(?<!\w)(?i:new|nouveau|nouvelle|nouv|nieuwe?|other|autre|ander)\s+(?i:num|numéro|numero|"
                         r"number|nummer|nr|tel|tél|gsm|cell|portable|mobile|mobiel)(?!\w)|מספר\s+חדש|נייד\s+חדש|"
                         # the number changed, said without "new": "j'ai changé de numéro", "I changed my number"
                         r"(?<!\w)(?i:chang[ée]\w*\s+de\s+(?:num[ée]ro|num|portable|gsm|t[ée]l[ée]phone)|"
                         r"chang(?:ed|ing)\s+(?:my\s+)?(?:phone\s+|mobile\s+)?number|"
                         r"(?:nummer|telefoonnummer|gsm|mobiel)\s+(?:is\s+)?(?:veranderd|gewijzigd))(?!\w)|"
                         r"(?:החלפתי|שיניתי)\s+(?:את\s+ה|ה)?(?:מספר|טלפון|נייד)")
# A segment that breaks off where the address begins: "ons nieuwe adres is", "sinds de zomer woon ik op de", "we moved
# to", "עברנו דירה, תשלחו ל".
_ADDRESS_NEXT = re.compile(r"(?i:adres|address|adresse)\w*(?:\s+(?i:for|voor|pour)\s+(?i:the|de|het|les?|la)?\s*\w+)?"
                           r"\s+(?:is|c['’]est|est)?\s*:?\s*$|"  # "new address for the invoices:", "כתובת חדשה
                           # לחשבוניות:": what it is for between the word and the colon
                           r"(?i:woon\w*|verhuisd|moved|live[sd]?|living|habit\w*|déménag\w*|send|stuur|envoy\w*)\b"
                           r"[^.?!]*\s(?i:op|aan|in|naar|to|on|at|sur|dans|à|au)(?:\s+(?i:de|het|the|la|le))?\s*$|"
                           r"(?:כתובת|הכתובת)\S*(?:\s+ה?חדשה)?(?:\s+(?:ל|עבור\s+|בשביל\s+)[\u05d0-\u05ea]{2,})?"
                           r"\s*(?:היא|זה|שלי)?\s*:?\s*$|(?:גר|גרה|עברנו|תשלחו|שלחו)\S*[^.?!]*\sל$|"
                           # the move said on its own, the new address in the next segment: "Nee, we zijn net
                           # verhuisd.", "No, we've just moved.", "Non, on a déménagé.", "לא, עברנו דירה."
                           r"(?i:(?:we|wij|ik|i|on|nous|je)\b[^.?!0-9]{0,20}\b(?:verhuisd|moved|déménagé|déménagés))"
                           r"\s*[.!…]*\s*$|(?<![\u05d0-\u05ea])עברנו(?:\s+דירה)?\s*[.!…]*\s*$|"
                           # or with what to do about it, no digit or question: "עברנו דירה, תעבירו את המנוי"
                           r"(?<![\u05d0-\u05ea])עברנו\s+דירה\s*,\s*[^0-9?]{0,40}$|"
                           # where things are to go from now, the address next: "this is where payslips should go",
                           # "dit is waar de post heen moet", "c'est là que le courrier doit arriver"
                           r"(?i:(?:this|here)\s+is\s+where|that['’]s\s+where|dit\s+is\s+waar|hier\s+moet|"
                           r"c['’]est\s+(?:là|ici)\s+(?:où|que))\b[^.?!0-9]{0,50}$")
_ANNOUNCES = re.compile(r"(?<!\w)(?i:my|mijn|m['’]n|mon|ma|new|nieuwe?|nouveau|nouvelle|nouv|sending|here['’]s|"
                        r"chang[ée]\w*\s+de|changed|veranderd|gewijzigd|"
                        r"here is|hier is|voici|voilà|envoie|stuur|send|asked(?: me)? for|vroeg(?:en)? (?:om|naar)|"
                        r"m['’]a(?:vez)? demandé)(?!\w)|שלי|חדש|החלפתי|שיניתי|שולח|שולחת|שולחים|הנה|מצרפ|"
                        r"(?<![\u05d0-\u05ea])(?:לשלוח|אשלח|להעביר|אעביר)(?![\u05d0-\u05ea])")  # "צריכה לשלוח לכם ת.ז"


def _offered(text: str) -> frozenset[str]:
    """What a customer's turn offers to give: a question about it ("You asked for my teudat zehut?"), or their own
    number or account named as new or changed ("c'est pour mon numéro, j'en ai un nouveau", "new bank details")."""
    kinds = asked_for(text)[0] if "?" in text else frozenset()
    return kinds | frozenset(kind for kind, pattern in _MINE_TO_GIVE if pattern.search(text))


_MY_NEW = r"(?<!\w)(?:mon|ma|my|mijn|mijne|m['’]n)\s+(?:(?:new|nouveau|nouvelle|nieuwe|other|autre|andere)\s+)?"
_MINE_TO_GIVE = (  # not "mon numéro client", "my order number"
    ("PHONE", re.compile(rf"{_MY_NEW}(?:num[ée]ro|number|nummer|cell|gsm|mobile|mobiel|portable|t[ée]l[ée]phone|"
                         r"telefoon)(?!\w|\s+(?:client|klant|customer|de\s+(?:client|commande|dossier|contrat)|order))|"
                         r"(?:המספר|הנייד|הטלפון)\s+(?:ה?חדש\s+)?שלי|מספר\s+(?:טלפון\s+|נייד\s+)?חדש",
                         re.IGNORECASE)),
    # paying by card, the card's number to come: "Je veux régler la facture par carte", "ik betaal met de kaart"
    ("CARD", re.compile(r"(?<!\w)(?:pay\w*|betal\w*|régl\w*|pai\w*|payer)\b[^.?!]{0,50}?\s(?:par carte|by card|"
                        r"with (?:my |a )?(?:credit |debit )?card|met (?:de |mijn )?(?:credit|bank|pin)?kaart)(?!\w)|"
                        r"(?:לשלם|משלמ\w*)[^.?!]{0,30}?\sבכרטיס", re.IGNORECASE)),
    ("IBAN", re.compile(rf"{_MY_NEW}(?:iban|rib|compte|account|bank details|rekening\w*|coordonn[ée]es bancaires)"
                        r"(?!\w)|(?:החשבון|חשבון הבנק)\s+(?:ה?חדש\s+)?שלי", re.IGNORECASE)),
)


# "The number" the agent asks for with nothing to say which: the one the customer just named ("kan ik met mijn
# creditcard betalen" - "stuur het nummer maar", "payer par carte" - "envoyez-moi le numéro", "בכרטיס אשראי?" - "תשלח
# את המספר").
# So do "What is it?", "the first eight digits", "la date ?": the thing is the one the customer named ("the doctor
# needs my date of birth" - "What is it?", "met de kaart betalen?" - "Geef eerst de eerste acht cijfers", "חסר לי
# תאריך לידה" - "מה התאריך?").
_THE_NUMBER = re.compile(r"(?<!\w)(?:the|het|le|ce|that|dat|dit)\s+(?:number|nummer|num[ée]ro)(?!\w)|"
                         r"(?:את\s+)?המספר(?![\u05d0-\u05ea])|"
                         r"(?<!\w)(?:what(?:['’]s| is) (?:it|that)|wat is (?:het|dat|die)|c['’]est quoi|"
                         r"quel(?:le)? est-(?:il|elle))\s*\?|"
                         # what the customer wrote where they say it was refused: "Wat staat er op het formulier?",
                         # "What did you put on the form?", "Qu'avez-vous écrit ?", "מה רשמת בטופס?"
                         r"(?<!\w)(?:wat (?:staat er|heeft u|heb je|hebt u)\s+(?:\w+\s+)?(?:op|in|ingevuld|"
                         r"geschreven|opgegeven|ingevoerd)|what did you (?:put|write|enter|fill in|type)|"
                         r"what does it say|"
                         r"qu['’](?:avez-vous|as-tu|est-ce que vous avez)\s+(?:écrit|mis|indiqué|saisi|rempli)|"
                         r"qu['’]est-ce qui est (?:écrit|marqué))(?!\w)|"
                         r"(?<![\u05d0-\u05ea])מה (?:רשמת|כתבת|מילאת|הקלדת|כתוב)(?![\u05d0-\u05ea])|"
                         r"(?<!\w)(?:first|eerste|last|laatste)\s+(?:\w{1,40}\s+)?(?:digits|cijfers)(?!\w)|"
                         r"(?<!\w)(?:premiers|derniers)\s+chiffres|(?:\w{1,40}\s+)?chiffres\s+(?:premiers|derniers)|"
                         r"(?<![\u05d0-\u05ea])(?:מה (?:הוא|היא|זה)|(?:ה)?ספרות (?:ה)?(?:ראשונות|אחרונות))"
                         r"(?![\u05d0-\u05ea])", re.IGNORECASE)
# "What's the date?", "la date ?", "מה התאריך?": only a date the customer named (a card's expiry is none of theirs).
_THE_DATE = re.compile(r"(?<!\w)(?:the|de|la) (?:date|datum)\s*\?|"
                       r"(?<![\u05d0-\u05ea])(?:מה )?התאריך(?![\u05d0-\u05ea])", re.IGNORECASE)
_INHERITED = _NUMBER_KINDS_ASKED | {"DATE_OF_BIRTH"}
# The question after a thanks or a note of what was given: "Thanks. And yours?", "Très bien. Et la vôtre ?".
_LAST_SENTENCE = re.compile(r"(?<=[.!])\s+")
# The value just asked for, asked again for another person: "Et celle de votre fils ?", "En die van je dochter?",
# "And your husband's?", "And that of your son?", "ושל הבן שלך?"; or for the one asked, after another's: "And
# yours?", "Et la vôtre ?", "En die van u?", "ושלך?".
_SAME_FOR_ANOTHER = re.compile(
    r"^\W*(?:(?:and|en|et)\s+)?(?:(?:celle|celui)s?\s+(?:de|du|d['’])|(?:die|dat)\s+van|(?:that|those)\s+of|"
    r"(?:for\s+)?(?:your|his|her|their)\s+\w+['’]s(?!\w))|"
    r"^\W*(?:(?:and|en|et)\s+)?(?:(?:what|how)\s+about\s+)?(?:yours|his|hers|theirs|"
    r"(?:la|le|les)\s+(?:vôtre|tienne|tien|sienne|sien|leur)s?|(?:de|het)\s+uwe|"
    r"(?:for|pour|voor|van)\s+(?:you|yourself|vous|vous-même|toi|u|uzelf|jou|jezelf))(?!\w)|"
    r"^\W*ו?של\s+(?:ה|\S+\s+של)|^\W*ו?של(?:ך|כם|כן|ו|ה|הם|הן)(?![\u05d0-\u05ea])", re.IGNORECASE)


# An agent's yes to what the customer offered to give: "Oui, pour le groupe d'âge.", "Ja, graag.", "כן, בבקשה".
_AGREES = re.compile(r"\W*(?:oui|ja|jawel|yes|yeah|yep|sure|ok|okay|oké|certainly|of course|natuurlijk|tuurlijk|"
                     r"zeker|bien sûr|absolument|tout à fait|volontiers|graag|please|allez-y|go ahead|ga je gang|"
                     r"je vous écoute|je t['’]écoute|i['’]m listening|ik luister|אני מקשיבה?|"
                     r"ga uw gang|כן|בטח|בוודאי|ודאי|בהחלט)(?!\w)", re.IGNORECASE)


# The agent's go-ahead with no kind of its own, as the last sentence of the turn: "Zeg maar.", "Could you give it to
# me again?", "Go ahead.", "Je vous écoute.", "אני מקשיב.", "תגידי לאט?": the customer is to give what they named.
_GO_AHEAD = re.compile(
    r"^\W*(?:(?:ok(?:ay|é)?|yes|ja|oui|כן|sure|zeker|good|goed|prima|bien sûr|d['’]accord|noté)\W+)?(?:"
    r"zeg (?:het |u het |maar|het maar)|vertel (?:maar|het)|geef (?:het|maar)|ga (?:je|uw) gang|ik luister|"
    r"(?:could|can|would) you (?:\w+ )?(?:give|read|say|tell) (?:it|me it)|(?:give|read|say|tell) (?:it|me)\b|"
    r"go ahead|go on|i['’]m listening|"
    r"(?:pouvez-vous |vous pouvez )?(?:me )?(?:le |la )?(?:donner|dire|redonner|répéter)|dites(?:-moi)?|"
    r"allez-y|je vous écoute|je t['’]écoute|"
    r"אני מקשיבה?|תגיד(?:י|ו)?|תקריא(?:י|ו)?|ספר(?:י|ו)? לי|קדימה)(?!\w)", re.IGNORECASE)


def turn_context(turns: Sequence[Turn], index: int, found: Sequence[frozenset[str]], *,
                 lookahead: bool = True) -> TurnContext:
    """The context of turn ``index``; ``found`` holds the kinds found in each earlier turn."""
    before = _chain(turns, index, -1, 3)
    first = before[-1] if before else index
    asked, other = _question(turns, first, found)
    if not asked and not other and _card_offered(turns, index):
        asked = frozenset({"CARD"})  # this segment's own groups, not a later one's in the same chain
    after = _chain(turns, index, 1, 2) if lookahead else []
    echoed = _echoed(turns, index)
    said = next((i for i in range(index - 1, -1, -1) if turns[i].speaker != AGENT), len(found)) if echoed else 0
    kinds = [k for k in _NUMBER_KINDS if k in found[said]] if echoed and said < len(found) else []
    heard, heard_kind = _heard(turns, index, found)
    return TurnContext(asked, other, " ".join(_MORE_COMING_AT_END.sub("", _PAUSE.sub("", turns[i].text))
                                              for i in reversed(before)),
                       " ".join(turns[i].text for i in after), turns[index].speaker == AGENT,
                       echoed if len(kinds) == 1 else "", kinds[0] if len(kinds) == 1 else "", True,
                       heard, heard_kind, turns[index].speaker == AGENT and not any(
                           turn.speaker == AGENT for turn in turns[:index]), _dictating(turns, index, found),
                       _disowned(turns, index), turns[index].speaker != AGENT and (
                           ".." in turns[index].text or "…" in turns[index].text) and  # pieces with pauses only
                       any(PHONE_WORD.search(turn.text) for turn in turns[max(0, index - 2):index]),
                       _id_named(turns, index), _id_said(turns, index))


def _id_named(turns: Sequence[Turn], index: int) -> str:
    """For a customer's turn with pauses: the ID the turn or one of the two before it names ("... de verzekeraar wil
    het BSN erbij." - "Ja graag." - "Ze leest het voor ... 177... 356... mam, hoe verder? O ja, 017."), or ""."""
    if turns[index].speaker == AGENT or not (".." in turns[index].text or "…" in turns[index].text):
        return ""
    return _id_in(_window(turns, index), ID_OWNED)


def _id_said(turns: Sequence[Turn], index: int) -> str:
    """The ID this turn or one of the two before it names, whoever speaks ("... bij de bestuur gaat het om het BSN"
    - "Wij hebben ingevuld wat u op het formulier had gezet: ..."), or ""."""
    return _id_in(_window(turns, index), THE_ID)


def _window(turns: Sequence[Turn], index: int) -> str:
    """The text of a turn and the two before it."""
    return " ".join(turn.text for turn in turns[max(0, index - 2):index + 1])


@lru_cache(maxsize=4096)
def _id_in(said: str, also_an_id: re.Pattern[str]) -> str:
    """The ID ``said`` names ("BSN", "IL_ID" by its word or by ``also_an_id``), or ""; remembered, as every request
    of a call reads the same turns again."""
    return "BSN" if BSN_WORD.search(said) else "IL_ID" if IL_ID_WORD.search(said) or also_an_id.search(said) else ""


# A telephone number named, one of the two turns before a customer's turn may give it in pieces: "... het nummer van
# mijn vrouw" - "Ik luister." - "06... 47... Inès, arrête ! Pardon. 38, 25."
# A word for a telephone number, that the digits after it dictate: "a new number", "mijn nummer", "numéro", "מספר".
PHONE_WORD = re.compile(r"(?<!\w)(?i:(?:telefoon|nood|mobiel|gsm|contact)?nummer|number|num[ée]ro|phone|telefoon|"
                        r"t[ée]l[ée]phone|mobile|mobiel|"
                        r"portable|gsm|cell)(?!\w)|(?<![\u05d0-\u05ea])(?:ה|ב|ל)?(?:מספר|טלפון|נייד)(?![\u05d0-\u05ea])")


# The agent's answer that the number the customer asked about is the company's, or a thing's and no person's: "Ja,
# dat is ons nummer", "Nee hoor, dat is ons factuurnummer", "dat is het factuurnummer van het toernooi", "No, that's
# our receipt number", "That's the referral line at Countess Hospital, not us", "Oui, c'est notre accueil", "Non,
# c'est le numéro de réservation du crématorium", "כן, זו הקבלה שלנו", "לא, זה מספר ההזמנה במשרפה". Said in the
# answer's first words, with no "your"/"uw"/"votre"/"שלך" between: "Yes, that's your old number" is the customer's.
_THINGS_NUMBER = (r"(?:factuur|bestel|order|reserverings?|boekings?|referentie|kenmerk|ticket|track(?:ing)?|contract|"
                  r"bon|transactie|dossier|zaak|invoice|receipt|order|booking|reservation|reference|ticket|tracking|"
                  r"transaction|case)[ -]?(?:nummer|number|nr|code|barcode)|barcode|streepjescode|"
                  r"num[ée]ro\s+(?:de\s+|d['’]\s*)(?:facture|commande|contrat|r[ée]servation|dossier|r[ée]f[ée]rence|"
                  r"ticket|transaction|suivi|re[çc]u)|code[- ]barres?|r[ée]f[ée]rence\s+(?:de|du|d['’])|"
                  # a gift card's: "It's a Lullavie gift card", "c'est une carte cadeau", "de code van de cadeaubon"
                  r"gift ?card|gift voucher|cadeau ?(?:kaart|bon)|kado ?(?:kaart|bon)|carte[- ]cadeau|bon d['’]achat|"
                  r"waardebon|voucher")
_OURS = (r"(?:ons|onze|our|notre|nos|(?:the\s+|de\s+|het\s+|le\s+|la\s+)?[\w-]+\s+(?:line|lijn|ligne|nummer|number)"
         r"\s+(?:at|of|van|bij|de|du)\s+(?:the\s+|de\s+|het\s+|la\s+|le\s+)?[A-Z])")
_DISOWNED = re.compile(
    r"^(?:[^.?!:]{0,30}[,.!:]\s*)?(?:[^.?!:]{0,20}[,:]\s*)?(?i:that['’]s|that\s+is|it['’]s|dat\s+is|dat['’]s|"
    r"c['’]est|ce\s+sont)\s+(?!(?i:your|you|uw|je|jouw|votre|ton|ta|vos|tes)\b)"
    rf"(?:(?:the|de|het|le|la|l['’]|un|une|een|a|an)\s*)?(?:(?:[\w-]+\s+){{0,3}}(?i:{_THINGS_NUMBER})|"
    # "Dat is geen creditcard", "that's not a credit card": no payment card, so no one's card number
    r"(?i:geen|not\s+an?|pas\s+une)\s+(?i:credit ?card|creditcard|carte\s+(?:de\s+cr[ée]dit|bancaire))|"
    rf"(?i:ons|onze|our|notre|nos)\b|{_OURS})|"
    r"^(?:[^.?!:]{0,30}[,.!:]\s*)?(?:זה|זו|זהו|זאת)\s+(?:(?:ה)?(?:מספר|קו|טלפון|קבלה|מוקד|משרד|מספר\s+ה\S+)"
    r"(?:\s+\S+)?\s+(?:שלנו)|מספר\s+(?:ה)?(?:הזמנה|חשבונית|קבלה|אסמכתא|עסקה|לקוח|ברקוד)|(?:ה)?ברקוד|"
    r"(?:ה)?(?:\S+\s+)?שלנו|(?:רק\s+)?(?:כרטיס\s+(?:ה)?(?:מתנה|נטען)|(?:ה)?שובר|גיפט\s?קארד))")
# A number is at most some forty characters written out ("+31 (0)6 12 34 56 78", a card in fours, digits said one
# by one): bounded, so a turn of 20,000 spaced digits with no question mark is not read again from every digit.
_AT_QUESTION = re.compile(r"(?:\+|\(\+?)?[0-9][0-9 ./-]{5,48}[0-9](?=[^0-9?]{0,60}\?)")
# Or right after the question, ending the turn: "kan ik daar mee betalen? nummer 6686...", "זה כרטיס אשראי? 6446..."
_AFTER_QUESTION = re.compile(r"\?\s*(?:(?i:nummer|number|num[ée]ro|code)\s*:?\s*|מספר\s*:?\s*)?"
                             r"(?P<number>[0-9][0-9 ./-]{5,}[0-9])\W*$")


# The customer asking whether a number is a payment card or a personal ID ("is dat een creditcard??", "Is it a debit
# card?", "c'est mon numéro de sécu ??", "is dat mijn burgerservicenummer??", "זו תעודת זהות של מישהו?"), with the
# question mark after it.
_ASKED_IF_PERSONAL = re.compile(
    r"(?<![\w'’])(?i:credit ?card|creditcard|debit ?card|bank ?card|bankpas|betaalpas|pinpas|carte (?:bancaire|de "
    r"cr[ée]dit|bleue)|bsn|burgerservicenummer|sofinummer|rijksregisternummer|social security|national insurance|"
    r"id number|identity number|num[ée]ro de s[ée]cu(?:rit[ée] sociale)?|s[ée]curit[ée] sociale|passport|paspoort|"
    r"passeport)\w*[^?\n]{0,40}\?|"
    r"(?<![\u05d0-\u05ea])(?:כרטיס(?:\s+ה?)?אשראי|תעודת\s+ה?זהות|ת\.?ז\.?|מספר\s+ה?זהות|דרכון)[^?\n]{0,40}\?")
# The agent's answer opening with a no ("Goede vraag, maar nee: ...", "Haha nee, dat is ...", "Bonjour ! Non,
# rassurez-vous, ...", "לא, זה ..."): what the number was asked to be, it is not.
_NO_FIRST = re.compile(r"^[^?\n]{0,30}?(?<![\w'’])(?i:nee|neen|no|nope|non|nah)(?![\w'’])|"
                       r"^[^?\n]{0,30}?(?<![\u05d0-\u05ea])לא(?![\u05d0-\u05ea])")
# ... with no "your" after it in that sentence: "No, that's your phone number" is the customer's all the same.
_YOURS = re.compile(r"(?<![\w'’])(?i:your|yours|uw|je|jouw|votre|vos|ton|ta|tes)(?![\w'’])|"
                    r"(?<![\u05d0-\u05ea])(?:שלך|שלכם|שלכן)(?![\u05d0-\u05ea])")
_ONE_NUMBER = re.compile(r"(?<![0-9])[0-9](?:[ .-]?[0-9]){7,18}(?![0-9])")


def _denied(question: str, answer: str) -> str:
    """The number a customer's turn asks about as a payment card or a personal ID, when the agent's answer opens with
    "no" and says nothing of the customer's in that sentence: a card or a number the company printed (a laundry card,
    a licence or company number on the contract); or ""."""
    asked = _ASKED_IF_PERSONAL.search(question)
    no = _NO_FIRST.search(answer)
    if asked is None or no is None:
        return ""
    sentence = re.split(r"(?<=[.!?])\s", answer[no.end():], maxsplit=1)[0]
    numbers = _ONE_NUMBER.findall(question[:asked.end()])  # before the word or after it: "looks like an ID number,
    # 945006237. Is that mine?"
    if _YOURS.search(sentence) or len(numbers) != 1:
        return ""
    return str(numbers[0])


def _disowned(turns: Sequence[Turn], index: int) -> str:
    """For a customer's turn that asks about a number ("er belde 023 531 44 80, zijn jullie dat?", "216028936, is
    that my ID number??"): its digits, when the agent's next turn says it is the company's or a thing's; or ""."""
    if turns[index].speaker == AGENT or index + 1 >= len(turns) or turns[index + 1].speaker != AGENT:
        return ""
    asked = _AT_QUESTION.search(turns[index].text)
    number = asked.group() if asked else (after["number"] if (after := _AFTER_QUESTION.search(turns[index].text))
                                          else "")
    if not number or _DISOWNED.search(turns[index + 1].text.strip()) is None:
        number = _denied(turns[index].text, turns[index + 1].text.strip())  # "is dat een creditcard??" - "Nee, ..."
    if not number:
        return ""
    return re.sub(r"[^0-9]", "", number)


_DICTATED = frozenset({"PHONE", "BSN", "IL_ID", "CARD", "IBAN"})
_PIECE_SEGMENT = 8  # words at most, digit groups aside, in a segment that only gives a piece of a number


_STILL_COMING = re.compile(r"[0-9]\s*(?:\.{2,}|…)\s*$")  # a turn that ends on a piece of a number and a pause
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_ENDS_ON_DIGIT = re.compile(r"[0-9]$")  # a turn broken off on a digit group, with no stop: the number goes on


def _dictating(turns: Sequence[Turn], index: int, found: Sequence[frozenset[str]]) -> str:
    """For a customer's segment: the one kind of number their previous short segment gave a piece of ("NL12 ABNA",
    "06 52", "054-915"), with at most a backchannel or a read-back between, so whatever digits this segment adds
    (a piece taken back and said again, the rest after a correction) belong to the same value; or ""."""
    if turns[index].speaker == AGENT:
        return ""
    back, asides = index - 1, 0
    while back >= 0 and (turns[back].speaker == AGENT and (
            _backchannel(turns[back]) or _echoed(turns, back) or _piece_missing(turns[back].text)) or
            turns[back].speaker != AGENT and asides < 1 and _aside(turns[back].text)):
        asides += turns[back].speaker != AGENT
        back -= 1  # "sorry, I'm on the tram, hang on" between the pieces; "Ik mis nog een stukje" asking for the rest
    if back < 0 or back >= len(found) or turns[back].speaker != turns[index].speaker:
        return ""
    said = turns[back].text
    if not _DIGIT.search(said):
        said = read_numbers(said).text  # "... It's, um, oh five four...": the digits said in words
    if _STILL_COMING.search(said) or _ENDS_ON_DIGIT.search(said):  # "... for now. 07912... Noah, put that down!
        said = _SENTENCE_END.split(said)[-1]  # Sorry. 468...", "... libres. FR76 3000": its last words
    if len([word for word in said.split() if not _DIGIT.search(word)]) > _PIECE_SEGMENT or "?" in said:
        return ""
    kinds = found[back] & _DICTATED
    return next(iter(kinds)) if len(kinds) == 1 else ""


# The agent saying a piece of the number is still to come: "Ik mis nog een stukje, het zijn negen cijfers.", "I'm
# missing a few digits", "Il manque des chiffres", "חסרות לי ספרות". The customer's next segment goes on with it.
_PIECE_MISSING = re.compile(r"(?i:\bmis(?:sen)?\s+(?:nog\s+)?(?:een\s+)?(?:stuk|stukje|cijfers?|deel)|"
                            r"\bontbre(?:ekt|ken)\b|\bmissing\b|\bmanque(?:nt)?\b|"
                            r"\b(?:nine|ten|eleven|negen|tien|elf|neuf|dix|onze)\s+(?:digits|cijfers|chiffres)\b)|"
                            r"(?<![\u05d0-\u05ea])חסר(?:ה|ות|ים)?(?![\u05d0-\u05ea])|(?:תשע|עשר)\s+ספרות")


def _piece_missing(text: str) -> bool:
    """Whether an agent's turn with no digit of its own says a piece of the number is still to come."""
    return not _DIGIT.search(text) and _PIECE_MISSING.search(text) is not None


_ASIDE_WORDS = 12  # words at most in a customer's aside between two pieces of a number


def _aside(text: str) -> bool:
    """A customer's short aside between two pieces, with no digit and no question: "sorry, I'm on the tram, hang
    on", "dsl je suis au volant, attendez", "sorry ik sta in de rij"."""
    return len(text.split()) <= _ASIDE_WORDS and "?" not in text and not re.search(r"[0-9]", read_numbers(text).text)


_HEARD = 6  # turns back an agent's read-back may reach: "1808, chemin du Lac-Vert, noté" after the correction


def _heard(turns: Sequence[Turn], index: int, found: Sequence[frozenset[str]]) -> tuple[str, str]:
    """For an agent's turn: the customer's turns just before it, and the one kind of number they held (what was found
    in them, else what the agent's question before them asked for), so the agent reading a value back is reading
    the customer's value, however the customer's pieces were cut or said."""
    if turns[index].speaker != AGENT:
        return "", ""
    window = range(max(0, index - _HEARD), index)
    heard = [i for i in window if turns[i].speaker != AGENT]
    kinds = {k for i in heard if i < len(found) for k in found[i] if k in _NUMBER_KINDS and k != "POSTCODE"}
    if not kinds and heard:
        kinds = set(_question(turns, heard[0], found)[0] & _NUMBER_KINDS_ASKED)
    return "\n".join(turns[i].text for i in heard), next(iter(kinds)) if len(kinds) == 1 else ""
