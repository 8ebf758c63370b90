// The engine's messages in their translatable form (engine/PROTOCOL.md,
// "Translatable messages"): next to every English `message` of `check --json`,
// `engine.error`, `engine.limit` and `end` stand a `template` and its `args`,
// and substituting the arguments into the template gives the English message
// back, byte for byte. Every template is one that scripts/update-translations
// collected into translations/engine-strings.cpp, so translators have it.

#include "enginerun.h"
#include "scenario/check.h"
#include "scenario/library.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <sstream>

namespace {

// The app's substitution, written again independently: %1 to %9 in one pass.
QString render(const QJsonValue &tmpl, const QJsonValue &args, QStringList &templates,
               QString &problem)
{
    if (!tmpl.isString()) {
        problem = QStringLiteral("no template");
        return {};
    }
    templates.append(tmpl.toString());
    QStringList values;
    for (const QJsonValue &a : args.toArray()) {
        if (a.isString())
            values.append(a.toString());
        else if (a.isObject())
            values.append(render(a.toObject().value(QLatin1String("template")),
                                 a.toObject().value(QLatin1String("args")), templates, problem));
        else
            problem = QStringLiteral("an argument that is neither a string nor an object");
    }
    if (!args.isUndefined() && (!args.isArray() || args.toArray().isEmpty()))
        problem = QStringLiteral("`args` must be a non-empty array when present");
    const QString t = tmpl.toString();
    QString out;
    QList<bool> used(values.size(), false);
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == QLatin1Char('%') && i + 1 < t.size() && t[i + 1] >= QLatin1Char('1') &&
            t[i + 1] <= QLatin1Char('9') && t[i + 1].unicode() - '1' < values.size()) {
            const int n = t[i + 1].unicode() - '1';
            out += values[n];
            used[n] = true;
            ++i;
        } else {
            out += t[i];
        }
    }
    if (used.contains(false))
        problem = QStringLiteral("an argument without its placeholder in \"%1\"").arg(t);
    return out;
}

QSet<QString> collectedTemplates()
{
    QFile f(sourceDir() + QStringLiteral("/translations/engine-strings.cpp"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression noop(
        QStringLiteral("QT_TRANSLATE_NOOP\\(\"EngineMessage\", (\"(?:[^\"\\\\]|\\\\.)*\")\\)"));
    QSet<QString> out;
    for (auto it = noop.globalMatch(text); it.hasNext();)
        out.insert(QJsonDocument::fromJson("[" + it.next().captured(1).toUtf8() + "]")
                       .array()
                       .at(0)
                       .toString());
    return out;
}

} // namespace

class TestEngineMessages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void checkJson_data();
    void checkJson();
    void checkJsonOfMutatedBuiltins();
    void coverage();
    void engineLimitAndEnd_data();
    void engineLimitAndEnd();
    void engineError();

private:
    // Each record: English message vs template and args; returns the problems.
    void verify(const QJsonObject &record, const QString &where,
                const char *messageKey = "message");

    QSet<QString> m_collected;
    QSet<QString> m_seen; // templates met by the tests
};

void TestEngineMessages::initTestCase()
{
    m_collected = collectedTemplates();
    QVERIFY2(m_collected.size() > 150, "translations/engine-strings.cpp is missing or empty");
}

void TestEngineMessages::verify(const QJsonObject &record, const QString &where,
                                const char *messageKey)
{
    const QString message = record.value(QLatin1String(messageKey)).toString();
    QVERIFY2(!message.isEmpty(), qPrintable(where));
    QStringList templates;
    QString problem;
    const QString rendered = render(record.value(QLatin1String("template")),
                                    record.value(QLatin1String("args")), templates, problem);
    QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
    QCOMPARE(rendered, message);
    for (const QString &t : std::as_const(templates)) {
        QVERIFY2(m_collected.contains(t),
                 qPrintable(where + QStringLiteral(": template not in engine-strings.cpp: ") + t));
        m_seen.insert(t);
    }
}

void TestEngineMessages::checkJson_data()
{
    QTest::addColumn<QString>("path");
    const QDir broken(sourceDir() + QStringLiteral("/tests/engine/data/broken"));
    const QStringList files = broken.entryList({QStringLiteral("*.ipcv")}, QDir::Files);
    QVERIFY(files.size() >= 50);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << broken.filePath(file);
    // Errors about the whole file (tst_scenarioparser's loadErrors).
    QTest::newRow("unknown id") << QStringLiteral("no-such-scenario");
    QTest::newRow("misspelled id") << QStringLiteral("pipe-mesages");
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/x.ipcv");
    QTest::newRow("directory") << QStringLiteral("/");
}

