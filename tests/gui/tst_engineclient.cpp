// EngineClient end to end against the real engine (IPCVIZ_ENGINE_PATH), and
// against small fake engines for the failure paths.
#include "engineclient/engineclient.h"
#include "models/runfeeder.h"
#include "models/runmodel.h"
#include "models/runstate.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <csignal>

using State = ProcessState::State;

namespace {

constexpr int RunTimeoutMs = 60000; // sanitizer builds on a shared, loaded machine

QString enginePath()
{
    return QStringLiteral(IPCVIZ_ENGINE_PATH);
}

bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH);
}

// One live run feeding a RunModel, as the app does it.
struct LiveRun {
    EngineClient client;
    RunModel model;
    QSignalSpy started{&client, &EngineClient::runStarted};
    QSignalSpy received{&client, &EngineClient::eventsReceived};
    QSignalSpy finished{&client, &EngineClient::runFinished};
    QSignalSpy failed{&client, &EngineClient::runFailed};
    QSignalSpy running{&client, &EngineClient::runningChanged};
    QSignalSpy decodeErrors{&client, &EngineClient::decodeErrorOccurred};

    explicit LiveRun(const QString &engine = enginePath())
    {
        client.setEnginePath(engine);
        RunFeeder::connectClient(&client, &model);
    }
    bool waitForEnd(int timeoutMs = RunTimeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (finished.isEmpty() && failed.isEmpty() && timer.elapsed() < timeoutMs)
            QTest::qWait(20);
        return !finished.isEmpty() || !failed.isEmpty();
    }
    QString failure() const
    {
        return failed.isEmpty() ? QString() : failed.first().first().toString();
    }
};

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

} // namespace

class TestEngineClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void arguments();
    void pipeMessages();
    void zombie();
    void everyBuiltinReconstructs();
    void stepModeAndStop();
    void destructorEndsEngine();
    void unknownScenario();
    void failures_data();
    void failures();
    void listScenarios();
    void listScenariosFailures();
};

void TestEngineClient::initTestCase()
{
    const QFileInfo engine(enginePath());
    if (!engine.isExecutable())
        QFAIL(qPrintable(QStringLiteral("engine not built: %1").arg(enginePath())));
}

void TestEngineClient::arguments()
{
    RunOptions options;
    options.scenario = QStringLiteral("pipe-messages");
    QCOMPARE(options.arguments(),
             (QStringList{QStringLiteral("run"), QStringLiteral("pipe-messages")}));
    options.step = true;
    options.paceMs = 200;
    options.timeoutSeconds = 5;
    options.traceFile = QStringLiteral("/tmp/t.ndjson");
    options.params = {{QStringLiteral("count"), QStringLiteral("2")},
                      {QStringLiteral("message"), QStringLiteral("a b")}};
    QCOMPARE(options.arguments(),
             (QStringList{QStringLiteral("run"), QStringLiteral("pipe-messages"),
                          QStringLiteral("--step"), QStringLiteral("--pace"), QStringLiteral("200"),
                          QStringLiteral("--timeout"), QStringLiteral("5"),
                          QStringLiteral("--trace"), QStringLiteral("/tmp/t.ndjson"),
                          QStringLiteral("--param"), QStringLiteral("count=2"),
                          QStringLiteral("--param"), QStringLiteral("message=a b")}));

    qputenv("IPCVIZ_ENGINE", "/opt/elsewhere/ipcviz-engine");
    QCOMPARE(EngineClient::locateEngine(), QStringLiteral("/opt/elsewhere/ipcviz-engine"));
    qunsetenv("IPCVIZ_ENGINE");
    EngineClient client;
    client.setEnginePath(enginePath());
    QCOMPARE(client.enginePath(), enginePath());
}

