// The engine's machine-readable commands the app relies on: list --json,
// check --json (errors and the programs a file would exec) and c --json (the
// C program with its line map).

#include "enginerun.h"

#include <QTemporaryDir>
#include <QtTest>

class TestEngineCli : public QObject {
    Q_OBJECT

private slots:
    void listJson();
    void checkJsonOk();
    void checkJsonErrors();
    void cJsonMapsEveryStatement();
    void usageErrors_data();
    void usageErrors();
};

namespace {
QByteArray engine(const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.start(enginePath(), args);
    p.waitForFinished(60000);
    if (code)
        *code = p.exitCode();
    return p.readAllStandardOutput();
}
} // namespace

void TestEngineCli::listJson()
{
    int code = -1;
    const auto doc =
        QJsonDocument::fromJson(engine({QStringLiteral("list"), QStringLiteral("--json")}, &code));
    QCOMPARE(code, 0);
    const auto all = doc.array();
    QVERIFY(all.size() >= 26);
    for (const auto &v : all) {
        const auto o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("category")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("params")).isArray());
    }
}

void TestEngineCli::checkJsonOk()
{
    int code = -1;
    const auto o =
        QJsonDocument::fromJson(engine({QStringLiteral("check"), QStringLiteral("exec-spawn"),
                                        QStringLiteral("--json")},
                                       &code))
            .object();
    QCOMPARE(code, 0);
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("execs")).toArray(), QJsonArray({QStringLiteral("ls")}));
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("exec-spawn"));
}

void TestEngineCli::checkJsonErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.ipcv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("title \"bad\"\nprocess main {\n    frobnicate 3\n    exec sh -c \"echo hi\"\n}\n");
    f.close();
    int code = -1;
    const auto o = QJsonDocument::fromJson(
                       engine({QStringLiteral("check"), path, QStringLiteral("--json")}, &code))
                       .object();
    QCOMPARE(code, 1);
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
    const auto errors = o.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].toObject().value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(errors[0].toObject().value(QStringLiteral("column")).toInt(), 5);
    QVERIFY(errors[0]
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("frobnicate")));
}

void TestEngineCli::cJsonMapsEveryStatement()
{
    int code = -1;
    const auto o =
        QJsonDocument::fromJson(
            engine({QStringLiteral("c"), QStringLiteral("pipe-messages"), QStringLiteral("--json")},
                   &code))
            .object();
    QCOMPARE(code, 0);
    const QStringList text = o.value(QStringLiteral("text")).toString().split(QLatin1Char('\n'));
    QVERIFY(text.size() > 40);
    QHash<int, int> map;
    for (const auto &v : o.value(QStringLiteral("lines")).toArray())
        map.insert(v.toObject().value(QStringLiteral("line")).toInt(),
                   v.toObject().value(QStringLiteral("c_line")).toInt());
    // Every event line of a real run maps to a line of the program, and the
    // pipe statement's line of C calls pipe().
    const EngineRun run = runEngine({QStringLiteral("pipe-messages"), QStringLiteral("--param"),
                                     QStringLiteral("delay_ms=10")});
    for (const auto &e : run.events) {
        const int line = e.value(QStringLiteral("line")).toInt();
        if (line == 0)
            continue;
        QVERIFY2(map.contains(line), qPrintable(QString::number(line)));
        QVERIFY(map.value(line) >= 1 && map.value(line) <= text.size());
        if (e.value(QStringLiteral("kind")).toString() == QLatin1String("pipe.create"))
            QVERIFY(text[map.value(line) - 1].contains(QStringLiteral("pipe(")));
    }
}

void TestEngineCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("check without file") << QStringList{QStringLiteral("check")};
    QTest::newRow("c without scenario") << QStringList{QStringLiteral("c")};
    QTest::newRow("list bad option")
        << QStringList{QStringLiteral("list"), QStringLiteral("--xml")};
}

void TestEngineCli::usageErrors()
{
    QFETCH(QStringList, args);
    int code = -1;
    engine(args, &code);
    QCOMPARE(code, 2);
}

QTEST_GUILESS_MAIN(TestEngineCli)
#include "tst_enginecli.moc"
