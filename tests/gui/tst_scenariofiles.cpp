// Scenario files in the app: a good file is checked and selected, a broken one
// shows every error as file:line:column and is never selected or run, a file is
// reloaded when it changes on disk (the selection kept), recent files survive a
// restart, drops open files, and a file that execs programs names them and asks
// before it runs, once per content.

#include "app/appactions.h"
#include "app/mainwindow.h"
#include "app/runcontroller.h"
#include "app/scenariofiles.h"
#include "engineclient/engineclient.h"
#include "views/messagebar.h"
#include "views/scenarioproblemspane.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUrl>

namespace {
const QByteArray kGood = "id good\n"
                         "title \"A good one\"\n"
                         "process main {\n"
                         "    print \"hello\\n\"\n"
                         "}\n";
// Two errors, on lines 3 and 5.
const QByteArray kBroken = "id broken\n"
                           "process main {\n"
                           "    frobnicate x\n"
                           "    print \"ok\\n\"\n"
                           "    sleep banana\n"
                           "}\n";
const QByteArray kExecs = "id runs-ls\n"
                          "process main {\n"
                          "    fork child {\n"
                          "        exec ls /\n"
                          "    }\n"
                          "    wait\n"
                          "}\n";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

bool engineBuilt()
{
    return QFileInfo(QStringLiteral(IPCVIZ_ENGINE_PATH)).isExecutable();
}

/// A window with the scenario files installed and the test's engine.
struct Window {
    MainWindow window;
    ScenarioFiles *files = nullptr;
    Window()
    {
        window.controller()->client()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
        installScenarioFiles(window);
        files = ScenarioFiles::of(window);
    }
};
} // namespace

class TestScenarioFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void openValidates_data();
    void openValidates();
    void badCheckOutputIsNotValid_data();
    void badCheckOutputIsNotValid();
    void invalidFileNeverRuns();
    void reloadsOnChange();
    void recentListPersists();
    void dropOpensAFile();
    void execNeedsConfirmation();
    void commandLineSelectGoesThroughTheCheck();

private:
    QTemporaryDir m_dir;
};

void TestScenarioFiles::initTestCase()
{
    if (!engineBuilt())
        QSKIP("scenario files are checked by the engine, which is not built");
    // The test's own settings, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ipcviz-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_scenariofiles"));
    QVERIFY(m_dir.isValid());
}

void TestScenarioFiles::init()
{
    QSettings().clear();
}

void TestScenarioFiles::openValidates_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("locations");
    QTest::newRow("good") << kGood << true << QStringList();
    QTest::newRow("broken") << kBroken << false
                            << QStringList{QStringLiteral("f.ipcv:3:5: unknown statement"),
                                           QStringLiteral("f.ipcv:5:11: ")};
    QTest::newRow("unclosed block") << QByteArray("id x\nprocess main {\n    print \"a\\n\"\n")
                                    << false << QStringList{QStringLiteral("f.ipcv:2:14: ")};
    QTest::newRow("binary garbage") << QByteArray("\x01\x02\xff\xfe{{{\n", 8) << false
                                    << QStringList{QStringLiteral("f.ipcv:1:3: ")};
}

void TestScenarioFiles::openValidates()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, valid);
    QFETCH(QStringList, locations);
    const QString path = m_dir.filePath(QStringLiteral("f.ipcv"));
    QVERIFY(writeFile(path, content));
    Window w;
    QSignalSpy checked(w.files, &ScenarioFiles::fileChecked);
    QCOMPARE(w.files->open(path), valid);
    QCOMPARE(checked.size(), 1);
    const ScenarioCheck check = w.files->lastCheck();
    QCOMPARE(check.ok, valid);
    QVERIFY2(check.failure.isEmpty(), qPrintable(check.failure));
    QCOMPARE(w.window.controller()->scenario() == path, valid);
    ScenarioProblemsPane *pane = w.files->problemsPane();
    QVERIFY(!pane->isHidden());
    QCOMPARE(pane->text()->toPlainText(), QString::fromUtf8(content));
    QCOMPARE(pane->errorList()->count(), int(check.errors.size()));
    if (valid) {
        QCOMPARE(check.id, QStringLiteral("good"));
        QCOMPARE(check.title, QStringLiteral("A good one"));
        QVERIFY(check.execs.isEmpty());
        QVERIFY(pane->text()->extraSelections().isEmpty());
        return;
    }
    QVERIFY(!check.errors.isEmpty());
    QCOMPARE(w.window.messageBar()->level(), MessageBar::Level::Error);
    QVERIFY(pane->text()->extraSelections().size() >= 1);
    QStringList shown;
    for (int i = 0; i < pane->errorList()->count(); ++i)
        shown.append(pane->errorList()->item(i)->text());
    for (const QString &location : locations) {
        bool found = false;
        for (const QString &s : shown)
            found = found || s.startsWith(location);
        QVERIFY2(found, qPrintable(location + QStringLiteral(" not in: ") +
                                   shown.join(QStringLiteral(" | "))));
    }
    // Every error names its line and column and is marked in the text.
    for (const ScenarioCheck::Error &e : check.errors) {
        QVERIFY(e.line > 0);
        QVERIFY(e.column > 0);
        QVERIFY(!e.message.isEmpty());
    }
    // Clicking an error puts the cursor on its line.
    pane->errorList()->setCurrentRow(0);
    QCOMPARE(pane->text()->textCursor().blockNumber() + 1, check.errors.first().line);
}

