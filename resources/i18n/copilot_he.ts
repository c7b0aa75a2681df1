<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL" sourcelanguage="en">
<context>
    <name>AiSettings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="56"/>
        <source>Ask a language model for drafts (shown as AI drafts)</source>
        <translation>לבקש טיוטות ממודל שפה (יוצגו כטיוטות AI)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="58"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="60"/>
        <source>OpenAI or compatible (vLLM, Ollama, llama.cpp, LM Studio)</source>
        <translation>OpenAI או תואם (vLLM, Ollama, llama.cpp, LM Studio)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="61"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="63"/>
        <source>Provider</source>
        <translation>ספק</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="65"/>
        <source>Endpoint</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="67"/>
        <source>Model</source>
        <translation>מודל</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="69"/>
        <source>API version</source>
        <translation>גרסת API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="74"/>
        <source>Only endpoints on this computer</source>
        <translation>רק כתובות במחשב הזה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="80"/>
        <source>Store key</source>
        <translation>שמירת המפתח</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="82"/>
        <source>Delete key</source>
        <translation>מחיקת המפתח</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="87"/>
        <source>API key</source>
        <translation>מפתח API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="88"/>
        <source>Test connection</source>
        <translation>בדיקת חיבור</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="98"/>
        <source>deployment name</source>
        <translation>שם הפריסה</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="98"/>
        <source>e.g. gpt-4o-mini or llama3.1</source>
        <translation>למשל gpt-4o-mini או llama3.1</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="112"/>
        <source>a key is stored in the keychain</source>
        <translation>מפתח שמור במחזיק המפתחות</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="113"/>
        <source>no key stored</source>
        <translation>לא נשמר מפתח</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="137"/>
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
        <location filename="../../copilot/panel/cards.py" line="366"/>
        <source>Suggestions appear here as the customer speaks.</source>
        <translation>ההצעות יופיעו כאן בזמן שהלקוח מדבר.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../copilot/cli/main.py" line="213"/>
        <source>{path}: no such file to follow (check the path, or start the tool that writes it first)</source>
        <translation>{path}: אין קובץ כזה למעקב (כדאי לבדוק את הנתיב, או להפעיל קודם את הכלי שכותב אותו)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="275"/>
        <source>no key given; nothing stored</source>
        <translation>לא ניתן מפתח; לא נשמר דבר</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="278"/>
        <source>API key stored in the OS keychain</source>
        <translation>מפתח ה-API נשמר במחזיק המפתחות של המערכת</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="281"/>
        <source>API key removed</source>
        <translation>מפתח ה-API הוסר</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="282"/>
        <source>there was no API key</source>
        <translation>לא היה מפתח API</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="293"/>
        <source>{model} answered in {ms} ms: {answer}</source>
        <translation>{model} ענה תוך ⁦{ms} ms⁩: {answer}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="311"/>
        <source>importing {done}/{total} files</source>
        <translation>מייבא {done}/{total} קבצים</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="317"/>
        <source>skipped {problem}</source>
        <translation>דולג: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="318"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged, {skipped} skipped; {articles} articles in {path}</source>
        <translation>{added} נוספו, {updated} עודכנו, {removed} הוסרו, {unchanged} ללא שינוי, {skipped} דולגו; {articles} מאמרים ב-{path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="334"/>
        <source>no article matches</source>
        <translation>אין מאמר מתאים</translation>
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
        <location filename="../../copilot/app.py" line="151"/>
        <source>Not recording this session: {problem}</source>
        <translation>השיחה הזו לא מוקלטת: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="167"/>
        <source>Conversation</source>
        <translation>שיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="180"/>
        <source>Wrap-up codes: {problem}; using the bundled list</source>
        <translation>קודי סיכום: {problem}; משתמשים ברשימה המובנית</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="206"/>
        <source>AI drafts off: {problem}</source>
        <translation>טיוטות AI כבויות: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="231"/>
        <source>Customer context not loaded: {problem}</source>
        <translation>פרטי הלקוח לא נטענו: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="277"/>
        <location filename="../../copilot/app.py" line="314"/>
        <source>Local API off: {problem}</source>
        <translation>ה-API המקומי כבוי: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="298"/>
        <source>{problem}; restarting it</source>
        <translation>{problem}; מופעל מחדש</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="317"/>
        <source>The local API is back on {url}</source>
        <translation>ה-API המקומי פועל שוב בכתובת {url}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="329"/>
        <source>Not recording: {problem}. What is said now is not kept.</source>
        <translation>לא מוקלט: {problem}. מה שנאמר עכשיו לא נשמר.</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="430"/>
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
        <location filename="../../copilot/engines/prompt.py" line="32"/>
        <source>AI unavailable, playbook only</source>
        <translation>AI לא זמין, רק ספר התסריטים</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="175"/>
        <source>The wrap-up is empty: write a line or two before approving it.</source>
        <translation>הסיכום ריק: כדאי לכתוב שורה או שתיים לפני האישור.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="219"/>
        <source>Customer details updated from the CRM</source>
        <translation>פרטי הלקוח עודכנו מה-CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="324"/>
        <source>Suggestions paused: {problem}</source>
        <translation>ההצעות מושהות: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="327"/>
        <source>Suggestions paused: the playbook engine failed on that line. The details are in the log.</source>
        <translation>ההצעות מושהות: מנוע התסריטים נכשל בשורה הזו. הפרטים ביומן.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="386"/>
        <source>Nothing to insert: the text is empty. Esc keeps the card as it was.</source>
        <translation>אין מה להכניס: הטקסט ריק. Esc משאיר את הכרטיס כפי שהיה.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="454"/>
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
    <name>HeldPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="147"/>
        <source>Held back, not shown to the agent</source>
        <translation>עוכב, לא הוצג לנציג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="177"/>
        <source>None so far.</source>
        <translation>עדיין אין.</translation>
    </message>
</context>
<context>
    <name>InputBar</name>
    <message>
        <location filename="../../copilot/panel/window.py" line="45"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="46"/>
        <source>Me</source>
        <translation>אני</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="47"/>
        <source>Who said the line (Ctrl+K switches)</source>
        <translation>מי אמר את השורה (Ctrl+K מחליף)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="50"/>
        <source>Type or paste what was said, Enter to add</source>
        <translation>להקליד או להדביק את מה שנאמר, Enter להוספה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="54"/>
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
    <name>KnowledgeImport</name>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="33"/>
        <source>Import knowledge articles</source>
        <translation>ייבוא מאמרי ידע</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="40"/>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="72"/>
        <source>Knowledge base</source>
        <translation>מאגר ידע</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="57"/>
        <source>Importing articles… {done} of {total} files</source>
        <translation>מייבא מאמרים… {done} מתוך {total} קבצים</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="66"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>{added} נוספו, {updated} עודכנו, {removed} הוסרו, {unchanged} ללא שינוי.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="69"/>
        <source>Skipped:</source>
        <translation>דולגו:</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="71"/>
        <source>The import stopped: {problem}</source>
        <translation>הייבוא נעצר: {problem}</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="51"/>
        <source>All agents</source>
        <translation>כל הנציגים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="52"/>
        <source>All teams</source>
        <translation>כל הצוותים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="53"/>
        <source>All channels</source>
        <translation>כל הערוצים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="54"/>
        <source>All languages</source>
        <translation>כל השפות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="55"/>
        <source>All outcomes</source>
        <translation>כל התוצאות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="56"/>
        <source>All tags</source>
        <translation>כל התגיות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="111"/>
        <source>Session library</source>
        <translation>ספריית השיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="116"/>
        <source>Search what was said (all words, any order)</source>
        <translation>חיפוש במה שנאמר (כל המילים, בכל סדר)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="131"/>
        <source>Between</source>
        <translation>בין</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="157"/>
        <source>Open replay</source>
        <translation>פתיחת ההשמעה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="160"/>
        <source>Import session…</source>
        <translation>ייבוא שיחה…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="162"/>
        <source>Export session…</source>
        <translation>ייצוא שיחה…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="164"/>
        <source>Redact personal data</source>
        <translation>השחרת מידע אישי</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="166"/>
        <source>Statistics…</source>
        <translation>סטטיסטיקה…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="204"/>
        <source>Searching…</source>
        <translation>מחפש…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="227"/>
        <source>{shown} of {total} sessions</source>
        <translation>{shown} מתוך {total} שיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="229"/>
        <source>1 session</source>
        <translation>שיחה אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="229"/>
        <source>{n} sessions</source>
        <translation>{n} שיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>No session matches.</source>
        <translation>אין שיחה מתאימה.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>No sessions recorded yet.</source>
        <translation>עדיין לא הוקלטו שיחות.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="246"/>
        <source>Could not read the session library: {problem}</source>
        <translation>לא ניתן לקרוא את ספריית השיחות: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="258"/>
        <source>Choose a session first.</source>
        <translation>יש לבחור שיחה קודם.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="265"/>
        <source>Choose a session to export first.</source>
        <translation>יש לבחור קודם שיחה לייצוא.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="268"/>
        <source>Export session</source>
        <translation>ייצוא שיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="270"/>
        <source>Copilot sessions (*.copilot-session)</source>
        <translation>שיחות Copilot (*.copilot-session)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="274"/>
        <source>Exporting…</source>
        <translation>מייצא…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="277"/>
        <source>Exported to {path} with personal data redacted.</source>
        <translation>יוצא אל {path}, עם השחרת מידע אישי.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="278"/>
        <source>Exported to {path}.</source>
        <translation>יוצא אל {path}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="283"/>
        <source>Import session</source>
        <translation>ייבוא שיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="284"/>
        <source>Copilot sessions (*.copilot-session);;All files (*)</source>
        <translation>שיחות Copilot (*.copilot-session);;כל הקבצים (*)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="288"/>
        <source>Importing…</source>
        <translation>מייבא…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="293"/>
        <source>Session {id}: {status} ({lines} lines, {cards} cards).</source>
        <translation>שיחה {id}: {status} ({lines} שורות, {cards} כרטיסים).</translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="26"/>
        <source>Agent</source>
        <translation>נציג/ה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="27"/>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="28"/>
        <source>Mood</source>
        <translation>מצב רוח</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="29"/>
        <source>Escalations</source>
        <translation>הסלמות</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="30"/>
        <source>Silence</source>
        <translation>שקט</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="31"/>
        <source>Attention</source>
        <translation>לתשומת לב</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="51"/>
        <source>upset</source>
        <translation>כועס</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="51"/>
        <source>pleased</source>
        <translation>מרוצה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="53"/>
        <source>worsening</source>
        <translation>מחמיר</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="54"/>
        <source>improving</source>
        <translation>משתפר</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="111"/>
        <source>(unknown agent)</source>
        <translation>(נציג לא ידוע)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="113"/>
        <source>{agent} (ended)</source>
        <translation>{agent} (הסתיימה)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="121"/>
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
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="54"/>
        <source>Write a note for this moment, then press Enter</source>
        <translation>כתיבת הערה לרגע הזה, ואז Enter</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="57"/>
        <source>tags, comma separated (empathy, upsell)</source>
        <translation>תגיות, מופרדות בפסיקים (אמפתיה, מכירה)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="59"/>
        <source>Pin at 0:00</source>
        <translation>הצמדה ב-0:00</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="62"/>
        <source>Delete note</source>
        <translation>מחיקת הערה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="83"/>
        <source>Pin at {time}</source>
        <translation>הצמדה ב-{time}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="96"/>
        <source>Write the note first.</source>
        <translation>יש לכתוב קודם את ההערה.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="103"/>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="113"/>
        <source>Note pinned at {time}.</source>
        <translation>ההערה הוצמדה ב-{time}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="128"/>
        <source>Note deleted.</source>
        <translation>ההערה נמחקה.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="131"/>
        <source>Could not save the note: {problem}</source>
        <translation>לא ניתן לשמור את ההערה: {problem}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../copilot/panel/notices.py" line="54"/>
        <source> (+{n} more)</source>
        <translation> (+{n} נוספות)</translation>
    </message>
</context>
<context>
    <name>PanelController</name>
    <message>
        <location filename="../../copilot/panel/controller.py" line="117"/>
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
        <location filename="../../copilot/panel/controller.py" line="330"/>
        <source>Wrap-up copied: paste it into the CRM with Ctrl+V</source>
        <translation>הסיכום הועתק: מדביקים ב-CRM עם Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="348"/>
        <source>Edited text copied: paste it into the CRM with Ctrl+V</source>
        <translation>הטקסט הערוך הועתק: מדביקים ב-CRM עם Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="350"/>
        <source>Copied: paste it into the CRM with Ctrl+V</source>
        <translation>הועתק: מדביקים ב-CRM עם Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="375"/>
        <source>Card {n} was out of sight; here it is. Press again to insert it.</source>
        <translation>כרטיס {n} לא היה גלוי; הנה הוא. לחיצה נוספת תכניס אותו.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="376"/>
        <source>Card {n} was out of sight; here it is. Press again to discard it.</source>
        <translation>כרטיס {n} לא היה גלוי; הנה הוא. לחיצה נוספת תדחה אותו.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="377"/>
        <source>Card {n} was out of sight; here it is. Press again to edit it.</source>
        <translation>כרטיס {n} לא היה גלוי; הנה הוא. לחיצה נוספת תפתח אותו לעריכה.</translation>
    </message>
</context>
<context>
    <name>PanelWindow</name>
    <message>
        <location filename="../../copilot/panel/window.py" line="99"/>
        <location filename="../../copilot/panel/window.py" line="105"/>
        <source>Agent Copilot</source>
        <translation>Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="107"/>
        <source>The customer&apos;s language; suggestions follow it</source>
        <translation>שפת הלקוח; ההצעות מותאמות אליה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="112"/>
        <source>Pin</source>
        <translation>נעיצה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="115"/>
        <source>Keep the panel above other windows</source>
        <translation>החלונית תישאר מעל חלונות אחרים</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="119"/>
        <source>Clip</source>
        <translation>לוח</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="121"/>
        <source>Listen to the clipboard: text you copy elsewhere becomes a customer line</source>
        <translation>האזנה ללוח: טקסט שמעתיקים במקום אחר הופך לשורת לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="126"/>
        <source>Settings, the session library and statistics</source>
        <translation>הגדרות, ספריית השיחות וסטטיסטיקה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="130"/>
        <source>Settings…</source>
        <translation>הגדרות…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="132"/>
        <source>Session library…</source>
        <translation>ספריית השיחות…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="133"/>
        <source>Statistics…</source>
        <translation>סטטיסטיקה…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="152"/>
        <source>SUGGESTIONS</source>
        <translation>הצעות</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="179"/>
        <source>Sent to AI</source>
        <translation>נשלח ל-AI</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="180"/>
        <source>Show exactly what the last AI request sent (personal data replaced)</source>
        <translation>הצגה מדויקת של מה שנשלח בבקשת ה-AI האחרונה (מידע אישי הוחלף)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="212"/>
        <source>Playbook</source>
        <translation>ספר תסריטים</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="214"/>
        <source>Suggestions come from the playbook “{name}”, on this computer</source>
        <translation>ההצעות מגיעות מספר התסריטים &quot;{name}&quot;, במחשב הזה</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../copilot/config/policy.py" line="76"/>
        <source>This setting is managed by your organisation: it is held at its safest value because the policy file {path} has a problem.</source>
        <translation>ההגדרה הזו מנוהלת על ידי הארגון: היא נשמרת בערך הבטוח ביותר כי בקובץ המדיניות {path} יש בעיה.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="78"/>
        <source>This setting is managed by your organisation (policy file {path}).</source>
        <translation>ההגדרה הזו מנוהלת על ידי הארגון (קובץ מדיניות {path}).</translation>
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
        <location filename="../../copilot/coaching/report.py" line="247"/>
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
        <location filename="../../copilot/coaching/report.py" line="207"/>
        <source>(suggested)</source>
        <translation>(מוצע)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="210"/>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="210"/>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="222"/>
        <source>Trainer’s notes</source>
        <translation>הערות המאמן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="241"/>
        <source>Transcript and decisions</source>
        <translation>תמליל והחלטות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="247"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="254"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="263"/>
        <source>AI draft</source>
        <translation>טיוטת AI</translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="36"/>
        <source>Yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="37"/>
        <source>No</source>
        <translation>לא</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="58"/>
        <source>Confirm scorecard</source>
        <translation>אישור כרטיס הציון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="61"/>
        <source>Edit template…</source>
        <translation>עריכת התבנית…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="62"/>
        <source>Team leads: change the criteria every scorecard uses</source>
        <translation>ראשי צוותים: שינוי הקריטריונים שבהם משתמש כל כרטיס ציון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="93"/>
        <source>{problem} Using the default scorecard.</source>
        <translation>{problem} משתמשים בכרטיס הציון המובנה.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="123"/>
        <source>confirmed</source>
        <translation>אושר</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="124"/>
        <source>suggested, confirmed</source>
        <translation>הוצע, אושר</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="126"/>
        <source>suggested</source>
        <translation>הוצע</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="152"/>
        <source>Score {score} over {answered} of {total} criteria</source>
        <translation>ציון {score} על {answered} מתוך {total} קריטריונים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="154"/>
        <source>Nothing scored yet</source>
        <translation>עדיין לא ניתן ציון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="160"/>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="163"/>
        <source>Could not save the scorecard: {problem}</source>
        <translation>לא ניתן לשמור את כרטיס הציון: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="169"/>
        <source>Scorecard saved.</source>
        <translation>כרטיס הציון נשמר.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="178"/>
        <source>Template saved to {path}; new scorecards use it.</source>
        <translation>התבנית נשמרה ב-{path}; כרטיסי ציון חדשים ישתמשו בה.</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="46"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="46"/>
        <source>Duration</source>
        <translation>משך</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Agent</source>
        <translation>נציג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Channel</source>
        <translation>ערוץ</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Cards</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="50"/>
        <source>Accepted</source>
        <translation>שומשו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="89"/>
        <source>Session {id}</source>
        <translation>שיחה {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="90"/>
        <source> (CRM id {id})</source>
        <translation> (מזהה CRM ‏{id})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="43"/>
        <source>managed by your organisation</source>
        <translation>מנוהל על ידי הארגון</translation>
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
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="163"/>
        <source>Not saved: {folder} cannot be written ({problem}). Ask IT for a writable settings folder.</source>
        <translation>לא נשמר: אי אפשר לכתוב ל-{folder} ({problem}). כדאי לבקש מה-IT תיקיית הגדרות עם הרשאת כתיבה.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../copilot/engines/prompt.py" line="34"/>
        <source>AI draft</source>
        <translation>טיוטת AI</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="84"/>
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
        <location filename="../../copilot/coaching/qt/stats_view.py" line="50"/>
        <source>Time to insert</source>
        <translation>זמן עד הכנסה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="51"/>
        <source>Time to edit and insert</source>
        <translation>זמן עד עריכה והכנסה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="52"/>
        <source>Time to discard</source>
        <translation>זמן עד דחייה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="53"/>
        <source>Time before expiring</source>
        <translation>זמן עד פקיעה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="67"/>
        <source>{n} s</source>
        <translation>⁦{n} s⁩</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="68"/>
        <source>{n} ms</source>
        <translation>⁦{n} ms⁩</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="74"/>
        <source>{part} of {whole} ({share})</source>
        <translation>{part} מתוך {whole} ({share})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="83"/>
        <source>median {median} · {high} {value}</source>
        <translation>חציון {median} · {high} {value}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="85"/>
        <source>median {median} · {high} {value} characters</source>
        <translation>חציון {median} · {high} {value} תווים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="99"/>
        <source>Sessions</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="100"/>
        <source>Cards shown</source>
        <translation>כרטיסים שהוצגו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="101"/>
        <source>Every card that appeared on an agent&apos;s panel</source>
        <translation>כל כרטיס שהופיע בחלונית של נציג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="102"/>
        <source>Cards used</source>
        <translation>כרטיסים שנעשה בהם שימוש</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="103"/>
        <source>Inserted or edited, out of every decided card, expired included</source>
        <translation>הוכנסו או נערכו, מתוך כל הכרטיסים שהוחלט לגביהם, כולל שפקעו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="104"/>
        <source>Inserted · edited · discarded · expired</source>
        <translation>הוכנסו · נערכו · נדחו · פקעו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="107"/>
        <source>Objections handled</source>
        <translation>התנגדויות שטופלו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="108"/>
        <source>Objection cards the agent used, out of those shown</source>
        <translation>כרטיסי התנגדות שהנציג השתמש בהם, מתוך אלה שהוצגו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="109"/>
        <source>Edits to a card</source>
        <translation>עריכות בכרטיס</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="110"/>
        <source>Characters changed in the {count} edited cards before they were used</source>
        <translation>תווים ששונו ב-{count} הכרטיסים שנערכו לפני השימוש בהם</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="115"/>
        <source>From the card appearing to the agent&apos;s decision ({count} cards): median and 90th percentile</source>
        <translation>מהופעת הכרטיס ועד החלטת הנציג ({count} כרטיסים): חציון ואחוזון 90</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="121"/>
        <source>Suggestion ready</source>
        <translation>הצעה מוכנה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="122"/>
        <source>From the customer&apos;s words to the suggestion ({count} cards)</source>
        <translation>מדברי הלקוח ועד ההצעה ({count} כרטיסים)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="124"/>
        <source>Card on screen</source>
        <translation>כרטיס על המסך</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="125"/>
        <source>From the customer&apos;s words to the card drawn on the panel ({count} cards)</source>
        <translation>מדברי הלקוח ועד הכרטיס המוצג בחלונית ({count} כרטיסים)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="128"/>
        <source>Wrap-ups approved</source>
        <translation>סיכומי שיחה שאושרו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="129"/>
        <source>Calls whose drafted wrap-up the agent approved ({count} drafts written by AI)</source>
        <translation>שיחות שהנציג אישר את טיוטת הסיכום שלהן ({count} טיוטות שנכתבו בידי AI)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="132"/>
        <source>After-call work</source>
        <translation>עבודה אחרי השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="133"/>
        <source>From the end of the call to the approved wrap-up: median and 90th percentile</source>
        <translation>מסוף השיחה ועד הסיכום המאושר: חציון ואחוזון 90</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="134"/>
        <source>Edits to a wrap-up</source>
        <translation>עריכות בסיכום</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="135"/>
        <source>Characters changed in the {count} approved wrap-ups</source>
        <translation>תווים ששונו ב-{count} הסיכומים שאושרו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="137"/>
        <source>Disposition codes</source>
        <translation>קודי סיווג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="140"/>
        <source>Entries shown, never used</source>
        <translation>הוצגו, לא נעשה בהם שימוש</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="144"/>
        <source>Playbook entries never shown</source>
        <translation>רשומות בספר התסריטים שלא הוצגו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="145"/>
        <source>{count} of {total}</source>
        <translation>{count} מתוך {total}</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="48"/>
        <source>Knowledge gaps: customer questions no article answered</source>
        <translation>פערי ידע: שאלות לקוחות שאף מאמר לא ענה עליהן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="49"/>
        <source>Experiments: cards used per wording, with 95% intervals</source>
        <translation>ניסויים: כרטיסים שנעשה בהם שימוש לפי נוסח, עם רווחי סמך של 95%</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="160"/>
        <source>Coaching statistics</source>
        <translation>סטטיסטיקת אימון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="173"/>
        <source>All agents</source>
        <translation>כל הנציגים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="175"/>
        <source>All teams</source>
        <translation>כל הצוותים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="184"/>
        <source>Export CSV…</source>
        <translation>ייצוא CSV…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="190"/>
        <source>From</source>
        <translation>מ-</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="190"/>
        <source>to</source>
        <translation>עד</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="196"/>
        <source>Cards used, by kind</source>
        <translation>כרטיסים ששומשו, לפי סוג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="197"/>
        <source>Cards used, by entry (the {n} shown most)</source>
        <translation>כרטיסים ששומשו, לפי פריט ({n} המוצגים ביותר)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="199"/>
        <source>Figure</source>
        <translation>מדד</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="199"/>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="212"/>
        <source>About</source>
        <translation>נושא</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="212"/>
        <source>Asked</source>
        <translation>נשאלו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="212"/>
        <source>Example questions</source>
        <translation>שאלות לדוגמה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>Last asked</source>
        <translation>נשאלה לאחרונה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="224"/>
        <source>Experiment</source>
        <translation>ניסוי</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="224"/>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="224"/>
        <source>A used</source>
        <translation>שימוש ב-A</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>B used</source>
        <translation>שימוש ב-B</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>B against A</source>
        <translation>B מול A</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="250"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="277"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="279"/>
        <source>Loading…</source>
        <translation>טוען…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="298"/>
        <source>1 session</source>
        <translation>שיחה אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="299"/>
        <source>{n} sessions</source>
        <translation>{n} שיחות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="325"/>
        <source>Cannot show statistics. {problem}</source>
        <translation>לא ניתן להציג סטטיסטיקה. {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="327"/>
        <source>Cannot show statistics: something unexpected went wrong. The details are in the log.</source>
        <translation>לא ניתן להציג סטטיסטיקה: אירעה תקלה לא צפויה. הפרטים ביומן.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="337"/>
        <source>Knowledge gaps: none in this period</source>
        <translation>פערי ידע: אין בתקופה הזו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="351"/>
        <source>Knowledge gaps: cannot be read</source>
        <translation>פערי ידע: לא ניתן לקרוא</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="393"/>
        <source>Export statistics</source>
        <translation>ייצוא סטטיסטיקה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="394"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="402"/>
        <source>Saved {name}</source>
        <translation>{name} נשמר</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../copilot/panel/cards.py" line="173"/>
        <location filename="../../copilot/panel/cards.py" line="313"/>
        <source>Insert</source>
        <translation>הכנסה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="176"/>
        <source>Edit</source>
        <translation>עריכה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="178"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="181"/>
        <source>Article</source>
        <translation>מאמר</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="182"/>
        <source>Read the whole article this answer comes from</source>
        <translation>קריאת המאמר המלא שממנו התשובה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="185"/>
        <source>Discard</source>
        <translation>דחייה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="230"/>
        <source>Suggestion {number}: {kind}</source>
        <translation>הצעה {number}: {kind}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="237"/>
        <source>Drafted by AI: check it before use</source>
        <translation>נוסח על ידי AI: כדאי לבדוק לפני שימוש</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="239"/>
        <source>Sent by a supervisor following this call</source>
        <translation>נשלח ממפקח שעוקב אחר השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="241"/>
        <source>From your team&apos;s playbook</source>
        <translation>מספר התסריטים של הצוות</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="242"/>
        <source>Why: {reason}</source>
        <translation>למה: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="269"/>
        <source>Copy to the clipboard for the CRM (Ctrl+{n})</source>
        <translation>העתקה ללוח עבור ה-CRM ‏(Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="270"/>
        <source>Change the text, then insert (Alt+{n})</source>
        <translation>שינוי הטקסט ואז הכנסה ‏(Alt+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="272"/>
        <source>Dismiss this card (Ctrl+Shift+{n}); the arrow gives a reason</source>
        <translation>דחיית הכרטיס ‏(Ctrl+Shift+{n}); החץ מאפשר לציין סיבה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="299"/>
        <source>Insert edited</source>
        <translation>הכנסת הגרסה הערוכה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="300"/>
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
        <location filename="../../copilot/supervise/qt/window.py" line="81"/>
        <location filename="../../copilot/supervise/qt/window.py" line="176"/>
        <source>Choose a call to follow it</source>
        <translation>לבחור שיחה כדי לעקוב אחריה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="86"/>
        <source>A note for the agent: it shows on their panel as a card</source>
        <translation>הערה לנציג: תוצג בחלונית שלו ככרטיס</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="88"/>
        <source>Send note</source>
        <translation>שליחת הערה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="129"/>
        <source>Not connected: {problem}</source>
        <translation>אין חיבור: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="131"/>
        <source>No live calls in your teams right now</source>
        <translation>אין כרגע שיחות פעילות בצוותים</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="134"/>
        <source>1 live call</source>
        <translation>שיחה פעילה אחת</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="135"/>
        <source>{n} live calls</source>
        <translation>{n} שיחות פעילות</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="143"/>
        <source>{agent}: {alert}</source>
        <translation>{agent}: {alert}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="178"/>
        <source>{agent} · {duration} · {mood}</source>
        <translation>{agent} · {duration} · {mood}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="191"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="191"/>
        <source>Agent</source>
        <translation>נציג/ה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="192"/>
        <source>{who}: {text}</source>
        <translation>{who}: {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>shown</source>
        <translation>הוצג</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>used</source>
        <translation>נוצל</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>used, edited</source>
        <translation>נוצל, נערך</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="195"/>
        <source>discarded</source>
        <translation>נדחה</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="195"/>
        <source>left unanswered</source>
        <translation>לא טופל</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="196"/>
        <source>Card {kind} “{title}”: {state}</source>
        <translation>כרטיס {kind} “{title}”: {state}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="200"/>
        <source>Your note: {text}</source>
        <translation>ההערה שנשלחה: {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="227"/>
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
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="185"/>
        <source>Id</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="185"/>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="186"/>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="186"/>
        <source>Weight</source>
        <translation>משקל</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="187"/>
        <source>Pre-filled by</source>
        <translation>ממולא מראש לפי</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="191"/>
        <source>Scorecard template</source>
        <translation>תבנית כרטיס ציון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="201"/>
        <source>Add criterion</source>
        <translation>הוספת קריטריון</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="203"/>
        <source>Remove selected</source>
        <translation>הסרת הנבחרים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="216"/>
        <source>Rules that can pre-fill a criterion: {rules}. Leave empty to score by hand.</source>
        <translation>כללים שיכולים למלא קריטריון מראש: {rules}. להשאיר ריק כדי לתת ציון ידנית.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="30"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="30"/>
        <source>Agent</source>
        <translation>נציג</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Cards</source>
        <translation>כרטיסים</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Decisions</source>
        <translation>החלטות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="32"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="56"/>
        <source>Session timeline: click to move the replay there</source>
        <translation>ציר הזמן של השיחה: לחיצה מעבירה את ההשמעה לשם</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="215"/>
        <source>Mood</source>
        <translation>מצב רוח</translation>
    </message>
</context>
<context>
    <name>WhatIfPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="208"/>
        <source>Re-run with the current playbook</source>
        <translation>הרצה מחדש עם ספר התסריטים הנוכחי</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="210"/>
        <source>Play this session&apos;s lines through today&apos;s playbook and knowledge base</source>
        <translation>העברת שורות השיחה דרך ספר התסריטים ומאגר הידע של היום</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="214"/>
        <source>See what the copilot would suggest now, next to what it suggested then.</source>
        <translation>מה הקופיילוט היה מציע עכשיו, לצד מה שהציע אז.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="217"/>
        <source>Only lines where the suggestions differ</source>
        <translation>רק שורות שבהן ההצעות שונות</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Line</source>
        <translation>שורה</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Then</source>
        <translation>אז</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="220"/>
        <source>Now</source>
        <translation>עכשיו</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="245"/>
        <source>No engine is available to re-run with.</source>
        <translation>אין מנוע זמין להרצה מחדש.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="254"/>
        <source>Re-running…</source>
        <translation>מריץ מחדש…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="275"/>
        <source>{changed} of {total} lines would get other suggestions: {new} entries new, {gone} no longer suggested.</source>
        <translation>{changed} מתוך {total} שורות יקבלו הצעות אחרות: {new} פריטים חדשים, {gone} כבר לא מוצעים.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="285"/>
        <source>Re-run stopped.</source>
        <translation>ההרצה מחדש נעצרה.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="286"/>
        <source>Re-run failed: {problem}</source>
        <translation>ההרצה מחדש נכשלה: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="296"/>
        <source>(start of the call)</source>
        <translation>(תחילת השיחה)</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../copilot/engines/generative.py" line="369"/>
        <source>Drafted by AI from the conversation</source>
        <translation>נוסח על ידי AI מתוך השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="105"/>
        <source>Matches {words} ({percent}% confidence)</source>
        <translation>תואם ל-{words} ‏({percent}% ביטחון)</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="106"/>
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
        <location filename="../../copilot/playbook/engine.py" line="249"/>
        <source>Start of the conversation; policy &apos;{policy}&apos; asks for it</source>
        <translation>תחילת השיחה; המדיניות &apos;{policy}&apos; מחייבת זאת</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="251"/>
        <source>Start of the conversation</source>
        <translation>תחילת השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="252"/>
        <source>Customer said {words}</source>
        <translation>הלקוח אמר {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="252"/>
        <source>You said {words}</source>
        <translation>אמרת {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="253"/>
        <source>Heard {words}</source>
        <translation>נשמע: {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="257"/>
        <source>; customer {conditions}</source>
        <translation>; לקוח: {conditions}</translation>
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
        <location filename="../../copilot/panel/wrapup_card.py" line="65"/>
        <source>Approve and copy  Ctrl+Enter</source>
        <translation>אישור והעתקה  Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="67"/>
        <source>Copy the note for the CRM and record it as this call&apos;s wrap-up</source>
        <translation>העתקת ההערה ל-CRM ושמירתה כסיכום השיחה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="110"/>
        <source>AI draft</source>
        <translation>טיוטת AI</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="110"/>
        <source>Drafted on this computer</source>
        <translation>נוסח במחשב הזה</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="112"/>
        <source>Written by the configured language model from the redacted transcript; check it before you approve</source>
        <translation>נכתב על ידי מודל השפה המוגדר מתוך התמליל המושחר; כדאי לבדוק לפני האישור</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="114"/>
        <source>Taken from the call&apos;s own words by the local engine; nothing left this computer</source>
        <translation>נלקח ממילות השיחה על ידי המנוע המקומי; שום דבר לא יצא מהמחשב</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="120"/>
        <source>Why: drafted from this call&apos;s transcript when it ended.</source>
        <translation>למה: נוסח מתוך תמליל השיחה כשהסתיימה.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="122"/>
        <source>The AI draft was not used ({reason}).</source>
        <translation>טיוטת ה-AI לא שומשה ({reason}).</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="128"/>
        <source>Approved and copied</source>
        <translation>אושר והועתק</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="161"/>
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