void TestEngineClient::pipeMessages()
{
    LiveRun run;
    RunOptions options;
    options.scenario = QStringLiteral("pipe-messages");
    options.params = {{QStringLiteral("delay_ms"), QStringLiteral("50")}};
    QTemporaryDir dir;
    options.traceFile = dir.filePath(QStringLiteral("trace.ndjson"));
    QVERIFY(run.client.start(options));
    QVERIFY(run.client.isRunning());
    QVERIFY(!run.client.start(options)); // one run at a time
    QVERIFY(run.waitForEnd());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failure()));
    QCOMPARE(run.started.size(), 1);
    QCOMPARE(run.finished.size(), 1);
    QVERIFY(!run.received.isEmpty());
    QVERIFY(run.decodeErrors.isEmpty());
    QCOMPARE(run.client.outcome(), EngineClient::Outcome::Completed);
    QVERIFY(!run.client.isRunning());
    QCOMPARE(run.running.size(), 2);
    QCOMPARE(run.running.last().first().toBool(), false);

    const Event hello = run.started.first().first().value<Event>();
    QCOMPARE(hello.str(QStringLiteral("scenario")), QStringLiteral("pipe-messages"));
    QCOMPARE(run.model.hello().str(QStringLiteral("scenario")), QStringLiteral("pipe-messages"));
    const Event end = run.finished.first().first().value<Event>();
    QCOMPARE(end.str(QStringLiteral("status")), QStringLiteral("completed"));
    QVERIFY(run.model.hasEnded());
    QVERIFY(end.value(QLatin1String("leaks")).toArray().isEmpty());

    // What the views would show at the end.
    const RunState state = run.model.currentState();
    QCOMPARE(state.index(), run.model.eventCount() - 1);
    QStringList labels;
    for (const ProcessState &p : state.processes())
        labels.append(p.label);
    QCOMPARE(labels, (QStringList{QStringLiteral("main"), QStringLiteral("main.1")}));
    const ProcessState *child = state.process(QStringLiteral("main.1"));
    QVERIFY(!child->isAlive());
    QCOMPARE(child->exitCode, 0);
    QCOMPARE(child->output, QStringLiteral("Hello, world.\nHello, world.\nHello, world.\n"));
    int reads = 0;
    for (const Event &e : run.model.events()) {
        if (e.kind == QLatin1String("pipe.read") && e.isEnd() &&
            e.dataBytes() == QByteArray("Hello, world.\n"))
            ++reads;
    }
    QCOMPARE(reads, 3);
    const ObjectState *pipe = state.object(QStringLiteral("pipe#1"));
    QVERIFY(pipe);
    QCOMPARE(pipe->inFlight, 0);
    QCOMPARE(pipe->bytesWritten, 42);
    QCOMPARE(pipe->bytesRead, 42);
    QVERIFY(QFileInfo(options.traceFile).size() > 0);
}

void TestEngineClient::zombie()
{
    LiveRun run;
    RunOptions options;
    options.scenario = QStringLiteral("zombie");
    options.params = {{QStringLiteral("zombie_s"), QStringLiteral("1")}};
    QVERIFY(run.client.start(options));
    QVERIFY(run.waitForEnd());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failure()));
    QCOMPARE(run.client.outcome(), EngineClient::Outcome::Completed);

    int zombieAt = -1;
    for (int i = 0; i < run.model.eventCount() && zombieAt < 0; ++i) {
        const ProcessState *child = run.model.stateAt(i).process(QStringLiteral("main.1"));
        if (child && child->state == State::Zombie)
            zombieAt = i;
    }
    QVERIFY2(zombieAt >= 0, "the child was never a zombie");
    QCOMPARE(run.model.event(zombieAt).kind, QStringLiteral("proc.state"));
    const RunState last = run.model.currentState();
    const ProcessState *child = last.process(QStringLiteral("main.1"));
    QVERIFY(child->state == State::Reaped || child->state == State::Exited);
    QCOMPARE(child->exitCode, 3);
    const ProcessState *main = last.process(QStringLiteral("main"));
    QVERIFY(main->state == State::Reaped || main->state == State::Exited);
}

