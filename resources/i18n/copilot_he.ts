<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL" sourcelanguage="en">
<context>
    <name>AiSettings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="58"/>
        <source>Ask a language model for drafts (shown as AI drafts)</source>
        <translation>לבקש טיוטות ממודל שפה (יוצגו כטיוטות AI)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="60"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="62"/>
        <source>OpenAI or compatible (vLLM, Ollama, llama.cpp, LM Studio)</source>
        <translation>OpenAI או תואם (vLLM, Ollama, llama.cpp, LM Studio)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="63"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="65"/>
        <source>Provider</source>
        <translation>ספק</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="67"/>
        <source>Endpoint</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="69"/>
        <source>Model</source>
        <translation>מודל</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="71"/>
        <source>API version</source>
        <translation>גרסת API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="76"/>
        <source>Only endpoints on this computer</source>
        <translation>רק כתובות במחשב הזה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="82"/>
        <source>Store key</source>
        <translation>שמירת המפתח</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="84"/>
        <source>Delete key</source>
        <translation>מחיקת המפתח</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="89"/>
        <source>API key</source>
        <translation>מפתח API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="90"/>
        <source>Test connection</source>
        <translation>בדיקת חיבור</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="100"/>
        <source>deployment name</source>
        <translation>שם הפריסה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="100"/>
        <source>e.g. gpt-4o-mini or llama3.1</source>
        <translation>למשל gpt-4o-mini או llama3.1</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="114"/>
        <source>a key is stored in the keychain</source>
        <translation>מפתח שמור במחזיק המפתחות</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="115"/>
        <source>no key stored</source>
        <translation>לא נשמר מפתח</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="139"/>
        <source>Testing…</source>
        <translation>בודק…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="17"/>
        <source>Sent to AI</source>
        <translation>נשלח ל-AI</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="24"/>
        <source>Nothing has been sent to the AI in this conversation yet.</source>
        <translation>בשיחה הזו עדיין לא נשלח דבר ל-AI.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="28"/>
        <source>Show as JSON</source>
        <translation>הצגה כ-JSON</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../copilot/panel/cards.py" line="368"/>
        <source>Suggestions appear here as the customer speaks.</source>
        <translation>ההצעות יופיעו כאן בזמן שהלקוח מדבר.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../copilot/cli/main.py" line="329"/>
        <source>{path}: no such file to follow (check the path, or start the tool that writes it first)</source>
        <translation>{path}: אין קובץ כזה למעקב (כדאי לבדוק את הנתיב, או להפעיל קודם את הכלי שכותב אותו)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="386"/>
        <source>API key: </source>
        <translation>מפתח API: </translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="388"/>
        <source>no key given; nothing stored</source>
        <translation>לא ניתן מפתח; לא נשמר דבר</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="391"/>
        <source>API key stored in the OS keychain</source>
        <translation>מפתח ה-API נשמר במחזיק המפתחות של המערכת</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="394"/>
        <source>API key removed</source>
        <translation>מפתח ה-API הוסר</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="395"/>
        <source>there was no API key</source>
        <translation>לא היה מפתח API</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="406"/>
        <source>{model} answered in {ms} ms: {answer}</source>
        <translation>{model} ענה תוך ⁦{ms} ms⁩: {answer}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="428"/>
        <source>importing {done}/{total} files</source>
        <translation>מייבא {done}/{total} קבצים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="429"/>
        <source>indexing {done}/{total} articles</source>
        <translation>מאנדקס {done}/{total} מאמרים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="435"/>
        <source>skipped {problem}</source>
        <translation>דולג: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="436"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged, {skipped} skipped; {articles} articles in {path}</source>
        <translation>{added} נוספו, {updated} עודכנו, {removed} הוסרו, {unchanged} ללא שינוי, {skipped} דולגו; {articles} מאמרים ב-{path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="453"/>
        <source>no article matches</source>
        <translation>אין מאמר מתאים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="464"/>
        <source>give either a question (TEXT) or --conversation TRANSCRIPT</source>
        <translation>יש לתת שאלה (TEXT) או --conversation TRANSCRIPT, לא את שניהם</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="478"/>
        <source>{path}: no customer line to answer</source>
        <translation>{path}: אין שורת לקוח שאפשר לענות עליה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="490"/>
        <source>{ms} ms</source>
        <translation>⁦{ms} ms⁩</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="491"/>
        <source>why: {rationale}</source>
        <translation>למה: {rationale}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="119"/>
        <source>unknown setting &apos;{name}&apos;</source>
        <translation>הגדרה לא מוכרת &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="163"/>
        <source>cannot save {path} ({reason})</source>
        <translation>לא ניתן לשמור את {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="174"/>
        <source>policy file: {path} (from {variable})</source>
        <translation>קובץ מדיניות: {path} (מתוך {variable})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="176"/>
        <source>policy file: {path}</source>
        <translation>קובץ מדיניות: {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="178"/>
        <source>status: invalid; running in the safest mode</source>
        <translation>מצב: לא תקין; פועל במצב הבטוח ביותר</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="180"/>
        <location filename="../../copilot/cli/admin.py" line="187"/>
        <source>locked: {setting}</source>
        <translation>נעול: {setting}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="183"/>
        <source>status: not present; nothing is managed</source>
        <translation>מצב: לא קיים; שום דבר אינו מנוהל</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="185"/>
        <source>status: in force</source>
        <translation>מצב: בתוקף</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="189"/>
        <source>default: {setting}</source>
        <translation>ברירת מחדל: {setting}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="191"/>
        <source>it locks nothing and sets no defaults</source>
        <translation>הקובץ לא נועל דבר ולא קובע ברירות מחדל</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="207"/>
        <source>{name} removed</source>
        <translation>{name} הוסר</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="207"/>
        <source>there was no {name}</source>
        <translation>לא היה {name}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="212"/>
        <source>more than {limit} characters on standard input: that is no secret</source>
        <translation>יותר מ-{limit} תווים בקלט התקני: זה לא סוד</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="226"/>
        <source>{name} stored in the OS keychain</source>
        <translation>{name} נשמר במחזיק המפתחות של המערכת</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="232"/>
        <source>no {name} on standard input; nothing stored</source>
        <translation>לא התקבל {name} בקלט התקני; לא נשמר דבר</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="234"/>
        <source>the {name} must be one line; nothing stored</source>
        <translation>ה-{name} חייב להיות שורה אחת; לא נשמר דבר</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="236"/>
        <source>an api-token needs at least {n} characters and no spaces; nothing stored</source>
        <translation>api-token צריך לפחות {n} תווים וללא רווחים; לא נשמר דבר</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="70"/>
        <location filename="../../copilot/cli/privacy.py" line="209"/>
        <source>1 session</source>
        <translation>שיחה אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="70"/>
        <location filename="../../copilot/cli/privacy.py" line="209"/>
        <source>{n} sessions</source>
        <translation>{n} שיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="79"/>
        <source>no central record is configured (set central_url: copilot config set central_url postgresql://USER@HOST/DATABASE)</source>
        <translation>לא הוגדר מאגר מרכזי (יש להגדיר central_url: copilot config set central_url postgresql://USER@HOST/DATABASE)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="86"/>
        <source>{sessions} sent to the central record at {where}</source>
        <translation>{sessions} נשלחו למאגר המרכזי ב-{where}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="89"/>
        <source>; {n} waiting on this computer</source>
        <translation>; {n} ממתינות במחשב זה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="92"/>
        <source> (nothing was pending)</source>
        <translation> (לא היה דבר בהמתנה)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="125"/>
        <source>give --url or set central_url</source>
        <translation>יש לתת --url או להגדיר central_url</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="130"/>
        <source>the central store at {where} is at schema version {version}; nothing to do</source>
        <translation>המאגר המרכזי ב-{where} בגרסת סכמה {version}; אין מה לעשות</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="133"/>
        <source>the central store at {where} went from schema version {before} to {after}</source>
        <translation>המאגר המרכזי ב-{where} עבר מגרסת סכמה {before} ל-{after}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="149"/>
        <source>nowhere: no central record is configured</source>
        <translation>לשום מקום: לא הוגדר מאגר מרכזי</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="151"/>
        <source>the central record at {where} (redacted)</source>
        <translation>המאגר המרכזי ב-{where} (מושחר)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="153"/>
        <source>the central record at {where}</source>
        <translation>המאגר המרכזי ב-{where}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="154"/>
        <source>sessions go to {where}; {sessions} waiting on this computer</source>
        <translation>השיחות נשלחות אל {where}; {sessions} ממתינות במחשב זה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="36"/>
        <source>all</source>
        <translation>הכול</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="36"/>
        <source>playbook entries</source>
        <translation>פריטי תסריט</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="37"/>
        <source>knowledge articles</source>
        <translation>מאמרי ידע</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="196"/>
        <location filename="../../copilot/cli/main.py" line="351"/>
        <source>{path}: no such knowledge base file</source>
        <translation>{path}: קובץ מאגר הידע הזה לא קיים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="233"/>
        <source>playbook {playbook}, no knowledge base</source>
        <translation>תסריט {playbook}, ללא מאגר ידע</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="234"/>
        <source>playbook {playbook}, knowledge {knowledge}</source>
        <translation>תסריט {playbook}, מאגר ידע {knowledge}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="247"/>
        <source>transcript {id} (line {line}): no article {article} in the knowledge base</source>
        <translation>תמליל {id} (שורה {line}): אין מאמר {article} במאגר הידע</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="251"/>
        <source>transcript {id} (line {line}): {entry} is not an entry of the playbook</source>
        <translation>תמליל {id} (שורה {line}): {entry} אינו פריט בתסריט</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="255"/>
        <source>no knowledge base: the articles the golden set expects cannot be shown</source>
        <translation>אין מאגר ידע: לא ניתן להציג את המאמרים שמערך הייחוס מצפה להם</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="304"/>
        <source>Golden set {golden}: {transcripts} transcripts, {turns} turns, {expected} expected cards</source>
        <translation>מערך ייחוס {golden}: {transcripts} תמלילים, {turns} תורות דיבור, {expected} כרטיסים צפויים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="311"/>
        <source>Per entry and article:</source>
        <translation>לפי פריט ומאמר:</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="315"/>
        <source>Cards shown where none was expected: {n} ({nothing} on turns that expected no card)</source>
        <translation>כרטיסים שהוצגו בלי שנצפו: {n} ({nothing} בתורות שלא צפו לכרטיס)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="320"/>
        <source>Expected cards not shown: {n}</source>
        <translation>כרטיסים צפויים שלא הוצגו: {n}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="329"/>
        <source>Difference: {second} compared with {first}</source>
        <translation>הבדל: {second} לעומת {first}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="336"/>
        <source>precision {before} -&gt; {after}   recall {recall_before} -&gt; {recall_after}</source>
        <translation>דיוק {before} -&gt; {after}   כיסוי {recall_before} -&gt; {recall_after}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="341"/>
        <source>cards: {gained} right ones gained, {lost} right ones lost, {extra} unexpected ones gained, {gone} unexpected ones gone</source>
        <translation>כרטיסים: {gained} נכונים נוספו, {lost} נכונים אבדו, {extra} לא צפויים נוספו, {gone} לא צפויים ירדו</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="347"/>
        <location filename="../../copilot/cli/evaluate.py" line="354"/>
        <source>expected</source>
        <translation>צפוי</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="347"/>
        <source>not expected</source>
        <translation>לא צפוי</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="348"/>
        <location filename="../../copilot/cli/evaluate.py" line="368"/>
        <location filename="../../copilot/cli/main.py" line="487"/>
        <source>start</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="354"/>
        <source>shown</source>
        <translation>הוצגו</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="354"/>
        <source>right</source>
        <translation>נכונים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="355"/>
        <source>precision</source>
        <translation>דיוק</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="355"/>
        <source>recall</source>
        <translation>כיסוי</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="95"/>
        <location filename="../../copilot/cli/experiments.py" line="160"/>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="96"/>
        <source>no experiment named {name} in {playbook} or on record (the playbook&apos;s: {names})</source>
        <translation>אין ניסוי בשם {name} ב-{playbook} או ברישום (הניסויים בתסריט: {names})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="124"/>
        <source>cards: A {a}, B {b}; {verdict}</source>
        <translation>כרטיסים: A {a}, B {b}; {verdict}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="128"/>
        <source>no experiments in {playbook} and none on record</source>
        <translation>אין ניסויים ב-{playbook} ואין ברישום</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="161"/>
        <source>no experiment named {name} in {playbook} (its experiments: {names})</source>
        <translation>אין ניסוי בשם {name} ב-{playbook} (הניסויים שבו: {names})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="168"/>
        <source>{name} already stopped {when}; everyone sees {keep}</source>
        <translation>{name} כבר נעצר ב-{when}; כולם רואים את {keep}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="172"/>
        <source>{name} stopped {when} in {playbook}; everyone now sees {keep}. Panels follow when they next load the playbook; the recorded cards stay.</source>
        <translation>{name} נעצר ב-{when} ב-{playbook}; מעכשיו כולם רואים את {keep}. החלוניות יתעדכנו בטעינה הבאה של התסריט; הכרטיסים שנרשמו נשארים.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="52"/>
        <source>no recorded sessions yet ({path})</source>
        <translation>אין עדיין שיחות מתועדות ({path})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="93"/>
        <source>erasing cannot be undone; add --yes to confirm</source>
        <translation>אי אפשר לבטל מחיקה; יש להוסיף --yes לאישור</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="95"/>
        <source>customer {id}</source>
        <translation>לקוח {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="96"/>
        <source>session {id}</source>
        <translation>שיחה {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="109"/>
        <source>erased {whose} on this computer: {counts}; {log_lines} rewritten</source>
        <translation>{whose} נמחק/ה במחשב זה: {counts}; {log_lines} נכתבו מחדש</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="110"/>
        <source>erased {whose}: {counts}; {log_lines} rewritten</source>
        <translation>{whose} נמחק/ה: {counts}; {log_lines} נכתבו מחדש</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="114"/>
        <source>nothing of {whose} on this computer</source>
        <translation>אין דבר של {whose} במחשב זה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="128"/>
        <source>not erased from the central record: {problem}; run the same erase again when it can be reached</source>
        <translation>לא נמחק מהמאגר המרכזי: {problem}; יש להריץ שוב את אותה מחיקה כשיהיה זמין</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="130"/>
        <source>erased {whose} in the central record at {where}: {counts}</source>
        <translation>{whose} נמחק/ה במאגר המרכזי ב-{where}: {counts}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="154"/>
        <source> (this computer and the central record at {where})</source>
        <translation> (מחשב זה והמאגר המרכזי ב-{where})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="157"/>
        <source>{sessions} of customer {customer} written to {file}</source>
        <translation>{sessions} של הלקוח {customer} נכתבו אל {file}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="160"/>
        <source>no recorded session for customer {customer}{where}; {file} says so</source>
        <translation>אין שיחה מתועדת ללקוח {customer}{where}; הדבר מצוין ב-{file}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="178"/>
        <source>--days: {value} is not a whole number from 0</source>
        <translation>--days: {value} אינו מספר שלם מ-0 ומעלה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="181"/>
        <source>retention is off (0 days keeps every session); nothing purged</source>
        <translation>השמירה כבויה (0 ימים שומר כל שיחה); לא נמחק דבר</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="184"/>
        <source>{sessions} older than {days} deleted</source>
        <translation>{sessions} ישנות מ-{days} נמחקו</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="197"/>
        <source>no privacy operation recorded</source>
        <translation>לא תועדה פעולת פרטיות</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="203"/>
        <source>by {actor}</source>
        <translation>על ידי {actor}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="210"/>
        <source>1 line</source>
        <translation>שורה אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="210"/>
        <source>{n} lines</source>
        <translation>{n} שורות</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="211"/>
        <source>1 card</source>
        <translation>כרטיס אחד</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="211"/>
        <source>{n} cards</source>
        <translation>{n} כרטיסים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="212"/>
        <source>1 note</source>
        <translation>הערה אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="212"/>
        <source>{n} notes</source>
        <translation>{n} הערות</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="213"/>
        <source>1 log line</source>
        <translation>שורת יומן אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="213"/>
        <source>{n} log lines</source>
        <translation>{n} שורות יומן</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="214"/>
        <source>1 day</source>
        <translation>יום אחד</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="214"/>
        <source>{n} days</source>
        <translation>{n} ימים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="215"/>
        <source>1 call in the supervisors&apos; live view</source>
        <translation>שיחה אחת בתצוגה החיה של המפקחים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="216"/>
        <source>{n} calls in the supervisors&apos; live view</source>
        <translation>{n} שיחות בתצוגה החיה של המפקחים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="49"/>
        <source>--report {name}: the name must end in .pdf or .html</source>
        <translation>--report {name}: השם חייב להסתיים ב-.pdf או ב-.html</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="61"/>
        <source>coaching report written to {path}</source>
        <translation>דוח האימון נכתב אל {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="102"/>
        <source>then: {cards}</source>
        <translation>אז: {cards}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="104"/>
        <source>now:  {cards}</source>
        <translation>עכשיו: {cards}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="106"/>
        <source>{changed} of {lines} lines would get other suggestions</source>
        <translation>{changed} מתוך {lines} שורות היו מקבלות הצעות אחרות</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="24"/>
        <source>started</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="24"/>
        <source>length</source>
        <translation>משך</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="24"/>
        <source>agent</source>
        <translation>נציג</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="25"/>
        <source>team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="25"/>
        <source>channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="25"/>
        <source>lang</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="26"/>
        <source>outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="26"/>
        <source>cards</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="26"/>
        <source>taken</source>
        <translation>נלקחו</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="27"/>
        <source>rate</source>
        <translation>שיעור</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="27"/>
        <source>id</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="84"/>
        <source>{option}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{option}: {value} אינו תאריך (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="107"/>
        <source>--central: no central record is configured (the central_url setting is empty)</source>
        <translation>--central: לא הוגדר מאגר מרכזי (ההגדרה central_url ריקה)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="121"/>
        <source>--limit: {value} is not a positive whole number</source>
        <translation>--limit: {value} אינו מספר שלם חיובי</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="133"/>
        <source>no recorded session matches</source>
        <translation>אין שיחה מתועדת מתאימה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="151"/>
        <source>session {id} written to {path} (personal data redacted)</source>
        <translation>השיחה {id} נכתבה אל {path} (פרטים אישיים הושחרו)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="152"/>
        <source>session {id} written to {path}</source>
        <translation>השיחה {id} נכתבה אל {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="160"/>
        <source>session {id} is already in the database; nothing changed</source>
        <translation>השיחה {id} כבר נמצאת במסד הנתונים; דבר לא השתנה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="163"/>
        <source>session {id} replaced from {file}: {utterances} utterances, {cards} cards</source>
        <translation>השיחה {id} הוחלפה מתוך {file}: {utterances} אמירות, {cards} כרטיסים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="164"/>
        <source>session {id} imported from {file}: {utterances} utterances, {cards} cards</source>
        <translation>השיחה {id} יובאה מתוך {file}: {utterances} אמירות, {cards} כרטיסים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="168"/>
        <source>, personal data redacted</source>
        <translation>, פרטים אישיים הושחרו</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="70"/>
        <source>AI draft unavailable ({reason}); the local draft follows</source>
        <translation>טיוטת AI אינה זמינה ({reason}); הטיוטה המקומית בהמשך</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="89"/>
        <source>--date {value}: give the day as YYYY-MM-DD</source>
        <translation>--date {value}: יש לתת את היום בתבנית YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="143"/>
        <source>AI drafts are on but cannot be used: {reason}</source>
        <translation>טיוטות AI מופעלות אך אי אפשר להשתמש בהן: {reason}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="566"/>
        <source>print the report as JSON, for scripts</source>
        <translation>הדפסת הדוח כ-JSON, לסקריפטים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="569"/>
        <source>report a missing OS keychain as a warning, not a failure (CI, headless servers)</source>
        <translation>דיווח על היעדר מחזיק מפתחות כאזהרה ולא ככישלון (CI, שרתים ללא מסך)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="575"/>
        <source>check that this computer can run Agent Copilot</source>
        <translation>בדיקה שהמחשב הזה יכול להריץ את Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="576"/>
        <source>Check Qt, fonts, the app&apos;s modules, SQLite, the data folder, settings and policy, the keychain, the local API port, the bundled resources and the AI endpoint. Exit status 0 when every check passes (skipped ones pass).</source>
        <translation>בדיקת Qt, גופנים, מודולי היישום, SQLite, תיקיית הנתונים, ההגדרות והמדיניות, מחזיק המפתחות, יציאת ה-API המקומי, המשאבים המצורפים ונקודת הקצה של ה-AI. קוד יציאה 0 כשכל הבדיקות עוברות (בדיקות שדולגו נחשבות עוברות).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="23"/>
        <source>exit codes:
  0  done
  1  the policy file is invalid, the keychain is unavailable, or the settings file cannot be written
  2  unknown name, bad value or empty input
  3  the setting is managed by your organisation (locked in the policy file)</source>
        <translation>קודי יציאה:
  0  הסתיים
  1  קובץ המדיניות לא תקין, מחזיק המפתחות אינו זמין או שלא ניתן לכתוב את קובץ ההגדרות
  2  שם לא מוכר, ערך שגוי או קלט ריק
  3  ההגדרה מנוהלת על ידי הארגון (נעולה בקובץ המדיניות)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="29"/>
        <source>the language model&apos;s API key</source>
        <translation>מפתח ה-API של מודל השפה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="30"/>
        <source>the local API&apos;s bearer token</source>
        <translation>אסימון הגישה של ה-API המקומי</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="31"/>
        <source>the central record&apos;s database password</source>
        <translation>סיסמת מסד הנתונים של המאגר המרכזי</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="41"/>
        <source>read and change settings without the window (for deployment scripts)</source>
        <translation>קריאה ושינוי של הגדרות בלי החלון (לסקריפטי פריסה)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="42"/>
        <source>Read and change this user&apos;s settings, and show the organisation&apos;s policy file. Never prompts.</source>
        <translation>קריאה ושינוי של הגדרות המשתמש הזה והצגת קובץ המדיניות של הארגון. אף פעם לא שואל שאלות.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="45"/>
        <source>print one setting, or all as &apos;name = value&apos; lines</source>
        <translation>הדפסת הגדרה אחת, או את כולן כשורות &apos;name = value&apos;</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="46"/>
        <source>Print one setting&apos;s value, or every setting as &apos;name = value&apos; (values in JSON; locked ones marked &apos;# locked by policy&apos;).</source>
        <translation>הדפסת ערך של הגדרה אחת, או כל הגדרה כ-&apos;name = value&apos; (ערכים ב-JSON; הגדרות נעולות מסומנות &apos;# locked by policy&apos;).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="51"/>
        <source>the setting (default: all)</source>
        <translation>ההגדרה (ברירת מחדל: כולן)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="53"/>
        <source>print JSON: {&quot;value&quot;: ..., &quot;locked&quot;: ...} for one, an object of those for all</source>
        <translation>הדפסת JSON: {&quot;value&quot;: ..., &quot;locked&quot;: ...} להגדרה אחת, אובייקט של כאלה לכולן</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="55"/>
        <source>change one setting and save it</source>
        <translation>שינוי הגדרה אחת ושמירתה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="56"/>
        <source>Change one setting. VALUE is read as JSON when it parses (true, 8765, 0.5, [&quot;a&quot;, &quot;b&quot;]), else as text; a text setting always takes the text as given.</source>
        <translation>שינוי הגדרה אחת. VALUE נקרא כ-JSON כשאפשר (true, 8765, 0.5, [&quot;a&quot;, &quot;b&quot;]), אחרת כטקסט; הגדרת טקסט תמיד מקבלת את הטקסט כפי שניתן.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="63"/>
        <source>show the policy file in use and what it locks</source>
        <translation>הצגת קובץ המדיניות שבשימוש ומה הוא נועל</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="64"/>
        <source>Show the organisation&apos;s policy file: where it is looked for, whether it exists, what it locks and which defaults it sets, or why it is invalid.</source>
        <translation>הצגת קובץ המדיניות של הארגון: היכן מחפשים אותו, אם הוא קיים, מה הוא נועל ואילו ברירות מחדל הוא קובע, או מדוע אינו תקין.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="70"/>
        <source>{name} is {what}</source>
        <translation>{name} הוא {what}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="73"/>
        <source>store or delete a secret in the OS keychain (for deployment scripts)</source>
        <translation>שמירה או מחיקה של סוד במחזיק המפתחות של המערכת (לסקריפטי פריסה)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="74"/>
        <source>Store or delete a secret in the OS keychain: {secrets}. Never prompts.</source>
        <translation>שמירה או מחיקה של סוד במחזיק המפתחות של המערכת: {secrets}. אף פעם לא שואל שאלות.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="79"/>
        <source>store a secret read from standard input</source>
        <translation>שמירת סוד שנקרא מהקלט התקני</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="80"/>
        <source>Store a secret read from standard input (one line; nothing is echoed or asked). Example: printf &apos;%%s&apos; &quot;$KEY&quot; | copilot secret set ai-api-key --stdin</source>
        <translation>שמירת סוד שנקרא מהקלט התקני (שורה אחת; שום דבר לא מוצג או נשאל). דוגמה: printf &apos;%%s&apos; &quot;$KEY&quot; | copilot secret set ai-api-key --stdin</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="86"/>
        <source>read the secret from standard input (required: secrets never go on the command line)</source>
        <translation>קריאת הסוד מהקלט התקני (חובה: סודות לעולם לא עוברים בשורת הפקודה)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="88"/>
        <source>remove a secret from the keychain</source>
        <translation>הסרת סוד ממחזיק המפתחות</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="25"/>
        <source>send recorded sessions to the central record (PostgreSQL)</source>
        <translation>שליחת שיחות מתועדות למאגר המרכזי (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="26"/>
        <source>Send the sessions the central record (the central_url setting) still lacks. With --once, send what is pending and exit: 0 when all of it arrived, 1 with the reason when some could not be sent (they stay on this computer and go with the next sync). Without it, keep sending until interrupted.</source>
        <translation>שליחת השיחות שעדיין חסרות במאגר המרכזי (ההגדרה central_url). עם --once: שליחת מה שממתין ויציאה: 0 כשהכול הגיע, 1 עם הסיבה כשחלק לא נשלח (הוא נשאר במחשב הזה ויישלח בסנכרון הבא). בלעדיה: שליחה רציפה עד להפסקה.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="31"/>
        <source>send what is pending, then exit</source>
        <translation>שליחת מה שממתין, ואז יציאה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="32"/>
        <source>the central record: set up its schema, show its state</source>
        <translation>המאגר המרכזי: הקמת הסכמה שלו, הצגת מצבו</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="34"/>
        <source>The central record&apos;s server side, for IT.</source>
        <translation>צד השרת של המאגר המרכזי, עבור IT.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="37"/>
        <source>create or upgrade the central store&apos;s schema, roles and access rules</source>
        <translation>יצירה או עדכון של הסכמה, התפקידים וכללי הגישה של המאגר המרכזי</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="38"/>
        <source>Bring the central store&apos;s schema up to this version of Agent Copilot. Run it with the login that is to own the tables (not a desktop&apos;s): --url, or the central_url setting; the password from PGPASSWORD, ~/.pgpass or the keychain.</source>
        <translation>עדכון הסכמה של המאגר המרכזי לגרסה הזו של Agent Copilot. יש להריץ עם המשתמש שיהיה הבעלים של הטבלאות (לא של עמדה): --url, או ההגדרה central_url; הסיסמה מ-PGPASSWORD, מ-~/.pgpass או ממחזיק המפתחות.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="43"/>
        <source>libpq URL of the owner&apos;s login</source>
        <translation>כתובת libpq של משתמש הבעלים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="44"/>
        <source>where sessions go, and how many wait on this computer</source>
        <translation>לאן נשלחות השיחות, וכמה ממתינות במחשב זה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="42"/>
        <source>score a golden set: the cards and articles expected at given turns (precision, recall)</source>
        <translation>ניקוד מערך ייחוס: הכרטיסים והמאמרים הצפויים בתורות מסוימות (דיוק, כיסוי)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="44"/>
        <source>Play each transcript of a golden set (JSON lines, see docs/evaluation.md) through the panel&apos;s local engine and turn loop, and report precision and recall per playbook entry and per knowledge article, the cards shown where none was expected, and the difference with another playbook or knowledge base. A malformed golden set is named line by line (exit status 2).</source>
        <translation>הרצת כל תמליל במערך ייחוס (שורות JSON, ראו docs/evaluation.md) דרך המנוע המקומי ולולאת התורות של החלונית, ודיווח על דיוק וכיסוי לכל פריט בתסריט ולכל מאמר ידע, על כרטיסים שהוצגו בלי שנצפו, ועל ההבדל מתסריט או ממאגר ידע אחר. מערך ייחוס פגום מצוין שורה אחר שורה (קוד יציאה 2).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="50"/>
        <source>the golden set (JSON lines)</source>
        <translation>מערך הייחוס (שורות JSON)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="52"/>
        <source>playbook (default: the panel&apos;s)</source>
        <translation>תסריט (ברירת מחדל: של החלונית)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="54"/>
        <location filename="../../copilot/cli/main.py" line="84"/>
        <source>knowledge base file (default: the panel&apos;s)</source>
        <translation>קובץ מאגר ידע (ברירת מחדל: של החלונית)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="56"/>
        <source>also score this playbook and compare</source>
        <translation>ניקוד גם של התסריט הזה והשוואה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="58"/>
        <source>also score this knowledge base and compare</source>
        <translation>ניקוד גם של מאגר הידע הזה והשוואה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="60"/>
        <location filename="../../copilot/cli/main.py" line="90"/>
        <source>enable a policy flag such as ai_disclosure, besides the panel&apos;s (repeatable)</source>
        <translation>הפעלת דגל מדיניות כמו ai_disclosure, בנוסף לאלה של החלונית (אפשר לחזור)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="31"/>
        <source>guidance experiments (A/B wordings of playbook entries): list, report, stop</source>
        <translation>ניסויי הכוונה (ניסוחי A/B של פריטי תסריט): רשימה, דוח, עצירה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="33"/>
        <source>The guidance experiments of the playbook (an entry&apos;s [entry.experiment] table, see docs/experiments.md) and how their two wordings fare in the recorded sessions.</source>
        <translation>ניסויי ההכוונה של התסריט (טבלת [entry.experiment] של פריט, ראו docs/experiments.md) ואיך שני הניסוחים שלהם מצליחים בשיחות המתועדות.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="37"/>
        <source>the playbook that defines them (default: the panel&apos;s)</source>
        <translation>התסריט שמגדיר אותם (ברירת מחדל: של החלונית)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="39"/>
        <source>every experiment, where it stands and its cards per arm</source>
        <translation>כל ניסוי, מצבו והכרטיסים שלו לכל זרוע</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="43"/>
        <source>compare the two arms of one experiment, with 95%% confidence intervals</source>
        <translation>השוואת שתי הזרועות של ניסוי אחד, עם רווחי סמך של 95%%</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="44"/>
        <source>Acceptance, edits, time to decision and call outcome per arm, each with its 95%% interval, and the difference B - A with its interval; a verdict only when the interval leaves out zero.</source>
        <translation>קבלה, עריכות, זמן עד החלטה ותוצאת השיחה לכל זרוע, כל אחד עם רווח של 95%%, וההפרש B - A עם הרווח שלו; הכרעה רק כשהרווח אינו כולל אפס.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="50"/>
        <source>sessions started on or after</source>
        <translation>שיחות שהתחילו ביום זה או אחריו</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="52"/>
        <source>sessions started on or before</source>
        <translation>שיחות שהתחילו ביום זה או לפניו</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="54"/>
        <location filename="../../copilot/cli/gaps.py" line="36"/>
        <source>only this team&apos;s sessions</source>
        <translation>רק השיחות של הצוות הזה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="56"/>
        <source>stop an experiment now: everyone sees one wording, nothing more is counted</source>
        <translation>עצירת ניסוי עכשיו: כולם רואים ניסוח אחד, ושום דבר נוסף לא נספר</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="57"/>
        <source>Write &apos;stop = &lt;now&gt;&apos; into the experiment&apos;s table in the playbook (the rest of the file is left as it is). Panels follow when they next load the playbook; the recorded cards stay, and cards shown after the stop are left out of the report.</source>
        <translation>כתיבת &apos;stop = &lt;now&gt;&apos; בטבלת הניסוי בתסריט (שאר הקובץ נשאר כפי שהוא). החלוניות יתעדכנו בטעינה הבאה של התסריט; הכרטיסים שנרשמו נשארים, וכרטיסים שהוצגו אחרי העצירה אינם נכללים בדוח.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="62"/>
        <source>the wording everyone sees from now on (default: as the file says, else A)</source>
        <translation>הניסוח שכולם יראו מעכשיו (ברירת מחדל: לפי הקובץ, אחרת A)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="23"/>
        <source>customer questions no article answered, grouped and counted (CSV on standard output)</source>
        <translation>שאלות לקוחות שאף מאמר לא ענה עליהן, מקובצות וספורות (CSV בפלט התקני)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="25"/>
        <source>Read the recorded sessions and list, most asked first, the customer questions after which no knowledge card came up, grouped by the words they share: what to write next. CSV columns: group, count, example questions, last seen.</source>
        <translation>קריאת השיחות המתועדות ורשימה, מהנשאלות ביותר, של שאלות לקוחות שאחריהן לא הופיע כרטיס ידע, מקובצות לפי המילים המשותפות להן: מה כדאי לכתוב בהמשך. עמודות CSV: group, count, example questions, last seen.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="30"/>
        <location filename="../../copilot/cli/sessions.py" line="50"/>
        <source>sessions started on or after this day</source>
        <translation>שיחות שהתחילו ביום הזה או אחריו</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="32"/>
        <location filename="../../copilot/cli/sessions.py" line="52"/>
        <source>sessions started on or before this day</source>
        <translation>שיחות שהתחילו ביום הזה או לפניו</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="34"/>
        <source>only this agent&apos;s sessions</source>
        <translation>רק השיחות של הנציג הזה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="51"/>
        <source>Agent Copilot: suggestions beside any CRM, with the agent in control. Without a command, opens the side panel.</source>
        <translation>Agent Copilot: הצעות לצד כל CRM, והשליטה נשארת אצל הנציג. בלי פקודה, נפתחת החלונית הצדדית.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="55"/>
        <source>play bundled sample conversations in the panel</source>
        <translation>הצגת שיחות הדגמה מצורפות בחלונית</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="57"/>
        <source>playbook file (TOML or JSON)</source>
        <translation>קובץ תסריט (TOML או JSON)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="58"/>
        <source>customer context JSON for the session</source>
        <translation>הקשר לקוח ב-JSON עבור השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="60"/>
        <source>do not keep the panel above other windows</source>
        <translation>לא להשאיר את החלונית מעל חלונות אחרים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="62"/>
        <source>demo speed factor (2 = twice as fast)</source>
        <translation>מהירות ההדגמה (2 = פי שניים מהר יותר)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="65"/>
        <source>log debug details</source>
        <translation>רישום פרטי ניפוי באגים ביומן</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="67"/>
        <source>unattended use: log unexpected errors and keep crash.log, but show no dialog</source>
        <translation>שימוש ללא השגחה: רישום שגיאות לא צפויות ושמירת crash.log, בלי להציג חלון</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="73"/>
        <source>run the engine over a transcript and print every suggestion</source>
        <translation>הרצת המנוע על תמליל והדפסת כל הצעה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="74"/>
        <source>Run the panel&apos;s local engine (the playbook and the knowledge base, as the settings and policy choose them) over a transcript (JSON lines or &apos;Speaker: text&apos; lines) and print every card the panel would show, with its utterance index, kind, entry id, text, rationale and latency.</source>
        <translation>הרצת המנוע המקומי של החלונית (התסריט ומאגר הידע, כפי שההגדרות והמדיניות בוחרות) על תמליל (שורות JSON או שורות &apos;Speaker: text&apos;) והדפסת כל כרטיס שהחלונית הייתה מציגה, עם מספר האמירה, הסוג, מזהה הפריט, הטקסט, הנימוק וזמן התגובה.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="80"/>
        <source>transcript file, or - for standard input</source>
        <translation>קובץ תמליל, או - לקלט התקני</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="82"/>
        <source>playbook file (default: the panel&apos;s)</source>
        <translation>קובץ תסריט (ברירת מחדל: של החלונית)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="86"/>
        <source>customer context JSON</source>
        <translation>הקשר לקוח ב-JSON</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="88"/>
        <source>output format</source>
        <translation>תבנית פלט</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="94"/>
        <source>open the panel and listen to a live source</source>
        <translation>פתיחת החלונית והאזנה למקור חי</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="95"/>
        <source>Open the panel and feed it JSON lines (any message the local API takes) or &apos;Speaker: text&apos; lines from standard input or from a transcript file as it grows.</source>
        <translation>פתיחת החלונית והזנתה בשורות JSON (כל הודעה שה-API המקומי מקבל) או בשורות &apos;Speaker: text&apos; מהקלט התקני או מקובץ תמליל בזמן שהוא גדל.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="100"/>
        <source>read lines piped in by a transcription tool</source>
        <translation>קריאת שורות שמעביר כלי תמלול</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="102"/>
        <source>follow FILE as it grows, through truncation and rotation</source>
        <translation>מעקב אחר FILE בזמן שהוא גדל, גם אחרי קיצור והחלפה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="104"/>
        <source>session id for lines that name none</source>
        <translation>מזהה שיחה לשורות שאינן מציינות אחד</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="106"/>
        <source>with --follow: skip what FILE already holds</source>
        <translation>עם --follow: דילוג על מה שכבר נמצא ב-FILE</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="110"/>
        <source>replay a transcript into a running panel through the local API</source>
        <translation>הזנת תמליל לחלונית פועלת דרך ה-API המקומי</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="111"/>
        <source>Post each line of a transcript to a running panel&apos;s local API, as a CRM or transcription integration would. The token comes from the keychain unless given.</source>
        <translation>שליחת כל שורה של תמליל ל-API המקומי של חלונית פועלת, כפי שהיה עושה חיבור CRM או תמלול. האסימון נלקח ממחזיק המפתחות, אלא אם ניתן.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="116"/>
        <source>transcript file (JSON lines or &apos;Speaker: text&apos;)</source>
        <translation>קובץ תמליל (שורות JSON או &apos;Speaker: text&apos;)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="118"/>
        <source>session id (default: replay)</source>
        <translation>מזהה שיחה (ברירת מחדל: replay)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="119"/>
        <source>the panel&apos;s API address</source>
        <translation>כתובת ה-API של החלונית</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="120"/>
        <source>bearer token (default: COPILOT_API_TOKEN, else the OS keychain); other users can see it in the process list</source>
        <translation>אסימון bearer (ברירת מחדל: COPILOT_API_TOKEN, אחרת מחזיק המפתחות של המערכת); משתמשים אחרים רואים אותו ברשימת התהליכים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="123"/>
        <source>pause between lines (default 0: as fast as accepted)</source>
        <translation>השהיה בין שורות (ברירת מחדל 0: מהר ככל שמתקבל)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="124"/>
        <source>end the session after the last line</source>
        <translation>סיום השיחה אחרי השורה האחרונה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="125"/>
        <source>the knowledge base: import articles, try a search</source>
        <translation>מאגר הידע: ייבוא מאמרים, ניסיון חיפוש</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="126"/>
        <source>Manage the knowledge base the panel answers from.</source>
        <translation>ניהול מאגר הידע שממנו החלונית עונה.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="129"/>
        <source>import a folder or file of articles (Markdown, text, HTML, JSON lines, CSV)</source>
        <translation>ייבוא תיקייה או קובץ של מאמרים (Markdown, טקסט, HTML, שורות JSON, CSV)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="131"/>
        <source>Import articles; importing the same path again updates changed articles and removes deleted ones. A broken file is reported and skipped; the rest imports.</source>
        <translation>ייבוא מאמרים; ייבוא חוזר של אותו נתיב מעדכן מאמרים ששונו ומסיר מאמרים שנמחקו. קובץ פגום מדווח ומדולג; השאר מיובא.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="136"/>
        <source>show what the knowledge base answers to a question or a conversation</source>
        <translation>הצגת מה שמאגר הידע עונה לשאלה או לשיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="137"/>
        <source>Rank the articles for a question, or, with --conversation, for a transcript&apos;s latest customer line with the conversation before it, exactly as the panel searches. The confidence is the chance that the article is right; the panel shows a card from the knowledge_threshold setting up.</source>
        <translation>דירוג המאמרים לשאלה, או עם --conversation לשורת הלקוח האחרונה בתמליל יחד עם השיחה שלפניה, בדיוק כפי שהחלונית מחפשת. רמת הביטחון היא הסיכוי שהמאמר נכון; החלונית מציגה כרטיס מההגדרה knowledge_threshold ומעלה.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="142"/>
        <source>a customer&apos;s question</source>
        <translation>שאלה של לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="144"/>
        <source>transcript file (JSON lines or &apos;Speaker: text&apos;), or - for standard input</source>
        <translation>קובץ תמליל (שורות JSON או &apos;Speaker: text&apos;), או - לקלט התקני</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="147"/>
        <source>output format (jsonl: one article per line with id, title, confidence)</source>
        <translation>תבנית פלט (jsonl: מאמר אחד בכל שורה עם id, title, confidence)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="150"/>
        <source>the language model for AI drafts: key and connection</source>
        <translation>מודל השפה לטיוטות AI: מפתח וחיבור</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="151"/>
        <source>Keep the model&apos;s API key in the OS keychain, or test the endpoint set in the settings (ai_base_url, ai_model).</source>
        <translation>שמירת מפתח ה-API של המודל במחזיק המפתחות של המערכת, או בדיקת נקודת הקצה שבהגדרות (ai_base_url, ai_model).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="155"/>
        <source>store the API key in the OS keychain (read from standard input)</source>
        <translation>שמירת מפתח ה-API במחזיק המפתחות (נקרא מהקלט התקני)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="157"/>
        <source>remove the API key from the OS keychain</source>
        <translation>הסרת מפתח ה-API ממחזיק המפתחות</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="158"/>
        <source>send a short request and report latency and the answer</source>
        <translation>שליחת בקשה קצרה ודיווח על זמן התגובה ועל התשובה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="168"/>
        <source>the team&apos;s live calls: follow one, send its agent a note</source>
        <translation>השיחות החיות של הצוות: מעקב אחר שיחה ושליחת הערה לנציג</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="169"/>
        <source>The live calls of the teams your central_url login supervises: agent, duration, mood, escalations, silences and alerts; open one to follow it and send its agent a note.</source>
        <translation>השיחות החיות של הצוותים שבפיקוח משתמש ה-central_url שלך: נציג, משך, מצב רוח, הסלמות, שתיקות והתראות; פתיחת שיחה מאפשרת לעקוב אחריה ולשלוח הערה לנציג.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="172"/>
        <source>how your notes are signed (default: the agent_name setting or your login)</source>
        <translation>איך ההערות שלך חתומות (ברירת מחדל: ההגדרה agent_name או שם המשתמש שלך)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="27"/>
        <source>GDPR: erase or export a customer&apos;s data, purge old sessions, show the audit</source>
        <translation>GDPR: מחיקה או ייצוא של נתוני לקוח, ניקוי שיחות ישנות, הצגת יומן הביקורת</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="29"/>
        <source>Privacy operations on this machine&apos;s recorded sessions and logs. Each erase, export and purge is written to an audit that keeps counts and a keyed hash of the subject, never the subject.</source>
        <translation>פעולות פרטיות על השיחות המתועדות והיומנים במחשב זה. כל מחיקה, ייצוא וניקוי נרשמים ביומן ביקורת ששומר ספירות וגיבוב מפתח של הנושא, ולעולם לא את הנושא עצמו.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="34"/>
        <source>erase a customer&apos;s sessions, or one session, for good</source>
        <translation>מחיקה לצמיתות של שיחות לקוח, או של שיחה אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="35"/>
        <source>Delete every session of a customer (matched by the customer id in the CRM details or the CRM&apos;s id for the call), or one session, so that nothing of it can be found in the database file, its write-ahead log or the log files. Cannot be undone: needs --yes.</source>
        <translation>מחיקת כל שיחה של לקוח (לפי מזהה הלקוח בפרטי ה-CRM או מזהה השיחה ב-CRM), או של שיחה אחת, כך שדבר ממנה לא יימצא בקובץ מסד הנתונים, ביומן הכתיבה מראש או בקובצי היומן. אי אפשר לבטל: נדרש --yes.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="41"/>
        <location filename="../../copilot/cli/privacy.py" line="53"/>
        <source>the customer&apos;s id in the CRM</source>
        <translation>מזהה הלקוח ב-CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="43"/>
        <source>one recorded session&apos;s id</source>
        <translation>מזהה של שיחה מתועדת אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="45"/>
        <source>confirm: erasing cannot be undone</source>
        <translation>אישור: אי אפשר לבטל מחיקה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="47"/>
        <source>write everything held about a customer to a JSON file (subject access request)</source>
        <translation>כתיבת כל מה שנשמר על לקוח לקובץ JSON (בקשת עיון)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="49"/>
        <source>Write the customer&apos;s sessions (details, transcript, cards, decisions, notes, scorecards), log lines that mention them and past privacy operations to one JSON file.</source>
        <translation>כתיבת השיחות של הלקוח (פרטים, תמליל, כרטיסים, החלטות, הערות, כרטיסי ציון), שורות יומן שמזכירות אותו ופעולות פרטיות קודמות לקובץ JSON אחד.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="55"/>
        <location filename="../../copilot/cli/sessions.py" line="64"/>
        <source>the file to write</source>
        <translation>הקובץ לכתיבה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="57"/>
        <source>delete sessions older than the retention period</source>
        <translation>מחיקת שיחות ישנות מתקופת השמירה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="58"/>
        <source>Delete sessions that started more than N days ago, with everything that belongs to them.</source>
        <translation>מחיקת שיחות שהתחילו לפני יותר מ-N ימים, עם כל מה ששייך להן.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="61"/>
        <source>keep N days (default: the retention_days setting; 0 keeps everything)</source>
        <translation>שמירת N ימים (ברירת מחדל: ההגדרה retention_days; 0 שומר הכול)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="63"/>
        <source>list the privacy operations done on this machine</source>
        <translation>רשימת פעולות הפרטיות שבוצעו במחשב זה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="64"/>
        <source>List every erase, export and purge, oldest first.</source>
        <translation>רשימת כל מחיקה, ייצוא וניקוי, מהישן לחדש.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="66"/>
        <source>print the audit as JSON</source>
        <translation>הדפסת יומן הביקורת כ-JSON</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="29"/>
        <source>replay a recorded session, write its coaching report, or re-run it (what-if)</source>
        <translation>צפייה חוזרת בשיחה מתועדת, כתיבת דוח האימון שלה או הרצתה מחדש (מה-אם)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="31"/>
        <source>Open a recorded session (an id from &apos;copilot sessions list&apos;, or an exported file) in the replay window; or write its coaching report; or re-run it through today&apos;s playbook.</source>
        <translation>פתיחת שיחה מתועדת (מזהה מ-&apos;copilot sessions list&apos;, או קובץ מיוצא) בחלון הצפייה החוזרת; או כתיבת דוח האימון שלה; או הרצתה מחדש עם התסריט של היום.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="34"/>
        <source>a session id, or a file from &apos;copilot sessions export&apos;</source>
        <translation>מזהה שיחה, או קובץ מ-&apos;copilot sessions export&apos;</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="36"/>
        <source>write the coaching report to OUT (.pdf or .html)</source>
        <translation>כתיבת דוח האימון אל OUT (.pdf או .html)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="39"/>
        <source>re-run through the current playbook and print old and new suggestions per utterance</source>
        <translation>הרצה מחדש עם התסריט הנוכחי והדפסת ההצעות הישנות והחדשות לכל אמירה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="42"/>
        <source>with --what-if: the playbook to try instead of the current one</source>
        <translation>עם --what-if: התסריט לנסות במקום הנוכחי</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="44"/>
        <source>with --what-if: output format (default text)</source>
        <translation>עם --what-if: תבנית פלט (ברירת מחדל text)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="33"/>
        <source>recorded sessions: list and search, export one to a file, import one</source>
        <translation>שיחות מתועדות: רשימה וחיפוש, ייצוא שיחה לקובץ, ייבוא שיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="34"/>
        <source>The recorded sessions in this machine&apos;s database: list and search them, export one as a file (optionally with personal data redacted) for a trainer, import a file received from an agent.</source>
        <translation>השיחות המתועדות במסד הנתונים של המחשב הזה: רשימה וחיפוש, ייצוא שיחה כקובץ (אפשר עם פרטים אישיים מושחרים) עבור מאמן, ייבוא קובץ שהתקבל מנציג.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="38"/>
        <source>list sessions, newest first, with their card counts</source>
        <translation>רשימת שיחות, מהחדשה לישנה, עם מספרי הכרטיסים שלהן</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="40"/>
        <source>List recorded sessions, newest first. Filters combine; --search needs every word somewhere in the session&apos;s transcript.</source>
        <translation>רשימת שיחות מתועדות, מהחדשה לישנה. המסננים מצטרפים; --search דורש שכל מילה תופיע איפשהו בתמליל השיחה.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="44"/>
        <source>output format (default: text)</source>
        <translation>תבנית פלט (ברירת מחדל: text)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="46"/>
        <source>words said in the session (prefixes match)</source>
        <translation>מילים שנאמרו בשיחה (די בתחילת מילה)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="49"/>
        <source>only sessions with this {field}</source>
        <translation>רק שיחות עם {field} זה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="55"/>
        <source>at most N sessions (default 500)</source>
        <translation>לכל היותר N שיחות (ברירת מחדל 500)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="57"/>
        <source>list from the central record (the central_url setting) instead of this computer</source>
        <translation>רשימה מהמאגר המרכזי (ההגדרה central_url) במקום מהמחשב הזה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="59"/>
        <source>write one session to a file</source>
        <translation>כתיבת שיחה אחת לקובץ</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="60"/>
        <source>Write one session (transcript, cards, decisions, notes, scorecard) to a ZIP file another Agent Copilot can import.</source>
        <translation>כתיבת שיחה אחת (תמליל, כרטיסים, החלטות, הערות, כרטיס ציון) לקובץ ZIP ש-Agent Copilot אחר יכול לייבא.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="66"/>
        <source>replace names, e-mail addresses, phone numbers and other personal data by placeholders</source>
        <translation>החלפת שמות, כתובות דוא&quot;ל, מספרי טלפון ופרטים אישיים אחרים בממלאי מקום</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="68"/>
        <source>add a session file to the database</source>
        <translation>הוספת קובץ שיחה למסד הנתונים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="69"/>
        <source>Add a session exported by Agent Copilot. A damaged or changed file is refused and nothing is written.</source>
        <translation>הוספת שיחה שיוצאה מ-Agent Copilot. קובץ פגום או ששונה נדחה ולא נכתב דבר.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="74"/>
        <source>overwrite a session with the same id but different content</source>
        <translation>החלפת שיחה עם אותו מזהה אך תוכן שונה</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="34"/>
        <source>draft the wrap-up of a recorded call or a transcript</source>
        <translation>ניסוח סיכום של שיחה מתועדת או של תמליל</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="35"/>
        <source>Draft the wrap-up note of a call: reason for contact, what was done or agreed, follow-ups with dates, disposition codes from the team&apos;s list, the customer&apos;s mood at the start and the end, and whether AI-drafted text reached the customer.</source>
        <translation>ניסוח הערת הסיכום של שיחה: סיבת הפנייה, מה נעשה או סוכם, המשכים עם תאריכים, קודי סיווג מהרשימה של הצוות, מצב הרוח של הלקוח בהתחלה ובסוף, והאם טקסט שנוסח על ידי AI הגיע ללקוח.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="40"/>
        <source>a recorded session id (or its start), a session file, a transcript file, or - for a transcript on standard input</source>
        <translation>מזהה שיחה מתועדת (או תחילתו), קובץ שיחה, קובץ תמליל, או - לתמליל בקלט התקני</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="43"/>
        <source>the team&apos;s dispositions CSV (default: the built-in list)</source>
        <translation>קובץ ה-CSV של קודי הסיווג של הצוות (ברירת מחדל: הרשימה המובנית)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="45"/>
        <source>the note to paste (text, default) or its fields (json)</source>
        <translation>ההערה להדבקה (text, ברירת מחדל) או השדות שלה (json)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="47"/>
        <source>the day of the call, for &apos;tomorrow&apos; and the like (default: the session&apos;s day, or today)</source>
        <translation>יום השיחה, עבור &apos;מחר&apos; וכדומה (ברירת מחדל: יום השיחה המתועדת, או היום)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="49"/>
        <source>never ask the AI model, even when AI drafts are on</source>
        <translation>לעולם לא לפנות למודל ה-AI, גם כשטיוטות AI מופעלות</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="20"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="21"/>
        <source>You</source>
        <translation>את/ה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="30"/>
        <source>The conversation appears here.</source>
        <translation>השיחה תופיע כאן.</translation>
    </message>
</context>
<context>
    <name>CopilotApp</name>
    <message>
        <location filename="../../copilot/app.py" line="154"/>
        <source>Not recording this session: {problem}</source>
        <translation>השיחה הזו לא מוקלטת: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="170"/>
        <source>Conversation</source>
        <translation>שיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="183"/>
        <source>Wrap-up codes: {problem}; using the bundled list</source>
        <translation>קודי סיכום: {problem}; משתמשים ברשימה המובנית</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="212"/>
        <source>AI drafts off: {problem}</source>
        <translation>טיוטות AI כבויות: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="237"/>
        <source>Customer context not loaded: {problem}</source>
        <translation>פרטי הלקוח לא נטענו: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="283"/>
        <location filename="../../copilot/app.py" line="320"/>
        <source>Local API off: {problem}</source>
        <translation>ה-API המקומי כבוי: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="304"/>
        <source>{problem}; restarting it</source>
        <translation>{problem}; מופעל מחדש</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="323"/>
        <source>The local API is back on {url}</source>
        <translation>ה-API המקומי פועל שוב בכתובת {url}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="342"/>
        <source>Not recording: {problem}. What is said now waits in memory until it can be written; it is lost if the panel closes first.</source>
        <translation>ההקלטה נעצרה: {problem}. מה שנאמר עכשיו ממתין בזיכרון עד שאפשר יהיה לכתוב אותו; הוא יאבד אם החלונית תיסגר לפני כן.</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="344"/>
        <source>Knowledge answers off: {problem}</source>
        <translation>תשובות ממאגר הידע כבויות: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="447"/>
        <source>Demo: {title}</source>
        <translation>הדגמה: {title}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../copilot/shell/crash.py" line="62"/>
        <source>It happened {n} times; the details are of the first.</source>
        <translation>זה קרה {n} פעמים; הפרטים הם של הפעם הראשונה.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="66"/>
        <source>Something went wrong inside Agent Copilot. Your session is kept and the panel keeps running. The details below help us fix it; they contain no customer data.</source>
        <translation>משהו השתבש ב-Agent Copilot. השיחה נשמרה והחלונית ממשיכה לפעול. הפרטים שלמטה יעזרו לנו לתקן את התקלה; אין בהם נתוני לקוחות.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="74"/>
        <source>Copy diagnostics</source>
        <translation>העתקת פרטי האבחון</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="78"/>
        <source>Open log folder</source>
        <translation>פתיחת תיקיית היומנים</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="95"/>
        <source>Agent Copilot stopped unexpectedly last time; the report is in {folder}.</source>
        <translation>בפעם הקודמת Agent Copilot נעצר באופן לא צפוי; הדוח נמצא ב-{folder}.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="99"/>
        <source>Agent Copilot stopped unexpectedly last time. The report below contains no customer data; copy it for your IT team if the problem comes back.</source>
        <translation>בפעם הקודמת Agent Copilot נעצר באופן לא צפוי. הדוח שלמטה לא מכיל נתוני לקוחות; אם הבעיה חוזרת, כדאי להעתיק אותו לצוות ה-IT.</translation>
    </message>
</context>
<context>
    <name>CrmBridge</name>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="42"/>
        <source>Pasting into the CRM is off: {reason}. Insert copies to the clipboard; paste with Ctrl+V.</source>
        <translation>ההדבקה ב-CRM כבויה: {reason}. &apos;הכנסה&apos; מעתיקה ללוח; מדביקים עם Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="47"/>
        <source>Global hotkeys are off: {reason}.</source>
        <translation>קיצורי המקלדת הגלובליים כבויים: {reason}.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="63"/>
        <source>Pasted into the CRM</source>
        <translation>הודבק ב-CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="64"/>
        <source>Copied: paste it into the CRM with Ctrl+V (no window to paste into)</source>
        <translation>הועתק: מדביקים ב-CRM עם Ctrl+V (אין חלון להדבקה)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="69"/>
        <source>Copied: paste it into the CRM with Ctrl+V (pasting failed)</source>
        <translation>הועתק: מדביקים ב-CRM עם Ctrl+V (ההדבקה נכשלה)</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../copilot/engines/prompt.py" line="31"/>
        <source>AI unavailable, playbook only</source>
        <translation>AI לא זמין, רק ספר התסריטים</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="194"/>
        <source>The wrap-up is empty: write a line or two before approving it.</source>
        <translation>הסיכום ריק: כדאי לכתוב שורה או שתיים לפני האישור.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="238"/>
        <source>Customer details updated from the CRM</source>
        <translation>פרטי הלקוח עודכנו מה-CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="353"/>
        <source>Suggestions paused: {problem}</source>
        <translation>ההצעות מושהות: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="356"/>
        <source>Suggestions paused: the playbook engine failed on that line. The details are in the log.</source>
        <translation>ההצעות מושהות: מנוע התסריטים נכשל בשורה הזו. הפרטים ביומן.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="415"/>
        <source>Nothing to insert: the text is empty. Esc keeps the card as it was.</source>
        <translation>אין מה להכניס: הטקסט ריק. Esc משאיר את הכרטיס כפי שהיה.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="483"/>
        <source>{name} sent a note on another call: {label}</source>
        <translation>{name} שלח/ה הערה בשיחה אחרת: {label}</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <location filename="../../copilot/model.py" line="66"/>
        <source>Wrong</source>
        <translation>שגוי</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="67"/>
        <source>Not relevant</source>
        <translation>לא רלוונטי</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="68"/>
        <source>Wrong tone</source>
        <translation>טון לא מתאים</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="69"/>
        <source>Already done</source>
        <translation>כבר בוצע</translation>
    </message>
</context>
<context>
    <name>Dispositions</name>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="75"/>
        <source>cannot read the dispositions file ({reason})</source>
        <translation>לא ניתן לקרוא את קובץ קודי הסיווג ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="81"/>
        <source>the file is not UTF-8 text (save it as &apos;CSV UTF-8&apos;)</source>
        <translation>הקובץ אינו טקסט UTF-8 (יש לשמור אותו כ-&apos;CSV UTF-8&apos;)</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="92"/>
        <source>the file is empty; it needs a header row such as &apos;code,label_en,description&apos;</source>
        <translation>הקובץ ריק; הוא צריך שורת כותרת כמו &apos;code,label_en,description&apos;</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="103"/>
        <source>field &apos;code&apos;: {code} is already used on line {line}</source>
        <translation>שדה &apos;code&apos;: {code} כבר בשימוש בשורה {line}</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="110"/>
        <source>the file has a header but no codes</source>
        <translation>לקובץ יש כותרת אבל אין קודים</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="125"/>
        <source>not valid CSV ({reason})</source>
        <translation>CSV לא תקין ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="135"/>
        <source>unknown column {name} (known columns: {known})</source>
        <translation>עמודה לא מוכרת {name} (עמודות מוכרות: {known})</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="139"/>
        <source>the header has no {name} column</source>
        <translation>בכותרת אין עמודה {name}</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="143"/>
        <source>column {name} appears twice in the header</source>
        <translation>העמודה {name} מופיעה פעמיים בכותרת</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="150"/>
        <source>{fields} fields where the header has {columns} columns (a comma in an unquoted description?)</source>
        <translation>{fields} שדות כשבכותרת יש {columns} עמודות (פסיק בתיאור ללא מירכאות?)</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="156"/>
        <source>field &apos;code&apos;: empty; every row needs a code</source>
        <translation>שדה &apos;code&apos;: ריק; כל שורה צריכה קוד</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="159"/>
        <source>field &apos;code&apos;: {code} must be one word of at most {n} characters</source>
        <translation>שדה &apos;code&apos;: {code} חייב להיות מילה אחת של עד {n} תווים</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="163"/>
        <source>field &apos;description&apos;: empty for code {code}; the description is what the code is chosen by</source>
        <translation>שדה &apos;description&apos;: ריק עבור הקוד {code}; לפי התיאור בוחרים את הקוד</translation>
    </message>
</context>
<context>
    <name>HeldPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="148"/>
        <source>Held back, not shown to the agent</source>
        <translation>עוכב, לא הוצג לנציג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="178"/>
        <source>None so far.</source>
        <translation>עדיין אין.</translation>
    </message>
</context>
<context>
    <name>InputBar</name>
    <message>
        <location filename="../../copilot/panel/window.py" line="46"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="47"/>
        <source>Me</source>
        <translation>אני</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="48"/>
        <source>Who said the line (Ctrl+K switches)</source>
        <translation>מי אמר את השורה (Ctrl+K מחליף)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="51"/>
        <source>Type or paste what was said, Enter to add</source>
        <translation>להקליד או להדביק את מה שנאמר, Enter להוספה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="56"/>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../copilot/config/keychain.py" line="135"/>
        <source>This computer has no keychain, so the token is kept in {path}, which only you can read.</source>
        <translation>אין במחשב הזה מחזיק מפתחות, ולכן הטוקן נשמר ב-{path}, שרק את/ה יכול/ה לקרוא.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/keychain.py" line="137"/>
        <source>This computer has no keychain to keep the token, and your organisation does not allow a file.</source>
        <translation>אין במחשב הזה מחזיק מפתחות לשמירת הטוקן, והארגון לא מתיר קובץ.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/keychain.py" line="139"/>
        <source>The token is kept in this computer&apos;s keychain.</source>
        <translation>הטוקן נשמר במחזיק המפתחות של המחשב.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../copilot/model.py" line="40"/>
        <source>Supervisor</source>
        <translation>מפקח/ת</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="41"/>
        <source>Escalation</source>
        <translation>הסלמה</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="42"/>
        <source>Compliance</source>
        <translation>ציות</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="43"/>
        <source>Objection</source>
        <translation>התנגדות</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="44"/>
        <source>Knowledge</source>
        <translation>ידע</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="45"/>
        <source>Upsell</source>
        <translation>מכירה נוספת</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="46"/>
        <source>Reply</source>
        <translation>תשובה</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="83"/>
        <source>{path} is damaged ({reason}); import the articles again to rebuild it</source>
        <translation>{path} פגום ({reason}); יש לייבא את המאמרים מחדש כדי לבנות אותו מחדש</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="125"/>
        <source>{path}: cannot open the knowledge base ({reason})</source>
        <translation>{path}: לא ניתן לפתוח את מאגר הידע ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="213"/>
        <source>{path}: no such file or folder to import</source>
        <translation>{path}: אין קובץ או תיקייה כאלה לייבוא</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="534"/>
        <source>{path} is damaged ({reason}) and cannot be moved aside to start anew ({problem})</source>
        <translation>{path} פגום ({reason}) ואי אפשר להעביר אותו הצידה כדי להתחיל מחדש ({problem})</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="537"/>
        <source>{path} was damaged ({reason}): it was moved aside as {moved} and a new knowledge base started; import every article file or folder again</source>
        <translation>{path} היה פגום ({reason}): הוא הועבר הצידה בשם {moved} ונפתח מאגר ידע חדש; יש לייבא שוב את כל קובצי או תיקיות המאמרים</translation>
    </message>
</context>
<context>
    <name>KnowledgeImport</name>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="34"/>
        <source>Import knowledge articles</source>
        <translation>ייבוא מאמרי ידע</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="39"/>
        <source>Importing articles…</source>
        <translation>מייבא מאמרים…</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="41"/>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="78"/>
        <source>Knowledge base</source>
        <translation>מאגר ידע</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="60"/>
        <source>Importing articles… {done} of {total} files</source>
        <translation>מייבא מאמרים… {done} מתוך {total} קבצים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="61"/>
        <source>Indexing articles… {done} of {total} articles</source>
        <translation>מאנדקס מאמרים… {done} מתוך {total} מאמרים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="70"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>{added} נוספו, {updated} עודכנו, {removed} הוסרו, {unchanged} ללא שינוי.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="75"/>
        <source>Skipped:</source>
        <translation>דולגו:</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="77"/>
        <source>The import stopped: {problem}</source>
        <translation>הייבוא נעצר: {problem}</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="52"/>
        <source>All agents</source>
        <translation>כל הנציגים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="53"/>
        <source>All teams</source>
        <translation>כל הצוותים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="54"/>
        <source>All channels</source>
        <translation>כל הערוצים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="55"/>
        <source>All languages</source>
        <translation>כל השפות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="56"/>
        <source>All outcomes</source>
        <translation>כל התוצאות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="57"/>
        <source>All tags</source>
        <translation>כל התגיות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="112"/>
        <source>Session library</source>
        <translation>ספריית השיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="117"/>
        <source>Search what was said (all words, any order)</source>
        <translation>חיפוש במה שנאמר (כל המילים, בכל סדר)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="132"/>
        <source>Between</source>
        <translation>בין</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="158"/>
        <source>Open replay</source>
        <translation>פתיחת ההשמעה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="161"/>
        <source>Import session…</source>
        <translation>ייבוא שיחה…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="163"/>
        <source>Export session…</source>
        <translation>ייצוא שיחה…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="165"/>
        <source>Redact personal data</source>
        <translation>השחרת מידע אישי</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="167"/>
        <source>Statistics…</source>
        <translation>סטטיסטיקה…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="205"/>
        <source>Searching…</source>
        <translation>מחפש…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="228"/>
        <source>{shown} of more than {total} sessions</source>
        <translation>{shown} מתוך יותר מ־{total} שיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="231"/>
        <source>{shown} of {total} sessions</source>
        <translation>{shown} מתוך {total} שיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>1 session</source>
        <translation>שיחה אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>{n} sessions</source>
        <translation>{n} שיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="237"/>
        <source>No session matches.</source>
        <translation>אין שיחה מתאימה.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="237"/>
        <source>No sessions recorded yet.</source>
        <translation>עדיין לא הוקלטו שיחות.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="250"/>
        <source>Could not read the session library: {problem}</source>
        <translation>לא ניתן לקרוא את ספריית השיחות: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="262"/>
        <source>Choose a session first.</source>
        <translation>יש לבחור שיחה קודם.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="269"/>
        <source>Choose a session to export first.</source>
        <translation>יש לבחור קודם שיחה לייצוא.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="272"/>
        <source>Export session</source>
        <translation>ייצוא שיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="274"/>
        <source>Copilot sessions (*.copilot-session)</source>
        <translation>שיחות Copilot (*.copilot-session)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="278"/>
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="281"/>
        <source>Exported to {path} with personal data redacted.</source>
        <translation>יוצא אל {path}, עם השחרת מידע אישי.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="282"/>
        <source>Exported to {path}.</source>
        <translation>יוצא אל {path}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="287"/>
        <source>Import session</source>
        <translation>ייבוא שיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="288"/>
        <source>Copilot sessions (*.copilot-session);;All files (*)</source>
        <translation>שיחות Copilot (*.copilot-session);;כל הקבצים (*)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="292"/>
        <source>Importing…</source>
        <translation>מייבא…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="297"/>
        <source>Session {id}: {status} ({lines} lines, {cards} cards).</source>
        <translation>שיחה {id}: {status} ({lines} שורות, {cards} כרטיסים).</translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="27"/>
        <source>Agent</source>
        <translation>נציג/ה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="28"/>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="29"/>
        <source>Mood</source>
        <translation>מצב רוח</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="30"/>
        <source>Escalations</source>
        <translation>הסלמות</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="31"/>
        <source>Silence</source>
        <translation>שקט</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="32"/>
        <source>Attention</source>
        <translation>לתשומת לב</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="52"/>
        <source>upset</source>
        <translation>כועס</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="52"/>
        <source>pleased</source>
        <translation>מרוצה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="54"/>
        <source>worsening</source>
        <translation>מחמיר</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="55"/>
        <source>improving</source>
        <translation>משתפר</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="112"/>
        <source>(unknown agent)</source>
        <translation>(נציג לא ידוע)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="114"/>
        <source>{agent} (ended)</source>
        <translation>{agent} (הסתיימה)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="122"/>
        <source>{handled} of {raised} handled</source>
        <translation>{handled} מתוך {raised} טופלו</translation>
    </message>
</context>
<context>
    <name>MoodIndicator</name>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="16"/>
        <source>The customer&apos;s mood, estimated from the words they use. An estimate, not a verdict: it shows only when their recent lines agree, and says nothing otherwise.</source>
        <translation>מצב הרוח של הלקוח, לפי המילים שבהן השתמש. הערכה, לא פסק דין: מוצג רק כשהשורות האחרונות עקביות, ואחרת לא מוצג דבר.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="19"/>
        <source>getting worse over the last lines</source>
        <translation>הולך ומחמיר בשורות האחרונות</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="20"/>
        <source>getting better over the last lines</source>
        <translation>הולך ומשתפר בשורות האחרונות</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="21"/>
        <source>steady over the last lines</source>
        <translation>יציב בשורות האחרונות</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="24"/>
        <source>upset</source>
        <translation>מוטרד</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="25"/>
        <source>pleased</source>
        <translation>מרוצה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="26"/>
        <source>worsening</source>
        <translation>מחמיר</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="27"/>
        <source>improving</source>
        <translation>משתפר</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="68"/>
        <source>Customer seems {mood}</source>
        <translation>הלקוח נראה {mood}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="71"/>
        <source>Customer mood: {mood}</source>
        <translation>מצב רוח הלקוח: {mood}</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="55"/>
        <source>Write a note for this moment, then press Enter</source>
        <translation>כתיבת הערה לרגע הזה, ואז Enter</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="58"/>
        <source>tags, comma separated (empathy, upsell)</source>
        <translation>תגיות, מופרדות בפסיקים (אמפתיה, מכירה)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="60"/>
        <source>Pin at 0:00</source>
        <translation>הצמדה ב-0:00</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="63"/>
        <source>Delete note</source>
        <translation>מחיקת הערה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="84"/>
        <source>Pin at {time}</source>
        <translation>הצמדה ב-{time}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="97"/>
        <source>Write the note first.</source>
        <translation>יש לכתוב קודם את ההערה.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="104"/>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="114"/>
        <source>Note pinned at {time}.</source>
        <translation>ההערה הוצמדה ב-{time}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="129"/>
        <source>Note deleted.</source>
        <translation>ההערה נמחקה.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="132"/>
        <source>Could not save the note: {problem}</source>
        <translation>לא ניתן לשמור את ההערה: {problem}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../copilot/panel/notices.py" line="55"/>
        <source> (+{n} more)</source>
        <translation> (+{n} נוספות)</translation>
    </message>
</context>
<context>
    <name>PanelController</name>
    <message>
        <location filename="../../copilot/panel/controller.py" line="116"/>
        <source>Conversation</source>
        <translation>שיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="259"/>
        <source>AI drafts: {reason}</source>
        <translation>טיוטות AI: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="288"/>
        <source>{n} shown</source>
        <translation>{n} הוצגו</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="289"/>
        <source>{n} used</source>
        <translation>{n} שומשו</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="290"/>
        <source>{n} discarded</source>
        <translation>{n} נדחו</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="292"/>
        <source>cards in {ms} ms</source>
        <translation>כרטיסים תוך ⁦{ms} ms⁩</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="294"/>
        <source>AI {n} tokens</source>
        <translation>AI ‏{n} טוקנים</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="316"/>
        <source>Wrap-up copied: paste it into the CRM with Ctrl+V</source>
        <translation>הסיכום הועתק: מדביקים ב-CRM עם Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="338"/>
        <source>Edited text copied: paste it into the CRM with Ctrl+V</source>
        <translation>הטקסט הערוך הועתק: מדביקים ב-CRM עם Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="340"/>
        <source>Copied: paste it into the CRM with Ctrl+V</source>
        <translation>הועתק: מדביקים ב-CRM עם Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="365"/>
        <source>Card {n} was out of sight; here it is. Press again to insert it.</source>
        <translation>כרטיס {n} לא היה גלוי; הנה הוא. לחיצה נוספת תכניס אותו.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="366"/>
        <source>Card {n} was out of sight; here it is. Press again to discard it.</source>
        <translation>כרטיס {n} לא היה גלוי; הנה הוא. לחיצה נוספת תדחה אותו.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="367"/>
        <source>Card {n} was out of sight; here it is. Press again to edit it.</source>
        <translation>כרטיס {n} לא היה גלוי; הנה הוא. לחיצה נוספת תפתח אותו לעריכה.</translation>
    </message>
</context>
<context>
    <name>PanelWindow</name>
    <message>
        <location filename="../../copilot/panel/window.py" line="101"/>
        <location filename="../../copilot/panel/window.py" line="107"/>
        <source>Agent Copilot</source>
        <translation>Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="109"/>
        <source>The customer&apos;s language; suggestions follow it</source>
        <translation>שפת הלקוח; ההצעות מותאמות אליה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="114"/>
        <source>Pin</source>
        <translation>נעיצה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="117"/>
        <source>Keep the panel above other windows</source>
        <translation>החלונית תישאר מעל חלונות אחרים</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="121"/>
        <source>Clip</source>
        <translation>לוח</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="123"/>
        <source>Listen to the clipboard: text you copy elsewhere becomes a customer line</source>
        <translation>האזנה ללוח: טקסט שמעתיקים במקום אחר הופך לשורת לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="128"/>
        <source>Settings, the session library and statistics</source>
        <translation>הגדרות, ספריית השיחות וסטטיסטיקה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="132"/>
        <source>Settings…</source>
        <translation>הגדרות…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="134"/>
        <source>Session library…</source>
        <translation>ספריית השיחות…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="135"/>
        <source>Statistics…</source>
        <translation>סטטיסטיקה…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="154"/>
        <source>SUGGESTIONS</source>
        <translation>הצעות</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="182"/>
        <source>Sent to AI</source>
        <translation>נשלח ל-AI</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="183"/>
        <source>Show exactly what the last AI request sent (personal data replaced)</source>
        <translation>הצגה מדויקת של מה שנשלח בבקשת ה-AI האחרונה (מידע אישי הוחלף)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="215"/>
        <source>Playbook</source>
        <translation>ספר תסריטים</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="217"/>
        <source>Suggestions come from the playbook “{name}”, on this computer</source>
        <translation>ההצעות מגיעות מספר התסריטים &quot;{name}&quot;, במחשב הזה</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <location filename="../../copilot/playbook/file.py" line="127"/>
        <source>cannot read the playbook ({reason})</source>
        <translation>לא ניתן לקרוא את התסריט ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="135"/>
        <source>the file is not UTF-8 text</source>
        <translation>הקובץ אינו טקסט UTF-8</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="137"/>
        <source>not valid {format}: {reason}</source>
        <translation>{format} לא תקין: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="188"/>
        <source>the top level must be a table</source>
        <translation>הרמה העליונה חייבת להיות טבלה</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="191"/>
        <source>[playbook] must be a table</source>
        <translation>[playbook] חייב להיות טבלה</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="194"/>
        <source>[playbook] default_language {value} is not a language code</source>
        <translation>[playbook] default_language {value} אינו קוד שפה</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="198"/>
        <source>no entries: add at least one [[entry]] table</source>
        <translation>אין פריטים: יש להוסיף לפחות טבלת [[entry]] אחת</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../copilot/config/policy.py" line="59"/>
        <source>policy file {path}: {problems}</source>
        <translation>קובץ מדיניות {path}: {problems}</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="78"/>
        <source>This setting is managed by your organisation: it is held at its safest value because the policy file {path} has a problem.</source>
        <translation>ההגדרה הזו מנוהלת על ידי הארגון: היא נשמרת בערך הבטוח ביותר כי בקובץ המדיניות {path} יש בעיה.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="80"/>
        <source>This setting is managed by your organisation (policy file {path}).</source>
        <translation>ההגדרה הזו מנוהלת על ידי הארגון (קובץ מדיניות {path}).</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="107"/>
        <source>cannot be read ({reason})</source>
        <translation>לא ניתן לקריאה ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="112"/>
        <source>is not UTF-8 text</source>
        <translation>אינו טקסט UTF-8</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="114"/>
        <source>is not valid TOML ({reason})</source>
        <translation>אינו TOML תקין ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="116"/>
        <source>unknown key &apos;{key}&apos; (a policy holds version, [settings] and [defaults])</source>
        <translation>מפתח לא מוכר &apos;{key}&apos; (מדיניות מכילה version, [settings] ו-[defaults])</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="132"/>
        <source>setting &apos;{name}&apos; is both locked in [settings] and a default in [defaults]; keep one</source>
        <translation>ההגדרה &apos;{name}&apos; גם נעולה ב-[settings] וגם ברירת מחדל ב-[defaults]; יש להשאיר אחת</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../copilot/coaching/service.py" line="118"/>
        <source>{given}: no such file, and no recorded session with that id</source>
        <translation>{given}: אין קובץ כזה, ואין שיחה מתועדת עם המזהה הזה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="119"/>
        <source>{given}: no recorded session with that id</source>
        <translation>{given}: אין שיחה מתועדת עם המזהה הזה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="122"/>
        <source>{given}: more than one session starts with that; give more of the id</source>
        <translation>{given}: יותר משיחה אחת מתחילה כך; יש לתת חלק ארוך יותר מהמזהה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="300"/>
        <source>no session with id {id} in the central record at {where} (or not one of your teams&apos;)</source>
        <translation>אין שיחה עם המזהה {id} במאגר המרכזי ב-{where} (או שאינה של אחד מהצוותים שלך)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="311"/>
        <source>no recorded session with id {id} (no database at {path})</source>
        <translation>אין שיחה מתועדת עם המזהה {id} (אין מסד נתונים ב-{path})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="321"/>
        <location filename="../../copilot/record/archive.py" line="126"/>
        <location filename="../../copilot/record/session_record.py" line="274"/>
        <source>no recorded session with id {id}</source>
        <translation>אין שיחה מתועדת עם המזהה {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/record/privacy.py" line="231"/>
        <source>no recorded session for customer {id}; nothing was erased</source>
        <translation>אין שיחה מתועדת ללקוח {id}; לא נמחק דבר</translation>
    </message>
    <message>
        <location filename="../../copilot/record/privacy.py" line="233"/>
        <source>no recorded session for session {id}; nothing was erased</source>
        <translation>אין שיחה מתועדת לשיחה {id}; לא נמחק דבר</translation>
    </message>
</context>
<context>
    <name>ReplayTranscript</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="32"/>
        <source>Nothing was said in this session.</source>
        <translation>לא נאמר דבר בשיחה הזו.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="68"/>
        <source>{n} earlier lines: scroll up or click the timeline to see them</source>
        <translation>{n} שורות קודמות: לגלול למעלה או ללחוץ על ציר הזמן כדי לראות אותן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="89"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="89"/>
        <source>Agent</source>
        <translation>נציג</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="71"/>
        <source>Replay</source>
        <translation>השמעה חוזרת</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="89"/>
        <source>outcome (resolved, escalated, sale…)</source>
        <translation>תוצאה (נפתר, הוסלם, מכירה…)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="91"/>
        <source>tags, comma separated</source>
        <translation>תגיות, מופרדות בפסיקים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="92"/>
        <source>Save outcome and tags</source>
        <translation>שמירת התוצאה והתגיות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="93"/>
        <source>The library lists, searches and filters by these</source>
        <translation>הספרייה מציגה, מחפשת ומסננת לפיהן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="102"/>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="342"/>
        <source>Play</source>
        <translation>הפעלה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="104"/>
        <source>Play or pause (Space)</source>
        <translation>הפעלה או השהיה (רווח)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="109"/>
        <source>Replay speed</source>
        <translation>מהירות ההשמעה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="119"/>
        <source>Report…</source>
        <translation>דוח…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="120"/>
        <source>Save a coaching report of this session (PDF or HTML)</source>
        <translation>שמירת דוח אימון של השיחה (PDF או HTML)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="125"/>
        <source>Next decision</source>
        <translation>ההחלטה הבאה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="126"/>
        <source>Jump to the next decision ({key}; Shift+{key} for the previous one)</source>
        <translation>מעבר להחלטה הבאה ({key}; Shift+{key} לקודמת)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="127"/>
        <source>Next objection</source>
        <translation>ההתנגדות הבאה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="128"/>
        <source>Jump to the next objection ({key}; Shift+{key} for the previous one)</source>
        <translation>מעבר להתנגדות הבאה ({key}; Shift+{key} לקודמת)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="129"/>
        <source>Next escalation</source>
        <translation>ההסלמה הבאה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="130"/>
        <source>Jump to the next escalation ({key}; Shift+{key} for the previous one)</source>
        <translation>מעבר להסלמה הבאה ({key}; Shift+{key} לקודמת)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="146"/>
        <source>No cards were up at this moment.</source>
        <translation>ברגע הזה לא הוצגו כרטיסים.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="150"/>
        <source>What the agent saw</source>
        <translation>מה שהנציג ראה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="160"/>
        <source>Cards</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="162"/>
        <source>Wrap-up</source>
        <translation>סיכום</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="167"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="169"/>
        <source>Scorecard</source>
        <translation>כרטיס ציון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="180"/>
        <source>What if</source>
        <translation>מה אם</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="198"/>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="203"/>
        <source>Could not open the session: {problem}</source>
        <translation>לא ניתן לפתוח את השיחה: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="214"/>
        <source>Outcome and tags saved.</source>
        <translation>התוצאה והתגיות נשמרו.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="219"/>
        <source>Not saved: {problem}</source>
        <translation>לא נשמר: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="238"/>
        <source>Unknown agent</source>
        <translation>נציג לא ידוע</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="243"/>
        <source>Replay · {agent} · {started}</source>
        <translation>השמעה חוזרת · {agent} · {started}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="297"/>
        <source>Save coaching report</source>
        <translation>שמירת דוח אימון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="298"/>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;דף אינטרנט (*.html)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="305"/>
        <source>Report not saved: {problem}</source>
        <translation>הדוח לא נשמר: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="307"/>
        <source>Report saved to {path}</source>
        <translation>הדוח נשמר ב-{path}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="338"/>
        <source>Pause</source>
        <translation>השהיה</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../copilot/coaching/report.py" line="22"/>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Inserted</source>
        <translation>הוכנס</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="22"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Edited</source>
        <translation>נערך</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="23"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Discarded</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="24"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Expired</source>
        <translation>פקע</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="25"/>
        <source>wrong</source>
        <translation>שגוי</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="25"/>
        <source>not relevant</source>
        <translation>לא רלוונטי</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="26"/>
        <source>wrong tone</source>
        <translation>טון לא מתאים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="26"/>
        <source>already done</source>
        <translation>כבר בוצע</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="56"/>
        <source>no decision recorded</source>
        <translation>לא נרשמה החלטה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="59"/>
        <source>{action} at {time} after {seconds} s</source>
        <translation>{action} ב-{time} אחרי ⁦{seconds} s⁩</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="62"/>
        <source>{action} at {time}</source>
        <translation>{action} ב-{time}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="64"/>
        <source>({count} changes)</source>
        <translation>({count} שינויים)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="67"/>
        <source>no reason given</source>
        <translation>לא ניתנה סיבה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="70"/>
        <source>(the agent had already done it)</source>
        <translation>(הנציג כבר עשה זאת)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="117"/>
        <source>Coaching report</source>
        <translation>דוח אימון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="122"/>
        <location filename="../../copilot/coaching/report.py" line="251"/>
        <source>Agent</source>
        <translation>נציג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="122"/>
        <source>Team</source>
        <translation>צוות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="123"/>
        <source>Started</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="123"/>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="124"/>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="125"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="126"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="126"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="127"/>
        <source>Session</source>
        <translation>שיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="127"/>
        <source>CRM id</source>
        <translation>מזהה CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Lines</source>
        <translation>שורות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Cards shown</source>
        <translation>כרטיסים שהוצגו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="134"/>
        <source>Accepted</source>
        <translation>התקבלו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="134"/>
        <source>Median time to decide</source>
        <translation>זמן החלטה חציוני</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="135"/>
        <source>Summary</source>
        <translation>סיכום</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="145"/>
        <source>The customer’s mood (−1 upset … +1 pleased)</source>
        <translation>מצב הרוח של הלקוח (‎−1 נסער … ‎+1 מרוצה)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="150"/>
        <source>Share of cards the agent used, by kind</source>
        <translation>שיעור הכרטיסים שהנציג השתמש בהם, לפי סוג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="164"/>
        <source>Drafted by an AI model (redacted transcript)</source>
        <translation>נוסח בידי מודל AI (תמליל מושחר)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="165"/>
        <source>Drafted by the local engine</source>
        <translation>נוסח בידי המנוע המקומי</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="166"/>
        <source>Wrap-up</source>
        <translation>סיכום שיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="170"/>
        <source>; the AI draft was not used ({why})</source>
        <translation>; טיוטת ה-AI לא שימשה ({why})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="172"/>
        <source>pasted into the CRM</source>
        <translation>הודבק ב-CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="173"/>
        <source>copied</source>
        <translation>הועתק</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="173"/>
        <source>kept</source>
        <translation>נשמר</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="175"/>
        <source>; approved {seconds} s after the call ended, {where}, {count} characters changed.</source>
        <translation>; אושר ⁦{seconds} s⁩ אחרי סוף השיחה, {where}, {count} תווים שונו.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="179"/>
        <source>; approved, {where}, {count} characters changed.</source>
        <translation>; אושר, {where}, {count} תווים שונו.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="183"/>
        <source>; not approved.</source>
        <translation>; לא אושר.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="184"/>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="185"/>
        <source>Disposition:</source>
        <translation>סיווג:</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="198"/>
        <source>Scorecard</source>
        <translation>כרטיס ניקוד</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="199"/>
        <source>Criterion</source>
        <translation>קריטריון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="200"/>
        <source>Answer</source>
        <translation>תשובה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="201"/>
        <source>Evidence</source>
        <translation>ראיה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="211"/>
        <source>(suggested)</source>
        <translation>(מוצע)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="214"/>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="214"/>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="226"/>
        <source>Trainer’s notes</source>
        <translation>הערות המאמן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="245"/>
        <source>Transcript and decisions</source>
        <translation>תמליל והחלטות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="251"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="258"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="267"/>
        <source>AI draft</source>
        <translation>טיוטת AI</translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="38"/>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="39"/>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="60"/>
        <source>Confirm scorecard</source>
        <translation>אישור כרטיס הציון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="63"/>
        <source>Edit template…</source>
        <translation>עריכת התבנית…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="64"/>
        <source>Team leads: change the criteria every scorecard uses</source>
        <translation>ראשי צוותים: שינוי הקריטריונים שבהם משתמש כל כרטיס ציון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="95"/>
        <source>{problem} Using the default scorecard.</source>
        <translation>{problem} משתמשים בכרטיס הציון המובנה.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="125"/>
        <source>confirmed</source>
        <translation>אושר</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="126"/>
        <source>suggested, confirmed</source>
        <translation>הוצע, אושר</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="128"/>
        <source>suggested</source>
        <translation>הוצע</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="157"/>
        <source>Score {score} over {answered} of {total} criteria</source>
        <translation>ציון {score} על {answered} מתוך {total} קריטריונים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="159"/>
        <source>Nothing scored yet</source>
        <translation>עדיין לא ניתן ציון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="165"/>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="168"/>
        <source>Could not save the scorecard: {problem}</source>
        <translation>לא ניתן לשמור את כרטיס הציון: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="174"/>
        <source>Scorecard saved.</source>
        <translation>כרטיס הציון נשמר.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="183"/>
        <source>Template saved to {path}; new scorecards use it.</source>
        <translation>התבנית נשמרה ב-{path}; כרטיסי ציון חדשים ישתמשו בה.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="50"/>
        <source>Reinstall Agent Copilot: the bundle is incomplete (for whoever builds it: see build.spec).</source>
        <translation>יש להתקין מחדש את Agent Copilot: החבילה אינה שלמה (למי שבונה אותה: ראו build.spec).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="53"/>
        <source>Qt platform</source>
        <translation>פלטפורמת Qt</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="53"/>
        <source>fonts</source>
        <translation>גופנים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="54"/>
        <source>SVG icons</source>
        <translation>סמלי SVG</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="54"/>
        <source>window modules</source>
        <translation>מודולי חלונות</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="55"/>
        <source>app modules</source>
        <translation>מודולי היישום</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="55"/>
        <source>SQLite FTS5</source>
        <translation>SQLite FTS5</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="56"/>
        <source>data folder</source>
        <translation>תיקיית נתונים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="56"/>
        <source>settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="57"/>
        <source>databases</source>
        <translation>מסדי נתונים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="57"/>
        <source>policy file</source>
        <translation>קובץ מדיניות</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="58"/>
        <source>keychain</source>
        <translation>מחזיק מפתחות</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="58"/>
        <source>local API port</source>
        <translation>יציאת ה-API המקומי</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="59"/>
        <source>resources</source>
        <translation>משאבים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="59"/>
        <source>AI endpoint</source>
        <translation>נקודת קצה של AI</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="106"/>
        <source>exit status {code}</source>
        <translation>קוד יציאה {code}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="107"/>
        <source>no answer in {seconds} s</source>
        <translation>אין תשובה תוך ⁦{seconds} s⁩</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="110"/>
        <source>Qt said nothing</source>
        <translation>Qt לא אמר דבר</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="111"/>
        <source>Run it in the desktop session (QT_QPA_PLATFORM=offscreen checks the rest without a screen). On Linux install the libraries Qt needs (libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libegl1); QT_DEBUG_PLUGINS=1 shows which plugin fails to load.</source>
        <translation>יש להריץ בתוך הפעלת שולחן העבודה (QT_QPA_PLATFORM=offscreen בודק את השאר בלי מסך). בלינוקס יש להתקין את הספריות ש-Qt צריך (libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libegl1); QT_DEBUG_PLUGINS=1 מראה איזה תוסף לא נטען.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="116"/>
        <source>Qt could not start ({why}, QT_QPA_PLATFORM={platform}): {told}</source>
        <translation>Qt לא הצליח לעלות ({why}, QT_QPA_PLATFORM={platform}): {told}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="119"/>
        <source>not checked: Qt did not start</source>
        <translation>לא נבדק: Qt לא עלה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="120"/>
        <source>{n} families; default &apos;{default}&apos;, Hebrew drawn with &apos;{hebrew}&apos;</source>
        <translation>{n} משפחות; ברירת מחדל &apos;{default}&apos;, עברית מצוירת עם &apos;{hebrew}&apos;</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="126"/>
        <source>{n} font families, none can draw Hebrew</source>
        <translation>{n} משפחות גופנים, אף אחת לא יכולה לצייר עברית</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="127"/>
        <source>Install a font with Hebrew letters (DejaVu Sans, Noto Sans Hebrew, Arial).</source>
        <translation>יש להתקין גופן עם אותיות עבריות (DejaVu Sans, Noto Sans Hebrew, Arial).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="128"/>
        <source>SVG image plugin loaded</source>
        <translation>תוסף תמונות SVG נטען</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="130"/>
        <source>Qt has no SVG image plugin: the panel&apos;s icons would not show</source>
        <translation>ל-Qt אין תוסף תמונות SVG: הסמלים של החלונית לא היו מוצגים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="132"/>
        <source>&apos;{platform}&apos; platform plugin loaded</source>
        <translation>תוסף הפלטפורמה &apos;{platform}&apos; נטען</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="142"/>
        <source>all present</source>
        <translation>הכול קיים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="158"/>
        <source>{module}: not found</source>
        <translation>{module}: לא נמצא</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="185"/>
        <source>full-text search found {hits} of 2 rows</source>
        <translation>החיפוש בטקסט מלא מצא {hits} מתוך 2 שורות</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="191"/>
        <source>Use a Python whose sqlite3 has FTS5 (SQLite 3.27 or later; python.org builds and the bundle do).</source>
        <translation>יש להשתמש ב-Python שה-sqlite3 שלו כולל FTS5 (SQLite 3.27 ומעלה; הגרסאות של python.org והחבילה כוללות).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="193"/>
        <source>SQLite {version} with FTS5</source>
        <translation>SQLite {version} עם FTS5</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="199"/>
        <source>the data folder</source>
        <translation>תיקיית הנתונים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="208"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>לא ניתן לכתוב ב-{folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="210"/>
        <source>Give this user write access there, or point COPILOT_DATA_DIR at a writable folder.</source>
        <translation>יש לתת למשתמש הזה הרשאת כתיבה שם, או להפנות את COPILOT_DATA_DIR לתיקייה שאפשר לכתוב בה.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="212"/>
        <source>{folder} is writable ({gb} GB free)</source>
        <translation>אפשר לכתוב ב-{folder} (⁦{gb} GB⁩ פנויים)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="221"/>
        <source>session database</source>
        <translation>מסד נתוני השיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="222"/>
        <source>knowledge base</source>
        <translation>מאגר הידע</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="231"/>
        <source>{what} {path} is damaged ({found})</source>
        <translation>{what} {path} פגום ({found})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="237"/>
        <source>The panel sets a damaged session database aside at its next start and begins a new one; re-import the articles for a damaged knowledge base (&apos;copilot kb import&apos;).</source>
        <translation>החלונית מעבירה הצידה מסד נתוני שיחות פגום בהפעלה הבאה ומתחילה חדש; אם מאגר הידע פגום, יש לייבא מחדש את המאמרים (&apos;copilot kb import&apos;).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="240"/>
        <source>{database}: sound</source>
        <translation>{database}: תקין</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="241"/>
        <source>none yet</source>
        <translation>אין עדיין</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="253"/>
        <source>not read ({reason}); the checks below use the defaults</source>
        <translation>לא נקראו ({reason}); הבדיקות שלהלן משתמשות בברירות המחדל</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="257"/>
        <source>Correct or remove those values (settings.json, or IT&apos;s policy file).</source>
        <translation>יש לתקן או להסיר את הערכים האלה (settings.json, או קובץ המדיניות של IT).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="260"/>
        <source>the settings folder {folder} cannot be made: the defaults apply and changes cannot be saved</source>
        <translation>לא ניתן ליצור את תיקיית ההגדרות {folder}: ברירות המחדל חלות ואי אפשר לשמור שינויים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="263"/>
        <source>Give this user write access there, or point COPILOT_DATA_DIR elsewhere.</source>
        <translation>יש לתת למשתמש הזה הרשאת כתיבה שם, או להפנות את COPILOT_DATA_DIR למקום אחר.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="266"/>
        <source>defaults</source>
        <translation>ברירות מחדל</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="276"/>
        <source>Correct the policy file; until then the panel runs in its safest mode (no AI drafts, local API, clipboard capture, hotkeys or pasting).</source>
        <translation>יש לתקן את קובץ המדיניות; עד אז החלונית פועלת במצב הבטוח ביותר (ללא טיוטות AI, API מקומי, לכידת לוח, קיצורי מקשים או הדבקה).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="281"/>
        <source>none at {path}: the user&apos;s settings apply</source>
        <translation>אין ב-{path}: הגדרות המשתמש חלות</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="283"/>
        <source>{path}: {locked} settings locked, {defaults} defaults</source>
        <translation>{path}: {locked} הגדרות נעולות, {defaults} ברירות מחדל</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="287"/>
        <source>{what} can be changed by users other than an administrator, who could lift its locks: make it writable by administrators only (chmod go-w, owner root).</source>
        <translation>{what} ניתן לשינוי על ידי משתמשים שאינם מנהלי מערכת, שיכולים להסיר את הנעילות שבו: הגבילו את הכתיבה אליו למנהלי מערכת בלבד (chmod go-w, בעלים root).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="312"/>
        <source>Features that need a secret (local API token, model key) stay off. Windows and macOS have a keychain; on Linux run a Secret Service (GNOME Keyring or KWallet) in the desktop session.</source>
        <translation>תכונות שצריכות סוד (אסימון ה-API המקומי, מפתח המודל) נשארות כבויות. ל-Windows ול-macOS יש מחזיק מפתחות; בלינוקס יש להפעיל Secret Service (GNOME Keyring או KWallet) בהפעלת שולחן העבודה.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="321"/>
        <source>the configured keyring backend cannot be loaded ({error})</source>
        <translation>לא ניתן לטעון את מנגנון מחזיק המפתחות שהוגדר ({error})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="324"/>
        <source>Correct or remove the backend named in keyringrc.cfg or PYTHON_KEYRING_BACKEND.</source>
        <translation>יש לתקן או להסיר את המנגנון שמצוין ב-keyringrc.cfg או ב-PYTHON_KEYRING_BACKEND.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="328"/>
        <source>no OS keychain ({why})</source>
        <translation>אין מחזיק מפתחות של המערכת ({why})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="335"/>
        <source>{backend} refused a test secret ({error})</source>
        <translation>{backend} דחה סוד בדיקה ({error})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="338"/>
        <source>{backend} did not return the test secret it stored</source>
        <translation>{backend} לא החזיר את סוד הבדיקה ששמר</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="340"/>
        <source>{backend} stores and returns secrets</source>
        <translation>{backend} שומר סודות ומחזיר אותם</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="359"/>
        <source>the local API is off (api_enabled is false)</source>
        <translation>ה-API המקומי כבוי (api_enabled הוא false)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="362"/>
        <source>api_port is 0: the API takes any free port</source>
        <translation>api_port הוא 0: ה-API לוקח כל יציאה פנויה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="370"/>
        <source>{address} is served by a running Agent Copilot panel</source>
        <translation>את {address} משרתת חלונית Agent Copilot פועלת</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="374"/>
        <source>{address} is taken by {owner}</source>
        <translation>{address} תפוס על ידי {owner}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="376"/>
        <source>{address} cannot be used ({reason})</source>
        <translation>לא ניתן להשתמש ב-{address} ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="378"/>
        <source>Close that program, or set api_port to a free port (and tell the CRM integration).</source>
        <translation>יש לסגור את התוכנה הזו, או להגדיר את api_port ליציאה פנויה (ולעדכן את חיבור ה-CRM).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="380"/>
        <source>{address} is free</source>
        <translation>{address} פנוי</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="433"/>
        <source>AI drafts are off</source>
        <translation>טיוטות AI כבויות</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="441"/>
        <source>ai_base_url &apos;{url}&apos; names no server</source>
        <translation>ai_base_url &apos;{url}&apos; אינו מציין שרת</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="442"/>
        <source>Correct ai_base_url.</source>
        <translation>יש לתקן את ai_base_url.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="447"/>
        <source>cannot reach {address} ({reason})</source>
        <translation>לא ניתן להגיע אל {address} ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="449"/>
        <source>Start the model server, or check ai_base_url, the firewall and the proxy.</source>
        <translation>יש להפעיל את שרת המודל, או לבדוק את ai_base_url, חומת האש והפרוקסי.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="450"/>
        <source>{address} answers in {ms} ms (&apos;copilot ai test&apos; checks the key and model)</source>
        <translation>{address} עונה תוך ⁦{ms} ms⁩ (&apos;copilot ai test&apos; בודק את המפתח ואת המודל)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="487"/>
        <source>demo {name} is not a demo conversation</source>
        <translation>ההדגמה {name} אינה שיחת הדגמה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="488"/>
        <source>{n} demo conversations</source>
        <translation>{n} שיחות הדגמה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="490"/>
        <source>no demo conversations</source>
        <translation>אין שיחות הדגמה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="494"/>
        <source>Restore the checkout&apos;s resources/ folder.</source>
        <translation>יש לשחזר את התיקייה resources/ של עותק הקוד.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="530"/>
        <source>the check could not run: {error}</source>
        <translation>לא ניתן היה להריץ את הבדיקה: {error}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="532"/>
        <source>Report this message with the self-test&apos;s output.</source>
        <translation>יש לדווח על ההודעה הזו יחד עם הפלט של הבדיקה העצמית.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="549"/>
        <source>bundle</source>
        <translation>חבילה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="549"/>
        <source>source</source>
        <translation>קוד מקור</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="550"/>
        <source>Agent Copilot {version} self-test ({where}, Python {python}, {system})</source>
        <translation>בדיקה עצמית של Agent Copilot {version} ({where}, Python {python}, {system})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="560"/>
        <source>FAILED: {checks}</source>
        <translation>נכשלו: {checks}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="561"/>
        <source>All checks passed.</source>
        <translation>כל הבדיקות עברו.</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Agent</source>
        <translation>נציג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="50"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="50"/>
        <source>Cards</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="51"/>
        <source>Accepted</source>
        <translation>שומשו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="90"/>
        <source>Session {id}</source>
        <translation>שיחה {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="91"/>
        <source> (CRM id {id})</source>
        <translation> (מזהה CRM ‏{id})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="45"/>
        <source>managed by your organisation</source>
        <translation>מנוהל על ידי הארגון</translation>
    </message>
    <message>
        <location filename="../../copilot/config/settings.py" line="69"/>
        <source>{path}: unreadable settings ({reason}); using defaults</source>
        <translation>{path}: הגדרות לא קריאות ({reason}); נעשה שימוש בברירות המחדל</translation>
    </message>
    <message>
        <location filename="../../copilot/config/settings.py" line="78"/>
        <source>{path}: {problem}; using the default</source>
        <translation>{path}: {problem}; נעשה שימוש בברירת המחדל</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="48"/>
        <source>Agent Copilot settings</source>
        <translation>הגדרות Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="56"/>
        <source>off (see the notice in the panel)</source>
        <translation>כבוי (ראו את ההודעה בחלונית)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="58"/>
        <source>Local API</source>
        <translation>API מקומי</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="68"/>
        <source>Show</source>
        <translation>הצגה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="72"/>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="74"/>
        <source>New token</source>
        <translation>טוקן חדש</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="75"/>
        <source>Integrations using the old token stop working until they get the new one</source>
        <translation>שילובים שמשתמשים בטוקן הישן יפסיקו לעבוד עד שיקבלו את החדש</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="80"/>
        <source>API token</source>
        <translation>טוקן API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="87"/>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="94"/>
        <source>Follow the system</source>
        <translation>לפי המערכת</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="87"/>
        <source>Light</source>
        <translation>בהיר</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="88"/>
        <source>Dark</source>
        <translation>כהה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="91"/>
        <source>Look</source>
        <translation>מראה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="98"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="99"/>
        <source>Keep the panel above other windows</source>
        <translation>החלונית תישאר מעל חלונות אחרים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="102"/>
        <source>After Insert, paste into the window I was typing in</source>
        <translation>אחרי &apos;הכנסה&apos;, להדביק בחלון שבו הקלדתי</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="106"/>
        <source>Not available here: {reason}</source>
        <translation>לא זמין כאן: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="107"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="109"/>
        <source>Global hotkeys: {keys} insert card 1..4 from any window</source>
        <translation>קיצורים גלובליים: {keys} מכניס כרטיס 1..4 מכל חלון</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="112"/>
        <source>Import articles…</source>
        <translation>ייבוא מאמרים…</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="113"/>
        <source>A folder of Markdown, text, HTML, JSON lines or CSV articles; importing it again updates it</source>
        <translation>תיקייה של מאמרים ב-Markdown, טקסט, HTML, JSON lines או CSV; ייבוא חוזר מעדכן אותם</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="117"/>
        <source>Knowledge</source>
        <translation>ידע</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="122"/>
        <source>The confidence of a knowledge card is the chance that the article is right, as measured on conversations the search was tuned on. Higher: fewer cards, more of them right.</source>
        <translation>רמת הביטחון של כרטיס ידע היא הסיכוי שהמאמר נכון, כפי שנמדד על השיחות שלפיהן כוונן החיפוש. גבוה יותר: פחות כרטיסים, ויותר מהם נכונים.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="125"/>
        <source>Show a card when at least</source>
        <translation>להציג כרטיס כשלפחות</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="127"/>
        <source>likely right</source>
        <translation>סיכוי שהוא נכון</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="132"/>
        <source>Look, language, pasting, hotkeys, knowledge cards and AI apply from the next start.</source>
        <translation>המראה, השפה, ההדבקה, הקיצורים, כרטיסי הידע וה-AI ייכנסו לתוקף בהפעלה הבאה.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="159"/>
        <source>Not saved: {problem}</source>
        <translation>לא נשמר: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="168"/>
        <source>Not saved: {folder} cannot be written ({problem}). Ask IT for a writable settings folder.</source>
        <translation>לא נשמר: אי אפשר לכתוב ל-{folder} ({problem}). כדאי לבקש מה-IT תיקיית הגדרות עם הרשאת כתיבה.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../copilot/engines/prompt.py" line="33"/>
        <source>AI draft</source>
        <translation>טיוטת AI</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="94"/>
        <source>Knowledge base</source>
        <translation>מאגר ידע</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="229"/>
        <source>Mood estimate</source>
        <translation>הערכת מצב רוח</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="101"/>
        <source>Playbook</source>
        <translation>ספר תסריטים</translation>
    </message>
</context>
<context>
    <name>StatsFigures</name>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="51"/>
        <source>Time to insert</source>
        <translation>זמן עד הכנסה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="52"/>
        <source>Time to edit and insert</source>
        <translation>זמן עד עריכה והכנסה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="53"/>
        <source>Time to discard</source>
        <translation>זמן עד דחייה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="54"/>
        <source>Time before expiring</source>
        <translation>זמן עד פקיעה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="68"/>
        <source>{n} s</source>
        <translation>⁦{n} s⁩</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="69"/>
        <source>{n} ms</source>
        <translation>⁦{n} ms⁩</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="75"/>
        <source>{part} of {whole} ({share})</source>
        <translation>{part} מתוך {whole} ({share})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="84"/>
        <source>median {median} · {high} {value}</source>
        <translation>חציון {median} · {high} {value}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="86"/>
        <source>median {median} · {high} {value} characters</source>
        <translation>חציון {median} · {high} {value} תווים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="100"/>
        <source>Sessions</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="101"/>
        <source>Cards shown</source>
        <translation>כרטיסים שהוצגו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="102"/>
        <source>Every card that appeared on an agent&apos;s panel</source>
        <translation>כל כרטיס שהופיע בחלונית של נציג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="103"/>
        <source>Cards used</source>
        <translation>כרטיסים שנעשה בהם שימוש</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="104"/>
        <source>Inserted or edited, out of every decided card, expired included</source>
        <translation>הוכנסו או נערכו, מתוך כל הכרטיסים שהוחלט לגביהם, כולל שפקעו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="105"/>
        <source>Inserted · edited · discarded · expired</source>
        <translation>הוכנסו · נערכו · נדחו · פקעו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="108"/>
        <source>Objections handled</source>
        <translation>התנגדויות שטופלו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="109"/>
        <source>Objection cards the agent used, out of those shown</source>
        <translation>כרטיסי התנגדות שהנציג השתמש בהם, מתוך אלה שהוצגו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="110"/>
        <source>Edits to a card</source>
        <translation>עריכות בכרטיס</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="111"/>
        <source>Characters changed in the {count} edited cards before they were used</source>
        <translation>תווים ששונו ב-{count} הכרטיסים שנערכו לפני השימוש בהם</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="116"/>
        <source>From the card appearing to the agent&apos;s decision ({count} cards): median and 90th percentile</source>
        <translation>מהופעת הכרטיס ועד החלטת הנציג ({count} כרטיסים): חציון ואחוזון 90</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="122"/>
        <source>Suggestion ready</source>
        <translation>הצעה מוכנה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="123"/>
        <source>From the customer&apos;s words to the suggestion ({count} cards)</source>
        <translation>מדברי הלקוח ועד ההצעה ({count} כרטיסים)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="125"/>
        <source>Card on screen</source>
        <translation>כרטיס על המסך</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="126"/>
        <source>From the customer&apos;s words to the card drawn on the panel ({count} cards)</source>
        <translation>מדברי הלקוח ועד הכרטיס המוצג בחלונית ({count} כרטיסים)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="129"/>
        <source>Wrap-ups approved</source>
        <translation>סיכומי שיחה שאושרו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="130"/>
        <source>Calls whose drafted wrap-up the agent approved ({count} drafts written by AI)</source>
        <translation>שיחות שהנציג אישר את טיוטת הסיכום שלהן ({count} טיוטות שנכתבו בידי AI)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="133"/>
        <source>After-call work</source>
        <translation>עבודה אחרי השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="134"/>
        <source>From the end of the call to the approved wrap-up: median and 90th percentile</source>
        <translation>מסוף השיחה ועד הסיכום המאושר: חציון ואחוזון 90</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="135"/>
        <source>Edits to a wrap-up</source>
        <translation>עריכות בסיכום</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="136"/>
        <source>Characters changed in the {count} approved wrap-ups</source>
        <translation>תווים ששונו ב-{count} הסיכומים שאושרו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="138"/>
        <source>Disposition codes</source>
        <translation>קודי סיווג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="141"/>
        <source>Entries shown, never used</source>
        <translation>הוצגו, לא נעשה בהם שימוש</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="145"/>
        <source>Playbook entries never shown</source>
        <translation>רשומות בספר התסריטים שלא הוצגו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="146"/>
        <source>{count} of {total}</source>
        <translation>{count} מתוך {total}</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="49"/>
        <source>Knowledge gaps: customer questions no article answered</source>
        <translation>פערי ידע: שאלות לקוחות שאף מאמר לא ענה עליהן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="50"/>
        <source>Experiments: cards used per wording, with 95% intervals</source>
        <translation>ניסויים: כרטיסים שנעשה בהם שימוש לפי נוסח, עם רווחי סמך של 95%</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="161"/>
        <source>Coaching statistics</source>
        <translation>סטטיסטיקת אימון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="174"/>
        <source>All agents</source>
        <translation>כל הנציגים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="176"/>
        <source>All teams</source>
        <translation>כל הצוותים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="185"/>
        <source>Export CSV…</source>
        <translation>ייצוא CSV…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="191"/>
        <source>From</source>
        <translation>מ-</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="191"/>
        <source>to</source>
        <translation>עד</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="197"/>
        <source>Cards used, by kind</source>
        <translation>כרטיסים ששומשו, לפי סוג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="198"/>
        <source>Cards used, by entry (the {n} shown most)</source>
        <translation>כרטיסים ששומשו, לפי פריט ({n} המוצגים ביותר)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="200"/>
        <source>Figure</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="200"/>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>About</source>
        <translation>נושא</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>Asked</source>
        <translation>נשאלו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>Example questions</source>
        <translation>שאלות לדוגמה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="214"/>
        <source>Last asked</source>
        <translation>נשאלה לאחרונה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>Experiment</source>
        <translation>ניסוי</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>A used</source>
        <translation>שימוש ב-A</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="226"/>
        <source>B used</source>
        <translation>שימוש ב-B</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="226"/>
        <source>B against A</source>
        <translation>B מול A</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="251"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="278"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="280"/>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="299"/>
        <source>1 session</source>
        <translation>שיחה אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="300"/>
        <source>{n} sessions</source>
        <translation>{n} שיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="326"/>
        <source>Cannot show statistics. {problem}</source>
        <translation>לא ניתן להציג סטטיסטיקה. {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="328"/>
        <source>Cannot show statistics: something unexpected went wrong. The details are in the log.</source>
        <translation>לא ניתן להציג סטטיסטיקה: אירעה תקלה לא צפויה. הפרטים ביומן.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="338"/>
        <source>Knowledge gaps: none in this period</source>
        <translation>פערי ידע: אין בתקופה הזו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="352"/>
        <source>Knowledge gaps: cannot be read</source>
        <translation>פערי ידע: לא ניתן לקרוא</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="394"/>
        <source>Export statistics</source>
        <translation>ייצוא סטטיסטיקה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="395"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="403"/>
        <source>Saved {name}</source>
        <translation>{name} נשמר</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="151"/>
        <source>{path}: no session database here</source>
        <translation>{path}: אין כאן מסד נתוני שיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="157"/>
        <location filename="../../copilot/record/storage.py" line="437"/>
        <source>{path}: cannot read the session database ({reason})</source>
        <translation>{path}: לא ניתן לקרוא את מסד נתוני השיחות ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="165"/>
        <source>{path}: not an Agent Copilot session database</source>
        <translation>{path}: אינו מסד נתוני שיחות של Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="168"/>
        <source>{path}: written by an older Agent Copilot; open it once in the app to upgrade it</source>
        <translation>{path}: נכתב על ידי גרסה ישנה יותר של Agent Copilot; יש לפתוח אותו פעם אחת ביישום כדי לעדכן אותו</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="181"/>
        <location filename="../../copilot/record/stats_queries.py" line="220"/>
        <location filename="../../copilot/record/stats_queries.py" line="293"/>
        <source>cannot read the session database ({reason})</source>
        <translation>לא ניתן לקרוא את מסד נתוני השיחות ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/record/storage.py" line="236"/>
        <location filename="../../copilot/record/storage.py" line="239"/>
        <location filename="../../copilot/record/storage.py" line="416"/>
        <source>{path}: cannot open the session database ({reason})</source>
        <translation>{path}: לא ניתן לפתוח את מסד נתוני השיחות ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/record/storage.py" line="249"/>
        <source>{path}: written by a newer Agent Copilot (schema {version}, this version knows {known}); update the app or point COPILOT_DATA_DIR elsewhere</source>
        <translation>{path}: נכתב על ידי גרסה חדשה יותר של Agent Copilot (סכמה {version}, הגרסה הזו מכירה את {known}); יש לעדכן את היישום או להפנות את COPILOT_DATA_DIR למקום אחר</translation>
    </message>
    <message>
        <location filename="../../copilot/record/storage.py" line="421"/>
        <source>{path}: the session database could not be read or written ({reason})</source>
        <translation>{path}: לא ניתן היה לקרוא או לכתוב את מסד נתוני השיחות ({reason})</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../copilot/panel/cards.py" line="175"/>
        <location filename="../../copilot/panel/cards.py" line="315"/>
        <source>Insert</source>
        <translation>הכנסה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="178"/>
        <source>Edit</source>
        <translation>עריכה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="180"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="183"/>
        <source>Article</source>
        <translation>מאמר</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="184"/>
        <source>Read the whole article this answer comes from</source>
        <translation>קריאת המאמר המלא שממנו התשובה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="187"/>
        <source>Discard</source>
        <translation>דחייה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="232"/>
        <source>Suggestion {number}: {kind}</source>
        <translation>הצעה {number}: {kind}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="239"/>
        <source>Drafted by AI: check it before use</source>
        <translation>נוסח על ידי AI: כדאי לבדוק לפני שימוש</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="241"/>
        <source>Sent by a supervisor following this call</source>
        <translation>נשלח ממפקח שעוקב אחר השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="243"/>
        <source>From your team&apos;s playbook</source>
        <translation>מספר התסריטים של הצוות</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="244"/>
        <source>Why: {reason}</source>
        <translation>למה: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="271"/>
        <source>Copy to the clipboard for the CRM (Ctrl+{n})</source>
        <translation>העתקה ללוח עבור ה-CRM ‏(Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="272"/>
        <source>Change the text, then insert (Alt+{n})</source>
        <translation>שינוי הטקסט ואז הכנסה ‏(Alt+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="274"/>
        <source>Dismiss this card (Ctrl+Shift+{n}); the arrow gives a reason</source>
        <translation>דחיית הכרטיס ‏(Ctrl+Shift+{n}); החץ מאפשר לציין סיבה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="301"/>
        <source>Insert edited</source>
        <translation>הכנסת הגרסה הערוכה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="302"/>
        <source>Insert the edited text (Ctrl+Enter)</source>
        <translation>הכנסת הטקסט הערוך ‏(Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Supervise</name>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="124"/>
        <source>Escalation “{title}” waiting for {s} s</source>
        <translation>הסלמה “{title}” ממתינה {s} שניות</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="127"/>
        <source>The customer&apos;s mood dropped sharply</source>
        <translation>מצב הרוח של הלקוח ירד בחדות</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="130"/>
        <source>Silent for {s} s</source>
        <translation>שקט כבר {s} שניות</translation>
    </message>
</context>
<context>
    <name>SuperviseWindow</name>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="53"/>
        <source>Live calls</source>
        <translation>שיחות פעילות</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="83"/>
        <location filename="../../copilot/supervise/qt/window.py" line="179"/>
        <source>Choose a call to follow it</source>
        <translation>לבחור שיחה כדי לעקוב אחריה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="89"/>
        <source>A note for the agent: it shows on their panel as a card</source>
        <translation>הערה לנציג: תוצג בחלונית שלו ככרטיס</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="91"/>
        <source>Send note</source>
        <translation>שליחת הערה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="132"/>
        <source>Not connected: {problem}</source>
        <translation>אין חיבור: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="134"/>
        <source>No live calls in your teams right now</source>
        <translation>אין כרגע שיחות פעילות בצוותים</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="137"/>
        <source>1 live call</source>
        <translation>שיחה פעילה אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="138"/>
        <source>{n} live calls</source>
        <translation>{n} שיחות פעילות</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="146"/>
        <source>{agent}: {alert}</source>
        <translation>{agent}: {alert}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="181"/>
        <source>{agent} · {duration} · {mood}</source>
        <translation>{agent} · {duration} · {mood}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>Agent</source>
        <translation>נציג/ה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="195"/>
        <source>{who}: {text}</source>
        <translation>{who}: {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="197"/>
        <source>shown</source>
        <translation>הוצג</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="197"/>
        <source>used</source>
        <translation>נוצל</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="197"/>
        <source>used, edited</source>
        <translation>נוצל, נערך</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="198"/>
        <source>discarded</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="198"/>
        <source>left unanswered</source>
        <translation>לא טופל</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="199"/>
        <source>Card {kind} “{title}”: {state}</source>
        <translation>כרטיס {kind} “{title}”: {state}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="203"/>
        <source>Your note: {text}</source>
        <translation>ההערה שנשלחה: {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="230"/>
        <source>The note was not sent: {problem}</source>
        <translation>ההערה לא נשלחה: {problem}</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../copilot/live/supervision.py" line="67"/>
        <source>Note from your supervisor</source>
        <translation>הערה מהמפקח/ת</translation>
    </message>
    <message>
        <location filename="../../copilot/live/supervision.py" line="68"/>
        <source>{name} is following this call and sent it</source>
        <translation>{name} עוקב/ת אחר השיחה ושלח/ה אותה</translation>
    </message>
    <message>
        <location filename="../../copilot/live/supervision.py" line="70"/>
        <source>Supervisor · {name}</source>
        <translation>מפקח/ת · {name}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="190"/>
        <source>Id</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="190"/>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="191"/>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="191"/>
        <source>Weight</source>
        <translation>משקל</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="192"/>
        <source>Pre-filled by</source>
        <translation>ממולא מראש לפי</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="196"/>
        <source>Scorecard template</source>
        <translation>תבנית כרטיס ציון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="206"/>
        <source>Add criterion</source>
        <translation>הוספת קריטריון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="208"/>
        <source>Remove selected</source>
        <translation>הסרת הנבחרים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="221"/>
        <source>Rules that can pre-fill a criterion: {rules}. Leave empty to score by hand.</source>
        <translation>כללים שיכולים למלא קריטריון מראש: {rules}. להשאיר ריק כדי לתת ציון ידנית.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Agent</source>
        <translation>נציג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="32"/>
        <source>Cards</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="32"/>
        <source>Decisions</source>
        <translation>החלטות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="33"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="57"/>
        <source>Session timeline: click to move the replay there</source>
        <translation>ציר הזמן של השיחה: לחיצה מעבירה את ההשמעה לשם</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="216"/>
        <source>Mood</source>
        <translation>מצב רוח</translation>
    </message>
</context>
<context>
    <name>WhatIfPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="209"/>
        <source>Re-run with the current playbook</source>
        <translation>הרצה מחדש עם ספר התסריטים הנוכחי</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="211"/>
        <source>Play this session&apos;s lines through today&apos;s playbook and knowledge base</source>
        <translation>העברת שורות השיחה דרך ספר התסריטים ומאגר הידע של היום</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="215"/>
        <source>See what the copilot would suggest now, next to what it suggested then.</source>
        <translation>מה הקופיילוט היה מציע עכשיו, לצד מה שהציע אז.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="218"/>
        <source>Only lines where the suggestions differ</source>
        <translation>רק שורות שבהן ההצעות שונות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Then</source>
        <translation>אז</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Now</source>
        <translation>עכשיו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="246"/>
        <source>No engine is available to re-run with.</source>
        <translation>אין מנוע זמין להרצה מחדש.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="255"/>
        <source>Re-running…</source>
        <translation>מריץ מחדש…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="276"/>
        <source>{changed} of {total} lines would get other suggestions: {new} entries new, {gone} no longer suggested.</source>
        <translation>{changed} מתוך {total} שורות יקבלו הצעות אחרות: {new} פריטים חדשים, {gone} כבר לא מוצעים.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="286"/>
        <source>Re-run stopped.</source>
        <translation>ההרצה מחדש נעצרה.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="287"/>
        <source>Re-run failed: {problem}</source>
        <translation>ההרצה מחדש נכשלה: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="297"/>
        <source>(start of the call)</source>
        <translation>(תחילת השיחה)</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../copilot/engines/generative.py" line="431"/>
        <source>Drafted by AI from the conversation</source>
        <translation>נוסח על ידי AI מתוך השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="115"/>
        <source>Matches {words} ({percent}% confidence)</source>
        <translation>תואם ל-{words} ‏({percent}% ביטחון)</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="116"/>
        <source>{percent}% confidence</source>
        <translation>{percent}% ביטחון</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="223"/>
        <source>The customer&apos;s mood turned from calm to upset within one turn</source>
        <translation>מצב הרוח של הלקוח עבר מרגוע לכעס בתוך תור אחד</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="224"/>
        <source>The customer&apos;s mood turned from calm to upset within {n} turns</source>
        <translation>מצב הרוח של הלקוח עבר מרגוע לכעס בתוך {n} תורות</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="260"/>
        <source>Start of the conversation; policy &apos;{policy}&apos; asks for it</source>
        <translation>תחילת השיחה; המדיניות &apos;{policy}&apos; מחייבת זאת</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="262"/>
        <source>Start of the conversation</source>
        <translation>תחילת השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="263"/>
        <source>Customer said {words}</source>
        <translation>הלקוח אמר {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="263"/>
        <source>You said {words}</source>
        <translation>אמרת {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="264"/>
        <source>Heard {words}</source>
        <translation>נשמע: {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="268"/>
        <source>; customer {conditions}</source>
        <translation>; לקוח: {conditions}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="282"/>
        <source>{name} is {values}</source>
        <translation>{name}: {values}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="282"/>
        <source>has {what}</source>
        <translation>יש {what}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="282"/>
        <source>has no {what}</source>
        <translation>אין {what}</translation>
    </message>
</context>
<context>
    <name>WrapupCard</name>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="33"/>
        <source>calm or pleased</source>
        <translation>רגוע או מרוצה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="34"/>
        <source>neutral</source>
        <translation>ניטרלי</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="34"/>
        <source>upset</source>
        <translation>מוטרד</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="48"/>
        <source>Wrap-up</source>
        <translation>סיכום</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="57"/>
        <source>Wrap-up note</source>
        <translation>הערת סיכום</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="66"/>
        <source>Approve and copy  Ctrl+Enter</source>
        <translation>אישור והעתקה  Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="68"/>
        <source>Copy the note for the CRM and record it as this call&apos;s wrap-up</source>
        <translation>העתקת ההערה ל-CRM ושמירתה כסיכום השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="111"/>
        <source>AI draft</source>
        <translation>טיוטת AI</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="111"/>
        <source>Drafted on this computer</source>
        <translation>נוסח במחשב הזה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="113"/>
        <source>Written by the configured language model from the redacted transcript; check it before you approve</source>
        <translation>נכתב על ידי מודל השפה המוגדר מתוך התמליל המושחר; כדאי לבדוק לפני האישור</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="115"/>
        <source>Taken from the call&apos;s own words by the local engine; nothing left this computer</source>
        <translation>נלקח ממילות השיחה על ידי המנוע המקומי; שום דבר לא יצא מהמחשב</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="121"/>
        <source>Why: drafted from this call&apos;s transcript when it ended.</source>
        <translation>למה: נוסח מתוך תמליל השיחה כשהסתיימה.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="123"/>
        <source>The AI draft was not used ({reason}).</source>
        <translation>טיוטת ה-AI לא שומשה ({reason}).</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="129"/>
        <source>Approved and copied</source>
        <translation>אושר והועתק</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="162"/>
        <source>Disposition code {code}, chosen from the team&apos;s descriptions (confidence {percent}); untick it if it does not fit</source>
        <translation>קוד סיכום {code}, נבחר לפי התיאורים של הצוות (ביטחון {percent}); אפשר לבטל את הסימון אם אינו מתאים</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="181"/>
        <source>not clear</source>
        <translation>לא ברור</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="183"/>
        <source>Customer: {begin} at the start, {end} at the end</source>
        <translation>לקוח: {begin} בהתחלה, {end} בסוף</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="185"/>
        <source>Customer: {mood} throughout</source>
        <translation>לקוח: {mood} לאורך כל השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="186"/>
        <source>AI-drafted text reached the customer</source>
        <translation>טקסט שנוסח על ידי AI הגיע ללקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="187"/>
        <source>No AI-drafted text reached the customer</source>
        <translation>שום טקסט שנוסח על ידי AI לא הגיע ללקוח</translation>
    </message>
</context>
</TS>
