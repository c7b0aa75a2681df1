"""The words for what a draft asks of the customer and how it speaks, in Dutch, English, French and Hebrew:
credentials, the model talking about itself, someone else's personal data, other languages. Abuse has its own
module (``guard_words_abuse``).

The words for what a draft gives (prices, discounts, free things, refunds, bank accounts) and the ``Words``
machinery are in ``guard_words``. Every pattern is compiled once at import. No Qt here.
"""

from __future__ import annotations

import re

from copilot.engines.guard_lexicon import HE_LETTER, Words, phrases, words

# -- credentials --------------------------------------------------------------------------------------------

CREDENTIAL = words(
    ["passwords?", "pass ?codes?", "pins?", "pin[- ]?codes?", "pin numbers?", "security codes?",
     "verification codes?", "one[- ]time (?:pass)?codes?", "otp", "2fa(?: codes?)?", "authenticat\\w+ codes?",
     "sms[- ]?codes?", "text(?:ed)? codes?", "codes? (?:we|i) (?:just )?(?:sent|texted)",
     "(?:\\d|four|five|six|seven|eight)[- ]digit (?:\\S+ )?codes?", "cvc2?", "cvv2?", "card verification\\w*",
     "security digits",
     "(?:digits|numbers|code) (?:\\S+ ){0,3}?(?:on|at) the back", "login details", "log-?in credentials",
     "(?:your|the) log-?in(?! page| screen| button)\\b", "log-?in codes?", "access codes?",
     "credentials", "username and password", "sign-?in details", "memorable (?:word|answer)", "card numbers?",
     "(?:answer to )?(?:your |the )?security questions?", "long number on (?:the front of )?your card",
     "codes? (?:that |which )?you(?:'ve| have)? (?:just )?(?:got|received|been sent|get)",
     "(?:sms|text(?: message)?|message) with (?:a|the|your) (?:\\S+ )?code",
     "(?:code|number|digits|pin) (?:that |which )?(?:we|i) (?:just )?(?:sent|texted|e-?mailed)",
     # a picture of the card is its number and its code: a screenshot or an image as much as a photo
     "(?:photo|picture|pic|image|scan|copy|screenshot|screen ?shot|snapshot) of (?:both sides of |the (?:front|back)"
     "(?: and (?:the )?(?:back|front))? of )?your (?:bank |credit |debit |payment )?card", "maiden name",
     # the code by what carries it: "the numbers from the SMS we sent", "de cijfers uit de sms", "les chiffres du SMS"
     "(?:numbers|digits) (?:from|in) (?:the|your|our) (?:sms|text(?: message)?)\\b",
     "(?:cijfers|nummers) (?:uit|in|van) (?:de|uw|je|onze) (?:sms|tekstbericht|sms'je)\\b",
     "(?:chiffres|num[ée]ros) (?:du|de votre|dans le|dans votre|de notre) (?:sms|texto)\\b",
     # (where it is keyed in may stand between: "de vier cijfers die je bij de pinautomaat intoetst")
     "(?:digits|numbers|code|cijfers|nummers?|chiffres) (?:that |which |die |dat |que )?(?:\\S+ ){0,4}?(?:type|key|"
     "punch|enter|toets\\w*|intoets\\w*|tik\\w*|tapez|saisissez|composez)\\b", "anydesk(?: codes?)?",
     "teamviewer(?: codes?| ids?)?", "remote (?:access|support) codes?", "(?:16|sixteen) digits",
     "(?:foto|afbeelding|screenshot|schermafbeelding|schermafdruk|scan|kopie) van (?:de voor- en achterkant van )?"
     "(?:uw|je|jouw) (?:(?:bank|betaal|pin)?pas|(?:bank|betaal)kaart|creditcard|debitcard)",
     "meisjesnaam",
     # an identity document by its picture: "a photo of your passport", "een foto van de ID-kaart van je zoon"
     "(?:photo|picture|scan|copy|photocopy) of (?:both sides of |the (?:front|back) of )?"
     "(?:your |his |her |their |the )?"
     "(?:\\w+'s? )?(?:passport|id(?:entity)? card|id|identity document|driving licen[cs]e|driver's licen[cs]e)",
     "(?:foto|scan|kopie) van (?:de voor- en achterkant van )?(?:uw|je|jouw|zijn|haar|de|het) (?:\\S+ )?"
     "(?:paspoort|id-kaart|identiteitskaart|identiteitsbewijs|rijbewijs)",
     "(?:photo|scan|copie|photocopie) (?:recto verso )?(?:de|du|d'une) (?:votre |sa |son |la |le )?"
     "(?:passeport|carte d'identit[ée]|pi[èe]ce d'identit[ée]|permis de conduire)", "(?:16|zestien) cijfers",
     "photo (?:recto verso )?de (?:votre|ta) carte", "(?:image|capture d'[ée]cran|capture|scan|copie|photocopie) "
     "(?:recto verso )?de (?:votre|ta) carte (?:bancaire|de cr[ée]dit|de paiement|bleue|visa|mastercard)",
     "nom de jeune fille", "(?:16|seize) chiffres",
     "(?:inlog|account|wifi|wi-fi)?wachtwoord\\w*", "inlogcodes?", "inloggegevens", "inlognaam", "pincodes?",
     "sms-?codes?", "verificatiecodes?",
     "bevestigingscodes?", "beveiligingscodes?", "eenmalige codes?", "toegangscodes?", "beveiligingsvra\\w+",
     "(?:drie|3) cijfers (?:achter|achterop|op de achterkant)", "(?:cijfers|nummers|code) (?:\\S+ ){0,3}?(?:op|aan) "
     "de achterkant", "(?:vier|vijf|zes|zeven|acht|\\d)[- ]?cijferige codes?",
     "codes? van (?:vier|vijf|zes|zeven|acht|\\d) cijfers",
     "codes? die (?:u|je) (?:net |zojuist |zo |straks )?(?:kreeg|krijgt|ontving|ontvangt|heeft ontvangen|"
     "hebt ontvangen|gekregen|binnenkrijgt)",
     "(?:sms|sms'je|sms-je|bericht|tekstbericht) met (?:een|de|uw|je) (?:\\S+ )?code",
     "kaartnummer", "pasnummer", "digid", "codes? (?:uit|in|van|per) (?:de |uw |je )?(?:sms|tekstbericht)",
     "codes? (?:\\S+ ){0,6}?(?:per|via|par|by|in|uit|dans|en) (?:de |the |a |le |un |een |uw |your |votre )?"
     "(?:sms|text(?: message)?|texto|sms-je|tekstbericht)",
     "codes? (?:from|in) (?:the|your) (?:sms|text)", "codes? (?:re[çc]u|envoy[ée]) (?:par|en|dans (?:le|votre)) sms",
     "nip", "(?:code|num[ée]ro) nip", "respons(?:e)?codes?", "response codes?", "codes? de r[ée]ponse",
     "mots? de passe", "codes? (?:pin|secret|confidentiel|de v[ée]rification|"
     "de confirmation|de s[ée]curit[ée]|reçu par sms|à usage unique|sms|d'accès|de connexion)", "identifiants?",
     "codes? que vous (?:venez de recevoir|avez reçu|allez recevoir|recevrez)",
     "codes? à (?:quatre|cinq|six|sept|huit|\\d) chiffres",
     "(?:sms|texto|message) (?:avec|contenant) (?:un|le|votre) code", "question secr[èe]te",
     "cryptogramme", "(?:trois|3) chiffres (?:au dos|derrière|à l'arrière)", "num[ée]ro de (?:votre )?carte",
     "(?:chiffres|num[ée]ros?|code) (?:\\S+ ){0,3}?au dos", "(?:online |internet )?banking (?:username|user ?name|"
     "log-?in|id)", "codes? (?:\\S+ ){0,3}?card ?reader",
     # a code that opens a door opens it for anyone who has it, as a password opens an account: "the door code you
     # use", "de deurcode", "le code de la porte", "le digicode"
     "(?:front |main )?(?:door|entry|gate|building|alarm|keypad) ?codes?", "(?:deur|poort|alarm|toegangs?)codes?",
     "codes? (?:van de|voor de) (?:deur|poort|ingang)", "digicodes?",
     "codes? (?:de la porte|d'entr[ée]e|de l'entr[ée]e|de (?:la )?porte|du portail|de l'alarme|de l'immeuble)",
     # a code that pairs a card or device with an account hands the account to whoever reads it out: "the pairing
     # code on the letter", "de koppelcode", "le code d'appairage", "קוד הצימוד"
     "(?:pairing|activation|linking|link) codes?", "(?:koppel|koppelings|activerings|activatie)codes?",
     "codes? d'(?:appairage|appariement|association|activation)", "(?:vier|zes|acht|\\d)[- ]?cijferige [\\w-]*codes?",
     # a code that unlocks a lock, a phone or a device opens it for whoever has it: "the unlock code of your smart
     # lock", "de ontgrendelcode", "le code de déverrouillage à 6 chiffres", "קוד הפתיחה"
     "unlock(?:ing)? codes?", "(?:ontgrendel|ontgrendelings|slot)codes?", "codes? de d[ée]verrouillage",
     "codes? (?:\\S+ ){1,3}?à (?:quatre|six|huit|\\d) chiffres",
     # a code that opens a key safe, a lock box or a padlock hands over the keys to a home: "the key safe code", "de
     # code van je sleutelkluisje", "le code de votre boîte à clés", "הקוד של כספת המפתחות"
     "(?:key ?safe|key ?box|lock ?box|key lock|padlock|combination lock|locker|safe) (?:combination|codes?)",
     "(?:codes?|combination) (?:\\S+ ){0,2}?(?:of|for|to|on) (?:the|your) (?:\\S+ )?(?:key ?safe|key ?box|lock ?box|"
     "padlock|locker|safe|lock)\\b", "(?:sleutel)?(?:kluis|kluisje|kastje|slot|hangslot|cijferslot)codes?",
     "codes? (?:\\S+ ){0,2}?(?:van|voor|op) (?:de|het|je|jouw|uw) (?:\\S+ )?(?:sleutel)?(?:kluis|kluisje|kastje|"
     "sleutelkastje|slot|hangslot|cijferslot)\\b",
     "(?:codes?|combinaison) (?:\\S+ ){0,2}?(?:de|du|d') ?(?:la |le |l'|votre |ta |vos )?(?:bo[iî]te (?:à|a|aux) "
     "cl(?:é|e|ef)s?|coffre(?:-fort)?|cadenas|serrure|casier)\\b",
     # a gift card's code is its money: whoever reads it spends it ("the code of your gift card", "de code onder het
     # kraslaagje", "le code du bon cadeau", "הקוד של השובר")
     "(?:gift ?card|gift voucher|voucher|gift certificate|e-?gift) codes?", "scratch(?:-off)? codes?",
     "codes? (?:\\S+ ){0,2}?(?:of|on|from|for) (?:the|your|a|that|this) (?:\\S+ )?(?:gift ?card|gift voucher|voucher|"
     "gift certificate)s?\\b", "codes? (?:\\S+ ){0,4}?(?:under|beneath|behind) (?:the )?(?:\\S+ ){0,2}?scratch",
     "(?:cadeaubon|cadeaukaart|waardebon|tegoedbon|kras)codes?",
     # the code of "the card", whichever card it is (a gift card's, a bank card's), and what is printed under a
     # scratch layer: "de code van de kaart (de 16 tekens onder het kraslaagje)", "the characters under the scratch
     # strip"
     "codes? (?:of|van|de) (?:the|your|de|je|uw|la|votre|ta) (?:kaart|card|carte)\\b",
     "(?:tekens|characters|caract[èe]res|cijfers|digits|chiffres|letters|lettres) (?:\\S+ ){0,2}?(?:onder|under|"
     "beneath|sous) (?:het|de|the|a|la|le) (?:\\S+ )?(?:kras\\w*|scratch\\w*|grattage|couche (?:\\S+ )?gratt\\w*)",
     "codes? (?:\\S+ ){0,2}?(?:van|op|voor) (?:de|je|uw|jouw|een|die|deze|het) (?:\\S+ )?(?:cadeaubon|cadeaukaart|"
     "waardebon|tegoedbon|cadeaucheque)s?\\b", "codes? (?:\\S+ ){0,5}?(?:onder|achter) (?:het|de) (?:\\S+ )?kras\\w*",
     "codes? (?:\\S+ ){0,2}?(?:du|de la|de votre|de ton|de ta|d'un|d'une|de ce|de cette) (?:\\S+ )?(?:bon (?:cadeau|"
     "d'achat)|carte[- ]cadeau|ch[èe]que[- ]cadeau|e-?carte)\\b",
     # a plain "bon" is a voucher too, whatever it pays for: "le code du bon", "le code de votre bon de cours"
     "codes? (?:du|de votre|de ton|de ce) bons?(?! \\w+ (?:de )?commande)(?=[\\s.,;:!?)]|$)",
     # a code by its digits, or by where it is printed: "the six digits in the text", "een bericht van zes cijfers",
     # "le code imprimé sur la carte", "de ledencode van je pas" (the last four digits of a phone are no secret)
     "(?<!last )(?<!laatste )(?<!derniers )(?:the|de|die|deze|those|these|les|ces) (?:four|six|eight|vier|zes|acht|"
     "quatre|huit|\\d) (?:digits|cijfers|chiffres)",
     "(?:bericht|berichtje|sms|sms'je|message|texto|text) (?:\\S+ )?(?:van|met|of|with|de|avec|containing) (?:four|six|"
     "eight|vier|zes|acht|quatre|huit|\\d) (?:digits|cijfers|chiffres)",
     "codes? (?:\\S+ ){0,3}?(?:printed|gedrukt|imprim[ée]e?|written|geschreven|[ée]crite?) (?:\\S+ ){0,3}?(?:on|op|"
     "sur|under|onder|sous)\\b",
     "\\w+codes? (?:van|op|of|on|du|de|sur) (?:the|your|de|je|uw|la|votre|ta|le|het|jouw) (?:\\S+ )?(?:kaart|card|"
     "carte|pas)\\b",
     "codes? (?:\\S+ ){0,5}?(?:sous|derri[èe]re) (?:la|le) "
     "(?:\\S+ )?(?:zone|surface|couche|pellicule|bande) (?:\\S+ )?(?:à )?gratt\\w*", "codes? à gratter"],
    ["סיסמה", "סיסמא", "סיסמת", "סיסמאות",
     # a card or identity document photographed: "צלם את כרטיס האשראי משני הצדדים", "צילום של הדרכון"
     "(?:צילום|תמונה|סריקה) (?:של )?(?:ה)?(?:דרכון|תעודת (?:ה)?זהות|רישיון (?:ה)?נהיגה|כרטיס (?:ה)?אשראי)",
     "(?:צלם|צלמי|תצלם|תצלמי|צלמו|תצלמו|לצלם) (?:\\S+ )?(?:את )?(?:ה)?(?:דרכון|תעודת (?:ה)?זהות|רישיון (?:ה)?נהיגה|"
     "כרטיס (?:ה)?אשראי)", "(?:ה)?(?:קוד|ספרות) ש(?:את|אתה)? ?(?:מקיש|מקישה|מקליד|מקלידה)",
     "קוד סודי", "הקוד הסודי", "קוד אימות", "קוד האימות", "קוד חד[- ]פעמי",
     # an access code opens a door as a password opens an account: "קוד הכניסה לשער", "קוד האזעקה"
     "(?:ה)?קוד (?:ה)?(?:כניסה|גישה|שער|דלת|אזעקה)",
     "הקוד שקיבלת", "קוד ה-?SMS", "פרטי ההתחברות", "פרטי התחברות", "שם משתמש וסיסמה", "שם המשתמש והסיסמה",
     "(?:שלוש|3) הספרות (?:ש|ב)?(?:גב|בגב)", "מספר הכרטיס", "פרטי האשראי", "פרטי הכרטיס", "קוד PIN", "קוד סודי",
     "הקוד (?:מה|ב|ש)?(?:SMS|הודעה|מסרון)",
     "(?:ה)?(?:ספרות|מספרים) (?:מה|ב|ש|של )?(?:SMS|הודעה|מסרון)",
     "(?:ה)?קוד (?:ש|ה)?(?:קיבלת|נשלח|שלחנו|תקבל|תקבלי|שקיבלת)",
     "קוד(?: \\S+)? (?:בן|של) (?:ארבע|שש|שמונה|\\d) (?:ה)?ספרות", "(?:הודעה|מסרון|SMS) עם (?:ה)?קוד",
     "קוד (?:\\S+ )?ב-?SMS",
     "(?:ה)?ספרות (?:\\S+ ){0,2}?ב?גב (?:ה)?כרטיס", "שאלת (?:ה)?אבטחה", "תוקף הכרטיס",
     "(?:צילום|צילום מסך|תמונה|סריקה) (?:של )?(?:ה)?כרטיס",
     "שם הנעורים", "(?:16|שש עשרה) (?:ה)?ספרות", "(?:ה)?קוד (?:ה)?(?:צימוד|הפעלה|שיוך|הצימוד|פתיחה|שחרור)",
     "(?:ה)?קוד(?: \\S+)? (?:של )?(?:ה)?(?:כספת|כספות|מנעול|לוקר|תיבת (?:ה)?מפתחות)",
     "(?:ה)?קוד(?: \\S+)? (?:של )?(?:ה)?(?:שובר|כרטיס (?:ה)?מתנה|תו (?:ה)?קנייה|גיפט ?קארד)",
     "(?:ה)?קוד (?:\\S+ ){0,2}?ל?שכבת (?:ה)?גירוד",
     "(?:ה)?קוד (?:\\S+ ){0,3}?ש?(?:מודפס|מופיע|רשום|כתוב)(?:ת|ים)? (?:על|ב)",
     "(?:ה)?קוד (?:\\S+ )?ש?(?:של |על |ב)(?:ה)?כרטיס", "(?:ארבע|שש|שמונה|\\d) (?:ה)?ספרות ש(?:ב|קיבלת|מקיש|תקבל)"])
