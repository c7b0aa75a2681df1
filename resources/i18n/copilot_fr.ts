<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AiSettings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="58"/>
        <source>Ask a language model for drafts (shown as AI drafts)</source>
        <translation>Demander des brouillons à un modèle de langage (affichés comme brouillons IA)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="60"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="62"/>
        <source>OpenAI or compatible (vLLM, Ollama, llama.cpp, LM Studio)</source>
        <translation>OpenAI ou compatible (vLLM, Ollama, llama.cpp, LM Studio)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="63"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="65"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="67"/>
        <source>Endpoint</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="69"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="71"/>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="76"/>
        <source>Only endpoints on this computer</source>
        <translation>Uniquement des adresses sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="82"/>
        <source>Store key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="84"/>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="89"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="90"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="100"/>
        <source>deployment name</source>
        <translation>nom du déploiement</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="100"/>
        <source>e.g. gpt-4o-mini or llama3.1</source>
        <translation>p. ex. gpt-4o-mini ou llama3.1</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="114"/>
        <source>a key is stored in the keychain</source>
        <translation>une clé est enregistrée dans le trousseau</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="115"/>
        <source>no key stored</source>
        <translation>aucune clé enregistrée</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="139"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="17"/>
        <source>Sent to AI</source>
        <translation>Envoyé à l&apos;IA</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="24"/>
        <source>Nothing has been sent to the AI in this conversation yet.</source>
        <translation>Rien n&apos;a encore été envoyé à l&apos;IA dans cette conversation.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/audit_view.py" line="28"/>
        <source>Show as JSON</source>
        <translation>Afficher en JSON</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../copilot/panel/cards.py" line="368"/>
        <source>Suggestions appear here as the customer speaks.</source>
        <translation>Les suggestions apparaissent ici pendant que le client parle.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../copilot/cli/main.py" line="329"/>
        <source>{path}: no such file to follow (check the path, or start the tool that writes it first)</source>
        <translation>{path}&#xa0;: aucun fichier à suivre (vérifiez le chemin, ou lancez d&apos;abord l&apos;outil qui l&apos;écrit)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="386"/>
        <source>API key: </source>
        <translation>Clé d’API : </translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="388"/>
        <source>no key given; nothing stored</source>
        <translation>aucune clé fournie&#xa0;; rien n&apos;est enregistré</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="391"/>
        <source>API key stored in the OS keychain</source>
        <translation>Clé d&apos;API enregistrée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="394"/>
        <source>API key removed</source>
        <translation>Clé d&apos;API supprimée</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="395"/>
        <source>there was no API key</source>
        <translation>il n&apos;y avait pas de clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="406"/>
        <source>{model} answered in {ms} ms: {answer}</source>
        <translation>{model} a répondu en {ms} ms&#xa0;: {answer}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="428"/>
        <source>importing {done}/{total} files</source>
        <translation>import de {done}/{total} fichiers</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="429"/>
        <source>indexing {done}/{total} articles</source>
        <translation>indexation {done}/{total} articles</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="435"/>
        <source>skipped {problem}</source>
        <translation>ignoré&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="436"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged, {skipped} skipped; {articles} articles in {path}</source>
        <translation>{added} ajoutés, {updated} mis à jour, {removed} supprimés, {unchanged} inchangés, {skipped} ignorés&#xa0;; {articles} articles dans {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="453"/>
        <source>no article matches</source>
        <translation>aucun article ne correspond</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="464"/>
        <source>give either a question (TEXT) or --conversation TRANSCRIPT</source>
        <translation>donnez soit une question (TEXT), soit --conversation TRANSCRIPT</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="478"/>
        <source>{path}: no customer line to answer</source>
        <translation>{path} : aucune ligne du client à laquelle répondre</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="490"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="491"/>
        <source>why: {rationale}</source>
        <translation>pourquoi : {rationale}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="119"/>
        <source>unknown setting &apos;{name}&apos;</source>
        <translation>paramètre inconnu « {name} »</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="163"/>
        <source>cannot save {path} ({reason})</source>
        <translation>impossible d’enregistrer {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="174"/>
        <source>policy file: {path} (from {variable})</source>
        <translation>fichier de stratégie : {path} (d’après {variable})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="176"/>
        <source>policy file: {path}</source>
        <translation>fichier de stratégie : {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="178"/>
        <source>status: invalid; running in the safest mode</source>
        <translation>statut : non valide ; fonctionnement dans le mode le plus sûr</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="180"/>
        <location filename="../../copilot/cli/admin.py" line="187"/>
        <source>locked: {setting}</source>
        <translation>verrouillé : {setting}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="183"/>
        <source>status: not present; nothing is managed</source>
        <translation>statut : absent ; rien n’est géré</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="185"/>
        <source>status: in force</source>
        <translation>statut : en vigueur</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="189"/>
        <source>default: {setting}</source>
        <translation>par défaut : {setting}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="191"/>
        <source>it locks nothing and sets no defaults</source>
        <translation>il ne verrouille rien et ne fixe aucune valeur par défaut</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="207"/>
        <source>{name} removed</source>
        <translation>{name} supprimé</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="207"/>
        <source>there was no {name}</source>
        <translation>il n’y avait pas de {name}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="212"/>
        <source>more than {limit} characters on standard input: that is no secret</source>
        <translation>plus de {limit} caractères sur l’entrée standard : ce n’est pas un secret</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="226"/>
        <source>{name} stored in the OS keychain</source>
        <translation>{name} enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="232"/>
        <source>no {name} on standard input; nothing stored</source>
        <translation>aucun {name} sur l’entrée standard ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="234"/>
        <source>the {name} must be one line; nothing stored</source>
        <translation>le {name} doit tenir sur une ligne ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="236"/>
        <source>an api-token needs at least {n} characters and no spaces; nothing stored</source>
        <translation>un api-token doit comporter au moins {n} caractères et aucune espace ; rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="70"/>
        <location filename="../../copilot/cli/privacy.py" line="209"/>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="70"/>
        <location filename="../../copilot/cli/privacy.py" line="209"/>
        <source>{n} sessions</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="79"/>
        <source>no central record is configured (set central_url: copilot config set central_url postgresql://USER@HOST/DATABASE)</source>
        <translation>aucun registre central n’est configuré (définissez central_url : copilot config set central_url postgresql://USER@HOST/DATABASE)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="86"/>
        <source>{sessions} sent to the central record at {where}</source>
        <translation>{sessions} envoyée(s) au registre central sur {where}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="89"/>
        <source>; {n} waiting on this computer</source>
        <translation>; {n} en attente sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="92"/>
        <source> (nothing was pending)</source>
        <translation> (rien n’était en attente)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="125"/>
        <source>give --url or set central_url</source>
        <translation>indiquez --url ou définissez central_url</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="130"/>
        <source>the central store at {where} is at schema version {version}; nothing to do</source>
        <translation>le stockage central sur {where} est à la version de schéma {version} ; rien à faire</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="133"/>
        <source>the central store at {where} went from schema version {before} to {after}</source>
        <translation>le stockage central sur {where} est passé de la version de schéma {before} à {after}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="149"/>
        <source>nowhere: no central record is configured</source>
        <translation>nulle part : aucun registre central n’est configuré</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="151"/>
        <source>the central record at {where} (redacted)</source>
        <translation>le registre central sur {where} (anonymisé)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="153"/>
        <source>the central record at {where}</source>
        <translation>le registre central sur {where}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="154"/>
        <source>sessions go to {where}; {sessions} waiting on this computer</source>
        <translation>les sessions vont vers {where} ; {sessions} en attente sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="36"/>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="36"/>
        <source>playbook entries</source>
        <translation>entrées du guide</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="37"/>
        <source>knowledge articles</source>
        <translation>articles de connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="196"/>
        <location filename="../../copilot/cli/main.py" line="351"/>
        <source>{path}: no such knowledge base file</source>
        <translation>{path} : ce fichier de base de connaissances n’existe pas</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="233"/>
        <source>playbook {playbook}, no knowledge base</source>
        <translation>guide {playbook}, sans base de connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="234"/>
        <source>playbook {playbook}, knowledge {knowledge}</source>
        <translation>guide {playbook}, base de connaissances {knowledge}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="247"/>
        <source>transcript {id} (line {line}): no article {article} in the knowledge base</source>
        <translation>transcription {id} (ligne {line}) : aucun article {article} dans la base de connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="251"/>
        <source>transcript {id} (line {line}): {entry} is not an entry of the playbook</source>
        <translation>transcription {id} (ligne {line}) : {entry} n’est pas une entrée du guide</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="255"/>
        <source>no knowledge base: the articles the golden set expects cannot be shown</source>
        <translation>aucune base de connaissances : les articles qu’attend le jeu de référence ne peuvent pas s’afficher</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="304"/>
        <source>Golden set {golden}: {transcripts} transcripts, {turns} turns, {expected} expected cards</source>
        <translation>Jeu de référence {golden} : {transcripts} transcriptions, {turns} tours de parole, {expected} cartes attendues</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="311"/>
        <source>Per entry and article:</source>
        <translation>Par entrée et par article :</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="315"/>
        <source>Cards shown where none was expected: {n} ({nothing} on turns that expected no card)</source>
        <translation>Cartes affichées sans être attendues : {n} ({nothing} à des tours qui n’attendaient aucune carte)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="320"/>
        <source>Expected cards not shown: {n}</source>
        <translation>Cartes attendues non affichées : {n}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="329"/>
        <source>Difference: {second} compared with {first}</source>
        <translation>Différence : {second} comparé à {first}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="336"/>
        <source>precision {before} -&gt; {after}   recall {recall_before} -&gt; {recall_after}</source>
        <translation>précision {before} -&gt; {after}   rappel {recall_before} -&gt; {recall_after}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="341"/>
        <source>cards: {gained} right ones gained, {lost} right ones lost, {extra} unexpected ones gained, {gone} unexpected ones gone</source>
        <translation>cartes : {gained} justes gagnées, {lost} justes perdues, {extra} inattendues gagnées, {gone} inattendues disparues</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="347"/>
        <location filename="../../copilot/cli/evaluate.py" line="354"/>
        <source>expected</source>
        <translation>attendue</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="347"/>
        <source>not expected</source>
        <translation>non attendue</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="348"/>
        <location filename="../../copilot/cli/evaluate.py" line="368"/>
        <location filename="../../copilot/cli/main.py" line="487"/>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="354"/>
        <source>shown</source>
        <translation>affichées</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="354"/>
        <source>right</source>
        <translation>justes</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="355"/>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="355"/>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="95"/>
        <location filename="../../copilot/cli/experiments.py" line="160"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="96"/>
        <source>no experiment named {name} in {playbook} or on record (the playbook&apos;s: {names})</source>
        <translation>aucune expérience nommée {name} dans {playbook} ni dans le registre (celles du guide : {names})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="124"/>
        <source>cards: A {a}, B {b}; {verdict}</source>
        <translation>cartes : A {a}, B {b} ; {verdict}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="128"/>
        <source>no experiments in {playbook} and none on record</source>
        <translation>aucune expérience dans {playbook} ni dans le registre</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="161"/>
        <source>no experiment named {name} in {playbook} (its experiments: {names})</source>
        <translation>aucune expérience nommée {name} dans {playbook} (ses expériences : {names})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="168"/>
        <source>{name} already stopped {when}; everyone sees {keep}</source>
        <translation>{name} est déjà arrêtée depuis {when} ; tout le monde voit {keep}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="172"/>
        <source>{name} stopped {when} in {playbook}; everyone now sees {keep}. Panels follow when they next load the playbook; the recorded cards stay.</source>
        <translation>{name} arrêtée le {when} dans {playbook} ; tout le monde voit désormais {keep}. Les panneaux suivent au prochain chargement du guide ; les cartes enregistrées restent.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="52"/>
        <source>no recorded sessions yet ({path})</source>
        <translation>aucune session enregistrée pour l’instant ({path})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="93"/>
        <source>erasing cannot be undone; add --yes to confirm</source>
        <translation>l’effacement est irréversible ; ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="95"/>
        <source>customer {id}</source>
        <translation>client {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="96"/>
        <source>session {id}</source>
        <translation>session {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="109"/>
        <source>erased {whose} on this computer: {counts}; {log_lines} rewritten</source>
        <translation>{whose} effacé(e) sur cet ordinateur : {counts} ; {log_lines} réécrite(s)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="110"/>
        <source>erased {whose}: {counts}; {log_lines} rewritten</source>
        <translation>{whose} effacé(e) : {counts} ; {log_lines} réécrite(s)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="114"/>
        <source>nothing of {whose} on this computer</source>
        <translation>rien de {whose} sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="128"/>
        <source>not erased from the central record: {problem}; run the same erase again when it can be reached</source>
        <translation>non effacé du registre central : {problem} ; relancez le même effacement quand il sera joignable</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="130"/>
        <source>erased {whose} in the central record at {where}: {counts}</source>
        <translation>{whose} effacé(e) dans le registre central sur {where} : {counts}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="154"/>
        <source> (this computer and the central record at {where})</source>
        <translation> (cet ordinateur et le registre central sur {where})</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="157"/>
        <source>{sessions} of customer {customer} written to {file}</source>
        <translation>{sessions} du client {customer} écrite(s) dans {file}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="160"/>
        <source>no recorded session for customer {customer}{where}; {file} says so</source>
        <translation>aucune session enregistrée pour le client {customer}{where} ; {file} l’indique</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="178"/>
        <source>--days: {value} is not a whole number from 0</source>
        <translation>--days : {value} n’est pas un nombre entier à partir de 0</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="181"/>
        <source>retention is off (0 days keeps every session); nothing purged</source>
        <translation>la conservation est désactivée (0 jour garde toutes les sessions) ; rien n’a été purgé</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="184"/>
        <source>{sessions} older than {days} deleted</source>
        <translation>{sessions} de plus de {days} supprimée(s)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="197"/>
        <source>no privacy operation recorded</source>
        <translation>aucune opération de confidentialité enregistrée</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="203"/>
        <source>by {actor}</source>
        <translation>par {actor}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="210"/>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="210"/>
        <source>{n} lines</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="211"/>
        <source>1 card</source>
        <translation>1 carte</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="211"/>
        <source>{n} cards</source>
        <translation>{n} cartes</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="212"/>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="212"/>
        <source>{n} notes</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="213"/>
        <source>1 log line</source>
        <translation>1 ligne de journal</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="213"/>
        <source>{n} log lines</source>
        <translation>{n} lignes de journal</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="214"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="214"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="215"/>
        <source>1 call in the supervisors&apos; live view</source>
        <translation>1 appel dans la vue en direct des superviseurs</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="216"/>
        <source>{n} calls in the supervisors&apos; live view</source>
        <translation>{n} appels dans la vue en direct des superviseurs</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="49"/>
        <source>--report {name}: the name must end in .pdf or .html</source>
        <translation>--report {name} : le nom doit se terminer par .pdf ou .html</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="61"/>
        <source>coaching report written to {path}</source>
        <translation>rapport de coaching écrit dans {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="102"/>
        <source>then: {cards}</source>
        <translation>avant : {cards}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="104"/>
        <source>now:  {cards}</source>
        <translation>après : {cards}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="106"/>
        <source>{changed} of {lines} lines would get other suggestions</source>
        <translation>{changed} lignes sur {lines} recevraient d’autres suggestions</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="24"/>
        <source>started</source>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="24"/>
        <source>length</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="24"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="25"/>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="25"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="25"/>
        <source>lang</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="26"/>
        <source>outcome</source>
        <translation>issue</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="26"/>
        <source>cards</source>
        <translation>cartes</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="26"/>
        <source>taken</source>
        <translation>prises</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="27"/>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="27"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="84"/>
        <source>{option}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{option} : {value} n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="107"/>
        <source>--central: no central record is configured (the central_url setting is empty)</source>
        <translation>--central : aucun registre central n’est configuré (le paramètre central_url est vide)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="121"/>
        <source>--limit: {value} is not a positive whole number</source>
        <translation>--limit : {value} n’est pas un nombre entier positif</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="133"/>
        <source>no recorded session matches</source>
        <translation>aucune session enregistrée ne correspond</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="151"/>
        <source>session {id} written to {path} (personal data redacted)</source>
        <translation>session {id} écrite dans {path} (données personnelles masquées)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="152"/>
        <source>session {id} written to {path}</source>
        <translation>session {id} écrite dans {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="160"/>
        <source>session {id} is already in the database; nothing changed</source>
        <translation>la session {id} est déjà dans la base de données ; rien n’a changé</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="163"/>
        <source>session {id} replaced from {file}: {utterances} utterances, {cards} cards</source>
        <translation>session {id} remplacée depuis {file} : {utterances} énoncés, {cards} cartes</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="164"/>
        <source>session {id} imported from {file}: {utterances} utterances, {cards} cards</source>
        <translation>session {id} importée depuis {file} : {utterances} énoncés, {cards} cartes</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="168"/>
        <source>, personal data redacted</source>
        <translation>, données personnelles masquées</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="70"/>
        <source>AI draft unavailable ({reason}); the local draft follows</source>
        <translation>brouillon IA indisponible ({reason}) ; le brouillon local suit</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="89"/>
        <source>--date {value}: give the day as YYYY-MM-DD</source>
        <translation>--date {value} : indiquez le jour sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="143"/>
        <source>AI drafts are on but cannot be used: {reason}</source>
        <translation>les brouillons IA sont activés mais inutilisables : {reason}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="566"/>
        <source>print the report as JSON, for scripts</source>
        <translation>afficher le rapport en JSON, pour les scripts</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="569"/>
        <source>report a missing OS keychain as a warning, not a failure (CI, headless servers)</source>
        <translation>signaler l’absence de trousseau du système comme un avertissement, pas un échec (CI, serveurs sans écran)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="575"/>
        <source>check that this computer can run Agent Copilot</source>
        <translation>vérifier que cet ordinateur peut faire fonctionner Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="576"/>
        <source>Check Qt, fonts, the app&apos;s modules, SQLite, the data folder, settings and policy, the keychain, the local API port, the bundled resources and the AI endpoint. Exit status 0 when every check passes (skipped ones pass).</source>
        <translation>Vérifie Qt, les polices, les modules de l’application, SQLite, le dossier de données, les paramètres et la stratégie, le trousseau, le port de l’API locale, les ressources fournies et le point d’accès IA. Code de sortie 0 quand toutes les vérifications réussissent (celles qui sont ignorées comptent comme réussies).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="23"/>
        <source>exit codes:
  0  done
  1  the policy file is invalid, the keychain is unavailable, or the settings file cannot be written
  2  unknown name, bad value or empty input
  3  the setting is managed by your organisation (locked in the policy file)</source>
        <translation>codes de sortie :
  0  terminé
  1  le fichier de stratégie n’est pas valide, le trousseau est indisponible ou le fichier de paramètres ne peut pas être écrit
  2  nom inconnu, valeur incorrecte ou entrée vide
  3  le paramètre est géré par votre organisation (verrouillé dans le fichier de stratégie)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="29"/>
        <source>the language model&apos;s API key</source>
        <translation>la clé d’API du modèle de langage</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="30"/>
        <source>the local API&apos;s bearer token</source>
        <translation>le jeton d’accès de l’API locale</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="31"/>
        <source>the central record&apos;s database password</source>
        <translation>le mot de passe de la base de données du registre central</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="41"/>
        <source>read and change settings without the window (for deployment scripts)</source>
        <translation>lire et modifier les paramètres sans la fenêtre (pour les scripts de déploiement)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="42"/>
        <source>Read and change this user&apos;s settings, and show the organisation&apos;s policy file. Never prompts.</source>
        <translation>Lit et modifie les paramètres de cet utilisateur, et affiche le fichier de stratégie de l’organisation. Ne pose jamais de question.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="45"/>
        <source>print one setting, or all as &apos;name = value&apos; lines</source>
        <translation>afficher un paramètre, ou tous sous forme de lignes « nom = valeur »</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="46"/>
        <source>Print one setting&apos;s value, or every setting as &apos;name = value&apos; (values in JSON; locked ones marked &apos;# locked by policy&apos;).</source>
        <translation>Affiche la valeur d’un paramètre, ou chaque paramètre sous la forme « nom = valeur » (valeurs en JSON ; ceux qui sont verrouillés marqués « # locked by policy »).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="51"/>
        <source>the setting (default: all)</source>
        <translation>le paramètre (par défaut : tous)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="53"/>
        <source>print JSON: {&quot;value&quot;: ..., &quot;locked&quot;: ...} for one, an object of those for all</source>
        <translation>afficher du JSON : {&quot;value&quot;: ..., &quot;locked&quot;: ...} pour un seul, un objet de ceux-ci pour tous</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="55"/>
        <source>change one setting and save it</source>
        <translation>modifier un paramètre et l’enregistrer</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="56"/>
        <source>Change one setting. VALUE is read as JSON when it parses (true, 8765, 0.5, [&quot;a&quot;, &quot;b&quot;]), else as text; a text setting always takes the text as given.</source>
        <translation>Modifie un paramètre. VALUE est lue comme du JSON quand c’est possible (true, 8765, 0.5, [&quot;a&quot;, &quot;b&quot;]), sinon comme du texte ; un paramètre texte prend toujours le texte tel quel.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="63"/>
        <source>show the policy file in use and what it locks</source>
        <translation>afficher le fichier de stratégie utilisé et ce qu’il verrouille</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="64"/>
        <source>Show the organisation&apos;s policy file: where it is looked for, whether it exists, what it locks and which defaults it sets, or why it is invalid.</source>
        <translation>Affiche le fichier de stratégie de l’organisation : où il est cherché, s’il existe, ce qu’il verrouille et quelles valeurs par défaut il fixe, ou pourquoi il n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="70"/>
        <source>{name} is {what}</source>
        <translation>{name} est {what}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="73"/>
        <source>store or delete a secret in the OS keychain (for deployment scripts)</source>
        <translation>enregistrer ou supprimer un secret dans le trousseau du système (pour les scripts de déploiement)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="74"/>
        <source>Store or delete a secret in the OS keychain: {secrets}. Never prompts.</source>
        <translation>Enregistre ou supprime un secret dans le trousseau du système : {secrets}. Ne pose jamais de question.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="79"/>
        <source>store a secret read from standard input</source>
        <translation>enregistrer un secret lu sur l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="80"/>
        <source>Store a secret read from standard input (one line; nothing is echoed or asked). Example: printf &apos;%%s&apos; &quot;$KEY&quot; | copilot secret set ai-api-key --stdin</source>
        <translation>Enregistre un secret lu sur l’entrée standard (une ligne ; rien n’est affiché ni demandé). Exemple : printf &apos;%%s&apos; &quot;$KEY&quot; | copilot secret set ai-api-key --stdin</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="86"/>
        <source>read the secret from standard input (required: secrets never go on the command line)</source>
        <translation>lire le secret sur l’entrée standard (obligatoire : un secret ne passe jamais par la ligne de commande)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/admin.py" line="88"/>
        <source>remove a secret from the keychain</source>
        <translation>supprimer un secret du trousseau</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="25"/>
        <source>send recorded sessions to the central record (PostgreSQL)</source>
        <translation>envoyer les sessions enregistrées au registre central (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="26"/>
        <source>Send the sessions the central record (the central_url setting) still lacks. With --once, send what is pending and exit: 0 when all of it arrived, 1 with the reason when some could not be sent (they stay on this computer and go with the next sync). Without it, keep sending until interrupted.</source>
        <translation>Envoie les sessions qui manquent encore au registre central (le paramètre central_url). Avec --once, envoie ce qui est en attente puis s’arrête : 0 quand tout est arrivé, 1 avec la raison quand une partie n’a pas pu être envoyée (elle reste sur cet ordinateur et part avec la synchronisation suivante). Sans cette option, continue d’envoyer jusqu’à interruption.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="31"/>
        <source>send what is pending, then exit</source>
        <translation>envoyer ce qui est en attente, puis s’arrêter</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="32"/>
        <source>the central record: set up its schema, show its state</source>
        <translation>le registre central : mettre en place son schéma, afficher son état</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="34"/>
        <source>The central record&apos;s server side, for IT.</source>
        <translation>Le côté serveur du registre central, pour l’informatique.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="37"/>
        <source>create or upgrade the central store&apos;s schema, roles and access rules</source>
        <translation>créer ou mettre à jour le schéma, les rôles et les règles d’accès du stockage central</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="38"/>
        <source>Bring the central store&apos;s schema up to this version of Agent Copilot. Run it with the login that is to own the tables (not a desktop&apos;s): --url, or the central_url setting; the password from PGPASSWORD, ~/.pgpass or the keychain.</source>
        <translation>Met le schéma du stockage central à la version de cet Agent Copilot. Lancez-le avec l’identifiant qui doit posséder les tables (pas celui d’un poste) : --url, ou le paramètre central_url ; le mot de passe vient de PGPASSWORD, de ~/.pgpass ou du trousseau.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="43"/>
        <source>libpq URL of the owner&apos;s login</source>
        <translation>URL libpq de l’identifiant du propriétaire</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/central.py" line="44"/>
        <source>where sessions go, and how many wait on this computer</source>
        <translation>où vont les sessions, et combien attendent sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="42"/>
        <source>score a golden set: the cards and articles expected at given turns (precision, recall)</source>
        <translation>noter un jeu de référence : les cartes et articles attendus à des tours donnés (précision, rappel)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="44"/>
        <source>Play each transcript of a golden set (JSON lines, see docs/evaluation.md) through the panel&apos;s local engine and turn loop, and report precision and recall per playbook entry and per knowledge article, the cards shown where none was expected, and the difference with another playbook or knowledge base. A malformed golden set is named line by line (exit status 2).</source>
        <translation>Joue chaque transcription d’un jeu de référence (lignes JSON, voir docs/evaluation.md) dans le moteur local et la boucle de tours du panneau, et indique la précision et le rappel par entrée du guide et par article de connaissances, les cartes affichées sans être attendues, et la différence avec un autre guide ou une autre base de connaissances. Un jeu de référence mal formé est signalé ligne par ligne (code de sortie 2).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="50"/>
        <source>the golden set (JSON lines)</source>
        <translation>le jeu de référence (lignes JSON)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="52"/>
        <source>playbook (default: the panel&apos;s)</source>
        <translation>guide (par défaut : celui du panneau)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="54"/>
        <location filename="../../copilot/cli/main.py" line="84"/>
        <source>knowledge base file (default: the panel&apos;s)</source>
        <translation>fichier de base de connaissances (par défaut : celui du panneau)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="56"/>
        <source>also score this playbook and compare</source>
        <translation>noter aussi ce guide et comparer</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="58"/>
        <source>also score this knowledge base and compare</source>
        <translation>noter aussi cette base de connaissances et comparer</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/evaluate.py" line="60"/>
        <location filename="../../copilot/cli/main.py" line="90"/>
        <source>enable a policy flag such as ai_disclosure, besides the panel&apos;s (repeatable)</source>
        <translation>activer un indicateur de stratégie comme ai_disclosure, en plus de ceux du panneau (répétable)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="31"/>
        <source>guidance experiments (A/B wordings of playbook entries): list, report, stop</source>
        <translation>expériences de guidage (formulations A/B d’entrées du guide) : lister, rapporter, arrêter</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="33"/>
        <source>The guidance experiments of the playbook (an entry&apos;s [entry.experiment] table, see docs/experiments.md) and how their two wordings fare in the recorded sessions.</source>
        <translation>Les expériences de guidage du guide (la table [entry.experiment] d’une entrée, voir docs/experiments.md) et les résultats de leurs deux formulations dans les sessions enregistrées.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="37"/>
        <source>the playbook that defines them (default: the panel&apos;s)</source>
        <translation>le guide qui les définit (par défaut : celui du panneau)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="39"/>
        <source>every experiment, where it stands and its cards per arm</source>
        <translation>chaque expérience, son état et ses cartes par bras</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="43"/>
        <source>compare the two arms of one experiment, with 95%% confidence intervals</source>
        <translation>comparer les deux bras d’une expérience, avec des intervalles de confiance à 95 %%</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="44"/>
        <source>Acceptance, edits, time to decision and call outcome per arm, each with its 95%% interval, and the difference B - A with its interval; a verdict only when the interval leaves out zero.</source>
        <translation>Acceptation, modifications, délai de décision et issue de l’appel par bras, chacun avec son intervalle à 95 %%, et la différence B - A avec son intervalle ; un verdict seulement quand l’intervalle exclut zéro.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="50"/>
        <source>sessions started on or after</source>
        <translation>sessions commencées à partir du</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="52"/>
        <source>sessions started on or before</source>
        <translation>sessions commencées jusqu’au</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="54"/>
        <location filename="../../copilot/cli/gaps.py" line="36"/>
        <source>only this team&apos;s sessions</source>
        <translation>uniquement les sessions de cette équipe</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="56"/>
        <source>stop an experiment now: everyone sees one wording, nothing more is counted</source>
        <translation>arrêter une expérience maintenant : tout le monde voit une seule formulation, plus rien n’est compté</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="57"/>
        <source>Write &apos;stop = &lt;now&gt;&apos; into the experiment&apos;s table in the playbook (the rest of the file is left as it is). Panels follow when they next load the playbook; the recorded cards stay, and cards shown after the stop are left out of the report.</source>
        <translation>Écrit « stop = &lt;now&gt; » dans la table de l’expérience dans le guide (le reste du fichier reste tel quel). Les panneaux suivent au prochain chargement du guide ; les cartes enregistrées restent, et les cartes affichées après l’arrêt sont exclues du rapport.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/experiments.py" line="62"/>
        <source>the wording everyone sees from now on (default: as the file says, else A)</source>
        <translation>la formulation que tout le monde voit désormais (par défaut : celle du fichier, sinon A)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="23"/>
        <source>customer questions no article answered, grouped and counted (CSV on standard output)</source>
        <translation>questions de clients sans article pour y répondre, regroupées et comptées (CSV sur la sortie standard)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="25"/>
        <source>Read the recorded sessions and list, most asked first, the customer questions after which no knowledge card came up, grouped by the words they share: what to write next. CSV columns: group, count, example questions, last seen.</source>
        <translation>Lit les sessions enregistrées et liste, les plus fréquentes d’abord, les questions de clients après lesquelles aucune carte de connaissances n’est apparue, regroupées par les mots qu’elles partagent : ce qu’il faut rédiger ensuite. Colonnes CSV : group, count, example questions, last seen.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="30"/>
        <location filename="../../copilot/cli/sessions.py" line="50"/>
        <source>sessions started on or after this day</source>
        <translation>sessions commencées à partir de ce jour</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="32"/>
        <location filename="../../copilot/cli/sessions.py" line="52"/>
        <source>sessions started on or before this day</source>
        <translation>sessions commencées jusqu’à ce jour</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/gaps.py" line="34"/>
        <source>only this agent&apos;s sessions</source>
        <translation>uniquement les sessions de cet agent</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="51"/>
        <source>Agent Copilot: suggestions beside any CRM, with the agent in control. Without a command, opens the side panel.</source>
        <translation>Agent Copilot : des suggestions à côté de n’importe quel CRM, l’agent gardant la main. Sans commande, ouvre le panneau latéral.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="55"/>
        <source>play bundled sample conversations in the panel</source>
        <translation>lire les conversations d’exemple fournies dans le panneau</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="57"/>
        <source>playbook file (TOML or JSON)</source>
        <translation>fichier de guide (TOML ou JSON)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="58"/>
        <source>customer context JSON for the session</source>
        <translation>contexte client en JSON pour la session</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="60"/>
        <source>do not keep the panel above other windows</source>
        <translation>ne pas garder le panneau au-dessus des autres fenêtres</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="62"/>
        <source>demo speed factor (2 = twice as fast)</source>
        <translation>vitesse de la démo (2 = deux fois plus vite)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="65"/>
        <source>log debug details</source>
        <translation>journaliser les détails de débogage</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="67"/>
        <source>unattended use: log unexpected errors and keep crash.log, but show no dialog</source>
        <translation>usage sans surveillance : journaliser les erreurs inattendues et garder crash.log, sans afficher de boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="73"/>
        <source>run the engine over a transcript and print every suggestion</source>
        <translation>passer une transcription au moteur et afficher chaque suggestion</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="74"/>
        <source>Run the panel&apos;s local engine (the playbook and the knowledge base, as the settings and policy choose them) over a transcript (JSON lines or &apos;Speaker: text&apos; lines) and print every card the panel would show, with its utterance index, kind, entry id, text, rationale and latency.</source>
        <translation>Passe une transcription (lignes JSON ou lignes « Interlocuteur: texte ») au moteur local du panneau (le guide et la base de connaissances, tels que les paramètres et la stratégie les choisissent) et affiche chaque carte que le panneau montrerait, avec l’indice de l’énoncé, le type, l’id de l’entrée, le texte, la justification et la latence.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="80"/>
        <source>transcript file, or - for standard input</source>
        <translation>fichier de transcription, ou - pour l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="82"/>
        <source>playbook file (default: the panel&apos;s)</source>
        <translation>fichier de guide (par défaut : celui du panneau)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="86"/>
        <source>customer context JSON</source>
        <translation>contexte client en JSON</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="88"/>
        <source>output format</source>
        <translation>format de sortie</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="94"/>
        <source>open the panel and listen to a live source</source>
        <translation>ouvrir le panneau et écouter une source en direct</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="95"/>
        <source>Open the panel and feed it JSON lines (any message the local API takes) or &apos;Speaker: text&apos; lines from standard input or from a transcript file as it grows.</source>
        <translation>Ouvre le panneau et lui transmet des lignes JSON (tout message qu’accepte l’API locale) ou des lignes « Interlocuteur: texte » depuis l’entrée standard ou depuis un fichier de transcription à mesure qu’il grandit.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="100"/>
        <source>read lines piped in by a transcription tool</source>
        <translation>lire les lignes transmises par un outil de transcription</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="102"/>
        <source>follow FILE as it grows, through truncation and rotation</source>
        <translation>suivre FILE à mesure qu’il grandit, y compris après troncature et rotation</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="104"/>
        <source>session id for lines that name none</source>
        <translation>id de session pour les lignes qui n’en indiquent pas</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="106"/>
        <source>with --follow: skip what FILE already holds</source>
        <translation>avec --follow : ignorer ce que FILE contient déjà</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="110"/>
        <source>replay a transcript into a running panel through the local API</source>
        <translation>rejouer une transcription dans un panneau ouvert via l’API locale</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="111"/>
        <source>Post each line of a transcript to a running panel&apos;s local API, as a CRM or transcription integration would. The token comes from the keychain unless given.</source>
        <translation>Envoie chaque ligne d’une transcription à l’API locale d’un panneau ouvert, comme le ferait une intégration CRM ou de transcription. Le jeton vient du trousseau sauf s’il est indiqué.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="116"/>
        <source>transcript file (JSON lines or &apos;Speaker: text&apos;)</source>
        <translation>fichier de transcription (lignes JSON ou « Interlocuteur: texte »)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="118"/>
        <source>session id (default: replay)</source>
        <translation>id de session (par défaut : replay)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="119"/>
        <source>the panel&apos;s API address</source>
        <translation>l’adresse de l’API du panneau</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="120"/>
        <source>bearer token (default: COPILOT_API_TOKEN, else the OS keychain); other users can see it in the process list</source>
        <translation>jeton bearer (par défaut : COPILOT_API_TOKEN, sinon le trousseau du système) ; les autres utilisateurs le voient dans la liste des processus</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="123"/>
        <source>pause between lines (default 0: as fast as accepted)</source>
        <translation>pause entre les lignes (par défaut 0 : aussi vite qu’acceptées)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="124"/>
        <source>end the session after the last line</source>
        <translation>terminer la session après la dernière ligne</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="125"/>
        <source>the knowledge base: import articles, try a search</source>
        <translation>la base de connaissances : importer des articles, essayer une recherche</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="126"/>
        <source>Manage the knowledge base the panel answers from.</source>
        <translation>Gère la base de connaissances dont le panneau tire ses réponses.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="129"/>
        <source>import a folder or file of articles (Markdown, text, HTML, JSON lines, CSV)</source>
        <translation>importer un dossier ou un fichier d’articles (Markdown, texte, HTML, lignes JSON, CSV)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="131"/>
        <source>Import articles; importing the same path again updates changed articles and removes deleted ones. A broken file is reported and skipped; the rest imports.</source>
        <translation>Importe des articles ; importer à nouveau le même chemin met à jour les articles modifiés et retire ceux qui ont été supprimés. Un fichier défectueux est signalé et ignoré ; le reste est importé.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="136"/>
        <source>show what the knowledge base answers to a question or a conversation</source>
        <translation>montrer ce que la base de connaissances répond à une question ou à une conversation</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="137"/>
        <source>Rank the articles for a question, or, with --conversation, for a transcript&apos;s latest customer line with the conversation before it, exactly as the panel searches. The confidence is the chance that the article is right; the panel shows a card from the knowledge_threshold setting up.</source>
        <translation>Classe les articles pour une question ou, avec --conversation, pour la dernière ligne du client d’une transcription avec la conversation qui la précède, exactement comme le panneau cherche. La confiance est la probabilité que l’article soit le bon ; le panneau affiche une carte à partir du paramètre knowledge_threshold.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="142"/>
        <source>a customer&apos;s question</source>
        <translation>la question d’un client</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="144"/>
        <source>transcript file (JSON lines or &apos;Speaker: text&apos;), or - for standard input</source>
        <translation>fichier de transcription (lignes JSON ou « Interlocuteur: texte »), ou - pour l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="147"/>
        <source>output format (jsonl: one article per line with id, title, confidence)</source>
        <translation>format de sortie (jsonl : un article par ligne avec id, titre, confiance)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="150"/>
        <source>the language model for AI drafts: key and connection</source>
        <translation>le modèle de langage des brouillons IA : clé et connexion</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="151"/>
        <source>Keep the model&apos;s API key in the OS keychain, or test the endpoint set in the settings (ai_base_url, ai_model).</source>
        <translation>Conserve la clé d’API du modèle dans le trousseau du système, ou teste le point d’accès défini dans les paramètres (ai_base_url, ai_model).</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="155"/>
        <source>store the API key in the OS keychain (read from standard input)</source>
        <translation>enregistrer la clé d’API dans le trousseau du système (lue sur l’entrée standard)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="157"/>
        <source>remove the API key from the OS keychain</source>
        <translation>supprimer la clé d’API du trousseau du système</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="158"/>
        <source>send a short request and report latency and the answer</source>
        <translation>envoyer une courte requête et indiquer la latence et la réponse</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="168"/>
        <source>the team&apos;s live calls: follow one, send its agent a note</source>
        <translation>les appels en cours de l’équipe : en suivre un, envoyer une note à son agent</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="169"/>
        <source>The live calls of the teams your central_url login supervises: agent, duration, mood, escalations, silences and alerts; open one to follow it and send its agent a note.</source>
        <translation>Les appels en cours des équipes que supervise votre identifiant central_url : agent, durée, humeur, escalades, silences et alertes ; ouvrez-en un pour le suivre et envoyer une note à son agent.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/main.py" line="172"/>
        <source>how your notes are signed (default: the agent_name setting or your login)</source>
        <translation>signature de vos notes (par défaut : le réglage agent_name ou votre identifiant)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="27"/>
        <source>GDPR: erase or export a customer&apos;s data, purge old sessions, show the audit</source>
        <translation>RGPD : effacer ou exporter les données d’un client, purger les anciennes sessions, afficher l’audit</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="29"/>
        <source>Privacy operations on this machine&apos;s recorded sessions and logs. Each erase, export and purge is written to an audit that keeps counts and a keyed hash of the subject, never the subject.</source>
        <translation>Opérations de confidentialité sur les sessions enregistrées et les journaux de cet ordinateur. Chaque effacement, export et purge est inscrit dans un audit qui garde des nombres et une empreinte à clé de la personne concernée, jamais la personne elle-même.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="34"/>
        <source>erase a customer&apos;s sessions, or one session, for good</source>
        <translation>effacer définitivement les sessions d’un client, ou une session</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="35"/>
        <source>Delete every session of a customer (matched by the customer id in the CRM details or the CRM&apos;s id for the call), or one session, so that nothing of it can be found in the database file, its write-ahead log or the log files. Cannot be undone: needs --yes.</source>
        <translation>Supprime chaque session d’un client (retrouvée par l’id client dans les données du CRM ou l’id d’appel du CRM), ou une session, de sorte que rien n’en subsiste dans le fichier de base de données, son journal d’écriture anticipée ou les fichiers journaux. Irréversible : exige --yes.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="41"/>
        <location filename="../../copilot/cli/privacy.py" line="53"/>
        <source>the customer&apos;s id in the CRM</source>
        <translation>l’id du client dans le CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="43"/>
        <source>one recorded session&apos;s id</source>
        <translation>l’id d’une session enregistrée</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="45"/>
        <source>confirm: erasing cannot be undone</source>
        <translation>confirmer : l’effacement est irréversible</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="47"/>
        <source>write everything held about a customer to a JSON file (subject access request)</source>
        <translation>écrire tout ce qui est conservé sur un client dans un fichier JSON (demande d’accès)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="49"/>
        <source>Write the customer&apos;s sessions (details, transcript, cards, decisions, notes, scorecards), log lines that mention them and past privacy operations to one JSON file.</source>
        <translation>Écrit dans un seul fichier JSON les sessions du client (détails, transcription, cartes, décisions, notes, grilles d’évaluation), les lignes de journal qui le mentionnent et les opérations de confidentialité passées.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="55"/>
        <location filename="../../copilot/cli/sessions.py" line="64"/>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="57"/>
        <source>delete sessions older than the retention period</source>
        <translation>supprimer les sessions plus anciennes que la durée de conservation</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="58"/>
        <source>Delete sessions that started more than N days ago, with everything that belongs to them.</source>
        <translation>Supprime les sessions commencées il y a plus de N jours, avec tout ce qui leur appartient.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="61"/>
        <source>keep N days (default: the retention_days setting; 0 keeps everything)</source>
        <translation>garder N jours (par défaut : le paramètre retention_days ; 0 garde tout)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="63"/>
        <source>list the privacy operations done on this machine</source>
        <translation>lister les opérations de confidentialité faites sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="64"/>
        <source>List every erase, export and purge, oldest first.</source>
        <translation>Liste chaque effacement, export et purge, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/privacy.py" line="66"/>
        <source>print the audit as JSON</source>
        <translation>afficher l’audit en JSON</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="29"/>
        <source>replay a recorded session, write its coaching report, or re-run it (what-if)</source>
        <translation>revoir une session enregistrée, écrire son rapport de coaching ou la rejouer (simulation)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="31"/>
        <source>Open a recorded session (an id from &apos;copilot sessions list&apos;, or an exported file) in the replay window; or write its coaching report; or re-run it through today&apos;s playbook.</source>
        <translation>Ouvre une session enregistrée (un id de « copilot sessions list », ou un fichier exporté) dans la fenêtre de revue ; ou écrit son rapport de coaching ; ou la rejoue avec le guide d’aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="34"/>
        <source>a session id, or a file from &apos;copilot sessions export&apos;</source>
        <translation>un id de session, ou un fichier de « copilot sessions export »</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="36"/>
        <source>write the coaching report to OUT (.pdf or .html)</source>
        <translation>écrire le rapport de coaching dans OUT (.pdf ou .html)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="39"/>
        <source>re-run through the current playbook and print old and new suggestions per utterance</source>
        <translation>rejouer avec le guide actuel et afficher les anciennes et nouvelles suggestions par énoncé</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="42"/>
        <source>with --what-if: the playbook to try instead of the current one</source>
        <translation>avec --what-if : le guide à essayer à la place de l’actuel</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/replay.py" line="44"/>
        <source>with --what-if: output format (default text)</source>
        <translation>avec --what-if : format de sortie (par défaut text)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="33"/>
        <source>recorded sessions: list and search, export one to a file, import one</source>
        <translation>sessions enregistrées : lister et chercher, en exporter une dans un fichier, en importer une</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="34"/>
        <source>The recorded sessions in this machine&apos;s database: list and search them, export one as a file (optionally with personal data redacted) for a trainer, import a file received from an agent.</source>
        <translation>Les sessions enregistrées dans la base de données de cet ordinateur : les lister et les chercher, en exporter une sous forme de fichier (éventuellement avec les données personnelles masquées) pour un formateur, importer un fichier reçu d’un agent.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="38"/>
        <source>list sessions, newest first, with their card counts</source>
        <translation>lister les sessions, les plus récentes d’abord, avec leurs nombres de cartes</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="40"/>
        <source>List recorded sessions, newest first. Filters combine; --search needs every word somewhere in the session&apos;s transcript.</source>
        <translation>Liste les sessions enregistrées, les plus récentes d’abord. Les filtres se combinent ; --search exige chaque mot quelque part dans la transcription de la session.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="44"/>
        <source>output format (default: text)</source>
        <translation>format de sortie (par défaut : text)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="46"/>
        <source>words said in the session (prefixes match)</source>
        <translation>mots prononcés pendant la session (les débuts de mots suffisent)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="49"/>
        <source>only sessions with this {field}</source>
        <translation>uniquement les sessions avec ce {field}</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="55"/>
        <source>at most N sessions (default 500)</source>
        <translation>au plus N sessions (500 par défaut)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="57"/>
        <source>list from the central record (the central_url setting) instead of this computer</source>
        <translation>lister depuis le registre central (le paramètre central_url) plutôt que depuis cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="59"/>
        <source>write one session to a file</source>
        <translation>écrire une session dans un fichier</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="60"/>
        <source>Write one session (transcript, cards, decisions, notes, scorecard) to a ZIP file another Agent Copilot can import.</source>
        <translation>Écrit une session (transcription, cartes, décisions, notes, grille d’évaluation) dans un fichier ZIP qu’un autre Agent Copilot peut importer.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="66"/>
        <source>replace names, e-mail addresses, phone numbers and other personal data by placeholders</source>
        <translation>remplacer les noms, adresses e-mail, numéros de téléphone et autres données personnelles par des substituts</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="68"/>
        <source>add a session file to the database</source>
        <translation>ajouter un fichier de session à la base de données</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="69"/>
        <source>Add a session exported by Agent Copilot. A damaged or changed file is refused and nothing is written.</source>
        <translation>Ajoute une session exportée par Agent Copilot. Un fichier endommagé ou modifié est refusé et rien n’est écrit.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/sessions.py" line="74"/>
        <source>overwrite a session with the same id but different content</source>
        <translation>écraser une session de même id mais de contenu différent</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="34"/>
        <source>draft the wrap-up of a recorded call or a transcript</source>
        <translation>rédiger la synthèse d’un appel enregistré ou d’une transcription</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="35"/>
        <source>Draft the wrap-up note of a call: reason for contact, what was done or agreed, follow-ups with dates, disposition codes from the team&apos;s list, the customer&apos;s mood at the start and the end, and whether AI-drafted text reached the customer.</source>
        <translation>Rédige la note de synthèse d’un appel : motif du contact, ce qui a été fait ou convenu, suites à donner avec leurs dates, codes de clôture de la liste de l’équipe, humeur du client au début et à la fin, et si un texte rédigé par l’IA a atteint le client.</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="40"/>
        <source>a recorded session id (or its start), a session file, a transcript file, or - for a transcript on standard input</source>
        <translation>un id de session enregistrée (ou son début), un fichier de session, un fichier de transcription, ou - pour une transcription sur l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="43"/>
        <source>the team&apos;s dispositions CSV (default: the built-in list)</source>
        <translation>le CSV des codes de clôture de l’équipe (par défaut : la liste intégrée)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="45"/>
        <source>the note to paste (text, default) or its fields (json)</source>
        <translation>la note à coller (text, par défaut) ou ses champs (json)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="47"/>
        <source>the day of the call, for &apos;tomorrow&apos; and the like (default: the session&apos;s day, or today)</source>
        <translation>le jour de l’appel, pour « demain » et autres (par défaut : le jour de la session, ou aujourd’hui)</translation>
    </message>
    <message>
        <location filename="../../copilot/cli/wrapup.py" line="49"/>
        <source>never ask the AI model, even when AI drafts are on</source>
        <translation>ne jamais interroger le modèle d’IA, même quand les brouillons IA sont activés</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="20"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="21"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/conversation_view.py" line="30"/>
        <source>The conversation appears here.</source>
        <translation>La conversation apparaît ici.</translation>
    </message>
</context>
<context>
    <name>CopilotApp</name>
    <message>
        <location filename="../../copilot/app.py" line="154"/>
        <source>Not recording this session: {problem}</source>
        <translation>Cette session n&apos;est pas enregistrée&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="170"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="183"/>
        <source>Wrap-up codes: {problem}; using the bundled list</source>
        <translation>Codes de clôture&#xa0;: {problem}&#xa0;; la liste fournie est utilisée</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="212"/>
        <source>AI drafts off: {problem}</source>
        <translation>Brouillons IA désactivés&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="237"/>
        <source>Customer context not loaded: {problem}</source>
        <translation>Contexte client non chargé&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="283"/>
        <location filename="../../copilot/app.py" line="320"/>
        <source>Local API off: {problem}</source>
        <translation>API locale désactivée&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="304"/>
        <source>{problem}; restarting it</source>
        <translation>{problem}&#xa0;; redémarrage en cours</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="323"/>
        <source>The local API is back on {url}</source>
        <translation>L&apos;API locale fonctionne de nouveau sur {url}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="342"/>
        <source>Not recording: {problem}. What is said now waits in memory until it can be written; it is lost if the panel closes first.</source>
        <translation>Enregistrement interrompu : {problem}. Ce qui est dit maintenant attend en mémoire jusqu’à ce qu’il puisse être écrit ; il est perdu si le panneau se ferme avant.</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="344"/>
        <source>Knowledge answers off: {problem}</source>
        <translation>Réponses de la base de connaissances désactivées : {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/app.py" line="447"/>
        <source>Demo: {title}</source>
        <translation>Démo&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../copilot/shell/crash.py" line="62"/>
        <source>It happened {n} times; the details are of the first.</source>
        <translation>C&apos;est arrivé {n} fois&#xa0;; les détails concernent la première.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="66"/>
        <source>Something went wrong inside Agent Copilot. Your session is kept and the panel keeps running. The details below help us fix it; they contain no customer data.</source>
        <translation>Un problème est survenu dans Agent Copilot. Votre session est conservée et le panneau continue de fonctionner. Les détails ci-dessous nous aident à corriger l&apos;erreur&#xa0;; ils ne contiennent aucune donnée client.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="74"/>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="78"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="95"/>
        <source>Agent Copilot stopped unexpectedly last time; the report is in {folder}.</source>
        <translation>Agent Copilot s&apos;est arrêté de façon inattendue la dernière fois&#xa0;; le rapport se trouve dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../copilot/shell/crash.py" line="99"/>
        <source>Agent Copilot stopped unexpectedly last time. The report below contains no customer data; copy it for your IT team if the problem comes back.</source>
        <translation>Agent Copilot s&apos;est arrêté de façon inattendue la dernière fois. Le rapport ci-dessous ne contient aucune donnée client&#xa0;; copiez-le pour votre équipe informatique si le problème revient.</translation>
    </message>
</context>
<context>
    <name>CrmBridge</name>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="42"/>
        <source>Pasting into the CRM is off: {reason}. Insert copies to the clipboard; paste with Ctrl+V.</source>
        <translation>Le collage dans le CRM est désactivé&#xa0;: {reason}. Insérer copie dans le presse-papiers&#xa0;; collez avec Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="47"/>
        <source>Global hotkeys are off: {reason}.</source>
        <translation>Les raccourcis globaux sont désactivés&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="63"/>
        <source>Pasted into the CRM</source>
        <translation>Collé dans le CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="64"/>
        <source>Copied: paste it into the CRM with Ctrl+V (no window to paste into)</source>
        <translation>Copié&#xa0;: collez-le dans le CRM avec Ctrl+V (aucune fenêtre où coller)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/crm_bridge.py" line="69"/>
        <source>Copied: paste it into the CRM with Ctrl+V (pasting failed)</source>
        <translation>Copié&#xa0;: collez-le dans le CRM avec Ctrl+V (le collage a échoué)</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../copilot/engines/prompt.py" line="31"/>
        <source>AI unavailable, playbook only</source>
        <translation>IA indisponible, playbook seul</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="194"/>
        <source>The wrap-up is empty: write a line or two before approving it.</source>
        <translation>Le résumé est vide&#xa0;: écrivez une ligne ou deux avant de l&apos;approuver.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="238"/>
        <source>Customer details updated from the CRM</source>
        <translation>Données client mises à jour depuis le CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="353"/>
        <source>Suggestions paused: {problem}</source>
        <translation>Suggestions en pause&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="356"/>
        <source>Suggestions paused: the playbook engine failed on that line. The details are in the log.</source>
        <translation>Suggestions en pause&#xa0;: le playbook a échoué sur cette ligne. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="415"/>
        <source>Nothing to insert: the text is empty. Esc keeps the card as it was.</source>
        <translation>Rien à insérer&#xa0;: le texte est vide. Échap laisse la carte telle quelle.</translation>
    </message>
    <message>
        <location filename="../../copilot/live/desk.py" line="483"/>
        <source>{name} sent a note on another call: {label}</source>
        <translation>{name} a envoyé une note sur un autre appel : {label}</translation>
    </message>
</context>
<context>
    <name>DiscardReason</name>
    <message>
        <location filename="../../copilot/model.py" line="66"/>
        <source>Wrong</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="67"/>
        <source>Not relevant</source>
        <translation>Hors sujet</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="68"/>
        <source>Wrong tone</source>
        <translation>Ton inadapté</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="69"/>
        <source>Already done</source>
        <translation>Déjà fait</translation>
    </message>
</context>
<context>
    <name>Dispositions</name>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="75"/>
        <source>cannot read the dispositions file ({reason})</source>
        <translation>impossible de lire le fichier des codes de clôture ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="81"/>
        <source>the file is not UTF-8 text (save it as &apos;CSV UTF-8&apos;)</source>
        <translation>le fichier n’est pas du texte UTF-8 (enregistrez-le en « CSV UTF-8 »)</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="92"/>
        <source>the file is empty; it needs a header row such as &apos;code,label_en,description&apos;</source>
        <translation>le fichier est vide ; il lui faut une ligne d’en-tête comme « code,label_en,description »</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="103"/>
        <source>field &apos;code&apos;: {code} is already used on line {line}</source>
        <translation>champ « code » : {code} est déjà utilisé à la ligne {line}</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="110"/>
        <source>the file has a header but no codes</source>
        <translation>le fichier a un en-tête mais aucun code</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="125"/>
        <source>not valid CSV ({reason})</source>
        <translation>CSV non valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="135"/>
        <source>unknown column {name} (known columns: {known})</source>
        <translation>colonne inconnue {name} (colonnes connues : {known})</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="139"/>
        <source>the header has no {name} column</source>
        <translation>l’en-tête n’a pas de colonne {name}</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="143"/>
        <source>column {name} appears twice in the header</source>
        <translation>la colonne {name} apparaît deux fois dans l’en-tête</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="150"/>
        <source>{fields} fields where the header has {columns} columns (a comma in an unquoted description?)</source>
        <translation>{fields} champs alors que l’en-tête a {columns} colonnes (une virgule dans une description sans guillemets ?)</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="156"/>
        <source>field &apos;code&apos;: empty; every row needs a code</source>
        <translation>champ « code » : vide ; chaque ligne doit avoir un code</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="159"/>
        <source>field &apos;code&apos;: {code} must be one word of at most {n} characters</source>
        <translation>champ « code » : {code} doit être un seul mot d’au plus {n} caractères</translation>
    </message>
    <message>
        <location filename="../../copilot/wrapup/dispositions.py" line="163"/>
        <source>field &apos;description&apos;: empty for code {code}; the description is what the code is chosen by</source>
        <translation>champ « description » : vide pour le code {code} ; c’est d’après la description que le code est choisi</translation>
    </message>
</context>
<context>
    <name>HeldPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="148"/>
        <source>Held back, not shown to the agent</source>
        <translation>Retenu, non montré à l&apos;agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="178"/>
        <source>None so far.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>InputBar</name>
    <message>
        <location filename="../../copilot/panel/window.py" line="46"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="47"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="48"/>
        <source>Who said the line (Ctrl+K switches)</source>
        <translation>Qui a dit la phrase (Ctrl+K pour changer)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="51"/>
        <source>Type or paste what was said, Enter to add</source>
        <translation>Tapez ou collez ce qui a été dit, Entrée pour ajouter</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="56"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../copilot/config/keychain.py" line="135"/>
        <source>This computer has no keychain, so the token is kept in {path}, which only you can read.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau&#xa0;: le jeton est conservé dans {path}, que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/keychain.py" line="137"/>
        <source>This computer has no keychain to keep the token, and your organisation does not allow a file.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau pour conserver le jeton, et votre organisation n&apos;autorise pas de fichier.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/keychain.py" line="139"/>
        <source>The token is kept in this computer&apos;s keychain.</source>
        <translation>Le jeton est conservé dans le trousseau de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../copilot/model.py" line="40"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="41"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="42"/>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="43"/>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="44"/>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="45"/>
        <source>Upsell</source>
        <translation>Vente additionnelle</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="46"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="83"/>
        <source>{path} is damaged ({reason}); import the articles again to rebuild it</source>
        <translation>{path} est endommagé ({reason}) ; importez à nouveau les articles pour le reconstruire</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="125"/>
        <source>{path}: cannot open the knowledge base ({reason})</source>
        <translation>{path} : impossible d’ouvrir la base de connaissances ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="213"/>
        <source>{path}: no such file or folder to import</source>
        <translation>{path} : aucun fichier ni dossier de ce nom à importer</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="534"/>
        <source>{path} is damaged ({reason}) and cannot be moved aside to start anew ({problem})</source>
        <translation>{path} est endommagé ({reason}) et ne peut pas être mis de côté pour repartir de zéro ({problem})</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/store.py" line="537"/>
        <source>{path} was damaged ({reason}): it was moved aside as {moved} and a new knowledge base started; import every article file or folder again</source>
        <translation>{path} était endommagé ({reason}) : il a été mis de côté sous le nom {moved} et une nouvelle base de connaissances a été créée ; importez à nouveau tous les fichiers ou dossiers d’articles</translation>
    </message>
</context>
<context>
    <name>KnowledgeImport</name>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="34"/>
        <source>Import knowledge articles</source>
        <translation>Importer des articles de connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="39"/>
        <source>Importing articles…</source>
        <translation>Importation des articles…</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="41"/>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="78"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="60"/>
        <source>Importing articles… {done} of {total} files</source>
        <translation>Import des articles… {done} fichiers sur {total}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="61"/>
        <source>Indexing articles… {done} of {total} articles</source>
        <translation>Indexation des articles… {done} sur {total} articles</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="70"/>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>{added} ajoutés, {updated} mis à jour, {removed} supprimés, {unchanged} inchangés.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="75"/>
        <source>Skipped:</source>
        <translation>Ignorés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/knowledge_import.py" line="77"/>
        <source>The import stopped: {problem}</source>
        <translation>L&apos;import s&apos;est arrêté&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="52"/>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="53"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="54"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="55"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="56"/>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="57"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="112"/>
        <source>Session library</source>
        <translation>Bibliothèque des sessions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="117"/>
        <source>Search what was said (all words, any order)</source>
        <translation>Rechercher dans ce qui a été dit (tous les mots, dans n&apos;importe quel ordre)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="132"/>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="158"/>
        <source>Open replay</source>
        <translation>Ouvrir la relecture</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="161"/>
        <source>Import session…</source>
        <translation>Importer une session…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="163"/>
        <source>Export session…</source>
        <translation>Exporter la session…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="165"/>
        <source>Redact personal data</source>
        <translation>Masquer les données personnelles</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="167"/>
        <source>Statistics…</source>
        <translation>Statistiques…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="205"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="228"/>
        <source>{shown} of more than {total} sessions</source>
        <translation>{shown} sessions sur plus de {total}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="231"/>
        <source>{shown} of {total} sessions</source>
        <translation>{shown} sessions sur {total}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="233"/>
        <source>{n} sessions</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="237"/>
        <source>No session matches.</source>
        <translation>Aucune session ne correspond.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="237"/>
        <source>No sessions recorded yet.</source>
        <translation>Aucune session enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="250"/>
        <source>Could not read the session library: {problem}</source>
        <translation>Impossible de lire la bibliothèque des sessions&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="262"/>
        <source>Choose a session first.</source>
        <translation>Choisissez d&apos;abord une session.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="269"/>
        <source>Choose a session to export first.</source>
        <translation>Choisissez d&apos;abord une session à exporter.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="272"/>
        <source>Export session</source>
        <translation>Exporter la session</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="274"/>
        <source>Copilot sessions (*.copilot-session)</source>
        <translation>Sessions Copilot (*.copilot-session)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="278"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="281"/>
        <source>Exported to {path} with personal data redacted.</source>
        <translation>Exporté vers {path}, données personnelles masquées.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="282"/>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="287"/>
        <source>Import session</source>
        <translation>Importer une session</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="288"/>
        <source>Copilot sessions (*.copilot-session);;All files (*)</source>
        <translation>Sessions Copilot (*.copilot-session);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="292"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="297"/>
        <source>Session {id}: {status} ({lines} lines, {cards} cards).</source>
        <translation>Session {id}&#xa0;: {status} ({lines} lignes, {cards} cartes).</translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="27"/>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="28"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="29"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="30"/>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="31"/>
        <source>Silence</source>
        <translation>Silence</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="32"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="52"/>
        <source>upset</source>
        <translation>mécontent</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="52"/>
        <source>pleased</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="54"/>
        <source>worsening</source>
        <translation>se dégrade</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="55"/>
        <source>improving</source>
        <translation>s&apos;améliore</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="112"/>
        <source>(unknown agent)</source>
        <translation>(conseiller inconnu)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="114"/>
        <source>{agent} (ended)</source>
        <translation>{agent} (terminé)</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/calls_model.py" line="122"/>
        <source>{handled} of {raised} handled</source>
        <translation>{handled} sur {raised} traitées</translation>
    </message>
</context>
<context>
    <name>MoodIndicator</name>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="16"/>
        <source>The customer&apos;s mood, estimated from the words they use. An estimate, not a verdict: it shows only when their recent lines agree, and says nothing otherwise.</source>
        <translation>L&apos;humeur du client, estimée d&apos;après ses mots. Une estimation, pas un verdict&#xa0;: elle ne s&apos;affiche que si ses dernières phrases concordent, sinon rien.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="19"/>
        <source>getting worse over the last lines</source>
        <translation>en baisse sur les dernières phrases</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="20"/>
        <source>getting better over the last lines</source>
        <translation>en hausse sur les dernières phrases</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="21"/>
        <source>steady over the last lines</source>
        <translation>stable sur les dernières phrases</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="24"/>
        <source>upset</source>
        <translation>contrarié</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="25"/>
        <source>pleased</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="26"/>
        <source>worsening</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="27"/>
        <source>improving</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="68"/>
        <source>Customer seems {mood}</source>
        <translation>Le client semble {mood}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/mood_view.py" line="71"/>
        <source>Customer mood: {mood}</source>
        <translation>Humeur du client&#xa0;: {mood}</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="55"/>
        <source>Write a note for this moment, then press Enter</source>
        <translation>Écrivez une note pour ce moment, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="58"/>
        <source>tags, comma separated (empathy, upsell)</source>
        <translation>étiquettes, séparées par des virgules (empathie, vente)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="60"/>
        <source>Pin at 0:00</source>
        <translation>Épingler à 0:00</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="63"/>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="84"/>
        <source>Pin at {time}</source>
        <translation>Épingler à {time}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="97"/>
        <source>Write the note first.</source>
        <translation>Écrivez d&apos;abord la note.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="104"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="114"/>
        <source>Note pinned at {time}.</source>
        <translation>Note épinglée à {time}.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="129"/>
        <source>Note deleted.</source>
        <translation>Note supprimée.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="132"/>
        <source>Could not save the note: {problem}</source>
        <translation>Impossible d&apos;enregistrer la note&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../copilot/panel/notices.py" line="55"/>
        <source> (+{n} more)</source>
        <translation> (+{n} autres)</translation>
    </message>
</context>
<context>
    <name>PanelController</name>
    <message>
        <location filename="../../copilot/panel/controller.py" line="116"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="259"/>
        <source>AI drafts: {reason}</source>
        <translation>Brouillons IA&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="288"/>
        <source>{n} shown</source>
        <translation>{n} affichées</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="289"/>
        <source>{n} used</source>
        <translation>{n} utilisées</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="290"/>
        <source>{n} discarded</source>
        <translation>{n} écartées</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="292"/>
        <source>cards in {ms} ms</source>
        <translation>cartes en {ms} ms</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="294"/>
        <source>AI {n} tokens</source>
        <translation>IA {n} jetons</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="316"/>
        <source>Wrap-up copied: paste it into the CRM with Ctrl+V</source>
        <translation>Résumé copié&#xa0;: collez-le dans le CRM avec Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="338"/>
        <source>Edited text copied: paste it into the CRM with Ctrl+V</source>
        <translation>Texte modifié copié&#xa0;: collez-le dans le CRM avec Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="340"/>
        <source>Copied: paste it into the CRM with Ctrl+V</source>
        <translation>Copié&#xa0;: collez-le dans le CRM avec Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="365"/>
        <source>Card {n} was out of sight; here it is. Press again to insert it.</source>
        <translation>La carte {n} n&apos;était pas visible&#xa0;; la voici. Appuyez de nouveau pour l&apos;insérer.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="366"/>
        <source>Card {n} was out of sight; here it is. Press again to discard it.</source>
        <translation>La carte {n} n&apos;était pas visible&#xa0;; la voici. Appuyez de nouveau pour l&apos;écarter.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/controller.py" line="367"/>
        <source>Card {n} was out of sight; here it is. Press again to edit it.</source>
        <translation>La carte {n} n&apos;était pas visible&#xa0;; la voici. Appuyez de nouveau pour la modifier.</translation>
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
        <translation>La langue du client&#xa0;; les suggestions la suivent</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="114"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="117"/>
        <source>Keep the panel above other windows</source>
        <translation>Garder le panneau au-dessus des autres fenêtres</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="121"/>
        <source>Clip</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="123"/>
        <source>Listen to the clipboard: text you copy elsewhere becomes a customer line</source>
        <translation>Écouter le presse-papiers&#xa0;: le texte copié ailleurs devient une phrase du client</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="128"/>
        <source>Settings, the session library and statistics</source>
        <translation>Paramètres, bibliothèque des sessions et statistiques</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="132"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="134"/>
        <source>Session library…</source>
        <translation>Bibliothèque des sessions…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="135"/>
        <source>Statistics…</source>
        <translation>Statistiques…</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="154"/>
        <source>SUGGESTIONS</source>
        <translation>SUGGESTIONS</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="182"/>
        <source>Sent to AI</source>
        <translation>Envoyé à l&apos;IA</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="183"/>
        <source>Show exactly what the last AI request sent (personal data replaced)</source>
        <translation>Afficher exactement ce que la dernière requête IA a envoyé (données personnelles remplacées)</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="215"/>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/window.py" line="217"/>
        <source>Suggestions come from the playbook “{name}”, on this computer</source>
        <translation>Les suggestions viennent du playbook «&#xa0;{name}&#xa0;», sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <location filename="../../copilot/playbook/file.py" line="127"/>
        <source>cannot read the playbook ({reason})</source>
        <translation>impossible de lire le guide ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="135"/>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="137"/>
        <source>not valid {format}: {reason}</source>
        <translation>{format} non valide : {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="188"/>
        <source>the top level must be a table</source>
        <translation>le niveau supérieur doit être une table</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="191"/>
        <source>[playbook] must be a table</source>
        <translation>[playbook] doit être une table</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="194"/>
        <source>[playbook] default_language {value} is not a language code</source>
        <translation>[playbook] default_language {value} n’est pas un code de langue</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/file.py" line="198"/>
        <source>no entries: add at least one [[entry]] table</source>
        <translation>aucune entrée : ajoutez au moins une table [[entry]]</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../copilot/config/policy.py" line="59"/>
        <source>policy file {path}: {problems}</source>
        <translation>fichier de stratégie {path} : {problems}</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="78"/>
        <source>This setting is managed by your organisation: it is held at its safest value because the policy file {path} has a problem.</source>
        <translation>Ce paramètre est géré par votre organisation&#xa0;: il est maintenu à sa valeur la plus sûre car le fichier de stratégie {path} pose problème.</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="80"/>
        <source>This setting is managed by your organisation (policy file {path}).</source>
        <translation>Ce paramètre est géré par votre organisation (fichier de stratégie {path}).</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="107"/>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="112"/>
        <source>is not UTF-8 text</source>
        <translation>n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="114"/>
        <source>is not valid TOML ({reason})</source>
        <translation>n’est pas du TOML valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="116"/>
        <source>unknown key &apos;{key}&apos; (a policy holds version, [settings] and [defaults])</source>
        <translation>clé inconnue « {key} » (une stratégie contient version, [settings] et [defaults])</translation>
    </message>
    <message>
        <location filename="../../copilot/config/policy.py" line="132"/>
        <source>setting &apos;{name}&apos; is both locked in [settings] and a default in [defaults]; keep one</source>
        <translation>le paramètre « {name} » est à la fois verrouillé dans [settings] et valeur par défaut dans [defaults] ; n’en gardez qu’un</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../copilot/coaching/service.py" line="118"/>
        <source>{given}: no such file, and no recorded session with that id</source>
        <translation>{given} : ce fichier n’existe pas, et aucune session enregistrée n’a cet id</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="119"/>
        <source>{given}: no recorded session with that id</source>
        <translation>{given} : aucune session enregistrée n’a cet id</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="122"/>
        <source>{given}: more than one session starts with that; give more of the id</source>
        <translation>{given} : plusieurs sessions commencent ainsi ; donnez une plus grande partie de l’id</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="300"/>
        <source>no session with id {id} in the central record at {where} (or not one of your teams&apos;)</source>
        <translation>aucune session d’id {id} dans le registre central sur {where} (ou elle n’appartient à aucune de vos équipes)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="311"/>
        <source>no recorded session with id {id} (no database at {path})</source>
        <translation>aucune session enregistrée d’id {id} (pas de base de données à {path})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/service.py" line="321"/>
        <location filename="../../copilot/record/archive.py" line="126"/>
        <location filename="../../copilot/record/session_record.py" line="274"/>
        <source>no recorded session with id {id}</source>
        <translation>aucune session enregistrée d’id {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/record/privacy.py" line="231"/>
        <source>no recorded session for customer {id}; nothing was erased</source>
        <translation>aucune session enregistrée pour le client {id} ; rien n’a été effacé</translation>
    </message>
    <message>
        <location filename="../../copilot/record/privacy.py" line="233"/>
        <source>no recorded session for session {id}; nothing was erased</source>
        <translation>aucune session enregistrée pour la session {id} ; rien n’a été effacé</translation>
    </message>
</context>
<context>
    <name>ReplayTranscript</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="32"/>
        <source>Nothing was said in this session.</source>
        <translation>Rien n&apos;a été dit dans cette session.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="68"/>
        <source>{n} earlier lines: scroll up or click the timeline to see them</source>
        <translation>{n} lignes précédentes&#xa0;: faites défiler vers le haut ou cliquez sur la frise pour les voir</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="89"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_transcript.py" line="89"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="71"/>
        <source>Replay</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="89"/>
        <source>outcome (resolved, escalated, sale…)</source>
        <translation>résultat (résolu, escaladé, vente…)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="91"/>
        <source>tags, comma separated</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="92"/>
        <source>Save outcome and tags</source>
        <translation>Enregistrer le résultat et les étiquettes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="93"/>
        <source>The library lists, searches and filters by these</source>
        <translation>La bibliothèque les utilise pour lister, chercher et filtrer</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="102"/>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="342"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="104"/>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="109"/>
        <source>Replay speed</source>
        <translation>Vitesse de relecture</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="119"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="120"/>
        <source>Save a coaching report of this session (PDF or HTML)</source>
        <translation>Enregistrer un rapport de coaching de cette session (PDF ou HTML)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="125"/>
        <source>Next decision</source>
        <translation>Décision suivante</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="126"/>
        <source>Jump to the next decision ({key}; Shift+{key} for the previous one)</source>
        <translation>Aller à la décision suivante ({key}&#xa0;; Maj+{key} pour la précédente)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="127"/>
        <source>Next objection</source>
        <translation>Objection suivante</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="128"/>
        <source>Jump to the next objection ({key}; Shift+{key} for the previous one)</source>
        <translation>Aller à l&apos;objection suivante ({key}&#xa0;; Maj+{key} pour la précédente)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="129"/>
        <source>Next escalation</source>
        <translation>Escalade suivante</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="130"/>
        <source>Jump to the next escalation ({key}; Shift+{key} for the previous one)</source>
        <translation>Aller à l&apos;escalade suivante ({key}&#xa0;; Maj+{key} pour la précédente)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="146"/>
        <source>No cards were up at this moment.</source>
        <translation>Aucune carte n&apos;était affichée à ce moment.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="150"/>
        <source>What the agent saw</source>
        <translation>Ce que l&apos;agent voyait</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="160"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="162"/>
        <source>Wrap-up</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="167"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="169"/>
        <source>Scorecard</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="180"/>
        <source>What if</source>
        <translation>Et si</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="198"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="203"/>
        <source>Could not open the session: {problem}</source>
        <translation>Impossible d&apos;ouvrir la session&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="214"/>
        <source>Outcome and tags saved.</source>
        <translation>Résultat et étiquettes enregistrés.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="219"/>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="238"/>
        <source>Unknown agent</source>
        <translation>Agent inconnu</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="243"/>
        <source>Replay · {agent} · {started}</source>
        <translation>Relecture · {agent} · {started}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="297"/>
        <source>Save coaching report</source>
        <translation>Enregistrer le rapport de coaching</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="298"/>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="305"/>
        <source>Report not saved: {problem}</source>
        <translation>Rapport non enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="307"/>
        <source>Report saved to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_window.py" line="338"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../copilot/coaching/report.py" line="22"/>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Inserted</source>
        <translation>Insérée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="22"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="23"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Discarded</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="24"/>
        <location filename="../../copilot/coaching/report.py" line="133"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="25"/>
        <source>wrong</source>
        <translation>erronée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="25"/>
        <source>not relevant</source>
        <translation>pas pertinente</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="26"/>
        <source>wrong tone</source>
        <translation>mauvais ton</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="26"/>
        <source>already done</source>
        <translation>déjà fait</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="56"/>
        <source>no decision recorded</source>
        <translation>aucune décision enregistrée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="59"/>
        <source>{action} at {time} after {seconds} s</source>
        <translation>{action} à {time} après {seconds} s</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="62"/>
        <source>{action} at {time}</source>
        <translation>{action} à {time}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="64"/>
        <source>({count} changes)</source>
        <translation>({count} modifications)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="67"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="70"/>
        <source>(the agent had already done it)</source>
        <translation>(l’agent l’avait déjà fait)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="117"/>
        <source>Coaching report</source>
        <translation>Rapport de coaching</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="122"/>
        <location filename="../../copilot/coaching/report.py" line="251"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="122"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="123"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="123"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="124"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="125"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="126"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="126"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="127"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="127"/>
        <source>CRM id</source>
        <translation>ID CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Lines</source>
        <translation>Répliques</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="132"/>
        <source>Cards shown</source>
        <translation>Cartes affichées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="134"/>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="134"/>
        <source>Median time to decide</source>
        <translation>Délai médian de décision</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="135"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="145"/>
        <source>The customer’s mood (−1 upset … +1 pleased)</source>
        <translation>L’humeur du client (−1 contrarié … +1 satisfait)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="150"/>
        <source>Share of cards the agent used, by kind</source>
        <translation>Part des cartes utilisées par l’agent, par type</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="164"/>
        <source>Drafted by an AI model (redacted transcript)</source>
        <translation>Rédigée par un modèle d’IA (transcription anonymisée)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="165"/>
        <source>Drafted by the local engine</source>
        <translation>Rédigée par le moteur local</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="166"/>
        <source>Wrap-up</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="170"/>
        <source>; the AI draft was not used ({why})</source>
        <translation>; le brouillon de l’IA n’a pas été utilisé ({why})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="172"/>
        <source>pasted into the CRM</source>
        <translation>collée dans le CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="173"/>
        <source>copied</source>
        <translation>copiée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="173"/>
        <source>kept</source>
        <translation>conservée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="175"/>
        <source>; approved {seconds} s after the call ended, {where}, {count} characters changed.</source>
        <translation>; approuvée {seconds} s après la fin de l’appel, {where}, {count} caractères modifiés.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="179"/>
        <source>; approved, {where}, {count} characters changed.</source>
        <translation>; approuvée, {where}, {count} caractères modifiés.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="183"/>
        <source>; not approved.</source>
        <translation>; non approuvée.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="184"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="185"/>
        <source>Disposition:</source>
        <translation>Qualification :</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="198"/>
        <source>Scorecard</source>
        <translation>Grille d’évaluation</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="199"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="200"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="201"/>
        <source>Evidence</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="211"/>
        <source>(suggested)</source>
        <translation>(proposé)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="214"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="214"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="226"/>
        <source>Trainer’s notes</source>
        <translation>Notes du formateur</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="245"/>
        <source>Transcript and decisions</source>
        <translation>Transcription et décisions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="251"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="258"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/report.py" line="267"/>
        <source>AI draft</source>
        <translation>Brouillon IA</translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="38"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="39"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="60"/>
        <source>Confirm scorecard</source>
        <translation>Valider la grille</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="63"/>
        <source>Edit template…</source>
        <translation>Modifier le modèle…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="64"/>
        <source>Team leads: change the criteria every scorecard uses</source>
        <translation>Chefs d&apos;équipe&#xa0;: modifiez les critères de toutes les grilles</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="95"/>
        <source>{problem} Using the default scorecard.</source>
        <translation>{problem} La grille par défaut est utilisée.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="125"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="126"/>
        <source>suggested, confirmed</source>
        <translation>suggéré, confirmé</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="128"/>
        <source>suggested</source>
        <translation>suggéré</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="157"/>
        <source>Score {score} over {answered} of {total} criteria</source>
        <translation>Score {score} sur {answered} des {total} critères</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="159"/>
        <source>Nothing scored yet</source>
        <translation>Rien n&apos;est encore évalué</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="165"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="168"/>
        <source>Could not save the scorecard: {problem}</source>
        <translation>Impossible d&apos;enregistrer la grille&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="174"/>
        <source>Scorecard saved.</source>
        <translation>Grille enregistrée.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="183"/>
        <source>Template saved to {path}; new scorecards use it.</source>
        <translation>Modèle enregistré dans {path}&#xa0;; les nouvelles grilles l&apos;utilisent.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="50"/>
        <source>Reinstall Agent Copilot: the bundle is incomplete (for whoever builds it: see build.spec).</source>
        <translation>Réinstallez Agent Copilot : le paquet est incomplet (pour qui le construit : voir build.spec).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="53"/>
        <source>Qt platform</source>
        <translation>plateforme Qt</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="53"/>
        <source>fonts</source>
        <translation>polices</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="54"/>
        <source>SVG icons</source>
        <translation>icônes SVG</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="54"/>
        <source>window modules</source>
        <translation>modules des fenêtres</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="55"/>
        <source>app modules</source>
        <translation>modules de l’application</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="55"/>
        <source>SQLite FTS5</source>
        <translation>SQLite FTS5</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="56"/>
        <source>data folder</source>
        <translation>dossier de données</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="56"/>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="57"/>
        <source>databases</source>
        <translation>bases de données</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="57"/>
        <source>policy file</source>
        <translation>fichier de stratégie</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="58"/>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="58"/>
        <source>local API port</source>
        <translation>port de l’API locale</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="59"/>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="59"/>
        <source>AI endpoint</source>
        <translation>point d’accès IA</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="106"/>
        <source>exit status {code}</source>
        <translation>code de sortie {code}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="107"/>
        <source>no answer in {seconds} s</source>
        <translation>pas de réponse en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="110"/>
        <source>Qt said nothing</source>
        <translation>Qt n’a rien dit</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="111"/>
        <source>Run it in the desktop session (QT_QPA_PLATFORM=offscreen checks the rest without a screen). On Linux install the libraries Qt needs (libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libegl1); QT_DEBUG_PLUGINS=1 shows which plugin fails to load.</source>
        <translation>Lancez-le dans la session de bureau (QT_QPA_PLATFORM=offscreen vérifie le reste sans écran). Sous Linux, installez les bibliothèques dont Qt a besoin (libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libegl1) ; QT_DEBUG_PLUGINS=1 montre quel module ne se charge pas.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="116"/>
        <source>Qt could not start ({why}, QT_QPA_PLATFORM={platform}): {told}</source>
        <translation>Qt n’a pas pu démarrer ({why}, QT_QPA_PLATFORM={platform}) : {told}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="119"/>
        <source>not checked: Qt did not start</source>
        <translation>non vérifié : Qt n’a pas démarré</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="120"/>
        <source>{n} families; default &apos;{default}&apos;, Hebrew drawn with &apos;{hebrew}&apos;</source>
        <translation>{n} familles ; par défaut « {default} », hébreu dessiné avec « {hebrew} »</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="126"/>
        <source>{n} font families, none can draw Hebrew</source>
        <translation>{n} familles de polices, aucune ne sait dessiner l’hébreu</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="127"/>
        <source>Install a font with Hebrew letters (DejaVu Sans, Noto Sans Hebrew, Arial).</source>
        <translation>Installez une police avec des lettres hébraïques (DejaVu Sans, Noto Sans Hebrew, Arial).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="128"/>
        <source>SVG image plugin loaded</source>
        <translation>module d’images SVG chargé</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="130"/>
        <source>Qt has no SVG image plugin: the panel&apos;s icons would not show</source>
        <translation>Qt n’a pas de module d’images SVG : les icônes du panneau ne s’afficheraient pas</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="132"/>
        <source>&apos;{platform}&apos; platform plugin loaded</source>
        <translation>module de plateforme « {platform} » chargé</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="142"/>
        <source>all present</source>
        <translation>tous présents</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="158"/>
        <source>{module}: not found</source>
        <translation>{module} : introuvable</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="185"/>
        <source>full-text search found {hits} of 2 rows</source>
        <translation>la recherche plein texte a trouvé {hits} lignes sur 2</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="191"/>
        <source>Use a Python whose sqlite3 has FTS5 (SQLite 3.27 or later; python.org builds and the bundle do).</source>
        <translation>Utilisez un Python dont le sqlite3 a FTS5 (SQLite 3.27 ou plus récent ; c’est le cas des versions de python.org et du paquet).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="193"/>
        <source>SQLite {version} with FTS5</source>
        <translation>SQLite {version} avec FTS5</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="199"/>
        <source>the data folder</source>
        <translation>le dossier de données</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="208"/>
        <source>cannot write in {folder}: {reason}</source>
        <translation>impossible d’écrire dans {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="210"/>
        <source>Give this user write access there, or point COPILOT_DATA_DIR at a writable folder.</source>
        <translation>Donnez à cet utilisateur le droit d’écrire à cet endroit, ou faites pointer COPILOT_DATA_DIR vers un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="212"/>
        <source>{folder} is writable ({gb} GB free)</source>
        <translation>{folder} est accessible en écriture ({gb} Go libres)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="221"/>
        <source>session database</source>
        <translation>base de données des sessions</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="222"/>
        <source>knowledge base</source>
        <translation>base de connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="231"/>
        <source>{what} {path} is damaged ({found})</source>
        <translation>{what} {path} est endommagée ({found})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="237"/>
        <source>The panel sets a damaged session database aside at its next start and begins a new one; re-import the articles for a damaged knowledge base (&apos;copilot kb import&apos;).</source>
        <translation>Le panneau met de côté une base de données des sessions endommagée à son prochain démarrage et en commence une nouvelle ; réimportez les articles si la base de connaissances est endommagée (« copilot kb import »).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="240"/>
        <source>{database}: sound</source>
        <translation>{database} : saine</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="241"/>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="253"/>
        <source>not read ({reason}); the checks below use the defaults</source>
        <translation>non lus ({reason}) ; les vérifications ci-dessous utilisent les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="257"/>
        <source>Correct or remove those values (settings.json, or IT&apos;s policy file).</source>
        <translation>Corrigez ou supprimez ces valeurs (settings.json, ou le fichier de stratégie de l’informatique).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="260"/>
        <source>the settings folder {folder} cannot be made: the defaults apply and changes cannot be saved</source>
        <translation>le dossier des paramètres {folder} ne peut pas être créé : les valeurs par défaut s’appliquent et les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="263"/>
        <source>Give this user write access there, or point COPILOT_DATA_DIR elsewhere.</source>
        <translation>Donnez à cet utilisateur le droit d’écrire à cet endroit, ou faites pointer COPILOT_DATA_DIR ailleurs.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="266"/>
        <source>defaults</source>
        <translation>valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="276"/>
        <source>Correct the policy file; until then the panel runs in its safest mode (no AI drafts, local API, clipboard capture, hotkeys or pasting).</source>
        <translation>Corrigez le fichier de stratégie ; d’ici là, le panneau fonctionne dans son mode le plus sûr (sans brouillons IA, API locale, capture du presse-papiers, raccourcis ni collage).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="281"/>
        <source>none at {path}: the user&apos;s settings apply</source>
        <translation>aucun à {path} : les paramètres de l’utilisateur s’appliquent</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="283"/>
        <source>{path}: {locked} settings locked, {defaults} defaults</source>
        <translation>{path} : {locked} paramètres verrouillés, {defaults} valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="287"/>
        <source>{what} can be changed by users other than an administrator, who could lift its locks: make it writable by administrators only (chmod go-w, owner root).</source>
        <translation>{what} peut être modifié par d'autres utilisateurs qu'un administrateur, qui pourraient lever ses verrous : rendez-le modifiable par les administrateurs seuls (chmod go-w, propriétaire root).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="312"/>
        <source>Features that need a secret (local API token, model key) stay off. Windows and macOS have a keychain; on Linux run a Secret Service (GNOME Keyring or KWallet) in the desktop session.</source>
        <translation>Les fonctions qui ont besoin d’un secret (jeton de l’API locale, clé du modèle) restent désactivées. Windows et macOS ont un trousseau ; sous Linux, lancez un Secret Service (GNOME Keyring ou KWallet) dans la session de bureau.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="321"/>
        <source>the configured keyring backend cannot be loaded ({error})</source>
        <translation>le moteur de trousseau configuré ne peut pas être chargé ({error})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="324"/>
        <source>Correct or remove the backend named in keyringrc.cfg or PYTHON_KEYRING_BACKEND.</source>
        <translation>Corrigez ou supprimez le moteur indiqué dans keyringrc.cfg ou PYTHON_KEYRING_BACKEND.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="328"/>
        <source>no OS keychain ({why})</source>
        <translation>pas de trousseau du système ({why})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="335"/>
        <source>{backend} refused a test secret ({error})</source>
        <translation>{backend} a refusé un secret de test ({error})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="338"/>
        <source>{backend} did not return the test secret it stored</source>
        <translation>{backend} n’a pas rendu le secret de test enregistré</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="340"/>
        <source>{backend} stores and returns secrets</source>
        <translation>{backend} enregistre et rend les secrets</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="359"/>
        <source>the local API is off (api_enabled is false)</source>
        <translation>l’API locale est désactivée (api_enabled vaut false)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="362"/>
        <source>api_port is 0: the API takes any free port</source>
        <translation>api_port vaut 0 : l’API prend n’importe quel port libre</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="370"/>
        <source>{address} is served by a running Agent Copilot panel</source>
        <translation>{address} est servi par un panneau Agent Copilot ouvert</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="374"/>
        <source>{address} is taken by {owner}</source>
        <translation>{address} est pris par {owner}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="376"/>
        <source>{address} cannot be used ({reason})</source>
        <translation>{address} est inutilisable ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="378"/>
        <source>Close that program, or set api_port to a free port (and tell the CRM integration).</source>
        <translation>Fermez ce programme, ou réglez api_port sur un port libre (et prévenez l’intégration CRM).</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="380"/>
        <source>{address} is free</source>
        <translation>{address} est libre</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="433"/>
        <source>AI drafts are off</source>
        <translation>les brouillons IA sont désactivés</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="441"/>
        <source>ai_base_url &apos;{url}&apos; names no server</source>
        <translation>ai_base_url « {url} » n’indique aucun serveur</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="442"/>
        <source>Correct ai_base_url.</source>
        <translation>Corrigez ai_base_url.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="447"/>
        <source>cannot reach {address} ({reason})</source>
        <translation>impossible de joindre {address} ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="449"/>
        <source>Start the model server, or check ai_base_url, the firewall and the proxy.</source>
        <translation>Démarrez le serveur du modèle, ou vérifiez ai_base_url, le pare-feu et le proxy.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="450"/>
        <source>{address} answers in {ms} ms (&apos;copilot ai test&apos; checks the key and model)</source>
        <translation>{address} répond en {ms} ms (« copilot ai test » vérifie la clé et le modèle)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="487"/>
        <source>demo {name} is not a demo conversation</source>
        <translation>la démo {name} n’est pas une conversation de démonstration</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="488"/>
        <source>{n} demo conversations</source>
        <translation>{n} conversations de démonstration</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="490"/>
        <source>no demo conversations</source>
        <translation>aucune conversation de démonstration</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="494"/>
        <source>Restore the checkout&apos;s resources/ folder.</source>
        <translation>Restaurez le dossier resources/ de la copie de travail.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="530"/>
        <source>the check could not run: {error}</source>
        <translation>la vérification n’a pas pu s’exécuter : {error}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="532"/>
        <source>Report this message with the self-test&apos;s output.</source>
        <translation>Signalez ce message avec la sortie de l’autotest.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="549"/>
        <source>bundle</source>
        <translation>paquet</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="549"/>
        <source>source</source>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="550"/>
        <source>Agent Copilot {version} self-test ({where}, Python {python}, {system})</source>
        <translation>Autotest d’Agent Copilot {version} ({where}, Python {python}, {system})</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="560"/>
        <source>FAILED: {checks}</source>
        <translation>ÉCHEC : {checks}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/selftest.py" line="561"/>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="47"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="48"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="49"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="50"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="50"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="51"/>
        <source>Accepted</source>
        <translation>Utilisées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="90"/>
        <source>Session {id}</source>
        <translation>Session {id}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/library_window.py" line="91"/>
        <source> (CRM id {id})</source>
        <translation> (id CRM {id})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../copilot/admin/qt/ai_settings.py" line="45"/>
        <source>managed by your organisation</source>
        <translation>géré par votre organisation</translation>
    </message>
    <message>
        <location filename="../../copilot/config/settings.py" line="69"/>
        <source>{path}: unreadable settings ({reason}); using defaults</source>
        <translation>{path} : paramètres illisibles ({reason}) ; valeurs par défaut utilisées</translation>
    </message>
    <message>
        <location filename="../../copilot/config/settings.py" line="78"/>
        <source>{path}: {problem}; using the default</source>
        <translation>{path} : {problem} ; valeur par défaut utilisée</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="48"/>
        <source>Agent Copilot settings</source>
        <translation>Paramètres d&apos;Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="56"/>
        <source>off (see the notice in the panel)</source>
        <translation>désactivée (voir l&apos;avis dans le panneau)</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="58"/>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="68"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="72"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="74"/>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="75"/>
        <source>Integrations using the old token stop working until they get the new one</source>
        <translation>Les intégrations qui utilisent l&apos;ancien jeton cessent de fonctionner jusqu&apos;à ce qu&apos;elles reçoivent le nouveau</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="80"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="87"/>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="94"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="87"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="88"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="91"/>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="98"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="99"/>
        <source>Keep the panel above other windows</source>
        <translation>Garder le panneau au-dessus des autres fenêtres</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="102"/>
        <source>After Insert, paste into the window I was typing in</source>
        <translation>Après Insérer, coller dans la fenêtre où je tapais</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="106"/>
        <source>Not available here: {reason}</source>
        <translation>Non disponible ici&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="107"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="109"/>
        <source>Global hotkeys: {keys} insert card 1..4 from any window</source>
        <translation>Raccourcis globaux&#xa0;: {keys} insère la carte 1..4 depuis n&apos;importe quelle fenêtre</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="112"/>
        <source>Import articles…</source>
        <translation>Importer des articles…</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="113"/>
        <source>A folder of Markdown, text, HTML, JSON lines or CSV articles; importing it again updates it</source>
        <translation>Un dossier d&apos;articles Markdown, texte, HTML, JSON lines ou CSV&#xa0;; l&apos;importer de nouveau les met à jour</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="117"/>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="122"/>
        <source>The confidence of a knowledge card is the chance that the article is right, as measured on conversations the search was tuned on. Higher: fewer cards, more of them right.</source>
        <translation>La confiance d&apos;une carte de connaissances est la probabilité que l&apos;article soit le bon, mesurée sur les conversations ayant servi à régler la recherche. Plus haut&#xa0;: moins de cartes, plus souvent justes.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="125"/>
        <source>Show a card when at least</source>
        <translation>Afficher une carte à partir de</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="127"/>
        <source>likely right</source>
        <translation>de chances d&apos;être juste</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="132"/>
        <source>Look, language, pasting, hotkeys, knowledge cards and AI apply from the next start.</source>
        <translation>L&apos;apparence, la langue, le collage, les raccourcis, les cartes de connaissances et l&apos;IA s&apos;appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="159"/>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/admin/qt/settings_dialog.py" line="168"/>
        <source>Not saved: {folder} cannot be written ({problem}). Ask IT for a writable settings folder.</source>
        <translation>Non enregistré&#xa0;: impossible d&apos;écrire dans {folder} ({problem}). Demandez à l&apos;informatique un dossier de paramètres accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../copilot/engines/prompt.py" line="33"/>
        <source>AI draft</source>
        <translation>Brouillon IA</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="94"/>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="229"/>
        <source>Mood estimate</source>
        <translation>Estimation de l&apos;humeur</translation>
    </message>
    <message>
        <location filename="../../copilot/model.py" line="101"/>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
</context>
<context>
    <name>StatsFigures</name>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="51"/>
        <source>Time to insert</source>
        <translation>Délai avant insertion</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="52"/>
        <source>Time to edit and insert</source>
        <translation>Délai avant modification et insertion</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="53"/>
        <source>Time to discard</source>
        <translation>Délai avant rejet</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="54"/>
        <source>Time before expiring</source>
        <translation>Délai avant expiration</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="68"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="69"/>
        <source>{n} ms</source>
        <translation>{n} ms</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="75"/>
        <source>{part} of {whole} ({share})</source>
        <translation>{part} sur {whole} ({share})</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="84"/>
        <source>median {median} · {high} {value}</source>
        <translation>médiane {median} · {high} {value}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="86"/>
        <source>median {median} · {high} {value} characters</source>
        <translation>médiane {median} · {high} {value} caractères</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="100"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="101"/>
        <source>Cards shown</source>
        <translation>Cartes affichées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="102"/>
        <source>Every card that appeared on an agent&apos;s panel</source>
        <translation>Chaque carte apparue sur le panneau d’un agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="103"/>
        <source>Cards used</source>
        <translation>Cartes utilisées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="104"/>
        <source>Inserted or edited, out of every decided card, expired included</source>
        <translation>Insérées ou modifiées, sur toutes les cartes tranchées, expirées comprises</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="105"/>
        <source>Inserted · edited · discarded · expired</source>
        <translation>Insérées · modifiées · rejetées · expirées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="108"/>
        <source>Objections handled</source>
        <translation>Objections traitées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="109"/>
        <source>Objection cards the agent used, out of those shown</source>
        <translation>Cartes d’objection utilisées par l’agent, sur celles affichées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="110"/>
        <source>Edits to a card</source>
        <translation>Modifications d’une carte</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="111"/>
        <source>Characters changed in the {count} edited cards before they were used</source>
        <translation>Caractères modifiés dans les {count} cartes modifiées avant leur utilisation</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="116"/>
        <source>From the card appearing to the agent&apos;s decision ({count} cards): median and 90th percentile</source>
        <translation>De l’apparition de la carte à la décision de l’agent ({count} cartes) : médiane et 90e centile</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="122"/>
        <source>Suggestion ready</source>
        <translation>Suggestion prête</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="123"/>
        <source>From the customer&apos;s words to the suggestion ({count} cards)</source>
        <translation>Des mots du client à la suggestion ({count} cartes)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="125"/>
        <source>Card on screen</source>
        <translation>Carte à l’écran</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="126"/>
        <source>From the customer&apos;s words to the card drawn on the panel ({count} cards)</source>
        <translation>Des mots du client à la carte affichée sur le panneau ({count} cartes)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="129"/>
        <source>Wrap-ups approved</source>
        <translation>Synthèses approuvées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="130"/>
        <source>Calls whose drafted wrap-up the agent approved ({count} drafts written by AI)</source>
        <translation>Appels dont l’agent a approuvé la synthèse proposée ({count} brouillons rédigés par l’IA)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="133"/>
        <source>After-call work</source>
        <translation>Travail après l’appel</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="134"/>
        <source>From the end of the call to the approved wrap-up: median and 90th percentile</source>
        <translation>De la fin de l’appel à la synthèse approuvée : médiane et 90e centile</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="135"/>
        <source>Edits to a wrap-up</source>
        <translation>Modifications d’une synthèse</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="136"/>
        <source>Characters changed in the {count} approved wrap-ups</source>
        <translation>Caractères modifiés dans les {count} synthèses approuvées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="138"/>
        <source>Disposition codes</source>
        <translation>Codes de qualification</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="141"/>
        <source>Entries shown, never used</source>
        <translation>Affichées, jamais utilisées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="145"/>
        <source>Playbook entries never shown</source>
        <translation>Entrées du playbook jamais affichées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="146"/>
        <source>{count} of {total}</source>
        <translation>{count} sur {total}</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="49"/>
        <source>Knowledge gaps: customer questions no article answered</source>
        <translation>Lacunes&#xa0;: questions de clients sans article pour y répondre</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="50"/>
        <source>Experiments: cards used per wording, with 95% intervals</source>
        <translation>Expériences : cartes utilisées par formulation, avec intervalles à 95 %</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="161"/>
        <source>Coaching statistics</source>
        <translation>Statistiques de coaching</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="174"/>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="176"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="185"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="191"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="191"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="197"/>
        <source>Cards used, by kind</source>
        <translation>Cartes utilisées, par type</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="198"/>
        <source>Cards used, by entry (the {n} shown most)</source>
        <translation>Cartes utilisées, par entrée (les {n} plus affichées)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="200"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="200"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>About</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>Asked</source>
        <translation>Posées</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="213"/>
        <source>Example questions</source>
        <translation>Exemples de questions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="214"/>
        <source>Last asked</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="225"/>
        <source>A used</source>
        <translation>A utilisée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="226"/>
        <source>B used</source>
        <translation>B utilisée</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="226"/>
        <source>B against A</source>
        <translation>B par rapport à A</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="251"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="278"/>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="280"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="299"/>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="300"/>
        <source>{n} sessions</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="326"/>
        <source>Cannot show statistics. {problem}</source>
        <translation>Impossible d&apos;afficher les statistiques. {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="328"/>
        <source>Cannot show statistics: something unexpected went wrong. The details are in the log.</source>
        <translation>Impossible d&apos;afficher les statistiques&#xa0;: une erreur inattendue s&apos;est produite. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="338"/>
        <source>Knowledge gaps: none in this period</source>
        <translation>Lacunes&#xa0;: aucune sur cette période</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="352"/>
        <source>Knowledge gaps: cannot be read</source>
        <translation>Lacunes&#xa0;: lecture impossible</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="394"/>
        <source>Export statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="395"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/stats_view.py" line="403"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="151"/>
        <source>{path}: no session database here</source>
        <translation>{path} : aucune base de données des sessions ici</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="157"/>
        <location filename="../../copilot/record/storage.py" line="437"/>
        <source>{path}: cannot read the session database ({reason})</source>
        <translation>{path} : impossible de lire la base de données des sessions ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="165"/>
        <source>{path}: not an Agent Copilot session database</source>
        <translation>{path} : ce n’est pas une base de données des sessions d’Agent Copilot</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="168"/>
        <source>{path}: written by an older Agent Copilot; open it once in the app to upgrade it</source>
        <translation>{path} : écrite par une version plus ancienne d’Agent Copilot ; ouvrez-la une fois dans l’application pour la mettre à jour</translation>
    </message>
    <message>
        <location filename="../../copilot/record/stats_queries.py" line="181"/>
        <location filename="../../copilot/record/stats_queries.py" line="220"/>
        <location filename="../../copilot/record/stats_queries.py" line="293"/>
        <source>cannot read the session database ({reason})</source>
        <translation>impossible de lire la base de données des sessions ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/record/storage.py" line="236"/>
        <location filename="../../copilot/record/storage.py" line="239"/>
        <location filename="../../copilot/record/storage.py" line="416"/>
        <source>{path}: cannot open the session database ({reason})</source>
        <translation>{path} : impossible d’ouvrir la base de données des sessions ({reason})</translation>
    </message>
    <message>
        <location filename="../../copilot/record/storage.py" line="249"/>
        <source>{path}: written by a newer Agent Copilot (schema {version}, this version knows {known}); update the app or point COPILOT_DATA_DIR elsewhere</source>
        <translation>{path} : écrite par une version plus récente d’Agent Copilot (schéma {version}, cette version connaît {known}) ; mettez l’application à jour ou faites pointer COPILOT_DATA_DIR ailleurs</translation>
    </message>
    <message>
        <location filename="../../copilot/record/storage.py" line="421"/>
        <source>{path}: the session database could not be read or written ({reason})</source>
        <translation>{path} : la base de données des sessions n’a pas pu être lue ou écrite ({reason})</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../copilot/panel/cards.py" line="175"/>
        <location filename="../../copilot/panel/cards.py" line="315"/>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="178"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="180"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="183"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="184"/>
        <source>Read the whole article this answer comes from</source>
        <translation>Lire l&apos;article complet d&apos;où vient cette réponse</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="187"/>
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="232"/>
        <source>Suggestion {number}: {kind}</source>
        <translation>Suggestion {number}&#xa0;: {kind}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="239"/>
        <source>Drafted by AI: check it before use</source>
        <translation>Rédigé par l&apos;IA&#xa0;: vérifiez avant utilisation</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="241"/>
        <source>Sent by a supervisor following this call</source>
        <translation>Envoyé par un superviseur qui suit cet appel</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="243"/>
        <source>From your team&apos;s playbook</source>
        <translation>Tiré du playbook de votre équipe</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="244"/>
        <source>Why: {reason}</source>
        <translation>Pourquoi&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="271"/>
        <source>Copy to the clipboard for the CRM (Ctrl+{n})</source>
        <translation>Copier dans le presse-papiers pour le CRM (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="272"/>
        <source>Change the text, then insert (Alt+{n})</source>
        <translation>Modifier le texte, puis l&apos;insérer (Alt+{n})</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="274"/>
        <source>Dismiss this card (Ctrl+Shift+{n}); the arrow gives a reason</source>
        <translation>Écarter cette carte (Ctrl+Maj+{n})&#xa0;; la flèche permet d&apos;indiquer une raison</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="301"/>
        <source>Insert edited</source>
        <translation>Insérer la version modifiée</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/cards.py" line="302"/>
        <source>Insert the edited text (Ctrl+Enter)</source>
        <translation>Insérer le texte modifié (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Supervise</name>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="124"/>
        <source>Escalation “{title}” waiting for {s} s</source>
        <translation>Escalade « {title} » en attente depuis {s} s</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="127"/>
        <source>The customer&apos;s mood dropped sharply</source>
        <translation>L&apos;humeur du client s&apos;est nettement dégradée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/calls.py" line="130"/>
        <source>Silent for {s} s</source>
        <translation>Silence depuis {s} s</translation>
    </message>
</context>
<context>
    <name>SuperviseWindow</name>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="53"/>
        <source>Live calls</source>
        <translation>Appels en cours</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="83"/>
        <location filename="../../copilot/supervise/qt/window.py" line="179"/>
        <source>Choose a call to follow it</source>
        <translation>Choisissez un appel pour le suivre</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="89"/>
        <source>A note for the agent: it shows on their panel as a card</source>
        <translation>Une note pour le conseiller : elle s&apos;affiche comme une carte dans son panneau</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="91"/>
        <source>Send note</source>
        <translation>Envoyer la note</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="132"/>
        <source>Not connected: {problem}</source>
        <translation>Non connecté : {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="134"/>
        <source>No live calls in your teams right now</source>
        <translation>Aucun appel en cours dans vos équipes pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="137"/>
        <source>1 live call</source>
        <translation>1 appel en cours</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="138"/>
        <source>{n} live calls</source>
        <translation>{n} appels en cours</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="146"/>
        <source>{agent}: {alert}</source>
        <translation>{agent} : {alert}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="181"/>
        <source>{agent} · {duration} · {mood}</source>
        <translation>{agent} · {duration} · {mood}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="194"/>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="195"/>
        <source>{who}: {text}</source>
        <translation>{who} : {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="197"/>
        <source>shown</source>
        <translation>affichée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="197"/>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="197"/>
        <source>used, edited</source>
        <translation>utilisée, modifiée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="198"/>
        <source>discarded</source>
        <translation>écartée</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="198"/>
        <source>left unanswered</source>
        <translation>restée sans suite</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="199"/>
        <source>Card {kind} “{title}”: {state}</source>
        <translation>Carte {kind} « {title} » : {state}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="203"/>
        <source>Your note: {text}</source>
        <translation>Votre note : {text}</translation>
    </message>
    <message>
        <location filename="../../copilot/supervise/qt/window.py" line="230"/>
        <source>The note was not sent: {problem}</source>
        <translation>La note n&apos;a pas été envoyée : {problem}</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../copilot/live/supervision.py" line="67"/>
        <source>Note from your supervisor</source>
        <translation>Note de votre superviseur</translation>
    </message>
    <message>
        <location filename="../../copilot/live/supervision.py" line="68"/>
        <source>{name} is following this call and sent it</source>
        <translation>{name} suit cet appel et l&apos;a envoyée</translation>
    </message>
    <message>
        <location filename="../../copilot/live/supervision.py" line="70"/>
        <source>Supervisor · {name}</source>
        <translation>Superviseur · {name}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="190"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="190"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="191"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="191"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="192"/>
        <source>Pre-filled by</source>
        <translation>Prérempli par</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="196"/>
        <source>Scorecard template</source>
        <translation>Modèle de grille</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="206"/>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="208"/>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_scorecard.py" line="221"/>
        <source>Rules that can pre-fill a criterion: {rules}. Leave empty to score by hand.</source>
        <translation>Règles pouvant préremplir un critère&#xa0;: {rules}. Laissez vide pour noter à la main.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="31"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="32"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="32"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="33"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="57"/>
        <source>Session timeline: click to move the replay there</source>
        <translation>Frise de la session&#xa0;: cliquez pour y déplacer la relecture</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/timeline.py" line="216"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
</context>
<context>
    <name>WhatIfPane</name>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="209"/>
        <source>Re-run with the current playbook</source>
        <translation>Relancer avec le playbook actuel</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="211"/>
        <source>Play this session&apos;s lines through today&apos;s playbook and knowledge base</source>
        <translation>Passer les phrases de cette session dans le playbook et la base de connaissances d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="215"/>
        <source>See what the copilot would suggest now, next to what it suggested then.</source>
        <translation>Voyez ce que le copilote suggérerait maintenant, à côté de ce qu&apos;il suggérait alors.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="218"/>
        <source>Only lines where the suggestions differ</source>
        <translation>Seulement les phrases où les suggestions diffèrent</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Line</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="221"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="246"/>
        <source>No engine is available to re-run with.</source>
        <translation>Aucun moteur n&apos;est disponible pour relancer.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="255"/>
        <source>Re-running…</source>
        <translation>Relance…</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="276"/>
        <source>{changed} of {total} lines would get other suggestions: {new} entries new, {gone} no longer suggested.</source>
        <translation>{changed} phrases sur {total} recevraient d&apos;autres suggestions&#xa0;: {new} entrées nouvelles, {gone} plus suggérées.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="286"/>
        <source>Re-run stopped.</source>
        <translation>Relance arrêtée.</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="287"/>
        <source>Re-run failed: {problem}</source>
        <translation>La relance a échoué&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../copilot/coaching/qt/replay_panes.py" line="297"/>
        <source>(start of the call)</source>
        <translation>(début de l&apos;appel)</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../copilot/engines/generative.py" line="431"/>
        <source>Drafted by AI from the conversation</source>
        <translation>Rédigé par l&apos;IA à partir de la conversation</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="115"/>
        <source>Matches {words} ({percent}% confidence)</source>
        <translation>Correspond à {words} (confiance {percent}&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../copilot/knowledge/engine.py" line="116"/>
        <source>{percent}% confidence</source>
        <translation>confiance {percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="223"/>
        <source>The customer&apos;s mood turned from calm to upset within one turn</source>
        <translation>L&apos;humeur du client est passée de calme à contrarié en une réplique</translation>
    </message>
    <message>
        <location filename="../../copilot/live/mood.py" line="224"/>
        <source>The customer&apos;s mood turned from calm to upset within {n} turns</source>
        <translation>L&apos;humeur du client est passée de calme à contrarié en {n} répliques</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="260"/>
        <source>Start of the conversation; policy &apos;{policy}&apos; asks for it</source>
        <translation>Début de la conversation&#xa0;; la règle «&#xa0;{policy}&#xa0;» le demande</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="262"/>
        <source>Start of the conversation</source>
        <translation>Début de la conversation</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="263"/>
        <source>Customer said {words}</source>
        <translation>Le client a dit {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="263"/>
        <source>You said {words}</source>
        <translation>Vous avez dit {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="264"/>
        <source>Heard {words}</source>
        <translation>Entendu&#xa0;: {words}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="268"/>
        <source>; customer {conditions}</source>
        <translation>&#xa0;; client&#xa0;: {conditions}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="282"/>
        <source>{name} is {values}</source>
        <translation>{name} est {values}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="282"/>
        <source>has {what}</source>
        <translation>a {what}</translation>
    </message>
    <message>
        <location filename="../../copilot/playbook/engine.py" line="282"/>
        <source>has no {what}</source>
        <translation>n’a pas de {what}</translation>
    </message>
</context>
<context>
    <name>WrapupCard</name>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="33"/>
        <source>calm or pleased</source>
        <translation>calme ou satisfait</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="34"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="34"/>
        <source>upset</source>
        <translation>contrarié</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="48"/>
        <source>Wrap-up</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="57"/>
        <source>Wrap-up note</source>
        <translation>Note de clôture</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="66"/>
        <source>Approve and copy  Ctrl+Enter</source>
        <translation>Approuver et copier  Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="68"/>
        <source>Copy the note for the CRM and record it as this call&apos;s wrap-up</source>
        <translation>Copier la note pour le CRM et l&apos;enregistrer comme résumé de cet appel</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="111"/>
        <source>AI draft</source>
        <translation>Brouillon IA</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="111"/>
        <source>Drafted on this computer</source>
        <translation>Rédigé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="113"/>
        <source>Written by the configured language model from the redacted transcript; check it before you approve</source>
        <translation>Rédigé par le modèle de langage configuré à partir de la transcription masquée&#xa0;; vérifiez-le avant d&apos;approuver</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="115"/>
        <source>Taken from the call&apos;s own words by the local engine; nothing left this computer</source>
        <translation>Tiré des mots de l&apos;appel par le moteur local&#xa0;; rien n&apos;a quitté cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="121"/>
        <source>Why: drafted from this call&apos;s transcript when it ended.</source>
        <translation>Pourquoi&#xa0;: rédigé à partir de la transcription de l&apos;appel à sa fin.</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="123"/>
        <source>The AI draft was not used ({reason}).</source>
        <translation>Le brouillon IA n&apos;a pas été utilisé ({reason}).</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="129"/>
        <source>Approved and copied</source>
        <translation>Approuvé et copié</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="162"/>
        <source>Disposition code {code}, chosen from the team&apos;s descriptions (confidence {percent}); untick it if it does not fit</source>
        <translation>Code de clôture {code}, choisi d&apos;après les descriptions de l&apos;équipe (confiance {percent})&#xa0;; décochez-le s&apos;il ne convient pas</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="181"/>
        <source>not clear</source>
        <translation>incertain</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="183"/>
        <source>Customer: {begin} at the start, {end} at the end</source>
        <translation>Client&#xa0;: {begin} au début, {end} à la fin</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="185"/>
        <source>Customer: {mood} throughout</source>
        <translation>Client&#xa0;: {mood} tout du long</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="186"/>
        <source>AI-drafted text reached the customer</source>
        <translation>Un texte rédigé par l&apos;IA a atteint le client</translation>
    </message>
    <message>
        <location filename="../../copilot/panel/wrapup_card.py" line="187"/>
        <source>No AI-drafted text reached the customer</source>
        <translation>Aucun texte rédigé par l&apos;IA n&apos;a atteint le client</translation>
    </message>
</context>
</TS>
