// The engine's own messages in the interface language: a scenario file's check
// errors and the text of engine.limit, engine.error and end records come from
// their `template` and `args` (engine/PROTOCOL.md, "Translatable messages"),
// translated through the context "EngineMessage". Without a translation, or
// without a template (an older trace), the English `message` is shown.

#include "core/enginemessage.h"
#include "core/event.h"
#include "export/textexporter.h"
#include "models/eventdescriber.h"
#include "views/scenariocheck.h"
#include "views/scenarioproblemspane.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// What the engine writes when a fork meets the process cap (its real output).
const char kLimit[] =
    R"({"seq":5,"t":4407672,"pid":16204,"label":"main.1","kind":"engine.limit","line":13,)"
    R"("limit":"processes","value":3,"message":"the run reached its cap of 3 processes; fork )"
    R"(refused","template":"the run reached its cap of %1 processes; fork refused","args":["3"]})";
const char kEnd[] =
    R"({"type":"end","status":"failed","events":16,"duration_ns":10679716,"exit_code":1,)"
    R"("message":"the run reached its cap of 3 processes; fork refused","template":"the run )"
    R"(reached its cap of %1 processes; fork refused","args":["3"],"cleanup":[],"leaks":[]})";

} // namespace

class TestEngineMessage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checkErrorsInItalian();
    void checkErrorsWithoutTranslation();
    void problemsPaneFollowsTheLanguage();
    void engineLimitInItalian();
    void engineLimitWithoutTranslation();
    void endRecordInItalian();
    void engineErrorInItalian();
    void fallsBackToEnglish_data();
    void fallsBackToEnglish();

private:
    void loadItalian();
    ScenarioCheck checkBadFile();

    QTranslator *m_italian = nullptr;
    QTemporaryDir m_dir;
};

void TestEngineMessage::init()
{
    QVERIFY(m_dir.isValid());
}

void TestEngineMessage::cleanup()
{
    if (m_italian) {
        QCoreApplication::removeTranslator(m_italian);
        delete m_italian;
        m_italian = nullptr;
    }
}

void TestEngineMessage::loadItalian()
{
    m_italian = new QTranslator;
    QVERIFY(m_italian->load(QStringLiteral(":/i18n/ipcviz_it.qm")));
    QVERIFY(QCoreApplication::installTranslator(m_italian));
}

ScenarioCheck TestEngineMessage::checkBadFile()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.ipcv"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write("process main {\n    prnt \"hi\"\n    exit 300\n}\n");
    f.close();
    return ScenarioCheck::run(QStringLiteral(IPCVIZ_ENGINE_PATH), path);
}

void TestEngineMessage::checkErrorsInItalian()
{
    loadItalian();
    const ScenarioCheck check = checkBadFile();
    QVERIFY(!check.ok);
    QCOMPARE(check.errors.size(), 2);
    // Nested templates are translated too: the suggestion around the error,
    // the argument's description and the range inside it.
    QCOMPARE(check.errors.at(0).message,
             QStringLiteral("istruzione 'prnt' sconosciuta (forse intendevi 'print'?)"));
    QCOMPARE(check.errors.at(1).message,
             QStringLiteral("fuori intervallo: lo stato di uscita deve essere da 0 a 255, "
                            "non 300"));
    // What the Scenario File panel lists.
    QCOMPARE(check.locatedErrors().at(0),
             QStringLiteral("bad.ipcv:2:5: istruzione 'prnt' sconosciuta (forse intendevi "
                            "'print'?)"));
}

void TestEngineMessage::checkErrorsWithoutTranslation()
{
    const ScenarioCheck check = checkBadFile();
    QCOMPARE(check.errors.size(), 2);
    QCOMPARE(check.errors.at(0).message,
             QStringLiteral("unknown statement 'prnt' (did you mean 'print'?)"));
    QCOMPARE(check.errors.at(1).message,
             QStringLiteral("out of range: the exit status must be 0 to 255, not 300"));
}