# Asking, in every form a request takes: "geeft u", "noemt u", "wilt u ... voorlezen", "pouvez-vous me le dire".
ASK = words(
    ["give", "tell", "share", "provide", "confirm", "read", "reading", "type", "spell", "quote",
     # an answer that carries it: "reply here with the code", "antwoord hier met", "répondez ici avec", "השיבי כאן עם"
     "(?:reply|respond|answer) (?:here |below |to (?:this|me) (?:message )?|in (?:the|this) chat )?with",
     "antwoord (?:hier |in (?:de|deze) chat )?met", "r[ée]pond(?:ez|re|s)(?: ici| dans (?:le|ce) chat)? (?:avec|en "
     "(?:indiquant|donnant|pr[ée]cisant))",
     "dictate", "repeat", "pass (?:it |them |that )?on", "enter (?:it |them )?here",
     # handed over to us: "pass me the code", "hand us your password"
     "pass (?:me|us)", "hand (?:me|us)",
     "what(?:'s| is| are) (?:your|the)", "(?:which|what|welke?|quel(?:le)?s?) (?:\\S+ )?(?:password|passcode|pin|"
     "code|digits|wachtwoord|pincode|cijfers|mot de passe|chiffres)",
     "(?:i|we)(?:'ll| will| would|'d)? (?:just |also |still )?need (?:your|the|it|that)",
     "(?:can|could|may) i (?:have|get|take)", "let me have", "geef\\w*", "geven", "noem\\w*", "deel", "deelt",
     "delen", "vertel\\w*", "zeg(?:t|gen)?", "door ?geven", "doorgeeft", "voorlezen", "oplezen",
     # a separable verb joined at a clause's end: "als je de code even voorleest", "als u het nummer opgeeft"
     "voorleest", "opleest", "doorstuurt", "opgeeft", "meedeelt",
     "lees\\w* .{0,50} (?:voor|op)", "bevestig(?:t|en)?", "typ(?:t|en)?", "intypen", "opgeven", "wat is uw",
     "wat is je", "wat zijn uw", "(?:ik|we|wij) (?:heb|hebben)\\b.{0,80}?\\bnodig",
     "heb(?:ben)? (?:ik|we|wij)\\b.{0,80}?\\bnodig", "mag ik", "donn(?:ez|er|e|erez|eriez)",
     "communiqu(?:ez|er|e|erez|eriez)", "indiqu(?:ez|er|e|eriez)", "dites", "dire", "lisez", "lire",
     "confirm(?:ez|er|e)", "transm(?:ettez|ettre|ets)", "dict(?:ez|er)",
     "[ée]pel(?:ez|er)", "fourni(?:r|ssez|ssiez)", "quel est (?:votre|le|la)", "quels sont (?:vos|les)",
     "j'ai besoin", "me faut", "me faudrait", "nous faudrait", "nous faut", "j'aurai(?:s)? (?:\\S+ )?besoin",
     "(?:ik|we|wij) (?:zou|zouden) (?:\\S+ ){0,6}?nodig hebben",
     "(?:zou|zouden) (?:ik|we|wij) (?:\\S+ ){0,6}?nodig hebben",
     # put into the chat: "zet je wachtwoord hier in de chat", "tik de zes cijfers hier", "écrivez-moi ... ici"
     "(?:zet|plak|tik|typ)\\w* (?:\\S+ ){0,6}?(?:hier|in (?:de|deze|het) (?:chat|gesprek))",
     "(?:hier|in (?:de|deze|het) (?:chat|gesprek)) (?:\\S+ ){0,3}?(?:zetten|plakken|tikken|intikken|typen|sturen)",
     "(?:put|paste|type|drop|enter|pop|stick|jot|write|post) (?:\\S+ ){0,6}?(?:here|in(?:to)? (?:the|this) chat)",
     "(?:[ée]cri(?:vez|s|re)|tap(?:ez|er)|coll(?:ez|er)|(?:re)?copi(?:ez|er)|mett(?:ez|re)|"
     "saisi(?:ssez|r))(?:-moi|-nous)? "
     "(?:\\S+ ){0,6}?(?:ici|dans (?:le|ce|la|cette) (?:chat|conversation|discussion))"],
    ["תן", "תני", "תנו", "תתן", "תתני", "שלח לי", "שלחי לי", "תשלח לי", "תשלחי לי", "שלחו לי", "תשלחו לי",
     "תמסור", "תמסרי", "למסור", "מסור", "מסרי", "להקריא", "תקריא", "תקריאי", "הקרא",
     "הקריאי", "אמור", "אמרי", "תגיד", "תגידי", "להגיד", "לתת", "לכתוב", "תכתוב", "תכתבי", "כתוב", "כתבי", "תאשר",
     "תאשרי", "לאשר", "תקליד", "תקלידי", "(?:אני|אנחנו) (?:\\S+ )?צרי(?:ך|כה|כים|כות) את", "אצטרך את", "נצטרך את",
     "אשמח לקבל", "אפשר לקבל", "מה (?:את )?ה\\S+", "(?:השב|השיבי|השיבו|ענה|עני|ענו)(?: כאן| לי)? (?:עם|ב)",
     # copied or pasted into the chat: "תדביק אותו כאן", "תעתיק לי לצ'אט"
     "(?:תעתיק|תעתיקי|להעתיק|תדביק|תדביקי|להדביק)(?: לי| לנו| אותו| אותה| אותם)? (?:\\S+ ){0,4}?"
     "(?:כאן|פה|לצ'אט|בצ'אט|לשיחה|בשיחה)", "(?:תעתיק|תעתיקי|תדביק|תדביקי) (?:לי|לנו)"])