void TestEngineClient::everyBuiltinReconstructs()
{
    // Every built-in scenario, run for real: the stream decodes cleanly and the
    // reconstructed end state has no process left alive and no reader still blocked.
    const ScenarioList list = EngineClient::listScenarios(enginePath(), 20000);
    QVERIFY2(list.ok(), qPrintable(list.error));
    QVERIFY(!list.scenarios.isEmpty());
    for (const QJsonValue &value : list.scenarios) {
        const QString id = value.toObject().value(QLatin1String("id")).toString();
        LiveRun run;
        RunOptions options;
        options.scenario = id;
        options.timeoutSeconds = 30;
        // Shorten the scenarios' pauses where they have one (within their range).
        for (const QJsonValue &param : value.toObject().value(QLatin1String("params")).toArray()) {
            const QJsonObject p = param.toObject();
            const QString name = p.value(QLatin1String("name")).toString();
            const qint64 min = p.value(QLatin1String("min")).toInteger(0);
            if (name.endsWith(QLatin1String("_ms")))
                options.params.append({name, QString::number(qMax<qint64>(10, min))});
            else if (name.endsWith(QLatin1String("_s")))
                options.params.append({name, QString::number(qMax<qint64>(1, min))});
        }
        QVERIFY(run.client.start(options));
        QVERIFY2(run.waitForEnd(), qPrintable(id));
        QVERIFY2(run.failed.isEmpty(), qPrintable(id + QLatin1String(": ") + run.failure()));
        QVERIFY2(run.decodeErrors.isEmpty(), qPrintable(id));
        const Event end = run.finished.first().first().value<Event>();
        // A classic problem may deadlock on purpose; the engine then ends it.
        const QString status = end.str(QStringLiteral("status"));
        QVERIFY2(status == QLatin1String("completed") || status == QLatin1String("deadlock"),
                 qPrintable(id + QLatin1String(": ") + end.str(QStringLiteral("status")) +
                            QLatin1Char(' ') + end.str(QStringLiteral("message"))));
        const RunState state = run.model.currentState();
        QVERIFY2(!state.processes().isEmpty(), qPrintable(id));
        if (status != QLatin1String("completed"))
            continue; // the engine ended it: not every kill is in the stream
        for (const ProcessState &p : state.processes()) {
            QVERIFY2(!p.isAlive(),
                     qPrintable(id + QLatin1String(": ") + p.label + QLatin1String(" alive")));
            QVERIFY2(p.fds.isEmpty(), qPrintable(id + QLatin1String(": ") + p.label));
        }
        for (const ObjectState &o : state.objects()) {
            QVERIFY2(o.waiting.isEmpty(), qPrintable(id + QLatin1String(": ") + o.id));
            QVERIFY2(o.readers.isEmpty() && o.writers.isEmpty(),
                     qPrintable(id + QLatin1String(": ") + o.id));
        }
        qInfo("%s: %d events, %d processes, %d objects", qPrintable(id), run.model.eventCount(),
              int(state.processes().size()), int(state.objects().size()));
    }
}

void TestEngineClient::stepModeAndStop()
{
    LiveRun run;
    RunOptions options;
    options.scenario = QStringLiteral("pipe-messages");
    options.step = true;
    QVERIFY(run.client.start(options));
    QTRY_VERIFY_WITH_TIMEOUT(!run.model.currentState().readyLabels().isEmpty(), RunTimeoutMs);
    QVERIFY(run.client.step());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(run.model.events().cbegin(), run.model.events().cend(),
                    [](const Event &e) { return e.kind == QLatin1String("gate.release"); }),
        RunTimeoutMs);
    const qint64 engine = run.model.hello().num(QStringLiteral("engine_pid"));
    QVERIFY(processExists(engine));

    run.client.stop();
    QVERIFY(run.waitForEnd());
    QVERIFY2(run.failed.isEmpty(), qPrintable(run.failure()));
    QCOMPARE(run.client.outcome(), EngineClient::Outcome::StoppedByUser);
    const Event end = run.finished.first().first().value<Event>();
    QCOMPARE(end.str(QStringLiteral("status")), QStringLiteral("cancelled"));
    QVERIFY(!run.client.isRunning());
    QVERIFY(!processExists(engine));
    QVERIFY(!run.client.sendCommand({{QStringLiteral("cmd"), QStringLiteral("step")}}));
}