void TestEngineMessage::problemsPaneFollowsTheLanguage()
{
    // The Scenario File panel, open in English when the user switches to Italian.
    ScenarioProblemsPane pane;
    pane.showCheck(checkBadFile());
    QCOMPARE(pane.errorList()->count(), 2);
    QVERIFY(pane.errorList()->item(0)->text().endsWith(
        QStringLiteral("unknown statement 'prnt' (did you mean 'print'?)")));
    loadItalian(); // posts a LanguageChange to every widget
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QTRY_VERIFY(pane.errorList()->item(0)->text().endsWith(
        QStringLiteral("istruzione 'prnt' sconosciuta (forse intendevi 'print'?)")));
    QVERIFY(pane.errorList()->item(1)->text().contains(QStringLiteral("lo stato di uscita")));
}

void TestEngineMessage::engineLimitInItalian()
{
    loadItalian();
    const Event e = Event::fromJson(json(kLimit));
    QCOMPARE(EventDescriber::describe(e),
             QStringLiteral("Limite del motore raggiunto: l'esecuzione ha raggiunto il suo limite "
                            "di 3 processi; fork rifiutata"));
}

void TestEngineMessage::engineLimitWithoutTranslation()
{
    const Event e = Event::fromJson(json(kLimit));
    QCOMPARE(EventDescriber::describe(e),
             QStringLiteral("Engine limit reached: the run reached its cap of 3 processes; fork "
                            "refused"));
}

void TestEngineMessage::endRecordInItalian()
{
    loadItalian();
    const Event end = Event::fromJson(json(kEnd));
    QCOMPARE(translatedEngineMessage(end),
             QStringLiteral("l'esecuzione ha raggiunto il suo limite di 3 processi; fork "
                            "rifiutata"));
    QVERIFY(EventDescriber::describe(end).endsWith(translatedEngineMessage(end)));
    // The text export of a run says why it ended in the same words.
    QVERIFY(TextExporter::toText(Event(), {}, end).contains(translatedEngineMessage(end)));
}

void TestEngineMessage::engineErrorInItalian()
{
    loadItalian();
    const Event e = Event::fromJson(json(
        R"j({"seq":2,"t":1,"pid":9,"label":"engine","kind":"engine.error","message":)j"
        R"j("unknown command 'bogus' (known: step, continue, pause, stop, signal, fifo.write)",)j"
        R"j("template":"unknown command '%1' (known: step, continue, pause, stop, signal, )j"
        R"j(fifo.write)","args":["bogus"],"line":1})j"));
    QCOMPARE(EventDescriber::describe(e),
             QStringLiteral("Errore del motore: comando 'bogus' sconosciuto (noti: step, "
                            "continue, pause, stop, signal, fifo.write)"));
}

void TestEngineMessage::fallsBackToEnglish_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("expected");
    QTest::newRow("old trace, no template")
        << QByteArray(R"j({"kind":"engine.limit","message":"the run reached its cap of 3 )j"
                      R"j(processes; fork refused","limit":"processes","value":3})j")
        << QStringLiteral("the run reached its cap of 3 processes; fork refused");
    QTest::newRow("template nobody translated")
        << QByteArray(R"j({"kind":"engine.limit","message":"a newer engine's words: 7",)j"
                      R"j("template":"a newer engine's words: %1","args":["7"]})j")
        << QStringLiteral("a newer engine's words: 7");
    QTest::newRow("arguments that do not fit")
        << QByteArray(R"j({"kind":"engine.limit","message":"English as written",)j"
                      R"j("template":"the run reached its cap of %1 processes; fork refused"})j")
        << QStringLiteral("English as written");
    QTest::newRow("an argument of the wrong type")
        << QByteArray(R"j({"kind":"engine.limit","message":"English as written",)j"
                      R"j("template":"the integer %1","args":[5]})j")
        << QStringLiteral("English as written");
    QTest::newRow("untranslated nested template")
        << QByteArray(R"j({"kind":"engine.limit","message":"x (did you mean 'y'?)",)j"
                      R"j("template":"%1 (did you mean '%2'?)","args":[{"template":"x"},"y"]})j")
        << QStringLiteral("x (forse intendevi 'y'?)");
}

void TestEngineMessage::fallsBackToEnglish()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, expected);
    loadItalian();
    const QJsonObject o = QJsonDocument::fromJson(record).object();
    QVERIFY(!o.isEmpty());
    QCOMPARE(translatedEngineMessage(o), expected);
    QCOMPARE(translatedEngineMessage(Event::fromJson(o)), expected);
}

QTEST_MAIN(TestEngineMessage)
#include "tst_enginemessage.moc"
