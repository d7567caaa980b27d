<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AlertPanel</name>
    <message>
        <source>recovered since</source>
        <extracomment>The alliance has recovered since the alert</extracomment>
        <translation>rétablie depuis</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>prise en compte</translation>
    </message>
    <message>
        <source>{kind} — visit of {date}</source>
        <translation>{kind} — séance du {date}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the alerts</source>
        <translation>Afficher ou masquer les alertes</translation>
    </message>
    <message>
        <source>Alliance alerts</source>
        <translation>Alertes d’alliance</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Prendre en compte…</translation>
    </message>
    <message>
        <source>You have seen it (and perhaps acted); it leaves the badge</source>
        <translation>Vous l’avez vue (et peut-être agi)&#xa0;; elle disparaît du badge</translation>
    </message>
    <message>
        <source>Record strain and repair</source>
        <translation>Noter une tension et sa réparation</translation>
    </message>
    <message>
        <source>Reflect on it</source>
        <translation>Rédiger une réflexion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alliance: nothing needs attention&lt;/b&gt; (prompts and recoveries)</source>
        <translation>&lt;b&gt;Alliance&#xa0;: rien ne demande votre attention&lt;/b&gt; (rappels et rétablissements)</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ {count} alliance alert need attention&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚠ {count} alerte d’alliance demande votre attention&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ {count} alliance alerts need attention&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚠ {count} alertes d’alliance demandent votre attention&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What to try: {suggestion}</source>
        <translation>À essayer&#xa0;: {suggestion}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it matters:&lt;/b&gt; {why}&lt;br&gt;&lt;b&gt;What to try:&lt;/b&gt; {suggestion}</source>
        <translation>&lt;b&gt;Pourquoi c’est important&#xa0;:&lt;/b&gt; {why}&lt;br&gt;&lt;b&gt;À essayer&#xa0;:&lt;/b&gt; {suggestion}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Your note: {note}&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Votre note&#xa0;: {note}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Acknowledge this alert. Add a note if you like (what you did or plan to do):</source>
        <translation>Prendre en compte cette alerte. Ajoutez une note si vous le souhaitez (ce que vous avez fait ou prévoyez de faire)&#xa0;:</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Prendre en compte l’alerte</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Add an amendment</source>
        <translation>Ajouter une rectification</translation>
    </message>
    <message>
        <source>The signed visit stays as it was. Your correction is added below it, dated and with your reason.</source>
        <translation>La séance signée reste telle quelle. Votre correction est ajoutée en dessous, datée et accompagnée de votre motif.</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motif de la rectification</translation>
    </message>
    <message>
        <source>For example: wrong pain score typed</source>
        <translation>Par exemple&#xa0;: erreur de saisie du score de douleur</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Motif *</translation>
    </message>
    <message>
        <source>Correction *</source>
        <translation>Correction *</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>Add a note to the charts</source>
        <translation>Ajouter une note aux graphiques</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>For example: started a new job; changed approach</source>
        <translation>Par exemple&#xa0;: nouvel emploi&#xa0;; changement d’approche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>A chart note is about something that has happened.</source>
        <translation>Une note de graphique porte sur un événement déjà survenu.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Alliance Desktop</source>
        <translation>Alliance Desktop</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>I forgot it: use the recovery key instead</source>
        <translation>Je l’ai oubliée&#xa0;: utiliser plutôt la clé de secours</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>A date such as 31/12/1980</source>
        <translation>Une date comme 31/12/1980</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <extracomment>The placeholder of a date field: the order of day, month and year it takes</extracomment>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Please enter the {field}.</source>
        <translation>Veuillez renseigner le champ «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a date like 31/12/1980.</source>
        <translation>{field}&#xa0;: «&#xa0;{text}&#xa0;» n’est pas une date comme 31/12/1980.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <source>Discharge</source>
        <comment>window title</comment>
        <translation>Fin de prise en charge</translation>
    </message>
    <message>
        <source>Discharge</source>
        <comment>button</comment>
        <translation>Clore l’épisode</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Discharge note</source>
        <translation>Note de fin de prise en charge</translation>
    </message>
    <message>
        <source>e.g. Goals met; managing with the home exercises.</source>
        <translation>p. ex. Objectifs atteints&#xa0;; gère bien avec les exercices à domicile.</translation>
    </message>
    <message>
        <source>End the episode “{title}”.</source>
        <translation>Clore l’épisode «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Date de &amp;fin&#xa0;:</translation>
    </message>
    <message>
        <source>Discharge &amp;note:</source>
        <translation>&amp;Note de fin de prise en charge&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <source>New episode of care</source>
        <translation>Nouvel épisode de soins</translation>
    </message>
    <message>
        <source>Start episode</source>
        <translation>Ouvrir l’épisode</translation>
    </message>
    <message>
        <source>Reason for care, in the patient&apos;s words</source>
        <translation>Motif de consultation, avec les mots du patient</translation>
    </message>
    <message>
        <source>In the patient&apos;s words, e.g. “my back locks when I lift my son”</source>
        <translation>Avec les mots du patient, p. ex. «&#xa0;mon dos se bloque quand je porte mon fils&#xa0;»</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Why the patient has come, as they put it.</source>
        <translation>Pourquoi le patient consulte, tel qu’il l’exprime.</translation>
    </message>
    <message>
        <source>&amp;Reason for care:</source>
        <translation>&amp;Motif de consultation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Date de début&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ErasePatientDialog</name>
    <message>
        <source>Erase {name}</source>
        <translation>Effacer {name}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Erasing removes &lt;b&gt;{name}&lt;/b&gt; and everything recorded about them: details, courses of care, goals, visits, questionnaires, alerts and chart notes. Your reflections stay but no longer name them. The audit trail keeps that an erasure happened, its date and your reason, without their personal data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; Backups made before today still hold the record until they are thinned out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L’effacement supprime &lt;b&gt;{name}&lt;/b&gt; et tout ce qui a été enregistré à son sujet&#xa0;: coordonnées, épisodes de soins, objectifs, séances, questionnaires, alertes et notes des graphiques. Vos réflexions sont conservées mais ne mentionnent plus son nom. Le journal d’audit garde la trace de l’effacement, de sa date et de votre motif, sans ses données personnelles.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cette opération est irréversible.&lt;/b&gt; Les sauvegardes faites avant aujourd’hui contiennent encore le dossier jusqu’à ce qu’elles soient supprimées par la rotation des sauvegardes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reason for the erasure</source>
        <translation>Motif de l’effacement</translation>
    </message>
    <message>
        <source>For example: the patient asked for erasure in writing on 3 March. Leave their name and contact details out.</source>
        <translation>Par exemple&#xa0;: le patient a demandé l’effacement par écrit le 3 mars. N’indiquez ni son nom ni ses coordonnées.</translation>
    </message>
    <message>
        <source>&amp;Reason for the erasure (kept in the audit trail) *</source>
        <translation>&amp;Motif de l’effacement (conservé dans le journal d’audit) *</translation>
    </message>
    <message>
        <source>I have a lawful reason to erase this record before {date}</source>
        <translation>J’ai un motif légitime d’effacer ce dossier avant le {date}</translation>
    </message>
    <message>
        <source>I understand the erasure cannot be undone</source>
        <translation>Je comprends que l’effacement est irréversible</translation>
    </message>
    <message>
        <source>&amp;Export their data first…</source>
        <translation>&amp;Exporter d’abord ses données…</translation>
    </message>
    <message>
        <source>A PDF and a JSON file of their record, to give them</source>
        <translation>Un PDF et un fichier JSON de son dossier, à lui remettre</translation>
    </message>
    <message>
        <source>Erase &amp;permanently</source>
        <translation>Effacer &amp;définitivement</translation>
    </message>
    <message>
        <source>Clinical records must normally be kept until {until} (last contact {last}; 8 years after it, and for a child at least until their 25th birthday). Erase before then only with a lawful reason, for example a record made in error or the end of a legal obligation to keep it.</source>
        <translation>Les dossiers cliniques doivent normalement être conservés jusqu’au {until} (dernier contact le {last}&#xa0;; 8 ans après celui-ci et, pour un mineur, au moins jusqu’à ses 25 ans). N’effacez le dossier avant cette date que pour un motif légitime, par exemple un dossier créé par erreur ou la fin d’une obligation légale de conservation.</translation>
    </message>
    <message>
        <source>The retention period ended on {until} (last contact {last}): the record may be erased.</source>
        <translation>La durée de conservation a pris fin le {until} (dernier contact le {last})&#xa0;: le dossier peut être effacé.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Please enter the {field}.</source>
        <extracomment>Shows a dialog and says whether it was accepted; the seam tests replace to avoid ``exec()``.</extracomment>
        <translation>Veuillez renseigner le champ «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>{priority} – most important</source>
        <translation>{priority} – la plus importante</translation>
    </message>
    <message>
        <source>{priority} – least important</source>
        <translation>{priority} – la moins importante</translation>
    </message>
    <message>
        <source>Revise goal</source>
        <translation>Réviser l’objectif</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>Enregistrer la révision</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter l’objectif</translation>
    </message>
    <message>
        <source>Goal in the patient&apos;s own words</source>
        <translation>Objectif, avec les mots du patient</translation>
    </message>
    <message>
        <source>In the patient&apos;s own words, e.g. “to carry the shopping up the stairs”</source>
        <translation>Avec les mots du patient, p. ex. «&#xa0;monter les courses par l’escalier&#xa0;»</translation>
    </message>
    <message>
        <source>What success looks like: how it is measured</source>
        <translation>Critère de réussite&#xa0;: comment le mesurer</translation>
    </message>
    <message>
        <source>e.g. minutes of walking before the back aches</source>
        <translation>p. ex. minutes de marche avant que le dos ne fasse mal</translation>
    </message>
    <message>
        <source>What success looks like: the target</source>
        <translation>Critère de réussite&#xa0;: la cible</translation>
    </message>
    <message>
        <source>e.g. 30 minutes, twice a week</source>
        <translation>p. ex. 30 minutes, deux fois par semaine</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>Patient agrees</source>
        <translation>Accord du patient</translation>
    </message>
    <message>
        <source>Practitioner agrees</source>
        <translation>Accord du praticien</translation>
    </message>
    <message>
        <source>Priority, 1 most important to 5 least</source>
        <translation>Priorité, de 1 (la plus importante) à 5 (la moins importante)</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>Why is the goal changing?</source>
        <translation>Pourquoi l’objectif change-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>e.g. The patient now wants to get back to running, not just walking</source>
        <translation>p. ex. Le patient veut maintenant reprendre la course, pas seulement la marche</translation>
    </message>
    <message>
        <source>&amp;Goal, in their words:</source>
        <translation>&amp;Objectif, avec ses mots&#xa0;:</translation>
    </message>
    <message>
        <source>Success &amp;measure:</source>
        <translation>&amp;Mesure de la réussite&#xa0;:</translation>
    </message>
    <message>
        <source>Success &amp;target:</source>
        <translation>&amp;Cible de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>&amp;Proposé par&#xa0;:</translation>
    </message>
    <message>
        <source>Patient &amp;agrees:</source>
        <translation>&amp;Accord du patient&#xa0;:</translation>
    </message>
    <message>
        <source>Practitioner a&amp;grees:</source>
        <translation>Accord du pra&amp;ticien&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>Date &amp;visée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why is the goal changing?</source>
        <translation>Po&amp;urquoi l’objectif change-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing in the goal has changed yet. Change it, or press Cancel.</source>
        <translation>Rien n’a encore changé dans l’objectif. Modifiez-le, ou appuyez sur Annuler.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Patient details</source>
        <translation>Fiche du patient</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Épisode de soins</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Goal (earlier version kept)</source>
        <translation>Objectif (version précédente conservée)</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Self-care review</source>
        <translation>Suivi de l’autonomie</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire answer</source>
        <translation>Réponse au questionnaire</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Progression de l’objectif</translation>
    </message>
    <message>
        <source>Chart note</source>
        <translation>Note de graphique</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Alliance alert</source>
        <translation>Alerte d’alliance</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>What happened to a record, after its kind: &quot;Goal added&quot;</extracomment>
        <translation>ajout</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What happened to a record, after its kind: &quot;Goal changed&quot;</extracomment>
        <translation>modification</translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>What happened to a record, after its kind: &quot;Goal removed&quot;</extracomment>
        <translation>suppression</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historique de {name}</translation>
    </message>
    <message>
        <source>Changes to this patient&apos;s records</source>
        <translation>Modifications du dossier de ce patient</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>{what} {action}</source>
        <extracomment>A line of the history: the kind of record, then what happened to it</extracomment>
        <translation>{what}&#xa0;: {action}</translation>
    </message>
</context>
<context>
    <name>ImportPatientsDialog</name>
    <message>
        <source>Line</source>
        <extracomment>Rows shown in the preview table (the import takes them all).</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Prénom usuel</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#xa0;; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Spreadsheet text</source>
        <translation>Texte de tableur</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>{date} (order to choose)</source>
        <translation>{date} (ordre à choisir)</translation>
    </message>
    <message>
        <source>Import patients from a spreadsheet</source>
        <extracomment>tests replace this to choose a file without a real file dialog</extracomment>
        <translation>Importer des patients depuis un tableur</translation>
    </message>
    <message>
        <source>Add patients from a list saved by a spreadsheet or other practice software as CSV (comma- or semicolon-separated) or tab-separated text. The first line must hold the column headings. Nothing is stored until you press Import, and then either every patient shown is added or none is.</source>
        <translation>Ajoutez des patients à partir d’une liste enregistrée par un tableur ou un autre logiciel de cabinet, au format CSV (séparateur virgule ou point-virgule) ou texte séparé par des tabulations. La première ligne doit contenir les en-têtes des colonnes. Rien n’est enregistré avant que vous appuyiez sur Importer&#xa0;; alors, soit tous les patients affichés sont ajoutés, soit aucun.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Delimiter between cells</source>
        <translation>Séparateur entre les cellules</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lu comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Colonne pour&#xa0;: {field}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Dates de naissance</translation>
    </message>
    <message>
        <source>The dates in this file could be read day first or month first. Choose how the file writes them; nothing is guessed.</source>
        <translation>Les dates de ce fichier peuvent se lire jour d’abord ou mois d’abord. Choisissez comment le fichier les écrit&#xa0;; rien n’est deviné.</translation>
    </message>
    <message>
        <source>Order of day and month in the dates</source>
        <translation>Ordre du jour et du mois dans les dates</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Day first: 03/04/1980 is 3 April 1980</source>
        <translation>Jour d’abord&#xa0;: 03/04/1980 est le 3 avril 1980</translation>
    </message>
    <message>
        <source>Month first: 03/04/1980 is 4 March 1980</source>
        <translation>Mois d’abord&#xa0;: 03/04/1980 est le 4 mars 1980</translation>
    </message>
    <message>
        <source>Dates &amp;are:</source>
        <translation>&amp;Format des dates&#xa0;:</translation>
    </message>
    <message>
        <source>Import likely &amp;duplicates too</source>
        <translation>Importer aussi les &amp;doublons probables</translation>
    </message>
    <message>
        <source>Import likely duplicates too</source>
        <translation>Importer aussi les doublons probables</translation>
    </message>
    <message>
        <source>Patients as they will be imported</source>
        <translation>Les patients tels qu’ils seront importés</translation>
    </message>
    <message>
        <source>Lines that will not be imported, and why</source>
        <translation>Les lignes qui ne seront pas importées, et pourquoi</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Preview, problems and duplicates</source>
        <translation>Aperçu, problèmes et doublons</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The file cannot be read: {problem}.</source>
        <translation>Impossible de lire le fichier&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The file cannot be read: {problem}</source>
        <translation>Impossible de lire le fichier&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{encoding}; {count} line(s) of patients</source>
        <translation>{encoding}&#xa0;; {count} ligne(s) de patients</translation>
    </message>
    <message>
        <source>Preview ({count}), first {shown} shown</source>
        <translation>Aperçu ({count}), {shown} premières lignes affichées</translation>
    </message>
    <message>
        <source>Preview ({count})</source>
        <translation>Aperçu ({count})</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problèmes ({count})</translation>
    </message>
    <message>
        <source>Duplicates ({count})</source>
        <translation>Doublons ({count})</translation>
    </message>
    <message>
        <source>{count} patient(s) ready to import.</source>
        <translation>{count} patient(s) prêt(s) à être importé(s).</translation>
    </message>
    <message>
        <source>{count} line(s) will be left out (see Problems and Duplicates).</source>
        <translation>{count} ligne(s) ne seront pas importée(s) (voir Problèmes et Doublons).</translation>
    </message>
    <message>
        <source>Their consent to storing data is recorded at their first visit.</source>
        <translation>Le consentement de chacun à la conservation de ses données est recueilli lors de sa première séance.</translation>
    </message>
    <message>
        <source>{number}: {heading}</source>
        <translation>{number}&#xa0;: {heading}</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <source>Importing {count} patient(s)…</source>
        <translation>Import de {count} patient(s)…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Importing patients</source>
        <translation>Import des patients</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be stored…</source>
        <translation>Annulation&#xa0;: rien ne sera enregistré…</translation>
    </message>
    <message>
        <source>{count} patient(s) imported.</source>
        <translation>{count} patient(s) importé(s).</translation>
    </message>
    <message>
        <source>{count} line(s) were left out: the same patient was added since the preview.</source>
        <translation>{count} ligne(s) n’ont pas été importée(s)&#xa0;: le même patient a été ajouté depuis l’aperçu.</translation>
    </message>
    <message>
        <source>Record each one&apos;s consent to storing data at their first visit.</source>
        <translation>Recueillez le consentement de chacun à la conservation de ses données lors de sa première séance.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The import failed and nothing was stored.</source>
        <translation>L’import a échoué et rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Alliance Desktop is locked</source>
        <translation>Alliance Desktop est verrouillé</translation>
    </message>
    <message>
        <source>Patient records are hidden. Type your PIN (or the practice passphrase) to continue; anything you were typing is still there.</source>
        <translation>Les dossiers des patients sont masqués. Saisissez votre code PIN (ou la phrase secrète du cabinet) pour continuer&#xa0;; ce que vous étiez en train de saisir est conservé.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Too many wrong PINs: type the practice passphrase.</source>
        <translation>Trop de codes PIN erronés&#xa0;: saisissez la phrase secrète du cabinet.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait {seconds} seconds.</source>
        <translation>Trop de codes PIN erronés. Veuillez patienter {seconds} secondes.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ce code PIN n’est pas le bon.</translation>
    </message>
    <message>
        <source>You can try again.</source>
        <translation>Vous pouvez réessayer.</translation>
    </message>
</context>
<context>
    <name>PaperCheckinDialog</name>
    <message>
        <source>Enter a paper questionnaire</source>
        <translation>Saisir un questionnaire papier</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Langue du formulaire</translation>
    </message>
    <message>
        <source>When the patient filled it in</source>
        <translation>Date à laquelle le patient l’a rempli</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Rempli le</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Type each answer as written on the form. Leave a box empty if the patient did not answer that question.</source>
        <translation>Saisissez chaque réponse telle qu’elle figure sur le formulaire. Laissez une case vide si le patient n’a pas répondu à cette question.</translation>
    </message>
    <message>
        <source>{item}: what activity</source>
        <translation>{item}&#xa0;: quelle activité</translation>
    </message>
    <message>
        <source>The activity, in the patient&apos;s words</source>
        <translation>L’activité, avec les mots du patient</translation>
    </message>
    <message>
        <source>Give a rating for each activity you named.</source>
        <translation>Donnez une note pour chaque activité nommée.</translation>
    </message>
    <message>
        <source>Name the activity for each rating you typed.</source>
        <translation>Nommez l’activité pour chaque note saisie.</translation>
    </message>
    <message>
        <source>Type at least one answer.</source>
        <translation>Saisissez au moins une réponse.</translation>
    </message>
    <message>
        <source>Do you hold a licence to use this questionnaire?</source>
        <translation>Disposez-vous d’une licence pour utiliser ce questionnaire&#xa0;?</translation>
    </message>
    <message>
        <source>I hold a licence</source>
        <translation>Je dispose d’une licence</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Edit patient details</source>
        <translation>Modifier la fiche du patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Prénom usuel</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Comment le patient souhaite être appelé</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Communication preferences</source>
        <translation>Préférences de communication</translation>
    </message>
    <message>
        <source>How they like things explained, hearing, language, interpreter…</source>
        <translation>Façon de lui expliquer les choses, audition, langue, interprète…</translation>
    </message>
    <message>
        <source>Agrees to their data being stored</source>
        <translation>Consent à la conservation de ses données</translation>
    </message>
    <message>
        <source>Storage consent date</source>
        <translation>Date du consentement à la conservation</translation>
    </message>
    <message>
        <source>Agrees to de-identified use for research</source>
        <translation>Consent à l’utilisation de ses données dépersonnalisées pour la recherche</translation>
    </message>
    <message>
        <source>Research consent date</source>
        <translation>Date du consentement à la recherche</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Add as a new patient</source>
        <translation>Ajouter comme nouveau patient</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Not added: check the existing patient first.</source>
        <translation>Non ajouté&#xa0;: vérifiez d’abord le patient existant.</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <source>No patient selected</source>
        <translation>Aucun patient sélectionné</translation>
    </message>
    <message>
        <source>Find a patient with Ctrl+F, or add one with Ctrl+N.</source>
        <translation>Recherchez un patient avec Ctrl+F, ou ajoutez-en un avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Patient #{number}</source>
        <translation>Patient n° {number}</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>{age} years</source>
        <comment>0 or 1</comment>
        <translation>{age} an</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} ans</translation>
    </message>
    <message>
        <source>{years} (born {date})</source>
        <translation>{years} (né(e) le {date})</translation>
    </message>
    <message>
        <source>no episode of care yet</source>
        <translation>pas encore d’épisode de soins</translation>
    </message>
    <message>
        <source>current episode</source>
        <translation>épisode en cours</translation>
    </message>
    <message>
        <source>last episode (discharged)</source>
        <translation>dernier épisode (clos)</translation>
    </message>
    <message>
        <source>{state}: {reason}, since {date}</source>
        <translation>{state}&#xa0;: {reason}, depuis le {date}</translation>
    </message>
    <message>
        <source>{count} visit</source>
        <translation>{count} séance</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>{count} séances</translation>
    </message>
    <message>
        <source>last visit {when}</source>
        <translation>dernière séance&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Consent: {summary}</source>
        <translation>Consentement&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>⚠ {count} alliance alert</source>
        <translation>⚠ {count} alerte d’alliance</translation>
    </message>
    <message>
        <source>⚠ {count} alliance alerts</source>
        <translation>⚠ {count} alertes d’alliance</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>aujourd’hui à {time}</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>on {date} (booked)</source>
        <translation>le {date} (prévue)</translation>
    </message>
    <message>
        <source>{date} ({days} days ago)</source>
        <translation>le {date} (il y a {days} jours)</translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <source>Find patient (name or date of birth)…  Ctrl+F</source>
        <translation>Rechercher un patient (nom ou date de naissance)…  Ctrl+F</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>Show patients</source>
        <translation>Patients à afficher</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>With alerts</source>
        <translation>Avec alertes</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Sort patients by</source>
        <translation>Trier les patients par</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Trier</translation>
    </message>
    <message>
        <source>{shown} of {total} patients</source>
        <translation>{shown} patients sur {total}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set your check-in PIN</source>
        <translation>Définir votre code PIN de fin de questionnaire</translation>
    </message>
    <message>
        <source>While the patient answers the check-in, the rest of the app is locked. Choose a PIN of 4 to 8 digits to return to it. Only you should know it.</source>
        <translation>Pendant que le patient répond au questionnaire, le reste de l’application est verrouillé. Choisissez un code PIN de 4 à 8 chiffres pour y revenir. Il ne doit être connu que de vous.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouveau code PIN (confirmation)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system ({name})</source>
        <translation>Comme le système ({name})</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>The size of all text, the charts&apos; included, as a percentage</source>
        <translation>La taille de tout le texte, graphiques compris, en pourcentage</translation>
    </message>
    <message>
        <source>{size}% (the system&apos;s size)</source>
        <translation>{size}&#xa0;% (la taille du système)</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>Clair ou sombre</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;High contrast (black and white, strong focus)</source>
        <translation>&amp;Contraste élevé (noir et blanc, focus très visible)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>Light or &amp;dark</source>
        <translation>Clair ou &amp;sombre</translation>
    </message>
    <message>
        <source>The new language applies the next time you open Alliance Desktop.</source>
        <translation>La nouvelle langue s’appliquera à la prochaine ouverture d’Alliance Desktop.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup to put back in place of the practice as it is now. The current practice is kept aside in the backups folder first, so nothing is lost.</source>
        <translation>Choisissez la sauvegarde à remettre à la place du cabinet dans son état actuel. Le cabinet actuel est d’abord mis de côté dans le dossier des sauvegardes&#xa0;: rien n’est perdu.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Il n’y a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