# A code on its way to the customer: the next sentence that asks for "the code" asks for it ("We've texted you.
# What's the code?"). So does a sentence that names a credential.
MESSAGE_SENT = words(
    ["(?:sent|send|texted|text|e-?mailed) (?:you )?(?:a |an |the )?(?:text|sms|message|e-?mail|code)",
     "(?:texted|messaged|sms'?e?d) you",
     "(?:get|receive|received|got) (?:a |an |the )?(?:text|sms|message)",
     "(?:sms|sms'je|bericht|tekstbericht) (?:gestuurd|verstuurd|ontvangen)",
     "(?:krijgt|ontvangt|kreeg|ontving) (?:u |je )?(?:zo |nu |straks )?(?:een |de )?"
     "(?:sms|sms'je|bericht|tekstbericht)",
     "(?:envoy\\w*|re[çc]u|recevoir|recevrez|recevez) (?:un |une |le |votre )?(?:sms|texto|message|code)",
     "(?:stuur|sturen|stuurde) (?:ik |we )?(?:je|u) (?:nu |zo |straks |even )?(?:een )?(?:sms|sms'je|bericht|"
     "tekstbericht)"],
    ["(?:שלחנו|שלחתי|נשלח|נשלחה|תקבל|תקבלי|קיבלת|יגיע|תגיע)(?: לך| אליך)? (?:עכשיו )?(?:הודעה|מסרון|SMS|קוד)"])
# Where a one-time code comes from: a code read out from one of these is a credential, whatever it is called
# ("the code your banking app shows", "le code reçu par SMS", "הקוד שקיבלת ב-SMS").
CODE_SOURCE = words(
    ["bank\\w*[- ]?app\\w*", "banking app", "bank's app", "app (?:of|from) your bank", "text(?: message)?", "texts?",
     "sms\\w*", "messages?", "authenticator", "card ?reader", "bankapp", "app van (?:je|uw) bank", "berichtje",
     "tekstbericht", "appli\\w* bancaire", "appli\\w* de (?:votre|ta) banque", "texto", "message",
     # the bank's card reader answers a challenge with a one-time code: "digipass", "kaartlezer", "lecteur de carte"
     "digipass\\w*", "kaartlezer\\w*", "e\\.?dentifier", "(?:security |hardware )?token",
     "lecteur (?:de carte|bancaire)",
     # the bank's own word for sending it: "the digits your bank has texted to your phone", "de code die uw bank u
     # sms'te", "le code que votre banque vous a envoyé"
     # (the customer's own word for it too: "my bank sent me a code", "mijn bank stuurde", "ma banque m'a envoyé")
     "texted", "(?:your|the|my|our) bank (?:has |just )*(?:sent|messaged)",
     "(?:uw|je|de|mijn|onze) bank (?:\\S+ ){0,3}?"
     "(?:gestuurd|verstuurd|ge-?sms'?t|sms'te|stuurde|stuurt|sms't)",
     "(?:votre|ta|la|ma|notre) banque (?:vous |t'|m'|nous )?a (?:\\S+ )?"
     "(?:envoy[ée]|transmis)"],
    ["SMS", "מסרון", "הודעה", "הודעת", "באפליקציה של הבנק", "אפליקציית הבנק", "באפליקציית הבנק", "הבנק",
     "קורא (?:ה)?כרטיסים", "(?:ה)?טוקן"])
# Into this conversation: a one-time code from the bank or a text, asked to be put here, is handed to us ("when
# the bank's text comes, paste the code here").
INTO_CHAT = words(["here", "in(?:to)? (?:the|this) (?:chat|conversation)", "hier",
                   "in (?:de|deze|het) (?:chat|gesprek)",
                   "ici", "dans (?:le|ce|la|cette) (?:chat|conversation|discussion)"],
                  ["כאן", "פה", "לצ'אט", "בצ'אט", "לשיחה", "בשיחה"])
# A bank's code device: the sentence after one that names it asks for its code ("Put your card in the digipass and
# type the challenge. Then give me the 8 digits.")
CODE_DEVICE = words(["digipass\\w*", "kaartlezer\\w*", "e\\.?dentifier", "card ?reader",
                     "(?:security |hardware )?token", "lecteur (?:de carte|bancaire)"],
                    ["קורא (?:ה)?כרטיסים", "(?:ה)?טוקן"])
CODE_WORD = words(["codes?", "digits", "pin", "cijfers", "chiffres"], ["קוד", "הקוד", "ספרות"])
# The code the customer keys in, asked about: "the code you're punching in", "welke code u intoetst", "le code
# que vous composez", "איזה קוד אתה מקליד": the secret itself, whatever it opens
ENTERED_CODE = re.compile(
    r"(?i:\bcodes?\b[^.?!,;]{0,25}?\b(?:you(?:'ve| have|'re| are)? (?:been )?(?:enter|typ|key|punch|us|tr)\w*)|"
    r"\bcodes?\b[^.?!,;]{0,25}?\b(?:u|je|jij|jullie) (?:\w+ )?(?:in(?:toets|typ|voer)|gebruik|probeer)\w*|"
    r"\bcodes?\b[^.?!,;]{0,25}?\b(?:vous|tu) (?:\w+ )?(?:tap|saisi|entr|compos|utilis|essa)\w*)|"
    r"קוד[^.?!,;]{0,25}?(?:מקיש|מקישה|מקישים|מקליד|מקלידה|הקשת|הקלדת|מכניס|מכניסה|מנסה)")
# Which code it is, asked: "which code", "what code", "welke code", "quel code", "איזה קוד"
WHICH_CODE = re.compile(r"(?i:\b(?:which|what|welke|wat voor|quel)\s(?:\w+\s)?codes?\b)|(?:איזה|איזו|מה ה)\s?קוד")
# An ask towards an app, a site or a screen is an instruction, not a request to us ("enter it in the app").
ELSEWHERE = words(
    ["in(?:to)? (?:the|your|our) (?:\\w+ )?(?:app|website|site|portal|screen|field|box|form|page|account|router|modem|"
     "phone|handset|browser)", "on (?:the|our|your) (?:\\w+ )?(?:website|site|portal|screen|page|phone)",
     "(?:in|op) (?:de|het|uw|je|onze) (?:\\w+ )?(?:app|website|site|portal|scherm|veld|formulier|pagina|toestel|"
     "telefoon|modem|router)", "(?:dans|sur) (?:l'|la |le |votre |notre )(?:\\w+ )?(?:appli\\w*|site|portail|[ée]cran|"
     "champ|formulaire|page|espace client|t[ée]l[ée]phone|box)"],
    ["באפליקציה", "באתר", "במסך", "בשדה", "בטופס", "בעמוד", "באזור האישי", "בטלפון", "במכשיר"])
# Logging in with a password uses it; "please log in with your password" asks for nothing.
LOG_IN = words(["log(?:-| )?in", "log (?:\\S+ ){0,3}?in", "logt? (?:\\S+ ){0,3}?in", "sign(?:-| )?in", "inlogg\\w*",
                "connect(?:ez|er)(?:-vous)?", "se connecter", "identifiez-vous", "login"],
               ["התחבר", "התחברי", "להתחבר", "תתחבר", "תתחברי", "היכנס", "היכנסי", "להיכנס", "תיכנס", "תיכנסי"])
# Where a code is shown to the customer, not where to put it: "the gate code shown on your booking in the app",
# "de code die in de app staat", "le code affiché dans l'appli", "הקוד שמופיע באפליקציה" (an ask towards the app names
# it after its own verb: "enter it in the app")
SHOWN_IN = re.compile(r"(?<!\w)(?:shown|displayed|visible|listed|that appears|you see|te zien|vermeld|weergegeven|"
                      r"affich\w*|indiqu\w*|qui appara[iî]t|qui figure)(?!\w)[^,.;:!?]{0,50}|"
                      r"(?<![\u05d0-\u05ea])[שה]?(?:מופיע|מוצג)(?![\u05d0-\u05ea])[^,.;:!?]{0,40}", re.IGNORECASE)
# (or the one who says they need it: "I'd just need the code", "j'aurais besoin du code", "ik heb de code nodig")
TO_US = Words(r"\b(?:me|us|mij|ons|moi|nous)\b|\b(?:i|we)(?:'d| would|'ll| will)? (?:just |only |also |still )?need\b|"
              r"\bj'(?:ai|aurai|aurais) (?:\S+ )?besoin\b|\b(?:ik|we|wij) (?:heb|hebben|zou|zouden)\b.{0,60}?\bnodig\b|"
              r"\b(?:heb|hebben|zou|zouden) (?:ik|we|wij)\b.{0,60}?\bnodig\b",
              r"(?<![\u05d0-\u05ea])(?:לי|לנו|אליי|אלינו)(?![\u05d0-\u05ea])")
# Asking for something named before: "I've sent you a code. Please read it back to me." / "Wilt u die code
# voorlezen?" / "Pouvez-vous me le communiquer ?" / "תקריא לי אותו".
ASK_BACK = words(
    ["(?:read|tell|give|send|say|repeat|confirm|share|type|forward|pass|spell)(?: (?:me|us))?(?: (?:back|out))? "
     "(?:it|that|this|them|those|these|the (?:code|number|digits|pin))\\b", "(?:read|say|spell) (?:it|that|them) "
     "(?:out|back)", "(?:die|deze|de|dat|het|hem|ze)(?: (?:code|codes|cijfers|nummer|pincode))?(?: \\S+){0,3} "
     "(?:voorlezen|oplezen|doorgeven|noemen|geven|vertellen|sturen|delen|doorsturen|opgeven)",
     "(?:leest|lees|geeft|geef|noemt|noem|stuurt|stuur|zegt|zeg) (?:u |je )?(?:hem|die|deze|het|ze|de code)",
     # read out in the -ing form, the code named: "would you mind reading that code out to me?"
     "(?:read|say|spell)(?:ing)? (?:it|that|this|them|the|your)(?: \\S+)?? (?:code|number|digits|pin) (?:out|back)",
     # a Dutch subordinate clause puts the verb after where it goes: "als u het wachtwoord even hier in de chat zet"
     "(?:hier|in (?:de|deze|het) (?:chat|gesprek))(?: \\S+){0,2}? (?:zet|zetten|typt|typ|typen|plakt|plak|plakken|"
     "tikt|tik|tikken)\\b",
     # the code typed into the chat, named or by its digits: "typt u de zes cijfers uit die sms even hier in de chat"
     "(?:zet|typ|plak|tik|zetten|typen|plakken)t? (?:u |je )?(?:hem|die|deze|het|ze|de (?:\\S+ )?(?:code|cijfers))"
     "(?: \\S+){0,5} (?:hier|in (?:de|deze|het) (?:chat|gesprek))",
     "(?:put|paste|type|drop|pop|stick|key) (?:it|that|them|the "
     "(?:\\S+ )?(?:code|digits)) (?:\\S+ ){0,4}?(?:here|in(?:to)? (?:the|this) chat)",
     # Dutch puts the verb last: "Wilt u die hier in de chat typen?"
     "(?:hem|die|deze|het|ze|de (?:\\S+ )?(?:code|cijfers))(?: \\S+){0,3} (?:hier|in (?:de|deze|het) (?:chat|gesprek))"
     "(?: \\S+){0,2} (?:in)?(?:typen|zetten|plakken|vullen|tikken|sturen)",
     "(?:mettez|collez|tapez|[ée]crivez|recopiez|copiez|saisissez)-le (?:ici|dans (?:le|ce) chat)",
     "(?:mettez|collez|tapez|[ée]crivez|saisissez) (?:le|les) (?:\\S+ ){0,2}?(?:code|chiffres) (?:\\S+ ){0,4}?"
     "(?:ici|dans (?:le|ce) chat)",
     # "pouvez-vous me le recopier ici ?" copies the code into the chat as "me le lire" reads it out
     "(?:me|nous) (?:le|la|les|l')\\s?(?:\\S+ )?(?:recopi\\w*|tap\\w*|saisi\\w*|communiqu\\w*|donn\\w*|dire|dites|"
     "li(?:re|sez)|dict\\w*|transm\\w+|envoy\\w*|indiqu\\w*|confirm\\w*|r[ée]p[ée]t\\w*)",
     "(?:communiquez|donnez|dites|lisez|dictez|transmettez|envoyez|indiquez)-(?:le|la|les)-(?:moi|nous)",
     "(?:communiquez|donnez|dites|lisez|dictez)-(?:moi|nous) "
     "(?:ce|le|les|cette) (?:code|chiffres|num[ée]ro)"],
    # typed into the chat as written there: "תקליד אותו כאן"
    ["(?:תקריא|תקריאי|הקרא|הקריאי|להקריא|תגיד|תגידי|תמסור|תמסרי|למסור|תשלח|תשלחי|שלח|שלחי|תכתוב|תכתבי|תן|תני|"
     "תקליד|תקלידי|הקלד|הקלידי|להקליד)(?: לי| לנו)? (?:אותו|אותה|אותם|אותן|את הקוד|את זה|את הספרות|את המספר)"])
