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
    <name>AlertService</name>
    <message>
        <source>This alert is already open.</source>
        <translation>Cette alerte est déjà ouverte.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>goals</source>
        <translation>les objectifs</translation>
    </message>
    <message>
        <source>the way of working</source>
        <translation>la façon de travailler</translation>
    </message>
    <message>
        <source>bond</source>
        <translation>le lien</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>la confiance</translation>
    </message>
    <message>
        <source>working on what matters</source>
        <translation>travailler sur ce qui compte</translation>
    </message>
    <message>
        <source>feeling heard</source>
        <translation>se sentir écouté</translation>
    </message>
    <message>
        <source>feeling respected</source>
        <translation>se sentir respecté</translation>
    </message>
    <message>
        <source>comfort with touch</source>
        <translation>l’aisance avec le toucher</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>l’impression générale</translation>
    </message>
    <message>
        <source>Low alliance score</source>
        <translation>Score d’alliance bas</translation>
    </message>
    <message>
        <source>Drop since last visit</source>
        <translation>Baisse depuis la dernière séance</translation>
    </message>
    <message>
        <source>Below the patient&apos;s usual</source>
        <translation>En dessous de l’habitude du patient</translation>
    </message>
    <message>
        <source>A low answer</source>
        <translation>Une réponse basse</translation>
    </message>
    <message>
        <source>Always top marks</source>
        <translation>Toujours la note maximale</translation>
    </message>
    <message>
        <source>You and the patient see it differently</source>
        <translation>Vous et le patient ne le voyez pas de la même façon</translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation>Pas de questionnaire</translation>
    </message>
    <message>
        <source>Goal stalled, agreement falling</source>
        <translation>Objectif au point mort, accord en baisse</translation>
    </message>
    <message>
        <source>Name it gently (&quot;I noticed…&quot;), ask openly what would make the visits work better, and listen without defending. Then renegotiate the goal or the approach together.</source>
        <translation>Nommez-le avec délicatesse («&#xa0;J’ai remarqué…&#xa0;»), demandez ouvertement ce qui rendrait les séances plus adaptées, et écoutez sans vous justifier. Puis renégociez ensemble l’objectif ou l’approche.</translation>
    </message>
    <message>
        <source>No check-in at the visit of {date}.</source>
        <translation>Pas de questionnaire à la séance du {date}.</translation>
    </message>
    <message>
        <source>The check-in total was {total} of {maximum}, at or under {threshold}.</source>
        <translation>Le total du questionnaire était de {total} sur {maximum}, égal ou inférieur à {threshold}.</translation>
    </message>
    <message>
        <source>The check-in total fell from {before} to {total} since the visit of {date}.</source>
        <translation>Le total du questionnaire est passé de {before} à {total} depuis la séance du {date}.</translation>
    </message>
    <message>
        <source>The check-in total ({total}) is below the patient&apos;s own starting level ({baseline}).</source>
        <translation>Le total du questionnaire ({total}) est inférieur au niveau de départ propre au patient ({baseline}).</translation>
    </message>
    <message>
        <source>A lower answer at the check-in: {answers} (under {threshold} of {maximum}).</source>
        <translation>Une réponse plus basse au questionnaire&#xa0;: {answers} (sous {threshold} sur {maximum}).</translation>
    </message>
    <message>
        <source>{count} check-ins in a row with top marks on every question.</source>
        <translation>{count} questionnaires d’affilée avec la note maximale à chaque question.</translation>
    </message>
    <message>
        <source>You rated {subscale} {mine}, the patient {theirs}.</source>
        <translation>Vous avez noté {subscale} à {mine}, le patient à {theirs}.</translation>
    </message>
    <message>
        <source>No progress on &quot;{goal}&quot; over {count} visits, while agreement on what you are working on fell from {before} to {after}.</source>
        <translation>Aucun progrès sur «&#xa0;{goal}&#xa0;» en {count} séances, alors que l’accord sur ce sur quoi vous travaillez est passé de {before} à {after}.</translation>
    </message>
    <message>
        <source>Without the patient&apos;s own rating the chart has a gap, and a strain can go unnoticed.</source>
        <translation>Sans l’évaluation du patient lui-même, le graphique présente un trou, et une tension peut passer inaperçue.</translation>
    </message>
    <message>
        <source>Hand the laptop over at the end of the next visit, or key in a paper check-in if there was one.</source>
        <translation>Tendez l’ordinateur au patient à la fin de la prochaine séance, ou saisissez le questionnaire papier s’il y en a eu un.</translation>
    </message>
    <message>
        <source>Most patients give high scores, so a total this low usually means something in the way you work together is not right for them.</source>
        <translation>La plupart des patients donnent des notes élevées&#xa0;; un total aussi bas signifie donc généralement que quelque chose dans votre façon de travailler ensemble ne leur convient pas.</translation>
    </message>
    <message>
        <source>A drop from the patient&apos;s own last score says more than the score itself; high scores that start falling are linked with patients stopping care.</source>
        <translation>Une baisse par rapport au dernier score du patient en dit plus que le score lui-même&#xa0;; des scores élevés qui commencent à baisser sont associés à l’arrêt des soins.</translation>
    </message>
    <message>
        <source>Compared with how this patient rated the first visits, the alliance has weakened.</source>
        <translation>Par rapport à la façon dont ce patient a évalué les premières séances, l’alliance thérapeutique s’est affaiblie.</translation>
    </message>
    <message>
        <source>Because most answers sit at the top of the scale, a single lower answer is often the patient&apos;s way of saying something.</source>
        <translation>Comme la plupart des réponses se situent en haut de l’échelle, une seule réponse plus basse est souvent la façon qu’a le patient de dire quelque chose.</translation>
    </message>
    <message>
        <source>Ask about that one thing, openly: &quot;You gave this one a bit lower; what would make it better?&quot;</source>
        <translation>Interrogez ouvertement le patient sur ce point précis&#xa0;: «&#xa0;Vous avez noté celle-ci un peu plus bas&#xa0;; qu’est-ce qui l’améliorerait&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Long runs of perfect scores can mean the patient does not feel free to criticise.</source>
        <translation>De longues séries de scores parfaits peuvent signifier que le patient ne se sent pas libre de critiquer.</translation>
    </message>
    <message>
        <source>Invite candour: &quot;If there were one thing I could do differently, what would it be?&quot;</source>
        <translation>Invitez à la franchise&#xa0;: «&#xa0;S’il y avait une chose que je pourrais faire différemment, ce serait laquelle&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Practitioners and patients often see the alliance differently; the gap itself is worth understanding.</source>
        <translation>Praticiens et patients perçoivent souvent l’alliance thérapeutique différemment&#xa0;; l’écart lui-même mérite d’être compris.</translation>
    </message>
    <message>
        <source>Share your impression and ask for theirs.</source>
        <translation>Partagez votre impression et demandez au patient la sienne.</translation>
    </message>
    <message>
        <source>Check what the patient experiences that you may not be seeing.</source>
        <translation>Vérifiez ce que vit le patient et que vous ne voyez peut-être pas.</translation>
    </message>
    <message>
        <source>A goal that stops moving while agreement slips may no longer be the patient&apos;s goal.</source>
        <translation>Un objectif qui n’avance plus alors que l’accord s’effrite n’est peut-être plus l’objectif du patient.</translation>
    </message>
    <message>
        <source>Revisit the goal in the patient&apos;s own words; revise or drop it together.</source>
        <translation>Reprenez l’objectif avec les mots du patient&#xa0;; révisez-le ou abandonnez-le ensemble.</translation>
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
    <message>
        <source>{problem}

Nothing was changed, and there is no good backup in {folder}.</source>
        <translation>{problem}

Rien n’a été modifié, et il n’y a aucune sauvegarde valide dans {folder}.</translation>
    </message>
    <message>
        <source>{problem}

Nothing has been changed. The latest good backup is from {made} ({patients} patients, {visits} visits). Restore it? The unreadable file is kept aside in the backups folder.</source>
        <translation>{problem}

Rien n’a été modifié. La dernière sauvegarde valide date du {made} ({patients} patients, {visits} séances). La restaurer&#xa0;? Le fichier illisible est mis de côté dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Something went wrong and that action was not completed. Your saved records are safe.

({kind})</source>
        <translation>Un problème est survenu et cette action n’a pas été menée à bien. Vos dossiers enregistrés sont intacts.

({kind})</translation>
    </message>
    <message>
        <source>Alliance Desktop is already open on this practice ({folder}). Use the window that is open.</source>
        <translation>Alliance Desktop est déjà ouvert sur ce cabinet ({folder}). Utilisez la fenêtre ouverte.</translation>
    </message>
    <message>
        <source>The practice could not be opened ({kind}). Nothing was changed; the details are in the log.</source>
        <translation>Le cabinet n’a pas pu être ouvert ({kind}). Rien n’a été modifié&#xa0;; les détails sont dans le journal.</translation>
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
    <name>Autosave</name>
    <message>
        <source>the practice database is busy; it will be tried again in a moment</source>
        <translation>la base de données du cabinet est occupée&#xa0;; un nouvel essai aura lieu dans un instant</translation>
    </message>
    <message>
        <source>the disk is full; free some space (nothing already saved is lost)</source>
        <translation>le disque est plein&#xa0;; libérez de l’espace (rien de ce qui est déjà enregistré n’est perdu)</translation>
    </message>
    <message>
        <source>the practice folder cannot be written to</source>
        <translation>impossible d’écrire dans le dossier du cabinet</translation>
    </message>
    <message>
        <source>the practice database could not be written</source>
        <translation>la base de données du cabinet n’a pas pu être écrite</translation>
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
    <name>ChartWidget</name>
    <message>
        <source>PNG image</source>
        <extracomment>The width of the frame drawn round a chart that has keyboard focus (kept free around it).</extracomment>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>{name}: legend</source>
        <extracomment>The accessible name of a chart&apos;s legend: the chart&apos;s name, then &quot;legend&quot;</extracomment>
        <translation>{name}&#xa0;: légende</translation>
    </message>
    <message>
        <source>Save chart</source>
        <extracomment>tests replace this to pick a file without a real file dialog</extracomment>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Save chart as PNG, SVG or PDF…</source>
        <translation>Enregistrer le graphique en PNG, SVG ou PDF…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Way of working</source>
        <translation>Façon de travailler</translation>
    </message>
    <message>
        <source>No check-ins yet: hand the laptop to the patient at the end of the visit (Ctrl+H).</source>
        <translation>Pas encore de questionnaire&#xa0;: confiez l’ordinateur au patient à la fin de la séance (Ctrl+H).</translation>
    </message>
    <message>
        <source>Visit {number}, {date}</source>
        <translation>Séance {number}, {date}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage (French puts a non-breaking space before %)</extracomment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Trust and bond across visits</source>
        <translation>Confiance et lien au fil des séances</translation>
    </message>
    <message>
        <source>{name} (patient)</source>
        <extracomment>A series of the patient&apos;s own ratings, in a chart&apos;s legend</extracomment>
        <translation>{name} (patient)</translation>
    </message>
    <message>
        <source>{name} (you)</source>
        <extracomment>A series of the practitioner&apos;s own ratings, in a chart&apos;s legend</extracomment>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <source>Patient: {ratings}</source>
        <extracomment>The patient&apos;s ratings at a visit, in a tooltip</extracomment>
        <translation>Patient&#xa0;: {ratings}</translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation>Pas de questionnaire</translation>
    </message>
    <message>
        <source>You: {ratings}</source>
        <extracomment>The practitioner&apos;s own ratings at a visit, in a tooltip</extracomment>
        <translation>Vous&#xa0;: {ratings}</translation>
    </message>
    <message>
        <source>Concern line ({value})</source>
        <extracomment>The score below which the alliance is a concern</extracomment>
        <translation>Seuil de vigilance ({value})</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alerte déclenchée</translation>
    </message>
    <message>
        <source>Strain noticed</source>
        <extracomment>A strain (rupture) in the working relationship</extracomment>
        <translation>Tension remarquée</translation>
    </message>
    <message>
        <source>Repair tried</source>
        <translation>Réparation tentée</translation>
    </message>
    <message>
        <source>Rating (0-10)</source>
        <translation>Note (0-10)</translation>
    </message>
    <message>
        <source>Pain before and after each visit</source>
        <translation>Douleur avant et après chaque séance</translation>
    </message>
    <message>
        <source>No pain scores yet: record pain before and after in the visit.</source>
        <translation>Pas encore de score de douleur&#xa0;: notez la douleur avant et après dans la séance.</translation>
    </message>
    <message>
        <source>Meaningful change (2 pts or 30%)</source>
        <translation>Changement significatif (2 pts ou 30&#xa0;%)</translation>
    </message>
    <message>
        <source>Start ({value})</source>
        <extracomment>The pain score at the start of the episode</extracomment>
        <translation>Début ({value})</translation>
    </message>
    <message>
        <source>Before treatment</source>
        <translation>Avant le traitement</translation>
    </message>
    <message>
        <source>After treatment</source>
        <translation>Après le traitement</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Douleur (0-10)</translation>
    </message>
    <message>
        <source>Pain before {before}, after {after}</source>
        <extracomment>Pain scores before and after treatment at a visit, in a tooltip</extracomment>
        <translation>Douleur avant {before}, après {after}</translation>
    </message>
    <message>
        <source>Progress on each goal</source>
        <translation>Progression de chaque objectif</translation>
    </message>
    <message>
        <source>No progress ratings yet: rate each goal 0-10 in the visit.</source>
        <translation>Pas encore de note de progression&#xa0;: notez chaque objectif de 0 à 10 dans la séance.</translation>
    </message>
    <message>
        <source>Visit {number}, {date}: {rating}/10</source>
        <extracomment>A goal&apos;s progress rating at a visit, in a tooltip</extracomment>
        <translation>Séance {number}, {date}&#xa0;: {rating}/10</translation>
    </message>
    <message>
        <source>Progress (0-10)</source>
        <translation>Progression (0-10)</translation>
    </message>
    <message>
        <source>Self-care done as agreed</source>
        <translation>Travail en autonomie fait comme convenu</translation>
    </message>
    <message>
        <source>No self-care reviewed yet: at each visit, ask how the agreed exercises went.</source>
        <translation>Pas encore de suivi de l’autonomie&#xa0;: à chaque séance, demandez comment se sont passés les exercices convenus.</translation>
    </message>
    <message>
        <source>Share of self-care done</source>
        <translation>Part du travail en autonomie réalisée</translation>
    </message>
    <message>
        <source>not asked</source>
        <extracomment>A visit where self-care was not asked about (written up a bar of the chart)</extracomment>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>The share of the agreed self-care that was done</extracomment>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Self-care not asked about</source>
        <translation>Travail en autonomie non abordé</translation>
    </message>
    <message>
        <source>{percent}% of the agreed self-care ({count} strategies)</source>
        <translation>{percent}&#xa0;% du travail en autonomie convenu ({count} stratégies)</translation>
    </message>
    <message>
        <source>Check-in scores ({count} check-ins)</source>
        <translation>Scores des questionnaires ({count} questionnaires)</translation>
    </message>
    <message>
        <source>Alliance check-in scores</source>
        <translation>Scores d’alliance des questionnaires</translation>
    </message>
    <message>
        <source>No check-ins in this period yet.</source>
        <translation>Pas encore de questionnaire sur cette période.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Mean answer (0-10)</source>
        <translation>Réponse moyenne (0-10)</translation>
    </message>
    <message>
        <source>{count} perfect ({share}%): the ceiling</source>
        <extracomment>Check-ins where every answer was at the top of its scale</extracomment>
        <translation>{count} parfaits ({share}&#xa0;%)&#xa0;: le plafond</translation>
    </message>
    <message>
        <source>First → latest ({count} episodes)</source>
        <translation>Premier → dernier ({count} épisodes)</translation>
    </message>
    <message>
        <source>First and latest alliance</source>
        <translation>Alliance&#xa0;: premier et dernier score</translation>
    </message>
    <message>
        <source>No episode has two check-ins in this period yet.</source>
        <translation>Aucun épisode n’a encore deux questionnaires sur cette période.</translation>
    </message>
    <message>
        <source>Mean: {first} → {latest}</source>
        <translation>Moyenne&#xa0;: {first} → {latest}</translation>
    </message>
    <message>
        <source>First check-in</source>
        <translation>Premier questionnaire</translation>
    </message>
    <message>
        <source>Latest check-in</source>
        <translation>Dernier questionnaire</translation>
    </message>
    <message>
        <source>Alliance (0-10)</source>
        <translation>Alliance (0-10)</translation>
    </message>
    <message>
        <source>Alliance and pain ({count} episodes)</source>
        <translation>Alliance et douleur ({count} épisodes)</translation>
    </message>
    <message>
        <source>Alliance and pain improvement</source>
        <translation>Alliance et amélioration de la douleur</translation>
    </message>
    <message>
        <source>Not enough check-ins and pain scores in this period yet.</source>
        <translation>Pas encore assez de questionnaires et de scores de douleur sur cette période.</translation>
    </message>
    <message>
        <source>An episode</source>
        <extracomment>One point of the chart: one episode of care</extracomment>
        <translation>Un épisode</translation>
    </message>
    <message>
        <source>2 points better (meaningful)</source>
        <translation>2 points de mieux (significatif)</translation>
    </message>
    <message>
        <source>Pain improvement (points)</source>
        <translation>Amélioration de la douleur (points)</translation>
    </message>
    <message>
        <source>Mean alliance (0-10)</source>
        <translation>Alliance moyenne (0-10)</translation>
    </message>
    <message>
        <source>{reason} (since {span})</source>
        <extracomment>pain at or under this is a meaningful improvement from the baseline (2 points or 30%)</extracomment>
        <translation>{reason} (depuis le {span})</translation>
    </message>
</context>
<context>
    <name>Cpd</name>
    <message>
        <source>{hours} of {required} h</source>
        <translation>{hours} sur {required}&#xa0;h</translation>
    </message>
    <message>
        <source>{hours} of {required} h with others</source>
        <translation>{hours} sur {required}&#xa0;h avec d’autres</translation>
    </message>
    <message>
        <source>themes still needed: {themes}</source>
        <translation>thèmes restant à couvrir&#xa0;: {themes}</translation>
    </message>
    <message>
        <source>objective activity still needed</source>
        <translation>activité objective encore nécessaire</translation>
    </message>
    <message>
        <source>communication and consent activity still needed</source>
        <translation>activité de communication et consentement encore nécessaire</translation>
    </message>
</context>
<context>
    <name>DataExchange</name>
    <message>
        <source>record</source>
        <extracomment>characters no file name may hold on Windows, macOS or Linux A file name when the name it is made from is empty</extracomment>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The file could not be written or read ({file}): {problem}.</source>
        <translation>Le fichier n’a pas pu être écrit ou lu ({file})&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The file could not be written or read: {problem}.</source>
        <translation>Le fichier n’a pas pu être écrit ou lu&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Something went wrong: {problem}</source>
        <translation>Un problème est survenu&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Another export is still running; wait for it to finish.</source>
        <extracomment>tests replace these so no file dialog opens tests replace this so no modal dialog is exec()&apos;d</extracomment>
        <translation>Un autre export est encore en cours&#xa0;; attendez qu’il se termine.</translation>
    </message>
    <message>
        <source>The practice file holds every record, private reflections included, and it is not encrypted. Keep it like a backup and delete it once the practice is moved.

Export the whole practice?</source>
        <translation>Le fichier de cabinet contient tous les dossiers, réflexions privées comprises, et il n’est pas chiffré. Conservez-le comme une sauvegarde et supprimez-le une fois le cabinet transféré.

Exporter tout le cabinet&#xa0;?</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>practice</source>
        <extracomment>A file name when the practice has no name</extracomment>
        <translation>cabinet</translation>
    </message>
    <message>
        <source>Export the whole practice</source>
        <translation>Exporter tout le cabinet</translation>
    </message>
    <message>
        <source>Practice files</source>
        <translation>Fichiers de cabinet</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}.</source>
        <translation>{count} enregistrements exportés dans {path}.</translation>
    </message>
    <message>
        <source>Exporting the practice</source>
        <translation>Export du cabinet</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>The research export holds only patients who agreed to research use. It has no names, contact details or notes; ages become bands and dates become days since the course of care began.

Make a research export?</source>
        <translation>L’export pour la recherche ne contient que les patients qui ont accepté l’utilisation de leurs données pour la recherche. Il ne comporte ni noms, ni coordonnées, ni notes&#xa0;; les âges deviennent des tranches et les dates un nombre de jours depuis le début de l’épisode de soins.

Faire un export pour la recherche&#xa0;?</translation>
    </message>
    <message>
        <source>research export {date}</source>
        <extracomment>A file name (without its extension); the date is written 2026-11-30</extracomment>
        <translation>export recherche {date}</translation>
    </message>
    <message>
        <source>Save the research export</source>
        <translation>Enregistrer l’export pour la recherche</translation>
    </message>
    <message>
        <source>Zip files</source>
        <translation>Fichiers zip</translation>
    </message>
    <message>
        <source>Saved the research export of {count} patients to {path}.</source>
        <translation>Export pour la recherche de {count} patients enregistré dans {path}.</translation>
    </message>
    <message>
        <source>{count} patients without research consent were left out.</source>
        <translation>{count} patients sans consentement à la recherche n’ont pas été inclus.</translation>
    </message>
    <message>
        <source>Research export</source>
        <translation>Export pour la recherche</translation>
    </message>
    <message>
        <source>Where to save the patient&apos;s record</source>
        <translation>Où enregistrer le dossier du patient</translation>
    </message>
    <message>
        <source>{name} record {date}</source>
        <extracomment>A file name (without its extension): the patient&apos;s name, then the date (2026-11-30)</extracomment>
        <translation>{name} dossier {date}</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was kept.</source>
        <translation>L’export a été annulé&#xa0;; aucun fichier n’a été conservé.</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s record as {pdf} (to read or print) and {json} (for another system), in {folder}. Private reflection notes are not part of it.</source>
        <translation>Le dossier de {name} a été enregistré dans {folder}, sous les noms {pdf} (à lire ou à imprimer) et {json} (pour un autre logiciel). Les notes de réflexion privées n’en font pas partie.</translation>
    </message>
    <message>
        <source>Exporting the patient&apos;s record</source>
        <translation>Export du dossier du patient</translation>
    </message>
    <message>
        <source>Writing {name}&apos;s record…</source>
        <translation>Écriture du dossier de {name}…</translation>
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
    <name>DemoData</name>
    <message>
        <source>The number of patients and visits cannot be negative.</source>
        <extracomment>Alliance trajectory archetypes (weights) and how a level evolves visit by visit.</extracomment>
        <translation>Le nombre de patients et de séances ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>At most {patients} patients and {visits} visits per patient.</source>
        <translation>Au plus {patients} patients et {visits} séances par patient.</translation>
    </message>
    <message>
        <source>This practice already holds patients; demo data only fills an empty store.</source>
        <translation>Ce cabinet contient déjà des patients&#xa0;; les données de démonstration ne remplissent qu’une base vide.</translation>
    </message>
    <message>
        <source>This practice already holds data; demo data needs an empty one.</source>
        <translation>Ce cabinet contient déjà des données&#xa0;; les données de démonstration exigent un cabinet vide.</translation>
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
    <name>Episodes</name>
    <message>
        <source>{reason} ({start} – {end})</source>
        <translation>{reason} ({start} – {end})</translation>
    </message>
    <message>
        <source>{reason} ({start})</source>
        <translation>{reason} ({start})</translation>
    </message>
    <message>
        <source>Please give the date the episode started.</source>
        <translation>Veuillez indiquer la date de début de l’épisode de soins.</translation>
    </message>
    <message>
        <source>An episode cannot start in the future.</source>
        <translation>Un épisode de soins ne peut pas commencer dans le futur.</translation>
    </message>
    <message>
        <source>This patient already has an open episode ({reason}). Discharge it before starting a new one.</source>
        <translation>Ce patient a déjà un épisode de soins en cours ({reason}). Clôturez-le avant d’en ouvrir un nouveau.</translation>
    </message>
    <message>
        <source>The episode cannot start after its first visit ({date}).</source>
        <translation>L’épisode de soins ne peut pas commencer après sa première séance ({date}).</translation>
    </message>
    <message>
        <source>This episode has already been discharged.</source>
        <translation>Cet épisode de soins est déjà clos.</translation>
    </message>
    <message>
        <source>The episode cannot end before its last visit ({date}).</source>
        <translation>L’épisode de soins ne peut pas se terminer avant sa dernière séance ({date}).</translation>
    </message>
    <message>
        <source>Another episode is open; discharge it first.</source>
        <translation>Un autre épisode de soins est en cours&#xa0;; clôturez-le d’abord.</translation>
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
    <name>Exchange</name>
    <message>
        <source>alert</source>
        <extracomment>Tables that never travel: the erasure marker exists only inside an erasing transaction (a file that carried one would open the signed-record guards). alembic_version is not a model. Settings that are credentials of this installation, not facts about the practice: the hand-over PIN is set again on the new computer. Every table&apos;s name as a word in a sentence (&quot;This practice is not empty (it holds 2 audit entry rows)&quot;), marked for translation; a table not here reads as its name with spaces.</extracomment>
        <translation>alerte</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>rectification</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>entrée du journal d’audit</translation>
    </message>
    <message>
        <source>chart annotation</source>
        <translation>note de graphique</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>épisode de soins</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>goal progress</source>
        <translation>progression d’objectif</translation>
    </message>
    <message>
        <source>goal revision</source>
        <translation>révision d’objectif</translation>
    </message>
    <message>
        <source>instrument definition</source>
        <translation>définition de questionnaire</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>praticien</translation>
    </message>
    <message>
        <source>questionnaire answer</source>
        <translation>réponse à un questionnaire</translation>
    </message>
    <message>
        <source>questionnaire response</source>
        <translation>questionnaire rempli</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>réflexion</translation>
    </message>
    <message>
        <source>store meta</source>
        <translation>réglage du cabinet</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>stratégie</translation>
    </message>
    <message>
        <source>strategy review</source>
        <translation>suivi de stratégie</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} est un dossier&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there; nothing was written.</source>
        <translation>Le dossier {folder} est introuvable&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not one of its choices</source>
        <translation>ne fait pas partie des choix possibles</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>n’est pas une date et une heure</translation>
    </message>
    <message>
        <source>has the wrong kind of time (with or without a time zone)</source>
        <translation>n’a pas le bon type d’heure (avec ou sans fuseau horaire)</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>n’est pas une date</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>n’est ni vrai ni faux</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>n’est pas un nombre</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>n’est pas du texte</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>est illisible</translation>
    </message>
    <message>
        <source>has a type this version cannot read</source>
        <translation>a un type que cette version ne sait pas lire</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <extracomment>What each file of a de-identified export holds. Kept on purpose: codes, age bands, days since the episode began, numeric scores and counts, yes/no flags and closed choices (enums). Left out on purpose: every name, contact detail, date and free-text column (episode reason and discharge note; goal wording, measure, target and reasons; strategy description, responsibilities and barriers; every visit note, touch note, decision, setting, state, rupture and repair note; amendments; answer texts; progress notes; chart annotations, alerts, reflections and the audit trail as a whole), and the answers&apos; language.</extracomment>
        <translation>L’export a été annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L’import a été annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This practice already holds patients; a practice file is imported only into a new, empty practice. Nothing was imported.</source>
        <translation>Ce cabinet contient déjà des patients&#xa0;; un fichier de cabinet ne s’importe que dans un nouveau cabinet vide. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{count} {table}</source>
        <translation>{table}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>This practice is not empty (it holds {rows} rows); import into a new practice folder. Nothing was imported.</source>
        <translation>Ce cabinet n’est pas vide (nombre de lignes par table&#xa0;: {rows})&#xa0;; importez dans un nouveau dossier de cabinet. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a research export format (the one format is csv).</source>
        <translation>«&#xa0;{format}&#xa0;» n’est pas un format d’export pour la recherche (le seul format est csv).</translation>
    </message>
    <message>
        <source>{path} is not a new or empty folder; nothing was written.</source>
        <translation>{path} n’est pas un dossier nouveau ou vide&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}. Nothing was imported.</source>
        <translation>Le fichier {path} ne peut pas être lu&#xa0;: {reason}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{name} is not an Alliance Desktop practice export (it is not JSON text). Nothing was imported.</source>
        <translation>{name} n’est pas un export de cabinet Alliance Desktop (ce n’est pas du texte JSON). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{name} is not a complete practice export (the file ends too early: it was cut short near character {position}). Nothing was imported.</source>
        <translation>{name} n’est pas un export de cabinet complet (le fichier s’arrête trop tôt&#xa0;: il a été tronqué vers le caractère {position}). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{name} is not a complete practice export (the file is damaged near character {position}). Nothing was imported.</source>
        <translation>{name} n’est pas un export de cabinet complet (le fichier est endommagé vers le caractère {position}). Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{name} is not an Alliance Desktop practice export. Nothing was imported.</source>
        <translation>{name} n’est pas un export de cabinet Alliance Desktop. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{name} has no readable format version; nothing was imported.</source>
        <translation>{name} n’a pas de version de format lisible&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>{name} was exported by a newer version of Alliance Desktop (file format {version}; this version reads format {supported}). Install the newer version to import it. Nothing was imported.</source>
        <translation>{name} a été exporté par une version plus récente d’Alliance Desktop (format de fichier {version}&#xa0;; cette version lit le format {supported}). Installez la version plus récente pour l’importer. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{name} was exported by a newer version of Alliance Desktop (database schema {revision}; this version knows up to {head}). Install the newer version to import it. Nothing was imported.</source>
        <translation>{name} a été exporté par une version plus récente d’Alliance Desktop (schéma de base de données {revision}&#xa0;; cette version connaît les schémas jusqu’à {head}). Installez la version plus récente pour l’importer. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{name} is damaged: {problem}. Nothing was imported. It was exported by an older version of Alliance Desktop; import it with that version, then open the practice with this one.</source>
        <translation>{name} est endommagé&#xa0;: {problem}. Rien n’a été importé. Il a été exporté par une version plus ancienne d’Alliance Desktop&#xa0;; importez-le avec cette ancienne version, puis ouvrez le cabinet avec la version actuelle.</translation>
    </message>
    <message>
        <source>{name} is damaged: {problem}. Nothing was imported.</source>
        <translation>{name} est endommagé&#xa0;: {problem}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>it holds no tables</source>
        <translation>il ne contient aucune table</translation>
    </message>
    <message>
        <source>{name} holds records this version does not know ({tables}); it was probably exported by a newer version. Nothing was imported.</source>
        <translation>{name} contient des données que cette version ne connaît pas ({tables})&#xa0;; il a probablement été exporté par une version plus récente. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>the tables {tables} are missing</source>
        <translation>les tables {tables} sont absentes</translation>
    </message>
    <message>
        <source>the table {tables} is missing</source>
        <translation>la table {tables} est absente</translation>
    </message>
    <message>
        <source>the table {table} is not a list of rows</source>
        <translation>la table {table} n’est pas une liste de lignes</translation>
    </message>
    <message>
        <source>row {row} of {table} does not have the expected columns</source>
        <translation>la ligne {row} de {table} n’a pas les colonnes attendues</translation>
    </message>
    <message>
        <source>in row {row} of {table}, {column} {problem}</source>
        <translation>à la ligne {row} de {table}, {column} {problem}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>family name</source>
        <extracomment>The words a message names a field with, in English (marked for lupdate, translated at use): every field name the services and the domain pass to these checks. Any other field reads as its name with spaces for underscores.</extracomment>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>prénoms</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>prénom usuel</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>email</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>communication notes</source>
        <translation>notes de communication</translation>
    </message>
    <message>
        <source>practice name</source>
        <translation>nom du cabinet</translation>
    </message>
    <message>
        <source>practitioner name</source>
        <translation>nom du praticien</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>numéro d’inscription</translation>
    </message>
    <message>
        <source>reason for the erasure</source>
        <translation>motif de l’effacement</translation>
    </message>
    <message>
        <source>visit type</source>
        <translation>type de séance</translation>
    </message>
    <message>
        <source>chaperone</source>
        <translation>présence d’un tiers</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interprète</translation>
    </message>
    <message>
        <source>consent decision</source>
        <translation>décision de consentement</translation>
    </message>
    <message>
        <source>beliefs expectations</source>
        <translation>croyances et attentes</translation>
    </message>
    <message>
        <source>subjective</source>
        <translation>subjectif</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>examen clinique</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>touch notes</source>
        <translation>notes sur le toucher</translation>
    </message>
    <message>
        <source>options discussed</source>
        <translation>options discutées</translation>
    </message>
    <message>
        <source>patient preference</source>
        <translation>préférence du patient</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>techniques</source>
        <translation>techniques</translation>
    </message>
    <message>
        <source>self care agreed</source>
        <translation>travail en autonomie convenu</translation>
    </message>
    <message>
        <source>care setting</source>
        <translation>cadre des soins</translation>
    </message>
    <message>
        <source>disruptions</source>
        <translation>perturbations</translation>
    </message>
    <message>
        <source>patient state</source>
        <translation>état du patient</translation>
    </message>
    <message>
        <source>practitioner state</source>
        <translation>état du praticien</translation>
    </message>
    <message>
        <source>rupture note</source>
        <translation>note sur la tension</translation>
    </message>
    <message>
        <source>repair note</source>
        <translation>note sur la réparation</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>prochaines étapes</translation>
    </message>
    <message>
        <source>pain before</source>
        <translation>douleur avant</translation>
    </message>
    <message>
        <source>pain after</source>
        <translation>douleur après</translation>
    </message>
    <message>
        <source>comfort with touch</source>
        <translation>aisance avec le toucher</translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation>durée en minutes</translation>
    </message>
    <message>
        <source>goal rating</source>
        <translation>note sur les objectifs</translation>
    </message>
    <message>
        <source>task rating</source>
        <translation>note sur la manière de travailler</translation>
    </message>
    <message>
        <source>bond rating</source>
        <translation>note sur le lien</translation>
    </message>
    <message>
        <source>trust rating</source>
        <translation>note sur la confiance</translation>
    </message>
    <message>
        <source>goal progress</source>
        <translation>progrès vers l’objectif</translation>
    </message>
    <message>
        <source>reason for the amendment</source>
        <translation>motif de la rectification</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>rectification</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>discharge note</source>
        <translation>note de fin de prise en charge</translation>
    </message>
    <message>
        <source>goal wording</source>
        <translation>formulation de l’objectif</translation>
    </message>
    <message>
        <source>proposed by</source>
        <translation>proposé par</translation>
    </message>
    <message>
        <source>success measure</source>
        <translation>mesure de la réussite</translation>
    </message>
    <message>
        <source>success target</source>
        <translation>cible de réussite</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>reason for revising</source>
        <translation>motif de la révision</translation>
    </message>
    <message>
        <source>strategy description</source>
        <translation>description de la stratégie</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>cadre</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>qui la met en œuvre</translation>
    </message>
    <message>
        <source>responsibilities</source>
        <translation>qui fait quoi</translation>
    </message>
    <message>
        <source>patient confidence</source>
        <translation>confiance du patient</translation>
    </message>
    <message>
        <source>adherence</source>
        <translation>observance</translation>
    </message>
    <message>
        <source>barriers</source>
        <translation>obstacles</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ce qui s’est passé</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>répondant</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode de saisie</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>task</source>
        <translation>manière de travailler</translation>
    </message>
    <message>
        <source>bond</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>confiance</translation>
    </message>
    <message>
        <source>respect</source>
        <translation>respect</translation>
    </message>
    <message>
        <source>touch</source>
        <translation>toucher</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>impression générale</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>douleur</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>notes privées</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>what</source>
        <translation>Quoi&#xa0;?</translation>
    </message>
    <message>
        <source>so what</source>
        <translation>Et alors&#xa0;?</translation>
    </message>
    <message>
        <source>now what</source>
        <translation>Et maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>feelings</source>
        <translation>ressentis</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>analyse</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>conclusion</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plan d’action</translation>
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
    <name>Goals</name>
    <message>
        <source>This goal is already active.</source>
        <extracomment>&quot;This goal is already &lt;status&gt;.&quot;, one whole sentence per status (every one of them).</extracomment>
        <translation>Cet objectif est déjà actif.</translation>
    </message>
    <message>
        <source>This goal is already achieved.</source>
        <translation>Cet objectif est déjà atteint.</translation>
    </message>
    <message>
        <source>This goal is already revised.</source>
        <translation>Cet objectif est déjà révisé.</translation>
    </message>
    <message>
        <source>This goal is already dropped.</source>
        <translation>Cet objectif est déjà abandonné.</translation>
    </message>
    <message>
        <source>This visit is signed and cannot be changed; add an amendment instead.</source>
        <translation>Cette séance est signée et ne peut plus être modifiée&#xa0;; ajoutez plutôt une rectification.</translation>
    </message>
    <message>
        <source>This goal belongs to another patient.</source>
        <translation>Cet objectif appartient à un autre patient.</translation>
    </message>
    <message>
        <source>This strategy belongs to another patient.</source>
        <translation>Cette stratégie appartient à un autre patient.</translation>
    </message>
    <message>
        <source>Goals can only be added to an open episode.</source>
        <translation>Des objectifs ne peuvent être ajoutés qu’à un épisode de soins en cours.</translation>
    </message>
    <message>
        <source>Only an active goal can be revised; reactivate it first.</source>
        <translation>Seul un objectif actif peut être révisé&#xa0;; réactivez-le d’abord.</translation>
    </message>
    <message>
        <source>To revise a goal, change its wording and give a reason.</source>
        <translation>Pour réviser un objectif, modifiez sa formulation et indiquez un motif.</translation>
    </message>
</context>
<context>
    <name>GoalsPane</name>
    <message>
        <source>no ratings yet</source>
        <extracomment>the progress column shows at most this many of the latest ratings</extracomment>
        <translation>pas encore de note</translation>
    </message>
    <message>
        <source>Select a patient to see their goals.</source>
        <translation>Sélectionnez un patient pour voir ses objectifs.</translation>
    </message>
    <message>
        <source>No episode of care yet. Start one with New episode…</source>
        <translation>Pas encore d’épisode de soins. Ouvrez-en un avec Nouvel épisode…</translation>
    </message>
    <message>
        <source>No goals agreed yet. Add the first one in the patient&apos;s own words.</source>
        <translation>Aucun objectif convenu pour l’instant. Ajoutez le premier avec les mots du patient.</translation>
    </message>
    <message>
        <source>Goal (patient&apos;s words)</source>
        <translation>Objectif (mots du patient)</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>En séance</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>En autonomie</translation>
    </message>
    <message>
        <source>Both agree</source>
        <translation>Accord des deux</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Pas encore abordé</translation>
    </message>
    <message>
        <source>Neither agrees</source>
        <translation>Désaccord des deux</translation>
    </message>
    <message>
        <source>Patient disagrees</source>
        <translation>Désaccord du patient</translation>
    </message>
    <message>
        <source>Practitioner disagrees</source>
        <translation>Désaccord du praticien</translation>
    </message>
    <message>
        <source>Patient unsure</source>
        <translation>Patient hésitant</translation>
    </message>
    <message>
        <source>Practitioner unsure</source>
        <translation>Praticien hésitant</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>pas encore demandé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>now</source>
        <comment>an episode still open</comment>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Mesure de la réussite</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>{agreement} (patient: {patient}; practitioner: {practitioner})</source>
        <translation>{agreement} (patient&#xa0;: {patient}&#xa0;; praticien&#xa0;: {practitioner})</translation>
    </message>
    <message>
        <source>{priority} (1 = most important)</source>
        <translation>{priority} (1 = la plus importante)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no target date</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Goal as it was</source>
        <translation>Objectif tel qu’il était</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulé</translation>
    </message>
    <message>
        <source>Was {status}</source>
        <translation>Statut précédent&#xa0;: {status}</translation>
    </message>
    <message>
        <source>No changes since it was agreed.</source>
        <translation>Aucune modification depuis qu’il a été convenu.</translation>
    </message>
    <message>
        <source>Progress at each visit (0-10)</source>
        <translation>Progression à chaque séance (0-10)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>No progress ratings yet.</source>
        <translation>Pas encore de note de progression.</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>Serves the goal “{goal}”.</source>
        <translation>Au service de l’objectif «&#xa0;{goal}&#xa0;».</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>Patient&apos;s confidence</source>
        <translation>Confiance du patient</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <source>no longer used</source>
        <translation>n’est plus utilisée</translation>
    </message>
    <message>
        <source>Adherence at each visit</source>
        <translation>Observance à chaque séance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>What got in the way</source>
        <translation>Ce qui a fait obstacle</translation>
    </message>
    <message>
        <source>Not reviewed at a visit yet.</source>
        <translation>Pas encore de suivi en séance.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Episode of care</source>
        <translation>Épisode de soins</translation>
    </message>
    <message>
        <source>No episode of care yet</source>
        <translation>Pas encore d’épisode de soins</translation>
    </message>
    <message>
        <source>&amp;Episode:</source>
        <translation>Ép&amp;isode&#xa0;:</translation>
    </message>
    <message>
        <source>New episode…</source>
        <translation>Nouvel épisode…</translation>
    </message>
    <message>
        <source>Start a new episode of care for this patient</source>
        <translation>Ouvrir un nouvel épisode de soins pour ce patient</translation>
    </message>
    <message>
        <source>Discharge…</source>
        <translation>Clore l’épisode…</translation>
    </message>
    <message>
        <source>End this episode of care</source>
        <translation>Clore cet épisode de soins</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Reopen this discharged episode (undo the discharge)</source>
        <translation>Rouvrir cet épisode clos (annuler la clôture)</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Ajouter un objectif…</translation>
    </message>
    <message>
        <source>Agree a new goal, in the patient&apos;s own words</source>
        <translation>Convenir d’un nouvel objectif, avec les mots du patient</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>Réviser…</translation>
    </message>
    <message>
        <source>Change the selected goal; the earlier version is kept</source>
        <translation>Modifier l’objectif sélectionné&#xa0;; la version précédente est conservée</translation>
    </message>
    <message>
        <source>Mark achieved</source>
        <translation>Marquer comme atteint</translation>
    </message>
    <message>
        <source>Record that the selected goal is achieved</source>
        <translation>Noter que l’objectif sélectionné est atteint</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Stop working on the selected goal, and say why</source>
        <translation>Cesser de travailler sur l’objectif sélectionné, en indiquant pourquoi</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <source>Work on the selected goal again, and say why</source>
        <translation>Travailler de nouveau sur l’objectif sélectionné, en indiquant pourquoi</translation>
    </message>
    <message>
        <source>Add strategy…</source>
        <translation>Ajouter une stratégie…</translation>
    </message>
    <message>
        <source>Agree a strategy for the selected goal</source>
        <translation>Convenir d’une stratégie pour l’objectif sélectionné</translation>
    </message>
    <message>
        <source>Edit strategy…</source>
        <translation>Modifier la stratégie…</translation>
    </message>
    <message>
        <source>Change the selected strategy</source>
        <translation>Modifier la stratégie sélectionnée</translation>
    </message>
    <message>
        <source>Goals and their strategies</source>
        <translation>Objectifs et leurs stratégies</translation>
    </message>
    <message>
        <source>Details of the selected goal or strategy</source>
        <translation>Détails de l’objectif ou de la stratégie sélectionnés</translation>
    </message>
    <message>
        <source>Discharge note: {note}</source>
        <translation>Note de fin de prise en charge&#xa0;: {note}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{date}: {rating}/10</source>
        <translation>{date}&#xa0;: {rating}/10</translation>
    </message>
    <message>
        <source>{strategy} (no longer used)</source>
        <translation>{strategy} (n’est plus utilisée)</translation>
    </message>
    <message>
        <source>Who: {owner}</source>
        <translation>Qui&#xa0;: {owner}</translation>
    </message>
    <message>
        <source>Confidence {confidence}</source>
        <translation>Confiance {confidence}</translation>
    </message>
    <message>
        <source>Adherence: {adherence}</source>
        <translation>Observance&#xa0;: {adherence}</translation>
    </message>
    <message>
        <source>Discharge the open episode before starting a new one.</source>
        <translation>Clôturez l’épisode en cours avant d’en ouvrir un nouveau.</translation>
    </message>
    <message>
        <source>Nothing was changed. {problem}</source>
        <translation>Rien n’a été modifié. {problem}</translation>
    </message>
    <message>
        <source>Reopen the episode “{reason}”? Its end date is cleared; the discharge note is kept.</source>
        <translation>Rouvrir l’épisode «&#xa0;{reason}&#xa0;»&#xa0;? Sa date de fin est effacée&#xa0;; la note de fin de prise en charge est conservée.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Why is the goal “{goal}” being dropped?
The goal and its history are kept.</source>
        <translation>Pourquoi l’objectif «&#xa0;{goal}&#xa0;» est-il abandonné&#xa0;?
L’objectif et son historique sont conservés.</translation>
    </message>
    <message>
        <source>Drop goal</source>
        <translation>Abandonner l’objectif</translation>
    </message>
    <message>
        <source>Why is the goal “{goal}” active again?</source>
        <translation>Pourquoi l’objectif «&#xa0;{goal}&#xa0;» est-il de nouveau actif&#xa0;?</translation>
    </message>
    <message>
        <source>Reactivate goal</source>
        <translation>Réactiver l’objectif</translation>
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
    <name>InstrumentRegistry</name>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>this is not valid JSON ({problem}, column {column})</source>
        <translation>ce n’est pas du JSON valide ({problem}, colonne {column})</translation>
    </message>
    <message>
        <source>a definition must be a JSON object</source>
        <translation>une définition doit être un objet JSON</translation>
    </message>
    <message>
        <source>the file is too large to be a questionnaire definition</source>
        <translation>le fichier est trop volumineux pour être une définition de questionnaire</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>{name} est manquant</translation>
    </message>
    <message>
        <source>Unknown field ({names} was unexpected)</source>
        <translation>Champ inconnu ({names} n’était pas attendu)</translation>
    </message>
    <message>
        <source>Unknown field ({names} were unexpected)</source>
        <translation>Champs inconnus ({names} n’étaient pas attendus)</translation>
    </message>
    <message>
        <source>Unknown questionnaire &apos;{id}&apos;.</source>
        <translation>Questionnaire inconnu&#xa0;: «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; version {version} ships with the app; give your definition another id or version.</source>
        <translation>«&#xa0;{id}&#xa0;» version {version} est fourni avec l’application&#xa0;; donnez à votre définition un autre identifiant ou une autre version.</translation>
    </message>
    <message>
        <source>This questionnaire needs a licence. Confirm that you hold one to import it.</source>
        <translation>Ce questionnaire nécessite une licence. Confirmez que vous en disposez pour l’importer.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; version {version} is already imported. A changed definition needs a new version number, so old scores stay as they were.</source>
        <translation>«&#xa0;{id}&#xa0;» version {version} est déjà importé. Une définition modifiée nécessite un nouveau numéro de version, afin que les anciens scores restent tels qu’ils étaient.</translation>
    </message>
    <message>
        <source>Unknown questionnaire &apos;{id}&apos; version {version}.</source>
        <translation>Questionnaire inconnu&#xa0;: «&#xa0;{id}&#xa0;» version {version}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {problem}.</source>
        <translation>Le fichier {path} ne peut pas être lu&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8</translation>
    </message>
</context>
<context>
    <name>Instruments</name>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The answer to {item} must be a number.</source>
        <translation>La réponse à «&#xa0;{item}&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <source>The answer to {item} must be one of {allowed} (got {value}).</source>
        <translation>La réponse à «&#xa0;{item}&#xa0;» doit être l’une des valeurs {allowed} (et non {value}).</translation>
    </message>
    <message>
        <source>The answer to {item} must be from {minimum} to {maximum} (got {value}).</source>
        <translation>La réponse à «&#xa0;{item}&#xa0;» doit être comprise entre {minimum} et {maximum} (et non {value}).</translation>
    </message>
    <message>
        <source>The questionnaire &apos;{questionnaire}&apos; has no item &apos;{item}&apos;.</source>
        <translation>Le questionnaire «&#xa0;{questionnaire}&#xa0;» n’a pas de question «&#xa0;{item}&#xa0;».</translation>
    </message>
    <message>
        <source>must give a text per language, e.g. {&quot;en&quot;: &quot;...&quot;}</source>
        <translation>doit donner un texte par langue, par exemple {&quot;en&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>the text in this language is missing</source>
        <translation>le texte dans cette langue manque</translation>
    </message>
    <message>
        <source>two options have the same value</source>
        <translation>deux options ont la même valeur</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>un choix demande au moins deux options</translation>
    </message>
    <message>
        <source>unknown scale type {kind}</source>
        <translation>type d’échelle inconnu&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>a slider needs &apos;min&apos; and &apos;max&apos;</source>
        <translation>un curseur demande «&#xa0;min&#xa0;» et «&#xa0;max&#xa0;»</translation>
    </message>
    <message>
        <source>must be greater than min ({minimum})</source>
        <translation>doit être supérieur à min ({minimum})</translation>
    </message>
    <message>
        <source>must be positive and smaller than the range</source>
        <translation>doit être positif et plus petit que l’étendue de l’échelle</translation>
    </message>
    <message>
        <source>there is no item {item}</source>
        <translation>il n’y a pas de question {item}</translation>
    </message>
    <message>
        <source>must be fewer than the {count} item it scores</source>
        <translation>doit être inférieur au nombre de questions comptées ({count})</translation>
    </message>
    <message>
        <source>must be fewer than the {count} items it scores</source>
        <translation>doit être inférieur au nombre de questions comptées ({count})</translation>
    </message>
    <message>
        <source>must be &apos;sum&apos; or &apos;mean&apos;</source>
        <translation>doit être «&#xa0;sum&#xa0;» ou «&#xa0;mean&#xa0;»</translation>
    </message>
    <message>
        <source>must be {format}</source>
        <translation>doit être {format}</translation>
    </message>
    <message>
        <source>at least one language is needed</source>
        <translation>au moins une langue est nécessaire</translation>
    </message>
    <message>
        <source>the id {id} is used twice</source>
        <translation>l’identifiant {id} est utilisé deux fois</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>au moins une question est nécessaire</translation>
    </message>
    <message>
        <source>there is no such subscale</source>
        <translation>cette sous-échelle n’existe pas</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>doit être l’une des valeurs {choices}</translation>
    </message>
    <message>
        <source>{value} is outside the total&apos;s range {low}-{high}</source>
        <translation>{value} est en dehors de l’étendue du total ({low} à {high})</translation>
    </message>
</context>
<context>
    <name>LegendStrip</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>LocationCheck</name>
    <message>
        <source>The practice is in a cloud-synchronised folder ({folder}). Syncing a database while it is open can corrupt it. Keep the practice on this computer&apos;s own disk and put a backup copy in the cloud folder instead.</source>
        <translation>Le cabinet se trouve dans un dossier synchronisé avec le cloud ({folder}). Synchroniser une base de données pendant qu’elle est ouverte peut l’endommager. Conservez le cabinet sur le disque de cet ordinateur et placez plutôt une copie de sauvegarde dans le dossier du cloud.</translation>
    </message>
    <message>
        <source>The practice is on a network drive ({kind}). The database&apos;s safety features do not work over a network and records can be damaged. Keep it on this computer&apos;s own disk.</source>
        <translation>Le cabinet se trouve sur un lecteur réseau ({kind}). Les protections de la base de données ne fonctionnent pas à travers un réseau et les dossiers peuvent être endommagés. Conservez-le sur le disque de cet ordinateur.</translation>
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
    <name>LongTask</name>
    <message>
        <source>&amp;Cancel</source>
        <extracomment>a bar&apos;s range is an int; big totals are shown scaled to this many steps</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Overview</source>
        <extracomment>The tabs&apos; titles in English (``pane_titles`` gives them translated). The save state in the status bar, in English (``save_text`` gives it translated).</extracomment>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation>Réf&amp;lexion</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Not saved yet: {message}</source>
        <translation>Pas encore enregistré&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Could not save: {message} (what you typed is kept)</source>
        <translation>Impossible d’enregistrer&#xa0;: {message} (votre saisie est conservée)</translation>
    </message>
    <message>
        <source>Could not save (what you typed is kept)</source>
        <translation>Impossible d’enregistrer (votre saisie est conservée)</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Alliance Desktop&lt;/h2&gt;
&lt;p&gt;Pick a patient on the left, then work through the panes. Everything you type in a visit or a
reflection is saved as you go; the status bar says when it is.&lt;/p&gt;
&lt;h3&gt;Keyboard&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find a patient (name, preferred name or date of birth)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New patient&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New visit for the selected patient&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Overview, Goals, Sessions, Reflection&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save now&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sign the visit (it becomes read-only; corrections are
amendments)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Hand the laptop to the patient for the check-in (you return
with your PIN)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New reflection&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Edit the patient&apos;s details&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit (after saving)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This help&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;h3&gt;The panes&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Goals&lt;/b&gt;: the goals of the episode in the patient&apos;s own words, whether you both agree,
and the strategies (in the room and self-care) that serve each one.&lt;br&gt;
&lt;b&gt;Sessions&lt;/b&gt;: one visit at a time: notes, pain, the consent checkpoint, the shared decision,
progress on each goal, the context of care, your own view of the alliance, and any strain
noticed and repair tried.&lt;br&gt;
&lt;b&gt;Reflection&lt;/b&gt;: your reflective journal (free text, Rolfe or Gibbs) with CPD hours and themes.
The private section on transference and countertransference never leaves the app.&lt;/p&gt;
&lt;p&gt;Deleting a patient archives them; choose &lt;i&gt;Archived&lt;/i&gt; above the list to find and restore
them.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Alliance Desktop&lt;/h2&gt;
&lt;p&gt;Choisissez un patient à gauche, puis parcourez les volets. Tout ce que vous saisissez dans une
séance ou une réflexion est enregistré au fur et à mesure&#xa0;; la barre d’état indique quand c’est fait.&lt;/p&gt;
&lt;h3&gt;Clavier&lt;/h3&gt;
&lt;table cellpadding=&quot;3&quot;&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Rechercher un patient (nom, prénom usuel ou date de naissance)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nouveau patient&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Maj+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nouvelle séance pour le patient sélectionné&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vue d’ensemble, Objectifs, Séances, Réflexion&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Enregistrer maintenant&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Entrée&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Signer la séance (elle passe en lecture seule&#xa0;; les corrections
deviennent des rectifications)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Confier l’ordinateur au patient pour le questionnaire (vous reprenez
la main avec votre code PIN)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Maj+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nouvelle réflexion&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Modifier la fiche du patient&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quitter (après enregistrement)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cette aide&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;h3&gt;Les volets&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Objectifs&lt;/b&gt;&#xa0;: les objectifs de l’épisode avec les mots du patient, si vous êtes tous deux
d’accord, et les stratégies (en séance et en autonomie) au service de chacun.&lt;br&gt;
&lt;b&gt;Séances&lt;/b&gt;&#xa0;: une séance à la fois&#xa0;: notes, douleur, point sur le consentement, décision partagée,
progression de chaque objectif, contexte des soins, votre propre regard sur l’alliance, et toute
tension remarquée et réparation tentée.&lt;br&gt;
&lt;b&gt;Réflexion&lt;/b&gt;&#xa0;: votre journal réflexif (texte libre, Rolfe ou Gibbs) avec les heures et les thèmes
de DPC. La partie privée sur le transfert et le contre-transfert ne quitte jamais l’application.&lt;/p&gt;
&lt;p&gt;Supprimer un patient l’archive&#xa0;; choisissez &lt;i&gt;Archivés&lt;/i&gt; au-dessus de la liste pour le
retrouver et le restaurer.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Patient panes</source>
        <translation>Volets du patient</translation>
    </message>
    <message>
        <source>Demo practice: every record is synthetic</source>
        <translation>Cabinet de démonstration&#xa0;: tous les dossiers sont fictifs</translation>
    </message>
    <message>
        <source>Demo practice: every record is synthetic, and it is not encrypted</source>
        <translation>Cabinet de démonstration&#xa0;: tous les dossiers sont fictifs, et il n’est pas chiffré</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>True until the last patient was reopened (start-up from a first look)</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Enregistrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Dossier des sauvegardes…</translation>
    </message>
    <message>
        <source>Second &amp;backup folder…</source>
        <translation>&amp;Second dossier de sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>Faire une sa&amp;uvegarde maintenant</translation>
    </message>
    <message>
        <source>Open the data &amp;folder</source>
        <translation>&amp;Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>&amp;Import a questionnaire definition…</source>
        <translation>&amp;Importer une définition de questionnaire…</translation>
    </message>
    <message>
        <source>Import &amp;patients from a spreadsheet…</source>
        <translation>Importer des &amp;patients depuis un tableur…</translation>
    </message>
    <message>
        <source>E&amp;xport the whole practice…</source>
        <translation>E&amp;xporter tout le cabinet…</translation>
    </message>
    <message>
        <source>Research e&amp;xport (de-identified)…</source>
        <translation>Expor&amp;t pour la recherche (dépersonnalisé)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;Edit patient details…</source>
        <translation>&amp;Modifier la fiche du patient…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>New &amp;visit</source>
        <translation>Nouvelle &amp;séance</translation>
    </message>
    <message>
        <source>&amp;Sign visit</source>
        <translation>Si&amp;gner la séance</translation>
    </message>
    <message>
        <source>New &amp;episode…</source>
        <translation>Nouvel épis&amp;ode…</translation>
    </message>
    <message>
        <source>&amp;Discharge episode…</source>
        <translation>C&amp;lore l’épisode…</translation>
    </message>
    <message>
        <source>&amp;Archive patient…</source>
        <translation>&amp;Archiver le patient…</translation>
    </message>
    <message>
        <source>&amp;Restore patient</source>
        <translation>Res&amp;taurer le patient</translation>
    </message>
    <message>
        <source>&amp;Hand to patient (check-in)</source>
        <translation>&amp;Confier au patient (questionnaire)</translation>
    </message>
    <message>
        <source>New &amp;reflection</source>
        <translation>Nouvelle &amp;réflexion</translation>
    </message>
    <message>
        <source>&amp;History of changes…</source>
        <translation>&amp;Historique des modifications…</translation>
    </message>
    <message>
        <source>E&amp;xport the patient&apos;s record (PDF and JSON)…</source>
        <translation>E&amp;xporter le dossier du patient (PDF et JSON)…</translation>
    </message>
    <message>
        <source>&amp;Erase the patient permanently…</source>
        <translation>&amp;Effacer définitivement le patient…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Progress report for this patient…</source>
        <translation>&amp;Bilan d’évolution de ce patient…</translation>
    </message>
    <message>
        <source>Patient &amp;feedback summary…</source>
        <translation>&amp;Synthèse des retours des patients…</translation>
    </message>
    <message>
        <source>&amp;CPD record…</source>
        <translation>Relevé de &amp;DPC…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>&amp;Practice (no patient)</source>
        <translation>&amp;Cabinet (aucun patient)</translation>
    </message>
    <message>
        <source>&amp;Hide patient names</source>
        <translation>&amp;Masquer les noms des patients</translation>
    </message>
    <message>
        <source>Lock &amp;after</source>
        <translation>Verrouiller a&amp;près</translation>
    </message>
    <message>
        <source>{minutes} idle minutes</source>
        <translation>{minutes} minutes d’inactivité</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>the Help menu&apos;s item</comment>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Alliance Desktop</source>
        <translation>À &amp;propos d’Alliance Desktop</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Actions rapides</translation>
    </message>
    <message>
        <source>{app} — {name}</source>
        <translation>{app} — {name}</translation>
    </message>
    <message>
        <source>your practice</source>
        <translation>votre cabinet</translation>
    </message>
    <message>
        <source>Patient #{number}</source>
        <translation>Patient n° {number}</translation>
    </message>
    <message>
        <source>{app} — locked</source>
        <translation>{app} — verrouillé</translation>
    </message>
    <message>
        <source>Patient names hidden (Ctrl+Shift+P to show them)</source>
        <translation>Noms des patients masqués (Ctrl+Maj+P pour les afficher)</translation>
    </message>
    <message>
        <source>Where to keep backups</source>
        <translation>Où conserver les sauvegardes</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde pour l’instant</translation>
    </message>
    <message>
        <source>Last backup {when} (old: make one with Ctrl+B)</source>
        <translation>Dernière sauvegarde&#xa0;: {when} (ancienne&#xa0;: faites-en une avec Ctrl+B)</translation>
    </message>
    <message>
        <source>Last backup {when}</source>
        <translation>Dernière sauvegarde&#xa0;: {when}</translation>
    </message>
    <message>
        <source>the second backup folder {folder} is not there (drive unplugged?)</source>
        <translation>le second dossier de sauvegarde {folder} est introuvable (disque débranché&#xa0;?)</translation>
    </message>
    <message>
        <source>the second copy could not be written to {folder}: {problem}</source>
        <translation>la seconde copie n’a pas pu être écrite dans {folder}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{state} (second copy failed)</source>
        <translation>{state} (échec de la seconde copie)</translation>
    </message>
    <message>
        <source>Backup cancelled; no new backup was kept.</source>
        <translation>Sauvegarde annulée&#xa0;; aucune nouvelle sauvegarde n’a été conservée.</translation>
    </message>
    <message>
        <source>Backup failed: {problem}</source>
        <translation>Échec de la sauvegarde&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Making a backup</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Copying the practice and checking the copy…</source>
        <translation>Copie du cabinet et vérification de la copie…</translation>
    </message>
    <message>
        <source>Cancelling: the unfinished copy is deleted…</source>
        <translation>Annulation&#xa0;: la copie inachevée est supprimée…</translation>
    </message>
    <message>
        <source>Restore the backup of {made}? Everything entered since then is set aside (kept in the backups folder), and the app closes; open it again to continue.</source>
        <translation>Restaurer la sauvegarde du {made}&#xa0;? Tout ce qui a été saisi depuis est mis de côté (conservé dans le dossier des sauvegardes), et l’application se ferme&#xa0;; rouvrez-la pour continuer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The backup was not restored; nothing changed.

{problem}</source>
        <translation>La sauvegarde n’a pas été restaurée&#xa0;; rien n’a changé.

{problem}</translation>
    </message>
    <message>
        <source>The backup is restored. Alliance Desktop will now close; open it again to continue.</source>
        <translation>La sauvegarde est restaurée. Alliance Desktop va maintenant se fermer&#xa0;; rouvrez-le pour continuer.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on; the recovery key is the same.</source>
        <translation>La phrase secrète est changée. Utilisez désormais la nouvelle&#xa0;; la clé de secours reste la même.</translation>
    </message>
    <message>
        <source>A second folder for backups (for example a USB drive)</source>
        <translation>Un second dossier pour les sauvegardes (par exemple une clé USB)</translation>
    </message>
    <message>
        <source>Every backup will also be written to {folder}. A backup is made now.</source>
        <translation>Chaque sauvegarde sera aussi écrite dans {folder}. Une sauvegarde est faite maintenant.</translation>
    </message>
    <message>
        <source>Start an episode of care for this patient now?</source>
        <extracomment>tests replace this to choose a folder without a real file dialog</extracomment>
        <translation>Ouvrir dès maintenant un épisode de soins pour ce patient&#xa0;?</translation>
    </message>
    <message>
        <source>Start an episode</source>
        <translation>Ouvrir un épisode</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Archive {name}? Their record is kept and hidden from the active list. You can restore them from the Archived list at any time.</source>
        <translation>Archiver {name}&#xa0;? Son dossier est conservé et n’apparaît plus dans la liste des patients actifs. Vous pouvez le restaurer à tout moment depuis la liste «&#xa0;Archivés&#xa0;».</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>{name} archived. Show &apos;Archived&apos; above the list to restore.</source>
        <translation>{name}&#xa0;: dossier archivé. Choisissez «&#xa0;Archivés&#xa0;» au-dessus de la liste pour le restaurer.</translation>
    </message>
    <message>
        <source>Patient restored to the active list.</source>
        <translation>Patient rétabli dans la liste des patients actifs.</translation>
    </message>
    <message>
        <source>The patient was erased.</source>
        <translation>Le patient a été effacé.</translation>
    </message>
    <message>
        <source>Questionnaire definitions</source>
        <extracomment>tests replace this to choose a file without a real file dialog</extracomment>
        <translation>Définitions de questionnaire</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Import a questionnaire definition</source>
        <translation>Importer une définition de questionnaire</translation>
    </message>
    <message>
        <source>{note}

This questionnaire needs a licence. Do you hold one for use in this practice?</source>
        <translation>{note}

Ce questionnaire nécessite une licence. En disposez-vous pour l’utiliser dans ce cabinet&#xa0;?</translation>
    </message>
    <message>
        <source>I hold a licence</source>
        <translation>Je dispose d’une licence</translation>
    </message>
    <message>
        <source>This file was not imported; nothing was stored.

{problem}</source>
        <translation>Ce fichier n’a pas été importé&#xa0;; rien n’a été enregistré.

{problem}</translation>
    </message>
    <message>
        <source>Imported &apos;{id}&apos; version {version} ({count} questions).</source>
        <translation>Questionnaire «&#xa0;{id}&#xa0;» version {version} importé ({count} questions).</translation>
    </message>
    <message>
        <source>{app} help</source>
        <translation>Aide d’{app}</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>A practice companion that tracks the therapeutic alliance visit by visit.</source>
        <translation>Un compagnon de cabinet qui suit l’alliance thérapeutique séance après séance.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Dossier des données&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos d’{app}</translation>
    </message>
    <message>
        <source>Saving is taking longer than expected; please try again.</source>
        <extracomment>tests replace this so no modal dialog is ever exec()&apos;d</extracomment>
        <translation>L’enregistrement prend plus de temps que prévu&#xa0;; veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The schema is empty (at {current}, this app expects {head}).</source>
        <extracomment>The problem when the schema is not the one this app expects, one whole sentence per state.</extracomment>
        <translation>Le schéma est vide (révision {current}&#xa0;; cette application attend {head}).</translation>
    </message>
    <message>
        <source>The schema is behind (at {current}, this app expects {head}).</source>
        <translation>Le schéma est en retard (révision {current}&#xa0;; cette application attend {head}).</translation>
    </message>
    <message>
        <source>The schema is ahead (at {current}, this app expects {head}).</source>
        <translation>Le schéma est en avance (révision {current}&#xa0;; cette application attend {head}).</translation>
    </message>
    <message>
        <source>The schema is foreign (at {current}, this app expects {head}).</source>
        <translation>Le schéma n’est pas celui d’Alliance Desktop (révision {current}&#xa0;; cette application attend {head}).</translation>
    </message>
    <message>
        <source>The database guard {name} is missing.</source>
        <translation>Le garde-fou {name} de la base de données est absent.</translation>
    </message>
    <message>
        <source>{count} audit entries are out of time order.</source>
        <translation>Entrées du journal d’audit hors de l’ordre chronologique&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>The schema is {state} (at {current}, this app expects {head}).</source>
        <translation>Le schéma est dans l’état «&#xa0;{state}&#xa0;» (révision {current}&#xa0;; cette application attend {head}).</translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <source>Show goals and way of working</source>
        <translation>Afficher objectifs et façon de travailler</translation>
    </message>
    <message>
        <source>Show the goals and way-of-working lines</source>
        <translation>Afficher les courbes des objectifs et de la façon de travailler</translation>
    </message>
    <message>
        <source>Horizontal axis</source>
        <translation>Axe horizontal</translation>
    </message>
    <message>
        <source>By visit number</source>
        <translation>Par numéro de séance</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>Par date</translation>
    </message>
    <message>
        <source>Add a chart note…</source>
        <translation>Ajouter une note aux graphiques…</translation>
    </message>
    <message>
        <source>Mark a life event or a change of treatment on the charts</source>
        <translation>Signaler sur les graphiques un événement de vie ou un changement de traitement</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Trust and bond chart</source>
        <translation>Graphique de la confiance et du lien</translation>
    </message>
    <message>
        <source>Pain chart</source>
        <translation>Graphique de la douleur</translation>
    </message>
    <message>
        <source>Goal progress chart</source>
        <translation>Graphique de la progression des objectifs</translation>
    </message>
    <message>
        <source>Self-care chart</source>
        <translation>Graphique du travail en autonomie</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No episode of care yet&lt;/h3&gt;&lt;p&gt;Start one in the Goals pane (Patient &amp;gt; New episode); the charts of trust and bond, pain, goals and self-care appear here as the visits go on.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore d’épisode de soins&lt;/h3&gt;&lt;p&gt;Ouvrez-en un dans le volet Objectifs (Patient &amp;gt; Nouvel épisode)&#xa0;; les graphiques de la confiance et du lien, de la douleur, des objectifs et du travail en autonomie apparaissent ici au fil des séances.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{episode}&lt;/b&gt; · {count} visits</source>
        <comment>0 or 1</comment>
        <translation>&lt;b&gt;{episode}&lt;/b&gt; · {count} séance</translation>
    </message>
    <message>
        <source>&lt;b&gt;{episode}&lt;/b&gt; · {count} visits</source>
        <translation>&lt;b&gt;{episode}&lt;/b&gt; · {count} séances</translation>
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
        <source>Date and time, 24-hour clock, for example 4 Mar 2025 14:30</source>
        <translation>Date et heure, sur 24 heures, par exemple 4 mars 2025 14:30</translation>
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
    <name>PatientData</name>
    <message>
        <source>Leave the patient&apos;s name and contact details out of the reason: the audit trail keeps the reason after the erasure.</source>
        <extracomment>Free-text parts of a visit, in the order a visit note reads, with their labels. Audit entries about the practitioner&apos;s journal stay out of a patient&apos;s record.</extracomment>
        <translation>N’indiquez ni le nom ni les coordonnées du patient dans le motif&#xa0;: le journal d’audit conserve le motif après l’effacement.</translation>
    </message>
    <message>
        <source>This record must normally be kept until {until} (last contact {last}). Erase it anyway only if there is a lawful reason to; the erasure cannot be undone.</source>
        <translation>Ce dossier doit normalement être conservé jusqu’au {until} (dernier contact le {last}). Ne l’effacez malgré tout que pour un motif légitime&#xa0;; l’effacement est irréversible.</translation>
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
        <source>Opening where you left off…</source>
        <translation>Réouverture là où vous en étiez…</translation>
    </message>
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
    <name>PatientImport</name>
    <message>
        <source>Family name</source>
        <extracomment>Records read to decide the delimiter. The delimiters a patient list may use, by the name the command line and the UI give them.</extracomment>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Full name (one column)</source>
        <translation>Nom complet (une seule colonne)</translation>
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
        <source>Notes (communication notes)</source>
        <translation>Notes (notes de communication)</translation>
    </message>
    <message>
        <source>day/month/year (31/12/1980)</source>
        <translation>jour/mois/année (31/12/1980)</translation>
    </message>
    <message>
        <source>month/day/year (12/31/1980)</source>
        <translation>mois/jour/année (12/31/1980)</translation>
    </message>
    <message>
        <source>year-month-day, or nothing to choose</source>
        <translation>année-mois-jour, ou rien à choisir</translation>
    </message>
    <message>
        <source>not known: day/month or month/day must be chosen</source>
        <translation>inconnu&#xa0;: choisissez jour/mois ou mois/jour</translation>
    </message>
    <message>
        <source>{name}, born {date}</source>
        <translation>{name}, né(e) le {date}</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (dossier archivé)</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>ligne {line}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>line {line}: {description} (imported anyway)</source>
        <translation>ligne {line}&#xa0;: {description} (importée quand même)</translation>
    </message>
    <message>
        <source>line {line}: {description} (not imported)</source>
        <translation>ligne {line}&#xa0;: {description} (non importée)</translation>
    </message>
    <message>
        <source>column {number} &quot;{heading}&quot;</source>
        <translation>colonne {number} «&#xa0;{heading}&#xa0;»</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>colonne {number}</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (avec BOM)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is too large for a patient list ({size} bytes; at most {maximum}).</source>
        <translation>Le fichier est trop volumineux pour une liste de patients ({size}&#xa0;octets&#xa0;; {maximum} au maximum).</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a text file. In the spreadsheet, choose File &gt; Save As and the CSV format, then import the CSV file.</source>
        <translation>Ce fichier est un classeur de tableur, pas un fichier texte. Dans le tableur, choisissez Fichier &gt; Enregistrer sous et le format CSV, puis importez le fichier CSV.</translation>
    </message>
    <message>
        <source>This file holds binary data, not text. Export the patient list as CSV (comma- or semicolon-separated) or tab-separated text, then import that file.</source>
        <translation>Ce fichier contient des données binaires, pas du texte. Exportez la liste des patients en CSV (séparé par des virgules ou des points-virgules) ou en texte séparé par des tabulations, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a delimiter this import reads (choose comma, semicolon or tab).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un séparateur que cette importation sait lire (choisissez comma, semicolon ou tab).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date order: choose dmy (31/12/1980) or mdy (12/31/1980).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un ordre de date&#xa0;: choisissez dmy (31/12/1980) ou mdy (12/31/1980).</translation>
    </message>
    <message>
        <source>a cell is longer than {count} characters; perhaps a quotation mark (&quot;) opened there is never closed</source>
        <translation>une cellule dépasse {count}&#xa0;caractères&#xa0;; un guillemet (&quot;) ouvert à cet endroit n’est peut-être jamais fermé</translation>
    </message>
    <message>
        <source>the line cannot be read as cells of a table ({problem})</source>
        <translation>la ligne ne peut pas être lue comme des cellules de tableau ({problem})</translation>
    </message>
    <message>
        <source>The file cannot be read: line {line}: {reason}.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: ligne {line}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a patient detail that can be imported (choose from {allowed}).</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas une donnée de patient qui peut être importée (choisissez parmi {allowed}).</translation>
    </message>
    <message>
        <source>The column for {field} must be a column number.</source>
        <translation>La colonne du champ «&#xa0;{field}&#xa0;» doit être un numéro de colonne.</translation>
    </message>
    <message>
        <source>There is no column {number} for {field}; the file has {count} column.</source>
        <translation>Il n’y a pas de colonne {number} pour «&#xa0;{field}&#xa0;»&#xa0;; le fichier a {count}&#xa0;colonne.</translation>
    </message>
    <message>
        <source>There is no column {number} for {field}; the file has {count} columns.</source>
        <translation>Il n’y a pas de colonne {number} pour «&#xa0;{field}&#xa0;»&#xa0;; le fichier a {count}&#xa0;colonnes.</translation>
    </message>
    <message>
        <source>the date of birth {date} has a two-digit year; write the year in full (for example 1980)</source>
        <translation>la date de naissance {date} a une année à deux chiffres&#xa0;; écrivez l’année en entier (par exemple 1980)</translation>
    </message>
    <message>
        <source>the date of birth &apos;{date}&apos; is not a date like 31/12/1980 or 1980-12-31</source>
        <translation>la date de naissance «&#xa0;{date}&#xa0;» n’est pas une date comme 31/12/1980 ou 1980-12-31</translation>
    </message>
    <message>
        <source>the date of birth {date} is not a real date in day/month/year order (the order of this file)</source>
        <translation>la date de naissance {date} n’existe pas dans l’ordre jour/mois/année (l’ordre de ce fichier)</translation>
    </message>
    <message>
        <source>the date of birth {date} is not a real date in month/day/year order (the order of this file)</source>
        <translation>la date de naissance {date} n’existe pas dans l’ordre mois/jour/année (l’ordre de ce fichier)</translation>
    </message>
    <message>
        <source>the date of birth {date} is not a real date</source>
        <translation>la date de naissance {date} n’existe pas</translation>
    </message>
    <message>
        <source>the date of birth {date} is in the future</source>
        <translation>la date de naissance {date} est dans le futur</translation>
    </message>
    <message>
        <source>the date of birth {date} is before {year}</source>
        <translation>la date de naissance {date} est antérieure à {year}</translation>
    </message>
    <message>
        <source>the date of birth {date} is more than {years} years ago</source>
        <translation>la date de naissance {date} remonte à plus de {years}&#xa0;ans</translation>
    </message>
    <message>
        <source>The dates of birth mix day-first order (line {day_line}: {day_date}) and month-first order (line {month_line}: {month_date}). Choose the order most of the file uses; dates in the other order will be listed as problems.</source>
        <translation>Les dates de naissance mélangent l’ordre jour en premier (ligne {day_line}&#xa0;: {day_date}) et l’ordre mois en premier (ligne {month_line}&#xa0;: {month_date}). Choisissez l’ordre utilisé par la plus grande partie du fichier&#xa0;; les dates dans l’autre ordre seront listées comme problèmes.</translation>
    </message>
    <message>
        <source>The dates of birth could be day/month or month/day (for example {date} on line {line}), and no date in the file tells which. Choose the order this file uses.</source>
        <translation>Les dates de naissance peuvent se lire jour/mois ou mois/jour (par exemple {date} à la ligne {line}), et aucune date du fichier ne permet de trancher. Choisissez l’ordre utilisé par ce fichier.</translation>
    </message>
    <message>
        <source>the family name is too long ({count} characters; at most {maximum})</source>
        <extracomment>&quot;the family name is too long (…)&quot;, one whole sentence per detail (French agrees with it).</extracomment>
        <translation>le nom de famille est trop long ({count}&#xa0;caractères&#xa0;; {maximum} au maximum)</translation>
    </message>
    <message>
        <source>the given names are too long ({count} characters; at most {maximum})</source>
        <translation>les prénoms sont trop longs ({count}&#xa0;caractères&#xa0;; {maximum} au maximum)</translation>
    </message>
    <message>
        <source>the preferred name is too long ({count} characters; at most {maximum})</source>
        <translation>le prénom usuel est trop long ({count}&#xa0;caractères&#xa0;; {maximum} au maximum)</translation>
    </message>
    <message>
        <source>the e-mail address is too long ({count} characters; at most {maximum})</source>
        <translation>l’adresse e-mail est trop longue ({count}&#xa0;caractères&#xa0;; {maximum} au maximum)</translation>
    </message>
    <message>
        <source>the phone number is too long ({count} characters; at most {maximum})</source>
        <translation>le numéro de téléphone est trop long ({count}&#xa0;caractères&#xa0;; {maximum} au maximum)</translation>
    </message>
    <message>
        <source>the address is too long ({count} characters; at most {maximum})</source>
        <translation>l’adresse est trop longue ({count}&#xa0;caractères&#xa0;; {maximum} au maximum)</translation>
    </message>
    <message>
        <source>the notes are too long ({count} characters; at most {maximum})</source>
        <translation>les notes sont trop longues ({count}&#xa0;caractères&#xa0;; {maximum} au maximum)</translation>
    </message>
    <message>
        <source>no family name</source>
        <translation>pas de nom de famille</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; does not look like an e-mail address</source>
        <translation>«&#xa0;{address}&#xa0;» ne ressemble pas à une adresse e-mail</translation>
    </message>
    <message>
        <source>likely already in the practice (same name and date of birth): {patient}</source>
        <translation>probablement déjà dans le cabinet (même nom et même date de naissance)&#xa0;: {patient}</translation>
    </message>
    <message>
        <source>likely already in the practice (same name, no date of birth to tell them apart): {patient}</source>
        <translation>probablement déjà dans le cabinet (même nom, sans date de naissance pour les distinguer)&#xa0;: {patient}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>an exact copy of line {line}</source>
        <translation>une copie exacte de la ligne {line}</translation>
    </message>
    <message>
        <source>same name and date of birth as line {line}</source>
        <translation>même nom et même date de naissance que la ligne {line}</translation>
    </message>
    <message>
        <source>same name as line {line}, and no date of birth to tell them apart</source>
        <translation>même nom que la ligne {line}, sans date de naissance pour les distinguer</translation>
    </message>
    <message>
        <source>The file holds no text to import.</source>
        <translation>Le fichier ne contient aucun texte à importer.</translation>
    </message>
    <message>
        <source>No column is used for the patients&apos; names: choose the column of the family name (or of the full name).</source>
        <translation>Aucune colonne n’est utilisée pour les noms des patients&#xa0;: choisissez la colonne du nom de famille (ou du nom complet).</translation>
    </message>
    <message>
        <source>The file has column headings but no patients below them.</source>
        <translation>Le fichier a des en-têtes de colonnes mais aucun patient en dessous.</translation>
    </message>
    <message>
        <source>No line can be imported: every line has a problem or is a duplicate (see the lists).</source>
        <translation>Aucune ligne ne peut être importée&#xa0;: chaque ligne a un problème ou est un doublon (voir les listes).</translation>
    </message>
</context>
<context>
    <name>PatientImportService</name>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <extracomment>Rows between two progress reports (and two flushes of the unit of work).</extracomment>
        <translation>L’importation a été annulée&#xa0;; rien n’a été enregistré.</translation>
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
    <name>PatientRecord</name>
    <message>
        <source>Number</source>
        <extracomment>Text longer than this leaves a key-value table for a labelled paragraph (a table row never splits across pages, so a long note must not be a cell). A list of records with at most this many columns is one table; wider ones go one by one. Top-level keys laid out by hand; any other top-level key is laid out generically.</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Reason for care</source>
        <translation>Motif de consultation</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Discharge note</source>
        <translation>Note de fin de prise en charge</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Version du format</translation>
    </message>
    <message>
        <source>About this record</source>
        <translation>À propos de ce dossier</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Produced at</source>
        <translation>Produit le</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
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
        <source>Email</source>
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
        <source>Communication needs</source>
        <translation>Besoins de communication</translation>
    </message>
    <message>
        <source>Consent to store data</source>
        <translation>Consentement à la conservation des données</translation>
    </message>
    <message>
        <source>Consent to store data recorded on</source>
        <translation>Consentement à la conservation recueilli le</translation>
    </message>
    <message>
        <source>Consent to research use</source>
        <translation>Consentement à l’utilisation pour la recherche</translation>
    </message>
    <message>
        <source>Consent to research use recorded on</source>
        <translation>Consentement à la recherche recueilli le</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation>Archivé le</translation>
    </message>
    <message>
        <source>Record created at</source>
        <translation>Dossier créé le</translation>
    </message>
    <message>
        <source>Record updated at</source>
        <translation>Dossier mis à jour le</translation>
    </message>
    <message>
        <source>Courses of care</source>
        <translation>Épisodes de soins</translation>
    </message>
    <message>
        <source>Questionnaires without a visit</source>
        <translation>Questionnaires hors séance</translation>
    </message>
    <message>
        <source>Chart notes</source>
        <translation>Notes des graphiques</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Course of care</source>
        <translation>Épisode de soins</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Déclenchée le</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Prise en compte le</translation>
    </message>
    <message>
        <source>Practitioner&apos;s note</source>
        <translation>Note du praticien</translation>
    </message>
    <message>
        <source>Reflections about this patient&apos;s care</source>
        <translation>Réflexions sur les soins de ce patient</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
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
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <source>Patient&apos;s confidence (0-10)</source>
        <translation>Confiance du patient (0-10)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Toujours utilisée</translation>
    </message>
    <message>
        <source>Reviews at visits</source>
        <translation>Suivi en séance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>What got in the way</source>
        <translation>Ce qui a fait obstacle</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation>Mesure de la réussite</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
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
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <source>Revised at</source>
        <translation>Révisé le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <source>Progress at visits</source>
        <translation>Progression en séance</translation>
    </message>
    <message>
        <source>Rating (0-10)</source>
        <translation>Note (0-10)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <source>Pain before (0-10)</source>
        <translation>Douleur avant (0-10)</translation>
    </message>
    <message>
        <source>Pain after (0-10)</source>
        <translation>Douleur après (0-10)</translation>
    </message>
    <message>
        <source>Approach explained</source>
        <translation>Approche expliquée</translation>
    </message>
    <message>
        <source>Limits agreed</source>
        <translation>Limites convenues</translation>
    </message>
    <message>
        <source>Stop signal agreed</source>
        <translation>Signal d’arrêt convenu</translation>
    </message>
    <message>
        <source>Chaperone</source>
        <translation>Présence d’un tiers</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Comfort with touch (0-10)</source>
        <translation>Aisance avec le toucher (0-10)</translation>
    </message>
    <message>
        <source>Strain in the working relationship noticed</source>
        <translation>Tension remarquée dans la relation de travail</translation>
    </message>
    <message>
        <source>Repair tried</source>
        <translation>Réparation tentée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire id</source>
        <translation>Identifiant du questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Version du questionnaire</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Rempli par</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Rempli le</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Rectifications</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Beliefs and expectations</source>
        <translation>Croyances et attentes</translation>
    </message>
    <message>
        <source>What the patient reported</source>
        <translation>Ce que le patient a rapporté</translation>
    </message>
    <message>
        <source>Examination findings</source>
        <translation>Résultats de l’examen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Touch: notes</source>
        <translation>Toucher&#xa0;: notes</translation>
    </message>
    <message>
        <source>Options discussed</source>
        <translation>Options discutées</translation>
    </message>
    <message>
        <source>Patient&apos;s preference</source>
        <translation>Préférence du patient</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniques</translation>
    </message>
    <message>
        <source>Self-care agreed</source>
        <translation>Travail en autonomie convenu</translation>
    </message>
    <message>
        <source>Setting of care</source>
        <translation>Cadre des soins</translation>
    </message>
    <message>
        <source>Disruptions</source>
        <translation>Perturbations</translation>
    </message>
    <message>
        <source>Patient&apos;s state</source>
        <translation>État du patient</translation>
    </message>
    <message>
        <source>Practitioner&apos;s state</source>
        <translation>État du praticien</translation>
    </message>
    <message>
        <source>Strain in the working relationship: notes</source>
        <translation>Tension dans la relation de travail&#xa0;: notes</translation>
    </message>
    <message>
        <source>Repair: notes</source>
        <translation>Réparation&#xa0;: notes</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Copy of your record</source>
        <translation>Copie de votre dossier</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>{when} (visit no. {number})</source>
        <translation>{when} (séance n° {number})</translation>
    </message>
    <message>
        <source>{reason} (no. {number})</source>
        <extracomment>A course of care: its reason for care and its number</extracomment>
        <translation>{reason} (n° {number})</translation>
    </message>
    <message>
        <source>{heading} {index} of {count}</source>
        <extracomment>&quot;Amendments 2 of 3&quot;: one of a list of records, numbered</extracomment>
        <translation>{heading} {index} sur {count}</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucune donnée enregistrée.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Vos consentements</translation>
    </message>
    <message>
        <source>Course of care {index} of {count}</source>
        <translation>Épisode de soins {index} sur {count}</translation>
    </message>
    <message>
        <source>{heading}: {reason}</source>
        <extracomment>A course of care&apos;s heading and its reason for care</extracomment>
        <translation>{heading}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No goals were recorded in this course of care.</source>
        <translation>Aucun objectif n’a été enregistré dans cet épisode de soins.</translation>
    </message>
    <message>
        <source>Goal: {wording}</source>
        <translation>Objectif&#xa0;: {wording}</translation>
    </message>
    <message>
        <source>No visits were recorded in this course of care.</source>
        <translation>Aucune séance n’a été enregistrée dans cet épisode de soins.</translation>
    </message>
    <message>
        <source>Earlier version: {title}</source>
        <extracomment>An earlier wording of a goal</extracomment>
        <translation>Version précédente&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Strategy: {title}</source>
        <translation>Stratégie&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Visit on {when}</source>
        <translation>Séance du {when}</translation>
    </message>
    <message>
        <source>Questionnaire: {title}</source>
        <translation>Questionnaire&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <extracomment>A label and its value, in a line of facts</extracomment>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>you</source>
        <extracomment>Stands for the patient&apos;s name when the record holds none, as in &quot;Everything Alliance Desktop holds about you&quot; and &quot;Confidential: you&quot;</extracomment>
        <translation>vous</translation>
    </message>
    <message>
        <source>Everything {app} holds about {name}</source>
        <translation>Tout ce qu’{app} conserve sur {name}</translation>
    </message>
    <message>
        <source>This is a copy of your record as it is kept by {practice} in {app}, the practice&apos;s software; it was made on {made}. It holds the same information as the electronic (JSON) copy of your record, laid out to be read. Times are local times, and {empty} means nothing was recorded. Please ask if anything is unclear, or if anything in it is wrong.</source>
        <translation>Ceci est une copie de votre dossier tel qu’il est tenu par {practice} dans {app}, le logiciel du cabinet&#xa0;; elle a été faite le {made}. Elle contient les mêmes informations que la copie électronique (JSON) de votre dossier, mises en page pour être lues. Les heures sont des heures locales, et {empty} signifie que rien n’a été enregistré. N’hésitez pas à poser vos questions si quelque chose n’est pas clair, ou à signaler ce qui vous semble inexact.</translation>
    </message>
    <message>
        <source>your practitioner</source>
        <translation>votre praticien</translation>
    </message>
    <message>
        <source>Other parts of your record</source>
        <translation>Autres éléments de votre dossier</translation>
    </message>
    <message>
        <source>Questionnaires not answered at a visit</source>
        <translation>Questionnaires remplis hors séance</translation>
    </message>
    <message>
        <source>Events your practitioner marked on the charts of your care.</source>
        <translation>Les événements que votre praticien a notés sur les graphiques de vos soins.</translation>
    </message>
    <message>
        <source>Prompts the software showed your practitioner, for example when a check-in was missed or your ratings of our work together dropped.</source>
        <translation>Les rappels que le logiciel a affichés pour votre praticien, par exemple lorsqu’un questionnaire n’a pas été rempli ou que vos notes sur notre travail ensemble ont baissé.</translation>
    </message>
    <message>
        <source>Alert: {kind}</source>
        <translation>Alerte&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Reflections about your care</source>
        <translation>Réflexions sur vos soins</translation>
    </message>
    <message>
        <source>What your practitioner wrote to reflect on their work with you, as the record holds it (without their private notes).</source>
        <translation>Ce que votre praticien a écrit pour réfléchir à son travail avec vous, tel que le dossier le conserve (sans ses notes privées).</translation>
    </message>
    <message>
        <source>Each change made to your record: when, by whom and to what.</source>
        <translation>Chaque modification apportée à votre dossier&#xa0;: quand, par qui et sur quoi.</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <source>{format}, version {version}</source>
        <extracomment>The name of the record&apos;s data format and its version number</extracomment>
        <translation>{format}, version {version}</translation>
    </message>
    <message>
        <source>Record format: {format}.</source>
        <translation>Format du dossier&#xa0;: {format}.</translation>
    </message>
    <message>
        <source>Confidential: {name}</source>
        <extracomment>The running footer of the patient&apos;s copy of their record</extracomment>
        <translation>Confidentiel&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Everything this practice&apos;s Alliance Desktop holds about the patient named below: details and consents, courses of care with their goals, visits, corrections (amendments) and questionnaires, chart notes, alerts, the practitioner&apos;s reflections about the care (without their private notes) and the history of changes to the record.</source>
        <extracomment>The record&apos;s &quot;About this record&quot; text. The record stays English (a data format); the text is marked for the PDF of the record (``ui.reports.patient_record``), which shows it translated.</extracomment>
        <translation>Tout ce que le logiciel Alliance Desktop de ce cabinet contient au sujet du patient nommé ci-dessous&#xa0;: coordonnées et consentements, épisodes de soins avec leurs objectifs, séances, corrections (rectifications) et questionnaires, notes des graphiques, alertes, réflexions du praticien sur les soins (sans ses notes privées) et historique des modifications du dossier.</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <source>Patient</source>
        <extracomment>The columns&apos; headings in English (``headers()`` gives them translated).</extracomment>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Vu le</translation>
    </message>
    <message>
        <source>Alliance alerts</source>
        <translation>Alertes d’alliance</translation>
    </message>
    <message>
        <source>Patient #{number}</source>
        <translation>Patient n° {number}</translation>
    </message>
    <message>
        <source>{name}  (archived)</source>
        <translation>{name}  (archivé)</translation>
    </message>
    <message>
        <source>{count} alliance alert(s) need attention</source>
        <translation>{count} alerte(s) d’alliance demande(nt) votre attention</translation>
    </message>
    <message>
        <source>no alerts</source>
        <translation>aucune alerte</translation>
    </message>
    <message>
        <source>{count} alerts</source>
        <translation>{count} alerte(s)</translation>
    </message>
</context>
<context>
    <name>Patients</name>
    <message>
        <source>No consent to store data recorded</source>
        <translation>Aucun consentement à la conservation des données recueilli</translation>
    </message>
    <message>
        <source>Data storage consent; research use: yes</source>
        <translation>Consentement à la conservation des données&#xa0;; utilisation pour la recherche&#xa0;: oui</translation>
    </message>
    <message>
        <source>Data storage consent; research use: no</source>
        <translation>Consentement à la conservation des données&#xa0;; utilisation pour la recherche&#xa0;: non</translation>
    </message>
    <message>
        <source>Data storage consent ({date}); research use: yes</source>
        <translation>Consentement à la conservation des données ({date})&#xa0;; utilisation pour la recherche&#xa0;: oui</translation>
    </message>
    <message>
        <source>Data storage consent ({date}); research use: no</source>
        <translation>Consentement à la conservation des données ({date})&#xa0;; utilisation pour la recherche&#xa0;: non</translation>
    </message>
    <message>
        <source>A consent date cannot be in the future.</source>
        <translation>Une date de consentement ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>A consent date is set but the consent itself is not ticked.</source>
        <translation>Une date de consentement est indiquée, mais le consentement lui-même n’est pas coché.</translation>
    </message>
    <message>
        <source>{name} has the same name and date of birth. Is this the same person? Add the new patient only if it is not.</source>
        <translation>{name} a les mêmes nom et date de naissance. S’agit-il de la même personne&#xa0;? N’ajoutez le nouveau patient que si ce n’est pas le cas.</translation>
    </message>
    <message>
        <source>{name}, born {date}</source>
        <translation>{name}, né(e) le {date}</translation>
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
    <name>Practice</name>
    <message>
        <source>The PIN must be {low} to {high} digits.</source>
        <translation>Le code PIN doit comporter de {low} à {high} chiffres.</translation>
    </message>
    <message>
        <source>Choose a PIN that is not one digit repeated.</source>
        <translation>Choisissez un code PIN qui ne soit pas un seul chiffre répété.</translation>
    </message>
</context>
<context>
    <name>PracticeStats</name>
    <message>
        <source>The period ends ({end}) before it starts ({start}). Please choose an end date on or after the start date.</source>
        <extracomment>Pain improvement that counts as meaningful (&quot;much better&quot;): 2 points or 30% of the start. Episode ids per ``IN (...)`` list, well under SQLite&apos;s limit on bound parameters. Separators of a check-in&apos;s answers packed into one string (&quot;goal=9.0;task=10.0&quot;); item ids match ``^[a-z][a-z0-9_-]*$`` (the definition schema), so neither can occur in one.</extracomment>
        <translation>La période se termine ({end}) avant de commencer ({start}). Veuillez choisir une date de fin identique ou postérieure à la date de début.</translation>
    </message>
    <message>
        <source>Please give the start of the period as a date.</source>
        <translation>Veuillez indiquer le début de la période sous forme de date.</translation>
    </message>
    <message>
        <source>Please give the end of the period as a date.</source>
        <translation>Veuillez indiquer la fin de la période sous forme de date.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Last 3 years (a CPD cycle)</source>
        <translation>3 dernières années (un cycle de DPC)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage (French puts a non-breaking space before %)</extracomment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Patients with alliance alerts</source>
        <translation>Patients avec des alertes d’alliance</translation>
    </message>
    <message>
        <source>Check-in score chart</source>
        <translation>Graphique des scores des questionnaires</translation>
    </message>
    <message>
        <source>First and latest alliance chart</source>
        <translation>Graphique de l’alliance&#xa0;: premier et dernier score</translation>
    </message>
    <message>
        <source>Alliance and pain chart</source>
        <translation>Graphique de l’alliance et de la douleur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Patients with alerts&lt;/b&gt; (double-click to open)</source>
        <translation>&lt;b&gt;Patients avec alertes&lt;/b&gt; (double-cliquez pour ouvrir)</translation>
    </message>
    <message>
        <source>{period} · demo practice: every record is synthetic</source>
        <translation>{period} · cabinet de démonstration&#xa0;: tous les dossiers sont fictifs</translation>
    </message>
    <message>
        <source>Adding up the period…</source>
        <translation>Calcul des chiffres de la période…</translation>
    </message>
    <message>
        <source>The practice figures {problem}.</source>
        <translation>Chiffres du cabinet&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The practice figures could not be computed.</source>
        <translation>Les chiffres du cabinet n’ont pas pu être calculés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; visits</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; séances</translation>
    </message>
    <message>
        <source>{patients} patients, {episodes} episodes</source>
        <translation>{patients} patients, {episodes} épisodes</translation>
    </message>
    <message>
        <source>&lt;b&gt;{share}&lt;/b&gt; had a check-in</source>
        <translation>&lt;b&gt;{share}&lt;/b&gt; avec questionnaire</translation>
    </message>
    <message>
        <source>{count} of {total} visits</source>
        <translation>{count} séances sur {total}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{share}&lt;/b&gt; perfect scores</source>
        <translation>&lt;b&gt;{share}&lt;/b&gt; de scores parfaits</translation>
    </message>
    <message>
        <source>{count} of {total} check-ins: the ceiling; invite candour</source>
        <translation>{count} questionnaires sur {total}&#xa0;: le plafond&#xa0;; invitez à la franchise</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; patients with open alerts</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; patients avec des alertes ouvertes</translation>
    </message>
    <message>
        <source>of {count} patients seen</source>
        <translation>sur {count} patients vus</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; strains noticed</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; tensions remarquées</translation>
    </message>
    <message>
        <source>{repairs} with a repair tried; {recovered} followed by recovery ({followed} had a later check-in)</source>
        <translation>{repairs} avec une réparation tentée&#xa0;; {recovered} suivies d’un rétablissement ({followed} avec un questionnaire ultérieur)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{first} → {latest}&lt;/b&gt; alliance</source>
        <translation>&lt;b&gt;{first} → {latest}&lt;/b&gt; alliance</translation>
    </message>
    <message>
        <source>first to latest check-in, {count} episodes</source>
        <translation>du premier au dernier questionnaire, {count} épisodes</translation>
    </message>
    <message>
        <source>&lt;b&gt;{share}&lt;/b&gt; much better</source>
        <translation>&lt;b&gt;{share}&lt;/b&gt; nettement mieux</translation>
    </message>
    <message>
        <source>pain down 2 points or 30%, {count} episodes</source>
        <translation>douleur en baisse de 2 points ou 30&#xa0;%, {count} épisodes</translation>
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
    <name>Questionnaires</name>
    <message>
        <source>An activity name was given for an item with no answer.</source>
        <translation>Un nom d’activité a été donné pour une question sans réponse.</translation>
    </message>
    <message>
        <source>A questionnaire needs at least one answer.</source>
        <translation>Un questionnaire doit comporter au moins une réponse.</translation>
    </message>
    <message>
        <source>This visit belongs to another patient.</source>
        <translation>Cette séance appartient à un autre patient.</translation>
    </message>
    <message>
        <source>This visit is signed; your own rating can no longer be changed. Add an amendment instead.</source>
        <translation>Cette séance est signée&#xa0;; votre propre évaluation ne peut plus être modifiée. Ajoutez plutôt une rectification.</translation>
    </message>
    <message>
        <source>Please give when the questionnaire was answered.</source>
        <translation>Veuillez indiquer quand le questionnaire a été rempli.</translation>
    </message>
    <message>
        <source>A questionnaire cannot be answered in the future.</source>
        <translation>Un questionnaire ne peut pas être rempli dans le futur.</translation>
    </message>
    <message>
        <source>This questionnaire belongs to a signed visit and cannot be removed.</source>
        <translation>Ce questionnaire appartient à une séance signée et ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>There is no patient with number {number}.</source>
        <extracomment>&quot;There is no &lt;kind&gt; with number N.&quot;, one whole sentence per kind of record (so that a translation can make its articles and elisions agree with the kind).</extracomment>
        <translation>Il n’y a pas de patient portant le numéro {number}.</translation>
    </message>
    <message>
        <source>There is no episode with number {number}.</source>
        <translation>Il n’y a pas d’épisode de soins portant le numéro {number}.</translation>
    </message>
    <message>
        <source>There is no visit with number {number}.</source>
        <translation>Il n’y a pas de séance portant le numéro {number}.</translation>
    </message>
    <message>
        <source>There is no goal with number {number}.</source>
        <translation>Il n’y a pas d’objectif portant le numéro {number}.</translation>
    </message>
    <message>
        <source>There is no strategy with number {number}.</source>
        <translation>Il n’y a pas de stratégie portant le numéro {number}.</translation>
    </message>
    <message>
        <source>There is no alert with number {number}.</source>
        <translation>Il n’y a pas d’alerte portant le numéro {number}.</translation>
    </message>
    <message>
        <source>There is no questionnaire with number {number}.</source>
        <translation>Il n’y a pas de questionnaire portant le numéro {number}.</translation>
    </message>
    <message>
        <source>There is no reflection with number {number}.</source>
        <translation>Il n’y a pas de réflexion portant le numéro {number}.</translation>
    </message>
    <message>
        <source>There is no chart note with number {number}.</source>
        <translation>Il n’y a pas de note de graphique portant le numéro {number}.</translation>
    </message>
    <message>
        <source>There is no {what} with number {number}.</source>
        <translation>Aucun élément «&#xa0;{what}&#xa0;» ne porte le numéro {number}.</translation>
    </message>
</context>
<context>
    <name>Reflection</name>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>What happened, what you noticed, what you take from it.</source>
        <translation>Ce qui s’est passé, ce que vous avez remarqué, ce que vous en retenez.</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Quoi&#xa0;?</translation>
    </message>
    <message>
        <source>What happened? Who was there, what was said and done?</source>
        <translation>Que s’est-il passé&#xa0;? Qui était présent, qu’est-ce qui a été dit et fait&#xa0;?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>Et alors&#xa0;?</translation>
    </message>
    <message>
        <source>What does it mean for this patient&apos;s care and for the way you work together?</source>
        <translation>Qu’est-ce que cela signifie pour la prise en charge de ce patient et pour votre façon de travailler ensemble&#xa0;?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>Et maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>What will you do differently, and how will you know?</source>
        <translation>Que ferez-vous différemment, et comment saurez-vous que cela a changé&#xa0;?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What happened, in plain facts?</source>
        <translation>Que s’est-il passé, en vous en tenant aux faits&#xa0;?</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Ressentis</translation>
    </message>
    <message>
        <source>What were you thinking and feeling at the time?</source>
        <translation>Que pensiez-vous et que ressentiez-vous sur le moment&#xa0;?</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>What went well, and what did not?</source>
        <translation>Qu’est-ce qui s’est bien passé, et qu’est-ce qui ne s’est pas bien passé&#xa0;?</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Why did it go that way? What helps you make sense of it?</source>
        <translation>Pourquoi les choses se sont-elles passées ainsi&#xa0;? Qu’est-ce qui vous aide à les comprendre&#xa0;?</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>What else could you have done?</source>
        <translation>Qu’auriez-vous pu faire d’autre&#xa0;?</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>If it happened again, what would you do?</source>
        <translation>Si cela se reproduisait, que feriez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Do we still agree on what the care is for? Whose words are the goals in?</source>
        <translation>Sommes-nous toujours d’accord sur le but de la prise en charge&#xa0;? Avec les mots de qui les objectifs sont-ils formulés&#xa0;?</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Does the way we work suit the patient? Did we decide it together?</source>
        <translation>Notre façon de travailler convient-elle au patient&#xa0;? L’avons-nous décidée ensemble&#xa0;?</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Did the patient seem heard, safe and respected? Did I?</source>
        <translation>Le patient a-t-il semblé écouté, en sécurité et respecté&#xa0;? Et moi&#xa0;?</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Did I listen, explain clearly and invite questions?</source>
        <translation>Ai-je écouté, expliqué clairement et invité aux questions&#xa0;?</translation>
    </message>
    <message>
        <source>Consent and touch</source>
        <translation>Consentement et toucher</translation>
    </message>
    <message>
        <source>Was consent clear and ongoing? How did touch land today?</source>
        <translation>Le consentement était-il clair et maintenu tout au long de la séance&#xa0;? Comment le toucher a-t-il été reçu aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>What about the room, the timing or our moods shaped the visit?</source>
        <translation>Qu’est-ce qui, dans la salle, le moment ou nos humeurs, a influencé la séance&#xa0;?</translation>
    </message>
    <message>
        <source>Private: transference and countertransference</source>
        <translation>Privé&#xa0;: transfert et contre-transfert</translation>
    </message>
    <message>
        <source>What did I feel towards this patient, and what might they be bringing to me? (Stays on this computer: never included in a report or a patient&apos;s data export.)</source>
        <translation>Qu’ai-je ressenti envers ce patient, et que m’apporte-t-il peut-être de lui-même&#xa0;? (Reste sur cet ordinateur&#xa0;: jamais inclus dans un rapport ni dans l’export des données d’un patient.)</translation>
    </message>
</context>
<context>
    <name>ReflectionPane</name>
    <message>
        <source>New reflection</source>
        <extracomment>The most minutes one reflection may record (a full week of CPD). A new reflection&apos;s title, in English (``new_title`` gives it translated).</extracomment>
        <translation>Nouvelle réflexion</translation>
    </message>
    <message>
        <source>CPD cycle {start} – {end}: {summary} — all requirements met</source>
        <translation>Cycle de DPC du {start} au {end}&#xa0;: {summary} — toutes les exigences sont satisfaites</translation>
    </message>
    <message>
        <source>CPD cycle {start} – {end}: {summary}</source>
        <translation>Cycle de DPC du {start} au {end}&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Reflections and CPD</source>
        <translation>Réflexions et DPC</translation>
    </message>
    <message>
        <source>CPD progress</source>
        <extracomment>text of every section ever typed in this reflection, shown or not (key -&gt; text)</extracomment>
        <translation>Avancement du DPC</translation>
    </message>
    <message>
        <source>A three-year cycle needs {hours} hours of CPD, at least {with_others} learning with others, all four themes, one objective activity and one communication and consent activity.</source>
        <translation>Un cycle de trois ans exige {hours} heures de DPC, dont au moins {with_others} d’apprentissage avec d’autres, les quatre thèmes, une activité objective et une activité de communication et consentement.</translation>
    </message>
    <message>
        <source>Show reflections for CPD theme</source>
        <translation>Afficher les réflexions du thème de DPC</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Show reflections about</source>
        <translation>Afficher les réflexions concernant</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>Selected patient</source>
        <translation>Patient sélectionné</translation>
    </message>
    <message>
        <source>Journal only (no patient)</source>
        <translation>Journal seul (aucun patient)</translation>
    </message>
    <message>
        <source>Show reflections with tag</source>
        <translation>Afficher les réflexions avec l’étiquette</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivées</translation>
    </message>
    <message>
        <source>Show archived reflections</source>
        <translation>Afficher les réflexions archivées</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Whose</source>
        <translation>&amp;Concernant</translation>
    </message>
    <message>
        <source>Ta&amp;g</source>
        <translation>Éti&amp;quette</translation>
    </message>
    <message>
        <source>Start a new reflection dated today</source>
        <translation>Commencer une nouvelle réflexion datée d’aujourd’hui</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>No reflection is open.

Choose one from the list on the left, or press “New reflection” to start writing.</source>
        <translation>Aucune réflexion n’est ouverte.

Choisissez-en une dans la liste de gauche, ou appuyez sur «&#xa0;Nouvelle réflexion&#xa0;» pour commencer à écrire.</translation>
    </message>
    <message>
        <source>This reflection is archived: it is left out of the CPD totals. Press “Restore” at the bottom to bring it back.</source>
        <translation>Cette réflexion est archivée&#xa0;: elle n’est pas comptée dans les totaux de DPC. Appuyez sur «&#xa0;Restaurer&#xa0;» en bas pour la rétablir.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>A few words to find it again</source>
        <translation>Quelques mots pour la retrouver</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reflective model</source>
        <translation>Modèle de réflexion</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Think about the alliance: </source>
        <translation>Pensez à l’alliance&#xa0;: </translation>
    </message>
    <message>
        <source>Questions about the alliance</source>
        <translation>Questions sur l’alliance</translation>
    </message>
    <message>
        <source>Only for you. Never printed, reported or exported.</source>
        <translation>Pour vous seul. Jamais imprimé, repris dans un rapport ni exporté.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>e.g. consent, rupture, peer</source>
        <translation>p. ex. consentement, rupture, pairs</translation>
    </message>
    <message>
        <source>Words to find this reflection, separated by commas</source>
        <translation>Des mots pour retrouver cette réflexion, séparés par des virgules</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Étiq&amp;uettes</translation>
    </message>
    <message>
        <source>CPD record</source>
        <translation>Relevé de DPC</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Time spent, in whole minutes from 0 to {maximum}</source>
        <translation>Temps passé, en minutes entières de 0 à {maximum}</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>Mi&amp;nutes</source>
        <translation>Mi&amp;nutes</translation>
    </message>
    <message>
        <source>Learning with others</source>
        <translation>Apprentissage avec d’autres</translation>
    </message>
    <message>
        <source>Theme {theme}</source>
        <translation>Thème {theme}</translation>
    </message>
    <message>
        <source>Objective activity (feedback, outcomes, case discussion, observation, audit)</source>
        <translation>Activité objective (retours, résultats, discussion de cas, observation, audit)</translation>
    </message>
    <message>
        <source>Objective activity</source>
        <translation>Activité objective</translation>
    </message>
    <message>
        <source>Communication and consent</source>
        <translation>Communication et consentement</translation>
    </message>
    <message>
        <source>Communication and consent activity</source>
        <translation>Activité de communication et consentement</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Archive this reflection</source>
        <translation>Archiver cette réflexion</translation>
    </message>
    <message>
        <source>Archived reflections leave the list and the CPD totals; tick “Show archived” to find and restore them.</source>
        <translation>Les réflexions archivées quittent la liste et les totaux de DPC&#xa0;; cochez «&#xa0;Afficher les archivées&#xa0;» pour les retrouver et les restaurer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore this reflection</source>
        <translation>Restaurer cette réflexion</translation>
    </message>
    <message>
        <source>Also kept from another model (not shown here, still saved): {sections}. Switch the model back to see it.</source>
        <translation>Également conservé d’un autre modèle (non affiché ici, toujours enregistré)&#xa0;: {sections}. Revenez à ce modèle pour le voir.</translation>
    </message>
    <message>
        <source>Reflection on the visit of {date}</source>
        <translation>Réflexion sur la séance du {date}</translation>
    </message>
    <message>
        <source>Reflection on a patient</source>
        <translation>Réflexion sur un patient</translation>
    </message>
    <message>
        <source>No reflections match these filters. Choose “All themes”, “All entries” and clear the tag to see every reflection.</source>
        <translation>Aucune réflexion ne correspond à ces filtres. Choisissez «&#xa0;Tous les thèmes&#xa0;», «&#xa0;Toutes les entrées&#xa0;» et effacez l’étiquette pour voir toutes les réflexions.</translation>
    </message>
    <message>
        <source>No reflections yet. Press “New reflection” to write your first one; it counts towards your CPD once you add the minutes.</source>
        <translation>Pas encore de réflexion. Appuyez sur «&#xa0;Nouvelle réflexion&#xa0;» pour écrire la première&#xa0;; elle compte pour votre DPC dès que vous ajoutez les minutes.</translation>
    </message>
    <message>
        <source>{count} reflection</source>
        <translation>{count} réflexion</translation>
    </message>
    <message>
        <source>{count} reflections</source>
        <comment>0</comment>
        <translation>{count} réflexion</translation>
    </message>
    <message>
        <source>{count} reflections</source>
        <translation>{count} réflexions</translation>
    </message>
    <message>
        <source>Journal</source>
        <comment>a reflection about no patient</comment>
        <translation>Journal</translation>
    </message>
    <message>
        <source>{about} · themes {themes}</source>
        <translation>{about} · thèmes {themes}</translation>
    </message>
    <message>
        <source>{about} · archived</source>
        <translation>{about} · archivée</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>The open reflection cannot be saved as typed: {problem}

Leave it and lose the last change?</source>
        <translation>La réflexion ouverte ne peut pas être enregistrée telle quelle&#xa0;: {problem}

La quitter et perdre la dernière modification&#xa0;?</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>La quitter</translation>
    </message>
    <message>
        <source>Stay and correct it</source>
        <translation>Rester et corriger</translation>
    </message>
    <message>
        <source>The last change cannot be saved as typed: {problem}

Archive the reflection without that change?</source>
        <translation>La dernière modification ne peut pas être enregistrée telle quelle&#xa0;: {problem}

Archiver la réflexion sans cette modification&#xa0;?</translation>
    </message>
    <message>
        <source>Archive without it</source>
        <translation>Archiver sans elle</translation>
    </message>
    <message>
        <source>The last change cannot be saved as typed: {problem}

Restore the reflection without that change?</source>
        <translation>La dernière modification ne peut pas être enregistrée telle quelle&#xa0;: {problem}

Restaurer la réflexion sans cette modification&#xa0;?</translation>
    </message>
    <message>
        <source>Restore without it</source>
        <translation>Restaurer sans elle</translation>
    </message>
    <message>
        <source>Journal entry (not about a patient)</source>
        <translation>Entrée de journal (ne concerne pas un patient)</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Concerne {name}</translation>
    </message>
    <message>
        <source>About {name} · visit of {date}</source>
        <translation>Concerne {name} · séance du {date}</translation>
    </message>
    <message>
        <source>min = {hours} h</source>
        <translation>min = {hours} h</translation>
    </message>
    <message>
        <source>Please enter the date.</source>
        <translation>Veuillez saisir la date.</translation>
    </message>
    <message>
        <source>A reflection cannot be dated in the future.</source>
        <translation>Une réflexion ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>Please give the reflection a title.</source>
        <translation>Veuillez donner un titre à la réflexion.</translation>
    </message>
    <message>
        <source>No reflection is open.</source>
        <translation>Aucune réflexion n’est ouverte.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Not saved yet: {message}</source>
        <translation>Pas encore enregistré&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Could not save: {message}</source>
        <translation>Impossible d’enregistrer&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>Reflections</name>
    <message>
        <source>A reflection cannot be dated in the future.</source>
        <translation>Une réflexion ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>This visit belongs to another patient.</source>
        <translation>Cette séance appartient à un autre patient.</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>Your practice</source>
        <extracomment>Figures resting on fewer records than this carry a caution in the feedback summary. How many reflection titles the Peer Discussion Review lists per theme.</extracomment>
        <translation>Votre cabinet</translation>
    </message>
    <message>
        <source>Goals and progress</source>
        <translation>Objectifs et progression</translation>
    </message>
    <message>
        <source>Agreed plan and self-care</source>
        <translation>Plan convenu et travail en autonomie</translation>
    </message>
    <message>
        <source>Pain, first and latest</source>
        <translation>Douleur, première et dernière mesure</translation>
    </message>
    <message>
        <source>Everyday activities (function)</source>
        <translation>Activités quotidiennes (fonction)</translation>
    </message>
    <message>
        <source>Pain and goal charts</source>
        <translation>Graphiques de la douleur et des objectifs</translation>
    </message>
    <message>
        <source>Alliance chart (the patient&apos;s own ratings)</source>
        <translation>Graphique de l’alliance (les notes du patient lui-même)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a report section (choose from: {allowed}).</source>
        <extracomment>Ticked unless the practitioner unticks them; the alliance chart is asked for explicitly. pain at or under this is a meaningful improvement on the first score (2 points or 30%)</extracomment>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une section de rapport (choisissez parmi&#xa0;: {allowed}).</translation>
    </message>
    <message>
        <source>No check-ins in this period: there is nothing to summarise yet.</source>
        <translation>Aucun questionnaire sur cette période&#xa0;: il n’y a encore rien à résumer.</translation>
    </message>
    <message>
        <source>Based on {count} scored check-ins only: read the figures with care.</source>
        <translation>Calculé sur {count} questionnaire(s) noté(s) seulement&#xa0;: interprétez les chiffres avec prudence.</translation>
    </message>
    <message>
        <source>Half or more of the check-ins were perfect scores (the ceiling): patients may not feel free to criticise. Drops and low single items say more than the totals.</source>
        <translation>La moitié ou plus des questionnaires ont obtenu un score parfait (le plafond)&#xa0;: les patients ne se sentent peut-être pas libres de critiquer. Les baisses et les réponses basses à une question en disent plus que les totaux.</translation>
    </message>
    <message>
        <source>{hours} more hours of CPD</source>
        <translation>encore {hours}&#xa0;h de DPC</translation>
    </message>
    <message>
        <source>{hours} more hours learning with others</source>
        <translation>encore {hours}&#xa0;h d’apprentissage avec d’autres</translation>
    </message>
    <message>
        <source>an activity in theme {theme}</source>
        <translation>une activité du thème {theme}</translation>
    </message>
    <message>
        <source>an objective activity (for example a patient feedback summary)</source>
        <translation>une activité objective (par exemple une synthèse des retours des patients)</translation>
    </message>
    <message>
        <source>a communication and consent activity</source>
        <translation>une activité de communication et consentement</translation>
    </message>
    <message>
        <source>This episode belongs to another patient.</source>
        <translation>Cet épisode de soins appartient à un autre patient.</translation>
    </message>
    <message>
        <source>Activity {number}</source>
        <translation>Activité {number}</translation>
    </message>
    <message>
        <source>Please give the first day of the cycle.</source>
        <translation>Veuillez indiquer le premier jour du cycle.</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours}&#xa0;h</translation>
    </message>
    <message>
        <source>at least one activity</source>
        <translation>au moins une activité</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>A CPD requirement that is met</extracomment>
        <translation>fait</translation>
    </message>
    <message>
        <source>CPD hours</source>
        <translation>Heures de DPC</translation>
    </message>
    <message>
        <source>Learning with others</source>
        <translation>Apprentissage avec d’autres</translation>
    </message>
    <message>
        <source>Theme {theme}</source>
        <translation>Thème {theme}</translation>
    </message>
    <message>
        <source>covered</source>
        <extracomment>A CPD theme with at least one activity</extracomment>
        <translation>couvert</translation>
    </message>
    <message>
        <source>Objective activity</source>
        <translation>Activité objective</translation>
    </message>
    <message>
        <source>at least one</source>
        <extracomment>An objective activity: at least one is required in a CPD cycle</extracomment>
        <translation>au moins une</translation>
    </message>
    <message>
        <source>Communication and consent</source>
        <translation>Communication et consentement</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Feuille de calcul CSV</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Last 3 years (a CPD cycle)</source>
        <translation>3 dernières années (un cycle de DPC)</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>Goals and progress</source>
        <translation>Objectifs et progression</translation>
    </message>
    <message>
        <source>Agreed plan and self-care</source>
        <translation>Plan convenu et travail en autonomie</translation>
    </message>
    <message>
        <source>Pain, first and latest</source>
        <translation>Douleur, première et dernière mesure</translation>
    </message>
    <message>
        <source>Everyday activities (function)</source>
        <translation>Activités quotidiennes (fonction)</translation>
    </message>
    <message>
        <source>Pain and goal charts</source>
        <translation>Graphiques de la douleur et des objectifs</translation>
    </message>
    <message>
        <source>Alliance chart (the patient&apos;s own ratings)</source>
        <translation>Graphique de l’alliance (les notes du patient lui-même)</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Bilan d’évolution</translation>
    </message>
    <message>
        <source>Patient feedback summary</source>
        <translation>Synthèse des retours des patients</translation>
    </message>
    <message>
        <source>CPD record</source>
        <translation>Relevé de DPC</translation>
    </message>
    <message>
        <source>Choose a patient first.</source>
        <translation>Choisissez d’abord un patient.</translation>
    </message>
    <message>
        <source>Choose the period first.</source>
        <translation>Choisissez d’abord la période.</translation>
    </message>
    <message>
        <source>Choose the first day of the CPD cycle.</source>
        <translation>Choisissez le premier jour du cycle de DPC.</translation>
    </message>
    <message>
        <source>What goes in</source>
        <extracomment>tests replace this to pick a file without a native dialog: (parent, title, suggested path, filters) -&gt; chosen path, &quot;&quot; if cancelled tests replace this to answer the print dialog: (dialog) -&gt; accepted</extracomment>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>Préparation du rapport</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop preparing the report</source>
        <translation>Arrêter la préparation du rapport</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Episode of care</source>
        <translation>Épisode de soins</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections&#xa0;:</translation>
    </message>
    <message>
        <source>Only what a patient or referrer should read: no clinical notes, no reflections, nothing about strains. The alliance chart shows the patient&apos;s own ratings only.</source>
        <translation>Uniquement ce qu’un patient ou le professionnel qui l’a adressé doit lire&#xa0;: ni notes cliniques, ni réflexions, rien sur les tensions. Le graphique de l’alliance ne montre que les notes données par le patient lui-même.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>A date, for example 4 Mar 2025</source>
        <translation>Une date, par exemple 4 mars 2025</translation>
    </message>
    <message>
        <source>Practitioner&apos;s reflection</source>
        <translation>Réflexion du praticien</translation>
    </message>
    <message>
        <source>Optional: your reflection on these figures. Leave it empty to write by hand on the printed page.</source>
        <translation>Facultatif&#xa0;: votre réflexion sur ces chiffres. Laissez vide pour écrire à la main sur la page imprimée.</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>The first day of the period</extracomment>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>The last day of the period</extracomment>
        <translation>Au</translation>
    </message>
    <message>
        <source>Practitioner&apos;s reflection:</source>
        <translation>Réflexion du praticien&#xa0;:</translation>
    </message>
    <message>
        <source>De-identified: counts and scores only, no patient is named.</source>
        <translation>Dépersonnalisé&#xa0;: uniquement des effectifs et des scores, aucun patient n’est nommé.</translation>
    </message>
    <message>
        <source>First day of the CPD cycle</source>
        <translation>Premier jour du cycle de DPC</translation>
    </message>
    <message>
        <source>Cycle from</source>
        <translation>Cycle du</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>The CPD cycle runs from one date &quot;to&quot; another</extracomment>
        <translation>au</translation>
    </message>
    <message>
        <source>Every reflection&apos;s date, hours, themes and activity type, the totals against the cycle&apos;s requirements, and a summary for the Peer Discussion Review. The text of reflections and their private section are never included.</source>
        <translation>Pour chaque réflexion, la date, les heures, les thèmes et le type d’activité&#xa0;; les totaux au regard des exigences du cycle, et une synthèse pour l’entretien entre pairs (Peer Discussion Review). Le texte des réflexions et leur partie privée n’y figurent jamais.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Stopped. Change an option to prepare the report again.</source>
        <translation>Arrêté. Modifiez une option pour préparer à nouveau le rapport.</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>The report could not be prepared</source>
        <translation>Le rapport n’a pas pu être préparé</translation>
    </message>
    <message>
        <source>{what}: {detail}</source>
        <extracomment>What failed, and why</extracomment>
        <translation>{what}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>progress-report-{name}-{date}</source>
        <extracomment>A file name: lowercase words joined by hyphens, no spaces or accents</extracomment>
        <translation>bilan-evolution-{name}-{date}</translation>
    </message>
    <message>
        <source>patient-feedback-{start}-to-{end}</source>
        <extracomment>A file name: lowercase words joined by hyphens, no spaces or accents</extracomment>
        <translation>retours-patients-{start}-au-{end}</translation>
    </message>
    <message>
        <source>cpd-record-{start}-to-{end}</source>
        <extracomment>A file name: lowercase words joined by hyphens, no spaces or accents</extracomment>
        <translation>releve-dpc-{start}-au-{end}</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Save the CPD record as CSV</source>
        <translation>Enregistrer le relevé de DPC en CSV</translation>
    </message>
    <message>
        <source>The CSV was not saved</source>
        <translation>Le CSV n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Sent {count} pages to the printer.</source>
        <translation>{count} pages envoyées à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Page {number} of {total}</source>
        <extracomment>Layout units per inch: a tenth of a point. indexes of rows drawn as totals (bold, shaded) first column bold (key-value tables) Line height as a share of the font&apos;s natural line height.</extracomment>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>Prepared {date}</source>
        <extracomment>The day the report was made</extracomment>
        <translation>Établi le {date}</translation>
    </message>
    <message>
        <source>The report could not be drawn on its page device.</source>
        <translation>Le rapport n’a pas pu être dessiné sur son support de page.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Progress report</source>
        <translation>Bilan d’évolution</translation>
    </message>
    <message>
        <source>Patient feedback summary</source>
        <translation>Synthèse des retours des patients</translation>
    </message>
    <message>
        <source>CPD record</source>
        <translation>Relevé de DPC</translation>
    </message>
    <message>
        <source>Practitioner&apos;s reflection</source>
        <translation>Réflexion du praticien</translation>
    </message>
    <message>
        <source>How you rated our work together</source>
        <translation>Comment vous avez évalué notre travail ensemble</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <extracomment>A percentage (French puts a non-breaking space before %)</extracomment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{name} (registration {number})</source>
        <extracomment>The practitioner and their registration number with the regulator</extracomment>
        <translation>{name} (n° d’inscription {number})</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>{start} (continuing)</source>
        <extracomment>An episode of care still open</extracomment>
        <translation>depuis le {start} (en cours)</translation>
    </message>
    <message>
        <source>{count} ({first} to {latest})</source>
        <translation>{count} (du {first} au {latest})</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Reason for care</source>
        <translation>Motif de consultation</translation>
    </message>
    <message>
        <source>No episode of care recorded</source>
        <translation>Aucun épisode de soins enregistré</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>{author}, {practice}</source>
        <translation>{author}, {practice}</translation>
    </message>
    <message>
        <source>At the end of visits you rated, from 0 to 10, how much you trusted the care, how we got on, whether we worked on what matters to you, and whether the way we worked suited you. Gaps are visits without a rating.</source>
        <translation>À la fin des séances, vous avez noté de 0 à 10 votre confiance dans les soins, la qualité de notre relation, si nous avons travaillé sur ce qui compte pour vous, et si notre façon de travailler vous convenait. Les interruptions de la courbe correspondent aux séances sans note.</translation>
    </message>
    <message>
        <source>Your own ratings at each visit (0-10).</source>
        <translation>Vos propres notes à chaque séance (0-10).</translation>
    </message>
    <message>
        <source>This report summarises goals, progress and what we agreed. It does not include clinical notes. Please ask if anything is unclear.</source>
        <translation>Ce bilan résume les objectifs, les progrès et ce que nous avons convenu. Il ne contient pas de notes cliniques. N’hésitez pas à poser vos questions si quelque chose n’est pas clair.</translation>
    </message>
    <message>
        <source>Confidential: {name}</source>
        <extracomment>The running footer of a report about one patient</extracomment>
        <translation>Confidentiel&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{score}/10 ({date})</source>
        <translation>{score}/10 ({date})</translation>
    </message>
    <message>
        <source>Your goals and progress</source>
        <translation>Vos objectifs et vos progrès</translation>
    </message>
    <message>
        <source>No goals have been recorded for this episode yet.</source>
        <translation>Aucun objectif n’a encore été enregistré pour cet épisode.</translation>
    </message>
    <message>
        <source>The goals we agreed, in your own words. Progress is rated from 0 (not started) to 10 (goal reached).</source>
        <translation>Les objectifs que nous avons convenus, avec vos propres mots. La progression est notée de 0 (pas commencé) à 10 (objectif atteint).</translation>
    </message>
    <message>
        <source>How we will know: {measure}</source>
        <translation>Comment nous le saurons&#xa0;: {measure}</translation>
    </message>
    <message>
        <source>Reached</source>
        <extracomment>A goal&apos;s status: achieved</extracomment>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>First</source>
        <extracomment>The first progress rating of a goal</extracomment>
        <translation>Première note</translation>
    </message>
    <message>
        <source>Latest</source>
        <extracomment>The latest progress rating of a goal</extracomment>
        <translation>Dernière note</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>What we agreed</source>
        <translation>Ce que nous avons convenu</translation>
    </message>
    <message>
        <source>No plan has been agreed at a completed visit yet.</source>
        <translation>Aucun plan n’a encore été convenu lors d’une séance terminée.</translation>
    </message>
    <message>
        <source>At the visit of {date}:</source>
        <translation>Lors de la séance du {date}&#xa0;:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Travail en autonomie</translation>
    </message>
    <message>
        <source>What each of us does</source>
        <translation>Ce que chacun de nous fait</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>For the goal</source>
        <translation>Pour l’objectif</translation>
    </message>
    <message>
        <source>Pain before treatment went from {first} to {latest} ({points} point less): a meaningful improvement (2 points, or 30% of where it started).</source>
        <translation>La douleur avant le traitement est passée de {first} à {latest} ({points} point de moins)&#xa0;: une amélioration significative (2 points, ou 30&#xa0;% du niveau de départ).</translation>
    </message>
    <message>
        <source>Pain before treatment went from {first} to {latest} ({points} point less).</source>
        <translation>La douleur avant le traitement est passée de {first} à {latest} ({points} point de moins).</translation>
    </message>
    <message>
        <source>Pain before treatment went from {first} to {latest} ({points} points less): a meaningful improvement (2 points, or 30% of where it started).</source>
        <translation>La douleur avant le traitement est passée de {first} à {latest} ({points} points de moins)&#xa0;: une amélioration significative (2 points, ou 30&#xa0;% du niveau de départ).</translation>
    </message>
    <message>
        <source>Pain before treatment went from {first} to {latest} ({points} points less).</source>
        <translation>La douleur avant le traitement est passée de {first} à {latest} ({points} points de moins).</translation>
    </message>
    <message>
        <source>Pain before treatment is the same as at the start ({score}).</source>
        <translation>La douleur avant le traitement est la même qu’au début ({score}).</translation>
    </message>
    <message>
        <source>Pain before treatment went from {first} to {latest}.</source>
        <translation>La douleur avant le traitement est passée de {first} à {latest}.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>No pain scores were recorded in this episode.</source>
        <translation>Aucun score de douleur n’a été enregistré dans cet épisode.</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <source>Latest visit</source>
        <translation>Dernière séance</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst imaginable), before and after treatment.</source>
        <translation>Douleur de 0 (aucune) à 10 (la pire imaginable), avant et après le traitement.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Before treatment</source>
        <translation>Avant le traitement</translation>
    </message>
    <message>
        <source>After treatment</source>
        <translation>Après le traitement</translation>
    </message>
    <message>
        <source>Everyday activities</source>
        <translation>Activités quotidiennes</translation>
    </message>
    <message>
        <source>Activities you named, rated from 0 (unable to do it) to 10 (as well as before).</source>
        <translation>Les activités que vous avez citées, notées de 0 (impossible à faire) à 10 (aussi bien qu’avant).</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>First ({date})</source>
        <extracomment>The first answers to a questionnaire, and their date</extracomment>
        <translation>Premières réponses ({date})</translation>
    </message>
    <message>
        <source>Latest ({date})</source>
        <extracomment>The latest answers to a questionnaire, and their date</extracomment>
        <translation>Dernières réponses ({date})</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Pain before and after each visit; the shaded band is a meaningful improvement.</source>
        <translation>Douleur avant et après chaque séance&#xa0;; la zone ombrée correspond à une amélioration significative.</translation>
    </message>
    <message>
        <source>Progress on each goal at each visit (0-10).</source>
        <translation>Progression de chaque objectif à chaque séance (0-10).</translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation>Moins de 5</translation>
    </message>
    <message>
        <source>5 to under 7</source>
        <translation>De 5 à moins de 7</translation>
    </message>
    <message>
        <source>7 to under 9</source>
        <translation>De 7 à moins de 9</translation>
    </message>
    <message>
        <source>9 to under 10</source>
        <translation>De 9 à moins de 10</translation>
    </message>
    <message>
        <source>10 (the ceiling)</source>
        <translation>10 (le plafond)</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>{count} patients</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>{count} séances</translation>
    </message>
    <message>
        <source>{count} episodes</source>
        <translation>{count} épisodes</translation>
    </message>
    <message>
        <source>De-identified and aggregated: counts and scores only, no patient is named. The check-in is the patient&apos;s own rating of the alliance at the end of a visit, from 0 to 10 (the mean of its answers).</source>
        <translation>Dépersonnalisé et agrégé&#xa0;: uniquement des effectifs et des scores, aucun patient n’est nommé. Le questionnaire de fin de séance est l’évaluation de l’alliance par le patient lui-même, de 0 à 10 (la moyenne de ses réponses).</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Rests on</source>
        <extracomment>The number a figure is counted out of</extracomment>
        <translation>Base de calcul</translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation>Séances sur la période</translation>
    </message>
    <message>
        <source>Visits rated by the patient</source>
        <translation>Séances évaluées par le patient</translation>
    </message>
    <message>
        <source>Perfect scores (the ceiling)</source>
        <translation>Scores parfaits (le plafond)</translation>
    </message>
    <message>
        <source>{count} check-ins</source>
        <translation>{count} questionnaires</translation>
    </message>
    <message>
        <source>Patients with an open alliance alert</source>
        <translation>Patients avec une alerte d’alliance ouverte</translation>
    </message>
    <message>
        <source>Strains noticed / repair tried</source>
        <translation>Tensions remarquées / réparations tentées</translation>
    </message>
    <message>
        <source>Recovered after a strain</source>
        <translation>Rétablissement après une tension</translation>
    </message>
    <message>
        <source>{count} strains, {followed} followed up</source>
        <translation>{count} tensions, {followed} suivies</translation>
    </message>
    <message>
        <source>Alliance, first → latest check-in</source>
        <translation>Alliance, premier → dernier questionnaire</translation>
    </message>
    <message>
        <source>Pain much better (2 points or 30%)</source>
        <translation>Douleur nettement améliorée (2 points ou 30&#xa0;%)</translation>
    </message>
    <message>
        <source>How patients scored the alliance</source>
        <translation>Comment les patients ont évalué l’alliance</translation>
    </message>
    <message>
        <source>Check-in score (0-10)</source>
        <translation>Score du questionnaire (0-10)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Check-in scores of the period; perfect scores are the ceiling.</source>
        <translation>Scores des questionnaires de la période&#xa0;; les scores parfaits constituent le plafond.</translation>
    </message>
    <message>
        <source>First and latest alliance</source>
        <translation>Alliance&#xa0;: premier et dernier score</translation>
    </message>
    <message>
        <source>For each episode with two or more check-ins in the period: its first and latest score. A drop from a patient&apos;s own earlier scores says more than a high total.</source>
        <translation>Pour chaque épisode ayant au moins deux questionnaires sur la période&#xa0;: son premier et son dernier score. Une baisse par rapport aux scores antérieurs d’un même patient en dit plus qu’un total élevé.</translation>
    </message>
    <message>
        <source>Each line is one episode (no names); the dark line is the mean.</source>
        <translation>Chaque ligne est un épisode (sans nom)&#xa0;; la ligne foncée est la moyenne.</translation>
    </message>
    <message>
        <source>Alliance and outcome</source>
        <translation>Alliance et résultats</translation>
    </message>
    <message>
        <source>Each point is one episode: its mean alliance score against how much its pain fell (first minus latest pain before treatment).</source>
        <translation>Chaque point est un épisode&#xa0;: son score moyen d’alliance au regard de la baisse de sa douleur (première moins dernière douleur avant le traitement).</translation>
    </message>
    <message>
        <source>Mean alliance against pain improvement, one point per episode.</source>
        <translation>Alliance moyenne au regard de l’amélioration de la douleur, un point par épisode.</translation>
    </message>
    <message>
        <source>What do these figures say about my practice? What will I keep, and what will I change? (Patient feedback, reflected on, counts as an objective CPD activity.)</source>
        <translation>Que disent ces chiffres de ma pratique&#xa0;? Que vais-je garder, et que vais-je changer&#xa0;? (Les retours des patients, accompagnés d’une réflexion, comptent comme une activité de DPC objective.)</translation>
    </message>
    <message>
        <source>De-identified: no patient is named</source>
        <translation>Dépersonnalisé&#xa0;: aucun patient n’est nommé</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>A CPD requirement that is met</extracomment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Done: {titles}</source>
        <translation>Fait&#xa0;: {titles}</translation>
    </message>
    <message>
        <source>Cycle {start} to {end}</source>
        <translation>Cycle du {start} au {end}</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>This cycle</source>
        <translation>Ce cycle</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>Whether a CPD requirement is met</extracomment>
        <translation>Satisfaite</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>With others</source>
        <translation>Avec d’autres</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Seul</translation>
    </message>
    <message>
        <source>{count} activity</source>
        <translation>{count} activité</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>{count} activités</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{hours} h with others</source>
        <translation>{hours} h avec d’autres</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Learning</source>
        <extracomment>Learning alone or with others</extracomment>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Objective</source>
        <extracomment>An objective CPD activity (such as a patient feedback summary)</extracomment>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Comm. &amp; consent</source>
        <extracomment>A CPD activity on communication and consent (a short column heading)</extracomment>
        <translation>Comm. et consent.</translation>
    </message>
    <message>
        <source>Themes: A communication and patient partnership; B knowledge, skills and performance; C safety and quality in practice; D professionalism.</source>
        <translation>Thèmes&#xa0;: A communication et partenariat avec le patient&#xa0;; B connaissances, compétences et performance&#xa0;; C sécurité et qualité de la pratique&#xa0;; D professionnalisme.</translation>
    </message>
    <message>
        <source>No CPD activity has been recorded in this cycle yet.</source>
        <translation>Aucune activité de DPC n’a encore été enregistrée dans ce cycle.</translation>
    </message>
    <message>
        <source>Peer Discussion Review summary</source>
        <translation>Synthèse pour l’entretien entre pairs (Peer Discussion Review)</translation>
    </message>
    <message>
        <source>{hours} of {required}</source>
        <translation>{hours} sur {required}</translation>
    </message>
    <message>
        <source>Learning with others</source>
        <translation>Apprentissage avec d’autres</translation>
    </message>
    <message>
        <source>{hours} of {required} hours</source>
        <translation>{hours} heures sur {required}</translation>
    </message>
    <message>
        <source>Themes covered</source>
        <translation>Thèmes couverts</translation>
    </message>
    <message>
        <source>Themes not yet covered</source>
        <translation>Thèmes pas encore couverts</translation>
    </message>
    <message>
        <source>Objective activity</source>
        <translation>Activité objective</translation>
    </message>
    <message>
        <source>Communication and consent</source>
        <translation>Communication et consentement</translation>
    </message>
    <message>
        <source>Still needed before the review</source>
        <translation>Reste à faire avant l’entretien</translation>
    </message>
    <message>
        <source>Every requirement of the cycle is met.</source>
        <translation>Toutes les exigences du cycle sont satisfaites.</translation>
    </message>
    <message>
        <source>Theme {theme} ({count})</source>
        <translation>Thème {theme} ({count})</translation>
    </message>
    <message>
        <source>No activity in this theme yet.</source>
        <translation>Pas encore d’activité dans ce thème.</translation>
    </message>
    <message>
        <source>Titles and CPD facts only: the text of reflections and anything private stay on the practitioner&apos;s computer.</source>
        <translation>Uniquement les titres et les données de DPC&#xa0;: le texte des réflexions et tout ce qui est privé restent sur l’ordinateur du praticien.</translation>
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
    <name>SessionsPane</name>
    <message>
        <source>✓ signed</source>
        <translation>✓ signée</translation>
    </message>
    <message>
        <source>✎ draft</source>
        <translation>✎ brouillon</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>strain noticed</source>
        <translation>tension remarquée</translation>
    </message>
    <message>
        <source>Episode of care</source>
        <extracomment>tests replace this to drive a dialog without exec()</extracomment>
        <translation>Épisode de soins</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Start a visit now (Ctrl+Shift+N)</source>
        <translation>Commencer une séance maintenant (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>Signer la séance</translation>
    </message>
    <message>
        <source>Finalise this visit (Ctrl+Enter); corrections become amendments</source>
        <translation>Finaliser cette séance (Ctrl+Entrée)&#xa0;; les corrections deviennent des rectifications</translation>
    </message>
    <message>
        <source>Add amendment…</source>
        <translation>Ajouter une rectification…</translation>
    </message>
    <message>
        <source>Reflect on this visit</source>
        <translation>Réfléchir à cette séance</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Hand to patient</source>
        <translation>Confier au patient</translation>
    </message>
    <message>
        <source>The patient&apos;s one-minute check-in, full screen; you return with your PIN (Ctrl+H)</source>
        <translation>Le questionnaire d’une minute du patient, en plein écran&#xa0;; vous reprenez la main avec votre code PIN (Ctrl+H)</translation>
    </message>
    <message>
        <source>Paper form…</source>
        <translation>Formulaire papier…</translation>
    </message>
    <message>
        <source>Key in a questionnaire the patient filled in on paper</source>
        <translation>Saisir un questionnaire que le patient a rempli sur papier</translation>
    </message>
    <message>
        <source>{reason} — open</source>
        <translation>{reason} — en cours</translation>
    </message>
    <message>
        <source>{reason} — discharged</source>
        <translation>{reason} — clos</translation>
    </message>
    <message>
        <source>Select a patient to see their visits.</source>
        <translation>Sélectionnez un patient pour voir ses séances.</translation>
    </message>
    <message>
        <source>No episode of care yet. Start one in the Goals pane (Patient &gt; New episode), then add a visit.</source>
        <translation>Pas encore d’épisode de soins. Ouvrez-en un dans le volet Objectifs (Patient &gt; Nouvel épisode), puis ajoutez une séance.</translation>
    </message>
    <message>
        <source>No visits in this episode yet. Press New visit (Ctrl+Shift+N) when the patient arrives.</source>
        <translation>Pas encore de séance dans cet épisode. Appuyez sur Nouvelle séance (Ctrl+Maj+N) à l’arrivée du patient.</translation>
    </message>
    <message>
        <source>Signed {when}: read-only. Corrections are added as amendments.</source>
        <translation>Signée le {when}&#xa0;: lecture seule. Les corrections sont ajoutées sous forme de rectifications.</translation>
    </message>
    <message>
        <source>Draft: saved as you type.</source>
        <translation>Brouillon&#xa0;: enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{when}&lt;/b&gt; — reason: {reason}&lt;br&gt;{text}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{when}&lt;/b&gt; — motif&#xa0;: {reason}&lt;br&gt;{text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Rectifications</translation>
    </message>
    <message>
        <source>The visit date {date} is in the future. Is that right?</source>
        <translation>La date de la séance, le {date}, est dans le futur. Est-ce correct&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, keep it</source>
        <translation>Oui, la garder</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
    <message>
        <source>This visit has something that cannot be saved as typed:

{problem}

Leave it anyway? That one value goes back to what it was; everything else you typed is saved.</source>
        <translation>Cette séance contient une saisie qui ne peut pas être enregistrée telle quelle&#xa0;:

{problem}

La quitter quand même&#xa0;? Cette valeur revient à ce qu’elle était&#xa0;; tout le reste de votre saisie est enregistré.</translation>
    </message>
    <message>
        <source>Leave without it</source>
        <translation>Quitter sans elle</translation>
    </message>
    <message>
        <source>Stay and fix it</source>
        <translation>Rester et corriger</translation>
    </message>
    <message>
        <source>This visit could not be saved: {problem}.

What you typed is still on screen; it will be saved as soon as it can.</source>
        <translation>Cette séance n’a pas pu être enregistrée&#xa0;: {problem}.

Votre saisie est toujours à l’écran&#xa0;; elle sera enregistrée dès que possible.</translation>
    </message>
    <message>
        <source>Consent is not recorded for this visit. Sign it anyway?</source>
        <translation>Le consentement n’est pas renseigné pour cette séance. La signer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Signer quand même</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Sign this visit? After signing it cannot be changed; corrections are added as dated amendments.</source>
        <translation>Signer cette séance&#xa0;? Une fois signée, elle ne peut plus être modifiée&#xa0;; les corrections sont ajoutées sous forme de rectifications datées.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Delete this draft visit and everything typed in it?</source>
        <translation>Supprimer ce brouillon de séance et tout ce qui y a été saisi&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>This visit already has a patient check-in. Hand over for another one?</source>
        <translation>Cette séance a déjà un questionnaire du patient. Lui confier l’ordinateur pour un autre&#xa0;?</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Confier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>That visit is signed. Start today&apos;s visit (Ctrl+Shift+N) and record the strain and what you tried there; to correct the signed visit itself, add an amendment.</source>
        <translation>Cette séance est signée. Commencez la séance du jour (Ctrl+Maj+N) et notez-y la tension et ce que vous avez tenté&#xa0;; pour corriger la séance signée elle-même, ajoutez une rectification.</translation>
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
    <name>StoreBackup</name>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <extracomment>``progress(done, total)``: see ``backup_database``. Asked between steps; true stops the backup. Steps of the copy (fewer for a database of under 50 pages): each step is one call into SQLite, so 50 cost nothing measurable and give a smooth bar and a prompt cancel. During the check, SQLite asks whether to stop every this many of its steps (thousands of times a second).</extracomment>
        <translation>La sauvegarde a été annulée&#xa0;; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be read: {problem}</source>
        <translation>La sauvegarde {name} ne peut pas être lue&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The backup {name} failed its check: {problems}</source>
        <translation>La sauvegarde {name} n’a pas passé sa vérification&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there.</source>
        <translation>Le dossier de sauvegarde {folder} est introuvable.</translation>
    </message>
    <message>
        <source>Backups of this kind of database are made by its server.</source>
        <translation>Les sauvegardes de ce type de base de données sont faites par son serveur.</translation>
    </message>
    <message>
        <source>The backup could not be written: {problem}</source>
        <translation>La sauvegarde n’a pas pu être écrite&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>StoreEngine</name>
    <message>
        <source>PRAGMA {name} is {actual}, expected {expected} (is the data folder on a network or cloud-synchronised drive?)</source>
        <extracomment>What each SQLite connection must read back after it is opened.</extracomment>
        <translation>PRAGMA {name} vaut {actual} au lieu de {expected} (le dossier des données est-il sur un lecteur réseau ou synchronisé avec le cloud&#xa0;?)</translation>
    </message>
    <message>
        <source>PRAGMA {name} is {actual}, expected {expected}</source>
        <translation>PRAGMA {name} vaut {actual} au lieu de {expected}</translation>
    </message>
    <message>
        <source>table {table} row {row} refers to a missing {parent}</source>
        <translation>la ligne {row} de la table {table} renvoie à un élément {parent} manquant</translation>
    </message>
    <message>
        <source>The practice database cannot be read: {problem}</source>
        <translation>La base de données du cabinet ne peut pas être lue&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>StoreKeys</name>
    <message>
        <source>That passphrase does not open this practice.</source>
        <translation>Cette phrase secrète n’ouvre pas ce cabinet.</translation>
    </message>
    <message>
        <source>That recovery key does not open this practice.</source>
        <translation>Cette clé de secours n’ouvre pas ce cabinet.</translation>
    </message>
    <message>
        <source>The practice&apos;s key file is damaged ({problem}).</source>
        <translation>Le fichier de clés du cabinet est endommagé ({problem}).</translation>
    </message>
</context>
<context>
    <name>StoreMigrate</name>
    <message>
        <source>{name} is not an Alliance Desktop backup; nothing was changed.</source>
        <translation>{name} n’est pas une sauvegarde d’Alliance Desktop&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Alliance Desktop (schema {schema}); nothing was changed.</source>
        <translation>Le fichier {name} a été créé par une version plus récente d’Alliance Desktop (schéma {schema})&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This practice database was last opened by a newer version of Alliance Desktop (schema {schema}). It has not been changed. Please install the newer version to open it.</source>
        <translation>Cette base de données du cabinet a été ouverte en dernier par une version plus récente d’Alliance Desktop (schéma {schema}). Elle n’a pas été modifiée. Veuillez installer la version plus récente pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This file holds a database that is not an Alliance Desktop practice; it has not been changed.</source>
        <translation>Ce fichier contient une base de données qui n’est pas un cabinet Alliance Desktop&#xa0;; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database upgrade would leave {count} broken references; nothing was changed.</source>
        <translation>La mise à niveau de la base de données laisserait des références rompues ({count})&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The practice database could not be upgraded ({problem}). Nothing was changed.</source>
        <translation>La base de données du cabinet n’a pas pu être mise à niveau ({problem}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The practice database could not be upgraded ({problem}). Nothing was changed; a backup was made first: {name}.</source>
        <translation>La base de données du cabinet n’a pas pu être mise à niveau ({problem}). Rien n’a été modifié&#xa0;; une sauvegarde a été faite auparavant&#xa0;: {name}.</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>This practice is encrypted: its passphrase is needed to open it.</source>
        <translation>Ce cabinet est chiffré&#xa0;: sa phrase secrète est nécessaire pour l’ouvrir.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder for a practice.</source>
        <translation>{folder} est un fichier, pas un dossier pour un cabinet.</translation>
    </message>
    <message>
        <source>There is no practice database in {folder}. Open the app to set up a practice there, or run demo-data to make a demo practice.</source>
        <translation>Il n’y a pas de base de données de cabinet dans {folder}. Ouvrez l’application pour y créer un cabinet, ou lancez demo-data pour créer un cabinet de démonstration.</translation>
    </message>
    <message>
        <source>The practice database {path} is empty (0 bytes).</source>
        <translation>La base de données du cabinet {path} est vide (0 octet).</translation>
    </message>
    <message>
        <source>This practice is encrypted: its passphrase is needed.</source>
        <translation>Ce cabinet est chiffré&#xa0;: sa phrase secrète est nécessaire.</translation>
    </message>
    <message>
        <source>{folder} already holds a practice; nothing was changed.</source>
        <translation>{folder} contient déjà un cabinet&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This practice holds patients; it is not removed.</source>
        <translation>Ce cabinet contient des patients&#xa0;; il n’est pas supprimé.</translation>
    </message>
    <message>
        <source>This practice is not encrypted.</source>
        <translation>Ce cabinet n’est pas chiffré.</translation>
    </message>
    <message>
        <source>too short</source>
        <extracomment>The words :func:`passphrase_strength` answers with, translated where they are read.</extracomment>
        <translation>trop courte</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {count} characters (a few unrelated words are easy to remember and hard to guess).</source>
        <translation>La phrase secrète est trop courte&#xa0;: utilisez au moins {count} caractères (quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner).</translation>
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
    <name>Validation</name>
    <message>
        <source>The episode ends ({end}) before it starts ({start}).</source>
        <extracomment>&quot;The episode ends (…) before it starts (…)&quot;, one whole sentence per kind of record.</extracomment>
        <translation>L’épisode de soins se termine ({end}) avant d’avoir commencé ({start}).</translation>
    </message>
    <message>
        <source>Please enter the {field}.</source>
        <translation>Veuillez renseigner le champ «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <source>The {field} must be text.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» doit contenir du texte.</translation>
    </message>
    <message>
        <source>The {field} contains an invalid character.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» contient un caractère non valide.</translation>
    </message>
    <message>
        <source>The {field} is too long ({count} characters; at most {maximum}).</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» est trop long ({count}&#xa0;caractères&#xa0;; {maximum} au maximum).</translation>
    </message>
    <message>
        <source>Please give the {field}.</source>
        <translation>Veuillez renseigner le champ «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {minimum} to {maximum}.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» doit être un nombre entier de {minimum} à {maximum}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {minimum} to {maximum} (got {value}).</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» doit être un nombre entier de {minimum} à {maximum} (et non {value}).</translation>
    </message>
    <message>
        <source>The {field} must be from {minimum} to {maximum} (got {value}).</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» doit être compris entre {minimum} et {maximum} (et non {value}).</translation>
    </message>
    <message>
        <source>The answer to {field} must be a number.</source>
        <translation>La réponse à «&#xa0;{field}&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <source>The answer to {field} must be from {minimum} to {maximum} (got {value}).</source>
        <translation>La réponse à «&#xa0;{field}&#xa0;» doit être comprise entre {minimum} et {maximum} (et non {value}).</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth {date} is more than {years} years ago.</source>
        <translation>La date de naissance {date} remonte à plus de {years}&#xa0;ans.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; does not look like an e-mail address.</source>
        <translation>«&#xa0;{address}&#xa0;» ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>The {what} ends ({end}) before it starts ({start}).</source>
        <translation>«&#xa0;{what}&#xa0;» se termine ({end}) avant d’avoir commencé ({start}).</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>agree on what we work on</source>
        <translation>accord sur ce que nous travaillons</translation>
    </message>
    <message>
        <source>the way we work suits me</source>
        <translation>notre façon de travailler me convient</translation>
    </message>
    <message>
        <source>heard and understood</source>
        <translation>écouté et compris</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>confiance</translation>
    </message>
    <message>
        <source>respected</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>comfortable with touch</source>
        <translation>à l’aise avec le toucher</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>dans l’ensemble</translation>
    </message>
    <message>
        <source>Agreement on goals</source>
        <translation>Accord sur les objectifs</translation>
    </message>
    <message>
        <source>Agreement on the way we work</source>
        <translation>Accord sur la façon de travailler</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Beliefs and expectations</source>
        <translation>Croyances et attentes</translation>
    </message>
    <message>
        <source>What does the patient think is going on, and what do they expect from care?</source>
        <translation>Que pense le patient de ce qui lui arrive, et qu’attend-il des soins&#xa0;?</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjectif</translation>
    </message>
    <message>
        <source>What the patient tells you today</source>
        <translation>Ce que le patient vous dit aujourd’hui</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Examen clinique</translation>
    </message>
    <message>
        <source>What you examined and found</source>
        <translation>Ce que vous avez examiné et constaté</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Your working understanding</source>
        <translation>Votre hypothèse de travail</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The plan you agreed</source>
        <translation>Le plan convenu</translation>
    </message>
    <message>
        <source>Options discussed</source>
        <translation>Options discutées</translation>
    </message>
    <message>
        <source>The patient&apos;s preference</source>
        <translation>La préférence du patient</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Ce qui a été décidé</translation>
    </message>
    <message>
        <source>Approach and techniques</source>
        <translation>Approche et techniques</translation>
    </message>
    <message>
        <source>Self-care agreed</source>
        <translation>Travail en autonomie convenu</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Touch: limits and changes</source>
        <translation>Toucher&#xa0;: limites et changements</translation>
    </message>
    <message>
        <source>For example: no work on the neck today</source>
        <translation>Par exemple&#xa0;: pas de travail sur la nuque aujourd’hui</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Room, home visit, who else was there</source>
        <translation>Salle, visite à domicile, qui d’autre était présent</translation>
    </message>
    <message>
        <source>Disruptions</source>
        <translation>Perturbations</translation>
    </message>
    <message>
        <source>Interruptions, running late, noise</source>
        <translation>Interruptions, retard, bruit</translation>
    </message>
    <message>
        <source>The patient&apos;s state</source>
        <translation>L’état du patient</translation>
    </message>
    <message>
        <source>Tired, anxious, in a hurry…</source>
        <translation>Fatigué, anxieux, pressé…</translation>
    </message>
    <message>
        <source>Your own state</source>
        <translation>Votre propre état</translation>
    </message>
    <message>
        <source>How you were, honestly</source>
        <translation>Comment vous étiez, en toute honnêteté</translation>
    </message>
    <message>
        <source>What you noticed</source>
        <translation>Ce que vous avez remarqué</translation>
    </message>
    <message>
        <source>Withdrawal, disagreement, a change of tone…</source>
        <translation>Retrait, désaccord, changement de ton…</translation>
    </message>
    <message>
        <source>What you tried</source>
        <translation>Ce que vous avez tenté</translation>
    </message>
    <message>
        <source>Named it, asked openly, changed the plan together…</source>
        <translation>Nommer la tension, questionner ouvertement, changer le plan ensemble…</translation>
    </message>
    <message>
        <source>Approach explained</source>
        <translation>Approche expliquée</translation>
    </message>
    <message>
        <source>Limits set</source>
        <translation>Limites fixées</translation>
    </message>
    <message>
        <source>Stop signal agreed</source>
        <translation>Signal d’arrêt convenu</translation>
    </message>
    <message>
        <source>A strain in the alliance was noticed</source>
        <translation>Une tension dans l’alliance a été remarquée</translation>
    </message>
    <message>
        <source>A repair was tried</source>
        <translation>Une réparation a été tentée</translation>
    </message>
    <message>
        <source>Visit date and time</source>
        <extracomment>the fields of the goal rows in reading order (rebuilt with each visit)</extracomment>
        <translation>Date et heure de la séance</translation>
    </message>
    <message>
        <source>Day, date and time (24-hour clock), for example Tue 4 Mar 2025 14:30; Up and Down change the part selected, Tab goes to the next part</source>
        <translation>Jour, date et heure (sur 24 heures), par exemple mar. 4 mars 2025 14:30&#xa0;; Haut et Bas modifient la partie sélectionnée, Tab passe à la partie suivante</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Type de séance</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>In minutes: a whole number from 1 to 480</source>
        <translation>En minutes&#xa0;: un nombre entier de 1 à 480</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Douleur avant</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Douleur après</translation>
    </message>
    <message>
        <source>Comfort with touch</source>
        <translation>Aisance avec le toucher</translation>
    </message>
    <message>
        <source>Chaperone</source>
        <translation>Présence d’un tiers</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Goals and self-care</source>
        <translation>Objectifs et travail en autonomie</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Before treatment</source>
        <translation>Avant le traitement</translation>
    </message>
    <message>
        <source>Pain before (0-10)</source>
        <translation>Douleur avant (0-10)</translation>
    </message>
    <message>
        <source>Consent and touch</source>
        <translation>Consentement et toucher</translation>
    </message>
    <message>
        <source>Comfort with touch (0-10)</source>
        <translation>Aisance avec le toucher (0-10)</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Toucher</translation>
    </message>
    <message>
        <source>Shared decision</source>
        <translation>Décision partagée</translation>
    </message>
    <message>
        <source>Patient&apos;s preference</source>
        <translation>Préférence du patient</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Examination and treatment</source>
        <translation>Examen et traitement</translation>
    </message>
    <message>
        <source>Pain after (0-10)</source>
        <translation>Douleur après (0-10)</translation>
    </message>
    <message>
        <source>Context of care</source>
        <translation>Contexte des soins</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Patient check-in</source>
        <translation>Questionnaire du patient</translation>
    </message>
    <message>
        <source>Your own rating (0-10)</source>
        <translation>Votre propre évaluation (0-10)</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Remarqué</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Tenté</translation>
    </message>
    <message>
        <source>No active goals in this episode. Agree goals in the Goals pane.</source>
        <translation>Aucun objectif actif dans cet épisode. Convenez des objectifs dans le volet Objectifs.</translation>
    </message>
    <message>
        <source>Progress: {goal}</source>
        <translation>Progression&#xa0;: {goal}</translation>
    </message>
    <message>
        <source>How did it go: {strategy}</source>
        <translation>Comment cela s’est passé&#xa0;: {strategy}</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>What got in the way of: {strategy}</source>
        <translation>Ce qui a fait obstacle à&#xa0;: {strategy}</translation>
    </message>
    <message>
        <source>What got in the way?</source>
        <translation>Qu’est-ce qui a fait obstacle&#xa0;?</translation>
    </message>
    <message>
        <source>No patient check-in for this visit yet. The patient rates the alliance in a one-minute check-in at the end of the visit.</source>
        <translation>Pas encore de questionnaire du patient pour cette séance. Le patient évalue l’alliance dans un questionnaire d’une minute à la fin de la séance.</translation>
    </message>
    <message>
        <source>{item}: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>{item}&#xa0;: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Please give the visit&apos;s date and time.</source>
        <extracomment>goal id -&gt; progress 0-10 (None clears it) strategy id -&gt; (adherence, barriers); adherence None clears it the practitioner&apos;s own alliance rating, item id -&gt; 0-10</extracomment>
        <translation>Veuillez indiquer la date et l’heure de la séance.</translation>
    </message>
    <message>
        <source>Unknown rating item &apos;{item}&apos;.</source>
        <translation>Élément d’évaluation inconnu&#xa0;: «&#xa0;{item}&#xa0;».</translation>
    </message>
    <message>
        <source>The visit date {date} is in the future. Is that right?</source>
        <translation>La date de la séance, le {date}, est dans le futur. Est-ce correct&#xa0;?</translation>
    </message>
    <message>
        <source>This patient is archived; restore them to add a visit.</source>
        <translation>Ce patient est archivé&#xa0;; restaurez son dossier pour ajouter une séance.</translation>
    </message>
    <message>
        <source>This patient has no open episode of care. Start one first (Patient &gt; New episode).</source>
        <translation>Ce patient n’a pas d’épisode de soins en cours. Ouvrez-en un d’abord (Patient &gt; Nouvel épisode).</translation>
    </message>
    <message>
        <source>This episode belongs to another patient.</source>
        <translation>Cet épisode de soins appartient à un autre patient.</translation>
    </message>
    <message>
        <source>This episode has been discharged; reopen it or start a new one first.</source>
        <translation>Cet épisode de soins est clos&#xa0;; rouvrez-le ou ouvrez-en un nouveau d’abord.</translation>
    </message>
    <message>
        <source>The visit is before the episode started ({date}).</source>
        <translation>La séance précède le début de l’épisode de soins ({date}).</translation>
    </message>
    <message>
        <source>The visit cannot be before its episode started ({date}).</source>
        <translation>La séance ne peut pas précéder le début de son épisode de soins ({date}).</translation>
    </message>
    <message>
        <source>This visit is still a draft; edit it directly.</source>
        <translation>Cette séance est encore un brouillon&#xa0;; modifiez-la directement.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>&apos;{value}&apos; is not a valid choice for {field} (choose one of: {allowed}).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un choix possible pour «&#xa0;{field}&#xa0;» (choisissez parmi&#xa0;: {allowed}).</translation>
    </message>
    <message>
        <source>Patient</source>
        <extracomment>every member&apos;s label, in English; marked for lupdate, translated when read (``label``)</extracomment>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Agreed together</source>
        <translation>Convenu ensemble</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>En séance</translation>
    </message>
    <message>
        <source>Self-care at home</source>
        <translation>Travail en autonomie à la maison</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>As agreed</source>
        <translation>Comme convenu</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>En grande partie</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Pas du tout</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Fin de prise en charge</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Consent declined</source>
        <translation>Consentement refusé</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Non proposé</translation>
    </message>
    <message>
        <source>Offered, declined</source>
        <translation>Proposé, refusé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Pas nécessaire</translation>
    </message>
    <message>
        <source>Needed, not available</source>
        <translation>Nécessaire, non disponible</translation>
    </message>
    <message>
        <source>Paper, entered later</source>
        <translation>Sur papier, saisi ensuite</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Événement de vie</translation>
    </message>
    <message>
        <source>Treatment change</source>
        <translation>Changement de traitement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Rolfe: What? So what? Now what?</source>
        <translation>Rolfe&#xa0;: Quoi&#xa0;? Et alors&#xa0;? Et maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Gibbs reflective cycle</source>
        <translation>Cycle réflexif de Gibbs</translation>
    </message>
    <message>
        <source>A: Communication and patient partnership</source>
        <translation>A&#xa0;: Communication et partenariat avec le patient</translation>
    </message>
    <message>
        <source>B: Knowledge, skills and performance</source>
        <translation>B&#xa0;: Connaissances, compétences et pratique</translation>
    </message>
    <message>
        <source>C: Safety and quality in practice</source>
        <translation>C&#xa0;: Sécurité et qualité de la pratique</translation>
    </message>
    <message>
        <source>D: Professionalism</source>
        <translation>D&#xa0;: Professionnalisme</translation>
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
