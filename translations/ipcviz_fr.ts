<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AppActions</name>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Exécuter</translation>
        </message>
        <message>
            <source>Run the selected scenario with real processes</source>
            <translation>Exécuter le scénario sélectionné avec de vrais processus</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <source>Stop the run: the engine kills and cleans up every process</source>
            <translation>Arrêter l’exécution : le moteur tue tous les processus et fait le ménage</translation>
        </message>
        <message>
            <source>R&amp;estart</source>
            <translation>&amp;Relancer</translation>
        </message>
        <message>
            <source>Stop the run and start it again</source>
            <translation>Arrêter l’exécution et la relancer</translation>
        </message>
        <message>
            <source>Step &amp;Mode</source>
            <translation>&amp;Mode pas à pas</translation>
        </message>
        <message>
            <source>Start runs paused at the first step, then release one step at a time</source>
            <translation>Démarrer les exécutions en pause à la première étape, puis avancer d’une étape à la fois</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>É&amp;tape</translation>
        </message>
        <message>
            <source>Let the next ready process do its next operation</source>
            <translation>Laisser le prochain processus prêt effectuer son opération suivante</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuer</translation>
        </message>
        <message>
            <source>Let every process run freely until Pause</source>
            <translation>Laisser tous les processus s’exécuter librement jusqu’à Pause</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>Stop every process at its next step gate</source>
            <translation>Arrêter chaque processus à sa prochaine barrière d’étape</translation>
        </message>
        <message>
            <source>&amp;Open Scenario File…</source>
            <translation>&amp;Ouvrir un fichier de scénario…</translation>
        </message>
        <message>
            <source>Run a scenario file (.ipcv) of your own</source>
            <translation>Exécuter votre propre fichier de scénario (.ipcv)</translation>
        </message>
        <message>
            <source>Open &amp;Trace…</source>
            <translation>Ouvrir une &amp;trace…</translation>
        </message>
        <message>
            <source>Replay a saved run</source>
            <translation>Rejouer une exécution enregistrée</translation>
        </message>
        <message>
            <source>&amp;Save Trace…</source>
            <translation>&amp;Enregistrer la trace…</translation>
        </message>
        <message>
            <source>Save this run's events to replay or export it later</source>
            <translation>Enregistrer les événements de cette exécution pour la rejouer ou l’exporter plus tard</translation>
        </message>
        <message>
            <source>Previous Event</source>
            <translation>Événement précédent</translation>
        </message>
        <message>
            <source>Show the state one event earlier</source>
            <translation>Afficher l’état un événement plus tôt</translation>
        </message>
        <message>
            <source>Next Event</source>
            <translation>Événement suivant</translation>
        </message>
        <message>
            <source>Show the state one event later</source>
            <translation>Afficher l’état un événement plus tard</translation>
        </message>
        <message>
            <source>First Event</source>
            <translation>Premier événement</translation>
        </message>
        <message>
            <source>Go back to the start of the run</source>
            <translation>Revenir au début de l’exécution</translation>
        </message>
        <message>
            <source>&amp;Live</source>
            <translation>En &amp;direct</translation>
        </message>
        <message>
            <source>Jump to the latest event and follow the run</source>
            <translation>Aller au dernier événement et suivre l’exécution</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Quit ipcviz (a running scenario is stopped)</source>
            <translation>Quitter ipcviz (un scénario en cours est arrêté)</translation>
        </message>
        <message>
            <source>Step &amp;Selected Process</source>
            <translation>Faire avancer le processus &amp;sélectionné</translation>
        </message>
        <message>
            <source>Let the selected process do its next operation (or click a ready process)</source>
            <translation>Laisser le processus sélectionné effectuer son opération suivante (ou cliquez sur un processus prêt)</translation>
        </message>
        <message>
            <source>Save Sc&amp;hedule…</source>
            <translation>Enregistrer l’&amp;ordonnancement…</translation>
        </message>
        <message>
            <source>Save the order in which this run's processes were released, to replay it</source>
            <translation>Enregistrer l’ordre dans lequel les processus de cette exécution ont été libérés, pour le rejouer</translation>
        </message>
        <message>
            <source>&amp;Load Schedule…</source>
            <translation>Char&amp;ger un ordonnancement…</translation>
        </message>
        <message>
            <source>Run the scenario again, releasing the processes in a saved order</source>
            <translation>Exécuter à nouveau le scénario en libérant les processus dans un ordre enregistré</translation>
        </message>
        <message>
            <source>Replay This &amp;Interleaving</source>
            <translation>Re&amp;jouer cet entrelacement</translation>
        </message>
        <message>
            <source>Run the scenario again with exactly this run's order of steps</source>
            <translation>Exécuter à nouveau le scénario avec exactement l’ordre des étapes de cette exécution</translation>
        </message>
        <message>
            <source>Full Speed</source>
            <translation>Pleine vitesse</translation>
        </message>
        <message>
            <source>Fast (100 ms a step)</source>
            <translation>Rapide (100 ms par étape)</translation>
        </message>
        <message>
            <source>Slow (300 ms a step)</source>
            <translation>Lent (300 ms par étape)</translation>
        </message>
        <message>
            <source>Lecture (1 s a step)</source>
            <translation>Mode cours (1 s par étape)</translation>
        </message>
        <message>
            <source>Each process waits %1 ms before each step (%2)</source>
            <translation>Chaque processus attend %1 ms avant chaque étape (%2)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Setti&amp;ngs…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>Choose the language of the interface and the speed of runs</source>
            <translation>Choisir la langue de l’interface et la vitesse des exécutions</translation>
        </message>
        <message>
            <source>Each process waits %1 ms before each step</source>
            <translation>Chaque processus attend %1 ms avant chaque étape</translation>
        </message>
        <message>
            <source>%1 ms a step</source>
            <translation>%1 ms par étape</translation>
        </message>
    </context>
    <context>
        <name>AppSettings</name>
        <message>
            <source>The trace %1 is no longer there; it was taken off the recent traces.</source>
            <translation>La trace %1 n’existe plus ; elle a été retirée des traces récentes.</translation>
        </message>
        <message>
            <source>Open Recent Tra&amp;ce</source>
            <translation>Ouvrir une tra&amp;ce récente</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>No recent traces</source>
            <translation>Aucune trace récente</translation>
        </message>
        <message>
            <source>Clear Recent Traces</source>
            <translation>Effacer les traces récentes</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkReport</name>
        <message>
            <source>benchmark output, offset %1: %2</source>
            <translation>sortie du benchmark, position %1 : %2</translation>
        </message>
        <message>
            <source>benchmark output: not a JSON object</source>
            <translation>sortie du benchmark : ce n’est pas un objet JSON</translation>
        </message>
        <message>
            <source>benchmark output: no "results" array</source>
            <translation>sortie du benchmark : pas de tableau "results"</translation>
        </message>
        <message>
            <source>benchmark output, results[%1]: a field is missing or not a number (mechanism, size, round_trips, trials, latency_us, throughput_mb_s, wall_s, cpu_s)</source>
            <translation>sortie du benchmark, results[%1] : un champ manque ou n’est pas un nombre (mechanism, size, round_trips, trials, latency_us, throughput_mb_s, wall_s, cpu_s)</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkRunner</name>
        <message>
            <source>No ipcviz-engine was found next to the application.</source>
            <translation>Aucun ipcviz-engine n’a été trouvé à côté de l’application.</translation>
        </message>
        <message>
            <source>The engine crashed during the benchmark.
%1</source>
            <translation>Le moteur a planté pendant le benchmark.
%1</translation>
        </message>
        <message>
            <source>The benchmark failed (exit status %1).
%2</source>
            <translation>Le benchmark a échoué (statut de sortie %1).
%2</translation>
        </message>
        <message>
            <source>Cannot start the engine %1: %2</source>
            <translation>Impossible de démarrer le moteur %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkView</name>
        <message>
            <source>Run benchmark</source>
            <translation>Lancer le benchmark</translation>
        </message>
        <message>
            <source>Quick (fewer sizes and trials)</source>
            <translation>Rapide (moins de tailles et d’essais)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Export charts…</source>
            <translation>Exporter les graphiques…</translation>
        </message>
        <message>
            <source>Export data (CSV)…</source>
            <translation>Exporter les données (CSV)…</translation>
        </message>
        <message>
            <source>IPC benchmark</source>
            <translation>Benchmark IPC</translation>
        </message>
        <message>
            <source>Throughput (one way)</source>
            <translation>Débit (aller simple)</translation>
        </message>
        <message>
            <source>Latency (round trip, median)</source>
            <translation>Latence (aller-retour, médiane)</translation>
        </message>
        <message>
            <source>Mechanism</source>
            <translation>Mécanisme</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Taille (octets)</translation>
        </message>
        <message>
            <source>Round trips</source>
            <translation>Allers-retours</translation>
        </message>
        <message>
            <source>Latency median (µs)</source>
            <translation>Latence médiane (µs)</translation>
        </message>
        <message>
            <source>Latency max (µs)</source>
            <translation>Latence max (µs)</translation>
        </message>
        <message>
            <source>Throughput median (MB/s)</source>
            <translation>Débit médian (Mo/s)</translation>
        </message>
        <message>
            <source>Wall time (s)</source>
            <translation>Temps réel (s)</translation>
        </message>
        <message>
            <source>CPU time (s)</source>
            <translation>Temps CPU (s)</translation>
        </message>
        <message>
            <source>CPU / wall</source>
            <translation>CPU / réel</translation>
        </message>
        <message>
            <source>Measures real round trips between two processes for each IPC mechanism and message size. A full run takes a few minutes.</source>
            <translation>Mesure de vrais allers-retours entre deux processus, pour chaque mécanisme IPC et chaque taille de message. Une série complète prend quelques minutes.</translation>
        </message>
        <message>
            <source>%v / %m</source>
            <translation>%v / %m</translation>
        </message>
        <message>
            <source>Measuring %1…</source>
            <translation>Mesure de %1…</translation>
        </message>
        <message>
            <source>Benchmark cancelled.</source>
            <translation>Benchmark annulé.</translation>
        </message>
        <message>
            <source>Starting the benchmark…</source>
            <translation>Démarrage du benchmark…</translation>
        </message>
        <message>
            <source>Benchmark failed: %1</source>
            <translation>Échec du benchmark : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) on %1.</source>
            <translation>
                <numerusform>%n résultat sur %1.</numerusform>
                <numerusform>%n résultats sur %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>this machine</source>
            <translation>cette machine</translation>
        </message>
        <message>
            <source>message size (bytes)</source>
            <translation>taille du message (octets)</translation>
        </message>
        <message>
            <source>MB/s</source>
            <translation>Mo/s</translation>
        </message>
        <message>
            <source>µs per round trip</source>
            <translation>µs par aller-retour</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n.d.</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>Impossible d’écrire %1</translation>
        </message>
        <message>
            <source>Cannot write %1 (unknown image format or not writable)</source>
            <translation>Impossible d’écrire %1 (format d’image inconnu ou fichier non accessible en écriture)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Export charts</source>
            <translation>Exporter les graphiques</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>Exporter les données</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Measure every mechanism and message size with real processes on this machine</source>
            <translation>Mesurer chaque mécanisme et chaque taille de message avec de vrais processus sur cette machine</translation>
        </message>
        <message>
            <source>A run of a few seconds instead of minutes, less precise</source>
            <translation>Une série de quelques secondes au lieu de plusieurs minutes, moins précise</translation>
        </message>
        <message>
            <source>Stop the benchmark; the results so far are dropped</source>
            <translation>Arrêter le benchmark ; les résultats obtenus jusqu’ici sont perdus</translation>
        </message>
        <message>
            <source>Save both charts as a PNG or SVG picture</source>
            <translation>Enregistrer les deux graphiques sous forme d’image PNG ou SVG</translation>
        </message>
        <message>
            <source>Save every result as a table for a spreadsheet</source>
            <translation>Enregistrer tous les résultats sous forme de tableau pour un tableur</translation>
        </message>
        <message>
            <source>Benchmark progress</source>
            <translation>Progression du benchmark</translation>
        </message>
        <message>
            <source>Benchmark status</source>
            <translation>État du benchmark</translation>
        </message>
        <message>
            <source>Throughput chart</source>
            <translation>Graphique du débit</translation>
        </message>
        <message>
            <source>Megabytes per second one way, by message size</source>
            <translation>Mégaoctets par seconde en aller simple, par taille de message</translation>
        </message>
        <message>
            <source>Latency chart</source>
            <translation>Graphique de la latence</translation>
        </message>
        <message>
            <source>Microseconds per round trip, by message size</source>
            <translation>Microsecondes par aller-retour, par taille de message</translation>
        </message>
        <message>
            <source>Benchmark results</source>
            <translation>Résultats du benchmark</translation>
        </message>
    </context>
    <context>
        <name>CExporter</name>
        <message>
            <source>The trace does not say which scenario it ran (no source in its hello).</source>
            <translation>La trace n’indique pas quel scénario a été exécuté (pas de source dans son enregistrement hello).</translation>
        </message>
        <message>
            <source>The trace names an invalid scenario: %1</source>
            <translation>La trace désigne un scénario invalide : %1</translation>
        </message>
        <message>
            <source>The engine (ipcviz-engine) was not found: not next to the application, not in the build tree, and IPCVIZ_ENGINE is not set.</source>
            <translation>Le moteur (ipcviz-engine) est introuvable : ni à côté de l’application, ni dans l’arborescence de compilation, et IPCVIZ_ENGINE n’est pas défini.</translation>
        </message>
        <message>
            <source>The engine was not found at %1.</source>
            <translation>Le moteur est introuvable à l’emplacement %1.</translation>
        </message>
        <message>
            <source>Could not start the engine (%1): %2</source>
            <translation>Impossible de démarrer le moteur (%1) : %2</translation>
        </message>
        <message>
            <source>The engine did not print the C program within %1 seconds.</source>
            <translation>Le moteur n’a pas produit le programme C en moins de %1 secondes.</translation>
        </message>
        <message>
            <source>The engine crashed while printing the C program for %1.</source>
            <translation>Le moteur a planté en produisant le programme C de %1.</translation>
        </message>
        <message>
            <source>The engine could not print the C program for %1 (exit status %2): %3</source>
            <translation>Le moteur n’a pas pu produire le programme C de %1 (statut de sortie %2) : %3</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>aucun message</translation>
        </message>
        <message>
            <source>The engine printed no C program for %1.</source>
            <translation>Le moteur n’a produit aucun programme C pour %1.</translation>
        </message>
    </context>
    <context>
        <name>CanvasScene</name>
        <message>
            <source>engine</source>
            <translation>moteur</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>superviseur</translation>
        </message>
        <message>
            <source>interpreter</source>
            <translation>interpréteur</translation>
        </message>
        <message>
            <source>unnamed pipe, created by %1</source>
            <translation>pipe anonyme, créé par %1</translation>
        </message>
        <message>
            <source>orphan, adopted</source>
            <translation>orphelin, adopté</translation>
        </message>
        <message>
            <source>write</source>
            <translation>écriture</translation>
        </message>
        <message>
            <source>read</source>
            <translation>lecture</translation>
        </message>
        <message>
            <source>sem_wait</source>
            <translation>sem_wait</translation>
        </message>
    </context>
    <context>
        <name>CanvasView</name>
        <message>
            <source>Process canvas</source>
            <translation>Canevas des processus</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom, click a process or an object to inspect it</source>
            <translation>Faites glisser pour vous déplacer, utilisez la molette pour zoomer, cliquez sur un processus ou un objet pour l’inspecter</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom in on the canvas (Ctrl++)</source>
            <translation>Zoomer sur le canevas (Ctrl++)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>Zoom out of the canvas (Ctrl+-)</source>
            <translation>Dézoomer le canevas (Ctrl+-)</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>A&amp;juster à la fenêtre</translation>
        </message>
        <message>
            <source>Show the whole drawing and follow it as it grows (Ctrl+0)</source>
            <translation>Afficher tout le dessin et le suivre à mesure qu’il s’agrandit (Ctrl+0)</translation>
        </message>
        <message>
            <source>Pick a scenario and press Run</source>
            <translation>Choisissez un scénario et appuyez sur Exécuter</translation>
        </message>
    </context>
    <context>
        <name>ChartsPane</name>
        <message>
            <source>Show the 64 KiB pipe capacity</source>
            <translation>Afficher la capacité de 64 Kio du pipe</translation>
        </message>
        <message>
            <source>Bytes held in pipes and FIFOs</source>
            <translation>Octets contenus dans les pipes et les FIFO</translation>
        </message>
        <message>
            <source>bytes</source>
            <translation>octets</translation>
        </message>
        <message>
            <source>Semaphore values</source>
            <translation>Valeurs des sémaphores</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Processus</translation>
        </message>
        <message>
            <source>processes</source>
            <translation>processus</translation>
        </message>
        <message>
            <source>Bytes written (solid) and read (dashed) per process</source>
            <translation>Octets écrits (trait plein) et lus (pointillés) par processus</translation>
        </message>
        <message>
            <source>A pipe holds at most 64 KiB: a writer blocks when it is full. Uncheck to zoom on small amounts.</source>
            <translation>Un pipe contient au plus 64 Kio : un écrivain se bloque quand il est plein. Décochez pour zoomer sur les petites quantités.</translation>
        </message>
        <message>
            <source>Pipes</source>
            <translation>Pipes</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Sémaphores</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Octets</translation>
        </message>
        <message>
            <source>capacity (64 KiB)</source>
            <translation>capacité (64 Kio)</translation>
        </message>
        <message>
            <source>blocked on %1</source>
            <translation>bloqué sur %1</translation>
        </message>
        <message>
            <source>alive</source>
            <translation>vivant</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>bloqué</translation>
        </message>
        <message>
            <source>zombie</source>
            <translation>zombie</translation>
        </message>
        <message>
            <source>%1 written</source>
            <translation>écrit par %1</translation>
        </message>
        <message>
            <source>%1 read</source>
            <translation>lu par %1</translation>
        </message>
        <message>
            <source>Charts of the run</source>
            <translation>Graphiques de l’exécution</translation>
        </message>
    </context>
    <context>
        <name>CodePane</name>
        <message>
            <source>The scenario as a C program</source>
            <translation>Le scénario sous forme de programme C</translation>
        </message>
        <message>
            <source>Run a scenario to see it as a C program, with a cursor for each process.</source>
            <translation>Exécutez un scénario pour le voir sous forme de programme C, avec un curseur pour chaque processus.</translation>
        </message>
        <message>
            <source>not JSON at offset %1: %2</source>
            <translation>pas du JSON à la position %1 : %2</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>pas un objet</translation>
        </message>
        <message>
            <source>no "text" string in the engine's C program</source>
            <translation>pas de chaîne "text" dans le programme C du moteur</translation>
        </message>
        <message>
            <source>line table entry %1 is not {"line":N,"c_line":M} with N, M &gt; 0</source>
            <translation>l’entrée %1 de la table des lignes n’est pas {"line":N,"c_line":M} avec N, M &gt; 0</translation>
        </message>
        <message>
            <source>the engine %1 could not be started</source>
            <translation>le moteur %1 n’a pas pu être démarré</translation>
        </message>
        <message>
            <source>the engine did not answer within %1 ms</source>
            <translation>le moteur n’a pas répondu en moins de %1 ms</translation>
        </message>
        <message>
            <source>the engine exited with status %1</source>
            <translation>le moteur s’est terminé avec le statut %1</translation>
        </message>
        <message>
            <source>The run does not say which scenario it is.</source>
            <translation>L’exécution n’indique pas de quel scénario il s’agit.</translation>
        </message>
        <message>
            <source>The engine was not found.</source>
            <translation>Le moteur est introuvable.</translation>
        </message>
        <message>
            <source>No C listing: %1</source>
            <translation>Pas de listing C : %1</translation>
        </message>
        <message>
            <source>The scenario %1 could not be written as C: %2</source>
            <translation>Le scénario %1 n’a pas pu être traduit en C : %2</translation>
        </message>
        <message>
            <source>%1 called exec and now runs %2: its code is not in this listing.</source>
            <translation>%1 a appelé exec et exécute maintenant %2 : son code n’est pas dans ce listing.</translation>
        </message>
        <message>
            <source>%1 at line %2</source>
            <translation>%1 à la ligne %2</translation>
        </message>
        <message>
            <source>%1 (not on a line of this listing)</source>
            <translation>%1 (sur aucune ligne de ce listing)</translation>
        </message>
        <message>
            <source>No process is running the listing.</source>
            <translation>Aucun processus n’exécute ce listing.</translation>
        </message>
        <message>
            <source>The scenario written as C; each process's line is marked in its colour</source>
            <translation>Le scénario écrit en C ; la ligne de chaque processus est marquée de sa couleur</translation>
        </message>
        <message>
            <source>Where each process is</source>
            <translation>Où en est chaque processus</translation>
        </message>
    </context>
    <context>
        <name>ConsolePane</name>
        <message>
            <source>Console</source>
            <translation>Console</translation>
        </message>
        <message>
            <source>Everything the processes printed, up to the time cursor</source>
            <translation>Tout ce que les processus ont affiché, jusqu’au curseur temporel</translation>
        </message>
        <message>
            <source>Output of the processes appears here.</source>
            <translation>La sortie des processus apparaît ici.</translation>
        </message>
    </context>
    <context>
        <name>DecodeError</name>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>EngineClient</name>
        <message>
            <source>%1

The engine said:
%2</source>
            <translation>%1