# Sending is asking only towards us: "send me your code", not "shall I send you a reset link".
SEND_TO_US = re.compile(
    r"(?<!\w)(?:send|forward|e-?mail|text|stuur|sturen|mail|envoy\w*|transf[ée]r\w*)\b.{0,40}?(?:\b(?:me|us|mij|"
    r"ons|moi|nous|here|hier|ici)\b|in (?:the|this|de|deze) chat|dans (?:le|ce) chat)|(?<![\u05d0-\u05ea])(?:ו)?"
    r"(?:שלח|תשלח|שלחי|תשלחי|לשלוח|העבר|תעביר)\S*\s.{0,30}?(?:לי|לנו|כאן|בצ'אט)(?![\u05d0-\u05ea])"
    # the one sent to before the verb: "als je me de code stuurt", "si vous m'envoyez le code"
    r"|(?<!\w)(?:me|mij|ons) (?:\S+ ){0,8}?(?:toe|door)?(?:stuurt|sturen|stuur|mailt|appt)\b"
    r"|(?<!\w)(?:m'|nous )(?:envoy|transmet|fai(?:tes|re) parvenir)\w*", re.IGNORECASE)
# A bare imperative to send or upload, no "me" or "please" needed: "Send a photo of your card to finish.", "Stuur
# even een foto van uw pas", "Envoyez une photo de votre carte", "צלם את כרטיס האשראי" (the clause begins with it).
BARE_SEND = re.compile(r"^\W*(?:(?:just|now|then|so|and|nu|dan|dus|en|alors|puis|et|donc)\s+)?"
                       r"(?:send|upload|forward|attach|stuur|upload|mail|envoy(?:ez|er)|transmettez|joignez|"
                       r"t[ée]l[ée]versez)\b"
                       r"|^\W*(?:ו)?(?:שלח|שלחי|תשלח|תשלחי|שלחו|תשלחו|צלם|צלמי|תצלם|תצלמי|צלמו|תצלמו|העלה|העלי|תעלה|תעלי)"
                       r"(?![\u05d0-\u05ea])", re.IGNORECASE)
ASK_SOFT = re.compile(r"\?|\b(?:please|alstublieft|graag|s'il vous pla[iî]t)\b|בבקשה|(?<![\u05d0-\u05ea])מה\s+ה", re.I)
# A wish put as a condition asks too: "it would help if you could add your passcode to the notes", "als u ... zou
# kunnen", "si vous pouviez", "אם תוכל" (not one that keeps it or says "never": "if you could keep your PIN safe").
POLITE_IF = re.compile(r"\bif you (?:could|would)\b|\bals (?:u|je|jij) (?:\S+ ){0,8}?(?:zou|zoudt|zouden) "
                       r"(?:\S+ ){0,4}?(?:kunnen|willen)\b|"
                       r"\bsi (?:vous|tu) (?:pouviez|pourriez|vouliez|pouvais|voulais)\b|"
                       r"(?<![\u05d0-\u05ea])אם (?:תוכל|תוכלי|תוכלו)(?![\u05d0-\u05ea])", re.I)
KEEP = re.compile(r"\b(?:keep|store|houd|hou|bewaar\w*|gard\w*|conserv\w*)\b|(?<![\u05d0-\u05ea])(?:ל|ת)?שמור\S*",
                  re.I)
# An ask without its verb: what is needed, then what the agent does with it: "Just your card number and the expiry
# date, and I'll put it through", "Alleen uw pincode, en ik regel het", "Juste votre mot de passe, et je m'en occupe",
# "רק את מספר הכרטיס, ואני מעבירה".
BARE_NEED = re.compile(r"^\W*(?:just|only|simply|alleen|enkel|gewoon|slechts|juste|simplement|seulement|uniquement)\s+"
                       r"(?:the|your|de|het|uw|je|le|la|les|l'|votre|vos)\b[^.!?]*?[\s,](?:and|en|et)\s+(?:i|we|ik|wij|"
                       r"je|j'|nous)\b|^\W*רק (?:את )?[^.!?]*?(?<![\u05d0-\u05ea])ו(?:אני|אנחנו)(?![\u05d0-\u05ea])",
                       re.IGNORECASE)
# A bare list that opens with "just" or "only", answering a question: "Just the number on your card and the code on
# the back.", "Alleen je kaartnummer en de code.", "Juste le numéro et le code.", "רק את מספר הכרטיס והקוד." to "What do
# you need from me?": what is needed, named without a verb.
BARE_LIST = re.compile(r"^\W*(?:just|only|simply|alleen|enkel|gewoon|slechts|juste|simplement|seulement|uniquement)\s+"
                       r"(?:the|your|de|het|uw|je|le|la|les|l'|votre|vos)\b|^\W*רק (?:את )?ה?[\u05d0-\u05ea]", re.I)
# A condition on what the customer already did reports it, asks nothing: "if you did share your password, change
# it", "si vous avez donné le code", "als u de code al hebt gegeven", "אם כבר מסרת את הקוד".
IF_YOU_DID = words(["if you (?:did|have|had|already|'ve|ever)\\b", "(?:si|s'il) (?:vous|tu) (?:l')?(?:avez|as|aviez)",
                    "als (?:u|je|jij) (?:\\S+ ){0,4}?(?:hebt|heeft|heb|had)\\b",
                    "(?:si|s'il) (?:vous|tu) (?:l')?(?:avez|as) d[ée]j[àa]"],
                   ["אם (?:כבר )?(?:מסרת|נתת|שלחת|שיתפת|הקלדת|מסרתם|נתתם)"])
RESET = words(["reset", "change", "forgot\\w*", "update", "wijzig\\w*", "herstel\\w*", "vergeten", "aanpassen",
               "opnieuw instellen", "r[ée]initialis\\w*", "modifi\\w+", "chang\\w+", "oubli\\w*"],
              ["לאפס", "איפוס", "לשנות", "שכחת"])

# -- the model talking about itself ---------------------------------------------------------------------------

