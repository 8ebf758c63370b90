// The shipped translations are complete: every source string of the app and
// every built-in scenario's text has a finished translation in every shipped
// language, with the plural forms the language needs, the same placeholders as
// the source, and one accelerator where the source has one. lupdate runs on
// today's sources, so a string added without translating it fails here.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms; // one, or one per plural form
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool obsolete = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message{};
                m.context = context;
                m.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                obsolete = false;
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                m.finished = type.isEmpty();
                if (!m.numerus)
                    m.forms = {xml.readElementText()};
            } else if (name == QLatin1String("numerusform")) {
                m.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!obsolete)
                ts.messages.append(m);
        }
    }
    if (xml.hasError())
        ts.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList shippedLanguages()
{
    QFile file(QStringLiteral(IPCVIZ_SOURCE_DIR "/translations/LANGUAGES"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList languages;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            languages.append(QString::fromLatin1(line.trimmed()));
    return languages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR "/translations/ipcviz_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

int accelerators(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&#\\d+;"));
    t.remove(entity);
    return int(t.count(QLatin1Char('&')));
}

/// Problems with one translated message, in words ("" when none).
QString checkMessage(const Message &m)
{
    if (!m.finished)
        return QStringLiteral("not translated");
    if (m.numerus && m.forms.size() != 2)
        return QStringLiteral("needs 2 plural forms, has %1").arg(m.forms.size());
    for (const QString &form : m.forms) {
        if (form.trimmed().isEmpty())
            return QStringLiteral("empty translation");
        QSet<QString> want = placeholders(m.source);
        QSet<QString> have = placeholders(form);
        if (m.numerus) { // a singular form may say "one" instead of %n
            want.remove(QStringLiteral("%n"));
            have.remove(QStringLiteral("%n"));
        }
        if (want != have)
            return QStringLiteral("placeholders differ: \"%1\"").arg(form);
        if (accelerators(m.source) == 1 && accelerators(form) != 1)
            return QStringLiteral("needs exactly one & accelerator: \"%1\"").arg(form);
    }
    return {};
}

QString describe(const QString &language, const Message &m, const QString &problem)
{
    return QStringLiteral("%1: %2: \"%3\": %4")
        .arg(language, m.context, m.source.left(80), problem);
}

// Each of @p texts that some shipped language lacks a good translation of in @p context.
QStringList untranslated(const QString &context, const QStringList &texts, const QString &what)
{
    QStringList problems;
    for (const QString &language : shippedLanguages()) {
        const TsFile ts = readTs(tsPath(language));
        QSet<QString> translated;
        for (const Message &m : ts.messages)
            if (m.context == context && checkMessage(m).isEmpty())
                translated.insert(m.source);
        for (const QString &text : texts)
            if (!translated.contains(text))
                problems.append(QStringLiteral("%1: %2 not translated: \"%3\"")
                                    .arg(language, what, text.left(80)));
    }
    return problems;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void languagesListed();
    void complete_data();
    void complete();
    void upToDateWithSources();
    void scenarioTextsTranslated();
    void engineStringsUpToDate();
    void engineMessagesTranslated();
    void englishPluralForms();
    void embeddedCatalogues();
};

void TestTranslations::languagesListed()
{
    const QStringList languages = shippedLanguages();
    for (const char *code : {"it", "es", "de", "fr"})
        QVERIFY2(languages.contains(QLatin1String(code)), code);
    for (const QString &language : languages)
        QVERIFY2(QFile::exists(tsPath(language)), qPrintable(tsPath(language)));
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
    QVERIFY(ts.messages.size() > 500);
    QStringList problems;
    for (const Message &m : ts.messages) {
        const QString problem = checkMessage(m);
        if (!problem.isEmpty())
            problems.append(describe(language, m, problem));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::upToDateWithSources()
{
    // lupdate on today's sources, into copies of the shipped files: whatever
    // it adds is a source string that nobody translated.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList args{QStringLiteral("-silent"),
                     QStringLiteral("-locations"),
                     QStringLiteral("none"),
                     QStringLiteral("-no-obsolete"),
                     QStringLiteral("-extensions"),
                     QStringLiteral("cpp,h"),
                     QStringLiteral(IPCVIZ_SOURCE_DIR "/gui"),
                     QStringLiteral(IPCVIZ_SOURCE_DIR "/translations/scenario-strings.cpp"),
                     QStringLiteral(IPCVIZ_SOURCE_DIR "/translations/engine-strings.cpp"),
                     QStringLiteral("-ts")};
    const QStringList languages = shippedLanguages();
    for (const QString &language : languages) {
        const QString copy = dir.filePath(QStringLiteral("ipcviz_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        args.append(copy);
    }
    QProcess lupdate;
    lupdate.start(QStringLiteral(IPCVIZ_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    QStringList problems;
    for (const QString &language : languages) {
        const TsFile ts = readTs(dir.filePath(QStringLiteral("ipcviz_%1.ts").arg(language)));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const Message &m : ts.messages)
            if (!m.finished)
                problems.append(describe(language, m,
                                         QStringLiteral("in the sources but not translated "
                                                        "(scripts/update-translations)")));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::scenarioTextsTranslated()
{
    QProcess engine;
    engine.start(QStringLiteral(IPCVIZ_ENGINE_PATH),
                 {QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(engine.waitForFinished(30000));
    const QJsonArray scenarios = QJsonDocument::fromJson(engine.readAllStandardOutput()).array();
    QVERIFY(scenarios.size() >= 31);
    QStringList texts;
    for (const QJsonValue &v : scenarios) {
        const QJsonObject s = v.toObject();
        texts << s.value(QStringLiteral("title")).toString()
              << s.value(QStringLiteral("description")).toString();
        for (const QJsonValue &w : s.value(QStringLiteral("watch")).toArray())
            texts << w.toString();
        for (const QJsonValue &p : s.value(QStringLiteral("params")).toArray())
            texts << p.toObject().value(QStringLiteral("description")).toString();
    }
    texts.removeAll(QString());
    const QStringList problems =
        untranslated(QStringLiteral("Scenario"), texts, QStringLiteral("scenario text"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::engineStringsUpToDate()
{
    // translations/engine-strings.cpp must hold every EMSG template of the engine
    // as today's sources have them, or lupdate would not see a new one.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is needed to run scripts/engine-strings.py");
    QProcess script;
    script.start(python, {QStringLiteral(IPCVIZ_SOURCE_DIR "/scripts/engine-strings.py"),
                          QStringLiteral(IPCVIZ_SOURCE_DIR "/engine")});
    QVERIFY(script.waitForFinished(60000));
    QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
    const QByteArray expected = script.readAllStandardOutput();
    QFile generated(QStringLiteral(IPCVIZ_SOURCE_DIR "/translations/engine-strings.cpp"));
    QVERIFY(generated.open(QIODevice::ReadOnly));
    QVERIFY2(generated.readAll() == expected,
             "translations/engine-strings.cpp is out of date: run scripts/update-translations");
    QVERIFY(expected.count("QT_TRANSLATE_NOOP(\"EngineMessage\"") > 150);
}

void TestTranslations::engineMessagesTranslated()
{
    // Every engine template, translated with its placeholders, in every language.
    QFile generated(QStringLiteral(IPCVIZ_SOURCE_DIR "/translations/engine-strings.cpp"));
    QVERIFY(generated.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(generated.readAll());
    static const QRegularExpression noop(
        QStringLiteral("QT_TRANSLATE_NOOP\\(\"EngineMessage\", (\"(?:[^\"\\\\]|\\\\.)*\")\\)"));
    QStringList templates;
    for (auto it = noop.globalMatch(text); it.hasNext();) {
        const QString literal = it.next().captured(1);
        templates.append(
            QJsonDocument::fromJson("[" + literal.toUtf8() + "]").array().at(0).toString());
    }
    QVERIFY(templates.size() > 150);
    const QStringList problems =
        untranslated(QStringLiteral("EngineMessage"), templates, QStringLiteral("engine message"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralForms()
{
    // English is the source language; its file holds only the plural forms.
    const TsFile ts = readTs(tsPath(QStringLiteral("en")));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const Message &m : ts.messages) {
        if (!m.numerus)
            continue;
        const QString problem = checkMessage(m);
        if (!problem.isEmpty())
            problems.append(describe(QStringLiteral("en"), m, problem));
        else if (m.forms.at(0) == m.forms.at(1))
            problems.append(describe(QStringLiteral("en"), m,
                                     QStringLiteral("singular and plural are the same")));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedCatalogues()
{
    // What the app loads: the compiled catalogues in its resources.
    for (const QString &language : shippedLanguages()) {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/ipcviz_%1.qm").arg(language)),
                 qPrintable(language));
        QVERIFY(!translator.isEmpty());
        const QString file = translator.translate("MainWindow", "&File");
        QVERIFY2(!file.isEmpty(), qPrintable(language));
    }
    QTranslator italian;
    QVERIFY(italian.load(QStringLiteral(":/i18n/ipcviz_it.qm")));
    QCOMPARE(italian.translate("Scenario", "fork(): one process becomes two").isEmpty(), false);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
