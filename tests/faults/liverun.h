#pragma once

#include "enginerun.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <functional>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

/// One engine run under test, watched while it happens: the process (the
/// engine, or the fake app that started it) is read incrementally, each
/// complete stdout line decoded as it arrives, so that a test can inject a
/// fault at the moment it chooses and then inspect what the stream and the
/// machine say. Lines that are not JSON records are kept apart (the fake
/// app's "#engine-exited" report, or garbage, which a test treats as an error).
class LiveRun {
public:
    LiveRun() = default;
    LiveRun(const LiveRun &) = delete;
    LiveRun &operator=(const LiveRun &) = delete;
    ~LiveRun()
    {
        // A failed round must not leave its engine behind for the next one.
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QString &program, const QStringList &args)
    {
        m_process.start(program, args);
        if (!m_process.waitForStarted(10000))
            return false;
        m_pid = m_process.processId();
        return true;
    }

    qint64 processId() const { return m_pid; }
    QProcess &process() { return m_process; }
    bool finished() const { return m_process.state() == QProcess::NotRunning; }

    /// Reads what is available (waiting at most `ms` for more) and decodes it.
    void pump(int ms)
    {
        if (!m_process.bytesAvailable() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(ms);
        m_buffer += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            decode(line);
        }
    }

    /// Pumps until a record satisfies `match` (true) or `ms` ran out.
    bool waitFor(const std::function<bool(const QJsonObject &)> &match, int ms)
    {
        QElapsedTimer t;
        t.start();
        qsizetype seen = 0;
        for (;;) {
            for (; seen < m_records.size(); ++seen)
                if (match(m_records[seen]))
                    return true;
            if (t.elapsed() >= ms || (finished() && !m_process.bytesAvailable()))
                return false;
            pump(20);
        }
    }

    bool waitForKind(const QString &kind, int ms)
    {
        return waitFor(
            [&](const QJsonObject &r) { return r.value(QStringLiteral("kind")) == kind; }, ms);
    }

    bool waitForFirstEvent(int ms)
    {
        return waitFor([](const QJsonObject &r) { return r.contains(QStringLiteral("seq")); }, ms);
    }

    /// Reads everything until the process has exited (true) or `ms` ran out.
    bool waitForExit(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!finished() && t.elapsed() < ms)
            pump(20);
        if (finished()) {
            m_process.waitForFinished(0);
            pump(0);
        }
        return finished();
    }

    /// Writes a line to the process's stdin, at once (not at the next event loop).
    void send(const QByteArray &line)
    {
        m_process.write(line);
        m_process.waitForBytesWritten(1000);
    }

    /// The process gets SIGKILL: skips every cleanup, as a crash or kill -9 does.
    void sigkill() const { ::kill(pid_t(m_pid), SIGKILL); }

    const QJsonObject &hello() const { return m_run.hello; }
    const QJsonObject &end() const { return m_run.end; }
    const EngineRun &run() const { return m_run; }
    const QStringList &otherLines() const { return m_other; }
    QString stderrText() const { return QString::fromUtf8(m_stderr); }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

    /// The engine's pid: from `hello` (the fake app's child), else the process.
    qint64 enginePid() const
    {
        const qint64 fromHello = m_run.hello.value(QStringLiteral("engine_pid")).toInteger();
        return fromHello > 0 ? fromHello : m_pid;
    }

private:
    void decode(const QByteArray &line)
    {
        if (line.isEmpty())
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            m_other << QString::fromUtf8(line);
            return;
        }
        const QJsonObject obj = doc.object();
        m_records << obj;
        const QString type = obj.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("hello"))
            m_run.hello = obj;
        else if (type == QLatin1String("end"))
            m_run.end = obj;
        else
            m_run.events << obj;
        m_run.raw += line + '\n';
    }

    QProcess m_process;
    qint64 m_pid = 0;
    QByteArray m_buffer;
    QByteArray m_stderr;
    QList<QJsonObject> m_records;
    QStringList m_other;
    EngineRun m_run;
};
