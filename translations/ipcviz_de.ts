<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AppActions</name>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>Run the selected scenario with real processes</source>
            <translation>Das ausgewählte Szenario mit echten Prozessen ausführen</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>S&amp;toppen</translation>
        </message>
        <message>
            <source>Stop the run: the engine kills and cleans up every process</source>
            <translation>Den Lauf stoppen: Die Engine beendet alle Prozesse und räumt hinter ihnen auf</translation>
        </message>
        <message>
            <source>R&amp;estart</source>
            <translation>&amp;Neu starten</translation>
        </message>
        <message>
            <source>Stop the run and start it again</source>
            <translation>Den Lauf stoppen und neu starten</translation>
        </message>
        <message>
            <source>Step &amp;Mode</source>
            <translation>Schritt&amp;modus</translation>
        </message>
        <message>
            <source>Start runs paused at the first step, then release one step at a time</source>
            <translation>Läufe beim ersten Schritt angehalten starten und dann Schritt für Schritt freigeben</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>Sc&amp;hritt</translation>
        </message>
        <message>
            <source>Let the next ready process do its next operation</source>
            <translation>Den nächsten bereiten Prozess seine nächste Operation ausführen lassen</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>Let every process run freely until Pause</source>
            <translation>Alle Prozesse frei laufen lassen, bis Pause gedrückt wird</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>Stop every process at its next step gate</source>
            <translation>Jeden Prozess an seiner nächsten Schrittschranke anhalten</translation>
        </message>
        <message>
            <source>&amp;Open Scenario File…</source>
            <translation>Szenariodatei ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Run a scenario file (.ipcv) of your own</source>
            <translation>Eine eigene Szenariodatei (.ipcv) ausführen</translation>
        </message>
        <message>
            <source>Open &amp;Trace…</source>
            <translation>&amp;Trace öffnen…</translation>
        </message>
        <message>
            <source>Replay a saved run</source>
            <translation>Einen gespeicherten Lauf wiedergeben</translation>
        </message>
        <message>
            <source>&amp;Save Trace…</source>
            <translation>Trace &amp;speichern…</translation>
        </message>
        <message>
            <source>Save this run's events to replay or export it later</source>
            <translation>Die Ereignisse dieses Laufs speichern, um ihn später wiederzugeben oder zu exportieren</translation>
        </message>
        <message>
            <source>Previous Event</source>
            <translation>Vorheriges Ereignis</translation>
        </message>
        <message>
            <source>Show the state one event earlier</source>
            <translation>Den Zustand ein Ereignis früher anzeigen</translation>
        </message>
        <message>
            <source>Next Event</source>
            <translation>Nächstes Ereignis</translation>
        </message>
        <message>
            <source>Show the state one event later</source>
            <translation>Den Zustand ein Ereignis später anzeigen</translation>
        </message>
        <message>
            <source>First Event</source>
            <translation>Erstes Ereignis</translation>
        </message>
        <message>
            <source>Go back to the start of the run</source>
            <translation>Zum Anfang des Laufs zurückgehen</translation>
        </message>
        <message>
            <source>&amp;Live</source>
            <translation>&amp;Live</translation>
        </message>
        <message>
            <source>Jump to the latest event and follow the run</source>
            <translation>Zum neuesten Ereignis springen und dem Lauf folgen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Quit ipcviz (a running scenario is stopped)</source>
            <translation>ipcviz beenden (ein laufendes Szenario wird gestoppt)</translation>
        </message>
        <message>
            <source>Step &amp;Selected Process</source>
            <translation>Schritt für &amp;ausgewählten Prozess</translation>
        </message>
        <message>
            <source>Let the selected process do its next operation (or click a ready process)</source>
            <translation>Den ausgewählten Prozess seine nächste Operation ausführen lassen (oder einen bereiten Prozess anklicken)</translation>
        </message>
        <message>
            <source>Save Sc&amp;hedule…</source>
            <translation>Ablaufplan spei&amp;chern…</translation>
        </message>
        <message>
            <source>Save the order in which this run's processes were released, to replay it</source>
            <translation>Die Reihenfolge speichern, in der die Prozesse dieses Laufs freigegeben wurden, um sie erneut abzuspielen</translation>
        </message>
        <message>
            <source>&amp;Load Schedule…</source>
            <translation>Ablaufplan &amp;laden…</translation>
        </message>
        <message>
            <source>Run the scenario again, releasing the processes in a saved order</source>
            <translation>Das Szenario erneut ausführen und die Prozesse in einer gespeicherten Reihenfolge freigeben</translation>
        </message>
        <message>
            <source>Replay This &amp;Interleaving</source>
            <translation>Diese &amp;Verzahnung wiederholen</translation>
        </message>
        <message>
            <source>Run the scenario again with exactly this run's order of steps</source>
            <translation>Das Szenario erneut ausführen, mit genau der Schrittreihenfolge dieses Laufs</translation>
        </message>
        <message>
            <source>Full Speed</source>
            <translation>Volle Geschwindigkeit</translation>
        </message>
        <message>
            <source>Fast (100 ms a step)</source>
            <translation>Schnell (100 ms pro Schritt)</translation>
        </message>
        <message>
            <source>Slow (300 ms a step)</source>
            <translation>Langsam (300 ms pro Schritt)</translation>
        </message>
        <message>
            <source>Lecture (1 s a step)</source>
            <translation>Vorlesung (1 s pro Schritt)</translation>
        </message>
        <message>
            <source>Each process waits %1 ms before each step (%2)</source>
            <translation>Jeder Prozess wartet vor jedem Schritt %1 ms (%2)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Setti&amp;ngs…</source>
            <translation>E&amp;instellungen…</translation>
        </message>
        <message>
            <source>Choose the language of the interface and the speed of runs</source>
            <translation>Die Sprache der Oberfläche und die Geschwindigkeit der Läufe wählen</translation>
        </message>
        <message>
            <source>Each process waits %1 ms before each step</source>
            <translation>Jeder Prozess wartet vor jedem Schritt %1 ms</translation>
        </message>
        <message>
            <source>%1 ms a step</source>
            <translation>%1 ms pro Schritt</translation>
        </message>
    </context>
    <context>
        <name>AppSettings</name>
        <message>
            <source>The trace %1 is no longer there; it was taken off the recent traces.</source>
            <translation>Der Trace %1 ist nicht mehr vorhanden; er wurde aus der Liste der zuletzt geöffneten Traces entfernt.</translation>
        </message>
        <message>
            <source>Open Recent Tra&amp;ce</source>
            <translation>Zuletzt geöffnete T&amp;races</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>No recent traces</source>
            <translation>Keine zuletzt geöffneten Traces</translation>
        </message>
        <message>
            <source>Clear Recent Traces</source>
            <translation>Liste leeren</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkReport</name>
        <message>
            <source>benchmark output, offset %1: %2</source>
            <translation>Benchmark-Ausgabe, Offset %1: %2</translation>
        </message>
        <message>
            <source>benchmark output: not a JSON object</source>
            <translation>Benchmark-Ausgabe: kein JSON-Objekt</translation>
        </message>
        <message>
            <source>benchmark output: no "results" array</source>
            <translation>Benchmark-Ausgabe: kein "results"-Array</translation>
        </message>
        <message>
            <source>benchmark output, results[%1]: a field is missing or not a number (mechanism, size, round_trips, trials, latency_us, throughput_mb_s, wall_s, cpu_s)</source>
            <translation>Benchmark-Ausgabe, results[%1]: Ein Feld fehlt oder ist keine Zahl (mechanism, size, round_trips, trials, latency_us, throughput_mb_s, wall_s, cpu_s)</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkRunner</name>
        <message>
            <source>No ipcviz-engine was found next to the application.</source>
            <translation>Neben der Anwendung wurde keine ipcviz-engine gefunden.</translation>
        </message>
        <message>
            <source>The engine crashed during the benchmark.
%1</source>
            <translation>Die Engine ist während des Benchmarks abgestürzt.
%1</translation>
        </message>
        <message>
            <source>The benchmark failed (exit status %1).
%2</source>
            <translation>Der Benchmark ist fehlgeschlagen (Exit-Status %1).
%2</translation>
        </message>
        <message>
            <source>Cannot start the engine %1: %2</source>
            <translation>Die Engine %1 kann nicht gestartet werden: %2</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkView</name>
        <message>
            <source>Run benchmark</source>
            <translation>Benchmark starten</translation>
        </message>
        <message>
            <source>Quick (fewer sizes and trials)</source>
            <translation>Schnell (weniger Größen und Durchgänge)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Export charts…</source>
            <translation>Diagramme exportieren…</translation>
        </message>
        <message>
            <source>Export data (CSV)…</source>
            <translation>Daten exportieren (CSV)…</translation>
        </message>
        <message>
            <source>IPC benchmark</source>
            <translation>IPC-Benchmark</translation>
        </message>
        <message>
            <source>Throughput (one way)</source>
            <translation>Durchsatz (eine Richtung)</translation>
        </message>
        <message>
            <source>Latency (round trip, median)</source>
            <translation>Latenz (Round Trip, Median)</translation>
        </message>
        <message>
            <source>Mechanism</source>
            <translation>Mechanismus</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Größe (Bytes)</translation>
        </message>
        <message>
            <source>Round trips</source>
            <translation>Round Trips</translation>
        </message>
        <message>
            <source>Latency median (µs)</source>
            <translation>Latenz Median (µs)</translation>
        </message>
        <message>
            <source>Latency max (µs)</source>
            <translation>Latenz Maximum (µs)</translation>
        </message>
        <message>
            <source>Throughput median (MB/s)</source>
            <translation>Durchsatz Median (MB/s)</translation>
        </message>
        <message>
            <source>Wall time (s)</source>
            <translation>Verstrichene Zeit (s)</translation>
        </message>
        <message>
            <source>CPU time (s)</source>
            <translation>CPU-Zeit (s)</translation>
        </message>
        <message>
            <source>CPU / wall</source>
            <translation>CPU / verstrichen</translation>
        </message>
        <message>
            <source>Measures real round trips between two processes for each IPC mechanism and message size. A full run takes a few minutes.</source>
            <translation>Misst für jeden IPC-Mechanismus und jede Nachrichtengröße echte Round Trips zwischen zwei Prozessen. Ein vollständiger Lauf dauert einige Minuten.</translation>
        </message>
        <message>
            <source>%v / %m</source>
            <translation>%v / %m</translation>
        </message>
        <message>
            <source>Measuring %1…</source>
            <translation>%1 wird gemessen…</translation>
        </message>
        <message>
            <source>Benchmark cancelled.</source>
            <translation>Benchmark abgebrochen.</translation>
        </message>
        <message>
            <source>Starting the benchmark…</source>
            <translation>Benchmark wird gestartet…</translation>
        </message>
        <message>
            <source>Benchmark failed: %1</source>
            <translation>Benchmark fehlgeschlagen: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) on %1.</source>
            <translation>
                <numerusform>%n Ergebnis auf %1.</numerusform>
                <numerusform>%n Ergebnisse auf %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>this machine</source>
            <translation>diesem Rechner</translation>
        </message>
        <message>
            <source>message size (bytes)</source>
            <translation>Nachrichtengröße (Bytes)</translation>
        </message>
        <message>
            <source>MB/s</source>
            <translation>MB/s</translation>
        </message>
        <message>
            <source>µs per round trip</source>
            <translation>µs pro Round Trip</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>k. A.</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Cannot write %1 (unknown image format or not writable)</source>
            <translation>%1 kann nicht geschrieben werden (unbekanntes Bildformat oder nicht beschreibbar)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Export charts</source>
            <translation>Diagramme exportieren</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>Daten exportieren</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Measure every mechanism and message size with real processes on this machine</source>
            <translation>Jeden Mechanismus und jede Nachrichtengröße mit echten Prozessen auf diesem Rechner messen</translation>
        </message>
        <message>
            <source>A run of a few seconds instead of minutes, less precise</source>
            <translation>Ein Lauf von wenigen Sekunden statt Minuten, dafür weniger genau</translation>
        </message>
        <message>
            <source>Stop the benchmark; the results so far are dropped</source>
            <translation>Den Benchmark stoppen; die bisherigen Ergebnisse werden verworfen</translation>
        </message>
        <message>
            <source>Save both charts as a PNG or SVG picture</source>
            <translation>Beide Diagramme als PNG- oder SVG-Bild speichern</translation>
        </message>
        <message>
            <source>Save every result as a table for a spreadsheet</source>
            <translation>Alle Ergebnisse als Tabelle für eine Tabellenkalkulation speichern</translation>
        </message>
        <message>
            <source>Benchmark progress</source>
            <translation>Benchmark-Fortschritt</translation>
        </message>
        <message>
            <source>Benchmark status</source>
            <translation>Benchmark-Status</translation>
        </message>
        <message>
            <source>Throughput chart</source>
            <translation>Durchsatzdiagramm</translation>
        </message>
        <message>
            <source>Megabytes per second one way, by message size</source>
            <translation>Megabyte pro Sekunde in eine Richtung, nach Nachrichtengröße</translation>
        </message>
        <message>
            <source>Latency chart</source>
            <translation>Latenzdiagramm</translation>
        </message>
        <message>
            <source>Microseconds per round trip, by message size</source>
            <translation>Mikrosekunden pro Round Trip, nach Nachrichtengröße</translation>
        </message>
        <message>
            <source>Benchmark results</source>
            <translation>Benchmark-Ergebnisse</translation>
        </message>
    </context>
    <context>
        <name>CExporter</name>
        <message>
            <source>The trace does not say which scenario it ran (no source in its hello).</source>
            <translation>Der Trace gibt nicht an, welches Szenario ausgeführt wurde (keine Quelle in seinem hello).</translation>
        </message>
        <message>
            <source>The trace names an invalid scenario: %1</source>
            <translation>Der Trace nennt ein ungültiges Szenario: %1</translation>
        </message>
        <message>
            <source>The engine (ipcviz-engine) was not found: not next to the application, not in the build tree, and IPCVIZ_ENGINE is not set.</source>
            <translation>Die Engine (ipcviz-engine) wurde nicht gefunden: weder neben der Anwendung noch im Build-Verzeichnis, und IPCVIZ_ENGINE ist nicht gesetzt.</translation>
        </message>
        <message>
            <source>The engine was not found at %1.</source>
            <translation>Die Engine wurde unter %1 nicht gefunden.</translation>
        </message>
        <message>
            <source>Could not start the engine (%1): %2</source>
            <translation>Die Engine konnte nicht gestartet werden (%1): %2</translation>
        </message>
        <message>
            <source>The engine did not print the C program within %1 seconds.</source>
            <translation>Die Engine hat das C-Programm nicht innerhalb von %1 Sekunden ausgegeben.</translation>
        </message>
        <message>
            <source>The engine crashed while printing the C program for %1.</source>
            <translation>Die Engine ist beim Ausgeben des C-Programms für %1 abgestürzt.</translation>
        </message>
        <message>
            <source>The engine could not print the C program for %1 (exit status %2): %3</source>
            <translation>Die Engine konnte das C-Programm für %1 nicht ausgeben (Exit-Status %2): %3</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>keine Meldung</translation>
        </message>
        <message>
            <source>The engine printed no C program for %1.</source>
            <translation>Die Engine hat kein C-Programm für %1 ausgegeben.</translation>
        </message>
    </context>
    <context>
        <name>CanvasScene</name>
        <message>
            <source>engine</source>
            <translation>Engine</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>interpreter</source>
            <translation>Interpreter</translation>
        </message>
        <message>
            <source>unnamed pipe, created by %1</source>
            <translation>unbenannte Pipe, erzeugt von %1</translation>
        </message>
        <message>
            <source>orphan, adopted</source>
            <translation>Waise, adoptiert</translation>
        </message>
        <message>
            <source>write</source>
            <translation>schreibt</translation>
        </message>
        <message>
            <source>read</source>
            <translation>liest</translation>
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
            <translation>Prozess-Zeichenfläche</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom, click a process or an object to inspect it</source>
            <translation>Ziehen zum Verschieben, Mausrad zum Zoomen; einen Prozess oder ein Objekt anklicken, um es zu untersuchen</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Vergrößern</translation>
        </message>
        <message>
            <source>Zoom in on the canvas (Ctrl++)</source>
            <translation>Die Zeichenfläche vergrößern (Ctrl++)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>Zoom out of the canvas (Ctrl+-)</source>
            <translation>Die Zeichenfläche verkleinern (Ctrl+-)</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>An &amp;Fenster anpassen</translation>
        </message>
        <message>
            <source>Show the whole drawing and follow it as it grows (Ctrl+0)</source>
            <translation>Die ganze Zeichnung zeigen und ihr folgen, während sie wächst (Ctrl+0)</translation>
        </message>
        <message>
            <source>Pick a scenario and press Run</source>
            <translation>Wählen Sie ein Szenario und klicken Sie auf „Starten“</translation>
        </message>
    </context>
    <context>
        <name>ChartsPane</name>
        <message>
            <source>Show the 64 KiB pipe capacity</source>
            <translation>Pipe-Kapazität von 64 KiB anzeigen</translation>
        </message>
        <message>
            <source>Bytes held in pipes and FIFOs</source>
            <translation>In Pipes und FIFOs gepufferte Bytes</translation>
        </message>
        <message>
            <source>bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>Semaphore values</source>
            <translation>Semaphorwerte</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Prozesse</translation>
        </message>
        <message>
            <source>processes</source>
            <translation>Prozesse</translation>
        </message>
        <message>
            <source>Bytes written (solid) and read (dashed) per process</source>
            <translation>Geschriebene (durchgezogen) und gelesene (gestrichelt) Bytes pro Prozess</translation>
        </message>
        <message>
            <source>A pipe holds at most 64 KiB: a writer blocks when it is full. Uncheck to zoom on small amounts.</source>
            <translation>Eine Pipe fasst höchstens 64 KiB: Ein Schreiber blockiert, wenn sie voll ist. Haken entfernen, um auf kleine Mengen zu zoomen.</translation>
        </message>
        <message>
            <source>Pipes</source>
            <translation>Pipes</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Semaphore</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>capacity (64 KiB)</source>
            <translation>Kapazität (64 KiB)</translation>
        </message>
        <message>
            <source>blocked on %1</source>
            <translation>blockiert an %1</translation>
        </message>
        <message>
            <source>alive</source>
            <translation>lebend</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>blockiert</translation>
        </message>
        <message>
            <source>zombie</source>
            <translation>Zombie</translation>
        </message>
        <message>
            <source>%1 written</source>
            <translation>%1 geschrieben</translation>
        </message>
        <message>
            <source>%1 read</source>
            <translation>%1 gelesen</translation>
        </message>
        <message>
            <source>Charts of the run</source>
            <translation>Diagramme des Laufs</translation>
        </message>
    </context>
    <context>
        <name>CodePane</name>
        <message>
            <source>The scenario as a C program</source>
            <translation>Das Szenario als C-Programm</translation>
        </message>
        <message>
            <source>Run a scenario to see it as a C program, with a cursor for each process.</source>
            <translation>Führen Sie ein Szenario aus, um es als C-Programm zu sehen, mit einem Cursor für jeden Prozess.</translation>
        </message>
        <message>
            <source>not JSON at offset %1: %2</source>
            <translation>kein JSON bei Offset %1: %2</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>kein Objekt</translation>
        </message>
        <message>
            <source>no "text" string in the engine's C program</source>
            <translation>kein "text"-String im C-Programm der Engine</translation>
        </message>
        <message>
            <source>line table entry %1 is not {"line":N,"c_line":M} with N, M &gt; 0</source>
            <translation>Eintrag %1 der Zeilentabelle ist nicht {"line":N,"c_line":M} mit N, M &gt; 0</translation>
        </message>
        <message>
            <source>the engine %1 could not be started</source>
            <translation>die Engine %1 konnte nicht gestartet werden</translation>
        </message>
        <message>
            <source>the engine did not answer within %1 ms</source>
            <translation>die Engine hat nicht innerhalb von %1 ms geantwortet</translation>
        </message>
        <message>
            <source>the engine exited with status %1</source>
            <translation>die Engine wurde mit Status %1 beendet</translation>
        </message>
        <message>
            <source>The run does not say which scenario it is.</source>
            <translation>Der Lauf gibt nicht an, um welches Szenario es sich handelt.</translation>
        </message>
        <message>
            <source>The engine was not found.</source>
            <translation>Die Engine wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>No C listing: %1</source>
            <translation>Kein C-Listing: %1</translation>
        </message>
        <message>
            <source>The scenario %1 could not be written as C: %2</source>
            <translation>Das Szenario %1 konnte nicht als C geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 called exec and now runs %2: its code is not in this listing.</source>
            <translation>%1 hat exec aufgerufen und führt jetzt %2 aus: Dessen Code ist nicht in diesem Listing enthalten.</translation>
        </message>
        <message>
            <source>%1 at line %2</source>
            <translation>%1 in Zeile %2</translation>
        </message>
        <message>
            <source>%1 (not on a line of this listing)</source>
            <translation>%1 (in keiner Zeile dieses Listings)</translation>
        </message>
        <message>
            <source>No process is running the listing.</source>
            <translation>Kein Prozess führt das Listing aus.</translation>
        </message>
        <message>
            <source>The scenario written as C; each process's line is marked in its colour</source>
            <translation>Das Szenario als C-Code; die Zeile jedes Prozesses ist in seiner Farbe markiert</translation>
        </message>
        <message>
            <source>Where each process is</source>
            <translation>Wo sich jeder Prozess befindet</translation>
        </message>
    </context>
    <context>
        <name>ConsolePane</name>
        <message>
            <source>Console</source>
            <translation>Konsole</translation>
        </message>
        <message>
            <source>Everything the processes printed, up to the time cursor</source>
            <translation>Alles, was die Prozesse bis zum Zeitcursor ausgegeben haben</translation>
        </message>
        <message>
            <source>Output of the processes appears here.</source>
            <translation>Die Ausgabe der Prozesse erscheint hier.</translation>
        </message>
    </context>
    <context>
        <name>DecodeError</name>
        <message>
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
    </context>
    <context>
        <name>EngineClient</name>
        <message>
            <source>%1

The engine said:
%2</source>
            <translation>%1