void TestEngineClient::destructorEndsEngine()
{
    qint64 engine = 0;
    {
        LiveRun run;
        RunOptions options;
        options.scenario = QStringLiteral("pipe-messages");
        options.step = true;
        QVERIFY(run.client.start(options));
        QTRY_VERIFY_WITH_TIMEOUT(!run.started.isEmpty(), RunTimeoutMs);
        engine = run.model.hello().num(QStringLiteral("engine_pid"));
        QVERIFY(processExists(engine));
    }
    QVERIFY(!processExists(engine));
}

void TestEngineClient::unknownScenario()
{
    LiveRun run;
    RunOptions options;
    options.scenario = QStringLiteral("no-such-scenario");
    QVERIFY(run.client.start(options));
    QVERIFY(run.waitForEnd());
    QCOMPARE(run.finished.size(), 0);
    QCOMPARE(run.failed.size(), 1);
    QCOMPARE(run.client.outcome(), EngineClient::Outcome::ExitedWithoutEnd);
    QVERIFY2(run.failure().contains(QStringLiteral("no-such-scenario")), qPrintable(run.failure()));
}

void TestEngineClient::failures_data()
{
    QTest::addColumn<QByteArray>("script"); // empty: no engine at all
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("eventsBeforeFailure");

    QTest::newRow("engine missing") << QByteArray() << int(EngineClient::Outcome::FailedToStart)
                                    << QStringLiteral("IPCVIZ_ENGINE") << 0;
    QTest::newRow("not executable") << QByteArray("-") << int(EngineClient::Outcome::FailedToStart)
                                    << QStringLiteral("executable") << 0;
    QTest::newRow("newer protocol")
        << QByteArray("echo '{\"type\":\"hello\",\"protocol\":2}'\nexec sleep 30\n")
        << int(EngineClient::Outcome::ProtocolError) << QStringLiteral("newer protocol") << 0;
    QTest::newRow("not an event stream")
        << QByteArray("echo 'Segmentation fault'\necho '{\"seq\":0,\"kind\":\"proc.start\"}'\nexec "
                      "sleep 30\n")
        << int(EngineClient::Outcome::ProtocolError) << QStringLiteral("hello") << 0;
    QTest::newRow("exits without end")
        << QByteArray("echo '{\"type\":\"hello\",\"protocol\":1}'\necho "
                      "'{\"seq\":0,\"t\":1,\"pid\":1,\"label\":\"main\",\"kind\":\"proc.start\"}'"
                      "\nexit 1\n")
        << int(EngineClient::Outcome::ExitedWithoutEnd) << QStringLiteral("without finishing") << 1;
    QTest::newRow("crash") << QByteArray("echo '{\"type\":\"hello\",\"protocol\":1}'\necho "
                                         "'engine: oops' >&2\nkill -SEGV $$\n")
                           << int(EngineClient::Outcome::Crashed) << QStringLiteral("engine: oops")
                           << 0;
    QTest::newRow("garbage line then end")
        << QByteArray("echo '{\"type\":\"hello\",\"protocol\":1}'\necho 'garbage'\necho "
                      "'{\"type\":\"end\",\"status\":\"failed\",\"message\":\"x\"}'\nexit 1\n")
        << int(EngineClient::Outcome::EndedWithStatus) << QString() << 0;
}