RECITAL = phrases((
    r"\bmy (?:system )?(?:instructions|prompt|rules|guidelines|directives)\b",
    r"\b(?:the|this) system (?:prompt|instructions|message)\b", r"\binstructions (?:i|i've) (?:was |were )?given\b",
    r"\bas an? (?:ai|artificial intelligence|language model|large language model|llm|ai model|ai assistant)\b",
    r"\bi(?:'m| am) (?:just |only |merely )?(?:an? )?(?:ai|language model|large language model|llm|chatbot|bot)\b",
    r"\bi (?:was|have been|am) (?:told|instructed|programmed|prompted|asked) to\b", r"\bjson\b", r"passage_ids",
    r"\bi(?:'ve| have) been (?:told|instructed|programmed|briefed) (?:to|never to|not to)\b",
    # the brief by its other names: "mon cahier des charges est assez commercial"
    r"\b(?:mon|ma|mes) (?:\w+ )?(?:cahier des charges|feuille de route)\b",
    r"\bnonce\b", r"<<<|>>>", r"\b(?:transcript|knowledge|guidance|context) blocks?\b",
    r"\bmijn (?:instructies|regels|richtlijnen|opdracht|systeeminstructies)\b",
    r"\bals (?:een )?(?:ai|ai-)?(?:taalmodel|ai-model|chatbot|ai-assistent|kunstmatige intelligentie)\b",
    r"\bik ben (?:maar )?(?:een )?(?:ai|taalmodel|chatbot|ai-model)\b", r"\bik (?:ben|werd) (?:ge[iï]nstrueerd|"
    r"geprogrammeerd)\b", r"\bsysteeminstructies\b",
    r"\bmes (?:instructions|consignes|r[èe]gles|directives)\b", r"\binstructions? (?:du )?syst[èe]me\b",
    r"\ben tant qu(?:e |')\s?(?:\w+ )?(?:ia|intelligence artificielle|mod[èe]le de langage|assistant (?:virtuel|ia|"
    r"num[ée]rique)|chatbot|robot)\b",
    r"\bje suis (?:une ia|un mod[èe]le de langage|un chatbot|une intelligence artificielle)\b",
    r"\bon m'a (?:demand[ée]|programm[ée]|ordonn[ée])\b",
    # who set the assistant up and what they told it: "the people who configured me told me to", "here's my brief
    # word for word", "mij is opgedragen", "dat is mijn script", "ceux qui m'ont configuré", "הגדירו לי"
    r"\b(?:configured|programmed|set up|built|trained|instructed|briefed) me\b", r"\bmy (?:brief|briefing|script|"
    r"setup|set-up|configuration|orders)\b", r"\b(?:is )?mij (?:\w+ )?opgedragen\b", r"\bis mij (?:\w+ )?opgedragen\b",
    r"\bmijn (?:script|briefing|instellingen|configuratie)\b", r"\b(?:mij|me) (?:zo )?(?:geprogrammeerd|ingesteld|"
    r"geconfigureerd)\b", r"\bmon (?:script|brief|briefing|param[ée]trage)\b",
    r"\bm'ont (?:configur[ée]e?|programm[ée]e?|param[ée]tr[ée]e?|brief[ée]e?)\b",
    r"\bon m'a (?:configur[ée]|param[ée]tr[ée]|dit de ne)\b",
    r"\b(?:who|that) (?:\w+ )?(?:set|setting) me up\b",  # "the folks who set me up told me to ..."
    # the assistant's own setup, said in the passive: "I've been set up to", "ik ben zo ingesteld dat", "je suis
    # paramétré pour", "הוגדרתי ל"; how it was made to behave is its brief, in any words
    r"\bi(?:'ve| have)? (?:been|was|am|'m) (?:\w+ )?(?:set up|configured|programmed|instructed|designed|built) "
    r"(?:to|so that|never to|not to)\b",
    r"\b(?:ik (?:ben|werd)|(?:ben|werd) ik) (?:zo )?(?:\w+ )?(?:ingesteld|geconfigureerd|geprogrammeerd|afgesteld|"
    r"ge[iï]nstrueerd) "
    r"(?:om|dat|zodat|op)\b",
    r"\b(?:je suis|j'ai [ée]t[ée]) (?:\w+ )?(?:param[ée]tr[ée]|programm[ée]|configur[ée]|r[ée]gl[ée]|con[çc]u|"
    r"instruit)e? (?:pour|de fa[çc]on [àa]|afin de)\b",
    # a note for the model left in the draft, in brackets or an HTML comment: "[interne notitie voor het model: ...]",
    # "<!-- system prompt: ... -->", "[note système : ...]"
    r"<!--", r"\[\s?(?:(?:interne?|internal|hidden|system|systeem|model) )?(?:note|notitie|notes|memo|opmerking|"
    r"remarque|instructions?|instructies?|consignes?|prompt|systeemprompt)\b",
    # or in a tag a customer never sees in a reply: "<internal>...</internal>", "<<SYS>>", "[INST]", "<notitie>"
    r"<{1,2}\s?/?\s?(?:internal|interne?|system|sys|systeem|syst[èe]me|hidden|note|notes|notitie|memo|admin|prompt|"
    r"instructions?|instructies|consignes?|context|briefing)\b[^<>]{0,40}>", r"\[/?(?:INST|SYS|SYSTEM)\]",
    # the brief named as what was received: "according to the sales brief I got", "volgens de verkoopbriefing die ik
    # kreeg", "d'après le brief commercial que j'ai reçu", "לפי תדריך המכירות שקיבלתי"
    r"\bthe (?:\w+ )?(?:brief|briefing|script|playbook) (?:i|we)(?:'ve| have)? (?:got|received|was given|were given|"
    r"have been given)\b", r"\b(?:de|het) (?:\w+)?(?:briefing|script|draaiboek) (?:die|dat) (?:ik|we|wij) "
    r"(?:kreeg|kregen|heb gekregen|hebben gekregen|meekreeg)\b",
    r"\b(?:le|la) (?:brief|briefing|script|consigne)(?: \w+)? (?:que j'ai re[çc]u|qu'on m'a (?:donn[ée]|transmis))",
    r"(?<![\u05d0-\u05ea])(?:ב|מה|לפי ה?|ה)?(?:תדריך|תסריט|הנחיות|הוראות|תדרוך)(?: \S+)? ש(?:קיבלתי|קיבלנו|נתנו לי|"
    r"העבירו לי)(?![\u05d0-\u05ea])",
    # (in round brackets with the word that makes it one: "(internal note: ...)", "(note interne : ...)", "(note to
    # self: ...)")
    r"\(\s?(?:interne?|internal|hidden|private|verborgen|priv[ée]e?|cach[ée]e?) (?:note|notitie|notes|memo|"
    r"opmerking|remarque)\b", r"\(\s?(?:note|notitie|notes|memo|opmerking|remarque) (?:interne?|intern|cach[ée]e|"
    r"priv[ée]e|verborgen)\b", r"\b(?:note|notes|memo) to (?:self|myself)\b", r"\bnotitie voor (?:mezelf|mijzelf)\b",
    r"\bnote (?:pour|à) moi-m[êe]me\b",
    # a brief kept from the customer, or one written for the assistant: "the confidential brief says", "interne briefing
    # voor het model", "le brief caché", "per the sales brief"
    r"\b(?:hidden|secret|internal|confidential|verborgen|geheime?|interne?|vertrouwelijke?|cach[ée]e?|"
    r"secr[èe]te?|confidentiel(?:le)?) (?:\w+ )?(?:brief|briefing|instructions?|instructies?|consignes?)\b",
    r"\b(?:brief|briefing|instructions?|instructies?|consignes?) (?:\w+ )?(?:cach[ée]e?s?|secr[èe]te?s?|internes?|"
    r"confidentielles?)\b",
    r"\b(?:brief|briefing|instructions?|instructies?|consignes?) (?:for|voor|pour) (?:the|de|het|l'|la|le) ?(?:ai|"
    r"assistant|assistent|model|modèle|bot|chatbot)\b", r"\b(?:ops|operations|sales|verkoop|commercial|"
    r"commerciële|commerciale) (?:brief|briefing)\b",
    # told so behind the scenes: "achter de schermen is mij meegegeven dat ik ...", "behind the scenes I was told"
    r"\b(?:achter de schermen|intern) (?:is |werd |heeft )?(?:mij|me) (?:\w+ )?(?:meegegeven|opgedragen|gevraagd|"
    r"ingeprent)\b", r"\bis (?:mij|me) (?:\w+ ){0,3}?meegegeven dat ik\b",
    r"\bbehind the scenes,? (?:i(?:'ve| have| was| am)|they(?:'ve| have)?) (?:been )?(?:told|asked|instructed|"
    r"briefed)\b",
    r"\b(?:en coulisses|en interne),? on m'a (?:demand[ée]|dit|briefée?)\b",
    r"['\"“«]\s?(?:you are|je bent|u bent|vous [êe]tes|tu es) [A-Z]\w+",
    r"מי ש(?:הגדיר|הגדירה|הגדירו|תכנת|תכנתה|תכנתו|הפעיל|הפעילה|הפעילו) אותי|"
    r"מאחורי הקלעים (?:ביקשו|אמרו|הורו) (?:לי|ממני)",
    r"התסריט שלי|ההנחיות שלי|ההוראות שלי|תכנתו אותי|הגדירו אותי|הגדירו לי|הורו לי|קיבלתי הוראה|קיבלתי הנחיה",
    # with a prefix letter, and the briefing by its name: "בתדריך שלי כתוב", "בהנחיות שלי", "לפי התסריט שלי"
    r"(?<![\u05d0-\u05ea])(?:ב|מה|לפי ה|ש?ב)?(?:תדריך|תסריט|הנחיות|הוראות|תדרוך) שלי(?![\u05d0-\u05ea])",
    # (with the word that hides it, and the internal note left in brackets: "ההנחיות הסודיות שלי", "(הערות פנימיות:
    # ...)")
    r"(?<![\u05d0-\u05ea])(?:ב|מה|לפי ה|ש?ב|ו|כי )?ה?(?:תדריך|תסריט|הנחיות|הוראות|תדרוך) ה?(?:נסתר|נסתרות|סודי|"
    r"סודיות|פנימי|פנימיות|חסוי|חסויות)(?![\u05d0-\u05ea])", r"[\[(]\s?הער(?:ה|ות) (?:פנימי|פנימית|פנימיות|לעצמי)",
    # the brief itself, as the one briefed tells it: "I was briefed to keep answers vague", "I'm also told not to",
    # "Fitmora heeft me een set afspraken meegegeven", "ביקשו ממני לא לאשר"
    r"\bi (?:was|have been|am|'ve been) briefed to\b", r"\bi(?:'m| am) (?:also )?(?:told|instructed) (?:not )?to\b",
    r"\b(?:heeft|hebben) (?:me|mij) (?:\w+ ){0,3}?(?:afspraken|regels|instructies|richtlijnen) meegegeven\b",
    r"ביקשו ממני (?:לא )?ל|הנחו אותי|קיבלתי (?:הוראות|הנחיות|הנחיה|הוראה) ל",
    # an instruction received, told the customer: "ik heb de instructie gekregen om ...", "I've been given
    # instructions to", "j'ai pour consigne de", "on m'a donné la consigne de"
    r"\b(?:ik heb|heb ik) (?:\w+ )?(?:de |een |duidelijke )?(?:instructies?|opdracht|aanwijzing(?:en)?) "
    r"(?:\w+ )?gekregen (?:om|dat|van)\b",
    # (or held, not said to be received: "ik heb de opdracht om ...", "I have instructions to", "יש לי הוראה ל")
    r"\b(?:ik heb|heb ik) (?:\w+ )?(?:de |een |duidelijke )?(?:instructies?|opdracht|aanwijzing(?:en)?) om\b",
    r"\bi (?:have|'ve got|have got) (?:clear |strict )?(?:instructions?|orders) (?:to|not to|never to)\b",
    r"יש לי (?:הוראה|הוראות|הנחיה|הנחיות) (?:ברורה |ברורות )?(?:ל|לא ל)",
    r"\bi(?:'ve| have)? (?:been given|received|got|was given|were given) (?:the |an |clear )?(?:instructions?|orders?|"
    r"directives?) (?:to|not to|never to)\b",
    r"\bj'ai (?:re[çc]u )?(?:pour |la |une |des )?(?:consignes?|instructions?) (?:de|d')\b",
    r"\bon m'a donn[ée] (?:la |une |pour )?(?:consigne|instruction)\b",
    # the system prompt's own subjects, in any of the four languages (the drafts for the agent: ``DRAFTS_FOR_AGENT``)
    r"\byou are (?:a|an) (?:helpful |friendly )?(?:assistant|ai|language model|chatbot)\b",
    r"\b(?:je|jij|u) (?:bent|ben) (?:een )?(?:behulpzame )?(?:assistent|ai|taalmodel)\b",
    r"\b(?:tu es|vous [êe]tes) un (?:assistant|mod[èe]le de langage|chatbot)\b",
    # its instructions with an adjective between ("my original instructions", "mes consignes internes")
    r"\bmy (?:\w+ ){0,2}(?:system ?)?(?:instructions?|prompt|guidelines|directives?)\b",
    r"\bmy (?:original|actual|real|internal|"
    r"hidden|secret|initial|full|exact|own) (?:\w+ )?(?:rules|task|orders|brief|assignment)\b",
    r"\bmijn (?:\w+ ){0,2}(?:systeem)?(?:instructies?|richtlijnen|prompt|opdracht)\b",
    r"\b(?:ma|mon|mes) (?:\w+ ){0,2}?(?:instructions?|consignes?|prompt) (?:syst[èe]me|de base|interne)s?\b",
    r"\bmijn (?:oorspronkelijke|eigenlijke|interne|echte|geheime|verborgen|volledige|originele|eigen) (?:\w+ )?"
    r"(?:opdracht|taak|regels|instructie)\b",
    r"\b(?:mes|mon|ma) (?:\w+ )?(?:instructions|consignes|r[èe]gles|directives|prompt|mission|t[âa]che)s?"
    r" (?:internes?|initiales?|originales?|secr[èe]tes?|cach[ée]es?|d'origine|syst[èe]me)\b",
    # told to drop its instructions, in any order and tense
    r"\b(?:ignor|disregard|forg[eo]t|overrid|negeer|negeren|genegeerd|vergeet|vergeten|j'ignore|oubli)\w* (?:\w+ ){0,2}"
    r"(?:instructions|instructies|prompts?|consignes|opdrachten)\b", r"\b(?:previous|prior|earlier|above|former|vorige|"
    r"eerdere|voorgaande|pr[ée]c[ée]dentes|ant[ée]rieures) (?:instructions|instructies|prompts?|consignes|r[èe]gles|"
    r"regels|rules) (?:\w+ )?(?:ignored|disregarded|forgotten|overridden|genegeerd|vergeten|ignor[ée]es|oubli[ée]es)\b",
    # a hidden block left in the draft: "[SYSTEEM — niet tonen: ...]", "### Consignes internes (ne pas afficher)"
    r"\[\s?(?:system|systeem|syst[èe]me|מערכת)\b", r"(?:^|\n)\s*#+\s?[^\n]{0,30}?\b(?:consignes|instructions?|"
    r"instructies|richtlijnen|guidelines|prompt|system|systeem|syst[èe]me)\b",
    r"[\[(—–-]\s?(?:niet tonen|not to be shown|do not (?:show|display)|ne pas (?:afficher|montrer)|לא להצגה|לא להציג)",
    r"(?:niet tonen|not to be shown|do not (?:show|display)|ne pas (?:afficher|montrer)|לא להצגה|לא להציג)\s?[)\]:]",
    # who the assistant is told it is: "Tu es l'assistant Rovanta", "Je bent RovantaAssist", "אתה העוזר של"
    r"\b(?:tu es|vous [êe]tes) l['’]assistant\b", r"\byou are the (?:\w+ )?assistant\b",
    r"\b(?:je|jij) bent (?:de )?\w*assist\w*\b", r"אתה העוזר",
    # the brief it works from: "a brief I was set up with", "de briefing die ik heb meegekregen"
    r"\b(?:brief|briefing|instructions|script|rules|guidance|guidelines) (?:that )?i(?:'ve| have)? "
    r"(?:was |were |been )?(?:set up with|given|handed)\b",
    r"\bwhat i(?:'m| am| was| have been|'ve been) (?:set up|configured|briefed|programmed) with\b",
    # instructions kept in the background: "in mijn achtergrondinstructies staat", "my background guidance"
    r"\b\w*achtergrond(?:instructies|richtlijnen|regels)\b", r"\bbackground (?:instructions|guidance|guidelines|"
    r"rules|briefing)\b", r"\b(?:consignes|instructions) d['’]arri[èe]re-plan\b", r"הנחיות (?:ה)?רקע",
    # a standing order, told as one: asked to do a thing in every conversation ("on me demande de proposer la
    # batterie dans chaque conversation", "I'm supposed to mention the plan in every chat"), or told never to admit
    # a mistake ("de ne jamais reconnaître une erreur", "never to admit a fault")
    r"\bon me (?:demande|dit|charge|pousse) d[e']\b[^.]{0,80}?\b(?:dans|à|pour|avec) (?:chaque|toutes? les|tous les) "
    r"(?:conversations?|appels?|clients?|[ée]changes?|discussions?|chats?)\b",
    r"\bi(?:'m| am| was) (?:asked|told|supposed|meant|expected|required) to\b[^.]{0,80}?\b(?:in|on|to|with) "
    r"(?:every|each|all) (?:conversations?|calls?|chats?|customers?)\b",
    r"\b(?:men vraagt (?:mij|me)|er wordt (?:mij|me) gevraagd|ik moet|ik hoor|ik word geacht)\b[^.]{0,80}?\b(?:in|bij|"
    r"aan) (?:elk|ieder|elke|iedere|alle) (?:gesprek|gesprekken|klant|klanten|chat)\b",
    r"(?:מבקשים ממני|ביקשו ממני|אני אמור|אני אמורה)[^.]{0,80}?(?:בכל שיחה|לכל לקוח|בכל פנייה|בכל צ'אט)",
    r"\b(?:to never|never to|not to) (?:admit|acknowledge|concede|own up to) (?:a|an|any|our|the) (?:\w+ )?"
    r"(?:mistake|error|fault)s?\b",
    r"\bnooit (?:een |enige )?(?:\w+ )?(?:fout|fouten|vergissing) (?:toe te geven|te erkennen)\b",
    r"\bde ne jamais (?:reconna[îi]tre|admettre|avouer) (?:une|d'|aucune|nos|l')\s?(?:\w+ )?(?:erreurs?|fautes?)\b",
    r"(?:לעולם )?לא להודות (?:ב)?(?:טעות|טעויות|אשמה)",
    # a settings dump, one snake_case key a line: "- max_discount: 19%"
    r"(?m:^\s*[-*•]\s*[a-z]+_[a-z]+\s*:)",
    r"\b(?:briefing|instructies|opdracht) die ik (?:heb )?(?:meegekregen|gekregen)\b",
    r"\b(?:consignes|instructions) qu['’]on m['’]a (?:donn[ée]es|fix[ée]es)\b", r"ההנחיות שקיבלתי",
    r"\b(?:intern\w*|internal)\b[^.!?]{0,80}?\b(?:prompt|systeemprompt)\b", r"\b(?:mon|ma|mijn) (?:\w+ )?prompt\b",
    r"\b(?:du|van de|uit de|de la|in de) prompt\b", r"\bprompt v\d",
    r"(?-i:\b[a-z]+(?:_[a-z]+){2,}\b)", r"\b(?:developer|god|dan) mode\b",
    r"\bontwikkelaarsmodus\b", r"\bmode d[ée]veloppeur\b", r"\bjailbr[eo]\w*",
    # how it was made to answer
    r"\bi(?:'m| am| was| have been) (?:configured|set up|designed|built|trained|tuned|told) to\b",
    r"\b(?:rules|instructions|guidelines) (?:that )?i (?:follow|have to follow|must follow|was given|received|got)\b",
    r"\bik ben (?:zo )?(?:ingesteld|geconfigureerd|ontworpen|getraind|geprogrammeerd) (?:om|dat|op)\b",
    r"\b(?:regels|instructies|richtlijnen) die ik (?:moet volgen|volg|heb gekregen|kreeg)\b",
    r"\bje suis (?:configur[ée]e?|con[çc]ue?|programm[ée]e?|entra[iî]n[ée]e?) pour\b",
    r"\b(?:r[èe]gles|consignes|instructions) que (?:je dois suivre|je suis|j'ai re[çc]ues?|on m'a donn[ée]es)\b",
    # the system prompt's role, said to the model
    r"\byou (?:help|assist|support|are helping|are assisting) (?:a|an|the) (?:[\w-]+ )?(?:agent|representative|rep|"
    r"advisor|employee)s?\b", r"\byour (?:job|task|role) is to (?:help|assist|draft|suggest)\b",
    r"\b(?:je|jij|u) (?:helpt|ondersteunt|assisteert) (?:een|de) (?:\w+)?(?:medewerker|agent|adviseur)s?\b",
    r"\b(?:tu|vous) (?:assistes|assistez|aides|aidez) (?:un|une|le|la|les) (?:\w+ )?(?:conseill[eè]re?|agent|"
    r"t[ée]l[ée]conseill[eè]re?)s?\b",
), (
    r"(?:ה|מה)?פרומפט", r"\[\s?הער(?:ה|ת|ות)\b",
    r"טיוטות? (?:ל|עבור )(?:ה)?נציג", r"את(?:ה)? עוזר(?:ת)? (?:וירטואלי|AI|בינה)",
    r"(?:ה)?(?:הוראות|הנחיות|כללים|חוקים)(?: ה\S+){0,2} (?:שלי|המערכת|שקיבלתי|שניתנו לי)", r"כמודל שפה",
    r"אני (?:רק )?(?:מודל שפה|בינה מלאכותית|בוט|צ'אטבוט)", r"כבינה מלאכותית", r"תוכנתתי", r"הונחיתי",
    r"כ(?:עוזר|עוזרת|מודל|בוט|צ'אטבוט)(?: \S+)? (?:בינה מלאכותית|AI|וירטואלי|וירטואלית|דיגיטלי|שפה)",
    r"אני (?:רק )?(?:עוזר|עוזרת) (?:בינה מלאכותית|AI|וירטואלי|וירטואלית|דיגיטלי|דיגיטלית)",
    r"(?:אני )?(?:מתוכנת|מתוכנתת|מוגדר|מוגדרת|אומנתי|הוגדרתי) (?:ל|כך ש)",
    r"(?:הכללים|ההוראות|ההנחיות) ש(?:אני )?(?:חייב|חייבת|צריך|צריכה) (?:לציית|לפעול|לעקוב)",
    r"(?:מתעלם|מתעלמת|התעלמתי|אתעלם|נתעלם|להתעלם|תתעלם|שוכח|שוכחת|שכחתי|אשכח|תשכח)\S* (?:מ|מה|את ה|את כל ה)?"
    r"(?:הוראות|הנחיות|כללים)", r"מצב (?:ה)?מפתח(?:ים)?", r"(?:אתה|את) (?:עוזר|עוזרת|מסייע|מסייעת) (?:ל-?)?נציג",
    r"(?<![\u05d0-\u05ea])(?:הוגדרתי|תוכנתתי) (?:\S+ )?(?:ל|כך ש)",
))