Le moteur a dit :
%2</translation>
        </message>
        <message>
            <source>Internal error: the engine must be started from the main thread.</source>
            <translation>Erreur interne : le moteur doit être démarré depuis le thread principal.</translation>
        </message>
        <message>
            <source>The ipcviz engine (ipcviz-engine) was not found next to the application. Reinstall ipcviz, or set the environment variable IPCVIZ_ENGINE to the engine's path.</source>
            <translation>Le moteur d’ipcviz (ipcviz-engine) est introuvable à côté de l’application. Réinstallez ipcviz, ou indiquez le chemin du moteur dans la variable d’environnement IPCVIZ_ENGINE.</translation>
        </message>
        <message>
            <source>No scenario was chosen: pick one and run it again.</source>
            <translation>Aucun scénario n’a été choisi : choisissez-en un et relancez.</translation>
        </message>
        <message>
            <source>The engine speaks a newer protocol than this version of ipcviz (%1). Use the engine that came with this version of ipcviz, or update ipcviz.</source>
            <translation>Le moteur utilise un protocole plus récent que cette version d’ipcviz (%1). Utilisez le moteur fourni avec cette version d’ipcviz, ou mettez ipcviz à jour.</translation>
        </message>
        <message>
            <source>The engine's output does not start with a hello record: it is not an ipcviz event stream. Check that IPCVIZ_ENGINE points to ipcviz-engine.</source>
            <translation>La sortie du moteur ne commence pas par un enregistrement hello : ce n’est pas un flux d’événements ipcviz. Vérifiez qu’IPCVIZ_ENGINE désigne bien ipcviz-engine.</translation>
        </message>
        <message>
            <source>stopped by the user</source>
            <translation>arrêté par l’utilisateur</translation>
        </message>
        <message>
            <source>The run was stopped before it started.</source>
            <translation>L’exécution a été arrêtée avant d’avoir commencé.</translation>
        </message>
        <message>
            <source>The engine crashed before the end of the run. Run the scenario again; if the engine crashes again, report it together with its message.</source>
            <translation>Le moteur a planté avant la fin de l’exécution. Relancez le scénario ; si le moteur plante à nouveau, signalez-le en joignant son message.</translation>
        </message>
        <message>
            <source>The engine refused to run the scenario (exit status %1). Check the scenario and its parameters.</source>
            <translation>Le moteur a refusé d’exécuter le scénario (statut de sortie %1). Vérifiez le scénario et ses paramètres.</translation>
        </message>
        <message>
            <source>The engine exited (status %1) without finishing the run: the events so far are kept, but the run is incomplete.</source>
            <translation>Le moteur s’est terminé (statut %1) sans finir l’exécution : les événements reçus jusqu’ici sont conservés, mais l’exécution est incomplète.</translation>
        </message>
        <message>
            <source>Could not start the engine %1: %2. Check that the file exists and is executable, or set the environment variable IPCVIZ_ENGINE to the engine's path.</source>
            <translation>Impossible de démarrer le moteur %1 : %2. Vérifiez que le fichier existe et qu’il est exécutable, ou indiquez le chemin du moteur dans la variable d’environnement IPCVIZ_ENGINE.</translation>
        </message>
        <message>
            <source>Could not start the engine %1: %2.</source>
            <translation>Impossible de démarrer le moteur %1 : %2.</translation>
        </message>
        <message>
            <source>The engine did not list its scenarios within %1 ms.</source>
            <translation>Le moteur n’a pas listé ses scénarios en moins de %1 ms.</translation>
        </message>
        <message>
            <source>The engine could not list its scenarios (exit status %1).</source>
            <translation>Le moteur n’a pas pu lister ses scénarios (statut de sortie %1).</translation>
        </message>
        <message>
            <source>The engine's scenario list is not valid JSON (at byte %1: %2).</source>
            <translation>La liste des scénarios du moteur n’est pas du JSON valide (à l’octet %1 : %2).</translation>
        </message>
        <message>
            <source>The engine's scenario list is not a JSON array.</source>
            <translation>La liste des scénarios du moteur n’est pas un tableau JSON.</translation>
        </message>
        <message>
            <source>The engine's scenario list has an entry without an id.</source>
            <translation>La liste des scénarios du moteur contient une entrée sans id.</translation>
        </message>
    </context>
    <context>
        <name>EngineMessage</name>
        <message>
            <source>the run reached its cap of %1 processes; fork refused</source>
            <translation>l’exécution a atteint sa limite de %1 processus ; fork refusé</translation>
        </message>
        <message>
            <source>the run reached its cap of %1 IPC objects (pipes, FIFOs, files, shared memory, semaphores); %2 refused</source>
            <translation>l’exécution a atteint sa limite de %1 objets IPC (pipes, FIFO, fichiers, mémoire partagée, sémaphores) ; appel %2 refusé</translation>
        </message>
        <message>
            <source>'%1' is not an octal integer (a leading 0 means octal)</source>
            <translation>'%1' n’est pas un entier octal (un 0 initial signifie octal)</translation>
        </message>
        <message>
            <source>integer '%1' is out of range</source>
            <translation>l’entier '%1' est hors limites</translation>
        </message>
        <message>
            <source>invalid UTF-8</source>
            <translation>UTF-8 invalide</translation>
        </message>
        <message>
            <source>unexpected control character</source>
            <translation>caractère de contrôle inattendu</translation>
        </message>
        <message>
            <source>control character in a string (write it as an escape)</source>
            <translation>caractère de contrôle dans une chaîne (écris-le comme séquence d’échappement)</translation>
        </message>
        <message>
            <source>'\x' needs two hexadecimal digits (\x00 to \xFF)</source>
            <translation>'\x' demande deux chiffres hexadécimaux (de \x00 à \xFF)</translation>
        </message>
        <message>
            <source>unterminated string (missing closing '"')</source>
            <translation>chaîne non terminée (il manque le '"' fermant)</translation>
        </message>
        <message>
            <source>unknown escape '\%1' (use \n \t \r \\ \" \0 or \xHH)</source>
            <translation>séquence d’échappement inconnue '\%1' (utilise \n \t \r \\ \" \0 ou \xHH)</translation>
        </message>
        <message>
            <source>missing blank after a string</source>
            <translation>il manque un espace après une chaîne</translation>
        </message>
        <message>
            <source>'${name}' is for use inside strings; write $name</source>
            <translation>'${name}' s’utilise dans les chaînes ; écris $name</translation>
        </message>
        <message>
            <source>'$' must be followed by a parameter name</source>
            <translation>'$' doit être suivi d’un nom de paramètre</translation>
        </message>
        <message>
            <source>missing blank before a string</source>
            <translation>il manque un espace avant une chaîne</translation>
        </message>
        <message>
            <source>cannot open the file: %1</source>
            <translation>impossible d’ouvrir le fichier : %1</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>impossible de lire le fichier : %1</translation>
        </message>
        <message>
            <source>is a directory, not a scenario file</source>
            <translation>est un répertoire, pas un fichier de scénario</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>n’est pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>the file is larger than 1 MiB (%1 bytes): not a scenario</source>
            <translation>le fichier dépasse 1 Mio (%1 octets) : ce n’est pas un scénario</translation>
        </message>
        <message>
            <source>the file is larger than 1 MiB: not a scenario</source>
            <translation>le fichier dépasse 1 Mio : ce n’est pas un scénario</translation>
        </message>
        <message>
            <source>unknown scenario '%1': no built-in has this id and there is no such file</source>
            <translation>scénario '%1' inconnu : aucun scénario intégré n’a cet id et ce fichier n’existe pas</translation>
        </message>
        <message>
            <source>%1; run `ipcviz-engine list` to see the built-in scenarios</source>
            <translation>%1 ; lance `ipcviz-engine list` pour voir les scénarios intégrés</translation>
        </message>
        <message>
            <source>%1 (did you mean '%2'?)</source>
            <translation>%1 (voulais-tu dire '%2' ?)</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (invalid byte here)</source>
            <translation>le fichier n’est pas du texte UTF-8 (octet invalide ici)</translation>
        </message>
        <message>
            <source>the integer %1</source>
            <translation>l’entier %1</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>une chaîne</translation>
        </message>
        <message>
            <source>something else</source>
            <translation>autre chose</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>de %1 à %2</translation>
        </message>
        <message>
            <source>expected %1 (%2), found %3</source>
            <translation>attendu : %1 (%2), trouvé : %3</translation>
        </message>
        <message>
            <source>too many errors (%1); stopping here</source>
            <translation>trop d’erreurs (%1) ; arrêt ici</translation>
        </message>
        <message>
            <source>%1 (this scenario declares no parameters)</source>
            <translation>%1 (ce scénario ne déclare aucun paramètre)</translation>
        </message>
        <message>
            <source>%1 (parameters: %2)</source>
            <translation>%1 (paramètres : %2)</translation>
        </message>
        <message>
            <source>'{' must be at the end of line %1 ('%2'), not on a line of its own</source>
            <translation>'{' doit se trouver à la fin de la ligne %1 ('%2'), pas sur une ligne à part</translation>
        </message>
        <message>
            <source>'%1' needs a block: end the line with '{'</source>
            <translation>'%1' demande un bloc : termine la ligne par '{'</translation>
        </message>
        <message>
            <source>'}' must be alone on its line</source>
            <translation>'}' doit être seul sur sa ligne</translation>
        </message>
        <message>
            <source>'{' must end the line of the statement that opens the block</source>
            <translation>'{' doit terminer la ligne de l’instruction qui ouvre le bloc</translation>
        </message>
        <message>
            <source>nothing may follow '{' on its line: the block starts on the next line</source>
            <translation>rien ne peut suivre '{' sur sa ligne : le bloc commence à la ligne suivante</translation>
        </message>
        <message>
            <source>expected a statement, found %1</source>
            <translation>attendu : une instruction, trouvé : %1</translation>
        </message>
        <message>
            <source>'process' blocks cannot be nested (use 'fork' to start a child)</source>
            <translation>les blocs 'process' ne peuvent pas être imbriqués (utilise 'fork' pour lancer un enfant)</translation>
        </message>
        <message>
            <source>directive '%1' must come before the first 'process' block</source>
            <translation>la directive '%1' doit précéder le premier bloc 'process'</translation>
        </message>
        <message>
            <source>'%1' does not take a block</source>
            <translation>'%1' n’accepte pas de bloc</translation>
        </message>
        <message>
            <source>'%1' must be inside a 'process' block</source>
            <translation>'%1' doit se trouver dans un bloc 'process'</translation>
        </message>
        <message>
            <source>unknown directive '%1'</source>
            <translation>directive '%1' inconnue</translation>
        </message>
        <message>
            <source>'%1' is a directive: put it before the first 'process' block</source>
            <translation>'%1' est une directive : place-la avant le premier bloc 'process'</translation>
        </message>
        <message>
            <source>unknown statement '%1'</source>
            <translation>instruction '%1' inconnue</translation>
        </message>
        <message>
            <source>blocks are nested too deeply (at most %1 levels)</source>
            <translation>blocs imbriqués trop profondément (au plus %1 niveaux)</translation>
        </message>
        <message>
            <source>'}' without an open block</source>
            <translation>'}' sans bloc ouvert</translation>
        </message>
        <message>
            <source>the block of '%1' opened here is never closed (missing '}')</source>
            <translation>le bloc de '%1' ouvert ici n’est jamais fermé (il manque '}')</translation>
        </message>
        <message>
            <source>duplicate '%1' (already given at line %2)</source>
            <translation>'%1' en double (déjà donné à la ligne %2)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (usage: %3)</source>
            <translation>'%1' demande %2 (utilisation : %3)</translation>
        </message>
        <message>
            <source>a word</source>
            <translation>un mot</translation>
        </message>
        <message>
            <source>too many arguments (usage: %1)</source>
            <translation>trop d’arguments (utilisation : %1)</translation>
        </message>
        <message>
            <source>expected a string in double quotes, found %1</source>
            <translation>attendu : une chaîne entre guillemets doubles, trouvé : %1</translation>
        </message>
        <message>
            <source>the %1 is empty</source>
            <translation>la valeur de %1 est vide</translation>
        </message>
        <message>
            <source>the id must be lower-case letters, digits and '-', found %1</source>
            <translation>l’id ne doit contenir que des minuscules, des chiffres et '-', trouvé : %1</translation>
        </message>
        <message>
            <source>unknown end status %1 (one of: %2)</source>
            <translation>état final %1 inconnu (parmi : %2)</translation>
        </message>
        <message>
            <source>unknown category %1</source>
            <translation>catégorie %1 inconnue</translation>
        </message>
        <message>
            <source>unknown category %1 (one of: %2)</source>
            <translation>catégorie %1 inconnue (parmi : %2)</translation>
        </message>
        <message>
            <source>'param' needs a name (usage: %1)</source>
            <translation>'param' demande un nom (utilisation : %1)</translation>
        </message>
        <message>
            <source>expected a parameter name (letters, digits, '_'), found %1</source>
            <translation>attendu : un nom de paramètre (lettres, chiffres, '_'), trouvé : %1</translation>
        </message>
        <message>
            <source>duplicate parameter '%1' (first declared at line %2)</source>
            <translation>paramètre '%1' en double (déclaré pour la première fois à la ligne %2)</translation>
        </message>
        <message>
            <source>parameter '%1' needs a default value (usage: %2)</source>
            <translation>le paramètre '%1' demande une valeur par défaut (utilisation : %2)</translation>
        </message>
        <message>
            <source>expected the default value (an integer or a string), found %1</source>
            <translation>attendu : la valeur par défaut (un entier ou une chaîne), trouvé : %1</translation>
        </message>
        <message>
            <source>parameter '%1' needs a description (usage: %2)</source>
            <translation>le paramètre '%1' demande une description (utilisation : %2)</translation>
        </message>
        <message>
            <source>expected the description (a string), found %1</source>
            <translation>attendu : la description (une chaîne), trouvé : %1</translation>
        </message>
        <message>
            <source>unknown option %1 for 'param' (options: min, max)</source>
            <translation>option %1 inconnue pour 'param' (options : min, max)</translation>
        </message>
        <message>
            <source>'%1' applies to integer parameters only</source>
            <translation>'%1' ne s’applique qu’aux paramètres entiers</translation>
        </message>
        <message>
            <source>option '%1' given twice</source>
            <translation>option '%1' donnée deux fois</translation>
        </message>
        <message>
            <source>option '%1' needs an integer</source>
            <translation>l’option '%1' demande un entier</translation>
        </message>
        <message>
            <source>option '%1' needs an integer, found %2</source>
            <translation>l’option '%1' demande un entier, trouvé : %2</translation>
        </message>
        <message>
            <source>parameter '%1': min %2 is greater than max %3</source>
            <translation>paramètre '%1' : le minimum %2 est supérieur au maximum %3</translation>
        </message>
        <message>
            <source>the default %1 of parameter '%2' is outside its range (%3)</source>
            <translation>la valeur par défaut %1 du paramètre '%2' est hors de son intervalle (%3)</translation>
        </message>
        <message>
            <source>'process' needs a label (usage: process LABEL {)</source>
            <translation>'process' demande une étiquette (utilisation : process LABEL {)</translation>
        </message>
        <message>
            <source>expected a process label (lower-case letters, digits, '_' and '-', starting with a letter), found %1</source>
            <translation>attendu : une étiquette de processus (minuscules, chiffres, '_' et '-', commençant par une lettre), trouvé : %1</translation>
        </message>
        <message>
            <source>'%1' is reserved: choose another label</source>
            <translation>'%1' est réservé : choisis une autre étiquette</translation>
        </message>
        <message>
            <source>duplicate process label '%1' (first used at line %2)</source>
            <translation>étiquette de processus '%1' en double (utilisée pour la première fois à la ligne %2)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (%3)</source>
            <translation>'%1' demande %2 (%3)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (%3); usage: %4</source>
            <translation>'%1' demande %2 (%3) ; utilisation : %4</translation>
        </message>
        <message>
            <source>unknown option '%1' for '%2'</source>
            <translation>option '%1' inconnue pour '%2'</translation>
        </message>
        <message>
            <source>%1 (options: %2)</source>
            <translation>%1 (options : %2)</translation>
        </message>
        <message>
            <source>too many arguments, from %1 on; usage: %2</source>
            <translation>trop d’arguments, à partir de %1 ; utilisation : %2</translation>
        </message>
        <message>
            <source>option '%1' needs a value: %2 (%3)</source>
            <translation>l’option '%1' demande une valeur : %2 (%3)</translation>
        </message>
        <message>
            <source>option '%1' needs '%2'</source>
            <translation>l’option '%1' demande '%2'</translation>
        </message>
        <message>
            <source>options '%1' and '%2' exclude each other</source>
            <translation>les options '%1' et '%2' s’excluent mutuellement</translation>
        </message>
        <message>
            <source>'write' needs a string (the text to write) or 'fill INT'</source>
            <translation>'write' demande une chaîne (le texte à écrire) ou 'fill INT'</translation>
        </message>
        <message>
            <source>'write' takes a string or 'fill INT', not both</source>
            <translation>'write' accepte une chaîne ou 'fill INT', pas les deux</translation>
        </message>
        <message>
            <source>'as int32' reads 4 bytes, not %1</source>
            <translation>'as int32' lit 4 octets, pas %1</translation>
        </message>
        <message>
            <source>%1 cannot be caught, ignored or reset</source>
            <translation>%1 ne peut être ni intercepté, ni ignoré, ni rétabli</translation>
        </message>
        <message>
            <source>'reap' is a handler for SIGCHLD only, not %1</source>
            <translation>'reap' est un gestionnaire pour SIGCHLD seulement, pas pour %1</translation>
        </message>
        <message>
            <source>'%1' is already defined at line %2</source>
            <translation>'%1' est déjà défini à la ligne %2</translation>
        </message>
        <message>
            <source>unknown parameter '$%1'</source>
            <translation>paramètre '$%1' inconnu</translation>
        </message>
        <message>
            <source>'$%1' is a string parameter; expected an integer (%2)</source>
            <translation>'$%1' est un paramètre chaîne ; il faut un entier (%2)</translation>
        </message>
        <message>
            <source>the default of '$%1' (%2) is out of range for %3 (%4)</source>
            <translation>la valeur par défaut de '$%1' (%2) est hors limites pour %3 (%4)</translation>
        </message>
        <message>
            <source>unterminated '${' (write ${name} inside a string)</source>
            <translation>'${' non fermé (écris ${name} dans une chaîne)</translation>
        </message>
        <message>
            <source>'${%1}' is not a parameter name</source>
            <translation>'${%1}' n’est pas un nom de paramètre</translation>
        </message>
        <message>
            <source>unknown parameter '${%1}'</source>
            <translation>paramètre '${%1}' inconnu</translation>
        </message>
        <message>
            <source>'%' starts a run-time substitution; write %% for a '%' (substitutions: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME))</source>
            <translation>'%' commence une substitution à l’exécution ; écris %% pour un '%' (substitutions : %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME))</translation>
        </message>
        <message>
            <source>unknown substitution '%%1' (substitutions: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME), or %% for a '%')</source>
            <translation>substitution '%%1' inconnue (substitutions : %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME), ou %% pour un '%')</translation>
        </message>
        <message>
            <source>'%%1' needs a name in parentheses: %%2</source>
            <translation>'%%1' demande un nom entre parenthèses : %%2</translation>
        </message>
        <message>
            <source>unknown signal '%1' in %count(...)</source>
            <translation>signal '%1' inconnu dans %count(...)</translation>
        </message>
        <message>
            <source>unknown variable '%1' in %var(...): set it first with 'read ... into %1' or 'mem_read ... into %1'</source>
            <translation>variable '%1' inconnue dans %var(...) : définis-la d’abord avec 'read ... into %1' ou 'mem_read ... into %1'</translation>
        </message>
        <message>
            <source>'%1' is %2, not %3</source>
            <translation>'%1' est %2, pas %3</translation>
        </message>
        <message>
            <source>'%1' is not defined before this line in this process (expected %2)</source>
            <translation>'%1' n’est pas défini avant cette ligne dans ce processus (attendu : %2)</translation>
        </message>
        <message>
            <source>descriptor %1 is out of range (0 to 1023)</source>
            <translation>le descripteur %1 est hors limites (de 0 à 1023)</translation>
        </message>
        <message>
            <source>no pipe '%1' is defined before this line in this process</source>
            <translation>aucun pipe '%1' n’est défini avant cette ligne dans ce processus</translation>
        </message>
        <message>
            <source>'%1' is %2, not a pipe: '.r' and '.w' are the ends of a pipe</source>
            <translation>'%1' est %2, pas un pipe : '.r' et '.w' sont les extrémités d’un pipe</translation>
        </message>
        <message>
            <source>'%1' is a pipe: use %1.r or %1.w</source>
            <translation>'%1' est un pipe : utilise %1.r ou %1.w</translation>
        </message>
        <message>
            <source>out of range: %1 must be %2, not %3</source>
            <translation>hors limites : %1 doit être %2, pas %3</translation>
        </message>
        <message>
            <source>%1 (put text in double quotes)</source>
            <translation>%1 (mets le texte entre guillemets doubles)</translation>
        </message>
        <message>
            <source>a path cannot come from a parameter; write it as a string</source>
            <translation>un chemin ne peut pas venir d’un paramètre ; écris-le comme une chaîne</translation>
        </message>
        <message>
            <source>a path cannot use parameters</source>
            <translation>un chemin ne peut pas utiliser de paramètres</translation>
        </message>
        <message>
            <source>the path is empty</source>
            <translation>le chemin est vide</translation>
        </message>
        <message>
            <source>the path is longer than 200 bytes</source>
            <translation>le chemin dépasse 200 octets</translation>
        </message>
        <message>
            <source>a path cannot contain \0</source>
            <translation>un chemin ne peut pas contenir \0</translation>
        </message>
        <message>
            <source>absolute paths are refused: use a path relative to the run directory, such as "myfifo"</source>
            <translation>les chemins absolus sont refusés : utilise un chemin relatif au répertoire de l’exécution, comme "myfifo"</translation>
        </message>
        <message>
            <source>'..' is refused in paths: stay inside the run directory</source>
            <translation>'..' est refusé dans les chemins : reste dans le répertoire de l’exécution</translation>
        </message>
        <message>
            <source>a name cannot come from a parameter; write it as a string</source>
            <translation>un nom ne peut pas venir d’un paramètre ; écris-le comme une chaîne</translation>
        </message>
        <message>
            <source>a shm or semaphore name cannot use parameters</source>
            <translation>le nom d’une shm ou d’un sémaphore ne peut pas utiliser de paramètres</translation>
        </message>
        <message>
            <source>a shm or semaphore name must start with '/', as in "/AOS"</source>
            <translation>le nom d’une shm ou d’un sémaphore doit commencer par '/', comme dans "/AOS"</translation>
        </message>
        <message>
            <source>the name needs at least one character after '/'</source>
            <translation>le nom demande au moins un caractère après '/'</translation>
        </message>
        <message>
            <source>a shm or semaphore name cannot contain another '/'</source>
            <translation>le nom d’une shm ou d’un sémaphore ne peut pas contenir un autre '/'</translation>
        </message>
        <message>
            <source>the name is longer than 200 bytes</source>
            <translation>le nom dépasse 200 octets</translation>
        </message>
        <message>
            <source>a name cannot contain \0</source>
            <translation>un nom ne peut pas contenir \0</translation>
        </message>
        <message>
            <source>'%1' is not a valid name (letters, digits and '_', not starting with a digit)</source>
            <translation>'%1' n’est pas un nom valide (lettres, chiffres et '_', sans commencer par un chiffre)</translation>
        </message>
        <message>
            <source>'%1' is reserved: choose another name</source>
            <translation>'%1' est réservé : choisis un autre nom</translation>
        </message>
        <message>
            <source>'%1' is %2, not a process</source>
            <translation>'%1' est %2, pas un processus</translation>
        </message>
        <message>
            <source>unknown signal '%1' (write 'SIG%1')</source>
            <translation>signal '%1' inconnu (écris 'SIG%1')</translation>
        </message>
        <message>
            <source>unknown signal '%1'</source>
            <translation>signal '%1' inconnu</translation>
        </message>
        <message>
            <source>'%1' is %2, not a variable</source>
            <translation>'%1' est %2, pas une variable</translation>
        </message>
        <message>
            <source>unknown variable '%1': set it first with 'mem_read ... into %1' or 'read ... into %1'</source>
            <translation>variable '%1' inconnue : définis-la d’abord avec 'mem_read ... into %1' ou 'read ... into %1'</translation>
        </message>
        <message>
            <source>unknown process '%1': not a fork NAME defined earlier in this process, nor a process label</source>
            <translation>processus '%1' inconnu : ni un NAME de fork défini plus haut dans ce processus, ni une étiquette de processus</translation>
        </message>
        <message>
            <source>no 'process' block: a scenario needs at least one process</source>
            <translation>aucun bloc 'process' : un scénario a besoin d’au moins un processus</translation>
        </message>
        <message>
            <source>a pipe</source>
            <translation>un pipe</translation>
        </message>
        <message>
            <source>an opened FIFO or file</source>
            <translation>une FIFO ou un fichier ouvert</translation>
        </message>
        <message>
            <source>a shared memory object</source>
            <translation>un objet de mémoire partagée</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>une projection</translation>
        </message>
        <message>
            <source>a semaphore</source>
            <translation>un sémaphore</translation>
        </message>
        <message>
            <source>a child process</source>
            <translation>un processus enfant</translation>
        </message>
        <message>
            <source>a variable</source>
            <translation>une variable</translation>
        </message>
        <message>
            <source>a name</source>
            <translation>un nom</translation>
        </message>
        <message>
            <source>the permission bits, e.g. 0600</source>
            <translation>les bits de permission, par ex. 0600</translation>
        </message>
        <message>
            <source>the variable to keep the text</source>
            <translation>la variable où garder le texte</translation>
        </message>
        <message>
            <source>the text to print</source>
            <translation>le texte à afficher</translation>
        </message>
        <message>
            <source>the text to put in the stdout buffer</source>
            <translation>le texte à mettre dans le tampon de stdout</translation>
        </message>
        <message>
            <source>the text to print on stderr</source>
            <translation>le texte à afficher sur stderr</translation>
        </message>
        <message>
            <source>the child's name</source>
            <translation>le nom de l’enfant</translation>
        </message>
        <message>
            <source>the depth of the tree</source>
            <translation>la profondeur de l’arbre</translation>
        </message>
        <message>
            <source>how many children each process forks</source>
            <translation>combien d’enfants chaque processus crée</translation>
        </message>
        <message>
            <source>the child to wait for</source>
            <translation>l’enfant à attendre</translation>
        </message>
        <message>
            <source>the exit status</source>
            <translation>le code de sortie</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <source>milliseconds</source>
            <translation>millisecondes</translation>
        </message>
        <message>
            <source>microseconds</source>
            <translation>microsecondes</translation>
        </message>
        <message>
            <source>the program and its arguments</source>
            <translation>le programme et ses arguments</translation>
        </message>
        <message>
            <source>how many times</source>
            <translation>combien de fois</translation>
        </message>
        <message>
            <source>the signal to handle</source>
            <translation>le signal à gérer</translation>
        </message>
        <message>
            <source>the action</source>
            <translation>l’action</translation>
        </message>
        <message>
            <source>the process to signal</source>
            <translation>le processus à qui envoyer le signal</translation>
        </message>
        <message>
            <source>the signal to send</source>
            <translation>le signal à envoyer</translation>
        </message>
        <message>
            <source>the pipe's name</source>
            <translation>le nom du pipe</translation>
        </message>
        <message>
            <source>the descriptor to close</source>
            <translation>le descripteur à fermer</translation>
        </message>
        <message>
            <source>the descriptor to copy</source>
            <translation>le descripteur à copier</translation>
        </message>
        <message>
            <source>the new descriptor number</source>
            <translation>le numéro du nouveau descripteur</translation>
        </message>
        <message>
            <source>the descriptor to write to</source>
            <translation>le descripteur où écrire</translation>
        </message>
        <message>
            <source>the text to write</source>
            <translation>le texte à écrire</translation>
        </message>
        <message>
            <source>how many bytes of 'x' to write</source>
            <translation>combien d’octets 'x' écrire</translation>
        </message>
        <message>
            <source>the descriptor to read from</source>
            <translation>le descripteur où lire</translation>
        </message>
        <message>
            <source>the most bytes one read returns</source>
            <translation>le nombre maximal d’octets qu’un read renvoie</translation>
        </message>
        <message>
            <source>the text to wait for</source>
            <translation>le texte à attendre</translation>
        </message>
        <message>
            <source>the FIFO's path</source>
            <translation>le chemin de la FIFO</translation>
        </message>
        <message>
            <source>the descriptor's name</source>
            <translation>le nom du descripteur</translation>
        </message>
        <message>
            <source>the path to open</source>
            <translation>le chemin à ouvrir</translation>
        </message>
        <message>
            <source>the access mode</source>
            <translation>le mode d’accès</translation>
        </message>
        <message>
            <source>the path to remove</source>
            <translation>le chemin à supprimer</translation>
        </message>
        <message>
            <source>the shared memory's name</source>
            <translation>le nom de la mémoire partagée</translation>
        </message>
        <message>
            <source>the shared memory object, e.g. "/AOS"</source>
            <translation>l’objet de mémoire partagée, par ex. "/AOS"</translation>
        </message>
        <message>
            <source>the shared memory to resize</source>
            <translation>la mémoire partagée à redimensionner</translation>
        </message>
        <message>
            <source>the size in bytes</source>
            <translation>la taille en octets</translation>
        </message>
        <message>
            <source>the mapping's name</source>
            <translation>le nom de la projection</translation>
        </message>
        <message>
            <source>the shared memory or file to map</source>
            <translation>la mémoire partagée ou le fichier à projeter</translation>
        </message>
        <message>
            <source>the protection</source>
            <translation>la protection</translation>
        </message>
        <message>
            <source>the mapping to remove</source>
            <translation>la projection à supprimer</translation>
        </message>
        <message>
            <source>the mapping to write to</source>
            <translation>la projection où écrire</translation>
        </message>
        <message>
            <source>the offset</source>
            <translation>le décalage</translation>
        </message>
        <message>
            <source>the bytes to write</source>
            <translation>les octets à écrire</translation>
        </message>
        <message>
            <source>the mapping to read from</source>
            <translation>la projection où lire</translation>
        </message>
        <message>
            <source>how many bytes</source>
            <translation>combien d’octets</translation>
        </message>
        <message>
            <source>how to read the bytes</source>
            <translation>comment lire les octets</translation>
        </message>
        <message>
            <source>the offset of the int</source>
            <translation>le décalage de l’int</translation>
        </message>
        <message>
            <source>the variable that holds the value</source>
            <translation>la variable qui contient la valeur</translation>
        </message>
        <message>
            <source>the number to add</source>
            <translation>le nombre à ajouter</translation>
        </message>
        <message>
            <source>the mapping</source>
            <translation>la projection</translation>
        </message>
        <message>
            <source>the shared memory object to remove</source>
            <translation>l’objet de mémoire partagée à supprimer</translation>
        </message>
        <message>
            <source>the semaphore's name</source>
            <translation>le nom du sémaphore</translation>
        </message>
        <message>
            <source>the semaphore, e.g. "/sem_AOS"</source>
            <translation>le sémaphore, par ex. "/sem_AOS"</translation>
        </message>
        <message>
            <source>the initial value</source>
            <translation>la valeur initiale</translation>
        </message>
        <message>
            <source>the semaphore</source>
            <translation>le sémaphore</translation>
        </message>
        <message>
            <source>the semaphore to remove</source>
            <translation>le sémaphore à supprimer</translation>
        </message>
        <message>
            <source>an integer</source>
            <translation>un entier</translation>
        </message>
        <message>
            <source>a descriptor (NAME.r, NAME.w, an opened NAME or a number)</source>
            <translation>un descripteur (NAME.r, NAME.w, un NAME ouvert ou un nombre)</translation>
        </message>
        <message>
            <source>a descriptor (NAME.r, NAME.w, an opened NAME, a shm_open NAME or a number)</source>
            <translation>un descripteur (NAME.r, NAME.w, un NAME ouvert, le NAME d’un shm_open ou un nombre)</translation>
        </message>
        <message>
            <source>a process (a label such as main.1, a fork's NAME, parent or self)</source>
            <translation>un processus (une étiquette comme main.1, le NAME d’un fork, parent ou self)</translation>
        </message>
        <message>
            <source>the NAME of a fork</source>
            <translation>le NAME d’un fork</translation>
        </message>
        <message>
            <source>a signal name</source>
            <translation>un nom de signal</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 ou %2</translation>
        </message>
        <message>
            <source>the NAME of a shm_open</source>
            <translation>le NAME d’un shm_open</translation>
        </message>
        <message>
            <source>the NAME of a shm_open or of an opened file</source>
            <translation>le NAME d’un shm_open ou d’un fichier ouvert</translation>
        </message>
        <message>
            <source>the MAP of an mmap</source>
            <translation>la MAP d’un mmap</translation>
        </message>
        <message>
            <source>the NAME of a sem_open</source>
            <translation>le NAME d’un sem_open</translation>
        </message>
        <message>
            <source>a program name</source>
            <translation>un nom de programme</translation>
        </message>
        <message>
            <source>the NAME of a variable</source>
            <translation>le NAME d’une variable</translation>
        </message>
        <message>
            <source>an argument</source>
            <translation>un argument</translation>
        </message>
        <message>
            <source>the scenario has more root processes than the process cap allows</source>
            <translation>le scénario a plus de processus racines que la limite de processus ne le permet</translation>
        </message>
        <message>
            <source>fork: %1</source>
            <translation>fork : %1</translation>
        </message>
        <message>
            <source>the engine received %1</source>
            <translation>le moteur a reçu %1</translation>
        </message>
        <message>
            <source>the run did not end within %1 s (--timeout)</source>
            <translation>l’exécution ne s’est pas terminée en %1 s (--timeout)</translation>
        </message>
        <message>
            <source>nobody reads the engine's output any more</source>
            <translation>plus personne ne lit la sortie du moteur</translation>
        </message>
        <message>
            <source>the run produced %1 events, its cap (--max-events); stopped</source>
            <translation>l’exécution a produit %1 événements, sa limite (--max-events) ; arrêtée</translation>
        </message>
        <message>
            <source>the controller closed the engine's standard input</source>
            <translation>le contrôleur a fermé l’entrée standard du moteur</translation>
        </message>
        <message>
            <source>command line too long (over 64 KiB without a newline); discarded</source>
            <translation>ligne de commande trop longue (plus de 64 Kio sans saut de ligne) ; ignorée</translation>
        </message>
        <message>
            <source>command is not a JSON object: %1</source>
            <translation>la commande n’est pas un objet JSON : %1</translation>
        </message>
        <message>
            <source>command without a "cmd" string</source>
            <translation>commande sans chaîne "cmd"</translation>
        </message>
        <message>
            <source>'%1' needs a run started in step mode (--step)</source>
            <translation>'%1' demande une exécution lancée en mode pas à pas (--step)</translation>
        </message>
        <message>
            <source>step: "label" must be a string</source>
            <translation>step : "label" doit être une chaîne</translation>
        </message>
        <message>
            <source>stopped by the user</source>
            <translation>arrêté par l’utilisateur</translation>
        </message>
        <message>
            <source>signal: needs "label" and "signal" strings</source>
            <translation>signal : il faut les chaînes "label" et "signal"</translation>
        </message>
        <message>
            <source>fifo.write: needs "obj" and "data" strings</source>
            <translation>fifo.write : il faut les chaînes "obj" et "data"</translation>
        </message>
        <message>
            <source>unknown command '%1' (known: step, continue, pause, stop, signal, fifo.write)</source>
            <translation>commande '%1' inconnue (connues : step, continue, pause, stop, signal, fifo.write)</translation>
        </message>
        <message>
            <source>signal: no live process of this run is labelled '%1'</source>
            <translation>signal : aucun processus vivant de cette exécution n’a l’étiquette '%1'</translation>
        </message>
        <message>
            <source>signal: unknown signal '%1'</source>
            <translation>signal : signal '%1' inconnu</translation>
        </message>
        <message>
            <source>fifo.write: "obj" must name a FIFO of this run, like "fifo:myfifo"</source>
            <translation>fifo.write : "obj" doit nommer une FIFO de cette exécution, comme "fifo:myfifo"</translation>
        </message>
        <message>
            <source>fifo.write: this run has no FIFO %1</source>
            <translation>fifo.write : cette exécution n’a pas de FIFO %1</translation>
        </message>
        <message>
            <source>fifo.write: nobody has %1 open for reading yet</source>
            <translation>fifo.write : personne n’a encore ouvert %1 en lecture</translation>
        </message>
        <message>
            <source>fifo.write: cannot open %1: %2</source>
            <translation>fifo.write : impossible d’ouvrir %1 : %2</translation>
        </message>
        <message>
            <source>step: '%1' is not waiting at a gate</source>
            <translation>step : '%1' n’attend pas à une barrière</translation>
        </message>
        <message>
            <source>step: no process is waiting at a gate</source>
            <translation>step : aucun processus n’attend à une barrière</translation>
        </message>
        <message>
            <source>%1 waits in %2</source>
            <translation>%1 attend dans %2</translation>
        </message>
        <message>
            <source>%1 waits in %2 on %3</source>
            <translation>%1 attend dans %2 sur %3</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1 ; %2</translation>
        </message>
        <message>
            <source>every process is blocked and nothing can wake it: %1</source>
            <translation>tous les processus sont bloqués et rien ne peut les réveiller : %1</translation>
        </message>
    </context>
    <context>
        <name>EventDecoder</name>
        <message>
            <source>line is %1 bytes long; the limit is %2 bytes</source>
            <translation>la ligne fait %1 octets ; la limite est de %2 octets</translation>
        </message>
        <message>
            <source>empty line</source>
            <translation>ligne vide</translation>
        </message>
        <message>
            <source>line is longer than %1 bytes; skipped</source>
            <translation>la ligne dépasse %1 octets ; ignorée</translation>
        </message>
        <message>
            <source>line is %1 bytes long; the limit is %2 bytes; skipped</source>
            <translation>la ligne fait %1 octets ; la limite est de %2 octets ; ignorée</translation>
        </message>
        <message>
            <source>second hello record; ignored</source>
            <translation>second enregistrement hello ; ignoré</translation>
        </message>
        <message>
            <source>the stream uses protocol version %1, but this version of ipcviz understands only version %2: update ipcviz</source>
            <translation>le flux utilise la version %1 du protocole, mais cette version d’ipcviz ne comprend que la version %2 : mettez ipcviz à jour</translation>
        </message>
        <message>
            <source>hello record without a valid protocol version; assuming %1</source>
            <translation>enregistrement hello sans version de protocole valide ; version %1 supposée</translation>
        </message>
        <message>
            <source>hello record is not the first record</source>
            <translation>l’enregistrement hello n’est pas le premier enregistrement</translation>
        </message>
        <message>
            <source>second end record; ignored</source>
            <translation>second enregistrement end ; ignoré</translation>
        </message>
        <message>
            <source>event before the hello record</source>
            <translation>événement avant l’enregistrement hello</translation>
        </message>
        <message>
            <source>event after the end record</source>
            <translation>événement après l’enregistrement end</translation>
        </message>
        <message>
            <source>seq %1 comes after %2: out of order or repeated</source>
            <translation>seq %1 arrive après %2 : désordre ou doublon</translation>
        </message>
        <message>
            <source>invalid JSON at byte %1: %2</source>
            <translation>JSON invalide à l’octet %1 : %2</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>pas un objet JSON</translation>
        </message>
        <message>
            <source>unknown record type "%1" (expected hello or end)</source>
            <translation>type d’enregistrement inconnu "%1" (hello ou end attendu)</translation>
        </message>
        <message>
            <source>not a string</source>
            <translation>pas une chaîne</translation>
        </message>
        <message>
            <source>record has neither a "kind" nor a "type"</source>
            <translation>l’enregistrement n’a ni "kind" ni "type"</translation>
        </message>
        <message>
            <source>event "%1" has no valid "seq" (a non-negative integer)</source>
            <translation>l’événement "%1" n’a pas de "seq" valide (un entier positif ou nul)</translation>
        </message>
        <message numerus="yes">
            <source>first seq is %n, expected 0: %n event(s) missing</source>
            <translation>
                <numerusform>le premier seq est %n, 0 attendu : %n événement manquant</numerusform>
                <numerusform>le premier seq est %n, 0 attendu : %n événements manquants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>seq jumps from %1 to %2: %n event(s) missing</source>
            <translation>
                <numerusform>seq saute de %1 à %2 : %n événement manquant</numerusform>
                <numerusform>seq saute de %1 à %2 : %n événements manquants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more error(s) not listed</source>
            <translation>
                <numerusform>%n autre erreur non listée</numerusform>
                <numerusform>%n autres erreurs non listées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventDescriber</name>
        <message>
            <source>The user</source>
            <translation>L’utilisateur</translation>
        </message>
        <message>
            <source>PID %1</source>
            <translation>PID %1</translation>
        </message>
        <message>
            <source>%1: %2 failed</source>
            <translation>%1 : échec de %2</translation>
        </message>
        <message>
            <source>%1: %2 failed (%3)</source>
            <translation>%1 : échec de %2 (%3)</translation>
        </message>
        <message>
            <source>Run of %1 started (engine %2, %3 mode)</source>
            <translation>Exécution de %1 démarrée (moteur %2, mode %3)</translation>
        </message>
        <message>
            <source>The run completed</source>
            <translation>L’exécution s’est terminée normalement</translation>
        </message>
        <message>
            <source>The run was stopped</source>
            <translation>L’exécution a été arrêtée</translation>
        </message>
        <message>
            <source>The run timed out</source>
            <translation>L’exécution a dépassé son délai</translation>
        </message>
        <message>
            <source>The run ended in a deadlock</source>
            <translation>L’exécution s’est terminée par un deadlock</translation>
        </message>
        <message>
            <source>The run failed</source>
            <translation>L’exécution a échoué</translation>
        </message>
        <message>
            <source>The run ended (%1)</source>
            <translation>L’exécution s’est terminée (%1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>; the engine cleaned up %n thing(s) left behind</source>
            <translation>
                <numerusform>; le moteur a nettoyé %n objet resté en place</numerusform>
                <numerusform>; le moteur a nettoyé %n objets restés en place</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n thing(s) leaked</source>
            <translation>
                <numerusform>; %n objet non libéré</numerusform>
                <numerusform>; %n objets non libérés</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 started (PID %2)</source>
            <translation>%1 a démarré (PID %2)</translation>
        </message>
        <message>
            <source>%1 started (PID %2), child of %3</source>
            <translation>%1 a démarré (PID %2), fils de %3</translation>
        </message>
        <message>
            <source>%1 forked %2 (PID %3)</source>
            <translation>%1 a créé %2 (PID %3) avec fork</translation>
        </message>
        <message>
            <source>%1: exec of %2 failed</source>
            <translation>%1 : échec de l’exec de %2</translation>
        </message>
        <message>
            <source>%1: exec of %2 failed (%3)</source>
            <translation>%1 : échec de l’exec de %2 (%3)</translation>
        </message>
        <message>
            <source>%1 executes %2</source>
            <translation>%1 exécute %2</translation>
        </message>
        <message>
            <source>%1 was killed by %2</source>
            <translation>%1 a été tué par %2</translation>
        </message>
        <message>
            <source>%1 exited with status %2</source>
            <translation>%1 s’est terminé avec le statut %2</translation>
        </message>
        <message>
            <source> (core dumped)</source>
            <translation> (core dumped)</translation>
        </message>
        <message>
            <source>%1 calls exit(%2)</source>
            <translation>%1 appelle exit(%2)</translation>
        </message>
        <message>
            <source>%1 waits for its child PID %2</source>
            <translation>%1 attend son fils de PID %2</translation>
        </message>
        <message>
            <source>%1 waits for a child to end</source>
            <translation>%1 attend la fin d’un fils</translation>
        </message>
        <message>
            <source>%1 reaped PID %2 (killed by %3)</source>
            <translation>%1 a récupéré le PID %2 (tué par %3)</translation>
        </message>
        <message>
            <source>%1 reaped PID %2 (exit status %3)</source>
            <translation>%1 a récupéré le PID %2 (statut de sortie %3)</translation>
        </message>
        <message>
            <source>%1 reaped PID %2</source>
            <translation>%1 a récupéré le PID %2</translation>
        </message>
        <message>
            <source>The engine reaped PID %1</source>
            <translation>Le moteur a récupéré le PID %1</translation>
        </message>
        <message>
            <source>The engine reaped %1 (PID %2)</source>
            <translation>Le moteur a récupéré %1 (PID %2)</translation>
        </message>
        <message>
            <source>%1 became a zombie</source>
            <translation>%1 est devenu un zombie</translation>
        </message>
        <message>
            <source>%1 is now in kernel state %2</source>
            <translation>%1 est maintenant dans l’état noyau %2</translation>
        </message>
        <message>
            <source> (parent PID %1)</source>
            <translation> (PID du père : %1)</translation>
        </message>
        <message>
            <source>%1 printed on stderr: %2</source>
            <translation>%1 a affiché sur stderr : %2</translation>
        </message>
        <message>
            <source>%1 printed %2</source>
            <translation>%1 a affiché %2</translation>
        </message>
        <message>
            <source>%1 woke up</source>
            <translation>%1 s’est réveillé</translation>
        </message>
        <message>
            <source>%1 sleeps %2 ms</source>
            <translation>%1 dort %2 ms</translation>
        </message>
        <message>
            <source>%1 created %2 (read end fd %3, write end fd %4)</source>
            <translation>%1 a créé %2 (extrémité de lecture : fd %3, extrémité d’écriture : fd %4)</translation>
        </message>
        <message>
            <source>%1 closed fd %2</source>
            <translation>%1 a fermé le fd %2</translation>
        </message>
        <message>
            <source>%1 closed fd %2 (%3)</source>
            <translation>%1 a fermé le fd %2 (%3)</translation>
        </message>
        <message>
            <source>%1 duplicated fd %2 onto fd %3 (%4)</source>
            <translation>%1 a dupliqué le fd %2 sur le fd %3 (%4)</translation>
        </message>
        <message>
            <source>%1: write to %2 failed</source>
            <translation>%1 : échec de l’écriture dans %2</translation>
        </message>
        <message>
            <source>%1: write to %2 failed (%3)</source>
            <translation>%1 : échec de l’écriture dans %2 (%3)</translation>
        </message>
        <message>
            <source>%1: read from %2 failed</source>
            <translation>%1 : échec de la lecture dans %2</translation>
        </message>
        <message>
            <source>%1: read from %2 failed (%3)</source>
            <translation>%1 : échec de la lecture dans %2 (%3)</translation>
        </message>
        <message>
            <source>%1 read end of file from %2</source>
            <translation>%1 a lu une fin de fichier dans %2</translation>
        </message>
        <message>
            <source>%1 created FIFO %2 at %3</source>
            <translation>%1 a créé la FIFO %2 au chemin %3</translation>
        </message>
        <message>
            <source>%1 opens FIFO %2 for %3</source>
            <translation>%1 ouvre la FIFO %2 en mode %3</translation>
        </message>
        <message>
            <source>%1 opened FIFO %2 for %3 (fd %4)</source>
            <translation>%1 a ouvert la FIFO %2 en mode %3 (fd %4)</translation>
        </message>
        <message>
            <source>%1 removed %2 (%3)</source>
            <translation>%1 a supprimé %2 (%3)</translation>
        </message>
        <message>
            <source>%1 created and opened file %2 for %3 (fd %4)</source>
            <translation>%1 a créé et ouvert le fichier %2 en mode %3 (fd %4)</translation>
        </message>
        <message>
            <source>%1 opened file %2 for %3 (fd %4)</source>
            <translation>%1 a ouvert le fichier %2 en mode %3 (fd %4)</translation>
        </message>
        <message>
            <source>%1 created shared memory %2 (%3) for %4</source>
            <translation>%1 a créé la mémoire partagée %2 (%3) en mode %4</translation>
        </message>
        <message>
            <source>%1 opened shared memory %2 (%3) for %4</source>
            <translation>%1 a ouvert la mémoire partagée %2 (%3) en mode %4</translation>
        </message>
        <message>
            <source>%1 unmapped %2 (%3)</source>
            <translation>%1 a supprimé la projection %2 (%3)</translation>
        </message>
        <message>
            <source>%1 unlinked %2 (%3)</source>
            <translation>%1 a supprimé le nom de %2 (%3)</translation>
        </message>
        <message>
            <source>%1 incremented the int at offset %2 of %3: %4 to %5</source>
            <translation>%1 a incrémenté l’entier à la position %2 de %3 : de %4 à %5</translation>
        </message>
        <message>
            <source>%1 created semaphore %2 (%3) with value %4</source>
            <translation>%1 a créé le sémaphore %2 (%3) avec la valeur %4</translation>
        </message>
        <message>
            <source>%1 opened semaphore %2 (%3), value %4</source>
            <translation>%1 a ouvert le sémaphore %2 (%3), valeur %4</translation>
        </message>
        <message>
            <source>%1 waits on %2 (value %3)</source>
            <translation>%1 attend sur %2 (valeur %3)</translation>
        </message>
        <message>
            <source>%1 passed %2 (value now %3)</source>
            <translation>%1 a franchi %2 (valeur désormais %3)</translation>
        </message>
        <message>
            <source>%1 posted %2 (value now %3)</source>
            <translation>%1 a fait sem_post sur %2 (valeur désormais %3)</translation>
        </message>
        <message>
            <source>%1 closed %2</source>
            <translation>%1 a fermé %2</translation>
        </message>
        <message>
            <source>%1 installed a counting handler for %2</source>
            <translation>%1 a installé un gestionnaire qui compte les %2</translation>
        </message>
        <message>
            <source>%1 ignores %2</source>
            <translation>%1 ignore %2</translation>
        </message>
        <message>
            <source>%1 restored the default action of %2</source>
            <translation>%1 a rétabli l’action par défaut de %2</translation>
        </message>
        <message>
            <source>%1: sending %2 to %3 failed</source>
            <translation>%1 : échec de l’envoi de %2 à %3</translation>
        </message>
        <message>
            <source>%1: sending %2 to %3 failed (%4)</source>
            <translation>%1 : échec de l’envoi de %2 à %3 (%4)</translation>
        </message>
        <message>
            <source>The user sends %1 to %2</source>
            <translation>L’utilisateur envoie %1 à %2</translation>
        </message>
        <message>
            <source>%1 sends %2 to %3</source>
            <translation>%1 envoie %2 à %3</translation>
        </message>
        <message>
            <source>The user sent %1 to %2</source>
            <translation>L’utilisateur a envoyé %1 à %2</translation>
        </message>
        <message>
            <source>%1 sent %2 to %3</source>
            <translation>%1 a envoyé %2 à %3</translation>
        </message>
        <message>
            <source>%1's handler for %2 ran (%3 so far)</source>
            <translation>%1 : son gestionnaire de %2 s’est exécuté (%3 fois jusqu’ici)</translation>
        </message>
        <message>
            <source>%1's handler for %2 ran</source>
            <translation>%1 : son gestionnaire de %2 s’est exécuté</translation>
        </message>
        <message>
            <source>%1 returned from pause</source>
            <translation>%1 est revenu de pause</translation>
        </message>
        <message>
            <source>%1 pauses until a signal arrives</source>
            <translation>%1 se met en pause jusqu’à l’arrivée d’un signal</translation>
        </message>
        <message>
            <source>%1 is ready and %2</source>
            <translation>%1 est prêt et %2</translation>
        </message>
        <message>
            <source>%1 was released (continue)</source>
            <translation>%1 a été libéré (continuer)</translation>
        </message>
        <message>
            <source>%1 was released by the recorded schedule</source>
            <translation>%1 a été libéré par l’ordonnancement enregistré</translation>
        </message>
        <message>
            <source>%1 was released by the user</source>
            <translation>%1 a été libéré par l’utilisateur</translation>
        </message>
        <message>
            <source>Engine error: %1</source>
            <translation>Erreur du moteur : %1</translation>
        </message>
        <message>
            <source>Engine limit reached: %1 (%2)</source>
            <translation>Limite du moteur atteinte : %1 (%2)</translation>
        </message>
        <message>
            <source>Engine limit reached: %1</source>
            <translation>Limite du moteur atteinte : %1</translation>
        </message>
        <message>
            <source>%1 in %2 on %3</source>
            <translation>%1 dans %2 sur %3</translation>
        </message>
        <message>
            <source>Deadlock: every live process is blocked</source>
            <translation>Deadlock : tous les processus vivants sont bloqués</translation>
        </message>
        <message>
            <source>Deadlock: every live process is blocked (%1)</source>
            <translation>Deadlock : tous les processus vivants sont bloqués (%1)</translation>
        </message>
        <message>
            <source>The user's %1 command took effect</source>
            <translation>La commande %1 de l’utilisateur a pris effet</translation>
        </message>
        <message>
            <source>%1: %2 on %3</source>
            <translation>%1 : %2 sur %3</translation>
        </message>
        <message>
            <source>will run %1</source>
            <translation>va exécuter %1</translation>
        </message>
        <message>
            <source>will run: %1</source>
            <translation>va exécuter : %1</translation>
        </message>
        <message>
            <source>will fork %1</source>
            <translation>va créer %1 avec fork</translation>
        </message>
        <message>
            <source>will fork a child</source>
            <translation>va créer un fils avec fork</translation>
        </message>
        <message>
            <source>will wait for %1</source>
            <translation>va attendre %1</translation>
        </message>
        <message>
            <source>will wait for a child to end</source>
            <translation>va attendre la fin d’un fils</translation>
        </message>
        <message>
            <source>will exit with status %1</source>
            <translation>va se terminer avec le statut %1</translation>
        </message>
        <message>
            <source>will close fd %1</source>
            <translation>va fermer le fd %1</translation>
        </message>
        <message>
            <source>will close fd %1 (%2)</source>
            <translation>va fermer le fd %1 (%2)</translation>
        </message>
        <message>
            <source>will create a pipe</source>
            <translation>va créer un pipe</translation>
        </message>
        <message>
            <source>will create %1</source>
            <translation>va créer %1</translation>
        </message>
        <message>
            <source>will print %1</source>
            <translation>va afficher %1</translation>
        </message>
        <message>
            <source>will sleep %1 ms</source>
            <translation>va dormir %1 ms</translation>
        </message>
        <message>
            <source>will send %1 to %2</source>
            <translation>va envoyer %1 à %2</translation>
        </message>
        <message>
            <source>will pause until a signal arrives</source>
            <translation>va se mettre en pause jusqu’à l’arrivée d’un signal</translation>
        </message>
        <message>
            <source>will wait on %1</source>
            <translation>va attendre sur %1</translation>
        </message>
        <message>
            <source>will post %1</source>
            <translation>va faire sem_post sur %1</translation>
        </message>
        <message>
            <source>will execute %1</source>
            <translation>va exécuter %1 (exec)</translation>
        </message>
        <message>
            <source>will open %1 for %2</source>
            <translation>va ouvrir %1 en mode %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 writes %n byte(s) to %2: %3</source>
            <translation>
                <numerusform>%1 écrit %n octet dans %2 : %3</numerusform>
                <numerusform>%1 écrit %n octets dans %2 : %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 wrote %n byte(s) to %2</source>
            <translation>
                <numerusform>%1 a écrit %n octet dans %2</numerusform>
                <numerusform>%1 a écrit %n octets dans %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 reads up to %n byte(s) from %2</source>
            <translation>
                <numerusform>%1 lit jusqu’à %n octet dans %2</numerusform>
                <numerusform>%1 lit jusqu’à %n octets dans %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 read %n byte(s) from %2: %3</source>
            <translation>
                <numerusform>%1 a lu %n octet dans %2 : %3</numerusform>
                <numerusform>%1 a lu %n octets dans %2 : %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 set the size of %2 to %n byte(s)</source>
            <translation>
                <numerusform>%1 a fixé la taille de %2 à %n octet</numerusform>
                <numerusform>%1 a fixé la taille de %2 à %n octets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 mapped %n byte(s) of %2 as %3 (%4)</source>
            <translation>
                <numerusform>%1 a projeté %n octet de %2 sous le nom %3 (%4)</numerusform>
                <numerusform>%1 a projeté %n octets de %2 sous le nom %3 (%4)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 wrote %n byte(s) at offset %2 of %3: %4</source>
            <translation>
                <numerusform>%1 a écrit %n octet à la position %2 de %3 : %4</numerusform>
                <numerusform>%1 a écrit %n octets à la position %2 de %3 : %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 read %n byte(s) at offset %2 of %3: %4</source>
            <translation>
                <numerusform>%1 a lu %n octet à la position %2 de %3 : %4</numerusform>
                <numerusform>%1 a lu %n octets à la position %2 de %3 : %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will read up to %n byte(s) from %1 (fd %2)</source>
            <translation>
                <numerusform>va lire jusqu’à %n octet dans %1 (fd %2)</numerusform>
                <numerusform>va lire jusqu’à %n octets dans %1 (fd %2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will read up to %n byte(s) from %1</source>
            <translation>
                <numerusform>va lire jusqu’à %n octet dans %1</numerusform>
                <numerusform>va lire jusqu’à %n octets dans %1</numerusform>
            </translation>
        </message>
        <message>
            <source>will write to %1 (fd %2)</source>
            <translation>va écrire dans %1 (fd %2)</translation>
        </message>
        <message>
            <source>will write to %1</source>
            <translation>va écrire dans %1</translation>
        </message>
        <message numerus="yes">
            <source>will write %n byte(s) to %1 (fd %2) %3</source>
            <translation>
                <numerusform>va écrire %n octet dans %1 (fd %2) %3</numerusform>
                <numerusform>va écrire %n octets dans %1 (fd %2) %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will write %n byte(s) to %1 %2</source>
            <translation>
                <numerusform>va écrire %n octet dans %1 %2</numerusform>
                <numerusform>va écrire %n octets dans %1 %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <source>PID %1</source>
            <translation>PID %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Time (ms)</source>
            <translation>Temps (ms)</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Processus</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>EventLogView</name>
        <message>
            <source>All processes</source>
            <translation>Tous les processus</translation>
        </message>
        <message>
            <source>Show only the events of one process</source>
            <translation>N’afficher que les événements d’un processus</translation>
        </message>
        <message>
            <source>Process filter</source>
            <translation>Filtre de processus</translation>
        </message>
        <message>
            <source>All objects</source>
            <translation>Tous les objets</translation>
        </message>
        <message>
            <source>Show only the events about one pipe, FIFO, segment or semaphore</source>
            <translation>N’afficher que les événements concernant un pipe, une FIFO, un segment ou un sémaphore</translation>
        </message>
        <message>
            <source>Object filter</source>
            <translation>Filtre d’objets</translation>
        </message>
        <message>
            <source>Show only one family of events</source>
            <translation>N’afficher qu’une famille d’événements</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filtre de types</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Processus</translation>
        </message>
        <message>
            <source>Descriptors</source>
            <translation>Descripteurs</translation>
        </message>
        <message>
            <source>Pipes</source>
            <translation>Pipes</translation>
        </message>
        <message>
            <source>FIFOs</source>
            <translation>FIFO</translation>
        </message>
        <message>
            <source>Shared memory</source>
            <translation>Mémoire partagée</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Sémaphores</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signaux</translation>
        </message>
        <message>
            <source>Step gates</source>
            <translation>Barrières d’étape</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Moteur</translation>
        </message>
        <message>
            <source>Search events…</source>
            <translation>Rechercher des événements…</translation>
        </message>
        <message>
            <source>Show only events whose description, process, PID or object contains this text</source>
            <translation>N’afficher que les événements dont la description, le processus, le PID ou l’objet contient ce texte</translation>
        </message>
        <message>
            <source>Event search</source>
            <translation>Recherche d’événements</translation>
        </message>
        <message>
            <source>Event log</source>
            <translation>Journal des événements</translation>
        </message>
        <message>
            <source>Select an event to see the state of the run at that moment</source>
            <translation>Sélectionnez un événement pour voir l’état de l’exécution à ce moment-là</translation>
        </message>
    </context>
    <context>
        <name>ExplanationPane</name>
        <message>
            <source>Explanation of the last step</source>
            <translation>Explication de la dernière étape</translation>
        </message>
        <message>
            <source>Nothing has happened yet. In step mode, press Space (Step) to let one process do its next operation.</source>
            <translation>Rien ne s’est encore passé. En mode pas à pas, appuyez sur Space (Étape) pour laisser un processus effectuer son opération suivante.</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>Dernière étape</translation>
        </message>
        <message>
            <source>The engine</source>
            <translation>Le moteur</translation>
        </message>
        <message>
            <source>(scenario line %1)</source>
            <translation>(ligne %1 du scénario)</translation>
        </message>
        <message>
            <source>The call failed: it returned -1 and set errno to %1.</source>
            <translation>L’appel a échoué : il a renvoyé -1 et mis errno à %1.</translation>
        </message>
        <message>
            <source>ready at its gate: it %1.</source>
            <translation>prêt à sa barrière : il %1.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <source>The call just made, in words, and what each process does next or why it waits</source>
            <translation>L’appel qui vient d’être effectué, en toutes lettres, et ce que chaque processus fait ensuite ou pourquoi il attend</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>Usage: ipcviz export TRACE --to %1 -o OUT [--at SEQ] [--size WxH]</source>
            <translation>Utilisation : ipcviz export TRACE --to %1 -o OUT [--at SEQ] [--size WxH]</translation>
        </message>
        <message>
            <source>Export format: %1.</source>
            <translation>Format d’export : %1.</translation>
        </message>
        <message>
            <source>format</source>
            <translation>format</translation>
        </message>
        <message>
            <source>Output file; - for standard output.</source>
            <translation>Fichier de sortie ; - pour la sortie standard.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>svg/png: draw the state after the event with this seq (default: the end).</source>
            <translation>svg/png : dessiner l’état après l’événement portant ce seq (par défaut : la fin).</translation>
        </message>
        <message>
            <source>seq</source>
            <translation>seq</translation>
        </message>
        <message>
            <source>svg/png: picture size in pixels (default 1920x1080).</source>
            <translation>svg/png : taille de l’image en pixels (par défaut 1920x1080).</translation>
        </message>
        <message>
            <source>WxH</source>
            <translation>WxH</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Afficher cette aide.</translation>
        </message>
        <message>
            <source>The trace file to export.</source>
            <translation>Le fichier de trace à exporter.</translation>
        </message>
        <message>
            <source>no trace file given</source>
            <translation>aucun fichier de trace indiqué</translation>
        </message>
        <message>
            <source>one trace file only; unexpected: %1</source>
            <translation>un seul fichier de trace à la fois ; inattendu : %1</translation>
        </message>
        <message>
            <source>--to FORMAT is required</source>
            <translation>--to FORMAT est obligatoire</translation>
        </message>
        <message>
            <source>unknown format "%1"; use one of %2</source>
            <translation>format inconnu "%1" ; utilisez l’un de ceux-ci : %2</translation>
        </message>
        <message>
            <source>-o OUT is required (- for standard output)</source>
            <translation>-o OUT est obligatoire (- pour la sortie standard)</translation>
        </message>
        <message>
            <source>--at applies to svg and png only</source>
            <translation>--at ne s’applique qu’à svg et png</translation>
        </message>
        <message>
            <source>--at needs an event number (seq, 0 or more), not "%1"</source>
            <translation>--at attend un numéro d’événement (seq, 0 ou plus), pas "%1"</translation>
        </message>
        <message>
            <source>--size applies to svg and png only</source>
            <translation>--size ne s’applique qu’à svg et png</translation>
        </message>
        <message>
            <source>--size needs WIDTHxHEIGHT between 16 and %1 pixels, not "%2"</source>
            <translation>--size attend LARGEURxHAUTEUR entre 16 et %1 pixels, pas "%2"</translation>
        </message>
        <message>
            <source>%1:%2: error: %3</source>
            <translation>%1:%2: erreur : %3</translation>
        </message>
        <message>
            <source>%1:%2: warning: %3</source>
            <translation>%1:%2: avertissement : %3</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: avertissement : %2</translation>
        </message>
        <message>
            <source>ipcviz export: cannot write to standard output: %1</source>
            <translation>ipcviz export : impossible d’écrire sur la sortie standard : %1</translation>
        </message>
        <message>
            <source>ipcviz export: cannot write %1: %2</source>
            <translation>ipcviz export : impossible d’écrire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n more problem(s) not listed</source>
            <translation>
                <numerusform>%1 : %n autre problème non listé</numerusform>
                <numerusform>%1 : %n autres problèmes non listés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ipcviz export: warning: the trace is damaged (%n problem(s) listed above); valid events exported: %1</source>
            <translation>
                <numerusform>ipcviz export : avertissement : la trace est endommagée (%n problème listé ci-dessus) ; événements valides exportés : %1</numerusform>
                <numerusform>ipcviz export : avertissement : la trace est endommagée (%n problèmes listés ci-dessus) ; événements valides exportés : %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportFormat</name>
        <message>
            <source>Perfetto / Chrome trace (JSON)</source>
            <translation>Trace Perfetto / Chrome (JSON)</translation>
        </message>
        <message>
            <source>Perfetto traces (*.json)</source>
            <translation>Traces Perfetto (*.json)</translation>
        </message>
        <message>
            <source>Event table (CSV)</source>
            <translation>Tableau des événements (CSV)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Sequence diagram (Mermaid)</source>
            <translation>Diagramme de séquence (Mermaid)</translation>
        </message>
        <message>
            <source>Mermaid diagrams (*.mmd)</source>
            <translation>Diagrammes Mermaid (*.mmd)</translation>
        </message>
        <message>
            <source>Picture (SVG)</source>
            <translation>Image (SVG)</translation>
        </message>
        <message>
            <source>SVG pictures (*.svg)</source>
            <translation>Images SVG (*.svg)</translation>
        </message>
        <message>
            <source>Picture (PNG)</source>
            <translation>Image (PNG)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>C program</source>
            <translation>Programme C</translation>
        </message>
        <message>
            <source>C sources (*.c)</source>
            <translation>Sources C (*.c)</translation>
        </message>
        <message>
            <source>Event log in words (text)</source>
            <translation>Journal des événements en toutes lettres (texte)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Fichiers texte (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>Save a picture of the canvas at the time cursor</source>
            <translation>Enregistrer une image du canevas au curseur temporel</translation>
        </message>
        <message>
            <source>Save the whole run in this format</source>
            <translation>Enregistrer toute l’exécution dans ce format</translation>
        </message>
        <message>
            <source>Unknown export format "%1".</source>
            <translation>Format d’export inconnu « %1 ».</translation>
        </message>
        <message>
            <source>There is nothing to export yet: run a scenario or open a trace first.</source>
            <translation>Il n’y a encore rien à exporter : exécutez d’abord un scénario ou ouvrez une trace.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>The %1 export failed: %2</source>
            <translation>L’export %1 a échoué : %2</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exporté vers %1.</translation>
        </message>
        <message>
            <source>Export as %1</source>
            <translation>Exporter au format %1</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>Could not write the export: %1</source>
            <translation>Impossible d’écrire l’export : %1</translation>
        </message>
    </context>
    <context>
        <name>GuidedTour</name>
        <message>
            <source>The scenario library</source>
            <translation>La bibliothèque de scénarios</translation>
        </message>
        <message>
            <source>&lt;p&gt;Each scenario is a small program of several processes: forks, pipes, FIFOs, shared memory, semaphores, signals.&lt;/p&gt;&lt;p&gt;Pick one here. Its description says what to watch for and links the manual pages of the calls it makes. A double-click runs it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Chaque scénario est un petit programme de plusieurs processus : fork, pipes, FIFO, mémoire partagée, sémaphores, signaux.&lt;/p&gt;&lt;p&gt;Choisissez-en un ici. Sa description indique ce qu’il faut observer et donne des liens vers les pages de manuel des appels qu’il effectue. Un double-clic l’exécute.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Exécuter</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Run&lt;/b&gt; (%1) starts the selected scenario with real processes on this computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; (%2) ends them all; nothing is left behind.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Exécuter&lt;/b&gt; (%1) démarre le scénario sélectionné avec de vrais processus sur cet ordinateur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Arrêter&lt;/b&gt; (%2) les termine tous ; rien ne subsiste derrière eux.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The canvas</source>
            <translation>Le canevas</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every process is a box; every pipe, FIFO, shared memory object and semaphore is drawn between the processes that use it. Data moves along the arrows as it is written and read.&lt;/p&gt;&lt;p&gt;Click anything to inspect it. Zoom with %1 and %2, fit it all with %3.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Chaque processus est une boîte ; chaque pipe, FIFO, objet de mémoire partagée et sémaphore est dessiné entre les processus qui l’utilisent. Les données circulent le long des flèches à mesure qu’elles sont écrites et lues.&lt;/p&gt;&lt;p&gt;Cliquez sur n’importe quel élément pour l’inspecter. Zoomez avec %1 et %2, affichez l’ensemble avec %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The timeline</source>
            <translation>La chronologie</translation>
        </message>
        <message>
            <source>&lt;p&gt;One lane per process, time from left to right: when each process runs, waits and ends, and what it calls.&lt;/p&gt;&lt;p&gt;The slider under the canvas goes back in time: %1 and %2 move one event, %3 returns to the live run.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Une ligne par processus, le temps de gauche à droite : quand chaque processus s’exécute, attend et se termine, et ce qu’il appelle.&lt;/p&gt;&lt;p&gt;Le curseur temporel sous le canevas permet de remonter le temps : %1 et %2 reculent ou avancent d’un événement, %3 revient à l’exécution en direct.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Step mode</source>
            <translation>Mode pas à pas</translation>
        </message>
        <message>
            <source>&lt;p&gt;With &lt;b&gt;Step Mode&lt;/b&gt; on (%1), a run stops every process before each call, and you decide who goes next.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Step&lt;/b&gt; (%2) lets the next process make its call; %3 lets the selected one go (or click a process). &lt;b&gt;Continue&lt;/b&gt; (%4) runs freely until &lt;b&gt;Pause&lt;/b&gt; (%5).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Avec le &lt;b&gt;Mode pas à pas&lt;/b&gt; activé (%1), une exécution arrête chaque processus avant chaque appel, et c’est vous qui décidez qui passe ensuite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Étape&lt;/b&gt; (%2) laisse le prochain processus effectuer son appel ; %3 laisse passer le processus sélectionné (ou cliquez sur un processus). &lt;b&gt;Continuer&lt;/b&gt; (%4) laisse tout s’exécuter librement jusqu’à &lt;b&gt;Pause&lt;/b&gt; (%5).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The event log</source>
            <translation>Le journal des événements</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every event of the run in words, in order: forks, reads, writes, signals, exits. Filter it by process, object or kind.&lt;/p&gt;&lt;p&gt;Select an event to see every view as it was at that moment.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Tous les événements de l’exécution en toutes lettres, dans l’ordre : fork, lectures, écritures, signaux, terminaisons. Filtrez-les par processus, objet ou type.&lt;/p&gt;&lt;p&gt;Sélectionnez un événement pour voir chaque vue telle qu’elle était à ce moment-là.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Charts and measurements</source>
            <translation>Graphiques et mesures</translation>
        </message>
        <message>
            <source>&lt;p&gt;The &lt;b&gt;Charts&lt;/b&gt; plot the run as it goes: bytes waiting in each pipe, semaphore values, processes alive and blocked.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Measure&lt;/b&gt; menu benchmarks pipes, FIFOs, sockets and shared memory on this computer, and runs a scenario many times to count how it ends.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Les &lt;b&gt;Graphiques&lt;/b&gt; tracent l’exécution au fur et à mesure : octets en attente dans chaque pipe, valeurs des sémaphores, processus vivants et bloqués.&lt;/p&gt;&lt;p&gt;Le menu &lt;b&gt;Mesures&lt;/b&gt; évalue les performances des pipes, des FIFO, des sockets et de la mémoire partagée sur cet ordinateur, et exécute un scénario de nombreuses fois pour compter comment il se termine.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;File › Export&lt;/b&gt; saves the run for slides and notes: pictures, tables, diagrams, a trace for Perfetto, or the scenario as a C program to compile.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Help&lt;/b&gt; menu has this tour, the keyboard shortcuts and the manual pages of the selected scenario.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Fichier › Exporter&lt;/b&gt; enregistre l’exécution pour vos diapositives et vos notes : images, tableaux, diagrammes, une trace pour Perfetto, ou le scénario sous forme de programme C à compiler.&lt;/p&gt;&lt;p&gt;Le menu &lt;b&gt;Aide&lt;/b&gt; propose cette visite, les raccourcis clavier et les pages de manuel du scénario sélectionné.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Previous page (Left)</source>
            <translation>Page précédente (Left)</translation>
        </message>
        <message>
            <source>Next page (Right)</source>
            <translation>Page suivante (Right)</translation>
        </message>
        <message>
            <source>End the tour (Esc)</source>
            <translation>Quitter la visite (Esc)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>%1 › %2</source>
            <translation>%1 › %2</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>Guided &amp;Tour</source>
            <translation>&amp;Visite guidée</translation>
        </message>
        <message>
            <source>A short walk through the window, one part at a time</source>
            <translation>Un court parcours de la fenêtre, une partie à la fois</translation>
        </message>
        <message>
            <source>&amp;Manual Pages for This Scenario</source>
            <translation>Pages de &amp;manuel de ce scénario</translation>
        </message>
        <message>
            <source>The manual pages of the calls the selected scenario makes</source>
            <translation>Les pages de manuel des appels qu’effectue le scénario sélectionné</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>Every shortcut of the window, with what it does</source>
            <translation>Tous les raccourcis de la fenêtre, avec leur effet</translation>
        </message>
        <message>
            <source>&amp;About ipcviz</source>
            <translation>À &amp;propos d’ipcviz</translation>
        </message>
        <message>
            <source>The version, the engine in use and the Qt version</source>
            <translation>La version, le moteur utilisé et la version de Qt</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>Show the manual page %1</source>
            <translation>Afficher la page de manuel %1</translation>
        </message>
        <message>
            <source>No scenario is selected</source>
            <translation>Aucun scénario n’est sélectionné</translation>
        </message>
        <message>
            <source>No manual pages are known for this scenario</source>
            <translation>Aucune page de manuel n’est connue pour ce scénario</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Filter by key, command or description</source>
            <translation>Filtrer par touche, commande ou description</translation>
        </message>
        <message>
            <source>Filter the shortcuts</source>
            <translation>Filtrer les raccourcis</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Effet</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Everywhere in the window</source>
            <translation>Partout dans la fenêtre</translation>
        </message>
        <message>
            <source>About ipcviz</source>
            <translation>À propos d’ipcviz</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ipcviz %1&lt;/h3&gt;&lt;p&gt;Multi-process programming made visible: ipcviz runs small scenarios as real Linux processes (fork, pipes, FIFOs, shared memory, semaphores, signals) and shows what they do as it happens.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;br&gt;Qt: %3 (built with %4)&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ipcviz %1&lt;/h3&gt;&lt;p&gt;La programmation multiprocessus rendue visible : ipcviz exécute de petits scénarios sous forme de vrais processus Linux (fork, pipes, FIFO, mémoire partagée, sémaphores, signaux) et montre ce qu’ils font, en direct.&lt;/p&gt;&lt;p&gt;Moteur : %2&lt;br&gt;Qt : %3 (compilé avec %4)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>introuvable</translation>
        </message>
    </context>
    <context>
        <name>ImageExporter</name>
        <message>
            <source>after event %1 (%2, %3) at %4</source>
            <translation>après l’événement %1 (%2, %3) à %4</translation>
        </message>
        <message>
            <source>before the first event</source>
            <translation>avant le premier événement</translation>
        </message>
        <message>
            <source>Drawing a picture needs a QApplication (the offscreen platform will do).</source>
            <translation>Dessiner une image nécessite une QApplication (la plateforme offscreen suffit).</translation>
        </message>
        <message>
            <source>A picture must be between 16x16 and 16384x16384 pixels, not %1x%2.</source>
            <translation>Une image doit mesurer entre 16x16 et 16384x16384 pixels, pas %1x%2.</translation>
        </message>
        <message>
            <source>The trace has no events, so there is no event %1.</source>
            <translation>La trace ne contient aucun événement, il n’y a donc pas d’événement %1.</translation>
        </message>
        <message>
            <source>The trace has no event %1 (its events are %2 to %3).</source>
            <translation>La trace n’a pas d’événement %1 (ses événements vont de %2 à %3).</translation>
        </message>
        <message>
            <source>ipcviz: %1</source>
            <translation>ipcviz : %1</translation>
        </message>
        <message>
            <source>Could not start the SVG picture.</source>
            <translation>Impossible de commencer l’image SVG.</translation>
        </message>
        <message>
            <source>Could not write the PNG picture: %1</source>
            <translation>Impossible d’écrire l’image PNG : %1</translation>
        </message>
    </context>
    <context>
        <name>InspectorPane</name>
        <message numerus="yes">
            <source>… %n more byte(s)</source>
            <translation>
                <numerusform>… %n octet de plus</numerusform>
                <numerusform>… %n octets de plus</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>lecture</translation>
        </message>
        <message>
            <source>write</source>
            <translation>écriture</translation>
        </message>
        <message>
            <source>read/write</source>
            <translation>lecture/écriture</translation>
        </message>
        <message>
            <source>unnamed pipe</source>
            <translation>pipe anonyme</translation>
        </message>
        <message>
            <source>FIFO (named pipe)</source>
            <translation>FIFO (pipe nommé)</translation>
        </message>
        <message>
            <source>regular file</source>
            <translation>fichier ordinaire</translation>
        </message>
        <message>
            <source>POSIX shared memory object</source>
            <translation>objet de mémoire partagée POSIX</translation>
        </message>
        <message>
            <source>POSIX named semaphore</source>
            <translation>sémaphore nommé POSIX</translation>
        </message>
        <message>
            <source>memory mapping</source>
            <translation>projection en mémoire</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspecteur</translation>
        </message>
        <message>
            <source>Click a process or an object on the canvas or the timeline to see its details here.</source>
            <translation>Cliquez sur un processus ou un objet dans le canevas ou la chronologie pour voir ses détails ici.</translation>
        </message>
        <message>
            <source>%1 does not exist yet at this point of the run.</source>
            <translation>%1 n’existe pas encore à ce stade de l’exécution.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>PID</source>
            <translation>PID</translation>
        </message>
        <message>
            <source>PPID</source>
            <translation>PPID</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Père</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Fils</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>the scenario interpreter (no exec yet)</source>
            <translation>l’interpréteur de scénario (pas encore d’exec)</translation>
        </message>
        <message>
            <source>Scenario line</source>
            <translation>Ligne du scénario</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Written / read</source>
            <translation>Écrit / lu</translation>
        </message>
        <message>
            <source>File descriptors</source>
            <translation>Descripteurs de fichier</translation>
        </message>
        <message>
            <source>None known besides 0, 1 and 2.</source>
            <translation>Aucun connu en dehors de 0, 1 et 2.</translation>
        </message>
        <message>
            <source>fd</source>
            <translation>fd</translation>
        </message>
        <message>
            <source>object</source>
            <translation>objet</translation>
        </message>
        <message>
            <source>end / mode</source>
            <translation>extrémité / mode</translation>
        </message>
        <message>
            <source>from</source>
            <translation>origine</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>inherited</source>
            <translation>hérité</translation>
        </message>
        <message>
            <source>opened here</source>
            <translation>ouvert ici</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signaux</translation>
        </message>
        <message>
            <source>signal</source>
            <translation>signal</translation>
        </message>
        <message>
            <source>disposition</source>
            <translation>action</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envoyés</translation>
        </message>
        <message>
            <source>received</source>
            <translation>reçus</translation>
        </message>
        <message>
            <source>handled</source>
            <translation>traités</translation>
        </message>
        <message>
            <source>default</source>
            <translation>par défaut</translation>
        </message>
        <message>
            <source>Memory mappings</source>
            <translation>Projections en mémoire</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Nothing printed yet.</source>
            <translation>Rien d’affiché pour l’instant.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Kernel name</source>
            <translation>Nom dans le noyau</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Chemin</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Créé par</translation>
        </message>
        <message>
            <source>Unlinked</source>
            <translation>Nom supprimé (unlink)</translation>
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
            <source>fd %1 (%2)</source>
            <translation>fd %1 (%2)</translation>
        </message>
        <message>
            <source>mapped as %1</source>
            <translation>projeté sous le nom %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Détenu par</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>Bytes in flight</source>
            <translation>Octets en transit</translation>
        </message>
        <message>
            <source>Write ends</source>
            <translation>Extrémités d’écriture</translation>
        </message>
        <message>
            <source>Read ends</source>
            <translation>Extrémités de lecture</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Trafic</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Waiting in sem_wait()</source>
            <translation>En attente dans sem_wait()</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Opérations</translation>
        </message>
        <message>
            <source>%1 in %2 / %3 in %4</source>
            <comment>bytes in writes / bytes in reads</comment>
            <translation>%1 en %2 / %3 en %4</translation>
        </message>
        <message numerus="yes">
            <source>%n write(s)</source>
            <translation>
                <numerusform>%n écriture</numerusform>
                <numerusform>%n écritures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read(s)</source>
            <translation>
                <numerusform>%n lecture</numerusform>
                <numerusform>%n lectures</numerusform>
            </translation>
        </message>
        <message>
            <source>Details of the selected process or object at the time cursor</source>
            <translation>Détails du processus ou de l’objet sélectionné au curseur temporel</translation>
        </message>
        <message>
            <source>%1: %2, %3, %4</source>
            <comment>mapping: object, size, protection</comment>
            <translation>%1 : %2, %3, %4</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>posts, completed waits</comment>
            <translation>%1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n sem_post</numerusform>
                <numerusform>%n sem_post</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed wait(s)</source>
            <translation>
                <numerusform>%n sem_wait abouti</numerusform>
                <numerusform>%n sem_wait aboutis</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguageManager</name>
        <message>
            <source>There is no translation for the language "%1"; the interface is in English. Available: %2.</source>
            <translation>Il n’existe pas de traduction pour la langue « %1 » ; l’interface est en anglais. Langues disponibles : %2.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>&amp;Measure</source>
            <translation>&amp;Mesures</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Graphiques</translation>
        </message>
        <message>
            <source>IPC &amp;Benchmark…</source>
            <translation>&amp;Benchmark IPC…</translation>
        </message>
        <message>
            <source>Measure latency and throughput of pipes, FIFOs, sockets and shared memory on this machine</source>
            <translation>Mesurer la latence et le débit des pipes, des FIFO, des sockets et de la mémoire partagée sur cette machine</translation>
        </message>
        <message>
            <source>Run N &amp;Times…</source>
            <translation>Exécuter N &amp;fois…</translation>
        </message>
        <message>
            <source>Run the current scenario many times, predict and count the outcomes</source>
            <translation>Exécuter le scénario courant de nombreuses fois, prédire et compter les résultats</translation>
        </message>
        <message>
            <source>ipcviz: multi-process programming made visible</source>
            <translation>ipcviz : la programmation multiprocessus rendue visible</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>Event Log</source>
            <translation>Journal des événements</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspecteur</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>Console</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explication</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Exécution</translation>
        </message>
        <message>
            <source>S&amp;peed</source>
            <translation>&amp;Vitesse</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Exécution</translation>
        </message>
        <message>
            <source>How fast the processes run: each waits this long before each step (Ctrl+1 … Ctrl+4)</source>
            <translation>Vitesse d’exécution des processus : chacun attend ce délai avant chaque étape (Ctrl+1 … Ctrl+4)</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <source>Files and View</source>
            <translation>Fichiers et affichage</translation>
        </message>
        <message>
            <source>Run status</source>
            <translation>État de l’exécution</translation>
        </message>
        <message>
            <source>The scenario library could not be loaded: %1</source>
            <translation>La bibliothèque de scénarios n’a pas pu être chargée : %1</translation>
        </message>
        <message>
            <source>Try Again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>There is no built-in scenario "%1" and no file by that name. Pick one in the Scenarios panel, or open a scenario file with Ctrl+O.</source>
            <translation>Il n’existe ni scénario intégré « %1 » ni fichier portant ce nom. Choisissez-en un dans le panneau Scénarios, ou ouvrez un fichier de scénario avec Ctrl+O.</translation>
        </message>
        <message>
            <source>Scenario file: %1</source>
            <translation>Fichier de scénario : %1</translation>
        </message>
        <message>
            <source>Stepping works during a run in step mode (Ctrl+Shift+T, then Run).</source>
            <translation>L’avance étape par étape n’est possible que pendant une exécution en mode pas à pas (Ctrl+Shift+T, puis Exécuter).</translation>
        </message>
        <message>
            <source>%1 is not waiting at its gate, so it cannot be stepped now.</source>
            <translation>%1 n’attend pas à sa barrière : il ne peut pas avancer d’une étape pour l’instant.</translation>
        </message>
        <message>
            <source>There is no process %1 in this run.</source>
            <translation>Il n’y a pas de processus %1 dans cette exécution.</translation>
        </message>
        <message>
            <source>Select a process first (click it on the canvas), then press S.</source>
            <translation>Sélectionnez d’abord un processus (cliquez dessus dans le canevas), puis appuyez sur S.</translation>
        </message>
        <message>
            <source>Open Scenario File</source>
            <translation>Ouvrir un fichier de scénario</translation>
        </message>
        <message>
            <source>ipcviz scenarios (*.ipcv);;All files (*)</source>
            <translation>Scénarios ipcviz (*.ipcv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Open Trace</source>
            <translation>Ouvrir une trace</translation>
        </message>
        <message>
            <source>ipcviz traces (*.ndjson *.jsonl *.trace);;All files (*)</source>
            <translation>Traces ipcviz (*.ndjson *.jsonl *.trace);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Save Trace</source>
            <translation>Enregistrer la trace</translation>
        </message>
        <message>
            <source>ipcviz traces (*.ndjson);;All files (*)</source>
            <translation>Traces ipcviz (*.ndjson);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Save Schedule</source>
            <translation>Enregistrer l’ordonnancement</translation>
        </message>
        <message>
            <source>Load Schedule</source>
            <translation>Charger un ordonnancement</translation>
        </message>
        <message>
            <source>Show or hide the charts of the run</source>
            <translation>Afficher ou masquer les graphiques de l’exécution</translation>
        </message>
        <message>
            <source>What the run is doing, and how many events it has made</source>
            <translation>Ce que fait l’exécution, et combien d’événements elle a produits</translation>
        </message>
    </context>
    <context>
        <name>ManPageDialog</name>
        <message>
            <source>%1: Manual Page</source>
            <translation>%1 : page de manuel</translation>
        </message>
        <message>
            <source>Reading the manual page %1…</source>
            <translation>Lecture de la page de manuel %1…</translation>
        </message>
        <message>
            <source>Manual page %1</source>
            <translation>Page de manuel %1</translation>
        </message>
        <message>
            <source>Find in the page (Ctrl+F)</source>
            <translation>Rechercher dans la page (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in the manual page</source>
            <translation>Rechercher dans la page de manuel</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Open the Online Copy</source>
            <translation>Ouvrir la copie en ligne</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>&lt;p&gt;The online copy is at &lt;a href="%1"&gt;%1&lt;/a&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La copie en ligne se trouve à l’adresse &lt;a href="%1"&gt;%1&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The manual page &lt;b&gt;%1&lt;/b&gt; is not installed on this computer.&lt;/p&gt;&lt;p&gt;On Debian or Ubuntu it comes with the package &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;&lt;pre&gt;sudo apt install %2&lt;/pre&gt;</source>
            <translation>&lt;p&gt;La page de manuel &lt;b&gt;%1&lt;/b&gt; n’est pas installée sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Sous Debian ou Ubuntu, elle est fournie par le paquet &lt;b&gt;%2&lt;/b&gt; :&lt;/p&gt;&lt;pre&gt;sudo apt install %2&lt;/pre&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The &lt;b&gt;man&lt;/b&gt; program is not installed, so %1 cannot be shown here.&lt;/p&gt;&lt;p&gt;On Debian or Ubuntu, install man-db (the man program) and %2 (the pages):&lt;/p&gt;&lt;pre&gt;sudo apt install man-db %2&lt;/pre&gt;</source>
            <translation>&lt;p&gt;Le programme &lt;b&gt;man&lt;/b&gt; n’est pas installé : la page %1 ne peut donc pas être affichée ici.&lt;/p&gt;&lt;p&gt;Sous Debian ou Ubuntu, installez man-db (le programme man) et %2 (les pages) :&lt;/p&gt;&lt;pre&gt;sudo apt install man-db %2&lt;/pre&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man took too long to show %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;man a mis trop de temps à afficher %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man could not show %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;man n’a pas pu afficher %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man could not show %1: %2&lt;/p&gt;</source>
            <translation>&lt;p&gt;man n’a pas pu afficher %1 : %2&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n occurrence</numerusform>
                <numerusform>%n occurrences</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemoryItem</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, first %2 shown</source>
            <translation>%1, les %2 premiers affichés</translation>
        </message>
        <message>
            <source>mapped by: %1</source>
            <translation>projeté par : %1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
    </context>
    <context>
        <name>MermaidExporter</name>
        <message>
            <source>run ended: %1</source>
            <translation>fin de l’exécution : %1</translation>
        </message>
        <message numerus="yes">
            <source>%n more message(s) left out; the trace has them all</source>
            <translation>
                <numerusform>%n message de plus omis ; la trace les contient tous</numerusform>
                <numerusform>%n messages de plus omis ; la trace les contient tous</numerusform>
            </translation>
        </message>
        <message>
            <source>killed by %1</source>
            <translation>tué par %1</translation>
        </message>
        <message>
            <source>exec failed: %1</source>
            <translation>échec d’exec : %1</translation>
        </message>
        <message>
            <source>wait() failed: %1</source>
            <translation>échec de wait() : %1</translation>
        </message>
        <message>
            <source>zombie: ended, not yet waited for</source>
            <translation>zombie : terminé, pas encore attendu</translation>
        </message>
        <message>
            <source>reaped by the engine</source>
            <translation>récupéré par le moteur</translation>
        </message>
        <message>
            <source> (value %1)</source>
            <translation> (valeur %1)</translation>
        </message>
        <message>
            <source>write failed: %1</source>
            <translation>échec de write : %1</translation>
        </message>
        <message>
            <source> at offset %1</source>
            <translation> à la position %1</translation>
        </message>
        <message>
            <source>read failed: %1</source>
            <translation>échec de read : %1</translation>
        </message>
        <message>
            <source>read = 0 (end of file)</source>
            <translation>read = 0 (fin de fichier)</translation>
        </message>
        <message>
            <source>sem_post, value %1</source>
            <translation>sem_post, valeur %1</translation>
        </message>
        <message>
            <source>sem_wait returned, value %1</source>
            <translation>retour de sem_wait, valeur %1</translation>
        </message>
        <message>
            <source> (from the user)</source>
            <translation> (de la part de l’utilisateur)</translation>
        </message>
        <message>
            <source>kill %1 failed: %2</source>
            <translation>échec de kill %1 : %2</translation>
        </message>
        <message>
            <source>%1 handler ran (%2 so far)</source>
            <translation>gestionnaire de %1 exécuté (%2 fois jusqu’ici)</translation>
        </message>
        <message>
            <source>deadlock: every live process is blocked</source>
            <translation>deadlock : tous les processus vivants sont bloqués</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Do what the message suggests</source>
            <translation>Faire ce que propose le message</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Fermer ce message</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>Fermer le message</translation>
        </message>
    </context>
    <context>
        <name>OutcomeRunner</name>
        <message>
            <source>(run %1)</source>
            <translation>(exécution %1)</translation>
        </message>
        <message>
            <source>ended without a status</source>
            <translation>terminée sans statut</translation>
        </message>
        <message>
            <source>(no number printed)</source>
            <translation>(aucun nombre affiché)</translation>
        </message>
        <message>
            <source>(nothing printed)</source>
            <translation>(rien d’affiché)</translation>
        </message>
        <message>
            <source>Cannot start the engine %1: %2</source>
            <translation>Impossible de démarrer le moteur %1 : %2</translation>
        </message>
        <message>
            <source>(no process got a semaphore)</source>
            <translation>(aucun processus n’a obtenu de sémaphore)</translation>
        </message>
        <message numerus="yes">
            <source>%n process(es): %1</source>
            <translation>
                <numerusform>%n processus : %1</numerusform>
                <numerusform>%n processus : %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutcomeView</name>
        <message>
            <source>Predict, then run</source>
            <translation>Prédire, puis exécuter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Run N times</source>
            <translation>Exécuter N fois</translation>
        </message>
        <message>
            <source>What the run printed</source>
            <translation>Ce que l’exécution a affiché</translation>
        </message>
        <message>
            <source>The first number printed</source>
            <translation>Le premier nombre affiché</translation>
        </message>
        <message>
            <source>e.g. 2000, or &lt; 2000</source>
            <translation>p. ex. 2000, ou &lt; 2000</translation>
        </message>
        <message>
            <source>Before running, write what you expect: an outcome, or for numbers a comparison such as "&lt; 2000". Leave empty to just count.</source>
            <translation>Avant d’exécuter, écrivez ce que vous attendez : un résultat, ou pour les nombres une comparaison comme « &lt; 2000 ». Laissez vide pour simplement compter.</translation>
        </message>
        <message numerus="yes">
            <source>Cancelled after %n run(s).</source>
            <translation>
                <numerusform>Annulé après %n exécution.</numerusform>
                <numerusform>Annulé après %n exécutions.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a scenario first.</source>
            <translation>Sélectionnez d’abord un scénario.</translation>
        </message>
        <message>
            <source>Running %1…</source>
            <translation>Exécution de %1…</translation>
        </message>
        <message>
            <source>Your prediction: %1</source>
            <translation>Votre prédiction : %1</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>runs</source>
            <translation>exécutions</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>%1 of %2: %3.</source>
            <translation>%1 de %2 : %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n exécution</numerusform>
                <numerusform>%n exécutions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n distinct outcome(s)</source>
            <translation>
                <numerusform>%n résultat distinct</numerusform>
                <numerusform>%n résultats distincts</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Runs:</source>
            <translation>&amp;Exécutions :</translation>
        </message>
        <message>
            <source>How many times to run the scenario</source>
            <translation>Nombre de fois où exécuter le scénario</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Résultat :</translation>
        </message>
        <message>
            <source>What counts as the outcome of one run</source>
            <translation>Ce qui compte comme résultat d’une exécution</translation>
        </message>
        <message>
            <source>Your &amp;prediction:</source>
            <translation>Votre &amp;prédiction :</translation>
        </message>
        <message>
            <source>Run the selected scenario this many times and count how often each outcome happens</source>
            <translation>Exécuter le scénario sélectionné ce nombre de fois et compter combien de fois chaque résultat se produit</translation>
        </message>
        <message>
            <source>Stop after the run that is going on</source>
            <translation>S’arrêter après l’exécution en cours</translation>
        </message>
        <message>
            <source>Runs done</source>
            <translation>Exécutions effectuées</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>How the prediction did</source>
            <translation>Bilan de la prédiction</translation>
        </message>
        <message>
            <source>Outcomes chart</source>
            <translation>Graphique des résultats</translation>
        </message>
        <message>
            <source>How many runs ended with each outcome</source>
            <translation>Nombre d’exécutions ayant abouti à chaque résultat</translation>
        </message>
        <message numerus="yes">
            <source>Your prediction "%1" held in %2 of %n run(s) (%3 %).</source>
            <translation>
                <numerusform>Votre prédiction « %1 » s’est vérifiée dans %2 cas sur %n exécution (%3 %).</numerusform>
                <numerusform>Votre prédiction « %1 » s’est vérifiée dans %2 cas sur %n exécutions (%3 %).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Outcomes of %1 (%2 of %n run(s))</source>
            <translation>
                <numerusform>Résultats de %1 (%2 sur %n exécution)</numerusform>
                <numerusform>Résultats de %1 (%2 sur %n exécutions)</numerusform>
            </translation>
        </message>
        <message>
            <source>Which process got a semaphore first</source>
            <translation>Quel processus a obtenu un sémaphore en premier</translation>
        </message>
        <message>
            <source>The process tree</source>
            <translation>L’arbre des processus</translation>
        </message>
    </context>
    <context>
        <name>ParameterEditor</name>
        <message>
            <source>This scenario has no parameters.</source>
            <translation>Ce scénario n’a pas de paramètres.</translation>
        </message>
        <message>
            <source>&amp;Defaults</source>
            <translation>&amp;Valeurs par défaut</translation>
        </message>
        <message>
            <source>Put every parameter back to the scenario's default</source>
            <translation>Remettre chaque paramètre à la valeur par défaut du scénario</translation>
        </message>
        <message>
            <source>Scenario parameters</source>
            <translation>Paramètres du scénario</translation>
        </message>
        <message>
            <source>Reset the parameters to their defaults</source>
            <translation>Remettre les paramètres à leurs valeurs par défaut</translation>
        </message>
    </context>
    <context>
        <name>PipeItem</name>
        <message numerus="yes">
            <source>%n byte(s) in flight</source>
            <translation>
                <numerusform>%n octet en transit</numerusform>
                <numerusform>%n octets en transit</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>write: %1</source>
            <translation>écriture : %1</translation>
        </message>
        <message>
            <source>read: %1</source>
            <translation>lecture : %1</translation>
        </message>
    </context>
    <context>
        <name>PresenterMode</name>
        <message>
            <source>Blank screen</source>
            <translation>Écran noir</translation>
        </message>
        <message>
            <source>&amp;Presenter Mode</source>
            <translation>Mode &amp;présentation</translation>
        </message>
        <message>
            <source>Full screen, large text, high contrast and only the panels the audience needs; Page Down steps, B blanks the screen</source>
            <translation>Plein écran, texte agrandi, contraste élevé et uniquement les panneaux utiles au public ; Page Down avance d’une étape, B affiche un écran noir</translation>
        </message>
        <message>
            <source>Present to a lecture hall (F5; Esc leaves)</source>
            <translation>Présenter dans un amphithéâtre (F5 ; Esc pour quitter)</translation>
        </message>
        <message>
            <source>Leave Presenter Mode</source>
            <translation>Quitter le mode présentation</translation>
        </message>
        <message>
            <source>Presenter mode: back to the usual window</source>
            <translation>Mode présentation : retour à la fenêtre habituelle</translation>
        </message>
        <message>
            <source>Next Step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Presenter mode: release the next step in step mode, else show the next event</source>
            <translation>Mode présentation : libérer l’étape suivante en mode pas à pas, sinon afficher l’événement suivant</translation>
        </message>
        <message>
            <source>Previous Event</source>
            <translation>Événement précédent</translation>
        </message>
        <message>
            <source>Presenter mode: show the state one event earlier</source>
            <translation>Mode présentation : afficher l’état un événement plus tôt</translation>
        </message>
        <message>
            <source>First Event</source>
            <translation>Premier événement</translation>
        </message>
        <message>
            <source>Presenter mode: go back to the start of the run</source>
            <translation>Mode présentation : revenir au début de l’exécution</translation>
        </message>
        <message>
            <source>Blank the Screen</source>
            <translation>Noircir l’écran</translation>
        </message>
        <message>
            <source>Presenter mode: black screen; any key or click brings the picture back</source>
            <translation>Mode présentation : écran noir ; n’importe quelle touche ou un clic rétablit l’image</translation>
        </message>
        <message>
            <source>Zoom In</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Presenter mode: zoom in on the canvas</source>
            <translation>Mode présentation : zoomer sur le canevas</translation>
        </message>
        <message>
            <source>Zoom Out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>Presenter mode: zoom out of the canvas</source>
            <translation>Mode présentation : dézoomer le canevas</translation>
        </message>
        <message>
            <source>Fit All</source>
            <translation>Tout afficher</translation>
        </message>
        <message>
            <source>Presenter mode: show the whole drawing</source>
            <translation>Mode présentation : afficher tout le dessin</translation>
        </message>
    </context>
    <context>
        <name>ProcessDescriber</name>
        <message>
            <source>killed by %1</source>
            <translation>tué par %1</translation>
        </message>
        <message>
            <source>code %1</source>
            <translation>code %1</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en cours d’exécution</translation>
        </message>
        <message>
            <source>ready at gate</source>
            <translation>prêt à la barrière</translation>
        </message>
        <message>
            <source>ready: %1</source>
            <translation>prêt : %1</translation>
        </message>
        <message>
            <source>sleeping</source>
            <translation>endormi</translation>
        </message>
        <message>
            <source>waiting in pause()</source>
            <translation>en attente dans pause()</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>bloqué</translation>
        </message>
        <message>
            <source>blocked in %1()</source>
            <translation>bloqué dans %1()</translation>
        </message>
        <message>
            <source>zombie</source>
            <translation>zombie</translation>
        </message>
        <message>
            <source>zombie (%1)</source>
            <translation>zombie (%1)</translation>
        </message>
        <message>
            <source>exited</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>exited (%1)</source>
            <translation>terminé (%1)</translation>
        </message>
        <message>
            <source>reaped</source>
            <translation>récupéré</translation>
        </message>
        <message>
            <source>reaped (%1)</source>
            <translation>récupéré (%1)</translation>
        </message>
    </context>
    <context>
        <name>ProcessItem</name>
        <message>
            <source>%1 (PID %2): %3</source>
            <translation>%1 (PID %2) : %3</translation>
        </message>
        <message>
            <source>PID %1</source>
            <translation>PID %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>RunController</name>
        <message>
            <source>Deadlock: every live process was blocked in a call that nothing could complete. %1 Look at the red "blocked in" badges to see who waited for what.</source>
            <translation>Deadlock : tous les processus vivants étaient bloqués dans un appel que rien ne pouvait faire aboutir. %1 Regardez les badges rouges « bloqué dans » pour voir qui attendait quoi.</translation>
        </message>
        <message>
            <source>The run took longer than its time limit and was stopped. %1</source>
            <translation>L’exécution a dépassé sa limite de temps et a été arrêtée. %1</translation>
        </message>
        <message>
            <source>The engine could not run the scenario to its end: %1</source>
            <translation>Le moteur n’a pas pu exécuter le scénario jusqu’au bout : %1</translation>
        </message>
        <message>
            <source>Something survived the run despite cleanup (see the end record in the event log). Please report this as a bug.</source>
            <translation>Quelque chose a survécu à l’exécution malgré le nettoyage (voir l’enregistrement end dans le journal des événements). Merci de signaler ce bug.</translation>
        </message>
        <message>
            <source>The engine wrote a line that is not a valid event (%1). It was skipped and the run goes on.</source>
            <translation>Le moteur a écrit une ligne qui n’est pas un événement valide (%1). Elle a été ignorée et l’exécution continue.</translation>
        </message>
        <message>
            <source>Could not open the trace %1: %2</source>
            <translation>Impossible d’ouvrir la trace %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>The trace %1 is damaged: %n line(s) were skipped (first: %2). The rest is shown.</source>
            <translation>
                <numerusform>La trace %1 est endommagée : %n ligne a été ignorée (%2). Le reste est affiché.</numerusform>
                <numerusform>La trace %1 est endommagée : %n lignes ont été ignorées (la première : %2). Le reste est affiché.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to save yet: run a scenario first.</source>
            <translation>Il n’y a encore rien à enregistrer : exécutez d’abord un scénario.</translation>
        </message>
        <message>
            <source>Could not save the trace: %1</source>
            <translation>Impossible d’enregistrer la trace : %1</translation>
        </message>
        <message>
            <source>Trace saved to %1</source>
            <translation>Trace enregistrée dans %1</translation>
        </message>
        <message>
            <source>Could not read the schedule %1: there is no readable file there.</source>
            <translation>Impossible de lire l’ordonnancement %1 : aucun fichier lisible à cet endroit.</translation>
        </message>
        <message>
            <source>Pick a scenario first: a schedule replays a run of it.</source>
            <translation>Choisissez d’abord un scénario : un ordonnancement rejoue une exécution de ce scénario.</translation>
        </message>
        <message>
            <source>There is no interleaving to replay yet: run a scenario first.</source>
            <translation>Il n’y a pas encore d’entrelacement à rejouer : exécutez d’abord un scénario.</translation>
        </message>
        <message>
            <source>Could not create a temporary folder for the schedule: %1</source>
            <translation>Impossible de créer un dossier temporaire pour l’ordonnancement : %1</translation>
        </message>
        <message>
            <source>Could not save this run's schedule: %1</source>
            <translation>Impossible d’enregistrer l’ordonnancement de cette exécution : %1</translation>
        </message>
        <message>
            <source>The run could not start: see the message above the canvas.</source>
            <translation>L’exécution n’a pas pu démarrer : voir le message au-dessus du canevas.</translation>
        </message>
        <message>
            <source>Ready. Pick a scenario and press Run (Ctrl+R).</source>
            <translation>Prêt. Choisissez un scénario et appuyez sur Exécuter (Ctrl+R).</translation>
        </message>
        <message numerus="yes">
            <source>Running %1 step by step: %n event(s)</source>
            <translation>
                <numerusform>Exécution de %1 pas à pas : %n événement</numerusform>
                <numerusform>Exécution de %1 pas à pas : %n événements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Running %1: %n event(s)</source>
            <translation>
                <numerusform>Exécution de %1 : %n événement</numerusform>
                <numerusform>Exécution de %1 : %n événements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped by you: %n event(s)</source>
            <translation>
                <numerusform>Arrêtée par vous : %n événement</numerusform>
                <numerusform>Arrêtée par vous : %n événements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ended: %1, %n event(s)</source>
            <translation>
                <numerusform>Terminée : %1, %n événement</numerusform>
                <numerusform>Terminée : %1, %n événements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Trace without an end record: %n event(s)</source>
            <translation>
                <numerusform>Trace sans enregistrement end : %n événement</numerusform>
                <numerusform>Trace sans enregistrement end : %n événements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The run did not finish: %n event(s)</source>
            <translation>
                <numerusform>L’exécution ne s’est pas terminée : %n événement</numerusform>
                <numerusform>L’exécution ne s’est pas terminée : %n événements</numerusform>
            </translation>
        </message>
        <message>
            <source>Replay of %1. %2</source>
            <translation>Relecture de %1. %2</translation>
        </message>
        <message numerus="yes">
            <source>(%n damaged line(s) skipped)</source>
            <translation>
                <numerusform>(%n ligne endommagée ignorée)</numerusform>
                <numerusform>(%n lignes endommagées ignorées)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <source>exec(): spawn another program</source>
            <translation>exec() : lancer un autre programme</translation>
        </message>
        <message>
            <source>The main process forks a child that calls execvp() to become ls, listing the root directory. exec() does not return when it succeeds: the next line of the child only runs if it failed. The parent does not wait and ends at once; the orphaned child is adopted and reaped by the engine.</source>
            <translation>Le processus principal crée par fork un fils qui appelle execvp() pour devenir ls, qui liste le répertoire racine. exec() ne revient pas quand il réussit : la ligne suivante du fils ne s’exécute que s’il a échoué. Le père n’attend pas et se termine aussitôt ; le fils orphelin est adopté et récupéré par le moteur.</translation>
        </message>
        <message>
            <source>After exec the child keeps its PID but runs another program.</source>
            <translation>Après exec, le fils garde son PID mais exécute un autre programme.</translation>
        </message>
        <message>
            <source>The parent may end before ls has printed anything.</source>
            <translation>Le père peut se terminer avant que ls ait affiché quoi que ce soit.</translation>
        </message>
        <message>
            <source>Set program to a name that does not exist to see exec fail.</source>
            <translation>Donnez à program le nom d’un programme qui n’existe pas pour voir exec échouer.</translation>
        </message>
        <message>
            <source>The program the child runs</source>
            <translation>Le programme que le fils exécute</translation>
        </message>
        <message>
            <source>fork(): one process becomes two</source>
            <translation>fork() : un processus en devient deux</translation>
        </message>
        <message>
            <source>The main process prints its own PID and its parent's, then calls fork(). From then on two processes run the same program: the parent learns the child's PID from fork's return value, the child asks getpid(). The parent waits for its child so that nothing is left behind.</source>
            <translation>Le processus principal affiche son propre PID et celui de son père, puis appelle fork(). À partir de là, deux processus exécutent le même programme : le père apprend le PID du fils par la valeur de retour de fork, le fils le demande à getpid(). Le père attend son fils pour que rien ne traîne derrière lui.</translation>
        </message>
        <message>
            <source>fork() returns the child's PID in the parent and 0 in the child.</source>
            <translation>fork() renvoie le PID du fils dans le père, et 0 dans le fils.</translation>
        </message>
        <message>
            <source>The child's parent PID is the main process.</source>
            <translation>Le père du fils (son PPID) est le processus principal.</translation>
        </message>
        <message>
            <source>The two lines after the fork may come in either order.</source>
            <translation>Les deux lignes qui suivent le fork peuvent apparaître dans n’importe quel ordre.</translation>
        </message>
        <message>
            <source>Two processes, one terminal</source>
            <translation>Deux processus, un terminal</translation>
        </message>
        <message>
            <source>After fork() the child writes five dots and the parent twelve bars, one character at a time with a short pause after each. Nothing orders the two processes, so their characters mix in an order that changes from run to run. The parent waits for its child only at the very end.</source>
            <translation>Après fork(), le fils écrit cinq points et le père douze barres, un caractère à la fois, avec une courte pause après chacun. Rien n’ordonne les deux processus : leurs caractères se mélangent dans un ordre qui change d’une exécution à l’autre. Le père n’attend son fils qu’à la toute fin.</translation>
        </message>
        <message>
            <source>The dots and the bars interleave differently in every run.</source>
            <translation>Les points et les barres s’entrelacent différemment à chaque exécution.</translation>
        </message>
        <message>
            <source>Each character is its own write: the scheduler can switch between any two.</source>
            <translation>Chaque caractère fait l’objet de son propre write : l’ordonnanceur peut changer de processus entre deux écritures quelconques.</translation>
        </message>
        <message>
            <source>Pause after each character, in microseconds</source>
            <translation>Pause après chaque caractère, en microsecondes</translation>
        </message>
        <message>
            <source>A tree of processes</source>
            <translation>Un arbre de processus</translation>
        </message>
        <message>
            <source>The main process forks width children; each child reports, then forks width children of its own, down to depth levels below main. Every process waits for its own children before it exits. The tree has 1 + width + width^2 + ... + width^depth processes; depth 3 and width 8 make 585 (run it with --max-procs 1024).</source>
            <translation>Le processus principal crée width fils ; chaque fils se signale, puis crée à son tour width fils, et ainsi de suite jusqu’à depth niveaux sous main. Chaque processus attend ses propres fils avant de se terminer. L’arbre compte 1 + width + width^2 + ... + width^depth processus ; depth 3 et width 8 en donnent 585 (lancez-le avec --max-procs 1024).</translation>
        </message>
        <message>
            <source>Labels give each process's place in the tree: main.2.1 is the first child of main's second child.</source>
            <translation>Les étiquettes donnent la place de chaque processus dans l’arbre : main.2.1 est le premier fils du deuxième fils de main.</translation>
        </message>
        <message>
            <source>A parent exits only after all of its children: the tree collapses from the leaves up.</source>
            <translation>Un père ne se termine qu’après tous ses fils : l’arbre se replie à partir des feuilles.</translation>
        </message>
        <message>
            <source>Levels of children below main</source>
            <translation>Nombre de niveaux de fils sous main</translation>
        </message>
        <message>
            <source>Children of each process</source>
            <translation>Nombre de fils de chaque processus</translation>
        </message>
        <message>
            <source>wait(): the parent goes second</source>
            <translation>wait() : le père passe en second</translation>
        </message>
        <message>
            <source>The same two writers as in the interleaving example, but the parent calls wait() before it writes anything. wait() blocks until the child has ended, so all five dots come before the twelve bars, in every run.</source>
            <translation>Les deux mêmes écrivains que dans l’exemple d’entrelacement, mais le père appelle wait() avant d’écrire quoi que ce soit. wait() bloque jusqu’à la fin du fils : les cinq points arrivent donc tous avant les douze barres, à chaque exécution.</translation>
        </message>
        <message>
            <source>The parent is blocked in wait() while the child writes.</source>
            <translation>Le père est bloqué dans wait() pendant que le fils écrit.</translation>
        </message>
        <message>
            <source>wait() returns when the child has exited and reaps it.</source>
            <translation>wait() revient quand le fils s’est terminé, et le récupère.</translation>
        </message>
        <message>
            <source>Orphan: the parent exits first</source>
            <translation>Orphelin : le père se termine en premier</translation>
        </message>
        <message>
            <source>The parent forks a child and exits at once without waiting. The child, still running, becomes an orphan: the kernel gives it a new parent, the nearest subreaper, here the ipcviz engine (on a plain system, init or systemd). getppid() in the child changes, and the new parent reaps it when it ends.</source>
            <translation>Le père crée un fils et se termine aussitôt, sans l’attendre. Le fils, toujours en cours d’exécution, devient orphelin : le noyau lui donne un nouveau père, le subreaper le plus proche, ici le moteur d’ipcviz (sur un système ordinaire, init ou systemd). getppid() change dans le fils, et le nouveau père le récupère quand il se termine.</translation>
        </message>
        <message>
            <source>The child's parent PID changes to the engine's PID (proc.state with old_ppid).</source>
            <translation>Le PID du père du fils devient celui du moteur (proc.state avec old_ppid).</translation>
        </message>
        <message>
            <source>The orphan is reaped by the engine, not by its original parent.</source>
            <translation>L’orphelin est récupéré par le moteur, et non par son père d’origine.</translation>
        </message>
        <message>
            <source>How long the child lives after its parent is gone, in milliseconds</source>
            <translation>Durée de vie du fils après la disparition de son père, en millisecondes</translation>
        </message>
        <message>
            <source>Zombie: exited but not yet reaped</source>
            <translation>Zombie : terminé mais pas encore récupéré</translation>
        </message>
        <message>
            <source>The child prints a line and exits at once. The parent sleeps without calling wait(), so the kernel keeps the dead child's PID and exit status: the child is a zombie. When the parent finally waits, it collects the status and the zombie disappears.</source>
            <translation>Le fils affiche une ligne et se termine aussitôt. Le père dort sans appeler wait() : le noyau conserve donc le PID et le statut de sortie du fils mort, qui devient un zombie. Quand le père finit par attendre, il recueille le statut et le zombie disparaît.</translation>
        </message>
        <message>
            <source>The child turns into a zombie (state Z) as soon as it exits.</source>
            <translation>Le fils devient un zombie (état Z) dès qu’il se termine.</translation>
        </message>
        <message>
            <source>wait() removes the zombie and returns its exit status.</source>
            <translation>wait() fait disparaître le zombie et renvoie son statut de sortie.</translation>
        </message>
        <message>
            <source>How long the parent leaves its child a zombie, in seconds</source>
            <translation>Durée pendant laquelle le père laisse son fils à l’état de zombie, en secondes</translation>
        </message>
        <message>
            <source>Reaping children from a SIGCHLD handler</source>
            <translation>Récupérer les fils dans un gestionnaire de SIGCHLD</translation>
        </message>
        <message>
            <source>The parent installs a SIGCHLD handler that calls waitpid(-1, &amp;status, WNOHANG) in a loop until no ended child is left, then forks three children that live for different times and goes on with its own work. Each child is reaped by the handler the moment it ends, so none stays a zombie, and the parent never blocks in wait().</source>
            <translation>Le père installe un gestionnaire de SIGCHLD qui appelle waitpid(-1, &amp;status, WNOHANG) en boucle jusqu’à ce qu’il ne reste plus aucun fils terminé, puis crée trois fils aux durées de vie différentes et poursuit son propre travail. Chaque fils est récupéré par le gestionnaire dès qu’il se termine : aucun ne reste zombie, et le père ne se bloque jamais dans wait().</translation>
        </message>
        <message>
            <source>Each child's exit is reported by the parent's handler (reaper: main), not by a wait statement.</source>
            <translation>La fin de chaque fils est signalée par le gestionnaire du père (reaper: main), et non par une instruction wait.</translation>
        </message>
        <message>
            <source>The handler loops: two children ending together may give only one SIGCHLD.</source>
            <translation>Le gestionnaire boucle : deux fils qui se terminent ensemble peuvent ne produire qu’un seul SIGCHLD.</translation>
        </message>
        <message>
            <source>No zombie (state Z) lingers: the handler runs as soon as the child ends.</source>
            <translation>Aucun zombie (état Z) ne subsiste : le gestionnaire s’exécute dès que le fils se termine.</translation>
        </message>
        <message>
            <source>How long the parent keeps working (it must outlive its children)</source>
            <translation>Durée pendant laquelle le père continue de travailler (il doit survivre à ses fils)</translation>
        </message>
        <message>
            <source>Signals: counting SIGUSR1</source>
            <translation>Signaux : compter les SIGUSR1</translation>
        </message>
        <message>
            <source>The main process installs a handler for SIGUSR1 that only counts, then forks a child that sends it SIGUSR1 a few times. The main process waits for the child, lingers so that you can send more signals yourself, and prints how many times the handler ran.</source>
            <translation>Le processus principal installe pour SIGUSR1 un gestionnaire qui se contente de compter, puis crée un fils qui lui envoie SIGUSR1 plusieurs fois. Le processus principal attend le fils, patiente encore un peu pour que vous puissiez envoyer vous-même d’autres signaux, puis affiche combien de fois le gestionnaire s’est exécuté.</translation>
        </message>
        <message>
            <source>Each kill() interrupts the main process to run its handler.</source>
            <translation>Chaque kill() interrompt le processus principal pour exécuter son gestionnaire.</translation>
        </message>
        <message>
            <source>The handler runs even while main is blocked in wait().</source>
            <translation>Le gestionnaire s’exécute même pendant que main est bloqué dans wait().</translation>
        </message>
        <message>
            <source>Send SIGUSR1 yourself while main lingers (set linger_s).</source>
            <translation>Envoyez vous-même SIGUSR1 pendant que main patiente (réglez linger_s).</translation>
        </message>
        <message>
            <source>How many SIGUSR1 the child sends</source>
            <translation>Nombre de SIGUSR1 envoyés par le fils</translation>
        </message>
        <message>
            <source>Seconds main waits before it prints the count</source>
            <translation>Nombre de secondes d’attente de main avant d’afficher le compte</translation>
        </message>
        <message>
            <source>Unnamed pipe: parent to child</source>
            <translation>Pipe anonyme : du père vers le fils</translation>
        </message>
        <message>
            <source>The parent creates a pipe, forks, and writes a message into it a few times; the child reads until end of file.</source>
            <translation>Le père crée un pipe, fait un fork, puis y écrit un message plusieurs fois ; le fils lit jusqu’à la fin de fichier.</translation>
        </message>
        <message>
            <source>Each side closes the end it does not use.</source>
            <translation>Chaque côté ferme l’extrémité qu’il n’utilise pas.</translation>
        </message>
        <message>
            <source>The child sees end of file only when every write end is closed.</source>
            <translation>Le fils ne voit la fin de fichier que lorsque toutes les extrémités d’écriture sont fermées.</translation>
        </message>
        <message>
            <source>How many messages the parent sends</source>
            <translation>Nombre de messages envoyés par le père</translation>
        </message>
        <message>
            <source>Pause between two messages, in milliseconds</source>
            <translation>Pause entre deux messages, en millisecondes</translation>
        </message>
        <message>
            <source>The text of each message</source>
            <translation>Le texte de chaque message</translation>
        </message>
        <message>
            <source>Pipe round trips, as fast as possible</source>
            <translation>Allers-retours dans des pipes, aussi vite que possible</translation>
        </message>
        <message>
            <source>The parent sends a message of a few bytes through one pipe, the child sends it back through another, rounds times, with no pause: each round trip costs two writes, two reads and two context switches. Raise rounds to see how many round trips per second the kernel manages.</source>
            <translation>Le père envoie un message de quelques octets dans un pipe, le fils le renvoie par un autre, rounds fois, sans pause : chaque aller-retour coûte deux write, deux read et deux changements de contexte. Augmentez rounds pour voir combien d’allers-retours par seconde le noyau parvient à faire.</translation>
        </message>
        <message>
            <source>Each process blocks in read() until the other has written: the two strictly alternate.</source>
            <translation>Chaque processus se bloque dans read() jusqu’à ce que l’autre ait écrit : les deux alternent strictement.</translation>
        </message>
        <message>
            <source>The timeline shows the cost of one round trip: a few microseconds.</source>
            <translation>La chronologie montre le coût d’un aller-retour : quelques microsecondes.</translation>
        </message>
        <message>
            <source>How many round trips</source>
            <translation>Nombre d’allers-retours</translation>
        </message>
        <message>
            <source>Size of the message in bytes (at most PIPE_BUF, so each write is atomic)</source>
            <translation>Taille du message en octets (au plus PIPE_BUF, pour que chaque write soit atomique)</translation>
        </message>
        <message>
            <source>FIFO: messages from the shell</source>
            <translation>FIFO : des messages venus du shell</translation>
        </message>
        <message>
            <source>The reader creates a named pipe and opens it for reading and writing, so that it never sees end of file, then reads until a '#' arrives. An unrelated writer runs four shell commands one after the other, each echoing a line into the FIFO by its path, exactly as you would type them in a terminal.</source>
            <translation>Le lecteur crée un pipe nommé et l’ouvre en lecture et en écriture, pour ne jamais voir de fin de fichier, puis lit jusqu’à l’arrivée d’un '#'. Un écrivain sans lien de parenté avec lui exécute quatre commandes shell l’une après l’autre, chacune envoyant avec echo une ligne dans la FIFO désignée par son chemin, exactement comme vous les taperiez dans un terminal.</translation>
        </message>
        <message>
            <source>Each echo is a separate process that opens, writes and closes the FIFO.</source>
            <translation>Chaque echo est un processus distinct qui ouvre la FIFO, y écrit, puis la ferme.</translation>
        </message>
        <message>
            <source>The reader keeps the FIFO open for writing too, so it does not see end of file between two echoes.</source>
            <translation>Le lecteur garde aussi la FIFO ouverte en écriture : il ne voit donc pas de fin de fichier entre deux echo.</translation>
        </message>
        <message>
            <source>The '#' line ends the conversation.</source>
            <translation>La ligne '#' termine la conversation.</translation>
        </message>
        <message>
            <source>FIFO: sending a record</source>
            <translation>FIFO : envoyer un enregistrement</translation>
        </message>
        <message>
            <source>The writer creates a named pipe, opens it for reading and writing, and writes one record of 14 bytes: a name padded to 10 bytes and a 4-byte little-endian integer (John, 23). The reader, an unrelated process started a little later, opens the FIFO by its path and reads the 14 bytes. The writer then closes and removes the FIFO.</source>
            <translation>L’écrivain crée un pipe nommé, l’ouvre en lecture et en écriture, et y écrit un enregistrement de 14 octets : un nom complété jusqu’à 10 octets et un entier little-endian de 4 octets (John, 23). Le lecteur, un processus sans lien de parenté lancé un peu plus tard, ouvre la FIFO par son chemin et lit les 14 octets. L’écrivain ferme ensuite la FIFO et la supprime.</translation>
        </message>
        <message>
            <source>The FIFO is a file in the run directory: both processes find it by name.</source>
            <translation>La FIFO est un fichier du répertoire de l’exécution : les deux processus la trouvent par son nom.</translation>
        </message>
        <message>
            <source>The bytes wait in the kernel until the reader reads them.</source>
            <translation>Les octets attendent dans le noyau jusqu’à ce que le lecteur les lise.</translation>
        </message>
        <message>
            <source>The record is raw bytes: the name's padding and the integer are not text.</source>
            <translation>L’enregistrement est fait d’octets bruts : le remplissage du nom et l’entier ne sont pas du texte.</translation>
        </message>
        <message>
            <source>Memory-mapped file: a counter</source>
            <translation>Fichier projeté en mémoire : un compteur</translation>
        </message>
        <message>
            <source>The process creates counter.bin holding the integer 41 (four bytes), maps the file into memory and increments the integer through the pointer, without calling read() or write() on the file. The change goes to the file itself.</source>
            <translation>Le processus crée counter.bin contenant l’entier 41 (quatre octets), projette le fichier en mémoire et incrémente l’entier via le pointeur, sans appeler read() ni write() sur le fichier. La modification est faite dans le fichier lui-même.</translation>
        </message>
        <message>
            <source>After mmap, the file's bytes are ordinary memory.</source>
            <translation>Après mmap, les octets du fichier sont de la mémoire ordinaire.</translation>
        </message>
        <message>
            <source>The increment is one memory access, not a system call.</source>
            <translation>L’incrémentation est un simple accès mémoire, pas un appel système.</translation>
        </message>
        <message>
            <source>Shared memory: server and client</source>
            <translation>Mémoire partagée : serveur et client</translation>
        </message>
        <message>
            <source>The server creates the shared memory object /AOS, sizes it to 4096 bytes, maps it and writes five words one after the other, then exits. The client, started a little later, opens the same object read-only, maps it, prints what it finds and removes the object.</source>
            <translation>Le serveur crée l’objet de mémoire partagée /AOS, fixe sa taille à 4096 octets, le projette en mémoire et y écrit cinq mots l’un après l’autre, puis se termine. Le client, lancé un peu plus tard, ouvre le même objet en lecture seule, le projette, affiche ce qu’il y trouve et supprime l’objet.</translation>
        </message>
        <message>
            <source>The object outlives the server: the client reads it after the server has exited.</source>
            <translation>L’objet survit au serveur : le client le lit après la fin du serveur.</translation>
        </message>
        <message>
            <source>No bytes travel through a system call: both map the same memory pages.</source>
            <translation>Aucun octet ne passe par un appel système : les deux processus projettent les mêmes pages mémoire.</translation>
        </message>
        <message>
            <source>shm_unlink removes the name; nothing is left in /dev/shm.</source>
            <translation>shm_unlink supprime le nom ; il ne reste rien dans /dev/shm.</translation>
        </message>
        <message>
            <source>Shared memory guarded by a semaphore</source>
            <translation>Mémoire partagée protégée par un sémaphore</translation>
        </message>
        <message>
            <source>The writer creates the shared memory object /shm_AOS and the named semaphore /sem_AOS with value 1. Holding the semaphore, it writes a record: the name John and, at offset 12, the integer 23. The reader, started a little later, opens both, takes the semaphore, reads the record, releases it, and removes both names.</source>
            <translation>L’écrivain crée l’objet de mémoire partagée /shm_AOS et le sémaphore nommé /sem_AOS de valeur 1. En détenant le sémaphore, il écrit un enregistrement : le nom John et, à la position 12, l’entier 23. Le lecteur, lancé un peu plus tard, ouvre les deux, prend le sémaphore, lit l’enregistrement, libère le sémaphore et supprime les deux noms.</translation>
        </message>
        <message>
            <source>sem_wait takes the value from 1 to 0; a second sem_wait would block until sem_post.</source>
            <translation>sem_wait fait passer la valeur de 1 à 0 ; un second sem_wait bloquerait jusqu’au sem_post.</translation>
        </message>
        <message>
            <source>Only one process unlinks the names: the reader, which ends last.</source>
            <translation>Un seul processus supprime les noms : le lecteur, qui se termine en dernier.</translation>
        </message>
        <message>
            <source>Dining philosophers: the deadlock</source>
            <translation>Dîner des philosophes : le deadlock</translation>
        </message>
        <message>
            <source>Five philosophers sit at a round table with one fork (a named semaphore of value 1) between each two. To eat, a philosopher takes the fork on the left, then the one on the right. Here each one takes the left fork and holds it a moment: then every fork is taken, everybody waits for the right fork that a neighbour holds, and nobody can ever go on. The engine sees five processes blocked in sem_wait and ends the run as a deadlock.</source>
            <translation>Cinq philosophes sont assis autour d’une table ronde, avec une fourchette (un sémaphore nommé de valeur 1) entre chaque paire de voisins. Pour manger, un philosophe prend la fourchette de gauche, puis celle de droite. Ici, chacun prend la fourchette de gauche et la garde un moment : toutes les fourchettes sont alors prises, chacun attend la fourchette de droite que tient son voisin, et plus personne ne peut avancer. Le moteur voit cinq processus bloqués dans sem_wait et termine l’exécution sur un deadlock.</translation>
        </message>
        <message>
            <source>Every philosopher holds one fork (its semaphore is 0) and waits in sem_wait for the next: a circular wait.</source>
            <translation>Chaque philosophe tient une fourchette (son sémaphore vaut 0) et attend la suivante dans sem_wait : une attente circulaire.</translation>
        </message>
        <message>
            <source>The engine reports the deadlock with who waits on what; it then removes the semaphores nobody unlinked.</source>
            <translation>Le moteur signale le deadlock en indiquant qui attend quoi ; il supprime ensuite les sémaphores dont personne n’a supprimé le nom.</translation>
        </message>
        <message>
            <source>dining-philosophers-ordered breaks the circle: one philosopher takes the forks in the other order.</source>
            <translation>dining-philosophers-ordered brise le cycle : un des philosophes prend les fourchettes dans l’autre ordre.</translation>
        </message>
        <message>
            <source>How long each philosopher holds the first fork before reaching for the second</source>
            <translation>Durée pendant laquelle chaque philosophe tient la première fourchette avant de prendre la seconde</translation>
        </message>
        <message>
            <source>How long a meal takes</source>
            <translation>Durée d’un repas</translation>
        </message>
        <message>
            <source>Dining philosophers: ordered forks, no deadlock</source>
            <translation>Dîner des philosophes : fourchettes ordonnées, pas de deadlock</translation>
        </message>
        <message>
            <source>The same five philosophers and five semaphore forks, with one change: every philosopher takes the lower-numbered of its two forks first. Philosopher 4, whose left fork is 4 and right fork is 0, takes fork 0 first. The forks are acquired in one global order, so no circle of waits can form: philosophers sometimes wait, but all of them eat.</source>
            <translation>Les mêmes cinq philosophes et cinq fourchettes-sémaphores, avec un seul changement : chaque philosophe prend d’abord celle de ses deux fourchettes qui porte le plus petit numéro. Le philosophe 4, dont la fourchette de gauche est la 4 et celle de droite la 0, prend d’abord la fourchette 0. Les fourchettes sont acquises dans un ordre global unique, si bien qu’aucun cycle d’attente ne peut se former : les philosophes attendent parfois, mais tous mangent.</translation>
        </message>
        <message>
            <source>phil4 reaches for fork 0 first and competes with phil0; one of them waits, the circle is broken.</source>
            <translation>phil4 tend d’abord la main vers la fourchette 0 et entre en concurrence avec phil0 ; l’un des deux attend, le cycle est brisé.</translation>
        </message>
        <message>
            <source>Resources taken in one global order can never deadlock.</source>
            <translation>Des ressources prises dans un ordre global unique ne peuvent jamais provoquer de deadlock.</translation>
        </message>
        <message>
            <source>How many times each philosopher eats</source>
            <translation>Nombre de repas de chaque philosophe</translation>
        </message>
        <message>
            <source>Ping-pong over two pipes</source>
            <translation>Ping-pong sur deux pipes</translation>
        </message>
        <message>
            <source>A pipe carries data one way only, so a conversation needs two: the parent writes ping into the first, the child answers pong through the second. Each read blocks until the other side has written, so the two processes take strict turns.</source>
            <translation>Un pipe ne transporte les données que dans un sens : une conversation en demande donc deux. Le père écrit ping dans le premier, le fils répond pong par le second. Chaque read bloque jusqu’à ce que l’autre côté ait écrit : les deux processus jouent donc strictement chacun leur tour.</translation>
        </message>
        <message>
            <source>Each process closes the two ends it does not use.</source>
            <translation>Chaque processus ferme les deux extrémités qu’il n’utilise pas.</translation>
        </message>
        <message>
            <source>read() blocks until the other side writes: the turns come from the pipes, not from any sleep.</source>
            <translation>read() bloque jusqu’à ce que l’autre côté écrive : l’alternance vient des pipes, et non d’un quelconque sleep.</translation>
        </message>
        <message>
            <source>How many ping-pong exchanges</source>
            <translation>Nombre d’échanges ping-pong</translation>
        </message>
        <message>
            <source>Pipeline: ls / | sort | wc -l</source>
            <translation>Pipeline : ls / | sort | wc -l</translation>
        </message>
        <message>
            <source>The parent builds the shell pipeline ls / | sort | wc -l: two pipes, three children. Each child moves its pipe ends onto standard input or output with dup2, closes every pipe descriptor it no longer needs, and calls execvp. The parent closes all four ends and waits for the three children.</source>
            <translation>Le père construit le pipeline shell ls / | sort | wc -l : deux pipes, trois fils. Chaque fils place ses extrémités de pipe sur l’entrée ou la sortie standard avec dup2, ferme tous les descripteurs de pipe dont il n’a plus besoin, et appelle execvp. Le père ferme les quatre extrémités et attend les trois fils.</translation>
        </message>
        <message>
            <source>dup2(fd, 1) makes the pipe the program's standard output; the program itself knows nothing about pipes.</source>
            <translation>dup2(fd, 1) fait du pipe la sortie standard du programme ; le programme lui-même ne sait rien des pipes.</translation>
        </message>
        <message>
            <source>Every process closes the pipe ends it does not use: otherwise sort or wc would never see end of file.</source>
            <translation>Chaque processus ferme les extrémités de pipe qu’il n’utilise pas : sinon sort ou wc ne verraient jamais la fin de fichier.</translation>
        </message>
        <message>
            <source>Only wc writes to the terminal: the number of entries in /.</source>
            <translation>Seul wc écrit sur le terminal : le nombre d’entrées de /.</translation>
        </message>
        <message>
            <source>Producers and consumers: a bounded buffer</source>
            <translation>Producteurs et consommateurs : un buffer borné</translation>
        </message>
        <message>
            <source>Producers put items into a buffer of size slots in shared memory, consumers take them out. Three named semaphores coordinate them: empty counts free slots (starts at size), full counts items (starts at 0), and mutex (value 1) lets one process at a time change the buffer. A producer waits on empty then mutex; a consumer waits on full then mutex. The buffer holds its item count at offset 0 and the totals produced and consumed at offsets 4 and 8.</source>
            <translation>Les producteurs déposent des éléments dans un buffer de size cases en mémoire partagée, les consommateurs les retirent. Trois sémaphores nommés les coordonnent : empty compte les cases libres (au départ size), full compte les éléments (au départ 0), et mutex (valeur 1) ne laisse qu’un processus à la fois modifier le buffer. Un producteur attend sur empty puis sur mutex ; un consommateur attend sur full puis sur mutex. Le buffer contient son nombre d’éléments à la position 0, et les totaux produits et consommés aux positions 4 et 8.</translation>
        </message>
        <message>
            <source>A producer blocks in sem_wait(empty) when the buffer is full; a consumer blocks in sem_wait(full) when it is empty.</source>
            <translation>Un producteur se bloque dans sem_wait(empty) quand le buffer est plein ; un consommateur se bloque dans sem_wait(full) quand il est vide.</translation>
        </message>
        <message>
            <source>The item count never exceeds size and never goes below 0.</source>
            <translation>Le nombre d’éléments ne dépasse jamais size et ne descend jamais sous 0.</translation>
        </message>
        <message>
            <source>Swap the order of sem_wait(empty) and sem_wait(mutex) in your head: a full buffer would then deadlock.</source>
            <translation>Inversez mentalement l’ordre de sem_wait(empty) et de sem_wait(mutex) : un buffer plein provoquerait alors un deadlock.</translation>
        </message>
        <message>
            <source>Slots in the buffer</source>
            <translation>Nombre de cases du buffer</translation>
        </message>
        <message>
            <source>Items each producer makes for each consumer</source>
            <translation>Éléments fabriqués par chaque producteur pour chaque consommateur</translation>
        </message>
        <message>
            <source>Number of producers</source>
            <translation>Nombre de producteurs</translation>
        </message>
        <message>
            <source>Number of consumers</source>
            <translation>Nombre de consommateurs</translation>
        </message>
        <message>
            <source>Race condition: a counter without a lock</source>
            <translation>Race condition : un compteur sans verrou</translation>
        </message>
        <message>
            <source>Two processes each add 1 to the same integer in shared memory n times. Each addition is two steps, a load (x = *counter) and a store (*counter = x + 1), and nothing stops the other process from running in between. When both load the same value, one store overwrites the other and an update is lost.</source>
            <translation>Deux processus ajoutent chacun n fois 1 au même entier en mémoire partagée. Chaque addition se fait en deux temps, une lecture (load : x = *counter) puis une écriture (store : *counter = x + 1), et rien n’empêche l’autre processus de s’exécuter entre les deux. Quand les deux lisent la même valeur, une écriture écrase l’autre et une mise à jour est perdue.</translation>
        </message>
        <message>
            <source>In step mode, let both processes load before either stores: the counter goes up by 1, not 2.</source>
            <translation>En mode pas à pas, laissez les deux processus lire (load) avant que l’un d’eux n’écrive (store) : le compteur augmente de 1, et non de 2.</translation>
        </message>
        <message>
            <source>In a free run the final count changes from run to run and is often less than twice n.</source>
            <translation>En exécution libre, le compte final change d’une exécution à l’autre et est souvent inférieur à deux fois n.</translation>
        </message>
        <message>
            <source>Compare with race-counter-sem, where a semaphore makes load and store one critical section.</source>
            <translation>Comparez avec race-counter-sem, où un sémaphore fait de la lecture et de l’écriture une seule section critique.</translation>
        </message>
        <message>
            <source>How many times each process adds 1</source>
            <translation>Nombre de fois où chaque processus ajoute 1</translation>
        </message>
        <message>
            <source>Race fixed: a semaphore around load and store</source>
            <translation>Race condition corrigée : un sémaphore autour de la lecture et de l’écriture</translation>
        </message>
        <message>
            <source>The same two processes as in race-counter add 1 to a shared integer n times each, but every load and store pair runs between sem_wait and sem_post on a named semaphore of value 1. Only one process at a time is inside the critical section, so no update is lost: the final count is always twice n.</source>
            <translation>Les deux mêmes processus que dans race-counter ajoutent chacun n fois 1 à un entier partagé, mais chaque paire lecture/écriture (load/store) s’exécute entre sem_wait et sem_post sur un sémaphore nommé de valeur 1. Un seul processus à la fois se trouve dans la section critique : aucune mise à jour n’est perdue, et le compte final vaut toujours deux fois n.</translation>
        </message>
        <message>
            <source>While one process holds the semaphore (value 0), the other blocks in sem_wait.</source>
            <translation>Pendant qu’un processus détient le sémaphore (valeur 0), l’autre se bloque dans sem_wait.</translation>
        </message>
        <message>
            <source>The final count is exactly twice n in every run, in any schedule.</source>
            <translation>Le compte final vaut exactement deux fois n à chaque exécution, quel que soit l’ordonnancement.</translation>
        </message>
        <message>
            <source>Readers and writers</source>
            <translation>Lecteurs et rédacteurs</translation>
        </message>
        <message>
            <source>Several readers and writers use one record in shared memory. A counting semaphore room holds one token per reader that may be inside (value readers): a reader takes one token, so readers read at the same time. A writer must have the room to itself: it takes every token, one sem_wait per reader, and a second semaphore, writer (value 1), makes writers collect their tokens one at a time so two half-done writers cannot block each other.</source>
            <translation>Plusieurs lecteurs et rédacteurs utilisent un même enregistrement en mémoire partagée. Un sémaphore à compteur, room, contient un jeton par lecteur autorisé à être à l’intérieur (valeur readers) : un lecteur prend un jeton, si bien que plusieurs lecteurs peuvent lire en même temps. Un rédacteur doit avoir la salle (room) pour lui seul : il prend tous les jetons, un sem_wait par lecteur, et un second sémaphore, writer (valeur 1), oblige les rédacteurs à collecter leurs jetons l’un après l’autre, pour que deux rédacteurs à moitié servis ne puissent pas se bloquer mutuellement.</translation>
        </message>
        <message>
            <source>Readers overlap: room drops below readers while several read at once.</source>
            <translation>Les lecteurs se chevauchent : room descend sous readers pendant que plusieurs lisent à la fois.</translation>
        </message>
        <message>
            <source>A writer waits in sem_wait(room) until every reader inside has left, then holds all tokens (room is 0).</source>
            <translation>Un rédacteur attend dans sem_wait(room) que tous les lecteurs présents soient sortis, puis détient tous les jetons (room vaut 0).</translation>
        </message>
        <message>
            <source>Without the writer semaphore, two writers each holding some tokens would deadlock.</source>
            <translation>Sans le sémaphore writer, deux rédacteurs détenant chacun une partie des jetons seraient en deadlock.</translation>
        </message>
        <message>
            <source>Number of readers (and tokens in the room)</source>
            <translation>Nombre de lecteurs (et de jetons dans room)</translation>
        </message>
        <message>
            <source>Number of writers</source>
            <translation>Nombre de rédacteurs</translation>
        </message>
        <message>
            <source>How long one read takes</source>
            <translation>Durée d’une lecture</translation>
        </message>
        <message>
            <source>Pitfall: FIFOs opened in the wrong order</source>
            <translation>Piège : des FIFO ouvertes dans le mauvais ordre</translation>
        </message>
        <message>
            <source>Opening a FIFO blocks until the other end is opened too: a reader waits for a writer and the other way round. Process a opens fifo ab for reading and then fifo ba for writing; process b opens ba for reading and then ab for writing. Each waits in its first open() for the other to open the FIFO it is not yet at: a deadlock. The engine ends the run and reports the two opens.</source>
            <translation>L’ouverture d’une FIFO bloque jusqu’à ce que l’autre extrémité soit ouverte elle aussi : un lecteur attend un écrivain, et inversement. Le processus a ouvre la FIFO ab en lecture, puis la FIFO ba en écriture ; le processus b ouvre ba en lecture, puis ab en écriture. Chacun attend dans son premier open() que l’autre ouvre la FIFO qu’il n’a pas encore atteinte : c’est un deadlock. Le moteur termine l’exécution et signale les deux open.</translation>
        </message>
        <message>
            <source>a waits in open(ab, read) for a writer; b waits in open(ba, read) for a writer: neither gets to its second open.</source>
            <translation>a attend un écrivain dans open(ab, read) ; b attend un écrivain dans open(ba, read) : aucun des deux n’atteint son second open.</translation>
        </message>
        <message>
            <source>Fix: open the FIFOs in the same order in both processes (ab first), or open one with rdwr.</source>
            <translation>Correction : ouvrir les FIFO dans le même ordre dans les deux processus (ab d’abord), ou en ouvrir une avec rdwr.</translation>
        </message>
        <message>
            <source>The engine removes the two FIFOs when the run ends.</source>
            <translation>Le moteur supprime les deux FIFO à la fin de l’exécution.</translation>
        </message>
        <message>
            <source>Pitfall: a shm object and a semaphore never unlinked</source>
            <translation>Piège : un objet shm et un sémaphore dont le nom n’est jamais supprimé</translation>
        </message>
        <message>
            <source>The program creates a shared memory object and a named semaphore, uses them, closes and unmaps them, and exits, but never calls shm_unlink or sem_unlink. Closing only drops this process's handle: the names stay in /dev/shm, with their contents, after every process has ended, until someone unlinks them or the machine reboots. The engine removes them at the end of the run and lists them in the end record's cleanup.</source>
            <translation>Le programme crée un objet de mémoire partagée et un sémaphore nommé, les utilise, les ferme, supprime la projection et se termine, mais n’appelle jamais shm_unlink ni sem_unlink. Fermer ne fait que libérer la référence de ce processus : les noms restent dans /dev/shm, avec leur contenu, après la fin de tous les processus, jusqu’à ce que quelqu’un les supprime ou que la machine redémarre. Le moteur les supprime à la fin de l’exécution et les liste dans le champ cleanup de l’enregistrement end.</translation>
        </message>
        <message>
            <source>After the last process ends, the end record's cleanup lists shm:/AOS and sem:/sem_AOS: the engine had to remove them.</source>
            <translation>Après la fin du dernier processus, le champ cleanup de l’enregistrement end liste shm:/AOS et sem:/sem_AOS : le moteur a dû les supprimer.</translation>
        </message>
        <message>
            <source>munmap and close (sem_close) are not unlink: the names outlive the processes.</source>
            <translation>munmap et close (sem_close) ne sont pas des unlink : les noms survivent aux processus.</translation>
        </message>
        <message>
            <source>Fix: call shm_unlink and sem_unlink once no new process needs to open the names.</source>
            <translation>Correction : appeler shm_unlink et sem_unlink dès qu’aucun nouveau processus n’a besoin d’ouvrir les noms.</translation>
        </message>
        <message>
            <source>Pitfall: a full pipe blocks the writer</source>
            <translation>Piège : un pipe plein bloque l’écrivain</translation>
        </message>
        <message>
            <source>A pipe is a buffer in the kernel of 64 KiB (65536 bytes) on Linux. The writer fills it in one write, which returns at once; its next write blocks, because the reader is still busy and has read nothing. Only when the reader drains the pipe can the blocked write finish. A program that writes a lot into a pipe before reading its answer can hang this way.</source>
            <translation>Sous Linux, un pipe est un buffer de 64 Kio (65536 octets) dans le noyau. L’écrivain le remplit en un seul write, qui revient aussitôt ; son write suivant bloque, car le lecteur est encore occupé et n’a rien lu. Le write bloqué ne peut se terminer que lorsque le lecteur vide le pipe. Un programme qui écrit beaucoup dans un pipe avant de lire la réponse peut rester bloqué de cette façon.</translation>
        </message>
        <message>
            <source>The first write of 65536 bytes returns at once; the pipe is full.</source>
            <translation>Le premier write de 65536 octets revient aussitôt ; le pipe est plein.</translation>
        </message>
        <message>
            <source>The second write blocks until the reader has read: its begin and end are far apart.</source>
            <translation>Le second write bloque jusqu’à ce que le lecteur ait lu : son début et sa fin sont très éloignés.</translation>
        </message>
        <message>
            <source>The reader's first read returns all 65536 bytes that were waiting in the pipe.</source>
            <translation>Le premier read du lecteur renvoie les 65536 octets qui attendaient dans le pipe.</translation>
        </message>
        <message>
            <source>How long the reader is busy before it reads</source>
            <translation>Durée pendant laquelle le lecteur est occupé avant de lire</translation>
        </message>
        <message>
            <source>Pitfall: printf before fork prints twice</source>
            <translation>Piège : un printf avant fork s’affiche deux fois</translation>
        </message>
        <message>
            <source>printf does not write at once: stdio keeps the text in a buffer in the process's memory and writes it when the buffer is full, on fflush, or at exit. When stdout is a pipe or a file, even a newline does not flush it. Here the parent printfs a line, then forks: the child gets a copy of the memory, unwritten buffer included, so the line comes out twice, once at each process's exit. The fflush version does not have the problem.</source>
            <translation>printf n’écrit pas tout de suite : stdio garde le texte dans un buffer, dans la mémoire du processus, et l’écrit quand le buffer est plein, lors d’un fflush ou à la terminaison du processus. Quand stdout est un pipe ou un fichier, même un retour à la ligne ne le vide pas. Ici, le père affiche une ligne avec printf, puis fait un fork : le fils reçoit une copie de la mémoire, buffer non écrit compris, si bien que la ligne sort deux fois, une fois à la terminaison de chaque processus. La version avec fflush n’a pas ce problème.</translation>
        </message>
        <message>
            <source>The line printed before fork appears twice, both times with the parent's PID: it was formatted once and copied by fork.</source>
            <translation>La ligne affichée avant fork apparaît deux fois, chaque fois avec le PID du père : elle a été formatée une seule fois, puis copiée par fork.</translation>
        </message>
        <message>
            <source>stdio.buffer events show text kept in memory; stdio.flush events show when it is really written.</source>
            <translation>Les événements stdio.buffer montrent le texte gardé en mémoire ; les événements stdio.flush montrent quand il est réellement écrit.</translation>
        </message>
        <message>
            <source>Fix: call fflush(stdout) before fork, as the second part does, or write with write(2).</source>
            <translation>Correction : appeler fflush(stdout) avant fork, comme le fait la seconde partie, ou écrire avec write(2).</translation>
        </message>
        <message>
            <source>Pitfall: SIGPIPE, writing with no reader</source>
            <translation>Piège : SIGPIPE, écrire sans lecteur</translation>
        </message>
        <message>
            <source>Writing to a pipe whose read ends are all closed raises SIGPIPE in the writer, and by default SIGPIPE kills it, without a message. In main, the child closes its read end and exits; the parent closed its own, so its write kills it. The second process, careful, ignores SIGPIPE first: the same write then fails with EPIPE and the program can report the error and exit cleanly.</source>
            <translation>Écrire dans un pipe dont toutes les extrémités de lecture sont fermées déclenche SIGPIPE chez l’écrivain, et par défaut SIGPIPE le tue, sans aucun message. Dans main, le fils ferme son extrémité de lecture et se termine ; le père a fermé la sienne, donc son write le tue. Le second processus, careful, ignore d’abord SIGPIPE : le même write échoue alors avec EPIPE, et le programme peut signaler l’erreur et se terminer proprement.</translation>
        </message>
        <message>
            <source>main ends killed by SIGPIPE: its last line never runs, and nothing is printed.</source>
            <translation>main se termine tué par SIGPIPE : sa dernière ligne ne s’exécute jamais, et rien n’est affiché.</translation>
        </message>
        <message>
            <source>careful's write returns -1 with errno EPIPE; it prints the error and exits with status 1.</source>
            <translation>Le write de careful renvoie -1 avec errno à EPIPE ; il affiche l’erreur et se termine avec le statut 1.</translation>
        </message>
        <message>
            <source>Servers ignore SIGPIPE (or use MSG_NOSIGNAL) so a vanished client cannot kill them.</source>
            <translation>Les serveurs ignorent SIGPIPE (ou utilisent MSG_NOSIGNAL) pour qu’un client disparu ne puisse pas les tuer.</translation>
        </message>
        <message>
            <source>Pitfall: exec after an unchecked fork</source>
            <translation>Piège : exec après un fork non vérifié</translation>
        </message>
        <message>
            <source>The program calls fork() and ignores its result, then calls execvp to run ls in the child. But fork returns in both processes and nothing tells them apart: the parent runs the exec as well, so both processes become ls, the listing comes out twice, and the parent's own program is gone: its next line never runs.</source>
            <translation>Le programme appelle fork() en ignorant son résultat, puis appelle execvp pour exécuter ls dans le fils. Mais fork revient dans les deux processus, et rien ne les distingue : le père exécute lui aussi l’exec, donc les deux processus deviennent ls, le listing sort deux fois, et le programme du père a disparu : sa ligne suivante ne s’exécute jamais.</translation>
        </message>
        <message>
            <source>Two proc.exec events, one from each process: both replace their program with ls.</source>
            <translation>Deux événements proc.exec, un par processus : tous deux remplacent leur programme par ls.</translation>
        </message>
        <message>
            <source>The parent's line after exec never runs: exec only returns when it fails.</source>
            <translation>La ligne du père après exec ne s’exécute jamais : exec ne revient qu’en cas d’échec.</translation>
        </message>
        <message>
            <source>Fix: if (pid == 0) { execvp(...); _exit(127); } and only the parent goes on.</source>
            <translation>Correction : if (pid == 0) { execvp(...); _exit(127); } et seul le père continue.</translation>
        </message>
        <message>
            <source>Pitfall: a write end left open</source>
            <translation>Piège : une extrémité d’écriture restée ouverte</translation>
        </message>
        <message>
            <source>The child reads the pipe until end of file. The parent writes its messages and then waits for the child, but it forgot to close its own write end. A pipe reports end of file only when every write end is closed, and the parent's copy is still open: the child blocks in read() forever, and the parent blocks in wait() for a child that never ends. The engine detects the deadlock and reports who waits on what.</source>
            <translation>Le fils lit le pipe jusqu’à la fin de fichier. Le père écrit ses messages puis attend le fils, mais il a oublié de fermer sa propre extrémité d’écriture. Un pipe ne signale la fin de fichier que lorsque toutes les extrémités d’écriture sont fermées, et la copie du père est encore ouverte : le fils reste bloqué pour toujours dans read(), et le père se bloque dans wait() pour un fils qui ne se termine jamais. Le moteur détecte le deadlock et signale qui attend quoi.</translation>
        </message>
        <message>
            <source>After the messages, the child blocks in read() on pipe#1 even though nobody will write again.</source>
            <translation>Après les messages, le fils se bloque dans read() sur pipe#1 alors que plus personne n’écrira.</translation>
        </message>
        <message>
            <source>The parent blocks in wait(): each process waits for the other. The fix: close p.w in the parent before wait (and in the child before reading).</source>
            <translation>Le père se bloque dans wait() : chaque processus attend l’autre. La correction : fermer p.w dans le père avant wait (et dans le fils avant de lire).</translation>
        </message>
        <message>
            <source>The engine ends the run as a deadlock and lists both waits.</source>
            <translation>Le moteur termine l’exécution sur un deadlock et liste les deux attentes.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCheck</name>
        <message>
            <source>The engine (ipcviz-engine) was not found, so the file cannot be checked. Install it next to ipcviz or set IPCVIZ_ENGINE.</source>
            <translation>Le moteur (ipcviz-engine) est introuvable : le fichier ne peut donc pas être vérifié. Installez-le à côté d’ipcviz ou définissez IPCVIZ_ENGINE.</translation>
        </message>
        <message>
            <source>The engine %1 could not be started: %2</source>
            <translation>Le moteur %1 n’a pas pu être démarré : %2</translation>
        </message>
        <message>
            <source>The engine crashed while checking the file.</source>
            <translation>Le moteur a planté pendant la vérification du fichier.</translation>
        </message>
        <message>
            <source>The engine said: %1</source>
            <translation>Le moteur a dit : %1</translation>
        </message>
        <message>
            <source>The engine's answer about the file could not be read (it is not the expected JSON); is the engine the same version as the app?</source>
            <translation>La réponse du moteur au sujet du fichier est illisible (ce n’est pas le JSON attendu) ; le moteur est-il de la même version que l’application ?</translation>
        </message>
        <message>
            <source>The engine's answer about the file does not say whether it is valid.</source>
            <translation>La réponse du moteur au sujet du fichier n’indique pas s’il est valide.</translation>
        </message>
        <message>
            <source>The engine found the file invalid but gave no reason.</source>
            <translation>Le moteur a jugé le fichier invalide sans en donner la raison.</translation>
        </message>
        <message numerus="yes">
            <source>The engine did not finish checking the file within %n second(s).</source>
            <translation>
                <numerusform>Le moteur n’a pas fini de vérifier le fichier en moins de %n seconde.</numerusform>
                <numerusform>Le moteur n’a pas fini de vérifier le fichier en moins de %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>Open &amp;Recent Scenario</source>
            <translation>Ouvrir un scénario &amp;récent</translation>
        </message>
        <message>
            <source>The scenario file %1 does not exist or is not a regular file.</source>
            <translation>Le fichier de scénario %1 n’existe pas ou n’est pas un fichier ordinaire.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n error(s), listed in the Scenario File panel; fix them and it reloads by itself.</source>
            <translation>
                <numerusform>%1 contient %n erreur, indiquée dans le panneau Fichier de scénario ; corrigez-la et il se rechargera tout seul.</numerusform>
                <numerusform>%1 contient %n erreurs, listées dans le panneau Fichier de scénario ; corrigez-les et il se rechargera tout seul.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not valid and was not run; see the Scenario File panel.</source>
            <translation>%1 n’est pas valide et n’a pas été exécuté ; voir le panneau Fichier de scénario.</translation>
        </message>
        <message>
            <source>Not run: %1 was not confirmed.</source>
            <translation>Non exécuté : %1 n’a pas été confirmé.</translation>
        </message>
        <message>
            <source>The scenario file %1 does not come with ipcviz, and it will run these programs on this computer, with your permissions:

%2

Run it only if you trust where it comes from.</source>
            <translation>Le fichier de scénario %1 n’est pas fourni avec ipcviz, et il va exécuter les programmes suivants sur cet ordinateur, avec vos droits :

%2

Ne l’exécutez que si vous avez confiance en sa provenance.</translation>
        </message>
        <message>
            <source>Run Programs?</source>
            <translation>Exécuter des programmes ?</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Exécuter</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>No recent scenario files</source>
            <translation>Aucun fichier de scénario récent</translation>
        </message>
        <message>
            <source>Clear Recent Files</source>
            <translation>Effacer les fichiers récents</translation>
        </message>
        <message>
            <source>The scenario file %1 was removed or renamed.</source>
            <translation>Le fichier de scénario %1 a été supprimé ou renommé.</translation>
        </message>
        <message>
            <source>%1 changed and now has errors (see the Scenario File panel); it will not run until they are fixed.</source>
            <translation>%1 a changé et contient maintenant des erreurs (voir le panneau Fichier de scénario) ; il ne sera pas exécuté tant qu’elles ne seront pas corrigées.</translation>
        </message>
        <message>
            <source>Reloaded %1.</source>
            <translation>%1 rechargé.</translation>
        </message>
        <message>
            <source>Open Scenario File</source>
            <translation>Ouvrir un fichier de scénario</translation>
        </message>
        <message>
            <source>ipcviz scenarios (*.ipcv);;All files (*)</source>
            <translation>Scénarios ipcviz (*.ipcv);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>ScenarioLibraryDock</name>
        <message>
            <source>Scenarios</source>
            <translation>Scénarios</translation>
        </message>
        <message>
            <source>Search scenarios…</source>
            <translation>Rechercher des scénarios…</translation>
        </message>
        <message>
            <source>Filter the scenarios by id, title or description</source>
            <translation>Filtrer les scénarios par id, titre ou description</translation>
        </message>
        <message>
            <source>Search scenarios</source>
            <translation>Rechercher des scénarios</translation>
        </message>
        <message>
            <source>Double-click a scenario (or press Enter) to run it</source>
            <translation>Double-cliquez sur un scénario (ou appuyez sur Enter) pour l’exécuter</translation>
        </message>
        <message>
            <source>Scenario library</source>
            <translation>Bibliothèque de scénarios</translation>
        </message>
        <message>
            <source>Scenario description</source>
            <translation>Description du scénario</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Processus</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signaux</translation>
        </message>
        <message>
            <source>Pipes</source>
            <translation>Pipes</translation>
        </message>
        <message>
            <source>FIFOs</source>
            <translation>FIFO</translation>
        </message>
        <message>
            <source>Shared memory</source>
            <translation>Mémoire partagée</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Sémaphores</translation>
        </message>
        <message>
            <source>Classic problems</source>
            <translation>Problèmes classiques</translation>
        </message>
        <message>
            <source>Pitfalls</source>
            <translation>Pièges</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select a scenario to read what it shows.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sélectionnez un scénario pour lire ce qu’il montre.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What to watch for</source>
            <translation>Ce qu’il faut observer</translation>
        </message>
        <message>
            <source>What the selected scenario shows, and what to watch for</source>
            <translation>Ce que montre le scénario sélectionné, et ce qu’il faut observer</translation>
        </message>
        <message>
            <source>Manual pages: %1</source>
            <translation>Pages de manuel : %1</translation>
        </message>
    </context>
    <context>
        <name>ScenarioProblemsPane</name>
        <message>
            <source>Scenario File</source>
            <translation>Fichier de scénario</translation>
        </message>
        <message>
            <source>Errors in the scenario file</source>
            <translation>Erreurs dans le fichier de scénario</translation>
        </message>
        <message>
            <source>Scenario file text</source>
            <translation>Texte du fichier de scénario</translation>
        </message>
        <message>
            <source>It runs no other program.</source>
            <translation>Il n’exécute aucun autre programme.</translation>
        </message>
        <message>
            <source>It may run: %1.</source>
            <translation>Il peut exécuter : %1.</translation>
        </message>
        <message>
            <source>%1 is valid (%2). %3</source>
            <translation>%1 est valide (%2). %3</translation>
        </message>
        <message>
            <source>%1 could not be checked, so it will not run.</source>
            <translation>%1 n’a pas pu être vérifié : il ne sera donc pas exécuté.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s) in %1; it will not run until they are fixed.</source>
            <translation>
                <numerusform>%n erreur dans %1 ; il ne sera pas exécuté tant qu’elle ne sera pas corrigée.</numerusform>
                <numerusform>%n erreurs dans %1 ; il ne sera pas exécuté tant qu’elles ne seront pas corrigées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check result</source>
            <translation>Résultat de la vérification</translation>
        </message>
        <message>
            <source>Click an error to see its line in the file below</source>
            <translation>Cliquez sur une erreur pour voir sa ligne dans le fichier ci-dessous</translation>
        </message>
        <message>
            <source>The scenario file, with the lines that have errors marked</source>
            <translation>Le fichier de scénario, avec les lignes erronées signalées</translation>
        </message>
    </context>
    <context>
        <name>SemaphoreItem</name>
        <message>
            <source>nobody waiting</source>
            <translation>personne en attente</translation>
        </message>
        <message>
            <source>waiting in sem_wait():</source>
            <translation>en attente dans sem_wait() :</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Langue du système (%1)</translation>
        </message>
        <message>
            <source>The language of menus, panels and explanations. It changes at once, without a restart.</source>
            <translation>La langue des menus, des panneaux et des explications. Elle change immédiatement, sans redémarrage.</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Langue de l’interface</translation>
        </message>
        <message>
            <source>Changes at once. To use a language for one session only, start ipcviz with --lang CODE.</source>
            <translation>S’applique immédiatement. Pour utiliser une langue le temps d’une seule session, lancez ipcviz avec --lang CODE.</translation>
        </message>
        <message>
            <source>&amp;Speed of runs:</source>
            <translation>&amp;Vitesse des exécutions :</translation>
        </message>
        <message>
            <source>How long each process waits before each step, so that you can follow the animation (Ctrl+1 … Ctrl+4)</source>
            <translation>Combien de temps chaque processus attend avant chaque étape, pour que vous puissiez suivre l’animation (Ctrl+1 … Ctrl+4)</translation>
        </message>
        <message>
            <source>Speed of runs</source>
            <translation>Vitesse des exécutions</translation>
        </message>
        <message>
            <source>The same as the speed box in the toolbar; ipcviz starts with the speed you used last.</source>
            <translation>Identique au choix de vitesse de la barre d’outils ; ipcviz démarre avec la dernière vitesse utilisée.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the settings (they are already applied and saved)</source>
            <translation>Fermer les préférences (elles sont déjà appliquées et enregistrées)</translation>
        </message>
    </context>
    <context>
        <name>StepExplainer</name>
        <message>
            <source>fd %1</source>
            <translation>fd %1</translation>
        </message>
        <message>
            <source>max %1</source>
            <translation>max %1</translation>
        </message>
        <message>
            <source>path %1</source>
            <translation>chemin %1</translation>
        </message>
        <message>
            <source>mode %1</source>
            <translation>mode %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>vers %1</translation>
        </message>
        <message>
            <source>%1 ns</source>
            <translation>%1 ns</translation>
        </message>
        <message>
            <source>(called, not returned yet)</source>
            <translation>(appelé, pas encore revenu)</translation>
        </message>
        <message>
            <source>read is about to return 0 (end of file): %1 is empty and no process holds its write end any more.</source>
            <translation>read est sur le point de renvoyer 0 (fin de fichier) : %1 est vide et plus aucun processus ne détient son extrémité d’écriture.</translation>
        </message>
        <message>
            <source>%1 holds a write end itself: unless it closes it, this read never sees end of file.</source>
            <translation>%1 détient lui-même une extrémité d’écriture : s’il ne la ferme pas, ce read ne verra jamais la fin de fichier.</translation>
        </message>
        <message>
            <source>write to %1 cannot go on: no process holds its read end, so it fails with EPIPE (and SIGPIPE).</source>
            <translation>write dans %1 ne peut pas aboutir : aucun processus ne détient son extrémité de lecture, il échoue donc avec EPIPE (et SIGPIPE).</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>open blocks: opening the FIFO %1 waits until another process opens its other end (now open for reading: %2; for writing: %3).</source>
            <translation>open bloque : l’ouverture de la FIFO %1 attend qu’un autre processus en ouvre l’autre extrémité (actuellement ouverte en lecture par : %2 ; en écriture par : %3).</translation>
        </message>
        <message>
            <source>open blocks until another process opens the other end of %1.</source>
            <translation>open bloque jusqu’à ce qu’un autre processus ouvre l’autre extrémité de %1.</translation>
        </message>
        <message>
            <source>the FIFO</source>
            <translation>la FIFO</translation>
        </message>
        <message>
            <source>sem_wait blocks: %1 has value %2; it goes on when a process calls sem_post on it.</source>
            <translation>sem_wait bloque : %1 vaut %2 ; il reprendra quand un processus appellera sem_post dessus.</translation>
        </message>
        <message>
            <source>the semaphore</source>
            <translation>le sémaphore</translation>
        </message>
        <message>
            <source>wait is about to return: %1 ended and waits to be reaped.</source>
            <translation>wait est sur le point de revenir : %1 s’est terminé et attend d’être récupéré.</translation>
        </message>
        <message>
            <source>wait blocks, but %1 has no running child: it returns with ECHILD.</source>
            <translation>wait bloque, mais %1 n’a aucun fils en cours d’exécution : il revient avec ECHILD.</translation>
        </message>
        <message>
            <source>pause blocks until a signal is delivered to %1 (send one with kill).</source>
            <translation>pause bloque jusqu’à ce qu’un signal soit délivré à %1 (envoyez-en un avec kill).</translation>
        </message>
        <message>
            <source>%1 is sleeping: it goes on when its time is up.</source>
            <translation>%1 dort : il reprendra quand son délai sera écoulé.</translation>
        </message>
        <message>
            <source>%1 is blocked in the kernel.</source>
            <translation>%1 est bloqué dans le noyau.</translation>
        </message>
        <message>
            <source>%1 is blocked in %2().</source>
            <translation>%1 est bloqué dans %2().</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>read is about to return: %1 holds %n byte(s).</source>
            <translation>
                <numerusform>read est sur le point de revenir : %1 contient %n octet.</numerusform>
                <numerusform>read est sur le point de revenir : %1 contient %n octets.</numerusform>
            </translation>
        </message>
        <message>
            <source>read blocks: %1 is empty and %2 still holds its write end open. It goes on when it writes, or returns 0 (end of file) once it closes it.</source>
            <translation>read bloque : %1 est vide et %2 garde encore son extrémité d’écriture ouverte. Il reprendra quand ce processus écrira, ou renverra 0 (fin de fichier) dès qu’il l’aura fermée.</translation>
        </message>
        <message>
            <source>read blocks: %1 is empty and %2 still hold its write end open. It goes on when one of them writes, or returns 0 (end of file) once every write end is closed.</source>
            <translation>read bloque : %1 est vide et %2 gardent encore une extrémité d’écriture ouverte. Il reprendra quand l’un d’eux écrira, ou renverra 0 (fin de fichier) dès que toutes les extrémités d’écriture seront fermées.</translation>
        </message>
        <message>
            <source>write blocks: %1 is full (%2 of %3 bytes) and goes on when %4 reads from it.</source>
            <translation>write bloque : %1 est plein (%2 octets sur %3) et reprendra quand %4 lira dedans.</translation>
        </message>
        <message>
            <source>write blocks: %1 is full (%2 of %3 bytes) and goes on when %4 read from it.</source>
            <translation>write bloque : %1 est plein (%2 octets sur %3) et reprendra quand %4 liront dedans.</translation>
        </message>
        <message>
            <source>wait blocks: %1 is still running; wait returns when it exits.</source>
            <translation>wait bloque : %1 est toujours en cours d’exécution ; wait revient dès qu’il se termine.</translation>
        </message>
        <message>
            <source>wait blocks: %1 are still running; wait returns when one of them exits.</source>
            <translation>wait bloque : %1 sont toujours en cours d’exécution ; wait revient dès que l’un d’eux se termine.</translation>
        </message>
    </context>
    <context>
        <name>TextExporter</name>
        <message>
            <source>Scenario %1: %2</source>
            <translation>Scénario %1 : %2</translation>
        </message>
        <message>
            <source>Parameters: %1</source>
            <translation>Paramètres : %1</translation>
        </message>
        <message>
            <source>The run ended: %1 (%2 events).</source>
            <translation>L’exécution s’est terminée : %1 (%2 événements).</translation>
        </message>
        <message>
            <source>The trace has no end record: the run was cut short.</source>
            <translation>La trace n’a pas d’enregistrement end : l’exécution a été interrompue.</translation>
        </message>
        <message>
            <source>What the processes printed:</source>
            <translation>Ce que les processus ont affiché :</translation>
        </message>
    </context>
    <context>
        <name>TimeChartView</name>
        <message>
            <source>time (ms)</source>
            <translation>temps (ms)</translation>
        </message>
        <message>
            <source>cursor</source>
            <translation>curseur</translation>
        </message>
        <message>
            <source>Click to move the time cursor</source>
            <translation>Cliquez pour déplacer le curseur temporel</translation>
        </message>
    </context>
    <context>
        <name>TimeSlider</name>
        <message>
            <source>Time cursor</source>
            <translation>Curseur temporel</translation>
        </message>
        <message>
            <source>Drag, or use the arrow keys, Home and End, to travel through the run: every view shows the state at that event</source>
            <translation>Faites glisser, ou utilisez les touches fléchées, Home et End, pour parcourir l’exécution : chaque vue montre l’état à cet événement</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Reculer</translation>
        </message>
        <message>
            <source>Show the state one event earlier (Alt+Left)</source>
            <translation>Afficher l’état un événement plus tôt (Alt+Left)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Avancer</translation>
        </message>
        <message>
            <source>Show the state one event later (Alt+Right)</source>
            <translation>Afficher l’état un événement plus tard (Alt+Right)</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>En direct</translation>
        </message>
        <message>
            <source>Jump to the latest event and follow the run as it goes (Alt+End)</source>
            <translation>Aller au dernier événement et suivre l’exécution au fur et à mesure (Alt+End)</translation>
        </message>
        <message>
            <source>Cursor position</source>
            <translation>Position du curseur</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>no events</source>
            <translation>aucun événement</translation>
        </message>
        <message>
            <source>event %1 of %2 · %3</source>
            <translation>événement %1 sur %2 · %3</translation>
        </message>
        <message>
            <source>Which event the views show, and when it happened</source>
            <translation>L’événement affiché par les vues, et le moment où il s’est produit</translation>
        </message>
    </context>
    <context>
        <name>TimelineScene</name>
        <message>
            <source>in %1()</source>
            <translation>dans %1()</translation>
        </message>
        <message>
            <source>engine</source>
            <translation>moteur</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>One lane per process. Wheel to zoom the time axis, drag to pan, click an event to move the time cursor there</source>
            <translation>Une ligne par processus. Molette pour zoomer sur l’axe du temps, glisser pour se déplacer, cliquer sur un événement pour y placer le curseur temporel</translation>
        </message>
    </context>
    <context>
        <name>TraceFile</name>
        <message>
            <source>%1: no such file</source>
            <translation>%1 : fichier introuvable</translation>
        </message>
        <message>
            <source>%1 is a folder, not a trace file</source>
            <translation>%1 est un dossier, pas un fichier de trace</translation>
        </message>
        <message>
            <source>%1 is too large for a trace (%2 MiB; the limit is %3 MiB)</source>
            <translation>%1 est trop volumineux pour une trace (%2 Mio ; la limite est de %3 Mio)</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>impossible d’ouvrir %1 : %2</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>the trace</source>
            <translation>la trace</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>impossible d’ouvrir %1 : %2</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 est vide</translation>
        </message>
        <message>
            <source>%1 is not an ipcviz trace: no line is a valid event record</source>
            <translation>%1 n’est pas une trace ipcviz : aucune ligne n’est un enregistrement d’événement valide</translation>
        </message>
        <message>
            <source>no hello record: the scenario and its parameters are unknown</source>
            <translation>pas d’enregistrement hello : le scénario et ses paramètres sont inconnus</translation>
        </message>
        <message>
            <source>events were out of order; sorted by seq</source>
            <translation>les événements étaient dans le désordre ; ils ont été triés par seq</translation>
        </message>
        <message>
            <source>no end record: the trace was cut short or the run was interrupted</source>
            <translation>pas d’enregistrement end : la trace a été tronquée ou l’exécution interrompue</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>impossible d’écrire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) with a repeated seq were dropped</source>
            <translation>
                <numerusform>%n événement au seq répété a été écarté</numerusform>
                <numerusform>%n événements au seq répété ont été écartés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraceReplay</name>
        <message>
            <source>Replay Step &amp;Back</source>
            <translation>&amp;Reculer d’un pas</translation>
        </message>
        <message>
            <source>Replay Step &amp;Forward</source>
            <translation>&amp;Avancer d’un pas</translation>
        </message>
        <message>
            <source>Show the state one event earlier (pauses the replay)</source>
            <translation>Afficher l’état un événement plus tôt (met la relecture en pause)</translation>
        </message>
        <message>
            <source>Show the state one event later (pauses the replay)</source>
            <translation>Afficher l’état un événement plus tard (met la relecture en pause)</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) per second</source>
            <translation>
                <numerusform>%n événement par seconde</numerusform>
                <numerusform>%n événements par seconde</numerusform>
            </translation>
        </message>
        <message>
            <source>Real time ×%1</source>
            <translation>Temps réel ×%1</translation>
        </message>
        <message>
            <source>Replay speed</source>
            <translation>Vitesse de relecture</translation>
        </message>
        <message>
            <source>How fast the replay goes: so many events per second, or as fast as the run really went, slowed down or sped up</source>
            <translation>Vitesse de la relecture : un nombre donné d’événements par seconde, ou la vitesse réelle de l’exécution, ralentie ou accélérée</translation>
        </message>
        <message>
            <source>&amp;Pause Replay</source>
            <translation>&amp;Pause de la relecture</translation>
        </message>
        <message>
            <source>&amp;Play Replay</source>
            <translation>&amp;Lancer la relecture</translation>
        </message>
        <message>
            <source>Pause the replay (Ctrl+Shift+Space)</source>
            <translation>Mettre la relecture en pause (Ctrl+Shift+Space)</translation>
        </message>
        <message>
            <source>Replay the run from the time cursor (Ctrl+Shift+Space)</source>
            <translation>Rejouer l’exécution à partir du curseur temporel (Ctrl+Shift+Space)</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Relecture</translation>
        </message>
        <message>
            <source>Re&amp;play</source>
            <translation>&amp;Relecture</translation>
        </message>
        <message>
            <source>Replay &amp;Speed</source>
            <translation>&amp;Vitesse de relecture</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Runs multi-process scenarios with real processes and shows what happens.
Headless export: ipcviz export TRACE --to FORMAT -o OUT (see ipcviz export --help).</source>
            <translation>Exécute des scénarios multiprocessus avec de vrais processus et montre ce qui se passe.
Export sans interface : ipcviz export TRACE --to FORMAT -o OUT (voir ipcviz export --help).</translation>
        </message>
        <message>
            <source>Select a built-in scenario or a scenario file.</source>
            <translation>Choisir un scénario intégré ou un fichier de scénario.</translation>
        </message>
        <message>
            <source>ID|FILE</source>
            <translation>ID|FICHIER</translation>
        </message>
        <message>
            <source>Start the selected scenario at once.</source>
            <translation>Démarrer immédiatement le scénario choisi.</translation>
        </message>
        <message>
            <source>Start the selected scenario paused, step by step.</source>
            <translation>Démarrer le scénario choisi en pause, pas à pas.</translation>
        </message>
        <message>
            <source>Open a saved trace for replay.</source>
            <translation>Ouvrir une trace enregistrée pour la rejouer.</translation>
        </message>
        <message>
            <source>TRACE</source>
            <translation>TRACE</translation>
        </message>
        <message>
            <source>Use this language for the interface (e.g. it).</source>
            <translation>Utiliser cette langue pour l’interface (p. ex. fr).</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>ipcviz: the application needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).
To work without one:
  ipcviz-engine run SCENARIO         run a scenario and print its events
  ipcviz export TRACE --to FORMAT -o OUT   export a saved trace (svg, png, csv, mermaid, perfetto, c)
  QT_QPA_PLATFORM=offscreen ipcviz   start the app without showing it
</source>
            <translation>ipcviz : l’application a besoin d’un affichage, et aucun n’a été trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définies).
Pour travailler sans affichage :
  ipcviz-engine run SCENARIO         exécuter un scénario et afficher ses événements
  ipcviz export TRACE --to FORMAT -o OUT   exporter une trace enregistrée (svg, png, csv, mermaid, perfetto, c)
  QT_QPA_PLATFORM=offscreen ipcviz   démarrer l’application sans l’afficher
</translation>
        </message>
        <message>
            <source>ipcviz: --run and --open cannot be used together.
</source>
            <translation>ipcviz : --run et --open ne peuvent pas être utilisés ensemble.
</translation>
        </message>
        <message>
            <source>With --run: quit when the run ends; the exit status is 0 when it completed (for scripts).</source>
            <translation>Avec --run : quitter à la fin de l’exécution ; le statut de sortie vaut 0 si elle s’est terminée normalement (pour les scripts).</translation>
        </message>
        <message>
            <source>Start in presenter mode (full screen, large, high contrast; F5 or Esc leaves it).</source>
            <translation>Démarrer en mode présentation (plein écran, grande taille, contraste élevé ; F5 ou Esc pour en sortir).</translation>
        </message>
        <message>
            <source>ipcviz: --quit: no run was started (see --scenario and --run).
</source>
            <translation>ipcviz : --quit : aucune exécution n’a été lancée (voir --scenario et --run).
</translation>
        </message>
    </context>
</TS>