void TestEngineClient::failures()
{
    QFETCH(QByteArray, script);
    QFETCH(int, outcome);
    QFETCH(QString, message);
    QFETCH(int, eventsBeforeFailure);

    QTemporaryDir dir;
    QString engine = dir.filePath(QStringLiteral("missing-engine"));
    if (script == "-") {
        engine = dir.filePath(QStringLiteral("not-executable"));
        QFile file(engine);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain text\n");
    } else if (!script.isEmpty()) {
        engine = writeScript(dir, QStringLiteral("fake-engine"), script);
    }
    LiveRun run(engine);
    RunOptions options;
    options.scenario = QStringLiteral("pipe-messages");
    QElapsedTimer timer;
    timer.start();
    run.client.start(options);
    QVERIFY(run.waitForEnd(20000));
    QTRY_VERIFY_WITH_TIMEOUT(!run.client.isRunning(), 20000);
    QVERIFY(timer.elapsed() < 20000); // never waits for the fake's `sleep 30`
    QCOMPARE(int(run.client.outcome()), outcome);
    if (outcome == int(EngineClient::Outcome::EndedWithStatus)) {
        QCOMPARE(run.finished.size(), 1);
        QCOMPARE(run.decodeErrors.size(), 1);
        QCOMPARE(run.decodeErrors.first().first().value<DecodeError>().lineNumber, 2);
    } else {
        QCOMPARE(run.failed.size(), 1);
        QCOMPARE(run.finished.size(), 0);
        QVERIFY2(run.failure().contains(message), qPrintable(run.failure()));
    }
    QCOMPARE(run.model.eventCount(), eventsBeforeFailure);
    QCOMPARE(run.running.isEmpty() ? false : run.running.last().first().toBool(), false);
}

void TestEngineClient::listScenarios()
{
    const ScenarioList list = EngineClient::listScenarios(enginePath(), 20000);
    QVERIFY2(list.ok(), qPrintable(list.error));
    bool found = false;
    for (const QJsonValue &value : list.scenarios) {
        const QJsonObject scenario = value.toObject();
        QVERIFY(!scenario.value(QLatin1String("title")).toString().isEmpty());
        QVERIFY(!scenario.value(QLatin1String("category")).toString().isEmpty());
        if (scenario.value(QLatin1String("id")).toString() != QLatin1String("pipe-messages"))
            continue;
        found = true;
        QStringList params;
        for (const QJsonValue &param : scenario.value(QLatin1String("params")).toArray())
            params.append(param.toObject().value(QLatin1String("name")).toString());
        QCOMPARE(params, (QStringList{QStringLiteral("count"), QStringLiteral("delay_ms"),
                                      QStringLiteral("message")}));
    }
    QVERIFY(found);
}

void TestEngineClient::listScenariosFailures()
{
    QTemporaryDir dir;
    ScenarioList list = EngineClient::listScenarios(dir.filePath(QStringLiteral("nothing")), 5000);
    QVERIFY(!list.ok());
    QVERIFY(list.error.contains(QStringLiteral("nothing")));
    list = EngineClient::listScenarios(writeScript(dir, QStringLiteral("slow"), "exec sleep 30\n"),
                                       500);
    QVERIFY(!list.ok());
    QVERIFY(list.error.contains(QStringLiteral("500 ms")));
    list =
        EngineClient::listScenarios(writeScript(dir, QStringLiteral("bad"), "echo '[1,'\n"), 5000);
    QVERIFY(!list.ok());
    QVERIFY(list.error.contains(QStringLiteral("not valid JSON")));
    list = EngineClient::listScenarios(
        writeScript(dir, QStringLiteral("noid"), "echo '[{\"title\":\"x\"}]'\n"), 5000);
    QVERIFY(!list.ok());
    list = EngineClient::listScenarios(
        writeScript(dir, QStringLiteral("fails"), "echo 'no list for you' >&2\nexit 3\n"), 5000);
    QVERIFY(!list.ok());
    QVERIFY(list.error.contains(QStringLiteral("no list for you")));
}

QTEST_GUILESS_MAIN(TestEngineClient)
#include "tst_engineclient.moc"
