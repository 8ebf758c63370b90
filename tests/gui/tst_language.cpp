// Switching the interface language while the window is open: every text of the
// real window (MainWindow with the features main.cpp installs) follows at once,
// to Italian and back to English; the parameters the user typed and the
// selection survive it; the choice persists in QSettings (but not one made with
// --lang); an unknown code falls back to English with a warning; the Settings
// dialog switches the language.
//
// What "every text" means comes from translations/ipcviz_it.ts: each English
// source whose Italian translation differs must not be seen after the switch to
// Italian (and each such Italian text not after the switch back).

#include "app/appactions.h"
#include "app/appsettings.h"
#include "app/chartsinstall.h"
#include "app/features.h"
#include "app/helpmenu.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/presentermode.h"
#include "app/runcontroller.h"
#include "app/scenariofiles.h"
#include "app/settingsdialog.h"
#include "app/tracereplay.h"
#include "app/viewcoordinator.h"
#include "engineclient/engineclient.h"
#include "export/exportmenu.h"
#include "models/runmodel.h"
#include "views/canvasscene.h"
#include "views/canvasview.h"
#include "views/parametereditor.h"
#include "views/scenariolibrarydock.h"
#include "views/viewselection.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <memory>

namespace {

const QString kTsFile = QStringLiteral(IPCVIZ_SOURCE_DIR "/translations/ipcviz_it.ts");
const QString kTrace = QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/pipe-messages.ndjson");
/// Below this many translated messages the Italian file is a stub: nothing to check.
constexpr int kMinTranslated = 100;

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool finished = false;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message =
                TsMessage{context,
                          {},
                          {},
                          false,
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            message.finished = type.isEmpty();
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
                messages.append(message);
            } else {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
                messages.append(message);
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

/// What a user reads: no mnemonic ampersands, no surrounding space.
QString normalized(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.simplified();
}

int letterCount(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isLetter() ? 1 : 0;
    return n;
}

/// The texts of one language that must not show in the other: whole texts,
/// templates with placeholders (as patterns), and sentences that must not be
/// part of a longer text (a tooltip that adds its shortcut, a description).
class ForbiddenTexts {
public:
    void add(const QString &raw)
    {
        const QString text = normalized(raw);
        static const QRegularExpression placeholder(QStringLiteral("%(L?\\d+|n)"));
        if (text.isEmpty())
            return;
        if (!text.contains(placeholder)) {
            m_exact.insert(text);
            // A sentence of several words is also found inside a longer text.
            if (text.count(QLatin1Char(' ')) >= 2 && text.size() >= 15)
                m_sentences.append(text);
            return;
        }
        // Too little fixed text ("%1 (%2)") would match anything.
        QString fixed = text;
        fixed.remove(placeholder);
        if (letterCount(fixed) < 6)
            return;
        QString pattern;
        qsizetype last = 0;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            pattern += QRegularExpression::escape(text.mid(last, match.capturedStart() - last));
            pattern += QStringLiteral(".+");
            last = match.capturedEnd();
        }
        pattern += QRegularExpression::escape(text.mid(last));
        // English plural sources read "event(s)": shown as "events", "event" or as written.
        static const QRegularExpression pluralSuffix(QStringLiteral("\\\\\\((\\w{1,3})\\\\\\)"));
        pattern.replace(pluralSuffix, QStringLiteral("(?:\\(\\1\\)|\\1)?"));
        m_patterns.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                             QRegularExpression::DotMatchesEverythingOption));
        m_patternSources.append(text);
    }

    /// The forbidden text @p shown is or contains; empty when none.
    QString find(const QString &shown) const
    {
        const QString text = normalized(shown);
        if (text.isEmpty())
            return {};
        if (m_exact.contains(text))
            return text;
        for (qsizetype i = 0; i < m_patterns.size(); ++i) {
            if (m_patterns.at(i).match(text).hasMatch())
                return m_patternSources.at(i);
        }
        for (const QString &sentence : m_sentences) {
            if (text.contains(sentence))
                return sentence;
        }
        return {};
    }

    qsizetype size() const { return m_exact.size() + m_patterns.size(); }

private:
    QSet<QString> m_exact;
    QStringList m_sentences;
    QList<QRegularExpression> m_patterns;
    QStringList m_patternSources;
};

