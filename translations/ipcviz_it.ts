<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
    <context>
        <name>AppActions</name>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Esegui</translation>
        </message>
        <message>
            <source>Run the selected scenario with real processes</source>
            <translation>Esegui lo scenario selezionato con processi reali</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Ferma</translation>
        </message>
        <message>
            <source>Stop the run: the engine kills and cleans up every process</source>
            <translation>Ferma l'esecuzione: il motore uccide ogni processo e fa pulizia</translation>
        </message>
        <message>
            <source>R&amp;estart</source>
            <translation>&amp;Riavvia</translation>
        </message>
        <message>
            <source>Stop the run and start it again</source>
            <translation>Ferma l'esecuzione e avviala di nuovo</translation>
        </message>
        <message>
            <source>Step &amp;Mode</source>
            <translation>&amp;Modalità passo-passo</translation>
        </message>
        <message>
            <source>Start runs paused at the first step, then release one step at a time</source>
            <translation>Avvia le esecuzioni in pausa al primo passo, poi rilascia un passo alla volta</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>&amp;Passo</translation>
        </message>
        <message>
            <source>Let the next ready process do its next operation</source>
            <translation>Lascia che il prossimo processo pronto esegua la sua operazione successiva</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continua</translation>
        </message>
        <message>
            <source>Let every process run freely until Pause</source>
            <translation>Lascia che ogni processo proceda liberamente fino a Pausa</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>Pa&amp;usa</translation>
        </message>
        <message>
            <source>Stop every process at its next step gate</source>
            <translation>Ferma ogni processo al suo prossimo punto di sosta</translation>
        </message>
        <message>
            <source>&amp;Open Scenario File…</source>
            <translation>&amp;Apri file di scenario…</translation>
        </message>
        <message>
            <source>Run a scenario file (.ipcv) of your own</source>
            <translation>Esegui un tuo file di scenario (.ipcv)</translation>
        </message>
        <message>
            <source>Open &amp;Trace…</source>
            <translation>Apri &amp;traccia…</translation>
        </message>
        <message>
            <source>Replay a saved run</source>
            <translation>Riproduci un'esecuzione salvata</translation>
        </message>
        <message>
            <source>&amp;Save Trace…</source>
            <translation>&amp;Salva traccia…</translation>
        </message>
        <message>
            <source>Save this run's events to replay or export it later</source>
            <translation>Salva gli eventi di questa esecuzione per riprodurla o esportarla in seguito</translation>
        </message>
        <message>
            <source>Previous Event</source>
            <translation>Evento precedente</translation>
        </message>
        <message>
            <source>Show the state one event earlier</source>
            <translation>Mostra lo stato all'evento precedente</translation>
        </message>
        <message>
            <source>Next Event</source>
            <translation>Evento successivo</translation>
        </message>
        <message>
            <source>Show the state one event later</source>
            <translation>Mostra lo stato all'evento successivo</translation>
        </message>
        <message>
            <source>First Event</source>
            <translation>Primo evento</translation>
        </message>
        <message>
            <source>Go back to the start of the run</source>
            <translation>Torna all'inizio dell'esecuzione</translation>
        </message>
        <message>
            <source>&amp;Live</source>
            <translation>In &amp;diretta</translation>
        </message>
        <message>
            <source>Jump to the latest event and follow the run</source>
            <translation>Salta all'ultimo evento e segui l'esecuzione</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>Quit ipcviz (a running scenario is stopped)</source>
            <translation>Esci da ipcviz (lo scenario in esecuzione viene fermato)</translation>
        </message>
        <message>
            <source>Step &amp;Selected Process</source>
            <translation>Passo del processo &amp;selezionato</translation>
        </message>
        <message>
            <source>Let the selected process do its next operation (or click a ready process)</source>
            <translation>Lascia che il processo selezionato esegua la sua operazione successiva (oppure fai clic su un processo pronto)</translation>
        </message>
        <message>
            <source>Save Sc&amp;hedule…</source>
            <translation>Salva sc&amp;hedulazione…</translation>
        </message>
        <message>
            <source>Save the order in which this run's processes were released, to replay it</source>
            <translation>Salva l'ordine in cui sono stati rilasciati i processi di questa esecuzione, per riprodurlo</translation>
        </message>
        <message>
            <source>&amp;Load Schedule…</source>
            <translation>Carica sche&amp;dulazione…</translation>
        </message>
        <message>
            <source>Run the scenario again, releasing the processes in a saved order</source>
            <translation>Esegui di nuovo lo scenario, rilasciando i processi in un ordine salvato</translation>
        </message>
        <message>
            <source>Replay This &amp;Interleaving</source>
            <translation>Ripeti questo &amp;interleaving</translation>
        </message>
        <message>
            <source>Run the scenario again with exactly this run's order of steps</source>
            <translation>Esegui di nuovo lo scenario esattamente con l'ordine dei passi di questa esecuzione</translation>
        </message>
        <message>
            <source>Full Speed</source>
            <translation>Massima velocità</translation>
        </message>
        <message>
            <source>Fast (100 ms a step)</source>
            <translation>Veloce (100 ms per passo)</translation>
        </message>
        <message>
            <source>Slow (300 ms a step)</source>
            <translation>Lenta (300 ms per passo)</translation>
        </message>
        <message>
            <source>Lecture (1 s a step)</source>
            <translation>Lezione (1 s per passo)</translation>
        </message>
        <message>
            <source>Each process waits %1 ms before each step (%2)</source>
            <translation>Ogni processo attende %1 ms prima di ogni passo (%2)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Choose the language of the interface and the speed of runs</source>
            <translation>Scegli la lingua dell'interfaccia e la velocità delle esecuzioni</translation>
        </message>
        <message>
            <source>Each process waits %1 ms before each step</source>
            <translation>Ogni processo attende %1 ms prima di ogni passo</translation>
        </message>
        <message>
            <source>%1 ms a step</source>
            <translation>%1 ms per passo</translation>
        </message>
        <message>
            <source>Setti&amp;ngs…</source>
            <translation>&amp;Impostazioni…</translation>
        </message>
    </context>
    <context>
        <name>AppSettings</name>
        <message>
            <source>The trace %1 is no longer there; it was taken off the recent traces.</source>
            <translation>La traccia %1 non esiste più; è stata rimossa dalle tracce recenti.</translation>
        </message>
        <message>
            <source>Open Recent Tra&amp;ce</source>
            <translation>Apri tra&amp;ccia recente</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>No recent traces</source>
            <translation>Nessuna traccia recente</translation>
        </message>
        <message>
            <source>Clear Recent Traces</source>
            <translation>Cancella tracce recenti</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkReport</name>
        <message>
            <source>benchmark output, offset %1: %2</source>
            <translation>output del benchmark, offset %1: %2</translation>
        </message>
        <message>
            <source>benchmark output: not a JSON object</source>
            <translation>output del benchmark: non è un oggetto JSON</translation>
        </message>
        <message>
            <source>benchmark output: no "results" array</source>
            <translation>output del benchmark: manca l'array "results"</translation>
        </message>
        <message>
            <source>benchmark output, results[%1]: a field is missing or not a number (mechanism, size, round_trips, trials, latency_us, throughput_mb_s, wall_s, cpu_s)</source>
            <translation>output del benchmark, results[%1]: un campo manca o non è un numero (mechanism, size, round_trips, trials, latency_us, throughput_mb_s, wall_s, cpu_s)</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkRunner</name>
        <message>
            <source>No ipcviz-engine was found next to the application.</source>
            <translation>Nessun ipcviz-engine trovato accanto all'applicazione.</translation>
        </message>
        <message>
            <source>The engine crashed during the benchmark.
%1</source>
            <translation>Il motore è andato in crash durante il benchmark.
%1</translation>
        </message>
        <message>
            <source>The benchmark failed (exit status %1).
%2</source>
            <translation>Il benchmark non è riuscito (stato di uscita %1).
%2</translation>
        </message>
        <message>
            <source>Cannot start the engine %1: %2</source>
            <translation>Impossibile avviare il motore %1: %2</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkView</name>
        <message>
            <source>Run benchmark</source>
            <translation>Esegui benchmark</translation>
        </message>
        <message>
            <source>Quick (fewer sizes and trials)</source>
            <translation>Rapido (meno dimensioni e prove)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Export charts…</source>
            <translation>Esporta grafici…</translation>
        </message>
        <message>
            <source>Export data (CSV)…</source>
            <translation>Esporta dati (CSV)…</translation>
        </message>
        <message>
            <source>IPC benchmark</source>
            <translation>Benchmark IPC</translation>
        </message>
        <message>
            <source>Throughput (one way)</source>
            <translation>Throughput (un solo verso)</translation>
        </message>
        <message>
            <source>Latency (round trip, median)</source>
            <translation>Latenza (round trip, mediana)</translation>
        </message>
        <message>
            <source>Mechanism</source>
            <translation>Meccanismo</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Dimensione (byte)</translation>
        </message>
        <message>
            <source>Round trips</source>
            <translation>Round trip</translation>
        </message>
        <message>
            <source>Latency median (µs)</source>
            <translation>Latenza mediana (µs)</translation>
        </message>
        <message>
            <source>Latency max (µs)</source>
            <translation>Latenza massima (µs)</translation>
        </message>
        <message>
            <source>Throughput median (MB/s)</source>
            <translation>Throughput mediano (MB/s)</translation>
        </message>
        <message>
            <source>Wall time (s)</source>
            <translation>Tempo reale (s)</translation>
        </message>
        <message>
            <source>CPU time (s)</source>
            <translation>Tempo di CPU (s)</translation>
        </message>
        <message>
            <source>CPU / wall</source>
            <translation>CPU / reale</translation>
        </message>
        <message>
            <source>Measures real round trips between two processes for each IPC mechanism and message size. A full run takes a few minutes.</source>
            <translation>Misura round trip reali tra due processi per ogni meccanismo IPC e ogni dimensione del messaggio. Un'esecuzione completa richiede qualche minuto.</translation>
        </message>
        <message>
            <source>%v / %m</source>
            <translation>%v / %m</translation>
        </message>
        <message>
            <source>Measuring %1…</source>
            <translation>Misurazione di %1…</translation>
        </message>
        <message>
            <source>Benchmark cancelled.</source>
            <translation>Benchmark annullato.</translation>
        </message>
        <message>
            <source>Starting the benchmark…</source>
            <translation>Avvio del benchmark…</translation>
        </message>
        <message>
            <source>Benchmark failed: %1</source>
            <translation>Benchmark non riuscito: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) on %1.</source>
            <translation>
                <numerusform>%n risultato su %1.</numerusform>
                <numerusform>%n risultati su %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>this machine</source>
            <translation>questa macchina</translation>
        </message>
        <message>
            <source>message size (bytes)</source>
            <translation>dimensione del messaggio (byte)</translation>
        </message>
        <message>
            <source>MB/s</source>
            <translation>MB/s</translation>
        </message>
        <message>
            <source>µs per round trip</source>
            <translation>µs per round trip</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n.d.</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>Impossibile scrivere %1</translation>
        </message>
        <message>
            <source>Cannot write %1 (unknown image format or not writable)</source>
            <translation>Impossibile scrivere %1 (formato immagine sconosciuto o file non scrivibile)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossibile scrivere %1: %2</translation>
        </message>
        <message>
            <source>Export charts</source>
            <translation>Esporta grafici</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Immagine PNG (*.png);;Disegno SVG (*.svg)</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>Esporta dati</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Measure every mechanism and message size with real processes on this machine</source>
            <translation>Misura ogni meccanismo e ogni dimensione del messaggio con processi reali su questa macchina</translation>
        </message>
        <message>
            <source>A run of a few seconds instead of minutes, less precise</source>
            <translation>Un'esecuzione di pochi secondi invece che di minuti, meno precisa</translation>
        </message>
        <message>
            <source>Stop the benchmark; the results so far are dropped</source>
            <translation>Ferma il benchmark; i risultati ottenuti finora vengono scartati</translation>
        </message>
        <message>
            <source>Save both charts as a PNG or SVG picture</source>
            <translation>Salva entrambi i grafici come immagine PNG o SVG</translation>
        </message>
        <message>
            <source>Save every result as a table for a spreadsheet</source>
            <translation>Salva tutti i risultati come tabella per un foglio di calcolo</translation>
        </message>
        <message>
            <source>Benchmark progress</source>
            <translation>Avanzamento del benchmark</translation>
        </message>
        <message>
            <source>Benchmark status</source>
            <translation>Stato del benchmark</translation>
        </message>
        <message>
            <source>Throughput chart</source>
            <translation>Grafico del throughput</translation>
        </message>
        <message>
            <source>Megabytes per second one way, by message size</source>
            <translation>Megabyte al secondo in un solo verso, per dimensione del messaggio</translation>
        </message>
        <message>
            <source>Latency chart</source>
            <translation>Grafico della latenza</translation>
        </message>
        <message>
            <source>Microseconds per round trip, by message size</source>
            <translation>Microsecondi per round trip, per dimensione del messaggio</translation>
        </message>
        <message>
            <source>Benchmark results</source>
            <translation>Risultati del benchmark</translation>
        </message>
    </context>
    <context>
        <name>CExporter</name>
        <message>
            <source>The trace does not say which scenario it ran (no source in its hello).</source>
            <translation>La traccia non indica quale scenario ha eseguito (manca source nel suo record hello).</translation>
        </message>
        <message>
            <source>The trace names an invalid scenario: %1</source>
            <translation>La traccia indica uno scenario non valido: %1</translation>
        </message>
        <message>
            <source>The engine (ipcviz-engine) was not found: not next to the application, not in the build tree, and IPCVIZ_ENGINE is not set.</source>
            <translation>Il motore (ipcviz-engine) non è stato trovato: non è accanto all'applicazione né nell'albero di build, e IPCVIZ_ENGINE non è impostata.</translation>
        </message>
        <message>
            <source>The engine was not found at %1.</source>
            <translation>Il motore non è stato trovato in %1.</translation>
        </message>
        <message>
            <source>Could not start the engine (%1): %2</source>
            <translation>Impossibile avviare il motore (%1): %2</translation>
        </message>
        <message>
            <source>The engine did not print the C program within %1 seconds.</source>
            <translation>Il motore non ha stampato il programma C entro %1 secondi.</translation>
        </message>
        <message>
            <source>The engine crashed while printing the C program for %1.</source>
            <translation>Il motore è andato in crash mentre stampava il programma C per %1.</translation>
        </message>
        <message>
            <source>The engine could not print the C program for %1 (exit status %2): %3</source>
            <translation>Il motore non è riuscito a stampare il programma C per %1 (stato di uscita %2): %3</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>nessun messaggio</translation>
        </message>
        <message>
            <source>The engine printed no C program for %1.</source>
            <translation>Il motore non ha stampato alcun programma C per %1.</translation>
        </message>
    </context>
    <context>
        <name>CanvasScene</name>
        <message>
            <source>engine</source>
            <translation>motore</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisore</translation>
        </message>
        <message>
            <source>interpreter</source>
            <translation>interprete</translation>
        </message>
        <message>
            <source>unnamed pipe, created by %1</source>
            <translation>pipe anonima, creata da %1</translation>
        </message>
        <message>
            <source>orphan, adopted</source>
            <translation>orfano, adottato</translation>
        </message>
        <message>
            <source>write</source>
            <translation>scrittura</translation>
        </message>
        <message>
            <source>read</source>
            <translation>lettura</translation>
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
            <translation>Area di disegno dei processi</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom, click a process or an object to inspect it</source>
            <translation>Trascina per spostare la vista, usa la rotellina per lo zoom, fai clic su un processo o un oggetto per ispezionarlo</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Ingrandisci</translation>
        </message>
        <message>
            <source>Zoom in on the canvas (Ctrl++)</source>
            <translation>Ingrandisci l'area di disegno (Ctrl++)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>&amp;Riduci</translation>
        </message>
        <message>
            <source>Zoom out of the canvas (Ctrl+-)</source>
            <translation>Riduci l'area di disegno (Ctrl+-)</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>&amp;Adatta alla finestra</translation>
        </message>
        <message>
            <source>Show the whole drawing and follow it as it grows (Ctrl+0)</source>
            <translation>Mostra l'intero disegno e seguilo mentre cresce (Ctrl+0)</translation>
        </message>
        <message>
            <source>Pick a scenario and press Run</source>
            <translation>Scegli uno scenario e premi Esegui</translation>
        </message>
    </context>
    <context>
        <name>ChartsPane</name>
        <message>
            <source>Show the 64 KiB pipe capacity</source>
            <translation>Mostra la capacità di 64 KiB della pipe</translation>
        </message>
        <message>
            <source>Bytes held in pipes and FIFOs</source>
            <translation>Byte contenuti nelle pipe e nelle FIFO</translation>
        </message>
        <message>
            <source>bytes</source>
            <translation>byte</translation>
        </message>
        <message>
            <source>Semaphore values</source>
            <translation>Valori dei semafori</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valore</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Processi</translation>
        </message>
        <message>
            <source>processes</source>
            <translation>processi</translation>
        </message>
        <message>
            <source>Bytes written (solid) and read (dashed) per process</source>
            <translation>Byte scritti (linea continua) e letti (tratteggiata) per processo</translation>
        </message>
        <message>
            <source>A pipe holds at most 64 KiB: a writer blocks when it is full. Uncheck to zoom on small amounts.</source>
            <translation>Una pipe contiene al massimo 64 KiB: chi scrive si blocca quando è piena. Togli la spunta per ingrandire le quantità piccole.</translation>
        </message>
        <message>
            <source>Pipes</source>
            <translation>Pipe</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Semafori</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Byte</translation>
        </message>
        <message>
            <source>capacity (64 KiB)</source>
            <translation>capacità (64 KiB)</translation>
        </message>
        <message>
            <source>blocked on %1</source>
            <translation>bloccati su %1</translation>
        </message>
        <message>
            <source>alive</source>
            <translation>vivi</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>bloccati</translation>
        </message>
        <message>
            <source>zombie</source>
            <translation>zombie</translation>
        </message>
        <message>
            <source>%1 written</source>
            <translation>%1 (scritti)</translation>
        </message>
        <message>
            <source>%1 read</source>
            <translation>%1 (letti)</translation>
        </message>
        <message>
            <source>Charts of the run</source>
            <translation>Grafici dell'esecuzione</translation>
        </message>
    </context>
    <context>
        <name>CodePane</name>
        <message>
            <source>The scenario as a C program</source>
            <translation>Lo scenario come programma C</translation>
        </message>
        <message>
            <source>Run a scenario to see it as a C program, with a cursor for each process.</source>
            <translation>Esegui uno scenario per vederlo come programma C, con un cursore per ogni processo.</translation>
        </message>
        <message>
            <source>not JSON at offset %1: %2</source>
            <translation>non è JSON all'offset %1: %2</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>non è un oggetto</translation>
        </message>
        <message>
            <source>no "text" string in the engine's C program</source>
            <translation>nessuna stringa "text" nel programma C del motore</translation>
        </message>
        <message>
            <source>line table entry %1 is not {"line":N,"c_line":M} with N, M &gt; 0</source>
            <translation>la voce %1 della tabella delle righe non è {"line":N,"c_line":M} con N, M &gt; 0</translation>
        </message>
        <message>
            <source>the engine %1 could not be started</source>
            <translation>impossibile avviare il motore %1</translation>
        </message>
        <message>
            <source>the engine did not answer within %1 ms</source>
            <translation>il motore non ha risposto entro %1 ms</translation>
        </message>
        <message>
            <source>the engine exited with status %1</source>
            <translation>il motore è terminato con stato %1</translation>
        </message>
        <message>
            <source>The run does not say which scenario it is.</source>
            <translation>L'esecuzione non indica di quale scenario si tratta.</translation>
        </message>
        <message>
            <source>The engine was not found.</source>
            <translation>Il motore non è stato trovato.</translation>
        </message>
        <message>
            <source>No C listing: %1</source>
            <translation>Nessun listato C: %1</translation>
        </message>
        <message>
            <source>The scenario %1 could not be written as C: %2</source>
            <translation>Impossibile scrivere lo scenario %1 in C: %2</translation>
        </message>
        <message>
            <source>%1 called exec and now runs %2: its code is not in this listing.</source>
            <translation>%1 ha chiamato exec e ora esegue %2: il suo codice non è in questo listato.</translation>
        </message>
        <message>
            <source>%1 at line %2</source>
            <translation>%1 alla riga %2</translation>
        </message>
        <message>
            <source>%1 (not on a line of this listing)</source>
            <translation>%1 (non su una riga di questo listato)</translation>
        </message>
        <message>
            <source>No process is running the listing.</source>
            <translation>Nessun processo sta eseguendo il listato.</translation>
        </message>
        <message>
            <source>The scenario written as C; each process's line is marked in its colour</source>
            <translation>Lo scenario scritto in C; la riga di ogni processo è evidenziata nel suo colore</translation>
        </message>
        <message>
            <source>Where each process is</source>
            <translation>Dove si trova ogni processo</translation>
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
            <translation>Tutto ciò che i processi hanno stampato, fino al cursore temporale</translation>
        </message>
        <message>
            <source>Output of the processes appears here.</source>
            <translation>Qui compare l'output dei processi.</translation>
        </message>
    </context>
    <context>
        <name>DecodeError</name>
        <message>
            <source>line %1: %2</source>
            <translation>riga %1: %2</translation>
        </message>
    </context>
    <context>
        <name>EngineClient</name>
        <message>
            <source>%1

The engine said:
%2</source>
            <translation>%1

