<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>AppActions</name>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Ejecutar</translation>
        </message>
        <message>
            <source>Run the selected scenario with real processes</source>
            <translation>Ejecuta el escenario seleccionado con procesos reales</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <source>Stop the run: the engine kills and cleans up every process</source>
            <translation>Detiene la ejecución: el motor mata y limpia todos los procesos</translation>
        </message>
        <message>
            <source>R&amp;estart</source>
            <translation>&amp;Reiniciar</translation>
        </message>
        <message>
            <source>Stop the run and start it again</source>
            <translation>Detiene la ejecución y la vuelve a empezar</translation>
        </message>
        <message>
            <source>Step &amp;Mode</source>
            <translation>&amp;Modo paso a paso</translation>
        </message>
        <message>
            <source>Start runs paused at the first step, then release one step at a time</source>
            <translation>Inicia las ejecuciones en pausa en el primer paso y luego libera un paso cada vez</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>&amp;Paso</translation>
        </message>
        <message>
            <source>Let the next ready process do its next operation</source>
            <translation>Deja que el siguiente proceso listo haga su próxima operación</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continuar</translation>
        </message>
        <message>
            <source>Let every process run freely until Pause</source>
            <translation>Deja que todos los procesos se ejecuten libremente hasta Pausar</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>Pa&amp;usar</translation>
        </message>
        <message>
            <source>Stop every process at its next step gate</source>
            <translation>Detiene cada proceso en su próxima compuerta de paso</translation>
        </message>
        <message>
            <source>&amp;Open Scenario File…</source>
            <translation>&amp;Abrir archivo de escenario…</translation>
        </message>
        <message>
            <source>Run a scenario file (.ipcv) of your own</source>
            <translation>Ejecuta un archivo de escenario (.ipcv) propio</translation>
        </message>
        <message>
            <source>Open &amp;Trace…</source>
            <translation>Abrir &amp;traza…</translation>
        </message>
        <message>
            <source>Replay a saved run</source>
            <translation>Reproduce una ejecución guardada</translation>
        </message>
        <message>
            <source>&amp;Save Trace…</source>
            <translation>&amp;Guardar traza…</translation>
        </message>
        <message>
            <source>Save this run's events to replay or export it later</source>
            <translation>Guarda los eventos de esta ejecución para reproducirla o exportarla más tarde</translation>
        </message>
        <message>
            <source>Previous Event</source>
            <translation>Evento anterior</translation>
        </message>
        <message>
            <source>Show the state one event earlier</source>
            <translation>Muestra el estado un evento antes</translation>
        </message>
        <message>
            <source>Next Event</source>
            <translation>Evento siguiente</translation>
        </message>
        <message>
            <source>Show the state one event later</source>
            <translation>Muestra el estado un evento después</translation>
        </message>
        <message>
            <source>First Event</source>
            <translation>Primer evento</translation>
        </message>
        <message>
            <source>Go back to the start of the run</source>
            <translation>Vuelve al inicio de la ejecución</translation>
        </message>
        <message>
            <source>&amp;Live</source>
            <translation>&amp;En vivo</translation>
        </message>
        <message>
            <source>Jump to the latest event and follow the run</source>
            <translation>Salta al último evento y sigue la ejecución</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Quit ipcviz (a running scenario is stopped)</source>
            <translation>Sale de ipcviz (se detiene el escenario en ejecución)</translation>
        </message>
        <message>
            <source>Step &amp;Selected Process</source>
            <translation>Avanzar el proceso &amp;seleccionado</translation>
        </message>
        <message>
            <source>Let the selected process do its next operation (or click a ready process)</source>
            <translation>Deja que el proceso seleccionado haga su próxima operación (o haz clic en un proceso listo)</translation>
        </message>
        <message>
            <source>Save Sc&amp;hedule…</source>
            <translation>&amp;Guardar planificación…</translation>
        </message>
        <message>
            <source>Save the order in which this run's processes were released, to replay it</source>
            <translation>Guarda el orden en que se liberaron los procesos de esta ejecución, para repetirlo</translation>
        </message>
        <message>
            <source>&amp;Load Schedule…</source>
            <translation>Cargar p&amp;lanificación…</translation>
        </message>
        <message>
            <source>Run the scenario again, releasing the processes in a saved order</source>
            <translation>Ejecuta de nuevo el escenario, liberando los procesos en un orden guardado</translation>
        </message>
        <message>
            <source>Replay This &amp;Interleaving</source>
            <translation>Repetir este e&amp;ntrelazado</translation>
        </message>
        <message>
            <source>Run the scenario again with exactly this run's order of steps</source>
            <translation>Ejecuta de nuevo el escenario con exactamente el mismo orden de pasos que esta ejecución</translation>
        </message>
        <message>
            <source>Full Speed</source>
            <translation>Velocidad máxima</translation>
        </message>
        <message>
            <source>Fast (100 ms a step)</source>
            <translation>Rápida (100 ms por paso)</translation>
        </message>
        <message>
            <source>Slow (300 ms a step)</source>
            <translation>Lenta (300 ms por paso)</translation>
        </message>
        <message>
            <source>Lecture (1 s a step)</source>
            <translation>Clase (1 s por paso)</translation>
        </message>
        <message>
            <source>Each process waits %1 ms before each step (%2)</source>
            <translation>Cada proceso espera %1 ms antes de cada paso (%2)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Setti&amp;ngs…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>Choose the language of the interface and the speed of runs</source>
            <translation>Elige el idioma de la interfaz y la velocidad de las ejecuciones</translation>
        </message>
        <message>
            <source>Each process waits %1 ms before each step</source>
            <translation>Cada proceso espera %1 ms antes de cada paso</translation>
        </message>
        <message>
            <source>%1 ms a step</source>
            <translation>%1 ms por paso</translation>
        </message>
    </context>
    <context>
        <name>AppSettings</name>
        <message>
            <source>The trace %1 is no longer there; it was taken off the recent traces.</source>
            <translation>La traza %1 ya no está ahí; se ha quitado de las trazas recientes.</translation>
        </message>
        <message>
            <source>Open Recent Tra&amp;ce</source>
            <translation>Abrir traza recie&amp;nte</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>No recent traces</source>
            <translation>No hay trazas recientes</translation>
        </message>
        <message>
            <source>Clear Recent Traces</source>
            <translation>Borrar trazas recientes</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkReport</name>
        <message>
            <source>benchmark output, offset %1: %2</source>
            <translation>salida del benchmark, posición %1: %2</translation>
        </message>
        <message>
            <source>benchmark output: not a JSON object</source>
            <translation>salida del benchmark: no es un objeto JSON</translation>
        </message>
        <message>
            <source>benchmark output: no "results" array</source>
            <translation>salida del benchmark: falta el array "results"</translation>
        </message>
        <message>
            <source>benchmark output, results[%1]: a field is missing or not a number (mechanism, size, round_trips, trials, latency_us, throughput_mb_s, wall_s, cpu_s)</source>
            <translation>salida del benchmark, results[%1]: falta un campo o no es un número (mechanism, size, round_trips, trials, latency_us, throughput_mb_s, wall_s, cpu_s)</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkRunner</name>
        <message>
            <source>No ipcviz-engine was found next to the application.</source>
            <translation>No se encontró ipcviz-engine junto a la aplicación.</translation>
        </message>
        <message>
            <source>The engine crashed during the benchmark.
%1</source>
            <translation>El motor se cerró inesperadamente durante el benchmark.
%1</translation>
        </message>
        <message>
            <source>The benchmark failed (exit status %1).
%2</source>
            <translation>El benchmark falló (estado de salida %1).
%2</translation>
        </message>
        <message>
            <source>Cannot start the engine %1: %2</source>
            <translation>No se puede iniciar el motor %1: %2</translation>
        </message>
    </context>
    <context>
        <name>BenchmarkView</name>
        <message>
            <source>Run benchmark</source>
            <translation>Ejecutar benchmark</translation>
        </message>
        <message>
            <source>Quick (fewer sizes and trials)</source>
            <translation>Rápido (menos tamaños y repeticiones)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export charts…</source>
            <translation>Exportar gráficos…</translation>
        </message>
        <message>
            <source>Export data (CSV)…</source>
            <translation>Exportar datos (CSV)…</translation>
        </message>
        <message>
            <source>IPC benchmark</source>
            <translation>Benchmark de IPC</translation>
        </message>
        <message>
            <source>Throughput (one way)</source>
            <translation>Tasa de transferencia (un sentido)</translation>
        </message>
        <message>
            <source>Latency (round trip, median)</source>
            <translation>Latencia (ida y vuelta, mediana)</translation>
        </message>
        <message>
            <source>Mechanism</source>
            <translation>Mecanismo</translation>
        </message>
        <message>
            <source>Size (bytes)</source>
            <translation>Tamaño (bytes)</translation>
        </message>
        <message>
            <source>Round trips</source>
            <translation>Idas y vueltas</translation>
        </message>
        <message>
            <source>Latency median (µs)</source>
            <translation>Latencia mediana (µs)</translation>
        </message>
        <message>
            <source>Latency max (µs)</source>
            <translation>Latencia máx. (µs)</translation>
        </message>
        <message>
            <source>Throughput median (MB/s)</source>
            <translation>Tasa de transferencia mediana (MB/s)</translation>
        </message>
        <message>
            <source>Wall time (s)</source>
            <translation>Tiempo real (s)</translation>
        </message>
        <message>
            <source>CPU time (s)</source>
            <translation>Tiempo de CPU (s)</translation>
        </message>
        <message>
            <source>CPU / wall</source>
            <translation>CPU / real</translation>
        </message>
        <message>
            <source>Measures real round trips between two processes for each IPC mechanism and message size. A full run takes a few minutes.</source>
            <translation>Mide idas y vueltas reales entre dos procesos para cada mecanismo de IPC y tamaño de mensaje. Una ejecución completa tarda unos minutos.</translation>
        </message>
        <message>
            <source>%v / %m</source>
            <translation>%v / %m</translation>
        </message>
        <message>
            <source>Measuring %1…</source>
            <translation>Midiendo %1…</translation>
        </message>
        <message>
            <source>Benchmark cancelled.</source>
            <translation>Benchmark cancelado.</translation>
        </message>
        <message>
            <source>Starting the benchmark…</source>
            <translation>Iniciando el benchmark…</translation>
        </message>
        <message>
            <source>Benchmark failed: %1</source>
            <translation>El benchmark falló: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) on %1.</source>
            <translation>
                <numerusform>%n resultado en %1.</numerusform>
                <numerusform>%n resultados en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>this machine</source>
            <translation>esta máquina</translation>
        </message>
        <message>
            <source>message size (bytes)</source>
            <translation>tamaño del mensaje (bytes)</translation>
        </message>
        <message>
            <source>MB/s</source>
            <translation>MB/s</translation>
        </message>
        <message>
            <source>µs per round trip</source>
            <translation>µs por ida y vuelta</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n/d</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>No se puede escribir %1</translation>
        </message>
        <message>
            <source>Cannot write %1 (unknown image format or not writable)</source>
            <translation>No se puede escribir %1 (formato de imagen desconocido o sin permiso de escritura)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>Export charts</source>
            <translation>Exportar gráficos</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>Exportar datos</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Measure every mechanism and message size with real processes on this machine</source>
            <translation>Mide cada mecanismo y tamaño de mensaje con procesos reales en esta máquina</translation>
        </message>
        <message>
            <source>A run of a few seconds instead of minutes, less precise</source>
            <translation>Una ejecución de unos segundos en lugar de minutos, menos precisa</translation>
        </message>
        <message>
            <source>Stop the benchmark; the results so far are dropped</source>
            <translation>Detiene el benchmark; se descartan los resultados obtenidos hasta ahora</translation>
        </message>
        <message>
            <source>Save both charts as a PNG or SVG picture</source>
            <translation>Guarda ambos gráficos como imagen PNG o SVG</translation>
        </message>
        <message>
            <source>Save every result as a table for a spreadsheet</source>
            <translation>Guarda todos los resultados como una tabla para una hoja de cálculo</translation>
        </message>
        <message>
            <source>Benchmark progress</source>
            <translation>Progreso del benchmark</translation>
        </message>
        <message>
            <source>Benchmark status</source>
            <translation>Estado del benchmark</translation>
        </message>
        <message>
            <source>Throughput chart</source>
            <translation>Gráfico de tasa de transferencia</translation>
        </message>
        <message>
            <source>Megabytes per second one way, by message size</source>
            <translation>Megabytes por segundo en un sentido, según el tamaño del mensaje</translation>
        </message>
        <message>
            <source>Latency chart</source>
            <translation>Gráfico de latencia</translation>
        </message>
        <message>
            <source>Microseconds per round trip, by message size</source>
            <translation>Microsegundos por ida y vuelta, según el tamaño del mensaje</translation>
        </message>
        <message>
            <source>Benchmark results</source>
            <translation>Resultados del benchmark</translation>
        </message>
    </context>
    <context>
        <name>CExporter</name>
        <message>
            <source>The trace does not say which scenario it ran (no source in its hello).</source>
            <translation>La traza no indica qué escenario ejecutó (su registro hello no tiene source).</translation>
        </message>
        <message>
            <source>The trace names an invalid scenario: %1</source>
            <translation>La traza nombra un escenario no válido: %1</translation>
        </message>
        <message>
            <source>The engine (ipcviz-engine) was not found: not next to the application, not in the build tree, and IPCVIZ_ENGINE is not set.</source>
            <translation>No se encontró el motor (ipcviz-engine): no está junto a la aplicación ni en el árbol de compilación, y IPCVIZ_ENGINE no está definida.</translation>
        </message>
        <message>
            <source>The engine was not found at %1.</source>
            <translation>No se encontró el motor en %1.</translation>
        </message>
        <message>
            <source>Could not start the engine (%1): %2</source>
            <translation>No se pudo iniciar el motor (%1): %2</translation>
        </message>
        <message>
            <source>The engine did not print the C program within %1 seconds.</source>
            <translation>El motor no imprimió el programa en C en %1 segundos.</translation>
        </message>
        <message>
            <source>The engine crashed while printing the C program for %1.</source>
            <translation>El motor se cerró inesperadamente mientras imprimía el programa en C de %1.</translation>
        </message>
        <message>
            <source>The engine could not print the C program for %1 (exit status %2): %3</source>
            <translation>El motor no pudo imprimir el programa en C de %1 (estado de salida %2): %3</translation>
        </message>
        <message>
            <source>no message</source>
            <translation>sin mensaje</translation>
        </message>
        <message>
            <source>The engine printed no C program for %1.</source>
            <translation>El motor no imprimió ningún programa en C para %1.</translation>
        </message>
    </context>
    <context>
        <name>CanvasScene</name>
        <message>
            <source>engine</source>
            <translation>motor</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>interpreter</source>
            <translation>intérprete</translation>
        </message>
        <message>
            <source>unnamed pipe, created by %1</source>
            <translation>pipe sin nombre, creado por %1</translation>
        </message>
        <message>
            <source>orphan, adopted</source>
            <translation>huérfano, adoptado</translation>
        </message>
        <message>
            <source>write</source>
            <translation>escritura</translation>
        </message>
        <message>
            <source>read</source>
            <translation>lectura</translation>
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
            <translation>Lienzo de procesos</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom, click a process or an object to inspect it</source>
            <translation>Arrastra para desplazarte, usa la rueda para hacer zoom, haz clic en un proceso o un objeto para inspeccionarlo</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <source>Zoom in on the canvas (Ctrl++)</source>
            <translation>Acerca el lienzo (Ctrl++)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <source>Zoom out of the canvas (Ctrl+-)</source>
            <translation>Aleja el lienzo (Ctrl+-)</translation>
        </message>
        <message>
            <source>&amp;Fit to Window</source>
            <translation>Ajustar a la &amp;ventana</translation>
        </message>
        <message>
            <source>Show the whole drawing and follow it as it grows (Ctrl+0)</source>
            <translation>Muestra el dibujo completo y lo sigue a medida que crece (Ctrl+0)</translation>
        </message>
        <message>
            <source>Pick a scenario and press Run</source>
            <translation>Elige un escenario y pulsa Ejecutar</translation>
        </message>
    </context>
    <context>
        <name>ChartsPane</name>
        <message>
            <source>Show the 64 KiB pipe capacity</source>
            <translation>Mostrar la capacidad de 64 KiB del pipe</translation>
        </message>
        <message>
            <source>Bytes held in pipes and FIFOs</source>
            <translation>Bytes retenidos en pipes y FIFOs</translation>
        </message>
        <message>
            <source>bytes</source>
            <translation>bytes</translation>
        </message>
        <message>
            <source>Semaphore values</source>
            <translation>Valores de los semáforos</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Procesos</translation>
        </message>
        <message>
            <source>processes</source>
            <translation>procesos</translation>
        </message>
        <message>
            <source>Bytes written (solid) and read (dashed) per process</source>
            <translation>Bytes escritos (línea continua) y leídos (discontinua) por proceso</translation>
        </message>
        <message>
            <source>A pipe holds at most 64 KiB: a writer blocks when it is full. Uncheck to zoom on small amounts.</source>
            <translation>Un pipe retiene como máximo 64 KiB: quien escribe se bloquea cuando está lleno. Desmarca la casilla para ampliar las cantidades pequeñas.</translation>
        </message>
        <message>
            <source>Pipes</source>
            <translation>Pipes</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Semáforos</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>capacity (64 KiB)</source>
            <translation>capacidad (64 KiB)</translation>
        </message>
        <message>
            <source>blocked on %1</source>
            <translation>bloqueados en %1</translation>
        </message>
        <message>
            <source>alive</source>
            <translation>vivos</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>bloqueados</translation>
        </message>
        <message>
            <source>zombie</source>
            <translation>zombies</translation>
        </message>
        <message>
            <source>%1 written</source>
            <translation>escritos por %1</translation>
        </message>
        <message>
            <source>%1 read</source>
            <translation>leídos por %1</translation>
        </message>
        <message>
            <source>Charts of the run</source>
            <translation>Gráficos de la ejecución</translation>
        </message>
    </context>
    <context>
        <name>CodePane</name>
        <message>
            <source>The scenario as a C program</source>
            <translation>El escenario como programa en C</translation>
        </message>
        <message>
            <source>Run a scenario to see it as a C program, with a cursor for each process.</source>
            <translation>Ejecuta un escenario para verlo como programa en C, con un cursor para cada proceso.</translation>
        </message>
        <message>
            <source>not JSON at offset %1: %2</source>
            <translation>no es JSON en la posición %1: %2</translation>
        </message>
        <message>
            <source>not an object</source>
            <translation>no es un objeto</translation>
        </message>
        <message>
            <source>no "text" string in the engine's C program</source>
            <translation>no hay cadena "text" en el programa en C del motor</translation>
        </message>
        <message>
            <source>line table entry %1 is not {"line":N,"c_line":M} with N, M &gt; 0</source>
            <translation>la entrada %1 de la tabla de líneas no es {"line":N,"c_line":M} con N, M &gt; 0</translation>
        </message>
        <message>
            <source>the engine %1 could not be started</source>
            <translation>no se pudo iniciar el motor %1</translation>
        </message>
        <message>
            <source>the engine did not answer within %1 ms</source>
            <translation>el motor no respondió en %1 ms</translation>
        </message>
        <message>
            <source>the engine exited with status %1</source>
            <translation>el motor terminó con estado %1</translation>
        </message>
        <message>
            <source>The run does not say which scenario it is.</source>
            <translation>La ejecución no indica de qué escenario se trata.</translation>
        </message>
        <message>
            <source>The engine was not found.</source>
            <translation>No se encontró el motor.</translation>
        </message>
        <message>
            <source>No C listing: %1</source>
            <translation>Sin listado en C: %1</translation>
        </message>
        <message>
            <source>The scenario %1 could not be written as C: %2</source>
            <translation>No se pudo escribir el escenario %1 en C: %2</translation>
        </message>
        <message>
            <source>%1 called exec and now runs %2: its code is not in this listing.</source>
            <translation>%1 llamó a exec y ahora ejecuta %2: su código no está en este listado.</translation>
        </message>
        <message>
            <source>%1 at line %2</source>
            <translation>%1 en la línea %2</translation>
        </message>
        <message>
            <source>%1 (not on a line of this listing)</source>
            <translation>%1 (no está en ninguna línea de este listado)</translation>
        </message>
        <message>
            <source>No process is running the listing.</source>
            <translation>Ningún proceso está ejecutando el listado.</translation>
        </message>
        <message>
            <source>The scenario written as C; each process's line is marked in its colour</source>
            <translation>El escenario escrito en C; la línea de cada proceso se marca con su color</translation>
        </message>
        <message>
            <source>Where each process is</source>
            <translation>Dónde está cada proceso</translation>
        </message>
    </context>
    <context>
        <name>ConsolePane</name>
        <message>
            <source>Console</source>
            <translation>Consola</translation>
        </message>
        <message>
            <source>Everything the processes printed, up to the time cursor</source>
            <translation>Todo lo que imprimieron los procesos, hasta el cursor de tiempo</translation>
        </message>
        <message>
            <source>Output of the processes appears here.</source>
            <translation>Aquí aparece la salida de los procesos.</translation>
        </message>
    </context>
    <context>
        <name>DecodeError</name>
        <message>
            <source>line %1: %2</source>
            <translation>línea %1: %2</translation>
        </message>
    </context>
    <context>
        <name>EngineClient</name>
        <message>
            <source>%1

The engine said:
%2</source>
            <translation>%1