void TestEngineMessages::checkJson()
{
    QFETCH(QString, path);
    QProcess p;
    p.start(enginePath(), {QStringLiteral("check"), path, QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
    QVERIFY(!errors.isEmpty());
    for (const QJsonValue &e : errors)
        verify(e.toObject(), path);
}

void TestEngineMessages::checkJsonOfMutatedBuiltins()
{
    // Broken in many ways at once: every error still has a faithful template.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QRandomGenerator rng(8);
    const char alphabet[] = "{}\"\\$#%.\n \tax0-/9";
    int errors = 0;
    for (const char *id : {"shm-semaphore", "sigchld-reaper", "fifo-messages", "fork-tree",
                           "mmap-file", "readers-writers"}) {
        const std::string base = ipcviz::scenario::loadScenario(id).scenario.sourceText;
        QVERIFY(!base.empty());
        for (int round = 0; round < 40; ++round) {
            std::string text = base;
            for (int e = 0; e < 1 + int(rng.bounded(6)); ++e) {
                const auto at = std::size_t(rng.bounded(quint32(text.size())));
                text.insert(at, 1, alphabet[rng.bounded(quint32(sizeof alphabet - 1))]);
            }
            const QString path = dir.filePath(QStringLiteral("m%1.ipcv").arg(round));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text.data(), qint64(text.size()));
            f.close();
            std::ostringstream out;
            ipcviz::scenario::runCheckJson(path.toStdString(), out);
            const QJsonObject o =
                QJsonDocument::fromJson(QByteArray::fromStdString(out.str())).object();
            QVERIFY(o.contains(QStringLiteral("errors")));
            for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray()) {
                verify(e.toObject(), path);
                ++errors;
            }
        }
    }
    QVERIFY(errors > 100);
}

void TestEngineMessages::coverage()
{
    // A good part of the parser's templates were met above (nested ones included).
    QVERIFY2(m_seen.size() >= 80, qPrintable(QString::number(m_seen.size())));
}

void TestEngineMessages::engineLimitAndEnd_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("limit");
    QTest::newRow("processes") << QStringList{QStringLiteral("fork-tree"),
                                              QStringLiteral("--max-procs"), QStringLiteral("3")}
                               << QStringLiteral("processes");
    QTest::newRow("objects") << QStringList{QStringLiteral("shm-semaphore"),
                                            QStringLiteral("--max-objects"), QStringLiteral("1")}
                             << QStringLiteral("objects");
    QTest::newRow("events") << QStringList{QStringLiteral("fork-basic"),
                                           QStringLiteral("--max-events"), QStringLiteral("3")}
                            << QStringLiteral("events");
}

void TestEngineMessages::engineLimitAndEnd()
{
    QFETCH(QStringList, args);
    QFETCH(QString, limit);
    const EngineRun run = runEngine(args);
    QCOMPARE(run.status(), QStringLiteral("failed"));
    const QList<QJsonObject> limits = run.ofKind(QStringLiteral("engine.limit"));
    QVERIFY(!limits.isEmpty());
    QCOMPARE(limits.first().value(QStringLiteral("limit")).toString(), limit);
    verify(limits.first(), QStringLiteral("engine.limit"));
    verify(run.end, QStringLiteral("end"));
    QCOMPARE(run.end.value(QStringLiteral("template")),
             limits.first().value(QStringLiteral("template")));
    QCOMPARE(run.end.value(QStringLiteral("args")), limits.first().value(QStringLiteral("args")));
}

void TestEngineMessages::engineError()
{
    const EngineRun run =
        runEngine({QStringLiteral("fork-basic")},
                  "{\"cmd\":\"bogus\"}\nnot json\n{\"cmd\":\"signal\",\"label\":\"nobody\","
                  "\"signal\":\"SIGUSR1\"}\n{\"cmd\":\"step\"}\n");
    const QList<QJsonObject> errors = run.ofKind(QStringLiteral("engine.error"));
    QCOMPARE(errors.size(), 4);
    for (const QJsonObject &e : errors)
        verify(e, QStringLiteral("engine.error"));
    QCOMPARE(errors.first().value(QStringLiteral("args")).toArray().first().toString(),
             QStringLiteral("bogus"));
}

QTEST_GUILESS_MAIN(TestEngineMessages)
#include "tst_enginemessages.moc"
