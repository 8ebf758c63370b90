#pragma once
// Test helper: runs the real ipcviz-engine binary and collects its event
// stream, so engine tests assert on what really happened.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStringList>
#include <QTest>

#include <csignal>
#include <sys/types.h>

struct EngineRun {
    QJsonObject hello;
    QJsonObject end;
    QList<QJsonObject> events;
    QString stderrText;
    int exitCode = -1;
    QByteArray raw;

    QList<QJsonObject> ofKind(const QString &kind, const QString &phase = {}) const
    {
        QList<QJsonObject> out;
        for (const auto &e : events)
            if (e.value(QStringLiteral("kind")).toString() == kind &&
                (phase.isEmpty() || e.value(QStringLiteral("phase")).toString() == phase))
                out.push_back(e);
        return out;
    }
    /// Everything a label printed (proc.output, stdout and stderr) in order.
    QString output(const QString &label = {}) const
    {
        QString s;
        for (const auto &e : ofKind(QStringLiteral("proc.output")))
            if (label.isEmpty() || e.value(QStringLiteral("label")).toString() == label)
                s += e.value(QStringLiteral("data")).toString();
        return s;
    }
    QString status() const { return end.value(QStringLiteral("status")).toString(); }
    qint64 pidOf(const QString &label) const
    {
        for (const auto &e : ofKind(QStringLiteral("proc.start")))
            if (e.value(QStringLiteral("label")).toString() == label)
                return e.value(QStringLiteral("pid")).toInteger();
        return 0;
    }
};

inline QString enginePath()
{
    return QStringLiteral(IPCVIZ_ENGINE_PATH);
}
inline QString sourceDir()
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR);
}

/// Parses an engine's stdout into a run.
inline void parseStream(EngineRun &run, const QByteArray &out)
{
    run.raw = out;
    const auto lines = out.split('\n');
    for (const auto &line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError err{};
        const auto doc = QJsonDocument::fromJson(line, &err);
        QVERIFY2(doc.isObject(), line.constData());
        const auto obj = doc.object();
        const auto type = obj.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("hello"))
            run.hello = obj;
        else if (type == QLatin1String("end"))
            run.end = obj;
        else
            run.events.push_back(obj);
    }
}

/// Runs `ipcviz-engine run ARGS…` to its end with stdin closed (or fed
/// `input`), within `timeoutMs`.
inline EngineRun runEngine(const QStringList &args, const QByteArray &input = {},
                           int timeoutMs = 60000)
{
    EngineRun run;
    QProcess p;
    p.start(enginePath(), QStringList{QStringLiteral("run")} + args);
    if (!p.waitForStarted(10000))
        return run;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    run.exitCode = p.exitCode();
    run.stderrText = QString::fromUtf8(p.readAllStandardError());
    parseStream(run, p.readAllStandardOutput());
    return run;
}

/// Runs in step mode with every command written up front; stdin stays open
/// until the run has ended (EOF would mean "the controller is gone").
inline EngineRun stepRun(const QStringList &args, const QByteArray &commands)
{
    EngineRun run;
    QProcess p;
    p.start(enginePath(),
            QStringList{QStringLiteral("run")} + args + QStringList{QStringLiteral("--step")});
    if (!p.waitForStarted())
        return run;
    p.write(commands);
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains("{\"type\":\"end\"") && t.elapsed() < 60000) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    p.closeWriteChannel();
    p.waitForFinished(10000);
    out += p.readAllStandardOutput();
    run.exitCode = p.exitCode();
    parseStream(run, out);
    return run;
}

/// True when no process of the run's group exists any more.
inline bool groupGone(qint64 pgid)
{
    return pgid <= 1 || (::kill(-pid_t(pgid), 0) != 0);
}

/// The machine holds nothing of this run: no run directory, no /dev/shm
/// names, no process of its group, no process of its own left.
inline QStringList leftovers(const EngineRun &run)
{
    QStringList found;
    const QString dir = run.hello.value(QStringLiteral("run_dir")).toString();
    if (!dir.isEmpty() && QFileInfo::exists(dir))
        found << QStringLiteral("run dir ") + dir;
    QString stem = run.hello.value(QStringLiteral("prefix")).toString().mid(1);
    if (!stem.isEmpty()) {
        const auto entries = QDir(QStringLiteral("/dev/shm")).entryList(QDir::Files | QDir::System);
        for (const auto &e : entries)
            if (e.startsWith(stem) || e.startsWith(QStringLiteral("sem.") + stem))
                found << QStringLiteral("/dev/shm/") + e;
    }
    // Every scenario process (zombies included) is in the group of the first
    // root; exec'd programs stay in it too.
    const qint64 pgid =
        run.pidOf(run.hello.value(QStringLiteral("roots")).toArray().first().toString());
    if (!groupGone(pgid))
        found << QStringLiteral("processes of group %1").arg(pgid);
    return found;
}
