<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>BenchmarkView</name>
        <message numerus="yes">
            <source>%n result(s) on %1.</source>
            <translation>
                <numerusform>%n result on %1.</numerusform>
                <numerusform>%n results on %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventDecoder</name>
        <message numerus="yes">
            <source>first seq is %n, expected 0: %n event(s) missing</source>
            <translation>
                <numerusform>first seq is %n, expected 0: %n event missing</numerusform>
                <numerusform>first seq is %n, expected 0: %n events missing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>seq jumps from %1 to %2: %n event(s) missing</source>
            <translation>
                <numerusform>seq jumps from %1 to %2: %n event missing</numerusform>
                <numerusform>seq jumps from %1 to %2: %n events missing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more error(s) not listed</source>
            <translation>
                <numerusform>%n more error not listed</numerusform>
                <numerusform>%n more errors not listed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventDescriber</name>
        <message numerus="yes">
            <source>; the engine cleaned up %n thing(s) left behind</source>
            <translation>
                <numerusform>; the engine cleaned up %n thing left behind</numerusform>
                <numerusform>; the engine cleaned up %n things left behind</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n thing(s) leaked</source>
            <translation>
                <numerusform>; %n thing leaked</numerusform>
                <numerusform>; %n things leaked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 writes %n byte(s) to %2: %3</source>
            <translation>
                <numerusform>%1 writes %n byte to %2: %3</numerusform>
                <numerusform>%1 writes %n bytes to %2: %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 wrote %n byte(s) to %2</source>
            <translation>
                <numerusform>%1 wrote %n byte to %2</numerusform>
                <numerusform>%1 wrote %n bytes to %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 reads up to %n byte(s) from %2</source>
            <translation>
                <numerusform>%1 reads up to %n byte from %2</numerusform>
                <numerusform>%1 reads up to %n bytes from %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 read %n byte(s) from %2: %3</source>
            <translation>
                <numerusform>%1 read %n byte from %2: %3</numerusform>
                <numerusform>%1 read %n bytes from %2: %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 set the size of %2 to %n byte(s)</source>
            <translation>
                <numerusform>%1 set the size of %2 to %n byte</numerusform>
                <numerusform>%1 set the size of %2 to %n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 mapped %n byte(s) of %2 as %3 (%4)</source>
            <translation>
                <numerusform>%1 mapped %n byte of %2 as %3 (%4)</numerusform>
                <numerusform>%1 mapped %n bytes of %2 as %3 (%4)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 wrote %n byte(s) at offset %2 of %3: %4</source>
            <translation>
                <numerusform>%1 wrote %n byte at offset %2 of %3: %4</numerusform>
                <numerusform>%1 wrote %n bytes at offset %2 of %3: %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 read %n byte(s) at offset %2 of %3: %4</source>
            <translation>
                <numerusform>%1 read %n byte at offset %2 of %3: %4</numerusform>
                <numerusform>%1 read %n bytes at offset %2 of %3: %4</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will read up to %n byte(s) from %1 (fd %2)</source>
            <translation>
                <numerusform>will read up to %n byte from %1 (fd %2)</numerusform>
                <numerusform>will read up to %n bytes from %1 (fd %2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will read up to %n byte(s) from %1</source>
            <translation>
                <numerusform>will read up to %n byte from %1</numerusform>
                <numerusform>will read up to %n bytes from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will write %n byte(s) to %1 (fd %2) %3</source>
            <translation>
                <numerusform>will write %n byte to %1 (fd %2) %3</numerusform>
                <numerusform>will write %n bytes to %1 (fd %2) %3</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>will write %n byte(s) to %1 %2</source>
            <translation>
                <numerusform>will write %n byte to %1 %2</numerusform>
                <numerusform>will write %n bytes to %1 %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message numerus="yes">
            <source>%1: %n more problem(s) not listed</source>
            <translation>
                <numerusform>%1: %n more problem not listed</numerusform>
                <numerusform>%1: %n more problems not listed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ipcviz export: warning: the trace is damaged (%n problem(s) listed above); valid events exported: %1</source>
            <translation>
                <numerusform>ipcviz export: warning: the trace is damaged (%n problem listed above); valid events exported: %1</numerusform>
                <numerusform>ipcviz export: warning: the trace is damaged (%n problems listed above); valid events exported: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InspectorPane</name>
        <message numerus="yes">
            <source>… %n more byte(s)</source>
            <translation>
                <numerusform>… %n more byte</numerusform>
                <numerusform>… %n more bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n write(s)</source>
            <translation>
                <numerusform>%n write</numerusform>
                <numerusform>%n writes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read(s)</source>
            <translation>
                <numerusform>%n read</numerusform>
                <numerusform>%n reads</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n posts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed wait(s)</source>
            <translation>
                <numerusform>%n completed wait</numerusform>
                <numerusform>%n completed waits</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ManPageDialog</name>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
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
    </context>
    <context>
        <name>MermaidExporter</name>
        <message numerus="yes">
            <source>%n more message(s) left out; the trace has them all</source>
            <translation>
                <numerusform>%n more message left out; the trace has them all</numerusform>
                <numerusform>%n more messages left out; the trace has them all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutcomeRunner</name>
        <message numerus="yes">
            <source>%n process(es): %1</source>
            <translation>
                <numerusform>%n process: %1</numerusform>
                <numerusform>%n processes: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutcomeView</name>
        <message numerus="yes">
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n run</numerusform>
                <numerusform>%n runs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n distinct outcome(s)</source>
            <translation>
                <numerusform>%n distinct outcome</numerusform>
                <numerusform>%n distinct outcomes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancelled after %n run(s).</source>
            <translation>
                <numerusform>Cancelled after %n run.</numerusform>
                <numerusform>Cancelled after %n runs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your prediction "%1" held in %2 of %n run(s) (%3 %).</source>
            <translation>
                <numerusform>Your prediction "%1" held in %2 of %n run (%3 %).</numerusform>
                <numerusform>Your prediction "%1" held in %2 of %n runs (%3 %).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Outcomes of %1 (%2 of %n run(s))</source>
            <translation>
                <numerusform>Outcomes of %1 (%2 of %n run)</numerusform>
                <numerusform>Outcomes of %1 (%2 of %n runs)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PipeItem</name>
        <message numerus="yes">
            <source>%n byte(s) in flight</source>
            <translation>
                <numerusform>%n byte in flight</numerusform>
                <numerusform>%n bytes in flight</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunController</name>
        <message numerus="yes">
            <source>The trace %1 is damaged: %n line(s) were skipped (first: %2). The rest is shown.</source>
            <translation>
                <numerusform>The trace %1 is damaged: %n line was skipped (first: %2). The rest is shown.</numerusform>
                <numerusform>The trace %1 is damaged: %n lines were skipped (first: %2). The rest is shown.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Running %1 step by step: %n event(s)</source>
            <translation>
                <numerusform>Running %1 step by step: %n event</numerusform>
                <numerusform>Running %1 step by step: %n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Running %1: %n event(s)</source>
            <translation>
                <numerusform>Running %1: %n event</numerusform>
                <numerusform>Running %1: %n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped by you: %n event(s)</source>
            <translation>
                <numerusform>Stopped by you: %n event</numerusform>
                <numerusform>Stopped by you: %n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ended: %1, %n event(s)</source>
            <translation>
                <numerusform>Ended: %1, %n event</numerusform>
                <numerusform>Ended: %1, %n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Trace without an end record: %n event(s)</source>
            <translation>
                <numerusform>Trace without an end record: %n event</numerusform>
                <numerusform>Trace without an end record: %n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The run did not finish: %n event(s)</source>
            <translation>
                <numerusform>The run did not finish: %n event</numerusform>
                <numerusform>The run did not finish: %n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n damaged line(s) skipped)</source>
            <translation>
                <numerusform>(%n damaged line skipped)</numerusform>
                <numerusform>(%n damaged lines skipped)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScenarioCheck</name>
        <message numerus="yes">
            <source>The engine did not finish checking the file within %n second(s).</source>
            <translation>
                <numerusform>The engine did not finish checking the file within %n second.</numerusform>
                <numerusform>The engine did not finish checking the file within %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScenarioFiles</name>
        <message numerus="yes">
            <source>%1 has %n error(s), listed in the Scenario File panel; fix them and it reloads by itself.</source>
            <translation>
                <numerusform>%1 has %n error, listed in the Scenario File panel; fix it and it reloads by itself.</numerusform>
                <numerusform>%1 has %n errors, listed in the Scenario File panel; fix them and it reloads by itself.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScenarioProblemsPane</name>
        <message numerus="yes">
            <source>%n error(s) in %1; it will not run until they are fixed.</source>
            <translation>
                <numerusform>%n error in %1; it will not run until it is fixed.</numerusform>
                <numerusform>%n errors in %1; it will not run until they are fixed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StepExplainer</name>
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
                <numerusform>read is about to return: %1 holds %n byte.</numerusform>
                <numerusform>read is about to return: %1 holds %n bytes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraceFile</name>
        <message numerus="yes">
            <source>%n event(s) with a repeated seq were dropped</source>
            <translation>
                <numerusform>%n event with a repeated seq was dropped</numerusform>
                <numerusform>%n events with a repeated seq were dropped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraceReplay</name>
        <message numerus="yes">
            <source>%n event(s) per second</source>
            <translation>
                <numerusform>%n event per second</numerusform>
                <numerusform>%n events per second</numerusform>
            </translation>
        </message>
    </context>
</TS>