Die Engine meldete:
%2</translation>
        </message>
        <message>
            <source>Internal error: the engine must be started from the main thread.</source>
            <translation>Interner Fehler: Die Engine muss aus dem Haupt-Thread gestartet werden.</translation>
        </message>
        <message>
            <source>The ipcviz engine (ipcviz-engine) was not found next to the application. Reinstall ipcviz, or set the environment variable IPCVIZ_ENGINE to the engine's path.</source>
            <translation>Die ipcviz-Engine (ipcviz-engine) wurde neben der Anwendung nicht gefunden. Installieren Sie ipcviz neu oder setzen Sie die Umgebungsvariable IPCVIZ_ENGINE auf den Pfad der Engine.</translation>
        </message>
        <message>
            <source>No scenario was chosen: pick one and run it again.</source>
            <translation>Es wurde kein Szenario gewählt: Wählen Sie eines aus und starten Sie es erneut.</translation>
        </message>
        <message>
            <source>The engine speaks a newer protocol than this version of ipcviz (%1). Use the engine that came with this version of ipcviz, or update ipcviz.</source>
            <translation>Die Engine spricht ein neueres Protokoll als diese Version von ipcviz (%1). Verwenden Sie die Engine, die mit dieser Version von ipcviz geliefert wurde, oder aktualisieren Sie ipcviz.</translation>
        </message>
        <message>
            <source>The engine's output does not start with a hello record: it is not an ipcviz event stream. Check that IPCVIZ_ENGINE points to ipcviz-engine.</source>
            <translation>Die Ausgabe der Engine beginnt nicht mit einem hello-Datensatz: Sie ist kein ipcviz-Ereignisstrom. Prüfen Sie, ob IPCVIZ_ENGINE auf ipcviz-engine zeigt.</translation>
        </message>
        <message>
            <source>stopped by the user</source>
            <translation>vom Benutzer gestoppt</translation>
        </message>
        <message>
            <source>The run was stopped before it started.</source>
            <translation>Der Lauf wurde gestoppt, bevor er begonnen hat.</translation>
        </message>
        <message>
            <source>The engine crashed before the end of the run. Run the scenario again; if the engine crashes again, report it together with its message.</source>
            <translation>Die Engine ist vor dem Ende des Laufs abgestürzt. Führen Sie das Szenario erneut aus; stürzt die Engine wieder ab, melden Sie den Fehler zusammen mit ihrer Meldung.</translation>
        </message>
        <message>
            <source>The engine refused to run the scenario (exit status %1). Check the scenario and its parameters.</source>
            <translation>Die Engine hat sich geweigert, das Szenario auszuführen (Exit-Status %1). Prüfen Sie das Szenario und seine Parameter.</translation>
        </message>
        <message>
            <source>The engine exited (status %1) without finishing the run: the events so far are kept, but the run is incomplete.</source>
            <translation>Die Engine wurde beendet (Status %1), ohne den Lauf abzuschließen: Die bisherigen Ereignisse bleiben erhalten, aber der Lauf ist unvollständig.</translation>
        </message>
        <message>
            <source>Could not start the engine %1: %2. Check that the file exists and is executable, or set the environment variable IPCVIZ_ENGINE to the engine's path.</source>
            <translation>Die Engine %1 konnte nicht gestartet werden: %2. Prüfen Sie, ob die Datei existiert und ausführbar ist, oder setzen Sie die Umgebungsvariable IPCVIZ_ENGINE auf den Pfad der Engine.</translation>
        </message>
        <message>
            <source>Could not start the engine %1: %2.</source>
            <translation>Die Engine %1 konnte nicht gestartet werden: %2.</translation>
        </message>
        <message>
            <source>The engine did not list its scenarios within %1 ms.</source>
            <translation>Die Engine hat ihre Szenarien nicht innerhalb von %1 ms aufgelistet.</translation>
        </message>
        <message>
            <source>The engine could not list its scenarios (exit status %1).</source>
            <translation>Die Engine konnte ihre Szenarien nicht auflisten (Exit-Status %1).</translation>
        </message>
        <message>
            <source>The engine's scenario list is not valid JSON (at byte %1: %2).</source>
            <translation>Die Szenarioliste der Engine ist kein gültiges JSON (bei Byte %1: %2).</translation>
        </message>
        <message>
            <source>The engine's scenario list is not a JSON array.</source>
            <translation>Die Szenarioliste der Engine ist kein JSON-Array.</translation>
        </message>
        <message>
            <source>The engine's scenario list has an entry without an id.</source>
            <translation>Die Szenarioliste der Engine enthält einen Eintrag ohne id.</translation>
        </message>
    </context>
    <context>
        <name>EngineMessage</name>
        <message>
            <source>the run reached its cap of %1 processes; fork refused</source>
            <translation>der Lauf hat seine Obergrenze von %1 Prozessen erreicht; fork abgelehnt</translation>
        </message>
        <message>
            <source>the run reached its cap of %1 IPC objects (pipes, FIFOs, files, shared memory, semaphores); %2 refused</source>
            <translation>der Lauf hat seine Obergrenze von %1 IPC-Objekten erreicht (Pipes, FIFOs, Dateien, Shared Memory, Semaphoren); Aufruf %2 abgelehnt</translation>
        </message>
        <message>
            <source>'%1' is not an octal integer (a leading 0 means octal)</source>
            <translation>'%1' ist keine Oktalzahl (eine führende 0 bedeutet oktal)</translation>
        </message>
        <message>
            <source>integer '%1' is out of range</source>
            <translation>die Ganzzahl '%1' liegt außerhalb des zulässigen Bereichs</translation>
        </message>
        <message>
            <source>invalid UTF-8</source>
            <translation>ungültiges UTF-8</translation>
        </message>
        <message>
            <source>unexpected control character</source>
            <translation>unerwartetes Steuerzeichen</translation>
        </message>
        <message>
            <source>control character in a string (write it as an escape)</source>
            <translation>Steuerzeichen in einer Zeichenkette (schreibe es als Escape-Sequenz)</translation>
        </message>
        <message>
            <source>'\x' needs two hexadecimal digits (\x00 to \xFF)</source>
            <translation>'\x' braucht zwei Hexadezimalziffern (\x00 bis \xFF)</translation>
        </message>
        <message>
            <source>unterminated string (missing closing '"')</source>
            <translation>nicht abgeschlossene Zeichenkette (das schließende '"' fehlt)</translation>
        </message>
        <message>
            <source>unknown escape '\%1' (use \n \t \r \\ \" \0 or \xHH)</source>
            <translation>unbekannte Escape-Sequenz '\%1' (verwende \n \t \r \\ \" \0 oder \xHH)</translation>
        </message>
        <message>
            <source>missing blank after a string</source>
            <translation>nach einer Zeichenkette fehlt ein Leerzeichen</translation>
        </message>
        <message>
            <source>'${name}' is for use inside strings; write $name</source>
            <translation>'${name}' ist für Zeichenketten gedacht; schreibe $name</translation>
        </message>
        <message>
            <source>'$' must be followed by a parameter name</source>
            <translation>auf '$' muss ein Parametername folgen</translation>
        </message>
        <message>
            <source>missing blank before a string</source>
            <translation>vor einer Zeichenkette fehlt ein Leerzeichen</translation>
        </message>
        <message>
            <source>cannot open the file: %1</source>
            <translation>die Datei kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>die Datei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>is a directory, not a scenario file</source>
            <translation>ist ein Verzeichnis, keine Szenariodatei</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>ist keine reguläre Datei</translation>
        </message>
        <message>
            <source>the file is larger than 1 MiB (%1 bytes): not a scenario</source>
            <translation>die Datei ist größer als 1 MiB (%1 Bytes): kein Szenario</translation>
        </message>
        <message>
            <source>the file is larger than 1 MiB: not a scenario</source>
            <translation>die Datei ist größer als 1 MiB: kein Szenario</translation>
        </message>
        <message>
            <source>unknown scenario '%1': no built-in has this id and there is no such file</source>
            <translation>unbekanntes Szenario '%1': kein eingebautes Szenario hat diese ID, und es gibt keine solche Datei</translation>
        </message>
        <message>
            <source>%1; run `ipcviz-engine list` to see the built-in scenarios</source>
            <translation>%1; `ipcviz-engine list` zeigt die eingebauten Szenarien</translation>
        </message>
        <message>
            <source>%1 (did you mean '%2'?)</source>
            <translation>%1 (meintest du '%2'?)</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (invalid byte here)</source>
            <translation>die Datei ist kein UTF-8-Text (ungültiges Byte hier)</translation>
        </message>
        <message>
            <source>the integer %1</source>
            <translation>die Ganzzahl %1</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>eine Zeichenkette</translation>
        </message>
        <message>
            <source>something else</source>
            <translation>etwas anderes</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>expected %1 (%2), found %3</source>
            <translation>erwartet wird %1 (%2), gefunden: %3</translation>
        </message>
        <message>
            <source>too many errors (%1); stopping here</source>
            <translation>zu viele Fehler (%1); die Prüfung hört hier auf</translation>
        </message>
        <message>
            <source>%1 (this scenario declares no parameters)</source>
            <translation>%1 (dieses Szenario deklariert keine Parameter)</translation>
        </message>
        <message>
            <source>%1 (parameters: %2)</source>
            <translation>%1 (Parameter: %2)</translation>
        </message>
        <message>
            <source>'{' must be at the end of line %1 ('%2'), not on a line of its own</source>
            <translation>'{' gehört ans Ende von Zeile %1 ('%2'), nicht in eine eigene Zeile</translation>
        </message>
        <message>
            <source>'%1' needs a block: end the line with '{'</source>
            <translation>'%1' braucht einen Block: beende die Zeile mit '{'</translation>
        </message>
        <message>
            <source>'}' must be alone on its line</source>
            <translation>'}' muss allein in seiner Zeile stehen</translation>
        </message>
        <message>
            <source>'{' must end the line of the statement that opens the block</source>
            <translation>'{' muss am Ende der Zeile der Anweisung stehen, die den Block öffnet</translation>
        </message>
        <message>
            <source>nothing may follow '{' on its line: the block starts on the next line</source>
            <translation>nach '{' darf in der Zeile nichts mehr folgen: der Block beginnt in der nächsten Zeile</translation>
        </message>
        <message>
            <source>expected a statement, found %1</source>
            <translation>erwartet wird eine Anweisung, gefunden: %1</translation>
        </message>
        <message>
            <source>'process' blocks cannot be nested (use 'fork' to start a child)</source>
            <translation>'process'-Blöcke können nicht verschachtelt werden (starte ein Kind mit 'fork')</translation>
        </message>
        <message>
            <source>directive '%1' must come before the first 'process' block</source>
            <translation>die Direktive '%1' muss vor dem ersten 'process'-Block stehen</translation>
        </message>
        <message>
            <source>'%1' does not take a block</source>
            <translation>'%1' nimmt keinen Block</translation>
        </message>
        <message>
            <source>'%1' must be inside a 'process' block</source>
            <translation>'%1' muss in einem 'process'-Block stehen</translation>
        </message>
        <message>
            <source>unknown directive '%1'</source>
            <translation>unbekannte Direktive '%1'</translation>
        </message>
        <message>
            <source>'%1' is a directive: put it before the first 'process' block</source>
            <translation>'%1' ist eine Direktive: setze sie vor den ersten 'process'-Block</translation>
        </message>
        <message>
            <source>unknown statement '%1'</source>
            <translation>unbekannte Anweisung '%1'</translation>
        </message>
        <message>
            <source>blocks are nested too deeply (at most %1 levels)</source>
            <translation>Blöcke zu tief verschachtelt (höchstens %1 Ebenen)</translation>
        </message>
        <message>
            <source>'}' without an open block</source>
            <translation>'}' ohne offenen Block</translation>
        </message>
        <message>
            <source>the block of '%1' opened here is never closed (missing '}')</source>
            <translation>der hier geöffnete Block von '%1' wird nie geschlossen ('}' fehlt)</translation>
        </message>
        <message>
            <source>duplicate '%1' (already given at line %2)</source>
            <translation>'%1' doppelt (schon in Zeile %2 angegeben)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (usage: %3)</source>
            <translation>'%1' braucht %2 (Verwendung: %3)</translation>
        </message>
        <message>
            <source>a word</source>
            <translation>ein Wort</translation>
        </message>
        <message>
            <source>too many arguments (usage: %1)</source>
            <translation>zu viele Argumente (Verwendung: %1)</translation>
        </message>
        <message>
            <source>expected a string in double quotes, found %1</source>
            <translation>erwartet wird eine Zeichenkette in doppelten Anführungszeichen, gefunden: %1</translation>
        </message>
        <message>
            <source>the %1 is empty</source>
            <translation>der Wert von %1 ist leer</translation>
        </message>
        <message>
            <source>the id must be lower-case letters, digits and '-', found %1</source>
            <translation>die ID darf nur Kleinbuchstaben, Ziffern und '-' enthalten, gefunden: %1</translation>
        </message>
        <message>
            <source>unknown end status %1 (one of: %2)</source>
            <translation>unbekannter Endstatus %1 (einer von: %2)</translation>
        </message>
        <message>
            <source>unknown category %1</source>
            <translation>unbekannte Kategorie %1</translation>
        </message>
        <message>
            <source>unknown category %1 (one of: %2)</source>
            <translation>unbekannte Kategorie %1 (eine von: %2)</translation>
        </message>
        <message>
            <source>'param' needs a name (usage: %1)</source>
            <translation>'param' braucht einen Namen (Verwendung: %1)</translation>
        </message>
        <message>
            <source>expected a parameter name (letters, digits, '_'), found %1</source>
            <translation>erwartet wird ein Parametername (Buchstaben, Ziffern, '_'), gefunden: %1</translation>
        </message>
        <message>
            <source>duplicate parameter '%1' (first declared at line %2)</source>
            <translation>Parameter '%1' doppelt (zuerst in Zeile %2 deklariert)</translation>
        </message>
        <message>
            <source>parameter '%1' needs a default value (usage: %2)</source>
            <translation>Parameter '%1' braucht einen Standardwert (Verwendung: %2)</translation>
        </message>
        <message>
            <source>expected the default value (an integer or a string), found %1</source>
            <translation>erwartet wird der Standardwert (eine Ganzzahl oder eine Zeichenkette), gefunden: %1</translation>
        </message>
        <message>
            <source>parameter '%1' needs a description (usage: %2)</source>
            <translation>Parameter '%1' braucht eine Beschreibung (Verwendung: %2)</translation>
        </message>
        <message>
            <source>expected the description (a string), found %1</source>
            <translation>erwartet wird die Beschreibung (eine Zeichenkette), gefunden: %1</translation>
        </message>
        <message>
            <source>unknown option %1 for 'param' (options: min, max)</source>
            <translation>unbekannte Option %1 für 'param' (Optionen: min, max)</translation>
        </message>
        <message>
            <source>'%1' applies to integer parameters only</source>
            <translation>'%1' gilt nur für ganzzahlige Parameter</translation>
        </message>
        <message>
            <source>option '%1' given twice</source>
            <translation>Option '%1' doppelt angegeben</translation>
        </message>
        <message>
            <source>option '%1' needs an integer</source>
            <translation>Option '%1' braucht eine Ganzzahl</translation>
        </message>
        <message>
            <source>option '%1' needs an integer, found %2</source>
            <translation>Option '%1' braucht eine Ganzzahl, gefunden: %2</translation>
        </message>
        <message>
            <source>parameter '%1': min %2 is greater than max %3</source>
            <translation>Parameter '%1': das Minimum %2 ist größer als das Maximum %3</translation>
        </message>
        <message>
            <source>the default %1 of parameter '%2' is outside its range (%3)</source>
            <translation>der Standardwert %1 von Parameter '%2' liegt außerhalb seines Bereichs (%3)</translation>
        </message>
        <message>
            <source>'process' needs a label (usage: process LABEL {)</source>
            <translation>'process' braucht ein Label (Verwendung: process LABEL {)</translation>
        </message>
        <message>
            <source>expected a process label (lower-case letters, digits, '_' and '-', starting with a letter), found %1</source>
            <translation>erwartet wird ein Prozesslabel (Kleinbuchstaben, Ziffern, '_' und '-', beginnend mit einem Buchstaben), gefunden: %1</translation>
        </message>
        <message>
            <source>'%1' is reserved: choose another label</source>
            <translation>'%1' ist reserviert: wähle ein anderes Label</translation>
        </message>
        <message>
            <source>duplicate process label '%1' (first used at line %2)</source>
            <translation>Prozesslabel '%1' doppelt (zuerst in Zeile %2 verwendet)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (%3)</source>
            <translation>'%1' braucht %2 (%3)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (%3); usage: %4</source>
            <translation>'%1' braucht %2 (%3); Verwendung: %4</translation>
        </message>
        <message>
            <source>unknown option '%1' for '%2'</source>
            <translation>unbekannte Option '%1' für '%2'</translation>
        </message>
        <message>
            <source>%1 (options: %2)</source>
            <translation>%1 (Optionen: %2)</translation>
        </message>
        <message>
            <source>too many arguments, from %1 on; usage: %2</source>
            <translation>zu viele Argumente, ab %1; Verwendung: %2</translation>
        </message>
        <message>
            <source>option '%1' needs a value: %2 (%3)</source>
            <translation>Option '%1' braucht einen Wert: %2 (%3)</translation>
        </message>
        <message>
            <source>option '%1' needs '%2'</source>
            <translation>Option '%1' braucht '%2'</translation>
        </message>
        <message>
            <source>options '%1' and '%2' exclude each other</source>
            <translation>die Optionen '%1' und '%2' schließen einander aus</translation>
        </message>
        <message>
            <source>'write' needs a string (the text to write) or 'fill INT'</source>
            <translation>'write' braucht eine Zeichenkette (den zu schreibenden Text) oder 'fill INT'</translation>
        </message>
        <message>
            <source>'write' takes a string or 'fill INT', not both</source>
            <translation>'write' nimmt eine Zeichenkette oder 'fill INT', nicht beides</translation>
        </message>
        <message>
            <source>'as int32' reads 4 bytes, not %1</source>
            <translation>'as int32' liest 4 Bytes, nicht %1</translation>
        </message>
        <message>
            <source>%1 cannot be caught, ignored or reset</source>
            <translation>%1 kann weder abgefangen noch ignoriert noch zurückgesetzt werden</translation>
        </message>
        <message>
            <source>'reap' is a handler for SIGCHLD only, not %1</source>
            <translation>'reap' ist ein Handler nur für SIGCHLD, nicht für %1</translation>
        </message>
        <message>
            <source>'%1' is already defined at line %2</source>
            <translation>'%1' ist schon in Zeile %2 definiert</translation>
        </message>
        <message>
            <source>unknown parameter '$%1'</source>
            <translation>unbekannter Parameter '$%1'</translation>
        </message>
        <message>
            <source>'$%1' is a string parameter; expected an integer (%2)</source>
            <translation>'$%1' ist ein Zeichenketten-Parameter; erwartet wird eine Ganzzahl (%2)</translation>
        </message>
        <message>
            <source>the default of '$%1' (%2) is out of range for %3 (%4)</source>
            <translation>der Standardwert von '$%1' (%2) liegt außerhalb des Bereichs für %3 (%4)</translation>
        </message>
        <message>
            <source>unterminated '${' (write ${name} inside a string)</source>
            <translation>nicht geschlossenes '${' (schreibe ${name} in einer Zeichenkette)</translation>
        </message>
        <message>
            <source>'${%1}' is not a parameter name</source>
            <translation>'${%1}' ist kein Parametername</translation>
        </message>
        <message>
            <source>unknown parameter '${%1}'</source>
            <translation>unbekannter Parameter '${%1}'</translation>
        </message>
        <message>
            <source>'%' starts a run-time substitution; write %% for a '%' (substitutions: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME))</source>
            <translation>'%' leitet eine Ersetzung zur Laufzeit ein; schreibe %% für ein '%' (Ersetzungen: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME))</translation>
        </message>
        <message>
            <source>unknown substitution '%%1' (substitutions: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME), or %% for a '%')</source>
            <translation>unbekannte Ersetzung '%%1' (Ersetzungen: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME) oder %% für ein '%')</translation>
        </message>
        <message>
            <source>'%%1' needs a name in parentheses: %%2</source>
            <translation>'%%1' braucht einen Namen in Klammern: %%2</translation>
        </message>
        <message>
            <source>unknown signal '%1' in %count(...)</source>
            <translation>unbekanntes Signal '%1' in %count(...)</translation>
        </message>
        <message>
            <source>unknown variable '%1' in %var(...): set it first with 'read ... into %1' or 'mem_read ... into %1'</source>
            <translation>unbekannte Variable '%1' in %var(...): setze sie zuerst mit 'read ... into %1' oder 'mem_read ... into %1'</translation>
        </message>
        <message>
            <source>'%1' is %2, not %3</source>
            <translation>'%1' ist %2, nicht %3</translation>
        </message>
        <message>
            <source>'%1' is not defined before this line in this process (expected %2)</source>
            <translation>'%1' ist vor dieser Zeile in diesem Prozess nicht definiert (erwartet wird %2)</translation>
        </message>
        <message>
            <source>descriptor %1 is out of range (0 to 1023)</source>
            <translation>der Deskriptor %1 liegt außerhalb des Bereichs (0 bis 1023)</translation>
        </message>
        <message>
            <source>no pipe '%1' is defined before this line in this process</source>
            <translation>vor dieser Zeile ist in diesem Prozess keine Pipe '%1' definiert</translation>
        </message>
        <message>
            <source>'%1' is %2, not a pipe: '.r' and '.w' are the ends of a pipe</source>
            <translation>'%1' ist %2, keine Pipe: '.r' und '.w' sind die Enden einer Pipe</translation>
        </message>
        <message>
            <source>'%1' is a pipe: use %1.r or %1.w</source>
            <translation>'%1' ist eine Pipe: verwende %1.r oder %1.w</translation>
        </message>
        <message>
            <source>out of range: %1 must be %2, not %3</source>
            <translation>außerhalb des Bereichs: %1 muss %2 sein, nicht %3</translation>
        </message>
        <message>
            <source>%1 (put text in double quotes)</source>
            <translation>%1 (setze Text in doppelte Anführungszeichen)</translation>
        </message>
        <message>
            <source>a path cannot come from a parameter; write it as a string</source>
            <translation>ein Pfad kann nicht aus einem Parameter kommen; schreibe ihn als Zeichenkette</translation>
        </message>
        <message>
            <source>a path cannot use parameters</source>
            <translation>ein Pfad kann keine Parameter verwenden</translation>
        </message>
        <message>
            <source>the path is empty</source>
            <translation>der Pfad ist leer</translation>
        </message>
        <message>
            <source>the path is longer than 200 bytes</source>
            <translation>der Pfad ist länger als 200 Bytes</translation>
        </message>
        <message>
            <source>a path cannot contain \0</source>
            <translation>ein Pfad darf kein \0 enthalten</translation>
        </message>
        <message>
            <source>absolute paths are refused: use a path relative to the run directory, such as "myfifo"</source>
            <translation>absolute Pfade werden abgelehnt: verwende einen Pfad relativ zum Laufverzeichnis, etwa "myfifo"</translation>
        </message>
        <message>
            <source>'..' is refused in paths: stay inside the run directory</source>
            <translation>'..' wird in Pfaden abgelehnt: bleib im Laufverzeichnis</translation>
        </message>
        <message>
            <source>a name cannot come from a parameter; write it as a string</source>
            <translation>ein Name kann nicht aus einem Parameter kommen; schreibe ihn als Zeichenkette</translation>
        </message>
        <message>
            <source>a shm or semaphore name cannot use parameters</source>
            <translation>der Name eines Shared-Memory-Objekts oder Semaphors kann keine Parameter verwenden</translation>
        </message>
        <message>
            <source>a shm or semaphore name must start with '/', as in "/AOS"</source>
            <translation>der Name eines Shared-Memory-Objekts oder Semaphors muss mit '/' beginnen, wie in "/AOS"</translation>
        </message>
        <message>
            <source>the name needs at least one character after '/'</source>
            <translation>der Name braucht mindestens ein Zeichen nach '/'</translation>
        </message>
        <message>
            <source>a shm or semaphore name cannot contain another '/'</source>
            <translation>der Name eines Shared-Memory-Objekts oder Semaphors darf kein weiteres '/' enthalten</translation>
        </message>
        <message>
            <source>the name is longer than 200 bytes</source>
            <translation>der Name ist länger als 200 Bytes</translation>
        </message>
        <message>
            <source>a name cannot contain \0</source>
            <translation>ein Name darf kein \0 enthalten</translation>
        </message>
        <message>
            <source>'%1' is not a valid name (letters, digits and '_', not starting with a digit)</source>
            <translation>'%1' ist kein gültiger Name (Buchstaben, Ziffern und '_', nicht mit einer Ziffer am Anfang)</translation>
        </message>
        <message>
            <source>'%1' is reserved: choose another name</source>
            <translation>'%1' ist reserviert: wähle einen anderen Namen</translation>
        </message>
        <message>
            <source>'%1' is %2, not a process</source>
            <translation>'%1' ist %2, kein Prozess</translation>
        </message>
        <message>
            <source>unknown signal '%1' (write 'SIG%1')</source>
            <translation>unbekanntes Signal '%1' (schreibe 'SIG%1')</translation>
        </message>
        <message>
            <source>unknown signal '%1'</source>
            <translation>unbekanntes Signal '%1'</translation>
        </message>
        <message>
            <source>'%1' is %2, not a variable</source>
            <translation>'%1' ist %2, keine Variable</translation>
        </message>
        <message>
            <source>unknown variable '%1': set it first with 'mem_read ... into %1' or 'read ... into %1'</source>
            <translation>unbekannte Variable '%1': setze sie zuerst mit 'mem_read ... into %1' oder 'read ... into %1'</translation>
        </message>
        <message>
            <source>unknown process '%1': not a fork NAME defined earlier in this process, nor a process label</source>
            <translation>unbekannter Prozess '%1': weder ein zuvor in diesem Prozess definierter fork-NAME noch ein Prozesslabel</translation>
        </message>
        <message>
            <source>no 'process' block: a scenario needs at least one process</source>
            <translation>kein 'process'-Block: ein Szenario braucht mindestens einen Prozess</translation>
        </message>
        <message>
            <source>a pipe</source>
            <translation>eine Pipe</translation>
        </message>
        <message>
            <source>an opened FIFO or file</source>
            <translation>ein geöffnetes FIFO oder eine geöffnete Datei</translation>
        </message>
        <message>
            <source>a shared memory object</source>
            <translation>ein Shared-Memory-Objekt</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>eine Speichereinblendung</translation>
        </message>
        <message>
            <source>a semaphore</source>
            <translation>ein Semaphor</translation>
        </message>
        <message>
            <source>a child process</source>
            <translation>ein Kindprozess</translation>
        </message>
        <message>
            <source>a variable</source>
            <translation>eine Variable</translation>
        </message>
        <message>
            <source>a name</source>
            <translation>ein Name</translation>
        </message>
        <message>
            <source>the permission bits, e.g. 0600</source>
            <translation>die Rechte-Bits, z. B. 0600</translation>
        </message>
        <message>
            <source>the variable to keep the text</source>
            <translation>die Variable, die den Text aufnimmt</translation>
        </message>
        <message>
            <source>the text to print</source>
            <translation>der auszugebende Text</translation>
        </message>
        <message>
            <source>the text to put in the stdout buffer</source>
            <translation>der Text für den stdout-Puffer</translation>
        </message>
        <message>
            <source>the text to print on stderr</source>
            <translation>der auf stderr auszugebende Text</translation>
        </message>
        <message>
            <source>the child's name</source>
            <translation>der Name des Kindes</translation>
        </message>
        <message>
            <source>the depth of the tree</source>
            <translation>die Tiefe des Baums</translation>
        </message>
        <message>
            <source>how many children each process forks</source>
            <translation>wie viele Kinder jeder Prozess erzeugt</translation>
        </message>
        <message>
            <source>the child to wait for</source>
            <translation>das Kind, auf das gewartet wird</translation>
        </message>
        <message>
            <source>the exit status</source>
            <translation>der Exit-Status</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>Sekunden</translation>
        </message>
        <message>
            <source>milliseconds</source>
            <translation>Millisekunden</translation>
        </message>
        <message>
            <source>microseconds</source>
            <translation>Mikrosekunden</translation>
        </message>
        <message>
            <source>the program and its arguments</source>
            <translation>das Programm und seine Argumente</translation>
        </message>
        <message>
            <source>how many times</source>
            <translation>wie oft</translation>
        </message>
        <message>
            <source>the signal to handle</source>
            <translation>das zu behandelnde Signal</translation>
        </message>
        <message>
            <source>the action</source>
            <translation>die Aktion</translation>
        </message>
        <message>
            <source>the process to signal</source>
            <translation>der Prozess, der das Signal erhält</translation>
        </message>
        <message>
            <source>the signal to send</source>
            <translation>das zu sendende Signal</translation>
        </message>
        <message>
            <source>the pipe's name</source>
            <translation>der Name der Pipe</translation>
        </message>
        <message>
            <source>the descriptor to close</source>
            <translation>der zu schließende Deskriptor</translation>
        </message>
        <message>
            <source>the descriptor to copy</source>
            <translation>der zu kopierende Deskriptor</translation>
        </message>
        <message>
            <source>the new descriptor number</source>
            <translation>die Nummer des neuen Deskriptors</translation>
        </message>
        <message>
            <source>the descriptor to write to</source>
            <translation>der Deskriptor, auf den geschrieben wird</translation>
        </message>
        <message>
            <source>the text to write</source>
            <translation>der zu schreibende Text</translation>
        </message>
        <message>
            <source>how many bytes of 'x' to write</source>
            <translation>wie viele Bytes 'x' geschrieben werden</translation>
        </message>
        <message>
            <source>the descriptor to read from</source>
            <translation>der Deskriptor, von dem gelesen wird</translation>
        </message>
        <message>
            <source>the most bytes one read returns</source>
            <translation>die meisten Bytes, die ein read liefert</translation>
        </message>
        <message>
            <source>the text to wait for</source>
            <translation>der Text, auf den gewartet wird</translation>
        </message>
        <message>
            <source>the FIFO's path</source>
            <translation>der Pfad des FIFOs</translation>
        </message>
        <message>
            <source>the descriptor's name</source>
            <translation>der Name des Deskriptors</translation>
        </message>
        <message>
            <source>the path to open</source>
            <translation>der zu öffnende Pfad</translation>
        </message>
        <message>
            <source>the access mode</source>
            <translation>der Zugriffsmodus</translation>
        </message>
        <message>
            <source>the path to remove</source>
            <translation>der zu entfernende Pfad</translation>
        </message>
        <message>
            <source>the shared memory's name</source>
            <translation>der Name des Shared Memory</translation>
        </message>
        <message>
            <source>the shared memory object, e.g. "/AOS"</source>
            <translation>das Shared-Memory-Objekt, z. B. "/AOS"</translation>
        </message>
        <message>
            <source>the shared memory to resize</source>
            <translation>das Shared Memory, dessen Größe geändert wird</translation>
        </message>
        <message>
            <source>the size in bytes</source>
            <translation>die Größe in Bytes</translation>
        </message>
        <message>
            <source>the mapping's name</source>
            <translation>der Name der Speichereinblendung</translation>
        </message>
        <message>
            <source>the shared memory or file to map</source>
            <translation>das einzublendende Shared Memory oder die einzublendende Datei</translation>
        </message>
        <message>
            <source>the protection</source>
            <translation>der Schutz</translation>
        </message>
        <message>
            <source>the mapping to remove</source>
            <translation>die zu entfernende Speichereinblendung</translation>
        </message>
        <message>
            <source>the mapping to write to</source>
            <translation>die Speichereinblendung, in die geschrieben wird</translation>
        </message>
        <message>
            <source>the offset</source>
            <translation>der Offset</translation>
        </message>
        <message>
            <source>the bytes to write</source>
            <translation>die zu schreibenden Bytes</translation>
        </message>
        <message>
            <source>the mapping to read from</source>
            <translation>die Speichereinblendung, aus der gelesen wird</translation>
        </message>
        <message>
            <source>how many bytes</source>
            <translation>wie viele Bytes</translation>
        </message>
        <message>
            <source>how to read the bytes</source>
            <translation>wie die Bytes gelesen werden</translation>
        </message>
        <message>
            <source>the offset of the int</source>
            <translation>der Offset des int</translation>
        </message>
        <message>
            <source>the variable that holds the value</source>
            <translation>die Variable, die den Wert enthält</translation>
        </message>
        <message>
            <source>the number to add</source>
            <translation>die zu addierende Zahl</translation>
        </message>
        <message>
            <source>the mapping</source>
            <translation>die Speichereinblendung</translation>
        </message>
        <message>
            <source>the shared memory object to remove</source>
            <translation>das zu entfernende Shared-Memory-Objekt</translation>
        </message>
        <message>
            <source>the semaphore's name</source>
            <translation>der Name des Semaphors</translation>
        </message>
        <message>
            <source>the semaphore, e.g. "/sem_AOS"</source>
            <translation>der Semaphor, z. B. "/sem_AOS"</translation>
        </message>
        <message>
            <source>the initial value</source>
            <translation>der Anfangswert</translation>
        </message>
        <message>
            <source>the semaphore</source>
            <translation>der Semaphor</translation>
        </message>
        <message>
            <source>the semaphore to remove</source>
            <translation>der zu entfernende Semaphor</translation>
        </message>
        <message>
            <source>an integer</source>
            <translation>eine Ganzzahl</translation>
        </message>
        <message>
            <source>a descriptor (NAME.r, NAME.w, an opened NAME or a number)</source>
            <translation>ein Deskriptor (NAME.r, NAME.w, ein geöffneter NAME oder eine Zahl)</translation>
        </message>
        <message>
            <source>a descriptor (NAME.r, NAME.w, an opened NAME, a shm_open NAME or a number)</source>
            <translation>ein Deskriptor (NAME.r, NAME.w, ein geöffneter NAME, der NAME eines shm_open oder eine Zahl)</translation>
        </message>
        <message>
            <source>a process (a label such as main.1, a fork's NAME, parent or self)</source>
            <translation>ein Prozess (ein Label wie main.1, der NAME eines fork, parent oder self)</translation>
        </message>
        <message>
            <source>the NAME of a fork</source>
            <translation>der NAME eines fork</translation>
        </message>
        <message>
            <source>a signal name</source>
            <translation>ein Signalname</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 oder %2</translation>
        </message>
        <message>
            <source>the NAME of a shm_open</source>
            <translation>der NAME eines shm_open</translation>
        </message>
        <message>
            <source>the NAME of a shm_open or of an opened file</source>
            <translation>der NAME eines shm_open oder einer geöffneten Datei</translation>
        </message>
        <message>
            <source>the MAP of an mmap</source>
            <translation>die MAP eines mmap</translation>
        </message>
        <message>
            <source>the NAME of a sem_open</source>
            <translation>der NAME eines sem_open</translation>
        </message>
        <message>
            <source>a program name</source>
            <translation>ein Programmname</translation>
        </message>
        <message>
            <source>the NAME of a variable</source>
            <translation>der NAME einer Variablen</translation>
        </message>
        <message>
            <source>an argument</source>
            <translation>ein Argument</translation>
        </message>
        <message>
            <source>the scenario has more root processes than the process cap allows</source>
            <translation>das Szenario hat mehr Wurzelprozesse, als die Prozessobergrenze erlaubt</translation>
        </message>
        <message>
            <source>fork: %1</source>
            <translation>fork: %1</translation>
        </message>
        <message>
            <source>the engine received %1</source>
            <translation>die Engine hat %1 erhalten</translation>
        </message>
        <message>
            <source>the run did not end within %1 s (--timeout)</source>
            <translation>der Lauf endete nicht innerhalb von %1 s (--timeout)</translation>
        </message>
        <message>
            <source>nobody reads the engine's output any more</source>
            <translation>niemand liest mehr die Ausgabe der Engine</translation>
        </message>
        <message>
            <source>the run produced %1 events, its cap (--max-events); stopped</source>
            <translation>der Lauf hat %1 Ereignisse erzeugt, seine Obergrenze (--max-events); angehalten</translation>
        </message>
        <message>
            <source>the controller closed the engine's standard input</source>
            <translation>die Steuerung hat die Standardeingabe der Engine geschlossen</translation>
        </message>
        <message>
            <source>command line too long (over 64 KiB without a newline); discarded</source>
            <translation>Befehlszeile zu lang (über 64 KiB ohne Zeilenumbruch); verworfen</translation>
        </message>
        <message>
            <source>command is not a JSON object: %1</source>
            <translation>der Befehl ist kein JSON-Objekt: %1</translation>
        </message>
        <message>
            <source>command without a "cmd" string</source>
            <translation>Befehl ohne "cmd"-Zeichenkette</translation>
        </message>
        <message>
            <source>'%1' needs a run started in step mode (--step)</source>
            <translation>'%1' braucht einen im Schrittmodus gestarteten Lauf (--step)</translation>
        </message>
        <message>
            <source>step: "label" must be a string</source>
            <translation>step: "label" muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <source>stopped by the user</source>
            <translation>vom Benutzer gestoppt</translation>
        </message>
        <message>
            <source>signal: needs "label" and "signal" strings</source>
            <translation>signal: braucht die Zeichenketten "label" und "signal"</translation>
        </message>
        <message>
            <source>fifo.write: needs "obj" and "data" strings</source>
            <translation>fifo.write: braucht die Zeichenketten "obj" und "data"</translation>
        </message>
        <message>
            <source>unknown command '%1' (known: step, continue, pause, stop, signal, fifo.write)</source>
            <translation>unbekannter Befehl '%1' (bekannt: step, continue, pause, stop, signal, fifo.write)</translation>
        </message>
        <message>
            <source>signal: no live process of this run is labelled '%1'</source>
            <translation>signal: kein lebender Prozess dieses Laufs hat das Label '%1'</translation>
        </message>
        <message>
            <source>signal: unknown signal '%1'</source>
            <translation>signal: unbekanntes Signal '%1'</translation>
        </message>
        <message>
            <source>fifo.write: "obj" must name a FIFO of this run, like "fifo:myfifo"</source>
            <translation>fifo.write: "obj" muss ein FIFO dieses Laufs nennen, etwa "fifo:myfifo"</translation>
        </message>
        <message>
            <source>fifo.write: this run has no FIFO %1</source>
            <translation>fifo.write: dieser Lauf hat kein FIFO %1</translation>
        </message>
        <message>
            <source>fifo.write: nobody has %1 open for reading yet</source>
            <translation>fifo.write: noch niemand hat %1 zum Lesen geöffnet</translation>
        </message>
        <message>
            <source>fifo.write: cannot open %1: %2</source>
            <translation>fifo.write: %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>step: '%1' is not waiting at a gate</source>
            <translation>step: '%1' wartet nicht an einer Schranke</translation>
        </message>
        <message>
            <source>step: no process is waiting at a gate</source>
            <translation>step: kein Prozess wartet an einer Schranke</translation>
        </message>
        <message>
            <source>%1 waits in %2</source>
            <translation>%1 wartet in %2</translation>
        </message>
        <message>
            <source>%1 waits in %2 on %3</source>
            <translation>%1 wartet in %2 auf %3</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1; %2</translation>
        </message>
        <message>
            <source>every process is blocked and nothing can wake it: %1</source>
            <translation>jeder Prozess ist blockiert, und nichts kann ihn wecken: %1</translation>
        </message>
    </context>
    <context>
        <name>EventDecoder</name>
        <message>
            <source>line is %1 bytes long; the limit is %2 bytes</source>
            <translation>Zeile ist %1 Bytes lang; die Grenze liegt bei %2 Bytes</translation>
        </message>
        <message>
            <source>empty line</source>
            <translation>leere Zeile</translation>
        </message>
        <message>
            <source>line is longer than %1 bytes; skipped</source>
            <translation>Zeile ist länger als %1 Bytes; übersprungen</translation>
        </message>
        <message>
            <source>line is %1 bytes long; the limit is %2 bytes; skipped</source>
            <translation>Zeile ist %1 Bytes lang; die Grenze liegt bei %2 Bytes; übersprungen</translation>
        </message>
        <message>
            <source>second hello record; ignored</source>
            <translation>zweiter hello-Datensatz; ignoriert</translation>
        </message>
        <message>
            <source>the stream uses protocol version %1, but this version of ipcviz understands only version %2: update ipcviz</source>
            <translation>der Strom verwendet Protokollversion %1, aber diese Version von ipcviz versteht nur Version %2: Aktualisieren Sie ipcviz</translation>
        </message>
        <message>
            <source>hello record without a valid protocol version; assuming %1</source>
            <translation>hello-Datensatz ohne gültige Protokollversion; %1 wird angenommen</translation>
        </message>
        <message>
            <source>hello record is not the first record</source>
            <translation>hello-Datensatz ist nicht der erste Datensatz</translation>
        </message>
        <message>
            <source>second end record; ignored</source>
            <translation>zweiter end-Datensatz; ignoriert</translation>
        </message>
        <message>
            <source>event before the hello record</source>
            <translation>Ereignis vor dem hello-Datensatz</translation>
        </message>
        <message>
            <source>event after the end record</source>
            <translation>Ereignis nach dem end-Datensatz</translation>
        </message>
        <message>
            <source>seq %1 comes after %2: out of order or repeated</source>
            <translation>seq %1 folgt auf %2: falsche Reihenfolge oder wiederholt</translation>
        </message>
        <message>
            <source>invalid JSON at byte %1: %2</source>
            <translation>ungültiges JSON bei Byte %1: %2</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>kein JSON-Objekt</translation>
        </message>
        <message>
            <source>unknown record type "%1" (expected hello or end)</source>
            <translation>unbekannter Datensatztyp "%1" (erwartet: hello oder end)</translation>
        </message>
        <message>
            <source>not a string</source>
            <translation>kein String</translation>
        </message>
        <message>
            <source>record has neither a "kind" nor a "type"</source>
            <translation>Datensatz hat weder "kind" noch "type"</translation>
        </message>
        <message>
            <source>event "%1" has no valid "seq" (a non-negative integer)</source>
            <translation>Ereignis "%1" hat kein gültiges "seq" (eine nicht-negative ganze Zahl)</translation>
        </message>
        <message numerus="yes">
            <source>first seq is %n, expected 0: %n event(s) missing</source>
            <translation>
                <numerusform>erster seq ist %n, erwartet 0: %n Ereignis fehlt</numerusform>
                <numerusform>erster seq ist %n, erwartet 0: %n Ereignisse fehlen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>seq jumps from %1 to %2: %n event(s) missing</source>
            <translation>
                <numerusform>seq springt von %1 auf %2: %n Ereignis fehlt</numerusform>
                <numerusform>seq springt von %1 auf %2: %n Ereignisse fehlen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more error(s) not listed</source>
            <translation>
                <numerusform>%n weiterer Fehler nicht aufgeführt</numerusform>
                <numerusform>%n weitere Fehler nicht aufgeführt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventDescriber</name>
        <message>
            <source>The user</source>
            <translation>Der Benutzer</translation>
        </message>
        <message>
            <source>PID %1</source>
            <translation>PID %1</translation>
        </message>
        <message>
            <source>%1: %2 failed</source>
            <translation>%1: %2 fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1: %2 failed (%3)</source>
            <translation>%1: %2 fehlgeschlagen (%3)</translation>
        </message>
        <message>
            <source>Run of %1 started (engine %2, %3 mode)</source>
            <translation>Lauf von %1 gestartet (Engine %2, Modus %3)</translation>
        </message>
        <message>
            <source>The run completed</source>
            <translation>Der Lauf ist abgeschlossen</translation>
        </message>
        <message>
            <source>The run was stopped</source>
            <translation>Der Lauf wurde gestoppt</translation>
        </message>
        <message>
            <source>The run timed out</source>
            <translation>Der Lauf hat das Zeitlimit überschritten</translation>
        </message>
        <message>
            <source>The run ended in a deadlock</source>
            <translation>Der Lauf endete in einem Deadlock</translation>
        </message>
        <message>
            <source>The run failed</source>
            <translation>Der Lauf ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>The run ended (%1)</source>
            <translation>Der Lauf endete (%1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>; the engine cleaned up %n thing(s) left behind</source>
            <translation>
                <numerusform>; die Engine hat %n zurückgelassenes Objekt aufgeräumt</numerusform>
                <numerusform>; die Engine hat %n zurückgelassene Objekte aufgeräumt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n thing(s) leaked</source>
            <translation>
                <numerusform>; %n Objekt wurde nicht freigegeben (Leak)</numerusform>
                <numerusform>; %n Objekte wurden nicht freigegeben (Leak)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 started (PID %2)</source>
            <translation>%1 gestartet (PID %2)</translation>
        </message>
        <message>
            <source>%1 started (PID %2), child of %3</source>
            <translation>%1 gestartet (PID %2), Kind von %3</translation>
        </message>
        <message>
            <source>%1 forked %2 (PID %3)</source>
            <translation>%1 hat per fork %2 erzeugt (PID %3)</translation>
        </message>
        <message>
            <source>%1: exec of %2 failed</source>
            <translation>%1: exec von %2 fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1: exec of %2 failed (%3)</source>
            <translation>%1: exec von %2 fehlgeschlagen (%3)</translation>
        </message>
        <message>
            <source>%1 executes %2</source>
            <translation>%1 führt %2 aus</translation>
        </message>
        <message>
            <source>%1 was killed by %2</source>
            <translation>%1 wurde durch %2 beendet</translation>
        </message>
        <message>
            <source>%1 exited with status %2</source>
            <translation>%1 hat sich mit Status %2 beendet</translation>
        </message>
        <message>
            <source> (core dumped)</source>
            <translation> (Core-Dump erstellt)</translation>
        </message>
        <message>
            <source>%1 calls exit(%2)</source>
            <translation>%1 ruft exit(%2) auf</translation>
        </message>
        <message>
            <source>%1 waits for its child PID %2</source>
            <translation>%1 wartet auf seinen Kindprozess PID %2</translation>
        </message>
        <message>
            <source>%1 waits for a child to end</source>
            <translation>%1 wartet auf das Ende eines Kindprozesses</translation>
        </message>
        <message>
            <source>%1 reaped PID %2 (killed by %3)</source>
            <translation>%1 hat PID %2 eingesammelt (beendet durch %3)</translation>
        </message>
        <message>
            <source>%1 reaped PID %2 (exit status %3)</source>
            <translation>%1 hat PID %2 eingesammelt (Exit-Status %3)</translation>
        </message>
        <message>
            <source>%1 reaped PID %2</source>
            <translation>%1 hat PID %2 eingesammelt</translation>
        </message>
        <message>
            <source>The engine reaped PID %1</source>
            <translation>Die Engine hat PID %1 eingesammelt</translation>
        </message>
        <message>
            <source>The engine reaped %1 (PID %2)</source>
            <translation>Die Engine hat %1 (PID %2) eingesammelt</translation>
        </message>
        <message>
            <source>%1 became a zombie</source>
            <translation>%1 ist zum Zombie geworden</translation>
        </message>
        <message>
            <source>%1 is now in kernel state %2</source>
            <translation>%1 ist jetzt im Kernel-Zustand %2</translation>
        </message>
        <message>
            <source> (parent PID %1)</source>
            <translation> (Eltern-PID %1)</translation>
        </message>
        <message>
            <source>%1 printed on stderr: %2</source>
            <translation>%1 hat auf stderr ausgegeben: %2</translation>
        </message>
        <message>
            <source>%1 printed %2</source>
            <translation>%1 hat %2 ausgegeben</translation>
        </message>
        <message>
            <source>%1 woke up</source>
            <translation>%1 ist aufgewacht</translation>
        </message>
        <message>
            <source>%1 sleeps %2 ms</source>
            <translation>%1 schläft %2 ms</translation>
        </message>
        <message>
            <source>%1 created %2 (read end fd %3, write end fd %4)</source>
            <translation>%1 hat %2 erzeugt (Leseende fd %3, Schreibende fd %4)</translation>
        </message>
        <message>
            <source>%1 closed fd %2</source>
            <translation>%1 hat fd %2 geschlossen</translation>
        </message>
        <message>
            <source>%1 closed fd %2 (%3)</source>
            <translation>%1 hat fd %2 geschlossen (%3)</translation>
        </message>
        <message>
            <source>%1 duplicated fd %2 onto fd %3 (%4)</source>
            <translation>%1 hat fd %2 auf fd %3 dupliziert (%4)</translation>
        </message>
        <message>
            <source>%1: write to %2 failed</source>
            <translation>%1: Schreiben in %2 fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1: write to %2 failed (%3)</source>
            <translation>%1: Schreiben in %2 fehlgeschlagen (%3)</translation>
        </message>
        <message>
            <source>%1: read from %2 failed</source>
            <translation>%1: Lesen aus %2 fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1: read from %2 failed (%3)</source>
            <translation>%1: Lesen aus %2 fehlgeschlagen (%3)</translation>
        </message>
        <message>
            <source>%1 read end of file from %2</source>
            <translation>%1 hat aus %2 das Dateiende (EOF) gelesen</translation>
        </message>
        <message>
            <source>%1 created FIFO %2 at %3</source>
            <translation>%1 hat FIFO %2 unter %3 erzeugt</translation>
        </message>
        <message>
            <source>%1 opens FIFO %2 for %3</source>
            <translation>%1 öffnet FIFO %2 (Modus %3)</translation>
        </message>
        <message>
            <source>%1 opened FIFO %2 for %3 (fd %4)</source>
            <translation>%1 hat FIFO %2 geöffnet (Modus %3, fd %4)</translation>
        </message>
        <message>
            <source>%1 removed %2 (%3)</source>
            <translation>%1 hat %2 entfernt (%3)</translation>
        </message>
        <message>
            <source>%1 created and opened file %2 for %3 (fd %4)</source>
            <translation>%1 hat Datei %2 erzeugt und geöffnet (Modus %3, fd %4)</translation>
        </message>
        <message>
            <source>%1 opened file %2 for %3 (fd %4)</source>
            <translation>%1 hat Datei %2 geöffnet (Modus %3, fd %4)</translation>
        </message>
        <message>
            <source>%1 created shared memory %2 (%3) for %4</source>
            <translation>%1 hat Shared Memory %2 (%3) erzeugt (Modus %4)</translation>
        </message>
        <message>
            <source>%1 opened shared memory %2 (%3) for %4</source>
            <translation>%1 hat Shared Memory %2 (%3) geöffnet (Modus %4)</translation>
        </message>
        <message>
            <source>%1 unmapped %2 (%3)</source>
            <translation>%1 hat die Einblendung %2 aufgehoben (%3)</translation>
        </message>
        <message>
            <source>%1 unlinked %2 (%3)</source>
            <translation>%1 hat %2 per unlink gelöscht (%3)</translation>
        </message>
        <message>
            <source>%1 incremented the int at offset %2 of %3: %4 to %5</source>
            <translation>%1 hat den int bei Offset %2 von %3 erhöht: %4 auf %5</translation>
        </message>
        <message>
            <source>%1 created semaphore %2 (%3) with value %4</source>
            <translation>%1 hat Semaphor %2 (%3) mit Wert %4 erzeugt</translation>
        </message>
        <message>
            <source>%1 opened semaphore %2 (%3), value %4</source>
            <translation>%1 hat Semaphor %2 (%3) geöffnet, Wert %4</translation>
        </message>
        <message>
            <source>%1 waits on %2 (value %3)</source>
            <translation>%1 wartet an %2 (Wert %3)</translation>
        </message>
        <message>
            <source>%1 passed %2 (value now %3)</source>
            <translation>%1 hat %2 passiert (Wert jetzt %3)</translation>
        </message>
        <message>
            <source>%1 posted %2 (value now %3)</source>
            <translation>%1 hat sem_post auf %2 ausgeführt (Wert jetzt %3)</translation>
        </message>
        <message>
            <source>%1 closed %2</source>
            <translation>%1 hat %2 geschlossen</translation>
        </message>
        <message>
            <source>%1 installed a counting handler for %2</source>
            <translation>%1 hat einen zählenden Handler für %2 installiert</translation>
        </message>
        <message>
            <source>%1 ignores %2</source>
            <translation>%1 ignoriert %2</translation>
        </message>
        <message>
            <source>%1 restored the default action of %2</source>
            <translation>%1 hat die Standardaktion von %2 wiederhergestellt</translation>
        </message>
        <message>
            <source>%1: sending %2 to %3 failed</source>
            <translation>%1: Senden von %2 an %3 fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1: sending %2 to %3 failed (%4)</source>
            <translation>%1: Senden von %2 an %3 fehlgeschlagen (%4)</translation>
        </message>
        <message>
            <source>The user sends %1 to %2</source>
            <translation>Der Benutzer sendet %1 an %2</translation>
        </message>
        <message>
            <source>%1 sends %2 to %3</source>
            <translation>%1 sendet %2 an %3</translation>
        </message>
        <message>
            <source>The user sent %1 to %2</source>
            <translation>Der Benutzer hat %1 an %2 gesendet</translation>
        </message>
        <message>
            <source>%1 sent %2 to %3</source>
            <translation>%1 hat %2 an %3 gesendet</translation>
        </message>
        <message>
            <source>%1's handler for %2 ran (%3 so far)</source>
            <translation>Der Handler von %1 für %2 wurde ausgeführt (bisher %3-mal)</translation>
        </message>
        <message>
            <source>%1's handler for %2 ran</source>
            <translation>Der Handler von %1 für %2 wurde ausgeführt</translation>
        </message>
        <message>
            <source>%1 returned from pause</source>
            <translation>%1 ist aus pause zurückgekehrt</translation>
        </message>
        <message>
            <source>%1 pauses until a signal arrives</source>
            <translation>%1 pausiert, bis ein Signal eintrifft</translation>
        </message>
        <message>
            <source>%1 is ready and %2</source>
            <translation>%1 ist bereit und %2</translation>
        </message>
        <message>
            <source>%1 was released (continue)</source>
            <translation>%1 wurde freigegeben (Weiter)</translation>
        </message>
        <message>
            <source>%1 was released by the recorded schedule</source>
            <translation>%1 wurde durch den aufgezeichneten Ablaufplan freigegeben</translation>
        </message>
        <message>
            <source>%1 was released by the user</source>
            <translation>%1 wurde vom Benutzer freigegeben</translation>
        </message>
        <message>
            <source>Engine error: %1</source>
            <translation>Engine-Fehler: %1</translation>
        </message>
        <message>
            <source>Engine limit reached: %1 (%2)</source>
            <translation>Engine-Limit erreicht: %1 (%2)</translation>
        </message>
        <message>
            <source>Engine limit reached: %1</source>
            <translation>Engine-Limit erreicht: %1</translation>
        </message>
        <message>
            <source>%1 in %2 on %3</source>
            <translation>%1 in %2 an %3</translation>
        </message>
        <message>
            <source>Deadlock: every live process is blocked</source>
            <translation>Deadlock: Jeder lebende Prozess ist blockiert</translation>
        </message>
        <message>
            <source>Deadlock: every live process is blocked (%1)</source>
            <translation>Deadlock: Jeder lebende Prozess ist blockiert (%1)</translation>
        </message>
        <message>
            <source>The user's %1 command took effect</source>
            <translation>Der Befehl %1 des Benutzers ist wirksam geworden</translation>
        </message>
        <message>
            <source>%1: %2 on %3</source>
            <translation>%1: %2 an %3</translation>
        </message>
        <message>
            <source>will run %1</source>
            <translation>führt als Nächstes %1 aus</translation>
        </message>
        <message>
            <source>will run: %1</source>
            <translation>führt als Nächstes aus: %1</translation>
        </message>
        <message>
            <source>will fork %1</source>
            <translation>erzeugt als Nächstes per fork %1</translation>
        </message>
        <message>
            <source>will fork a child</source>
            <translation>erzeugt als Nächstes per fork ein Kind</translation>
        </message>
        <message>
            <source>will wait for %1</source>
            <translation>wartet als Nächstes auf %1</translation>
        </message>
        <message>
            <source>will wait for a child to end</source>
            <translation>wartet als Nächstes auf das Ende eines Kindprozesses</translation>
        </message>
        <message>
            <source>will exit with status %1</source>
            <translation>beendet sich als Nächstes mit Status %1</translation>
        </message>
        <message>
            <source>will close fd %1</source>
            <translation>schließt als Nächstes fd %1</translation>
        </message>
        <message>
            <source>will close fd %1 (%2)</source>
            <translation>schließt als Nächstes fd %1 (%2)</translation>
        </message>
        <message>
            <source>will create a pipe</source>
            <translation>erzeugt als Nächstes eine Pipe</translation>
        </message>
        <message>
            <source>will create %1</source>
            <translation>erzeugt als Nächstes %1</translation>
        </message>
        <message>
            <source>will print %1</source>
            <translation>gibt als Nächstes %1 aus</translation>
        </message>
        <message>
            <source>will sleep %1 ms</source>
            <translation>schläft als Nächstes %1 ms</translation>
        </message>
        <message>
            <source>will send %1 to %2</source>
            <translation>sendet als Nächstes %1 an %2</translation>
        </message>
        <message>
            <source>will pause until a signal arrives</source>
            <translation>pausiert als Nächstes, bis ein Signal eintrifft</translation>
        </message>
        <message>
            <source>will wait on %1</source>
            <translation>wartet als Nächstes an %1</translation>
        </message>
        <message>
            <source>will post %1</source>
            <translation>führt als Nächstes sem_post auf %1 aus</translation>
        </message>
        <message>
            <source>will execute %1</source>
            <translation>führt als Nächstes per exec %1 aus</translation>
        </message>
        <message>
            <source>will open %1 for %2</source>
            <translation>öffnet als Nächstes %1 (Modus %2)</translation>
        </message>
        <message numerus="yes">
            <source>%1 writes %n byte(s) to %2: %3</source>
            <translation>
                <numerusform>%1 schreibt %n Byte in %2: %3</numerusform>
                <numerusform>%1 schreibt %n Bytes in %2: %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 wrote %n byte(s) to %2</source>
            <translation>
                <numerusform>%1 hat %n Byte in %2 geschrieben</numerusform>
                <numerusform>%1 hat %n Bytes in %2 geschrieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 reads up to %n byte(s) from %2</source>
            <translation>
                <numerusform>%1 liest bis zu %n Byte aus %2</numerusform>
                <numerusform>%1 liest bis zu %n Bytes aus %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 read %n byte(s) from %2: %3</source>
            <translation>
                <numerusform>%1 hat %n Byte aus %2 gelesen: %3</numerusform>
                <numerusform>%1 hat %n Bytes aus %2 gelesen: %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 set the size of %2 to %n byte(s)</source>
            <translation>
                <numerusform>%1 hat die Größe von %2 auf %n Byte gesetzt</numerusform>
                <numerusform>%1 hat die Größe von %2 auf %n Bytes gesetzt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 mapped %n byte(s) of %2 as %3 (%4)</source>
            <translation>
                <numerusform>%1 hat %n Byte von %2 als %3 eingeblendet (%4)</numerusform>
                <numerusform>%1 hat %n Bytes von %2 als %3 eingeblendet (%4)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 wrote %n byte(s) at offset %2 of %3: %4</source>
            <translation>
                <numerusform>%1 hat %n Byte bei Offset %2 von %3 geschrieben: %4</numerusform>
                <numerusform>%1 hat %n Bytes bei Offset %2 von %3 geschrieben: %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 read %n byte(s) at offset %2 of %3: %4</source>
            <translation>
                <numerusform>%1 hat %n Byte bei Offset %2 von %3 gelesen: %4</numerusform>
                <numerusform>%1 hat %n Bytes bei Offset %2 von %3 gelesen: %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will read up to %n byte(s) from %1 (fd %2)</source>
            <translation>
                <numerusform>liest als Nächstes bis zu %n Byte aus %1 (fd %2)</numerusform>
                <numerusform>liest als Nächstes bis zu %n Bytes aus %1 (fd %2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will read up to %n byte(s) from %1</source>
            <translation>
                <numerusform>liest als Nächstes bis zu %n Byte aus %1</numerusform>
                <numerusform>liest als Nächstes bis zu %n Bytes aus %1</numerusform>
            </translation>
        </message>
        <message>
            <source>will write to %1 (fd %2)</source>
            <translation>schreibt als Nächstes in %1 (fd %2)</translation>
        </message>
        <message>
            <source>will write to %1</source>
            <translation>schreibt als Nächstes in %1</translation>
        </message>
        <message numerus="yes">
            <source>will write %n byte(s) to %1 (fd %2) %3</source>
            <translation>
                <numerusform>schreibt als Nächstes %n Byte in %1 (fd %2) %3</numerusform>
                <numerusform>schreibt als Nächstes %n Bytes in %1 (fd %2) %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will write %n byte(s) to %1 %2</source>
            <translation>
                <numerusform>schreibt als Nächstes %n Byte in %1 %2</numerusform>
                <numerusform>schreibt als Nächstes %n Bytes in %1 %2</numerusform>
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
            <translation>Zeit (ms)</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Prozess</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
    </context>
    <context>
        <name>EventLogView</name>
        <message>
            <source>All processes</source>
            <translation>Alle Prozesse</translation>
        </message>
        <message>
            <source>Show only the events of one process</source>
            <translation>Nur die Ereignisse eines Prozesses anzeigen</translation>
        </message>
        <message>
            <source>Process filter</source>
            <translation>Prozessfilter</translation>
        </message>
        <message>
            <source>All objects</source>
            <translation>Alle Objekte</translation>
        </message>
        <message>
            <source>Show only the events about one pipe, FIFO, segment or semaphore</source>
            <translation>Nur die Ereignisse zu einer Pipe, einem FIFO, einem Segment oder einem Semaphor anzeigen</translation>
        </message>
        <message>
            <source>Object filter</source>
            <translation>Objektfilter</translation>
        </message>
        <message>
            <source>Show only one family of events</source>
            <translation>Nur eine Gruppe von Ereignissen anzeigen</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filter nach Art</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Prozesse</translation>
        </message>
        <message>
            <source>Descriptors</source>
            <translation>Deskriptoren</translation>
        </message>
        <message>
            <source>Pipes</source>
            <translation>Pipes</translation>
        </message>
        <message>
            <source>FIFOs</source>
            <translation>FIFOs</translation>
        </message>
        <message>
            <source>Shared memory</source>
            <translation>Shared Memory</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Semaphore</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signale</translation>
        </message>
        <message>
            <source>Step gates</source>
            <translation>Schrittschranken</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Engine</translation>
        </message>
        <message>
            <source>Search events…</source>
            <translation>Ereignisse durchsuchen…</translation>
        </message>
        <message>
            <source>Show only events whose description, process, PID or object contains this text</source>
            <translation>Nur Ereignisse anzeigen, deren Beschreibung, Prozess, PID oder Objekt diesen Text enthält</translation>
        </message>
        <message>
            <source>Event search</source>
            <translation>Ereignissuche</translation>
        </message>
        <message>
            <source>Event log</source>
            <translation>Ereignisprotokoll</translation>
        </message>
        <message>
            <source>Select an event to see the state of the run at that moment</source>
            <translation>Ein Ereignis auswählen, um den Zustand des Laufs zu diesem Zeitpunkt zu sehen</translation>
        </message>
    </context>
    <context>
        <name>ExplanationPane</name>
        <message>
            <source>Explanation of the last step</source>
            <translation>Erklärung des letzten Schritts</translation>
        </message>
        <message>
            <source>Nothing has happened yet. In step mode, press Space (Step) to let one process do its next operation.</source>
            <translation>Bisher ist nichts passiert. Drücken Sie im Schrittmodus Space (Schritt), damit ein Prozess seine nächste Operation ausführt.</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>Letzter Schritt</translation>
        </message>
        <message>
            <source>The engine</source>
            <translation>Die Engine</translation>
        </message>
        <message>
            <source>(scenario line %1)</source>
            <translation>(Szenariozeile %1)</translation>
        </message>
        <message>
            <source>The call failed: it returned -1 and set errno to %1.</source>
            <translation>Der Aufruf ist fehlgeschlagen: Er hat -1 zurückgegeben und errno auf %1 gesetzt.</translation>
        </message>
        <message>
            <source>ready at its gate: it %1.</source>
            <translation>bereit an seiner Schranke: er %1.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>The call just made, in words, and what each process does next or why it waits</source>
            <translation>Der gerade ausgeführte Aufruf in Worten und was jeder Prozess als Nächstes tut oder warum er wartet</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>Usage: ipcviz export TRACE --to %1 -o OUT [--at SEQ] [--size WxH]</source>
            <translation>Aufruf: ipcviz export TRACE --to %1 -o OUT [--at SEQ] [--size WxH]</translation>
        </message>
        <message>
            <source>Export format: %1.</source>
            <translation>Exportformat: %1.</translation>
        </message>
        <message>
            <source>format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Output file; - for standard output.</source>
            <translation>Ausgabedatei; - für die Standardausgabe.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>svg/png: draw the state after the event with this seq (default: the end).</source>
            <translation>svg/png: den Zustand nach dem Ereignis mit dieser seq zeichnen (Standard: das Ende).</translation>
        </message>
        <message>
            <source>seq</source>
            <translation>seq</translation>
        </message>
        <message>
            <source>svg/png: picture size in pixels (default 1920x1080).</source>
            <translation>svg/png: Bildgröße in Pixeln (Standard 1920x1080).</translation>
        </message>
        <message>
            <source>WxH</source>
            <translation>WxH</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>The trace file to export.</source>
            <translation>Die zu exportierende Trace-Datei.</translation>
        </message>
        <message>
            <source>no trace file given</source>
            <translation>keine Trace-Datei angegeben</translation>
        </message>
        <message>
            <source>one trace file only; unexpected: %1</source>
            <translation>nur eine Trace-Datei erlaubt; unerwartet: %1</translation>
        </message>
        <message>
            <source>--to FORMAT is required</source>
            <translation>--to FORMAT ist erforderlich</translation>
        </message>
        <message>
            <source>unknown format "%1"; use one of %2</source>
            <translation>unbekanntes Format "%1"; verwenden Sie eines von %2</translation>
        </message>
        <message>
            <source>-o OUT is required (- for standard output)</source>
            <translation>-o OUT ist erforderlich (- für die Standardausgabe)</translation>
        </message>
        <message>
            <source>--at applies to svg and png only</source>
            <translation>--at gilt nur für svg und png</translation>
        </message>
        <message>
            <source>--at needs an event number (seq, 0 or more), not "%1"</source>
            <translation>--at braucht eine Ereignisnummer (seq, 0 oder größer), nicht "%1"</translation>
        </message>
        <message>
            <source>--size applies to svg and png only</source>
            <translation>--size gilt nur für svg und png</translation>
        </message>
        <message>
            <source>--size needs WIDTHxHEIGHT between 16 and %1 pixels, not "%2"</source>
            <translation>--size braucht BREITExHÖHE zwischen 16 und %1 Pixeln, nicht "%2"</translation>
        </message>
        <message>
            <source>%1:%2: error: %3</source>
            <translation>%1:%2: Fehler: %3</translation>
        </message>
        <message>
            <source>%1:%2: warning: %3</source>
            <translation>%1:%2: Warnung: %3</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: Warnung: %2</translation>
        </message>
        <message>
            <source>ipcviz export: cannot write to standard output: %1</source>
            <translation>ipcviz export: Schreiben in die Standardausgabe nicht möglich: %1</translation>
        </message>
        <message>
            <source>ipcviz export: cannot write %1: %2</source>
            <translation>ipcviz export: %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n more problem(s) not listed</source>
            <translation>
                <numerusform>%1: %n weiteres Problem nicht aufgeführt</numerusform>
                <numerusform>%1: %n weitere Probleme nicht aufgeführt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ipcviz export: warning: the trace is damaged (%n problem(s) listed above); valid events exported: %1</source>
            <translation>
                <numerusform>ipcviz export: Warnung: der Trace ist beschädigt (%n Problem oben aufgeführt); gültige Ereignisse exportiert: %1</numerusform>
                <numerusform>ipcviz export: Warnung: der Trace ist beschädigt (%n Probleme oben aufgeführt); gültige Ereignisse exportiert: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportFormat</name>
        <message>
            <source>Perfetto / Chrome trace (JSON)</source>
            <translation>Perfetto / Chrome-Trace (JSON)</translation>
        </message>
        <message>
            <source>Perfetto traces (*.json)</source>
            <translation>Perfetto-Traces (*.json)</translation>
        </message>
        <message>
            <source>Event table (CSV)</source>
            <translation>Ereignistabelle (CSV)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Sequence diagram (Mermaid)</source>
            <translation>Sequenzdiagramm (Mermaid)</translation>
        </message>
        <message>
            <source>Mermaid diagrams (*.mmd)</source>
            <translation>Mermaid-Diagramme (*.mmd)</translation>
        </message>
        <message>
            <source>Picture (SVG)</source>
            <translation>Bild (SVG)</translation>
        </message>
        <message>
            <source>SVG pictures (*.svg)</source>
            <translation>SVG-Bilder (*.svg)</translation>
        </message>
        <message>
            <source>Picture (PNG)</source>
            <translation>Bild (PNG)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>C program</source>
            <translation>C-Programm</translation>
        </message>
        <message>
            <source>C sources (*.c)</source>
            <translation>C-Quelltexte (*.c)</translation>
        </message>
        <message>
            <source>Event log in words (text)</source>
            <translation>Ereignisprotokoll in Worten (Text)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Textdateien (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>Save a picture of the canvas at the time cursor</source>
            <translation>Ein Bild der Zeichenfläche zum Zeitpunkt des Zeitcursors speichern</translation>
        </message>
        <message>
            <source>Save the whole run in this format</source>
            <translation>Den ganzen Lauf in diesem Format speichern</translation>
        </message>
        <message>
            <source>Unknown export format "%1".</source>
            <translation>Unbekanntes Exportformat "%1".</translation>
        </message>
        <message>
            <source>There is nothing to export yet: run a scenario or open a trace first.</source>
            <translation>Es gibt noch nichts zu exportieren: Führen Sie zuerst ein Szenario aus oder öffnen Sie einen Trace.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>The %1 export failed: %2</source>
            <translation>Der %1-Export ist fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Nach %1 exportiert.</translation>
        </message>
        <message>
            <source>Export as %1</source>
            <translation>Als %1 exportieren</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>Could not write the export: %1</source>
            <translation>Der Export konnte nicht geschrieben werden: %1</translation>
        </message>
    </context>
    <context>
        <name>GuidedTour</name>
        <message>
            <source>The scenario library</source>
            <translation>Die Szenariobibliothek</translation>
        </message>
        <message>
            <source>&lt;p&gt;Each scenario is a small program of several processes: forks, pipes, FIFOs, shared memory, semaphores, signals.&lt;/p&gt;&lt;p&gt;Pick one here. Its description says what to watch for and links the manual pages of the calls it makes. A double-click runs it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Jedes Szenario ist ein kleines Programm aus mehreren Prozessen: fork, Pipes, FIFOs, Shared Memory, Semaphore, Signale.&lt;/p&gt;&lt;p&gt;Wählen Sie hier eines aus. Seine Beschreibung sagt, worauf Sie achten sollten, und verlinkt die Manpages der Aufrufe, die es verwendet. Ein Doppelklick führt es aus.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Run&lt;/b&gt; (%1) starts the selected scenario with real processes on this computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; (%2) ends them all; nothing is left behind.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Starten&lt;/b&gt; (%1) startet das ausgewählte Szenario mit echten Prozessen auf diesem Computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stoppen&lt;/b&gt; (%2) beendet sie alle; nichts bleibt zurück.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The canvas</source>
            <translation>Die Zeichenfläche</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every process is a box; every pipe, FIFO, shared memory object and semaphore is drawn between the processes that use it. Data moves along the arrows as it is written and read.&lt;/p&gt;&lt;p&gt;Click anything to inspect it. Zoom with %1 and %2, fit it all with %3.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Jeder Prozess ist ein Kasten; Pipes, FIFOs, Shared-Memory-Objekte und Semaphore werden zwischen den Prozessen gezeichnet, die sie verwenden. Daten wandern entlang der Pfeile, während sie geschrieben und gelesen werden.&lt;/p&gt;&lt;p&gt;Klicken Sie auf etwas, um es zu untersuchen. Zoomen Sie mit %1 und %2, zeigen Sie mit %3 alles an.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The timeline</source>
            <translation>Die Zeitleiste</translation>
        </message>
        <message>
            <source>&lt;p&gt;One lane per process, time from left to right: when each process runs, waits and ends, and what it calls.&lt;/p&gt;&lt;p&gt;The slider under the canvas goes back in time: %1 and %2 move one event, %3 returns to the live run.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Eine Spur pro Prozess, die Zeit von links nach rechts: wann jeder Prozess läuft, wartet und endet und was er aufruft.&lt;/p&gt;&lt;p&gt;Mit dem Schieberegler unter der Zeichenfläche gehen Sie in der Zeit zurück: %1 und %2 gehen ein Ereignis weiter, %3 kehrt zum laufenden Lauf zurück.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Step mode</source>
            <translation>Schrittmodus</translation>
        </message>
        <message>
            <source>&lt;p&gt;With &lt;b&gt;Step Mode&lt;/b&gt; on (%1), a run stops every process before each call, and you decide who goes next.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Step&lt;/b&gt; (%2) lets the next process make its call; %3 lets the selected one go (or click a process). &lt;b&gt;Continue&lt;/b&gt; (%4) runs freely until &lt;b&gt;Pause&lt;/b&gt; (%5).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Bei eingeschaltetem &lt;b&gt;Schrittmodus&lt;/b&gt; (%1) hält ein Lauf jeden Prozess vor jedem Aufruf an, und Sie entscheiden, wer als Nächstes dran ist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schritt&lt;/b&gt; (%2) lässt den nächsten Prozess seinen Aufruf ausführen; %3 lässt den ausgewählten weiterlaufen (oder klicken Sie auf einen Prozess). &lt;b&gt;Weiter&lt;/b&gt; (%4) lässt alles frei laufen bis &lt;b&gt;Pause&lt;/b&gt; (%5).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The event log</source>
            <translation>Das Ereignisprotokoll</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every event of the run in words, in order: forks, reads, writes, signals, exits. Filter it by process, object or kind.&lt;/p&gt;&lt;p&gt;Select an event to see every view as it was at that moment.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Jedes Ereignis des Laufs in Worten, der Reihe nach: fork-Aufrufe, Lese- und Schreibvorgänge, Signale, Prozessenden. Filtern Sie es nach Prozess, Objekt oder Art.&lt;/p&gt;&lt;p&gt;Wählen Sie ein Ereignis aus, um jede Ansicht so zu sehen, wie sie zu diesem Zeitpunkt war.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Charts and measurements</source>
            <translation>Diagramme und Messungen</translation>
        </message>
        <message>
            <source>&lt;p&gt;The &lt;b&gt;Charts&lt;/b&gt; plot the run as it goes: bytes waiting in each pipe, semaphore values, processes alive and blocked.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Measure&lt;/b&gt; menu benchmarks pipes, FIFOs, sockets and shared memory on this computer, and runs a scenario many times to count how it ends.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die &lt;b&gt;Diagramme&lt;/b&gt; zeichnen den Lauf mit, während er läuft: gepufferte Bytes in jeder Pipe, Semaphorwerte, lebende und blockierte Prozesse.&lt;/p&gt;&lt;p&gt;Das Menü &lt;b&gt;Messen&lt;/b&gt; misst die Leistung von Pipes, FIFOs, Sockets und Shared Memory auf diesem Computer und startet ein Szenario viele Male, um zu zählen, wie es endet.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;File › Export&lt;/b&gt; saves the run for slides and notes: pictures, tables, diagrams, a trace for Perfetto, or the scenario as a C program to compile.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Help&lt;/b&gt; menu has this tour, the keyboard shortcuts and the manual pages of the selected scenario.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Datei › Exportieren&lt;/b&gt; speichert den Lauf für Folien und Notizen: Bilder, Tabellen, Diagramme, einen Trace für Perfetto oder das Szenario als C-Programm zum Kompilieren.&lt;/p&gt;&lt;p&gt;Das Menü &lt;b&gt;Hilfe&lt;/b&gt; enthält diese Tour, die Tastenkürzel und die Manpages des ausgewählten Szenarios.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Previous page (Left)</source>
            <translation>Vorherige Seite (Left)</translation>
        </message>
        <message>
            <source>Next page (Right)</source>
            <translation>Nächste Seite (Right)</translation>
        </message>
        <message>
            <source>End the tour (Esc)</source>
            <translation>Tour beenden (Esc)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Fertig</translation>
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
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Guided &amp;Tour</source>
            <translation>Geführte &amp;Tour</translation>
        </message>
        <message>
            <source>A short walk through the window, one part at a time</source>
            <translation>Ein kurzer Rundgang durch das Fenster, ein Bereich nach dem anderen</translation>
        </message>
        <message>
            <source>&amp;Manual Pages for This Scenario</source>
            <translation>&amp;Manpages zu diesem Szenario</translation>
        </message>
        <message>
            <source>The manual pages of the calls the selected scenario makes</source>
            <translation>Die Manpages der Aufrufe, die das ausgewählte Szenario verwendet</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Tasten&amp;kürzel</translation>
        </message>
        <message>
            <source>Every shortcut of the window, with what it does</source>
            <translation>Alle Tastenkürzel des Fensters und was sie bewirken</translation>
        </message>
        <message>
            <source>&amp;About ipcviz</source>
            <translation>&amp;Über ipcviz</translation>
        </message>
        <message>
            <source>The version, the engine in use and the Qt version</source>
            <translation>Die Version, die verwendete Engine und die Qt-Version</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Show the manual page %1</source>
            <translation>Die Manpage %1 anzeigen</translation>
        </message>
        <message>
            <source>No scenario is selected</source>
            <translation>Kein Szenario ausgewählt</translation>
        </message>
        <message>
            <source>No manual pages are known for this scenario</source>
            <translation>Für dieses Szenario sind keine Manpages bekannt</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Filter by key, command or description</source>
            <translation>Nach Taste, Befehl oder Beschreibung filtern</translation>
        </message>
        <message>
            <source>Filter the shortcuts</source>
            <translation>Die Tastenkürzel filtern</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Was er bewirkt</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Everywhere in the window</source>
            <translation>Überall im Fenster</translation>
        </message>
        <message>
            <source>About ipcviz</source>
            <translation>Über ipcviz</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ipcviz %1&lt;/h3&gt;&lt;p&gt;Multi-process programming made visible: ipcviz runs small scenarios as real Linux processes (fork, pipes, FIFOs, shared memory, semaphores, signals) and shows what they do as it happens.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;br&gt;Qt: %3 (built with %4)&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ipcviz %1&lt;/h3&gt;&lt;p&gt;Multiprozess-Programmierung sichtbar gemacht: ipcviz führt kleine Szenarien als echte Linux-Prozesse aus (fork, Pipes, FIFOs, Shared Memory, Semaphore, Signale) und zeigt, was sie tun, während es geschieht.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;br&gt;Qt: %3 (kompiliert mit %4)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>nicht gefunden</translation>
        </message>
    </context>
    <context>
        <name>ImageExporter</name>
        <message>
            <source>after event %1 (%2, %3) at %4</source>
            <translation>nach Ereignis %1 (%2, %3) bei %4</translation>
        </message>
        <message>
            <source>before the first event</source>
            <translation>vor dem ersten Ereignis</translation>
        </message>
        <message>
            <source>Drawing a picture needs a QApplication (the offscreen platform will do).</source>
            <translation>Zum Zeichnen eines Bildes wird eine QApplication benötigt (die offscreen-Plattform genügt).</translation>
        </message>
        <message>
            <source>A picture must be between 16x16 and 16384x16384 pixels, not %1x%2.</source>
            <translation>Ein Bild muss zwischen 16x16 und 16384x16384 Pixel groß sein, nicht %1x%2.</translation>
        </message>
        <message>
            <source>The trace has no events, so there is no event %1.</source>
            <translation>Der Trace hat keine Ereignisse, also gibt es kein Ereignis %1.</translation>
        </message>
        <message>
            <source>The trace has no event %1 (its events are %2 to %3).</source>
            <translation>Der Trace hat kein Ereignis %1 (seine Ereignisse reichen von %2 bis %3).</translation>
        </message>
        <message>
            <source>ipcviz: %1</source>
            <translation>ipcviz: %1</translation>
        </message>
        <message>
            <source>Could not start the SVG picture.</source>
            <translation>Das SVG-Bild konnte nicht angelegt werden.</translation>
        </message>
        <message>
            <source>Could not write the PNG picture: %1</source>
            <translation>Das PNG-Bild konnte nicht geschrieben werden: %1</translation>
        </message>
    </context>
    <context>
        <name>InspectorPane</name>
        <message numerus="yes">
            <source>… %n more byte(s)</source>
            <translation>
                <numerusform>… %n weiteres Byte</numerusform>
                <numerusform>… %n weitere Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>Lesen</translation>
        </message>
        <message>
            <source>write</source>
            <translation>Schreiben</translation>
        </message>
        <message>
            <source>read/write</source>
            <translation>Lesen/Schreiben</translation>
        </message>
        <message>
            <source>unnamed pipe</source>
            <translation>unbenannte Pipe</translation>
        </message>
        <message>
            <source>FIFO (named pipe)</source>
            <translation>FIFO (benannte Pipe)</translation>
        </message>
        <message>
            <source>regular file</source>
            <translation>reguläre Datei</translation>
        </message>
        <message>
            <source>POSIX shared memory object</source>
            <translation>POSIX-Shared-Memory-Objekt</translation>
        </message>
        <message>
            <source>POSIX named semaphore</source>
            <translation>benannter POSIX-Semaphor</translation>
        </message>
        <message>
            <source>memory mapping</source>
            <translation>Speichereinblendung</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektor</translation>
        </message>
        <message>
            <source>Click a process or an object on the canvas or the timeline to see its details here.</source>
            <translation>Klicken Sie auf einen Prozess oder ein Objekt auf der Zeichenfläche oder der Zeitleiste, um hier seine Details zu sehen.</translation>
        </message>
        <message>
            <source>%1 does not exist yet at this point of the run.</source>
            <translation>%1 existiert zu diesem Zeitpunkt des Laufs noch nicht.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
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
            <translation>Elternprozess</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Kindprozesse</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>the scenario interpreter (no exec yet)</source>
            <translation>der Szenario-Interpreter (noch kein exec)</translation>
        </message>
        <message>
            <source>Scenario line</source>
            <translation>Szenariozeile</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Written / read</source>
            <translation>Geschrieben / gelesen</translation>
        </message>
        <message>
            <source>File descriptors</source>
            <translation>Dateideskriptoren</translation>
        </message>
        <message>
            <source>None known besides 0, 1 and 2.</source>
            <translation>Außer 0, 1 und 2 keine bekannt.</translation>
        </message>
        <message>
            <source>fd</source>
            <translation>fd</translation>
        </message>
        <message>
            <source>object</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>end / mode</source>
            <translation>Ende / Modus</translation>
        </message>
        <message>
            <source>from</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>inherited</source>
            <translation>geerbt</translation>
        </message>
        <message>
            <source>opened here</source>
            <translation>hier geöffnet</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signale</translation>
        </message>
        <message>
            <source>signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>disposition</source>
            <translation>Behandlung</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <source>received</source>
            <translation>empfangen</translation>
        </message>
        <message>
            <source>handled</source>
            <translation>behandelt</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Memory mappings</source>
            <translation>Speichereinblendungen</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>Nothing printed yet.</source>
            <translation>Noch nichts ausgegeben.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Kernel name</source>
            <translation>Kernel-Name</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Erzeugt von</translation>
        </message>
        <message>
            <source>Unlinked</source>
            <translation>Gelöscht (unlink)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>fd %1 (%2)</source>
            <translation>fd %1 (%2)</translation>
        </message>
        <message>
            <source>mapped as %1</source>
            <translation>eingeblendet als %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Offen bei</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>Bytes in flight</source>
            <translation>Bytes unterwegs</translation>
        </message>
        <message>
            <source>Write ends</source>
            <translation>Schreibenden</translation>
        </message>
        <message>
            <source>Read ends</source>
            <translation>Leseenden</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Datenverkehr</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Waiting in sem_wait()</source>
            <translation>Wartend in sem_wait()</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Operationen</translation>
        </message>
        <message>
            <source>%1 in %2 / %3 in %4</source>
            <comment>bytes in writes / bytes in reads</comment>
            <translation>%1 in %2 / %3 in %4</translation>
        </message>
        <message numerus="yes">
            <source>%n write(s)</source>
            <translation>
                <numerusform>%n Schreibvorgang</numerusform>
                <numerusform>%n Schreibvorgängen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read(s)</source>
            <translation>
                <numerusform>%n Lesevorgang</numerusform>
                <numerusform>%n Lesevorgängen</numerusform>
            </translation>
        </message>
        <message>
            <source>Details of the selected process or object at the time cursor</source>
            <translation>Details des ausgewählten Prozesses oder Objekts zum Zeitpunkt des Zeitcursors</translation>
        </message>
        <message>
            <source>%1: %2, %3, %4</source>
            <comment>mapping: object, size, protection</comment>
            <translation>%1: %2, %3, %4</translation>
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
                <numerusform>%n abgeschlossenes sem_wait</numerusform>
                <numerusform>%n abgeschlossene sem_wait</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguageManager</name>
        <message>
            <source>There is no translation for the language "%1"; the interface is in English. Available: %2.</source>
            <translation>Für die Sprache "%1" gibt es keine Übersetzung; die Oberfläche ist auf Englisch. Verfügbar: %2.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>&amp;Measure</source>
            <translation>&amp;Messen</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Diagramme</translation>
        </message>
        <message>
            <source>IPC &amp;Benchmark…</source>
            <translation>IPC-&amp;Benchmark…</translation>
        </message>
        <message>
            <source>Measure latency and throughput of pipes, FIFOs, sockets and shared memory on this machine</source>
            <translation>Latenz und Durchsatz von Pipes, FIFOs, Sockets und Shared Memory auf diesem Rechner messen</translation>
        </message>
        <message>
            <source>Run N &amp;Times…</source>
            <translation>&amp;N-mal ausführen…</translation>
        </message>
        <message>
            <source>Run the current scenario many times, predict and count the outcomes</source>
            <translation>Das aktuelle Szenario viele Male ausführen, die Ergebnisse vorhersagen und zählen</translation>
        </message>
        <message>
            <source>ipcviz: multi-process programming made visible</source>
            <translation>ipcviz: Multiprozess-Programmierung sichtbar gemacht</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Event Log</source>
            <translation>Ereignisprotokoll</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspektor</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>Konsole</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Lauf</translation>
        </message>
        <message>
            <source>S&amp;peed</source>
            <translation>&amp;Geschwindigkeit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Lauf</translation>
        </message>
        <message>
            <source>How fast the processes run: each waits this long before each step (Ctrl+1 … Ctrl+4)</source>
            <translation>Wie schnell die Prozesse laufen: Jeder wartet so lange vor jedem Schritt (Ctrl+1 … Ctrl+4)</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Geschwindigkeit</translation>
        </message>
        <message>
            <source>Files and View</source>
            <translation>Dateien und Ansicht</translation>
        </message>
        <message>
            <source>Run status</source>
            <translation>Laufstatus</translation>
        </message>
        <message>
            <source>The scenario library could not be loaded: %1</source>
            <translation>Die Szenariobibliothek konnte nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>Try Again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>There is no built-in scenario "%1" and no file by that name. Pick one in the Scenarios panel, or open a scenario file with Ctrl+O.</source>
            <translation>Es gibt kein eingebautes Szenario "%1" und keine Datei mit diesem Namen. Wählen Sie eines im Bereich Szenarien aus oder öffnen Sie eine Szenariodatei mit Ctrl+O.</translation>
        </message>
        <message>
            <source>Scenario file: %1</source>
            <translation>Szenariodatei: %1</translation>
        </message>
        <message>
            <source>Stepping works during a run in step mode (Ctrl+Shift+T, then Run).</source>
            <translation>Schrittweises Ausführen funktioniert während eines Laufs im Schrittmodus (Ctrl+Shift+T, dann Starten).</translation>
        </message>
        <message>
            <source>%1 is not waiting at its gate, so it cannot be stepped now.</source>
            <translation>%1 wartet nicht an seiner Schranke und kann daher jetzt keinen Schritt machen.</translation>
        </message>
        <message>
            <source>There is no process %1 in this run.</source>
            <translation>In diesem Lauf gibt es keinen Prozess %1.</translation>
        </message>
        <message>
            <source>Select a process first (click it on the canvas), then press S.</source>
            <translation>Wählen Sie zuerst einen Prozess aus (auf der Zeichenfläche anklicken) und drücken Sie dann S.</translation>
        </message>
        <message>
            <source>Open Scenario File</source>
            <translation>Szenariodatei öffnen</translation>
        </message>
        <message>
            <source>ipcviz scenarios (*.ipcv);;All files (*)</source>
            <translation>ipcviz-Szenarien (*.ipcv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open Trace</source>
            <translation>Trace öffnen</translation>
        </message>
        <message>
            <source>ipcviz traces (*.ndjson *.jsonl *.trace);;All files (*)</source>
            <translation>ipcviz-Traces (*.ndjson *.jsonl *.trace);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Save Trace</source>
            <translation>Trace speichern</translation>
        </message>
        <message>
            <source>ipcviz traces (*.ndjson);;All files (*)</source>
            <translation>ipcviz-Traces (*.ndjson);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Save Schedule</source>
            <translation>Ablaufplan speichern</translation>
        </message>
        <message>
            <source>Load Schedule</source>
            <translation>Ablaufplan laden</translation>
        </message>
        <message>
            <source>Show or hide the charts of the run</source>
            <translation>Die Diagramme des Laufs ein- oder ausblenden</translation>
        </message>
        <message>
            <source>What the run is doing, and how many events it has made</source>
            <translation>Was der Lauf gerade tut und wie viele Ereignisse er erzeugt hat</translation>
        </message>
    </context>
    <context>
        <name>ManPageDialog</name>
        <message>
            <source>%1: Manual Page</source>
            <translation>%1: Manpage</translation>
        </message>
        <message>
            <source>Reading the manual page %1…</source>
            <translation>Manpage %1 wird gelesen…</translation>
        </message>
        <message>
            <source>Manual page %1</source>
            <translation>Manpage %1</translation>
        </message>
        <message>
            <source>Find in the page (Ctrl+F)</source>
            <translation>In der Seite suchen (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in the manual page</source>
            <translation>In der Manpage suchen</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Vorheriger</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Nächster</translation>
        </message>
        <message>
            <source>Open the Online Copy</source>
            <translation>Online-Version öffnen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>&lt;p&gt;The online copy is at &lt;a href="%1"&gt;%1&lt;/a&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die Online-Version finden Sie unter &lt;a href="%1"&gt;%1&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The manual page &lt;b&gt;%1&lt;/b&gt; is not installed on this computer.&lt;/p&gt;&lt;p&gt;On Debian or Ubuntu it comes with the package &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;&lt;pre&gt;sudo apt install %2&lt;/pre&gt;</source>
            <translation>&lt;p&gt;Die Manpage &lt;b&gt;%1&lt;/b&gt; ist auf diesem Computer nicht installiert.&lt;/p&gt;&lt;p&gt;Unter Debian oder Ubuntu ist sie im Paket &lt;b&gt;%2&lt;/b&gt; enthalten:&lt;/p&gt;&lt;pre&gt;sudo apt install %2&lt;/pre&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The &lt;b&gt;man&lt;/b&gt; program is not installed, so %1 cannot be shown here.&lt;/p&gt;&lt;p&gt;On Debian or Ubuntu, install man-db (the man program) and %2 (the pages):&lt;/p&gt;&lt;pre&gt;sudo apt install man-db %2&lt;/pre&gt;</source>
            <translation>&lt;p&gt;Das Programm &lt;b&gt;man&lt;/b&gt; ist nicht installiert, daher kann %1 hier nicht angezeigt werden.&lt;/p&gt;&lt;p&gt;Installieren Sie unter Debian oder Ubuntu man-db (das Programm man) und %2 (die Seiten):&lt;/p&gt;&lt;pre&gt;sudo apt install man-db %2&lt;/pre&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man took too long to show %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;man hat zu lange gebraucht, um %1 anzuzeigen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man could not show %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;man konnte %1 nicht anzeigen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man could not show %1: %2&lt;/p&gt;</source>
            <translation>&lt;p&gt;man konnte %1 nicht anzeigen: %2&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n Treffer</numerusform>
                <numerusform>%n Treffer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemoryItem</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, first %2 shown</source>
            <translation>%1, die ersten %2 angezeigt</translation>
        </message>
        <message>
            <source>mapped by: %1</source>
            <translation>eingeblendet von: %1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemandem</translation>
        </message>
    </context>
    <context>
        <name>MermaidExporter</name>
        <message>
            <source>run ended: %1</source>
            <translation>Lauf beendet: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n more message(s) left out; the trace has them all</source>
            <translation>
                <numerusform>%n weitere Nachricht ausgelassen; der Trace enthält alle</numerusform>
                <numerusform>%n weitere Nachrichten ausgelassen; der Trace enthält alle</numerusform>
            </translation>
        </message>
        <message>
            <source>killed by %1</source>
            <translation>beendet durch %1</translation>
        </message>
        <message>
            <source>exec failed: %1</source>
            <translation>exec fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>wait() failed: %1</source>
            <translation>wait() fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>zombie: ended, not yet waited for</source>
            <translation>Zombie: beendet, aber noch nicht per wait eingesammelt</translation>
        </message>
        <message>
            <source>reaped by the engine</source>
            <translation>von der Engine eingesammelt</translation>
        </message>
        <message>
            <source> (value %1)</source>
            <translation> (Wert %1)</translation>
        </message>
        <message>
            <source>write failed: %1</source>
            <translation>write fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source> at offset %1</source>
            <translation> bei Offset %1</translation>
        </message>
        <message>
            <source>read failed: %1</source>
            <translation>read fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>read = 0 (end of file)</source>
            <translation>read = 0 (Dateiende)</translation>
        </message>
        <message>
            <source>sem_post, value %1</source>
            <translation>sem_post, Wert %1</translation>
        </message>
        <message>
            <source>sem_wait returned, value %1</source>
            <translation>sem_wait zurückgekehrt, Wert %1</translation>
        </message>
        <message>
            <source> (from the user)</source>
            <translation> (vom Benutzer)</translation>
        </message>
        <message>
            <source>kill %1 failed: %2</source>
            <translation>kill %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>%1 handler ran (%2 so far)</source>
            <translation>%1-Handler ausgeführt (bisher %2-mal)</translation>
        </message>
        <message>
            <source>deadlock: every live process is blocked</source>
            <translation>Deadlock: Jeder lebende Prozess ist blockiert</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Do what the message suggests</source>
            <translation>Die vorgeschlagene Aktion ausführen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Diese Meldung schließen</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>Meldung schließen</translation>
        </message>
    </context>
    <context>
        <name>OutcomeRunner</name>
        <message>
            <source>(run %1)</source>
            <translation>(Lauf %1)</translation>
        </message>
        <message>
            <source>ended without a status</source>
            <translation>ohne Status beendet</translation>
        </message>
        <message>
            <source>(no number printed)</source>
            <translation>(keine Zahl ausgegeben)</translation>
        </message>
        <message>
            <source>(nothing printed)</source>
            <translation>(nichts ausgegeben)</translation>
        </message>
        <message>
            <source>Cannot start the engine %1: %2</source>
            <translation>Die Engine %1 kann nicht gestartet werden: %2</translation>
        </message>
        <message>
            <source>(no process got a semaphore)</source>
            <translation>(kein Prozess hat einen Semaphor erhalten)</translation>
        </message>
        <message numerus="yes">
            <source>%n process(es): %1</source>
            <translation>
                <numerusform>%n Prozess: %1</numerusform>
                <numerusform>%n Prozesse: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutcomeView</name>
        <message>
            <source>Predict, then run</source>
            <translation>Erst vorhersagen, dann ausführen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Run N times</source>
            <translation>N-mal ausführen</translation>
        </message>
        <message>
            <source>What the run printed</source>
            <translation>Was der Lauf ausgegeben hat</translation>
        </message>
        <message>
            <source>The first number printed</source>
            <translation>Die erste ausgegebene Zahl</translation>
        </message>
        <message>
            <source>e.g. 2000, or &lt; 2000</source>
            <translation>z. B. 2000 oder &lt; 2000</translation>
        </message>
        <message>
            <source>Before running, write what you expect: an outcome, or for numbers a comparison such as "&lt; 2000". Leave empty to just count.</source>
            <translation>Schreiben Sie vor dem Ausführen auf, was Sie erwarten: ein Ergebnis oder bei Zahlen einen Vergleich wie „&lt; 2000“. Leer lassen, um nur zu zählen.</translation>
        </message>
        <message numerus="yes">
            <source>Cancelled after %n run(s).</source>
            <translation>
                <numerusform>Nach %n Lauf abgebrochen.</numerusform>
                <numerusform>Nach %n Läufen abgebrochen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a scenario first.</source>
            <translation>Wählen Sie zuerst ein Szenario aus.</translation>
        </message>
        <message>
            <source>Running %1…</source>
            <translation>%1 wird ausgeführt…</translation>
        </message>
        <message>
            <source>Your prediction: %1</source>
            <translation>Ihre Vorhersage: %1</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>%1 of %2: %3.</source>
            <translation>%1 von %2: %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n Lauf</numerusform>
                <numerusform>%n Läufe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n distinct outcome(s)</source>
            <translation>
                <numerusform>%n verschiedenes Ergebnis</numerusform>
                <numerusform>%n verschiedene Ergebnisse</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Runs:</source>
            <translation>&amp;Läufe:</translation>
        </message>
        <message>
            <source>How many times to run the scenario</source>
            <translation>Wie oft das Szenario ausgeführt werden soll</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Ergebnis:</translation>
        </message>
        <message>
            <source>What counts as the outcome of one run</source>
            <translation>Was als Ergebnis eines Laufs zählt</translation>
        </message>
        <message>
            <source>Your &amp;prediction:</source>
            <translation>Ihre &amp;Vorhersage:</translation>
        </message>
        <message>
            <source>Run the selected scenario this many times and count how often each outcome happens</source>
            <translation>Das ausgewählte Szenario so oft ausführen und zählen, wie oft jedes Ergebnis eintritt</translation>
        </message>
        <message>
            <source>Stop after the run that is going on</source>
            <translation>Nach dem aktuellen Lauf stoppen</translation>
        </message>
        <message>
            <source>Runs done</source>
            <translation>Abgeschlossene Läufe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>How the prediction did</source>
            <translation>Wie die Vorhersage abgeschnitten hat</translation>
        </message>
        <message>
            <source>Outcomes chart</source>
            <translation>Ergebnisdiagramm</translation>
        </message>
        <message>
            <source>How many runs ended with each outcome</source>
            <translation>Wie viele Läufe mit welchem Ergebnis endeten</translation>
        </message>
        <message numerus="yes">
            <source>Your prediction "%1" held in %2 of %n run(s) (%3 %).</source>
            <translation>
                <numerusform>Ihre Vorhersage „%1“ traf in %2 von %n Lauf zu (%3 %).</numerusform>
                <numerusform>Ihre Vorhersage „%1“ traf in %2 von %n Läufen zu (%3 %).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Outcomes of %1 (%2 of %n run(s))</source>
            <translation>
                <numerusform>Ergebnisse von %1 (%2 von %n Lauf)</numerusform>
                <numerusform>Ergebnisse von %1 (%2 von %n Läufen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Which process got a semaphore first</source>
            <translation>Welcher Prozess zuerst einen Semaphor erhielt</translation>
        </message>
        <message>
            <source>The process tree</source>
            <translation>Der Prozessbaum</translation>
        </message>
    </context>
    <context>
        <name>ParameterEditor</name>
        <message>
            <source>This scenario has no parameters.</source>
            <translation>Dieses Szenario hat keine Parameter.</translation>
        </message>
        <message>
            <source>&amp;Defaults</source>
            <translation>&amp;Standardwerte</translation>
        </message>
        <message>
            <source>Put every parameter back to the scenario's default</source>
            <translation>Alle Parameter auf die Standardwerte des Szenarios zurücksetzen</translation>
        </message>
        <message>
            <source>Scenario parameters</source>
            <translation>Szenarioparameter</translation>
        </message>
        <message>
            <source>Reset the parameters to their defaults</source>
            <translation>Die Parameter auf ihre Standardwerte zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>PipeItem</name>
        <message numerus="yes">
            <source>%n byte(s) in flight</source>
            <translation>
                <numerusform>%n Byte unterwegs</numerusform>
                <numerusform>%n Bytes unterwegs</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>write: %1</source>
            <translation>Schreiben: %1</translation>
        </message>
        <message>
            <source>read: %1</source>
            <translation>Lesen: %1</translation>
        </message>
    </context>
    <context>
        <name>PresenterMode</name>
        <message>
            <source>Blank screen</source>
            <translation>Schwarzer Bildschirm</translation>
        </message>
        <message>
            <source>&amp;Presenter Mode</source>
            <translation>&amp;Präsentationsmodus</translation>
        </message>
        <message>
            <source>Full screen, large text, high contrast and only the panels the audience needs; Page Down steps, B blanks the screen</source>
            <translation>Vollbild, große Schrift, hoher Kontrast und nur die Bereiche, die das Publikum braucht; Page Down geht einen Schritt weiter, B schaltet den Bildschirm schwarz</translation>
        </message>
        <message>
            <source>Present to a lecture hall (F5; Esc leaves)</source>
            <translation>Im Hörsaal präsentieren (F5; Esc beendet)</translation>
        </message>
        <message>
            <source>Leave Presenter Mode</source>
            <translation>Präsentationsmodus verlassen</translation>
        </message>
        <message>
            <source>Presenter mode: back to the usual window</source>
            <translation>Präsentationsmodus: zurück zum normalen Fenster</translation>
        </message>
        <message>
            <source>Next Step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Presenter mode: release the next step in step mode, else show the next event</source>
            <translation>Präsentationsmodus: im Schrittmodus den nächsten Schritt freigeben, sonst das nächste Ereignis anzeigen</translation>
        </message>
        <message>
            <source>Previous Event</source>
            <translation>Vorheriges Ereignis</translation>
        </message>
        <message>
            <source>Presenter mode: show the state one event earlier</source>
            <translation>Präsentationsmodus: den Zustand ein Ereignis früher anzeigen</translation>
        </message>
        <message>
            <source>First Event</source>
            <translation>Erstes Ereignis</translation>
        </message>
        <message>
            <source>Presenter mode: go back to the start of the run</source>
            <translation>Präsentationsmodus: zum Anfang des Laufs zurückgehen</translation>
        </message>
        <message>
            <source>Blank the Screen</source>
            <translation>Bildschirm schwarz schalten</translation>
        </message>
        <message>
            <source>Presenter mode: black screen; any key or click brings the picture back</source>
            <translation>Präsentationsmodus: schwarzer Bildschirm; eine beliebige Taste oder ein Klick holt das Bild zurück</translation>
        </message>
        <message>
            <source>Zoom In</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Presenter mode: zoom in on the canvas</source>
            <translation>Präsentationsmodus: die Zeichenfläche vergrößern</translation>
        </message>
        <message>
            <source>Zoom Out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>Presenter mode: zoom out of the canvas</source>
            <translation>Präsentationsmodus: die Zeichenfläche verkleinern</translation>
        </message>
        <message>
            <source>Fit All</source>
            <translation>Alles einpassen</translation>
        </message>
        <message>
            <source>Presenter mode: show the whole drawing</source>
            <translation>Präsentationsmodus: die ganze Zeichnung zeigen</translation>
        </message>
    </context>
    <context>
        <name>ProcessDescriber</name>
        <message>
            <source>killed by %1</source>
            <translation>beendet durch %1</translation>
        </message>
        <message>
            <source>code %1</source>
            <translation>Code %1</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>ready at gate</source>
            <translation>bereit an der Schranke</translation>
        </message>
        <message>
            <source>ready: %1</source>
            <translation>bereit: %1</translation>
        </message>
        <message>
            <source>sleeping</source>
            <translation>schläft</translation>
        </message>
        <message>
            <source>waiting in pause()</source>
            <translation>wartet in pause()</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>blockiert</translation>
        </message>
        <message>
            <source>blocked in %1()</source>
            <translation>blockiert in %1()</translation>
        </message>
        <message>
            <source>zombie</source>
            <translation>Zombie</translation>
        </message>
        <message>
            <source>zombie (%1)</source>
            <translation>Zombie (%1)</translation>
        </message>
        <message>
            <source>exited</source>
            <translation>beendet</translation>
        </message>
        <message>
            <source>exited (%1)</source>
            <translation>beendet (%1)</translation>
        </message>
        <message>
            <source>reaped</source>
            <translation>eingesammelt</translation>
        </message>
        <message>
            <source>reaped (%1)</source>
            <translation>eingesammelt (%1)</translation>
        </message>
    </context>
    <context>
        <name>ProcessItem</name>
        <message>
            <source>%1 (PID %2): %3</source>
            <translation>%1 (PID %2): %3</translation>
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
            <translation>Deadlock: Jeder lebende Prozess war in einem Aufruf blockiert, den nichts mehr abschließen konnte. %1 An den roten „blockiert in“-Markierungen sehen Sie, wer auf was gewartet hat.</translation>
        </message>
        <message>
            <source>The run took longer than its time limit and was stopped. %1</source>
            <translation>Der Lauf hat sein Zeitlimit überschritten und wurde gestoppt. %1</translation>
        </message>
        <message>
            <source>The engine could not run the scenario to its end: %1</source>
            <translation>Die Engine konnte das Szenario nicht bis zum Ende ausführen: %1</translation>
        </message>
        <message>
            <source>Something survived the run despite cleanup (see the end record in the event log). Please report this as a bug.</source>
            <translation>Trotz Aufräumen hat etwas den Lauf überlebt (siehe den end-Datensatz im Ereignisprotokoll). Bitte melden Sie dies als Fehler.</translation>
        </message>
        <message>
            <source>The engine wrote a line that is not a valid event (%1). It was skipped and the run goes on.</source>
            <translation>Die Engine hat eine Zeile geschrieben, die kein gültiges Ereignis ist (%1). Sie wurde übersprungen, und der Lauf geht weiter.</translation>
        </message>
        <message>
            <source>Could not open the trace %1: %2</source>
            <translation>Der Trace %1 konnte nicht geöffnet werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>The trace %1 is damaged: %n line(s) were skipped (first: %2). The rest is shown.</source>
            <translation>
                <numerusform>Der Trace %1 ist beschädigt: %n Zeile wurde übersprungen (erste: %2). Der Rest wird angezeigt.</numerusform>
                <numerusform>Der Trace %1 ist beschädigt: %n Zeilen wurden übersprungen (erste: %2). Der Rest wird angezeigt.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to save yet: run a scenario first.</source>
            <translation>Es gibt noch nichts zu speichern: Führen Sie zuerst ein Szenario aus.</translation>
        </message>
        <message>
            <source>Could not save the trace: %1</source>
            <translation>Der Trace konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Trace saved to %1</source>
            <translation>Trace gespeichert unter %1</translation>
        </message>
        <message>
            <source>Could not read the schedule %1: there is no readable file there.</source>
            <translation>Der Ablaufplan %1 konnte nicht gelesen werden: Dort gibt es keine lesbare Datei.</translation>
        </message>
        <message>
            <source>Pick a scenario first: a schedule replays a run of it.</source>
            <translation>Wählen Sie zuerst ein Szenario: Ein Ablaufplan spielt einen Lauf davon erneut ab.</translation>
        </message>
        <message>
            <source>There is no interleaving to replay yet: run a scenario first.</source>
            <translation>Es gibt noch keine Verzahnung zum Wiederholen: Führen Sie zuerst ein Szenario aus.</translation>
        </message>
        <message>
            <source>Could not create a temporary folder for the schedule: %1</source>
            <translation>Für den Ablaufplan konnte kein temporärer Ordner angelegt werden: %1</translation>
        </message>
        <message>
            <source>Could not save this run's schedule: %1</source>
            <translation>Der Ablaufplan dieses Laufs konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The run could not start: see the message above the canvas.</source>
            <translation>Der Lauf konnte nicht starten: Siehe die Meldung über der Zeichenfläche.</translation>
        </message>
        <message>
            <source>Ready. Pick a scenario and press Run (Ctrl+R).</source>
            <translation>Bereit. Wählen Sie ein Szenario und klicken Sie auf Starten (Ctrl+R).</translation>
        </message>
        <message numerus="yes">
            <source>Running %1 step by step: %n event(s)</source>
            <translation>
                <numerusform>%1 läuft schrittweise: %n Ereignis</numerusform>
                <numerusform>%1 läuft schrittweise: %n Ereignisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Running %1: %n event(s)</source>
            <translation>
                <numerusform>%1 läuft: %n Ereignis</numerusform>
                <numerusform>%1 läuft: %n Ereignisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped by you: %n event(s)</source>
            <translation>
                <numerusform>Von Ihnen gestoppt: %n Ereignis</numerusform>
                <numerusform>Von Ihnen gestoppt: %n Ereignisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ended: %1, %n event(s)</source>
            <translation>
                <numerusform>Beendet: %1, %n Ereignis</numerusform>
                <numerusform>Beendet: %1, %n Ereignisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Trace without an end record: %n event(s)</source>
            <translation>
                <numerusform>Trace ohne end-Datensatz: %n Ereignis</numerusform>
                <numerusform>Trace ohne end-Datensatz: %n Ereignisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The run did not finish: %n event(s)</source>
            <translation>
                <numerusform>Der Lauf wurde nicht abgeschlossen: %n Ereignis</numerusform>
                <numerusform>Der Lauf wurde nicht abgeschlossen: %n Ereignisse</numerusform>
            </translation>
        </message>
        <message>
            <source>Replay of %1. %2</source>
            <translation>Wiedergabe von %1. %2</translation>
        </message>
        <message numerus="yes">
            <source>(%n damaged line(s) skipped)</source>
            <translation>
                <numerusform>(%n beschädigte Zeile übersprungen)</numerusform>
                <numerusform>(%n beschädigte Zeilen übersprungen)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <source>exec(): spawn another program</source>
            <translation>exec(): ein anderes Programm starten</translation>
        </message>
        <message>
            <source>The main process forks a child that calls execvp() to become ls, listing the root directory. exec() does not return when it succeeds: the next line of the child only runs if it failed. The parent does not wait and ends at once; the orphaned child is adopted and reaped by the engine.</source>
            <translation>Der Hauptprozess erzeugt per fork ein Kind, das execvp() aufruft, um zu ls zu werden, und das Wurzelverzeichnis auflistet. exec() kehrt bei Erfolg nicht zurück: Die nächste Zeile des Kindes läuft nur, wenn exec fehlgeschlagen ist. Der Elternprozess wartet nicht und endet sofort; das verwaiste Kind wird von der Engine adoptiert und eingesammelt.</translation>
        </message>
        <message>
            <source>After exec the child keeps its PID but runs another program.</source>
            <translation>Nach exec behält das Kind seine PID, führt aber ein anderes Programm aus.</translation>
        </message>
        <message>
            <source>The parent may end before ls has printed anything.</source>
            <translation>Der Elternprozess kann enden, bevor ls irgendetwas ausgegeben hat.</translation>
        </message>
        <message>
            <source>Set program to a name that does not exist to see exec fail.</source>
            <translation>Setzen Sie program auf einen nicht existierenden Namen, um exec scheitern zu sehen.</translation>
        </message>
        <message>
            <source>The program the child runs</source>
            <translation>Das Programm, das das Kind ausführt</translation>
        </message>
        <message>
            <source>fork(): one process becomes two</source>
            <translation>fork(): aus einem Prozess werden zwei</translation>
        </message>
        <message>
            <source>The main process prints its own PID and its parent's, then calls fork(). From then on two processes run the same program: the parent learns the child's PID from fork's return value, the child asks getpid(). The parent waits for its child so that nothing is left behind.</source>
            <translation>Der Hauptprozess gibt seine eigene PID und die seines Elternprozesses aus und ruft dann fork() auf. Von da an führen zwei Prozesse dasselbe Programm aus: Der Elternprozess erfährt die PID des Kindes aus dem Rückgabewert von fork, das Kind fragt getpid(). Der Elternprozess wartet auf sein Kind, damit nichts zurückbleibt.</translation>
        </message>
        <message>
            <source>fork() returns the child's PID in the parent and 0 in the child.</source>
            <translation>fork() gibt im Elternprozess die PID des Kindes zurück und im Kind 0.</translation>
        </message>
        <message>
            <source>The child's parent PID is the main process.</source>
            <translation>Die Eltern-PID des Kindes ist die des Hauptprozesses.</translation>
        </message>
        <message>
            <source>The two lines after the fork may come in either order.</source>
            <translation>Die beiden Zeilen nach dem fork können in beliebiger Reihenfolge erscheinen.</translation>
        </message>
        <message>
            <source>Two processes, one terminal</source>
            <translation>Zwei Prozesse, ein Terminal</translation>
        </message>
        <message>
            <source>After fork() the child writes five dots and the parent twelve bars, one character at a time with a short pause after each. Nothing orders the two processes, so their characters mix in an order that changes from run to run. The parent waits for its child only at the very end.</source>
            <translation>Nach fork() schreibt das Kind fünf Punkte und der Elternprozess zwölf Striche, Zeichen für Zeichen mit einer kurzen Pause nach jedem. Nichts legt die Reihenfolge der beiden Prozesse fest, daher mischen sich ihre Zeichen in einer Reihenfolge, die sich von Lauf zu Lauf ändert. Der Elternprozess wartet erst ganz am Ende auf sein Kind.</translation>
        </message>
        <message>
            <source>The dots and the bars interleave differently in every run.</source>
            <translation>Punkte und Striche verzahnen sich in jedem Lauf anders.</translation>
        </message>
        <message>
            <source>Each character is its own write: the scheduler can switch between any two.</source>
            <translation>Jedes Zeichen ist ein eigenes write: Der Scheduler kann zwischen je zwei davon umschalten.</translation>
        </message>
        <message>
            <source>Pause after each character, in microseconds</source>
            <translation>Pause nach jedem Zeichen, in Mikrosekunden</translation>
        </message>
        <message>
            <source>A tree of processes</source>
            <translation>Ein Prozessbaum</translation>
        </message>
        <message>
            <source>The main process forks width children; each child reports, then forks width children of its own, down to depth levels below main. Every process waits for its own children before it exits. The tree has 1 + width + width^2 + ... + width^depth processes; depth 3 and width 8 make 585 (run it with --max-procs 1024).</source>
            <translation>Der Hauptprozess erzeugt per fork width Kinder; jedes Kind meldet sich und erzeugt dann width eigene Kinder, bis depth Ebenen unter main. Jeder Prozess wartet auf seine eigenen Kinder, bevor er sich beendet. Der Baum hat 1 + width + width^2 + ... + width^depth Prozesse; depth 3 und width 8 ergeben 585 (führen Sie ihn mit --max-procs 1024 aus).</translation>
        </message>
        <message>
            <source>Labels give each process's place in the tree: main.2.1 is the first child of main's second child.</source>
            <translation>Die Bezeichnungen geben die Position jedes Prozesses im Baum an: main.2.1 ist das erste Kind des zweiten Kindes von main.</translation>
        </message>
        <message>
            <source>A parent exits only after all of its children: the tree collapses from the leaves up.</source>
            <translation>Ein Elternprozess endet erst nach allen seinen Kindern: Der Baum baut sich von den Blättern her ab.</translation>
        </message>
        <message>
            <source>Levels of children below main</source>
            <translation>Ebenen von Kindern unter main</translation>
        </message>
        <message>
            <source>Children of each process</source>
            <translation>Kinder jedes Prozesses</translation>
        </message>
        <message>
            <source>wait(): the parent goes second</source>
            <translation>wait(): der Elternprozess ist als Zweiter dran</translation>
        </message>
        <message>
            <source>The same two writers as in the interleaving example, but the parent calls wait() before it writes anything. wait() blocks until the child has ended, so all five dots come before the twelve bars, in every run.</source>
            <translation>Dieselben beiden Schreiber wie im Verzahnungs-Beispiel, aber der Elternprozess ruft wait() auf, bevor er etwas schreibt. wait() blockiert, bis das Kind beendet ist, daher kommen in jedem Lauf alle fünf Punkte vor den zwölf Strichen.</translation>
        </message>
        <message>
            <source>The parent is blocked in wait() while the child writes.</source>
            <translation>Der Elternprozess ist in wait() blockiert, während das Kind schreibt.</translation>
        </message>
        <message>
            <source>wait() returns when the child has exited and reaps it.</source>
            <translation>wait() kehrt zurück, wenn sich das Kind beendet hat, und sammelt es ein.</translation>
        </message>
        <message>
            <source>Orphan: the parent exits first</source>
            <translation>Waise: Der Elternprozess endet zuerst</translation>
        </message>
        <message>
            <source>The parent forks a child and exits at once without waiting. The child, still running, becomes an orphan: the kernel gives it a new parent, the nearest subreaper, here the ipcviz engine (on a plain system, init or systemd). getppid() in the child changes, and the new parent reaps it when it ends.</source>
            <translation>Der Elternprozess erzeugt per fork ein Kind und beendet sich sofort, ohne zu warten. Das Kind läuft weiter und wird zur Waise: Der Kernel gibt ihm einen neuen Elternprozess, den nächstgelegenen Subreaper, hier die ipcviz-Engine (auf einem normalen System init oder systemd). getppid() im Kind ändert sich, und der neue Elternprozess sammelt es ein, wenn es endet.</translation>
        </message>
        <message>
            <source>The child's parent PID changes to the engine's PID (proc.state with old_ppid).</source>
            <translation>Die Eltern-PID des Kindes wechselt zur PID der Engine (proc.state mit old_ppid).</translation>
        </message>
        <message>
            <source>The orphan is reaped by the engine, not by its original parent.</source>
            <translation>Die Waise wird von der Engine eingesammelt, nicht von ihrem ursprünglichen Elternprozess.</translation>
        </message>
        <message>
            <source>How long the child lives after its parent is gone, in milliseconds</source>
            <translation>Wie lange das Kind weiterlebt, nachdem sein Elternprozess verschwunden ist, in Millisekunden</translation>
        </message>
        <message>
            <source>Zombie: exited but not yet reaped</source>
            <translation>Zombie: beendet, aber noch nicht eingesammelt</translation>
        </message>
        <message>
            <source>The child prints a line and exits at once. The parent sleeps without calling wait(), so the kernel keeps the dead child's PID and exit status: the child is a zombie. When the parent finally waits, it collects the status and the zombie disappears.</source>
            <translation>Das Kind gibt eine Zeile aus und beendet sich sofort. Der Elternprozess schläft, ohne wait() aufzurufen, daher behält der Kernel die PID und den Exit-Status des toten Kindes: Das Kind ist ein Zombie. Wenn der Elternprozess schließlich wartet, holt er den Status ab, und der Zombie verschwindet.</translation>
        </message>
        <message>
            <source>The child turns into a zombie (state Z) as soon as it exits.</source>
            <translation>Das Kind wird zum Zombie (Zustand Z), sobald es sich beendet.</translation>
        </message>
        <message>
            <source>wait() removes the zombie and returns its exit status.</source>
            <translation>wait() entfernt den Zombie und liefert seinen Exit-Status.</translation>
        </message>
        <message>
            <source>How long the parent leaves its child a zombie, in seconds</source>
            <translation>Wie lange der Elternprozess sein Kind als Zombie lässt, in Sekunden</translation>
        </message>
        <message>
            <source>Reaping children from a SIGCHLD handler</source>
            <translation>Kinder in einem SIGCHLD-Handler einsammeln</translation>
        </message>
        <message>
            <source>The parent installs a SIGCHLD handler that calls waitpid(-1, &amp;status, WNOHANG) in a loop until no ended child is left, then forks three children that live for different times and goes on with its own work. Each child is reaped by the handler the moment it ends, so none stays a zombie, and the parent never blocks in wait().</source>
            <translation>Der Elternprozess installiert einen SIGCHLD-Handler, der waitpid(-1, &amp;status, WNOHANG) in einer Schleife aufruft, bis kein beendetes Kind mehr übrig ist, erzeugt dann per fork drei Kinder, die unterschiedlich lange leben, und setzt seine eigene Arbeit fort. Jedes Kind wird vom Handler in dem Moment eingesammelt, in dem es endet; daher bleibt keines ein Zombie, und der Elternprozess blockiert nie in wait().</translation>
        </message>
        <message>
            <source>Each child's exit is reported by the parent's handler (reaper: main), not by a wait statement.</source>
            <translation>Das Ende jedes Kindes meldet der Handler des Elternprozesses (reaper: main), nicht eine wait-Anweisung.</translation>
        </message>
        <message>
            <source>The handler loops: two children ending together may give only one SIGCHLD.</source>
            <translation>Der Handler arbeitet in einer Schleife: Zwei Kinder, die gleichzeitig enden, lösen eventuell nur ein SIGCHLD aus.</translation>
        </message>
        <message>
            <source>No zombie (state Z) lingers: the handler runs as soon as the child ends.</source>
            <translation>Kein Zombie (Zustand Z) bleibt zurück: Der Handler läuft, sobald das Kind endet.</translation>
        </message>
        <message>
            <source>How long the parent keeps working (it must outlive its children)</source>
            <translation>Wie lange der Elternprozess weiterarbeitet (er muss seine Kinder überleben)</translation>
        </message>
        <message>
            <source>Signals: counting SIGUSR1</source>
            <translation>Signale: SIGUSR1 zählen</translation>
        </message>
        <message>
            <source>The main process installs a handler for SIGUSR1 that only counts, then forks a child that sends it SIGUSR1 a few times. The main process waits for the child, lingers so that you can send more signals yourself, and prints how many times the handler ran.</source>
            <translation>Der Hauptprozess installiert für SIGUSR1 einen Handler, der nur zählt, und erzeugt dann per fork ein Kind, das ihm einige Male SIGUSR1 sendet. Der Hauptprozess wartet auf das Kind, verweilt dann noch, damit Sie selbst weitere Signale senden können, und gibt aus, wie oft der Handler ausgeführt wurde.</translation>
        </message>
        <message>
            <source>Each kill() interrupts the main process to run its handler.</source>
            <translation>Jedes kill() unterbricht den Hauptprozess, damit er seinen Handler ausführt.</translation>
        </message>
        <message>
            <source>The handler runs even while main is blocked in wait().</source>
            <translation>Der Handler läuft sogar, während main in wait() blockiert ist.</translation>
        </message>
        <message>
            <source>Send SIGUSR1 yourself while main lingers (set linger_s).</source>
            <translation>Senden Sie selbst SIGUSR1, während main verweilt (linger_s setzen).</translation>
        </message>
        <message>
            <source>How many SIGUSR1 the child sends</source>
            <translation>Wie viele SIGUSR1 das Kind sendet</translation>
        </message>
        <message>
            <source>Seconds main waits before it prints the count</source>
            <translation>Sekunden, die main wartet, bevor es die Anzahl ausgibt</translation>
        </message>
        <message>
            <source>Unnamed pipe: parent to child</source>
            <translation>Unbenannte Pipe: vom Eltern- zum Kindprozess</translation>
        </message>
        <message>
            <source>The parent creates a pipe, forks, and writes a message into it a few times; the child reads until end of file.</source>
            <translation>Der Elternprozess erzeugt eine Pipe, ruft fork auf und schreibt einige Male eine Nachricht hinein; das Kind liest bis zum Dateiende.</translation>
        </message>
        <message>
            <source>Each side closes the end it does not use.</source>
            <translation>Jede Seite schließt das Ende, das sie nicht benutzt.</translation>
        </message>
        <message>
            <source>The child sees end of file only when every write end is closed.</source>
            <translation>Das Kind sieht das Dateiende erst, wenn jedes Schreibende geschlossen ist.</translation>
        </message>
        <message>
            <source>How many messages the parent sends</source>
            <translation>Wie viele Nachrichten der Elternprozess sendet</translation>
        </message>
        <message>
            <source>Pause between two messages, in milliseconds</source>
            <translation>Pause zwischen zwei Nachrichten, in Millisekunden</translation>
        </message>
        <message>
            <source>The text of each message</source>
            <translation>Der Text jeder Nachricht</translation>
        </message>
        <message>
            <source>Pipe round trips, as fast as possible</source>
            <translation>Pipe-Round-Trips, so schnell wie möglich</translation>
        </message>
        <message>
            <source>The parent sends a message of a few bytes through one pipe, the child sends it back through another, rounds times, with no pause: each round trip costs two writes, two reads and two context switches. Raise rounds to see how many round trips per second the kernel manages.</source>
            <translation>Der Elternprozess sendet eine Nachricht von wenigen Bytes durch eine Pipe, das Kind schickt sie durch eine andere zurück, rounds-mal und ohne Pause: Jeder Round Trip kostet zwei writes, zwei reads und zwei Kontextwechsel. Erhöhen Sie rounds, um zu sehen, wie viele Round Trips pro Sekunde der Kernel schafft.</translation>
        </message>
        <message>
            <source>Each process blocks in read() until the other has written: the two strictly alternate.</source>
            <translation>Jeder Prozess blockiert in read(), bis der andere geschrieben hat: Die beiden wechseln sich strikt ab.</translation>
        </message>
        <message>
            <source>The timeline shows the cost of one round trip: a few microseconds.</source>
            <translation>Die Zeitleiste zeigt die Kosten eines Round Trips: wenige Mikrosekunden.</translation>
        </message>
        <message>
            <source>How many round trips</source>
            <translation>Wie viele Round Trips</translation>
        </message>
        <message>
            <source>Size of the message in bytes (at most PIPE_BUF, so each write is atomic)</source>
            <translation>Größe der Nachricht in Bytes (höchstens PIPE_BUF, damit jedes write atomar ist)</translation>
        </message>
        <message>
            <source>FIFO: messages from the shell</source>
            <translation>FIFO: Nachrichten aus der Shell</translation>
        </message>
        <message>
            <source>The reader creates a named pipe and opens it for reading and writing, so that it never sees end of file, then reads until a '#' arrives. An unrelated writer runs four shell commands one after the other, each echoing a line into the FIFO by its path, exactly as you would type them in a terminal.</source>
            <translation>Der Leser erzeugt eine benannte Pipe und öffnet sie zum Lesen und Schreiben, damit er nie das Dateiende sieht, und liest dann, bis ein '#' ankommt. Ein unabhängiger Schreiber führt nacheinander vier Shell-Befehle aus, die jeweils per echo eine Zeile über ihren Pfad in das FIFO schreiben, genau so, wie Sie sie in einem Terminal eintippen würden.</translation>
        </message>
        <message>
            <source>Each echo is a separate process that opens, writes and closes the FIFO.</source>
            <translation>Jedes echo ist ein eigener Prozess, der das FIFO öffnet, hineinschreibt und schließt.</translation>
        </message>
        <message>
            <source>The reader keeps the FIFO open for writing too, so it does not see end of file between two echoes.</source>
            <translation>Der Leser hält das FIFO auch zum Schreiben offen und sieht daher zwischen zwei echos kein Dateiende.</translation>
        </message>
        <message>
            <source>The '#' line ends the conversation.</source>
            <translation>Die '#'-Zeile beendet die Unterhaltung.</translation>
        </message>
        <message>
            <source>FIFO: sending a record</source>
            <translation>FIFO: einen Datensatz senden</translation>
        </message>
        <message>
            <source>The writer creates a named pipe, opens it for reading and writing, and writes one record of 14 bytes: a name padded to 10 bytes and a 4-byte little-endian integer (John, 23). The reader, an unrelated process started a little later, opens the FIFO by its path and reads the 14 bytes. The writer then closes and removes the FIFO.</source>
            <translation>Der Schreiber erzeugt eine benannte Pipe, öffnet sie zum Lesen und Schreiben und schreibt einen Datensatz von 14 Bytes: einen auf 10 Bytes aufgefüllten Namen und eine 4-Byte-Ganzzahl in Little-Endian (John, 23). Der Leser, ein unabhängiger, etwas später gestarteter Prozess, öffnet das FIFO über seinen Pfad und liest die 14 Bytes. Danach schließt und entfernt der Schreiber das FIFO.</translation>
        </message>
        <message>
            <source>The FIFO is a file in the run directory: both processes find it by name.</source>
            <translation>Das FIFO ist eine Datei im Laufverzeichnis: Beide Prozesse finden es über seinen Namen.</translation>
        </message>
        <message>
            <source>The bytes wait in the kernel until the reader reads them.</source>
            <translation>Die Bytes warten im Kernel, bis der Leser sie liest.</translation>
        </message>
        <message>
            <source>The record is raw bytes: the name's padding and the integer are not text.</source>
            <translation>Der Datensatz besteht aus rohen Bytes: Die Auffüllung des Namens und die Ganzzahl sind kein Text.</translation>
        </message>
        <message>
            <source>Memory-mapped file: a counter</source>
            <translation>In den Speicher eingeblendete Datei: ein Zähler</translation>
        </message>
        <message>
            <source>The process creates counter.bin holding the integer 41 (four bytes), maps the file into memory and increments the integer through the pointer, without calling read() or write() on the file. The change goes to the file itself.</source>
            <translation>Der Prozess erzeugt counter.bin mit der Ganzzahl 41 (vier Bytes), blendet die Datei in den Speicher ein und erhöht die Ganzzahl über den Zeiger, ohne read() oder write() auf der Datei aufzurufen. Die Änderung landet in der Datei selbst.</translation>
        </message>
        <message>
            <source>After mmap, the file's bytes are ordinary memory.</source>
            <translation>Nach mmap sind die Bytes der Datei gewöhnlicher Speicher.</translation>
        </message>
        <message>
            <source>The increment is one memory access, not a system call.</source>
            <translation>Das Erhöhen ist ein einzelner Speicherzugriff, kein Systemaufruf.</translation>
        </message>
        <message>
            <source>Shared memory: server and client</source>
            <translation>Shared Memory: Server und Client</translation>
        </message>
        <message>
            <source>The server creates the shared memory object /AOS, sizes it to 4096 bytes, maps it and writes five words one after the other, then exits. The client, started a little later, opens the same object read-only, maps it, prints what it finds and removes the object.</source>
            <translation>Der Server erzeugt das Shared-Memory-Objekt /AOS, setzt seine Größe auf 4096 Bytes, blendet es ein, schreibt nacheinander fünf Wörter hinein und beendet sich. Der Client, etwas später gestartet, öffnet dasselbe Objekt nur lesend, blendet es ein, gibt aus, was er vorfindet, und entfernt das Objekt.</translation>
        </message>
        <message>
            <source>The object outlives the server: the client reads it after the server has exited.</source>
            <translation>Das Objekt überlebt den Server: Der Client liest es, nachdem sich der Server beendet hat.</translation>
        </message>
        <message>
            <source>No bytes travel through a system call: both map the same memory pages.</source>
            <translation>Keine Bytes laufen durch einen Systemaufruf: Beide blenden dieselben Speicherseiten ein.</translation>
        </message>
        <message>
            <source>shm_unlink removes the name; nothing is left in /dev/shm.</source>
            <translation>shm_unlink entfernt den Namen; in /dev/shm bleibt nichts zurück.</translation>
        </message>
        <message>
            <source>Shared memory guarded by a semaphore</source>
            <translation>Shared Memory, geschützt durch einen Semaphor</translation>
        </message>
        <message>
            <source>The writer creates the shared memory object /shm_AOS and the named semaphore /sem_AOS with value 1. Holding the semaphore, it writes a record: the name John and, at offset 12, the integer 23. The reader, started a little later, opens both, takes the semaphore, reads the record, releases it, and removes both names.</source>
            <translation>Der Schreiber erzeugt das Shared-Memory-Objekt /shm_AOS und den benannten Semaphor /sem_AOS mit Wert 1. Während er den Semaphor hält, schreibt er einen Datensatz: den Namen John und bei Offset 12 die Ganzzahl 23. Der Leser, etwas später gestartet, öffnet beide, nimmt den Semaphor, liest den Datensatz, gibt den Semaphor wieder frei und entfernt beide Namen.</translation>
        </message>
        <message>
            <source>sem_wait takes the value from 1 to 0; a second sem_wait would block until sem_post.</source>
            <translation>sem_wait senkt den Wert von 1 auf 0; ein zweites sem_wait würde bis zum sem_post blockieren.</translation>
        </message>
        <message>
            <source>Only one process unlinks the names: the reader, which ends last.</source>
            <translation>Nur ein Prozess entfernt die Namen per unlink: der Leser, der zuletzt endet.</translation>
        </message>
        <message>
            <source>Dining philosophers: the deadlock</source>
            <translation>Speisende Philosophen: der Deadlock</translation>
        </message>
        <message>
            <source>Five philosophers sit at a round table with one fork (a named semaphore of value 1) between each two. To eat, a philosopher takes the fork on the left, then the one on the right. Here each one takes the left fork and holds it a moment: then every fork is taken, everybody waits for the right fork that a neighbour holds, and nobody can ever go on. The engine sees five processes blocked in sem_wait and ends the run as a deadlock.</source>
            <translation>Fünf Philosophen sitzen an einem runden Tisch, zwischen je zweien liegt eine Gabel (ein benannter Semaphor mit Wert 1). Um zu essen, nimmt ein Philosoph erst die linke Gabel, dann die rechte. Hier nimmt jeder die linke Gabel und hält sie einen Moment: Dann sind alle Gabeln vergeben, alle warten auf die rechte Gabel, die ein Nachbar hält, und niemand kann jemals weitermachen. Die Engine sieht fünf in sem_wait blockierte Prozesse und beendet den Lauf als Deadlock.</translation>
        </message>
        <message>
            <source>Every philosopher holds one fork (its semaphore is 0) and waits in sem_wait for the next: a circular wait.</source>
            <translation>Jeder Philosoph hält eine Gabel (ihr Semaphor ist 0) und wartet in sem_wait auf die nächste: ein zyklisches Warten.</translation>
        </message>
        <message>
            <source>The engine reports the deadlock with who waits on what; it then removes the semaphores nobody unlinked.</source>
            <translation>Die Engine meldet den Deadlock mit der Angabe, wer auf was wartet; danach entfernt sie die Semaphore, die niemand per unlink entfernt hat.</translation>
        </message>
        <message>
            <source>dining-philosophers-ordered breaks the circle: one philosopher takes the forks in the other order.</source>
            <translation>dining-philosophers-ordered durchbricht den Kreis: Ein Philosoph nimmt die Gabeln in umgekehrter Reihenfolge.</translation>
        </message>
        <message>
            <source>How long each philosopher holds the first fork before reaching for the second</source>
            <translation>Wie lange jeder Philosoph die erste Gabel hält, bevor er nach der zweiten greift</translation>
        </message>
        <message>
            <source>How long a meal takes</source>
            <translation>Wie lange eine Mahlzeit dauert</translation>
        </message>
        <message>
            <source>Dining philosophers: ordered forks, no deadlock</source>
            <translation>Speisende Philosophen: geordnete Gabeln, kein Deadlock</translation>
        </message>
        <message>
            <source>The same five philosophers and five semaphore forks, with one change: every philosopher takes the lower-numbered of its two forks first. Philosopher 4, whose left fork is 4 and right fork is 0, takes fork 0 first. The forks are acquired in one global order, so no circle of waits can form: philosophers sometimes wait, but all of them eat.</source>
            <translation>Dieselben fünf Philosophen und fünf Semaphor-Gabeln, mit einer Änderung: Jeder Philosoph nimmt zuerst die seiner beiden Gabeln mit der kleineren Nummer. Philosoph 4, dessen linke Gabel 4 und rechte Gabel 0 ist, nimmt zuerst Gabel 0. Die Gabeln werden in einer globalen Reihenfolge belegt, daher kann sich kein Kreis von Wartenden bilden: Philosophen warten manchmal, aber alle essen.</translation>
        </message>
        <message>
            <source>phil4 reaches for fork 0 first and competes with phil0; one of them waits, the circle is broken.</source>
            <translation>phil4 greift zuerst nach Gabel 0 und konkurriert mit phil0; einer von beiden wartet, der Kreis ist durchbrochen.</translation>
        </message>
        <message>
            <source>Resources taken in one global order can never deadlock.</source>
            <translation>Ressourcen, die in einer globalen Reihenfolge belegt werden, können nie zu einem Deadlock führen.</translation>
        </message>
        <message>
            <source>How many times each philosopher eats</source>
            <translation>Wie oft jeder Philosoph isst</translation>
        </message>
        <message>
            <source>Ping-pong over two pipes</source>
            <translation>Ping-Pong über zwei Pipes</translation>
        </message>
        <message>
            <source>A pipe carries data one way only, so a conversation needs two: the parent writes ping into the first, the child answers pong through the second. Each read blocks until the other side has written, so the two processes take strict turns.</source>
            <translation>Eine Pipe transportiert Daten nur in eine Richtung, für ein Gespräch braucht man also zwei: Der Elternprozess schreibt ping in die erste, das Kind antwortet pong über die zweite. Jedes read blockiert, bis die andere Seite geschrieben hat, daher sind die beiden Prozesse strikt abwechselnd an der Reihe.</translation>
        </message>
        <message>
            <source>Each process closes the two ends it does not use.</source>
            <translation>Jeder Prozess schließt die beiden Enden, die er nicht benutzt.</translation>
        </message>
        <message>
            <source>read() blocks until the other side writes: the turns come from the pipes, not from any sleep.</source>
            <translation>read() blockiert, bis die andere Seite schreibt: Das Abwechseln kommt von den Pipes, nicht von einem sleep.</translation>
        </message>
        <message>
            <source>How many ping-pong exchanges</source>
            <translation>Wie viele Ping-Pong-Wechsel</translation>
        </message>
        <message>
            <source>Pipeline: ls / | sort | wc -l</source>
            <translation>Pipeline: ls / | sort | wc -l</translation>
        </message>
        <message>
            <source>The parent builds the shell pipeline ls / | sort | wc -l: two pipes, three children. Each child moves its pipe ends onto standard input or output with dup2, closes every pipe descriptor it no longer needs, and calls execvp. The parent closes all four ends and waits for the three children.</source>
            <translation>Der Elternprozess baut die Shell-Pipeline ls / | sort | wc -l auf: zwei Pipes, drei Kinder. Jedes Kind legt seine Pipe-Enden mit dup2 auf die Standardeingabe oder -ausgabe, schließt jeden Pipe-Deskriptor, den es nicht mehr braucht, und ruft execvp auf. Der Elternprozess schließt alle vier Enden und wartet auf die drei Kinder.</translation>
        </message>
        <message>
            <source>dup2(fd, 1) makes the pipe the program's standard output; the program itself knows nothing about pipes.</source>
            <translation>dup2(fd, 1) macht die Pipe zur Standardausgabe des Programms; das Programm selbst weiß nichts von Pipes.</translation>
        </message>
        <message>
            <source>Every process closes the pipe ends it does not use: otherwise sort or wc would never see end of file.</source>
            <translation>Jeder Prozess schließt die Pipe-Enden, die er nicht benutzt: Sonst würden sort oder wc nie das Dateiende sehen.</translation>
        </message>
        <message>
            <source>Only wc writes to the terminal: the number of entries in /.</source>
            <translation>Nur wc schreibt ins Terminal: die Anzahl der Einträge in /.</translation>
        </message>
        <message>
            <source>Producers and consumers: a bounded buffer</source>
            <translation>Erzeuger und Verbraucher: ein beschränkter Puffer</translation>
        </message>
        <message>
            <source>Producers put items into a buffer of size slots in shared memory, consumers take them out. Three named semaphores coordinate them: empty counts free slots (starts at size), full counts items (starts at 0), and mutex (value 1) lets one process at a time change the buffer. A producer waits on empty then mutex; a consumer waits on full then mutex. The buffer holds its item count at offset 0 and the totals produced and consumed at offsets 4 and 8.</source>
            <translation>Erzeuger legen Elemente in einen Puffer mit size Plätzen im Shared Memory, Verbraucher nehmen sie heraus. Drei benannte Semaphore koordinieren sie: empty zählt freie Plätze (beginnt bei size), full zählt Elemente (beginnt bei 0), und mutex (Wert 1) lässt jeweils nur einen Prozess den Puffer ändern. Ein Erzeuger wartet erst an empty, dann an mutex; ein Verbraucher erst an full, dann an mutex. Der Puffer speichert bei Offset 0 die Anzahl seiner Elemente und bei den Offsets 4 und 8 die Summen der erzeugten und verbrauchten Elemente.</translation>
        </message>
        <message>
            <source>A producer blocks in sem_wait(empty) when the buffer is full; a consumer blocks in sem_wait(full) when it is empty.</source>
            <translation>Ein Erzeuger blockiert in sem_wait(empty), wenn der Puffer voll ist; ein Verbraucher blockiert in sem_wait(full), wenn er leer ist.</translation>
        </message>
        <message>
            <source>The item count never exceeds size and never goes below 0.</source>
            <translation>Die Anzahl der Elemente übersteigt nie size und fällt nie unter 0.</translation>
        </message>
        <message>
            <source>Swap the order of sem_wait(empty) and sem_wait(mutex) in your head: a full buffer would then deadlock.</source>
            <translation>Vertauschen Sie in Gedanken die Reihenfolge von sem_wait(empty) und sem_wait(mutex): Ein voller Puffer würde dann zu einem Deadlock führen.</translation>
        </message>
        <message>
            <source>Slots in the buffer</source>
            <translation>Plätze im Puffer</translation>
        </message>
        <message>
            <source>Items each producer makes for each consumer</source>
            <translation>Elemente, die jeder Erzeuger für jeden Verbraucher herstellt</translation>
        </message>
        <message>
            <source>Number of producers</source>
            <translation>Anzahl der Erzeuger</translation>
        </message>
        <message>
            <source>Number of consumers</source>
            <translation>Anzahl der Verbraucher</translation>
        </message>
        <message>
            <source>Race condition: a counter without a lock</source>
            <translation>Race Condition: ein Zähler ohne Sperre</translation>
        </message>
        <message>
            <source>Two processes each add 1 to the same integer in shared memory n times. Each addition is two steps, a load (x = *counter) and a store (*counter = x + 1), and nothing stops the other process from running in between. When both load the same value, one store overwrites the other and an update is lost.</source>
            <translation>Zwei Prozesse addieren jeweils n-mal 1 zur selben Ganzzahl im Shared Memory. Jede Addition besteht aus zwei Schritten, einem Laden (x = *counter) und einem Speichern (*counter = x + 1), und nichts hindert den anderen Prozess daran, dazwischen zu laufen. Wenn beide denselben Wert laden, überschreibt ein Speichern das andere, und eine Aktualisierung geht verloren.</translation>
        </message>
        <message>
            <source>In step mode, let both processes load before either stores: the counter goes up by 1, not 2.</source>
            <translation>Lassen Sie im Schrittmodus beide Prozesse laden, bevor einer speichert: Der Zähler steigt um 1, nicht um 2.</translation>
        </message>
        <message>
            <source>In a free run the final count changes from run to run and is often less than twice n.</source>
            <translation>In einem freien Lauf ändert sich der Endstand von Lauf zu Lauf und ist oft kleiner als zweimal n.</translation>
        </message>
        <message>
            <source>Compare with race-counter-sem, where a semaphore makes load and store one critical section.</source>
            <translation>Vergleichen Sie mit race-counter-sem, wo ein Semaphor Laden und Speichern zu einem kritischen Abschnitt macht.</translation>
        </message>
        <message>
            <source>How many times each process adds 1</source>
            <translation>Wie oft jeder Prozess 1 addiert</translation>
        </message>
        <message>
            <source>Race fixed: a semaphore around load and store</source>
            <translation>Race Condition behoben: ein Semaphor um Laden und Speichern</translation>
        </message>
        <message>
            <source>The same two processes as in race-counter add 1 to a shared integer n times each, but every load and store pair runs between sem_wait and sem_post on a named semaphore of value 1. Only one process at a time is inside the critical section, so no update is lost: the final count is always twice n.</source>
            <translation>Dieselben beiden Prozesse wie in race-counter addieren jeweils n-mal 1 zu einer gemeinsamen Ganzzahl, aber jedes Paar aus Laden und Speichern läuft zwischen sem_wait und sem_post auf einem benannten Semaphor mit Wert 1. Immer nur ein Prozess ist im kritischen Abschnitt, daher geht keine Aktualisierung verloren: Der Endstand ist immer zweimal n.</translation>
        </message>
        <message>
            <source>While one process holds the semaphore (value 0), the other blocks in sem_wait.</source>
            <translation>Solange ein Prozess den Semaphor hält (Wert 0), blockiert der andere in sem_wait.</translation>
        </message>
        <message>
            <source>The final count is exactly twice n in every run, in any schedule.</source>
            <translation>Der Endstand ist in jedem Lauf und bei jedem Ablauf genau zweimal n.</translation>
        </message>
        <message>
            <source>Readers and writers</source>
            <translation>Leser und Schreiber</translation>
        </message>
        <message>
            <source>Several readers and writers use one record in shared memory. A counting semaphore room holds one token per reader that may be inside (value readers): a reader takes one token, so readers read at the same time. A writer must have the room to itself: it takes every token, one sem_wait per reader, and a second semaphore, writer (value 1), makes writers collect their tokens one at a time so two half-done writers cannot block each other.</source>
            <translation>Mehrere Leser und Schreiber benutzen einen Datensatz im Shared Memory. Ein zählender Semaphor room hält ein Token für jeden Leser, der drinnen sein darf (Wert readers): Ein Leser nimmt ein Token, daher können Leser gleichzeitig lesen. Ein Schreiber muss den Raum für sich allein haben: Er nimmt alle Token, ein sem_wait pro Leser, und ein zweiter Semaphor, writer (Wert 1), sorgt dafür, dass Schreiber ihre Token nacheinander einsammeln, damit sich nicht zwei halb fertige Schreiber gegenseitig blockieren.</translation>
        </message>
        <message>
            <source>Readers overlap: room drops below readers while several read at once.</source>
            <translation>Leser überlappen sich: room fällt unter readers, während mehrere gleichzeitig lesen.</translation>
        </message>
        <message>
            <source>A writer waits in sem_wait(room) until every reader inside has left, then holds all tokens (room is 0).</source>
            <translation>Ein Schreiber wartet in sem_wait(room), bis jeder Leser den Raum verlassen hat, und hält dann alle Token (room ist 0).</translation>
        </message>
        <message>
            <source>Without the writer semaphore, two writers each holding some tokens would deadlock.</source>
            <translation>Ohne den Semaphor writer würden zwei Schreiber, die jeweils einige Token halten, in einen Deadlock geraten.</translation>
        </message>
        <message>
            <source>Number of readers (and tokens in the room)</source>
            <translation>Anzahl der Leser (und der Token im Raum)</translation>
        </message>
        <message>
            <source>Number of writers</source>
            <translation>Anzahl der Schreiber</translation>
        </message>
        <message>
            <source>How long one read takes</source>
            <translation>Wie lange ein Lesevorgang dauert</translation>
        </message>
        <message>
            <source>Pitfall: FIFOs opened in the wrong order</source>
            <translation>Falle: FIFOs in der falschen Reihenfolge geöffnet</translation>
        </message>
        <message>
            <source>Opening a FIFO blocks until the other end is opened too: a reader waits for a writer and the other way round. Process a opens fifo ab for reading and then fifo ba for writing; process b opens ba for reading and then ab for writing. Each waits in its first open() for the other to open the FIFO it is not yet at: a deadlock. The engine ends the run and reports the two opens.</source>
            <translation>Das Öffnen eines FIFOs blockiert, bis auch das andere Ende geöffnet wird: Ein Leser wartet auf einen Schreiber und umgekehrt. Prozess a öffnet das FIFO ab zum Lesen und dann das FIFO ba zum Schreiben; Prozess b öffnet ba zum Lesen und dann ab zum Schreiben. Jeder wartet in seinem ersten open() darauf, dass der andere das FIFO öffnet, bei dem dieser noch gar nicht angekommen ist: ein Deadlock. Die Engine beendet den Lauf und meldet die beiden open-Aufrufe.</translation>
        </message>
        <message>
            <source>a waits in open(ab, read) for a writer; b waits in open(ba, read) for a writer: neither gets to its second open.</source>
            <translation>a wartet in open(ab, read) auf einen Schreiber; b wartet in open(ba, read) auf einen Schreiber: Keiner kommt zu seinem zweiten open.</translation>
        </message>
        <message>
            <source>Fix: open the FIFOs in the same order in both processes (ab first), or open one with rdwr.</source>
            <translation>Lösung: Öffnen Sie die FIFOs in beiden Prozessen in derselben Reihenfolge (zuerst ab) oder öffnen Sie eines mit rdwr.</translation>
        </message>
        <message>
            <source>The engine removes the two FIFOs when the run ends.</source>
            <translation>Die Engine entfernt die beiden FIFOs, wenn der Lauf endet.</translation>
        </message>
        <message>
            <source>Pitfall: a shm object and a semaphore never unlinked</source>
            <translation>Falle: ein shm-Objekt und ein Semaphor, die nie per unlink entfernt werden</translation>
        </message>
        <message>
            <source>The program creates a shared memory object and a named semaphore, uses them, closes and unmaps them, and exits, but never calls shm_unlink or sem_unlink. Closing only drops this process's handle: the names stay in /dev/shm, with their contents, after every process has ended, until someone unlinks them or the machine reboots. The engine removes them at the end of the run and lists them in the end record's cleanup.</source>
            <translation>Das Programm erzeugt ein Shared-Memory-Objekt und einen benannten Semaphor, benutzt sie, schließt sie, hebt die Einblendung auf und beendet sich, ruft aber nie shm_unlink oder sem_unlink auf. Das Schließen gibt nur das Handle dieses Prozesses auf: Die Namen bleiben samt Inhalt in /dev/shm, auch nachdem alle Prozesse beendet sind, bis jemand sie per unlink entfernt oder der Rechner neu startet. Die Engine entfernt sie am Ende des Laufs und führt sie im cleanup des end-Datensatzes auf.</translation>
        </message>
        <message>
            <source>After the last process ends, the end record's cleanup lists shm:/AOS and sem:/sem_AOS: the engine had to remove them.</source>
            <translation>Nachdem der letzte Prozess beendet ist, führt das cleanup des end-Datensatzes shm:/AOS und sem:/sem_AOS auf: Die Engine musste sie entfernen.</translation>
        </message>
        <message>
            <source>munmap and close (sem_close) are not unlink: the names outlive the processes.</source>
            <translation>munmap und close (sem_close) sind kein unlink: Die Namen überleben die Prozesse.</translation>
        </message>
        <message>
            <source>Fix: call shm_unlink and sem_unlink once no new process needs to open the names.</source>
            <translation>Lösung: Rufen Sie shm_unlink und sem_unlink auf, sobald kein neuer Prozess die Namen mehr öffnen muss.</translation>
        </message>
        <message>
            <source>Pitfall: a full pipe blocks the writer</source>
            <translation>Falle: Eine volle Pipe blockiert den Schreiber</translation>
        </message>
        <message>
            <source>A pipe is a buffer in the kernel of 64 KiB (65536 bytes) on Linux. The writer fills it in one write, which returns at once; its next write blocks, because the reader is still busy and has read nothing. Only when the reader drains the pipe can the blocked write finish. A program that writes a lot into a pipe before reading its answer can hang this way.</source>
            <translation>Eine Pipe ist unter Linux ein Puffer von 64 KiB (65536 Bytes) im Kernel. Der Schreiber füllt ihn mit einem einzigen write, das sofort zurückkehrt; sein nächstes write blockiert, weil der Leser noch beschäftigt ist und nichts gelesen hat. Erst wenn der Leser die Pipe leert, kann das blockierte write fertig werden. Ein Programm, das viel in eine Pipe schreibt, bevor es die Antwort liest, kann auf diese Weise hängen bleiben.</translation>
        </message>
        <message>
            <source>The first write of 65536 bytes returns at once; the pipe is full.</source>
            <translation>Das erste write von 65536 Bytes kehrt sofort zurück; die Pipe ist voll.</translation>
        </message>
        <message>
            <source>The second write blocks until the reader has read: its begin and end are far apart.</source>
            <translation>Das zweite write blockiert, bis der Leser gelesen hat: Sein Beginn und sein Ende liegen weit auseinander.</translation>
        </message>
        <message>
            <source>The reader's first read returns all 65536 bytes that were waiting in the pipe.</source>
            <translation>Das erste read des Lesers liefert alle 65536 Bytes, die in der Pipe gewartet haben.</translation>
        </message>
        <message>
            <source>How long the reader is busy before it reads</source>
            <translation>Wie lange der Leser beschäftigt ist, bevor er liest</translation>
        </message>
        <message>
            <source>Pitfall: printf before fork prints twice</source>
            <translation>Falle: printf vor fork gibt doppelt aus</translation>
        </message>
        <message>
            <source>printf does not write at once: stdio keeps the text in a buffer in the process's memory and writes it when the buffer is full, on fflush, or at exit. When stdout is a pipe or a file, even a newline does not flush it. Here the parent printfs a line, then forks: the child gets a copy of the memory, unwritten buffer included, so the line comes out twice, once at each process's exit. The fflush version does not have the problem.</source>
            <translation>printf schreibt nicht sofort: stdio hält den Text in einem Puffer im Speicher des Prozesses und schreibt ihn, wenn der Puffer voll ist, bei fflush oder beim exit. Wenn stdout eine Pipe oder eine Datei ist, leert nicht einmal ein Zeilenumbruch den Puffer. Hier gibt der Elternprozess mit printf eine Zeile aus und ruft dann fork auf: Das Kind erhält eine Kopie des Speichers, einschließlich des ungeschriebenen Puffers, daher erscheint die Zeile zweimal, einmal beim exit jedes Prozesses. Die Version mit fflush hat das Problem nicht.</translation>
        </message>
        <message>
            <source>The line printed before fork appears twice, both times with the parent's PID: it was formatted once and copied by fork.</source>
            <translation>Die vor dem fork ausgegebene Zeile erscheint zweimal, beide Male mit der PID des Elternprozesses: Sie wurde einmal formatiert und von fork kopiert.</translation>
        </message>
        <message>
            <source>stdio.buffer events show text kept in memory; stdio.flush events show when it is really written.</source>
            <translation>stdio.buffer-Ereignisse zeigen Text, der im Speicher gehalten wird; stdio.flush-Ereignisse zeigen, wann er wirklich geschrieben wird.</translation>
        </message>
        <message>
            <source>Fix: call fflush(stdout) before fork, as the second part does, or write with write(2).</source>
            <translation>Lösung: Rufen Sie vor fork fflush(stdout) auf, wie im zweiten Teil, oder schreiben Sie mit write(2).</translation>
        </message>
        <message>
            <source>Pitfall: SIGPIPE, writing with no reader</source>
            <translation>Falle: SIGPIPE, Schreiben ohne Leser</translation>
        </message>
        <message>
            <source>Writing to a pipe whose read ends are all closed raises SIGPIPE in the writer, and by default SIGPIPE kills it, without a message. In main, the child closes its read end and exits; the parent closed its own, so its write kills it. The second process, careful, ignores SIGPIPE first: the same write then fails with EPIPE and the program can report the error and exit cleanly.</source>
            <translation>Schreiben in eine Pipe, deren Leseenden alle geschlossen sind, löst beim Schreiber SIGPIPE aus, und standardmäßig beendet SIGPIPE ihn, ohne Meldung. In main schließt das Kind sein Leseende und beendet sich; der Elternprozess hat sein eigenes geschlossen, daher beendet ihn sein write. Der zweite Prozess, careful, ignoriert SIGPIPE vorher: Dasselbe write schlägt dann mit EPIPE fehl, und das Programm kann den Fehler melden und sich sauber beenden.</translation>
        </message>
        <message>
            <source>main ends killed by SIGPIPE: its last line never runs, and nothing is printed.</source>
            <translation>main endet, beendet durch SIGPIPE: Seine letzte Zeile läuft nie, und es wird nichts ausgegeben.</translation>
        </message>
        <message>
            <source>careful's write returns -1 with errno EPIPE; it prints the error and exits with status 1.</source>
            <translation>Das write von careful liefert -1 mit errno EPIPE; careful gibt den Fehler aus und beendet sich mit Status 1.</translation>
        </message>
        <message>
            <source>Servers ignore SIGPIPE (or use MSG_NOSIGNAL) so a vanished client cannot kill them.</source>
            <translation>Server ignorieren SIGPIPE (oder verwenden MSG_NOSIGNAL), damit ein verschwundener Client sie nicht beenden kann.</translation>
        </message>
        <message>
            <source>Pitfall: exec after an unchecked fork</source>
            <translation>Falle: exec nach einem ungeprüften fork</translation>
        </message>
        <message>
            <source>The program calls fork() and ignores its result, then calls execvp to run ls in the child. But fork returns in both processes and nothing tells them apart: the parent runs the exec as well, so both processes become ls, the listing comes out twice, and the parent's own program is gone: its next line never runs.</source>
            <translation>Das Programm ruft fork() auf, ignoriert das Ergebnis und ruft dann execvp auf, um im Kind ls auszuführen. Aber fork kehrt in beiden Prozessen zurück, und nichts unterscheidet sie: Auch der Elternprozess führt das exec aus, daher werden beide Prozesse zu ls, die Auflistung erscheint zweimal, und das eigene Programm des Elternprozesses ist weg: Seine nächste Zeile läuft nie.</translation>
        </message>
        <message>
            <source>Two proc.exec events, one from each process: both replace their program with ls.</source>
            <translation>Zwei proc.exec-Ereignisse, eines von jedem Prozess: Beide ersetzen ihr Programm durch ls.</translation>
        </message>
        <message>
            <source>The parent's line after exec never runs: exec only returns when it fails.</source>
            <translation>Die Zeile des Elternprozesses nach exec läuft nie: exec kehrt nur zurück, wenn es fehlschlägt.</translation>
        </message>
        <message>
            <source>Fix: if (pid == 0) { execvp(...); _exit(127); } and only the parent goes on.</source>
            <translation>Lösung: if (pid == 0) { execvp(...); _exit(127); } und nur der Elternprozess macht weiter.</translation>
        </message>
        <message>
            <source>Pitfall: a write end left open</source>
            <translation>Falle: ein offen gelassenes Schreibende</translation>
        </message>
        <message>
            <source>The child reads the pipe until end of file. The parent writes its messages and then waits for the child, but it forgot to close its own write end. A pipe reports end of file only when every write end is closed, and the parent's copy is still open: the child blocks in read() forever, and the parent blocks in wait() for a child that never ends. The engine detects the deadlock and reports who waits on what.</source>
            <translation>Das Kind liest die Pipe bis zum Dateiende. Der Elternprozess schreibt seine Nachrichten und wartet dann auf das Kind, hat aber vergessen, sein eigenes Schreibende zu schließen. Eine Pipe meldet das Dateiende erst, wenn jedes Schreibende geschlossen ist, und die Kopie des Elternprozesses ist noch offen: Das Kind blockiert für immer in read(), und der Elternprozess blockiert in wait() auf ein Kind, das nie endet. Die Engine erkennt den Deadlock und meldet, wer auf was wartet.</translation>
        </message>
        <message>
            <source>After the messages, the child blocks in read() on pipe#1 even though nobody will write again.</source>
            <translation>Nach den Nachrichten blockiert das Kind in read() auf pipe#1, obwohl niemand mehr schreiben wird.</translation>
        </message>
        <message>
            <source>The parent blocks in wait(): each process waits for the other. The fix: close p.w in the parent before wait (and in the child before reading).</source>
            <translation>Der Elternprozess blockiert in wait(): Jeder Prozess wartet auf den anderen. Die Lösung: p.w im Elternprozess vor dem wait schließen (und im Kind vor dem Lesen).</translation>
        </message>
        <message>
            <source>The engine ends the run as a deadlock and lists both waits.</source>
            <translation>Die Engine beendet den Lauf als Deadlock und führt beide Wartezustände auf.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCheck</name>
        <message>
            <source>The engine (ipcviz-engine) was not found, so the file cannot be checked. Install it next to ipcviz or set IPCVIZ_ENGINE.</source>
            <translation>Die Engine (ipcviz-engine) wurde nicht gefunden, daher kann die Datei nicht geprüft werden. Installieren Sie sie neben ipcviz oder setzen Sie IPCVIZ_ENGINE.</translation>
        </message>
        <message>
            <source>The engine %1 could not be started: %2</source>
            <translation>Die Engine %1 konnte nicht gestartet werden: %2</translation>
        </message>
        <message>
            <source>The engine crashed while checking the file.</source>
            <translation>Die Engine ist beim Prüfen der Datei abgestürzt.</translation>
        </message>
        <message>
            <source>The engine said: %1</source>
            <translation>Die Engine meldete: %1</translation>
        </message>
        <message>
            <source>The engine's answer about the file could not be read (it is not the expected JSON); is the engine the same version as the app?</source>
            <translation>Die Antwort der Engine zur Datei konnte nicht gelesen werden (sie ist nicht das erwartete JSON); hat die Engine dieselbe Version wie die Anwendung?</translation>
        </message>
        <message>
            <source>The engine's answer about the file does not say whether it is valid.</source>
            <translation>Die Antwort der Engine zur Datei sagt nicht, ob sie gültig ist.</translation>
        </message>
        <message>
            <source>The engine found the file invalid but gave no reason.</source>
            <translation>Die Engine hat die Datei für ungültig befunden, aber keinen Grund angegeben.</translation>
        </message>
        <message numerus="yes">
            <source>The engine did not finish checking the file within %n second(s).</source>
            <translation>
                <numerusform>Die Engine hat die Prüfung der Datei nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
                <numerusform>Die Engine hat die Prüfung der Datei nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>Open &amp;Recent Scenario</source>
            <translation>&amp;Zuletzt geöffnete Szenarien</translation>
        </message>
        <message>
            <source>The scenario file %1 does not exist or is not a regular file.</source>
            <translation>Die Szenariodatei %1 existiert nicht oder ist keine reguläre Datei.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n error(s), listed in the Scenario File panel; fix them and it reloads by itself.</source>
            <translation>
                <numerusform>%1 hat %n Fehler, aufgelistet im Bereich Szenariodatei; beheben Sie ihn, dann wird die Datei automatisch neu geladen.</numerusform>
                <numerusform>%1 hat %n Fehler, aufgelistet im Bereich Szenariodatei; beheben Sie sie, dann wird die Datei automatisch neu geladen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not valid and was not run; see the Scenario File panel.</source>
            <translation>%1 ist ungültig und wurde nicht ausgeführt; siehe den Bereich Szenariodatei.</translation>
        </message>
        <message>
            <source>Not run: %1 was not confirmed.</source>
            <translation>Nicht ausgeführt: %1 wurde nicht bestätigt.</translation>
        </message>
        <message>
            <source>The scenario file %1 does not come with ipcviz, and it will run these programs on this computer, with your permissions:

%2

Run it only if you trust where it comes from.</source>
            <translation>Die Szenariodatei %1 gehört nicht zu ipcviz und wird die folgenden Programme auf diesem Computer mit Ihren Berechtigungen ausführen:

%2

Führen Sie sie nur aus, wenn Sie ihrer Herkunft vertrauen.</translation>
        </message>
        <message>
            <source>Run Programs?</source>
            <translation>Programme ausführen?</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>No recent scenario files</source>
            <translation>Keine zuletzt geöffneten Szenariodateien</translation>
        </message>
        <message>
            <source>Clear Recent Files</source>
            <translation>Liste leeren</translation>
        </message>
        <message>
            <source>The scenario file %1 was removed or renamed.</source>
            <translation>Die Szenariodatei %1 wurde entfernt oder umbenannt.</translation>
        </message>
        <message>
            <source>%1 changed and now has errors (see the Scenario File panel); it will not run until they are fixed.</source>
            <translation>%1 wurde geändert und enthält jetzt Fehler (siehe den Bereich Szenariodatei); sie wird erst ausgeführt, wenn diese behoben sind.</translation>
        </message>
        <message>
            <source>Reloaded %1.</source>
            <translation>%1 neu geladen.</translation>
        </message>
        <message>
            <source>Open Scenario File</source>
            <translation>Szenariodatei öffnen</translation>
        </message>
        <message>
            <source>ipcviz scenarios (*.ipcv);;All files (*)</source>
            <translation>ipcviz-Szenarien (*.ipcv);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>ScenarioLibraryDock</name>
        <message>
            <source>Scenarios</source>
            <translation>Szenarien</translation>
        </message>
        <message>
            <source>Search scenarios…</source>
            <translation>Szenarien durchsuchen…</translation>
        </message>
        <message>
            <source>Filter the scenarios by id, title or description</source>
            <translation>Die Szenarien nach id, Titel oder Beschreibung filtern</translation>
        </message>
        <message>
            <source>Search scenarios</source>
            <translation>Szenarien durchsuchen</translation>
        </message>
        <message>
            <source>Double-click a scenario (or press Enter) to run it</source>
            <translation>Doppelklicken Sie auf ein Szenario (oder drücken Sie Enter), um es auszuführen</translation>
        </message>
        <message>
            <source>Scenario library</source>
            <translation>Szenariobibliothek</translation>
        </message>
        <message>
            <source>Scenario description</source>
            <translation>Szenariobeschreibung</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Prozesse</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signale</translation>
        </message>
        <message>
            <source>Pipes</source>
            <translation>Pipes</translation>
        </message>
        <message>
            <source>FIFOs</source>
            <translation>FIFOs</translation>
        </message>
        <message>
            <source>Shared memory</source>
            <translation>Shared Memory</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Semaphore</translation>
        </message>
        <message>
            <source>Classic problems</source>
            <translation>Klassische Probleme</translation>
        </message>
        <message>
            <source>Pitfalls</source>
            <translation>Fallen</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select a scenario to read what it shows.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Wählen Sie ein Szenario aus, um zu lesen, was es zeigt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What to watch for</source>
            <translation>Worauf Sie achten sollten</translation>
        </message>
        <message>
            <source>What the selected scenario shows, and what to watch for</source>
            <translation>Was das ausgewählte Szenario zeigt und worauf Sie achten sollten</translation>
        </message>
        <message>
            <source>Manual pages: %1</source>
            <translation>Manpages: %1</translation>
        </message>
    </context>
    <context>
        <name>ScenarioProblemsPane</name>
        <message>
            <source>Scenario File</source>
            <translation>Szenariodatei</translation>
        </message>
        <message>
            <source>Errors in the scenario file</source>
            <translation>Fehler in der Szenariodatei</translation>
        </message>
        <message>
            <source>Scenario file text</source>
            <translation>Text der Szenariodatei</translation>
        </message>
        <message>
            <source>It runs no other program.</source>
            <translation>Sie führt kein anderes Programm aus.</translation>
        </message>
        <message>
            <source>It may run: %1.</source>
            <translation>Sie führt möglicherweise aus: %1.</translation>
        </message>
        <message>
            <source>%1 is valid (%2). %3</source>
            <translation>%1 ist gültig (%2). %3</translation>
        </message>
        <message>
            <source>%1 could not be checked, so it will not run.</source>
            <translation>%1 konnte nicht geprüft werden und wird daher nicht ausgeführt.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s) in %1; it will not run until they are fixed.</source>
            <translation>
                <numerusform>%n Fehler in %1; die Datei wird erst ausgeführt, wenn er behoben ist.</numerusform>
                <numerusform>%n Fehler in %1; die Datei wird erst ausgeführt, wenn sie behoben sind.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check result</source>
            <translation>Prüfergebnis</translation>
        </message>
        <message>
            <source>Click an error to see its line in the file below</source>
            <translation>Klicken Sie auf einen Fehler, um seine Zeile in der Datei unten zu sehen</translation>
        </message>
        <message>
            <source>The scenario file, with the lines that have errors marked</source>
            <translation>Die Szenariodatei mit markierten fehlerhaften Zeilen</translation>
        </message>
    </context>
    <context>
        <name>SemaphoreItem</name>
        <message>
            <source>nobody waiting</source>
            <translation>niemand wartet</translation>
        </message>
        <message>
            <source>waiting in sem_wait():</source>
            <translation>wartend in sem_wait():</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Systemsprache (%1)</translation>
        </message>
        <message>
            <source>The language of menus, panels and explanations. It changes at once, without a restart.</source>
            <translation>Die Sprache der Menüs, Bereiche und Erklärungen. Sie wechselt sofort, ohne Neustart.</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Sprache der Oberfläche</translation>
        </message>
        <message>
            <source>Changes at once. To use a language for one session only, start ipcviz with --lang CODE.</source>
            <translation>Wirkt sofort. Um eine Sprache nur für eine Sitzung zu verwenden, starten Sie ipcviz mit --lang CODE.</translation>
        </message>
        <message>
            <source>&amp;Speed of runs:</source>
            <translation>&amp;Geschwindigkeit der Läufe:</translation>
        </message>
        <message>
            <source>How long each process waits before each step, so that you can follow the animation (Ctrl+1 … Ctrl+4)</source>
            <translation>Wie lange jeder Prozess vor jedem Schritt wartet, damit Sie der Animation folgen können (Ctrl+1 … Ctrl+4)</translation>
        </message>
        <message>
            <source>Speed of runs</source>
            <translation>Geschwindigkeit der Läufe</translation>
        </message>
        <message>
            <source>The same as the speed box in the toolbar; ipcviz starts with the speed you used last.</source>
            <translation>Dasselbe wie das Geschwindigkeitsfeld in der Werkzeugleiste; ipcviz startet mit der zuletzt verwendeten Geschwindigkeit.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the settings (they are already applied and saved)</source>
            <translation>Die Einstellungen schließen (sie sind bereits übernommen und gespeichert)</translation>
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
            <translation>Pfad %1</translation>
        </message>
        <message>
            <source>mode %1</source>
            <translation>Modus %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>an %1</translation>
        </message>
        <message>
            <source>%1 ns</source>
            <translation>%1 ns</translation>
        </message>
        <message>
            <source>(called, not returned yet)</source>
            <translation>(aufgerufen, noch nicht zurückgekehrt)</translation>
        </message>
        <message>
            <source>read is about to return 0 (end of file): %1 is empty and no process holds its write end any more.</source>
            <translation>read gibt gleich 0 zurück (Dateiende): %1 ist leer, und kein Prozess hält mehr ein Schreibende davon.</translation>
        </message>
        <message>
            <source>%1 holds a write end itself: unless it closes it, this read never sees end of file.</source>
            <translation>%1 hält selbst ein Schreibende: Wenn er es nicht schließt, sieht dieses read nie das Dateiende.</translation>
        </message>
        <message>
            <source>write to %1 cannot go on: no process holds its read end, so it fails with EPIPE (and SIGPIPE).</source>
            <translation>write in %1 kann nicht weitergehen: Kein Prozess hält ein Leseende davon, daher schlägt es mit EPIPE (und SIGPIPE) fehl.</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>niemand</translation>
        </message>
        <message>
            <source>open blocks: opening the FIFO %1 waits until another process opens its other end (now open for reading: %2; for writing: %3).</source>
            <translation>open blockiert: Das Öffnen des FIFOs %1 wartet, bis ein anderer Prozess dessen anderes Ende öffnet (jetzt zum Lesen geöffnet von: %2; zum Schreiben: %3).</translation>
        </message>
        <message>
            <source>open blocks until another process opens the other end of %1.</source>
            <translation>open blockiert, bis ein anderer Prozess das andere Ende von %1 öffnet.</translation>
        </message>
        <message>
            <source>the FIFO</source>
            <translation>dem FIFO</translation>
        </message>
        <message>
            <source>sem_wait blocks: %1 has value %2; it goes on when a process calls sem_post on it.</source>
            <translation>sem_wait blockiert: %1 hat den Wert %2; es geht weiter, wenn ein Prozess sem_post darauf aufruft.</translation>
        </message>
        <message>
            <source>the semaphore</source>
            <translation>der Semaphor</translation>
        </message>
        <message>
            <source>wait is about to return: %1 ended and waits to be reaped.</source>
            <translation>wait kehrt gleich zurück: %1 ist beendet und wartet darauf, eingesammelt zu werden.</translation>
        </message>
        <message>
            <source>wait blocks, but %1 has no running child: it returns with ECHILD.</source>
            <translation>wait blockiert, aber %1 hat kein laufendes Kind: Es kehrt mit ECHILD zurück.</translation>
        </message>
        <message>
            <source>pause blocks until a signal is delivered to %1 (send one with kill).</source>
            <translation>pause blockiert, bis ein Signal an %1 zugestellt wird (senden Sie eines mit kill).</translation>
        </message>
        <message>
            <source>%1 is sleeping: it goes on when its time is up.</source>
            <translation>%1 schläft: Er macht weiter, wenn seine Zeit abgelaufen ist.</translation>
        </message>
        <message>
            <source>%1 is blocked in the kernel.</source>
            <translation>%1 ist im Kernel blockiert.</translation>
        </message>
        <message>
            <source>%1 is blocked in %2().</source>
            <translation>%1 ist in %2() blockiert.</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>read is about to return: %1 holds %n byte(s).</source>
            <translation>
                <numerusform>read kehrt gleich zurück: %1 enthält %n Byte.</numerusform>
                <numerusform>read kehrt gleich zurück: %1 enthält %n Bytes.</numerusform>
            </translation>
        </message>
        <message>
            <source>read blocks: %1 is empty and %2 still holds its write end open. It goes on when it writes, or returns 0 (end of file) once it closes it.</source>
            <translation>read blockiert: %1 ist leer, und %2 hält noch ein Schreibende offen. read geht weiter, sobald er schreibt, oder liefert 0 (Dateiende), sobald er es schließt.</translation>
        </message>
        <message>
            <source>read blocks: %1 is empty and %2 still hold its write end open. It goes on when one of them writes, or returns 0 (end of file) once every write end is closed.</source>
            <translation>read blockiert: %1 ist leer, und %2 halten noch ein Schreibende offen. read geht weiter, sobald einer von ihnen schreibt, oder liefert 0 (Dateiende), sobald jedes Schreibende geschlossen ist.</translation>
        </message>
        <message>
            <source>write blocks: %1 is full (%2 of %3 bytes) and goes on when %4 reads from it.</source>
            <translation>write blockiert: %1 ist voll (%2 von %3 Bytes); es geht weiter, wenn %4 daraus liest.</translation>
        </message>
        <message>
            <source>write blocks: %1 is full (%2 of %3 bytes) and goes on when %4 read from it.</source>
            <translation>write blockiert: %1 ist voll (%2 von %3 Bytes); es geht weiter, wenn %4 daraus lesen.</translation>
        </message>
        <message>
            <source>wait blocks: %1 is still running; wait returns when it exits.</source>
            <translation>wait blockiert: %1 ist noch aktiv; wait kehrt zurück, wenn er endet.</translation>
        </message>
        <message>
            <source>wait blocks: %1 are still running; wait returns when one of them exits.</source>
            <translation>wait blockiert: %1 sind noch aktiv; wait kehrt zurück, wenn einer von ihnen endet.</translation>
        </message>
    </context>
    <context>
        <name>TextExporter</name>
        <message>
            <source>Scenario %1: %2</source>
            <translation>Szenario %1: %2</translation>
        </message>
        <message>
            <source>Parameters: %1</source>
            <translation>Parameter: %1</translation>
        </message>
        <message>
            <source>The run ended: %1 (%2 events).</source>
            <translation>Der Lauf endete: %1 (%2 Ereignisse).</translation>
        </message>
        <message>
            <source>The trace has no end record: the run was cut short.</source>
            <translation>Der Trace hat keinen end-Datensatz: Der Lauf wurde vorzeitig abgebrochen.</translation>
        </message>
        <message>
            <source>What the processes printed:</source>
            <translation>Was die Prozesse ausgegeben haben:</translation>
        </message>
    </context>
    <context>
        <name>TimeChartView</name>
        <message>
            <source>time (ms)</source>
            <translation>Zeit (ms)</translation>
        </message>
        <message>
            <source>cursor</source>
            <translation>Cursor</translation>
        </message>
        <message>
            <source>Click to move the time cursor</source>
            <translation>Klicken, um den Zeitcursor zu verschieben</translation>
        </message>
    </context>
    <context>
        <name>TimeSlider</name>
        <message>
            <source>Time cursor</source>
            <translation>Zeitcursor</translation>
        </message>
        <message>
            <source>Drag, or use the arrow keys, Home and End, to travel through the run: every view shows the state at that event</source>
            <translation>Ziehen oder die Pfeiltasten, Home und End verwenden, um sich durch den Lauf zu bewegen: Jede Ansicht zeigt den Zustand bei diesem Ereignis</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Show the state one event earlier (Alt+Left)</source>
            <translation>Den Zustand ein Ereignis früher anzeigen (Alt+Left)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Vor</translation>
        </message>
        <message>
            <source>Show the state one event later (Alt+Right)</source>
            <translation>Den Zustand ein Ereignis später anzeigen (Alt+Right)</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Jump to the latest event and follow the run as it goes (Alt+End)</source>
            <translation>Zum neuesten Ereignis springen und dem Lauf folgen, während er läuft (Alt+End)</translation>
        </message>
        <message>
            <source>Cursor position</source>
            <translation>Cursorposition</translation>
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
            <translation>keine Ereignisse</translation>
        </message>
        <message>
            <source>event %1 of %2 · %3</source>
            <translation>Ereignis %1 von %2 · %3</translation>
        </message>
        <message>
            <source>Which event the views show, and when it happened</source>
            <translation>Welches Ereignis die Ansichten zeigen und wann es geschah</translation>
        </message>
    </context>
    <context>
        <name>TimelineScene</name>
        <message>
            <source>in %1()</source>
            <translation>in %1()</translation>
        </message>
        <message>
            <source>engine</source>
            <translation>Engine</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>One lane per process. Wheel to zoom the time axis, drag to pan, click an event to move the time cursor there</source>
            <translation>Eine Spur pro Prozess. Mausrad zoomt die Zeitachse, Ziehen verschiebt sie, ein Klick auf ein Ereignis setzt den Zeitcursor dorthin</translation>
        </message>
    </context>
    <context>
        <name>TraceFile</name>
        <message>
            <source>%1: no such file</source>
            <translation>%1: Datei nicht gefunden</translation>
        </message>
        <message>
            <source>%1 is a folder, not a trace file</source>
            <translation>%1 ist ein Ordner, keine Trace-Datei</translation>
        </message>
        <message>
            <source>%1 is too large for a trace (%2 MiB; the limit is %3 MiB)</source>
            <translation>%1 ist zu groß für einen Trace (%2 MiB; die Grenze liegt bei %3 MiB)</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>the trace</source>
            <translation>der Trace</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 ist leer</translation>
        </message>
        <message>
            <source>%1 is not an ipcviz trace: no line is a valid event record</source>
            <translation>%1 ist kein ipcviz-Trace: Keine Zeile ist ein gültiger Ereignisdatensatz</translation>
        </message>
        <message>
            <source>no hello record: the scenario and its parameters are unknown</source>
            <translation>kein hello-Datensatz: Szenario und Parameter sind unbekannt</translation>
        </message>
        <message>
            <source>events were out of order; sorted by seq</source>
            <translation>Ereignisse waren nicht in Reihenfolge; nach seq sortiert</translation>
        </message>
        <message>
            <source>no end record: the trace was cut short or the run was interrupted</source>
            <translation>kein end-Datensatz: Der Trace wurde abgeschnitten oder der Lauf unterbrochen</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) with a repeated seq were dropped</source>
            <translation>
                <numerusform>%n Ereignis mit wiederholtem seq wurde verworfen</numerusform>
                <numerusform>%n Ereignisse mit wiederholtem seq wurden verworfen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraceReplay</name>
        <message>
            <source>Replay Step &amp;Back</source>
            <translation>Wiedergabe: Schritt &amp;zurück</translation>
        </message>
        <message>
            <source>Replay Step &amp;Forward</source>
            <translation>Wiedergabe: Schritt &amp;vor</translation>
        </message>
        <message>
            <source>Show the state one event earlier (pauses the replay)</source>
            <translation>Den Zustand ein Ereignis früher anzeigen (hält die Wiedergabe an)</translation>
        </message>
        <message>
            <source>Show the state one event later (pauses the replay)</source>
            <translation>Den Zustand ein Ereignis später anzeigen (hält die Wiedergabe an)</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) per second</source>
            <translation>
                <numerusform>%n Ereignis pro Sekunde</numerusform>
                <numerusform>%n Ereignisse pro Sekunde</numerusform>
            </translation>
        </message>
        <message>
            <source>Real time ×%1</source>
            <translation>Echtzeit ×%1</translation>
        </message>
        <message>
            <source>Replay speed</source>
            <translation>Wiedergabegeschwindigkeit</translation>
        </message>
        <message>
            <source>How fast the replay goes: so many events per second, or as fast as the run really went, slowed down or sped up</source>
            <translation>Wie schnell die Wiedergabe läuft: so viele Ereignisse pro Sekunde oder so schnell, wie der Lauf wirklich ablief, verlangsamt oder beschleunigt</translation>
        </message>
        <message>
            <source>&amp;Pause Replay</source>
            <translation>Wiedergabe &amp;anhalten</translation>
        </message>
        <message>
            <source>&amp;Play Replay</source>
            <translation>Wiedergabe &amp;abspielen</translation>
        </message>
        <message>
            <source>Pause the replay (Ctrl+Shift+Space)</source>
            <translation>Die Wiedergabe anhalten (Ctrl+Shift+Space)</translation>
        </message>
        <message>
            <source>Replay the run from the time cursor (Ctrl+Shift+Space)</source>
            <translation>Den Lauf ab dem Zeitcursor wiedergeben (Ctrl+Shift+Space)</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Wiedergabe</translation>
        </message>
        <message>
            <source>Re&amp;play</source>
            <translation>&amp;Wiedergabe</translation>
        </message>
        <message>
            <source>Replay &amp;Speed</source>
            <translation>Wiedergabe&amp;geschwindigkeit</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Runs multi-process scenarios with real processes and shows what happens.
Headless export: ipcviz export TRACE --to FORMAT -o OUT (see ipcviz export --help).</source>
            <translation>Führt Multiprozess-Szenarien mit echten Prozessen aus und zeigt, was passiert.
Export ohne Oberfläche: ipcviz export TRACE --to FORMAT -o OUT (siehe ipcviz export --help).</translation>
        </message>
        <message>
            <source>Select a built-in scenario or a scenario file.</source>
            <translation>Ein eingebautes Szenario oder eine Szenariodatei auswählen.</translation>
        </message>
        <message>
            <source>ID|FILE</source>
            <translation>ID|DATEI</translation>
        </message>
        <message>
            <source>Start the selected scenario at once.</source>
            <translation>Das ausgewählte Szenario sofort starten.</translation>
        </message>
        <message>
            <source>Start the selected scenario paused, step by step.</source>
            <translation>Das ausgewählte Szenario angehalten starten, Schritt für Schritt.</translation>
        </message>
        <message>
            <source>Open a saved trace for replay.</source>
            <translation>Einen gespeicherten Trace zur Wiedergabe öffnen.</translation>
        </message>
        <message>
            <source>TRACE</source>
            <translation>TRACE</translation>
        </message>
        <message>
            <source>Use this language for the interface (e.g. it).</source>
            <translation>Diese Sprache für die Oberfläche verwenden (z. B. it).</translation>
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
            <translation>ipcviz: Die Anwendung braucht eine Anzeige, aber es wurde keine gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).
So arbeiten Sie ohne Anzeige:
  ipcviz-engine run SCENARIO         ein Szenario ausführen und seine Ereignisse ausgeben
  ipcviz export TRACE --to FORMAT -o OUT   einen gespeicherten Trace exportieren (svg, png, csv, mermaid, perfetto, c)
  QT_QPA_PLATFORM=offscreen ipcviz   die Anwendung starten, ohne sie anzuzeigen
</translation>
        </message>
        <message>
            <source>ipcviz: --run and --open cannot be used together.
</source>
            <translation>ipcviz: --run und --open können nicht zusammen verwendet werden.
</translation>
        </message>
        <message>
            <source>With --run: quit when the run ends; the exit status is 0 when it completed (for scripts).</source>
            <translation>Mit --run: beenden, wenn der Lauf endet; der Exit-Status ist 0, wenn er vollständig abgeschlossen wurde (für Skripte).</translation>
        </message>
        <message>
            <source>Start in presenter mode (full screen, large, high contrast; F5 or Esc leaves it).</source>
            <translation>Im Präsentationsmodus starten (Vollbild, groß, hoher Kontrast; F5 oder Esc beendet ihn).</translation>
        </message>
        <message>
            <source>ipcviz: --quit: no run was started (see --scenario and --run).
</source>
            <translation>ipcviz: --quit: Es wurde kein Lauf gestartet (siehe --scenario und --run).
</translation>
        </message>
    </context>
</TS>