/// Every text a widget tree shows or says (tooltips, accessible names, menus,
/// item views, charts, canvas items), each with where it was found.
class TextWalker {
public:
    QList<QPair<QString, QString>> texts; // (where, text)

    void walk(QObject *root)
    {
        visit(root);
        const auto objects = root->findChildren<QObject *>();
        for (QObject *o : objects)
            visit(o);
    }

private:
    void add(const QObject *o, const char *what, const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        QString where = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            where += QLatin1Char(' ') + o->objectName();
        texts.append({where + QLatin1Char('.') + QLatin1String(what), text});
    }

    void addLines(const QObject *o, const char *what, const QString &plain)
    {
        for (const QString &line : plain.split(QLatin1Char('\n')))
            add(o, what, line);
    }

    static QString plain(const QString &text)
    {
        return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText()
                                         : text;
    }

    void walkModel(const QObject *o, const QAbstractItemModel *model, const QModelIndex &parent,
                   int *budget)
    {
        for (int row = 0; row < model->rowCount(parent) && *budget > 0; ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                add(o, "item", model->data(index, Qt::DisplayRole).toString());
                add(o, "itemToolTip", plain(model->data(index, Qt::ToolTipRole).toString()));
                --*budget;
            }
            walkModel(o, model, model->index(row, 0, parent), budget);
        }
    }

    void visit(QObject *o)
    {
        // Qt's own parts (a dock's close button...) are named by Qt once, in its words.
        if (o->objectName().startsWith(QLatin1String("qt_")))
            return;
        if (auto *a = qobject_cast<QAction *>(o)) {
            add(a, "text", a->text());
            add(a, "toolTip", a->toolTip());
            add(a, "statusTip", a->statusTip());
            return;
        }
        auto *w = qobject_cast<QWidget *>(o);
        if (!w)
            return;
        add(w, "toolTip", plain(w->toolTip()));
        add(w, "accessibleName", w->accessibleName());
        add(w, "accessibleDescription", w->accessibleDescription());
        add(w, "windowTitle", w->windowTitle());
        add(w, "statusTip", w->statusTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            addLines(w, "text", plain(label->text()));
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, "text", button->text());
        if (auto *menu = qobject_cast<QMenu *>(w))
            add(w, "title", menu->title());
        if (auto *line = qobject_cast<QLineEdit *>(w))
            add(w, "placeholderText", line->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(w, "placeholderText", edit->placeholderText());
        if (auto *browser = qobject_cast<QTextBrowser *>(w)) {
            add(w, "placeholderText", browser->placeholderText());
            addLines(w, "text", browser->toPlainText());
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, "item", combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, "tab", tabs->tabText(i));
                add(w, "tabToolTip", tabs->tabToolTip(i));
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                add(w, "header", model->headerData(c, Qt::Horizontal).toString());
            int budget = 400;
            walkModel(w, model, {}, &budget);
        }
        if (auto *chartView = qobject_cast<QChartView *>(w)) {
            QChart *chart = chartView->chart();
            add(w, "chartTitle", chart->title());
            for (const QAbstractAxis *axis : chart->axes())
                add(w, "axisTitle", axis->titleText());
            for (const QLegendMarker *marker : chart->legend()->markers())
                add(w, "legend", marker->label());
        } else if (auto *graphics = qobject_cast<QGraphicsView *>(w);
                   graphics && graphics->scene()) {
            for (const QGraphicsItem *item : graphics->scene()->items())
                add(w, "itemToolTip", plain(item->toolTip()));
        }
    }
};

QString describe(const QList<QPair<QString, QString>> &found)
{
    QStringList lines;
    for (const auto &[where, what] : found)
        lines.append(QStringLiteral("  %1: %2").arg(where, what));
    return lines.join(QLatin1Char('\n'));
}

/// The real window, as main.cpp assembles it, with the library, a trace, a
/// selected process and the Settings dialog open, so every pane has words in it.
struct Window {
    MainWindow window;
    LanguageManager *languages;

    explicit Window(LanguageManager &manager) : languages(&manager)
    {
        window.controller()->client()->setEnginePath(QStringLiteral(IPCVIZ_ENGINE_PATH));
        installFeatures(window, manager);
    }
};

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void availableLanguages();
    void switchingRetranslatesTheOpenWindow();
    void choicePersists();
    void unknownLanguageFallsBackToEnglish();
    void settingsDialogChangesLanguage();
    void englishPluralForms();