</context>
<context>
    <name>ScoreEdit</name>
    <message>
        <source>A whole number from {minimum} to {maximum}, or empty</source>
        <translation>Un nombre entier de {minimum} à {maximum}, ou vide</translation>
    </message>
    <message>
        <source>Please give the {field}.</source>
        <translation>Veuillez renseigner le champ «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <source>{field}: type a whole number from {minimum} to {maximum}.</source>
        <translation>{field}&#xa0;: saisissez un nombre entier de {minimum} à {maximum}.</translation>
    </message>
    <message>
        <source>{field} must be from {minimum} to {maximum} (you typed {number}).</source>
        <translation>{field}&#xa0;: la valeur doit être comprise entre {minimum} et {maximum} (vous avez saisi {number}).</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The translation is loaded.</source>
        <translation>La traduction est chargée.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Practice files</source>
        <translation>Fichiers de cabinet</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Set up your practice</source>
        <extracomment>tests replace this so no file dialog opens</extracomment>
        <translation>Configurer votre cabinet</translation>
    </message>
    <message>
        <source>Alliance Desktop keeps your practice in {folder}, encrypted with a passphrase only you know. If you expected your records to be there already, cancel and check that the drive or folder is available.</source>
        <translation>Alliance Desktop conserve votre cabinet dans {folder}, chiffré avec une phrase secrète connue de vous seul. Si vous pensiez que vos dossiers s’y trouvaient déjà, annulez et vérifiez que le disque ou le dossier est accessible.</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>Or &amp;move a practice here from a practice file…</source>
        <translation>Ou &amp;transférer ici un cabinet depuis un fichier de cabinet…</translation>
    </message>
    <message>
        <source>A file made with File &gt; Export the whole practice on another computer</source>
        <translation>Un fichier créé sur un autre ordinateur avec Fichier &gt; Exporter tout le cabinet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your recovery key.&lt;/b&gt; Write it down or print it, and keep it somewhere safe away from this laptop. It opens the practice if the passphrase is ever forgotten. It is shown only now.</source>
        <translation>&lt;b&gt;Votre clé de secours.&lt;/b&gt; Notez-la ou imprimez-la, et conservez-la en lieu sûr, loin de cet ordinateur portable. Elle permet d’ouvrir le cabinet si vous oubliez la phrase secrète. Elle n’est affichée que maintenant.</translation>
    </message>
    <message>
        <source>I have written down the recovery key and put it somewhere safe</source>
        <translation>J’ai noté la clé de secours et je l’ai rangée en lieu sûr</translation>
    </message>
    <message>
        <source>Create the practice</source>
        <translation>Créer le cabinet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Strength: {strength}</source>
        <translation>Robustesse&#xa0;: {strength}</translation>
    </message>
    <message>
        <source>Move a practice here</source>
        <translation>Transférer un cabinet ici</translation>
    </message>
    <message>
        <source>The practice, its practitioners and every record come from {file}. Choose a passphrase for it on this computer.</source>
        <translation>Le cabinet, ses praticiens et tous les dossiers proviennent de {file}. Choisissez sa phrase secrète sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Create and import</source>
        <translation>Créer et importer</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Please give the practice&apos;s name and your own.</source>
        <translation>Veuillez indiquer le nom du cabinet et le vôtre.</translation>
    </message>
    <message>
        <source>{error} The new practice is kept: {problem}</source>
        <translation>{error} Le nouveau cabinet est conservé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{error} Nothing was created.</source>
        <translation>{error} Rien n’a été créé.</translation>
    </message>
    <message>
        <source>Moving the practice here</source>
        <translation>Transfert du cabinet</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Import de {file}…</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <source>Edit strategy</source>
        <translation>Modifier la stratégie</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add strategy</source>
        <translation>Ajouter la stratégie</translation>
    </message>
    <message>
        <source>What the strategy is</source>
        <translation>En quoi consiste la stratégie</translation>
    </message>
    <message>
        <source>e.g. Walk to the end of the road and back after lunch</source>
        <translation>p. ex. Marcher jusqu’au bout de la rue et revenir après le déjeuner</translation>
    </message>
    <message>
        <source>In the room or self-care</source>
        <translation>En séance ou en autonomie</translation>
    </message>
    <message>
        <source>Who carries it out</source>
        <translation>Qui la met en œuvre</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>e.g. Patient walks daily; practitioner reviews the distance each visit</source>
        <translation>p. ex. Le patient marche chaque jour&#xa0;; le praticien fait le point sur la distance à chaque séance</translation>
    </message>
    <message>
        <source>Patient&apos;s confidence</source>
        <translation>Confiance du patient</translation>
    </message>
    <message>
        <source>How sure the patient is they can do it, 0 (not at all) to 10 (completely), or empty</source>
        <translation>À quel point le patient se sent capable de le faire, de 0 (pas du tout) à 10 (tout à fait), ou vide</translation>
    </message>
    <message>
        <source>Still in use</source>
        <translation>Toujours utilisée</translation>
    </message>
    <message>
        <source>Strategy still in use</source>
        <translation>Stratégie toujours utilisée</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Stratégie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Où&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>Who does &amp;what:</source>
        <translation>Qui &amp;fait quoi&#xa0;:</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;confidence (0-10):</source>
        <translation>&amp;Confiance du patient (0-10)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open your practice</source>
        <translation>Ouvrir votre cabinet</translation>
    </message>
    <message>
        <source>Your practice in {folder} is encrypted.</source>
        <translation>Votre cabinet dans {folder} est chiffré.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>I forgot it: use the recovery key</source>
        <translation>Je l’ai oubliée&#xa0;: utiliser la clé de secours</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
</context>
<context>
    <name>YesNoCombo</name>
    <message>
        <source>Not discussed yet</source>
        <translation>Pas encore abordé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
</TS>