Il motore ha detto:
%2</translation>
        </message>
        <message>
            <source>Internal error: the engine must be started from the main thread.</source>
            <translation>Errore interno: il motore deve essere avviato dal thread principale.</translation>
        </message>
        <message>
            <source>The ipcviz engine (ipcviz-engine) was not found next to the application. Reinstall ipcviz, or set the environment variable IPCVIZ_ENGINE to the engine's path.</source>
            <translation>Il motore di ipcviz (ipcviz-engine) non è stato trovato accanto all'applicazione. Reinstalla ipcviz, oppure imposta la variabile d'ambiente IPCVIZ_ENGINE al percorso del motore.</translation>
        </message>
        <message>
            <source>No scenario was chosen: pick one and run it again.</source>
            <translation>Nessuno scenario scelto: scegline uno ed eseguilo di nuovo.</translation>
        </message>
        <message>
            <source>The engine speaks a newer protocol than this version of ipcviz (%1). Use the engine that came with this version of ipcviz, or update ipcviz.</source>
            <translation>Il motore usa un protocollo più recente di questa versione di ipcviz (%1). Usa il motore fornito con questa versione di ipcviz, oppure aggiorna ipcviz.</translation>
        </message>
        <message>
            <source>The engine's output does not start with a hello record: it is not an ipcviz event stream. Check that IPCVIZ_ENGINE points to ipcviz-engine.</source>
            <translation>L'output del motore non inizia con un record hello: non è un flusso di eventi di ipcviz. Controlla che IPCVIZ_ENGINE punti a ipcviz-engine.</translation>
        </message>
        <message>
            <source>stopped by the user</source>
            <translation>interrotta dall'utente</translation>
        </message>
        <message>
            <source>The run was stopped before it started.</source>
            <translation>L'esecuzione è stata fermata prima di iniziare.</translation>
        </message>
        <message>
            <source>The engine crashed before the end of the run. Run the scenario again; if the engine crashes again, report it together with its message.</source>
            <translation>Il motore è andato in crash prima della fine dell'esecuzione. Esegui di nuovo lo scenario; se il motore va di nuovo in crash, segnalalo insieme al suo messaggio.</translation>
        </message>
        <message>
            <source>The engine refused to run the scenario (exit status %1). Check the scenario and its parameters.</source>
            <translation>Il motore si è rifiutato di eseguire lo scenario (stato di uscita %1). Controlla lo scenario e i suoi parametri.</translation>
        </message>
        <message>
            <source>The engine exited (status %1) without finishing the run: the events so far are kept, but the run is incomplete.</source>
            <translation>Il motore è terminato (stato %1) senza completare l'esecuzione: gli eventi ricevuti finora vengono conservati, ma l'esecuzione è incompleta.</translation>
        </message>
        <message>
            <source>Could not start the engine %1: %2. Check that the file exists and is executable, or set the environment variable IPCVIZ_ENGINE to the engine's path.</source>
            <translation>Impossibile avviare il motore %1: %2. Controlla che il file esista e sia eseguibile, oppure imposta la variabile d'ambiente IPCVIZ_ENGINE al percorso del motore.</translation>
        </message>
        <message>
            <source>Could not start the engine %1: %2.</source>
            <translation>Impossibile avviare il motore %1: %2.</translation>
        </message>
        <message>
            <source>The engine did not list its scenarios within %1 ms.</source>
            <translation>Il motore non ha elencato i suoi scenari entro %1 ms.</translation>
        </message>
        <message>
            <source>The engine could not list its scenarios (exit status %1).</source>
            <translation>Il motore non è riuscito a elencare i suoi scenari (stato di uscita %1).</translation>
        </message>
        <message>
            <source>The engine's scenario list is not valid JSON (at byte %1: %2).</source>
            <translation>L'elenco degli scenari del motore non è JSON valido (al byte %1: %2).</translation>
        </message>
        <message>
            <source>The engine's scenario list is not a JSON array.</source>
            <translation>L'elenco degli scenari del motore non è un array JSON.</translation>
        </message>
        <message>
            <source>The engine's scenario list has an entry without an id.</source>
            <translation>L'elenco degli scenari del motore contiene una voce senza id.</translation>
        </message>
    </context>
    <context>
        <name>EngineMessage</name>
        <message>
            <source>the run reached its cap of %1 processes; fork refused</source>
            <translation>l'esecuzione ha raggiunto il suo limite di %1 processi; fork rifiutata</translation>
        </message>
        <message>
            <source>the run reached its cap of %1 IPC objects (pipes, FIFOs, files, shared memory, semaphores); %2 refused</source>
            <translation>l'esecuzione ha raggiunto il suo limite di %1 oggetti IPC (pipe, FIFO, file, memoria condivisa, semafori); chiamata %2 rifiutata</translation>
        </message>
        <message>
            <source>'%1' is not an octal integer (a leading 0 means octal)</source>
            <translation>'%1' non è un intero ottale (uno 0 iniziale indica un numero ottale)</translation>
        </message>
        <message>
            <source>integer '%1' is out of range</source>
            <translation>l'intero '%1' è fuori intervallo</translation>
        </message>
        <message>
            <source>invalid UTF-8</source>
            <translation>UTF-8 non valido</translation>
        </message>
        <message>
            <source>unexpected control character</source>
            <translation>carattere di controllo inatteso</translation>
        </message>
        <message>
            <source>control character in a string (write it as an escape)</source>
            <translation>carattere di controllo in una stringa (scrivilo come sequenza di escape)</translation>
        </message>
        <message>
            <source>'\x' needs two hexadecimal digits (\x00 to \xFF)</source>
            <translation>'\x' richiede due cifre esadecimali (da \x00 a \xFF)</translation>
        </message>
        <message>
            <source>unterminated string (missing closing '"')</source>
            <translation>stringa non terminata (manca la '"' di chiusura)</translation>
        </message>
        <message>
            <source>unknown escape '\%1' (use \n \t \r \\ \" \0 or \xHH)</source>
            <translation>sequenza di escape sconosciuta '\%1' (usa \n \t \r \\ \" \0 o \xHH)</translation>
        </message>
        <message>
            <source>missing blank after a string</source>
            <translation>manca uno spazio dopo una stringa</translation>
        </message>
        <message>
            <source>'${name}' is for use inside strings; write $name</source>
            <translation>'${name}' si usa dentro le stringhe; scrivi $name</translation>
        </message>
        <message>
            <source>'$' must be followed by a parameter name</source>
            <translation>'$' deve essere seguito dal nome di un parametro</translation>
        </message>
        <message>
            <source>missing blank before a string</source>
            <translation>manca uno spazio prima di una stringa</translation>
        </message>
        <message>
            <source>cannot open the file: %1</source>
            <translation>impossibile aprire il file: %1</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>impossibile leggere il file: %1</translation>
        </message>
        <message>
            <source>is a directory, not a scenario file</source>
            <translation>è una directory, non un file di scenario</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>non è un file regolare</translation>
        </message>
        <message>
            <source>the file is larger than 1 MiB (%1 bytes): not a scenario</source>
            <translation>il file è più grande di 1 MiB (%1 byte): non è uno scenario</translation>
        </message>
        <message>
            <source>the file is larger than 1 MiB: not a scenario</source>
            <translation>il file è più grande di 1 MiB: non è uno scenario</translation>
        </message>
        <message>
            <source>unknown scenario '%1': no built-in has this id and there is no such file</source>
            <translation>scenario '%1' sconosciuto: nessuno scenario integrato ha questo id e non esiste un file con questo nome</translation>
        </message>
        <message>
            <source>%1; run `ipcviz-engine list` to see the built-in scenarios</source>
            <translation>%1; esegui `ipcviz-engine list` per vedere gli scenari integrati</translation>
        </message>
        <message>
            <source>%1 (did you mean '%2'?)</source>
            <translation>%1 (forse intendevi '%2'?)</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (invalid byte here)</source>
            <translation>il file non è testo UTF-8 (byte non valido qui)</translation>
        </message>
        <message>
            <source>the integer %1</source>
            <translation>l'intero %1</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>una stringa</translation>
        </message>
        <message>
            <source>something else</source>
            <translation>qualcos'altro</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>da %1 a %2</translation>
        </message>
        <message>
            <source>expected %1 (%2), found %3</source>
            <translation>serve %1 (%2), trovato %3</translation>
        </message>
        <message>
            <source>too many errors (%1); stopping here</source>
            <translation>troppi errori (%1); mi fermo qui</translation>
        </message>
        <message>
            <source>%1 (this scenario declares no parameters)</source>
            <translation>%1 (questo scenario non dichiara parametri)</translation>
        </message>
        <message>
            <source>%1 (parameters: %2)</source>
            <translation>%1 (parametri: %2)</translation>
        </message>
        <message>
            <source>'{' must be at the end of line %1 ('%2'), not on a line of its own</source>
            <translation>'{' deve stare alla fine della riga %1 ('%2'), non su una riga a sé</translation>
        </message>
        <message>
            <source>'%1' needs a block: end the line with '{'</source>
            <translation>'%1' richiede un blocco: termina la riga con '{'</translation>
        </message>
        <message>
            <source>'}' must be alone on its line</source>
            <translation>'}' deve stare da solo sulla sua riga</translation>
        </message>
        <message>
            <source>'{' must end the line of the statement that opens the block</source>
            <translation>'{' deve chiudere la riga dell'istruzione che apre il blocco</translation>
        </message>
        <message>
            <source>nothing may follow '{' on its line: the block starts on the next line</source>
            <translation>dopo '{' non può esserci altro sulla riga: il blocco inizia alla riga successiva</translation>
        </message>
        <message>
            <source>expected a statement, found %1</source>
            <translation>serve un'istruzione, trovato %1</translation>
        </message>
        <message>
            <source>'process' blocks cannot be nested (use 'fork' to start a child)</source>
            <translation>i blocchi 'process' non si possono annidare (usa 'fork' per avviare un figlio)</translation>
        </message>
        <message>
            <source>directive '%1' must come before the first 'process' block</source>
            <translation>la direttiva '%1' deve venire prima del primo blocco 'process'</translation>
        </message>
        <message>
            <source>'%1' does not take a block</source>
            <translation>'%1' non accetta un blocco</translation>
        </message>
        <message>
            <source>'%1' must be inside a 'process' block</source>
            <translation>'%1' deve stare dentro un blocco 'process'</translation>
        </message>
        <message>
            <source>unknown directive '%1'</source>
            <translation>direttiva '%1' sconosciuta</translation>
        </message>
        <message>
            <source>'%1' is a directive: put it before the first 'process' block</source>
            <translation>'%1' è una direttiva: mettila prima del primo blocco 'process'</translation>
        </message>
        <message>
            <source>unknown statement '%1'</source>
            <translation>istruzione '%1' sconosciuta</translation>
        </message>
        <message>
            <source>blocks are nested too deeply (at most %1 levels)</source>
            <translation>blocchi annidati troppo in profondità (al massimo %1 livelli)</translation>
        </message>
        <message>
            <source>'}' without an open block</source>
            <translation>'}' senza un blocco aperto</translation>
        </message>
        <message>
            <source>the block of '%1' opened here is never closed (missing '}')</source>
            <translation>il blocco di '%1' aperto qui non viene mai chiuso (manca '}')</translation>
        </message>
        <message>
            <source>duplicate '%1' (already given at line %2)</source>
            <translation>'%1' duplicato (già indicato alla riga %2)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (usage: %3)</source>
            <translation>'%1' richiede %2 (uso: %3)</translation>
        </message>
        <message>
            <source>a word</source>
            <translation>una parola</translation>
        </message>
        <message>
            <source>too many arguments (usage: %1)</source>
            <translation>troppi argomenti (uso: %1)</translation>
        </message>
        <message>
            <source>expected a string in double quotes, found %1</source>
            <translation>serve una stringa tra virgolette doppie, trovato %1</translation>
        </message>
        <message>
            <source>the %1 is empty</source>
            <translation>il valore di %1 è vuoto</translation>
        </message>
        <message>
            <source>the id must be lower-case letters, digits and '-', found %1</source>
            <translation>l'id deve contenere solo lettere minuscole, cifre e '-', trovato %1</translation>
        </message>
        <message>
            <source>unknown end status %1 (one of: %2)</source>
            <translation>stato finale %1 sconosciuto (uno tra: %2)</translation>
        </message>
        <message>
            <source>unknown category %1</source>
            <translation>categoria %1 sconosciuta</translation>
        </message>
        <message>
            <source>unknown category %1 (one of: %2)</source>
            <translation>categoria %1 sconosciuta (una tra: %2)</translation>
        </message>
        <message>
            <source>'param' needs a name (usage: %1)</source>
            <translation>'param' richiede un nome (uso: %1)</translation>
        </message>
        <message>
            <source>expected a parameter name (letters, digits, '_'), found %1</source>
            <translation>serve il nome di un parametro (lettere, cifre, '_'), trovato %1</translation>
        </message>
        <message>
            <source>duplicate parameter '%1' (first declared at line %2)</source>
            <translation>parametro '%1' duplicato (dichiarato la prima volta alla riga %2)</translation>
        </message>
        <message>
            <source>parameter '%1' needs a default value (usage: %2)</source>
            <translation>il parametro '%1' richiede un valore predefinito (uso: %2)</translation>
        </message>
        <message>
            <source>expected the default value (an integer or a string), found %1</source>
            <translation>serve il valore predefinito (un intero o una stringa), trovato %1</translation>
        </message>
        <message>
            <source>parameter '%1' needs a description (usage: %2)</source>
            <translation>il parametro '%1' richiede una descrizione (uso: %2)</translation>
        </message>
        <message>
            <source>expected the description (a string), found %1</source>
            <translation>serve la descrizione (una stringa), trovato %1</translation>
        </message>
        <message>
            <source>unknown option %1 for 'param' (options: min, max)</source>
            <translation>opzione %1 sconosciuta per 'param' (opzioni: min, max)</translation>
        </message>
        <message>
            <source>'%1' applies to integer parameters only</source>
            <translation>'%1' vale solo per i parametri interi</translation>
        </message>
        <message>
            <source>option '%1' given twice</source>
            <translation>opzione '%1' indicata due volte</translation>
        </message>
        <message>
            <source>option '%1' needs an integer</source>
            <translation>l'opzione '%1' richiede un intero</translation>
        </message>
        <message>
            <source>option '%1' needs an integer, found %2</source>
            <translation>l'opzione '%1' richiede un intero, trovato %2</translation>
        </message>
        <message>
            <source>parameter '%1': min %2 is greater than max %3</source>
            <translation>parametro '%1': il minimo %2 è maggiore del massimo %3</translation>
        </message>
        <message>
            <source>the default %1 of parameter '%2' is outside its range (%3)</source>
            <translation>il valore predefinito %1 del parametro '%2' è fuori dal suo intervallo (%3)</translation>
        </message>
        <message>
            <source>'process' needs a label (usage: process LABEL {)</source>
            <translation>'process' richiede un'etichetta (uso: process LABEL {)</translation>
        </message>
        <message>
            <source>expected a process label (lower-case letters, digits, '_' and '-', starting with a letter), found %1</source>
            <translation>serve l'etichetta di un processo (lettere minuscole, cifre, '_' e '-', iniziando con una lettera), trovato %1</translation>
        </message>
        <message>
            <source>'%1' is reserved: choose another label</source>
            <translation>'%1' è riservato: scegli un'altra etichetta</translation>
        </message>
        <message>
            <source>duplicate process label '%1' (first used at line %2)</source>
            <translation>etichetta di processo '%1' duplicata (usata la prima volta alla riga %2)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (%3)</source>
            <translation>'%1' richiede %2 (%3)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (%3); usage: %4</source>
            <translation>'%1' richiede %2 (%3); uso: %4</translation>
        </message>
        <message>
            <source>unknown option '%1' for '%2'</source>
            <translation>opzione '%1' sconosciuta per '%2'</translation>
        </message>
        <message>
            <source>%1 (options: %2)</source>
            <translation>%1 (opzioni: %2)</translation>
        </message>
        <message>
            <source>too many arguments, from %1 on; usage: %2</source>
            <translation>troppi argomenti, da %1 in poi; uso: %2</translation>
        </message>
        <message>
            <source>option '%1' needs a value: %2 (%3)</source>
            <translation>l'opzione '%1' richiede un valore: %2 (%3)</translation>
        </message>
        <message>
            <source>option '%1' needs '%2'</source>
            <translation>l'opzione '%1' richiede '%2'</translation>
        </message>
        <message>
            <source>options '%1' and '%2' exclude each other</source>
            <translation>le opzioni '%1' e '%2' si escludono a vicenda</translation>
        </message>
        <message>
            <source>'write' needs a string (the text to write) or 'fill INT'</source>
            <translation>'write' richiede una stringa (il testo da scrivere) oppure 'fill INT'</translation>
        </message>
        <message>
            <source>'write' takes a string or 'fill INT', not both</source>
            <translation>'write' accetta una stringa oppure 'fill INT', non entrambi</translation>
        </message>
        <message>
            <source>'as int32' reads 4 bytes, not %1</source>
            <translation>'as int32' legge 4 byte, non %1</translation>
        </message>
        <message>
            <source>%1 cannot be caught, ignored or reset</source>
            <translation>%1 non si può catturare, ignorare o ripristinare</translation>
        </message>
        <message>
            <source>'reap' is a handler for SIGCHLD only, not %1</source>
            <translation>'reap' è un gestore solo per SIGCHLD, non per %1</translation>
        </message>
        <message>
            <source>'%1' is already defined at line %2</source>
            <translation>'%1' è già definito alla riga %2</translation>
        </message>
        <message>
            <source>unknown parameter '$%1'</source>
            <translation>parametro '$%1' sconosciuto</translation>
        </message>
        <message>
            <source>'$%1' is a string parameter; expected an integer (%2)</source>
            <translation>'$%1' è un parametro stringa; serve un intero (%2)</translation>
        </message>
        <message>
            <source>the default of '$%1' (%2) is out of range for %3 (%4)</source>
            <translation>il valore predefinito di '$%1' (%2) è fuori intervallo per %3 (%4)</translation>
        </message>
        <message>
            <source>unterminated '${' (write ${name} inside a string)</source>
            <translation>'${' non chiuso (scrivi ${name} dentro una stringa)</translation>
        </message>
        <message>
            <source>'${%1}' is not a parameter name</source>
            <translation>'${%1}' non è il nome di un parametro</translation>
        </message>
        <message>
            <source>unknown parameter '${%1}'</source>
            <translation>parametro '${%1}' sconosciuto</translation>
        </message>
        <message>
            <source>'%' starts a run-time substitution; write %% for a '%' (substitutions: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME))</source>
            <translation>'%' inizia una sostituzione a run-time; scrivi %% per un '%' (sostituzioni: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME))</translation>
        </message>
        <message>
            <source>unknown substitution '%%1' (substitutions: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME), or %% for a '%')</source>
            <translation>sostituzione '%%1' sconosciuta (sostituzioni: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME), oppure %% per un '%')</translation>
        </message>
        <message>
            <source>'%%1' needs a name in parentheses: %%2</source>
            <translation>'%%1' richiede un nome tra parentesi: %%2</translation>
        </message>
        <message>
            <source>unknown signal '%1' in %count(...)</source>
            <translation>segnale '%1' sconosciuto in %count(...)</translation>
        </message>
        <message>
            <source>unknown variable '%1' in %var(...): set it first with 'read ... into %1' or 'mem_read ... into %1'</source>
            <translation>variabile '%1' sconosciuta in %var(...): impostala prima con 'read ... into %1' o 'mem_read ... into %1'</translation>
        </message>
        <message>
            <source>'%1' is %2, not %3</source>
            <translation>'%1' è %2, non %3</translation>
        </message>
        <message>
            <source>'%1' is not defined before this line in this process (expected %2)</source>
            <translation>'%1' non è definito prima di questa riga in questo processo (serve %2)</translation>
        </message>
        <message>
            <source>descriptor %1 is out of range (0 to 1023)</source>
            <translation>il descrittore %1 è fuori intervallo (da 0 a 1023)</translation>
        </message>
        <message>
            <source>no pipe '%1' is defined before this line in this process</source>
            <translation>nessuna pipe '%1' è definita prima di questa riga in questo processo</translation>
        </message>
        <message>
            <source>'%1' is %2, not a pipe: '.r' and '.w' are the ends of a pipe</source>
            <translation>'%1' è %2, non una pipe: '.r' e '.w' sono le estremità di una pipe</translation>
        </message>
        <message>
            <source>'%1' is a pipe: use %1.r or %1.w</source>
            <translation>'%1' è una pipe: usa %1.r o %1.w</translation>
        </message>
        <message>
            <source>out of range: %1 must be %2, not %3</source>
            <translation>fuori intervallo: %1 deve essere %2, non %3</translation>
        </message>
        <message>
            <source>%1 (put text in double quotes)</source>
            <translation>%1 (metti il testo tra virgolette doppie)</translation>
        </message>
        <message>
            <source>a path cannot come from a parameter; write it as a string</source>
            <translation>un percorso non può venire da un parametro; scrivilo come stringa</translation>
        </message>
        <message>
            <source>a path cannot use parameters</source>
            <translation>un percorso non può usare parametri</translation>
        </message>
        <message>
            <source>the path is empty</source>
            <translation>il percorso è vuoto</translation>
        </message>
        <message>
            <source>the path is longer than 200 bytes</source>
            <translation>il percorso è più lungo di 200 byte</translation>
        </message>
        <message>
            <source>a path cannot contain \0</source>
            <translation>un percorso non può contenere \0</translation>
        </message>
        <message>
            <source>absolute paths are refused: use a path relative to the run directory, such as "myfifo"</source>
            <translation>i percorsi assoluti non sono ammessi: usa un percorso relativo alla directory dell'esecuzione, come "myfifo"</translation>
        </message>
        <message>
            <source>'..' is refused in paths: stay inside the run directory</source>
            <translation>'..' non è ammesso nei percorsi: resta dentro la directory dell'esecuzione</translation>
        </message>
        <message>
            <source>a name cannot come from a parameter; write it as a string</source>
            <translation>un nome non può venire da un parametro; scrivilo come stringa</translation>
        </message>
        <message>
            <source>a shm or semaphore name cannot use parameters</source>
            <translation>il nome di una shm o di un semaforo non può usare parametri</translation>
        </message>
        <message>
            <source>a shm or semaphore name must start with '/', as in "/AOS"</source>
            <translation>il nome di una shm o di un semaforo deve iniziare con '/', come in "/AOS"</translation>
        </message>
        <message>
            <source>the name needs at least one character after '/'</source>
            <translation>il nome richiede almeno un carattere dopo '/'</translation>
        </message>
        <message>
            <source>a shm or semaphore name cannot contain another '/'</source>
            <translation>il nome di una shm o di un semaforo non può contenere un altro '/'</translation>
        </message>
        <message>
            <source>the name is longer than 200 bytes</source>
            <translation>il nome è più lungo di 200 byte</translation>
        </message>
        <message>
            <source>a name cannot contain \0</source>
            <translation>un nome non può contenere \0</translation>
        </message>
        <message>
            <source>'%1' is not a valid name (letters, digits and '_', not starting with a digit)</source>
            <translation>'%1' non è un nome valido (lettere, cifre e '_', senza iniziare con una cifra)</translation>
        </message>
        <message>
            <source>'%1' is reserved: choose another name</source>
            <translation>'%1' è riservato: scegli un altro nome</translation>
        </message>
        <message>
            <source>'%1' is %2, not a process</source>
            <translation>'%1' è %2, non un processo</translation>
        </message>
        <message>
            <source>unknown signal '%1' (write 'SIG%1')</source>
            <translation>segnale '%1' sconosciuto (scrivi 'SIG%1')</translation>
        </message>
        <message>
            <source>unknown signal '%1'</source>
            <translation>segnale '%1' sconosciuto</translation>
        </message>
        <message>
            <source>'%1' is %2, not a variable</source>
            <translation>'%1' è %2, non una variabile</translation>
        </message>
        <message>
            <source>unknown variable '%1': set it first with 'mem_read ... into %1' or 'read ... into %1'</source>
            <translation>variabile '%1' sconosciuta: impostala prima con 'mem_read ... into %1' o 'read ... into %1'</translation>
        </message>
        <message>
            <source>unknown process '%1': not a fork NAME defined earlier in this process, nor a process label</source>
            <translation>processo '%1' sconosciuto: non è il NAME di una fork definita prima in questo processo, né l'etichetta di un processo</translation>
        </message>
        <message>
            <source>no 'process' block: a scenario needs at least one process</source>
            <translation>nessun blocco 'process': uno scenario ha bisogno di almeno un processo</translation>
        </message>
        <message>
            <source>a pipe</source>
            <translation>una pipe</translation>
        </message>
        <message>
            <source>an opened FIFO or file</source>
            <translation>una FIFO o un file aperto</translation>
        </message>
        <message>
            <source>a shared memory object</source>
            <translation>un oggetto di memoria condivisa</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>una mappatura</translation>
        </message>
        <message>
            <source>a semaphore</source>
            <translation>un semaforo</translation>
        </message>
        <message>
            <source>a child process</source>
            <translation>un processo figlio</translation>
        </message>
        <message>
            <source>a variable</source>
            <translation>una variabile</translation>
        </message>
        <message>
            <source>a name</source>
            <translation>un nome</translation>
        </message>
        <message>
            <source>the permission bits, e.g. 0600</source>
            <translation>i bit dei permessi, ad es. 0600</translation>
        </message>
        <message>
            <source>the variable to keep the text</source>
            <translation>la variabile in cui tenere il testo</translation>
        </message>
        <message>
            <source>the text to print</source>
            <translation>il testo da stampare</translation>
        </message>
        <message>
            <source>the text to put in the stdout buffer</source>
            <translation>il testo da mettere nel buffer di stdout</translation>
        </message>
        <message>
            <source>the text to print on stderr</source>
            <translation>il testo da stampare su stderr</translation>
        </message>
        <message>
            <source>the child's name</source>
            <translation>il nome del figlio</translation>
        </message>
        <message>
            <source>the depth of the tree</source>
            <translation>la profondità dell'albero</translation>
        </message>
        <message>
            <source>how many children each process forks</source>
            <translation>quanti figli crea ogni processo</translation>
        </message>
        <message>
            <source>the child to wait for</source>
            <translation>il figlio da attendere</translation>
        </message>
        <message>
            <source>the exit status</source>
            <translation>lo stato di uscita</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>secondi</translation>
        </message>
        <message>
            <source>milliseconds</source>
            <translation>millisecondi</translation>
        </message>
        <message>
            <source>microseconds</source>
            <translation>microsecondi</translation>
        </message>
        <message>
            <source>the program and its arguments</source>
            <translation>il programma e i suoi argomenti</translation>
        </message>
        <message>
            <source>how many times</source>
            <translation>quante volte</translation>
        </message>
        <message>
            <source>the signal to handle</source>
            <translation>il segnale da gestire</translation>
        </message>
        <message>
            <source>the action</source>
            <translation>l'azione</translation>
        </message>
        <message>
            <source>the process to signal</source>
            <translation>il processo a cui inviare il segnale</translation>
        </message>
        <message>
            <source>the signal to send</source>
            <translation>il segnale da inviare</translation>
        </message>
        <message>
            <source>the pipe's name</source>
            <translation>il nome della pipe</translation>
        </message>
        <message>
            <source>the descriptor to close</source>
            <translation>il descrittore da chiudere</translation>
        </message>
        <message>
            <source>the descriptor to copy</source>
            <translation>il descrittore da copiare</translation>
        </message>
        <message>
            <source>the new descriptor number</source>
            <translation>il numero del nuovo descrittore</translation>
        </message>
        <message>
            <source>the descriptor to write to</source>
            <translation>il descrittore su cui scrivere</translation>
        </message>
        <message>
            <source>the text to write</source>
            <translation>il testo da scrivere</translation>
        </message>
        <message>
            <source>how many bytes of 'x' to write</source>
            <translation>quanti byte di 'x' scrivere</translation>
        </message>
        <message>
            <source>the descriptor to read from</source>
            <translation>il descrittore da cui leggere</translation>
        </message>
        <message>
            <source>the most bytes one read returns</source>
            <translation>il massimo di byte che una read restituisce</translation>
        </message>
        <message>
            <source>the text to wait for</source>
            <translation>il testo da attendere</translation>
        </message>
        <message>
            <source>the FIFO's path</source>
            <translation>il percorso della FIFO</translation>
        </message>
        <message>
            <source>the descriptor's name</source>
            <translation>il nome del descrittore</translation>
        </message>
        <message>
            <source>the path to open</source>
            <translation>il percorso da aprire</translation>
        </message>
        <message>
            <source>the access mode</source>
            <translation>la modalità di accesso</translation>
        </message>
        <message>
            <source>the path to remove</source>
            <translation>il percorso da rimuovere</translation>
        </message>
        <message>
            <source>the shared memory's name</source>
            <translation>il nome della memoria condivisa</translation>
        </message>
        <message>
            <source>the shared memory object, e.g. "/AOS"</source>
            <translation>l'oggetto di memoria condivisa, ad es. "/AOS"</translation>
        </message>
        <message>
            <source>the shared memory to resize</source>
            <translation>la memoria condivisa da ridimensionare</translation>
        </message>
        <message>
            <source>the size in bytes</source>
            <translation>la dimensione in byte</translation>
        </message>
        <message>
            <source>the mapping's name</source>
            <translation>il nome della mappatura</translation>
        </message>
        <message>
            <source>the shared memory or file to map</source>
            <translation>la memoria condivisa o il file da mappare</translation>
        </message>
        <message>
            <source>the protection</source>
            <translation>la protezione</translation>
        </message>
        <message>
            <source>the mapping to remove</source>
            <translation>la mappatura da rimuovere</translation>
        </message>
        <message>
            <source>the mapping to write to</source>
            <translation>la mappatura su cui scrivere</translation>
        </message>
        <message>
            <source>the offset</source>
            <translation>l'offset</translation>
        </message>
        <message>
            <source>the bytes to write</source>
            <translation>i byte da scrivere</translation>
        </message>
        <message>
            <source>the mapping to read from</source>
            <translation>la mappatura da cui leggere</translation>
        </message>
        <message>
            <source>how many bytes</source>
            <translation>quanti byte</translation>
        </message>
        <message>
            <source>how to read the bytes</source>
            <translation>come leggere i byte</translation>
        </message>
        <message>
            <source>the offset of the int</source>
            <translation>l'offset dell'int</translation>
        </message>
        <message>
            <source>the variable that holds the value</source>
            <translation>la variabile che contiene il valore</translation>
        </message>
        <message>
            <source>the number to add</source>
            <translation>il numero da aggiungere</translation>
        </message>
        <message>
            <source>the mapping</source>
            <translation>la mappatura</translation>
        </message>
        <message>
            <source>the shared memory object to remove</source>
            <translation>l'oggetto di memoria condivisa da rimuovere</translation>
        </message>
        <message>
            <source>the semaphore's name</source>
            <translation>il nome del semaforo</translation>
        </message>
        <message>
            <source>the semaphore, e.g. "/sem_AOS"</source>
            <translation>il semaforo, ad es. "/sem_AOS"</translation>
        </message>
        <message>
            <source>the initial value</source>
            <translation>il valore iniziale</translation>
        </message>
        <message>
            <source>the semaphore</source>
            <translation>il semaforo</translation>
        </message>
        <message>
            <source>the semaphore to remove</source>
            <translation>il semaforo da rimuovere</translation>
        </message>
        <message>
            <source>an integer</source>
            <translation>un intero</translation>
        </message>
        <message>
            <source>a descriptor (NAME.r, NAME.w, an opened NAME or a number)</source>
            <translation>un descrittore (NAME.r, NAME.w, un NAME aperto o un numero)</translation>
        </message>
        <message>
            <source>a descriptor (NAME.r, NAME.w, an opened NAME, a shm_open NAME or a number)</source>
            <translation>un descrittore (NAME.r, NAME.w, un NAME aperto, il NAME di una shm_open o un numero)</translation>
        </message>
        <message>
            <source>a process (a label such as main.1, a fork's NAME, parent or self)</source>
            <translation>un processo (un'etichetta come main.1, il NAME di una fork, parent o self)</translation>
        </message>
        <message>
            <source>the NAME of a fork</source>
            <translation>il NAME di una fork</translation>
        </message>
        <message>
            <source>a signal name</source>
            <translation>il nome di un segnale</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 o %2</translation>
        </message>
        <message>
            <source>the NAME of a shm_open</source>
            <translation>il NAME di una shm_open</translation>
        </message>
        <message>
            <source>the NAME of a shm_open or of an opened file</source>
            <translation>il NAME di una shm_open o di un file aperto</translation>
        </message>
        <message>
            <source>the MAP of an mmap</source>
            <translation>la MAP di una mmap</translation>
        </message>
        <message>
            <source>the NAME of a sem_open</source>
            <translation>il NAME di una sem_open</translation>
        </message>
        <message>
            <source>a program name</source>
            <translation>il nome di un programma</translation>
        </message>
        <message>
            <source>the NAME of a variable</source>
            <translation>il NAME di una variabile</translation>
        </message>
        <message>
            <source>an argument</source>
            <translation>un argomento</translation>
        </message>
        <message>
            <source>the scenario has more root processes than the process cap allows</source>
            <translation>lo scenario ha più processi radice di quanti ne ammetta il limite di processi</translation>
        </message>
        <message>
            <source>fork: %1</source>
            <translation>fork: %1</translation>
        </message>
        <message>
            <source>the engine received %1</source>
            <translation>il motore ha ricevuto %1</translation>
        </message>
        <message>
            <source>the run did not end within %1 s (--timeout)</source>
            <translation>l'esecuzione non è finita entro %1 s (--timeout)</translation>
        </message>
        <message>
            <source>nobody reads the engine's output any more</source>
            <translation>nessuno legge più l'output del motore</translation>
        </message>
        <message>
            <source>the run produced %1 events, its cap (--max-events); stopped</source>
            <translation>l'esecuzione ha prodotto %1 eventi, il suo limite (--max-events); fermata</translation>
        </message>
        <message>
            <source>the controller closed the engine's standard input</source>
            <translation>il controllore ha chiuso lo standard input del motore</translation>
        </message>
        <message>
            <source>command line too long (over 64 KiB without a newline); discarded</source>
            <translation>riga di comando troppo lunga (oltre 64 KiB senza un a capo); scartata</translation>
        </message>
        <message>
            <source>command is not a JSON object: %1</source>
            <translation>il comando non è un oggetto JSON: %1</translation>
        </message>
        <message>
            <source>command without a "cmd" string</source>
            <translation>comando senza una stringa "cmd"</translation>
        </message>
        <message>
            <source>'%1' needs a run started in step mode (--step)</source>
            <translation>'%1' richiede un'esecuzione avviata in modalità passo-passo (--step)</translation>
        </message>
        <message>
            <source>step: "label" must be a string</source>
            <translation>step: "label" deve essere una stringa</translation>
        </message>
        <message>
            <source>stopped by the user</source>
            <translation>interrotta dall'utente</translation>
        </message>
        <message>
            <source>signal: needs "label" and "signal" strings</source>
            <translation>signal: servono le stringhe "label" e "signal"</translation>
        </message>
        <message>
            <source>fifo.write: needs "obj" and "data" strings</source>
            <translation>fifo.write: servono le stringhe "obj" e "data"</translation>
        </message>
        <message>
            <source>unknown command '%1' (known: step, continue, pause, stop, signal, fifo.write)</source>
            <translation>comando '%1' sconosciuto (noti: step, continue, pause, stop, signal, fifo.write)</translation>
        </message>
        <message>
            <source>signal: no live process of this run is labelled '%1'</source>
            <translation>signal: nessun processo vivo di questa esecuzione ha l'etichetta '%1'</translation>
        </message>
        <message>
            <source>signal: unknown signal '%1'</source>
            <translation>signal: segnale '%1' sconosciuto</translation>
        </message>
        <message>
            <source>fifo.write: "obj" must name a FIFO of this run, like "fifo:myfifo"</source>
            <translation>fifo.write: "obj" deve indicare una FIFO di questa esecuzione, come "fifo:myfifo"</translation>
        </message>
        <message>
            <source>fifo.write: this run has no FIFO %1</source>
            <translation>fifo.write: questa esecuzione non ha la FIFO %1</translation>
        </message>
        <message>
            <source>fifo.write: nobody has %1 open for reading yet</source>
            <translation>fifo.write: nessuno ha ancora aperto %1 in lettura</translation>
        </message>
        <message>
            <source>fifo.write: cannot open %1: %2</source>
            <translation>fifo.write: impossibile aprire %1: %2</translation>
        </message>
        <message>
            <source>step: '%1' is not waiting at a gate</source>
            <translation>step: '%1' non è in attesa a un punto di sosta</translation>
        </message>
        <message>
            <source>step: no process is waiting at a gate</source>
            <translation>step: nessun processo è in attesa a un punto di sosta</translation>
        </message>
        <message>
            <source>%1 waits in %2</source>
            <translation>%1 attende in %2</translation>
        </message>
        <message>
            <source>%1 waits in %2 on %3</source>
            <translation>%1 attende in %2 su %3</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1; %2</translation>
        </message>
        <message>
            <source>every process is blocked and nothing can wake it: %1</source>
            <translation>ogni processo è bloccato e niente può risvegliarlo: %1</translation>
        </message>
    </context>
    <context>
        <name>EventDecoder</name>
        <message>
            <source>line is %1 bytes long; the limit is %2 bytes</source>
            <translation>la riga è lunga %1 byte; il limite è %2 byte</translation>
        </message>
        <message>
            <source>empty line</source>
            <translation>riga vuota</translation>
        </message>
        <message>
            <source>line is longer than %1 bytes; skipped</source>
            <translation>riga più lunga di %1 byte; saltata</translation>
        </message>
        <message>
            <source>line is %1 bytes long; the limit is %2 bytes; skipped</source>
            <translation>la riga è lunga %1 byte; il limite è %2 byte; saltata</translation>
        </message>
        <message>
            <source>second hello record; ignored</source>
            <translation>secondo record hello; ignorato</translation>
        </message>
        <message>
            <source>the stream uses protocol version %1, but this version of ipcviz understands only version %2: update ipcviz</source>
            <translation>il flusso usa la versione %1 del protocollo, ma questa versione di ipcviz comprende solo la versione %2: aggiorna ipcviz</translation>
        </message>
        <message>
            <source>hello record without a valid protocol version; assuming %1</source>
            <translation>record hello senza una versione di protocollo valida; si assume %1</translation>
        </message>
        <message>
            <source>hello record is not the first record</source>
            <translation>il record hello non è il primo record</translation>
        </message>
        <message>
            <source>second end record; ignored</source>
            <translation>secondo record end; ignorato</translation>
        </message>
        <message>
            <source>event before the hello record</source>
            <translation>evento prima del record hello</translation>
        </message>
        <message>
            <source>event after the end record</source>
            <translation>evento dopo il record end</translation>
        </message>
        <message>
            <source>seq %1 comes after %2: out of order or repeated</source>
            <translation>seq %1 viene dopo %2: fuori ordine o ripetuto</translation>
        </message>
        <message>
            <source>invalid JSON at byte %1: %2</source>
            <translation>JSON non valido al byte %1: %2</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>non è un oggetto JSON</translation>
        </message>
        <message>
            <source>unknown record type "%1" (expected hello or end)</source>
            <translation>tipo di record "%1" sconosciuto (atteso hello o end)</translation>
        </message>
        <message>
            <source>not a string</source>
            <translation>non è una stringa</translation>
        </message>
        <message>
            <source>record has neither a "kind" nor a "type"</source>
            <translation>il record non ha né "kind" né "type"</translation>
        </message>
        <message>
            <source>event "%1" has no valid "seq" (a non-negative integer)</source>
            <translation>l'evento "%1" non ha un "seq" valido (un intero non negativo)</translation>
        </message>
        <message numerus="yes">
            <source>first seq is %n, expected 0: %n event(s) missing</source>
            <translation>
                <numerusform>il primo seq è %n, atteso 0: manca %n evento</numerusform>
                <numerusform>il primo seq è %n, atteso 0: mancano %n eventi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>seq jumps from %1 to %2: %n event(s) missing</source>
            <translation>
                <numerusform>seq salta da %1 a %2: manca %n evento</numerusform>
                <numerusform>seq salta da %1 a %2: mancano %n eventi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more error(s) not listed</source>
            <translation>
                <numerusform>%n altro errore non elencato</numerusform>
                <numerusform>altri %n errori non elencati</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventDescriber</name>
        <message>
            <source>The user</source>
            <translation>L'utente</translation>
        </message>
        <message>
            <source>PID %1</source>
            <translation>PID %1</translation>
        </message>
        <message>
            <source>%1: %2 failed</source>
            <translation>%1: %2 fallita</translation>
        </message>
        <message>
            <source>%1: %2 failed (%3)</source>
            <translation>%1: %2 fallita (%3)</translation>
        </message>
        <message>
            <source>Run of %1 started (engine %2, %3 mode)</source>
            <translation>Esecuzione di %1 avviata (motore %2, modalità %3)</translation>
        </message>
        <message>
            <source>The run completed</source>
            <translation>L'esecuzione è stata completata</translation>
        </message>
        <message>
            <source>The run was stopped</source>
            <translation>L'esecuzione è stata fermata</translation>
        </message>
        <message>
            <source>The run timed out</source>
            <translation>L'esecuzione ha superato il tempo limite</translation>
        </message>
        <message>
            <source>The run ended in a deadlock</source>
            <translation>L'esecuzione è finita in deadlock</translation>
        </message>
        <message>
            <source>The run failed</source>
            <translation>L'esecuzione non è riuscita</translation>
        </message>
        <message>
            <source>The run ended (%1)</source>
            <translation>L'esecuzione è finita (%1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>; the engine cleaned up %n thing(s) left behind</source>
            <translation>
                <numerusform>; il motore ha eliminato %n risorsa rimasta</numerusform>
                <numerusform>; il motore ha eliminato %n risorse rimaste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n thing(s) leaked</source>
            <translation>
                <numerusform>; leak di %n risorsa</numerusform>
                <numerusform>; leak di %n risorse</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 started (PID %2)</source>
            <translation>%1 è partito (PID %2)</translation>
        </message>
        <message>
            <source>%1 started (PID %2), child of %3</source>
            <translation>%1 è partito (PID %2), figlio di %3</translation>
        </message>
        <message>
            <source>%1 forked %2 (PID %3)</source>
            <translation>%1 ha creato %2 con fork (PID %3)</translation>
        </message>
        <message>
            <source>%1: exec of %2 failed</source>
            <translation>%1: exec di %2 fallita</translation>
        </message>
        <message>
            <source>%1: exec of %2 failed (%3)</source>
            <translation>%1: exec di %2 fallita (%3)</translation>
        </message>
        <message>
            <source>%1 executes %2</source>
            <translation>%1 esegue %2</translation>
        </message>
        <message>
            <source>%1 was killed by %2</source>
            <translation>%1 è stato ucciso da %2</translation>
        </message>
        <message>
            <source>%1 exited with status %2</source>
            <translation>%1 è terminato con stato %2</translation>
        </message>
        <message>
            <source> (core dumped)</source>
            <translation> (core dump generato)</translation>
        </message>
        <message>
            <source>%1 calls exit(%2)</source>
            <translation>%1 chiama exit(%2)</translation>
        </message>
        <message>
            <source>%1 waits for its child PID %2</source>
            <translation>%1 attende il figlio con PID %2</translation>
        </message>
        <message>
            <source>%1 waits for a child to end</source>
            <translation>%1 attende che un figlio termini</translation>
        </message>
        <message>
            <source>%1 reaped PID %2 (killed by %3)</source>
            <translation>%1 ha raccolto il PID %2 (ucciso da %3)</translation>
        </message>
        <message>
            <source>%1 reaped PID %2 (exit status %3)</source>
            <translation>%1 ha raccolto il PID %2 (stato di uscita %3)</translation>
        </message>
        <message>
            <source>%1 reaped PID %2</source>
            <translation>%1 ha raccolto il PID %2</translation>
        </message>
        <message>
            <source>The engine reaped PID %1</source>
            <translation>Il motore ha raccolto il PID %1</translation>
        </message>
        <message>
            <source>The engine reaped %1 (PID %2)</source>
            <translation>Il motore ha raccolto %1 (PID %2)</translation>
        </message>
        <message>
            <source>%1 became a zombie</source>
            <translation>%1 è diventato uno zombie</translation>
        </message>
        <message>
            <source>%1 is now in kernel state %2</source>
            <translation>%1 è ora nello stato del kernel %2</translation>
        </message>
        <message>
            <source> (parent PID %1)</source>
            <translation> (PID del padre %1)</translation>
        </message>
        <message>
            <source>%1 printed on stderr: %2</source>
            <translation>%1 ha stampato su stderr: %2</translation>
        </message>
        <message>
            <source>%1 printed %2</source>
            <translation>%1 ha stampato %2</translation>
        </message>
        <message>
            <source>%1 woke up</source>
            <translation>%1 si è risvegliato</translation>
        </message>
        <message>
            <source>%1 sleeps %2 ms</source>
            <translation>%1 dorme %2 ms</translation>
        </message>
        <message>
            <source>%1 created %2 (read end fd %3, write end fd %4)</source>
            <translation>%1 ha creato %2 (estremità di lettura fd %3, estremità di scrittura fd %4)</translation>
        </message>
        <message>
            <source>%1 closed fd %2</source>
            <translation>%1 ha chiuso fd %2</translation>
        </message>
        <message>
            <source>%1 closed fd %2 (%3)</source>
            <translation>%1 ha chiuso fd %2 (%3)</translation>
        </message>
        <message>
            <source>%1 duplicated fd %2 onto fd %3 (%4)</source>
            <translation>%1 ha duplicato fd %2 su fd %3 (%4)</translation>
        </message>
        <message>
            <source>%1: write to %2 failed</source>
            <translation>%1: scrittura su %2 fallita</translation>
        </message>
        <message>
            <source>%1: write to %2 failed (%3)</source>
            <translation>%1: scrittura su %2 fallita (%3)</translation>
        </message>
        <message>
            <source>%1: read from %2 failed</source>
            <translation>%1: lettura da %2 fallita</translation>
        </message>
        <message>
            <source>%1: read from %2 failed (%3)</source>
            <translation>%1: lettura da %2 fallita (%3)</translation>
        </message>
        <message>
            <source>%1 read end of file from %2</source>
            <translation>%1 ha letto la fine del file da %2</translation>
        </message>
        <message>
            <source>%1 created FIFO %2 at %3</source>
            <translation>%1 ha creato la FIFO %2 in %3</translation>
        </message>
        <message>
            <source>%1 opens FIFO %2 for %3</source>
            <translation>%1 apre la FIFO %2 in modalità %3</translation>
        </message>
        <message>
            <source>%1 opened FIFO %2 for %3 (fd %4)</source>
            <translation>%1 ha aperto la FIFO %2 in modalità %3 (fd %4)</translation>
        </message>
        <message>
            <source>%1 removed %2 (%3)</source>
            <translation>%1 ha rimosso %2 (%3)</translation>
        </message>
        <message>
            <source>%1 created and opened file %2 for %3 (fd %4)</source>
            <translation>%1 ha creato e aperto il file %2 in modalità %3 (fd %4)</translation>
        </message>
        <message>
            <source>%1 opened file %2 for %3 (fd %4)</source>
            <translation>%1 ha aperto il file %2 in modalità %3 (fd %4)</translation>
        </message>
        <message>
            <source>%1 created shared memory %2 (%3) for %4</source>
            <translation>%1 ha creato la memoria condivisa %2 (%3) in modalità %4</translation>
        </message>
        <message>
            <source>%1 opened shared memory %2 (%3) for %4</source>
            <translation>%1 ha aperto la memoria condivisa %2 (%3) in modalità %4</translation>
        </message>
        <message>
            <source>%1 unmapped %2 (%3)</source>
            <translation>%1 ha rimosso la mappatura %2 (%3)</translation>
        </message>
        <message>
            <source>%1 unlinked %2 (%3)</source>
            <translation>%1 ha eseguito unlink di %2 (%3)</translation>
        </message>
        <message>
            <source>%1 incremented the int at offset %2 of %3: %4 to %5</source>
            <translation>%1 ha incrementato l'int all'offset %2 di %3: da %4 a %5</translation>
        </message>
        <message>
            <source>%1 created semaphore %2 (%3) with value %4</source>
            <translation>%1 ha creato il semaforo %2 (%3) con valore %4</translation>
        </message>
        <message>
            <source>%1 opened semaphore %2 (%3), value %4</source>
            <translation>%1 ha aperto il semaforo %2 (%3), valore %4</translation>
        </message>
        <message>
            <source>%1 waits on %2 (value %3)</source>
            <translation>%1 attende su %2 (valore %3)</translation>
        </message>
        <message>
            <source>%1 passed %2 (value now %3)</source>
            <translation>%1 ha superato %2 (ora vale %3)</translation>
        </message>
        <message>
            <source>%1 posted %2 (value now %3)</source>
            <translation>%1 ha eseguito sem_post su %2 (ora vale %3)</translation>
        </message>
        <message>
            <source>%1 closed %2</source>
            <translation>%1 ha chiuso %2</translation>
        </message>
        <message>
            <source>%1 installed a counting handler for %2</source>
            <translation>%1 ha installato per %2 un gestore che conta i segnali</translation>
        </message>
        <message>
            <source>%1 ignores %2</source>
            <translation>%1 ignora %2</translation>
        </message>
        <message>
            <source>%1 restored the default action of %2</source>
            <translation>%1 ha ripristinato l'azione predefinita di %2</translation>
        </message>
        <message>
            <source>%1: sending %2 to %3 failed</source>
            <translation>%1: invio di %2 a %3 fallito</translation>
        </message>
        <message>
            <source>%1: sending %2 to %3 failed (%4)</source>
            <translation>%1: invio di %2 a %3 fallito (%4)</translation>
        </message>
        <message>
            <source>The user sends %1 to %2</source>
            <translation>L'utente invia %1 a %2</translation>
        </message>
        <message>
            <source>%1 sends %2 to %3</source>
            <translation>%1 invia %2 a %3</translation>
        </message>
        <message>
            <source>The user sent %1 to %2</source>
            <translation>L'utente ha inviato %1 a %2</translation>
        </message>
        <message>
            <source>%1 sent %2 to %3</source>
            <translation>%1 ha inviato %2 a %3</translation>
        </message>
        <message>
            <source>%1's handler for %2 ran (%3 so far)</source>
            <translation>Il gestore di %1 per %2 è stato eseguito (%3 volte finora)</translation>
        </message>
        <message>
            <source>%1's handler for %2 ran</source>
            <translation>Il gestore di %1 per %2 è stato eseguito</translation>
        </message>
        <message>
            <source>%1 returned from pause</source>
            <translation>%1 è ritornato da pause</translation>
        </message>
        <message>
            <source>%1 pauses until a signal arrives</source>
            <translation>%1 si sospende finché non arriva un segnale</translation>
        </message>
        <message>
            <source>%1 is ready and %2</source>
            <translation>%1 è pronto e %2</translation>
        </message>
        <message>
            <source>%1 was released (continue)</source>
            <translation>%1 è stato rilasciato (continua)</translation>
        </message>
        <message>
            <source>%1 was released by the recorded schedule</source>
            <translation>%1 è stato rilasciato dalla schedulazione registrata</translation>
        </message>
        <message>
            <source>%1 was released by the user</source>
            <translation>%1 è stato rilasciato dall'utente</translation>
        </message>
        <message>
            <source>Engine error: %1</source>
            <translation>Errore del motore: %1</translation>
        </message>
        <message>
            <source>Engine limit reached: %1 (%2)</source>
            <translation>Limite del motore raggiunto: %1 (%2)</translation>
        </message>
        <message>
            <source>Engine limit reached: %1</source>
            <translation>Limite del motore raggiunto: %1</translation>
        </message>
        <message>
            <source>%1 in %2 on %3</source>
            <translation>%1 in %2 su %3</translation>
        </message>
        <message>
            <source>Deadlock: every live process is blocked</source>
            <translation>Deadlock: tutti i processi vivi sono bloccati</translation>
        </message>
        <message>
            <source>Deadlock: every live process is blocked (%1)</source>
            <translation>Deadlock: tutti i processi vivi sono bloccati (%1)</translation>
        </message>
        <message>
            <source>The user's %1 command took effect</source>
            <translation>Il comando %1 dell'utente ha avuto effetto</translation>
        </message>
        <message>
            <source>%1: %2 on %3</source>
            <translation>%1: %2 su %3</translation>
        </message>
        <message>
            <source>will run %1</source>
            <translation>eseguirà %1</translation>
        </message>
        <message>
            <source>will run: %1</source>
            <translation>eseguirà: %1</translation>
        </message>
        <message>
            <source>will fork %1</source>
            <translation>creerà %1 con fork</translation>
        </message>
        <message>
            <source>will fork a child</source>
            <translation>creerà un figlio con fork</translation>
        </message>
        <message>
            <source>will wait for %1</source>
            <translation>attenderà %1</translation>
        </message>
        <message>
            <source>will wait for a child to end</source>
            <translation>attenderà che un figlio termini</translation>
        </message>
        <message>
            <source>will exit with status %1</source>
            <translation>terminerà con stato %1</translation>
        </message>
        <message>
            <source>will close fd %1</source>
            <translation>chiuderà fd %1</translation>
        </message>
        <message>
            <source>will close fd %1 (%2)</source>
            <translation>chiuderà fd %1 (%2)</translation>
        </message>
        <message>
            <source>will create a pipe</source>
            <translation>creerà una pipe</translation>
        </message>
        <message>
            <source>will create %1</source>
            <translation>creerà %1</translation>
        </message>
        <message>
            <source>will print %1</source>
            <translation>stamperà %1</translation>
        </message>
        <message>
            <source>will sleep %1 ms</source>
            <translation>dormirà %1 ms</translation>
        </message>
        <message>
            <source>will send %1 to %2</source>
            <translation>invierà %1 a %2</translation>
        </message>
        <message>
            <source>will pause until a signal arrives</source>
            <translation>si sospenderà finché non arriva un segnale</translation>
        </message>
        <message>
            <source>will wait on %1</source>
            <translation>attenderà su %1</translation>
        </message>
        <message>
            <source>will post %1</source>
            <translation>eseguirà sem_post su %1</translation>
        </message>
        <message>
            <source>will execute %1</source>
            <translation>passerà a eseguire %1</translation>
        </message>
        <message>
            <source>will open %1 for %2</source>
            <translation>aprirà %1 in modalità %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 writes %n byte(s) to %2: %3</source>
            <translation>
                <numerusform>%1 scrive %n byte su %2: %3</numerusform>
                <numerusform>%1 scrive %n byte su %2: %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 wrote %n byte(s) to %2</source>
            <translation>
                <numerusform>%1 ha scritto %n byte su %2</numerusform>
                <numerusform>%1 ha scritto %n byte su %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 reads up to %n byte(s) from %2</source>
            <translation>
                <numerusform>%1 legge fino a %n byte da %2</numerusform>
                <numerusform>%1 legge fino a %n byte da %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 read %n byte(s) from %2: %3</source>
            <translation>
                <numerusform>%1 ha letto %n byte da %2: %3</numerusform>
                <numerusform>%1 ha letto %n byte da %2: %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 set the size of %2 to %n byte(s)</source>
            <translation>
                <numerusform>%1 ha impostato la dimensione di %2 a %n byte</numerusform>
                <numerusform>%1 ha impostato la dimensione di %2 a %n byte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 mapped %n byte(s) of %2 as %3 (%4)</source>
            <translation>
                <numerusform>%1 ha mappato %n byte di %2 come %3 (%4)</numerusform>
                <numerusform>%1 ha mappato %n byte di %2 come %3 (%4)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 wrote %n byte(s) at offset %2 of %3: %4</source>
            <translation>
                <numerusform>%1 ha scritto %n byte all'offset %2 di %3: %4</numerusform>
                <numerusform>%1 ha scritto %n byte all'offset %2 di %3: %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 read %n byte(s) at offset %2 of %3: %4</source>
            <translation>
                <numerusform>%1 ha letto %n byte all'offset %2 di %3: %4</numerusform>
                <numerusform>%1 ha letto %n byte all'offset %2 di %3: %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will read up to %n byte(s) from %1 (fd %2)</source>
            <translation>
                <numerusform>leggerà fino a %n byte da %1 (fd %2)</numerusform>
                <numerusform>leggerà fino a %n byte da %1 (fd %2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will read up to %n byte(s) from %1</source>
            <translation>
                <numerusform>leggerà fino a %n byte da %1</numerusform>
                <numerusform>leggerà fino a %n byte da %1</numerusform>
            </translation>
        </message>
        <message>
            <source>will write to %1 (fd %2)</source>
            <translation>scriverà su %1 (fd %2)</translation>
        </message>
        <message>
            <source>will write to %1</source>
            <translation>scriverà su %1</translation>
        </message>
        <message numerus="yes">
            <source>will write %n byte(s) to %1 (fd %2) %3</source>
            <translation>
                <numerusform>scriverà %n byte su %1 (fd %2) %3</numerusform>
                <numerusform>scriverà %n byte su %1 (fd %2) %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will write %n byte(s) to %1 %2</source>
            <translation>
                <numerusform>scriverà %n byte su %1 %2</numerusform>
                <numerusform>scriverà %n byte su %1 %2</numerusform>
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
            <translation>Tempo (ms)</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Processo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Oggetto</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
    </context>
    <context>
        <name>EventLogView</name>
        <message>
            <source>All processes</source>
            <translation>Tutti i processi</translation>
        </message>
        <message>
            <source>Show only the events of one process</source>
            <translation>Mostra solo gli eventi di un processo</translation>
        </message>
        <message>
            <source>Process filter</source>
            <translation>Filtro per processo</translation>
        </message>
        <message>
            <source>All objects</source>
            <translation>Tutti gli oggetti</translation>
        </message>
        <message>
            <source>Show only the events about one pipe, FIFO, segment or semaphore</source>
            <translation>Mostra solo gli eventi relativi a una pipe, una FIFO, un segmento o un semaforo</translation>
        </message>
        <message>
            <source>Object filter</source>
            <translation>Filtro per oggetto</translation>
        </message>
        <message>
            <source>Show only one family of events</source>
            <translation>Mostra solo una famiglia di eventi</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filtro per tipo</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tutti i tipi</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Processi</translation>
        </message>
        <message>
            <source>Descriptors</source>
            <translation>Descrittori</translation>
        </message>
        <message>
            <source>Pipes</source>
            <translation>Pipe</translation>
        </message>
        <message>
            <source>FIFOs</source>
            <translation>FIFO</translation>
        </message>
        <message>
            <source>Shared memory</source>
            <translation>Memoria condivisa</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Semafori</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Segnali</translation>
        </message>
        <message>
            <source>Step gates</source>
            <translation>Punti di sosta</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Motore</translation>
        </message>
        <message>
            <source>Search events…</source>
            <translation>Cerca eventi…</translation>
        </message>
        <message>
            <source>Show only events whose description, process, PID or object contains this text</source>
            <translation>Mostra solo gli eventi in cui descrizione, processo, PID o oggetto contengono questo testo</translation>
        </message>
        <message>
            <source>Event search</source>
            <translation>Ricerca eventi</translation>
        </message>
        <message>
            <source>Event log</source>
            <translation>Registro eventi</translation>
        </message>
        <message>
            <source>Select an event to see the state of the run at that moment</source>
            <translation>Seleziona un evento per vedere lo stato dell'esecuzione in quel momento</translation>
        </message>
    </context>
    <context>
        <name>ExplanationPane</name>
        <message>
            <source>Explanation of the last step</source>
            <translation>Spiegazione dell'ultimo passo</translation>
        </message>
        <message>
            <source>Nothing has happened yet. In step mode, press Space (Step) to let one process do its next operation.</source>
            <translation>Non è ancora successo nulla. In modalità passo-passo, premi Space (Passo) per far eseguire a un processo la sua operazione successiva.</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>Ultimo passo</translation>
        </message>
        <message>
            <source>The engine</source>
            <translation>Il motore</translation>
        </message>
        <message>
            <source>(scenario line %1)</source>
            <translation>(riga %1 dello scenario)</translation>
        </message>
        <message>
            <source>The call failed: it returned -1 and set errno to %1.</source>
            <translation>La chiamata è fallita: ha restituito -1 e ha impostato errno a %1.</translation>
        </message>
        <message>
            <source>ready at its gate: it %1.</source>
            <translation>pronto al suo punto di sosta: %1.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Adesso</translation>
        </message>
        <message>
            <source>The call just made, in words, and what each process does next or why it waits</source>
            <translation>La chiamata appena eseguita, spiegata a parole, e cosa farà poi ogni processo o perché attende</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>Usage: ipcviz export TRACE --to %1 -o OUT [--at SEQ] [--size WxH]</source>
            <translation>Uso: ipcviz export TRACE --to %1 -o OUT [--at SEQ] [--size WxH]</translation>
        </message>
        <message>
            <source>Export format: %1.</source>
            <translation>Formato di esportazione: %1.</translation>
        </message>
        <message>
            <source>format</source>
            <translation>formato</translation>
        </message>
        <message>
            <source>Output file; - for standard output.</source>
            <translation>File di output; - per lo standard output.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>svg/png: draw the state after the event with this seq (default: the end).</source>
            <translation>svg/png: disegna lo stato dopo l'evento con questo seq (predefinito: la fine).</translation>
        </message>
        <message>
            <source>seq</source>
            <translation>seq</translation>
        </message>
        <message>
            <source>svg/png: picture size in pixels (default 1920x1080).</source>
            <translation>svg/png: dimensione dell'immagine in pixel (predefinita 1920x1080).</translation>
        </message>
        <message>
            <source>WxH</source>
            <translation>WxH</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Mostra questo aiuto.</translation>
        </message>
        <message>
            <source>The trace file to export.</source>
            <translation>Il file di traccia da esportare.</translation>
        </message>
        <message>
            <source>no trace file given</source>
            <translation>nessun file di traccia indicato</translation>
        </message>
        <message>
            <source>one trace file only; unexpected: %1</source>
            <translation>un solo file di traccia; inatteso: %1</translation>
        </message>
        <message>
            <source>--to FORMAT is required</source>
            <translation>--to FORMAT è obbligatorio</translation>
        </message>
        <message>
            <source>unknown format "%1"; use one of %2</source>
            <translation>formato "%1" sconosciuto; usa uno tra %2</translation>
        </message>
        <message>
            <source>-o OUT is required (- for standard output)</source>
            <translation>-o OUT è obbligatorio (- per lo standard output)</translation>
        </message>
        <message>
            <source>--at applies to svg and png only</source>
            <translation>--at vale solo per svg e png</translation>
        </message>
        <message>
            <source>--at needs an event number (seq, 0 or more), not "%1"</source>
            <translation>--at richiede un numero di evento (seq, 0 o più), non "%1"</translation>
        </message>
        <message>
            <source>--size applies to svg and png only</source>
            <translation>--size vale solo per svg e png</translation>
        </message>
        <message>
            <source>--size needs WIDTHxHEIGHT between 16 and %1 pixels, not "%2"</source>
            <translation>--size richiede LARGHEZZAxALTEZZA tra 16 e %1 pixel, non "%2"</translation>
        </message>
        <message>
            <source>%1:%2: error: %3</source>
            <translation>%1:%2: errore: %3</translation>
        </message>
        <message>
            <source>%1:%2: warning: %3</source>
            <translation>%1:%2: avviso: %3</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: avviso: %2</translation>
        </message>
        <message>
            <source>ipcviz export: cannot write to standard output: %1</source>
            <translation>ipcviz export: impossibile scrivere sullo standard output: %1</translation>
        </message>
        <message>
            <source>ipcviz export: cannot write %1: %2</source>
            <translation>ipcviz export: impossibile scrivere %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n more problem(s) not listed</source>
            <translation>
                <numerusform>%1: %n altro problema non elencato</numerusform>
                <numerusform>%1: altri %n problemi non elencati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ipcviz export: warning: the trace is damaged (%n problem(s) listed above); valid events exported: %1</source>
            <translation>
                <numerusform>ipcviz export: attenzione: la traccia è danneggiata (%n problema elencato sopra); eventi validi esportati: %1</numerusform>
                <numerusform>ipcviz export: attenzione: la traccia è danneggiata (%n problemi elencati sopra); eventi validi esportati: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportFormat</name>
        <message>
            <source>Perfetto / Chrome trace (JSON)</source>
            <translation>Traccia Perfetto / Chrome (JSON)</translation>
        </message>
        <message>
            <source>Perfetto traces (*.json)</source>
            <translation>Tracce Perfetto (*.json)</translation>
        </message>
        <message>
            <source>Event table (CSV)</source>
            <translation>Tabella degli eventi (CSV)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>File CSV (*.csv)</translation>
        </message>
        <message>
            <source>Sequence diagram (Mermaid)</source>
            <translation>Diagramma di sequenza (Mermaid)</translation>
        </message>
        <message>
            <source>Mermaid diagrams (*.mmd)</source>
            <translation>Diagrammi Mermaid (*.mmd)</translation>
        </message>
        <message>
            <source>Picture (SVG)</source>
            <translation>Immagine (SVG)</translation>
        </message>
        <message>
            <source>SVG pictures (*.svg)</source>
            <translation>Immagini SVG (*.svg)</translation>
        </message>
        <message>
            <source>Picture (PNG)</source>
            <translation>Immagine (PNG)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Immagini PNG (*.png)</translation>
        </message>
        <message>
            <source>C program</source>
            <translation>Programma C</translation>
        </message>
        <message>
            <source>C sources (*.c)</source>
            <translation>Sorgenti C (*.c)</translation>
        </message>
        <message>
            <source>Event log in words (text)</source>
            <translation>Registro eventi a parole (testo)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>File di testo (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>&amp;Export</source>
            <translation>Es&amp;porta</translation>
        </message>
        <message>
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>Save a picture of the canvas at the time cursor</source>
            <translation>Salva un'immagine dell'area di disegno al cursore temporale</translation>
        </message>
        <message>
            <source>Save the whole run in this format</source>
            <translation>Salva l'intera esecuzione in questo formato</translation>
        </message>
        <message>
            <source>Unknown export format "%1".</source>
            <translation>Formato di esportazione "%1" sconosciuto.</translation>
        </message>
        <message>
            <source>There is nothing to export yet: run a scenario or open a trace first.</source>
            <translation>Non c'è ancora nulla da esportare: prima esegui uno scenario o apri una traccia.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossibile scrivere %1: %2</translation>
        </message>
        <message>
            <source>The %1 export failed: %2</source>
            <translation>L'esportazione %1 non è riuscita: %2</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Esportato in %1.</translation>
        </message>
        <message>
            <source>Export as %1</source>
            <translation>Esporta come %1</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>Could not write the export: %1</source>
            <translation>Impossibile scrivere l'esportazione: %1</translation>
        </message>
    </context>
    <context>
        <name>GuidedTour</name>
        <message>
            <source>The scenario library</source>
            <translation>La libreria degli scenari</translation>
        </message>
        <message>
            <source>&lt;p&gt;Each scenario is a small program of several processes: forks, pipes, FIFOs, shared memory, semaphores, signals.&lt;/p&gt;&lt;p&gt;Pick one here. Its description says what to watch for and links the manual pages of the calls it makes. A double-click runs it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ogni scenario è un piccolo programma composto da più processi: fork, pipe, FIFO, memoria condivisa, semafori, segnali.&lt;/p&gt;&lt;p&gt;Scegline uno qui. La sua descrizione dice cosa osservare e rimanda alle pagine di manuale delle chiamate che esegue. Un doppio clic lo avvia.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Esecuzione</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Run&lt;/b&gt; (%1) starts the selected scenario with real processes on this computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; (%2) ends them all; nothing is left behind.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Esegui&lt;/b&gt; (%1) avvia lo scenario selezionato con processi reali su questo computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ferma&lt;/b&gt; (%2) li termina tutti; non resta nulla in sospeso.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The canvas</source>
            <translation>L'area di disegno</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every process is a box; every pipe, FIFO, shared memory object and semaphore is drawn between the processes that use it. Data moves along the arrows as it is written and read.&lt;/p&gt;&lt;p&gt;Click anything to inspect it. Zoom with %1 and %2, fit it all with %3.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ogni processo è un riquadro; ogni pipe, FIFO, oggetto di memoria condivisa e semaforo è disegnato tra i processi che lo usano. I dati si muovono lungo le frecce mentre vengono scritti e letti.&lt;/p&gt;&lt;p&gt;Fai clic su qualsiasi elemento per ispezionarlo. Ingrandisci con %1, riduci con %2 e mostra tutto con %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The timeline</source>
            <translation>La linea temporale</translation>
        </message>
        <message>
            <source>&lt;p&gt;One lane per process, time from left to right: when each process runs, waits and ends, and what it calls.&lt;/p&gt;&lt;p&gt;The slider under the canvas goes back in time: %1 and %2 move one event, %3 returns to the live run.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Una corsia per processo, con il tempo da sinistra a destra: quando ogni processo è in esecuzione, attende e termina, e quali chiamate fa.&lt;/p&gt;&lt;p&gt;Il cursore temporale sotto l'area di disegno torna indietro nel tempo: %1 e %2 lo spostano di un evento, %3 torna all'esecuzione in diretta.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Step mode</source>
            <translation>Modalità passo-passo</translation>
        </message>
        <message>
            <source>&lt;p&gt;With &lt;b&gt;Step Mode&lt;/b&gt; on (%1), a run stops every process before each call, and you decide who goes next.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Step&lt;/b&gt; (%2) lets the next process make its call; %3 lets the selected one go (or click a process). &lt;b&gt;Continue&lt;/b&gt; (%4) runs freely until &lt;b&gt;Pause&lt;/b&gt; (%5).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Con la &lt;b&gt;Modalità passo-passo&lt;/b&gt; attiva (%1), un'esecuzione ferma ogni processo prima di ogni chiamata e sei tu a decidere chi va avanti.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Passo&lt;/b&gt; (%2) lascia che il prossimo processo esegua la sua chiamata; %3 fa avanzare quello selezionato (oppure fai clic su un processo). &lt;b&gt;Continua&lt;/b&gt; (%4) procede liberamente fino a &lt;b&gt;Pausa&lt;/b&gt; (%5).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The event log</source>
            <translation>Il registro eventi</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every event of the run in words, in order: forks, reads, writes, signals, exits. Filter it by process, object or kind.&lt;/p&gt;&lt;p&gt;Select an event to see every view as it was at that moment.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Tutti gli eventi dell'esecuzione a parole, in ordine: fork, letture, scritture, segnali, terminazioni. Puoi filtrarli per processo, oggetto o tipo.&lt;/p&gt;&lt;p&gt;Seleziona un evento per vedere ogni vista com'era in quel momento.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Charts and measurements</source>
            <translation>Grafici e misure</translation>
        </message>
        <message>
            <source>&lt;p&gt;The &lt;b&gt;Charts&lt;/b&gt; plot the run as it goes: bytes waiting in each pipe, semaphore values, processes alive and blocked.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Measure&lt;/b&gt; menu benchmarks pipes, FIFOs, sockets and shared memory on this computer, and runs a scenario many times to count how it ends.&lt;/p&gt;</source>
            <translation>&lt;p&gt;I &lt;b&gt;Grafici&lt;/b&gt; tracciano l'esecuzione mentre procede: byte in attesa in ogni pipe, valori dei semafori, processi vivi e bloccati.&lt;/p&gt;&lt;p&gt;Il menu &lt;b&gt;Misure&lt;/b&gt; esegue benchmark di pipe, FIFO, socket e memoria condivisa su questo computer, ed esegue uno scenario molte volte per contare come finisce.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Esportazione</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;File › Export&lt;/b&gt; saves the run for slides and notes: pictures, tables, diagrams, a trace for Perfetto, or the scenario as a C program to compile.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Help&lt;/b&gt; menu has this tour, the keyboard shortcuts and the manual pages of the selected scenario.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;File › Esporta&lt;/b&gt; salva l'esecuzione per slide e appunti: immagini, tabelle, diagrammi, una traccia per Perfetto, oppure lo scenario come programma C da compilare.&lt;/p&gt;&lt;p&gt;Il menu &lt;b&gt;Aiuto&lt;/b&gt; contiene questo tour, le scorciatoie da tastiera e le pagine di manuale dello scenario selezionato.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Indietro</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Avanti</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Previous page (Left)</source>
            <translation>Pagina precedente (Left)</translation>
        </message>
        <message>
            <source>Next page (Right)</source>
            <translation>Pagina successiva (Right)</translation>
        </message>
        <message>
            <source>End the tour (Esc)</source>
            <translation>Termina il tour (Esc)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 di %2</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Fine</translation>
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
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>Guided &amp;Tour</source>
            <translation>&amp;Tour guidato</translation>
        </message>
        <message>
            <source>A short walk through the window, one part at a time</source>
            <translation>Una breve panoramica della finestra, una parte alla volta</translation>
        </message>
        <message>
            <source>&amp;Manual Pages for This Scenario</source>
            <translation>Pagine di &amp;manuale per questo scenario</translation>
        </message>
        <message>
            <source>The manual pages of the calls the selected scenario makes</source>
            <translation>Le pagine di manuale delle chiamate eseguite dallo scenario selezionato</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Scorciatoie da tastiera</translation>
        </message>
        <message>
            <source>Every shortcut of the window, with what it does</source>
            <translation>Tutte le scorciatoie della finestra, con ciò che fanno</translation>
        </message>
        <message>
            <source>&amp;About ipcviz</source>
            <translation>&amp;Informazioni su ipcviz</translation>
        </message>
        <message>
            <source>The version, the engine in use and the Qt version</source>
            <translation>La versione, il motore in uso e la versione di Qt</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Informazioni su &amp;Qt</translation>
        </message>
        <message>
            <source>Show the manual page %1</source>
            <translation>Mostra la pagina di manuale %1</translation>
        </message>
        <message>
            <source>No scenario is selected</source>
            <translation>Nessuno scenario selezionato</translation>
        </message>
        <message>
            <source>No manual pages are known for this scenario</source>
            <translation>Nessuna pagina di manuale nota per questo scenario</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Scorciatoie da tastiera</translation>
        </message>
        <message>
            <source>Filter by key, command or description</source>
            <translation>Filtra per tasto, comando o descrizione</translation>
        </message>
        <message>
            <source>Filter the shortcuts</source>
            <translation>Filtra le scorciatoie</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasti</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Comando</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Cosa fa</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Scorciatoie da tastiera</translation>
        </message>
        <message>
            <source>Everywhere in the window</source>
            <translation>Ovunque nella finestra</translation>
        </message>
        <message>
            <source>About ipcviz</source>
            <translation>Informazioni su ipcviz</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ipcviz %1&lt;/h3&gt;&lt;p&gt;Multi-process programming made visible: ipcviz runs small scenarios as real Linux processes (fork, pipes, FIFOs, shared memory, semaphores, signals) and shows what they do as it happens.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;br&gt;Qt: %3 (built with %4)&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ipcviz %1&lt;/h3&gt;&lt;p&gt;La programmazione multiprocesso resa visibile: ipcviz esegue piccoli scenari come veri processi Linux (fork, pipe, FIFO, memoria condivisa, semafori, segnali) e mostra ciò che fanno mentre accade.&lt;/p&gt;&lt;p&gt;Motore: %2&lt;br&gt;Qt: %3 (compilato con %4)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>non trovato</translation>
        </message>
    </context>
    <context>
        <name>ImageExporter</name>
        <message>
            <source>after event %1 (%2, %3) at %4</source>
            <translation>dopo l'evento %1 (%2, %3) a %4</translation>
        </message>
        <message>
            <source>before the first event</source>
            <translation>prima del primo evento</translation>
        </message>
        <message>
            <source>Drawing a picture needs a QApplication (the offscreen platform will do).</source>
            <translation>Per disegnare un'immagine serve una QApplication (va bene la piattaforma offscreen).</translation>
        </message>
        <message>
            <source>A picture must be between 16x16 and 16384x16384 pixels, not %1x%2.</source>
            <translation>Un'immagine deve essere tra 16x16 e 16384x16384 pixel, non %1x%2.</translation>
        </message>
        <message>
            <source>The trace has no events, so there is no event %1.</source>
            <translation>La traccia non ha eventi, quindi non esiste l'evento %1.</translation>
        </message>
        <message>
            <source>The trace has no event %1 (its events are %2 to %3).</source>
            <translation>La traccia non ha l'evento %1 (i suoi eventi vanno da %2 a %3).</translation>
        </message>
        <message>
            <source>ipcviz: %1</source>
            <translation>ipcviz: %1</translation>
        </message>
        <message>
            <source>Could not start the SVG picture.</source>
            <translation>Impossibile iniziare l'immagine SVG.</translation>
        </message>
        <message>
            <source>Could not write the PNG picture: %1</source>
            <translation>Impossibile scrivere l'immagine PNG: %1</translation>
        </message>
    </context>
    <context>
        <name>InspectorPane</name>
        <message numerus="yes">
            <source>… %n more byte(s)</source>
            <translation>
                <numerusform>… altro %n byte</numerusform>
                <numerusform>… altri %n byte</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>lettura</translation>
        </message>
        <message>
            <source>write</source>
            <translation>scrittura</translation>
        </message>
        <message>
            <source>read/write</source>
            <translation>lettura/scrittura</translation>
        </message>
        <message>
            <source>unnamed pipe</source>
            <translation>pipe anonima</translation>
        </message>
        <message>
            <source>FIFO (named pipe)</source>
            <translation>FIFO (pipe con nome)</translation>
        </message>
        <message>
            <source>regular file</source>
            <translation>file regolare</translation>
        </message>
        <message>
            <source>POSIX shared memory object</source>
            <translation>oggetto di memoria condivisa POSIX</translation>
        </message>
        <message>
            <source>POSIX named semaphore</source>
            <translation>semaforo con nome POSIX</translation>
        </message>
        <message>
            <source>memory mapping</source>
            <translation>mappatura in memoria</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Ispettore</translation>
        </message>
        <message>
            <source>Click a process or an object on the canvas or the timeline to see its details here.</source>
            <translation>Fai clic su un processo o un oggetto nell'area di disegno o nella linea temporale per vederne qui i dettagli.</translation>
        </message>
        <message>
            <source>%1 does not exist yet at this point of the run.</source>
            <translation>%1 non esiste ancora a questo punto dell'esecuzione.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stato</translation>
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
            <translation>Padre</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Figli</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programma</translation>
        </message>
        <message>
            <source>the scenario interpreter (no exec yet)</source>
            <translation>l'interprete dello scenario (nessuna exec finora)</translation>
        </message>
        <message>
            <source>Scenario line</source>
            <translation>Riga dello scenario</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Prossimo passo</translation>
        </message>
        <message>
            <source>Written / read</source>
            <translation>Scritti / letti</translation>
        </message>
        <message>
            <source>File descriptors</source>
            <translation>Descrittori di file</translation>
        </message>
        <message>
            <source>None known besides 0, 1 and 2.</source>
            <translation>Nessuno noto oltre a 0, 1 e 2.</translation>
        </message>
        <message>
            <source>fd</source>
            <translation>fd</translation>
        </message>
        <message>
            <source>object</source>
            <translation>oggetto</translation>
        </message>
        <message>
            <source>end / mode</source>
            <translation>estremità / modalità</translation>
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
            <translation>ereditato</translation>
        </message>
        <message>
            <source>opened here</source>
            <translation>aperto qui</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Segnali</translation>
        </message>
        <message>
            <source>signal</source>
            <translation>segnale</translation>
        </message>
        <message>
            <source>disposition</source>
            <translation>azione</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>inviati</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ricevuti</translation>
        </message>
        <message>
            <source>handled</source>
            <translation>gestiti</translation>
        </message>
        <message>
            <source>default</source>
            <translation>predefinita</translation>
        </message>
        <message>
            <source>Memory mappings</source>
            <translation>Mappature in memoria</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Nothing printed yet.</source>
            <translation>Nulla stampato finora.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Kernel name</source>
            <translation>Nome nel kernel</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Percorso</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Creato da</translation>
        </message>
        <message>
            <source>Unlinked</source>
            <translation>Unlink eseguito</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>fd %1 (%2)</source>
            <translation>fd %1 (%2)</translation>
        </message>
        <message>
            <source>mapped as %1</source>
            <translation>mappato come %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>In uso da</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>Bytes in flight</source>
            <translation>Byte in transito</translation>
        </message>
        <message>
            <source>Write ends</source>
            <translation>Estremità di scrittura</translation>
        </message>
        <message>
            <source>Read ends</source>
            <translation>Estremità di lettura</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Traffico</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensione</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n byte</numerusform>
            </translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenuto</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <source>Waiting in sem_wait()</source>
            <translation>In attesa in sem_wait()</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Operazioni</translation>
        </message>
        <message>
            <source>Details of the selected process or object at the time cursor</source>
            <translation>Dettagli del processo o dell'oggetto selezionato al cursore temporale</translation>
        </message>
        <message>
            <source>%1 in %2 / %3 in %4</source>
            <comment>bytes in writes / bytes in reads</comment>
            <translation>%1 in %2 / %3 in %4</translation>
        </message>
        <message numerus="yes">
            <source>%n write(s)</source>
            <translation>
                <numerusform>%n scrittura</numerusform>
                <numerusform>%n scritture</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read(s)</source>
            <translation>
                <numerusform>%n lettura</numerusform>
                <numerusform>%n letture</numerusform>
            </translation>
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
                <numerusform>%n sem_wait completata</numerusform>
                <numerusform>%n sem_wait completate</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguageManager</name>
        <message>
            <source>There is no translation for the language "%1"; the interface is in English. Available: %2.</source>
            <translation>Non esiste una traduzione per la lingua "%1"; l'interfaccia è in inglese. Disponibili: %2.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Charts</source>
            <translation>Grafici</translation>
        </message>
        <message>
            <source>&amp;Measure</source>
            <translation>&amp;Misure</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Grafici</translation>
        </message>
        <message>
            <source>IPC &amp;Benchmark…</source>
            <translation>&amp;Benchmark IPC…</translation>
        </message>
        <message>
            <source>Measure latency and throughput of pipes, FIFOs, sockets and shared memory on this machine</source>
            <translation>Misura latenza e throughput di pipe, FIFO, socket e memoria condivisa su questa macchina</translation>
        </message>
        <message>
            <source>Run N &amp;Times…</source>
            <translation>Esegui N &amp;volte…</translation>
        </message>
        <message>
            <source>Run the current scenario many times, predict and count the outcomes</source>
            <translation>Esegui molte volte lo scenario corrente, prevedi e conta gli esiti</translation>
        </message>
        <message>
            <source>ipcviz: multi-process programming made visible</source>
            <translation>ipcviz: la programmazione multiprocesso resa visibile</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parametri</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Linea temporale</translation>
        </message>
        <message>
            <source>Event Log</source>
            <translation>Registro eventi</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Ispettore</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>Console</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Spiegazione</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Esegui</translation>
        </message>
        <message>
            <source>S&amp;peed</source>
            <translation>&amp;Velocità</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Esecuzione</translation>
        </message>
        <message>
            <source>How fast the processes run: each waits this long before each step (Ctrl+1 … Ctrl+4)</source>
            <translation>Quanto velocemente procedono i processi: ognuno attende questo tempo prima di ogni passo (Ctrl+1 … Ctrl+4)</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocità</translation>
        </message>
        <message>
            <source>Files and View</source>
            <translation>File e vista</translation>
        </message>
        <message>
            <source>Run status</source>
            <translation>Stato dell'esecuzione</translation>
        </message>
        <message>
            <source>The scenario library could not be loaded: %1</source>
            <translation>Impossibile caricare la libreria degli scenari: %1</translation>
        </message>
        <message>
            <source>Try Again</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <source>There is no built-in scenario "%1" and no file by that name. Pick one in the Scenarios panel, or open a scenario file with Ctrl+O.</source>
            <translation>Non esiste uno scenario integrato "%1" né un file con quel nome. Scegline uno nel pannello Scenari, oppure apri un file di scenario con Ctrl+O.</translation>
        </message>
        <message>
            <source>Scenario file: %1</source>
            <translation>File di scenario: %1</translation>
        </message>
        <message>
            <source>Stepping works during a run in step mode (Ctrl+Shift+T, then Run).</source>
            <translation>L'avanzamento a passi funziona durante un'esecuzione in modalità passo-passo (Ctrl+Shift+T, poi Esegui).</translation>
        </message>
        <message>
            <source>%1 is not waiting at its gate, so it cannot be stepped now.</source>
            <translation>%1 non è in attesa al suo punto di sosta, quindi ora non può avanzare di un passo.</translation>
        </message>
        <message>
            <source>There is no process %1 in this run.</source>
            <translation>In questa esecuzione non c'è alcun processo %1.</translation>
        </message>
        <message>
            <source>Select a process first (click it on the canvas), then press S.</source>
            <translation>Prima seleziona un processo (fai clic su di esso nell'area di disegno), poi premi S.</translation>
        </message>
        <message>
            <source>Open Scenario File</source>
            <translation>Apri file di scenario</translation>
        </message>
        <message>
            <source>ipcviz scenarios (*.ipcv);;All files (*)</source>
            <translation>Scenari ipcviz (*.ipcv);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Open Trace</source>
            <translation>Apri traccia</translation>
        </message>
        <message>
            <source>ipcviz traces (*.ndjson *.jsonl *.trace);;All files (*)</source>
            <translation>Tracce ipcviz (*.ndjson *.jsonl *.trace);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Save Trace</source>
            <translation>Salva traccia</translation>
        </message>
        <message>
            <source>ipcviz traces (*.ndjson);;All files (*)</source>
            <translation>Tracce ipcviz (*.ndjson);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Save Schedule</source>
            <translation>Salva schedulazione</translation>
        </message>
        <message>
            <source>Load Schedule</source>
            <translation>Carica schedulazione</translation>
        </message>
        <message>
            <source>What the run is doing, and how many events it has made</source>
            <translation>Cosa sta facendo l'esecuzione e quanti eventi ha prodotto</translation>
        </message>
        <message>
            <source>Show or hide the charts of the run</source>
            <translation>Mostra o nascondi i grafici dell'esecuzione</translation>
        </message>
    </context>
    <context>
        <name>ManPageDialog</name>
        <message>
            <source>%1: Manual Page</source>
            <translation>%1: pagina di manuale</translation>
        </message>
        <message>
            <source>Reading the manual page %1…</source>
            <translation>Lettura della pagina di manuale %1…</translation>
        </message>
        <message>
            <source>Manual page %1</source>
            <translation>Pagina di manuale %1</translation>
        </message>
        <message>
            <source>Find in the page (Ctrl+F)</source>
            <translation>Cerca nella pagina (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in the manual page</source>
            <translation>Cerca nella pagina di manuale</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Precedente</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Successivo</translation>
        </message>
        <message>
            <source>Open the Online Copy</source>
            <translation>Apri la copia online</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>&lt;p&gt;The online copy is at &lt;a href="%1"&gt;%1&lt;/a&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La copia online si trova all'indirizzo &lt;a href="%1"&gt;%1&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The manual page &lt;b&gt;%1&lt;/b&gt; is not installed on this computer.&lt;/p&gt;&lt;p&gt;On Debian or Ubuntu it comes with the package &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;&lt;pre&gt;sudo apt install %2&lt;/pre&gt;</source>
            <translation>&lt;p&gt;La pagina di manuale &lt;b&gt;%1&lt;/b&gt; non è installata su questo computer.&lt;/p&gt;&lt;p&gt;Su Debian o Ubuntu è fornita dal pacchetto &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;&lt;pre&gt;sudo apt install %2&lt;/pre&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The &lt;b&gt;man&lt;/b&gt; program is not installed, so %1 cannot be shown here.&lt;/p&gt;&lt;p&gt;On Debian or Ubuntu, install man-db (the man program) and %2 (the pages):&lt;/p&gt;&lt;pre&gt;sudo apt install man-db %2&lt;/pre&gt;</source>
            <translation>&lt;p&gt;Il programma &lt;b&gt;man&lt;/b&gt; non è installato, quindi non è possibile mostrare qui %1.&lt;/p&gt;&lt;p&gt;Su Debian o Ubuntu, installa man-db (il programma man) e %2 (le pagine):&lt;/p&gt;&lt;pre&gt;sudo apt install man-db %2&lt;/pre&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man took too long to show %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;man ha impiegato troppo tempo a mostrare %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man could not show %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;man non è riuscito a mostrare %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man could not show %1: %2&lt;/p&gt;</source>
            <translation>&lt;p&gt;man non è riuscito a mostrare %1: %2&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n corrispondenza</numerusform>
                <numerusform>%n corrispondenze</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemoryItem</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n byte</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, first %2 shown</source>
            <translation>%1, mostrati i primi %2</translation>
        </message>
        <message>
            <source>mapped by: %1</source>
            <translation>mappato da: %1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nessuno</translation>
        </message>
    </context>
    <context>
        <name>MermaidExporter</name>
        <message>
            <source>run ended: %1</source>
            <translation>esecuzione terminata: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n more message(s) left out; the trace has them all</source>
            <translation>
                <numerusform>%n altro messaggio omesso; la traccia li contiene tutti</numerusform>
                <numerusform>altri %n messaggi omessi; la traccia li contiene tutti</numerusform>
            </translation>
        </message>
        <message>
            <source>killed by %1</source>
            <translation>ucciso da %1</translation>
        </message>
        <message>
            <source>exec failed: %1</source>
            <translation>exec fallita: %1</translation>
        </message>
        <message>
            <source>wait() failed: %1</source>
            <translation>wait() fallita: %1</translation>
        </message>
        <message>
            <source>zombie: ended, not yet waited for</source>
            <translation>zombie: terminato, non ancora atteso con wait</translation>
        </message>
        <message>
            <source>reaped by the engine</source>
            <translation>raccolto dal motore</translation>
        </message>
        <message>
            <source> (value %1)</source>
            <translation> (valore %1)</translation>
        </message>
        <message>
            <source>write failed: %1</source>
            <translation>scrittura fallita: %1</translation>
        </message>
        <message>
            <source> at offset %1</source>
            <translation> all'offset %1</translation>
        </message>
        <message>
            <source>read failed: %1</source>
            <translation>lettura fallita: %1</translation>
        </message>
        <message>
            <source>read = 0 (end of file)</source>
            <translation>read = 0 (fine del file)</translation>
        </message>
        <message>
            <source>sem_post, value %1</source>
            <translation>sem_post, valore %1</translation>
        </message>
        <message>
            <source>sem_wait returned, value %1</source>
            <translation>sem_wait è ritornata, valore %1</translation>
        </message>
        <message>
            <source> (from the user)</source>
            <translation> (dall'utente)</translation>
        </message>
        <message>
            <source>kill %1 failed: %2</source>
            <translation>kill %1 fallita: %2</translation>
        </message>
        <message>
            <source>%1 handler ran (%2 so far)</source>
            <translation>gestore di %1 eseguito (%2 volte finora)</translation>
        </message>
        <message>
            <source>deadlock: every live process is blocked</source>
            <translation>deadlock: tutti i processi vivi sono bloccati</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Message</source>
            <translation>Messaggio</translation>
        </message>
        <message>
            <source>Do what the message suggests</source>
            <translation>Fai ciò che suggerisce il messaggio</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Chiudi questo messaggio</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>Chiudi messaggio</translation>
        </message>
    </context>
    <context>
        <name>OutcomeRunner</name>
        <message>
            <source>(run %1)</source>
            <translation>(esecuzione: %1)</translation>
        </message>
        <message>
            <source>ended without a status</source>
            <translation>terminata senza stato</translation>
        </message>
        <message>
            <source>(no number printed)</source>
            <translation>(nessun numero stampato)</translation>
        </message>
        <message>
            <source>(nothing printed)</source>
            <translation>(nulla stampato)</translation>
        </message>
        <message>
            <source>Cannot start the engine %1: %2</source>
            <translation>Impossibile avviare il motore %1: %2</translation>
        </message>
        <message>
            <source>(no process got a semaphore)</source>
            <translation>(nessun processo ha ottenuto un semaforo)</translation>
        </message>
        <message numerus="yes">
            <source>%n process(es): %1</source>
            <translation>
                <numerusform>%n processo: %1</numerusform>
                <numerusform>%n processi: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutcomeView</name>
        <message>
            <source>Predict, then run</source>
            <translation>Prevedi, poi esegui</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Run N times</source>
            <translation>Esegui N volte</translation>
        </message>
        <message>
            <source>What the run printed</source>
            <translation>Ciò che l'esecuzione ha stampato</translation>
        </message>
        <message>
            <source>The first number printed</source>
            <translation>Il primo numero stampato</translation>
        </message>
        <message>
            <source>e.g. 2000, or &lt; 2000</source>
            <translation>es. 2000, oppure &lt; 2000</translation>
        </message>
        <message>
            <source>Before running, write what you expect: an outcome, or for numbers a comparison such as "&lt; 2000". Leave empty to just count.</source>
            <translation>Prima di eseguire, scrivi cosa ti aspetti: un esito oppure, per i numeri, un confronto come "&lt; 2000". Lascia vuoto per contare e basta.</translation>
        </message>
        <message numerus="yes">
            <source>Cancelled after %n run(s).</source>
            <translation>
                <numerusform>Annullato dopo %n esecuzione.</numerusform>
                <numerusform>Annullato dopo %n esecuzioni.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a scenario first.</source>
            <translation>Prima seleziona uno scenario.</translation>
        </message>
        <message>
            <source>Running %1…</source>
            <translation>Esecuzione di %1…</translation>
        </message>
        <message>
            <source>Your prediction: %1</source>
            <translation>La tua previsione: %1</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Esiti</translation>
        </message>
        <message>
            <source>runs</source>
            <translation>esecuzioni</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>esito</translation>
        </message>
        <message>
            <source>%1 of %2: %3.</source>
            <translation>%1 di %2: %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n esecuzione</numerusform>
                <numerusform>%n esecuzioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n distinct outcome(s)</source>
            <translation>
                <numerusform>%n esito distinto</numerusform>
                <numerusform>%n esiti distinti</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Runs:</source>
            <translation>&amp;Esecuzioni:</translation>
        </message>
        <message>
            <source>How many times to run the scenario</source>
            <translation>Quante volte eseguire lo scenario</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>Es&amp;ito:</translation>
        </message>
        <message>
            <source>What counts as the outcome of one run</source>
            <translation>Che cosa conta come esito di un'esecuzione</translation>
        </message>
        <message>
            <source>Your &amp;prediction:</source>
            <translation>La tua &amp;previsione:</translation>
        </message>
        <message>
            <source>Run the selected scenario this many times and count how often each outcome happens</source>
            <translation>Esegui lo scenario selezionato questo numero di volte e conta quante volte si verifica ogni esito</translation>
        </message>
        <message>
            <source>Stop after the run that is going on</source>
            <translation>Interrompi dopo l'esecuzione in corso</translation>
        </message>
        <message>
            <source>Runs done</source>
            <translation>Esecuzioni completate</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>How the prediction did</source>
            <translation>Com'è andata la previsione</translation>
        </message>
        <message>
            <source>Outcomes chart</source>
            <translation>Grafico degli esiti</translation>
        </message>
        <message>
            <source>How many runs ended with each outcome</source>
            <translation>Quante esecuzioni sono finite con ciascun esito</translation>
        </message>
        <message numerus="yes">
            <source>Your prediction "%1" held in %2 of %n run(s) (%3 %).</source>
            <translation>
                <numerusform>La tua previsione "%1" si è avverata in %2 su %n esecuzione (%3 %).</numerusform>
                <numerusform>La tua previsione "%1" si è avverata in %2 su %n esecuzioni (%3 %).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Outcomes of %1 (%2 of %n run(s))</source>
            <translation>
                <numerusform>Esiti di %1 (%2 su %n esecuzione)</numerusform>
                <numerusform>Esiti di %1 (%2 su %n esecuzioni)</numerusform>
            </translation>
        </message>
        <message>
            <source>Which process got a semaphore first</source>
            <translation>Quale processo ha ottenuto per primo un semaforo</translation>
        </message>
        <message>
            <source>The process tree</source>
            <translation>L'albero dei processi</translation>
        </message>
    </context>
    <context>
        <name>ParameterEditor</name>
        <message>
            <source>This scenario has no parameters.</source>
            <translation>Questo scenario non ha parametri.</translation>
        </message>
        <message>
            <source>&amp;Defaults</source>
            <translation>&amp;Predefiniti</translation>
        </message>
        <message>
            <source>Put every parameter back to the scenario's default</source>
            <translation>Riporta ogni parametro al valore predefinito dello scenario</translation>
        </message>
        <message>
            <source>Scenario parameters</source>
            <translation>Parametri dello scenario</translation>
        </message>
        <message>
            <source>Reset the parameters to their defaults</source>
            <translation>Riporta i parametri ai valori predefiniti</translation>
        </message>
    </context>
    <context>
        <name>PipeItem</name>
        <message numerus="yes">
            <source>%n byte(s) in flight</source>
            <translation>
                <numerusform>%n byte in transito</numerusform>
                <numerusform>%n byte in transito</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>write: %1</source>
            <translation>scrittura: %1</translation>
        </message>
        <message>
            <source>read: %1</source>
            <translation>lettura: %1</translation>
        </message>
    </context>
    <context>
        <name>PresenterMode</name>
        <message>
            <source>Blank screen</source>
            <translation>Schermo nero</translation>
        </message>
        <message>
            <source>&amp;Presenter Mode</source>
            <translation>Modalità &amp;presentazione</translation>
        </message>
        <message>
            <source>Full screen, large text, high contrast and only the panels the audience needs; Page Down steps, B blanks the screen</source>
            <translation>Schermo intero, testo grande, alto contrasto e solo i pannelli che servono al pubblico; Page Down avanza di un passo, B oscura lo schermo</translation>
        </message>
        <message>
            <source>Present to a lecture hall (F5; Esc leaves)</source>
            <translation>Presenta in un'aula (F5; Esc per uscire)</translation>
        </message>
        <message>
            <source>Leave Presenter Mode</source>
            <translation>Esci dalla modalità presentazione</translation>
        </message>
        <message>
            <source>Next Step</source>
            <translation>Passo successivo</translation>
        </message>
        <message>
            <source>Previous Event</source>
            <translation>Evento precedente</translation>
        </message>
        <message>
            <source>First Event</source>
            <translation>Primo evento</translation>
        </message>
        <message>
            <source>Blank the Screen</source>
            <translation>Oscura lo schermo</translation>
        </message>
        <message>
            <source>Zoom In</source>
            <translation>Ingrandisci</translation>
        </message>
        <message>
            <source>Zoom Out</source>
            <translation>Riduci</translation>
        </message>
        <message>
            <source>Fit All</source>
            <translation>Adatta alla finestra</translation>
        </message>
        <message>
            <source>Presenter mode: back to the usual window</source>
            <translation>Modalità presentazione: torna alla finestra normale</translation>
        </message>
        <message>
            <source>Presenter mode: release the next step in step mode, else show the next event</source>
            <translation>Modalità presentazione: rilascia il passo successivo in modalità passo-passo, altrimenti mostra l'evento successivo</translation>
        </message>
        <message>
            <source>Presenter mode: show the state one event earlier</source>
            <translation>Modalità presentazione: mostra lo stato all'evento precedente</translation>
        </message>
        <message>
            <source>Presenter mode: go back to the start of the run</source>
            <translation>Modalità presentazione: torna all'inizio dell'esecuzione</translation>
        </message>
        <message>
            <source>Presenter mode: black screen; any key or click brings the picture back</source>
            <translation>Modalità presentazione: schermo nero; qualsiasi tasto o clic fa ricomparire l'immagine</translation>
        </message>
        <message>
            <source>Presenter mode: zoom in on the canvas</source>
            <translation>Modalità presentazione: ingrandisci l'area di disegno</translation>
        </message>
        <message>
            <source>Presenter mode: zoom out of the canvas</source>
            <translation>Modalità presentazione: riduci l'area di disegno</translation>
        </message>
        <message>
            <source>Presenter mode: show the whole drawing</source>
            <translation>Modalità presentazione: mostra l'intero disegno</translation>
        </message>
    </context>
    <context>
        <name>ProcessDescriber</name>
        <message>
            <source>killed by %1</source>
            <translation>ucciso da %1</translation>
        </message>
        <message>
            <source>code %1</source>
            <translation>codice %1</translation>
        </message>
        <message>
            <source>running</source>
            <translation>in esecuzione</translation>
        </message>
        <message>
            <source>ready at gate</source>
            <translation>pronto al punto di sosta</translation>
        </message>
        <message>
            <source>ready: %1</source>
            <translation>pronto: %1</translation>
        </message>
        <message>
            <source>sleeping</source>
            <translation>dormiente</translation>
        </message>
        <message>
            <source>waiting in pause()</source>
            <translation>in attesa in pause()</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>bloccato</translation>
        </message>
        <message>
            <source>blocked in %1()</source>
            <translation>bloccato in %1()</translation>
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
            <translation>terminato</translation>
        </message>
        <message>
            <source>exited (%1)</source>
            <translation>terminato (%1)</translation>
        </message>
        <message>
            <source>reaped</source>
            <translation>raccolto</translation>
        </message>
        <message>
            <source>reaped (%1)</source>
            <translation>raccolto (%1)</translation>
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
            <translation>Deadlock: tutti i processi vivi erano bloccati in una chiamata che nulla poteva completare. %1 Guarda i badge rossi "bloccato in" per vedere chi aspettava cosa.</translation>
        </message>
        <message>
            <source>The run took longer than its time limit and was stopped. %1</source>
            <translation>L'esecuzione ha superato il suo tempo limite ed è stata fermata. %1</translation>
        </message>
        <message>
            <source>The engine could not run the scenario to its end: %1</source>
            <translation>Il motore non è riuscito a eseguire lo scenario fino alla fine: %1</translation>
        </message>
        <message>
            <source>Something survived the run despite cleanup (see the end record in the event log). Please report this as a bug.</source>
            <translation>Qualcosa è sopravvissuto all'esecuzione nonostante la pulizia (vedi il record end nel registro eventi). Segnalalo come bug.</translation>
        </message>
        <message>
            <source>The engine wrote a line that is not a valid event (%1). It was skipped and the run goes on.</source>
            <translation>Il motore ha scritto una riga che non è un evento valido (%1). È stata saltata e l'esecuzione continua.</translation>
        </message>
        <message>
            <source>Could not open the trace %1: %2</source>
            <translation>Impossibile aprire la traccia %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>The trace %1 is damaged: %n line(s) were skipped (first: %2). The rest is shown.</source>
            <translation>
                <numerusform>La traccia %1 è danneggiata: %n riga è stata saltata (%2). Il resto viene mostrato.</numerusform>
                <numerusform>La traccia %1 è danneggiata: %n righe sono state saltate (la prima: %2). Il resto viene mostrato.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to save yet: run a scenario first.</source>
            <translation>Non c'è ancora nulla da salvare: prima esegui uno scenario.</translation>
        </message>
        <message>
            <source>Could not save the trace: %1</source>
            <translation>Impossibile salvare la traccia: %1</translation>
        </message>
        <message>
            <source>Trace saved to %1</source>
            <translation>Traccia salvata in %1</translation>
        </message>
        <message>
            <source>Could not read the schedule %1: there is no readable file there.</source>
            <translation>Impossibile leggere la schedulazione %1: lì non c'è alcun file leggibile.</translation>
        </message>
        <message>
            <source>Pick a scenario first: a schedule replays a run of it.</source>
            <translation>Prima scegli uno scenario: una schedulazione ne riproduce un'esecuzione.</translation>
        </message>
        <message>
            <source>There is no interleaving to replay yet: run a scenario first.</source>
            <translation>Non c'è ancora alcun interleaving da ripetere: prima esegui uno scenario.</translation>
        </message>
        <message>
            <source>Could not create a temporary folder for the schedule: %1</source>
            <translation>Impossibile creare una cartella temporanea per la schedulazione: %1</translation>
        </message>
        <message>
            <source>Could not save this run's schedule: %1</source>
            <translation>Impossibile salvare la schedulazione di questa esecuzione: %1</translation>
        </message>
        <message>
            <source>The run could not start: see the message above the canvas.</source>
            <translation>Impossibile avviare l'esecuzione: vedi il messaggio sopra l'area di disegno.</translation>
        </message>
        <message>
            <source>Ready. Pick a scenario and press Run (Ctrl+R).</source>
            <translation>Pronto. Scegli uno scenario e premi Esegui (Ctrl+R).</translation>
        </message>
        <message numerus="yes">
            <source>Running %1 step by step: %n event(s)</source>
            <translation>
                <numerusform>Esecuzione passo-passo di %1: %n evento</numerusform>
                <numerusform>Esecuzione passo-passo di %1: %n eventi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Running %1: %n event(s)</source>
            <translation>
                <numerusform>Esecuzione di %1: %n evento</numerusform>
                <numerusform>Esecuzione di %1: %n eventi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped by you: %n event(s)</source>
            <translation>
                <numerusform>Fermata da te: %n evento</numerusform>
                <numerusform>Fermata da te: %n eventi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ended: %1, %n event(s)</source>
            <translation>
                <numerusform>Terminata: %1, %n evento</numerusform>
                <numerusform>Terminata: %1, %n eventi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Trace without an end record: %n event(s)</source>
            <translation>
                <numerusform>Traccia senza record end: %n evento</numerusform>
                <numerusform>Traccia senza record end: %n eventi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The run did not finish: %n event(s)</source>
            <translation>
                <numerusform>L'esecuzione non è terminata: %n evento</numerusform>
                <numerusform>L'esecuzione non è terminata: %n eventi</numerusform>
            </translation>
        </message>
        <message>
            <source>Replay of %1. %2</source>
            <translation>Riproduzione di %1. %2</translation>
        </message>
        <message numerus="yes">
            <source>(%n damaged line(s) skipped)</source>
            <translation>
                <numerusform>(%n riga danneggiata saltata)</numerusform>
                <numerusform>(%n righe danneggiate saltate)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <source>exec(): spawn another program</source>
            <translation>exec(): lanciare un altro programma</translation>
        </message>
        <message>
            <source>The main process forks a child that calls execvp() to become ls, listing the root directory. exec() does not return when it succeeds: the next line of the child only runs if it failed. The parent does not wait and ends at once; the orphaned child is adopted and reaped by the engine.</source>
            <translation>Il processo principale crea con fork un figlio che chiama execvp() per diventare ls, che elenca la directory radice. exec() non ritorna quando ha successo: la riga successiva del figlio viene eseguita solo se è fallita. Il padre non attende e termina subito; il figlio rimasto orfano viene adottato e raccolto dal motore.</translation>
        </message>
        <message>
            <source>After exec the child keeps its PID but runs another program.</source>
            <translation>Dopo exec il figlio mantiene il suo PID ma esegue un altro programma.</translation>
        </message>
        <message>
            <source>The parent may end before ls has printed anything.</source>
            <translation>Il padre può terminare prima che ls abbia stampato qualcosa.</translation>
        </message>
        <message>
            <source>Set program to a name that does not exist to see exec fail.</source>
            <translation>Imposta program a un nome che non esiste per vedere exec fallire.</translation>
        </message>
        <message>
            <source>The program the child runs</source>
            <translation>Il programma eseguito dal figlio</translation>
        </message>
        <message>
            <source>fork(): one process becomes two</source>
            <translation>fork(): un processo diventa due</translation>
        </message>
        <message>
            <source>The main process prints its own PID and its parent's, then calls fork(). From then on two processes run the same program: the parent learns the child's PID from fork's return value, the child asks getpid(). The parent waits for its child so that nothing is left behind.</source>
            <translation>Il processo principale stampa il proprio PID e quello del padre, poi chiama fork(). Da quel momento due processi eseguono lo stesso programma: il padre conosce il PID del figlio dal valore di ritorno di fork, il figlio lo chiede a getpid(). Il padre attende il figlio, così non resta nulla in sospeso.</translation>
        </message>
        <message>
            <source>fork() returns the child's PID in the parent and 0 in the child.</source>
            <translation>fork() restituisce il PID del figlio nel padre e 0 nel figlio.</translation>
        </message>
        <message>
            <source>The child's parent PID is the main process.</source>
            <translation>Il PID del padre del figlio è quello del processo principale.</translation>
        </message>
        <message>
            <source>The two lines after the fork may come in either order.</source>
            <translation>Le due righe dopo la fork possono comparire in qualunque ordine.</translation>
        </message>
        <message>
            <source>Two processes, one terminal</source>
            <translation>Due processi, un solo terminale</translation>
        </message>
        <message>
            <source>After fork() the child writes five dots and the parent twelve bars, one character at a time with a short pause after each. Nothing orders the two processes, so their characters mix in an order that changes from run to run. The parent waits for its child only at the very end.</source>
            <translation>Dopo fork() il figlio scrive cinque punti e il padre dodici barre, un carattere alla volta con una breve pausa dopo ciascuno. Nulla impone un ordine ai due processi, quindi i loro caratteri si mescolano in un ordine che cambia da un'esecuzione all'altra. Il padre attende il figlio solo alla fine.</translation>
        </message>
        <message>
            <source>The dots and the bars interleave differently in every run.</source>
            <translation>Punti e barre si alternano in modo diverso a ogni esecuzione.</translation>
        </message>
        <message>
            <source>Each character is its own write: the scheduler can switch between any two.</source>
            <translation>Ogni carattere è una write a sé: lo scheduler può passare da un processo all'altro tra due caratteri qualsiasi.</translation>
        </message>
        <message>
            <source>Pause after each character, in microseconds</source>
            <translation>Pausa dopo ogni carattere, in microsecondi</translation>
        </message>
        <message>
            <source>A tree of processes</source>
            <translation>Un albero di processi</translation>
        </message>
        <message>
            <source>The main process forks width children; each child reports, then forks width children of its own, down to depth levels below main. Every process waits for its own children before it exits. The tree has 1 + width + width^2 + ... + width^depth processes; depth 3 and width 8 make 585 (run it with --max-procs 1024).</source>
            <translation>Il processo principale crea con fork width figli; ogni figlio si presenta, poi crea a sua volta width figli, fino a depth livelli sotto main. Ogni processo attende i propri figli prima di terminare. L'albero ha 1 + width + width^2 + ... + width^depth processi; con depth 3 e width 8 sono 585 (eseguilo con --max-procs 1024).</translation>
        </message>
        <message>
            <source>Labels give each process's place in the tree: main.2.1 is the first child of main's second child.</source>
            <translation>Le etichette indicano la posizione di ogni processo nell'albero: main.2.1 è il primo figlio del secondo figlio di main.</translation>
        </message>
        <message>
            <source>A parent exits only after all of its children: the tree collapses from the leaves up.</source>
            <translation>Un padre termina solo dopo tutti i suoi figli: l'albero si chiude dalle foglie verso l'alto.</translation>
        </message>
        <message>
            <source>Levels of children below main</source>
            <translation>Livelli di figli sotto main</translation>
        </message>
        <message>
            <source>Children of each process</source>
            <translation>Figli di ogni processo</translation>
        </message>
        <message>
            <source>wait(): the parent goes second</source>
            <translation>wait(): il padre va per secondo</translation>
        </message>
        <message>
            <source>The same two writers as in the interleaving example, but the parent calls wait() before it writes anything. wait() blocks until the child has ended, so all five dots come before the twelve bars, in every run.</source>
            <translation>Gli stessi due scrittori dell'esempio sull'interleaving, ma il padre chiama wait() prima di scrivere qualsiasi cosa. wait() si blocca finché il figlio non è terminato, quindi tutti e cinque i punti vengono prima delle dodici barre, in ogni esecuzione.</translation>
        </message>
        <message>
            <source>The parent is blocked in wait() while the child writes.</source>
            <translation>Il padre è bloccato in wait() mentre il figlio scrive.</translation>
        </message>
        <message>
            <source>wait() returns when the child has exited and reaps it.</source>
            <translation>wait() ritorna quando il figlio è terminato e lo raccoglie.</translation>
        </message>
        <message>
            <source>Orphan: the parent exits first</source>
            <translation>Orfano: il padre termina per primo</translation>
        </message>
        <message>
            <source>The parent forks a child and exits at once without waiting. The child, still running, becomes an orphan: the kernel gives it a new parent, the nearest subreaper, here the ipcviz engine (on a plain system, init or systemd). getppid() in the child changes, and the new parent reaps it when it ends.</source>
            <translation>Il padre crea un figlio con fork e termina subito senza attenderlo. Il figlio, ancora in esecuzione, diventa orfano: il kernel gli assegna un nuovo padre, il subreaper più vicino, qui il motore di ipcviz (su un sistema normale, init o systemd). getppid() nel figlio cambia, e il nuovo padre lo raccoglie quando termina.</translation>
        </message>
        <message>
            <source>The child's parent PID changes to the engine's PID (proc.state with old_ppid).</source>
            <translation>Il PID del padre del figlio diventa il PID del motore (proc.state con old_ppid).</translation>
        </message>
        <message>
            <source>The orphan is reaped by the engine, not by its original parent.</source>
            <translation>L'orfano viene raccolto dal motore, non dal suo padre originale.</translation>
        </message>
        <message>
            <source>How long the child lives after its parent is gone, in milliseconds</source>
            <translation>Quanto vive il figlio dopo che il padre se n'è andato, in millisecondi</translation>
        </message>
        <message>
            <source>Zombie: exited but not yet reaped</source>
            <translation>Zombie: terminato ma non ancora raccolto</translation>
        </message>
        <message>
            <source>The child prints a line and exits at once. The parent sleeps without calling wait(), so the kernel keeps the dead child's PID and exit status: the child is a zombie. When the parent finally waits, it collects the status and the zombie disappears.</source>
            <translation>Il figlio stampa una riga e termina subito. Il padre dorme senza chiamare wait(), quindi il kernel conserva il PID e lo stato di uscita del figlio morto: il figlio è uno zombie. Quando finalmente il padre chiama wait, raccoglie lo stato e lo zombie scompare.</translation>
        </message>
        <message>
            <source>The child turns into a zombie (state Z) as soon as it exits.</source>
            <translation>Il figlio diventa uno zombie (stato Z) appena termina.</translation>
        </message>
        <message>
            <source>wait() removes the zombie and returns its exit status.</source>
            <translation>wait() elimina lo zombie e ne restituisce lo stato di uscita.</translation>
        </message>
        <message>
            <source>How long the parent leaves its child a zombie, in seconds</source>
            <translation>Per quanto tempo il padre lascia il figlio zombie, in secondi</translation>
        </message>
        <message>
            <source>Reaping children from a SIGCHLD handler</source>
            <translation>Raccogliere i figli da un gestore di SIGCHLD</translation>
        </message>
        <message>
            <source>The parent installs a SIGCHLD handler that calls waitpid(-1, &amp;status, WNOHANG) in a loop until no ended child is left, then forks three children that live for different times and goes on with its own work. Each child is reaped by the handler the moment it ends, so none stays a zombie, and the parent never blocks in wait().</source>
            <translation>Il padre installa un gestore di SIGCHLD che chiama waitpid(-1, &amp;status, WNOHANG) in un ciclo finché non resta nessun figlio terminato, poi crea con fork tre figli che vivono per tempi diversi e prosegue con il proprio lavoro. Ogni figlio viene raccolto dal gestore nel momento in cui termina, quindi nessuno resta zombie, e il padre non si blocca mai in wait().</translation>
        </message>
        <message>
            <source>Each child's exit is reported by the parent's handler (reaper: main), not by a wait statement.</source>
            <translation>La terminazione di ogni figlio viene segnalata dal gestore del padre (reaper: main), non da un'istruzione wait.</translation>
        </message>
        <message>
            <source>The handler loops: two children ending together may give only one SIGCHLD.</source>
            <translation>Il gestore cicla: due figli che terminano insieme possono generare un solo SIGCHLD.</translation>
        </message>
        <message>
            <source>No zombie (state Z) lingers: the handler runs as soon as the child ends.</source>
            <translation>Nessuno zombie (stato Z) resta in giro: il gestore viene eseguito appena il figlio termina.</translation>
        </message>
        <message>
            <source>How long the parent keeps working (it must outlive its children)</source>
            <translation>Per quanto tempo il padre continua a lavorare (deve sopravvivere ai figli)</translation>
        </message>
        <message>
            <source>Signals: counting SIGUSR1</source>
            <translation>Segnali: contare i SIGUSR1</translation>
        </message>
        <message>
            <source>The main process installs a handler for SIGUSR1 that only counts, then forks a child that sends it SIGUSR1 a few times. The main process waits for the child, lingers so that you can send more signals yourself, and prints how many times the handler ran.</source>
            <translation>Il processo principale installa per SIGUSR1 un gestore che si limita a contare, poi crea con fork un figlio che gli invia SIGUSR1 alcune volte. Il processo principale attende il figlio, resta attivo ancora un po' perché tu possa inviare altri segnali, e stampa quante volte è stato eseguito il gestore.</translation>
        </message>
        <message>
            <source>Each kill() interrupts the main process to run its handler.</source>
            <translation>Ogni kill() interrompe il processo principale per eseguire il suo gestore.</translation>
        </message>
        <message>
            <source>The handler runs even while main is blocked in wait().</source>
            <translation>Il gestore viene eseguito anche mentre main è bloccato in wait().</translation>
        </message>
        <message>
            <source>Send SIGUSR1 yourself while main lingers (set linger_s).</source>
            <translation>Invia tu stesso SIGUSR1 mentre main resta in attesa (imposta linger_s).</translation>
        </message>
        <message>
            <source>How many SIGUSR1 the child sends</source>
            <translation>Quanti SIGUSR1 invia il figlio</translation>
        </message>
        <message>
            <source>Seconds main waits before it prints the count</source>
            <translation>Secondi che main attende prima di stampare il conteggio</translation>
        </message>
        <message>
            <source>Unnamed pipe: parent to child</source>
            <translation>Pipe anonima: dal padre al figlio</translation>
        </message>
        <message>
            <source>The parent creates a pipe, forks, and writes a message into it a few times; the child reads until end of file.</source>
            <translation>Il padre crea una pipe, esegue fork e vi scrive un messaggio alcune volte; il figlio legge fino alla fine del file.</translation>
        </message>
        <message>
            <source>Each side closes the end it does not use.</source>
            <translation>Ogni lato chiude l'estremità che non usa.</translation>
        </message>
        <message>
            <source>The child sees end of file only when every write end is closed.</source>
            <translation>Il figlio vede la fine del file solo quando tutte le estremità di scrittura sono chiuse.</translation>
        </message>
        <message>
            <source>How many messages the parent sends</source>
            <translation>Quanti messaggi invia il padre</translation>
        </message>
        <message>
            <source>Pause between two messages, in milliseconds</source>
            <translation>Pausa tra due messaggi, in millisecondi</translation>
        </message>
        <message>
            <source>The text of each message</source>
            <translation>Il testo di ogni messaggio</translation>
        </message>
        <message>
            <source>Pipe round trips, as fast as possible</source>
            <translation>Round trip su pipe, il più veloce possibile</translation>
        </message>
        <message>
            <source>The parent sends a message of a few bytes through one pipe, the child sends it back through another, rounds times, with no pause: each round trip costs two writes, two reads and two context switches. Raise rounds to see how many round trips per second the kernel manages.</source>
            <translation>Il padre invia un messaggio di pochi byte attraverso una pipe, il figlio lo rimanda indietro attraverso un'altra, per rounds volte, senza pause: ogni round trip costa due write, due read e due cambi di contesto. Aumenta rounds per vedere quanti round trip al secondo riesce a gestire il kernel.</translation>
        </message>
        <message>
            <source>Each process blocks in read() until the other has written: the two strictly alternate.</source>
            <translation>Ogni processo si blocca in read() finché l'altro non ha scritto: i due si alternano rigorosamente.</translation>
        </message>
        <message>
            <source>The timeline shows the cost of one round trip: a few microseconds.</source>
            <translation>La linea temporale mostra il costo di un round trip: pochi microsecondi.</translation>
        </message>
        <message>
            <source>How many round trips</source>
            <translation>Quanti round trip</translation>
        </message>
        <message>
            <source>Size of the message in bytes (at most PIPE_BUF, so each write is atomic)</source>
            <translation>Dimensione del messaggio in byte (al massimo PIPE_BUF, così ogni write è atomica)</translation>
        </message>
        <message>
            <source>FIFO: messages from the shell</source>
            <translation>FIFO: messaggi dalla shell</translation>
        </message>
        <message>
            <source>The reader creates a named pipe and opens it for reading and writing, so that it never sees end of file, then reads until a '#' arrives. An unrelated writer runs four shell commands one after the other, each echoing a line into the FIFO by its path, exactly as you would type them in a terminal.</source>
            <translation>Il lettore crea una pipe con nome e la apre in lettura e scrittura, così da non vedere mai la fine del file, poi legge finché non arriva un '#'. Uno scrittore non imparentato esegue quattro comandi di shell uno dopo l'altro, ognuno dei quali scrive con echo una riga nella FIFO tramite il suo percorso, esattamente come li digiteresti in un terminale.</translation>
        </message>
        <message>
            <source>Each echo is a separate process that opens, writes and closes the FIFO.</source>
            <translation>Ogni echo è un processo separato che apre la FIFO, vi scrive e la chiude.</translation>
        </message>
        <message>
            <source>The reader keeps the FIFO open for writing too, so it does not see end of file between two echoes.</source>
            <translation>Il lettore tiene la FIFO aperta anche in scrittura, così non vede la fine del file tra un echo e l'altro.</translation>
        </message>
        <message>
            <source>The '#' line ends the conversation.</source>
            <translation>La riga '#' chiude la conversazione.</translation>
        </message>
        <message>
            <source>FIFO: sending a record</source>
            <translation>FIFO: inviare un record</translation>
        </message>
        <message>
            <source>The writer creates a named pipe, opens it for reading and writing, and writes one record of 14 bytes: a name padded to 10 bytes and a 4-byte little-endian integer (John, 23). The reader, an unrelated process started a little later, opens the FIFO by its path and reads the 14 bytes. The writer then closes and removes the FIFO.</source>
            <translation>Lo scrittore crea una pipe con nome, la apre in lettura e scrittura e scrive un record di 14 byte: un nome completato con padding fino a 10 byte e un intero little-endian di 4 byte (John, 23). Il lettore, un processo non imparentato avviato poco dopo, apre la FIFO tramite il suo percorso e legge i 14 byte. Poi lo scrittore chiude e rimuove la FIFO.</translation>
        </message>
        <message>
            <source>The FIFO is a file in the run directory: both processes find it by name.</source>
            <translation>La FIFO è un file nella directory dell'esecuzione: entrambi i processi la trovano per nome.</translation>
        </message>
        <message>
            <source>The bytes wait in the kernel until the reader reads them.</source>
            <translation>I byte attendono nel kernel finché il lettore non li legge.</translation>
        </message>
        <message>
            <source>The record is raw bytes: the name's padding and the integer are not text.</source>
            <translation>Il record è fatto di byte grezzi: il padding del nome e l'intero non sono testo.</translation>
        </message>
        <message>
            <source>Memory-mapped file: a counter</source>
            <translation>File mappato in memoria: un contatore</translation>
        </message>
        <message>
            <source>The process creates counter.bin holding the integer 41 (four bytes), maps the file into memory and increments the integer through the pointer, without calling read() or write() on the file. The change goes to the file itself.</source>
            <translation>Il processo crea counter.bin contenente l'intero 41 (quattro byte), mappa il file in memoria e incrementa l'intero attraverso il puntatore, senza chiamare read() o write() sul file. La modifica finisce nel file stesso.</translation>
        </message>
        <message>
            <source>After mmap, the file's bytes are ordinary memory.</source>
            <translation>Dopo mmap, i byte del file sono normale memoria.</translation>
        </message>
        <message>
            <source>The increment is one memory access, not a system call.</source>
            <translation>L'incremento è un accesso in memoria, non una system call.</translation>
        </message>
        <message>
            <source>Shared memory: server and client</source>
            <translation>Memoria condivisa: server e client</translation>
        </message>
        <message>
            <source>The server creates the shared memory object /AOS, sizes it to 4096 bytes, maps it and writes five words one after the other, then exits. The client, started a little later, opens the same object read-only, maps it, prints what it finds and removes the object.</source>
            <translation>Il server crea l'oggetto di memoria condivisa /AOS, ne imposta la dimensione a 4096 byte, lo mappa e vi scrive cinque parole una dopo l'altra, poi termina. Il client, avviato poco dopo, apre lo stesso oggetto in sola lettura, lo mappa, stampa ciò che trova e rimuove l'oggetto.</translation>
        </message>
        <message>
            <source>The object outlives the server: the client reads it after the server has exited.</source>
            <translation>L'oggetto sopravvive al server: il client lo legge dopo che il server è terminato.</translation>
        </message>
        <message>
            <source>No bytes travel through a system call: both map the same memory pages.</source>
            <translation>Nessun byte passa attraverso una system call: entrambi mappano le stesse pagine di memoria.</translation>
        </message>
        <message>
            <source>shm_unlink removes the name; nothing is left in /dev/shm.</source>
            <translation>shm_unlink rimuove il nome; in /dev/shm non resta nulla.</translation>
        </message>
        <message>
            <source>Shared memory guarded by a semaphore</source>
            <translation>Memoria condivisa protetta da un semaforo</translation>
        </message>
        <message>
            <source>The writer creates the shared memory object /shm_AOS and the named semaphore /sem_AOS with value 1. Holding the semaphore, it writes a record: the name John and, at offset 12, the integer 23. The reader, started a little later, opens both, takes the semaphore, reads the record, releases it, and removes both names.</source>
            <translation>Lo scrittore crea l'oggetto di memoria condivisa /shm_AOS e il semaforo con nome /sem_AOS con valore 1. Tenendo il semaforo, scrive un record: il nome John e, all'offset 12, l'intero 23. Il lettore, avviato poco dopo, apre entrambi, prende il semaforo, legge il record, rilascia il semaforo e rimuove entrambi i nomi.</translation>
        </message>
        <message>
            <source>sem_wait takes the value from 1 to 0; a second sem_wait would block until sem_post.</source>
            <translation>sem_wait porta il valore da 1 a 0; una seconda sem_wait si bloccherebbe fino a una sem_post.</translation>
        </message>
        <message>
            <source>Only one process unlinks the names: the reader, which ends last.</source>
            <translation>Un solo processo esegue unlink dei nomi: il lettore, che termina per ultimo.</translation>
        </message>
        <message>
            <source>Dining philosophers: the deadlock</source>
            <translation>Filosofi a cena: il deadlock</translation>
        </message>
        <message>
            <source>Five philosophers sit at a round table with one fork (a named semaphore of value 1) between each two. To eat, a philosopher takes the fork on the left, then the one on the right. Here each one takes the left fork and holds it a moment: then every fork is taken, everybody waits for the right fork that a neighbour holds, and nobody can ever go on. The engine sees five processes blocked in sem_wait and ends the run as a deadlock.</source>
            <translation>Cinque filosofi siedono a una tavola rotonda con una forchetta (un semaforo con nome di valore 1) tra ogni coppia di vicini. Per mangiare, un filosofo prende la forchetta a sinistra, poi quella a destra. Qui ognuno prende la forchetta sinistra e la tiene per un momento: a quel punto tutte le forchette sono prese, tutti aspettano la forchetta destra che tiene un vicino, e nessuno può più proseguire. Il motore vede cinque processi bloccati in sem_wait e termina l'esecuzione come deadlock.</translation>
        </message>
        <message>
            <source>Every philosopher holds one fork (its semaphore is 0) and waits in sem_wait for the next: a circular wait.</source>
            <translation>Ogni filosofo tiene una forchetta (il suo semaforo vale 0) e attende in sem_wait la successiva: un'attesa circolare.</translation>
        </message>
        <message>
            <source>The engine reports the deadlock with who waits on what; it then removes the semaphores nobody unlinked.</source>
            <translation>Il motore segnala il deadlock indicando chi attende cosa; poi rimuove i semafori di cui nessuno ha fatto unlink.</translation>
        </message>
        <message>
            <source>dining-philosophers-ordered breaks the circle: one philosopher takes the forks in the other order.</source>
            <translation>dining-philosophers-ordered spezza il cerchio: un filosofo prende le forchette nell'ordine inverso.</translation>
        </message>
        <message>
            <source>How long each philosopher holds the first fork before reaching for the second</source>
            <translation>Quanto tempo ogni filosofo tiene la prima forchetta prima di cercare di prendere la seconda</translation>
        </message>
        <message>
            <source>How long a meal takes</source>
            <translation>Quanto dura un pasto</translation>
        </message>
        <message>
            <source>Dining philosophers: ordered forks, no deadlock</source>
            <translation>Filosofi a cena: forchette ordinate, niente deadlock</translation>
        </message>
        <message>
            <source>The same five philosophers and five semaphore forks, with one change: every philosopher takes the lower-numbered of its two forks first. Philosopher 4, whose left fork is 4 and right fork is 0, takes fork 0 first. The forks are acquired in one global order, so no circle of waits can form: philosophers sometimes wait, but all of them eat.</source>
            <translation>Gli stessi cinque filosofi e le stesse cinque forchette-semaforo, con una modifica: ogni filosofo prende per prima la forchetta con il numero più basso tra le sue due. Il filosofo 4, la cui forchetta sinistra è la 4 e la destra è la 0, prende per prima la forchetta 0. Le forchette vengono acquisite in un unico ordine globale, quindi non può formarsi alcun ciclo di attese: a volte i filosofi aspettano, ma mangiano tutti.</translation>
        </message>
        <message>
            <source>phil4 reaches for fork 0 first and competes with phil0; one of them waits, the circle is broken.</source>
            <translation>phil4 cerca di prendere per prima la forchetta 0 ed entra in competizione con phil0; uno dei due attende, il cerchio è spezzato.</translation>
        </message>
        <message>
            <source>Resources taken in one global order can never deadlock.</source>
            <translation>Risorse acquisite in un unico ordine globale non possono mai andare in deadlock.</translation>
        </message>
        <message>
            <source>How many times each philosopher eats</source>
            <translation>Quante volte mangia ogni filosofo</translation>
        </message>
        <message>
            <source>Ping-pong over two pipes</source>
            <translation>Ping-pong su due pipe</translation>
        </message>
        <message>
            <source>A pipe carries data one way only, so a conversation needs two: the parent writes ping into the first, the child answers pong through the second. Each read blocks until the other side has written, so the two processes take strict turns.</source>
            <translation>Una pipe trasporta dati in un solo verso, quindi per una conversazione ne servono due: il padre scrive ping nella prima, il figlio risponde pong attraverso la seconda. Ogni read si blocca finché l'altro lato non ha scritto, quindi i due processi si alternano rigorosamente a turno.</translation>
        </message>
        <message>
            <source>Each process closes the two ends it does not use.</source>
            <translation>Ogni processo chiude le due estremità che non usa.</translation>
        </message>
        <message>
            <source>read() blocks until the other side writes: the turns come from the pipes, not from any sleep.</source>
            <translation>read() si blocca finché l'altro lato non scrive: i turni nascono dalle pipe, non da qualche sleep.</translation>
        </message>
        <message>
            <source>How many ping-pong exchanges</source>
            <translation>Quanti scambi di ping-pong</translation>
        </message>
        <message>
            <source>Pipeline: ls / | sort | wc -l</source>
            <translation>Pipeline: ls / | sort | wc -l</translation>
        </message>
        <message>
            <source>The parent builds the shell pipeline ls / | sort | wc -l: two pipes, three children. Each child moves its pipe ends onto standard input or output with dup2, closes every pipe descriptor it no longer needs, and calls execvp. The parent closes all four ends and waits for the three children.</source>
            <translation>Il padre costruisce la pipeline di shell ls / | sort | wc -l: due pipe, tre figli. Ogni figlio sposta le sue estremità delle pipe sullo standard input o output con dup2, chiude tutti i descrittori delle pipe che non gli servono più e chiama execvp. Il padre chiude tutte e quattro le estremità e attende i tre figli.</translation>
        </message>
        <message>
            <source>dup2(fd, 1) makes the pipe the program's standard output; the program itself knows nothing about pipes.</source>
            <translation>dup2(fd, 1) fa della pipe lo standard output del programma; il programma stesso non sa nulla delle pipe.</translation>
        </message>
        <message>
            <source>Every process closes the pipe ends it does not use: otherwise sort or wc would never see end of file.</source>
            <translation>Ogni processo chiude le estremità delle pipe che non usa: altrimenti sort o wc non vedrebbero mai la fine del file.</translation>
        </message>
        <message>
            <source>Only wc writes to the terminal: the number of entries in /.</source>
            <translation>Solo wc scrive sul terminale: il numero di voci in /.</translation>
        </message>
        <message>
            <source>Producers and consumers: a bounded buffer</source>
            <translation>Produttori e consumatori: un buffer limitato</translation>
        </message>
        <message>
            <source>Producers put items into a buffer of size slots in shared memory, consumers take them out. Three named semaphores coordinate them: empty counts free slots (starts at size), full counts items (starts at 0), and mutex (value 1) lets one process at a time change the buffer. A producer waits on empty then mutex; a consumer waits on full then mutex. The buffer holds its item count at offset 0 and the totals produced and consumed at offsets 4 and 8.</source>
            <translation>I produttori inseriscono elementi in un buffer di size posizioni in memoria condivisa, i consumatori li prelevano. Tre semafori con nome li coordinano: empty conta le posizioni libere (parte da size), full conta gli elementi (parte da 0) e mutex (valore 1) permette a un solo processo alla volta di modificare il buffer. Un produttore attende su empty e poi su mutex; un consumatore attende su full e poi su mutex. Il buffer contiene il numero di elementi all'offset 0 e i totali prodotti e consumati agli offset 4 e 8.</translation>
        </message>
        <message>
            <source>A producer blocks in sem_wait(empty) when the buffer is full; a consumer blocks in sem_wait(full) when it is empty.</source>
            <translation>Un produttore si blocca in sem_wait(empty) quando il buffer è pieno; un consumatore si blocca in sem_wait(full) quando è vuoto.</translation>
        </message>
        <message>
            <source>The item count never exceeds size and never goes below 0.</source>
            <translation>Il numero di elementi non supera mai size e non scende mai sotto 0.</translation>
        </message>
        <message>
            <source>Swap the order of sem_wait(empty) and sem_wait(mutex) in your head: a full buffer would then deadlock.</source>
            <translation>Prova a scambiare mentalmente l'ordine di sem_wait(empty) e sem_wait(mutex): con il buffer pieno si andrebbe in deadlock.</translation>
        </message>
        <message>
            <source>Slots in the buffer</source>
            <translation>Posizioni nel buffer</translation>
        </message>
        <message>
            <source>Items each producer makes for each consumer</source>
            <translation>Elementi che ogni produttore crea per ogni consumatore</translation>
        </message>
        <message>
            <source>Number of producers</source>
            <translation>Numero di produttori</translation>
        </message>
        <message>
            <source>Number of consumers</source>
            <translation>Numero di consumatori</translation>
        </message>
        <message>
            <source>Race condition: a counter without a lock</source>
            <translation>Race condition: un contatore senza lock</translation>
        </message>
        <message>
            <source>Two processes each add 1 to the same integer in shared memory n times. Each addition is two steps, a load (x = *counter) and a store (*counter = x + 1), and nothing stops the other process from running in between. When both load the same value, one store overwrites the other and an update is lost.</source>
            <translation>Due processi sommano ciascuno 1 allo stesso intero in memoria condivisa, n volte. Ogni somma richiede due passi, una load (x = *counter) e una store (*counter = x + 1), e nulla impedisce all'altro processo di essere eseguito nel mezzo. Quando entrambi leggono con la load lo stesso valore, una store sovrascrive l'altra e un aggiornamento va perso.</translation>
        </message>
        <message>
            <source>In step mode, let both processes load before either stores: the counter goes up by 1, not 2.</source>
            <translation>In modalità passo-passo, fai eseguire la load a entrambi i processi prima che uno dei due esegua la store: il contatore aumenta di 1, non di 2.</translation>
        </message>
        <message>
            <source>In a free run the final count changes from run to run and is often less than twice n.</source>
            <translation>In un'esecuzione libera il conteggio finale cambia da un'esecuzione all'altra ed è spesso inferiore a due volte n.</translation>
        </message>
        <message>
            <source>Compare with race-counter-sem, where a semaphore makes load and store one critical section.</source>
            <translation>Confronta con race-counter-sem, dove un semaforo rende load e store un'unica sezione critica.</translation>
        </message>
        <message>
            <source>How many times each process adds 1</source>
            <translation>Quante volte ogni processo somma 1</translation>
        </message>
        <message>
            <source>Race fixed: a semaphore around load and store</source>
            <translation>Race condition risolta: un semaforo attorno a load e store</translation>
        </message>
        <message>
            <source>The same two processes as in race-counter add 1 to a shared integer n times each, but every load and store pair runs between sem_wait and sem_post on a named semaphore of value 1. Only one process at a time is inside the critical section, so no update is lost: the final count is always twice n.</source>
            <translation>Gli stessi due processi di race-counter sommano 1 a un intero condiviso, n volte ciascuno, ma ogni coppia load e store viene eseguita tra sem_wait e sem_post su un semaforo con nome di valore 1. Un solo processo alla volta è dentro la sezione critica, quindi nessun aggiornamento va perso: il conteggio finale è sempre due volte n.</translation>
        </message>
        <message>
            <source>While one process holds the semaphore (value 0), the other blocks in sem_wait.</source>
            <translation>Mentre un processo tiene il semaforo (valore 0), l'altro si blocca in sem_wait.</translation>
        </message>
        <message>
            <source>The final count is exactly twice n in every run, in any schedule.</source>
            <translation>Il conteggio finale è esattamente due volte n in ogni esecuzione, con qualunque schedulazione.</translation>
        </message>
        <message>
            <source>Readers and writers</source>
            <translation>Lettori e scrittori</translation>
        </message>
        <message>
            <source>Several readers and writers use one record in shared memory. A counting semaphore room holds one token per reader that may be inside (value readers): a reader takes one token, so readers read at the same time. A writer must have the room to itself: it takes every token, one sem_wait per reader, and a second semaphore, writer (value 1), makes writers collect their tokens one at a time so two half-done writers cannot block each other.</source>
            <translation>Diversi lettori e scrittori usano un record in memoria condivisa. Un semaforo contatore, room, contiene un token per ogni lettore che può stare dentro (valore readers): un lettore prende un token, quindi più lettori leggono contemporaneamente. Uno scrittore deve avere la stanza tutta per sé: prende tutti i token, una sem_wait per lettore, e un secondo semaforo, writer (valore 1), fa sì che gli scrittori raccolgano i loro token uno alla volta, così due scrittori a metà dell'opera non possono bloccarsi a vicenda.</translation>
        </message>
        <message>
            <source>Readers overlap: room drops below readers while several read at once.</source>
            <translation>I lettori si sovrappongono: room scende sotto readers mentre più lettori leggono insieme.</translation>
        </message>
        <message>
            <source>A writer waits in sem_wait(room) until every reader inside has left, then holds all tokens (room is 0).</source>
            <translation>Uno scrittore attende in sem_wait(room) finché tutti i lettori dentro non sono usciti, poi tiene tutti i token (room vale 0).</translation>
        </message>
        <message>
            <source>Without the writer semaphore, two writers each holding some tokens would deadlock.</source>
            <translation>Senza il semaforo writer, due scrittori che tengono ciascuno una parte dei token andrebbero in deadlock.</translation>
        </message>
        <message>
            <source>Number of readers (and tokens in the room)</source>
            <translation>Numero di lettori (e di token nella stanza)</translation>
        </message>
        <message>
            <source>Number of writers</source>
            <translation>Numero di scrittori</translation>
        </message>
        <message>
            <source>How long one read takes</source>
            <translation>Quanto dura una lettura</translation>
        </message>
        <message>
            <source>Pitfall: FIFOs opened in the wrong order</source>
            <translation>Insidia: FIFO aperte nell'ordine sbagliato</translation>
        </message>
        <message>
            <source>Opening a FIFO blocks until the other end is opened too: a reader waits for a writer and the other way round. Process a opens fifo ab for reading and then fifo ba for writing; process b opens ba for reading and then ab for writing. Each waits in its first open() for the other to open the FIFO it is not yet at: a deadlock. The engine ends the run and reports the two opens.</source>
            <translation>L'apertura di una FIFO si blocca finché non viene aperta anche l'altra estremità: un lettore attende uno scrittore e viceversa. Il processo a apre la FIFO ab in lettura e poi la FIFO ba in scrittura; il processo b apre ba in lettura e poi ab in scrittura. Ciascuno attende nella sua prima open() che l'altro apra la FIFO a cui non è ancora arrivato: un deadlock. Il motore termina l'esecuzione e segnala le due open.</translation>
        </message>
        <message>
            <source>a waits in open(ab, read) for a writer; b waits in open(ba, read) for a writer: neither gets to its second open.</source>
            <translation>a attende in open(ab, read) uno scrittore; b attende in open(ba, read) uno scrittore: nessuno dei due arriva alla sua seconda open.</translation>
        </message>
        <message>
            <source>Fix: open the FIFOs in the same order in both processes (ab first), or open one with rdwr.</source>
            <translation>Soluzione: apri le FIFO nello stesso ordine in entrambi i processi (prima ab), oppure aprine una con rdwr.</translation>
        </message>
        <message>
            <source>The engine removes the two FIFOs when the run ends.</source>
            <translation>Il motore rimuove le due FIFO quando l'esecuzione termina.</translation>
        </message>
        <message>
            <source>Pitfall: a shm object and a semaphore never unlinked</source>
            <translation>Insidia: un oggetto shm e un semaforo mai rimossi con unlink</translation>
        </message>
        <message>
            <source>The program creates a shared memory object and a named semaphore, uses them, closes and unmaps them, and exits, but never calls shm_unlink or sem_unlink. Closing only drops this process's handle: the names stay in /dev/shm, with their contents, after every process has ended, until someone unlinks them or the machine reboots. The engine removes them at the end of the run and lists them in the end record's cleanup.</source>
            <translation>Il programma crea un oggetto di memoria condivisa e un semaforo con nome, li usa, li chiude, ne rimuove la mappatura e termina, ma non chiama mai shm_unlink né sem_unlink. La chiusura rilascia solo il riferimento di questo processo: i nomi restano in /dev/shm, con il loro contenuto, anche dopo che tutti i processi sono terminati, finché qualcuno non ne fa unlink o la macchina non viene riavviata. Il motore li rimuove alla fine dell'esecuzione e li elenca nel campo cleanup del record end.</translation>
        </message>
        <message>
            <source>After the last process ends, the end record's cleanup lists shm:/AOS and sem:/sem_AOS: the engine had to remove them.</source>
            <translation>Dopo che l'ultimo processo è terminato, il campo cleanup del record end elenca shm:/AOS e sem:/sem_AOS: il motore ha dovuto rimuoverli.</translation>
        </message>
        <message>
            <source>munmap and close (sem_close) are not unlink: the names outlive the processes.</source>
            <translation>munmap e close (sem_close) non sono unlink: i nomi sopravvivono ai processi.</translation>
        </message>
        <message>
            <source>Fix: call shm_unlink and sem_unlink once no new process needs to open the names.</source>
            <translation>Soluzione: chiama shm_unlink e sem_unlink appena nessun nuovo processo ha più bisogno di aprire i nomi.</translation>
        </message>
        <message>
            <source>Pitfall: a full pipe blocks the writer</source>
            <translation>Insidia: una pipe piena blocca chi scrive</translation>
        </message>
        <message>
            <source>A pipe is a buffer in the kernel of 64 KiB (65536 bytes) on Linux. The writer fills it in one write, which returns at once; its next write blocks, because the reader is still busy and has read nothing. Only when the reader drains the pipe can the blocked write finish. A program that writes a lot into a pipe before reading its answer can hang this way.</source>
            <translation>Su Linux una pipe è un buffer nel kernel di 64 KiB (65536 byte). Lo scrittore la riempie con una sola write, che ritorna subito; la write successiva si blocca, perché il lettore è ancora occupato e non ha letto nulla. Solo quando il lettore svuota la pipe la write bloccata può completarsi. Un programma che scrive molti dati in una pipe prima di leggerne la risposta può bloccarsi per sempre in questo modo.</translation>
        </message>
        <message>
            <source>The first write of 65536 bytes returns at once; the pipe is full.</source>
            <translation>La prima write di 65536 byte ritorna subito; la pipe è piena.</translation>
        </message>
        <message>
            <source>The second write blocks until the reader has read: its begin and end are far apart.</source>
            <translation>La seconda write si blocca finché il lettore non ha letto: il suo inizio e la sua fine sono molto distanti.</translation>
        </message>
        <message>
            <source>The reader's first read returns all 65536 bytes that were waiting in the pipe.</source>
            <translation>La prima read del lettore restituisce tutti i 65536 byte che attendevano nella pipe.</translation>
        </message>
        <message>
            <source>How long the reader is busy before it reads</source>
            <translation>Per quanto tempo il lettore è occupato prima di leggere</translation>
        </message>
        <message>
            <source>Pitfall: printf before fork prints twice</source>
            <translation>Insidia: printf prima di fork stampa due volte</translation>
        </message>
        <message>
            <source>printf does not write at once: stdio keeps the text in a buffer in the process's memory and writes it when the buffer is full, on fflush, or at exit. When stdout is a pipe or a file, even a newline does not flush it. Here the parent printfs a line, then forks: the child gets a copy of the memory, unwritten buffer included, so the line comes out twice, once at each process's exit. The fflush version does not have the problem.</source>
            <translation>printf non scrive subito: stdio tiene il testo in un buffer nella memoria del processo e lo scrive quando il buffer è pieno, a una fflush o all'uscita. Quando stdout è una pipe o un file, nemmeno un a capo lo svuota. Qui il padre stampa una riga con printf, poi esegue fork: il figlio riceve una copia della memoria, buffer non ancora scritto compreso, quindi la riga esce due volte, una all'uscita di ciascun processo. La versione con fflush non ha questo problema.</translation>
        </message>
        <message>
            <source>The line printed before fork appears twice, both times with the parent's PID: it was formatted once and copied by fork.</source>
            <translation>La riga stampata prima di fork compare due volte, entrambe con il PID del padre: è stata formattata una volta sola e copiata da fork.</translation>
        </message>
        <message>
            <source>stdio.buffer events show text kept in memory; stdio.flush events show when it is really written.</source>
            <translation>Gli eventi stdio.buffer mostrano il testo tenuto in memoria; gli eventi stdio.flush mostrano quando viene scritto davvero.</translation>
        </message>
        <message>
            <source>Fix: call fflush(stdout) before fork, as the second part does, or write with write(2).</source>
            <translation>Soluzione: chiama fflush(stdout) prima di fork, come fa la seconda parte, oppure scrivi con write(2).</translation>
        </message>
        <message>
            <source>Pitfall: SIGPIPE, writing with no reader</source>
            <translation>Insidia: SIGPIPE, scrivere senza lettori</translation>
        </message>
        <message>
            <source>Writing to a pipe whose read ends are all closed raises SIGPIPE in the writer, and by default SIGPIPE kills it, without a message. In main, the child closes its read end and exits; the parent closed its own, so its write kills it. The second process, careful, ignores SIGPIPE first: the same write then fails with EPIPE and the program can report the error and exit cleanly.</source>
            <translation>Scrivere su una pipe le cui estremità di lettura sono tutte chiuse genera SIGPIPE nello scrittore, e per impostazione predefinita SIGPIPE lo uccide, senza alcun messaggio. In main, il figlio chiude la sua estremità di lettura e termina; il padre aveva chiuso la propria, quindi la sua write lo uccide. Il secondo processo, careful, prima ignora SIGPIPE: la stessa write allora fallisce con EPIPE e il programma può segnalare l'errore e terminare in modo pulito.</translation>
        </message>
        <message>
            <source>main ends killed by SIGPIPE: its last line never runs, and nothing is printed.</source>
            <translation>main termina ucciso da SIGPIPE: la sua ultima riga non viene mai eseguita e non viene stampato nulla.</translation>
        </message>
        <message>
            <source>careful's write returns -1 with errno EPIPE; it prints the error and exits with status 1.</source>
            <translation>La write di careful restituisce -1 con errno EPIPE; careful stampa l'errore e termina con stato 1.</translation>
        </message>
        <message>
            <source>Servers ignore SIGPIPE (or use MSG_NOSIGNAL) so a vanished client cannot kill them.</source>
            <translation>I server ignorano SIGPIPE (o usano MSG_NOSIGNAL), così un client scomparso non può ucciderli.</translation>
        </message>
        <message>
            <source>Pitfall: exec after an unchecked fork</source>
            <translation>Insidia: exec dopo una fork non controllata</translation>
        </message>
        <message>
            <source>The program calls fork() and ignores its result, then calls execvp to run ls in the child. But fork returns in both processes and nothing tells them apart: the parent runs the exec as well, so both processes become ls, the listing comes out twice, and the parent's own program is gone: its next line never runs.</source>
            <translation>Il programma chiama fork() e ne ignora il risultato, poi chiama execvp per eseguire ls nel figlio. Ma fork ritorna in entrambi i processi e nulla li distingue: anche il padre esegue la exec, quindi entrambi i processi diventano ls, l'elenco compare due volte e il programma del padre è sparito: la sua riga successiva non viene mai eseguita.</translation>
        </message>
        <message>
            <source>Two proc.exec events, one from each process: both replace their program with ls.</source>
            <translation>Due eventi proc.exec, uno per ciascun processo: entrambi sostituiscono il proprio programma con ls.</translation>
        </message>
        <message>
            <source>The parent's line after exec never runs: exec only returns when it fails.</source>
            <translation>La riga del padre dopo exec non viene mai eseguita: exec ritorna solo quando fallisce.</translation>
        </message>
        <message>
            <source>Fix: if (pid == 0) { execvp(...); _exit(127); } and only the parent goes on.</source>
            <translation>Soluzione: if (pid == 0) { execvp(...); _exit(127); } e solo il padre prosegue.</translation>
        </message>
        <message>
            <source>Pitfall: a write end left open</source>
            <translation>Insidia: un'estremità di scrittura lasciata aperta</translation>
        </message>
        <message>
            <source>The child reads the pipe until end of file. The parent writes its messages and then waits for the child, but it forgot to close its own write end. A pipe reports end of file only when every write end is closed, and the parent's copy is still open: the child blocks in read() forever, and the parent blocks in wait() for a child that never ends. The engine detects the deadlock and reports who waits on what.</source>
            <translation>Il figlio legge dalla pipe fino alla fine del file. Il padre scrive i suoi messaggi e poi attende il figlio, ma ha dimenticato di chiudere la propria estremità di scrittura. Una pipe segnala la fine del file solo quando tutte le estremità di scrittura sono chiuse, e la copia del padre è ancora aperta: il figlio resta bloccato in read() per sempre, e il padre si blocca in wait() per un figlio che non termina mai. Il motore rileva il deadlock e segnala chi attende cosa.</translation>
        </message>
        <message>
            <source>After the messages, the child blocks in read() on pipe#1 even though nobody will write again.</source>
            <translation>Dopo i messaggi, il figlio si blocca in read() su pipe#1 anche se nessuno scriverà più.</translation>
        </message>
        <message>
            <source>The parent blocks in wait(): each process waits for the other. The fix: close p.w in the parent before wait (and in the child before reading).</source>
            <translation>Il padre si blocca in wait(): ciascun processo attende l'altro. La soluzione: chiudere p.w nel padre prima di wait (e nel figlio prima di leggere).</translation>
        </message>
        <message>
            <source>The engine ends the run as a deadlock and lists both waits.</source>
            <translation>Il motore termina l'esecuzione come deadlock ed elenca entrambe le attese.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCheck</name>
        <message>
            <source>The engine (ipcviz-engine) was not found, so the file cannot be checked. Install it next to ipcviz or set IPCVIZ_ENGINE.</source>
            <translation>Il motore (ipcviz-engine) non è stato trovato, quindi il file non può essere controllato. Installalo accanto a ipcviz oppure imposta IPCVIZ_ENGINE.</translation>
        </message>
        <message>
            <source>The engine %1 could not be started: %2</source>
            <translation>Impossibile avviare il motore %1: %2</translation>
        </message>
        <message>
            <source>The engine crashed while checking the file.</source>
            <translation>Il motore è andato in crash mentre controllava il file.</translation>
        </message>
        <message>
            <source>The engine said: %1</source>
            <translation>Il motore ha detto: %1</translation>
        </message>
        <message>
            <source>The engine's answer about the file could not be read (it is not the expected JSON); is the engine the same version as the app?</source>
            <translation>Impossibile leggere la risposta del motore sul file (non è il JSON atteso); il motore ha la stessa versione dell'applicazione?</translation>
        </message>
        <message>
            <source>The engine's answer about the file does not say whether it is valid.</source>
            <translation>La risposta del motore sul file non dice se è valido.</translation>
        </message>
        <message>
            <source>The engine found the file invalid but gave no reason.</source>
            <translation>Il motore ha giudicato il file non valido ma non ha fornito alcun motivo.</translation>
        </message>
        <message numerus="yes">
            <source>The engine did not finish checking the file within %n second(s).</source>
            <translation>
                <numerusform>Il motore non ha finito di controllare il file entro %n secondo.</numerusform>
                <numerusform>Il motore non ha finito di controllare il file entro %n secondi.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>Open &amp;Recent Scenario</source>
            <translation>Apri scenario &amp;recente</translation>
        </message>
        <message>
            <source>The scenario file %1 does not exist or is not a regular file.</source>
            <translation>Il file di scenario %1 non esiste o non è un file regolare.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n error(s), listed in the Scenario File panel; fix them and it reloads by itself.</source>
            <translation>
                <numerusform>%1 contiene %n errore, elencato nel pannello File di scenario; correggilo e il file si ricaricherà da solo.</numerusform>
                <numerusform>%1 contiene %n errori, elencati nel pannello File di scenario; correggili e il file si ricaricherà da solo.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not valid and was not run; see the Scenario File panel.</source>
            <translation>%1 non è valido e non è stato eseguito; vedi il pannello File di scenario.</translation>
        </message>
        <message>
            <source>Not run: %1 was not confirmed.</source>
            <translation>Non eseguito: %1 non è stato confermato.</translation>
        </message>
        <message>
            <source>The scenario file %1 does not come with ipcviz, and it will run these programs on this computer, with your permissions:

%2

Run it only if you trust where it comes from.</source>
            <translation>Il file di scenario %1 non è fornito con ipcviz ed eseguirà questi programmi su questo computer, con i tuoi permessi:

%2

Eseguilo solo se ti fidi della sua provenienza.</translation>
        </message>
        <message>
            <source>Run Programs?</source>
            <translation>Eseguire i programmi?</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Esegui</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>No recent scenario files</source>
            <translation>Nessun file di scenario recente</translation>
        </message>
        <message>
            <source>Clear Recent Files</source>
            <translation>Cancella file recenti</translation>
        </message>
        <message>
            <source>The scenario file %1 was removed or renamed.</source>
            <translation>Il file di scenario %1 è stato rimosso o rinominato.</translation>
        </message>
        <message>
            <source>%1 changed and now has errors (see the Scenario File panel); it will not run until they are fixed.</source>
            <translation>%1 è cambiato e ora contiene errori (vedi il pannello File di scenario); non verrà eseguito finché non saranno corretti.</translation>
        </message>
        <message>
            <source>Reloaded %1.</source>
            <translation>%1 ricaricato.</translation>
        </message>
        <message>
            <source>Open Scenario File</source>
            <translation>Apri file di scenario</translation>
        </message>
        <message>
            <source>ipcviz scenarios (*.ipcv);;All files (*)</source>
            <translation>Scenari ipcviz (*.ipcv);;Tutti i file (*)</translation>
        </message>
    </context>
    <context>
        <name>ScenarioLibraryDock</name>
        <message>
            <source>Scenarios</source>
            <translation>Scenari</translation>
        </message>
        <message>
            <source>Search scenarios…</source>
            <translation>Cerca scenari…</translation>
        </message>
        <message>
            <source>Filter the scenarios by id, title or description</source>
            <translation>Filtra gli scenari per id, titolo o descrizione</translation>
        </message>
        <message>
            <source>Search scenarios</source>
            <translation>Cerca scenari</translation>
        </message>
        <message>
            <source>Double-click a scenario (or press Enter) to run it</source>
            <translation>Fai doppio clic su uno scenario (o premi Enter) per eseguirlo</translation>
        </message>
        <message>
            <source>Scenario library</source>
            <translation>Libreria degli scenari</translation>
        </message>
        <message>
            <source>Scenario description</source>
            <translation>Descrizione dello scenario</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Processi</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Segnali</translation>
        </message>
        <message>
            <source>Pipes</source>
            <translation>Pipe</translation>
        </message>
        <message>
            <source>FIFOs</source>
            <translation>FIFO</translation>
        </message>
        <message>
            <source>Shared memory</source>
            <translation>Memoria condivisa</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Semafori</translation>
        </message>
        <message>
            <source>Classic problems</source>
            <translation>Problemi classici</translation>
        </message>
        <message>
            <source>Pitfalls</source>
            <translation>Insidie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Altro</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select a scenario to read what it shows.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Seleziona uno scenario per leggere cosa mostra.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What to watch for</source>
            <translation>Cosa osservare</translation>
        </message>
        <message>
            <source>What the selected scenario shows, and what to watch for</source>
            <translation>Cosa mostra lo scenario selezionato e cosa osservare</translation>
        </message>
        <message>
            <source>Manual pages: %1</source>
            <translation>Pagine di manuale: %1</translation>
        </message>
    </context>
    <context>
        <name>ScenarioProblemsPane</name>
        <message>
            <source>Scenario File</source>
            <translation>File di scenario</translation>
        </message>
        <message>
            <source>Errors in the scenario file</source>
            <translation>Errori nel file di scenario</translation>
        </message>
        <message>
            <source>Scenario file text</source>
            <translation>Testo del file di scenario</translation>
        </message>
        <message>
            <source>It runs no other program.</source>
            <translation>Non esegue altri programmi.</translation>
        </message>
        <message>
            <source>It may run: %1.</source>
            <translation>Può eseguire: %1.</translation>
        </message>
        <message>
            <source>%1 is valid (%2). %3</source>
            <translation>%1 è valido (%2). %3</translation>
        </message>
        <message>
            <source>%1 could not be checked, so it will not run.</source>
            <translation>Impossibile controllare %1, quindi non verrà eseguito.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s) in %1; it will not run until they are fixed.</source>
            <translation>
                <numerusform>%n errore in %1; non verrà eseguito finché non sarà corretto.</numerusform>
                <numerusform>%n errori in %1; non verrà eseguito finché non saranno corretti.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check result</source>
            <translation>Esito del controllo</translation>
        </message>
        <message>
            <source>Click an error to see its line in the file below</source>
            <translation>Fai clic su un errore per vederne la riga nel file qui sotto</translation>
        </message>
        <message>
            <source>The scenario file, with the lines that have errors marked</source>
            <translation>Il file di scenario, con evidenziate le righe che contengono errori</translation>
        </message>
    </context>
    <context>
        <name>SemaphoreItem</name>
        <message>
            <source>nobody waiting</source>
            <translation>nessuno in attesa</translation>
        </message>
        <message>
            <source>waiting in sem_wait():</source>
            <translation>in attesa in sem_wait():</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lingua:</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Lingua del sistema (%1)</translation>
        </message>
        <message>
            <source>The language of menus, panels and explanations. It changes at once, without a restart.</source>
            <translation>La lingua di menu, pannelli e spiegazioni. Cambia subito, senza riavviare.</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Lingua dell'interfaccia</translation>
        </message>
        <message>
            <source>Changes at once. To use a language for one session only, start ipcviz with --lang CODE.</source>
            <translation>Cambia subito. Per usare una lingua solo per una sessione, avvia ipcviz con --lang CODE.</translation>
        </message>
        <message>
            <source>&amp;Speed of runs:</source>
            <translation>&amp;Velocità delle esecuzioni:</translation>
        </message>
        <message>
            <source>How long each process waits before each step, so that you can follow the animation (Ctrl+1 … Ctrl+4)</source>
            <translation>Quanto attende ogni processo prima di ogni passo, per poter seguire l'animazione (Ctrl+1 … Ctrl+4)</translation>
        </message>
        <message>
            <source>Speed of runs</source>
            <translation>Velocità delle esecuzioni</translation>
        </message>
        <message>
            <source>The same as the speed box in the toolbar; ipcviz starts with the speed you used last.</source>
            <translation>È la stessa velocità della casella nella barra degli strumenti; ipcviz si avvia con l'ultima velocità usata.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Close the settings (they are already applied and saved)</source>
            <translation>Chiudi le impostazioni (sono già applicate e salvate)</translation>
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
            <translation>percorso %1</translation>
        </message>
        <message>
            <source>mode %1</source>
            <translation>modalità %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>verso %1</translation>
        </message>
        <message>
            <source>%1 ns</source>
            <translation>%1 ns</translation>
        </message>
        <message>
            <source>(called, not returned yet)</source>
            <translation>(chiamata, non ancora ritornata)</translation>
        </message>
        <message>
            <source>read is about to return 0 (end of file): %1 is empty and no process holds its write end any more.</source>
            <translation>read sta per restituire 0 (fine del file): %1 è vuota e nessun processo ne tiene più aperta l'estremità di scrittura.</translation>
        </message>
        <message>
            <source>%1 holds a write end itself: unless it closes it, this read never sees end of file.</source>
            <translation>%1 stesso tiene aperta un'estremità di scrittura: se non la chiude, questa read non vedrà mai la fine del file.</translation>
        </message>
        <message>
            <source>write to %1 cannot go on: no process holds its read end, so it fails with EPIPE (and SIGPIPE).</source>
            <translation>write su %1 non può proseguire: nessun processo ne tiene aperta l'estremità di lettura, quindi fallisce con EPIPE (e SIGPIPE).</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>open blocks: opening the FIFO %1 waits until another process opens its other end (now open for reading: %2; for writing: %3).</source>
            <translation>open si blocca: l'apertura della FIFO %1 attende finché un altro processo non ne apre l'altra estremità (ora aperta in lettura da: %2; in scrittura da: %3).</translation>
        </message>
        <message>
            <source>open blocks until another process opens the other end of %1.</source>
            <translation>open si blocca finché un altro processo non apre l'altra estremità di %1.</translation>
        </message>
        <message>
            <source>the FIFO</source>
            <translation>la FIFO</translation>
        </message>
        <message>
            <source>sem_wait blocks: %1 has value %2; it goes on when a process calls sem_post on it.</source>
            <translation>sem_wait si blocca: %1 ha valore %2; riprende quando un processo chiama sem_post su di esso.</translation>
        </message>
        <message>
            <source>the semaphore</source>
            <translation>il semaforo</translation>
        </message>
        <message>
            <source>wait is about to return: %1 ended and waits to be reaped.</source>
            <translation>wait sta per ritornare: %1 è terminato e attende di essere raccolto.</translation>
        </message>
        <message>
            <source>wait blocks, but %1 has no running child: it returns with ECHILD.</source>
            <translation>wait si blocca, ma %1 non ha figli in esecuzione: ritorna con ECHILD.</translation>
        </message>
        <message>
            <source>pause blocks until a signal is delivered to %1 (send one with kill).</source>
            <translation>pause si blocca finché non viene consegnato un segnale a %1 (inviane uno con kill).</translation>
        </message>
        <message>
            <source>%1 is sleeping: it goes on when its time is up.</source>
            <translation>%1 sta dormendo: riprende quando il suo tempo è scaduto.</translation>
        </message>
        <message>
            <source>%1 is blocked in the kernel.</source>
            <translation>%1 è bloccato nel kernel.</translation>
        </message>
        <message>
            <source>%1 is blocked in %2().</source>
            <translation>%1 è bloccato in %2().</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n byte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>read is about to return: %1 holds %n byte(s).</source>
            <translation>
                <numerusform>read sta per ritornare: %1 contiene %n byte.</numerusform>
                <numerusform>read sta per ritornare: %1 contiene %n byte.</numerusform>
            </translation>
        </message>
        <message>
            <source>read blocks: %1 is empty and %2 still holds its write end open. It goes on when it writes, or returns 0 (end of file) once it closes it.</source>
            <translation>read si blocca: %1 è vuota e %2 ne tiene ancora aperta l'estremità di scrittura. Riprende quando quel processo scrive, oppure restituisce 0 (fine del file) quando la chiude.</translation>
        </message>
        <message>
            <source>read blocks: %1 is empty and %2 still hold its write end open. It goes on when one of them writes, or returns 0 (end of file) once every write end is closed.</source>
            <translation>read si blocca: %1 è vuota e %2 ne tengono ancora aperta un'estremità di scrittura. Riprende quando uno di loro scrive, oppure restituisce 0 (fine del file) quando tutte le estremità di scrittura sono chiuse.</translation>
        </message>
        <message>
            <source>write blocks: %1 is full (%2 of %3 bytes) and goes on when %4 reads from it.</source>
            <translation>write si blocca: %1 è piena (%2 di %3 byte) e riprende quando %4 ne legge.</translation>
        </message>
        <message>
            <source>write blocks: %1 is full (%2 of %3 bytes) and goes on when %4 read from it.</source>
            <translation>write si blocca: %1 è piena (%2 di %3 byte) e riprende quando %4 ne leggono.</translation>
        </message>
        <message>
            <source>wait blocks: %1 is still running; wait returns when it exits.</source>
            <translation>wait si blocca: %1 è ancora in esecuzione; wait ritorna quando termina.</translation>
        </message>
        <message>
            <source>wait blocks: %1 are still running; wait returns when one of them exits.</source>
            <translation>wait si blocca: %1 sono ancora in esecuzione; wait ritorna quando uno di loro termina.</translation>
        </message>
    </context>
    <context>
        <name>TextExporter</name>
        <message>
            <source>Scenario %1: %2</source>
            <translation>Scenario %1: %2</translation>
        </message>
        <message>
            <source>Parameters: %1</source>
            <translation>Parametri: %1</translation>
        </message>
        <message>
            <source>The run ended: %1 (%2 events).</source>
            <translation>L'esecuzione è terminata: %1 (%2 eventi).</translation>
        </message>
        <message>
            <source>The trace has no end record: the run was cut short.</source>
            <translation>La traccia non ha un record end: l'esecuzione è stata interrotta prima della fine.</translation>
        </message>
        <message>
            <source>What the processes printed:</source>
            <translation>Ciò che i processi hanno stampato:</translation>
        </message>
    </context>
    <context>
        <name>TimeChartView</name>
        <message>
            <source>time (ms)</source>
            <translation>tempo (ms)</translation>
        </message>
        <message>
            <source>cursor</source>
            <translation>cursore</translation>
        </message>
        <message>
            <source>Click to move the time cursor</source>
            <translation>Fai clic per spostare il cursore temporale</translation>
        </message>
    </context>
    <context>
        <name>TimeSlider</name>
        <message>
            <source>Time cursor</source>
            <translation>Cursore temporale</translation>
        </message>
        <message>
            <source>Drag, or use the arrow keys, Home and End, to travel through the run: every view shows the state at that event</source>
            <translation>Trascina, oppure usa i tasti freccia, Home e End, per muoverti nell'esecuzione: ogni vista mostra lo stato a quell'evento</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Indietro</translation>
        </message>
        <message>
            <source>Show the state one event earlier (Alt+Left)</source>
            <translation>Mostra lo stato all'evento precedente (Alt+Left)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Avanti</translation>
        </message>
        <message>
            <source>Show the state one event later (Alt+Right)</source>
            <translation>Mostra lo stato all'evento successivo (Alt+Right)</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>In diretta</translation>
        </message>
        <message>
            <source>Jump to the latest event and follow the run as it goes (Alt+End)</source>
            <translation>Salta all'ultimo evento e segui l'esecuzione mentre procede (Alt+End)</translation>
        </message>
        <message>
            <source>Cursor position</source>
            <translation>Posizione del cursore</translation>
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
            <translation>nessun evento</translation>
        </message>
        <message>
            <source>event %1 of %2 · %3</source>
            <translation>evento %1 di %2 · %3</translation>
        </message>
        <message>
            <source>Which event the views show, and when it happened</source>
            <translation>Quale evento mostrano le viste e quando è avvenuto</translation>
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
            <translation>motore</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Linea temporale</translation>
        </message>
        <message>
            <source>One lane per process. Wheel to zoom the time axis, drag to pan, click an event to move the time cursor there</source>
            <translation>Una corsia per processo. Usa la rotellina per lo zoom sull'asse del tempo, trascina per spostare la vista, fai clic su un evento per spostarvi il cursore temporale</translation>
        </message>
    </context>
    <context>
        <name>TraceFile</name>
        <message>
            <source>%1: no such file</source>
            <translation>%1: file inesistente</translation>
        </message>
        <message>
            <source>%1 is a folder, not a trace file</source>
            <translation>%1 è una cartella, non un file di traccia</translation>
        </message>
        <message>
            <source>%1 is too large for a trace (%2 MiB; the limit is %3 MiB)</source>
            <translation>%1 è troppo grande per una traccia (%2 MiB; il limite è %3 MiB)</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>impossibile aprire %1: %2</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>impossibile leggere %1: %2</translation>
        </message>
        <message>
            <source>the trace</source>
            <translation>la traccia</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>impossibile aprire %1: %2</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 non contiene nulla</translation>
        </message>
        <message>
            <source>%1 is not an ipcviz trace: no line is a valid event record</source>
            <translation>%1 non è una traccia di ipcviz: nessuna riga è un record di evento valido</translation>
        </message>
        <message>
            <source>no hello record: the scenario and its parameters are unknown</source>
            <translation>nessun record hello: lo scenario e i suoi parametri sono sconosciuti</translation>
        </message>
        <message>
            <source>events were out of order; sorted by seq</source>
            <translation>gli eventi erano fuori ordine; riordinati per seq</translation>
        </message>
        <message>
            <source>no end record: the trace was cut short or the run was interrupted</source>
            <translation>nessun record end: la traccia è stata troncata o l'esecuzione è stata interrotta</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>impossibile scrivere %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) with a repeated seq were dropped</source>
            <translation>
                <numerusform>%n evento con seq ripetuto è stato scartato</numerusform>
                <numerusform>%n eventi con seq ripetuto sono stati scartati</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraceReplay</name>
        <message>
            <source>Replay Step &amp;Back</source>
            <translation>Passo &amp;indietro nella riproduzione</translation>
        </message>
        <message>
            <source>Replay Step &amp;Forward</source>
            <translation>Passo a&amp;vanti nella riproduzione</translation>
        </message>
        <message>
            <source>Show the state one event earlier (pauses the replay)</source>
            <translation>Mostra lo stato all'evento precedente (mette in pausa la riproduzione)</translation>
        </message>
        <message>
            <source>Show the state one event later (pauses the replay)</source>
            <translation>Mostra lo stato all'evento successivo (mette in pausa la riproduzione)</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) per second</source>
            <translation>
                <numerusform>%n evento al secondo</numerusform>
                <numerusform>%n eventi al secondo</numerusform>
            </translation>
        </message>
        <message>
            <source>Real time ×%1</source>
            <translation>Tempo reale ×%1</translation>
        </message>
        <message>
            <source>Replay speed</source>
            <translation>Velocità di riproduzione</translation>
        </message>
        <message>
            <source>How fast the replay goes: so many events per second, or as fast as the run really went, slowed down or sped up</source>
            <translation>Quanto velocemente procede la riproduzione: un certo numero di eventi al secondo, oppure alla velocità reale dell'esecuzione, rallentata o accelerata</translation>
        </message>
        <message>
            <source>&amp;Pause Replay</source>
            <translation>&amp;Pausa riproduzione</translation>
        </message>
        <message>
            <source>&amp;Play Replay</source>
            <translation>&amp;Avvia riproduzione</translation>
        </message>
        <message>
            <source>Pause the replay (Ctrl+Shift+Space)</source>
            <translation>Metti in pausa la riproduzione (Ctrl+Shift+Space)</translation>
        </message>
        <message>
            <source>Replay the run from the time cursor (Ctrl+Shift+Space)</source>
            <translation>Riproduci l'esecuzione dal cursore temporale (Ctrl+Shift+Space)</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Riproduzione</translation>
        </message>
        <message>
            <source>Re&amp;play</source>
            <translation>&amp;Riproduzione</translation>
        </message>
        <message>
            <source>Replay &amp;Speed</source>
            <translation>V&amp;elocità di riproduzione</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Runs multi-process scenarios with real processes and shows what happens.
Headless export: ipcviz export TRACE --to FORMAT -o OUT (see ipcviz export --help).</source>
            <translation>Esegue scenari multiprocesso con processi reali e mostra cosa succede.
Esportazione senza interfaccia grafica: ipcviz export TRACE --to FORMAT -o OUT (vedi ipcviz export --help).</translation>
        </message>
        <message>
            <source>Select a built-in scenario or a scenario file.</source>
            <translation>Seleziona uno scenario integrato o un file di scenario.</translation>
        </message>
        <message>
            <source>ID|FILE</source>
            <translation>ID|FILE</translation>
        </message>
        <message>
            <source>Start the selected scenario at once.</source>
            <translation>Avvia subito lo scenario selezionato.</translation>
        </message>
        <message>
            <source>Start the selected scenario paused, step by step.</source>
            <translation>Avvia lo scenario selezionato in pausa, passo-passo.</translation>
        </message>
        <message>
            <source>Open a saved trace for replay.</source>
            <translation>Apri una traccia salvata per riprodurla.</translation>
        </message>
        <message>
            <source>TRACE</source>
            <translation>TRACE</translation>
        </message>
        <message>
            <source>Use this language for the interface (e.g. it).</source>
            <translation>Usa questa lingua per l'interfaccia (es. it).</translation>
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
            <translation>ipcviz: l'applicazione ha bisogno di un display, ma non ne è stato trovato nessuno (DISPLAY e WAYLAND_DISPLAY non sono impostate).
Per lavorare senza display:
  ipcviz-engine run SCENARIO         esegue uno scenario e ne stampa gli eventi
  ipcviz export TRACE --to FORMAT -o OUT   esporta una traccia salvata (svg, png, csv, mermaid, perfetto, c)
  QT_QPA_PLATFORM=offscreen ipcviz   avvia l'applicazione senza mostrarla
</translation>
        </message>
        <message>
            <source>ipcviz: --run and --open cannot be used together.
</source>
            <translation>ipcviz: --run e --open non possono essere usate insieme.
</translation>
        </message>
        <message>
            <source>With --run: quit when the run ends; the exit status is 0 when it completed (for scripts).</source>
            <translation>Con --run: esci al termine dell'esecuzione; lo stato di uscita è 0 se l'esecuzione è stata completata (per gli script).</translation>
        </message>
        <message>
            <source>Start in presenter mode (full screen, large, high contrast; F5 or Esc leaves it).</source>
            <translation>Avvia in modalità presentazione (schermo intero, caratteri grandi, alto contrasto; F5 o Esc per uscire).</translation>
        </message>
        <message>
            <source>ipcviz: --quit: no run was started (see --scenario and --run).
</source>
            <translation>ipcviz: --quit: non è stata avviata alcuna esecuzione (vedi --scenario e --run).
</translation>
        </message>
    </context>
</TS>