private:
    QList<TsMessage> m_messages;
    int m_translated = 0;
};

void TestLanguage::initTestCase()
{
    // Never the user's own settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ipcviz-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    QString error;
    m_messages = readTs(kTsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const TsMessage &m : std::as_const(m_messages))
        m_translated += m.finished ? 1 : 0;
}

void TestLanguage::init()
{
    QSettings().clear();
}

void TestLanguage::availableLanguages()
{
    const QList<LanguageManager::Language> languages = LanguageManager::available();
    QVERIFY(!languages.isEmpty());
    QCOMPARE(languages.first().code, QStringLiteral("en"));
    QCOMPARE(languages.first().nativeName, QStringLiteral("English"));
    QHash<QString, QString> names;
    for (const LanguageManager::Language &l : languages)
        names.insert(l.code, l.nativeName);
    // Every language of translations/LANGUAGES is embedded and named in its own words.
    const QHash<QString, QString> expected = {{QStringLiteral("it"), QStringLiteral("Italiano")},
                                              {QStringLiteral("es"), QStringLiteral("Español")},
                                              {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                              {QStringLiteral("fr"), QStringLiteral("Français")}};
    QFile list(QStringLiteral(IPCVIZ_SOURCE_DIR "/translations/LANGUAGES"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    for (const QByteArray &line : list.readAll().split('\n')) {
        const QString code = QString::fromLatin1(line.trimmed());
        if (code.isEmpty() || code == QLatin1String("en"))
            continue;
        QVERIFY2(names.contains(code), qPrintable(code));
        if (expected.contains(code))
            QCOMPARE(names.value(code), expected.value(code));
    }
    QCOMPARE(LanguageManager::shippedCode(QStringLiteral("it_CH")), QStringLiteral("it"));
    QCOMPARE(LanguageManager::shippedCode(QStringLiteral("xx")), QString());
}

void TestLanguage::switchingRetranslatesTheOpenWindow()
{
    if (m_translated < kMinTranslated)
        QSKIP(qPrintable(QStringLiteral("translations/ipcviz_it.ts has %1 translated messages "
                                        "(fewer than %2): nothing to check yet")
                             .arg(m_translated)
                             .arg(kMinTranslated)));

    // The English sources that read differently in Italian, and the reverse. A
    // text that also appears untranslated (or the same) in some context is
    // allowed in both languages.
    QHash<QString, bool> sourceChanges;
    QHash<QString, bool> translationChanges;
    QSet<QString> allSources;
    for (const TsMessage &m : std::as_const(m_messages))
        allSources.insert(normalized(m.source));
    for (const TsMessage &m : std::as_const(m_messages)) {
        const QString source = normalized(m.source);
        bool differs = m.finished;
        for (const QString &t : m.translations)
            differs = differs && !t.isEmpty() && normalized(t) != source;
        sourceChanges[source] = sourceChanges.value(source, true) && differs;
        for (const QString &t : m.translations) {
            const QString translation = normalized(t);
            if (translation.isEmpty())
                continue;
            translationChanges[translation] = translationChanges.value(translation, true) &&
                                              differs && !allSources.contains(translation);
        }
    }
    ForbiddenTexts english;
    for (auto it = sourceChanges.constBegin(); it != sourceChanges.constEnd(); ++it) {
        if (it.value())
            english.add(it.key());
    }
    ForbiddenTexts italian;
    for (auto it = translationChanges.constBegin(); it != translationChanges.constEnd(); ++it) {
        if (it.value())
            italian.add(it.key());
    }
    QVERIFY(english.size() >= kMinTranslated / 2);

    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), LanguageManager::Scope::Session);
    Window w(languages);
    MainWindow &window = w.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.reloadScenarios(), "the engine could not list its scenarios");
    QVERIFY(window.scenarioLibrary()->selectScenario(QStringLiteral("pipe-messages")));
    // A value the user typed must survive the switch, and so must the selection.
    ParameterEditor *parameters = window.parameterEditor();
    QVERIFY(!parameters->parameters().isEmpty());
    const QString parameter =
        parameters->parameters().first().toObject().value(QStringLiteral("name")).toString();
    QVERIFY(parameters->setValue(parameter, QStringLiteral("3")));
    // Every pane with words in it: a trace in the views, a selected process, the
    // cursor in the middle (an explanation of a step), the measuring windows.
    QVERIFY(window.openTrace(kTrace));
    QVERIFY(window.runModel()->eventCount() > 10);
    window.runModel()->setCursor(window.runModel()->eventCount() / 2);
    window.selection()->selectProcess(QStringLiteral("main"));
    window.setStepMode(true);
    window.coordinator()->refreshNow();
    QVERIFY(!window.canvasScene()->isEmpty());
    AppSettings::of(window)->showSettings();
    for (const char *name : {"BenchmarkAction", "RunNTimesAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
    }
    const QString emptyHint = window.canvasView()->emptyHint();
    // The check sees the English window: it can fail.
    TextWalker before;
    before.walk(&window);
    int englishBefore = 0;
    for (const auto &[where, text] : std::as_const(before.texts))
        englishBefore += english.find(text).isEmpty() ? 0 : 1;
    QVERIFY2(englishBefore >= 100, qPrintable(QString::number(englishBefore)));

    languages.setLanguage(QStringLiteral("it"), LanguageManager::Scope::Session);
    QCOMPARE(languages.currentLanguage(), QStringLiteral("it"));
    // setLanguage() delivers LanguageChange before it returns: no waiting.
    TextWalker italianWalk;
    italianWalk.walk(&window);
    italianWalk.texts.append(
        {QStringLiteral("CanvasView.emptyHint"), window.canvasView()->emptyHint()});
    QList<QPair<QString, QString>> stillEnglish;
    for (const auto &[where, text] : std::as_const(italianWalk.texts)) {
        const QString found = english.find(text);
        if (!found.isEmpty())
            stillEnglish.append(
                {where,
                 text == found ? text : text + QStringLiteral("  [") + found + QLatin1Char(']')});
    }
    if (!stillEnglish.isEmpty()) // QVERIFY2 cuts long messages: the whole list first
        qWarning().noquote() << "still in English:\n" << describe(stillEnglish);
    QVERIFY2(stillEnglish.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) still in English after switching to "
                                       "Italian:\n%2")
                            .arg(stillEnglish.size())
                            .arg(describe(stillEnglish))));
    QCOMPARE(window.scenarioLibrary()->currentId(), QStringLiteral("pipe-messages"));
    QVERIFY(parameters->values().contains(parameter + QStringLiteral("=3")));

    languages.setLanguage(QStringLiteral("en"), LanguageManager::Scope::Session);
    TextWalker englishWalk;
    englishWalk.walk(&window);
    QList<QPair<QString, QString>> stillItalian;
    for (const auto &[where, text] : std::as_const(englishWalk.texts)) {
        const QString found = italian.find(text);
        if (!found.isEmpty())
            stillItalian.append({where, text});
    }
    if (!stillItalian.isEmpty())
        qWarning().noquote() << "still in Italian:\n" << describe(stillItalian);
    QVERIFY2(stillItalian.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) still in Italian after switching back to "
                                       "English:\n%2")
                            .arg(stillItalian.size())
                            .arg(describe(stillItalian))));
    QCOMPARE(window.canvasView()->emptyHint(), emptyHint);
    QCOMPARE(window.scenarioLibrary()->currentId(), QStringLiteral("pipe-messages"));
    QVERIFY(parameters->values().contains(parameter + QStringLiteral("=3")));
    window.close();
}