El motor dijo:
%2</translation>
        </message>
        <message>
            <source>Internal error: the engine must be started from the main thread.</source>
            <translation>Error interno: el motor debe iniciarse desde el hilo principal.</translation>
        </message>
        <message>
            <source>The ipcviz engine (ipcviz-engine) was not found next to the application. Reinstall ipcviz, or set the environment variable IPCVIZ_ENGINE to the engine's path.</source>
            <translation>No se encontró el motor de ipcviz (ipcviz-engine) junto a la aplicación. Reinstala ipcviz o define la variable de entorno IPCVIZ_ENGINE con la ruta del motor.</translation>
        </message>
        <message>
            <source>No scenario was chosen: pick one and run it again.</source>
            <translation>No se eligió ningún escenario: elige uno y vuelve a ejecutarlo.</translation>
        </message>
        <message>
            <source>The engine speaks a newer protocol than this version of ipcviz (%1). Use the engine that came with this version of ipcviz, or update ipcviz.</source>
            <translation>El motor usa un protocolo más reciente que esta versión de ipcviz (%1). Usa el motor que vino con esta versión de ipcviz o actualiza ipcviz.</translation>
        </message>
        <message>
            <source>The engine's output does not start with a hello record: it is not an ipcviz event stream. Check that IPCVIZ_ENGINE points to ipcviz-engine.</source>
            <translation>La salida del motor no empieza con un registro hello: no es un flujo de eventos de ipcviz. Comprueba que IPCVIZ_ENGINE apunta a ipcviz-engine.</translation>
        </message>
        <message>
            <source>stopped by the user</source>
            <translation>detenida por el usuario</translation>
        </message>
        <message>
            <source>The run was stopped before it started.</source>
            <translation>La ejecución se detuvo antes de empezar.</translation>
        </message>
        <message>
            <source>The engine crashed before the end of the run. Run the scenario again; if the engine crashes again, report it together with its message.</source>
            <translation>El motor se cerró inesperadamente antes del final de la ejecución. Vuelve a ejecutar el escenario; si el motor vuelve a cerrarse, infórmalo junto con su mensaje.</translation>
        </message>
        <message>
            <source>The engine refused to run the scenario (exit status %1). Check the scenario and its parameters.</source>
            <translation>El motor se negó a ejecutar el escenario (estado de salida %1). Revisa el escenario y sus parámetros.</translation>
        </message>
        <message>
            <source>The engine exited (status %1) without finishing the run: the events so far are kept, but the run is incomplete.</source>
            <translation>El motor terminó (estado %1) sin completar la ejecución: se conservan los eventos recibidos hasta ahora, pero la ejecución está incompleta.</translation>
        </message>
        <message>
            <source>Could not start the engine %1: %2. Check that the file exists and is executable, or set the environment variable IPCVIZ_ENGINE to the engine's path.</source>
            <translation>No se pudo iniciar el motor %1: %2. Comprueba que el archivo existe y es ejecutable, o define la variable de entorno IPCVIZ_ENGINE con la ruta del motor.</translation>
        </message>
        <message>
            <source>Could not start the engine %1: %2.</source>
            <translation>No se pudo iniciar el motor %1: %2.</translation>
        </message>
        <message>
            <source>The engine did not list its scenarios within %1 ms.</source>
            <translation>El motor no listó sus escenarios en %1 ms.</translation>
        </message>
        <message>
            <source>The engine could not list its scenarios (exit status %1).</source>
            <translation>El motor no pudo listar sus escenarios (estado de salida %1).</translation>
        </message>
        <message>
            <source>The engine's scenario list is not valid JSON (at byte %1: %2).</source>
            <translation>La lista de escenarios del motor no es JSON válido (en el byte %1: %2).</translation>
        </message>
        <message>
            <source>The engine's scenario list is not a JSON array.</source>
            <translation>La lista de escenarios del motor no es un array JSON.</translation>
        </message>
        <message>
            <source>The engine's scenario list has an entry without an id.</source>
            <translation>La lista de escenarios del motor tiene una entrada sin id.</translation>
        </message>
    </context>
    <context>
        <name>EngineMessage</name>
        <message>
            <source>the run reached its cap of %1 processes; fork refused</source>
            <translation>la ejecución alcanzó su límite de %1 procesos; fork rechazado</translation>
        </message>
        <message>
            <source>the run reached its cap of %1 IPC objects (pipes, FIFOs, files, shared memory, semaphores); %2 refused</source>
            <translation>la ejecución alcanzó su límite de %1 objetos IPC (pipes, FIFOs, archivos, memoria compartida, semáforos); llamada %2 rechazada</translation>
        </message>
        <message>
            <source>'%1' is not an octal integer (a leading 0 means octal)</source>
            <translation>'%1' no es un entero octal (un 0 inicial indica octal)</translation>
        </message>
        <message>
            <source>integer '%1' is out of range</source>
            <translation>el entero '%1' está fuera de rango</translation>
        </message>
        <message>
            <source>invalid UTF-8</source>
            <translation>UTF-8 no válido</translation>
        </message>
        <message>
            <source>unexpected control character</source>
            <translation>carácter de control inesperado</translation>
        </message>
        <message>
            <source>control character in a string (write it as an escape)</source>
            <translation>carácter de control en una cadena (escríbelo como secuencia de escape)</translation>
        </message>
        <message>
            <source>'\x' needs two hexadecimal digits (\x00 to \xFF)</source>
            <translation>'\x' necesita dos dígitos hexadecimales (de \x00 a \xFF)</translation>
        </message>
        <message>
            <source>unterminated string (missing closing '"')</source>
            <translation>cadena sin terminar (falta la '"' de cierre)</translation>
        </message>
        <message>
            <source>unknown escape '\%1' (use \n \t \r \\ \" \0 or \xHH)</source>
            <translation>secuencia de escape desconocida '\%1' (usa \n \t \r \\ \" \0 o \xHH)</translation>
        </message>
        <message>
            <source>missing blank after a string</source>
            <translation>falta un espacio después de una cadena</translation>
        </message>
        <message>
            <source>'${name}' is for use inside strings; write $name</source>
            <translation>'${name}' se usa dentro de las cadenas; escribe $name</translation>
        </message>
        <message>
            <source>'$' must be followed by a parameter name</source>
            <translation>'$' debe ir seguido del nombre de un parámetro</translation>
        </message>
        <message>
            <source>missing blank before a string</source>
            <translation>falta un espacio antes de una cadena</translation>
        </message>
        <message>
            <source>cannot open the file: %1</source>
            <translation>no se puede abrir el archivo: %1</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>no se puede leer el archivo: %1</translation>
        </message>
        <message>
            <source>is a directory, not a scenario file</source>
            <translation>es un directorio, no un archivo de escenario</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>no es un archivo regular</translation>
        </message>
        <message>
            <source>the file is larger than 1 MiB (%1 bytes): not a scenario</source>
            <translation>el archivo ocupa más de 1 MiB (%1 bytes): no es un escenario</translation>
        </message>
        <message>
            <source>the file is larger than 1 MiB: not a scenario</source>
            <translation>el archivo ocupa más de 1 MiB: no es un escenario</translation>
        </message>
        <message>
            <source>unknown scenario '%1': no built-in has this id and there is no such file</source>
            <translation>escenario '%1' desconocido: ningún escenario integrado tiene este id y no existe ese archivo</translation>
        </message>
        <message>
            <source>%1; run `ipcviz-engine list` to see the built-in scenarios</source>
            <translation>%1; ejecuta `ipcviz-engine list` para ver los escenarios integrados</translation>
        </message>
        <message>
            <source>%1 (did you mean '%2'?)</source>
            <translation>%1 (¿quisiste decir '%2'?)</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (invalid byte here)</source>
            <translation>el archivo no es texto UTF-8 (byte no válido aquí)</translation>
        </message>
        <message>
            <source>the integer %1</source>
            <translation>el entero %1</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>una cadena</translation>
        </message>
        <message>
            <source>something else</source>
            <translation>otra cosa</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>de %1 a %2</translation>
        </message>
        <message>
            <source>expected %1 (%2), found %3</source>
            <translation>se esperaba %1 (%2), se encontró %3</translation>
        </message>
        <message>
            <source>too many errors (%1); stopping here</source>
            <translation>demasiados errores (%1); se detiene aquí</translation>
        </message>
        <message>
            <source>%1 (this scenario declares no parameters)</source>
            <translation>%1 (este escenario no declara parámetros)</translation>
        </message>
        <message>
            <source>%1 (parameters: %2)</source>
            <translation>%1 (parámetros: %2)</translation>
        </message>
        <message>
            <source>'{' must be at the end of line %1 ('%2'), not on a line of its own</source>
            <translation>'{' debe ir al final de la línea %1 ('%2'), no en una línea propia</translation>
        </message>
        <message>
            <source>'%1' needs a block: end the line with '{'</source>
            <translation>'%1' necesita un bloque: termina la línea con '{'</translation>
        </message>
        <message>
            <source>'}' must be alone on its line</source>
            <translation>'}' debe estar solo en su línea</translation>
        </message>
        <message>
            <source>'{' must end the line of the statement that opens the block</source>
            <translation>'{' debe cerrar la línea de la instrucción que abre el bloque</translation>
        </message>
        <message>
            <source>nothing may follow '{' on its line: the block starts on the next line</source>
            <translation>no puede haber nada después de '{' en su línea: el bloque empieza en la línea siguiente</translation>
        </message>
        <message>
            <source>expected a statement, found %1</source>
            <translation>se esperaba una instrucción, se encontró %1</translation>
        </message>
        <message>
            <source>'process' blocks cannot be nested (use 'fork' to start a child)</source>
            <translation>los bloques 'process' no se pueden anidar (usa 'fork' para iniciar un hijo)</translation>
        </message>
        <message>
            <source>directive '%1' must come before the first 'process' block</source>
            <translation>la directiva '%1' debe ir antes del primer bloque 'process'</translation>
        </message>
        <message>
            <source>'%1' does not take a block</source>
            <translation>'%1' no admite un bloque</translation>
        </message>
        <message>
            <source>'%1' must be inside a 'process' block</source>
            <translation>'%1' debe estar dentro de un bloque 'process'</translation>
        </message>
        <message>
            <source>unknown directive '%1'</source>
            <translation>directiva '%1' desconocida</translation>
        </message>
        <message>
            <source>'%1' is a directive: put it before the first 'process' block</source>
            <translation>'%1' es una directiva: ponla antes del primer bloque 'process'</translation>
        </message>
        <message>
            <source>unknown statement '%1'</source>
            <translation>instrucción '%1' desconocida</translation>
        </message>
        <message>
            <source>blocks are nested too deeply (at most %1 levels)</source>
            <translation>bloques anidados demasiado profundamente (como máximo %1 niveles)</translation>
        </message>
        <message>
            <source>'}' without an open block</source>
            <translation>'}' sin un bloque abierto</translation>
        </message>
        <message>
            <source>the block of '%1' opened here is never closed (missing '}')</source>
            <translation>el bloque de '%1' abierto aquí nunca se cierra (falta '}')</translation>
        </message>
        <message>
            <source>duplicate '%1' (already given at line %2)</source>
            <translation>'%1' duplicado (ya indicado en la línea %2)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (usage: %3)</source>
            <translation>'%1' necesita %2 (uso: %3)</translation>
        </message>
        <message>
            <source>a word</source>
            <translation>una palabra</translation>
        </message>
        <message>
            <source>too many arguments (usage: %1)</source>
            <translation>demasiados argumentos (uso: %1)</translation>
        </message>
        <message>
            <source>expected a string in double quotes, found %1</source>
            <translation>se esperaba una cadena entre comillas dobles, se encontró %1</translation>
        </message>
        <message>
            <source>the %1 is empty</source>
            <translation>el valor de %1 está vacío</translation>
        </message>
        <message>
            <source>the id must be lower-case letters, digits and '-', found %1</source>
            <translation>el id solo puede tener letras minúsculas, dígitos y '-', se encontró %1</translation>
        </message>
        <message>
            <source>unknown end status %1 (one of: %2)</source>
            <translation>estado final %1 desconocido (uno de: %2)</translation>
        </message>
        <message>
            <source>unknown category %1</source>
            <translation>categoría %1 desconocida</translation>
        </message>
        <message>
            <source>unknown category %1 (one of: %2)</source>
            <translation>categoría %1 desconocida (una de: %2)</translation>
        </message>
        <message>
            <source>'param' needs a name (usage: %1)</source>
            <translation>'param' necesita un nombre (uso: %1)</translation>
        </message>
        <message>
            <source>expected a parameter name (letters, digits, '_'), found %1</source>
            <translation>se esperaba un nombre de parámetro (letras, dígitos, '_'), se encontró %1</translation>
        </message>
        <message>
            <source>duplicate parameter '%1' (first declared at line %2)</source>
            <translation>parámetro '%1' duplicado (declarado por primera vez en la línea %2)</translation>
        </message>
        <message>
            <source>parameter '%1' needs a default value (usage: %2)</source>
            <translation>el parámetro '%1' necesita un valor por defecto (uso: %2)</translation>
        </message>
        <message>
            <source>expected the default value (an integer or a string), found %1</source>
            <translation>se esperaba el valor por defecto (un entero o una cadena), se encontró %1</translation>
        </message>
        <message>
            <source>parameter '%1' needs a description (usage: %2)</source>
            <translation>el parámetro '%1' necesita una descripción (uso: %2)</translation>
        </message>
        <message>
            <source>expected the description (a string), found %1</source>
            <translation>se esperaba la descripción (una cadena), se encontró %1</translation>
        </message>
        <message>
            <source>unknown option %1 for 'param' (options: min, max)</source>
            <translation>opción %1 desconocida para 'param' (opciones: min, max)</translation>
        </message>
        <message>
            <source>'%1' applies to integer parameters only</source>
            <translation>'%1' solo se aplica a parámetros enteros</translation>
        </message>
        <message>
            <source>option '%1' given twice</source>
            <translation>opción '%1' indicada dos veces</translation>
        </message>
        <message>
            <source>option '%1' needs an integer</source>
            <translation>la opción '%1' necesita un entero</translation>
        </message>
        <message>
            <source>option '%1' needs an integer, found %2</source>
            <translation>la opción '%1' necesita un entero, se encontró %2</translation>
        </message>
        <message>
            <source>parameter '%1': min %2 is greater than max %3</source>
            <translation>parámetro '%1': el mínimo %2 es mayor que el máximo %3</translation>
        </message>
        <message>
            <source>the default %1 of parameter '%2' is outside its range (%3)</source>
            <translation>el valor por defecto %1 del parámetro '%2' está fuera de su rango (%3)</translation>
        </message>
        <message>
            <source>'process' needs a label (usage: process LABEL {)</source>
            <translation>'process' necesita una etiqueta (uso: process LABEL {)</translation>
        </message>
        <message>
            <source>expected a process label (lower-case letters, digits, '_' and '-', starting with a letter), found %1</source>
            <translation>se esperaba una etiqueta de proceso (letras minúsculas, dígitos, '_' y '-', empezando por una letra), se encontró %1</translation>
        </message>
        <message>
            <source>'%1' is reserved: choose another label</source>
            <translation>'%1' está reservado: elige otra etiqueta</translation>
        </message>
        <message>
            <source>duplicate process label '%1' (first used at line %2)</source>
            <translation>etiqueta de proceso '%1' duplicada (usada por primera vez en la línea %2)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (%3)</source>
            <translation>'%1' necesita %2 (%3)</translation>
        </message>
        <message>
            <source>'%1' needs %2 (%3); usage: %4</source>
            <translation>'%1' necesita %2 (%3); uso: %4</translation>
        </message>
        <message>
            <source>unknown option '%1' for '%2'</source>
            <translation>opción '%1' desconocida para '%2'</translation>
        </message>
        <message>
            <source>%1 (options: %2)</source>
            <translation>%1 (opciones: %2)</translation>
        </message>
        <message>
            <source>too many arguments, from %1 on; usage: %2</source>
            <translation>demasiados argumentos, a partir de %1; uso: %2</translation>
        </message>
        <message>
            <source>option '%1' needs a value: %2 (%3)</source>
            <translation>la opción '%1' necesita un valor: %2 (%3)</translation>
        </message>
        <message>
            <source>option '%1' needs '%2'</source>
            <translation>la opción '%1' necesita '%2'</translation>
        </message>
        <message>
            <source>options '%1' and '%2' exclude each other</source>
            <translation>las opciones '%1' y '%2' se excluyen mutuamente</translation>
        </message>
        <message>
            <source>'write' needs a string (the text to write) or 'fill INT'</source>
            <translation>'write' necesita una cadena (el texto a escribir) o 'fill INT'</translation>
        </message>
        <message>
            <source>'write' takes a string or 'fill INT', not both</source>
            <translation>'write' admite una cadena o 'fill INT', no ambos</translation>
        </message>
        <message>
            <source>'as int32' reads 4 bytes, not %1</source>
            <translation>'as int32' lee 4 bytes, no %1</translation>
        </message>
        <message>
            <source>%1 cannot be caught, ignored or reset</source>
            <translation>%1 no se puede capturar, ignorar ni restablecer</translation>
        </message>
        <message>
            <source>'reap' is a handler for SIGCHLD only, not %1</source>
            <translation>'reap' es un manejador solo para SIGCHLD, no para %1</translation>
        </message>
        <message>
            <source>'%1' is already defined at line %2</source>
            <translation>'%1' ya está definido en la línea %2</translation>
        </message>
        <message>
            <source>unknown parameter '$%1'</source>
            <translation>parámetro '$%1' desconocido</translation>
        </message>
        <message>
            <source>'$%1' is a string parameter; expected an integer (%2)</source>
            <translation>'$%1' es un parámetro de cadena; se esperaba un entero (%2)</translation>
        </message>
        <message>
            <source>the default of '$%1' (%2) is out of range for %3 (%4)</source>
            <translation>el valor por defecto de '$%1' (%2) está fuera de rango para %3 (%4)</translation>
        </message>
        <message>
            <source>unterminated '${' (write ${name} inside a string)</source>
            <translation>'${' sin cerrar (escribe ${name} dentro de una cadena)</translation>
        </message>
        <message>
            <source>'${%1}' is not a parameter name</source>
            <translation>'${%1}' no es un nombre de parámetro</translation>
        </message>
        <message>
            <source>unknown parameter '${%1}'</source>
            <translation>parámetro '${%1}' desconocido</translation>
        </message>
        <message>
            <source>'%' starts a run-time substitution; write %% for a '%' (substitutions: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME))</source>
            <translation>'%' inicia una sustitución en tiempo de ejecución; escribe %% para un '%' (sustituciones: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME))</translation>
        </message>
        <message>
            <source>unknown substitution '%%1' (substitutions: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME), or %% for a '%')</source>
            <translation>sustitución '%%1' desconocida (sustituciones: %pid, %ppid, %label, %child, %status, %count(SIG), %var(NAME), o %% para un '%')</translation>
        </message>
        <message>
            <source>'%%1' needs a name in parentheses: %%2</source>
            <translation>'%%1' necesita un nombre entre paréntesis: %%2</translation>
        </message>
        <message>
            <source>unknown signal '%1' in %count(...)</source>
            <translation>señal '%1' desconocida en %count(...)</translation>
        </message>
        <message>
            <source>unknown variable '%1' in %var(...): set it first with 'read ... into %1' or 'mem_read ... into %1'</source>
            <translation>variable '%1' desconocida en %var(...): asígnala antes con 'read ... into %1' o 'mem_read ... into %1'</translation>
        </message>
        <message>
            <source>'%1' is %2, not %3</source>
            <translation>'%1' es %2, no %3</translation>
        </message>
        <message>
            <source>'%1' is not defined before this line in this process (expected %2)</source>
            <translation>'%1' no está definido antes de esta línea en este proceso (se esperaba %2)</translation>
        </message>
        <message>
            <source>descriptor %1 is out of range (0 to 1023)</source>
            <translation>el descriptor %1 está fuera de rango (de 0 a 1023)</translation>
        </message>
        <message>
            <source>no pipe '%1' is defined before this line in this process</source>
            <translation>ninguna pipe '%1' está definida antes de esta línea en este proceso</translation>
        </message>
        <message>
            <source>'%1' is %2, not a pipe: '.r' and '.w' are the ends of a pipe</source>
            <translation>'%1' es %2, no una pipe: '.r' y '.w' son los extremos de una pipe</translation>
        </message>
        <message>
            <source>'%1' is a pipe: use %1.r or %1.w</source>
            <translation>'%1' es una pipe: usa %1.r o %1.w</translation>
        </message>
        <message>
            <source>out of range: %1 must be %2, not %3</source>
            <translation>fuera de rango: %1 debe ser %2, no %3</translation>
        </message>
        <message>
            <source>%1 (put text in double quotes)</source>
            <translation>%1 (pon el texto entre comillas dobles)</translation>
        </message>
        <message>
            <source>a path cannot come from a parameter; write it as a string</source>
            <translation>una ruta no puede venir de un parámetro; escríbela como cadena</translation>
        </message>
        <message>
            <source>a path cannot use parameters</source>
            <translation>una ruta no puede usar parámetros</translation>
        </message>
        <message>
            <source>the path is empty</source>
            <translation>la ruta está vacía</translation>
        </message>
        <message>
            <source>the path is longer than 200 bytes</source>
            <translation>la ruta ocupa más de 200 bytes</translation>
        </message>
        <message>
            <source>a path cannot contain \0</source>
            <translation>una ruta no puede contener \0</translation>
        </message>
        <message>
            <source>absolute paths are refused: use a path relative to the run directory, such as "myfifo"</source>
            <translation>no se admiten rutas absolutas: usa una ruta relativa a la directorio de la ejecución, como "myfifo"</translation>
        </message>
        <message>
            <source>'..' is refused in paths: stay inside the run directory</source>
            <translation>'..' no se admite en las rutas: quédate dentro de la directorio de la ejecución</translation>
        </message>
        <message>
            <source>a name cannot come from a parameter; write it as a string</source>
            <translation>un nombre no puede venir de un parámetro; escríbelo como cadena</translation>
        </message>
        <message>
            <source>a shm or semaphore name cannot use parameters</source>
            <translation>el nombre de una shm o de un semáforo no puede usar parámetros</translation>
        </message>
        <message>
            <source>a shm or semaphore name must start with '/', as in "/AOS"</source>
            <translation>el nombre de una shm o de un semáforo debe empezar por '/', como en "/AOS"</translation>
        </message>
        <message>
            <source>the name needs at least one character after '/'</source>
            <translation>el nombre necesita al menos un carácter después de '/'</translation>
        </message>
        <message>
            <source>a shm or semaphore name cannot contain another '/'</source>
            <translation>el nombre de una shm o de un semáforo no puede contener otra '/'</translation>
        </message>
        <message>
            <source>the name is longer than 200 bytes</source>
            <translation>el nombre ocupa más de 200 bytes</translation>
        </message>
        <message>
            <source>a name cannot contain \0</source>
            <translation>un nombre no puede contener \0</translation>
        </message>
        <message>
            <source>'%1' is not a valid name (letters, digits and '_', not starting with a digit)</source>
            <translation>'%1' no es un nombre válido (letras, dígitos y '_', sin empezar por un dígito)</translation>
        </message>
        <message>
            <source>'%1' is reserved: choose another name</source>
            <translation>'%1' está reservado: elige otro nombre</translation>
        </message>
        <message>
            <source>'%1' is %2, not a process</source>
            <translation>'%1' es %2, no un proceso</translation>
        </message>
        <message>
            <source>unknown signal '%1' (write 'SIG%1')</source>
            <translation>señal '%1' desconocida (escribe 'SIG%1')</translation>
        </message>
        <message>
            <source>unknown signal '%1'</source>
            <translation>señal '%1' desconocida</translation>
        </message>
        <message>
            <source>'%1' is %2, not a variable</source>
            <translation>'%1' es %2, no una variable</translation>
        </message>
        <message>
            <source>unknown variable '%1': set it first with 'mem_read ... into %1' or 'read ... into %1'</source>
            <translation>variable '%1' desconocida: asígnala antes con 'mem_read ... into %1' o 'read ... into %1'</translation>
        </message>
        <message>
            <source>unknown process '%1': not a fork NAME defined earlier in this process, nor a process label</source>
            <translation>proceso '%1' desconocido: no es el NAME de un fork definido antes en este proceso ni una etiqueta de proceso</translation>
        </message>
        <message>
            <source>no 'process' block: a scenario needs at least one process</source>
            <translation>ningún bloque 'process': un escenario necesita al menos un proceso</translation>
        </message>
        <message>
            <source>a pipe</source>
            <translation>una pipe</translation>
        </message>
        <message>
            <source>an opened FIFO or file</source>
            <translation>un FIFO o un archivo abierto</translation>
        </message>
        <message>
            <source>a shared memory object</source>
            <translation>un objeto de memoria compartida</translation>
        </message>
        <message>
            <source>a mapping</source>
            <translation>un mapeo</translation>
        </message>
        <message>
            <source>a semaphore</source>
            <translation>un semáforo</translation>
        </message>
        <message>
            <source>a child process</source>
            <translation>un proceso hijo</translation>
        </message>
        <message>
            <source>a variable</source>
            <translation>una variable</translation>
        </message>
        <message>
            <source>a name</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>the permission bits, e.g. 0600</source>
            <translation>los bits de permisos, p. ej. 0600</translation>
        </message>
        <message>
            <source>the variable to keep the text</source>
            <translation>la variable donde guardar el texto</translation>
        </message>
        <message>
            <source>the text to print</source>
            <translation>el texto a imprimir</translation>
        </message>
        <message>
            <source>the text to put in the stdout buffer</source>
            <translation>el texto a poner en el búfer de stdout</translation>
        </message>
        <message>
            <source>the text to print on stderr</source>
            <translation>el texto a imprimir en stderr</translation>
        </message>
        <message>
            <source>the child's name</source>
            <translation>el nombre del hijo</translation>
        </message>
        <message>
            <source>the depth of the tree</source>
            <translation>la profundidad del árbol</translation>
        </message>
        <message>
            <source>how many children each process forks</source>
            <translation>cuántos hijos crea cada proceso</translation>
        </message>
        <message>
            <source>the child to wait for</source>
            <translation>el hijo a esperar</translation>
        </message>
        <message>
            <source>the exit status</source>
            <translation>el estado de salida</translation>
        </message>
        <message>
            <source>seconds</source>
            <translation>segundos</translation>
        </message>
        <message>
            <source>milliseconds</source>
            <translation>milisegundos</translation>
        </message>
        <message>
            <source>microseconds</source>
            <translation>microsegundos</translation>
        </message>
        <message>
            <source>the program and its arguments</source>
            <translation>el programa y sus argumentos</translation>
        </message>
        <message>
            <source>how many times</source>
            <translation>cuántas veces</translation>
        </message>
        <message>
            <source>the signal to handle</source>
            <translation>la señal a manejar</translation>
        </message>
        <message>
            <source>the action</source>
            <translation>la acción</translation>
        </message>
        <message>
            <source>the process to signal</source>
            <translation>el proceso al que enviar la señal</translation>
        </message>
        <message>
            <source>the signal to send</source>
            <translation>la señal a enviar</translation>
        </message>
        <message>
            <source>the pipe's name</source>
            <translation>el nombre de la pipe</translation>
        </message>
        <message>
            <source>the descriptor to close</source>
            <translation>el descriptor a cerrar</translation>
        </message>
        <message>
            <source>the descriptor to copy</source>
            <translation>el descriptor a copiar</translation>
        </message>
        <message>
            <source>the new descriptor number</source>
            <translation>el número del nuevo descriptor</translation>
        </message>
        <message>
            <source>the descriptor to write to</source>
            <translation>el descriptor en el que escribir</translation>
        </message>
        <message>
            <source>the text to write</source>
            <translation>el texto a escribir</translation>
        </message>
        <message>
            <source>how many bytes of 'x' to write</source>
            <translation>cuántos bytes de 'x' escribir</translation>
        </message>
        <message>
            <source>the descriptor to read from</source>
            <translation>el descriptor del que leer</translation>
        </message>
        <message>
            <source>the most bytes one read returns</source>
            <translation>el máximo de bytes que devuelve una lectura</translation>
        </message>
        <message>
            <source>the text to wait for</source>
            <translation>el texto a esperar</translation>
        </message>
        <message>
            <source>the FIFO's path</source>
            <translation>la ruta del FIFO</translation>
        </message>
        <message>
            <source>the descriptor's name</source>
            <translation>el nombre del descriptor</translation>
        </message>
        <message>
            <source>the path to open</source>
            <translation>la ruta a abrir</translation>
        </message>
        <message>
            <source>the access mode</source>
            <translation>el modo de acceso</translation>
        </message>
        <message>
            <source>the path to remove</source>
            <translation>la ruta a eliminar</translation>
        </message>
        <message>
            <source>the shared memory's name</source>
            <translation>el nombre de la memoria compartida</translation>
        </message>
        <message>
            <source>the shared memory object, e.g. "/AOS"</source>
            <translation>el objeto de memoria compartida, p. ej. "/AOS"</translation>
        </message>
        <message>
            <source>the shared memory to resize</source>
            <translation>la memoria compartida a redimensionar</translation>
        </message>
        <message>
            <source>the size in bytes</source>
            <translation>el tamaño en bytes</translation>
        </message>
        <message>
            <source>the mapping's name</source>
            <translation>el nombre del mapeo</translation>
        </message>
        <message>
            <source>the shared memory or file to map</source>
            <translation>la memoria compartida o el archivo a mapear</translation>
        </message>
        <message>
            <source>the protection</source>
            <translation>la protección</translation>
        </message>
        <message>
            <source>the mapping to remove</source>
            <translation>el mapeo a eliminar</translation>
        </message>
        <message>
            <source>the mapping to write to</source>
            <translation>el mapeo en el que escribir</translation>
        </message>
        <message>
            <source>the offset</source>
            <translation>el desplazamiento</translation>
        </message>
        <message>
            <source>the bytes to write</source>
            <translation>los bytes a escribir</translation>
        </message>
        <message>
            <source>the mapping to read from</source>
            <translation>el mapeo del que leer</translation>
        </message>
        <message>
            <source>how many bytes</source>
            <translation>cuántos bytes</translation>
        </message>
        <message>
            <source>how to read the bytes</source>
            <translation>cómo leer los bytes</translation>
        </message>
        <message>
            <source>the offset of the int</source>
            <translation>el desplazamiento del int</translation>
        </message>
        <message>
            <source>the variable that holds the value</source>
            <translation>la variable que contiene el valor</translation>
        </message>
        <message>
            <source>the number to add</source>
            <translation>el número a sumar</translation>
        </message>
        <message>
            <source>the mapping</source>
            <translation>el mapeo</translation>
        </message>
        <message>
            <source>the shared memory object to remove</source>
            <translation>el objeto de memoria compartida a eliminar</translation>
        </message>
        <message>
            <source>the semaphore's name</source>
            <translation>el nombre del semáforo</translation>
        </message>
        <message>
            <source>the semaphore, e.g. "/sem_AOS"</source>
            <translation>el semáforo, p. ej. "/sem_AOS"</translation>
        </message>
        <message>
            <source>the initial value</source>
            <translation>el valor inicial</translation>
        </message>
        <message>
            <source>the semaphore</source>
            <translation>el semáforo</translation>
        </message>
        <message>
            <source>the semaphore to remove</source>
            <translation>el semáforo a eliminar</translation>
        </message>
        <message>
            <source>an integer</source>
            <translation>un entero</translation>
        </message>
        <message>
            <source>a descriptor (NAME.r, NAME.w, an opened NAME or a number)</source>
            <translation>un descriptor (NAME.r, NAME.w, un NAME abierto o un número)</translation>
        </message>
        <message>
            <source>a descriptor (NAME.r, NAME.w, an opened NAME, a shm_open NAME or a number)</source>
            <translation>un descriptor (NAME.r, NAME.w, un NAME abierto, el NAME de un shm_open o un número)</translation>
        </message>
        <message>
            <source>a process (a label such as main.1, a fork's NAME, parent or self)</source>
            <translation>un proceso (una etiqueta como main.1, el NAME de un fork, parent o self)</translation>
        </message>
        <message>
            <source>the NAME of a fork</source>
            <translation>el NAME de un fork</translation>
        </message>
        <message>
            <source>a signal name</source>
            <translation>un nombre de señal</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 o %2</translation>
        </message>
        <message>
            <source>the NAME of a shm_open</source>
            <translation>el NAME de un shm_open</translation>
        </message>
        <message>
            <source>the NAME of a shm_open or of an opened file</source>
            <translation>el NAME de un shm_open o de un archivo abierto</translation>
        </message>
        <message>
            <source>the MAP of an mmap</source>
            <translation>el MAP de un mmap</translation>
        </message>
        <message>
            <source>the NAME of a sem_open</source>
            <translation>el NAME de un sem_open</translation>
        </message>
        <message>
            <source>a program name</source>
            <translation>un nombre de programa</translation>
        </message>
        <message>
            <source>the NAME of a variable</source>
            <translation>el NAME de una variable</translation>
        </message>
        <message>
            <source>an argument</source>
            <translation>un argumento</translation>
        </message>
        <message>
            <source>the scenario has more root processes than the process cap allows</source>
            <translation>el escenario tiene más procesos raíz de los que permite el límite de procesos</translation>
        </message>
        <message>
            <source>fork: %1</source>
            <translation>fork: %1</translation>
        </message>
        <message>
            <source>the engine received %1</source>
            <translation>el motor recibió %1</translation>
        </message>
        <message>
            <source>the run did not end within %1 s (--timeout)</source>
            <translation>la ejecución no terminó en %1 s (--timeout)</translation>
        </message>
        <message>
            <source>nobody reads the engine's output any more</source>
            <translation>ya nadie lee la salida del motor</translation>
        </message>
        <message>
            <source>the run produced %1 events, its cap (--max-events); stopped</source>
            <translation>la ejecución produjo %1 eventos, su límite (--max-events); detenida</translation>
        </message>
        <message>
            <source>the controller closed the engine's standard input</source>
            <translation>el controlador cerró la entrada estándar del motor</translation>
        </message>
        <message>
            <source>command line too long (over 64 KiB without a newline); discarded</source>
            <translation>línea de comando demasiado larga (más de 64 KiB sin salto de línea); descartada</translation>
        </message>
        <message>
            <source>command is not a JSON object: %1</source>
            <translation>el comando no es un objeto JSON: %1</translation>
        </message>
        <message>
            <source>command without a "cmd" string</source>
            <translation>comando sin una cadena "cmd"</translation>
        </message>
        <message>
            <source>'%1' needs a run started in step mode (--step)</source>
            <translation>'%1' necesita una ejecución iniciada en modo paso a paso (--step)</translation>
        </message>
        <message>
            <source>step: "label" must be a string</source>
            <translation>step: "label" debe ser una cadena</translation>
        </message>
        <message>
            <source>stopped by the user</source>
            <translation>detenida por el usuario</translation>
        </message>
        <message>
            <source>signal: needs "label" and "signal" strings</source>
            <translation>signal: se necesitan las cadenas "label" y "signal"</translation>
        </message>
        <message>
            <source>fifo.write: needs "obj" and "data" strings</source>
            <translation>fifo.write: se necesitan las cadenas "obj" y "data"</translation>
        </message>
        <message>
            <source>unknown command '%1' (known: step, continue, pause, stop, signal, fifo.write)</source>
            <translation>comando '%1' desconocido (conocidos: step, continue, pause, stop, signal, fifo.write)</translation>
        </message>
        <message>
            <source>signal: no live process of this run is labelled '%1'</source>
            <translation>signal: ningún proceso vivo de esta ejecución tiene la etiqueta '%1'</translation>
        </message>
        <message>
            <source>signal: unknown signal '%1'</source>
            <translation>signal: señal '%1' desconocida</translation>
        </message>
        <message>
            <source>fifo.write: "obj" must name a FIFO of this run, like "fifo:myfifo"</source>
            <translation>fifo.write: "obj" debe nombrar un FIFO de esta ejecución, como "fifo:myfifo"</translation>
        </message>
        <message>
            <source>fifo.write: this run has no FIFO %1</source>
            <translation>fifo.write: esta ejecución no tiene el FIFO %1</translation>
        </message>
        <message>
            <source>fifo.write: nobody has %1 open for reading yet</source>
            <translation>fifo.write: nadie tiene aún %1 abierto para lectura</translation>
        </message>
        <message>
            <source>fifo.write: cannot open %1: %2</source>
            <translation>fifo.write: no se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>step: '%1' is not waiting at a gate</source>
            <translation>step: '%1' no está esperando en una compuerta</translation>
        </message>
        <message>
            <source>step: no process is waiting at a gate</source>
            <translation>step: ningún proceso está esperando en una compuerta</translation>
        </message>
        <message>
            <source>%1 waits in %2</source>
            <translation>%1 espera en %2</translation>
        </message>
        <message>
            <source>%1 waits in %2 on %3</source>
            <translation>%1 espera en %2 sobre %3</translation>
        </message>
        <message>
            <source>%1; %2</source>
            <translation>%1; %2</translation>
        </message>
        <message>
            <source>every process is blocked and nothing can wake it: %1</source>
            <translation>todos los procesos están bloqueados y nada puede despertarlos: %1</translation>
        </message>
    </context>
    <context>
        <name>EventDecoder</name>
        <message>
            <source>line is %1 bytes long; the limit is %2 bytes</source>
            <translation>la línea mide %1 bytes; el límite es %2 bytes</translation>
        </message>
        <message>
            <source>empty line</source>
            <translation>línea vacía</translation>
        </message>
        <message>
            <source>line is longer than %1 bytes; skipped</source>
            <translation>la línea supera los %1 bytes; se omite</translation>
        </message>
        <message>
            <source>line is %1 bytes long; the limit is %2 bytes; skipped</source>
            <translation>la línea mide %1 bytes; el límite es %2 bytes; se omite</translation>
        </message>
        <message>
            <source>second hello record; ignored</source>
            <translation>segundo registro hello; se ignora</translation>
        </message>
        <message>
            <source>the stream uses protocol version %1, but this version of ipcviz understands only version %2: update ipcviz</source>
            <translation>el flujo usa la versión %1 del protocolo, pero esta versión de ipcviz solo entiende la versión %2: actualiza ipcviz</translation>
        </message>
        <message>
            <source>hello record without a valid protocol version; assuming %1</source>
            <translation>registro hello sin una versión de protocolo válida; se asume %1</translation>
        </message>
        <message>
            <source>hello record is not the first record</source>
            <translation>el registro hello no es el primer registro</translation>
        </message>
        <message>
            <source>second end record; ignored</source>
            <translation>segundo registro end; se ignora</translation>
        </message>
        <message>
            <source>event before the hello record</source>
            <translation>evento antes del registro hello</translation>
        </message>
        <message>
            <source>event after the end record</source>
            <translation>evento después del registro end</translation>
        </message>
        <message>
            <source>seq %1 comes after %2: out of order or repeated</source>
            <translation>seq %1 llega después de %2: desordenado o repetido</translation>
        </message>
        <message>
            <source>invalid JSON at byte %1: %2</source>
            <translation>JSON no válido en el byte %1: %2</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>no es un objeto JSON</translation>
        </message>
        <message>
            <source>unknown record type "%1" (expected hello or end)</source>
            <translation>tipo de registro desconocido "%1" (se esperaba hello o end)</translation>
        </message>
        <message>
            <source>not a string</source>
            <translation>no es una cadena</translation>
        </message>
        <message>
            <source>record has neither a "kind" nor a "type"</source>
            <translation>el registro no tiene ni "kind" ni "type"</translation>
        </message>
        <message>
            <source>event "%1" has no valid "seq" (a non-negative integer)</source>
            <translation>el evento "%1" no tiene un "seq" válido (un entero no negativo)</translation>
        </message>
        <message numerus="yes">
            <source>first seq is %n, expected 0: %n event(s) missing</source>
            <translation>
                <numerusform>el primer seq es %n, se esperaba 0: falta %n evento</numerusform>
                <numerusform>el primer seq es %n, se esperaba 0: faltan %n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>seq jumps from %1 to %2: %n event(s) missing</source>
            <translation>
                <numerusform>seq salta de %1 a %2: falta %n evento</numerusform>
                <numerusform>seq salta de %1 a %2: faltan %n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more error(s) not listed</source>
            <translation>
                <numerusform>%n error más sin listar</numerusform>
                <numerusform>%n errores más sin listar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventDescriber</name>
        <message>
            <source>The user</source>
            <translation>El usuario</translation>
        </message>
        <message>
            <source>PID %1</source>
            <translation>PID %1</translation>
        </message>
        <message>
            <source>%1: %2 failed</source>
            <translation>%1: %2 falló</translation>
        </message>
        <message>
            <source>%1: %2 failed (%3)</source>
            <translation>%1: %2 falló (%3)</translation>
        </message>
        <message>
            <source>Run of %1 started (engine %2, %3 mode)</source>
            <translation>Comenzó la ejecución de %1 (motor %2, modo %3)</translation>
        </message>
        <message>
            <source>The run completed</source>
            <translation>La ejecución se completó</translation>
        </message>
        <message>
            <source>The run was stopped</source>
            <translation>La ejecución se detuvo</translation>
        </message>
        <message>
            <source>The run timed out</source>
            <translation>La ejecución superó su tiempo límite</translation>
        </message>
        <message>
            <source>The run ended in a deadlock</source>
            <translation>La ejecución terminó en deadlock</translation>
        </message>
        <message>
            <source>The run failed</source>
            <translation>La ejecución falló</translation>
        </message>
        <message>
            <source>The run ended (%1)</source>
            <translation>La ejecución terminó (%1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>; the engine cleaned up %n thing(s) left behind</source>
            <translation>
                <numerusform>; el motor limpió %n recurso abandonado</numerusform>
                <numerusform>; el motor limpió %n recursos abandonados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n thing(s) leaked</source>
            <translation>
                <numerusform>; se fugó %n recurso</numerusform>
                <numerusform>; se fugaron %n recursos</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 started (PID %2)</source>
            <translation>%1 comenzó (PID %2)</translation>
        </message>
        <message>
            <source>%1 started (PID %2), child of %3</source>
            <translation>%1 comenzó (PID %2), hijo de %3</translation>
        </message>
        <message>
            <source>%1 forked %2 (PID %3)</source>
            <translation>%1 creó %2 con fork (PID %3)</translation>
        </message>
        <message>
            <source>%1: exec of %2 failed</source>
            <translation>%1: exec de %2 falló</translation>
        </message>
        <message>
            <source>%1: exec of %2 failed (%3)</source>
            <translation>%1: exec de %2 falló (%3)</translation>
        </message>
        <message>
            <source>%1 executes %2</source>
            <translation>%1 ejecuta %2</translation>
        </message>
        <message>
            <source>%1 was killed by %2</source>
            <translation>%1 fue terminado por %2</translation>
        </message>
        <message>
            <source>%1 exited with status %2</source>
            <translation>%1 terminó con estado %2</translation>
        </message>
        <message>
            <source> (core dumped)</source>
            <translation> (core volcado)</translation>
        </message>
        <message>
            <source>%1 calls exit(%2)</source>
            <translation>%1 llama a exit(%2)</translation>
        </message>
        <message>
            <source>%1 waits for its child PID %2</source>
            <translation>%1 espera a su hijo PID %2</translation>
        </message>
        <message>
            <source>%1 waits for a child to end</source>
            <translation>%1 espera a que termine un hijo</translation>
        </message>
        <message>
            <source>%1 reaped PID %2 (killed by %3)</source>
            <translation>%1 recogió al PID %2 (terminado por %3)</translation>
        </message>
        <message>
            <source>%1 reaped PID %2 (exit status %3)</source>
            <translation>%1 recogió al PID %2 (estado de salida %3)</translation>
        </message>
        <message>
            <source>%1 reaped PID %2</source>
            <translation>%1 recogió al PID %2</translation>
        </message>
        <message>
            <source>The engine reaped PID %1</source>
            <translation>El motor recogió al PID %1</translation>
        </message>
        <message>
            <source>The engine reaped %1 (PID %2)</source>
            <translation>El motor recogió a %1 (PID %2)</translation>
        </message>
        <message>
            <source>%1 became a zombie</source>
            <translation>%1 se convirtió en zombie</translation>
        </message>
        <message>
            <source>%1 is now in kernel state %2</source>
            <translation>%1 está ahora en el estado del kernel %2</translation>
        </message>
        <message>
            <source> (parent PID %1)</source>
            <translation> (PID del padre: %1)</translation>
        </message>
        <message>
            <source>%1 printed on stderr: %2</source>
            <translation>%1 imprimió en stderr: %2</translation>
        </message>
        <message>
            <source>%1 printed %2</source>
            <translation>%1 imprimió %2</translation>
        </message>
        <message>
            <source>%1 woke up</source>
            <translation>%1 se despertó</translation>
        </message>
        <message>
            <source>%1 sleeps %2 ms</source>
            <translation>%1 duerme %2 ms</translation>
        </message>
        <message>
            <source>%1 created %2 (read end fd %3, write end fd %4)</source>
            <translation>%1 creó %2 (extremo de lectura fd %3, extremo de escritura fd %4)</translation>
        </message>
        <message>
            <source>%1 closed fd %2</source>
            <translation>%1 cerró el fd %2</translation>
        </message>
        <message>
            <source>%1 closed fd %2 (%3)</source>
            <translation>%1 cerró el fd %2 (%3)</translation>
        </message>
        <message>
            <source>%1 duplicated fd %2 onto fd %3 (%4)</source>
            <translation>%1 duplicó el fd %2 sobre el fd %3 (%4)</translation>
        </message>
        <message>
            <source>%1: write to %2 failed</source>
            <translation>%1: la escritura en %2 falló</translation>
        </message>
        <message>
            <source>%1: write to %2 failed (%3)</source>
            <translation>%1: la escritura en %2 falló (%3)</translation>
        </message>
        <message>
            <source>%1: read from %2 failed</source>
            <translation>%1: la lectura de %2 falló</translation>
        </message>
        <message>
            <source>%1: read from %2 failed (%3)</source>
            <translation>%1: la lectura de %2 falló (%3)</translation>
        </message>
        <message>
            <source>%1 read end of file from %2</source>
            <translation>%1 leyó fin de archivo de %2</translation>
        </message>
        <message>
            <source>%1 created FIFO %2 at %3</source>
            <translation>%1 creó el FIFO %2 en %3</translation>
        </message>
        <message>
            <source>%1 opens FIFO %2 for %3</source>
            <translation>%1 abre el FIFO %2 en modo %3</translation>
        </message>
        <message>
            <source>%1 opened FIFO %2 for %3 (fd %4)</source>
            <translation>%1 abrió el FIFO %2 en modo %3 (fd %4)</translation>
        </message>
        <message>
            <source>%1 removed %2 (%3)</source>
            <translation>%1 eliminó %2 (%3)</translation>
        </message>
        <message>
            <source>%1 created and opened file %2 for %3 (fd %4)</source>
            <translation>%1 creó y abrió el archivo %2 en modo %3 (fd %4)</translation>
        </message>
        <message>
            <source>%1 opened file %2 for %3 (fd %4)</source>
            <translation>%1 abrió el archivo %2 en modo %3 (fd %4)</translation>
        </message>
        <message>
            <source>%1 created shared memory %2 (%3) for %4</source>
            <translation>%1 creó la memoria compartida %2 (%3) en modo %4</translation>
        </message>
        <message>
            <source>%1 opened shared memory %2 (%3) for %4</source>
            <translation>%1 abrió la memoria compartida %2 (%3) en modo %4</translation>
        </message>
        <message>
            <source>%1 unmapped %2 (%3)</source>
            <translation>%1 desmapeó %2 (%3)</translation>
        </message>
        <message>
            <source>%1 unlinked %2 (%3)</source>
            <translation>%1 hizo unlink de %2 (%3)</translation>
        </message>
        <message>
            <source>%1 incremented the int at offset %2 of %3: %4 to %5</source>
            <translation>%1 incrementó el int en el desplazamiento %2 de %3: de %4 a %5</translation>
        </message>
        <message>
            <source>%1 created semaphore %2 (%3) with value %4</source>
            <translation>%1 creó el semáforo %2 (%3) con valor %4</translation>
        </message>
        <message>
            <source>%1 opened semaphore %2 (%3), value %4</source>
            <translation>%1 abrió el semáforo %2 (%3), valor %4</translation>
        </message>
        <message>
            <source>%1 waits on %2 (value %3)</source>
            <translation>%1 espera en %2 (valor %3)</translation>
        </message>
        <message>
            <source>%1 passed %2 (value now %3)</source>
            <translation>%1 pasó %2 (valor ahora %3)</translation>
        </message>
        <message>
            <source>%1 posted %2 (value now %3)</source>
            <translation>%1 hizo sem_post en %2 (valor ahora %3)</translation>
        </message>
        <message>
            <source>%1 closed %2</source>
            <translation>%1 cerró %2</translation>
        </message>
        <message>
            <source>%1 installed a counting handler for %2</source>
            <translation>%1 instaló un manejador contador para %2</translation>
        </message>
        <message>
            <source>%1 ignores %2</source>
            <translation>%1 ignora %2</translation>
        </message>
        <message>
            <source>%1 restored the default action of %2</source>
            <translation>%1 restauró la acción por defecto de %2</translation>
        </message>
        <message>
            <source>%1: sending %2 to %3 failed</source>
            <translation>%1: el envío de %2 a %3 falló</translation>
        </message>
        <message>
            <source>%1: sending %2 to %3 failed (%4)</source>
            <translation>%1: el envío de %2 a %3 falló (%4)</translation>
        </message>
        <message>
            <source>The user sends %1 to %2</source>
            <translation>El usuario envía %1 a %2</translation>
        </message>
        <message>
            <source>%1 sends %2 to %3</source>
            <translation>%1 envía %2 a %3</translation>
        </message>
        <message>
            <source>The user sent %1 to %2</source>
            <translation>El usuario envió %1 a %2</translation>
        </message>
        <message>
            <source>%1 sent %2 to %3</source>
            <translation>%1 envió %2 a %3</translation>
        </message>
        <message>
            <source>%1's handler for %2 ran (%3 so far)</source>
            <translation>Se ejecutó el manejador de %2 de %1 (%3 veces hasta ahora)</translation>
        </message>
        <message>
            <source>%1's handler for %2 ran</source>
            <translation>Se ejecutó el manejador de %2 de %1</translation>
        </message>
        <message>
            <source>%1 returned from pause</source>
            <translation>%1 volvió de pause</translation>
        </message>
        <message>
            <source>%1 pauses until a signal arrives</source>
            <translation>%1 se pausa hasta que llegue una señal</translation>
        </message>
        <message>
            <source>%1 is ready and %2</source>
            <translation>%1 está listo y %2</translation>
        </message>
        <message>
            <source>%1 was released (continue)</source>
            <translation>%1 fue liberado (continuar)</translation>
        </message>
        <message>
            <source>%1 was released by the recorded schedule</source>
            <translation>%1 fue liberado por la planificación grabada</translation>
        </message>
        <message>
            <source>%1 was released by the user</source>
            <translation>%1 fue liberado por el usuario</translation>
        </message>
        <message>
            <source>Engine error: %1</source>
            <translation>Error del motor: %1</translation>
        </message>
        <message>
            <source>Engine limit reached: %1 (%2)</source>
            <translation>Se alcanzó un límite del motor: %1 (%2)</translation>
        </message>
        <message>
            <source>Engine limit reached: %1</source>
            <translation>Se alcanzó un límite del motor: %1</translation>
        </message>
        <message>
            <source>%1 in %2 on %3</source>
            <translation>%1 en %2 sobre %3</translation>
        </message>
        <message>
            <source>Deadlock: every live process is blocked</source>
            <translation>Deadlock: todos los procesos vivos están bloqueados</translation>
        </message>
        <message>
            <source>Deadlock: every live process is blocked (%1)</source>
            <translation>Deadlock: todos los procesos vivos están bloqueados (%1)</translation>
        </message>
        <message>
            <source>The user's %1 command took effect</source>
            <translation>La orden %1 del usuario tuvo efecto</translation>
        </message>
        <message>
            <source>%1: %2 on %3</source>
            <translation>%1: %2 sobre %3</translation>
        </message>
        <message>
            <source>will run %1</source>
            <translation>ejecutará %1</translation>
        </message>
        <message>
            <source>will run: %1</source>
            <translation>ejecutará: %1</translation>
        </message>
        <message>
            <source>will fork %1</source>
            <translation>creará %1 con fork</translation>
        </message>
        <message>
            <source>will fork a child</source>
            <translation>creará un hijo con fork</translation>
        </message>
        <message>
            <source>will wait for %1</source>
            <translation>esperará a %1</translation>
        </message>
        <message>
            <source>will wait for a child to end</source>
            <translation>esperará a que termine un hijo</translation>
        </message>
        <message>
            <source>will exit with status %1</source>
            <translation>terminará con estado %1</translation>
        </message>
        <message>
            <source>will close fd %1</source>
            <translation>cerrará el fd %1</translation>
        </message>
        <message>
            <source>will close fd %1 (%2)</source>
            <translation>cerrará el fd %1 (%2)</translation>
        </message>
        <message>
            <source>will create a pipe</source>
            <translation>creará un pipe</translation>
        </message>
        <message>
            <source>will create %1</source>
            <translation>creará %1</translation>
        </message>
        <message>
            <source>will print %1</source>
            <translation>imprimirá %1</translation>
        </message>
        <message>
            <source>will sleep %1 ms</source>
            <translation>dormirá %1 ms</translation>
        </message>
        <message>
            <source>will send %1 to %2</source>
            <translation>enviará %1 a %2</translation>
        </message>
        <message>
            <source>will pause until a signal arrives</source>
            <translation>se pausará hasta que llegue una señal</translation>
        </message>
        <message>
            <source>will wait on %1</source>
            <translation>esperará en %1</translation>
        </message>
        <message>
            <source>will post %1</source>
            <translation>hará sem_post en %1</translation>
        </message>
        <message>
            <source>will execute %1</source>
            <translation>ejecutará %1</translation>
        </message>
        <message>
            <source>will open %1 for %2</source>
            <translation>abrirá %1 en modo %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 writes %n byte(s) to %2: %3</source>
            <translation>
                <numerusform>%1 escribe %n byte en %2: %3</numerusform>
                <numerusform>%1 escribe %n bytes en %2: %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 wrote %n byte(s) to %2</source>
            <translation>
                <numerusform>%1 escribió %n byte en %2</numerusform>
                <numerusform>%1 escribió %n bytes en %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 reads up to %n byte(s) from %2</source>
            <translation>
                <numerusform>%1 lee hasta %n byte de %2</numerusform>
                <numerusform>%1 lee hasta %n bytes de %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 read %n byte(s) from %2: %3</source>
            <translation>
                <numerusform>%1 leyó %n byte de %2: %3</numerusform>
                <numerusform>%1 leyó %n bytes de %2: %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 set the size of %2 to %n byte(s)</source>
            <translation>
                <numerusform>%1 fijó el tamaño de %2 en %n byte</numerusform>
                <numerusform>%1 fijó el tamaño de %2 en %n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 mapped %n byte(s) of %2 as %3 (%4)</source>
            <translation>
                <numerusform>%1 mapeó %n byte de %2 como %3 (%4)</numerusform>
                <numerusform>%1 mapeó %n bytes de %2 como %3 (%4)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 wrote %n byte(s) at offset %2 of %3: %4</source>
            <translation>
                <numerusform>%1 escribió %n byte en el desplazamiento %2 de %3: %4</numerusform>
                <numerusform>%1 escribió %n bytes en el desplazamiento %2 de %3: %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 read %n byte(s) at offset %2 of %3: %4</source>
            <translation>
                <numerusform>%1 leyó %n byte en el desplazamiento %2 de %3: %4</numerusform>
                <numerusform>%1 leyó %n bytes en el desplazamiento %2 de %3: %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will read up to %n byte(s) from %1 (fd %2)</source>
            <translation>
                <numerusform>leerá hasta %n byte de %1 (fd %2)</numerusform>
                <numerusform>leerá hasta %n bytes de %1 (fd %2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will read up to %n byte(s) from %1</source>
            <translation>
                <numerusform>leerá hasta %n byte de %1</numerusform>
                <numerusform>leerá hasta %n bytes de %1</numerusform>
            </translation>
        </message>
        <message>
            <source>will write to %1 (fd %2)</source>
            <translation>escribirá en %1 (fd %2)</translation>
        </message>
        <message>
            <source>will write to %1</source>
            <translation>escribirá en %1</translation>
        </message>
        <message numerus="yes">
            <source>will write %n byte(s) to %1 (fd %2) %3</source>
            <translation>
                <numerusform>escribirá %n byte en %1 (fd %2) %3</numerusform>
                <numerusform>escribirá %n bytes en %1 (fd %2) %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will write %n byte(s) to %1 %2</source>
            <translation>
                <numerusform>escribirá %n byte en %1 %2</numerusform>
                <numerusform>escribirá %n bytes en %1 %2</numerusform>
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
            <translation>Tiempo (ms)</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Proceso</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
    </context>
    <context>
        <name>EventLogView</name>
        <message>
            <source>All processes</source>
            <translation>Todos los procesos</translation>
        </message>
        <message>
            <source>Show only the events of one process</source>
            <translation>Muestra solo los eventos de un proceso</translation>
        </message>
        <message>
            <source>Process filter</source>
            <translation>Filtro de procesos</translation>
        </message>
        <message>
            <source>All objects</source>
            <translation>Todos los objetos</translation>
        </message>
        <message>
            <source>Show only the events about one pipe, FIFO, segment or semaphore</source>
            <translation>Muestra solo los eventos de un pipe, FIFO, segmento o semáforo</translation>
        </message>
        <message>
            <source>Object filter</source>
            <translation>Filtro de objetos</translation>
        </message>
        <message>
            <source>Show only one family of events</source>
            <translation>Muestra solo una familia de eventos</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filtro de tipos</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Procesos</translation>
        </message>
        <message>
            <source>Descriptors</source>
            <translation>Descriptores</translation>
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
            <translation>Memoria compartida</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Semáforos</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Señales</translation>
        </message>
        <message>
            <source>Step gates</source>
            <translation>Compuertas de paso</translation>
        </message>
        <message>
            <source>Engine</source>
            <translation>Motor</translation>
        </message>
        <message>
            <source>Search events…</source>
            <translation>Buscar eventos…</translation>
        </message>
        <message>
            <source>Show only events whose description, process, PID or object contains this text</source>
            <translation>Muestra solo los eventos cuya descripción, proceso, PID u objeto contiene este texto</translation>
        </message>
        <message>
            <source>Event search</source>
            <translation>Búsqueda de eventos</translation>
        </message>
        <message>
            <source>Event log</source>
            <translation>Registro de eventos</translation>
        </message>
        <message>
            <source>Select an event to see the state of the run at that moment</source>
            <translation>Selecciona un evento para ver el estado de la ejecución en ese momento</translation>
        </message>
    </context>
    <context>
        <name>ExplanationPane</name>
        <message>
            <source>Explanation of the last step</source>
            <translation>Explicación del último paso</translation>
        </message>
        <message>
            <source>Nothing has happened yet. In step mode, press Space (Step) to let one process do its next operation.</source>
            <translation>Todavía no ha pasado nada. En modo paso a paso, pulsa Space (Paso) para que un proceso haga su próxima operación.</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>Último paso</translation>
        </message>
        <message>
            <source>The engine</source>
            <translation>El motor</translation>
        </message>
        <message>
            <source>(scenario line %1)</source>
            <translation>(línea %1 del escenario)</translation>
        </message>
        <message>
            <source>The call failed: it returned -1 and set errno to %1.</source>
            <translation>La llamada falló: devolvió -1 y puso errno a %1.</translation>
        </message>
        <message>
            <source>ready at its gate: it %1.</source>
            <translation>listo en su compuerta: %1.</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>The call just made, in words, and what each process does next or why it waits</source>
            <translation>La llamada recién hecha, en palabras, y lo que hace cada proceso a continuación o por qué espera</translation>
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
            <translation>Formato de exportación: %1.</translation>
        </message>
        <message>
            <source>format</source>
            <translation>format</translation>
        </message>
        <message>
            <source>Output file; - for standard output.</source>
            <translation>Archivo de salida; - para la salida estándar.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <source>svg/png: draw the state after the event with this seq (default: the end).</source>
            <translation>svg/png: dibuja el estado después del evento con este seq (por defecto: el final).</translation>
        </message>
        <message>
            <source>seq</source>
            <translation>seq</translation>
        </message>
        <message>
            <source>svg/png: picture size in pixels (default 1920x1080).</source>
            <translation>svg/png: tamaño de la imagen en píxeles (por defecto 1920x1080).</translation>
        </message>
        <message>
            <source>WxH</source>
            <translation>WxH</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Muestra esta ayuda.</translation>
        </message>
        <message>
            <source>The trace file to export.</source>
            <translation>El archivo de traza que se va a exportar.</translation>
        </message>
        <message>
            <source>no trace file given</source>
            <translation>no se indicó ningún archivo de traza</translation>
        </message>
        <message>
            <source>one trace file only; unexpected: %1</source>
            <translation>solo se admite un archivo de traza; sobra: %1</translation>
        </message>
        <message>
            <source>--to FORMAT is required</source>
            <translation>--to FORMAT es obligatorio</translation>
        </message>
        <message>
            <source>unknown format "%1"; use one of %2</source>
            <translation>formato desconocido "%1"; usa uno de %2</translation>
        </message>
        <message>
            <source>-o OUT is required (- for standard output)</source>
            <translation>-o OUT es obligatorio (- para la salida estándar)</translation>
        </message>
        <message>
            <source>--at applies to svg and png only</source>
            <translation>--at solo se aplica a svg y png</translation>
        </message>
        <message>
            <source>--at needs an event number (seq, 0 or more), not "%1"</source>
            <translation>--at necesita un número de evento (seq, 0 o más), no "%1"</translation>
        </message>
        <message>
            <source>--size applies to svg and png only</source>
            <translation>--size solo se aplica a svg y png</translation>
        </message>
        <message>
            <source>--size needs WIDTHxHEIGHT between 16 and %1 pixels, not "%2"</source>
            <translation>--size necesita ANCHOxALTO entre 16 y %1 píxeles, no "%2"</translation>
        </message>
        <message>
            <source>%1:%2: error: %3</source>
            <translation>%1:%2: error: %3</translation>
        </message>
        <message>
            <source>%1:%2: warning: %3</source>
            <translation>%1:%2: aviso: %3</translation>
        </message>
        <message>
            <source>%1: warning: %2</source>
            <translation>%1: aviso: %2</translation>
        </message>
        <message>
            <source>ipcviz export: cannot write to standard output: %1</source>
            <translation>ipcviz export: no se puede escribir en la salida estándar: %1</translation>
        </message>
        <message>
            <source>ipcviz export: cannot write %1: %2</source>
            <translation>ipcviz export: no se puede escribir %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n more problem(s) not listed</source>
            <translation>
                <numerusform>%1: %n problema más sin listar</numerusform>
                <numerusform>%1: %n problemas más sin listar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ipcviz export: warning: the trace is damaged (%n problem(s) listed above); valid events exported: %1</source>
            <translation>
                <numerusform>ipcviz export: aviso: la traza está dañada (%n problema listado arriba); eventos válidos exportados: %1</numerusform>
                <numerusform>ipcviz export: aviso: la traza está dañada (%n problemas listados arriba); eventos válidos exportados: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportFormat</name>
        <message>
            <source>Perfetto / Chrome trace (JSON)</source>
            <translation>Traza de Perfetto / Chrome (JSON)</translation>
        </message>
        <message>
            <source>Perfetto traces (*.json)</source>
            <translation>Trazas de Perfetto (*.json)</translation>
        </message>
        <message>
            <source>Event table (CSV)</source>
            <translation>Tabla de eventos (CSV)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Sequence diagram (Mermaid)</source>
            <translation>Diagrama de secuencia (Mermaid)</translation>
        </message>
        <message>
            <source>Mermaid diagrams (*.mmd)</source>
            <translation>Diagramas Mermaid (*.mmd)</translation>
        </message>
        <message>
            <source>Picture (SVG)</source>
            <translation>Imagen (SVG)</translation>
        </message>
        <message>
            <source>SVG pictures (*.svg)</source>
            <translation>Imágenes SVG (*.svg)</translation>
        </message>
        <message>
            <source>Picture (PNG)</source>
            <translation>Imagen (PNG)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>C program</source>
            <translation>Programa en C</translation>
        </message>
        <message>
            <source>C sources (*.c)</source>
            <translation>Fuentes en C (*.c)</translation>
        </message>
        <message>
            <source>Event log in words (text)</source>
            <translation>Registro de eventos en palabras (texto)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Archivos de texto (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>Save a picture of the canvas at the time cursor</source>
            <translation>Guarda una imagen del lienzo en el cursor de tiempo</translation>
        </message>
        <message>
            <source>Save the whole run in this format</source>
            <translation>Guarda toda la ejecución en este formato</translation>
        </message>
        <message>
            <source>Unknown export format "%1".</source>
            <translation>Formato de exportación desconocido "%1".</translation>
        </message>
        <message>
            <source>There is nothing to export yet: run a scenario or open a trace first.</source>
            <translation>Todavía no hay nada que exportar: primero ejecuta un escenario o abre una traza.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message>
            <source>The %1 export failed: %2</source>
            <translation>La exportación a %1 falló: %2</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exportado a %1.</translation>
        </message>
        <message>
            <source>Export as %1</source>
            <translation>Exportar como %1</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>Could not write the export: %1</source>
            <translation>No se pudo escribir la exportación: %1</translation>
        </message>
    </context>
    <context>
        <name>GuidedTour</name>
        <message>
            <source>The scenario library</source>
            <translation>La biblioteca de escenarios</translation>
        </message>
        <message>
            <source>&lt;p&gt;Each scenario is a small program of several processes: forks, pipes, FIFOs, shared memory, semaphores, signals.&lt;/p&gt;&lt;p&gt;Pick one here. Its description says what to watch for and links the manual pages of the calls it makes. A double-click runs it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Cada escenario es un pequeño programa de varios procesos: forks, pipes, FIFOs, memoria compartida, semáforos, señales.&lt;/p&gt;&lt;p&gt;Elige uno aquí. Su descripción indica qué observar y enlaza las páginas de manual de las llamadas que hace. Con un doble clic se ejecuta.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Run&lt;/b&gt; (%1) starts the selected scenario with real processes on this computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; (%2) ends them all; nothing is left behind.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Ejecutar&lt;/b&gt; (%1) inicia el escenario seleccionado con procesos reales en este equipo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Detener&lt;/b&gt; (%2) los termina todos; no queda nada pendiente.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The canvas</source>
            <translation>El lienzo</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every process is a box; every pipe, FIFO, shared memory object and semaphore is drawn between the processes that use it. Data moves along the arrows as it is written and read.&lt;/p&gt;&lt;p&gt;Click anything to inspect it. Zoom with %1 and %2, fit it all with %3.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Cada proceso es una caja; cada pipe, FIFO, objeto de memoria compartida y semáforo se dibuja entre los procesos que lo usan. Los datos avanzan por las flechas a medida que se escriben y se leen.&lt;/p&gt;&lt;p&gt;Haz clic en cualquier elemento para inspeccionarlo. Acerca y aleja con %1 y %2, y ajústalo todo a la ventana con %3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The timeline</source>
            <translation>La línea de tiempo</translation>
        </message>
        <message>
            <source>&lt;p&gt;One lane per process, time from left to right: when each process runs, waits and ends, and what it calls.&lt;/p&gt;&lt;p&gt;The slider under the canvas goes back in time: %1 and %2 move one event, %3 returns to the live run.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Un carril por proceso, con el tiempo de izquierda a derecha: cuándo se ejecuta, espera y termina cada proceso, y qué llamadas hace.&lt;/p&gt;&lt;p&gt;El control deslizante bajo el lienzo retrocede en el tiempo: %1 y %2 retroceden y avanzan un evento, %3 vuelve a la ejecución en vivo.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Step mode</source>
            <translation>Modo paso a paso</translation>
        </message>
        <message>
            <source>&lt;p&gt;With &lt;b&gt;Step Mode&lt;/b&gt; on (%1), a run stops every process before each call, and you decide who goes next.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Step&lt;/b&gt; (%2) lets the next process make its call; %3 lets the selected one go (or click a process). &lt;b&gt;Continue&lt;/b&gt; (%4) runs freely until &lt;b&gt;Pause&lt;/b&gt; (%5).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Con el &lt;b&gt;Modo paso a paso&lt;/b&gt; activado (%1), una ejecución detiene cada proceso antes de cada llamada y tú decides quién va a continuación.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Paso&lt;/b&gt; (%2) deja que el siguiente proceso haga su llamada; %3 deja avanzar al seleccionado (o haz clic en un proceso). &lt;b&gt;Continuar&lt;/b&gt; (%4) ejecuta libremente hasta &lt;b&gt;Pausar&lt;/b&gt; (%5).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The event log</source>
            <translation>El registro de eventos</translation>
        </message>
        <message>
            <source>&lt;p&gt;Every event of the run in words, in order: forks, reads, writes, signals, exits. Filter it by process, object or kind.&lt;/p&gt;&lt;p&gt;Select an event to see every view as it was at that moment.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Todos los eventos de la ejecución en palabras, en orden: forks, lecturas, escrituras, señales, terminaciones. Fíltralo por proceso, objeto o tipo.&lt;/p&gt;&lt;p&gt;Selecciona un evento para ver cada vista tal como estaba en ese momento.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Charts and measurements</source>
            <translation>Gráficos y mediciones</translation>
        </message>
        <message>
            <source>&lt;p&gt;The &lt;b&gt;Charts&lt;/b&gt; plot the run as it goes: bytes waiting in each pipe, semaphore values, processes alive and blocked.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Measure&lt;/b&gt; menu benchmarks pipes, FIFOs, sockets and shared memory on this computer, and runs a scenario many times to count how it ends.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Los &lt;b&gt;Gráficos&lt;/b&gt; representan la ejecución a medida que avanza: bytes que esperan en cada pipe, valores de los semáforos, procesos vivos y bloqueados.&lt;/p&gt;&lt;p&gt;El menú &lt;b&gt;Medir&lt;/b&gt; hace benchmarks de pipes, FIFOs, sockets y memoria compartida en este equipo, y ejecuta un escenario muchas veces para contar cómo termina.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;File › Export&lt;/b&gt; saves the run for slides and notes: pictures, tables, diagrams, a trace for Perfetto, or the scenario as a C program to compile.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Help&lt;/b&gt; menu has this tour, the keyboard shortcuts and the manual pages of the selected scenario.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Archivo › Exportar&lt;/b&gt; guarda la ejecución para diapositivas y apuntes: imágenes, tablas, diagramas, una traza para Perfetto o el escenario como programa en C para compilar.&lt;/p&gt;&lt;p&gt;El menú &lt;b&gt;Ayuda&lt;/b&gt; contiene esta visita guiada, los atajos de teclado y las páginas de manual del escenario seleccionado.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Previous page (Left)</source>
            <translation>Página anterior (Left)</translation>
        </message>
        <message>
            <source>Next page (Right)</source>
            <translation>Página siguiente (Right)</translation>
        </message>
        <message>
            <source>End the tour (Esc)</source>
            <translation>Termina la visita guiada (Esc)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
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
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Guided &amp;Tour</source>
            <translation>&amp;Visita guiada</translation>
        </message>
        <message>
            <source>A short walk through the window, one part at a time</source>
            <translation>Un breve recorrido por la ventana, parte por parte</translation>
        </message>
        <message>
            <source>&amp;Manual Pages for This Scenario</source>
            <translation>Páginas de &amp;manual de este escenario</translation>
        </message>
        <message>
            <source>The manual pages of the calls the selected scenario makes</source>
            <translation>Las páginas de manual de las llamadas que hace el escenario seleccionado</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>Every shortcut of the window, with what it does</source>
            <translation>Todos los atajos de la ventana, con lo que hace cada uno</translation>
        </message>
        <message>
            <source>&amp;About ipcviz</source>
            <translation>Acerca &amp;de ipcviz</translation>
        </message>
        <message>
            <source>The version, the engine in use and the Qt version</source>
            <translation>La versión, el motor en uso y la versión de Qt</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
        <message>
            <source>Show the manual page %1</source>
            <translation>Muestra la página de manual %1</translation>
        </message>
        <message>
            <source>No scenario is selected</source>
            <translation>No hay ningún escenario seleccionado</translation>
        </message>
        <message>
            <source>No manual pages are known for this scenario</source>
            <translation>No se conocen páginas de manual para este escenario</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Filter by key, command or description</source>
            <translation>Filtrar por tecla, orden o descripción</translation>
        </message>
        <message>
            <source>Filter the shortcuts</source>
            <translation>Filtrar los atajos</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Everywhere in the window</source>
            <translation>En toda la ventana</translation>
        </message>
        <message>
            <source>About ipcviz</source>
            <translation>Acerca de ipcviz</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ipcviz %1&lt;/h3&gt;&lt;p&gt;Multi-process programming made visible: ipcviz runs small scenarios as real Linux processes (fork, pipes, FIFOs, shared memory, semaphores, signals) and shows what they do as it happens.&lt;/p&gt;&lt;p&gt;Engine: %2&lt;br&gt;Qt: %3 (built with %4)&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ipcviz %1&lt;/h3&gt;&lt;p&gt;La programación multiproceso hecha visible: ipcviz ejecuta pequeños escenarios como procesos reales de Linux (fork, pipes, FIFOs, memoria compartida, semáforos, señales) y muestra lo que hacen mientras ocurre.&lt;/p&gt;&lt;p&gt;Motor: %2&lt;br&gt;Qt: %3 (compilado con %4)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>no encontrado</translation>
        </message>
    </context>
    <context>
        <name>ImageExporter</name>
        <message>
            <source>after event %1 (%2, %3) at %4</source>
            <translation>después del evento %1 (%2, %3) en %4</translation>
        </message>
        <message>
            <source>before the first event</source>
            <translation>antes del primer evento</translation>
        </message>
        <message>
            <source>Drawing a picture needs a QApplication (the offscreen platform will do).</source>
            <translation>Dibujar una imagen requiere una QApplication (basta con la plataforma offscreen).</translation>
        </message>
        <message>
            <source>A picture must be between 16x16 and 16384x16384 pixels, not %1x%2.</source>
            <translation>Una imagen debe medir entre 16x16 y 16384x16384 píxeles, no %1x%2.</translation>
        </message>
        <message>
            <source>The trace has no events, so there is no event %1.</source>
            <translation>La traza no tiene eventos, así que no existe el evento %1.</translation>
        </message>
        <message>
            <source>The trace has no event %1 (its events are %2 to %3).</source>
            <translation>La traza no tiene el evento %1 (sus eventos van del %2 al %3).</translation>
        </message>
        <message>
            <source>ipcviz: %1</source>
            <translation>ipcviz: %1</translation>
        </message>
        <message>
            <source>Could not start the SVG picture.</source>
            <translation>No se pudo iniciar la imagen SVG.</translation>
        </message>
        <message>
            <source>Could not write the PNG picture: %1</source>
            <translation>No se pudo escribir la imagen PNG: %1</translation>
        </message>
    </context>
    <context>
        <name>InspectorPane</name>
        <message numerus="yes">
            <source>… %n more byte(s)</source>
            <translation>
                <numerusform>… %n byte más</numerusform>
                <numerusform>… %n bytes más</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>lectura</translation>
        </message>
        <message>
            <source>write</source>
            <translation>escritura</translation>
        </message>
        <message>
            <source>read/write</source>
            <translation>lectura/escritura</translation>
        </message>
        <message>
            <source>unnamed pipe</source>
            <translation>pipe sin nombre</translation>
        </message>
        <message>
            <source>FIFO (named pipe)</source>
            <translation>FIFO (pipe con nombre)</translation>
        </message>
        <message>
            <source>regular file</source>
            <translation>archivo regular</translation>
        </message>
        <message>
            <source>POSIX shared memory object</source>
            <translation>objeto de memoria compartida POSIX</translation>
        </message>
        <message>
            <source>POSIX named semaphore</source>
            <translation>semáforo con nombre POSIX</translation>
        </message>
        <message>
            <source>memory mapping</source>
            <translation>mapeo de memoria</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Click a process or an object on the canvas or the timeline to see its details here.</source>
            <translation>Haz clic en un proceso o un objeto del lienzo o de la línea de tiempo para ver aquí sus detalles.</translation>
        </message>
        <message>
            <source>%1 does not exist yet at this point of the run.</source>
            <translation>%1 todavía no existe en este punto de la ejecución.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
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
            <translation>Hijos</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>the scenario interpreter (no exec yet)</source>
            <translation>el intérprete del escenario (aún sin exec)</translation>
        </message>
        <message>
            <source>Scenario line</source>
            <translation>Línea del escenario</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Siguiente paso</translation>
        </message>
        <message>
            <source>Written / read</source>
            <translation>Escrito / leído</translation>
        </message>
        <message>
            <source>File descriptors</source>
            <translation>Descriptores de archivo</translation>
        </message>
        <message>
            <source>None known besides 0, 1 and 2.</source>
            <translation>No se conoce ninguno aparte de 0, 1 y 2.</translation>
        </message>
        <message>
            <source>fd</source>
            <translation>fd</translation>
        </message>
        <message>
            <source>object</source>
            <translation>objeto</translation>
        </message>
        <message>
            <source>end / mode</source>
            <translation>extremo / modo</translation>
        </message>
        <message>
            <source>from</source>
            <translation>origen</translation>
        </message>
        <message>
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <source>inherited</source>
            <translation>heredado</translation>
        </message>
        <message>
            <source>opened here</source>
            <translation>abierto aquí</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Señales</translation>
        </message>
        <message>
            <source>signal</source>
            <translation>señal</translation>
        </message>
        <message>
            <source>disposition</source>
            <translation>acción</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>enviadas</translation>
        </message>
        <message>
            <source>received</source>
            <translation>recibidas</translation>
        </message>
        <message>
            <source>handled</source>
            <translation>manejadas</translation>
        </message>
        <message>
            <source>default</source>
            <translation>por defecto</translation>
        </message>
        <message>
            <source>Memory mappings</source>
            <translation>Mapeos de memoria</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Salida</translation>
        </message>
        <message>
            <source>Nothing printed yet.</source>
            <translation>Todavía no se ha impreso nada.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Kernel name</source>
            <translation>Nombre en el kernel</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Creado por</translation>
        </message>
        <message>
            <source>Unlinked</source>
            <translation>Nombre eliminado (unlink)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
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
            <translation>mapeado como %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>En poder de</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <source>Bytes in flight</source>
            <translation>Bytes en tránsito</translation>
        </message>
        <message>
            <source>Write ends</source>
            <translation>Extremos de escritura</translation>
        </message>
        <message>
            <source>Read ends</source>
            <translation>Extremos de lectura</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Tráfico</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Waiting in sem_wait()</source>
            <translation>Esperando en sem_wait()</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>Operaciones</translation>
        </message>
        <message>
            <source>%1 in %2 / %3 in %4</source>
            <comment>bytes in writes / bytes in reads</comment>
            <translation>%1 en %2 / %3 en %4</translation>
        </message>
        <message numerus="yes">
            <source>%n write(s)</source>
            <translation>
                <numerusform>%n escritura</numerusform>
                <numerusform>%n escrituras</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read(s)</source>
            <translation>
                <numerusform>%n lectura</numerusform>
                <numerusform>%n lecturas</numerusform>
            </translation>
        </message>
        <message>
            <source>Details of the selected process or object at the time cursor</source>
            <translation>Detalles del proceso u objeto seleccionado en el cursor de tiempo</translation>
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
                <numerusform>%n sem_wait completado</numerusform>
                <numerusform>%n sem_wait completados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguageManager</name>
        <message>
            <source>There is no translation for the language "%1"; the interface is in English. Available: %2.</source>
            <translation>No hay traducción para el idioma "%1"; la interfaz está en inglés. Disponibles: %2.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>&amp;Measure</source>
            <translation>&amp;Medir</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Gráficos</translation>
        </message>
        <message>
            <source>IPC &amp;Benchmark…</source>
            <translation>&amp;Benchmark de IPC…</translation>
        </message>
        <message>
            <source>Measure latency and throughput of pipes, FIFOs, sockets and shared memory on this machine</source>
            <translation>Mide la latencia y la tasa de transferencia de pipes, FIFOs, sockets y memoria compartida en esta máquina</translation>
        </message>
        <message>
            <source>Run N &amp;Times…</source>
            <translation>Ejecutar N &amp;veces…</translation>
        </message>
        <message>
            <source>Run the current scenario many times, predict and count the outcomes</source>
            <translation>Ejecuta el escenario actual muchas veces, predice y cuenta los resultados</translation>
        </message>
        <message>
            <source>ipcviz: multi-process programming made visible</source>
            <translation>ipcviz: la programación multiproceso hecha visible</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Línea de tiempo</translation>
        </message>
        <message>
            <source>Event Log</source>
            <translation>Registro de eventos</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>Consola</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Ejecutar</translation>
        </message>
        <message>
            <source>S&amp;peed</source>
            <translation>&amp;Velocidad</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>How fast the processes run: each waits this long before each step (Ctrl+1 … Ctrl+4)</source>
            <translation>Velocidad de los procesos: cada uno espera este tiempo antes de cada paso (Ctrl+1 … Ctrl+4)</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Files and View</source>
            <translation>Archivos y vista</translation>
        </message>
        <message>
            <source>Run status</source>
            <translation>Estado de la ejecución</translation>
        </message>
        <message>
            <source>The scenario library could not be loaded: %1</source>
            <translation>No se pudo cargar la biblioteca de escenarios: %1</translation>
        </message>
        <message>
            <source>Try Again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>There is no built-in scenario "%1" and no file by that name. Pick one in the Scenarios panel, or open a scenario file with Ctrl+O.</source>
            <translation>No existe ningún escenario integrado "%1" ni ningún archivo con ese nombre. Elige uno en el panel Escenarios o abre un archivo de escenario con Ctrl+O.</translation>
        </message>
        <message>
            <source>Scenario file: %1</source>
            <translation>Archivo de escenario: %1</translation>
        </message>
        <message>
            <source>Stepping works during a run in step mode (Ctrl+Shift+T, then Run).</source>
            <translation>El avance paso a paso funciona durante una ejecución en modo paso a paso (Ctrl+Shift+T y luego Ejecutar).</translation>
        </message>
        <message>
            <source>%1 is not waiting at its gate, so it cannot be stepped now.</source>
            <translation>%1 no está esperando en su compuerta, así que ahora no puede avanzar.</translation>
        </message>
        <message>
            <source>There is no process %1 in this run.</source>
            <translation>No hay ningún proceso %1 en esta ejecución.</translation>
        </message>
        <message>
            <source>Select a process first (click it on the canvas), then press S.</source>
            <translation>Primero selecciona un proceso (haz clic en él en el lienzo) y luego pulsa S.</translation>
        </message>
        <message>
            <source>Open Scenario File</source>
            <translation>Abrir archivo de escenario</translation>
        </message>
        <message>
            <source>ipcviz scenarios (*.ipcv);;All files (*)</source>
            <translation>Escenarios de ipcviz (*.ipcv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Open Trace</source>
            <translation>Abrir traza</translation>
        </message>
        <message>
            <source>ipcviz traces (*.ndjson *.jsonl *.trace);;All files (*)</source>
            <translation>Trazas de ipcviz (*.ndjson *.jsonl *.trace);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Save Trace</source>
            <translation>Guardar traza</translation>
        </message>
        <message>
            <source>ipcviz traces (*.ndjson);;All files (*)</source>
            <translation>Trazas de ipcviz (*.ndjson);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Save Schedule</source>
            <translation>Guardar planificación</translation>
        </message>
        <message>
            <source>Load Schedule</source>
            <translation>Cargar planificación</translation>
        </message>
        <message>
            <source>Show or hide the charts of the run</source>
            <translation>Muestra u oculta los gráficos de la ejecución</translation>
        </message>
        <message>
            <source>What the run is doing, and how many events it has made</source>
            <translation>Qué está haciendo la ejecución y cuántos eventos ha generado</translation>
        </message>
    </context>
    <context>
        <name>ManPageDialog</name>
        <message>
            <source>%1: Manual Page</source>
            <translation>%1: página de manual</translation>
        </message>
        <message>
            <source>Reading the manual page %1…</source>
            <translation>Leyendo la página de manual %1…</translation>
        </message>
        <message>
            <source>Manual page %1</source>
            <translation>Página de manual %1</translation>
        </message>
        <message>
            <source>Find in the page (Ctrl+F)</source>
            <translation>Buscar en la página (Ctrl+F)</translation>
        </message>
        <message>
            <source>Find in the manual page</source>
            <translation>Buscar en la página de manual</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Open the Online Copy</source>
            <translation>Abrir la copia en línea</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>&lt;p&gt;The online copy is at &lt;a href="%1"&gt;%1&lt;/a&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La copia en línea está en &lt;a href="%1"&gt;%1&lt;/a&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The manual page &lt;b&gt;%1&lt;/b&gt; is not installed on this computer.&lt;/p&gt;&lt;p&gt;On Debian or Ubuntu it comes with the package &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;&lt;pre&gt;sudo apt install %2&lt;/pre&gt;</source>
            <translation>&lt;p&gt;La página de manual &lt;b&gt;%1&lt;/b&gt; no está instalada en este equipo.&lt;/p&gt;&lt;p&gt;En Debian o Ubuntu viene en el paquete &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;&lt;pre&gt;sudo apt install %2&lt;/pre&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The &lt;b&gt;man&lt;/b&gt; program is not installed, so %1 cannot be shown here.&lt;/p&gt;&lt;p&gt;On Debian or Ubuntu, install man-db (the man program) and %2 (the pages):&lt;/p&gt;&lt;pre&gt;sudo apt install man-db %2&lt;/pre&gt;</source>
            <translation>&lt;p&gt;El programa &lt;b&gt;man&lt;/b&gt; no está instalado, así que %1 no se puede mostrar aquí.&lt;/p&gt;&lt;p&gt;En Debian o Ubuntu, instala man-db (el programa man) y %2 (las páginas):&lt;/p&gt;&lt;pre&gt;sudo apt install man-db %2&lt;/pre&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man took too long to show %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;man tardó demasiado en mostrar %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man could not show %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;man no pudo mostrar %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;man could not show %1: %2&lt;/p&gt;</source>
            <translation>&lt;p&gt;man no pudo mostrar %1: %2&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n coincidencia</numerusform>
                <numerusform>%n coincidencias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemoryItem</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, first %2 shown</source>
            <translation>%1, se muestran los primeros %2</translation>
        </message>
        <message>
            <source>mapped by: %1</source>
            <translation>mapeado por: %1</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
    </context>
    <context>
        <name>MermaidExporter</name>
        <message>
            <source>run ended: %1</source>
            <translation>la ejecución terminó: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n more message(s) left out; the trace has them all</source>
            <translation>
                <numerusform>se omitió %n mensaje más; la traza los tiene todos</numerusform>
                <numerusform>se omitieron %n mensajes más; la traza los tiene todos</numerusform>
            </translation>
        </message>
        <message>
            <source>killed by %1</source>
            <translation>terminado por %1</translation>
        </message>
        <message>
            <source>exec failed: %1</source>
            <translation>exec falló: %1</translation>
        </message>
        <message>
            <source>wait() failed: %1</source>
            <translation>wait() falló: %1</translation>
        </message>
        <message>
            <source>zombie: ended, not yet waited for</source>
            <translation>zombie: terminó, pero nadie ha hecho wait todavía</translation>
        </message>
        <message>
            <source>reaped by the engine</source>
            <translation>recogido por el motor</translation>
        </message>
        <message>
            <source> (value %1)</source>
            <translation> (valor %1)</translation>
        </message>
        <message>
            <source>write failed: %1</source>
            <translation>write falló: %1</translation>
        </message>
        <message>
            <source> at offset %1</source>
            <translation> en el desplazamiento %1</translation>
        </message>
        <message>
            <source>read failed: %1</source>
            <translation>read falló: %1</translation>
        </message>
        <message>
            <source>read = 0 (end of file)</source>
            <translation>read = 0 (fin de archivo)</translation>
        </message>
        <message>
            <source>sem_post, value %1</source>
            <translation>sem_post, valor %1</translation>
        </message>
        <message>
            <source>sem_wait returned, value %1</source>
            <translation>sem_wait retornó, valor %1</translation>
        </message>
        <message>
            <source> (from the user)</source>
            <translation> (del usuario)</translation>
        </message>
        <message>
            <source>kill %1 failed: %2</source>
            <translation>kill %1 falló: %2</translation>
        </message>
        <message>
            <source>%1 handler ran (%2 so far)</source>
            <translation>se ejecutó el manejador de %1 (%2 veces hasta ahora)</translation>
        </message>
        <message>
            <source>deadlock: every live process is blocked</source>
            <translation>deadlock: todos los procesos vivos están bloqueados</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Do what the message suggests</source>
            <translation>Hace lo que sugiere el mensaje</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Cierra este mensaje</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>Cerrar mensaje</translation>
        </message>
    </context>
    <context>
        <name>OutcomeRunner</name>
        <message>
            <source>(run %1)</source>
            <translation>(ejecución %1)</translation>
        </message>
        <message>
            <source>ended without a status</source>
            <translation>terminó sin estado</translation>
        </message>
        <message>
            <source>(no number printed)</source>
            <translation>(no imprimió ningún número)</translation>
        </message>
        <message>
            <source>(nothing printed)</source>
            <translation>(no imprimió nada)</translation>
        </message>
        <message>
            <source>Cannot start the engine %1: %2</source>
            <translation>No se puede iniciar el motor %1: %2</translation>
        </message>
        <message>
            <source>(no process got a semaphore)</source>
            <translation>(ningún proceso obtuvo un semáforo)</translation>
        </message>
        <message numerus="yes">
            <source>%n process(es): %1</source>
            <translation>
                <numerusform>%n proceso: %1</numerusform>
                <numerusform>%n procesos: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutcomeView</name>
        <message>
            <source>Predict, then run</source>
            <translation>Predice y luego ejecuta</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Run N times</source>
            <translation>Ejecutar N veces</translation>
        </message>
        <message>
            <source>What the run printed</source>
            <translation>Lo que imprimió la ejecución</translation>
        </message>
        <message>
            <source>The first number printed</source>
            <translation>El primer número impreso</translation>
        </message>
        <message>
            <source>e.g. 2000, or &lt; 2000</source>
            <translation>p. ej. 2000, o &lt; 2000</translation>
        </message>
        <message>
            <source>Before running, write what you expect: an outcome, or for numbers a comparison such as "&lt; 2000". Leave empty to just count.</source>
            <translation>Antes de ejecutar, escribe lo que esperas: un resultado o, para números, una comparación como "&lt; 2000". Déjalo vacío para solo contar.</translation>
        </message>
        <message numerus="yes">
            <source>Cancelled after %n run(s).</source>
            <translation>
                <numerusform>Cancelado tras %n ejecución.</numerusform>
                <numerusform>Cancelado tras %n ejecuciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a scenario first.</source>
            <translation>Primero selecciona un escenario.</translation>
        </message>
        <message>
            <source>Running %1…</source>
            <translation>Ejecutando %1…</translation>
        </message>
        <message>
            <source>Your prediction: %1</source>
            <translation>Tu predicción: %1</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>runs</source>
            <translation>ejecuciones</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>resultado</translation>
        </message>
        <message>
            <source>%1 of %2: %3.</source>
            <translation>%1 de %2: %3.</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n ejecución</numerusform>
                <numerusform>%n ejecuciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n distinct outcome(s)</source>
            <translation>
                <numerusform>%n resultado distinto</numerusform>
                <numerusform>%n resultados distintos</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Runs:</source>
            <translation>&amp;Ejecuciones:</translation>
        </message>
        <message>
            <source>How many times to run the scenario</source>
            <translation>Cuántas veces ejecutar el escenario</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Resultado:</translation>
        </message>
        <message>
            <source>What counts as the outcome of one run</source>
            <translation>Qué cuenta como resultado de una ejecución</translation>
        </message>
        <message>
            <source>Your &amp;prediction:</source>
            <translation>Tu &amp;predicción:</translation>
        </message>
        <message>
            <source>Run the selected scenario this many times and count how often each outcome happens</source>
            <translation>Ejecuta el escenario seleccionado este número de veces y cuenta cuántas veces se da cada resultado</translation>
        </message>
        <message>
            <source>Stop after the run that is going on</source>
            <translation>Se detiene después de la ejecución en curso</translation>
        </message>
        <message>
            <source>Runs done</source>
            <translation>Ejecuciones completadas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>How the prediction did</source>
            <translation>Cómo resultó la predicción</translation>
        </message>
        <message>
            <source>Outcomes chart</source>
            <translation>Gráfico de resultados</translation>
        </message>
        <message>
            <source>How many runs ended with each outcome</source>
            <translation>Cuántas ejecuciones terminaron con cada resultado</translation>
        </message>
        <message numerus="yes">
            <source>Your prediction "%1" held in %2 of %n run(s) (%3 %).</source>
            <translation>
                <numerusform>Tu predicción "%1" se cumplió en %2 de %n ejecución (%3 %).</numerusform>
                <numerusform>Tu predicción "%1" se cumplió en %2 de %n ejecuciones (%3 %).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Outcomes of %1 (%2 of %n run(s))</source>
            <translation>
                <numerusform>Resultados de %1 (%2 de %n ejecución)</numerusform>
                <numerusform>Resultados de %1 (%2 de %n ejecuciones)</numerusform>
            </translation>
        </message>
        <message>
            <source>Which process got a semaphore first</source>
            <translation>Qué proceso obtuvo primero un semáforo</translation>
        </message>
        <message>
            <source>The process tree</source>
            <translation>El árbol de procesos</translation>
        </message>
    </context>
    <context>
        <name>ParameterEditor</name>
        <message>
            <source>This scenario has no parameters.</source>
            <translation>Este escenario no tiene parámetros.</translation>
        </message>
        <message>
            <source>&amp;Defaults</source>
            <translation>&amp;Valores por defecto</translation>
        </message>
        <message>
            <source>Put every parameter back to the scenario's default</source>
            <translation>Devuelve cada parámetro al valor por defecto del escenario</translation>
        </message>
        <message>
            <source>Scenario parameters</source>
            <translation>Parámetros del escenario</translation>
        </message>
        <message>
            <source>Reset the parameters to their defaults</source>
            <translation>Devuelve los parámetros a sus valores por defecto</translation>
        </message>
    </context>
    <context>
        <name>PipeItem</name>
        <message numerus="yes">
            <source>%n byte(s) in flight</source>
            <translation>
                <numerusform>%n byte en tránsito</numerusform>
                <numerusform>%n bytes en tránsito</numerusform>
            </translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <source>write: %1</source>
            <translation>escritura: %1</translation>
        </message>
        <message>
            <source>read: %1</source>
            <translation>lectura: %1</translation>
        </message>
    </context>
    <context>
        <name>PresenterMode</name>
        <message>
            <source>Blank screen</source>
            <translation>Pantalla en negro</translation>
        </message>
        <message>
            <source>&amp;Presenter Mode</source>
            <translation>Modo &amp;presentación</translation>
        </message>
        <message>
            <source>Full screen, large text, high contrast and only the panels the audience needs; Page Down steps, B blanks the screen</source>
            <translation>Pantalla completa, texto grande, alto contraste y solo los paneles que necesita el público; Page Down avanza un paso, B pone la pantalla en negro</translation>
        </message>
        <message>
            <source>Present to a lecture hall (F5; Esc leaves)</source>
            <translation>Presenta en un aula (F5; Esc para salir)</translation>
        </message>
        <message>
            <source>Leave Presenter Mode</source>
            <translation>Salir del modo presentación</translation>
        </message>
        <message>
            <source>Presenter mode: back to the usual window</source>
            <translation>Modo presentación: vuelve a la ventana habitual</translation>
        </message>
        <message>
            <source>Next Step</source>
            <translation>Siguiente paso</translation>
        </message>
        <message>
            <source>Presenter mode: release the next step in step mode, else show the next event</source>
            <translation>Modo presentación: libera el siguiente paso en modo paso a paso; si no, muestra el evento siguiente</translation>
        </message>
        <message>
            <source>Previous Event</source>
            <translation>Evento anterior</translation>
        </message>
        <message>
            <source>Presenter mode: show the state one event earlier</source>
            <translation>Modo presentación: muestra el estado un evento antes</translation>
        </message>
        <message>
            <source>First Event</source>
            <translation>Primer evento</translation>
        </message>
        <message>
            <source>Presenter mode: go back to the start of the run</source>
            <translation>Modo presentación: vuelve al inicio de la ejecución</translation>
        </message>
        <message>
            <source>Blank the Screen</source>
            <translation>Poner la pantalla en negro</translation>
        </message>
        <message>
            <source>Presenter mode: black screen; any key or click brings the picture back</source>
            <translation>Modo presentación: pantalla en negro; cualquier tecla o clic devuelve la imagen</translation>
        </message>
        <message>
            <source>Zoom In</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Presenter mode: zoom in on the canvas</source>
            <translation>Modo presentación: acerca el lienzo</translation>
        </message>
        <message>
            <source>Zoom Out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Presenter mode: zoom out of the canvas</source>
            <translation>Modo presentación: aleja el lienzo</translation>
        </message>
        <message>
            <source>Fit All</source>
            <translation>Ajustar todo</translation>
        </message>
        <message>
            <source>Presenter mode: show the whole drawing</source>
            <translation>Modo presentación: muestra el dibujo completo</translation>
        </message>
    </context>
    <context>
        <name>ProcessDescriber</name>
        <message>
            <source>killed by %1</source>
            <translation>terminado por %1</translation>
        </message>
        <message>
            <source>code %1</source>
            <translation>código %1</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en ejecución</translation>
        </message>
        <message>
            <source>ready at gate</source>
            <translation>listo en la compuerta</translation>
        </message>
        <message>
            <source>ready: %1</source>
            <translation>listo: %1</translation>
        </message>
        <message>
            <source>sleeping</source>
            <translation>durmiendo</translation>
        </message>
        <message>
            <source>waiting in pause()</source>
            <translation>esperando en pause()</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>bloqueado</translation>
        </message>
        <message>
            <source>blocked in %1()</source>
            <translation>bloqueado en %1()</translation>
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
            <translation>terminado</translation>
        </message>
        <message>
            <source>exited (%1)</source>
            <translation>terminado (%1)</translation>
        </message>
        <message>
            <source>reaped</source>
            <translation>recogido</translation>
        </message>
        <message>
            <source>reaped (%1)</source>
            <translation>recogido (%1)</translation>
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
            <translation>Deadlock: todos los procesos vivos estaban bloqueados en una llamada que nada podía completar. %1 Mira las etiquetas rojas "bloqueado en" para ver quién esperaba qué.</translation>
        </message>
        <message>
            <source>The run took longer than its time limit and was stopped. %1</source>
            <translation>La ejecución superó su tiempo límite y se detuvo. %1</translation>
        </message>
        <message>
            <source>The engine could not run the scenario to its end: %1</source>
            <translation>El motor no pudo ejecutar el escenario hasta el final: %1</translation>
        </message>
        <message>
            <source>Something survived the run despite cleanup (see the end record in the event log). Please report this as a bug.</source>
            <translation>Algo sobrevivió a la ejecución pese a la limpieza (consulta el registro end en el registro de eventos). Por favor, infórmalo como un error.</translation>
        </message>
        <message>
            <source>The engine wrote a line that is not a valid event (%1). It was skipped and the run goes on.</source>
            <translation>El motor escribió una línea que no es un evento válido (%1). Se omitió y la ejecución continúa.</translation>
        </message>
        <message>
            <source>Could not open the trace %1: %2</source>
            <translation>No se pudo abrir la traza %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>The trace %1 is damaged: %n line(s) were skipped (first: %2). The rest is shown.</source>
            <translation>
                <numerusform>La traza %1 está dañada: se omitió %n línea (%2). Se muestra el resto.</numerusform>
                <numerusform>La traza %1 está dañada: se omitieron %n líneas (la primera: %2). Se muestra el resto.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is nothing to save yet: run a scenario first.</source>
            <translation>Todavía no hay nada que guardar: primero ejecuta un escenario.</translation>
        </message>
        <message>
            <source>Could not save the trace: %1</source>
            <translation>No se pudo guardar la traza: %1</translation>
        </message>
        <message>
            <source>Trace saved to %1</source>
            <translation>Traza guardada en %1</translation>
        </message>
        <message>
            <source>Could not read the schedule %1: there is no readable file there.</source>
            <translation>No se pudo leer la planificación %1: ahí no hay ningún archivo legible.</translation>
        </message>
        <message>
            <source>Pick a scenario first: a schedule replays a run of it.</source>
            <translation>Primero elige un escenario: una planificación repite una ejecución de ese escenario.</translation>
        </message>
        <message>
            <source>There is no interleaving to replay yet: run a scenario first.</source>
            <translation>Todavía no hay ningún entrelazado que repetir: primero ejecuta un escenario.</translation>
        </message>
        <message>
            <source>Could not create a temporary folder for the schedule: %1</source>
            <translation>No se pudo crear una carpeta temporal para la planificación: %1</translation>
        </message>
        <message>
            <source>Could not save this run's schedule: %1</source>
            <translation>No se pudo guardar la planificación de esta ejecución: %1</translation>
        </message>
        <message>
            <source>The run could not start: see the message above the canvas.</source>
            <translation>La ejecución no pudo empezar: mira el mensaje encima del lienzo.</translation>
        </message>
        <message>
            <source>Ready. Pick a scenario and press Run (Ctrl+R).</source>
            <translation>Listo. Elige un escenario y pulsa Ejecutar (Ctrl+R).</translation>
        </message>
        <message numerus="yes">
            <source>Running %1 step by step: %n event(s)</source>
            <translation>
                <numerusform>Ejecutando %1 paso a paso: %n evento</numerusform>
                <numerusform>Ejecutando %1 paso a paso: %n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Running %1: %n event(s)</source>
            <translation>
                <numerusform>Ejecutando %1: %n evento</numerusform>
                <numerusform>Ejecutando %1: %n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped by you: %n event(s)</source>
            <translation>
                <numerusform>Detenida por ti: %n evento</numerusform>
                <numerusform>Detenida por ti: %n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ended: %1, %n event(s)</source>
            <translation>
                <numerusform>Terminada: %1, %n evento</numerusform>
                <numerusform>Terminada: %1, %n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Trace without an end record: %n event(s)</source>
            <translation>
                <numerusform>Traza sin registro end: %n evento</numerusform>
                <numerusform>Traza sin registro end: %n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The run did not finish: %n event(s)</source>
            <translation>
                <numerusform>La ejecución no terminó: %n evento</numerusform>
                <numerusform>La ejecución no terminó: %n eventos</numerusform>
            </translation>
        </message>
        <message>
            <source>Replay of %1. %2</source>
            <translation>Reproducción de %1. %2</translation>
        </message>
        <message numerus="yes">
            <source>(%n damaged line(s) skipped)</source>
            <translation>
                <numerusform>(se omitió %n línea dañada)</numerusform>
                <numerusform>(se omitieron %n líneas dañadas)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <source>exec(): spawn another program</source>
            <translation>exec(): lanzar otro programa</translation>
        </message>
        <message>
            <source>The main process forks a child that calls execvp() to become ls, listing the root directory. exec() does not return when it succeeds: the next line of the child only runs if it failed. The parent does not wait and ends at once; the orphaned child is adopted and reaped by the engine.</source>
            <translation>El proceso principal crea con fork un hijo que llama a execvp() para convertirse en ls y listar el directorio raíz. exec() no retorna cuando tiene éxito: la siguiente línea del hijo solo se ejecuta si falló. El padre no espera y termina enseguida; el motor adopta y recoge al hijo huérfano.</translation>
        </message>
        <message>
            <source>After exec the child keeps its PID but runs another program.</source>
            <translation>Después de exec, el hijo conserva su PID pero ejecuta otro programa.</translation>
        </message>
        <message>
            <source>The parent may end before ls has printed anything.</source>
            <translation>El padre puede terminar antes de que ls haya impreso nada.</translation>
        </message>
        <message>
            <source>Set program to a name that does not exist to see exec fail.</source>
            <translation>Pon en program un nombre que no exista para ver cómo falla exec.</translation>
        </message>
        <message>
            <source>The program the child runs</source>
            <translation>El programa que ejecuta el hijo</translation>
        </message>
        <message>
            <source>fork(): one process becomes two</source>
            <translation>fork(): un proceso se convierte en dos</translation>
        </message>
        <message>
            <source>The main process prints its own PID and its parent's, then calls fork(). From then on two processes run the same program: the parent learns the child's PID from fork's return value, the child asks getpid(). The parent waits for its child so that nothing is left behind.</source>
            <translation>El proceso principal imprime su propio PID y el de su padre, y luego llama a fork(). A partir de ahí, dos procesos ejecutan el mismo programa: el padre conoce el PID del hijo por el valor de retorno de fork, el hijo se lo pregunta a getpid(). El padre espera a su hijo para que no quede nada pendiente.</translation>
        </message>
        <message>
            <source>fork() returns the child's PID in the parent and 0 in the child.</source>
            <translation>fork() devuelve el PID del hijo en el padre y 0 en el hijo.</translation>
        </message>
        <message>
            <source>The child's parent PID is the main process.</source>
            <translation>El PID del padre del hijo es el del proceso principal.</translation>
        </message>
        <message>
            <source>The two lines after the fork may come in either order.</source>
            <translation>Las dos líneas posteriores al fork pueden salir en cualquier orden.</translation>
        </message>
        <message>
            <source>Two processes, one terminal</source>
            <translation>Dos procesos, un terminal</translation>
        </message>
        <message>
            <source>After fork() the child writes five dots and the parent twelve bars, one character at a time with a short pause after each. Nothing orders the two processes, so their characters mix in an order that changes from run to run. The parent waits for its child only at the very end.</source>
            <translation>Tras fork(), el hijo escribe cinco puntos y el padre doce barras, un carácter cada vez con una breve pausa después de cada uno. Nada ordena los dos procesos, así que sus caracteres se mezclan en un orden que cambia de una ejecución a otra. El padre espera a su hijo solo al final del todo.</translation>
        </message>
        <message>
            <source>The dots and the bars interleave differently in every run.</source>
            <translation>Los puntos y las barras se entrelazan de forma distinta en cada ejecución.</translation>
        </message>
        <message>
            <source>Each character is its own write: the scheduler can switch between any two.</source>
            <translation>Cada carácter es un write propio: el planificador puede cambiar de proceso entre dos cualesquiera.</translation>
        </message>
        <message>
            <source>Pause after each character, in microseconds</source>
            <translation>Pausa después de cada carácter, en microsegundos</translation>
        </message>
        <message>
            <source>A tree of processes</source>
            <translation>Un árbol de procesos</translation>
        </message>
        <message>
            <source>The main process forks width children; each child reports, then forks width children of its own, down to depth levels below main. Every process waits for its own children before it exits. The tree has 1 + width + width^2 + ... + width^depth processes; depth 3 and width 8 make 585 (run it with --max-procs 1024).</source>
            <translation>El proceso principal crea con fork width hijos; cada hijo informa y luego crea width hijos propios, hasta depth niveles por debajo de main. Cada proceso espera a sus propios hijos antes de terminar. El árbol tiene 1 + width + width^2 + ... + width^depth procesos; con depth 3 y width 8 son 585 (ejecútalo con --max-procs 1024).</translation>
        </message>
        <message>
            <source>Labels give each process's place in the tree: main.2.1 is the first child of main's second child.</source>
            <translation>Las etiquetas indican el lugar de cada proceso en el árbol: main.2.1 es el primer hijo del segundo hijo de main.</translation>
        </message>
        <message>
            <source>A parent exits only after all of its children: the tree collapses from the leaves up.</source>
            <translation>Un padre termina solo después de todos sus hijos: el árbol se deshace desde las hojas hacia arriba.</translation>
        </message>
        <message>
            <source>Levels of children below main</source>
            <translation>Niveles de hijos por debajo de main</translation>
        </message>
        <message>
            <source>Children of each process</source>
            <translation>Hijos de cada proceso</translation>
        </message>
        <message>
            <source>wait(): the parent goes second</source>
            <translation>wait(): el padre va segundo</translation>
        </message>
        <message>
            <source>The same two writers as in the interleaving example, but the parent calls wait() before it writes anything. wait() blocks until the child has ended, so all five dots come before the twelve bars, in every run.</source>
            <translation>Los mismos dos escritores que en el ejemplo del entrelazado, pero el padre llama a wait() antes de escribir nada. wait() se bloquea hasta que el hijo ha terminado, así que los cinco puntos salen antes de las doce barras, en todas las ejecuciones.</translation>
        </message>
        <message>
            <source>The parent is blocked in wait() while the child writes.</source>
            <translation>El padre está bloqueado en wait() mientras el hijo escribe.</translation>
        </message>
        <message>
            <source>wait() returns when the child has exited and reaps it.</source>
            <translation>wait() retorna cuando el hijo ha terminado, y lo recoge.</translation>
        </message>
        <message>
            <source>Orphan: the parent exits first</source>
            <translation>Huérfano: el padre termina primero</translation>
        </message>
        <message>
            <source>The parent forks a child and exits at once without waiting. The child, still running, becomes an orphan: the kernel gives it a new parent, the nearest subreaper, here the ipcviz engine (on a plain system, init or systemd). getppid() in the child changes, and the new parent reaps it when it ends.</source>
            <translation>El padre crea un hijo con fork y termina enseguida sin esperar. El hijo, todavía en ejecución, se queda huérfano: el kernel le asigna un nuevo padre, el subreaper más cercano, aquí el motor de ipcviz (en un sistema normal, init o systemd). getppid() cambia en el hijo, y el nuevo padre lo recoge cuando termina.</translation>
        </message>
        <message>
            <source>The child's parent PID changes to the engine's PID (proc.state with old_ppid).</source>
            <translation>El PID del padre del hijo pasa a ser el PID del motor (proc.state con old_ppid).</translation>
        </message>
        <message>
            <source>The orphan is reaped by the engine, not by its original parent.</source>
            <translation>Al huérfano lo recoge el motor, no su padre original.</translation>
        </message>
        <message>
            <source>How long the child lives after its parent is gone, in milliseconds</source>
            <translation>Cuánto vive el hijo después de que su padre desaparezca, en milisegundos</translation>
        </message>
        <message>
            <source>Zombie: exited but not yet reaped</source>
            <translation>Zombie: terminado pero aún no recogido</translation>
        </message>
        <message>
            <source>The child prints a line and exits at once. The parent sleeps without calling wait(), so the kernel keeps the dead child's PID and exit status: the child is a zombie. When the parent finally waits, it collects the status and the zombie disappears.</source>
            <translation>El hijo imprime una línea y termina enseguida. El padre duerme sin llamar a wait(), así que el kernel conserva el PID y el estado de salida del hijo muerto: el hijo es un zombie. Cuando el padre por fin hace wait, recoge el estado y el zombie desaparece.</translation>
        </message>
        <message>
            <source>The child turns into a zombie (state Z) as soon as it exits.</source>
            <translation>El hijo se convierte en zombie (estado Z) en cuanto termina.</translation>
        </message>
        <message>
            <source>wait() removes the zombie and returns its exit status.</source>
            <translation>wait() elimina el zombie y devuelve su estado de salida.</translation>
        </message>
        <message>
            <source>How long the parent leaves its child a zombie, in seconds</source>
            <translation>Cuánto tiempo deja el padre a su hijo como zombie, en segundos</translation>
        </message>
        <message>
            <source>Reaping children from a SIGCHLD handler</source>
            <translation>Recoger hijos desde un manejador de SIGCHLD</translation>
        </message>
        <message>
            <source>The parent installs a SIGCHLD handler that calls waitpid(-1, &amp;status, WNOHANG) in a loop until no ended child is left, then forks three children that live for different times and goes on with its own work. Each child is reaped by the handler the moment it ends, so none stays a zombie, and the parent never blocks in wait().</source>
            <translation>El padre instala un manejador de SIGCHLD que llama a waitpid(-1, &amp;status, WNOHANG) en un bucle hasta que no queda ningún hijo terminado; luego crea con fork tres hijos que viven tiempos distintos y sigue con su propio trabajo. El manejador recoge a cada hijo en el momento en que termina, así que ninguno se queda zombie, y el padre nunca se bloquea en wait().</translation>
        </message>
        <message>
            <source>Each child's exit is reported by the parent's handler (reaper: main), not by a wait statement.</source>
            <translation>El final de cada hijo lo notifica el manejador del padre (reaper: main), no una sentencia wait.</translation>
        </message>
        <message>
            <source>The handler loops: two children ending together may give only one SIGCHLD.</source>
            <translation>El manejador usa un bucle: dos hijos que terminan a la vez pueden producir un solo SIGCHLD.</translation>
        </message>
        <message>
            <source>No zombie (state Z) lingers: the handler runs as soon as the child ends.</source>
            <translation>No queda ningún zombie (estado Z): el manejador se ejecuta en cuanto el hijo termina.</translation>
        </message>
        <message>
            <source>How long the parent keeps working (it must outlive its children)</source>
            <translation>Cuánto tiempo sigue trabajando el padre (debe sobrevivir a sus hijos)</translation>
        </message>
        <message>
            <source>Signals: counting SIGUSR1</source>
            <translation>Señales: contar SIGUSR1</translation>
        </message>
        <message>
            <source>The main process installs a handler for SIGUSR1 that only counts, then forks a child that sends it SIGUSR1 a few times. The main process waits for the child, lingers so that you can send more signals yourself, and prints how many times the handler ran.</source>
            <translation>El proceso principal instala un manejador de SIGUSR1 que solo cuenta, y luego crea con fork un hijo que le envía SIGUSR1 unas cuantas veces. El proceso principal espera al hijo, se queda un rato más para que puedas enviarle tú más señales, e imprime cuántas veces se ejecutó el manejador.</translation>
        </message>
        <message>
            <source>Each kill() interrupts the main process to run its handler.</source>
            <translation>Cada kill() interrumpe al proceso principal para ejecutar su manejador.</translation>
        </message>
        <message>
            <source>The handler runs even while main is blocked in wait().</source>
            <translation>El manejador se ejecuta incluso mientras main está bloqueado en wait().</translation>
        </message>
        <message>
            <source>Send SIGUSR1 yourself while main lingers (set linger_s).</source>
            <translation>Envía tú mismo SIGUSR1 mientras main sigue esperando (ajusta linger_s).</translation>
        </message>
        <message>
            <source>How many SIGUSR1 the child sends</source>
            <translation>Cuántas SIGUSR1 envía el hijo</translation>
        </message>
        <message>
            <source>Seconds main waits before it prints the count</source>
            <translation>Segundos que espera main antes de imprimir la cuenta</translation>
        </message>
        <message>
            <source>Unnamed pipe: parent to child</source>
            <translation>Pipe sin nombre: del padre al hijo</translation>
        </message>
        <message>
            <source>The parent creates a pipe, forks, and writes a message into it a few times; the child reads until end of file.</source>
            <translation>El padre crea un pipe, hace fork y escribe un mensaje en él varias veces; el hijo lee hasta el fin de archivo.</translation>
        </message>
        <message>
            <source>Each side closes the end it does not use.</source>
            <translation>Cada lado cierra el extremo que no usa.</translation>
        </message>
        <message>
            <source>The child sees end of file only when every write end is closed.</source>
            <translation>El hijo solo ve el fin de archivo cuando todos los extremos de escritura están cerrados.</translation>
        </message>
        <message>
            <source>How many messages the parent sends</source>
            <translation>Cuántos mensajes envía el padre</translation>
        </message>
        <message>
            <source>Pause between two messages, in milliseconds</source>
            <translation>Pausa entre dos mensajes, en milisegundos</translation>
        </message>
        <message>
            <source>The text of each message</source>
            <translation>El texto de cada mensaje</translation>
        </message>
        <message>
            <source>Pipe round trips, as fast as possible</source>
            <translation>Idas y vueltas por pipes, lo más rápido posible</translation>
        </message>
        <message>
            <source>The parent sends a message of a few bytes through one pipe, the child sends it back through another, rounds times, with no pause: each round trip costs two writes, two reads and two context switches. Raise rounds to see how many round trips per second the kernel manages.</source>
            <translation>El padre envía un mensaje de pocos bytes por un pipe y el hijo lo devuelve por otro, rounds veces, sin pausa: cada ida y vuelta cuesta dos write, dos read y dos cambios de contexto. Sube rounds para ver cuántas idas y vueltas por segundo consigue el kernel.</translation>
        </message>
        <message>
            <source>Each process blocks in read() until the other has written: the two strictly alternate.</source>
            <translation>Cada proceso se bloquea en read() hasta que el otro ha escrito: los dos se alternan estrictamente.</translation>
        </message>
        <message>
            <source>The timeline shows the cost of one round trip: a few microseconds.</source>
            <translation>La línea de tiempo muestra el coste de una ida y vuelta: unos pocos microsegundos.</translation>
        </message>
        <message>
            <source>How many round trips</source>
            <translation>Cuántas idas y vueltas</translation>
        </message>
        <message>
            <source>Size of the message in bytes (at most PIPE_BUF, so each write is atomic)</source>
            <translation>Tamaño del mensaje en bytes (como máximo PIPE_BUF, para que cada write sea atómico)</translation>
        </message>
        <message>
            <source>FIFO: messages from the shell</source>
            <translation>FIFO: mensajes desde la shell</translation>
        </message>
        <message>
            <source>The reader creates a named pipe and opens it for reading and writing, so that it never sees end of file, then reads until a '#' arrives. An unrelated writer runs four shell commands one after the other, each echoing a line into the FIFO by its path, exactly as you would type them in a terminal.</source>
            <translation>El lector crea un pipe con nombre y lo abre para lectura y escritura, para no ver nunca el fin de archivo, y luego lee hasta que llega un '#'. Un escritor sin parentesco ejecuta cuatro órdenes de shell una tras otra; cada una escribe con echo una línea en el FIFO a través de su ruta, exactamente como las escribirías en un terminal.</translation>
        </message>
        <message>
            <source>Each echo is a separate process that opens, writes and closes the FIFO.</source>
            <translation>Cada echo es un proceso distinto que abre el FIFO, escribe en él y lo cierra.</translation>
        </message>
        <message>
            <source>The reader keeps the FIFO open for writing too, so it does not see end of file between two echoes.</source>
            <translation>El lector mantiene el FIFO abierto también para escritura, así que no ve el fin de archivo entre dos echo.</translation>
        </message>
        <message>
            <source>The '#' line ends the conversation.</source>
            <translation>La línea '#' termina la conversación.</translation>
        </message>
        <message>
            <source>FIFO: sending a record</source>
            <translation>FIFO: enviar un registro</translation>
        </message>
        <message>
            <source>The writer creates a named pipe, opens it for reading and writing, and writes one record of 14 bytes: a name padded to 10 bytes and a 4-byte little-endian integer (John, 23). The reader, an unrelated process started a little later, opens the FIFO by its path and reads the 14 bytes. The writer then closes and removes the FIFO.</source>
            <translation>El escritor crea un pipe con nombre, lo abre para lectura y escritura y escribe un registro de 14 bytes: un nombre rellenado hasta 10 bytes y un entero little-endian de 4 bytes (John, 23). El lector, un proceso sin parentesco que arranca un poco después, abre el FIFO por su ruta y lee los 14 bytes. Después, el escritor cierra y elimina el FIFO.</translation>
        </message>
        <message>
            <source>The FIFO is a file in the run directory: both processes find it by name.</source>
            <translation>El FIFO es un archivo en el directorio de la ejecución: ambos procesos lo encuentran por su nombre.</translation>
        </message>
        <message>
            <source>The bytes wait in the kernel until the reader reads them.</source>
            <translation>Los bytes esperan en el kernel hasta que el lector los lee.</translation>
        </message>
        <message>
            <source>The record is raw bytes: the name's padding and the integer are not text.</source>
            <translation>El registro son bytes en bruto: el relleno del nombre y el entero no son texto.</translation>
        </message>
        <message>
            <source>Memory-mapped file: a counter</source>
            <translation>Archivo mapeado en memoria: un contador</translation>
        </message>
        <message>
            <source>The process creates counter.bin holding the integer 41 (four bytes), maps the file into memory and increments the integer through the pointer, without calling read() or write() on the file. The change goes to the file itself.</source>
            <translation>El proceso crea counter.bin con el entero 41 (cuatro bytes), mapea el archivo en memoria e incrementa el entero a través del puntero, sin llamar a read() ni a write() sobre el archivo. El cambio llega al propio archivo.</translation>
        </message>
        <message>
            <source>After mmap, the file's bytes are ordinary memory.</source>
            <translation>Después de mmap, los bytes del archivo son memoria normal.</translation>
        </message>
        <message>
            <source>The increment is one memory access, not a system call.</source>
            <translation>El incremento es un acceso a memoria, no una llamada al sistema.</translation>
        </message>
        <message>
            <source>Shared memory: server and client</source>
            <translation>Memoria compartida: servidor y cliente</translation>
        </message>
        <message>
            <source>The server creates the shared memory object /AOS, sizes it to 4096 bytes, maps it and writes five words one after the other, then exits. The client, started a little later, opens the same object read-only, maps it, prints what it finds and removes the object.</source>
            <translation>El servidor crea el objeto de memoria compartida /AOS, le da un tamaño de 4096 bytes, lo mapea y escribe cinco palabras una tras otra; después termina. El cliente, que arranca un poco después, abre el mismo objeto en solo lectura, lo mapea, imprime lo que encuentra y elimina el objeto.</translation>
        </message>
        <message>
            <source>The object outlives the server: the client reads it after the server has exited.</source>
            <translation>El objeto sobrevive al servidor: el cliente lo lee después de que el servidor haya terminado.</translation>
        </message>
        <message>
            <source>No bytes travel through a system call: both map the same memory pages.</source>
            <translation>Ningún byte viaja a través de una llamada al sistema: ambos mapean las mismas páginas de memoria.</translation>
        </message>
        <message>
            <source>shm_unlink removes the name; nothing is left in /dev/shm.</source>
            <translation>shm_unlink elimina el nombre; no queda nada en /dev/shm.</translation>
        </message>
        <message>
            <source>Shared memory guarded by a semaphore</source>
            <translation>Memoria compartida protegida por un semáforo</translation>
        </message>
        <message>
            <source>The writer creates the shared memory object /shm_AOS and the named semaphore /sem_AOS with value 1. Holding the semaphore, it writes a record: the name John and, at offset 12, the integer 23. The reader, started a little later, opens both, takes the semaphore, reads the record, releases it, and removes both names.</source>
            <translation>El escritor crea el objeto de memoria compartida /shm_AOS y el semáforo con nombre /sem_AOS con valor 1. Con el semáforo tomado, escribe un registro: el nombre John y, en el desplazamiento 12, el entero 23. El lector, que arranca un poco después, abre ambos, toma el semáforo, lee el registro, lo libera y elimina ambos nombres.</translation>
        </message>
        <message>
            <source>sem_wait takes the value from 1 to 0; a second sem_wait would block until sem_post.</source>
            <translation>sem_wait lleva el valor de 1 a 0; un segundo sem_wait se bloquearía hasta un sem_post.</translation>
        </message>
        <message>
            <source>Only one process unlinks the names: the reader, which ends last.</source>
            <translation>Solo un proceso elimina los nombres con unlink: el lector, que es el último en terminar.</translation>
        </message>
        <message>
            <source>Dining philosophers: the deadlock</source>
            <translation>La cena de los filósofos: el deadlock</translation>
        </message>
        <message>
            <source>Five philosophers sit at a round table with one fork (a named semaphore of value 1) between each two. To eat, a philosopher takes the fork on the left, then the one on the right. Here each one takes the left fork and holds it a moment: then every fork is taken, everybody waits for the right fork that a neighbour holds, and nobody can ever go on. The engine sees five processes blocked in sem_wait and ends the run as a deadlock.</source>
            <translation>Cinco filósofos se sientan a una mesa redonda con un tenedor (un semáforo con nombre de valor 1) entre cada dos. Para comer, un filósofo toma el tenedor de su izquierda y luego el de su derecha. Aquí cada uno toma el tenedor izquierdo y lo retiene un momento: entonces todos los tenedores están ocupados, todos esperan el tenedor derecho que tiene un vecino, y nadie puede continuar jamás. El motor ve cinco procesos bloqueados en sem_wait y termina la ejecución como deadlock.</translation>
        </message>
        <message>
            <source>Every philosopher holds one fork (its semaphore is 0) and waits in sem_wait for the next: a circular wait.</source>
            <translation>Cada filósofo tiene un tenedor (su semáforo vale 0) y espera en sem_wait el siguiente: una espera circular.</translation>
        </message>
        <message>
            <source>The engine reports the deadlock with who waits on what; it then removes the semaphores nobody unlinked.</source>
            <translation>El motor informa del deadlock indicando quién espera qué; después elimina los semáforos a los que nadie hizo unlink.</translation>
        </message>
        <message>
            <source>dining-philosophers-ordered breaks the circle: one philosopher takes the forks in the other order.</source>
            <translation>dining-philosophers-ordered rompe el círculo: un filósofo toma los tenedores en el orden inverso.</translation>
        </message>
        <message>
            <source>How long each philosopher holds the first fork before reaching for the second</source>
            <translation>Cuánto tiempo retiene cada filósofo el primer tenedor antes de ir a por el segundo</translation>
        </message>
        <message>
            <source>How long a meal takes</source>
            <translation>Cuánto dura una comida</translation>
        </message>
        <message>
            <source>Dining philosophers: ordered forks, no deadlock</source>
            <translation>La cena de los filósofos: tenedores ordenados, sin deadlock</translation>
        </message>
        <message>
            <source>The same five philosophers and five semaphore forks, with one change: every philosopher takes the lower-numbered of its two forks first. Philosopher 4, whose left fork is 4 and right fork is 0, takes fork 0 first. The forks are acquired in one global order, so no circle of waits can form: philosophers sometimes wait, but all of them eat.</source>
            <translation>Los mismos cinco filósofos y cinco tenedores-semáforo, con un cambio: cada filósofo toma primero el tenedor de número más bajo de los dos. El filósofo 4, cuyo tenedor izquierdo es el 4 y el derecho el 0, toma primero el tenedor 0. Los tenedores se adquieren en un único orden global, así que no puede formarse un círculo de esperas: a veces los filósofos esperan, pero todos comen.</translation>
        </message>
        <message>
            <source>phil4 reaches for fork 0 first and competes with phil0; one of them waits, the circle is broken.</source>
            <translation>phil4 va primero a por el tenedor 0 y compite con phil0; uno de los dos espera y el círculo se rompe.</translation>
        </message>
        <message>
            <source>Resources taken in one global order can never deadlock.</source>
            <translation>Los recursos tomados en un único orden global nunca pueden provocar un deadlock.</translation>
        </message>
        <message>
            <source>How many times each philosopher eats</source>
            <translation>Cuántas veces come cada filósofo</translation>
        </message>
        <message>
            <source>Ping-pong over two pipes</source>
            <translation>Ping-pong con dos pipes</translation>
        </message>
        <message>
            <source>A pipe carries data one way only, so a conversation needs two: the parent writes ping into the first, the child answers pong through the second. Each read blocks until the other side has written, so the two processes take strict turns.</source>
            <translation>Un pipe lleva datos en un solo sentido, así que una conversación necesita dos: el padre escribe ping en el primero y el hijo responde pong por el segundo. Cada read se bloquea hasta que el otro lado ha escrito, así que los dos procesos se turnan estrictamente.</translation>
        </message>
        <message>
            <source>Each process closes the two ends it does not use.</source>
            <translation>Cada proceso cierra los dos extremos que no usa.</translation>
        </message>
        <message>
            <source>read() blocks until the other side writes: the turns come from the pipes, not from any sleep.</source>
            <translation>read() se bloquea hasta que el otro lado escribe: los turnos vienen de los pipes, no de ningún sleep.</translation>
        </message>
        <message>
            <source>How many ping-pong exchanges</source>
            <translation>Cuántos intercambios de ping-pong</translation>
        </message>
        <message>
            <source>Pipeline: ls / | sort | wc -l</source>
            <translation>Pipeline: ls / | sort | wc -l</translation>
        </message>
        <message>
            <source>The parent builds the shell pipeline ls / | sort | wc -l: two pipes, three children. Each child moves its pipe ends onto standard input or output with dup2, closes every pipe descriptor it no longer needs, and calls execvp. The parent closes all four ends and waits for the three children.</source>
            <translation>El padre construye el pipeline de shell ls / | sort | wc -l: dos pipes, tres hijos. Cada hijo coloca sus extremos de pipe en la entrada o la salida estándar con dup2, cierra todos los descriptores de pipe que ya no necesita y llama a execvp. El padre cierra los cuatro extremos y espera a los tres hijos.</translation>
        </message>
        <message>
            <source>dup2(fd, 1) makes the pipe the program's standard output; the program itself knows nothing about pipes.</source>
            <translation>dup2(fd, 1) convierte el pipe en la salida estándar del programa; el propio programa no sabe nada de pipes.</translation>
        </message>
        <message>
            <source>Every process closes the pipe ends it does not use: otherwise sort or wc would never see end of file.</source>
            <translation>Cada proceso cierra los extremos de pipe que no usa: si no, sort o wc nunca verían el fin de archivo.</translation>
        </message>
        <message>
            <source>Only wc writes to the terminal: the number of entries in /.</source>
            <translation>Solo wc escribe en el terminal: el número de entradas de /.</translation>
        </message>
        <message>
            <source>Producers and consumers: a bounded buffer</source>
            <translation>Productores y consumidores: un buffer acotado</translation>
        </message>
        <message>
            <source>Producers put items into a buffer of size slots in shared memory, consumers take them out. Three named semaphores coordinate them: empty counts free slots (starts at size), full counts items (starts at 0), and mutex (value 1) lets one process at a time change the buffer. A producer waits on empty then mutex; a consumer waits on full then mutex. The buffer holds its item count at offset 0 and the totals produced and consumed at offsets 4 and 8.</source>
            <translation>Los productores meten elementos en un buffer de size huecos en memoria compartida y los consumidores los sacan. Tres semáforos con nombre los coordinan: empty cuenta los huecos libres (empieza en size), full cuenta los elementos (empieza en 0) y mutex (valor 1) deja que un solo proceso a la vez modifique el buffer. Un productor espera en empty y luego en mutex; un consumidor espera en full y luego en mutex. El buffer guarda su número de elementos en el desplazamiento 0 y los totales producidos y consumidos en los desplazamientos 4 y 8.</translation>
        </message>
        <message>
            <source>A producer blocks in sem_wait(empty) when the buffer is full; a consumer blocks in sem_wait(full) when it is empty.</source>
            <translation>Un productor se bloquea en sem_wait(empty) cuando el buffer está lleno; un consumidor se bloquea en sem_wait(full) cuando está vacío.</translation>
        </message>
        <message>
            <source>The item count never exceeds size and never goes below 0.</source>
            <translation>El número de elementos nunca supera size ni baja de 0.</translation>
        </message>
        <message>
            <source>Swap the order of sem_wait(empty) and sem_wait(mutex) in your head: a full buffer would then deadlock.</source>
            <translation>Intercambia mentalmente el orden de sem_wait(empty) y sem_wait(mutex): con el buffer lleno se produciría un deadlock.</translation>
        </message>
        <message>
            <source>Slots in the buffer</source>
            <translation>Huecos del buffer</translation>
        </message>
        <message>
            <source>Items each producer makes for each consumer</source>
            <translation>Elementos que produce cada productor para cada consumidor</translation>
        </message>
        <message>
            <source>Number of producers</source>
            <translation>Número de productores</translation>
        </message>
        <message>
            <source>Number of consumers</source>
            <translation>Número de consumidores</translation>
        </message>
        <message>
            <source>Race condition: a counter without a lock</source>
            <translation>Condición de carrera: un contador sin cerrojo</translation>
        </message>
        <message>
            <source>Two processes each add 1 to the same integer in shared memory n times. Each addition is two steps, a load (x = *counter) and a store (*counter = x + 1), and nothing stops the other process from running in between. When both load the same value, one store overwrites the other and an update is lost.</source>
            <translation>Dos procesos suman 1, n veces cada uno, al mismo entero en memoria compartida. Cada suma son dos pasos, una carga (x = *counter) y un almacenamiento (*counter = x + 1), y nada impide que el otro proceso se ejecute entre ambos. Cuando los dos cargan el mismo valor, un almacenamiento sobrescribe al otro y se pierde una actualización.</translation>
        </message>
        <message>
            <source>In step mode, let both processes load before either stores: the counter goes up by 1, not 2.</source>
            <translation>En modo paso a paso, deja que ambos procesos carguen antes de que ninguno almacene: el contador sube 1, no 2.</translation>
        </message>
        <message>
            <source>In a free run the final count changes from run to run and is often less than twice n.</source>
            <translation>En una ejecución libre, la cuenta final cambia de una ejecución a otra y a menudo es menor que el doble de n.</translation>
        </message>
        <message>
            <source>Compare with race-counter-sem, where a semaphore makes load and store one critical section.</source>
            <translation>Compáralo con race-counter-sem, donde un semáforo convierte la carga y el almacenamiento en una única sección crítica.</translation>
        </message>
        <message>
            <source>How many times each process adds 1</source>
            <translation>Cuántas veces suma 1 cada proceso</translation>
        </message>
        <message>
            <source>Race fixed: a semaphore around load and store</source>
            <translation>Carrera corregida: un semáforo alrededor de la carga y el almacenamiento</translation>
        </message>
        <message>
            <source>The same two processes as in race-counter add 1 to a shared integer n times each, but every load and store pair runs between sem_wait and sem_post on a named semaphore of value 1. Only one process at a time is inside the critical section, so no update is lost: the final count is always twice n.</source>
            <translation>Los mismos dos procesos que en race-counter suman 1 a un entero compartido n veces cada uno, pero cada par de carga y almacenamiento se ejecuta entre sem_wait y sem_post sobre un semáforo con nombre de valor 1. Solo un proceso a la vez está dentro de la sección crítica, así que no se pierde ninguna actualización: la cuenta final es siempre el doble de n.</translation>
        </message>
        <message>
            <source>While one process holds the semaphore (value 0), the other blocks in sem_wait.</source>
            <translation>Mientras un proceso tiene el semáforo (valor 0), el otro se bloquea en sem_wait.</translation>
        </message>
        <message>
            <source>The final count is exactly twice n in every run, in any schedule.</source>
            <translation>La cuenta final es exactamente el doble de n en todas las ejecuciones, con cualquier planificación.</translation>
        </message>
        <message>
            <source>Readers and writers</source>
            <translation>Lectores y escritores</translation>
        </message>
        <message>
            <source>Several readers and writers use one record in shared memory. A counting semaphore room holds one token per reader that may be inside (value readers): a reader takes one token, so readers read at the same time. A writer must have the room to itself: it takes every token, one sem_wait per reader, and a second semaphore, writer (value 1), makes writers collect their tokens one at a time so two half-done writers cannot block each other.</source>
            <translation>Varios lectores y escritores usan un registro en memoria compartida. Un semáforo contador, room, guarda una ficha por cada lector que puede estar dentro (valor readers): un lector toma una ficha, así que los lectores leen a la vez. Un escritor necesita la sala (room) para él solo: toma todas las fichas, un sem_wait por lector, y un segundo semáforo, writer (valor 1), hace que los escritores reúnan sus fichas de uno en uno, para que dos escritores a medias no puedan bloquearse mutuamente.</translation>
        </message>
        <message>
            <source>Readers overlap: room drops below readers while several read at once.</source>
            <translation>Los lectores se solapan: room baja por debajo de readers mientras varios leen a la vez.</translation>
        </message>
        <message>
            <source>A writer waits in sem_wait(room) until every reader inside has left, then holds all tokens (room is 0).</source>
            <translation>Un escritor espera en sem_wait(room) hasta que todos los lectores que estaban dentro han salido, y entonces tiene todas las fichas (room vale 0).</translation>
        </message>
        <message>
            <source>Without the writer semaphore, two writers each holding some tokens would deadlock.</source>
            <translation>Sin el semáforo writer, dos escritores con algunas fichas cada uno acabarían en deadlock.</translation>
        </message>
        <message>
            <source>Number of readers (and tokens in the room)</source>
            <translation>Número de lectores (y de fichas en room)</translation>
        </message>
        <message>
            <source>Number of writers</source>
            <translation>Número de escritores</translation>
        </message>
        <message>
            <source>How long one read takes</source>
            <translation>Cuánto dura una lectura</translation>
        </message>
        <message>
            <source>Pitfall: FIFOs opened in the wrong order</source>
            <translation>Error común: FIFOs abiertos en el orden equivocado</translation>
        </message>
        <message>
            <source>Opening a FIFO blocks until the other end is opened too: a reader waits for a writer and the other way round. Process a opens fifo ab for reading and then fifo ba for writing; process b opens ba for reading and then ab for writing. Each waits in its first open() for the other to open the FIFO it is not yet at: a deadlock. The engine ends the run and reports the two opens.</source>
            <translation>Abrir un FIFO se bloquea hasta que también se abre el otro extremo: un lector espera a un escritor y viceversa. El proceso a abre el FIFO ab para lectura y luego el FIFO ba para escritura; el proceso b abre ba para lectura y luego ab para escritura. Cada uno espera en su primer open() a que el otro abra el FIFO al que todavía no ha llegado: un deadlock. El motor termina la ejecución e informa de los dos open.</translation>
        </message>
        <message>
            <source>a waits in open(ab, read) for a writer; b waits in open(ba, read) for a writer: neither gets to its second open.</source>
            <translation>a espera en open(ab, read) a un escritor; b espera en open(ba, read) a un escritor: ninguno llega a su segundo open.</translation>
        </message>
        <message>
            <source>Fix: open the FIFOs in the same order in both processes (ab first), or open one with rdwr.</source>
            <translation>Solución: abre los FIFOs en el mismo orden en ambos procesos (primero ab), o abre uno con rdwr.</translation>
        </message>
        <message>
            <source>The engine removes the two FIFOs when the run ends.</source>
            <translation>El motor elimina los dos FIFOs cuando termina la ejecución.</translation>
        </message>
        <message>
            <source>Pitfall: a shm object and a semaphore never unlinked</source>
            <translation>Error común: un objeto shm y un semáforo a los que nunca se hace unlink</translation>
        </message>
        <message>
            <source>The program creates a shared memory object and a named semaphore, uses them, closes and unmaps them, and exits, but never calls shm_unlink or sem_unlink. Closing only drops this process's handle: the names stay in /dev/shm, with their contents, after every process has ended, until someone unlinks them or the machine reboots. The engine removes them at the end of the run and lists them in the end record's cleanup.</source>
            <translation>El programa crea un objeto de memoria compartida y un semáforo con nombre, los usa, los cierra y desmapea, y termina, pero nunca llama a shm_unlink ni a sem_unlink. Cerrar solo suelta el descriptor de este proceso: los nombres siguen en /dev/shm, con su contenido, después de que todos los procesos hayan terminado, hasta que alguien les haga unlink o la máquina se reinicie. El motor los elimina al final de la ejecución y los lista en el campo cleanup del registro end.</translation>
        </message>
        <message>
            <source>After the last process ends, the end record's cleanup lists shm:/AOS and sem:/sem_AOS: the engine had to remove them.</source>
            <translation>Cuando termina el último proceso, el campo cleanup del registro end lista shm:/AOS y sem:/sem_AOS: el motor tuvo que eliminarlos.</translation>
        </message>
        <message>
            <source>munmap and close (sem_close) are not unlink: the names outlive the processes.</source>
            <translation>munmap y close (sem_close) no son unlink: los nombres sobreviven a los procesos.</translation>
        </message>
        <message>
            <source>Fix: call shm_unlink and sem_unlink once no new process needs to open the names.</source>
            <translation>Solución: llama a shm_unlink y sem_unlink en cuanto ningún proceso nuevo necesite abrir los nombres.</translation>
        </message>
        <message>
            <source>Pitfall: a full pipe blocks the writer</source>
            <translation>Error común: un pipe lleno bloquea al escritor</translation>
        </message>
        <message>
            <source>A pipe is a buffer in the kernel of 64 KiB (65536 bytes) on Linux. The writer fills it in one write, which returns at once; its next write blocks, because the reader is still busy and has read nothing. Only when the reader drains the pipe can the blocked write finish. A program that writes a lot into a pipe before reading its answer can hang this way.</source>
            <translation>En Linux, un pipe es un buffer del kernel de 64 KiB (65536 bytes). El escritor lo llena con un solo write, que retorna enseguida; su siguiente write se bloquea, porque el lector todavía está ocupado y no ha leído nada. Solo cuando el lector vacía el pipe puede terminar el write bloqueado. Un programa que escribe mucho en un pipe antes de leer su respuesta puede quedarse colgado así.</translation>
        </message>
        <message>
            <source>The first write of 65536 bytes returns at once; the pipe is full.</source>
            <translation>El primer write de 65536 bytes retorna enseguida; el pipe está lleno.</translation>
        </message>
        <message>
            <source>The second write blocks until the reader has read: its begin and end are far apart.</source>
            <translation>El segundo write se bloquea hasta que el lector ha leído: su inicio y su fin están muy separados.</translation>
        </message>
        <message>
            <source>The reader's first read returns all 65536 bytes that were waiting in the pipe.</source>
            <translation>El primer read del lector devuelve los 65536 bytes que esperaban en el pipe.</translation>
        </message>
        <message>
            <source>How long the reader is busy before it reads</source>
            <translation>Cuánto tiempo está ocupado el lector antes de leer</translation>
        </message>
        <message>
            <source>Pitfall: printf before fork prints twice</source>
            <translation>Error común: printf antes de fork imprime dos veces</translation>
        </message>
        <message>
            <source>printf does not write at once: stdio keeps the text in a buffer in the process's memory and writes it when the buffer is full, on fflush, or at exit. When stdout is a pipe or a file, even a newline does not flush it. Here the parent printfs a line, then forks: the child gets a copy of the memory, unwritten buffer included, so the line comes out twice, once at each process's exit. The fflush version does not have the problem.</source>
            <translation>printf no escribe enseguida: stdio guarda el texto en un buffer en la memoria del proceso y lo escribe cuando el buffer se llena, con fflush o al salir. Cuando stdout es un pipe o un archivo, ni siquiera un salto de línea lo vacía. Aquí el padre hace printf de una línea y luego fork: el hijo recibe una copia de la memoria, buffer sin escribir incluido, así que la línea sale dos veces, una al terminar cada proceso. La versión con fflush no tiene el problema.</translation>
        </message>
        <message>
            <source>The line printed before fork appears twice, both times with the parent's PID: it was formatted once and copied by fork.</source>
            <translation>La línea impresa antes de fork aparece dos veces, ambas con el PID del padre: se formateó una vez y fork la copió.</translation>
        </message>
        <message>
            <source>stdio.buffer events show text kept in memory; stdio.flush events show when it is really written.</source>
            <translation>Los eventos stdio.buffer muestran el texto guardado en memoria; los eventos stdio.flush muestran cuándo se escribe de verdad.</translation>
        </message>
        <message>
            <source>Fix: call fflush(stdout) before fork, as the second part does, or write with write(2).</source>
            <translation>Solución: llama a fflush(stdout) antes de fork, como hace la segunda parte, o escribe con write(2).</translation>
        </message>
        <message>
            <source>Pitfall: SIGPIPE, writing with no reader</source>
            <translation>Error común: SIGPIPE, escribir sin lector</translation>
        </message>
        <message>
            <source>Writing to a pipe whose read ends are all closed raises SIGPIPE in the writer, and by default SIGPIPE kills it, without a message. In main, the child closes its read end and exits; the parent closed its own, so its write kills it. The second process, careful, ignores SIGPIPE first: the same write then fails with EPIPE and the program can report the error and exit cleanly.</source>
            <translation>Escribir en un pipe cuyos extremos de lectura están todos cerrados genera SIGPIPE en el escritor, y por defecto SIGPIPE lo mata, sin ningún mensaje. En main, el hijo cierra su extremo de lectura y termina; el padre ya cerró el suyo, así que su write lo mata. El segundo proceso, careful, primero ignora SIGPIPE: entonces el mismo write falla con EPIPE y el programa puede informar del error y terminar limpiamente.</translation>
        </message>
        <message>
            <source>main ends killed by SIGPIPE: its last line never runs, and nothing is printed.</source>
            <translation>main muere por SIGPIPE: su última línea nunca se ejecuta y no se imprime nada.</translation>
        </message>
        <message>
            <source>careful's write returns -1 with errno EPIPE; it prints the error and exits with status 1.</source>
            <translation>El write de careful devuelve -1 con errno EPIPE; imprime el error y termina con estado 1.</translation>
        </message>
        <message>
            <source>Servers ignore SIGPIPE (or use MSG_NOSIGNAL) so a vanished client cannot kill them.</source>
            <translation>Los servidores ignoran SIGPIPE (o usan MSG_NOSIGNAL) para que un cliente desaparecido no pueda matarlos.</translation>
        </message>
        <message>
            <source>Pitfall: exec after an unchecked fork</source>
            <translation>Error común: exec tras un fork sin comprobar</translation>
        </message>
        <message>
            <source>The program calls fork() and ignores its result, then calls execvp to run ls in the child. But fork returns in both processes and nothing tells them apart: the parent runs the exec as well, so both processes become ls, the listing comes out twice, and the parent's own program is gone: its next line never runs.</source>
            <translation>El programa llama a fork() e ignora su resultado, y luego llama a execvp para ejecutar ls en el hijo. Pero fork retorna en ambos procesos y nada los distingue: el padre también ejecuta el exec, así que ambos procesos se convierten en ls, el listado sale dos veces y el programa propio del padre desaparece: su siguiente línea nunca se ejecuta.</translation>
        </message>
        <message>
            <source>Two proc.exec events, one from each process: both replace their program with ls.</source>
            <translation>Dos eventos proc.exec, uno de cada proceso: ambos sustituyen su programa por ls.</translation>
        </message>
        <message>
            <source>The parent's line after exec never runs: exec only returns when it fails.</source>
            <translation>La línea del padre posterior a exec nunca se ejecuta: exec solo retorna cuando falla.</translation>
        </message>
        <message>
            <source>Fix: if (pid == 0) { execvp(...); _exit(127); } and only the parent goes on.</source>
            <translation>Solución: if (pid == 0) { execvp(...); _exit(127); } y solo el padre continúa.</translation>
        </message>
        <message>
            <source>Pitfall: a write end left open</source>
            <translation>Error común: un extremo de escritura olvidado abierto</translation>
        </message>
        <message>
            <source>The child reads the pipe until end of file. The parent writes its messages and then waits for the child, but it forgot to close its own write end. A pipe reports end of file only when every write end is closed, and the parent's copy is still open: the child blocks in read() forever, and the parent blocks in wait() for a child that never ends. The engine detects the deadlock and reports who waits on what.</source>
            <translation>El hijo lee el pipe hasta el fin de archivo. El padre escribe sus mensajes y luego espera al hijo, pero olvidó cerrar su propio extremo de escritura. Un pipe solo indica fin de archivo cuando todos los extremos de escritura están cerrados, y la copia del padre sigue abierta: el hijo se bloquea para siempre en read(), y el padre se bloquea en wait() esperando a un hijo que nunca termina. El motor detecta el deadlock e informa de quién espera qué.</translation>
        </message>
        <message>
            <source>After the messages, the child blocks in read() on pipe#1 even though nobody will write again.</source>
            <translation>Después de los mensajes, el hijo se bloquea en read() sobre pipe#1 aunque nadie vaya a volver a escribir.</translation>
        </message>
        <message>
            <source>The parent blocks in wait(): each process waits for the other. The fix: close p.w in the parent before wait (and in the child before reading).</source>
            <translation>El padre se bloquea en wait(): cada proceso espera al otro. La solución: cerrar p.w en el padre antes de wait (y en el hijo antes de leer).</translation>
        </message>
        <message>
            <source>The engine ends the run as a deadlock and lists both waits.</source>
            <translation>El motor termina la ejecución como deadlock y lista ambas esperas.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCheck</name>
        <message>
            <source>The engine (ipcviz-engine) was not found, so the file cannot be checked. Install it next to ipcviz or set IPCVIZ_ENGINE.</source>
            <translation>No se encontró el motor (ipcviz-engine), así que no se puede comprobar el archivo. Instálalo junto a ipcviz o define IPCVIZ_ENGINE.</translation>
        </message>
        <message>
            <source>The engine %1 could not be started: %2</source>
            <translation>No se pudo iniciar el motor %1: %2</translation>
        </message>
        <message>
            <source>The engine crashed while checking the file.</source>
            <translation>El motor se cerró inesperadamente mientras comprobaba el archivo.</translation>
        </message>
        <message>
            <source>The engine said: %1</source>
            <translation>El motor dijo: %1</translation>
        </message>
        <message>
            <source>The engine's answer about the file could not be read (it is not the expected JSON); is the engine the same version as the app?</source>
            <translation>No se pudo leer la respuesta del motor sobre el archivo (no es el JSON esperado); ¿es el motor de la misma versión que la aplicación?</translation>
        </message>
        <message>
            <source>The engine's answer about the file does not say whether it is valid.</source>
            <translation>La respuesta del motor sobre el archivo no indica si es válido.</translation>
        </message>
        <message>
            <source>The engine found the file invalid but gave no reason.</source>
            <translation>El motor consideró el archivo no válido, pero no dio ningún motivo.</translation>
        </message>
        <message numerus="yes">
            <source>The engine did not finish checking the file within %n second(s).</source>
            <translation>
                <numerusform>El motor no terminó de comprobar el archivo en %n segundo.</numerusform>
                <numerusform>El motor no terminó de comprobar el archivo en %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message>
            <source>Open &amp;Recent Scenario</source>
            <translation>Abrir escenario &amp;reciente</translation>
        </message>
        <message>
            <source>The scenario file %1 does not exist or is not a regular file.</source>
            <translation>El archivo de escenario %1 no existe o no es un archivo regular.</translation>
        </message>
        <message numerus="yes">
            <source>%1 has %n error(s), listed in the Scenario File panel; fix them and it reloads by itself.</source>
            <translation>
                <numerusform>%1 tiene %n error, indicado en el panel Archivo de escenario; corrígelo y se recargará solo.</numerusform>
                <numerusform>%1 tiene %n errores, indicados en el panel Archivo de escenario; corrígelos y se recargará solo.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not valid and was not run; see the Scenario File panel.</source>
            <translation>%1 no es válido y no se ejecutó; consulta el panel Archivo de escenario.</translation>
        </message>
        <message>
            <source>Not run: %1 was not confirmed.</source>
            <translation>No se ejecutó: %1 no se confirmó.</translation>
        </message>
        <message>
            <source>The scenario file %1 does not come with ipcviz, and it will run these programs on this computer, with your permissions:

%2

Run it only if you trust where it comes from.</source>
            <translation>El archivo de escenario %1 no viene con ipcviz y ejecutará estos programas en este equipo, con tus permisos:

%2

Ejecútalo solo si confías en su procedencia.</translation>
        </message>
        <message>
            <source>Run Programs?</source>
            <translation>¿Ejecutar programas?</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <source>No recent scenario files</source>
            <translation>No hay archivos de escenario recientes</translation>
        </message>
        <message>
            <source>Clear Recent Files</source>
            <translation>Borrar archivos recientes</translation>
        </message>
        <message>
            <source>The scenario file %1 was removed or renamed.</source>
            <translation>El archivo de escenario %1 se eliminó o se renombró.</translation>
        </message>
        <message>
            <source>%1 changed and now has errors (see the Scenario File panel); it will not run until they are fixed.</source>
            <translation>%1 cambió y ahora tiene errores (consulta el panel Archivo de escenario); no se ejecutará hasta que se corrijan.</translation>
        </message>
        <message>
            <source>Reloaded %1.</source>
            <translation>%1 recargado.</translation>
        </message>
        <message>
            <source>Open Scenario File</source>
            <translation>Abrir archivo de escenario</translation>
        </message>
        <message>
            <source>ipcviz scenarios (*.ipcv);;All files (*)</source>
            <translation>Escenarios de ipcviz (*.ipcv);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>ScenarioLibraryDock</name>
        <message>
            <source>Scenarios</source>
            <translation>Escenarios</translation>
        </message>
        <message>
            <source>Search scenarios…</source>
            <translation>Buscar escenarios…</translation>
        </message>
        <message>
            <source>Filter the scenarios by id, title or description</source>
            <translation>Filtra los escenarios por id, título o descripción</translation>
        </message>
        <message>
            <source>Search scenarios</source>
            <translation>Buscar escenarios</translation>
        </message>
        <message>
            <source>Double-click a scenario (or press Enter) to run it</source>
            <translation>Haz doble clic en un escenario (o pulsa Enter) para ejecutarlo</translation>
        </message>
        <message>
            <source>Scenario library</source>
            <translation>Biblioteca de escenarios</translation>
        </message>
        <message>
            <source>Scenario description</source>
            <translation>Descripción del escenario</translation>
        </message>
        <message>
            <source>Processes</source>
            <translation>Procesos</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Señales</translation>
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
            <translation>Memoria compartida</translation>
        </message>
        <message>
            <source>Semaphores</source>
            <translation>Semáforos</translation>
        </message>
        <message>
            <source>Classic problems</source>
            <translation>Problemas clásicos</translation>
        </message>
        <message>
            <source>Pitfalls</source>
            <translation>Errores comunes</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select a scenario to read what it shows.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Selecciona un escenario para leer lo que muestra.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What to watch for</source>
            <translation>Qué observar</translation>
        </message>
        <message>
            <source>What the selected scenario shows, and what to watch for</source>
            <translation>Lo que muestra el escenario seleccionado y qué observar</translation>
        </message>
        <message>
            <source>Manual pages: %1</source>
            <translation>Páginas de manual: %1</translation>
        </message>
    </context>
    <context>
        <name>ScenarioProblemsPane</name>
        <message>
            <source>Scenario File</source>
            <translation>Archivo de escenario</translation>
        </message>
        <message>
            <source>Errors in the scenario file</source>
            <translation>Errores en el archivo de escenario</translation>
        </message>
        <message>
            <source>Scenario file text</source>
            <translation>Texto del archivo de escenario</translation>
        </message>
        <message>
            <source>It runs no other program.</source>
            <translation>No ejecuta ningún otro programa.</translation>
        </message>
        <message>
            <source>It may run: %1.</source>
            <translation>Puede ejecutar: %1.</translation>
        </message>
        <message>
            <source>%1 is valid (%2). %3</source>
            <translation>%1 es válido (%2). %3</translation>
        </message>
        <message>
            <source>%1 could not be checked, so it will not run.</source>
            <translation>No se pudo comprobar %1, así que no se ejecutará.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s) in %1; it will not run until they are fixed.</source>
            <translation>
                <numerusform>%n error en %1; no se ejecutará hasta que se corrija.</numerusform>
                <numerusform>%n errores en %1; no se ejecutará hasta que se corrijan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check result</source>
            <translation>Resultado de la comprobación</translation>
        </message>
        <message>
            <source>Click an error to see its line in the file below</source>
            <translation>Haz clic en un error para ver su línea en el archivo de abajo</translation>
        </message>
        <message>
            <source>The scenario file, with the lines that have errors marked</source>
            <translation>El archivo de escenario, con las líneas que tienen errores marcadas</translation>
        </message>
    </context>
    <context>
        <name>SemaphoreItem</name>
        <message>
            <source>nobody waiting</source>
            <translation>nadie esperando</translation>
        </message>
        <message>
            <source>waiting in sem_wait():</source>
            <translation>esperando en sem_wait():</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>Idioma del sistema (%1)</translation>
        </message>
        <message>
            <source>The language of menus, panels and explanations. It changes at once, without a restart.</source>
            <translation>El idioma de los menús, los paneles y las explicaciones. Cambia al instante, sin reiniciar.</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Idioma de la interfaz</translation>
        </message>
        <message>
            <source>Changes at once. To use a language for one session only, start ipcviz with --lang CODE.</source>
            <translation>Cambia al instante. Para usar un idioma solo durante una sesión, inicia ipcviz con --lang CODE.</translation>
        </message>
        <message>
            <source>&amp;Speed of runs:</source>
            <translation>&amp;Velocidad de las ejecuciones:</translation>
        </message>
        <message>
            <source>How long each process waits before each step, so that you can follow the animation (Ctrl+1 … Ctrl+4)</source>
            <translation>Cuánto espera cada proceso antes de cada paso, para que puedas seguir la animación (Ctrl+1 … Ctrl+4)</translation>
        </message>
        <message>
            <source>Speed of runs</source>
            <translation>Velocidad de las ejecuciones</translation>
        </message>
        <message>
            <source>The same as the speed box in the toolbar; ipcviz starts with the speed you used last.</source>
            <translation>Es la misma que el selector de velocidad de la barra de herramientas; ipcviz se inicia con la última velocidad que usaste.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the settings (they are already applied and saved)</source>
            <translation>Cierra la configuración (ya está aplicada y guardada)</translation>
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
            <translation>máx. %1</translation>
        </message>
        <message>
            <source>path %1</source>
            <translation>ruta %1</translation>
        </message>
        <message>
            <source>mode %1</source>
            <translation>modo %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>a %1</translation>
        </message>
        <message>
            <source>%1 ns</source>
            <translation>%1 ns</translation>
        </message>
        <message>
            <source>(called, not returned yet)</source>
            <translation>(llamada, aún no ha retornado)</translation>
        </message>
        <message>
            <source>read is about to return 0 (end of file): %1 is empty and no process holds its write end any more.</source>
            <translation>read está a punto de devolver 0 (fin de archivo): %1 está vacío y ya ningún proceso tiene su extremo de escritura.</translation>
        </message>
        <message>
            <source>%1 holds a write end itself: unless it closes it, this read never sees end of file.</source>
            <translation>%1 tiene él mismo un extremo de escritura: si no lo cierra, este read nunca verá el fin de archivo.</translation>
        </message>
        <message>
            <source>write to %1 cannot go on: no process holds its read end, so it fails with EPIPE (and SIGPIPE).</source>
            <translation>write en %1 no puede continuar: ningún proceso tiene su extremo de lectura, así que falla con EPIPE (y SIGPIPE).</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <source>open blocks: opening the FIFO %1 waits until another process opens its other end (now open for reading: %2; for writing: %3).</source>
            <translation>open se bloquea: abrir el FIFO %1 espera hasta que otro proceso abra su otro extremo (abierto ahora para lectura: %2; para escritura: %3).</translation>
        </message>
        <message>
            <source>open blocks until another process opens the other end of %1.</source>
            <translation>open se bloquea hasta que otro proceso abra el otro extremo de %1.</translation>
        </message>
        <message>
            <source>the FIFO</source>
            <translation>el FIFO</translation>
        </message>
        <message>
            <source>sem_wait blocks: %1 has value %2; it goes on when a process calls sem_post on it.</source>
            <translation>sem_wait se bloquea: %1 tiene valor %2; continúa cuando un proceso llame a sem_post sobre él.</translation>
        </message>
        <message>
            <source>the semaphore</source>
            <translation>el semáforo</translation>
        </message>
        <message>
            <source>wait is about to return: %1 ended and waits to be reaped.</source>
            <translation>wait está a punto de retornar: %1 terminó y espera a ser recogido.</translation>
        </message>
        <message>
            <source>wait blocks, but %1 has no running child: it returns with ECHILD.</source>
            <translation>wait se bloquea, pero %1 no tiene ningún hijo en ejecución: retorna con ECHILD.</translation>
        </message>
        <message>
            <source>pause blocks until a signal is delivered to %1 (send one with kill).</source>
            <translation>pause se bloquea hasta que se entregue una señal a %1 (envíale una con kill).</translation>
        </message>
        <message>
            <source>%1 is sleeping: it goes on when its time is up.</source>
            <translation>%1 está durmiendo: continúa cuando se acabe su tiempo.</translation>
        </message>
        <message>
            <source>%1 is blocked in the kernel.</source>
            <translation>%1 está bloqueado en el kernel.</translation>
        </message>
        <message>
            <source>%1 is blocked in %2().</source>
            <translation>%1 está bloqueado en %2().</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>read is about to return: %1 holds %n byte(s).</source>
            <translation>
                <numerusform>read está a punto de retornar: %1 contiene %n byte.</numerusform>
                <numerusform>read está a punto de retornar: %1 contiene %n bytes.</numerusform>
            </translation>
        </message>
        <message>
            <source>read blocks: %1 is empty and %2 still holds its write end open. It goes on when it writes, or returns 0 (end of file) once it closes it.</source>
            <translation>read se bloquea: %1 está vacío y %2 todavía tiene abierto su extremo de escritura. Continúa cuando ese proceso escriba, o devuelve 0 (fin de archivo) en cuanto lo cierre.</translation>
        </message>
        <message>
            <source>read blocks: %1 is empty and %2 still hold its write end open. It goes on when one of them writes, or returns 0 (end of file) once every write end is closed.</source>
            <translation>read se bloquea: %1 está vacío y %2 todavía tienen abierto su extremo de escritura. Continúa cuando uno de ellos escriba, o devuelve 0 (fin de archivo) en cuanto se cierren todos los extremos de escritura.</translation>
        </message>
        <message>
            <source>write blocks: %1 is full (%2 of %3 bytes) and goes on when %4 reads from it.</source>
            <translation>write se bloquea: %1 está lleno (%2 de %3 bytes) y continúa cuando %4 lea de él.</translation>
        </message>
        <message>
            <source>write blocks: %1 is full (%2 of %3 bytes) and goes on when %4 read from it.</source>
            <translation>write se bloquea: %1 está lleno (%2 de %3 bytes) y continúa cuando %4 lean de él.</translation>
        </message>
        <message>
            <source>wait blocks: %1 is still running; wait returns when it exits.</source>
            <translation>wait se bloquea: %1 sigue en ejecución; wait retorna cuando termine.</translation>
        </message>
        <message>
            <source>wait blocks: %1 are still running; wait returns when one of them exits.</source>
            <translation>wait se bloquea: %1 siguen en ejecución; wait retorna cuando uno de ellos termine.</translation>
        </message>
    </context>
    <context>
        <name>TextExporter</name>
        <message>
            <source>Scenario %1: %2</source>
            <translation>Escenario %1: %2</translation>
        </message>
        <message>
            <source>Parameters: %1</source>
            <translation>Parámetros: %1</translation>
        </message>
        <message>
            <source>The run ended: %1 (%2 events).</source>
            <translation>La ejecución terminó: %1 (%2 eventos).</translation>
        </message>
        <message>
            <source>The trace has no end record: the run was cut short.</source>
            <translation>La traza no tiene registro end: la ejecución se interrumpió antes de tiempo.</translation>
        </message>
        <message>
            <source>What the processes printed:</source>
            <translation>Lo que imprimieron los procesos:</translation>
        </message>
    </context>
    <context>
        <name>TimeChartView</name>
        <message>
            <source>time (ms)</source>
            <translation>tiempo (ms)</translation>
        </message>
        <message>
            <source>cursor</source>
            <translation>cursor</translation>
        </message>
        <message>
            <source>Click to move the time cursor</source>
            <translation>Haz clic para mover el cursor de tiempo</translation>
        </message>
    </context>
    <context>
        <name>TimeSlider</name>
        <message>
            <source>Time cursor</source>
            <translation>Cursor de tiempo</translation>
        </message>
        <message>
            <source>Drag, or use the arrow keys, Home and End, to travel through the run: every view shows the state at that event</source>
            <translation>Arrastra, o usa las teclas de flecha, Home y End, para recorrer la ejecución: cada vista muestra el estado en ese evento</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Show the state one event earlier (Alt+Left)</source>
            <translation>Muestra el estado un evento antes (Alt+Left)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <source>Show the state one event later (Alt+Right)</source>
            <translation>Muestra el estado un evento después (Alt+Right)</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>En vivo</translation>
        </message>
        <message>
            <source>Jump to the latest event and follow the run as it goes (Alt+End)</source>
            <translation>Salta al último evento y sigue la ejecución a medida que avanza (Alt+End)</translation>
        </message>
        <message>
            <source>Cursor position</source>
            <translation>Posición del cursor</translation>
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
            <translation>sin eventos</translation>
        </message>
        <message>
            <source>event %1 of %2 · %3</source>
            <translation>evento %1 de %2 · %3</translation>
        </message>
        <message>
            <source>Which event the views show, and when it happened</source>
            <translation>Qué evento muestran las vistas y cuándo ocurrió</translation>
        </message>
    </context>
    <context>
        <name>TimelineScene</name>
        <message>
            <source>in %1()</source>
            <translation>en %1()</translation>
        </message>
        <message>
            <source>engine</source>
            <translation>motor</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Timeline</source>
            <translation>Línea de tiempo</translation>
        </message>
        <message>
            <source>One lane per process. Wheel to zoom the time axis, drag to pan, click an event to move the time cursor there</source>
            <translation>Un carril por proceso. Usa la rueda para hacer zoom en el eje de tiempo, arrastra para desplazarte y haz clic en un evento para llevar allí el cursor de tiempo</translation>
        </message>
    </context>
    <context>
        <name>TraceFile</name>
        <message>
            <source>%1: no such file</source>
            <translation>%1: no existe ese archivo</translation>
        </message>
        <message>
            <source>%1 is a folder, not a trace file</source>
            <translation>%1 es una carpeta, no un archivo de traza</translation>
        </message>
        <message>
            <source>%1 is too large for a trace (%2 MiB; the limit is %3 MiB)</source>
            <translation>%1 es demasiado grande para ser una traza (%2 MiB; el límite es %3 MiB)</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>no se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>no se puede leer %1: %2</translation>
        </message>
        <message>
            <source>the trace</source>
            <translation>la traza</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>no se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 no contiene nada</translation>
        </message>
        <message>
            <source>%1 is not an ipcviz trace: no line is a valid event record</source>
            <translation>%1 no es una traza de ipcviz: ninguna línea es un registro de evento válido</translation>
        </message>
        <message>
            <source>no hello record: the scenario and its parameters are unknown</source>
            <translation>no hay registro hello: se desconocen el escenario y sus parámetros</translation>
        </message>
        <message>
            <source>events were out of order; sorted by seq</source>
            <translation>los eventos estaban desordenados; se ordenaron por seq</translation>
        </message>
        <message>
            <source>no end record: the trace was cut short or the run was interrupted</source>
            <translation>no hay registro end: la traza se cortó o la ejecución se interrumpió</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>no se puede escribir %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) with a repeated seq were dropped</source>
            <translation>
                <numerusform>se descartó %n evento con seq repetido</numerusform>
                <numerusform>se descartaron %n eventos con seq repetido</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraceReplay</name>
        <message>
            <source>Replay Step &amp;Back</source>
            <translation>Reproducción: paso &amp;atrás</translation>
        </message>
        <message>
            <source>Replay Step &amp;Forward</source>
            <translation>Reproducción: paso a&amp;delante</translation>
        </message>
        <message>
            <source>Show the state one event earlier (pauses the replay)</source>
            <translation>Muestra el estado un evento antes (pausa la reproducción)</translation>
        </message>
        <message>
            <source>Show the state one event later (pauses the replay)</source>
            <translation>Muestra el estado un evento después (pausa la reproducción)</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) per second</source>
            <translation>
                <numerusform>%n evento por segundo</numerusform>
                <numerusform>%n eventos por segundo</numerusform>
            </translation>
        </message>
        <message>
            <source>Real time ×%1</source>
            <translation>Tiempo real ×%1</translation>
        </message>
        <message>
            <source>Replay speed</source>
            <translation>Velocidad de reproducción</translation>
        </message>
        <message>
            <source>How fast the replay goes: so many events per second, or as fast as the run really went, slowed down or sped up</source>
            <translation>Velocidad de la reproducción: tantos eventos por segundo, o al ritmo real de la ejecución, ralentizado o acelerado</translation>
        </message>
        <message>
            <source>&amp;Pause Replay</source>
            <translation>&amp;Pausar reproducción</translation>
        </message>
        <message>
            <source>&amp;Play Replay</source>
            <translation>&amp;Reproducir</translation>
        </message>
        <message>
            <source>Pause the replay (Ctrl+Shift+Space)</source>
            <translation>Pausa la reproducción (Ctrl+Shift+Space)</translation>
        </message>
        <message>
            <source>Replay the run from the time cursor (Ctrl+Shift+Space)</source>
            <translation>Reproduce la ejecución desde el cursor de tiempo (Ctrl+Shift+Space)</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Reproducción</translation>
        </message>
        <message>
            <source>Re&amp;play</source>
            <translation>&amp;Reproducción</translation>
        </message>
        <message>
            <source>Replay &amp;Speed</source>
            <translation>&amp;Velocidad de reproducción</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Runs multi-process scenarios with real processes and shows what happens.
Headless export: ipcviz export TRACE --to FORMAT -o OUT (see ipcviz export --help).</source>
            <translation>Ejecuta escenarios multiproceso con procesos reales y muestra lo que ocurre.
Exportación sin interfaz gráfica: ipcviz export TRACE --to FORMAT -o OUT (consulta ipcviz export --help).</translation>
        </message>
        <message>
            <source>Select a built-in scenario or a scenario file.</source>
            <translation>Selecciona un escenario integrado o un archivo de escenario.</translation>
        </message>
        <message>
            <source>ID|FILE</source>
            <translation>ID|FILE</translation>
        </message>
        <message>
            <source>Start the selected scenario at once.</source>
            <translation>Inicia el escenario seleccionado de inmediato.</translation>
        </message>
        <message>
            <source>Start the selected scenario paused, step by step.</source>
            <translation>Inicia el escenario seleccionado en pausa, paso a paso.</translation>
        </message>
        <message>
            <source>Open a saved trace for replay.</source>
            <translation>Abre una traza guardada para reproducirla.</translation>
        </message>
        <message>
            <source>TRACE</source>
            <translation>TRACE</translation>
        </message>
        <message>
            <source>Use this language for the interface (e.g. it).</source>
            <translation>Usa este idioma para la interfaz (p. ej. it).</translation>
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
            <translation>ipcviz: la aplicación necesita una pantalla y no se encontró ninguna (DISPLAY y WAYLAND_DISPLAY no están definidas).
Para trabajar sin ella:
  ipcviz-engine run SCENARIO         ejecuta un escenario e imprime sus eventos
  ipcviz export TRACE --to FORMAT -o OUT   exporta una traza guardada (svg, png, csv, mermaid, perfetto, c)
  QT_QPA_PLATFORM=offscreen ipcviz   inicia la aplicación sin mostrarla
</translation>
        </message>
        <message>
            <source>ipcviz: --run and --open cannot be used together.
</source>
            <translation>ipcviz: --run y --open no se pueden usar a la vez.
</translation>
        </message>
        <message>
            <source>With --run: quit when the run ends; the exit status is 0 when it completed (for scripts).</source>
            <translation>Con --run: sale cuando termina la ejecución; el estado de salida es 0 si se completó (para scripts).</translation>
        </message>
        <message>
            <source>Start in presenter mode (full screen, large, high contrast; F5 or Esc leaves it).</source>
            <translation>Inicia en modo presentación (pantalla completa, letra grande, alto contraste; F5 o Esc para salir).</translation>
        </message>
        <message>
            <source>ipcviz: --quit: no run was started (see --scenario and --run).
</source>
            <translation>ipcviz: --quit: no se inició ninguna ejecución (consulta --scenario y --run).
</translation>
        </message>
    </context>
</TS>
