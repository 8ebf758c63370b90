// File > Export: one action per format, disabled until there is a run, each
// writes its format for a loaded trace (pictures at the time cursor), and a
// failure says why in the message bar instead of leaving a broken file.

#include "app/mainwindow.h"
#include "app/runcontroller.h"
#include "engineclient/engineclient.h"
#include "export/exportformat.h"
#include "export/exportmenu.h"
#include "models/runmodel.h"
#include "views/messagebar.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString traceFile()
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/export/pipe-messages.ndjson");
}

bool engineBuilt()
{
    return QFileInfo(QStringLiteral(IPCVIZ_ENGINE_PATH)).isExecutable();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestExportMenu : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void menuListsEveryFormatInFileMenu();
    void actionsEnabledOnlyWithARun();
    void writesEachFormat_data();
    void writesEachFormat();
    void pictureFollowsTheCursor();
    void failureIsReported_data();
    void failureIsReported();
};

void TestExportMenu::menuListsEveryFormatInFileMenu()
{
    MainWindow window;
    installExportMenu(window);
    ExportMenu *exports = ExportMenu::of(window);
    QVERIFY(exports);
    const QList<ExportFormat> formats = exportFormats();
    QCOMPARE(formats.size(), 7);
    for (const ExportFormat &f : formats) {
        QVERIFY2(exports->action(f.id), qPrintable(f.id));
        QVERIFY(exports->menu()->actions().contains(exports->action(f.id)));
    }
    QVERIFY(!exports->action(QStringLiteral("nope")));
    // The Export submenu sits in the File menu.
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    QVERIFY(file->actions().contains(exports->menu()->menuAction()));
}

void TestExportMenu::actionsEnabledOnlyWithARun()
{
    MainWindow window;
    installExportMenu(window);
    ExportMenu *exports = ExportMenu::of(window);
    QAction *csv = exports->action(QStringLiteral("csv"));
    QVERIFY(!csv->isEnabled());
    QVERIFY(window.openTrace(traceFile()));
    QVERIFY(csv->isEnabled());
    window.runModel()->clear();
    QVERIFY(!csv->isEnabled());
}

void TestExportMenu::writesEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("mustContain");
    QTest::newRow("perfetto") << QStringLiteral("perfetto") << QByteArray("\"traceEvents\"");
    QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("seq,");
    QTest::newRow("mermaid") << QStringLiteral("mermaid") << QByteArray("sequenceDiagram");
    QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<svg");
    QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
    QTest::newRow("c") << QStringLiteral("c") << QByteArray("#include");
    QTest::newRow("text") << QStringLiteral("text") << QByteArray("The run ended: completed");
}

void TestExportMenu::writesEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, mustContain);
    if (format == QLatin1String("c") && !engineBuilt())
        QSKIP("the C export asks the engine, which is not built");
    MainWindow window;
    window.controller()->client()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
    installExportMenu(window);
    QVERIFY(window.openTrace(traceFile()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("run.") + format);
    ExportMenu *exports = ExportMenu::of(window);
    QVERIFY2(exports->exportTo(format, out), qPrintable(exports->errorString()));
    QVERIFY(exports->errorString().isEmpty());
    const QByteArray bytes = readAll(out);
    QVERIFY2(bytes.contains(mustContain), bytes.left(200).constData());
}

void TestExportMenu::pictureFollowsTheCursor()
{
    MainWindow window;
    installExportMenu(window);
    QVERIFY(window.openTrace(traceFile()));
    QVERIFY(window.runModel()->eventCount() > 4);
    QTemporaryDir dir;
    ExportMenu *exports = ExportMenu::of(window);
    const QString atEnd = dir.filePath(QStringLiteral("end.svg"));
    const QString atStart = dir.filePath(QStringLiteral("start.svg"));
    const QString again = dir.filePath(QStringLiteral("start-again.svg"));
    QVERIFY(exports->exportTo(QStringLiteral("svg"), atEnd));
    window.runModel()->setCursor(1);
    QVERIFY(exports->exportTo(QStringLiteral("svg"), atStart));
    QVERIFY(exports->exportTo(QStringLiteral("svg"), again));
    QVERIFY(readAll(atEnd) != readAll(atStart));
    QCOMPARE(readAll(again), readAll(atStart));
}

void TestExportMenu::failureIsReported_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("loadTrace");
    QTest::addColumn<bool>("badPath");
    QTest::newRow("unknown format") << QStringLiteral("docx") << true << false;
    QTest::newRow("nothing loaded") << QStringLiteral("csv") << false << false;
    QTest::newRow("unwritable path") << QStringLiteral("csv") << true << true;
    QTest::newRow("unwritable path, picture") << QStringLiteral("png") << true << true;
}

void TestExportMenu::failureIsReported()
{
    QFETCH(QString, format);
    QFETCH(bool, loadTrace);
    QFETCH(bool, badPath);
    MainWindow window;
    installExportMenu(window);
    if (loadTrace)
        QVERIFY(window.openTrace(traceFile()));
    QTemporaryDir dir;
    const QString out = badPath ? dir.filePath(QStringLiteral("no/such/dir/out"))
                                : dir.filePath(QStringLiteral("out"));
    ExportMenu *exports = ExportMenu::of(window);
    QVERIFY(!exports->exportTo(format, out));
    QVERIFY(!exports->errorString().isEmpty());
    QCOMPARE(window.messageBar()->level(), MessageBar::Level::Error);
    QCOMPARE(window.messageBar()->text(), exports->errorString());
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_MAIN(TestExportMenu)
#include "tst_exportmenu.moc"