void TestScenarioFiles::badCheckOutputIsNotValid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("ok: yes");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no ok field") << QByteArray(R"({"file":"x","errors":[]})");
    QTest::newRow("ok false without errors") << QByteArray(R"({"file":"x","ok":false})");
    QTest::newRow("ok true but errors")
        << QByteArray(R"({"ok":true,"errors":[{"line":1,"column":2,"message":"m"}]})");
}

void TestScenarioFiles::badCheckOutputIsNotValid()
{
    QFETCH(QByteArray, json);
    const ScenarioCheck check = ScenarioCheck::parse(QStringLiteral("/x/f.ipcv"), json);
    QVERIFY(!check.ok);
    QVERIFY(!check.locatedErrors().isEmpty());
    QVERIFY(check.locatedErrors().constFirst().startsWith(QStringLiteral("f.ipcv")));
}

void TestScenarioFiles::invalidFileNeverRuns()
{
    const QString path = m_dir.filePath(QStringLiteral("becomes-broken.ipcv"));
    QVERIFY(writeFile(path, kGood));
    Window w;
    QVERIFY(w.files->open(path));
    QCOMPARE(w.window.controller()->scenario(), path);
    // Broken behind our back (before the watcher noticed): Run checks again.
    QVERIFY(writeFile(path, kBroken));
    QVERIFY(!w.files->run());
    QVERIFY(!w.window.controller()->isRunning());
    QVERIFY(!w.files->lastCheck().ok);
    QCOMPARE(w.window.messageBar()->level(), MessageBar::Level::Error);
    // The Run action goes through the same check.
    w.window.appActions()->action(AppActions::Run)->setEnabled(true);
    w.window.appActions()->action(AppActions::Run)->trigger();
    QVERIFY(!w.window.controller()->isRunning());
}

void TestScenarioFiles::reloadsOnChange()
{
    const QString path = m_dir.filePath(QStringLiteral("edited.ipcv"));
    QVERIFY(writeFile(path, kGood));
    Window w;
    QVERIFY(w.files->open(path));
    QSignalSpy checked(w.files, &ScenarioFiles::fileChecked);

    QVERIFY(writeFile(path, kBroken));
    QVERIFY(checked.wait(10000));
    QVERIFY(!w.files->lastCheck().ok);
    QVERIFY(w.files->problemsPane()->errorList()->count() >= 2);
    QCOMPARE(w.files->problemsPane()->text()->toPlainText(), QString::fromUtf8(kBroken));
    QCOMPARE(w.window.messageBar()->level(), MessageBar::Level::Warning);

    // Fixed again, saved the way editors do (a new file renamed over the old).
    const QString temp = m_dir.filePath(QStringLiteral("edited.ipcv.tmp"));
    QVERIFY(writeFile(temp, kGood));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(temp, path));
    QTRY_VERIFY_WITH_TIMEOUT(w.files->lastCheck().ok, 10000);
    QCOMPARE(w.window.controller()->scenario(), path);
    QCOMPARE(w.files->problemsPane()->errorList()->count(), 0);

    // Still watched after the rename.
    checked.clear();
    QVERIFY(writeFile(path, kBroken));
    QVERIFY(checked.wait(10000));
    QVERIFY(!w.files->lastCheck().ok);
}