# The drafts for the agent, named in the draft's own text ("here is a draft for the agent"), recite what the
# assistant was set up to do. A rationale is written to the agent and may say what it is: "Draft for the agent based
# on the conversation and the knowledge base" is why the card is shown, not a recital.
DRAFTS_FOR_AGENT = phrases((
    r"\b(?:the|de|l'|le)\s?(?:agent|medewerker|agente?|conseill[eè]re?)\b.{0,40}\b(?:drafts?|concept(?:en)?|"
    r"brouillons?)\b",
    r"\b(?:drafts?|concept(?:en)?|brouillons?)\b.{0,40}\b(?:for|voor|pour) (?:the|de|l'|le|la)\s?(?:agent|medewerker|"
    r"agente?|conseill[eè]re?)\b",
))
# What the assistant itself may and must do, told as a list: "ik mag geen korting boven de 6% geven, ik moet eerst
# ... aanbieden, en ik mag niet zeggen dat ...". Three such rules of its own in one draft recite its brief.
OWN_RULE = phrases((r"\bi(?:'m| am) not allowed to\b", r"\bi(?:'m| am) (?:only )?allowed to\b",
                    r"\bi must(?:n't| not)?\b",
                    r"\bi(?:'m| am) (?:not )?supposed to\b", r"\bik mag (?:geen|niet|alleen|nooit|pas)\b",
                    r"\bik moet\b", r"\bje (?:dois|ne dois pas|n'ai pas le droit de|ne peux pas dire)\b",
                    r"\bje suis cens[ée]e? (?:ne pas )?\b"),
                   (r"אסור לי", r"אני (?:חייב|חייבת|אמור|אמורה) ", r"מותר לי"))
# What the assistant was told to keep from the customer, told to the customer: "never reveal that the lift is
# broken", "ik mag nooit verklappen dat ...", "ne jamais avouer que ...", "לא להודות ש...". A reply that names what it
# must hide recites its brief, whatever the rules are (not "I can't say that it will come tomorrow": no rule's
# infinitive).
CONCEALED = phrases((r"\b(?:not|never|don't|do not) (?:to )?(?:admit|reveal|disclose|let on|own up)\b",
                     r"\bnot to (?:mention|tell (?:you|customers|anyone)|say|bring up) that\b",
                     r"\b(?:niet|nooit) (?:\w+ )?(?:toegeven|verklappen|onthullen|prijsgeven)\b",
                     r"\b(?:mag|moet|mogen|moeten) (?:\w+ )?(?:niet|nooit) (?:\w+ )?"
                     r"(?:zeggen|vertellen|melden|noemen) dat\b",
                     r"\bne (?:pas|jamais) (?:dire|avouer|r[ée]v[ée]ler|admettre|mentionner|signaler|"
                     r"reconna[iî]tre) qu"),
                    (r"(?<![\u05d0-\u05ea])ו?(?:לא|אסור|אף פעם לא) (?:לספר|להודות|לגלות|להזכיר|להגיד|לציין) "
                     r"(?:ל\S+ )?ש[\u05d0-\u05ea]",))