void TestLanguage::choicePersists()
{
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("it")));
        QCOMPARE(QSettings().value(LanguageManager::settingsKey()).toString(),
                 QStringLiteral("it"));
        QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("it"));
        // --lang: this session only.
        QVERIFY(languages.setLanguage(QStringLiteral("de"), LanguageManager::Scope::Session));
        QCOMPARE(languages.currentLanguage(), QStringLiteral("de"));
        QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("it"));
    }
    // The next start.
    LanguageManager next;
    next.applySavedLanguage();
    QCOMPARE(next.language(), QStringLiteral("it"));
    QCOMPARE(next.currentLanguage(), QStringLiteral("it"));
    QCOMPARE(QLocale().language(), QLocale::Italian);
    // "Follow the system" is a choice too, kept as "".
    QVERIFY(next.setLanguage(QString()));
    QVERIFY(QSettings().contains(LanguageManager::settingsKey()));
    QCOMPARE(LanguageManager::savedLanguage(), QString());
    QCOMPARE(next.currentLanguage(), LanguageManager::systemLanguage());
}

void TestLanguage::unknownLanguageFallsBackToEnglish()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("it"), LanguageManager::Scope::Session));
    const QString english = QStringLiteral("&Run");
    QVERIFY2(QCoreApplication::translate("MainWindow", "&Run") != english ||
                 m_translated < kMinTranslated,
             "Italian is installed");
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("no translation.*\"xx\".*English"),
                                            QRegularExpression::CaseInsensitiveOption));
    QVERIFY(!languages.setLanguage(QStringLiteral("xx"), LanguageManager::Scope::Session));
    QCOMPARE(languages.currentLanguage(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Run"), english);
    // Nothing was stored: the next start is not stuck with a bad code.
    QVERIFY(!QSettings().contains(LanguageManager::settingsKey()));
}

void TestLanguage::settingsDialogChangesLanguage()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), LanguageManager::Scope::Session);
    Window w(languages);
    MainWindow &window = w.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *settings = window.appActions()->action(AppActions::Settings);
    QVERIFY(settings->isEnabled());
    QVERIFY(!settings->shortcuts().isEmpty());
    settings->trigger();
    SettingsDialog *dialog = AppSettings::of(window)->settingsDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // With the keyboard only: the language box is the first control.
    QComboBox *box = dialog->languageBox();
    QCOMPARE(box->currentIndex(), box->findData(QStringLiteral("en")));
    const int italian = box->findData(QStringLiteral("it"));
    QVERIFY(italian > 0);
    QVERIFY(!box->accessibleName().isEmpty());
    QVERIFY(!box->toolTip().isEmpty());
    box->setFocus();
    while (box->currentIndex() < italian)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(languages.currentLanguage(), QStringLiteral("it"));
    QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("it"));
    QCOMPARE(window.findChild<QMenu *>(QStringLiteral("RunMenu"))->title(),
             QCoreApplication::translate("MainWindow", "&Run"));
    QCOMPARE(dialog->windowTitle(), QCoreApplication::translate("SettingsDialog", "Settings"));
    // The dialog stays open on the same choice, now in Italian.
    QCOMPARE(box->currentIndex(), italian);
    QCOMPARE(box->itemText(0),
             QCoreApplication::translate("SettingsDialog", "System language (%1)")
                 .arg(LanguageManager::nativeName(LanguageManager::systemLanguage())));

    // The speed applies at once and is remembered.
    QComboBox *speed = dialog->speedBox();
    const int lecture = speed->findData(1000);
    QVERIFY(lecture >= 0);
    speed->setFocus();
    while (speed->currentIndex() < lecture)
        QTest::keyClick(speed, Qt::Key_Down);
    QCOMPARE(window.appActions()->paceMs(), 1000);
    QCOMPARE(window.controller()->paceMs(), 1000);

    // Back to English through "follow the system"... or English itself.
    box->setFocus();
    while (box->currentIndex() > box->findData(QStringLiteral("en")))
        QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(languages.currentLanguage(), QStringLiteral("en"));
    QCOMPARE(window.findChild<QMenu *>(QStringLiteral("RunMenu"))->title(), QStringLiteral("&Run"));
    dialog->close();
    window.close();
}

void TestLanguage::englishPluralForms()
{
    // English loads ipcviz_en.qm like any language: it holds the plural forms
    // ("1 event", "2 events") of the sources written "%n event(s)".
    QString error;
    const QList<TsMessage> english =
        readTs(QStringLiteral(IPCVIZ_SOURCE_DIR "/translations/ipcviz_en.ts"), &error);
    QList<TsMessage> plurals;
    for (const TsMessage &m : english) {
        if (m.numerus && m.finished && m.translations.size() == 2)
            plurals.append(m);
    }
    if (plurals.isEmpty())
        QSKIP("translations/ipcviz_en.ts has no finished plural forms yet");
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/ipcviz_en.qm")));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), LanguageManager::Scope::Session);
    for (const TsMessage &m : std::as_const(plurals)) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        for (int n : {1, 2}) {
            QString expected = m.translations.at(n - 1);
            expected.replace(QLatin1String("%n"), QString::number(n));
            QCOMPARE(
                QCoreApplication::translate(context.constData(), source.constData(), nullptr, n),
                expected);
        }
    }
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