void TestScenarioFiles::recentListPersists()
{
    QStringList paths;
    for (int i = 0; i < ScenarioFiles::kMaxRecent + 2; ++i) {
        paths.append(m_dir.filePath(QStringLiteral("recent-%1.ipcv").arg(i)));
        QVERIFY(writeFile(paths.last(), kGood));
    }
    {
        Window w;
        QVERIFY(w.files->recentFiles().isEmpty());
        QSignalSpy changed(w.files, &ScenarioFiles::recentFilesChanged);
        for (const QString &p : paths)
            QVERIFY(w.files->open(p));
        QVERIFY(w.files->open(paths.at(5))); // again: moves to the top
        QCOMPARE(changed.size(), paths.size() + 1);
    }
    Window again; // a new session reads what the last one wrote
    const QStringList recent = again.files->recentFiles();
    QCOMPARE(recent.size(), ScenarioFiles::kMaxRecent);
    QCOMPARE(recent.at(0), paths.at(5));
    QCOMPARE(recent.at(1), paths.last());
    QVERIFY(!recent.contains(paths.at(0)));
    // The Recent submenu lists them, and choosing one opens it.
    QList<QAction *> entries;
    for (QAction *a : again.files->recentMenu()->actions())
        if (!a->data().toString().isEmpty())
            entries.append(a);
    QCOMPARE(entries.size(), ScenarioFiles::kMaxRecent);
    QCOMPARE(entries.at(0)->data().toString(), paths.at(5));
    QVERIFY(entries.at(0)->text().contains(QStringLiteral("recent-5.ipcv")));
    again.files->setConfirmer([](const QString &, const QStringList &) { return false; });
    entries.at(1)->trigger();
    QCOMPARE(again.files->currentFile(), paths.last());
    QTRY_VERIFY_WITH_TIMEOUT(!again.window.controller()->isRunning(), 30000);
    again.files->clearRecentFiles();
    QVERIFY(again.files->recentFiles().isEmpty());
    QVERIFY(QSettings().value(QStringLiteral("scenarioFiles/recent")).toStringList().isEmpty());
}

void TestScenarioFiles::dropOpensAFile()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.ipcv"));
    QVERIFY(writeFile(path, kGood));
    Window w;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w.window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w.window, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(w.files->currentFile(), path);
    QCOMPARE(w.window.controller()->scenario(), path);

    // Text without files is not ours.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    other.setAccepted(false);
    QCoreApplication::sendEvent(&w.window, &other);
    QVERIFY(!other.isAccepted());
}

void TestScenarioFiles::execNeedsConfirmation()
{
    const QString path = m_dir.filePath(QStringLiteral("runs-ls.ipcv"));
    QVERIFY(writeFile(path, kExecs));
    Window w;
    QStringList asked;
    bool answer = false;
    int questions = 0;
    w.files->setConfirmer([&](const QString &file, const QStringList &programs) {
        ++questions;
        asked = programs;
        return file == path && answer;
    });
    QVERIFY(w.files->open(path));
    QCOMPARE(w.files->lastCheck().execs, QStringList{QStringLiteral("ls")});
    QVERIFY(w.files->problemsPane()->summary().contains(QStringLiteral("ls")));
    QVERIFY(ScenarioFiles::confirmationText(path, {QStringLiteral("ls")})
                .contains(QStringLiteral("\nls")));

    // Cancel: nothing runs.
    QVERIFY(!w.files->run());
    QCOMPARE(questions, 1);
    QCOMPARE(asked, QStringList{QStringLiteral("ls")});
    QVERIFY(!w.window.controller()->isRunning());

    // Run: it runs, and the same content is not asked about again this session.
    answer = true;
    QVERIFY(w.files->run());
    QCOMPARE(questions, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!w.window.controller()->isRunning(), 30000);
    QVERIFY(w.files->run());
    QCOMPARE(questions, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!w.window.controller()->isRunning(), 30000);

    // New content is a new program: asked again.
    QByteArray changed = kExecs;
    changed.replace("ls /", "ls -l /");
    QVERIFY(writeFile(path, changed));
    answer = false;
    QVERIFY(!w.files->run());
    QCOMPARE(questions, 3);

    // A built-in is never asked about.
    w.window.controller()->setScenario(QStringLiteral("exec-spawn"));
    QVERIFY(w.files->run());
    QCOMPARE(questions, 3);
    QTRY_VERIFY_WITH_TIMEOUT(!w.window.controller()->isRunning(), 30000);
}

void TestScenarioFiles::commandLineSelectGoesThroughTheCheck()
{
    const QString good = m_dir.filePath(QStringLiteral("cli-good.ipcv"));
    const QString bad = m_dir.filePath(QStringLiteral("cli-bad.ipcv"));
    QVERIFY(writeFile(good, kGood));
    QVERIFY(writeFile(bad, kBroken));
    Window w;
    QVERIFY(!w.files->select(bad));
    QVERIFY(!w.files->lastCheck().ok);
    QVERIFY(w.window.controller()->scenario() != bad);
    QVERIFY(w.files->select(good));
    QCOMPARE(w.window.controller()->scenario(), good);
    QVERIFY(w.files->recentFiles().contains(good));
}

QTEST_MAIN(TestScenarioFiles)
#include "tst_scenariofiles.moc"