# A rule about the customer, in the third person, recited to them: "don't mention the 5-day term unless the customer
# insists", "tenzij de klant ernaar vraagt", "sauf si le client insiste", "אלא אם הלקוח שואל"; or the draft's own
# notes as data ('{"internal_note": ...}'). A reply speaks to the customer, it does not lay down when to tell them.
RULE_ABOUT_CUSTOMER = phrases(
    (r"\b(?:unless|only if|only when|except when|except if) (?:the )?(?:customer|client|caller|user)s? (?:\w+ )?"
     r"(?:asks?|insists?|requests?|mentions?|brings? it up|raises? it|complains?|pushes?)\b",
     r"\b(?:tenzij|behalve als|behalve wanneer|alleen als|alleen wanneer) de (?:klant|beller|gebruiker) (?:\w+ )?"
     r"(?:vraagt|aandringt|ernaar vraagt|erom vraagt|het vraagt|klaagt|doorvraagt)\b",
     r"\b(?:sauf si|à moins que|seulement si|uniquement si) (?:le |la )?(?:client|cliente|l'utilisateur) (?:\w+ )?"
     r"(?:insiste|demande|le demande|le réclame|en parle|se plaint)\b", r'\{\s*"[\w ]{1,40}"\s*:',
     # or with no one named, what not to bring up in the rule's own shorthand: "not mention the 14 days unless
     # asked", "niet noemen tenzij ernaar gevraagd wordt", "ne pas en parler sauf si on le demande", "לא להזכיר ...
     # אלא אם שואלים"
     r"\b(?:not|never) (?:to )?(?:mention|bring up|raise|tell|say|offer)\b[^.!?]{0,60}?\bunless (?:specifically |"
     r"explicitly )?asked\b",
     r"\b(?:niet|nooit) (?:\w+ )?(?:noemen|vertellen|zeggen|vermelden|aanbieden|melden)\b[^.!?]{0,30}?"
     r"\btenzij (?:er ?)?"
     r"(?:expliciet |specifiek )?(?:naar|om) (?:wordt )?gevraagd\b",
     r"\b(?:ne pas|jamais) (?:en )?(?:parler|mentionner|dire|évoquer|proposer)\b[^.!?]{0,60}?\b(?:sauf|à moins qu) "
     r"(?:si |qu')?on (?:me |nous )?(?:le |en )?(?:demande|réclame)\b",
     # the customer's file note read out, in brackets with what staff must not give: "[late payer, no discount]",
     # "[geen korting meer]", "[ne plus créditer]"
     r"\[[^\]]{0,120}?(?:\b(?:do not|don't|never|no)\s+(?:give|offer|compensate|refund|credit|discount|reimburse|"
     r"waive)\w*|\b(?:niet|nooit|geen)\s+(?:meer\s+)?(?:geven|vergoeden|compenseren|crediteren|terugbetalen|aanbieden|"
     r"korting)|\bne\s+(?:pas|jamais|plus)\s+(?:donner|offrir|rembourser|d[ée]dommager|compenser|accorder|cr[ée]diter))"
     r"[^\]]{0,120}\]"),
    (r"(?:אלא אם|רק אם|רק כאשר) (?:כן )?(?:ה)?(?:לקוח|לקוחה|משתמש) (?:\S+ )?(?:שואל|שואלת|מבקש|מבקשת|מתעקש|מתעקשת|"
     r"מתלונן|מתלוננת)",
     r"(?:לא|אל|ולא) (?:להזכיר|לספר|להגיד|לציין|להציע|להעלות)[^.!?]{0,60}?(?:אלא אם|רק אם|רק כאשר) (?:כן )?"
     r"(?:שואלים|מבקשים|מתעקשים|מתלוננים)",
     # the customer's file note read out, in brackets with what staff must not give: "[..., אין להציע הנחה]"
     r"\[[^\]]{0,120}?(?:לא|אין|אסור) ל(?:תת|פצות|זכות|החזיר|הציע|אשר)(?![\u05d0-\u05ea])[^\]]{0,120}\]",))
# Placeholders, named to the customer: the system prompt's word for them. The rationale speaks to the agent, who may
# read that the draft reuses the placeholders the conversation issued; only the text is judged.
PLACEHOLDER_TALK = phrases((r"\bplaceholders?\b", r"\btijdelijke aanduidingen?\b", r"\bespaces? r[ée]serv[ée]s?\b"),
                           (r"מציי?ני? מקום",))
# The system prompt paraphrased: two of its subjects in one draft ("an agent in a contact centre" and "reply
# suggestions", "the knowledge base" and "the customer's language"). One alone is ordinary talk.
# A quick look for any of them first: most drafts name none.
META_HINT = re.compile(r"cent(?:er|re)|contactcenter|klantcontact|sugges|propositions|knowledge|kennisbank|"
                       r"connaissances|language|taal|langue|invent|verzin|reveal|disclose|noem nooit|r[ée]v[èe]l|"
                       r"divulg|מוקד|תשוב|טיוט|מאגר|שפת|להמציא|תמציא|לחשוף|תחשוף", re.IGNORECASE)
META = (
    Words(r"\b(?:contact ?cent(?:er|re)|call ?cent(?:er|re)|contactcenter|klantcontactcentrum|centre de contact|"
          r"centre d'appels)\b", r"מוקד"),
    Words(r"\b(?:(?:reply|answer|response) suggestions|suggest(?:ed)? (?:short )?(?:replies|answers)|"
          r"(?:korte )?antwoordsuggesties|suggesties voor antwoorden|(?:suggestions|propositions) de r[ée]ponses?)\b",
          r"הצעות (?:ל)?תשוב(?:ה|ות)|טיוטות"),
    Words(r"\b(?:knowledge base|kennisbank|base de connaissances)\b", r"מאגר (?:ה)?ידע"),
    Words(r"\b(?:(?:in )?the customer's language|(?:de )?taal van de klant|(?:la )?langue du client)\b",
          r"(?:ב)?שפת הלקוח"),
    Words(r"\b(?:never (?:invent|make up) (?:prices|discounts|facts|information|data)|(?:verzin|verzint) nooit|"
          r"n'invente(?:z|s)? jamais|never (?:reveal|disclose) (?:these|the|your|my) (?:instructions|rules)|noem nooit "
          r"(?:je|uw|de) (?:interne )?regels|ne (?:r[ée]v[èe]le|divulgue)(?:z|s)? jamais)\b",
          r"(?:לא|אל) (?:להמציא|תמציא)|(?:לא|אל) (?:לחשוף|תחשוף) את (?:ה)?(?:הוראות|הנחיות)"),
)

# -- someone else's personal data -------------------------------------------------------------------------------

_CAPITAL = (r"(?:(?:van|de|der|den|le|la|du|von|ben|el)\s+)*[A-Z][\w'-]+"
            r"(?:\s+(?:(?:van|de|der|le|la|du)\s+)*[A-Z][\w'-]+)?")
# Honorific names start with a capital in Latin script ("mevrouw heeft" is no name), so only the title
# ignores case.
HONORIFIC_NAME = re.compile(
    rf"(?<!\w)(?i:mr|mrs|ms|miss|mx|dr|mister|meneer|mevrouw|dhr|mevr|mw|de heer|monsieur|madame|mademoiselle|"
    rf"mme|mlle|herr|frau)\.?\s+({_CAPITAL})|(?<!\w)M\.\s+({_CAPITAL})|(?<![{HE_LETTER}])(?:ל|ה|ו|ש)?"
    rf"(?:מר|גברת|גב'|הגב'|אדון|הגברת)\s+([{HE_LETTER}]{{2,}}(?:\s+[{HE_LETTER}]{{2,}})?)")
# A name right after a word for someone else ("another customer, Jan de Boer", "הלקוח הקודם דוד כהן").
PERSON_CUE = re.compile(
    r"(?<!\w)(?i:(?:another|other|previous|last|next) (?:customer|client|caller)|(?:vorige|andere|een andere) "
    r"(?:klant|beller)|(?:client|cliente?) (?:pr[ée]c[ée]dente?|suivante?)|autre client|(?:your|uw|je|votre|ta) "
    r"(?:neighbou?r|buurman|buurvrouw|voisine?)|(?:his|her|zijn|haar|son|sa) (?:name is|naam is)|(?:hij|zij) heet|"
    r"(?:il|elle) s'appelle|(?:previous|former|last) (?:tenant|occupant|resident|owner|subscriber)|(?:vorige|eerdere) "
    r"(?:bewoner|huurder|eigenaar|abonnee)|(?:ancien|ancienne|pr[ée]c[ée]dent|pr[ée]c[ée]dente) (?:locataire|"
    r"occupante?|propri[ée]taire|abonn[ée]e?)|(?:your|uw|je|vos|tes) (?:neighbou?rs|buren|bovenburen|onderburen|"
    r"voisins)|(?:the )?(?:customer|client|caller) (?:before|after) you|de (?:klant|beller) (?:voor|na) u|"
    r"le client (?:avant|apr[èe]s) vous|"
    # one of the company's customers named to another: "our customer Jane Doe", "onze klant Els Vos", "notre cliente
    # Anne Roux", "one of our members, Tom Gray"
    r"(?:our|onze|notre|nos|one of our|een van onze|une? de nos) (?:customers?|clients?|clientes?|klanten|klant|"
    r"members?|leden|lid|brides?|bruid|bruiden|mari[ée]es?|patients?|pati[ëe]nt(?:en|e|es)?)"
    r")\b[,:]?\s+(" + _CAPITAL + r")|(?<![\u05d0-\u05ea])(?:ה)?(?:לקוח(?:ה)? "
    r"(?:אחר|אחרת|הקודם|הקודמת|נוסף|נוספת|שלפניך|שאחריך)|השכן|השכנה|השכנים|שמו|שמה|(?:ה)?דייר(?:ת)? (?:ה)?קוד(?:ם|מת))"
    r"(?: שלך| שלכם)?[,:]?\s+([\u05d0-\u05ea]{2,})")
# The same in Hebrew, the name set off by a comma after the customer, bride or patient of ours a few words name, a
# first and last name with where they come from (or a colon) after it: "הכלה מהחודש שעבר, ליהי אברג'יל מחצור הגלילית"
HE_CUSTOMER_NAMED = re.compile(
    r"(?<![\u05d0-\u05ea])ה?(?:לקוחה|לקוח|לקוחות|כלה|כלות|מטופלת|מטופל|מטופלות|חברת מועדון)(?: שלנו)?"
    r"(?: [\u05d0-\u05ea\"'-]+){0,3}?,\s+([\u05d0-\u05ea]{2,}\s[\u05d0-\u05ea'\"-]{2,})"
    r"(?=\s+מ[\u05d0-\u05ea]{2,}|\s*[:(])")
# What a person close to the customer booked, bought or had done themselves, with its day or hour: their own
# record, not the customer's ("your husband had a session on 30 November", "votre fille a réservé ... mercredi à 14 h",
# "בעלך קבע תור ליום שני ב-18:00"); what the customer booked for them says "you" ("you booked your son for Friday")
KIN_BOOKED = re.compile(
    r"(?i:(?<!\w)(?:your|uw|je|jouw|votre|ton|ta)\s+(?:husband|wife|partner|daughter|son|girlfriend|boyfriend|"
    r"mother|father|sister|brother|man|vrouw|echtgeno(?:ot|te)|dochter|zoon|vriendin|vriend|moeder|vader|zus|broer|"
    r"mari|femme|[ée]pou(?:x|se)|fille|fils|copine|copain|conjointe?|m[èe]re|p[èe]re|s(?:œ|oe)ur|fr[èe]re)"
    r"(?:\s+[^\s.;!?]+){0,12}?\s+(?:booked|bought|reserved|had|ordered|geboekt|gekocht|gereserveerd|gehad|besteld|"
    r"r[ée]serv[ée]e?|achet[ée]e?|command[ée]e?|pris\s+(?:un\s+)?rendez-vous)(?!\w))"
    r"|(?<![\u05d0-\u05ea])(?:בעלך|אשתך|בתך|בנך|(?:ה)?(?:בת|בן|בעל|אישה|חברה|חבר|אמא|אבא|אחות|אח) שלך)"
    r"(?:\s+\S+){0,4}?\s+(?:הזמינה|הזמין|קבעה|קבע|קנתה|קנה|עשתה|עשה)(?![\u05d0-\u05ea])")
# (a day or an hour: "on 30 November", "mercredi 16 décembre à 14 h", "om 18:00", "ב-18:00")
DAY_OR_HOUR = re.compile(
    r"(?i:(?<![\d:])(?:[01]?\d|2[0-3])(?::|\.|h| h)[0-5]\d(?!\d)|(?<!\w)\d{1,2} ?h(?!\w)|"
    r"(?<!\w)\d{1,2}(?:st|nd|rd|th|e)?"
    r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januari|februari|maart|mei|juni|juli|augustus|oktober|"
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\w*|"
    r"(?<!\w)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\w))"
    r"|(?<![\u05d0-\u05ea])ב?יום (?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|ב-(?:[01]?\d|2[0-3]):[0-5]\d")
# A full name with where its bearer lives or what they also reported: "Jan de Wit op nummer 16", "Emma Stone at
# number 4", "Anna Smit en Piet Jansen hebben ook een storing gemeld". Two capitals make a name, not a verb.
_FULL_NAME = r"[A-Z][\w'-]+(?:\s+(?:van|de|der|den|le|la|du|von|ben|el))*\s+[A-Z][\w'-]+"
# Only a text with one of these can name a neighbour so (a quick look before the slower pattern).
NEIGHBOUR_HINT = re.compile(r"\b(?:op|at|on|au|in|from|van|du)\s+(?:(?:huis)?nummer|nr\.?|number|no\.?|num[ée]ro|n°)|"
                            r"\b(?:ook|also|too|aussi|eveneens|as well)\b", re.IGNORECASE)
NAMED_NEIGHBOUR = re.compile(
    rf"(?<![\w.])({_FULL_NAME})\s*,?\s+(?:op|at|on|au|in|from|van|du)\s+(?:(?:huis)?nummer|nr\.?|number|no\.?|"
    rf"num[ée]ro|n°)\s*\d{{1,4}}(?![\d-])|(?<![\w.])({_FULL_NAME})\b(?:[^.!?]{{0,80}}?)\b(?:ook|also|too|aussi|"
    rf"eveneens|as well)\b[^.!?]{{0,30}}?\b(?:gemeld|gebeld|geklaagd|reported|called (?:us|in)|complained|rang|"
    rf"signal[ée]s?|appel[ée]s?|plaint)\b")
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
                    "mismo estamos nuestro nuestra revisaremos pedido paciencia los una hay así también hola puede "
                    "pueden tiene tienen nosotros porque cuando donde aquí ahora desde hasta todo todos".split()),
    "it": frozenset("gli della delle sono grazie vostra siamo stiamo questo questa molto anche ordine".split()),
}
# The small words of each language written in Latin letters: a sentence made of another language's small words is
# in that language, whatever product names it carries ("Met de Smart WiFi Extender ..."). A word languages share
# ("die", "en", "de") counts for each of them in part.
_SMALL_WORDS = {
    "en": "the and you your is are was will would can could with for this that have has to of it our my be not please "
          "thank thanks just what when how there then from by at if or but they them their he she his her we us get "
          "need let any all been were which who into about after before because i i'm am a an in on so me do no is "
          "as per does did though i'll we'll you'll it's that's don't can't won't i've we've you're we're let's "
          "right away now here "
          "back soon still also only very much more again today tomorrow check look within costs stays hours",
    "nl": "de het een en van is dat die niet op te voor met zijn u uw je jij wij we ik hij ze zij er maar ook als aan "
          "bij nog al naar dan wel geen heeft hebben heb wordt worden kunt wilt moet zal zou onze ons mijn dit deze om "
          "tot uit door hier daar graag dank bedankt komt tussen even gaat krijgt staat bent hoe wat wanneer waar "
          "was na per den wie meteen direct vandaag nu straks terug kijk weer alles goed zeker natuurlijk binnen kost "
          "kosten blijft blijven uur",
    "fr": "le la les un une des du et est sont je tu il elle nous vous votre vos notre nos ce cette ces dans sur pour "
          "avec par pas ne plus mais ou qui que au aux être avoir fait très bien merci bonjour peut pouvez sera leur "
          "été ai avez avons ont en de à c'est n'est j'ai qu'il se y son sa ses non demain aujourd'hui déjà tout "
          "suite maintenant vais regarde vérifie encore toujours ici bien sûr d'accord coûte reste heures",
    "de": "der die das den dem des ein eine einen einem einer und ist sind nicht ich sie wir ihr ihre ihren ihrem "
          "ihnen mit für auf bei von zu zum zur auch noch schon bitte danke können kann wird werden haben hat uns "
          "unser unsere sehr gerne gern heute morgen dann wenn aber oder nur wie es im am dass sich kein keine mehr "
          "vielen ihres möchten müssen gibt",
    "es": "el la los las un una de del y es son está están en con por para su sus usted ustedes gracias muy pero "
          "como hoy que lo le se no sí al nuestro nuestra hemos puede será ya también cuando desde hasta favor claro "
          "ahora mañana aquí tu tus mi mis si nos sin más sigue minutos horas días años",
    "it": "il lo la gli le un una di da del della delle dei e è sono non per con su che ci vi suo sua vostro vostra "
          "grazie molto anche questo questa siamo stiamo può sarà oggi domani buongiorno prego già solo perché più ha "
          "ho hanno alla nel nella sul sulla dal dalla mi ti si quando dove così qui poi ora minuti ore giorni anni",
    "pt": "o a os as um uma de do da dos das e é são não com por para seu sua você obrigado obrigada muito mas como "
          "hoje que em no na nos nas está estão vamos pode amanhã olá bom boa custa custam também",
    "tr": "ve bir bu için ile da de mi çok ama daha sonra yarın bugün teşekkür ederiz lütfen size sizin biz bizim "
          "olarak olan gibi kadar var yok değil",
    "pl": "i w z na do nie się jest to że jak ale po od za dla są czy tak dziękujemy proszę pan pani państwa jutro "
          "dzisiaj już będzie może dzień dobry",
}
_SHARED = {word: sum(word in text.split() for text in _SMALL_WORDS.values())
           for text in _SMALL_WORDS.values() for word in text.split()}
SMALL_WORDS = {lang: {word: 1 / _SHARED[word] for word in text.split()} for lang, text in _SMALL_WORDS.items()}
# The same, word first: the languages a small word counts for, and how much.
SMALL_WORD_LANGUAGES = {word: tuple((lang, weight) for lang, small in SMALL_WORDS.items()
                                    if (weight := small.get(word)) is not None) for word in _SHARED}
SCRIPTS = tuple((lang, re.compile(f"[{low}-{high}]")) for lang, low, high in (
    ("he", "\u0590", "\u05ff"), ("ar", "\u0600", "\u06ff"), ("ru", "\u0400", "\u04ff"), ("el", "\u0370", "\u03ff"),
    ("zh", "\u4e00", "\u9fff"), ("ja", "\u3040", "\u30ff")))

# An internal note about the customer, read out with what it says in quotation marks: "the internal note on your file
# says 'argues about every fee'", "in de interne notitie staat: \"...\"", "la note interne dit : « ... »", "בהערה
# הפנימית כתוב: \"...\"". Whatever the note says, it was written for staff; a reply may say a note was added, it does
# not quote one (a quotation, after the note's name in the same sentence).
_QUOTE_OPEN = r"[^.!?\n]{0,60}?(?:[:,]\s?|\s)(?:'|‘|\"|“|„|«)"
NOTE_READ = phrases(
    (r"\binternal (?:note|notes|comment|comments|remark|memo)\b" + _QUOTE_OPEN,
     r"\binterne (?:notitie|notities|aantekening|aantekeningen|opmerking|opmerkingen|memo|notitie)\b" + _QUOTE_OPEN,
     r"\b(?:note|notes|remarque|remarques|commentaire|commentaires|mention) internes?\b" + _QUOTE_OPEN),
    (r"(?<![\u05d0-\u05ea])(?:ב|ו|ש)?ה?(?:הערה|הערות|רשומה) (?:ה)?פנימי(?:ת|ות)(?![\u05d0-\u05ea])" + _QUOTE_OPEN,))


# A code the customer gives one of their own people, not us: "give your son his own code", "geef uw zoon een eigen
# code", "pensez à lui donner votre mot de passe", "תן לבן שלך קוד משלו": the household's or a contact's, the
# company asks for nothing (with "us", "me" or a word of the company's people, an ask all the same).
_KIN = ("son|daughter|sons|daughters|sister|brother|wife|husband|partner|children|kids|child|family|mother|father|"
        "mum|mom|dad|parents?|neighbou?rs?|contacts?|cleaner|babysitter|house-?sitter|tenants?|guests?|"
        "zoon|dochter|zus|zuster|broer|kinderen|kind|vrouw|man|partner|moeder|vader|ouders|buurman|buurvrouw|buren|"
        "contactpersoon|contactpersonen|schoonmaakster|schoonmaker|oppas|huurders?|gasten|familie|"
        "fils|fille|filles|s[œo]e?ur|fr[èe]re|enfants|femme|mari|conjoint|conjointe|mère|père|parents|voisins?|voisine|proches|"
        "contacts?|femme de ménage|locataires?|invités")
TO_OWN_PEOPLE = words(
    [rf"(?:give|tell|pass|hand|show)(?: it| them| the code| a code| codes?)? (?:to )?(?:your|his|her|their) "
     rf"(?:own )?(?:{_KIN})",
     rf"(?:uw|je|jouw|zijn|haar) (?:eigen )?(?:{_KIN})\b.{{0,60}}?\b(?:geven|vertellen|doorgeven|laten weten)",
     rf"(?:geef|geeft|vertel|vertelt) (?:\S+ ){{0,8}}?(?:aan )?(?:uw|je|jouw) (?:{_KIN})",
     r"(?:geef|vertel) (?:hem|haar|hen)",
     r"(?:lui|leur) (?:donner|communiquer|transmettre|dire|confier|indiquer)",
     r"(?:donnez|communiquez|transmettez|dites|confiez|indiquez)-(?:lui|leur)"],
    ["לתת לו", "לתת לה", "לתת להם", "תן לו", "תני לו", "תנו לו", "תן לה", "תני לה", "תנו לה", "תנו להם"])


# The conversation says the account or system asked about is another person's: "het contract staat op haar naam",
# "le contrat est-il à son nom ?", "her alarm", "הלקוחה שלכם מרחוב ...", "המערכת שלה".
OTHERS_ACCOUNT = words(
    ["(?:in|on|under) (?:her|his|their) name", "(?:her|his|their) (?:account|contract|alarm|system|subscription|log)",
     "op (?:haar|zijn|hun) naam", "(?:haar|zijn|hun) (?:account|contract|alarm|abonnement|systeem|logboek)",
     "(?:[àa]|au) (?:son|leur) nom", "(?:son|sa|leur) (?:compte|contrat|alarme|abonnement|syst[èe]me|journal)"],
    ["על שמה", "על שמו", "על שמם", "(?:ה)?(?:לקוחה|לקוח|לקוחות) שלכם", "(?:החשבון|המערכת|האזעקה|המנוי|היומן) "
     "(?:שלה|שלו|שלהם)", "(?:המערכת|האזעקה) אצל(?:ה|ו|ם)"])
# A log read out with times of day: "in het logboek ... tussen 19:00 en 23:30", "d'après le journal, ... vers 1 h 40".
LOG_READ = words(["log", "logs", "event log", "alarm log", "history", "logboek", "logbestand", "geschiedenis",
                  "journal", "historique"], ["יומן", "ביומן", "היומן", "לפי היומן", "היסטוריה"])
